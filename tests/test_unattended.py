"""Running unattended: one run at a time, and a daemon that survives failures and stops cleanly."""

from __future__ import annotations

import fcntl
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner

from agent.cli import cli, parse_every
from tests.test_cli import CONFIG, World


def test_a_second_run_exits_0_with_one_line_while_one_is_going(tmp_path):
    world = World(tmp_path)
    with open(world.home / "run.lock", "a+") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        out = world.run("2026-03-05T16:00:00-05:00")
    assert out.strip() == "followup: another run is in progress; this one stops here"
    assert "made 1 draft" in world.run("2026-03-05T16:00:00-05:00")  # free again


def test_every_parses_durations():
    assert parse_every("1h") == 3600 and parse_every("2h30m") == 9000 and parse_every("90s") == 90
    for bad in ("soon", "10s", ""):
        try:
            parse_every(bad)
        except Exception as exc:
            assert "duration" in str(exc) or "once a minute" in str(exc)
        else:
            raise AssertionError(bad)


def _daemon(home: Path, *args: str) -> subprocess.Popen:
    env = dict(os.environ, FOLLOWUP_HOME=str(home), FOLLOWUP_NOW="2026-03-05T16:00:00-05:00")
    return subprocess.Popen([sys.executable, "-m", "agent", "daemon", "--every", "1m", *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=Path(__file__).resolve().parent.parent)


def _wait_for(path: Path, text: str, timeout: float = 20) -> str:
    end = time.time() + timeout
    while time.time() < end:
        if path.exists() and text in path.read_text():
            return path.read_text()
        time.sleep(0.1)
    raise AssertionError(f"{text!r} never appeared in {path}")


def test_daemon_runs_a_pass_and_stops_on_sigterm(tmp_path):
    world = World(tmp_path)
    proc = _daemon(world.home, "--source", f"mbox:{world.mbox}")
    try:
        end = time.time() + 20
        while time.time() < end and not list((world.home / "drafts").glob("*.eml")):
            time.sleep(0.1)
        assert list((world.home / "drafts").glob("*.eml")), "the first pass made the thank-you draft"
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=20)
    finally:
        proc.kill()
    assert proc.returncode == 0, err
    assert "stopped" in out


def test_daemon_survives_a_failed_pass(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    (home / "config.toml").write_text(CONFIG)
    proc = _daemon(home, "--source", f"mbox:{tmp_path / 'missing.mbox'}")
    try:
        _wait_for(home / "logs" / "followup.log", "pass failed")
        time.sleep(0.5)
        assert proc.poll() is None, "a failed pass must not end the daemon"
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=20)
    finally:
        proc.kill()
    assert proc.returncode == 0
    assert "does not exist" in err


def test_exit_codes_are_distinct(tmp_path):
    home = tmp_path / "h"
    home.mkdir()
    (home / "config.toml").write_text("[user]\ntimezone = 'Mars/Olympus'\n")
    assert CliRunner().invoke(cli, ["--home", str(home), "status"]).exit_code == 2  # config
    (home / "config.toml").write_text(CONFIG)
    assert CliRunner().invoke(cli, ["--home", str(home), "run", "--source", "mbox:/nope"]).exit_code == 4  # mailbox
    assert CliRunner().invoke(cli, ["--home", str(home), "run", "--source", "gmail"]).exit_code == 3  # auth
    assert CliRunner().invoke(cli, ["--home", str(home), "run", "--source", "imap:x"]).exit_code == 2  # usage
