"""Session 52, Indian office English as a payroll executive's job search holds it: placement consultancies' consultants
writing from Gmail who speak of the employer as "client" ("confirmed with client", "Client has given Monday 10:30 AM",
"postponed due to some unavoidable reasons from client side"), a postponement whose "new date will be informed shortly"
(a move, not a call-off), a walk-in drive held over hours, a test "cleared" before the next round, and an HR manager's
"Can u come tmrw 10am?" from his phone (one time proposed, waiting for a yes). Tested here in invented words, with the
look-alikes that share them: a friend's client meeting that ran late, a freelancer's client who confirmed a launch date,
a function postponed with its new date to follow, a clinic's camp open over hours, a cousin's "can u come tmrw 10am?"
about a puja."""

from __future__ import annotations

from agent.demo.builder import mail
from tests.test_reading_small_employers_and_closed_processes import SENT, _m, reading_tests

READ_AS = [
    # a consultancy's consultant on Gmail, the telephonic round fixed with the client
    ("a-consultant-confirmed-with-client", "interview_confirmation", _m(
        "Swathi R <swathi.careerlinks@gmail.com>", "Re: Telephonic round - Accounts Executive",
        "Hi Alex,\n\nDone, confirmed with client. Mr. Prakash from their HR team will call you tomorrow at 3:00 PM for "
        "the telephonic round. Keep your payslips handy.\n\nRegards\nSwathi\n",
        quoted="Hi Swathi,\nTomorrow 3 PM is fine for me.\nAlex")),
    # ... the client's new date for the F2F, after a postponement
    ("a-consultant-gives-the-clients-new-date", "reschedule", _m(
        "Swathi R <swathi.careerlinks@gmail.com>", "F2F - new date",
        "Hi Alex,\n\nClient confirmed the new date for your F2F which got postponed.\n\nDate : Friday, 13-Mar-2026\n"
        "Time : 11:30 AM\nVenue : same as earlier call letter\n\nRegards\nSwathi\n")),
    # ... a postponement from the client side, the new date promised shortly
    ("a-consultant-postpones-from-client-side", "reschedule", _m(
        "Swathi R <swathi.careerlinks@gmail.com>", "Re: Interview call letter - Monday 10 AM",
        "Hi Alex,\n\nMonday's F2F interview is postponed due to some unavoidable reasons from client side. New date will "
        "be informed shortly, mostly by Wednesday. Sorry for the inconvenience.\n\nSwathi\n")),
    # ... the client's time proposed, the call letter promised once the user says yes
    ("a-consultant-proposes-the-clients-time", "interview_invitation", _m(
        "Swathi R <swathi.careerlinks@gmail.com>", "Technical round - pls confirm",
        "Hi Alex,\n\nGood news, client has shortlisted your profile. Client has given Tuesday 17-Mar at 10:30 AM for the "
        "technical round at their Andheri office.\n\nPlease confirm if you can attend. After your confirmation I will "
        "send the call letter with the venue details.\n\nRegards\nSwathi\n")),
    # a company's HR moving an interview the same way
    ("a-company-postpones-with-a-new-date-soon", "reschedule", _m(
        "HR Recruitment <recruitment@sahyadri-textiles.example>", "Interview on 12th March - postponed",
        "Dear Alex,\n\nThe interview scheduled on 12th March for the post of Payroll Officer has been postponed due to "
        "unavoidable reasons. The new date will be communicated shortly.\n\nRegards,\nHR Department\n")),
    # an HR manager's phone: one time proposed, waiting for a yes
    ("an-hr-manager-asks-can-u-come", "interview_invitation", _m(
        "Vijay Kulkarni <vijaykulkarni.hr@gmail.com>", "accounts post",
        "Hi Alex\nSaw ur resume on Naukri. Can u come on Friday 11am? Bhosari plant, ask for me at security.\n\n"
        "Vijay Kulkarni\nManager - HR, Sahyadri Castings\n\nSent from my phone")),
    # a walk-in drive held over hours, after a test-free screening
    ("a-walk-in-drive-over-hours", "interview_invitation", _m(
        "Talent Acquisition <careers@meridianbpo.example>", "Walk-in drive for Payroll Associate - Saturday",
        "Dear Alex Morgan,\n\nThank you for your application for Payroll Associate. We invite you to our walk-in drive.\n\n"
        "Date : Saturday, 14th March 2026\nTime : 9:30 AM to 12:30 PM\nVenue : Meridian BPO, Magarpatta, Pune\n\n"
        "Please confirm your participation by replying to this email.\n\nTalent Acquisition Team\n")),
    # a test cleared, the next round asked for
    ("a-test-cleared-and-the-next-round-asked", "interview_invitation", _m(
        "Neha Joshi <neha.joshi@kaveri-agro.example>", "Next round",
        "Hi Alex,\n\nCongratulations, you have cleared the online assessment. Next is the F2F round with our Finance "
        "Controller. Can you come on Thursday at 11 am?\n\nRegards,\nNeha Joshi\nHR Executive\n")),
]

OTHER_MAIL = [
    # a friend's client meeting that ran late
    ("a-friends-client-meeting-ran-late", _m(
        "Rohit <rohit.menon87@gmail.com>", "sorry yaar",
        "Arre sorry yaar, client meeting ran late and I missed your call. Can we do dinner tomorrow 8pm instead?\n\n"
        "Rohit\n")),
    # a freelancer friend's client who confirmed a launch date
    ("a-freelancers-client-confirmed-the-launch", _m(
        "Priya <priya.designs@gmail.com>", "launch party",
        "Hi Alex,\n\nClient confirmed the new date for the app launch, so the party is on Saturday 7 PM at my place. "
        "Do come!\n\nPriya\n")),
    # a function postponed, its new date to follow
    ("a-function-postponed", _m(
        "Anita Deshpande <anita.deshpande@gmail.com>", "Housewarming postponed",
        "Hi all,\n\nOur housewarming on Sunday is postponed due to some unavoidable reasons. New date will be informed "
        "shortly.\n\nAnita\n")),
    # a clinic's camp open over hours
    ("a-clinics-walk-in-camp", _m(
        "Sanjeevani Clinic <info@sanjeevani-clinic.example>", "Free health camp this Sunday",
        "Dear Patient,\n\nWalk-in health check-up camp this Sunday, 9 AM to 1 PM. BP, sugar and eye check free.\n\n"
        "Sanjeevani Clinic\n")),
    # a walk-in drive mailed to a consultancy's whole list (session 52, checked on five folds: the walk-in's hours once
    # outweighed its bulk headers)
    ("a-walk-in-drive-mailed-to-every-job-seeker", mail(
        frm="Nexa Staffing Drives <drives@nexastaffing.example>", to="Alex Morgan <alex.morgan@example.net>",
        subject="Walk-in Drive on 14th March | Accounts | Pune | Your profile is shortlisted", date=SENT,
        msgid="<drive@nexastaffing.example>",
        headers={"List-Unsubscribe": "<mailto:unsubscribe@nexastaffing.example>", "Precedence": "bulk"},
        body="Dear Job Seeker,\n\nYour profile has been SHORTLISTED for the WALK-IN DRIVE of our esteemed client.\n\n"
             "Date : 14th March 2026 (Saturday)\nTime : 10:00 AM to 2:00 PM\nVenue : Nexa Staffing, Baner Road, Pune\n\n"
             "Carry 2 copies of resume and photo ID.\n\nRegards,\nNexa Staffing\n")),
    # a cousin's "can u come tmrw" about a puja
    ("a-cousins-puja-tomorrow", _m(
        "Kavya <kavya.iyer92@gmail.com>", "tmrw",
        "Hi Alex, can u come tmrw 10am? Puja at home, amma is asking. Lunch after.\n\nKavya\n")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
