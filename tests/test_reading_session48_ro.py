"""Session 48, Romanian as job boards, HR, agencies, a state company's concurs desk and a small firm's owner on his phone
write it (with and without diacritics, ş and ţ with a cedilla or a comma): a board's receipt, an owner's "ai timp de o
discuție?" and "rămâne marți la 10", a concurs's written test and interview round, a meeting moved or called off, a post
filled, an owner's offer with its net pay, tested here in invented words, with the look-alikes that share them."""

from __future__ import annotations

from tests.test_reading import m
from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests


def _invite(summary: str) -> str:
    """A one-off calendar invitation from a colleague, as Outlook sends it."""
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:040000008200E00074C5B7101A82E008-ro48\r\nSEQUENCE:0\r\n"
            f"DTSTART:20260129T080000Z\r\nDTEND:20260129T090000Z\r\nSUMMARY:{summary}\r\n"
            "ORGANIZER;CN=Mihaela Suciu:mailto:mihaela.suciu@transregio.example\r\n"
            "ATTENDEE;CN=Alex Morgan:mailto:alex.morgan@example.net\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


READ_AS = [
    # a board's receipt: "CV-ul tău a ajuns la ..."
    ("a-boards-receipt", "application_ack", _m(
        "eJobs <noreply@ejobs.ro>", "Ai aplicat la Referent Achiziții",
        "Salut, Alex!\n\nCV-ul tău a ajuns la Frigotrans Mureș.\n\nAi aplicat la: Referent Achiziții\nTârgu Mureș · "
        "full-time\n\nTe anunțăm când angajatorul îți deschide CV-ul.\n\nEchipa eJobs\n")),
    # an employer's receipt typed without diacritics: "Aplicarea dumneavoastra ... a fost inregistrata"
    ("an-employers-receipt-without-diacritics", "application_ack", _m(
        "Resurse Umane Vitacom <hr@vitacom-distributie.example>", "Confirmare aplicare - Planificator transport",
        "Buna ziua,\n\nAplicarea dumneavoastra la postul de Planificator transport a fost inregistrata. Va vom contacta "
        "in cazul in care profilul dumneavoastra corespunde cerintelor.\n\nCu stima,\nResurse Umane\n")),
    # an owner's ask from his phone, below the user's CV: "ai timp de o discutie vineri?"
    ("an-owner-asks-for-a-talk", "interview_invitation", _m(
        "Dorin Moldovan <dorin.moldovan.lemn@gmail.com>", "Re: CV Alex Morgan - gestionar depozit",
        "salut, am primit cv-ul. ai timp de o discutie vineri dupa pranz? sunt la hala din sanpetru toata ziua\n\ndorin",
        quoted="Bună ziua, vă trimit CV-ul meu pentru postul de gestionar depozit.")),
    # ... and fixing the time in a line: "ok, ramane marti la 10"
    ("an-owner-fixes-the-time", "interview_confirmation", _m(
        "Dorin Moldovan <dorin.moldovan.lemn@gmail.com>", "Re: CV Alex Morgan - gestionar depozit",
        "ok, ramane marti la 10 la hala. intri pe poarta din spate si ma suni\n\ndorin",
        quoted="Marți dimineață pot veni oricând după 9, dacă vă convine.")),
    # a state company's summons to the written test of its concurs, with cedilla letters
    ("a-concurs-written-test", "assessment", _m(
        "Serviciul Resurse Umane <ru@apele-crisului.example>", "Convocare proba scrisă - concurs Inspector",
        "Stimate domnule Morgan,\n\nVă comunicăm că dosarul dumneavoastră de înscriere la concursul pentru ocuparea "
        "postului de inspector de specialitate a fost declarat admis.\n\nProba scrisă se va desfăşura în data de "
        "12.05.2026, ora 9:00, la sediul societăţii. Durata probei este de 3 ore.\n\nSecretar comisie de concurs\n")),
    # ... and its interview round: "Interviul va avea loc în data de ..."
    ("a-concurs-interview-round", "interview_confirmation", _m(
        "Serviciul Resurse Umane <ru@apele-crisului.example>", "Convocare la proba de interviu - concurs Inspector",
        "Stimate domnule Morgan,\n\nInterviul va avea loc în data de 19.05.2026, ora 10:30, în sala de consiliu. Vă "
        "rugăm să vă prezentaţi cu 15 minute înainte, cu actul de identitate.\n\nSecretar comisie de concurs\n")),
    # ... moved formally: "programată iniţial pentru ... se reprogramează"
    ("a-concurs-round-moved", "reschedule", _m(
        "Serviciul Resurse Umane <ru@apele-crisului.example>", "Modificare dată interviu - concurs Inspector",
        "Stimate domnule Morgan,\n\nProba de interviu programată iniţial pentru 19.05.2026 se reprogramează pentru "
        "21.05.2026, ora 12:00, în aceeaşi sală.\n\nSecretar comisie de concurs\n")),
    # an agency's move in a thread: "am mutat interviul pe vineri"
    ("an-agency-moves-the-interview", "reschedule", _m(
        "Ioana Radu <ioana.radu@talentbridge.example>", "RE: Interviu Logiq Freight - Dispecer",
        "Buna Alex, am mutat interviul pe vineri, 22 mai, tot la 11:00, pe Teams. Linkul ramane acelasi.\n\nIoana\n",
        quoted="Mulțumesc, joi la 11 îmi convine.")),
    # a call-off: "interviul de joi nu mai poate avea loc"
    ("an-employer-calls-off-the-interview", "cancellation", _m(
        "Cristina Vlad <cristina.vlad@agroserv-banat.example>", "Interviu 14.05 - Coordonator aprovizionare",
        "Bună ziua, domnule Morgan,\n\nDin păcate, interviul de joi, 14 mai, nu mai poate avea loc: directorul de "
        "operaţiuni este plecat în deplasare. Revin cu o nouă dată.\n\nCristina Vlad\nResurse Umane\n")),
    # a post filled, in two lines: "postul a fost ocupat"
    ("a-post-filled-in-two-lines", "rejection", _m(
        "HR Lemnaria <hr@lemnaria.example>", "RE: CV - Operator logistica",
        "Buna ziua,\n\nPostul a fost deja ocupat. Va multumim pentru interes.\n\nHR\n",
        quoted="Buna ziua, va trimit CV-ul meu pentru postul de operator logistica.")),
    # a formal refusal after a test: "nu vom putea continua procesul de selecție cu dumneavoastră"
    ("a-refusal-after-a-test", "rejection", _m(
        "Raluca Dinu <raluca.dinu@portline.example>", "Rezultat test - Analist transport",
        "Bună ziua,\n\nVă mulțumim pentru timpul acordat testului. Din păcate, nu vom putea continua procesul de "
        "selecție cu dumneavoastră pentru postul de analist transport.\n\nVă dorim succes,\nRaluca Dinu\n")),
    # an owner's offer with its net pay: "te vrem la noi, îți pot da 5.800 net"
    ("an-owners-offer-with-net-pay", "offer", _m(
        "Dorin Moldovan <dorin.moldovan.lemn@gmail.com>", "propunere",
        "salut alex,\n\nte vrem la noi. iti pot da 5.800 net plus tichete, program 7-15:30, si ai putea incepe de la 1 "
        "iunie. zi-mi pana luni ce decizi\n\ndorin\n")),
    # an exercise set in a thread: "vă rog să faceți un scurt exercițiu"
    ("an-exercise-set-in-a-thread", "assessment", _m(
        "Sorin Tudose <sorin.tudose@danubeagency.example>", "RE: Candidatura - Agent documentatie",
        "Domnule Morgan,\n\nVă rog să faceți un scurt exercițiu: în atașament aveți o factură și un CMR, completați "
        "declarația de export și trimiteți-mi-o până joi.\n\nSorin Tudose\n",
        quoted="Vă mulțumesc pentru răspuns, aștept detaliile.")),
]

OTHER_MAIL = [
    # the yearly appraisal at the user's current job, which invites and names a day too
    ("an-appraisal-at-the-current-job", m(
        "Mihaela Suciu <mihaela.suciu@transregio.example>", "Evaluare anuală 2025 - Alex Morgan",
        "Bună, Alex,\n\nTe invit la interviul de evaluare anuală pentru 2025, joi, 29 ianuarie, ora 10:00. Te rog să "
        "completezi formularul de autoevaluare din intranet până marți.\n\nMihaela\nHR Business Partner\n",
        ics=_invite("Evaluare anuală - Alex Morgan"))),
    # a school's exam, with its written test
    ("a-baccalaureate-written-test", _m(
        "Secretariat Liceul Teoretic <secretariat@liceul-teoretic.example>", "Examenul de bacalaureat 2026",
        "Stimați părinți,\n\nProba scrisă la examenul de bacalaureat se va desfășura în data de 22.06.2026, ora 9:00. "
        "Elevii se prezintă cu o oră înainte, cu actul de identitate.\n\nSecretariat\n")),
    # a master's admission, its written test and its results
    ("a-masters-admission", _m(
        "Facultatea de Științe Economice <admitere@fse.example>", "Concursul de admitere la master",
        "Bună ziua,\n\nProba scrisă a concursului de admitere la master va avea loc pe 15 iulie. Rezultatele probei "
        "vor fi afișate pe site.\n\nComisia de admitere\n")),
    # a friend fixing a film in a line
    ("a-friend-fixes-a-film", _m(
        "Vlad <vlad.pop88@gmail.com>", "Re: film",
        "ok, ramane joi la 7 la cinema. iau eu biletele\n\nvlad\n",
        quoted="Joi seara pot, după 6.")),
    # a carrier moving a delivery
    ("a-carrier-moves-a-delivery", _m(
        "Dispecerat Rapid Cargo <dispecerat@rapidcargo.example>", "Livrare comanda 4471",
        "Buna ziua,\n\nMutam livrarea comenzii 4471 pe marti, intre 10 si 14, din cauza traficului la vama.\n\n"
        "Dispecerat\n")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
