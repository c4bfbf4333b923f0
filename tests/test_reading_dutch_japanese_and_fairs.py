"""Session 21, second round: the rules three more fresh writer sets revealed (a logistics planner's search in Rotterdam
and Antwerp, a marketing manager's in Tokyo, a teacher's with international schools), each one general rule in
invented words, with the look-alikes that share its words."""

from __future__ import annotations

import pytest

from tests.test_reading_small_employers_and_closed_processes import _assert_read_as, _ids, _m

CASES = [
    # Dutch and Flemish
    ("nl-your-interview-is-wednesday", "interview_confirmation", _m(
        "Demi Kuipers <demi.kuipers@havenflex.example>", "Reminder: morgen je gesprek!",
        "Hoi Alex,\n\nEven een reminder: je sollicitatiegesprek bij Koelhuis Maasvlakte is woensdag 28 januari om 10:00 "
        "uur. Vraag bij de receptie naar Ruud.\n\nSucces! Demi\n")),
    ("nl-interview-planned", "interview_confirmation", _m(
        "Ingrid Vos <ingrid.vos@merwehaven-cargo.example>", "Gesprek Export Planner",
        "Hoi Alex, dank voor je antwoorden. Ik heb een kennismakingsgesprek met onze manager export voor je ingepland op "
        "dinsdag 17 maart om 16:00.\n\nGroet, Ingrid\n")),
    # ... and what the review of these rules found is ordinary wording, not a hiring step (each phrase was narrowed)
    ("nl-a-mortgage-advisers-call", "not_relevant", _m(
        "Bas de Wit <bas@hypotheekhuis-delta.example>", "Je hypotheekaanvraag",
        "Hoi Alex,\n\nIk heb je gegevens ontvangen. Wanneer kan ik je even bellen? Stuur me gewoon een paar tijden die je "
        "uitkomen.\n\nBas\n")),
    ("ja-a-colleagues-farewell", "not_relevant", _m(
        "佐藤 健 <k.sato@minato-shoji.example>", "退職のご挨拶",
        "Alex Morgan 様\n\n本日をもちまして退職いたします。大変お世話になりました。"
        "今後のご活躍を心よりお祈りしております。\n\n佐藤\n")),
    ("ja-a-parent-teacher-meeting", "not_relevant", _m(
        "さくら小学校 <office@sakura-es.example>", "三者面談のご案内",
        "保護者様\n\n下記のとおり三者面談を実施いたします。\n日時：3月5日（木）15:00\n\nさくら小学校\n")),
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


def test_a_round_of_a_competition_is_no_interview_stage() -> None:
    """"Sam made it through to the second round of trials - when are you free?" names no stage of a hiring process, so
    no recruiter's "final round ... which days suit you?" reading applies to it."""
    from tests.test_reading_small_employers_and_closed_processes import _read

    got = _read(_m("Gary Holt <gary.holt@riverside-fc.example>", "U14 trials",
                   "Hi Alex,\n\nGreat news - Sam made it through to the second round of trials. When are you free to "
                   "bring him down next week?\n\nGary\nRiverside FC\n"))
    assert "names an interview stage" not in got.reasons, got.reasons


@pytest.mark.parametrize("field", ["Kandidat", "Kandydat", "Kandidaat", "Кандидат"])
def test_a_booking_naming_the_user_as_candidate_in_another_language_is_theirs(field: str) -> None:
    """(session 53) An Indonesian bank's scheduler, "Kandidat   : Alex Morgan" above "Pewawancara: Ibu Melati", was read
    as a panel the user sits on: the candidate field in the languages the interviewer feature reads names the user too."""
    from tests.test_reading_small_employers_and_closed_processes import _read

    def booking(candidate: str) -> bytes:
        return _m("Arunika Interview Scheduler <no-reply@booking.arunika-bank.example>",
                  "Konfirmasi Jadwal: Interview HR - Rabu, 18 Feb 2026 13:30 WIB",
                  f"Jadwal Anda telah dikonfirmasi.\n\n{field}   : {candidate}\nAgenda     : Interview HR - Staff "
                  "Procurement\nWaktu      : Rabu, 18 Februari 2026, 13:30 - 14:30 WIB\nPewawancara: Ibu Melati (HR Business "
                  "Partner)\n")

    got = _read(booking("Alex Morgan"))
    assert "has the user interviewing someone else" not in got.reasons, got.reasons
    # ... while a candidate who is not the user is still someone the user interviews
    got = _read(booking("Dewi Lestari"))
    assert got.kind == "not_relevant", got.reasons
