"""What a run already knows when it reads a message: the mailbox around it.

A person at a company writes "No bother Alex, Wednesday at 4 so" or "we went with someone else, sorry" in
no job's words, often from a personal account. Alone such a message cannot be told from a friend's; in the
mailbox it can: its sender already wrote about the user's candidacy, or it answers a thread in which the
user applied ("I'm applying for the line cook job, resume attached"). Two facts carry that:

- the companies (domains, or a personal account's own address) of the people who wrote about it, and
- the threads in which the user applied, with the people applied to (`USER_APPLIES`, recorded on the user's own
  message when it is read, so later runs know it too): their replies there are an employer's.

Pure: sets of strings from stored digests, no disk and no network.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from agent.addresses import FREE_MAIL, domain, is_human, org_label
from agent.evidence import (
    ANSWERS_THE_APPROACH,
    BOARD_NEWS,
    FROM_AN_ATS,
    INTERVIEW_WORDS,
    KNOWN_COMPANY,
    KNOWN_PERSON,
    NAMES_THE_APPLICATION,
    RELAYED_BY_A_BOARD,
    SIGNED_BY_SOMEONE_WHO_HIRES,
)
from agent.models import Email, Message

# Recorded on the user's own message that applies for a job: its thread is job mail from then on.
USER_APPLIES = "is the user's own application to the people it is written to"
# How many messages read as not about a job a run keeps to read again once it knows more (a run's mail in
# any order: Gmail lists a backfill newest first, so a reply may come before the message that explains it), and how
# long all those second readings may take together.
SECOND_LOOK_LIMIT = 500
SECOND_LOOK_SECONDS = 60.0


def known_key(address: str) -> str:
    """How a sender is known: by the company's domain, or by their own address on a personal mail
    domain (a founder writing from Gmail), since that domain says nothing about the company."""
    return address.lower() if org_label(address) in FREE_MAIL else domain(address)


# What shows that a meeting is a step of the user's candidacy, not only a person meeting the user (the candidacy reasons
# of evidence.py, a booking's own interview words): a colleague's calendar invitation misread as an interview must not
# make the user's own employer a company in a process, or every later invitation of a colleague reads as one (grouped
# five-fold on dev-split in sequence: 93 -> 87 look-alikes read as job mail, kind 0.9449 -> 0.9451).
MEETING_SHOWN_AS_HIRING = frozenset((
    NAMES_THE_APPLICATION, INTERVIEW_WORDS, FROM_AN_ATS, BOARD_NEWS, ANSWERS_THE_APPROACH, RELAYED_BY_A_BOARD, KNOWN_COMPANY,
    KNOWN_PERSON, SIGNED_BY_SOMEONE_WHO_HIRES, "confirms an interview time", "confirms an interview time (es/fr/de)",
    "tells the user to come in at a day and hour"))
MEETING_KINDS = frozenset(("interview_invitation", "interview_confirmation", "reschedule", "cancellation"))


def shows_hiring(m: Message) -> bool:
    """Whether a message read as job mail shows it for more than a person meeting the user: any job mail a company
    sends about the user's candidacy does, a meeting only with its own signs of hiring (MEETING_SHOWN_AS_HIRING)."""
    return m.signal.kind not in MEETING_KINDS or not MEETING_SHOWN_AS_HIRING.isdisjoint(m.signal.reasons)


def company_domains(messages: Iterable[Message]) -> set[str]:
    """Domains of the humans at companies the user is in a process with; for a person on a
    personal mail domain, their own address. A whole domain only from a message that shows hiring (shows_hiring): one
    person's own address is one person, known from any job mail of theirs."""
    known: set[str] = set()
    for m in messages:
        if m.from_me or m.signal.kind == "not_relevant":
            continue
        whole_domains = shows_hiring(m)
        for p in m.signal.people:
            if p.address and is_human(p):
                key = known_key(p.address)
                if whole_domains or "@" in key:
                    known.add(key)
    return known


def job_threads(messages: Iterable[Message]) -> dict[str, frozenset[str]]:
    """The threads in which the user applied, each with the people applied to (as known_key gives them): their
    replies there are the employer's. (A company's own job mail makes its people known by itself: company_domains.)"""
    out: dict[str, frozenset[str]] = {}
    for m in messages:
        if m.thread_id and m.from_me and USER_APPLIES in m.signal.reasons:
            keys = frozenset(known_key(p.address) for p in m.to if p.address and is_human(p))
            out[m.thread_id] = out.get(m.thread_id, frozenset()) | keys
    return out


@dataclass
class MailboxContext:
    """The companies and the user's application threads known so far in a run, growing as it reads. Both are
    replaced, never grown in place, so what a message was read with stays as it was (knows_more_of)."""

    companies: frozenset[str] = frozenset()
    threads: dict[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, messages: list[Message]) -> MailboxContext:
        return cls(frozenset(company_domains(messages)), job_threads(messages))

    def known_for(self, email: Email) -> frozenset[str]:
        """The known companies to read `email` with: its sender counts as one when it answers, in its thread, the
        user's application to them (a partner or a friend writing in the same thread does not)."""
        sender = email.sender
        if email.from_me or sender is None or not sender.address or not is_human(sender):
            return self.companies
        key = known_key(sender.address)
        if key in self.threads.get(email.thread_id, frozenset()):
            return self.companies | {key}
        return self.companies

    def learn(self, digest: Message) -> None:
        companies = company_domains([digest]) - self.companies
        if companies:
            self.companies = self.companies | companies
        threads = job_threads([digest])
        if threads:
            self.threads = {**self.threads, **{t: self.threads.get(t, frozenset()) | k for t, k in threads.items()}}

    def knows_more_of(self, email: Email, known: frozenset[str]) -> bool:
        """Whether `email`, read with `known`, would now be read with its sender known."""
        sender = email.sender
        if sender is None or not sender.address:
            return False
        key = known_key(sender.address)
        # (a person's own address, not a whole domain: a company domain known through one misread message - the user's
        # own employer's - would otherwise draw in every colleague's plain note)
        return "@" in key and key not in known and key in self.known_for(email)


def worth_a_second_look(email: Email, kind: str, known: frozenset[str]) -> bool:
    """A message from a person, read as not about a job with its sender unknown: what the rest of the run
    learns (a company's earlier message, the user's application) may change its reading."""
    sender = email.sender
    return kind == "not_relevant" and not email.from_me and sender is not None and bool(sender.address) \
        and is_human(sender) and known_key(sender.address) not in known


# The user applying to the people the message is written to, not telling a friend about an application elsewhere ("I'm
# applying for the analyst job at Brightmill - could you look over my CV?", "I've applied for a job in Leeds").
_JOB_NOUN = r"(?:[\w'/&-]+ ){0,5}(?:job|role|position|post|vacancy|opening|placement|apprenticeship)s?\b"
APPLIES_TO_YOU = re.compile(
    r"\b(?:i'd|i would|i'm writing to|i am writing to|i wish to|i want to|i'd love to|i would love to|like to|love to) apply"
    r" (?:for|to) (?:the|your|a|an) " + _JOB_NOUN +
    r"|\bapply(?:ing)? for (?:the|your) " + _JOB_NOUN + r"(?! (?:at|with|in) )"
    r"|\byour (?:ad|advert|advertisement|posting|listing|sign|notice)\b[^.!?\n]{0,40}\b(?:job|role|position|vacancy|opening"
    r"|staff|help wanted|hiring)\b"
    r"|\b(?:job|role|position|post|vacancy) (?:that )?you (?:advertised|posted|listed|are hiring for)\b"
    r"|\bplease find (?:attached )?my (?:cv|resume|résumé)\b|\b(?:cv|resume) attached for (?:the|your)\b"
    r"|\bconsider(?:ed)? (?:me )?for (?:the|your) " + _JOB_NOUN)
# ... and not asking a friend to look at it
FRIENDS_HELP = re.compile(r"\b(?:look over|look at|read over|review|check|proofread|feedback on|thoughts on|eyes on) my"
                          r" (?:cv|resume|résumé|application|cover letter)\b")


def applies(email: Email) -> bool:
    """The user's own message applies for a job to the people it is written to: "I saw your sign about the bar job and
    I'd love to apply", "I'm applying for the line cook job on your window"; not "I've applied for a job in Leeds" to
    their mother, nor "could you look over my CV?" to a friend."""
    if not email.from_me:
        return False
    text = re.sub(r"\s+", " ", email.subject.lower() + "\n" + email.text.lower().replace("\u2019", "'"))
    return APPLIES_TO_YOU.search(text) is not None and FRIENDS_HELP.search(text) is None
