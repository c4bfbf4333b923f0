"""A small iCalendar (RFC 5545) reader for the one VEVENT an interview invite carries.

Interview invites use a handful of properties; reading them directly keeps parse fast and
lets us map the Windows zone names Outlook writes into TZID.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from agent.addresses import is_plain_address
from agent.models import CalendarEvent, Person
from agent.sanitize import header_value
from agent.when import WRITER_ZONES

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
    "E. Australia Standard Time": "Australia/Brisbane",
    "Cen. Australia Standard Time": "Australia/Adelaide",
    "AUS Central Standard Time": "Australia/Darwin",
    "W. Australia Standard Time": "Australia/Perth",
    "Tasmania Standard Time": "Australia/Hobart",
    "New Zealand Standard Time": "Pacific/Auckland",
    "Newfoundland Standard Time": "America/St_Johns",
    "Central Standard Time (Mexico)": "America/Mexico_City",
    "E. South America Standard Time": "America/Sao_Paulo",
    "SA Pacific Standard Time": "America/Bogota",
    "Argentina Standard Time": "America/Buenos_Aires",
    "Pacific SA Standard Time": "America/Santiago",
    "GTB Standard Time": "Europe/Bucharest",
    "Turkey Standard Time": "Europe/Istanbul",
    "Russian Standard Time": "Europe/Moscow",
    "Israel Standard Time": "Asia/Jerusalem",
    "Egypt Standard Time": "Africa/Cairo",
    "South Africa Standard Time": "Africa/Johannesburg",
    "W. Central Africa Standard Time": "Africa/Lagos",
    "E. Africa Standard Time": "Africa/Nairobi",
    "Arabian Standard Time": "Asia/Dubai",
    "Pakistan Standard Time": "Asia/Karachi",
    "Bangladesh Standard Time": "Asia/Dhaka",
    "SE Asia Standard Time": "Asia/Bangkok",
    "Korea Standard Time": "Asia/Seoul",
    "Taipei Standard Time": "Asia/Taipei",
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
    year 9999 or 0001 would overflow the first time a zone or a duration is applied. A local time
    whose zone is unknown here (no TZID, or one no zone database names, and no `default_tz`) comes
    back naive: read_calendar settles it once it has read the whole calendar."""
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
    return naive.replace(tzinfo=tz) if tz is not None else naive


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
    depth: list[str] = []
    duration = None
    calendar_zone: str | None = None  # X-WR-TIMEZONE
    zones: dict[str, dict[str, timedelta]] = {}  # VTIMEZONE TZID -> STANDARD/DAYLIGHT TZOFFSETTO
    tzid: str | None = None
    tzids: dict[str, str | None] = {}  # DTSTART/DTEND -> the TZID it names
    for line in _unfold(text[:MAX_TEXT]):
        name, params, value = _split(line)
        if depth and depth[-1] == "VCALENDAR" and name == "X-WR-TIMEZONE":
            calendar_zone = value.strip()
        elif "VTIMEZONE" in depth and name == "TZID" and len(zones) < 10:
            tzid = value.strip()
            zones.setdefault(tzid, {})
        elif tzid is not None and name == "TZOFFSETTO" and depth and depth[-1] in ("STANDARD", "DAYLIGHT"):
            offset = _offset(value)
            if offset is not None:
                zones[tzid].setdefault(depth[-1], offset)
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
            tzids["DTSTART"] = params.get("TZID")
        elif name == "DTEND":
            event.end = _when(value, params, default_tz)
            tzids["DTEND"] = params.get("TZID")
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
    if event is not None:
        _settle_zone(event, tzids, zones, calendar_zone)
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


def _offset(value: str) -> timedelta | None:
    """A UTC offset as iCalendar writes it: "-0500", "+0530"."""
    m = re.match(r"^([+-])(\d\d)(\d\d)(?:\d\d)?$", value.strip())
    if not m:
        return None
    span = timedelta(hours=int(m.group(2)), minutes=int(m.group(3)))
    return -span if m.group(1) == "-" else span


def _by_offsets(offsets: dict[str, timedelta], year: int) -> tzinfo | None:
    """The zone a VTIMEZONE with a name no database knows ("Customized Time Zone") describes: a
    common zone with the same winter and summer offsets, else a fixed offset when it has no
    summer time, else None."""
    standard = offsets.get("STANDARD")
    if standard is None:
        return None
    daylight = offsets.get("DAYLIGHT", standard)
    want = {standard, daylight}
    for name in (*WRITER_ZONES, *WINDOWS_ZONES.values()):
        candidate = ZoneInfo(name)
        seen = {datetime(year, month, 15, 12, tzinfo=candidate).utcoffset() for month in (1, 7)}
        if seen == want:
            return candidate
    return timezone(standard) if daylight == standard else None


def _settle_zone(event: CalendarEvent, tzids: dict[str, str | None], zones: dict[str, dict[str, timedelta]],
                 calendar_zone: str | None) -> None:
    """Give a naive DTSTART/DTEND its zone. One whose TZID no database knows takes the zone its
    VTIMEZONE describes. A floating one (RFC 5545: no TZID, no Z) is local time: the calendar's
    X-WR-TIMEZONE, else its one VTIMEZONE, says whose; else it is marked `floating` and labelled
    UTC until the reader, who knows the user's zone and the message's words, settles it
    (facts.extract)."""
    fallback = zone(calendar_zone) or (zone(next(iter(zones))) if len(zones) == 1 else None)
    floating = False
    for prop in ("DTSTART", "DTEND"):
        moment = event.start if prop == "DTSTART" else event.end
        if moment is None or moment.tzinfo is not None:
            continue
        name = tzids.get(prop)
        tz = _by_offsets(zones.get(name, {}), moment.year) if name else fallback
        if tz is None and not name and len(zones) == 1:
            tz = _by_offsets(next(iter(zones.values())), moment.year)
        if tz is None:
            floating = floating or prop == "DTSTART"
            tz = UTC
        moment = moment.replace(tzinfo=tz)
        if prop == "DTSTART":
            event.start = moment
        else:
            event.end = moment
    event.floating = floating
