"""Messages -> facts: what happened in one application, in order, with no judgement about `now`.

The replay reads the company's messages once, oldest first, and keeps what the cadence needs:
which round it is, the interview of that round, whether a time is being arranged, what the
company promised or paused, and how the process closed. It also collects the user's own
messages, so the ladder can count the rungs after each anchor. Pure: no clock, no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo

from agent.models import Interview, Message


@dataclass
class Facts:
    """Everything the ladder reads about one application."""

    phase: str = "applied"  # applied | scheduling | scheduled | cancelled | offer | rejected
    phase_at: datetime | None = None  # when the company's message that set `phase` arrived
    round: int = 0
    interview: Interview | None = None  # the latest interview of the current round
    held: Interview | None = None  # the last interview that took place before the current round
    promised: datetime | None = None  # "we'll get back to you by ..." in the company's latest reply
    on_hold_at: datetime | None = None  # the company said the role is paused
    offer_deadline: datetime | None = None
    company: list[Message] = field(default_factory=list)  # the company's messages that mean something
    mine: list[Message] = field(default_factory=list)  # the user's messages, any thread of the application
    evidence: list[str] = field(default_factory=list)

    def mine_after(self, moment: datetime) -> list[Message]:
        """The user's messages strictly after `moment`: the rungs climbed since an anchor."""
        return [m for m in self.mine if m.date > moment]

    def company_after(self, moment: datetime) -> list[Message]:
        """Company messages since `moment` that restart the clock (a reply, a cancellation, a task)."""
        return [m for m in self.company
                if m.date >= moment and m.signal.kind in ("company_reply", "cancellation", "assessment")]


def replay(messages: list[Message], tz: tzinfo, interview_minutes: int,
           deadline_override: datetime | None = None) -> Facts:
    """Read an application's messages (sorted by date) into facts."""
    f = Facts(offer_deadline=deadline_override)
    f.company = [m for m in messages if not m.from_me and m.signal.kind != "not_relevant"]
    f.mine = [m for m in messages if m.from_me]
    for m in f.company:
        _step(f, m, tz, interview_minutes, deadline_override)
    return f


def _step(f: Facts, m: Message, tz: tzinfo, minutes: int, deadline_override: datetime | None) -> None:
    s = m.signal
    kind = s.kind
    if kind == "interview_invitation":
        if f.phase != "scheduling" and f.interview is not None and f.interview.end <= m.date:
            f.round += 1  # asked to schedule after an interview took place: the next round
            f.held, f.interview = f.interview, None
        f.phase, f.phase_at = "scheduling", m.date
        f.evidence.append(f"{day(m.date, tz)} {kind}: the company asked to schedule")
    elif kind in ("interview_confirmation", "reschedule") and s.interview_start:
        same_slot = f.interview is not None and f.interview.start == s.interview_start
        # a reminder restating the slot in words keeps the end its calendar part gave
        end = s.interview_end or (f.interview.end if same_slot and f.interview else
                                  s.interview_start + timedelta(minutes=minutes))
        if f.interview is not None and f.interview.end <= m.date and s.interview_start > f.interview.end:
            f.round += 1  # a new interview after one that took place: the next round
            f.held = f.interview
        elif f.round == 0:
            f.round = 1
        people = [p for p in s.people if p.role in ("interviewer", "organizer")] or list(s.people)
        f.interview = Interview(start=s.interview_start, end=end, people=people)
        f.phase, f.phase_at = "scheduled", m.date
        f.promised, f.on_hold_at = None, None
        f.evidence.append(f"{day(m.date, tz)} {kind}: interview {day(s.interview_start, tz, True)} (round {f.round})")
    elif kind == "reschedule":
        f.phase, f.phase_at = "scheduling", m.date
        f.evidence.append(f"{day(m.date, tz)} reschedule: a new time is being arranged")
    elif kind == "cancellation":
        if f.interview is not None and f.interview.end > m.date:
            f.interview = None  # the slot that was called off never happened
        f.phase, f.phase_at = "cancelled", m.date
        if s.on_hold:
            f.on_hold_at = m.date
        f.evidence.append(f"{day(m.date, tz)} cancellation: the interview was called off")
    elif kind == "offer":
        f.phase, f.phase_at = "offer", m.date
        f.offer_deadline = deadline_override or s.offer_deadline
        f.evidence.append(f"{day(m.date, tz)} offer"
                          + (f", decision by {day(f.offer_deadline, tz, True)}" if f.offer_deadline else ""))
    elif kind == "rejection":
        f.phase, f.phase_at = "rejected", m.date
        f.evidence.append(f"{day(m.date, tz)} rejection")
    elif kind == "company_reply":
        if s.on_hold:
            f.on_hold_at = m.date
        f.promised = s.promised_by  # the latest reply's promise is the one that counts
        f.evidence.append(f"{day(m.date, tz)} company_reply" + (" (role on hold)" if s.on_hold else "")
                          + (f", promised an answer by {day(s.promised_by, tz)}" if s.promised_by else ""))
    else:
        f.evidence.append(f"{day(m.date, tz)} {kind}")


def day(moment: datetime | None, tz: tzinfo, with_time: bool = False) -> str:
    """A moment as the evidence shows it, in the user's zone."""
    if moment is None:
        return "-"
    local = moment.astimezone(tz)
    return local.strftime("%a %Y-%m-%d %H:%M %Z") if with_time else local.strftime("%a %Y-%m-%d")
