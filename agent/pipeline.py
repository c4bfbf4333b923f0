"""One pass of the agent: sync, read, track, plan, make drafts. The edges meet the core here.

Each step commits on its own: new messages in one transaction, draft fates in another, and
every draft's intent is recorded before the mailbox call and confirmed after it. A crash at
any point leaves the database at a step boundary, and the next run picks up from there
without making a second draft.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from agent.addresses import domain, is_human
from agent.config import Config, Paths
from agent.drafts import content_hash, draft_id
from agent.fates import sent_as
from agent.mailbox.base import Mailbox
from agent.models import Application, DraftRecord, Email, Message, Signal, control_labels
from agent.planner import Plan, Settings, plan
from agent.store import Store
from agent.tracker import Rules, track

log = logging.getLogger("followup")


@dataclass
class RunResult:
    messages_new: int = 0
    skipped: int = 0
    drafts: list[DraftRecord] = field(default_factory=list)
    obsoleted: list[DraftRecord] = field(default_factory=list)  # withdrawn: obsolete or superseded
    apps: list[Application] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)


def parse(raw: bytes, **kw: Any) -> Email:
    """agent.parse.parse, imported on first use: `status` and `drafts` never read MIME (bs4 is slow to load)."""
    from agent.parse import parse as parse_mime

    return parse_mime(raw, **kw)


def classify(email: Email, **kw: Any) -> Signal:
    """agent.classify.classify, imported on first use, like `parse`."""
    from agent.classify import classify as classify_email

    return classify_email(email, **kw)


def rules_for(cfg: Config) -> Rules:
    return Rules(cadence=cfg.cadence, tz=cfg.tz, me=frozenset(cfg.me))


def settings_for(cfg: Config, paths: Paths) -> Settings:
    return Settings(tz=cfg.tz, user_name=cfg.name, missing_recipient=cfg.missing_recipient,
                    name_other_company=cfg.name_other_company, templates=paths.templates,
                    max_follow_ups=cfg.cadence.max_follow_ups)


CURSOR_KEY = "gmail.history_id"
LABELS_KEY = "gmail.label_names"
ADDRESS_KEY = "gmail.address"


def sync(store: Store, box: Mailbox, cfg: Config, now: datetime,
         texts: dict[str, str] | None = None) -> tuple[int, int]:
    """Read new mail into the store as digests, with the mailbox's new sync cursor, in one
    transaction. Malformed mail is logged by id and skipped. The text of the user's own new
    messages goes to `texts` (memory only, for this run) to recognise a sent draft."""
    known = store.known_ids()
    me = set(cfg.me)
    digests: list[Message] = []
    skipped = 0
    from agent.corrections import learn_from_labels, own_domains

    companies = company_domains(store.messages())
    learned = store.learned_rules()
    own = own_domains(cfg.me)
    for raw in box.fetch(known):
        try:
            email = parse(raw.raw, id=raw.id, thread_id=raw.thread_id, labels=raw.labels, me=me)
            if email.warnings:
                log.warning("message %s: %s", raw.id, "; ".join(email.warnings))
            signal = classify(email, now=now, tz=cfg.tz, known_domains=companies, own_domains=own, learned=learned)
            digest = Message.from_email(email, signal, fallback_date=now)
            digests.append(digest)
            if texts is not None and email.from_me:
                texts[digest.id] = email.text
            companies |= company_domains([digest])
        except Exception as exc:  # one bad message never stops the run
            skipped += 1
            log.error("message %s skipped: %s", raw.id, type(exc).__name__)
    cursor = box.cursor()
    relabelled = getattr(box, "relabelled", {})
    label_names = getattr(box, "label_names", None)
    with store.transaction():
        for d in digests:
            store.add_message(d, now)
        for message_id, names in relabelled.items():
            if message_id in known:
                store.set_labels(message_id, control_labels(names))  # ones fetched this run came with theirs
        if cursor is not None:
            store.set_meta(CURSOR_KEY, cursor)
        if label_names:
            store.set_meta(LABELS_KEY, json.dumps(label_names))
    changed = {d.id for d in digests if d.labels} | {i for i, names in relabelled.items() if control_labels(names)}
    if changed:  # a followup/... label is a correction: it teaches (agent/corrections.py)
        learn_from_labels(store, store.messages(), now, changed)
    return len(digests), skipped


def company_domains(messages: list[Message]) -> set[str]:
    """Domains of the humans at companies the user is in a process with."""
    return {
        domain(p.address)
        for m in messages
        if not m.from_me and m.signal.kind != "not_relevant"
        for p in m.signal.people
        if p.address and is_human(p)
    }


def recover(store: Store, box: Mailbox) -> None:
    """Finish what a crashed run started: a draft recorded as intent is adopted if the mailbox has
    it, else the intent is dropped so the planner makes it (once) again."""
    for r in store.drafts():
        if r.location:
            continue
        found = box.find_draft(r)
        with store.transaction():
            if found:
                store.update_draft(r.id, location=found)
            else:
                store.delete_draft(r.id)


def reconcile(store: Store, box: Mailbox, messages: list[Message], texts: dict[str, str] | None = None,
              withdraw: bool = True) -> None:
    """Bring every draft's fate up to date: sent (see agent/fates.py), deleted or edited. An untouched
    copy of a sent draft left behind (a local .eml file the user sent from a mail client) is removed,
    unless `withdraw` is off (a dry run), so it can never be sent twice."""
    updates: list[tuple[str, dict[str, str]]] = []
    mine = [m for m in messages if m.from_me]
    for r in store.drafts():
        if r.fate not in ("pending", "edited") or not r.location:
            continue
        state, location = box.draft_state(r)
        text = box.draft_text(location) if state == "present" and hasattr(box, "draft_text") else None
        fields: dict[str, str] = {}
        if sent_as(r, state, mine, text, texts) is not None:
            fields["fate"] = "sent"
            if state == "present" and withdraw:
                box.delete_draft(r)
        elif state == "missing":
            fields["fate"] = "deleted"
        elif state == "edited" and r.fate != "edited":
            fields["fate"] = "edited"
        if location != r.location:
            fields["location"] = location
        if fields:
            updates.append((r.id, fields))
    with store.transaction():
        for draft, fields in updates:
            store.update_draft(draft, **fields)


def make_drafts(store: Store, box: Mailbox, the_plan: Plan, now: datetime) -> tuple[list[DraftRecord], list[DraftRecord]]:
    """Withdraw our untouched drafts whose moment is over (obsolete or superseded: deleted in the mailbox,
    the fate recorded), then make the planned ones: the intent is committed before the mailbox call and
    the location after it, so a crash in between is recovered, never repeated."""
    withdrawn = [(r, "obsolete") for r in the_plan.obsolete] + [(r, "superseded") for r in the_plan.superseded]
    for r, fate in withdrawn:
        if box.draft_state(r)[0] == "present":
            box.delete_draft(r)
        with store.transaction():
            store.update_draft(r.id, fate=fate)
        r.fate = fate
    made: list[DraftRecord] = []
    existing = {r.id for r in store.drafts()}
    for d in the_plan.create:
        rid = draft_id(d.application_id, d.round, d.key)
        if rid in existing:
            continue
        record = DraftRecord(
            id=rid, application_id=d.application_id, company=d.company, round=d.round, step=d.step, key=d.key,
            to=d.to, subject=d.subject, thread_id=d.thread_id, created_at=now, in_reply_to=d.in_reply_to,
            content_hash=content_hash(d.body),
        )
        with store.transaction():
            store.add_draft(record)
        record.location = box.create_draft(d, rid)
        with store.transaction():
            store.update_draft(rid, location=record.location)
        made.append(record)
    return made, [r for r, _ in withdrawn]


def run(store: Store, box: Mailbox, cfg: Config, paths: Paths, now: datetime, dry_run: bool = False) -> RunResult:
    result = RunResult()
    run_id = store.start_run(now, box.name)
    try:
        texts: dict[str, str] = {}
        result.messages_new, result.skipped = sync(store, box, cfg, now, texts)
        address = getattr(box, "address", "")
        if address:  # Gmail's profile address is the user's even when the config lists none
            if address.lower() not in cfg.me:
                cfg.me.append(address.lower())
            if store.get_meta(ADDRESS_KEY) != address:
                with store.transaction():
                    store.set_meta(ADDRESS_KEY, address)
        messages = store.messages()
        if not dry_run:
            recover(store, box)
        reconcile(store, box, messages, texts, withdraw=not dry_run)
        result.apps = track(messages, rules_for(cfg), now, store.overrides())
        the_plan = plan(result.apps, store.drafts(), settings_for(cfg, paths), now)
        result.notes = the_plan.notes
        if dry_run:
            result.drafts = [
                DraftRecord(id=draft_id(d.application_id, d.round, d.key), application_id=d.application_id,
                            company=d.company, round=d.round, step=d.step, key=d.key, to=d.to, subject=d.subject,
                            thread_id=d.thread_id, created_at=now)
                for d in the_plan.create
            ]
        else:
            result.drafts, result.obsoleted = make_drafts(store, box, the_plan, now)
    except BaseException as exc:
        _finish(store, run_id, box, now, False, result, type(exc).__name__)
        raise
    _finish(store, run_id, box, now, True, result)
    return result


def _finish(store: Store, run_id: int, box: Mailbox, now: datetime, ok: bool, result: RunResult,
            error: str | None = None) -> None:
    quota = getattr(box, "quota", None)
    store.finish_run(run_id, now, ok, result.messages_new, len(result.drafts), error,
                     api_calls=quota.calls if quota else 0, quota_units=quota.units if quota else 0)


def status(store: Store, cfg: Config, paths: Paths, now: datetime) -> tuple[list[Application], dict[str, str]]:
    """Applications as they stand, with the planner's notes, without touching any mailbox."""
    apps = track(store.messages(), rules_for(cfg), now, store.overrides())
    records = store.drafts()
    notes = dict(plan(apps, records, settings_for(cfg, paths), now).notes)
    for r in records:
        if r.fate == "pending":
            if not r.to:
                notes[r.application_id] = "add the recipient to the draft"
            else:
                notes.setdefault(r.application_id, "a draft is waiting for your review")
    return apps, notes
