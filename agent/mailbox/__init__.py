"""Mail sources and draft destinations behind one interface (see base.Mailbox).

`open` is the only place that knows which kinds exist: the pipeline and the CLI get a Mailbox and
ask it what it can do. Google's libraries are imported only when a Gmail source is opened.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path

from agent.config import Config, Paths
from agent.mailbox.base import AuthNeeded, Mailbox, MailboxUnavailable, SourceError, SyncResult

__all__ = ["AuthNeeded", "Mailbox", "MailboxUnavailable", "SourceError", "SyncResult", "open", "source_spec",
           "gmail_endpoint", "check", "parse_spec", "CURSOR_KEY", "LABELS_KEY", "ADDRESS_KEY"]

# Where a source's state lives between runs (the store's meta table).
CURSOR_KEY = "gmail.history_id"
LABELS_KEY = "gmail.label_names"
ADDRESS_KEY = "gmail.address"

Progress = Callable[[int, int, int], None]


def gmail_endpoint(cfg: Config) -> str | None:
    """Another root URL for the Gmail API: FOLLOWUP_GMAIL_ENDPOINT, else the config's, else Google's."""
    return os.environ.get("FOLLOWUP_GMAIL_ENDPOINT") or cfg.api_endpoint or None


def source_spec(cfg: Config) -> str:
    """The source the config names, as `--source` would spell it."""
    return cfg.source_kind if cfg.source_kind == "gmail" else f"{cfg.source_kind}:{cfg.source_path}"


def parse_spec(spec: str) -> tuple[str, Path | None]:
    """'gmail' | 'mbox:PATH' | 'maildir:PATH' -> (kind, path). A usage error otherwise."""
    kind, _, path = spec.partition(":")
    if kind in ("mbox", "maildir"):
        if not path:
            raise SourceError(f"--source {kind}:PATH needs a path")
        return kind, Path(path).expanduser()
    if kind == "gmail" and not path:
        return kind, None
    raise SourceError(f"unknown source {spec!r}: use gmail, mbox:PATH or maildir:PATH")


def check(cfg: Config, spec: str | None = None) -> None:
    """Refuse a source that cannot work before anything is written for it: a usage error
    (SourceError) or a path that is not the mailbox it is said to be (MailboxUnavailable)."""
    kind, path = parse_spec(spec or source_spec(cfg))
    if path is not None:
        from agent.mailbox.local import check_source

        check_source(kind, path)


def open(cfg: Config, paths: Paths, *, spec: str | None = None, state: Mapping[str, str | None] | None = None,
         progress: Progress | None = None, check: bool = True) -> Mailbox:  # noqa: A001 - the package's verb
    """The mailbox `spec` names (default: the config's source). `state` is what the source kept
    between runs (the store's meta); `progress` is called while a long sync reads."""
    import json

    kind, path = parse_spec(spec or source_spec(cfg))
    state = state or {}
    if path is not None:
        from agent.mailbox.local import LocalMailbox, check_source

        if check:
            check_source(kind, path)
        return LocalMailbox(kind, path, paths.drafts, cfg.me, cfg.name)
    from agent.auth import TokenStore
    from agent.mailbox.gmail import GmailMailbox, service_for

    return GmailMailbox(service_for(gmail_endpoint(cfg), TokenStore(paths.home)), cursor=state.get(CURSOR_KEY),
                        label_names=json.loads(state.get(LABELS_KEY) or "{}"), backfill_days=cfg.backfill_days,
                        address=state.get(ADDRESS_KEY) or (cfg.me[0] if cfg.me else ""), progress=progress)
