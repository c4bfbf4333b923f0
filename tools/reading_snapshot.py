"""Everything parse + classify read from a folder of .eml files, one JSON line per file.

A speed change must not change a reading. Run this before and after on the same folders and
compare the files byte for byte (`cmp`/`diff`): any difference is a changed reading.

    python tools/reading_snapshot.py OUT.jsonl FOLDER [FOLDER ...]

Each line holds the file (relative to its folder), the parsed Email (every field, text and
signature included, so the snapshot is as private as the mail: keep it out of the repo) and two
readings: the message alone, as `followup classify` reads it, and in file order with the
companies seen so far known, as `followup run` reads a mailbox (bench/accuracy.py --in-sequence).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from agent.classify import classify  # noqa: E402
from agent.context import company_domains  # noqa: E402
from agent.models import Email, Message, Signal  # noqa: E402
from agent.parse import parse  # noqa: E402
from bench.accuracy import DEFAULT_NAMES as NAMES  # noqa: E402

ME = frozenset({"alex.morgan@example.net", "sam.rivera@example.org"})  # as bench/accuracy.py
FALLBACK_DATE = datetime(2026, 1, 1, tzinfo=UTC)


def plain(value: Any) -> Any:
    """JSON-ready form of a reading: dataclasses as dicts, datetimes in ISO form, sets sorted."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted(plain(v) for v in value)
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    return value


def reading(email: Email, known: set[str]) -> tuple[dict[str, Any], Signal | None]:
    """The signal, or the exception classify raised (a crash is a reading too)."""
    try:
        signal = classify(email, known_domains=known)
    except Exception as exc:  # recorded, so a new crash shows as a difference
        return {"error": f"{type(exc).__name__}: {exc}"}, None
    return {"signal": plain(signal)}, signal


def snapshot(folder: Path) -> list[str]:
    """One JSON line per .eml under `folder`, in sorted path order."""
    lines = []
    known: set[str] = set()
    for path in sorted(folder.rglob("*.eml")):
        email = parse(path.read_bytes(), me=ME, names=NAMES)
        alone, _ = reading(email, set())
        in_sequence, signal = reading(email, set(known))
        if signal is not None:
            known |= company_domains([Message.from_email(email, signal, FALLBACK_DATE)])
        record = {"file": path.relative_to(folder).as_posix(), "email": plain(email), "alone": alone,
                  "in_sequence": in_sequence}
        lines.append(json.dumps(record, ensure_ascii=False, sort_keys=True))
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("folders", nargs="+", type=Path)
    args = ap.parse_args()
    with args.out.open("w", encoding="utf-8") as fh:
        for folder in args.folders:
            fh.write(json.dumps({"folder": folder.name}) + "\n")
            for line in snapshot(folder):
                fh.write(line + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
