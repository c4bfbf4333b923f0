"""Session 50, Italian as a teacher's mailbox holds it: a school's receipt of an offer of availability for supply posts
(MAD), its certified summons to take a supply post (a second inline text part beside the provider's notice), its choice
of the user for the contract, a summons called off, a supply post given to another applicant ("si comunica che ..."); a
private school's secretary's receipt, a principal's trial lesson and contract, a collegio's no, the posts all held; a
language school's "lezione simulata"; a piece of work to bring to the interview; a school office's contract to sign and
papers to prepare; a co-operative's coordinator typing on her phone without accents (a call asked for, her terms by the
hour). Tested here in invented words, with the look-alikes that share them: a parent's colloquio at a child's school,
the current school's collegio docenti, a medical visita called off, a language school's free trial lesson, a notary's
signing, a landlord's lease, a condominium's assembly, friends' five-a-side."""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import format_datetime

from tests.test_reading_session48_it import SENT, _pec
from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests


def _pec_inline(sender: str, subject: str, body: str) -> bytes:
    """A certified mail whose provider sends the original's text as a second inline part beside its notice (no attached
    postacert.eml)."""
    envelope = EmailMessage()
    envelope["From"] = f'"Per conto di: {sender}" <posta-certificata@pec-provider.example>'
    envelope["To"] = "alex.morgan@example.net"
    envelope["Subject"] = f"POSTA CERTIFICATA: {subject}"
    envelope["Date"] = format_datetime(SENT)
    envelope["Message-ID"] = "<opec50@pec-provider.example>"
    envelope.set_content(f'Messaggio di posta certificata\n\nIl messaggio "{subject}" è stato inviato da "{sender}"\n'
                         "indirizzato a:\nalex.morgan@example.net\nIl messaggio originale è incluso in allegato.\n")
    envelope.make_mixed()
    original = EmailMessage()
    original.set_content(body)
    envelope.attach(original)
    return envelope.as_bytes()


READ_AS = [
    # a school's receipt of the user's offer of availability (MAD), filed with its number
    ("a-schools-receipt-of-an-offer-of-availability", "application_ack", _m(
        "Segreteria IC Valle Stura <segreteria@ic-vallestura.example>", "Ricevuta - domanda MAD",
        "Si conferma che la Sua istanza di messa a disposizione per il conferimento di supplenze è stata protocollata "
        "con n. 412 del 12/01/2026.\n\nLa Segreteria\n")),
    # its certified summons to take a supply post, the original beside the provider's notice
    ("a-certified-summons-to-take-a-supply-post", "interview_invitation", _pec_inline(
        "cnic80500a@pec.istruzione.example", "Convocazione supplenza A022",
        "OGGETTO: convocazione per supplenza breve - classe di concorso A022.\n\nLa S.V. è convocata per l'eventuale "
        "conferimento di una supplenza di 16 ore dal 2 al 27 marzo. Si prega di comunicare la propria disponibilità "
        "entro le ore 10 di domani.\n\nIl Dirigente Scolastico\n")),
    # ... its choice of the user for the contract
    ("chosen-for-the-supply-contract", "offer", _pec(
        "cnic80500a@pec.istruzione.example", "Individuazione supplenza A022",
        "Si comunica che la S.V. è individuata quale destinataria di proposta di contratto a tempo determinato per la "
        "supplenza in oggetto. La presa di servizio è fissata per lunedì 2 marzo.\n\nIl Dirigente Scolastico\n")),
    # ... a summons called off
    ("a-supply-summons-called-off", "cancellation", _m(
        "Ufficio Personale IIS Peano <personale@iis-peano.example>", "Annullamento convocazione supplenza A011",
        "Si comunica che la convocazione in oggetto, prevista per venerdì 6 marzo alle ore 9, è annullata per il rientro "
        "del docente titolare.\n\nUfficio Personale\n")),
    # ... and a supply post given to another applicant ("si comunica che" is no "if")
    ("a-supply-post-given-to-another", "rejection", _m(
        "Liceo Bodoni - Ufficio Personale <personale@liceo-bodoni.example>", "Esito disponibilità supplenza A011",
        "Gentile docente,\n\nin riferimento alla Sua disponibilità per la supplenza temporanea in oggetto, si comunica "
        "che l'incarico è stato conferito ad altro aspirante con punteggio superiore.\n\nUfficio Personale\n")),
    # a language school's trial lesson as its second step
    ("a-language-schools-lezione-simulata", "assessment", _m(
        "Giulia Ferri <g.ferri@englishpoint.example>", "Secondo step",
        "Ciao Alex,\n\ngrazie per la chiacchierata di ieri! Il secondo step è una lezione simulata di 20 minuti con due "
        "colleghi, giovedì alle 15. Mi dici se ti va bene?\n\nGiulia\n")),
    # a principal's trial lesson in a class
    ("a-principals-lezione-dimostrativa", "assessment", _m(
        "Prof. Renato Gallo <preside@scuola-sanluca.example>", "Lezione in classe",
        "Gentile dott. Morgan,\n\ngrazie per il colloquio. Le propongo una lezione dimostrativa di 45 minuti in 3A "
        "mercoledì alla seconda ora; mi mandi prima il materiale.\n\nCordialmente\nRenato Gallo\n")),
    # a piece of work to bring to the interview
    ("a-piece-of-work-for-the-interview", "assessment", _m(
        "Ufficio Personale <personale@collegio-rosmini.example>", "In vista del colloquio",
        "Gentile dott. Morgan,\n\nin vista del colloquio di lunedì Le chiediamo di preparare un breve elaborato: una "
        "unità didattica di tre ore sul testo argomentativo.\n\nCordiali saluti\n")),
    # a principal's contract, its terms below
    ("a-principals-contract", "offer", _m(
        "Prof. Renato Gallo <preside@scuola-sanluca.example>", "Proposta",
        "Gentile dott. Morgan,\n\nLe proponiamo un contratto a tempo determinato come docente di Lettere, 14 ore "
        "settimanali, dal 7 aprile al 30 giugno. Attendiamo una Sua risposta entro venerdì.\n\nRenato Gallo\n")),
    # a collegio's no after the interview
    ("a-collegios-no-after-the-interview", "rejection", _m(
        "Ufficio Personale <personale@collegio-rosmini.example>", "R: colloquio",
        "Gentile dott. Morgan,\n\nLa ringraziamo per il tempo dedicato. Dopo attenta valutazione non potremo darLe un "
        "riscontro positivo.\n\nCordiali saluti\n")),
    # a school office's contract to sign
    ("a-school-offices-contract-to-sign", "company_reply", _m(
        "Segreteria IC Valle Stura <segreteria@ic-vallestura.example>", "firma",
        "Buongiorno prof., La aspettiamo domani alle 10 in segreteria per la firma del contratto, porti documento, IBAN e la "
        "dichiarazione dei servizi.\n"
        "Anna\n")),
    # a co-operative's coordinator's terms by the hour, from her phone
    ("a-coordinators-terms-by-the-hour", "offer", _m(
        "Silvia Marras <silvia.marras.coop@gmail.com>", "centro estivo",
        "alex allora ci siamo! ti prendiamo per il centro estivo, contratto occasionale dal 16 giugno, 13 euro l ora "
        "lordi, 20 ore a settimana. dimmi se ci sei\nsilvia\n")),
]

OTHER_MAIL = [
    # a parent's colloquio at a child's school
    ("a-parents-colloquio-at-a-childs-school", _m(
        "Scuola Primaria Collodi <segreteria@primaria-collodi.example>", "Colloqui con le famiglie",
        "Gentile genitore,\n\nLe confermiamo il colloquio con la maestra Bianchi per Sua figlia martedì 10 marzo alle "
        "16:30.\n\nLa Segreteria\n")),
    # the current school's collegio docenti
    ("the-current-schools-collegio-docenti", _m(
        "Dirigente IC Valle Stura <dirigente@ic-vallestura.example>", "Convocazione collegio docenti",
        "Ai docenti dell'Istituto,\n\nil collegio docenti è convocato per martedì 17 marzo alle ore 16:30 con il "
        "seguente ordine del giorno: scrutini, uscite didattiche.\n\nIl Dirigente\n")),
    # a medical visita called off
    ("a-medical-visita-called-off", _m(
        "CUP Azienda Sanitaria <cup@asl-cuneo.example>", "Annullamento prenotazione",
        "Gentile utente,\n\nla visita cardiologica prevista per lunedì 9 marzo alle 11 è annullata. Sarà ricontattato "
        "per una nuova data.\n\nCUP\n")),
    # a language school's free trial lesson
    ("a-language-schools-free-trial-lesson", _m(
        "English Point <info@englishpoint.example>", "Prova un corso",
        "Ciao Alex,\n\nti proponiamo una lezione dimostrativa gratuita del corso B2 sabato alle 10: ti aspettiamo!\n\n"
        "English Point\n")),
    # a notary's signing
    ("a-notarys-signing", _m(
        "Studio Notarile Costa <studio@notaio-costa.example>", "Rogito",
        "Gentile sig. Morgan,\n\nLa aspettiamo venerdì alle 11 in segreteria per la firma del rogito; porti un "
        "documento.\n\nStudio Costa\n")),
    # a landlord's lease
    ("a-landlords-lease", _m(
        "Paolo Re <paolo.re@libero.example>", "appartamento",
        "alex ciao, per predisporre il contratto di locazione mi servono documento e codice fiscale\npaolo\n")),
    # a condominium's assembly
    ("a-condominiums-assembly", _m(
        "Amministrazione Condominio <amministrazione@condominio-aurora.example>", "Assemblea",
        "Si comunica che l'assemblea è convocata per il conferimento dell'incarico al nuovo amministratore, giovedì "
        "alle 21.\n\nL'amministratore\n")),
    # friends' five-a-side
    ("friends-five-a-side", _m(
        "Luca <luca.bassi@gmail.example>", "calcetto",
        "alex cerchiamo qualcuno per il calcetto, due sere a settimana. ci sentiamo lunedi? dimmi tu quando\nluca\n")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
