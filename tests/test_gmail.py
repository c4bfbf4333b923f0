"""Gmail end to end: the real googleapiclient over HTTP against the local stand-in."""

from __future__ import annotations

import base64
import email
import email.policy
import json
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner

from agent.cli import cli
from agent.config import ensure_home, load_config
from agent.demo.builder import mail
from agent.mailbox.gmail import GmailMailbox, Quota, make_service
from agent.pipeline import CURSOR_KEY, run
from agent.store import Store
from tests.gmail_standin import GmailStandin
from tests.test_cli import CONFIG, DANA, ME, confirmation

NY = ZoneInfo("America/New_York")


def ms(t: datetime) -> int:
    return int(t.timestamp() * 1000)


def noise(i: int) -> bytes:
    return mail(frm=f"Shop {i} <deals@shop{i}.example>", to=ME, subject=f"Weekly deals #{i}",
                date=datetime(2026, 3, 1, 8, 0, tzinfo=NY), msgid=f"<n{i}@shop.example>",
                body="Big savings this week on garden tools.\n", headers={"List-Unsubscribe": "<https://x/u>"})


class Env:
    def __init__(self, tmp_path, monkeypatch):
        self.gmail = GmailStandin(address="jordan@example.com").start()
        self.gmail.now_ms = ms(datetime(2026, 3, 5, 16, 0, tzinfo=NY))
        self.home = tmp_path / "home"
        self.home.mkdir()
        (self.home / "config.toml").write_text(CONFIG)
        monkeypatch.setenv("FOLLOWUP_GMAIL_ENDPOINT", self.gmail.url)
        self.runner = CliRunner()

    def __call__(self, now: datetime, *args: str, code: int = 0) -> str:
        self.gmail.now_ms = ms(now)
        result = self.runner.invoke(cli, ["--home", str(self.home), "--now", now.isoformat(), *args])
        assert result.exit_code == code, result.output + repr(result.exception)
        return result.output

    def run(self, now: datetime) -> str:
        return self(now, "run", "--source", "gmail", "--verbose")

    def drafts(self, now: datetime) -> list[dict]:
        return json.loads(self(now, "drafts", "--json"))

    def draft_message(self, draft_id: str) -> email.message.EmailMessage:
        stored = self.gmail.messages[self.gmail.drafts[draft_id]]
        return email.message_from_bytes(stored.raw, policy=email.policy.default)


@pytest.fixture
def env(tmp_path, monkeypatch):
    e = Env(tmp_path, monkeypatch)
    yield e
    e.gmail.stop()


AFTER = datetime(2026, 3, 5, 16, 0, tzinfo=NY)


def test_first_run_makes_a_threaded_reply_draft_and_never_sends(env):
    conf = env.gmail.add_message(confirmation())
    for i in range(5):
        env.gmail.add_message(noise(i))
    out = env.run(AFTER)
    assert "made 1 draft(s)" in out and "Gmail Drafts" in out
    [(draft_id, message_id)] = env.gmail.drafts.items()
    stored = env.gmail.messages[message_id]
    assert stored.thread_id == env.gmail.messages[conf].thread_id
    msg = env.draft_message(draft_id)
    assert msg["To"] == "dana@acmerobotics.example"
    assert msg["In-Reply-To"] == "<c1@greenhouse.example>"
    assert msg["Subject"] == "Re: Interview Confirmation: Backend Engineer at Acme Robotics"
    assert "From" not in msg  # Gmail fills in the user's address
    assert "Ravi" in msg.get_content() and "Jordan Lee" in msg.get_content()
    assert not env.gmail.sent_anything()
    [d] = env.drafts(AFTER)
    assert d["thread_id"] == stored.thread_id and d["fate"] == "pending"
    # the noise was never fetched: the backfill asks Gmail for candidates only
    fetched = [p for _, p in env.gmail.requests if "/messages/" in p and "format=raw" in p]
    assert len(fetched) == 1
    assert "quota units" in out


def test_incremental_run_with_no_new_mail_costs_one_call(env):
    env.gmail.add_message(confirmation())
    env.run(AFTER)
    env.gmail.reset_counters()
    out = env.run(AFTER + timedelta(minutes=30))
    assert "1 call(s), 2 quota units" in out
    assert [p.split("?")[0] for _, p in env.gmail.requests] == ["/gmail/v1/users/me/history"]
    store = Store(env.home / "followup.db")
    row = store.db.execute("SELECT api_calls, quota_units FROM runs ORDER BY id DESC LIMIT 1").fetchone()
    store.close()
    assert tuple(row) == (1, 2)


def test_each_new_message_costs_one_get(env):
    env.gmail.add_message(confirmation())
    env.run(AFTER)
    for i in range(3):
        env.gmail.add_message(noise(10 + i))
    env.gmail.reset_counters()
    env.run(AFTER + timedelta(minutes=30))
    gets = [p for _, p in env.gmail.requests if "/messages/" in p]
    assert len(gets) == 3
    assert env.gmail.units == 2 + 3 * 5


def test_draft_fates_read_back_from_gmail(env):
    env.gmail.add_message(confirmation())
    env.run(AFTER)
    [draft_id] = env.gmail.drafts
    # The user sends the thank-you from Gmail.
    env.gmail.user_sends_draft(draft_id)
    env.run(AFTER + timedelta(hours=2))
    assert env.drafts(AFTER)[0]["fate"] == "sent"
    # A week later: the check-in; the user edits it, then deletes it.
    week = AFTER + timedelta(days=7)
    env.run(week)
    [check_in] = [d for d in env.drafts(week) if d["step"] == "check_in"]
    [gmail_id] = env.gmail.drafts
    env.gmail.user_edits_draft(gmail_id, "Hi Dana, my own words.\n")
    env.run(week + timedelta(hours=1))
    assert [d["fate"] for d in env.drafts(week) if d["id"] == check_in["id"]] == ["edited"]
    assert env.gmail.messages[env.gmail.drafts[gmail_id]].raw.count(b"my own words") == 1  # untouched
    env.gmail.user_deletes_draft(gmail_id)
    env.run(week + timedelta(hours=2))
    assert [d["fate"] for d in env.drafts(week) if d["id"] == check_in["id"]] == ["deleted"]
    env.run(week + timedelta(days=1))
    assert not env.gmail.drafts  # a deleted draft is a "no"
    assert not env.gmail.sent_anything()


def test_expired_history_falls_back_to_a_backfill(env):
    env.gmail.add_message(confirmation())
    env.run(AFTER - timedelta(hours=3))  # before the interview ends: no draft yet
    env.gmail.expire_history()
    env.gmail.reset_counters()
    out = env.run(AFTER)
    assert "made 1 draft" in out
    paths = [p.split("?")[0] for _, p in env.gmail.requests]
    assert paths[:2] == ["/gmail/v1/users/me/history", "/gmail/v1/users/me/profile"]


def direct(env, sleeps):
    paths = ensure_home(env.home)
    cfg = load_config(paths.config)
    store = Store(paths.database)
    box = GmailMailbox(make_service(env.gmail.url), cursor=store.get_meta(CURSOR_KEY), sleep=sleeps.append,
                       quota=Quota(sleep=sleeps.append))
    return store, box, cfg, paths


def test_rate_limits_and_errors_are_retried_with_backoff(env):
    env.gmail.add_message(confirmation())
    for i in range(60):
        env.gmail.add_message(noise(100 + i))
    env.run(AFTER - timedelta(hours=3))
    for i in range(60):  # new mail arriving: fetched in two batches
        env.gmail.add_message(confirmation().replace(b"<c1@greenhouse.example>", f"<x{i}@gh.example>".encode()))
    env.gmail.fail(r"/history$", status=503, times=1)
    env.gmail.fail(r"/messages/[0-9a-f]+$", status=429, reason="rateLimitExceeded", times=3)
    env.gmail.fail(r"/history$", kind="drop", times=1)
    sleeps: list[float] = []
    store, box, cfg, paths = direct(env, sleeps)
    result = run(store, box, cfg, paths, AFTER)
    store.close()
    assert result.messages_new == 60
    assert len(sleeps) >= 2 and all(0 < s <= 32 for s in sleeps)
    assert len(result.drafts) == 1


def test_gmail_keeps_failing_is_exit_code_4_and_nothing_is_lost(env):
    env.gmail.add_message(confirmation())
    env.run(AFTER - timedelta(hours=3))
    env.gmail.add_message(noise(1))
    env.gmail.fail(r"/history$", status=500, times=100)
    sleeps: list[float] = []
    store, box, cfg, paths = direct(env, sleeps)
    before = store.get_meta(CURSOR_KEY)
    from agent.mailbox.gmail import MailboxUnavailable

    with pytest.raises(MailboxUnavailable):
        run(store, box, cfg, paths, AFTER)
    assert store.get_meta(CURSOR_KEY) == before
    store.close()


def test_a_crash_after_gmail_made_the_draft_is_recovered_without_a_duplicate(env, monkeypatch):
    env.gmail.add_message(confirmation())
    real = GmailMailbox.create_draft

    def create_then_crash(self, draft, record_id):
        real(self, draft, record_id)
        raise KeyboardInterrupt  # the process dies before the location is recorded

    monkeypatch.setattr(GmailMailbox, "create_draft", create_then_crash)
    env.runner.invoke(cli, ["--home", str(env.home), "--now", AFTER.isoformat(), "run", "--source", "gmail"])
    assert len(env.gmail.drafts) == 1
    monkeypatch.setattr(GmailMailbox, "create_draft", real)
    env.run(AFTER + timedelta(minutes=10))
    assert len(env.gmail.drafts) == 1
    [d] = env.drafts(AFTER)
    assert d["fate"] == "pending"
    store = Store(env.home / "followup.db")
    [rec] = store.drafts()
    store.close()
    assert rec.location.split(":")[0] in env.gmail.drafts


def test_a_retried_create_that_ran_twice_leaves_one_draft(env):
    env.gmail.add_message(confirmation())
    sleeps: list[float] = []
    store, box, cfg, paths = direct(env, sleeps)
    from agent.models import Draft

    thread = next(iter(env.gmail.messages.values())).thread_id
    d = Draft(application_id="a", company="A", round=1, step="thank_you", key="k", to=["dana@acmerobotics.example"],
              subject="Re: Interview Confirmation: Backend Engineer at Acme Robotics", body="Thanks!\n",
              thread_id=thread, in_reply_to="<c1@greenhouse.example>", references=["<c1@greenhouse.example>"])
    box.create_draft(d, "d-1")
    box.create_draft(d, "d-1")  # as if Gmail had executed a re-sent POST
    store.close()
    assert len(env.gmail.drafts) == 1


def test_stand_in_speaks_gmails_batch_and_error_format(env):
    service = make_service(env.gmail.url)
    mid = env.gmail.add_message(confirmation())
    got = {}
    batch = service.new_batch_http_request(callback=lambda rid, resp, exc: got.__setitem__(rid, (resp, exc)))
    batch.add(service.users().messages().get(userId="me", id=mid, format="metadata", metadataHeaders=["Subject"]),
              request_id="ok")
    batch.add(service.users().messages().get(userId="me", id="missing"), request_id="gone")
    batch.execute()
    assert got["ok"][0]["payload"]["headers"] == [
        {"name": "Subject", "value": "Interview Confirmation: Backend Engineer at Acme Robotics"}]
    err = got["gone"][1]
    assert err.resp.status == 404
    assert json.loads(err.content)["error"]["errors"][0]["reason"] == "notFound"
    raw = service.users().messages().get(userId="me", id=mid, format="raw").execute()["raw"]
    assert base64.urlsafe_b64decode(raw + "==") == env.gmail.messages[mid].raw


def test_no_code_path_in_the_agent_calls_a_send_endpoint():
    import pathlib
    import re

    root = pathlib.Path(__file__).resolve().parent.parent / "agent"
    offenders = [str(p) for p in root.rglob("*.py")
                 if re.search(r"\.send\(|/send\b", p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_quota_window_keeps_any_second_at_or_under_250_units():
    clock = [0.0]
    slept: list[float] = []

    def sleep(s):
        slept.append(s)
        clock[0] += s

    q = Quota(clock=lambda: clock[0], sleep=sleep)
    q.spend("messages.get", 50)  # a full batch: 250 units
    q.spend("history.list")  # 2 more must wait for the window to move on
    assert slept and abs(clock[0] - 1.0) < 1e-6
    assert (q.calls, q.units) == (51, 252)
    q.spend("getProfile")
    assert q.by_method == {"messages.get": 50, "history.list": 1, "getProfile": 1}


@pytest.mark.parametrize("label, stage", [("followup/rejected", "rejected"), ("followup/withdrawn", "withdrawn")])
def test_a_label_on_the_thread_in_gmail_corrects_the_agent(env, label, stage):
    conf = env.gmail.add_message(confirmation())
    env.run(AFTER - timedelta(hours=3))
    env.gmail.user_labels_thread(env.gmail.messages[conf].thread_id, label)
    env.gmail.reset_counters()
    out = env.run(AFTER)
    assert "made" not in out  # a closed application gets no thank-you
    assert "3 quota units" in out  # history.list 2 + labels.list 1, to learn the new label's name
    apps = json.loads(env(AFTER, "status", "--json"))
    assert [a["stage"] for a in apps] == [stage]


def test_ignore_and_pause_labels(env):
    conf = env.gmail.add_message(confirmation())
    env.run(AFTER - timedelta(hours=3))
    thread = env.gmail.messages[conf].thread_id
    env.gmail.user_labels_thread(thread, "followup/pause")
    env.run(AFTER)
    assert not env.gmail.drafts
    assert "paused" in json.loads(env(AFTER, "status", "--json"))[0]["note"]
    env.gmail.user_labels_thread(thread, "followup/ignore")
    env.run(AFTER + timedelta(minutes=5))
    assert json.loads(env(AFTER, "status", "--json")) == []


def test_run_prints_where_to_review_each_draft(env):
    conf = env.gmail.add_message(confirmation())
    out = env.run(AFTER)
    thread = env.gmail.messages[conf].thread_id
    assert f"https://mail.google.com/mail/u/0/#all/{thread}" in out
    assert env.drafts(AFTER)[0]["link"].endswith(thread)


def test_backfill_finds_the_users_mail_to_the_company_in_a_new_thread(env):
    env.gmail.add_message(confirmation())
    check_in = mail(frm=ME, to=DANA, subject="Checking in", date=AFTER + timedelta(days=8),
                    msgid="<own@example.com>", body="Hi Dana, any news?\n\nJordan\n")
    env.gmail.add_message(check_in, labels=("SENT",))
    env.gmail.add_message(mail(frm=ME, to="Mum <mum@family.example>", subject="Sunday", date=AFTER,
                               msgid="<mum@example.com>", body="See you Sunday\n"), labels=("SENT",))
    env.run(AFTER + timedelta(days=9))
    app = json.loads(env(AFTER + timedelta(days=9), "status", "--json"))[0]
    assert app["stage"] == "on_hold"  # the hand-written check-in counted
    fetched = [p for _, p in env.gmail.requests if "format=raw" in p]
    assert len(fetched) == 2  # the confirmation and the check-in, not the note to Mum


def test_a_first_sync_reports_progress_with_the_units_spent(env):
    env.gmail.add_message(confirmation())
    for i in range(70):  # candidates in two batches
        env.gmail.add_message(confirmation().replace(b"<c1@greenhouse.example>", f"<p{i}@gh.example>".encode()))
    seen: list[tuple[int, int, int]] = []
    paths = ensure_home(env.home)
    store = Store(paths.database)
    box = GmailMailbox(make_service(env.gmail.url), progress=lambda *a: seen.append(a))
    run(store, box, load_config(paths.config), paths, AFTER)
    store.close()
    assert [d for d, _, _ in seen] == sorted(d for d, _, _ in seen) and seen[-1][0] == seen[-1][1] == 71
    assert seen[-1][2] >= 71 * 5  # messages.get costs 5 units each, and the lists came before
    assert len(seen) >= 2


def test_google_failures_leave_the_mailbox_as_its_own_errors(env):
    """The boundary: a 401 is AuthNeeded, a persistent 5xx is MailboxUnavailable; never an HttpError."""
    from agent.mailbox import AuthNeeded, MailboxUnavailable

    env.gmail.add_message(confirmation())
    env.gmail.fail(r"/profile$", status=401, times=1)
    box = GmailMailbox(make_service(env.gmail.url), sleep=lambda s: None, quota=Quota(sleep=lambda s: None))
    with pytest.raises(AuthNeeded, match="run `followup auth`"):
        list(box.sync(set()).messages)
    env.gmail.fail(r"/profile$", status=503, times=100)
    box = GmailMailbox(make_service(env.gmail.url), sleep=lambda s: None, quota=Quota(sleep=lambda s: None))
    with pytest.raises(MailboxUnavailable, match="^Gmail unavailable: .*nothing was lost"):
        list(box.sync(set()).messages)


def test_setup_suggests_the_gmail_account_address(env):
    (env.home / "config.toml").write_text('[user]\ntimezone = "America/New_York"\n')
    out = env(AFTER, "setup", "--name", "Jordan Lee", "--yes")
    assert "<jordan@example.com>" in out
    cfg = load_config(env.home / "config.toml")
    assert cfg.me == ["jordan@example.com"] and cfg.name == "Jordan Lee"
# ---------------------------------------------------------------- issue 9: the real Gmail's traps


def test_a_message_listed_twice_is_fetched_once(env):
    mid = env.gmail.add_message(confirmation())
    store, box, cfg, paths = direct(env, [])
    store.close()
    got = list(box._batch_get([mid, mid, mid]))  # two searches can return the same message
    assert [m["id"] for m in got] == [mid]


def test_spam_and_trash_are_left_out_on_the_history_path_too(env):
    env.gmail.add_message(confirmation())
    env.run(AFTER - timedelta(hours=3))
    spam = mail(frm="Recruiter <offers@scam.example>", to=ME, subject="Interview offer: Senior Engineer",
                date=AFTER - timedelta(hours=2), msgid="<spam@scam.example>", body="Interview now!")
    env.gmail.add_message(spam, labels=("SPAM",))
    trash = mail(frm="Old <old@x.example>", to=ME, subject="Interview schedule", date=AFTER - timedelta(hours=2),
                 msgid="<trash@x.example>", body="old")
    env.gmail.add_message(trash, labels=("TRASH",))
    env.run(AFTER - timedelta(hours=1))
    store = Store(env.home / "followup.db")
    try:
        ids = {m.message_id for m in store.messages()}
    finally:
        store.close()
    assert "<spam@scam.example>" not in ids and "<trash@x.example>" not in ids


def test_a_subject_with_odd_spacing_keeps_the_draft_in_its_thread(env):
    conf = confirmation().replace(b"Subject: Interview Confirmation: Backend Engineer",
                                  b"Subject: Interview  Confirmation:   Backend Engineer")
    env.gmail.add_message(conf)
    out = env.run(AFTER)
    assert "made 1 draft(s)" in out, out
    [(draft_id, message_id)] = env.gmail.drafts.items()
    thread = next(s.thread_id for s in env.gmail.messages.values() if "DRAFT" not in s.labels)
    assert env.gmail.messages[message_id].thread_id == thread
    assert env.draft_message(draft_id)["Subject"].startswith("Re: Interview  Confirmation:   Backend")


def test_an_empty_subject_replies_with_re_and_stays_in_the_thread(env):
    from agent.drafts import subject_for
    from agent.models import Draft

    env.gmail.add_message(mail(frm=DANA, to=ME, subject="", date=AFTER - timedelta(days=1), msgid="<e1@acme>",
                               body="Hi Jordan, are you free Thursday?"))
    thread = next(iter(env.gmail.messages.values())).thread_id
    store, box, cfg, paths = direct(env, [])
    store.close()
    d = Draft(application_id="a", company="A", round=1, step="thank_you", key="k", to=["dana@acmerobotics.example"],
              subject=subject_for(""), body="Thanks!\n", thread_id=thread, in_reply_to="<e1@acme>",
              references=["<e1@acme>"])
    location = box.create_draft(d, "d-1")
    draft_id = location.split(":")[0]
    assert env.gmail.messages[env.gmail.drafts[draft_id]].thread_id == thread


def test_a_draft_gmail_puts_outside_the_thread_sets_the_application_aside_not_the_agent(env, monkeypatch):
    env.gmail.add_message(confirmation())
    monkeypatch.setattr(env.gmail, "_thread_for", lambda msg, requested=None: None)  # Gmail refuses to thread it
    out = env(AFTER, "run", "--source", "gmail")  # exit 0, not 4: the mailbox is fine
    assert "set aside 1 application" in out
    assert env.gmail.drafts == {}  # the stray draft was removed
    assert env.drafts(AFTER) == []
    assert "application acme-robotics: DraftOutsideThread" in env(AFTER, "status")
    env(AFTER + timedelta(hours=1), "run", "--source", "gmail")  # later runs go on (and do not retry it)
    creates = [p for m, p in env.gmail.requests if m == "POST" and p.split("?")[0].endswith("drafts")]
    assert len(creates) == 1


def test_a_retried_create_outside_any_thread_leaves_one_draft(env):
    store, box, cfg, paths = direct(env, [])
    store.close()
    from agent.models import Draft

    d = Draft(application_id="a", company="A", round=1, step="follow_up", key="k", to=["dana@acmerobotics.example"],
              subject="Backend Engineer", body="Following up!\n", thread_id="", in_reply_to=None, references=[])
    box.create_draft(d, "d-1")
    box.create_draft(d, "d-1")  # as if Gmail had executed a re-sent POST
    assert len(env.gmail.drafts) == 1


def test_ids_of_unrelated_mail_leave_the_database_after_the_backfill_window(env):
    env.gmail.add_message(confirmation())
    for i in range(3):
        env.gmail.add_message(noise(300 + i))
    env.run(AFTER)
    later = AFTER + timedelta(days=130)
    env.gmail.reset_counters()
    env.run(later)
    store = Store(env.home / "followup.db")
    try:
        ids = {r[0] for r in store.db.execute("SELECT message_id FROM messages")}
        count = store.db.execute("SELECT COUNT(*) FROM messages").fetchone()[0]
    finally:
        store.close()
    assert "<c1@greenhouse.example>" in ids and count == 1
    assert not [p for _, p in env.gmail.requests if "format=raw" in p]  # nothing read again


def test_an_unreadable_raw_answer_does_not_end_the_fetch(env, monkeypatch):
    env.gmail.add_message(confirmation())
    env.gmail.add_message(mail(frm=DANA, to=ME, subject="Interview feedback", date=AFTER - timedelta(days=1),
                               msgid="<f1@acme>", body="Hi"))
    store, box, cfg, paths = direct(env, [])
    store.close()
    real = box._batch_get

    def one_broken(ids, fmt="raw"):
        for i, msg in enumerate(real(ids, fmt)):
            yield {**msg, "raw": "%%%not base64%%%"} if i == 0 else msg

    monkeypatch.setattr(box, "_batch_get", one_broken)
    got = list(box.fetch(set()))
    assert len(got) == 2 and got[0].raw == b"" and got[1].raw


def test_backfill_reads_a_plain_reply_in_a_candidate_thread(env):
    """A run started mid-process reads the whole of a candidate thread: the owner's reply that uses none of
    the search's words ("went with somebody else for the job") is fetched, the shop's deals are not."""
    ray = "Ray Ortiz <ray@tacoloco.example>"
    env.gmail.add_message(mail(frm=ME, to=ray, subject="Line cook", date=AFTER - timedelta(days=6),
                               msgid="<apply@example.com>",
                               body="Hi Ray,\n\nI'm applying for the line cook job on your window. My resume is attached."
                                    "\n\nJordan\n"), labels=("SENT",))
    env.gmail.add_message(mail(frm=ray, to=ME, subject="Re: Line cook", date=AFTER - timedelta(days=2),
                               msgid="<ray2@tacoloco.example>", headers={"In-Reply-To": "<apply@example.com>",
                                                                         "References": "<apply@example.com>"},
                               body="Hey Jordan, thanks for coming by Saturday. We went with somebody else for the "
                                    "job, sorry. Good luck out there.\n\nRay\n"))
    for i in range(3):
        env.gmail.add_message(noise(i))
    env.run(AFTER)
    [app] = json.loads(env(AFTER, "status", "--json"))
    assert app["stage"] == "rejected"
    fetched = [p for _, p in env.gmail.requests if "format=raw" in p]
    assert len(fetched) == 2  # the application and the reply, not the deals


def test_an_upgrade_that_names_the_company_anew_makes_no_second_draft(env, monkeypatch):
    """An application's id is made of its company's name, and a newer version may read the name better
    ('Granite Peak' where 'Granitepeak' was): the draft already made for that step in that thread stands
    for it, so the renamed application gets no second one."""
    env.gmail.add_message(confirmation())
    env.run(AFTER)
    [before] = env.drafts(AFTER)
    import agent.tracker as tracker

    real = tracker._display_name
    monkeypatch.setattr(tracker, "_display_name", lambda names: "Renamed " + real(names))
    env.run(AFTER + timedelta(minutes=10))
    assert len(env.gmail.drafts) == 1
    assert [d["id"] for d in env.drafts(AFTER)] == [before["id"]]


def test_a_pause_follows_the_application_when_an_upgrade_names_it_anew(env, monkeypatch):
    """The user paused an application; a newer version reads its company's name differently, so its id changes.
    The pause is found by the application's threads and stays: no draft wakes up."""
    env.gmail.add_message(confirmation())
    before = AFTER - timedelta(days=1)  # the interview is still ahead: nothing to draft yet
    env.run(before)
    assert "saved" in env(before, "set", "acme", "--pause")
    import agent.tracker as tracker

    real = tracker._display_name
    monkeypatch.setattr(tracker, "_display_name", lambda names: "Renamed " + real(names))
    out = env.run(AFTER)
    assert env.gmail.drafts == {}, out
    store = Store(env.home / "followup.db")
    overrides = store.overrides()
    store.close()
    [(app_id, o)] = overrides.items()
    assert app_id.startswith("renamed-") and o.paused and o.threads
