"""Privacy (issue 9, 8): store less, private files whatever the umask, forget and reset for real."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import datetime

from agent.demo.builder import mail, write_mbox
from tests.test_cli import ME, NY, World, confirmation, newsletter

NOW = "2026-03-05T16:00:00-05:00"


def medical() -> bytes:
    return mail(frm="Clinic <dr.hale@riverside-clinic.example>", to=ME, subject="Your test results",
                date=datetime(2026, 3, 3, 8, 0, tzinfo=NY), msgid="<med@clinic.example>",
                body="Dear Jordan, your results are attached.\n")


def rows(world: World) -> dict[str, sqlite3.Row]:
    db = sqlite3.connect(world.home / "followup.db")
    db.row_factory = sqlite3.Row
    try:
        return {r["id"]: r for r in db.execute("SELECT * FROM messages")}
    finally:
        db.close()


def test_only_messages_about_an_application_keep_their_headers(tmp_path):
    world = World(tmp_path)
    write_mbox(world.mbox, [confirmation(), newsletter(), medical()])
    world.run(NOW)
    stored = rows(world)
    assert set(stored) == {"<c1@greenhouse.example>", "<n1@careernotes.example>", "<med@clinic.example>"}
    assert stored["<c1@greenhouse.example>"]["subject"].startswith("Interview Confirmation")
    for mid in ("<med@clinic.example>", "<n1@careernotes.example>"):
        r = stored[mid]
        assert (r["subject"], r["sender"], r["recipients"], r["refs"], r["message_id"]) == ("", None, "[]", "[]", "")
    raw = b"".join(p.read_bytes() for p in world.home.glob("followup.db*"))
    assert b"test results" not in raw and b"riverside-clinic" not in raw
    from agent.store import Store

    store = Store(world.home / "followup.db")
    try:
        assert {m.id for m in store.messages()} == {"<c1@greenhouse.example>"}  # the core never sees the rest
        assert "<med@clinic.example>" in store.known_ids()
    finally:
        store.close()
    assert world.run("2026-03-05T17:00:00-05:00") == ""  # ids kept: not read again, no draft made twice
    assert len(world.drafts(NOW)) == 1


def test_home_and_files_are_private_whatever_the_umask(tmp_path):
    old = os.umask(0o022)
    try:
        world = World(tmp_path)
        os.chmod(world.home, 0o755)
        os.chmod(world.home / "config.toml", 0o644)
        world.run(NOW)
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(world.home).st_mode) == 0o700
    for path in world.home.rglob("*"):
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == (0o700 if path.is_dir() else 0o600), (path, oct(mode))


def test_forget_erases_an_application_for_real(tmp_path):
    world = World(tmp_path)
    world.run(NOW)
    [d] = world.drafts(NOW)
    draft_file = world.home / "drafts" / f"{d['id']}.eml"
    assert draft_file.exists()
    out = world(NOW, "forget", "acme")
    assert "forgot acme-robotics" in out
    assert not draft_file.exists()
    assert world.drafts(NOW) == [] and "acme-robotics" not in world.status(NOW)
    raw = b"".join(p.read_bytes() for p in world.home.glob("followup.db*"))
    assert b"Acme" not in raw and b"dana@" not in raw and b"Interview Confirmation" not in raw
    world.run("2026-03-05T17:00:00-05:00")  # the forgotten mail is not read back in
    assert world.drafts("2026-03-05T17:00:00-05:00") == []


def test_reset_removes_database_drafts_and_logs_but_not_config(tmp_path):
    world = World(tmp_path)
    world.run(NOW)
    assert (world.home / "followup.db").exists() and (world.home / "logs").exists()
    out = world(NOW, "reset", "--yes")
    assert "followup.db" in out and "drafts/" in out
    assert not (world.home / "followup.db").exists()
    assert not (world.home / "drafts").exists() and not (world.home / "logs").exists()
    assert (world.home / "config.toml").exists()
    world.run(NOW)  # starts afresh
    assert len(world.drafts(NOW)) == 1


def test_reset_asks_first(tmp_path):
    world = World(tmp_path)
    world.run(NOW)
    result = world.runner.invoke(__import__("agent.cli", fromlist=["cli"]).cli,
                                 ["--home", str(world.home), "reset"], input="n\n")
    assert result.exit_code == 1
    assert (world.home / "followup.db").exists()
