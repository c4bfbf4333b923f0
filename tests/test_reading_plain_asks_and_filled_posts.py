"""Session 15's fresh writer sets were invitations in plain words from people (FA), the middle of a candidacy (EY), the
user whose own work is other people's careers (FB), interviews moved and called off (EZ), a Vienna designer in Austrian
and Swiss German (EW) and an Atlanta customer-success manager (EX); on arrival they read 0.850, 0.900, 0.960, 0.870,
0.840 and 0.870. Each case here is one general rule they revealed, in invented words."""

from __future__ import annotations

import pytest

from agent.classify import ASKS_AVAILABILITY, _second_reading
from agent.demo.builder import mail
from agent.word_model import Reading
from tests.test_reading import SENT, m, read

ME = "alex.morgan@example.net"


def _gmail_quote(words: str) -> str:
    return f"\n\nOn Tue, 10 Mar 2026 at 20:02, Alex Morgan <{ME}> wrote:\n> " + words.replace("\n", "\n> ") + "\n"


# A shop, a yard, a kitchen or a small office asks the user round in its own words, and leaves the day to them.
PLAIN_INVITATIONS = [
    ("pop-into-the-shop", m(
        "Ivo Brandt <ivo@quillon-bindery.example>", "Bindery assistant",
        "Dear Alex,\n\nThank you for your letter. Might you be able to pop into the shop one afternoon in the next "
        "week or so? I would like you to meet Petra, who runs the workroom.\n\nKind regards,\nIvo Brandt\n")),
    ("walk-round-any-morning-but", m(
        "Des Hollin <des@hollin-nursery.example>", "Supervisor job",
        "Hello Alex,\n\nThanks for your letter about the supervisor job. Would you like to come and have a walk round "
        "with me? Any morning but Tuesday, I'm at the market then.\n\nDes\n")),
    ("fancy-coming-in-a-day-that-works", m(
        "Kit Marlow <kit@marlow-lettings.example>", "Re: Lettings Administrator",
        "Hi Alex!\n\nThanks for this. Fancy coming in for a chat? We're above the bakery on Quay Street. Let me know a "
        "day that works - not Saturdays.\n\nKit\n" + _gmail_quote("I'd like to apply for the Lettings Administrator "
                                                                  "role you advertised. CV attached."))),
    ("trial-evening", m(
        "Rafe Okon <rafe@saltpan-kitchen.example>", "Re: FOH supervisor",
        "Can you come do a trial evening this week? Thurs or Fri, 5 till close, paid obviously.\n\nRafe\n")),
    ("come-out-whichever-day-suits", m(
        "Bee Tallis <bee@tallis-perry.example>", "Re: Events Coordinator",
        "Morning Alex!\n\nWe loved your letter. Come out to the barn and meet us? Pick whichever day suits you best "
        "next week, except Tuesday.\n\nBee\n" + _gmail_quote("I saw you're looking for an Events Coordinator and "
                                                             "I've attached my CV."))),
    ("thanks-for-applying-then-got-time", m(
        "Noor Fenn <noor.fenn@fenn-haulage.example>", "Transport Planner",
        "Hi Alex,\n\nThanks for applying for the Transport Planner role. Got time for a call before the end of the "
        "week? If you're still keen after that, I'd get you in to meet our depot manager. Let me know a good time "
        "and number.\n\nNoor\nTransport Manager\n")),
]


@pytest.mark.parametrize("name,raw", PLAIN_INVITATIONS, ids=[p[0] for p in PLAIN_INVITATIONS])
def test_a_plain_ask_to_come_round_is_an_invitation(name, raw):
    assert read(raw).kind == "interview_invitation"


def test_a_model_unsure_it_is_a_status_does_not_overrule_an_ask_for_times():
    reasons = {"interview_invitation": [ASKS_AVAILABILITY]}
    unsure = _second_reading(Reading({"company_reply": 0.56, "interview_invitation": 0.44}, 30), "interview_invitation", 2.5, 0.0,
                             {"interview_invitation": 2.5}, reasons, calendar=False)
    assert unsure[0] == "interview_invitation"
    # ("is your availability the same (four weeks' notice)?" asks about the terms: a sure model reads it so)
    sure = _second_reading(Reading({"company_reply": 0.9, "interview_invitation": 0.1}, 30), "interview_invitation", 2.5, 0.0,
                           {"interview_invitation": 2.5}, {"interview_invitation": [ASKS_AVAILABILITY]}, calendar=False)
    assert sure[0] == "company_reply"


def test_availability_to_start_is_no_ask_for_a_meeting():
    raw = m("Lucía Ibarra <lucia@faro-nuevo.example>", "Analista - banda salarial",
            "Hola Alex:\n\nAntes de pasar tu perfil a la directora, ¿podrías indicarnos tu banda salarial y tu "
            "disponibilidad de incorporación?\n\nGracias,\nLucía\n")
    assert read(raw).kind != "interview_invitation"


# A no that offers a chat afterwards is still a no: the job went to someone else.
@pytest.mark.parametrize("name,body", [
    ("offered-to-another-finalist",
     "Hi Alex,\n\nThe team really enjoyed meeting you. In the end they've offered the Claims Lead role to one of the "
     "other finalists, who has more motor experience, and she has accepted. If you'd like feedback I'm happy to have "
     "a chat, just let me know a time that suits.\n\nNiamh\n"),
    ("the-internal-candidate",
     "Alex,\n\nI'm gutted to write this. Quarry Lane have gone with the internal candidate for the Delivery Manager "
     "role. I'd love a proper chat this week about another role coming in. Are you free for a call Thursday?\n\nJo\n"),
])
def test_a_no_that_offers_a_chat_is_a_rejection(name, body):
    assert read(m("Jo Kershaw <jo@gannet-recruitment.example>", "Delivery Manager", body)).kind == "rejection"


def test_what_the_company_needs_before_it_can_go_on_is_no_refusal():
    raw = m("Kirsty Dunmore <kirsty@shingle-energy.example>", "Planning Analyst - right to work check",
            "Dear Alex,\n\nThank you for your interest in the Planning Analyst position. Before we can progress your "
            "application to the next stage we need a right to work check: please send your share code. Unfortunately "
            "we cannot move your application forward until this is complete.\n\nKind regards,\nKirsty\n")
    assert read(raw).kind == "company_reply"


def test_a_friends_news_of_their_offer_starts_nothing():
    raw = m("Fern Quale <fern.quale@gmail.com>", "THEY OFFERED!!! do I negotiate??",
            "Alex!!!!\n\nI've got the Assistant Site Manager job!! Here's what the email says:\n\n\"We are pleased to "
            "offer you the position of Assistant Site Manager, starting on Monday 9 March 2026, at a salary of "
            "£38,500 per annum.\"\n\nDo I ask for more??\n\nFern x\n")
    assert read(raw).kind == "not_relevant"


def test_an_application_for_a_flat_in_german_starts_nothing():
    raw = m("Wohnungsgenossenschaft Ankerplatz eG <vermietung@ankerplatz-eg.example>",
            "Ihre Bewerbung um die Wohnung Nr. 7-2.1",
            "Sehr geehrte/r Alex Morgan,\n\nvielen Dank für Ihre Bewerbung um die 2-Zimmer-Wohnung Nr. 7-2.1. Ihre "
            "Unterlagen sind vollständig bei uns eingegangen. Die Vergabekommission entscheidet am Donnerstag.\n\n"
            "Mit freundlichen Grüßen\n")
    assert read(raw).kind == "not_relevant"


def test_a_hiring_manager_copying_colleagues_still_writes_to_the_user():
    raw = m("Marc Odell <marc.odell@ledgerbrook.example>", "Ledgerbrook",
            "Alex - Marc here. Just got final sign-off. We want you on the team. Jess will call you this afternoon "
            "to walk through the numbers, and the letter will follow.\n\nM\n\nSent from my iPhone\n",
            headers={"Cc": "Rena Coll <rena.coll@ledgerbrook.example>, Jess Alder <jess.alder@ledgerbrook.example>"})
    assert read(raw).kind == "offer"


def test_a_meeting_of_the_senders_organisation_is_still_a_group_mailing():
    raw = mail(frm="Gill Firth <clerk@brookside-school.example>", subject="Full Governing Board - Summer 1",
               to=f"Alex Morgan <{ME}>, Dave Haigh <d.haigh@brookside-school.example>, "
                  "Ruth Oduya <head@brookside-school.example>", date=SENT, msgid="<fgb@brookside-school.example>",
               body="Agenda and papers on GovernorHub. Item 6 (staffing, including the new Deputy Head's induction) "
                    "is confidential.\n")
    assert read(raw).kind == "not_relevant"


@pytest.mark.parametrize("name,kind,raw", [
    ("mock-qbr", "assessment", m(
        "Mari Dunn <mari@tallow-software.example>", "Next step: mock QBR (data pack attached)",
        "Hi Alex,\n\nDeShawn really enjoyed your conversation and wants to keep going! The next step for this role "
        "is a mock QBR: build a QBR you'd actually run with the customer from the attached data pack and present it "
        "to the panel. Please don't spend more than 3 hours on it.\n\nMari\n")),
    ("interviewer-has-an-all-hands", "reschedule", m(
        "Nik Rao <nik@congaree-hr.example>", "Updated invitation: Intro call - Alex Morgan",
        "Moved from Wed 4/1 11am to Thu 4/2 11am - I have an all-hands that got dropped on top of us, sorry about "
        "that! Same Zoom.\n")),
    ("coffee-at-the-pcm-food-hall", "interview_confirmation", m(
        "Owen Geary <owen@ogeechee-labs.example>", "Re: Account Manager application - coffee?",
        "Great - Thursday 8:30 it is. The pcm food hall, I'll grab a table near the window.\n\nOwen\n")),
])
def test_the_users_trade_words_in_a_step_of_the_users_own_hiring(name, kind, raw):
    assert read(raw).kind == kind


def test_a_role_in_checkout_is_no_shop():
    raw = m("Hanna Vogt <no-reply@hire.lever.co>", "Your application at Mokka Commerce - an update",
            "Hi Alex,\n\nThank you for your patience on the Design Lead, Checkout & Payments role. We've decided to "
            "move forward with candidates whose background is closer to payments, so we won't be taking your "
            "application further.\n\nAll the best,\nHanna\n")
    assert read(raw).kind == "rejection"


GERMAN = [
    ("board-passes-on-a-message", "application_ack", m(
        "karriere.at <noreply@karriere.at>", "Neue Nachricht von Kolm Logistik GmbH zu Ihrer Bewerbung",
        "Hallo Alex Morgan,\n\nSie haben eine neue Nachricht zu Ihrer Bewerbung als „UX Lead (m/w/d)“ bei Kolm "
        "Logistik GmbH. Ihre Unterlagen sind bei uns eingegangen.\n")),
    ("video-interview-reminder", "assessment", m(
        "Sattel Mobility GmbH via HireVue <noreply@hirevue.eu>", "Erinnerung: Ihr Video-Interview läuft bald ab",
        "Hallo Alex Morgan,\n\nIhr Video-Interview für die Position Lead UX Designer (m/w/d) bei Sattel Mobility ist "
        "noch nicht abgeschlossen. Die Einladung läuft am 20. Februar 2026 um 23:59 Uhr ab.\n")),
    ("appointment-falls-away", "cancellation", m(
        "Mag. Lisa Pölz <l.poelz@kuppel-partner.example>", "AW: Terminbestätigung: Gespräch am 23.02.2026",
        "Sehr geehrte Frau Morgan,\n\nleider muss ich Ihnen mitteilen, dass der für Montag, 23. Februar 2026, 10:00 "
        "Uhr vereinbarte Gesprächstermin bei der Wellenreiter AG entfallen muss. Der Kunde strukturiert den Bereich "
        "neu.\n\nMit freundlichen Grüßen\n")),
    ("offer-in-plain-german", "offer", m(
        "Lukas Pirker <lukas@fiaker.studio>", "Angebot Design Lead - alles schriftlich",
        "Hallo Alex,\n\nwie besprochen alles schriftlich: Martina und ich würden dich wirklich gern als Design Lead "
        "bei Fiaker haben.\n\nRolle: Design Lead\nStart: 1. Juni\nGehalt: € 62.000 brutto im Jahr\n\nDen "
        "Dienstvertrag setzen wir auf, sobald du grünes Licht gibst.\n\nLukas\n")),
    ("revised-offer", "offer", m(
        "Kathi Aigner <kathi@treidel.example>", "Re: Dein Angebot als Lead Product Designer",
        "Liebe Alex,\n\nwir können dir Folgendes anbieten:\n\n- Bruttojahresgehalt € 76.000\n- Start bleibt 1. Juli"
        "\n\nLiebe Grüße\nKathi\n")),
]


@pytest.mark.parametrize("name,kind,raw", GERMAN, ids=[g[0] for g in GERMAN])
def test_austrian_and_swiss_german_mail(name, kind, raw):
    assert read(raw).kind == kind


# An interview called off because the job went to someone else ends the candidacy; one called off for a role on hold
# does not.
@pytest.mark.parametrize("name,body", [
    ("made-a-hire", "Hi Alex,\n\nWe've made a hire for the Legal Assistant position - someone with local "
                    "conveyancing experience accepted our offer yesterday - so we'll cancel Tuesday's interview rather "
                    "than take up your afternoon.\n\nJanet\n"),
    ("just-filled", "Hi Alex,\n\nWe actually just filled the Marketing Operations Manager role, so I'm going to "
                    "cancel Thursday's interview with Lauren.\n\nMolly\n"),
    ("continue-with-others", "Dear Alex,\n\nAfter reflexion we have decided to continue the process with other "
                             "candidates for the Transport Coordinator position. So the interview of Monday 15 June "
                             "is cancelled.\n\nBest regards,\nAurélie\n"),
])
def test_an_interview_called_off_because_the_job_went_to_someone_else_is_a_refusal(name, body):
    assert read(m("Janet Fong <janet@abbot-legal.example>", "Re: interview", body)).kind == "rejection"


def test_an_interview_called_off_for_a_role_on_hold_stays_a_call_off():
    raw = m("Janet Fong <janet@abbot-legal.example>", "Re: Legal Assistant interview",
            "Hi Alex,\n\nThe Legal Assistant role has been put on hold for budget reasons, so I need to cancel "
            "Tuesday's interview. I'll be in touch if it reopens.\n\nJanet\n")
    assert read(raw).kind == "cancellation"


EUROPEAN = [
    ("fr-unfortunately-moved", "reschedule", m(
        "Camille Roux <c.roux@cabane-conseil.example>", "RE: Entretien - changement d'horaire",
        "Bonjour Alex,\n\nMme Lefort a malheureusement un déplacement client imprévu et ne sera pas disponible. Nous "
        "devons donc décaler l'entretien au jeudi 16 avril à 10h00.\n\nBien cordialement,\nCamille\n")),
    ("fr-unfortunately-no", "rejection", m(
        "Camille Roux <c.roux@cabane-conseil.example>", "Votre candidature",
        "Bonjour Alex,\n\nMalheureusement, nous ne donnerons pas suite à votre candidature pour ce poste.\n\n"
        "Bien cordialement,\nCamille\n")),
    ("nl-moved-with-dotted-time", "reschedule", m(
        "Femke Smit <f.smit@ijsbreker-advocaten.example>", "Gesprek Legal Operations Specialist - nieuwe datum",
        "Beste Alex,\n\nHelaas moeten we het gesprek van dinsdag 26 mei om 11.00 uur verzetten. Het nieuwe tijdstip "
        "is donderdag 28 mei om 15.30 uur.\n\nMet vriendelijke groet,\nFemke\n")),
    ("pt-remarcar-sua", "reschedule", m(
        "Mariana Couto <mariana@geada-consultoria.example>", "Remarcação - entrevista Analista de Projetos",
        "Oi Alex, tudo bem?\n\nPrecisamos remarcar sua entrevista de segunda porque o Rodrigo vai viajar. Consegui um "
        "horário na terça-feira, 10 de março, às 14h.\n\nAbraço,\nMari\n")),
    ("es-new-slot-after-a-call-off", "interview_invitation", m(
        "Pablo Sáez <psaez@refugio-consultores.example>", "RE: Entrevista - Consultor/a de Procesos",
        "Hola Alex,\n\n¿Podemos buscar un nuevo hueco para la entrevista que tuvimos que cancelar? Te propongo dos "
        "opciones:\n- martes 24 de marzo a las 10:00\n- jueves 26 de marzo a las 17:00\n\nUn abrazo,\nPablo\n")),
    ("es-call-off", "cancellation", m(
        "Pablo Sáez <psaez@refugio-consultores.example>", "Entrevista mañana - Consultor/a de Procesos",
        "Hola Alex,\n\nSiento mucho tener que cancelar la entrevista de mañana a las 12:00. Te escribo en cuanto "
        "tengamos nueva fecha.\n\nPablo\n")),
]


@pytest.mark.parametrize("name,kind,raw", EUROPEAN, ids=[e[0] for e in EUROPEAN])
def test_moves_call_offs_and_refusals_in_other_languages(name, kind, raw):
    assert read(raw).kind == kind


# The same plain words from a friend, a neighbour or a client ask nothing about a job.
@pytest.mark.parametrize("name,raw", [
    ("friend-any-day-but", m("Jules Arden <jules.arden@gmail.com>", "coffee?",
                             "Fancy a coffee next week? Any day but Tuesday works for me, pick whichever day suits "
                             "you.\n\nJ x\n")),
    ("neighbour-pop-round", m("Pat Neary <pat.neary@hotmail.com>", "parcel",
                              "Hi Alex, I took in a parcel for you. Can you pop round this evening or tomorrow "
                              "morning to grab it? Let me know a time that works.\n\nPat\n")),
    ("friend-they-offered-me", m("Sam Okafor <sam.okafor@gmail.com>", "news!!",
                                 "They offered me the job at the museum!! Starting in May. Drinks on Friday?\n")),
])
def test_the_same_plain_words_about_something_else_start_nothing(name, raw):
    assert read(raw).kind == "not_relevant"
