"""Applications -> the drafts to make and the drafts to withdraw. Pure: `now` is passed in.

Rules kept here: once per (application, round, step); a draft the user deleted is a "no"; an
edited draft is never touched; drafts waiting for review do not stack; a company message that
arrives after an untouched draft of ours makes it obsolete; a phone or portal preference gives
a reminder instead of a draft.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, tzinfo

from agent.drafts import facts, load_templates, render, subject_for
from agent.models import Application, Draft, DraftRecord, Message


@dataclass
class Plan:
    create: list[Draft] = field(default_factory=list)
    obsolete: list[DraftRecord] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)  # application id -> what the user should know


@dataclass
class Settings:
    tz: tzinfo
    user_name: str
    missing_recipient: str = "empty"  # or "wait"
    name_other_company: bool = False
    # step -> template text; the caller reads them (drafts.load_templates), the bundled ones by default
    templates: Mapping[str, str] = field(default_factory=load_templates)


def fate_from_mail(record: DraftRecord, messages: list[Message]) -> str | None:
    """'sent' when the user wrote in the draft's thread after the draft was made, else None."""
    for m in messages:
        if m.from_me and m.thread_id == record.thread_id and m.date >= record.created_at:
            return "sent"
    return None


def plan(apps: list[Application], records: list[DraftRecord], settings: Settings, now: datetime) -> Plan:
    out = Plan()
    made = {(r.application_id, r.round, r.key) for r in records}
    by_app: dict[str, list[DraftRecord]] = {}
    for r in records:
        by_app.setdefault(r.application_id, []).append(r)
    offers = {a.id: a for a in apps if a.stage == "offer"}

    for app in apps:
        pending = [r for r in by_app.get(app.id, []) if r.fate == "pending"]
        last_company = max((m.date for m in app.messages if not m.from_me and m.signal.kind != "not_relevant"),
                           default=None)
        for r in pending:
            if last_company is not None and last_company > r.created_at:
                out.obsolete.append(r)
        pending = [r for r in pending if r not in out.obsolete]
        if app.next_action is None or app.next_action_at is None or app.next_action_at > now:
            continue
        if app.override.paused:
            out.notes[app.id] = "paused: no drafts until you resume"
            continue
        channel = app.override.channel or "email"
        if channel in ("phone", "portal"):
            out.notes[app.id] = f"reminder: {app.next_action.replace('_', '-')} by {channel}, as they asked"
            continue
        if (app.id, app.round, app.step_key) in made:
            continue
        if pending or any(r.fate == "edited" for r in by_app.get(app.id, []) if r.round == app.round):
            out.notes[app.id] = "a draft is waiting for your review"
            continue
        to = [app.contact.address] if app.contact and app.contact.address else []
        if not to:
            if settings.missing_recipient == "wait":
                out.notes[app.id] = "add the recipient: no human address known (waiting, by config)"
                continue
            out.notes[app.id] = "add the recipient: no human address known"
        other = None
        if app.next_action == "time_sensitive" and settings.name_other_company:
            offer_id = app.step_key.split(":", 1)[1]
            other = offers[offer_id].company if offer_id in offers else None
        values = facts(app, app.next_action, now, settings.tz, settings.user_name, other)
        body = render(settings.templates[app.next_action], values)
        parent = app.reply_to_message
        refs = list(parent.references) if parent else []
        if parent and parent.message_id and parent.message_id not in refs:
            refs.append(parent.message_id)
        out.create.append(
            Draft(
                application_id=app.id,
                company=app.company,
                round=app.round,
                step=app.next_action,
                key=app.step_key,
                to=to,
                subject=subject_for(parent.subject if parent else f"{app.role or 'Following up'}"),
                body=body,
                thread_id=parent.thread_id if parent else "",
                in_reply_to=parent.message_id if parent and parent.message_id else None,
                references=refs,
            )
        )
    return out

