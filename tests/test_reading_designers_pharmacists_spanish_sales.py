"""Session 24: the rules four fresh writer sets revealed (a product designer's search in Berlin and Amsterdam, a
pharmacist's in Ireland, a developer's in Mexico and Buenos Aires in Spanish, a sales rep's in Chicago and Austin),
each one general rule in invented words, with the look-alikes that share its words. A salesperson's own work mail is
the hardest: prospects reschedule calls and say no to the product in the words recruiters use."""

from __future__ import annotations

import pytest

from agent.addresses import is_ats_label
from agent.facts import company_of
from agent.features import decide, score
from agent.parse import parse
from tests.test_reading_small_employers_and_closed_processes import _assert_read_as, _ids, _m, _read
from tests.test_second_reader import read_with

CASES = [
    # --- a sales rep's search: the job's title is the salesperson's title
    ("an-account-executive-post-filled", "rejection", _m(
        "Birchmere Software Careers <careers@birchmeresoftware.example>", "Account Executive - Position Update",
        "Dear Alex Morgan,\n\nThank you for your interest in the Account Executive position with Birchmere Software.\n\n"
        "Please be advised that the position has been filled. We will retain your resume for twelve months.\n\n"
        "Human Resources\nBirchmere Software, Inc.\n")),
    ("a-buyer-says-no-to-the-product", "not_relevant", _m(
        "Paula Trent <ptrent@lakeshoreclinics.example>", "Re: Kilnworks follow-up",
        "Hi Alex,\n\nThank you for the demo last month. After reviewing options with our finance committee, we've "
        "decided not to move forward with your product at this time. We're going to stay with our current vendor "
        "through the end of our contract.\n\nRegards,\nPaula\n")),
    ("a-recruiter-says-no-to-the-application", "rejection", _m(
        "Paula Trent <ptrent@lakeshoreclinics.example>", "Re: Account Executive application",
        "Hi Alex,\n\nThank you for your patience. After reviewing the finalists, we've decided not to move forward "
        "with your application at this time.\n\nRegards,\nPaula\n")),
    # a round named after the sales act it tests is the user's interview, not a sales meeting
    ("a-mock-discovery-call-moved", "reschedule", _m(
        "Harrowgate Interviews <scheduling@goodtime.example>", "Updated: Harrowgate - Mock Discovery Call rescheduled",
        "Hi Alex,\n\nYour interview with Harrowgate has been rescheduled.\n\nNOW: Thursday, February 5, 2026, 1:00 PM - "
        "2:00 PM CST\n\nInterview: Mock Discovery Call (60 min)\nInterviewers: Priya Venkat (Senior AE)\n")),
    ("a-call-off-that-hunts-for-new-times", "cancellation", _m(
        "Brent Sosa <brent@quotalinetalent.example>", "Thistlewood call tmrw - cancelled (sorry!!)",
        "Ugh Alex I'm so sorry - the VP has been pulled into board prep and has to cancel tomorrow's 11am with you. "
        "I'm pushing for new times early next week and will send as soon as I have them.\n\nBrent\n")),
    # "all new headcount is on pause": the process waits, no meeting is set
    ("headcount-on-pause", "company_reply", _m(
        "Ahmed Farouk <ahmed.farouk@zennlink.example>", "AE role - timing",
        "Hello Alex,\n\nAfter our call two weeks ago I was ready to move you to the final round, but our finance team "
        "is re-doing the plan and all new headcount is on pause until they finish, maybe 3-4 weeks. I will write you "
        "as soon as I have the approval.\n\nBest regards,\nAhmed\n")),
    # --- a designer's search
    ("a-written-exercise-that-mentions-user-research", "assessment", _m(
        "Dijkpixel <jobs@dijkpixel.recruitee-mail.example>", "Dijkpixel - written UX exercise (UX Designer)",
        "Hi Alex,\n\nThanks for your application for UX Designer at Dijkpixel! As a first step we ask all candidates to "
        "complete a short written exercise instead of a first call.\n\n1. Tell us about a design decision you changed "
        "after user research.\n2. How do you work with developers?\n\nForm: https://forms.example/ux\n")),
    ("a-research-interview-booked", "not_relevant", _m(
        "Tulipa Research <research@tulipa.example>", "Confirmed: your research interview on 5 February",
        "Hi Alex,\n\nYou're booked! Your research interview is confirmed for Thursday 5 February at 17:00 (CET). "
        "Please join from a laptop.\n\nThanks for helping us build better tools,\nMerel\n")),
    ("a-slot-for-the-challenge-presentation", "interview_invitation", _m(
        "Orbitline Hiring <no-reply@ashbyhq.example>", "Orbitline: schedule your challenge presentation",
        "Hi Alex,\n\nThank you for submitting your design challenge! The team would love to hear you walk through it. "
        "Please choose a 60-minute slot for your presentation to the design team using this link: "
        "https://app.ashbyhq.example/s/orbitline\n")),
    ("a-role-frozen-for-the-year", "rejection", _m(
        "Milan Voort <milan@zuidlicht.example>", "Re: tmrw's panel",
        "hi alex, update as promised. the platform team got merged into core and the role is frozen, no hiring for it "
        "this yr. sorry, u were one of the strongest.\n\nm\n")),
    ("still-under-review-after-a-reference", "application_ack", _m(
        "Spreeweg Commerce SE <careers@smartrecruiters-mail.example>", "Update on your application - Lead Designer",
        "Dear Alex Morgan,\n\nWe would like to inform you that your application for the position Lead Designer (Ref. "
        "2026-PD-0413) is still under review. We will contact you as soon as we have further information.\n\nKind "
        "regards\n")),
    # --- a pharmacist's interview letter: the documents an offer will need make no offer
    ("documents-that-may-delay-an-offer", "company_reply", _m(
        "Lough Valley Trust Recruitment <recruitment@loughvalley.example>", "RE: Interview arrangements - documents",
        "Dear Alex\n\nPlease note you must bring the following ORIGINAL documents to interview. Failure to do so may "
        "delay any offer of employment:\n\n- Passport\n- Proof of address\n- Evidence of registration\n\nRegards\n")),
    ("an-interview-booking-confirmed", "interview_confirmation", _m(
        "HSC Jobs <noreply@hscjobs.example>", "Interview booking confirmed: Rotational Pharmacist Band 6 (908112)",
        "Dear Alex Morgan\n\nThank you for booking your interview. Your booking details are below.\n\nJob title: "
        "Rotational Pharmacist Band 6\nDate: Tuesday 28 October 2025\nTime: 14:00\nLocation: Meeting Room 2\n")),
    # --- a developer's search in Spanish
    ("a-test-reviewed-then-the-interview-asked", "interview_invitation", _m(
        "Zacatuche Pagos <no-reply@mail.teamtailor.example>", "Invitación a entrevista técnica - Zacatuche Pagos",
        "Hola Alex,\n\n¡Muy buenas noticias! El equipo revisó tu prueba técnica y les gustó mucho.\n\nQueremos "
        "invitarte a la entrevista técnica con Diego (Engineering Manager). Por favor elige el horario que mejor te "
        "acomode desde este enlace: https://app.teamtailor.example/m/zp\n")),
    ("the-post-itself-cancelled", "rejection", _m(
        "Cotorra Telecom <noreply@smartrecruiters.example>", "Actualización de tu postulación - Ingeniero/a DevOps",
        "Hola Alex,\n\nTe escribimos para informarte que la posición Ingeniero/a DevOps a la que te postulaste en "
        "Cotorra Telecom ha sido cancelada debido a una reestructura interna. Por lo tanto, cerramos todas las "
        "candidaturas asociadas a esta vacante.\n\nSaludos,\n")),
    ("the-interview-cancelled-for-now", "cancellation", _m(
        "Sofía Bendetti <sofia@talentopampa.example>", "Re: Búsqueda Backend Node - Yacaré Fintech",
        "Alex, ¡perdón! Me acaba de avisar Martín que mañana tiene un deploy crítico y no va a poder hacer la entrevista "
        "de las 11. La cancelamos por ahora.\n\nLe pedí nuevos horarios y apenas los tenga te aviso.\n\nSofi\n")),
    ("come-and-chat-at-the-office", "interview_invitation", _m(
        "Alberto Cisneros <beto@ajologames.example>", "vacante unity",
        "que tal alex, soy beto de ajolo games, vi tu cv q nos paso ramiro. estamos buscando programador unity para un "
        "proyecto mobile. tienes chance de venir a platicar a la ofi en gdl? dime q dias puedes la prox semana\n\nbeto\n")),
    ("a-job-board-relays-a-no", "rejection", _m(
        "Bumeran <noreply@avisos.bumeran.example>", "Ombligo Seguros te envió un mensaje",
        "Hola Alex:\n\nGracias por tu interés en formar parte de Ombligo Seguros y por postularte a la posición de "
        "Desarrollador .NET Semi Senior.\n\nLamentablemente en esta oportunidad tu perfil no fue seleccionado para "
        "avanzar a la siguiente etapa.\n\nSaludos cordiales,\nSelección\n")),
]


# The session's second round: a warehouse lead's temp agencies, a lawyer's in-house search, a teacher's districts, a
# journalist's newsrooms. A lawyer's deals and a journalist's sources and reporters speak as recruiters do.
CASES += [
    ("profile-views-are-no-invitation", "not_relevant", _m(
        "ShiftMate <alerts@shiftmate.example>", "Alex, 4 employers viewed your profile this week",
        "Hi Alex,\n4 employers viewed your ShiftMate profile this week. Candidates who add a profile video are 3x more "
        "likely to be invited to interview!\nAdd a video · Update your availability\n")),
    ("an-agency-books-the-perm-interview", "interview_confirmation", _m(
        "Kerry Dawes <kerry.d@proshiftjobs.example>", "perm team leader - thurs",
        "hiya Alex\n\ngood news, Wigmore have signed off the perm team leader role and Martin wants you to interview "
        "for it!!\n\nThurs 22nd @ 10am, main office upstairs, with Martin Kaye and Diane from HR. about 45 mins.\n\n"
        "Kerry x\n")),
    ("all-interviews-cancelled-for-snow", "cancellation", _m(
        "Megan Yates <megan.yates@kestrelchilled.example>", "Interview on Tuesday 3 March - cancelled",
        "Hi Alex,\n\nDue to the weather warning we have taken the decision to cancel all interviews scheduled for "
        "tomorrow, including yours at 10:00. Please do not travel to site.\n\nWe will be in touch later this week to "
        "arrange a new date.\n\nKind regards,\nMegan\n")),
    ("a-call-rebooked-for-monday", "reschedule", _m(
        "Rosalind Chu <rchu@kinloch-cu.example>", "RE: Call with Dana Okafor tomorrow - cancelled",
        "Hello Alex,\n\nThank you for your patience. Dana would like to rebook for Monday, January 26 at 9:00 a.m. "
        "Pacific. She will call your cell as before.\n\nKind regards,\nRosalind\n")),
    ("a-selection-taking-longer", "company_reply", _m(
        "Gwen Abara <gabara@fraserpoint.example>", "Legal Counsel (Competition #FR-25-118) - status",
        "Dear Alex Morgan,\n\nThank you for your participation in the interview process for the position of Legal "
        "Counsel. I am writing to advise that the selection process is taking longer than originally anticipated.\n")),
    ("a-client-drops-a-deal", "not_relevant", _m(
        "Kevin Baptist <kbaptist@galbrook.example>", "RE: Stennick asset purchase - next steps",
        "Alex,\n\nAfter discussing with the board we've decided not to proceed with the Stennick asset purchase. "
        "Please stop work on the APA and send me a final bill.\n\nKevin\n")),
    ("a-volunteer-seat-applied-for", "not_relevant", _m(
        "OBA Sections <sections@oba.example>", "Your application for the Civil Litigation Section Executive",
        "Hello Alex,\n\nThank you for submitting your application to serve on the Civil Litigation Section Executive "
        "for the 2026-2027 term. The nominating committee will review all applications in April.\n")),
    ("placed-on-an-eligibility-list", "company_reply", _m(
        "Saguaro Mesa USD Human Resources <donotreply@saguaromesa-k12.example>", "Eligibility Status Update",
        "Dear Alex Morgan,\n\nThank you for participating in the district screening interview. Your name has been "
        "placed on the Certified Eligibility List for Elementary (K-6) positions for the 2026-2027 school year.\n")),
    ("an-intent-to-hire", "offer", _m(
        "Marisol Quintero <mquintero@cvsd-re5.example>", "Intent to Hire - Second Grade Teacher, Foxglove Elementary",
        "Dear Alex Morgan,\n\nI am pleased to inform you that Principal Whitcomb has recommended you for the position "
        "of Second Grade Teacher. This letter serves as the District's Intent to Hire.\n")),
    ("a-reporter-job-is-no-press-interview", "assessment", _m(
        "Camille Ferreira <cferreira@meridianpost.example>", "Meridian Post - Metro Reporter writing test",
        "Dear Alex,\n\nThank you for applying for the Metro Reporter position. The Metro desk would like you to "
        "complete our writing test, the next step in the process.\n")),
    ("homework-for-the-job", "assessment", _m(
        "Leo Vance <leo@tindermag.example>", "homework (sorry)",
        "Alex,\n\nGood talking today. As threatened, the homework for the senior culture editor job: five pitches "
        "you'd commission and a one-page memo. By Wed Nov 5 if you can.\n\nL\n")),
]


@pytest.mark.parametrize("name, kind, raw", CASES, ids=_ids(CASES))
def test_session_24_rules(name: str, kind: str, raw: bytes) -> None:
    _assert_read_as(raw, kind)


def test_a_salespersons_signature_is_still_a_sales_meeting_sign() -> None:
    """The job's title in a subject is no sales meeting; the line under a salesperson's name still is one."""
    _, reasons = score("pinion <> alex - next steps", "thanks for your time today.\n\njasper whit\naccount executive | "
                                                      "pinion bi")
    assert "is a sales meeting" in reasons.get("not_relevant", [])
    _, reasons = score("account executive - position update", "the position has been filled.")
    assert "is a sales meeting" not in reasons.get("not_relevant", [])


def test_a_spanish_move_is_not_a_call_off() -> None:
    """'no va a poder hacer la entrevista' begins a move as often as a call-off: only 'la cancelamos' cancels."""
    scores, _ = score("re: entrevista", "hola alex, carla no va a poder hacer la entrevista del jueves. ¿podemos moverla "
                                        "al viernes a las 10?")
    assert "cancellation" not in scores
    assert decide(scores) != "cancellation"


def test_a_calendar_title_that_names_the_user_first_is_the_users_interview(monkeypatch: pytest.MonkeyPatch) -> None:
    """"Interview: Alex Morgan – Operations Analyst": the user named, then the post. The model is trained without the
    user's name, so to it this reads like an interview the user runs; the title says whose it is."""
    body = ("This event has been canceled.\n\nInterview: Alex Morgan – Operations Analyst\nThursday Jan 15, 2026 10am - "
            "10:45am\n\nOrganizer\nPriya Shah\npriya.shah@kennetbrook.example\n")
    raw = _m("Priya Shah <priya.shah@kennetbrook.example>",
             "Canceled event: Interview: Alex Morgan – Operations Analyst @ Thu Jan 15, 2026 10am - 10:45am (GMT)", body)
    sig = read_with(monkeypatch, raw, "not_relevant", 0.9)
    assert (sig.kind, sig.needs_look) == ("cancellation", False), sig.reasons
    # a journalist's "Phone interview: Alex Morgan" names no post after the user: the model's doubt stands
    raw = _m("Marc Leduc <mleduc@backrank.example>", "Canceled event: Phone interview: Alex Morgan", body.replace(
        " – Operations Analyst", ""))
    assert read_with(monkeypatch, raw, "not_relevant", 0.9).kind == "not_relevant"


def test_a_flats_application_and_viewing_in_german_is_no_job() -> None:
    """'Bewerbung 3.5-Zimmer-Wohnung': a letting agent thanks for the application and offers a viewing."""
    _assert_read_as(_m(
        "Rheinblick Immobilien AG <vermietung@rheinblick-immo.example>", "AW: Bewerbung 3.5-Zimmer-Wohnung Feldweg 72",
        "Guten Tag Alex Morgan\n\nVielen Dank für Ihre Bewerbung. Ihre Unterlagen sind vollständig bei uns eingegangen. "
        "Wir bieten Ihnen gerne eine virtuelle Besichtigung an: Donnerstag, 30. April 2026, 17:30 Uhr.\n\nFreundliche "
        "Grüsse\nLuca Steiner\n"), "not_relevant")


def test_a_reporter_moving_an_interview_with_the_user_starts_nothing() -> None:
    """A journalist interviews the user for a story: its words are a recruiter's, the line under the name is not."""
    raw = _m("Priya Raman <praman@lakesideledger.example>", "tomorrow - garden story",
             "Hi Alex,\n\nSo sorry - my editor moved me onto another story, so I can't make our 10am interview about the "
             "community garden. Could we do Friday at 9:30 instead?\n\nBest,\nPriya Raman\nReporter, The Lakeside Ledger\n")
    assert _read(raw).kind == "not_relevant"


def test_a_day_in_the_subject_and_an_interview_scheduler_are_no_company() -> None:
    """'moving to Friday Jan 16' names a day, and GoodTime sends for the company it names ('on behalf of ...')."""
    raw = _m("Harpreet Sandhu <harpreet.sandhu@petrelmoor.example>", "RE: Panel Interview - moving to Friday Jan 16, 1:30pm",
             "Hi Alex,\n\nCould we move to Friday, January 16 at 1:30 p.m.? Same place.\n\nHarpreet\n")
    assert company_of(parse(raw, me={"alex.morgan@example.net"})) != "Friday Jan"
    assert is_ats_label("goodtime-mail") and is_ats_label("modernloop-mail") and not is_ats_label("goodtimes")
