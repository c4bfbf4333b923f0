"""Session 21: the rules four fresh writer sets revealed (a nurse's hospitals and agencies in Ontario, a chef's kitchens
in Lisbon and Porto, a project manager's builders and agencies in Sydney, a marketing graduate's search in Lyon), each
one general rule in invented words, with the look-alikes that share its words."""

from __future__ import annotations

import pytest

from agent.demo.builder import mail
from agent.features import SENTENCE_END
from tests.test_reading_small_employers_and_closed_processes import SENT, _assert_read_as, _ids, _m, _read

CASES = [
    # a call-off in a formal letter: the interview "must be cancelled", though a title's point and a time's stand between
    ("cancelled-past-a-title-and-a-time", "cancellation", _m(
        "Rhea Stavros <office@kelsobuild.example>", "Interview Monday 16/2 - CANCELLED",
        "Dear Alex,\n\nWe regret to inform you that the interview scheduled for Monday 16 February at 10.00am with "
        "myself and Mr. Kelso must be cancelled. One of our clients has asked for an urgent meeting and the directors "
        "must attend.\n\nWe will contact you again when we are able to arrange a new time.\n\nYours faithfully,\n"
        "Rhea Stavros\nOffice Manager\n")),
    ("cancelled-past-an-a-m", "cancellation", _m(
        "HR Recruitment <recruitment@lakeshoregeneral.example>", "Cancellation of Interview - Posting #LG-2026-12",
        "Dear Alex,\n\nWe regret to inform you that the interview scheduled for Tuesday, April 7, 2026 at 10:30 a.m. "
        "for Posting #LG-2026-12, Registered Nurse, ICU, has been cancelled. The posting has been placed on hold.\n\n"
        "Human Resources\n")),
    # ... where the time a move replaces is cancelled, the move is what happened
    ("the-previous-time-is-cancelled", "reschedule", _m(
        "Recruitment Team <noreply@notify.countyjobs.example>", "Change to Interview Time - CJ26OT04",
        "Dear Alex,\n\nDue to a change in the availability of the interview board, it has been necessary to reschedule "
        "your interview.\n\nDate: Wednesday 22 April 2026\nTime: 9:30 a.m.\n\nYour previous interview time of 11:15 a.m. "
        "on Tuesday 21 April 2026 is cancelled.\n\nRecruitment Team\n")),
    # an agency forwards its client's answer; the subject names the user as its candidate
    ("agency-forwards-the-clients-yes", "interview_confirmation", _m(
        "Kylie Marsh <kylie@buildright-recruit.example>", "Fwd: RE: Candidate – Alex Morgan",
        "Hi Alex – see below from Graham, you're confirmed for Friday 20 March at 1pm at their Unanderra office. "
        "Take a couple of monthly reports if you can.\n\nKylie\n")),
    # a nursing agency's tests before it submits the user to its client
    ("agency-competency-exam", "assessment", _m(
        "Brent Oduya <brent@tidewaterhealth.example>", "Re: Travel ICU RN - resume",
        "Hi Alex,\n\nThanks for sending this over. Before I can submit you to the hospital our clinical team needs you to "
        "complete two things in our portal: the ICU skills checklist and the Critical Care RN competency exam (50 "
        "questions, 60 min).\n\nBrent\n")),
    # French
    ("fr-interview-moved-reprogramme", "reschedule", _m(
        "Nadia Benali <n.benali@rhone-conseil.example>", "RE: Entretien de demain",
        "Re-bonjour Alex,\n\nM. Girard est de retour, l'entretien est reprogrammé au mercredi 4 février à 14h00, même "
        "lieu, mêmes interlocuteurs.\n\nMerci de me confirmer que c'est bon pour vous.\n\nNadia\n")),
    ("fr-booked-a-slot", "interview_confirmation", _m(
        "Lola Perrin <lola@boussole-app.example>", "Boussole x Alex – visio",
        "Hello Alex,\n\nMerci pour ta candidature. J'ai réservé un créneau pour un premier entretien : jeudi 12 mars à "
        "11h, en visio.\n\nLola\n")),
    ("fr-pick-a-slot", "interview_invitation", _m(
        "Talent <no-reply@jobs.cassiopee-media.example>", "Cassiopée Médias – planifier votre entretien",
        "Bonjour Alex,\n\nMerci d'avoir postulé chez Cassiopée Médias ! Julie Martin, Talent Acquisition Manager, "
        "aimerait échanger avec vous au sujet du poste de Chargé(e) de marketing B2C. Merci de choisir un créneau de 30 "
        "minutes pour un premier entretien téléphonique via le lien suivant : https://jobs.cassiopee-media.example/s/1\n\n"
        "À bientôt\n")),
    ("fr-offer-on-te-propose-le-poste", "offer", _m(
        "Hugo Marchal <hugo@studiogrenat.example>", "On te veut chez Grenat",
        "Salut Alex,\n\nOn a adoré te rencontrer jeudi. On te propose le poste de chef de projet social media ! CDD de 6 "
        "mois, 2 350 € bruts mensuels, du 4 mai au 31 octobre.\n\nHugo\n")),
    ("fr-asks-when-free-to-start", "company_reply", _m(
        "Sébastien Roux <seb@brasserie-lumiere.example>", "Votre candidature Indeed - assistant marketing",
        "Bonjour Alex\n\nMerci pour votre candidature, votre CV nous plait bien. Avant d'aller plus loin : vous êtes "
        "dispo à partir de quand ? Et vous avez le permis B ?\n\nSeb\n")),
    ("fr-hire-paperwork", "company_reply", _m(
        "Aurélie Vasseur <admin@atelier-garance.example>", "Documents pour ton arrivée le 1er juin",
        "Bonjour Alex,\n\nManon m'a transmis ton dossier, bienvenue ! Afin de préparer ton contrat et ta déclaration "
        "préalable à l'embauche, peux-tu m'envoyer avant le 26 mai une copie de ta pièce d'identité et un RIB ?\n\n"
        "Aurélie\n")),
    ("fr-letting-agent-is-no-employer", "not_relevant", _m(
        "Régie Bellecour <location@regie-bellecour.example>", "Votre dossier de candidature – T2 rue Mercière",
        "Bonjour,\n\nNous vous remercions de l'intérêt porté au logement situé 17 rue Mercière, 69002 Lyon. Après "
        "étude des différents dossiers de candidature reçus, le propriétaire a retenu un autre candidat.\n\n"
        "Cordialement,\n")),
    # ... and what the review of these rules found is ordinary wording, not a hiring step (each phrase was narrowed)
    ("fr-a-salons-noted-for-thursday", "not_relevant", _m(
        "Salon Mèche Rebelle <rdv@meche-rebelle.example>", "Votre rendez-vous",
        "Bonjour Alex,\n\nParfait, c'est noté pour le jeudi 9 avril à 14 h avec Léa. À bientôt !\n\nLe salon\n")),
    ("fr-a-friends-free-times", "not_relevant", _m(
        "Margaux Petit <margaux@petit-studio.example>", "Le canapé",
        "Coucou Alex,\n\nVoici mes dispos la semaine prochaine pour t'aider à monter le canapé : lundi 18h ou mercredi "
        "19h. Dis-moi ce qui t'arrange !\n\nMargaux\n")),
    ("pt-an-energy-suppliers-proposal", "not_relevant", _m(
        "Luz Verde Energia <comercial@luzverde.example>", "A sua proposta de energia",
        "Caro(a) Alex Morgan,\n\nTemos o prazer de lhe apresentar a nossa proposta para o fornecimento de eletricidade "
        "da sua casa, com 12% de desconto no primeiro ano.\n\nLuz Verde Energia\n")),
    # Portuguese
    ("pt-invited-for-a-trial-day", "interview_invitation", _m(
        "Inês Moura <ines.moura@tascadalua.example>", "RE: Candidatura – Sous Chef",
        "Bom dia Alex,\n\nO Chef analisou a sua candidatura e gostaria de o conhecer. Convidamo-lo para um dia de "
        "experiência na nossa cozinha. Teria disponibilidade numa das seguintes datas: terça, 10 de fevereiro ou "
        "quarta, 11 de fevereiro?\n\nInês\n")),
    ("pt-its-settled-for-thursday", "interview_confirmation", _m(
        "Helena Barbosa <helena@marealta.example>", "Re: Chef de Partie – Maré Alta",
        "Ótimo Alex! Então fica quinta 12 às 15h aqui no restaurante. Fazes a preparação do jantar com o Rui.\n\n"
        "Helena\n")),
    ("pt-interview-brought-forward", "reschedule", _m(
        "Patrícia Lemos <patricia.lemos@brasa-rh.example>", "RE: Oportunidade Sous Chef | Entrevista confirmada",
        "Alex, boa noite\n\nPedido do cliente: conseguimos antecipar a entrevista para as 9h30, mesmo dia (12/02), "
        "mesmo local?\n\nPatrícia\n")),
    ("pt-kept-the-lad-who-worked-here", "rejection", _m(
        "Joaquim Pires <joaquim@tascadoalto.example>", "dia de experiencia",
        "Boa noite Alex\n\nQueria agradecer o dia de terca. Trabalhou bem. Mas fiquei com o rapaz que ja trabalhou ca "
        "no verao, conhece a casa. Nao leve a mal.\n\nJoaquim\n")),
    ("pt-questionnaire-before-the-interview", "assessment", _m(
        "Grupo Brasa <noreply@candidates.brasa.example>", "Grupo Brasa: um pequeno questionário antes da entrevista",
        "Olá Alex,\n\nAntes de marcarmos conversas, pedimos a todos os candidatos que respondam a um pequeno "
        "questionário técnico (10-15 minutos).\n\nObrigado\n")),
    ("pt-offer-to-join-the-team", "offer", _m(
        "Sílvia Mota <silvia.mota@quintadoserro.example>", "Proposta – Sous Chef Temporada 2026",
        "Caro(a) Alex Morgan,\n\nNa sequência do processo de recrutamento, temos o prazer de lhe apresentar uma proposta "
        "para integrar a equipa da Quinta do Serro na função de Sous Chef. Remuneração base: 1.850,00 € brutos "
        "mensais.\n\nSílvia Mota\n")),
    ("pt-salary-expectations", "company_reply", _m(
        "Patrícia Lemos <patricia.lemos@brasa-rh.example>", "Oportunidade Sous Chef – Hotel no Porto",
        "Olá Alex,\n\nAntes de avançar com a apresentação da sua candidatura ao cliente, preciso de confirmar alguns "
        "pontos: quais são as suas pretensões salariais? Tem disponibilidade para mudar de residência para o Porto? "
        "Qual o seu período de pré-aviso?\n\nPatrícia\n")),
]


@pytest.mark.parametrize("name, kind, raw", CASES, ids=_ids(CASES))
def test_fresh_sets_rules(name: str, kind: str, raw: bytes) -> None:
    _assert_read_as(raw, kind)


def test_a_title_or_a_times_point_does_not_end_a_sentence() -> None:
    text = "the interview with mr. kelso at 10:30 a.m. on friday must be cancelled. next"
    ends = [m.start() for m in SENTENCE_END.finditer(text)]
    assert ends == [text.index("cancelled.") + len("cancelled")]


@pytest.mark.parametrize("to, kind", [
    ("Clémence Aubert <clemence.aubert@verlaine.example>", "not_relevant"),  # the user's own reply to a company
    ("Alex Morgan <alex.morgan@example.net>", "rejection"),  # a company's text the user forwarded to themselves
])
def test_the_users_own_mail_is_their_step_not_the_companys(to: str, kind: str) -> None:
    """What the user wrote to someone else (an application, a thank-you, their availability) is theirs, whatever its
    words; a note the user sends to their own address carries someone else's words and is read for them."""
    body = ("SMS from Memo (Harbour Deli): hi alex sorry we filled it, we're not moving forward with your application. "
            "good luck" if kind == "rejection" else
            "Bonjour Madame Aubert,\n\nMerci pour votre message. Je suis disponible le mardi 3 février toute la matinée "
            "pour l'entretien.\n\nBien cordialement,\nAlex Morgan\n")
    raw = mail(frm="Alex Morgan <alex.morgan@example.net>", to=to, subject="RE: Candidature – Proposition d'entretien",
               date=SENT, body=body, msgid="<own@example.net>")
    got = _read(raw)
    assert got.kind == kind, got.reasons
