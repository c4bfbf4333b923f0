"""Session 28: general rules from four fresh writer sets (a bilingual marketer's search in Montreal and Toronto, a
retail lead's move into warehouse work in Ohio, a PhD's academic and industry market, an engineering graduate's campus
placements in Pune), each in invented words, with the look-alikes that share its words."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from agent.demo.builder import ics_event, mail
from agent.facts import label_as_name
from agent.vocab import subject_is_an_application
from tests.test_reading import SENT
from tests.test_reading_small_employers_and_closed_processes import _assert_read_as, _ids, _m, _read

CASES = [
    # a call called off by its hour, the candidacy kept: the freeze is the reason, not the news
    ("cancels-tomorrows-call-by-its-hour-during-a-freeze", "cancellation", _m(
        "Dana Kowal <dana.kowal@brightlinefreight.example>", "Tomorrow's call with Marcus",
        "Hi Alex,\n\nI'm the recruiter working with Marcus. He's asked me to cancel tomorrow's 10:15 call - the site "
        "has a hiring freeze until the quarter closes. Your application is still active and we'll reach out once the "
        "freeze lifts.\n\nDana\nRecruiter, Brightline Freight\n")),
    # a company's all-hands is the reason the user's onsite is off, not the user's own job
    ("cancels-your-onsite-because-of-an-all-hands", "cancellation", _m(
        "Priya Nair <priya.nair@helixgenomics.example>", "Canceled: Helix Genomics onsite - Alex Morgan",
        "Hi Alex,\n\nI'm sorry, but we need to cancel your onsite on Friday. Our leadership has an all-hands offsite "
        "that moved at short notice. We're still keen and Omar will send new dates.\n\nPriya\n")),
    # a university's interview in its own words
    ("a-committee-invites-you-for-a-campus-visit", "interview_invitation", _m(
        "Ruth Okafor <rokafor@lakemont.example.edu>", "Campus visit - Lakemont Chemistry",
        "Dear Alex,\n\nThank you for the video conversation last week. The committee would like to invite you for a "
        "campus visit, which will include a job talk and meetings with the faculty. Which of these windows would work "
        "for you: March 2-3 or March 9-10?\n\nWarm regards,\nRuth\n")),
    ("meet-me-and-a-few-folks-from-the-team", "interview_invitation", _m(
        "Tom Reyes <tom@quillandpine.example>", "Your sample + next step",
        "Hi Alex,\n\nJust read your writing sample - really strong. Would you be up for coming in to meet me and a few "
        "folks from the team? A couple of hours at our office, a case conversation and lunch.\n\nMaya will send some "
        "dates.\n\nTom\nHead of Content, Quill & Pine\n")),
    # an agency asks which day the user can come: no time fixed yet
    ("confirm-which-day-and-what-time-you-can-come", "interview_invitation", _m(
        "Ravi Kulkarni <ravi@saptarangtalent.example>", "F2F technical round - confirm availability",
        "Hi Alex,\n\nThe client liked your profile and wants a F2F technical round this Saturday or Sunday. Kindly "
        "confirm which day and what time you can come, they are meeting candidates 10 AM to 4 PM.\n\nRavi\n")),
    # a presentation listed under "prepare:" for the interview
    ("the-panel-asks-you-to-prepare-a-listed-presentation", "assessment", _m(
        "Prof. Helen Marsh <h.marsh@ashcombe.example.ac.uk>", "Interview presentation - ref LS-221",
        "Dear Alex,\n\nAhead of your interview, the panel asks every shortlisted candidate to prepare:\n\n1. A "
        "20-minute presentation on your research plans for the next five years.\n2. A short teaching sample.\n\nPlease "
        "email your slides by noon the day before.\n\nHelen Marsh\nHead of School\n")),
    # declines in a trade's, a family firm's, a publican's, a yacht agency's and an employer's words
    ("is-going-with-a-locum-who", "rejection", _m(
        "Kerry Blake <kblake@northshoremedstaff.example>", "Harbourview ICU",
        "Hi Alex,\n\nThe unit manager reviewed everyone yesterday and is going with a locum who has covered there "
        "before.\n\nIf you're still looking I'll keep hunting for you.\n\nKerry\nNorthshore Medical Staffing\n",
        quoted="Any news on the Harbourview ICU contract?")),
    ("decided-to-keep-it-in-the-family", "rejection", _m(
        "Hugh Tennant <hugh@tennanthaulage.example>", "Re: Transport planner job",
        "Alex,\nSorry to say we've decided to keep it in the family. My nephew finishes his course in May and will "
        "take the planning on. You were the best of the ones we saw. Good luck.\nHugh\n",
        quoted="Thanks for seeing me on Tuesday about the transport planner job.")),
    ("the-jobs-gone-im-afraid", "rejection", _m(
        "Maeve Quinn <maeve@quinnsbar.example>", "Re: Head cook job",
        "Alex,\n\nSorry to do this the night before. My brother-in-law is taking the kitchen on full time, so the job's "
        "gone I'm afraid. Didn't want you driving down for nothing.\n\nMaeve\n",
        quoted="See you tomorrow at 11 about the head cook job.")),
    ("placed-someone-through-another-agency", "rejection", _m(
        "Jo Harker <jo@bluewatercrew.example>", "Re: Chief stew interview",
        "Hi Alex,\n\nI'm so sorry - the captain has placed a chief stew through another agency while the boat was in "
        "the yard, so that one's closed. I'll flag you for the winter roles.\n\nJo\n",
        quoted="Any word from the captain about rebooking the interview?")),
    ("decided-to-rescind-the-contingent-offer", "rejection", _m(
        "Larchmont Foods HR <hr-noreply@larchmontfoods.example>", "Final notice - Inventory Analyst",
        "Dear Alex Morgan,\n\nAfter reviewing the background report we have decided to rescind the contingent offer of "
        "employment for the position of Inventory Analyst.\n\nLarchmont Foods HR\n")),
    # Québec French
    ("ils-veulent-te-rencontrer", "interview_invitation", _m(
        "Luc Gagnon <luc@recrutementhorizon.example>", "Bonne nouvelle!",
        "Alex!\n\nC'est Fromagerie Lavoie et ils veulent te rencontrer! Ce serait avec la directrice marketing à leurs "
        "bureaux.\n\nTu serais dispo quand la semaine prochaine? Envoie-moi deux ou trois plages.\n\nLuc\n"
        "Recrutement Horizon\n")),
    ("ils-sont-alles-avec-une-candidate-a-l-interne", "rejection", _m(
        "Luc Gagnon <luc@recrutementhorizon.example>", "Retour Fromagerie Lavoie",
        "Salut Alex,\n\nJ'ai eu le retour de la directrice. Elle a aimé ton énergie, mais ils sont allés avec une "
        "candidate à l'interne qui connaît déjà les produits.\n\nJe te reviens avec d'autres mandats en janvier.\n\n"
        "Luc\nRecrutement Horizon\n")),
    ("decide-de-pourvoir-le-poste-en-interne", "rejection", _m(
        "Claire Roy <c.roy@talentsboreal.example>", "Retour - poste de coordonnatrice",
        "Bonjour Alex,\n\nSuite à votre entrevue du 4 février, le client a finalement décidé de pourvoir le poste en "
        "interne.\n\nJe vous recontacte pour d'autres mandats.\n\nClaire Roy\nConseillère, Talents Boréal\n")),
    ("le-comite-de-selection-poursuit-ses-travaux", "company_reply", _m(
        "Sylvie Paré <sylvie.pare@cegepduvallon.example>", "Concours 25-118 - suivi",
        "Madame, Monsieur,\n\nNous vous remercions de votre participation à l'entrevue du 12 novembre. Le comité de "
        "sélection poursuit ses travaux et devrait communiquer sa décision d'ici la mi-décembre.\n\nSylvie Paré\n"
        "Conseillère en dotation\n")),
    ("on-te-demande-de-preparer-un-plan", "assessment", _m(
        "Julie Caron <julie@studiomarais.example>", "Prochaine étape - plan de lancement",
        "Salut Alex,\n\nMerci d'être venu·e au studio. Prochaine étape : on te demande de préparer un plan de "
        "lancement pour un client fictif, cinq pages maximum. Envoie-nous ça d'ici le lundi 3 novembre.\n\n"
        "Julie\n")),
    ("seules-les-personnes-retenues-seront-contactees", "application_ack", _m(
        "Université du Littoral - RH <rh@ulittoral.example>", "Accusé de réception - affichage 25-0417",
        "Madame, Monsieur,\n\nNous accusons réception de votre candidature pour le poste de conseiller en "
        "communication (affichage 25-0417). Seules les personnes retenues pour une entrevue seront contactées.\n\n"
        "Service des ressources humaines\n")),
    ("the-names-and-numbers-of-two-people-you-worked-for", "company_reply", _m(
        "Nadia Ferrante <nadia@ferrantedeli.example>", "Re: Saturday",
        "Hi Alex,\n\nLovely to meet you Saturday, the team liked you.\n\nCould you flick me the names and numbers of two "
        "people you've worked for? Just a formality before we sort out the next bit.\n\nNadia\nFerrante Deli\n",
        quoted="Thanks again for having me in on Saturday for the deli counter job.")),
    # an NGO's written test, a panel's roster, a decline for two candidates who already hold visas
    ("shortlisted-to-sit-a-written-test", "assessment", _m(
        "Grace Wanjiru <grace.wanjiru@tumainihealth.example>", "Invitation to Written Test - Grants Accountant",
        "Dear Alex Morgan,\n\nFollowing the initial review of applications, you have been shortlisted to sit a written "
        "test for the above position. It covers donor grant accounting and budget variance analysis.\n\nPlease confirm "
        "your attendance.\n\nGrace Wanjiru\nHR Officer\n")),
    ("placed-on-the-roster-of-candidates", "company_reply", _m(
        "H. Laurent <h.laurent@intlrelief.example>", "VA/2025/204 - Outcome of selection process",
        "Dear Alex Morgan,\n\nThank you for your participation in the selection process for the post of Finance "
        "Associate, including the interview on 12 November. The panel found you suitable and you have been placed on "
        "the roster of pre-approved candidates for similar posts. Roster membership is valid for two years.\n\n"
        "Human Resources\n")),
    ("gone-with-two-candidates-who-hold-visas", "rejection", _m(
        "Leena Das <leena@saffronwingsrecruitment.example>", "Lounge Host - feedback",
        "Hi Alex,\n\nHeard back from the client on the lounge role. Your test score was solid but they've gone with two "
        "candidates who are already in Doha on residence visas and can start next week.\n\nI have other airport roles "
        "coming through.\n\nLeena\nSaffron Wings Recruitment\n")),
    # the interview, not the candidacy, does not go ahead
    ("tomorrows-interview-will-not-proceed", "cancellation", _m(
        "Recruitment <recruitment@mwangiassociates.example>", "Audit Senior interview - tomorrow",
        "Dear Alex,\n\nApologies for the short notice. The partner has been called away to a client and tomorrow's "
        "interview will not proceed as planned.\n\nWe will get in touch once the partner is back to agree on a new "
        "date. We regret the inconvenience.\n\nRegards,\nHR\n")),
    # a docuseries' episodes are the job's, not a podcast's
    ("a-video-call-about-a-ten-episode-docuseries", "interview_confirmation", _m(
        "Devon Park <devon@lanternlotfilms.example>", "Post Coordinator video call - Mon 12/8 2pm ET",
        "Hi Alex,\n\nThanks for applying for our Post-Production Coordinator role. Confirming our video call for "
        "Monday, December 8 at 2:00 PM ET. It'll be me and our post supervisor, about 30 minutes; mostly we want to "
        "hear how you'd handle deliverables on a 10-episode docuseries.\n\nDevon\n")),
    # declines in Dutch, Portuguese and German
    ("gaan-toch-voor-iemand-die", "rejection", _m(
        "Sanne de Wit <sanne@havenflex.example>", "Re: vacature planner",
        "Hoi Alex,\n\nHelaas geen goed nieuws van de opdrachtgever: ze gaan toch voor iemand die hun systeem al "
        "kent.\n\nGroet,\nSanne\n", quoted="Is er al nieuws over de vacature planner?")),
    ("seguimos-com-outra-candidata", "rejection", _m(
        "Marta Lins <marta.lins@ipesaude.example>", "Retorno - processo Analista de Qualidade",
        "Oi Alex,\n\nGostamos muito da entrevista, mas depois de muita conversa seguimos com outra candidata para a "
        "vaga de Analista de Qualidade.\n\nUm abraço,\nMarta\n")),
    ("fuer-jemanden-entschieden", "rejection", _m(
        "Petra Albrecht <petra@albrecht-metallbau.example>", "AW: Bewerbung Büro - Alex Morgan",
        "Hallo Alex,\n\nes tut mir leid, aber wir haben uns für jemanden entschieden, der den Betrieb schon kennt.\n\n"
        "Viele Grüße\nPetra Albrecht\n")),
]

# a hiring event's platform relays the employer's answer with list headers
HIRING_EVENT = mail(
    frm="ShiftPoint <events@shiftpoint.example>", to="Alex Morgan <alex.morgan@example.net>",
    subject="You're invited: Ridgeway Logistics hiring event", date=SENT, msgid="<he1@shiftpoint.example>",
    headers={"List-Unsubscribe": "<https://shiftpoint.example/unsub>"},
    body="Hi Alex,\n\nGood news - Ridgeway Logistics reviewed your application for Shift Supervisor and wants to meet "
         "you at their hiring event.\n\nThursday, November 6 | 9:00 AM - 2:00 PM\n\nReserve your interview slot: "
         "https://shiftpoint.example/e/ridgeway\n\nThe ShiftPoint Team\n")

LOOKALIKES = [
    # a college's placement test for a course
    ("a-course-placement-assessment-is-confirmed", _m(
        "Franklin Ridge Community College <testing@frcc.example.edu>", "Placement Assessment Confirmation",
        "Dear Alex Morgan,\n\nYour math placement assessment for BUS 101 is confirmed:\n\nDate: Monday, August 18\n"
        "Time: 5:30 PM\nLocation: Testing Center, Room 114\n\nPlease arrive 15 minutes early with a photo ID.\n")),
    # a language school's placement test for its course, in Québec French
    ("un-test-de-classement-avant-le-cours", _m(
        "École de langues du Plateau <inscriptions@elplateau.example>", "Test de classement - français avancé",
        "Bonjour Alex,\n\nMerci pour votre inscription au cours de rédaction avancée. Avant le début du cours, vous devez "
        "compléter un test de classement en ligne (40 minutes). Merci de le compléter d'ici le mardi 16 septembre.\n")),
    # a friend's help before an assessment day
    ("a-friend-brings-notes-to-practise-the-group-exercise", _m(
        "Nimmi Perera <nimmi.p@yahoo.com>", "sat coffee + prep",
        "hey! still on for coffee sat 10am? I'll bring my old assessment day notes so we can practise the group "
        "exercise. bring the heels lol\n\nN\n")),
    # a continuing-education course's module assessment
    ("a-courses-module-assessment-is-due", _m(
        "Continuing Education <ce-noreply@prairiecc.example.edu>", "Bookkeeping Basics: Module 4 assessment due Sunday",
        "Hi Alex,\nReminder: the Module 4 assessment (Bank Reconciliations) for Bookkeeping Basics is due Sunday, "
        "September 28 at 11:59 PM. You have 2 attempts.\nContinuing Education Office\n")),
    # an adviser's practice talk for the user's own job market
    ("an-advisers-practice-job-talk", _m(
        "Prof. Dana Whitfield <dwhitfield@lakemont.example.edu>", "Re: letters this cycle",
        "Alex,\n\nGot the spreadsheet, thanks. I'll upload a generic letter to your dossier this week.\n\nAlso - a "
        "practice job talk. Let's put it on the calendar for early January, not before.\n\nDana\n",
        quoted="Here is the spreadsheet of where I'm applying.")),
]


@pytest.mark.parametrize("name, kind, raw", CASES, ids=_ids(CASES))
def test_session_28_rules(name: str, kind: str, raw: bytes) -> None:
    _assert_read_as(raw, kind)


@pytest.mark.parametrize("name, raw", LOOKALIKES, ids=_ids(LOOKALIKES))
def test_session_28_lookalikes_stay_other_mail(name: str, raw: bytes) -> None:
    assert _read(raw).kind == "not_relevant", _read(raw).reasons


def test_an_employer_wanting_to_meet_you_through_an_event_platform_is_no_bulk_mail() -> None:
    assert _read(HIRING_EVENT).kind == "interview_invitation", _read(HIRING_EVENT).reasons


def test_a_placement_cells_circular_to_the_year_is_no_candidacy_but_its_shortlist_is() -> None:
    def circular(body: str) -> bytes:
        return mail(frm="Training & Placement Cell <tnp@kcet.example.ac.in>", to="Undisclosed recipients:;",
                    subject="Campus Drive: Sahyadri Systems - Batch 2026", date=SENT, msgid="<tnp1@kcet.example.ac.in>",
                    headers={"Cc": "Final Year Students <fy2026@kcet.example.ac.in>"}, body=body)

    drive = circular("Dear Students,\n\nSahyadri Systems will conduct an on-campus recruitment drive for the role of "
                     "Graduate Engineer Trainee.\n\nTechnical interview - 28 August, 10:00 AM, Seminar Hall.\n\nRegister "
                     "on the company portal before 20 August.\n")
    shortlist = circular("Dear Students,\n\nCongratulations to the following students who have cleared the aptitude "
                         "test. Your technical interview is on Tuesday, 26 August 2025 at 10:00 AM in the Placement "
                         "Cell.\n\n1. Alex Morgan (CS)\n2. Meera Patil (IT)\n")
    assert _read(drive).kind == "not_relevant", _read(drive).reasons
    assert "is a circular to a class or a membership" not in _read(shortlist).reasons


def test_a_decline_for_someone_else_the_user_is_copied_on_in_french() -> None:
    raw = mail(frm="Isabelle Roy <iroy@agencelys.example>", to="Thomas Girard <thomas.girard@gmail.com>",
               subject="Stage en marketing - Agence Lys", date=SENT, msgid="<lys1@agencelys.example>",
               headers={"Cc": "Alex Morgan <alex.morgan@example.net>"},
               body="Bonjour Thomas,\n\nMerci d'avoir rencontré Alex et moi la semaine dernière. Nous avons retenu une "
                    "autre candidature pour le stage d'hiver.\n\nBon succès dans vos études.\n\nIsabelle Roy\n")
    assert _read(raw).kind == "not_relevant", _read(raw).reasons


def test_an_offer_withdrawn_after_the_user_said_no_is_no_rejection() -> None:
    raw = _m("Karen Bell <karen.bell@willowpharmacy.example>", "Re: Pharmacy Coordinator offer",
             "Alex,\n\nThanks for letting me know directly. I've told HR so the offer is withdrawn in the system and "
             "you won't get more reminders about the background check.\n\nKaren\n",
             quoted="I've decided to decline the offer, thank you for everything.")
    assert _read(raw).kind != "rejection", _read(raw).reasons


def test_a_company_inviting_you_to_join_it_full_time_is_an_offer() -> None:
    """The rule reads the offer; where the word model doubts it (an internship's words read like a course's), the agent
    asks rather than guesses, with the offer as its guess: an offer is acted on at once."""
    raw = _m("Neha Joshi <hr@godavaritech.example>", "Pre-Placement Opportunity - Godavari Tech",
             "Dear Alex,\n\nBased on your internship this summer, we are delighted to invite you to join Godavari Tech as "
             "a full-time Software Engineer after your graduation. Your annual CTC would be Rs 6,20,000. The detailed "
             "terms are in the attached letter.\n\nRegards,\nNeha Joshi\nHR, Godavari Tech\n")
    got = _read(raw)
    assert got.kind == "offer" or (got.needs_look and got.guess == "offer"), got.reasons


def test_an_airlines_open_day_through_its_applicant_tracking_is_the_users_interview() -> None:
    def taleo(subject: str, body: str, ics: str | None = None) -> bytes:
        return mail(frm="Jasmine Air Careers <noreply@taleo.net>", to="Alex Morgan <alex.morgan@example.net>",
                    subject=subject, date=SENT, msgid="<od1@taleo.net>", body=body, ics=ics)

    day = datetime(2025, 10, 18, 7, 30, tzinfo=ZoneInfo("Asia/Colombo"))

    booked = taleo("Registration Confirmed - Jasmine Air Colombo - 18 October 2025",
                   "Dear Alex Morgan,\n\nThank you for selecting your session. Your registration is confirmed.\n\n"
                   "Date: Saturday, 18 October 2025\nRegistration time: 07:30 AM\nVenue: Harbour Hotel, Colombo\n\n"
                   "Please bring your passport and CV.\n",
                   ics_event(start=day, end=day + timedelta(hours=4), summary="Jasmine Air Open Day - Colombo",
                             organizer="noreply@taleo.net", attendees=["alex.morgan@example.net"]))
    postponed = taleo("IMPORTANT: Colombo Open Day postponed",
                      "Dear Alex Morgan,\n\nThe Jasmine Air Open Day scheduled in Colombo on Saturday 27 September 2025 "
                      "has been postponed. Your registration for this date is therefore cancelled. Please do not travel "
                      "to the venue.\n\nYour application for Requisition 2500871 remains active.\n")
    assert _read(booked).kind == "interview_confirmation", _read(booked).reasons
    assert _read(postponed).kind == "cancellation", _read(postponed).reasons


def test_the_users_cv_passed_on_by_name_titles_an_application() -> None:
    assert subject_is_an_application("fwd: alex morgan cv", "Alex Morgan")
    assert subject_is_an_application("re: cv - alex morgan", "Alex Morgan")
    assert not subject_is_an_application("fwd: cv tips for alex", "Alex Morgan")


def test_a_job_gone_live_on_the_board_is_no_decline() -> None:
    raw = _m("Chris Dunne <chris@dunnesbakery.example>", "Re: advert",
             "Hi Alex,\n\nThanks for the wording - the job's gone live on the board this morning and the poster is in "
             "the window.\n\nChris\n", quoted="Here's the advert text for the bakery assistant job.")
    assert _read(raw).kind != "rejection", _read(raw).reasons


def test_a_call_centres_english_placement_test_is_the_jobs() -> None:
    raw = _m("Joy Ramos <joy.ramos@bayanicx.example>", "Online Assessment - Alex Morgan",
             "Good day Alex!\n\nYou have passed our initial screening for the CSR - Voice account. As next step, kindly "
             "complete the following online assessments within 48 hours:\n\n1. Versant English Placement Test (50 "
             "mins)\n2. Typing Test (5 mins)\n\nJoy\nRecruitment, BayaniCX\n")
    assert _read(raw).kind == "assessment", _read(raw).reasons


@pytest.mark.parametrize("label, name", [
    ("shacklefordbrewing", "Shackleford Brewing"), ("pellhammedical", "Pellham Medical"),
    ("brisewoodhotels", "Brisewood Hotels"), ("lanyardstaffing", "Lanyard Staffing"),
    ("medicare", "Medicare"), ("ironworks", "Ironworks"),
])
def test_a_domain_that_runs_a_trade_word_on_is_written_as_a_name(label: str, name: str) -> None:
    """What a draft and status call a company its mail never spells out: 'Shackleford Brewing', not
    'Shacklefordbrewing' (a name of five letters or more before the word, so 'Ironworks' stays whole)."""
    assert label_as_name(label) == name
