"""Session 51, German as a cook's job search in Germany and Austria writes it: hotel HR in formal Sie, restaurant owners
typing "du" on their phones, caterers, a booking page and an applicant tracker's status line. The kitchen's trial shift
(Probetag, Probearbeiten, Probeschicht) asked of the user is its test; a call or a first meeting asked for; a day and an
hour agreed in a word; an interview called off or moved with the verb last ("dass das Gespräch ausfallen muss", "auf
Donnerstag, 12. März verlegt"); an owner's "Stelle ist weg"; a task handed in. Tested here in invented words, with the
look-alikes that share them: a colleague's note of someone else's trial shift, a gym's free trial day, a table booked at
a restaurant, a doctor's appointment called off, friends' football, a newsletter's tips for the trial shift."""

from __future__ import annotations

from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

READ_AS = [
    # a hotel's interview called off, told in so many words: a call-off, not a refusal
    ("a-hotels-interview-told-off", "cancellation", _m(
        "Miriam Kolb <m.kolb@seehotel-am-ufer.example>", "Ihr Vorstellungsgespräch am Donnerstag",
        "Sehr geehrter Herr Morgan,\n\nwir müssen Ihnen leider mitteilen, dass das Vorstellungsgespräch am Donnerstag "
        "wegen einer Erkrankung unseres Küchenchefs ausfallen muss. Wir melden uns, sobald er zurück ist.\n\n"
        "Mit freundlichen Grüßen\nMiriam Kolb\nPersonalabteilung\n")),
    # hotel HR's trial day after the interview, in Sie
    ("a-hotels-probetag-after-the-interview", "assessment", _m(
        "Miriam Kolb <m.kolb@seehotel-am-ufer.example>", "Einladung zum Probetag - Chef de Partie",
        "Sehr geehrter Herr Morgan,\n\nvielen Dank für das Gespräch am Montag. Wir laden Sie gern zu einem bezahlten "
        "Probetag in unserer Bankettküche ein: Mittwoch, 11. März 2026, 7 bis 15 Uhr. Bitte bringen Sie Kochjacke, "
        "Sicherheitsschuhe und Ihre Messer mit.\n\nMit freundlichen Grüßen\nMiriam Kolb\nPersonalabteilung\n")),
    # an owner's Probearbeiten, from his phone in du
    ("an-owners-probearbeiten-from-his-phone", "assessment", _m(
        "Marco Lenz <marco.lenz.trattoria@gmail.example>", "Re: Bewerbung Beikoch",
        "hi alex, lebenslauf passt. kannst du am fr mal zum probearbeiten vorbeikommen? ab 11 bis nach dem mittag, "
        "messer und schuhe mitbringen\nmarco\n", quoted="Hallo, anbei meine Bewerbung als Beikoch.")),
    # a caterer's paid trial shift
    ("a-caterers-paid-probeschicht", "assessment", _m(
        "Jana Brockmann <j.brockmann@festmahl-catering.example>", "Probeschicht Sommerfest",
        "Hallo Herr Morgan,\n\nbevor wir uns entscheiden, möchten wir Sie zu einer bezahlten Probeschicht einladen: "
        "Samstag, 14.03., Firmenfest mit 200 Gästen, Treffpunkt 10 Uhr in der Produktionsküche.\n\nViele Grüße\n"
        "Jana Brockmann\n")),
    # a country inn's owner asks for a call before the trip, in Sie
    ("an-inns-call-asked-for", "interview_invitation", _m(
        "Gasthof Kreuzwirt <office@kreuzwirt.example>", "AW: Bewerbung als Koch",
        "Grüß Gott Herr Morgan,\n\ndanke für Ihre Bewerbung. Ich würde gern zunächst mit Ihnen telefonieren, bevor Sie "
        "extra nach Salzburg kommen. Wann passt es Ihnen diese Woche?\n\nMit freundlichen Grüßen\nJosef Haller\n",
        quoted="Sehr geehrter Herr Haller, anbei meine Bewerbung als Koch.")),
    # a caterer's first meeting offered
    ("a-caterers-first-meeting-offered", "interview_invitation", _m(
        "Ole Witt | Tafelrunde <o.witt@tafelrunde-events.example>", "Ihre Bewerbung Koch Eventküche",
        "Hallo Herr Morgan,\n\ndanke für Ihre Bewerbung! Hätten Sie Lust, unser Team mal kennenzulernen? Ich würde "
        "Dienstag um 14 Uhr in unserer Küche in Altona vorschlagen.\n\nViele Grüße\nOle Witt\n")),
    # an owner's day and hour agreed in a word, under the user's own message
    ("an-owners-day-and-hour-agreed", "interview_confirmation", _m(
        "Kai Jessen <kai@fischbude-jessen.example>", "Re: deine bewerbung",
        "alles klar, dann mi 11.3. um 15 uhr bei uns in der küche. frag nach mir\nkai\n",
        quoted="Hallo Kai, Mittwoch nachmittag würde mir gut passen. Gruß Alex")),
    # a booking page's German confirmation of a phone interview
    ("a-booking-pages-interview-confirmed", "interview_confirmation", _m(
        "Alpenhof Resort HR <AlpenhofResortHR@alpenhof-resort.example>", "Buchung bestätigt: Telefoninterview",
        "Ihre Buchung wurde bestätigt.\n\nTelefoninterview Commis de Cuisine\nMittwoch, 11. März 2026\n10:00-10:30 "
        "(UTC+01:00) Wien\n\nMitarbeiter: Sabine Ortner\n")),
    # an interview called off in a subordinate clause, no new date yet
    ("an-interview-called-off-verb-last", "cancellation", _m(
        "Tobias Hein <t.hein@kantinenwerk.example>", "Ihr Termin am Freitag",
        "Sehr geehrter Herr Morgan,\n\nleider muss ich Ihnen mitteilen, dass das Vorstellungsgespräch am Freitag "
        "ausfallen muss, da unser Küchenleiter erkrankt ist. Einen Ersatztermin kann ich Ihnen leider noch nicht "
        "nennen.\n\nMit freundlichen Grüßen\nTobias Hein\n")),
    # an interview moved, the verb last and the date's dot inside the sentence
    ("an-interview-moved-verb-last", "reschedule", _m(
        "Carina Moser <c.moser@hotel-bergblick.example>", "Ihr Interview - neuer Termin",
        "Sehr geehrter Herr Morgan,\n\nunser Küchenchef muss am Dienstag ein Bankett übernehmen, daher können wir das "
        "Interview um 10 Uhr nicht halten. Ich habe den Termin auf Donnerstag, 12. März, 14 Uhr verlegt.\n\nMit "
        "freundlichen Grüßen\nCarina Moser\n")),
    # an owner's short no, from his phone
    ("an-owners-stelle-ist-weg", "rejection", _m(
        "Burgerei Nord <info@burgerei-nord.example>", "AW: Bewerbung Grillkoch",
        "Hallo,\n\nsorry, die Stelle ist leider schon weg. Trotzdem danke und viel Glück.\n\nGruß\nBurgerei Nord\n",
        quoted="Hallo, ich bewerbe mich als Grillkoch.")),
    # an applicant tracker's status line
    ("an-ats-status-line-not-considered", "rejection", _m(
        "Kantinenwerk Recruiting <noreply@kantinenwerk.jobs.example>", "Statusänderung zu Ihrer Bewerbung KW-2026-07",
        "Sehr geehrter Herr Morgan,\n\nes gibt eine Statusänderung zu Ihrer Bewerbung.\n\nStelle: Koch (m/w/d) "
        "Betriebsrestaurant\nNeuer Status: Abgeschlossen - nicht berücksichtigt\n\nIhr Recruiting-Team\n")),
    # a Viennese owner's no in du
    ("a-viennese-owners-no-in-du", "rejection", _m(
        "Vroni Pichler <vroni@beisl-zur-post.example>", "Re: Bewerbung Koch",
        "servus alex,\n\nsorry für die späte antwort. ich hab jetzt wen aus meiner alten küche genommen, also leider "
        "keine stelle für dich bei uns. nix für ungut!\n\nlg vroni\n", quoted="Hallo Vroni, gibt es schon Neuigkeiten?")),
    # a task handed in and passed on
    ("a-task-handed-in-and-passed-on", "company_reply", _m(
        "Henrike Vogt <h.vogt@mensa-werk.example>", "AW: Arbeitsprobe Speiseplan - Alex Morgan",
        "Guten Tag Herr Morgan,\n\nvielen Dank für Ihre Arbeitsprobe, die fristgerecht bei uns eingegangen ist. Ich habe "
        "sie an unseren Küchenleiter weitergegeben; eine Rückmeldung zur Stelle erhalten Sie bis Ende nächster Woche."
        "\n\nFreundliche Grüße\nHenrike Vogt\n", quoted="Sehr geehrte Frau Vogt, anbei meine Ausarbeitung.")),
]

OTHER_MAIL = [
    # a colleague's note of someone else's trial shift at the user's current kitchen
    ("a-colleagues-note-of-someone-elses-trial", _m(
        "Timo <timo.kueche@gmail.example>", "samstag",
        "hey alex, samstag kommt ein neuer zum probearbeiten (10-15), du stehst ja eh am garde manger. zeig ihm bitte "
        "kurz die posten\ntimo\n")),
    # a gym's free trial day
    ("a-gyms-free-trial-day", _m(
        "FitWerk Studio <hallo@fitwerk.example>", "Dein Gratis-Start",
        "Hallo Alex,\n\nwir laden dich zu einem kostenlosen Probetag in unserem Studio ein! Komm zum Probetraining am "
        "Samstag um 10 Uhr.\n\nDein FitWerk-Team\n")),
    # a table booked at a restaurant
    ("a-table-booked-at-a-restaurant", _m(
        "Restaurant Seeblick <reservierung@restaurant-seeblick.example>", "Buchung bestätigt",
        "Ihre Buchung wurde bestätigt.\n\nTisch für 4 Personen\nSamstag, 14. März 2026, 19:30 Uhr\n\nWir freuen uns auf "
        "Ihren Besuch!\n")),
    # a doctor's appointment called off
    ("a-doctors-appointment-called-off", _m(
        "Praxis Dr. Weiland <praxis@dr-weiland.example>", "Ihr Termin am Montag",
        "Sehr geehrter Herr Morgan,\n\nda die Praxis am Montag geschlossen ist, bitten wir um Verständnis, dass Ihr "
        "Termin ausfallen muss. Bitte rufen Sie uns für einen neuen Termin an.\n\nIhr Praxisteam\n")),
    # ... and one told in so many words: what the surgery must "unfortunately tell" is no refusal of anything
    ("a-doctors-appointment-told-off", _m(
        "Praxis Dr. Weiland <praxis@dr-weiland.example>", "Terminänderung",
        "Sehr geehrter Herr Morgan,\n\nwir müssen Ihnen leider mitteilen, dass Ihr Termin am Montag, 16. März, ausfallen "
        "muss. Bitte rufen Sie uns für einen neuen Termin an.\n\nIhr Praxisteam\n")),
    # friends' football
    ("friends-football-agreed", _m(
        "Jonas <jonas.b@gmail.example>", "Re: kicken",
        "alles klar, dann samstag um 10 am platz. ball bring ich\njonas\n", quoted="Samstag passt mir!")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
