"""A local stand-in for the Gmail REST API, for tests and benchmarks (see server.py)."""

from tests.gmail_standin.server import GmailStandin

__all__ = ["GmailStandin"]
