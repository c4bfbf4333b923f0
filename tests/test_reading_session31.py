"""Session 31: general rules from fresh writer sets, each in invented words, with the look-alikes that share them."""

from __future__ import annotations

import pytest

from agent.classify import TERMS
from agent.demo.builder import mail
from tests.test_reading import SENT
from tests.test_reading_small_employers_and_closed_processes import _assert_read_as, _ids, _m, _read

# An offer said in one line after a call, with the terms or the letter to come: a person at the company, writing
# to the user alone, needs nothing more to make it one.
OFFERS_WITH_THEIR_TERMS = [
    ("a-sales-seat-with-base-and-ote", _m(
        "Drew Halvorsen <drew@tallowfin.example>", "good news!!",
        "alex!! marta + i want u on the team. we're offering the enterprise ae seat, 82 base / 164 ote, start 4/6. "
        "sam is sending the official letter thru docusign tonight\n\ncall me if u want to talk anything thru\n\ndrew\n")),
    ("a-contractor-rate-in-a-currency-code-and-a-start-date", _m(
        "Lia Gouveia <lia@estudiocorvo.example>", "Join us?",
        "Olá Alex,\n\nNuno and I talked all week about your test, it was exactly our tone.\n\nSo: we would love you to "
        "join the studio as our product designer. We can do a contractor agreement, EUR 3,100 per month for 32 hours "
        "a week, fully remote. Start 2 March if possible.\n\nTake a week to think, and call me with questions.\n\nLia\n")),
    ("a-monthly-package-in-dirhams", _m(
        "Omar Haddad <omar.haddad@qasrfm.example>", "Joining Qasr",
        "Dear Alex,\n\nAs discussed over the phone today, we would be glad for you to join Qasr as Operations Manager "
        "with a monthly package of AED 28,000 (basic 17,000, housing 8,000, transport 3,000) and family medical.\n\n"
        "Please confirm your acceptance so HR can issue the formal letter.\n\nRegards,\nOmar Haddad\n")),
    ("a-partner-says-welcome-and-the-letter-follows", _m(
        "Hugh Ashdown <h.ashdown@ashdownpryce.example>", "Welcome",
        "Alex - good to speak just now. Delighted you'll be joining us, subject to the usual. Petra will send the "
        "letter tomorrow. Any questions meanwhile, call me.\n\nHA\n")),
    ("a-spanish-yes-with-the-fixed-pay", _m(
        "Iñigo Salvatierra <inigo@rutalogica.example>", "Data Lead – buenas noticias",
        "¡Alex!\n\nTe lo confirmo también por aquí: te queremos en el equipo.\n\nMañana te llega de RRHH la propuesta "
        "formal con todo (lo que hablamos: 52k fijos + 10% de variable).\n\nIñigo\n")),
]


@pytest.mark.parametrize("name, raw", OFFERS_WITH_THEIR_TERMS, ids=_ids(OFFERS_WITH_THEIR_TERMS))
def test_an_offer_with_its_terms_from_a_person_at_the_company(name: str, raw: bytes) -> None:
    _assert_read_as(raw, "offer")


def test_a_dealers_offer_with_a_price_and_paperwork_is_no_job() -> None:
    """A guard: a car's price, a start and the paperwork to follow are terms, but of no job."""
    raw = _m("Rob Kelly <rob.kelly@kellymotors.example>", "Your Golf",
             "Hi Alex,\n\nGood to speak today. We'd be glad to offer you the Golf at EUR 24,000 with the winter tyres, "
             "and you could pick it up starting 3 March. The formal paperwork will follow.\n\nRob\n")
    assert _read(raw).kind == "not_relevant", _read(raw).reasons


@pytest.mark.parametrize("text", ["the start may be late this year", "starting in the market hall",
                                  "the letter from the council", "formal dress is expected", "a note to the team"])
def test_words_that_only_look_like_terms(text: str) -> None:
    assert TERMS.search(text) is None


def _bulk(frm: str, subject: str, body: str) -> bytes:
    """Mail sent as a list is: with its List-Unsubscribe header."""
    return mail(frm=frm, to="Alex Morgan <alex.morgan@example.net>", subject=subject, date=SENT, body=body,
                msgid="<s31@example.com>", headers={"List-Unsubscribe": "<https://example.com/unsubscribe>"})


_AGENCY_FOOTER = ("\n\nThe Tradehand team\n\nTradehand Ltd is an employment business. Registered in Scotland SC700001.\n"
                  "You're getting this because you have a Tradehand account. Unsubscribe: https://tradehand.example/u\n")

READ_AS = [
    # a staffing app's own mail: its footer says it is an employment business, whatever list headers it carries
    ("an-agency-app-asks-the-user-to-book-a-call", "interview_invitation", _bulk(
        "Tradehand <no-reply@notify.tradehand.example>", "You're verified - book your 10-minute call",
        "Hi Alex,\n\nGood news - your right to work check is approved.\n\nLast step before you go live: a quick video "
        "call with Morven, your consultant for Dundee. Pick a time that suits you:\nhttps://book.tradehand.example/morven"
        + _AGENCY_FOOTER)),
    ("an-agency-app-sets-a-skills-quiz", "assessment", _bulk(
        "Tradehand <no-reply@notify.tradehand.example>", "One last step: your site skills quiz",
        "Hi Alex,\n\nBefore we can offer you shifts, every tradesperson completes a short skills check: 25 questions on "
        "site safety and reading drawings. Pass mark 80%.\n\nStart it in the app under Profile > Skills." + _AGENCY_FOOTER)),
    ("an-agency-app-says-the-shift-went-to-another", "rejection", _bulk(
        "Tradehand <no-reply@notify.tradehand.example>", "Shift no longer available: Joiner - Lochee",
        "Hi Alex,\n\nSorry - the joiner shift in Lochee (Thu 6 Mar) has now been filled. The client confirmed another "
        "worker before your acceptance came through." + _AGENCY_FOOTER)),
    # a builder who needs a hand writes from a phone
    ("a-builder-needing-a-joiner", "interview_invitation", _m(
        "Tam Baird <baird.build@gmail.com>", "",
        "hi alex its tam baird, rory gave me your email says your looking. im needing a joiner for some kitchens round "
        "kirkintilloch. come by the job for a blether this week if your about, mornings are best\n\ntam\n")),
    # an agency tells of the client's call, then of its move
    ("the-client-is-ringing-tomorrow", "interview_confirmation", _m(
        "Shaz Patel <shaz@ironmillrecruitment.example>", "RE: 4 wk job Bradford",
        "Site manager wants a quick word first. Hes ringing you tomoz at 12 on your mobile, make sure you pick up. Name "
        "is Dean.\n\nShaz\n")),
    ("the-clients-call-moved", "reschedule", _m(
        "Shaz Patel <shaz@ironmillrecruitment.example>", "RE: 4 wk job Bradford",
        "Dean cant do today, he's got building control in. He'll ring you tomorrow (fri) at 2 instead. Sorry mate\n")),
    # a family firm with no room
    ("no-room-for-another-joiner", "rejection", _m(
        "Wull Gray <wull@grayjoinery.example>", "Re: Time-served joiner available",
        "Hi Alex\n\nThanks for your email and CV. We're a small outfit and there's no room for another joiner this "
        "year. I'll keep your details but I wouldn't want you waiting on us.\n\nWull Gray\n")),
    # a restaurant's task set to every candidate, its weekly open interviews, an agency's windows asked
    ("the-task-every-candidate-does", "assessment", _m(
        "Nell Ruiz <nell@saltandember.example>", "A little homework",
        "Hi Alex,\n\nNell here. I didn't want you waiting while I sort my calendar, so here's the piece we ask every "
        "bar manager candidate to do: a plan to bring pour cost from 25% to 21%. A page is plenty.\n\nNell\n")),
    ("open-interviews-every-tuesday", "interview_invitation", _m(
        "Rena Cole <rena@brinekitchen.example>", "Re: Application received: Bar Lead at Brine",
        "Hi Alex,\n\nThanks for applying! We hold open interviews every Tuesday from 2-5pm at Brine (40 Pike St). Just "
        "walk in with a copy of your resume and ask for me.\n\nRena Cole\nDirector of Operations\n")),
    ("an-agency-asks-for-windows", "interview_invitation", _m(
        "Kayla Moss <kayla@gildpourstaffing.example>", "THE ANCHOR wants to meet you!!",
        "Hi Alex!\n\nThe Anchor is hiring a Bar Supervisor and I sent your profile over yesterday. Their GM wants to "
        "meet you in person next week.\n\nCan you give me 2–3 windows Mon–Thu? Mornings are best for him.\n\nx Kayla\n")),
    # a bar's yes
    ("on-the-schedule-from-friday", "offer", _m(
        "Mack Doyle <mack.brassrail@gmail.com>", "Re: bartender job",
        "dee said u crushed it. if u want it ur on the schedule starting fri 7/18, thurs-sat nights. $6/hr + tips. need "
        "an answer by tues\n\nmack\n")),
    # an ATS's decline in its own words
    ("the-team-advanced-other-candidates", "rejection", _m(
        "Harrow Bio Careers <harrowbio@talent.icims.com>", "Update on your application - Clinical Trial Associate",
        "Dear Alex,\n\nThank you for completing the one-way video interview for the Clinical Trial Associate role.\n\n"
        "After reviewing all of the recorded interviews, the team has decided to advance candidates whose monitoring "
        "experience aligns more closely with the needs of the group. Your application for this requisition is now "
        "closed.\n\nSincerely,\nHarrow Bio Talent Acquisition\n")),
    # a hospitality board's word that the application went
    ("a-hospitality-board-sent-the-application", "application_ack", _bulk(
        "Culinary Agents <notifications@culinaryagents.com>", "Your application to Kettle & Oar has been sent",
        "Hi Alex,\n\nYour application for Bar Manager at Kettle & Oar (Logan Square, Chicago) has been sent!\n\nThe "
        "hiring team will review your profile and reach out through Culinary Agents messages or by email.")),
    # a US hire's paperwork before day one
    ("the-w4-and-i9-before-day-one", "company_reply", _m(
        "Ruby Lang <ruby@lanternhall.example>", "Welcome to Lantern Hall! + paperwork",
        "Hi Alex!\n\nWelcome to the bar lead role, officially! A few housekeeping things: you'll get an invite today to "
        "set up direct deposit, "
        "your W-4 and I-9. Please bring your ID documents so we can finish the I-9.\n\nRuby\n")),
    # Nordic mail
    ("a-norwegian-agency-says-it-was-not-to-be", "rejection", _m(
        "Sigrid Moe <sigrid@moerekruttering.example>", "Tilbakemelding fra kunden",
        "Hei Alex,\n\nJeg har fått endelig tilbakemelding fra kunden, og det ble dessverre ikke det vi håpet på. De gikk "
        "for en kandidat de allerede hadde i prosess.\n\nHilsen Sigrid\n")),
    ("a-danish-studio-wants-the-user-on-the-team", "offer", _m(
        "Ida Krogh <ida@krogogstrand.example>", "Holdet",
        "Kære Alex\n\nTusind tak for en god eftermiddag i studiet. Vi vil rigtig gerne have dig med på holdet!\n\n"
        "– Stilling: Produktdesigner\n– Løn: 45.000 kr. om måneden\n– Start 1. marts\n\nKh Ida\n")),
    ("a-swedish-design-exercise", "assessment", _m(
        "Lova Berg <lova.berg@granholmbanken.example>", "Designövning inför nästa steg",
        "Hej Alex,\n\nTack för ett trevligt samtal i torsdags! Nästa steg är en mindre designövning: hur ser flödet ut när "
        "en kund spärrar sitt kort i appen? Lägg max en arbetsdag på det.\n\nLova\n")),
    ("a-norwegian-invitation-to-talk", "interview_invitation", _m(
        "Kari Lunde <kari.lunde@nordvikmedia.example>", "Produktdesigner – en prat?",
        "Hei Alex!\n\nVi har lest søknaden din med stor interesse. Har du tid til en digital samtale på ca. 45 minutter "
        "i uke 40? Velg et tidspunkt her: https://nordvikmedia.example/book\n\nKari Lunde\nRekrutteringsrådgiver\n")),
    ("a-norwegian-interview-called-off", "cancellation", _m(
        "Sigrid Moe <sigrid@moerekruttering.example>", "SV: Intervju tirsdag kl. 10.00",
        "Hei Alex,\n\nKunden har dessverre måttet avlyse intervjuet i morgen - produktsjefen er syk. De er fortsatt "
        "interessert og kommer tilbake med nytt tidspunkt.\n\nSigrid\n")),
]


LOOK_ALIKES = [
    # a college's receipt for a course named as such
    ("a-college-course-application-received", _m(
        "Admissions <admissions@eastforthcollege.example>", "We've received your application - HNC Quantity Surveying",
        "Dear Alex\n\nApplication reference: EFC-25-0912\nCourse: HNC Quantity Surveying (Part-time, evening)\nStart "
        "date: 1 September 2025\n\nThank you for applying to East Forth College. We have received your application. "
        "The course team will review it and invite you to an informal chat with the course leader.\n")),
    # a festival's volunteers sign up as stewards
    ("a-festival-volunteer-sign-up", _m(
        "Volunteers <volunteers@loughfest.example>", "Thanks for signing up!",
        "Hi Alex,\n\nThanks for signing up to Loughfest as a volunteer steward! Your first shift is Saturday 9 August, "
        "12:00-18:00, at the main gate. We'll send your wristband next week.\n\nThe Loughfest team\n")),
]


# The second batch's rules: care, salons, a data scientist's search, warehouses in Germany and the Netherlands.
READ_AS_2 = [
    # a council's panel in its town hall is no all-hands meeting of the user's own job
    ("interviews-at-the-town-hall", "interview_invitation", _m(
        "Recruitment <noreply-recruitment@kelbridge.gov.example>", "Invitation to interview - Reablement Worker (RW0311)",
        "Dear Alex,\n\nFollowing shortlisting, I am pleased to invite you to interview for the post of Reablement Worker "
        "(RW0311).\n\nInterviews will take place at Kelbridge Town Hall on Tuesday 8 and Wednesday 9 April 2025. Please "
        "choose a time using the link below.\n")),
    # a small business owner says who they need, with no job word
    ("a-salon-owner-needs-a-senior", "interview_invitation", _m(
        "Nico Ferro <nico@bottegacapelli.example>", "Caffè?",
        "Ciao Alex,\n\nI am Nico, owner of Bottega Capelli in Brunswick street. I am looking for one senior person for my "
        "salon, we are small, very good clients. I would like to meet you for a coffee to talk about the salon and about "
        "you. When you are free?\n\nNico\n")),
    ("a-care-home-has-posts-going", "interview_invitation", _m(
        "Bev Aldridge <bev.aldridge@thornleahouse.example>", "Sunita's friend",
        "hi alex its bev the manager at thornlea house, sunita gave me your email hope thats ok. we have 2 day posts "
        "going. would you like to come in for a cuppa and a look round? let me know what days suit\n\nbev\n")),
    # German, Dutch and Polish
    ("a-german-aptitude-test-with-its-condition", "assessment", _m(
        "Karriere <karriere-noreply@successfactors.eu>", "Nächster Schritt: Online-Eignungstest für Ihre Bewerbung",
        "Sehr geehrte(r) Alex Morgan,\n\nals nächsten Schritt im Auswahlverfahren bitten wir Sie, einen kurzen "
        "Online-Eignungstest zu absolvieren. Bitte schließen Sie den Test bis Sonntag ab. Nicht abgeschlossene Tests "
        "können wir leider nicht berücksichtigen.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team\n")),
    ("a-german-agency-missed-the-user-by-phone", "interview_invitation", _m(
        "Ola Kowalczyk <o.kowalczyk@taktwerk-personal.example>", "Kennenlernen Taktwerk Bochum",
        "Hallo Alex,\n\ndanke für deine Bewerbung, ich habe gerade versucht dich anzurufen aber leider nicht erreicht.\n\n"
        "Ich möchte dich gerne in unsere Niederlassung einladen für ein kurzes Kennenlernen (ca. 30 min). Wann passt dir "
        "diese oder nächste Woche?\n\nOla\n")),
    ("a-dutch-forklift-practical", "assessment", _m(
        "Opleidingen <opleidingen@flexpoort.example>", "Praktijktest heftruck – do 17 april 08:00",
        "Beste Alex Morgan,\n\nVia je intercedent ben je aangemeld voor een praktijktest heftruck. Deze test is "
        "verplicht voordat we je kunnen voorstellen bij onze opdrachtgevers.\n\nDatum: donderdag 17 april 2025\n")),
    ("a-dutch-manager-asks-the-user-to-come-by", "interview_invitation", _m(
        "Joost de Wit <j.dewit@kadeloods.example>", "Kennismaken?",
        "Hoi Alex,\n\nJoost hier, operationeel manager bij Kadeloods. Ik heb je cv gelezen. Zou je een keer langs willen "
        "komen om kennis te maken? Laat maar weten welke dagen je kunt.\n\nJoost\n")),
    ("a-dutch-yes", "offer", _m(
        "Joost de Wit <j.dewit@kadeloods.example>", "goed nieuws",
        "Hoi Alex, de praktijkdag ging prima. We willen je graag aan boord als teamleider! Sanne stuurt deze week de "
        "voorwaarden.\nJoost\n")),
    ("a-polish-agency-asks-for-a-call", "interview_invitation", _m(
        "Ewa Zielińska <e.zielinska@brugwerk.example>", "Rozmowa – Heftruckchauffeur Tilburg",
        "Cześć Alex,\n\ndziękuję za zgłoszenie przez aplikację. Chciałabym umówić się z Tobą na krótką rozmowę "
        "telefoniczną (ok. 20 minut). Pasuje Ci czwartek albo piątek?\n\nEwa\n")),
    ("a-polish-agency-moves-the-call", "reschedule", _m(
        "Ewa Zielińska <e.zielinska@brugwerk.example>", "Re: Rozmowa – Heftruckchauffeur Tilburg",
        "Hej Alex, przepraszam, ale muszę przesunąć naszą rozmowę z czwartku 10:00 na piątek 4.04 o 13:00. Zadzwonię "
        "na ten sam numer.\nEwa\n")),
]


LOOK_ALIKES_2 = [
    # an assessor's observation for a care qualification, moved
    ("an-nvq-observation-moved", _m(
        "Lorna Beck <lorna.beck@northgatetraining.example>", "RE: Level 3 Diploma – observation booked",
        "Hi Alex,\n\nSorry to do this at short notice - I need to move your observation. I've rebooked it for Thursday "
        "6th, 8am, same client.\n\nLorna\n")),
    # the user's own company's town hall stays the user's own job
    ("the-companys-town-hall", _m(
        "Internal Comms <comms@brightquay.example>", "Q3 town hall - slides and recording",
        "Hi all,\n\nThanks for joining the Q3 town hall. The slides and the recording are on the intranet.\n")),
]


# The third batch's rules: Korean hiring mail, European Portuguese, a residency's cohort, households hiring help.
READ_AS_3 = [
    ("a-korean-receipt", "application_ack", _m(
        "채용팀 <no-reply@recruit.haneulcosmetics.example>", "[하늘코스메틱] 입사지원이 정상적으로 접수되었습니다",
        "안녕하세요, Alex Morgan님.\n\n하늘코스메틱에 지원해 주셔서 감사드립니다.\n지원하신 내역은 아래와 같이 정상적으로 "
        "접수되었습니다.\n\n■ 지원 공고: 브랜드 마케팅 매니저\n")),
    ("a-korean-assignment", "assessment", _m(
        "김서윤 <seoyun.kim@haneulcosmetics.example>", "[하늘코스메틱] 실무 과제 안내",
        "Alex Morgan님, 안녕하세요.\n하늘코스메틱 인사팀 김서윤입니다.\n\n실무 과제를 아래와 같이 전달드립니다.\n\n1. 과제 주제: "
        "신제품 론칭 90일 마케팅 플랜\n2. 제출 기한: 9월 5일(금) 18시\n")),
    ("a-korean-interview-notice", "interview_confirmation", _m(
        "김서윤 <seoyun.kim@haneulcosmetics.example>", "[하늘코스메틱] 1차 면접 일정 안내",
        "Alex Morgan님, 안녕하세요.\n\n1차 면접 일정을 아래와 같이 안내드립니다.\n\n  - 일시: 2025년 9월 9일(화) 오후 2시\n"
        "  - 장소: 본사 5층 회의실\n")),
    ("a-korean-interview-called-off", "cancellation", _m(
        "채용팀 <recruit@sorainteractive.example>", "[소라인터랙티브] 1차 면접 일정 취소 안내",
        "Alex Morgan님, 안녕하세요.\n\n내일 15시로 예정되어 있던 1차 면접이 내부 사정으로 인해 부득이하게 취소되었음을 "
        "안내드립니다.\n새로운 면접 일정은 다시 안내해 드리겠습니다.\n")),
    ("a-korean-decline", "rejection", _m(
        "채용팀 <recruit@sorainteractive.example>", "[소라인터랙티브] 1차 면접 결과 안내",
        "Alex Morgan님, 안녕하세요.\n\n1차 면접에 참석해 주셔서 감사합니다.\n다만 신중한 논의 끝에, 아쉽지만 이번 채용에서는 "
        "다음 전형으로 모시지 못하게 되었습니다.\n")),
    ("a-korean-screening-passed", "company_reply", _m(
        "김서윤 <seoyun.kim@haneulcosmetics.example>", "[하늘코스메틱] 서류전형 결과 안내",
        "Alex Morgan님, 안녕하세요.\n\n서류전형 검토 결과, 서류전형에 합격하셨음을 기쁜 마음으로 안내드립니다.\n이후 전형은 "
        "실무 과제 → 1차 면접 → 처우 협의 순으로 진행될 예정입니다.\n")),
    # European Portuguese
    ("a-portuguese-case-for-every-candidate", "assessment", _m(
        "Inês Lacerda <ines.lacerda@farmaporto.example>", "Caso prático – Analista de Planeamento",
        "Olá Alex,\n\nSou a recrutadora responsável pelo processo. Antes de avançarmos para entrevista, pedimos a todos os "
        "candidatos que resolvam um pequeno caso prático. O prazo é sexta-feira.\n\nInês\n")),
    ("a-portuguese-agency-says-the-client-went-elsewhere", "rejection", _m(
        "Tiago Sousa <tiago.sousa@marelatalent.example>", "Re: Analista de Logística (cliente retalho)",
        "Olá Alex, tive feedback do cliente: optaram por avançar com um perfil com mais experiência em SAP. Fica para a "
        "próxima!\n\nAbraço,\nTiago\n")),
    ("a-portuguese-invitation-to-come-by", "interview_invitation", _m(
        "Marta Reis <marta.reis@transnorte.example>", "Candidatura – Analista de Logística",
        "Olá Alex,\n\nObrigada pela sua candidatura. Seria possível passar cá pelas nossas instalações na Maia para "
        "conhecer o nosso Diretor de Operações? Diga-me que dias lhe dão jeito.\n\nMarta\n")),
    # a residency's decline, a former manager brought back, a stage's dates asked
    ("the-cohort-is-full", "rejection", _m(
        "Dana Pruitt <dana.pruitt@cedarbrookhealth.example>", "Nurse Residency - Summer 2025",
        "Hi Alex,\n\nI wanted to let you know personally that the Summer 2025 Nurse Residency cohort is full. We filled "
        "all 38 positions from our first interview days.\n\nDana\n")),
    ("a-former-manager-brought-back", "rejection", _m(
        "Wes Harlan <wes@copperandrye.example>", "Re: Copper & Rye - Bar Manager",
        "Alex,\n\nAs promised, an update. In the end we've decided to bring back Marla, who ran our bar for five years, as "
        "our Bar Manager. I wanted you to hear it from me directly.\n\nWes Harlan\nOwner\n")),
    ("a-stage-and-its-dates-asked", "interview_invitation", _m(
        "Priya Shah <priya@osteriacanto.example>", "Osteria Canto - next step (stage!)",
        "Hi Alex!\n\nThe next step is a stage with our GM: a working shift behind the bar during service, then a "
        "sit-down. Could you send me a few Fridays or Saturdays over the next two weeks that work for you?\n\nPriya\n")),
    # a household hiring help
    ("a-household-looking-for-a-cleaner", "interview_invitation", _m(
        "Fiona Daly <fiona.daly71@gmail.com>", "Cleaning - Ashgrove Road",
        "Hi Alex,\n\nMy neighbour gave me your email. I'm looking for someone for about 3 hours a week, it's a 4 bed "
        "house. Would you be able to come round some evening to see the house and have a chat? Whatever suits you.\n\n"
        "Thanks,\nFiona\n")),
    # someone's apartment is no application for one
    ("an-apartment-the-company-cleans", "interview_invitation", _m(
        "Nora Quinn <nora@brightdeskcleaning.example>", "Re: Evening cleaner",
        "Hi Alex,\n\nThanks for applying for the evening cleaner job. The apartments we clean are in Ballsbridge. Could "
        "you come in for a short chat on Tuesday at 6pm?\n\nNora\nSupervisor, Brightdesk Cleaning\n")),
]


LOOK_ALIKES_3 = [
    # a magazine's interview about the user's campaign, in Korean
    ("a-korean-press-interview", _m(
        "이지원 <jiwon.lee@bizfoodmag.example>", "[인터뷰 요청] 캠페인 관련",
        "Alex Morgan 매니저님, 안녕하세요.\n푸드비즈 매거진 이지원 기자입니다.\n\n12월호 기획 기사에 소개하고자 연락드렸습니다. "
        "30분 정도 인터뷰를 진행할 수 있을지 여쭙고 싶습니다.\n\n  - 희망 일정: 12월 2일(화) ~ 4일(목) 중 편하신 시간\n")),
    # a research team's interview, paid in vouchers
    ("a-research-interview-with-a-voucher", _m(
        "Fenno Research <research@fenno.example>", "Alex, can we interview you? €30 thank-you voucher",
        "Hi Alex,\n\nWould you join a 30-minute video interview with someone from our team about how you manage your "
        "money? As a thank you, you'll receive a €30 voucher.\n\nPick a time that suits you: https://fenno.example/book\n")),
    # a volunteer's place accepted, in Portuguese
    ("a-portuguese-volunteer-place", _m(
        "Voluntariado <voluntariado@bancosolidario.example>", "A sua candidatura a voluntário foi aceite",
        "Olá Alex,\n\nObrigada pela sua candidatura a voluntário na Campanha de Natal! A sua candidatura foi aceite e "
        "ficou atribuído ao turno de sábado, 13 de dezembro, das 09h00 às 13h00.\n")),
]


# One test per question over the three batches' lists (the same cases, each list kept beside its batch's comment).
ALL_READ_AS = READ_AS + READ_AS_2 + READ_AS_3
ALL_LOOK_ALIKES = LOOK_ALIKES + LOOK_ALIKES_2 + LOOK_ALIKES_3


@pytest.mark.parametrize("name, kind, raw", ALL_READ_AS, ids=_ids(ALL_READ_AS))
def test_reads_the_kind(name: str, kind: str, raw: bytes) -> None:
    _assert_read_as(raw, kind)


@pytest.mark.parametrize("name, raw", ALL_LOOK_ALIKES, ids=_ids(ALL_LOOK_ALIKES))
def test_look_alikes_stay_other_mail(name: str, raw: bytes) -> None:
    assert _read(raw).kind == "not_relevant", _read(raw).reasons
