"""Hypothesis strategies for hostile mail: header values and MIME trees built from the characters
and shapes that broke agents (raw 8-bit bytes, controls, encoded words, brackets, odd dates)."""

from __future__ import annotations

import base64

from hypothesis import strategies as st

NASTY_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8", exclude_categories=["Cs"]),
        st.sampled_from(list("<>()\",;:@\\=?[] \t\r\n\x00\x0b\x1b\x7f\u2028\u2029\u202e²é–")),
    ),
    max_size=80,
)


def _encoded_word(text: str) -> str:
    return "=?utf-8?b?" + base64.b64encode(text.encode("utf-8", "surrogatepass")).decode() + "?="


header_value = st.one_of(
    NASTY_TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")),
    NASTY_TEXT.map(lambda t: _encoded_word(t).encode()),
    st.binary(max_size=80),
    st.builds(lambda n, a, d: f"{n} <{a}@{d}>".encode("utf-8", "surrogatepass"), NASTY_TEXT, NASTY_TEXT, NASTY_TEXT),
    st.sampled_from([b"attacker@evil.example)<dana@acme.example>", b"a@x.example, b@y.example",
                     b'"Dana <dana@acme.example>">" <no-reply@acme.example>', b"Fri, 31 Dec 9999 23:59:59 -1200",
                     b"<a@b> <c@d>", b"=?utf-8?q?=3Cabc=0D=0AX-Evil=3A_1=3E?=", b""]),
)

HEADER_NAMES = ["From", "To", "Cc", "Reply-To", "Subject", "Message-ID", "In-Reply-To", "References", "Date",
                "Content-Type", "Content-Transfer-Encoding", "X-Gmail-Labels"]


def _clean_line(value: bytes) -> bytes:
    """A header value stays on its own line (a bare CR or LF would start a new header or the body)."""
    return value.replace(b"\r", b" ").replace(b"\n", b" ")


@st.composite
def headers(draw) -> bytes:
    chosen = draw(st.lists(st.sampled_from(HEADER_NAMES), min_size=0, max_size=10))
    lines = [name.encode() + b": " + _clean_line(draw(header_value)) for name in chosen]
    return b"\r\n".join(lines) + b"\r\n"


leaf_body = st.one_of(
    st.binary(max_size=300),
    NASTY_TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.sampled_from([b"<p>a</p><script ", b"<!-- <p>x</p>", b"BEGIN:VEVENT\r\nDTSTART:99991231T235959Z\r\n"
                     b"DURATION:P999999999999D\r\nSEQUENCE:\xc2\xb2\r\nEND:VEVENT", b"!!!not base64***"]),
)
leaf_type = st.sampled_from(["text/plain", "text/html", "text/calendar", "application/ics", "application/pdf",
                             "text/plain; charset=x-nonsense", "text/html; charset=utf-16", "multipart/mixed"])
leaf_cte = st.sampled_from(["", "base64", "quoted-printable", "8bit", "x-unknown"])


@st.composite
def mime(draw, depth: int = 0) -> bytes:
    ctype = draw(leaf_type)
    if ctype.startswith("multipart/") and depth < 3:
        boundary = draw(st.sampled_from(["b1", "=_x", "", "a b", "é"]))
        parts = draw(st.lists(mime(depth + 1), max_size=3))
        body = b"".join(b"--" + boundary.encode() + b"\r\n" + p + b"\r\n" for p in parts)
        body += draw(st.sampled_from([b"--" + boundary.encode() + b"--\r\n", b""]))
        return f"Content-Type: multipart/mixed; boundary=\"{boundary}\"\r\n\r\n".encode() + body
    cte = draw(leaf_cte)
    head = f"Content-Type: {ctype}\r\n" + (f"Content-Transfer-Encoding: {cte}\r\n" if cte else "")
    return head.encode() + b"\r\n" + draw(leaf_body)


@st.composite
def message(draw) -> bytes:
    return draw(headers()) + draw(mime())
