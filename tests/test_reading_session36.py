"""Session 36: general rules from fresh writer sets, each tested here in invented words, with the look-alikes that
share them."""

from __future__ import annotations

from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

# Windows-1256 mailers and Arabic keyboards type Persian's ی and ک as Arabic's ي and ك
ARABIC_FORMS = str.maketrans({"ی": "ي", "ک": "ك"})

READ_AS = [
    # Persian, as firms, agencies, a public call and job boards write it
    ("fa-a-receipt-of-the-cv", "application_ack", _m(
        "منابع انسانی <hr@arghavansazeh.example>", "دریافت رزومه - کارشناس نقشه‌برداری",
        "سلام آقای مورگان\nرزومه شما برای موقعیت «کارشناس نقشه‌برداری» دریافت شد. بررسی‌ها تا دو هفته طول می‌کشد.\n"
        "با تشکر\nواحد منابع انسانی شرکت ارغوان سازه\n")),
    ("fa-which-day-suits-you", "interview_invitation", _m(
        "لیلا نادری <l.naderi@arghavansazeh.example>", "دعوت به مصاحبه - کارشناس نقشه‌برداری",
        "سلام و وقت بخیر\nاز شما برای مصاحبه حضوری در دفتر شرکت دعوت می‌کنیم.\n"
        "چه روزی برایتان مناسب است؟ شنبه یا یکشنبه هفته آینده، صبح‌ها.\nبا احترام\nلیلا نادری\nمنابع انسانی\n")),
    ("fa-the-interview-is-put-off-to-sunday", "reschedule", _m(
        "لیلا نادری <l.naderi@arghavansazeh.example>", "Re: دعوت به مصاحبه - کارشناس نقشه‌برداری",
        "سلام آقای مورگان\nبه دلیل سفر مدیر فنی، مصاحبه به روز یکشنبه ساعت ۱۰ موکول شد. همان آدرس.\nنادری\n",
        quoted="سلام، شنبه ساعت ۹ برای من مناسب است.")),
    ("fa-the-meeting-is-called-off", "cancellation", _m(
        "لیلا نادری <l.naderi@arghavansazeh.example>", "Re: دعوت به مصاحبه - کارشناس نقشه‌برداری",
        "سلام آقای مورگان\nمتاسفانه مصاحبه فردا ساعت ۱۰ لغو شد. فعلاً زمان جدیدی مشخص نیست، بعداً اطلاع می‌دهیم.\n"
        "نادری\n", quoted="سلام، شنبه ساعت ۹ برای من مناسب است.")),
    ("fa-no-cooperation-this-time", "rejection", _m(
        "منابع انسانی <hr@arghavansazeh.example>", "نتیجه مصاحبه - کارشناس نقشه‌برداری",
        "سلام آقای مورگان\nضمن تشکر از وقتی که گذاشتید، شرکت با داوطلب دیگری همکاری خواهد کرد و متاسفانه در این مرحله "
        "امکان همکاری وجود ندارد.\nموفق باشید\n")),
    ("fa-we-offer-you-the-post", "offer", _m(
        "لیلا نادری <l.naderi@arghavansazeh.example>", "پیشنهاد همکاری - کارشناس نقشه‌برداری",
        "سلام آقای مهندس مورگان\nخوشحالیم که به شما پیشنهاد همکاری بدهیم. حقوق و تاریخ شروع در فایل پیوست آمده است.\n"
        "لطفاً تا پایان هفته اعلام نظر بفرمایید.\nنادری\n")),
    # ... typed with Arabic letter forms, as a public employer's old system sends it
    ("fa-a-call-letter-in-arabic-letter-forms", "interview_confirmation", _m(
        "دبیرخانه جذب <jazb@kavirab.example>", "دعوت‌نامه مصاحبه تخصصی".translate(ARABIC_FORMS),
        "داوطلب گرامی Alex Morgan\nاحتراماً، از جنابعالی دعوت می‌شود جهت شرکت در مصاحبه تخصصی رشته شغلی «کارشناس آب» "
        "در زمان و مکان زیر حضور به هم رسانید:\nزمان: دوشنبه ۱۲ خرداد، ساعت ۹\n".translate(ARABIC_FORMS))),
    # (a Finglish offer from a site manager's phone is in test_reading_session46.py: since session 46's retrain the agent
    # asks about it)
    # Catalan and Valencian, as a clinic, an insurer and owners from the phone write them
    ("ca-a-receipt", "application_ack", _m(
        "Selecció <seleccio@mutuabadia.example>", "Candidatura rebuda – Ref. INF-22",
        "Benvolguda Alex,\nUs comuniquem que la vostra candidatura per al lloc d'Infermer/a ha estat rebuda correctament.\n"
        "Equip de Selecció\n")),
    ("ca-can-you-come-on-thursday", "interview_invitation", _m(
        "Jordi <jordi@fisiosantmarti.example>", "Re: Candidatura fisioterapeuta",
        "Alex! Pots passar dijous a la tarda i en parlem? Digue'm a quina hora et va bé.\nJordi\n",
        quoted="Bon dia, us envio el meu currículum per a la plaça de fisioterapeuta.")),
    ("ca-we-must-move-it-to-friday", "reschedule", _m(
        "Jordi <jordi@fisiosantmarti.example>", "Re: Candidatura fisioterapeuta",
        "perdona, hem de canviar-ho a divendres, a la mateixa hora et va bé?\nJordi\n",
        quoted="Perfecte, dijous a les 17h hi seré.")),
    ("ca-we-must-cancel-the-interview", "cancellation", _m(
        "Coordinació <coordinacio@centrealba.example>", "Re: Plaça d'infermer/a – Centre Alba",
        "Bon dia Alex,\nLamentablement hem d'anul·lar l'entrevista de dimarts a les 10 h. Ara mateix no vos puc proposar una "
        "data nova.\nMarta\n", quoted="Dimarts a les 10 h em va molt bé.")),
    ("ca-we-keep-someone-else", "rejection", _m(
        "Coordinació <coordinacio@centrealba.example>", "Re: Plaça d'infermer/a – Centre Alba",
        "Bon dia Alex,\nGràcies pel temps que vas dedicar a l'entrevista. Lamentem comunicar-te que no continuaràs en el "
        "procés de selecció.\nMolta sort,\nMarta\n", quoted="Gràcies per l'entrevista d'ahir.")),
    ("ca-we-are-pleased-to-offer-you-the-post", "offer", _m(
        "Selecció <seleccio@mutuabadia.example>", "Proposta d'incorporació – Ref. INF-22",
        "Benvolguda Alex,\nUna vegada finalitzat el procés de selecció, ens complau oferir-vos el lloc d'Infermer/a amb "
        "les condicions següents: contracte indefinit, jornada completa.\nEquip de Selecció\n")),
    # Bangla in Bangla script and in Banglish
    ("bn-a-receipt", "application_ack", _m(
        "মানবসম্পদ বিভাগ <hr@karnaphuli-tech.example>", "আবেদন প্রাপ্তি স্বীকার — QA Engineer",
        "প্রিয় Alex Morgan,\nQA Engineer পদে আবেদন করার জন্য আপনাকে ধন্যবাদ। আপনার আবেদনটি আমরা পেয়েছি।\n"
        "মানবসম্পদ বিভাগ\n")),
    ("bn-the-interview-is-moved", "reschedule", _m(
        "নুসরাত জাহান <nusrat@karnaphuli-tech.example>", "Re: সাক্ষাৎকারের সময় — QA Engineer",
        "প্রিয় Alex Morgan,\nঅনিবার্য কারণবশত ১০ মার্চের সাক্ষাৎকারটি পুনর্নির্ধারণ করতে হচ্ছে। নতুন সময়: ১২ মার্চ, সকাল ১০টা।\n"
        "নুসরাত\n", quoted="ধন্যবাদ, আমি উপস্থিত থাকব।")),
    ("bn-the-viva-is-postponed", "cancellation", _m(
        "Recruitment Cell <recruitment@meghnabank.example>", "ভাইভা স্থগিত প্রসঙ্গে",
        "প্রিয় প্রার্থী,\nঅনিবার্য কারণবশত আগামী ২০ মার্চ অনুষ্ঠিতব্য পদের মৌখিক পরীক্ষা (ভাইভা) স্থগিত করা হয়েছে।\n"
        "পরবর্তী তারিখ পরে জানানো হবে।\n")),
    ("bn-the-post-is-filled", "rejection", _m(
        "মানবসম্পদ বিভাগ <hr@karnaphuli-tech.example>", "QA Engineer - আবেদনের আপডেট",
        "প্রিয় Alex Morgan,\nআপনাকে জানাচ্ছি যে পদটি ইতোমধ্যে পূরণ হয়ে গেছে, তাই আপনার আবেদনটি নিয়ে আর অগ্রসর হওয়া সম্ভব "
        "হচ্ছে না।\n")),
    ("bn-banglish-can-you-come-tomorrow", "interview_invitation", _m(
        "Tahmid <tahmid@jhalmuri.example>", "QA Engineer - Jhalmuri",
        "Alex vai, apnar CV ta dekhlam, QA er experience ta amader kaje lagbe.\nkal 4tay ashte parben office e? na "
        "parle bolen.\nTahmid\n")),
    ("bn-banglish-an-offer", "offer", _m(
        "Tahmid <tahmid@jhalmuri.example>", "Re: QA Engineer - Jhalmuri",
        "Alex vai, team er shobai raji. apnake amra offer dite chai! kal ekta call e details boli?\nTahmid\n",
        quoted="Thanks vai, interview ta bhalo laglo.")),
    # English: a bank's call letter to its oral examination; hiring approved and the offer gone over; a founder's
    # sales hire's exercise on a call that is no sales call; the candidate's own interview loop
    ("a-bank-calls-the-user-to-the-viva-voce", "interview_confirmation", _m(
        "Recruitment Cell <recruitment@meghnabank.example>", "Call for Viva Voce - Officer (IT)",
        "Dear Candidate,\nYou have qualified in the Written Test for the post of Officer (IT).\nYou are requested to attend "
        "the Viva Voce as per the following schedule:\nDate: 22 March 2026\nReporting Time: 10:00 AM\n")),
    ("hiring-approved-and-the-offer-gone-over", "offer", _m(
        "Farhad Rostami <f.rostami@doranplant.example>", "RE: Reference check - Process Engineer",
        "Dear Alex,\nGood news - the board has approved your hiring. Could we have a short call tomorrow at 10:00 to go "
        "over the offer before we send the letter?\nFarhad\n", quoted="Hi Farhad, my referees are happy to be contacted.")),
    ("a-sales-hire-s-written-exercise", "assessment", _m(
        "Quorra Recruiting <no-reply@ashbyhq.com>", "Quorra - next step: written exercise",
        "Hi Alex,\nThanks again for Tuesday. We'd love to move you forward: the next step is a short written exercise we "
        "ask every AE finalist to do.\n1. Read the scenario attached (a fictional discovery call with the CFO of a "
        "40-store retailer).\n2. Write the follow-up email you'd send after that call.\nIt should take under an hour. "
        "Please submit it through the link below by Friday, March 13.\nNadia\nTalent, Quorra\n")),
    ("the-candidate-s-own-interview-loop", "interview_confirmation", _m(
        "Ines Varga <ines@coralgrid.example>", "Your final interview loop - Backend Engineer",
        "Hi Alex - congratulations on clearing the take-home! Here is your final interview loop for Backend Engineer, "
        "all on Zoom, on Thursday 12 March:\n10:00 System design (Pavel)\n11:00 Coding deep-dive (Ruth)\n12:00 Hiring "
        "manager (Sam)\nInes\n")),
    # German and Dutch from the European set: a receipt whose condition names a decline, a status that says it is
    # none, an agency's "call me", a post filled from within, a design assignment
    ("de-a-receipt-with-an-inverted-condition", "application_ack", _m(
        "Lindenhof Software <noreply@softgarden.io>", "Eingangsbestätigung: Ihre Bewerbung als UX Writer",
        "Sehr geehrte/r Alex Morgan,\nvielen Dank für Ihre Bewerbung als UX Writer. Hiermit bestätigen wir Ihnen den "
        "Eingang Ihrer Unterlagen.\nAufgrund der Vielzahl an Bewerbungen ist es uns leider nicht möglich, jede Bewerbung "
        "individuell zu beantworten. Sollten Sie innerhalb von sechs Wochen nichts von uns hören, haben wir uns leider "
        "für andere Bewerber:innen entschieden.\n")),
    ("de-a-status-that-is-no-decline", "company_reply", _m(
        "Bewerbung Lindenhof <bewerbung@lindenhof.example>", "Ihre Bewerbung als UX Writer – Zwischenstand",
        "Sehr geehrte/r Alex Morgan,\nunser Auswahlverfahren verzögert sich um einige Wochen. Ihre Bewerbung befindet sich "
        "weiterhin im Prozess – bitte verstehen Sie unsere bisherige Rückmeldung nicht als Absage.\nMit freundlichen "
        "Grüßen\n")),
    ("de-the-post-filled-from-within", "rejection", _m(
        "Jana Scholz <j.scholz@blickwerk.example>", "AW: Vorstellung bei Kranich Medien",
        "Hallo Alex,\nKranich Medien hat sich entschieden, die Stelle Senior UX Writer intern zu besetzen. Damit ist der "
        "Prozess für dich dort leider beendet.\nViele Grüße\nJana\n", quoted="Danke, ich freue mich auf das Gespräch.")),
    ("nl-a-design-assignment-for-the-next-round", "assessment", _m(
        "Femke <femke@graanhaven.example>", "Ontwerpopdracht Graanhaven – Product Designer",
        "Hoi Alex,\nDank voor het fijne gesprek van gisteren! Zoals besproken sturen we je hierbij de ontwerpopdracht "
        "voor de volgende ronde (zie bijlage). Inleveren kan tot vrijdag 12:00.\nGroet,\nFemke\n")),
    # a council calls off all of a post's interviews for now: a call-off, not a decline
    ("a-council-calls-off-the-post-s-interviews", "cancellation", _m(
        "Westmoor Council <no-reply@jobs.westmoor.gov.example>", "Interview cancelled: Caretaker - Ref WM-0212",
        "Dear Alex Morgan\nWe are sorry to tell you that the interviews for the above post arranged for Friday 6 March "
        "will no longer take place. This includes your interview at 14:00.\nThe post is being reviewed and we are not "
        "able to proceed with interviews at this time. We will contact you as soon as we can.\nHR Recruitment Team\n")),
]

OTHER_MAIL = [
    # the user on a panel at the current employer, in Persian
    ("fa-the-user-on-a-candidates-panel", _m(
        "الهه کریمی <e.karimi@tarhnovin.example>", "دعوت‌نامه: مصاحبه داوطلبان کارشناس ایمنی",
        "مهندس مورگان عزیز، سلام\nلطفاً به‌عنوان عضو فنی پنل در مصاحبه داوطلبان موقعیت «کارشناس ایمنی» حضور داشته باشید.\n"
        "زمان: سه‌شنبه ساعت ۱۰\nرزومه داوطلبان پیوست است.\nواحد منابع انسانی\n")),
    # a bank's loan approval that asks for a copy of the user's appointment letter (নিয়োগপত্রের কপি)
    ("bn-a-loan-approval-asks-for-the-appointment-letter", _m(
        "Retail Lending <alerts@meghnabank.example>", "অভিনন্দন! আপনার লোন আবেদন অনুমোদিত হয়েছে",
        "প্রিয় গ্রাহক,\nঅভিনন্দন! আপনার পার্সোনাল লোন আবেদন অনুমোদিত হয়েছে।\nঅনুগ্রহ করে জাতীয় পরিচয়পত্র ও "
        "নিয়োগপত্রের কপিসহ আপনার শাখায় যোগাযোগ করুন।\n")),
    # the user volunteers as a mock interviewer; a college's mock interview
    ("bn-the-user-as-a-mock-interviewer", _m(
        "Mentors <mentors@codepathshala.example>", "সেশন নিশ্চিত: মক ইন্টারভিউ",
        "প্রিয় Alex ভাই,\nশিক্ষার্থীদের জন্য মক ইন্টারভিউয়ার হিসেবে স্বেচ্ছাসেবা দেওয়ার জন্য ধন্যবাদ! আপনার সেশন "
        "নিশ্চিত করা হয়েছে:\nতারিখ: ১৮ এপ্রিল, বিকেল ৩টা\n")),
    ("ca-a-college-s-mock-interview", _m(
        "Calendly <notifications@calendly.com>", "Confirmed: Simulacre d'entrevista with Pere Soler",
        "Hi Alex Morgan,\nYour Simulacre d'entrevista (45 min) with Pere Soler at 6:00pm on Tuesday, April 28, 2026 is "
        "scheduled.\nLocation: Seu del Col·legi\n")),
]


test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
