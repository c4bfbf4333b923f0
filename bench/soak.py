"""120 simulated days of hourly runs on a growing Gmail stand-in mailbox: `python bench/soak.py [DAYS]`.

Every simulated hour a few unrelated messages arrive (and, once a day, a recruiting message that
moves one of the applications along), then one agent run goes through the real Gmail code
(googleapiclient over HTTP to tests/gmail_standin) and the real pipeline. Now and then the user
sends one of the drafts, and one hostile message arrives each week. Printed per week: messages in
the mailbox, database size, mean and worst run time (untraced runs), peak traced memory of a run
(one traced run a day), drafts made so far, items set aside.
At the end: drafts in Gmail per (thread, body), which must never exceed one (zero duplicates).
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
import tracemalloc
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from agent.config import ensure_home, load_config  # noqa: E402
from agent.drafts import content_hash  # noqa: E402
from agent.mailbox.gmail import GmailMailbox, make_service  # noqa: E402
from agent.pipeline import CURSOR_KEY, LABELS_KEY, run  # noqa: E402
from agent.store import Store  # noqa: E402
from bench.mailmix import relevant, unrelated  # noqa: E402
from tests.gmail_standin import GmailStandin  # noqa: E402

START = datetime(2026, 1, 5, 0, 0, tzinfo=UTC)
CONFIG = ('[user]\nname = "Jordan Lee"\nme = ["jordan@example.com"]\ntimezone = "America/New_York"\n'
          '[gmail]\nbackfill_days = 30\n')  # a shorter window: the ids of old mail leave within the run
HOSTILE = sorted((Path(__file__).resolve().parent.parent / "tests" / "hostile").glob("*.eml"))


def one_run(gmail: GmailStandin, home: Path, now: datetime, trace: bool) -> tuple[float, int, int, int]:
    """One cron run; memory is traced on some runs only (tracing doubles a run's time)."""
    import json

    paths = ensure_home(home)
    cfg = load_config(paths.config)
    store = Store(paths.database)
    try:
        box = GmailMailbox(make_service(gmail.url), cursor=store.get_meta(CURSOR_KEY), backfill_days=cfg.backfill_days,
                           label_names=json.loads(store.get_meta(LABELS_KEY) or "{}"))
        if trace:
            tracemalloc.start()
        t0 = time.perf_counter()
        result = run(store, box, cfg, paths, now)
        wall = time.perf_counter() - t0
        peak = tracemalloc.get_traced_memory()[1] if trace else 0
        tracemalloc.stop()
    finally:
        store.close()
    return wall, peak, len(result.drafts), len(result.quarantined)


def main(days: int = 120) -> int:
    import logging

    logging.getLogger("followup").addHandler(logging.NullHandler())
    logging.getLogger("followup").propagate = False
    rng = random.Random(9)
    gmail = GmailStandin(address="jordan@example.com").start()
    home = Path(tempfile.mkdtemp(prefix="followup-soak-"))
    (home / "config.toml").write_text(CONFIG)
    n_unrelated = n_relevant = 0
    week: dict[str, list] = {"wall": [], "peak": [], "held": []}
    made = 0
    print(f"{'week':>4} {'mailbox':>8} {'db KB':>7} {'mean s':>7} {'worst s':>8} {'peak MB':>8} {'drafts':>7} {'set aside':>9}")
    try:
        for hour in range(days * 24):
            now = START + timedelta(hours=hour)
            gmail.now_ms = int(now.timestamp() * 1000)
            for _ in range(rng.choice((0, 1, 1, 2, 3))):
                gmail.add_message(unrelated(rng, n_unrelated, now - timedelta(minutes=5), small=True))
                n_unrelated += 1
            if hour % 24 == 9:
                gmail.add_message(relevant(rng, n_relevant, now - timedelta(minutes=10)))
                n_relevant += 1
            if hour % (24 * 7) == 12:
                gmail.add_message(HOSTILE[(hour // (24 * 7)) % len(HOSTILE)].read_bytes())
            if hour % 24 == 20 and gmail.drafts and rng.random() < 0.5:
                gmail.user_sends_draft(rng.choice(sorted(gmail.drafts)))
            wall, peak, drafts, held = one_run(gmail, home, now, trace=hour % 24 == 10)
            made += drafts
            week["wall"].append(wall)
            week["peak"].append(peak)
            week["held"].append(held)
            if (hour + 1) % (24 * 7) == 0 or hour == days * 24 - 1:
                week["wall"] = [w for w, p in zip(week["wall"], week["peak"], strict=True) if not p] or week["wall"]
                size = sum(p.stat().st_size for p in home.glob("followup.db*"))
                print(f"{(hour // (24 * 7)) + 1:>4} {len(gmail.messages):>8} {size / 1024:>7.0f} "
                      f"{sum(week['wall']) / len(week['wall']):>7.3f} {max(week['wall']):>8.3f} "
                      f"{max(week['peak']) / 1e6:>8.1f} {made:>7} {sum(week['held']):>9}", flush=True)
                week = {"wall": [], "peak": [], "held": []}
        bodies = Counter()
        import base64
        import email
        import email.policy

        for _did, mid in gmail.drafts.items():
            s = gmail.messages[mid]
            msg = email.message_from_bytes(s.raw, policy=email.policy.default)
            part = msg.get_body(preferencelist=("plain",))
            bodies[(s.thread_id, content_hash(part.get_content() if part is not None else ""))] += 1
        _ = base64
        duplicates = sum(c - 1 for c in bodies.values() if c > 1)
        store = Store(home / "followup.db")
        try:
            keys = Counter((r.application_id, r.round, r.key) for r in store.drafts())
        finally:
            store.close()
        duplicates += sum(c - 1 for c in keys.values() if c > 1)
        print(f"{days} days, {days * 24} runs, {made} drafts made, {len(gmail.drafts)} in Gmail now; "
              f"duplicates: {duplicates}")
        return 1 if duplicates else 0
    finally:
        gmail.stop()


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 120))
