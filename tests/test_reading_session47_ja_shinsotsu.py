"""Session 47, Japanese: how 新卒 (new-graduate) recruiting writes each step (HR keigo templates for ES, 説明会, 面接, GD and
Webテスト; i-web, MIWS, sonar and HRMOS mail; OfferBox and キミスカ scouts; a career centre's referral; a city's staff exam),
tested here in invented words, with the look-alikes of student life that share them."""

from __future__ import annotations

from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

READ_AS = [
    # an entry's receipt that outlines the steps ahead: "エントリーいただき、誠にありがとうございます", the test named in a list
    # and announced for later ("1. 適性検査（SPI）", "適性検査のご案内は3月上旬にお送りいたします")
    ("an-entry-received-with-the-steps-ahead", "application_ack", _m(
        "しらかば食品 新卒採用担当 <saiyo@shirakaba-foods.example>", "【しらかば食品】エントリーありがとうございます",
        "モーガン アレックス 様\nこの度は、しらかば食品株式会社の2027年度新卒採用にエントリーいただき、\n"
        "誠にありがとうございます。\n"
        "今後の選考は以下の流れを予定しております。\n1. 適性検査（SPI）\n2. 一次面接\n3. 最終面接\n"
        "適性検査のご案内は3月上旬にお送りいたします。\n")),
    # ... an arrow outline: "エントリー → Webテスト → 一次面接", "エントリーシートを受け付けました"
    ("an-es-received-with-an-arrow-outline", "application_ack", _m(
        "みさき広告 採用事務局 <recruit@misaki-ad.example>", "【みさき広告】エントリーシート受付完了のお知らせ",
        "モーガン アレックス 様\nエントリーシートを受け付けました。\n選考フロー：エントリー → Webテスト → 一次面接 → 最終面接\n"
        "結果は3月中旬にマイページにてお知らせいたします。\n")),
    # a My Page registered: "マイページへの登録が完了いたしました" (with "（エントリーシート提出、適性検査、面接のご案内等）")
    ("a-my-page-registered", "application_ack", _m(
        "かもめ海運 新卒採用 <saiyo@kamome-kaiun.example>", "【かもめ海運】マイページ登録完了のお知らせ",
        "モーガン アレックス 様\nかもめ海運株式会社の新卒採用にご登録いただき、ありがとうございます。\n"
        "マイページへの登録が完了いたしましたので、お知らせいたします。\n"
        "今後の選考情報（エントリーシート提出、適性検査、面接のご案内等）はマイページにてご連絡いたします。\n")),
    # a city's e-application for its staff exam: "申請受付完了のお知らせ（…職員採用試験）"
    ("a-citys-staff-exam-application-received", "application_ack", _m(
        "桜台市 電子申請 <no-reply@e-shinsei.sakuradai.example>",
        "【桜台市】申請受付完了のお知らせ（令和８年度桜台市職員採用試験）",
        "モーガン　アレックス　様\n以下の申請を受け付けました。\n手続名称：令和８年度　桜台市職員採用試験（大学卒業程度）申込\n"
        "受付番号：００１２３４\n")),
    # a scout's casual talk: "カジュアル面談で…お話しできれば嬉しいです"
    ("a-scouts-casual-talk", "interview_invitation", _m(
        "株式会社ソラテック 人事 田村 <tamura@soratech.example>", "カジュアル面談のお誘い",
        "モーガン アレックスさん\nはじめまして、株式会社ソラテック人事の田村と申します。\n"
        "プロフィールを拝見し、ぜひ一度オンラインでのカジュアル面談で、当社の仕事についてお話しできれば嬉しいです。\n"
        "オファーを承認いただけましたら、メッセージで日程を調整させてください。\n")),
    # a booking system's receipt of a slot: "一次面接のご予約を受け付けました"
    ("a-booked-interview-slot", "interview_confirmation", _m(
        "かもめ海運 新卒採用 <saiyo@kamome-kaiun.example>", "【かもめ海運】一次面接 予約完了のお知らせ",
        "モーガン アレックス 様\n以下の内容で一次面接のご予約を受け付けました。\n"
        "■日時：2026年3月12日(木) 14:00〜14:30\n■会場：本社 10階 受付\n")),
    # HR settles the date: "一次面接の日時を、下記のとおり確定いたしました", "当日お会いできることを楽しみにしております"
    ("hr-settles-the-first-interview", "interview_confirmation", _m(
        "北洋信用金庫 人事部 小川 <ogawa@hokuyo-shinkin.example>", "一次面接日時のご連絡",
        "モーガン　アレックス　様\nご返信ありがとうございます。\n一次面接の日時を、下記のとおり確定いたしました。\n"
        "１．日時　３月２０日（金）１３：００〜\n２．場所　本店　２階\n当日お会いできることを楽しみにしております。\n")),
    # a city's second exam: "面接開始　１０時３０分"
    ("a-citys-interview-start", "interview_confirmation", _m(
        "桜台市 人事課 <jinji@city.sakuradai.example>", "【桜台市】第２次試験（個別面接）のご案内",
        "モーガン　アレックス　様\n第１次試験の結果、合格となりましたのでお知らせします。\n第２次試験を下記のとおり行います。\n"
        "１　日時　６月２日（火）\n　　受付　１０時００分\n　　面接開始　１０時３０分\n２　会場　市役所　本庁舎　４階\n")),
    # HR asks to move it: "一次面接の時間変更のお願い", "以下への変更をお願いできますでしょうか"
    ("hr-asks-to-move-the-interview", "reschedule", _m(
        "みさき広告 採用事務局 <recruit@misaki-ad.example>", "【みさき広告】一次面接の時間変更のお願い",
        "モーガン アレックス 様\n4月9日(木) 10:00〜でご予約いただいている一次面接につきまして、"
        "面接官の都合により、以下への変更をお願いできますでしょうか。\n　変更後：4月9日(木) 15:00〜15:30\n")),
    # the meeting called off: "面談につきまして、…中止とさせていただきたく"
    ("a-meeting-called-off", "cancellation", _m(
        "あおば物流 人事部 <jinji@aoba-butsuryu.example>", "【あおば物流】3/10面談の中止のお知らせ",
        "モーガン アレックス 様\n3月10日(火) 15:00からの面談につきまして、\n"
        "誠に申し訳ございませんが、中止とさせていただきたくご連絡いたしました。\n")),
    # a GD called off: "グループディスカッション（…開催）中止のお知らせ"
    ("a-group-discussion-called-off", "cancellation", _m(
        "みさき広告 採用事務局 <recruit@misaki-ad.example>", "【みさき広告】グループディスカッション（4月2日開催）中止のお知らせ",
        "モーガン アレックス 様\n4月2日(木)のグループディスカッションにつきまして、会場の都合により開催を中止させていただくことと"
        "なりました。\n")),
    # the post closed, so the meeting is off: a cancellation, not a decline
    ("a-post-closed-calls-off-the-meeting", "cancellation", _m(
        "株式会社ソラテック 人事 田村 <tamura@soratech.example>", "3/4 面談の件",
        "モーガン アレックスさん\nソラテックの田村です。\n予定人数に達したため、本日で募集をクローズすることになりました。\n"
        "そのため、4日の面談は中止とさせていただけますでしょうか。\n")),
    # the test to take: "適性検査（玉手箱）の受検をお願いいたします", "受検期限"
    ("a-test-to-take", "assessment", _m(
        "かもめ海運 新卒採用 <saiyo@kamome-kaiun.example>", "【かもめ海運】適性検査受検のお願い",
        "モーガン アレックス 様\n次の選考として、適性検査（玉手箱）の受検をお願いいたします。\n■受検期限：3月5日(木) 23:59\n")),
    # a city's SPI3 in full-width letters: "第１次試験（ＳＰＩ３）受検のご案内"
    ("a-citys-spi3-in-full-width", "assessment", _m(
        "桜台市 人事課 <jinji@city.sakuradai.example>", "【桜台市】第１次試験（ＳＰＩ３）受検のご案内",
        "モーガン　アレックス　様\n第１次試験について、下記のとおりご案内します。\n"
        "１　試験方法　ＳＰＩ３（テストセンター方式）\n２　受検期間　４月２０日（月）〜５月１０日（日）\n")),
    # a video screen to record: "録画面接（動画選考）のご案内"
    ("a-video-screen-to-record", "assessment", _m(
        "みさき広告 採用事務局 <no-reply@video-screen.example>", "【みさき広告】録画面接（動画選考）のご案内",
        "モーガン アレックス 様\nES選考通過者の皆様に、録画面接をお願いしております。\n■回答期限：3月20日(金) 23:59\n"
        "■設問数：3問\n")),
    # passed, next step to follow: "次の選考へお進みいただくことになりました" ("録画面接" named for later)
    ("an-es-passed-next-step-later", "company_reply", _m(
        "みさき広告 採用事務局 <recruit@misaki-ad.example>", "【みさき広告】エントリーシート選考結果のお知らせ",
        "モーガン アレックス 様\nES選考の結果、モーガン様には次の選考へお進みいただくことになりました。\n"
        "次の選考は「録画面接」を予定しております。\nご案内は別途お送りいたしますので、今しばらくお待ちください。\n")),
    # the company's own briefing booked: "会社説明会にご予約いただき"
    ("a-company-briefing-booked", "company_reply", _m(
        "北洋信用金庫 人事部 小川 <ogawa@hokuyo-shinkin.example>", "会社説明会 ご予約確認",
        "モーガン　アレックス　様\nこのたびはオンライン会社説明会にご予約いただき、誠にありがとうございます。\n"
        "本説明会へのご参加が、一次面接へのご応募の要件となっております。\n")),
    # a career centre's referral chosen: "推薦者として決定しました" (and its rule "内定をいただいた場合、…辞退することは
    # できません")
    ("a-career-centres-referral", "company_reply", _m(
        "東京明和大学 キャリアセンター <career@meiwa-u.example>", "【キャリアセンター】学内推薦 選考結果のお知らせ",
        "モーガン アレックス さん\n学内推薦（かもめ海運株式会社）について、学内選考の結果、"
        "モーガンさんを推薦者として決定しましたのでお知らせします。\n"
        "以降の選考（適性検査・面接）は企業から直接ご連絡があります。\n"
        "学内推薦による応募は、内定をいただいた場合、原則として辞退することはできません。\n")),
    # after the offer: "内定承諾書、確かに受領いたしました", "内定者懇親会", "内定式"
    ("after-the-offer-the-papers", "company_reply", _m(
        "しらかば食品 人事部 <saiyo@shirakaba-foods.example>", "内定承諾書受領のご連絡",
        "モーガン アレックス 様\n内定承諾書、確かに受領いたしました。\n"
        "今後は6月に内定者懇親会、10月1日に内定式を予定しております。\n")),
]

OTHER_MAIL = [
    # a 1day仕事体験 booked, not part of selection, though it looks forward to meeting the user
    ("a-one-day-work-experience-booked", _m(
        "しらかば食品 採用事務局 <event@shirakaba-foods.example>", "【しらかば食品】1day仕事体験 参加予約完了のお知らせ",
        "モーガン アレックス 様\nこのたびは「1day仕事体験」にお申し込みいただき、ありがとうございます。\n"
        "【日時】2026年2月10日(火) 13:00〜17:00\n※本プログラムは採用選考とは一切関係ございません。\n"
        "当日お会いできることを楽しみにしております。\n")),
    # a campus office's student staff chosen: "たくさんのご応募ありがとうございました"
    ("a-campus-student-staff-chosen", _m(
        "東京明和大学 学生課 <gakusei@meiwa-u.example>", "オープンキャンパス学生スタッフ 決定のお知らせ",
        "学生スタッフに応募いただいた皆さん\nたくさんのご応募ありがとうございました。\n"
        "選考の結果、下記の皆さんにオープンキャンパス学生スタッフをお願いすることになりました。\n"
        "　経済学部4年　モーガン アレックス さん\n")),
    # a 就活塾's practice interview booked: "模擬面接のご予約を受け付けました", with its time
    ("a-cram-schools-practice-interview", _m(
        "就活アカデミー 予約センター <yoyaku@shukatsu-academy.example>", "【就活アカデミー】模擬面接 予約完了のお知らせ",
        "モーガン アレックス 様\n模擬面接のご予約を受け付けました。\n■日時：3月3日(火) 18:00〜18:45\n■講師：佐藤\n"
        "当日お会いできることを楽しみにしております。\n")),
    # a job site's newsletter of deadlines: "選考体験記", "一次面接予約"
    ("a-job-sites-deadline-calendar", _m(
        "就活ノート <news@shukatsu-note.example>", "【27卒】メーカーのES締切カレンダー｜選考体験記80件",
        "モーガン アレックスさん\n今月締切の本選考をまとめました。\n"
        "■3/6(金) 締切　かもめ海運｜本選考 一次面接予約\n■3/12(木) 締切　しらかば食品｜本選考ES\n")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
