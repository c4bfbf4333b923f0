"""A realistic synthetic mailbox for benchmarks: mostly unrelated mail with big HTML bodies,
a small share of recruiting mail. Deterministic for a given seed."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from agent.demo.builder import ics_event, mail

ME = "Jordan Lee <jordan@example.com>"
WORDS = ("garden savings weekly delivery account statement update community release notes travel deals "
         "points rewards concert tickets recipe newsletter webinar product launch security notice").split()


def html_body(rng: random.Random, size: int) -> str:
    rows = []
    while sum(len(r) for r in rows) < size:
        words = " ".join(rng.choice(WORDS) for _ in range(30))
        rows.append(f'<tr><td style="padding:8px;font-family:Arial"><p>{words}</p>'
                    f'<a href="https://example.com/{rng.randrange(10**9)}">Read more</a></td></tr>')
    return ("<html><head><style>td{color:#333}</style></head><body>"
            '<div style="display:none">preview text</div><table>' + "".join(rows) + "</table></body></html>")


def unrelated(rng: random.Random, i: int, when: datetime, small: bool = False) -> bytes:
    size = rng.randrange(500, 2_000) if small else rng.randrange(10_000, 50_000)
    html = html_body(rng, size)
    subject = f"{rng.choice(WORDS).title()} {rng.choice(WORDS)} #{i}"
    if rng.random() < 0.1:
        subject += " - special offer inside"  # some noise matches the backfill's words
    plain = None if rng.random() < 0.5 else " ".join(rng.choice(WORDS) for _ in range(80))
    return mail(frm=f"News {i % 300} <news@brand{i % 300}.example>", to=ME, subject=subject, date=when,
                msgid=f"<u{i}@brand.example>", body=plain or "", html=html,
                headers={"List-Unsubscribe": f"<https://brand{i % 300}.example/u>"})


def relevant(rng: random.Random, i: int, when: datetime) -> bytes:
    company = f"Company{i // 4} Labs"
    domain = f"company{i // 4}labs.example"
    start = when + timedelta(days=3)
    kind = i % 4
    if kind == 0:
        return mail(frm=f"{company} <no-reply@us.greenhouse-mail.io>", to=ME, date=when, msgid=f"<r{i}@gh.example>",
                    subject=f"Thank you for applying to {company}",
                    body=f"Hi Jordan,\n\nThanks for applying to the Backend Engineer role at {company}! We've received "
                         "your application.\n")
    if kind == 1:
        return mail(frm=f"Dana Smith <dana@{domain}>", to=ME, date=when, msgid=f"<r{i}@{domain}>",
                    subject=f"{company} - next steps",
                    body="Hi Jordan,\n\nCould you share a few times that work for a 30-minute call next week?\n\nDana\n")
    if kind == 2:
        return mail(frm=f"Dana Smith <dana@{domain}>", to=ME, date=when, msgid=f"<r{i}@{domain}>",
                    subject=f"Interview confirmed: Backend Engineer at {company}",
                    body=f"Hi Jordan,\n\nYour interview is confirmed for {start:%A, %B %-d, %Y} at 2:00 PM - 3:00 PM ET.\n",
                    ics=ics_event(start=start, end=start + timedelta(hours=1), summary=f"Interview with {company}",
                                  organizer=f"dana@{domain}", attendees=["jordan@example.com"], uid=f"e{i}"))
    return mail(frm=f"Dana Smith <dana@{domain}>", to=ME, date=when, msgid=f"<r{i}@{domain}>",
                subject="Re: Thank you", body="Hi Jordan,\n\nWe're still gathering feedback from the panel and will "
                                              "get back to you by Friday.\n\nDana\n")


def iter_mailbox(n: int, relevant_share: float = 0.01, seed: int = 7, end: datetime | None = None,
                 days: int = 365, small: bool = False):
    """(raw, date, is_relevant) for n messages, made one at a time so the caller's memory shows."""
    rng = random.Random(seed)
    end = end or datetime(2026, 3, 5, tzinfo=UTC)
    r = 0
    for i in range(n):
        when = end - timedelta(seconds=rng.randrange(days * 86400))
        if rng.random() < relevant_share:
            yield relevant(rng, r, when), when, True
            r += 1
        else:
            yield unrelated(rng, i, when, small), when, False


def mailbox(n: int, relevant_share: float = 0.01, seed: int = 7, end: datetime | None = None,
            days: int = 365) -> list[tuple[bytes, datetime, bool]]:
    return list(iter_mailbox(n, relevant_share, seed, end, days))
