"""Session 41: general rules from fresh writer sets (Texas kitchens, Mexican plants, Kenyan NGOs and a county board, Gulf
hotels and the agencies that staff them), each tested here in invented words, with the look-alikes that share them; and
the model's sure reading of a message with no job's words, which counts only as far as five folds by writer showed it
safe."""

from __future__ import annotations

import pytest

from agent import classify as classify_module
from agent.classify import _sure_without_job_words
from agent.word_model import Reading
from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

READ_AS = [
    # the employer's own lease holds up a hire: that is no flat's application
    ("a-kitchen-lease-falls-through", "cancellation", _m(
        "Nico Ferrante <nico@harborline-kitchen.example>", "Re: sous chef - tryout thursday",
        "Hi Alex,\nReally sorry, I have to cancel Thursday's tryout. The landlord pulled out of the kitchen lease at the "
        "last minute, so we're not hiring for the sous chef spot right now.\nNico\nHarborline Kitchen",
        quoted="See you Thursday at 2.")),
    # papers a hiring step asks for, a residence visa among them, are no visa application
    ("documents-for-the-final-stage", "company_reply", _m(
        "Mariam Haddad <mariam.haddad@corniche-hotels.example>", "Final stage - documents - Guest Relations Manager",
        "Dear Alex,\nThank you for your time at the interview. You have progressed to the final stage for the Guest "
        "Relations Manager role. To proceed, kindly send us by Sunday:\n1. Passport copy and current residence visa\n"
        "2. Your last two payslips\n3. Two professional references\nBest regards,\nMariam Haddad\nTalent Acquisition\n")),
    # a receipt's warning against fraud is no decline
    ("a-receipt-warns-against-fees", "application_ack", _m(
        "Recruitment <recruitment@tumaini-relief.example>", "Application for Programme Officer - Ref TR/PO/04",
        "Dear Applicant,\nThank you for your application for the position of Programme Officer (Ref: TR/PO/04). This is "
        "to acknowledge receipt of your application. Only shortlisted candidates will be contacted.\nTumaini Relief does "
        "not charge any fee at any stage of the recruitment process.\nRegards,\nHR\n")),
    # an agency's hurry to fill its client's post is no decline
    ("an-agency-hurries-its-client", "company_reply", _m(
        "Suresh Menon <suresh@gulfbridge-manpower.example>", "Shortlisted - Night Manager - Doha",
        "Dear Alex,\nYour CV is shortlisted for the post of Night Manager for our client hotel in Doha. Kindly send your "
        "passport copy and current salary at the earliest, as the client wants to close the position this month.\n"
        "Thanks & regards,\nSuresh Menon\nGulfbridge Manpower\n")),
    # an ATS's confirmation offers self-service: "need to change your plans?" moves nothing
    ("a-confirmation-with-a-self-service-line", "interview_confirmation", _m(
        "Brasa Grill <no-reply@harri.example>", "Interview Confirmed: Brasa Grill - Thu, Mar 12 at 4:00 PM",
        "Your interview is confirmed\nBrasa Grill - Prep Cook\nThursday, March 12, 2026\n4:00 PM - 4:30 PM (CDT)\n"
        "Need to change your plans? Reschedule or cancel from your profile.\nGood luck!\n")),
    # a receipt that says a video interview may come later is a receipt
    ("a-receipt-mentions-a-video-interview-to-come", "application_ack", _m(
        "Northgate Health Careers <careers@northgatehealth.example>", "Application received: Cook II",
        "Dear Alex Morgan,\nThank you for applying to Northgate Health. We have received your application for Cook II.\n"
        "What to expect:\n- If you move forward, you may be asked to complete an on-demand video interview.\n"
        "Northgate Talent Acquisition\n")),
    # a board's word that the post the user applied to is filled is the employer's decline
    ("a-board-says-the-post-is-filled", "rejection", _m(
        "Kitchen Jobs <notifications@kitchenjobs.example>", "Update: Line Cook at Salt Creek has been filled",
        "Hi Alex,\nThe Line Cook position at Salt Creek that you applied to has been filled, and the job is no longer "
        "accepting applications. Thanks for your interest.\nNew jobs near you: Prep Cook - Dockside (Austin)\n")),
    # a public board's notice to all shortlisted candidates moves the user's own interview
    ("a-county-board-moves-the-interviews", "reschedule", _m(
        "Nakuru County Public Service Board <secretary@nakurucpsb.example>", "CHANGE OF INTERVIEW DATE - ACCOUNTANT II",
        "TO: ALL SHORTLISTED CANDIDATES FOR THE ABOVE POSITION\nThe interviews earlier scheduled for Monday, 9th March, "
        "2026 have been rescheduled to Wednesday, 11th March, 2026 at 9.00 a.m. at the Board Room.\nSECRETARY/CEO\n")),
    # an employer writing because the user's resume reached them is no cold approach
    ("a-chef-writes-after-the-resume-came-through", "interview_invitation", _m(
        "Marisol Vega <marisol@tres-lunas.example>", "Line Cook - Tres Lunas",
        "Hi Alex,\nMarisol here, chef at Tres Lunas. Your resume came through Indeed for our line cook opening. Would you "
        "be open to a quick video call on Tuesday 3/17 at 3:00 pm? Let me know and I'll send an invite.\nMarisol\n")),
    # a call called off as the hiring pauses, and a day's interviews called off, the user's among them
    ("the-call-wont-go-ahead", "cancellation", _m(
        "Dina Farouk <dina.f@pearlbay-residences.example>", "Re: Front Desk Supervisor",
        "Hi Alex,\nSorry I couldn't call you yesterday. Management has put the Front Desk Supervisor hiring on hold until "
        "the summer, so we won't go ahead with the call for now. I'll keep your CV.\nDina\nSent from my iPhone",
        quoted="Looking forward to our call.")),
    ("a-days-interviews-called-off", "cancellation", _m(
        "Leila Nassar <leila@olivegrove-talent.example>", "Re: Front Office Manager - Jeddah",
        "Hi Alex,\nBad news - the GM was called away this morning and they've cancelled all of today's interviews, "
        "including yours at 3. They'll come back to us after the holiday.\nLeila",
        quoted="Thanks Leila, ready for 3pm.")),
    # Indian English: an agency's "interview is fixed as below"
    ("an-agency-fixes-the-interview", "interview_confirmation", _m(
        "Rakesh Pillai <rakesh@sunrise-overseas.example>", "Re: Shortlisted - Reservations Manager - Muscat",
        "Dear Alex,\nGood news. Client has gone through your CV and interview is fixed as below:\nDate: 3rd March 2026 "
        "(Tuesday)\nTime: 11:00 AM Muscat time\nMode: Zoom\nThanks & Regards\nRakesh Pillai\nSunrise Overseas\n",
        quoted="Please find my documents attached.")),
    # Mexican Spanish: psychometric tests, a named post filled, a post given to someone else
    ("es-psychometric-tests-as-the-next-step", "assessment", _m(
        "Lucía Garza <lucia.garza@aceros-norte.example>", "Siguiente paso - Analista de Planeación",
        "Hola Alex, buen día.\nComo siguiente paso del proceso te pido contestar las pruebas psicométricas en línea; te "
        "llegará un correo con tu usuario. Fecha límite: viernes 13 de marzo.\nSaludos,\nLucía Garza\nRecursos Humanos\n")),
    ("es-the-named-post-is-filled", "rejection", _m(
        "Ernesto Ríos <rh@forjas-sierra.example>", "RE: Seguimiento - Jefe de Mantenimiento",
        "Ing. Morgan:\nLe informo que la vacante de Jefe de Mantenimiento Industrial ya fue cubierta.\nAgradecemos su "
        "interés.\nAtentamente,\nErnesto Ríos\nRecursos Humanos, Forjas Sierra\n", quoted="¿Hay alguna novedad?")),
    ("es-the-post-went-to-someone-inside", "rejection", _m(
        "Beto Carrillo <beto@taqueria-el-faro.example>", "Re: puesto de cocinero",
        "Alex que tal,\nPerdón por la tardanza. Decidimos darle el puesto a un cocinero de la otra sucursal, así que ya "
        "no vamos a contratar a nadie de fuera por ahora. Gracias y suerte.\nBeto\nTaquería El Faro",
        quoted="Hola Beto, ¿hay novedades del puesto?")),
]

OTHER_MAIL = [
    # a tenant's lease and landlord are still no job's
    ("a-flats-lease-renewal", _m(
        "Cedar Court Lettings <office@cedarcourt-lettings.example>", "Your lease renewal",
        "Dear Alex,\nYour lease at 14 Cedar Court ends on 30 April. Please tell us by 15 March whether you wish to renew."
        "\nCedar Court Lettings\n")),
    # a visa application is still no job's
    ("a-visa-appointment", _m(
        "Visa Centre <appointments@visacentre.example>", "Appointment confirmation",
        "Dear Alex Morgan,\nYour residence visa application appointment is confirmed for 12 March at 10:30. Please bring "
        "your passport.\n")),
    # a friend's plan off, a club's meeting fixed
    ("a-friends-trip-wont-go-ahead", _m(
        "Omar Saleh <omar.saleh88@gmail.com>", "Re: desert trip",
        "Bro the forecast is bad, we won't go ahead with the trip this weekend. Next month inshallah.\nOmar",
        quoted="Are we still on for Friday?")),
    ("a-clubs-meeting-is-fixed", _m(
        "Rotary Club Secretary <secretary@rotary-riverside.example>", "Annual general meeting",
        "Dear members,\nThe annual general meeting is fixed for 14 March at 6 pm at the club house.\nSecretary\n")),
    # a course's fee note is no receipt of a job
    ("es-a-mock-interview-course", _m(
        "Coaching Carrera <hola@coaching-carrera.example>", "Tu simulación de entrevista",
        "Hola Alex, tu simulación de entrevista con nuestra coach está lista para el jueves a las 6 pm.\n")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)


def _reading(kind: str, p: float) -> Reading:
    rest = (1.0 - p) / 9
    kinds = ("not_relevant", "application_ack", "interview_invitation", "interview_confirmation", "reschedule",
             "cancellation", "company_reply", "rejection", "offer", "assessment")
    return Reading({k: (p if k == kind else rest) for k in kinds}, words=30)


@pytest.mark.parametrize(("kind", "p", "counts"), [
    ("rejection", 0.93, True),  # a decision surely read counts
    ("rejection", 0.85, False),  # ... not a likely one
    ("reschedule", 0.99, True),  # a meeting's time counts only at the higher bar
    ("reschedule", 0.96, False),
])
def test_a_sure_reading_without_job_words(kind: str, p: float, counts: bool) -> None:
    """Where a message has no job's words, the model's reading of the step the rules found counts only when it is sure,
    and surer for a meeting's time (a lunch, a boiler service or a sales call share its words)."""
    assert _sure_without_job_words(kind, _reading(kind, p), 0.0, "re: saturday\nwe went w/ someone else", False) is counts


def test_a_sure_reading_without_job_words_needs_the_same_step_and_no_other_business() -> None:
    """The model must read the step the rules found, nothing the text names as other business, and no reason against."""
    sure = _reading("reschedule", 0.99)
    assert not _sure_without_job_words("cancellation", sure, 0.0, "can we do fri?", False)
    assert not _sure_without_job_words("reschedule", sure, 2.0, "can we do fri?", False)
    assert classify_module.NOT_HIRING.search("can we push the boiler service to fri?")
    assert not _sure_without_job_words("reschedule", sure, 0.0, "can we push the boiler service to fri?", False)


@pytest.mark.parametrize(("frm", "subject", "body", "company"), [
    # an ATS writes in the brewery's name, and the text names the city the post is in
    ("Cervecería Río Bravo <noreply@career.successfactors.example>", "Recibimos tu postulación",
     "Hola Alex:\nConfirmamos que recibimos tu postulación para la vacante Analista de Demanda, ubicada en Monterrey, "
     "Nuevo León.\nEquipo de Atracción de Talento\n", "Cervecería Río Bravo"),
    # a Taleo receipt names the company after the user's interest in it, and the plant's town after a requisition
    ("ARN Recursos Humanos <no-reply@tbe.taleo.example>", "Confirmación de solicitud - Ingeniero de Calidad",
     "Estimado(a) Alex Morgan,\nGracias por su interés en Autopartes Río Nazas (ARN).\nHemos recibido su solicitud para "
     "el puesto de Ingeniero de Calidad (requisición 2600442) en Gómez Palacio, Durango.\n", "Autopartes Río Nazas"),
    # a Mexican board's receipt has a field for the employer, and a link to "Mis postulaciones"
    ("OCC <postulaciones@mail.occ.example>", "¡Postulación exitosa! Ingeniero de Procesos",
     "¡Listo, Alex! Tu postulación fue enviada.\nVacante: Ingeniero de Procesos\nEmpresa: Refrigeración del Golfo\n"
     "Sigue el estatus en Mis postulaciones: https://www.occ.example/candidato/postulaciones\n", "Refrigeración del Golfo"),
    # a hospitality board relays the application: the restaurant is the employer, not the board
    ("Culinary Agents <notifications@culinaryagents.example>", "You applied to Line Cook at Ember & Oak",
     "CULINARY AGENTS\nYou applied to Ember & Oak\nLine Cook\nYour profile and resume were shared with the hiring team.\n",
     "Ember & Oak"),
])
def test_the_employer_is_named_not_a_place_or_a_board(frm: str, subject: str, body: str, company: str) -> None:
    from agent.facts import company_of
    from agent.parse import parse
    assert company_of(parse(_m(frm, subject, body), me={"alex.morgan@example.net"})) == company
