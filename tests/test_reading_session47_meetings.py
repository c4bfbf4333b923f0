"""Session 47, English invitations and assessments: how public services, job boards, universities and recruiters say the
user is invited to interview or to sit a test, in invented words, with look-alikes that share those words."""

from __future__ import annotations

from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

READ_AS = [
    # a job board's notice for the employer, a time still to choose
    ("a-job-board-says-the-trust-invited-you", "interview_invitation", _m(
        "Health Jobs <no-reply@healthjobs.example>", "Invitation to interview",
        "Dear Alex Morgan,\n\nWestmoor General Hospital has invited you to an interview for the job:\n\nPharmacy "
        "Technician - Dispensary\nJob reference: W441-26-0077\n\nSign in to your account to pick a time before "
        "12 March 2026.\n\nThis is an automated email.")),
    # a public service's call letter
    ("a-commission-calls-the-user-for-interview", "interview_invitation", _m(
        "Provincial Service Commission <noreply@psc.example>", "Interview call - Case 12/2026 - Section Officer",
        "Dear Alex Morgan,\n\nYou are hereby called for interview for the post of Section Officer (Revenue), Case "
        "No. 12/2026. Kindly confirm your availability by return email.\n\n"
        "Bring your original degrees and identity card.\n\nDeputy Director (Recruitment)")),
    # a chambers' wish to interview the user, and a number to call to book it
    ("a-judge-would-like-to-interview-you", "interview_invitation", _m(
        "Chambers of Judge Okoro <okoro_chambers@courts.example>", "Clerkship",
        "Dear Alex Morgan:\n\nJudge Okoro would like to interview you for a term clerkship beginning in August 2027.\n\n"
        "Please call chambers at (312) 555-0199 between 9:00 a.m. and 5:00 p.m. to schedule an interview.\n\n"
        "Chambers of the Honorable T. Okoro")),
    # a council scheduling its boards for the vacancy, the user's unavailable dates asked for
    ("a-council-schedules-oral-boards", "interview_invitation", _m(
        "Dana Whitfield <dwhitfield@riverbend-city.example>", "Oral board - Water Plant Operator II",
        "Mr./Ms. Morgan,\n\nThe Utilities Department is scheduling oral board interviews for the Water Plant Operator II "
        "vacancy. You have been certified from the eligibility list. Boards will be held October 6-8, each about 40 "
        "minutes. Please reply with the dates and times you are NOT available and I will assign a slot.\n\n"
        "Regards,\nDana Whitfield")),
    # a university's shortlisting, the slot booked through a link
    ("a-university-shortlists-for-the-post", "interview_invitation", _m(
        "HR Recruitment <recruitment@kellbridge.example>", "Lecturer in Marine Ecology (ME-221)",
        "Dear Alex\n\nI am pleased to tell you that you have been shortlisted for the post of Lecturer in Marine Ecology "
        "(ME-221). Interviews will take place on campus on 3 and 4 February.\n\nPlease select an interview slot via "
        "the link below by Friday 23 January:\nhttps://jobs.kellbridge.example/book/ME-221\n\nKind regards\nHR")),
    # a recruiter on the phone's terms: the user's application seen, "give me a call"
    ("a-driver-recruiter-says-give-me-a-call", "interview_invitation", _m(
        "Maria Lund <maria.lund@northlinefreight.example>", "your application",
        "Hi Alex,\n\nMaria at Northline Freight. Got your app for the dedicated route out of Toledo, looks "
        "solid - give me a call when you get a chance, I'm in the office till 5.\n\nMaria Lund | Driver Recruiter\n"
        "Northline Freight")),
    # a city's written examination for the position
    ("a-city-invites-to-a-written-examination", "assessment", _m(
        "City of Larch Falls <hr@larchfalls.example>", "Examination notice - Electrician I",
        "Dear Alex Morgan,\n\nYou are invited to participate in the written examination for the position of "
        "Electrician I with the City of Larch Falls.\n\nDate: Saturday, April 11, 2026\nCheck-in: 8:00 AM\nLocation: "
        "Public Works Training Room, 40 Mill Road\n\nBring photo identification.\n\nHuman Resources")),
]

OTHER_MAIL = [
    # a podcast host would like to interview the user for an episode: no post
    ("a-podcast-would-like-to-interview-you", _m(
        "Jo Park <jo@talkingfreight.example>", "guest spot?",
        "Hi Alex, we'd like to interview you for an episode of Talking Freight about life on the road. Give me a call "
        "when you're free and we can pick a date.\nJo")),
    # the user's own team scheduling interviews it will run, the user asked to sit on the panel
    ("the-users-team-schedules-panels", _m(
        "Priya Das <priya.das@example.net>", "panels for the analyst vacancy",
        "Hi all, HR is scheduling interviews for the analyst vacancy next week. You are among the panel leads. Please "
        "add your free slots to the sheet so I can staff each panel.\nPriya")),
    # a friend wants a call about a flat application: no job
    ("a-friend-got-your-rental-application", _m(
        "Sam Reid <sam.reid.home@gmail.com>", "the flat",
        "Hey Alex, my landlord got your rental application for the spare room - give me a call tonight and I'll tell "
        "you what she said.\nSam")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
