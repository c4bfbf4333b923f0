"""Session 31: general rules from fresh writer sets, each in invented words, with the look-alikes that share them."""

from __future__ import annotations

import pytest

from agent.classify import TERMS
from tests.test_reading_small_employers_and_closed_processes import _assert_read_as, _ids, _m, _read

# An offer said in one line after a call, with the terms or the letter to come: a person at the company, writing
# to the user alone, needs nothing more to make it one.
OFFERS_WITH_THEIR_TERMS = [
    ("a-sales-seat-with-base-and-ote", _m(
        "Drew Halvorsen <drew@tallowfin.example>", "good news!!",
        "alex!! marta + i want u on the team. we're offering the enterprise ae seat, 82 base / 164 ote, start 4/6. "
        "sam is sending the official letter thru docusign tonight\n\ncall me if u want to talk anything thru\n\ndrew\n")),
    ("a-contractor-rate-in-a-currency-code-and-a-start-date", _m(
        "Lia Gouveia <lia@estudiocorvo.example>", "Join us?",
        "Olá Alex,\n\nNuno and I talked all week about your test, it was exactly our tone.\n\nSo: we would love you to "
        "join the studio as our product designer. We can do a contractor agreement, EUR 3,100 per month for 32 hours "
        "a week, fully remote. Start 2 March if possible.\n\nTake a week to think, and call me with questions.\n\nLia\n")),
    ("a-monthly-package-in-dirhams", _m(
        "Omar Haddad <omar.haddad@qasrfm.example>", "Joining Qasr",
        "Dear Alex,\n\nAs discussed over the phone today, we would be glad for you to join Qasr as Operations Manager "
        "with a monthly package of AED 28,000 (basic 17,000, housing 8,000, transport 3,000) and family medical.\n\n"
        "Please confirm your acceptance so HR can issue the formal letter.\n\nRegards,\nOmar Haddad\n")),
    ("a-partner-says-welcome-and-the-letter-follows", _m(
        "Hugh Ashdown <h.ashdown@ashdownpryce.example>", "Welcome",
        "Alex - good to speak just now. Delighted you'll be joining us, subject to the usual. Petra will send the "
        "letter tomorrow. Any questions meanwhile, call me.\n\nHA\n")),
    ("a-spanish-yes-with-the-fixed-pay", _m(
        "Iñigo Salvatierra <inigo@rutalogica.example>", "Data Lead – buenas noticias",
        "¡Alex!\n\nTe lo confirmo también por aquí: te queremos en el equipo.\n\nMañana te llega de RRHH la propuesta "
        "formal con todo (lo que hablamos: 52k fijos + 10% de variable).\n\nIñigo\n")),
]


@pytest.mark.parametrize("name, raw", OFFERS_WITH_THEIR_TERMS, ids=_ids(OFFERS_WITH_THEIR_TERMS))
def test_an_offer_with_its_terms_from_a_person_at_the_company(name: str, raw: bytes) -> None:
    _assert_read_as(raw, "offer")


def test_a_dealers_offer_with_a_price_and_paperwork_is_no_job() -> None:
    """A guard: a car's price, a start and the paperwork to follow are terms, but of no job."""
    raw = _m("Rob Kelly <rob.kelly@kellymotors.example>", "Your Golf",
             "Hi Alex,\n\nGood to speak today. We'd be glad to offer you the Golf at EUR 24,000 with the winter tyres, "
             "and you could pick it up starting 3 March. The formal paperwork will follow.\n\nRob\n")
    assert _read(raw).kind == "not_relevant", _read(raw).reasons


@pytest.mark.parametrize("text", ["the start may be late this year", "starting in the market hall",
                                  "the letter from the council", "formal dress is expected", "a note to the team"])
def test_words_that_only_look_like_terms(text: str) -> None:
    assert TERMS.search(text) is None
