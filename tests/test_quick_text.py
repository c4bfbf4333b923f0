"""quick_text (the fast tag stripper) must give exactly what the careful per-tag scan gives."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from agent.mime import Irregular, leaves
from agent.parse import quick_text, quick_text_careful

CORPUS = Path(__file__).parent / "corpus"

# Pieces that steer the scan: comments, blocks skipped to their close, look-alikes, unclosed tags,
# entities, case and spacing variants, and characters whose lower case is longer ("İ").
PIECES = [
    "<p>", "</p>", "<div class='a'>", "<!--", "-->", "<!-->", "<script>", "</script>", "<SCRIPT type=x>",
    "</SCRIPT >", "< script>", "<scripts>", "<script2>", "<style>", "</style>", "<head>", "</head>",
    "<header>", "<heading>", "<" + " " * 16 + "header>", "<a <b>", "<", ">", "&amp;", "&nbsp;", "&#x3c;",
    "text", "interview", " ", "\n", "\t", "\xa0", "İ", "ſcript", "<ſcript>", "<br/>", "x<y", "a>b",
]


def _html_parts() -> list[str]:
    out = []
    for eml in sorted(CORPUS.glob("*/*.eml")):
        try:
            found = leaves(eml.read_bytes())
        except Irregular:
            continue  # mail the fast walker refuses is read by the stdlib parser (test_parse's fallback test)
        for leaf in found:
            if leaf.ctype == "text/html":
                out.append(leaf.text)
    return out


def test_fast_equals_careful_on_the_fixture_corpus():
    parts = _html_parts()
    assert len(parts) >= 10
    for html in parts:
        assert quick_text(html) == quick_text_careful(html)


def test_fast_equals_careful_on_the_documented_traps():
    for html in [
        "<p>a</p><script>var x = '<b>';</script><p>b &amp; c</p>",
        "<p>a</p><script " + "x<y " * 100,
        "<p>a</p><!-- " + "<p>x</p>" * 100,
        "<p>a</p><!-- hidden --><STYLE>p{}</STYLE>b",
        "<p>İİ</p><script>x</script>after <b>bold</b>",
        "a <scripts>b</scripts> c <headline>d",
        "",
        "no tags at all &amp; entities",
    ]:
        assert quick_text(html) == quick_text_careful(html), html


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES) | st.text(max_size=5), max_size=40))
def test_fast_equals_careful_on_random_markup(pieces):
    html = "".join(pieces)
    assert quick_text(html) == quick_text_careful(html)
