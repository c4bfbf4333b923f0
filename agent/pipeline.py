"""One pass of the agent: sync, read, track, plan, make drafts. The edges meet the core here.

Each step commits on its own: new messages in one transaction, draft fates in another, and
every draft's intent is recorded before the mailbox call and confirmed after it. A crash at
any point leaves the database at a step boundary, and the next run picks up from there
without making a second draft.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import signal
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from agent.addresses import is_human, is_plain_address, is_relay, org_label, same_organisation
from agent.config import Config, Paths
from agent.context import SECOND_LOOK_LIMIT, SECOND_LOOK_SECONDS, MailboxContext, worth_a_second_look
from agent.drafts import content_hash, draft_id, load_templates
from agent.fates import sent_as
from agent.learned import LearnedRule
from agent.mailbox import ADDRESS_KEY, CURSOR_KEY, LABELS_KEY
from agent.mailbox.base import AuthNeeded, Mailbox, MailboxUnavailable, SyncResult
from agent.models import Application, DraftRecord, Email, Message, Override, Signal, control_labels
from agent.planner import Plan, Settings, adopted, plan
from agent.store import Store
from agent.tracker import Rules, rekeyed, threads_by_app, track

log = logging.getLogger("followup")


@dataclass
class RunResult:
    messages_new: int = 0
    skipped: int = 0  # messages quarantined this run
    quarantined: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, id, exception type)
    drafts: list[DraftRecord] = field(default_factory=list)
    obsoleted: list[DraftRecord] = field(default_factory=list)  # withdrawn: obsolete or superseded
    apps: list[Application] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)
    needs_me: bool = False  # drafts were due but none was made: followup does not know the user's address
    reread: bool = False  # the user's addresses changed, so the mail was read again from the source


def parse(raw: bytes, **kw: Any) -> Email:
    """agent.parse.parse, imported on first use: `status` and `drafts` never read MIME (bs4 is slow to load)."""
    from agent.parse import parse as parse_mime

    return parse_mime(raw, **kw)


def classify(email: Email, **kw: Any) -> Signal:
    """agent.classify.classify, imported on first use, like `parse`."""
    from agent.classify import classify as classify_email

    return classify_email(email, **kw)


def reader(cfg: Config, now: datetime, learned: Sequence[LearnedRule]) -> Callable[[Email, frozenset[str]], Message]:
    """How a run reads one message into its digest: in the user's zone, with their own employer's domains and the rules
    their corrections taught, and the companies known so far (the second argument). `followup classify` reads so too."""
    from agent.corrections import own_domains

    own = own_domains(cfg.me)

    def read(email: Email, known_domains: frozenset[str]) -> Message:
        signal = classify(email, now=now, tz=cfg.tz, known_domains=known_domains, own_domains=own, learned=learned)
        return Message.from_email(email, signal, fallback_date=now)

    return read


def rules_for(cfg: Config) -> Rules:
    return Rules(cadence=cfg.cadence, tz=cfg.tz, me=frozenset(cfg.me))


def settings_for(cfg: Config, paths: Paths) -> Settings:
    return Settings(tz=cfg.tz, user_name=cfg.name, missing_recipient=cfg.missing_recipient,
                    name_other_company=cfg.name_other_company, templates=load_templates(paths.templates),
                    max_follow_ups=cfg.cadence.max_follow_ups)


__all__ = ["ADDRESS_KEY", "CURSOR_KEY", "LABELS_KEY", "ME_KEY", "NEEDS_ME", "RunResult", "run", "status", "sync",
           "user_known"]

ME_KEY = "user.me"  # the addresses the stored mail was read with
NEEDS_ME = "due, but no drafts until followup knows your address: run `followup setup`"


def user_known(store: Store, cfg: Config) -> bool:
    """Whether followup knows whose mailbox this is. Without it the user's own replies would read as
    the company's, and a draft would have no sender: no drafts are made until it does."""
    return bool(cfg.me) or bool(store.get_meta(ADDRESS_KEY))


def reread_if_me_changed(store: Store, box: Mailbox, cfg: Config) -> bool:
    """Stored mail was read with the addresses the config had then ("is this mine?" is decided at
    reading). When they change, forget the stored mail (drafts and overrides stay) and read it all
    again from the source. A database from before this check only records the addresses."""
    current = json.dumps(sorted(cfg.me))
    before = store.get_meta(ME_KEY)
    if before == current:
        return False
    with store.transaction():
        if before is not None:
            store.forget_messages()
            store.delete_meta(CURSOR_KEY)
        store.set_meta(ME_KEY, current)
    if before is None:
        return False
    box.forget_cursor()
    log.info("the configured addresses changed: reading the mail again")
    return True


def whole_source(exc: BaseException) -> bool:
    """Failures that stop a run: the mailbox unreachable or refusing the credentials, the disk or the
    database failing. Anything else is about one message or one application, and is quarantined."""
    if isinstance(exc, (AuthNeeded, MailboxUnavailable, OSError, sqlite3.Error, MemoryError, KeyboardInterrupt, SystemExit)):
        return True
    status = getattr(getattr(exc, "resp", None), "status", None)
    if isinstance(status, int) and (status in (401, 403, 429) or status >= 500):
        return True
    module = type(exc).__module__ or ""
    return module.startswith(("google.auth", "agent.auth", "httplib2"))


MESSAGE_BUDGET = 20.0  # seconds one message may take to read and classify before it is set aside


class TooSlow(Exception):
    """One message took longer than its time budget."""


@contextlib.contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise TooSlow in this block after `seconds` (SIGALRM; main thread only, elsewhere no budget).
    The parsers are linear and capped; this is the net under them, should one still run away."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expired(signum: int, frame: object) -> None:
        raise TooSlow(f"over {seconds:g}s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def set_aside(store: Store, result: RunResult | None, kind: str, item: str, exc: BaseException, now: datetime,
              detail: str = "") -> None:
    """Quarantine one item: logged by id and exception type only (a message could quote mail text)."""
    error = type(exc).__name__
    log.error("%s %s quarantined: %s", kind, item, error)
    with store.transaction():
        store.quarantine(kind, item, error, now, detail)
    if result is not None:
        result.quarantined.append((kind, item, error))


def sync(store: Store, box: Mailbox, cfg: Config, now: datetime, texts: dict[str, str] | None = None,
         result: RunResult | None = None) -> tuple[int, int, SyncResult]:
    """Read new mail into the store as digests, with the mailbox's new sync cursor, in one
    transaction. A message that cannot be read, classified or stored is quarantined by id (so it
    counts as seen and the cursor moves past it); the rest are kept. The text of the user's own new
    messages goes to `texts` (memory only, for this run) to recognise a sent draft."""
    result = result if result is not None else RunResult()
    known = store.known_ids()
    me = set(cfg.me)
    digests: list[Message] = []
    bad: list[tuple[str, str]] = []
    from agent.corrections import learn_from_labels

    context = MailboxContext.of(store.messages())
    read = reader(cfg, now, store.learned_rules())
    seen: set[str] = set()
    again: list[tuple[int, Email, frozenset[str]]] = []  # (index in digests, the message, what it was read with)
    passed_over = 0
    fetched = box.sync(known)

    for raw in fetched.messages:
        if raw.id in seen:
            continue  # two listings can name one message
        seen.add(raw.id)
        try:
            with time_budget(MESSAGE_BUDGET):
                email = parse(raw.raw, id=raw.id, thread_id=raw.thread_id, labels=raw.labels, me=me,
                              names=(cfg.name,))
                if email.warnings:
                    log.warning("message %s: %s", raw.id, "; ".join(email.warnings))
                known_domains = context.known_for(email)
                digest = read(email, known_domains)
            if worth_a_second_look(email, digest.signal.kind, known_domains):
                if len(again) < SECOND_LOOK_LIMIT:
                    again.append((len(digests), email, known_domains))
                else:
                    passed_over += 1
            digests.append(digest)
            if texts is not None and email.from_me:
                texts[digest.id] = email.text
            context.learn(digest)
        except Exception as exc:  # one bad message never stops the run
            if whole_source(exc):
                raise
            bad.append((raw.id, type(exc).__name__))
    read_again(again, digests, context, read)
    if passed_over:
        log.warning("%d message(s) read as no job mail were not read again (more than %d this run)", passed_over,
                    SECOND_LOOK_LIMIT)
    with store.transaction():
        for d in digests:
            try:
                with store.savepoint():
                    store.add_message(d, now)
            except sqlite3.OperationalError:
                raise  # the disk or the database, not the message
            except Exception as exc:
                bad.append((d.id, type(exc).__name__))
        for item, error in bad:
            log.error("message %s skipped: %s (quarantined)", item, error)
            store.quarantine("message", item, error, now)
            result.quarantined.append(("message", item, error))
        for message_id, names in fetched.relabelled.items():
            if message_id in known:
                store.set_labels(message_id, control_labels(names))  # ones fetched this run came with theirs
        if fetched.cursor is not None:
            store.set_meta(CURSOR_KEY, fetched.cursor)
        if fetched.label_names:
            store.set_meta(LABELS_KEY, json.dumps(fetched.label_names))
    changed = {d.id for d in digests if d.labels} | {
        i for i, names in fetched.relabelled.items() if control_labels(names)}
    if changed:  # a followup/... label is a correction: it teaches (agent/corrections.py)
        learn_from_labels(store, store.messages(), now, changed)
    read_ids = {d.id for d in digests}
    return len(digests) - sum(1 for item, _ in bad if item in read_ids), len(bad), fetched


def read_together(emails: list[Email], read: Callable[[Email, frozenset[str]], Message],
                  context: MailboxContext | None = None) -> list[Message]:
    """Read messages the way a run reads a mailbox, in the order given: each with what the ones before it made known
    (the companies in a process, the threads in which the user applied), then a second look at those read as no job
    mail once the rest made their sender known. `followup classify` reads several files so, as does bench/accuracy.py
    in sequence. (sync reads so too, with a time budget and quarantine around each message.)"""
    context = context if context is not None else MailboxContext()
    digests: list[Message] = []
    again: list[tuple[int, Email, frozenset[str]]] = []
    for email in emails:
        known = context.known_for(email)
        digest = read(email, known)
        if worth_a_second_look(email, digest.signal.kind, known):
            again.append((len(digests), email, known))
        digests.append(digest)
        context.learn(digest)
    read_again(again, digests, context, read)  # (within SECOND_LOOK_SECONDS; sync also caps how many it keeps)
    return digests


def read_again(again: list[tuple[int, Email, frozenset[str]]], digests: list[Message], context: MailboxContext,
               read: Callable[[Email, frozenset[str]], Message]) -> None:
    """Read again what the rest of the run explained (a reply listed before the message it answers), until a pass
    changes nothing, within SECOND_LOOK_SECONDS in all. A second reading is optional: if it fails, the first stands."""
    deadline = time.monotonic() + SECOND_LOOK_SECONDS
    waiting = list(again)
    while waiting and time.monotonic() < deadline:
        still = []
        for index, email, known_domains in waiting:
            if not context.knows_more_of(email, known_domains):
                still.append((index, email, known_domains))
                continue
            try:
                with time_budget(MESSAGE_BUDGET):
                    digests[index] = read(email, context.known_for(email))
                context.learn(digests[index])
            except Exception as exc:  # (KeyboardInterrupt and SystemExit still end the run)
                log.warning("message %s: a second reading failed (%s); the first stands", email.id, type(exc).__name__)
            if time.monotonic() >= deadline:
                break
        if len(still) == len(waiting):
            return
        waiting = still


def recover(store: Store, box: Mailbox, now: datetime | None = None, result: RunResult | None = None) -> None:
    """Finish what a crashed run started: a draft recorded as intent is adopted if the mailbox has
    it, else the intent is dropped so the planner makes it (once) again."""
    for r in store.drafts():
        if r.location:
            continue
        try:
            found = box.find_draft(r)
        except Exception as exc:
            if whole_source(exc):
                raise
            set_aside(store, result, "application", r.application_id, exc, now or r.created_at, r.id)
            continue
        with store.transaction():
            if found:
                store.update_draft(r.id, location=found)
            else:
                store.delete_draft(r.id)


def reconcile(store: Store, box: Mailbox, messages: list[Message], texts: dict[str, str] | None = None,
              withdraw: bool = True, now: datetime | None = None, result: RunResult | None = None) -> None:
    """Bring every draft's fate up to date: sent (see agent/fates.py), deleted or edited. An untouched
    copy of a sent draft left behind (a local .eml file the user sent from a mail client) is removed,
    unless `withdraw` is off (a dry run), so it can never be sent twice."""
    updates: list[tuple[str, dict[str, str]]] = []
    mine = [m for m in messages if m.from_me]
    for r in store.drafts():
        if r.fate not in ("pending", "edited") or not r.location:
            continue
        try:
            state, location = box.draft_state(r)
            text = box.draft_text(location) if state == "present" else None
            sent = sent_as(r, state, mine, text, texts) is not None
            if sent and state == "present" and withdraw:
                box.delete_draft(r)
        except Exception as exc:  # one draft the mailbox cannot answer for sets its application aside
            if whole_source(exc):
                raise
            set_aside(store, result, "application", r.application_id, exc, now or r.created_at, r.id)
            continue
        fields: dict[str, str] = {}
        if sent:
            fields["fate"] = "sent"
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


def recipients_at_company(app: Application, to: list[str], me: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """Only addresses at the application's own organisation, or the human a known relay named for it:
    never one a stray header, a spoofed From or another company brought in. The organisation is
    known from the humans who wrote from it, from the people a relay (an ATS) named in its mail,
    and from domains whose name is the company's name ('Scree Labs' -> screelabs.io)."""
    if app.override.channel and app.override.channel.startswith("person:"):
        return to  # the user named this person
    theirs: list[str] = []
    for m in app.messages:
        if m.from_me:
            continue
        theirs += [p.address for p in [m.sender, *m.reply_to] if p is not None and is_human(p)]
        if m.sender is not None and is_relay(m.sender.address):
            theirs += [p.address for p in m.signal.people if p.address and is_human(p) and p.address not in me]
    name = re.sub(r"[^a-z0-9]", "", app.company.lower())

    def ours(address: str) -> bool:
        label = re.sub(r"[^a-z0-9]", "", org_label(address))
        return any(same_organisation(address, t) for t in theirs) or (len(label) >= 4 and label == name)

    return [a for a in to if is_plain_address(a) and ours(a)]


def make_drafts(store: Store, box: Mailbox, the_plan: Plan, now: datetime, apps: list[Application] | None = None,
                result: RunResult | None = None, me: frozenset[str] = frozenset()) -> tuple[list[DraftRecord], list[DraftRecord]]:
    """Withdraw our untouched drafts whose moment is over (obsolete or superseded: deleted in the mailbox,
    the fate recorded), then make the planned ones: the intent is committed before the mailbox call and
    the location after it, so a crash in between is recovered, never repeated. A draft the mailbox
    refuses (a bad header, put outside its thread) sets that application aside for this draft, and
    the others are still made."""
    withdrawn = [(r, "obsolete") for r in the_plan.obsolete] + [(r, "superseded") for r in the_plan.superseded]
    done: list[DraftRecord] = []
    for r, fate in withdrawn:
        try:
            if box.draft_state(r)[0] == "present":
                box.delete_draft(r)
        except Exception as exc:
            if whole_source(exc):
                raise
            set_aside(store, result, "application", r.application_id, exc, now, r.id)
            continue
        with store.transaction():
            store.update_draft(r.id, fate=fate)
        r.fate = fate
        done.append(r)
    made: list[DraftRecord] = []
    existing = {r.id for r in store.drafts()}
    held = {(q["item"], q["detail"]) for q in store.quarantined() if q["kind"] == "application"}
    mine = {a.lower() for a in me}
    by_id = {a.id: a for a in apps or []}
    for d in the_plan.create:
        rid = draft_id(d.application_id, d.round, d.key)
        if rid in existing or (d.application_id, rid) in held:
            continue
        if d.application_id in by_id:
            d.to = recipients_at_company(by_id[d.application_id], d.to, mine)
        record = DraftRecord(
            id=rid, application_id=d.application_id, company=d.company, round=d.round, step=d.step, key=d.key,
            to=d.to, subject=d.subject, thread_id=d.thread_id, created_at=now, in_reply_to=d.in_reply_to,
            content_hash=content_hash(d.body),
        )
        try:
            with store.transaction():
                store.add_draft(record)
            record.location = box.create_draft(d, rid)
        except Exception as exc:
            if whole_source(exc):
                raise
            with store.transaction():
                store.delete_draft(rid)  # no record of a draft that does not exist
            set_aside(store, result, "application", d.application_id, exc, now, rid)
            continue
        with store.transaction():
            store.update_draft(rid, location=record.location)
        made.append(record)
    return made, done


def keep_adopted(store: Store, before: list[DraftRecord], after: list[DraftRecord]) -> None:
    """Records the application each draft now belongs to (planner.adopted), so `drafts` and the next run agree."""
    moved = [(a.id, a.application_id, a.company) for b, a in zip(before, after, strict=True)
             if (b.application_id, b.company) != (a.application_id, a.company)]
    if moved:
        with store.transaction():
            for rid, app_id, company in moved:
                store.update_draft(rid, application_id=app_id, company=company)


def keep_overrides(store: Store, overrides: dict[str, Override], apps: list[Application]) -> None:
    """The user's word about each application under its id of now and with the threads it holds now
    (tracker.rekeyed), so a later change of id finds it."""
    threads_of = threads_by_app(apps)
    moves = rekeyed(overrides, threads_of)
    changes = []
    for old, o in overrides.items():
        new = moves.get(old, old)
        if new in threads_of and (new != old or o.threads != threads_of[new]):
            changes.append((old, new))
    if changes:
        with store.transaction():
            for old, new in changes:
                store.move_override(old, new, threads_of[new])


def plan_each(apps: list[Application], records: list[DraftRecord], settings: Settings, now: datetime,
              store: Store | None = None, result: RunResult | None = None) -> Plan:
    """The plan for all applications; if planning them together fails, each on its own, and the
    ones that still fail are set aside."""
    try:
        return plan(apps, records, settings, now)
    except Exception as exc:
        if whole_source(exc):
            raise
    out = Plan()
    for app in apps:
        try:
            one = plan([app], records, settings, now)
        except Exception as exc:
            if whole_source(exc):
                raise
            if store is not None:
                set_aside(store, result, "application", app.id, exc, now)
            continue
        out.create += one.create
        out.obsolete += one.obsolete
        out.superseded += one.superseded
        out.notes.update(one.notes)
    return out


def run(store: Store, box: Mailbox, cfg: Config, paths: Paths, now: datetime, dry_run: bool = False) -> RunResult:
    result = RunResult()
    started = time.monotonic()  # `now` may be pinned; the run's length is real, so finished_at is too
    run_id = store.start_run(now, box.name)
    try:
        texts: dict[str, str] = {}
        result.reread = reread_if_me_changed(store, box, cfg)
        result.messages_new, result.skipped, fetched = sync(store, box, cfg, now, texts, result)
        address = fetched.address
        if address:  # Gmail's profile address is the user's even when the config lists none
            if address.lower() not in cfg.me:
                cfg.me.append(address.lower())
            if store.get_meta(ADDRESS_KEY) != address:
                with store.transaction():
                    store.set_meta(ADDRESS_KEY, address)
        messages = store.messages()
        if not dry_run:
            recover(store, box, now, result)
        reconcile(store, box, messages, texts, withdraw=not dry_run, now=now, result=result)
        overrides = store.overrides()
        result.apps = track(messages, rules_for(cfg), now, overrides)
        records = store.drafts()
        if not dry_run:
            keep_adopted(store, records, adopted(result.apps, records))
            keep_overrides(store, overrides, result.apps)
        the_plan = plan_each(result.apps, records, settings_for(cfg, paths), now, store, result)
        result.notes = the_plan.notes
        if not cfg.me and not dry_run:
            result.needs_me = bool(the_plan.create)
            for d in the_plan.create:
                result.notes[d.application_id] = NEEDS_ME
            the_plan.create = []
        if dry_run:
            result.drafts = [
                DraftRecord(id=draft_id(d.application_id, d.round, d.key), application_id=d.application_id,
                            company=d.company, round=d.round, step=d.step, key=d.key, to=d.to, subject=d.subject,
                            thread_id=d.thread_id, created_at=now)
                for d in the_plan.create
            ]
        else:
            result.drafts, result.obsoleted = make_drafts(store, box, the_plan, now, result.apps, result,
                                                            frozenset(cfg.me))
            store_less(store, result.apps, messages, now - timedelta(days=cfg.backfill_days),
                       cursor_source=box.incremental)
    except BaseException as exc:
        _finish(store, run_id, box, now + timedelta(seconds=time.monotonic() - started), False, result,
                type(exc).__name__)
        raise
    _finish(store, run_id, box, now + timedelta(seconds=time.monotonic() - started), True, result)
    return result


def store_less(store: Store, apps: list[Application], messages: list[Message], keep_since: datetime,
               cursor_source: bool = False) -> None:
    """Only messages that are part of an application keep their subject and people
    (docs/privacy-and-storage.md); the user's own mail of the backfill window stays whole, as a company
    may answer it.
    With a sync cursor (Gmail), the ids of others' mail are dropped a week after the backfill window,
    so the database stops growing; a local mailbox is re-read each run and needs them all."""
    keep = {m.id for a in apps for m in a.messages}
    # a message that needs a look keeps what `status` shows of it until the user settles it
    keep |= {m.id for m in messages if m.signal.needs_look and m.date >= keep_since}
    with store.transaction():
        reduced = store.prune(keep, keep_since)
        if cursor_source:
            reduced += store.drop_reduced(keep_since - timedelta(days=7))
    if reduced:
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the erased text leaves the journal too


def _finish(store: Store, run_id: int, box: Mailbox, finished_at: datetime, ok: bool, result: RunResult,
            error: str | None = None) -> None:
    quota = box.usage()
    store.finish_run(run_id, finished_at, ok, result.messages_new, len(result.drafts), error,
                     api_calls=quota.calls if quota else 0, quota_units=quota.units if quota else 0,
                     quarantined=len(result.quarantined))


def status(store: Store, cfg: Config, paths: Paths, now: datetime) -> tuple[list[Application], dict[str, str]]:
    """Applications as they stand, with the planner's notes, without touching any mailbox."""
    apps = track(store.messages(), rules_for(cfg), now, store.overrides())
    records = store.drafts()
    the_plan = plan(apps, records, settings_for(cfg, paths), now)
    notes = dict(the_plan.notes)
    if not user_known(store, cfg):
        for d in the_plan.create:
            notes[d.application_id] = NEEDS_ME
    for r in records:
        if r.fate == "pending":
            if not r.to:
                notes[r.application_id] = "add the recipient to the draft"
            else:
                notes.setdefault(r.application_id, "a draft is waiting for your review")
    return apps, notes
