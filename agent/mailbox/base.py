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

    def draft_state(self, record: DraftRecord) -> str:
        """'present' (as the agent wrote it), 'edited', or 'missing'."""
        ...

    def delete_draft(self, record: DraftRecord) -> None:
        """Remove one of the agent's own unedited drafts."""
        ...
