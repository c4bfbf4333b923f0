"""Session 48, Irish English as grounds-maintenance employers write it: a nursery or a contractor's trial of the work after
the chat, a yard's practical before any interview, a county council's shortlisting with the stages still to come, a club's
honorary secretary hiring its greenkeeper or its groundsman, tested here in invented words, with the look-alikes that
share them (a club's AGM notice, a council's parking permit, a gym's trial, a volunteer rota)."""

from __future__ import annotations

from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

READ_AS = [
    # a contractor's trial after the meeting it thanks for: "thanks for calling out ... do a day with the lads"
    ("a-contractor-asks-for-a-day-after-the-chat", "assessment", _m(
        "Declan Roche <declan@rochelandscapes.example>", "Landscaper - Roche Landscapes",
        "Hi Alex,\n\nThanks for calling out to the yard on Tuesday, good to put a face to the CV. Next thing I'd want is "
        "for you to do a day with the lads on the Ballincollig job, Thursday from 8, and we'll pay you for it.\n\n"
        "Declan\n")),
    # ... a garden centre's trial shift after the interview
    ("a-garden-centre-asks-for-a-trial-shift-after-the-interview", "assessment", _m(
        "Orla Brennan <orla@brennansgardencentre.example>", "Your interview - Brennan's Garden Centre",
        "Dear Alex,\n\nThank you for the interview yesterday, we enjoyed meeting you. We would like you to come in for a "
        "paid trial shift in the plant area on Saturday 14th from 9 to 1 before we make a decision.\n\nKind regards,\n"
        "Orla Brennan\n")),
    # a tree surgeon's practical before any interview: "we get lads in for a practical"
    ("a-yard-has-everyone-in-for-a-practical", "assessment", _m(
        "Pat Kiely <pat@kielytrees.example>", "Climber/groundsman - practical",
        "Alex, got the CV thanks. Before we do interviews we have everyone in for a practical, so could you come to the "
        "depot Monday 8am? Bring your boots and cert. Half day, cash for your time.\n\nPat\n")),
    # a council's shortlisting, the stages ahead outlined and their details to come: news, not a test yet
    ("a-council-outlines-the-stages-to-come", "company_reply", _m(
        "Recruitment <recruitment@ballyroancoco.example>", "Competition for Caretaker - Shortlisting",
        "A Chara,\n\nI refer to your application for the above competition. I am pleased to inform you that you have been "
        "shortlisted. The next stage will consist of a written exercise and a competency-based interview. Details of the "
        "arrangements will be sent to you in due course.\n\nIs mise le meas,\nHuman Resources\n")),
    # a golf club's honorary secretary, its AGM in passing, inviting the user to meet about its greenkeeper's post
    ("a-golf-clubs-secretary-invites-the-greenkeeper", "interview_invitation", _m(
        "Seán Daly <secretary@ballyglassgc.example>", "Head Greenkeeper position - Ballyglass G.C.",
        "Dear Alex,\n\nThank you for applying for the position of Head Greenkeeper. Apologies for the delay, the AGM "
        "took up most of last week. The committee would like to meet you: would you be free one morning next week for "
        "a chat and a walk of the course? Let me know what suits.\n\nYours sincerely,\nSeán Daly\nHon. Secretary\n")),
    # a sports club calls off the groundsman's interview, its secretary signing
    ("a-sports-club-cancels-the-groundsmans-interview", "cancellation", _m(
        "Mary Walsh <secretary@rathdrumafc.example>", "Groundsman interview - Thursday",
        "Dear Alex,\n\nI regret to say that we have to cancel your interview for the position of groundsman on Thursday "
        "evening, as the committee has decided to hold off filling the post until the new season.\n\nYours sincerely,"
        "\nMary Walsh\nHon. Secretary\n")),
    # an estate's head gardener, the user's allotment mentioned among what she liked in the CV
    ("an-estates-gardener-asks-the-allotment-holder-down", "interview_invitation", _m(
        "Niamh Keane <niamh.keane@glenarmestate.example>", "Gardener role - Glenarm Estate",
        "Hi Alex,\n\nHR passed on your application and I liked the look of it, the veg growing and the bit about the "
        "allotment especially. Would you come down for a chat and a walk around the walled garden next week? Let me know "
        "what day suits.\n\nNiamh\n")),
    # a refusal that tells of the chosen candidate's volunteering
    ("a-refusal-names-the-chosen-ones-volunteering", "rejection", _m(
        "Ciarán Byrne <ciaran@kilcoolgardens.example>", "Gardener & guide - Kilcool Gardens",
        "Dear Alex,\n\nThank you for coming in on Monday. In the end we have offered the position to a candidate who has "
        "led tours here as a volunteer for two summers. I'm sorry to be writing with this news.\n\nCiarán\n")),
    # a university's booking with a visitor's parking permit given at reception
    ("a-universitys-booking-with-a-visitors-parking-permit", "interview_confirmation", _m(
        "HR Recruitment <recruitment@uni-west.example>", "Interview confirmed: Grounds Technician - 12 May 2026, 10:00",
        "Dear Alex,\n\nThank you for booking your interview slot.\n\nDate: Tuesday 12 May 2026\nTime: 10:00\nLocation: "
        "Estates Office, North Campus\nParking: a parking permit will be given to you at reception.\n\nHuman Resources\n")),
]

OTHER_MAIL = [
    # a golf club's AGM notice from its honorary secretary
    ("a-golf-clubs-agm-notice", _m(
        "Seán Daly <secretary@ballyglassgc.example>", "Notice of AGM",
        "Dear Member,\n\nThe AGM of Ballyglass Golf Club will be held in the clubhouse on Friday 20 March at 8pm. "
        "Nominations for the committee should reach me by the 13th, and membership subscriptions are now due.\n\n"
        "Seán Daly\nHon. Secretary\n")),
    # a council's residents' parking permit
    ("a-councils-parking-permit", _m(
        "Parking Services <parking@corkcoco.example>", "Your parking permit application",
        "Dear Alex Morgan,\n\nThank you for your residents' parking permit application (ref RP-20931). We will process it "
        "within 10 working days.\n\nParking Services\n")),
    # a volunteer's seat on a club's rota, titled as a post
    ("a-clubs-volunteer-groundsman-rota", _m(
        "Tom Nolan <tom.nolan@gmail.com>", "Volunteer groundsman role - Saturday rota",
        "Hi Alex,\n\nThanks for putting your hand up at the AGM. The committee would love you on the Saturday rota for "
        "lining the pitches. Let me know what weekends suit.\n\nTom\n")),
    # a gym's free trial day after its tour
    ("a-gyms-trial-day-after-the-tour", _m(
        "FitHub Douglas <hello@fithub.example>", "Great to meet you!",
        "Hi Alex,\n\nThanks for coming in for the tour on Monday! Your free trial day pass is ready: pop in any day this "
        "week and try a class on us.\n\nThe FitHub team\n")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
