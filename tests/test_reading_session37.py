"""Session 37: general rules from fresh writer sets, each tested here in invented words, with the look-alikes that
share them."""

from __future__ import annotations

from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

READ_AS = [
    # Swahili, as a public-service portal, hospitals' personnel officers and managers' phones write it
    ("sw-a-receipt", "application_ack", _m(
        "Utumishi <ajira@hospitalimakole.example>", "Maombi ya kazi - Muuguzi Daraja la II",
        "Ndugu Alex,\nTumeyapokea maombi yako ya kazi ya nafasi ya Muuguzi Daraja la II. Tutawasiliana na "
        "waliochaguliwa.\nAfisa Utumishi\n")),
    ("sw-tell-us-the-time-that-suits-you", "interview_invitation", _m(
        "Dkt. Neema <neema@kliniki-upendo.example>", "Usaili - Afisa Tabibu",
        "Habari Alex,\nTungependa kukualika kwenye usaili wa nafasi ya Afisa Tabibu. Tafadhali nijulishe muda "
        "utakaokufaa wiki ijayo.\nDkt. Neema\n")),
    ("sw-called-to-the-interview-at-a-time", "interview_confirmation", _m(
        "Utumishi <ajira@hospitalimakole.example>", "Kuitwa kwenye usaili",
        "Ndugu Alex Morgan,\nKufuatia maombi yako, umeitwa kwenye usaili wa nafasi ya Mhasibu utakaofanyika Jumatano "
        "tarehe 8 Mei saa 4:00 asubuhi katika ukumbi wa mikutano.\nAfisa Utumishi\n")),
    ("sw-the-interview-is-moved-to-friday", "reschedule", _m(
        "Utumishi <ajira@hospitalimakole.example>", "Re: Kuitwa kwenye usaili",
        "Ndugu Alex,\nUsaili wako wa Jumatano umesogezwa mbele hadi Ijumaa tarehe 10 Mei saa 4 asubuhi.\nAhsante\n")),
    ("sw-the-interview-is-called-off", "cancellation", _m(
        "Utumishi <ajira@hospitalimakole.example>", "Re: Kuitwa kwenye usaili",
        "Ndugu Alex,\nTunasikitika kukujulisha kuwa usaili wa Ijumaa umesitishwa kwa sababu nafasi imesimamishwa kwa "
        "muda.\nAfisa Utumishi\n")),
    ("sw-not-chosen", "rejection", _m(
        "Utumishi <ajira@hospitalimakole.example>", "Matokeo ya usaili - Mhasibu",
        "Ndugu Alex,\nTunasikitika kukujulisha kuwa hukuchaguliwa kwa nafasi ya Mhasibu katika hatua hii. Tunakutakia "
        "kila la heri.\n")),
    ("sw-an-offer", "offer", _m(
        "Utumishi <ajira@hospitalimakole.example>", "Barua ya ajira - Mhasibu",
        "Ndugu Alex,\nKufuatia usaili wako, tuna furaha kukupa ajira kama Mhasibu kwa mshahara wa TSh 1,200,000 kwa "
        "mwezi. Tafadhali jibu kabla ya Ijumaa.\n")),
    ("sw-passed-the-interview", "company_reply", _m(
        "Utumishi <ajira@hospitalimakole.example>", "Matokeo ya usaili wa kwanza",
        "Ndugu Alex,\nHongera, umefaulu usaili wa kwanza wa nafasi ya Mhasibu. Tarehe ya hatua inayofuata itatangazwa "
        "baadaye.\n")),
    # Hindi, as banks, a state corporation and job portals write it, and Hinglish from a consultant's phone
    ("hi-a-receipt", "application_ack", _m(
        "भर्ती प्रकोष्ठ <bharti@rajsahkaribank.example>", "आवेदन प्राप्ति सूचना – कनिष्ठ लिपिक",
        "प्रिय आवेदक,\nकनिष्ठ लिपिक पद के लिए आपका आवेदन सफलतापूर्वक प्राप्त हो गया है। परीक्षा की सूचना पृथक से दी "
        "जाएगी।\nभर्ती प्रकोष्ठ\n")),
    ("hi-called-on-a-date", "interview_confirmation", _m(
        "भर्ती प्रकोष्ठ <bharti@rajsahkaribank.example>", "साक्षात्कार हेतु बुलावा पत्र – शाखा प्रबंधक",
        "प्रिय श्री एलेक्स मॉर्गन,\nशाखा प्रबंधक पद हेतु आपको दिनांक १२/०१/२०२७ को प्रातः ११:०० बजे क्षेत्रीय कार्यालय, "
        "जयपुर में उपस्थित होना है।\nभर्ती प्रकोष्ठ\n")),
    ("hi-not-selected", "rejection", _m(
        "भर्ती प्रकोष्ठ <bharti@rajsahkaribank.example>", "शाखा प्रबंधक – चयन परिणाम",
        "प्रिय श्री मॉर्गन,\nशाखा प्रबंधक पद हेतु साक्षात्कार के उपरांत खेद है कि इस बार आपका चयन नहीं हो पाया।\n"
        "धन्यवाद\n")),
    ("hi-an-appointment-letter", "offer", _m(
        "भर्ती प्रकोष्ठ <bharti@rajsahkaribank.example>", "नियुक्ति प्रस्ताव – शाखा प्रबंधक",
        "प्रिय श्री मॉर्गन,\nशाखा प्रबंधक पद पर आपका नियुक्ति पत्र संलग्न है। वेतन ₹ 45,000/- प्रतिमाह। कृपया सात दिवस में "
        "स्वीकृति भेजें।\n")),
    ("hi-a-typing-test", "assessment", _m(
        "भर्ती प्रकोष्ठ <bharti@rajsahkaribank.example>", "टाइपिंग टेस्ट – डाटा एंट्री ऑपरेटर",
        "प्रिय अभ्यर्थी,\nडाटा एंट्री ऑपरेटर भर्ती हेतु आपकी टाइपिंग टेस्ट निम्नानुसार आयोजित की जाएगी: दिनांक 20/01/2027, "
        "प्रातः 10 बजे।\n")),
    ("hinglish-which-day-suits", "interview_invitation", _m(
        "Neha <neha@kaamkaro-placements.example>", "Re: Profile for Accounts Executive",
        "Hi Alex,\nclient ne aapka cv dekha hai, interview ke liye bula rahe hain. Monday ya Tuesday, kaun sa din theek "
        "rahega aapke liye?\nNeha\n", quoted="PFA my resume for the Accounts Executive post.")),
    # Filipino and Taglish, as HR, agencies and engineers write it, and a little Cebuano
    ("fil-a-receipt", "application_ack", _m(
        "HR <hr@bagwis-builders.example>", "Application - Accounting Staff",
        "Magandang araw!\nNatanggap na po namin ang inyong aplikasyon para sa posisyong Accounting Staff. Tatawagan po "
        "namin kayo kung kayo ay shortlisted.\nHR Department\n")),
    ("fil-when-are-you-available", "interview_invitation", _m(
        "Joy <joy@bagwis-builders.example>", "Re: Application - Site Engineer",
        "Hi Engr. Morgan,\nNakita po namin ang application niyo. Kailan po kayo available next week para sa initial "
        "interview?\nJoy, HR\n")),
    ("fil-cancelled-tomorrow", "cancellation", _m(
        "Joy <joy@bagwis-builders.example>", "Re: Panel interview - Site Engineer",
        "Hi Sir Alex,\nPasensya na po, cancelled na po ang panel interview ninyo bukas. Wala pa pong bagong petsa, "
        "babalitaan ko po kayo.\nJoy\n")),
    ("ceb-not-continuing", "rejection", _m(
        "Engr. Dodong Abellana <dodong@tulaybuilders.example>", "Re: QA Engineer application",
        "Maayong buntag Alex,\nNakahukom mi nga dili na mopadayon sa imong aplikasyon para sa QA Engineer. Daghang "
        "salamat.\nDodong\n")),
    ("fil-we-offer-the-position", "offer", _m(
        "Joy <joy@bagwis-builders.example>", "Job offer - Junior Architect",
        "Hi Alex,\nCongrats po! Ino-offer po namin sa inyo ang posisyon ng Junior Architect, P35,000 basic. Pakisagot "
        "po bago mag-Biyernes.\nJoy\n")),
    # Arabic, as firms, agencies and HR write it (Modern Standard, Egyptian, Levantine) and Arabizi from a phone
    ("ar-a-receipt", "application_ack", _m(
        "التوظيف <careers@nakheel-foods.example>", "طلب التوظيف - محاسب أول",
        "عزيزي أليكس،\nشكرا لتقديمك على وظيفه محاسب اول لدى شركتنا. سنتواصل معك في حال تم ترشيحك.\nفريق التوظيف\n")),
    ("ar-invited-to-an-interview", "interview_invitation", _m(
        "هالة <hala@nakheel-foods.example>", "دعوة لمقابلة - مدير مبيعات",
        "أستاذ أليكس،\nيسرنا دعوتكم الى اجراء مقابلة عمل مع مدير المبيعات. يرجى تحديد الموعد المناسب لكم الأسبوع "
        "القادم.\nهالة\n")),
    ("ar-put-off-to-thursday", "reschedule", _m(
        "هالة <hala@nakheel-foods.example>", "Re: دعوة لمقابلة - مدير مبيعات",
        "معلش يا فندم، الانترفيو بتاع بكرة اتأجل ليوم الخميس نفس الساعة.\nهالة\n",
        quoted="تمام، الأحد الساعة ١١ مناسب لي.")),
    ("ar-called-off", "cancellation", _m(
        "هالة <hala@nakheel-foods.example>", "Re: دعوة لمقابلة - مدير مبيعات",
        "للأسف المقابله بتاعة بكره اتلغت بسبب سفر المدير، هبلغك بموعد جديد.\nهالة\n",
        quoted="تمام، الأحد الساعة ١١ مناسب لي.")),
    ("ar-not-continuing", "rejection", _m(
        "رنا <rana@zaitoon-pharma.example>", "طلبك لوظيفة مشرف مستودع",
        "مرحبا أليكس،\nللاسف ما رح نكمل بطلبك لوظيفة مشرف مستودع هالمرة، بنتمنالك التوفيق.\nرنا\n")),
    ("ar-a-file-with-the-manager", "company_reply", _m(
        "رنا <rana@zaitoon-pharma.example>", "Re: وظيفة مشرف مستودع",
        "أهلا أليكس،\nملفك حاليا عند المدير المباشر وهنبلغك بالنتيجه خلال اسبوع.\nرنا\n",
        quoted="مرحبا، هل من جديد بخصوص طلبي؟")),
    ("arabizi-the-client-chose-another", "rejection", _m(
        "Karim <karim.talent@gmail.com>", "Re: CV - Supply Chain Planner",
        "Alex, el client e5tar 7ad tany 3ando khebra aktar fel cold chain. sorry, hab3atlak ay 7aga gdeda.\nKarim\n"
        "Karim Fawzy | Senior Consultant | Misr Talent Partners\n",
        quoted="Hi Karim, attached my CV for the Supply Chain Planner role.")),
    # an agency's CV sent to a client, from the phone (British)
    ("en-cv-gone-over", "application_ack", _m(
        "Priya Shah <priya@fleetlegal.example>", "Kestrel Hale - Paralegal - CV sent",
        "Hi Alex,\nFollowing our chat - CV's gone over to Kestrel Hale for the Paralegal role, fingers crossed!\n"
        "I'll chase them on Friday.\nPriya\n")),
    # a law firm's practice is no tenancy: "landlord & tenant work", "your lease summary"
    ("en-a-property-paralegal-role", "application_ack", _m(
        "Jess Talbot <jess@brackenlegal.example>", "Hartwell Rowe - Real Estate Paralegal - CV sent",
        "Hi Alex,\nI've sent your CV over to Hartwell Rowe for the Real Estate Paralegal role: commercial property, "
        "lots of landlord & tenant work. Hopefully we'll hear early next week.\nJess\n")),
    # French and Québec French
    ("fr-can-i-call-you-at-11", "interview_invitation", _m(
        "Kelly <kelly@rhone-interim.example>", "Mission comptable Vénissieux",
        "Bonjour Alex,\nJ'ai vu votre candidature pour la mission de comptable. Je peux vous appeler à 11h ? Sinon "
        "dites-moi quand vous êtes disponible.\nKelly\n")),
    ("fr-to-move-it-to-friday", "reschedule", _m(
        "Claire <claire@vireux.example>", "Échange Vireux / Alex Morgan",
        "Bonjour Alex,\nPetit changement : le directeur souhaite participer. Je vous propose de le décaler à vendredi "
        "à 11h, en visio.\nClaire\n")),
    ("fr-qc-an-interview-to-pick", "interview_invitation", _m(
        "Dotation <dotation@cisss-laurentides.example>", "Invitation à une entrevue",
        "Bonjour Alex Morgan,\nÀ la suite de votre réussite aux tests de présélection, nous avons le plaisir de vous "
        "inviter à une entrevue de sélection pour l'affichage RH-26-031 (conseiller en gestion des ressources "
        "humaines). L'entrevue d'environ une heure se tiendra par Teams devant un comité de sélection.\nMerci de "
        "nous indiquer laquelle des plages suivantes vous convient : mardi 10 h, mercredi 14 h ou jeudi 9 h.\n"
        "Direction des ressources humaines\n")),
    ("fr-a-reference-check", "company_reply", _m(
        "Claire <claire@vireux.example>", "Responsable RH - références",
        "Bonjour Alex,\nMerci pour votre venue vendredi : ils ont beaucoup apprécié votre présentation de l'étude de cas. "
        "Comme convenu, nous allons contacter vos deux références cette semaine.\nClaire\n")),
]  # fmt: skip

OTHER_MAIL = [
    ("hi-a-loan-approved", _m(
        "Sahaj Finance <alerts@sahajfinance.example>", "आपका लोन आवेदन स्वीकृत",
        "प्रिय ग्राहक,\nआपका पर्सनल लोन आवेदन स्वीकृत हो गया है। राशि प्राप्त करने के लिए ई-साइन करें।\n")),
    ("hi-a-brothers-call-letter", _m(
        "Rohit <rohit.m1990@gmail.com>", "bhai ka call letter",
        "मेरे भाई का साक्षात्कार हेतु बुलावा पत्र आया है, देखकर बताना कौन से दस्तावेज़ लगेंगे।\n")),
    ("fil-a-thesis-interview", _m(
        "Bea Santos <bea.santos@up-students.example>", "Thesis interview request",
        "Hi po Engr. Morgan! Pwede po ba kayo for an interview para sa thesis namin tungkol sa flood control?\nBea\n")),
    ("fil-a-voucher", _m(
        "ShopNow <promo@shopnow.example>", "Para sa iyo!",
        "Ino-offer namin sa iyo ang 50% off voucher ngayong payday sale!\n")),
    ("ar-a-shop-order", _m(
        "متجر سوق <orders@souq-now.example>", "طلبك في الطريق",
        "تم استلام طلبك رقم 55821 وسيتم توصيله خلال ٣ أيام.\n")),
    ("ar-a-masters-admission-interview", _m(
        "القبول <admissions@jordan-uni.example>", "مقابلة القبول",
        "يسعدنا دعوتكم لمقابلة القبول لبرنامج الماجستير في إدارة سلاسل الإمداد يوم الأحد الساعة ١٠.\n")),
    ("ar-a-phone-offer", _m(
        "زين <offers@zain-tel.example>", "عرض خاص لك",
        "يسعدنا أن نقدم لك عرضاً خاصاً على باقات الإنترنت هذا الشهر.\n")),
    ("sw-a-loan-application", _m(
        "SACCO Umoja <mikopo@umoja-sacco.example>", "Maombi ya mkopo",
        "Ndugu Alex,\nMaombi yako ya mkopo yamepokelewa na yatajadiliwa na kamati ya mikopo Jumatatu saa 4 asubuhi.\n")),
    ("sw-a-telecom-offer", _m(
        "Halo <ofa@halo-tel.example>", "Ofa maalum!",
        "Tunafurahi kukupa ofa maalum ya GB 5 kwa TSh 2,000 wiki hii tu.\n")),
    ("sw-a-journalist", _m(
        "Rehema <rehema@habari-leo.example>", "Mahojiano",
        "Habari Alex,\nMimi ni mwandishi wa habari. Unaweza kuja studio kesho saa nne kwa mahojiano kuhusu chanjo?\n")),
]  # fmt: skip


test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
