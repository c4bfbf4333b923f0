"""Any OS: every module imports where fcntl does not exist (Windows), and the run lock works."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import agent
from agent.lock import run_lock


def test_every_module_imports_without_fcntl():
    # agent.__main__ runs the command when imported; it holds only `from agent.cli import main`
    modules = sorted(m.name for m in pkgutil.walk_packages(agent.__path__, "agent.") if m.name != "agent.__main__")
    assert "agent.cli" in modules and "agent.lock" in modules
    code = (
        "import sys\n"
        "sys.modules['fcntl'] = None  # as on Windows: `import fcntl` raises ImportError\n"
        "import importlib\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "from agent.cli import cli\n"
        "print('ok', len(sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=Path(agent.__file__).parent.parent)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("ok")


def test_the_run_lock_is_exclusive_and_released(tmp_path):
    with run_lock(tmp_path) as first:
        assert first
        with run_lock(tmp_path) as second:
            assert not second
    with run_lock(tmp_path) as again:
        assert again


def test_the_lock_is_held_across_processes(tmp_path):
    code = ("import sys; from pathlib import Path; from agent.lock import run_lock\n"
            "with run_lock(Path(sys.argv[1])) as held: print(held)\n")
    with run_lock(tmp_path) as held:
        assert held
        other = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True)
        assert other.stdout.strip() == "False", other.stderr
    other = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True)
    assert other.stdout.strip() == "True", other.stderr


def test_google_libraries_are_imported_only_by_the_gmail_mailbox_and_auth():
    import re

    root = Path(agent.__file__).parent
    allowed = {root / "mailbox" / "gmail.py", root / "auth.py"}
    pattern = re.compile(r"^\s*(?:from|import)\s+(?:google|googleapiclient|google_auth_httplib2|google_auth_oauthlib|httplib2)\b",
                         re.M)
    offenders = [str(p.relative_to(root)) for p in root.rglob("*.py") if p not in allowed and pattern.search(p.read_text())]
    assert offenders == []


def test_no_posix_only_strftime_flags():
    """`%-d` is glibc's; Windows' strftime rejects it."""
    root = Path(agent.__file__).parent
    assert [p.name for p in root.rglob("*.py") if "%-" in p.read_text()] == []
