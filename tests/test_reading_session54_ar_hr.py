"""Session 54, Arabic as an HR and admin coordinator's job search in Cairo, Amman, Riyadh and Casablanca holds it: HR's
formal Modern Standard Arabic ("تم تحديد موعد المقابلة", "نرجو منكم حل الاختبار المرفق", "طلبكم ما زال قيد الدراسة",
"يسرّ الشركة أن تقدم لكم عرضاً وظيفياً"), papers and the expected salary asked for after the interview, the joining's
paperwork once the offer is accepted, managers typing Egyptian and Levantine colloquial from their phones ("نخليها الخميس
بدل بكرة", "اضطرينا نلغي المقابلة", "فمش هنقدر نكمل في الموضوع") and Arabizi ("confirmed bokra el sa3a 2"). Tested here
in invented words, with the look-alikes that share them: an embassy's visa interview, a master's admission interview, a
bank's financing request under review, a supplier's price offer, a friend's plan moved to another day."""

from __future__ import annotations

from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

READ_AS = [
    # HR sets the time in formal words
    ("hr-sets-the-interview", "interview_confirmation", _m(
        "شيماء فؤاد <hr@nakheelsystems.example>", "تأكيد موعد المقابلة - أخصائي موارد بشرية",
        "الأستاذ أليكس مورغان المحترم،\nتحية طيبة،\n\nيسرنا إعلامكم بأنه تم تحديد موعد المقابلة الشخصية يوم الأربعاء "
        "15/4/2026 الساعة 10:30 صباحاً في مقر الشركة بمدينة نصر.\n\nمع التحية،\nشيماء فؤاد\nإدارة الموارد البشرية\n")),
    # an HR officer's Arabizi from her phone, under the user's yes
    ("an-arabizi-confirmation", "interview_confirmation", _m(
        "Nada Samir <nada.samir@wadilogistics.example>", "Re: Interview - Office Manager",
        "Tamam ya Alex, confirmed el khamees el sa3a 11 fel office. hat ma3ak nos5a men el CV.\nNada\n",
        quoted="Hi Nada, Thursday at 11 works for me.\nAlex")),
    # a manager moves the interview to another day "instead of" tomorrow, in Egyptian
    ("a-manager-moves-it-instead-of-tomorrow", "reschedule", _m(
        "Hany Lotfy <hany.lotfy@misrcables.example>", "Re: مقابلة - مدير مكتب",
        "أهلاً يا أليكس،\nمعلش عندي سفر مفاجئ، خلينا نخليها يوم الحد الساعة ١٢ بدل بكرة، نفس المكان.\nهاني\n",
        quoted="أستاذ هاني، أشوف حضرتك بكرة الساعة ١١ إن شاء الله.\nأليكس")),
    # an NGO calls the interview off in Levantine
    ("a-levantine-call-off", "cancellation", _m(
        "Lina Haddad <lina.haddad@amalfoundation.example>", "Re: Interview - HR Assistant",
        "مرحبا أليكس،\nبعتذر منك، اضطرينا نلغي المقابلة يلي كانت محددة يوم الخميس لأنو المدير مسافر. رح نرجع نحكيك لما "
        "يرجع.\nلينا\n", quoted="Dear Lina, I confirm Thursday at 10.\nAlex")),
    # a director's Egyptian no: the manager preferred someone else, so they can't go on
    ("a-manager-preferred-someone-else", "rejection", _m(
        "Wael Mansour <wael.mansour@deltafoods.example>", "Re: Admin Supervisor",
        "أهلاً يا أليكس،\nشكراً إنك جيت المقابلة. بصراحة المدير فضّل حد عنده خبرة أكتر في المصانع، فمش هنقدر نكمل في "
        "الموضوع.\nبالتوفيق\nوائل\n", quoted="أستاذ وائل، حبيت أتابع مع حضرتك بخصوص مقابلة الأسبوع اللي فات.\nأليكس")),
    # a company's offer in the third person
    ("a-third-person-offer", "offer", _m(
        "سارة العتيبي <careers@alrowadtrading.example>", "عرض وظيفي - أخصائي موارد بشرية",
        "السيد أليكس مورغان المحترم،\n\nيسرّ شركة الرواد للتجارة أن تقدم لكم عرضاً وظيفياً بوظيفة أخصائي موارد بشرية "
        "براتب أساسي قدره 9000 ريال شهرياً، مع بدل سكن وبدل مواصلات.\n\nمع التحية،\nسارة العتيبي\n")),
    # HR's test, its "please" with its "of you"
    ("hr-sends-a-test", "assessment", _m(
        "ريم حداد <hr@jabalcement.example>", "اختبار فني - منسق شؤون إدارية",
        "السيد أليكس المحترم،\n\nاستكمالاً لإجراءات الاختيار، نرجو منكم حل الاختبار الفني المرفق وإعادته على هذا البريد "
        "خلال ثلاثة أيام.\n\nمع الاحترام،\nريم حداد\n")),
    # where the application stands
    ("the-application-under-review", "company_reply", _m(
        "Omar Nabil <omar.nabil@sinaitextiles.example>", "رد: متابعة طلب التوظيف",
        "أستاذ أليكس،\n\nشكراً لمتابعتك. نود إفادتكم بأن طلبكم لوظيفة محاسب ما زال قيد المراجعة، وسنتواصل معكم قريباً.\n\n"
        "مع التحية،\nعمر نبيل\n")),
    # papers and the expected salary asked for after the interview
    ("papers-and-the-expected-salary", "company_reply", _m(
        "هالة الزعبي <hr@petramedical.example>", "استكمال الملف - مساعد إداري",
        "السيد أليكس المحترم،\n\nإشارةً إلى المقابلة يوم الأحد الماضي، يرجى تزويدنا بالمستندات التالية لاستكمال ملفكم: "
        "صورة جواز السفر والشهادات الجامعية. كما نرجو إعلامنا بالراتب المتوقع وأقرب تاريخ للمباشرة.\n\nمع الاحترام،\n"
        "هالة الزعبي\n")),
    # the joining's paperwork once the offer is accepted
    ("the-joinings-paperwork", "company_reply", _m(
        "فهد الشمري <hr@najdhealth.example>", "استكمال إجراءات التعيين",
        "الأستاذ أليكس المحترم،\n\nنشكركم على قبول عرض العمل. نرجو إرسال صورة جواز السفر وتقرير الفحص الطبي لبدء "
        "إجراءات تأشيرة العمل.\n\nمع التحية،\nفهد الشمري\n")),
]

OTHER_MAIL = [
    # an embassy's visa interview, set
    ("an-embassys-visa-interview", _m(
        "قسم التأشيرات <visa@embassy.example>", "موعد المقابلة",
        "السيد أليكس مورغان،\n\nتم تحديد موعد المقابلة في السفارة يوم الأحد 12/4/2026 الساعة 9:00 صباحاً. يرجى إحضار "
        "جواز السفر.\n\nقسم التأشيرات\n")),
    # a master's programme's admission interview
    ("a-masters-admission-interview", _m(
        "عمادة الدراسات العليا <grad@university.example>", "مقابلة القبول",
        "عزيزي أليكس،\n\nتم تحديد موعد مقابلة القبول لبرنامج الماجستير في إدارة الأعمال يوم الثلاثاء الساعة 11:00.\n\n"
        "عمادة الدراسات العليا\n")),
    # a bank's financing request under review
    ("a-banks-financing-request", _m(
        "بنك الأفق <notify@alofuqbank.example>", "حالة طلب التمويل",
        "عميلنا العزيز،\n\nنفيدكم بأن طلبكم للتمويل الشخصي ما زال قيد الدراسة، وسيتم إشعاركم بالنتيجة.\n\nبنك الأفق\n")),
    # a supplier's price offer to the coordinator's office
    ("a-suppliers-price-offer", _m(
        "شركة النور للتوريدات <sales@alnoorsupplies.example>", "عرض سعر - أجهزة مكتبية",
        "السادة المحترمون،\n\nيسرّ شركة النور للتوريدات أن تقدم لكم عرض سعر لتوريد أجهزة الطباعة والأثاث المكتبي حسب "
        "المواصفات المرفقة.\n\nمع التحية،\nقسم المبيعات\n")),
    # a friend's plan moved to another day
    ("a-friends-plan-moved", _m(
        "Mona <mona.k@gmail.example>", "الخروجة",
        "أليكس، خلينا نخليها الجمعة بدل الخميس، عندي شغل متأخر. نتقابل عند الكافيه الساعة ٨؟\nمنى\n")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
