"""Signals -> applications -> stage -> next action: the cadence table of DESIGN.md, in one place.

Everything here is pure: messages, the user's overrides, the config and `now` go in; the
applications and where each stands come out. Re-running with the same inputs gives the same
answer, which is what makes the agent safe to run from cron every hour.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from agent.addresses import domain, is_human
from agent.cadence import add_days, after_working_day, end_of_day
from agent.config import Cadence
from agent.models import LIVE_STAGES, Application, Interview, Message, Override, Person


def slug(value: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-") or "unknown"


def company_key(name: str) -> str:
    """Names that differ only in case, punctuation, '&'/'and' or a legal suffix are one company."""
    name = re.sub(r"\b(?:gmbh|inc|llc|ltd|ag|corp|co|s\.?a\.?s?|plc)\b\.?", "", name.lower())
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
    names: dict[str, Counter] = defaultdict(Counter)
    domains: dict[str, str] = {}
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
                    domains.setdefault(domain(p.address), key)

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


def _display_name(names: Counter) -> str:
    # Prefer names as the company writes them (with spaces) over ones read off a domain.
    return max(names.items(), key=lambda kv: (kv[1] + (0.5 if " " in kv[0] else 0), len(kv[0])))[0]


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


def track(
    messages: list[Message],
    rules: Rules,
    now: datetime,
    overrides: dict[str, Override] | None = None,
) -> list[Application]:
    """Every application the mail shows, each with its stage and next action at `now`."""
    overrides = overrides or {}
    apps = []
    for app_id, company, role, msgs in group([m for m in messages if m.date <= now]):
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
    c = rules.cadence
    tz = rules.tz
    ev = app.evidence
    company_msgs = [m for m in app.messages if not m.from_me and m.signal.kind != "not_relevant"]
    my_msgs = [m for m in app.messages if m.from_me]
    app.last_contact_at = max((m.date for m in app.messages), default=None)
    app.contact = _contact(app, rules.me)
    app.reply_to_message = _reply_target(app)

    # Replay the company's messages in order: rounds, interviews, decisions.
    phase = "applied"
    interview: Interview | None = None
    rnd = 0
    phase_at = None
    promised: datetime | None = None
    on_hold_at: datetime | None = None
    deadline = app.override.offer_deadline
    for m in company_msgs:
        s = m.signal
        kind = s.kind
        if kind == "interview_invitation":
            if phase not in ("scheduling",):
                if interview is not None and interview.end <= m.date:
                    rnd += 1
                    interview = None
            phase, phase_at = "scheduling", m.date
            ev.append(f"{_d(m.date, tz)} {kind}: the company asked to schedule")
        elif kind in ("interview_confirmation", "reschedule") and s.interview_start:
            same_slot = interview is not None and interview.start == s.interview_start
            # a reminder restating the slot in words keeps the end its calendar part gave
            end = s.interview_end or (interview.end if same_slot and interview else
                                      s.interview_start + timedelta(minutes=c.interview_minutes))
            if interview is not None and interview.end <= m.date and s.interview_start > interview.end:
                rnd += 1  # a new interview after one that took place: the next round
            elif interview is None and rnd == 0:
                rnd = 1
            people = [p for p in s.people if p.role in ("interviewer", "organizer")] or s.people
            interview = Interview(start=s.interview_start, end=end, people=people)
            phase, phase_at = "scheduled", m.date
            promised, on_hold_at = None, None
            ev.append(f"{_d(m.date, tz)} {kind}: interview {_d(s.interview_start, tz, True)} (round {rnd})")
        elif kind == "reschedule":
            phase, phase_at = "scheduling", m.date
            ev.append(f"{_d(m.date, tz)} reschedule: a new time is being arranged")
        elif kind == "cancellation":
            if interview is not None and interview.end > m.date:
                interview = None
            phase, phase_at = "cancelled", m.date
            if s.on_hold:
                on_hold_at = m.date
            ev.append(f"{_d(m.date, tz)} cancellation: the interview was called off")
        elif kind == "offer":
            phase, phase_at = "offer", m.date
            deadline = app.override.offer_deadline or s.offer_deadline
            ev.append(f"{_d(m.date, tz)} offer" + (f", decision by {_d(deadline, tz, True)}" if deadline else ""))
        elif kind == "rejection":
            phase, phase_at = "rejected", m.date
            ev.append(f"{_d(m.date, tz)} rejection")
        elif kind == "company_reply":
            if s.on_hold:
                on_hold_at = m.date
            if s.promised_by:
                promised = s.promised_by
            ev.append(f"{_d(m.date, tz)} company_reply" + (" (role on hold)" if s.on_hold else "")
                      + (f", promised an answer by {_d(s.promised_by, tz)}" if s.promised_by else ""))
        else:
            ev.append(f"{_d(m.date, tz)} {kind}")
    app.round = rnd
    app.interview = interview
    app.offer_deadline = deadline
    if interview is not None and interview.end <= now and (app.last_contact_at is None or interview.end > app.last_contact_at):
        app.last_contact_at = interview.end  # the interview itself was the last contact

    if app.override.stage in ("withdrawn", "rejected"):
        _set(app, app.override.stage, f"set by you: {app.override.stage}")
        return
    if phase in ("rejected", "offer"):
        _set(app, phase, "closed" if phase == "rejected" else "an offer arrived")
        return
    if phase == "scheduling":
        answered = any(m.date > phase_at for m in my_msgs)
        _set(app, "scheduling", "waiting for them to confirm" if answered else "reply needed")
        return
    if phase == "applied":
        _set(app, "applied", "application acknowledged")
        return
    if phase == "cancelled" and interview is None and rnd <= 1 and not _had_interview(company_msgs, phase_at):
        _set(app, "waiting", "interview cancelled; waiting on the company")
        if on_hold_at is None:
            return
    if interview is not None and interview.end > now:
        _set(app, "scheduled", f"interview {_d(interview.start, tz, True)}")
        return

    # After the interview: the ladder.
    interview_end = interview.end if interview is not None else phase_at
    after = [m for m in company_msgs if m.date > interview_end and m.signal.kind == "company_reply"
             or (m.signal.kind == "cancellation" and m.date >= interview_end)]
    last_company = max((m.date for m in after), default=None)
    anchor = max(interview_end, last_company) if last_company else interview_end
    mine_after_interview = [m for m in my_msgs if m.date > interview_end]
    ladder = [m for m in my_msgs if m.date > anchor]
    restarts = len(after)
    window_end = end_of_day(interview_end, tz, c.thank_you_within_days)
    if last_company is None:
        # the thank-you (sent inside its window) is not a rung of the ladder
        ladder = [m for m in ladder if m.date >= window_end]
    k = len(ladder)

    if on_hold_at is not None and on_hold_at >= anchor - timedelta(seconds=1):
        # the role is on hold: one check-in after a long wait, then back off
        due = add_days(on_hold_at, c.on_hold_wait_days, tz, c.business_days)
        if k >= 1:
            _set(app, "gone_quiet", "the role is on hold and your check-in went unanswered")
            return
        if now < due:
            _set(app, "in_conversation", "the role is on hold", "check_in", due, f"check_in:c{restarts}n1")
        else:
            _set(app, "check_in_due", "the role was on hold; a check-in is due", "check_in", due,
                 f"check_in:c{restarts}n1")
        return

    silence_since = anchor
    give_up_at = add_days(silence_since, c.give_up_after_days, tz, c.business_days)
    if k >= c.max_follow_ups or now >= give_up_at:
        why = (f"{k} follow-ups without an answer" if k >= c.max_follow_ups
               else f"{c.give_up_after_days} days without a word from them")
        _set(app, "gone_quiet", f"time to back off: {why}")
        return

    if k == 0:
        if promised is not None and (last_company is None or promised >= anchor):
            check_in_at = after_working_day(promised, tz)
            waited = f"they promised an answer by {_d(promised, tz)}"
        else:
            check_in_at = add_days(anchor, c.check_in_after_days, tz, c.business_days)
            waited = f"{c.check_in_after_days} days since " + ("their last message" if last_company else "the interview")
        key = f"check_in:c{restarts}n1"
        if last_company is None:
            if not mine_after_interview and now < window_end:
                _set(app, "interviewed", "a thank-you is due", "thank_you", interview_end, f"thank_you:r{rnd}")
                app.note = f"thank-you due by {_d(window_end - timedelta(minutes=1), tz, True)}"
                return
            if now < check_in_at:
                _set(app, "waiting", "play the waiting game", "check_in", check_in_at, key)
                return
            _set(app, "check_in_due", waited, "check_in", check_in_at, key)
            return
        if now < check_in_at:
            _set(app, "in_conversation", "they wrote last", "check_in", check_in_at, key)
            return
        _set(app, "check_in_due", waited, "check_in", check_in_at, key)
        return

    last_mine = max(m.date for m in ladder)
    due = add_days(last_mine, c.follow_up_every_days, tz, c.business_days)
    _set(app, "on_hold", f"you checked in {k} time(s); no answer yet", "follow_up", due,
         f"follow_up:c{restarts}n{k + 1}")


def _had_interview(company_msgs: list[Message], before: datetime | None) -> bool:
    return any(
        m.signal.interview_start and before and m.signal.kind in ("interview_confirmation", "reschedule")
        and (m.signal.interview_end or m.signal.interview_start) < before
        for m in company_msgs
    )


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


def _contact(app: Application, me: frozenset[str]) -> Person | None:
    """The human at the company to write to: channel override, else the latest human reply address."""
    ch = app.override.channel or ""
    if ch.startswith("person:"):
        return Person(address=ch.split(":", 1)[1].strip().lower())
    for m in reversed(app.messages):
        if m.from_me:
            continue
        for p in m.signal.people:
            if p.address and is_human(p) and p.address not in me:
                return p
    return None


def _reply_target(app: Application) -> Message | None:
    """The message a draft answers: the latest one from the company, preferring one a human sent."""
    company = [m for m in app.messages if not m.from_me and m.signal.kind != "not_relevant"]
    human = [m for m in company if any(is_human(p) for p in [m.sender, *m.reply_to])]
    pool = human or company
    return pool[-1] if pool else None


def _d(moment: datetime | None, tz: tzinfo, with_time: bool = False) -> str:
    if moment is None:
        return "-"
    local = moment.astimezone(tz)
    return local.strftime("%a %Y-%m-%d %H:%M %Z") if with_time else local.strftime("%a %Y-%m-%d")
