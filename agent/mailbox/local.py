"""Local mail: Google Takeout mbox, plain mbox and Maildir in; drafts out as .eml files.

Threads come from X-GM-THRID where Takeout wrote it, else from References and In-Reply-To chains
(JWZ-style): every message of a conversation gets the id of its root message, stable as mail arrives.
"""

from __future__ import annotations

import email
import email.parser
import email.policy
import hashlib
import mailbox
import os
import re
from collections.abc import Iterator
from email.message import Message
from pathlib import Path
from typing import Any

from agent.drafts import content_hash, to_mime
from agent.mailbox.base import Mailbox, MailboxUnavailable, RawMessage, SyncResult
from agent.models import Draft, DraftRecord
from agent.private import write_private

HEADER_PARSER = email.parser.BytesHeaderParser(policy=email.policy.compat32)
Head = dict[str, Any]  # id, refs, gm_thread, labels: what threading needs of one message


def check_source(kind: str, path: Path) -> None:
    """Refuse, in one line, a path that cannot be the source it is said to be: a run that read
    nothing from the wrong file would otherwise look like a quiet success."""
    if not path.exists():
        raise MailboxUnavailable(f"{kind} source {path} does not exist")
    if kind == "mbox":
        if path.is_dir():
            if (path / "cur").is_dir():
                raise MailboxUnavailable(f"{path} is a Maildir folder, not an mbox file: use --source maildir:{path}")
            raise MailboxUnavailable(f"{path} is a folder, not an mbox file: give the mbox file inside it")
        try:
            with path.open("rb") as fh:
                head = fh.read(4096).lstrip(b"\r\n")
        except OSError as exc:
            raise MailboxUnavailable(f"cannot read {path}: {exc.strerror or type(exc).__name__}") from exc
        if not head.startswith(b"From "):
            raise MailboxUnavailable(
                f"0 messages read from a file that is not an mbox: {path} ("
                + ("it is empty" if not head else "an mbox starts with a 'From ' line")
                + "); check the path, or use maildir:PATH for a Maildir folder")
    else:
        if not path.is_dir():
            raise MailboxUnavailable(f"{path} is a file, not a Maildir folder; for an mbox file use --source mbox:{path}")
        if not (path / "cur").is_dir():
            raise MailboxUnavailable(f"{path} is not a Maildir: it has no cur/ folder (give the folder that holds "
                                     "cur/, new/ and tmp/)")
        if not os.access(path / "cur", os.R_OK | os.X_OK):
            raise MailboxUnavailable(f"cannot read {path / 'cur'}: permission denied")


class LocalMailbox(Mailbox):
    def __init__(self, kind: str, path: Path, drafts_dir: Path, me: list[str], user_name: str = ""):
        if kind not in ("mbox", "maildir"):
            raise ValueError(f"unknown local source kind {kind!r}")
        if not path.exists():
            raise MailboxUnavailable(f"{kind} source {path} does not exist")
        self.kind = kind
        self.path = path
        self.drafts_dir = drafts_dir
        self.me = me
        self.user_name = user_name
        self.name = f"{kind}:{path}"
        self.drafts_where = str(drafts_dir)

    def sync(self, known: set[str]) -> SyncResult:
        return SyncResult(messages=self.fetch(known))

    def owner(self) -> tuple[str, str]:
        from agent.identity import guess_identity

        return guess_identity(r.raw for r in self.fetch(set()))

    def _open(self) -> mailbox.Mailbox[Any]:
        if self.kind == "mbox":
            return mailbox.mbox(str(self.path), create=False)
        return mailbox.Maildir(str(self.path), factory=None, create=False)

    def fetch(self, known: set[str]) -> Iterator[RawMessage]:
        """Two passes over the mailbox, so memory stays flat whatever its size: the headers of every
        message first (threads need them all), then each unknown message read whole, one at a time."""
        box = self._open()
        try:
            heads: list[tuple[str, Head]] = []
            for key in box.iterkeys():
                try:
                    heads.append((key, _entry_headers(box, key)))
                except Exception:  # an unreadable entry is skipped, the rest still read
                    continue
            threads = _threads([h for _, h in heads])
            for key, head in heads:
                mid = head["id"]
                if mid in known:
                    continue
                try:
                    raw = box.get_bytes(key)
                except Exception:
                    continue
                labels = frozenset(s.strip() for s in head["labels"].split(",") if s.strip())
                yield RawMessage(id=mid, raw=raw, thread_id=threads[mid], labels=labels)
        finally:
            box.close()

    # -- drafts as .eml files
    def _path(self, record_id: str) -> Path:
        return self.drafts_dir / f"{record_id}.eml"

    def create_draft(self, draft: Draft, record_id: str) -> str:
        self.drafts_dir.mkdir(parents=True, exist_ok=True)
        me = self.me[0] if self.me else ""
        msg = to_mime(draft, me, self.user_name, me.rsplit("@", 1)[-1] if me else "localhost", record_id)
        path = self._path(record_id)
        write_private(path, msg.as_bytes(), suffix=".eml")  # atomic: the file is whole or absent
        return str(path)

    def draft_text(self, location: str) -> str | None:
        path = Path(location)
        if not path.is_file():
            return None
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        body = msg.get_body(preferencelist=("plain",))
        return body.get_content() if body is not None else ""

    def draft_state(self, record: DraftRecord) -> tuple[str, str]:
        text = self.draft_text(record.location)
        if text is None:
            return "missing", record.location
        return ("present" if content_hash(text) == record.content_hash else "edited"), record.location

    def find_draft(self, record: DraftRecord) -> str | None:
        """After a crash between intent and confirmation: the file, if it was written whole."""
        path = self._path(record.id)
        text = self.draft_text(str(path))
        return str(path) if text is not None and content_hash(text) == record.content_hash else None

    def delete_draft(self, record: DraftRecord) -> None:
        Path(record.location).unlink(missing_ok=True)


MAX_HEADER = 1 << 20  # a header block larger than 1 MB is cut there


def _entry_headers(box: mailbox.Mailbox[Any], key: str) -> Head:
    """The thread-relevant headers of one entry, read from its header block only. The id of a message
    without a Message-ID is the SHA-1 of its bytes, hashed in chunks, never held whole."""
    fh = box.get_file(key)
    try:
        lines: list[bytes] = []
        size = 0
        while size < MAX_HEADER:
            line = fh.readline()
            if not line:
                break
            lines.append(line)
            size += len(line)
            if line in (b"\n", b"\r\n"):
                break
        head_bytes = b"".join(lines)
        head = _headers(head_bytes)
        if str(head["id"]).startswith("sha1:"):
            digest = hashlib.sha1(head_bytes)
            for chunk in iter(lambda: fh.read(1 << 16), b""):
                digest.update(chunk)
            head["id"] = "sha1:" + digest.hexdigest()
        return head
    finally:
        fh.close()


def _headers(raw: bytes) -> Head:
    try:
        head: Message | None = HEADER_PARSER.parsebytes(raw)
    except Exception:
        head = None

    def get(name: str) -> str:
        return str(head.get(name, "") or "") if head is not None else ""

    mid_match = re.search(r"<[^>]+>", get("Message-ID"))
    mid = mid_match.group(0) if mid_match else "sha1:" + hashlib.sha1(raw).hexdigest()
    refs = re.findall(r"<[^>]+>", get("References") + " " + get("In-Reply-To"))
    return {"id": mid, "refs": refs, "gm_thread": get("X-GM-THRID").strip(), "labels": get("X-Gmail-Labels")}


def thread_ids(raws: list[bytes]) -> list[str]:
    """The thread of each of a few whole messages (as `followup classify` is given them), threaded as a mailbox's are.
    (The header parser reads the header block only; a message without a Message-ID is known by the SHA-1 of its bytes.)"""
    heads = [_headers(raw) for raw in raws]
    threads = _threads(heads)
    return [threads[h["id"]] for h in heads]


def _threads(heads: list[Head]) -> dict[str, str]:
    """Thread ids in the manner of JWZ's threading: a message belongs to the thread of its root, the
    first message its References name (followed through known parents when a client sent only
    In-Reply-To). The id is derived from that root, so it stays the same as the mailbox grows, whatever
    the Message-IDs sort like. Gmail's own thread id (Takeout's X-GM-THRID) wins where any message of
    the conversation carries it, so a copy without it (a sent draft) joins its Gmail thread."""
    by_id = {h["id"]: h for h in heads}
    roots: dict[str, str] = {}

    def root(mid: str) -> str:
        seen: set[str] = set()
        cur = mid
        while cur in by_id and by_id[cur]["refs"] and cur not in seen:
            seen.add(cur)
            cur = by_id[cur]["refs"][0]
        roots[mid] = cur
        return cur

    gm_of_root: dict[str, str] = {}
    for h in heads:
        r = root(h["id"])
        if h["gm_thread"]:
            gm_of_root.setdefault(r, h["gm_thread"])
    out = {}
    for h in heads:
        r = roots[h["id"]]
        gm = h["gm_thread"] or gm_of_root.get(r)
        out[h["id"]] = gm if gm else "t" + hashlib.sha1(r.encode()).hexdigest()[:15]
    return out
