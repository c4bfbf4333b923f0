"""Session 47: general rules from the session's measurements, each tested here in invented words, with the look-alikes
that share them. The sets' own phrases are tested in test_reading_session47_{zh_hk,zh_tw,ja_shinsotsu,id}.py, the
English rules in test_reading_session47_{meetings,decisions}.py."""

from __future__ import annotations

import pytest

from tests.test_reading_small_employers_and_closed_processes import _m, _read, reading_tests

READ_AS = [
    # a small firm's owner on a personal account speaks for the firm: in Taiwan's Chinese (introduces herself as the
    # firm's 老闆娘, saw the CV on 104), in Hong Kong's (thanks the user for applying), in Japanese (by a studio's name)
    # and in Indonesian (by the firm's name, "Dapat CV kakak")
    ("a-taiwanese-owner-on-gmail-by-her-firm", "interview_invitation", _m(
        "王美華 <meihua.wang.88@gmail.com>", "會計助理",
        "Alex 您好\n我是永順五金的老闆娘 王小姐，有看到你在1111投的履歷\n"
        "方便這週四下午兩點過來店裡聊聊嗎？\n\n從我的 iPhone 傳送")),
    ("a-hong-kong-owner-on-gmail-refuses", "rejection", _m(
        "Jimmy Lau <jimmylau.trading@gmail.com>", "Re: 文員",
        "Alex你好，多謝你嘅應徵，不過我哋已經請咗人，唔好意思。祝你搵到好工。\nJimmy")),
    ("a-japanese-studio-owner-on-gmail", "interview_invitation", _m(
        "田中 ゆう <yu.tanaka.atelier@gmail.com>", "Re: アシスタント募集の件",
        "モーガンさん\n\nあおば工房の田中です。ポートフォリオ拝見しました。\n来週どこかで一度お会いできますか？\n"
        "都合のいい日時をいくつか教えてください。\n\n田中")),
    ("an-indonesian-owner-on-gmail-by-his-firm", "interview_invitation", _m(
        "Budi Santoso <budisantoso.mjb@gmail.com>", "lowongan staf gudang",
        "Selamat siang kak Alex,\n\nSy Budi dr CV Maju Jaya Bersama, distributor bahan bangunan di Sidoarjo. Dapat CV "
        "kakak dr Pak Eko.\n\nKami lg cari staf gudang. Kalau kakak berkenan bisa ngobrol2 dulu? Kapan kakak longgar?"
        "\n\nBudi")),
    # a refusal in so many words, in a public college's office English
    ("a-college-candidature-not-recommended", "rejection", _m(
        "Principal <principal.office@riverside-college.example>", "Result of interview - Guest Lecturer",
        "Sir/Madam,\n\nYou are hereby informed that your candidature has not been recommended by the selection "
        "committee for engagement as Guest Lecturer in Economics.\n\nPrincipal")),
]

OTHER_MAIL = [
    # a friend's mother, a shrine's and a temple's office, a landlord: the same words, no firm hiring the user
    ("a-friend-introduces-herself-by-the-shop-she-likes", _m(
        "小芳 <xiaofang.chen.tw@gmail.com>", "週末",
        "Alex～ 週六要不要一起去逛街？我找到一家很好吃的甜點店，下午兩點捷運站見？\n小芳")),
    ("an-indonesian-landlord-from-a-firm", _m(
        "Pak Joko <joko.kos.sby@gmail.com>", "kamar kos",
        "Selamat sore kak Alex,\n\nSy Joko dr UD Sumber Makmur, pemilik kos di Jl. Kertajaya. Kamar yg kakak tanyakan "
        "masih kosong, sewa 1,5 jt/bln. Kapan mau lihat kamarnya?\n\nJoko")),
    ("a-college-course-application-not-successful", _m(
        "Admissions <admissions@riverside-college.example>", "Evening course",
        "Dear Alex,\n\nThank you for your interest in the evening photography course. Unfortunately your application "
        "has not been successful this term: the course is full. We will email you when enrolment opens again.\n\n"
        "Admissions Office")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)


@pytest.mark.parametrize(("name", "body"), [
    ("id-monthly-pay", "Kalau kakak mau, kami tawarkan posisi admin gudang:\n- gaji 5,5 jt/bln\n- mulai 1 Maret\nGmn kak?"),
])
def test_an_owners_offer_with_a_wage_in_other_languages_is_read(name: str, body: str) -> None:
    """An offer from a personal account that states its wage in Indonesian words (gaji) states its terms, as "€16.50 an
    hour" does in English: a person offering the user a job with its terms is a company making it (not asked about).
    (A Taiwanese owner's "我們很希望你來幫忙, 月薪先給你38000" has no offer words the rules read, and "希望你來幫忙" is a
    friend's favour too: left.)"""
    got = _read(_m("Owner <owner.shop.2026@gmail.com>", "Re: 行政助理 / admin", body,
                   quoted="Terima kasih / 謝謝, Alex"))
    assert (got.kind, got.needs_look) == ("offer", False), got.reasons


def test_a_work_from_home_scam_with_a_day_wage_is_no_offer() -> None:
    """A scam's "日給2万円" is a wage in words, but its fee for materials and "a phone is all it takes" say what it is:
    never read as an offer (at most asked about)."""
    got = _read(_m(
        "採用担当 <saiyo.homework.jp@gmail.com>", "【採用決定】在宅ワーク（日給2万円〜）",
        "モーガン様\n\nおめでとうございます。審査の結果、採用が決定しました。\n◆報酬：日給20,000円〜 スマホ1台でOK\n"
        "※研修教材費として初回のみ7,800円が必要です。\n本日中にLINE登録をお願いします。"))
    assert got.kind == "not_relevant", got.reasons
