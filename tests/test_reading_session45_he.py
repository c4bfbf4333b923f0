"""Session 45, Hebrew: general rules from a fresh writer set (a DevOps engineer's Israeli mail: Comeet, AllJobs and Drushim,
a defence contractor's and a hospital's HR desks, agencies and founders on their phones), each tested here in invented
words, with the look-alikes that share them."""

from __future__ import annotations

from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

READ_AS = [
    # an employer's HR system confirms the receipt of the CV: "אנו מאשרים קבלת ..."
    ("an-hr-system-confirms-the-receipt", "application_ack", _m(
        "מערכת גיוס <jobs@rimon-systems.example>", "אישור קבלת מועמדות - משרה 2093",
        "שלום רב,\nאנו מאשרים בזאת קבלת קורות החיים ששלחת למשרת מהנדס/ת מערכות (משרה 2093).\nפנייתך תיבחן על ידי "
        "הגורמים הרלוונטיים ונחזור אליך במידה שתימצא התאמה.\nבברכה,\nמחלקת משאבי אנוש, רימון מערכות בע\"מ\n")),
    # a job board's receipt: the CV went to the employer
    ("a-boards-receipt-of-the-cv-sent", "application_ack", _m(
        "JobNet <noreply@jobnet.example>", "קורות החיים שלך נשלחו למעסיק",
        "שלום אלכס,\nקורות החיים שלך נשלחו בהצלחה לחברת Orbitel עבור המשרה: מהנדס/ת תשתיות.\nהמעסיק יפנה אליך ישירות "
        "אם תימצא התאמה.\nבהצלחה,\nצוות JobNet\n")),
    # a recruiter asks to set up an intro call and sends a link to pick a slot
    ("a-recruiter-asks-to-set-an-intro-call", "interview_invitation", _m(
        "Maya Levi <maya@cloudnest.example>", "CloudNest | SRE – שיחה קצרה",
        "היי אלכס,\nראינו את הפרופיל שלך למשרת SRE ונשמח לקבוע איתך שיחת טלפון קצרה להכרות.\nאפשר לבחור את הזמן שנוח "
        "לך כאן: https://cal.example/maya\nתודה,\nמאיה\nTalent Acquisition, CloudNest\n")),
    # a founder from a phone: come by the office
    ("a-founder-asks-to-come-by-the-office", "interview_invitation", _m(
        "Dror <dror@tikvah-labs.example>", "קו״ח שלך",
        "היי אלכס, דרור מ-Tikvah Labs. קיבלתי את הקו״ח שלך מאורי, נראה מעניין לתפקיד ה-DevOps.\nבא לך לקפוץ אלינו "
        "למשרד ביום ראשון? אנחנו ברמת החייל.\nדרור\n")),
    # a public body's summons to the exam committee of a tender for the post
    ("a-summons-to-an-exam-committee", "interview_invitation", _m(
        "מדור מכרזים <tenders@galil-mc.example>", "זימון לוועדת בחינה - מכרז 7/2026",
        "לכבוד מר אלכס מורגן,\nהנדון: מכרז חיצוני מס' 7/2026 – מנהל/ת רשת\nהנך מוזמן להופיע בפני ועדת הבחינה ביום ד', "
        "11/03/2026, בשעה 12:00, בבניין ההנהלה.\nנא לאשר את השתתפותך בהשבה למייל זה.\nבברכה,\nמדור גיוס ומכרזים\n")),
    # an agency's recruiter has set the client's interview
    ("an-agency-sets-the-interview", "interview_confirmation", _m(
        "Liat <liat@hunters-il.example>", "Re: Netra - DevOps",
        "מעולה, קבעתי לך לרביעי 4/3 ב-10:30 במשרדים שלהם בתל אביב.\nתפגוש את המנהל הטכני ואת ראש הצוות.\nבהצלחה!\nליאת\n"
        "Hunters IL\n", quoted="היי ליאת, רביעי בבוקר מתאים לי.")),
    # a tender's exam committee is called off
    ("an-exam-committee-called-off", "cancellation", _m(
        "מדור מכרזים <tenders@galil-mc.example>", "הודעה על ביטול ועדת בחינה - מכרז 7/2026",
        "לכבוד מר אלכס מורגן,\nהרינו להודיעך כי ועדת הבחינה במכרז 7/2026, שנקבעה ליום ד' 11/03/2026, מבוטלת.\nמועד "
        "חדש יימסר בהמשך.\nבברכה,\nמדור גיוס ומכרזים\n")),
    # a founder on a phone has to call off tomorrow's meeting
    ("a-founder-has-to-call-off-the-meeting", "cancellation", _m(
        "Dror <dror@tikvah-labs.example>", "Re: קו״ח שלך",
        "אלכס, סליחה אבל אני נאלץ לבטל את הפגישה שלנו מחר, קרה משהו עם לקוח ואני טס לחו\"ל.\nאחזור אליך כשאחזור.\nדרור\n",
        quoted="מעולה, נתראה ביום ראשון במשרד.")),
    # a company decides not to go on with the application
    ("a-company-does-not-go-on", "rejection", _m(
        "צוות הגיוס <jobs@nivcom.example>", "מועמדותך למשרת מהנדס/ת ענן",
        "שלום אלכס,\nתודה על התעניינותך במשרה.\nלאחר בחינה מעמיקה החלטנו שלא להמשיך עם מועמדותך בשלב זה.\nנשמח לשמור "
        "את פרטיך לעתיד.\nבהצלחה,\nצוות הגיוס, Nivcom\n")),
    # a tender's result: another candidate was chosen
    ("a-tender-chose-another-candidate", "rejection", _m(
        "מדור מכרזים <tenders@galil-mc.example>", "תוצאות מכרז 7/2026",
        "לכבוד מר אלכס מורגן,\nהרינו להודיעך כי בתום הליך המכרז נבחר לתפקיד מועמד אחר.\nאנו מודים לך על השתתפותך "
        "ומאחלים לך הצלחה.\nמדור גיוס ומכרזים\n")),
    # an agency forwards the client's home exercise
    ("an-agency-forwards-a-home-exercise", "assessment", _m(
        "Liat <liat@hunters-il.example>", "Netra - השלב הבא",
        "היי אלכס,\nהשלב הבא בתהליך מול Netra הוא תרגיל בית: להקים pipeline ל-CI על Kubernetes. הקובץ מצורף, צריך "
        "להחזיר עד יום חמישי.\nליאת\n")),
    # a testing institute's online test for the post
    ("a-testing-institutes-online-test", "assessment", _m(
        "מכון הערכה <noreply@haaracha.example>", "הזמנה למבחן ממוחשב - רימון מערכות",
        "שלום אלכס,\nבמסגרת תהליך המיון לתפקיד מהנדס/ת מערכות ברימון מערכות, הנך מתבקש להשלים מבחן מיומנויות ממוחשב "
        "עד 20/03/2026.\nקישור אישי: https://test.haaracha.example/x7\nבהצלחה\n")),
    # the exercise received, feedback to come
    ("the-exercise-received", "company_reply", _m(
        "Maya Levi <maya@cloudnest.example>", "Re: CloudNest | תרגיל",
        "היי אלכס,\nקיבלנו את התרגיל, תודה רבה! הצוות יעבור עליו ונחזור אליך בשבוע הבא עם פידבק.\nמאיה\n",
        quoted="מצורף הפתרון שלי לתרגיל.")),
    # the client asks for references
    ("the-client-asks-for-references", "company_reply", _m(
        "Liat <liat@hunters-il.example>", "Re: Netra - DevOps",
        "היי אלכס,\nNetra ממש אהבו אותך. הם ביקשו שני ממליצים, רצוי מנהלים ישירים. תשלח לי שמות וטלפונים?\nליאת\n",
        quoted="היי ליאת, איך היה הפידבק?")),
]

OTHER_MAIL = [
    # a university's admission interview is a school's, not a post's
    ("a-universitys-admission-interview", _m(
        "מזכירות התואר <grad@galil-uni.example>", "זימון לראיון קבלה לתואר שני במערכות מידע",
        "שלום אלכס,\nבהמשך לבקשתך להתקבל ללימודי תואר שני, הנך מוזמן לראיון קבלה ביום ב' 16/03/2026 בשעה 11:00 בזום."
        "\nבברכה,\nמזכירות לימודי מוסמכים\n")),
    # the user's employer's exit interview, before the last day
    ("an-exit-interview-at-the-current-job", _m(
        "Dana HR <dana@current-co.example>", "ראיון יציאה",
        "היי אלכס,\nלקראת סיום העבודה שלך אצלנו נשמח לקבוע ראיון יציאה קצר ביום חמישי ב-12:00.\nמצורף גם טופס סיום "
        "יחסי עובד-מעביד לחתימה.\nתודה,\nדנה\nמשאבי אנוש\n")),
    # a gym's questionnaire to fill in is no test for a post
    ("a-gyms-questionnaire", _m(
        "Fit Plus <noreply@fitplus.example>", "שאלון שביעות רצון",
        "שלום אלכס,\nנשמח אם תמלא את השאלון הקצר על החוויה שלך במועדון. זה ייקח 2 דקות.\nתודה,\nצוות Fit Plus\n")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
