"""Reading mail as recruiters write it: the failure classes of issue 13, each as a general rule.

Candidacy evidence, what happened, and the facts are separate questions (agent/evidence.py,
agent/features.py, agent/facts.py); these fixtures are written here, not taken from ../shared.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from agent.classify import classify
from agent.demo.builder import ics_event, mail
from agent.domains import org_of_host, registrable
from agent.facts import label_as_name
from agent.features import score
from agent.learned import LearnedRule, key_for, match, subject_shape
from agent.models import Person
from agent.parse import parse
from agent.when import find_datetimes, writer_zone

NY = ZoneInfo("America/New_York")
ME = "Alex Morgan <alex.morgan@example.net>"
SENT = datetime(2026, 6, 1, 10, 0, tzinfo=NY)
LIST = {"List-Unsubscribe": "<https://mail.example/u>", "List-Id": "<careers.news.example>"}


def m(frm: str, subject: str, body: str, **kw) -> bytes:
    return mail(frm=frm, to=ME, subject=subject, date=kw.pop("date", SENT), body=body,
                msgid=kw.pop("msgid", "<r@example.com>"), **kw)


def read(raw: bytes, **kw):
    return classify(parse(raw, me={"alex.morgan@example.net"}), tz=NY, **kw)


AT = datetime(2026, 6, 3, 13, 0, tzinfo=NY)

READINGS = [
    # rejections: decision words outrank the courtesy around them
    ("thanks-first-rejection", "rejection", m(
        "Talent Team <careers@lindqvist-analytics.example>", "Your application",
        "Hi Alex,\n\nThank you for applying and for your interest in Lindqvist Analytics. We received many strong "
        "applications; after careful consideration we have decided to move ahead with candidates whose experience "
        "more closely matches the role.\n\nWe wish you every success.\n")),
    ("ats-list-unsubscribe-rejection", "rejection", m(
        "Lindqvist Analytics <no-reply@ashbyhq.com>", "Update on your application",
        "Hi Alex, thanks for your interest. Unfortunately we won't be progressing your application. You can also join "
        "our talent community for future openings.\n", headers=LIST)),
    ("rejection-mentions-assessment", "rejection", m(
        "Lindqvist Analytics <no-reply@greenhouse.io>", "Your Lindqvist Analytics application",
        "Hi Alex, thank you for completing the coding assessment. Regrettably we will not be moving forward with your "
        "candidacy at this time.\n")),
    ("right-offer-is-a-rejection", "rejection", m(
        "Maya Osei <maya@lindqvist-analytics.example>", "Re: Data Engineer",
        "Hi Alex, I'm sorry to tell you the team has decided to go with another candidate. Best of luck in finding the "
        "right offer - I'm sure it's out there.\n\nMaya\n")),
    ("not-progressing", "rejection", m(
        "Maya Osei <maya@lindqvist-analytics.example>", "Re: Data Engineer",
        "Dear Alex,\n\nThank you for your time last week. We won't be progressing your application on this "
        "occasion.\n\nKind regards,\nMaya\n")),
    # plain-language scheduling
    ("plain-booking", "interview_confirmation", m(
        "Dan Reyes <dan@quarrystone.example>", "Final round",
        "Hi Alex,\n\nWe'd like to bring you in for the final round. I've booked it for Wednesday, June 3, 1-4 PM at "
        "our office - ask for me at the front desk.\n\nDan\nDirector of Engineering, Quarrystone\n")),
    ("thanks-first-invitation", "interview_invitation", m(
        "Mia Chen <mia@quarrystone.example>", "Data Engineer - Quarrystone",
        "Hi Alex,\n\nThanks for applying for the Data Engineer role! I'd love to set up a 30 minute chat. Would you "
        "have some time next week? Just send through a few options.\n\nMia\nTalent Partner\n")),
    ("british-invitation", "interview_invitation", m(
        "Eleanor Whitcombe <eleanor@ashgrove.co.uk>", "Your application - Data Lead",
        "Dear Alex,\n\nThank you for your application. We would like to meet you for a first interview. Which days "
        "would suit?\n\nKind regards,\nEleanor\nHead of People\n")),
    ("canadian-invitation", "interview_invitation", m(
        "Jean Arsenault <jean@coastline.ca>", "Phone screen - BI Developer",
        "Hi Alex,\n\nThanks for applying to the BI Developer position. We would like to meet you - do you have an "
        "hour next week?\n\nJean\nTalent Acquisition Advisor\n")),
    ("british-invitation-later", "interview_invitation", m(
        "Hattie Marchbanks <hattie@pellucid.ai>", "Pellucid AI - Applied Scientist interview",
        "Hi Alex,\n\nThank you for applying for the Applied Scientist role. The next step would be a 45-minute "
        "technical interview. Could you let me know which days later this week or next would suit?\n\nHattie\n")),
    ("send-a-few-options", "interview_invitation", m(
        "Hattie Marchbanks <hattie@pellucid.ai>", "Re: Pellucid AI - Applied Scientist interview",
        "Hi Alex,\n\nAnselm would like to move you to the final round. Could you send a few options for the week of "
        "6 April?\n\nHattie\n")),
    ("status-update-ack", "application_ack", m(
        "Fraser McLeod <fraser@gallowgate.co.uk>", "Status update",
        "Hi Alex,\n\nJust a short status update: your application for the Data Analyst role is now with the hiring "
        "manager for review.\n\nFraser\n")),
    ("offer-to-the-user", "offer", m(
        "Maya Osei <maya@lindqvist-analytics.example>", "Good news",
        "Hi Alex,\n\nThe team would like to offer you the Senior Data Engineer position! The offer letter will follow "
        "tomorrow.\n\nMaya\n")),
    # look-alikes: none of these is the user's own candidacy, whatever words they use
    ("friend-coffee", "not_relevant", m(
        "Ottie <ottie.b@gmail.com>", "Invitation: Coffee?",
        "Want to hear how the interviews are going!",
        ics=ics_event(start=AT, end=AT + timedelta(hours=1), summary="Coffee?", organizer="ottie.b@gmail.com",
                      attendees=["alex.morgan@example.net"]))),
    ("exit-interview", "not_relevant", m(
        "HR <people@currentjob.example>", "Your exit interview",
        "Hi Alex, as your last day approaches, we've scheduled your exit interview for June 3 at 1 PM.\n")),
    ("coach-calendly", "not_relevant", m(
        "Calendly <notifications@calendly.com>", "Confirmed: Mock Technical Interview with Deb Harrington",
        "A new event has been scheduled: Mock Technical Interview (60 min), June 3, 1:00pm.\n",
        reply_to="Deb Harrington <deb@harringtoncareers.example>")),
    ("podcast", "not_relevant", m(
        "Lena Hart <lena@buildersbrew.example>", "Our interview on Wednesday",
        "Hi Alex, looking forward to our interview for the podcast on June 3 at 1 PM. Your interview is confirmed.\n")),
    ("research-session", "not_relevant", m(
        "Research <research@appco.example>", "Your session is confirmed",
        "Thanks for joining our user research study. Your interview is confirmed for June 3 at 1 PM; a $75 gift card "
        "follows.\n")),
    ("newsletter-confirmed", "not_relevant", m(
        "Career Digest <news@careerdigest.example>", "Your interview is confirmed? Here is how to prepare",
        "View in browser\n\nThis week: interview tips for the final round.\n", headers=LIST)),
    ("job-alert-tips", "not_relevant", m(
        "Jobs <alerts@jobboard.example>", "Interview tips and 12 new jobs for you",
        "New jobs match your saved search. Plus: how to negotiate your offer.\n", headers=LIST)),
    # real-inbox shapes: careers mail through a mailing service, outreach words around a named application
    ("careers-list-mail-rejection", "rejection", m(
        "Harrow & Pike Careers <careers@harrowpike.example>", "Your application to Harrow & Pike",
        "Dear Alex,\n\nThank you for applying for the Planner role. I'm sorry to say we won't be progressing your "
        "application on this occasion. You can set up job alerts on our careers site.\n",
        headers={**LIST, "Precedence": "bulk"})),
    ("named-application-beats-outreach-words", "interview_invitation", m(
        "Ravi Menon <ravi@kestrelworks.example>", "Next round",
        "Dear Alex,\n\nWith reference to your application for the Analyst position, your profile has been shortlisted "
        "for the next round. Kindly share your availability for next week. Please also share your updated resume.\n")),
    ("going-to-pass", "rejection", m(
        "Ines <ines@kestrelworks.example>", "Re: hi", "hey alex - we talked it over and we're going to pass for now. "
        "good luck out there!\n\nSent from my iPhone\n")),
    ("moved-it-to", "reschedule", m(
        "Ines <ines@kestrelworks.example>", "Re: Case interview",
        "Hi Alex, our lead is off sick so tomorrow's review cannot go through. We moved it to Tuesday 9 June, same "
        "time. I already sent you the new invite.\nInes\n")),
    ("stands-cancelled", "cancellation", m(
        "Ravi Menon <ravi@kestrelworks.example>", "RE: Technical Round 2",
        "Dear Alex,\n\nThe Technical Round 2 scheduled on 4-Jun-2026 stands cancelled as the position is on hold. "
        "We will reach out once it reopens.\n\nThanks & Regards,\nRavi\nTalent Acquisition\n")),
    ("regret-a-cancelled-interview", "cancellation", m(
        "Harrow & Pike <no-reply@icims.com>", "Interview cancellation",
        "Hello Alex,\n\nWe regret to inform you that your interview for the Planner position has been cancelled. "
        "Someone from our team will contact you.\n")),
    ("case-handed-over", "assessment", m(
        "Joost <joost@kestrelworks.example>", "the case", "Hi Alex,\n\nAs promised hereby the case (attached). "
        "Please don't spend more than 3 hours on it and send it back before Friday.\n\nJoost\n")),
    ("one-way-video", "assessment", m(
        "Harrow & Pike <noreply@hirevue.com>", "Complete your video interview",
        "Dear Alex,\n\nAs the next step we invite you to complete an on-demand video interview. You will record "
        "answers to 5 questions. Deadline: June 9, 2026.\n")),
    ("founder-on-a-personal-account", "interview_invitation", m(
        "Tove Lind <tove.lind@gmail.com>", "Re: hello",
        "Hey Alex! Loved your note. Are you around tomorrow for a quick call with our CTO? Anytime after 11 works.\n")),
    ("friend-on-a-personal-account", "not_relevant", m(
        "Tove Lind <tove.lind@gmail.com>", "Re: hello",
        "Hey Alex! Are you around tomorrow for a quick call? Want to hear how the move went.\n")),
    ("job-scam-on-a-personal-account", "not_relevant", m(
        "Recruiting Desk <hr.desk.jobs@gmail.com>", "Job offer",
        "Hello, our hiring manager reviewed your profile. Are you available tomorrow for a call on Telegram? $40 per "
        "hour, data entry from home.\n")),
    ("agency-forwards-the-clients-no", "rejection", m(
        "Connor <connor@brookfieldtalent.example>", "Fwd: Candidate feedback",
        "Hey Alex, not the news we wanted, see below.\n\nConnor\n\n---------- Forwarded message ---------\n"
        "From: Helen <helen@quayline.example>\nDate: Tue, Jun 2, 2026\nSubject: Candidate feedback\nTo: Connor\n\n"
        "Hi Connor, thanks for putting Alex forward. Unfortunately we won't be taking the application further.\n")),
    ("research-session-confirmed", "not_relevant", m(
        "Panel <notifications@panelwise.example>", "Your research interview session is confirmed",
        "You're confirmed! Your session for the study on BI tools is confirmed: Thursday, June 4, 2026 at 1:00 PM EDT, "
        "a remote interview with a UX researcher.\n")),
    ("visa-appointment", "not_relevant", m(
        "Visa Services <no-reply@visa-centre.example>", "Appointment confirmation: visa interview",
        "Your appointment has been booked. Appointment type: visa interview and biometrics. Date: June 4, 2026, 09:40.\n")),
    ("agency-want-to-offer", "offer", m(
        "Aoife <aoife@castlemoorsearch.example>", "Re: Fwd: Alex Morgan - Otterburn",
        "Alex call me when you get a sec!! They want to offer 🎉 I've got the numbers.\n\nSent from my iPhone\n")),
    ("esignature-letter-of-offer", "offer", m(
        "Sione via Docusign <dse@docusign.net>", "Please DocuSign: Letter of Offer - Alex Morgan.pdf",
        "Sione sent you a document to review and sign. Hi Alex, as discussed, here's your letter of offer for the "
        "Analyst role. Please sign by Friday.\n")),
    ("italian-confirmation", "interview_confirmation", m(
        "Chiara <c.bellandi@orticasistemi.example>", "Conferma colloquio",
        "Ciao Alex,\n\nti confermo il colloquio per la posizione di Data Analyst per mercoledì 3 giugno alle 13:00, "
        "su Google Meet.\n\nChiara\n")),
    ("picked-the-other-person", "rejection", m(
        "Ben <ben@kitemoor.example>", "Re: Thanks for today",
        "Alex,\n\nI'll be straight with you. It came down to you and one other person, and we picked the other person."
        "\n\nBen\n")),
    ("cannot-offer-you-the-job", "rejection", m(
        "Maggie <maggie@bellmoor.example>", "Re: Ecommerce Manager",
        "Morning Alex, we're going to hold off on hiring this year, so I can't offer you the job. Sorry.\n\nMaggie\n")),
    ("decided-not-to-extend-an-offer", "rejection", m(
        "Ramona <ramona@yardmoor.example>", "Thank you",
        "Hi Alex, thanks for spending the day with us. We've decided not to extend an offer.\n\nRamona\n")),
    ("recruiters-offer-package", "not_relevant", m(
        "Brent <brent@apexmoor.example>", "Senior Analytics role - strong offer package",
        "Hi Alex, came across your profile and thought you'd be a great fit. They're offering $185k base plus equity. "
        "If you're open to a chat, what does your availability look like?\n")),
    ("offer-terms-in-writing", "offer", m(
        "Kira <kira@dewmoor.example>", "As promised - details from our call",
        "Hi Alex,\n\nGreat speaking earlier! As promised, here's what we talked about in writing:\n\nRole: Analytics "
        "Lead\nBase: $162,000\nBonus: 10% target\nStart: June 15\n\nKira\n")),
    ("journal-decision", "not_relevant", m(
        "Editorial Office <em@editorial.example>", "Decision on manuscript JAUA-D-26-00318",
        "Dear Dr. Morgan, thank you for submitting your manuscript. I regret to inform you that we are unable to accept "
        "your manuscript for publication.\n")),
    ("see-you-at-nine-thirty", "interview_confirmation", m(
        "Tom <tom@haverby.example>", "Re: Wednesday", "Great, see you at 13.00 Wednesday. Bring nothing but yourself.\n\nTom\n"
        "\nSent from my iPhone\n")),
    ("not-going-to-be-extending", "rejection", m(
        "P-L Gauthier <pl@gatinby.example>", "Following up",
        "Hi Alex,\n\nWe've met as a team and we're not going to be extending an offer for the Data Engineer II "
        "position.\n")),
    ("make-you-an-offer-after-comparing-notes", "offer", m(
        "Marcus <marcus@tupelby.example>", "Re: Comp question",
        "Alex,\n\nGood news - Priyanka and I compared notes and we'd like to make you an offer. Can I call you at 4?"
        "\n\nMarcus\n")),
    ("journalist", "not_relevant", m(
        "Noor Haddad <noor@brightline.example>", "Quick interview for a piece on layoffs?",
        "Hi Alex, I'm a reporter covering the job market. Would you be open to a 20-minute phone interview for a "
        "story I'm writing? Would Thursday work?\n")),
    # someone "out of the office" is away: no visit to a company, so a moved appointment stays an appointment
    ("moved-appointment-out-of-office", "not_relevant", m(
        "Dana Lee <dana@harboursidephysio.example>", "Your appointment has moved",
        "Hi Alex, Sam is out of the office on Tuesday so we have moved your appointment to Friday 12 June at 9:40 AM."
        " Reply Y to confirm.\n")),
    # a landlord approving a renewal in a thread: an application, but not for a job
    ("landlord-renewal-approved", "not_relevant", m(
        "Marta Quill <marta@quillhomes.example>", "Re: Renewal",
        "Hi Alex, good news, your renewal application went through. Your rent goes up to $1,980 from August."
        "\n\nMarta\n")),
    # a manager's standing one-to-one, titled as calendars title it, moved: the user's own job
    ("managers-one-to-one-moved", "not_relevant", m(
        "Jordan Reyes <jordan@kestrelworks.example>", "Updated invitation: Alex / Jordan 1:1 @ Wed Jun 10, 2026 10am - 10:30am",
        "Moving us to Wednesday at 10 this week, I'm travelling Tuesday.\n",
        ics=ics_event(start=AT + timedelta(days=7), end=AT + timedelta(days=7, minutes=30), summary="Alex / Jordan 1:1",
                      organizer="jordan@kestrelworks.example", attendees=["alex.morgan@example.net"], sequence=1))),
    # the user's own interview panel being unavailable is still the user's interview
    ("panel-unavailable-rescheduled", "reschedule", m(
        "Talent Team - Wrenfield <talent@wrenfield.example>", "Rescheduled: Technical Interview Round 2",
        "Dear Alex,\nAs the interview panel is unavailable on Tuesday, we have rescheduled your technical interview for"
        " the Data Engineer position to Thursday 11 June, 3:00 PM - 4:00 PM ET.\nRegards,\nPriya\n")),

]


@pytest.mark.parametrize("name, kind, raw", READINGS, ids=[r[0] for r in READINGS])
def test_reading(name, kind, raw):
    sig = read(raw)
    assert sig.kind == kind, sig.reasons
    if kind == "interview_confirmation":
        assert sig.interview_start == datetime(2026, 6, 3, 13, 0, tzinfo=NY)


NAME_TO_NAME_INVITE = m(
    "Yasmin Khoury <yasmin@bellwethergrid.com>", "Invitation: Bellwether Grid | Alex Morgan <> Callum Ferreira",
    "Calendar invitation from Yasmin Khoury.\n",
    ics=ics_event(start=AT, end=AT + timedelta(hours=1), summary="Bellwether Grid | Alex Morgan <> Callum Ferreira",
                  organizer="yasmin@bellwethergrid.com", attendees=["alex.morgan@example.net"]))


def test_a_name_to_name_invite_alone_is_read_as_a_booking():
    """A coordinator's bare "Company | Alex Morgan <> Callum Ferreira" invitation says nothing but who meets. The
    word model knows eight of its words and read them as a coin flip (session 46's: 51% a booking; session 47's
    retrain: 52% other mail, so the agent asked); session 48's, trained until its weights settle, reads them as a
    booking, and a one-off meeting a person at a company set up with the user by name is then read as one; session 49's
    again leaves it doubting. Each retrain moves eight words' coin flip: what must hold is that the booking is read, or
    asked about with the booking as the guess, never dropped or read as something else."""
    sig = read(NAME_TO_NAME_INVITE)
    assert (sig.kind if not sig.needs_look else sig.guess) == "interview_confirmation", sig.reasons
    assert sig.kind == "interview_confirmation" or sig.kind == "not_relevant" and sig.needs_look, sig.reasons


def test_decision_words_add_up_from_courtesy():
    """'Unfortunately' alone is no rejection; with a well-wish it is."""
    alone = read(m("Maya Osei <maya@lindqvist-analytics.example>", "Re: Data Engineer",
                   "Hi Alex, unfortunately Omar is out sick, so we need to reschedule our interview.\n"))
    assert alone.kind == "reschedule"
    both = read(m("Maya Osei <maya@lindqvist-analytics.example>", "Re: Data Engineer",
                  "Hi Alex, unfortunately it's not good news this time. We wish you all the best in your search.\n"))
    assert both.kind == "rejection"


def test_an_unsure_reading_needs_a_look_and_leads_to_nothing():
    """An offer from a personal account naming no company the user is in a process with: the
    agent asks rather than sending time-sensitive drafts to every other company."""
    sig = read(m("Sam <sam.recruits@gmail.com>", "Offer",
                 "Hi Alex, we'd like to offer you the Data Engineer role at Quillfeather! Details to follow.\n"))
    assert sig.kind == "not_relevant"
    assert sig.needs_look and sig.guess == "offer"
    assert "offer" in sig.reasons[0]
    known = read(m("Sam <sam.recruits@gmail.com>", "Offer",
                   "Hi Alex, we'd like to offer you the Data Engineer role at Quillfeather! Details to follow.\n"),
                 known_domains={"gmail.com"})
    assert known.kind == "not_relevant"  # a free-mail domain is never a company the user knows


def test_the_users_own_employer_never_starts_an_application():
    raw = m("Priya <priya@currentjob.example>", "Next interview",
            "Hi Alex, can we set up the interview for Thursday, June 4 at 2 PM? Let me know what works for you.\n")
    assert read(raw).kind != "not_relevant"
    assert read(raw, own_domains={"currentjob.example"}).kind == "not_relevant"


def test_a_person_at_a_company_is_read_without_job_words():
    """A one-line reply from someone at a company, to the user alone, says what happened without
    naming the job: a company the user is in a process with makes it count; so does a clear step
    of a hiring process (a conversation moved, a decision, a status), or a meeting moved in a
    thread the user is in. A time moved with no conversation named, outside a thread, could be
    anything: alone, it is not candidacy."""
    body = "so sorry - kid's sick. any chance we can push to tomorrow same time?\n\nSent from my iPhone\n"
    raw = m("Hannah <hannah@copperbeech.example>", "Re: Portfolio review", body)
    assert read(raw).kind == "reschedule"
    fresh = m("Hannah <hannah@copperbeech.example>", "tomorrow", body)
    assert read(fresh).kind == "not_relevant"
    assert read(fresh, known_domains={"copperbeech.example"}).kind == "reschedule"
    status = m("Hannah <hannah@copperbeech.example>", "Re: Thanks!", "Was great. Team's reviewing, will circle back\n")
    assert read(status).kind == "company_reply"
    assert read(m("Hannah <hannah.l@gmail.com>", "Re: Thanks!", "Was great. Team's reviewing, will circle back\n")
                ).kind == "not_relevant"
    drinks = read(m("Jo <jo@acme-widgets.example>", "Re: drinks friday", "can we push our chat over drinks to 7?\n"))
    assert drinks.kind == "not_relevant"
    # not a reply and no conversation named: a moved lunch is not a moved interview
    lunch = read(m("Hannah <hannah@copperbeech.example>", "lunch", "any chance we can push lunch to tomorrow?\n"))
    assert lunch.kind == "not_relevant"
    # a moved chat from a person at a company is: a scheduling act plus a conversation
    chat = read(m("Olly <olly@zestpay.example>", "tmrw", "hi alex can we push tmrw's chat to 4 instead of 2? sorry! O\n"))
    assert chat.kind == "reschedule"


def test_registrable_domains_name_the_company():
    assert registrable("careers.saltbush.com.au") == "saltbush.com.au"
    assert org_of_host("mail.fennel.co.uk") == "fennel"
    assert org_of_host("copperline-energy.example") == "copperline-energy"
    raw = m("Tamsin Oakes <tamsin@saltbushenergy.com.au>", "Interview - Software Engineer",
            "Hi Alex, your interview is confirmed for June 3 at 1 PM.\n\nTamsin\n")
    assert read(raw).company == "Saltbush Energy"  # never "Com"


@pytest.mark.parametrize("label, name", [
    ("wayfarerhealth", "Wayfarer Health"), ("kirkstallsoftware", "Kirkstall Software"),
    ("saltboxstudios", "Saltbox Studios"), ("granite-peak", "Granite Peak"),
    # no known company word at the end, or too little before it: the label stays whole, never cut by guesswork
    ("blackbutteng", "Blackbutteng"), ("granitepeak", "Granitepeak"), ("medicare", "Medicare"), ("dubai", "Dubai"),
])
def test_a_domain_all_the_mail_says_is_written_as_a_name(label, name):
    """A draft says 'at {company}': 'at Wayfarer Health', not 'at Wayfarerhealth', when only the domain names it."""
    assert label_as_name(label) == name


@pytest.mark.parametrize("sender, body, company", [
    ("Fennel & Co <no-reply@greenhouse.io>", "Thank you for applying to Fennel & Co. We received your application.",
     "Fennel & Co"),
    ("Dana Whitlock <no-reply@ashbyhq.com>", "Dana Whitlock here - thanks for applying to the Analyst role at "
     "Brackenridge Capital. We received your application.\n\nDana Whitlock", "Brackenridge Capital"),
    ("Ruth <ruth@coastlinecu.ca>", "Thanks for applying to Coastline Credit Union. We received your application.",
     "Coastline Credit Union"),
    ("Kavya <kavya@indigoharbour.in>", "Your application is now with our hiring manager.\n\nKavya\n"
     "Indigo Harbour Software Pvt. Ltd.", "Indigo Harbour Software Pvt. Ltd"),
    ("Rob Whitaker <rob@harlowsearch.co.uk>", "Great news - Pemberton & Shah want to meet you for the Legal "
     "Developer role! Which day suits?\n\nRob Whitaker\nPrincipal Consultant, Harlow Search Ltd", "Pemberton & Shah"),
    # public bodies and their portals (session 7: fresh set AT read 0.51 of its companies on arrival)
    ("NHS Jobs <noreply@jobs.nhs.uk>", "Your application has been submitted.\n\nJob title: Staff Nurse\nEmployer: "
     "Pellow Vale NHS Foundation Trust\nClosing date: 2 February 2026\n", "Pellow Vale NHS Foundation Trust"),
    ("University of Harnby <jobs-noreply@harnby.ac.uk>", "Thank you for your application for the post of Research "
     "Assistant. We have received your application.", "University of Harnby"),
    ("Nadia Farouk <nadia.farouk@dunmore.gov.uk>", "Thank you for applying. We have received your application.\n\n"
     "Nadia Farouk\nHR Officer\nDunmore District Council", "Dunmore District Council"),
])
def test_company_names(sender, body, company):
    sig = read(m(sender, "Your application", body))
    assert sig.kind != "not_relevant", sig.reasons
    assert sig.company == company


def test_a_zone_abbreviation_means_what_it_says_then():
    """'MST' in June is Arizona's fixed offset, not Denver's daylight time; in January both agree."""
    june = datetime(2026, 6, 9, tzinfo=ZoneInfo("UTC"))
    for zone in ("America/Phoenix", "America/Denver", "Europe/London"):
        found = find_datetimes("Wednesday, June 10, 2026 at 9:30 AM (MST)", june, ZoneInfo(zone))
        assert found[0].start.utcoffset() == timedelta(hours=-7)
    jan = find_datetimes("January 14, 2026 at 9:30 AM MST", june, ZoneInfo("Europe/London"))
    assert jan[0].start.utcoffset() == timedelta(hours=-7)
    pdt = find_datetimes("July 14, 2026 at 9:30 AM PST", june, ZoneInfo("Europe/London"))
    assert pdt[0].start.utcoffset() == timedelta(hours=-7)  # the writer meant Pacific local time


def test_a_time_without_a_zone_is_on_the_writers_clock():
    """A person's Date header shows their clock; a server's +0000 shows nothing."""
    london, utc = ZoneInfo("Europe/London"), ZoneInfo("UTC")
    july = datetime(2026, 7, 1, 9, 0, tzinfo=timezone(timedelta(hours=-7)))
    assert writer_zone(july, london) == ZoneInfo("America/Los_Angeles")
    assert writer_zone(july.replace(month=1), london) == ZoneInfo("America/Denver")
    assert writer_zone(datetime(2026, 7, 1, tzinfo=utc), london) == london
    assert writer_zone(None, london) == london
    assert writer_zone(datetime(2026, 3, 3, tzinfo=timezone(timedelta(hours=5, minutes=30))), london) \
        == ZoneInfo("Asia/Kolkata")
    # the user's own zone when it keeps that offset: its DST rules carry the time across the change
    sent = datetime(2026, 3, 3, 10, 0, tzinfo=timezone(timedelta(hours=-5)))
    assert writer_zone(sent, NY) == NY
    raw = m("Dan Ortiz <dan@quaysidebuild.com>", "Final round",
            "Hi Alex, we'd like to bring you in for the final round. I've booked it for Tuesday, March 10 at 2 PM "
            "at our office.\nDan", date=sent)
    for user in (london, utc, NY):
        found = classify(parse(raw, me={"alex.morgan@example.net"}), tz=user)
        assert found.interview_start == datetime(2026, 3, 10, 14, 0, tzinfo=NY)  # -04:00 after the change


def test_the_calendar_part_wins_over_the_text():
    start = datetime(2026, 6, 10, 9, 30, tzinfo=ZoneInfo("America/Phoenix"))
    raw = m("Cholla Mutual <no-reply@successfactors.com>", "Reminder: your interview tomorrow",
            "This is a reminder of your interview for Claims Analyst on June 10, 2026 at 10:30 AM (MDT).",
            ics=ics_event(start=start, end=start + timedelta(minutes=45), summary="Interview",
                          organizer="no-reply@successfactors.com", attendees=["alex.morgan@example.net"]))
    assert read(raw).interview_start == start


def test_learned_rules_match_the_next_message_like_it():
    coach = Person("deb@harringtoncareers.example", "Deb")
    key = key_for(Person("notifications@calendly.com", "Calendly"), [coach], "Confirmed: Mock", None, "not_relevant")
    assert key == ("sender", "deb@harringtoncareers.example", "")
    robot = key_for(Person("no-reply@greenhouse.io", "Acme"), [], "Re: Update on your application 123", None, "rejection")
    assert robot == ("sender", "no-reply@greenhouse.io", "update on your application #")
    assert key_for(None, [], "x", "careers.news.example", "not_relevant") == ("list-id", "careers.news.example", "")
    rules = [LearnedRule(1, "sender", "no-reply@greenhouse.io", "rejection", subject_shape("Update on your application 9"),
                         "test")]
    same = parse(m("Acme <no-reply@greenhouse.io>", "Update on your application 41", "Hi Alex, an update."))
    other = parse(m("Acme <no-reply@greenhouse.io>", "Thanks for applying", "Hi Alex, we received your application."))
    assert match(rules, same) is rules[0]
    assert match(rules, other) is None
    sig = classify(same, tz=NY, learned=rules)
    assert sig.kind == "rejection" and "rule 1" in sig.reasons[0]


OUTLOOK_REPLY = """<html><body dir="ltr"><div style="font-family: Calibri">Hi Alex,</div><div><br></div>
<div>Thanks for getting back to me. Would you be able to come in on Thursday 12th at 10:30 to meet Omar and the
rest of the product team? It will be about an hour.</div><div><br></div><div>Kind regards,</div><div>Hettie</div>
<hr><div id="divRplyFwdMsg"><b>From:</b> Alex Morgan &lt;alex.morgan@example.net&gt;<br><b>Sent:</b> 09 March 2026
<br><b>To:</b> Hettie &lt;hettie@loomwright.example&gt;<br><b>Subject:</b> Re: Designer</div>
<div>Hi Hettie, thanks - yes, still very interested. Alex</div></body></html>"""
GMAIL_REPLY = """<div dir="ltr">Hi Alex,<div><br></div><div>Great chatting today! Next up would be 45 min with Tomasz
(our CTO) - could you send me a few times that work next week?</div><div><br></div><div>Cheers,</div><div>Mia</div>
</div><br><div class="gmail_quote"><div class="gmail_attr">On Mon, Mar 9, 2026 at 4:10 PM Alex Morgan wrote:<br></div>
<blockquote class="gmail_quote"><div dir="ltr">Thanks Mia, lovely to talk. Any update on the podcast?</div></blockquote></div>"""


@pytest.mark.parametrize("html", [OUTLOOK_REPLY, GMAIL_REPLY])
def test_a_persons_html_mail_is_read_by_its_lines(html):
    """A person's HTML-only reply never says "interview": it is parsed with its lines, quote and
    signature (not flattened into one line with the quoted history), and the ask is read as one."""
    raw = m("Mia <mia@loomwright.example>", "Re: Designer", "", html=html)
    email = parse(raw, me={"alex.morgan@example.net"})
    assert "\n" in email.text and "podcast" not in email.text and "Sent:" not in email.text
    assert read(raw).kind == "interview_invitation"


@pytest.mark.parametrize("body, kind", [
    # an ask to meet, at a time, as a question: an invitation in any words
    ("Are you around tomorrow afternoon for a quick call with our head of product?", "interview_invitation"),
    ("How about coming by the office Tuesday to meet a couple of the engineers?", "interview_invitation"),
    # a meeting fixed in plain words
    ("Let's do Tuesday at 10am. I'll send a Meet link shortly.", "interview_confirmation"),
    ("Great - we'll see you Thursday at 2pm at the front desk.", "interview_confirmation"),
    # past meetings and social plans are neither
    ("It was a pleasure to see you again on Wednesday. We'll be in touch once the panel has met.", "company_reply"),
    ("Want to grab drinks Thursday at 6 to celebrate?", "not_relevant"),
])
def test_plain_words_make_an_act_in_one_sentence(body, kind):
    assert read(m("Rui Costa <rui@tallowmere.example>", "Re: hello", body + "\nRui\n")).kind == kind


def test_days_named_from_the_message_date():
    sent = datetime(2026, 5, 11, 15, 5, tzinfo=ZoneInfo("Australia/Sydney"))
    for text in ("Just a reminder about tomorrow - 10am at our office.", "See you tomorrow at 10am!", "10am tomorrow"):
        found = find_datetimes(text, sent, ZoneInfo("Australia/Sydney"))
        assert found and found[0].start == datetime(2026, 5, 12, 10, 0, tzinfo=ZoneInfo("Australia/Sydney")), text
    assert find_datetimes("today at 3pm", sent, ZoneInfo("Australia/Sydney"))[0].start.day == 11
    # a weekday written with a date keeps the date; "tomorrow" beside it adds nothing
    found = find_datetimes("tomorrow (Tuesday, May 19) at 2pm", sent, ZoneInfo("Australia/Sydney"))
    assert found[0].start.day == 19


def test_a_time_shifted_from_one_hour_to_another_is_the_second():
    sent = datetime(2026, 10, 16, 17, 26, tzinfo=NY)
    raw = m("Keith Lam <keith@hartfieldanalytics.example>", "Tuesday",
            "Hi Alex, sorry for the late change - I've shifted our chat on Tuesday from 2pm to 4pm, same Teams link. "
            "If 4 doesn't work for you, let me know.\nKeith\n", date=sent)
    sig = read(raw)
    assert sig.kind == "reschedule"
    assert sig.interview_start == datetime(2026, 10, 20, 16, 0, tzinfo=NY)


def test_a_person_on_a_personal_account_is_known_once_in_a_process():
    """A founder's short reply from Gmail says nothing about a job; once an earlier message of
    theirs was read as part of a process (the pipeline remembers their address, not gmail.com),
    it is read in that context, as a company's domain is."""
    from agent.context import company_domains

    first = parse(m("Tove Lind <tove.lind@gmail.com>", "hey", "Hey Alex! Are you around tomorrow for a quick call "
                    "with our CTO? Anytime after 11 works.\n"), me={"alex.morgan@example.net"})
    sig = classify(first, tz=NY)
    assert sig.kind == "interview_invitation"
    from agent.models import Message
    known = company_domains([Message.from_email(first, sig, SENT)])
    assert "tove.lind@gmail.com" in known and "gmail.com" not in known
    reply = m("Tove Lind <tove.lind@gmail.com>", "Re: hey", "Cool - Wednesday the 3rd, 1pm. Invite incoming.\n\nT\n")
    assert read(reply).kind == "not_relevant"
    assert read(reply, known_domains=known).kind == "interview_confirmation"
    stranger = m("Sam Reed <sam.reed@gmail.com>", "Re: hey", "Cool - Wednesday the 3rd, 1pm. Invite incoming.\n")
    assert read(stranger, known_domains=known).kind == "not_relevant"


@pytest.mark.parametrize("subject, body, kind", [
    ("Ihre Bewerbung", "Guten Tag Alex Morgan,\n\nvielen Dank. Ihre Unterlagen sind vollständig bei uns eingegangen.\n",
     "application_ack"),
    ("Re: Data Engineer", "Hi Alex, hättest du Lust, nächste Woche mit unserem CTO zu quatschen? Schick mir einfach "
     "2-3 Slots.\n", "interview_invitation"),
    ("Próxima etapa", "Oi Alex! O próximo passo é um bate-papo de 45 minutos com o Rodrigo. Você teria disponibilidade "
     "na quinta?\n", "interview_invitation"),
    ("Atualização", "Olá Alex, depois de uma análise cuidadosa, infelizmente optamos por seguir com outros candidatos.\n",
     "rejection"),
    ("Informacja", "Cześć Alex, niestety zarząd zdecydował, że zamykamy ten proces.\n", "rejection"),
    ("選考結果のご連絡", "Alex Morgan 様\n\n慎重に検討を重ねました結果、誠に残念ではございますが、"
     "今回はご期待に沿いかねる結果となりました。\n", "rejection"),
    ("Spostamento colloquio", "Ciao Alex, purtroppo dobbiamo spostare il colloquio di mercoledì a giovedì alle 15:00.\n",
     "reschedule"),
    ("Jahresgespräch 2026 – Alex / Markus", "Hi Alex, hier die Einladung für unser Jahresgespräch. Bitte bring deine "
     "Selbsteinschätzung mit.\n", "not_relevant"),
])
def test_other_languages_are_read_from_the_phrasebook(subject, body, kind):
    """agent/phrasebook.py: one list per kind and language; 'unfortunately' alone (purtroppo,
    infelizmente, niestety) is courtesy, and a review at the user's own employer is a look-alike."""
    assert read(m("Lena Vogt <lena@kupferlind.example>", subject, body)).kind == kind


def test_pulling_a_day_cancels_it():
    """"I'm going to have to pull Thursday" is a cancellation in the rules' own words, not only the model's."""
    sig = read(m("Ciaran <ciaran@brackwater.example>", "Re: Thursday",
                 "Alex, I'm going to have to pull Thursday, sorry. We've been told to hold off on interviews until the "
                 "budget is settled. I'll be in touch when I know more.\nCiaran\n"))
    assert sig.kind == "cancellation"
    assert "cancels an interview" in sig.reasons


def test_a_calendar_update_that_says_the_time_changed_is_a_reschedule():
    """Google Calendar's update says what changed ("When: Changed: ..." and "(was Tue ...)"): the
    interview moved, however much the rest of it reads like the booking it re-sends."""
    later = AT + timedelta(days=2)
    body = ("This event has been changed.\n\nPinebrook Data - Analyst Interview\nWhen: Changed: Friday Jun 5, 2026 "
            "1pm - 2pm (Eastern Time - New York)\n(was Wednesday Jun 3, 2026 1pm - 2pm)\n\nJoin with Google Meet: "
            "https://meet.google.com/abc-defg-hij\n\nOrganizer\nNora Pike\nnora@pinebrookdata.example\n\n"
            "Invitation from Google Calendar\n")
    raw = m("Nora Pike <nora@pinebrookdata.example>",
            "Updated invitation: Pinebrook Data - Analyst Interview @ Fri Jun 5, 2026 1pm - 2pm (EDT)", body,
            ics=ics_event(start=later, end=later + timedelta(hours=1), summary="Pinebrook Data - Analyst Interview",
                          organizer="nora@pinebrookdata.example", attendees=["alex.morgan@example.net"], sequence=1))
    sig = read(raw)
    assert sig.kind == "reschedule"
    assert "says the time changed from an earlier one" in sig.reasons
    assert sig.interview_start == later


@pytest.mark.parametrize("subject,body", [
    ("Terminbestätigung: Kennenlernen am 04.06.2026",
     "Hallo Alex,\n\nvielen Dank, dein Termin ist bestätigt!\nDatum: Donnerstag, 4. Juni 2026, 10:00 Uhr\n\n"
     "Falls du den Termin verschieben musst, gib uns bitte kurz Bescheid.\n\nLena\n"),
    ("Confirmation de votre entretien",
     "Bonjour Alex,\n\nNous vous confirmons votre entretien le jeudi 4 juin 2026 à 10h00.\n\n"
     "Si vous devez reporter l'entretien, merci de nous prévenir.\n\nLena\n"),
    ("Confirmación de tu entrevista",
     "Hola Alex,\n\nTe confirmamos la entrevista el jueves 4 de junio de 2026 a las 10:00.\n\n"
     "Si necesitas reprogramar, avísanos con tiempo.\n\nLena\n"),
])
def test_the_user_may_move_it_is_no_reschedule(subject, body):
    """"If you need to move it, tell us" in German, French or Spanish closes a confirmation: the
    user may move the meeting, nobody has (the English "if you need to" was already vetoed)."""
    _, reasons = score(subject.lower(), body.lower())
    assert "reschedule" not in reasons
    assert reasons["interview_confirmation"]
    moved = body.replace("Falls du", "Leider müssen wir").replace("Si vous devez", "Nous devons").replace(
        "Si necesitas reprogramar", "Tenemos que reprogramar")
    assert "reschedule" in score(subject.lower(), moved.lower())[1]  # said as a fact, it does move it


def test_a_confirmation_that_lets_the_user_move_it_stays_a_confirmation():
    sig = read(m("Kupferlind <noreply@mail.personio.de>", "Terminbestätigung: Kennenlernen am 04.06.2026",
                 "Hallo Alex,\n\nvielen Dank, dein Termin ist bestätigt!\nDatum: Donnerstag, 4. Juni 2026, 10:00 Uhr\n\n"
                 "Falls du den Termin verschieben musst, gib uns bitte kurz Bescheid.\n\nLena\n"))
    assert sig.kind == "interview_confirmation"


def test_an_ats_on_its_national_domain_acts_for_the_company():
    """Gupy writes from gupy.com.br as well as gupy.io: the vendor is known by its name, so its
    List-Unsubscribe does not make the user's next step bulk mail."""
    sig = read(m("Maracanã Dados via Gupy <naoresponda@gupy.com.br>", "Você avançou! Próxima etapa: Teste Técnico",
                 "Oi, Alex!\n\nVocê avançou para a etapa de Teste Técnico da vaga Pessoa Engenheira de Dados. O teste "
                 "é um desafio prático e você terá até 5 dias para entregar.\n\nBoa sorte!\n", headers=LIST))
    assert sig.kind == "assessment"
    assert "comes from an applicant-tracking system acting for a company" in sig.reasons


def test_a_customer_demo_the_interviewer_has_is_no_sales_meeting():
    """"We have a customer demo on Tuesday" is why the interviewer moves the interview, not a demo
    sold to the user; "the demo on Tuesday" offered to the user still is one."""
    sig = read(m("Jonas Albers <jonas@steinbruch-robotik.example>", "Re: Technical interview",
                 "Hi Alex, sorry for moving this - we have a customer demo on Tuesday that I cannot skip. Could we "
                 "move our interview to Thursday 14:00 instead?\n\nJonas\n"))
    assert sig.kind == "reschedule"
    _, reasons = score("quick question", "looking forward to the demo on tuesday with our account executive")
    assert "is a sales meeting" in reasons["not_relevant"]


FRONTLINE_AND_AGENCY = [
    # hourly work: "we went with someone else for the server spot"
    ("went-with-someone-else", "rejection", m(
        "Dana Reyes <dana@tillerandpine.example>", "Re: server position",
        "hey alex, sorry we went with someone else for the server spot, she had more weekend availability. thanks for "
        "coming in tho\n\nDana\n")),
    ("agency-it-is-a-no", "rejection", m(
        "Callum Ross <callum@fernhillrecruitment.example>", "Brackenby",
        "Hi Alex, just had Brackenby back and it's a no unfortunately. They felt you're a bit too senior for the team. "
        "Happy to talk it through Monday.\n")),
    ("agency-terms-as-a-list", "offer", m(
        "Dean Mercer <dean@harlowresourcing.example>", "Stoneleigh - offer",
        "Morning Alex,\n\nStoneleigh want you! Details:\n\n- Rate: £600/day\n- Duration: 6 months\n- Start: Monday "
        "1st June\n\nCan you confirm you're happy to accept and I'll get the contract over today?\n\nDean\n")),
    ("agency-slot-without-job-words", "interview_invitation", m(
        "Dean Mercer <dean@harlowresourcing.example>", "Stoneleigh",
        "Alex,\n\nSpoke to Stoneleigh this morning, they like the look of you. Their Data Lead wants a 30 min Teams "
        "call. Any slot Wed or Thu afternoon next week? Give me a couple and I'll lock it in.\n\nDean\n")),
    ("filled-internally", "rejection", m(
        "Imogen Hart <imogen@hartvale.example>", "RE: Director of Data - update",
        "Dear Alex,\n\nMy client has decided to appoint internally - their Head of Analytics has been confirmed in "
        "post. The position has therefore been filled and the search is closed. I'm genuinely sorry.\n\nImogen\n")),
    # look-alikes from an agency's inbox
    ("asked-to-sit-on-a-panel", "not_relevant", m(
        "Gareth Lyle <gareth@quarryfield.example>", "Interview panel: Contract Data Engineer - Jonah Obi",
        "Hi Alex,\n\nCould you sit in on this one with me on Thursday at 2pm? I'll do the intro, could you take 20 "
        "mins on pipeline design? Teams link below.\n\nThanks,\nGareth\n")),
    ("search-firm-cold-call", "not_relevant", m(
        "Hugo Sands <hugo@sandsexecutive.example>", "Confidential",
        "Alex - Hugo Sands here, we've not met but a colleague suggested I get in touch. I'm running a confidential "
        "CTO search for an insurance software business. Are you free for a quick call today or tomorrow?\n\nHugo\n")),
]


@pytest.mark.parametrize("name,kind,raw", FRONTLINE_AND_AGENCY, ids=[r[0] for r in FRONTLINE_AND_AGENCY])
def test_frontline_and_agency_mail(name, kind, raw):
    """Hourly work and recruitment agencies say the steps in their own words (fresh writer sets AG
    and AH on arrival: 0.864 and 0.829); each case pins one general rule of features/evidence/vocab."""
    assert read(raw).kind == kind


def test_a_trial_shift_is_an_interview():
    """A trial shift is hourly work's interview: the rules read the booking (the word model, trained
    before any hourly-work mail joined the corpus, still doubts it, so the agent asks)."""
    sig = read(m("Mel at Larkspur <hello@larkspurbakery.example>", "trial shift thursday!",
                 "Hi Alex!\n\nLoved chatting with you Saturday. Come in for a trial shift this Thursday 6/4 at 4pm, "
                 "it'll be about 2 hours so you can learn the register.\n\nSee you then,\nMel\n"))
    assert "uses interview words" in sig.reasons
    assert (sig.guess if sig.needs_look else sig.kind) == "interview_confirmation"


# Session 6, from dev-split misses: each a general rule, written here in invented words.
DELAYS_CANCELLATIONS_AND_OFFERS = [
    ("looking-forward-is-no-decline", "cancellation", m(
        "Ruth Penrose <ruth@caddonmill.example>", "RE: Thursday",
        "Dear Alex,\n\nI'm afraid I need to cancel Thursday's interview with Owen. The operations team is being "
        "reorganised and the Planning Lead role has been put on hold for now.\n\nIt has nothing to do with you - Owen "
        "was looking forward to meeting you. If the role comes back I will contact you first.\n\nKind regards,\nRuth\n")),
    ("search-paused-meeting-stood-down", "cancellation", m(
        "Piers Lowe <piers@lowemarch.example>", "RE: meeting with the Chair",
        "Dear Alex,\n\nThe board has decided to pause the COO search while the acquisition is reviewed, so we have had "
        "to stand down Monday's meeting with the Chair. This is not a reflection on you in any way.\n\nPiers\n")),
    ("will-no-longer-hold", "cancellation", m(
        "Ngozi Adeyemi <ngozi@kolaledger.example>", "Re: Interview Invitation - Finance Manager",
        "Dear Alex,\n\nPlease accept our apologies. The interview slated for Tuesday 9th June by 11am with our CFO will "
        "no longer hold, as management has placed the role on hold.\n\nWe will reach out once there is clarity.\n")),
    ("client-has-cancelled-tomorrow", "cancellation", m(
        "Kyle Tran <kyle@bluegumrecruit.example>", "Marlow tmrw",
        "Hi Alex - Marlow have cancelled tomorrow, they're restructuring the team. Sorry mate, only just heard.\n")),
    ("move-forward-with-an-offer", "offer", m(
        "Dana Whitlock <dana.whitlock@perrinhealth.example>", "Good news",
        "Alex - can you hop on a call this afternoon? The team wants to move forward with an offer and I'd like to "
        "tell you myself before HR sends the paperwork.\n\nDana\n")),
    ("not-until-after-is-a-delay", "company_reply", m(
        "Joan Ferris <joan.ferris@westmereborough.example>", "RE: Policy Officer (Ref WB-221)",
        "Dear Alex,\n\nThank you for your email. The council is in a spending freeze until the budget is agreed. No "
        "decision has been made about this post, but I'm not able to move to the next stage until after the budget "
        "meeting.\n\nI'll write again once I know more.\n\nKind regards,\nJoan\n")),
    ("one-way-video-reminder", "assessment", m(
        "Brantley Mutual via HireVue <noreply@hirevue.com>", "Reminder: Your Brantley Mutual interview is waiting",
        "Hi Alex,\n\nJust a reminder that your on-demand video interview for Pricing Analyst at Brantley Mutual hasn't "
        "been completed yet. It expires on Monday, June 8, 2026 at 11:59 PM Eastern Time.\n\nContinue Interview\n")),
]


@pytest.mark.parametrize("name,kind,raw", DELAYS_CANCELLATIONS_AND_OFFERS,
                         ids=[r[0] for r in DELAYS_CANCELLATIONS_AND_OFFERS])
def test_delays_cancellations_and_offers(name, kind, raw):
    """'Looking forward to meeting you' is no step forward refused, and 'nothing' is no 'not'; a
    paused search stands a meeting down; 'not until after' is a delay; a one-way video interview is
    a test, whatever its reminder calls it; the team moving forward with an offer is an offer."""
    assert read(raw).kind == kind


# Session 7: small employers hire from personal accounts. An offer stating its terms (pay, a start)
# to the user is one; a scam's or someone else's forwarded offer is not, nor one without terms.
PERSONAL_ACCOUNT_OFFERS = [
    ("cafe-owner-hourly-pay", "offer", m(
        "Bea Lindqvist <bea.bakesalot@gmail.com>", "",
        "ALEX you got the job!! can you start tuesday 6am? $17/hr to start, more after training. come by wed and we'll "
        "do the paperwork\n\nbea\n\nSent from my iPhone\n")),
    ("founder-base-and-equity", "offer", m(
        "Ravi Menon <ravi.menon.sf@gmail.com>", "Re: thanks for today",
        "Alex - Jo and I talked it over and we'd like to make you an offer. $150k base + 0.5% equity, offer letter "
        "follows tomorrow. Can I call you at 6?\n\nRavi\n")),
]
NOT_AN_OFFER_TO_THE_USER = [
    ("scam-with-pay", m(
        "Hiring Desk <global.hiring.desk@gmail.com>", "Job offer",
        "Congratulations! You are hired for our remote data entry position. $45 per hour, start Monday. Contact our "
        "HR manager on WhatsApp to receive your offer letter.\n")),
    ("friend-forwards-her-offer", m(
        "Sam Rivera <sam.rivera88@gmail.com>", "Fwd: Offer of employment",
        "look!!! what do you think of the salary?\n\n---------- Forwarded message ---------\nFrom: People Team "
        "<people@brightwater.example>\nSubject: Offer of employment\n\nDear Sam,\n\nWe are delighted to offer you the "
        "position of Product Designer at Brightwater. Your starting salary will be $98,000. Please sign the enclosed "
        "offer letter by Friday.\n")),
]


@pytest.mark.parametrize("name,kind,raw", PERSONAL_ACCOUNT_OFFERS, ids=[r[0] for r in PERSONAL_ACCOUNT_OFFERS])
def test_an_offer_with_its_terms_from_a_personal_account(name, kind, raw):
    sig = read(raw)
    assert sig.kind == kind and not sig.needs_look
    assert any("with its terms" in r for r in sig.reasons)


@pytest.mark.parametrize("name,raw", NOT_AN_OFFER_TO_THE_USER, ids=[r[0] for r in NOT_AN_OFFER_TO_THE_USER])
def test_a_scam_or_a_forwarded_offer_is_no_offer(name, raw):
    assert read(raw).kind == "not_relevant"


def test_a_personal_offer_without_terms_is_not_acted_on():
    """Nothing shows the writer hires: offer precision comes first."""
    sig = read(m("Ravi Menon <ravi.menon.sf@gmail.com>", "news",
                 "Alex - we'd like to make you an offer! Can I call you tonight?\n\nRavi\n"))
    assert sig.kind == "not_relevant"


def test_a_cv_passed_on_for_a_job_is_job_context():
    """'Sam passed me your CV for the studio job': read the note, however casual, as a job's."""
    sig = read(m("Ellie Park <ellie.park@icloud.com>", "",
                 "Hi Alex,\n\nEllie here from Tallowmere - Jo passed me your CV for the front of house job. Fancy a "
                 "chat this week? Anytime after 10 Weds-Fri suits me.\n\nEllie\n"))
    assert sig.kind == "interview_invitation"


def test_a_visit_to_the_company_booked_by_a_person_there_is_an_interview():
    """A person at a company books the user into their office: no one says "interview"."""
    sig = read(m("Gwen Harlow <gwen.harlow@pellmanjoinery.example>", "Re: Tuesday afternoon",
                 "Lovely, that's booked in - Tuesday 9 June at 2pm at our Leeds office. Ask for me at reception.\n\n"
                 "Gwen\n"))
    assert sig.kind == "interview_confirmation"


# Session 7: work outside offices (fresh set AT read 0.780 on arrival): public-sector portals, schools,
# agencies for shift work, pubs on personal accounts. Each a general rule, in invented words.
OUTSIDE_OFFICES = [
    ("portal-not-referred", "rejection", m(
        "USAJOBS <no-reply@usajobs.gov>", "Your application status has changed",
        "Alex,\n\nThe status of your application has changed.\n\nPark Ranger, GS-0025-05\nStatus: Not Referred\n\nYour "
        "application was reviewed and you were found qualified; however, you were not among the best-qualified "
        "candidates referred to the hiring manager.\n")),
    ("booked-slot-you-may-cancel", "interview_confirmation", m(
        "Pellow Vale NHS Trust <no-reply@trac.jobs>", "Interview confirmation - 221-B",
        "Dear Alex\n\nThank you for booking an interview slot. Your interview details are confirmed below.\n\nPost: "
        "Staff Nurse\nDate: Tuesday 9 June 2026\nTime: 13:45\nVenue: Education Centre, Level 2\n\nIf you need to cancel "
        "or change your slot please do so through your account.\n")),
    ("invitation-is-not-an-offer", "interview_invitation", m(
        "Dana Reyes <dana.reyes.civ@army.example>", "Interview Scheduling - Supply Technician",
        "Good afternoon,\n\nYou have been referred to the selecting official for the Supply Technician position, who "
        "would like to interview you. Please reply with two dates and times you are available next week.\n\nPlease "
        "note: this invitation is not an offer of employment.\n")),
    ("shortlisted-choose-a-time", "interview_invitation", m(
        "University of Harnby <jobs-noreply@harnby.ac.uk>", "Research Assistant - vacancy HB-118",
        "Dear Alex Morgan\n\nThank you for your application for the above position. I am pleased to inform you that you "
        "have been shortlisted for interview. Interviews take place on 16 and 17 July; please use the link below to "
        "choose an interview time.\n")),
    ("agency-client-wants-you-for-the-job", "offer", m(
        "Leah Moss <leah.moss@tidewaystaffing.example>", "You got it!",
        "Alex!\n\nOakfield want you for the Warehouse Team Leader job. Details:\n- Start Monday 8th June, 6am-2pm\n- "
        "£14.20 ph through us, then perm at £30,500\n\nConfirm you're accepting and I'll send the onboarding link.\n"
        "\nLeah Moss\nSenior Recruitment Consultant\n")),
    ("portal-quiz-to-complete", "assessment", m(
        "Dunwell Couriers <no-reply@fountain.com>", "Next step: your safe driving quiz",
        "Hi Alex,\n\nThanks for applying to drive with Dunwell Couriers! You're moving forward. Next step: complete "
        "our Safe Driving quiz. It takes about 15 minutes and you need 80% to move on to an interview.\n")),
    ("reserve-list-after-interview", "company_reply", m(
        "Priya Lock <recruitment@pilotage.gov.example>", "Vacancy 4021 - outcome of interview",
        "Dear Alex,\n\nThank you for attending interview. You met the required standard, but there were more "
        "successful candidates than posts, and you have been placed on a reserve list for 12 months. If a post becomes "
        "available we will contact you.\n")),
    ("charity-ack-signed-by-volunteering-coordinator", "application_ack", m(
        "Amira Shah <amira.shah@brightwelltrust.example>", "Support Worker application",
        "Dear Alex,\n\nThank you for your application for the Support Worker post - I can confirm we've received it. "
        "We'll be shortlisting next week.\n\nAmira Shah\nPeople & Volunteering Coordinator\nBrightwell Trust\n")),
    ("pub-landlord-answers-the-cv-left-behind-the-bar", "interview_invitation", m(
        "Gaz Hewitt <gazhewitt71@gmail.com>", "Re: Bar staff job",
        "Hi Alex\n\nThanks for dropping your CV in. Come in for a chat one afternoon this week, Thursday or Friday "
        "between 2 and 5 is best. Let me know which suits.\n\nGaz\n\nOn 10 Jun 2026, at 14:05, Alex Morgan "
        "<alex.morgan@example.net> wrote:\n> Hi Gaz, I left my CV behind the bar on Saturday for the bar staff "
        "position.\n", in_reply_to="<b@example.net>")),
]
NOT_A_JOB = [
    ("college-place-offer", m(
        "Harnby College Admissions <admissions@harnby-college.example>", "Your conditional offer - Access to HE Diploma",
        "Dear Alex\n\nCongratulations! Following your interview, we are pleased to make you a conditional offer of a "
        "place on the Access to HE Diploma, starting September 2026. Please accept your offer through the applicant "
        "portal by 10 July.\n")),
]


@pytest.mark.parametrize("name,kind,raw", OUTSIDE_OFFICES, ids=[r[0] for r in OUTSIDE_OFFICES])
def test_work_outside_offices(name, kind, raw):
    assert read(raw).kind == kind


@pytest.mark.parametrize("name,raw", NOT_A_JOB, ids=[r[0] for r in NOT_A_JOB])
def test_a_place_on_a_course_is_no_job(name, raw):
    assert read(raw).kind == "not_relevant"


# Session 7: decisions written the hard way (fresh set AV read 0.910 on arrival).
DECISIONS = [
    ("agency-rejection-then-other-roles", "rejection", m(
        "Owen Tate <owen.tate@northwaytalent.example>", "Harlan - feedback",
        "Hi Alex,\n\nI heard back from Harlan Credit Union this afternoon about the Risk Analyst role. The client has "
        "decided to move ahead with a candidate who has direct IFRS 9 experience, so they won't be taking you to the "
        "final round. I know that's frustrating given how well the first interview went.\n\nI've got two other "
        "mandates opening up this month - would you be open to a quick call?\n\nOwen\nSenior Recruitment Consultant\n")),
    ("portuguese-other-candidates", "rejection", m(
        "Recrutamento <recrutamento@ventoazul.example>", "Retorno sobre o processo seletivo - Analista de BI",
        "Olá Alex,\n\nObrigado por ter participado no nosso processo de recrutamento e pela disponibilidade demonstrada. "
        "Informamos que, infelizmente, decidimos avançar com outros candidatos cujo percurso está mais alinhado com a "
        "função.\n\nDesejamos-lhe os maiores sucessos.\n")),
    ("founder-team-wants-you-talk-numbers", "offer", m(
        "Eli Brandt <eli.brandt@gmail.com>", "the team wants you",
        "Alex -\n\ndebrief just wrapped and it was a unanimous yes. the team wants you on Bytewell as our first data "
        "hire. when can we talk numbers? I'll bring a proposal for salary + equity.\n\nEli\n(cofounder/CEO, Bytewell)\n")),
]
NOT_A_MEETING = [
    ("portuguese-job-alert", m(
        "Alertas <alertas@vagasnet.example>", "12 novas ofertas de emprego: Data Analyst em Lisboa",
        "Olá Alex,\n\nEncontrámos 12 novas ofertas que correspondem ao seu alerta \"Data Analyst - Lisboa\":\n\nData "
        "Analyst - Barlavento Seguros - Lisboa\n\nRecebe este email porque criou um alerta de emprego. Cancelar alerta.\n",
        headers=LIST)),
]


@pytest.mark.parametrize("name,kind,raw", DECISIONS, ids=[r[0] for r in DECISIONS])
def test_decisions_written_the_hard_way(name, kind, raw):
    assert read(raw).kind == kind


@pytest.mark.parametrize("name,raw", NOT_A_MEETING, ids=[r[0] for r in NOT_A_MEETING])
def test_cancelling_an_alert_cancels_no_meeting(name, raw):
    assert read(raw).kind == "not_relevant"
