"""Session 55, a nanny agency's offer and a film coordinator's mailbox: an agency's offer that wishes the user well ("you
are going to be amazing with the twins") and lists an "annual review each March" among its terms, an agency whose
welcome thanks the user for registering with it and asks them in, and the meetings the user arranges for a client (a
writer's "general" with a studio executive, a pitch moved). Tested here in invented words, with the look-alikes that
share them: a festival's "you're going!", a yearly review at the user's own job, a conference's registration, and the
user's own general meeting. And from Singapore, Malaysia and the American Midwest: a hospital's receipt that says only
shortlisted candidates will hear and wishes the user every success, an offer that would "love to have you join us as"
the post with its terms, a subject's "Interview reschedule"; with a conference's speaker, a members' newsletter's
spotlight interview and a room's owner who meets the tenant first "like an interview"."""

from __future__ import annotations

from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

READ_AS = [
    # an agency passes on a family's offer: a compliment in "you're going to", a term in "annual review each March"
    ("an-agency-offer-says-youre-going-to-be-great", "offer", _m(
        "Rita Paulsen <rita@tallpinesnannies.example>", "Offer - the Okafor family",
        "Hi Alex,\n\nAfter Friday's trial day, Ngozi and Sam would like to offer you the Live-Out Nanny position with "
        "their family!\n\nRate: $29/hr gross, 42 guaranteed hours a week\nStart date: Monday, April 6, 2026\nOther: two "
        "weeks paid vacation, annual review each April\n\nYou're going to be wonderful with the twins. Please let me "
        "know by Wednesday.\n\nRita\nPlacement Lead | Tall Pines Nannies")),
    # an agency's welcome: registered with it, the CV in, a meeting asked for
    ("an-agency-thanks-for-registering-and-asks-the-user-in", "interview_invitation", _m(
        "Joel Mwangi <joel@fernbrook.example>", "Thanks for registering with Fernbrook",
        "Hi Alex,\n\nThanks for registering with Fernbrook and sending your CV over.\n\nBefore I put you forward to "
        "any clients I like to get people in for a proper catch up. Could you pop into our Leeds office one day next "
        "week? Send me a couple of times that suit.\n\nJoel")),
    # a receipt: who will hear, and a wish, are no decision
    ("a-receipt-says-only-shortlisted-candidates-will-hear", "application_ack", _m(
        "Careers <noreply.careers@harbourview-hospital.example>", "Thank you for applying - Executive, Billing",
        "Dear Alex Morgan,\n\nThank you for your interest in joining Harbourview Hospital. We have received your "
        "application for the position of Executive, Billing.\n\nDue to the large number of applications we receive, "
        "only shortlisted candidates will be contacted.\n\nWe appreciate the time you have taken to apply and wish you "
        "every success.\n\nTalent Acquisition\nHarbourview Hospital")),
    # ... while a refusal that says the same courtesy is still one
    ("a-refusal-after-a-large-number-of-applications", "rejection", _m(
        "Careers <noreply.careers@harbourview-hospital.example>", "Your application - Executive, Billing",
        "Dear Alex Morgan,\n\nThank you for applying. Due to the large number of applications, the selection was "
        "difficult, and unfortunately we will not be progressing your application further.\n\nWe wish you every "
        "success.\n\nTalent Acquisition\nHarbourview Hospital")),
    # an offer with its terms, the post named after "join us as"
    ("an-owner-would-love-to-have-you-join-us-as-the-post", "offer", _m(
        "Priya Lim <priya@brightsmile-dental.example>", "Front desk role",
        "Hi Alex,\n\nDr Tan really enjoyed meeting you on Thursday. We'd love to have you join us as Front Desk "
        "Coordinator. Here's what we can offer:\n\n- $3,100/month basic + CPF\n- 14 days annual leave\n\nYou could "
        "start 1 May. Let me know by Friday and I'll send the formal letter!\n\nPriya")),
    # an offer letter sent before, chased for the user's decision: no new offer
    ("a-chaser-for-the-decision-on-an-offer-sent", "company_reply", _m(
        "Mei Tan <hr@tanbros-trading.example>", "RE: Letter of Offer - Accounts Executive",
        "Hi Alex,\n\nJust checking if u have received the revised offer letter? Mr Tan asking.\n\nPls let us know ur "
        "decision by this Fri latest.\n\nThanks")),
    # a subject that says the interview is rescheduled, the new time offered
    ("a-subject-says-interview-reschedule", "reschedule", _m(
        "HR <hr@meranti-furniture.example>", "Interview reschedule - Admin Executive",
        "Dear Alex,\n\nRefer to our call yesterday, your interview was fixed on Thu 12 Feb 10am. Sorry, our boss only "
        "can meet on Sat 14 Feb 11am as he is outstation. Is it ok for you?\n\nRegards,\nHR")),
]

OTHER_MAIL = [
    # a client's general meeting the user set up: the writer meets the studio, not the user
    ("a-clients-general-meeting-confirmed", _m(
        "Nadia Cole <nadia.cole@bluequarry-films.example>", "Confirming: Omar Haddad general - Tue 3/3 2pm",
        "Hi Alex,\n\nConfirming Omar Haddad's general with Leo Park (VP, Development) on Tuesday, 3/3 at 2:00pm at "
        "our offices, 1200 Olive Ave, Suite 400.\n\nParking is validated. Thanks!\n\nNadia")),
    # ... and a client's pitch moved
    ("a-clients-pitch-moved", _m(
        "Ines Moreau <imoreau@northgate-pictures.example>", "Need to move: Omar's pitch",
        "Hi Alex - Leo has been pulled into a board meeting, so we need to move Omar's pitch on Thursday. Could we do "
        "Monday 3/9 at 11am instead? Same place.\n\nInes")),
    # a festival: the user is going
    ("a-festival-says-youre-going", _m(
        "Harbour Lights Festival <tickets@harbourlights.example>", "You're going to Harbour Lights!",
        "Hi Alex,\n\nYou're going! Your two weekend passes are attached. Doors open at 6pm on Friday.\n\nSee you "
        "there,\nHarbour Lights")),
    # the user's own job's yearly review
    ("the-users-own-annual-review", _m(
        "Kim Tran <kim.tran@oakley-retail.example>", "Your annual review",
        "Hi Alex,\n\nIt's time for your annual review. I've booked us in for Thursday at 10 in the small meeting room. "
        "Please fill in the self-review form beforehand.\n\nKim")),
    # a conference registered for
    ("a-conference-registration", _m(
        "Retail Futures 2026 <events@retailfutures.example>", "Thanks for registering for Retail Futures 2026",
        "Hi Alex,\n\nThank you for registering for Retail Futures 2026 on 14 May at the Exhibition Centre. Your ticket "
        "is attached; the recording will be sent to all registrants afterwards.\n\nThe Retail Futures team")),
    # a conference would love to have the user join as a speaker
    ("a-conference-would-love-to-have-you-join-us-as-a-speaker", _m(
        "Mei Chua <mei@fintech-week.example>", "Speaking at Fintech Week",
        "Hi Alex,\n\nWe'd love to have you join us as a speaker on the payments panel on 12 May. Let me know by Friday "
        "if you can make it.\n\nMei")),
    # a members' newsletter's spotlight, by phone
    ("a-newsletter-spotlight-interview", _m(
        "Dana Voss <dvoss@tradesguild.example>", "Member spotlight - a quick interview?",
        "Hi Alex,\n\nCongratulations on your licence! We'd love to feature you in the Member Spotlight of our spring "
        "newsletter. Would you be up for a short phone interview next week? Let me know a couple of times that work."
        "\n\nDana Voss\nCommunications Coordinator")),
    # a room's owner meets the tenant first, "like an interview"
    ("a-room-owner-meets-the-tenant", _m(
        "Ken Ong <kenong.realty@gmail.com>", "Re: Room for rent @ Bukit Batok",
        "Hi Alex,\n\nOwner says ok but she wants to meet you first, like an interview, she is particular. Sat 2pm can? "
        "Bring a copy of your offer letter.\n\nKen")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
