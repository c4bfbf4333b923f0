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
    # ... passed to the group stage, asked to pick a session
    ("a-trainee-passed-to-the-group-stage", "interview_invitation", _m(
        "Programa Trainee Corvina <noreply@corvina.example>", "Você foi aprovado(a) para a Dinâmica de Grupo",
        "Alex, parabéns!\n\nVocê está entre os aprovados para a Dinâmica de Grupo do Programa Trainee Corvina 2027. A "
        "dinâmica é presencial e dura cerca de 3 horas.\n\nEscolha sua turma até 12/03:\n* 18/03 - 9h\n* 19/03 - 14h\n\nAs vagas "
        "por turma são limitadas.\n\nEscolher minha turma: https://corvina.example/candidatos/agendamento\n\nEquipe "
        "Trainee Corvina")),
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
    # --- round 2: Russian, Vietnamese, Arabic, Korean; fire departments, spas and the rest in English
    # Russian: the step moved by name, and a bank's formal ask
    ("a-russian-live-coding-moved", "reschedule", _m(
        "Ирина Котова <i.kotova@vectorline.example>", "Перенос лайвкодинга",
        "Алекс, привет! У Миши заболел ребёнок, завтра его не будет.\n\nМожем перенести лайвкодинг на пятницу 13-го, "
        "15:00 мск? Если ок — обновлю инвайт.\n\nИрина")),
    ("a-russian-banks-formal-move", "reschedule", _m(
        "Дана Омарова <d.omarova@altynbank.example>", "Техническое собеседование 12.03",
        "Уважаемый Алекс, добрый день!\n\nВ связи с командировкой руководителя просим Вас рассмотреть возможность переноса "
        "технического собеседования с 12 марта на 14 марта 2027 г., 16:00 по времени Алматы.\n\nС уважением,\n"
        "Дана Омарова\nСпециалист по подбору персонала")),
    # ... a booking made, and the final stage's days asked
    ("a-russian-booking-made", "interview_confirmation", _m(
        "Ирина Котова <i.kotova@vectorline.example>", "Re: Vectorline — Senior Python",
        "Алекс, привет!\n\nСледующий этап — лайвкодинг, 1 час. Поставила на среду, 17 марта, 11:00 по Москве. Инвайт со "
        "ссылкой уже у тебя в календаре.\n\nИрина")),
    ("a-russian-final-stage-days-asked", "interview_invitation", _m(
        "Ирина Котова <i.kotova@vectorline.example>", "Финал: system design + CTO",
        "Алекс, привет!\n\nФинальный этап у нас из двух частей: system design и разговор с CTO. Какие дни на следующей "
        "неделе тебе подходят?\n\nИрина")),
    # ... a no after the take-home
    ("a-russian-no-after-the-take-home", "rejection", _m(
        "Ольга Пак <olga.pak@skazkagames.example>", "Re: Тестовое задание",
        "Алекс, привет!\n\nСпасибо за тестовое. К сожалению, по итогам ревью решили дальше не двигаться: нам нужен "
        "опыт в реалтайм-мультиплеере.\n\nУдачи в поиске!\nОля")),
    # Vietnamese: a time locked in, a call confirmed, a meeting called off and a call moved, from phones and HR
    ("a-vietnamese-time-locked-in", "interview_confirmation", _m(
        "Kim Oanh <oanh.nguyen@saomaimart.example>", "Re: Mời phỏng vấn - Kế toán công nợ",
        "Ok em, chị chốt lịch cho em 9h sáng thứ 5 ngày 22/1 nhé. Em lên lầu 3 gặp chị Oanh phòng HCNS.\n\nOanh")),
    ("a-vietnamese-phone-screen-confirmed", "interview_confirmation", _m(
        "Thu Hà <ha.tran@bachdangprecision.example>", "RE: Mời phỏng vấn sơ bộ - Kế toán tổng hợp",
        "Chào em Alex,\n\nChị xác nhận lịch gọi phỏng vấn sơ bộ vào 14h00 chiều thứ Tư, ngày 21/01/2026. Chị sẽ gọi vào "
        "số của em. Cuộc gọi khoảng 20 phút, em chuẩn bị giúp chị mức lương mong muốn và thời gian có thể "
        "bắt đầu đi làm nhé.\n\nHà\nHR Officer - Bạch Đằng Precision")),
    ("a-vietnamese-meeting-called-off-no-diacritics", "cancellation", _m(
        "Kim Oanh <oanh.nguyen@saomaimart.example>", "Re: Moi phong van - Ke toan cong no",
        "Em oi chi xin loi nha, mai chi Ngoc phai di kiem ke kho dot xuat nen minh huy lich gap mai nhe em. Chi se bao "
        "lai lich moi sau.\n\nOanh")),
    ("a-vietnamese-call-moved", "reschedule", _m(
        "Mỹ Linh <mylinh@songhangarment.example>", "RE: Hẹn phỏng vấn qua điện thoại - Kế toán",
        "Chào Alex,\n\nLinh xin lỗi nhé, thứ Hai Linh bị xếp lịch đào tạo. Mình dời cuộc gọi sang 10h00 thứ Ba 10/03 được "
        "không bạn?\n\nLinh")),
    ("a-vietnamese-test-to-do", "assessment", _m(
        "Kim Oanh <oanh.nguyen@saomaimart.example>", "Bai test Ke toan cong no - Sao Mai Mart",
        "Chào em Alex,\n\nTrong lúc chờ sắp xếp lịch gặp chị Ngọc, em làm giúp chị bài test đính kèm nhé: đối chiếu công "
        "nợ và Pivot Table. Nộp lại trước 12h thứ Hai.\n\nOanh - HCNS Sao Mai Mart")),
    ("a-vietnamese-post-filled-no-diacritics", "rejection", _m(
        "Nhan su Thien Phuc <nhansu@thienphucpharma.example>", "Thong bao ket qua ung tuyen",
        "Chao ban Alex,\nCong ty cam on ban da nop ho so vi tri Ke toan noi bo.\nRat tiec vi tri nay cong ty da tuyen duoc "
        "nguoi. Ho so cua ban se duoc luu lai.\nTran trong\nP.Nhan su Thien Phuc")),
    ("a-vietnamese-owner-wants-you-to-come-work", "offer", _m(
        "Anh Tuan <tuan@xuonggotanphat.example>", "Re: ke toan",
        "em oi anh noi chuyen voi chi Mai roi, ben anh muon em vo lam. luong 14tr, thu viec 1 thang, lam T2 toi sang T7. "
        "em vo duoc tu 2/3 la tot nhat.\nTuan\nXuong go Tan Phat")),
    # Arabic: an NGO's offer, a fund's written exam, a director's "can you pass by tomorrow?"
    ("an-arabic-ngos-offer", "offer", _m(
        "جمعية الأمل <jobs@amal-society.example>", "عرض عمل",
        "مرحبا Alex،\n\nمبروك! الهيئة الإدارية وافقت، ويسعدنا نعرض عليك وظيفة منسق المشاريع بالجمعية.\n\n- الراتب: ٨٥٠ "
        "دينار شهرياً\n- المباشرة: بداية أيار\n\nخبرنا برأيك خلال أسبوع.\nإدارة جمعية الأمل")),
    ("an-arabic-funds-written-exam", "assessment", _m(
        "الموارد البشرية <hr@tamkeenfund.example>", "دعوة لتقديم الامتحان الكتابي - وظيفة ضابط متابعة",
        "السيد أليكس مورغان المحترم،\n\nبالإشارة إلى طلب التوظيف المقدم منكم، يسرنا إعلامكم بأنه قد تم ترشيحكم لتقديم "
        "الامتحان الكتابي يوم الأحد الموافق ١٥/٣/٢٠٢٦ الساعة العاشرة صباحاً.\n\nمديرية الموارد البشرية")),
    ("a-levantine-director-asks-to-pass-by", "interview_invitation", _m(
        "رنا الخطيب <rana@tawasol-ngo.example>", "جمعية تواصل - طلب التوظيف",
        "مرحبا Alex، معك رنا مديرة جمعية تواصل. وصلتنا سيرتك الذاتية.\nبتقدر تمرق بكرا الساعة ١١؟ بدنا نحكي معك شوي عن "
        "الشغل 🙏")),
    # Korean: called off with the process going on, moved to a named hour, a studio's visit, the post filled internally
    ("a-korean-interview-called-off-process-goes-on", "cancellation", _m(
        "정하은 <haeun.jung@moapay.example>", "RE: [모아페이] 1차 면접 일정 안내",
        "Alex님, 안녕하세요. 정하은입니다.\n\n사내 조직 개편으로 3월 6일(금)로 잡혀 있던 1차 면접은 부득이하게 취소하게 "
        "되었습니다. Alex님의 전형이 종료된 것은 아니며, 정리되는 대로 다시 연락드리겠습니다.\n\n정하은 드림")),
    ("a-korean-interview-moved-to-a-named-hour", "reschedule", _m(
        "김도윤 <doyun.kim@lumencard.example>", "Re: [루멘카드] 2차 면접 안내 - Alex님",
        "Alex님, 안녕하세요. 김도윤입니다.\n\n대표님 일정이 급하게 잡혀 3/12(목) 16:00 2차 면접 진행이 어렵게 되었습니다.\n"
        "혹시 3/16(월) 오전 10:30로 변경 가능하실까요? 장소는 동일합니다.\n\n김도윤 드림")),
    ("a-korean-studio-asks-to-drop-by", "interview_invitation", _m(
        "한지우 <jiwoo.han@studiopado.example>", "파도 한지우입니다",
        "알렉스님 안녕하세요 스튜디오 파도 한지우예요.\n디자이너 공고 보고 보내주신 포트폴리오 잘 봤어요.\n이번주나 "
        "다음주 중에 편할때 사무실 한번 들르실래요? 가능한 요일 몇개 알려주시면 맞춰볼게요.\n\n한지우")),
    ("a-korean-agencys-client-fills-internally", "rejection", _m(
        "박수진 <sj.park@talentbridge.example>", "RE: [탤런트브릿지] 고객사 면접 일정",
        "Alex님, 안녕하세요. 박수진입니다.\n\n고객사에서 내부 이동 후보자로 해당 포지션을 채우기로 최종 결정했다는 연락을 "
        "받았습니다. 맞는 포지션이 생기면 가장 먼저 연락드리겠습니다.\n\n박수진 드림")),
    # English: a fire department asks for proof of a test booked, and an investigator's appointments not to be moved
    ("a-fire-department-asks-for-proof-of-a-test-booked", "company_reply", _m(
        "Dana Ruiz <druiz@pinecrestco.example>", "Firefighter Candidate application - missing CPAT documentation",
        "Good afternoon Alex,\n\nI am reviewing applications for the 2027 Firefighter Candidate recruitment and yours is "
        "showing as incomplete. We need a copy of your CPAT Certificate of Completion, or proof that you are registered for "
        "an upcoming CPAT test, by Friday, February 6.\n\nDana Ruiz\nHuman Resources Analyst\nCity of Pinecrest")),
    ("an-investigators-appointments-not-to-be-moved", "company_reply", _m(
        "Ray Dunn <rdunn@pinecrestco.example>", "Background Investigation - Entry Level Firefighter - Next Steps",
        "Alex,\n\nI'll be conducting your background investigation for the Entry Level Firefighter position. Attached is "
        "the Personal History Statement, due Friday.\n\nYour upcoming appointments (do not reschedule these without "
        "talking to me first):\n- Polygraph examination: Tuesday, April 21, 0830\n\nRay Dunn\nBackground Investigator")),
    # ... the offer signed and returned, its next steps told
    ("the-signed-offers-next-steps", "company_reply", _m(
        "Mia Ortiz <mortiz@pinecrestco.example>", "RE: Conditional Offer of Employment - Firefighter Recruit",
        "Hi Alex,\n\nThank you for returning your signed Conditional Offer of Employment. Here are your next steps: your "
        "pre-employment medical is on Thursday, July 16 at 7:30 AM, and the academy starts Monday, August 3.\n\nMia")),
    # ... a condition of moving the user forward
    ("a-condition-of-moving-forward", "company_reply", _m(
        "Tom Greer <tgreer@summitambulance.example>", "RE: skills check - Mon 2/9",
        "nice work Monday, FTO said you did great on the cone course\n\ncouple things I need before I can move you forward:"
        "\n- copy of EMT card\n- DL front/back\n\nT")),
    # ... thanks for applying, then an interview day's dates to choose from
    ("thanks-for-applying-then-dates-to-choose", "interview_invitation", _m(
        "Fire Recruitment <ffdrecruitment@cedarcityaz.example>", "Thank you for applying - Cedar City Fire Department",
        "Hi Alex,\n\nThank you for applying for the Firefighter position with the City of Cedar City!\n\nWe've reviewed "
        "your application and we'd like to invite you to the next step: an Oral Interview day at Station 1.\n\nAvailable "
        "dates:\n- Friday, May 15\n- Saturday, May 16\n\nPlease reply with your first and second choice by Friday, April "
        "24, and we'll confirm your interview time.\n\nThanks,\nCedar City Fire Recruitment")),
    # ... a family firm's "give me a call", its thanks for the letter and resume
    ("a-family-firms-give-me-a-call", "interview_invitation", _m(
        "Hal Brody <halbrody@brodyandsonsfh.example>", "Re: Funeral Director Apprentice - Alex Morgan",
        "Alex,\n\nThank you for your letter and resume. Give me a call at the funeral home when you get a chance, "
        "740-555-0199. Mornings are best.\n\nHal Brody\nBrody & Sons Funeral Home")),
    # ... a chat moved because of the writer's own parent-teacher meeting
    ("a-chat-moved-for-the-writers-parent-teacher-meeting", "reschedule", _m(
        "Lena <lena@saltandfern.example>", "Re: Invitation: Video chat - Alex Morgan x Salt & Fern",
        "Hi Alex! So sorry, can we push our chat by an hour to 6pm my time? I totally forgot I have a parent-teacher thing "
        "at 4:30.\n\nSame Meet link, I'll update the invite now.\n\nLena")),
    # ... a booking confirmed with its own link to change it
    ("a-booking-confirmed-with-its-change-link", "interview_confirmation", _m(
        "Maison Clair <no-reply@teamtailor-mail.com>", "Confirmed: Discovery Session - Friday 30 January, 10:00am",
        "Hi Alex,\n\nYour Discovery Session is confirmed.\n\nRole: Skin Expert (Part-Time)\nDate: Friday 30 January 2026\n"
        "Time: 10:00am - 11:30am\nWhere: Maison Clair counter, Level 1.\n\nNeed to change your time? Use this link: "
        "https://careers.maisonclair.example/jobs/44/schedule?reschedule=1\n\nWe look forward to meeting you.\n\nMaison "
        "Clair\nPowered by Teamtailor")),
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
    # a Russian recruiter's cold approach, found on a job site
    ("a-russian-cold-approach", _m(
        "Мария Лис <m.lis@itpeople.example>", "Senior Go | финтех | удалёнка",
        "Алекс, добрый день!\n\nНашла Ваш профиль на Хабр Карьере. Я IT-рекрутер, сейчас закрываю позицию Senior "
        "Go-разработчика в финтех-проект. Интересно было бы обсудить? Подскажите, когда Вам удобно созвониться на 15 "
        "минут.\n\nС уважением,\nМария Лис\nIT Recruiter")),
    # a Korean coach's booking for interview practice
    ("a-korean-coachs-interview-practice-booked", _m(
        "Calendly <notifications@calendly.com>", "Confirmed: 면접 대비 1:1 커리어 코칭 (60분) with 이수민 on Sunday, March 1",
        "Hi Alex Morgan,\n\nYour 면접 대비 1:1 커리어 코칭 (60분) with 이수민 at 8:00pm (Korean Standard Time) on Sunday, "
        "March 1, 2026 is scheduled.\n\nLocation: Zoom\n\nPowered by Calendly.com")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
