"""parse: headers, bodies, quotes, calendars, charsets; and it never raises on bad input."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agent.calendar import read_calendar
from agent.parse import html_to_text, parse, split_text

RAW_QP_LATIN1 = (
    b"From: =?iso-8859-1?q?Ren=E9e_Fran=E7ois?= <renee@ardoise.example>\r\n"
    b"To: sam@example.org\r\n"
    b"Subject: =?utf-8?b?Q29uZmlybWF0aW9uIGRlIHZvdHJlIGVudHJldGllbiDigJMgSW5nw6luaWV1cg==?=\r\n"
    b"Date: Tue, 10 Mar 2026 09:00:00 +0100\r\n"
    b"Message-ID: <qp1@ardoise.example>\r\n"
    b"MIME-Version: 1.0\r\n"
    b"Content-Type: text/plain; charset=iso-8859-1\r\n"
    b"Content-Transfer-Encoding: quoted-printable\r\n\r\n"
    b"Bonjour Sam,\r\n\r\nJe vous confirme votre entretien le mardi 24 mars 2026 =E0 14h00.\r\n\r\n"
    b"Bien cordialement,\r\nRen=E9e\r\n"
)


def test_rfc2047_headers_and_latin1_quoted_printable():
    e = parse(RAW_QP_LATIN1)
    assert e.sender.name == "Renée François"
    assert e.subject == "Confirmation de votre entretien – Ingénieur"
    assert "mardi 24 mars 2026 à 14h00" in e.text
    assert e.date == datetime(2026, 3, 10, 8, 0, tzinfo=UTC)
    assert e.message_id == "<qp1@ardoise.example>"


def test_base64_windows1252_body():
    import base64

    body = base64.b64encode("We’re excited — see you Tuesday.".encode("cp1252"))
    raw = (b"From: a@b.example\r\nSubject: hi\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: text/plain; charset=windows-1252\r\nContent-Transfer-Encoding: base64\r\n\r\n" + body)
    e = parse(raw)
    assert e.text == "We’re excited — see you Tuesday."
    assert "no Date header" in e.warnings


def test_html_only_drops_scripts_styles_and_hidden_preheaders():
    html = ("<html><head><style>p{color:red}</style><script>var x='interview';</script></head><body>"
            "<div style='display:none;max-height:0'>PREHEADER webinar promo</div>"
            "<p>Hi Sam,</p><p>Your interview is <b>confirmed</b>.</p><table><tr><td>Date</td><td>March 4</td></tr></table>"
            "</body></html>")
    text = html_to_text(html)
    assert "PREHEADER" not in text and "color" not in text and "var x" not in text
    assert "Your interview is confirmed." in text
    assert "Date March 4" in text


@pytest.mark.parametrize(("label", "codec", "text"), [
    ("iso-8859-8-i", "iso8859_8", "נשמח לזמן אותך לראיון עבודה ביום שלישי"),  # Israeli mail's Hebrew, in logical order
    ("windows-874", "cp874", "ขอเชิญสัมภาษณ์งานวันอังคาร"),  # Thai Outlook's
    ("x-gbk", "gbk", "诚邀您参加面试"),
    ("ks_c_5601-1989", "cp949", "1차 면접 일정 안내드립니다"),
])
def test_charset_labels_mail_clients_write_are_read(label: str, codec: str, text: str):
    """(session 53) A label Python's codecs do not know made a part read as nothing, or as mojibake by the fallback;
    the WHATWG labels mail clients write are read as the codec of the same encoding (agent/charsets.py)."""
    import base64

    encoded = base64.b64encode(text.encode(codec)).decode()
    raw = (f"From: hr@example.co.il\r\nSubject: =?{label}?b?{encoded}?=\r\nMIME-Version: 1.0\r\n"
           f"Content-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\n"
           f"Content-Type: text/html; charset=\"{label}\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
           f"{base64.b64encode(('<p>' + text + '</p>').encode(codec)).decode()}\r\n--b--\r\n").encode()
    e = parse(raw)
    assert e.subject == text
    assert e.text.strip() == text
    assert not any("undecodable" in w for w in e.warnings)


def test_a_charset_python_knows_is_read_as_before():
    import encodings

    from agent import charsets

    assert "iso88591" in charsets.ALIASES and "iso-8859-1" not in charsets.ALIASES
    assert "caf\xe9".encode("latin-1").decode("iso88591") == "café"  # the same codec as "iso-8859-1"
    labels = [label for group in charsets._LABELS.values() for label in group]
    assert not [label for label in labels if encodings.search_function(label)]  # nothing Python reads is re-mapped


def test_quoted_history_and_signature_are_cut():
    body = ("Thanks for the note! We'll decide by Friday.\n\nBest,\nDana\nRecruiter | Kestrel\n\n"
            "On Mon, Mar 2, 2026 at 9:00 AM Sam <sam@example.org> wrote:\n> Unfortunately I'm withdrawing\n")
    new, signature = split_text(body)
    assert new.startswith("Thanks for the note!")
    assert "withdrawing" not in new and "withdrawing" not in signature
    assert "Recruiter | Kestrel" in signature


def test_outlook_header_block_is_cut_but_a_from_line_in_text_is_not():
    body = ("Sounds good.\n\n________________________________\nFrom: Sam Rivera <sam@example.org>\n"
            "Sent: Monday, March 2, 2026 9:00 AM\nTo: Dana\nSubject: offer\n\nold text about an offer\n")
    new, _ = split_text(body)
    assert new == "Sounds good."
    new, _ = split_text("From: the whole team, congratulations.\nSee you soon.")
    assert "congratulations" in new


def test_calendar_with_windows_zone_and_attendees():
    ics = ("BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VTIMEZONE\r\nTZID:Central Standard Time\r\nBEGIN:STANDARD\r\n"
           "DTSTART:16010101T020000\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\nUID:abc\r\nSEQUENCE:2\r\n"
           "DTSTART;TZID=Central Standard Time:20260310T093000\r\nDTEND;TZID=Central Standard Time:20260310T101500\r\n"
           "SUMMARY:Interview\\, round 2\r\nORGANIZER;CN=Marcus Oyelaran:mailto:Marcus@Tallgrass.example\r\n"
           "ATTENDEE;CN=Sam Rivera;ROLE=REQ-PARTICIPANT:mailto:sam@example.org\r\n"
           "LOCATION:https://teams.example/j/1\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    ev = read_calendar(ics)
    chicago = ZoneInfo("America/Chicago")
    assert ev.method == "REQUEST" and ev.sequence == 2 and ev.uid == "abc"
    assert ev.start == datetime(2026, 3, 10, 9, 30, tzinfo=chicago)
    assert ev.start.utcoffset().total_seconds() == -5 * 3600  # CDT: after the 8 March change
    assert ev.end == datetime(2026, 3, 10, 10, 15, tzinfo=chicago)
    assert ev.summary == "Interview, round 2"
    assert ev.organizer.address == "marcus@tallgrass.example" and ev.organizer.name == "Marcus Oyelaran"
    assert [a.address for a in ev.attendees] == ["sam@example.org"]
    assert ev.location == "https://teams.example/j/1"


def test_calendar_utc_and_duration_and_cancel():
    ev = read_calendar("BEGIN:VCALENDAR\nMETHOD:CANCEL\nBEGIN:VEVENT\nDTSTART:20260223T220000Z\nDURATION:PT45M\n"
                       "STATUS:CANCELLED\nEND:VEVENT\nEND:VCALENDAR\n")
    assert ev.method == "CANCEL" and ev.status == "CANCELLED"
    assert ev.start == datetime(2026, 2, 23, 22, 0, tzinfo=UTC)
    assert (ev.end - ev.start).total_seconds() == 45 * 60


def test_odd_date_header_gives_a_warning_not_an_error():
    e = parse(b"From: a@b.example\nDate: someday soon\nSubject: x\n\nhello")
    assert e.date is None and "unreadable Date header" in e.warnings
    e = parse(b"From: a@b.example\nDate: Mon, 2 Mar 2026 09:00:00\nSubject: x\n\nhello")
    assert e.date is not None and e.date.tzinfo is not None


def test_from_me_by_address_or_sent_label():
    raw = b"From: Sam <SAM@example.org>\nSubject: x\n\nhi"
    assert parse(raw, me={"sam@example.org"}).from_me
    assert parse(raw, labels={"Sent"}).from_me
    assert not parse(raw).from_me
    takeout = b"X-Gmail-Labels: Sent,Opened\nX-GM-THRID: 1234\n" + raw
    e = parse(takeout)
    assert e.from_me and e.thread_id == "1234"


def test_only_the_headers_classify_reads_are_kept():
    e = parse(b"From: a@b.example\nList-Unsubscribe: <https://x>\nX-Secret: token\nSubject: x\n\nhi")
    assert e.headers == {"list-unsubscribe": "<https://x>"}


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=3000))
def test_random_bytes_never_raise(raw):
    e = parse(raw)
    assert isinstance(e.text, str)


PARTS = st.sampled_from([
    b"Content-Type: multipart/mixed; boundary=XX\n\n--XX\nContent-Type: text/plain; charset=bogus-charset\n\n\xff\xfe hi\n--XX--",
    b"Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\n!!!not base64!!!",
    b"Content-Type: text/calendar\n\nBEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;TZID=Nowhere/Land:2026XX\nEND:VEVENT",
    b"Content-Type: multipart/alternative; boundary=\"\"\n\n--\n\n",
    b"Content-Type: text/html\n\n<html><body><p>unclosed <b>tags <script>",
    b"Subject: =?utf-8?q?broken=ZZ?= =?unknown?b?AAAA?=\n\nbody",
])


@settings(max_examples=200, deadline=None)
@given(st.lists(PARTS, min_size=1, max_size=3), st.binary(max_size=200))
def test_mangled_mime_never_raises(parts, noise):
    raw = b"From: =?utf-8?b?broken\nDate: 99 Foo 2026\n" + b"\n".join(parts) + noise
    e = parse(raw)
    assert isinstance(e.subject, str)


def test_fast_mime_reader_and_the_stdlib_agree():
    """The fast path (agent.mime) and the stdlib parser read the same text from the same mail."""
    import email as stdlib_email

    from agent.demo.builder import ics_event, mail
    from agent.mime import leaves
    from agent.parse import _stdlib_leaves

    start = datetime(2026, 3, 5, 14, 0, tzinfo=UTC)
    samples = [
        RAW_QP_LATIN1,
        mail(frm="a@b.example", to="c@d.example", subject="Grüße", date=start, msgid="<1@b>",
             body="Hallo — plain part\n", html="<p>Hallo <b>HTML</b> part</p>",
             ics=ics_event(start=start, end=start, summary="x", organizer="a@b.example", attendees=[])),
        mail(frm="a@b.example", to="c@d.example", subject="only text", date=start, msgid="<2@b>", body="x " * 600),
    ]
    for raw in samples:
        fast = [(leaf.ctype, leaf.text.strip()) for leaf in leaves(raw) if leaf.text]
        msg = stdlib_email.message_from_bytes(raw, policy=stdlib_email.policy.default)
        slow = [(leaf.ctype, leaf.text.replace("\r\n", "\n").strip()) for leaf in _stdlib_leaves(msg, []) if leaf.text]
        assert fast == slow


def test_lxml_and_beautifulsoup_paths_give_the_same_text():
    from agent.parse import _lxml_text, _soup_text

    html = ("<html><head><title>t</title><style>p{}</style></head><body><div style='display:none'>hidden</div>"
            "<p>Hi Sam,<br>your interview is <b>confirmed</b>.</p><ul><li>one</li><li>two</li></ul>"
            "<blockquote>old quoted text</blockquote><table><tr><td>Date</td><td>March 4</td></tr></table></body></html>")
    assert _lxml_text(html) == _soup_text(html)
    assert "hidden" not in _lxml_text(html) and "old quoted" not in _lxml_text(html)


def test_a_part_that_reuses_its_parents_boundary_is_read_by_the_stdlib():
    """A mailer that gives a nested multipart its parent's boundary (seen in a Korean ATS's take-home mail): the fast
    walker cannot tell the parts apart and says so, and parse reads the message with the stdlib parser instead."""
    from agent.mime import Irregular, leaves

    raw = (b"From: hr@moneystep.example\nTo: alex.morgan@example.net\nSubject: take-home\nMIME-Version: 1.0\n"
           b'Content-Type: multipart/mixed; boundary="B1"\n\n--B1\nContent-Type: multipart/alternative; boundary="B1"\n\n'
           b'--B1\nContent-Type: text/plain; charset="utf-8"\n\nPlease send the case study back by Friday.\n'
           b'--B1\nContent-Type: text/html; charset="utf-8"\n\n<p>Please send the case study back by Friday.</p>\n'
           b"--B1--\n\n--B1--\n")
    with pytest.raises(Irregular):
        leaves(raw)
    assert "case study back by Friday" in parse(raw).text


@pytest.mark.parametrize("prefix", ["回覆：", "回复: ", "YNT: ", "Odp: ", "RES: ", "VS: ", "Re: "])
def test_a_reply_in_any_mail_clients_language_keeps_its_quoted_history(prefix: str):
    # a reply that lost its In-Reply-To (forwarded through a phone app, or a portal's relay) is known by its subject's
    # reply word, which Chinese, Turkish, Polish, Brazilian and Finnish Outlook write in their own language; its quoted
    # history is the thread's context
    def raw(subject: str) -> bytes:
        return ("From: Ka Yan Lee <ky.lee@kestrel.example>\r\nTo: sam@example.org\r\nSubject: " + subject + "\r\n"
                "Date: Tue, 10 Mar 2026 09:00:00 +0800\r\nMessage-ID: <zh1@kestrel.example>\r\nMIME-Version: 1.0\r\n"
                "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                "OK, see you then.\r\n\r\nOn Mon, Mar 9, 2026 at 9:00 AM Sam <sam@example.org> wrote:\r\n"
                "> Could we meet on Thursday at 3pm for the interview?\r\n").encode()
    assert "Thursday at 3pm" in parse(raw(prefix + "面試安排")).quoted
    assert parse(raw("Reminder: 面試安排")).quoted == ""  # no reply word, no In-Reply-To: nothing is a thread's
