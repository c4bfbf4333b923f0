"""The one interface every mailbox offers the pipeline: read raw mail, make and check drafts.

A source says what it can do through attributes with defaults (labels, an incremental cursor,
a quota, a review link), so the pipeline and the CLI never ask "which kind of mailbox is this?".
Each source maps its own failures to the two errors below, so the CLI never sees a library's
exception types: `AuthNeeded` (exit 3) and `MailboxUnavailable` (exit 4).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from agent.models import Draft, DraftRecord


class AuthNeeded(Exception):
    """No usable authorisation: the user must run `followup auth` (again). The message says so."""


class MailboxUnavailable(Exception):
    """The mailbox could not be read or written. The message is the one line the user sees."""


class SourceError(ValueError):
    """The source named on the command line or in the config is not one followup knows (a usage error)."""


@dataclass
class RawMessage:
    id: str
    raw: bytes
    thread_id: str = ""
    labels: frozenset[str] = frozenset()


@dataclass
class Usage:
    """API calls and quota units one run spent (sources that meter them)."""

    calls: int = 0
    units: int = 0
    by_method: dict[str, int] = field(default_factory=dict)


@dataclass
class SyncResult:
    """What one sync brings back. `messages` streams; the other fields are final once it has been
    read to the end (Gmail learns the new cursor and the account's address while it reads)."""

    messages: Iterable[RawMessage]
    cursor: str | None = None  # where the next sync starts; None: the source has no cursor
    relabelled: dict[str, frozenset[str]] = field(default_factory=dict)  # known message id -> its labels now
    deleted: set[str] = field(default_factory=set)  # message ids the source reported deleted
    address: str = ""  # the account's own address, when the source knows it
    label_names: dict[str, str] = field(default_factory=dict)  # label id -> name, to keep between runs


class Mailbox:
    """Base of every source. Subclasses implement `sync` and the draft methods; the rest has defaults."""

    name: str = "mailbox"
    labels: bool = False  # the source carries labels a user can set (followup/ignore and friends)
    incremental: bool = False  # a sync reads only what changed since the stored cursor
    drafts_where: str = "your drafts"  # where the user reviews the drafts, for a person to read

    def sync(self, known: set[str]) -> SyncResult:
        """Messages whose id is not in `known`, and what the source learnt while reading them."""
        raise NotImplementedError

    def create_draft(self, draft: Draft, record_id: str) -> str:
        """Make the draft; return where it lives (a path or a draft id). Never sends."""
        raise NotImplementedError

    def draft_state(self, record: DraftRecord) -> tuple[str, str]:
        """('present' as the agent wrote it | 'edited' | 'missing', its current location)."""
        raise NotImplementedError

    def find_draft(self, record: DraftRecord) -> str | None:
        """The location of a draft whose creation was recorded as intent but never confirmed."""
        raise NotImplementedError

    def delete_draft(self, record: DraftRecord) -> None:
        """Remove one of the agent's own unedited drafts."""
        raise NotImplementedError

    def owner(self) -> tuple[str, str]:
        """(name, address) of whose mailbox this is, as far as the source can tell; ("", "") if it can't.
        A suggestion for `followup setup`, which the user confirms."""
        return "", ""

    def forget_cursor(self) -> None:
        """Make the next sync read everything again, not only what changed (sources with a cursor)."""

    def draft_text(self, location: str) -> str | None:
        """The body of a draft, where the source can read it back cheaply; None otherwise."""
        return None

    def review_link(self, record: DraftRecord) -> str | None:
        """Where the user opens the draft to review it (a URL or a file)."""
        return record.link

    def usage(self) -> Usage | None:
        """Calls and quota units spent so far this run; None for sources without a quota."""
        return None

