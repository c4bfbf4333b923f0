"""Applications -> the drafts to make and the drafts to withdraw. Pure: `now` is passed in.

Rules kept here: once per (application, round, step); a draft the user deleted is a "no"; an
edited draft is never touched and the next step waits for it; an unsent draft never holds the
ladder back: when the user did its step (any thread) or the ladder passed it, our untouched draft
is superseded; a company message that arrives after an untouched draft of ours makes it obsolete;
a phone or portal preference gives a reminder instead of a draft.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, tzinfo

from agent.drafts import facts, load_templates, missing, render, subject_for, template_for
from agent.fates import fulfilled_by, passed, sent_copy
from agent.models import Application, Draft, DraftRecord, Message


@dataclass
class Plan:
    create: list[Draft] = field(default_factory=list)
    obsolete: list[DraftRecord] = field(default_factory=list)  # the company wrote after our draft
    superseded: list[DraftRecord] = field(default_factory=list)  # the user did the step, or it passed
    notes: dict[str, str] = field(default_factory=dict)  # application id -> what the user should know


@dataclass
class Settings:
    tz: tzinfo
    user_name: str
    missing_recipient: str = "empty"  # or "wait"
    name_other_company: bool = False
    # template name -> its text; the caller reads them (drafts.load_templates), the bundled ones by default
    templates: Mapping[str, str] = field(default_factory=load_templates)
    max_follow_ups: int = 3  # the last allowed follow-up closes gracefully


def fate_from_mail(record: DraftRecord, messages: list[Message]) -> str | None:
    """'sent' when the user's mail holds this draft, sent (see agent/fates.py), else None."""
    return "sent" if sent_copy(record, messages) is not None else None


def adopted(apps: list[Application], records: list[DraftRecord]) -> list[DraftRecord]:
    """The records, each under the application that now holds its thread. An application's id is made of its
    company's name, and a newer version may read the name better ('Granite Peak' where it read 'Granitepeak'): a
    draft made under the old id still stands for its step, or the renamed application would get a second one."""
    ids = {a.id for a in apps}
    holder = {m.thread_id: a for a in apps for m in a.messages}
    # (never onto a step the application already holds a record for: an older version may have made that second
    # draft, and two records of one step would break the store's one-per-step rule)
    taken = {(r.application_id, r.round, r.key) for r in records}
    out = []
    for r in records:
        app = holder.get(r.thread_id) if r.application_id not in ids else None
        if app is not None and (app.id, r.round, r.key) not in taken:
            taken.add((app.id, r.round, r.key))
            r = replace(r, application_id=app.id, company=app.company)
        out.append(r)
    return out


def plan(apps: list[Application], records: list[DraftRecord], settings: Settings, now: datetime) -> Plan:
    out = Plan()
    records = adopted(apps, records)
    made = {(r.application_id, r.round, r.key) for r in records}
    by_app: dict[str, list[DraftRecord]] = {}
    for r in records:
        by_app.setdefault(r.application_id, []).append(r)
    offers = {a.id: a for a in apps if a.stage == "offer"}

    for app in apps:
        mine = by_app.get(app.id, [])
        _withdraw(app, [r for r in mine if r.fate == "pending"], out)
        step = _due_step(app, made, now)
        if step is None:
            continue
        action, key = step
        if app.override.paused:
            out.notes[app.id] = "paused: no drafts until you resume"
            continue
        channel = app.override.channel or "email"
        if channel in ("phone", "portal"):
            out.notes[app.id] = f"reminder: {action.replace('_', '-')} by {channel}, as they asked"
            continue
        edited = [r for r in mine if r.fate == "edited" and r.key != key and r.round == app.round]
        if edited:
            out.notes[app.id] = (f"your edited {edited[-1].step.replace('_', '-')} draft is still in Drafts: "
                                 f"send or delete it, then the {action.replace('_', '-')} follows")
            continue
        draft = _draft(app, action, key, settings, offers, now, out.notes)
        if draft is None:
            continue
        if not draft.to:
            if settings.missing_recipient == "wait":
                out.notes[app.id] = "add the recipient: no human address known (waiting, by config)"
                continue
            out.notes[app.id] = "add the recipient: no human address known"
        out.create.append(draft)
    return out


def _due_step(app: Application, made: set[tuple[str, int, str]], now: datetime) -> tuple[str, str] | None:
    """The step to draft now: the time-sensitive one first, then the cadence's own (a time-sensitive
    draft already made does not hold the check-in back). One draft per application per run."""
    candidates = [(app.next_action, app.next_action_at, app.step_key)]
    if app.ladder_step[2] != app.step_key:
        candidates.append(app.ladder_step)
    for action, at, key in candidates:
        if action and at is not None and at <= now and (app.id, app.round, key) not in made:
            return action, key
    return None


def _withdraw(app: Application, pending: list[DraftRecord], out: Plan) -> None:
    """Our untouched drafts whose moment is over: the company wrote since (obsolete), or the user did
    the step themselves, or the ladder moved past it (superseded). Edited drafts are never here."""
    last_company = max((m.date for m in app.messages if not m.from_me and m.signal.kind != "not_relevant"),
                       default=None)
    for r in pending:
        if last_company is not None and last_company > r.created_at:
            out.obsolete.append(r)
        elif fulfilled_by(r, app) is not None or passed(r, app):
            out.superseded.append(r)


def _draft(app: Application, action: str, key: str, settings: Settings, offers: dict[str, Application],
           now: datetime, notes: dict[str, str]) -> Draft | None:
    """The draft for one due step, a reply to the latest message of its thread."""
    other = None
    if action == "time_sensitive" and settings.name_other_company:
        offer_id = key.split(":", 1)[1]
        other = offers[offer_id].company if offer_id in offers else None
    people = app.step_recipients.get(action, app.recipients)
    values = facts(app, action, now, settings.tz, settings.user_name, other, people)
    rung = int(key.rsplit("n", 1)[1]) if re.search(r"n\d+$", key) else 1
    template = settings.templates[template_for(action, rung, settings.max_follow_ups)]
    holes = missing(template, values)
    if holes:
        words = {"day_phrase": "the interview day", "deadline": "the offer's deadline",
                 "last_message_phrase": "the day of your last note"}
        notes[app.id] = (f"no {action.replace('_', '-')} draft: {' and '.join(words.get(h, h) for h in holes)} "
                         "not known (write it yourself if it is due)")
        return None  # a fact the text needs is unknown: no draft rather than a hole
    body = render(template, values)
    parent = reply_parent(app)
    return Draft(
        application_id=app.id,
        company=app.company,
        round=app.round,
        step=action,
        key=key,
        to=[p.address for p in people if p.address],
        subject=subject_for(parent.subject if parent else f"{app.role or 'Following up'}"),
        body=body,
        thread_id=parent.thread_id if parent else "",
        in_reply_to=parent.message_id if parent and parent.message_id else None,
        references=references(parent, app.messages) if parent else [],
    )


def reply_parent(app: Application) -> Message | None:
    """The message a mail client would answer: the latest one (the user's own included) of the thread
    the tracker chose, so In-Reply-To names it and the reply sits at the end of the conversation."""
    target = app.reply_to_message
    if target is None:
        return None
    thread = [m for m in app.messages if m.thread_id == target.thread_id and m.message_id]
    return max(thread, key=lambda m: m.date) if thread else target


def references(parent: Message, messages: list[Message]) -> list[str]:
    """The parent's References plus its Message-ID, as a mail client writes them; any earlier message of
    the thread the parent's chain left out is added before the parent, so the chain holds the thread."""
    refs = [r for r in parent.references if r != parent.message_id]
    for m in sorted(messages, key=lambda m: m.date):
        if m.thread_id == parent.thread_id and m.date <= parent.date and m.message_id \
                and m.message_id != parent.message_id and m.message_id not in refs:
            refs.append(m.message_id)
    if parent.message_id:
        refs.append(parent.message_id)
    return refs
