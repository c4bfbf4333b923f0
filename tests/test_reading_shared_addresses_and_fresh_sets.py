"""Session 17: the configured name tells the user's mail from someone else's at the same address, and the rules
this session's fresh writer sets revealed, each one general rule in invented words."""

from __future__ import annotations

import pytest

from agent.classify import classify
from agent.demo.builder import mail
from agent.parse import parse
from tests.test_reading import NY, SENT

REMINDER = ("Hi {greet},\n\nJust a friendly reminder that your interview with Quillon Events is tomorrow.\n\nWhen: Thursday "
            "5 February 2026, 14:00 - 15:00 (GMT)\nWhere: Microsoft Teams\nWho: Joe Whitlock and Ruth Oyelaran\n\nGood "
            "luck - we're looking forward to meeting you!\n")


def _reminder(to_name: str, greet: str) -> bytes:
    return mail(frm="Quillon Events <no-reply@teamtailor-mail.com>", to=f"{to_name} <alex.morgan@example.net>",
                subject="Reminder: your interview with Quillon Events tomorrow", date=SENT, body=REMINDER.format(greet=greet),
                msgid="<q@teamtailor-mail.com>")


def _read(raw: bytes, names: tuple[str, ...] = ("Alex Morgan",)):
    return classify(parse(raw, me={"alex.morgan@example.net"}, names=names), tz=NY)


def test_mail_to_the_users_address_under_another_name_is_someone_elses():
    # a flatmate gave the user's address for her own application
    got = _read(_reminder("Niamh Byrne", "Niamh"))
    assert got.kind == "not_relevant"
    assert "is addressed to someone else at the user's address" in got.reasons


@pytest.mark.parametrize("to_name,greet", [
    ("Morgan Alex", "Alex"),            # surname first, as Polish and Hungarian systems write it
    ("Alexander Morgan", "Alexander"),  # the full first name of the configured "Alex"
    ("Alex Morgan-Reid", "Alex"),       # a double-barrelled surname
    ("A Morgan", "Mr Morgan"),          # an initial
])
def test_the_users_own_name_written_otherwise_is_the_user(to_name, greet):
    assert _read(_reminder(to_name, greet)).kind == "interview_confirmation"


def test_without_a_configured_name_nothing_is_ruled_out():
    assert _read(_reminder("Niamh Byrne", "Niamh"), names=()).kind == "interview_confirmation"


def test_another_name_that_still_greets_the_user_is_the_users():
    # a married name the ATS still carries, the greeting the user's own
    assert _read(_reminder("Alex Brennan", "Alex")).kind == "interview_confirmation"
    # the display name is someone else's (a shared family account), the text speaks to the user
    assert _read(_reminder("Priya Nair", "Alex")).kind == "interview_confirmation"
