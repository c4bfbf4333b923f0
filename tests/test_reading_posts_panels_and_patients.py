"""Session 14's fresh writer sets were the company's shortest answers and the same words about other things (DY), offers
and everything else that says offer (DZ), interviews moved, called off and refused in nine European languages (EA),
interviews and applications that are not a job for the user (EB), an academic job market (EC) and a UK public-sector
search (ED); on arrival they read 0.870, 0.890, 0.790, 0.780, 0.900 and 0.820. Each case here is one general rule they
revealed, in invented words."""

from __future__ import annotations

import pytest

from agent.classify import USER_CONGRATULATED, USER_HIRES
from agent.evidence import CARE_BOOKING
from tests.test_reading import m, read


def _outlook_quote(subject: str, words: str) -> str:
    return ("\n\n________________________________\nFrom: Alex Morgan <alex.morgan@example.net>\n"
            f"Sent: 14 April 2026 09:10\nTo: them\nSubject: {subject}\n\n{words}\n")


# The post the user applies for may carry the words of a look-alike: a researcher of users, an officer of grants,
# a manager of volunteers. The post's title is the job, not the study, the grant or the volunteering.
POSTS = [
    ("ux-researcher-panel", "interview_confirmation", m(
        "Nadia Voss <nadia.voss@pelican-works.example>", "Confirmed: UX Researcher panel, Thu 19 Feb at 10:00",
        "Hi Alex,\n\nYou're confirmed for the next round: UX Researcher - panel conversation, Thursday 19 February, "
        "10:00-11:00 on Zoom, with our research director and a product designer.\n\nBest,\nNadia\n")),
    ("user-researcher-no", "rejection", m(
        "Ruth Abney <ruth.abney@cormorant-insight.example>", "Senior User Researcher - outcome",
        "Dear Alex,\n\nThank you for coming through both stages for the Senior User Researcher role. I'm sorry to say "
        "that we won't be taking your application further on this occasion.\n\nKind regards,\nRuth\n")),
    ("grants-officer-post", "interview_invitation", m(
        "Hiring <jobs@tern-foundation.example>", "Interview invitation - Grants Officer",
        "Dear Alex,\n\nThank you for your application for the position of Grants Officer at the Tern Foundation. We "
        "would like to invite you to an interview. Could you let us know which of these times suits you: Monday 9 "
        "March at 10am or Tuesday 10 March at 2pm?\n\nBest wishes,\nJo Pike\n")),
    ("volunteer-programme-manager", "interview_invitation", m(
        "Mo Adair <mo@gannet-trust.example>", "Volunteer Program Manager - interview?",
        "Hi Alex,\n\nThank you for applying for our Volunteer Program Manager position. We were impressed and would "
        "love to set up an interview. Are you free any afternoon next week?\n\nMo\n")),
]


@pytest.mark.parametrize("name,kind,raw", POSTS, ids=[p[0] for p in POSTS])
def test_a_post_named_like_a_look_alike_is_the_users_job(name, kind, raw):
    assert read(raw).kind == kind


@pytest.mark.parametrize("name,raw", [
    ("a-study", m("Research Ops <research@pelican-works.example>", "Your user research session",
                  "Hi Alex, thanks for signing up for a user research session on Thursday at 3pm. You'll receive a "
                  "$50 gift card for taking part.\n")),
    ("a-grant", m("Aoife Lund <aoife@tern-fund.example>", "Your application to round 3",
                  "Dear Alex,\n\nThank you for applying to round 3 of the Tern Civic Data Fund. The panel met last week "
                  "and I'm pleased to say your project will be funded.\n\nAoife Lund\nGrants Officer, Tern Civic Data "
                  "Fund\n")),
])
def test_the_look_alikes_themselves_still_start_nothing(name, raw):
    assert read(raw).kind == "not_relevant"


@pytest.mark.parametrize("name,kind,raw", [
    ("test-before-the-sift", "assessment", m(
        "Civil Service Jobs <noreply@civilservicejobs.example>", "Online test - Performance Analyst",
        "Dear Alex Morgan\n\nThank you for applying for Performance Analyst. The next stage is an online judgement "
        "test. Please complete the test by 23:55 on Friday 16 January. Your application will not progress to the "
        "sift until you have passed the test.\n\nRegards\nRecruitment Team\n")),
    ("bring-documents-to-a-booked-interview", "interview_confirmation", m(
        "Moorfold NHS Trust <recruitment@moorfold.example>", "Interview booking confirmation - Information Analyst",
        "Dear Alex\n\nYour interview for Information Analyst is booked for Tuesday 17 March 2026 at 11:00 at Moorfold "
        "House.\n\nPlease remember to bring the original documents listed in your account. We will be unable to "
        "progress your application without them.\n\nRecruitment Team\n")),
    ("assume-unsuccessful-after-four-weeks", "application_ack", m(
        "Recruitment <jobs@harrowby-council.example>", "Application received - Policy Officer",
        "Dear Alex\n\nThank you for your application for the post of Policy Officer. Due to the volume of "
        "applications we receive, we are not always able to contact unsuccessful applicants. If you have not heard "
        "from us within 4 weeks of the closing date please assume your application has been unsuccessful on this "
        "occasion.\n\nHR Team\n")),
])
def test_what_would_stop_an_application_is_no_refusal(name, kind, raw):
    """'will not progress until you have passed', 'unable to progress without them', 'please assume', 'we cannot contact
    unsuccessful applicants' say what would end the candidacy, not that it has ended."""
    assert read(raw).kind == kind


def test_a_public_employers_invitation_with_a_pointer_to_guidance_is_an_invitation():
    """'how to prepare for a behaviour-based interview is available on GOV.UK' is the invitation's help, not advice
    mail; the subject 'invitation to interview' says what it is."""
    sig = read(m("Recruitment <noreply@dept-growth.example>", "412733 - Performance Analyst - invitation to interview",
                 "Dear Alex Morgan\n\nCongratulations - you have been successful at the sift stage and we would like "
                 "to invite you to interview.\n\nPlease sign in to your account and book an interview slot by 18 "
                 "February.\n\nFurther information about Success Profiles and how to prepare for a behaviour-based "
                 "interview is available on GOV.UK.\n\nRecruitment Team\n"))
    assert sig.kind == "interview_invitation"


def test_a_shortlisting_letter_with_its_date_and_time_lines_is_a_booking():
    sig = read(m("Recruitment <recruitment@stourby-trust.example>", "Invitation to interview - Workforce Analyst",
                 "Dear Alex Morgan\n\nI am pleased to inform you that you have been shortlisted for interview as "
                 "follows:\n\nDate: Friday 3 July 2026\nTime: 10:30\nLocation: Seminar Room 4, Stourby General\n\n"
                 "Please log in to your account to confirm your attendance.\n\nRecruitment Team\n"))
    assert sig.kind == "interview_confirmation"


def test_a_practice_booking_the_user_in_as_its_patient_starts_nothing():
    sig = read(m("Kestrel Dental Care <reception@kestreldental.example>", "RE: Appointment request",
                 "Hi Alex, that's you booked in for 9:15 on Wednesday 13th with Dr Shah. Please arrive 5 minutes "
                 "early.\n\nKind regards\nMia\nReception | Kestrel Dental Care"
                 + _outlook_quote("Appointment request", "Hi, I've chipped a tooth - could I get an appointment this "
                                                         "week? Mornings are easiest.\nAlex")))
    assert sig.kind == "not_relevant"
    assert any(CARE_BOOKING in r for r in sig.reasons)


def test_a_clinics_manager_booking_the_user_in_for_a_job_is_still_read():
    """A physiotherapy clinic hiring writes the same words; the user's own words it answers are about the job."""
    sig = read(m("Jan Kerr <jan@heron-physio.example>", "Re: Front desk role",
                 "Hi Alex,\n\nGreat - we're meeting tomorrow (Wed) at 9:30 at the clinic with Dr. Ash. Street parking is "
                 "easiest.\n\nJan\nClinic Manager, Heron Physiotherapy"
                 + _outlook_quote("Front desk role", "Hi Jan, thanks for calling. Tomorrow at 9:30 suits me for the "
                                                     "front desk role.\nAlex")))
    assert sig.kind == "interview_confirmation"


@pytest.mark.parametrize("name,reply,subject,users_words", [
    ("candidate-told-no", "Thanks for letting me know, and for the offer of feedback. Disappointed but I understand.",
     "Operations Coordinator - interview outcome",
     "Hi Kofi,\n\nThanks again for coming in last week. I'm sorry to say we've decided to offer the role to another "
     "candidate. Happy to give feedback on a call.\n\nAlex Morgan\nOperations Manager"),
    ("colleague-on-the-panel", "yes I can do Tuesday 11 - send me the CVs when you can",
     "Interview panel - Ops Coordinator",
     "Owen - could you sit on the panel for the Ops Coordinator interviews next Tuesday from 11? I'll send the CVs "
     "Monday.\n\nAlex"),
])
def test_answers_to_the_user_hiring_start_nothing(name, reply, subject, users_words):
    sig = read(m("Kofi Mensah <kofi.mensah@example.org>", f"RE: {subject}", reply + _outlook_quote(subject, users_words)))
    assert sig.kind == "not_relevant"
    assert USER_HIRES in sig.reasons


def test_the_user_scheduled_to_interview_a_candidate_starts_nothing():
    sig = read(m("Dana Price <dana.price@osprey-soft.example>", "Thursday",
                 "Hi Alex,\n\nYou've been scheduled to interview a candidate for the Data Analyst role on Thursday at "
                 "2pm. The CV is in the shared folder.\n\nDana\n"))
    assert sig.kind == "not_relevant"


EUROPEAN = [
    # called off, without a new time
    ("sv-avbokats", "cancellation", m(
        "Rekrytering <jobb@ljungby-energi.example>", "Din intervju med Ljungby Energi har avbokats",
        "Hej Alex, din intervju för tjänsten Verksamhetsutvecklare hos Ljungby Energi har avbokats. Vi hör av oss om "
        "läget ändras.\n")),
    ("de-nicht-stattfinden", "cancellation", m(
        "Petra Lang <p.lang@moselhafen.example>", "AW: Einladung zum Vorstellungsgespräch – Teamleitung",
        "Guten Tag Alex Morgan,\n\nleider kann unser Gespräch am Donnerstag, 12.02.2026 um 10:00 Uhr nicht "
        "stattfinden: die Besetzung der Stelle ist bis auf Weiteres ausgesetzt.\n\nPetra Lang\n")),
    ("nl-afspraak-annuleren", "cancellation", m(
        "Els Maes <els.maes@leie-haven.example>", "RE: Uitnodiging gesprek Planner",
        "Dag Alex,\n\nIk moet jammer genoeg onze afspraak van vrijdag 20 februari om 14u annuleren. De vacature is "
        "voorlopig on hold gezet.\n\nMet vriendelijke groeten,\nEls\n")),
    ("pl-odwolac-nasza-rozmowe", "cancellation", m(
        "Anna Nowak <a.nowak@bug-systemy.example>", "Re: Rozmowa rekrutacyjna – Analityk",
        "Dzień dobry, niestety muszę odwołać naszą rozmowę rekrutacyjną zaplanowaną na czwartek 26 lutego o 13:00. "
        "Rekrutacja na stanowisko Analityka została wstrzymana.\nPozdrawiam, Anna Nowak\n")),
    ("it-colloquio-salta", "cancellation", m(
        "Luca Ferri <luca@adda-selezione.example>", "Colloquio di venerdì",
        "Ciao Alex, il cliente ha sospeso la ricerca del Responsabile Acquisti e quindi il colloquio di venerdì 13 "
        "marzo alle 10:30 salta. Ti tengo aggiornato.\nLuca\n")),
    ("pl-nie-odbedzie-sie", "cancellation", m(
        "Piotr Wójcik <piotr@tatra-soft.example>", "Jutrzejsza rozmowa – Scrum Master",
        "Dzień dobry Alex, jutrzejsza rozmowa na stanowisko Scrum Master (wtorek 12 maja, godz. 10:00) nie odbędzie "
        "się, bo Kasia jest na zwolnieniu lekarskim.\nPozdrawiam, Piotr\n")),
    # moved
    ("es-aplazarla", "reschedule", m(
        "Iván Sanz <ivan@cares-tec.example>", "Lo de mañana",
        # (with its new day: put off with a date only promised, the session-24 Spanish set taught the model it is called
        # off, as the corpus labels a move without a new time)
        "Hola Alex, mañana a las 16:00 no voy a poder hacer la entrevista. Prefiero aplazarla al jueves a las 10:00 que "
        "hacerla con prisas.\nIván\n")),
    ("de-auf-donnerstag-schieben", "reschedule", m(
        "Jonas Ebert <jonas@isar-mobility.example>", "Re: Interview Operations Lead – nächste Woche",
        "Hi Alex, sorry für die kurzfristige Änderung. Können wir euer Gespräch auf Donnerstag, 5.3., 15:00 Uhr "
        "schieben? Gleicher Meet-Link.\nJonas\n")),
    ("pt-vamos-ter-de-adiar", "reschedule", m(
        "Rita Sousa <rita@mondego-seguros.example>", "Entrevista de quinta-feira",
        "Boa tarde Alex, vamos ter de adiar a entrevista de quinta-feira, dia 11, às 10h00. Enviaremos uma nova data "
        "em breve.\nRita\n")),
    # refused: the post is filled, another candidate chosen
    ("pl-obsadzone", "rejection", m(
        "Zespół <praca@wisla-studio.example>", "Re: Aplikacja Project Manager",
        "Dzień dobry, dziękujemy za wiadomość. Stanowisko zostało już obsadzone.\nPozdrawiamy\n")),
    ("fr-pourvu", "rejection", m(
        "Claire Roux <claire.roux@drome-robotique.example>", "Re: Candidature Responsable PMO",
        "Bonjour Alex,\n\nMerci pour votre message. Le poste de Responsable PMO a été pourvu le mois dernier.\n\n"
        "Cordialement,\nClaire Roux\n")),
    ("it-coperta", "rejection", m(
        "Ufficio Personale <personale@piave-trasporti.example>", "R: Candidatura Responsabile Magazzino",
        "Buongiorno, la informiamo che la posizione di Responsabile Magazzino è stata coperta. La ringraziamo per "
        "l'interesse.\n")),
    ("es-nos-hemos-quedado", "rejection", m(
        "Clara Pons <clara@tajo-nautica.example>", "Re: Gracias por la visita",
        "Hola Alex, te escribo con la decisión: al final nos hemos quedado con una persona de aquí que ya conoce a "
        "nuestros proveedores. Me da pena de verdad.\nClara\n")),
    ("pl-zdecydowalismy", "rejection", m(
        "Joanna Kaczmarek <j.kaczmarek@warta-agro.example>", "Re: Podziękowanie za spotkanie",
        "Dzień dobry Alex, dziękuję za rozmowę. Po długiej dyskusji zdecydowaliśmy się na kandydata z doświadczeniem w "
        "branży. Trzymam kciuki!\nJoanna\n")),
]


@pytest.mark.parametrize("name,kind,raw", EUROPEAN, ids=[e[0] for e in EUROPEAN])
def test_moved_called_off_and_refused_in_european_languages(name, kind, raw):
    assert read(raw).kind == kind


def test_a_candidate_sending_back_the_users_task_is_the_user_hiring():
    sig = read(m("Leo Park <leo.park.home@gmail.com>", "Re: Case study - Operations Coordinator",
                 "Hi Alex, here's my case study - sorry it's a day late.\nLeo\n\n"
                 "On Wed, 22 Apr 2026 at 12:15, Alex Morgan <alex.morgan@example.net> wrote:\n"
                 "> Hi Leo, as discussed, here's the short case study for the Operations Coordinator role. Could you send "
                 "it back by Friday?\n> Alex\n"))
    assert sig.kind == "not_relevant"
    assert USER_HIRES in sig.reasons


def test_a_contacts_thanks_for_the_users_congratulations_starts_nothing():
    """A recruiter the user once worked with, thanking the user for congratulating her: nothing in it is about a job."""
    sig = read(m("Tess Quill <tess@quill-talent.example>", "Re: Congrats!",
                 "Alex! Thanks so much, means a lot. Coffee next time I'm in town?\n\nTess\nFounder, Quill Talent\n\n"
                 "On Mon, 23 Feb 2026 at 19:50, Alex Morgan <alex.morgan@example.net> wrote:\n"
                 "> Hi Tess, saw you've gone out on your own - congratulations! Hope it goes brilliantly.\n> Alex\n"))
    assert sig.kind == "not_relevant"
    assert USER_CONGRATULATED in sig.reasons


def test_congratulations_with_a_question_about_a_job_is_still_read():
    sig = read(m("Tess Quill <tess@quill-talent.example>", "Re: Congrats!",
                 "Thanks Alex! And yes - I have a client with an operations role that would suit you. Free for a call "
                 "on Thursday?\n\nTess\n\n"
                 "On Mon, 23 Feb 2026 at 19:50, Alex Morgan <alex.morgan@example.net> wrote:\n"
                 "> Hi Tess, congratulations on the new agency! If you come across an operations role, I'm looking.\n"))
    assert sig.kind != "not_relevant"
    assert USER_CONGRATULATED not in sig.reasons


def test_an_e_signature_record_that_everyone_signed_is_no_new_offer():
    """'All parties have completed Offer Letter - Alex Morgan': the offer was accepted; this is its paperwork."""
    sig = read(m("Hana Cole via DocuSign <dse@docusign.net>", "Completed: Offer Letter - Alex Morgan",
                 "Your document has been completed\n\nAll parties have completed Offer Letter - Alex Morgan.\n\n"
                 "VIEW COMPLETED DOCUMENT\n\nHana Cole\nhana.cole@lyre-webb.example\n\nPowered by DocuSign\n"))
    assert sig.kind != "offer"


@pytest.mark.parametrize("name,body", [
    ("de-besetzt", "Guten Tag Alex Morgan,\n\nwir hatten für Freitag, den 22.05.2026, 13:00 Uhr ein Kennenlernen "
                   "vereinbart. Diesen Termin muss ich leider absagen: die Position als Einkäufer konnten wir letzte "
                   "Woche mit einem Kandidaten aus dem laufenden Verfahren besetzen.\n\nMit freundlichen Grüßen\n"),
    ("pt-preenchida", "Bom dia Alex,\n\nEscrevo a propósito da entrevista marcada para quinta-feira às 11h00. A vaga de "
                      "Consultor já foi preenchida, pelo que a entrevista fica sem efeito.\n\nCumprimentos,\nSofia\n"),
])
def test_an_interview_called_off_because_the_post_is_filled_is_a_refusal_in_other_languages_too(name, body):
    assert read(m("Personal <personal@trave-werke.example>", "Ihr Termin / Entrevista - Einkäufer", body)).kind \
        == "rejection"


def test_a_request_to_the_users_referees_that_copies_the_user_is_the_users_candidacy():
    raw = (b"From: Hiring <hr@lyra-college.example>\nTo: rao@other-uni.example\nCc: alex.morgan@example.net\n"
           b"Subject: Request for reference: Alex Morgan - Lecturer\nDate: Mon, 2 Mar 2026 10:00:00 +0000\n"
           b"Message-ID: <ref@lyra>\nContent-Type: text/plain; charset=utf-8\n\n"
           b"Dear Dr Rao\n\nAlex Morgan has been offered the post of Lecturer, subject to references, and has given "
           b"your name as a referee. I should be grateful if you could complete the attached form.\n\nHR\n")
    assert "is a reference request about someone else" not in read(raw).reasons


def test_a_request_to_the_user_as_a_referee_is_still_someone_elses():
    sig = read(m("Hiring <hr@lyra-college.example>", "Reference request: Sam Reed",
                 "Dear Alex,\n\nSam Reed has applied for the post of Technician and has given your name as a referee. "
                 "Could you complete the attached form?\n\nHR\n"))
    assert sig.kind == "not_relevant"


@pytest.mark.parametrize("body", [
    "The panel were really impressed with you, and we're now putting an offer together for the analyst role. Before I "
    "do, could you confirm your salary expectations?",
    "The team would like to move forward, and we're close to being able to extend an offer for the analyst position. "
    "Before we can do that, could you send two referees?",
])
def test_an_offer_being_put_together_is_no_offer_yet(body):
    sig = read(m("Kit Lane <kit@oboe-freight.example>", "Analyst role - next steps", f"Hi Alex,\n\n{body}\n\nKit\n"))
    assert sig.kind != "offer" and sig.guess != "offer"


def test_the_yes_passed_on_by_hr_is_joining_not_an_offer():
    sig = read(m("Jess Hale <jess@bullrush-labs.example>", "Your contract - a few details please",
                 "Hi Alex,\n\nNick tells me you're joining us as Growth Analyst - congrats and welcome!\n\nTo draw up "
                 "your employment contract, could you please reply with your full legal name, your address and your "
                 "preferred start date (Nick mentioned early July)?\n\n"
                 "Jess\n"))
    assert sig.kind == "company_reply"


def test_an_interview_that_will_not_take_place_is_called_off():
    sig = read(m("Marc Ruiz <mruiz@vela-university.example>", "Water Resources search",
                 "Dear Alex,\n\nThe search has been cancelled. This means that your campus interview scheduled for "
                 "Thursday and Friday, March 26-27 (starting with breakfast at 8:30 a.m.) will not take place.\n\n"
                 "With apologies,\nMarc\n"))
    assert sig.kind == "cancellation"


# Found by a review of this session's rules: the same new words where they mean something else.
OVERREACH = [
    ("refusal-kept-cv-until-you-say", "rejection", m(
        "Talent <talent@arden-quay.example>", "Your application",
        "Hi Alex, we won't be progressing your application, but we'll hold on to your CV until you tell us to delete "
        "it.\n")),
    ("refusal-without-right-to-work", "rejection", m(
        "Talent <talent@arden-quay.example>", "Your application",
        "Hi Alex, unfortunately we can't proceed with your application without a valid right to work, as we don't "
        "sponsor visas.\n")),
    ("candidate-withdrew-elsewhere", "interview_invitation", m(
        "Rae Lin <rae@corvid-soft.example>", "Re: Analyst application",
        "Understood, Alex - before you go, would you be open to a quick call with our CEO on Thursday at 3pm?\nRae\n\n"
        "On Mon, 2 Mar 2026 at 09:00, Alex Morgan <alex.morgan@example.net> wrote:\n"
        "> Hi Rae, I've decided to move forward with another opportunity, so please withdraw my application.\n")),
    ("signature-request-for-an-offer", "offer", m(
        "Hana Cole via DocuSign <dse@docusign.net>", "Please sign: Offer Letter - Alex Morgan",
        "Hi Alex, we're thrilled to offer you the Data Analyst role at a salary of $92,000, starting 1 June. When all "
        "parties have completed the envelope, you'll receive a copy.\n")),
    ("it-se-il-colloquio-salta", "interview_confirmation", m(
        "Luca Ferri <luca@adda-selezione.example>", "Colloquio confermato",
        "Ciao Alex, confermo il colloquio di giovedì 12 marzo alle 10:30. Se il colloquio salta per qualche motivo, ti "
        "avviso io.\nLuca\n")),
    ("es-otra-fecha", "reschedule", m(
        "Iván Sanz <ivan@cares-tec.example>", "Re: Entrevista",
        "Hola Alex, el jueves no podemos, así que hemos optado por otra fecha: ¿te va bien el lunes 8 a las 10:00?\n"
        "Iván\n")),
    ("fr-poste-pourvu-de", "interview_invitation", m(
        "Claire Roux <claire.roux@drome-robotique.example>", "Votre candidature - Responsable PMO",
        "Bonjour Alex, merci pour votre candidature. Le poste est pourvu d'un véhicule de fonction. Seriez-vous "
        "disponible mardi à 10h pour un entretien ?\nClaire\n")),
    ("congrats-then-a-booking", "interview_confirmation", m(
        "Ola Reyes <ola@corvid-soft.example>", "Re: Tuesday",
        "Thanks Alex! Yes, Tuesday 2pm is confirmed with Jonas. Calendar invite on its way.\nOla\n\n"
        "On Mon, 2 Mar 2026 at 09:00, Alex Morgan <alex.morgan@example.net> wrote:\n"
        "> Tuesday at 2pm is great. And congrats on the launch yesterday!\n")),
]


@pytest.mark.parametrize("name,kind,raw", OVERREACH, ids=[o[0] for o in OVERREACH])
def test_the_new_words_where_they_mean_something_else(name, kind, raw):
    assert read(raw).kind == kind


def test_an_offer_with_help_finding_a_flat_is_an_offer():
    """The relocation's apartment is the offer's, not a rental application of its own."""
    sig = read(m("Réka Tóth <reka@cimbal-systems.example>", "Job offer - BI Developer",
                 "Dear Alex,\n\nWe are very happy to inform you that we would like to offer you the BI Developer position "
                 "in our Budapest team.\n\n- gross monthly salary: 1 150 000 HUF\n- start date: 1st of June 2026\n\nWe can "
                 "help also with finding an apartment.\n\nBest regards,\nRéka\n"))
    assert sig.kind == "offer"


@pytest.mark.parametrize("name,kind,raw", [
    ("calendly-absagen-link", "interview_confirmation", m(
        "Calendly <notifications@calendly.com>", "Bestätigt: Kennenlernen mit Jan Peters (Deichhof Logistik)",
        "Hallo Alex Morgan,\n\nIhr Termin ist bestätigt.\n\nKennenlernen - Teamleitung Disposition\nDonnerstag, 12. März "
        "2026, 10:00 - 10:30\nOrt: Videogespräch zu Ihrer Bewerbung\n\nÄnderungen an diesem Ereignis vornehmen:\nAbsagen: https://calendly.com/cancellations/"
        "abc\nNeu planen: https://calendly.com/reschedulings/abc\n")),
    ("zu-oder-absage-to-an-offer", "offer", m(
        "Jan Peters <j.peters@deichhof-logistik.example>", "Ihr Vertragsangebot – Teamleitung Disposition",
        "Guten Tag Alex Morgan,\n\nwir freuen uns, Ihnen die Stelle als Teamleitung Disposition anzubieten: "
        "Bruttojahresgehalt 62.000 €, 30 Urlaubstage, Eintritt zum 1. August 2026. Eine Zu- oder Absage bis Ende Juni "
        "genügt.\n\nMit freundlichen Grüßen\nJan Peters\n")),
    ("absage-the-refusal", "rejection", m(
        "Personal <bewerbung@deichhof-logistik.example>", "Absage: Ihre Bewerbung als Teamleitung Disposition",
        "Guten Tag Alex Morgan,\n\nvielen Dank für Ihre Bewerbung. Nach sorgfältiger Prüfung müssen wir Ihnen leider "
        "eine Absage erteilen.\n\nMit freundlichen Grüßen\n")),
])
def test_absage_the_refusal_and_absage_the_link(name, kind, raw):
    assert read(raw).kind == kind


@pytest.mark.parametrize("name,raw", [
    ("personnel-file-audit", m(
        "Lena Park <lena.park@hollin-supply.example>", "Personnel file audit - missing documents",
        "Morning Alex,\n\nAs part of this year's personnel file audit we've found a gap in yours: a copy of your right "
        "to work check from when you joined in 2021. Could you drop the original into the People Team office by "
        "Friday?\n\nLena\nHR Advisor | Hollin Supply\n")),
    ("updated-terms-for-the-team", m(
        "People Team <people@hollin-supply.example>", "Updated terms and conditions - please sign by 17 April",
        "Dear Alex,\n\nFollowing the consultation, we're now issuing updated terms and conditions to everyone in the "
        "affected roles. The notice period increases from one month to two months. Please sign by 17 April.\n\n"
        "People Team\n")),
    ("kuendigung-bestaetigt", m(
        "Sandra Kahl <s.kahl@elbufer-spedition.example>", "Bestätigung deiner Kündigung zum 31.07.2026",
        "Hallo Alex,\n\nhiermit bestätigen wir dir den Eingang deiner Kündigung. Dein Arbeitsverhältnis endet zum "
        "31.07.2026, dein Resturlaub beträgt 17 Tage.\n\nSandra\nPersonal\n")),
    ("azubi-panel", m(
        "Sandra Kahl <s.kahl@elbufer-spedition.example>", "Azubi-Auswahl 2026 – Unterstützung bei den Vorstellungsgesprächen?",
        "Hallo Alex,\n\nwir suchen wieder zwei Azubis. Hättest du Lust, wieder bei den Gesprächen dabei zu sein? "
        "Geplant sind sie in KW 15, ca. 45 Minuten pro Bewerber/in.\n\nSandra\n")),
])
def test_the_users_own_employers_hr_and_panels_start_nothing(name, raw):
    assert read(raw).kind == "not_relevant"


# French, Spanish and German in more of their own words (the third round's sets EG, EK, EL)
MORE_WORDS = [
    ("fr-nouveau-creneau", "reschedule", m(
        "Arnaud Roche <a.roche@loue-conseil.example>", "Re: Rencontre avec Arnaud - changement",
        "Bonjour Alex,\n\nUn imprévu m'oblige à déplacer notre entretien : je vous propose jeudi 19 à 14h. Pouvez-vous me "
        "confirmer que ce nouveau créneau vous convient ?\n\nArnaud\n")),
    ("fr-annulons-le-rendez-vous", "cancellation", m(
        "Marie Blanc <m.blanc@serein-paysages.example>", "Re: Report entretien",
        "Bonjour Alex,\n\nBien noté. Nous annulons donc l'entretien prévu mercredi pour le poste de chargée de "
        "communication.\n\nBien à vous,\nMarie\n")),
    ("es-queda-anulada", "cancellation", m(
        "Jordi Puig <jordi@montseny-search.example>", "Entrevista del viernes",
        "Hola Alex, el cliente ha congelado la posición de controller, así que la entrevista de este viernes queda "
        "anulada. Te aviso si se reactiva.\nJordi\n")),
    ("es-proceso-por-cerrado", "rejection", m(
        "Jordi Puig <jordi@montseny-search.example>", "Re: Controller - novedades",
        "Hola Alex, te escribo para decirte que el cliente ha decidido no cubrir la posición: damos el proceso por "
        "cerrado y tu candidatura con él. Lo siento.\nJordi\n")),
    ("es-entrevista-en-diferido", "assessment", m(
        "Talento <talento@moncayo-pharma.example>", "Tu entrevista digital - Controller Financiero",
        "Hola Alex, el siguiente paso de tu candidatura es una entrevista digital en diferido: grabarás tus respuestas "
        "a cinco preguntas cuando mejor te venga, antes del viernes.\n")),
    ("de-mit-jemandem-besetzt", "rejection", m(
        "Tim Krause <tim@moorwerk.example>", "Re: Teamleitung Disposition",
        "Hallo Alex, kurze Rückmeldung: wir haben die Rolle inzwischen mit jemandem besetzt, der schon bei uns war. "
        "Trotzdem danke!\nTim\n")),
    ("de-engere-auswahl-referenzgeber", "company_reply", m(
        "Personal <bewerbung@wattenmeer-handel.example>", "Ihre Bewerbung als Teamleitung Einkauf",
        "Guten Tag Alex Morgan,\n\nwir freuen uns, dass Sie in der engeren Auswahl sind. Könnten Sie uns bis Freitag "
        "zwei Referenzgeber nennen?\n\nMit freundlichen Grüßen\nPersonalabteilung\n")),
    ("de-position-anbieten", "offer", m(
        "Jan Peters <j.peters@deichhof-logistik.example>", "Ihr Angebot – Teamleitung Einkauf",
        "Guten Tag Alex Morgan,\n\nwir freuen uns, Ihnen hiermit die Position als Teamleitung Einkauf anbieten zu dürfen: "
        "64.000 € brutto im Jahr, Eintritt zum 1. August.\n\nMit freundlichen Grüßen\nJan Peters\n")),
]


@pytest.mark.parametrize("name,kind,raw", MORE_WORDS, ids=[w[0] for w in MORE_WORDS])
def test_french_spanish_and_german_in_more_of_their_words(name, kind, raw):
    assert read(raw).kind == kind


# Found by a review of the third round's phrases: the same words where they mean something else.
THIRD_ROUND_OVERREACH = [
    ("fr-restaurant-vous-attend", "not_relevant", m(
        "Le Bouchon Rouge <resa@bouchon-rouge.example>", "Votre réservation",
        "Bonjour, nous vous attendons le vendredi 14 mars à 20h pour 4 personnes. À bientôt !\n")),
    ("de-werkstatt-storniert", "not_relevant", m(
        "Autohaus Kern <service@autohaus-kern.example>", "Ihr Werkstatttermin",
        "Guten Tag Herr Morgan, wie gewünscht haben wir den Termin für die Inspektion am 3.6. storniert.\n")),
    ("de-kuendigungsfrist-in-an-offer", "offer", m(
        "Jan Peters <j.peters@deichhof-logistik.example>", "Ihr Vertragsangebot – Teamleitung Einkauf",
        "Guten Tag Alex Morgan,\n\nwir freuen uns, Ihnen die Stelle als Teamleitung Einkauf anzubieten: "
        "Bruttojahresgehalt 62.000 €, Eintritt unter Berücksichtigung Ihrer Kündigungsfrist zum 1. Juli.\n\n"
        "Mit freundlichen Grüßen\nJan Peters\n")),
    ("de-leider-absagen", "rejection", m(
        "Jan Peters <j.peters@deichhof-logistik.example>", "Ihre Bewerbung",
        "Hallo Alex,\n\nich muss Ihnen leider absagen. Wir haben uns für jemanden mit mehr Erfahrung im Einkauf "
        "entschieden.\n\nJan\n")),
    ("de-noch-nicht-besetzt", "company_reply", m(
        "Tim Krause <tim@moorwerk.example>", "Re: Teamleitung Disposition",
        "Hallo Alex, die Stelle ist noch nicht mit jemandem besetzt, wir sichten noch Bewerbungen und melden uns "
        "nächste Woche.\nTim\n")),
    ("es-conditional-queda-anulada", "interview_confirmation", m(
        "Iván Sanz <ivan@cares-tec.example>", "Entrevista confirmada",
        "Hola Alex, te confirmo la entrevista el jueves 12 a las 10:00 en nuestra oficina. Si no puedes venir, "
        "avísame: si no, la entrevista queda anulada.\nIván\n")),
]


@pytest.mark.parametrize("name,kind,raw", THIRD_ROUND_OVERREACH, ids=[o[0] for o in THIRD_ROUND_OVERREACH])
def test_the_third_rounds_words_where_they_mean_something_else(name, kind, raw):
    assert read(raw).kind == kind


def test_an_interview_called_off_because_someone_inside_steps_up_is_a_refusal():
    sig = read(m("Brent Hale <drbrent.hale@gmail.com>", "Re: Office manager position",
                 "Hey Alex, I have to cancel tomorrow at 5:30. Turns out my front desk gal wants to step up into the "
                 "office manager job, so we're not going to fill it from outside after all. Sorry for the runaround.\n\n"
                 "Dr. Brent\n\nOn Tue, Apr 21, 2026 at 12:14 PM Alex Morgan <alex.morgan@example.net> wrote:\n"
                 "> Hi Dr. Hale, tomorrow at 5:30 works for the office manager interview.\n"))
    assert sig.kind == "rejection"


def test_gladly_on_to_the_next_stage_in_polish_is_no_refusal():
    """'chętnie przejdziemy do kolejnego etapu' ends in the letters of 'nie przejdzie ... do kolejnego etapu'."""
    sig = read(m("Joanna Nowicka <j.nowicka@czarnuszka.example>", "Czy rekrutacja jest nadal aktualna?",
                 "Dzień dobry, prosimy o informację, czy Pana kandydatura na stanowisko analityka jest nadal aktualna. "
                 "Jeżeli tak, prosimy o krótką odpowiedź na tego maila. Chętnie przejdziemy wtedy do kolejnego etapu.\n"))
    assert sig.kind != "rejection"


def test_the_panels_scorecards_about_the_users_interview_are_not_the_user_interviewing():
    sig = read(m("Nia Park <nia@oolong-finops.example>", "Re: FinOps Analyst - any update?",
                 "Hi Alex, sorry for the wait on the FinOps Analyst role: the hiring manager has been away all week and "
                 "two of the panel's scorecards only came in on Friday, so the debrief got pushed. I'll update you by "
                 "Wednesday.\nNia\n"))
    assert sig.kind == "company_reply"


def test_a_call_asked_about_the_users_application_to_the_sender_is_no_sales_call():
    """The model, having read the user's own sales mail, may take "30 minutes for an intro call? Here's my calendar"
    for a sales rep's; "you applied for our opening" says whose hiring it is."""
    sig = read(m("Omar Reyes <omar@seabright-infra.example>", "Chat about the SRE opening?",
                 "Hi Alex,\nI saw you applied for our SRE opening. Do you have 30 minutes on Thursday or Friday for an "
                 "intro call? Here's my calendar: https://cal.com/omar/30\nOmar\nSeabright"))
    assert sig.kind == "interview_invitation"
    assert not sig.needs_look
