"""Session 15's fresh writer sets were invitations in plain words from people (FA), the middle of a candidacy (EY), the
user whose own work is other people's careers (FB), interviews moved and called off (EZ), a Vienna designer in Austrian
and Swiss German (EW) and an Atlanta customer-success manager (EX); on arrival they read 0.850, 0.900, 0.960, 0.870,
0.840 and 0.870. Each case here is one general rule they revealed, in invented words."""

from __future__ import annotations

import pytest

from agent.classify import ASKS_AVAILABILITY, _second_reading, unwrap
from agent.demo.builder import mail
from agent.vocab import subject_names_role
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
        # (session 48's retrain reads it without "¿Cuál te va mejor?" 81% a call-off, over the rules' ask: a miss)
        "Hola Alex,\n\n¿Podemos buscar un nuevo hueco para la entrevista que tuvimos que cancelar? Te propongo dos "
        "opciones:\n- martes 24 de marzo a las 10:00\n- jueves 26 de marzo a las 17:00\n\n¿Cuál te va mejor?\n\n"
        "Un abrazo,\nPablo\n")),
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


# A review tried the new words where they mean something else: each of these read wrongly as the words were first
# written.
OVERREACH = [
    ("ex-colleague-making-a-hire", "not_relevant", m(
        "Tom Reyes <tom.reyes@gmail.com>", "long time!",
        "Hey Alex, we're finally making a hire for the data team at my place, so I'll be swamped. Coffee next "
        "month?\n\nTom\n")),
    ("filled-the-thursday-slots", "reschedule", m(
        "Hana Price <hana@lowther-freight.example>", "Re: Operations Analyst interview",
        "Hi Alex,\n\nApologies - we've already filled the Thursday slots. Could you do Friday at 11am or 2pm "
        "instead?\n\nHana\n")),
    ("applied-internally-but-meet-you", "interview_invitation", m(
        "Hana Price <hana@lowther-freight.example>", "Operations Analyst",
        "Hi Alex,\n\nA couple of people have applied internally, but we'd still love to meet you. Would you be "
        "free for a call next Tuesday or Wednesday?\n\nHana\n")),
    ("continue-with-the-others-then-decide", "company_reply", m(
        "Hana Price <hana@lowther-freight.example>", "Operations Analyst - update",
        "Hi Alex,\n\nThanks again for Monday. We'll continue the process with the other candidates this week and "
        "I'll come back to you with a decision on Friday.\n\nHana\n")),
    ("a-finalist-accepted-elsewhere", "interview_invitation", m(
        "Hana Price <hana@lowther-freight.example>", "Operations Analyst - final round",
        "Hi Alex,\n\nGood news for you: one of the other finalists accepted an offer elsewhere, so we'd like to move "
        "you to the final round. Which day next week suits you?\n\nHana\n")),
    ("once-you-have-accepted", "offer", m(
        "Hana Price <hana@lowther-freight.example>", "Your offer - Operations Analyst",
        "Hi Alex,\n\nI'm delighted to offer you the Operations Analyst role at £46,000. Someone from payroll will be "
        "in touch once you've accepted the offer.\n\nHana\n")),
    ("payslip-gross-pay", "not_relevant", m(
        "Lohnbüro <lohn@kranich-bau.example>", "Ihre Gehaltsabrechnung März 2026",
        "Guten Tag,\n\nanbei Ihre Abrechnung für März 2026.\n\nBruttogehalt: 4.850,00 €\nNetto: 3.012,40 €\n\n"
        "Ihr Lohnbüro\n")),
    ("colleague-has-an-all-hands", "not_relevant", m(
        "Priya Nand <priya.nand@harbourline.example>", "move our catch-up?",
        "Hi Alex, I've got an all-hands at 3 that got dropped on us - can we move our catch-up to 4?\n\nPriya\n")),
    ("friend-finds-a-slot-to-celebrate", "not_relevant", m(
        "Marta Gil <marta.gil@ferrovia-sur.example>", "¡felicidades!",
        "¡Alex! Qué buena noticia. Tenemos que buscar un hueco para celebrarlo, ¿el viernes?\n\nMarta\n")),
    ("de-the-journey-falls-away", "interview_invitation", m(
        "Jana Wirth <j.wirth@feldhase-software.example>", "Zweites Gespräch",
        "Hallo Alex,\n\ndas zweite Gespräch findet per Teams statt, eine Anreise entfällt also. Passt dir Dienstag "
        "oder Mittwoch nachmittag?\n\nJana\n")),
    ("de-live-video-interview", "interview_invitation", m(
        "Jana Wirth <j.wirth@feldhase-software.example>", "Ihr Videointerview",
        "Hallo Alex,\n\nIhr Videointerview mit Frau Schmidt würden wir gern nächste Woche machen. Passt Ihnen "
        "Dienstag oder Donnerstag?\n\nJana Wirth\nRecruiting\n")),
    ("nl-confirmed-you-may-move-it", "interview_confirmation", m(
        "Team Recruitment <recruitment@dijkgraaf-bouw.example>", "Bevestiging sollicitatiegesprek",
        "Beste Alex,\n\nHierbij bevestigen wij je sollicitatiegesprek voor de functie van planner op donderdag 13 "
        "maart om 10.00 uur. Je spreekt met Sanne de Wit (teamleider planning) op ons kantoor aan de Stationsweg 12 "
        "in Amersfoort. Mocht je het gesprek van 13.03 willen verzetten, laat het ons dan weten.\n\nMet "
        "vriendelijke groet,\nTeam Recruitment\n")),
    ("two-room-flat", "not_relevant", m(
        "Hausverwaltung Ried <vermietung@ried-hv.example>", "Ihre Bewerbung für die 2-Zimmer-Wohnung",
        "Guten Tag,\n\nvielen Dank für Ihre Bewerbung für die 2-Zimmer-Wohnung in der Lindenstraße. Wir melden uns "
        "nach den Besichtigungen.\n\nMit freundlichen Grüßen\n")),
]


@pytest.mark.parametrize("name,kind,raw", OVERREACH, ids=[o[0] for o in OVERREACH])
def test_the_new_words_where_they_mean_something_else(name, kind, raw):
    assert read(raw).kind == kind


def test_a_recruiter_who_got_the_job_description_tells_no_news_of_her_own():
    raw = m("Dee Marsh <dee@marsh-search.example>", "Re: Finance Manager",
            "Hi Alex,\n\nI've got the full job description from the client now - attached. She offered me two slots "
            "for your first interview: Tuesday 10am or Wednesday 3pm.\n\nDee\n")
    assert "is someone else's news of a new job" not in read(raw).reasons


def test_an_invitation_naming_its_day_and_hour_is_the_booking():
    raw = m("Store Team <careers@clapham-grocers.example>", "Checkout Assistant - interview",
            "Hi Alex,\n\nThank you for applying for the Checkout Assistant role. We'd like to invite you to an "
            "interview on Thursday 13 March at 11am with the store manager.\n\nPlease reply to confirm you can "
            "attend.\n\nKind regards\n")
    assert read(raw).kind == "interview_confirmation"


def test_a_hard_wrapped_sentence_reads_as_one():
    assert unwrap("Lamentablemente, el puesto ya ha sido cubierto y no podemos seguir con tu\ncandidatura.\nSaludos"
                  ) == "Lamentablemente, el puesto ya ha sido cubierto y no podemos seguir con tu candidatura.\nSaludos"
    assert unwrap("Hi Alex,\nthanks") == "Hi Alex,\nthanks"  # a short line still ends where it ends
    raw = m("Recursos Humanos <rrhh@almacenes-cierzo.example>", "Responsable de Almacén",
            "Hola Alex,\n\nGracias por enviarnos tu currículum para el puesto de Responsable de Almacén. Lamentablemente,"
            " el puesto ya ha sido\ncubierto.\n\nGuardaremos tus datos para futuras vacantes.\n\nSaludos,\n")
    assert read(raw).kind == "rejection"


def test_a_subject_naming_the_post_and_its_step_names_the_users_candidacy():
    raw = m("Aoife Tuohy <atuohy@quayside-kearney.example>", "Legal Operations Manager - next stage",
            "Hi Alex,\n\nThe partners would like to meet you again, a bit more informal this time: coffee with Orla "
            "and Brian, maybe 45 minutes. Would any day next week suit? Mornings are easier for them.\n\nAoife\n")
    assert read(raw).kind == "interview_invitation"
    assert subject_names_role("legal operations manager - next stage")
    assert subject_names_role("senior account manager | interview")
    assert not subject_names_role("product manager - 10 tips for your first 90 days")
    assert not subject_names_role("mortgage adviser - next steps")  # a service's steps, named like a post


# The user recruits for a living (FI arrived with 18 look-alikes read as relevant): a client writes of the user's
# candidate and asks the user to pass it on. None of it is the user's own candidacy.
CANDIDATES = [
    ("share-the-feedback-with-him", m(
        "Mark Lind <mark.lind@pepperfield.example>", "Tom Farley - feedback",
        "Hi Alex,\n\nWe will not continue with Tom for the Staff Backend role. Feedback below - please share it with "
        "him in a nice way.\n\n- system design was weak\n\nMark\n")),
    ("present-it-to-him", m(
        "Dana Whitlow <dana@pepperfield.example>", "Omar Haddad - offer details",
        "Alex,\n\nBackground check cleared. We're ready to extend an offer to Omar for VP, Technology Risk:\n\n- "
        "Base: GBP 145,000\n- Start: 1 July\n\nCan you pass the offer on to him today?\n\nDana\n")),
    ("her-right-to-work", m(
        "Clare Denning <clare@bergamot-row.example>", "RE: Priya Raman - Senior Quant Developer",
        "Alex,\n\nHugo would like to see Priya on Thursday 15 January at 10:00. Can you let me know her right-to-work "
        "status as well? We need it before any offer stage.\n\nClare\n")),
    ("send-more-cvs", m(
        "Graham Pett <g.pett@saffron-chandler.example>", "Financial Controller vacancy",
        "Dear Alex,\n\nWe have interviewed both of your shortlist for the Financial Controller role. Please send "
        "more CVs if you have them.\n\nRegards\nGraham\n")),
]


@pytest.mark.parametrize("name,raw", CANDIDATES, ids=[c[0] for c in CANDIDATES])
def test_a_client_writing_of_the_users_candidate_starts_nothing(name, raw):
    assert read(raw).kind == "not_relevant"


@pytest.mark.parametrize("name,kind,raw", [
    ("a-recruiter-speaks-of-the-hiring-manager", "interview_invitation", m(
        "Kerry Bishop <kerry@scion-marsh.example>", "Ops Manager - Dabinett",
        "Hi Alex,\n\nLovely to speak this morning about the role. I'd love to put you in front of Sam Whitby, their Ops "
        "Director - I think you two would really "
        "get on. Could you send me two or three windows over the next fortnight and I'll go back to her?\n\n"
        "Kerry\nSenior Consultant\n")),
    ("another-candidate-on-leave", "company_reply", m(
        "Niamh Flood <niamh@daymark-whelan.example>", "Claims Operations Lead",
        "Hi Alex,\n\nQuick update: we're waiting on one of the other candidates to get back from annual leave so she "
        "can do her second interview, so it'll be the first week of March before we decide.\n\nNiamh\n")),
])
def test_other_people_in_the_users_own_candidacy(name, kind, raw):
    assert read(raw).kind == kind


AFRIKAANS = [
    ("ack", "application_ack", m(
        "Elna Venter <elna@blinkrivier.example>", "Aansoek: Finansiële Bestuurder",
        "Goeiemôre Alex\n\nDankie vir u aansoek vir die pos van Finansiële Bestuurder. Ons bevestig hiermee ontvangs "
        "van u CV.\n\nVriendelike groete\nElna Venter\nMenslike Hulpbronne\n")),
    ("invitation", "interview_invitation", m(
        "Marie le Grange <marie@klipdrift-kelder.example>", "Re: Application - Financial Manager",
        "Goeiemôre Alex\n\nBaie dankie vir jou e-pos en CV. Ons sal graag met jou wil gesels. Pas enige van die "
        "volgende tye vir jou?\n- Woensdag 15 April om 14:00\n- Donderdag 16 April om 10:00\n\nGroete\nMarie\n")),
    ("rejection", "rejection", m(
        "Elna Venter <elna@blinkrivier.example>", "Aansoek: Finansiële Bestuurder",
        "Geagte Alex\n\nNa deeglike oorweging het die direkteure besluit om nie u aansoek vir die pos verder te "
        "neem nie. Die pos is intussen gevul.\n\nVriendelike groete\nElna Venter\nMenslike Hulpbronne\n")),
]


@pytest.mark.parametrize("name,kind,raw", AFRIKAANS, ids=[a[0] for a in AFRIKAANS])
def test_small_south_african_firms_write_afrikaans(name, kind, raw):
    assert read(raw).kind == kind


@pytest.mark.parametrize("name,kind,raw", [
    ("de-without-your-consent", "application_ack", m(
        "Kessler Maschinenbau <no-reply@personio.de>", "Aktion erforderlich: Datenschutzhinweise",
        "Hallo Alex Morgan,\n\nvielen Dank für Ihre Bewerbung als Projektcontroller. Ohne Ihre Bestätigung innerhalb "
        "von 14 Tagen können wir Ihre Bewerbung leider nicht weiter berücksichtigen.\n\nFreundliche Grüße\n")),
    ("consider-it-unsuccessful-if-no-word", "application_ack", m(
        "Sandrivier Search <applications@sandrivier-search.example>", "Application received - Financial Manager",
        "Dear Alex Morgan\n\nThank you for your application for the position of Financial Manager. Your CV has been "
        "loaded onto our database and will be reviewed by the consultant. Due to the high volume of applications, we "
        "are unfortunately unable to respond to every applicant individually. If you have not heard from us within "
        "two weeks, please consider your application for this position unsuccessful.\n")),
    ("lease-accounting-in-a-test", "assessment", m(
        "Ryan Naidu <ryan@sandrivier-search.example>", "Financial Manager - technical test",
        "Howzit Alex\n\nBefore the FD sees anyone she wants all shortlisted candidates to do a technical test: 90 "
        "minutes online, covering IFRS 16 on leases (a lease modification), a bank rec and a short consolidation. "
        "You'll get the invite from TestGorilla in the next hour.\n\nRyan\n")),
])
def test_conditions_and_trade_words_are_no_decision(name, kind, raw):
    assert read(raw).kind == kind


# A second review tried this round's words on ordinary mail: each of these read wrongly as the words were first
# written (a recruiter speaking of the hiring manager as "her", Afrikaans applications for a loan, "sin embargo", a
# foster carer's "next steps", a hold "until then", a painter's quote "als PDF").
SECOND_REVIEW = [
    ("recruiter-confirm-with-her", "interview_invitation", m(
        "Joy Hale <joy@tannery-search.example>", "Re: Finance Business Partner",
        "Hi Alex,\n\nThe hiring manager, Ruth, would like a call with you about the Finance Business Partner role this "
        "week. Could you confirm a time with her directly? She's free Wednesday or Thursday afternoon.\n\nJoy\n")),
    ("af-loan-received", "not_relevant", m(
        "Kredietspan <lenings@sandbank-krediet.example>", "U leningsaansoek",
        "Geagte Alex\n\nOns bevestig hiermee ontvangs van u aansoek om 'n persoonlike lening. Ons sal u binne vyf "
        "werksdae laat weet.\n\nVriendelike groete\n")),
    ("es-sin-embargo-filled", "rejection", m(
        "Recursos Humanos <rrhh@almacenes-cierzo.example>", "Responsable de Almacén",
        "Hola Alex,\n\nGracias por tu interés en el puesto de Responsable de Almacén. Sin embargo, el puesto ya ha "
        "sido cubierto.\n\nSaludos,\nRecursos Humanos\n")),
    ("foster-carer-next-steps", "not_relevant", m(
        "Fostering Team <fostering@harrowdale-council.example>", "Foster carer - next steps",
        "Dear Alex,\n\nThank you for your interest in becoming a foster carer. The next step is an initial visit from "
        "one of our social workers. Could you let us know which days next week suit you?\n\nFostering Team\n")),
    ("accepted-at-the-end-of-the-week", "rejection", m(
        "Hana Price <hana@lowther-freight.example>", "Operations Analyst",
        "Hi Alex,\n\nI'm sorry to say another candidate accepted our offer at the end of last week, so the role is now "
        "closed.\n\nHana\n")),
    ("hold-until-then", "company_reply", m(
        "Hana Price <hana@lowther-freight.example>", "Operations Analyst - update",
        "Hi Alex,\n\nThe hiring manager is on leave until 14 April and I'm afraid we can't progress your application "
        "until then. I'll be in touch when she's back.\n\nHana\n")),
    ("as-soon-as-you-have-signed", "offer", m(
        "Hana Price <hana@lowther-freight.example>", "Your offer",
        "Hi Alex,\n\nWe're delighted to offer you the Operations Analyst role at £46,000. As soon as you've signed the "
        "offer I'll kick off your references.\n\nHana\n")),
    ("agency-passes-on-the-number", "offer", m(
        "Dan Pryce <dan@brookfield-recruitment.example>", "Re: Head of Finance - news!",
        "Hi Alex,\n\nHannah from Northwind called this morning and she offered me £92,000 base for you plus a 15% "
        "bonus, starting 1 May. Shall I tell them you accept?\n\nDan\n")),
    ("friend-got-the-job-smiley", "not_relevant", m(
        "Bea Lund <bea.lund@gmail.com>", "!!!", "I got the job :) starting in June. Drinks Friday?\n\nB\n")),
    ("painter-quote-as-pdf", "not_relevant", m(
        "Malerbetrieb Wirth <info@maler-wirth.example>", "Ihr Angebot",
        "Guten Tag,\n\nanbei wie besprochen Ihr Angebot als PDF für den Anstrich von Flur und Küche.\n\n"
        "Mit freundlichen Grüßen\nMalerbetrieb Wirth\n")),
]


@pytest.mark.parametrize("name,kind,raw", SECOND_REVIEW, ids=[r[0] for r in SECOND_REVIEW])
def test_this_rounds_words_where_they_mean_something_else(name, kind, raw):
    assert read(raw).kind == kind
