"""A second reader: what the words of a message say it is, learned from the labelled corpus.

The rules (features.py) read acts said in sentences and explain themselves, but every new
writer still uses wordings no rule has met. This reader was trained (tools/train_word_model.py)
on tests/corpus/dev-split: a logistic regression over the words of the subject and the new
text and the pairs of neighbouring words (terms()), weighted by TF-IDF. It only knows words that
writers of at least three different voices used (pairs: six), so no company, person or sentence
of one sample is in it. It never decides
alone: its reading of what happened counts only where the rules' is weak and it is sure, and
never on whether the mail is about the user's own candidacy (classify._second_reading); sure
that job mail the rules read is none, or reading an offer as something else, it makes the
agent ask (classify._doubt).

Pure and cheap: a dictionary lookup per word, only for mail that reaches the rules' features
(about 15% of a mailbox); the model is loaded once from agent/data/word_model.json.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


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


@dataclass(frozen=True)
class Reading:
    """The model's reading of one text: a probability per kind, and how many distinct words it
    knew there (a short note gives it little to go on)."""
    probabilities: dict[str, float]
    words: int

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
    idf: dict[str, float]
    weights: dict[str, tuple[float, ...]]  # per word, one weight per kind
    bias: tuple[float, ...]
    trained_on: str  # sha256 of the corpus it was trained on (tools/train_word_model.py)
    ngrams: int = 1  # 2: pairs of neighbouring words are terms too (terms())

    def read(self, text: str) -> Reading:
        """The probability of each kind for a lowercase text (subject, newline, new text)."""
        idf = self.idf
        counts = Counter(t for t in terms(text, self.ngrams) if t in idf)
        values = {t: (1.0 + math.log(c)) * idf[t] for t, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in values.values())) or 1.0
        logits = list(self.bias)
        for t, v in values.items():
            scaled = v / norm
            logits = [acc + w * scaled for acc, w in zip(logits, self.weights[t], strict=True)]
        top = max(logits)
        exp = [math.exp(x - top) for x in logits]
        total = sum(exp)
        # (words, not pairs: how much there was to read is counted as it was before pairs were terms)
        return Reading({k: e / total for k, e in zip(self.kinds, exp, strict=True)},
                       words=sum(1 for t in counts if " " not in t))

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> WordModel:
        return cls(kinds=tuple(data["kinds"]), idf=dict(data["idf"]),
                   weights={t: tuple(ws) for t, ws in data["weights"].items()},
                   bias=tuple(data["bias"]), trained_on=str(data["trained_on"]), ngrams=int(data.get("ngrams", 1)))

    def to_json(self) -> dict[str, Any]:
        return {"kinds": list(self.kinds), "trained_on": self.trained_on, "ngrams": self.ngrams, "bias": list(self.bias),
                "idf": dict(sorted(self.idf.items())), "weights": {t: list(w) for t, w in sorted(self.weights.items())}}


@cache
def shipped() -> WordModel:
    """The model in the package, loaded on first use (about 3,000 words)."""
    raw = resources.files("agent").joinpath("data/word_model.json").read_text(encoding="utf-8")
    return WordModel.from_json(json.loads(raw))
