"""Session 58: Turkish marketers, Brazilian and Portuguese logistics, funeral homes, security officers, Hungarian and
Czech finance, sommeliers. Each case is one general rule in invented words, with the look-alikes that share its words.

A trainee programme's portal confirms a registration as "concluída", passes a candidate to its group stage ("aprovados
para a Dinâmica"), promises a stage's result by a date, and names the panel of the candidate's own interview ("Banca:").
A family firm received "your letter and resume" in the past tense, takes the user's day and sets the hour. A Turkish
founder asks the user to drop by the office and which day suits, sets a small task; HR plan a call at an hour, will
ring at an hour, move a panel ("almamız mümkün mü?"), change a date, call off a talk at an hour. A Hungarian bank and
an office owner offer the job; a Czech director decides to offer the post and invites to the final round "proto". An
employer's process listed in a receipt ("1. CV review") is no coaching.

Against them: a career coach's CV review still is, and a friend's dinner whose day suits."""

from __future__ import annotations

from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

READ_AS = [
    # a trainee programme's portal: the registration "concluída"
    ("a-trainee-registration-concluded", "application_ack", _m(
        "Programa Trainee Corvina <noreply@corvina.example>", "Inscrição confirmada - Programa Trainee Corvina 2027",
        "Olá, Alex!\n\nSua inscrição no Programa Trainee Corvina 2027 foi concluída com sucesso.\n\nTrilha escolhida: "
        "Finanças\n\nAs próximas etapas serão comunicadas por e-mail.\n\nEquipe Trainee Corvina")),
    # ... a stage's result promised by a date
    ("a-stages-result-promised-by-a-date", "company_reply", _m(
        "Programa Trainee Corvina <noreply@corvina.example>", "Dinâmica de Grupo: próximos passos",
        "Oi, Alex!\n\nObrigado por ter participado da Dinâmica de Grupo do Programa Trainee Corvina 2027.\n\nO resultado "
        "desta etapa será divulgado até 02/04, por e-mail e na plataforma.\n\nEquipe Trainee Corvina")),
    # ... and the panel of the candidate's own interview, which names no candidate the user interviews
    ("a-candidates-own-panel-named", "interview_confirmation", _m(
        "Programa Trainee Corvina <noreply@corvina.example>", "Painel com Diretores confirmado - 14/04, 10h",
        "Alex, seu Painel com Diretores do Programa Trainee Corvina 2027 está confirmado:\n\nTerça-feira, 14/04/2027\n"
        "10h00\nSede Corvina - Rua das Flores, 210\n\nBanca: Diretor Financeiro e Diretora de Operações.\n\nBoa sorte!\n"
        "Equipe Trainee Corvina")),
    # a family firm's receipt in the past tense
    ("a-family-firm-received-the-letter-and-resume", "application_ack", _m(
        "Nora Whitcombe <nora@whitcombefamilyfh.example>", "Re: Apprentice Funeral Director - Alex Morgan",
        "Dear Alex,\n\nWe received your letter and resume, thank you. It is a busy week here with two services, so Walt "
        "and I will sit down with it next week. We will be in touch.\n\nNora Whitcombe\nWhitcombe Family Funeral Home")),
    # the user's day taken, the hour set
    ("a-day-taken-and-the-hour-set", "interview_confirmation", _m(
        "Nora Whitcombe <nora@whitcombefamilyfh.example>", "Re: Apprentice Funeral Director - visit",
        "Dear Alex,\n\nThursday the 12th is fine with us: come for 9 o'clock and you can spend the day with Walt. Wear a "
        "dark suit.\n\nNora")),
    # Turkish: a founder asks the user to drop by, and which day suits
    ("a-turkish-founder-asks-to-drop-by", "interview_invitation", _m(
        "Kerem <kerem@pusulastudyo.example>", "selam / performans pazarlama",
        "Selam Alex,\n\nSelin cv'ni iletti, portfolyona da baktım. Ekipte performans tarafını büyütecek birini arıyoruz. "
        "Gelecek hafta bir gün ofise uğra, bir çay içelim, anlatayım. Sen hangi gün rahatsın?\n\nKerem")),
    # ... a talk planned at an hour
    ("a-turkish-talk-planned-at-an-hour", "interview_confirmation", _m(
        "Ebru Kaya <ebru.kaya@sepetline.example>", "Sepetline | Dijital Pazarlama Uzmanı - Ön Görüşme",
        "Merhaba Alex,\n\nBaşvurun için teşekkürler. Senin için 20 Mart Cuma saat 10:30'da 30 dakikalık bir online ön "
        "görüşme planladım. Google Meet linki: https://meet.google.com/abc-defg-hij\n\nGörüşmek üzere,\nEbru")),
    # ... HR will ring at an hour
    ("a-turkish-call-at-an-hour", "interview_confirmation", _m(
        "Ece Arslan <ece.arslan@kilimpazar.example>", "YNT: Kilimpazar - Pazarlama Uzmanı başvurunuz hk.",
        "Teşekkürler Alex,\n\nO halde yarın, 21 Mart Cumartesi saat 11:00'de sizi cep telefonunuzdan arayacağım. Görüşme "
        "yaklaşık 20 dakika sürecek.\n\nEce Arslan\nİnsan Kaynakları")),
    # ... a panel moved, asked
    ("a-turkish-panel-moved-asked", "reschedule", _m(
        "Ece Arslan <ece.arslan@kilimpazar.example>", "RE: Kilimpazar - Panel Mülakat Daveti",
        "Merhaba Alex,\n\nDirektörümüzün bir seyahati çıktı. Bu nedenle 3 Nisan Cuma 11:00'deki panel mülakatımızı 6 "
        "Nisan Pazartesi saat 15:00'e almamız mümkün mü? Yer aynı kalacak.\n\nİyi çalışmalar,\nEce")),
    # ... a date changed, formally
    ("a-turkish-date-changed", "reschedule", _m(
        "Aslı Tan <asli.tan@egebank.example>", "RE: Ege Bank - Mülakat Daveti",
        "Sayın Alex Morgan,\n\n10 Nisan 2027 Cuma günü saat 10:00 için planlanan mülakatınızla ilgili olarak tarihte "
        "değişiklik yapmamız gerekmektedir. Mülakatınızın 13 Nisan Pazartesi saat 14:00'te yapılmasını rica ederiz.\n\n"
        "Saygılarımızla,\nAslı Tan")),
    # ... a talk at an hour called off
    ("a-turkish-talk-at-an-hour-called-off", "cancellation", _m(
        "Ozan Er <ozan.er@lalegames.example>", "Pazartesi görüşmemiz - UA Manager",
        "Merhaba Alex,\n\nPazartesi 14:00'te ekip liderimizle yapacağın görüşmeyi maalesef iptal etmemiz gerekiyor. "
        "Süreç senin için açık; netleşince yeni bir tarih önereceğim.\n\nOzan")),
    # ... a small task given
    ("a-turkish-small-task", "assessment", _m(
        "Kerem <kerem@pusulastudyo.example>", "perşembe için teşekkürler",
        "Alex selam,\n\nPerşembe çok iyi sohbetti. Bir sonraki adım olarak sana küçük bir ödev vermek istiyorum: bir "
        "müşterimiz için 3 aylık kampanya planı. 10 slaytı geçmesin, pazartesiye kadar gönderirsen süper olur.\n\nKerem")),
    # Hungarian: a bank's offer, and an office owner's (from the office's domain: from a personal account an offer needs
    # the thread to show a company making it)
    ("a-hungarian-banks-offer", "offer", _m(
        "Kiss Anna <anna.kiss@tiszahitel.example>", "Ajánlat - kontrolling elemző pozíció",
        "Kedves Alex!\n\nÖrömmel értesítjük, hogy a Tisza Hitel Zrt. a kontrolling elemző pozícióra Önt választotta. Az "
        "alábbiakban összefoglalom munkáltatói ajánlatunk főbb elemeit:\n\n- Alapbér: bruttó 790 000 Ft/hó\n- Kezdés: "
        "2027. május 3.\n\nÜdvözlettel:\nKiss Anna")),
    ("a-hungarian-owners-the-place-is-yours", "offer", _m(
        "Szabó Eszter <eszter@szabokonyvelo.example>", "Re: Jelentkezés: könyvelő",
        "Szia Alex!\n\nNagyon jó volt a csütörtöki beszélgetés. Szóval ha kéred, tiéd a hely! Bruttó 620 ezret tudok "
        "adni, kezdés május elején.\n\nEszter\nSzabó és Társa Könyvelőiroda Kft.")),
    # Czech: a director decides to offer the post; the final round "proto"
    ("a-czech-directors-decision-to-offer", "offer", _m(
        "Petra Dvořáková <petra.dvorakova@moravaenergo.example>", "Nabídka - účetní specialista",
        "Dobrý den, pane Morgane,\n\njak jsem Vám říkala po telefonu, pan ředitel se rozhodl nabídnout Vám pozici "
        "účetního specialisty. Hrubá mzda 68 000 Kč měsíčně, nástup 1. 6. 2027.\n\nS pozdravem\nPetra Dvořáková")),
    ("a-czech-final-round-therefore", "interview_invitation", _m(
        "Petra Dvořáková <petra.dvorakova@moravaenergo.example>", "RE: Pohovor - účetní specialista",
        "Dobrý den, pane Morgane,\n\nděkujeme za rozhovor. Rádi bychom Vás proto pozvali do finálního kola s finanční "
        "ředitelkou. Dejte mi prosím vědět, který den Vám vyhovuje: úterý 4. 5. nebo středa 5. 5.\n\nS pozdravem\n"
        "Petra Dvořáková")),
    # an employer's process listed in its receipt names no coaching
    ("a-receipt-listing-a-cv-review-step", "application_ack", _m(
        "Careers <no-reply-careers@harrowgate-advisory.example>", "Thank you for your application - Senior Associate",
        "Dear Alex,\n\nThank you for applying to Harrowgate Advisory for the role of Senior Associate.\n\nWe have "
        "received your application. Our selection process usually includes the following steps:\n\n1. CV review\n2. "
        "Online assessment\n3. Interview with a Manager\n\nIf your application progresses, you will receive the link to "
        "the online assessment by email.\n\nKind regards,\nHarrowgate Advisory Recruitment")),
]

OTHER_MAIL = [
    # a career coach's CV review is still coaching
    ("a-coachs-cv-review-booked", _m(
        "Careers Studio <hello@careersstudio.example>", "Your CV review is booked",
        "Hi Alex,\n\nThanks for booking! Your CV review with Maya is on Thursday at 6pm on Zoom.\n\nPlease send us your "
        "current CV beforehand.\n\nCareers Studio")),
    # a friend's dinner whose day suits
    ("a-friends-dinner-day-suits", _m(
        "Jo Pratt <jo.pratt@gmail.com>", "Re: dinner?",
        "Saturday is perfect! Come at 7pm, bring a bottle and your appetite for the dinner party. Sam's cooking.\n\nJo")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
