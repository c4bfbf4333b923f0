"""Calendar arithmetic for the cadence, in the user's time zone.

"A week", "the next day" and "working day" are wall-clock ideas: they are counted in the
user's zone so a DST change does not move a thank-you window by an hour.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo


def add_days(start: datetime, days: int, tz: tzinfo, business: bool = False) -> datetime:
    """`start` plus `days` days at the same local time; with `business`, Saturdays and Sundays don't count
    and the result never lands on a weekend."""
    local = start.astimezone(tz)
    if not business:
        return _at(local.date() + timedelta(days=days), local.timetz().replace(tzinfo=None), tz)
    day = local.date()
    left = days
    while left > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            left -= 1
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return _at(day, local.timetz().replace(tzinfo=None), tz)


def end_of_day(moment: datetime, tz: tzinfo, extra_days: int = 0) -> datetime:
    """Midnight after the local day of `moment` (plus `extra_days`): the first instant of the day after."""
    day = moment.astimezone(tz).date() + timedelta(days=extra_days + 1)
    return _at(day, time(0, 0), tz)


def after_working_day(moment: datetime, tz: tzinfo) -> datetime:
    """The start of the first working day after the local day of `moment`: a promise of 'by Friday'
    is over once Friday is, and the check-in may go from Monday 00:00 (DESIGN, settled)."""
    day = moment.astimezone(tz).date() + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return _at(day, time(0, 0), tz)


def _at(day: date, clock: time, tz: tzinfo) -> datetime:
    # A wall-clock time in the zone; fold=0 picks the first of an ambiguous pair, and a time inside
    # a spring-forward gap normalises forward once converted.
    return datetime.combine(day, clock, tzinfo=tz)
