"""Meetings with people at companies, and the mail of an offer's thread (session 10: fresh writer sets
BU, BV and BX read 0.830, 0.860 and 0.940 on arrival, BU with 11 look-alikes). Each case is one general
rule, in invented words."""

from __future__ import annotations

import pytest

from agent.classify import _other_business
from agent.evidence import INTERVIEW, candidacy
from agent.features import score
from agent.parse import parse
from agent.word_model import Reading
from tests.test_reading import m, read

KIT = "Kit Abernathy <kit@quernstone-print.example>"


def other(p_nr: float = 0.7) -> Reading:
    return Reading(probabilities={"not_relevant": p_nr, "interview_confirmation": 1 - p_nr}, words=40)


def meeting(p_conf: float = 0.7) -> Reading:
    return Reading(probabilities={"interview_confirmation": p_conf, "not_relevant": 1 - p_conf}, words=40)


# --- a meeting alone is no candidacy: what it is for decides -------------------------------------------------

@pytest.mark.parametrize("thread", [
    "today's call - 3pm?\ncould we make our call 3pm instead? i'm waiting on one more quote for your renewal.",
    "swing tag proofs\nproofs are ready. the stock prints darker than on screen, so i'd rather you saw them.",
    "packaging samples\nhere is the invitation for our call about the samples. our colleague from production will join.",
])
def test_a_meeting_whose_words_read_as_other_business_is_no_hiring_step(thread):
    assert _other_business(other(), thread)


@pytest.mark.parametrize("thread", [
    # a hiring word anywhere in the thread (the user's application quoted below counts)
    "re: ops lead\ncould we make our call 3pm instead?\n> i'm applying for the ops lead role",
    # a visit to the office is how small employers interview
    "thursday\nsee you thursday at 11 at our office, 3rd floor.",
    # a team that says it is hiring
    "quick chat?\nwe're hiring our first engineer - fancy our call on tuesday?",
])
def test_a_meeting_with_hiring_in_view_is_read_as_one(thread):
    assert not _other_business(other(), thread)


def test_the_model_reading_it_as_a_meeting_keeps_it():
    assert not _other_business(meeting(), "thursday\ncan we push our chat to 4?")


@pytest.mark.parametrize("words", ["show you round the kitchen", "share your screen", "prints darker than on screen",
                                   "all year round"])
def test_visits_and_screens_are_not_interview_rounds(words):
    assert INTERVIEW.search(words) is None


@pytest.mark.parametrize("words", ["the final round", "a phone screen", "a screening call", "round two", "the panel"])
def test_interview_rounds_and_screens_still_are(words):
    assert INTERVIEW.search(words) is not None


def test_our_call_alone_is_a_meeting_not_interview_words():
    raw = m(KIT, "Today's call", "Hi Alex,\n\nCan we make our call 3pm instead of 2?\n\nKit\n")
    email = parse(raw, me={"alex.morgan@example.net"})
    found = candidacy(email, email.subject.lower(), email.text.lower()).found
    assert "speaks of a call or meeting with the user" in found
    assert "uses interview words" not in found


def test_a_german_job_title_marker_names_a_role():
    raw = m("Ulla Kranz <ulla@feldspat-logistik.example>", "Kennenlernen - Data Engineer (m/w/d)",
            "Hallo Alex,\n\nhier die Einladung für Dienstag um 10 Uhr.\n\nUlla\n")
    email = parse(raw, me={"alex.morgan@example.net"})
    found = candidacy(email, email.subject.lower(), email.text.lower()).found
    assert "names the user's application, role or position" in found


# --- the mail of an offer's thread ---------------------------------------------------------------------------

RECRUITER = "Ines Varga <ines.varga@corundum-analytics.example>"
KNOWN = {"corundum-analytics.example"}

OFFER_THREAD = [
    # answers about the offer made are no interview, whatever times and calls they mention
    ("equity-answers-and-a-call", "company_reply", m(
        RECRUITER, "Re: Your offer - Data Operations Lead",
        "Hi Alex,\n\nSure. Options vest over four years with a one-year cliff. There is no bonus scheme; salaries are "
        "reviewed every January.\n\nIf it helps I can get you 20 minutes with our CFO on Thursday at 3pm to go through "
        "the equity.\n\nInes\n")),
    ("deadline-pushed", "company_reply", m(
        RECRUITER, "Re: Offer - Data Operations Lead",
        "Hi Alex,\n\nOf course - take the time you need given the move. I can push the deadline to Tuesday.\n\nInes\n")),
    ("visa-answered", "company_reply", m(
        RECRUITER, "Re: Letter of offer - Data Operations Lead",
        "Hi Alex,\n\nYes, we sponsor. We'd lodge the visa application once you've signed, and cover the fees. Typical "
        "turnaround is 4-8 weeks.\n\nInes\nTalent Partner, Corundum Analytics\n")),
    # the letter still to come: where things stand
    ("letter-being-drafted", "company_reply", m(
        RECRUITER, "Your offer letter - next steps",
        "Hi Alex,\n\nThanks for the call this morning! Our people team is drafting your offer letter now; it should "
        "land on Monday.\n\nInes\n")),
    ("letter-to-follow", "company_reply", m(
        RECRUITER, "Data Operations Lead - offer letter to follow",
        "Dear Alex,\n\nFurther to yesterday's call, your formal offer letter is now being prepared by HR. You do not "
        "need to do anything until it arrives.\n\nInes\n")),
    ("checks-cleared", "company_reply", m(
        RECRUITER, "Background check complete",
        "Hi Alex,\n\nGood news - your background check came back clear, so your offer is no longer contingent. Please "
        "bring two forms of ID on your first day.\n\nInes\n")),
    ("signed-contract-welcome", "company_reply", m(
        RECRUITER, "Welcome aboard - contract received",
        "Hi Alex,\n\nYour signed contract has come through, so it's official. Your first day is Monday 6 April; ask for "
        "me at reception at 8:30.\n\nInes\n")),
    # the offer made again with new terms is an offer
    ("revised-base", "offer", m(
        RECRUITER, "Re: Offer - Data Operations Lead",
        "Hi Alex,\n\nGood news - finance have signed off on €61,500, and everything else in the original letter stays "
        "the same. The updated letter is attached.\n\nInes\n")),
    ("sign-on-added", "offer", m(
        RECRUITER, "Re: Offer - Data Operations Lead",
        "Hi Alex,\n\nWe can't move base any further, but we've added a $6,000 sign-on bonus. Let me know.\n\nInes\n")),
    # the offer someone else got, or nearly got, is a no
    ("offer-to-another-candidate", "rejection", m(
        "Corundum Analytics <no-reply@corundum-analytics.example>", "Data Operations Lead at Corundum Analytics",
        "Hi Alex,\n\nThank you for the conversations about the Data Operations Lead role. We have now chosen to make "
        "an offer to a candidate with more experience of the Nordic market, and will not be taking your application "
        "further.\n\nThe People Team\n")),
]


@pytest.mark.parametrize("name,kind,raw", OFFER_THREAD, ids=[r[0] for r in OFFER_THREAD])
def test_what_an_offer_thread_says(name, kind, raw):
    assert read(raw, known_domains=KNOWN).kind == kind


def test_close_to_an_offer_is_no_offer():
    scores, _ = score("re: thank you", "we were very close to making you an offer. in the end we went with someone "
                                       "who has run a practice before.")
    assert "offer" not in scores


def test_a_subject_offer_over_a_text_that_never_mentions_one_stands():
    scores, _ = score("offer of employment - data operations lead",
                      "dear alex, we are delighted. your contract is attached for signature.")
    assert scores.get("offer", 0) >= 4


@pytest.mark.parametrize("subject", ["re: your offer on 12 elm street", "re: flat 3, 27 elm street - offer"])
def test_a_home_offer_thread_is_not_a_job_offer_thread(subject):
    _, reasons = score(subject, "the landlord has accepted your offer. use the new role for referencing.")
    assert "answers in the thread of an offer made" not in reasons.get("company_reply", [])


def test_salary_flex_asked_by_an_agency_is_a_reply_not_an_invitation():
    raw = m("Rhys Calder <rhys@calderbrook-recruitment.example>", "RE: Tamarind Group - Ops Manager - interview?",
            "Alex,\n\nGood feedback from Thursday. One sticking point: their budget is capped at £58k and you said 62. "
            "Is there any flex there? If so you're in a strong position for the second stage.\n\nRhys\n")
    assert read(raw).kind == "company_reply"


def test_a_reply_that_takes_up_a_time_after_an_em_dash_confirms_it():
    raw = m("Fen Ashdown <fen@larchpress.example>", "Re: Studio Manager",
            "Great — Thursday 14th, 11am. We're above the bakery, buzz 2.\n\nFen\n", in_reply_to="<u@example.net>")
    assert read(raw, known_domains={"larchpress.example"}).kind == "interview_confirmation"


# --- status from portals and schedulers, and other applications (session 10: CA 0.780, CB 0.920 on arrival) -----

PORTALS = [
    ("incomplete-tests-rule", "assessment", m(
        "Corundum Analytics Recruitment <donotreply@shl.com>", "Corundum Analytics - Online Assessment Invitation",
        "Dear Alex,\n\nThank you for applying for the Data Analyst position. We would now like to invite you to complete "
        "two online assessments by Tuesday 17 February. Applications with incomplete assessments after this date cannot "
        "be progressed.\n\nhttps://candidate.shl.com/invite/abc\n")),
    ("live-video-not-recorded", "interview_invitation", m(
        "Corundum Analytics <noreply@hirevue.com>", "Corundum Analytics: Please schedule your live interview",
        "Hi Alex,\n\nCorundum Analytics would like to schedule a live video interview with you for the Data Analyst "
        "position. This is a live conversation with the hiring manager. It is not a recorded interview.\n\nPlease "
        "choose from the available times: https://app.hirevue.com/schedule/corundum/9f1\n")),
    ("reply-reschedule-footer", "interview_confirmation", m(
        "Olivia at Corundum Analytics <corundum@paradox.ai>", "Reminder: your Corundum Analytics interview starts in 1 hour",
        "Hi Alex, this is Olivia. Just a quick reminder: your phone interview for Data Analyst starts in 1 hour.\n\nWhen: "
        "Monday, January 12, 2026 at 3:00 PM EST\n\nNeed to make a change? Reply RESCHEDULE and I'll help you pick a new "
        "time.\n")),
]


@pytest.mark.parametrize("name,kind,raw", PORTALS, ids=[r[0] for r in PORTALS])
def test_portals_and_schedulers(name, kind, raw):
    assert read(raw).kind == kind


@pytest.mark.parametrize("name,raw", [
    ("passport", m("Passport Service <noreply@passports.example>", "Your passport application is in review",
                   "Dear Alex Morgan,\n\nYour passport application is in review. We have received your documents; "
                   "current processing time for renewals is 15 working days.\n")),
    ("rental", m("RentEasy <hello@renteasy.example>", "Application received - 14 Ocean Street",
                 "Hi Alex,\n\nYour application has been received!\n\nMove-in date requested: 1 June\n\nThe property "
                 "manager will review your application along with any others received.\n")),
], ids=["passport", "rental"])
def test_other_applications_start_nothing(name, raw):
    assert read(raw).kind == "not_relevant"


def test_an_employers_trade_is_no_tenancy():
    raw = m("Hannah Leck <h.leck@southmoor-housing.example>", "Tenancy Sustainment Officer - change to grade",
            "Dear Alex,\n\nThank you for your application for Tenancy Sustainment Officer. The post has been re-graded; "
            "are you still interested?\n\nHannah Leck, Recruitment\nSouthmoor Housing is a registered social landlord.\n")
    assert read(raw).kind != "not_relevant"


def test_a_subject_ending_in_a_post_names_the_role():
    from agent.vocab import subject_names_role
    assert subject_names_role("re: alex morgan / oliver stanmore - head of insights")


# --- interviews called off, and times fixed, in more words (session 10: CD 0.830 with rejection recall 0.47, CE 0.870) --

CALLED_OFF = [
    # the interview is off because someone else has the job: the no is the news
    ("internal-appointment", "rejection", m(
        RECRUITER, "Programme Manager - Thursday",
        "Hi Alex,\n\nI'm sorry to be writing this one. We've decided to appoint an internal candidate to the Programme "
        "Manager role, so I've cancelled Thursday's interview.\n\nThank you for being so easy to deal with.\n\nInes\n")),
    ("gone-with-someone-else", "rejection", m(
        RECRUITER, "Re: Data Analyst",
        "Hi Alex, we've gone with someone else for the Data Analyst role so I'll cancel tomorrow's chat. Appreciate "
        "your time.\n\nInes\n", in_reply_to="<u@example.net>")),
    ("offered-to-the-other-candidate", "rejection", m(
        "Tom Ashdown <tom@fellgate-recruitment.example>", "Cadwell - Tuesday",
        "Alex,\n\nBad news I'm afraid - Cadwell have offered the Trading Analyst job to the other candidate, so Tuesday's "
        "interview is off.\n\nTom\n")),
    # a role frozen calls the interview off; the candidacy is not said to be over
    ("role-frozen", "cancellation", m(
        RECRUITER, "Data Operations Lead - Thursday's interview",
        "Hi Alex,\n\nI'm sorry to let you know the Data Operations Lead role has been frozen while budgets are reviewed, "
        "so we need to cancel Thursday's interview. I'll be in touch if it reopens.\n\nInes\n")),
    # French "reporter l'entretien" postpones it; no reporter is involved
    ("reporter-l-entretien", "reschedule", m(
        "Camille Roux <c.roux@pic-du-midi-assurances.example>", "Report de votre entretien - Chargé d'études (H/F)",
        "Bonjour Alex,\n\nNotre directeur sera retenu à Paris vendredi. Nous sommes donc contraints de reporter "
        "l'entretien au mardi 3 mars 2026 à 14h30.\n\nCordialement,\nCamille Roux\n")),
]


@pytest.mark.parametrize("name,kind,raw", CALLED_OFF, ids=[r[0] for r in CALLED_OFF])
def test_what_calling_an_interview_off_says(name, kind, raw):
    assert read(raw, known_domains=KNOWN | {"fellgate-recruitment.example", "pic-du-midi-assurances.example"}).kind == kind


@pytest.mark.parametrize("name,raw", [
    ("boiler-service", m("Fenwick Heating <office@fenwickheating.example>", "Boiler service Tues 24th - cancelled",
                         "Morning Alex,\n\nSorry, your engineer for tomorrow's boiler service has called in sick. We'll "
                         "have to cancel for now and I'll ring you once the diary is sorted.\n")),
    ("reference-call-for-someone-else", m(
        "Kirsty Dale <kirsty@marlpit-insurance.example>", "Reference call for Priya Shah - no longer needed",
        "Hi Alex,\n\nI'd booked us in for a quick call tomorrow at 10:00 to give a reference for Priya Shah, but we now "
        "have enough, so I'm cancelling it.\n\nKirsty\n")),
], ids=["boiler-service", "reference-call-for-someone-else"])
def test_other_peoples_times_called_off_start_nothing(name, raw):
    assert read(raw).kind == "not_relevant"


@pytest.mark.parametrize("name,body", [
    ("de", "Hallo Alex,\n\nTermin bestätigt: Dienstag, 3. März 2026, 10:00 Uhr, bei uns im Büro.\n\nLena\n"),
    ("nl", "Hoi Alex,\n\nJe afspraak is bevestigd: woensdag 28 januari om 13:00 uur op ons kantoor.\n\nSanne\n"),
    ("pt", "Oi Alex,\n\nConfirmado! Sua conversa com o Rafael fica para quinta-feira, 26/02, às 15h.\n\nFernanda\n"),
    ("fine-for-us", "Hi Alex,\n\nMonday 9 March 11:00 is fine for us, I have send you the invite just now.\n\nBram\n"),
    ("calendar-hold", "done - calendar hold on its way for thu the 14th, 12-1 ET.\n\nr\n"),
])
def test_times_fixed_in_more_words(name, body):
    raw = m(RECRUITER, "Re: Data Operations Lead - next step", body, in_reply_to="<u@example.net>")
    assert read(raw, known_domains=KNOWN).kind == "interview_confirmation"


def test_an_intro_call_on_a_scheduler_is_read_as_hiring_whatever_the_model_reads():
    # Calendly event types name an employer's first call so; a vendor's is a demo, a discovery call, a consultation
    assert not _other_business(other(0.63), "confirmed: brightwater analytics intro call with priya nair\nyour "
                                            "brightwater analytics intro call with priya nair is scheduled.")
