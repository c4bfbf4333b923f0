"""Session 35: general rules from fresh writer sets, each tested here in invented words, with the look-alikes that
share them."""

from __future__ import annotations

import pytest

from tests.test_reading_small_employers_and_closed_processes import _assert_read_as, _ids, _m

READ_AS = [
    # a person at a company writes to the user alone about a meeting both readers see surely, in no job's words
    ("a-manager-away-moves-the-meeting", "reschedule", _m(
        "Maeve Tully <maeve@lisdarrow.example>", "Tuesday",
        "Hi Alex, Bit of a curveball I'm afraid - Declan has to be in Belfast on Tuesday for a customer thing that's only "
        "just landed. Would Thursday the 5th at the same time (2.30) work for you instead? Really sorry for the shuffle. "
        "I'll send an updated invite as soon as you confirm.\nMaeve\n")),
    ("a-reminder-of-tomorrow-at-the-office", "interview_confirmation", _m(
        "Rosa Delgado <rosa@tinplate-studio.example>", "tomorrow",
        "Hi Alex - just a reminder that we're on for tomorrow at 10. Come to the front desk at 220 W Lake St and they'll "
        "buzz you up to 4. You'll meet me, then Omar from finance, then a quick walk through the floor. Should wrap by "
        "11:30.\nRosa\n")),
    ("an-audit-moves-thursday-to-friday", "reschedule", _m(
        "Gerry Walsh <gerry@kilbrack.example>", "Thursday",
        "Morning Alex, really sorry but I've got to be in Cork Thursday for an audit. Can we do Friday instead, same "
        "time (2pm), same place? I've asked Niamh to move it in the diary. Shout if that's a problem.\nGerry\n")),
    ("a-cto-asks-for-30-minutes", "interview_invitation", _m(
        "Dan Oyelaran <dan@quillmetric.example>", "your write-up",
        "hey alex loved your write-up esp the churn cohort bit, can we grab 30 mins this week or next. what works\n"
        "dan\nCTO, Quillmetric\nsent from phone\n")),
]

# ... and the meetings they do not take for the user's: an appointment, a social plan
OTHER_MAIL = [
    ("a-salon-moves-an-appointment", _m(
        "Clodagh Byrne <clodagh@shearbliss.example>", "Thursday",
        "Hi Alex, so sorry but I have to move your appointment on Thursday, the little one is sick. Could you do "
        "Friday at 2.30 instead? Same thing, cut and colour. Let me know and I'll pencil you in.\nClodagh x\n")),
    ("a-rep-moves-a-lunch", _m(
        "Chad Mercer <chad.mercer@veltrapharma.example>", "Need to move our lunch to Thursday",
        "Hey Alex - a district meeting got dropped on me Wednesday, any chance we can move the lunch to Thursday 4/10 "
        "same time 12:30? Still bringing food. Let me know!\nChad\n")),
]


@pytest.mark.parametrize(("name", "kind", "raw"), READ_AS, ids=_ids(READ_AS))
def test_read_as(name: str, kind: str, raw: bytes) -> None:
    _assert_read_as(raw, kind)


@pytest.mark.parametrize(("name", "raw"), OTHER_MAIL, ids=_ids(OTHER_MAIL))
def test_other_mail(name: str, raw: bytes) -> None:
    _assert_read_as(raw, "not_relevant")
