"""Session 49, Chinese in Taiwan as a hotel front-desk lead's mailbox holds it: hotels' and a bank's HR, a travel agency, a
startup, a headhunter mixing English, booking tools and a guesthouse owner's phone, some of it in big5; tested here in
invented words, with the look-alikes that share them (a coach's mock interview, a language school's placement interview,
a newsletter's and a job alert's "很遺憾")."""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import format_datetime

from tests.test_reading import SENT
from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests


def _big5(frm: str, subject: str, body: str) -> bytes:
    """A message as an older Taiwanese mailer sends it: the body in big5."""
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = "Alex Morgan <alex.morgan@example.net>"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(SENT)
    msg["Message-ID"] = "<s49big5@example.com>"
    msg.set_content(body, charset="big5")
    return msg.as_bytes()


READ_AS = [
    # a small hotel's two blunt lines, in big5: "恕不安排面試"
    ("a-small-hotels-blunt-no-in-big5", "rejection", _big5(
        "和悅商旅 管理部 <admin@heyue-inn.example>", "回覆: 應徵 早班櫃檯組長",
        "Alex Morgan 您好\n\n經評估，您的經歷與本職缺要求不符，恕不安排面試。\n謝謝。\n\n和悅商旅 管理部\n")),
    # a startup's kind no: "這次就不安排二面了"
    ("a-startups-kind-no", "rejection", _m(
        "Irene Su <irene@roomly.example>", "Re: Roomly｜Guest Experience Lead 作業",
        "Hi Alex,\n\n謝謝你認真完成作業，團隊都很喜歡你的想法。\n不過討論後我們決定跟另一位有 PMS 導入經驗的候選人繼續，"
        "這次就不安排二面了。\n\n祝你一切順利！\nIrene\n")),
    # a headhunter mixing English: "想先約個call … 給我一個方便的時段"
    ("a-headhunter-asks-for-a-call", "interview_invitation", _m(
        "Vivian Lo <vivian.lo@summit-search.example>", "Front Office Manager opportunity",
        "Hi Alex,\n\n我是 Summit Search 的 Vivian，看到您在 LinkedIn 上的 profile，手上有一個台中 resort 的 Front Office "
        "Manager 職缺很適合您。\n想先約個call跟您介紹一下 scope，給我一個方便的時段就好。\n\nVivian Lo\n")),
    # a bank's proposed time, to be answered: "擬安排您參加 … 回覆是否出席"
    ("a-banks-proposed-time", "interview_invitation", _m(
        "林佳穎 <chiaying.lin@fengyuan-bank.example>", "【面試通知】豐源商業銀行 分行櫃檯主管",
        "Alex Morgan 先生 您好：\n\n本行擬安排您參加分行主管面試，時間暫定為115年4月9日（星期四）上午10時。\n"
        "請於4月2日前回覆是否出席。\n\n豐源商業銀行 人力資源部 林佳穎\n")),
    # HR settles the user's yes: "那就確定 … 見"
    ("hr-settles-the-users-yes", "interview_confirmation", _m(
        "王于庭 <yuting.wang@lushan-travel.example>", "Re: 鹿山旅行社 票務主任 面談",
        "Alex 您好，\n\n收到，那就確定 4/14（二）上午10:30 見！到了請在一樓登記。\n\n于庭\n")),
    # a booking tool's confirmation, its "需要改期？" only an offer
    ("a-booking-tools-confirmation", "interview_confirmation", _m(
        "Hotel Careers Scheduling <scheduling@hotelcareers.example>", "已確認：禾田酒店 前廳主任 面試",
        "Alex Morgan 您好，您的面試已預約成功。\n\n職缺：前廳主任\n日期：2026年4月15日（星期三）\n時間：15:00 – 15:45\n"
        "形式：Google Meet 視訊面試\n\n需要改期？請點此重新預約。\n")),
    # a hotel's HR moves the video interview: "面談需調整時間"
    ("a-hotels-interview-moved", "reschedule", _m(
        "許雅婷 <yating.hsu@seaview-hotel.example>", "RE: 海景飯店 客務經理 面試邀約",
        "Alex Morgan 先生您好：\n\n不好意思，總經理當天臨時需出差，視訊面談需調整時間，新的時間為4月16日（星期四）下午3:00，"
        "連結不變。\n\n許雅婷 人力資源部\n")),
    # a travel agency's offer: "正式邀請您加入 … 擔任"
    ("a-travel-agencys-offer", "offer", _m(
        "王于庭 <yuting.wang@lushan-travel.example>", "鹿山旅行社 票務主任",
        "Alex 您好，\n\n謝謝您上週來公司面談，經理討論後很開心通知您：我們想正式邀請您加入鹿山旅行社，擔任票務主任。\n"
        "月薪新台幣 41,000 元，報到日5月4日（一）。\n請於4/24前回覆是否接受，謝謝！\n\n于庭\n")),
    # a hotel's hands-on half day: "現場實作評核"
    ("a-hotels-hands-on-trial", "assessment", _m(
        "許雅婷 <yating.hsu@seaview-hotel.example>", "海景飯店 客務經理 第二階段",
        "Alex Morgan 先生您好：\n\n第二階段為半日現場實作評核，包含櫃檯交接與客訴情境演練。\n日期：4月24日（星期五）上午9:00\n"
        "請於4/20前回覆是否參加。\n\n許雅婷 人力資源部\n")),
    # a bank's news of a passed test, and papers to upload: "恭喜您通過 … 上傳下列文件"
    ("a-banks-passed-test-and-papers", "company_reply", _m(
        "林佳穎 <chiaying.lin@fengyuan-bank.example>", "恭喜通過初審",
        "Alex Morgan 先生 您好：\n\n恭喜您通過本行分行櫃檯主管甄選初審！\n為辦理後續作業，敬請於4月1日前上傳下列文件："
        "畢業證書影本、服務證明。\n面試時間將另行通知。\n\n豐源商業銀行 人力資源部 林佳穎\n")),
    # a receipt that promises a test if the user qualifies: still a receipt
    ("a-receipt-that-promises-a-test", "application_ack", _m(
        "禾田酒店 人才招募 <careers@hetian-hotel.example>", "我們已收到您的應徵資料－前廳主任",
        "Alex 您好，\n\n謝謝您對禾田酒店的興趣！我們已收到您的應徵資料。\n若您的條件符合，我們會寄送線上測驗連結給您，"
        "請留意信箱。\n\n禾田酒店 人才招募團隊\n")),
]

OTHER_MAIL = [
    # a careers newsletter's "很遺憾，大多數人…"
    ("a-newsletters-regret", _m(
        "職場加油站 <news@career-boost.example>", "面試被問缺點怎麼答？｜第12期",
        "職場加油站 電子報\n\n很遺憾，大多數人在面試被問到缺點時都答得太保守。三個技巧幫你加分……\n\n取消訂閱\n")),
    # a job alert's "很遺憾，您追蹤的職缺已下架"
    ("a-job-alerts-closed-listing", _m(
        "職缺通知 <alert@jobbank.example>", "職缺快報｜台中 前廳主任 新職缺 5 筆",
        "Alex 您好，以下是您訂閱的最新職缺：\n・前廳主任｜某飯店｜台中市\n\n很遺憾，您追蹤的職缺「夜班櫃檯｜某旅店」已下架，"
        "建議參考以上職缺。\n\n取消訂閱\n")),
    # a paid coach's mock interview booked, with its rescheduling policy
    ("a-coachs-mock-interview", _m(
        "職涯教練室 <booking@career-coach.example>", "預約成功｜模擬面試 4/11（六）10:00",
        "Alex 您好，您的預約已確認。\n服務項目：履歷健診＋模擬面試（60分鐘）\n時間：2026/04/11（六）10:00\n"
        "如需改期，請於24小時前來信；逾時改期恕不退費。\n")),
    # a language school's placement interview with a time
    ("a-language-schools-placement-interview", _m(
        "晨光語言中心 <info@morninglang.example>", "分班面試時間確認｜韓語初級班",
        "Alex同學您好：\n開課前需進行約10分鐘的分班面試。\n您的面試時間：4月11日（六）上午10:00\n地點：本中心2樓櫃台報到。\n")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
