"""Classification accuracy on a labelled folder: `python bench/accuracy.py CORPUS_DIR`.

CORPUS_DIR holds .eml files and labels.json ({file: {kind, company, role, interview_start}}).
Prints per-kind precision/recall, relevant-vs-not F1, company and start-time accuracy and the
confusions, so a change to the rules can be judged on mail it was not written from.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from agent.classify import classify  # noqa: E402
from agent.parse import parse  # noqa: E402

LEGAL = re.compile(r"\b(?:gmbh|inc|llc|ltd|s\.?a\.?s?|ag|co|corp|group|grupo)\b\.?", re.I)


def norm_company(value: str | None) -> str:
    if not value:
        return ""
    value = LEGAL.sub("", value.lower().replace("&", " and "))
    return re.sub(r"[^a-z0-9]", "", value)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--me", default="", help="the mailbox owner's address (mail from it is the user's)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every miss")
    args = ap.parse_args()
    labels = json.loads((args.corpus / "labels.json").read_text())
    me = {args.me.lower()} if args.me else set()
    kinds_true, kinds_pred = [], []
    company_ok = company_n = time_ok = time_n = 0
    misses = []
    for name, label in sorted(labels.items()):
        email = parse((args.corpus / name).read_bytes(), me=me)
        sig = classify(email)
        kinds_true.append(label["kind"])
        kinds_pred.append(sig.kind)
        if sig.kind != label["kind"]:
            misses.append(f"kind    {name}: {label['kind']} -> {sig.kind} ({'; '.join(sig.reasons)})")
        if label["kind"] != "not_relevant" and label.get("company"):
            company_n += 1
            if norm_company(sig.company) == norm_company(label["company"]):
                company_ok += 1
            else:
                misses.append(f"company {name}: {label['company']!r} -> {sig.company!r}")
        if label.get("interview_start"):
            time_n += 1
            want = datetime.fromisoformat(label["interview_start"])
            if sig.interview_start is not None and sig.interview_start == want:
                time_ok += 1
            else:
                misses.append(f"time    {name}: {want.isoformat()} -> {sig.interview_start}")
    n = len(kinds_true)
    acc = sum(t == p for t, p in zip(kinds_true, kinds_pred, strict=True)) / n
    print(f"messages: {n}")
    print(f"kind accuracy: {acc:.3f}")
    print(f"{'kind':24} {'prec':>6} {'recall':>6} {'n':>4}")
    for kind in sorted(set(kinds_true) | set(kinds_pred)):
        tp = sum(t == p == kind for t, p in zip(kinds_true, kinds_pred, strict=True))
        pp = kinds_pred.count(kind)
        tn = kinds_true.count(kind)
        print(f"{kind:24} {tp / pp if pp else 0:6.2f} {tp / tn if tn else 0:6.2f} {tn:4}")
    rel_t = [k != "not_relevant" for k in kinds_true]
    rel_p = [k != "not_relevant" for k in kinds_pred]
    tp = sum(a and b for a, b in zip(rel_t, rel_p, strict=True))
    prec = tp / max(1, sum(rel_p))
    rec = tp / max(1, sum(rel_t))
    f1 = 2 * prec * rec / max(1e-9, prec + rec)
    print(f"relevant-vs-not F1: {f1:.3f} (precision {prec:.3f}, recall {rec:.3f})")
    false_interviews = sum(
        t == "not_relevant" and p in ("interview_invitation", "interview_confirmation", "reschedule")
        for t, p in zip(kinds_true, kinds_pred, strict=True)
    )
    print(f"not-relevant mail taken as interviews: {false_interviews}")
    print(f"company right: {company_ok}/{company_n} = {company_ok / max(1, company_n):.3f}")
    print(f"interview start right: {time_ok}/{time_n} = {time_ok / max(1, time_n):.3f}")
    confusions = Counter((t, p) for t, p in zip(kinds_true, kinds_pred, strict=True) if t != p)
    if confusions:
        print("confusions (true -> predicted):")
        for (t, p), c in confusions.most_common():
            print(f"  {t} -> {p}: {c}")
    if args.verbose:
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
