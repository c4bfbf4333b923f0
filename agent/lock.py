"""One run at a time per HOME, on any OS: an exclusive, non-blocking lock on HOME/run.lock.

fcntl exists only on POSIX and msvcrt only on Windows, so each is imported when the lock is
taken, never at import time: every module of followup imports on either.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO


def _try_lock(fh: IO[str]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            fh.seek(0)
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fh: IO[str]) -> None:
    if sys.platform == "win32":
        import msvcrt

        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


@contextlib.contextmanager
def run_lock(home: Path) -> Iterator[bool]:
    """Yields True while this process holds the lock, False if another run holds it. The OS drops
    the lock when a process dies, so a crashed run never blocks the next one."""
    home.mkdir(parents=True, exist_ok=True)
    with open(home / "run.lock", "a+") as fh:
        if not _try_lock(fh):
            yield False
            return
        try:
            yield True
        finally:
            _unlock(fh)
