"""Matching for find in the review: folded like search, offsets in the original text."""

from __future__ import annotations

import itertools

from hypothesis import example, given
from hypothesis import strategies as st
from rich.console import Console
from rich.text import Text

from reeltui.search.terms import FindQuery, FoldedText, fold_with_offsets
from reeltui.text import fold
from reeltui.tui.main.reader import _line_origins

BLOCKS = [
    "‘The Martian’ (2015) Review",
    "Michael Peña plays Rick Martinez; the STRASSE of Straße.",
    "What’s the Movie About?",
    "Café au lait, then the red\u00a0planet.",
]


def found(query: FindQuery, blocks: list[str] = BLOCKS) -> list[str]:
    """The matched pieces of `blocks`, as the reader would mark them."""
    folded = FoldedText(blocks)
    pattern = query.pattern()
    assert pattern is not None
    joined = "\n".join(blocks)
    return [joined[start:end] for start, end in folded.find(pattern)]


def test_a_phrase_is_found_anywhere_without_case_or_accents() -> None:
    assert found(FindQuery("pena")) == ["Peña"]
    assert found(FindQuery("PEÑA")) == ["Peña"]
    assert found(FindQuery("cafe")) == ["Café"]
    assert found(FindQuery("mart")) == ["Mart", "Mart"]
    assert found(FindQuery("strasse")) == ["STRASSE", "Straße"]


def test_a_phrase_runs_over_any_space_but_never_from_one_block_into_the_next() -> None:
    assert found(FindQuery("red planet")) == ["red\u00a0planet"]
    assert found(FindQuery("  red   planet ")) == ["red\u00a0planet"]
    assert found(FindQuery("whats")) == []
    assert found(FindQuery("what’s the")) == ["What’s the"]
    assert found(FindQuery("what's the")) == ["What’s the"], "curly and straight quotes match"
    assert found(FindQuery("review michael")) == []


def test_headings_and_the_headline_are_found_too() -> None:
    assert found(FindQuery("the")) == ["The", "the", "the", "the", "the"]


def test_nothing_to_find() -> None:
    assert FindQuery("").pattern() is None
    assert FindQuery("   ").pattern() is None
    assert FindQuery("\x00").pattern() is None
    assert FindQuery("x", words=()).pattern() is None


def test_a_search_s_words_are_found_whole_and_the_last_as_a_beginning() -> None:
    query = FindQuery("mart red", words=("red", "peña"), prefix="mart")
    assert found(query) == ["Martian", "Peña", "Martinez", "red"]
    assert found(FindQuery("the", words=("the",))) == ["The", "the", "the", "the"], "not then"


def test_a_letter_folding_to_two_is_found_once() -> None:
    assert found(FindQuery("s"), ["ß"]) == ["ß"]
    assert found(FindQuery("ss"), ["ß"]) == ["ß"]


def test_accented_letters_keep_every_index_and_others_are_mapped() -> None:
    assert fold_with_offsets("Peña") == ("pena", None)
    folded, offsets = fold_with_offsets("Straße")
    assert folded == "strasse" and offsets is not None and list(offsets) == [0, 1, 2, 3, 4, 4, 5]


def test_a_combining_accent_goes_with_its_letter() -> None:
    assert found(FindQuery("cafe"), ["cafe\u0301!"]) == ["cafe\u0301"]


def test_positions_count_blocks_joined_by_one_character() -> None:
    folded = FoldedText(["ab", "", "cd"])
    assert folded.starts == [0, 3, 4]
    assert folded.text_of(4) == 2
    pattern = FindQuery("c").pattern()
    assert pattern is not None
    assert folded.find(pattern) == [(4, 5)]


def test_finding_stops_when_cancelled() -> None:
    folded = FoldedText(["a " * 10_000])
    pattern = FindQuery("a").pattern()
    assert pattern is not None
    assert len(folded.find(pattern)) == 10_000
    assert len(folded.find(pattern, cancelled=lambda: True)) == 2048


@given(st.text(min_size=0, max_size=60))
@example("Ꭰ")  # a capital `fold` keeps (Cherokee): lowering the folded text changed it
@example("Ꭰ Peña")
def test_folding_keeps_track_of_every_character(text: str) -> None:
    folded, offsets = fold_with_offsets(text)
    if offsets is None:
        assert len(folded) == len(text), "one for one: every index kept"
        assert all(fold(a) in (b, "") or b == " " for a, b in zip(text, folded, strict=True))
        return
    assert len(offsets) == len(folded)
    assert list(offsets) == sorted(offsets)
    assert all(0 <= offset < len(text) for offset in offsets)
    assert "".join(folded.split()) == "".join(fold(text).split())


@given(
    st.lists(
        st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=30), max_size=4
    ),
    st.text(st.characters(codec="utf-8", exclude_characters="\x00"), min_size=1, max_size=5),
)
def test_every_match_is_in_one_block_and_folds_like_the_query(
    blocks: list[str], typed: str
) -> None:
    query = FindQuery(typed)
    pattern = query.pattern()
    if pattern is None:
        return
    folded = FoldedText(blocks)
    joined = "\x00".join(blocks)
    spans = folded.find(pattern)
    for (_, end), (next_start, _) in itertools.pairwise(spans):
        assert end <= next_start
    wanted = "".join("".join(char for char in fold(typed) if char.isprintable()).split())
    for start, end in spans:
        piece = joined[start:end]
        assert "\x00" not in piece
        assert wanted in "".join(fold(piece).split())


@given(
    st.text(st.sampled_from("ab cdé\u00a0ñ字-—"), max_size=300),
    st.integers(min_value=10, max_value=40),
)
# A line filled by wide characters pushes the space after them to the next line, kept there.
@example("aaaaaaaaaaaaaaaa字字 a", 10)
def test_the_reader_knows_where_each_wrapped_line_starts(text: str, width: int) -> None:
    """Rich wraps a text into consecutive pieces; the reader finds each one's place in it."""
    console = Console(width=200)
    lines = Text(text).wrap(console, width, justify="left", overflow="fold")
    origins = _line_origins(text, [line.plain for line in lines])
    assert len(origins) == len(lines)
    for at, plain in origins:
        assert text[at : at + len(plain)] == plain
    starts = [at for at, _ in origins]
    assert starts == sorted(starts)
