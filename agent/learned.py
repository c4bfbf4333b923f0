"""Corrections teach: what the user said about one message, remembered for the next one like it.

A correction (`followup set MESSAGE --kind ...`, `followup set APP --stage rejected`, or a
`followup/ignore` / `followup/rejected` label on a thread) becomes a rule keyed by what the
next such message will share with this one: its List-Id (a newsletter, a job board), the
person behind it (a coach, a friend, a recruiter), or, for mail from a company's own domain
that should be ignored, that domain. Mail relayed by a shared robot (an ATS's no-reply) is
keyed by the robot *and* the subject's shape, so one company's template never speaks for
another's. Pure: the store keeps the rules, classify applies them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from agent.addresses import FREE_MAIL, domain, is_human, is_relay, org_label
from agent.domains import registrable
from agent.models import Email, Message, Person

KEYS = ("list-id", "sender", "domain")


@dataclass(frozen=True)
class LearnedRule:
    id: int
    key: str  # one of KEYS
    value: str
    verdict: str  # a kind, "not_relevant" included
    subject: str = ""  # a subject shape the message must have too; "" matches any
    source: str = ""  # what the user did: "label followup/ignore", "followup set ..."
    created_at: datetime | None = None

    def describe(self) -> str:
        where = {"list-id": "mail from list", "sender": "mail from", "domain": "mail from anyone at"}[self.key]
        shape = f' with a subject like "{self.subject}"' if self.subject else ""
        return f"rule {self.id}: {where} {self.value}{shape} is {self.verdict} (learned from {self.source})"


REPLY = re.compile(r"^(?:\s*(?:re|fwd?|aw|wg|rv|tr|sv)\s*(?:\[\d+\])?\s*:\s*)+", re.I)


def subject_shape(subject: str) -> str:
    """What stays the same across one template's messages: no reply prefix, no digits, lowercase."""
    shape = REPLY.sub("", subject).lower()
    shape = re.sub(r"\d+", "#", shape)
    return re.sub(r"\s+", " ", shape).strip()[:120]


def list_id(headers: dict[str, str]) -> str | None:
    raw = headers.get("list-id", "")
    m = re.search(r"<([^<>\s]+)>", raw)
    value = (m.group(1) if m else raw).strip().lower()
    return value or None


def _person_behind(sender: Person | None, reply_to: list[Person]) -> Person | None:
    """The human a relayed message speaks for (Reply-To), else the sender."""
    for p in reply_to:
        if is_human(p) and not is_relay(p.address):
            return p
    return sender


def key_for(sender: Person | None, reply_to: list[Person], subject: str, lid: str | None,
            verdict: str) -> tuple[str, str, str] | None:
    """(key, value, subject shape) for a correction of one message to `verdict`."""
    if lid:
        return ("list-id", lid, "")
    person = _person_behind(sender, reply_to)
    if person is None or "@" not in person.address:
        return None
    address = person.address.lower()
    if is_relay(address):
        return ("sender", address, subject_shape(subject))  # a shared robot: this template only
    if not is_human(person) and org_label(address) not in FREE_MAIL and verdict == "not_relevant":
        return ("domain", registrable(domain(address)), "")  # a company's own robots: a vendor, the employer
    if not is_human(person):
        return ("sender", address, subject_shape(subject))
    return ("sender", address, "" if verdict == "not_relevant" else subject_shape(subject))


def key_for_message(m: Message, verdict: str) -> tuple[str, str, str] | None:
    return key_for(m.sender, m.reply_to, m.subject, m.signal.list_id, verdict)


def _matches(r: LearnedRule, lid: str | None, shape: str, addresses: set[str], domains: set[str]) -> bool:
    if r.subject and r.subject != shape:
        return False
    return (r.key == "list-id" and r.value == lid) or (r.key == "sender" and r.value in addresses) or (
        r.key == "domain" and r.value in domains)


def _who(sender: Person | None, reply_to: list[Person]) -> tuple[set[str], set[str]]:
    person = _person_behind(sender, reply_to)
    addresses = {p.address.lower() for p in (person, sender) if p is not None}
    return addresses, {registrable(domain(a)) for a in addresses if not is_relay(a)}


def match_message(rule: LearnedRule, m: Message) -> bool:
    """Does a rule speak for a stored message (for `explain`)?"""
    addresses, domains = _who(m.sender, m.reply_to)
    return _matches(rule, m.signal.list_id, subject_shape(m.subject), addresses, domains)


def match(rules: Sequence[LearnedRule], email: Email) -> LearnedRule | None:
    """The most specific rule for this message: List-Id, then the person, then the domain."""
    if not rules:
        return None
    lid = list_id(email.headers)
    shape = subject_shape(email.subject)
    addresses, domains = _who(email.sender, email.reply_to)
    for key in KEYS:
        for r in rules:
            if r.key == key and _matches(r, lid, shape, addresses, domains):
                return r
    return None
