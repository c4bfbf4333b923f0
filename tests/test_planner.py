"""Once per step, draft fates, addressing, channels, and nothing leaking between applications."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from agent.drafts import draft_id, load_templates, render
from agent.models import DraftRecord, Override, Person
from agent.planner import Settings, adopted, fate_from_mail, plan
from agent.tracker import track
from tests.helpers import NY, RECRUITER, at, company, mine, rules

INTERVIEW = at("2026-03-05T14:00")
END = INTERVIEW + timedelta(hours=1)
SETTINGS = Settings(tz=NY, user_name="Jordan Lee")


def scenario(now, extra=(), overrides=None, **conf):
    msgs = [company("interview_confirmation", at("2026-03-02T09:00"), start=INTERVIEW,
                    people=[Person(RECRUITER.address, RECRUITER.name, "recruiter"),
                            Person("ravi@acme.example", "Ravi Anand", "interviewer")]), *extra]
    return track(msgs, rules(**conf), now, overrides)


def record_for(draft, fate="pending", created=END):
    return DraftRecord(id=draft_id(draft.application_id, draft.round, draft.key), application_id=draft.application_id,
                       company=draft.company, round=draft.round, step=draft.step, key=draft.key, to=draft.to,
                       subject=draft.subject, thread_id=draft.thread_id, created_at=created, fate=fate,
                       location="x", content_hash="h")


def test_thank_you_draft_is_a_personal_reply():
    p = plan(scenario(END + timedelta(hours=1)), [], SETTINGS, END + timedelta(hours=1))
    [d] = p.create
    assert d.step == "thank_you"
    assert d.to == ["ravi@acme.example"]  # the interviewer, not the recruiter who only scheduled
    assert d.subject == "Re: Backend Engineer interview"
    assert d.in_reply_to and d.in_reply_to in d.references
    assert d.body.startswith("Hello,")  # his name is known only from the invite, never from a header
    assert "Backend Engineer role at Acme Robotics" in d.body
    assert "on Thursday, March 5" in d.body and "today" not in d.body
    assert d.body.rstrip().endswith("Jordan Lee")
    assert "{" not in d.body and "}" not in d.body


def test_once_per_step_whatever_its_fate():
    now = END + timedelta(hours=1)
    [d] = plan(scenario(now), [], SETTINGS, now).create
    for fate in ("pending", "sent", "deleted", "edited", "obsolete"):
        assert plan(scenario(now), [record_for(d, fate)], SETTINGS, now).create == [], fate


def test_an_unsent_draft_never_holds_the_ladder_back():
    """DESIGN, settled: the check-in is drafted on day 7 although the thank-you draft was never sent;
    the thank-you draft, its window long closed, is superseded."""
    now = END + timedelta(days=8)
    old = DraftRecord(id="d-1", application_id="acme-robotics", company="Acme Robotics", round=1, step="thank_you",
                      key="thank_you:r1", to=[], subject="", thread_id="t-acme", created_at=END, location="x",
                      content_hash="h")
    p = plan(scenario(now), [old], SETTINGS, now)
    assert [d.step for d in p.create] == ["check_in"]
    assert p.superseded == [old]


def test_an_edited_draft_is_left_alone_and_the_next_step_waits():
    now = END + timedelta(days=8)
    old = DraftRecord(id="d-1", application_id="acme-robotics", company="Acme Robotics", round=1, step="thank_you",
                      key="thank_you:r1", to=[], subject="", thread_id="t-acme", created_at=END, location="x",
                      content_hash="h", fate="edited")
    p = plan(scenario(now), [old], SETTINGS, now)
    assert p.create == [] and p.superseded == [] and p.obsolete == []
    assert "edited thank-you draft" in p.notes["acme-robotics"]


def test_the_users_own_message_in_another_thread_fulfils_the_step():
    draft = DraftRecord(id="d-1", application_id="acme-robotics", company="Acme Robotics", round=1, step="thank_you",
                        key="thank_you:r1", to=[], subject="", thread_id="t-acme", created_at=END, location="x",
                        content_hash="h")
    hand_written = mine(END + timedelta(hours=3), thread="t-new", subject="Thank you")
    now = END + timedelta(hours=4)
    p = plan(scenario(now, [hand_written]), [draft], SETTINGS, now)
    assert p.superseded == [draft] and p.create == []


def test_company_writing_after_our_draft_makes_it_obsolete():
    now = END + timedelta(days=2)
    reply = company("company_reply", END + timedelta(days=1))
    draft = DraftRecord(id="d-1", application_id="acme-robotics", company="Acme Robotics", round=1, step="thank_you",
                        key="thank_you:r1", to=[], subject="", thread_id="t-acme", created_at=END, location="x",
                        content_hash="h")
    p = plan(scenario(now, [reply]), [draft], SETTINGS, now)
    assert p.obsolete == [draft]


def test_edited_draft_is_never_made_obsolete():
    now = END + timedelta(days=2)
    reply = company("company_reply", END + timedelta(days=1))
    draft = DraftRecord(id="d-1", application_id="acme-robotics", company="Acme Robotics", round=1, step="thank_you",
                        key="thank_you:r1", to=[], subject="", thread_id="t-acme", created_at=END, fate="edited",
                        location="x", content_hash="h")
    assert plan(scenario(now, [reply]), [draft], SETTINGS, now).obsolete == []


def test_sent_is_read_from_the_users_mail_in_the_thread():
    draft = DraftRecord(id="d-1", application_id="a", company="A", round=1, step="thank_you", key="k", to=[],
                        subject="", thread_id="t-acme", created_at=END)
    assert fate_from_mail(draft, [mine(END + timedelta(hours=2))]) == "sent"
    assert fate_from_mail(draft, [mine(END - timedelta(hours=2))]) is None
    assert fate_from_mail(draft, [mine(END + timedelta(hours=2), thread="other")]) is None


def test_phone_or_portal_preference_gives_a_reminder_instead_of_a_draft():
    now = END + timedelta(hours=1)
    for channel in ("phone", "portal"):
        p = plan(scenario(now, overrides={"acme-robotics": Override(channel=channel)}), [], SETTINGS, now)
        assert p.create == []
        assert channel in p.notes["acme-robotics"]


def test_person_preference_addresses_the_draft_there():
    now = END + timedelta(hours=1)
    apps = scenario(now, overrides={"acme-robotics": Override(channel="person:lee@acme.example")})
    [d] = plan(apps, [], SETTINGS, now).create
    assert d.to == ["lee@acme.example"]


def test_paused_application_gets_no_draft():
    now = END + timedelta(hours=1)
    p = plan(scenario(now, overrides={"acme-robotics": Override(paused=True)}), [], SETTINGS, now)
    assert p.create == [] and "paused" in p.notes["acme-robotics"]


def test_no_human_address_gives_an_empty_to_or_waits_by_config():
    now = END + timedelta(hours=1)
    robot = Person("no-reply@us.greenhouse-mail.io", "Acme Robotics")
    msgs = [company("interview_confirmation", at("2026-03-02T09:00"), start=INTERVIEW, sender=robot, people=[])]
    apps = track(msgs, rules(), now)
    [d] = plan(apps, [], SETTINGS, now).create
    assert d.to == []
    assert d.body.startswith("Hello,")
    assert "add the recipient" in plan(apps, [], SETTINGS, now).notes["acme-robotics"]
    waiting = Settings(tz=NY, user_name="Jordan Lee", missing_recipient="wait")
    assert plan(apps, [], waiting, now).create == []


def test_nothing_of_one_application_appears_in_anothers_draft():
    now = END + timedelta(hours=1)
    a = company("interview_confirmation", at("2026-03-02T09:00"), start=INTERVIEW, company="Acme Robotics",
                role="Backend Engineer", thread="t-a")
    b = company("interview_confirmation", at("2026-03-02T10:00"), start=INTERVIEW, company="Birch Labs",
                role="Data Scientist", thread="t-b", sender=Person("kim@birch.example", "Kim Park"),
                people=[Person("kim@birch.example", "Kim Park", "recruiter")])
    drafts = {d.company: d for d in plan(track([a, b], rules(), now), [], SETTINGS, now).create}
    assert "Birch" not in drafts["Acme Robotics"].body and "Kim" not in drafts["Acme Robotics"].body
    assert "Data Scientist" not in drafts["Acme Robotics"].body
    assert "Acme" not in drafts["Birch Labs"].body and "Dana" not in drafts["Birch Labs"].body


def test_time_sensitive_draft_does_not_name_the_other_company_unless_allowed():
    now = at("2026-03-11T09:00")
    deadline = at("2026-03-20T17:00")
    other = company("application_ack", at("2026-03-01T09:00"), company="Birch Labs", thread="t-b",
                    sender=Person("kim@birch.example", "Kim Park"), people=[Person("kim@birch.example", "Kim Park")])
    offer = company("offer", at("2026-03-10T09:00"), company="Kestrel", thread="t-k", deadline=deadline)
    apps = track([other, offer], rules(), now)
    [d] = plan(apps, [], SETTINGS, now).create
    assert d.step == "time_sensitive" and d.company == "Birch Labs"
    assert "Kestrel" not in d.body and "another company" in d.body and "Friday, March 20" in d.body
    allowed = Settings(tz=NY, user_name="Jordan Lee", name_other_company=True)
    [d] = plan(apps, [], allowed, now).create
    assert "from Kestrel" in d.body


def test_user_template_override(tmp_path):
    (tmp_path / "thank_you.txt").write_text("{greeting}\n\nThanks for our talk {day_phrase}!\n\n{name}\n")
    now = END + timedelta(hours=1)
    s = Settings(tz=NY, user_name="Jordan Lee", templates=load_templates(tmp_path))
    [d] = plan(scenario(now), [], s, now).create
    assert d.body == "Hello,\n\nThanks for our talk on Thursday, March 5!\n\nJordan Lee\n"


def test_render_trims_trailing_space():
    assert render("{greeting} \nbye", {"greeting": "Hi"}) == "Hi\nbye\n"


def test_a_template_with_an_unknown_placeholder_is_a_clear_error(tmp_path):
    import pytest

    from agent.drafts import TemplateError

    (tmp_path / "thank_you.txt").write_text("Hi {first_name}\n")
    now = END + timedelta(hours=1)
    with pytest.raises(TemplateError, match=r"thank_you.txt: unknown placeholder\(s\) \{first_name\}"):
        plan(scenario(now), [], Settings(tz=NY, user_name="Jordan Lee", templates=load_templates(tmp_path)), now)


def test_the_user_is_never_the_recipient():
    now = END + timedelta(hours=1)
    me_as_attendee = Person("jordan@example.com", "Jordan Lee", "interviewer")
    msgs = [company("interview_confirmation", at("2026-03-02T09:00"), start=INTERVIEW,
                    sender=Person("no-reply@greenhouse.io", "Acme"), people=[me_as_attendee])]
    r = rules()
    r.me = frozenset({"jordan@example.com"})
    [d] = plan(track(msgs, r, now), [], SETTINGS, now).create
    assert d.to == []


def test_a_draft_under_an_applications_old_id_stands_for_its_step():
    """An older version named the company differently, so the draft it made sits under another id: the renamed
    application holding its thread gets no second draft, and a step already recorded under the new id (a second draft
    an older version made) is never given a second record."""
    now = END + timedelta(hours=1)
    [d] = plan(scenario(now), [], SETTINGS, now).create
    old = replace(record_for(d), id="d-old", application_id="acmerobotics-backend-engineer")
    assert plan(scenario(now), [old], SETTINGS, now).create == []
    [kept] = adopted(scenario(now), [old])
    assert kept.application_id == d.application_id
    both = adopted(scenario(now), [old, record_for(d)])
    assert [r.application_id for r in both] == ["acmerobotics-backend-engineer", d.application_id]
