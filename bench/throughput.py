"""parse + classify throughput and memory over a realistic mix: `python bench/throughput.py [N ...]`.

About 95% unrelated mail with HTML bodies of 10-50 KB, the rest recruiting mail. Prints messages
per second on one core and the peak traced memory for each N, so a flat line shows memory does
not grow with the count (each message is read, reduced to a digest, and let go).
"""

from __future__ import annotations

import resource
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from agent.classify import classify  # noqa: E402
from agent.parse import parse  # noqa: E402
from bench.mailmix import iter_mailbox  # noqa: E402


def _pass(n: int) -> tuple[float, float, int]:
    busy = cpu = 0.0
    size = 0
    for raw, _, _ in iter_mailbox(n, relevant_share=0.05, seed=n):
        size += len(raw)
        t0, c0 = time.perf_counter(), time.process_time()
        classify(parse(raw))
        busy += time.perf_counter() - t0
        cpu += time.process_time() - c0
    return busy, cpu, size


def measure(n: int) -> tuple[float, float, float, float]:
    """Messages are generated one at a time and dropped after reading, as a sync streams them;
    generation time is excluded from the rate. The rate comes from an untraced pass, the memory
    from a second pass under tracemalloc (which slows allocation)."""
    busy, cpu, size = _pass(n)
    tracemalloc.start()
    _pass(n)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return n / busy, n / cpu, peak / 1e6, size / n / 1024


def main() -> None:
    counts = [int(a) for a in sys.argv[1:]] or [1000, 2000, 4000]
    print("parse + classify on one core; traced = peak Python allocations (lxml's C heap is not traced);")
    print("max RSS = the process's high-water mark so far; msgs/s by the clock, and by the process's CPU time (on a")
    print("shared virtual machine the clock also counts the time the core was lent to others)")
    print(f"{'messages':>9} {'avg KB':>7} {'msgs/s':>8} {'cpu msgs/s':>11} {'traced peak MB':>15} {'max RSS MB':>11}")
    for n in counts:
        rate, cpu_rate, peak, size = measure(n)
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{n:9d} {size:7.1f} {rate:8.0f} {cpu_rate:11.0f} {peak:15.1f} {rss:11.0f}")


if __name__ == "__main__":
    main()
