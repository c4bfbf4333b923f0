"""Which of the times a message writes is the interview's start.

A reply names the time the way people talk ("Weds at 10", "Tuesday at half ten"); a move names
the old time and the new one ("moved from Thursday 7 May to Thursday 14 May"); a booking may
also promise an answer "by Friday" or quote the user's own earlier message. The new time wins
over the one it replaces, a promise or a deadline is never the interview, and quoted history
never outranks the new text. Pure: the message's own date stands in for "now".
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, tzinfo

from agent.struck import blank
from agent.when import Found, find_dates, find_datetimes

# Outlook's header block of a quoted message, in the languages the classifier reads (parse cuts
# the English one; "De : ... Envoyé :" stays in the text).
QUOTED_HEADER = re.compile(
    r"^\s*\*?(?:from|de|von|da|van)\s?\*?:.*\n(?:.*\n){0,3}?\s*\*?(?:sent|envoyé|gesendet|enviado|inviato|date)\s?\*?:",
    re.I | re.M,
)
# The words that bring in the new time of a move: "moved ... to", "Neuer Termin:", "instead".
MOVE_TO = re.compile(
    r"\b(?:mov(?:e|ed|ing)|re-?schedul(?:e|ed|ing)|shift(?:ed|ing)?|push(?:ed|ing)?|bump(?:ed|ing)?|chang(?:e|ed|ing)"
    r"|déplac\w*|décal\w*|report\w*|mov(?:imos|ido|emos|erla|erlo|er)|reprogram\w*|cambi\w*|remarc\w*|adia\w*|adiad\w*"
    r"|flytta\w*|bokat om|verschieb\w*|verschoben|verleg\w*|verzet\w*|verplaats\w*|verschuiv\w*|spost\w*|canvi\w*"
    r"|przełoż\w*|перенес\w*|перенос\w*|premje\w*)\b[^.!?\n]{0,80}?"
    r"\b(?:to|until|à|au|al|para|pra|till|auf|naar|op|na|на)\s"
    r"|\b(?:new (?:time|timing|date|slot)|revised (?:time|slot|date)|neue[rn]? (?:termin|zeitpunkt|uhrzeit)"
    r"|nouvel(?:le)? (?:date|horaire|heure|créneau)|nueva (?:fecha|hora)|nuevo horario|novo horário|nova data"
    r"|nuovo orario|nuova data|ny tid|nieuwe (?:tijd|datum)|nowy termin|новое время|нова дата|instead|now (?:at|on)"
    r"|(?:je vous |i'd |i )propose)\b|নতুন সময়|নতুন সময়"
    # German puts the verb last: "ich habe den Termin auf Donnerstag, 26. Februar, 13:00 Uhr verlegt" (session 51)
    r"|\b(?:termin|gespräch|interview|treffen|probetag)\s+(?:(?:daher|deshalb|leider|nun|jetzt)\s+)?auf\s",
    re.I,
)
# What goes before a date or time that is a promise or a deadline, not the interview.
DEADLINE_BEFORE = re.compile(
    # ("come by Sat 11am", "swing by Thursday at 2" visit; they set no deadline)
    r"(?:(?<!come )(?<!drop )(?<!stop )(?<!swing )(?<!pop )\bby|\bbefore|\buntil|\bno later than|\bdeadline"
    r"|\bbis (?:zum|spätestens)|\bavant(?: le)?|\bantes del?)"
    r"\s+(?:the\s+)?(?:end of\s+)?\(?$",
    re.I,
)
# What goes before the old time of a move: "instead of Tuesday", "was planned on Wednesday 27th May".
OLD_BEFORE = re.compile(
    r"(?:\binstead of|\bpreviously|\boriginally|\bwas (?:planned|scheduled|booked|set)(?: for| on)?"
    r"|\b(?:scheduled|planned|booked) (?:on|for)|\bnot (?:be )?available (?:on|for)|\bagendad[ao] para"
    r"|\bprogramad[ao] para|\bprévu(?:e)? (?:le|pour)|\bfrom)\s+(?:[\w']+\s+){0,2}\(?$",
    re.I,
)
# A time moved within its day: "from 2pm to 4pm", "from 9 to 11 Pacific".
FROM_TO = re.compile(r"\bfrom\s+$", re.I)
SAME_TIME = re.compile(r"\bsame (?:time|slot)\b|même heure|misma hora|gleiche[n]? (?:uhrzeit|zeit)", re.I)


def cut_quoted(text: str) -> str:
    """The text before a quoted message's header block."""
    m = QUOTED_HEADER.search(text)
    return text[: m.start()] if m else text


def _excluded(text: str, f: Found, move: bool) -> bool:
    """A promise or a deadline ("by Friday 5pm"), or in a move the old time ("instead of Tuesday",
    "from Thursday 7 May"; but "from 2 to 3pm" is a slot). Read before where the candidate is
    first written: in "on Thursday 20th August by 2:00pm" the "by" means "at"."""
    at = min(p for p in (f.pos, f.tpos) if p >= 0) if max(f.pos, f.tpos) >= 0 else -1
    if at < 0:
        return False
    if DEADLINE_BEFORE.search(text, max(0, at - 30), at):
        return True
    if not move:
        return False
    m = OLD_BEFORE.search(text, max(0, at - 40), at)
    if m is None:
        return False
    return not (m.group(0).lower().startswith("from") and f.end is not None)


def interview_slot(text: str, subject: str, ref: datetime, tz: tzinfo, move: bool,
                   user_tz: tzinfo | None = None) -> Found | None:
    """The interview's start (and end) among the times the text writes; `move` for a reschedule,
    where the new time wins. A time with no day of its own takes the day the subject names
    ("Re: Call today" - "can we start at 3:20?"). `tz` is the writer's clock, `user_tz` the
    user's ("3pm your time"). A struck-out time ("~~Tue 3pm~~", agent/struck.py) is not read."""
    text = blank(cut_quoted(text))
    found = find_datetimes(text, ref, tz, loose=True, user_tz=user_tz)
    if not found and not find_dates(text, ref.astimezone(tz).date(), loose=True):
        head = subject + "\n"
        found = [replace(f, pos=-1, tpos=f.tpos - len(head), tend=f.tend - len(head))
                 for f in find_datetimes(head + text, ref, tz, loose=True, user_tz=user_tz) if f.tpos >= len(head)]
    if not found:
        return None
    if not move:
        kept = [f for f in found if not _excluded(text, f, move)]
        return kept[0] if kept else None
    future = [f for f in found if f.start > ref] or found
    moves = list(MOVE_TO.finditer(text))
    marks = [m.end() for m in moves]
    pick = None
    for mark in marks:
        after = [f for f in future if max(f.pos, f.tpos) >= mark - 1 and not _excluded(text, f, move)]
        if after:
            pick = after[0]
            break
    if pick is None:
        # "Could we do Friday the 13th at 11am instead?": the time just before a closing "instead", in its sentence
        for m in moves:
            if m.group(0).lower() == "instead":
                sentence = max(text.rfind(c, 0, m.start()) for c in ".!?\n")
                before = [f for f in future if sentence < max(f.pos, f.tpos) < m.start() and not _excluded(text, f, move)]
                if before:
                    pick = before[-1]
                    break
    if pick is None and marks and SAME_TIME.search(text):
        # "moved your 11am block to Wednesday the 11th - same time": the new day at the old hour
        day = next((d for d in find_dates(text, ref.astimezone(tz).date(), loose=True) if d[0] >= marks[0] - 1), None)
        if day is not None:
            old = future[0].start
            pick = replace(future[0], start=old.replace(year=day[2].year, month=day[2].month, day=day[2].day),
                           end=None, pos=day[0])
    if pick is None:
        kept = [f for f in future if not _excluded(text, f, move)]
        if not kept:
            return None
        pick = kept[0]
    if pick.end is not None and pick.tpos >= 0 and FROM_TO.search(text, max(0, pick.tpos - 6), pick.tpos):
        pick = replace(pick, start=pick.end, end=None)  # "from 9 to 11": the second time is the new one
    return pick
