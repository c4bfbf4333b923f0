"""Session 54, American hourly hiring and academic searches: a store manager on Gmail who passes on the checks' result
("your background came back clear") or the application ("i sent your stuff up to district"), a careers page's form
answered from a restaurant's Gmail ("Re: New careers form submission - Host"), a crew offer in plain words ("we'd love
to have you on the overnight crew"), a warehouse's open interviews held over recurring hours, a board member on the
hiring committee who asks for a call, a confirmation that thanks the user for the availability given, and a campus
visit's itinerary that names the study coordinators the user meets. Tested here in invented words, with the
look-alikes that share them: a friend's "background came back clear" about her flat, a clinic's open hours, a
volunteer committee's call, a real study's coordinator."""

from __future__ import annotations

from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

READ_AS = [
    # a store manager on Gmail: the checks came back, the offer in plain words with pay and an orientation day
    ("a-manager-says-the-background-came-back-and-offers-the-crew", "offer", _m(
        "Dre Watkins <dre.watkins.store44@gmail.com>", "Re: nights",
        "hey alex good news, your background check came back clear. we'd love to have you on the stocking crew. "
        "orientation is tuesday 7am, bring your ID and SS card.\n\npay is 16.25 to start, 4 nights a week. text me "
        "with questions\n\nSent from my iPhone")),
    # ... the application passed up the line, the answer promised
    ("a-manager-sent-the-application-up", "company_reply", _m(
        "Dre Watkins <dre.watkins.store44@gmail.com>", "Re: nights",
        "good talking with you today. i sent your application up to district, they do the background part. should "
        "hear from them early next week, if not text me\n\nSent from my iPhone")),
    # a restaurant's Gmail answering the careers page's form: the post is gone
    ("a-restaurant-answers-the-careers-form", "rejection", _m(
        "Mona @ Saguaro Grill <saguarogrill.mesa@gmail.com>", "Re: New careers form submission - Server",
        "Hi Alex, sorry but we already filled the server spot. Thanks for reaching out!")),
    # a warehouse's open interviews, held over recurring hours
    ("a-warehouse-invites-to-open-interviews", "interview_invitation", _m(
        "Brightline Logistics <jobs@brightline-logistics.example>", "Next step for your application",
        "Thanks for applying for the Package Handler job, Alex!\n\nYou're invited to our open interviews at our "
        "Grove City site. Just walk in during open hours and meet our hiring team.\n\nWhere: 3100 Southpark Pl, "
        "Grove City, OH\nWhen: Every Monday & Wednesday, 10:00 AM - 3:00 PM\nBring: a photo ID\n\nBrightline Talent "
        "Team")),
    # a board member on the hiring committee asks for a call
    ("a-board-member-on-the-hiring-committee-asks-for-a-call", "interview_invitation", _m(
        "Ruth Adeyemi <ruth.adeyemi@sbcglobal.example>", "Harbor Youth Alliance - Development Director",
        "Dear Alex,\n\nI serve on the hiring committee for the Development Director position at Harbor Youth Alliance. "
        "We like one committee member to speak with each finalist before we decide.\n\nCould you do a phone call on "
        "Tuesday at 11 AM or Thursday at 2 PM? Let me know what suits.\n\nBest,\nRuth")),
    # an interview confirmed after the user gave a time
    ("a-confirmation-thanks-for-the-availability-given", "interview_confirmation", _m(
        "Lena Fischer <lfischer@lakeview-university.example>", "RE: Interview invitation - Research Coordinator",
        "Hello Alex,\n\nThank you for confirming your availability. I am writing to confirm your interview for the "
        "Research Coordinator position:\n\nDate: Tuesday, March 10, 2026\nTime: 10:00 a.m. - 10:45 a.m. (Central)\n"
        "Format: Zoom\n\nRegards,\nLena Fischer\nDepartment Administrator")),
    # a campus visit's itinerary: the study coordinators are people the user meets, not a study the user is in
    ("a-campus-visit-itinerary-names-study-coordinators", "interview_confirmation", _m(
        "Paul Okafor <pokafor@northfield-university.example>", "Campus visit itinerary - Thursday, March 12",
        "Dear Alex,\n\nI'm happy to confirm your campus visit for Thursday, March 12. The itinerary is below.\n\n"
        "Thursday, March 12\n  9:00 am   Breakfast with the search chair\n 10:00 am   Trial study coordinators (Ana "
        "Lee, Tom Brandt) - Room 210\n 11:00 am   Presentation (30 min + Q&A)\n 12:30 pm   Lunch with the search "
        "committee\n\nWe look forward to seeing you.\n\nPaul Okafor\nDepartment Administrator")),
]

OTHER_MAIL = [
    # a friend's flat application: her background came back clear
    ("a-friends-flat-background-came-back", _m(
        "Jess <jess.marlow88@gmail.com>", "WE GOT IT",
        "omg the landlord called, the background came back clear and we got the apartment!! moving the 1st, can you "
        "help saturday?\n\njess")),
    # a clinic's recurring open hours
    ("a-clinics-recurring-open-hours", _m(
        "Eastside Family Clinic <info@eastsideclinic.example>", "Flu shots - no appointment needed",
        "Hi Alex,\n\nFlu shots are available with no appointment.\n\nWhen: Every Tuesday & Thursday, 9:00 AM - 2:00 "
        "PM\nWhere: 410 Main St\n\nEastside Family Clinic")),
    # a volunteer committee's call
    ("a-garden-committee-asks-for-a-call", _m(
        "Hal Brooks <hal.brooks@comcast.example>", "spring planting",
        "Alex, I serve on the planting committee for the community garden. Could you do a call Tuesday at 11 AM about "
        "the spring plots?\n\nHal")),
    # a real study's coordinator
    ("a-study-coordinator-recruits-participants", _m(
        "Sleep Health Study <sleepstudy@riverside-med.example>", "Participate in our sleep study",
        "Hello,\n\nOur study coordinator will call you to check whether you are eligible to participate. Participants "
        "receive a $50 gift card.\n\nRiverside Sleep Health Study")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
