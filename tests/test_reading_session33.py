"""Session 33: general rules from fresh writer sets (Czech, Ukrainian, Thai, chatbot hiring, an academic market),
each tested here in invented words, with the look-alikes that share them."""

from __future__ import annotations

import pytest

from agent.classify import as_read
from agent.demo.builder import mail
from agent.facts import company_of as extract_company
from agent.features import decide, score
from agent.parse import parse, split_text
from tests.test_reading import SENT
from tests.test_reading_small_employers_and_closed_processes import _assert_read_as, _ids, _m, _read

READ_AS = [
    # a hiring assistant's day-of note names no step but the interview itself
    ("a-hiring-assistant-s-interview-is-today", "interview_confirmation", _m(
        "Rosa at Mesquite Grill <mesquitegrill@paradox.ai>", "Your interview is today!",
        "Hi Alex! Your interview is TODAY\n\nCrew Trainer interview with Marcus\nToday, Tue Mar 3 at 11:00 AM\n"
        "Mesquite Grill #48, 2210 Bandera Rd\n\nRunning late? Reply LATE.\n\n- Rosa\n")),
    # the employer's own "filled ... no longer accepting applications" is a decline, not a board's notice
    ("the-employer-filled-it-and-takes-no-more-applications", "rejection", _m(
        "Pinecrest Fitness Careers <careers@pinecrestfit.example>", "Front Desk Associate - Pinecrest Fitness",
        "Hi Alex,\n\nThank you for your interest in the Front Desk Associate position at Pinecrest Fitness. We have "
        "filled this position and are no longer accepting applications for it.\n\nWe will keep your application on "
        "file for six months.\n\nPinecrest Fitness Careers\n")),
    # an assessment's score passed on is news of the candidacy, not a test to take
    ("an-agency-passes-on-the-assessment-score", "company_reply", _m(
        "Kayla Dunn <kdunn@saguarostaffing.example>", "Re: Forklift operator - Goodyear",
        "Hey! The client has your profile and your assessment score (88%, nice!!). They're deciding between you and "
        "one other person, should hear back Thursday.\n\nKayla\n", quoted="Any news on the forklift job?")),
    # a small employer's yes on the post's place, with its pay
    ("we-d-love-to-have-you-on-the-front-desk", "offer", _m(
        "Jo Ramirez <jo.ridgelinegym@gmail.com>", "Re: Ridgeline - Saturday",
        "Alex! Great meeting you Saturday. We'd love to have you on the front desk. 20-25 hrs/wk, $16/hr plus a free "
        "membership. Let me know if you're in and I'll send the paperwork.\n\nJo\n",
        quoted="Thanks for the chat about the front desk job today!")),
    # a college's decline in its own words
    ("not-among-those-shortlisted", "rejection", _m(
        "The Warden's Office <warden@stcuthberts.example>", "Research Fellowship in Economic History",
        "Dear Dr Morgan,\n\nThe electors met last week to draw up a shortlist for the Research Fellowship in Economic "
        "History. I am sorry to tell you that your application was not among those shortlisted.\n\nWith all good "
        "wishes,\n\nMargaret Hale\nWarden\n")),
    # a verbal offer's heads-up, and a founder's "walk you through an offer"
    ("the-provost-would-like-to-speak-about-an-offer", "offer", _m(
        "Peter Vance <pvance@hollinsford.example>", "Tomorrow?",
        "Alex -- are you free for a call tomorrow at 10? Our Dean would like to speak with you about an offer. The "
        "committee's vote was unanimous.\n\nPeter\n")),
    ("walk-you-through-an-offer", "offer", _m(
        "Mia Storch <mia@ledgerwise.example>", "Quick call tomorrow?",
        "Hi Alex,\n\nDo you have 20 minutes tomorrow? I have good news and I'd like to walk you through an offer.\n\n"
        "Anything between 9 and 12 ET works.\n\nMia\n")),
    # a strike or a closure: the interviews cannot go ahead, no new date yet
    ("interviews-cannot-go-ahead-no-new-date", "cancellation", _m(
        "Dr Ruth Kell <r.kell@fenbridge.example>", "RE: Invitation to interview - Lecturer in Law",
        "Dear Dr Morgan,\n\nI am very sorry to write with this news. Because of industrial action, interviews for the "
        "Lecturer in Law post scheduled for Thursday 19 March cannot go ahead, and this includes your own interview. "
        "We intend to complete the appointment but I cannot yet give you a new date.\n\nRuth Kell\n",
        quoted="I confirm I can attend on 19 March.")),
    # a letter that invites to attend on a day and hour is the booking
    ("invited-to-attend-an-interview-on-a-day-at-an-hour", "interview_confirmation", _m(
        "Recruitment <recruitment@tamworthuni.example>", "Invitation to Interview - Lecturer in Geography",
        "Dear Dr Morgan\n\nI am pleased to inform you that you have been shortlisted for the above post and I would "
        "like to invite you to attend an interview on Tuesday 24 March 2026 at 10:30 am (GMT) via Teams.\n\n"
        "Yours sincerely\n\nKate Price\nPeople Services\n")),
    # a US store manager in Spanish, on a personal account, signing with her title
    ("es-a-store-manager-asks-to-come-and-talk", "interview_invitation", _m(
        "Lupita Garza <lupita.garza.tq@gmail.com>", "Aplicación para cajero(a) - Taquería La Nopalera",
        "Hola Alex,\n\nVi tu aplicación en Indeed para cajero(a). ¿Puedes pasar a platicar el martes o el jueves entre "
        "2 y 4? Son 10 minutos nada más.\n\nLupita Garza\nGerente - Taquería La Nopalera #2\n")),
    ("es-the-manager-gave-the-job-to-someone-else", "rejection", _m(
        "Lupita Garza <lupita.garza.tq@gmail.com>", "Re: Aplicación para cajero(a) - Taquería La Nopalera",
        "Hola Alex,\n\nGracias por venir. Te aviso que ya le dimos el puesto a un muchacho que ya conocía la caja. Si "
        "se abre algo te marco.\n\nLupita\nGerente - Taquería La Nopalera #2\n",
        quoted="Gracias Lupita, ¿hay noticias del puesto de cajero?")),
    # Czech, as portals, firms and owners write it
    ("cs-a-portal-confirms-the-answer-to-an-advert", "application_ack", _m(
        "Lipno Trans s.r.o. <noreply@teamio.com>", "Potvrzení přijetí Vaší odpovědi – Dispečer/ka",
        "Dobrý den, pane Morgane,\n\nděkujeme za Váš zájem o pozici Dispečer/ka ve společnosti Lipno Trans s.r.o. Vaši "
        "odpověď jsme v pořádku přijali a podklady nyní projde naše personální oddělení.\n\nS pozdravem\nLipno Trans\n")),
    ("cs-we-would-like-to-meet-you", "interview_invitation", _m(
        "Jana Kolářová <jana.kolarova@lipnotrans.example>", "Dispečer/ka – osobní setkání",
        "Dobrý den, pane Morgane,\n\nVáš životopis zaujal vedoucího dopravy a rádi bychom se s Vámi potkali osobně u "
        "nás v Českých Budějovicích. Mohl byste mi prosím poslat 2–3 termíny, které by Vám vyhovovaly příští týden?\n\n"
        "Děkuji\nJana Kolářová\nHR specialistka\n")),
    ("cs-i-confirm-tuesday", "interview_confirmation", _m(
        "Jana Kolářová <jana.kolarova@lipnotrans.example>", "RE: Dispečer/ka – osobní setkání",
        "Dobrý den, pane Morgane,\n\nvýborně, potvrzuji úterý 17. 3. v 10:00 u nás v kanceláři, Husova 12, 1. patro.\n\n"
        "S pozdravem\nJana Kolářová\n", quoted="Mohu v úterý 17. 3. dopoledne.")),
    ("cs-a-meeting-called-off-from-a-phone", "cancellation", _m(
        "Jana Kolářová <jana.kolarova@lipnotrans.example>", "RE: Dispečer/ka – osobní setkání",
        "Dobry vecer pane Morgane,\nomlouvam se, ale zitrejsi schuzku v 10:00 musim zrusit, jsem nemocna. Ozvu se Vam "
        "hned jak budu zpet a domluvime se znovu.\nJ. Kolarova\n", quoted="Děkuji, v úterý v 10:00 budu.")),
    ("cs-we-chose-other-candidates", "rejection", _m(
        "Lipno Trans s.r.o. <noreply@teamio.com>", "Vaše odpověď na inzerát Dispečer/ka",
        "Dobrý den, pane Morgane,\n\nděkujeme za Váš zájem o pozici Dispečer/ka. Po pečlivém zvážení jsme se rozhodli "
        "pokračovat s kandidáty, jejichž zkušenosti více odpovídají potřebám našeho týmu.\n\nPřejeme mnoho úspěchů.\n")),
    ("cs-an-offer-of-the-post", "offer", _m(
        "Jana Kolářová <jana.kolarova@lipnotrans.example>", "Nabídka pracovní pozice – Dispečer/ka",
        "Vážený pane Morgane,\n\ns potěšením Vám oznamuji, že jste byl úspěšný ve výběrovém řízení, a jménem společnosti "
        "Vám nabízím pozici Dispečer/ka.\n\n– mzda: 48 000 Kč hrubého měsíčně\n– nástup: 1. 5. 2026\n\nProsím o "
        "odpověď do 10. 4.\n\nJana Kolářová\n")),
    # Ukrainian (and an older recruiter's Russian), as IT recruiters write it
    ("uk-a-recruiter-invites-to-a-first-call", "interview_invitation", _m(
        "Оксана Гринь <oksana.hryn@karpatysoft.example>", "Karpaty Soft | QA Engineer",
        "Олександре, добрий день!\n\nДякую за відгук на нашу вакансію QA Engineer. Хочу запросити вас на першу "
        "розмову — хвилин 30. Напишіть, будь ласка, коли вам зручно цього тижня?\n\nЗ повагою,\nОксана\nIT Recruiter\n")),
    ("uk-let-us-move-it-to-friday", "reschedule", _m(
        "Оксана Гринь <oksana.hryn@karpatysoft.example>", "Re: Karpaty Soft | QA Engineer",
        "Олександре, доброго ранку!\nУ нашого QA Lead немає світла по графіку 😔 Давайте перенесемо на п'ятницю, на ту ж "
        "годину — 11:00?\nВибачте!\n\nОксана\n", quoted="Дякую, четвер об 11:00 підходить.")),
    ("uk-not-ready-to-move-on", "rejection", _m(
        "Оксана Гринь <oksana.hryn@karpatysoft.example>", "Karpaty Soft — фідбек за результатами співбесіди",
        "Олександре, добрий день!\n\nДякуємо за час на співбесіді. На жаль, ми вирішили продовжити з кандидатом, у якого "
        "більше досвіду з мобільною автоматизацією.\n\nУспіхів у пошуку!\n\nОксана\n")),
    ("uk-an-offer-from-the-company", "offer", _m(
        "Оксана Гринь <oksana.hryn@karpatysoft.example>", "Офер від Karpaty Soft 🎉",
        "Олександре, доброго ранку!\n\nМаю для вас чудові новини 🎉 Ми раді запропонувати вам позицію QA Engineer у "
        "Karpaty Soft!\n\n• $2 800 на місяць\n• віддалено\n• старт — з 1 квітня\n\nДетальний офер — у PDF.\n\nОксана\n")),
    ("ru-the-client-called-the-interview-off", "cancellation", _m(
        "Ирина Лаптева <i.lapteva@stafflink.example>", "RE: Вакансия QA Engineer (Java)",
        "Александр, добрый день.\n\nК сожалению, вынуждена сообщить: сегодняшнее интервью в 16:00 клиент отменил — у них "
        "срочный релиз. Новую дату пока не назвали.\n\nС уважением,\nИрина Лаптева\nСтарший рекрутер\n",
        quoted="Добрый день, подтверждаю интервью сегодня в 16:00.")),
    # Thai, as factories and agencies write it: no spaces between its words
    ("th-a-factory-invites-and-asks-for-a-day", "interview_invitation", _m(
        "Kanya S. <kanya.s@siamgear.example>", "เชิญสัมภาษณ์งาน ตำแหน่ง Maintenance Engineer",
        "เรียน คุณ Alex\n\nทางบริษัทฯ ได้พิจารณาใบสมัครของคุณ Alex แล้ว และขอเรียนเชิญสัมภาษณ์ตำแหน่ง Maintenance Engineer\n"
        "รบกวนแจ้งวันที่สะดวกในสัปดาห์หน้านะคะ\n\nขอแสดงความนับถือ\nกัญญา\n")),
    ("th-the-interview-is-confirmed", "interview_confirmation", _m(
        "Kanya S. <kanya.s@siamgear.example>", "RE: เชิญสัมภาษณ์งาน ตำแหน่ง Maintenance Engineer",
        "เรียน คุณ Alex\n\nขอยืนยันนัดสัมภาษณ์ตำแหน่ง Maintenance Engineer ค่ะ\n\nวันที่ : วันพุธที่ 15 เมษายน 2569\n"
        "เวลา : 10.00 น.\n\nกัญญา\n", quoted="ผมสะดวกวันพุธที่ 15 เมษายน ช่วงเช้าครับ")),
    ("th-the-interview-is-put-off", "reschedule", _m(
        "Kanya S. <kanya.s@siamgear.example>", "RE: เชิญสัมภาษณ์งาน ตำแหน่ง Maintenance Engineer",
        "เรียน คุณ Alex\n\nขออภัยค่ะ ผู้จัดการโรงงานต้องเดินทางด่วน จึงขอเลื่อนการสัมภาษณ์วันพุธที่ 15 เม.ย. ออกไปก่อน "
        "รบกวนแจ้งวันที่สะดวกหลังสงกรานต์นะคะ\n\nกัญญา\n", quoted="ขอบคุณครับ วันพุธ 10.00 น. ครับ")),
    ("th-another-candidate-was-chosen", "rejection", _m(
        "Kanya S. <kanya.s@siamgear.example>", "ผลการพิจารณา ตำแหน่ง Maintenance Engineer",
        "เรียน คุณ Alex\n\nบริษัทฯ ได้พิจารณาผู้สมัครท่านอื่นที่มีคุณสมบัติตรงกับความต้องการมากกว่า จึงขอยุติการพิจารณาใบสมัครของคุณ "
        "Alex ค่ะ\n\nขอบคุณที่ให้ความสนใจ\nกัญญา\n")),
    # Romanian, with its two spellings of ș and ț and without accents
    ("ro-a-bank-confirms-the-application", "application_ack", _m(
        "Recrutare Banca Someș <recrutare@bancasomes.example>", "Confirmare primire aplicație - Analist Suport IT",
        "Stimate domnule Morgan,\n\nVă confirmăm primirea aplicaţiei dumneavoastră pentru poziţia Analist Suport IT "
        "(Cluj-Napoca). Candidaturile sunt analizate de echipa de Recrutare.\n\nCu stimă,\nEchipa de Recrutare\n")),
    ("ro-invited-to-an-interview-with-times-asked", "interview_invitation", _m(
        "Ilinca Pop <ilinca.pop@bancasomes.example>", "Invitație interviu – Analist Suport IT",
        "Bună ziua, Domnule Morgan,\n\nÎn urma analizării CV-ului dumneavoastră, avem plăcerea să vă invităm la un "
        "interviu la sediul nostru. Vă rugăm să ne comunicați disponibilitatea pentru săptămâna viitoare.\n\nIlinca Pop\n")),
    ("ro-the-interview-will-no-longer-take-place", "cancellation", _m(
        "Ilinca Pop <ilinca.pop@bancasomes.example>", "RE: Invitație interviu – Analist Suport IT",
        "Bună ziua, Domnule Morgan,\n\nVă informăm cu regret că interviul programat pentru marţi, 17 martie 2026, ora 10:00, "
        "nu va mai avea loc. Procesul de recrutare a fost suspendat temporar.\n\nIlinca Pop\n",
        quoted="Confirm participarea la interviu.")),
    ("ro-we-continue-with-other-candidates", "rejection", _m(
        "Cariere Orizont <cariere@orizontsoft.example>", "Actualizare privind aplicarea ta – Helpdesk Analyst",
        "Dragă Alex,\n\nÎți mulțumim pentru aplicarea la poziția Helpdesk Analyst. Din păcate, am decis să continuăm "
        "procesul de recrutare cu alți candidați.\n\nMult succes!\n")),
    ("ro-an-offer-of-employment", "offer", _m(
        "Resurse Umane <resurse.umane@spitalulnord.example>", "Ofertă de angajare – Tehnician IT",
        "Bună ziua, Domnule Morgan,\n\nÎn urma interviului, avem plăcerea să vă transmitem oferta de angajare pentru postul "
        "de Tehnician IT: salariu brut lunar 6.400 lei, program 8-16.\n\nVă rugăm să ne răspundeți până vineri.\n")),
    # Finnish, as Kuntarekry, firms and hiring managers write it
    ("fi-the-application-is-received", "application_ack", _m(
        "Kuntarekry <noreply@kuntarekry.fi>", "Hakemuksesi on vastaanotettu: Talousasiantuntija",
        "Hei Alex Morgan,\n\nKiitos hakemuksestasi! Olemme vastaanottaneet hakemuksesi tehtävään Talousasiantuntija, "
        "Järvelän kaupunki.\n\nHakemuksesi tunnus: 4418220\n")),
    ("fi-would-thursday-at-two-suit", "interview_invitation", _m(
        "Mervi Kallio <mervi.kallio@jarvela.example>", "Talousasiantuntija",
        "Hei,\n\nkiitos hakemuksesta Talousasiantuntijan tehtävään. Haluaisin jutella kanssasi tehtävästä.\n\nSopisiko "
        "torstaina klo 14? Teams käy hyvin.\n\nMervi Kallio\ntalouspäällikkö\n")),
    ("fi-tomorrow-s-interview-is-called-off", "cancellation", _m(
        "Mervi Kallio <mervi.kallio@jarvela.example>", "Huominen keskustelu peruttu",
        "Hei Alex,\n\njoudun valitettavasti perumaan huomisen keskustelumme. Kaikki rekrytoinnit on toistaiseksi "
        "jäädytetty. Olen yhteydessä kun tiedän enemmän.\n\nMervi\n")),
    ("fi-not-chosen-for-interview", "rejection", _m(
        "Kuntarekry <noreply@kuntarekry.fi>", "Talousasiantuntija - tiedote hakijalle",
        "Hei Alex Morgan,\n\nKiitos kiinnostuksestasi tehtävää kohtaan. Olemme käyneet hakemukset läpi, ja valitettavasti et "
        "tällä kertaa tullut valituksi haastatteluun.\n")),
    ("fi-we-would-like-to-offer-you-the-post", "offer", _m(
        "Ville Aho <ville.aho@kotkapankki.example>", "Tarjous",
        "Hei Alex,\n\nsoitin äsken mutta et ehtinyt vastata. Haluaisimme tarjota sinulle Data Analyst -tehtävää! Lähetämme "
        "työsopimusluonnoksen huomenna.\n\nVille\n", quoted="Kiitos haastattelusta!")),
    # Brazilian Portuguese, as Gupy, fintechs and founders write it
    ("pt-called-to-the-online-tests", "assessment", _m(
        "Gupy <no-reply@gupy.io>", "Programa de Trainee Jatobá | Convocação para os testes online",
        "Olá, Alex!\n\nParabéns! Você foi aprovado(a) na etapa de inscrição e está convocado(a) para os Testes online: "
        "raciocínio lógico e inglês. Prazo: até 20/03 às 23h59.\n")),
    ("pt-a-founder-wants-to-make-an-offer", "offer", _m(
        "Caio Lemos <caio@ipecasoft.example>", "Proposta - Ipeca",
        "Alex, conversei com meu sócio e a gente quer te fazer uma proposta pra entrar no time: PJ, R$ 6.000/mês, 100% "
        "remoto. Me liga qdo puder.\n\nCaio\n", quoted="Valeu pelo papo de ontem!")),
    ("pt-the-client-cancelled-today-s-interview", "cancellation", _m(
        "Bia Carvalho <bia@talentoagil.example>", "Re: Sua candidatura - Front-end Júnior",
        "Alex, bom dia. Má notícia: o cliente cancelou a entrevista de hoje às 17h e pediu pra pausar o processo por "
        "enquanto. Assim que eu tiver novidade te aviso.\n\nBia\n", quoted="Confirmado, hoje às 17h.")),
]


@pytest.mark.parametrize("name,kind,raw", READ_AS, ids=_ids(READ_AS))
def test_reads_the_kind(name: str, kind: str, raw: bytes) -> None:
    _assert_read_as(raw, kind)


LOOK_ALIKES = [
    # the user sits on the panel of their own factory, in Thai
    ("th-the-user-sits-on-an-interview-panel", _m(
        "Arunee K. <arunee.k@eastplas.example>", "ขอเชิญร่วมสัมภาษณ์ผู้สมัครตำแหน่ง ช่างเทคนิค",
        "เรียน คุณ Alex\n\nHR ขอเชิญร่วมเป็นกรรมการสัมภาษณ์ผู้สมัครตำแหน่ง ช่างเทคนิค จำนวน 3 ท่าน\n\nวันที่ : วันพฤหัสบดีที่ 19 "
        "กุมภาพันธ์ 2569\nเวลา : 09.00 น.\n\nอรุณี\n")),
    # an alumni newsletter's interview, in Thai
    ("th-an-alumni-newsletter-interview", _m(
        "Alumni PR <alumni-pr@rayongtech.example>", "ขอเรียนเชิญให้สัมภาษณ์ลงจดหมายข่าวศิษย์เก่า",
        "เรียน คุณ Alex Morgan\n\nกองบรรณาธิการจดหมายข่าวศิษย์เก่า ขอเรียนเชิญท่านให้สัมภาษณ์ลงคอลัมน์ศิษย์เก่าต่างชาติ "
        "ใช้เวลาประมาณ 30 นาที รบกวนแจ้งวันที่สะดวกค่ะ\n")),
    # a nursery's receipt of a child's place, in Czech
    ("cs-a-nursery-confirms-the-application-for-a-place", _m(
        "MŠ Pod Lípou <reditelka@mspodlipou.example>", "Potvrzení přijetí žádosti",
        "Vážený pane Morgane,\n\npotvrzujeme přijetí Vaší žádosti o přijetí dítěte k předškolnímu vzdělávání v mateřské "
        "škole Pod Lípou pro školní rok 2026/2027. O výsledku Vás budeme informovat.\n\nS pozdravem\nŘeditelka MŠ\n")),
    # a Finnish employer's yearly review, a student's thesis interview, a flat's application
    ("fi-the-user-s-own-yearly-review", _m(
        "Anni Ketola <anni.ketola@harmaja.example>", "Kehityskeskustelu 2026 / Alex",
        "Moi Alex,\n\nlaitan kutsun vuoden kehityskeskusteluun torstaille klo 10. Täytäthän lomakkeen etukäteen.\n\nAnni\n")),
    ("fi-a-thesis-interview-confirmed", _m(
        "Iida Koski <iida.koski@opiskelija.tampere.example>", "Re: Haastattelupyyntö pro gradu -tutkielmaan",
        "Hei Alex,\n\nkiitos paljon! Vahvistan haastattelun maanantaille 2.3. klo 16.00 Zoomissa.\n\nIida\n",
        quoted="Sopii hyvin.")),
    ("fi-a-flat-s-application-received", _m(
        "Kotiranta Asunnot <asunnot@kotiranta.example>", "Asuntohakemus vastaanotettu",
        "Hei Alex Morgan,\n\nOlemme vastaanottaneet hakemuksesi. Asuntohakemus on voimassa kolme kuukautta.\n")),
    # a Romanian researcher's interview
    ("ro-a-research-interview", _m(
        "Ana Ionescu <ana.ionescu@sociologie.example>", "Invitație la un interviu de cercetare",
        "Stimate domnule Morgan,\n\naș dori să vă invit la un interviu de cercetare, anonim, de aproximativ 45 de minute, "
        "despre munca în ture. Când v-ar conveni?\n\nAna Ionescu\n")),
]


@pytest.mark.parametrize("name,raw", LOOK_ALIKES, ids=_ids(LOOK_ALIKES))
def test_look_alikes_stay_other_mail(name: str, raw: bytes) -> None:
    got = _read(raw)  # (read once: its reasons are the failure's message)
    assert got.kind == "not_relevant", got.reasons


def test_a_receipt_s_if_in_czech_or_thai_declines_nothing() -> None:
    """"If we have not replied in 14 days, we have chosen another candidate": the refusal is a condition's, in Czech and
    in Thai (which has no spaces, so no word boundary to start at) as in English."""
    czech = ("Pokud se Vám v této lhůtě neozveme, znamená to bohužel, že jsme se rozhodli pokračovat s jinými "
             "kandidáty.")
    thai = "หากท่านไม่ได้รับการติดต่อภายใน 30 วัน ขอให้ถือว่าท่านไม่ผ่านการพิจารณาในรอบนี้"
    for text in (czech, thai):
        scores, _ = score("potvrzení přijetí", text.lower())
        assert "rejection" not in scores, text
    assert decide(score("", "ขออภัย ท่านไม่ผ่านการพิจารณาในรอบนี้")[0]) == "rejection"
    # "not yet passed" is no refusal
    assert "rejection" not in score("", "ท่านยังไม่ผ่านการพิจารณา")[0]


def test_czech_phrases_read_without_accents_but_not_inside_a_negation() -> None:
    """Phone mail types Czech without its accents; "nechceme tě" ("we don't want you") is no "chceme tě"."""
    assert decide(score("", "dobry den, zitrejsi schuzku musim zrusit, omlouvam se")[0]) == "cancellation"
    assert "offer" in score("", "tak jsme to spocitali a chceme te! 58 000 kc hrubeho")[0]
    assert "offer" not in score("", "tak jsme to spocitali a nechceme te, promin")[0]


def test_quote_headers_and_phone_lines_of_the_new_languages_end_the_new_text() -> None:
    """Czech Gmail's "Dne ... napsal(a):", Seznam's "Původní e-mail", Ukrainian Gmail's "... пише:", Romanian Gmail's
    "... a scris:" and Finnish Outlook's "Alkuperäinen viesti" start the quoted history; a phone's "Odesláno z aplikace
    Seznam Email" names the mail app, not the employer."""
    for text, header in (
        ("Čtvrtek v 9 platí.\n\nDne po 23. 2. 2026 v 21:15 odesílatel Alex Morgan <a@example.net> napsal:\n> Může být "
         "čtvrtek v 9?", "Dne"),
        ("Zítra to nestihnu.\n\n---------- Původní e-mail ----------\nOd: Alex Morgan\nPotvrzuji středu.", "Původní"),
        ("Дякую, отримали!\n\nсб, 24 січ. 2026 р. о 18:12 Alex Morgan <a@example.net> пише:\n> Надсилаю тестове.",
         "пише"),
        ("Ne vedem luni.\n\nvin., 27 mar. 2026, 09:02 Alex Morgan <a@example.net> a scris:\n> Pot luni la 10.", "scris"),
        ("Harmi, mutta ymmärrän.\n\n-----Alkuperäinen viesti-----\nLähettäjä: Alex Morgan\nKiitos tarjouksesta.",
         "Alkuperäinen"),
    ):
        new, _ = split_text(text)
        assert header not in new and new.strip(), new
    raw = _m("Pavel Kubát <kubat.doprava@seznam.cz>", "disponent",
             "Dobry den pane Morgan,\n\nzavolejte mi kdyz budete mit cas.\n\nKubat\n\nOdesláno z aplikace Seznam Email")
    assert extract_company(parse(raw, me={"alex.morgan@example.net"})) != "Seznam"


def test_czech_legal_forms_and_a_portal_s_via_are_no_part_of_the_name() -> None:
    """"Lipno Trans s.r.o." is Lipno Trans; "Polabí Park a.s. přes Jobs.cz" is Polabí Park, relayed by the portal."""
    raw = _m("Lipno Trans s.r.o. <noreply@teamio.com>", "Potvrzení přijetí Vaší odpovědi",
             "Dobrý den,\n\nVaši odpověď jsme v pořádku přijali.\n")
    assert extract_company(parse(raw, me={"alex.morgan@example.net"})) == "Lipno Trans"
    relayed = mail(frm="Polabí Park a.s. přes Jobs.cz <noreply@jobs.cz>", to="Alex Morgan <alex.morgan@example.net>",
                   subject="Děkujeme za Vaši odpověď na inzerát", body="Dobrý den,\n\nVaši odpověď jsme předali.\n",
                   date=SENT, msgid="<cz1@jobs.cz>")
    assert extract_company(parse(relayed, me={"alex.morgan@example.net"})) == "Polabí Park"


def test_an_offer_the_phrasebook_reads_stands_where_the_model_knows_few_words() -> None:
    """A language the model has hardly read spreads its chances thin: below ENOUGH_WORDS words it knows, its low chance
    of an offer is no evidence against the phrasebook's "nabízím Vám pozici" - unless, knowing a few of its words, it is
    sure the mail is other mail (a market newsletter that names job offers in passing)."""
    from agent.classify import ENOUGH_WORDS, SOME_WORDS, _offered_in_words_the_model_barely_knows
    from agent.word_model import Reading

    reasons = {"offer": ["makes an offer (other languages)"]}
    spread = {"offer": 0.02, "interview_confirmation": 0.34, "not_relevant": 0.31, "company_reply": 0.33}
    other_mail = {"offer": 0.02, "not_relevant": 0.98}
    assert _offered_in_words_the_model_barely_knows(reasons, Reading(spread, words=ENOUGH_WORDS - 1))
    assert not _offered_in_words_the_model_barely_knows(reasons, Reading(spread, words=ENOUGH_WORDS))
    # sure it is other mail, knowing some of its words: the agent asks; knowing almost none, its "other mail" is nothing
    assert not _offered_in_words_the_model_barely_knows(reasons, Reading(other_mail, words=ENOUGH_WORDS - 1))
    assert _offered_in_words_the_model_barely_knows(reasons, Reading(other_mail, words=SOME_WORDS - 1))
    assert not _offered_in_words_the_model_barely_knows({"offer": ["makes an offer"]}, Reading(spread, words=SOME_WORDS - 1))


def test_the_subject_and_text_are_read_as_written() -> None:
    """A guard for as_read on the new scripts: Thai and Cyrillic pass through lowercased, unchanged otherwise."""
    raw = _m("Kanya S. <kanya.s@siamgear.example>", "ขอยืนยันนัดสัมภาษณ์", "Олександре, ДЯКУЄМО")
    subject, text = as_read(parse(raw, me={"alex.morgan@example.net"}))
    assert subject == "ขอยืนยันนัดสัมภาษณ์" and "олександре, дякуємо" in text


def test_a_receipt_s_outline_of_the_steps_ahead_asks_for_no_test() -> None:
    """"Our process may have these steps: online test, group dynamic, interviews" sets no test yet, in Portuguese as in
    English; a test's result received is none either."""
    for text in ("recebemos sua inscrição. nosso processo seletivo pode ter as seguintes etapas: teste online, dinâmica "
                 "de grupo e entrevista com o gestor.",
                 "informo que recebemos o resultado da sua avaliação técnica para a vaga."):
        assert "assessment" not in score("", text)[0], text
    assert "assessment" in score("", "você está convocado(a) para a prova online de lógica até sexta.")[0]
