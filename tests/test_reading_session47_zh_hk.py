"""Session 47, Chinese of Hong Kong: how property firms', NGOs' and public bodies' HR write each step in formal Traditional
Chinese (閣下, 本公司, 一職), and how headhunters and small owners write it in Cantonese typed on phones with English mixed
in, tested here in invented words, with the look-alikes that share them."""

from __future__ import annotations

from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

READ_AS = [
    # a formal receipt: "本公司已收到閣下之申請"
    ("a-formal-receipt-of-the-application", "application_ack", _m(
        "海景酒店集團 人力資源部 <careers@seaview-hotels.example>", "多謝閣下應徵 - 前堂主任",
        "陳小姐：\n\n多謝閣下應徵本集團前堂主任一職。本集團經已收到閣下的申請，現正進行甄選。\n\n"
        "海景酒店集團\n人力資源部 謹啟\n")),
    # an NGO's old system: "職位申請收妥通知"
    ("an-ngos-receipt-notice", "application_ack", _m(
        "明愛青年中心 人事組 <hr@youth-centre.example>", "職位申請收妥通知 - 項目幹事",
        "Alex Morgan 小姐：\n\n職位申請收妥通知\n\n本中心已收到閣下應徵項目幹事（編號 PO/26/03）之申請，"
        "甄選結果將另行通知。\n\n人事組\n")),
    # a formal interview notice: "現誠邀閣下出席面試"
    ("a-formal-interview-notice", "interview_invitation", _m(
        "港島物流有限公司 人力資源部 <hr@islandlogistics.example>", "面試通知 - 船務文員",
        "Morgan小姐：\n\n閣下應徵本公司船務文員一職，現誠邀閣下於2026年4月14日（星期二）上午10時30分出席面試。\n"
        "地點：葵涌貨櫃碼頭路18號 港島物流中心3樓\n請於4月10日或之前致電 2555 0101 確認出席。\n\n"
        "人力資源部 何小姐\n")),
    # an owner on a phone: "想約你上嚟傾下"
    ("an-owner-asks-the-user-up-for-a-chat", "interview_invitation", _m(
        "Lee Kwong Fat <kf.lee@kwongfat-hardware.example>", "廣發五金 - 倉務員",
        "Alex 你好，\n\n我係廣發五金李生，睇咗你份CV，想約你上嚟傾下。後日（星期四）朝早十點得唔得？\n\n"
        "地址：長沙灣道 301號 4樓\n\n李生\n")),
    # ... and the time asked about with the meeting: "星期五下晝三點上嚟見工得唔得？"
    ("an-owner-asks-about-a-time-to-come-up", "interview_invitation", _m(
        "Lee Kwong Fat <kf.lee@kwongfat-hardware.example>", "廣發五金 - 倉務員",
        "Alex 你好，\n\n我係廣發五金李生，睇咗你份CV。星期五下晝三點上嚟見工得唔得？\n\n地址：長沙灣道 301號 4樓\n\n"
        "李生\n")),
    # a headhunter's slots in code-mixing: "你 prefer 邊個？"
    ("a-headhunter-offers-two-slots", "interview_invitation", _m(
        "Cindy Ho <cindy.ho@peaktalent.example>", "Re: Harbourview Bank - Operations Officer",
        "Hi Alex!\n\nHarbourview Bank 想約你做個 second round 呀，佢哋有兩個 slot：\n- 17/4 (Fri) 3:00pm\n"
        "- 20/4 (Mon) 11:00am\n\n你 prefer 邊個？覆我 asap ah\n\nCindy\n")),
    # HR confirms the time: "確認閣下面試時間為"
    ("hr-confirms-the-interview-time", "interview_confirmation", _m(
        "Ho Wai Yee (HR) <waiyee.ho@islandlogistics.example>", "RE: 面試通知 - 船務文員",
        "Morgan小姐，\n\n收到。確認閣下面試時間為2026年4月14日（星期二）上午10時30分，到時請到3樓接待處登記。\n\nWai Yee\n")),
    # a headhunter moves it: "想將你個interview改去"
    ("a-headhunter-moves-the-interview", "reschedule", _m(
        "Cindy Ho <cindy.ho@peaktalent.example>", "Re: Harbourview Bank - Operations Officer",
        "Hi Alex, sorry ah, hiring manager 聽日要出差，想將你個 interview 改去 星期二 21/4 10:00am，地址一樣。"
        "OK唔OK?\n\nCindy\n")),
    # a headhunter calls the next round off: "second round 唔會 arrange 住"
    ("a-headhunter-calls-the-round-off", "cancellation", _m(
        "Tommy Leung <tommy.leung@lionsearch.example>", "Kowloon Freight - update",
        "Hi Alex,\n\nBad news... Kowloon Freight 今朝話因為 budget 問題，final round 暫時唔會 arrange，"
        "原本約好下星期見 director 都要取消。Sorry ah!\n\nTommy\n")),
    # a formal no: "經審慎考慮後，本公司未能安排閣下進一步面試"
    ("a-formal-no-after-careful-thought", "rejection", _m(
        "海景酒店集團 人力資源部 <careers@seaview-hotels.example>", "應徵結果通知 - 前堂主任",
        "陳小姐：\n\n多謝閣下早前應徵本集團前堂主任一職。經審慎考慮後，本集團未能安排閣下進一步面試。\n\n"
        "祝 事業順利\n\n人力資源部 謹啟\n")),
    # a headhunter's no: "client 揀咗另一個 candidate"
    ("a-headhunter-says-the-client-chose-another", "rejection", _m(
        "Tommy Leung <tommy.leung@lionsearch.example>", "Accounts Clerk - feedback",
        "Hi Alex,\n\n個 Accounts Clerk role 有 feedback 喇：client 話揀咗另一個 candidate，佢哋想要有 audit 經驗嘅人。"
        "Sorry ah!\n\nTommy\n")),
    # an owner hires the user: "想請你返嚟做。人工…"
    ("an-owner-offers-the-job-with-its-pay", "offer", _m(
        "李生 <lee.kwongfat@gmail.com>", "Re: 廣發五金 - 倉務員",
        "Alex，\n\n同老婆傾過，想請你返嚟做。人工$15,800，有雙糧，做六天，有MPF。\n\n你幾時可以返工？諗好覆我。\n\n李生\n")),
    # a formal offer: "本公司決定聘用閣下為"
    ("a-formal-offer", "offer", _m(
        "港島物流有限公司 人力資源部 <hr@islandlogistics.example>", "聘用通知 - 船務文員",
        "Morgan小姐：\n\n本公司欣然通知閣下，本公司決定聘用閣下為船務文員，月薪港幣17,000元，"
        "現附上聘書一份，請於4月30日或之前簽署交回。\n\n人力資源部 何小姐\n")),
    # a case study to hand in: "請閣下完成附件之個案分析"
    ("an-ngo-sets-a-case-study", "assessment", _m(
        "明愛青年中心 人事組 <hr@youth-centre.example>", "項目幹事 - 第二階段甄選",
        "Morgan小姐：\n\n請閣下完成附件之個案分析，並於2026年5月6日（星期三）下午5時前電郵交回。本中心將根據評核結果安排面試。\n\n"
        "人事組 黃先生\n")),
    # referees asked for: "煩請提供兩位證明人之資料"
    ("hr-asks-for-two-referees", "company_reply", _m(
        "Ho Wai Yee (HR) <waiyee.ho@islandlogistics.example>", "船務文員 - 證明人資料",
        "Morgan小姐：\n\n多謝閣下出席第二輪面試。煩請提供兩位證明人之資料，包括姓名、職位及聯絡電話，於4月24日前電郵交回。\n\n"
        "Wai Yee\n")),
    # a headhunter has sent the CV on: "submit咗你份CV去"
    ("a-headhunter-submitted-the-cv", "company_reply", _m(
        "Cindy Ho <cindy.ho@peaktalent.example>", "Harbourview Bank - Operations Officer",
        "Hi Alex,\n\nThanks for the call! 我已經 submit咗你份CV去 Harbourview Bank 嘅 Operations Officer，"
        "有消息再同你講。\n\nCindy\n")),
    # HR asks whether the user still wants the post: "是否仍有興趣應徵此職位"
    ("hr-asks-if-still-interested", "company_reply", _m(
        "黃先生 <wong.hr@youth-centre.example>", "項目幹事 - 重新招聘",
        "Morgan小姐你好，\n\n本中心項目幹事一職之招聘工作將重新展開，請問閣下是否仍有興趣應徵此職位？請於5月2日前回覆。\n\n"
        "黃先生\n人事組\n")),
]

OTHER_MAIL = [
    # a volunteer scheme's receipt and briefing chat: "你的義工申請已經收到"
    ("a-volunteer-schemes-receipt", _m(
        "社區關懷網絡 義工組 <volunteer@carenet.example>", "義工申請已收到 - 探訪計劃",
        "Alex 你好，\n\n多謝你申請參加探訪計劃義工服務，你的義工申請已經收到。簡介會後同工會同你進行簡短面談。\n\n義工組\n")),
    # an estate agent's tenancy "application", payslips asked for and a start asked about
    ("an-estate-agents-tenancy-application", _m(
        "Kelvin Chan 好運地產 <kelvin.chan@goodluck-property.example>", "太古城 租盤 - 業主已收到你嘅申請",
        "Alex你好，\n\n業主已經收到你嘅租務申請表，想約你星期六下午3點喺分行簽臨時租約。請帶最近3個月糧單同在職證明。"
        "業主想知你幾時可以起租。\n\nKelvin\n")),
    # a clinic moves a follow-up visit: "覆診時間更改"
    ("a-clinic-moves-a-follow-up", _m(
        "仁安診所 <booking@yanon-clinic.example>", "覆診時間更改通知",
        "Alex Morgan 你好：\n\n閣下原定於5月4日之覆診因醫生休假需要更改，新覆診時間為5月6日（星期三）下午4時。"
        "如新時間不便，請致電更改預約。\n\n仁安診所\n")),
    # a careers centre's mock interview: "誠邀閣下參加模擬面試"
    ("a-careers-centres-mock-interview", _m(
        "青年就業中心 <events@youth-jobs.example>", "就業工作坊",
        "Alex Morgan 你好：\n\n誠邀閣下參加模擬面試工作坊，日期：2026年5月9日（星期六）下午2時，地點：觀塘青年中心。\n\n"
        "青年就業中心\n")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
