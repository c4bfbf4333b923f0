"""SQLite: the sync cursor, message digests, overrides, the drafts made and their fate, runs.

Bodies are never stored: a message is kept as the Message digest (headers and the signal),
which is all the tracker needs. Every write step runs in one transaction, so a crash leaves the
database as it was before or after the step, never between. The schema carries a version and
each upgrade is a named step applied in order (its position is its version).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from agent.models import DraftRecord, Message, Override, Person, Signal
from agent.sanitize import for_store

if TYPE_CHECKING:
    from agent.learned import LearnedRule

@dataclass(frozen=True)
class Migration:
    """One schema step: a name for people (CHANGELOG.md lists them) and its statements, each run on its own."""

    name: str
    statements: tuple[str, ...]


MIGRATIONS: list[Migration] = [
    Migration("the first schema: meta, messages, overrides, drafts, runs", (
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE messages (
        id TEXT PRIMARY KEY,
        message_id TEXT NOT NULL,
        thread_id TEXT NOT NULL,
        date TEXT NOT NULL,
        subject TEXT NOT NULL,
        sender TEXT,
        reply_to TEXT NOT NULL,
        recipients TEXT NOT NULL,
        refs TEXT NOT NULL,
        from_me INTEGER NOT NULL,
        kind TEXT NOT NULL,
        signal TEXT NOT NULL,
        seen_at TEXT NOT NULL
    )""",
    "CREATE INDEX messages_thread ON messages(thread_id)",
    """CREATE TABLE overrides (
        application_id TEXT PRIMARY KEY,
        stage TEXT,
        paused INTEGER NOT NULL DEFAULT 0,
        channel TEXT,
        offer_deadline TEXT
    )""",
    """CREATE TABLE drafts (
        id TEXT PRIMARY KEY,
        application_id TEXT NOT NULL,
        company TEXT NOT NULL,
        round INTEGER NOT NULL,
        step TEXT NOT NULL,
        key TEXT NOT NULL,
        recipients TEXT NOT NULL,
        subject TEXT NOT NULL,
        thread_id TEXT NOT NULL,
        in_reply_to TEXT,
        created_at TEXT NOT NULL,
        fate TEXT NOT NULL,
        location TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        UNIQUE (application_id, round, key)
    )""",
    """CREATE TABLE runs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        source TEXT NOT NULL,
        ok INTEGER NOT NULL DEFAULT 0,
        messages_new INTEGER NOT NULL DEFAULT 0,
        drafts_made INTEGER NOT NULL DEFAULT 0,
        error TEXT
    )""",
    )),  # fmt: skip
    Migration("API economy per run: Gmail calls and quota units", (
        "ALTER TABLE runs ADD COLUMN api_calls INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE runs ADD COLUMN quota_units INTEGER NOT NULL DEFAULT 0",
    )),
    Migration("the user's followup/* labels per message: corrections made in Gmail", (
        "ALTER TABLE messages ADD COLUMN labels TEXT NOT NULL DEFAULT '[]'",
    )),
    Migration("a quarantine for items set aside, so one bad message or application never stops a run; "
              "rows of mail outside any application reduced to ids", (
        """CREATE TABLE quarantine (
            kind TEXT NOT NULL,
            item TEXT NOT NULL,
            error TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '',
            at TEXT NOT NULL,
            PRIMARY KEY (kind, item)
        )""",
        "ALTER TABLE runs ADD COLUMN quarantined INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE messages ADD COLUMN reduced INTEGER NOT NULL DEFAULT 0",
    )),
    Migration("rules learned from the user's corrections (agent/learned.py)", (
        """CREATE TABLE learned_rules (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            key TEXT NOT NULL,
            value TEXT NOT NULL,
            subject TEXT NOT NULL DEFAULT '',
            verdict TEXT NOT NULL,
            source TEXT NOT NULL,
            created_at TEXT NOT NULL,
            UNIQUE (key, value, subject)
        )""",
    )),
    Migration("the threads of an application the user corrected, so the correction follows it when its id changes", (
        "ALTER TABLE overrides ADD COLUMN threads TEXT NOT NULL DEFAULT '[]'",
    )),
]

SCHEMA_VERSION = len(MIGRATIONS)


class Store:
    def __init__(self, path: Path | str):
        self.path = str(path)
        self.db = sqlite3.connect(self.path, isolation_level=None)  # explicit transactions only
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        self.db.execute("PRAGMA secure_delete=ON")  # forgotten rows are overwritten, not left in free pages
        self._private()
        self.migrate()

    def _private(self) -> None:
        """The database and its journal files are the user's alone, whatever the umask."""
        for suffix in ("", "-wal", "-shm"):
            path = Path(self.path + suffix)
            if path.exists() and path.stat().st_mode & 0o077:
                path.chmod(0o600)

    def close(self) -> None:
        self.db.close()

    # -- schema
    def version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self) -> None:
        current = self.version()
        if current > SCHEMA_VERSION:
            raise RuntimeError(
                f"{self.path} has schema version {current}, newer than this followup ({SCHEMA_VERSION}); upgrade followup"
            )
        for number in range(current, SCHEMA_VERSION):
            with self.transaction():
                for statement in MIGRATIONS[number].statements:
                    self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version = {number + 1}")

    def transaction(self) -> _Transaction:
        return _Transaction(self.db)

    def _insert(self, table: str, row: Mapping[str, Any], *, replace: bool = False) -> None:
        """INSERT by column name: a row never depends on the order of the table's columns."""
        cols = ", ".join(row)
        marks = ", ".join(f":{c}" for c in row)
        self.db.execute(f"INSERT {'OR REPLACE ' if replace else ''}INTO {table} ({cols}) VALUES ({marks})", dict(row))

    # -- meta (sync cursors and such)
    def get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return str(row["value"]) if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                        (key, value))

    def delete_meta(self, key: str) -> None:
        self.db.execute("DELETE FROM meta WHERE key = ?", (key,))

    # -- messages
    def forget_messages(self) -> None:
        """Drop every stored digest (the next sync reads the mail again); drafts and overrides stay."""
        self.db.execute("DELETE FROM messages")

    def known_ids(self) -> set[str]:
        """Ids already read: stored, or set aside as unreadable (so the cursor moves past them)."""
        return {r[0] for r in self.db.execute(
            "SELECT id FROM messages UNION SELECT item FROM quarantine WHERE kind = 'message'")}

    def add_message(self, m: Message, seen_at: datetime) -> None:
        self._insert("messages", {
            "id": m.id, "message_id": m.message_id, "thread_id": m.thread_id, "date": m.date.isoformat(),
            "subject": m.subject, "sender": json.dumps(asdict(m.sender)) if m.sender else None,
            "reply_to": json.dumps([asdict(p) for p in m.reply_to]),
            "recipients": json.dumps([asdict(p) for p in m.to]), "refs": json.dumps(m.references),
            "from_me": int(m.from_me), "kind": m.signal.kind, "signal": json.dumps(m.signal.to_json()),
            "seen_at": seen_at.isoformat(), "labels": json.dumps(m.labels),
        }, replace=True)  # fmt: skip

    def messages(self) -> list[Message]:
        out = []
        # Rows reduced to ids are only there so mail is not read twice: the core never sees them
        # (the user's own, which still count as the user writing, excepted).
        for r in self.db.execute("SELECT * FROM messages WHERE reduced = 0 OR from_me = 1 ORDER BY date"):
            out.append(
                Message(
                    id=r["id"],
                    message_id=r["message_id"],
                    thread_id=r["thread_id"],
                    date=datetime.fromisoformat(r["date"]),
                    subject=r["subject"],
                    sender=Person(**json.loads(r["sender"])) if r["sender"] else None,
                    reply_to=[Person(**p) for p in json.loads(r["reply_to"])],
                    to=[Person(**p) for p in json.loads(r["recipients"])],
                    references=json.loads(r["refs"]),
                    from_me=bool(r["from_me"]),
                    signal=Signal.from_json(json.loads(r["signal"])),
                    labels=json.loads(r["labels"]),
                )
            )
        return out

    def prune(self, keep: set[str], keep_since: datetime) -> int:
        """Store less: messages that are part of no application keep only their id, thread, date and
        whether the user wrote them (enough for the cursor and the cadence); subject, people,
        references and the signal are erased. The user's own recent mail is kept whole for a while,
        since the company may yet answer it. Returns how many rows were reduced."""
        rows = self.db.execute("SELECT id, from_me, date FROM messages WHERE reduced = 0").fetchall()
        reduce = [r["id"] for r in rows if r["id"] not in keep
                  and not (r["from_me"] and datetime.fromisoformat(r["date"]) >= keep_since)]
        for mid in reduce:
            self._reduce(mid)
        return len(reduce)

    def _reduce(self, message_id: str) -> None:
        self.db.execute(
            "UPDATE messages SET subject = '', sender = NULL, reply_to = '[]', recipients = '[]', refs = '[]', "
            "message_id = '', kind = CASE WHEN from_me THEN kind ELSE 'not_relevant' END, signal = ?, reduced = 1 "
            "WHERE id = ?",
            (json.dumps({"kind": "not_relevant", "confidence": 0.0}), message_id),
        )

    def drop_reduced(self, seen_before: datetime) -> int:
        """Delete id-only rows of others' mail read before `seen_before`. Only for a source with a sync
        cursor (Gmail), which never hands old mail back except in a backfill of a shorter window."""
        cur = self.db.execute("DELETE FROM messages WHERE reduced = 1 AND from_me = 0 AND seen_at < ?",
                              (seen_before.isoformat(),))
        return cur.rowcount

    def forget(self, application_id: str, message_ids: set[str]) -> None:
        """`followup forget APP`: its messages reduced to ids (so they are not read again), its drafts,
        corrections and quarantine entries deleted."""
        for mid in message_ids:
            self._reduce(mid)
            # inert from now on: no thread to join, not the user's mail, so no application grows from it
            self.db.execute("UPDATE messages SET kind = 'forgotten', from_me = 0, thread_id = id WHERE id = ?", (mid,))
        self.db.execute("DELETE FROM drafts WHERE application_id = ?", (application_id,))
        self.db.execute("DELETE FROM overrides WHERE application_id = ?", (application_id,))
        self.db.execute("DELETE FROM quarantine WHERE kind = 'application' AND item = ?", (application_id,))

    def compact(self) -> None:
        """Give erased pages back and fold the journal in, so nothing forgotten lingers in the files."""
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.db.execute("VACUUM")

    def set_labels(self, message_id: str, labels: list[str]) -> None:
        self.db.execute("UPDATE messages SET labels = ? WHERE id = ?", (json.dumps(labels), message_id))

    def set_signal(self, message_id: str, signal: Signal) -> None:
        """A corrected reading of one stored message (`followup set MESSAGE --kind`)."""
        self.db.execute("UPDATE messages SET kind = ?, signal = ? WHERE id = ?",
                        (signal.kind, json.dumps(signal.to_json()), message_id))

    # -- learned rules (corrections that teach)
    def learned_rules(self) -> list[LearnedRule]:
        from agent.learned import LearnedRule  # the Public Suffix List loads only when rules are read

        return [
            LearnedRule(id=r["id"], key=r["key"], value=r["value"], verdict=r["verdict"], subject=r["subject"],
                        source=r["source"], created_at=datetime.fromisoformat(r["created_at"]))
            for r in self.db.execute("SELECT * FROM learned_rules ORDER BY id")
        ]

    def learn(self, key: str, value: str, subject: str, verdict: str, source: str, at: datetime) -> None:
        """Remember a correction; the latest verdict for the same key wins."""
        self.db.execute(
            "INSERT INTO learned_rules(key, value, subject, verdict, source, created_at) VALUES (?,?,?,?,?,?) "
            "ON CONFLICT(key, value, subject) DO UPDATE SET verdict = excluded.verdict, source = excluded.source",
            (key, value, subject, verdict, source, at.isoformat()),
        )

    def forget_rule(self, rule_id: int) -> bool:
        return self.db.execute("DELETE FROM learned_rules WHERE id = ?", (rule_id,)).rowcount > 0
    # -- quarantine: ids and the exception's type only, never message text
    def quarantine(self, kind: str, item: str, error: str, at: datetime, detail: str = "") -> None:
        self.db.execute(
            "INSERT INTO quarantine(kind, item, error, detail, at) VALUES (?,?,?,?,?) ON CONFLICT(kind, item) DO "
            "UPDATE SET error = excluded.error, detail = excluded.detail, at = excluded.at",
            (kind, for_store(item), error, for_store(detail), at.isoformat()),
        )

    def quarantined(self) -> list[dict[str, str]]:
        return [dict(r) for r in self.db.execute("SELECT kind, item, error, detail, at FROM quarantine ORDER BY at, item")]

    def release(self, kind: str, item: str) -> None:
        self.db.execute("DELETE FROM quarantine WHERE kind = ? AND item = ?", (kind, item))

    def savepoint(self) -> _Savepoint:
        """A nested all-or-nothing step inside a transaction: one message's rows, say."""
        return _Savepoint(self.db)

    # -- overrides
    def overrides(self) -> dict[str, Override]:
        out = {}
        for r in self.db.execute("SELECT * FROM overrides"):
            out[r["application_id"]] = Override(
                stage=r["stage"],
                paused=bool(r["paused"]),
                channel=r["channel"],
                offer_deadline=datetime.fromisoformat(r["offer_deadline"]) if r["offer_deadline"] else None,
                threads=tuple(json.loads(r["threads"])),
            )
        return out

    def move_override(self, old_id: str, new_id: str, threads: tuple[str, ...]) -> None:
        """The user's word about an application, under the id it has now and with the threads it holds."""
        self.db.execute("UPDATE overrides SET application_id = ?, threads = ? WHERE application_id = ?",
                        (new_id, json.dumps(list(threads)), old_id))

    def set_override(self, app_id: str, o: Override) -> None:
        self._insert("overrides", {
            "application_id": app_id, "stage": o.stage, "paused": int(o.paused), "channel": o.channel,
            "offer_deadline": o.offer_deadline.isoformat() if o.offer_deadline else None,
            "threads": json.dumps(list(o.threads)),
        }, replace=True)  # fmt: skip

    # -- drafts
    def drafts(self) -> list[DraftRecord]:
        return [_draft(r) for r in self.db.execute("SELECT * FROM drafts ORDER BY created_at, id")]

    def add_draft(self, d: DraftRecord) -> None:
        self._insert("drafts", {
            "id": d.id, "application_id": d.application_id, "company": d.company, "round": d.round,
            "step": d.step, "key": d.key, "recipients": json.dumps(d.to), "subject": d.subject,
            "thread_id": d.thread_id, "in_reply_to": d.in_reply_to, "created_at": d.created_at.isoformat(),
            "fate": d.fate, "location": d.location, "content_hash": d.content_hash,
        })  # fmt: skip

    def delete_draft(self, draft_id: str) -> None:
        self.db.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))

    def update_draft(self, draft_id: str, **fields: Any) -> None:
        cols = ", ".join(f"{k} = ?" for k in fields)
        self.db.execute(f"UPDATE drafts SET {cols} WHERE id = ?", (*fields.values(), draft_id))

    # -- runs
    def start_run(self, started_at: datetime, source: str) -> int:
        cur = self.db.execute("INSERT INTO runs(started_at, source) VALUES (?, ?)", (started_at.isoformat(), source))
        return int(cur.lastrowid or 0)

    def finish_run(self, run_id: int, finished_at: datetime, ok: bool, messages_new: int, drafts_made: int,
                   error: str | None = None, api_calls: int = 0, quota_units: int = 0, quarantined: int = 0) -> None:
        self.db.execute(
            "UPDATE runs SET finished_at = ?, ok = ?, messages_new = ?, drafts_made = ?, error = ?, api_calls = ?,"
            " quota_units = ?, quarantined = ? WHERE id = ?",
            (finished_at.isoformat(), int(ok), messages_new, drafts_made, error, api_calls, quota_units, quarantined,
             run_id),
        )

    def last_ok_run(self) -> datetime | None:
        row = self.db.execute("SELECT finished_at FROM runs WHERE ok = 1 ORDER BY id DESC LIMIT 1").fetchone()
        return datetime.fromisoformat(row[0]) if row else None

    def integrity(self) -> str:
        return str(self.db.execute("PRAGMA integrity_check").fetchone()[0])


def _draft(r: sqlite3.Row) -> DraftRecord:
    return DraftRecord(
        id=r["id"], application_id=r["application_id"], company=r["company"], round=r["round"], step=r["step"],
        key=r["key"], to=json.loads(r["recipients"]), subject=r["subject"], thread_id=r["thread_id"],
        in_reply_to=r["in_reply_to"], created_at=datetime.fromisoformat(r["created_at"]), fate=r["fate"],
        location=r["location"], content_hash=r["content_hash"],
    )  # fmt: skip


class _Savepoint:
    """SAVEPOINT ... RELEASE, or ROLLBACK TO on an exception, which then propagates."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def __enter__(self) -> sqlite3.Connection:
        self.db.execute("SAVEPOINT item")
        return self.db

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        if exc_type:
            self.db.execute("ROLLBACK TO item")
        self.db.execute("RELEASE item")


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any exception: a step is all or nothing."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def __enter__(self) -> sqlite3.Connection:
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.db.execute("ROLLBACK" if exc_type else "COMMIT")
