"""Session 40: general rules from fresh writer sets (schools and colleges in West Bengal, small firms and a nonprofit in
Atlantic Canada, car dealers and repair shops in the US Midwest), each tested here in invented words, with the
look-alikes that share them."""

from __future__ import annotations

from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

READ_AS = [
    # a school's office writes from a personal account and signs as the school, or as its principal
    ("a-school-office-on-yahoo-asks-for-a-day", "interview_invitation", _m(
        "Tapan Sen <tapansen_rps@yahoo.co.in>", "PRT Science - Riverbank Public School",
        "Dear Alex Sir,\nWe have gone through the CV you had sent for the post of PRT Science. Our Principal would like "
        "to have a discussion with you; we can do the first round on Zoom.\nKindly let me know which day next week "
        "suits you.\nTapan Sen\nAdministrative Officer\nRiverbank Public School\n")),
    ("a-college-letter-fixes-the-interview", "interview_confirmation", _m(
        "Principal SKC <principal.skcollege@gmail.com>", "Interview for the post of Guest Faculty in Economics",
        "Sir/Madam,\nThe interview for the post of Guest Faculty in Economics (Advt. No. SKC/GF/07) will be held on "
        "14.05.2026 (Thursday) at 11:00 AM in the conference room.\nPrincipal\nSitakunda College\n")),
    ("a-college-letter-not-recommended", "rejection", _m(
        "Principal SKC <principal.skcollege@gmail.com>", "Guest Faculty in Economics - result",
        "Sir/Madam,\nYou are hereby informed that your candidature has not been recommended by the Selection "
        "Committee for the post of Guest Faculty in Economics.\nPrincipal\nSitakunda College\n")),
    ("a-school-postpones-till-further-notice", "cancellation", _m(
        "Green Valley Academy <gva.office@rediffmail.com>", "Interview for the post of TGT Mathematics - postponed",
        "Dear Candidate,\nThe interview for the post of TGT Mathematics scheduled on 20.02.2026 stands postponed till "
        "further notice due to the annual examinations. A fresh date will be intimated.\nOffice of the Principal\n"
        "Green Valley Academy\n")),
    ("a-school-coordinator-declines", "rejection", _m(
        "Rina Dutta <rina.dutta.sps@gmail.com>", "Re: TGT English - demo class",
        "Dear Alex,\nThank you for taking the demo class on Monday. After due consideration we will not be able to "
        "take your candidature forward for the post of TGT English.\nRegards,\nRina Dutta\nAcademic Coordinator\n"
        "Sunrise Public School, Salt Lake\n", quoted="Thank you for the opportunity.")),
    # a nonprofit's coordinator answering under the application's own subject: "<post> application"
    ("a-nonprofit-still-sorting-its-budget", "company_reply", _m(
        "Heidi Cormier <heidicormier.moncton@gmail.com>", "Re: Program & Office Coordinator application",
        "Hi Alex,\nSorry for the slow reply, we're still waiting on our grant for next year and the board won't hire "
        "before it comes through. Hoping to know by the end of April. You're still on our list!\nHeidi",
        quoted="Hi Heidi, just checking in.")),
]

OTHER_MAIL = [
    # a friend's "first round" is a drink
    ("a-friend-buys-the-first-round", _m(
        "Sean Doyle <seandoyle77@gmail.com>", "friday",
        "the first round on me friday, my promotion came through! 8pm at the usual\nSean")),
    # a child's school writes to the parent: no post, no candidature
    ("a-school-writes-to-a-parent", _m(
        "Sunrise Public School <sps.saltlake@gmail.com>", "Parent-teacher meeting",
        "Dear Parent,\nThe parent-teacher meeting for Class IV is on Saturday 14 March at 10 AM. Kindly collect the "
        "report card.\nPrincipal\nSunrise Public School\n")),
    # a society's meeting postponed: no interview
    ("a-society-meeting-postponed", _m(
        "Pujo Committee <sarbojanin.pujo@gmail.com>", "Meeting postponed",
        "Dear members,\nSunday's committee meeting stands postponed till further notice. We will inform you of the new "
        "date.\nSecretary\n")),
    # a landlord answers under "<flat> application"
    ("a-landlord-under-a-flat-application", _m(
        "Dale Rourke <dale.rourke.rentals@gmail.com>", "Re: upstairs unit application",
        "Alex, still waiting on your reference from the last landlord, then you're good to go.\nDale",
        quoted="Hi Dale, did you get my form?")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
