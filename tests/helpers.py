"""Small builders for tests: Message digests for the pure core, and local mailboxes on disk."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from agent.config import Cadence
from agent.models import Message, Person, Signal
from agent.tracker import Rules

NY = ZoneInfo("America/New_York")
UTC = ZoneInfo("UTC")
ME = Person(address="jordan@example.com", name="Jordan Lee")
RECRUITER = Person(address="dana@acme.example", name="Dana Whitlock")

_counter = iter(range(1, 1_000_000))


def at(text: str, tz=NY) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=tz)


def rules(tz=NY, **cadence) -> Rules:
    return Rules(cadence=Cadence(**cadence), tz=tz)


def company(kind: str, date: datetime, *, company: str = "Acme Robotics", role: str | None = "Backend Engineer",
            thread: str = "t-acme", start: datetime | None = None, minutes: int = 60, promised: datetime | None = None,
            on_hold: bool = False, deadline: datetime | None = None, sender: Person = RECRUITER,
            people: list[Person] | None = None, subject: str = "Backend Engineer interview") -> Message:
    n = next(_counter)
    signal = Signal(
        kind=kind, confidence=0.9, reasons=["test"], company=company, role=role,
        interview_start=start, interview_end=start + timedelta(minutes=minutes) if start else None,
        people=people if people is not None else [Person(sender.address, sender.name, "recruiter")],
        promised_by=promised, offer_deadline=deadline, on_hold=on_hold,
    )  # fmt: skip
    return Message(id=f"m{n}", message_id=f"<m{n}@acme.example>", thread_id=thread, date=date, subject=subject,
                   sender=sender, reply_to=[], to=[ME], references=[], from_me=False, signal=signal)


def mine(date: datetime, *, thread: str = "t-acme", to: Person = RECRUITER, subject: str = "Re: Backend Engineer interview"):
    n = next(_counter)
    return Message(id=f"u{n}", message_id=f"<u{n}@example.com>", thread_id=thread, date=date, subject=subject,
                   sender=ME, reply_to=[], to=[to], references=[], from_me=True,
                   signal=Signal(kind="company_reply", confidence=0.5))
