"""Session 60: German fitters' workshops and agencies, Dutch hauliers and care homes, Swedish and Norwegian installers and
preschools, Chinese founders and HR, Indian BPOs and founders, US hourly hiring. Each case is one general rule in invented
words, with the look-alikes that share its words.

A German Meister's day that does not suit ("Mittwoch geht leider nicht") and a plant's "Absage Ihres Termins ... neuer
Termin" move a meeting, they refuse nothing; an agency sends "die Daten für unser Kennenlernen"; a workshop sets an
Arbeitsprobe, an agency a Fallaufgabe. Dutch recruiters ring at a set time and agencies' clients want the user at one; an
owner asks the user to drop by and calls the day off again; a care home sets a rekentoets. Swedish installers set a
provdag and a kunskapstest, an ATS reminds of unfinished tests, a city confirms the booked interview slot, an agency's
client calls the meeting off and the assignment goes elsewhere, a head takes references; "om de vill träffa dig" asks
nothing yet. Norwegian posts are filled and offered. Chinese founders ask the user in, HR decides the offer and sends
the first day's notice, a headhunter's "绩效奖金" is a post's bonus. A final round moves for the interviewer's own review,
an offer helps with the work visa, walk-ins and hiring events held over hours invite, a founder would have the user run
a function. A task's supplier scorecard and "the successful candidate needs to" are no panel's.

The second round: a Hebrew agency receives the CV and passes it on, a bank's next step is an assessment day, a client asks
to move the interview, a hospital's tender summons the user before its committee (the letter's "מוזמן" ends in a final
nun), calls it off and chooses the user; Ukrainian HR sets "невелике тестове" and offers the post; a Polish recruiter
rings "w środę 14.01 o 10:00" (the date's dots inside the sentence), a privacy note's "po zakończeniu rekrutacji"
refuses nothing; a German owner asks the user to drop by, and "ich muss Ihnen leider absagen" refuses, it calls nothing
off; a bank's copies "certified by a justice of the peace" are pre-employment checks; Catalan and Spanish agencies and
owners ask for a call, ring at a time, move it, set a trial shift and keep someone else.

Against them: a colleague asked in Chinese to sit as interviewer, a speaker asked to run a workshop, a friend asking the
user to drop by (in Dutch and in Hebrew)."""

from __future__ import annotations

from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

READ_AS = [
    # German: a Meister's day that does not suit is a move, not a refusal
    ("a-german-meisters-day-that-does-not-suit", "reschedule", _m(
        "Metallbau Huber <info@metallbau-huber.example>", "Re: Bewerbung als Schlosser",
        "Herr Morgan\n\nÜbermorgen Mittwoch geht leider nicht, wir sind auf einer Baustelle in Landsberg. Können Sie Freitag "
        "kommen, gleiche Zeit 7 Uhr? Sonst rufen Sie an.\n\nHuber\n\nVon meinem iPhone gesendet")),
    # ... a plant's new date after a call-off is a move, not a refusal
    ("a-german-plants-new-date-after-a-call-off", "reschedule", _m(
        "Petra Winkler <p.winkler@alpenmolkerei.example>", "AW: Absage Ihres Termins am 10. März - neuer Termin",
        "Sehr geehrter Herr Morgan,\n\nwie angekündigt melden wir uns mit einem neuen Termin: Wir würden Sie gerne am "
        "Dienstag, 24. März 2026, um 10:00 Uhr bei uns begrüßen. Treffpunkt bleibt die Pforte.\n\nMit freundlichen Grüßen\n"
        "Petra Winkler\nPersonalabteilung")),
    # ... an agency's details after a call book the meeting
    ("a-german-agencys-details-after-a-call", "interview_confirmation", _m(
        "Sandra Keller <s.keller@zeitwerk-personal.example>", "Unser Termin am Donnerstag - Zeitwerk Ulm",
        "Hallo Herr Morgan,\n\ndanke für das Telefonat eben! Wie besprochen hier nochmal die Daten für unser Kennenlernen:\n\n"
        "Donnerstag, 19.02.2026 um 15:30 Uhr\nZeitwerk Personal, Niederlassung Ulm, Bahnhofstraße 4\n\nBitte bringen Sie "
        "Ihren Ausweis und Ihre Zeugnisse mit.\n\nLiebe Grüße\nSandra Keller\nPersonaldisponentin")),
    # ... a workshop's test piece before the talk
    ("a-german-workshops-test-piece", "assessment", _m(
        "Georg Brandl <g.brandl@brandl-stahlbau.example>", "Ihre Bewerbung - Arbeitsprobe",
        "Sehr geehrter Herr Morgan,\n\nvielen Dank für Ihre Bewerbung als Schlosser. Bei uns machen Bewerber vor dem "
        "Gespräch eine kleine Arbeitsprobe in der Werkstatt: ein Teil nach Zeichnung und eine Schweißprobe. Wir haben Sie "
        "für Montag, 9.03., ab 8 Uhr eingeplant.\n\nMit freundlichen Grüßen\nGeorg Brandl")),
    # ... an agency's case to solve before the second round
    ("a-swiss-agencys-case-to-solve", "assessment", _m(
        "Urs Meier <u.meier@alpstein-personal.example>", "Kunde - Fallaufgabe vor der zweiten Runde",
        "Grüezi Herr Morgan\n\nder Kunde war vom Gespräch sehr angetan. Vorher bittet er Sie, eine kleine Fallaufgabe zu "
        "lösen: Beschreiben Sie auf einer Seite, wie Sie bei einer sporadischen Störung an der Abfüllanlage vorgehen würden. "
        "Bitte senden Sie mir Ihre Lösung bis Montag.\n\nFreundliche Grüsse\nUrs Meier")),
    # Dutch: a recruiter rings at a set time
    ("a-dutch-recruiter-rings-at-a-set-time", "interview_confirmation", _m(
        "Lotte de Vries <no-reply@recruitee.com>", "Re: Magazijnplanner - even bellen?",
        "Hoi Alex,\n\nTop! Dan bel ik je woensdag 21 januari om 11:00 op je mobiele nummer. Plan maar een half uurtje in.\n\n"
        "Spreek je dan!\n\nGroetjes,\nLotte")),
    # ... an agency's client wants to see the user at a day and hour
    ("a-dutch-agencys-client-wants-to-see-the-user", "interview_confirmation", _m(
        "Joost Bakker <joost.bakker@flexpunt.example>", "Re: cv voorgesteld",
        "Hoi Alex,\n\nZe willen je graag spreken! Donderdag 12 februari om 14:00 bij de opdrachtgever in de Waalhaven. "
        "Vraag bij de receptie naar Ilse. Neem je ID mee.\n\nGr Joost\nIntercedent Logistiek")),
    # ... an owner asks the user to drop by
    ("a-dutch-owner-asks-the-user-to-drop-by", "interview_invitation", _m(
        "Kees Smits <k.smits@smitstransport.example>", "Re: Sollicitatie planner",
        "hoi alex\n\nbedankt voor je mail en je cv. we zoeken inderdaad iemand voor de planning. kom anders een keer langs "
        "dan laat ik je de zaak zien. wanneer kan jij?\n\ngr kees\n\nVerzonden vanaf mijn iPhone")),
    # ... the owner's day off again
    ("a-dutch-owners-day-off-again", "cancellation", _m(
        "Kees Smits <k.smits@smitstransport.example>", "Re: Sollicitatie planner",
        "hoi alex sorry maar morgen gaat ook niet door. ik moet met de monteur naar een wagen in breda. ik bel je deze week "
        "nog om wat anders te prikken.\n\nkees")),
    # ... a care home's arithmetic test
    ("a-dutch-care-homes-arithmetic-test", "assessment", _m(
        "Anouk Jansen <a.jansen@zorgcentrumhetanker.example>", "Vervolg sollicitatie: rekentoets",
        "Hoi Alex,\n\nBedankt voor het fijne gesprek. Onderdeel van onze procedure is een korte digitale rekentoets "
        "medicatie van 20 opgaven. Via deze link kun je de toets maken; de link is 7 dagen geldig.\n\nGroet,\nAnouk")),
    # Swedish: an installer's trial day as the next step
    ("a-swedish-installers-trial-day", "assessment", _m(
        "Maria Holm <maria.holm@nordel-install.example>", "Provdag - Installationselektriker",
        "Hej Alex,\n\nTack för intervjun i torsdags! Vi vill gärna gå vidare med nästa steg, som hos oss är en provdag ute på "
        "ett av våra projekt.\n\nDatum: tisdag 10 februari\nTid: 07.00 till ca 15.00\n\nTa med ID06-kort och skyddsskor.\n\n"
        "Vänliga hälsningar\nMaria Holm\nHR")),
    # ... a knowledge test before interviews
    ("a-swedish-knowledge-test-before-interviews", "assessment", _m(
        "Lena Ström <lena.strom@sydkraftel.example>", "Kunskapstest - Elektriker Lund",
        "Hej Alex!\n\nTack för din ansökan. Innan vi bokar intervjuer ber vi alla sökande att göra vårt kunskapstest i "
        "elteknik, ungefär 45 minuter, via länken nedan. Gör testet senast söndag.\n\nMvh\nLena Ström")),
    # ... an ATS's reminder of unfinished tests
    ("a-swedish-reminder-of-unfinished-tests", "assessment", _m(
        "Fastighetsservice Nord <noreply@smartrecruiters.com>", "Påminnelse: Du har inte slutfört dina tester",
        "Hej Alex,\n\nVi ser att du ännu inte har slutfört testerna för tjänsten Driftelektriker, Sundbyberg.\n\nLogiskt "
        "resonemang - ej påbörjat\n\nLänken är giltig till och med fredag.\n\nVänliga hälsningar\nFastighetsservice Nord")),
    # ... a city's booked interview slot
    ("a-swedish-citys-booked-interview-slot", "interview_confirmation", _m(
        "Uppsala kommun <no-reply@varbi.com>", "Bekräftelse av bokad intervjutid",
        "Hej Alex Morgan,\n\nDu har bokat en intervjutid för tjänsten Barnskötare till Förskoleområde Luthagen.\n\nDatum: "
        "onsdag 18 mars 2026\nTid: 10:15-11:00\nPlats: Luthagens förskola\n\nMed vänliga hälsningar\nUppsala kommun")),
    # ... an agency's client calls the meeting off
    ("a-swedish-agencys-client-calls-off", "cancellation", _m(
        "Erik Lund <erik.lund@elbemanning.example>", "SV: Kundmöte måndag kl 10 - bekräftelse",
        "Hej Alex,\n\nFick precis besked från kunden - de ställer in mötet imorgon. De vill se över bemanningen innan de "
        "träffar någon. Jag hör av mig när jag vet mer.\n\n/Erik\nRekryterare, Elbemanning")),
    # ... and the assignment goes to no one outside
    ("a-swedish-agencys-assignment-gone", "rejection", _m(
        "Erik Lund <erik.lund@elbemanning.example>", "Besked från kunden",
        "Hej Alex,\n\nNu har jag fått besked. De har valt att lösa det internt, så det blir tyvärr inget uppdrag för dig "
        "där. Jag återkommer om ett annat uppdrag.\n\nMvh\nErik Lund\nRekryterare, Elbemanning")),
    # ... a head asks for references after the interview
    ("a-swedish-head-asks-for-references", "company_reply", _m(
        "Karin Berg <karin.berg@vasteras.example>", "Referenser",
        "Hej Alex!\n\nTack för intervjun igår, det var trevligt att träffa dig. Vi vill gärna gå vidare och ta referenser. "
        "Kan du skicka namn och telefonnummer till två referenser?\n\nVänliga hälsningar\nKarin Berg\nRektor, "
        "Förskoleområde Öster")),
    # ... an agency's conditional "if they want to meet you" asks nothing yet
    ("a-swedish-agencys-if-they-want-to-meet-you", "company_reply", _m(
        "Erik Lund <erik.lund@elbemanning.example>", "Tack för samtalet idag",
        "Hej Alex,\n\nTack för ett trevligt samtal idag! Som jag nämnde presenterar jag dig för kunden under veckan och hör "
        "av mig så fort jag vet om de vill träffa dig. Kan du under tiden maila en kopia på ditt ID06-kort?\n\n"
        "Med vänlig hälsning\nErik Lund\nRekryterare, Elbemanning")),
    # Norwegian: the post filled, from the ATS
    ("a-norwegian-post-filled", "rejection", _m(
        "Fjordbygg AS <noreply@webcruiter.no>", "Svar på søknad - Byggelektriker, Stavanger",
        "Hei Alex Morgan,\n\nTakk for din interesse for stillingen som Byggelektriker i Fjordbygg AS.\n\nStillingen er nå "
        "besatt. Vi takker for at du søkte.\n\nMed vennlig hilsen\nFjordbygg AS")),
    # ... a receipt's promise to write when the post is filled refuses nothing
    ("a-norwegian-receipt-promises-word-when-filled", "application_ack", _m(
        "Fjordbygg AS <noreply@webcruiter.no>", "Søknad mottatt - Byggelektriker, Stavanger",
        "Hei Alex Morgan,\n\nVi har mottatt søknaden din på stillingen som Byggelektriker. Vi vurderer søknader fortløpende "
        "og gir beskjed til alle søkere når stillingen er besatt.\n\nMed vennlig hilsen\nFjordbygg AS")),
    # ... and a kindergarten's offer of a permanent post
    ("a-norwegian-kindergartens-offer", "offer", _m(
        "Ingrid Dahl <ingrid@lindebo-barnehage.example>", "Tilbud om stilling - barnehageassistent",
        "Hei Alex!\n\nVi har fått gode tilbakemeldinger fra referansene dine, og jeg har gleden av å tilby deg fast stilling "
        "som barnehageassistent i 80 % hos oss.\n\nOppstart: 1. juni 2026\nLønn: kr 35 900 per måned\n\nGi meg svar innen "
        "fredag.\n\nHilsen\nIngrid Dahl\nStyrer")),
    # Chinese: a founder asks the user in for a chat about the post applied for
    ("a-chinese-founder-asks-the-user-in", "interview_invitation", _m(
        "Wu Hao <wu.hao@cangsu.example>", "仓速科技-仓储运营",
        "Alex你好 我是仓速的吴昊 创始人。看到你在BOSS上投的运营岗 简历我看了 挺合适\n\n这周有空来公司聊聊？地址南山科技园\n\n"
        "发自我的iPhone")),
    # ... HR's onboarding notice after the background check
    ("a-chinese-onboarding-notice", "company_reply", _m(
        "鲸帆科技 <noreply@mail.mokahr.com>", "【鲸帆科技】入职通知",
        "Alex Morgan，您好！\n\n恭喜您顺利通过背景调查，欢迎加入鲸帆科技！\n\n报到时间：2026年5月6日 上午 9:30\n"
        "报到地点：上海市徐汇区漕河泾 2楼 HR 服务台\n\n请携带身份证原件及复印件。\n\n鲸帆科技 人力资源部")),
    # ... HR's yes with the terms
    ("a-chinese-hr-decides-to-make-the-offer", "offer", _m(
        "周敏 <zhoumin@jingfan-tech.example>", "【Offer沟通】供应链运营专员 - 薪资方案确认",
        "Alex 你好！\n\n终面反馈很好，公司决定向你发放 offer。先把核心条件跟你对一下：\n\n· 月薪：税前 20,000 元/月，13 薪\n"
        "· 试用期：6 个月\n· 期望入职时间：2026 年 5 月\n\n如果没有问题，麻烦回复邮件确认。\n\n周敏\nHRBP")),
    # ... a headhunter puts the user forward, the client's bonus no review of the user's own work
    ("a-chinese-headhunter-puts-the-user-forward", "company_reply", _m(
        "Chen Yu <chen.yu@qihang-talent.example>", "推荐确认｜客户 物流主管（苏州）",
        "Alex 你好，\n\n简历收到，谢谢！我这边已经把你推荐给客户了，岗位是物流主管。\n\n"
        "- 薪资范围：年薪 30W（13 薪 + 绩效奖金）\n\n"
        "客户一般一周左右给简历反馈，有消息我第一时间联系你。\n\n陈宇\n高级顾问")),
    # English: a final round moved for the interviewer's own meeting
    ("a-final-round-moved-for-the-interviewers-meeting", "reschedule", _m(
        "Priya Nair <priya.nair@lakeshoreglobal.example>", "Final round with Dana Ortiz | Alex Morgan",
        "Hi Alex,\n\nDana's calendar has changed - she has to attend a quarterly business review on Friday morning. We have "
        "moved your round to Monday, 23 Feb 2026, 7:00 PM IST. The Teams link remains the same.\n\nRegards,\nPriya")),
    # ... a final interview booked while the interviewer is in town for a review
    ("a-final-interview-while-the-interviewer-is-in-town", "interview_confirmation", _m(
        "Grace Ho <grace.ho@kestrelparts.example>", "Final interview - Tom Reyes / Alex Morgan",
        "Hi Alex,\n\nGreat speaking with you just now. As discussed, here is the invite for your final interview with Tom "
        "Reyes, our VP Operations, on Tuesday 3 March at 14:00 in our Shanghai office. Tom is in Shanghai that week for the "
        "quarterly review, so it will be face to face.\n\nBest,\nGrace")),
    # ... an offer that mentions the employer's help with the work visa
    ("an-offer-with-help-on-the-work-visa", "offer", _m(
        "Sam Wong <sam.wong@tidewaylogistics.example>", "Good news",
        "Hi Alex,\n\nGood news - Marco and I both want you to join our team. Jenny will send you the formal offer letter next "
        "week. Package is HK$27,000 x 13 months, 3 months probation. Jenny can also help on the work visa application if "
        "needed.\n\nSam")),
    # ... a walk-in held over hours invites, it books nothing
    ("a-walk-in-held-over-hours", "interview_invitation", _m(
        "Neha Gupta <neha.gupta@callpointbpo.example>", "Walk-in Interview | Team Leader | Sat, 7 Feb 2026",
        "Dear Alex,\n\nWith reference to your application on Naukri for the post of Team Leader, we are pleased to invite you "
        "for a Walk-in Interview as per below details:\n\nDate : Saturday, 7th February 2026\nTime : 10:00 AM to 2:00 PM "
        "(reporting time)\nVenue : Callpoint BPO, Sector 18, Noida\n\nPlease carry 2 copies of your resume.\n\n"
        "Regards\nNeha - HR")),
    # ... a warehouse's hiring event the user is invited to
    ("a-warehouses-hiring-event", "interview_invitation", _m(
        "Ridgeline Freight Recruiting <no-reply@fountain.com>", "You're invited: Ridgeline Freight hiring event - Thu 2/5",
        "Hi Alex!\n\nGood news - you're invited to our in-person hiring event at Ridgeline Freight Whitestown.\n\nThursday, "
        "February 5. Come by any time between 10:00 AM and 3:00 PM. No appointment needed.\n\nYou'll have a short interview "
        "with a shift lead.\n\nCan't make it Thursday? Just reply to this email and we'll let you know about the next "
        "event.\n\nRidgeline Freight Recruiting")),
    # ... a founder would have the user run a function
    ("a-founder-would-have-the-user-run-a-function", "offer", _m(
        "Arjun Mehta <arjun@gharbazaar.example>", "Re: Ghar Bazaar - ops role",
        "Hi Alex,\n\nReally enjoyed Monday's call. I spoke with my co-founder and we'd love to have you run operations at "
        "Ghar Bazaar. Here's what we can do:\n\n- CTC: 9 LPA fixed + ESOPs\n- Location: Pune\n- Joining: anytime in May\n\n"
        "Tell me honestly if the number needs work.\n\nArjun")),
    # a task's supplier scorecard is no interviewer's scorecard
    ("a-case-study-with-a-supplier-scorecard", "assessment", _m(
        "Jana Harms <j.harms@ostwerk-handel.example>", "Fallstudie für unser Gespräch am 10.03.",
        "Guten Morgen Herr Morgan,\n\nanbei die Fallstudie für unser Gespräch zur Position Teamleiter Einkauf am Dienstag, "
        "10.03.\n\nIhre Aufgabe:\n1. Bewerten Sie die drei Lieferanten anhand der Daten (gern mit einer einfachen "
        "Lieferantenbewertung/Scorecard).\n2. Entwickeln Sie eine Empfehlung für die nächsten 12 Monate.\n\nBitte bringen Sie "
        "Ihre Ergebnisse zum Gespräch mit.\n\nMit freundlichen Grüßen\nJana Harms")),
    # the post's requirement of "the successful candidate" is no candidate the user interviews
    ("a-posts-requirement-of-the-successful-candidate", "company_reply", _m(
        "Ryan Leblanc <ryan.leblanc@pinecrest-systems.example>", "Quick follow-up - Talent Acquisition Advisor",
        "Hi Alex,\n\nGreat chatting yesterday, thanks for taking the time.\n\nTwo quick things before I put your profile in "
        "front of the hiring manager:\n\n1. This role supports government contracts, so the successful candidate needs to "
        "obtain a basic security screening. Any concerns there?\n2. It's 3 days a week onsite. Would you relocate or "
        "commute?\n\nA couple of lines back is all I need.\n\nCheers,\nRyan")),
    # a Spanish offer's letter, sent to sign, names the job by itself
    ("a-spanish-offer-letter-to-sign", "offer", _m(
        "Marta Ferrer <marta.ferrer@envasesmarina.example>", "Carta de oferta - Controller Financiero",
        "Hola Alex,\n\naquí tienes la carta de oferta con las condiciones que cerraste con Vicente (55.000 € brutos "
        "anuales, un día de teletrabajo tras el periodo de prueba, incorporación el 1 de junio). Fírmala cuando puedas."
        "\n\n¡Bienvenido!\nMarta")),
    # Hebrew: an agency's recruiter receives the CV and passes it on
    ("a-hebrew-agency-receives-the-cv", "application_ack", _m(
        "Dana Levi <dana@beta-hr.example>", "קו\"ח - רכז/ת לוגיסטיקה",
        "היי אלכס,\nתודה שפנית בעקבות המודעה, קיבלתי את קורות החיים.\nאני מעבירה ללקוח ואחזור אליך כשיהיה עדכון.\n\nדנה לוי\n"
        "רכזת גיוס | בטא השמה")),
    # ... a bank's next step is a day at an assessment institute
    ("a-hebrew-banks-assessment-day", "assessment", _m(
        "Noa Cohen <noa.cohen@bankmerkaz.example>", "המשך תהליך – יום הערכה",
        "שלום אלכס,\n\nתודה על הגעתך לראיון. שמחים לעדכן כי הוחלט להמשיך עמך בתהליך. השלב הבא הוא יום הערכה במכון, הכולל "
        "מבחני חשיבה וראיון אישי.\n\nבברכה,\nנועה כהן\nרכזת גיוס")),
    # ... the agency's client asks to move tomorrow's interview
    ("a-hebrew-client-asks-to-move-the-interview", "reschedule", _m(
        "Dana Levi <dana@beta-hr.example>", "RE: קו\"ח - רכז/ת לוגיסטיקה",
        "אלכס ערב טוב\nהמנהלת ביקשה להזיז את הראיון של מחר. מתאים לך רביעי 18.2 ב14:00? אותו מקום\nתאשר לי בבקשה\nדנה")),
    # ... a hospital's tender summons the user before its examining committee
    ("a-hebrew-tender-summons-before-the-committee", "interview_confirmation", _m(
        "מדור מכרזים <michrazim@hadassa-emek.example>", "זימון לוועדת בחינה – מכרז 12/2026",
        "לכבוד\nמר אלכס מורגן\n\nהננו מתכבדים להודיעך כי הנך מוזמן להופיע בפני ועדת הבחינה.\n\nמועד: יום שלישי, 10 במרץ 2026, "
        "בשעה 11:00\nמקום: בניין המנהלה, קומה 2\n\nבברכה,\nמדור מכרזים")),
    # ... and calls it off, its date's dots inside the sentence
    ("a-hebrew-tender-calls-off-the-committee", "cancellation", _m(
        "מדור מכרזים <michrazim@hadassa-emek.example>", "ביטול מועד ועדת בחינה – מכרז 12/2026",
        "לכבוד\nמר אלכס מורגן\n\nהרינו להודיעך כי ועדת הבחינה שנקבעה ליום שלישי 10.3.2026 בשעה 11:00 מבוטלת. מועד חדש יימסר "
        "בהמשך.\n\nבברכה,\nמדור מכרזים")),
    # ... and chooses the user for the post
    ("a-hebrew-tender-chooses-the-user", "offer", _m(
        "מדור מכרזים <michrazim@hadassa-emek.example>", "הודעה על בחירתך במכרז 12/2026",
        "לכבוד\nמר אלכס מורגן\n\nשמחים להודיעך כי ועדת הבחינה החליטה לבחור בך לתפקיד שבנדון.\n\n- היקף משרה: 100%\n- שכר ברוטו "
        "משוער: 12,000 ₪\n\nבברכה,\nמדור מכרזים")),
    # Ukrainian: the next step is a small test task, the noun left out
    ("a-ukrainian-next-step-is-a-test", "assessment", _m(
        "Iryna Bondar <iryna@tsyfra-buh.example>", "Тестове завдання — Бухгалтер",
        "Олександро, привіт!\nПереглянула твоє резюме — досвід саме те, що треба. Наступний крок — невелике тестове: у вкладенні "
        "виписка клієнта, треба рознести операції по колонках.\nЧекаю до п'ятниці.\nІрина")),
    # ... and the post offered
    ("a-ukrainian-offer-of-the-post", "offer", _m(
        "Iryna Bondar <iryna@tsyfra-buh.example>", "Пропозиція — Бухгалтер",
        "Олександро, привіт!\nДякуємо за середу. Раді запропонувати тобі позицію бухгалтерки в нашій команді.\n• оплата: 1 "
        "200 EUR/міс"
        "\n• старт: 4 травня\nІрина")),
    # Polish: a recruiter will ring at a set day and hour
    ("a-polish-recruiter-will-ring", "interview_confirmation", _m(
        "Anna Nowak <anna.nowak@wisla-logistyka.example>", "RE: Rekrutacja – Administrator magazynu",
        "Dzień dobry Pani Aleksandro,\ndziękuję – w takim razie zadzwonię jutro, w czwartek 15.01 o 11:00.\nRozmowa potrwa "
        "ok. 20 "
        "minut.\nAnna Nowak\nSpecjalista ds. Rekrutacji")),
    # ... a privacy note's "after the recruitment ends" refuses nothing
    ("a-polish-privacy-note-refuses-nothing", "company_reply", _m(
        "Olena Kowalczuk <olena@prostaff-praca.example>", "Dokumenty – PESEL, karta pobytu",
        "Pani Aleksandro,\n\ndziękuję za dzisiejsze spotkanie! Klient jest wstępnie zainteresowany, przesłałam mu Pani CV.\n\n"
        "Żebyśmy mogli szybko przygotować umowę, potrzebuję od Pani: 1. PESEL, 2. kartę pobytu, 3. numer konta.\n\nDokumenty "
        "przechowujemy zgodnie z RODO i usuwamy po zakończeniu rekrutacji, jeśli nie dojdzie do zatrudnienia.\n\nPozdrawiam\n"
        "Olena Kowalczuk\nRekruterka")),
    # German: an owner asks the user to drop by
    ("a-german-owner-asks-the-user-to-drop-by", "interview_invitation", _m(
        "U. Brandt <u.brandt-logistik@t-online.example>", "AW: Bewerbung Mitarbeiterin Büro",
        "Hallo Frau Morgan,\ndanke für Ihre Unterlagen. Kommen Sie doch mal vorbei, dann zeig ich Ihnen das Büro. Wann passt es "
        "Ihnen nächste Woche?\nGruß\nU. Brandt")),
    # ... and refuses the user, which calls nothing off
    ("a-german-owner-refuses-the-user", "rejection", _m(
        "U. Brandt <u.brandt-logistik@t-online.example>", "Ihre Bewerbung",
        "Hallo Frau Morgan,\nich muss Ihnen leider absagen: meine Schwägerin hat das Büro jetzt übernommen. Alles Gute für Sie!\n"
        "Gruß\nU. Brandt")),
    # English: a bank's checks want copies certified by a justice of the peace
    ("a-banks-checks-certified-by-a-justice-of-the-peace", "company_reply", _m(
        "Human Resources <hr@harbourtrustbank.example>", "Re: Customer Service Representative - next steps",
        "Dear Alex,\n\nThank you for attending the panel interview on Thursday. Before we can proceed, please provide:\n"
        "1. a police record;\n2. two referees;\n3. copies of your certificates, certified by a justice of the peace.\n\n"
        "Regards,\nHuman Resources")),
    # Catalan: an agency asks for a short call
    ("a-catalan-agency-asks-for-a-call", "interview_invitation", _m(
        "Laia Vidal <laia.vidal@hostaltalent.example>", "Trucada – candidatura cambrer/a",
        "Hola Alex,\nSóc la Laia. He vist el teu CV i crec que podries encaixar amb un client. T'aniria bé que féssim una "
        "trucada "
        "curta aquesta setmana? Digue'm quin dia et va bé.\nLaia")),
    # ... rings at a set day and hour
    ("a-catalan-agency-rings-at-a-set-time", "interview_confirmation", _m(
        "Laia Vidal <laia.vidal@hostaltalent.example>", "Re: Trucada – candidatura cambrer/a",
        "Perfecte Alex!\nDoncs et truco dijous 29 a les 11h al mòbil.\nFins dijous!\nLaia")),
    # ... moves the call
    ("a-catalan-agency-moves-the-call", "reschedule", _m(
        "Laia Vidal <laia.vidal@hostaltalent.example>", "Re: Trucada – candidatura cambrer/a",
        "Alex, perdona!!\nPodem moure la trucada a dilluns 2 de febrer a les 10? Ho sento molt.\nLaia")),
    # ... a bar owner's trial shift
    ("a-catalan-bar-owners-trial-shift", "assessment", _m(
        "Bar Nit <hola@barnit.example>", "Re: CV – sala",
        "Alex, un plaer ahir!\nEns agradaria veure't en acció abans de decidir res: vine dijous 5 a les 20h a fer una prova fins "
        "al tancament. Porta camisa negra.\nM.")),
    # ... and the bar keeps someone else
    ("a-catalan-bar-keeps-someone-else", "rejection", _m(
        "Bar Nit <hola@barnit.example>", "Re: CV – sala",
        "Hola Alex,\nMoltes gràcies per dijous, vas treballar molt bé. Ho hem pensat molt i al final ens quedem amb una noia "
        "que ja "
        "coneix la casa.\nM.")),
    # Spanish (Spain): a beach club's manager will call
    ("a-spanish-managers-call", "interview_invitation", _m(
        "Javi <javi@lasolabeachclub.example>", "Encargado sala temporada",
        "Hola Alex! Soy Javi, el encargado de La Sola Beach Club.\nHe visto tu cv en infojobs, lo del encargado de sala. Te "
        "puedo "
        "llamar esta semana y hablamos un rato? Dime qué día y hora te viene bien\nUn saludo")),
    # ... his trial shift
    ("a-spanish-managers-trial-shift", "assessment", _m(
        "Javi <javi@lasolabeachclub.example>", "prueba viernes",
        "Alex, lo que hablamos ayer.\nVen el viernes 20 a las 19h a hacer una prueba, trae camisa negra y pantalón negro. "
        "Pregunta "
        "por mí en la barra.\nJavi")),
]

OTHER_MAIL = [
    # a colleague asked to sit on an interview panel, in Chinese
    ("a-chinese-request-to-sit-as-interviewer", _m(
        "陈佳 <chenjia@brightstar-scm.example>", "【面试安排】物流助理 候选人李晓 - 请您担任面试官",
        "Alex 你好，\n\n物流助理岗位的候选人已通过 HR 初筛，现安排业务面试，请你作为用人部门面试官参加：\n\n"
        "候选人：李晓\n面试时间：2026年"
        "2月3日（周二）14:00\n地点：8楼 小会议室\n\n面试结束后请填写面试评价表。\n\n陈佳\n人力资源部")),
    # a speaker asked to run a workshop is no hire
    ("a-speaker-asked-to-run-a-workshop", _m(
        "Meera Iyer <meera@pmcircle.example>", "Workshop at PM Circle?",
        "Hi Alex,\n\nWe'd love to have you run a workshop for our members at PM Circle in March. It's a volunteer-run "
        "community, so we can't pay speakers, but we'll cover your travel.\n\nMeera")),
    # a friend asking Alex to come by is still a friend
    ("a-dutch-friend-asks-the-user-to-drop-by", _m(
        "Sanne <sanne.vd@gmail.com>", "koffie?",
        "hoi! kom anders een keer langs zaterdag, dan drinken we koffie en kun je de kleine zien. wanneer kan jij?\n\nxx "
        "Sanne")),
    # a Hebrew friend asking the user to drop by for coffee
    ("a-hebrew-friend-asks-the-user-over", _m(
        "Yael <yael.b@gmail.com>", "קפה?",
        "היי! יש מצב שתקפוץ אלינו בשבת לקפה? הילדים מתגעגעים\nיעל")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
