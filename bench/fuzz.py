"""The property tests of tests/test_fuzz.py at length: `python bench/fuzz.py [N]` (default 10,000).

Prints the number of examples run, the time taken and the outcome; a failing example is printed
(shrunk by hypothesis) and the exit code is 1.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hypothesis import HealthCheck, given, settings  # noqa: E402

from tests.strategies import message  # noqa: E402
from tests.test_fuzz import check_one  # noqa: E402


def main(n: int) -> int:
    count = 0

    @settings(max_examples=n, deadline=None, database=None, derandomize=False,
              suppress_health_check=list(HealthCheck))
    @given(message())
    def prop(raw: bytes) -> None:
        nonlocal count
        count += 1
        check_one(raw)

    t0 = time.perf_counter()
    try:
        prop()
    except Exception as exc:
        print(f"FAILED after {count} examples: {type(exc).__name__}: {exc}")
        return 1
    print(f"{count} examples of hostile headers and MIME in {time.perf_counter() - t0:.1f} s: no failure")
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000))
