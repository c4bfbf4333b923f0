"""Session 56: interpreters, teachers, lawyers, veterans, seafarers and orchestral players. Each case is one general rule
in invented words, with the look-alikes that share its words.

A board the rules do not know sends a receipt for an application; its "similar jobs" footer and its "see when your
application has been viewed" are no alert and no notice of activity. A test and an interview are both invited with a
date to pick. An owner says "we'd like you with us" and gives the terms. A booked screen says it "will cover your
availability for shift work". A new hire's personnel file is opened. A recruiter's "Locked." gives the day. A subject
names a post with its level. An application moves to another intake. A day is still to be confirmed. A German invitation
does not pay travel costs. An orchestra calls its interview an audition or a Probespiel, and an institution invites the
user to sit its test.

Against them: a firm's own yearly self-evaluation in Workday, a mentor's calendar invitation, a freelance interpreting
booking called off, a conference that would love to have the user with it, and a masterclass sold as an event."""

from __future__ import annotations

import pytest

from agent.features import _f
from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

READ_AS = [
    # a board the rules do not know: a receipt with its furniture
    ("an-unknown-boards-receipt-with-similar-jobs", "application_ack", _m(
        "JobKraal <applications@jobkraal.example>", "Application submitted: Bakery Supervisor at Wheatfield Foods",
        "Hi Alex,\n\nYou've successfully applied for:\n\nBakery Supervisor\nWheatfield Foods - Stellenbosch\n\nYour CV "
        "and cover note were sent to Wheatfield Foods on 3 March 2026.\n\nWhat's next? Employers usually respond within "
        "10 days. You can see when your application has been viewed under My Applications.\n\nSimilar jobs you might "
        "like: https://www.jobkraal.example/similar/BS-0311\n\nThe JobKraal team")),
    # a trial shift called off from the phone, the apostrophe left out
    ("tomorrows-trial-shift-is-off", "cancellation", _m(
        "Marco Ferri <marco@trattoria-ferri.example>", "Re: trial shift",
        "Hi Alex, sorry but tomorrows trial shift is off, the kitchen flooded this morning and we are closed till "
        "Friday. I will message you to set up another day.\n\nMarco")),
    # a test and an interview invited together, a date to choose
    ("a-test-and-an-interview-with-dates-to-choose", "interview_invitation", _m(
        "Selection Unit <selection@eu-maritime-agency.example>", "EMA/TA/AD6/2026/02 - Invitation to written test and interview",
        "Dear Alex Morgan,\n\nFollowing the evaluation of the applications by the Selection Committee, you have been "
        "shortlisted for the next phase of the procedure EMA/TA/AD6/2026/02 - Legal Officer.\n\nThe next phase consists "
        "of a written test and an interview with the Selection Committee, held on the same day by videoconference.\n\n"
        "We kindly ask you to confirm your availability for one of the following dates:\n- Tuesday 10 March 2026\n- "
        "Wednesday 11 March 2026\n\nKind regards,\nSelection Unit")),
    # an owner's plain yes after the meeting, with its terms
    ("an-owner-would-like-you-with-us", "offer", _m(
        "Bruno Claes <bruno@claes-vertaalbureau.example>", "Re: in-house translator",
        "hi alex\n\nthanks for coming by on friday. talked it over with Els and we'd like you with us. 4 days a week to "
        "start, 2.900 EUR gross a month, from 1 april if you can. ok for you? tell me this week\n\nbruno")),
    # a booked screen: the availability it will cover is the job's, not a time to pick
    ("a-screen-booked-that-will-cover-availability-for-shift-work", "interview_confirmation", _m(
        "Harbour Assist Careers <careers-noreply@harbourassist.icims.com>",
        "Phone Screen Scheduled - Multilingual Claims Handler - Req 2026-0412",
        "Dear Alex,\n\nThank you for your interest in Harbour Assist. We are pleased to confirm your phone screen for "
        "the position below.\n\nPosition: Multilingual Claims Handler\nDate: Thursday, 5 March 2026\nTime: 10:00 AM - "
        "10:30 AM (Eastern)\n\nThe call will cover your experience, your languages and your availability for shift "
        "work.\n\nKind regards,\nTalent Acquisition")),
    # a new hire's personnel file, and the permit it asks a copy of
    ("a-new-hires-personnel-file-and-a-draft-contract", "company_reply", _m(
        "Sofie Peeters <s.peeters@vandamme-legal.example>", "Draft employment contract - Legal Translator",
        "Dear Alex,\n\nAs discussed with Katrien, please find attached the draft employment contract for your review.\n\n"
        "To complete your personnel file, we would need a copy of your identity card or residence permit, copies of "
        "your diplomas and your bank account number.\n\nKatrien would appreciate your decision by Friday.\n\nKind "
        "regards,\nSofie Peeters\nHR Officer")),
    # a recruiter's one word, then the day
    ("a-recruiters-locked-then-the-day", "interview_confirmation", _m(
        "Dan Kessler <dan@harrowsearch.example>", "Re: Pell & Mercer - coffee with the partner",
        "Locked. Thu 3/12 8:30, Bluestone Cafe, 110 E 40th. Ask for Ruth.\n\nCall me tmrw after 4 for prep.\n\nDK\n\n"
        "Sent from my iPhone")),
    # a subject that names the post with its level
    ("a-subject-names-the-post-with-its-level", "interview_confirmation", _m(
        "Dana Ortiz <dortiz@keelson-systems.example>", "Re: Keelson Systems - Logistics Analyst II / quick phone chat?",
        "Perfect! Let's do Thursday 2:30 ET, I'll call your cell. Won't take more than 20 min.\n\nDana\n\nSent from my "
        "iPhone")),
    # the application moved to another intake, the candidacy not ended
    ("an-application-moved-to-another-intake", "company_reply", _m(
        "Keisha Moore <keisha@bridgepoint-fellows.example>", "Update on your Bridgepoint application",
        "Hi Alex,\n\nAs promised, an update. Our spring host companies did not reopen their seats, so we won't run the "
        "spring cohort. With your permission, I'll move your application into the summer pool (reviewed in April). "
        "Just reply yes and I'll move it over.\n\nKeisha")),
    # two days to choose; the brief waits for the day
    ("two-days-to-choose-and-a-brief-once-the-date-is-confirmed", "interview_invitation", _m(
        "Annabel Ross <aross@banksia-grammar.example>", "Year 2 Teacher - invitation to interview and teach",
        "Dear Alex,\n\nThank you for your application. Our process has two parts: an observed lesson of 30 minutes, and "
        "a panel interview of around 45 minutes. I will send a short brief on the class once your date is confirmed."
        "\n\nWould Tuesday 24 March or Wednesday 25 March suit you? We would need you on site for about two hours.\n\n"
        "Warm regards,\nAnnabel Ross\nHead of Junior School")),
    # a German invitation that does not pay travel costs
    ("a-german-invitation-that-does-not-pay-travel", "interview_invitation", _m(
        "Ulrike Berger <u.berger@musikschule-talheim.example>",
        "Einladung zum Vorstellungsgespräch mit Unterrichtsprobe - Lehrkraft Violoncello",
        "Guten Tag Alex Morgan,\n\nvielen Dank für Ihre Bewerbung als Lehrkraft für Violoncello. Wir möchten Sie gern "
        "persönlich kennenlernen.\n\nFolgende Termine können wir Ihnen anbieten:\n- Dienstag, 10. März 2026, 15:00 Uhr\n"
        "- Donnerstag, 12. März 2026, 16:30 Uhr\n\nBitte teilen Sie uns bis zum 2. März mit, welcher Termin Ihnen "
        "passt. Fahrtkosten können wir leider nicht erstatten.\n\nMit freundlichen Grüßen\nUlrike Berger")),
    # an orchestra's Probespiel called off, the date in the subject
    ("a-probespiel-called-off", "cancellation", _m(
        "Orchesterbüro <orchester@theater-nordwald.example>", "Probespiel Solo-Bratsche am 14.05.2026 – Absage",
        "Sehr geehrte Bewerberinnen und Bewerber,\n\nleider müssen wir Ihnen mitteilen, dass das für Donnerstag, den 14. "
        "Mai 2026, angesetzte Probespiel für die Stelle Tutti Viola nicht stattfinden kann. Das Probespiel wird im "
        "Herbst nachgeholt; Ihre Bewerbung bleibt gültig.\n\nMit freundlichen Grüßen\nOrchesterbüro")),
    # an orchestra's committee does not admit the user to its audition
    ("an-orchestra-does-not-admit-the-user-to-its-audition", "rejection", _m(
        "Audiciones <audiciones@orquesta-levante.example>", "VIOLA TUTTI AUDITION - ADMISSION RESULT",
        "Dear Alex Morgan,\n\nAfter review of the documentation presented, the Audition Commission has resolved not to "
        "admit your candidature to the audition for the position of Viola Tutti.\n\nWe thank you for your interest in "
        "our orchestra.\n\nPersonnel Department")),
    # an orchestra's invitation: a slot to reserve
    ("an-orchestra-advances-the-user-and-asks-for-a-slot", "interview_invitation", _m(
        "Auditions <auditions@riverbend-symphony.example>", "RSO Section Cello - Invitation to Live Audition",
        "Dear Alex Morgan,\n\nBased on your prescreen recording, the Audition Committee has advanced you to the live "
        "preliminary round of the Section Cello audition, on May 11 and 12, 2026.\n\nTo reserve your audition time, "
        "please log in at the link below and choose an available slot by Friday, April 10.\n\nSincerely,\nRiverbend "
        "Symphony Auditions")),
    # its personnel manager moves the time without naming the seat again
    ("an-orchestras-personnel-manager-moves-the-audition", "reschedule", _m(
        "Dana Whitmore <dwhitmore@riverbend-symphony.example>", "IMPORTANT: change to your audition time - May 11",
        "Dear Alex,\n\nDue to a scheduling conflict on our stage that morning, all Monday morning preliminary times "
        "have been moved to the afternoon.\n\nYour NEW audition time is:\nMonday, May 11, 2026 - 2:40 PM Central\n\n"
        "Everything else stays the same.\n\nDana Whitmore\nOrchestra Personnel Manager\nRiverbend Symphony Orchestra")),
    # a Probespiel's place confirmed, in English
    ("a-probespiel-participation-confirmed", "interview_confirmation", _m(
        "Orchesterbüro <orchesterbuero@philharmonie-nordwald.example>", "Probespiel Tutti 2. Violine – date and time",
        "Dear Alex Morgan,\n\nwe hereby confirm your participation in the Probespiel Tutti 2nd Violin:\n\nTuesday, 21 "
        "April 2026\nStart: 10:00\nPlace: Stadthalle, Probensaal\n\nKind regards\nOrchesterinspektor")),
    # a college's finalists' visit, its masterclass the teaching demonstration
    ("a-campus-visit-with-a-masterclass-to-teach", "interview_invitation", _m(
        "Miriam Cole <mcole@eastfield.example>", "Eastfield viola search - campus visit",
        "Dear Alex,\n\nThe committee would like to invite you to campus as one of three finalists for the Assistant "
        "Professor of Viola position. The visit includes a recital, a 45-minute masterclass with two of our "
        "undergraduate violists, and meetings with the faculty.\n\nWe have two windows: March 30-31 or April 2-3. Could "
        "you let me know which window works for you?\n\nMiriam")),
    # an institution's own test, at the time it gives
    ("an-invitation-to-sit-an-accreditation-test", "assessment", _m(
        "Interpretation Recruitment <recruitment@intl-council.example>",
        "Staff Interpreter (English booth) - Invitation to the accreditation test",
        "Dear Alex Morgan,\n\nFurther to your application for the post of Staff Interpreter, we are pleased to invite "
        "you to sit the interpretation accreditation test.\n\nDate: Wednesday 18 March 2026\nTime: 09:30\nPlace: "
        "Conference Centre, Booth 5\n\nPlease confirm your attendance by 9 March.\n\nInterpretation Division")),
    # the second round: an airline's day of tests and interviews, moved for every candidate of a session
    ("an-assessment-day-session-moved-to-the-next-day", "reschedule", _m(
        "Careers <careers-noreply@sunbird-airways.example>", "Important change to your Assessment Day booking",
        "Dear Alex,\n\nThank you again for your application for the Cabin Crew position. Due to a change in our "
        "recruitment team's schedule, the Saturday, 14 March interview session in Cebu will no longer take place. All "
        "candidates booked on this session have been moved to the following day:\n\nNew date: Sunday, 15 March 2026\n"
        "Reporting time: 07:30\n\nKind regards,\nCabin Crew Recruitment")),
    # ... a place confirmed at its open day
    ("a-place-confirmed-at-an-airlines-open-day", "interview_confirmation", _m(
        "Open Day <openday@skyreach-crewing.example>", "Kestrel Air Open Day - your time slot",
        "Dear Alex\n\nCongratulations, you have passed the online pre-screening test. We are pleased to confirm your place "
        "at the Kestrel Air Cabin Crew Open Day:\n\nDate: Saturday 21 March 2026\nTime slot: 08:00\nVenue: Harbour "
        "Hotel, Durban\n\nThe day includes a group exercise, an English test and a short interview with the Kestrel Air "
        "recruiters.\n\nKind regards")),
    # ... and called off, the application kept
    ("an-airlines-open-day-called-off", "cancellation", _m(
        "Careers <careers@gulfwing.example>", "Cancellation - Gulfwing Cabin Crew Open Day, Manila, 4 April 2026",
        "Dear Alex Morgan,\n\nThank you for registering for the Gulfwing Cabin Crew Open Day in Manila and for securing a "
        "slot at 09:00 on Saturday, 4 April 2026.\n\nWe regret to inform you that this Open Day has been cancelled due "
        "to operational reasons. Your application remains active in our system.\n\nKind regards,\nGulfwing Careers")),
    # Japanese HR's fixed date, "as following"
    ("a-final-interview-set-as-following", "interview_confirmation", _m(
        "Yuki Mori <y.mori@kirishima-trading.example>", "Final Interview Schedule",
        "Dear Alex Morgan,\n\nThank you for attending the 2nd interview on February 18. We are pleased to inform you that "
        "you have passed the 2nd interview.\n\nWe would like to have the final interview with our Managing Director as "
        "following.\n\nDate: March 5, 2026 (Thu) 14:00-15:00\nPlace: Head Office, 15F Executive Meeting Room (please "
        "come to 14F reception first)\nInterviewers: Mr. Mori (Managing Director), Mr. Fujita (Executive Officer)\n\nThe "
        "final interview will be in Japanese. If this date is not convenient, please kindly let us know by February 26."
        "\n\nBest regards,\nYuki Mori\nHuman Resources")),
    # a shop's receipt of the CV, passed on to the owner
    ("a-shop-passes-the-cv-on-to-the-owner", "application_ack", _m(
        "Info <info@oconnell-pharmacy.example>", "RE: Pharmacist Manager vacancy",
        "Hi Alex\n\nThanks for your email and CV, I have passed it on to Niamh (owner) and she will be in touch with you "
        "when she has had a chance to look at it.\n\nKind regards")),
    # thanks for the meeting held, the decision to come
    ("thanks-for-taking-the-time-to-meet-this-afternoon", "company_reply", _m(
        "Priya Raman <priya.raman@sunstack-energy.example>", "Thank you - Sunstack Energy interview",
        "Hi Alex,\n\nThank you for taking the time to meet with Glenn and me this afternoon. We're completing the remaining "
        "interviews early next week and aim to let all candidates know the outcome by Friday 20 February.\n\nKind regards,"
        "\nPriya")),
]

OTHER_MAIL = [
    # the user's own firm's yearly self-evaluation, in Workday
    ("a-firms-own-self-evaluation-in-workday", _m(
        "Pell Mercer <pellmercer@myworkday.com>", "Action Required: 2025 Associate Self-Evaluation due February 20",
        "Alex Morgan,\n\nYou have a new task in Workday: 2025 Annual Associate Review - Self-Evaluation. Please complete "
        "and submit the form by Friday, February 20. Review meetings with your Practice Group Leader will be scheduled "
        "in March.\n\nThis is a system-generated notification sent to the email addresses on your worker profile.")),
    # a mentor's calendar invitation
    ("a-mentors-calendar-invitation", _m(
        "Google Calendar <calendar-notification@google.com>",
        "Invitation: Alex / Ray - mentoring intro @ Tue Mar 3, 2026 6pm - 6:45pm (EST)",
        "You have been invited to the following event.\n\nAlex / Ray - mentoring intro\nWhen: Tuesday Mar 3, 2026 6pm - "
        "6:45pm Eastern Time\n\nAlex - looking forward to it. Bring your resume and the list of companies you're "
        "talking to, and if you've got an offer on the table, bring that too.\n\n- Ray")),
    # a client calls off the user's own freelance booking
    ("a-freelance-interpreting-booking-called-off", _m(
        "Events Office <events@agri-federation.example>", "Cancellation - interpretation, Board meeting 19 March",
        "Dear Alex,\n\nThe Board meeting of 19 March has been cancelled, so we have to cancel the English booth "
        "interpretation for which you were booked on that day. As we cancel more than 30 days ahead, no cancellation "
        "fee applies under our contract.\n\nBest regards,\nEvents Office")),
    # a conference would love to have the user with it, as a speaker
    ("a-conference-would-love-to-have-you-with-us-as-a-speaker", _m(
        "Lena Brandt <lena@translators-forum.example>", "Translators Forum 2026",
        "Hi Alex,\n\nWe'd love to have you with us as a speaker at Translators Forum on 14 May. Let me know by "
        "Friday if you can make it.\n\nLena")),
    # a court's summons to the user as a witness, a call asked before it
    ("a-courts-summons-to-witness", _m(
        "Lise Fontaine <lfontaine@lakeshore-cas.example>", "Summons to Witness - Ontario Court of Justice - Feb 17",
        "Good afternoon Alex,\n\nPlease find attached the Summons to Witness in the above matter. You are required to "
        "attend on Tuesday, February 17, 2026 at 10:00 a.m. Counsel would like to meet with you by phone beforehand. "
        "Could you let me know your availability on Wednesday or Friday?\n\nThank you,\nLise")),
    # the user as someone else's professional reference
    ("a-professional-reference-for-someone-else", _m(
        "Deborah Quist <dquist@birchgrove-hospital.example>", "Reference check - Jordan Lee",
        "Hello Alex,\n\nJordan Lee has applied for a position at Birchgrove Hospital and has listed you as a professional "
        "reference. Would you be available for a 15-minute telephone reference check early next week? Please reply with "
        "a few times that work for you.\n\nDeborah Quist\nHR Advisor")),
    # a course's seat, paid for to be reserved
    ("a-courses-slot-reserved-by-paying-its-fee", _m(
        "Registrar <registrar@firstaid-training.example>", "Application received - Basic Life Support course",
        "Good morning Alex Morgan,\n\nThank you for your application for the Basic Life Support course, Batch 2026-03, on "
        "28 Feb. To reserve your slot, please settle the course fee of PHP 2,800 within 3 days.\n\nThank you.")),
    # a home's application turned down
    ("a-rental-application-declined", _m(
        "Rentals <rentals@coastline-property.example>", "Your application for 4/12 Marine Parade",
        "Dear Alex,\n\nThank you for your application for 4/12 Marine Parade. Unfortunately, on this occasion the owner "
        "has selected another applicant for the property.\n\nYour application details will remain in 2Apply.\n\nWe wish "
        "you all the best with your search.\n\nKind regards")),
    # a masterclass sold as an event
    ("a-masterclass-sold-as-an-event", _m(
        "Careers Academy <hello@careers-academy.example>", "Free masterclass: negotiate your salary",
        "Hi Alex,\n\nJoin our free masterclass on Thursday at 7pm: how to negotiate your salary after an offer. Seats "
        "are limited, so book a slot today.\n\nThe Careers Academy team")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)


def test_a_patterns_piece_left_after_its_closing_comma_is_refused():
    # a string after a feature's pattern would be taken as its conditional_ok flag and never searched
    with pytest.raises(TypeError, match="conditional_ok"):
        _f("company_reply", 2, "t", "a test feature", r"thanks for the chat", r"|a piece the pattern lost")
