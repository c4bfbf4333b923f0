"""The rules issue 10 settled, each on its own: addressing, reply headers, draft text, local threads,
and a time-sensitive interlude that does not stall the ladder."""

from __future__ import annotations

from datetime import timedelta

import pytest

from agent.drafts import first_name, greeting, missing, render, subject_for
from agent.fates import same_text
from agent.mailbox.local import _threads
from agent.models import DraftRecord, Person
from agent.planner import Settings, plan
from agent.tracker import track
from tests.helpers import NY, RECRUITER, at, company, mine, rules

INTERVIEW = at("2026-03-05T14:00")  # Thursday
END = INTERVIEW + timedelta(hours=1)
SETTINGS = Settings(tz=NY, user_name="Jordan Lee")
RAVI = Person("ravi@acme.example", "Ravi Anand", "interviewer")
PRIYA = Person("priya@acme.example", "Priya Shah", "interviewer")


def panel(**kw):
    return company("interview_confirmation", at("2026-03-02T09:00"), start=INTERVIEW,
                   people=[Person(RECRUITER.address, RECRUITER.name, "recruiter"), RAVI, PRIYA], **kw)


def draft_at(now, msgs, records=()):
    return plan(track(msgs, rules(), now), list(records), SETTINGS, now)


def test_a_panel_is_thanked_together_and_greeted_by_the_names_their_mail_gives():
    [d] = draft_at(END + timedelta(hours=1), [panel()]).create
    assert d.to == ["ravi@acme.example", "priya@acme.example"]
    assert d.body.startswith("Hello,")  # names only from the calendar: no guessing who is who
    note = mine(at("2026-03-03T10:00"))
    note.to = [RAVI, PRIYA]  # the user wrote to them: "Ravi Anand <ravi@...>" in a header
    [d] = draft_at(END + timedelta(hours=1), [panel(), note]).create
    assert d.body.startswith("Hi Ravi and Priya,")


def test_the_recruiter_is_thanked_only_when_no_interviewer_address_is_known():
    named_only = Person("", "Ravi Anand", "interviewer")
    msg = company("interview_confirmation", at("2026-03-02T09:00"), start=INTERVIEW,
                  people=[Person(RECRUITER.address, RECRUITER.name, "recruiter"), named_only])
    [d] = draft_at(END + timedelta(hours=1), [msg]).create
    assert d.to == [RECRUITER.address]
    assert "talking with Ravi" in d.body


def test_a_check_in_goes_to_whoever_at_the_company_wrote_last():
    imogen = Person("imogen@acme.example", "Imogen Achterberg", "interviewer")
    reply = company("company_reply", END + timedelta(days=2), sender=imogen, people=[imogen])
    [d] = draft_at(END + timedelta(days=9, hours=1), [panel(), reply]).create
    assert (d.step, d.to) == ("check_in", ["imogen@acme.example"])
    assert d.body.startswith("Hi Imogen,")


def test_never_the_user_never_a_robot():
    robot = Person("no-reply@ashbyhq.com", "Acme Robotics", "recruiter")
    me = Person("jordan@example.com", "Jordan Lee", "interviewer")
    msg = company("interview_confirmation", at("2026-03-02T09:00"), start=INTERVIEW, sender=robot, people=[robot, me])
    apps = track([msg], rules(), END + timedelta(hours=1))
    apps[0].messages[0].signal.people.append(me)
    r = rules()
    r.me = frozenset({"jordan@example.com"})
    [d] = plan(track([msg], r, END + timedelta(hours=1)), [], SETTINGS, END + timedelta(hours=1)).create
    assert d.to == []  # no human known: an empty To and a note, never a guess
    assert d.body.startswith("Hello,")


def test_a_reply_goes_to_the_threads_latest_message_with_the_whole_chain():
    first = panel()
    my_answer = mine(at("2026-03-02T12:00"))
    my_answer.references = [first.message_id]
    [d] = draft_at(END + timedelta(hours=1), [first, my_answer]).create
    assert d.in_reply_to == my_answer.message_id
    assert d.references == [first.message_id, my_answer.message_id]


@pytest.mark.parametrize("name, first", [
    ("Dana Whitlock", "Dana"), ("Rivera, Sam", "Sam"), ("The Hiring Team", None), ("ACME Talent", None),
    ("MARIA LOPEZ", "Maria"), ("dana@acme.example", None), ("j.", None), (None, None),
])
def test_first_names_are_real_first_names(name, first):
    assert first_name(name) == first


def test_greeting_names_everyone_or_no_one():
    assert greeting([RAVI]) == "Hi Ravi,"
    assert greeting([RAVI, Person("x@acme.example", None)]) == "Hello,"
    assert greeting([]) == "Hello,"


def test_every_rung_of_the_ladder_says_something_new_with_absolute_days():
    msgs = [panel()]
    when = END + timedelta(days=7)
    texts = []
    records: list[DraftRecord] = []
    for rung in range(3):
        p = draft_at(when, msgs, records)
        [d] = p.create
        assert d.step == ("check_in" if rung == 0 else "follow_up")
        texts.append(d.body)
        records.append(DraftRecord(id=f"d{rung}", application_id=d.application_id, company=d.company,
                                   round=d.round, step=d.step, key=d.key, to=d.to, subject=d.subject,
                                   thread_id=d.thread_id, created_at=when, fate="sent"))
        sent = mine(when + timedelta(hours=1))
        msgs.append(sent)
        when = sent.date + timedelta(days=10)
    assert len(set(texts)) == 3
    for text in texts:
        assert "on Thursday, March 5" in text
        assert not any(w in text.lower() for w in ("today", "yesterday", "first choice"))
    assert "last note on Thursday, March 12" in texts[1]
    assert "one last time" in texts[2]  # the last allowed follow-up closes gracefully


def test_a_template_with_an_unknown_fact_makes_no_draft():
    assert missing("{greeting} by {deadline}", {"greeting": "Hello,", "deadline": ""}) == ["deadline"]
    assert render("{greeting}\n\n{name}", {"greeting": "Hello,", "name": "Jordan"}) == "Hello,\n\nJordan\n"


def test_an_offer_deadline_drafts_time_sensitive_and_the_check_in_still_comes_on_day_7():
    deadline = END + timedelta(days=14)
    offer = company("offer", END + timedelta(days=2), company="Kestrel", thread="t-k", deadline=deadline,
                    sender=Person("ines@kestrel.example", "Ines Roy"), people=[Person("ines@kestrel.example", "Ines Roy")])
    msgs = [panel(), offer]
    now = END + timedelta(days=2, hours=1)
    [ts] = [d for d in draft_at(now, msgs).create if d.company == "Acme Robotics"]
    assert ts.step == "time_sensitive" and ts.to == [RECRUITER.address]
    record = DraftRecord(id="ts", application_id=ts.application_id, company=ts.company, round=ts.round,
                         step=ts.step, key=ts.key, to=ts.to, subject=ts.subject, thread_id=ts.thread_id,
                         created_at=now)
    week = END + timedelta(days=7)
    p = draft_at(week, msgs, [record])
    assert [d.step for d in p.create if d.company == "Acme Robotics"] == ["check_in"]
    assert p.superseded == []  # the offer's deadline has not passed: the time-sensitive draft stands
    after_deadline = draft_at(deadline + timedelta(hours=1), msgs, [record])
    assert after_deadline.superseded == [record]


def test_a_sent_draft_is_recognised_by_its_text_when_the_client_changed_its_message_id():
    draft = "Hi Dana,\n\nI hope you are well. I wanted to follow up on my interview on Thursday, March 5.\n" \
            "Is there anything else you need from me? I would be grateful to hear about next steps.\n"
    sent = draft.replace("Hi Dana", "Hi Dana!") + "\n> On Thursday Dana wrote:\n> quoted\n"
    assert same_text(draft, sent)
    assert not same_text(draft, "Hi Dana,\n\nThanks so much for today, it was great to meet the team.\n")


def test_local_threads_are_keyed_by_their_root_and_stay_put_as_mail_arrives():
    heads = [
        {"id": "<m2@acme.example>", "refs": [], "gm_thread": "", "labels": ""},
        {"id": "<m9@example.com>", "refs": ["<m2@acme.example>"], "gm_thread": "", "labels": ""},
    ]
    before = _threads(heads)
    assert before["<m2@acme.example>"] == before["<m9@example.com>"]
    # A reply whose id sorts first, and one that names only its parent (no References)
    heads += [
        {"id": "<0001@example.com>", "refs": ["<m2@acme.example>", "<m9@example.com>"], "gm_thread": "", "labels": ""},
        {"id": "<zz@acme.example>", "refs": ["<0001@example.com>"], "gm_thread": "", "labels": ""},
    ]
    after = _threads(heads)
    assert set(after.values()) == {before["<m2@acme.example>"]}


def test_a_copy_without_gmails_thread_id_joins_its_gmail_thread():
    heads = [
        {"id": "<m2@acme.example>", "refs": [], "gm_thread": "1790", "labels": ""},
        {"id": "<0001@example.com>", "refs": ["<m2@acme.example>"], "gm_thread": "", "labels": ""},
    ]
    assert set(_threads(heads).values()) == {"1790"}


@pytest.mark.parametrize("original, subject", [
    ("AW: Vielen Dank für das Gespräch", "Re: Vielen Dank für das Gespräch"),
    ("Re: RE: Backend Engineer interview", "Re: Backend Engineer interview"),
    ("Backend Engineer interview", "Re: Backend Engineer interview"),
    ("Reunion: plans", "Re: Reunion: plans"),
])
def test_a_reply_subject_is_re_and_the_threads_subject_once(original, subject):
    assert subject_for(original) == subject


def test_only_the_first_note_inside_the_window_is_the_thank_you():
    msgs = [panel(), mine(END + timedelta(hours=2)), mine(END + timedelta(hours=20))]
    app = track(msgs, rules(), END + timedelta(days=1))[0]
    assert (app.stage, app.next_action) == ("on_hold", "follow_up")
    assert app.next_action_at == END + timedelta(hours=20, days=10)


def test_the_company_writes_first_then_the_users_thank_you_the_user_wrote_last():
    """'Thanks for coming in' from them, then the user's thank-you: not a rung, and not in_conversation;
    the check-in is a week after their message."""
    theirs = company("company_reply", END + timedelta(hours=1))
    msgs = [panel(), theirs, mine(END + timedelta(hours=3))]
    assert track(msgs, rules(), END + timedelta(days=1))[0].stage == "waiting"
    due = theirs.date + timedelta(days=7)
    app = track(msgs, rules(), due)[0]
    assert (app.stage, app.next_action_at) == ("check_in_due", due)


def test_a_take_home_after_the_interview_restarts_the_clock():
    task = company("assessment", END + timedelta(days=2))
    app = track([panel(), task], rules(), END + timedelta(days=8))[0]
    assert (app.stage, app.next_action_at) == ("in_conversation", task.date + timedelta(days=7))


def test_a_called_off_second_round_the_check_in_speaks_of_the_interview_that_took_place():
    second = END + timedelta(days=7)
    invite = company("interview_invitation", END + timedelta(days=2))
    booked = company("interview_confirmation", END + timedelta(days=3), start=second)
    off = company("cancellation", END + timedelta(days=5), start=second)
    msgs = [panel(), invite, booked, off]
    assert track(msgs, rules(), off.date + timedelta(days=1))[0].stage == "in_conversation"
    [d] = draft_at(off.date + timedelta(days=7), msgs).create
    assert d.step == "check_in" and "on Thursday, March 5" in d.body


def test_a_called_off_first_interview_makes_no_draft_that_speaks_of_an_interview():
    off = company("cancellation", at("2026-03-04T09:00"), start=INTERVIEW)
    p = draft_at(off.date + timedelta(days=7), [panel(), off])
    assert p.create == [] and "the interview day not known" in p.notes["acme-robotics"]
