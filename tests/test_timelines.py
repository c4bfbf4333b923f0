"""Timelines: a mailbox that grows day by day, the agent run at each checkpoint, the user sometimes
sending our draft, sometimes writing their own, sometimes editing or doing nothing. Every timeline
runs twice: through an mbox (drafts as .eml files) and through the Gmail API stand-in."""

from __future__ import annotations

import email
import email.policy
import email.utils
import json
import mailbox
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner

from agent.cli import cli
from agent.demo.builder import ics_event, mail, write_mbox
from tests.gmail_standin import GmailStandin

NY = ZoneInfo("America/New_York")
ME = "Jordan Lee <jordan@example.com>"
DANA = "Dana Whitlock <dana@acmerobotics.example>"
RAVI = "ravi.anand@acmerobotics.example"
PRIYA = "priya.shah@acmerobotics.example"
START = datetime(2026, 3, 5, 14, 0, tzinfo=NY)  # a Thursday; the interview ends at 15:00
END = START + timedelta(hours=1)
SUBJECT = "Interview confirmed: Backend Engineer at Acme Robotics"
CONFIG = """
[user]
name = "Jordan Lee"
me = ["jordan@example.com"]
timezone = "America/New_York"
"""


def confirmation() -> bytes:
    """The recruiter books a panel of two; the interviewers' addresses are only in the calendar part."""
    return mail(frm=DANA, to=ME, subject=SUBJECT, date=datetime(2026, 3, 2, 9, 0, tzinfo=NY),
                msgid="<c1@acmerobotics.example>",
                body="Hi Jordan,\n\nYour interview for the Backend Engineer role at Acme Robotics is confirmed for "
                     "Thursday, March 5, 2:00 PM - 3:00 PM ET, with Ravi Anand and Priya Shah.\n\nBest,\n"
                     "Dana Whitlock\nRecruiter, Acme Robotics\n",
                ics=ics_event(start=START, end=END, summary="Interview: Jordan Lee / Acme Robotics",
                              organizer="dana@acmerobotics.example", attendees=[RAVI, PRIYA, "jordan@example.com"]))


def own_thank_you(date: datetime) -> bytes:
    """The user's hand-written thank-you, in a thread of its own."""
    return mail(frm=ME, to=f"Ravi Anand <{RAVI}>", subject="Thank you", date=date, msgid="<own-ty@example.com>",
                body="Hi Ravi,\n\nThanks again for the conversation about the storage layer this afternoon.\n\nJordan\n")


def recruiter_reply(date: datetime, parent: str) -> bytes:
    return mail(frm=DANA, to=ME, subject=f"Re: {SUBJECT}", date=date, msgid="<r1@acmerobotics.example>",
                in_reply_to=parent,
                body="Hi Jordan,\n\nThanks for checking in. The team is still meeting candidates; I will be in "
                     "touch as soon as I hear more.\n\nDana\n")


class Mbox:
    """An mbox source: drafts are .eml files the user opens, edits or sends from a mail client."""

    name = "mbox"

    def __init__(self, tmp_path: Path):
        self.home = tmp_path / "home"
        self.home.mkdir()
        (self.home / "config.toml").write_text(CONFIG)
        self.mbox = tmp_path / "mail.mbox"
        write_mbox(self.mbox, [])
        self.runner = CliRunner()

    def add(self, raw: bytes, mine: bool = False) -> None:
        box = mailbox.mbox(str(self.mbox))
        box.add(mailbox.mboxMessage(raw))
        box.flush()
        box.close()

    def cli(self, now: datetime, *args: str) -> str:
        result = self.runner.invoke(cli, ["--home", str(self.home), "--now", now.isoformat(), *args])
        assert result.exit_code == 0, result.output + repr(result.exception)
        return result.output

    def run(self, now: datetime) -> str:
        return self.cli(now, "run", "--source", f"mbox:{self.mbox}")

    def _file(self, d: dict) -> Path:
        return self.home / "drafts" / f"{d['id']}.eml"

    def draft_bytes(self, d: dict) -> bytes | None:
        path = self._file(d)
        return path.read_bytes() if path.exists() else None

    def user_sends(self, d: dict, when: datetime) -> str:
        msg = email.message_from_bytes(self._file(d).read_bytes(), policy=email.policy.default)
        msg["Date"] = email.utils.format_datetime(when)
        self.add(msg.as_bytes(), mine=True)  # the client files its copy; the .eml is still on disk
        return str(msg["Message-ID"])

    def user_edits(self, d: dict, text: str) -> None:
        msg = email.message_from_bytes(self._file(d).read_bytes(), policy=email.policy.default)
        msg.set_content(text)
        self._file(d).write_bytes(msg.as_bytes())

    def user_deletes(self, d: dict) -> None:
        self._file(d).unlink()

    def stop(self) -> None:
        pass


class Gmail(Mbox):
    """The Gmail API stand-in: drafts live in Gmail; sending one files it as SENT in its thread."""

    name = "gmail"

    def __init__(self, tmp_path: Path, monkeypatch):
        super().__init__(tmp_path)
        self.gmail = GmailStandin(address="jordan@example.com").start()
        monkeypatch.setenv("FOLLOWUP_GMAIL_ENDPOINT", self.gmail.url)

    def add(self, raw: bytes, mine: bool = False) -> None:
        self.gmail.add_message(raw, labels=("SENT",) if mine else ("INBOX",))

    def cli(self, now: datetime, *args: str) -> str:
        self.gmail.now_ms = int(now.timestamp() * 1000)
        return super().cli(now, *args)

    def run(self, now: datetime) -> str:
        return self.cli(now, "run", "--source", "gmail")

    def _gmail_id(self, d: dict) -> str | None:
        return next((gid for gid, mid in self.gmail.drafts.items()
                     if self.gmail.messages[mid].thread_id == d["thread_id"]), None)

    def draft_bytes(self, d: dict) -> bytes | None:
        gid = self._gmail_id(d)
        return self.gmail.messages[self.gmail.drafts[gid]].raw if gid else None

    def user_sends(self, d: dict, when: datetime) -> str:
        gid = self._gmail_id(d)
        assert gid
        raw = self.gmail.messages[self.gmail.drafts[gid]].raw
        self.gmail.now_ms = int(when.timestamp() * 1000)
        self.gmail.user_sends_draft(gid)
        return str(email.message_from_bytes(raw, policy=email.policy.default)["Message-ID"])

    def user_edits(self, d: dict, text: str) -> None:
        gid = self._gmail_id(d)
        assert gid
        self.gmail.user_edits_draft(gid, text)

    def user_deletes(self, d: dict) -> None:
        gid = self._gmail_id(d)
        assert gid
        self.gmail.user_deletes_draft(gid)

    def stop(self) -> None:
        assert not self.gmail.sent_anything()
        self.gmail.stop()


@pytest.fixture(params=["mbox", "gmail"])
def world(request, tmp_path, monkeypatch):
    w = Mbox(tmp_path) if request.param == "mbox" else Gmail(tmp_path, monkeypatch)
    yield w
    w.stop()


def drafts(w: Mbox, now: datetime) -> list[dict]:
    return json.loads(w.cli(now, "drafts", "--json"))


def status(w: Mbox, now: datetime) -> dict:
    [app] = json.loads(w.cli(now, "status", "--json"))
    return app


def body(raw: bytes) -> str:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    part = msg.get_body(preferencelist=("plain",))
    assert part is not None
    return str(part.get_content())


def test_a_hand_written_thank_you_supersedes_ours_and_the_ladder_goes_on(world):
    world.add(confirmation())
    t = END + timedelta(hours=1)
    world.run(t)
    [ty] = drafts(world, t)
    assert (ty["step"], sorted(ty["to"])) == ("thank_you", sorted([RAVI, PRIYA]))  # the panel, not the scheduler
    assert world.draft_bytes(ty) is not None

    # The user writes their own thank-you in a new thread: ours is withdrawn, never to be sent twice.
    world.add(own_thank_you(END + timedelta(hours=3)), mine=True)
    t = END + timedelta(hours=4)
    world.run(t)
    assert [d["fate"] for d in drafts(world, t)] == ["superseded"]
    assert world.draft_bytes(ty) is None
    assert status(world, t)["stage"] == "waiting"

    # Day 7: the check-in comes on time, to the recruiter who wrote last, and says something of its own.
    assert status(world, END + timedelta(days=7) - timedelta(minutes=1))["stage"] == "waiting"
    t = END + timedelta(days=7)
    world.run(t)
    check_in = drafts(world, t)[-1]
    assert (check_in["step"], check_in["to"], check_in["fate"]) == ("check_in", ["dana@acmerobotics.example"],
                                                                      "pending")
    raw = world.draft_bytes(check_in)
    assert raw is not None
    text = body(raw)
    assert "on Thursday, March 5" in text and "today" not in text and "yesterday" not in text

    # The user sends our check-in: recognised as ours (its Message-ID), fate sent, nothing left behind.
    sent_at = t + timedelta(hours=1)
    world.user_sends(check_in, sent_at)
    world.run(sent_at + timedelta(hours=1))
    assert drafts(world, sent_at)[-1]["fate"] == "sent"
    assert world.draft_bytes(check_in) is None
    app = status(world, sent_at + timedelta(hours=1))
    assert (app["stage"], app["next_action"]) == ("on_hold", "follow_up")
    assert app["next_action_at"] == (sent_at + timedelta(days=10)).isoformat()

    # Ten days on: a follow-up, in other words than the check-in.
    t = sent_at + timedelta(days=10)
    world.run(t)
    follow = drafts(world, t)[-1]
    assert follow["step"] == "follow_up"
    raw = world.draft_bytes(follow)
    assert raw is not None
    assert body(raw) != text and "on Thursday, March 12" in body(raw)


def test_an_edited_draft_is_never_touched_and_the_next_step_waits_for_it(world):
    world.add(confirmation())
    t = END + timedelta(hours=1)
    world.run(t)
    [ty] = drafts(world, t)
    world.user_edits(ty, "Hi Ravi and Priya,\n\nMy own words.\n\nJordan\n")
    week = END + timedelta(days=7)
    world.run(week)
    assert [d["fate"] for d in drafts(world, week)] == ["edited"]
    raw = world.draft_bytes(ty)
    assert raw is not None and b"My own words" in raw
    note = json.loads(world.cli(week, "status", "--json"))[0]
    assert note["stage"] == "check_in_due"
    assert "edited thank-you draft" in world.cli(week, "status")
    # Deleting it is a "no" to the thank-you; the check-in follows at the next run.
    world.user_deletes(ty)
    world.run(week + timedelta(hours=1))
    assert [(d["step"], d["fate"]) for d in drafts(world, week)] == [("thank_you", "deleted"), ("check_in", "pending")]


def test_the_company_writing_first_makes_our_draft_obsolete_and_restarts_the_clock(world):
    world.add(confirmation())
    world.run(END + timedelta(days=7))
    check_in = [d for d in drafts(world, END + timedelta(days=7)) if d["step"] == "check_in"]
    assert len(check_in) == 1  # the thank-you window had passed: no thank-you, the check-in is due
    reply_at = END + timedelta(days=8)
    world.add(recruiter_reply(reply_at, "<c1@acmerobotics.example>"))
    world.run(reply_at + timedelta(hours=1))
    assert drafts(world, reply_at)[-1]["fate"] == "obsolete"
    assert world.draft_bytes(check_in[0]) is None
    app = status(world, reply_at + timedelta(hours=1))
    assert (app["stage"], app["next_action_at"]) == ("in_conversation", (reply_at + timedelta(days=7)).isoformat())


def test_a_reply_answers_the_latest_message_of_the_thread_with_the_whole_chain(world):
    world.add(confirmation())
    mine_at = datetime(2026, 3, 3, 8, 0, tzinfo=NY)
    world.add(mail(frm=ME, to=DANA, subject=f"Re: {SUBJECT}", date=mine_at, msgid="<u1@example.com>",
                   in_reply_to="<c1@acmerobotics.example>", body="Hi Dana,\n\nSee you Thursday.\n\nJordan\n"),
              mine=True)
    world.add(mail(frm=DANA, to=ME, subject=f"Re: {SUBJECT}", date=mine_at + timedelta(hours=1),
                   msgid="<r0@acmerobotics.example>", in_reply_to="<u1@example.com>",
                   references=["<c1@acmerobotics.example>", "<u1@example.com>"],
                   body="Great, see you then!\n\nDana\n"))
    t = END + timedelta(hours=1)
    world.run(t)
    [d] = drafts(world, t)
    raw = world.draft_bytes(d)
    assert raw is not None
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert msg["In-Reply-To"] == "<r0@acmerobotics.example>"
    assert str(msg["References"]).split() == ["<c1@acmerobotics.example>", "<u1@example.com>",
                                              "<r0@acmerobotics.example>"]
    assert msg["Subject"] == f"Re: {SUBJECT}"


def test_a_hand_written_reply_in_the_same_thread_is_not_taken_for_our_draft(world):
    """Same thread, same message answered, other words: ours was not sent; it is withdrawn, not 'sent'."""
    world.add(confirmation())
    t = END + timedelta(hours=1)
    world.run(t)
    [ty] = drafts(world, t)
    world.add(mail(frm=ME, to=DANA, subject=f"Re: {SUBJECT}", date=t + timedelta(hours=1), msgid="<own2@example.com>",
                   in_reply_to="<c1@acmerobotics.example>",
                   body="Hi Dana,\n\nPlease pass my thanks to Ravi and Priya, I really enjoyed meeting them.\n\n"
                        "Jordan\n"), mine=True)
    world.run(t + timedelta(hours=2))
    assert [d["fate"] for d in drafts(world, t)] == ["superseded"]
    assert world.draft_bytes(ty) is None


def test_mbox_a_sent_draft_whose_message_id_the_client_replaced_is_known_by_its_text(tmp_path):
    w = Mbox(tmp_path)
    w.add(confirmation())
    t = END + timedelta(hours=1)
    w.run(t)
    [ty] = drafts(w, t)
    msg = email.message_from_bytes(w._file(ty).read_bytes(), policy=email.policy.default)
    del msg["Message-ID"]
    msg["Message-ID"] = "<client-made-this@example.com>"
    msg["Date"] = email.utils.format_datetime(t + timedelta(hours=1))
    w.add(msg.as_bytes(), mine=True)
    w.run(t + timedelta(hours=2))
    assert [d["fate"] for d in drafts(w, t)] == ["sent"]
    assert w.draft_bytes(ty) is None  # the file it was sent from is gone: it cannot go twice
