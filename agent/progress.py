"""A progress bar for long syncs, on a terminal only: under cron a run stays quiet."""

from __future__ import annotations

from typing import TextIO


class ProgressBar:
    """`reading mail [#########-----------]  120 of about 540 messages, 610 quota units`, redrawn in place.
    The total is "about" because Gmail's lists grow while a sync reads and a few ids vanish."""

    def __init__(self, stream: TextIO, width: int = 24):
        self.stream = stream
        self.width = width
        self.finished = False

    def __call__(self, done: int, total: int, units: int) -> None:
        if self.finished:
            return
        filled = self.width if total <= 0 else min(self.width, self.width * done // total)
        bar = "#" * filled + "-" * (self.width - filled)
        self.stream.write(f"\rreading mail [{bar}] {done} of about {max(total, done)} messages, {units} quota units")
        if done >= total:
            self.stream.write("\n")
            self.finished = True
        self.stream.flush()


def progress_for(stream: TextIO) -> ProgressBar | None:
    """A bar when `stream` is a terminal a person watches; None (no output at all) otherwise."""
    try:
        return ProgressBar(stream) if stream.isatty() else None
    except (AttributeError, ValueError):  # a closed or odd stream: stay quiet
        return None
