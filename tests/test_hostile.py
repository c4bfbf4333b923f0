"""Hostile and odd mail: one message never stops the agent (issue 9). Each test first reproduced the
failure it guards against (a crash, a stuck run, a header smuggled into a draft), then the fix."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest

from agent.calendar import read_calendar
from agent.classify import classify
from agent.demo.builder import ics_event, mail, write_mbox
from agent.drafts import subject_for, to_mime
from agent.models import Draft
from agent.parse import parse
from agent.sanitize import header_value, message_ids, repair, terminal
from agent.store import Store
from tests.test_cli import DANA, ME, NY, START, World, confirmation, newsletter

NOW = "2026-03-05T16:00:00-05:00"


def with_header(raw: bytes, name: bytes, value: bytes) -> bytes:
    """Replace one header's line with raw bytes, as a sender writing RFC 6532 8-bit headers would."""
    head, _, body = raw.partition(b"\n\n")
    lines = [ln for ln in head.split(b"\n") if not ln.lower().startswith(name.lower() + b":")]
    return b"\n".join([*lines, name + b": " + value]) + b"\n\n" + body


# ---------------------------------------------------------------- 1. raw UTF-8 headers


def raw_utf8_confirmation() -> bytes:
    raw = with_header(confirmation(), b"Subject", "Entretien confirmé – Backend Engineer at Acme Robotics".encode())
    return with_header(raw, b"Reply-To", "Dana Whitlöck <dana@acmerobotics.example>".encode())


def test_raw_utf8_headers_are_repaired_not_fatal(tmp_path):
    parsed = parse(raw_utf8_confirmation())
    assert parsed.subject == "Entretien confirmé – Backend Engineer at Acme Robotics"
    assert parsed.reply_to[0].name == "Dana Whitlöck"
    world = World(tmp_path)
    write_mbox(world.mbox, [raw_utf8_confirmation(), newsletter()])
    out = world.run(NOW)
    assert "made 1 draft" in out
    [d] = world.drafts(NOW)
    assert d["subject"] == "Re: Entretien confirmé – Backend Engineer at Acme Robotics"
    assert d["to"] == ["dana@acmerobotics.example"]
    assert world.run("2026-03-05T17:00:00-05:00") == ""  # and the next run is a normal one


def test_repair_reads_utf8_then_cp1252():
    assert repair("caf\udcc3\udca9") == "café"
    assert repair("caf\udce9") == "café"  # a cp1252 byte
    assert repair("plain") == "plain"
    assert repair("half \ud800 pair").encode("utf-8")  # never raises


def test_control_characters_never_reach_a_draft_header():
    draft = Draft(application_id="a", company="Acme", round=1, step="thank_you", key="thank_you",
                  to=["dana@acme.example", "eve@evil.example\x0b", "x@y.example\r\nBcc: z@evil.example"],
                  subject="Re: Hello\x00\x1b]8;;http://evil\x07 there\r\nBcc: z@evil.example",
                  body="Hi\n", thread_id="t", in_reply_to="<abc\r\nX-Evil: 1@x>",
                  references=["<ok@acme.example>", "<id\u2028with-sep@x>", "<caf\udcc3\udca9@x>"])
    msg = to_mime(draft, "me@example.com", "Jordän\x1b[31m Lee", "example.com")
    data = msg.as_bytes()
    head = data.split(b"\n\n", 1)[0]
    assert b"\x00" not in data and b"\x1b" not in data and b"\x0b" not in data and b"\x07" not in data
    names = [line.split(b":", 1)[0].lower() for line in head.split(b"\n") if line[:1] not in (b" ", b"\t")]
    assert b"bcc" not in names and b"x-evil" not in names
    assert msg["To"] == "dana@acme.example"
    assert msg["References"] == "<ok@acme.example>"
    assert "In-Reply-To" not in msg
    assert all(len(line) <= 998 for line in data.split(b"\n"))


def test_an_encoded_word_message_id_with_crlf_is_no_id():
    raw = (b"From: Dana <dana@acme.example>\r\nTo: me@example.com\r\nSubject: x\r\n"
           b"Message-ID: =?utf-8?q?=3Cabc=0D=0AX-Evil=3A_1=3E?=\r\n"
           b"References: =?utf-8?b?PGEBYkB4Pg==?= <fine@acme.example> <sep\xe2\x80\xa8@x>\r\n"
           b"Date: Mon, 2 Mar 2026 09:00:00 +0000\r\n\r\nhello\r\n")
    e = parse(raw)
    assert e.message_id == ""
    assert e.references == ["<fine@acme.example>"]


def test_message_ids_keep_only_printable_ascii_tokens():
    assert message_ids("<a@b> junk <c d@e> <f\r\n@g> <h@i>") == ["<a@b>", "<h@i>"]
    assert message_ids(None) == []


# ---------------------------------------------------------------- 4. subjects byte for byte


@pytest.mark.parametrize(("original", "reply"), [
    ("Interview  with   Acme", "Re: Interview  with   Acme"),  # spacing kept: Gmail compares subjects
    ("", "Re: "),  # no subject: 'Re: ' alone, never a made-up one
    ("RE: already", "Re: already"),  # earlier reply prefixes give way to one 'Re: ', as clients do
    ("AW:  Termin  am Montag", "Re: Termin  am Montag"),
    ("tab\there", "Re: tab here"),  # a control character is no part of a header
])
def test_reply_subject_repeats_the_parent(original, reply):
    assert subject_for(original) == reply


def test_parsed_subject_keeps_its_spacing_for_the_reply():
    raw = with_header(confirmation(), b"Subject", b"Interview   Confirmation:  Backend Engineer")
    e = parse(raw)
    assert e.reply_subject == "Interview   Confirmation:  Backend Engineer"
    assert e.subject == "Interview Confirmation: Backend Engineer"  # what the classifier reads


def test_a_folded_subject_unfolds_to_what_was_written():
    raw = with_header(confirmation(), b"Subject", b"Interview Confirmation:\r\n Backend Engineer")
    assert parse(raw).reply_subject == "Interview Confirmation: Backend Engineer"


# ---------------------------------------------------------------- 6. strict recipients


@pytest.mark.parametrize("frm", [
    "attacker@evil.example)<dana@acmerobotics.example>",  # CVE-2023-27043
    "dana@acmerobotics.example, attacker@evil.example",  # two addresses
    '"Dana <dana@acmerobotics.example>">" <no-reply@acmerobotics.example>',  # "> in a display name
    "Dana <dana@acmerobotics.example",  # unclosed
    "Dana <dana\x0b@acmerobotics.example>",  # VT in the address
])
def test_a_malformed_from_gives_no_sender(frm):
    raw = with_header(confirmation(), b"From", frm.encode())
    raw = with_header(raw, b"Reply-To", b"")
    e = parse(raw)
    assert e.sender is None and e.reply_to == []
    assert any("From" in w for w in e.warnings)


def test_reply_to_outside_the_senders_organisation_is_ignored():
    raw = mail(frm=DANA, reply_to="Dana <dana@evil.example>", to=ME, subject="Interview next week",
               date=datetime(2026, 3, 2, 9, 0, tzinfo=NY), msgid="<r1@acme>", body="Hi")
    assert parse(raw).reply_to == []
    sub = mail(frm=DANA, reply_to="Dana <dana@talent.acmerobotics.example>", to=ME, subject="x",
               date=datetime(2026, 3, 2, 9, 0, tzinfo=NY), msgid="<r2@acme>", body="Hi")
    assert [p.address for p in parse(sub).reply_to] == ["dana@talent.acmerobotics.example"]


def test_a_relay_may_name_the_companys_human():
    e = parse(confirmation())  # From a Greenhouse no-reply, Reply-To Dana at the company
    assert [p.address for p in e.reply_to] == ["dana@acmerobotics.example"]


def test_a_cve_from_never_addresses_a_draft(tmp_path):
    world = World(tmp_path)
    evil = with_header(confirmation(), b"Reply-To", b"attacker@evil.example)<dana@acmerobotics.example>")
    write_mbox(world.mbox, [evil, newsletter()])
    world.run(NOW)
    for d in world.drafts(NOW):
        assert all(a.endswith("@acmerobotics.example") for a in d["to"]), d


# ---------------------------------------------------------------- 7. terminal escapes


def test_terminal_escapes_are_shown_not_interpreted():
    assert terminal("a\x1b]0;pwned\x07b\x1b[2J") == "a\\x1b]0;pwned\\x07b\\x1b[2J"
    assert terminal("ok – fine") == "ok – fine"


def test_status_drafts_and_explain_print_no_escape_sequences(tmp_path):
    world = World(tmp_path)
    evil = with_header(confirmation(), b"Subject",
                       b"Interview Confirmation: Backend Engineer \x1b]52;c;cm0gLXJmIH4=\x07\x1b[2J")
    write_mbox(world.mbox, [evil, newsletter()])
    world.run(NOW)
    for args in (("drafts",), ("status",), ("explain", "acme")):
        out = world(NOW, *args)
        assert "\x1b" not in out and "\x07" not in out, args
    [d] = world.drafts(NOW)
    eml = (world.home / "drafts" / f"{d['id']}.eml").read_bytes()
    assert b"\x1b" not in eml and b"\x00" not in eml


# ---------------------------------------------------------------- 10. odd dates and calendars


def odd_ics(**overrides: str) -> str:
    text = ics_event(start=START, end=START + timedelta(hours=1), summary="Interview with Acme Robotics",
                     organizer="dana@acmerobotics.example", attendees=["jordan@example.com"])
    for name, value in overrides.items():
        text = re.sub(rf"^{name}[:;].*$", f"{name}:{value}", text, flags=re.M) if re.search(
            rf"^{name}[:;]", text, re.M) else text.replace("END:VEVENT", f"{name}:{value}\r\nEND:VEVENT")
    return text


@pytest.mark.parametrize("overrides", [
    {"DTSTART": "99991231T235959Z", "DTEND": "99991231T235959Z"},
    {"DTEND": "X", "DURATION": "P999999999999D"},
    {"DTSTART": "99991231T230000Z", "DTEND": "X", "DURATION": "PT2H"},
    {"SEQUENCE": "²"},
    {"SEQUENCE": "99999999999999999999999"},
    {"DTSTART": "00010101T000000", "DTEND": "00010101T000000"},
])
def test_odd_calendars_read_without_crashing(overrides):
    event = read_calendar(odd_ics(**overrides))
    assert event is not None
    if event.start is not None and event.end is not None:
        assert event.end >= event.start


@pytest.mark.parametrize("date_header", [
    b"Fri, 31 Dec 9999 23:59:59 -1200", b"Mon, 1 Jan 0001 00:00:00 +1400", b"Tue, 99 Foo 2026 99:99:99 +9999",
])
def test_odd_dates_classify_without_crashing(date_header):
    raw = with_header(confirmation(), b"Date", date_header)
    raw = raw.replace(b"DTSTART", b"X-OLD-DTSTART")
    e = parse(raw)
    sig = classify(e, now=datetime(2026, 3, 5, tzinfo=NY), tz=NY)
    assert sig.kind


def test_a_message_with_odd_dates_is_read_by_run(tmp_path):
    world = World(tmp_path)
    odd = mail(frm="Acme Robotics <no-reply@us.greenhouse-mail.io>", reply_to=DANA, to=ME,
               subject="Interview Confirmation: Backend Engineer at Acme Robotics",
               date=datetime(2026, 3, 2, 9, 0, tzinfo=NY), msgid="<odd@greenhouse.example>",
               body="Your interview is confirmed for Thursday, March 5, 2026 at 2:00 PM ET.",
               ics=odd_ics(DTEND="X", DURATION="P999999999999D", SEQUENCE="²"))
    write_mbox(world.mbox, [odd])
    world.run(NOW)
    store = Store(world.home / "followup.db")
    try:
        assert "<odd@greenhouse.example>" in {m.id for m in store.messages()}
        assert store.quarantined() == []
    finally:
        store.close()


def test_header_value_is_one_line():
    assert header_value("a\r\nb\u2028c\x00d") == "a  b c d"


def test_a_date_header_out_of_range_is_no_date():
    e = parse(with_header(confirmation(), b"Date", b"Fri, 31 Dec 9999 23:59:59 -1200"))
    assert e.date is None and "Date header out of range" in e.warnings


# ---------------------------------------------------------------- 2. quarantine, not failure


def test_a_message_that_cannot_be_stored_is_quarantined_and_the_run_goes_on(tmp_path, monkeypatch):
    import agent.store as store_module

    real = store_module.Store.add_message

    def picky(self, m, seen_at):
        if m.id == "<n1@careernotes.example>":
            raise UnicodeEncodeError("utf-8", "\udce2", 0, 1, "surrogates not allowed")
        return real(self, m, seen_at)

    monkeypatch.setattr(store_module.Store, "add_message", picky)
    world = World(tmp_path)
    out = world(NOW, "run", "--source", f"mbox:{world.mbox}")
    assert "made 1 draft" in out
    status = world(NOW, "status")
    assert "message <n1@careernotes.example>: UnicodeEncodeError" in status
    doctor = world(NOW, "doctor")  # the run remembered its mbox source: no Gmail token needed, nothing FAILs
    assert "quarantined: 1 message(s)" in doctor
    # the next run does not read it again, and goes on normally
    assert world.run("2026-03-05T17:00:00-05:00") == ""
    store = Store(world.home / "followup.db")
    try:
        runs = store.db.execute("SELECT ok, quarantined FROM runs ORDER BY id").fetchall()
        assert [tuple(r) for r in runs] == [(1, 1), (1, 0)]
        assert "<n1@careernotes.example>" in store.known_ids()
    finally:
        store.close()
    log = (world.home / "logs" / "followup.log").read_text()
    assert "UnicodeEncodeError" in log and "career" not in log.lower().replace("careernotes.example", "")


def second_company() -> bytes:
    start = START + timedelta(hours=-3)
    return mail(frm="Lena Ortiz <lena@zephyrworks.example>", to=ME,
                subject="Interview Confirmation: Data Engineer at Zephyr Works",
                date=datetime(2026, 3, 2, 10, 0, tzinfo=NY), msgid="<z1@zephyrworks.example>",
                body="Hi Jordan,\n\nYour interview for the Data Engineer role at Zephyr Works is confirmed for "
                     "Thursday, March 5, 2026 at 11:00 AM ET.\n\nBest,\nLena Ortiz\nZephyr Works\n",
                ics=ics_event(start=start, end=start + timedelta(hours=1), summary="Interview with Zephyr Works",
                              organizer="lena@zephyrworks.example", attendees=["jordan@example.com"]))


def test_a_draft_the_mailbox_refuses_sets_that_application_aside(tmp_path, monkeypatch):
    from agent.mailbox.local import LocalMailbox

    real = LocalMailbox.create_draft

    def refuse_acme(self, draft, record_id):
        if "Acme" in draft.company:
            raise ValueError("header refused")
        return real(self, draft, record_id)

    monkeypatch.setattr(LocalMailbox, "create_draft", refuse_acme)
    world = World(tmp_path)
    write_mbox(world.mbox, [confirmation(), second_company(), newsletter()])
    result = world.runner.invoke(
        __import__("agent.cli", fromlist=["cli"]).cli,
        ["--home", str(world.home), "--now", NOW, "run", "--source", f"mbox:{world.mbox}"])
    assert result.exit_code == 0, result.output
    drafts = world.drafts(NOW)
    assert [d["company"] for d in drafts] == ["Zephyr Works"]  # no record of a draft that does not exist
    assert "application acme-robotics: ValueError" in world(NOW, "status")
    # the same draft is not retried every hour; the other application is untouched
    world.run("2026-03-05T17:00:00-05:00")
    assert [d["company"] for d in world.drafts("2026-03-05T17:00:00-05:00")] == ["Zephyr Works"]


# ---------------------------------------------------------------- 2. bounded work (timings: bench/hostile.py)


def test_quick_text_drops_what_follows_an_unclosed_script_or_comment():
    from agent.parse import quick_text

    assert quick_text("<p>a</p><script>var x = '<b>';</script><p>b &amp; c</p>") == "a b & c"
    assert quick_text("<p>a</p><script " + "x<y " * 1000) == "a"
    assert quick_text("<p>a</p><!-- " + "<p>x</p>" * 1000) == "a"
    assert quick_text("<p>a</p><!-- hidden --><STYLE>p{}</STYLE>b") == "a b"


def test_a_calendar_line_that_once_backtracked_exponentially_is_read_or_ignored():
    from agent.calendar import _split

    assert _split("X" + ';a=""' * 5000)[0] == ""  # no colon: not a property (and not minutes of work)
    assert _split('ATTENDEE;CN="Dana W";ROLE=CHAIR:mailto:d@x') == ("ATTENDEE", {"CN": "Dana W", "ROLE": "CHAIR"},
                                                                     "mailto:d@x")


def test_text_and_html_are_capped_before_any_regex():
    from agent.parse import MAX_TEXT

    e = parse(mail(frm=DANA, to=ME, subject="Interview", date=datetime(2026, 3, 2, tzinfo=NY), msgid="<big@x>",
                   body="interview " * 200_000))
    assert len(e.text) <= MAX_TEXT


def test_dates_found_in_a_long_text_are_all_found():
    from agent.when import find_datetimes

    text = "Friday, March 6, 2026 at 2:00 PM ET. " * 2000
    found = find_datetimes(text, datetime(2026, 3, 1, tzinfo=NY), NY)
    assert len(found) == 2000 and {f.start.hour for f in found} == {14}


# ---------------------------------------------------------------- the hostile corpus, end to end

CORPUS = sorted((__import__("pathlib").Path(__file__).parent / "hostile").glob("*.eml"))


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_every_hostile_message_parses_and_classifies(path):
    e = parse(path.read_bytes())
    classify(e, now=datetime(2026, 3, 5, tzinfo=NY), tz=NY)
    for value in (e.subject, e.reply_subject, e.message_id, *e.references, *(p.address for p in e.to)):
        value.encode("utf-8")  # storable: no lone surrogates
        assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", value), value
    for p in [e.sender, *e.reply_to]:
        if p is not None:
            assert re.fullmatch(r"[^@\s<>()\",]+@[a-z0-9.-]+", p.address), p.address


def test_the_hostile_corpus_never_stops_a_run(tmp_path):
    assert len(CORPUS) >= 20
    world = World(tmp_path)
    write_mbox(world.mbox, [confirmation(), *(p.read_bytes() for p in CORPUS)])
    out = world.run(NOW)
    assert "made 1 draft" in out  # the real application is still served
    store = Store(world.home / "followup.db")
    try:
        assert len(store.known_ids()) == len(CORPUS) + 1  # every message stored or set aside: none read twice
    finally:
        store.close()
    for d in world.drafts(NOW):
        assert all(a.endswith("@acmerobotics.example") for a in d["to"])
    assert world.run("2026-03-05T17:00:00-05:00") == ""
    for args in (("status", "--all"), ("drafts",)):
        assert "\x1b" not in world(NOW, *args)


def test_a_message_over_its_time_budget_is_set_aside(tmp_path, monkeypatch):
    import time as clock

    import agent.pipeline as pipeline

    real = pipeline.classify

    def slow_for_the_newsletter(email, **kw):
        if "follow up after" in email.subject.lower():
            deadline = clock.monotonic() + 5
            while clock.monotonic() < deadline:  # a parser running away (pure Python: interruptible)
                pass
        return real(email, **kw)

    monkeypatch.setattr(pipeline, "classify", slow_for_the_newsletter)
    monkeypatch.setattr(pipeline, "MESSAGE_BUDGET", 0.3)
    world = World(tmp_path)
    started = clock.monotonic()
    out = world(NOW, "run", "--source", f"mbox:{world.mbox}")
    assert clock.monotonic() - started < 4
    assert "made 1 draft" in out
    assert "message <n1@careernotes.example>: TooSlow" in world(NOW, "status")


def test_a_calendar_attendee_must_be_one_plain_address():
    ics = ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20260305T140000Z\r\n"
           "ATTENDEE;CN=Eve:mailto:eve@evil.example>, <dana@acme.example\r\n"
           "ATTENDEE;CN=\"Dana\x1b[2J W\":mailto:Dana@Acme.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    event = read_calendar(ics)
    assert event is not None
    assert [(p.address, p.name) for p in event.attendees] == [("dana@acme.example", "Dana [2J W")]


def test_quoted_display_names_are_read_and_stray_quotes_are_not():
    """A quoted name ("Doe, Jane", "X via Docusign") is ordinary mail; only a quote left over after the
    quoted strings are taken out marks a malformed header."""
    from agent.addresses import strict_addresses

    assert strict_addresses('"Doe, Jane" <jane@acme.example>') == [("Doe, Jane", "jane@acme.example")]
    assert strict_addresses('"Kei Odum via Docusign" <dse@docusign.net>, Bob <b@acme.example>') == [
        ("Kei Odum via Docusign", "dse@docusign.net"), ("Bob", "b@acme.example")]
    assert strict_addresses('"Dana <dana@acme.example>">" <no-reply@x.example>') is None
    assert strict_addresses("attacker@evil.example)<dana@acme.example>") is None
