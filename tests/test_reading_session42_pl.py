"""Session 42, Polish and German as hauliers, temp agencies (agencja pracy, Zeitarbeit), a bus company and a distribution
centre write them: each phrase group of the phrasebook's session 42 block tested in invented words (Polish with and
without diacritics, German with du), with the look-alikes that share them: a service's visit, a parcel's pick-up, a
dispatcher moving an unloading, a bus ticket whose QR code is "in the app"."""

from __future__ import annotations

import re

from agent import phrasebook
from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

READ_AS = [
    # an agency asks which day suits the user (no diacritics, from a phone)
    ("an-agency-asks-which-day-suits", "interview_invitation", _m(
        "Joanna Krawczyk <j.krawczyk@flexpraca.example>", "Centrum dystrybucyjne Gadki",
        "Dzien dobry Panie Alex,\nrozmawialam z kierownikiem zmiany z centrum w Gadkach. Jaki termin by Panu pasowal w "
        "przyszlym tygodniu? Najlepiej rano.\nPozdrawiam\nJoanna Krawczyk\n")),
    # the client's manager wants to meet the user, as the agency passes it on
    ("the-clients-manager-wants-to-meet", "interview_invitation", _m(
        "Tomasz Lis <t.lis@workforce-agencja.example>", "Lider zmiany - magazyn Swarzędz",
        "Panie Alex,\nkierownik magazynu w Swarzędzu chciałby Pana osobiście poznać. Proszę dać znać, czy wtorek albo "
        "czwartek rano wchodzi w grę.\nTomasz\n")),
    # a haulier's owner asks the user to come by the depot
    ("an-owner-asks-to-come-by-the-depot", "interview_invitation", _m(
        "Piotr Wieczorek <biuro@wieczorek-trans.example>", "Kierowca C+E - trasy krajowe",
        "Dzien dobry,\nczy moglby Pan podjechac jutro po 14 na baze w Tarnowie Podgornym? Pokaze ciagniki i omowimy "
        "grafik.\nWieczorek\n")),
    # an agency: the client's manager asks to move the meeting
    ("the-manager-asks-to-move-it", "reschedule", _m(
        "Joanna Krawczyk <j.krawczyk@flexpraca.example>", "Re: Centrum dystrybucyjne Gadki",
        "Panie Alex, kierownik z Gadek ma inwentaryzację i prosi, żeby przenieść spotkanie na poniedziałek 16.03, "
        "godzina ta sama. Pasuje?\nJoanna\n", quoted="Dzień dobry, czwartek 9:00 mi pasuje.")),
    # a dispatcher moves the trial day (German, du)
    ("a-dispatcher-moves-the-trial-day", "reschedule", _m(
        "Sven Richter <s.richter@richter-logistik.example>", "Re: Probetag Lager",
        "Hi Alex,\nkönnen wir den Probetag auf nächsten Dienstag verschieben? Bei uns ist Inventur.\nGruß Sven\n",
        quoted="Hallo Sven, Donnerstag passt mir.")),
    # a dispatcher calls tomorrow off (German, du: not a decline of the user)
    ("a-dispatcher-calls-tomorrow-off", "cancellation", _m(
        "Jens Köhler <j.koehler@koehler-transporte.example>", "Re: Fahrer CE Fernverkehr",
        "Moin Alex,\nmuss ich für morgen leider absagen, unser Disponent ist krank und keiner kann die Probefahrt "
        "machen. Ich melde mich wegen eines neuen Termins.\nJens\n", quoted="Hallo Jens, bis morgen um 10.")),
    # an agency calls the meeting off (Polish without diacritics)
    ("an-agency-calls-the-meeting-off", "cancellation", _m(
        "Tomasz Lis <t.lis@workforce-agencja.example>", "Re: Lider zmiany - magazyn Swarzędz",
        "Panie Alex, niestety musimy odwolac jutrzejsze spotkanie w Swarzedzu, kierownik wyjechal sluzbowo. Dam znac "
        "o nowym terminie.\nTomasz\n", quoted="Dzien dobry, bede jutro o 8.")),
    # the post is on ice for now, the meeting not yet set (German, du)
    ("a-dispatcher-puts-the-post-on-ice", "company_reply", _m(
        "Sven Richter <s.richter@richter-logistik.example>", "Re: Bewerbung Schichtleiter Lager",
        "Hi Alex,\nkurze Info: die Stelle als Schichtleiter hat der Chef erstmal auf Eis gelegt, bis der neue Kunde "
        "unterschreibt. Ich melde mich, sobald es weitergeht.\nGruß Sven\n", quoted="Hallo Sven, gibt es schon was Neues?")),
    # an agency: the client has paused the hiring (Polish)
    ("an-agency-says-hiring-is-paused", "company_reply", _m(
        "Joanna Krawczyk <j.krawczyk@flexpraca.example>", "Re: Operator wózka widłowego - Komorniki",
        "Dzień dobry,\ninformuję, że rekrutacja u klienta jest na razie wstrzymana do końca miesiąca. Odezwę się, "
        "jak tylko ruszy.\nJoanna\n", quoted="Dzień dobry, czy wiadomo już coś w sprawie rozmowy?")),
]

# mail that shares their words and is no job's
OTHER_MAIL = [
    # a service asks which day suits for the fitting
    ("a-fitter-asks-which-day-suits", _m(
        "Okna Dom Serwis <serwis@oknadom.example>", "Montaż okien - zamówienie 4471",
        "Dzień dobry,\nokna są gotowe. Który dzień Panu pasuje na montaż w przyszłym tygodniu?\nPozdrawiamy\nOkna Dom\n")),
    # a parcel waits at the depot
    ("a-parcel-to-collect-at-the-depot", _m(
        "Kurier Szybki <powiadomienia@kurierszybki.example>", "Przesyłka 88310023 czeka na odbiór",
        "Dzień dobry,\nnie zastaliśmy Pana w domu. Może Pan podjechać na magazyn przy ul. Składowej 4 po odbiór "
        "paczki od poniedziałku do piątku w godzinach 8-18.\nKurier Szybki\n")),
    # a bus ticket's QR code is in the app
    ("a-bus-ticket-in-the-app", _m(
        "Autobusy Zachód <bilety@autobusy-zachod.example>", "Potwierdzenie rezerwacji #552091",
        "Cześć Alex,\ndziękujemy za rezerwację! Poznań - Berlin ZOB, pt. 20.03.2026, 06:40 - 10:55.\nBilet z kodem "
        "QR znajdziesz w aplikacji i w załączniku. Pobierz aplikację, by śledzić autobus.\n")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)


def test_a_dispatcher_moving_an_unloading_is_no_meeting_moved() -> None:
    """The user's own work: a client asking to move an unloading is no meeting of a hiring process."""
    moves = phrasebook.compiled(phrasebook.RESCHEDULE)
    assert moves.search("kierownik z modo prosi żeby przełożyć na piątek 13.02, też na 8:00")
    assert not moves.search("klient prosi żeby przełożyć rozładunek na piątek rano")


def test_a_decline_in_german_is_no_call_off() -> None:
    """'müssen wir dir leider absagen' turns the user down; 'morgen müssen wir leider absagen' calls a meeting off."""
    calls_off = phrasebook.compiled(phrasebook.CANCELLATION)
    assert calls_off.search("schlechte nachricht, morgen müssen wir leider absagen.")
    assert not calls_off.search("heute müssen wir dir leider absagen.")


def test_the_users_cv_names_the_candidacy_and_an_app_does_not() -> None:
    """'Pana CV' is the user's own; a ticket 'w aplikacji' is in an app, not an application ('twoja aplikacja' is one)."""
    own = re.compile(phrasebook.pattern(phrasebook.CANDIDACY))
    assert own.search("dostalem pana cv z olx.")
    assert own.search("dziękujemy, twoja aplikacja została przekazana do działu hr.")
    assert not own.search("bilet z kodem qr znajdziesz w aplikacji i w załączniku.")
    assert not own.search("pobierz aplikację mobilną i śledź autobus.")
