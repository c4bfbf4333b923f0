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
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from agent.drafts import content_hash, to_mime
from agent.mailbox.base import RawMessage
from agent.models import Draft, DraftRecord

HEADER_PARSER = email.parser.BytesHeaderParser(policy=email.policy.compat32)


class LocalMailbox:
    def __init__(self, kind: str, path: Path, drafts_dir: Path, me: list[str], user_name: str = ""):
        if kind not in ("mbox", "maildir"):
            raise ValueError(f"unknown local source kind {kind!r}")
        if not path.exists():
            raise FileNotFoundError(f"{kind} source {path} does not exist")
        self.kind = kind
        self.path = path
        self.drafts_dir = drafts_dir
        self.me = me
        self.user_name = user_name
        self.name = f"{kind}:{path}"

    def _messages(self) -> Iterator[bytes]:
        box = mailbox.mbox(str(self.path), create=False) if self.kind == "mbox" else mailbox.Maildir(
            str(self.path), factory=None, create=False)
        try:
            for key in box.iterkeys():
                try:
                    yield box.get_bytes(key)
                except Exception:  # an unreadable entry is skipped, the rest still read
                    continue
        finally:
            box.close()

    def fetch(self, known: set[str]) -> Iterator[RawMessage]:
        raws = list(self._messages())
        heads = [_headers(raw) for raw in raws]
        threads = _threads(heads)
        for raw, head in zip(raws, heads, strict=True):
            mid = head["id"]
            if mid in known:
                continue
            labels = frozenset(s.strip() for s in head["labels"].split(",") if s.strip())
            yield RawMessage(id=mid, raw=raw, thread_id=threads[mid], labels=labels)

    # -- drafts as .eml files
    def _path(self, record_id: str) -> Path:
        return self.drafts_dir / f"{record_id}.eml"

    def create_draft(self, draft: Draft, record_id: str) -> str:
        self.drafts_dir.mkdir(parents=True, exist_ok=True)
        me = self.me[0] if self.me else ""
        msg = to_mime(draft, me, self.user_name, me.rsplit("@", 1)[-1] if me else "localhost", record_id)
        path = self._path(record_id)
        fd, tmp = tempfile.mkstemp(dir=self.drafts_dir, prefix=".tmp-", suffix=".eml")
        with os.fdopen(fd, "wb") as fh:
            fh.write(msg.as_bytes())
        os.replace(tmp, path)  # atomic: the file is whole or absent
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

    def cursor(self) -> str | None:
        return None

    def delete_draft(self, record: DraftRecord) -> None:
        Path(record.location).unlink(missing_ok=True)


def _headers(raw: bytes) -> dict[str, object]:
    try:
        head = HEADER_PARSER.parsebytes(raw)
        get = lambda name: str(head.get(name, "") or "")  # noqa: E731
    except Exception:
        get = lambda name: ""  # noqa: E731
    mid_match = re.search(r"<[^>]+>", get("Message-ID"))
    mid = mid_match.group(0) if mid_match else "sha1:" + hashlib.sha1(raw).hexdigest()
    refs = re.findall(r"<[^>]+>", get("References") + " " + get("In-Reply-To"))
    return {"id": mid, "refs": refs, "gm_thread": get("X-GM-THRID").strip(), "labels": get("X-Gmail-Labels")}


def _threads(heads: list[dict[str, Any]]) -> dict[str, str]:
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
