"""Seconds per size for the inputs that once took quadratic time: `python bench/hostile.py [MAX_KB]`.

Each case is one message read by parse + classify (what `run` does per message), at sizes that
double. Linear work shows as a ratio near 2 (or below, once the byte caps are reached) between
one row and the next; quadratic work shows as 4. Cases (issue 9, 2): an unclosed `<script` and
an unclosed `<!--` in HTML, text full of dates and times (when.py), and a one-line body.
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from agent.classify import classify  # noqa: E402
from agent.demo.builder import mail  # noqa: E402
from agent.parse import parse  # noqa: E402
from agent.when import find_datetimes  # noqa: E402

NOW = datetime(2026, 3, 5, 12, 0, tzinfo=UTC)
SUBJECT = "Interview schedule for the Backend Engineer role"


def html_message(html: str) -> bytes:
    return mail(frm="Dana <dana@acme.example>", to="me@example.com", subject=SUBJECT, date=NOW,
                msgid="<h@acme.example>", body="see the HTML part", html=html)


def text_message(text: str) -> bytes:
    return mail(frm="Dana <dana@acme.example>", to="me@example.com", subject=SUBJECT, date=NOW,
                msgid="<t@acme.example>", body=text)


def fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


CASES = {
    "unclosed <script": lambda n: html_message("<p>interview</p><script " + fill("a<b ", n)),
    "unclosed <!--": lambda n: html_message("<p>interview</p><!-- " + fill("<p>x</p> ", n)),
    "dates and times": lambda n: text_message(fill("Interview on March 5, 2026 at 2:00 PM - 3:00 PM ET, or 2/24 9:30 ", n)),
    "times only": lambda n: text_message(fill("10:00 11:00 12:30 pm 1 to 2 ", n)),
    "one-line body": lambda n: text_message(fill("interview schedule availability ", n)),
    "many tags": lambda n: html_message(fill("<div><span>interview</span></div>", n)),
    "when.py uncapped": lambda n: fill("Friday, March 5, 2026 at 2:00 PM - 3:00 PM ET or 2/24 9:30 ", n),
}


def seconds(raw: bytes | str) -> float:
    t0 = time.perf_counter()
    if isinstance(raw, str):
        find_datetimes(raw, NOW, UTC)  # when.py alone, without parse's caps in front of it
    else:
        classify(parse(raw), now=NOW, tz=UTC)
    return time.perf_counter() - t0


def main(max_kb: int = 640) -> None:
    sizes = []
    kb = 10
    while kb <= max_kb:
        sizes.append(kb * 1024)
        kb *= 2
    print(f"{'case':20} " + " ".join(f"{s // 1024:>7}K" for s in sizes) + "   worst ratio (doubling)")
    for name, make in CASES.items():
        times = [min(seconds(make(s)) for _ in range(3)) for s in sizes]
        ratios = [b / a for a, b in zip(times, times[1:], strict=False) if a > 0.002]
        worst = max(ratios, default=0.0)
        print(f"{name:20} " + " ".join(f"{t:8.3f}" for t in times) + f"   {worst:.1f}")
    big = text_message("interview " * 5_400_000)  # a 54 MB one-line body
    print(f"54 MB one-line body: {seconds(big):.2f} s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 640)
