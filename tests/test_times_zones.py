"""Interview start times that depend on markup or on whose clock: a struck-out old slot
(agent/struck.py), a floating calendar time (agent/calendar.py, facts.extract) and "3pm your
time" (when.find_datetimes). Each fixture is written here; each test fails without its rule."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from agent.calendar import read_calendar
from agent.classify import classify
from agent.demo.builder import mail
from agent.parse import parse
from agent.slot import interview_slot
from agent.struck import blank, pieces

NY = ZoneInfo("America/New_York")
LA = ZoneInfo("America/Los_Angeles")
BERLIN = ZoneInfo("Europe/Berlin")
SENT = datetime(2026, 3, 2, 9, 15, tzinfo=NY)  # a Monday
ME = {"alex.morgan@example.net"}


def read(raw: bytes, tz: ZoneInfo = NY) -> tuple[str, datetime | None]:
    sig = classify(parse(raw, me=ME), tz=tz)
    return sig.kind, sig.interview_start


def moved_html(struck_old: str) -> bytes:
    html = ("<html><body><p>Hi Alex,</p><p>Your interview for the Data Analyst role at Kirkfield has been moved"
            " because of a conflict on our side. New time:</p>"
            f"<p>{struck_old} Wednesday, March 11, 2026 at 4:00 PM ET</p>"
            "<p>The calendar invite has been updated.</p><p>Rosa, Talent Team</p></body></html>")
    return mail(frm="Rosa Vidal <rosa@kirkfield.example>", to="Alex Morgan <alex.morgan@example.net>",
                subject="Your interview has been rescheduled", date=SENT, body="", html=html,
                msgid="<moved@kirkfield.example>")


@pytest.mark.parametrize("struck", [
    "<s>Tuesday, March 10, 2026 at 3:00 PM ET</s>",
    "<strike>Tuesday, March 10, 2026 at 3:00 PM ET</strike>",
    "<del>Tuesday, March 10, 2026 at <b>3:00 PM</b> ET</del>",
    '<span style="color:#999; text-decoration: line-through">Tuesday, March 10, 2026 at 3:00 PM ET</span>',
])
def test_a_struck_out_old_slot_is_not_the_interview(struck):
    kind, start = read(moved_html(struck))
    assert kind == "reschedule"
    assert start == datetime(2026, 3, 11, 16, 0, tzinfo=NY)


def test_the_struck_words_stay_in_the_text_marked():
    text = parse(moved_html("<s>Tuesday, March 10, 2026 at 3:00 PM ET</s>"), me=ME).text
    assert "~~Tuesday, March 10, 2026 at 3:00 PM ET~~ Wednesday" in text
    assert pieces(text) == ["Tuesday, March 10, 2026 at 3:00 PM ET"]


def test_a_plain_part_that_lost_the_strike_is_marked_from_the_html_part():
    plain = ("Hi Alex,\n\nYour interview for the Data Analyst role at Kirkfield has been moved because of a "
             "conflict on our side. The calendar invite has been updated with the new time.\n\n"
             "Tuesday, March 10, 2026 at 3:00 PM ET Wednesday, March 11, 2026 at 4:00 PM ET\n\nRosa, Talent Team\n")
    html = ("<p>Hi Alex,</p><p>Your interview ... has been moved.</p>"
            "<p><s>Tuesday, March 10, 2026 at 3:00 PM ET</s> Wednesday, March 11, 2026 at 4:00 PM ET</p>")
    raw = mail(frm="Rosa Vidal <rosa@kirkfield.example>", to="Alex Morgan <alex.morgan@example.net>",
               subject="Your interview has been rescheduled", date=SENT, body=plain, html=html,
               msgid="<moved2@kirkfield.example>")
    assert "~~Tuesday, March 10, 2026 at 3:00 PM ET~~" in parse(raw, me=ME).text
    assert read(raw)[1] == datetime(2026, 3, 11, 16, 0, tzinfo=NY)


def test_typed_strike_marks_are_read_the_same_way_and_keep_positions():
    text = "Sorry, change of plan: ~~Tue 3pm~~ Wed 4pm works better for the panel."
    assert len(blank(text)) == len(text)
    slot = interview_slot(text, "", SENT, NY, move=True)
    assert slot is not None and slot.start == datetime(2026, 3, 4, 16, 0, tzinfo=NY)


def invite(dtstart: str, dtend: str, head: str = "", zones: str = "") -> str:
    return "\r\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "METHOD:REQUEST", *([head] if head else []), *([zones] if zones else []),
        "BEGIN:VEVENT", "UID:float-1@kirkfield.example", dtstart, dtend,
        "SUMMARY:Interview: Alex Morgan / Data Analyst",
        "ORGANIZER;CN=Rosa Vidal:mailto:rosa@kirkfield.example",
        "ATTENDEE;CN=Alex Morgan:mailto:alex.morgan@example.net", "END:VEVENT", "END:VCALENDAR", ""])


def invite_mail(ics: str, body: str = "Your interview with Kirkfield for the Data Analyst role is booked.") -> bytes:
    return mail(frm="Rosa Vidal <rosa@kirkfield.example>", to="Alex Morgan <alex.morgan@example.net>",
                subject="Invitation: Interview - Data Analyst", date=SENT, body=body + "\n\nRosa\n", ics=ics,
                msgid="<float@kirkfield.example>")


FLOATING = invite("DTSTART:20260310T140000", "DTEND:20260310T150000")


def test_a_floating_calendar_time_is_the_users_local_time_not_utc():
    assert read(invite_mail(FLOATING), tz=NY) == ("interview_confirmation", datetime(2026, 3, 10, 14, 0, tzinfo=NY))
    assert read(invite_mail(FLOATING), tz=BERLIN)[1] == datetime(2026, 3, 10, 14, 0, tzinfo=BERLIN)
    event = read_calendar(FLOATING)
    assert event is not None and event.floating


def test_a_floating_time_takes_the_zone_the_message_states():
    raw = invite_mail(FLOATING, body="Your interview with Kirkfield for the Data Analyst role is booked for "
                                     "Tuesday, March 10 at 2:00 PM PST.")
    assert read(raw, tz=NY)[1] == datetime(2026, 3, 10, 14, 0, tzinfo=LA)
    on_its_own = invite_mail(FLOATING, body="Your interview with Kirkfield for the Data Analyst role is booked. "
                                            "All times are Pacific Time.")
    assert read(on_its_own, tz=NY)[1] == datetime(2026, 3, 10, 14, 0, tzinfo=LA)
    # "et" is a French word, not Eastern Time: a lower-case abbreviation on its own states no zone
    french = invite_mail(FLOATING, body="Your interview with Kirkfield for the Data Analyst role is booked, "
                                        "Alex et Rosa.")
    assert read(french, tz=BERLIN)[1] == datetime(2026, 3, 10, 14, 0, tzinfo=BERLIN)


def test_a_floating_time_takes_the_calendars_own_zone():
    named = invite("DTSTART:20260310T140000", "DTEND:20260310T150000", head="X-WR-TIMEZONE:America/Los_Angeles")
    assert read(invite_mail(named), tz=NY)[1] == datetime(2026, 3, 10, 14, 0, tzinfo=LA)
    event = read_calendar(named)
    assert event is not None and not event.floating and event.end == datetime(2026, 3, 10, 15, 0, tzinfo=LA)
    one_zone = invite("DTSTART:20260310T140000", "DTEND:20260310T150000",
                      zones="BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\nEND:VTIMEZONE")
    assert read(invite_mail(one_zone), tz=NY)[1] == datetime(2026, 3, 10, 14, 0, tzinfo=BERLIN)


CUSTOM_ZONE = ("BEGIN:VTIMEZONE\r\nTZID:Customized Time Zone\r\n"
               "BEGIN:STANDARD\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\nEND:STANDARD\r\n"
               "BEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\nEND:DAYLIGHT\r\n"
               "END:VTIMEZONE")


def test_a_zone_name_no_database_knows_is_read_from_its_vtimezone():
    ics = invite('DTSTART;TZID="Customized Time Zone":20260310T140000',
                 'DTEND;TZID="Customized Time Zone":20260310T150000', zones=CUSTOM_ZONE)
    event = read_calendar(ics)
    assert event is not None and event.start == datetime(2026, 3, 10, 14, 0, tzinfo=NY)
    fixed = CUSTOM_ZONE.split("BEGIN:DAYLIGHT")[0].replace("-0500", "+0530") + "END:VTIMEZONE"
    event = read_calendar(invite('DTSTART;TZID="Customized Time Zone":20260310T140000',
                                 'DTEND;TZID="Customized Time Zone":20260310T150000', zones=fixed))
    assert event is not None and event.start is not None
    assert event.start.utcoffset() == timedelta(hours=5, minutes=30)


def test_outlooks_windows_zone_names_beyond_the_americas_and_europe():
    event = read_calendar(invite("DTSTART;TZID=E. Australia Standard Time:20260324T093000",
                                 "DTEND;TZID=E. Australia Standard Time:20260324T101500"))
    assert event is not None and event.start == datetime(2026, 3, 24, 9, 30, tzinfo=ZoneInfo("Australia/Brisbane"))


def reply(body: str) -> bytes:
    # the writer's Date header is on Pacific time: a time they write with no zone is on their clock
    return mail(frm="Owen Hale <owen@quillback.example>", to="Alex Morgan <alex.morgan@example.net>",
                subject="Re: Data Analyst interview", date=SENT.astimezone(timezone(timedelta(hours=-8))),
                body=f"Hi Alex,\n\n{body}\n\nOwen\n", msgid="<yours@quillback.example>",
                in_reply_to="<ask@example.net>")


@pytest.mark.parametrize(("body", "want"), [
    ("Thanks for the times for the interview. Thursday at 3pm your time works great, I'll send a Meet link.",
     datetime(2026, 3, 5, 15, 0, tzinfo=NY)),
    ("Thanks for the times for the interview. Let's do Thursday at 10 your time, I'll send a Meet link.",
     datetime(2026, 3, 5, 10, 0, tzinfo=NY)),
    ("Thanks for the times for the interview. Thursday 11am (your local time) works, I'll send the invite.",
     datetime(2026, 3, 5, 11, 0, tzinfo=NY)),
    ("Thanks for the times for the interview. Confirmed for Thursday 9am in your time zone, I'll send a Meet link.",
     datetime(2026, 3, 5, 9, 0, tzinfo=NY)),
])
def test_your_time_is_the_users_zone_not_the_writers(body, want):
    kind, start = read(reply(body))
    assert kind == "interview_confirmation"
    assert start == want


def test_a_time_without_your_time_stays_on_the_writers_clock():
    kind, start = read(reply("Thanks for the times for the interview. Thursday at 3pm works great, "
                             "thanks for your time. I'll send a Meet link."))
    assert start == datetime(2026, 3, 5, 15, 0, tzinfo=LA)
