"""Session 53, Hebrew as an operations manager's job search in Israel holds it: formal HR ("נשמח לזמן אותך לראיון",
"אנא אשר/י הגעה", "מאשרת את מועד הראיון"), founders typing on their phones ("מתאים לך מחר ב-10 בזום?", "נזיז ל-11:00?"),
a placement agency's recruiter on Gmail ("העברתי את הקו\"ח שלך ללקוח שלי"), reserve duty moving a meeting, an assessment
centre and a trial day, and the gender slash forms (תוכל/י, מועמד/ת). Tested here in invented words, with the
look-alikes that share them: the user asked to interview a candidate at the current job, a career newsletter's issue,
a dentist moving an appointment, a friend's plan for Thursday."""

from __future__ import annotations

from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

READ_AS = [
    # a hospital's HR summons with a fixed time that waits for the user's yes
    ("a-summons-asking-to-confirm", "interview_invitation", _m(
        "דנה כהן - משאבי אנוש <dana.cohen@merkaz-refui.example>", "זימון לראיון - רכז/ת תפעול",
        "שלום אלכס,\n\nתודה על פנייתך למשרת רכז/ת תפעול. נשמח לזמן אותך לראיון ביום רביעי, 18.3.2026, בשעה 10:00 "
        "במשרדי ההנהלה בנתניה.\nאנא אשר/י הגעה במענה למייל זה.\n\nבברכה,\nדנה כהן\nרכזת גיוס\n")),
    # a founder's question from the phone, with a day and a time
    ("a-founder-asks-about-tomorrow", "interview_invitation", _m(
        "Gil Harel <gil@loopwise.example>", "היי אלכס",
        "היי אלכס, גיל מלופווייז. ראיתי את הקו\"ח שלך, נראה ממש רלוונטי לנו.\nמתאים לך מחר ב-14 בזום? רבע שעה, "
        "היכרות ראשונית.\n\nSent from my iPhone\n")),
    # a placement agency's recruiter on Gmail: the client wants to meet the user
    ("an-agency-on-gmail-client-wants-to-meet", "interview_invitation", _m(
        "Maya Ofer <maya.ofer.hr@gmail.example>", "משרת מנהל/ת משמרת - מרלו\"ג מודיעין",
        "היי אלכס,\nמאיה מחברת השמה, דיברנו בחודש שעבר. העברתי את הקו\"ח שלך ללקוח שלי והם ממש רוצים לפגוש "
        "אותך. מתי נוח לך בשבוע הבא?\n\nמאיה\n")),
    # a plant's HR takes the time back
    ("the-time-taken-back", "interview_confirmation", _m(
        "רונית לוי <ronit@maafiat-hagalil.example>", "Re: תיאום פגישה",
        "מעולה, רשמתי. יום שני 23.3 בשעה 09:00 אצלנו במפעל. בכניסה תבקש/י את רונית.\n\nרונית\n",
        quoted="היי רונית,\nיום שני בבוקר מתאים לי.\nאלכס")),
    # a meeting moved for reserve duty
    ("a-meeting-moved-for-reserve-duty", "reschedule", _m(
        "Eyal Bar <eyal@shiftly.example>", "הפגישה של יום שלישי",
        "אלכס היי,\nקיבלתי צו למילואים לשבוע הבא, אז נצטרך להזיז את הפגישה של יום שלישי. אפשר להעביר לרביעי "
        "1.4 ב-15:00?\n\nאיל\n")),
    # an interview called off, the day's date in brackets
    ("an-interview-called-off", "cancellation", _m(
        "מיכל שחר <michal@kvutzat-orot.example>", "עדכון בנוגע לראיון",
        "שלום אלכס,\n\nעקב הקפאת גיוסים, הראיון שנקבע ליום חמישי (26.3) בשעה 12:00 מבוטל. ככל שהתהליך יחודש "
        "ניצור עמך קשר.\n\nבברכה,\nמיכל שחר\nמשאבי אנוש\n")),
    # a formal refusal: the profile does not fit
    ("the-profile-does-not-fit", "rejection", _m(
        "צוות הגיוס <jobs@sadot-logistika.example>", "תודה על פנייתך",
        "שלום אלכס,\n\nתודה על פנייתך למשרת מנהל/ת מחסן. לצערנו, הפרופיל שלך אינו תואם את דרישות התפקיד בשלב "
        "זה.\n\nבהצלחה בהמשך,\nצוות הגיוס\n")),
    # a founder's offer with its terms, from the phone
    ("a-founders-offer", "offer", _m(
        "Eyal Bar <eyal@shiftly.example>", "אלכס",
        "אלכס שלום, דיברתי עם הממליצים שלך, הכל מעולה. אנחנו רוצים שתצטרף אלינו. 24 אלף ברוטו, קרן השתלמות, "
        "רכב. תחזור אליי עד יום ראשון.\n\nאיל\n")),
    # an assessment centre and psychotechnical tests
    ("psychotechnical-tests", "assessment", _m(
        "אגף משאבי אנוש <hr@ir-levana.example>", "זימון למבחנים - מכרז 7/2026",
        "שלום רב,\n\nהנך עומד/ת בתנאי הסף של מכרז 7/2026. בהתאם, הנך מוזמן/ת ליום מרכז הערכה ולמבחנים "
        "פסיכוטכניים ביום ראשון 12.4.2026 בשעה 08:30.\n\nבברכה,\nאגף משאבי אנוש\n")),
    # the next stage passed
    ("the-next-stage-passed", "company_reply", _m(
        "רונית לוי <ronit@maafiat-hagalil.example>", "עדכון",
        "היי אלכס,\nרציתי לעדכן שעברת לשלב הבא 👏 ניצור איתך קשר השבוע לתיאום פגישה עם מנהל המפעל.\n\nרונית\n")),
]

OTHER_MAIL = [
    # the user asked to interview a candidate at the current job
    ("the-user-interviews-a-candidate", _m(
        "נועה ברק <noa.b@current-employer.example>", "ראיון מועמד/ת - נציג/ת שירות",
        "היי אלכס, תוכל/י לראיין את המועמדת ביום שני ב-11:00 בחדר הישיבות? הקו\"ח בתיקייה המשותפת. טופס משוב "
        "לראיון עד סוף היום.\n\nנועה\n")),
    # a career newsletter's issue
    ("a-career-newsletter", _m(
        "קריירה היום <news@kariera-hayom.example>", "איך להצליח בראיון עבודה",
        "שלום אלכס,\nבגיליון השבוע:\n1. מה עונים על ציפיות שכר\n2. סיפור הצלחה: מ-30 פניות להצעת עבודה תוך "
        "חודש\n\nלקריאה באתר\n")),
    # a dentist moving an appointment
    ("a-dentist-moves-an-appointment", _m(
        "מרפאת שיניים חיוך <tor@chiyuch-dental.example>", "שינוי מועד תור",
        "שלום אלכס,\nהרופאה נאלצה לצאת, נצטרך להזיז את התור שלך ליום רביעי בשעה 16:00.\nמרפאת חיוך\n")),
    # a friend's plan for Thursday
    ("a-friends-thursday-plan", _m(
        "Tamar <tamar.g@gmail.example>", "חמישי",
        "סגור, חמישי 26.3 ב-20:00 אצלי. תביא יין 🍷\nתמר\n")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
