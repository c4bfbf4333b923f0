"""Peak memory of reading an mbox, by size: `python bench/mbox_memory.py [MB ...]` (default 25 50 100 200).

Each size runs in a fresh process (so one size's peak does not hide another's) and reads every
message through LocalMailbox.fetch, as `run` does, keeping none. Flat figures show memory does
not grow with the mailbox (issue 9, 9: a 635 MB Takeout mbox once took 743 MB RSS).
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def write(path: Path, megabytes: int) -> int:
    body = ("Lorem ipsum dolor sit amet, interview schedule availability. " * 16 + "\n") * 60  # ~60 KB
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        while fh.tell() < megabytes * 1_000_000:
            fh.write(f"From sender@example.com Mon Mar  2 09:00:00 2026\nFrom: s{n}@example.com\n"
                     f"To: me@example.com\nSubject: message {n}\nMessage-ID: <m{n}@example.com>\n\n{body}\n")
            n += 1
    return n


def child(path: str) -> None:
    from agent.mailbox.local import LocalMailbox

    box = LocalMailbox("mbox", Path(path), Path(tempfile.mkdtemp()), ["me@example.com"])
    t0 = time.perf_counter()
    count = sum(1 for _ in box.fetch(set()))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{count} {time.perf_counter() - t0:.2f} {rss:.0f}")


def main(sizes: list[int]) -> None:
    print(f"{'mbox MB':>8} {'messages':>9} {'seconds':>8} {'peak RSS MB':>12}")
    with tempfile.TemporaryDirectory() as tmp:
        for mb in sizes:
            path = Path(tmp) / f"{mb}.mbox"
            write(path, mb)
            out = subprocess.run([sys.executable, __file__, "--child", str(path)], capture_output=True, text=True,
                                 check=True).stdout.split()
            print(f"{mb:>8} {out[0]:>9} {out[1]:>8} {out[2]:>12}")
            path.unlink()


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        child(sys.argv[2])
    else:
        main([int(a) for a in sys.argv[1:]] or [25, 50, 100, 200])
