"""Session 19: the rules four fresh writer sets revealed (temp work through staffing agencies, an occupational
therapist's public-sector portals and hospital letters, shift work written from phones, the academic job market),
each one general rule in invented words, and the look-alikes that share those words."""

from __future__ import annotations

import pytest

from tests.test_reading_small_employers_and_closed_processes import _assert_read_as, _ids, _m

CASES = [
    # an agency passes on the client's yes: no "offer" in it, but a start and a wage
    ("agency-client-wants-you-from-monday", "offer", _m(
        "Dean Holroyd <dean.holroyd@kirkgatemill.example>", "RE: Garforth Packaging - trial shift Sat",
        "Morning Alex - Lee's been on, they loved you. They want you in from Monday 9th on a 12-week temp-to-perm as "
        "Team Leader, days 6-2, £14.85 an hour. I need an answer by 12 tomorrow.\n\nDean\n")),
    # ... and its written offer of an assignment, whose "pay rate:" is no cold outreach
    ("agency-written-assignment-offer", "offer", _m(
        "Hilltop Staffing Documents <documents@hilltopstaffing.example>", "Please review and sign: Assignment Offer",
        "Dear Alex Morgan,\n\nWe are pleased to confirm our offer of a temporary assignment, with the intent to hire, on "
        "the following terms:\n\nPosition: 2nd Shift Warehouse Supervisor\nPay rate: $23.50 per hour\nStart date: "
        "Monday, May 11, 2026\n\nThis offer is contingent upon a satisfactory background check.\n")),
    # the user's other irons are no refusal: "things going with other agencies"
    ("other-agencies-are-no-refusal", "offer", _m(
        "Brent Kowalczyk <brent@sawmillworkforce.example>", "RE: Office Assistant - pay question",
        "Hi Alex,\n\nGreat news - Carla called and Dublin Granville would like to offer you the Office Assistant position "
        "at $20.50/hr, starting Monday May 11.\n\nLet me know by Wednesday. I know you've got a couple of things going "
        "with other agencies too.\n\nBrent\n")),
    ("going-with-another-candidate-still-is", "rejection", _m(
        "Brent Kowalczyk <brent@sawmillworkforce.example>", "RE: Office Assistant",
        "Hi Alex,\n\nSorry - Carla has decided to go with another candidate for the Office Assistant role.\n\nBrent\n")),
    # a small clinic sends the contract itself
    ("the-contract-for-the-post", "offer", _m(
        "Rhiannon Price <rhiannon@harrowbyhandtherapy.example>", "Contract - Senior OT",
        "Hi Alex,\n\nAs promised on the phone, here's the contract for the Senior Occupational Therapist post.\n\n- Start "
        "date: Monday 13 April 2026\n- Salary £30,400 per year\n\nIf you're happy with it, please sign page 6 and send it "
        "back to me by Friday 20th March.\n\nRhiannon\n")),
    ("offer-of-the-permanent-whole-time-post", "offer", _m(
        "Aoife Ni Bhriain <aoife@hse-carrigmore.example>", "CCH26SOT01 Senior Occupational Therapist",
        "Hi Alex,\n\nI'm delighted to let you know that I am now in a position to offer you the permanent, whole-time "
        "post of Senior Occupational Therapist, Primary Care. Salary: €63,446 per annum.\n\nAoife\n")),
    # the current employer keeps the user on: no candidacy
    ("extension-of-the-current-contract", "not_relevant", _m(
        "HR Contracts <hr-contracts@ellesworth.example>", "Offer of extension to fixed-term contract - A Morgan",
        "Dear Alex\n\nFollowing a request from your line manager, I am pleased to offer you an extension to your "
        "fixed-term contract of employment. Your current end date is 30 April 2026. The new end date will be 31 August "
        "2026.\n\nKind regards\nHR Contracts\n")),
    # a hospital writing to the user as its patient, not as an employer
    ("a-patients-clinic-cancelled", "not_relevant", _m(
        "Outpatient Booking Centre <noreply@patients.brackenfordhospital.example>",
        "Important: your hospital appointment has been cancelled",
        "Hospital No: BG4418820\nNHS No: 999 123 4567\n\nDear Alex Morgan\n\nCANCELLATION OF OUTPATIENT APPOINTMENT\n\n"
        "Clinic: Dermatology\nAppointment: Tuesday 24 February 2026 at 09:20\n\nI am sorry to inform you that the above "
        "clinic has had to be cancelled due to the unavailability of the consultant. A new appointment will be sent to "
        "you. If your condition changes or gets worse in the meantime, please contact your GP.\n")),
    # the interviews are off, the candidacy is not
    ("interviews-not-going-ahead-is-a-call-off", "cancellation", _m(
        "Karen Ashworth <k.ashworth@cartmelbay.example>", "RE: Research Fellow - shortlisting",
        "Dear Alex\n\nI'm very sorry to let you know that the interviews on Wednesday 25 March will not be going ahead "
        "as planned. The panel chair has been taken ill. We very much still want to see you, and I'll be in touch with a "
        "new date as soon as I can.\n\nKaren\n")),
    # a rule stated to all candidates is no refusal of the user
    ("a-rule-for-those-who-do-not-complete", "assessment", _m(
        "PublicPost <noreply@notify.publicpost.example>", "Action Required: Online Assessment - CCH26SOT01",
        "Dear Alex,\n\nCampaign: Senior Occupational Therapist, Primary Care\n\nA shortlisting exercise will take place "
        "in the form of an online assessment. You are now invited to complete this assessment by 12 noon on Monday 23 "
        "February.\n\nCandidates who do not complete the assessment by the deadline will not progress further in this "
        "campaign.\n")),
    # an apology for a call-off already made, above a decision
    ("an-apology-again-for-a-past-call-off", "rejection", _m(
        "Mercado Luz <noreply@applytojob.com>", "Your application for Store Supervisor at Mercado Luz",
        "Hi Alex,\n\nThank you for your patience, and again my apologies for having to cancel our call.\n\nAfter "
        "reviewing everything, we have decided to pursue other candidates for the Store Supervisor position.\n\n"
        "Rafael\n")),
    # a person who shortlisted the user speaks for the employer, from a personal account too
    ("the-pi-who-shortlisted-you", "rejection", _m(
        "Jake Lindgren <jake.lindgren.lab@gmail.com>", "Re: Postdoc application - Dryland Soil Carbon (Alex Morgan)",
        "Alex -\n\nI owe you an email and I'm sorry it's taken this long. One of our techs just finished her PhD with "
        "us and came through on a grant that can pay half the position. So long story short I've offered the postdoc to "
        "her and she's accepted. That wasn't on the cards when I shortlisted you, and honestly your exercise was the "
        "strongest I got.\n\nI'm sorry we never got to have that call.\n\nJake\n")),
    # onboarding after the user accepted: the residence permit is the job's, not an application of its own
    ("permit-of-an-accepted-job", "company_reply", _m(
        "Femke de Wit <f.dewit@ijsselmonde-university.example>", "RE: Acceptance - UD Water and Environmental Change",
        "Dear Alex,\n\nWelcome! I'm very happy that you have accepted our offer. Below the next steps for your start on 1 "
        "September 2026.\n\n1. Residence permit: we submit the application to the IND for you. Please send me a scan of "
        "your passport.\n2. Your first day: come to reception at 9.\n\nFemke\n")),
    # a team asked for volunteers is no volunteering application
    ("asks-the-team-for-volunteers", "company_reply", _m(
        "Ruth Colquhoun <ruth@holmefieldhospice.example>", "Your questions - Palliative Care OT post",
        "Hi Alex\n\nJoanne passed on your questions about the Palliative Care OT post. Weekends - no weekend working for "
        "OTs at the moment, though we're talking about a Saturday pilot next year and would ask for volunteers. Hours - "
        "37.5 over 5 days.\n\nRuth\n")),
    # a teacher's search: charter networks, districts, principals, trades' HR systems
    ("not-able-to-extend-you-an-offer", "rejection", _m(
        "Renee Castaneda <talent@bristleconeacademies.example>", "Your candidacy with Bristlecone Charter Academies",
        "Dear Alex,\n\nThank you for spending your Saturday with us at Hiring Day. After careful consideration, we are "
        "not able to extend you an offer for the Science Teacher, Grades 6-8 position.\n\nWe wish you every success.\n\n"
        "Renee Castaneda\nDirector of Talent\n")),
    ("the-posting-eliminated-and-applications-closed", "rejection", _m(
        "Kettle Ridge HR <hr@kettleridge.example>", "Science Teacher (Grades 6-8) - Posting Withdrawn",
        "Dear Applicant,\n\nThank you for your interest in the Science Teacher position. Due to budget reductions this "
        "position has been eliminated for the 2026-27 school year. The posting has been withdrawn and all applications "
        "for it have been closed.\n\nOffice of Human Resources\n")),
    ("a-principal-on-gmail-who-interviewed-six", "rejection", _m(
        "Hank Delgado <hank.delgado.co@gmail.com>", "Sorrel Creek MS science position",
        "Hi Alex,\n\nI'm writing from my personal email because our district system is down. Thank you for coming out "
        "on the 31st. We interviewed six people and it came down to you and one other candidate. In the end we offered "
        "her the position, and she accepted on Friday.\n\nHank\n")),
    ("quote-your-requisition-number-is-no-press", "assessment", _m(
        "Tynebrook Facilities <tynebrook@myworkday.com>", "Next step: online assessments for Electrical Supervisor",
        "Hi Alex,\n\nThank you for applying for Electrical Supervisor at Tynebrook Facilities Services. We would like to "
        "invite you to the next stage, a short set of online assessments. Please complete both by Tuesday 27 January.\n\n"
        "If the link does not work, reply to talent@tynebrook.example and quote your requisition number.\n")),
    ("a-contract-of-employment-to-e-sign", "offer", _m(
        "SignRelay <no-reply@signrelay-mail.example>",
        'Joanne Treanor sent you "Contract of Employment - Alex Morgan - Maintenance Electrician" to sign',
        "Joanne Treanor (Drumgoose Precast Ltd) sent you a document to review and sign.\n\nContract of Employment - Alex "
        "Morgan - Maintenance Electrician.pdf\n\nMessage from Joanne Treanor:\n\"Hi Alex, please find your contract "
        "attached for review and signature as discussed with Seamus.\"\n\nREVIEW AND SIGN: https://app.signrelay.example"
        "/s/9d1e\n")),
    ("a-course-application-receipt", "not_relevant", _m(
        "Carlingford Training <admissions@carlingfordtraining.example>", "Application received - C&G 2391-52",
        "Dear Alex,\n\nThank you for your application for the following course:\n\nCourse: Inspection and Testing of "
        "Electrical Installations\n\nYour application has been received and will be reviewed to confirm that you meet "
        "the entry requirements.\n\nKind regards,\nAdmissions\n")),
    # the current employer's counter-offer confirms a promotion: the user's own job
    ("the-current-firms-counter-offer", "not_relevant", _m(
        "Richard Okafor <richard.okafor@pellinoresharpe.example>", "RE: Catch-up",
        "Alex,\n\nThank you for being open with me yesterday. I'd like to put something in writing before you make a "
        "final decision:\n\n- We'll confirm your promotion to Senior Manager in the October round.\n- Your base salary "
        "would increase to £84,000 from 1 April.\n\nRichard\n")),
    # a designers' residency: its jury interview is no job interview
    ("a-design-residency-receipt", "not_relevant", _m(
        "Casa Fontainhas <residencias@casafontainhas.example>", "Candidatura recebida - Residência Design & Território",
        "Olá Alex Morgan,\n\nObrigado pela tua candidatura à Residência Design & Território 2026. O processo de seleção "
        "decorre em duas fases: análise do dossiê pelo júri e entrevista online com o júri para os candidatos "
        "pré-selecionados.\n\nEquipa Casa Fontainhas\n")),
    # Portuguese offers in plain words and the contract itself
    ("a-vaga-e-tua", "offer", _m(
        "Catarina Meireles <catarina@salitrelabs.example>", "Re: Proposta - Product Designer Sénior",
        "Alex, que notícia fantástica! Está tudo certo com o início a 4 de maio.\n\nSegue em anexo o contrato de "
        "trabalho sem termo para assinares.\n\nCatarina\n")),
]


@pytest.mark.parametrize(("name", "kind", "raw"), CASES, ids=_ids(CASES))
def test_fresh_sets_general_rules(name: str, kind: str, raw: bytes) -> None:
    _assert_read_as(raw, kind)


def test_a_quoted_outlook_block_names_its_author_not_its_reader() -> None:
    """The agency's own earlier message quoted below ("From: Shannon McGrath / Sent: / To: Alex Morgan <...>") is
    hers: its "offer" is not the user hiring anyone."""
    from agent.evidence import quoted_author

    block = ("from: shannon mcgrath\nsent: 26 february 2026 16:20\nto: alex morgan <alex.morgan@example.net>\n"
             "subject: re: stock controller\n\nhi alex, they'd like to offer you the role")
    assert quoted_author(block) is None
    assert quoted_author("from: shannon mcgrath <shannon@shudehill.example>\nsent: ...") == "shannon@shudehill.example"


def test_the_users_own_way_out_of_a_booking_is_no_call_off() -> None:
    """"If you can no longer attend, please cancel your interview" is a portal's footer under the booking: read as the
    booking (or, where the word model finds a portal's words unlike job mail, set aside as one for a look), never as a
    cancellation. (Session 20's retrain reads this portal's words as other business: the agent asks.)"""
    from tests.test_reading_small_employers_and_closed_processes import _read

    got = _read(_m(
        "HealthJobs Direct <no-reply@mail.healthjobsdirect.example>", "Interview booked: Thursday 12 March 2026, 10:30am",
        "Dear Alex Morgan,\n\nYour interview is booked.\n\nJob: Specialist Occupational Therapist - Stroke\nDate: "
        "Thursday 12 March 2026\nTime: 10:30am\n\nIf you can no longer attend, please cancel your interview in your "
        "account so the time can be offered to another candidate.\n"))
    assert "interview_confirmation" in (got.kind, got.guess) and "cancellation" not in (got.kind, got.guess), got.reasons
