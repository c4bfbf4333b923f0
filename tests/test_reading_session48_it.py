"""Session 48, Italian as an accountant's mailbox holds it: a public competition's certified mail (PEC), whose message sits
in the envelope's attached postacert.eml, its written test, its oral exam (the competition's interview) summoned, moved
and called off; a public utility's interview that asks to be confirmed; a portal's status line; a co-operative's
manager; a small owner typing on his phone without accents. Tested here in invented words, with the look-alikes that
share them."""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import format_datetime

from tests.test_reading import SENT
from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests


def _pec(sender: str, subject: str, body: str) -> bytes:
    """A certified mail as its provider delivers it: the envelope's few lines, the original attached as postacert.eml."""
    original = EmailMessage()
    original["From"] = sender
    original["To"] = "alex.morgan@example.net"
    original["Subject"] = subject
    original["Date"] = format_datetime(SENT)
    original["Message-ID"] = "<orig48@pec.example>"
    original.set_content(body)
    envelope = EmailMessage()
    envelope["From"] = f'"Per conto di: {sender}" <posta-certificata@pec-provider.example>'
    envelope["To"] = "alex.morgan@example.net"
    envelope["Subject"] = f"POSTA CERTIFICATA: {subject}"
    envelope["Date"] = format_datetime(SENT)
    envelope["Message-ID"] = "<opec48@pec-provider.example>"
    envelope["X-Trasporto"] = "posta-certificata"
    envelope.set_content(f'Messaggio di posta certificata\n\nIl messaggio "{subject}" è stato inviato da "{sender}"\n'
                         "indirizzato a:\nalex.morgan@example.net\nIl messaggio originale è incluso in allegato.\n")
    envelope.add_attachment(original, filename="postacert.eml")
    return envelope.as_bytes()


# the user's own application, quoted below a small owner's answer
APPLICATION = ("Buongiorno sig. Ferri,\n\nho visto su Kijiji l'annuncio per un impiegato amministrativo e Le scrivo per "
               "propormi: da cinque anni tengo la contabilità di piccole imprese in uno studio di Pavia.\n\nCordiali saluti,\n"
               "Alex Morgan")

READ_AS = [
    # a town hall's certified summons to the oral exam of its competition: the message is the attached original
    ("a-certified-summons-to-the-oral-exam", "interview_confirmation", _pec(
        "protocollo@pec.comune-valdoria.example", "Concorso istruttore contabile - convocazione prova orale",
        "Oggetto: concorso pubblico per esami per n. 1 posto di istruttore contabile.\n\nGentile dott. Morgan,\n\na seguito "
        "del superamento della prova scritta, la S.V. è convocata a sostenere la prova orale il giorno giovedì 18 giugno "
        "2026 alle ore 9:30 presso la sala giunta del Comune.\n\nIl Presidente della Commissione\n")),
    # its written test: "convocazione alla prova scritta"
    ("a-summons-to-the-written-test", "assessment", _m(
        "Ufficio Personale <concorsi@comune-valdoria.example>", "Concorso istruttore contabile - prova scritta",
        "Oggetto: concorso pubblico per n. 1 posto di istruttore contabile. Convocazione alla prova scritta.\n\n"
        "La prova scritta si svolgerà lunedì 8 giugno 2026 alle ore 10:00 presso la palestra comunale di via Verdi.\n\n"
        "Il Responsabile del Servizio\n")),
    # ... the oral exam moved: "già fissata per il 18 giugno, è rinviata a"
    ("the-oral-exam-is-postponed", "reschedule", _m(
        "Ufficio Personale <concorsi@comune-valdoria.example>", "Concorso istruttore contabile - rinvio prova orale",
        "Oggetto: concorso pubblico per n. 1 posto di istruttore contabile.\n\nSi comunica che la prova orale, già fissata "
        "per il giorno 18 giugno 2026, è rinviata a martedì 23 giugno 2026 alle ore 9:30, presso la medesima sede.\n\n"
        "Il Responsabile del Servizio\n")),
    # a public utility's interviews called off after an appeal
    ("a-session-of-interviews-annulled", "cancellation", _m(
        "Selezione personale <selezioni@acque-lario.example>", "Selezione pubblica n. 2/2026 - annullamento colloqui",
        "Gentile candidato,\n\nsi comunica il disposto annullamento dei colloqui previsti per venerdì 12 giugno 2026 "
        "nell'ambito della selezione pubblica n. 2/2026. La nuova data sarà comunicata con successivo avviso.\n\n"
        "Ufficio Personale\n")),
    # its interview summons that asks to be confirmed: an invitation still
    ("an-interview-summons-to-confirm", "interview_invitation", _m(
        "Selezione personale <selezioni@acque-lario.example>", "Selezione pubblica n. 2/2026 - ammissione al colloquio",
        "Gentile dott. Morgan,\n\nLe comunichiamo che è ammesso alla fase del colloquio. Il colloquio si terrà presso la "
        "sede di via Manzoni 4, Como, il giorno giovedì 11 giugno 2026 alle ore 15:00.\n\nLa preghiamo di confermare la "
        "Sua partecipazione rispondendo alla presente entro lunedì 8 giugno.\n\nUfficio Personale\n")),
    # ... and the selection revoked: "la Sua candidatura non potrà avere ulteriore corso"
    ("a-selection-revoked", "rejection", _m(
        "Selezione personale <selezioni@acque-lario.example>", "Selezione pubblica n. 2/2026 - comunicazione",
        "Gentile dott. Morgan,\n\nLe comunichiamo che la selezione è stata revocata, essendo stato coperto il posto "
        "mediante scorrimento di una graduatoria vigente. Pertanto la Sua candidatura non potrà avere ulteriore corso."
        "\n\nDistinti saluti,\nUfficio Personale\n")),
    # a careers portal's status line
    ("a-portals-status-line", "rejection", _m(
        "Lavora con noi <noreply@gruppo-serravalle.example>", "Aggiornamento sulla tua candidatura",
        "Ciao Alex,\n\nc'è un aggiornamento sulla tua candidatura.\n\nPosizione: Contabile fornitori\nStato: Non "
        "selezionato\n\nGrazie per l'interesse verso il nostro gruppo.\n\nTeam Risorse Umane\n")),
    # a manager's "ci farebbe piacere conoscerla", with a time put to the user
    ("a-manager-would-like-to-meet-you", "interview_invitation", _m(
        "Marta Bassi <amministrazione@coop-girasole.example>", "Candidatura impiegata contabile",
        "Buongiorno Alex,\n\nabbiamo letto il suo curriculum con interesse. Ci farebbe piacere conoscerla: le andrebbe "
        "bene giovedì 11 giugno alle 11, nella nostra sede di via Mazzini?\n\nUn saluto,\nMarta Bassi\n")),
    # a manager's practical test after the interview
    ("a-practical-test-after-the-interview", "assessment", _m(
        "Paolo Rinaldi <p.rinaldi@ferramenta-rinaldi.example>", "Prova pratica",
        "Buongiorno Alex,\n\ngrazie ancora per ieri. Il passo successivo è un breve esercizio: in allegato dieci fatture "
        "da registrare in partita doppia, da restituirci entro venerdì 12 giugno.\n\nSaluti,\nPaolo Rinaldi\n")),
    # a small owner on his phone, without accents, answering the user's application: "passi domani alle 18 in negozio?"
    ("an-owner-asks-you-round-from-his-phone", "interview_invitation", _m(
        "Gianni Ferri <gianni.ferri@virgilio.example>", "R: Candidatura impiegato amministrativo",
        "ciao alex ho visto il cv. passi domani alle 18 in negozio? siamo in corso cavour 12\ngianni\n",
        quoted=APPLICATION)),
    # ... and his offer, net by the month
    ("an-owner-offers-from-his-phone", "offer", _m(
        "Gianni Ferri <gianni.ferri@virgilio.example>", "R: Candidatura impiegato amministrativo",
        "alex ho parlato con mio fratello. ti possiamo dare 1.700 netti al mese, contratto commercio a tempo "
        "indeterminato, cominci il 1 luglio. fammi sapere\ngianni\n",
        quoted=APPLICATION)),
]

OTHER_MAIL = [
    # a certified mail of a professional order, about a certificate the user asked for
    ("a-certified-mail-of-an-order", _pec(
        "segreteria@pec.ordine-commercialisti.example", "Rilascio certificato di iscrizione",
        "Gentile dott. Morgan,\n\nsi comunica che il certificato di iscrizione all'Albo da Lei richiesto potrà essere "
        "ritirato presso la segreteria dal lunedì al venerdì, dalle ore 9:00 alle ore 12:00.\n\nLa Segreteria\n")),
    # a university's written exam
    ("a-universitys-written-exam", _m(
        "Segreteria didattica <didattica@ateneo.example>", "Appello di giugno",
        "Gentile studente,\n\nla prova scritta dell'esame di Diritto tributario si svolgerà lunedì 15 giugno alle ore 9:00 "
        "in aula magna.\n\nLa Segreteria\n")),
    # a school's parent-teacher meetings called off
    ("a-schools-meetings-with-parents", _m(
        "Istituto Comprensivo <segreteria@ic-manzoni.example>", "Annullamento colloqui",
        "Gentili genitori,\n\nsi comunica l'annullamento dei colloqui scuola-famiglia previsti per giovedì 11 giugno.\n\n"
        "La Dirigente\n")),
    # a garage's time for a service
    ("a-garages-time-for-a-service", _m(
        "Officina Bertolini <info@officina-bertolini.example>", "Tagliando",
        "Buongiorno,\n\nle andrebbe bene martedì 9 giugno alle 10 per il tagliando della sua auto?\n\nOfficina Bertolini\n")),
    # a friend asking the user round to pick up the keys
    ("a-friend-asks-you-round", _m(
        "Luca <luca.brambilla@virgilio.example>", "chiavi",
        "ciao alex passi domani alle 18 in ufficio? ti lascio le chiavi della casa al mare\nluca\n")),
    # a buyer's price for a bike
    ("a-buyers-price", _m(
        "Sara <sara.conti@virgilio.example>", "bici",
        "ciao, la bici e' ancora disponibile? ti posso dare 150 euro e passo a prenderla sabato\nsara\n")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
