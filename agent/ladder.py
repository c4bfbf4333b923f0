"""Facts + now -> stage, next step and when: DESIGN.md's cadence table, one function per row.

`decide` picks the row; each `_row_*` function below is one line of the table (and the settled
rules that go with it), so a reader can check the product against DESIGN.md in one place.
A draft waiting for review never appears here: a stage is a function of the mail and the time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from agent.cadence import add_days, after_working_day, end_of_day
from agent.config import Cadence
from agent.models import Message
from agent.replay import Facts, day


@dataclass
class Decision:
    stage: str
    note: str
    action: str | None = None
    at: datetime | None = None
    key: str = ""  # the rung, once per (application, round): "check_in:c1n1"


def decide(f: Facts, c: Cadence, tz: tzinfo, now: datetime, override: str | None = None) -> Decision:
    """The row of the table that holds at `now`."""
    if override in ("withdrawn", "rejected"):
        return _row_closed_by_you(override)
    if f.phase == "rejected":
        return _row_rejected()
    if f.phase == "offer":
        return _row_offer()
    if f.phase == "scheduling":
        return _row_scheduling(f)
    if f.phase == "applied":
        return _row_applied()
    if f.interview is not None and f.interview.end > now:
        return _row_scheduled(f, tz)
    return _after_interview(f, c, tz, now)


# ------------------------------------------------------------------ the rows before an interview ends


def _row_applied() -> Decision:
    """applied: only an acknowledgement so far -> nothing."""
    return Decision("applied", "application acknowledged")


def _row_scheduling(f: Facts) -> Decision:
    """scheduling: asked for a time; holds until a time is confirmed, even once the user answered."""
    answered = f.phase_at is not None and any(m.date > f.phase_at for m in f.mine)
    return Decision("scheduling", "waiting for them to confirm" if answered else "reply needed")


def _row_scheduled(f: Facts, tz: tzinfo) -> Decision:
    """scheduled: a confirmed time still ahead (an interview under way is still scheduled)."""
    assert f.interview is not None
    return Decision("scheduled", f"interview {day(f.interview.start, tz, True)}")


def _row_closed_by_you(stage: str) -> Decision:
    """rejected / withdrawn, set by the user: closed; nothing, ever again."""
    return Decision(stage, f"set by you: {stage}")


def _row_rejected() -> Decision:
    """rejected: closed; nothing, ever again."""
    return Decision("rejected", "closed")


def _row_offer() -> Decision:
    """offer: no follow-ups for it (its deadline makes the others time-sensitive, see tracker)."""
    return Decision("offer", "an offer arrived")


# ------------------------------------------------------------------ the ladder after the interview


@dataclass
class Clock:
    """The moments the ladder counts from, for the current round."""

    ended: datetime  # the interview's end (or the cancellation, when none took place)
    anchor: datetime  # the later of `ended` and the company's last message since
    company_last: datetime | None  # the company's last message since `ended` that restarts the clock
    restarts: int  # how many times the company restarted the clock: part of each rung's key
    wrote: list[Message]  # everything the user wrote to the company since `ended`
    rungs: list[Message]  # of those, the ones that count as check-in and follow-ups

    @property
    def they_wrote_last(self) -> bool:
        return self.company_last is not None and (not self.wrote or self.company_last > self.wrote[-1].date)


def clock(f: Facts, c: Cadence, tz: tzinfo) -> Clock:
    """The check-in clock starts at the later of the interview's end and the company's last message;
    follow-ups count from the user's last message. The user's first message inside the thank-you
    window is the thank-you, not a rung; after a company message only what the user wrote since counts."""
    ended = f.interview.end if f.interview is not None else (f.phase_at or f.company[-1].date)
    after = f.company_after(ended)
    company_last = max((m.date for m in after), default=None)
    anchor = max(ended, company_last) if company_last else ended
    wrote = f.mine_after(ended)
    window_end = end_of_day(ended, tz, c.thank_you_within_days)
    thank_you = wrote[0] if wrote and wrote[0].date < window_end else None
    rungs = [m for m in wrote if m is not thank_you and (company_last is None or m.date > company_last)]
    return Clock(ended, anchor, company_last, len(after), wrote, rungs)


def _after_interview(f: Facts, c: Cadence, tz: tzinfo, now: datetime) -> Decision:
    """The ladder: which row holds once the interview is over (or was called off)."""
    k = clock(f, c, tz)
    if f.on_hold_at is not None and f.on_hold_at >= k.anchor - timedelta(seconds=1):
        return _row_role_on_hold(f, k, c, tz, now)
    quiet = _row_gone_quiet(k, c, tz, now)
    if quiet is not None:
        return quiet
    at, waited = check_in_at(f, k, c, tz)
    if k.they_wrote_last:
        return _row_check_in_due(k, at, waited) if now >= at else _row_in_conversation(k, at)
    if k.rungs:
        return _row_on_hold(k, c, tz)
    window_end = end_of_day(k.ended, tz, c.thank_you_within_days)
    if not k.wrote and now < window_end and f.interview is not None:
        return _row_interviewed(f, k, tz, window_end)
    return _row_check_in_due(k, at, waited) if now >= at else _row_waiting(k, at)


def _row_interviewed(f: Facts, k: Clock, tz: tzinfo, window_end: datetime) -> Decision:
    """interviewed: the interview ended, the user has not written -> thank-you, from the end of the
    interview to the end of the next day in the user's zone."""
    d = Decision("interviewed", "a thank-you is due", "thank_you", k.ended, f"thank_you:r{f.round}")
    d.note = f"thank-you due by {day(window_end - timedelta(minutes=1), tz, True)}"
    return d


def check_in_at(f: Facts, k: Clock, c: Cadence, tz: tzinfo) -> tuple[datetime, str]:
    """When the check-in is due, and why: a week after the later of the interview's end and the company's
    last message; after a promised date, not before the start of the first working day after it."""
    at = add_days(k.anchor, c.check_in_after_days, tz, c.business_days)
    waited = f"{c.check_in_after_days} days since " + ("their last message" if k.company_last else "the interview")
    if f.promised is not None and k.company_last is not None and f.promised >= k.ended:
        promise_over = after_working_day(f.promised, tz)
        if promise_over > at:
            at, waited = promise_over, f"they promised an answer by {day(f.promised, tz)}"
    return at, waited


def _row_waiting(k: Clock, at: datetime) -> Decision:
    """waiting: thank-you sent (or its window passed), under a week since the interview -> nothing yet."""
    return Decision("waiting", "play the waiting game", "check_in", at, f"check_in:c{k.restarts}n1")


def _row_in_conversation(k: Clock, at: datetime) -> Decision:
    """in_conversation: the company wrote after the user's last message -> nothing until their message
    is a week old (or a date they promised has passed)."""
    return Decision("in_conversation", "they wrote last", "check_in", at, f"check_in:c{k.restarts}n1")


def _row_check_in_due(k: Clock, at: datetime, waited: str) -> Decision:
    """check_in_due: a week since the interview or the company's last message, no reply -> check-in."""
    return Decision("check_in_due", waited, "check_in", at, f"check_in:c{k.restarts}n1")


def _row_on_hold(k: Clock, c: Cadence, tz: tzinfo) -> Decision:
    """on_hold: the user checked in and heard nothing -> a follow-up every 10 days from their last message."""
    n = len(k.rungs)
    last = max(m.date for m in k.rungs)
    at = add_days(last, c.follow_up_every_days, tz, c.business_days)
    return Decision("on_hold", f"you checked in {n} time(s); no answer yet", "follow_up", at,
                    f"follow_up:c{k.restarts}n{n + 1}")


def _row_gone_quiet(k: Clock, c: Cadence, tz: tzinfo, now: datetime) -> Decision | None:
    """gone_quiet: max_follow_ups user messages (check-in included) with no answer, or give_up_after_days
    since the later of the interview's end and the company's last message -> no more drafts."""
    give_up_at = add_days(k.anchor, c.give_up_after_days, tz, c.business_days)
    if len(k.rungs) >= c.max_follow_ups:
        return Decision("gone_quiet", f"time to back off: {len(k.rungs)} follow-ups without an answer")
    if now >= give_up_at:
        return Decision("gone_quiet", f"time to back off: {c.give_up_after_days} days without a word from them")
    return None


def _row_role_on_hold(f: Facts, k: Clock, c: Cadence, tz: tzinfo, now: datetime) -> Decision:
    """The company paused the role: one check-in after a long wait, then back off."""
    assert f.on_hold_at is not None
    key = f"check_in:c{k.restarts}n1"
    due = add_days(f.on_hold_at, c.on_hold_wait_days, tz, c.business_days)
    if k.rungs:
        return Decision("gone_quiet", "the role is on hold and your check-in went unanswered")
    if now < due:
        return Decision("in_conversation", "the role is on hold", "check_in", due, key)
    return Decision("check_in_due", "the role was on hold; a check-in is due", "check_in", due, key)
