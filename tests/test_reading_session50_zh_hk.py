"""Session 50, Chinese of Hong Kong as a retail-operations coordinator's mailbox holds it: HR's written Chinese to "你"
as well as to "閣下" (a receipt, a later round confirmed, a decision for another candidate), a job portal's relayed
decision with its status line, a founder and an agency typing Cantonese with English glued to it ("想同你傾下個role",
"咁聽日3點見", "想你做個case study", "仲有一個candidate未見"), HR extending the time to answer an offer letter, and a
shop manager's "今次唔請你住". Tested here in invented words, with the look-alikes that share them (a clinic's follow-up
visit moved, an estate agent's lease to sign, a friend's dinner, a receipt's "如未獲通知，即表示閣下的資歷未符合要求")."""

from __future__ import annotations

from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

# the user's own approach to a founder, quoted below his answers
APPROACH = ("Hi Marcus,\n\nI saw on LinkedIn that you're hiring a Store Operations Lead for your two shops. My CV is "
            "attached: I run stock and rosters for six shops in Mong Kok now.\n\nThanks,\nAlex Morgan")

READ_AS = [
    # a receipt written to "你", not "閣下": "我們已經收到你應徵…的申請"
    ("hr-receipt-written-to-you", "application_ack", _m(
        "山城茶莊 人力資源部 <hr@hilltea.example>", "Re: 應徵 門市主任",
        "Dear Ms Morgan,\n\n多謝你的來信，我們已經收到你應徵門市主任的申請。我們會在三星期內完成篩選，合適者會以電話"
        "聯絡安排面試。\n\n人力資源部\n山城茶莊有限公司\n")),
    # a founder's question in Cantonese: "想同你傾下個role", a time asked
    ("founder-would-talk-about-the-role", "interview_invitation", _m(
        "Marcus Yip <marcus@lanternbox.example>", "Re: Store Operations Lead",
        "Hi Alex,\n\n多謝你個CV! 想同你傾下個role, 星期三下晝4點喺我哋荔枝角office方唔方便? 大概半個鐘.\n\nMarcus\n",
        quoted=APPROACH)),
    # ... his settled time: "咁星期三4點見"
    ("founder-settles-the-time", "interview_confirmation", _m(
        "Marcus Yip <marcus@lanternbox.example>", "Re: Store Operations Lead",
        "好 👍 咁星期三4點見. 上到9樓按門鐘搵我就得\n\nM\n", quoted=APPROACH)),
    # an agency's client asking to meet at a time: "想約你 …見面, OK嗎?"
    ("agency-client-wants-to-meet", "interview_invitation", _m(
        "Joanne Fung <joanne.fung@apexpeople.example>", "New role - Retail Ops Supervisor",
        "Hi Alex,\n\n有個新role想同你share: 一間連鎖藥房搵 Retail Ops Supervisor, 25-28K.\n\n我已經send咗你個CV過去, "
        "佢哋Area Manager想約你 18/3 (三) 2:30pm 見面, 喺佢哋觀塘office. OK嗎?\n\nJoanne\n")),
    # HR confirming a later round to "閣下": "現確認閣下之第二輪面試安排如下"
    ("hr-confirms-the-second-round", "interview_confirmation", _m(
        "周小姐 <hr@eastgate-retail.example>", "第二輪面試安排 - 營運主任",
        "Morgan小姐：\n\n多謝回覆。現確認閣下之第二輪面試安排如下：\n\n日期：2026年3月18日（星期三）\n時間：下午2時30分\n"
        "地點：荃灣楊屋道8號 12樓\n\n人力資源部 周小姐\n")),
    # a founder's case study in Cantonese: "想你做個case study"
    ("founder-sets-a-case-study", "assessment", _m(
        "Marcus Yip <marcus@lanternbox.example>", "Lanternbox case study",
        "Hi Alex\n\n多謝你今朝嚟傾! 想你做個case study: 我哋兩間舖每逢週末就缺貨, 你會點樣安排補貨同排更?\n"
        "3-4頁slides就得, 下星期二前send返俾我\n\nMarcus\n")),
    # ... still deciding: another candidate to see first
    ("founder-still-has-another-candidate-to-see", "company_reply", _m(
        "Marcus Yip <marcus@lanternbox.example>", "Re: Lanternbox case study",
        "Hi Alex sorry late reply! 你份case study做得幾好. 不過我哋仲有一個candidate星期四先見, 見完先決定, 最遲下星期一"
        "話你知 🙏\n\nMarcus\n")),
    # HR's decision in Cantonese: another candidate chosen
    ("hr-chose-another-candidate-in-cantonese", "rejection", _m(
        "山城茶莊 人力資源部 <hr@hilltea.example>", "門市主任 面試結果",
        "Morgan小姐你好，\n\n多謝你上星期嚟面試。經審慎考慮後，我哋決定揀咗另一位有較多茶葉零售經驗嘅候選人，今次未能"
        "向你提供呢個職位。祝你搵工順利！\n\n人力資源部\n")),
    # a portal's relayed decision: "狀態：已婉拒" and "閣下的資歷暫未符合是次職位的要求"
    ("portal-relays-a-decision", "rejection", _m(
        "JobsDB <noreply@jobsdb.example>", "申請狀態更新：門市主任 - 山城茶莊",
        "Alex Morgan 你好：\n\n你申請的職位有新狀態：\n\n職位：門市主任\n狀態：已婉拒\n\n招聘公司留言：\n多謝閣下對"
        "本公司的興趣。閣下的資歷暫未符合是次職位的要求。\n\nJobsDB\n")),
    # a shop manager's late answer: "今次唔請你住"
    ("shop-manager-will-not-hire-you-this-time", "rejection", _m(
        "Ricky Chan <ricky.chan@goldenbun-bakery.example>", "Re: 門市主任 application",
        "Hi Alex\n\n唔好意思咁遲先覆你. 老細揀咗另一個之前做開餅店嘅應徵者, 今次唔請你住, sorry呀\n\nRicky\n門市經理\n",
        quoted="Hi Ricky,\n\n想問下門市主任個位有冇消息?\n\nAlex")),
    # HR extending the time to answer the offer letter
    ("hr-extends-the-time-to-answer-the-offer", "company_reply", _m(
        "周小姐 <hr@eastgate-retail.example>", "聘用通知 - 回覆期限",
        "Morgan小姐：\n\n跟進今日之電話對話，本公司同意將閣下回覆聘書之期限延長至2026年4月2日下午5時。\n\n"
        "人力資源部 周小姐\n")),
]

OTHER_MAIL = [
    # a clinic's follow-up visit moved: "閣下原定的覆診需要改期"
    ("clinic-moves-a-follow-up-visit", _m(
        "康景診所 <booking@hongkeng-clinic.example>", "覆診改期通知",
        "Morgan小姐你好，\n\n由於醫生當日休假，閣下原定於4月9日（星期四）上午11時的覆診需要改期。\n\n新覆診時間：2026年"
        "4月16日（星期四）上午11時\n\n如不便請致電 2345 6789。\n\n康景診所\n")),
    # an estate agent's meeting to sign for a flat: "想約你星期六…見面簽臨時租約"
    ("an-estate-agents-meeting-to-sign-a-lease", _m(
        "Tommy Ng 好居地產 <tommy.ng@goodhome-property.example>", "太古城 租盤",
        "Alex小姐你好，\n\n業主已經收到你嘅租務申請表，想約你星期六（21/3）下午3點喺我哋鰂魚涌分行見面簽臨時租約。"
        "請帶身份證同最近3個月糧單。\n\nTommy\n")),
    # a friend's dinner at a time: "想約你聽日食飯", "咁星期六7點見"
    ("a-friends-dinner", _m(
        "Karen Lam <karen.lam.hk@gmail.com>", "聽日",
        "Alex! 好耐冇見, 想約你聽日食飯見下面, 旺角嗰間火鍋. 咁星期六7點見?\n\nKaren\n")),
    # a receipt's conditional: "如未獲通知，即表示閣下的資歷未符合要求"
    ("a-receipts-conditional-is-no-decision-alone", _m(
        "Newsletter <news@retail-hr-digest.example>", "零售人事月刊：見工前要準備乜嘢？",
        "本期內容：\n\n1. 點樣寫好一份履歷\n2. 很多公司都會話：如四星期內未獲通知，即表示閣下的資歷未符合要求。"
        "\n\n訂閱管理\n")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
