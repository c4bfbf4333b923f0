"""Replay ../shared/scenarios timelines through the Gmail API stand-in (tests/gmail_standin), in process.

usage: .venv/bin/python -m tools.gmail_timelines [--scenario NN]... [SCENARIOS_DIR]

The same checkpoints as ../shared/scenarios/check.py, but the mail arrives in the stand-in (the
user's messages labelled SENT, threads from X-GM-THRID) and the agent runs with `--source gmail`.
Prints one line per failing checkpoint and, last, `gmail-timelines: ok=N/M stage_acc=X draft_f1=Y`.
A development aid: it needs ../shared, the test suite does not.
"""

from __future__ import annotations

import argparse
import email
import email.policy
import json
import os
import sys
import tempfile
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

from click.testing import CliRunner

from agent.cli import cli
from tests.gmail_standin import GmailStandin

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "scenarios"


def replay(sdir: Path, rh) -> tuple[int, int, int, int, int, int, list[str]]:
    expect, msgs = rh.load_scenario(sdir)
    companies, roles = expect.get("companies", []), expect.get("roles", {})
    me = expect.get("me", [])
    home = Path(tempfile.mkdtemp(prefix=f"gmail-{sdir.name}-"))
    (home / "config.toml").write_text(rh.config_toml(expect, home / "unused.mbox").replace(
        'kind = "mbox"', 'kind = "gmail"'))
    gmail = GmailStandin(address=me[0]).start()
    os.environ["FOLLOWUP_GMAIL_ENDPOINT"] = gmail.url
    runner = CliRunner()
    added: set[int] = set()
    seen: set[str] = set()
    app_company: dict[str, str] = {}
    ok_st = tot_st = tp = fp = fn = robots = 0
    report: list[str] = []
    try:
        for cp in expect["checkpoints"]:
            now = rh.parse_iso(cp["now"])
            gmail.now_ms = int(now.timestamp() * 1000)
            for i, (d, chunk, _) in enumerate(sorted(msgs, key=lambda x: x[0])):
                if i in added or d is None or d > now:
                    continue
                added.add(i)
                raw = chunk.split(b"\n", 1)[1]
                msg = email.message_from_bytes(raw, policy=email.policy.default)
                labels = str(msg.get("X-Gmail-Labels", ""))
                sent = "Sent" in [s.strip() for s in labels.split(",")]
                gmail.add_message(raw, labels=("SENT",) if sent else ("INBOX",),
                                  internal_date=int(parsedate_to_datetime(str(msg["Date"])).timestamp() * 1000),
                                  thread_id=str(msg.get("X-GM-THRID", "")) or None)

            def call(*args: str, at: str = cp["now"]) -> str:
                r = runner.invoke(cli, ["--home", str(home), "--now", at, *args])
                if r.exit_code != 0:
                    report.append(f"  {sdir.name} {at}: {' '.join(args)} exit {r.exit_code}: {r.output[-200:]}")
                return r.output

            call("run", "--source", "gmail")
            rows = json.loads(call("status", "--json", "--all") or "[]")
            drafts = json.loads(call("drafts", "--json") or "[]")
            lines = []
            for r in rows:
                c = rh.resolve_company(r.get("company"), r.get("role"), companies, roles)
                if c:
                    app_company[str(r["id"])] = c
            for comp, want in cp.get("applications", {}).items():
                tot_st += 1
                got = [r["stage"] for r in rows if rh.resolve_company(r.get("company"), r.get("role"), companies,
                                                                        roles) == comp]
                if any(rh.stage_ok(want, g) for g in got):
                    ok_st += 1
                else:
                    lines.append(f"stage {comp}: got {got} want {want}")
            new = [d for d in drafts if d["id"] not in seen]
            seen |= {d["id"] for d in new}
            robots += sum(1 for d in new if any(rh.is_robot(a) for a in d.get("to") or []))
            remaining = list(new)
            for e in cp.get("new_drafts", []):
                hit = next((d for d in remaining if app_company.get(str(d["application_id"])) == e["company"]
                            and d["step"] == e["step"] and rh.recipient_ok(e["to"], rh.addresses(d.get("to")))), None)
                if hit:
                    remaining.remove(hit)
                    tp += 1
                else:
                    fn += 1
                    lines.append(f"missing {e['company']}/{e['step']} to {e['to']}")
            for d in remaining:
                fp += 1
                lines.append(f"unexpected {d['company']}/{d['step']} to {d['to']}")
            stale = [d for d in drafts if d["fate"] == "pending" and d["id"] not in {x["id"] for x in new}]
            live = {mid for mid in gmail.drafts.values()}
            if len(live) > len([d for d in drafts if d["fate"] in ("pending", "edited")]):
                lines.append(f"drafts in Gmail ({len(live)}) that the agent does not account for")
            if lines:
                report.append(f"  {sdir.name} {cp['now']} ({cp.get('note', '')[:60]}): " + "; ".join(lines)
                              + (f" [pending: {[(d['company'], d['step']) for d in stale]}]" if stale else ""))
        if gmail.sent_anything():
            report.append(f"  {sdir.name}: SENT MAIL")
    finally:
        gmail.stop()
    return ok_st, tot_st, tp, fp, fn, robots, report


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("scenarios", nargs="?", default=str(DEFAULT))
    ap.add_argument("--scenario", action="append", default=[])
    args = ap.parse_args()
    root = Path(args.scenarios)
    sys.path.insert(0, str(root))
    import check as rh  # noqa: PLC0415 - the checker lives next to the scenarios

    totals = [0, 0, 0, 0, 0, 0]
    right = 0
    dirs = rh.scenario_dirs(root / "dev", args.scenario)
    for sdir in dirs:
        ok_st, tot_st, tp, fp, fn, robots, report = replay(sdir, rh)
        for i, v in enumerate((ok_st, tot_st, tp, fp, fn, robots)):
            totals[i] += v
        right += not report
        print(f"{sdir.name}: stages {ok_st}/{tot_st} drafts TP={tp} FP={fp} FN={fn} robots={robots}", flush=True)
        for line in report:
            print(line, flush=True)
    ok_st, tot_st, tp, fp, fn, robots = totals
    f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0
    print(f"gmail-timelines: ok={right}/{len(dirs)} stage_acc={ok_st / max(tot_st, 1):.3f} draft_f1={f1:.3f} "
          f"noreply_drafts={robots} at {datetime.now():%H:%M}")
    return 0 if right == len(dirs) else 1


if __name__ == "__main__":
    sys.exit(main())
