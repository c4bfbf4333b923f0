"""Session 46: general rules from the session's measurements, each tested here in invented words, with the look-alikes
that share them. The sets' own phrases are tested in test_reading_session46_{ja,hi,zh,fa}.py."""

from __future__ import annotations

from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

READ_AS = [
    # a small employer's owner answers from a personal account, and both readers agree on what it says: an offer's bar
    # for candidacy (a company making it to you) is not a status update's, nor a decision's
    ("an-owner-on-gmail-still-deciding", "company_reply", _m(
        "Ray Okafor <ray.okafor77@gmail.com>", "Re: following up",
        "Hey Alex, thanks for checking in. Still deciding on our end, should know by the end of next week. I'll let "
        "you know either way.\nRay",
        quoted="Hi Ray, just following up on our chat last Tuesday. Still very keen.\nAlex")),
    ("a-cafe-owner-on-gmail-went-with-someone-else", "rejection", _m(
        "Maeve Doyle <maevedoyle.cafe@gmail.com>", "Re: chat Thursday",
        "Hi Alex, thanks so much for coming in Thursday. I've gone with someone who has a bit more barista experience "
        "this time. Best of luck!\nMaeve",
        quoted="Thanks for your time today Maeve, lovely to meet you.\nAlex")),
    # a person at a company asks to meet in no job's words, in a first message, and the model is all but sure of it
    ("a-first-message-asks-for-30-minutes", "interview_invitation", _m(
        "Lena Ruiz <lena@orchardpay.example>", "next week", "hi alex, can we grab 30 mins next week? what works. lena")),
    # a small firm's owner on Gmail speaks for the firm in Japanese (introduces himself by it, writes of the employment
    # office's referral, asks for the CV to be brought), in Chinese (no outside hiring for now), in Finglish (saw the CV
    # on a job board, needs an engineer) and in Hinglish (saw the resume, needs a teacher)
    ("a-japanese-owner-on-gmail-by-his-firm", "interview_invitation", _m(
        "山本 健一 <yamamoto.kenichi.7@gmail.com>", "山本工務店の山本です",
        "モーガン様\n\n山本工務店の山本です。ハローワークさんから紹介の件です。\n金曜10時に来社できますか。\n"
        "履歴書だけ持ってきてください。\n\n山本\n\niPhoneから送信")),
    ("a-chinese-owner-on-gmail-stops-outside-hiring", "cancellation", _m(
        "王总 <wang.boss88@gmail.com>", "周五的面试",
        "Alex你好 周五的面试先取消吧 老板决定暂时不外招了 不好意思 以后有机会再联系\n\n王\n发自我的iPhone")),
    ("a-site-manager-in-finglish-saw-the-cv", "interview_invitation", _m(
        "Mohandes Karimi <karimi.sazeh@gmail.com>", "rezume",
        "salam\nrezumeto az jobinja didam. baraye proje mohandes ejra mikhaym.\npanjshanbe saat 11 bia daftar sohbat "
        "konim.\nkarimi\n\nSent from my iPhone")),
    ("a-coaching-owner-in-hinglish-saw-the-resume", "interview_invitation", _m(
        "Sunil Tiwari <gyandeep.classes.ind@gmail.com>", "Physics faculty",
        "Namaste Alex ji,\n\nIndeed pe aapka resume dekha. Humein class 9-10 ke liye physics teacher chahiye.\n\n"
        "Aap demo class ke liye kab aa sakte ho? Monday ya Tuesday, jo convenient ho bata do.\n\nSunil Tiwari\n\n"
        "Sent from my Redmi")),
]

OTHER_MAIL = [
    # a friend on Gmail still deciding about a trip: the same words of waiting, nothing of a job
    ("a-friend-still-deciding-about-a-trip", _m(
        "Ray Okafor <ray.okafor77@gmail.com>", "Re: the trip",
        "Hey Alex, still deciding on our end about the cabin, should know by the end of next week. I'll let you know "
        "either way.\nRay",
        quoted="Hi Ray, any news on the cabin for May?\nAlex")),
    # the same ask from a friend's own account, and from a sales rep for a demo: no hiring in either
    ("a-friend-asks-for-30-minutes", _m(
        "Lena Ruiz <lena.ruiz.home@gmail.com>", "next week", "hi alex, can we grab 30 mins next week? what works. lena")),
    ("a-sales-rep-asks-for-30-minutes-for-a-demo", _m(
        "Lena Ruiz <lena@orchardpay.example>", "next week",
        "hi alex, can we grab 30 mins next week for a quick demo? what works. lena")),
    # a mother asks the user round at two, a friend asks the user to his company's year-end party: no firm hiring
    ("a-mother-asks-the-user-round", _m(
        "母 <haha.morgan@gmail.com>", "明日", "明日14時に来れる？おばあちゃんの家に行くから。\n母")),
    ("a-friend-asks-the-user-to-his-companys-party", _m(
        "小李 <xiaoli.home@gmail.com>", "周五", "Alex 周五晚上我们公司年会 你要不要来玩 带上你女朋友\n小李")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
