"""Session 43: general rules from fresh writer sets (a data analyst's Québec French and Franglais mail, a logistics
coordinator's Ghanaian mail), each tested here in invented words, with the look-alikes that share them; and the word
model's reading taken only from enough words it knows, now that its letters (character n-grams) make it sure of more."""

from __future__ import annotations

from agent.classify import SOME_WORDS, _second_reading
from agent.word_model import Reading
from tests.test_reading import m
from tests.test_reading_decisions_and_work import ics
from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

CITY_HR = "Ressources humaines – Ville de Lacmont <rh@ville.lacmont.example>"

READ_AS = [
    # Québec's word for an interview is "entrevue": its call-off and its move are job mail
    ("qc-an-entrevue-called-off", "cancellation", _m(
        CITY_HR, "Annulation – Entrevue du 24 mars – Concours TI-2026-014",
        "Monsieur,\nNous vous informons que le concours TI-2026-014 (Analyste de données) est suspendu à la suite d'une "
        "réorganisation du service.\nPar conséquent, l'entrevue prévue le mardi 24 mars 2026 à 13 h est annulée.\n"
        "Nous vous prions d'accepter nos excuses pour les inconvénients occasionnés.\nJulie Caron\nTechnicienne en "
        "ressources humaines\n")),
    ("qc-an-entrevue-moved-to-another-hour", "reschedule", _m(
        "Marc Gagnon <marc.gagnon@msp.quebec.example>", "Changement d'heure – entrevue du 26 mars",
        "Bonjour Monsieur Morgan,\nUn membre du comité a un empêchement en matinée : nous devons modifier l'heure de "
        "votre entrevue du jeudi 26 mars. Elle aura lieu à 15 h plutôt qu'à 11 h.\nLe lien Teams demeure le même. Merci "
        "de nous confirmer que ce changement vous convient.\nMarc Gagnon\nConseiller en dotation\n")),
    # an agency's Franglais: the user applied to its posting, and it wants to "booker un call"
    ("qc-an-agency-wants-to-booker-un-call", "interview_invitation", _m(
        "Steve Roy <sroy@placementsnord.example>", "Poste Analyste de données - contrat",
        "Salut Alex,\nSteve de Placements Nord. J'ai vu que t'as appliqué sur notre affichage Analyste de données pis "
        "ton profil fit vraiment bien avec ce que mon client cherche.\nOn pourrait-tu booker un call jeudi 14h? 20 min "
        "max.\nMerci!\nSteve\nEnvoyé de mon iPhone\n")),
    # a task's brief with its questions to answer is a task, not advice about interviews
    ("a-take-home-with-questions-to-answer", "assessment", _m(
        "Nadia Haddad <nadia.haddad@pixelforge.example>", "Pixelforge – Next step: take-home exercise",
        "Hi Alex,\nThanks again for your application for the Data Analyst role. Next step is a short take-home exercise:"
        "\n- an anonymized dataset of player sessions (CSV)\n- 4 questions to answer (retention, monetization, two "
        "open-ended)\n- a dashboard or notebook to support your answers\nIt should take 3 hours max. Deadline: Friday, "
        "end of day.\nNadia Haddad\nTalent Acquisition, Pixelforge\n")),
    # an owner sends the appointment letter to sign: the written offer, as West African employers make it
    ("an-appointment-letter-to-sign", "offer", _m(
        "Yaw Mensah <yaw.mensah.freight@gmail.com>", "Re: Logistics Officer",
        "Alex,\nFind attached the appointment letter as discussed. Go through it, if ok sign and scan back to me by "
        "Friday.\nYaw\nMensah Freight Services\n", quoted="Thank you sir, I will wait for the letter.")),
    # a reminder that comes with the event re-sent (a higher SEQUENCE) is the same booking, not a move
    ("a-reminder-with-the-event-re-sent", "interview_confirmation", m(
        "Nell Ambrose <nell.ambrose@quillmere.example>", "Panel Interview – Procurement Officer – Alex Morgan",
        "Dear Mr. Morgan,\nThis is to remind you of your panel interview for the position of Procurement Officer "
        "scheduled for Tuesday, 10th March, 2026 at 10:00am in Conference Room 2.\nKindly report at the main gate by "
        "9:30am with your ID card.\nNell Ambrose\nTalent Acquisition\n", ics=ics("REQUEST", sequence=1))),
]

OTHER_MAIL = [
    # a clinic's appointment letter, to sign in with at reception, is no offer
    ("a-clinics-appointment-letter", _m(
        "Riverside Physio <bookings@riversidephysio.example>", "Your appointment",
        "Dear Alex,\nPlease find attached your appointment letter for Tuesday 10 March at 2pm. Please sign in at "
        "reception ten minutes before your appointment.\nRiverside Physio\n")),
    # a Québec newsroom's interview is no job's
    ("qc-a-radio-interview", _m(
        "Chloé Demers <chloe.demers@radioville.example>", "Entrevue à l'émission du matin",
        "Bonjour Alex,\nMerci d'avoir accepté notre entrevue sur les données ouvertes de la ville. Nous serons en ondes "
        "jeudi à 7 h 40, pour environ huit minutes, par téléphone.\nChloé Demers\nRecherchiste, Le 6 à 9\n")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)


def test_the_model_counts_only_from_enough_words_it_knows() -> None:
    """Read from a handful of words, the model's surety is its letters' alone (character n-grams): where the rules found
    nothing, a reading from fewer than SOME_WORDS known words is not taken, however sure."""
    sure = {"rejection": 0.9, "not_relevant": 0.05, "company_reply": 0.05}
    assert _second_reading(Reading(sure, words=SOME_WORDS - 1), None, 0.0, 0.0, {}, {}, calendar=False)[0] is None
    assert _second_reading(Reading(sure, words=SOME_WORDS), None, 0.0, 0.0, {}, {}, calendar=False)[0] == "rejection"
