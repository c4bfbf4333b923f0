"""Property tests over hostile headers and MIME: parse and classify never raise, what they return
can be stored and put into a draft's headers, and a draft's headers never gain a line. A longer
run (>= 10,000 examples) is `python bench/fuzz.py`."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings

from agent.addresses import is_plain_address
from agent.classify import classify
from agent.drafts import subject_for, to_mime
from agent.models import Draft
from agent.parse import parse
from tests.strategies import message

CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u2028\u2029]")
NOW = datetime(2026, 3, 5, tzinfo=UTC)


def check_one(raw: bytes) -> None:
    """The properties, shared with bench/fuzz.py."""
    e = parse(raw)
    classify(e, now=NOW, tz=UTC)
    for value in (e.subject, e.reply_subject, e.message_id, *e.references, e.in_reply_to or ""):
        value.encode("utf-8")
        assert not CONTROLS.search(value), repr(value)
    people = [p for p in [e.sender, *e.reply_to, *e.to, *e.cc] if p is not None]
    for p in people:
        assert is_plain_address(p.address), p.address
        (p.name or "").encode("utf-8")
    draft = Draft(application_id="a", company="A", round=1, step="thank_you", key="k",
                  to=[p.address for p in people][:3], subject=subject_for(e.reply_subject), body="Thanks\n",
                  thread_id=e.thread_id, in_reply_to=e.message_id or None, references=e.references)
    data = to_mime(draft, "me@example.com", (e.sender.name or "") if e.sender else "", "example.com").as_bytes()
    head = data.split(b"\n\n", 1)[0]
    names = [line.split(b":", 1)[0].lower() for line in head.split(b"\n") if line[:1] not in (b" ", b"\t")]
    assert sorted(set(names)) == sorted(names), names  # no header twice: nothing was injected
    assert set(names) <= {b"from", b"to", b"subject", b"in-reply-to", b"references", b"message-id",
                          b"content-type", b"content-transfer-encoding", b"mime-version"}, names


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(message())
def test_hostile_headers_and_mime_never_break_parse_classify_or_a_draft(raw):
    check_one(raw)
