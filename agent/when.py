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
from functools import lru_cache
from zoneinfo import ZoneInfo

import jdatetime

from agent.datewords import (
    OTHER_MONTHS,
    OTHER_RELATIVE_DAYS,
    OTHER_WEEKDAYS,
    SOLAR_HIJRI_MONTHS,
    alternation,
    ascii_digits,
    lookup,
)


@lru_cache(maxsize=128)
def _zone(name: str) -> ZoneInfo:
    """The zone of an IANA name, kept: ZoneInfo's own cache holds only the last eight zones strongly, so trying the
    twenty writers' zones for each message read their files from disk again (2% of the corpus's reading time)."""
    return ZoneInfo(name)

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

# The interview-time reader (`loose`, agent/slot.py) knows a few more names than the reader whose
# "names a date and time" the classifier weighs: widening that one would move kinds, not times.
LOOSE_WEEKDAYS = {**WEEKDAYS, "weds": 2, "miercoles": 2, **OTHER_WEEKDAYS}
LOOSE_MONTHS = {**MONTHS, **OTHER_MONTHS}
LOOSE_ZONES = {
    "hora del centro de méxico": "America/Mexico_City", "hora del centro": "America/Mexico_City",
    "uae time": "Asia/Dubai", "日本時間": "Asia/Tokyo", "北京时间": "Asia/Shanghai", "北京時間": "Asia/Shanghai",
}  # fmt: skip

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_ZONE = "|".join(re.escape(z) for z in sorted(ZONES, key=len, reverse=True))
ZONES.update(LOOSE_ZONES)
_LOOSE_ZONE = "|".join(re.escape(z) for z in sorted(ZONES, key=len, reverse=True))
_LOOSE_MONTH = alternation(LOOSE_MONTHS)
# Where a name starts and ends: \b does not serve scripts whose vowel signs are not word characters
# (Hindi "जनवरी" ends in one, Bangla "ফেব্রুয়ারি" too).
_NAME_START = r"(?<![\w\u0900-\u0dff])"
_NAME_END = r"(?![\w\u0900-\u0dff])"

DATE_PATTERNS = [
    # January 28, 2026 / Jan 28 / February 12th (not the hour after a day: "tue 19 aug 2:30pm")
    re.compile(rf"\b(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?![:.]\d)(?:,?\s+(?P<year>20\d\d))?",
               re.I),
    # 24 mars 2026 / 16 de febrero / 17. März 2026 / 28 January
    re.compile(
        rf"\b(?P<day>\d{{1,2}})(?:er|\.)?\s+(?:de\s+)?(?P<month>{_MONTH})\.?(?:\s+(?:de\s+)?(?P<year>20\d\d))?\b", re.I
    ),
    # 2026-02-24
    re.compile(r"\b(?P<year>20\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b"),
    # 2/24 or 2/24/2026 (US order)
    re.compile(r"(?<![\d/])(?P<month>1[0-2]|0?[1-9])/(?P<day>3[01]|[12]\d|0?[1-9])(?:/(?P<year>20\d\d))?(?![\d/])"),
]
LOOSE_DATE_PATTERNS = [
    # January 28, 2026 / március 12. / Aralık 26
    re.compile(rf"{_NAME_START}(?P<month>{_LOOSE_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?![:.]\d)"
               rf"(?:,?\s+(?P<year>20\d\d))?", re.I),
    # 24 mars 2026 / 16 de febrero / 17. März 2026 / 28 January / 7th May / 2nd of June / 1 d'abril /
    # 12 marca 2026 / 22 ফেব্রুয়ারি ২০২৬ / 18 فبراير
    re.compile(
        rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th|er|\.)?\s+(?:de\s+|d['’]|of\s+)?(?P<month>{_LOOSE_MONTH})\.?"
        rf"(?:,?\s+(?:de\s+)?(?P<year>20\d\d))?{_NAME_END}", re.I
    ),
    # 22-Apr-2026 (Indian and British HR systems)
    re.compile(rf"\b(?P<day>\d{{1,2}})-(?P<month>{_MONTH})-(?P<year>20\d\d)\b", re.I),
    # 2026年5月13日 / 6月9日 (Japanese and Chinese) / 2026년 8월 28일 (Korean)
    re.compile(r"(?:(?P<year>20\d\d)\s*[年년]\s*)?(?P<month>1[0-2]|0?[1-9])\s*[月월]\s*(?P<day>3[01]|[12]\d|0?[1-9])"
               r"\s*[日일]"),
    DATE_PATTERNS[2],
    # 2/24, 24/02/2025, 12-03-2026: month first or day first, whichever the reader below finds sooner
    re.compile(r"(?<![\d/])(?P<a>3[01]|[12]\d|0?[1-9])/(?P<b>3[01]|[12]\d|0?[1-9])(?:/(?P<year>20\d\d))?(?![\d/])"
               r"|(?<![\d-])(?P<a2>3[01]|[12]\d|0?[1-9])-(?P<b2>3[01]|[12]\d|0?[1-9])-(?P<year2>20\d\d)(?![\d-])"),
    # ۵ بهمن ۱۴۰۴ / 27 bahman (the Solar Hijri calendar of Persian mail)
    re.compile(rf"\b(?P<day>\d{{1,2}})\s*(?P<jmonth>{alternation(SOLAR_HIJRI_MONTHS)})(?:\s+(?P<jyear>1[34]\d\d))?"
               rf"{_NAME_END}", re.I),
    # 18.06.2026 / 17.06. (German and most of Europe: day first, the month closed by a dot)
    re.compile(r"(?<![\d.])(?P<day>3[01]|[12]\d|0?[1-9])\.(?P<month>1[0-2]|0?[1-9])\.(?:(?P<year>20\d\d)(?!\d))?"),
]
WEEKDAY_RE = re.compile(rf"\b(?P<weekday>{_WEEKDAY})\b\.?", re.I)
_LOOSE_WEEKDAY = alternation(LOOSE_WEEKDAYS)
LOOSE_WEEKDAY_RE = re.compile(rf"{_NAME_START}(?P<weekday>{_LOOSE_WEEKDAY}){_NAME_END}\.?", re.I)
# Days named from the message's own date: "see you tomorrow - 10am".
RELATIVE_DAYS = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
                 "aujourd'hui": 0, "hoy": 0, "heute": 0, "tomorrow": 1, "tomorrow's": 1, "tmrw": 1, "demain": 1}
RELATIVE_RE = re.compile(r"\b(?P<rel>" + "|".join(sorted(map(re.escape, RELATIVE_DAYS), key=len, reverse=True)) + r")(?!\w)",
                         re.I)
# ... and in the other languages, for the interview-time reader; Spanish "mañana" is tomorrow
# except in "de la mañana", in the morning; Hindi, Urdu and Bangla "kal" is yesterday and tomorrow:
# it is tomorrow where a time follows it ("kal 3 baje aa jaana", "कल सुबह 11 बजे").
LOOSE_RELATIVE_DAYS = {**RELATIVE_DAYS, **OTHER_RELATIVE_DAYS, "mañana": 1,
                       "kal": 1, "कल": 1, "কাল": 1, "aaj": 0, "parso": 2, "परसों": 2}
LOOSE_RELATIVE_RE = re.compile(
    rf"{_NAME_START}(?P<rel>{alternation(OTHER_RELATIVE_DAYS)}|(?<!la\s)mañana|aaj|{alternation(RELATIVE_DAYS)}"
    rf"|(?:kal|कल|কাল|parso|परसों)(?=\s+(?:(?:subah|sham|dopahar|सुबह|शाम|दोपहर|সকাল|বিকেল|দুপুর)\s+)?[\d০-৯०-९]))"
    rf"{_NAME_END}", re.I)
# A day of the month with its weekday in brackets, as Korean and Japanese write it: "28일(목)", "12日（木）".
CJK_DAY = re.compile(r"(?P<day>3[01]|[12]\d|0?[1-9])\s*[日일]\s*[（(](?P<wd>[월화수목금토일月火水木金土日])[)）]")
CJK_WEEKDAYS = {"월": 0, "화": 1, "수": 2, "목": 3, "금": 4, "토": 5, "일": 6,
                "月": 0, "火": 1, "水": 2, "木": 3, "金": 4, "土": 5, "日": 6}  # fmt: skip
TIME_RE = re.compile(
    r"(?<![\d:])(?P<h>[01]?\d|2[0-3])(?:(?::|h|\.)(?P<m>[0-5]\d))?\s*(?P<ampm>[ap]\.?m\.?)?(?![\d:])"
    r"(?:\s*(?:uhr))?",
    re.I,
)
RANGE_SEP = re.compile(r"^\s*(?:-|–|—|to|bis|à|a|hasta)\s*", re.I)
ZONE_RE = re.compile(rf"\(?\b(?P<zone>{_ZONE})\b\)?|\((?P<iana>[A-Z][a-z]+/[A-Za-z_]+)\)", re.I)
# The loose reader's clock also reads "14h", "13 h 30", "15時" and "15:00〜16:00", and zones written
# as offsets ("UAE time, GMT+4").
LOOSE_TIME_RE = re.compile(
    r"(?<![\d:])(?P<h>[01]?\d|2[0-3])"
    r"(?:(?::|h|\.|\s?h\s)(?P<m>[0-5]\d)|(?P<hh>\s?h)(?!\w)|\s?(?P<cjk>[時时点點시])(?:\s?(?P<cm>[0-5]?\d)[分분])?)?"
    r"\s*(?P<ampm>[ap]\.?m\.?)?(?![\d:])(?P<uhr>\s*uhr)?(?P<oclock>\s?(?:baje|बजे|টা|টায়|টায়|uur|ч\.?)(?!\w))?",
    re.I,
)
# The words around an hour that say morning or afternoon where "am"/"pm" is not written: "下午3点",
# "오후 5시", "ساعت ۹ صبح", "দুপুর ১:০০টা", "a las 4 de la tarde". They weigh only for an hour up to 12.
PM_BEFORE = re.compile(r"(?:下午|午後|오후|晚上|傍晚|عصر|بعد\s?از\s?ظهر|বিকেল|সন্ধ্যা|দুপুর|दोपहर|शाम)\s*(?:ساعت\s*)?$")
AM_BEFORE = re.compile(r"(?:上午|午前|오전|早上|صبح|সকাল|सुबह)\s*(?:ساعت\s*)?$")
PM_AFTER = re.compile(
    r"\s*(?:de la tarde|de la noche|da tarde|da noite|du soir|de l'après-midi|de la tarda|del pomeriggio|di sera"
    r"|nachmittags|abends|'s middags|'s avonds|po południu|wieczorem|вечера|sore|petang|ng hapon|ng gabi"
    r"|عصر|بعد\s?از\s?ظهر|بعدازظهر|asr|ba'?d az zohr|مساءً|مساء|masaa|ke shaam)(?!\w)", re.I)
AM_AFTER = re.compile(
    r"\s*(?:de la mañana|da manhã|du matin|del matí|di mattina|morgens|vormittags|'s ochtends|rano|утра|pagi"
    r"|ng umaga|صبح|sobh|صباحاً|صباحا|صباح|sabahan)(?!\w)", re.I)
LOOSE_RANGE_SEP = re.compile(r"^\s*(?:-|–|—|〜|～|~|to|bis|à|a|hasta)\s*", re.I)
LOOSE_ZONE_RE = re.compile(
    rf"\(?\b(?P<offset>(?:GMT|UTC)\s?(?P<sign>[+−-])\s?(?P<oh>1[0-4]|0?\d)(?::?(?P<om>[0-5]\d))?)(?!\d)\)?"
    rf"|\(?\b(?P<zone>{_LOOSE_ZONE})\b\)?|\((?P<iana>[A-Z][a-z]+/[A-Za-z_]+)\)", re.I
)
# A number that labels a place, not a time: "Room 2.14", "Level 3.30".
PLACE_NUMBER = re.compile(r"(?:room|rm|suite|floor|level|unit|gate|platform|building|bldg|ext|version|v|no|nr)\.?\s*$",
                          re.I)
# A bare hour is a time only where the words around it make it one (find_times' `loose`): "at 10",
# "Weds at 2 it is", "11 Pacific", "from 9 to 11"; never "at 10 Downing St" or "at 5 locations".
BARE_BEFORE = re.compile(r"(?:\bat|@|\bdo|\baround|\bfor|\ba la|\balle|\bom|\bum|στις|\bв|\bо|\bоб|\bo)\s+$", re.I)
WEEKDAY_BEFORE = re.compile(rf"{_NAME_START}(?:{_LOOSE_WEEKDAY})\.?,?\s+$", re.I)
# The words before an hour that make it one whatever follows: "ساعت ۱۱", "saat 9", "a las 4", "kl. 10".
CLOCK_BEFORE = re.compile(r"(?:ساعت|\bsaat|الساعة|الساعه|\bpukul|\bkl\.|\bklo\.?|\bkello|\ba las|\bàs|\ba les"
                          r"|\balle ore)\s*$", re.I)
# ... and Turkish, which writes a bare hour with its suffix after the day it is on: "yarın 11'de", "Salı günü 3'te", "bugün 2de"
# (not after "sabah" or "akşam", whose hours the afternoon rule would misread)
TR_DAY_BEFORE = re.compile(r"(?:\byar[ıi]n|\bbug[üu]n|\b(?:pazartesi|sal[ıi]|[çc]ar[şs]amba|per[şs]embe|cuma|cumartesi|pazar)"
                           r"(?: g[üu]n[üu])?)\s+$", re.I)
TR_HOUR_SUFFIX = re.compile(r"'?(?:d[ae]|t[ae])\b", re.I)
BARE_AFTER = re.compile(
    r"\s*(?:$|[.,;!?)—–]|-\s|(?:then|it|is|works?|instead|with|on|tomorrow|today|your|my|our|for|if|and|or|sharp"
    r"|o'clock|noon|midday|in|via|over|please|suits?|would|should|could|i|i'll|we|we'll|see|talk|speak"
    r"|de|del|da|en|em|na|no|y|e|im|ins|op|bij|per|hs|hrs|horas|uur|wib|sobh|asr|so|o\s?clock|oclock)\b"
    r"|'?(?:d[ae]|t[ae])\b|صبح|عصر)",
    re.I,
)
FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)  # "from 9 to 11 Pacific": a range of bare hours
HOUR_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
              "ten": 10, "eleven": 11, "twelve": 12}  # fmt: skip
# British "half ten" is 10:30 (and "half past ten").
HALF_RE = re.compile(r"\bhalf(?:\s+past)?\s+(?P<h>" + "|".join(HOUR_WORDS) + r"|1[0-2]|[1-9])\b(?!:)", re.I)


@dataclass
class Found:
    start: datetime
    end: datetime | None
    pos: int
    tpos: int = -1  # where the time is written (pos is where its date is, when the date comes first)
    tend: int = -1


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


def find_dates(text: str, ref: date, loose: bool = False) -> list[tuple[int, int, date]]:
    """(start, end, date) of every calendar date written in the text. `loose` also reads the
    other languages' names (agent/datewords.py), their digits, day-first numeric dates and the
    Solar Hijri calendar."""
    return _dates(ascii_digits(text) if loose else text, ref, loose)


def _dates(text: str, ref: date, loose: bool) -> list[tuple[int, int, date]]:
    """find_dates on a text whose digits are already ASCII where `loose`.

    Linear in the text: spans already taken are kept sorted and looked up by bisection, so a text
    full of dates costs no more per date than a text with one (a list scan made it quadratic)."""
    found: list[tuple[int, int, date]] = []
    starts: list[int] = []  # taken spans never overlap, so sorted by start they are sorted by end too
    ends: list[int] = []
    for pattern in LOOSE_DATE_PATTERNS if loose else DATE_PATTERNS:
        for m in pattern.finditer(text):
            i = bisect.bisect_left(starts, m.end())
            if i > 0 and ends[i - 1] > m.start():
                continue  # overlaps a date an earlier pattern read
            value = _date_of(m, ref, loose)
            if value is None:
                continue
            found.append((m.start(), m.end(), value))
            starts.insert(i, m.start())
            ends.insert(i, m.end())
    if loose:
        for m in CJK_DAY.finditer(text):
            if not _near_a_date(m.start(), starts, ends):
                found.append((m.start(), m.end(), day_of_month(ref, int(m.group("day")), CJK_WEEKDAYS[m.group("wd")])))
        for m in PT_SHORT_WEEKDAY_RE.finditer(text):
            nth = DAY_OF_MONTH.match(text, m.end())
            if nth and not _near_a_date(m.start(), starts, ends):
                found.append((m.start(), nth.end(), day_of_month(ref, int(nth.group("day")), PT_SHORT_WEEKDAYS[m["wd"]])))
    weekdays = LOOSE_WEEKDAYS if loose else WEEKDAYS
    for m in (LOOSE_WEEKDAY_RE if loose else WEEKDAY_RE).finditer(text):
        if _near_a_date(m.start(), starts, ends):
            continue  # a weekday written next to a full date adds nothing
        weekday = lookup(weekdays, m.group("weekday"))
        if weekday is None:
            continue
        nth = DAY_OF_MONTH.match(text, m.end()) if loose else None
        if nth:
            found.append((m.start(), nth.end(), day_of_month(ref, int(nth.group("day")), weekday)))
        else:
            found.append((m.start(), m.end(), next_weekday(ref, weekday)))
    relative = LOOSE_RELATIVE_DAYS if loose else RELATIVE_DAYS
    for m in (LOOSE_RELATIVE_RE if loose else RELATIVE_RE).finditer(text):
        days = lookup(relative, m.group("rel"))
        if days is not None and not _near_a_date(m.start(), starts, ends):
            found.append((m.start(), m.end(), ref + timedelta(days=days)))
    found.sort()
    return found


def _date_of(m: re.Match[str], ref: date, loose: bool) -> date | None:
    """The date a DATE_PATTERNS (or LOOSE_DATE_PATTERNS) match writes, None when it is no date."""
    g = m.groupdict()
    if g.get("a") or g.get("a2"):
        return _numeric_date(int(g["a"] or g["a2"]), int(g["b"] or g["b2"]), g["year"] or g["year2"], ref)
    if g.get("jmonth"):
        return _solar_hijri(int(g["day"]), lookup(SOLAR_HIJRI_MONTHS, g["jmonth"]) or 0, g["jyear"], ref)
    month_s = m.group("month")
    month = int(month_s) if month_s.isdigit() else lookup(LOOSE_MONTHS if loose else MONTHS, month_s)
    if not month:
        return None
    day = int(m.group("day"))
    year = int(m.group("year")) if m.group("year") else _year_for(month, day, ref)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _numeric_date(a: int, b: int, year: str | None, ref: date) -> date | None:
    """"2/24", "24/02/2025", "12/02": month first where only that reads, day first where only that
    does, and where both do the one that falls soonest from the message's own date (mail about an
    interview names the coming days: "12/02" written on 9 February is the 12th of February)."""
    readings = []
    for month, day in ((a, b), (b, a)):
        try:
            readings.append(date(int(year) if year else _year_for(month, day, ref), month, day))
        except ValueError:
            continue
    if not readings:
        return None
    ahead = [d for d in readings if d >= ref]
    return min(ahead, key=lambda d: d - ref) if ahead else readings[0]


def _solar_hijri(day: int, month: int, year: str | None, ref: date) -> date | None:
    """The Gregorian date of a Solar Hijri one ("۵ بهمن" = 25 January 2026); without a year, the
    year that puts it nearest a month after the message's date, as _year_for does."""
    if not month:
        return None
    if year:
        years = [int(year)]
    else:
        this = jdatetime.date.fromgregorian(date=ref).year
        years = [this - 1, this, this + 1]
    best = None
    for y in years:
        try:
            value = jdatetime.date(y, month, day).togregorian()
        except ValueError:
            continue
        if best is None or abs((value - ref).days - 30) < abs((best - ref).days - 30):
            best = value
    return best


def _near_a_date(pos: int, starts: list[int], ends: list[int]) -> bool:
    """A date starts within 30 characters of pos, or pos falls inside a date or 40 characters after it."""
    i = bisect.bisect_left(starts, pos - 29)
    if i < len(starts) and starts[i] < pos + 30:
        return True
    j = bisect.bisect_right(starts, pos) - 1  # the last date starting at or before pos
    return j >= 0 and pos < ends[j] + 40


# What follows a number that makes it an hour, not a day of the month, after a weekday: "tues 3 works",
# "Thursday 11 PT works", "thurs 4 oclock then", "Tues 10 is confirmed".
HOUR_AFTER = (r"\s*(?:works?|is (?:confirmed|fine|good|great|perfect|ok|okay|booked)|then|it is|suits?|sharp|o'?\s?clock"
              r"|pacific|mountain|central|eastern|pt|mt|ct|et|pst|pdt|est|edt|cst|cdt|gmt|bst|is good)\b")
# Portugal's weekday names written short ("segunda dia 16 às 10h30", "quinta, 12, às 10h") are ordinals too ("a segunda
# entrevista", "a quinta etapa"): they name a day only with its day of the month after them
PT_SHORT_WEEKDAYS = {"segunda": 0, "terça": 1, "terca": 1, "quarta": 2, "quinta": 3, "sexta": 4}
PT_SHORT_WEEKDAY_RE = re.compile(r"\b(?P<wd>segunda|terça|terca|quarta|quinta|sexta)\b(?!-feira)")
# The day of the month after a weekday: "Thursday 12th", "Wednesday the 11th", "Tuesday (15th)",
# "miércoles 29"; not an hour ("Thursday 2pm", "Friday 10:00", "Montag 14 Uhr").
DAY_OF_MONTH = re.compile(
    r",?\s*(?:the\s+|d[ií]a\s+|\(\s*)?(?P<day>3[01]|[12]\d|0?[1-9])(?:(?:st|nd|rd|th)\b|\b(?!" + HOUR_AFTER + r"))\)?"
    r"(?!\s*(?:[:.h]\s?\d|[ap]\.?m\b|uhr|h\b|o'clock|hours?|mins?|minutes?|[-–]\s*\d|to\s+\d))",
    re.I,
)


def day_of_month(ref: date, day: int, weekday: int) -> date:
    """The coming date with that day of the month, the one that falls on the weekday named where
    one does within a year ("Thursday 12th" written on 4 February is 12 February)."""
    first = None
    year, month = ref.year, ref.month
    for _ in range(13):
        try:
            value = date(year, month, day)
        except ValueError:
            value = None
        if value is not None and value >= ref:
            if value.weekday() == weekday:
                return value
            first = first or value
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return first or next_weekday(ref, weekday)


def next_weekday(ref: date, weekday: int) -> date:
    """The next such weekday after the reference date (a mail says "Friday" meaning the coming one)."""
    days = (weekday - ref.weekday()) % 7
    return ref + timedelta(days=days or 7)


def _afternoon(hour: int, written: str) -> int:
    """An hour from 1 to 6 without am/pm is in the afternoon ("1:30 ET", "pushing to 2:30"): no one
    books an interview at half past one at night. "01:30", written the 24-hour way, stays."""
    return hour + 12 if 1 <= hour <= 6 and not written.startswith("0") else hour


def _clock(m: re.Match[str], ampm_hint: str | None = None, bare: bool = False, loose: bool = False) -> time | None:
    """The time a TIME_RE (or, `loose`, LOOSE_TIME_RE) match writes; a bare number ("10") only
    with `bare` (its context made it one)."""
    hour = int(m.group("h"))
    g = m.groupdict()
    minute = int(g["m"] or g.get("cm") or 0)
    ampm = (m.group("ampm") or ampm_hint or "").lower().replace(".", "")
    if ampm:
        if hour > 12 or hour == 0:
            return None
        if ampm == "pm" and hour != 12:
            hour += 12
        if ampm == "am" and hour == 12:
            hour = 0
    elif not loose:
        if m.group("m") is None and "h" not in m.group(0).lower() and "uhr" not in m.group(0).lower():
            return None  # a bare number is not a time
    elif g.get("hh") is not None:
        if hour < 7:
            return None  # "2 h" is a length, "14h" and "13 h" are times
    elif g.get("oclock"):
        hour = _afternoon(hour, m.group("h"))  # "3 baje", "১১টায়", "om 3 uur": an o'clock people say, 12 hours round
    elif g.get("cjk"):
        hour = _afternoon(hour, m.group("h"))  # "3点" with no morning word: no one meets at three at night
    elif g.get("uhr"):
        pass  # 24-hour clocks
    elif m.group("m") is None:
        if not bare or not 1 <= hour <= 12:
            return None  # a bare number is not a time
        hour = _afternoon(hour, m.group("h"))
    elif "h" not in m.group(0).lower():
        hour = _afternoon(hour, m.group("h"))
    return time(hour, minute)


def _day_half(text: str, start: int, end: int) -> str | None:
    """"am" or "pm" where the words around an hour say morning or afternoon ("下午3点", "a las 4 de
    la tarde", "ساعت ۹ صبح"), else None."""
    if PM_BEFORE.search(text, max(0, start - 14), start) or PM_AFTER.match(text, end):
        return "pm"
    if AM_BEFORE.search(text, max(0, start - 14), start) or AM_AFTER.match(text, end):
        return "am"
    return None


def _bare_ok(text: str, m: re.Match[str]) -> bool:
    """A bare hour that its context makes a time: a zone after it, or "at" before it and no
    quantity or a name after it ("at 10 then", "at 2 it is"; not "at 5 locations")."""
    zone = LOOSE_ZONE_RE.match(text, m.end() + len(text[m.end() : m.end() + 3]) - len(text[m.end() : m.end() + 3].lstrip()))
    if zone and zone.group(0)[:1].isupper():
        return True  # "11 Pacific", "10 ET"; not French "10 et 11"
    if CLOCK_BEFORE.search(text, max(0, m.start() - 10), m.start()):
        return True
    if WEEKDAY_BEFORE.search(text, max(0, m.start() - 16), m.start()) and re.match(HOUR_AFTER, text[m.end():], re.I):
        return True  # "tues 3 works", "Thursday 11 PT works"
    if TR_DAY_BEFORE.search(text, max(0, m.start() - 20), m.start()) and TR_HOUR_SUFFIX.match(text, m.end()):
        return True  # "yarın 11'de bekliyorum"
    if not BARE_BEFORE.search(text, max(0, m.start() - 10), m.start()):
        return False
    return bool(zone or BARE_AFTER.match(text, m.end()))


def find_times(text: str, loose: bool = False) -> list[tuple[int, int, time, time | None]]:
    """(start, end, begin, finish) of clock times and ranges ("1:00 PM - 1:30 PM", "14h00 – 15h00").
    `loose` also reads the hours people write in replies: "Weds at 10", "half ten", "11 Pacific"."""
    out: list[tuple[int, int, time, time | None]] = []
    pos = 0
    clock_re, range_sep = (LOOSE_TIME_RE, LOOSE_RANGE_SEP) if loose else (TIME_RE, RANGE_SEP)
    while True:
        m = clock_re.search(text, pos)
        if not m:
            break
        pos = m.end()
        if loose and "." in m.group(0) and PLACE_NUMBER.search(text, max(0, m.start() - 12), m.start()):
            continue  # "Room 2.14"
        second = None
        rest = text[m.end() : m.end() + 30]
        sep = range_sep.match(rest)
        if sep:
            m2 = clock_re.match(text, m.end() + sep.end())
            if m2:
                second = m2
        hint = None
        if second is not None and not m.group("ampm") and second.group("ampm"):
            hint = second.group("ampm")
        elif loose and not m.group("ampm") and int(m.group("h")) <= 12:
            hint = _day_half(text, m.start(), pos)
        bare = loose and (_bare_ok(text, m) or second is not None and bool(
            FROM_BEFORE.search(text, max(0, m.start() - 6), m.start())) and _clock(second, bare=_bare_ok(text, second),
                                                                                   loose=True) is not None)
        begin = _clock(m, hint, bare=bare, loose=loose)
        if begin is None:
            continue
        finish = _clock(second, bare=loose, loose=loose) if second is not None else None
        if second is not None:
            pos = second.end()
        out.append((m.start(), pos, begin, finish))
    if loose:
        for h in HALF_RE.finditer(text):
            word = h.group("h").lower()
            hour = HOUR_WORDS.get(word) or int(word)
            out.append((h.start(), h.end(), time(_afternoon(hour, word), 30), None))
        out.sort(key=lambda t: t[0])
    return out


# Abbreviations that name one offset (standard or summer time), and a zone that keeps that
# offset all year: "MST" in June is Arizona, not Denver (which is on MDT then).
FIXED_ALL_YEAR = {"mst": "America/Phoenix", "aest": "Australia/Brisbane", "ist": "Asia/Kolkata", "utc": "UTC"}


def resolve_zone(word: str, moment: datetime, default: tzinfo) -> tzinfo:
    """What a zone abbreviation means at `moment`: the user's own zone when it goes by that name
    then; the region's zone when the region does; a zone that keeps that offset all year when
    one does ("MST" in summer); else the region's zone (a writer who says "PST" in July means
    Pacific local time)."""
    word = word.lower()
    region = _zone(ZONES[word])
    if len(word) > 4 or word.endswith("t") and len(word) == 2:
        return region  # "pacific time", "ET": the region's local time whatever the season
    if (moment.replace(tzinfo=default).tzname() or "").lower() == word:
        return default
    if (moment.replace(tzinfo=region).tzname() or "").lower() == word:
        return region
    if word in FIXED_ALL_YEAR:
        return _zone(FIXED_ALL_YEAR[word])
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
        zone = _zone(name)
        if sent.astimezone(zone).utcoffset() == offset:
            return zone
    return timezone(offset)


def find_zone(text: str, pos: int, default: tzinfo, before: int | None = None,
              moment: datetime | None = None, loose: bool = False) -> tzinfo:
    """The zone written just after a time, else one written between its date and the time.
    With `moment` (the local date and time read), an abbreviation is read for that moment."""
    zone_re = LOOSE_ZONE_RE if loose else ZONE_RE
    m = zone_re.search(text, pos, pos + 60)
    if not m and before is not None:
        earlier = list(zone_re.finditer(text, max(0, before), pos))
        m = earlier[-1] if earlier else None
    if not m:
        return default
    if m.groupdict().get("offset"):
        sign = -1 if m.group("sign") in "-−" else 1
        return timezone(sign * timedelta(hours=int(m.group("oh")), minutes=int(m.group("om") or 0)))
    if m.group("iana"):
        try:
            return _zone(m.group("iana"))
        except Exception:
            return default
    if moment is not None:
        return resolve_zone(m.group("zone"), moment, default)
    return _zone(ZONES[m.group("zone").lower()])


# "3pm your time", "at 10 (your local time)", "Thursday 9am in your time zone": the reader's
# clock, the user's, whatever the writer's is. Written right after the time (or its range).
YOUR_TIME_AFTER = re.compile(
    r"\s*[,(/–-]?\s*(?:in\s+|on\s+)?(?:your|ur|yr)\s+(?:own\s+)?(?:local\s+)?(?:time\s?zone|time)\b(?!\s*slot)", re.I
)
# "In your time zone, that's 3pm Thursday": said before the time, in the same sentence.
YOUR_TIME_BEFORE = re.compile(
    r"\b(?:in|on)\s+(?:your|ur)\s+(?:own\s+)?(?:local\s+)?(?:time\s?zone|time)\b[^.!?\n]{0,40}$", re.I
)


def your_time(text: str, t_start: int, t_end: int) -> bool:
    """The time is written on the reader's clock ("3pm your time")."""
    return bool(YOUR_TIME_AFTER.match(text, t_end) or YOUR_TIME_BEFORE.search(text, max(0, t_start - 60), t_start))


def find_datetimes(text: str, ref: datetime, default_tz: tzinfo, loose: bool = False,
                   user_tz: tzinfo | None = None) -> list[Found]:
    """Every date-with-time in the text, in order of appearance. `loose` also reads the bare hours
    of replies ("Weds at 10", find_times); a time written inside a date ("18.06.2026") is none.
    `default_tz` is the writer's clock; with `user_tz` (the user's configured zone), a time said
    to be "your time" is on the user's clock instead."""
    ref_local = ref.astimezone(default_tz).date() if ref.tzinfo else ref.date()
    if loose:
        text = ascii_digits(text)
    dates = _dates(text, ref_local, loose)
    spans = sorted((d[0], d[1]) for d in dates) if loose else []
    span_starts = [d[0] for d in spans]

    def in_date(start: int) -> bool:
        i = bisect.bisect_right(span_starts, start) - 1
        return i >= 0 and start < spans[i][1]

    times = [t for t in find_times(text, loose) if not in_date(t[0])]
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
        if user_tz is not None and your_time(text, t_start, t_end):
            zone = user_tz
        else:
            zone = find_zone(text, t_end, default_tz, before=anchor if before else None,
                             moment=datetime.combine(day, begin), loose=loose)
        start = datetime.combine(day, begin, tzinfo=zone)
        end = datetime.combine(day, finish, tzinfo=zone) if finish else None
        if end is not None and end <= start:
            end = None
        out.append(Found(start=start, end=end, pos=anchor, tpos=t_start, tend=t_end))
    return out


def find_day(text: str, ref: datetime, default_tz: tzinfo) -> datetime | None:
    """The first date in a short phrase ("by Friday, February 27"), as the end of that day."""
    ref_local = ref.astimezone(default_tz).date()
    dates = find_dates(text, ref_local)
    if not dates:
        return None
    day = dates[0][2]
    return datetime.combine(day, time(23, 59), tzinfo=default_tz)


_UNSTATED = timezone(timedelta(0), "unstated")  # find_datetimes' default when asking what the text states
REGION_WORDS = {"pacific", "mountain", "central", "eastern"}  # ordinary words too: "Central London"


def stated_zone(text: str, ref: datetime, user_tz: tzinfo) -> tzinfo | None:
    """The zone a message states for its times, or None: the zone written with its first time that
    has one ("2:00 PM EST", "at 10 your time"), else one written on its own ("All times are
    Eastern Time", "(UTC-05:00)"). On its own, an abbreviation counts only in capitals ("et",
    "ist" and "est" are French, German and Spanish words) and a region only with "time"."""
    for f in find_datetimes(text, ref, _UNSTATED, loose=True, user_tz=user_tz):
        if f.start.tzinfo is not _UNSTATED:
            return f.start.tzinfo
    for m in LOOSE_ZONE_RE.finditer(text):
        if m.group("offset") or m.group("iana"):
            return find_zone(text, m.start(), _UNSTATED, loose=True)
        word = m.group("zone")
        if word.lower() in REGION_WORDS or (len(word) <= 4 and not word.isupper()):
            continue
        return resolve_zone(word, ref.astimezone(user_tz).replace(tzinfo=None), user_tz)
    return None
