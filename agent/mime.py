"""A fast reader for the leaves of a MIME message: headers, then each text part decoded.

The stdlib's email parser reads a message line by line in Python: about 3 ms for a 30 KB
newsletter, which alone would cap the agent near 300 messages a second. Mail is mostly a few
well-formed parts, so this splits on boundaries with bytes operations and decodes with the C
codecs. Anything irregular (no boundary found, a broken encoding, deep nesting) raises
Irregular, and parse falls back to the stdlib parser, which is slower but forgiving.
"""

from __future__ import annotations

import binascii
import codecs
import re
from dataclasses import dataclass
from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import compat32

_HEADERS = BytesHeaderParser(policy=compat32)
_SPLIT = re.compile(rb"\r?\n\r?\n")


class Irregular(Exception):
    """The fast path does not trust its reading of this message."""


@dataclass
class Leaf:
    ctype: str
    disposition: str
    text: str


def _split(raw: bytes) -> tuple[bytes, bytes]:
    m = _SPLIT.search(raw)
    if not m:
        return raw, b""
    return raw[: m.end()], raw[m.end() :]


def headers_of(raw: bytes) -> Message:
    return _HEADERS.parsebytes(_split(raw)[0])


def leaves(raw: bytes, depth: int = 0) -> list[Leaf]:
    head, body = _split(raw)
    msg = _HEADERS.parsebytes(head)
    ctype = msg.get_content_type()
    if ctype.startswith("multipart/"):
        if depth > 6:
            raise Irregular("nested too deep")
        boundary = msg.get_param("boundary")
        if not boundary or not isinstance(boundary, str):
            raise Irregular("multipart without boundary")
        delimiter = b"--" + boundary.encode("ascii", "strict")
        chunks = body.split(delimiter)
        if len(chunks) < 3:
            raise Irregular("boundary not found")
        out: list[Leaf] = []
        for chunk in chunks[1:]:
            if chunk.startswith(b"--"):
                break  # the closing delimiter
            # the line break before a delimiter belongs to the delimiter; after it, the part starts
            chunk = chunk.removesuffix(b"\n").removesuffix(b"\r")
            out.extend(leaves(chunk.lstrip(b" \t").removeprefix(b"\r\n").removeprefix(b"\n"), depth + 1))
        return out
    if not (ctype.startswith("text/") or ctype == "application/ics"):
        return [Leaf(ctype, _disposition(msg), "")]
    return [Leaf(ctype, _disposition(msg), _decode(msg, body))]


def _disposition(msg: Message) -> str:
    value = msg.get("Content-Disposition", "")
    return str(value).split(";", 1)[0].strip().lower()


def _decode(msg: Message, body: bytes) -> str:
    cte = str(msg.get("Content-Transfer-Encoding", "")).strip().lower()
    try:
        if cte == "base64":
            data = binascii.a2b_base64(body)
        elif cte == "quoted-printable":
            data = binascii.a2b_qp(body)
        else:
            data = body
    except (binascii.Error, ValueError) as exc:
        raise Irregular(f"bad {cte}") from exc
    charset = msg.get_content_charset() or "us-ascii"
    try:
        codecs.lookup(charset)
    except LookupError as exc:
        raise Irregular(f"unknown charset {charset}") from exc
    if charset in ("us-ascii", "ascii"):
        charset = "utf-8"  # mislabelled 8-bit mail is usually UTF-8
    text = data.decode(charset, errors="replace")
    return text.replace("\r\n", "\n")
