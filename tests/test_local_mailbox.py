"""Local sources: Takeout mbox, plain mbox, Maildir; and drafts as .eml files."""

from __future__ import annotations

import email
import email.policy
import mailbox
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from agent.demo.builder import mail, write_mbox
from agent.mailbox.local import LocalMailbox
from agent.models import Draft, DraftRecord

NY = ZoneInfo("America/New_York")
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=NY)


def thread_of_three():
    a = mail(frm="Dana <dana@acme.example>", to="me@example.com", subject="Interview", date=T0, body="a",
             msgid="<a@acme.example>")
    b = mail(frm="me@example.com", to="dana@acme.example", subject="Re: Interview", date=T0 + timedelta(hours=1),
             body="b", msgid="<b@example.com>", in_reply_to="<a@acme.example>")
    c = mail(frm="Dana <dana@acme.example>", to="me@example.com", subject="Re: Interview", date=T0 + timedelta(hours=2),
             body="c", msgid="<c@acme.example>", in_reply_to="<b@example.com>",
             references=["<a@acme.example>", "<b@example.com>"])
    other = mail(frm="x@other.example", to="me@example.com", subject="Other", date=T0, body="o", msgid="<o@other.example>")
    return [a, b, c, other]


def test_plain_mbox_threads_from_references(tmp_path):
    path = tmp_path / "in.mbox"
    write_mbox(path, thread_of_three())
    box = LocalMailbox("mbox", path, tmp_path / "drafts", ["me@example.com"])
    got = {r.id: r.thread_id for r in box.fetch(set())}
    assert got["<a@acme.example>"] == got["<b@example.com>"] == got["<c@acme.example>"]
    assert got["<o@other.example>"] != got["<a@acme.example>"]
    assert [r.id for r in box.fetch({"<a@acme.example>", "<b@example.com>"})] == ["<c@acme.example>", "<o@other.example>"]


def test_takeout_mbox_uses_gmail_thread_ids_and_labels(tmp_path):
    raws = [b"X-GM-THRID: 1700000000000000001\n" + r for r in thread_of_three()[:2]]
    path = tmp_path / "takeout.mbox"
    write_mbox(path, raws, labels=["Inbox", "Sent"])
    box = LocalMailbox("mbox", path, tmp_path / "drafts", [])
    got = list(box.fetch(set()))
    assert {r.thread_id for r in got} == {"1700000000000000001"}
    assert got[1].labels == frozenset({"Sent"})


def test_maildir(tmp_path):
    md = mailbox.Maildir(str(tmp_path / "Mail"), create=True)
    for raw in thread_of_three():
        md.add(mailbox.MaildirMessage(raw))
    box = LocalMailbox("maildir", tmp_path / "Mail", tmp_path / "drafts", [])
    got = list(box.fetch(set()))
    assert len(got) == 4
    assert len({r.thread_id for r in got}) == 2


def test_draft_file_is_a_proper_reply_and_its_state_is_tracked(tmp_path):
    box = LocalMailbox("mbox", _empty(tmp_path), tmp_path / "drafts", ["me@example.com"], "Jordan Lee")
    d = Draft(application_id="acme", company="Acme", round=1, step="thank_you", key="thank_you:r1",
              to=["dana@acme.example"], subject="Re: Interview", body="Hi Dana,\n\nThank you.\n\nJordan Lee\n",
              thread_id="t1", in_reply_to="<c@acme.example>", references=["<a@acme.example>", "<c@acme.example>"])
    location = box.create_draft(d, "d-1")
    msg = email.message_from_bytes(open(location, "rb").read(), policy=email.policy.default)
    assert msg["In-Reply-To"] == "<c@acme.example>"
    assert msg["References"] == "<a@acme.example> <c@acme.example>"
    assert msg["Subject"] == "Re: Interview" and msg["To"] == "dana@acme.example"
    assert msg["From"] == "Jordan Lee <me@example.com>"
    assert not [k for k in msg.keys() if k.lower().startswith("x-")], "no tool headers"
    from agent.drafts import content_hash

    rec = DraftRecord(id="d-1", application_id="acme", company="Acme", round=1, step="thank_you", key="k", to=[],
                      subject="", thread_id="t1", created_at=T0, location=location, content_hash=content_hash(d.body))
    assert box.draft_state(rec)[0] == "present"
    with open(location, "a") as fh:
        fh.write("P.S. an edit\n")
    assert box.draft_state(rec)[0] == "edited"
    box.delete_draft(rec)
    assert box.draft_state(rec)[0] == "missing"


def _empty(tmp_path):
    p = tmp_path / "empty.mbox"
    p.write_bytes(b"")
    return p


def test_long_outlook_message_ids_stay_intact_in_reply_headers(tmp_path):
    long_id = "<SA1PR14MB7382142851777D12BDD10FA3E0A3F8BA@SA1PR14MB7382.namprd14.prod.outlook.com>"
    refs = ["<CAH5mZ2vB8nM3kL6jH1gF9dS4aQ7wE2rT5yU0iO8pZ3xC6vB@mail.gmail.com>", long_id]
    box = LocalMailbox("mbox", _empty(tmp_path), tmp_path / "drafts", ["me@example.com"], "Jordan Lee")
    d = Draft(application_id="a", company="A", round=1, step="check_in", key="k", to=["m@t.example"],
              subject="RE: [EXTERNAL] Re: Tallgrass Logistics - Platform Engineer", body="Hi.\n", thread_id="t",
              in_reply_to=long_id, references=refs)
    raw = open(box.create_draft(d, "d-2"), "rb").read()
    assert b"=?utf-8?" not in raw
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert msg["In-Reply-To"] == long_id
    assert msg["References"].split() == refs


def test_streaming_keeps_the_ids_of_messages_without_message_id(tmp_path):
    import hashlib

    anonymous = b"From: a@b.example\nTo: me@example.com\nSubject: no id\n\n" + b"body line\n" * 20000
    path = tmp_path / "in.mbox"
    write_mbox(path, [anonymous, *thread_of_three()])
    box = LocalMailbox("mbox", path, tmp_path / "drafts", ["me@example.com"])
    got = list(box.fetch(set()))
    raw = next(r.raw for r in got if r.id.startswith("sha1:"))
    assert next(r.id for r in got if r.id.startswith("sha1:")) == "sha1:" + hashlib.sha1(raw).hexdigest()
    assert len(got) == 5


def test_fetch_reads_one_message_at_a_time(tmp_path, monkeypatch):
    """Memory flat in the mailbox's size: whole messages are read only as they are handed over."""
    path = tmp_path / "in.mbox"
    write_mbox(path, thread_of_three())
    reads: list[str] = []
    real = mailbox.mbox.get_bytes

    def counting(self, key, from_=False):
        reads.append(key)
        return real(self, key, from_)

    monkeypatch.setattr(mailbox.mbox, "get_bytes", counting)
    box = LocalMailbox("mbox", path, tmp_path / "drafts", ["me@example.com"])
    stream = box.fetch({"<b@example.com>"})
    next(stream)
    assert len(reads) == 1  # the headers pass read no bodies; the first message alone so far
    assert len(list(stream)) == 2 and len(reads) == 3  # the known message was never read whole
