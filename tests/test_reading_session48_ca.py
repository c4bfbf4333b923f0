"""Session 48, Catalan (and its employers' Spanish) as nursery owners and directors, schools' secretaries, town councils'
selection boards and e-offices and the Generalitat write it to an early-years educator: a receipt acknowledged ("acusem
recepció del seu currículum"), an owner's phone ("si et va bé passa dijous ... i xerrem", "fins dijous a les 5", "ho
podem deixar per dilluns?"), a council's summons and its list ("us convoquem a la realització de la prova pràctica",
"consta com a exclosa", "ocupa la posició número 4 de la borsa"), tested here in invented words, with the look-alikes
that share them."""

from __future__ import annotations

from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

READ_AS = [
    # a school secretary's receipt of the CV: "Acusem recepció del seu currículum per a la plaça de ..."
    ("a-secretary-acknowledges-the-cv", "application_ack", _m(
        "Secretaria Escola Can Puig <secretaria@escolacanpuig.example>", "RE: Candidatura monitora de menjador",
        "Benvolguda Sra. Morgan,\n\nAcusem recepció del seu currículum per a la plaça de monitora de menjador. L'hem "
        "passat a la coordinadora del servei.\n\nAtentament,\n\nNúria Pla\nSecretaria\nEscola Can Puig\n",
        quoted="Bon dia,\n\nUs faig arribar la meva candidatura a la plaça de monitora de menjador.\n\nAlex Morgan")),
    # a director's first interview, three times to pick from: "Digue'm quina et va millor"
    ("a-director-proposes-times", "interview_invitation", _m(
        "Laia Ferrer <direccio@llarelcargol.example>", "Procés de selecció - Llar d'Infants El Cargol",
        "Hola Alex,\n\nHem llegit la teva candidatura i ens agradaria fer-te una primera entrevista. Et proposo:\n\n"
        "- dimarts 12 de maig, a les 10 h\n- dijous 14 de maig, a les 16 h\n\nDigue'm quina et va millor.\n\nLaia "
        "Ferrer\nDirectora\n")),
    # an owner's phone, one time and a chat: "si et va be passa divendres a les 4 ... i xerrem una mica"
    ("an-owner-asks-you-round", "interview_invitation", _m(
        "Roser Vall <roser.vall.bressol@gmail.com>", "Re: Candidatura educadora - Alex Morgan",
        "Hola Alex! si et va be passa divendres a les 4 per l'escola i xerrem una mica, que ja han marxat els nens.\n"
        "Em dius?\nRoser\n",
        quoted="Hola Roser,\n\nEt faig arribar el meu currículum per a la plaça d'educadora de l'aula de 2-3.\n\nAlex")),
    # ... the time settled in a line: "genial, doncs ens veiem divendres a les 4"
    ("an-owner-settles-the-time", "interview_confirmation", _m(
        "Roser Vall <roser.vall.bressol@gmail.com>", "Re: Candidatura educadora - Alex Morgan",
        "genial! doncs ens veiem divendres a les 4 😊\nRoser\n",
        quoted="Perfecte, divendres a les 4 hi seré.\nAlex")),
    # ... and moved from the phone: "Ho podem deixar per dilluns a la mateixa hora?"
    ("an-owner-moves-the-chat", "reschedule", _m(
        "Roser Vall <roser.vall.bressol@gmail.com>", "Re: Candidatura educadora - Alex Morgan",
        "Alex perdona!! m'ha sortit una reunió amb l'ajuntament. Ho podem deixar per dilluns a la mateixa hora?\nRoser\n",
        quoted="Perfecte, divendres a les 4 hi seré.\nAlex")),
    # a council's board summons the user to its written test: "us convoquem a la realització de la prova pràctica"
    ("a-council-summons-to-the-test", "assessment", _m(
        "Recursos Humans - Ajuntament de Sant Martí de Baix <rrhh@santmartidebaix.example>",
        "Exp. 2026/14 - Convocatòria a la prova pràctica",
        "Benvolguda senyora Morgan,\n\nUs convoquem a la realització de la prova pràctica del procés selectiu per a la "
        "constitució d'una borsa de treball de tècnics/ques d'educació infantil, que tindrà lloc el dijous 21 de maig "
        "a les 9 h a la Sala d'actes.\n\nCal portar el DNI original.\n\nAtentament,\nSecretària del tribunal\n")),
    # a director's second stage set as a task: "La segona fase consisteix a preparar una breu proposta"
    ("a-director-sets-the-second-stage", "assessment", _m(
        "Laia Ferrer <direccio@llarelcargol.example>", "Segona fase",
        "Hola Alex,\n\nGràcies per l'entrevista de dimarts. La segona fase consisteix a preparar una proposta d'acollida "
        "per a l'aula de 2-3 anys, d'una pàgina com a màxim. Caldria que me l'enviessis abans del divendres 22.\n\n"
        "Laia\n")),
    # a council's final list: "La seva sol·licitud consta com a exclosa"
    ("a-council-excludes-the-application", "rejection", _m(
        "Ajuntament de Sant Martí de Baix <oac@santmartidebaix.example>", "Procés selectiu 4/2026 - Llista definitiva",
        "Sra. ALEX MORGAN\n\nLi comuniquem que s'ha aprovat la llista definitiva de persones admeses i excloses del procés "
        "selectiu 4/2026.\n\nLa seva sol·licitud consta com a exclosa per no haver aportat el títol exigit.\n\n"
        "Atentament,\nRecursos Humans\n")),
    # a director's no, the post given to someone else: "ens hem decantat per un candidat que ja coneix l'escola"
    ("a-director-chose-another", "rejection", _m(
        "Laia Ferrer <direccio@llarelcargol.example>", "Plaça d'educadora",
        "Hola Alex,\n\nGràcies per venir i per la proposta, que ens va agradar molt. Al final ens hem decantat per una "
        "candidata que ja ens havia fet substitucions i coneix les famílies.\n\nMolta sort!\nLaia\n")),
    # an owner's offer on the phone, with its terms set out: "ens encantaria que et quedessis amb nosaltres"
    ("an-owner-offers-the-post", "offer", _m(
        "Roser Vall <roser.vall.bressol@gmail.com>", "Re: Candidatura educadora - Alex Morgan",
        "Alex!! ens encantaria que et quedessis amb nosaltres 🥰\n\nEl que et podem oferir:\n- contracte indefinit a "
        "partir de l'1 de setembre\n- jornada de 8 a 15 h\n\nEm dius alguna cosa abans de divendres?\nRoser\n",
        quoted="Moltes gràcies pel matí d'ahir, m'hi vaig sentir molt bé.\nAlex")),
    # a council's job pool formed, the user's place in it: news, no contract yet
    ("a-council-places-you-in-the-pool", "company_reply", _m(
        "Recursos Humans - Ajuntament de Sant Martí de Baix <rrhh@santmartidebaix.example>",
        "Exp. 2026/14 - Constitució de la borsa de treball",
        "Benvolguda senyora,\n\nUn cop finalitzat el procés selectiu, vostè ocupa la posició número 6 de la borsa de "
        "treball de tècnics/ques d'educació infantil. Ens posarem en contacte amb vostè quan hi hagi una necessitat de "
        "cobertura.\n\nAtentament,\nÀrea de Recursos Humans\n")),
]

OTHER_MAIL = [
    # a television programme's casting interview, not a job
    ("a-tv-casting-interview", _m(
        "Càsting Serra Produccions <casting@serraprod.example>", "Càsting per a un nou programa",
        "Hola Alex!\n\nEstem preparant un programa sobre famílies i escola i ens agradaria conèixer-te. El primer pas és "
        "una entrevista de càsting per videotrucada d'uns 15 minuts. Et va bé dijous a la tarda?\n\nEquip de càsting\n")),
    # a friend's dinner, settled in the same words as a meeting: "fins dijous a les 9"
    ("a-friends-dinner", _m(
        "Marta Soler <marta.soler84@gmail.com>", "sopar",
        "Genial!! doncs fins dijous a les 9 a casa, porto les postres 😋\nMarta\n")),
    # a gym's free trial day
    ("a-gyms-free-trial-day", _m(
        "Centre Esportiu Ribes <info@ceribes.example>", "Vine a provar-nos",
        "Hola Alex,\n\nEt regalem un dia de prova gratuït al nostre centre: piscina, sala de fitness i classes dirigides."
        " Reserva'l a l'app.\n\nCentre Esportiu Ribes\n")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
