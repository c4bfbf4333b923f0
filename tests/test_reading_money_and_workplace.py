"""Session 11's fresh writer sets (CG: times fixed and called off; CH: job mail that does not look like it; CI:
mail that speaks of offers; CM: a paralegal's whole inbox) read 0.870, 0.620, 0.920 and 0.930 on arrival. Each
case here is one general rule they revealed, in invented words: offers that are no offers to take up (a fraud
that moves money through the user's bank, the pay rise of the job the user has), interview logistics, small
employers on personal accounts and in other languages, and slots offered for the user to pick."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from agent.classify import MONEY_BACK, _second_reading
from agent.demo.builder import ics_event
from agent.evidence import WORK_MEETING, candidacy
from agent.facts import company_of
from agent.features import score
from agent.parse import parse
from agent.vocab import subject_is_an_application, subject_names_role
from agent.word_model import Reading
from tests.test_reading import m, read

ME = {"alex.morgan@example.net"}

SCAM_OFFER = (
    "Hello Alex,\n\nFollowing your interview with our hiring team we are delighted to offer you the position of "
    "Claims Analyst (Remote) at Tessellate Holdings.\n\nStart date: Monday 12 October\nSalary: $88,000 per annum\n\n"
    "A cheque for $3,900 will reach you via courier so you can purchase your work equipment from our approved "
    "vendor. Deposit the cheque by mobile banking and send the balance to the vendor once it clears.\n\n"
    "Welcome aboard!\nHR Onboarding\n")


def test_an_offer_that_moves_money_through_the_user_is_a_scam_not_an_offer():
    sig = read(m("Onboarding <hr@tessellate-holdings.example>", "OFFER LETTER - Claims Analyst", SCAM_OFFER))
    assert sig.kind == "not_relevant"
    assert "asks the user to move money" in sig.reasons
    assert not sig.needs_look  # nothing to settle: no draft, no application


def test_a_real_offer_that_sends_a_laptop_by_courier_stays_an_offer():
    sig = read(m("Priya Nand <priya@tessellate-holdings.example>", "Offer - Claims Analyst",
                 "Hi Alex,\n\nI'm delighted to offer you the Claims Analyst role at Tessellate Holdings: $88,000 base, "
                 "starting Monday 12 October. The written offer is attached; your laptop will come via courier the "
                 "week before you start.\n\nPriya Nand\nHead of Claims\n"))
    assert sig.kind == "offer"


def test_an_offer_with_no_interview_required_is_a_scam():
    sig = read(m("HR Onboarding <onboarding@brightlex-hires.example>", "Job Offer: Remote Legal Assistant - Immediate Start",
                 "Dear Candidate,\n\nCONGRATULATIONS! Your profile has been shortlisted for the position of Remote Legal "
                 "Assistant.\n\nSalary: $480 per day, paid weekly\nNo interview required - immediate start.\n\nTo receive "
                 "your Offer Letter, kindly reply with your full name and date of birth.\n"))
    assert sig.kind == "not_relevant"


def test_money_back_is_the_users_money_moving_not_a_salary():
    assert MONEY_BACK.search("deposit the cheque and send the balance by zelle")
    assert not MONEY_BACK.search("your salary is paid by bank transfer on the 25th")
    assert not MONEY_BACK.search("the signing bonus is paid with your first salary")


def test_a_pay_rise_from_the_workplace_that_forwards_the_mail_is_no_offer():
    raw = m("People Team <people@marrowfield-freight.example>", "Your 2026 compensation letter",
            "Hi Alex,\n\nFollowing this year's compensation review we're pleased to offer you a salary increase, "
            "effective 1 April: new base salary $121,000.\n\nPlease sign through DocuSign by 27 March.\n\n"
            "Marcus Oyelaran\nPeople Team\n",
            headers={"X-Forwarded-For": "alex.morgan@marrowfield-freight.example alex.morgan@example.net",
                     "X-Forwarded-To": "alex.morgan@example.net"})
    sig = read(raw)
    assert sig.kind == "not_relevant"
    assert sig.guess != "offer"


def test_a_promotion_at_the_users_own_job_is_no_offer():
    sig = read(m("Halvard Freight <notifications@app.bamboohr.com>", "Your new contract is ready to sign",
                 "Hi Alex,\n\nHalvard Freight has sent you a document to sign: Contract of Employment - Senior Planner."
                 "\n\n\"Congratulations again on your promotion - your new contract reflects the revised salary.\"\n"))
    assert sig.kind == "not_relevant"


# --- the logistics of an interview already arranged ------------------------------------------------------------

LOGISTICS = [
    ("what-to-bring", "company_reply", m(
        "Paul Ferrand <paul@ferrand-cole.example>", "Architectural Technician interview",
        "Hi Alex\n\nFor your interview, could you please bring 3 or 4 examples of your drawings? A3 prints are great."
        "\n\nThanks\nPaul\n")),
    ("documents-to-carry", "company_reply", m(
        "HR <hr@damodar-works.example>", "Documents required for Interview - Accounts Executive",
        "Dear Alex,\n\nWith reference to your application, kindly carry the following documents at the time of your "
        "face to face round: updated resume, two photographs, certificates.\n\nRegards,\nHR\n")),
    # a scheduler's reminder to the candidate, not to an interviewer
    ("candidate-reminder", "interview_confirmation", m(
        "Tamsin & Brandt via ModernLoop <notifications@modernloop.io>", "Reminder: your interview is tomorrow",
        "Hi Alex,\n\nJust a reminder that you're interviewing with Tamsin & Brandt tomorrow.\n\nRole: Customer Success "
        "Manager\nWhen: Thursday, May 7, 2026 - 3:30 PM to 4:15 PM (Pacific Time)\n\nGood luck!\n")),
]


@pytest.mark.parametrize("name,kind,raw", LOGISTICS, ids=[r[0] for r in LOGISTICS])
def test_the_logistics_of_an_interview(name, kind, raw):
    assert read(raw).kind == kind


def test_how_to_get_in_is_a_reply_about_the_interview():
    # (read alone, the words of a lobby and an ID read to the model as other mail: then the agent asks)
    scores, reasons = score("fund accountant - building access",
                            "our building requires visitors to be pre-registered with security, so could you reply with "
                            "your full legal name? on arrival go to the visitor desk in the lobby with your id.")
    assert "says what to bring or how to arrive" in reasons["company_reply"]


def test_a_door_to_see_is_no_time_agreed():
    scores, _ = score("re: planner interview - quick question",
                      "whatever you'd wear on a hike is fine. it's upstairs - you'll see the door marked staff.")
    assert "interview_confirmation" not in scores


def test_a_candidate_who_withdrew_makes_the_user_an_interviewer():
    raw = m("Becky Hall <becky.hall@pennock-mercantile.example>",
            "Canceled: Panel interview - Priya Nair (Insights Analyst)",
            "Hi both, Priya has withdrawn from the process (accepted another offer), so cancelling this one. Becky\n",
            headers={"Cc": "jordan.ash@pennock-mercantile.example"})
    assert read(raw).kind == "not_relevant"


def test_slots_offered_to_pick_from_stay_an_invitation_whatever_the_model_reads():
    scores, reasons = score("final stage: panel interview",
                            "the panel is available at the following times:\n- tuesday 17 march, 2:00pm\n- wednesday 18 "
                            "march, 9:30am\n\nplease let me know your preference and i will arrange the invitation.")
    assert "interview_invitation" in scores
    model = Reading(probabilities={"interview_confirmation": 0.6, "interview_invitation": 0.4}, words=60)
    kind, _, _ = _second_reading(model, "interview_invitation", scores["interview_invitation"], 0.0, scores, reasons,
                                 calendar=False)
    assert kind == "interview_invitation"


# --- small employers on personal accounts, in their own languages -----------------------------------------------

PERSONAL = [
    ("short-no-to-a-follow-up", "rejection", m(
        "Luis Vela <luisvela.moving@gmail.com>", "Re: Dispatcher job - following up",
        "no, sorry, we went another way. good luck tho\n\nLuis Vela\nVela Bros. Moving & Storage\n(214) 555-0129\n\n"
        "On Fri, Jan 16, 2026 at 9:40 AM Alex Morgan <alex.morgan@example.net> wrote:\n> Hi Luis,\n> Just following "
        "up on the dispatcher job we talked about last week. Any news?\n")),
    ("spanish-time-agreed", "interview_confirmation", m(
        "Javi Moreno <javimoreno.obras@gmail.com>", "Re: Administrativo/a de obra - Alex Morgan",
        "Buenos días Alex,\n\nPerfecto, quedamos el jueves 4 a las 10:30 en la oficina de la calle Colón.\n\nSaludos,"
        "\nJavi\n")),
    ("german-come-by", "interview_invitation", m(
        "Jürgen Hass <juergen.hass.garten@gmail.com>", "Re: Büroassistenz (Teilzeit)",
        "Hallo Alex,\n\nvielen Dank für Ihre Nachricht und den Lebenslauf. Hätten Sie Lust, nächste Woche bei uns in "
        "der Gärtnerei vorbeizuschauen? Dienstag oder Donnerstag Vormittag würde gut passen.\n\nJürgen Hass\n")),
    ("hiring-account-cancels", "cancellation", m(
        "Sundara Infotech HR <careers.sundarainfotech@gmail.com>",
        "Technical Discussion - Service Delivery Coordinator - Alex Morgan",
        "Dear Alex,\n\nDue to unavoidable circumstances, the technical discussion scheduled for tomorrow at 3:00 PM "
        "stands cancelled. We will get back to you regarding further process.\n\nRegards,\nSwathi\n")),
]


@pytest.mark.parametrize("name,kind,raw", PERSONAL, ids=[r[0] for r in PERSONAL])
def test_small_employers_on_personal_accounts(name, kind, raw):
    assert read(raw).kind == kind


@pytest.mark.parametrize("subject", ["re: analista de compras - alex morgan", "re: administrativo/a de obra",
                                     "aw: sachbearbeiter (m/w/d) einkauf", "re: dispatcher role"])
def test_a_reply_titled_with_a_post_in_any_language_names_a_role(subject):
    assert subject_names_role(subject)


@pytest.mark.parametrize("subject,named", [
    ("documents required - operations executive - alex morgan", True),
    ("alex morgan || supply planning manager || nakshatra foods || discussion schedule", True),
    ("bewerbung - verkauf & büro (teilzeit)", True),
    ("invoice 443 - alex morgan", False),
    ("operations executive - weekly digest", False),  # a post, but not beside the user's name
])
def test_a_subject_titled_as_an_application(subject, named):
    assert subject_is_an_application(subject, "Alex Morgan") is named


def test_a_portuguese_quote_header_starts_the_history():
    raw = m("Bruna Tavo <bruna.tavo@gmail.com>", "Re: Atendimento - Alex Morgan",
            "Oi Alex,\n\nvou ter que cancelar nossa conversa de amanhã.\n\nBruna\n\n"
            "Em seg., 11 de mai. de 2026 às 16:12, Alex Morgan <alex.morgan@example.net> escreveu:\n\n"
            "Quinta às 10h está ótimo.\n")
    email = parse(raw, me=ME)
    assert "escreveu" not in email.text and "Quinta" in email.quoted


@pytest.mark.parametrize("body,company", [
    ("no, sorry.\n\nLuis Vela\nVela Bros. Moving & Storage\n(214) 555-0129\n", "Vela Bros. Moving & Storage"),
    ("leider nein.\n\nKarin Morgenthal\n\nSchreinerei Morgenthal GmbH & Co. KG\nStuttgarter Str. 88\n",
     "Schreinerei Morgenthal"),
    ("see you then\n\nLuis Vela\nOwner\nVela Movers\n", "Vela Movers"),
    ("see you then\n\nLuis Vela\nCasa d'Oliva Móveis\n", "Casa d'Oliva Móveis"),  # an elided article
    ("see you then\n\nLuis\n\nSent from my iPhone\n", None),  # no company line: the thread will say
])
def test_a_personal_accounts_company_is_the_line_under_the_name(body, company):
    raw = m("Luis Vela <luisvela.moving@gmail.com>" if "Karin" not in body else "Karin Morgenthal <karin.m@outlook.de>",
            "Re: Dispatcher", body)
    assert company_of(parse(raw, me=ME)) == company


# --- calendar events titled as work -----------------------------------------------------------------------------

AT = datetime(2026, 6, 3, 13, 0, tzinfo=ZoneInfo("America/New_York"))


def invite(summary: str, body: str = "") -> bytes:
    return m("Tomas Wilk <tomas.wilk@carrow-freight.example>", f"Invitation: {summary} @ Wed Jun 3, 2026 1pm", body,
             ics=ics_event(start=AT, end=AT + timedelta(minutes=45), summary=summary,
                           organizer="tomas.wilk@carrow-freight.example", attendees=["alex.morgan@example.net"]))


@pytest.mark.parametrize("summary", ["Data quality review - carrier master", "Forecast sync w/ Finance",
                                     "Lumora Office Hours", "HIPAA readiness workshop", "Formación SAP EWM - almacén"])
def test_a_calendar_event_titled_as_work_starts_nothing(summary):
    email = parse(invite(summary), me=ME)
    found = candidacy(email, email.subject.lower(), email.text.lower())
    assert WORK_MEETING in found.against


@pytest.mark.parametrize("summary,body", [
    ("Portfolio review - Alex Morgan", ""),                    # a design interview is titled so
    ("Take-home review w/ Alex", ""),
    ("Review: Workforce Planning Analyst", ""),                # a post in the title
    ("Quick sync", "Looking forward to talking about the role."),  # hiring words in the text
    ("Formación", "Antes de la entrevista final te enseñamos el almacén."),
])
def test_an_event_titled_as_work_that_names_hiring_is_not_ruled_out(summary, body):
    email = parse(invite(summary, body), me=ME)
    found = candidacy(email, email.subject.lower(), email.text.lower())
    assert WORK_MEETING not in found.against


# --- the job filled, a portal's status, what a company asks -----------------------------------------------------

def test_an_interview_called_off_because_the_post_was_filled_is_a_rejection():
    sig = read(m("Mitch Henley <mitch.henley@wollombi-health.example>", "Tomorrow's interview",
                 "Hi Alex, apologies for the late notice - the position has now been filled, so I'm cancelling "
                 "tomorrow's interview. Thanks for your interest and all the best. Mitch\n"))
    assert sig.kind == "rejection"


@pytest.mark.parametrize("body", [
    "Your application status for the position Clinical Data Coordinator (2600419) has changed. To view your current "
    "status, access the Candidate Career Section.",
    "There has been an update to your application for Patient Access Representative. To review the current status of "
    "your application, please log in to your candidate profile.",
])
def test_a_portal_notice_that_the_status_changed_is_an_acknowledgement(body):
    sig = read(m("Talent Acquisition <no-reply@vergabio.example>", "Update on Job Application 2600419", body))
    assert sig.kind == "application_ack"


def test_a_question_about_a_driving_licence_is_a_reply_not_a_receipt():
    scores, reasons = score("area supervisor", "thanks for applying for the area supervisor position. we need "
                            "candidates to hold a full uk driving licence. could you let me know if you have one?")
    assert "asks for documents or details for the application" in reasons["company_reply"]


# --- no's that are not about a job, and no's that are ------------------------------------------------------------

@pytest.mark.parametrize("frm,subject,body", [
    ("Stiftung Abendrot <stipendien@stiftung-abendrot.example>", "Ihre Bewerbung um ein Stipendium",
     "vielen Dank für Ihre Bewerbung um ein Stipendium. Leider können wir Ihre Bewerbung nicht berücksichtigen."),
    ("Hivemind Ventures <applications@hivemind-ventures.example>", "Your Cohort 9 application",
     "Thank you for applying to Cohort 9 of our accelerator. We've decided not to offer you a place."),
    ("Rekrutacja <rekrutacja@wsbd.example>", "Wyniki rekrutacji - studia podyplomowe",
     "Uprzejmie informujemy, że nie został Pan zakwalifikowany na studia podyplomowe w tej edycji."),
    ("Connor Walsh <captain@donriver-rfc.example>", "Trials - squad selection",
     "Thanks for coming out to the Premier squad trials. We haven't selected you for the Premier squad this season."),
    ("BambooHR <notifications@app.bamboohr.com>", "Your time off request was denied",
     "Your time off request has been denied. Note from Karen: those are the last two days of Q1 close."),
    ("Colin Abara <colin@mothwing-studios.example>", "Your referral - Priya Nair",
     "Thank you again for referring Priya Nair for our Data Engineer opening. The team decided not to move forward."),
    ("Ben Kovac <ben@orchardlane-cafes.example>", "Re: Quote - sales dashboard",
     "Thanks heaps for the quote for the sales dashboard. We've decided to go with another option this time."),
])
def test_a_no_that_is_not_about_a_job_starts_nothing(frm, subject, body):
    assert read(m(frm, subject, f"Hi Alex,\n\n{body}\n")).kind == "not_relevant"


@pytest.mark.parametrize("body", [
    "I'm going to have to cancel tomorrow's interview. A candidate from our earlier round came back and we've ended "
    "up offering them the Content Analyst job.",
    "Before I book anything I owe you an apology: our client has pulled the programme, so we're no longer recruiting "
    "for the role.",
])
def test_the_job_gone_to_someone_or_gone_altogether_is_a_rejection(body):
    assert read(m("Rosie Chalmers <rosie@cabbage-media.example>", "Re: Content Analyst interview",
                  f"Hi Alex,\n\n{body}\n\nRosie\n")).kind == "rejection"


def test_a_rejection_with_a_keep_my_profile_button_stays_a_rejection():
    sig = read(m("Hommel & Kroon <no-reply@teamtailor-mail.com>", "Your application for Operations Lead",
                 "Hi Alex,\n\nThanks for applying for the Operations Lead position. In the end we've decided not to "
                 "continue with your application.\n\nWould you like us to keep your profile? Yes, keep my profile: "
                 "https://career.hommel.example/consent\n"))
    assert sig.kind == "rejection"


# --- the other languages people apply in (CR: Portuguese and Spanish, 0.660 on arrival; CS: French, German and
# Dutch, 0.730) ------------------------------------------------------------------------------------------------------

LANGUAGES = [
    ("pt-receipt", "application_ack", m(
        "Pessoas <pessoas@medronho-bebidas.example>", "Obrigado pela sua candidatura - Analista",
        "Olá Alex, obrigado pelo interesse e pela candidatura. Confirmamos a receção do seu processo e entraremos em "
        "contacto caso o seu perfil avance.\n")),
    ("pt-group-dynamic", "interview_invitation", m(
        "Larissa <larissa@buriti-alimentos.example>", "Entrevista com a gestora - Planejamento",
        "Oi Alex! A Patrícia, gerente de Planejamento, quer conversar com você. Você pode me mandar 3 opções de "
        "horário entre quarta e sexta?\n")),
    ("es-pick-a-slot", "interview_invitation", m(
        "Carla <carla@azahar-cargo.example>", "Azahar Cargo: reserva tu entrevista",
        "Hola Alex, nos ha gustado tu perfil y nos encantaría conocerte. Por favor, elige el hueco que mejor te venga "
        "en el siguiente enlace.\n")),
    ("pt-recorded-video", "assessment", m(
        "Recrutamento <rh@grauna-log.example>", "Etapa: Entrevista gravada em vídeo",
        "Oi, Alex! Você avançou para a etapa de Entrevista Gravada da vaga Analista. São 3 perguntas. Prazo: 22/03.\n")),
    ("fr-cancelled", "cancellation", m(
        "Luc Fabre <luc@cabinet-fabre.example>", "Annulation entretien du 26/03",
        "Bonjour Alex, le client gèle tous les recrutements. L'entretien de jeudi 26 mars à 10h00 avec M. Delattre est "
        "donc annulé.\n")),
    ("nl-offer", "offer", m(
        "Els Wouters <els@kreekdijk-logistiek.example>", "Aanbod Financial Controller",
        "Beste Alex, met veel plezier bezorg ik je in bijlage ons aanbod voor de functie van Financial Controller: "
        "bruto maandloon € 6.450, startdatum 1 juni.\n")),
    ("fr-money-mule", "not_relevant", m(
        "Recrutement <rh@groupe-financier.example>", "Proposition d'embauche - Assistant financier à domicile",
        "Bonjour, nous avons le plaisir de vous proposer un poste. Votre mission consistera à réceptionner des paiements "
        "de nos clients sur votre compte personnel et à les transférer vers nos partenaires.\n")),
    ("es-exit-interview", "not_relevant", m(
        "Marta <marta.rrhh@cigueña-import.example>", "Invitación: Entrevista de salida - Alex Morgan",
        "Hola Alex, te reservo una hora el viernes a las 12 para la entrevista de salida.\n")),
    ("fr-user-interviews", "not_relevant", m(
        "Sofie <sofie@sennevallei-foods.example>", "Invitation: Entretien candidat - Comptable junior (Thomas V.)",
        "Bonjour Alex, je te bloque mercredi de 10h à 11h pour le premier entretien. Tu prends la partie technique.\n")),
]


@pytest.mark.parametrize("name,kind,raw", LANGUAGES, ids=[r[0] for r in LANGUAGES])
def test_the_other_languages(name, kind, raw):
    assert read(raw).kind == kind
