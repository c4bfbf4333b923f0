"""Signals -> applications -> stage -> next action: the cadence of docs/how-it-decides.md, in one place.

Everything here is pure: messages, the user's overrides, the config and `now` go in; the
applications and where each stands come out. Re-running with the same inputs gives the same
answer, which is what makes the agent safe to run from cron every hour.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime, tzinfo

from agent.addresses import FREE_MAIL, domain, is_human, org_label
from agent.config import Cadence
from agent.ladder import decide
from agent.models import LIVE_STAGES, Application, Message, Override, Person
from agent.replay import replay


def slug(value: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-") or "unknown"


def company_key(name: str) -> str:
    """Names that differ only in case, punctuation, '&'/'and', a leading 'The' or a legal suffix are one company
    ("The Halyard Review" signs the letter, "Halyard Review" the portal)."""
    name = re.sub(r"\b(?:gmbh|inc|llc|ltd|ag|corp|co|s\.?a\.?s?|plc)\b\.?", "", re.sub(r"^\s*the\s+", "", name.lower()))
    return re.sub(r"[^a-z0-9]", "", re.sub(r"\s(?:&|and)\s", " ", name))


# --------------------------------------------------------------------------- grouping


def group(messages: list[Message]) -> list[tuple[str, str, str | None, list[Message]]]:
    """Messages -> (id, company, role, messages) per application.

    Threads hold together first (a reply without a company name belongs to its thread); threads
    of one company form one application, unless they name different roles.
    """
    by_thread: dict[str, list[Message]] = defaultdict(list)
    for m in sorted(messages, key=lambda m: m.date):
        by_thread[m.thread_id or m.id].append(m)

    thread_company: dict[str, str] = {}
    names: dict[str, Counter[str]] = defaultdict(Counter)
    domains: dict[str, str] = {}
    same: dict[str, str] = {}  # company key -> the key it was merged into

    def root(key: str) -> str:
        while key in same:
            key = same[key]
        return key

    for tid, msgs in by_thread.items():
        votes = Counter(
            company_key(m.signal.company)
            for m in msgs
            if not m.from_me and m.signal.kind != "not_relevant" and m.signal.company
        )
        if not votes:
            continue
        key = votes.most_common(1)[0][0]
        thread_company[tid] = key
        for m in msgs:
            if m.signal.company and company_key(m.signal.company) == key:
                names[key][m.signal.company] += 1
            for p in [m.sender, *m.reply_to, *m.signal.people]:
                if p and not m.from_me and is_human(p) and p.address:
                    d = domain(p.address)
                    first = domains.setdefault(d, key)
                    org = company_key(org_label(p.address))
                    if (root(first) != root(key) and org not in FREE_MAIL and len(org) >= 4
                            and first.startswith(org) and key.startswith(org)):
                        # one company domain, its name read two ways ("Quillpay" off the domain,
                        # "Quillpay Payments" from the text): one company
                        same[root(key)] = root(first)
    thread_company = {tid: root(key) for tid, key in thread_company.items()}
    for key in list(names):
        if root(key) != key:
            names[root(key)].update(names.pop(key))
    domains = {d: root(key) for d, key in domains.items()}

    # The user's own mail in a thread the company never wrote in: match by the recipient's domain.
    for tid, msgs in by_thread.items():
        if tid in thread_company:
            continue
        for m in msgs:
            if m.from_me:
                hit = next((domains[domain(p.address)] for p in m.to if domain(p.address) in domains), None)
                if hit:
                    thread_company[tid] = hit
                    break

    by_company: dict[str, list[str]] = defaultdict(list)
    for tid, key in thread_company.items():
        by_company[key].append(tid)

    out = []
    for key, tids in by_company.items():
        display = _display_name(names[key]) if names[key] else key
        roles = _thread_roles(tids, by_thread)
        distinct = {role_key for role_key in roles.values() if role_key}
        if len(distinct) <= 1:
            msgs = sorted((m for t in tids for m in by_thread[t]), key=lambda m: m.date)
            out.append((slug(display), display, _role(msgs), msgs))
            continue
        # Several roles at one company: each its own application; role-less threads join the
        # role whose thread came last before them.
        ordered = sorted(tids, key=lambda t: by_thread[t][0].date)
        buckets: dict[str, list[str]] = defaultdict(list)
        current = next(r for r in (roles[t] for t in ordered) if r)
        for t in ordered:
            current = roles[t] or current
            buckets[current].append(t)
        for rk, ts in buckets.items():
            msgs = sorted((m for t in ts for m in by_thread[t]), key=lambda m: m.date)
            role = _role(msgs)
            out.append((slug(f"{display} {role or rk}"), display, role, msgs))
    out.sort(key=lambda a: a[3][0].date)
    return out


def _display_name(names: Counter[str]) -> str:
    # Prefer names as the company writes them (with spaces) over ones read off a domain.
    best: str = max(names.items(), key=lambda kv: (kv[1] + (0.5 if " " in kv[0] else 0), len(kv[0])))[0]
    return best


def _thread_roles(tids: list[str], by_thread: dict[str, list[Message]]) -> dict[str, str]:
    """Each thread's role key. A key that contains another ("seniorbackendengineer" and
    "backendengineer") is the same role read more or less fully: they are merged, so only
    roles that really differ split a company into several applications."""
    out = {}
    for t in tids:
        votes = Counter(company_key(m.signal.role) for m in by_thread[t] if m.signal.role and not m.from_me)
        out[t] = votes.most_common(1)[0][0] if votes else ""
    keys = sorted({k for k in out.values() if k}, key=len)
    canonical = {}
    for k in keys:
        canonical[k] = next((c for c in keys if len(c) < len(k) and c in k), k)
    return {t: canonical.get(k, k) for t, k in out.items()}


def _role(msgs: list[Message]) -> str | None:
    votes = Counter(m.signal.role for m in msgs if m.signal.role and not m.from_me)
    return votes.most_common(1)[0][0] if votes else None


# --------------------------------------------------------------------------- stage


@dataclass
class Rules:
    """What the tracker needs from the config."""

    cadence: Cadence
    tz: tzinfo
    me: frozenset[str] = frozenset()  # the user's addresses: never the person a draft goes to


def thread_ids(messages: list[Message]) -> tuple[str, ...]:
    return tuple(sorted({m.thread_id for m in messages}))


def threads_by_app(apps: list[Application]) -> dict[str, tuple[str, ...]]:
    """Each application's id -> the threads it holds: what rekeyed() finds a renamed application by."""
    return {a.id: thread_ids(a.messages) for a in apps}


def rekeyed(overrides: dict[str, Override], threads_of: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """Old id -> new id for the user's word about an application whose id changed. An id is made of the company's
    name, and a newer version may read the name better ('Granite Peak' where it read 'Granitepeak'): a pause or a
    'rejected' the user set must follow the application, found by the threads it held, or it would wake up."""
    moves: dict[str, str] = {}
    for old, o in overrides.items():
        if old in threads_of or not o.threads:
            continue
        for app_id, threads in threads_of.items():
            if app_id not in overrides and app_id not in moves.values() and set(threads) & set(o.threads):
                moves[old] = app_id
                break
    return moves


def track(
    messages: list[Message],
    rules: Rules,
    now: datetime,
    overrides: dict[str, Override] | None = None,
) -> list[Application]:
    """Every application the mail shows, each with its stage and next action at `now`."""
    overrides = overrides or {}
    groups = group([m for m in messages if m.date <= now])
    moves = rekeyed(overrides, {g[0]: thread_ids(g[3]) for g in groups})
    overrides = {moves.get(k, k): v for k, v in overrides.items()}
    apps = []
    for app_id, company, role, msgs in groups:
        app = Application(id=app_id, company=company, role=role, messages=msgs)
        app.override = _with_labels(overrides.get(app_id, Override()), msgs)
        if app.override.stage == "ignore":
            continue  # the user labelled a thread of it followup/ignore
        _stage(app, rules, now)
        apps.append(app)
    _time_sensitive(apps, now)
    return apps


def _with_labels(override: Override, msgs: list[Message]) -> Override:
    """Labels the user put on a thread in Gmail act like `followup set` (the command still wins)."""
    labels = {label for m in msgs for label in m.labels}
    if not labels:
        return override
    o = Override(stage=override.stage, paused=override.paused, channel=override.channel,
                 offer_deadline=override.offer_deadline)
    if "followup/ignore" in labels:
        o.stage = "ignore"
    elif o.stage is None:
        for stage in ("rejected", "withdrawn"):
            if f"followup/{stage}" in labels:
                o.stage = stage
    if "followup/pause" in labels:
        o.paused = True
    return o


def _stage(app: Application, rules: Rules, now: datetime) -> None:
    """Replay the mail into facts, then read the stage off the cadence table (agent/ladder.py)."""
    c = rules.cadence
    f = replay(app.messages, rules.tz, c.interview_minutes, app.override.offer_deadline)
    app.evidence.extend(f.evidence)
    app.round = f.round
    app.interview = f.interview or f.held  # a called-off round: the drafts speak of the last interview held
    app.offer_deadline = f.offer_deadline
    app.last_contact_at = max((m.date for m in app.messages), default=None)
    interview = f.interview
    if interview is not None and interview.end <= now and (app.last_contact_at is None or interview.end > app.last_contact_at):
        app.last_contact_at = interview.end  # the interview itself was the last contact
    app.reply_to_message = _reply_target(app)
    d = decide(f, c, rules.tz, now, app.override.stage)
    _set(app, d.stage, d.note, d.action, d.at, d.key)
    app.ladder_step = (d.action, d.at, d.key)
    for step in ("thank_you", "check_in", "time_sensitive"):
        app.step_recipients[step] = recipients(app, step, rules.me)
    app.step_recipients["follow_up"] = app.step_recipients["check_in"]
    app.recipients = app.step_recipients.get(d.action or "check_in", [])
    app.contact = app.recipients[0] if app.recipients else None


def _set(app: Application, stage: str, note: str, action: str | None = None, at: datetime | None = None,
         key: str = "") -> None:
    app.stage = stage
    app.note = note
    app.next_action = action
    app.next_action_at = at
    app.step_key = key
    if action:
        app.evidence.append(f"rule: stage {stage}; {note}; next {action} at {at.isoformat() if at else '-'}")
    else:
        app.evidence.append(f"rule: stage {stage}; {note}")


def _time_sensitive(apps: list[Application], now: datetime) -> None:
    """An offer with a deadline makes every other live application time-sensitive until the deadline."""
    offers = [a for a in apps if a.stage == "offer" and a.offer_deadline and a.offer_deadline > now]
    for offer in offers:
        assert offer.offer_deadline is not None
        for app in apps:
            if app is offer or app.stage not in LIVE_STAGES:
                continue
            if app.next_action in (None, "check_in", "follow_up") or (
                app.next_action_at and app.next_action_at > now
            ):
                app.next_action = "time_sensitive"
                app.next_action_at = offer.messages[-1].date if offer.messages else now
                app.step_key = f"time_sensitive:{offer.id}"
                app.note = f"an offer elsewhere needs an answer by {offer.offer_deadline.isoformat()}"
                app.evidence.append(f"rule: offer from {offer.company} with a deadline -> time-sensitive draft")
                app.offer_deadline = offer.offer_deadline
                app.recipients = app.step_recipients.get("time_sensitive", app.recipients)
                app.contact = app.recipients[0] if app.recipients else None


def recipients(app: Application, step: str | None, me: frozenset[str]) -> list[Person]:
    """Who a draft for `step` goes to. The user's channel choice wins. A thank-you goes to every
    interviewer of the round (the recruiter only when no interviewer's address is known or the
    recruiter sat in); a check-in or follow-up goes to the person at the company who wrote last,
    the recruiter by default. Never the user, never a robot or shared inbox."""
    ch = app.override.channel or ""
    if ch.startswith("person:"):
        return [Person(address=ch.split(":", 1)[1].strip().lower())]

    def ok(p: Person | None) -> bool:
        return p is not None and bool(p.address) and is_human(p) and p.address.lower() not in me

    company = [m for m in app.messages if not m.from_me and m.signal.kind != "not_relevant"]
    names: dict[str, str] = {}  # an address -> the name it goes by in the headers of the application's mail
    for m in app.messages:
        for p in [m.sender, *m.reply_to, *m.to]:
            if p is not None and p.address and p.name and "@" not in p.name:
                names.setdefault(p.address.lower(), p.name)

    def unique(people: list[Person]) -> list[Person]:
        """One entry per address, named as its own mail names it: a greeting never guesses a name
        from body text or an address's spelling (no name: "Hello,")."""
        seen: dict[str, Person] = {}
        for p in people:
            key = p.address.lower()
            seen.setdefault(key, Person(p.address, names.get(key), p.role))
        return list(seen.values())

    interviewers = unique([p for p in (app.interview.people if app.interview else []) if ok(p)])
    if step == "thank_you" and interviewers:
        return interviewers
    for m in reversed(company):  # the person who wrote last
        writers = [p for p in [m.sender, *m.reply_to] if p is not None and ok(p)]
        if writers:
            return unique(writers[:1])
    named = [p for m in reversed(company) for p in m.signal.people if ok(p)]
    named.sort(key=lambda p: p.role != "recruiter")  # stable: the latest recruiter first
    return unique(named)[:1] or interviewers[:1]


def _reply_target(app: Application) -> Message | None:
    """The message a draft answers: the latest one from the company, preferring one a human sent."""
    company = [m for m in app.messages if not m.from_me and m.signal.kind != "not_relevant"]
    human = [m for m in company if any(is_human(p) for p in [m.sender, *m.reply_to])]
    pool = human or company
    return pool[-1] if pool else None



