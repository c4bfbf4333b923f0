"""Session 29: general rules from fresh writer sets (an electrician's search in New Zealand, a data analyst's in
Singapore and Kuala Lumpur, a law graduate's training contracts, a sales rep's move up at startups) and from the
dev-split's misses, each in invented words, with the look-alikes that share its words."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from agent.classify import score
from agent.evidence import from_agency
from agent.parse import parse
from agent.shorthand import expand
from agent.vocab import subject_names_role
from agent.when import find_datetimes
from tests.test_reading_small_employers_and_closed_processes import _assert_read_as, _ids, _m, _read

CASES = [
    # an agency's confirmation under a subject that names the post with its terms
    ("confirmed-under-a-subject-naming-a-contract-post", "interview_confirmation", _m(
        "Dan Whitby <dan.whitby@tallisresourcing.example>", "RE: Corvane - Payroll Analyst contract",
        "Alex,\n\nSorted - you're confirmed with Corvane for Friday 6th Feb at 10:00, Teams (Claire will send the "
        "link). 30-40 mins.\n\nDan\n")),
    # a recruiter's own trade described in a decline is not the user interviewing someone
    ("a-decline-describing-work-on-scorecards", "rejection", _m(
        "Jess Amber <jess.amber@quillcrane.example>", "Your application to Quill & Crane",
        "Hi Alex,\n\nThanks so much for your interest in the Talent Partner role.\n\nYour agency background is strong, "
        "but we've decided to go with people who've already run hiring inside a product company (working with hiring "
        "managers on scorecards, that sort of thing). So we won't be moving forward with your application this time."
        "\n\nJess\n")),
    # a publican's no from a personal account, signed with the pub
    ("the-jobs-gone-signed-with-the-pub", "rejection", _m(
        "Colm Hurst <colmhurst@hotmail.com>", "tomorrow",
        "Alex,\n\nSorry to be doing this the night before. I'm going to call off tomorrow - my sister-in-law has said "
        "she'll take on the kitchen full time, so the job's gone I'm afraid.\n\nBest of luck with it.\n\nColm\n"
        "Kilbrack Arms\n")),
    # an agency's assignment texted from an SMS gateway, in text-speak
    ("an-agency-texts-an-assignment-with-its-terms", "offer", _m(
        "Kiwa TXT <sms-reply+64270001111@txt.kiwalabour.example>", "SMS from 0270001111",
        "Alex got a 3wk job for u if u want it. Warehouse fit-out East Tamaki, $31/hr, start Mon 6am. Reply YES and "
        "I'll confirm with client\n")),
    # onboarding after the user has started is a reply about the job, not a new offer
    ("welcome-aboard-after-the-first-day", "company_reply", _m(
        "Tania Reid <office@kereruelectrical.example>", "Welcome to Kereru - paperwork",
        "Hi Alex,\n\nWelcome aboard! Daz said you started yesterday, hope the first day wasn't too full on.\n\nCan you "
        "please send me your IRD number, bank account and the signed individual employment agreement by Friday so I "
        "can get you into payroll?\n\nThanks,\nTania\n")),
    # a tradesman's no to a CV
    ("nothing-going-here-till-march", "rejection", _m(
        "Gav Rudd <gav@ruddsparks.example>", "Re: Qualified electrician - CV",
        "Cheers for the CV mate, nothing going here till at least March sorry. Good luck\n\nGav\n")),
    # a farmer-contractor's yarn, asked for in New Zealand's words
    ("come-down-for-a-yarn", "interview_invitation", _m(
        "Bruce Hooper <bruce.hooperrural@gmail.com>", "hooper rural",
        "hi alex bruce here from hooper rural got ur cv off leanne. be good to have a yarn and show u round the shed "
        "work we do. when can u get down to morrinsville? weekends fine\n\nbruce\n")),
    # a sales hire's recruiter: the account executive role applied for is no sales meeting
    ("a-recruiter-for-an-account-executive-role", "interview_invitation", _m(
        "Priya Natesan <priya.natesan@prairiegrassdata.example>", "Prairiegrass - AE, SMB - next steps",
        "Hi Alex,\n\nThanks for applying to our Account Executive, SMB role. I'd love to set up a 30 minute phone "
        "screen. Could you send over a few windows that work for you next Tuesday through Thursday?\n\nPriya\n"
        "Senior Recruiter, Prairiegrass Data\n")),
    # ... and its offer, with a commission accelerator that is no startup accelerator
    ("an-offer-with-a-commission-accelerator", "offer", _m(
        "Jordan Pike <jordan@brightspool.example>", "carry a bag for us?",
        "alex - dana and i talked after your role play and it's not close. we'd love to have you join us as an AE - "
        "$75k base, $150k OTE, uncapped, 1.5x accelerator past 100% of quota. start mid sept if you can swing it. "
        "i'll have people ops send the paperwork once you say yes\n\njp\n")),
    # ... and its final round, a role play of a discovery call
    ("a-final-round-with-a-role-played-discovery-call", "interview_confirmation", _m(
        "Jess Navarro <jess.navarro@plinthlane.example>", "Plinthlane Final Round - Wed Dec 3",
        "Hi Alex,\n\nHere's your final round:\n\nWednesday, December 3, 2025 - 9:30am to 12:00pm MST\nPlinthlane HQ, "
        "Denver\n\n9:30  30-60-90 presentation\n10:15 Role play: discovery call with Olu as the prospect\n11:00 "
        "Culture conversation with two AEs\n\nJess\n")),
    # an agency asks when would be a good time
    ("when-would-be-a-good-time-for-a-call", "interview_invitation", _m(
        "Marcus Oyel <marcus.o@summitpeakhire.example>", "Enterprise AE - Denver - worth a chat?",
        "Hi Alex,\n\nThanks for applying through our site for the Enterprise Account Executive search we're running. "
        "When would be a good time for a 20-30 min call? I'm fairly open Wed-Fri.\n\nMarcus\n")),
    # an agency's registration call, with its questions: no webinar
    ("an-agencys-questions-after-registering", "company_reply", _m(
        "Ellie Hart <ellie.hart@quillbridgelegal.example>", "Great to speak earlier! + couple of quick qs",
        "Hi Alex,\n\nLovely to chat this morning - thanks for registering with us! Just so I can get you in front of "
        "the right firms, could you let me know your salary expectations and your notice period?\n\nEllie\n"
        "Senior Consultant, Quillbridge Legal Recruitment\n")),
]


LOOK_ALIKES = [
    # a friend on a personal account with the same news about their own job, signed with no business
    ("a-friends-job-gone-unsigned", _m(
        "Colm Hurst <colmhurst@hotmail.com>", "tomorrow",
        "Alex,\n\nBad news, they've outsourced the whole team, so the job's gone I'm afraid. Pints on Friday to drown "
        "it?\n\nColm\n")),
    # a supplier's contract under an account manager's name
    ("a-suppliers-contract-renewal", _m(
        "Dan Whitby <dan.whitby@corvanesupplies.example>", "RE: Account manager contract renewal",
        "Alex,\n\nAttached is the renewal for the office supplies contract from 1 March. Sign and return when you "
        "can.\n\nDan\n")),
]


@pytest.mark.parametrize("subject, named", [
    ("re: corvane - payroll analyst contract", True), ("re: reporting analyst temp", True),
    ("re: account manager contract renewal", False), ("re: supplier contract", False),
])
def test_a_reply_titled_with_a_post_and_its_terms_names_a_role(subject: str, named: bool) -> None:
    """An agency's thread is titled with the post and how it is held ("Payroll Analyst contract"); a contract's
    renewal under a title is a supplier's."""
    assert subject_names_role(subject) is named


@pytest.mark.parametrize("typed, read", [
    ("got ur cv thx, before i can put u fwd need a pic of ur ticket", "got your cv thanks, before i can put you forward need"
     " a pic of your ticket"),
    ("tmrw 7am walkthrough is off, still got u down for it", "tomorrow 7am walkthrough is off, still got you down for it"),
    ("r u free tues? ur booked in for 3pm b4 the others", "are you free tues? you're booked in for 3pm before the others"),
    ("a 3wk job for u if u want it", "a 3 week job for you if you want it"),
    ("went w/ a local, call w/o him", "went with a local, call without him"),
    # "u" is a word in Dutch and Afrikaans, and a preposition in Polish; addresses and the U.S. stay as written
    ("wij nodigen u uit. als u wilt, kunt u in ons kantoor langskomen", "wij nodigen u uit. als u wilt, kunt u in ons "
     "kantoor langskomen"),
    ("dankie vir u aansoek", "dankie vir u aansoek"), ("praca u nas w biurze", "praca u nas w biurze"),
    ("the u.s. office, see https://x.example/w/abc and hr@pls.example", "the u.s. office, see https://x.example/w/abc and "
     "hr@pls.example"),
])
def test_text_speak_is_read_as_the_words_it_stands_for(typed: str, read: str) -> None:
    assert expand(typed) == read


def test_a_search_firm_is_an_agency_and_a_research_firm_is_not() -> None:
    assert from_agency(parse(_m("Trent Gaither <trent@longhornsearch.example>", "Stackwell fri", "x\n")))
    assert not from_agency(parse(_m("Ana Ruiz <ana@bluefinresearch.example>", "survey", "x\n")))


def test_a_recorded_pitch_to_send_is_asked_as_a_test() -> None:
    scores, reasons = score("homework", "before we set up the role play can you send me a 2 min loom pitching mesa to a "
                                        "cfo? by weds if you can")
    assert "asks for an assessment or take-home" in reasons["assessment"]


PORTUGUESE = [
    ("recebemos-seu-curriculo", "application_ack", _m(
        "RH Editora Ventania <rh@editoraventania.example>", "Re: Candidatura - Designer Editorial",
        "Olá, Alex.\n\nRecebemos seu currículo e portfólio, obrigada. Estamos em fase de triagem e damos retorno em "
        "até duas semanas.\n\nAtt.,\nRH | Editora Ventania\n", quoted="Segue meu currículo para a vaga.")),
    ("conversar-sobre-a-vaga-me-fala-uns-dias", "interview_invitation", _m(
        "Caio Menes <caio@agenciabrasa.example>", "portfolio",
        "oi alex vi seu portfolio pela indicacao da lu. bora tomar um cafe aqui na agencia semana que vem pra gente "
        "conversar sobre a vaga de DA? me fala uns dias\n")),
    ("fechado-qui-as-15h", "interview_confirmation", _m(
        "Caio Menes <caio@agenciabrasa.example>", "Re: vaga de DA",
        "fechado qui 14 as 15h aqui na fidalga 512. chama no interfone\n", quoted="Pode ser quinta às 15h?")),
    ("seguiram-com-outro-perfil", "rejection", _m(
        "Camila Rocha <camila@ipetalentos.example>", "Re: Desafio Mercado Bambu",
        "Oi Alex, voltei com retorno do cliente: eles seguiram com outro perfil, mais voltado pra motion. Gostaram muito "
        "do seu desafio viu. Sigo com você no radar!\n", quoted="Enviei o desafio para a vaga de designer.")),
    ("quer-fechar-com-voce", "offer", _m(
        "Camila Rocha <camila@ipetalentos.example>", "Notícia boa!!!",
        "Alex!!! A Tinta Viva quer fechar com você para a vaga de designer de embalagem.\n\nO que eles me passaram:\n- "
        "PJ, R$ 9.500/mês\n- contrato de 12 meses\n- início 01/12\n\nMe dá um retorno até sexta?\n\nCamila\n")),
]


@pytest.mark.parametrize("subject, text, kind, reason", [
    # a Brazilian agency's test, and its move of a call
    ("desafio", "eles pediram um desafio: 3 peças da campanha. prazo: quarta 01/10 até 18h.", "assessment",
     "asks for an exercise or test (other languages)"),
    # a nurse's licensing exam, asked by the employer or its agency
    ("dha exam", "please book your dha prometric computer-based exam and sit it within 30 days.", "assessment",
     "asks for an assessment or take-home"),
    ("nmc", "kindly book your nmc cbt at pearson vue within 2 weeks po.", "assessment",
     "asks for an assessment or take-home"),
    # an agency's client asks for the user's day and time, and a locum agency offers to put the user forward
    ("client", "they are doing employer interviews this weekend. reply with your preferred day and time.",
     "interview_invitation", "asks when the user could talk"),
    ("kl roles", "may i have a call with you? please share a suitable time this week.", "interview_invitation",
     "asks when the user could talk"),
    ("shifts", "let me know which you fancy and i'll put you forward.", "company_reply",
     "asks to put the user forward to a client"),
    ("weekend", "i've got a practice in newport who've said yes to you for weekend cover - £240/day.", "offer",
     "hires the user ('can you start Monday?', 'you're hired')"),
    # a person's receipt that hands the CV on, and plain asks for a call
    ("re: office administrator", "got it, thanks! passing it to sheila who's doing the hiring.", "application_ack",
     "says the application was passed to the employer"),
    ("ops", "are you about for a 10 min call tomorrow or friday?", "interview_invitation", "asks when the user could talk"),
    ("josh", "would you be up for an informal chat over a coffee?", "interview_invitation",
     "asks when the user could talk"),
    ("your reel", "loved the pacing. wanna chat this week? i'll have ashby send you times", "interview_invitation",
     "asks when the user could talk"),
    ("exercise", "please record a 5-minute cold call opener (just you, talking to camera).", "assessment",
     "asks for an assessment or take-home"),    # a studio's test in other clothes, and a project's numbered meeting
    ("mini jam thing", "so instead of a boring test we do a tiny jam: make a toy around the word tides. 48h.",
     "assessment", "asks for an assessment or take-home"),
    ("progress meeting no. 34 - rescheduled", "please note the progress meeting is rescheduled to thursday 10:00.",
     "not_relevant", "is a recurring meeting"),
])
def test_reads_the_step_or_the_other_business_in_its_words(subject: str, text: str, kind: str, reason: str) -> None:
    assert reason in score(subject, text)[1].get(kind, []), score(subject, text)[1]


LOOK_ALIKES_2 = [
    ("a-hackathon-application-received", _m(
        "BuildAccra Hackathon <team@buildaccra.example>", "We received your hackathon application!",
        "Hi Alex,\n\nThanks for applying to BuildAccra Hackathon 2025 (Fintech Track)! We have received your "
        "application and your team.\n\nShortlisted teams will be notified by 29 August.\n\nBuildAccra Team\n")),
    ("a-certificate-verification-application", _m(
        "WAEC Verification <no-reply@waec-verify.example>", "Your certificate verification application has been received",
        "Dear ALEX MORGAN,\n\nYour application for certificate verification (WASSCE 2014) has been received and is "
        "being processed.\n\nReference: CV-2025-0731-88412\nStatus: Pending\n")),
]


CASES_2 = [
    # a postponement without a new date is no booking, though it names the old time
    ("an-interview-postponed-without-a-new-date", "cancellation", _m(
        "Tenvox Talent Acquisition <talent.acquisition@tenvoxtelecom.example>", "POSTPONEMENT OF INTERVIEW",
        "Dear Alex,\n\nWe regret to inform you that the interview scheduled for Tuesday, 26th August 2025 has been "
        "postponed due to the unavailability of the panel members.\n\nA new date will be communicated to you in due "
        "course. You remain on the shortlist for the role.\n\nHuman Resources\nTenvox Telecom\n")),
    # a case study's credit card attrition is no card application
    ("a-case-brief-about-credit-card-attrition", "assessment", _m(
        "Sophie Wong <sophie.wong@ardmorebay.example>", "Ardmore Bay - Case presentation brief",
        "Hi Alex,\n\nThank you for meeting Priscilla last week. We'd love you to progress to the final stage, which is "
        "a case presentation.\n\nAttached is a brief and a dataset from a retail bank looking to reduce credit card "
        "attrition. Please prepare a 20-minute presentation of your analysis. Please don't spend more than 6-8 hours on "
        "it.\n\nSophie\n")),
    # a sponsored visa's steps after the offer are the job's, their sentence read past GOV.UK
    ("a-certificate-of-sponsorship-and-the-visa-steps", "company_reply", _m(
        "Priya Natesan <priya.natesan@calderhill.nhs.example>", "Certificate of Sponsorship assigned - next steps",
        "Dear Alex\n\nGood news - your Certificate of Sponsorship (CoS) has now been assigned.\n\nNext steps:\n1. "
        "Complete the online visa application on GOV.UK using the CoS reference above\n2. Upload your OET result to "
        "the onboarding portal\n\nPlease let me know once you have submitted your visa application so we can plan "
        "your flight.\n\nPriya Natesan\nInternational Recruitment Coordinator\nCalderhill Teaching Hospitals\n")),
]


def test_an_hour_after_a_day_and_month_is_read_as_the_hour() -> None:
    """"tue 19 aug 2:30pm": "aug 2" is no date when ":30" follows."""
    ref = datetime(2025, 8, 14, 10, tzinfo=ZoneInfo("Asia/Singapore"))
    found = find_datetimes("come meet me directly. tue 19 aug 2:30pm at our office", ref, ZoneInfo("Asia/Singapore"))
    assert [f.start for f in found] == [datetime(2025, 8, 19, 14, 30, tzinfo=ZoneInfo("Asia/Singapore"))]


CASES_3 = [
    # a person's receipt that hands the CV on
    ("got-it-passing-it-to-the-hiring-manager", "application_ack", _m(
        "Rick Hale <rick@halewoodroofing.example>", "Re: Office Administrator",
        "Got it, thanks! Passing it to Sheila who's doing the hiring.\n\nRick Hale\nHalewood Roofing\n",
        quoted="Please find my resume attached for the Office Administrator job.")),
    # an agency's news that the client shortlisted the CV
    ("your-profile-shortlisted-by-our-client", "company_reply", _m(
        "Swathi Rao <swathi@pawanconsulting.example>", "Profile Shortlisted - Senior Data Analyst - Mausam Tech",
        "Dear Alex,\n\nWe are pleased to inform you that your profile has been shortlisted by our client Mausam Tech for "
        "the position of Senior Data Analyst. Client HR team will now review your profile internally and the further "
        "process details will be shared with you shortly.\n\nSwathi Rao\nRecruitment Consultant\n")),
    # a district's pool after a job fair's screening
    ("placed-in-the-candidate-pool-after-a-job-fair", "company_reply", _m(
        "Salt Flats Schools HR <hr-recruitment@saltflatsps.example>", "Candidate Pool Status",
        "Dear Alex Morgan,\n\nThank you for meeting with our team at the Spring Educator Job Fair on February 21.\n\nI am "
        "pleased to inform you that, based on your screening interview, you have been placed in the Salt Flats Public "
        "Schools candidate pool for Middle School Science.\n\nHuman Resources\n")),
    # an Italian search suspended, the candidacy kept
    ("la-ricerca-e-stata-sospesa", "company_reply", _m(
        "Rosaria Esposti <r.esposti@finocchiotrasporti.example>", "Aggiornamento sulla selezione - Analista Logistica",
        "Gentile Alex Morgan,\n\nA seguito di una revisione del budget, la ricerca è stata temporaneamente sospesa. La "
        "sua candidatura, che abbiamo apprezzato molto durante il colloquio, rimane attiva.\n\nRosaria Esposti\n")),
    # an agency asks for a short call; a site manager for an informal chat over a coffee
    ("are-you-about-for-a-10-min-call", "interview_invitation", _m(
        "Rhys Prior <rhys@wildmoorrecruitment.example>", "Operations Coordinator - Herefordshire",
        "Hi Alex, Rhys from Wildmoor here - you applied for the Operations Coordinator job we've got on.\n\nAre you "
        "about for a 10 min call tomorrow or Friday? Any time after 10 suits me.\n\nCheers\n")),
    ("up-for-an-informal-chat-over-a-coffee", "interview_invitation", _m(
        "Leanne Marr <leanne.marr@bunyacivil.example>", "Josh's mate - site engineer",
        "Hi Alex\n\nJosh passed on your CV for our site engineer role a couple of weeks ago, sorry it's taken me a "
        "while.\n\nWould you be up for an informal chat over a coffee? How's Thursday 2 April?\n\nLeanne\n")),
    # a head chef on a personal account, and a candidate "going for" the gig, which is no event
    ("a-head-chef-asks-for-a-trial-shift", "interview_invitation", _m(
        "Luca Ferro <luca.ferro.chef@gmail.com>", "trial shift - bight & barrel",
        "Hey Alex\n\nLuca here, head chef at the Bight & Barrel. Mel passed your CV on to me, says you're going for the "
        "floor supervisor gig.\n\nFancy doing a trial shift? Either this Saturday from 3 through to close, or Sunday "
        "lunch 11 till 3. Let me know which one works.\n\nCheers\n")),
    # a sales hire's recorded cold call
    ("record-a-cold-call-opener", "assessment", _m(
        "Renee Castle <renee@stackwise.example>", "Stackwise - cold call exercise",
        "Hi Alex,\n\nThanks for coming in Friday. Our last step before we make a decision is a short exercise we ask "
        "every AE finalist to do.\n\nPlease record a 5-minute cold call opener (just you, talking to camera) and upload "
        "it by Thursday.\n\nRenee\n")),
]


CASES_4 = [
    # Lotus Notes' tabbed header block starts the quoted history: the invitation below it is not this message's
    ("a-chambers-confirmation-over-a-lotus-notes-quote", "interview_confirmation", _m(
        "Birch Chambers <birch_chambers@nyed-courts.example>", "Re: Clerkship Interview",
        "This confirms your interview with Judge Birch on Monday, February 9, 2026 at 2:00 p.m.\n\nPlease arrive at "
        "the courthouse by 1:30 p.m. and report to chambers.\n\nChambers\n\n\n\nFrom:\tBirch Chambers/EDNY/US\nTo:\t"
        "alex.morgan@example.net\nDate:\t01/20/2026 11:04 AM\nSubject:\tClerkship\n\nJudge Birch would like to "
        "interview you. Please let us know your availability so we can schedule an interview.\n")),
    # a Gulf recruiter's receipt that asks a question without a question mark
    ("received-with-thanks-kindly-confirm-if", "company_reply", _m(
        "Rasha Haddan <rasha.haddan@alqudra-estates.example>", "RE: Primavera P6 practical test - next step",
        "Dear Alex,\n\nReceived with thanks.\n\nManagement is reviewing. Meanwhile kindly confirm if your 60 days notice "
        "can be reduced to 30 days.\n\nRegards,\n", quoted="Please find my completed practical test attached.")),
    # the steps after a Gulf employer's yes
    ("onboarding-visa-medical-and-emirates-id", "company_reply", _m(
        "Noura Al Shams <noura.alshams@khorsafa.example>", "Onboarding - visa, medical and Emirates ID",
        "Dear Alex,\n\nWelcome to Khor Safa! To start the employment visa transfer, kindly share your passport copy and "
        "attested degree certificate by 20 November.\n\nOur PRO will book your medical fitness test and Emirates ID "
        "biometrics after the entry permit is issued.\n\nRegards,\nNoura\nHR, Khor Safa Properties\n")),
    # a Belgian receipt for a fund accountant's post; an agency's package with a company car's lease budget
    ("thanks-for-applying-to-a-fund-accountant-role", "application_ack", _m(
        "Mosel Fund Services <no-reply@eu.greenhouse-mail.io>", "Thank you for applying to Mosel Fund Services",
        "Hi Alex,\n\nThanks for applying to Mosel Fund Services! Your application for the Senior Fund Accountant role "
        "in Luxembourg has been received.\n\nWe review every application personally.\n")),
    ("an-agencys-offer-with-a-company-car-lease-budget", "offer", _m(
        "Tom Raff <tom.raff@harrowfield-talent.example>", "They want you!!",
        "Alex!!\n\nJust off the phone with Karin - after last Thursday's panel Ostera want you on board. Verbal numbers, "
        "written contract to follow:\n\n- €5,150 gross/month x 13.92\n- Company car (€850 lease budget)\n- Start ASAP "
        "after your notice\n\nCall me tonight.\n\nTom\n")),
    # a French call-off said with a decline's courtesy, its sentence read past "M. Hanot"
    ("au-regret-de-vous-informer-que-la-rencontre-est-annulee", "cancellation", _m(
        "Service RH <rh@fonderies-hautrive.example>", "Annulation - rencontre avec M. Hanot ce mercredi",
        "Bonjour,\n\nJe suis au regret de vous informer que la rencontre prévue ce mercredi 29 octobre à 11h avec notre "
        "directeur général, M. Hanot, doit être annulée : il a dû se rendre en urgence chez un client.\n\nVotre "
        "candidature reste bien entendu d'actualité. M. Dufrasne vous recontactera dans les prochains jours.\n")),
    # a founder's freeze that ends the wait
    ("cant-keep-you-waiting-on-something-that-might-not-happen", "rejection", _m(
        "Theo Berger <theo@pixelmite.example>", "hard news",
        "alex,\n\nthe publisher deal we were counting on fell apart. so the gameplay role is frozen and i can't keep "
        "you waiting on something that might not happen. i'm really sorry, you were our pick.\n\ntheo\n")),
]


def test_a_recruiters_question_of_the_users_notice_is_not_the_users_own_job() -> None:
    raw = _m("Sophie Verstraete <sophie.verstraete@delvaux-serval.example>", "Quelques questions pratiques",
             "Bonjour Alex,\n\nEncore merci pour l'échange de jeudi dernier.\n\nAvant de finaliser notre réflexion, "
             "j'aurais besoin de quelques précisions :\n1. Quel est votre préavis actuel ? En cas de démission, vous seriez "
             "à 9 semaines selon la loi - pouvez-vous me le confirmer ?\n2. Vos attentes salariales en brut annuel.\n\n"
             "Sophie\n")
    assert "is about the user's own job (exit interview, reviews, internal meetings)" not in _read(raw).reasons


# Every kind-level case above, in one test: the lists group them by what they are about.
READ_AS = CASES + PORTUGUESE + CASES_2 + CASES_3 + CASES_4


@pytest.mark.parametrize("name, kind, raw", READ_AS, ids=_ids(READ_AS))
def test_reads_the_kind(name: str, kind: str, raw: bytes) -> None:
    _assert_read_as(raw, kind)


@pytest.mark.parametrize("name, raw", LOOK_ALIKES + LOOK_ALIKES_2, ids=_ids(LOOK_ALIKES + LOOK_ALIKES_2))
def test_look_alikes_stay_other_mail(name: str, raw: bytes) -> None:
    assert _read(raw).kind == "not_relevant", _read(raw).reasons
