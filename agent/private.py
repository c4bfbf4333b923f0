"""Keep the user's data to the user: HOME 0700 and every file in it 0600, whatever the umask.

The database holds who the user is talking to about jobs, the drafts hold their words, the logs
hold message ids and the token file a refresh token. Under the usual umask 022 all of them would
be readable by every account on the machine.
"""

from __future__ import annotations

import os
import stat
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
