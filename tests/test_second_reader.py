"""How classify weighs the second reader against the rules (classify._second_reading, _doubt).

The shipped model is replaced by a stand-in that reads every text the same way, so each test
pins one clause of the policy: what the model may decide, and what it never overrules.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

import agent.classify as classify_module
from agent.classify import classify
from agent.demo.builder import ics_event, mail
from agent.models import KINDS
from agent.parse import parse
from agent.word_model import Reading

NY = ZoneInfo("America/New_York")
ME = "Alex Morgan <alex.morgan@example.net>"
SENT = datetime(2026, 6, 1, 10, 0, tzinfo=NY)
RECRUITER = "Dana Whit <dana@quillfeather.example>"
# Words no rule knows, in a reply about the user's named application, from a person writing to the
# user alone: the rules can only call it a company's reply, weakly.
OPAQUE = mail(frm=RECRUITER, to=ME, subject="Re: your application for Data Analyst", date=SENT,
              body="Hi Alex, flibber jabber wibble, sorry about that.\n\nDana\n", msgid="<o@q.example>")


class StandIn:
    def __init__(self, kind: str, p: float, words: int = 40, also: dict[str, float] | None = None,
                 share: float = 1.0) -> None:
        also = also or {}
        rest = (1 - p - sum(also.values())) / (len(KINDS) - 1 - len(also))
        self.reading = Reading({k: p if k == kind else also.get(k, rest) for k in KINDS}, words=words, share=share)

    def read(self, text: str) -> Reading:
        return self.reading


def read_with(monkeypatch: pytest.MonkeyPatch, raw: bytes, kind: str, p: float, words: int = 40,
              also: dict[str, float] | None = None, share: float = 1.0):
    monkeypatch.setattr(classify_module, "word_model", lambda: StandIn(kind, p, words, also, share))
    return classify(parse(raw, me={"alex.morgan@example.net"}), tz=NY)


def test_over_a_weak_rules_reading_a_sure_model_reading_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    sig = read_with(monkeypatch, OPAQUE, "rejection", 0.9)
    assert sig.kind == "rejection"
    assert any("by the model trained on labelled mail" in r for r in sig.reasons)


def test_an_unsure_model_reading_does_not(monkeypatch: pytest.MonkeyPatch) -> None:
    assert read_with(monkeypatch, OPAQUE, "rejection", 0.45).kind == "company_reply"


def test_a_calendar_part_outranks_the_words(monkeypatch: pytest.MonkeyPatch) -> None:
    start = SENT + timedelta(days=2)
    raw = mail(frm=RECRUITER, to=ME, subject="Alex / Dana", date=SENT, body="Sending this over.\n", msgid="<c@q.example>",
               ics=ics_event(start=start, end=start + timedelta(hours=1), summary="Alex Morgan and Dana Whit",
                             organizer="dana@quillfeather.example", attendees=["alex.morgan@example.net"]))
    assert read_with(monkeypatch, raw, "interview_invitation", 0.99).kind == "interview_confirmation"


def test_a_named_lookalike_is_never_overruled(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = mail(frm="Quillfeather Careers <no-reply@greenhouse.io>", to=ME, subject="You're registered: Ace your final round",
               date=SENT, body="Thanks for your application for Data Analyst. You're registered for our webinar on "
               "final-round interviews, Thursday at 1pm ET.\n", msgid="<w@h.example>")
    assert read_with(monkeypatch, raw, "interview_confirmation", 0.99).kind == "not_relevant"


BOOKED = "Hi Alex, confirming your interview for the Data Analyst role on Thursday June 4 at 2pm ET with our team.\n"


def test_a_model_sure_it_is_no_job_mail_makes_the_agent_ask(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = mail(frm=RECRUITER, to=ME, subject="Interview confirmed", date=SENT, body=BOOKED, msgid="<b@q.example>")
    sig = read_with(monkeypatch, raw, "not_relevant", 0.95)
    assert (sig.kind, sig.needs_look, sig.guess) == ("not_relevant", True, "interview_confirmation")
    # too few words to overrule the rules with
    assert read_with(monkeypatch, raw, "not_relevant", 0.95, words=8).kind == "interview_confirmation"


def test_a_model_that_knows_few_of_the_words_doubts_only_when_very_sure(monkeypatch: pytest.MonkeyPatch) -> None:
    # a language the model has hardly read: it knows 30 of a message's 100 distinct words, and its 80% "no job mail"
    # is spread over those; the rules' booking stands. Very sure, or knowing most of the words, it still makes the
    # agent ask.
    raw = mail(frm=RECRUITER, to=ME, subject="Interview confirmed", date=SENT, body=BOOKED, msgid="<s@q.example>")
    assert read_with(monkeypatch, raw, "not_relevant", 0.8, share=0.3).kind == "interview_confirmation"
    assert read_with(monkeypatch, raw, "not_relevant", 0.95, share=0.3).needs_look
    assert read_with(monkeypatch, raw, "not_relevant", 0.8, share=0.7).needs_look


def test_the_share_of_words_known_is_counted_over_the_distinct_words() -> None:
    from agent.word_model import shipped
    english = shipped().read("interview on thursday\nhi alex, we would like to invite you to an interview on thursday.")
    assert english.share > 0.8
    unknown = shipped().read("zorblat quinx\nzorblat quinx vempur tindle interview")
    assert unknown.words == 1 and unknown.share == pytest.approx(1 / 5)


def test_but_not_when_an_applicant_tracking_system_sends_it(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = mail(frm="Quillfeather Careers <no-reply@greenhouse.io>", to=ME, subject="Interview confirmed", date=SENT,
               body=BOOKED, msgid="<g@q.example>")
    assert read_with(monkeypatch, raw, "not_relevant", 0.95).kind == "interview_confirmation"


OFFER = mail(frm=RECRUITER, to=ME, subject="Data Analyst - offer", date=SENT, msgid="<f@q.example>",
             body="Hi Alex, we're delighted to offer you the Data Analyst position. The offer letter is attached; "
                  "could you let me know by Friday?\n\nDana\n")


def test_an_offer_needs_both_readers(monkeypatch: pytest.MonkeyPatch) -> None:
    """An offer sends time-sensitive drafts to every other company: where the model gives it almost
    no chance, the agent asks."""
    assert read_with(monkeypatch, OFFER, "offer", 0.6).kind == "offer"
    sig = read_with(monkeypatch, OFFER, "company_reply", 0.9)
    assert (sig.kind, sig.needs_look, sig.guess) == ("not_relevant", True, "offer")
    # an offer that also reads partly like a status reply ("thanks for your patience") is no veto
    assert read_with(monkeypatch, OFFER, "company_reply", 0.6, also={"offer": 0.3}).kind == "offer"


OFFER_WORDS = mail(frm=RECRUITER, to=ME, subject="Re: Data Analyst - references", date=SENT,
                   body="Hi Alex,\n\nWe'd love to offer you the role once references are back. Could you send the "
                        "following documents: your degree certificate and two payslips?\n\nDana\n", msgid="<ow@q.example>")


def test_offer_words_the_model_surely_reads_as_a_reply_are_a_reply(monkeypatch: pytest.MonkeyPatch) -> None:
    # the process around an offer, a reply to the rules too: read as a reply it waits a week; an offer would be acted
    # on at once (a plain offer the model reads as a reply still asks: test_an_offer_needs_both_readers)
    sig = read_with(monkeypatch, OFFER_WORDS, "company_reply", 0.9, also={"offer": 0.01})
    assert sig.kind == "company_reply" and not sig.needs_look


def test_offer_words_the_model_reads_otherwise_still_ask(monkeypatch: pytest.MonkeyPatch) -> None:
    sig = read_with(monkeypatch, OFFER_WORDS, "not_relevant", 0.9, also={"offer": 0.01})
    assert sig.needs_look and sig.guess == "offer"


# Mail from an employer's team that names the user's application, in words no rule reads.
NAMED = mail(frm="Talent Team <talent@quillfeather.example>", to=ME, subject="Your application", date=SENT,
             body="Dear Alex,\nRegarding your application for the Data Analyst position: flibber jabber wibble.\n",
             msgid="<n@q.example>")


def test_mail_naming_the_application_is_read_as_the_model_reads_it(monkeypatch: pytest.MonkeyPatch) -> None:
    # (classify.NAMED_AND_NOT_OTHER: the model gives it little chance of being other mail)
    assert read_with(monkeypatch, NAMED, "rejection", 0.5, also={"not_relevant": 0.2}).kind == "rejection"
    # ... a status where the model is unsure what happened
    assert read_with(monkeypatch, NAMED, "assessment", 0.3, also={"not_relevant": 0.25}).kind == "company_reply"
    # ... and other mail where the model may read it so
    assert read_with(monkeypatch, NAMED, "company_reply", 0.45, also={"not_relevant": 0.45}).kind == "not_relevant"


# A small employer's owner moves the interview from her own Gmail, in a few words: the personal account is all that
# stands against it (classify._a_persons_sure_answer).
OWNER = "Dee Harlow <deeharlow77@gmail.com>"
MOVED = "hey alex so sorry can we push the interview to friday same time? something came up w my supplier\n\nDee\n"


def _owners(subject: str) -> bytes:
    return mail(frm=OWNER, to=ME, subject=subject, date=SENT, body=MOVED, msgid="<dee1@mail.gmail.com>")


def test_a_persons_reply_counts_when_both_readers_are_sure_of_the_step(monkeypatch: pytest.MonkeyPatch) -> None:
    # in a thread the user is in, at SURE_OF_A_PERSONS_REPLY
    assert read_with(monkeypatch, _owners("Re: thursday"), "reschedule", 0.97, words=30).kind == "reschedule"
    # ... not under it: a friend's "can we push to friday?" reads the same
    sig = read_with(monkeypatch, _owners("Re: thursday"), "reschedule", 0.95, words=30)
    assert sig.kind == "not_relevant" and "personal mail account" in sig.reasons[0]
    # ... nor from a few words, however sure: the mailbox's context reads those (context.py)
    assert read_with(monkeypatch, _owners("Re: thursday"), "reschedule", 0.99, words=14).kind == "not_relevant"


def test_a_persons_first_message_needs_enough_words_and_more_surety(monkeypatch: pytest.MonkeyPatch) -> None:
    assert read_with(monkeypatch, _owners("thursday"), "reschedule", 0.99, words=14).kind == "not_relevant"
    assert read_with(monkeypatch, _owners("thursday"), "reschedule", 0.97, words=30).kind == "not_relevant"
    assert read_with(monkeypatch, _owners("thursday"), "reschedule", 0.99, words=30).kind == "reschedule"


# The rules' strong reading (a calendar part, decision words) and a model all but certain of another step.
def _invite(method: str = "REQUEST", body: str = "Sending this over.\n") -> bytes:
    start = SENT + timedelta(days=2)
    return mail(frm=RECRUITER, to=ME, subject="Alex / Dana", date=SENT, body=body, msgid="<m@q.example>",
                ics=ics_event(start=start, end=start + timedelta(hours=1), summary="Alex Morgan and Dana Whit",
                              organizer="dana@quillfeather.example", attendees=["alex.morgan@example.net"],
                              method=method))


def test_a_model_all_but_certain_of_another_step_overrules_strong_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    # an updated invite for a moved interview: the calendar part books a time, the words say it moved
    sig = read_with(monkeypatch, _invite(), "reschedule", 0.93)
    assert sig.kind == "reschedule" and any("by the model trained on labelled mail" in r for r in sig.reasons)
    # ... under SURE_OVER_STRONG_RULES the calendar's booking stands
    assert read_with(monkeypatch, _invite(), "reschedule", 0.85).kind == "interview_confirmation"


def test_but_never_what_the_calendar_part_contradicts(monkeypatch: pytest.MonkeyPatch) -> None:
    # a booking over a calendar part that calls the meeting off, an ask for a time over one that books it
    assert read_with(monkeypatch, _invite("CANCEL"), "interview_confirmation", 0.99).kind == "cancellation"
    assert read_with(monkeypatch, _invite(), "interview_invitation", 0.99).kind == "interview_confirmation"


def test_nor_an_offer_either_way(monkeypatch: pytest.MonkeyPatch) -> None:
    # an offer is acted on at once: the model's certainty alone never makes one, nor unmakes one the rules read
    assert read_with(monkeypatch, _invite(), "offer", 0.99).kind == "interview_confirmation"
    raw = mail(frm=RECRUITER, to=ME, subject="Offer of employment - Data Analyst", date=SENT, msgid="<of@q.example>",
               body="Dear Alex,\nWe are delighted to offer you the position of Data Analyst at Quillfeather, at a salary "
                    "of $92,000, starting July 6. Please sign and return the attached offer letter by Friday.\n\nDana\n")
    sig = read_with(monkeypatch, raw, "company_reply", 0.99)  # (asked about: _doubt, an offer the model disputes)
    assert (sig.kind, sig.needs_look, sig.guess) == ("not_relevant", True, "offer")
