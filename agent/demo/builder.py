"""Build RFC 5322 messages and mbox files: for the demo mailbox and for test fixtures.

Writing mail with the stdlib's EmailMessage keeps every fixture a real, parseable message
(with calendar parts where an invite would carry one), not a hand-typed approximation.
"""

from __future__ import annotations

import mailbox
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path


def mail(
    *,
    frm: str,
    to: str,
    subject: str,
    date: datetime,
    body: str,
    msgid: str,
    reply_to: str | None = None,
    in_reply_to: str | None = None,
    references: tuple[str, ...] | list[str] = (),
    html: str | None = None,
    ics: str | None = None,
    headers: dict[str, str] | None = None,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = msgid
    if reply_to:
        msg["Reply-To"] = reply_to
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    refs = list(references) or ([in_reply_to] if in_reply_to else [])
    if refs:
        msg["References"] = " ".join(refs)
    for k, v in (headers or {}).items():
        msg[k] = v
    msg.set_content(body)
    if html:
        msg.add_alternative(html, subtype="html")
    if ics:
        msg.add_attachment(ics.encode(), maintype="text", subtype="calendar", filename="invite.ics",
                           params={"method": "REQUEST"} if "METHOD:REQUEST" in ics else {})
    return msg.as_bytes()


def ics_event(
    *,
    start: datetime,
    end: datetime,
    summary: str,
    organizer: str,
    attendees: list[str],
    method: str = "REQUEST",
    uid: str = "event-1@example.com",
    sequence: int = 0,
) -> str:
    def z(t: datetime) -> str:
        return t.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")

    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//example//calendar//EN", f"METHOD:{method}",
        "BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{sequence}", f"DTSTAMP:{z(start)}",
        f"DTSTART:{z(start)}", f"DTEND:{z(end)}", f"SUMMARY:{summary}", f"ORGANIZER:mailto:{organizer}",
        *[f"ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:{a}" for a in attendees],
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}", "END:VEVENT", "END:VCALENDAR",
    ]  # fmt: skip
    return "\r\n".join(lines) + "\r\n"


def write_mbox(path: Path, messages: list[bytes], labels: list[str | None] | None = None) -> None:
    """An mbox of the messages; a label list adds Takeout's X-Gmail-Labels header per message."""
    path.unlink(missing_ok=True)
    box = mailbox.mbox(str(path))
    try:
        for i, raw in enumerate(messages):
            if labels and labels[i]:
                raw = f"X-Gmail-Labels: {labels[i]}\n".encode() + raw
            box.add(mailbox.mboxMessage(raw))
        box.flush()
    finally:
        box.close()
