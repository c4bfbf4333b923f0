"""Session 27: general rules from four fresh writer sets (an admin officer's search through UK civil service and NHS
portals, a teacher's between US school districts, a call-centre team leader's in the Philippines, a parent's return to
part-time work in Ireland), each in invented words, with the look-alikes that share its words."""

from __future__ import annotations

import pytest

from agent.evidence import is_ats
from agent.facts import EMPLOYER_FIELD, company_of
from agent.parse import parse
from tests.test_reading_small_employers_and_closed_processes import _assert_read_as, _ids, _m, _read

CASES = [
    # a formal letter's booking, with the hour written the Irish and British way
    ("a-board-confirms-your-interview-will-take-place", "interview_confirmation", _m(
        "Ballyraine Community College <office@ballyrainecc.example>", "Interview - School Secretary (Part-time)",
        "Dear Alex,\n\nI write to confirm that your interview for the above post will take place on Tuesday 2 December "
        "2025 at 3.30pm in the principal's office.\n\nPlease bring photographic ID.\n\nYours sincerely,\n\nAoife Kerr\n"
        "Chairperson, Board of Management\n")),
    # a panel's ranking, with a reserve list that promises nothing, ends the candidacy
    ("not-ranked-highly-enough-placed-on-a-reserve-list", "rejection", _m(
        "Civil Service Jobs <noreply@civilservicejobs.service.gov.uk>", "402211 - Higher Executive Officer: outcome",
        "Dear Alex Morgan\n\nThank you for attending an interview for the above vacancy. You met the minimum standard, "
        "however you were not ranked highly enough to be offered one of the available posts.\n\nYou have been placed "
        "on a reserve list for 12 months. There is no guarantee that a post will become available.\n")),
    # an agency's client's yes, in plain words
    ("they-would-love-to-have-you-as-their-coordinator", "offer", _m(
        "Cerys Pugh <cerys.pugh@marlowtemps.example>", "They want you!!",
        "ALEX!! Just off the phone with the surgery - they'd love to have you as their Patient Services Coordinator! "
        "£14.80/hr through us, Mon-Fri, starting 2nd June. Can you let me know by Tuesday?\n\nCerys\n")),
    ("we-would-like-you-to-join-the-family-as-team-leader", "offer", _m(
        "Mariel Santos <msantos@tahananbpo.example>", "Good news from Tahanan BPO!",
        "Hi Alex!\n\nWe are happy to inform you that you passed the final interview and we would like you to join the "
        "Tahanan family as Team Leader for our healthcare account!\n\nPlease come to our site on Friday at 2PM. The "
        "tentative start date is July 7.\n\nMariel\n")),
    # the presentation to prepare for an interview is the test
    ("prepare-a-presentation-ahead-of-your-interview", "assessment", _m(
        "Gwen Price <gwen.price@roadsafety.gov.example>", "Business Support Manager - presentation topic",
        "Dear Alex,\n\nAhead of your interview on 12 March, please prepare a 10-minute presentation on how you would "
        "reduce the correspondence backlog in your first three months. You will not be able to use slides.\n\n"
        "Kind regards,\nGwen\n")),
    # "won't be moving forward with your application" outranks the call-off it mentions
    ("declined-and-the-cancelled-call-not-rescheduled", "rejection", _m(
        "Juniper Hill Schools <no-reply@us.greenhouse-mail.io>", "An update on your Juniper Hill application",
        "Hi Alex,\n\nOur founding team for the new campus is now complete. Because of that, we won't be moving forward "
        "with your application for the 7th Grade Math Teacher role, and we won't be rescheduling the conversation we "
        "had to cancel.\n\nJuniper Hill Talent Team\n")),
    # a district's hire approved names the user's candidacy: its fingerprinting is the job's paperwork
    ("hire-approved-fingerprinting-next", "company_reply", _m(
        "Mesa Verde USD Human Resources <hr@mesaverdeusd.example>", "New Hire Next Steps: Fingerprinting",
        "Hi Alex,\n\nThanks for accepting! Your hire was approved at the June 3 Board meeting. Next step is "
        "fingerprinting for your background check. Please complete this by June 20.\n\nRenee\n")),
]

LOOKALIKES = [
    # a course's marks: the tutor marked an assessment, nobody is hiring
    ("a-tutor-marked-your-assessment", _m(
        "The Open College <noreply@student.opencollege.example>", "Your TMA 02 result is available",
        "Dear Alex\n\nYour tutor has marked your assessment TMA 02 (B120). Your score: 81.\n\nView your marked "
        "assignment and feedback in your student home.\n\nStudent Support Team\n")),
    # a radio slot confirmed in a thread about an interview request
    ("radio-confirms-a-live-studio-slot", _m(
        "Orla Byrne <orla.byrne@harbourfm.example>", "Re: Interview request - Morning Show",
        "Brilliant - you're confirmed for Thursday 16th at 9.40, live in studio. Come to reception at 9.20. Mick will "
        "just chat!\n\nOrla\n")),
    # a wedding's "they want you as their maid of honour" is no client's yes
    ("they-want-you-as-their-maid-of-honour", _m(
        "Nia Roberts <nia.roberts@gmail.com>", "!!!",
        "ok so Sam and Jo talked last night and they want you as their maid of honour!! say yes. dress fitting is sat "
        "14th\nN\n")),
    # a podcast host would love to have the user as a guest: no offer
    ("podcast-would-love-to-have-you-as-a-guest", _m(
        "Dev Patel <dev@returnerspod.example>", "guest spot?",
        "Hi Alex, they'd love to have you as a guest on the returners episode next month - any interest?\n\nDev\n")),
]


# "when you're passing" is Irish for dropping by, not a decline: the vetting after a yes is the job's paperwork
PASSING = _m(
    "Deirdre Nolan <practicemanager@glenmoremedical.example>", "Garda vetting form",
    "Hi Alex,\n\nGreat to hear you're accepting the receptionist job, we're all delighted.\n\nEveryone has to be Garda "
    "vetted before starting, so please fill in the attached form and bring it in with two forms of ID when you're "
    "passing.\n\nThanks,\nDeirdre\n")


@pytest.mark.parametrize("name, kind, raw", CASES, ids=_ids(CASES))
def test_session_27_rules(name: str, kind: str, raw: bytes) -> None:
    _assert_read_as(raw, kind)


@pytest.mark.parametrize("name, raw", LOOKALIKES, ids=_ids(LOOKALIKES))
def test_session_27_lookalikes_stay_other_mail(name: str, raw: bytes) -> None:
    assert _read(raw).kind == "not_relevant", _read(raw).reasons


def test_a_school_districts_applicant_tracking_sends_for_the_district() -> None:
    assert is_ats("noreply@applitrack.com")
    assert is_ats("notifications@tedk12.com")


def test_a_portals_department_line_names_the_employer() -> None:
    m = EMPLOYER_FIELD.search("Vacancy reference: 381204\nDepartment: Department for Marine Estates\nLocation: Leeds\n")
    assert m is not None and m.group("company") == "Department for Marine Estates"


def test_when_youre_passing_is_no_decline() -> None:
    got = _read(PASSING)
    assert got.kind != "rejection" and "declines the application" not in got.reasons, got.reasons
    assert got.kind == "company_reply" or (got.needs_look and got.guess == "company_reply"), (got.kind, got.guess)


COMPANIES = [
    # a portal names the body in brackets after the post
    ("bracketed-after-the-post", "Office for Marine Estates", _m(
        "Civil Service Jobs <noreply@civilservicejobs.service.gov.uk>", "Application received: 401122 - Policy Adviser",
        "Dear Alex Morgan\n\nThank you for your application for vacancy 401122 - Senior Executive Officer - Policy "
        "Adviser (Office for Marine Estates).\n\nYou can track the progress of your application by logging in.\n")),
    # ... or on a line of its own above the portal's footer (the portal's own name is never it)
    ("a-line-of-its-own", "Penrhos University Health Board", _m(
        "NHS Jobs <no-reply@jobs.nhs.uk>", "Thank you - your application for Ward Clerk",
        "Dear Alex Morgan\n\nThank you for your application for Ward Clerk (Band 2). The recruiting manager will review "
        "applications after the closing date.\n\nPenrhos University Health Board\n\nThis email was sent from NHS Jobs.\n")),
    # a health service's shared mail names no employer: the directory's brackets do ("Wales" was read before)
    ("shared-health-mail-with-the-board-in-brackets", "Penrhos UHB", _m(
        "Rhys Bevan (Penrhos UHB - Outpatient Services) <rhys.bevan4@wales.nhs.uk>", "RE: Ward Clerk - interview",
        "Perfect, 10am on Friday 9th it is. Invite attached.\n\nRhys\n")),
]


@pytest.mark.parametrize("name, company, raw", COMPANIES, ids=_ids(COMPANIES))
def test_session_27_companies(name: str, company: str, raw: bytes) -> None:
    assert company_of(parse(raw, me={"alex.morgan@example.net"})) == company


LATER_CASES = [
    # the panel's choice, said of the person chosen; under a subject naming the post, a housing association's words
    # (tenancy, housing) are the job's
    ("panel-went-with-a-candidate-who", "rejection", _m(
        "Dev Sahni <dev.sahni@northfieldhousing.example>", "RE: Housing Officer interview - 13 January",
        "Hi Alex,\n\nThanks for checking in. I'm afraid the panel went with a candidate who has more frontline "
        "tenancy management experience.\n\nYour presentation was one of the best we saw. Happy to give feedback.\n\n"
        "Dev\n")),
    # a small employer promotes from inside
    ("promote-from-inside", "rejection", _m(
        "Nick Pappas <nick@harbourroadpizza.example>", "Re: Shift manager - before we meet",
        "Alex, good stuff, and you're right about the wings.\n\nBut I'm going to promote Tony from inside, he's been with "
        "me 6 years. Wish I had two spots.\n\nNick\n")),
]


@pytest.mark.parametrize("name, kind, raw", LATER_CASES, ids=_ids(LATER_CASES))
def test_session_27_later_rules(name: str, kind: str, raw: bytes) -> None:
    _assert_read_as(raw, kind)


def test_a_post_before_its_interview_is_a_subject_naming_the_role() -> None:
    from agent.vocab import has_job_context, subject_names_role

    assert subject_names_role("re: housing officer interview - 13 january")
    assert not subject_names_role("exit interview") and not subject_names_role("re: podcast interview")
    # the steps after a yes open a message to a full reading (they decide nothing by themselves)
    assert has_job_context("great news - you're cleared to start! first day details below")
