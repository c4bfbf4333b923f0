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
from functools import lru_cache
from io import StringIO

from agent import charsets

charsets.register()  # "iso-8859-8-i", "windows-874", "x-gbk": labels mail uses for codecs Python has by other names
_HEADERS = BytesHeaderParser(policy=compat32)
_SPLIT = re.compile(rb"\r?\n\r?\n")
# A plain header field line as the stdlib's feedparser (headerRE) reads one: a name of printable
# characters other than ':' (at least one here), then ':'; and a continuation line.
_FIELD = re.compile(r"[\041-\071\073-\176]+:")


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


def read_headers(head: bytes) -> Message:
    """The same Message as BytesHeaderParser(policy=compat32).parsebytes(head), several times faster.

    The stdlib's feedparser reads a header block through a generator, a line buffer and a
    predicate stack, about 0.2 ms a message. A block of plain field and continuation lines ending
    at a blank line (nearly all mail) is read here the way feedparser reads it: the same line
    splitting (\\r\\n, \\r or \\n), the same (name, value) pairs (compat32's header_source_parse),
    the rest as payload. Anything feedparser would treat specially (a "From " line, a first line
    that is a continuation, a line with no field name, a non-header line before the blank one)
    goes to the stdlib parser itself; tests hold the two to the same result."""
    text = head.decode("ascii", "surrogateescape")
    lines = StringIO(text, newline="").readlines()  # as feedparser's BufferedSubFile splits them
    fields: list[list[str]] = []
    end = len(lines)
    for i, line in enumerate(lines):
        if line[0] in " \t":
            if not fields:
                return _HEADERS.parsebytes(head)
            fields[-1].append(line)
        elif _FIELD.match(line) and not line.startswith("From "):
            fields.append([line])
        elif line in ("\n", "\r\n", "\r"):
            end = i + 1
            break
        else:
            return _HEADERS.parsebytes(head)
    msg = Message(policy=compat32)
    for source in fields:
        name, value = source[0].split(":", 1)  # compat32.header_source_parse
        msg.set_raw(name, (value.lstrip(" \t") + "".join(source[1:])).rstrip("\r\n"))
    msg.set_payload("".join(lines[end:]))
    return msg


def headers_of(raw: bytes) -> Message:
    return read_headers(_split(raw)[0])


def read(raw: bytes) -> tuple[Message, list[Leaf]]:
    """The top-level headers and the leaves of a message, its header block read once."""
    head, body = _split(raw)
    msg = read_headers(head)
    return msg, _leaves(msg, body, 0)


def leaves(raw: bytes, depth: int = 0) -> list[Leaf]:
    head, body = _split(raw)
    return _leaves(read_headers(head), body, depth)


def _leaves(msg: Message, body: bytes, depth: int) -> list[Leaf]:
    ctype = _content_type(msg)
    if ctype.startswith("multipart/"):
        if depth > 6:
            raise Irregular("nested too deep")
        boundary = _boundary(msg)
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


# What the stdlib reads from a Content-Type header (its type, boundary, charset) depends on that
# header's text alone, and mail repeats a few of them ("text/plain; charset=utf-8") endlessly: each
# is read once, by the stdlib, from a Message holding only that header. A header holding raw 8-bit
# bytes (not a str once fetched) is read from the message itself, as before.
@lru_cache(maxsize=512)
def _one_header(value: str) -> Message:
    msg = Message(policy=compat32)
    msg.set_raw("Content-Type", value)
    return msg


@lru_cache(maxsize=512)
def _content_type_of(value: str) -> str:
    return _one_header(value).get_content_type()


@lru_cache(maxsize=512)
def _boundary_of(value: str) -> str | tuple[str | None, str | None, str] | None:
    return _one_header(value).get_param("boundary")


@lru_cache(maxsize=512)
def _charset_of(value: str) -> str | None:
    charset = _one_header(value).get_content_charset()
    return charset if isinstance(charset, str) else None


def _content_type(msg: Message) -> str:
    value = msg.get("Content-Type")
    return _content_type_of(value) if isinstance(value, str) else msg.get_content_type()


def _boundary(msg: Message) -> str | tuple[str | None, str | None, str] | None:
    value = msg.get("Content-Type")
    return _boundary_of(value) if isinstance(value, str) else msg.get_param("boundary")


def _charset(msg: Message) -> str | None:
    value = msg.get("Content-Type")
    if isinstance(value, str):
        return _charset_of(value)
    charset = msg.get_content_charset()
    return charset if isinstance(charset, str) else None


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
    charset = _charset(msg) or "us-ascii"
    try:
        codecs.lookup(charset)
    except LookupError as exc:
        raise Irregular(f"unknown charset {charset}") from exc
    if charset in ("us-ascii", "ascii"):
        charset = "utf-8"  # mislabelled 8-bit mail is usually UTF-8
    text = data.decode(charset, errors="replace")
    return text.replace("\r\n", "\n")
