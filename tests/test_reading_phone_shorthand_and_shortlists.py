"""Session 26: general rules from dev-split's five folds and four fresh writer sets (a pharmacist's search in the US
Midwest, a UX researcher's in London and Berlin, an English teacher's abroad, a travel nurse's through agencies), each
in invented words, with the look-alikes that share its words."""

from __future__ import annotations

import pytest

from agent.shorthand import expand as phone_shorthand
from tests.test_reading_small_employers_and_closed_processes import _assert_read_as, _ids, _m, _read

CASES = [
    # a small employer's own receipt, from a personal account, thanks the user for applying for a named post
    ("owner-on-gmail-thanks-for-applying-and-asks-for-a-chat", "interview_invitation", _m(
        "Tui Walker <tui.walker.bakehouse@gmail.com>", "Kia ora from the bakehouse",
        "Kia ora Alex,\n\nThanks heaps for applying for the head baker role - Mere and I were stoked to see it.\n\n"
        "Keen for a video chat so we can get to know you. Would Thursday or Friday next week work, sometime in the "
        "morning your time?\n\nTui\n")),
    # a board's notice of a shortlist for interview is the user's own candidacy
    ("a-board-says-you-are-shortlisted-for-interview", "interview_invitation", _m(
        "CareJobs Direct <no-reply@mail.carejobsdirect.example>", "Invitation to interview: Senior Podiatrist",
        "Dear Alex Morgan,\n\nInvitation to interview\nSenior Podiatrist (118-POD-22)\nHollinford Community Trust\n\n"
        "Congratulations, you have been shortlisted for interview for this job.\n\nYou need to choose an interview "
        "time. Please log in and pick one of the times offered.\n")),
    # a phone's "w/", and an agency's "closed the req"
    ("went-with-a-local-for-the-spot", "rejection", _m(
        "Tamsin Hale <tamsin@harbourlinenurse.example>", "ridgefield",
        "heads up ridgefield went w/ a local traveler for the ICU spot. next!\n")),
    ("the-client-closed-the-req", "rejection", _m(
        "Shonda Pike <spike@quarrylanemedical.example>", "Ridgefield Memorial ICU",
        "Hi Alex - quick one. Ridgefield closed the ICU req this afternoon (they filled it with core staff). So your "
        "submission there is done, nothing you did.\n\nShonda\n")),
]

LOOKALIKES = [
    # a landlord's "thanks for your application" names no post: a flat is not a job
    ("landlord-thanks-for-your-application", _m(
        "Gareth Lyle <gareth.lyle.lets@gmail.com>", "the flat on Rowan St",
        "Hi Alex, thanks for your application for the flat. I've gone with another applicant who can move in sooner, "
        "sorry. Best of luck with the search.\nGareth\n")),
    # an award's shortlist is not for interview
    ("shortlisted-for-an-award", _m(
        "Westport Media Awards <awards@westportmedia.example>", "You've been shortlisted!",
        "Dear Alex,\n\nCongratulations, you have been shortlisted for the Feature Writer of the Year award. The "
        "ceremony is on 12 June at the Harbour Hotel.\n\nThe Awards Team\n")),
    # a friend who went with a plumber for the job on the house
    ("friend-went-with-a-plumber", _m(
        "Nia Roberts <nia.roberts@gmail.com>", "bathroom",
        "we went w/ a plumber from the village for the bathroom job in the end, cheaper than the big firm. "
        "come round sat?\nN\n")),
]


@pytest.mark.parametrize("name, kind, raw", CASES, ids=_ids(CASES))
def test_session_26_rules(name: str, kind: str, raw: bytes) -> None:
    _assert_read_as(raw, kind)


@pytest.mark.parametrize("name, raw", LOOKALIKES, ids=_ids(LOOKALIKES))
def test_session_26_lookalikes_stay_other_mail(name: str, raw: bytes) -> None:
    assert _read(raw).kind == "not_relevant", _read(raw).reasons


def test_phone_shorthand_reads_with_and_without_but_leaves_addresses() -> None:
    assert phone_shorthand("went w/ a local, call w/o him") == "went with a local, call without him"
    assert phone_shorthand("see https://x.example/w/abc") == "see https://x.example/w/abc"
