"""Session 50, American English as a nanny's mailbox holds it: parents writing from their phones on personal Gmail, iCloud
and Yahoo accounts (the post described in their own words, a thread titled with it, a video call or a coffee asked for,
another time offered in case, a meeting called off, the other parent and the agency copied in, a no after the trial day),
a household-staffing agency (a paid trial day in place of the meet, a family still deciding) and a daycare center (its
office's receipt, a paid working interview). Tested here in invented words, with the look-alikes that share them: a
friend's babysitting night, a friend's old nanny back for a visit, and the family the user already works for, writing
about the week's hours and its check-in with the agency and the other parent copied."""

from __future__ import annotations

from agent.demo.builder import mail
from tests.test_reading import SENT
from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

AGENCY = "Dana Whitlock <dana@brightnestnannystaffing.example>"


def _cc(frm: str, subject: str, body: str, cc: str, quoted: str | None = None) -> bytes:
    """A parent's message with the other parent or the agency copied in (and the user's own words quoted below it)."""
    if quoted:
        body += "\n\nOn Mon, 2 Mar 2026 at 10:00, Alex Morgan <alex.morgan@example.net> wrote:\n" + "\n".join(
            "> " + line for line in quoted.split("\n"))
    return mail(frm=frm, to="Alex Morgan <alex.morgan@example.net>", subject=subject, date=SENT, body=body,
                msgid="<s50-tu@example.com>", in_reply_to="<a@example.net>" if quoted else None, headers={"Cc": cc})


# the user's own note to a family after its trial day, quoted below their answer
AFTER_THE_TRIAL = ("Hi Meg and Tom,\n\nThank you for having me on Tuesday, the boys were a joy. I'd love to join your "
                   "family if you think it's a fit.\n\nAlex")
# ... and the user's first message to a family, quoted below their answer
APPROACH = ("Hi Meg,\n\nI saw your post for a full-time nanny for Owen and Finn and wanted to reach out. I have six years "
            "of experience with toddlers and a current CPR card.\n\nAlex Morgan")

READ_AS = [
    # a family's first message, the post in its own words: "We need someone Tues-Fri 8-4 for our twins", a video call asked
    ("a-family-describes-the-post-and-asks-for-a-video-call", "interview_invitation", _m(
        "Ravi Menon <ravi.menon.home@gmail.example>", "Twins - Jamaica Plain",
        "Hi Alex,\n\nFound you on Sittercity. We need someone Tues-Fri 8-4 for our twins (18 months) starting in June. "
        "Free for a video call Thursday evening after 8?\n\nRavi\n")),
    # ... after-school help, and a coffee is the meeting: "could you meet us for coffee Saturday morning?"
    ("a-family-asks-the-user-for-coffee-about-after-school-help", "interview_invitation", _m(
        "Joanne Pratt <joannepratt@yahoo.example>", "Sitter - Care.com",
        "hi alex, got your message on care.com. we're looking for after-school help for our son (9), pickup from school "
        "at 3:15, homework, drive to practice, Mon-Thu.\n\ncould you meet us for coffee saturday morning so he can meet "
        "you too?\n\njoanne\n")),
    # ... another time offered in case the first does not suit, under the user's approach
    ("a-parent-asks-the-user-round-and-offers-another-time", "interview_invitation", _m(
        "Meg Lawson <meglawson@icloud.example>", "Re: Nanny for Owen & Finn",
        "hi! you sound lovely. could you come by wednesday after 4 to meet the boys? no worries if not, we can find "
        "another time\n\nMeg\n", quoted=APPROACH)),
    # ... a thread titled with the post, the meeting called off
    ("a-parent-calls-off-the-meeting-in-a-thread-titled-with-the-post", "cancellation", _m(
        "Anna Brook <annabrook@yahoo.example>", "Re: Before-school care (M-F)",
        "Hi Alex, so sorry but we need to cancel Thursday. My mom is moving in with us and wants to do mornings.\n\nAnna\n",
        quoted="Hi Alex,\n\nThursday at 9 works, see you then.\n\nAnna")),
    # the family writes with its agency copied: the meeting moved, in no job's words
    ("a-parent-moves-the-meet-with-the-agency-copied", "reschedule", _cc(
        "Lena Ortiz <lena.ortiz@gmail.example>", "Tuesday",
        "Hi Alex, Lena Ortiz here - Dana passed on your email. So sorry, Mateo has a fever so we need to push tomorrow. "
        "Could we do Thursday at 5 instead?\n\nLena\n", cc=AGENCY)),
    # ... and its offer, the other parent and the agency copied: the pay and the start
    ("a-familys-offer-with-the-other-parent-and-the-agency-copied", "offer", _cc(
        "Lena Ortiz <lena.ortiz@gmail.example>", "Re: Tuesday",
        "Alex!! we talked it over and we'd love to have you. $28/hr, 40 guaranteed hours a week, 2 weeks paid vacation, "
        "start Monday May 4? Dana will send the work agreement.\n\nLena\n",
        cc=f"Sam Ortiz <sam.ortiz@icloud.example>, {AGENCY}")),
    # ... and its no after the trial day, under the user's thanks: "we went with someone who can drive"
    ("a-familys-no-after-the-trial-day", "rejection", _m(
        "Meg Lawson <meglawson@icloud.example>", "Re: Tuesday",
        "hi Alex, thank you again for Tuesday. so sorry, we went with someone who can drive the boys to swim. please use "
        "us as a reference any time.\n\nMeg\n", quoted=AFTER_THE_TRIAL)),
    # an agency: a paid trial day in place of the sit-down meet
    ("an-agency-asks-for-a-paid-trial-day-instead-of-the-meet", "assessment", _m(
        AGENCY, "Re: the Harlan family",
        "Quick update! Instead of a sit-down meet, the Harlans would rather do a paid trial day with the baby. Would "
        "Friday 8-4 work? They'll pay your full rate.\n\nDana\n",
        quoted="Hi Dana, sounds great, thank you!", quoted_from="Alex Morgan <alex.morgan@example.net>")),
    # ... and the family still deciding: "they're deciding between the two of you"
    ("an-agency-says-the-family-is-deciding-between-two", "company_reply", _m(
        AGENCY, "how did it go??",
        "Hi Alex!\n\nThe Harlans loved you. They have one more trial day tomorrow with another nanny, so they're deciding "
        "between the two of you. They'll have an answer for me by Monday.\n\nDana\n")),
    # a daycare center's next step, its pay only for the hours: "a paid working interview in the Toddler Room"
    ("a-daycares-paid-working-interview", "assessment", _m(
        "Maple Grove HR <hr@maplegroveelc.example>", "Next Step: Working Interview",
        "Dear Alex,\n\nThank you for meeting with our director on Monday. We would like to invite you to the next step of "
        "our hiring process, a paid working interview in the Toddler Room.\n\nDate: Friday, April 10, 2026\nTime: 9:00 AM "
        "- 12:00 PM\nPay: $15.00/hour for the time worked\n\nRegards,\nHuman Resources\n")),
    # ... and its office's receipt: a meeting only if the director wants one
    ("a-daycare-offices-receipt", "application_ack", _m(
        "Maple Grove ELC <office@maplegroveelc.example>", "RE: Assistant Teacher - resume",
        "Hi Alex,\n\nWe have received your resume for the Assistant Teacher position, thank you! Our director is reviewing "
        "applications over the next two weeks. If she would like to meet with you, someone from our office will call you "
        "to set up a time.\n\nBlessings,\nOffice Manager\nMaple Grove Early Learning Center\n",
        quoted="Hello,\n\nPlease find my resume attached for the Assistant Teacher position.\n\nAlex Morgan")),
]

OTHER_MAIL = [
    # a friend's night out: someone for the boys Saturday night, paid by the hour
    ("a-friend-asks-the-user-to-babysit-saturday-night", _m(
        "Kim Alvarez <kimalvarez82@gmail.example>", "favor??",
        "Alex! We need someone for our boys Saturday night, Josh's work party. Could you babysit 6-11? We'll pay $25/hr "
        "and order you pizza.\n\nKim\n")),
    # a friend's old nanny back for a visit, not taken back: the user asked round to see her
    ("a-friends-old-nanny-back-for-a-visit", _m(
        "Jen Cole <jencole@gmail.example>", "guess who",
        "Alex, guess what, our old nanny Maria is coming back to visit next week! Could you come by Thursday at 4 so the "
        "kids can see you both? No worries if not, we can find another time.\n\nJen\n")),
    # the family the user works for: its check-in, the other parent and the agency copied
    ("the-current-familys-two-month-check-in", _cc(
        "Lena Ortiz <lena.ortiz@gmail.example>", "check-in",
        "Hi Alex! It's been two months already. Sam and I wanted to do a quick two-month check-in like we talked about in "
        "the work agreement. Could we do Tuesday after bedtime, around 7:30?\n\nLena\n",
        cc=f"Sam Ortiz <sam.ortiz@icloud.example>, {AGENCY}")),
    # ... and its week's hours moved, the other parent copied
    ("the-current-family-moves-next-weeks-hours", _cc(
        "Lena Ortiz <lena.ortiz@gmail.example>", "next week",
        "Hi Alex, could you do Wednesday 8-6 instead of Thursday next week? My sister is visiting Thursday and can take "
        "Mateo.\n\nLena\n", cc="Sam Ortiz <sam.ortiz@icloud.example>")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
