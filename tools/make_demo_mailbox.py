"""Writes agent/demo/mailbox.mbox: the mailbox `followup demo` reads (run from the repo root).

The mailbox of Jordan Lee on Thursday 12 March 2026, 10:00 New York time:
- Harbor & Pine: interviewed yesterday afternoon, no thank-you yet      -> thank-you draft
- Quillon Labs: interviewed 2 March, thank-you sent, silence since       -> check-in draft
- Copperfield Freight: interviewed 9 Feb, checked in 17 Feb, silence     -> follow-up draft
- Tidewater Systems: they promised an answer by Friday 13 March          -> in conversation, nothing
- Northwind Robotics: interview on Monday 16 March                       -> scheduled, nothing
- Larch & Co: asked for availability on 10 March                         -> scheduling, reply needed
- Ember Analytics: application acknowledged by an ATS                    -> applied
- Brightline Health: rejection                                           -> closed
- a career newsletter about interview follow-ups and a LinkedIn job alert -> ignored
"""

from __future__ import annotations

import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from agent.demo.builder import ics_event, mail, write_mbox  # noqa: E402

NY = ZoneInfo("America/New_York")
ME = "Jordan Lee <jordan.lee@example.com>"
ME_ADDR = "jordan.lee@example.com"


def at(day: str, clock: str) -> datetime:
    return datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=NY)


def build() -> tuple[list[bytes], list[str | None]]:
    msgs: list[bytes] = []
    labels: list[str | None] = []

    def add(raw: bytes, label: str | None = "Inbox") -> None:
        msgs.append(raw)
        labels.append(label)

    # Harbor & Pine — interviewed yesterday
    hp1 = "<hp-1@harborpine.example>"
    add(mail(frm="Maya Chen <maya.chen@harborpine.example>", to=ME, subject="Harbor & Pine - Backend Engineer interview",
             date=at("2026-03-03", "11:02"), msgid=hp1,
             body="Hi Jordan,\n\nThanks for applying for the Backend Engineer role at Harbor & Pine. We'd love to set up "
                  "a 60-minute technical interview with Omar Reyes (Engineering Manager) and me. Could you share a few "
                  "times that work for you next week?\n\nBest,\nMaya Chen\nTechnical Recruiter | Harbor & Pine\n"))
    hp2 = "<hp-2@example.com>"
    add(mail(frm=ME, to="Maya Chen <maya.chen@harborpine.example>", subject="Re: Harbor & Pine - Backend Engineer interview",
             date=at("2026-03-03", "15:40"), msgid=hp2, in_reply_to=hp1,
             body="Hi Maya,\n\nThank you! Wednesday March 11 after 1 PM or Thursday morning both work for me.\n\n"
                  "Best,\nJordan\n"),
        "Sent")
    start = at("2026-03-11", "14:00")
    add(mail(frm="Maya Chen <maya.chen@harborpine.example>", to=ME,
             subject="Re: Harbor & Pine - Backend Engineer interview", date=at("2026-03-04", "09:15"),
             msgid="<hp-3@harborpine.example>", in_reply_to=hp2, references=[hp1, hp2],
             body="Hi Jordan,\n\nYour interview is confirmed for Wednesday, March 11, 2026 at 2:00 PM - 3:00 PM ET "
                  "with Omar Reyes, Engineering Manager, and me. A calendar invitation is attached.\n\nBest,\nMaya\n",
             ics=ics_event(start=start, end=start + timedelta(hours=1), summary="Harbor & Pine - Backend Engineer interview",
                           organizer="maya.chen@harborpine.example",
                           attendees=["omar.reyes@harborpine.example", ME_ADDR], uid="hp-interview@harborpine.example")))

    # Quillon Labs — thank-you sent on 2 March, nothing since
    ql1 = "<ql-1@quillonlabs.example>"
    start = at("2026-03-02", "10:00")
    add(mail(frm="Quillon Labs <no-reply@us.greenhouse-mail.io>", reply_to="Priya Raman <priya.raman@quillonlabs.example>",
             to=ME, subject="Interview Confirmation: Data Platform Engineer at Quillon Labs", date=at("2026-02-24", "16:20"),
             msgid=ql1,
             body="Hi Jordan,\n\nYour interview for the Data Platform Engineer role at Quillon Labs is confirmed.\n\n"
                  "Date: Monday, March 2, 2026\nTime: 10:00 AM - 11:00 AM ET\nInterviewer: Priya Raman, Engineering Lead\n\n"
                  "Best,\nQuillon Labs Recruiting\n",
             ics=ics_event(start=start, end=start + timedelta(hours=1), summary="Interview with Quillon Labs",
                           organizer="priya.raman@quillonlabs.example", attendees=[ME_ADDR], uid="ql@greenhouse.io")))
    add(mail(frm=ME, to="Priya Raman <priya.raman@quillonlabs.example>",
             subject="Re: Interview Confirmation: Data Platform Engineer at Quillon Labs", date=at("2026-03-02", "17:30"),
             msgid="<ql-2@example.com>", in_reply_to=ql1,
             body="Hi Priya,\n\nThank you for the conversation today. I enjoyed it.\n\nBest,\nJordan\n"), "Sent")

    # Copperfield Freight — interview 9 Feb, thank-you same day, check-in 17 Feb, silence
    cf1 = "<cf-1@copperfieldfreight.example>"
    add(mail(frm="Luis Ortega <luis.ortega@copperfieldfreight.example>", to=ME,
             subject="Copperfield Freight: interview confirmed", date=at("2026-02-04", "12:00"), msgid=cf1,
             body="Hi Jordan,\n\nGreat, your interview for the Site Reliability Engineer position is confirmed for "
                  "Monday, February 9, 2026 at 11:00 AM - 12:00 PM ET. Talk then!\n\nLuis Ortega\n"
                  "Hiring Manager, Copperfield Freight\n"))
    add(mail(frm=ME, to="Luis Ortega <luis.ortega@copperfieldfreight.example>",
             subject="Re: Copperfield Freight: interview confirmed", date=at("2026-02-09", "16:00"),
             msgid="<cf-2@example.com>", in_reply_to=cf1, body="Hi Luis,\n\nThank you for your time today.\n\nJordan\n"),
        "Sent")
    add(mail(frm=ME, to="Luis Ortega <luis.ortega@copperfieldfreight.example>",
             subject="Re: Copperfield Freight: interview confirmed", date=at("2026-02-17", "09:30"),
             msgid="<cf-3@example.com>", in_reply_to="<cf-2@example.com>", references=[cf1, "<cf-2@example.com>"],
             body="Hi Luis,\n\nI wanted to check in on the Site Reliability Engineer role.\n\nJordan\n"), "Sent")

    # Tidewater Systems — interviewed 3 March, they promised an answer by Friday 13 March
    tw1 = "<tw-1@tidewatersys.example>"
    add(mail(frm="Ben Ames <ben.ames@tidewatersys.example>", to=ME, subject="Tidewater Systems - Platform Engineer final round",
             date=at("2026-02-26", "10:00"), msgid=tw1,
             body="Hi Jordan,\n\nYou're confirmed for the final round for the Platform Engineer role on Tuesday, "
                  "March 3, 2026 from 1:00 PM - 4:00 PM ET.\n\nBest,\nBen Ames\nRecruiting, Tidewater Systems\n"))
    add(mail(frm="Ben Ames <ben.ames@tidewatersys.example>", to=ME,
             subject="Re: Tidewater Systems - Platform Engineer final round", date=at("2026-03-09", "11:00"),
             msgid="<tw-2@tidewatersys.example>", in_reply_to=tw1,
             body="Hi Jordan,\n\nThanks for your patience! The team is still gathering feedback, and I'll get back to "
                  "you by Friday, March 13.\n\nBen\n"))

    # Northwind Robotics — interview on Monday
    start = at("2026-03-16", "09:30")
    add(mail(frm="Northwind Robotics <no-reply@hire.lever.co>", reply_to="Ana Souza <ana.souza@northwindrobotics.example>",
             to=ME, subject="Interview confirmed: Embedded Engineer at Northwind Robotics", date=at("2026-03-10", "14:00"),
             msgid="<nw-1@lever.co>",
             body="Hi Jordan,\n\nYour interview for the Embedded Engineer role at Northwind Robotics is confirmed for "
                  "Monday, March 16, 2026 at 9:30 AM ET with Ana Souza, Talent Partner.\n\nNorthwind Robotics\n",
             ics=ics_event(start=start, end=start + timedelta(minutes=45), summary="Northwind Robotics interview",
                           organizer="ana.souza@northwindrobotics.example", attendees=[ME_ADDR], uid="nw@lever.co")))

    # Larch & Co — asked for availability
    add(mail(frm="Tom Birch <tom.birch@larchco.example>", to=ME, subject="Larch & Co - Software Engineer",
             date=at("2026-03-10", "16:45"), msgid="<lc-1@larchco.example>",
             body="Hi Jordan,\n\nThanks for applying for the Software Engineer position! Would you be available for a "
                  "30-minute call next week? Let me know a few times that work.\n\nTom Birch\nRecruiter, Larch & Co\n"))

    # Ember Analytics — acknowledgement only
    add(mail(frm="Ember Analytics <no-reply@ashbyhq.com>", to=ME,
             subject="Thanks for applying to Ember Analytics", date=at("2026-03-05", "08:00"), msgid="<ea-1@ashbyhq.com>",
             body="Hi Jordan,\n\nThanks for applying to the Analytics Engineer role at Ember Analytics! We've received "
                  "your application and will be in touch if there's a fit.\n\nEmber Analytics Talent Team\n"))

    # Brightline Health — rejection
    add(mail(frm="Brightline Health <brightlinehealth@myworkday.com>", to=ME,
             subject="Update on your Brightline Health application", date=at("2026-03-06", "13:00"),
             msgid="<bh-1@myworkday.com>",
             body="Dear Jordan,\n\nThank you for your interest in the Data Engineer position at Brightline Health. "
                  "After careful review, we have decided to move forward with other candidates.\n\n"
                  "Brightline Health Talent Acquisition\n"))

    # Look-alikes that must be ignored
    add(mail(frm="The Offer Letter <newsletter@offerletter.example>", to=ME,
             subject="Issue #88: the follow-up email after your interview", date=at("2026-03-10", "07:00"),
             msgid="<nl-88@offerletter.example>",
             headers={"List-Unsubscribe": "<https://offerletter.example/u/1>", "Precedence": "bulk"},
             body="View in browser\n\nYour interview went well. Now what? Send a thank-you the same day, then check in "
                  "after a week. Here is a template.\n\nUnsubscribe any time.\n"))
    add(mail(frm="LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>", to=ME,
             subject="\u201cbackend engineer\u201d: Harbor & Pine - Backend Engineer and more", date=at("2026-03-11", "06:00"),
             msgid="<ja-1@linkedin.com>", headers={"List-Unsubscribe": "<https://www.linkedin.com/e/u>"},
             body="Your job alert for backend engineer\n12 new jobs match your preferences.\n\nBackend Engineer\n"
                  "Harbor & Pine\nNew York, NY\nView job: https://www.linkedin.com/jobs/view/1\n"))
    return msgs, labels


if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent / "agent" / "demo" / "mailbox.mbox"
    messages, labels = build()
    write_mbox(out, messages, labels)
    print(f"wrote {len(messages)} messages to {out}")
