"""Session 30: general rules from fresh writer sets (a laid-off product manager's search at volume, an IT services
engineer's switch in India, an auto technician's dealerships and city garage, a veteran's federal and contractor
applications; a physiotherapist's clinics and locum agencies in Ireland and Canada, a customer success manager's
search in Latin America, a licensed aircraft engineer's airlines and contract agencies, a diesel fitter's
fly-in fly-out mining work; a museum registrar's moves in the Netherlands and Belgium, a mechanical engineer's in
Italy, a student's internships in Hong Kong and Singapore, an executive assistant's discreet search), each in invented
words, with the look-alikes that share its words."""

from __future__ import annotations

import pytest

from agent.classify import score
from agent.evidence import candidacy
from agent.parse import parse
from agent.vocab import has_job_context
from tests.test_reading_small_employers_and_closed_processes import _assert_read_as, _ids, _m, _read

READ_AS = [
    # an agency has sent the profile on and asks its questions as a list
    ("an-agency-submitted-the-profile-and-asks-the-terms", "company_reply", _m(
        "Rory Land <rory@halyardtalent.example>", "submitted - two quick things",
        "Hi Alex,\n\nGood to talk this morning. As agreed I've sent your profile over to my logistics client. Two "
        "things I need back today:\n\n1) salary expectation - I put down 120, is that right?\n2) notice period is two "
        "weeks yes?\n\nRory\nSenior Consultant, Halyard Talent\n")),
    # a candidate portal's word that the offer is made
    ("a-portal-says-the-offer-is-released", "offer", _m(
        "Quillon Careers <careers-noreply@quillonsoft.example>", "Your offer has been released - action required",
        "Dear Alex Morgan,\n\nYour offer has been released. Please log in to the Quillon Candidate Portal to view and "
        "accept your offer letter.\n\nPosition: Senior Engineer - Platform\nOffer valid till: 14-Oct-2025\n\nThis is a "
        "system generated mail. Please do not reply.\n")),
    # the user's final round booked in so many words, as a timetable
    ("final-interviews-scheduled-as-a-timetable", "interview_confirmation", _m(
        "Pelham Recruiting <recruiting@pelhamworks.example>", "Your Pelham final interviews: Thursday, March 12",
        "Hi Alex,\n\nThanks for sending the write-up. We've scheduled your final interviews for Thursday, March 12, 2026, "
        "starting at 9:30 AM PT:\n\n9:30 - 10:15  Write-up discussion (Mara Lin)\n10:15 - 11:00  Execution (Tobias "
        "Reed)\n11:15 - 12:00  Values (Ines Ortiz)\n\nSeparate invites with video links will follow.\n\nPelham "
        "Recruiting\n")),
    # the seats filled with others, the earlier call-off only thanked for
    ("seats-filled-after-an-onsite-was-called-off", "rejection", _m(
        "Dana Shore <dana.shore@ampereworks.example>", "Update on Service Technician",
        "Hi Alex,\n\nThanks again for being so flexible when we had to cancel your onsite last month.\n\nOur manager has "
        "now filled both open technician seats with candidates who were further along, so we won't be bringing you in. "
        "I've kept your profile for when the new site opens.\n\nDana\n")),
    # a federal notice that the user is referred on: where the application stands, not a receipt
    ("referred-to-the-hiring-manager", "company_reply", _m(
        "Agency Staffing <staffing-noreply@dlsa.example>", "Notice of Results - DLSA-26-40012",
        "Announcement: DLSA-26-40012\nPosition: Supply Specialist, GS-2001-09\n\nThank you for applying. You have been "
        "found eligible and referred to the hiring manager for further consideration. Being referred does not "
        "guarantee an interview.\n")),
]

READ_AS_2 = [
    # a locum agency's client says yes with the terms
    ("a-clinic-wants-you-for-the-cover", "offer", _m(
        "Jordan Pelletier <jordan.p@cedarlinestaffing.example>", "Surrey cover - 8 wks @ $55/hr",
        "Alex!!\n\nRidgeway Rehab wants you for their 8-week cover starting Mon Mar 2:\n\n- 4 days/wk, 8:30-5\n- $55/hr "
        "CAD\n\nThey loved your profile and don't need another interview. Can you let me know by Friday if you're in?"
        "\n\nJordan\n")),
    # a Latin American board's decline, an agency's questions before it presents the user, a process paused
    ("a-board-says-the-cv-was-not-selected", "rejection", _m(
        "Empleos Andes <noreply@empleosandes.example>", "Actualización de tu postulación: Analista de Soporte",
        "Hola Alex,\n\nLa empresa Brisa Norte S.A.S. ha finalizado el proceso de selección de la oferta Analista de "
        "Soporte.\n\nTu hoja de vida no fue seleccionada para continuar en esta oferta.\n")),
    ("an-agency-asks-before-presenting-the-user", "company_reply", _m(
        "Tomás Rivera <tomas.rivera@puentetalent.example>", "Info para presentarte al cliente",
        "Alex, gracias por la llamada de hoy!\n\nPara presentarte al cliente necesito que me confirmes:\n1) Expectativa "
        "salarial en USD mensual\n2) Cuánto preaviso tienes\n\nGracias!!\nTomás\n")),
    ("the-process-is-paused", "company_reply", _m(
        "Valeria Ortiz <valeria.ortiz@cobrofacil.example>", "Actualización de tu proceso en Cobrofácil",
        "Hola Alex,\n\nTe quería contar que el proceso quedó en pausa unas semanas porque estamos reorganizando el "
        "área. No te hemos olvidado; apenas tengamos claridad te escribo.\n\nQuedamos atentos,\nValeria\n")),
    # an Irish public service's panel, where an offer is only a possibility
    ("placed-on-a-panel-for-future-vacancies", "company_reply", _m(
        "Careers Office <recruitment-noreply@westhealth.example>", "Interview outcome WH-PT-2026-31",
        "Dear Alex Morgan,\n\nThank you for attending for interview for the post of Senior Physiotherapist.\n\nThe "
        "interview board has placed you on a panel for future vacancies. Being placed on a panel does not guarantee an "
        "offer of employment.\n")),
    # a post that is not going ahead
    ("the-post-is-not-going-ahead", "rejection", _m(
        "Fergal Nolan <fergal.nolan@corribaero.example>", "Re: B1 role update",
        "Hi Alex,\n\nI promised an update. We've confirmed the new hangar plan and we're covering the checks with "
        "contractors, so the permanent B1 post isn't going ahead and I'm closing the vacancy.\n\nBest of luck,\n"
        "Fergal\n")),
    # a scheduling tool's Spanish confirmation, its footer offering to move it
    ("a-spanish-booking-confirmed-with-its-footer", "interview_confirmation", _m(
        "Calendly <notifications@calendly.com>", "Confirmado: Alex Morgan y Marta Gil el jueves, 9 de octubre de 2025",
        "Hola Alex Morgan:\n\nTu evento programado está confirmado.\n\nEvento: Primera entrevista Brisa Norte (30 "
        "min)\nCon: Marta Gil\nFecha: 10:00 - 10:30, jueves, 9 de octubre de 2025\nZona horaria: Hora de Colombia "
        "(America/Bogota)\n\n¿Necesitas hacer cambios? Reprogramar: https://calendly.com/reschedulings/ab12  Cancelar: "
        "https://calendly.com/cancellations/ab12\n")),
    # after the yes: flights, induction and the contract to sign are joining's paperwork
    ("flights-induction-and-the-contract-to-sign", "company_reply", _m(
        "Kerry Baines <kerry@redbankshutdowns.example>", "Dampier shutdown - flights + induction",
        "Hi Alex,\n\nFlights are booked: Thu 9 Oct, Perth dep 5:40am.\n\nBefore you fly please:\n1. Complete the "
        "client's online induction (approx 2 hrs)\n2. Sign and return the casual employment contract (DocuSign coming "
        "separately)\n\nKerry Baines\nCrew Coordinator\nRedbank Shutdown Crew Pty Ltd\n")),
]

READ_AS_3 = [
    # a university's written assignment, its scenario's manuscript no manuscript submitted anywhere
    ("a-written-assignment-about-an-illuminated-manuscript", "assessment", _m(
        "Dr. Saskia Vos <s.vos@uni-hoogland.example>", "Written assignment - Registrar, Special Collections",
        "Dear Alex,\n\nThank you for your application. The committee would like to invite you to the next step of the "
        "procedure, a short written assignment.\n\nPlease draft a loan checklist for lending a 14th-century illuminated "
        "manuscript to an exhibition abroad. Kindly send your document to me before Wednesday 8 October, 12:00.\n\n"
        "Best regards,\nSaskia Vos\n")),
]

LOOK_ALIKES = [
    # an executive assistant books an interview for the boss
    ("an-interview-booked-for-the-boss", _m(
        "Ken Mabry <ken.mabry@oakhallcapital.example>", "Interview confirmed with Priya on Tuesday",
        "Hi Alex - interview confirmed with Priya Raman on Tuesday at 3 with Daniel for the Director, Strategy role. Can "
        "you hold his 3-4 and book boardroom B? Thx\nKen\n")),
    # a course's final assessment named by its code
    ("a-course-final-assessment-by-its-code", _m(
        "Continuing Education <ce-noreply@lakeviewcollege.example>", "Excel for Business: your final assessment opens Monday",
        "Hello Alex,\n\nYour final assessment for BEXL 310 - Excel for Business opens Monday, November 17 at 9:00 am "
        "and closes Sunday at 11:59 pm. It is a 2-hour timed exam.\n\nGood luck!\n")),
    # a volunteer mentoring programme's shortlist, in Spanish
    ("a-volunteer-mentor-shortlisted", _m(
        "Fundación Caminos <voluntariado@fundacioncaminos.example>", "Has sido preseleccionado como mentor voluntario",
        "Hola Alex,\n\n¡Gracias por tu postulación al programa de mentorías Caminos 2026! Fuiste preseleccionado. El "
        "siguiente paso es una entrevista corta con nuestra coordinadora.\n\nEquipo de Voluntariado\n")),
    # an insurance sales team's recruiting drive, written to the user alone
    ("an-insurance-team-recruiting-veterans", _m(
        "Cole Marsh <cole@ironpathagency.example>", "Alex, you were picked for an interview",
        "Hi Alex,\n\nYour background caught our eye! We're growing fast and looking for disciplined, mission-driven "
        "veterans like you to join our benefits team as a Licensed Advisor.\n\n- Uncapped commission\n- Work from home\n"
        "- Licensing paid for\n\nWe'd like to schedule a short virtual interview this week. Grab a spot here: "
        "https://ironpathagency.example/book\n\nCole Marsh\nRegional Director of Recruiting\n")),
]


@pytest.mark.parametrize("name, kind, raw", READ_AS + READ_AS_2 + READ_AS_3, ids=_ids(READ_AS + READ_AS_2 + READ_AS_3))
def test_reads_the_kind(name: str, kind: str, raw: bytes) -> None:
    _assert_read_as(raw, kind)


@pytest.mark.parametrize("name, raw", LOOK_ALIKES, ids=_ids(LOOK_ALIKES))
def test_look_alikes_stay_other_mail(name: str, raw: bytes) -> None:
    assert _read(raw).kind == "not_relevant", _read(raw).reasons


@pytest.mark.parametrize("subject, text, kind, reason", [
    ("the role", "are you open to a quick call about the role?", "interview_invitation", "asks when the user could talk"),
    ("oral board", "boards run 9-11 june. please reply with the dates and times you are not available.",
     "interview_invitation", "asks when the user could talk"),
    ("working interview", "we do these on saturdays from 7 to 11. can you let me know which saturday works for you?",
     "interview_invitation", "proposes a call and asks when suits the user"),
    ("notice of results", "you have been found eligible and referred to the hiring manager.", "company_reply",
     "places the user on a list for the post"),
    ("notice of results", "your name was placed on certificate 4410-01.", "company_reply",
     "places the user on a list for the post"),
    ("notice of examination", "you are scheduled to take the written civil service examination on july 19.",
     "assessment", "asks for an assessment or take-home"),
    ("update", "jordan has now filled both open tech ii seats with those candidates.", "rejection",
     "declines the application"),
    ("re: working interview", "you did good saturday. id like you here full time. $29/hr, start the 28th.", "offer",
     "hires the user ('can you start Monday?', 'you're hired')"),
    ("quick one", "licensing paid for.", "not_relevant", "is cold outreach, not a reply to an application"),
    ("practical?", "could you do a practical on thurs 25th at 6? you'll treat one of our team.", "assessment",
     "asks for an assessment or take-home"),
    ("b777 exam", "all shortlisted candidates must complete their online technical exam.", "assessment",
     "asks for an assessment or take-home"),
    ("2/1 swing", "they want u. can u do a pre-emp medical thurs?", "company_reply", "asks for pre-employment checks"),
    ("cork block", "they've approved your profile so these are yours if you want them.", "offer",
     "hires the user ('can you start Monday?', 'you're hired')"),
    ("docs for your file", "to start submitting you to clinics i'll need your registration status.", "company_reply",
     "asks to put the user forward to a client"),
    # Dutch and Flemish
    ("ontvangstmelding", "wij bevestigen de goede ontvangst van uw kandidatuur voor de functie archivaris.",
     "application_ack", "says the application was received (other languages)"),
    ("selectieproef", "als eerste stap vragen wij u een korte selectieproef af te leggen.", "assessment",
     "asks for an exercise or test (other languages)"),
    ("video", "als volgende stap vragen we alle kandidaten drie vragen op video te beantwoorden.", "assessment",
     "asks for an exercise or test (other languages)"),
    ("registrar", "we willen je heel graag binnenhalen als onze nieuwe registrar.", "offer",
     "makes an offer (other languages)"),
    ("resultaat", "het directiecomité heeft beslist u aan te stellen in contractueel verband.", "offer",
     "makes an offer (other languages)"),
    ("vrijdag", "we plannen het arbeidsvoorwaardengesprek op vrijdag 7 november om 11.00 uur.", "company_reply",
     "gives a status update (other languages)"),
    ("eerste werkdag", "even wat praktische zaken voor je eerste werkdag, maandag 2 februari.", "company_reply",
     "is about joining (first day, onboarding, new-hire paperwork)"),
    # Italian
    ("annullato", "annullo quindi l'appuntamento di domani.", "cancellation", "cancels a meeting (other languages)"),
    ("re: incontro finale", "alex, venerdì salta, enrico è bloccato in germania.", "cancellation",
     "cancels a meeting (other languages)"),
    ("re: il cliente vuole conoscerti", "confermato! martedì 28 ottobre ore 10:00 in sede.", "interview_confirmation",
     "confirms a time (other languages)"),
    ("proposta", "il cliente ha visto il tuo profilo e ti vuole inserire subito! ti riassumo la proposta.", "offer",
     "makes an offer (other languages)"),
])
def test_reads_the_step_in_its_words(subject: str, text: str, kind: str, reason: str) -> None:
    assert reason in score(subject, text)[1].get(kind, []), score(subject, text)[1]


@pytest.mark.parametrize("subject, text, kind, reason", [
    # a recruiter hurrying to fill the post is not closing it on the user
    ("hr discussion", "please revert by eod so that we can close the position quickly.", "rejection",
     "declines the application"),
    # the user's other offer, asked for, is no offer made
    ("hr discussion", "any other offer in hand? if yes please share the offer letter for reference.", "offer",
     "makes an offer"),
    # a recruiting drive's "veterans like you to join" is no offer
    ("join us", "we want mission-driven veterans like you to join our benefits team as an advisor.", "offer",
     "makes an offer"),
    # "not referred" is no place on the list, and a score's condition is none either
    ("notice of results", "you have not been referred to the hiring manager.", "company_reply",
     "places the user on a list for the post"),
    ("notice of examination", "a score of 70% is required to be placed on the eligibility list.", "company_reply",
     "places the user on a list for the post"),
    # a call-off only thanked for is none
    ("update", "thanks for being so flexible when we had to cancel your onsite.", "cancellation", "cancels an interview"),
    # a step asked before the panel is moved, a registration with an agency, a professional body's number
    ("exam", "before rescheduling the panel, the client has asked for an exam.", "reschedule", "moves an interview"),
    ("welcome", "thanks for registering with cedarstaff health!", "not_relevant", "is a webinar or event"),
    ("docs", "send the registrant number once issued.", "not_relevant", "is a webinar or event"),
    # a client wanting the user for a round is no offer, and a test asked first is no putting forward
    ("update", "the client wants you for a second interview on tuesday.", "offer",
     "hires the user ('can you start Monday?', 'you're hired')"),
    ("skills", "last thing: to submit you to clients please do our online skills check.", "company_reply",
     "asks to put the user forward to a client"),
    # a test passed is no test asked; a lease bike is a benefit; a candidate's mock diary is no boss's diary
    ("weerhouden", "op basis van uw selectieproef bent u weerhouden voor de volgende ronde.", "assessment",
     "asks for an exercise or test (other languages)"),
    ("following our call", "permanent contract, lease bike or travel allowance.", "not_relevant",
     "is about a non-job application"),
    ("exercise", "attached is a mock week of the principal's diary with seven conflicts.", "not_relevant",
     "is about the diary of someone the user assists"),
])
def test_does_not_read_the_step_where_its_words_say_otherwise(subject: str, text: str, kind: str, reason: str) -> None:
    assert reason not in score(subject, text)[1].get(kind, []), score(subject, text)[1]


def _evidence(frm: str, subject: str, body: str) -> list[str]:
    email = parse(_m(frm, subject, body), me={"alex.morgan@example.net"}, names=("Alex Morgan",))
    return candidacy(email, subject.lower(), body.lower(), set(), set(), read_text=True).found


def test_a_shop_owner_asking_for_a_working_interview_speaks_for_the_shop() -> None:
    found = _evidence("Ray Ortiz <ray.ortizauto@gmail.com>", "this saturday",
                      "can you do a working interview sat the 12th 8 to noon? bring your own scanner")
    assert "is a person writing for their company from a personal account" in found


def test_a_hiring_drive_is_an_interview_word() -> None:
    found = _evidence("Kovai Recruitment <recruitment@kovaisoft.example>", "POSTPONED: Saturday drive",
                      "Dear Candidate,\n\nThe face to face drive scheduled on 13th September stands postponed to Saturday, "
                      "20th September 2025 at 10 AM, same venue.\n")
    assert "uses interview words" in found


def test_a_trades_test_and_medical_are_job_words() -> None:
    assert has_job_context("before we put anyone on a crew list we do a practical trade test in our workshop")
    assert has_job_context("can u do a pre-emp medical thurs?")


def test_a_recruitment_agency_writing_to_the_user_alone_is_evidence() -> None:
    found = _evidence("Britt Kowal <britt@torquestaffing.example>", "change of plans",
                      "Ugh, Greg has an auditor in Thursday so he moved you to Monday 7/7 at 10am. Same store. Sorry!!")
    assert "is a recruitment agency writing to the user alone" in found
    assert "is a recruitment agency writing to the user alone" not in _evidence(
        "Britt Kowal <britt@torquebakery.example>", "change of plans", "moved you to Monday 7/7 at 10am.")
    # a staffing firm's name run into its domain, and not a county's
    assert "is a recruitment agency writing to the user alone" in _evidence(
        "Jordan Pelletier <jordan.p@cedarlinestaffhealth.example>", "docs", "moved you to Monday 7/7 at 10am.")
    assert "is a recruitment agency writing to the user alone" not in _evidence(
        "Jo Pell <jo.pell@staffordshire.example>", "docs", "moved you to Monday 7/7 at 10am.")
