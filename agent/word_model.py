"""A second reader: what the words of a message say it is, learned from the labelled corpus.

The rules (features.py) read acts said in sentences and explain themselves, but every new
writer still uses wordings no rule has met. This reader was trained (tools/train_word_model.py)
on tests/corpus/dev-split: a logistic regression over the words of the subject and the new
text and the pairs of neighbouring words (terms()), weighted by TF-IDF, and over the runs of three
to five letters of each word as written (grams(), weighed apart: Grams). It only knows words that
writers of at least three different voices used (pairs: six, letters: ten), so no company, person
or sentence of one sample is in it. It never decides
alone: its reading of what happened counts only where the rules' is weak and it is sure, and
never on whether the mail is about the user's own candidacy (classify._second_reading); sure
that job mail the rules read is none, or reading an offer as something else, it makes the
agent ask (classify._doubt).

Pure and cheap: a dictionary lookup per word and per run of letters (a word's runs kept for the word), and one product
of a few hundred rows by ten kinds in numpy, only for mail that reaches the rules' features (about 15% of a mailbox);
the model is loaded once from agent/data/word_model.json.
"""

from __future__ import annotations

import base64
import gc
import json
import math
import re
import sys
import unicodedata
from array import array
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from importlib import resources
from itertools import chain
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from numpy.typing import NDArray


def _ranges(chars: list[str]) -> str:
    """A regex character class body for `chars`, as ranges of neighbouring code points."""
    out: list[str] = []
    start = prev = ord(chars[0])
    for c in map(ord, chars[1:]):
        if c != prev + 1:
            out.append(f"\\u{start:04x}-\\u{prev:04x}")
            start = c
        prev = c
    out.append(f"\\u{start:04x}-\\u{prev:04x}")
    return "".join(out)


# The marks that belong to their letter (Unicode category M): Devanagari's and Bengali's vowel signs and virama, Thai's
# vowels above and below and its tone marks. Python's \w leaves them out, so "इंटरव्यू" (interview) was read as "टरव" and
# "নির্বাচিত" (selected) as nothing at all.
MARKS = _ranges([chr(i) for i in range(0x300, 0x10000) if unicodedata.category(chr(i)).startswith("M")])
# The tokens of lowercase text: runs of two or more word characters and marks (for Latin, Cyrillic, Greek and the other
# scripts of Europe, what scikit-learn's default r"\b\w\w+\b" finds)
TOKEN = re.compile(rf"[\w{MARKS}]{{2,}}")
# Scripts written without spaces between words whose letters carry marks (Thai, Lao, Myanmar, Khmer): a run of them is a
# clause, not a word, and is read as its overlapping pairs of letters ("สัมภาษณ์" -> สัม มภ ภา าษ ษณ์), as search engines
# index such text. (Chinese and Japanese stay runs: as pairs of characters they read worse on five folds by writer,
# their sets 2-3 messages in 100 lower.)
UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]+")
# ... each character with the marks that follow it (Thai's "ภา" "ษ" "ณ์"), so a pair is of two letters as written
_CLUSTER = re.compile(rf"[^{MARKS}][{MARKS}]*")

# How text is split into words, as the model was trained (tools/train_word_model.py folds it into what it was trained on)
SPLIT = "\n".join((TOKEN.pattern, UNSPACED.pattern, _CLUSTER.pattern))


def _words(text: str) -> list[str]:
    """The tokens of `text`, an unspaced script's runs as pairs of letters (UNSPACED)."""
    tokens = TOKEN.findall(text)
    if UNSPACED.search(text) is None:
        return tokens
    out: list[str] = []
    for token in tokens:
        at = 0
        for run in UNSPACED.finditer(token):
            if run.start() - at >= 2:
                out.append(token[at:run.start()])
            chars = _CLUSTER.findall(run.group())
            out.extend(["".join(chars)] if len(chars) < 2 else [a + b for a, b in zip(chars, chars[1:], strict=False)])
            at = run.end()
        if len(token) - at >= 2:
            out.append(token[at:])
    return out


def terms(text: str, ngrams: int = 1) -> list[str]:
    """The words of a lowercase text, and with `ngrams` 2 each pair of neighbours too ("moving forward", "not
    moving", "vous proposer"): what scikit-learn's ngram_range=(1, 2) makes of the same tokens. A pair says what a
    word alone cannot: "offer you" is not "offer letter", "not selected" is not "selected"."""
    tokens = _words(text)
    if ngrams < 2:
        return tokens
    return tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False)]


def grams(text: str, low: int, high: int) -> list[str]:
    """The character n-grams of each whitespace-separated chunk of `text`, padded with a space at either end, from `low`
    to `high` characters: what scikit-learn's analyzer "char_wb" makes of it. They read what words leave out: a time's
    ":00 " and "30 p", a question's "? ", a word's stem in any of its endings ("intervi", "entrev"), a word
    misspelt or run into the next one on a phone ("interveiw", "tmrw"). A chunk shorter than a size is one gram."""
    out: list[str] = []
    for chunk in text.split():
        padded = f" {chunk} "
        size = len(padded)
        for n in range(low, high + 1):
            out.extend([padded[i:i + n] for i in range(max(1, size - n + 1))])
            if size <= n:
                break
    return out


@dataclass(frozen=True)
class Block:
    """A block of terms weighed by TF-IDF (sublinear tf, L2-normalised on its own), with a weight per kind: the words
    and pairs are one block, the grams another (Grams), so that the thousands of grams of a message do not drown its
    words. The numbers are kept in flat arrays, one per kind, not a tuple of float objects per term: loading the model
    took 0.19 s of CPU with a tuple per word and takes 0.08 s packed, and the arrays are no objects for the collector."""
    index: dict[str, int]  # term -> its row
    idf: array[float]  # per row
    weights: tuple[array[float], ...]  # per kind, one weight per row

    @classmethod
    def of(cls, idf: dict[str, float], weights: dict[str, tuple[float, ...]]) -> Block:
        """A block from each term's idf and weights per kind (as tests and the training tool have them)."""
        order = sorted(idf)
        kinds = len(next(iter(weights.values()))) if weights else 0
        return cls(index={t: i for i, t in enumerate(order)}, idf=array("d", (idf[t] for t in order)),
                   weights=tuple(array("d", (weights[t][k] for t in order)) for k in range(kinds)))

    def logits(self, counts: Counter[str]) -> list[float]:
        """What terms counted in a text add to each kind's logit: (1 + ln count) * idf per known term, L2-normalised,
        times the term's weight."""
        index = self.index
        known = [(row, c) for row, c in zip(map(index.get, counts), counts.values(), strict=True) if row is not None]
        return self.row_logits([row for row, _ in known], [c for _, c in known])

    def row_logits(self, rows: list[int], counts: list[int]) -> list[float]:
        """logits() of known rows, each with its count, worked out by numpy in doubles: a message's 750 runs of letters
        times ten kinds took a millisecond as maps over Python floats, a tenth of that here."""
        if not rows:
            return [0.0] * len(self.weights)
        import numpy as np  # (loaded with the first message the model reads: commands that read none never load it)

        idf, matrix = self._arrays
        at = np.array(rows, dtype=np.intp)
        values = idf[at] * (1.0 + np.log(np.array(counts, dtype=np.float64)))
        norm = math.sqrt(float(values @ values)) or 1.0
        logits: list[float] = (values @ matrix[at] / norm).tolist()
        return logits

    @cached_property
    def _arrays(self) -> tuple[NDArray[Any], NDArray[Any]]:
        """The idf, and the weights with a row per term and a column per kind, as numpy arrays of the numbers as stored
        (products and sums are taken in doubles, as Python's floats took them)."""
        import numpy as np

        idf = np.asarray(self.idf)
        if not self.weights:
            return idf, np.zeros((len(self.idf), 0))
        return idf, np.stack([np.asarray(column) for column in self.weights], axis=1)

    def to_json(self) -> dict[str, Any]:
        return {"terms": sorted(self.index, key=self.index.__getitem__), "idf": _packed(self.idf),
                "weights": [_packed(column) for column in self.weights]}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Block:
        return cls(index={t: i for i, t in enumerate(data["terms"])}, idf=_unpacked(data["idf"]),
                   weights=tuple(_unpacked(column) for column in data["weights"]))


@dataclass(frozen=True)
class Grams(Block):
    """The model's second block of terms: character n-grams (grams()) of `low` to `high` letters."""
    low: int = 3
    high: int = 5

    def text_logits(self, text: str) -> list[float]:
        """What the grams of `text` add to each kind's logit, counted as grams() counts them: the known runs of each
        chunk, kept for the chunk (most words of a mailbox recur: cutting every chunk of every message into its
        runs again took two thirds of the model's time)."""
        counts = Counter(chain.from_iterable(map(self._known_rows, text.split())))
        return self.row_logits(list(counts), list(counts.values()))

    @cached_property
    def _known_rows(self) -> Callable[[str], tuple[int, ...]]:
        """The rows of a chunk's known grams (grams() of the chunk alone), for the last CHUNKS_KEPT chunks read."""
        index, low, high = self.index, self.low, self.high

        @lru_cache(maxsize=CHUNKS_KEPT)
        def known_rows(chunk: str) -> tuple[int, ...]:
            return tuple(row for row in map(index.get, grams(chunk, low, high)) if row is not None)

        return known_rows

    def to_json(self) -> dict[str, Any]:
        return {"low": self.low, "high": self.high, **super().to_json()}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Grams:
        block = Block.from_json(data)
        return cls(index=block.index, idf=block.idf, weights=block.weights, low=int(data["low"]), high=int(data["high"]))


CHUNKS_KEPT = 8192  # a mailbox's common words, a few megabytes at most


def _packed(values: array[float]) -> str:
    """Numbers as base64 of little-endian 32-bit floats: read back in one step (a JSON list of 900,000 numbers made a
    float object of each, and loading the model took 0.15 s longer), and half the file."""
    packed = array("f", values)
    if sys.byteorder == "big":
        packed.byteswap()
    return base64.b64encode(packed.tobytes()).decode("ascii")


def _unpacked(text: str) -> array[float]:
    values = array("f")
    values.frombytes(base64.b64decode(text))
    if sys.byteorder == "big":
        values.byteswap()
    return values


@dataclass(frozen=True)
class Reading:
    """The model's reading of one text: a probability per kind, and how many distinct words it
    knew there (a short note gives it little to go on)."""
    probabilities: dict[str, float]
    words: int
    # ... and what share of the distinct words of the text those are: a language it has hardly read leaves most unknown,
    # and its chances there are spread over what little it knows
    share: float = 1.0

    @property
    def kind(self) -> str:
        return max(self.probabilities, key=lambda k: self.probabilities[k])

    @property
    def p(self) -> float:
        return self.probabilities[self.kind]

    def says(self, kind: str | None, at: float) -> bool:
        """Whether this reading is `kind`, at least this surely (the rules' reading agreed with, at a bar)."""
        return self.kind == kind and self.p >= at


@dataclass(frozen=True)
class WordModel:
    kinds: tuple[str, ...]
    words: Block  # the words, and with ngrams 2 the pairs of neighbouring words (terms())
    bias: tuple[float, ...]
    trained_on: str  # sha256 of the corpus it was trained on (tools/train_word_model.py)
    ngrams: int = 1  # 2: pairs of neighbouring words are terms too (terms())
    grams: Grams | None = None  # character n-grams too (grams())

    def read(self, text: str) -> Reading:
        """The probability of each kind for a lowercase text (subject, newline, new text)."""
        counts = Counter(terms(text, self.ngrams))
        logits = [b + w for b, w in zip(self.bias, self.words.logits(counts), strict=True)]
        if self.grams is not None:
            logits = [acc + g for acc, g in zip(logits, self.grams.text_logits(text), strict=True)]
        top = max(logits)
        exp = [math.exp(x - top) for x in logits]
        total = sum(exp)
        # (words, not pairs: how much there was to read is counted as it was before pairs were terms)
        index = self.words.index
        single = [t for t in counts if " " not in t]
        known = sum(1 for t in single if t in index)
        return Reading({k: e / total for k, e in zip(self.kinds, exp, strict=True)}, words=known,
                       share=known / len(single) if single else 1.0)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> WordModel:
        return cls(kinds=tuple(data["kinds"]), words=Block.from_json(data["words"]), bias=tuple(data["bias"]),
                   trained_on=str(data["trained_on"]), ngrams=int(data.get("ngrams", 1)),
                   grams=Grams.from_json(data["grams"]) if data.get("grams") else None)

    def to_json(self) -> dict[str, Any]:
        return {"kinds": list(self.kinds), "trained_on": self.trained_on, "ngrams": self.ngrams, "bias": list(self.bias),
                "words": self.words.to_json(), "grams": self.grams.to_json() if self.grams is not None else None}


@cache
def shipped() -> WordModel:
    """The model in the package, loaded on first use (about 67,000 words and pairs, 93,000 runs of letters)."""
    raw = resources.files("agent").joinpath("data/word_model.json").read_text(encoding="utf-8")
    model = WordModel.from_json(json.loads(raw))
    # Its hundreds of thousands of objects live as long as the process: kept out of the collector's sweeps, which
    # otherwise walked them again and again while a sync read mail (bench/throughput.py 2000 with the model loaded
    # before it starts: 443 -> 496 messages a second)
    gc.freeze()
    return model
