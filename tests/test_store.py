"""The database: every old schema upgrades in place, rows are written by column name, runs record
when they really finished."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from agent.models import DraftRecord, Message, Override, Person, Signal
from agent.store import MIGRATIONS, SCHEMA_VERSION, Store

NOW = datetime(2026, 3, 12, 14, 0, tzinfo=UTC)


def _old_database(path, version: int) -> None:
    """A database as a followup of schema `version` left it, with a row in every table it had."""
    db = sqlite3.connect(path)
    for step in MIGRATIONS[:version]:
        for statement in step.statements:
            db.execute(statement)
    db.execute(f"PRAGMA user_version = {version}")
    if version >= 1:
        db.execute("INSERT INTO meta VALUES ('gmail.history_id', '42')")
        db.execute(
            "INSERT INTO messages (id, message_id, thread_id, date, subject, sender, reply_to, recipients, refs,"
            " from_me, kind, signal, seen_at) VALUES ('m1', '<m1@acme.example>', 't1', ?, 'Interview', NULL, '[]',"
            " '[]', '[]', 0, 'interview_confirmation', '{\"kind\": \"interview_confirmation\", \"confidence\": 0.9}', ?)",
            (NOW.isoformat(), NOW.isoformat()))
        db.execute("INSERT INTO overrides (application_id, stage, paused) VALUES ('acme', 'withdrawn', 1)")
        db.execute(
            "INSERT INTO drafts (id, application_id, company, round, step, key, recipients, subject, thread_id,"
            " created_at, fate, location, content_hash) VALUES ('d1', 'acme', 'Acme', 1, 'thank_you', 'thank_you',"
            " '[\"dana@acme.example\"]', 'Re: Interview', 't1', ?, 'pending', '/x.eml', 'h')", (NOW.isoformat(),))
        db.execute("INSERT INTO runs (started_at, finished_at, source, ok) VALUES (?, ?, 'gmail', 1)",
                   (NOW.isoformat(), NOW.isoformat()))
    db.commit()
    db.close()


@pytest.mark.parametrize("version", range(SCHEMA_VERSION))
def test_each_old_schema_upgrades_and_keeps_its_rows(tmp_path, version):
    path = tmp_path / "followup.db"
    _old_database(path, version)
    store = Store(path)
    try:
        assert store.version() == SCHEMA_VERSION
        assert store.integrity() == "ok"
        if version >= 1:
            assert store.get_meta("gmail.history_id") == "42"
            [m] = store.messages()
            assert (m.id, m.signal.kind, m.labels) == ("m1", "interview_confirmation", [])
            assert store.overrides()["acme"] == Override(stage="withdrawn", paused=True)
            [d] = store.drafts()
            assert (d.id, d.to, d.fate) == ("d1", ["dana@acme.example"], "pending")
            assert store.last_ok_run() == NOW
        # the newest schema's columns are there and writable
        store.db.execute("UPDATE runs SET api_calls = 1, quota_units = 2")
        store.set_labels("m1", ["followup/pause"])
    finally:
        store.close()


def test_a_newer_database_is_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "followup.db"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(RuntimeError, match="newer than this followup"):
        Store(path)


def test_every_migration_has_a_name_and_whole_statements():
    for step in MIGRATIONS:
        assert step.name
        assert all(s.strip() and not s.strip().endswith(";") for s in step.statements)


def test_rows_are_written_by_column_name_whatever_the_column_order(tmp_path):
    """A table whose columns are in another order (as an ALTER TABLE on an old copy can leave them)
    still gets every value in its own column."""
    path = tmp_path / "followup.db"
    db = sqlite3.connect(path)
    for step in MIGRATIONS:
        for statement in step.statements:
            if statement.startswith("CREATE TABLE drafts"):
                cols = statement[statement.index("(") + 1: statement.rindex(")")].split(",\n")
                head, unique = cols[:-1], cols[-1]
                statement = "CREATE TABLE drafts (" + ",\n".join(list(reversed(head)) + [unique]) + ")"
            db.execute(statement)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    db.close()
    store = Store(path)
    record = DraftRecord(id="d9", application_id="acme", company="Acme", round=2, step="check_in", key="check_in",
                         to=["dana@acme.example"], subject="Re: Hello", thread_id="t9", created_at=NOW,
                         in_reply_to="<p@acme.example>", content_hash="abc", location="/d9.eml")
    store.add_draft(record)
    msg = Message(id="m9", message_id="<m9@acme.example>", thread_id="t9", date=NOW, subject="Hello",
                  sender=Person("dana@acme.example", "Dana"), reply_to=[], to=[], references=["<p@acme.example>"],
                  from_me=False, signal=Signal(kind="company_reply", confidence=0.8))
    store.add_message(msg, NOW)
    try:
        [got] = store.drafts()
        assert got == record
        [m] = store.messages()
        assert (m.sender, m.references, m.signal.kind) == (msg.sender, ["<p@acme.example>"], "company_reply")
    finally:
        store.close()


def test_a_run_records_when_it_really_finished(tmp_path):
    from agent.config import Config, Paths
    from agent.mailbox.local import LocalMailbox
    from agent.pipeline import run

    mbox = tmp_path / "empty.mbox"
    mbox.write_bytes(b"")
    paths = Paths(tmp_path)
    store = Store(paths.database)
    box = LocalMailbox("mbox", mbox, paths.drafts, ["me@example.com"])
    slow = box.sync

    def slow_sync(known):  # a sync that takes a measurable while
        import time

        time.sleep(0.2)
        return slow(known)

    box.sync = slow_sync  # type: ignore[method-assign]
    run(store, box, Config(me=["me@example.com"]), paths, NOW)
    started, finished = store.db.execute("SELECT started_at, finished_at FROM runs").fetchone()
    store.close()
    took = datetime.fromisoformat(finished) - datetime.fromisoformat(started)
    assert timedelta(seconds=0.2) <= took < timedelta(seconds=30)
