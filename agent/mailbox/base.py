"""The one interface every mailbox offers the pipeline: read raw mail, make and check drafts."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

from agent.models import Draft, DraftRecord


@dataclass
class RawMessage:
    id: str
    raw: bytes
    thread_id: str = ""
    labels: frozenset[str] = frozenset()


class Mailbox(Protocol):
    name: str

    def fetch(self, known: set[str]) -> Iterator[RawMessage]:
        """Messages whose id is not in `known`."""
        ...

    def create_draft(self, draft: Draft, record_id: str) -> str:
        """Make the draft; return where it lives (a path or a draft id). Never sends."""
        ...

    def draft_state(self, record: DraftRecord) -> tuple[str, str]:
        """('present' as the agent wrote it | 'edited' | 'missing', its current location)."""
        ...

    def find_draft(self, record: DraftRecord) -> str | None:
        """The location of a draft whose creation was recorded as intent but never confirmed."""
        ...

    def delete_draft(self, record: DraftRecord) -> None:
        """Remove one of the agent's own unedited drafts."""
        ...

    def cursor(self) -> str | None:
        """Where the next sync starts (Gmail's history id), to be stored with the messages."""
        ...
