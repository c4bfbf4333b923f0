"""Text from mail, made safe for the three places it goes: the database, a draft's headers, a terminal.

Mail is written by strangers. Raw 8-bit headers (RFC 6532) reach Python as lone surrogates that
no encoder accepts; encoded words can smuggle CR, LF, U+2028 or ESC into a subject or an id; a
subject printed to a terminal can carry escape sequences that rewrite the screen. Each function
here does one repair, at the edge, so the core never sees such text.
"""

from __future__ import annotations

import re

_SURROGATES = re.compile("[\ud800-\udfff]")
# C0 and C1 controls, DEL, and the Unicode line/paragraph separators and bidi controls.
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_ID_TOKEN = re.compile(r"<[\x21-\x3b\x3d\x3f-\x7e]{1,250}>")  # printable ASCII, no <, > or space inside


def repair(text: str) -> str:
    """Lone surrogates (bytes the decoder could not read) back to text: UTF-8 first, cp1252 else.

    Plain text passes through untouched; only a string holding surrogates is re-decoded."""
    if not _SURROGATES.search(text):
        return text
    data = text.encode("utf-8", "surrogateescape") if _only_escapes(text) else _bytes_of(text)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("utf-8", "replace")


def _only_escapes(text: str) -> bool:
    return all("\udc80" <= c <= "\udcff" for c in _SURROGATES.findall(text))


def _bytes_of(text: str) -> bytes:
    """Surrogates that are not escaped bytes (a stray half of a pair) become U+FFFD."""
    out = bytearray()
    for c in text:
        if "\udc80" <= c <= "\udcff":
            out.append(ord(c) - 0xDC00)
        elif "\ud800" <= c <= "\udfff":
            out += "\ufffd".encode()
        else:
            out += c.encode("utf-8")
    return bytes(out)


def header_value(text: str, limit: int = 900) -> str:
    """One line fit for a header: repaired, controls (CR, LF, NUL, ESC, U+2028...) turned to spaces,
    cut to `limit` characters. A Subject keeps its own spacing otherwise (Gmail compares it)."""
    return _CONTROLS.sub(" ", repair(text))[:limit]


def message_ids(values: list[str] | str | None) -> list[str]:
    """Only well-formed `<...>` tokens of printable ASCII: what In-Reply-To and References may hold."""
    if not values:
        return []
    if isinstance(values, str):
        values = [values]
    out: list[str] = []
    for v in values:
        for token in _ID_TOKEN.findall(repair(v)):
            if token not in out:
                out.append(token)
    return out


def terminal(text: object) -> str:
    """Text for a terminal: control characters shown as visible escapes, never interpreted."""
    s = repair(str(text))
    return _CONTROLS.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"), s)


def for_store(text: str) -> str:
    """Text sqlite can encode: repaired, NUL removed."""
    return repair(text).replace("\x00", "")
