"""Session 16: what the second reader settles, and the rules its fresh writer sets revealed, in invented words.

Where the rules read an offer and the model, trained on labelled mail, reads the same message as the process around one
(a preferred candidate waiting on budget, a salary cap before the final round), the message was set aside for a look
though nothing doubted it was the user's own candidacy: 21 dev messages, every one of them labelled with the model's
kind. The model's kind is now the reading; an offer alone is still never taken on the rules' word."""

from __future__ import annotations

import pytest

from tests.test_reading import m, read

PROCESS_AROUND_AN_OFFER = [
    ("preferred-candidate-waiting-on-budget", m(
        "Wim Dekker <wim.dekker@lindeboom-data.example>", "Update application Data Engineer",
        "Dear Alex,\n\nAfter the second interview you are our preferred candidate for the position Data Engineer. "
        "Before we can make you an offer we need approval on the budget from our director, because the position is "
        "new. I expect this next week.\n\nI hope you are still interested.\n\nKind regards,\n\nWim Dekker\nManager "
        "Data\nLindeboom Data B.V.\n")),
    ("salary-cap-before-the-final", m(
        "Jo Pike <jo.pike@marram-foods.example>", "Re: Salary",
        "Hi Alex,\n\nThanks for being upfront. The budget for the Planning Manager role tops out at £54,000 plus "
        "bonus and we can't stretch to £60k. Would you still like to go ahead on that basis? If so I'll set up the "
        "final with Rob.\n\nJo\nTalent Partner | Marram Foods\n")),
]


@pytest.mark.parametrize("name,raw", PROCESS_AROUND_AN_OFFER, ids=[p[0] for p in PROCESS_AROUND_AN_OFFER])
def test_the_process_around_an_offer_is_a_reply_not_a_question(name, raw):
    got = read(raw)
    assert (got.kind, got.needs_look) == ("company_reply", False)


def test_an_offer_in_so_many_words_is_still_an_offer():
    got = read(m("Jo Pike <jo.pike@marram-foods.example>", "Offer - Planning Manager",
                 "Hi Alex,\n\nGreat news - we'd like to offer you the Planning Manager role at £54,000 plus 10% bonus, "
                 "starting 1 June. The offer letter is attached; please sign and return by Friday.\n\nJo\nTalent "
                 "Partner | Marram Foods\n"))
    assert got.kind == "offer"


def test_an_offer_from_a_personal_account_the_model_doubts_still_asks():
    # the candidacy is in doubt too (a stranger's free-mail account): the model's word alone settles nothing
    got = read(m("Tom Reyes <tomreyes1988@gmail.com>", "job",
                 "hey, we'd like to offer you the job. 2k a week cash, start monday, send your bank details and a copy "
                 "of your passport\n"))
    assert got.kind == "not_relevant"
