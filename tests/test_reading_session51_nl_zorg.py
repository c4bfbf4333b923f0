"""Session 51, Dutch and Flemish as a social worker's job search holds it: team leaders typing on their phones with je
and jij ("wil graag met je kennismaken", "kunnen we maandag verzetten?", "dan zien we je dinsdag om 10 uur",
"10 uur is goed!"), HR in formal u (a function offered "aan te bieden", a Flemish public employer's "niet opgenomen in
de wervingsreserve", a selection interview that "niet kan doorgaan"), ATS templates ("Plan je gesprek in",
"Status: Niet geselecteerd"), an interim agency passing on a case to write, a shift on the ward to be judged, and an
interview after the written test passed. Tested here in invented words, with the look-alikes that share them: the
user's own yearly talk at the current job moved, a "job" that asks for a fee, a rented home's status, a new neighbour
who would like to meet, a friend's coffee moved, a hospital's desk to report to, a colleague's case for the
intervisie."""

from __future__ import annotations

from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

READ_AS = [
    # a team leader's wish to meet, passed on by a care organisation's recruiter
    ("a-team-leader-would-like-to-meet", "interview_invitation", _m(
        "Recruitment Zorggroep Eikenrode <werving@eikenrode-zorg.example>", "Vacature woonbegeleider",
        "Beste Alex,\n\nLeuk nieuws: de teamleider van de woonlocatie wil graag met je kennismaken! Kies via de link een "
        "moment voor een eerste gesprek.\n\nPlan je gesprek in: https://afspraak.eikenrode-zorg.example/wb-12\n\n"
        "Hartelijke groet,\nRecruitment\n")),
    # an interview after the written test passed
    ("an-interview-after-the-written-test", "interview_invitation", _m(
        "Jana Peeters <jana.peeters@ocmw-rivierstad.example>", "Uitnodiging mondeling gesprek",
        "Dag Alex,\n\nProficiat, je bent geslaagd voor de schriftelijke proef. We nodigen je graag uit voor het "
        "mondeling gesprek met de selectiecommissie op dinsdag 12 mei om 10u.\n\nJana\n")),
    # a team leader's phone reply that takes the hour
    ("a-phone-reply-that-takes-the-hour", "interview_confirmation", _m(
        "Ellen Bakker <e.bakker@jeugdteam-west.example>", "Re: Sollicitatie ambulant hulpverlener",
        "Top, 9 uur is goed! Meld je bij de balie en vraag naar mij.\n\nEllen\n\nVerstuurd vanaf mijn iPhone",
        quoted="Hoi Ellen,\n\nDinsdag kan ik. Zal ik om 9 uur komen?\n\nAlex")),
    ("see-you-on-tuesday-at-ten", "interview_confirmation", _m(
        "Ellen Bakker <e.bakker@jeugdteam-west.example>", "Re: Uitnodiging eerste gesprek",
        "Prima, dan zien we je dinsdag 21 april om 10.00 uur! Parkeren kan voor de deur.\n\nEllen\n",
        quoted="Hoi Ellen,\n\nDinsdag om 10 uur past mij goed.\n\nAlex")),
    # a team leader moving the interview from her phone
    ("a-team-leader-moves-monday", "reschedule", _m(
        "Ellen Bakker <e.bakker@jeugdteam-west.example>", "maandag",
        "Hoi Alex,\n\nKunnen we maandag verzetten? Er is een crisis op de groep. Ik bel je morgen om een nieuw moment te "
        "prikken.\n\nSorry!\nEllen\n")),
    # a Flemish selection interview called off
    ("a-selection-interview-called-off", "cancellation", _m(
        "Personeelsdienst Huis Ter Beke <personeel@huisterbeke.example>", "Selectiegesprek 7 mei",
        "Beste Alex,\n\nWij moeten u helaas laten weten dat het selectiegesprek van donderdag 7 mei voor de functie van "
        "begeleider niet kan doorgaan. We contacteren u over het vervolg.\n\nMet vriendelijke groeten,\nPersoneelsdienst\n")),
    # a Flemish public employer's reserve list, not reached
    ("not-on-the-reserve-list", "rejection", _m(
        "Dienst Selectie Stad Rivierstad <selectie@rivierstad.example>", "Resultaat selectieproef",
        "Geachte heer Morgan,\n\nU behaalde 42% op de schriftelijke proef. Bijgevolg wordt u niet opgenomen in de "
        "wervingsreserve voor de functie van maatschappelijk werker.\n\nDienst Selectie\n")),
    # an ATS's status line
    ("an-ats-status-line-not-selected", "rejection", _m(
        "Zorgcentrum Hofstede <noreply@hofstede.recruitee.example>", "Update over je sollicitatie",
        "Beste Alex,\n\nDe status van je sollicitatie is gewijzigd.\n\nVacature: Maatschappelijk werker\nStatus: Niet "
        "geselecteerd\n\nBedankt voor je interesse.\n")),
    # an offer in formal words, and from a team's HR in plain ones
    ("a-function-offered-formally", "offer", _m(
        "Karin Vos <k.vos@welzijn-oost.example>", "Aanbod",
        "Beste Alex,\n\nIk heb het genoegen u de functie van buurtwerker aan te bieden: 28 uur per week, schaal 8 van de "
        "cao, start 1 juni. Laat u ons binnen een week weten of u het aanbod aanneemt?\n\nKarin Vos\nHR-adviseur\n")),
    ("we-would-like-to-hire-you", "offer", _m(
        "P&O De Linde <po@delinde-jeugdzorg.example>", "Arbeidsovereenkomst",
        "Beste Alex,\n\nDe referenties zijn positief: we willen je graag aannemen als pedagogisch medewerker! In de "
        "bijlage vind je de arbeidsovereenkomst, 32 uur, start 1 mei.\n\nHartelijke groet,\nP&O\n")),
    # an agency passing on a case to write
    ("an-agency-passes-on-a-case", "assessment", _m(
        "Bas Hendriks | Sociaal Interim <bas@sociaal-interim.example>", "casus gemeente",
        "Hoi Alex,\n\nIk heb je voorgesteld bij de gemeente. Voordat ze een gesprek plannen, willen ze dat je een korte "
        "casus uitwerkt voor de functie van consulent (zie bijlage). Uiterlijk vrijdag naar mij?\n\nGr Bas\n")),
]

OTHER_MAIL = [
    # the user's own yearly talk at the current job, moved by the team leader
    ("the-current-jobs-yearly-talk-moved", _m(
        "Marloes de Jong <m.dejong@zorgpunt-noord.example>", "functioneringsgesprek",
        "Hoi Alex,\n\nKunnen we donderdag verzetten? Je functioneringsgesprek moet een week later, ik heb een spoedoverleg."
        " Vul je het formulier nog in?\n\nMarloes\nTeamleider\n")),
    # a "job" that asks for a fee
    ("a-job-that-asks-for-a-fee", _m(
        "Thuiswerk Vacatures <hr@thuiswerk-banen.example>", "U bent aangenomen",
        "Geachte kandidaat,\n\nGefeliciteerd, u bent geselecteerd voor de functie van administratief medewerker "
        "(thuiswerk). Wij vragen een eenmalige registratiebijdrage van € 75. Na betaling ontvangt u uw contract.\n\n"
        "Afdeling Werving\n")),
    # a rented home's status
    ("a-rented-homes-status", _m(
        "WoonPortaal <noreply@woonportaal.example>", "Update over je reactie",
        "Beste Alex,\n\nDe status van je reactie op de woning Lindelaan 4 is gewijzigd.\n\nStatus: afgewezen\n\n"
        "WoonPortaal\n")),
    # a new neighbour who would like to meet
    ("a-new-neighbour-would-like-to-meet", _m(
        "Sanne Mulder <sanne.mulder@gmail.example>", "nieuwe buren",
        "Hoi Alex,\n\nWij zijn net op nummer 12 komen wonen en willen graag met je kennismaken. Zaterdag een borrel?\n\n"
        "Sanne\n")),
    # a friend's coffee moved
    ("a-friends-coffee-moved", _m(
        "Joost <joost.vermeer@gmail.example>", "koffie",
        "hoi! kunnen we morgen verzetten? ik moet overwerken. laten we een nieuw moment prikken volgende week\njoost\n")),
    # a hospital's desk to report to
    ("a-hospitals-desk", _m(
        "Polikliniek Dermatologie <poli@ziekenhuis-rivierland.example>", "Uw afspraak",
        "Geachte heer Morgan,\n\nUw afspraak is op dinsdag 14 april om 10.40 uur. Meld u bij de balie van de polikliniek "
        "en vraag naar de doktersassistente.\n\nPolikliniek Dermatologie\n")),
    # a colleague's case for the intervisie at the current job
    ("a-case-for-the-intervisie", _m(
        "Marloes de Jong <m.dejong@zorgpunt-noord.example>", "intervisie dinsdag",
        "Hoi Alex,\n\nWil jij voor de intervisie van dinsdag een korte casus uitwerken? Een gezin uit je eigen caseload is "
        "prima.\n\nMarloes\n")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
