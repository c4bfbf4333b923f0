"""Session 47, Chinese in Taiwan: how a bank's e-recruit system, government offices (臺端, 本局, Minguo dates), hospitals,
hotel and retail chains, job banks relaying an employer's word and agencies write each step, in Traditional characters,
tested here in invented words, with the look-alikes that share them."""

from __future__ import annotations

from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

READ_AS = [
    # a bank's e-recruit receipt: "本行已收到您…之應徵資料"
    ("a-banks-receipt-of-the-application-form", "application_ack", _m(
        "和豐商業銀行 人才招募 <recruit@hefeng-bank.example>", "和豐商業銀行 應徵資料收件通知",
        "Alex Morgan 君 您好：\n感謝您應徵本行「個人金融部 理財專員」職務，本行已收到您於115年3月2日送出之應徵資料。\n"
        "書面審核通過者將另行通知參加甄選。\n和豐商業銀行 人力資源處 敬上\n")),
    # a government office's receipt: "本局已收訖臺端報名表件"
    ("a-government-offices-receipt", "application_ack", _m(
        "臺中市政府環境保護局人事室 <personnel@tc-epb.example>", "有關臺端報名本局約僱人員甄選一案",
        "Alex Morgan 君 您好：\n本局業於115年4月1日收訖臺端報名表件及相關證明文件，書面審查結果將於4月15日前公告。\n"
        "臺中市政府環境保護局人事室 敬啟\n")),
    # a hospital's invitation with a time to accept: "敬邀您前來本院參加面試 … 回覆確認是否出席"
    ("a-hospitals-invitation-to-accept", "interview_invitation", _m(
        "安和醫院 人事課 <hr@anhe-hospital.example>", "安和醫院 醫事行政 面試通知",
        "Morgan 小姐您好：\n經書面審核，敬邀您於115年4月9日（星期四）下午2時前來本院參加面試。\n"
        "面試當天請提早10分鐘報到，並請於4月6日前回覆確認是否出席。\n安和醫院 人事課\n")),
    # an agency asks which day suits: "想約你聊聊 … 哪天比較方便"
    ("an-agency-asks-which-day", "interview_invitation", _m(
        "Grace Lin <grace.lin@talentlink-tw.example>", "Re: 外商藥廠 HR Generalist 職缺",
        "Alex 早安～\n客戶看完你的履歷想約你聊聊，下週二或週四下午你哪天比較方便？確認後我再回覆客戶。\nGrace\n")),
    # a chain's HR sets the second round: "已為您安排 … 複試"
    ("a-chains-second-round-set", "interview_confirmation", _m(
        "高子晴 <tzuching.kao@meiyi-retail.example>", "RE: 美宜量販 人資專員 面試",
        "Alex 您好：\n已為您安排 4/16（四）上午10:30 複試，地點在板橋總部6樓，屆時由營運協理面談。\n高子晴\n")),
    # a hotel's HR settles the time the user offered: "那就約 4/21（二）下午兩點"
    ("a-hotels-that-settles-it", "interview_confirmation", _m(
        "陳品妤 <pinyu.chen@haian-hotel.example>", "RE: 海岸飯店 前廳主任 視訊面試",
        "Alex 您好：\n謝謝您回覆的時段！那就約 4/21（二）下午兩點，以 Teams 進行，連結會另外寄給您。\n陳品妤\n")),
    # a government office's oral exam notice, no reply asked: "訂於 … 辦理口試"
    ("a-government-oral-exam-set", "interview_confirmation", _m(
        "桃園市政府文化局人事室 <personnel@ty-culture.example>", "本局約用人員甄選 口試通知",
        "Alex Morgan 君 您好：\n臺端參加本局約用人員甄選，經書面審查合格，訂於115年5月6日（星期三）上午10時辦理口試，"
        "請攜帶國民身分證正本準時報到。\n桃園市政府文化局人事室 敬啟\n")),
    # a bank moves the interview: "原訂之面試時間須調整"
    ("a-bank-moves-the-interview", "reschedule", _m(
        "林雅婷 <yating.lin@hefeng-bank.example>", "面試時間異動通知－和豐商業銀行",
        "Alex 小姐您好：\n因面試主管臨時須出差，原訂於4月9日之面試時間須調整，新的面試時間為4月10日（星期五）下午3時，"
        "地點不變。造成不便，敬請見諒。\n林雅婷\n")),
    # a district office suspends its oral exam, no new date: "口試暫停辦理"
    ("a-district-office-suspends-the-exam", "cancellation", _m(
        "大安區公所人事室 <personnel@daan-dist.example>", "本所臨時人員甄選口試暫停辦理通知",
        "Alex Morgan 您好：\n因預算尚待議會審議，本所臨時人員甄選口試暫停辦理，恢復日期將另行公告，敬請見諒。\n"
        "大安區公所人事室\n")),
    # a job bank relays the post filled: "本職缺已有合適人選"
    ("a-job-bank-relays-the-post-filled", "rejection", _m(
        "1111人力銀行 <service@mail.1111.example>", "【1111人力銀行】應徵結果通知－東昇電子",
        "Alex Morgan 您好：\n東昇電子股份有限公司 針對您應徵的「人事助理」回覆如下：\n本職缺已有合適人選，感謝您的應徵。\n")),
    # a gap between the user and the post, so no interview: "條件與本職缺需求尚有落差 … 此次無法安排面試"
    ("an-employer-no-interview-this-time", "rejection", _m(
        "yes123求職網 <service@yes123.example>", "【yes123】企業回覆通知：金泰物流",
        "Alex Morgan 您好：\n感謝您的應徵。經評估，您的經歷與本職缺需求尚有落差，故此次無法安排面試，敬請見諒。\n")),
    # the post goes to an internal move: "決定由內部人員調任"
    ("a-hospital-moves-someone-inside", "rejection", _m(
        "安和醫院 人事課 <hr@anhe-hospital.example>", "安和醫院 醫事行政 甄選結果通知",
        "Morgan 小姐您好：\n感謝您參與本院醫事行政之甄選。本職缺經主管會議決議改由院內人員調任，故本次甄選不予錄取外部應徵者。\n"
        "安和醫院 人事課\n")),
    # an agency's "this time we stop here"
    ("an-agency-stops-here", "rejection", _m(
        "Grace Lin <grace.lin@talentlink-tw.example>", "Re: 外商藥廠 HR Generalist 職缺",
        "Alex～客戶回覆了，他們最後選了另一位有藥廠經驗的人選，這次就先不往下走了，有其他缺我再找你😊\nGrace\n")),
    # a chain's written offer: "您已獲錄取本公司 … 一職", "請於 … 前回覆是否接受錄取"
    ("a-chains-written-offer", "offer", _m(
        "高子晴 <tzuching.kao@meiyi-retail.example>", "美宜量販股份有限公司 錄取通知－人資專員",
        "Alex 您好：\n恭喜您！經兩階段面試，您已獲錄取本公司「人資專員」一職。月薪 41,000 元，"
        "試用期三個月，"
        "預計報到日為115年6月1日。\n錄取通知書如附件，請於 5/20 前回覆是否接受錄取。\n高子晴\n")),
    # a government office calls the waiting list: "通知臺端遞補 … 回覆是否同意進用"
    ("a-government-waiting-list-called", "offer", _m(
        "桃園市政府文化局人事室 <personnel@ty-culture.example>", "本局約用人員備取遞補通知",
        "Alex Morgan 君 您好：\n臺端列為本局約用人員甄選備取第2名，因正取人員放棄，依規定通知臺端遞補，"
        "請於115年6月3日前回覆是否同意進用。\n桃園市政府文化局人事室 敬啟\n")),
    # a written test set: "筆試通知", "筆試時間："
    ("a-securities-firms-written-test", "assessment", _m(
        "周怡安 <yian.chou@dacheng-sec.example>", "大成證券 行政專員 筆試通知",
        "Alex 您好：\n以下為筆試通知：\n筆試時間：115年4月14日（二）上午10:00–11:30\n筆試地點：大成證券總公司 5樓 訓練教室\n"
        "周怡安\n")),
    # a take-home exercise: "請完成附件之 … 實作測驗", "完成一份個案作業"
    ("a-take-home-case", "assessment", _m(
        "陳品妤 <pinyu.chen@haian-hotel.example>", "海岸飯店 前廳主任 第二階段作業",
        "Alex 您好：\n謝謝您昨天撥空面談！第二階段想請您完成一份個案作業（旺季排班與客訴處理），請於 4/28 前以 PDF 回覆本信。\n"
        "陳品妤\n")),
    # the exercise received, a word on where things stand: "已收到您回傳的作業 … 時間確定後再與您聯繫"
    ("hr-got-the-exercise", "company_reply", _m(
        "安和醫院 人事課 <hr@anhe-hospital.example>", "RE: 安和醫院 醫事行政 實作測驗",
        "Morgan 小姐您好：\n已收到您回傳的測驗檔案，謝謝。後續將由主任安排第二階段面談，時間確定後再與您聯繫。\n"
        "安和醫院 人事課\n")),
    # a government office's waiting list: "列為備取第1名"
    ("a-government-waiting-list", "company_reply", _m(
        "臺中市政府環境保護局人事室 <personnel@tc-epb.example>", "本局約僱人員甄選結果通知",
        "Alex Morgan 君 您好：\n臺端參加本局約僱人員甄選，經甄審委員會評定，列為備取第1名，備取期間3個月。\n"
        "臺中市政府環境保護局人事室 敬啟\n")),
    # the first day's notice: "新進人員報到通知"
    ("a-first-days-notice", "company_reply", _m(
        "高子晴 <tzuching.kao@meiyi-retail.example>", "美宜量販股份有限公司 新進人員報到通知",
        "Alex 您好：\n歡迎您加入美宜量販！新進人員報到相關事項如下：報到時間115年6月1日上午9:00，"
        "請攜帶身分證影本及存摺封面影本。\n"
        "高子晴\n")),
]

OTHER_MAIL = [
    # the user's current job's yearly review, from the branch manager
    ("a-yearly-performance-review", _m(
        "王志明 <chihming.wang@fubang-bank.example>", "114年度 績效面談時間",
        "Alex，\n114年度績效面談訂於1/20（二）16:00，請先在 e-HR 完成員工自評，面談時一併討論明年度目標。\n王志明\n")),
    # a job bank's count of who viewed the CV, with its "如收到面試邀約將另行通知"
    ("a-job-banks-who-viewed-count", _m(
        "104人力銀行 <noreply@ms.104.example>", "本週有 3 家企業看過您的履歷",
        "Alex Morgan 您好：\n過去 7 天，有 3 家企業看過您的履歷。\n"
        "※ 企業看過履歷不代表已邀約面試，如收到面試邀約將另行通知。\n")),
    # a university's admission by selection, with its waiting list
    ("a-universitys-admission-waiting-list", _m(
        "國立中正大學 招生委員會 <admission@ccu-univ.example>", "115學年度碩士班甄選入學 放榜通知",
        "Alex Morgan 同學您好：\n115學年度碩士班甄選入學結果已公告，您列為備取第5名，遞補作業將依招生簡章辦理。\n")),
    # a work-from-home scam's "you're hired"
    ("a-work-from-home-scam", _m(
        "人資部 陳經理 <hr.hiring.tw88@gmail.com>", "【錄取通知】在家兼職 日領2000",
        "您好！恭喜您，您已被錄取為「線上客服助理」\n✅ 手機即可操作 ✅ 時間自由\n請加入 LINE 官方帳號領取任務：@job-888\n")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
