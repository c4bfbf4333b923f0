"""Session 46: Persian as contractors, a petrochemical firm, consulting engineers, a startup, a bank, a cement plant, a
university research office and job boards write it (formal letters, Windows-1256's Arabic ي and ك, a startup's
Persian-English mix), each phrase group tested here in invented words, with the look-alikes that share them."""

from __future__ import annotations

from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

READ_AS = [
    # a consulting firm's receipt: the CV sent for the post was received and passed to the technical unit
    ("the-cv-sent-was-received-and-passed-on", "application_ack", _m(
        "منابع انسانی - مهندسین مشاور نقش جهان <hr@naghshejahan.example>", "ارسال رزومه - کارشناس نظارت",
        "جناب آقای مورگان\nبا سلام\nرزومه ارسالی جنابعالی برای موقعیت «کارشناس نظارت کارگاهی» دریافت و جهت بررسی به "
        "مدیر فنی ارسال شد.\nبا تشکر\nواحد منابع انسانی\n")),
    # ... as a Windows-1256 mailer types it, with the Arabic ي
    ("the-papers-for-the-call-were-received-arabic-ye", "application_ack", _m(
        "دفتر جذب - شرکت آب و خاک <jazb@abokhak.example>", "دریافت مدارک",
        "آقاي مهندس مورگان\nمدارک ارسالي شما جهت فراخوان جذب «مهندس ژئوتکنيک» دريافت گرديد.\nدفتر جذب\n")),
    # a bank's portal: the request to take part in the hiring call was registered
    ("a-portal-registers-the-request", "application_ack", _m(
        "سامانه استخدام بانک آفتاب <estekhdam@aftabbank.example>", "ثبت درخواست",
        "متقاضی گرامی\nدرخواست شما برای شرکت در فراخوان استخدام «کارشناس اعتبارات» با موفقیت ثبت گردید. کد رهگیری: "
        "۵۵۱۲۰۹\nاداره امور کارکنان\n")),
    # a startup in Persian-English: thanks for applying, your CV arrived
    ("a-startup-says-the-cv-arrived", "application_ack", _m(
        "Baridrun Team <hiring@baridrun.example>", "درخواستت رسید",
        "سلام Alex\nمرسی که برای پوزیشن Data Analyst توی باریدران apply کردی. CV ات رسید و تا آخر هفته review می‌کنیم.\n"
        "Team Baridrun\n")),
    # a formal invitation: you are invited to attend the technical interview
    ("you-are-invited-to-the-interview", "interview_invitation", _m(
        "سارا احمدی <s.ahmadi@tarhsazan.example>", "دعوت به مصاحبه - مهندس تاسیسات",
        "جناب آقای مورگان\nبا سلام و احترام\nاز جنابعالی جهت حضور در جلسه مصاحبه تخصصی در روز دوشنبه ۱۴ مهر ساعت ۱۱ "
        "دعوت به عمل می‌آید.\nسارا احمدی\nکارشناس جذب\n")),
    # ... and "come to the office for the interview"
    ("come-to-the-factory-for-the-interview", "interview_invitation", _m(
        "امور کارکنان فولاد زاگرس <karkonan@foladzagros.example>", "مصاحبه",
        "آقای مورگان سلام\nجهت مصاحبه با مدیر تولید روز چهارشنبه ساعت ۹ صبح به دفتر کارخانه مراجعه فرمایید.\n"
        "امور کارکنان\n")),
    # a professor would like to hold a meeting and proposes a time
    ("a-professor-would-like-a-meeting", "interview_invitation", _m(
        "دکتر مریم طاهری <m.taheri@kharazmi-uni.example>", "همکاری در طرح پژوهشی",
        "آقای مهندس مورگان\nبا سلام\nرزومه شما را دیدم. مایلم یک جلسه کوتاه آنلاین با شما داشته باشیم؛ پیشنهاد من "
        "پنجشنبه ساعت ۱۰ است.\nطاهری\n")),
    # HR: your attendance for Monday at 11 is registered
    ("your-attendance-is-registered", "interview_confirmation", _m(
        "سارا احمدی <s.ahmadi@tarhsazan.example>", "RE: دعوت به مصاحبه - مهندس تاسیسات",
        "آقای مورگان سلام\nحضور شما برای دوشنبه ساعت ۱۱ ثبت شد. منتظرتان هستیم.\nاحمدی\n",
        quoted="دوشنبه ساعت ۱۱ خدمت می‌رسم.")),
    # a professor: very well, then Thursday at 10, online
    ("very-well-then-thursday", "interview_confirmation", _m(
        "دکتر مریم طاهری <m.taheri@kharazmi-uni.example>", "Re: همکاری در طرح پژوهشی",
        "سلام\nبسیار خوب، پس پنجشنبه ساعت ۱۰ به صورت آنلاین. لینک را فردا می‌فرستم.\nطاهری\n",
        quoted="پنجشنبه ساعت ۱۰ برای من مناسب است.")),
    # the interview is moved to another day
    ("the-interview-is-moved", "reschedule", _m(
        "سارا احمدی <s.ahmadi@tarhsazan.example>", "تغییر زمان مصاحبه",
        "آقای مورگان سلام\nبا پوزش، مصاحبه دوشنبه به دلیل سفر مدیر فنی به چهارشنبه ۱۶ مهر ساعت ۱۱ منتقل شد.\nاحمدی\n")),
    # a startup: could we put it after the holidays?
    ("a-startup-puts-it-after-the-holidays", "reschedule", _m(
        "Shirin Kamali <shirin@baridrun.example>", "Re: Interview - Data Analyst",
        "سلام Alex\nببخشید، مدیر فنی فردا نیست. میشه بذاریمش برای شنبه ساعت ۴ عصر؟\nShirin\n",
        quoted="فردا ساعت ۴ هستم.")),
    # a formal notice: the interview is cancelled
    ("the-interview-is-cancelled", "cancellation", _m(
        "امور کارکنان فولاد زاگرس <karkonan@foladzagros.example>", "لغو مصاحبه",
        "آقای مورگان\nبا سلام\nمتأسفانه به اطلاع می‌رساند مصاحبه مورخ ۱۴۰۴/۰۷/۱۶ به دلیل توقف جذب لغو می‌گردد.\n"
        "امور کارکنان\n")),
    # a consulting firm: cooperation is not possible at this stage
    ("cooperation-is-not-possible", "rejection", _m(
        "منابع انسانی - مهندسین مشاور نقش جهان <hr@naghshejahan.example>", "نتیجه مصاحبه",
        "جناب آقای مورگان\nضمن تشکر از حضور شما در مصاحبه، متأسفانه امکان همکاری در حال حاضر فراهم نمی‌باشد.\n"
        "با آرزوی موفقیت\n")),
    # a bank: your name is not on the list of those finally accepted
    ("not-on-the-list-of-those-accepted", "rejection", _m(
        "سامانه استخدام بانک آفتاب <estekhdam@aftabbank.example>", "اعلام نتایج استخدام",
        "متقاضی محترم\nبه اطلاع می‌رساند نام شما در فهرست پذیرفته‌شدگان نهایی رشته شغلی «کارشناس اعتبارات» قرار نگرفته "
        "است.\nاداره امور کارکنان\n")),
    # a factory: the post was filled from inside
    ("the-post-was-filled-from-inside", "rejection", _m(
        "امور کارکنان فولاد زاگرس <karkonan@foladzagros.example>", "نتیجه درخواست",
        "آقای مورگان سلام\nموقعیت مهندس تولید از بین همکاران داخلی تأمین شد. از شکیبایی شما سپاسگزاریم.\n"
        "امور کارکنان\n")),
    # a job board: the status of your application changed to "not a match"
    ("a-board-says-not-a-match", "rejection", _m(
        "جابینجا <noreply@jobinja.example>", "نتیجه بررسی رزومه شما",
        "الکس عزیز سلام\nشرکت نیک‌پخش رزومه شما برای آگهی «کارشناس فروش» را بررسی کرد. وضعیت درخواست شما به «عدم تطابق» "
        "تغییر کرد.\nجابینجا\n")),
    # a startup: we decided to go ahead with another candidate
    ("a-startup-goes-ahead-with-another-candidate", "rejection", _m(
        "Shirin Kamali <shirin@baridrun.example>", "Re: Interview - Data Analyst",
        "سلام Alex\nمرسی از وقتی که گذاشتی. بعد از بحث توی تیم، تصمیم گرفتیم با کاندید دیگه‌ای جلو بریم. برات آرزوی "
        "موفقیت داریم.\nShirin\n", quoted="ممنون، منتظر خبرتون هستم.")),
    # an offer with its terms, as below
    ("an-offer-as-below", "offer", _m(
        "سارا احمدی <s.ahmadi@tarhsazan.example>", "پیشنهاد همکاری",
        "جناب آقای مورگان\nبا سلام\nپیشنهاد همکاری شرکت طرح‌سازان در سمت «مهندس تاسیسات» به شرح زیر اعلام می‌گردد:\n"
        "- حقوق ماهانه: ۴۵ میلیون تومان\n- تاریخ شروع: اول آبان\nلطفاً تا یکشنبه نظر خود را اعلام فرمایید.\nاحمدی\n")),
    # a research council agreed to take the user on
    ("the-council-agreed-to-take-the-user-on", "offer", _m(
        "دکتر مریم طاهری <m.taheri@kharazmi-uni.example>", "نتیجه مصاحبه طرح",
        "آقای مهندس مورگان\nخوشحالم اعلام کنم شورای طرح با همکاری جنابعالی به عنوان پژوهشگر طرح به مدت یک سال، ماهانه ۳۰ "
        "میلیون تومان، موافقت کرده است.\nطاهری\n")),
    # a written exam for the post
    ("invited-to-a-written-exam", "assessment", _m(
        "منابع انسانی پالایش نفت لاوان <jazb@lavanrefinery.example>", "آزمون کتبی",
        "آقای مورگان\nبا سلام\nپیرو بررسی رزومه شما، جهت شرکت در آزمون کتبی تخصصی روز جمعه ۲۵ مهر ساعت ۸ در محل "
        "دفتر مرکزی دعوت می‌شوید.\nامور جذب\n")),
    # the next stage is a practical test
    ("through-to-the-practical-test", "assessment", _m(
        "سارا احمدی <s.ahmadi@tarhsazan.example>", "مرحله دوم",
        "آقای مورگان سلام\nشما به مرحله دوم (آزمون عملی) راه یافته‌اید. فایل پروژه پیوست است؛ لطفاً طراحی را تا پنجشنبه "
        "ارسال کنید.\nاحمدی\n")),
    # HR asks for two referees' names while the decision waits
    ("hr-asks-for-two-referees", "company_reply", _m(
        "سارا احمدی <s.ahmadi@tarhsazan.example>", "پیگیری",
        "آقای مورگان سلام\nممنون از پیگیری شما. تصمیم نهایی هفته آینده گرفته می‌شود. لطفاً نام و شماره تماس دو نفر معرف "
        "را ارسال کنید.\nاحمدی\n")),
    # a site manager in Finglish from the firm's address: come to the office tomorrow, we'll talk
    ("finglish-come-to-the-office", "interview_invitation", _m(
        "Mohandes Sadeghi <sadeghi@sazehkaran.example>", "rezume - mohandes karegah",
        "salam mohandes\nrezumeto didam. farda saat 11 bia daftar sohbat konim. adres: tehran, saadat abad.\nsadeghi\n")),
    # ... ok, Tuesday at 10, I'm waiting for you
    ("finglish-waiting-for-you-on-tuesday", "interview_confirmation", _m(
        "Mohandes Sadeghi <sadeghi@sazehkaran.example>", "Re: rezume - mohandes karegah",
        "bashe, seshanbe saat 10 montazeram.\nsadeghi\n", quoted="salam, farda nemiresam. seshanbe mishe?")),
]

OTHER_MAIL = [
    # the user's own employer moves the weekly project meeting: work, not an interview
    ("the-weekly-meeting-is-moved", _m(
        "مهندس نادری <naderi@omranpars.example>", "جابجایی جلسه هفتگی",
        "همکاران محترم\nجلسه هفتگی پیشرفت پروژه از شنبه به یکشنبه ساعت ۱۰ منتقل شد. لطفاً گزارش‌ها را آماده کنید.\n"
        "نادری\n")),
    # ... and its yearly performance review, with a date and time
    ("the-yearly-performance-review", _m(
        "منابع انسانی عمران پارس <hr@omranpars.example>", "جلسه ارزیابی عملکرد",
        "همکار گرامی\nجلسه ارزیابی عملکرد سالانه شما روز سه‌شنبه ساعت ۱۱ در اتاق مدیریت برگزار خواهد شد. لطفاً فرم "
        "خودارزیابی را تکمیل فرمایید.\nمنابع انسانی\n")),
    # a loan request registered at a bank: not a job's
    ("a-loan-request-is-registered", _m(
        "سامانه تسهیلات بانک آفتاب <vam@aftabbank.example>", "ثبت درخواست تسهیلات",
        "مشتری گرامی\nدرخواست تسهیلات شما با موفقیت ثبت شد. نتیجه بررسی از طریق پیامک اعلام خواهد شد.\nبانک آفتاب\n")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
