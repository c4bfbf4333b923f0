"""Session 49, Italian as a pharmacist's mailbox holds it: a health authority's and a hospital's certified mail (PEC) for
a public competition (the admission, the oral exam set, set anew, the final ranking, a non-admission) and an online
competition desk's receipt naming the candidate surname first; a logistics firm's case study and video interview; a
pharmacy chain's second interview; a municipal pharmacies' portal status line; an agency that wants two things before a
meeting; a pharmacist owner typing on his phone without accents (a time at the pharmacy, a trial morning at the counter,
his offer with the help for a flat). Tested here in invented words, with the look-alikes that share them."""

from __future__ import annotations

from tests.test_reading_session48_it import _pec
from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

# the user's own application, quoted below an owner's answer
APPLICATION = ("Gentile dott. Sartori,\n\nho saputo da una collega che cercate un farmacista collaboratore. Le invio il "
               "mio curriculum: lavoro da quattro anni in una farmacia di Cuneo.\n\nCordiali saluti,\nAlex Morgan")

READ_AS = [
    # a health authority's certified mail: the user admitted to its competition, the dates to come
    ("a-certified-admission-to-the-competition", "company_reply", _pec(
        "concorsi@pec.asl-valsesia.example", "Concorso Dirigente Farmacista - ammissione",
        "Oggetto: concorso pubblico per titoli ed esami per n. 1 posto di Dirigente Farmacista.\n\nSi comunica che la "
        "S.V. è stata ammessa a partecipare al concorso in oggetto. Il diario delle prove sarà pubblicato sul sito "
        "aziendale.\n\nIl Direttore S.C. Personale\n")),
    # ... the written tests passed and the oral exam set: "ammessa alla prova orale, che si terrà il giorno"
    ("the-oral-exam-set-after-the-written-tests", "interview_confirmation", _pec(
        "concorsi@pec.asl-valsesia.example", "Concorso Dirigente Farmacista - convocazione",
        "Si comunica che la S.V. ha superato la prova scritta ed è pertanto ammessa alla prova orale, che si terrà il "
        "giorno giovedì 11 giugno 2026 alle ore 10:00 presso la sede aziendale di corso Roma 7.\n\nIl Direttore\n")),
    # ... set anew after its postponement: "Nuova convocazione alla prova orale"
    ("the-oral-exam-set-anew", "reschedule", _pec(
        "concorsi@pec.asl-valsesia.example", "Concorso Dirigente Farmacista - nuova convocazione",
        "Oggetto: concorso per n. 1 posto di Dirigente Farmacista. Nuova convocazione alla prova orale.\n\nLa prova orale "
        "si svolgerà il giorno martedì 23 giugno 2026 alle ore 10:00, nella medesima sede.\n\nIl Direttore\n")),
    # ... and the final ranking: on it, not among the winners
    ("on-the-final-ranking-not-a-winner", "company_reply", _pec(
        "concorsi@pec.asl-valsesia.example", "Concorso Dirigente Farmacista - graduatoria",
        "Si comunica che è stata approvata la graduatoria finale di merito del concorso pubblico. La S.V. si è "
        "collocata al 4° posto, con punti 68,500/100, ed è risultata idonea.\n\nIl Direttore\n")),
    # a hospital's certified non-admission
    ("a-certified-non-admission", "rejection", _pec(
        "protocollo@pec.ospedale-sanvito.example", "Avviso pubblico farmacista - non ammissione",
        "Si comunica che la S.V. non è stata ammessa all'avviso in oggetto per mancanza del requisito di "
        "specializzazione.\n\nIl Responsabile\n")),
    # its online desk's receipt, the candidate named surname first (not a panel's "Candidato:" line)
    ("a-receipt-naming-the-candidate-surname-first", "application_ack", _m(
        "Concorsi online <noreply@concorsi.ospedale-sanvito.example>", "Domanda inviata - avviso pubblico farmacista",
        "Gentile MORGAN ALEX,\n\nla Sua domanda di partecipazione all'avviso pubblico in oggetto è stata acquisita e "
        "protocollata.\n\nAvviso: avviso pubblico, per titoli e colloquio, per incarichi di Dirigente Farmacista\n"
        "Candidato: MORGAN ALEX\nProtocollo: 0004411/2026\n\nMessaggio automatico.\n")),
    # a portal's status line: "Stato: NON AMMESSO AL COLLOQUIO"
    ("a-portals-not-admitted-line", "rejection", _m(
        "Selezioni <selezioni@farmacie-municipali.example>", "Aggiornamento della tua candidatura",
        "Gentile Alex,\n\nlo stato della tua candidatura è stato aggiornato.\n\nAvviso: 3/2026 - Farmacista\nStato: NON "
        "AMMESSO AL COLLOQUIO\n\nUfficio Selezioni\n")),
    # a firm's "La invitiamo quindi a un colloquio", two times offered
    ("invited-to-an-interview-with-two-times", "interview_invitation", _m(
        "Laura Pozzi <l.pozzi@medlog.example>", "R: Candidatura responsabile qualità",
        "Gentile dott.ssa Morgan,\n\nLa invitiamo quindi a un colloquio in videoconferenza con il nostro direttore "
        "tecnico. Le proponiamo mercoledì 10 giugno alle 11:00 oppure venerdì 12 giugno alle 15:00.\n\nCordiali saluti,"
        "\nLaura Pozzi\n")),
    # a case to work through: "Le chiediamo di analizzare il caso di studio allegato"
    ("a-case-study-to-work-through", "assessment", _m(
        "Laura Pozzi <l.pozzi@medlog.example>", "Caso di studio - responsabile qualità",
        "Gentile dott.ssa Morgan,\n\nLe chiediamo di analizzare il caso di studio allegato (un reclamo di una farmacia "
        "cliente) e di inviarci una proposta di massimo due pagine entro venerdì.\n\nCordiali saluti,\nLaura Pozzi\n")),
    # a chain's director who would like to meet the user for a second interview
    ("a-director-would-meet-you-for-a-second-interview", "interview_invitation", _m(
        "Selene Rota <s.rota@farmacie-nordovest.example>", "R: alcune informazioni",
        "Gentile dott.ssa Morgan,\n\nil direttore della farmacia di corso Italia vorrebbe incontrarLa per un secondo "
        "colloquio. Le andrebbe bene lunedì 8 giugno alle 15?\n\nCordiali saluti,\nSelene Rota\n")),
    # an agency's two things before a meeting
    ("an-agency-wants-two-things-first", "company_reply", _m(
        "Paola Gatti <p.gatti@lavoro-ponente.example>", "Posizione di direttore tecnico",
        "Ciao Alex,\n\nho presentato il tuo profilo al cliente. Prima di organizzare un incontro mi servono due cose: un "
        "CV aggiornato e la conferma che sei disponibile a trasferirti.\n\nA presto,\nPaola\n")),
    # an owner on his phone, without accents: "ci vediamo venerdi alle 9 in farmacia ok?"
    ("an-owner-asks-you-round-to-the-pharmacy", "interview_invitation", _m(
        "Luigi Sartori <luigi.sartori@libero.example>", "R: candidatura farmacista collaboratore",
        "ciao alex ho letto il cv. ci vediamo venerdi alle 9 in farmacia ok? cosi parliamo\nluigi\n",
        quoted=APPLICATION)),
    # ... his trial morning at the counter, paid
    ("an-owners-trial-morning-at-the-counter", "assessment", _m(
        "Luigi Sartori <luigi.sartori@libero.example>", "sabato",
        "alex ciao, io direi di fare una mattinata di prova al banco sabato 13 dalle 9 alle 13, la mattina te la pago. "
        "fammi sapere\nluigi\n")),
    # ... and his offer, with help for a flat
    ("an-owners-offer-with-a-flat", "offer", _m(
        "Luigi Sartori <luigi.sartori@libero.example>", "R: sabato",
        "alex allora ti prenderei dal 1 luglio, ccnl farmacie private primo livello, netto circa 1.900 al mese piu "
        "tredicesima e quattordicesima. per la casa mia sorella affitta un bilocale vicino alla farmacia. fammi sapere"
        "\nluigi\n")),
]

OTHER_MAIL = [
    # a university's oral exam: "ammesso alla prova orale dell'esame"
    ("a-universitys-oral-exam", _m(
        "Segreteria didattica <didattica@ateneo.example>", "Esito prova scritta",
        "Gentile studente,\n\nè ammesso alla prova orale dell'esame di Farmacologia, che si terrà giovedì 11 giugno alle "
        "ore 9:00 in aula 3.\n\nLa Segreteria\n")),
    # a gym's free trial day
    ("a-gyms-trial-day", _m(
        "Palestra Olimpia <info@palestra-olimpia.example>", "Vieni a provarci",
        "Ciao Alex,\n\nperché non vieni a fare una giornata di prova gratuita in sala pesi? Ti aspettiamo!\n\nPalestra "
        "Olimpia\n")),
    # a bank's invitation to talk to its adviser
    ("a-banks-invitation-to-its-adviser", _m(
        "Banca Alpina <comunicazioni@banca-alpina.example>", "Un incontro per te",
        "Gentile cliente,\n\nLa invitiamo a un colloquio con il Suo consulente per fare il punto sui Suoi "
        "investimenti.\n\nBanca Alpina\n")),
    # a friend's time at the bar
    ("a-friends-time-at-the-bar", _m(
        "Marco <marco.fontana@libero.example>", "sabato",
        "ciao alex ci vediamo sabato alle 9 al bar della piazza ok? poi andiamo al mercato\nmarco\n")),
    # a race's result
    ("a-races-result", _m(
        "Podistica Valli <info@podistica-valli.example>", "Classifica mezza maratona",
        "Ciao Alex,\n\ncomplimenti! Ti sei collocata al 3° posto nella tua categoria.\n\nPodistica Valli\n")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
