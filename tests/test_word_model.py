"""The second reader (agent/word_model.py): its arithmetic, and the shipped model's currency."""

from __future__ import annotations

import importlib.util
import math
import re
from array import array
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agent.word_model import TOKEN, Block, Grams, WordModel, grams, shipped, terms

ROOT = Path(__file__).resolve().parent.parent


def _tiny() -> WordModel:
    return WordModel(kinds=("no", "yes"), words=Block.of(idf={"offer": 2.0, "sale": 1.0},
                                                         weights={"offer": (0.0, 3.0), "sale": (2.0, 0.0)}),
                     bias=(0.5, -0.5), trained_on="x")


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


def _training_tool() -> Any:
    spec = importlib.util.spec_from_file_location("train_word_model", ROOT / "tools" / "train_word_model.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    return tool


def test_shipped_model_was_trained_on_the_corpus_as_it_is() -> None:
    """A corpus change must retrain the model (python tools/train_word_model.py)."""
    tool = _training_tool()
    assert shipped().trained_on == tool.corpus_digest()


def test_shipped_model_knows_general_words_only() -> None:
    model = shipped()
    assert not any(w.isdigit() for w in model.words.index)
    assert not {"alex", "morgan"} & set(model.words.index)  # the corpus user's name: a real user has another


@pytest.mark.parametrize(("text", "kind"), [
    ("update on your application\nafter careful consideration we have decided not to move forward with your "
     "application. we wish you the best in your search.", "rejection"),
    ("this week in product\nfive reads for the weekend, plus our podcast. unsubscribe any time.", "not_relevant"),
    ("your offer\nwe are delighted to offer you the position. the offer letter is attached; please sign by friday.", "offer"),
])
def test_shipped_model_reads_plain_examples(text: str, kind: str) -> None:
    assert shipped().read(text).kind == kind


@given(st.text(alphabet=st.sampled_from("ab1_é Жж.,'-\n"), max_size=60))
def test_words_of_spaced_scripts_are_scikit_learns(text: str) -> None:
    """In Latin, Cyrillic and the other scripts of Europe the words are what scikit-learn's default pattern finds."""
    assert terms(text) == re.findall(r"\b\w\w+\b", text)


@pytest.mark.parametrize(("text", "words"), [
    # Bengali: "you were not selected", each word with its vowel signs and virama (Python's \w alone read three
    # fragments and lost "selected")
    ("আপনাকে নির্বাচিত করা হয়নি", ["আপনাকে", "নির্বাচিত", "করা", "হয়নি"]),
    # Hindi: "your interview is tomorrow."; the danda ends the sentence and is no part of a word
    ("आपका इंटरव्यू कल है। ok", ["आपका", "इंटरव्यू", "कल", "है", "ok"]),
    # Japanese and Chinese: a clause with no spaces stays one run
    ("面接の日程", ["面接の日程"]),
    # Thai: pairs of letters, each with the marks written on it ("คุณ", not "คุ" and "ุณ")
    ("คุณสัมภาษณ์", ["คุณ", "ณสั", "สัม", "มภ", "ภา", "าษ", "ษณ์"]),
    # ... and a Latin word beside an unspaced run stays a word
    ("zoomคุณ", ["zoom", "คุณ"]),
])
def test_words_of_scripts_with_marks_or_without_spaces(text: str, words: list[str]) -> None:
    assert terms(text) == words


def test_a_new_split_of_words_is_a_new_model(tmp_path: Path) -> None:
    """What the model was trained on includes how text is split, so changing the split fails the currency test above
    until the model is retrained."""
    tool = _training_tool()
    (tmp_path / "A-001.eml").write_bytes(b"Subject: hello\n\nhello")
    (tmp_path / "labels.json").write_text('{"A-001.eml": {"kind": "not_relevant"}}')
    digest = tool.corpus_digest(tmp_path)
    tool.SPLIT = TOKEN.pattern
    assert tool.corpus_digest(tmp_path) != digest


def test_pairs_of_words_are_terms_when_the_model_was_trained_on_them() -> None:
    """With ngrams 2 a pair says what its words alone do not: "not selected" reads "no" though "selected" reads "yes"."""
    assert terms("not selected", 2) == ["not", "selected", "not selected"]
    assert terms("not selected", 1) == ["not", "selected"]
    model = WordModel(kinds=("no", "yes"), words=Block.of(idf={"selected": 1.0, "not selected": 1.0},
                                                          weights={"selected": (-2.0, 2.0), "not selected": (6.0, -6.0)}),
                      bias=(0.0, 0.0), trained_on="", ngrams=2)
    assert model.read("you were selected").kind == "yes"
    assert model.read("you were not selected").kind == "no"
    assert model.read("you were not selected").words == 1  # words, not pairs, count as what there was to read
    assert WordModel.from_json(model.to_json()) == model


def test_grams_are_scikit_learns_char_wb() -> None:
    """Each chunk between spaces, padded with a space either side, cut into 3 to 5 characters; a chunk shorter than a
    size is one gram, and no longer sizes are cut from it (scikit-learn's "char_wb", which trained the model)."""
    assert grams("ok  10:00?", 3, 5) == [" ok", "ok ", " ok ", " 10", "10:", "0:0", ":00", "00?", "0? ",
                                         " 10:", "10:0", "0:00", ":00?", "00? ", " 10:0", "10:00", "0:00?", ":00? "]
    assert grams("a", 3, 5) == [" a "]
    assert grams("", 3, 5) == []


def _with_grams() -> WordModel:
    block = Grams(low=3, high=3, index={":00": 0, "?? ": 1}, idf=array("d", [2.0, 1.0]),
                  weights=(array("d", [0.0, 4.0]), array("d", [3.0, 0.0])))
    return WordModel(kinds=("no", "yes"), words=Block.of(idf={"offer": 2.0}, weights={"offer": (0.0, 3.0)}),
                     bias=(0.5, -0.5), trained_on="x", grams=block)


def test_grams_are_weighed_as_a_block_of_their_own() -> None:
    """The grams' TF-IDF vector is L2-normalised apart from the words', and adds its own logits: thousands of grams
    do not dilute the few words of a message."""
    reading = _with_grams().read("offer at 10:00 ok??")
    # words: "offer" alone, normalised to 1; grams: ":00" once (idf 2) and "?? " once (idf 1), normalised together
    norm = math.hypot(2.0, 1.0)
    no, yes = 0.5 + 1.0 * 4.0 / norm, -0.5 + 3.0 + 3.0 * 2.0 / norm
    assert reading.probabilities["yes"] == pytest.approx(math.exp(yes) / (math.exp(yes) + math.exp(no)))
    assert reading.words == 1  # grams are not words: how much there was to read is still counted in words
    assert WordModel.from_json(model_json := _with_grams().to_json()) == _with_grams()
    assert model_json["grams"]["terms"] == [":00", "?? "]


def test_shipped_grams_leave_out_the_corpus_users_name() -> None:
    block = shipped().grams
    assert block is not None
    assert not {" alex ", " alex,", "morgan ", "alex.", "@example.net"} & set(block.index)


@given(st.text(alphabet=st.sampled_from("ab ?:0\n"), max_size=40))
def test_grams_logits_count_as_grams_does(text: str) -> None:
    """Grams.text_logits cuts the letters from the text's chunks joined by single spaces, and Block.logits weighs the
    counts with maps over the known rows: for every text they give what the plain TF-IDF of grams() gives, repeated
    grams included."""
    vocabulary = [" ab", "ab ", "?? ", ":00", " a ", "bab", " 0:0"]
    block = Grams(low=3, high=4, index={g: i for i, g in enumerate(vocabulary)},
                  idf=array("d", [1.0, 2.0, 1.5, 3.0, 0.5, 1.25, 2.5]),
                  weights=(array("d", [1.0, -2.0, 0.5, 0.0, 3.0, -1.0, 0.25]),
                           array("d", [0.0, 1.0, -1.0, 2.0, 0.5, 4.0, -3.0])))
    counts = {g: c for g, c in Counter(grams(text, 3, 4)).items() if g in block.index}
    values = {g: (1 + math.log(c)) * block.idf[block.index[g]] for g, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in values.values())) or 1.0
    expected = [sum(v * column[block.index[g]] for g, v in values.items()) / norm for column in block.weights]
    assert block.text_logits(text) == pytest.approx(expected)
