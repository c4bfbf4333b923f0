"""A small iCalendar (RFC 5545) reader for the one VEVENT an interview invite carries.

Interview invites use a handful of properties; reading them directly keeps parse fast and
lets us map the Windows zone names Outlook writes into TZID.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from agent.addresses import is_plain_address
from agent.models import CalendarEvent, Person
from agent.sanitize import header_value

# Windows zone names Exchange/Outlook put in TZID, mapped to IANA (CLDR windowsZones, common ones).
WINDOWS_ZONES = {
    "Eastern Standard Time": "America/New_York",
    "Central Standard Time": "America/Chicago",
    "Mountain Standard Time": "America/Denver",
    "US Mountain Standard Time": "America/Phoenix",
    "Pacific Standard Time": "America/Los_Angeles",
    "Alaskan Standard Time": "America/Anchorage",
    "Hawaiian Standard Time": "Pacific/Honolulu",
    "Atlantic Standard Time": "America/Halifax",
    "GMT Standard Time": "Europe/London",
    "Greenwich Standard Time": "Atlantic/Reykjavik",
    "W. Europe Standard Time": "Europe/Berlin",
    "Romance Standard Time": "Europe/Paris",
    "Central Europe Standard Time": "Europe/Budapest",
    "Central European Standard Time": "Europe/Warsaw",
    "E. Europe Standard Time": "Europe/Chisinau",
    "FLE Standard Time": "Europe/Kiev",
    "India Standard Time": "Asia/Kolkata",
    "China Standard Time": "Asia/Shanghai",
    "Tokyo Standard Time": "Asia/Tokyo",
    "AUS Eastern Standard Time": "Australia/Sydney",
    "Singapore Standard Time": "Asia/Singapore",
    "UTC": "UTC",
}


def zone(name: str | None) -> ZoneInfo | None:
    """An IANA or Windows zone name as a ZoneInfo, or None when unknown."""
    if not name:
        return None
    name = name.strip().strip('"')
    name = WINDOWS_ZONES.get(name, name)
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


MAX_TEXT = 200_000  # characters of one calendar part
MAX_LINE = 8_000
_LINE = re.compile(r'^([A-Za-z0-9-]+)((?:;[^:;="]+=(?:"[^"]*"|[^:;"]*))*):(.*)$')
_PARAM = re.compile(r';([^:;="]+)=("[^"]*"|[^:;"]*)')


def _unfold(text: str) -> list[str]:
    return re.sub(r"\r?\n[ \t]", "", text).splitlines()


def _split(line: str) -> tuple[str, dict[str, str], str]:
    # NAME;PARAM=VALUE;PARAM="quoted:value":value
    # A value is quoted or free of quotes, never either: the ambiguous form backtracked exponentially
    # on `X;a="";a="";...` with no colon. Lines are capped too: no property of an invite is that long.
    line = line[:MAX_LINE]
    m = _LINE.match(line)
    if not m:
        return "", {}, ""
    params = {}
    for part in _PARAM.findall(m.group(2)):
        params[part[0].upper()] = part[1].strip('"')
    return m.group(1).upper(), params, m.group(3)


def _unescape(value: str) -> str:
    return value.replace("\\n", "\n").replace("\\N", "\n").replace("\\,", ",").replace("\\;", ";")


def _when(value: str, params: dict[str, str], default_tz: ZoneInfo | None) -> datetime | None:
    """A DATE or DATE-TIME, or None when unreadable or outside the years mail can mean (1970-2199):
    year 9999 or 0001 would overflow the first time a zone or a duration is applied."""
    value = value.strip()
    if not re.match(r"^(?:19[7-9]\d|2[01]\d\d)\d{4}(?:T\d{6}Z?)?$", value):
        return None
    try:
        if value.endswith("Z"):
            return datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        if "T" not in value:
            day = datetime.strptime(value, "%Y%m%d")
            return day.replace(tzinfo=default_tz or UTC)
        naive = datetime.strptime(value, "%Y%m%dT%H%M%S")
    except ValueError:
        return None
    tz = zone(params.get("TZID")) or default_tz
    return naive.replace(tzinfo=tz or UTC)


def _person(value: str, params: dict[str, str]) -> Person | None:
    address = re.sub(r"^mailto:", "", value.strip(), flags=re.I)
    if not is_plain_address(address):
        return None  # one plain address or nobody: an invite must not smuggle a recipient in
    return Person(address=address.lower(), name=header_value(params.get("CN") or "", 200).strip() or None,
                  role=params.get("ROLE"))


def read_calendar(text: str, default_tz: ZoneInfo | None = None) -> CalendarEvent | None:
    """The first VEVENT of an iCalendar text, or None when it holds none."""
    event: CalendarEvent | None = None
    method = None
    depth = []
    duration = None
    for line in _unfold(text[:MAX_TEXT]):
        name, params, value = _split(line)
        if name == "BEGIN":
            depth.append(value.strip().upper())
            if value.strip().upper() == "VEVENT" and event is None:
                event = CalendarEvent(method=method)
            continue
        if name == "END":
            if depth:
                popped = depth.pop()
                if popped == "VEVENT" and event is not None and event.start is not None:
                    break
            continue
        if name == "METHOD":
            method = value.strip().upper()
            if event is not None:
                event.method = method
        if not depth or depth[-1] != "VEVENT" or event is None:
            continue
        if name == "DTSTART":
            event.start = _when(value, params, default_tz)
        elif name == "DTEND":
            event.end = _when(value, params, default_tz)
        elif name == "DURATION":
            duration = _duration(value)
        elif name == "RRULE":
            event.recurring = True
        elif name == "UID":
            event.uid = value.strip()
        elif name == "SEQUENCE":
            event.sequence = _sequence(value)
        elif name == "STATUS":
            event.status = value.strip().upper()
        elif name == "SUMMARY":
            event.summary = _unescape(value).strip()
        elif name == "DESCRIPTION":
            event.description = _unescape(value).strip()
        elif name == "LOCATION":
            event.location = _unescape(value).strip()
        elif name == "ORGANIZER":
            event.organizer = _person(value, params)
        elif name == "ATTENDEE":
            person = _person(value, params)
            if person:
                event.attendees.append(person)
    if event is not None and event.end is None and event.start is not None and duration is not None:
        try:
            event.end = event.start + duration
        except OverflowError:
            event.end = None
    if event is not None and event.start is not None and event.end is not None and event.end < event.start:
        event.end = None
    return event


def _sequence(value: str) -> int:
    """SEQUENCE is ASCII digits; '²' passes str.isdigit, so check the characters themselves."""
    value = value.strip()
    return int(value) if value and len(value) <= 9 and all("0" <= c <= "9" for c in value) else 0


MAX_DURATION = timedelta(days=31)  # an interview invite spans hours; anything longer is not one


def _duration(value: str) -> timedelta | None:
    m = re.match(r"^P(?:(\d{1,6})W)?(?:(\d{1,6})D)?(?:T(?:(\d{1,6})H)?(?:(\d{1,6})M)?(?:(\d{1,7})S)?)?$", value.strip())
    if not m:
        return None
    w, d, h, mi, s = (int(g or 0) for g in m.groups())
    span = timedelta(weeks=w, days=d, hours=h, minutes=mi, seconds=s)
    return span if span <= MAX_DURATION else None
