"""The cadence table, row by row, with its boundaries: one minute before and after each step."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from agent.models import Override
from agent.tracker import company_key, group, track
from tests.helpers import NY, RECRUITER, at, company, mine, rules

MIN = timedelta(minutes=1)
INTERVIEW = at("2026-03-05T14:00")  # a Thursday, 14:00-15:00 New York time
END = INTERVIEW + timedelta(hours=1)


def confirmed(start=INTERVIEW, **kw):
    return company("interview_confirmation", at("2026-03-02T09:00"), start=start, **kw)


def one(msgs, now, r=None, overrides=None):
    apps = track(msgs, r or rules(), now, overrides)
    assert len(apps) == 1, apps
    return apps[0]


@pytest.mark.parametrize(
    "now, stage, action",
    [
        (at("2026-03-01T12:00"), "applied", None),
        (END - MIN, "scheduled", None),
        (END, "interviewed", "thank_you"),
        (at("2026-03-06T23:59"), "interviewed", "thank_you"),  # the window runs to the end of the next day
        (at("2026-03-07T00:00"), "waiting", "check_in"),
        (END + timedelta(days=7) - MIN, "waiting", "check_in"),
        (END + timedelta(days=7), "check_in_due", "check_in"),
        (END + timedelta(days=60) - MIN, "check_in_due", "check_in"),
        (END + timedelta(days=60), "gone_quiet", None),
    ],
)
def test_stage_after_an_interview_with_no_reply(now, stage, action):
    msgs = [company("application_ack", at("2026-02-20T10:00"))]
    if now >= at("2026-03-02T09:00"):
        msgs.append(confirmed())
    app = one(msgs, now)
    assert (app.stage, app.next_action) == (stage, action)


def test_thank_you_is_due_when_the_interview_ends():
    app = one([confirmed()], END)
    assert app.next_action_at == END
    assert app.round == 1


def test_a_thank_you_sent_in_the_window_is_not_a_rung_of_the_ladder():
    msgs = [confirmed(), mine(END + timedelta(hours=2))]
    app = one(msgs, END + timedelta(hours=3))
    assert app.stage == "waiting"
    assert app.next_action_at == END + timedelta(days=7)
    assert one(msgs, END + timedelta(days=7)).stage == "check_in_due"


@pytest.mark.parametrize("follow_ups, stage", [(1, "on_hold"), (2, "on_hold"), (3, "gone_quiet")])
def test_follow_ups_count_up_to_max_then_gone_quiet(follow_ups, stage):
    msgs = [confirmed()]
    when = END + timedelta(days=7, hours=1)
    for _ in range(follow_ups):
        msgs.append(mine(when))
        last = when
        when += timedelta(days=10)
    app = one(msgs, last + timedelta(hours=1))
    assert app.stage == stage
    if stage == "on_hold":
        assert app.next_action == "follow_up"
        assert app.next_action_at == last + timedelta(days=10)


def test_follow_up_falls_due_ten_days_after_the_users_last_message():
    check_in = END + timedelta(days=8)
    msgs = [confirmed(), mine(check_in)]
    before = one(msgs, check_in + timedelta(days=10) - MIN)
    after = one(msgs, check_in + timedelta(days=10))
    assert before.next_action_at == after.next_action_at == check_in + timedelta(days=10)
    assert before.stage == after.stage == "on_hold"


def test_max_follow_ups_comes_from_config():
    msgs = [confirmed(), mine(END + timedelta(days=8))]
    assert one(msgs, END + timedelta(days=9), rules(max_follow_ups=1)).stage == "gone_quiet"


def test_a_company_reply_restarts_the_clock():
    reply = END + timedelta(days=3)
    msgs = [confirmed(), mine(END + timedelta(hours=1)), company("company_reply", reply)]
    assert one(msgs, reply + timedelta(days=7) - MIN).stage == "in_conversation"
    app = one(msgs, reply + timedelta(days=7))
    assert app.stage == "check_in_due"
    assert app.next_action_at == reply + timedelta(days=7)


def test_ladder_after_a_company_reply_counts_from_zero():
    reply = END + timedelta(days=20)
    msgs = [confirmed(), mine(END + timedelta(days=8)), mine(END + timedelta(days=18)), company("company_reply", reply),
            mine(reply + timedelta(days=8))]
    app = one(msgs, reply + timedelta(days=9))
    assert app.stage == "on_hold"
    assert app.step_key.startswith("follow_up:c1")


@pytest.mark.parametrize(
    "promised, due",
    [
        # "by Friday the 20th": over at Monday 00:00, later than a week after the reply
        (at("2026-03-20T23:59"), at("2026-03-23T00:00")),
        # "by Wednesday": over long before the reply is a week old; the week wins
        (at("2026-03-11T23:59"), at("2026-03-16T11:00")),
    ],
)
def test_a_promised_date_the_check_in_waits_for_the_later_of_a_week_and_the_next_working_day(promised, due):
    reply = at("2026-03-09T11:00")  # Monday
    msgs = [confirmed(), company("company_reply", reply, promised=promised)]
    assert one(msgs, due - MIN).stage == "in_conversation"
    app = one(msgs, due)
    assert app.stage == "check_in_due"
    assert app.next_action_at == due


def test_role_on_hold_waits_long_then_one_check_in_then_gone_quiet():
    hold = END + timedelta(days=2)
    msgs = [confirmed(), company("company_reply", hold, on_hold=True)]
    assert one(msgs, hold + timedelta(days=30) - MIN).stage == "in_conversation"
    assert one(msgs, hold + timedelta(days=30)).stage == "check_in_due"
    msgs.append(mine(hold + timedelta(days=31)))
    assert one(msgs, hold + timedelta(days=32)).stage == "gone_quiet"


def test_scheduling_says_reply_needed_until_the_user_answers():
    inv = company("interview_invitation", at("2026-03-01T10:00"))
    app = one([inv], at("2026-03-01T12:00"))
    assert (app.stage, app.note) == ("scheduling", "reply needed")
    app = one([inv, mine(at("2026-03-01T13:00"))], at("2026-03-01T14:00"))
    assert (app.stage, app.note) == ("scheduling", "waiting for them to confirm")


def test_a_reschedule_moves_the_interview():
    new = at("2026-03-09T10:00")
    msgs = [confirmed(), company("reschedule", at("2026-03-04T09:00"), start=new)]
    app = one(msgs, END + timedelta(hours=1))
    assert app.stage == "scheduled"
    assert app.interview.start == new
    assert one(msgs, new + timedelta(hours=1)).stage == "interviewed"


def test_reschedule_without_a_time_goes_back_to_scheduling():
    msgs = [confirmed(), company("reschedule", at("2026-03-04T09:00"))]
    assert one(msgs, END + timedelta(hours=1)).stage == "scheduling"


def test_a_cancellation_before_the_interview_means_the_company_wrote_last():
    """DESIGN, settled: a cancellation saying new times will come is in_conversation, then scheduling."""
    cancelled = at("2026-03-04T09:00")
    msgs = [confirmed(), company("cancellation", cancelled, start=INTERVIEW)]
    app = one(msgs, END + timedelta(days=2))
    assert (app.stage, app.next_action) == ("in_conversation", "check_in")
    assert app.next_action_at == cancelled + timedelta(days=7)
    assert one(msgs, cancelled + timedelta(days=7)).stage == "check_in_due"
    msgs.append(company("interview_invitation", cancelled + timedelta(days=1)))
    assert one(msgs, cancelled + timedelta(days=2)).stage == "scheduling"


def test_a_new_confirmed_interview_after_one_took_place_is_round_two():
    second = at("2026-03-16T10:00")
    msgs = [confirmed(), company("interview_invitation", END + timedelta(days=1)),
            company("interview_confirmation", END + timedelta(days=2), start=second)]
    assert one(msgs, END + timedelta(days=1, hours=1)).stage == "scheduling"
    app = one(msgs, second + timedelta(hours=2))
    assert (app.stage, app.round, app.next_action) == ("interviewed", 2, "thank_you")
    assert app.step_key == "thank_you:r2"


@pytest.mark.parametrize("kind, stage", [("rejection", "rejected"), ("offer", "offer")])
def test_decisions_close_the_ladder(kind, stage):
    app = one([confirmed(), company(kind, END + timedelta(days=3))], END + timedelta(days=30))
    assert (app.stage, app.next_action) == (stage, None)


def test_user_overrides_win():
    app = one([confirmed()], END + timedelta(days=10), overrides={"acme-robotics": Override(stage="withdrawn")})
    assert (app.stage, app.next_action) == ("withdrawn", None)


def test_offer_with_deadline_makes_other_live_applications_time_sensitive():
    deadline = at("2026-03-20T17:00")
    other = [company("interview_confirmation", at("2026-03-01T09:00"), company="Birch Labs", thread="t-b",
                     start=INTERVIEW, sender=RECRUITER)]
    offer = [company("offer", at("2026-03-10T09:00"), company="Kestrel", thread="t-k", deadline=deadline)]
    closed = [company("rejection", at("2026-03-09T09:00"), company="Closed Co", thread="t-c")]
    apps = {a.company: a for a in track(other + offer + closed, rules(), at("2026-03-11T09:00"))}
    assert apps["Birch Labs"].next_action == "time_sensitive"
    assert apps["Birch Labs"].step_key == "time_sensitive:kestrel"
    assert apps["Closed Co"].next_action is None
    assert apps["Kestrel"].next_action is None
    after = {a.company: a for a in track(other + offer, rules(), deadline + MIN)}
    assert after["Birch Labs"].next_action != "time_sensitive"


def test_offer_without_deadline_makes_no_time_sensitive_draft():
    other = [company("application_ack", at("2026-03-01T09:00"), company="Birch Labs", thread="t-b")]
    offer = [company("offer", at("2026-03-10T09:00"), company="Kestrel", thread="t-k")]
    apps = {a.company: a for a in track(other + offer, rules(), at("2026-03-11T09:00"))}
    assert apps["Birch Labs"].next_action is None


def test_dst_change_keeps_the_wall_clock():
    # Saturday 7 March 15:00 EST; US clocks go forward on 8 March: a week later is 15:00 EDT.
    start = at("2026-03-07T14:00")
    app = one([confirmed(start=start)], at("2026-03-20T12:00"))
    due = app.next_action_at
    assert due.astimezone(NY).hour == 15
    assert due == datetime(2026, 3, 14, 19, 0, tzinfo=ZoneInfo("UTC"))


def test_thank_you_window_is_counted_in_the_users_zone():
    tokyo = ZoneInfo("Asia/Tokyo")
    # 14:00-15:00 in New York on 5 March is 04:00-05:00 on 6 March in Tokyo: the window ends at
    # midnight after 7 March, Tokyo time.
    r = rules(tz=tokyo)
    end_of_window = datetime(2026, 3, 8, 0, 0, tzinfo=tokyo)
    assert one([confirmed()], end_of_window - MIN, r).stage == "interviewed"
    assert one([confirmed()], end_of_window, r).stage == "waiting"


def test_business_days_never_fall_due_on_a_weekend():
    friday = at("2026-03-06T14:00")
    app = one([confirmed(start=friday)], friday + timedelta(days=2), rules(business_days=True))
    due = app.next_action_at.astimezone(NY)
    assert due.weekday() < 5
    assert due.date().isoformat() == "2026-03-17"  # seven working days after Friday 6 March


def test_group_joins_threads_of_one_company_and_splits_by_role():
    a = company("interview_confirmation", at("2026-03-01T09:00"), thread="t1", start=INTERVIEW)
    b = company("company_reply", at("2026-03-02T09:00"), thread="t2", role=None, company="Acme Robotics, Inc.")
    c = company("application_ack", at("2026-03-03T09:00"), thread="t3", role="Data Scientist")
    groups = group([a, b, c])
    assert sorted(g[2] for g in groups) == ["Backend Engineer", "Data Scientist"]
    backend = next(g for g in groups if g[2] == "Backend Engineer")
    assert {m.thread_id for m in backend[3]} == {"t1", "t2"}


def test_relay_mail_for_different_companies_stays_apart():
    msgs = [company("application_ack", at("2026-03-01T09:00"), company=f"Company {i}", thread=f"t{i}") for i in range(20)]
    assert len(group(msgs)) == 20


def test_company_key_ignores_suffixes_and_ampersands():
    assert company_key("Orchard & Finch") == company_key("orchard and finch")
    assert company_key("Lindenhof Software GmbH") == company_key("Lindenhof Software")
    # a leading "The" is no part of who it is; a word that only begins so is
    assert company_key("The Halyard Review") == company_key("Halyard Review")
    assert company_key("Theatre Royal") != company_key("Atre Royal")


def test_users_reply_in_a_thread_the_company_never_wrote_in_joins_by_domain():
    msgs = [confirmed(), mine(END + timedelta(days=8), thread="t-new")]
    app = one(msgs, END + timedelta(days=9))
    assert app.stage == "on_hold"


def test_messages_after_now_are_ignored():
    msgs = [confirmed(), company("rejection", END + timedelta(days=5))]
    assert one(msgs, END + timedelta(days=2)).stage == "waiting"


def test_a_role_read_more_or_less_fully_does_not_split_an_application():
    a = company("interview_confirmation", at("2026-03-01T09:00"), thread="t1", start=INTERVIEW,
                role="Your application for Product Engineer")
    b = company("offer", at("2026-03-10T09:00"), thread="t2", role="Product Engineer")
    [app] = track([a, b], rules(), at("2026-03-11T09:00"))
    assert app.stage == "offer"
