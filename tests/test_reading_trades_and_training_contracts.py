"""Session 29: general rules from fresh writer sets (an electrician's search in New Zealand, a data analyst's in
Singapore and Kuala Lumpur, a law graduate's training contracts, a sales rep's move up at startups) and from the
dev-split's misses, each in invented words, with the look-alikes that share its words."""

from __future__ import annotations

import pytest

from agent.classify import score
from agent.evidence import from_agency
from agent.parse import parse
from agent.shorthand import expand
from agent.vocab import subject_names_role
from tests.test_reading_small_employers_and_closed_processes import _assert_read_as, _ids, _m, _read

CASES = [
    # an agency's confirmation under a subject that names the post with its terms
    ("confirmed-under-a-subject-naming-a-contract-post", "interview_confirmation", _m(
        "Dan Whitby <dan.whitby@tallisresourcing.example>", "RE: Corvane - Payroll Analyst contract",
        "Alex,\n\nSorted - you're confirmed with Corvane for Friday 6th Feb at 10:00, Teams (Claire will send the "
        "link). 30-40 mins.\n\nDan\n")),
    # a recruiter's own trade described in a decline is not the user interviewing someone
    ("a-decline-describing-work-on-scorecards", "rejection", _m(
        "Jess Amber <jess.amber@quillcrane.example>", "Your application to Quill & Crane",
        "Hi Alex,\n\nThanks so much for your interest in the Talent Partner role.\n\nYour agency background is strong, "
        "but we've decided to go with people who've already run hiring inside a product company (working with hiring "
        "managers on scorecards, that sort of thing). So we won't be moving forward with your application this time."
        "\n\nJess\n")),
    # a publican's no from a personal account, signed with the pub
    ("the-jobs-gone-signed-with-the-pub", "rejection", _m(
        "Colm Hurst <colmhurst@hotmail.com>", "tomorrow",
        "Alex,\n\nSorry to be doing this the night before. I'm going to call off tomorrow - my sister-in-law has said "
        "she'll take on the kitchen full time, so the job's gone I'm afraid.\n\nBest of luck with it.\n\nColm\n"
        "Kilbrack Arms\n")),
    # an agency's assignment texted from an SMS gateway, in text-speak
    ("an-agency-texts-an-assignment-with-its-terms", "offer", _m(
        "Kiwa TXT <sms-reply+64270001111@txt.kiwalabour.example>", "SMS from 0270001111",
        "Alex got a 3wk job for u if u want it. Warehouse fit-out East Tamaki, $31/hr, start Mon 6am. Reply YES and "
        "I'll confirm with client\n")),
    # onboarding after the user has started is a reply about the job, not a new offer
    ("welcome-aboard-after-the-first-day", "company_reply", _m(
        "Tania Reid <office@kereruelectrical.example>", "Welcome to Kereru - paperwork",
        "Hi Alex,\n\nWelcome aboard! Daz said you started yesterday, hope the first day wasn't too full on.\n\nCan you "
        "please send me your IRD number, bank account and the signed individual employment agreement by Friday so I "
        "can get you into payroll?\n\nThanks,\nTania\n")),
    # a tradesman's no to a CV
    ("nothing-going-here-till-march", "rejection", _m(
        "Gav Rudd <gav@ruddsparks.example>", "Re: Qualified electrician - CV",
        "Cheers for the CV mate, nothing going here till at least March sorry. Good luck\n\nGav\n")),
    # a farmer-contractor's yarn, asked for in New Zealand's words
    ("come-down-for-a-yarn", "interview_invitation", _m(
        "Bruce Hooper <bruce.hooperrural@gmail.com>", "hooper rural",
        "hi alex bruce here from hooper rural got ur cv off leanne. be good to have a yarn and show u round the shed "
        "work we do. when can u get down to morrinsville? weekends fine\n\nbruce\n")),
    # a sales hire's recruiter: the account executive role applied for is no sales meeting
    ("a-recruiter-for-an-account-executive-role", "interview_invitation", _m(
        "Priya Natesan <priya.natesan@prairiegrassdata.example>", "Prairiegrass - AE, SMB - next steps",
        "Hi Alex,\n\nThanks for applying to our Account Executive, SMB role. I'd love to set up a 30 minute phone "
        "screen. Could you send over a few windows that work for you next Tuesday through Thursday?\n\nPriya\n"
        "Senior Recruiter, Prairiegrass Data\n")),
    # ... and its offer, with a commission accelerator that is no startup accelerator
    ("an-offer-with-a-commission-accelerator", "offer", _m(
        "Jordan Pike <jordan@brightspool.example>", "carry a bag for us?",
        "alex - dana and i talked after your role play and it's not close. we'd love to have you join us as an AE - "
        "$75k base, $150k OTE, uncapped, 1.5x accelerator past 100% of quota. start mid sept if you can swing it. "
        "i'll have people ops send the paperwork once you say yes\n\njp\n")),
    # ... and its final round, a role play of a discovery call
    ("a-final-round-with-a-role-played-discovery-call", "interview_confirmation", _m(
        "Jess Navarro <jess.navarro@plinthlane.example>", "Plinthlane Final Round - Wed Dec 3",
        "Hi Alex,\n\nHere's your final round:\n\nWednesday, December 3, 2025 - 9:30am to 12:00pm MST\nPlinthlane HQ, "
        "Denver\n\n9:30  30-60-90 presentation\n10:15 Role play: discovery call with Olu as the prospect\n11:00 "
        "Culture conversation with two AEs\n\nJess\n")),
    # an agency asks when would be a good time
    ("when-would-be-a-good-time-for-a-call", "interview_invitation", _m(
        "Marcus Oyel <marcus.o@summitpeakhire.example>", "Enterprise AE - Denver - worth a chat?",
        "Hi Alex,\n\nThanks for applying through our site for the Enterprise Account Executive search we're running. "
        "When would be a good time for a 20-30 min call? I'm fairly open Wed-Fri.\n\nMarcus\n")),
    # an agency's registration call, with its questions: no webinar
    ("an-agencys-questions-after-registering", "company_reply", _m(
        "Ellie Hart <ellie.hart@quillbridgelegal.example>", "Great to speak earlier! + couple of quick qs",
        "Hi Alex,\n\nLovely to chat this morning - thanks for registering with us! Just so I can get you in front of "
        "the right firms, could you let me know your salary expectations and your notice period?\n\nEllie\n"
        "Senior Consultant, Quillbridge Legal Recruitment\n")),
]


@pytest.mark.parametrize("name, kind, raw", CASES, ids=_ids(CASES))
def test_reads_the_kind(name: str, kind: str, raw: bytes) -> None:
    _assert_read_as(raw, kind)


LOOK_ALIKES = [
    # a friend on a personal account with the same news about their own job, signed with no business
    ("a-friends-job-gone-unsigned", _m(
        "Colm Hurst <colmhurst@hotmail.com>", "tomorrow",
        "Alex,\n\nBad news, they've outsourced the whole team, so the job's gone I'm afraid. Pints on Friday to drown "
        "it?\n\nColm\n")),
    # a supplier's contract under an account manager's name
    ("a-suppliers-contract-renewal", _m(
        "Dan Whitby <dan.whitby@corvanesupplies.example>", "RE: Account manager contract renewal",
        "Alex,\n\nAttached is the renewal for the office supplies contract from 1 March. Sign and return when you "
        "can.\n\nDan\n")),
]


@pytest.mark.parametrize("name, raw", LOOK_ALIKES, ids=_ids(LOOK_ALIKES))
def test_look_alikes_stay_other_mail(name: str, raw: bytes) -> None:
    assert _read(raw).kind == "not_relevant", _read(raw).reasons


@pytest.mark.parametrize("subject, named", [
    ("re: corvane - payroll analyst contract", True), ("re: reporting analyst temp", True),
    ("re: account manager contract renewal", False), ("re: supplier contract", False),
])
def test_a_reply_titled_with_a_post_and_its_terms_names_a_role(subject: str, named: bool) -> None:
    """An agency's thread is titled with the post and how it is held ("Payroll Analyst contract"); a contract's
    renewal under a title is a supplier's."""
    assert subject_names_role(subject) is named


@pytest.mark.parametrize("typed, read", [
    ("got ur cv thx, before i can put u fwd need a pic of ur ticket", "got your cv thanks, before i can put you forward need"
     " a pic of your ticket"),
    ("tmrw 7am walkthrough is off, still got u down for it", "tomorrow 7am walkthrough is off, still got you down for it"),
    ("r u free tues? ur booked in for 3pm b4 the others", "are you free tues? you're booked in for 3pm before the others"),
    ("a 3wk job for u if u want it", "a 3 week job for you if you want it"),
    ("went w/ a local, call w/o him", "went with a local, call without him"),
    # "u" is a word in Dutch and Afrikaans, and a preposition in Polish; addresses and the U.S. stay as written
    ("wij nodigen u uit. als u wilt, kunt u in ons kantoor langskomen", "wij nodigen u uit. als u wilt, kunt u in ons "
     "kantoor langskomen"),
    ("dankie vir u aansoek", "dankie vir u aansoek"), ("praca u nas w biurze", "praca u nas w biurze"),
    ("the u.s. office, see https://x.example/w/abc and hr@pls.example", "the u.s. office, see https://x.example/w/abc and "
     "hr@pls.example"),
])
def test_text_speak_is_read_as_the_words_it_stands_for(typed: str, read: str) -> None:
    assert expand(typed) == read


def test_a_search_firm_is_an_agency_and_a_research_firm_is_not() -> None:
    assert from_agency(parse(_m("Trent Gaither <trent@longhornsearch.example>", "Stackwell fri", "x\n")))
    assert not from_agency(parse(_m("Ana Ruiz <ana@bluefinresearch.example>", "survey", "x\n")))


def test_a_recorded_pitch_to_send_is_asked_as_a_test() -> None:
    scores, reasons = score("homework", "before we set up the role play can you send me a 2 min loom pitching mesa to a "
                                        "cfo? by weds if you can")
    assert "asks for an assessment or take-home" in reasons["assessment"]
