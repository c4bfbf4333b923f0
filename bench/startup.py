"""Start-up cost of the `followup` command: cron and the timeline checker run it hundreds of times.

usage: .venv/bin/python -m bench.startup [N]

Prints the median wall time of `followup status --json` and `followup drafts --json` on an empty
HOME (N runs each, default 5), and which heavy libraries those commands load (none should:
Google's clients, bs4 and the classifier are imported only by the commands that need them).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HEAVY = ("googleapiclient", "google.oauth2", "httplib2", "bs4", "agent.classify", "agent.parse")


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    with tempfile.TemporaryDirectory() as home:
        (Path(home) / "config.toml").write_text('[user]\nname = "Jordan Lee"\nme = ["jordan@example.com"]\n')
        for command in (["status", "--json"], ["drafts", "--json"]):
            times = []
            for _ in range(n):
                start = time.perf_counter()
                subprocess.run([sys.executable, "-m", "agent", "--home", home, *command], check=True,
                               capture_output=True)
                times.append(time.perf_counter() - start)
            print(f"followup {' '.join(command)}: median {statistics.median(times):.2f}s over {n} runs")
    probe = ("import sys, agent.cli, agent.pipeline; "
             f"print(','.join(m for m in {HEAVY!r} if m in sys.modules) or 'none')")
    loaded = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True).stdout.strip()
    print(f"heavy libraries loaded by the CLI at start-up: {loaded}")


if __name__ == "__main__":
    main()
