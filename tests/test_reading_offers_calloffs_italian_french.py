"""Session 16: what the second reader settles, and the rules its fresh writer sets revealed, in invented words.

Where the rules read an offer and the model, trained on labelled mail, reads the same message as the process around one
(a preferred candidate waiting on budget, a salary cap before the final round), the message was set aside for a look
though nothing doubted it was the user's own candidacy: 21 dev messages, every one of them labelled with the model's
kind. The model's kind is now the reading, unless the offer is made in so many words ("we'd like to offer you the role"):
that is still asked about. The other cases are one general rule each from the writer sets FK (Italian), FL (company
replies), FM (look-alikes), FN (moves and call-offs), FO (French from Québec and France), FQ (other people's searches)
and FS (offers), and from two reviews that tried to break them (the same words from a dentist, a gym, a friend)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from agent.demo.builder import ics_event
from tests.test_reading import m, read
from tests.test_reading_plain_asks_and_filled_posts import _gmail_quote

PROCESS_AROUND_AN_OFFER = [
    ("preferred-candidate-waiting-on-budget", m(
        "Wim Dekker <wim.dekker@lindeboom-data.example>", "Update application Data Engineer",
        "Dear Alex,\n\nAfter the second interview you are our preferred candidate for the position Data Engineer. "
        "Before we can make you an offer we need approval on the budget from our director, because the position is "
        "new. I expect this next week.\n\nI hope you are still interested.\n\nKind regards,\n\nWim Dekker\nManager "
        "Data\nLindeboom Data B.V.\n")),
    ("salary-cap-before-the-final", m(
        "Jo Pike <jo.pike@marram-foods.example>", "Re: Salary",
        "Hi Alex,\n\nThanks for being upfront. The budget for the Planning Manager role tops out at £54,000 plus "
        "bonus and we can't stretch to £60k. Would you still like to go ahead on that basis? If so I'll set up the "
        "final with Rob.\n\nJo\nTalent Partner | Marram Foods\n")),
]


@pytest.mark.parametrize("name,raw", PROCESS_AROUND_AN_OFFER, ids=[p[0] for p in PROCESS_AROUND_AN_OFFER])
def test_the_process_around_an_offer_is_a_reply_not_a_question(name, raw):
    got = read(raw)
    assert (got.kind, got.needs_look) == ("company_reply", False)


def test_an_offer_in_so_many_words_is_still_an_offer():
    got = read(m("Jo Pike <jo.pike@marram-foods.example>", "Offer - Planning Manager",
                 "Hi Alex,\n\nGreat news - we'd like to offer you the Planning Manager role at £54,000 plus 10% bonus, "
                 "starting 1 June. The offer letter is attached; please sign and return by Friday.\n\nJo\nTalent "
                 "Partner | Marram Foods\n"))
    assert got.kind == "offer"


def test_an_offer_from_a_personal_account_the_model_doubts_still_asks():
    # the candidacy is in doubt too (a stranger's free-mail account): the model's word alone settles nothing
    got = read(m("Tom Reyes <tomreyes1988@gmail.com>", "job",
                 "hey, we'd like to offer you the job. 2k a week cash, start monday, send your bank details and a copy "
                 "of your passport\n"))
    assert got.kind == "not_relevant"


# Interviews called off in plain words, and what a call-off becomes when the candidacy or the role is over.
CALL_OFFS = [
    ("lets-scrap-friday", "cancellation", m(
        "Wren Astley <wren@astley-print.example>", "Re: Friday",
        "Alex - let's scrap Friday, our board meeting got moved onto it. I'll come back to you when it's calmer.\n\nW"
        + _gmail_quote("See you Friday at 10 for the Studio Manager chat."))),
    ("client-cancelled-the-final-stage", "cancellation", m(
        "Tom Ferris <tom.ferris@ferris-search.example>", "RE: Final stage - Halyard Foods",
        "Hi Alex,\n\nAnnoying one: Halyard have cancelled the final stage on Tuesday (3pm). Their MD is unwell and they "
        "don't know when she's back. Still very keen on you.\n\nTom\nSenior Consultant | Ferris Search\n")),
    ("role-paused-pulling-interviews", "cancellation", m(
        "Ana Quill <ana.quill@quill-payments.example>", "Your interview on Thursday - Risk Analyst",
        "Hi Alex,\n\nThe Risk Analyst role has been paused while we revisit the budget, so we're pulling all of the "
        "interviews we had booked, yours with Sam on Thursday included. I'm sorry; if the role reopens I'll be in "
        "touch.\n\nAna\nTalent Partner, Quill Payments\n")),
    ("search-closed-no-progress", "rejection", m(
        "Hollin Freight via Greenhouse <no-reply@greenhouse.io>", "Update on your Planning Analyst application",
        "Hi Alex,\n\nThank you for your time on the Planning Analyst role. We've decided to close this search and not "
        "hire for the position this year. That means we'll be cancelling your interview on Monday, and we won't be "
        "moving forward with your application.\n\nBest,\nRuth\nRecruiting, Hollin Freight\n")),
    ("french-post-just-filled", "rejection", m(
        "Odile Marchal <o.marchal@clos-vigne.example>", "Re: Entretien jeudi - Contrôleur de gestion",
        "Bonjour Alex,\n\nLe poste de Contrôleur de gestion vient d'être pourvu : une candidate rencontrée plus tôt a "
        "accepté notre proposition. Nous annulons donc notre entretien de jeudi.\n\nBien cordialement,\nOdile\n")),
    ("dutch-the-other-candidate", "rejection", m(
        "Joris Brand <joris@brand-drukwerk.example>", "Re: Teamleider planning",
        "Hoi Alex,\n\nWe hebben besloten om verder te gaan met de andere kandidaat. Een lastige keuze.\n\nDank je wel "
        "voor je tijd!\n\nGroet,\nJoris\n")),
    ("dutch-call-off-not-a-no", "cancellation", m(
        "Inge Valk <i.valk@valkzorg.example>", "RE: Uitnodiging gesprek Projectleider",
        "Beste Alex,\n\nHelaas moeten wij het gesprek van dinsdag 9 juni om 10:00 uur annuleren. Door een reorganisatie "
        "kunnen we op dit moment nog niet verder met de gesprekken. We komen erop terug.\n\nMet vriendelijke groet,\n"
        "Inge Valk\nRecruiter\n")),
]


@pytest.mark.parametrize("name,kind,raw", CALL_OFFS, ids=[c[0] for c in CALL_OFFS])
def test_what_a_call_off_is(name, kind, raw):
    assert read(raw).kind == kind


def test_a_call_off_named_as_past_is_a_new_booking():
    got = read(m("Juno Pell <juno.pell@pell-labs.example>", "Rescheduling our chat - Data Engineer",
                 "Hi Alex,\n\nApologies for cancelling our screen last Thursday, I was off sick. I'm still keen to talk "
                 "about the Data Engineer role! Could you grab any 30 minutes that works for you next week here?\n\n"
                 "https://calendly.com/juno-pell/screen\n\nJuno\n"))
    assert got.kind == "interview_invitation"


def test_a_later_start_in_dutch_moves_the_interview():
    got = read(m("Femke Bos <femke@bos-data.example>", "Re: Gesprek woensdag",
                 "Hoi Alex,\n\nZullen we het gesprek morgen een uur later doen? Dus 14:00 in plaats van 13:00. Onze "
                 "teamlead zit tot half twee vast.\n\nGroetjes,\nFemke\nRecruiter\n"
                 + _gmail_quote("Woensdag 13:00 is prima, tot dan!")))
    assert got.kind == "reschedule"


def test_availability_to_start_in_spanish_asks_no_meeting():
    got = read(m("Paula Ortiz <paula.ortiz@ortiz-seguros.example>", "Analista de Riesgos - siguientes pasos",
                 "Hola Alex:\n\nPara avanzar con tu candidatura necesito tu expectativa salarial y tu disponibilidad "
                 "para incorporarte.\n\nSaludos,\nPaula\nAtracción de Talento\n"))
    assert got.kind == "company_reply"


def test_an_open_question_about_the_process_is_no_cold_approach():
    got = read(m("Lee Brandt <lee.brandt@brandt-labs.example>", "Project Manager role - a change on our side",
                 "Hi Alex,\n\nBit of a curveball: head office has frozen permanent headcount, so I can't do the Project "
                 "Manager role as a permanent position any more. I can do a 12-month contract with the same scope. "
                 "Would you be open to that? Let me know before I go back to HR.\n\nLee\n"))
    assert got.kind == "company_reply"


# Italian, the way a small firm, an agency, a portal and a public body write it.
ITALIAN = [
    ("vorrebbe-conoscerla", "interview_invitation", m(
        "Giulia Serra <g.serra@serra-editore.example>", "Candidatura Marketing Analyst",
        "Gentile Alex,\n\nabbiamo letto il Suo curriculum e il nostro direttore vorrebbe conoscerLa per un primo "
        "colloquio. Quando sarebbe disponibile nelle prossime due settimane? Mi indichi pure due o tre momenti.\n\n"
        "Cordiali saluti,\nGiulia Serra\nUfficio Personale\n")),
    ("il-colloquio-si-terra", "interview_confirmation", m(
        "Sara Conti <s.conti@conti-lavoro.example>", "Colloquio - Ferla Imballaggi",
        "Ciao Alex,\n\nil colloquio si terrà domani, giovedì 4 giugno, alle 11:00 da Ferla Imballaggi, via Roma 12, "
        "Lodi. In portineria chiedi del dottor Neri.\n\nIn bocca al lupo!\nSara\n")),
    ("possiamo-slittare", "reschedule", m(
        "Piero Galli <piero@galli-soft.example>", "Re: Chiacchierata giovedì",
        "Alex scusa, domani mi è saltato tutto. Possiamo slittare a venerdì, stessa ora? Ti sposto io l'invito.\n\nP.\n"
        + _gmail_quote("Perfetto, a giovedì alle 18 per la posizione di Product Manager!"))),
    ("non-potra-avere-luogo", "cancellation", m(
        "Selezione Ortica Energia <selezione@ortica-energia.example>", "Colloquio del 3 giugno - Data Analyst",
        "Gentile Dott. Morgan,\n\nLe comunichiamo che il colloquio previsto per domani alle ore 14:30 non potrà avere "
        "luogo per un'improvvisa indisponibilità del responsabile.\n\nCi scusiamo per il disagio.\n\nUfficio "
        "Selezione\n")),
    ("abbiamo-preso-un-altra", "rejection", m(
        "Mario Fabbri <mario@fabbri-vini.example>", "Re: Candidatura Responsabile Export",
        "Buonasera sig. Morgan,\n\nalla fine abbiamo preso un'altra persona che conosce già i nostri clienti.\n\nMi "
        "dispiace, le auguro buona fortuna.\n\nM. Fabbri\n")),
    ("non-daremo-seguito", "rejection", m(
        "Ufficio Personale Brenta Costruzioni <personale@brenta-costruzioni.example>", "Selezione Controller",
        "Gentile sig. Morgan,\n\nla informiamo che la posizione di Controller è stata chiusa e non daremo seguito alla "
        "selezione.\n\nDistinti saluti\nUfficio Personale\n")),
    ("business-case-da-preparare", "assessment", m(
        "Luca Rota <l.rota@rota-ricambi.example>", "Secondo step - business case da preparare",
        "Buongiorno Alex,\n\ngrazie per la chiacchierata di giovedì. Come anticipato, il passo successivo è un business "
        "case: le chiediamo di preparare una presentazione di massimo 10 slide. Ci mandi il file entro lunedì.\n\n"
        "Luca Rota\nResponsabile Supply Chain\n")),
]


@pytest.mark.parametrize("name,kind,raw", ITALIAN, ids=[c[0] for c in ITALIAN])
def test_italian_mail_read(name, kind, raw):
    assert read(raw).kind == kind


# Look-alikes: an interview, an application, a panel or a "no" that is not the user's own job search.
NOT_THE_USERS_SEARCH = [
    ("master-admission-colloquio", m(
        "Segreteria Master <master@ateneo-lario.example>", "Executive Master - convocazione al colloquio di ammissione",
        "Gentile candidato,\n\nla Sua domanda di ammissione all'Executive Master ha superato la valutazione. È "
        "convocato al colloquio motivazionale di ammissione, che si terrà giovedì 19 marzo alle ore 17:30 su Teams.\n\n"
        "La quota di iscrizione andrà versata entro 10 giorni.\n\nSegreteria\n")),
    ("festival-volunteer", m(
        "Volontari Festival <volontari@festival-laguna.example>", "Abbiamo ricevuto la tua candidatura!",
        "Ciao Alex,\n\ngrazie per aver inviato la tua candidatura come volontario per il festival! Il nostro team "
        "volontari ti contatterà per un breve colloquio conoscitivo e per assegnarti i turni.\n\nA presto!\n")),
    ("colleague-intern-interview", m(
        "Elena Ricci <e.ricci@ricci-trading.example>", "Colloquio stagista - Marco Bassi",
        "Ciao Alex,\n\ngiovedì facciamo il colloquio con Marco Bassi per lo stage in controllo di gestione. Ti allego il "
        "suo CV. Io farei la parte motivazionale, tu la parte tecnica.\n\nCi vediamo in sala riunioni alle 10.\n\n"
        "Elena\nHR Specialist\n")),
    ("resident-visa-interview", m(
        "Visa Team <visas@immigration.example>", "Request for interview - Application 88-1234",
        "Dear Alex Morgan,\n\nApplication type: Resident Visa\n\nWe are assessing your application. An immigration "
        "officer would like to interview you about your employment history. Please reply with three dates and times "
        "in the next four weeks when you are available.\n\nVisa Team\n")),
    ("trustee-conversation", m(
        "Nia Forde <chair@harbour-arts.example>", "Trustee application - next steps",
        "Dear Alex,\n\nThank you for your application to join our board as a trustee. Our next step is a conversation "
        "with me and our Treasurer. Trusteeship is unpaid, but we want to talk about the commitment. Would any evening "
        "next week work for you?\n\nNia Forde\nChair\n")),
    ("dutch-flat-went-elsewhere", m(
        "Team Verhuur <verhuur@dijkzicht-makelaars.example>", "Uw reactie op Havenstraat 8",
        "Beste Alex,\n\nDank voor je reactie op de woning aan de Havenstraat en je komst naar de bezichtiging. Helaas "
        "heeft de verhuurder gekozen voor een andere kandidaat.\n\nMet vriendelijke groet,\nTeam Verhuur\n")),
    ("community-governor-outcome", m(
        "Clerk <clerk@moorside-college.example>", "Community Governor vacancy - outcome",
        "Dear Alex,\n\nThank you for applying to join the Board of Governors. I'm sorry to let you know that the panel "
        "has not recommended you for appointment this time. Thank you for your interest in volunteering with the "
        "College.\n\nClerk to the Governing Body\n")),
    ("candidate-asks-the-user-to-move", m(
        "Maya Lind <maya.lind@example.org>", "Re: Nanny job - interview Wednesday",
        "Hi, so sorry, my exam moved to Wednesday - could I come Thursday at 5 instead? Same address is fine.\n\nMaya"
        + _gmail_quote("Hi Maya, thanks so much for applying for the after-school nanny job. Could you come round on "
                       "Wednesday at 5?"))),
]


@pytest.mark.parametrize("name,raw", NOT_THE_USERS_SEARCH, ids=[c[0] for c in NOT_THE_USERS_SEARCH])
def test_not_the_users_own_search(name, raw):
    assert read(raw).kind == "not_relevant"


def test_a_panel_seeing_numbered_candidates_is_the_users_work():
    start = datetime(2026, 6, 13, 11, 30, tzinfo=UTC)
    got = read(m("Grace Obi <grace@stmarks-governors.example>",
                 "Canceled event: Interview panel - Bursar - candidate 3 (R. Lyall) @ Sat 13 Jun 2026 11:30",
                 "Grace Obi has canceled this event and included a note:\n\"Candidate 3 has withdrawn, so we'll finish "
                 "after candidate 2.\"\n",
                 ics=ics_event(start=start, end=start + timedelta(minutes=45), method="CANCEL",
                               summary="Interview panel - Bursar - candidate 3 (R. Lyall)",
                               organizer="grace@stmarks-governors.example",
                               attendees=["alex.morgan@example.net"])))
    assert got.kind == "not_relevant"


# ... and the posts and receipts that look like those look-alikes.
THE_USERS_OWN = [
    ("podcast-producer-interview", "interview_confirmation", m(
        "Ria Shah <ria@tidewater-audio.example>", "Podcast Producer interview - Alex Morgan",
        "Hi Alex,\n\nConfirming your interview for the Podcast Producer role on Thursday 4 June at 2pm at our studio, "
        "12 Mill Lane. You'll meet me and our head of audio.\n\nRia\nTalent Lead, Tidewater Audio\n")),
    ("admissions-counselor-no", "rejection", m(
        "Saltmarsh University <saltmarsh@myworkday.com>", "Update on your application - Admissions Counselor",
        "Dear Alex,\n\nThank you for your interest in the Admissions Counselor position. After careful review, the "
        "hiring team has decided to move forward with candidates whose experience more closely matches the needs of "
        "the Office of Undergraduate Admission. We will not be moving your application forward.\n\nSincerely,\n"
        "Talent Acquisition\n")),
    ("scored-against-other-applicants", "application_ack", m(
        "Applied <noreply@beapplied.com>", "Thanks for applying to Heron Trust",
        "Hi Alex,\n\nThanks for applying for Programme Coordinator at Heron Trust. Your answers have been submitted and "
        "there is nothing more you need to do. Whatever the outcome, you'll be able to see how your answers scored "
        "against the other applicants.\n\nThe Applied team, on behalf of Heron Trust\n")),
    ("got-it-safe-and-sound", "application_ack", m(
        "Tui Walker <tui@kahu-trust.example>", "Re: Application - Youth Coordinator",
        "Kia ora Alex,\n\nThanks heaps for your application for the Youth Coordinator role - got it safe and sound. "
        "Applications close Friday and I'll be in touch either way by the 12th.\n\nNgā mihi,\nTui\nOperations Lead\n"
        + _gmail_quote("Please find attached my CV for the Youth Coordinator role."))),
]


@pytest.mark.parametrize("name,kind,raw", THE_USERS_OWN, ids=[c[0] for c in THE_USERS_OWN])
def test_the_users_own_search_that_looks_alike(name, kind, raw):
    assert read(raw).kind == kind


# French, from Québec and from France: a small firm's owner, an agency, a portal and a public jury.
FRENCH = [
    ("bien-recu-votre-cv", "application_ack", m(
        "Gilles Paquin <gilles@paquin-menuiserie.example>", "RE: Candidature - Coordonnateur",
        "Bonjour Alex,\n\nBien reçu votre CV, merci. Je regarde ça avec mon associée d'ici la fin de semaine pis on vous "
        "revient.\n\nGilles Paquin\nPrésident\n")),
    ("vous-appellera-jeudi", "interview_confirmation", m(
        "Nadia Roy <nadia.roy@roy-solutions.example>", "RE: Analyste d'affaires / entrevue téléphonique",
        "Bonjour Alex,\n\nParfait, c'est noté : Marc vous appellera ce jeudi 4 juin à 10 h. Prévoyez une trentaine de "
        "minutes.\n\nNadia Roy\nConseillère, acquisition de talents\n")),
    ("convocation-jury", "interview_confirmation", m(
        "Ressources humaines <rh@regie-lac.example>", "Convocation à l'entretien de recrutement - Chargé de mission",
        "Monsieur,\n\nJ'ai le plaisir de vous informer que votre candidature a été retenue pour un entretien avec le jury "
        "de recrutement. Cet entretien aura lieu le mardi 9 juin 2026 à 10h15 en visioconférence.\n\nLa responsable "
        "des ressources humaines\n")),
    ("decaler-ton-entrevue", "reschedule", m(
        "Luc Ménard <luc@menard-recrutement.example>", "Changement d'heure pour ton entrevue",
        "Salut Alex,\n\nLe directeur doit être à Toronto jeudi, donc ils doivent décaler ton entrevue de jeudi 10 h à "
        "vendredi 5 juin, 15 h 30. Même adresse. Peux-tu me confirmer que ça te va?\n\nLuc\nConseiller en "
        "recrutement\n")),
    ("entrevue-naura-pas-lieu", "cancellation", m(
        "Julie Roy <jroy@labo-etang.example>", "Entrevue du 4 juin - Analyste de données",
        "Bonjour Monsieur Morgan,\n\nJe dois malheureusement vous informer que l'entrevue prévue ce jeudi 4 juin à 10 h "
        "n'aura pas lieu : la direction a décidé de suspendre le processus de dotation le temps de revoir la structure "
        "de l'équipe.\n\nCordialement,\nJulie Roy\nConseillère RH\n")),
    ("retenu-un-candidat", "rejection", m(
        "Claire Morvan <c.morvan@morvan-recrutement.example>", "Poste d'analyste - Kerlann Emballages",
        "Bonjour Alex,\n\nJe reviens vers vous après votre entretien avec Kerlann Emballages. Notre client a apprécié "
        "votre rigueur, mais il a finalement retenu un candidat déjà présent dans la région.\n\nBelle fin de semaine,\n"
        "Claire Morvan\nConsultante recrutement\n")),
    ("questions-avant-de-vous-inviter", "company_reply", m(
        "Marc Dumont <marc.dumont@dumont-conseil.example>", "Data analyst - quelques questions",
        "Bonjour Monsieur Morgan,\n\nSuite à notre entretien téléphonique, j'aurais encore quelques questions avant de "
        "vous inviter chez nous : quel est votre délai de préavis, et seriez-vous à l'aise avec des déplacements?\n\n"
        "Bien à vous,\nMarc Dumont\n")),
    ("sans-retour-de-notre-part", "application_ack", m(
        "Kerlouan Santé <no-reply@flatchr.io>", "Nous accusons réception de votre candidature - Chargé de pilotage",
        "Bonjour Alex Morgan,\n\nNous accusons réception de votre candidature au poste de Chargé de pilotage. Sans retour "
        "de notre part sous trois semaines, vous pourrez considérer que nous ne sommes pas en mesure de donner une suite "
        "favorable à votre candidature.\n\nBien cordialement,\nL'équipe RH\n")),
]


@pytest.mark.parametrize("name,kind,raw", FRENCH, ids=[c[0] for c in FRENCH])
def test_french_mail_read(name, kind, raw):
    assert read(raw).kind == kind


def test_an_mba_admission_interview_starts_nothing():
    got = read(m("Admission MBA <admission.mba@ecole-gestion.example>", "Invitation à une entrevue d'admission - MBA",
                 "Bonjour M. Morgan,\n\nNous avons bien reçu votre dossier de candidature au programme de MBA pour "
                 "cadres. Le comité d'admission souhaite vous rencontrer en entrevue. Merci de réserver votre plage "
                 "ici.\n\nConseillère à l'admission\n"))
    assert got.kind == "not_relevant"


def test_an_offer_signed_off_inside_the_company_is_news_not_the_offer():
    got = read(m("Owen Tate <owen.tate@tate-rail.example>", "Head of Planning - update",
                 "Alex,\n\nGood news - the exec signed off your offer this morning. HR are drafting the letter and it'll "
                 "come to you on Monday with the full package.\n\nNothing for you to do until it lands.\n\nOwen\nHead of "
                 "Operations\n"))
    assert got.kind == "company_reply"


def test_a_promotion_at_the_users_own_employer_starts_nothing():
    got = read(m("Clare Dunn <clare.dunn@dunn-fabrics.example>", "Head of Analytics - confidential",
                 "Hi Alex,\n\nFollowing our chat I wanted to put this in writing. I'd like to offer you the Head of "
                 "Analytics role, effective 1 July.\n\n- Salary: £84,000 (up from £74,000)\n- Bonus target 12%\n\nHR "
                 "will send you the formal change-of-terms letter next week.\n\nClare\nChief Operating Officer\n"))
    assert got.kind == "not_relevant"


# The same words from a therapist, a friend, a gym, a dentist, a driving school, a shop and a colleague (review, session 16).
SAME_WORDS_ELSEWHERE = [
    ("therapist-ricordo-colloquio", m(
        "Dott.ssa Neri <studio@neri-psicoterapia.example>", "Promemoria",
        "Gentile Alex,\n\nle ricordo il colloquio di giovedì alle 18:00 nel mio studio.\n\nCordiali saluti\nDott.ssa Neri\n")),
    ("friend-abbiamo-preso-un-cane", m(
        "Giorgio Sala <giorgio@sala-impianti.example>", "novità",
        "Alex!\nalla fine abbiamo preso un cane! si chiama Otto. passa a trovarci quando vuoi.\nGiorgio\n")),
    ("gym-dobbiamo-annullare", m(
        "Palestra Arco <info@palestra-arco.example>", "Lezione di pilates",
        "Ciao Alex,\n\npurtroppo dobbiamo annullare la lezione di pilates di domani alle 19.\n\nStaff Palestra Arco\n")),
    ("dentist-rappel-rendez-vous", m(
        "Cabinet dentaire <rdv@cabinet-lumiere.example>", "Rappel : votre rendez-vous de demain",
        "Bonjour,\n\nRappel : votre rendez-vous de demain à 9 h 30 avec le Dr Morel.\n\nCabinet dentaire Lumière\n")),
    ("driving-test-note-de-passage", m(
        "Service des examens <examens@conduite-quebec.example>", "Résultat de votre examen",
        "Bonjour,\n\nVous n'avez pas obtenu la note de passage à l'examen théorique. Vous pouvez reprendre un "
        "rendez-vous dans 28 jours.\n\nService des examens\n")),
    ("supermarket-fascia-oraria", m(
        "Spesa Facile <ordini@spesa-facile.example>", "Il tuo ordine",
        "Ciao Alex,\n\nscegli la fascia oraria di consegna che preferisci entro domani.\n\nSpesa Facile\n")),
    ("colleague-release-slittare", m(
        "Paolo Riva <p.riva@riva-software.example>", "Rilascio",
        "Ciao Alex,\n\nil rilascio deve slittare a venerdì, spostiamo la demo al pomeriggio.\n\nPaolo\n")),
]


@pytest.mark.parametrize("name,raw", SAME_WORDS_ELSEWHERE, ids=[c[0] for c in SAME_WORDS_ELSEWHERE])
def test_the_same_words_elsewhere_start_nothing(name, raw):
    assert read(raw).kind == "not_relevant"


def test_a_typographic_apostrophe_reads_as_the_plain_one():
    got = read(m("Julie Roy <jroy@labo-etang.example>", "Entrevue du 4 juin - Analyste de données",
                 "Bonjour Monsieur Morgan,\n\nJe dois malheureusement vous informer que l\u2019entrevue prévue ce jeudi 4 "
                 "juin à 10 h n\u2019aura pas lieu : la direction a suspendu le processus de dotation.\n\nCordialement,\n"
                 "Julie Roy\nConseillère RH\n"))
    assert got.kind == "cancellation"
