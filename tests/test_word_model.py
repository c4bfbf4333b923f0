"""The second reader (agent/word_model.py): its arithmetic, and the shipped model's currency."""

from __future__ import annotations

import importlib.util
import math
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agent.word_model import TOKEN, WordModel, shipped

ROOT = Path(__file__).resolve().parent.parent


def _tiny() -> WordModel:
    return WordModel(kinds=("no", "yes"), idf={"offer": 2.0, "sale": 1.0},
                     weights={"offer": (0.0, 3.0), "sale": (2.0, 0.0)}, bias=(0.5, -0.5), trained_on="x")


def test_read_is_tfidf_then_softmax() -> None:
    reading = _tiny().read("offer offer and sale")
    probs = reading.probabilities
    assert reading.words == 2
    # offer: (1 + ln 2) * 2; sale: 1 * 1; the vector is L2-normalised before the weights apply
    o, s = (1 + math.log(2)) * 2.0, 1.0
    norm = math.hypot(o, s)
    no, yes = 0.5 + 2.0 * s / norm, -0.5 + 3.0 * o / norm
    assert probs["yes"] == pytest.approx(math.exp(yes) / (math.exp(yes) + math.exp(no)))
    assert sum(probs.values()) == pytest.approx(1.0)


def test_unknown_words_leave_the_prior() -> None:
    reading = _tiny().read("nothing it knows")
    assert (reading.kind, reading.p, reading.words) == ("no", pytest.approx(1 / (1 + math.exp(-1.0))), 0)


def test_json_round_trip() -> None:
    model = _tiny()
    assert WordModel.from_json(model.to_json()) == model


def test_shipped_model_was_trained_on_the_corpus_as_it_is() -> None:
    """A corpus change must retrain the model (python tools/train_word_model.py)."""
    spec = importlib.util.spec_from_file_location("train_word_model", ROOT / "tools" / "train_word_model.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    assert shipped().trained_on == tool.corpus_digest()


def test_shipped_model_knows_general_words_only() -> None:
    model = shipped()
    assert not any(w.isdigit() for w in model.idf)
    assert not {"alex", "morgan"} & set(model.idf)  # the corpus user's name: a real user has another


@pytest.mark.parametrize(("text", "kind"), [
    ("update on your application\nafter careful consideration we have decided not to move forward with your "
     "application. we wish you the best in your search.", "rejection"),
    ("this week in product\nfive reads for the weekend, plus our podcast. unsubscribe any time.", "not_relevant"),
    ("your offer\nwe are delighted to offer you the position. the offer letter is attached; please sign by friday.", "offer"),
])
def test_shipped_model_reads_plain_examples(text: str, kind: str) -> None:
    assert shipped().read(text).kind == kind


@given(st.text(alphabet=st.sampled_from("ab1_é 日本.,'-\n"), max_size=60))
def test_tokens_are_scikit_learns(text: str) -> None:
    """Training used TOKEN; scikit-learn's own default pattern finds the same words."""
    assert TOKEN.findall(text) == re.findall(r"\b\w\w+\b", text)


def test_pairs_of_words_are_terms_when_the_model_was_trained_on_them() -> None:
    """With ngrams 2 a pair says what its words alone do not: "not selected" reads "no" though "selected" reads "yes"."""
    from agent.word_model import terms

    assert terms("not selected", 2) == ["not", "selected", "not selected"]
    assert terms("not selected", 1) == ["not", "selected"]
    model = WordModel(kinds=("no", "yes"), idf={"selected": 1.0, "not selected": 1.0},
                      weights={"selected": (-2.0, 2.0), "not selected": (6.0, -6.0)}, bias=(0.0, 0.0), trained_on="", ngrams=2)
    assert model.read("you were selected").kind == "yes"
    assert model.read("you were not selected").kind == "no"
    assert model.read("you were not selected").words == 1  # words, not pairs, count as what there was to read
    assert WordModel.from_json(model.to_json()) == model
