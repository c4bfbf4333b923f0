"""Session 38: general rules from fresh writer sets, each tested here in invented words, with the look-alikes that
share them."""

from __future__ import annotations

from datetime import datetime

import pytest

from agent.classify import score
from agent.parse import split_text
from agent.slot import interview_slot
from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

READ_AS = [
    # European Portuguese, as employers, temp agencies and headhunters write it
    ("pt-the-interview-is-set", "interview_confirmation", _m(
        "Rita Sampaio <rita@trabalho-ponte.example>", "Entrevista no cliente",
        "Olá Alex,\nComo falámos, fica marcada a entrevista no cliente na sexta-feira, 6 de março, às 11h00. Leve o "
        "Cartão de Cidadão.\nRita Sampaio\nConsultora de Recrutamento\n")),
    ("pt-we-would-like-to-invite-you", "interview_invitation", _m(
        "Inês Lobo <ines.lobo@tecelagem-ave.example>", "Entrevista – Planeador de Produção",
        "Caro Alex,\nNa sequência da análise curricular, gostaríamos de o convidar para uma entrevista nas nossas "
        "instalações. Agradecíamos que nos indicasse a opção mais conveniente.\nInês Lobo\nRecursos Humanos\n")),
    ("pt-the-client-wants-to-talk-to-you", "interview_invitation", _m(
        "Nuno Alves <nuno@alves-search.example>", "Diretor de Armazém",
        "Alex, boa tarde\nApresentei o seu perfil e o cliente quer falar consigo na próxima semana. Ele propõe "
        "segunda ou terça ao fim do dia. O que lhe dá mais jeito?\nAbraço,\nNuno\n")),
    ("pt-the-process-is-still-in-review", "company_reply", _m(
        "Marta Reis <recrutamento@distribuidora-tejo.example>", "Candidatura – Técnico de Logística",
        "Exmo. Sr. Alex Morgan,\nInformamos que o processo de recrutamento se encontra ainda em fase de análise "
        "curricular. Prevemos dar feedback a todos os candidatos até ao final do mês.\nMarta Reis\n")),
    ("pt-still-interested", "company_reply", _m(
        "Sofia Pinto <sofia.pinto@metalurgica-lis.example>", "Retoma do processo",
        "Caro Alex,\nA Administração aprovou a retoma do recrutamento para a posição de Chefe de Turno. Gostaríamos de "
        "saber se mantém interesse em continuar no processo.\nSofia Pinto\nRecursos Humanos\n")),
    ("pt-we-would-like-to-make-you-an-offer", "offer", _m(
        "Sofia Pinto <sofia.pinto@metalurgica-lis.example>", "Proposta",
        "Bom dia Alex,\nAs referências correram bem e gostávamos de lhe fazer uma proposta para a função de Chefe de "
        "Turno. Pode falar amanhã de manhã?\nSofia Pinto\nRecursos Humanos\n")),
    ("pt-the-meeting-is-off", "cancellation", _m(
        "Joaquim Sá <joaquim.sa@gmail.com>", "Re: Candidatura Motorista",
        "Alex desculpe mas amanhã não vai dar, tenho de ir ao Porto. Fica sem efeito a reunião das 9h. Depois ligo-lhe.",
        quoted="Bom dia, envio o meu CV para a vaga de motorista.")),
    ("pt-no-news-means-no-is-still-a-receipt", "application_ack", _m(
        "Recrutamento <recrutamento@moldes-leiria.example>", "Confirmação de candidatura – Técnico de Qualidade",
        "Caro(a) Alex Morgan,\nConfirmamos a receção da sua candidatura à posição de Técnico de Qualidade.\nCaso não seja "
        "contactado(a) no prazo de 30 dias, deverá considerar que a sua candidatura não foi selecionada.\n"
        "Recursos Humanos\n")),
    ("pt-a-questionnaire", "assessment", _m(
        "Avalia <no-reply@avalia-perfil.example>", "Questionário – Moldes Leiria",
        "Caro(a) Alex Morgan,\nA Moldes Leiria convida-o(a) a preencher o questionário de perfil comportamental, no "
        "âmbito do processo de recrutamento para Técnico de Qualidade. Prazo: sexta-feira.\n")),
    # Spanish, as a small employer writes its no
    ("es-we-kept-someone-local", "rejection", _m(
        "Lupita Ortega <lupita.climas@gmail.com>", "RE: Técnico de aire acondicionado",
        "Hola Alex,\nGracias por venir el lunes. Después de platicarlo decidimos quedarnos con otra persona que vive "
        "aquí cerca. Mucha suerte.\nLupita", quoted="Hola, les mando mi CV para el puesto de técnico.")),
    # English: a producer's ask for a call
    ("en-got-20-min-for-a-zoom", "interview_invitation", _m(
        "Marco Reyes <marco@cutroom-post.example>", "Re: Assistant Editor - reel",
        "hey Alex, loved the reel. got 20 min thurs for a zoom? pretty open after 11.\nMarco",
        quoted="Hi Marco, here's my reel and resume for the assistant editor role.")),
    # Chinese, Taiwan's Traditional and the mainland's Simplified, as HR and managers write it
    ("zh-tw-a-receipt", "application_ack", _m(
        "人資部 <hr@hongtai-tech.example>", "應徵確認通知",
        "Alex 您好：\n我們已收到您的應徵資料，人資將於五個工作天內完成初步審核，如有進一步消息將與您聯繫。\n人資部 敬上\n")),
    ("zh-tw-which-time-suits", "interview_invitation", _m(
        "陳小姐 <amy.chen@hongtai-tech.example>", "面談邀約",
        "Alex 您好：\n感謝您應徵本公司韌體工程師一職，主管想邀請您來公司面談，以下時段請問哪個比較方便？\n"
        "4/15(三) 上午10:00\n4/16(四) 下午2:00\n陳小姐\n")),
    ("zh-cn-moved", "reschedule", _m(
        "王经理 <wang@xinghe-soft.example>", "面试时间调整",
        "Alex 你好，原定周二的面试，主管临时要出差，面试时间需要改到周四上午10点，麻烦确认一下。\n王经理\n")),
    ("zh-cn-called-off", "cancellation", _m(
        "招聘组 <hr@xinghe-soft.example>", "面试取消通知",
        "Alex 您好，很抱歉通知您，因岗位需求调整，原定4月10日下午的面试需要取消，后续如有变化会再联系您。\n招聘组\n")),
    ("zh-tw-no-opening", "rejection", _m(
        "人資部 <hr@hongtai-tech.example>", "感謝函",
        "Alex 您好：\n感謝您參與本公司面試。經審慎評估後，目前暫無合適職缺，故無法安排後續面試，祝您求職順利。\n")),
    ("zh-tw-an-offer-with-its-terms", "offer", _m(
        "人資部 <hr@hongtai-tech.example>", "錄取通知",
        "Alex 您好：\n經主管討論，部門決定錄取您，錄取條件如下：\n職稱：韌體工程師\n月薪：新台幣 70,000 元\n"
        "請於三日內回覆。\n")),
    # Vietnamese, with and without its accents
    ("vi-pick-a-time", "interview_invitation", _m(
        "Chị Hạnh <hanh.tran@thepvinhphat.example>", "Lịch phỏng vấn – Kế toán tổng hợp",
        "Chào em Alex,\nChị muốn hẹn em phỏng vấn vị trí kế toán tổng hợp, em gửi giúp chị vài khung giờ tuần sau nhé.\n"
        "Chị Hạnh – Phòng Nhân sự\n")),
    ("vi-moved", "reschedule", _m(
        "Phòng Nhân sự <tuyendung@thepvinhphat.example>", "Dời lịch phỏng vấn",
        "Chào bạn Alex,\nDo sếp bận đột xuất, bên mình xin dời lịch phỏng vấn của bạn sang 9h thứ Hai 16/3.\n"
        "Phòng Nhân sự\n")),
    ("vi-another-candidate", "rejection", _m(
        "Phòng Nhân sự <tuyendung@thepvinhphat.example>", "Kết quả ứng tuyển – Kế toán trưởng",
        "Chào anh Alex,\nSau khi cân nhắc, công ty đã quyết định chọn một ứng viên khác cho vị trí Kế toán trưởng.\n"
        "Trân trọng\n")),
    # Norwegian (bokmål and nynorsk) and Swedish
    ("no-a-coffee-and-a-chat", "interview_invitation", _m(
        "Eirik Dale <eirik.dale@fjordverk.example>", "Prosjektingeniør – søknaden din",
        "Hei Alex,\nKunne du tenke deg å komme innom på en kaffe og en prat om rollen neste uke?\n"
        "Mvh Eirik\n")),
    ("nn-not-going-further", "rejection", _m(
        "Solveig Hauge <solveig@bjornafjord-verft.example>", "Søknaden din – prosjektingeniør",
        "Hei Alex,\nEtter ei samla vurdering går vi dessverre ikkje vidare med søknaden din.\nHelsing Solveig\n")),
    ("no-a-job-offer", "offer", _m(
        "Eirik Dale <eirik.dale@fjordverk.example>", "Stillingen som driftsingeniør",
        "Hei Alex,\nVi vil gjerne gi deg tilbud på stillingen som driftsingeniør. Kontrakt kommer i morgen.\nMvh Eirik\n")),
    ("no-told-when-the-post-is-filled-is-a-receipt", "application_ack", _m(
        "Fjordverk <noreply@fjordverk.example>", "Søknad mottatt – driftsingeniør",
        "Hei Alex,\nTakk for din søknad på stillingen driftsingeniør. Alle søkere vil få beskjed når stillingen er "
        "besatt.\nMvh Fjordverk\n")),
    # Thai, as HR and a hotel's manager write it
    ("th-offer-your-times", "interview_invitation", _m(
        "คุณนภา <napa@siamlagoon.example>", "นัดสัมภาษณ์ ตำแหน่ง Guest Relations",
        "เรียน คุณ Alex\nรบกวนเสนอช่วงเวลาที่คุณสะดวกสัก 2-3 ช่วงเพื่อนัดสัมภาษณ์ตำแหน่ง Guest Relations นะคะ\nนภา\n")),
    ("th-chose-another-applicant", "rejection", _m(
        "ฝ่ายบุคคล <hr@siamlagoon.example>", "ผลการสมัครงาน",
        "เรียน คุณ Alex\nทางโรงแรมได้คัดเลือกผู้สมัครรายอื่นที่เหมาะสมกว่าสำหรับตำแหน่งนี้ ขอบคุณที่ให้ความสนใจค่ะ\n")),
    # mainland Chinese, as templates, HR and headhunters write it
    ("zh-cn-applied", "application_ack", _m(
        "丰速科技招聘 <hr@fengsu-tech.example>", "【丰速科技】职位申请成功通知",
        "您好，您已成功申请丰速科技的以下职位：数据开发工程师。我们会尽快查看您的简历。\n")),
    ("zh-cn-thank-you-letter", "rejection", _m(
        "青禾集团招聘 <hr@qinghe-group.example>", "【青禾集团】感谢信",
        "Alex 您好，经过综合评估，我们暂时没有合适的岗位与您匹配，您的应聘流程已结束。\n")),
    ("zh-cn-background-check", "company_reply", _m(
        "刘经理 <liu@qinghe-group.example>", "终面结果",
        "Alex 你好，终面反馈很好，接下来我们会启动背景调查，麻烦提供以下材料：授权书、离职证明。\n")),
    # Hungarian, with and without its accents
    ("hu-cv-passed-on", "application_ack", _m(
        "Toborzás <toborzas@dunapart-logisztika.example>", "Jelentkezés – pénzügyi elemző",
        "Kedves Alex!\nKöszönjük a jelentkezést, az önéletrajzát továbbítottuk a szakmai vezetőnek.\nÜdvözlettel\n")),
    ("hu-moved-without-accents", "reschedule", _m(
        "Nagy Eszter <eszter.nagy@dunapart-logisztika.example>", "Interju idopont",
        "Kedves Alex,\nSajnos a penteki interju idopontja modosul. Az uj idopont: marcius 3. (kedd) 10:00.\nEszter\n")),
    ("hu-an-offer", "offer", _m(
        "HR <hr@dunapart-logisztika.example>", "Ajánlat – pénzügyi elemző",
        "Kedves Alex!\nÖrömmel ajánljuk fel Önnek a pénzügyi elemző pozíciót, bruttó 750 000 Ft alapbérrel.\nHR\n")),
    ("hu-the-panel-named-in-the-letter", "interview_confirmation", _m(
        "HR <hr@dunapart-logisztika.example>", "Meghívó interjúra – pénzügyi elemző",
        "Kedves Alex!\nSzeretettel várjuk személyes interjúra március 12-én (csütörtök) 10:00-kor a budapesti "
        "irodánkban.\nInterjúztatók: Kovács Anna, pénzügyi vezető; Szabó Péter, HR\nÜdvözlettel\nHR\n")),
    # Polish and Czech, as agencies write them from a phone
    ("pl-client-chose-someone-else", "rejection", _m(
        "Kasia <k.nowak@praca-tymczasowa.example>", "Re: magazynier Gadki",
        "Dzien dobry,\nniestety klient wybral innego kandydata, ktory juz u nich pracowal.\nKasia",
        quoted="Dzien dobry, czy sa juz wyniki?")),
    ("cs-documents-before-i-put-you-forward", "company_reply", _m(
        "Petra <petra@personal-ostrava.example>", "RE: Skladnik Ostrava",
        "Dobry den,\ndekuji za Vasi reakci na inzerat. Nez Vas budu moci klientovi predstavit, potrebuji od Vas kopii "
        "prukazu VZV.\nPetra")),
    # a letter that invites the user to an interview at a set day and hour books it
    ("en-invited-at-a-set-day-and-hour", "interview_confirmation", _m(
        "People Services <people@hartwell-college.example>", "Invitation to Interview - Finance Officer",
        "Dear Alex\n\nFollowing the shortlisting, I would like to invite you to attend an interview on Thursday "
        "19 March 2026 at 2:15 pm at our Hartwell campus.\n\nYours sincerely\nJo Reeve\nPeople Services\n")),
    # Thai: the panel named in the candidate's own invitation is no sign of the user interviewing
    ("th-the-panel-named-in-the-invitation", "interview_confirmation", _m(
        "ฝ่ายบุคคล <hr@siamlagoon.example>", "ยืนยันนัดสัมภาษณ์ ตำแหน่ง Guest Relations Manager",
        "เรียน คุณ Alex\nขอยืนยันนัดสัมภาษณ์ตำแหน่ง Guest Relations Manager วันอังคารที่ 10 มีนาคม 2569 เวลา 14.00 น. "
        "ณ ห้องประชุม 3\nคณะกรรมการสัมภาษณ์: คุณวิภา ผู้จัดการฝ่ายต้อนรับ\nฝ่ายบุคคล\n")),
    # a family hiring its nanny, from a personal account
    ("household-nanny-chat", "interview_invitation", _m(
        "Priya Shah <priya.shah.home@gmail.com>", "Nanny chat?",
        "Hi Alex, it's Priya (we messaged on Childcare.co.uk about Leo and Isla).\nAre you free for a video chat on "
        "Wednesday evening? If that doesn't work, let me know a couple of evenings that do.\nPriya\n")),
    ("household-join-our-family", "offer", _m(
        "Priya Shah <priya.shah.home@gmail.com>", "Re: Nanny chat?",
        "Dear Alex,\nWe'd love you to join our family as the children's nanny! £720 net a week, live-out, starting "
        "1 September. Let us know what you think.\nPriya", quoted="Thank you so much for the chat yesterday.")),
]  # fmt: skip

OTHER_MAIL = [
    ("pt-a-bank-proposal", _m(
        "Banco Atlântico <avisos@banco-atlantico.example>", "A sua proposta de crédito",
        "Caro cliente,\nGostávamos de lhe apresentar uma proposta de crédito pessoal com condições especiais.\n")),
    ("pt-a-tax-notice", _m(
        "Finanças <avisos@financas.example>", "Declaração submetida",
        "A sua declaração foi submetida e encontra-se em análise. Caso não seja necessária informação adicional, "
        "receberá o reembolso.\n")),
    ("zh-a-graduate-school-admission", _m(
        "研究所 <office@grad-univ.example>", "甄試錄取通知",
        "恭喜您通過本所碩士班甄試，錄取通知書已寄出，請於 4/30 前完成報到手續。\n")),
    ("zh-the-user-interviews-someone", _m(
        "林經理 <lin@hanyue-elec.example>", "明天面試",
        "明天下午我們要面試兩位新人應徵者，麻煩你一起參加面試，幫忙問技術題。\n")),
    ("zh-a-shop-invitation", _m(
        "門市 <shop@tea-house.example>", "會員邀請",
        "誠摯邀請您加入我們的 LINE 會員群組，明天下午方便嗎？來門市體驗！\n")),
    ("vi-a-loan-refused", _m(
        "Ngân hàng Phú Gia <thongbao@phugia-bank.example>", "Kết quả thẩm định hồ sơ vay",
        "Kính gửi Quý khách,\nNgân hàng rất tiếc thông báo hồ sơ vay của Quý khách chưa đủ điều kiện phê duyệt.\n")),
    ("no-a-mortgage-offer", _m(
        "Fjordbanken <kundeservice@fjordbanken.example>", "Tilbud på boliglån",
        "Hei Alex,\nBanken vil gjerne gi deg et tilbud på boliglån med fastrente, svar innen fredag.\n")),
    ("th-a-dentist-calls-off", _m(
        "คลินิกทันตกรรม <clinic@smile-dental.example>", "ยกเลิกนัด",
        "คลินิกขอยกเลิกการนัดหมายทำฟันวันพรุ่งนี้ค่ะ\n")),
    ("zh-cn-a-shop-offer", _m(
        "橙仓商城 <promo@chengcang-mall.example>", "专属福利",
        "你的专属 offer 已发到您的账户，满500减80\n")),
    ("household-a-friend-asks-for-babysitting", _m(
        "Jess Cole <jess.cole88@gmail.com>", "friday??",
        "hiya! our nanny's off on Friday, any chance you could babysit Leo from 6? we'd pay obvs x\n")),
    ("hu-a-race-entry", _m(
        "Tavaszi Futás <info@tavaszifutas.example>", "Nevezés visszaigazolása",
        "Köszönjük a jelentkezést a tavaszi futóversenyre, a rajtszámát a helyszínen veheti át.\n")),
    ("hu-a-language-exam-entry", _m(
        "Nyelvvizsga Központ <info@nyelvvizsga.example>", "Vizsgajelentkezés",
        "Kedves Alex!\nVizsgajelentkezését rögzítettük, a vizsga időpontja: április 18.\n")),
    ("pl-a-service-ticket", _m(
        "Serwis <serwis@agd-naprawy.example>", "Zgłoszenie 4471",
        "Dzien dobry, dziekujemy za przeslanie zgloszenia awarii. Technik przyjedzie w czwartek o 10:00.\n")),
    ("th-the-user-on-the-panel", _m(
        "ฝ่ายบุคคล <hr@current-hotel.example>", "ขอเชิญร่วมสัมภาษณ์ผู้สมัคร",
        "เรียน คุณ Alex\nHR ขอเชิญร่วมเป็นกรรมการสัมภาษณ์ผู้สมัครตำแหน่งพนักงานต้อนรับ วันพฤหัสบดี เวลา 09.00 น. "
        "รบกวนกรอกแบบประเมินผู้สมัครด้วยค่ะ\n")),
]  # fmt: skip


test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)


# The rules' own reading (not the model's): these sentences the model may read right by itself
RULES_READ = [
    ("interview_invitation", "Apresentei o seu perfil e o cliente quer falar consigo. O que lhe dá mais jeito?"),
    ("company_reply", "O processo de recrutamento se encontra ainda em fase de análise curricular."),
    ("rejection", "Después de platicarlo decidimos quedarnos con otra persona que vive aquí cerca."),
    ("interview_invitation", "loved the reel. got 20 min thurs for a zoom?"),
    ("offer", "Gostávamos de lhe fazer uma proposta para a função de Chefe de Turno."),
]


@pytest.mark.parametrize(("kind", "text"), RULES_READ)
def test_the_rules_read_it(kind, text):
    scores, _ = score("", text.lower())
    assert scores and max(scores, key=lambda k: scores[k]) == kind, scores


@pytest.mark.parametrize("header", [
    "寄件者: 陳小姐 <amy.chen@hongtai-tech.example>\n寄件日期: 2026年3月2日 上午 10:00\n收件者: Alex\n主旨: 面試邀約",
    "发件人: 王经理 <wang@xinghe-soft.example>\n发送时间: 2026年3月2日 10:00\n收件人: Alex\n主题: 面试",
    "差出人: 田中 <tanaka@x.example>\n送信日時: 2026年3月2日 10:00\n宛先: Alex\n件名: 面接",
    "Fra: Kari Nes <kari@x.example>\nSendt: mandag 2. mars 2026 10:00\nTil: Alex\nEmne: Intervju",
])
def test_outlook_reply_headers_in_other_languages_start_the_quote(header):
    text = f"好的，謝謝。\n\n________________________________\n{header}\n\n邀請您進行線上測驗"
    assert split_text(text)[0] == "好的，謝謝。"


@pytest.mark.parametrize(("text", "want"), [
    ("Combinado segunda dia 16 às 10h30.", "2026-02-16T10:30+00:00"),
    ("O cliente pediu para passar para quinta, 12, às 10h, mesmo local.", "2026-02-12T10:00+00:00"),
])
def test_portugal_short_weekday_with_its_day(text, want):
    ref = datetime.fromisoformat("2026-02-10T09:00+00:00")
    slot = interview_slot(text, "", ref, ref.tzinfo, False)
    assert slot is not None and slot.start == datetime.fromisoformat(want)


def test_a_short_weekday_that_is_an_ordinal_is_no_date():
    ref = datetime.fromisoformat("2026-02-10T09:00+00:00")
    assert interview_slot("A segunda entrevista será com a diretora.", "", ref, ref.tzinfo, False) is None
