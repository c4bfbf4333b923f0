"""The domain, as plain dataclasses shared by every stage of the pipeline.

Email is what parse reads from one message; Signal is what classify reads into it;
Message is the digest the store keeps (no body text); Application and Draft are what the
tracker and planner decide. Keeping them here, free of I/O, is what lets the core be pure.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

KINDS = (
    "interview_invitation",
    "interview_confirmation",
    "reschedule",
    "cancellation",
    "company_reply",
    "rejection",
    "offer",
    "application_ack",
    "assessment",
    "not_relevant",
)

STAGES = (
    "applied",
    "scheduling",
    "scheduled",
    "interviewed",
    "waiting",
    "check_in_due",
    "on_hold",
    "gone_quiet",
    "in_conversation",
    "rejected",
    "withdrawn",
    "offer",
)

# Stages where the company may still answer: these get a time-sensitive draft when an offer
# with a deadline arrives elsewhere.
LIVE_STAGES = frozenset(
    {"applied", "scheduling", "scheduled", "interviewed", "waiting", "check_in_due", "on_hold", "in_conversation"}
)

STEPS = ("thank_you", "check_in", "follow_up", "time_sensitive")
FATES = ("pending", "sent", "deleted", "edited", "obsolete", "superseded")


@dataclass(frozen=True)
class Person:
    """Someone named in a message: a recruiter, an interviewer, an organiser."""

    address: str
    name: str | None = None
    role: str | None = None

    def display(self) -> str:
        return f"{self.name} <{self.address}>" if self.name else self.address


@dataclass
class CalendarEvent:
    """The first VEVENT of a text/calendar part."""

    method: str | None = None
    uid: str | None = None
    sequence: int = 0
    status: str | None = None
    summary: str | None = None
    description: str | None = None
    start: datetime | None = None
    end: datetime | None = None
    location: str | None = None
    organizer: Person | None = None
    attendees: list[Person] = field(default_factory=list)
    recurring: bool = False
    # DTSTART was floating (RFC 5545: no TZID, no Z, no zone anywhere in the calendar): start and
    # end hold its wall-clock time labelled UTC until the reader gives them the zone it means.
    floating: bool = False


@dataclass
class Email:
    """One parsed message. `text` is only the new text: quotes and signatures are cut."""

    id: str
    message_id: str
    thread_id: str
    subject: str = ""
    sender: Person | None = None  # From
    reply_to: list[Person] = field(default_factory=list)
    to: list[Person] = field(default_factory=list)
    cc: list[Person] = field(default_factory=list)
    date: datetime | None = None
    text: str = ""
    signature: str = ""
    quoted: str = ""  # a reply's quoted history, its start only (parse.QUOTED_TEXT): the thread's context
    in_reply_to: str | None = None
    references: list[str] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)  # the few that classify reads
    labels: frozenset[str] = frozenset()
    calendar: CalendarEvent | None = None
    from_me: bool = False
    copied: bool = False  # the user is only on Cc: the message is written to someone else
    # the user's other addresses the message reached first, forwarded in (Gmail's X-Forwarded-For):
    # a work address forwarding into the personal inbox the search runs from
    forwarded_from: tuple[str, ...] = ()
    user_name: str = ""  # the display name on the user's own address in To/Cc ("Alex Morgan")
    user_address_name: str = ""  # the name the user's own address spells ("alex.morgan@" -> "alex morgan"), if any
    # the user's own name as configured (user.name): mail under a display name on the user's address that shares no
    # part of it, greeting that person, is asked about (a flatmate who gave the wrong address, a shared family account)
    owner_names: tuple[str, ...] = ()
    warnings: list[str] = field(default_factory=list)
    reply_subject: str = ""  # the subject as sent (spacing kept): what a reply repeats after "Re: "


@dataclass
class Signal:
    """What a message means for an application, and why the agent thinks so."""

    kind: str
    confidence: float
    reasons: list[str] = field(default_factory=list)
    company: str | None = None
    role: str | None = None
    interview_start: datetime | None = None
    interview_end: datetime | None = None
    people: list[Person] = field(default_factory=list)
    promised_by: datetime | None = None  # "we'll get back to you by Friday"
    offer_deadline: datetime | None = None
    on_hold: bool = False  # the role is paused or frozen
    needs_look: bool = False  # unsure: never acted on, listed under "needs a look" (then kind is not_relevant)
    guess: str | None = None  # with needs_look: the kind it reads most like
    list_id: str | None = None  # the List-Id it came with: what a correction of it is keyed by

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "confidence": round(self.confidence, 2),
            "reasons": list(self.reasons),
            "company": self.company,
            "role": self.role,
            "interview_start": _iso(self.interview_start),
            "interview_end": _iso(self.interview_end),
            "people": [asdict(p) for p in self.people],
            "promised_by": _iso(self.promised_by),
            "offer_deadline": _iso(self.offer_deadline),
            "on_hold": self.on_hold,
            "needs_look": self.needs_look,
            "guess": self.guess,
            "list_id": self.list_id,
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Signal:
        return cls(
            kind=d["kind"],
            confidence=d["confidence"],
            reasons=list(d.get("reasons", [])),
            company=d.get("company"),
            role=d.get("role"),
            interview_start=_dt(d.get("interview_start")),
            interview_end=_dt(d.get("interview_end")),
            people=[Person(**p) for p in d.get("people", [])],
            promised_by=_dt(d.get("promised_by")),
            offer_deadline=_dt(d.get("offer_deadline")),
            on_hold=bool(d.get("on_hold", False)),
            needs_look=bool(d.get("needs_look", False)),
            guess=d.get("guess"),
            list_id=d.get("list_id"),
        )


@dataclass
class Message:
    """The digest of one message that the store keeps: headers and the signal, never the body."""

    id: str
    message_id: str
    thread_id: str
    date: datetime
    subject: str
    sender: Person | None
    reply_to: list[Person]
    to: list[Person]
    references: list[str]
    from_me: bool
    signal: Signal
    labels: list[str] = field(default_factory=list)  # the user's followup/* labels: corrections from Gmail

    @classmethod
    def from_email(cls, email: Email, signal: Signal, fallback_date: datetime) -> Message:
        return cls(
            id=email.id,
            message_id=email.message_id,
            thread_id=email.thread_id,
            date=email.date or fallback_date,
            subject=email.reply_subject or email.subject,
            sender=email.sender,
            reply_to=list(email.reply_to),
            to=list(email.to) + list(email.cc),
            references=list(email.references),
            from_me=email.from_me,
            signal=signal,
            labels=control_labels(email.labels),
        )


@dataclass
class Override:
    """What the user told the agent about one application (`followup set`)."""

    stage: str | None = None  # withdrawn | rejected
    paused: bool = False
    channel: str | None = None  # email | phone | portal | person:ADDRESS
    offer_deadline: datetime | None = None
    # the threads the application held when last seen: its id is made of the company's name, which a newer
    # version may read better, and the user's word must follow the application (tracker.rekeyed)
    threads: tuple[str, ...] = ()


@dataclass
class DraftRecord:
    """A draft the agent made, and what became of it."""

    id: str
    application_id: str
    company: str
    round: int
    step: str
    key: str  # unique per (application, round): the step and which rung of the ladder
    to: list[str]
    subject: str
    thread_id: str
    created_at: datetime
    fate: str = "pending"
    location: str = ""  # a file path or a Gmail draft id
    content_hash: str = ""
    in_reply_to: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "application_id": self.application_id,
            "company": self.company,
            "step": self.step,
            "round": self.round,
            "to": list(self.to),
            "subject": self.subject,
            "thread_id": self.thread_id,
            "created_at": _iso(self.created_at),
            "fate": self.fate,
            "link": self.link,
        }

    @property
    def link(self) -> str | None:
        """Where to review it: the Gmail conversation it sits in, or the .eml file of a local source."""
        if not self.location:
            return None
        if ":" in self.location and "/" not in self.location and self.thread_id:
            return f"https://mail.google.com/mail/u/0/#all/{self.thread_id}"
        return self.location


@dataclass
class Interview:
    start: datetime
    end: datetime
    people: list[Person] = field(default_factory=list)


@dataclass
class Application:
    """One company-and-role process and where it stands at `now`."""

    id: str
    company: str
    role: str | None
    stage: str = "applied"
    round: int = 0
    last_contact_at: datetime | None = None
    next_action: str | None = None
    next_action_at: datetime | None = None
    note: str = ""  # "reply needed", "add the recipient", ...
    interview: Interview | None = None
    contact: Person | None = None  # the human the drafts go to (the first of `recipients`)
    recipients: list[Person] = field(default_factory=list)  # who the next step's draft goes to
    # the cadence's own next step (action, when, key), kept when a time-sensitive step goes first,
    # with who each step's draft goes to
    ladder_step: tuple[str | None, datetime | None, str] = (None, None, "")
    step_recipients: dict[str, list[Person]] = field(default_factory=dict)
    reply_to_message: Message | None = None  # the message a draft answers
    step_key: str = ""  # identifies the next step once per round: "check_in:c1n1" and so on
    offer_deadline: datetime | None = None
    messages: list[Message] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    override: Override = field(default_factory=Override)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "company": self.company,
            "role": self.role,
            "stage": self.stage,
            "round": self.round,
            "last_contact_at": _iso(self.last_contact_at),
            "next_action": self.next_action,
            "next_action_at": _iso(self.next_action_at),
            "note": self.note,
            "interview_start": _iso(self.interview.start if self.interview else None),
            "contact": self.contact.address if self.contact else None,
        }


@dataclass
class Draft:
    """A draft the planner wants made: text and reply headers, ready for a mailbox."""

    application_id: str
    company: str
    round: int
    step: str
    key: str
    to: list[str]
    subject: str
    body: str
    thread_id: str
    in_reply_to: str | None
    references: list[str]



CONTROL_LABELS = ("followup/ignore", "followup/rejected", "followup/withdrawn", "followup/pause")


def control_labels(labels: Iterable[str]) -> list[str]:
    """The labels a user puts on a thread to correct the agent from Gmail (case-insensitive)."""
    return sorted({name.lower() for name in labels if name.lower() in CONTROL_LABELS})


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None
