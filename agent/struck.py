"""Struck-out text: the old slot a writer crossed out ("~~Tue 3pm~~ Wed 4pm").

HTML mail strikes text with <s>, <strike>, <del> or `text-decoration: line-through`; a plain
text part loses the line, leaving both times side by side with nothing to tell the old from the
new. Parse keeps the struck words (they still say what was moved) but wraps them in "~~", the
mark people type in plain text for the same thing, and the time reader (agent/slot.py) skips
whatever is between the marks: a crossed-out time is never the interview's.
"""

from __future__ import annotations

import re

from lxml import html as lxml_html

# What HTML with a strike in it must contain (the tags' own spellings and the style): a test by
# str.__contains__ on the lowered text, ~5x faster than a case-blind regex over a 40 KB newsletter.
STRIKE_MARKS = ("line-through", "<s>", "<s ", "<s\n", "<del", "<strike")
LINE_THROUGH = re.compile(r"text-decoration(?:-line)?\s*:[^;\"']*line-through", re.I)
STRUCK_TAGS = ("s", "strike", "del")
# "~~Tue 3pm~~": at most one line, and not so long that two unrelated "~~" pair up.
STRUCK_TEXT = re.compile(r"~~(?=\S)[^~\n]{1,200}?(?<=\S)~~")
MAX_STRUCK = 20  # struck pieces of one message worth carrying over to its plain part


def has_strike(html: str) -> bool:
    """The HTML may strike something out (a cheap test before any tree work: most mail has none)."""
    low = html.lower()
    return any(mark in low for mark in STRIKE_MARKS)


def is_struck(tag: str, style: str | None) -> bool:
    """An element that draws a line through its text."""
    return tag in STRUCK_TAGS or bool(style and LINE_THROUGH.search(style))


def mark(el: lxml_html.HtmlElement) -> None:
    """Wrap one struck element's text in "~~" (in place)."""
    el.text = "~~" + (el.text or "")
    if len(el):
        last = el[-1]
        last.tail = (last.tail or "") + "~~"
    else:
        el.text += "~~"


def mark_tree(doc: lxml_html.HtmlElement) -> None:
    """Mark every outermost struck element of a parsed document (a struck one inside another
    is marked once, by its ancestor)."""
    struck = [el for el in doc.iter() if isinstance(el.tag, str) and is_struck(el.tag.lower(), el.get("style"))]
    outer = set(struck)
    for el in struck:
        if not any(a in outer for a in el.iterancestors()):
            mark(el)


def pieces(text: str) -> list[str]:
    """The struck pieces of a marked text, without their marks, whitespace collapsed."""
    out = []
    for m in STRUCK_TEXT.finditer(text):
        piece = " ".join(m.group(0)[2:-2].split())
        if piece and piece not in out:
            out.append(piece)
    return out[:MAX_STRUCK]


def mark_plain(plain: str, struck: list[str]) -> str:
    """The plain part with the pieces the HTML part struck marked the same way: the first
    occurrence of each not already inside a mark."""
    for piece in struck:
        words = piece.split()
        if not any(ch.isdigit() for ch in piece):
            continue  # only a struck time matters to the reader; words are left as written
        pattern = re.compile(r"(?<!~~)" + r"\s+".join(re.escape(w) for w in words) + r"(?!~~)")
        m = pattern.search(plain)
        if m is not None:
            plain = plain[: m.start()] + "~~" + m.group(0) + "~~" + plain[m.end():]
    return plain


def blank(text: str) -> str:
    """The text with every struck piece (marks included) replaced by spaces: positions stay, so
    what the reader finds still points into the original text."""
    if "~~" not in text:
        return text
    return STRUCK_TEXT.sub(lambda m: " " * len(m.group(0)), text)
