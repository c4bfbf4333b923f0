"""A newcomer's first hour (issue 11): set up once, then `followup run` alone works from cron."""

from __future__ import annotations

import io
import json
import os
import tomllib
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from agent.cli import cli
from agent.demo.builder import write_mbox
from agent.progress import ProgressBar, progress_for
from tests.test_cli import CONFIG, NY, confirmation, newsletter, reply_from_me

AFTER_INTERVIEW = "2026-03-05T16:00:00-05:00"  # the Acme interview ended at 15:00: a thank-you is due


def invoke(*args: str, input: str | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args), input=input)
    return result.exit_code, result.output


@pytest.fixture
def mbox(tmp_path) -> Path:
    path = tmp_path / "mail" / "inbox.mbox"
    path.parent.mkdir()
    write_mbox(path, [confirmation(), newsletter()])
    return path


def _home(tmp_path, config: str = CONFIG) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    (home / "config.toml").write_text(config)
    return home


# 1. the source is remembered ------------------------------------------------------------------

def test_the_first_run_with_a_source_remembers_it_for_cron(tmp_path, mbox, monkeypatch):
    home = _home(tmp_path)
    monkeypatch.chdir(mbox.parent)  # a relative path, as a person types it
    code, _ = invoke("--home", str(home), "--now", "2026-03-05T14:30:00-05:00", "run", "--source", "mbox:inbox.mbox")
    assert code == 0
    source = tomllib.loads((home / "config.toml").read_text())["source"]
    assert source == {"kind": "mbox", "path": str(mbox.resolve())}
    # cron: another folder, no --source; it reads the same mail and makes the thank-you
    monkeypatch.chdir(tmp_path)
    code, out = invoke("--home", str(home), "--now", AFTER_INTERVIEW, "run")
    assert code == 0 and "made 1 draft" in out
    code, out = invoke("--home", str(home), "--now", AFTER_INTERVIEW, "doctor")
    assert f"OK    source mbox:{mbox.resolve()}" in out


def test_a_configured_source_is_never_overwritten(tmp_path, mbox):
    other = tmp_path / "other.mbox"
    write_mbox(other, [newsletter()])
    home = _home(tmp_path, CONFIG + f'\n[source]\nkind = "mbox"\npath = "{other}"\n')
    code, _ = invoke("--home", str(home), "--now", AFTER_INTERVIEW, "run", "--source", f"mbox:{mbox}")
    assert code == 0
    assert tomllib.loads((home / "config.toml").read_text())["source"]["path"] == str(other)


def test_a_kept_demo_runs_from_any_folder(tmp_path, monkeypatch):
    demo = tmp_path / "demo"
    assert invoke("demo", "--keep", str(demo))[0] == 0
    monkeypatch.chdir(tmp_path)
    code, out = invoke("--home", str(demo), "--now", "2026-03-12T10:00:00-04:00", "run")
    assert code == 0, out
    code, out = invoke("--home", str(demo), "--now", "2026-03-12T10:00:00-04:00", "doctor")
    assert f"OK    source mbox:{demo / 'demo.mbox'}" in out


def test_doctor_fails_on_the_source_it_would_really_read(tmp_path):
    home = _home(tmp_path, CONFIG + '\n[source]\nkind = "mbox"\npath = "gone.mbox"\n')
    code, out = invoke("--home", str(home), "doctor")
    assert code == 1
    assert f"FAIL  source mbox:{home / 'gone.mbox'}: mbox source {home / 'gone.mbox'} does not exist" in out


# 2. setup, and no drafts until followup knows who you are --------------------------------------

def test_no_drafts_until_me_is_known_then_setup_fixes_it(tmp_path, mbox):
    home = _home(tmp_path, '[user]\nname = "Jordan Lee"\ntimezone = "America/New_York"\n')
    code, out = invoke("--home", str(home), "--now", AFTER_INTERVIEW, "run", "--source", f"mbox:{mbox}")
    assert code == 0
    assert "none is made until followup knows your address: run `followup setup`" in out
    assert not (home / "drafts").exists()
    code, out = invoke("--home", str(home), "--now", AFTER_INTERVIEW, "status")
    assert out.startswith("No drafts are made until followup knows your address: run `followup setup`.")
    assert "no drafts until followup knows your address" in out
    code, out = invoke("--home", str(home), "setup", "--name", "Jordan Lee", "--me", "Jordan@Example.com",
                       "--timezone", "America/New_York")
    assert code == 0, out
    user = tomllib.loads((home / "config.toml").read_text())["user"]
    assert user == {"name": "Jordan Lee", "me": ["jordan@example.com"], "timezone": "America/New_York"}
    code, out = invoke("--home", str(home), "--now", AFTER_INTERVIEW, "run")
    assert code == 0 and "made 1 draft" in out
    [eml] = (home / "drafts").glob("*.eml")
    text = eml.read_text()
    assert "From: Jordan Lee <jordan@example.com>" in text and text.rstrip().endswith("Jordan Lee")


def test_setup_suggests_the_mailbox_owner_and_the_system_zone(tmp_path, mbox, monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Berlin")
    write_mbox(mbox, [confirmation(), newsletter(),
                      reply_from_me(datetime(2026, 3, 5, 16, 0, tzinfo=NY), "<r1@example.com>")])
    home = tmp_path / "home"
    code, out = invoke("--home", str(home), "setup", "--source", f"mbox:{mbox}", input="\n\n\n")
    assert code == 0, out
    assert "[Jordan Lee]" in out and "[jordan@example.com]" in out and "[Europe/Berlin]" in out
    cfg = tomllib.loads((home / "config.toml").read_text())
    assert cfg["user"] == {"name": "Jordan Lee", "me": ["jordan@example.com"], "timezone": "Europe/Berlin"}
    assert cfg["source"] == {"kind": "mbox", "path": str(mbox.resolve())}
    assert "# Signs the drafts." in (home / "config.toml").read_text()  # the commented defaults are kept


def test_setup_without_answers_says_so_in_one_line_and_writes_nothing(tmp_path):
    home = tmp_path / "home"
    code, out = invoke("--home", str(home), "setup", input="")  # no terminal, nothing to read: cron or a pipe
    assert code == 2, out
    lines = [line for line in out.splitlines() if line.strip() and not line.startswith("Your ")]
    assert len(lines) == 1 and "--yes" in lines[0] and "Aborted" not in out
    config = home / "config.toml"
    assert not config.exists() or not tomllib.loads(config.read_text()).get("user", {}).get("me")


def test_a_changed_me_rereads_the_stored_mail(tmp_path, mbox):
    write_mbox(mbox, [confirmation(), reply_from_me(datetime(2026, 3, 5, 16, 0, tzinfo=NY), "<r1@example.com>")])
    home = _home(tmp_path, '[user]\nme = ["someone.else@example.com"]\ntimezone = "America/New_York"\n')
    now = "2026-03-06T10:00:00-05:00"
    assert invoke("--home", str(home), "--now", now, "run", "--source", f"mbox:{mbox}")[0] == 0
    before = json.loads(invoke("--home", str(home), "--now", now, "status", "--json")[1])
    assert before[0]["stage"] != "waiting"  # the user's thank-you was read as the company's message
    assert invoke("--home", str(home), "setup", "--me", "jordan@example.com", "--yes")[0] == 0
    assert invoke("--home", str(home), "--now", now, "run")[0] == 0
    after = json.loads(invoke("--home", str(home), "--now", now, "status", "--json")[1])
    assert after[0]["stage"] == "waiting"  # read again: the thank-you is the user's


def test_setup_refuses_what_is_not_an_address(tmp_path):
    code, out = invoke("--home", str(tmp_path / "h"), "setup", "--me", "jordan", "--yes")
    assert code == 2 and out.count("\n") == 1 and "not an email address" in out


# 3. user-caused failures: one line, the documented code, nothing half-written ------------------

def _one_line(out: str) -> str:
    lines = out.strip().splitlines()
    assert len(lines) == 1, out
    assert lines[0].startswith("followup: ") and "Traceback" not in out
    return lines[0]


@pytest.mark.parametrize("command", [["status"], ["run", "--source", "mbox:x.mbox"], ["drafts"], ["doctor"]])
def test_an_unusable_home_is_one_line(tmp_path, command):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    code, out = invoke("--home", str(blocker / "home"), *command)
    assert code == 2
    assert "cannot write to" in _one_line(out) and "--home" in out


def test_a_read_only_home_is_one_line(tmp_path, monkeypatch):
    import agent.cli

    def refuse(home):
        raise PermissionError(13, "Permission denied", str(home))

    monkeypatch.setattr(agent.cli, "ensure_home", refuse)
    code, out = invoke("--home", str(tmp_path / "ro"), "status")
    assert code == 2 and "Permission denied" in _one_line(out)


def test_an_unwritable_file_inside_home_is_one_line(tmp_path, monkeypatch):
    home = _home(tmp_path)
    code, out = invoke("--home", str(home), "report", "--html", str(tmp_path / "no" / "such" / "dir" / "r.html"))
    assert code == 2 and "cannot use" in _one_line(out)


def test_a_database_that_is_not_one_is_one_line(tmp_path):
    home = _home(tmp_path)
    (home / "followup.db").write_bytes(os.urandom(4096))
    code, out = invoke("--home", str(home), "status")
    assert code == 2 and "is not a usable followup database" in _one_line(out)


@pytest.mark.parametrize(("make", "kind", "says"), [
    (lambda p: p.mkdir(), "mbox", "is a folder, not an mbox file"),
    (lambda p: (p / "cur").mkdir(parents=True), "mbox", "is a Maildir folder, not an mbox file: use --source maildir:"),
    (lambda p: p.mkdir(), "maildir", "is not a Maildir: it has no cur/ folder"),
    (lambda p: p.write_bytes(b""), "mbox", "0 messages read from a file that is not an mbox"),
    (lambda p: p.write_bytes(os.urandom(2048)), "mbox", "0 messages read from a file that is not an mbox"),
    (lambda p: p.write_text("hello"), "maildir", "is a file, not a Maildir folder"),
])
def test_a_wrong_source_is_one_line_and_writes_nothing(tmp_path, make, kind, says):
    home = _home(tmp_path)
    target = tmp_path / "source"
    make(target)
    code, out = invoke("--home", str(home), "run", "--source", f"{kind}:{target}")
    assert code == 4
    assert says in _one_line(out)
    assert not (home / "followup.db").exists()
    assert "source" not in tomllib.loads((home / "config.toml").read_text())


# 5. one way to show times: local, with the offset ----------------------------------------------

def test_times_are_local_with_their_offset_everywhere(tmp_path, mbox):
    home = _home(tmp_path)
    assert invoke("--home", str(home), "--now", AFTER_INTERVIEW, "run", "--source", f"mbox:{mbox}")[0] == 0
    [app] = json.loads(invoke("--home", str(home), "--now", AFTER_INTERVIEW, "status", "--json")[1])
    for key in ("last_contact_at", "next_action_at", "interview_start"):
        assert app[key].endswith("-05:00"), (key, app[key])
    [draft] = json.loads(invoke("--home", str(home), "--now", AFTER_INTERVIEW, "drafts", "--json")[1])
    assert draft["created_at"] == "2026-03-05T16:00:00-05:00"
    out = invoke("--home", str(home), "--now", AFTER_INTERVIEW, "explain", "acme")[1]
    assert "2026-03-02 09:00 -05:00" in out
    out = invoke("--home", str(home), "--now", AFTER_INTERVIEW, "status")[1]
    assert "-05:00" in out


def test_classify_with_home_after_the_command_knows_me(tmp_path):
    home = _home(tmp_path)
    eml = tmp_path / "mine.eml"
    eml.write_bytes(reply_from_me(datetime(2026, 3, 5, 16, 0, tzinfo=NY), "<r1@example.com>"))
    [got] = json.loads(invoke("classify", "--home", str(home), str(eml), "--json")[1])
    assert got["from_me"] is True
    assert all(p["address"] != "jordan@example.com" for p in got["people"])
    [stranger] = json.loads(invoke("classify", "--home", str(tmp_path / "empty"), str(eml), "--json")[1])
    assert stranger["from_me"] is False


# 6. auth with the example file; doctor names the local alternative -----------------------------

def test_auth_refuses_the_example_client_file(tmp_path):
    example = Path(__file__).parent.parent / "credentials.example.json"
    code, out = invoke("--home", str(tmp_path / "h"), "auth", "--credentials", str(example), "--no-browser")
    assert code == 2
    assert "is the example file (client id 1234567890-replace-me" in _one_line(out)


def test_doctor_without_a_token_mentions_a_local_mailbox(tmp_path):
    code, out = invoke("--home", str(tmp_path / "h"), "doctor")
    assert code == 1
    assert "FAIL  no Gmail token" in out and "--source mbox:PATH" in out


# 7. progress on a terminal only ----------------------------------------------------------------

class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_progress_bar_draws_on_a_terminal():
    term = Terminal()
    bar = progress_for(term)
    assert isinstance(bar, ProgressBar)
    bar(50, 200, 260)
    bar(200, 200, 1010)
    out = term.getvalue()
    assert "\rreading mail [######------------------] 50 of about 200 messages, 260 quota units" in out
    assert out.endswith("[########################] 200 of about 200 messages, 1010 quota units\n")


def test_no_progress_when_nobody_watches():
    assert progress_for(io.StringIO()) is None


def test_a_run_under_cron_prints_nothing_while_it_reads(tmp_path, mbox):
    home = _home(tmp_path)
    result = CliRunner().invoke(cli, ["--home", str(home), "--now", "2026-03-05T14:30:00-05:00", "run", "--source",
                                      f"mbox:{mbox}"])
    assert result.exit_code == 0 and result.output == ""

