"""Session 46, Japanese: how mid-career hiring in Japan writes each step (HR at banks, logistics firms, makers and a
public corporation; HRMOS, ジョブカン and HERP; the boards' relays; a 転職エージェント; a small company's 社長 on a phone),
tested here in invented words, with the look-alikes that share them."""

from __future__ import annotations

from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

READ_AS = [
    # an ATS's receipt: "ポジションへのご応募、ありがとうございます"
    ("an-ats-thanks-for-the-application", "application_ack", _m(
        "みなと精機 採用担当 <no-reply@ats-mail.example>", "ご応募ありがとうございます｜みなと精機株式会社",
        "アレックス・モーガン さん\nみなと精機株式会社 採用担当です。\n「購買事務」ポジションへのご応募、ありがとうございます。\n"
        "書類を拝見のうえ、1週間以内にご連絡いたします。\n")),
    # a board's receipt: "応募が完了しました"
    ("a-boards-application-done", "application_ack", _m(
        "求人ボード <apply@jobboard.example>", "応募が完了しました：総務事務 - 株式会社あおば運輸",
        "応募が完了しました\n総務事務\n株式会社あおば運輸 - 千葉県船橋市\n株式会社あおば運輸に応募書類が送信されました。\n")),
    # an agent has put the user forward: "ご推薦を完了いたしました"
    ("an-agent-has-put-the-user-forward", "application_ack", _m(
        "田村 浩二（ネクストキャリア） <k.tamura@nextcareer.example>", "ひかり化成様へのご推薦完了のご報告",
        "アレックス・モーガン様\nいつもお世話になっております。\nネクストキャリアの田村です。\n"
        "本日、ひかり化成株式会社様へモーガン様のご推薦を完了いたしました。\n書類選考の結果は届き次第ご連絡いたします。\n")),
    # HR asks for dates: "面接日程のご相談", "ご都合のよい日時をお知らせ"
    ("hr-asks-for-interview-dates", "interview_invitation", _m(
        "北斗信用金庫 人事課 <jinji@hokuto-shinkin.example>", "一次面接日程のご相談",
        "アレックス・モーガン 様\n北斗信用金庫 人事課の三浦でございます。\n"
        "書類選考を通過されましたので、一次面接にお越しいただきたく、"
        "ご都合のよい日時をお知らせいただけますでしょうか。\n　① 5月12日(火) 10:00\n　② 5月13日(水) 15:00\n")),
    # the owner asks the user round from his office mail: "明日10時に来社できますか"
    ("an-owner-asks-the-user-round", "interview_invitation", _m(
        "山下 <yamashita@yamashita-kogyo.example>", "山下工業です",
        "モーガン様\n山下工業の山下です。ご応募の件です。\n明後日10時に来社できますか。\n職務経歴書を持ってきてください。\n")),
    # a notice that sets the time: "二次面接は下記日時にて実施いたします"
    ("a-notice-sets-the-interview", "interview_confirmation", _m(
        "東和リース 人事部 <saiyo@towa-lease.example>", "二次面接のご案内",
        "アレックス・モーガン 様\n選考の結果、二次面接にお進みいただくこととなりました。\n"
        "二次面接は下記日時にて実施いたします。\n"
        "　日時：2026年6月3日(水) 14:00〜14:45\n　場所：本社 3階 会議室\n")),
    # a short reply that settles it: "10時に本社でお待ちしております"
    ("hr-will-be-waiting-at-ten", "interview_confirmation", _m(
        "あさひ製菓 総務部 石井 <ishii@asahi-seika.example>", "Re: 面接日程のご相談",
        "アレックス・モーガン様\nご返信ありがとうございます。\nでは、6月5日(金)10時に本社2階の受付でお待ちしております。\n石井\n",
        quoted="石井様\n6月5日10時でお願いいたします。")),
    # HR moves the time: "15時に変更していただけますか" ("面接" in it)
    ("hr-moves-the-interview-time", "reschedule", _m(
        "東和リース 人事部 <saiyo@towa-lease.example>", "明日の面接につきまして",
        "モーガン様\n申し訳ございません、面接官の予定が変わり、明日の面接を16時に変更していただけますでしょうか。\n")),
    # the interview is called off: "面接はお取り止めとさせていただきたく"
    ("an-interview-called-off", "cancellation", _m(
        "港南物産 総務課 <soumu@konan-bussan.example>", "面接のお取り止めにつきまして",
        "アレックス・モーガン様\n5月20日にお越しいただく予定でおりました面接の件でございますが、社内事情により"
        "お取り止めとさせていただきたく存じます。\n誠に申し訳ございません。\n")),
    # the classic お祈り: "採用を見送らせていただく"
    ("a-classic-no", "rejection", _m(
        "三協電工 人事部 <jinji@sankyo-denko.example>", "書類選考結果のご連絡",
        "アレックス・モーガン様\nこの度は弊社にご応募いただき、誠にありがとうございました。\n慎重に選考いたしました結果、"
        "今回は採用を見送らせていただくことになりました。\n今後のご活躍をお祈り申し上げます。\n")),
    # ... "貴意に沿えない結果", "ご期待に添いかねる結果"
    ("a-no-in-keigo", "rejection", _m(
        "西日本海運 人事部 <saiyo@nishi-kaiun.example>", "二次面接結果のご連絡",
        "アレックス・モーガン様\n先日は二次面接にお越しいただき誠にありがとうございました。\n慎重に選考を重ねました結果、"
        "誠に残念ながら今回は貴意に沿えない結果となりました。\n")),
    # a board's relay of a two-line no: "他の方で決まりましたので"
    ("a-two-line-no-on-a-board", "rejection", _m(
        "ひまわり運送 (求人ボード経由) <reply-7a1c@messages.jobboard.example>", "ひまわり運送からメッセージが届きました",
        "経理スタッフ\n先日はご応募ありがとうございました。\nすみませんが、他の方で決まりましたのでご連絡します。\n")),
    # a public body's notice: "選考結果　不合格"
    ("a-public-bodys-fail", "rejection", _m(
        "（公財）湾岸みらい財団 総務課 <jinji@wangan-mirai.example>", "職員採用選考 最終結果について",
        "アレックス・モーガン　様\n先般実施しました職員採用選考の結果について、下記のとおり通知します。\n記\n"
        "　選考結果　　　不合格\n以上\n")),
    # an agent's news of an informal offer: "内々定を出したい"
    ("an-agents-informal-offer", "offer", _m(
        "田村 浩二（ネクストキャリア） <k.tamura@nextcareer.example>", "【内々定のご連絡】ひかり化成様",
        "アレックス・モーガン様\nネクストキャリアの田村です。\nひかり化成様より、モーガン様に内々定を出したいとのご連絡をいただきました！\n"
        "　・年収：410万円\n　・入社日：7月1日\nご回答期限は6月10日です。\n")),
    # a revised offer: "条件を改定してご提示させていただきます"
    ("a-revised-offer", "offer", _m(
        "東和リース 人事部 <saiyo@towa-lease.example>", "採用内定のご通知【条件改定】",
        "アレックス・モーガン様\nご相談いただいた給与の件、下記のとおり条件を改定してご提示させていただきます。\n"
        "　・月給：250,000円 → 265,000円\n改定版の労働条件通知書を添付いたします。\n")),
    # a test to do: "スキルチェックのお願い", "筆記試験を実施します"
    ("a-skill-check-to-do", "assessment", _m(
        "あさひ製菓 総務部 <soumu@asahi-seika.example>", "スキルチェックのお願い",
        "アレックス・モーガン様\nご応募ありがとうございます。選考の一環として、添付のExcelスキルチェックに"
        "ご回答のうえ、5月15日までにご返信ください。\n")),
    ("a-written-test-notice", "assessment", _m(
        "（公財）湾岸みらい財団 総務課 <jinji@wangan-mirai.example>", "第一次選考結果及び第二次選考のご案内",
        "アレックス・モーガン　様\n第一次選考（書類選考）の結果、貴殿は合格となりました。\n下記のとおり筆記試験を実施しますので、"
        "指定の日時にお越しください。\n")),
    # the test done and thanked for, and an interview asked for: the interview ("適性検査のご受検ありがとうございました")
    ("a-test-thanked-for-then-an-interview", "interview_invitation", _m(
        "北斗信用金庫 人事課 <jinji@hokuto-shinkin.example>", "一次面接日程のご相談",
        "アレックス・モーガン 様\n適性検査のご受検、ありがとうございました。\nつきましては一次面接にお越しいただきたく、"
        "下記の候補日よりご都合のよい日時をお知らせください。\n")),
    # status: "ご連絡までもう少しお時間をいただく", "面接のフィードバック", "書類のご提出のお願い", "ご入社に向けて"
    ("hr-needs-more-time", "company_reply", _m(
        "三協電工 人事部 <jinji@sankyo-denko.example>", "選考状況のご連絡",
        "アレックス・モーガン様\n先日は一次面接にご参加いただきありがとうございました。\n選考結果につきまして、"
        "ご連絡までもう少しお時間をいただく見込みです。\n今しばらくお待ちください。\n")),
    ("an-agent-passes-feedback-on", "company_reply", _m(
        "田村 浩二（ネクストキャリア） <k.tamura@nextcareer.example>", "ひかり化成様 一次面接のフィードバック",
        "アレックス・モーガン様\nネクストキャリアの田村です。\nひかり化成様より面接のフィードバックをいただきましたので共有いたします。\n"
        "最終面接へお進みいただく方向で社内調整中とのことです。\n")),
    ("hr-asks-for-documents", "company_reply", _m(
        "北斗信用金庫 人事課 <jinji@hokuto-shinkin.example>", "ご提出書類のお願い",
        "アレックス・モーガン 様\n二次面接に関連して、下記書類のご提出をお願いしたくご連絡いたしました。\n"
        "　1. 卒業証明書\n　2. 資格の合格証書\n")),
    ("hr-before-the-first-day", "company_reply", _m(
        "東和リース 人事部 <saiyo@towa-lease.example>", "入社手続きのご案内",
        "アレックス・モーガン様\n入社承諾書を拝受いたしました。\n7月1日のご入社に向けて、下記書類のご準備をお願いいたします。\n")),
]

OTHER_MAIL = [
    # a language test's result: "不合格" is the user's exam, not a post
    ("a-language-tests-fail", _m(
        "検定センター <info@kentei-center.example>", "検定試験 結果のお知らせ",
        "受験者各位\n先日の検定試験の結果をお知らせします。\n結果　不合格\n次回の試験は9月に実施します。\n")),
    # a salon's booking moved to another hour
    ("a-salons-booking-moved", _m(
        "ヘアサロン リーフ <yoyaku@salon-leaf.example>", "ご予約時間の変更について",
        "モーガン様\nいつもご来店ありがとうございます。明日のご予約ですが、担当の都合で15時に変更していただけますでしょうか。\n")),
    # a job board's column on how to settle interview dates: no application of the user's
    ("a-boards-column-on-interview-dates", _m(
        "転職マガジン <news@career-magazine.example>", "【今週のコラム】面接日程の調整メール、どう返す？",
        "転職マガジン読者の皆様\n今週は、企業から届いた面接日程の調整メールへの返信のコツをご紹介します。\n"
        "配信停止はこちら\n")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
