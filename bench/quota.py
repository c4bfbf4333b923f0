"""Gmail API economy: `python bench/quota.py [--messages 50000]`.

Seeds the local Gmail stand-in with a year of mail (1% relevant), then runs the agent's real
Gmail code (googleapiclient over HTTP, the real limiter) for a first run and for incremental
runs with 0, 10 and 100 new messages, and a naive client that lists everything and gets every
message each run. Prints API calls, quota units, wall time, peak memory and the busiest
second's units (Gmail allows 250 per user per second), side by side.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from agent.config import ensure_home, load_config  # noqa: E402
from agent.mailbox.gmail import BATCH_SIZE, GmailMailbox, make_service  # noqa: E402
from agent.pipeline import CURSOR_KEY, run  # noqa: E402
from agent.store import Store  # noqa: E402
from bench.mailmix import iter_mailbox, unrelated  # noqa: E402
from tests.gmail_standin import GmailStandin  # noqa: E402

NOW = datetime(2026, 3, 5, 12, 0, tzinfo=UTC)


def agent_run(gmail: GmailStandin, home: Path, now: datetime) -> dict:
    paths = ensure_home(home)
    cfg = load_config(paths.config)
    store = Store(paths.database)
    gmail.reset_counters()
    box = GmailMailbox(make_service(gmail.url), cursor=store.get_meta(CURSOR_KEY), backfill_days=cfg.backfill_days)
    tracemalloc.start()
    t0 = time.perf_counter()
    result = run(store, box, cfg, paths, now)
    wall = time.perf_counter() - t0
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    store.close()
    return {"calls": gmail.calls, "units": gmail.units, "wall": wall, "peak_mb": peak / 1e6,
            "peak_ups": gmail.peak_units_per_second(), "errors": gmail.errors, "new": result.messages_new,
            "drafts": len(result.drafts)}


def naive_run(gmail: GmailStandin) -> dict:
    """List every message, then get every one (raw, batches of 50), as a client without history would."""
    service = make_service(gmail.url)
    gmail.reset_counters()
    tracemalloc.start()
    t0 = time.perf_counter()
    ids, token = [], None
    while True:
        resp = service.users().messages().list(userId="me", maxResults=500, pageToken=token).execute()
        ids += [m["id"] for m in resp.get("messages", [])]
        token = resp.get("nextPageToken")
        if not token:
            break
    for i in range(0, len(ids), BATCH_SIZE):
        batch = service.new_batch_http_request()
        for mid in ids[i : i + BATCH_SIZE]:
            batch.add(service.users().messages().get(userId="me", id=mid, format="raw"))
        batch.execute()
    wall = time.perf_counter() - t0
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"calls": gmail.calls, "units": gmail.units, "wall": wall, "peak_mb": peak / 1e6,
            "peak_ups": gmail.peak_units_per_second(), "errors": gmail.errors, "new": len(ids), "drafts": 0}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--messages", type=int, default=50_000)
    ap.add_argument("--skip-naive", action="store_true", help="only the agent's runs")
    args = ap.parse_args()
    gmail = GmailStandin(address="jordan@example.com").start()
    gmail.now_ms = int(NOW.timestamp() * 1000)
    t0 = time.perf_counter()
    for raw, when, _ in iter_mailbox(args.messages, relevant_share=0.01, seed=11, end=NOW, small=True):
        gmail.add_message(raw, internal_date=int(when.timestamp() * 1000))
    print(f"seeded {args.messages} messages over 365 days in {time.perf_counter() - t0:.0f}s")
    home = Path(tempfile.mkdtemp(prefix="followup-quota-"))
    (home / "config.toml").write_text('[user]\nname = "Jordan Lee"\nme = ["jordan@example.com"]\n')
    rows = [("agent: first run (120-day backfill)", agent_run(gmail, home, NOW))]
    for k, extra in enumerate((0, 10, 100)):
        for i in range(extra):
            when = NOW + timedelta(minutes=k + 1, seconds=i)
            gmail.add_message(unrelated(__import__("random").Random(i), 10_000_000 + 1000 * k + i, when, small=True),
                              internal_date=int(when.timestamp() * 1000))
        rows.append((f"agent: incremental, {extra} new", agent_run(gmail, home, NOW + timedelta(minutes=k + 2))))
    if not args.skip_naive:
        rows.append(("naive: list all + get all (every run)", naive_run(gmail)))
    print(f"{'run':40} {'new':>6} {'drafts':>6} {'calls':>7} {'units':>8} {'wall s':>7} {'peak MB':>8} "
          f"{'max units/s':>11} {'errors':>6}")
    for name, r in rows:
        print(f"{name:40} {r['new']:6d} {r['drafts']:6d} {r['calls']:7d} {r['units']:8d} {r['wall']:7.1f} "
              f"{r['peak_mb']:8.1f} {r['peak_ups']:11d} {r['errors']:6d}")
    if not args.skip_naive:
        naive = rows[-1][1]
        print("\nnaive / agent, quota units per run:")
        for name, r in rows[:-1]:
            print(f"  {name:40} {naive['units'] / max(1, r['units']):10.0f}x")
        print(f"naive at Gmail's 250 units/s would take at least {naive['units'] / 250:.0f}s per run")
    gmail.stop()


if __name__ == "__main__":
    main()
