"""Session 45: general rules from a fresh writer set (a Ukrainian accountant and warehouse administrator in Brno, Prague and
Kraków, written to by Czech and Polish HR, agencies and small owners, and by Ukrainian-speaking managers in Cyrillic and
in Latin letters), each tested here in invented words, with the look-alikes that share them."""

from __future__ import annotations

from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

READ_AS = [
    # a Czech ATS's receipt of the user's "reakce" to an ad, and where the application now is
    ("czech-thanks-for-the-reaction-to-the-post", "application_ack", _m(
        "Kariéra Lesní Mlýn <noreply@ats.lesnimlyn.example>", "Děkujeme za Vaši reakci – Fakturant/ka",
        "Dobrý den,\nděkujeme za Vaši reakci na pozici Fakturant/ka v Olomouci. Vaše přihláška je nyní u našeho "
        "personálního oddělení a ozveme se Vám do dvou týdnů.\nS pozdravem\nNábor Lesní Mlýn a.s.\n")),
    # Czech HR asks the user to an interview in the feminine singular, with slots to choose from
    ("czech-hr-would-like-to-invite-you", "interview_invitation", _m(
        "Markéta Soukupová <marketa.soukupova@zlatyklas.example>", "Mzdová účetní – pozvání",
        "Dobrý den, paní Morgan,\nděkujeme za Váš životopis. Ráda bych Vás pozvala na online pohovor na pozici mzdová "
        "účetní. Který z těchto termínů Vám vyhovuje: pondělí 16. 3. v 10:00, nebo úterý 17. 3. ve 13:00?\n"
        "S pozdravem\nMarkéta Soukupová\nPersonalistka, Zlatý Klas s.r.o.\n")),
    # a small Czech owner: could you come by, no word of an interview
    ("czech-owner-could-you-come-by", "interview_invitation", _m(
        "Pavel Hrubý <hruby@hrubytransport.example>", "RE: účetní - životopis",
        "Dobrý den,\ndíky za životopis. Mohla byste k nám přijít v pátek kolem desáté? Sídlíme v Židenicích, "
        "Bubeníčkova 40. Probereme, co by Vás u nás čekalo.\nPavel Hrubý\n",
        quoted="Dobrý den, posílám životopis na pozici účetní z inzerátu.")),
    # a Czech agency's short call, asked from the phone without diacritics
    ("czech-agency-could-we-call-tomorrow", "interview_invitation", _m(
        "Lucie Kadlecová <lucie.kadlecova@pracevbrne.example>", "Pozice fakturace - Brno Slatina",
        "Dobry den pani Morgan,\nvidela jsem Vas zivotopis na portalu a mam pro Vas pozici fakturantky pro naseho "
        "klienta. Mohli bychom si v utery dopoledne kratce zavolat?\nLucie Kadlecova\nPrace v Brne\n")),
    # a Polish recruiter asks whether a day and a time suit, a date between them
    ("polish-does-wednesday-suit-with-a-date", "interview_invitation", _m(
        "Joanna Wróbel <joanna.wrobel@kadrydlaciebie.example>", "Księgowa – rozmowa",
        "Dzień dobry Pani Alex,\ndziękuję za przesłane CV. Chciałabym krótko porozmawiać telefonicznie o stanowisku "
        "księgowej w Krakowie. Czy pasuje Pani czwartek 12.03 o 11:30?\nPozdrawiam\nJoanna Wróbel\n")),
    # a Ukrainian-speaking manager asks in Cyrillic whether the user can come on a day
    ("ukrainian-can-you-come-on-tuesday", "interview_invitation", _m(
        "Олена Гребенюк <olena.hrebeniuk@dnipro-logistik.example>", "Вакансія бухгалтера",
        "Добрий день, Алекс!\nДякую за ваше резюме на вакансію бухгалтера. Чи зможете ви у вівторок 17.03 о 10:00 "
        "підійти до нас в офіс на розмову? Напишіть, будь ласка, чи вам підходить.\nОлена\n")),
    # ... and the same in Latin letters from a Czech phone
    ("ukrainian-latin-can-you-on-thursday", "interview_invitation", _m(
        "Taras Melnyk <taras.melnyk@polissia-trade.example>", "Vakansiia bukhgaltera",
        "Dobryi den, Alex!\nDiakuiu za rezume. Chy zmozhete v chetver 19.03 o 14:00 pryity do nashoho ofisu? Napyshit "
        "bud laska chy vam pidkhodyt.\nTaras\n")),
    # a Czech HR's short yes to the user's chosen time
    ("czech-so-on-thursday-at-ten", "interview_confirmation", _m(
        "Markéta Soukupová <marketa.soukupova@zlatyklas.example>", "RE: Mzdová účetní – pozvání",
        "Dobrý den,\nskvělé, tak ve čtvrtek v 10:00. Na vrátnici se prosím zapište, vyzvednu Vás.\nMS\n",
        quoted="Dobrý den, čtvrtek 19. 3. v 10:00 mi vyhovuje. Děkuji, Alex Morgan")),
    # a Polish agency calls the client's meeting off, a date with dots inside the sentence
    ("polish-the-meeting-is-called-off", "cancellation", _m(
        "Agata Sikora <agata.sikora@praca-plus.example>", "RE: Księgowa – spotkanie u klienta",
        "Dzień dobry Pani Alex,\nprzykro mi, ale spotkanie u klienta zaplanowane na piątek 13.03 o 9:00 zostało "
        "odwołane, bo klient zamknął rekrutację na to stanowisko.\nPozdrawiam\nAgata Sikora\n",
        quoted="Dzień dobry, potwierdzam piątek 13.03 o 9:00. Alex")),
    # a Czech owner chose someone else, the verb after "jsem se"
    ("czech-owner-chose-a-colleague", "rejection", _m(
        "Pavel Hrubý <hruby@hrubytransport.example>", "pozice účetní",
        "Dobrý den,\njsem se nakonec rozhodl pro kolegu, který u nás dříve pracoval na skladě a zná náš systém. "
        "Děkuji za Váš čas a přeji hodně štěstí.\nPavel Hrubý\n")),
    # Czech HR filled the post inside the company
    ("czech-filled-internally", "rejection", _m(
        "Markéta Soukupová <marketa.soukupova@zlatyklas.example>", "Mzdová účetní – výsledek",
        "Dobrý den paní Morgan,\nděkujeme za Váš zájem o pozici mzdové účetní. Rozhodli jsme se ji obsadit interně, "
        "kolegyní z finančního oddělení.\nS pozdravem\nMarkéta Soukupová\n")),
    # a traditional firm's personnel letter: another applicant selected, named by a relative clause
    ("czech-selected-an-applicant-whose", "rejection", _m(
        "Personální oddělení <personalni@ocelarnaprerov.example>", "Vaše žádost o zaměstnání",
        "Vážená paní Morganová,\npo posouzení došlých žádostí o zaměstnání na pozici účetní Vám sdělujeme, že jsme "
        "vybrali uchazeče, jehož praxe nejlépe odpovídá požadavkům.\nS pozdravem\nPersonální oddělení\n")),
    # a Czech agency passes on its client's offer of the post
    ("czech-the-client-offers-you-the-post", "offer", _m(
        "Lucie Kadlecová <lucie.kadlecova@pracevbrne.example>", "Nabídka – fakturantka Brno Slatina",
        "Dobrý den paní Morgan,\nmám dobrou zprávu: klient Vám nabízí pozici fakturantky, 36 000 Kč hrubého, nástup "
        "1. 5., HPP na dobu neurčitou. Prosím o vyjádření do pátku.\nLucie Kadlecová\n")),
    # a Czech owner's trial task, sent now (not one promised for later)
    ("czech-trial-task-sent", "assessment", _m(
        "Pavel Hrubý <hruby@hrubytransport.example>", "úkol",
        "Dobrý den,\ndíky za včerejší schůzku. Posílám Vám slíbený zkušební úkol: v příloze je deset faktur, "
        "zaúčtujte je prosím a pošlete mi to do pondělí.\nPavel Hrubý\n")),
    # a Polish hotel's candidate questionnaire with a deadline
    ("polish-candidate-questionnaire", "assessment", _m(
        "Dział Kadr <kadry@hotelsukiennice.example>", "Kwestionariusz – Recepcjonista",
        "Szanowna Pani,\nw nawiązaniu do Pani aplikacji na stanowisko recepcjonisty prosimy o wypełnienie "
        "kwestionariusza kandydata do środy 18 marca: https://forms.hotelsukiennice.example/k\nZ wyrazami "
        "szacunku\nDział Kadr\n")),
    # a Ukrainian-speaking recruiter asks for references and a start date, no interview nor decision
    ("ukrainian-references-and-start", "company_reply", _m(
        "Олена Гребенюк <olena.hrebeniuk@dnipro-logistik.example>", "Рекомендації",
        "Алекс, добрий день!\nДякуємо за зустріч. Надішліть, будь ласка, контакти двох попередніх керівників для "
        "рекомендацій. І ще: з якої дати ви могли б почати?\nОлена\n")),
]

OTHER_MAIL = [
    # the annual appraisal at the user's current job is no candidacy, though it says "pohovor" and invites
    ("czech-annual-appraisal", _m(
        "Hana Šťastná <hana.stastna@brnenskesklady.example>", "Roční hodnoticí pohovor",
        "Dobrý den Alex,\nráda bych Vás pozvala na roční hodnoticí pohovor s Vaším vedoucím. Který termín Vám "
        "vyhovuje, úterý nebo středa?\nHana Šťastná, HR\n")),
    # ... and in Polish
    ("polish-appraisal-talk", _m(
        "Kadry <kadry@magazynyzachod.example>", "Rozmowa oceniająca 2025",
        "Dzień dobry,\nzapraszamy na coroczną rozmowę oceniającą. Czy pasuje Pani wtorek 10.03 o 9:00?\nKadry\n")),
    # a clinic's visit called off is no meeting of a job
    ("polish-clinic-visit-called-off", _m(
        "Przychodnia Zdrowie <rejestracja@przychodniazdrowie.example>", "Zmiana wizyty",
        "Dzień dobry,\nuprzejmie informujemy, że wizyta u lekarza w dniu 12.03 o 8:30 jest odwołana z powodu "
        "choroby lekarza. Prosimy o kontakt z rejestracją.\nPrzychodnia Zdrowie\n")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
