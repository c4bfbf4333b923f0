"""Session 34: general rules from fresh writer sets (Hebrew, Korean, a UK graduate's schemes, an Indian fresher's campus
drives; then Greek, Bulgarian, a Lagos graduate's trainee schemes, Singapore's agencies in English and Chinese), each
tested here in invented words, with the look-alikes that share them."""

from __future__ import annotations

import pytest

from agent.demo.builder import mail
from agent.facts import company_of as extract_company
from agent.features import decide, score
from agent.org_names import squash_forms
from agent.parse import parse
from tests.test_reading import SENT
from tests.test_reading_small_employers_and_closed_processes import _assert_read_as, _ids, _m, _read

READ_AS = [
    # Hebrew: an agency's recruiter, an employer's HR
    ("he-the-cv-went-to-the-client", "company_reply", _m(
        "Noa Barak <noa@tzameret-hasama.example>", "Re: משרת מנהל/ת פרויקטים",
        "היי אלכס,\nקורות החיים שלך הועברו ללקוח היום בבוקר.\nאעדכן ברגע שיש תשובה.\nנועה\n",
        quoted="היי נועה, מצרף קורות חיים מעודכנים.")),
    ("he-they-want-to-set-an-interview", "interview_invitation", _m(
        "Noa Barak <noa@tzameret-hasama.example>", "Re: משרת מנהל/ת פרויקטים",
        "אלכס, חדשות טובות!\nהלקוח רוצים לקבוע ראיון ראשון עם מנהלת הפיתוח.\nמתי נוח לך השבוע, ביום שלישי או רביעי?\nנועה\n",
        quoted="תודה נועה!")),
    ("he-tomorrow-s-interview-is-put-back", "reschedule", _m(
        "Noa Barak <noa@tzameret-hasama.example>", "Re: משרת מנהל/ת פרויקטים",
        "בוקר טוב,\nהראיון של מחר נדחה ליום חמישי 14.5 באותה שעה, 11:00, באותו מקום.\nמסתדר לך?\nנועה\n",
        quoted="מעולה, אגיע.")),
    ("he-the-interview-is-called-off", "cancellation", _m(
        "Dana Levi <dana.l@galimtech.example>", "ביטול ראיון - משרת מנהל/ת מוצר",
        "שלום אלכס,\nלצערי הראיון שנקבע ליום ראשון בשעה 10:00 בוטל, המשרה הוקפאה עד להודעה חדשה.\nנעדכן אם תיפתח שוב.\n"
        "דנה לוי\nרכזת גיוס\n")),
    ("he-decided-not-to-go-ahead", "rejection", _m(
        "Dana Levi <dana.l@galimtech.example>", "עדכון לגבי מועמדותך",
        "שלום אלכס,\nתודה על הזמן שהקדשת לתהליך.\nלצערנו הוחלט שלא להתקדם עם מועמדותך למשרת מנהל/ת מוצר.\nבהצלחה,\nדנה\n")),
    ("he-a-written-offer", "offer", _m(
        "Dana Levi <dana.l@galimtech.example>", "הצעת עבודה - מנהל/ת מוצר",
        "שלום אלכס,\nאנו שמחים להציע לך להצטרף לגלים טק לתפקיד מנהל/ת מוצר.\nמצורף מכתב ההצעה עם תנאי ההעסקה.\n"
        "נשמח לתשובתך עד יום חמישי.\nדנה\n")),
    ("he-a-home-assignment", "assessment", _m(
        "Noa Barak <noa@tzameret-hasama.example>", "Re: משרת מנהל/ת פרויקטים",
        "היי אלכס,\nהשלב הבא אצל הלקוח הוא מבחן בית. מצרפת את הקובץ.\nצריך להגיש עד יום ראשון ב-12:00.\nנועה\n",
        quoted="איך היה הפידבק?")),
    # a receipt's "if you have not heard within 30 days, no match was found" is a condition, not a refusal
    ("he-a-receipt-with-its-30-day-condition", "application_ack", _m(
        "גלים טק - גיוס <careers@galimtech.example>", "קיבלנו את מועמדותך",
        "אלכס שלום,\nתודה על הגשת מועמדותך למשרת מנהל/ת מוצר.\nקיבלנו את מועמדותך והיא נמצאת בבדיקה.\n"
        "במידה ולא תקבל/י עדכון בתוך 30 יום, לא נמצאה התאמה.\nצוות הגיוס\n")),
    # Korean
    ("ko-the-first-interview-was-passed", "company_reply", _m(
        "한빛소프트 채용팀 <recruit@hanbitsoft.example>", "[한빛소프트] 1차 면접 결과 안내",
        "알렉스 모건님, 안녕하세요.\n1차 면접(실무 면접)에 합격하셨음을 알려드립니다.\n"
        "2차 면접 일정은 추후 별도로 안내드리겠습니다.\n"
        "감사합니다.\n")),
    ("ko-the-process-ends-here", "rejection", _m(
        "이수진 <sujin.lee@nuri-search.example>", "RE: [누리서치] UX 리드 포지션",
        "알렉스님, 안녕하세요.\n클라이언트가 내부 후보자를 선임하기로 결정했다고 합니다.\n"
        "그래서 이번 전형은 여기서 종료하게 되었습니다.\n"
        "좋은 포지션 생기면 다시 연락드릴게요.\n이수진 드림\n", quoted="감사합니다.")),
    ("ko-a-receipt-listing-the-steps-ahead", "application_ack", _m(
        "한빛소프트 채용팀 <no-reply@greetinghr.com>", "[한빛소프트] 지원서 접수 완료 안내",
        "알렉스 모건님, 안녕하세요.\n지원서가 정상적으로 접수되었습니다.\n■ 전형 절차\n"
        "서류전형 → 1차 면접 → 2차 면접 → 처우 협의 → 최종 합격\n"
        "결과는 2주 이내에 안내드릴 예정입니다.\n")),
    # Hindi in Latin letters, from an agency recruiter's phone
    ("hi-today-s-interview-is-cancelled", "cancellation", _m(
        "Rakesh Jalan <rakesh@staffline-hr.example>", "Re: Python Developer Fresher - Hinjewadi - profile shortlisted",
        "Alex sorry, abhi client ka call aaya - kal ka 3 baje wala interview cancel kar diya hai. Update aaya toh "
        "batata hoon.\n\nRakesh\n", quoted="Sure sir, I will be there at 3.")),
    ("hi-the-profile-goes-no-further", "rejection", _m(
        "Rakesh Jalan <rakesh@staffline-hr.example>", "Re: Python Developer Fresher - Hinjewadi - profile shortlisted",
        "Hi Alex,\n\nEk update - client ne position close kar di hai, experienced candidate le liya. Aapka profile aage "
        "nahi jayega is requirement ke liye.\n\nRakesh\n", quoted="Any update sir?")),
    # a UK graduate scheme offers "a place", as a university does, and declines one
    ("a-place-on-the-graduate-programme", "offer", _m(
        "Brackley Partners Graduate Recruitment <no-reply@brackley.tal.net>", "Your offer of a place",
        "Dear Alex,\n\nWe are delighted to offer you a place on our 2026 Graduate Programme in Audit, starting in "
        "September 2026, subject to satisfactory pre-employment screening.\n\nPlease accept or decline in your "
        "candidate account within 7 days.\n\nBrackley Partners Graduate Recruitment\n")),
    ("no-place-on-the-leadership-programme", "rejection", _m(
        "Thornbury Foods Early Careers <thornbury@myworkday.com>", "Your Discovery Day outcome",
        "Dear Alex,\n\nThank you for joining our Discovery Day. I'm sorry to tell you that we won't be offering you a "
        "place on the Future Leaders Programme 2026.\n\nWe wish you every success.\n\nThornbury Foods Early Careers\n")),
    # a video interview done and under review, the next step only if successful
    ("a-recorded-interview-under-review", "company_reply", _m(
        "Kestrel Bank Early Careers <earlycareers-noreply@kestrelbank.example>",
        "Thank you for completing your video interview",
        "Dear Alex,\n\nThank you for completing your video interview for the Kestrel Bank Graduate Programme. Our "
        "assessors are now reviewing all interviews and we aim to update every candidate within two weeks. If you are "
        "successful, the next stage will be our Assessment Centre in March.\n\nKestrel Bank\n")),
    # registering for one employer's campus drive is applying to it
    ("registered-for-a-campus-drive", "application_ack", _m(
        "Sahyadri Infotech Campus Hiring <campus.noreply@sahyadri.example>",
        "Registration Successful - Sahyadri Infotech Campus Hiring 2026",
        "Dear Alex Morgan,\n\nThank you for registering for Sahyadri Infotech Campus Hiring 2026. Your registration "
        "has been completed successfully.\n\nApplied for: Graduate Engineer Trainee\nStatus: Application Received\n\n"
        "Eligible candidates will receive the online assessment schedule and call letter by e-mail.\n\nRegards,\n"
        "Sahyadri Infotech Talent Acquisition\n")),
    # the paperwork of joining names a student visa among its documents, and is no visa application
    ("pre-joining-documents-with-a-visa-copy", "company_reply", _m(
        "Megha Joshi <megha.joshi@sahyadri.example>", "Pre-joining documentation - submit by 28-Feb-2026",
        "Dear Candidate,\n\nAs a part of pre-joining formalities, kindly upload the below documents on the portal on or "
        "before 28-Feb-2026:\n\n1. Signed copy of the accepted offer letter\n2. Mark sheets of all semesters\n"
        "3. Passport copy (international students: also the student visa copy)\n\nRegards,\nMegha Joshi\nTalent "
        "Acquisition - Campus | Sahyadri Infotech Ltd.\n")),
    # Bulgarian: an employer's HR, an agency's recruiter
    ("bg-a-receipt", "application_ack", _m(
        "Витоша Софт | Кариери <careers@vitoshasoft.example>", "Получихме кандидатурата Ви – QA Engineer",
        "Здравейте, Алекс,\n\nБлагодарим Ви за проявения интерес и кандидатурата за позицията QA Engineer!\nПолучихме "
        "Вашите документи и ще се свържем с Вас до две седмици.\n\nЕкипът по подбор\n")),
    ("bg-an-invitation-to-interview", "interview_invitation", _m(
        "Ралица Колева <r.koleva@vitoshasoft.example>", "Покана за интервю – QA Engineer",
        "Здравейте, Алекс,\n\nБихме искали да Ви поканим на интервю за позицията QA Engineer. Моля, потвърдете удобен за "
        "Вас час: вторник 10:00 или сряда 15:00.\n\nРалица Колева\n")),
    ("bg-the-interview-is-put-back", "reschedule", _m(
        "Ралица Колева <r.koleva@vitoshasoft.example>", "RE: Покана за интервю – QA Engineer",
        "Здравейте, Алекс,\n\nИнтервюто се отлага – предлагаме новата дата да бъде четвъртък, 19.03.2026 г., от 11:00 ч., "
        "на същото място.\n\nРалица\n", quoted="Потвърждавам сряда 15:00.")),
    ("bg-decided-to-go-on-with-others", "rejection", _m(
        "Ралица Колева <r.koleva@vitoshasoft.example>", "Re: Кандидатура QA Engineer",
        "Здравейте, Алекс,\n\nБлагодарим за решената тестова задача. За съжаление, решихме да продължим с други кандидати."
        "\n\nУспех!\n")),
    ("bg-a-written-offer", "offer", _m(
        "Ралица Колева <r.koleva@vitoshasoft.example>", "Предложение за работа – QA Engineer",
        "Здравейте, Алекс,\n\nС радост Ви предлагаме позицията QA Engineer във Витоша Софт при следните условия: брутно "
        "месечно възнаграждение 3 400 €, изпитателен срок 6 месеца.\n\nРалица\n")),
    # Greek, and Greek typed in Latin letters from an owner's phone
    ("el-the-interview-is-moved", "reschedule", _m(
        "Ευαγγελία Σταύρου <hr@astrahotel.example>", "RE: Συνέντευξη - Night Manager",
        "Καλημέρα σας κ. Morgan,\n\nΛόγω έκτακτων υποχρεώσεων, η συνέντευξη της Τρίτης μεταφέρεται για την Πέμπτη 19/3 στις "
        "12:00, στον ίδιο χώρο.\n\nΕυαγγελία Σταύρου\n", quoted="Ευχαριστώ, θα είμαι εκεί.")),
    ("el-chose-to-go-on-with-others", "rejection", _m(
        "Astra Hotels HR <hr@astrahotel.example>", "Ενημέρωση σχετικά με την αίτησή σας - Night Manager",
        "Αγαπητέ κύριε Morgan,\n\nΣας ευχαριστούμε για το ενδιαφέρον σας για τη θέση Night Manager. Λυπούμαστε, αλλά "
        "επιλέξαμε να προχωρήσουμε με άλλους υποψηφίους.\n\nAstra Hotels\n")),
    ("greeklish-an-owner-asks-when", "interview_invitation", _m(
        "Nikos Vlachos <nikos.vlachos.naxos@gmail.com>", "Re: Αίτηση για Reception Manager - Νάξος",
        "Kalimera Alex,\nEida to biografiko sou. Tha ithela na milisoume tilefwnika gia ti thesi. Pote boreis afti tin "
        "evdomada?\nNikos\n", quoted="Kalimera, sas steilo to biografiko mou gia ti thesi.")),
    # Chinese from an agency consultant's phone
    ("zh-the-interview-moves-to-thursday", "reschedule", _m(
        "Jenny Lau <jenny.lau@pearlriver-search.example>", "面试改到周四",
        "Alex，客户那边说周三的二面要改一下，面试改到周四（3月19日）上午十点，地点一样。可以吗？\n\n发自我的iPhone\n",
        quoted="好的，周三见。")),
    ("zh-the-client-will-make-an-offer", "offer", _m(
        "Jenny Lau <jenny.lau@pearlriver-search.example>", "好消息！",
        "Alex，好消息！客户决定给你offer！月薪S$6,800，入职时间希望5月初。正式offer letter下周发过来。\n\nJenny\n",
        quoted="谢谢Jenny，有消息告诉我。")),
    # Nigerian English: "will therefore no longer hold" calls the interview off
    ("ng-tomorrow-s-interview-will-no-longer-hold", "cancellation", _m(
        "Tunde Bakare <tunde.bakare@ikoyitalent.example>", "RE: Graduate Trainee - Finance: Interview",
        "Dear Alex,\n\nPlease accept our apologies. Our client has informed us that tomorrow's interview will therefore no "
        "longer hold. We will reach out to you if the process resumes.\n\nTunde\n",
        quoted="I confirm my attendance for tomorrow's interview.")),
]


@pytest.mark.parametrize("name,kind,raw", READ_AS, ids=_ids(READ_AS))
def test_reads_the_kind(name: str, kind: str, raw: bytes) -> None:
    _assert_read_as(raw, kind)


LOOK_ALIKES = [
    # a university's place on a course is no job
    ("a-university-s-offer-of-a-place", _m(
        "Kirkgate University Admissions <admissions@kirkgate.example>", "Offer of a place: MSc Economics",
        "Dear Alex,\n\nI am pleased to make you an offer of a place on the MSc Economics programme starting in "
        "September 2026.\n\nPlease accept your offer in the applicant portal.\n\nAdmissions Office\n")),
    # a health fund's appointment put back, a bank's mortgage offer, in Hebrew
    ("he-a-doctor-s-appointment-put-back", _m(
        "קופת חולים שלום <noreply@kupat-shalom.example>", "שינוי במועד התור",
        "שלום אלכס,\nהפגישה שלך עם ד\"ר כהן נדחתה ליום רביעי 13.5 בשעה 16:30.\nלביטול התור השב 1.\n")),
    ("he-a-mortgage-offer", _m(
        "בנק הירדן <offers@bank-hayarden.example>", "הצעה מיוחדת עבורך",
        "אלכס שלום,\nאנו שמחים להציע לך ריבית מיוחדת על משכנתא חדשה.\nלפרטים נוספים פנה לסניף.\n")),
    # a job fair, registered for, is still an event
    # a mobile operator's "оферта", a Greek landlord's choice of another tenant
    ("bg-a-phone-plan-offer", _m(
        "Пирин Мобайл <offers@pirinmobile.example>", "Специална оферта за Вас",
        "Здравейте, Алекс,\n\nИмаме специална оферта за Вас: 50 GB за 15 € на месец.\n\nПирин Мобайл\n")),
    # a webinar about campus hiring is still a webinar: only registering for one employer's drive is applying
    ("a-webinar-on-campus-hiring", _m(
        "Talent Trends India <events@talenttrends.example>", "Thursday's webinar",
        "Hi Alex,\n\nOur webinar on campus hiring trends for 2026 starts Thursday at 4pm IST. The recording will be sent "
        "to everyone afterwards.\n\nTalent Trends India\n")),
    ("a-careers-fair-registration", _m(
        "Leeds Careers Service <events@careers.leeds.example>", "You're registered: Spring Careers Fair",
        "Hi Alex,\n\nThank you for registering for the Spring Careers Fair on 12 March. Over 80 employers will be "
        "there.\n\nLeeds Careers Service\n")),
]


@pytest.mark.parametrize("name,raw", LOOK_ALIKES, ids=_ids(LOOK_ALIKES))
def test_look_alikes_stay_other_mail(name: str, raw: bytes) -> None:
    got = _read(raw)  # (read once: its reasons are the failure's message)
    assert got.kind == "not_relevant", got.reasons


def test_steps_in_a_row_are_the_process_ahead_not_an_offer() -> None:
    """"서류전형 → 과제전형 → 1차 면접 → 처우 협의 → 최종 합격" names the offer's step, ahead of everything; a final pass said
    on its own is one."""
    assert "offer" not in score("", "■ 전형 절차\n서류전형 → 과제전형 → 1차 면접 → 처우 협의 → 최종 합격\n")[0]
    assert decide(score("", "최종 합격을 축하드립니다! 처우 조건 안내드립니다.")[0]) == "offer"


def test_a_scheme_s_team_and_a_korean_hiring_team_are_no_part_of_the_name() -> None:
    """"Hartwell Graduate Recruitment" is Hartwell's team; "파랑톡 채용팀" (its hiring team), writing through the greeting
    hiring system, is 파랑톡."""
    raw = _m("Brackley Partners Graduate Recruitment <no-reply@brackley.tal.net>", "Application received",
             "Dear Alex,\n\nThank you for applying to Brackley Partners.\n")
    assert extract_company(parse(raw, me={"alex.morgan@example.net"})) == "Brackley Partners"
    korean = mail(frm="한빛소프트 채용팀 <no-reply@greetinghr.com>", to="Alex Morgan <alex.morgan@example.net>",
                  subject="[한빛소프트] 지원서 접수 완료 안내", body="지원서가 정상적으로 접수되었습니다.\n", date=SENT,
                  msgid="<ko1@greetinghr.com>")
    assert extract_company(parse(korean, me={"alex.morgan@example.net"})) == "한빛소프트"


def test_an_onsite_titled_with_the_user_is_the_user_s_own() -> None:
    """A company's calendar invitation titled "Tessaly onsite - Alex Morgan (System design + Culture chat)" names the user
    as the candidate, as a panel's brief does."""
    ics = ("BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:onsite-1@tessaly.example\r\n"
           "DTSTART:20260317T043000Z\r\nDTEND:20260317T073000Z\r\n"
           "SUMMARY:Tessaly onsite - Alex Morgan (System design + Culture chat)\r\n"
           "ORGANIZER;CN=Ira Sen:mailto:ira@tessaly.example\r\nATTENDEE:mailto:alex.morgan@example.net\r\n"
           "END:VEVENT\r\nEND:VCALENDAR\r\n")
    raw = mail(frm="Ira Sen <ira@tessaly.example>", to="Alex Morgan <alex.morgan@example.net>",
               subject="Invitation: Tessaly onsite - Alex Morgan (System design + Culture chat) @ Tue 17 Mar 2026 10am",
               body="Tessaly onsite - Alex Morgan (System design + Culture chat)\nTuesday 17 Mar 2026 10am - 1pm\n\n"
                    "10:00 System design with Vik\n11:45 Culture chat with Karthik\n12:30 Lunch with the team\n",
               date=SENT, msgid="<onsite@tessaly.example>", ics=ics)
    assert _read(raw).kind == "interview_confirmation"


def test_a_name_in_cyrillic_or_greek_is_spelt_as_its_domain_spells_it() -> None:
    """"Искър Софт" on iskarsoft, "Κεραμεικός" on keramikos: a company writing its name in its own script is found on its
    Latin domain."""
    assert "iskarsoft" in squash_forms("Искър Софт")
    assert "pirintelekom" in squash_forms("Пирин Телеком")
    assert "keramikos" in squash_forms("Κεραμεικός")
    assert "" not in squash_forms("파랑톡")  # a script with no spelling here spells no domain
    raw = _m("Витоша Софт | Кариери <careers@vitoshasoft.example>", "Получихме кандидатурата Ви",
             "Здравейте, Алекс,\n\nПолучихме Вашите документи.\n")
    assert extract_company(parse(raw, me={"alex.morgan@example.net"})) == "Витоша Софт"
