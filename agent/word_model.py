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
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

# The tokens the model was trained on: runs of two or more word characters in lowercase text,
# which is what scikit-learn's default r"\b\w\w+\b" finds, a third faster without the \b tests.
TOKEN = re.compile(r"\w\w+")


def terms(text: str, ngrams: int = 1) -> list[str]:
    """The words of a lowercase text, and with `ngrams` 2 each pair of neighbours too ("moving forward", "not
    moving", "vous proposer"): what scikit-learn's ngram_range=(1, 2) makes of the same tokens. A pair says what a
    word alone cannot: "offer you" is not "offer letter", "not selected" is not "selected"."""
    tokens = TOKEN.findall(text)
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
