"""Plain words, relays and the user's own approach (session 8: fresh writer sets BB, BD, BE, BF and
BH on arrival read 0.640, 0.870, 0.860, 0.850 and 0.910). Each case is one general rule, in
invented words: a reply read by the approach the user made, a job board passing on one person's
message, a board's update card above the employer's words, and job words that other rules took for
something else."""

from __future__ import annotations

import pytest

from agent.demo.builder import mail
from agent.features import score
from tests.test_reading import LIST, SENT, m, read
from tests.test_reading_threads import USER, reply

APPROACHES = [
    # the user asked after the job in plain words; the reply never names it
    ("after-the-job-on-your-website", "interview_invitation", reply(
        "Tam Ruru <tam@harbourkayaks.example>", "Re: Summer work",
        "Hey Alex, cheers for the message. Come down to the boatshed one morning and we'll take you out on the "
        "water, best way to see if you'd suit it. What days are you free next week?\n\nTam\n", USER,
        "Hi Tam,\n\nI'm after the seasonal guide job on your website. I've guided on the coast for two summers.")),
    ("is-the-job-still-going", "interview_invitation", reply(
        "Orla Fenn <orla.fenn.garden@gmail.com>", "Re: Weekend help",
        "Hi Alex,\n\nThanks for your email, yes we're still looking for someone for the weekends. Would you "
        "be able to call out to us some day for a chat? Saturday is mad busy but you'd see the place at its "
        "worst!\n\nOrla\n", USER,
        "Hi there,\n\nIs the weekend sales assistant job on your noticeboard still going? I've worked in a "
        "nursery for two summers.")),
    ("considered-for-the-role", "company_reply", reply(
        "Wren Abbott <wren@tallystudio.example>", "Re: hello",
        "Hi Alex, thanks so much - we're swamped with a launch this fortnight, I'll come back to you properly "
        "after the 20th.\n\nWren\n", USER,
        "Hi Wren,\n\nI'd love to be considered for the junior designer role you mentioned in your stories.")),
]


def test_the_same_reply_to_a_friends_note_is_no_job_mail():
    raw = reply("Orla Fenn <orla.fenn.garden@gmail.com>", "Re: Weekend",
                "Hi Alex,\n\nyes still on! Would you be able to call out to us some day for a chat?\n\nOrla\n",
                USER, "Hi Orla, are you around this weekend? Haven't seen you in ages.")
    assert read(raw).kind == "not_relevant"


RELAYS = [
    ("linkedin-message-locks-in-a-time", "interview_confirmation", m(
        "Cole Brannock via LinkedIn <messages-noreply@linkedin.com>", "Cole just messaged you",
        "Cole Brannock\n\nPerfect - Tuesday 4/21 at 11:00 AM Eastern is locked in with Ines. Our coordinator will "
        "send the Teams invite to your email today.\n\nReply: https://www.linkedin.com/comm/messaging/thread/2-x\n",
        headers=LIST)),
    ("indeed-message-status", "company_reply", m(
        "Penrose Freight via Indeed <indeedapply@indeed.com>", "New message from Penrose Freight",
        "Hi Alex, thanks for speaking with us on Monday. The team is still talking to a couple of people and we "
        "hope to update you by the end of next week.\n", headers=LIST)),
]


def test_cold_inmail_through_the_same_relay_stays_outreach():
    raw = m("Dana Whitlow via LinkedIn <messages-noreply@linkedin.com>", "Dana just messaged you",
            "Dana Whitlow\n\nHi Alex, I came across your profile and I'm working on an exciting Head of Data role with "
            "a Series B client. Are you open to new opportunities? Would love to set up a quick call.\n", headers=LIST)
    assert read(raw).kind == "not_relevant"


def test_a_boards_update_card_does_not_hide_the_employers_words_below_it():
    raw = m("LinkedIn <jobs-noreply@linkedin.com>", "Your application to Data Analyst at Marrow Bank",
            "Your update from Marrow Bank\n\nData Analyst\nMarrow Bank\nChicago, IL\nApplied on January 8, 2026\n"
            "View job: https://www.linkedin.com/comm/jobs/view/1/?trackingId=abcdefghijklmnopqrstuvwxyz0123456789\n\n"
            + "-" * 40 + "\n\nThank you for your interest in the Data Analyst position at Marrow Bank. Unfortunately, we "
            "will not be moving forward with your application, but we appreciate your time.\n\nRegards,\nMarrow Bank\n\n"
            + "-" * 40 + "\nYou are receiving LinkedIn notification emails.\n", headers=LIST)
    assert read(raw).kind == "rejection"


NOT_OTHER_BUSINESS = [
    # job words that a rule about other applications (a tenancy, a club's AGM, a grant round) took for its own
    ("the-agm-spot", "rejection", m(
        "Renata Vos <renata@copperpotkitchens.example>", "Re: AGM - Harbour St",
        "Alex - thanks for Saturday, the floor team liked you a lot. Honestly it was close, but we've given the AGM "
        "spot to someone who already knows our systems. I'm sorry.\n\nR\n", in_reply_to="<u@example.net>")),
    ("tenancy-coordinator-post", "company_reply", m(
        "Wendy Achebe <wendy@lowfieldcoop.example>", "RE: Tenancy Coordinator (part-time)",
        "Hi Alex,\n\nThanks for checking in. No news yet I'm afraid - we had over 40 people apply and the "
        "shortlisting panel are volunteers with day jobs. We hope to finish by the end of next week.\n\nWendy\n",
        in_reply_to="<u@example.net>")),
    ("hiring-waits-for-a-funding-round", "cancellation", m(
        "Priya Lam <priya.lam@northquaytalent.example>", "Second round on Thursday",
        "Hi Alex, bad timing I'm afraid: the client has put hiring on hold until their next funding round closes, "
        "so I've had to cancel Thursday's second interview. I'll be in touch as soon as it reopens.\n\nPriya\n")),
]


def test_a_tenancy_itself_is_still_no_job_mail():
    raw = m("Lettings <lettings@brickhousehomes.example>", "Your tenancy renewal",
            "Hi Alex, your tenancy is up for renewal on 1 July. Please confirm whether you'd like to renew and we'll "
            "send the new agreement for signing.\n")
    assert read(raw).kind == "not_relevant"


LOOKALIKES = [
    # a surgery or a dentist moves the user's appointment: "please call reception" is no visit to an office
    ("surgery-moves-an-appointment", m(
        "Reception <reception@oakleighsurgery.example>", "Your appointment",
        "Dear Alex Morgan,\n\nUnfortunately Dr Patel is no longer in clinic on Wednesday 29th April. We have moved your "
        "appointment to Thursday 30th April at 2.40pm with the same doctor.\n\nIf this does not suit, please call "
        "reception on 0161 496 0100.\n\nKind regards,\nOakleigh Surgery\n")),
    # the user sits on a panel; the candidate, in the third person, asked to move it
    ("candidate-asked-to-move", m(
        "Grace Lind <grace.lind@harbourfreight.example>", "Interview - Sam Whit - Analyst - Panel moved",
        "Candidate asked to move - new time is Tuesday 24 February at 10:00. Same kit as before.\n\nGrace\n")),
    ("beach-clean-sign-up", m(
        "Megan Hale <megan@coastcare.example>", "Re: Beach clean sign-up",
        "Hi Alex,\n\nThanks so much for signing up! Could you do the Sunday 8am shift at the lifeboat station? Gloves "
        "and bags are provided.\n\nMegan\nVolunteer Coordinator, Coast Care\n", in_reply_to="<u@example.net>")),
    ("a-vendors-demo-pitch", m(
        "Kayla Moss <kayla@hirebridge.io>", "Alex, losing candidates at the offer stage?",
        "Hi Alex,\n\nHiring managers lose their best candidates between final interview and offer. We cut time-to-offer "
        "in half. Want to see how? Book a 20-min demo with our team.\n\nKayla\n")),
    ("the-users-own-job-tracker", m(
        "Trackly <team@trackly.example>", "Application tracked: Stillwater Robotics",
        "Nice work, Alex! We tracked a new application for you: Stillwater Robotics - Data Analyst. We'll move it to "
        "Interviewing automatically if we spot an interview email.\n", headers=LIST)),
    ("an-agencys-consent-form", m(
        "Privacy <privacy@garnetstaffing.example>", "Shall we keep your details on file?",
        "Dear Alex,\n\nWe're reviewing the candidate records we hold. We'd like to keep your CV so our consultants can "
        "tell you about roles that may suit you.\n\nYes, keep my details: https://garnet.example/c\nPlease delete my "
        "details: https://garnet.example/e\n")),
]


@pytest.mark.parametrize("name,raw", LOOKALIKES, ids=[r[0] for r in LOOKALIKES])
def test_lookalikes_that_move_book_or_track(name, raw):
    assert read(raw).kind == "not_relevant"


def test_someone_elses_rejection_the_user_is_copied_on():
    raw = mail(frm="Harriet Lyle <harriet.lyle@tessellate.example>", to="Sofia Brennan <sofia.b@outlook.example>",
               headers={"Cc": "Alex Morgan <alex.morgan@example.net>"}, subject="Your application - Data Analyst", date=SENT,
               msgid="<x@tessellate.example>",
               body="Dear Sofia,\n\nThank you for interviewing for the Data Analyst position. After careful consideration, "
                    "we have decided not to progress your application further.\n\nWe wish you every success.\n\nHarriet\n")
    assert read(raw).kind == "not_relevant"
    to_the_user = raw.replace(b"Dear Sofia", b"Dear Alex").replace(
        b"To: Sofia Brennan <sofia.b@outlook.example>", b"To: Alex Morgan <alex.morgan@example.net>").replace(
        b"Cc: Alex Morgan <alex.morgan@example.net>", b"Cc: Sofia Brennan <sofia.b@outlook.example>")
    assert read(to_the_user).kind == "rejection"


OFFERS_AND_TASKS = [
    ("take-the-supervisor-spot", "offer", m(
        "Dee Harlow <dee@kneadwellbakes.example>", "Re: Sign in the window",
        "Hi Alex,\n\nReally good to meet you on Friday. We'd like you to take the supervisor spot if you still want it. "
        "32ish hours, £13.10 an hour to start. Could you start Monday 9th March? I'll get Ruth to do the paperwork.\n\n"
        "Dee\n", in_reply_to="<u@example.net>")),
    ("love-to-have-you", "offer", m(
        "Nico Bell <nico@tallowfinch.example>", "Re: quick q",
        "ok so - we'd love to have you.\n\nMira and I can do 100k base + 0.75% over 4 yrs. I'll send the actual letter "
        "tmrw.\n\nnico\n", in_reply_to="<u@example.net>")),
    ("time-taken-up", "interview_confirmation", reply(
        "Hemi Tane <hemi@tanejoinery.example>", "Re: Saw your notice",
        "Sweet as, 10am Friday. We're at 27 Barnett Street, come in through the roller door.\n\nHemi\n", USER,
        "Thanks Hemi! I'm getting in touch about the workshop administrator job. Friday morning works, would 10 "
        "suit?")),
]


RECRUITERS_ASK = [
    ("agency-lists-two-slots", "interview_invitation", m(
        "Danny Whitmore <danny.whitmore@garnetrecruitment.example>", "Norbury - interview",
        "Alex\n\nNorbury want to see you 👍\n\nTwo options from Graham (FD):\n- Thu 5th March 2pm\n- Fri 6th March 11am\n\n"
        "At their Leeds office. Let me know which and I'll lock it in.\n\nDanny\n")),
    # a board's notice that an employer viewed the application is the board's, not the employer's word
    # (session 9: BP, BS and BT label it not_relevant; BD and K, written earlier, an acknowledgement)
    ("board-says-the-employer-viewed-it", "not_relevant", m(
        "Indeed <no-reply@indeed.com>", "Lakemoor Parcel viewed your application",
        "An employer viewed your application\n\nLogistics Data Analyst\nLakemoor Parcel\nGary, IN\n"
        "Applied on Indeed - Feb 19\n", headers=LIST)),
]


IN_OTHER_LANGUAGES = [
    # the phrasebook's wording per language, in invented mail (agent/phrasebook.py)
    ("de-receipt", "application_ack", "Deine Bewerbung", "Hallo Alex,\n\ndeine Bewerbung als Projektleiter ist bei uns "
     "gut angekommen. Wir melden uns in den nächsten zwei Wochen.\n\nViele Grüße\nTeam Lindenhof\n"),
    ("pt-not-selected", "rejection", "Processo seletivo", "Olá Alex,\n\nAgradecemos o seu interesse. Infelizmente, a sua "
     "candidatura não foi selecionada para a próxima etapa do processo seletivo.\n\nAbraço,\nEquipe Ipê Digital\n"),
    ("sv-receipt", "application_ack", "Tack för din ansökan", "Hej Alex,\n\nVi har tagit emot din ansökan till tjänsten som "
     "projektledare och återkommer så snart vi kan.\n\nMed vänliga hälsningar\nRekrytering, Björkö Energi\n"),
    ("fr-invitation", "interview_invitation", "Votre candidature", "Bonjour Alex,\n\nSuite à votre candidature, nous "
     "souhaiterions vous rencontrer. Pourriez-vous nous indiquer vos disponibilités pour un entretien la semaine "
     "prochaine ?\n\nBien à vous,\nMaison Laval\n"),
    ("fr-cannot-offer-the-post", "rejection", "Votre candidature", "Bonjour Alex,\n\nNous vous remercions pour votre "
     "candidature. Après étude de votre dossier, nous ne sommes pas en mesure de vous proposer le poste de chef de "
     "projet.\n\nCordialement,\nMaison Laval\n"),
]


@pytest.mark.parametrize("name,kind,subject,body", IN_OTHER_LANGUAGES, ids=[r[0] for r in IN_OTHER_LANGUAGES])
def test_hiring_mail_in_other_languages(name, kind, subject, body):
    raw = m("Recrutement <jobs@lindenhof-ipe.example>", subject, body)
    assert read(raw).kind == kind


def test_a_bookings_own_need_to_cancel_is_no_cancellation():
    raw = m("Handshake <notifications@mail.joinhandshake.com>", "Interview confirmed: Fernhill Learning on Feb 18",
            "You're scheduled!\n\nLearning Analyst - First Round\nFernhill Learning\n\nWednesday, February 18, 2026\n"
            "1:00 PM - 1:45 PM CST\nVideo interview - Zoom\n\nNeed to cancel? You can cancel from the Interviews tab up "
            "to 24 hours before your slot.\n", headers=LIST)
    assert read(raw).kind == "interview_confirmation"


def test_a_rejections_footer_about_job_alerts_is_no_job_alert():
    raw = m("Careers <careers-banmutual@talent.icims.com>", "Claims Analyst - Application Status",
            "Dear Alex,\n\nThank you for applying for the Claims Analyst position with Banford Mutual. This requisition "
            "has been cancelled and your application will not be considered further for this opening.\n\nWe invite you "
            "to review other opportunities on our career portal, where you can also update your profile and job "
            "alerts.\n\nSincerely,\nBanford Mutual\n", headers=LIST)
    assert read(raw).kind == "rejection"


BETWEEN_THE_STEPS = [
    ("rearranged-for", "reschedule", m(
        "Recruitment <hr-recruitment@veldwick.ac.example>", "Interview for Research Data Coordinator - new date",
        "Dear Alex\n\nUnfortunately, due to the illness of a panel member, we are unable to hold your interview on "
        "Tuesday 31 March as planned. We have rearranged it for:\n\n    Thursday 2 April 2026 at 10.00am\n\n"
        "Please reply to confirm you are able to attend.\n\nRecruitment Team\n")),
    ("cv-will-not-open", "company_reply", m(
        "Aoife Breen <aoife.breen@ossmorelogistics.example>", "Warehouse Systems Analyst - CV",
        "Hi Alex,\n\nFor some reason the CV you uploaded won't open on our side - it says the file is damaged. Would "
        "you mind emailing it to me directly?\n\nAoife\nHR Coordinator\n")),
    ("options-offered", "interview_invitation", m(
        "Maeve Callan <mcallan@harbourlamp.example>", "RE: Program Operations Manager - Alex Morgan",
        "Hi Alex - sorry for the long silence. Would you be able to do a video call with me and Tom (board chair)? I "
        "could do Mon 3/2 10am, Tue 3/3 1pm or Wed 3/4 3:30, all Eastern.\n", in_reply_to="<u@example.net>")),
]


LOOKALIKE_APPLICATIONS = [
    ("mba-admissions-interview", "Brackwood Evening MBA - Admissions Interview",
     "Thank you for your application to the Evening MBA program. Your admissions interview will be conducted by "
     "Dr. Osei on Thursday Jan 29 at 6pm."),
    ("sleep-study-screening", "Next step: phone screening for the REST-2 sleep study",
     "Thank you for your interest in the REST-2 sleep study. The next step is a 15-minute phone screening with one "
     "of our study coordinators. Please reply with two or three times that work for you. Participation is voluntary."),
    ("supplier-shortlisted", "RFQ 0426 Freight Services - Shortlisted Supplier Presentation",
     "Following evaluation of written responses to RFQ 0426, your company has been shortlisted. We invite your team "
     "to a 60-minute presentation and Q&A with our evaluation panel."),
    ("parking-permit", "Your application is being processed - Residents' Parking Permit",
     "Thank you for your application for a Residents' Parking Permit (Zone C). We have received your application "
     "and it is now being processed."),
]


@pytest.mark.parametrize("name,subject,body", LOOKALIKE_APPLICATIONS, ids=[r[0] for r in LOOKALIKE_APPLICATIONS])
def test_applications_and_interviews_that_are_not_for_a_job(name, subject, body):
    raw = m("Office <office@brackwood-lakeshore.example>", subject, "Dear Alex,\n\n" + body + "\n\nKind regards\n")
    assert read(raw).kind == "not_relevant"


def test_a_clear_ask_for_options_stands_against_a_coin_toss_model():
    raw = m("Hattie Marsh <hattie.marsh@pellwyn.example>", "Re: Pellwyn - Applied Scientist interview",
            "Hi Sam,\n\nApologies for the radio silence; half the team was at a conference. Anselm would like to move "
            "you to the final round: three short conversations with the research team. Could you send a few options "
            "for the week of 6 April?\n\nKind regards,\nHattie\n", in_reply_to="<u@example.net>")
    assert read(raw).kind == "interview_invitation"


# Every case above read whole: (name, kind, raw) in the groups each rule's comment names.
READINGS = APPROACHES + RELAYS + NOT_OTHER_BUSINESS + OFFERS_AND_TASKS + RECRUITERS_ASK + BETWEEN_THE_STEPS


@pytest.mark.parametrize("name,kind,raw", READINGS, ids=[r[0] for r in READINGS])
def test_plain_words_are_read(name, kind, raw):
    assert read(raw).kind == kind


# Wordings checked as the feature they fire, where the word model, untrained on such mail when they
# were written, doubted the whole message: (text, the feature's reason, its kind).
FEATURE_WORDINGS = [
    ("Before we get too far - would you mind doing a quick mock-up for us? One-page menu for a tiny café.",
     "asks the user to try a small piece of work", "assessment"),
    ("before we get on a call, could you try something short? write up how you'd onboard our first ten customers.",
     "asks the user to try a small piece of work", "assessment"),
    ("could you send us a sample project plan? or mock one up for a 6 week website build.",
     "asks the user to try a small piece of work", "assessment"),
    ("could you send me a share code from the gov.uk \"prove your right to work\" service, plus your date of birth?",
     "asks for documents or details for the application", "company_reply"),
    ("kindly accomplish the attached candidate information form and send back to us with the documents listed.",
     "asks for documents or details for the application", "company_reply"),
    ("are you happy for us to submit you at £575/day?", "asks for documents or details for the application",
     "company_reply"),
    ("one quick q before anything else - would you be ok doing the odd weekend?",
     "asks for documents or details for the application", "company_reply"),
    ("we now expect to notify candidates of their sift result by friday 3 april.", "gives a status update",
     "company_reply"),
    ("got it thanks! i'll pass it along to farah, she's doing the hiring on this one.", "acknowledges what the user sent",
     "application_ack"),
]


@pytest.mark.parametrize("text,reason,kind", FEATURE_WORDINGS)
def test_plain_wordings_fire_their_feature(text, reason, kind):
    scores, reasons = score("re: project manager", text.lower())
    assert reason in reasons[kind]
