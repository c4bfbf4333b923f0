"""Session 17: the configured name tells the user's mail from someone else's at the same address, and the rules
this session's fresh writer sets revealed, each one general rule in invented words."""

from __future__ import annotations

import pytest

from agent.classify import classify
from agent.demo.builder import mail
from agent.parse import parse
from tests.test_reading import NY, SENT

REMINDER = ("Hi {greet},\n\nJust a friendly reminder that your interview with Quillon Events is tomorrow.\n\nWhen: Thursday "
            "5 February 2026, 14:00 - 15:00 (GMT)\nWhere: Microsoft Teams\nWho: Joe Whitlock and Ruth Oyelaran\n\nGood "
            "luck - we're looking forward to meeting you!\n")


def _reminder(to_name: str, greet: str) -> bytes:
    return mail(frm="Quillon Events <no-reply@teamtailor-mail.com>", to=f"{to_name} <alex.morgan@example.net>",
                subject="Reminder: your interview with Quillon Events tomorrow", date=SENT, body=REMINDER.format(greet=greet),
                msgid="<q@teamtailor-mail.com>")


def _read(raw: bytes, names: tuple[str, ...] = ("Alex Morgan",)):
    return classify(parse(raw, me={"alex.morgan@example.net"}, names=names), tz=NY)


def test_mail_to_the_users_address_under_another_name_is_someone_elses():
    # a flatmate gave the user's address for her own application
    got = _read(_reminder("Niamh Byrne", "Niamh"))
    # never dropped on a name alone (a legal or a married name is the user's too): set aside for a look, as the booking
    assert (got.kind, got.needs_look, got.guess) == ("not_relevant", True, "interview_confirmation")
    assert "it is addressed to someone else at the user's address" in got.reasons[0]


@pytest.mark.parametrize("to_name,greet", [
    ("Morgan Alex", "Alex"),            # surname first, as Polish and Hungarian systems write it
    ("Alexander Morgan", "Alexander"),  # the full first name of the configured "Alex"
    ("Alex Morgan-Reid", "Alex"),       # a double-barrelled surname
    ("A Morgan", "Mr Morgan"),          # an initial
])
def test_the_users_own_name_written_otherwise_is_the_user(to_name, greet):
    assert _read(_reminder(to_name, greet)).kind == "interview_confirmation"


def test_without_a_configured_name_nothing_is_ruled_out():
    assert _read(_reminder("Niamh Byrne", "Niamh"), names=()).kind == "interview_confirmation"


def test_another_name_that_still_greets_the_user_is_the_users():
    # a married name the ATS still carries, the greeting the user's own
    assert _read(_reminder("Alex Brennan", "Alex")).kind == "interview_confirmation"
    # the display name is someone else's (a shared family account), the text speaks to the user
    assert _read(_reminder("Priya Nair", "Alex")).kind == "interview_confirmation"


def _m(frm: str, subject: str, body: str, **kw) -> bytes:
    return mail(frm=frm, to="Alex Morgan <alex.morgan@example.net>", subject=subject, date=kw.pop("date", SENT), body=body,
                msgid=kw.pop("msgid", "<s17@example.com>"), **kw)


# FT (small employers' plain mail): the receipt that asks, the thanks after an interview, the plain no.
SMALL_EMPLOYERS = [
    ("receipt-that-asks-a-question", "company_reply", _m(
        "Dom Pryce <dom@tallowyard.example>", "Warehouse supervisor",
        "Hi Alex,\n\nThanks for applying - loads of interest so it'll be a fortnight before we shortlist.\n\nQuick one "
        "though: the job has a Sunday stocktake once a month. Would that be a problem for you?\n\nDom\n")),
    ("receipt-that-asks-salary", "company_reply", _m(
        "Rosa Lemaire <rosa@quaybrook-lang.example>", "Your application",
        "Dear Alex,\n\nThank you for your application for Centre Manager.\n\nWhat is your expectation for the salary? The "
        "advert did not say.\n\nRegards,\nRosa\n")),
    ("thanks-for-attending-interview", "company_reply", _m(
        "Pat Greaves <pat.greaves@hollinsward.example>", "Bookkeeper",
        "Dear Mr Morgan,\n\nThe directors have asked me to thank you for attending interview yesterday. They meet on "
        "Friday and I will write to you after that.\n\nYours sincerely,\nPat Greaves\n")),
    ("job-given-to-a-relative", "rejection", _m(
        "Kim Osu <kim@osuhaulage.example>", "Re: couple of things",
        "Hi Alex,\n\nSorry to write this. Mum's decided to give the job to my brother, who's been helping out on the "
        "vans.\n\nGood luck with everything,\nKim\n")),
    ("cannot-take-you", "rejection", _m(
        "Gino Ferri <gino@ferri-deli.example>", "Re: shop manager",
        "Dear Alex,\n\nThe bank said no to the new shop, so we don't need the manager now and I cannot take you. I am very "
        "sorry.\n\nGino\n", headers={"In-Reply-To": "<a@example.net>"})),
    ("application-form-asked-for", "company_reply", _m(
        "Ama Boateng <a.boateng@larchfieldcare.example>", "Finance Officer - Larchfield Care",
        "Dear Alex,\n\nThank you for your interest in the Finance Officer vacancy. Unfortunately we cannot accept CVs "
        "alone; please complete the attached application form and return it by Friday.\n\nKind regards,\nAma\n")),
]


@pytest.mark.parametrize("name,kind,raw", SMALL_EMPLOYERS, ids=[c[0] for c in SMALL_EMPLOYERS])
def test_small_employers_plain_mail(name, kind, raw):
    assert _read(raw).kind == kind


def test_a_receipt_from_an_ats_that_mentions_questions_stays_a_receipt():
    got = _read(_m("Tallow Yard <no-reply@greenhouse.io>", "Thanks for applying to Tallow Yard",
                   "Hi Alex,\n\nThanks for applying to the Warehouse Supervisor role. We'll review your application and be "
                   "in touch.\n\nQuestions? Visit our careers FAQ.\n"))
    assert got.kind == "application_ack"


def test_taking_someone_somewhere_is_no_refusal():
    got = _read(_m("Kim Osu <kim@osuhaulage.example>", "Re: Thursday",
                   "Hi Alex,\n\nI can't take you through the yard on Thursday, Dev will do it instead. Interview still "
                   "at 2pm on Thursday as booked.\n\nKim\n"))
    assert got.kind != "rejection"


def test_a_reply_in_a_thesis_or_press_thread_is_no_interview():
    for subject in ("Re: Interview for my master thesis about hiring", "Re: Quick interview for a piece on design hiring?"):
        got = _read(_m("Bea Lima <bea.lima@student.tuvale.example>", subject,
                       "Hi Alex,\n\nSo sorry, could we push our interview to next Wednesday at 3 instead? I'm unwell.\n\nBea\n",
                       headers={"In-Reply-To": "<a@example.net>"}))
        assert got.kind == "not_relevant", subject


def test_a_founders_two_line_offer_with_pay_and_start():
    got = _read(_m("Orla Keane <orla@tidewrack.example>", "Re: thanks for today",
                   "Alex - we'd love to have you. 58k, start Mon 1 June? Letter to follow but wanted to ask you first.\n\nO\n",
                   headers={"In-Reply-To": "<a@example.net>"}))
    assert (got.kind, got.needs_look) == ("offer", False)


# FV, FW: French, Italian and Portuguese in a hiring process's own words.
OTHER_LANGUAGES = [
    ("fr-passiez-nous-voir", "interview_invitation", _m(
        "Luc Perrin <l.perrin@maisonvarenne.example>", "Poste de comptable",
        "Bonjour Monsieur Morgan,\n\nVotre candidature m'intéresse pour le poste de comptable. Le plus simple serait que "
        "vous passiez nous voir un mardi matin pour en parler. Le 14 ou le 21 avril vers 9h ?\n\nCordialement,\nLuc Perrin\n")),
    ("fr-entretien-decale", "reschedule", _m(
        "Inès Royer <ines.royer@ondine-bio.example>", "demain",
        "Bonsoir Alex,\n\nPetit changement : l'entretien de 10h est décalé à 15h, même salle.\n\nInès\n")),
    ("fr-on-s-arrete-la", "rejection", _m(
        "Marc Thiry <marc.thiry@thiry-metal.example>", "Poste de contrôleur",
        "Bonjour Monsieur Morgan,\n\nJe préfère être franc : il nous faut quelqu'un sur site tous les jours. Nous nous "
        "arrêtons donc là pour le poste de contrôleur.\n\nBonne continuation,\nMarc Thiry\n")),
    ("fr-que-tu-rejoignes", "offer?", _m(
        "Sam Claes <sam@pieterbos.example>", "Pieterbos x Alex",
        "Salut Alex,\n\nComme promis : on aimerait vraiment que tu rejoignes Pieterbos comme contrôleur de gestion !\n\n"
        "- CDI, 64.000 € bruts par an\n- Début : le 1er mai\n\nLe contrat suivra cette semaine.\n\nSam\n")),
    ("it-proposte-in-alternativa", "reschedule", _m(
        "Sara Conti <s.conti@valtrebbia-mecc.example>", "R: posizione Progettista Meccanico",
        "Gentile Alex,\n\npurtroppo non riusciremo a tenere il colloquio di giovedì come previsto. Le propongo in "
        "alternativa lunedì 9 marzo alle 11:00 oppure martedì 10 alle 9:30.\n\nCordiali saluti\nSara Conti\n")),
    ("it-caso-di-studio", "assessment", _m(
        "Marco Riva <marco.riva@lagomatic.example>", "Materiale per il secondo incontro",
        "Buongiorno Alex,\n\nper il secondo incontro ti chiediamo di preparare un breve caso di studio: in allegato le "
        "specifiche. Bastano 10 slide.\n\nMarco Riva\n")),
    ("pt-nao-se-vai-poder-realizar", "cancellation", _m(
        "Rita Sousa <rita.sousa@norteselect.example>", "amanhã",
        "Olá Alex,\n\nPeço desculpa, mas o cliente informou que a entrevista de amanhã às 10h não se vai poder realizar. "
        "Por agora não há nova data; o processo continua aberto.\n\nRita\n")),
    ("pt-alteracao-da-entrevista", "reschedule", _m(
        "Rita Sousa <rita.sousa@norteselect.example>", "RE: Entrevista – Engenheiro de Manutenção",
        "Caro Alex,\n\nPor motivo de agenda do Eng. Nuno Barbosa, vimos solicitar a alteração da entrevista de segunda-feira, "
        "às 10h00, para quarta-feira, dia 11, às 15h00. Mantém-se o mesmo link.\n\nCom os melhores cumprimentos,\nRita\n",
        headers={"In-Reply-To": "<a@example.net>"})),
    ("br-consegue-vir-na-fabrica", "interview_invitation", _m(
        "Caio Mendes <caio.mendes@guaratubamaq.example>", "conversa",
        "Oi Alex, tudo bem?\n\nCaio aqui, gerente de engenharia. Recebi teu currículo e gostei. Consegue vir aqui na "
        "fábrica essa semana pra gente conversar? Quarta ou quinta à tarde.\n\nAbs,\nCaio\n")),
]


@pytest.mark.parametrize("name,kind,raw", OTHER_LANGUAGES, ids=[c[0] for c in OTHER_LANGUAGES])
def test_other_languages_hiring_words(name, kind, raw):
    got = _read(raw)
    if kind == "offer?":  # an offer the second reader doubts is asked about (a look whose guess is the offer), never missed
        assert got.kind == "offer" or (got.needs_look and got.guess == "offer")
    else:
        assert got.kind == kind


# FU (moves and call-offs) and GA (a teacher's look-alikes): what the move or the call-off says beyond its words.
MOVES_AND_LOOKALIKES = [
    ("move-with-new-times-to-follow", "reschedule", _m(
        "Una Keogh <una@marramfoods.example>", "Re: Thursday call",
        "Alex, have to move tomorrow's call, sorry - stuck in Lisbon with a cancelled flight. Will send you new times when "
        "I land.\n\nUna\n\nSent from my iPhone\n", headers={"In-Reply-To": "<a@example.net>"})),
    ("call-off-because-an-internal-candidate-took-it", "rejection", _m(
        "Marisa Vale <marisa.vale@everleigh-comp.example>", "Monday's interview",
        "Hi Alex,\n\nThis week the team decided to offer the Planning Analyst\nII position to an internal candidate, and she "
        "accepted. That means we're canceling Monday's interview and closing out the search.\n\nBest,\nMarisa\n")),
    ("role-eliminated-nobody-goes-forward", "rejection", _m(
        "Lynn Garvey <lgarvey@adderley-paper.example>", "Your interview on Friday",
        "Dear Alex,\n\nThe Planning Analyst position has been eliminated after our acquisition. As a result, we are "
        "cancelling Friday's interview; we will not be moving forward with any candidates for the role.\n\nI am sorry to "
        "bring you this news.\n\nSincerely,\nLynn Garvey\n")),
    ("teaching-demonstration", "assessment", _m(
        "Sione Latu <s.latu@kowhai-college.example>", "Tuesday",
        "Hi Alex\n\nSione here, HOD Science. Ana said you're with us Tuesday at 11 for your interview for the Science "
        "Teacher position, so here is the demo part. We ask every candidate to teach a 20 minute segment to a real class: "
        "please plan an introduction to rates of reaction for Year 10. Bring a one page lesson plan for the panel.\n\n"
        "Sione\n")),
    ("grant-round-outcome", "not_relevant", _m(
        "Tōtara Science Trust <grants@totaratrust.example>", "TST-26-014 - outcome",
        "Dear Alex Morgan\n\nThank you for applying to the Tōtara Science Trust Classroom Fund.\n\nThe Trustees received 58 "
        "applications for requests well beyond the funds available. I am sorry to tell you that your application was "
        "unsuccessful on this occasion.\n\nGrants Administrator\n")),
    ("podcast-guest-interview-moved", "not_relevant", _m(
        "Calendly <notifications@calendly.com>", "Updated: Lab Notes - guest interview between Hana Pere and Alex Morgan",
        "Hi Alex Morgan,\n\nYour event has been rescheduled.\n\nEvent Type:\nLab Notes - guest interview (45 min)\n\nNew time:"
        "\n7:30pm - 8:15pm, Wednesday, 15 April 2026\n\nRescheduled by:\nHana Pere\n")),
    ("associate-teachers-report", "not_relevant", _m(
        "Professional Experience Office <placements@kahurangi.example>", "Placement 2 - assessment report",
        "Dear Alex\n\nThank you for hosting Mia Rowe as her associate teacher for Placement 2. Please complete the Final "
        "Assessment Report by Wednesday 20 May, rating her against each standard.\n\nProfessional Experience Office\n")),
]


@pytest.mark.parametrize("name,kind,raw", MOVES_AND_LOOKALIKES, ids=[c[0] for c in MOVES_AND_LOOKALIKES])
def test_moves_call_offs_and_a_teachers_lookalikes(name, kind, raw):
    assert _read(raw).kind == kind


def test_a_dentists_confirmed_appointment_in_french_is_no_interview():
    got = _read(_m("Clinique dentaire Rivard <rdv@clinique-rivard.example>", "Rendez-vous confirmé – mardi 3 février",
                   "Bonjour Alex Morgan,\n\nVotre rendez-vous est confirmé.\n\nDate : mardi 3 février 2026\nHeure : 8 h 15\n"
                   "Avec : Dre Julie Fortin\n"))
    assert got.kind == "not_relevant"


# What the two reviews of this session found the first versions of these rules doing, each kept as a test.
NOT_WHAT_IT_SEEMS = [
    ("receipt-with-a-courtesy-question", "application_ack", _m(
        "Mel Dunne <mel@harbourcare.example>", "Support Worker - application",
        "Hi Alex,\n\nThanks for applying for the Support Worker role; we'll review applications next week.\n\nDo you require "
        "any reasonable adjustments during our recruitment process? Just let me know.\n\nMel\n")),
    ("another-post-went-inside-but-an-interview-for-this-one", "interview_invitation", _m(
        "Ravi Iyer <ravi.iyer@tallowfield.example>", "Your application",
        "Hi Alex,\n\nWe have decided to offer the Senior Analyst position to an internal candidate, but we would like to "
        "interview you for our Analyst role. Could you let me know your availability next week?\n\nRavi\n")),
    ("cant-take-you-in-the-kitchen-but-front-of-house", "offer", _m(
        "Dara Flynn <dara@copperpot-dublin.example>", "Re: chef de partie",
        "Hi Alex,\n\nThe kitchen is full and I can't take you, but we'd like to offer you the front of house supervisor "
        "job instead: €16.50 an hour, 35 hours, start Monday 6 April.\n\nDara\n", headers={"In-Reply-To": "<a@example.net>"})),
    ("thanks-for-sitting-on-the-panel", "not_relevant", _m(
        "Fiona Grey <fiona.grey@alderbank-school.example>", "Thank you",
        "Hi Alex,\n\nThanks for joining the interview panel yesterday. Could you add your scores for the candidates to the "
        "shared sheet by Friday?\n\nFiona\n")),
]


@pytest.mark.parametrize("name,kind,raw", NOT_WHAT_IT_SEEMS, ids=[c[0] for c in NOT_WHAT_IT_SEEMS])
def test_what_the_reviews_found(name, kind, raw):
    got = _read(raw)
    if kind == "offer":  # an offer the second reader doubts is asked about, never missed
        assert got.kind == "offer" or (got.needs_look and got.guess == "offer")
    else:
        assert got.kind == kind


def test_only_a_question_about_the_job_makes_a_receipt_a_reply():
    from agent.classify import _asks_about_the_job

    assert _asks_about_the_job("the job has a sunday stocktake once a month. would that be a problem for you?")
    assert _asks_about_the_job("- do you have a full uk driving licence?")
    assert _asks_about_the_job("what is your expectation for the salary?")
    assert not _asks_about_the_job("- do you need to be qualified for the weekend shifts? no, we offer full training.")
    assert not _asks_about_the_job("would you be happy for us to keep your cv on file for future openings?")
    assert not _asks_about_the_job("do you have any questions about the role in the meantime?")
    assert not _asks_about_the_job("will you need sponsorship? you will be asked this on the equal opportunities form.")
