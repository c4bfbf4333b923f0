"""Corrections that teach, and messages that need a look: the store side of agent/learned.py.

A correction is remembered as a rule (learned.py) so the next message like it is read the same
way: a `followup/ignore` or `followup/rejected` label on a thread, `followup set APP --stage
rejected`, and `followup set MESSAGE --kind KIND` for a message listed under "needs a look".
Corrections made before are never re-learned from the same message twice: the rule table is
keyed by what it matches, so learning again only refreshes the verdict.
"""

from __future__ import annotations

from datetime import datetime

from agent.addresses import FREE_MAIL, domain, org_label
from agent.domains import registrable
from agent.learned import key_for_message
from agent.models import KINDS, Application, Message
from agent.store import Store

NR = "not_relevant"


def own_domains(me: list[str]) -> frozenset[str]:
    """The registrable domains of the user's own non-free-mail addresses: their employer's."""
    return frozenset(registrable(domain(a)) for a in me if "@" in a and org_label(a) not in FREE_MAIL)


def needs_look(messages: list[Message]) -> list[Message]:
    """Messages the agent could not read with confidence, newest first: they lead to no draft
    until the user settles them."""
    return sorted((m for m in messages if m.signal.needs_look and not m.from_me), key=lambda m: m.date, reverse=True)


def find_message(messages: list[Message], key: str) -> Message | None:
    """A stored message by its id (as `status` lists it) or its Message-ID."""
    key = key.strip()
    for m in messages:
        if key in (m.id, m.message_id, m.message_id.strip("<>")):
            return m
    return None


def settle(store: Store, m: Message, kind: str, now: datetime) -> str:
    """The user says what one message is: store that reading and learn it for the next one like it.
    Returns what was learned, for the user to read."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; one of: {', '.join(KINDS)}")
    signal = m.signal
    signal.reasons = [f"you said it is {kind.replace('_', ' ')}", *(r for r in signal.reasons if not r.startswith("you said"))]
    signal.kind, signal.needs_look, signal.guess, signal.confidence = kind, False, None, 1.0
    key = key_for_message(m, kind)
    with store.transaction():
        store.set_signal(m.id, signal)
        if key is not None:
            store.learn(*key, verdict=kind, source=f"followup set {m.id} --kind {kind}", at=now)
    return _said(key, kind)


def learn_from_stage(store: Store, app: Application, stage: str, now: datetime) -> str | None:
    """`followup set APP --stage rejected`: the company's last message was the rejection the agent
    misread, so mail like it is a rejection. Only a message the agent read as news without a
    decision (a reply, an acknowledgement, one it was unsure of) teaches this."""
    if stage != "rejected":
        return None
    company = [m for m in app.messages if not m.from_me]
    if not company:
        return None
    last = company[-1]
    misread = last.signal.kind in ("company_reply", "application_ack") or last.signal.needs_look
    if not misread:
        return None
    key = key_for_message(last, "rejection")
    if key is None:
        return None
    with store.transaction():
        store.learn(*key, verdict="rejection", source=f"followup set {app.id} --stage rejected", at=now)
    return _said(key, "rejection")


def learn_from_labels(store: Store, messages: list[Message], now: datetime, changed: set[str]) -> int:
    """Threads the user labelled `followup/ignore` teach that mail like theirs is not relevant;
    `followup/rejected` that its company's last message was a rejection. Only threads with a
    message in `changed` (labelled or fetched this run) teach, so a forgotten rule stays forgotten."""
    threads: dict[str, list[Message]] = {}
    touched = {m.thread_id for m in messages if m.id in changed}
    for m in messages:
        if m.thread_id in touched:
            threads.setdefault(m.thread_id, []).append(m)
    learned = 0
    with store.transaction():
        for thread in threads.values():
            labels = {label for m in thread for label in m.labels}
            company = [m for m in thread if not m.from_me]
            if not company:
                continue
            if "followup/ignore" in labels:
                for m in company:
                    key = key_for_message(m, NR)
                    if key is not None:
                        store.learn(*key, verdict=NR, source="label followup/ignore", at=now)
                        learned += 1
            elif "followup/rejected" in labels and company[-1].signal.kind in ("company_reply", "application_ack", NR):
                key = key_for_message(company[-1], "rejection")
                if key is not None:
                    store.learn(*key, verdict="rejection", source="label followup/rejected", at=now)
                    learned += 1
    return learned


def _said(key: tuple[str, str, str] | None, kind: str) -> str:
    if key is None:
        return "saved (nothing to learn from: no sender)"
    what, value, shape = key
    like = f' with a subject like "{shape}"' if shape else ""
    return f"saved; from now on mail from {value}{like} is read as {kind.replace('_', ' ')}"
