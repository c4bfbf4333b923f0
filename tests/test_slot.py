"""The interview's start as people write it (agent/slot.py, when.py's loose reader): each rule
pinned by a small fixture written here, so removing the rule fails its test."""

from __future__ import annotations

from datetime import datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from agent.classify import classify
from agent.demo.builder import mail
from agent.parse import parse
from agent.slot import interview_slot
from agent.when import find_datetimes, find_times

NY = ZoneInfo("America/New_York")
LONDON = ZoneInfo("Europe/London")
MON = datetime(2026, 3, 2, 9, 15, tzinfo=NY)  # a Monday


def start(text: str, sent: datetime = MON, tz: ZoneInfo = NY, move: bool = False, subject: str = "") -> datetime | None:
    slot = interview_slot(text, subject, sent, tz, move)
    return slot.start if slot else None


@pytest.mark.parametrize(("text", "want"), [
    ("Perfect - let's do Weds at 10, I'll send a Meet link.", datetime(2026, 3, 4, 10, 0, tzinfo=NY)),
    ("Thursday at 2 it is. Ask for me at the desk.", datetime(2026, 3, 5, 14, 0, tzinfo=NY)),
    ("Friday at 10 then - we're at 40 Elm St.", datetime(2026, 3, 6, 10, 0, tzinfo=NY)),
    ("Thursday works, I'll ring you at 3.", datetime(2026, 3, 5, 15, 0, tzinfo=NY)),
])
def test_a_weekday_and_a_bare_hour_are_the_coming_weekday(text, want):
    assert start(text) == want


def test_today_and_tomorrow_count_from_the_message_date():
    assert start("Could we do today at 4 instead? Same link.") == datetime(2026, 3, 2, 16, 0, tzinfo=NY)
    # "1 PT" names its zone, and 1 without am/pm is an afternoon hour
    assert start("Reminder: we're talking tomorrow at 1 PT.") == datetime(2026, 3, 3, 13, 0,
                                                                          tzinfo=ZoneInfo("America/Los_Angeles"))


def test_british_half_ten_is_half_past_ten():
    assert start("Grand, Tuesday at half ten so.", tz=LONDON, sent=MON.astimezone(LONDON)) == datetime(
        2026, 3, 3, 10, 30, tzinfo=LONDON)


def test_a_bare_number_that_is_no_hour_stays_none():
    assert find_times("We're at 10 Downing Street, meet at 5 locations", loose=True) == []
    assert start("Thursday works, we're at 10 Downing Street.") is None
    assert find_times("Weds at 10") == []  # the classifier's reader keeps bare numbers out


def test_one_to_six_without_am_pm_is_the_afternoon():
    assert start("I've sent an invite for Tuesday March 10 at 1:30 ET.") == datetime(2026, 3, 10, 13, 30, tzinfo=NY)
    assert start("Tuesday March 10 at 01:30 UTC") == datetime(2026, 3, 10, 1, 30, tzinfo=ZoneInfo("UTC"))


def test_a_time_with_no_day_takes_the_day_the_subject_names():
    assert start("Running late, can we start at 3:20? Sorry!", subject="Re: Call today") == datetime(
        2026, 3, 2, 15, 20, tzinfo=NY)
    assert start("Running late, can we start at 3:20? Sorry!", subject="Re: hello") is None


def test_a_weekday_with_a_day_of_the_month_is_that_date():
    # "Thursday 12th" written on 2 March is 12 March, not the coming Thursday (5 March)
    assert start("Lovely - Thursday 12th at 2pm it is.") == datetime(2026, 3, 12, 14, 0, tzinfo=NY)
    assert start("You're booked in for Tuesday (17th) at 3 with Colm.") == datetime(2026, 3, 17, 15, 0, tzinfo=NY)


@pytest.mark.parametrize(("text", "want"), [
    ("All confirmed for Thursday 12th March at 2pm.", datetime(2026, 3, 12, 14, 0, tzinfo=NY)),
    ("Your interview is scheduled on 12-Mar-2026 at 3:00 PM via Teams.", datetime(2026, 3, 12, 15, 0, tzinfo=NY)),
])
def test_ordinal_and_hyphenated_dates(text, want):
    assert start(text) == want


def test_a_time_inside_a_dotted_date_is_no_time():
    berlin = ZoneInfo("Europe/Berlin")
    text = "Wir haben Ihr Gespräch auf\n\nDonnerstag, 19.03.2026, 10:00 Uhr\n\nverlegt."
    assert start(text, tz=berlin, move=True) == datetime(2026, 3, 19, 10, 0, tzinfo=berlin)


def test_a_room_number_is_no_time():
    text = "You are now at 10:30 on Thursday 12 March, Hartley Building, Room 2.14."
    assert start(text, tz=LONDON, sent=MON.astimezone(LONDON), move=True) == datetime(2026, 3, 12, 10, 30, tzinfo=LONDON)


def test_japanese_and_chinese_dates_and_hours():
    tokyo, shanghai = ZoneInfo("Asia/Tokyo"), ZoneInfo("Asia/Shanghai")
    assert start("■日時：2026年3月11日（水）15時〜16時（日本時間）", tz=tokyo) == datetime(2026, 3, 11, 15, 0, tzinfo=tokyo)
    assert start("面试时间：3月12日（周四）14:00-15:00（北京时间）", tz=shanghai) == datetime(2026, 3, 12, 14, 0, tzinfo=shanghai)


def test_an_offset_after_gmt_is_that_offset():
    text = "The new timing is Tuesday, 10th March 2026 at 11:00 AM (UAE time, GMT+4)."
    assert start(text, move=True) == datetime(2026, 3, 10, 11, 0, tzinfo=timezone(timedelta(hours=4)))


def test_a_move_takes_the_new_time_over_the_old():
    assert start("Panel date has had to move from Tuesday 10 March to Thursday 12 March at 10:30.", move=True) \
        == datetime(2026, 3, 12, 10, 30, tzinfo=NY)
    assert start("Your interview scheduled on 5th March 2026 at 3:00 PM has been rescheduled to Monday, 9th March "
                 "2026 at 11:30 AM.", move=True) == datetime(2026, 3, 9, 11, 30, tzinfo=NY)
    assert start("Instead of Tuesday at 2pm, can we do Wednesday at 11?", move=True) == datetime(2026, 3, 4, 11, 0,
                                                                                               tzinfo=NY)
    assert start("Das für Freitag, den 06.03.2026 um 14:00 Uhr geplante Gespräch müssen wir verschieben.\n"
                 "Neuer Termin: Mittwoch, 11.03.2026, 10:30 – 11:30 Uhr", move=True) == datetime(2026, 3, 11, 10, 30,
                                                                                                  tzinfo=NY)


def test_a_move_to_the_same_time_keeps_the_old_hour_on_the_new_day():
    text = "Priya's been pulled into board prep, so I've moved your 11am Tuesday block to Wednesday the 11th - same time."
    assert start(text, move=True) == datetime(2026, 3, 11, 11, 0, tzinfo=NY)


def test_a_move_between_two_bare_hours_is_the_second():
    la = ZoneInfo("America/Los_Angeles")
    assert start("I need to move our call tomorrow from 9 to 11 Pacific.", move=True) == datetime(2026, 3, 3, 11, 0,
                                                                                                  tzinfo=la)
    # in a booking the same words are a slot: it starts at the first
    assert start("Our call is tomorrow from 9 to 11 Pacific.") == datetime(2026, 3, 3, 9, 0, tzinfo=la)


def test_a_promise_or_a_deadline_is_never_the_interview():
    assert start("Thanks for coming in! We'll get back to you by Friday 5pm.") is None
    assert start("Please confirm by Thursday 10am. The interview is on Friday, March 6 at 2pm.") == datetime(
        2026, 3, 6, 14, 0, tzinfo=NY)
    # "on Thursday 5th March by 2:00pm" is West African English for "at 2pm": the day comes first
    assert start("This is to confirm your interview on Thursday, 5th March 2026 by 2:00pm.") == datetime(
        2026, 3, 5, 14, 0, tzinfo=NY)


def test_quoted_history_never_wins_over_the_new_text():
    paris = ZoneInfo("Europe/Paris")
    text = ("Je vous propose lundi 9 mars à 11h (heure de Paris), même lien Teams.\n\n"
            "De : Alex Morgan <alex@example.net>\nEnvoyé : lundi 2 mars 2026 19:04\nObjet : Re: Entretien\n\n"
            "Jeudi 5 mars à 14h me convient parfaitement.")
    assert start(text, tz=paris, move=True) == datetime(2026, 3, 9, 11, 0, tzinfo=paris)
    assert start(text.split("\n\n", 1)[1], tz=paris) is None  # the header block alone is history


def test_the_classifiers_reader_is_unchanged_by_the_loose_one():
    # kinds weigh "names a date and time" from the strict reader: bare hours and new forms stay out of it
    sent = MON
    assert find_datetimes("let's do Weds at 10", sent, NY) == []
    assert find_datetimes("let's do Weds at 10", sent, NY, loose=True)[0].start.time() == time(10, 0)


def test_a_reply_booking_reads_its_time_end_to_end():
    raw = mail(frm="Rosa Vidal <rosa@kirkfield.example>", to="Alex Morgan <alex.morgan@example.net>",
               subject="Re: Next steps - Data Engineer interview", date=MON,
               body="Hi Alex,\n\nThanks for sending times over for the interview. Perfect - let's do Weds at 10 for "
                    "the technical interview with our team, I'll send a Meet link.\n\nRosa\n",
               msgid="<slot1@kirkfield.example>")
    sig = classify(parse(raw, me={"alex.morgan@example.net"}), tz=NY)
    assert sig.kind == "interview_confirmation"
    assert sig.interview_start == datetime(2026, 3, 4, 10, 0, tzinfo=NY)


@pytest.mark.parametrize(("text", "want"), [
    # a number after a weekday is an hour when what follows says so, not a day of the month
    ("weds 2 works, sending an invite", datetime(2026, 3, 4, 14, 0, tzinfo=NY)),
    ("Fri 10 is confirmed. Teams link to follow.", datetime(2026, 3, 6, 10, 0, tzinfo=NY)),
    ("thurs 4 oclock then, ask for me at the desk", datetime(2026, 3, 5, 16, 0, tzinfo=NY)),
    ("tuesday 11 ET works for us", datetime(2026, 3, 3, 11, 0, tzinfo=NY)),
    # ... and still a day of the month where it is one
    ("Thursday 12th works for the team, at 10:00", datetime(2026, 3, 12, 10, 0, tzinfo=NY)),
])
def test_a_weekday_and_a_bare_hour_that_works(text, want):
    assert start(text) == want


def test_come_by_sets_a_visit_not_a_deadline():
    assert start("come by sat 11am? we're above the pharmacy") == datetime(2026, 3, 7, 11, 0, tzinfo=NY)
    assert start("Please send the forms by Friday 5pm.") is None


def test_a_closing_instead_names_the_new_time_before_it():
    assert start("Sorry, I have to move our Thurs 10am, I'm stuck in a board meeting. Could we do Friday the 6th at "
                 "11am instead? Same link.", move=True) == datetime(2026, 3, 6, 11, 0, tzinfo=NY)
