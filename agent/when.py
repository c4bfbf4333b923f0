"""Dates and times written in mail text: "Wednesday, January 28, 2026 1:00 PM - 1:30 PM PST",
"mardi 24 mars 2026, 14h00 (heure de Paris)", "Tuesday 2/24 at 9:30 AM Central", "by Friday".

Pure functions: the message's own date is passed in to complete a missing year or resolve a
weekday, and the user's zone is the fallback when the text names none.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

MONTHS = {
    # English
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
    # French
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
    # Spanish
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    # Italian
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9,
    "ottobre": 10, "dicembre": 12,
    # Portuguese
    "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9, "outubro": 10, "novembro": 11,
    "dezembro": 12,
    # German
    "januar": 1, "februar": 2, "märz": 3, "maerz": 3, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
}  # fmt: skip

WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4,
    "lunes": 0, "martes": 1, "miércoles": 2, "jueves": 3, "viernes": 4,
    "lunedì": 0, "martedì": 1, "mercoledì": 2, "giovedì": 3, "venerdì": 4,
    "segunda-feira": 0, "terça-feira": 1, "quarta-feira": 2, "quinta-feira": 3, "sexta-feira": 4,
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4,
}  # fmt: skip

# Zone words as written in mail, to an IANA zone. Abbreviations map to the region's zone, so
# "PST" written in July still means Pacific local time, which is what the writer meant.
ZONES = {
    "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles", "pt": "America/Los_Angeles",
    "pacific": "America/Los_Angeles", "pacific time": "America/Los_Angeles",
    "mst": "America/Denver", "mdt": "America/Denver", "mt": "America/Denver",
    "mountain": "America/Denver", "mountain time": "America/Denver",
    "cst": "America/Chicago", "cdt": "America/Chicago", "ct": "America/Chicago",
    "central": "America/Chicago", "central time": "America/Chicago",
    "est": "America/New_York", "edt": "America/New_York", "et": "America/New_York",
    "eastern": "America/New_York", "eastern time": "America/New_York",
    "gmt": "Europe/London", "bst": "Europe/London", "utc": "UTC", "uk time": "Europe/London",
    "cet": "Europe/Berlin", "cest": "Europe/Berlin", "mez": "Europe/Berlin", "mesz": "Europe/Berlin",
    "heure de paris": "Europe/Paris", "heure française": "Europe/Paris", "hora de madrid": "Europe/Madrid",
    "hora peninsular": "Europe/Madrid", "ist": "Asia/Kolkata", "aest": "Australia/Sydney",
}  # fmt: skip

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_ZONE = "|".join(re.escape(z) for z in sorted(ZONES, key=len, reverse=True))

DATE_PATTERNS = [
    # January 28, 2026 / Jan 28 / February 12th
    re.compile(rf"\b(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>20\d\d))?", re.I),
    # 24 mars 2026 / 16 de febrero / 17. März 2026 / 28 January
    re.compile(
        rf"\b(?P<day>\d{{1,2}})(?:er|\.)?\s+(?:de\s+)?(?P<month>{_MONTH})\.?(?:\s+(?:de\s+)?(?P<year>20\d\d))?\b", re.I
    ),
    # 2026-02-24
    re.compile(r"\b(?P<year>20\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b"),
    # 2/24 or 2/24/2026 (US order)
    re.compile(r"(?<![\d/])(?P<month>1[0-2]|0?[1-9])/(?P<day>3[01]|[12]\d|0?[1-9])(?:/(?P<year>20\d\d))?(?![\d/])"),
]
WEEKDAY_RE = re.compile(rf"\b(?P<weekday>{_WEEKDAY})\b\.?", re.I)
# Days named from the message's own date: "see you tomorrow - 10am".
RELATIVE_DAYS = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
                 "aujourd'hui": 0, "hoy": 0, "heute": 0, "tomorrow": 1, "tomorrow's": 1, "tmrw": 1, "demain": 1}
RELATIVE_RE = re.compile(r"\b(?P<rel>" + "|".join(sorted(map(re.escape, RELATIVE_DAYS), key=len, reverse=True)) + r")(?!\w)",
                         re.I)
TIME_RE = re.compile(
    r"(?<![\d:])(?P<h>[01]?\d|2[0-3])(?:(?::|h|\.)(?P<m>[0-5]\d))?\s*(?P<ampm>[ap]\.?m\.?)?(?![\d:])"
    r"(?:\s*(?:uhr))?",
    re.I,
)
RANGE_SEP = re.compile(r"^\s*(?:-|–|—|to|bis|à|a|hasta)\s*", re.I)
ZONE_RE = re.compile(rf"\(?\b(?P<zone>{_ZONE})\b\)?|\((?P<iana>[A-Z][a-z]+/[A-Za-z_]+)\)", re.I)


@dataclass
class Found:
    start: datetime
    end: datetime | None
    pos: int


def _year_for(month: int, day: int, ref: date) -> int:
    """The year that puts month/day nearest the reference date (mail mostly talks about the near future)."""
    best = ref.year
    best_gap = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            gap = abs((date(year, month, day) - ref).days - 30)
        except ValueError:
            continue
        if best_gap is None or gap < best_gap:
            best, best_gap = year, gap
    return best


def find_dates(text: str, ref: date) -> list[tuple[int, int, date]]:
    """(start, end, date) of every calendar date written in the text.

    Linear in the text: spans already taken are kept sorted and looked up by bisection, so a text
    full of dates costs no more per date than a text with one (a list scan made it quadratic)."""
    found: list[tuple[int, int, date]] = []
    starts: list[int] = []  # taken spans never overlap, so sorted by start they are sorted by end too
    ends: list[int] = []
    for pattern in DATE_PATTERNS:
        for m in pattern.finditer(text):
            i = bisect.bisect_left(starts, m.end())
            if i > 0 and ends[i - 1] > m.start():
                continue  # overlaps a date an earlier pattern read
            month_s = m.group("month")
            month = int(month_s) if month_s.isdigit() else MONTHS.get(month_s.lower())
            day = int(m.group("day"))
            if not month:
                continue
            year = int(m.group("year")) if m.group("year") else _year_for(month, day, ref)
            try:
                value = date(year, month, day)
            except ValueError:
                continue
            found.append((m.start(), m.end(), value))
            starts.insert(i, m.start())
            ends.insert(i, m.end())
    for m in WEEKDAY_RE.finditer(text):
        if _near_a_date(m.start(), starts, ends):
            continue  # a weekday written next to a full date adds nothing
        found.append((m.start(), m.end(), next_weekday(ref, WEEKDAYS[m.group("weekday").lower()])))
    for m in RELATIVE_RE.finditer(text):
        if not _near_a_date(m.start(), starts, ends):
            found.append((m.start(), m.end(), ref + timedelta(days=RELATIVE_DAYS[m.group("rel").lower()])))
    found.sort()
    return found


def _near_a_date(pos: int, starts: list[int], ends: list[int]) -> bool:
    """A date starts within 30 characters of pos, or pos falls inside a date or 40 characters after it."""
    i = bisect.bisect_left(starts, pos - 29)
    if i < len(starts) and starts[i] < pos + 30:
        return True
    j = bisect.bisect_right(starts, pos) - 1  # the last date starting at or before pos
    return j >= 0 and pos < ends[j] + 40


def next_weekday(ref: date, weekday: int) -> date:
    """The next such weekday after the reference date (a mail says "Friday" meaning the coming one)."""
    days = (weekday - ref.weekday()) % 7
    return ref + timedelta(days=days or 7)


def _clock(m: re.Match[str], ampm_hint: str | None = None) -> time | None:
    hour = int(m.group("h"))
    minute = int(m.group("m") or 0)
    ampm = (m.group("ampm") or ampm_hint or "").lower().replace(".", "")
    if ampm:
        if hour > 12 or hour == 0:
            return None
        if ampm == "pm" and hour != 12:
            hour += 12
        if ampm == "am" and hour == 12:
            hour = 0
    elif m.group("m") is None and "h" not in m.group(0).lower() and "uhr" not in m.group(0).lower():
        return None  # a bare number is not a time
    return time(hour, minute)


def find_times(text: str) -> list[tuple[int, int, time, time | None]]:
    """(start, end, begin, finish) of clock times and ranges ("1:00 PM - 1:30 PM", "14h00 – 15h00")."""
    out: list[tuple[int, int, time, time | None]] = []
    pos = 0
    while True:
        m = TIME_RE.search(text, pos)
        if not m:
            return out
        pos = m.end()
        second = None
        rest = text[m.end() : m.end() + 30]
        sep = RANGE_SEP.match(rest)
        if sep:
            m2 = TIME_RE.match(text, m.end() + sep.end())
            if m2:
                second = m2
        hint = None
        if second is not None and not m.group("ampm") and second.group("ampm"):
            hint = second.group("ampm")
        begin = _clock(m, hint)
        if begin is None:
            continue
        finish = _clock(second) if second is not None else None
        if second is not None:
            pos = second.end()
        out.append((m.start(), pos, begin, finish))


# Abbreviations that name one offset (standard or summer time), and a zone that keeps that
# offset all year: "MST" in June is Arizona, not Denver (which is on MDT then).
FIXED_ALL_YEAR = {"mst": "America/Phoenix", "aest": "Australia/Brisbane", "ist": "Asia/Kolkata", "utc": "UTC"}


def resolve_zone(word: str, moment: datetime, default: tzinfo) -> tzinfo:
    """What a zone abbreviation means at `moment`: the user's own zone when it goes by that name
    then; the region's zone when the region does; a zone that keeps that offset all year when
    one does ("MST" in summer); else the region's zone (a writer who says "PST" in July means
    Pacific local time)."""
    word = word.lower()
    region = ZoneInfo(ZONES[word])
    if len(word) > 4 or word.endswith("t") and len(word) == 2:
        return region  # "pacific time", "ET": the region's local time whatever the season
    if (moment.replace(tzinfo=default).tzname() or "").lower() == word:
        return default
    if (moment.replace(tzinfo=region).tzname() or "").lower() == word:
        return region
    if word in FIXED_ALL_YEAR:
        return ZoneInfo(FIXED_ALL_YEAR[word])
    return region


# Zones people write from, in the order an offset is read as one of them: a Date header says
# "-0700", which in July is Los Angeles (before Phoenix) and in January Denver.
WRITER_ZONES = (
    "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Phoenix",
    "America/Halifax", "America/St_Johns", "America/Sao_Paulo", "America/Mexico_City", "Europe/London",
    "Europe/Berlin", "Europe/Helsinki", "Europe/Moscow", "Asia/Dubai", "Asia/Kolkata", "Asia/Singapore",
    "Asia/Tokyo", "Australia/Sydney", "Australia/Brisbane", "Australia/Adelaide", "Australia/Perth",
    "Pacific/Auckland", "Africa/Johannesburg",
)  # fmt: skip


def writer_zone(sent: datetime | None, user_tz: tzinfo) -> tzinfo:
    """The clock a time written without a zone was read from: the writer's. A person's mail
    client stamps the Date header with their local offset; a server's says +0000 (or -0000,
    "unknown"), which tells nothing, so the user's zone stays the fallback, as it does when it
    keeps the same offset then. Otherwise the first common zone with that offset at that moment,
    so a time a week later, across a change to summer time, keeps its wall clock."""
    offset = sent.utcoffset() if sent is not None else None
    if sent is None or not offset or sent.astimezone(user_tz).utcoffset() == offset:
        return user_tz
    for name in WRITER_ZONES:
        zone = ZoneInfo(name)
        if sent.astimezone(zone).utcoffset() == offset:
            return zone
    return timezone(offset)


def find_zone(text: str, pos: int, default: tzinfo, before: int | None = None,
              moment: datetime | None = None) -> tzinfo:
    """The zone written just after a time, else one written between its date and the time.
    With `moment` (the local date and time read), an abbreviation is read for that moment."""
    m = ZONE_RE.search(text, pos, pos + 60)
    if not m and before is not None:
        earlier = list(ZONE_RE.finditer(text, max(0, before), pos))
        m = earlier[-1] if earlier else None
    if not m:
        return default
    if m.group("iana"):
        try:
            return ZoneInfo(m.group("iana"))
        except Exception:
            return default
    if moment is not None:
        return resolve_zone(m.group("zone"), moment, default)
    return ZoneInfo(ZONES[m.group("zone").lower()])


def find_datetimes(text: str, ref: datetime, default_tz: tzinfo) -> list[Found]:
    """Every date-with-time in the text, in order of appearance."""
    ref_local = ref.astimezone(default_tz).date() if ref.tzinfo else ref.date()
    dates = find_dates(text, ref_local)
    times = find_times(text)
    date_starts = [d[0] for d in dates]
    date_ends = sorted(d[1] for d in dates)
    by_end = sorted(dates, key=lambda d: (d[1], d[0]))
    out: list[Found] = []
    for t_start, t_end, begin, finish in times:
        # the nearest date ending before the time (within 160), else the first starting after it (within 70)
        b = bisect.bisect_right(date_ends, t_start) - 1
        a = bisect.bisect_left(date_starts, t_end)
        before = by_end[b] if b >= 0 and t_start - by_end[b][1] <= 160 else None
        after = dates[a] if a < len(dates) and dates[a][0] - t_end <= 70 else None
        if before:
            day = before[2]
            anchor = before[0]
        elif after:
            day = after[2]
            anchor = t_start
        else:
            continue
        zone = find_zone(text, t_end, default_tz, before=anchor if before else None,
                         moment=datetime.combine(day, begin))
        start = datetime.combine(day, begin, tzinfo=zone)
        end = datetime.combine(day, finish, tzinfo=zone) if finish else None
        if end is not None and end <= start:
            end = None
        out.append(Found(start=start, end=end, pos=anchor))
    return out


def find_day(text: str, ref: datetime, default_tz: tzinfo) -> datetime | None:
    """The first date in a short phrase ("by Friday, February 27"), as the end of that day."""
    ref_local = ref.astimezone(default_tz).date()
    dates = find_dates(text, ref_local)
    if not dates:
        return None
    day = dates[0][2]
    return datetime.combine(day, time(23, 59), tzinfo=default_tz)
