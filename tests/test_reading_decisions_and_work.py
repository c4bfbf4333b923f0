"""Decisions said around other things, and the user's own workplace (session 9: fresh writer sets
BO, rejections in every form, and BP, the working life of someone still employed, read 0.890 and
0.940 on arrival). Each case is one general rule, in invented words."""

from __future__ import annotations

from datetime import datetime

import pytest

from agent.demo.builder import mail
from agent.parse import parse
from tests.test_reading import LIST, NY, SENT, m, read


def ics(method: str, sequence: int = 0, start: str = "20260310T150000Z") -> str:
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\n"
            f"METHOD:{method}\r\nBEGIN:VEVENT\r\nUID:040000008200E00074C5B7101A82E008-{method}\r\n"
            f"SEQUENCE:{sequence}\r\nDTSTART:{start}\r\nDTEND:20260310T160000Z\r\n"
            "SUMMARY:Interview - Alex Morgan\r\nORGANIZER;CN=Nell Ambrose:mailto:nell.ambrose@quillmere.example\r\n"
            "ATTENDEE;CN=Alex Morgan:mailto:alex.morgan@example.net\r\n"
            + ("STATUS:CANCELLED\r\n" if method == "CANCEL" else "") + "END:VEVENT\r\nEND:VCALENDAR\r\n")


NELL = "Nell Ambrose <nell.ambrose@quillmere.example>"

DECISIONS = [
    # the role itself is gone after the interviews: a no to the user
    ("role-cancelled-after-interviews", "rejection", m(
        NELL, "Insight Analyst - an update",
        "Hi Alex,\n\nI'm writing with news I'd rather not be sharing. After a review of this year's budget the Insight "
        "Analyst position has been withdrawn and we won't be filling it.\n\nThank you for the time you gave us last "
        "week; it was a pleasure to meet you.\n\nNell\n")),
    # ... but where what it calls off is an interview still to come, it is a cancellation
    ("role-withdrawn-interview-off", "cancellation", m(
        NELL, "Your interview on Thursday",
        "Hi Alex,\n\nI'm afraid we need to cancel your interview on Thursday. The Insight Analyst vacancy has been "
        "withdrawn after a change of plan at board level.\n\nSorry for the short notice.\n\nNell\n")),
    # a careers site's talent-community invitation below the decision is furniture
    ("rejection-above-talent-community", "rejection", m(
        "Quillmere Careers <donotreply@successfactors.eu>", "Your application: Pricing Analyst (Req 40112)",
        "Dear Alex,\n\nThank you for your application for the role of Pricing Analyst at Quillmere and for your "
        "interest in our company.\n\nWe have completed our review and have decided to continue with candidates whose "
        "experience is closer to the requirements of the position.\n\nWe would like to invite you to join the Quillmere "
        "Talent Community, where you will receive job alerts matched to your interests.\n\nKind regards\n",
        headers=LIST)),
    ("close-off-your-application", "rejection", m(
        NELL, "Re: Analyst - salary",
        "Hi Alex,\n\nThanks for being straight with me. The budget is fixed at £41k, so I don't think it's fair to keep "
        "you in the process; we'll close off your application here.\n\nNell\n", in_reply_to="<u@example.net>")),
    # an offer taken back is a no, however the offer is named around it
    ("offer-withdrawn", "rejection", m(
        NELL, "Quillmere - update on your offer",
        "Hi Alex,\n\nI'm so sorry to write this. After this morning's restructuring all pending hires are frozen, and we "
        "have to withdraw your offer for the Insight Manager position, effective immediately. Please call me today.\n\n"
        "Nell\n")),
    # a calendar cancellation sent because the candidacy is over is the rejection it carries
    ("cancelled-invite-that-declines", "rejection", m(
        NELL, "Canceled: Second interview - Alex Morgan",
        "Hi Alex,\n\nThe partners met yesterday and have decided to progress two other candidates to the final stage, "
        "so we won't be holding Thursday's second interview with you. I'm sorry, and I wish you every success.\n\n"
        "Nell\n", ics=ics("CANCEL"))),
    # ... and one that pauses the search is a cancellation
    ("cancelled-invite-search-paused", "cancellation", m(
        NELL, "Canceled: System design interview - Alex Morgan",
        "Hi Alex,\n\nUnfortunately I need to cancel Friday's interview. The hiring manager has left, and we won't be "
        "continuing the search until a new manager is in place. Sorry for the late notice.\n\nNell\n",
        ics=ics("CANCEL"))),
]

NOT_DECISIONS = [
    # an expired test link re-sent: the noun "invitation" is no step the process declines
    ("test-link-resent", "assessment", m(
        "Freya Lund <freya.lund@quillmere.example>", "Re: Analyst - test link not working",
        "Hi Alex,\n\nSorry about that! Unfortunately the original invitation expired after 72 hours, which is why the "
        "test said it was no longer available to you. I've sent a fresh invitation from Codility; the new link is valid "
        "until Sunday. It's a 75-minute SQL assessment and you can take it whenever suits you.\n\nFreya\n",
        in_reply_to="<u@example.net>")),
    # a promise to ring with the news is no booked call
    ("call-you-either-way", "company_reply", m(
        NELL, "Insight Manager - update",
        "Hi Alex,\n\nI'm afraid I don't have news yet. Two of the panel have been off sick, so we haven't been able to "
        "meet about the Insight Manager role. We're now aiming to meet on Thursday and I'll call you on Friday either "
        "way.\n\nNell\n")),
    # an offer promised once someone signs it off is where things stand, not an offer
    ("offer-awaits-sign-off", "company_reply", m(
        NELL, "Demand Planning Manager - where things stand",
        "Hi Alex,\n\nUnfortunately I can't give you a decision today: the headcount sign-off for the Demand Planning "
        "Manager role is held up with group finance. You are our preferred candidate, and as soon as we have it I'll "
        "call you with the details of a formal offer.\n\nNell\n")),
    # "if you need a different time" lets the user move it; nobody has
    ("booked-unless-you-need-another-time", "interview_confirmation", m(
        NELL, "Phone interview - Supply Chain Analyst",
        "Hello Alex,\n\nThank you for applying for the Supply Chain Analyst role. I have you down for a phone "
        "interview on Tuesday, March 10 at 10:00 AM Eastern; I'll call you on the number on your resume.\n\nPlease "
        "reply to confirm, or let me know if you need a different time.\n\nNell\n")),
    # an updated invite that keeps the time has moved something else
    ("same-time-on-teams-now", "interview_confirmation", m(
        NELL, "Analyst interview - Alex Morgan (Teams)",
        "Dear Alex,\n\nOur office will be closed on Tuesday, so we won't be able to meet you in person. Your interview "
        "will still go ahead at the same time, 10:00 on Tuesday 10 March, but on Microsoft Teams instead. I've sent an "
        "updated invitation.\n\nNell\n", ics=ics("REQUEST", sequence=1))),
]

NOT_JOB_APPLICATIONS = [
    ("dog-adoption", "Your application for Biscuit",
     "Thank you so much for your application to adopt Biscuit. I'm really sorry to tell you that we've decided to "
     "home him with another family. Your application will stay on file."),
    ("allotment-waiting-list", "Allotment application - Holloway Lane",
     "Thank you for your application for an allotment plot. Unfortunately there are no vacant plots, and you have "
     "been placed on the waiting list."),
]


@pytest.mark.parametrize("name,kind,raw", DECISIONS + NOT_DECISIONS, ids=[r[0] for r in DECISIONS + NOT_DECISIONS])
def test_what_happened(name, kind, raw):
    assert read(raw).kind == kind


@pytest.mark.parametrize("name,subject,body", NOT_JOB_APPLICATIONS, ids=[r[0] for r in NOT_JOB_APPLICATIONS])
def test_applications_that_are_not_for_a_job(name, subject, body):
    raw = m("Hartsmere Office <office@hartsmere.example>", subject, "Dear Alex,\n\n" + body + "\n\nKind regards\n")
    assert read(raw).kind == "not_relevant"


# --- the user's workplace, whose address forwards into the personal inbox the search runs from

WORK = "Alex Morgan <alex.morgan@graupelhaul.example>"
FORWARDED = {"X-Forwarded-To": "alex.morgan@example.net",
             "X-Forwarded-For": "alex.morgan@graupelhaul.example alex.morgan@example.net",
             "Delivered-To": "alex.morgan@example.net"}


def forwarded(frm: str, subject: str, body: str, **kw) -> bytes:
    headers = {**FORWARDED, **kw.pop("headers", {})}
    return mail(frm=frm, to=WORK, subject=subject, date=SENT, body=body, msgid="<w@example.com>", headers=headers, **kw)


def test_parse_keeps_the_address_a_forward_came_from_not_the_users_own():
    email = parse(forwarded("Becca <becca@graupelhaul.example>", "hi", "hello"), me={"alex.morgan@example.net"})
    assert email.forwarded_from == ("alex.morgan@graupelhaul.example",)
    assert parse(m(NELL, "hi", "hello"), me={"alex.morgan@example.net"}).forwarded_from == ()


WORKPLACE = [
    ("newsletter-asks-to-interview-the-user", forwarded(
        "Becca Farrow <becca.farrow@graupelhaul.example>", "Re: Could we interview you for The Manifest?",
        "Yay, thank you! The format is a 20 min chat with me, then I write it up as a Q&A. Does next Wednesday or "
        "Thursday afternoon work?\n\nBecca\nInternal Communications Manager\n", in_reply_to="<u@example.net>")),
    ("report-resigns-accepted-offer", forwarded(
        "Sam Whitfield <sam.whitfield@graupelhaul.example>", "some news (sorry)",
        "Hey Alex,\n\nI wanted you to hear it from me first: I've accepted an offer from another company. My last day "
        "would be Friday Feb 27. Can we grab 15 min this morning about handover?\n\nSam\n")),
    ("hr-system-requisition", forwarded(
        "Graupel Haul <graupelhaul@myworkday.com>", "Inbox: Approval - Job Requisition R-014 Data Analyst II",
        "You have an item awaiting your action.\n\nProcess: Create Job Requisition\nHiring Manager: Alex Morgan\n"
        "Please confirm the job description, salary band and target start date.\n")),
    ("offer-approval-for-a-hire", forwarded(
        "Greenhouse <no-reply@greenhouse.io>", "Approval requested: Offer for Chloe Nakamura - Data Analyst II",
        "Jenna Kowalczyk has requested your approval for an offer.\n\nCandidate: Chloe Nakamura\nJob: Data Analyst II\n"
        "Base salary: $92,000\nStart date: March 30, 2026\n\nOffers can't be sent until every approver has signed off.\n",
        headers={"Auto-Submitted": "auto-generated"})),
]


@pytest.mark.parametrize("name,raw", WORKPLACE, ids=[r[0] for r in WORKPLACE])
def test_the_users_own_workplace_is_no_job_search(name, raw):
    assert read(raw).kind == "not_relevant"


def test_another_employers_invitation_forwarded_from_work_is_still_read():
    raw = forwarded("Priya Raman <priya.raman@cirrusline.example>", "Analytics Lead - interview",
                    "Hi Alex,\n\nThanks for applying for the Analytics Lead role. We'd love to invite you to a first "
                    "interview with our Head of Data. Could you send me a few times that suit next week?\n\nPriya\n")
    assert read(raw).kind == "interview_invitation"


def test_the_same_colleague_without_the_forward_is_read_on_its_words():
    # no forwarding headers: nothing says graupelhaul is the user's workplace, so the words decide
    raw = mail(frm="Sam Whitfield <sam.whitfield@graupelhaul.example>", to="Alex Morgan <alex.morgan@example.net>",
               subject="Analytics Lead - interview", date=datetime(2026, 6, 1, 10, tzinfo=NY), msgid="<x@example.com>",
               body="Hi Alex,\n\nThanks for applying for the Analytics Lead role. We'd love to invite you to a first "
                    "interview. Could you send me a few times that suit next week?\n\nSam\n")
    assert read(raw).kind == "interview_invitation"
