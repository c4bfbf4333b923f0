"""Plain words, relays and the user's own approach (session 8: fresh writer sets BB, BD, BE, BF and
BH on arrival read 0.640, 0.870, 0.860, 0.850 and 0.910). Each case is one general rule, in
invented words: a reply read by the approach the user made, a job board passing on one person's
message, a board's update card above the employer's words, and job words that other rules took for
something else."""

from __future__ import annotations

import pytest

from tests.test_reading import LIST, m, read
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
        "be able to call out to us some day for a chat? Saturday is mad busy but you'd see the place at its worst!\n\nOrla\n", USER,
        "Hi there,\n\nIs the weekend sales assistant job on your noticeboard still going? I've worked in a "
        "nursery for two summers.")),
    ("considered-for-the-role", "company_reply", reply(
        "Wren Abbott <wren@tallystudio.example>", "Re: hello",
        "Hi Alex, thanks so much - we're swamped with a launch this fortnight, I'll come back to you properly "
        "after the 20th.\n\nWren\n", USER,
        "Hi Wren,\n\nI'd love to be considered for the junior designer role you mentioned in your stories.")),
]


@pytest.mark.parametrize("name,kind,raw", APPROACHES, ids=[r[0] for r in APPROACHES])
def test_a_reply_to_the_users_own_approach_about_a_job(name, kind, raw):
    assert read(raw).kind == kind


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


@pytest.mark.parametrize("name,kind,raw", RELAYS, ids=[r[0] for r in RELAYS])
def test_a_job_boards_relay_of_one_persons_message_is_read_as_theirs(name, kind, raw):
    assert read(raw).kind == kind


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


@pytest.mark.parametrize("name,kind,raw", NOT_OTHER_BUSINESS, ids=[r[0] for r in NOT_OTHER_BUSINESS])
def test_job_words_are_not_taken_for_other_applications(name, kind, raw):
    assert read(raw).kind == kind


def test_a_tenancy_itself_is_still_no_job_mail():
    raw = m("Lettings <lettings@brickhousehomes.example>", "Your tenancy renewal",
            "Hi Alex, your tenancy is up for renewal on 1 July. Please confirm whether you'd like to renew and we'll "
            "send the new agreement for signing.\n")
    assert read(raw).kind == "not_relevant"
