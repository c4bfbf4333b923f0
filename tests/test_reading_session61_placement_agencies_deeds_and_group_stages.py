"""Session 61: three general rules, each in invented words, with the look-alikes that share their words. A placement
agency's domain names its business, as "staffing" or "recruit" does; a home's deed signed before a notary is the user's
own business, not an employer's booking; a Brazilian trainee programme's stage the user passed to ("aprovado(a) para a
dinâmica de grupo") is an invitation said in so many words, whatever the word model makes of it."""

from __future__ import annotations

from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

READ_AS = [
    # a placement agency writes back in the thread of a role it put the user up for, with no job word in the reply
    ("a-placement-agencys-reply-about-the-rate", "company_reply", _m(
        "Odile Marchand <odile@riveplacement.example>", "Re: Good news (Boulangerie Vautrin)",
        "Got it. Before I give Marc your answer, what would change your mind? He said he might stretch to $27 if you "
        "can do Saturdays.\n\nOdile\n", quoted="The 5am start is hard for me with the bus.")),
    # ... its booking with the client, where the time is set
    ("a-placement-agency-books-the-client-meeting", "interview_confirmation", _m(
        "Odile Marchand <odile@riveplacement.example>", "Vautrin - Thursday",
        "Hi Alex, Marc will see you Thursday at 10:30 at the bakery, 14 rue Cartier. Ask for him at the counter.\n\n"
        "Odile\n")),
    # a Brazilian trainee programme: passed to the group stage, a session to choose
    ("passed-to-the-group-stage-pick-a-session", "interview_invitation", _m(
        "Programa Jovens Talentos Urucum <talentos@urucum.example>", "Resultado: próxima etapa",
        "Oi Alex!\n\nÓtima notícia: você foi aprovado(a) para a dinâmica de grupo do Programa Jovens Talentos Urucum "
        "2027. Ela é online e dura cerca de duas horas.\n\nEscolha um horário até 20/03:\n* 24/03 - 10h\n* 25/03 - 15h\n\n"
        "Equipe Urucum")),
    # ... and passed to the interview stage
    ("passed-to-the-interview-stage", "interview_invitation", _m(
        "Recrutamento Ipê <vagas@ipe-logistica.example>", "Processo seletivo - Analista de Transportes",
        "Olá Alex,\n\nVocê foi aprovado para a etapa de entrevista do processo seletivo para Analista de Transportes. "
        "Responda este e-mail com sua disponibilidade na próxima semana.\n\nAtenciosamente,\nRecrutamento Ipê")),
]

OTHER_MAIL = [
    # a notary's office: the deed of a flat signed at a set hour (Italian, French, German, Spanish)
    ("an-italian-deed-at-the-notarys", _m(
        "Studio Notarile Ferri <segreteria@notaio-ferri.example>", "Appuntamento",
        "Gentile sig. Morgan,\n\nLa aspettiamo martedì alle 9:30 in studio per la stipula dell'atto di compravendita; "
        "porti un documento d'identità.\n\nStudio Ferri\n")),
    ("a-french-sale-deed-signing", _m(
        "Office notarial Lemoine <accueil@lemoine-notaires.example>", "Rendez-vous du 12 mars",
        "Bonjour Monsieur,\n\nNous vous attendons jeudi à 14h pour la signature de l'acte de vente. Merci de vous munir "
        "d'une pièce d'identité.\n\nL'office\n")),
    ("a-german-notary-appointment", _m(
        "Notariat Brandt <kanzlei@notariat-brandt.example>", "Ihr Termin",
        "Sehr geehrter Herr Morgan,\n\nwir bestätigen den Beurkundungstermin am Mittwoch um 11 Uhr in unserer Kanzlei. "
        "Bitte bringen Sie Ihren Ausweis mit.\n\nMit freundlichen Grüßen\nNotariat Brandt\n")),
    ("a-spanish-deed-signing", _m(
        "Notaría Ruiz <citas@notaria-ruiz.example>", "Cita para la firma",
        "Buenos días,\n\nle esperamos el viernes a las 12:00 para la firma de la escritura de compraventa del piso. "
        "Traiga su DNI.\n\nNotaría Ruiz\n")),
    # a fund's placements: no agency
    ("a-funds-placements-statement", _m(
        "Placements Boréal <releves@placementsboreal.example>", "Votre relevé trimestriel",
        "Bonjour,\n\nVotre relevé du trimestre est disponible dans votre espace client.\n\nPlacements Boréal\n")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
