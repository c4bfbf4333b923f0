"""Session 35: general rules from fresh writer sets, each tested here in invented words, with the look-alikes that
share them."""

from __future__ import annotations

from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

READ_AS = [
    # a person at a company writes to the user alone, in a thread the user is in, about a meeting both readers see
    # surely, in no job's words (a first message that does so could be anything: test_reading's "tomorrow")
    ("a-manager-away-moves-the-meeting", "reschedule", _m(
        "Maeve Tully <maeve@lisdarrow.example>", "Re: Tuesday",
        "Hi Alex, Bit of a curveball I'm afraid - Declan has to be in Belfast on Tuesday for a customer thing that's only "
        "just landed. Would Thursday the 5th at the same time (2.30) work for you instead? Really sorry for the shuffle. "
        "I'll send an updated invite as soon as you confirm.\nMaeve\n", quoted="Tuesday at 2.30 is perfect, thank you.")),
    ("a-reminder-of-tomorrow-at-the-office", "interview_confirmation", _m(
        "Rosa Delgado <rosa@tinplate-studio.example>", "Re: tomorrow",
        "Hi Alex - just a reminder that we're on for tomorrow at 10. Come to the front desk at 220 W Lake St and they'll "
        "buzz you up to 4. You'll meet me, then Omar from finance, then a quick walk through the floor. Should wrap by "
        "11:30.\nRosa\n", quoted="Looking forward to it.")),
    ("an-audit-moves-thursday-to-friday", "reschedule", _m(
        "Gerry Walsh <gerry@kilbrack.example>", "Re: Thursday",
        "Morning Alex, really sorry but I've got to be in Cork Thursday for an audit. Can we do Friday instead, same "
        "time (2pm), same place? I've asked Niamh to move it in the diary. Shout if that's a problem.\nGerry\n",
        quoted="Thursday at 2 works, see you then.")),
    ("a-cto-asks-for-30-minutes", "interview_invitation", _m(
        "Dan Oyelaran <dan@quillmetric.example>", "Re: your write-up",
        # (without "to chat about the role", session 49's retrain reads the bare ask under 98% an invitation, the bar for
        # mail with no job's words: a miss, as session 47's "can we grab 30 mins next week? what works" is)
        "hey alex loved your write-up esp the churn cohort bit, can we grab 30 mins this week or next to chat about the "
        "role. what works\n"
        "dan\nCTO, Quillmetric\nsent from phone\n", quoted="Hi Dan, here is the write-up you asked for.")),
    # Russian: an HR template, an IT recruiter, a job board's relay
    ("ru-a-receipt-that-names-the-post", "application_ack", _m(
        "Vetlana Careers <careers@vetlana.example>", "Vetlana: отклик на вакансию «Аналитик данных» получен",
        "Здравствуйте, Алекс!\nВаш отклик на вакансию «Аналитик данных» в Vetlana получен.\nМы рассматриваем резюме в течение "
        "10 рабочих дней.\nЕсли в течение этого срока мы не ответим — значит, сейчас мы не готовы продолжить.\n"
        "С уважением,\nкоманда Vetlana\n")),
    ("ru-an-invitation-that-asks-when", "interview_invitation", _m(
        "Ирина Белова <irina.belova@vetlana.example>", "Vetlana — Аналитик данных",
        "Алекс, добрый день!\nМы посмотрели Ваше резюме и хотели бы пригласить Вас на интервью с командой.\n"
        "Удобно ли Вам во вторник в 14:00? Если нет — предложите, пожалуйста, пару вариантов.\nИрина\n")),
    ("ru-the-interview-is-put-off", "reschedule", _m(
        "Ирина Белова <irina.belova@vetlana.example>", "Re: Vetlana — Аналитик данных",
        "Алекс, привет!\nК сожалению, Олег заболел, и техническое интервью в пятницу приходится переносить.\n"
        "Можем на следующей неделе, во вторник или в среду? Напишите, какое время Вам удобно.\nИрина\n",
        quoted="Спасибо, пятница подходит.")),
    ("ru-not-ready-to-make-an-offer", "rejection", _m(
        "Vetlana Careers <careers@vetlana.example>", "Результаты тестового задания",
        "Алекс, добрый день!\nСпасибо за выполненное тестовое задание.\nК сожалению, мы не готовы сделать Вам предложение по "
        "позиции Аналитик данных.\nЖелаем успехов!\n")),
    ("ru-we-want-to-make-an-offer", "offer", _m(
        "Ирина Белова <irina.belova@vetlana.example>", "Vetlana — хорошие новости",
        "Алекс, привет!\nКоманда единогласно за — мы хотим сделать Вам предложение!\nМожем завтра созвониться минут на 20? "
        "Расскажу детали оффера.\nИрина\n")),
    # Slovak (as phone mail types it too) and Slovenian
    ("sk-an-invitation-with-two-slots", "interview_invitation", _m(
        "Lucia Hrubá <lucia.hruba@tatrafoam.example>", "Pozvánka na osobný pohovor – Plánovač výroby",
        "Dobrý deň, pán Morgan,\nradi by sme Vás pozvali na osobný pohovor na pozíciu Plánovač výroby.\n"
        "Vyhovoval by Vám utorok 3. 3. o 10:00 alebo streda 4. 3. o 14:00?\nS pozdravom\nLucia Hrubá\n")),
    ("sk-the-second-round-is-off", "cancellation", _m(
        "Ivana Kráľová <ivana.kralova@tatrafoam.example>", "RE: Plánovač výroby – 2. kolo",
        "Dobrý deň pán Morgan,\nžiaľ, druhé kolo pohovoru, ktoré sme mali naplánované na štvrtok 12. 2. o 9:00, sa ruší.\n"
        "Vedenie pozastavilo nábor na túto pozíciu.\nIvana\n", quoted="Ďakujem, štvrtok mi vyhovuje.")),
    ("sk-went-on-with-other-applicants", "rejection", _m(
        "Lucia Hrubá <lucia.hruba@tatrafoam.example>", "Výberové konanie – Plánovač výroby",
        "Dobrý deň, pán Morgan,\nďakujeme za čas, ktorý ste venovali pohovoru.\nPo zvážení sme sa žiaľ rozhodli "
        "pokračovať s inými uchádzačmi.\nS pozdravom\nLucia Hrubá\n")),
    ("sl-we-will-not-go-on", "rejection", _m(
        "Kadrovska služba <kadrovska@savinja-parts.example>", "Izbirni postopek – Planer proizvodnje",
        "Spoštovani g. Morgan,\nžal vas obveščamo, da z vašo kandidaturo ne bomo nadaljevali.\nLep pozdrav\n")),
    # Lithuanian, Latvian, Estonian
    ("lt-a-first-talk-asked-for", "interview_invitation", _m(
        "Rasa Vaitkutė <rasa.vaitkute@gintaro-pay.example>", "Gintaro Pay – AML analitiko pozicija",
        "Laba diena, Alex,\nperžiūrėjome Jūsų CV ir norėtume pakviesti Jus į pirmąjį pokalbį.\n"
        "Ar Jums tiktų trečiadienį 10 val.?\nRasa\n")),
    ("lv-a-receipt", "application_ack", _m(
        "Atlase <atlase@zvaigzne-fin.example>", "Paldies par pieteikumu – AML speciālists",
        "Labdien, Alex!\nPaldies par pieteikumu AML speciālista amatam. Esam saņēmuši Jūsu CV.\n"
        "Ja ar Jums nesazināsimies divu nedēļu laikā, tas nozīmē, ka esam izvēlējušies citus kandidātus.\n")),
    ("et-went-on-with-others", "rejection", _m(
        "Personal <personal@tammemets.example>", "Teie kandideerimine: analüütik",
        "Tere, Alex!\nTäname huvi eest. Kahjuks otsustasime jätkata teiste kandidaatidega.\nLugupidamisega\n")),
    # Serbian (Latin and Cyrillic) and Croatian
    ("sr-invited-to-a-talk", "interview_invitation", _m(
        "Milica Ilić <milica.ilic@dunavsoft.example>", "Poziv na razgovor – Java Developer",
        "Poštovani Alekse,\npregledali smo Vašu prijavu i želeli bismo da Vas pozovemo na razgovor.\n"
        "Molimo Vas da nam javite koji Vam termin odgovara.\nMilica\n")),
    ("sr-cyrillic-another-candidate-chosen", "rejection", _m(
        "Служба за људске ресурсе <posao@moravatel.example>", "Обавештење о исходу поступка избора",
        "Поштовани господине Морган,\nобавештавамо Вас да је, након спроведеног поступка, комисија за избор донела\n"
        "одлуку о избору другог кандидата.\nС поштовањем\n")),
    ("hr-decided-for-another-candidate", "rejection", _m(
        "Petra Kovač <petra.kovac@jadranpay.example>", "Povratna informacija – Backend Developer",
        "Poštovani Alex,\nnažalost, nakon pažljivog razmatranja odlučili smo nastaviti s drugim kandidatom.\n"
        "Srdačan pozdrav,\nPetra\n")),
    # English: a South Asian call letter, a public test, a district's fair slot, a founder's offer to come
    ("a-call-letter-requests-the-user-to-appear", "interview_confirmation", _m(
        "HR Department <recruitment@sutlejgas.example>", "Interview Call Letter - Deputy Manager (Finance)",
        "With reference to your application, you are requested to appear for interview before the Selection Committee "
        "as per the following schedule:\nDate : Tuesday, 17-03-2026\nTime : 10:00 AM\nVenue : Regional Office, Karachi\n")),
    ("selected-for-a-screening-interview-at-a-fair", "interview_invitation", _m(
        "Oak Valley City Schools <noreply@applitrack.com>", "Oak Valley City Schools - Job Fair Screening Interview",
        "Dear Alex,\nOak Valley City Schools will be interviewing at the Central Educator Job Fair on Saturday, March 14.\n"
        "Based on your online application, you have been selected for a screening interview for Science Teacher.\n"
        "Please sign up for a 15-minute time slot at the link below.\nKim Albright\nPersonnel Specialist\n")),
    ("can-we-talk-tomorrow-about-an-offer", "offer", _m(
        "Dev Raman <dev@quillward.example>", "Re: Quillward - next step",
        "Alex - great day Tuesday. Debrief done and the team's unanimous.\n\nCan we talk tomorrow about an offer? 9am ET ok?"
        "\n\nD\n", quoted="Thanks again for Tuesday.")),
    ("not-able-to-proceed-with-the-interview-tomorrow", "reschedule", _m(
        "Refilwe Dube <refilwe.dube@aloeberg.example>", "RE: Shortlisted: Area Manager",
        "Dear Alex\n\nPlease accept our apologies. Ms Naidoo, who sits on the panel, has been booked off sick and we will "
        "unfortunately not be able to proceed with your interview tomorrow, 19 February.\n\nWe would like to move your "
        "interview to Tuesday, 24 February 2026 at 13:00, at the same venue. Kindly confirm whether this suits you.\n\n"
        "Regards\nRefilwe\n", quoted="Thank you, I will be there.")),
]

# ... and the meetings they do not take for the user's: an appointment, a social plan
OTHER_MAIL = [
    # the user as a panel member, in an applicant-tracking system's notice and in Russian
    ("added-as-an-interviewer", _m(
        "Hadley Schools <noreply@applitrack.com>", "Interview Scheduled - Science Teacher - Grade 7 (JobID 3391)",
        "Dear Alex Morgan,\nYou have been added as an interviewer for the following interview(s):\n"
        "Date: Wednesday, March 11, 2026\nTime: 3:30 PM - 6:00 PM\nCandidates:\n  3:30 PM Dana Whitfield\n"
        "Please complete an Interview Rating Form for each candidate within 24 hours.\n")),
    ("ru-a-candidate-s-interview-moved", _m(
        "Huntflow <no-reply@huntflow.example>", "Интервью перенесено: Анна Ли — Middle Data Engineer",
        "Алекс, здравствуйте!\nРекрутер перенесла интервью с кандидатом.\nКандидат: Анна Ли\n"
        "Стало: 6 марта, 11:00\nВаша роль: интервьюер\n")),
    ("sk-asked-onto-a-candidate-s-interview", _m(
        "Lenka Horváthová <lenka.horvathova@zahorie-press.example>", "Pohovor – kandidát na majstra zmeny (P. Novák)",
        "Ahoj Alex,\nprosím Ťa o účasť na pohovore s kandidátom na pozíciu majster zmeny – p. Peter Novák.\n"
        "Po pohovore prosím vyplň hodnotiaci hárok v SuccessFactors.\nVďaka\nLenka\nHR špecialistka\n")),
    ("ru-an-exit-interview", _m(
        "Ксения Белова <k.belova@vodolei.example>", "Увольнение: последний рабочий день и exit-интервью",
        "Алекс, привет!\nПолучили твоё заявление об увольнении.\n— exit-интервью поставила на 2 апреля в 15:00, приглашение в "
        "календаре.\nКсения\n")),
    ("ru-a-research-interview", _m(
        "Otklik Research <research@otklik.example>", "Приглашаем на интервью: как вы ищете работу?",
        "Здравствуйте, Алекс!\nКоманда исследований хочет лучше понять, как IT-специалисты ищут работу.\n"
        "Это не собеседование и не оценка — нам важен Ваш опыт.\nВыбрать удобное время: https://otklik.example/slots\n")),
    ("lt-a-job-alert", _m(
        "CVpasaulis <pranesimai@cvpasaulis.example>", "5 nauji darbo skelbimai pagal Jūsų paiešką „AML“",
        "Sveiki, Alex,\npagal Jūsų išsaugotą paiešką „AML“ radome 5 naujus darbo skelbimus.\n"
        "AML analitikas (-ė)\nGintaro Pay · Vilnius\n2 800–3 600 € bruto Kandidatuoti\n")),
    ("a-salon-moves-an-appointment", _m(
        "Clodagh Byrne <clodagh@shearbliss.example>", "Thursday",
        "Hi Alex, so sorry but I have to move your appointment on Thursday, the little one is sick. Could you do "
        "Friday at 2.30 instead? Same thing, cut and colour. Let me know and I'll pencil you in.\nClodagh x\n")),
    ("a-rep-moves-a-lunch", _m(
        "Chad Mercer <chad.mercer@veltrapharma.example>", "Need to move our lunch to Thursday",
        "Hey Alex - a district meeting got dropped on me Wednesday, any chance we can move the lunch to Thursday 4/10 "
        "same time 12:30? Still bringing food. Let me know!\nChad\n")),
]


test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
