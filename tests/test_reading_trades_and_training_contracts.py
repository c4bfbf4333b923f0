"""Session 29: general rules from fresh writer sets (an electrician's search in New Zealand, a data analyst's in
Singapore and Kuala Lumpur, a law graduate's training contracts, a sales rep's move up at startups) and from the
dev-split's misses, each in invented words, with the look-alikes that share its words."""

from __future__ import annotations

import pytest

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
