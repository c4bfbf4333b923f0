"""Session 45: Arabic as Egyptian pharmacies, hospitals, pharma firms, Gulf agencies and job boards write it (MSA,
Egyptian Arabic, Arabizi), each phrase group tested here in invented words, with the look-alikes that share them."""

from __future__ import annotations

from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

READ_AS = [
    # a job board's receipt: "your application was sent to the post", the employer will look at it
    ("a-board-says-the-application-was-sent", "application_ack", _m(
        "Shoghlak Jobs <no-reply@shoghlak.example>", "تم إرسال طلبك لوظيفة محاسب - شركة النيل للأغذية",
        "أهلاً أليكس،\nتم إرسال طلبك بنجاح لوظيفة محاسب عام في شركة النيل للأغذية - المعادي.\nصاحب العمل هيراجع طلبك "
        "وهيتواصل معاك لو مناسب.\nبالتوفيق!\nفريق شغلك\n")),
    # an HR mailbox's receipt of the message and the CV with it
    ("an-hr-mailbox-receipt-of-the-cv", "application_ack", _m(
        "Delta Medical - HR <careers@deltamedical.example>", "بخصوص: صيدلي مبيعات - أليكس مورجان",
        "شكراً لتواصلكم مع إدارة الموارد البشرية.\nتم استلام رسالتكم والسيرة الذاتية الخاصة بكم، وسيتم مراجعتها، وفي حالة "
        "التوافق مع متطلبات الوظيفة سيتم التواصل معكم.\nإدارة الموارد البشرية - دلتا ميديكال\n")),
    # a branch manager: can you drop by the branch on Thursday, we'll sit and talk about the work
    ("egyptian-drop-by-the-branch", "interview_invitation", _m(
        "Karim Nabil <karim.nabil@elezaby-like.example>", "وظيفة صيدلي - فرع مدينة نصر",
        "أهلاً د. أليكس\nمعاك د. كريم مدير فرع مدينة نصر، الـ CV بتاعك وصلنا.\nتقدر تيجي الفرع عندنا يوم الخميس الساعة ١٢ "
        "الضهر؟ هنقعد مع بعض شوية ونتكلم عن الشغل.\nد. كريم نبيل\n")),
    # an agency in Arabizi: come to the office on Monday, we'll do the first interview
    ("arabizi-come-to-the-office-for-the-interview", "interview_invitation", _m(
        "Nourhan Samy <nourhan.samy@talentnile.example>", "Sales Rep - FMCG client",
        "Hi Alex,\nana Nourhan men Talent Nile. 3andena opening Sales Representative le client kbeer fe Cairo.\n"
        "t3ala yom el etneen el sa3a 1 fel office 3andena fe Dokki n3mel el interview el awalaneya.\nNourhan\n"
        "Recruitment Consultant | Talent Nile\n")),
    # a manager in Arabizi: we're waiting for you on Sunday at 10
    ("arabizi-we-are-waiting-for-you", "interview_confirmation", _m(
        "Tarek Hosny <tarek.hosny@nilepharma.example>", "Re: Interview - Nile Pharma",
        "tamam ya Alex, mestaneenak el 7ad el sa3a 10 fel sherka.\nTarek\n",
        quoted="Ahlan Tarek, el 7ad el sa3a 10 tamam ma3aya.")),
    # a manager moves the interview: could we make it Wednesday, same time?
    ("egyptian-make-it-wednesday", "reschedule", _m(
        "Hala Mostafa <hala.mostafa@misrhealth.example>", "Re: مقابلة - مندوب دعاية طبية",
        "أستاذ أليكس معلش\nالمدير مسافر بكرة ومش هينفع نقعد. ينفع نخليها الأربع الجاي نفس الميعاد الساعة ١١؟\nهالة\n",
        quoted="تمام، هكون عندكم بكرة الساعة ١١.")),
    # MSA: we regret to inform you the interview appointment is cancelled
    ("msa-the-interview-appointment-is-cancelled", "cancellation", _m(
        "الموارد البشرية <hr@alnoorhospital.example>", "بخصوص المقابلة - أخصائي تغذية",
        "السيد/ أليكس مورجان\nتحية طيبة وبعد،\nنأسف لإبلاغكم بإلغاء موعد المقابلة المحدد يوم الاثنين 9/3 لظروف تنظيمية، "
        "وسيتم التواصل معكم لاحقاً.\nإدارة الموارد البشرية - مستشفى النور\n")),
    # an agency in Arabizi calls today's meeting off
    ("arabizi-todays-meeting-called-off", "cancellation", _m(
        "Yara Fouad <yara.fouad@gulfhire.example>", "Re: Area Manager role",
        "Sorry Alex, el client talab ne2agel kol 7aga. hanlghy el meeting bta3et bokra, asfa gedan.\nYara\n",
        quoted="Ahlan Yara, bokra el sa3a 2 tamam.")),
    # a board relays the employer's decline
    ("a-board-relays-the-employers-decline", "rejection", _m(
        "Shoghlak Jobs <no-reply@shoghlak.example>", "تحديث على طلبك: محاسب - شركة النيل للأغذية",
        "أهلاً أليكس،\nللأسف صاحب العمل اعتذر عن طلبك لوظيفة محاسب عام.\nمتزعلش، فيه فرص تانية كتير مستنياك.\n"
        "فريق شغلك\n")),
    # MSA: the choice fell on another candidate
    ("msa-another-candidate-was-chosen", "rejection", _m(
        "Recruitment <jobs@gulfcare.example>", "طلبكم لوظيفة صيدلي سريري",
        "عزيزي أليكس،\nنشكر لكم اهتمامكم بوظيفة صيدلي سريري. بعد دراسة الطلبات وقع الاختيار على مرشح آخر تتوافق خبراته "
        "بشكل أكبر مع متطلبات الوظيفة.\nمع التمنيات بالتوفيق،\nفريق التوظيف\n")),
    # the management approved the user: the offer follows
    ("egyptian-management-approved-you", "offer", _m(
        "Sherif Adel <sherif.adel@cairodrugstores.example>", "Re: وظيفة مدير صيدلية",
        "أستاذ أليكس مساء الخير\nالإدارة وافقت على تعيينك مدير صيدلية في فرع الزمالك.\nالمرتب ١٦ ألف + عمولة، والاستلام "
        "أول الشهر الجاي.\nرد عليا قبل الخميس.\nشريف عادل\n",
        quoted="شكراً على المقابلة، في انتظار ردكم.")),
    # papers wanted before the hiring goes on, the final decision in two weeks
    ("egyptian-papers-wanted-and-a-final-decision", "company_reply", _m(
        "Rania Saad <rania.saad@medline-eg.example>", "Re: مقابلة مندوب مبيعات",
        "أستاذ أليكس\nبعد المقابلة، محتاجين منك شوية أوراق: صورة البطاقة وشهادة التخرج وشهادة الخبرة.\nوالقرار النهائي "
        "هيكون خلال أسبوعين إن شاء الله.\nرانيا سعد\nHR - Medline Egypt\n",
        quoted="شكراً على وقتكم النهارده.")),
]

OTHER_MAIL = [
    # a Gulf regulator's receipt of a professional licence request is no post's
    ("a-regulators-classification-receipt", _m(
        "Health Licensing <noreply@healthlicensing.example>", "استلام طلب التصنيف المهني",
        "عزيزي المتقدم / ALEX MORGAN\nتم استلام طلبكم للتصنيف والتسجيل المهني (أخصائي) بنجاح برقم 7781.\nيمكنكم متابعة "
        "حالة الطلب من خلال البوابة.\n")),
    # a clinic calls off a patient's booking: no interview
    ("a-clinics-booking-called-off", _m(
        "عيادات الشفاء <booking@shifaclinics.example>", "إلغاء موعد الكشف",
        "عزيزي أليكس،\nنعتذر عن إلغاء موعد الكشف مع د. سامي يوم الثلاثاء لظروف طارئة. برجاء حجز موعد جديد من التطبيق.\n"
        "عيادات الشفاء\n")),
    # a cousin asks the user to drop by the house on Friday
    ("a-cousin-asks-to-drop-by", _m(
        "Mona <mona.family88@gmail.com>", "الجمعة",
        "ازيك يا أليكس\nممكن تعدي علينا في البيت يوم الجمعة بعد الصلاة؟ ماما عاملة محشي 😄\nمنى\n")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
