"""Look-alikes from real life next to the real thing (session 7: the fresh writer set AR, on
arrival, let 7 of 55 look-alikes start an application). Each case is one general rule, in invented
words: a friend asks how it went, a vendor's demo or discovery call, a colleague accepting the
user's meeting or dividing an interview panel, a newsletter quoting rejection emails."""

from __future__ import annotations

import pytest

from tests.test_reading import LIST, m, read

LOOKALIKES = [
    ("friend-asks-how-the-exercise-went", m(
        "Kit Barlow <kit.barlow@hotmail.example>", "catching up",
        "Hey Alex,\n\nHow did the written exercise for the Leeds lot go? Sounded brutal. I've got an assessment "
        "centre myself next week, wish me luck.\n\nPint soon?\nKit\n")),
    ("vendor-discovery-call-booked", m(
        "Maeve Lorne <maeve@quartzline.example>", "Meeting confirmed: Quartzline discovery call",
        "Your meeting with Maeve Lorne has been scheduled.\n\nQuartzline discovery call\nThursday, June 4, 2026, "
        "2:00 PM - 2:30 PM EDT\n\nMaeve's note: thanks for booking! Keen to learn how your team handles access "
        "reviews today. Think of it as me interviewing you for 30 minutes.\n\nMaeve Lorne\nAccount Executive\n")),
    ("vendor-product-demo-confirmed", m(
        "Ivo Dane <ivo.dane@brightpath.example>", "Your meeting is confirmed: Brightpath <> Acme Freight",
        "Hi Alex,\n\nYour meeting is confirmed.\n\nBrightpath <> Acme Freight - Product Demo\nTuesday, June 2, 2026\n"
        "11:00 AM - 11:45 AM (EDT)\n\nAgenda:\n- Your current setup\n- Live walkthrough\n- Pricing and next steps\n")),
    ("vendor-next-steps-with-their-architect", m(
        "Ivo Dane <ivo.dane@brightpath.example>", "Re: Next steps",
        "Hi Alex,\n\nThanks again for yesterday. As next steps I'd love to bring in Rhea, our principal solutions "
        "architect, for a 45-minute technical deep dive. Would Tuesday or Thursday work? I'll also send the SOC 2 "
        "report.\n\nIvo\n", in_reply_to="<v@example.net>")),
    ("colleague-accepts-the-users-meeting", m(
        "Noor Aziz <noor.aziz@acmefreight.example>", "Accepted: Tech screen - backend candidate (J. Pike)",
        "Noor Aziz has accepted this meeting.\n")),
    ("colleague-divides-the-panel", m(
        "Noor Aziz <noor.aziz@acmefreight.example>", "Panel prep: Data Engineer interviews",
        "Folks - 20 min on Wednesday to agree who covers what on Thursday so we don't all ask about dbt. Alex you've "
        "got modelling, I'll take the SQL round.\n\nTime: Jun 3, 2026 01:30 PM Eastern Time\n")),
    ("newsletter-platform-quotes-a-rejection", m(
        "The Offer Desk <theofferdesk@substack.com>", "What 'we've decided to move forward' really means",
        "Issue #12\n\nYou've read it: \"Thank you for your interest. After careful consideration, we have decided "
        "to move forward with other candidates whose experience more closely matches the role.\" Here is what "
        "each line of that email means, and how to reply to it.\n", headers=LIST)),
]


# The user hires (fresh set AX on arrival: 8 of 60 look-alikes started an application, one as an offer).
THE_USER_HIRES = [
    ("agency-sends-the-user-candidates", m(
        "Ola Brandt <ola.brandt@fernleytalent.example>", "3 profiles for your Data Engineer role",
        "Hi Alex,\n\nAs discussed, please find below three candidates for the Data Engineer position. All are happy "
        "to be represented by us and are available to interview next week.\n\n1. R.K. - 6 yrs, Python/dbt\n")),
    ("offer-waits-for-the-users-approval", m(
        "Acme Freight <acmefreight@myworkday.com>", "Action Required: Approve Offer for Lena Holt - Analyst (JR-12)",
        "You have a new item in your Workday inbox.\n\nStep: Approval by Hiring Manager\nPlease review and approve or "
        "send back the offer by 06/03/2026. The offer letter will then be released to the candidate.\n")),
    ("interview-the-user-was-to-conduct-is-cancelled", m(
        "Acme Recruiting <scheduling@goodtime.io>", "Interview cancelled: Lena Holt - Technical Screen",
        "Hi Alex,\n\nThe following interview you were scheduled to conduct has been cancelled.\n\nCandidate: Lena "
        "Holt\nWas scheduled for: Wednesday, June 3, 2026, 10:00 AM\n")),
    ("feedback-in-for-the-users-decision", m(
        "Acme (Lever) <notifications@hire.lever.co>", "Feedback complete: Lena Holt - ready for decision",
        "Hi Alex,\n\nAll interview feedback is in for Lena Holt (Analyst). The candidate is ready for a decision.\n\n"
        "You're receiving this because you're on the hiring team for Analyst.\n")),
    ("candidate-turns-down-the-users-offer", m(
        "Lena Holt <lena.holt@gmail.com>", "Re: Offer - Analyst",
        "Hi Alex,\n\nThank you so much for the offer. This was a hard decision, but after a lot of thought I've "
        "decided to accept another offer. I hope our paths cross again.\n\nLena\n", in_reply_to="<o@example.net>")),
    ("a-reference-about-someone-else", m(
        "Pia Lund <pia.lund@northwind.example>", "Reference for Sam Lee",
        "Hi Alex,\n\nI'm the recruiter at Northwind. Sam Lee has named you as a reference for our Senior Engineer "
        "position. Would you have 15 minutes this week for a quick call? Thursday or Friday would be ideal.\n")),
    ("an-applicant-confirms-the-users-interview", m(
        "Ana Kowal <ana.kowal.care@gmail.com>", "Re: Nanny position",
        "Hello Alex,\n\nYes, Saturday 11am is fine for me to come for the interview. I will bring my DBS certificate "
        "and the references from my last family.\n\nSee you Saturday!\nAna\n", in_reply_to="<n@example.net>")),
    ("an-award-shortlist-with-judging-interviews", m(
        "The Lantern Awards <hello@lanternawards.example>", "You've been shortlisted!",
        "Dear Alex,\n\nWe're delighted to tell you that you have been shortlisted for Engineering Leader of the Year. "
        "Our judges were impressed by your nomination. Judging interviews take place in the week of 20 July; our "
        "coordinator will email you to book a slot.\n")),
]
# Calendar and scheduler mail from work and from vendors (fresh set AY on arrival: 10 of 60 look-alikes
# started an application).
CALENDARS_AT_WORK = [
    ("interview-the-user-holds-is-cancelled", m(
        "Gabi Ruiz <gabi.ruiz@acmefreight.example>",
        "Canceled event with note: Interview: Cora Blake - pairing exercise @ Tue Jun 2, 2026 2pm - 3pm (EDT)",
        "Gabi Ruiz has canceled this event with a note:\n\"Candidate withdrew - accepted another offer. Thanks for "
        "holding the time, Alex!\"\n\nInterview: Cora Blake - pairing exercise\nTuesday Jun 2, 2026 2pm - 3pm\n")),
    ("vendor-intro-call-with-their-founder", m(
        "Maddie Cole <maddie@emberline.example>", "You're booked: intro call with our founder",
        "Hey Alex,\n\nThanks for grabbing time! You're confirmed for an intro call with our founder:\n\nWednesday, June 3, "
        "2026\n11:30am - 12:00pm\n\nHe mostly wants to hear how your team handles PHI redaction today and whether our "
        "approach would even fit.\n")),
    ("vendor-trial-kickoff", m(
        "SavvyCal <notifications@savvycal.com>", "Confirmed: Magnolia trial kickoff (Acme Freight)",
        "You're scheduled with Otto Grant.\n\nMagnolia trial kickoff\nMonday, June 1, 2026\n10:00 AM - 10:45 AM\n\nOtto's "
        "note: we'll get your sandbox connected and set up the first monitors together.\n")),
    ("team-retro-cancelled", m(
        "Nadia Faria <nadia.faria@acmefreight.example>",
        "Canceled event with note: Sprint 22 retro @ Fri May 29, 2026 3pm - 3:45pm (EDT)",
        "Nadia Faria has canceled this event with a note:\n\"Half the team is out, folding this into next sprint's "
        "retro.\"\n\nSprint 22 retro\nFriday May 29, 2026 3pm - 3:45pm\n")),
    ("client-quick-sync-before-cutover", m(
        "Siobhan Grady <siobhan.grady@hexline.example>", "Quick sync",
        "Alex, 15 min before the cutover go/no-go so we're aligned on the rollback plan. - Siobhan\n\nMicrosoft Teams "
        "meeting\nJoin on your computer or mobile app\n")),
    ("vendor-renewal-check-in-cancelled", m(
        "Calendly <notifications@calendly.com>", "Canceled: Renewal check-in with Marcus Fenn",
        "Hi Alex Morgan,\n\nThe event below has been canceled.\n\nEvent Type:\nRenewal check-in\n\nReason for "
        "canceling:\nI'm handing your account to my colleague Yara - she'll reach out to set up a new time.\n")),
]
# Zoom and Chili Piper mail that is not hiring (fresh set AZ on arrival: 13 of 50 look-alikes started an
# application).
VENDORS_AND_EVENTS = [
    ("chili-piper-host-is-an-account-executive", m(
        "Nico Alder <nico@stackline.example>", "Meeting Confirmed: Stackline <> Acme Freight",
        "Your meeting is confirmed.\n\nThursday, June 4, 2026 - 10:00 AM - 10:30 AM\nHost: Nico Alder, Account "
        "Executive\nLocation: https://zoom.us/j/123\n\nPowered by Chili Piper\n")),
    ("complimentary-security-assessment", m(
        "Cobalt Assessments <assessments@cobaltwave.example>", "Meeting Confirmed: Cloud Security Posture Assessment",
        "Hi Alex,\n\nYour complimentary Cloud Security Posture Assessment is booked: one of our architects will review "
        "your AWS configuration with you on Wednesday, June 3, 2026 at 11:00 AM.\n")),
    ("sdr-follow-up-about-competitors", m(
        "Mira Jens <mira.jens@tallyhub.example>", "Re: Tallyhub - quick intro?",
        "Totally hear you on timing Alex! I'll circle back in Q3. We just launched an audit module that a couple of "
        "your competitors are piloting - want a 15 min peek before budget season?\n\nMira\n",
        in_reply_to="<s@example.net>")),
    ("german-free-consultation-booked", m(
        "Termine <termine@reiherwerk.example>", "Ihr Termin ist bestätigt: Beratungsgespräch Datenstrategie",
        "Hallo Alex Morgan,\n\nvielen Dank für Ihr Interesse. Ihr kostenloses Beratungsgespräch zur Datenstrategie ist "
        "bestätigt: Mittwoch, 3. Juni 2026, 16:00 Uhr.\n")),
    ("conference-speaker-tech-check", m(
        "DataSummit Speakers <speakers@datasummit.example>", "Your speaker tech check is scheduled",
        "Hi Alex,\n\nBefore the event we do a 15-minute tech check with every virtual speaker.\n\nTech check: Tuesday, "
        "June 2, 2026, 10:00-10:15 AM Pacific\n")),
    ("a-student-interviews-the-user", m(
        "Maya Lind <maya.lind@university.example>", "Informational interview - thank you!",
        "Dear Mr. Morgan,\n\nThank you for accepting my request! For my career course I need to do an informational "
        "interview with a professional in the field. I created the Zoom meeting for Wednesday 4pm as you suggested.\n")),
]
LOOKALIKES += VENDORS_AND_EVENTS
LOOKALIKES += CALENDARS_AT_WORK


def test_a_founders_scheduling_link_in_a_thread_titled_with_the_job():
    """'Re: Founding Data Engineer @ Tarnby': the thread's title names the job, and the user's own
    quoted note ("I saw the ... post on your site") shows the user applied."""
    raw = m("Mateo Lind <mateo.lind@gmail.com>", "Re: Founding Data Engineer @ Tarnwick",
            "hey Alex!\n\nthanks for reaching out. easiest is if you just grab 45 min here: "
            "https://calendly.com/mateo-tarnwick/45min\n\nmateo\n\nOn Wed, Jun 3, 2026 at 6:20 PM Alex Morgan "
            "<alex.morgan@example.net> wrote:\n> Hi Mateo, I saw the Founding Data Engineer post on your site and wanted "
            "to reach out directly. Resume attached.\n", in_reply_to="<t@example.net>")
    assert read(raw).kind == "interview_invitation"


LOOKALIKES += THE_USER_HIRES


@pytest.mark.parametrize("name,raw", LOOKALIKES, ids=[r[0] for r in LOOKALIKES])
def test_lookalikes_from_real_life(name, raw):
    assert read(raw).kind == "not_relevant"


def test_a_recruiter_asking_how_it_went_still_writes_about_the_candidacy():
    """A friend's "how did it go?" is a look-alike; a recruiter's, who goes on to a step of the
    process, is not: the step outweighs the question."""
    sig = read(m("Jo Carter <jo.carter@northbridge-recruitment.example>", "Halden Foods",
                 "Hi Alex,\n\nHow did it go with Priya? She called me straight after - they're keen and want to get "
                 "you back for the final round next week. Which days suit you?\n\nJo\n"))
    assert sig.kind == "interview_invitation"
