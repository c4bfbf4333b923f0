"""Session 49, Japanese as a logistics clerk's mailbox holds it: HR's keigo notices that fix an interview in a reply, a
post closed when its headcount is met, a board's status line, an agent who relays an employer's questions and its
call-offs, a firm's half-day on the floor as part of selection, and a small firm's president typing short mail on his
phone ("一度会社に来てもらえますか", "14時、待ってます", "うちで働いてもらえたらと思ってます"). Tested here in invented words,
with the look-alikes that share them: a paid career coach's sessions, a job site's newsletter, an exit interview at the
current job, a clinic's appointment and a school's work-experience week."""

from __future__ import annotations

from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

# the user's own application, quoted below the president's answers
APPLICATION = "竹内様\n\nハローワークで配送事務の求人を拝見し、応募いたしました。\nよろしくお願いいたします。\n\nモーガン"

READ_AS = [
    # a reply that fixes the interview: "下記の日程にて二次面接を実施させていただきます"
    ("hr-fixes-the-interview-in-a-reply", "interview_confirmation", _m(
        "大和ロジ 人事部 川村 <kawamura@yamato-logi.example>", "Re: 二次面接のご案内",
        "モーガン様\n\nお世話になっております。大和ロジの川村です。\nご返信ありがとうございます。\n\n"
        "それでは、下記の日程にて二次面接を実施させていただきます。\n\n　日時：6月10日（水） 14:00〜15:00\n"
        "　場所：本社 5階 会議室\n\nどうぞよろしくお願いいたします。\n",
        quoted="川村様\n\n6月10日14時でお願いいたします。\n\nモーガン")),
    # the president settles the time from his phone: "明後日14時、待ってます"
    ("the-president-will-be-waiting", "interview_confirmation", _m(
        "竹内 修 <takeuchi@takeuchi-butsuryu.example>", "Re: 配送事務の応募",
        "了解です。明後日14時、待ってます。\n倉庫の2階が事務所です。\n\n竹内\n\niPhoneから送信\n",
        quoted=APPLICATION)),
    # ... and asks the user round: "一度事務所に来てもらえますか"
    ("the-president-asks-you-round", "interview_invitation", _m(
        "竹内 修 <takeuchi@takeuchi-butsuryu.example>", "Re: 配送事務の応募",
        "モーガンさん\n\n竹内物流の竹内です。応募ありがとう。\n一度事務所に来てもらえますか。金曜の午後ならいつでも大丈夫です。"
        "\n\n竹内\n", quoted=APPLICATION)),
    # ... moves it: "15時は無理になりました。17時でもいいですか？"
    ("the-president-moves-the-time", "reschedule", _m(
        "竹内 修 <takeuchi@takeuchi-butsuryu.example>", "Re: 配送事務の応募",
        "モーガンさん\nすみません、急に荷主との打ち合わせが入ったので、面接の15時は無理になりました。17時でもいいですか？\n\n竹内\n",
        quoted=APPLICATION)),
    # ... and offers the post: "うちで働いてもらえたらと思ってます", the pay by the month
    ("the-president-offers-the-post", "offer", _m(
        "竹内 修 <takeuchi@takeuchi-butsuryu.example>", "Re: 配送事務の応募",
        "モーガンさん\n\n先日はありがとうございました。\n妻とも話して、うちで働いてもらえたらと思ってます。\n"
        "給料は月26万、交通費は全額出します。来月1日から来てもらえると助かります。\n\n竹内\n", quoted=APPLICATION)),
    # an agent puts a new slot to the user after a call-off: "候補日時は … でいかがでしょうか"
    ("an-agent-puts-a-new-slot", "interview_invitation", _m(
        "松田 恵（ワークブリッジ） <m.matsuda@workbridge.example>", "東邦精工様 面接のご相談",
        "モーガン様\n\nお世話になっております。ワークブリッジの松田です。\n東邦精工様より、面接についてご連絡がありました。\n\n"
        "候補日時は\n　6月16日（火） 13:00～14:00（面接）\n　場所：東邦精工株式会社 本社\nでいかがでしょうか。\n\n"
        "ご都合をお知らせください。\n")),
    # ... relays the employer's questions: "先方から確認したい点があるそうです"
    ("an-agent-relays-the-employers-questions", "company_reply", _m(
        "松田 恵（ワークブリッジ） <m.matsuda@workbridge.example>", "東邦精工様より確認事項",
        "モーガン様\n\nワークブリッジの松田です。\n適性検査の受検、お疲れさまでした。\n"
        "東邦精工様から、ご判断の前に確認したい点があるそうです。\n　・入社可能な時期\n　・ご希望年収\n"
        "今週中にご返信いただけると助かります。\n")),
    # an interview put off until the plan is settled: "面接の実施を当面見合わせることになりました"
    ("interviews-put-off-for-now", "cancellation", _m(
        "大和ロジ 人事部 川村 <kawamura@yamato-logi.example>", "Re: 二次面接のご案内",
        "モーガン様\n\n大和ロジの川村です。\n大変申し上げにくいのですが、部門の再編により、面接の実施を当面見合わせることに"
        "なりました。\n決まり次第、あらためてご連絡いたします。\n")),
    # an interview called off, and the agent's own prep call put off "for now": a call-off, no refusal
    ("an-agent-calls-off-tomorrows-interview", "cancellation", _m(
        "松田 恵（ワークブリッジ） <m.matsuda@workbridge.example>", "【至急】東邦精工様 明日の面接について",
        "モーガン様\n\nワークブリッジの松田です。\n明日の東邦精工様の面接ですが、面接官の急な出張のため、"
        "一旦キャンセルとさせてほしいとのご連絡がありました。\n選考は引き続き進めたいとのことです。\n"
        "本日の面接対策のお電話も、いったん見送りとさせてください。\n")),
    # the post filled: "採用予定人数に達したため、募集を締め切らせていただく"
    ("the-headcount-is-met", "rejection", _m(
        "大和ロジ 人事部 <saiyo@yamato-logi.example>", "ご応募いただいた求人について",
        "アレックス・モーガン様\n\nこの度は弊社の「倉庫事務」の求人にご応募いただき、誠にありがとうございました。\n"
        "大変恐縮ですが、採用予定人数に達したため、募集を締め切らせていただくこととなりました。\n"
        "今後のご活躍をお祈りしております。\n")),
    # a board's status line: "ステータス：選考終了（不採用）"
    ("a-boards-status-line", "rejection", _m(
        "ジョブポート <noreply@jobport.example>", "応募ステータスが更新されました",
        "アレックス・モーガン さま\n\n応募したお仕事のステータスが更新されました。\n\n株式会社大和ロジ\n倉庫事務（正社員）\n"
        "ステータス：選考終了（不採用）\n\nくわしくはマイページからご確認ください。\n")),
    # a half-day on the floor as part of selection: "選考の一環として体験入社を"
    ("a-day-on-the-floor-as-part-of-selection", "assessment", _m(
        "東邦精工 総務 野口 <noguchi@toho-seiko.example>", "体験入社のご案内",
        "アレックス・モーガン様\n\n東邦精工の野口です。\n選考の一環として体験入社をお願いすることになりました。\n"
        "日時：6月20日（土） 9:00〜12:00\n内容：出荷伝票の作成、在庫データの入力\n")),
    # a receipt's thanks that opens a request for more papers
    ("hr-asks-for-more-papers", "company_reply", _m(
        "東邦精工 総務 野口 <noguchi@toho-seiko.example>", "追加書類のお願い",
        "アレックス・モーガン様\n\nこの度は「出荷事務」の求人にご応募いただき、ありがとうございます。\n"
        "選考を進めるにあたり、職務経歴書と資格証の写しを追加でご提出いただけますでしょうか。\n")),
]

OTHER_MAIL = [
    # a paid career coach's booking: "キャリア面談のご予約が確定いたしました"
    ("a-career-coachs-booking", _m(
        "キャリアコーチング ミライ <booking@mirai-coaching.example>", "【予約確定】キャリア面談のご予約",
        "アレックス・モーガン 様\n\nキャリアコーチング「ミライ」でございます。\n"
        "以下の内容で、キャリア面談のご予約が確定いたしました。\n\n"
        "　日時：6月3日（水） 19:00～20:00\n　形式：オンライン\n\n面接対策や職務経歴書の添削を行います。\n")),
    # ... its session moved
    ("a-career-coachs-session-moved", _m(
        "山口 彩（ミライ） <yamaguchi@mirai-coaching.example>", "【日程変更のお願い】第3回セッションについて",
        "アレックス・モーガン 様\n\nキャリアコーチング「ミライ」の山口です。\n6月10日のセッションを、6月12日（金） 20:00～に"
        "変更させていただけないでしょうか。\n面接の振り返りはその回で行いましょう。\n")),
    # a job site's newsletter: "q. 内定後に入社日を延ばせる？"
    ("a-job-sites-newsletter", _m(
        "はたらくナビ <mailmagazine@hataraku-navi.example>", "面接の第一印象を上げるコツ【はたらくナビ メルマガ】",
        "はたらくナビ mail magazine 6月号\n\n■今月の特集\n面接の第一印象を上げる5つのコツ\n\n■転職q&a\n"
        "q. 内定後に入社日を延ばせる？\nq. 最終面接で聞かれることは？\n\n配信停止：https://hataraku-navi.example/stop\n")),
    # an exit interview at the current job: "退職面談を下記の日程で", "在籍中に感じた課題"
    ("an-exit-interview-at-the-current-job", _m(
        "人事部 大西 <onishi@current-soko.example>", "退職面談の日程について",
        "モーガンさん\n\nお疲れさまです。人事部の大西です。\n退職届を受理いたしました。\n"
        "退職面談（30分程度）を下記の日程で実施させてください。\n　日時：6月26日（金） 15:00〜15:30\n\n"
        "在籍中に感じた課題などもお聞かせください。\n")),
    # a clinic's appointment: "10時にお待ちしております"
    ("a-clinics-appointment", _m(
        "さくら歯科クリニック <info@sakura-shika.example>", "ご予約の確認",
        "アレックス・モーガン様\n\nさくら歯科クリニックです。\n6月4日（木）10時にお待ちしております。\n"
        "保険証をお持ちください。\n")),
    # a school's work-experience week for a pupil
    ("a-schools-work-experience-week", _m(
        "港中学校 <info@minato-jh.example>", "職場体験学習のお知らせ",
        "保護者の皆様\n\n2年生の職場体験学習を6月17日から3日間実施いたします。\n受け入れ先は別紙のとおりです。\n")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
