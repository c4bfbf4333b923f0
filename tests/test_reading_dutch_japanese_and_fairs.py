"""Session 21, second round: the rules three more fresh writer sets revealed (a logistics planner's search in Rotterdam
and Antwerp, a marketing manager's in Tokyo, a teacher's with international schools), each one general rule in
invented words, with the look-alikes that share its words."""

from __future__ import annotations

import pytest

from tests.test_reading_small_employers_and_closed_processes import _assert_read_as, _ids, _m

CASES = [
    # Dutch and Flemish
    ("nl-agency-when-can-i-call", "interview_invitation", _m(
        "Demi Kuipers <demi.kuipers@havenflex.example>", "Jouw reactie op Planner Warehouse",
        "Hoi Alex! Wat leuk dat je op onze vacature Planner Warehouse hebt gereageerd. Ik heb je cv net doorgelezen. "
        "Wanneer kan ik je even bellen? Stuur me gewoon een paar tijden die je uitkomen.\n\nGroetjes, Demi\n")),
    ("nl-your-interview-is-wednesday", "interview_confirmation", _m(
        "Demi Kuipers <demi.kuipers@havenflex.example>", "Reminder: morgen je gesprek!",
        "Hoi Alex,\n\nEven een reminder: je gesprek bij Koelhuis Maasvlakte is woensdag 28 januari om 10:00 uur. Vraag "
        "bij de receptie naar Ruud.\n\nSucces! Demi\n")),
    ("nl-phone-interview-planned", "interview_confirmation", _m(
        "Ingrid Vos <ingrid.vos@merwehaven-cargo.example>", "Telefonisch gesprek Export Planner",
        "Hoi Alex, dank voor je antwoorden. Ik heb een telefonisch gesprek met onze manager export voor je ingepland op "
        "dinsdag 17 maart om 16:00. Hij belt je op je mobiel.\n\nGroet, Ingrid\n")),
    ("nl-chose-an-internal-candidate", "rejection", _m(
        "Demi Kuipers <demi.kuipers@havenflex.example>", "Update sollicitatie Planner",
        "Hoi Alex,\n\nIk had je liever ander nieuws gegeven. De opdrachtgever heeft toch gekozen voor een interne "
        "kandidaat. Ik houd je cv actief bij ons.\n\nDemi\n")),
    ("nl-post-filled", "rejection", _m(
        "Werken bij Lindehof <werkenbij@lindehof-dc.example>", "Je sollicitatie Planner Inbound",
        "Beste Alex,\n\nBedankt voor je sollicitatie op de vacature Planner Inbound. Op dit moment is de functie vervuld. "
        "Daarom kunnen we je sollicitatie helaas niet verder in behandeling nemen.\n\nRecruitment Lindehof\n")),
    ("nl-offer-the-post", "offer", _m(
        "Els Vermeulen <els.vermeulen@scheldekaai.example>", "Aanbod - Planner Zeevracht",
        "Beste Alex,\n\nMet veel genoegen kunnen wij u meedelen dat wij u de functie van Planner Zeevracht willen "
        "aanbieden. Brutomaandloon EUR 3.780, arbeidsovereenkomst van onbepaalde duur.\n\nEls Vermeulen\n")),
    ("nl-a-coaching-sessions-small-print-is-no-call-off", "not_relevant", _m(
        "Koersvast Loopbaancoaching <agenda@koersvast.example>", "Bevestiging: loopbaancoachsessie",
        "Beste Alex,\n\nJe sessie 'Sollicitatiegesprek oefenen' is bevestigd: maandag 26 januari, 19:30. Annuleren kan "
        "kosteloos tot 24 uur van tevoren.\n\nKoersvast\n")),
    ("nl-a-volunteers-intake-is-no-job", "not_relevant", _m(
        "Voedselbank Noord <vrijwilligers@voedselbank-noord.example>", "Je aanmelding als vrijwilliger",
        "Beste Alex,\n\nWat fijn dat je je hebt aangemeld als vrijwilliger! We nodigen je graag uit voor een "
        "kennismakingsgesprek. Kun je aangeven welke zaterdag je kunt?\n\nCoördinator vrijwilligers\n")),
    # Japanese
    ("ja-oinori-letter", "rejection", _m(
        "採用事務局 <no-reply@sakura-seikatsu.example>", "書類選考結果のご案内",
        "Alex Morgan 様\n\nこのたびはブランドマネージャー職にご応募いただき、誠にありがとうございました。慎重に選考を進めて"
        "まいりましたが、誠に残念ながら、今回はご縁がなかったという結果になりました。\n\n今後のご活躍を心よりお祈り申し上げます。\n")),
    ("ja-casual-interview-cancelled", "cancellation", _m(
        "長谷川 美穂 <m.hasegawa@aozora-denki.example>", "【お詫び】本日の面談について",
        "Alex Morgan 様\n\n大変申し訳ございません。本日19:00からのカジュアル面談ですが、田村が緊急会議に入ることになりました。"
        "誠に勝手ながら本日の面談はキャンセルとさせてください。\n\n長谷川\n")),
    ("ja-clinic-moves-a-patients-booking", "not_relevant", _m(
        "青葉クリニック <yoyaku@aoba-clinic.example>", "ご予約日時変更のお願い",
        "Alex Morgan 様\n\n医師の学会出張のため、ご予約日時を下記のとおり変更させていただけますでしょうか。\n\n"
        "変更後：2月20日（金）18:30\n")),
    ("ja-research-panel-is-no-application", "not_relevant", _m(
        "調査事務局 <panel@research-memo.example>", "インタビュー調査ご参加のお願い",
        "Alex Morgan 様\n\nこの度はインタビュー調査にご応募いただき、ありがとうございました。\n謝礼：ギフトカード 8,000円分\n")),
    # a recruitment fair's own words
    ("fair-interviews-are-therefore-cancelled", "cancellation", _m(
        "Fair Team <fairs@beacon-educators.example>", "Schedule change: your interview with Lakeside cancelled",
        "Dear Alex,\n\nUnfortunately Ms Lee's flight was cancelled and she will not attend the fair. All of her "
        "interviews at the fair, including yours at 14:40 on Saturday, are therefore cancelled. She will contact "
        "shortlisted candidates about your application by email.\n\nFair Team\n")),
]


@pytest.mark.parametrize("name, kind, raw", CASES, ids=_ids(CASES))
def test_second_round_rules(name: str, kind: str, raw: bytes) -> None:
    _assert_read_as(raw, kind)


def test_a_fairs_schedule_naming_the_user_as_candidate_is_theirs() -> None:
    """A recruitment fair's "Candidate: Alex Morgan" above the slots is the user's own interview schedule, not a
    panel the user sits on."""
    from tests.test_reading_small_employers_and_closed_processes import _read

    raw = _m("Fair Team <fairs@beacon-educators.example>", "Your London Fair interview schedule",
             "BEACON EDUCATORS - LONDON RECRUITMENT FAIR 2026\nYour interview schedule\n\nCandidate: Alex Morgan "
             "(#BE-4471)\n\nSaturday 17 January 2026\n11:20 - 11:50 Lakeside International School - Head of School - "
             "Room 412\n")
    got = _read(raw)
    assert "has the user interviewing someone else" not in got.reasons, got.reasons
