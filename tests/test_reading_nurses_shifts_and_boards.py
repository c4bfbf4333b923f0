"""Session 22: the rules six fresh writer sets revealed (a nurse's search in Australia and New Zealand, an hourly
shift lead's in Texas and Georgia, a finance executive's through search firms; then a seasonal worker's, a new PhD's, a
call-centre agent's), each one general rule in invented words, with the look-alikes that share its words."""

from __future__ import annotations

import pytest

from agent.domains import org_of_host
from agent.facts import company_of
from agent.parse import parse
from tests.test_reading_small_employers_and_closed_processes import _assert_read_as, _ids, _m

CASES = [
    # a booking's own footer offers the user a way out: "If you need to change or cancel this interview, please log in"
    ("a-booking-with-its-way-out", "interview_confirmation", _m(
        "Wattle Coast Health Careers <no-reply@careers.wattlecoast.example>", "Interview Confirmed: REQ7781",
        "Dear Alex,\n\nThis is to confirm your interview for REQ7781 - Registered Nurse - Cardiology.\n\nDate: Tuesday, "
        "14 April 2026\nTime: 10:30 AM\nLocation: Level 2, Wattle Coast Hospital\n\nIf you need to change or cancel "
        "this interview, please log in to your Candidate Profile.\n\nTalent Acquisition\n")),
    # a clinical "episode" in a written exercise is no podcast
    ("a-written-exercise-about-an-episode-of-care", "assessment", _m(
        "Bronwyn Teale <recruitment@saltmarshrehab.example>", "Written exercise - RN Spinal Unit",
        "Dear Alex,\n\nThank you for your application for the Registered Nurse - Spinal Unit position. As part of our "
        "selection process we ask applicants to complete a short written exercise: describe how you would manage an "
        "episode of autonomic dysreflexia on a night shift, in no more than 600 words.\n\nKind regards,\nBronwyn\n")),
    # registering with a nursing agency is being its candidate; its checklist is the user's, not an appraisal's
    ("an-agencys-competency-assessment", "assessment", _m(
        "Gumtree Compliance <compliance@gumtreenursing.example>", "Action required: Competency Assessment",
        "Hi Alex,\n\nThanks for registering with Gumtree Nurse Staffing. Before we can offer you shifts, please "
        "complete our online assessment: a Skills Self-Assessment Checklist and a medication calculation test, within "
        "7 days.\n\nKind regards,\nGumtree Compliance\n")),
    ("a-webinar-registration-stays-an-event", "not_relevant", _m(
        "Ward Leaders Forum <events@wardleaders.example>", "You're in: Rostering for ward leaders",
        "Hi Alex,\n\nThanks for registering for our webinar on Thursday at 1pm. The recording will be sent to all "
        "registrants.\n")),
    # a phone's short forms, from an owner
    ("a-phone-note-asking-when-you-can-come-in", "interview_invitation", _m(
        "Lou Brannock <lou@brannockbbq.example>", "cook position",
        "hey alex lou here from brannock bbq. got ur app off the job site for line cook. when can u come in this wk, im "
        "here most days after lunch rush\n\nSent from my iPhone")),
    ("a-phone-note-moving-the-time", "reschedule", _m(
        "Lou Brannock <lou@brannockbbq.example>", "Re: cook position",
        "alex sorry got a delivery comin tmrw. can u do sat 11am instead same place. lmk\n\nSent from my iPhone",
        quoted="thurs 2pm works, see you then", quoted_from="Alex Morgan <alex.morgan@example.net>")),
    # the post given to someone else, in Spanish
    ("es-the-post-given-to-someone-else", "rejection", _m(
        "Ramiro Ochoa <ramiro@taqueriaelcomal.example>", "gracias Alex",
        "Hola Alex, gracias por venir el martes. Al final decidimos darle el puesto a Lupita, que ya trabaja con "
        "nosotros. Lo siento mucho.\n\nSaludos, Ramiro\n")),
    # a perk not offered is no rejection; the user not offered an interview is
    ("a-perk-not-offered-with-questions", "company_reply", _m(
        "Jolene Pruett <jpruett@magnoliagrocers.example>", "Question about your application - Store #41",
        "Good morning Alex,\n\nBefore I move your application forward, can you confirm whether you are planning to "
        "relocate to the Macon area, and when? Please note we are not able to offer relocation assistance for this "
        "level.\n\nThank you,\nJolene Pruett\nTalent Acquisition\n")),
    ("not-offered-an-interview", "rejection", _m(
        "Biscuit Barn Hiring <hiring@biscuitbarn.example>", "Your Biscuit Barn application",
        "Hi Alex,\n\nThank you for completing our survey. Based on the results, we are not able to offer you an "
        "interview for Shift Manager at this time. You may reapply in 90 days.\n")),
    # an employer's hiring event: its open interviews are the user's interview (not a careers fair)
    ("a-hiring-events-open-interviews", "interview_invitation", _m(
        "Dana Pruitt <dpruitt@pinecrestmarket.example>", "You're invited: Pinecrest Market Hiring Event",
        "Hi Alex,\n\nThank you for applying for Assistant Store Manager. We'd like to invite you to our hiring event. "
        "Open interviews: Saturday, March 7, 9:00 AM - 2:00 PM at Store #12. Please RSVP and choose a session time "
        "using the link below.\n\nDana Pruitt\nTalent Acquisition\n")),
    ("a-careers-fair-stays-an-event", "not_relevant", _m(
        "Metro Jobs Expo <events@metrojobsexpo.example>", "Spring Jobs Expo - RSVP",
        "Hi Alex,\n\nMeet 40 employers at the Spring Jobs Expo on Saturday, March 7. Open interviews at the job fair "
        "all day. RSVP now to skip the line.\n")),
    # what the process asks of everyone
    ("every-candidate-completes-a-survey", "assessment", _m(
        "Griddle House Hiring <hiring@griddlehouse.example>", "Step 2: Guest Service Survey (required)",
        "Hey Alex,\n\nThanks for applying to be a Shift Manager at Griddle House #17! Every candidate completes our Guest "
        "Service Survey, about 50 questions plus a short math section. Please finish it within 3 days.\n")),
    # a search partner's words
    ("a-search-partners-time-to-digest", "company_reply", _m(
        "Ottoline Marsh <omarsh@marshkeene.example>", "Brackwater - where things stand",
        "Alex,\n\nThanks again for your time last week. Quick update: we presented a longlist of nine to Brackwater's "
        "CEO on Tuesday, with you among them. They're going to take a couple of weeks to digest and we'll have their "
        "feedback by the end of the month.\n\nOttoline\n")),
    ("a-search-partner-confirms-the-first-meeting", "interview_confirmation", _m(
        "Perpetua Lyle <perpetua.lyle@lylefenwick.example>", "Harrowgate - our meeting on 8 January",
        "Dear Alex,\n\nThank you for coming back to me so quickly about the Harrowgate CFO brief. I'm writing simply to "
        "confirm our meeting on Thursday 8 January at 08:30 at our offices at 12 Dover Street.\n\nPerpetua\n\nPerpetua "
        "Lyle | Managing Partner\nLyle Fenwick Executive Search\n")),
    ("a-decision-delayed-but-still-in-the-process", "company_reply", _m(
        "Perpetua Lyle <perpetua.lyle@lylefenwick.example>", "Harrowgate - timing",
        "Dear Alex,\n\nThe Harrowgate board met this afternoon and will not now decide until the week of 16 February. "
        "You remain very much in the process. I'll call as soon as I know more.\n\nPerpetua\n\nPerpetua Lyle | Managing "
        "Partner\nLyle Fenwick Executive Search\n")),
    ("a-service-agreement-for-the-appointment", "offer", _m(
        "Quillon Law via DocuSign <dse@docusign.net>", "Please DocuSign: Service Agreement (A. Morgan)",
        "Quillon Law sent you documents to review and sign.\n\nAlex Morgan,\n\nPlease find attached the Service "
        "Agreement for your appointment as Chief Financial Officer of Tarnbrook Foods Limited, for review and "
        "signature.\n\nKind regards,\nFenella Ross\n")),
    # the second round (a seasonal worker's search, a new PhD's, a call-centre agent's)
    ("a-busy-days-all-hands-does-not-stop-a-call-off", "cancellation", _m(
        "Hana Reef <hana@tasmankayaks.example>", "Re: Your application - Kayak Guide Assistant",
        "Hi Alex, really sorry but we need to cancel tomorrow's call. A water taxi broke down and all hands are out on a "
        "recovery. I'll come back to you with new times this week.\n\nHana\n",
        quoted="Thanks Hana, Thursday at 10 works for me.")),
    ("a-phone-note-rebooking-the-interview", "reschedule", _m(
        "Jun Abella <jun.abella@narracare.example>", "Re: Application - Technical Support Representative",
        "hi alex hope ur safe. we're back to normal ops na. rebooked ur interview tuesday nov 11 1pm same venue 4F. "
        "reply ok if g\n\njun\n\nSent from my iPhone",
        quoted="Hi Jun, is the interview still on with the typhoon?")),
    ("a-consultant-pops-a-call-in", "interview_confirmation", _m(
        "Kirsty Vane <kirsty.vane@vinestaff.example>", "RE: Vintage 2026 - few things I need from you",
        "Thanks Alex, got all of that.\n\nI've popped a call in for Monday 26 Jan at 10:30am. I'll ring you on the number "
        "on your profile, should take 15-20 mins.\n\nKirsty\nRecruitment Consultant\n",
        quoted="Hi Kirsty, attached are my visa and IRD number.")),
    ("a-grower-lets-you-go-from-the-process", "rejection", _m(
        "Luc Aubrey <luc@okanaganbench.example>", "Re: vineyard work this summer?",
        "Hi Alex,\n\nBad news I'm afraid. The frost took most of the buds, so I won't be hiring any seasonal crew this "
        "year and I have to let you go from the process. Really sorry.\n\nLuc\n",
        quoted="Hi Luc, just checking in about the summer crew.")),
    ("de-the-post-filled-with-a-colleague", "rejection", _m(
        "Dr. Jens Kalb <jens.kalb@nordwerk-zellen.example>", "Ihre Bewerbung bei Nordwerk",
        "Sehr geehrte*r Alex Morgan,\n\nin der Zwischenzeit haben wir die Stelle mit einem Kollegen aus unserem Werk "
        "besetzt, der die Fertigung bereits kennt. Ich bedauere das sehr.\n\nMit freundlichen Grüßen\nJens Kalb\n")),
    ("de-the-appointment-procedure-still-running", "company_reply", _m(
        "Petra Lindner <berufungen@uni-hallstein.example>", "AW: Sachstand Berufungsverfahren W1-12",
        "Sehr geehrte*r Alex Morgan,\n\nvielen Dank für Ihre Nachfrage. Das Berufungsverfahren ist noch nicht "
        "abgeschlossen. Mit einer Entscheidung ist nicht vor Ende April zu rechnen.\n\nMit freundlichen Grüßen\nPetra "
        "Lindner\n")),
    ("a-panel-sees-you-another-day-instead", "reschedule", _m(
        "Rachel Osei <r.osei@harwood.ac.example>", "RE: Invitation to interview - Research Associate",
        "Dear Alex\n\nThank you for letting us know. The panel are able to see you on Friday 16 January 2026 at 14:00 "
        "(UK time) instead. The presentation brief is unchanged.\n\nKind regards\nRachel\n",
        quoted="Dear Rachel, I'm afraid I can't make the 14th - is another day possible?")),
    # look-alikes that share these words
    ("de-the-users-referee-sent-the-letter", "not_relevant", _m(
        "Renate Vogt <renate.vogt@uni-marburgfeld.example>", "AW: Bitte um Empfehlungsschreiben – Postdoc Hallstein",
        "erledigt, ist raus an Frau Keller. kennen uns von der Tagung, hab ihr auch kurz geschrieben.\n\nRV\n\nVon "
        "meinem iPad gesendet", quoted="Liebe Renate, könnten Sie mir ein Empfehlungsschreiben für die Postdoc-Stelle "
        "schreiben?")),
    ("the-users-former-manager-sent-the-reference", "not_relevant", _m(
        "Gordon Pike <gordon.pike@tallowmere.example>", "Re: Reference letter request",
        "Done - sent it to their HR this morning. Good luck with it!\n\nGordon\n",
        quoted="Hi Gordon, would you be able to write me a reference letter for the analyst role at Brindle?")),
    ("a-retailers-lease-portfolio-is-no-rental", "interview_confirmation", _m(
        "Priya Lamb <priya@hollinsearch.example>", "Fennimore Retail - Thursday 11 December 12:30",
        "Hi Alex,\n\nRupert has asked me to confirm your meeting with the CEO of Fennimore Retail on Thursday 11 "
        "December, 12:30-13:30, at their support centre. Please ask for her EA, Jo Pearce, at reception. She would like "
        "to discuss how you would approach the lease portfolio and store capex.\n\nBest,\nPriya\n")),
    ("a-blogs-interview-series", "not_relevant", _m(
        "Ishani Rao <ishani@buildlogweekly.example>", "Re: Interview for our 'Makers of Pune' series?",
        "Amazing, thank you! Thursday 7 PM works - I've sent a Meet invite for 19 March, 7:00-7:40 PM.\n\nIshani\n",
        quoted="Happy to do it - Thursday evening is best for me.")),
]


@pytest.mark.parametrize("name, kind, raw", CASES, ids=_ids(CASES))
def test_session_22_rules(name: str, kind: str, raw: bytes) -> None:
    _assert_read_as(raw, kind)


def test_an_example_domain_names_the_organisation_in_front_of_it() -> None:
    """Invented domains are written 'hgdhb.example.nz' as real ones are 'hgdhb.govt.nz': the organisation is the label
    in front of the reserved name; host words in front ('mail.example.net') name none, and the bare name stays."""
    assert org_of_host("hgdhb.example.nz") == "hgdhb"
    assert org_of_host("mailers.kanakabank.example.in") == "kanakabank"
    assert org_of_host("careers.wattlecoast.example") == "wattlecoast"
    assert org_of_host("mail.example.net") == "example"
    assert org_of_host("example.net") == "example"


def _company(raw: bytes) -> str | None:
    return company_of(parse(raw, me={"alex.morgan@example.net"}))


def test_an_assistants_meeting_with_a_person_names_no_company_after_them() -> None:
    """"Meeting with Marcus Penrose" from his assistant, whose text speaks of him ("Marcus would like ... his calendar"),
    names a person; the employer is what the signature and the domain spell."""
    raw = _m("Dana Whitby <dwhitby@quorvantx.example>", "Meeting with Marcus Penrose - availability",
             "Hi Alex,\n\nMarcus would like to meet with you in person the week of January 12. I'm juggling his calendar "
             "so I'm offering a few windows below.\n\nDana Whitby\nExecutive Assistant to Marcus Penrose, CEO\nQuorvan "
             "Therapeutics, Inc.\n")
    assert _company(raw) == "Quorvan Therapeutics"


def test_a_chairs_title_marks_a_person() -> None:
    raw = _m("Margery Holt <m.holt@tarnbrook.example>", "Meeting with Sir Anthony Blyth - Wednesday 4pm",
             "Dear Mr Morgan,\n\nSir Anthony has asked me to confirm your meeting with him on Wednesday at 4.00pm at "
             "Tarnbrook Foods, 11 King Street.\n\nMargery Holt\nPA to the Chairman\n")
    assert _company(raw) != "Sir Anthony Blyth"


def test_a_domain_that_shortens_the_names_last_words() -> None:
    """'pinecrestmkt' for 'Pinecrest Market': the name the text writes out, not the squashed label; a title's 'Sr'
    after a name is not part of it."""
    raw = _m("Ruth Gale <ruth.gale@pinecrestmkt.example>", "Assistant Store Manager",
             "Hi Alex,\n\nThanks for applying to Pinecrest Market. Could you do a call on Tuesday?\n\nRuth\n")
    assert _company(raw) == "Pinecrest Market"
    raw = _m("Ruth Gale <ruth.gale@chattsoftware.example>", "Chatt Sr. Engineer role",
             "Hi Alex,\n\nThanks for applying. Could you do a call on Tuesday?\n\nRuth\n")
    assert _company(raw) != "Chatt Sr"
