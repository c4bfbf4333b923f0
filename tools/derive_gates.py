"""Write agent/data/gates.json, the gates of the package's own patterns: `python tools/derive_gates.py`
(or `make gates`).

Deriving a gate (agent/gate.py) parses the pattern and covers its strings; for the 117 patterns
the agent searches that is half a second, which every process would pay on its first message. The
file holds them made ahead. Run it after changing a feature or phrasebook pattern:
tests/test_fast_paths.py fails while the file and the derivation disagree (a stale file is never
wrong, only slow: a pattern it does not know is derived on first use).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from agent.features import gated_patterns  # noqa: E402
from agent.gate import SHIPPED, shipped_json  # noqa: E402

OUT = ROOT / "agent" / SHIPPED


def main() -> None:
    made = shipped_json(gated_patterns())
    OUT.write_text(json.dumps(made, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(made['gates'])} gates, {OUT.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
