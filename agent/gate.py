"""Literal gates for regexes: strings of which every match must contain one.

A feature's regex tries forty alternatives at every word of a 4,000-character text; most texts
hold none of the words that pattern needs. `required(pattern)` derives, from the compiled
pattern itself, a set of plain strings such that any match contains at least one of them, so a
text holding none of them cannot match and the regex need not run. The set is derived, never
written by hand: when a pattern changes, its gate changes with it. Where the derivation meets
anything it does not model (case-insensitive matching, back-references, an unknown opcode) it
returns None: no gate, the regex always runs. tests/test_fast_paths.py holds gated searches to
the plain ones on the corpora and on made-up text.
"""

from __future__ import annotations

import hashlib
import heapq
import importlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from itertools import chain, compress
from operator import itemgetter
from typing import Any

import ahocorasick

# The stdlib's own regex parser (re._parser; sre_parse before 3.11): the tree the engine compiles.
try:
    _parser: Any = importlib.import_module("re._parser")
    _c: Any = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - an interpreter without it simply gets no gates
    _parser = _c = None

MAX_STRINGS = 64  # a finite language larger than this is not expanded
WORTH_WORDS = 20  # keys to look for above which words(text) is made first
MAX_GROUP = 8  # strings checked behind one piece, at most
_Strings = frozenset[str]


_WordsOf = dict[str, tuple[list[str], list[str]]]  # a string's words of five letters or more, and of four or more


class _Unknown(Exception):
    """The pattern uses something this module does not model: no gate."""


def words(text: str) -> str:
    """The distinct whitespace-separated tokens of `text`, joined by spaces: a string holding no
    whitespace occurs in `text` exactly when it occurs in this (often far shorter) one, since
    any occurrence lies inside one token. Worth making once per text when many gates read it."""
    return " ".join(set(text.split()))


def _solid(s: str) -> bool:
    return s.split() == [s]


@dataclass(frozen=True)
class Key:
    """A piece every string of `group` holds; when the piece is in the text, one of the strings
    must be too (`group` None: the piece alone is one of the strings, or the group is too big to
    be checked string by string; then `inner`, if any, gates the group's strings by their other
    pieces: "special offer" holds "offer" but none of the 80 phrases built on it). `solid`
    pieces and strings hold no whitespace: they are looked for in words(text)."""

    piece: str
    solid: bool
    group: tuple[tuple[str, bool], ...] | None
    inner: Nested | None = None


@dataclass
class Nested:
    """The gate of a big group by the pieces its strings hold besides those in `taken`, made the
    first time one of `taken` is found in a text: most pieces never are, and making every
    nested gate up front cost a third of the derivation."""

    strings: set[str]
    taken: frozenset[str]
    words_of: _WordsOf
    made: Gate | None = None
    shipped: list[Any] | None = None  # the gate as the shipped file has it (to_json), made into one on first use too

    def gate(self) -> Gate:
        if self.made is None:
            self.made = _from_json(self.shipped) if self.shipped is not None else None
        if self.made is None:
            self.made = _gate_of(self.strings, self.taken, self.words_of)
        return self.made

    def passes(self, text: str, text_words: str | None, finder: Finder | None = None) -> bool:
        return self.gate().passes(text, text_words, finder)


@dataclass(frozen=True)
class Gate:
    """Required strings (every match holds one), grouped under the pieces they share."""

    keys: tuple[Key, ...]

    def passes(self, text: str, text_words: str | None = None, finder: Finder | None = None) -> bool:
        """False only when no match is possible. `text_words` is words(text), if already made. `finder` finds the
        pieces (the shipped gates' shared one by default): the pieces of the text are then found in one pass and the
        gate's own picked out by one set intersection, in C (most texts hold few of a gate's pieces, often none).
        A gate the finder does not know searches for each piece in turn; for many keys words(text) is made for that
        (one pass over the text costs about what twenty substring searches do)."""
        finder = finder or _finder()
        if self.found_by(finder):
            solid_hay = text if text_words is None else text_words
            by_piece = self.by_piece
            return any(self._key_passes(by_piece[piece], text, text_words, solid_hay, finder)
                       for piece in self.pieces.intersection(finder.found(text)))
        if text_words is None and len(self.keys) > WORTH_WORDS:
            text_words = words(text)
        solid_hay = text if text_words is None else text_words
        (solid_keys, solid), (loose_keys, loose) = self.by_hay
        keys = chain(compress(solid_keys, map(solid_hay.__contains__, solid)),
                     compress(loose_keys, map(text.__contains__, loose)))
        return any(self._key_passes(key, text, text_words, solid_hay, finder) for key in keys)

    @staticmethod
    def _key_passes(key: Key, text: str, text_words: str | None, solid_hay: str, finder: Finder) -> bool:
        """Whether a key whose piece the text holds lets it through: its nested gate, or one string of its group."""
        if key.inner is not None:
            return key.inner.passes(text, text_words, finder)
        return key.group is None or any(s in (solid_hay if solid else text) for s, solid in key.group)

    @cached_property
    def by_piece(self) -> dict[str, Key]:
        """The keys by their pieces (a gate's pieces are distinct: _cover gives one key per piece)."""
        return {k.piece: k for k in self.keys}

    @cached_property
    def by_hay(self) -> tuple[tuple[tuple[Key, ...], tuple[str, ...]], tuple[tuple[Key, ...], tuple[str, ...]]]:
        """The keys looked for in words(text), then those looked for in the text itself, each with their pieces."""
        solid = tuple(k for k in self.keys if k.solid)
        loose = tuple(k for k in self.keys if not k.solid)
        return (solid, tuple(k.piece for k in solid)), (loose, tuple(k.piece for k in loose))

    @cached_property
    def pieces(self) -> frozenset[str]:
        """Every key's piece: a text holding none of them passes no key."""
        return frozenset(k.piece for k in self.keys)

    def found_by(self, finder: Finder) -> bool:
        """Whether `finder` looks for every piece of this gate (those of the shipped gates, not those of a gate derived
        since): the gate then reads its pieces from the finder's found sets, and otherwise searches for each itself."""
        known = self.__dict__.get("_found_by")
        if known is None or known[0] is not finder:
            known = (finder, finder.pieces.issuperset(k.piece for k in self.keys))
            self.__dict__["_found_by"] = known
        return known[1]


class Finder:
    """Every piece of the shipped gates in one Aho-Corasick automaton (pyahocorasick, in C): the pieces a text holds are
    found in one pass over it, which the hundred gates a message meets then share, where each gate searched the text
    for each of its hundred pieces in turn (on bench/throughput.py that was a fifth of all the time spent reading
    mail). The found sets of the last few texts are kept by the text's identity: a message's subject and body are read
    by every feature in turn."""

    def __init__(self, pieces: Iterable[str]) -> None:
        self.pieces = frozenset(pieces)
        self.automaton = ahocorasick.Automaton()
        for piece in self.pieces:
            self.automaton.add_word(piece, piece)
        if self.pieces:
            self.automaton.make_automaton()
        self._kept: dict[int, tuple[str, set[str]]] = {}

    def found(self, text: str) -> set[str]:
        """The pieces `text` holds."""
        kept = self._kept.get(id(text))
        if kept is not None and kept[0] is text:  # the text is held here, so its id is not yet another's
            return kept[1]
        if len(self._kept) >= KEEP_FOUND:
            self._kept.clear()
        got = set(map(itemgetter(1), self.automaton.iter(text))) if self.pieces else set()
        self._kept[id(text)] = (text, got)
        return got


KEEP_FOUND = 16  # texts whose found pieces are kept: the parts of one message


def _finder() -> Finder:
    """The finder of the shipped gates as they are read now (made again only when they are read again)."""
    shipped = _shipped()
    if _FINDER[0] is not shipped:
        _FINDER[:] = [shipped, Finder(_pieces(shipped.values()))]
    finder: Finder = _FINDER[1]
    return finder


_FINDER: list[Any] = [None, None]  # the shipped gates' dict, and its finder


def _pieces(gates: Iterable[list[Any] | None]) -> set[str]:
    """The pieces of shipped gates (to_json's lists), nested gates' too."""
    out: set[str] = set()
    for keys in gates:
        for piece, _, _, inner in keys or ():
            out.add(piece)
            out |= _pieces([inner])
    return out


def held(text: str) -> set[str]:
    """The pieces of the shipped gates that `text` holds (kept for the text, as the gates read them)."""
    return _finder().found(text)


def pieces_of(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The pieces of a pattern's gate when held() looks for all of them: a text whose held() has none of them cannot
    match (None: no gate, or one derived since the shipped file, whose pieces held() may not find)."""
    g = gate(pattern)
    return g.pieces if g is not None and g.found_by(_finder()) else None


def gate(pattern: re.Pattern[str]) -> Gate | None:
    """The gate of a pattern, on first use read from the shipped gates or else derived, and kept.
    Kept by the pattern's identity, not its hash: hashing a compiled pattern hashes its whole
    program (10 us for a big feature), which would cost more than the gate saves. Meant for
    module-level patterns (each is kept alive here)."""
    known = _GATES.get(id(pattern))
    if known is not None and known[0] is pattern:
        return known[1]
    if len(_GATES) > 4096:  # patterns made on the fly would otherwise pile up
        _GATES.clear()
    shipped = _shipped().get(pattern_key(pattern), _NOT_SHIPPED)
    made = _derive(pattern) if shipped is _NOT_SHIPPED else _from_json(shipped)
    _GATES[id(pattern)] = (pattern, made)
    return made


_GATES: dict[int, tuple[re.Pattern[str], Gate | None]] = {}

# The gates of the package's own patterns, derived ahead by tools/derive_gates.py (`make gates`) and
# shipped beside the word model: deriving the 117 of them costs half a second, which every process
# paid on its first message (a third of a 2,000-message run's time, and all of a one-message
# `followup classify`'s wait). Looked up by the pattern's text, so a pattern changed since is not
# found and is derived as before: a stale file costs time, never a wrong reading, and
# tests/test_fast_paths.py holds the file to the derivation.
SHIPPED = "data/gates.json"
DERIVATION = 1  # raise when the derivation changes: a file made by an older one is then not read
_NOT_SHIPPED = object()


def pattern_key(pattern: re.Pattern[str]) -> str:
    """A pattern's name in the shipped gates: a digest of its flags and text (the text of a big
    feature is 20 KB; digesting it once per process costs microseconds)."""
    return hashlib.blake2b(f"{pattern.flags}\0{pattern.pattern}".encode(), digest_size=12).hexdigest()


@cache
def _shipped() -> dict[str, Any]:
    """The shipped gates by key; none (every gate derived) when the file is missing, unreadable or
    made by another derivation: a gate is only ever slower for it, never wrong."""
    try:
        made = json.loads(resources.files("agent").joinpath(SHIPPED).read_text(encoding="utf-8"))
        gates: dict[str, Any] = made["gates"] if made.get("derivation") == DERIVATION else {}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}
    return gates


def to_json(g: Gate | None) -> list[Any] | None:
    """A gate as plain lists, nested gates made and written out: [piece, solid, group, inner]."""
    if g is None:
        return None
    return [[k.piece, k.solid, None if k.group is None else [[s, solid] for s, solid in k.group],
             None if k.inner is None else to_json(k.inner.gate())] for k in g.keys]


def _from_json(keys: list[Any] | None) -> Gate | None:
    if keys is None:
        return None
    return Gate(tuple(Key(piece, solid, None if group is None else tuple((s, b) for s, b in group),
                          None if inner is None else Nested(set(), frozenset(), {}, shipped=inner))
                      for piece, solid, group, inner in keys))


def shipped_json(patterns: Iterable[re.Pattern[str]]) -> dict[str, Any]:
    """What tools/derive_gates.py writes: every pattern's gate, derived now, by its key."""
    return {"about": "regex gates derived by tools/derive_gates.py (make gates); see agent/gate.py",
            "derivation": DERIVATION, "gates": {pattern_key(p): to_json(_derive(p)) for p in sorted(patterns, key=pattern_key)}}


def _derive(pattern: re.Pattern[str]) -> Gate | None:
    strings = required(pattern)
    if strings is None:
        return None
    words_of = {s: (_LONG_WORD.findall(s), _WORD.findall(s)) for s in strings}
    return _gate_of(strings, frozenset(), words_of)


def _gate_of(strings: _Strings | set[str], taken: frozenset[str], words_of: _WordsOf) -> Gate:
    """The gate of `strings`, by pieces other than those in `taken` (already found in the text)."""
    keys = []
    for piece, group in sorted(_cover(strings, words_of, taken).items()):
        if piece in group:
            keys.append(Key(piece, _solid(piece), None))
        elif len(group) <= MAX_GROUP:
            keys.append(Key(piece, _solid(piece), tuple((s, _solid(s)) for s in sorted(group))))
        else:
            keys.append(Key(piece, _solid(piece), None, Nested(group, taken | {piece}, words_of)))
    return Gate(tuple(keys))


def search(pattern: re.Pattern[str], text: str, text_words: str | None = None) -> re.Match[str] | None:
    """pattern.search(text), skipped when its gate shows no match is possible."""
    g = gate(pattern)
    if g is not None and not g.passes(text, text_words):
        return None
    return pattern.search(text)


def search_alone(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """pattern.search(text) for a big pattern read on a text of its own (not one the features share): gated by a finder
    of this pattern's pieces alone. The shared finder reports every one of 22,000 pieces a text holds (500 in a
    3,000-character newsletter), which the features' hundred gates then share; one gate needs only its own (vocab's job
    words on every message's first 6,000 characters: a fifth of the time spent reading a mailbox)."""
    g = gate(pattern)
    if g is not None and not g.passes(text, finder=_own_finder(pattern, g)):
        return None
    return pattern.search(text)


def _own_finder(pattern: re.Pattern[str], g: Gate) -> Finder:
    known = _OWN_FINDERS.get(id(pattern))
    if known is None or known[0] is not pattern:
        known = _OWN_FINDERS[id(pattern)] = (pattern, Finder(_pieces([to_json(g)])))
    return known[1]


_OWN_FINDERS: dict[int, tuple[re.Pattern[str], Finder]] = {}  # for module-level patterns, as _GATES


def finditer_parts(parts: tuple[re.Pattern[str], ...], text: str, text_words: str | None = None) -> Iterator[re.Match[str]]:
    """The matches `re.compile("(?:A|B|C|D)").finditer(text)` gives, found from that alternation cut into consecutive
    `parts` ("(?:A|B)", "(?:C|D)"; none may match an empty string), each searched only where its gate passes.

    Equal to the whole pattern's: the engine takes, at the leftmost position where some branch matches, the first
    branch in order that does, and looks on from that match's end; here the earliest next match among the parts is
    taken, the first part on a tie, and a part whose next match began before that end is searched again from it. A
    phrasebook list tried whole ran six hundred alternatives at every position of every job mail (two fifths of the
    time spent reading the corpus); a message holds the strings of a few parts."""
    live = [p for p in parts if (g := gate(p)) is None or g.passes(text, text_words)]
    ahead = [p.search(text) for p in live]
    while True:
        first = None
        for m in ahead:
            if m is not None and (first is None or m.start() < first.start()):
                first = m
        if first is None:
            return
        yield first
        end = first.end() if first.end() > first.start() else first.start() + 1
        for i, m in enumerate(ahead):
            if m is not None and m.start() < end:
                ahead[i] = live[i].search(text, end)


def required(pattern: re.Pattern[str]) -> _Strings | None:
    """Strings one of which every match of `pattern` contains, or None when none are known.
    An empty string is never in the set: it would let every text through."""
    if _parser is None or pattern.flags & (re.IGNORECASE | re.LOCALE) or not isinstance(pattern.pattern, str):
        return None
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
        return _need(tree)
    except (_Unknown, RecursionError, ValueError, TypeError, AttributeError, re.error):
        return None


_LONG_WORD = re.compile(r"\w{5,}")
_WORD = re.compile(r"\w{4,}")


def _cover(strings: _Strings | set[str], words_of: _WordsOf, taken: frozenset[str] = frozenset()) -> dict[str, set[str]]:
    """The required strings grouped under pieces they hold: a match holding `s` holds every
    piece of `s`, so a text without the piece cannot hold `s`. A string's pieces are its words
    of five letters or more, else of four; a string with neither is its own piece. Pieces that
    many strings share are taken first (longer ones on a tie), so forty phrases are looked for
    as the handful of words they are built on; a piece inside another chosen piece takes over
    that one's group (the longer piece in a text means the shorter one is there too). Pieces
    inside one of `taken` tell nothing new and are passed over."""
    named = {w for s in strings for w in _new(words_of[s][0], taken) or _new(words_of[s][1], taken) or {s}}
    pieces = {w: {s for s in strings if w in s} for w in named}
    groups = _greedy(pieces, set(strings))
    for piece in sorted(groups, key=len, reverse=True):
        inner = [o for o in groups if o != piece and o in piece]
        if inner:
            groups[min(inner)] |= groups.pop(piece)
    return groups


def _new(pieces: list[str], taken: frozenset[str]) -> set[str]:
    if not taken:
        return set(pieces)
    return {w for w in pieces if not any(w in t for t in taken)}


def _greedy(pieces: dict[str, set[str]], left: set[str]) -> dict[str, set[str]]:
    """Greedy set cover: again and again, the piece held by the most strings not yet covered
    (longer, then greater, on a tie) takes those strings. A piece's count only falls as strings
    are covered, so a count once taken is an upper bound: a heap of such bounds finds the best
    piece by recounting only the few at its top (a plain max over every piece at every step
    cost a third of the derivation for the big features)."""
    rank = {w: i for i, w in enumerate(sorted(pieces, key=lambda w: (len(w), w)))}
    heap = [(-len(holders & left), -rank[w], w) for w, holders in pieces.items()]
    heapq.heapify(heap)
    groups: dict[str, set[str]] = {}
    while left:
        _, minus_rank, best = heapq.heappop(heap)
        count = len(pieces[best] & left)
        if heap and (-count, minus_rank) > heap[0][:2]:
            heapq.heappush(heap, (-count, minus_rank, best))  # its bound was stale: others may now beat it
            continue
        groups[best] = pieces[best] & left
        left -= pieces[best]
    return groups


_RUN = "literal run"  # the op of a node _coalesce makes: av is the string of the literals it joins


def _coalesce(items: Any) -> list[tuple[Any, Any]]:
    """The nodes of a parsed sequence (a re._parser SubPattern, read through its plain list: its
    item access is Python code), with each run of single literals as one node: "interview" is
    one string, not a product of nine one-letter sets (the derivation's main cost). The strings
    are the same: a product with a one-string set never grows a set, so never meets MAX_STRINGS."""
    out: list[tuple[Any, Any]] = []
    run: list[str] = []
    for op, av in getattr(items, "data", items):
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            out.append((_RUN, "".join(run)))
            run = []
        out.append((op, av))
    if run:
        out.append((_RUN, "".join(run)))
    return out


def _exact(node: tuple[Any, Any]) -> _Strings | None:
    """Every string this one node can match, when that is a small finite set (zero-width
    assertions match the empty string), else None."""
    op, av = node
    if op is _RUN:
        return frozenset((av,))
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return frozenset(("",))
    if op is _c.IN:
        chars = set()
        for item_op, item in av:
            if item_op is _c.LITERAL:
                chars.add(chr(item))
            elif item_op is _c.RANGE and item[1] - item[0] < 16:
                chars.update(chr(i) for i in range(item[0], item[1] + 1))
            else:
                return None  # a negation, a category, a wide range
        return frozenset(chars) if chars else None
    if op is _c.SUBPATTERN:
        _check_flags(av[1], av[2])
        return _exact_seq(av[3])
    if op is _c.ATOMIC_GROUP:
        return _exact_seq(av)
    if op is _c.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            strings = _exact_seq(alt)
            if strings is None:
                return None
            out |= strings
            if len(out) > MAX_STRINGS:
                return None
        return frozenset(out)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        lo, hi, sub = av
        if (lo, hi) not in ((0, 1), (1, 1)):
            return None
        strings = _exact_seq(sub)
        if strings is None:
            return None
        return strings | {""} if lo == 0 else strings
    if op in (_c.ANY, _c.NOT_LITERAL, _c.CATEGORY):
        return None
    if op in (_c.GROUPREF, _c.GROUPREF_EXISTS):
        raise _Unknown(str(op))
    raise _Unknown(str(op))


def _exact_seq(items: Any) -> _Strings | None:
    out: _Strings | None = frozenset(("",))
    for node in _coalesce(items):
        strings = _exact(node)
        if strings is None or out is None:
            return None
        out = _product(out, strings)
    return out


def _product(left: _Strings, right: _Strings) -> _Strings | None:
    if len(left) * len(right) > MAX_STRINGS:
        return None
    return frozenset(a + b for a in left for b in right)


def _need(items: Any) -> _Strings | None:
    """Required strings of a sequence: the best of its candidates. A run of nodes with small
    finite languages gives the product of them (every match holds one of those strings, in one
    piece); any other node gives its own required strings."""
    candidates: list[_Strings] = []
    run: _Strings = frozenset(("",))
    for node in _coalesce(items):
        strings = _exact(node)
        if strings is not None:
            joined = _product(run, strings)
            if joined is not None:
                run = joined
                continue
            candidates.append(run)
            run = strings
            continue
        candidates.append(run)
        run = frozenset(("",))
        inner = _need_node(node)
        if inner is not None:
            candidates.append(inner)
    candidates.append(run)
    return _best(c for c in candidates if "" not in c)


def _need_node(node: tuple[Any, Any]) -> _Strings | None:
    op, av = node
    if op is _c.SUBPATTERN:
        _check_flags(av[1], av[2])
        return _need(av[3])
    if op is _c.ATOMIC_GROUP:
        return _need(av)
    if op is _c.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            strings = _need(alt)
            if strings is None:
                return None
            out |= strings
        return frozenset(out)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        lo, _, sub = av
        return _need(sub) if lo >= 1 else None
    if op in (_c.GROUPREF, _c.GROUPREF_EXISTS):
        raise _Unknown(str(op))
    return None  # any character, a class, a category: nothing required


def _check_flags(add: int, remove: int) -> None:
    if add & (re.IGNORECASE | re.LOCALE) or remove:
        raise _Unknown("inline flags")


def _best(candidates: Iterable[_Strings]) -> _Strings | None:
    """The most selective set: the longest shortest string, then the fewest strings."""
    ranked = sorted((c for c in candidates if c), key=lambda c: (-min(len(s) for s in c), len(c), sorted(c)))
    return ranked[0] if ranked else None
