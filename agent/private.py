"""Keep the user's data to the user: HOME 0700 and every file in it 0600, whatever the umask.

The database holds who the user is talking to about jobs, the drafts hold their words, the logs
hold message ids and the token file a refresh token. Under the usual umask 022 all of them would
be readable by every account on the machine.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

PRIVATE_UMASK = 0o077


def private_umask() -> None:
    """Files this process creates from now on (database, journal, logs, drafts) are 0600, folders 0700."""
    os.umask(PRIVATE_UMASK)


def harden(home: Path) -> None:
    """HOME 0700; files under it 0600 and folders 0700 (made by an older version, or by hand)."""
    if not home.is_dir():
        return
    _chmod(home, 0o700)
    for root, dirs, files in os.walk(home):
        for name in dirs:
            _chmod(Path(root) / name, 0o700)
        for name in files:
            _chmod(Path(root) / name, 0o600)


def _chmod(path: Path, mode: int) -> None:
    try:
        st = path.lstat()
        if stat.S_ISLNK(st.st_mode):
            return  # a link the user made points somewhere of their choosing
        if stat.S_IMODE(st.st_mode) & ~mode:
            os.chmod(path, stat.S_IMODE(st.st_mode) & mode)
    except OSError:
        pass  # not ours to change (a mounted folder): doctor reports what it sees


def write_private(path: Path, data: str | bytes, suffix: str = "") -> None:
    """Replace `path` with `data` atomically, readable by the user alone from the first byte (0600).

    A temp file in the same folder, then a rename: a crash leaves the old file or the new one, never
    half of either. Used for the config, the token file and the drafts folder's .eml files."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=suffix)
    try:
        if hasattr(os, "fchmod"):  # POSIX; on Windows the file is private to the user's profile anyway
            os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
