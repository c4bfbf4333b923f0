"""The command contract, end to end through the local mailbox, and weeks of simulated time."""

from __future__ import annotations

import email
import email.policy
import email.utils
import json
import mailbox
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner

from agent.cli import cli
from agent.demo.builder import ics_event, mail, write_mbox

NY = ZoneInfo("America/New_York")
ME = "Jordan Lee <jordan@example.com>"
DANA = "Dana Whitlock <dana@acmerobotics.example>"
START = datetime(2026, 3, 5, 14, 0, tzinfo=NY)
CONFIG = """
[user]
name = "Jordan Lee"
me = ["jordan@example.com"]
timezone = "America/New_York"
"""


def confirmation() -> bytes:
    return mail(frm="Acme Robotics <no-reply@us.greenhouse-mail.io>", reply_to=DANA, to=ME,
                subject="Interview Confirmation: Backend Engineer at Acme Robotics",
                date=datetime(2026, 3, 2, 9, 0, tzinfo=NY), msgid="<c1@greenhouse.example>",
                body="Hi Jordan,\n\nYour interview for the Backend Engineer role at Acme Robotics is confirmed.\n\n"
                     "Date: Thursday, March 5, 2026\nTime: 2:00 PM - 3:00 PM ET\nInterviewer: Ravi Anand, "
                     "Engineering Manager\n\nBest,\nDana Whitlock\nAcme Robotics\n",
                ics=ics_event(start=START, end=START + timedelta(hours=1), summary="Interview with Acme Robotics",
                              organizer="dana@acmerobotics.example", attendees=["jordan@example.com"]))


def newsletter() -> bytes:
    return mail(frm="Career Notes <news@careernotes.example>", to=ME, subject="How to follow up after an interview",
                date=datetime(2026, 3, 3, 7, 0, tzinfo=NY), msgid="<n1@careernotes.example>",
                headers={"List-Unsubscribe": "<https://careernotes.example/u>", "Precedence": "bulk"},
                body="View in browser\n\nSend a thank-you note after your interview is confirmed and done.\n")


class World:
    """A HOME, an mbox the test can add mail to, and a runner with a clock."""

    def __init__(self, tmp_path: Path):
        self.home = tmp_path / "home"
        self.home.mkdir()
        (self.home / "config.toml").write_text(CONFIG)
        self.mbox = tmp_path / "mail.mbox"
        write_mbox(self.mbox, [confirmation(), newsletter()])
        self.runner = CliRunner()

    def add(self, raw: bytes) -> None:
        box = mailbox.mbox(str(self.mbox))
        box.add(mailbox.mboxMessage(raw))
        box.flush()
        box.close()

    def __call__(self, now: str, *args: str, code: int = 0) -> str:
        result = self.runner.invoke(cli, ["--home", str(self.home), "--now", now, *args])
        assert result.exit_code == code, result.output + str(result.exception)
        return result.output

    def run(self, now: str) -> str:
        return self(now, "run", "--source", f"mbox:{self.mbox}")

    def drafts(self, now: str) -> list[dict]:
        return json.loads(self(now, "drafts", "--json"))

    def status(self, now: str) -> dict:
        return {a["id"]: a for a in json.loads(self(now, "status", "--json"))}


@pytest.fixture
def world(tmp_path):
    return World(tmp_path)


def reply_from_me(date: datetime, msgid: str, parent: str = "<c1@greenhouse.example>") -> bytes:
    return mail(frm=ME, to=DANA, subject="Re: Interview Confirmation: Backend Engineer at Acme Robotics", date=date,
                msgid=msgid, in_reply_to=parent, body="Hi Dana,\n\nThank you!\n\nJordan\n")


def sent_copy(path: Path, date: datetime) -> bytes:
    """What a mail client leaves in the mailbox when the user sends a draft file: the same message, dated."""
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    msg["Date"] = email.utils.format_datetime(date)
    return msg.as_bytes()


def test_weeks_of_simulated_time(world):
    # Before the interview ends: nothing to do, and a quiet run prints nothing.
    assert world.run("2026-03-05T14:30:00-05:00") == ""
    assert world.status("2026-03-05T14:30:00-05:00")["acme-robotics"]["stage"] == "scheduled"

    # It ends: one thank-you draft, a one-line summary for cron.
    out = world.run("2026-03-05T16:00:00-05:00")
    assert out.startswith("followup: made 1 draft(s)")
    [d] = world.drafts("2026-03-05T16:00:00-05:00")
    assert (d["step"], d["to"], d["fate"]) == ("thank_you", ["dana@acmerobotics.example"], "pending")
    assert d["subject"] == "Re: Interview Confirmation: Backend Engineer at Acme Robotics"
    assert set(d) >= {"id", "application_id", "company", "step", "to", "subject", "thread_id", "created_at", "fate"}
    text = (world.home / "drafts" / f"{d['id']}.eml").read_text()
    assert "In-Reply-To: <c1@greenhouse.example>" in text and "Ravi" in text and "Jordan Lee" in text

    # Re-running is safe: no second draft.
    assert world.run("2026-03-05T17:00:00-05:00") == ""
    assert len(world.drafts("2026-03-05T17:00:00-05:00")) == 1

    # The user sends it from a mail client (its copy appears in the mailbox): fate sent, stage waiting,
    # and the .eml is gone from drafts/ so it cannot be sent twice.
    eml = world.home / "drafts" / f"{d['id']}.eml"
    thank_you_id = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)["Message-ID"]
    world.add(sent_copy(eml, datetime(2026, 3, 5, 18, 0, tzinfo=NY)))
    world.run("2026-03-06T09:00:00-05:00")
    assert world.drafts("2026-03-06T09:00:00-05:00")[0]["fate"] == "sent"
    assert not (world.home / "drafts" / f"{d['id']}.eml").exists()
    assert world.status("2026-03-06T09:00:00-05:00")["acme-robotics"]["stage"] == "waiting"

    # A week after the interview: the check-in.
    out = world.run("2026-03-12T15:00:00-04:00")
    assert "check-in" in out
    check_in = world.drafts("2026-03-12T15:00:00-04:00")[1]
    assert check_in["step"] == "check_in"

    # The user deletes it and writes their own check-in by hand: the draft is a "no", the mail counts.
    (world.home / "drafts" / f"{check_in['id']}.eml").unlink()
    world.add(reply_from_me(datetime(2026, 3, 13, 9, 0, tzinfo=NY), "<sent2@example.com>", thank_you_id))
    world.run("2026-03-13T10:00:00-04:00")
    fates = {d["step"]: d["fate"] for d in world.drafts("2026-03-13T10:00:00-04:00")}
    assert fates["check_in"] in ("deleted", "sent")
    app = world.status("2026-03-13T10:00:00-04:00")["acme-robotics"]
    assert app["stage"] == "on_hold" and app["next_action"] == "follow_up"
    assert app["next_action_at"].startswith("2026-03-23T09:00")

    # Ten days later: a follow-up.
    assert "follow-up" in world.run("2026-03-23T09:00:00-04:00")
    follow = [d for d in world.drafts("2026-03-23T09:00:00-04:00") if d["step"] == "follow_up"]
    assert len(follow) == 1
    path = world.home / "drafts" / f"{follow[0]['id']}.eml"
    assert path.exists()

    # The company writes before the user acted: our untouched draft is obsolete and removed.
    world.add(mail(frm=DANA, to=ME, subject="Re: Interview Confirmation: Backend Engineer at Acme Robotics",
                   date=datetime(2026, 3, 24, 11, 0, tzinfo=NY), msgid="<r1@acmerobotics.example>",
                   in_reply_to="<sent2@example.com>",
                   body="Hi Jordan,\n\nThanks for your patience; we're still gathering feedback and will be in touch "
                        "next week.\n\nDana\n"))
    out = world.run("2026-03-24T12:00:00-04:00")
    assert "removed an unedited follow-up draft" in out
    assert not path.exists()
    assert world.drafts("2026-03-24T12:00:00-04:00")[-1]["fate"] == "obsolete"
    assert world.status("2026-03-24T12:00:00-04:00")["acme-robotics"]["stage"] == "in_conversation"


def test_status_table_and_json_contract(world):
    world.run("2026-03-05T16:00:00-05:00")
    table = world("2026-03-05T16:00:00-05:00", "status")
    assert "Acme Robotics" in table and "interviewed" in table and "Career Notes" not in table
    [app] = json.loads(world("2026-03-05T16:00:00-05:00", "status", "--json"))
    assert set(app) >= {"id", "company", "role", "stage", "round", "last_contact_at", "next_action", "next_action_at"}
    assert (app["company"], app["role"], app["round"], app["next_action"]) == (
        "Acme Robotics", "Backend Engineer", 1, "thank_you")


def test_dry_run_makes_nothing(world):
    out = world("2026-03-05T16:00:00-05:00", "run", "--source", f"mbox:{world.mbox}", "--dry-run")
    assert "would make 1 draft" in out
    assert not (world.home / "drafts").exists() or not list((world.home / "drafts").iterdir())
    assert world.drafts("2026-03-05T16:00:00-05:00") == []


def test_classify_json_in_the_order_given(world, tmp_path):
    a = tmp_path / "a.eml"
    b = tmp_path / "b.eml"
    a.write_bytes(newsletter())
    b.write_bytes(confirmation())
    out = json.loads(world("2026-03-01T00:00:00Z", "classify", str(a), str(b), "--json"))
    assert [o["file"] for o in out] == [str(a), str(b)]
    assert out[0]["kind"] == "not_relevant" and out[1]["kind"] == "interview_confirmation"
    assert out[1]["company"] == "Acme Robotics" and out[1]["interview_start"] == "2026-03-05T19:00:00+00:00"
    assert {"kind", "confidence", "reasons", "company", "role", "interview_start", "interview_end", "people"} <= set(out[1])


def test_env_vars_work_for_every_command(world, monkeypatch):
    monkeypatch.setenv("FOLLOWUP_HOME", str(world.home))
    monkeypatch.setenv("FOLLOWUP_NOW", "2026-03-05T16:00:00-05:00")
    result = world.runner.invoke(cli, ["run", "--source", f"mbox:{world.mbox}"])
    assert result.exit_code == 0 and "made 1 draft" in result.output


def test_config_is_created_with_commented_defaults(tmp_path):
    home = tmp_path / "fresh"
    result = CliRunner().invoke(cli, ["--home", str(home), "status"])
    assert result.exit_code == 0 and "No applications" in result.output
    text = (home / "config.toml").read_text()
    assert "[cadence]" in text and "check_in_after_days = 7" in text and text.count("#") > 10


def test_bad_config_names_the_key(tmp_path):
    home = tmp_path / "h"
    home.mkdir()
    (home / "config.toml").write_text("[cadence]\nmax_follow_ups = 'three'\n")
    result = CliRunner().invoke(cli, ["--home", str(home), "status"])
    assert result.exit_code == 2
    assert "cadence.max_follow_ups must be int" in result.output


def test_missing_source_is_a_clear_error(world):
    out = world("2026-03-05T16:00:00-05:00", "run", "--source", "mbox:/nonexistent.mbox", code=4)
    assert "does not exist" in out


def test_explain_and_set(world):
    world.run("2026-03-05T16:00:00-05:00")
    out = world("2026-03-05T16:00:00-05:00", "explain", "acme")
    assert "interview_confirmation" in out and "rule: stage interviewed" in out
    world("2026-03-05T16:00:00-05:00", "set", "acme-robotics", "--stage", "withdrawn")
    assert world.status("2026-03-05T16:00:00-05:00")["acme-robotics"]["stage"] == "withdrawn"
    world("2026-03-05T16:00:00-05:00", "set", "nope", code=2)


def test_a_malformed_message_is_skipped_and_the_run_goes_on(world, monkeypatch):
    import agent.pipeline as pipeline

    real = pipeline.classify

    def flaky(email, **kw):
        if "newsletter" in email.subject.lower() or "follow up after" in email.subject.lower():
            raise ValueError("boom")
        return real(email, **kw)

    monkeypatch.setattr(pipeline, "classify", flaky)
    result = world.runner.invoke(cli, ["--home", str(world.home), "--now", "2026-03-05T16:00:00-05:00", "run",
                                       "--source", f"mbox:{world.mbox}"])
    assert result.exit_code == 0
    assert "made 1 draft" in result.output and "skipped 1 unreadable message" in result.output
    log = (world.home / "logs" / "followup.log").read_text()
    assert "skipped: ValueError" in log and "follow up" not in log.lower()


def test_demo_runs(tmp_path):
    result = CliRunner().invoke(cli, ["demo", "--keep", str(tmp_path / "demo")])
    assert result.exit_code == 0, result.output
    out = result.output
    for company in ("Harbor & Pine", "Quillon Labs", "Copperfield Freight", "Tidewater Systems", "Northwind Robotics"):
        assert company in out
    assert "The Offer Letter" not in out and "LinkedIn" not in out
    assert out.count("--- ") == 3  # thank-you, check-in, follow-up
    assert "followup auth" in out


def test_takeout_labels_correct_the_agent(tmp_path):
    world = World(tmp_path)
    write_mbox(world.mbox, [confirmation(), newsletter()], labels=["Inbox,followup/Withdrawn", "Inbox"])
    world.run("2026-03-05T16:00:00-05:00")
    assert world.status("2026-03-05T16:00:00-05:00")["acme-robotics"]["stage"] == "withdrawn"
    assert world.drafts("2026-03-05T16:00:00-05:00") == []


def test_templates_list_and_render_for_an_application(world):
    world.run("2026-03-05T16:00:00-05:00")
    listing = world("2026-03-05T16:00:00-05:00", "templates")
    assert "thank_you" in listing and "built-in" in listing and "{greeting}" in listing
    (world.home / "templates").mkdir()
    (world.home / "templates" / "check_in.txt").write_text("{greeting}\n\nAny news about {role_phrase}?\n\n{name}\n")
    assert str(world.home / "templates" / "check_in.txt") in world("2026-03-05T16:00:00-05:00", "templates")
    out = world("2026-03-05T16:00:00-05:00", "templates", "acme", "--step", "check_in")
    assert "Hi Dana,\n\nAny news about the Backend Engineer role?\n\nJordan Lee" in out
    preview = world("2026-03-05T16:00:00-05:00", "templates", "acme", "--step", "time_sensitive")
    assert "no draft, unknown deadline" in preview and "respond by" not in preview  # no offer: no hole shown
    (world.home / "templates" / "check_in.txt").write_text("{nonsense}\n")
    bad = world("2026-03-05T16:00:00-05:00", "templates", "acme", "--step", "check_in", code=2)
    assert "unknown placeholder" in bad


def test_logs_hold_ids_and_counts_never_message_text(world, monkeypatch):
    import agent.pipeline as pipeline

    def boom(*args, **kwargs):
        raise ValueError("Interview Confirmation: Backend Engineer at Acme Robotics")  # text in an exception

    world.run("2026-03-05T16:00:00-05:00")
    monkeypatch.setattr(pipeline, "track", boom)
    world("2026-03-05T17:00:00-05:00", "run", "--source", f"mbox:{world.mbox}", code=1)
    log = (world.home / "logs" / "followup.log").read_text()
    assert "run failed: ValueError" in log
    for text in ("Interview Confirmation", "Backend Engineer", "Ravi", "follow up after an interview"):
        assert text not in log
