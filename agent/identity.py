"""Who the user is: the guesses `followup setup` offers (the user confirms or corrects each).

- the address: Gmail's profile when authorised, else the mailbox's own most frequent sender
  (a Takeout export's `Sent` label marks it; otherwise the sender who is also a frequent recipient);
- the name: the display name that address most often signs with;
- the time zone: the system's (TZ, else /etc/localtime's target), else UTC.
"""

from __future__ import annotations

import email.parser
import email.policy
import os
from collections import Counter
from collections.abc import Iterable
from email.utils import getaddresses
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

HEADERS = email.parser.BytesHeaderParser(policy=email.policy.compat32)


def system_zone() -> str:
    """The IANA name of this machine's zone, or "UTC" when it cannot be told (Windows without TZ)."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        target = str(Path("/etc/localtime").resolve())
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    try:
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    except OSError:
        pass
    for name in candidates:
        if name and "/" in name:
            try:
                ZoneInfo(name)
                return name
            except (ZoneInfoNotFoundError, ValueError):
                continue
    return "UTC"


def guess_identity(raws: Iterable[bytes], limit: int = 20_000) -> tuple[str, str]:
    """(name, address) of the mailbox's owner as the headers tell it; ("", "") when they don't."""
    sent: Counter[str] = Counter()
    senders: Counter[str] = Counter()
    recipients: Counter[str] = Counter()
    names: dict[str, Counter[str]] = {}
    for n, raw in enumerate(raws):
        if n >= limit:
            break
        try:
            head = HEADERS.parsebytes(raw)
            frm = getaddresses([str(head.get("From", ""))])
            to = getaddresses([str(head.get(h, "")) for h in ("To", "Cc", "Delivered-To")])
            labels = str(head.get("X-Gmail-Labels", ""))
        except Exception:  # a header the parser refuses tells nothing; the others still count
            continue
        for name, address in frm:
            address = address.strip().lower()
            if "@" not in address:
                continue
            senders[address] += 1
            if "Sent" in [s.strip() for s in labels.split(",")]:
                sent[address] += 1
            if name.strip():
                names.setdefault(address, Counter())[name.strip().strip('"')] += 1
        for _, address in to:
            if "@" in address:
                recipients[address.strip().lower()] += 1
    if sent:
        address = sent.most_common(1)[0][0]
    else:
        both = Counter({a: senders[a] + recipients[a] for a in senders if a in recipients})
        if both:
            address = both.most_common(1)[0][0]
        elif recipients:
            address = recipients.most_common(1)[0][0]
        elif senders:
            address = senders.most_common(1)[0][0]
        else:
            return "", ""
    name = names[address].most_common(1)[0][0] if address in names else ""
    return name, address
