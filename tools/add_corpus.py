"""Add a corpus writer's folder to a split of tests/corpus: `python tools/add_corpus.py SRC SPLIT PREFIX`.

Each .eml named in SRC/labels.json is copied as PREFIX-<name> into tests/corpus/SPLIT and its label
merged into that split's labels.json (keys sorted, so a diff shows what came in). Nothing else in
SRC (a writer's build scripts, drafts) is copied. Refuses to overwrite a file already there.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"
KEYS = ("kind", "company", "role", "interview_start", "lookalike", "voice", "note")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("src", type=Path)
    ap.add_argument("split", choices=("dev-split", "heldout"))
    ap.add_argument("prefix")
    args = ap.parse_args()
    incoming = json.loads((args.src / "labels.json").read_text())
    dest = CORPUS / args.split
    labels_path = dest / "labels.json"
    labels = json.loads(labels_path.read_text())
    for name, label in sorted(incoming.items()):
        target = f"{args.prefix}-{name}"
        if target in labels or (dest / target).exists():
            print(f"{target} is already in {args.split}", file=sys.stderr)
            return 1
        shutil.copyfile(args.src / name, dest / target)
        labels[target] = {k: label.get(k) for k in KEYS}
    labels_path.write_text(json.dumps(labels, indent=1, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(incoming)} messages added to {args.split} as {args.prefix}-*")
    return 0


if __name__ == "__main__":
    sys.exit(main())
