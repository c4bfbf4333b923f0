"""Each fast path of parse/classify against the slower reference it replaces: the same result
on tricky input and on whatever hypothesis makes up. A speed change must never change a reading."""

from __future__ import annotations

from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import compat32
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from agent.mime import read_headers

HERE = Path(__file__).parent


def _header_view(msg: Message) -> tuple[object, ...]:
    """Everything a caller can read from a header-only Message."""
    return (list(msg.raw_items()), msg.get_payload(), msg.get_unixfrom(), [type(d) for d in msg.defects],
            msg.get_content_type(), msg.get_param("boundary"), msg.get_content_charset(),
            msg.get("Content-Disposition"), msg.get("Content-Transfer-Encoding"))


def _same_headers(head: bytes) -> None:
    want = BytesHeaderParser(policy=compat32).parsebytes(head)
    assert _header_view(read_headers(head)) == _header_view(want), head


TRICKY_HEADS = [
    b"",
    b"\n",
    b"\r\n\r\n",
    b"Subject: hi\r\nFrom: a@b.example\r\n\r\n",
    b"Subject: hi\nFrom: a@b.example\n\n",
    b"Subject:hi\n\tfolded\n  twice\r\n\r\nbody",
    b"Subject: \t  lead\n\n",
    b"Subject: hi\rFrom: lone cr\r\r",
    b"Subject: hi\r\rX: after a lone-CR blank\n\n",
    b"From sender@example.com Mon Jan  1 00:00:00 2026\nSubject: unix from\n\n",
    b"Subject: x\nFrom sender misplaced\nTo: a@b.example\n\n",
    b"Subject: x\nFrom last\n",
    b" continuation first\nSubject: x\n\n",
    b": no name\nSubject: x\n\n",
    b"Subject: x\nnot a header line\nTo: y\n\n",
    b"Subject: caf\xc3\xa9 raw 8-bit\nTo: \xff\xfe@x.example\n\n",
    b"Content-Type: multipart/alternative; boundary=\"b1\"\nContent-Type: text/plain\n\n",
    b"Content-Type: text/plain; charset=\"ISO-8859-1\"; format=flowed\nContent-Transfer-Encoding: QUOTED-PRINTABLE\n\n",
    b"Content-Disposition: attachment; filename*=utf-8''a%20b.txt\n\n",
    b"Subject: no blank line at the end",
    b"Subject: x\n\nbody\nSubject: not a header\n",
    b"X-Empty:\nX-Colon:: two\nX-Spaces: \n\n",
    b"Subject: x\n\x0bvertical tab\n\n",
    b"Subject: x\x85next\xe2\x80\xa8\n\n",
]


def test_the_header_reader_equals_the_stdlib_on_tricky_blocks() -> None:
    for head in TRICKY_HEADS:
        _same_headers(head)


def test_the_header_reader_equals_the_stdlib_on_every_corpus_message() -> None:
    for eml in sorted(HERE.rglob("*.eml")):
        raw = eml.read_bytes()
        _same_headers(raw)  # the whole message: headers, then a payload
        _same_headers(raw.split(b"\n\n", 1)[0] + b"\n\n")


_LINE = st.one_of(
    st.sampled_from([b"Subject: hello", b"From: Dana <dana@acme.example>", b"From dana Mon", b"From:x", b" folded",
                     b"\tfolded", b": nameless", b"X-A:", b"Content-Type: text/html; charset=utf-8", b"not a header",
                     b"", b"To: \xc3\xa9@x.example", b"\xff: odd", b"A\x7f: del", b"Ab c: space in name"]),
    st.binary(max_size=30),
)
_SEP = st.sampled_from([b"\n", b"\r\n", b"\r", b"\n\n", b"\r\n\r\n", b"\r\r\n"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_LINE, _SEP), max_size=12), st.binary(max_size=40))
def test_the_header_reader_equals_the_stdlib_on_made_up_blocks(lines: list[tuple[bytes, bytes]], tail: bytes) -> None:
    _same_headers(b"".join(line + sep for line, sep in lines) + tail)
