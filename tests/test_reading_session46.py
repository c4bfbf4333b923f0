"""Session 46: general rules from the session's measurements, each tested here in invented words, with the look-alikes
that share them. The sets' own phrases are tested in test_reading_session46_{ja,hi,zh,fa}.py."""

from __future__ import annotations

import pytest

from tests.test_reading_small_employers_and_closed_processes import _m, _read, reading_tests

READ_AS = [
    # a small employer's owner answers from a personal account, and both readers agree on what it says: an offer's bar
    # for candidacy (a company making it to you) is not a status update's
    ("an-owner-on-gmail-still-deciding", "company_reply", _m(
        "Ray Okafor <ray.okafor77@gmail.com>", "Re: following up",
        "Hey Alex, thanks for checking in. Still deciding on our end, should know by the end of next week. I'll let "
        "you know either way.\nRay",
        quoted="Hi Ray, just following up on our chat last Tuesday. Still very keen.\nAlex")),
    # a person at a company asks to meet in no job's words, in a first message, and the model is all but sure of it
    # (session 47's retrain reads "can we grab 30 mins next week? what works" 95% an invitation, under the 98% bar a
    # friend's sofa-building times set: that wording is now read as nothing, a miss its note names)
    ("a-first-message-asks-for-a-call", "interview_invitation", _m(
        "Lena Ruiz <lena@orchardpay.example>", "next week",
        "hi alex, are you free for a quick call next week? what times work for you? lena")),
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

# Offers the word model retrained in session 46 reads as other mail (a Finglish "mikhaim behet offer bedim" 92%, from
# eight words; a Vietnamese founder's offer with its pay and probation 83%): read as offers by sessions 36 and 42. Letting
# the rules' offer stand over the model in such mail (its terms, or a model that knows eight words) was tried and
# measured on five folds: seven look-alikes more read as offers (a landlord's visit, an energy supplier's "aanbod"), so
# the agent asked, with the offer as its guess: a missed offer costs more than a question. Session 48's retrain (trained
# until its weights settle) no longer disputes them, so both are read as the offers they are; session 49's disputes the
# Finglish one again (eight words it knows). What must hold across retrains: the offer is read, or asked about with the
# offer as the guess, never dropped or read as something else.
ASKED_ABOUT = [
    ("fa-finglish-an-offer", _m(
        "Kian <kian@sazeno.example>", "Re: resume - mohandes naghshe bardar",
        "salam Alex\nkhabar-e khub: mikhaim behet offer bedim. farda ye call bezanim jozeiatesh ro begam?\nKian\n",
        quoted="salam, resume-m ro ferestadam baraye moghiyat-e naghshe bardar.")),
    ("vi-a-founder-offers-with-terms", _m(
        "Minh Tran <minh.lotuslab@gmail.com>", "Re: ca phe thu 4?",
        "Alex,\nCảm ơn em hôm thứ 4 đã ghé. Bên anh muốn mời em về làm QA Lead.\n- Lương: 35tr net/tháng\n- Thử việc 2 "
        "tháng, 100% lương\nEm báo anh trước 10/3 nhé.\nAnh Minh\n", quoted="Dạ em cảm ơn anh, hẹn gặp anh thứ 4.")),
]


@pytest.mark.parametrize(("name", "raw"), ASKED_ABOUT, ids=[c[0] for c in ASKED_ABOUT])
def test_an_offer_the_model_disputed_is_read(name: str, raw: bytes) -> None:
    got = _read(raw)
    assert (got.kind if not got.needs_look else got.guess) == "offer", got.reasons
    assert got.kind == "offer" or got.kind == "not_relevant" and got.needs_look, got.reasons


def test_a_strangers_refusal_from_a_personal_account_is_never_acted_on() -> None:
    """A flat-share's refusal from Gmail reads like a café owner's to both readers: a refusal from someone nothing shows
    the user applied to is asked about or let be, never acted on (the thread's earlier mail, in a mailbox, can tell
    them apart)."""
    got = _read(_m(
        "Niamh Byrne <niamh.byrne.home@gmail.com>", "Re: the room",
        "Hi Alex, thanks so much for coming round Thursday to see the room. We've gone with someone else this time, "
        "sorry! Best of luck with the search.\nNiamh",
        quoted="Thanks for showing me the room today Niamh, lovely flat.\nAlex"))
    # (asked about while both readers' word was sure enough, SURE_OF_A_PERSONS_ANSWER; session 49's retrain is less sure
    # of it, and it is then read as no job mail: either way it is never acted on as a refusal)
    assert got.kind == "not_relevant", got.reasons
    assert not got.needs_look or got.guess == "rejection", got.reasons
