"""Corrections teach; unsure readings need a look (status), lead to no draft, and one `set` settles them."""

from __future__ import annotations

from datetime import datetime

import pytest

from agent.demo.builder import mail
from agent.store import Store
from tests.test_cli import ME, NY, World

SAM = "Sam Okafor <sam.recruits@gmail.com>"


@pytest.fixture
def world(tmp_path) -> World:
    return World(tmp_path)


def offer_from_gmail(day: int, msgid: str) -> bytes:
    return mail(frm=SAM, to=ME, subject="Offer", date=datetime(2026, 3, day, 9, 0, tzinfo=NY), msgid=msgid,
                body="Hi Jordan,\n\nWe'd like to offer you the Data Engineer role at Quillfeather! Details to follow, "
                     "please let us know by March 20.\n\nSam\n")


def update(day: int, msgid: str, body: str) -> bytes:
    return mail(frm="Orrin Labs <no-reply@greenhouse.io>", to=ME, subject="An update on your Orrin Labs application",
                date=datetime(2026, 3, day, 9, 0, tzinfo=NY), msgid=msgid, body=body)


def test_unsure_mail_needs_a_look_then_one_set_settles_it_and_teaches(world: World):
    world.add(offer_from_gmail(6, "<o1@gmail.com>"))
    world.run("2026-03-06T12:00:00-05:00")
    status = world("2026-03-06T12:00:00-05:00", "status")
    assert "Needs a look (1)" in status and "'Offer'" in status and "reads like offer" in status
    assert not any("quillfeather" in key for key in world.status("2026-03-06T12:00:00-05:00"))
    assert not any(d["step"] == "time_sensitive" for d in world.drafts("2026-03-06T12:00:00-05:00"))

    store = Store(world.home / "followup.db")
    unsure = [m for m in store.messages() if m.signal.needs_look]
    store.close()
    out = world("2026-03-06T12:05:00-05:00", "set", unsure[0].id, "--kind", "offer")
    assert "sam.recruits@gmail.com" in out and "offer" in out
    assert "Needs a look" not in world("2026-03-06T12:06:00-05:00", "status")
    assert any("quillfeather" in key for key in world.status("2026-03-06T12:06:00-05:00"))

    # the next message like it is read the same way, and explain says why
    world.add(offer_from_gmail(9, "<o2@gmail.com>"))
    world.run("2026-03-09T12:00:00-05:00")
    explained = world("2026-03-09T12:00:00-05:00", "explain", "quillfeather")
    assert "you said so: rule 1" in explained
    assert "learned from your corrections" in explained and "mail from sam.recruits@gmail.com" in explained

    assert "rule 1:" in world("2026-03-09T12:00:00-05:00", "forget-rule")
    assert "forgotten" in world("2026-03-09T12:00:00-05:00", "forget-rule", "1")
    assert world("2026-03-09T12:00:00-05:00", "forget-rule") .strip() == "No learned rules."
    world("2026-03-09T12:00:00-05:00", "forget-rule", "1", code=2)
    world("2026-03-09T12:00:00-05:00", "set", "no-such-message", "--kind", "offer", code=2)


def test_set_stage_rejected_teaches_that_the_template_was_a_rejection(world: World):
    # says no decision either way (the word model, retrained on more rejections, reads "has made its choice; we'll
    # keep you posted on other openings" as the rejection it is): the user knows it was one, from a call
    vague = ("Hi Jordan,\n\nA quick update on your application for the Platform Engineer role: the hiring team has "
             "completed its review. Thanks for your patience throughout.\n\nOrrin Labs Recruiting")
    world.add(update(6, "<u1@greenhouse.example>", vague))
    world.run("2026-03-06T12:00:00-05:00")
    apps = world.status("2026-03-06T12:00:00-05:00")
    orrin = next(key for key in apps if "orrin" in key)
    assert apps[orrin]["stage"] != "rejected"
    out = world("2026-03-06T12:05:00-05:00", "set", orrin, "--stage", "rejected")
    assert "no-reply@greenhouse.io" in out and "rejection" in out
    world.add(update(20, "<u2@greenhouse.example>", vague.replace("Platform", "Data")))
    world.run("2026-03-20T12:00:00-05:00")
    store = Store(world.home / "followup.db")
    second = next(m for m in store.messages() if m.message_id == "<u2@greenhouse.example>")
    store.close()
    assert second.signal.kind == "rejection" and second.signal.reasons[0].startswith("you said so")


def test_a_followup_ignore_label_teaches_that_mail_like_it_is_not_relevant(world: World):
    def coach(day: int, msgid: str, labels: str | None) -> bytes:
        headers = {"X-Gmail-Labels": labels} if labels else {}
        return mail(frm="Deb Harrington <deb@harringtonprep.example>", to=ME, subject="Your session with Deb",
                    date=datetime(2026, 3, day, 9, 0, tzinfo=NY), msgid=msgid, headers=headers,
                    body="Hi Jordan,\n\nYour interview for the Staff Engineer role is confirmed for Thursday, "
                         f"March {day + 2} at 2:00 PM ET.\n\nDeb\n")

    world.add(coach(6, "<d1@harringtonprep.example>", "Inbox,followup/ignore"))
    world.run("2026-03-06T12:00:00-05:00")
    assert not any("harrington" in key for key in world.status("2026-03-06T12:00:00-05:00"))
    world.add(coach(10, "<d2@harringtonprep.example>", None))
    world.run("2026-03-10T12:00:00-05:00")
    assert not any("harrington" in key for key in world.status("2026-03-10T12:00:00-05:00"))
    assert "label followup/ignore" in world("2026-03-10T12:00:00-05:00", "forget-rule")


def test_classify_shows_an_unsure_reading_and_applies_learned_rules(world: World, tmp_path):
    eml = tmp_path / "offer.eml"
    eml.write_bytes(offer_from_gmail(6, "<o1@gmail.com>"))
    out = world("2026-03-06T12:00:00-05:00", "classify", str(eml))
    assert "not_relevant" in out and "needs a look: reads like offer" in out
    world.add(offer_from_gmail(6, "<o1@gmail.com>"))
    world.run("2026-03-06T12:00:00-05:00")
    store = Store(world.home / "followup.db")
    unsure = [m for m in store.messages() if m.signal.needs_look]
    store.close()
    world("2026-03-06T12:05:00-05:00", "set", unsure[0].id, "--kind", "offer")
    out = world("2026-03-06T12:06:00-05:00", "classify", str(eml))
    assert ": offer (" in out and "you said so: rule 1" in out
