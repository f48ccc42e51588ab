"""Properties of extraction on any text: offsets index it, mentions never overlap (#3)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from standout.skills import extract_mentions

PIECES = [
    "C",
    "R",
    "Go",
    "go",
    "C++",
    "C#",
    ".NET",
    "Node.js",
    "Spring Boot",
    "Rust",
    "rest api",
    "forest",
    "X-Ray",
    "github.com/jane",
    "a@b.io",
    "Python3",
    "İ",
    "ß",
    "Access",
    "excel",
    "Julia",
    "and",
    "to",
    "R&D",
    "Objective-C",
]
SEPARATORS = ["", " ", ", ", "/", "-", "\n", ".", "(", ")"]

texts = st.one_of(
    st.text(max_size=80),
    st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(SEPARATORS)), max_size=10).map(
        lambda parts: "".join(piece + separator for piece, separator in parts)
    ),
)


@settings(max_examples=300, deadline=None)
@given(texts, st.booleans())
def test_mentions_index_the_text_in_order(text: str, list_context: bool) -> None:
    mentions = extract_mentions(text, list_context=list_context)
    for mention in mentions:
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
    for before, after in zip(mentions, mentions[1:], strict=False):
        assert before.end <= after.start
