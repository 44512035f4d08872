"""The cheaper tests the roles' first pass makes before a rule give the answer of the plain
tests they stand for, on arbitrary text made of the cue words' pieces."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reeltui.parse import roles

_PIECES = [
    "role", "part", "shoes", "boots", "mask", "cape", "costume", "skin", "armour", "parole",
    " of", "of", "off", " often", "title", " ", "x", "é", "’", "\n",
]  # fmt: skip
_TEXTS = st.lists(st.sampled_from(_PIECES) | st.text(max_size=3), max_size=14).map("".join)


def _worn_of_plainly(low: str) -> bool:
    return "role of" in low or "part of" in low or any(map(low.__contains__, roles._WORN_OF))


@settings(max_examples=300)
@given(text=_TEXTS)
def test_the_role_of_words_are_found_as_by_a_search_for_each(text: str) -> None:
    low = text.lower()
    assert roles._worn_of(low) == _worn_of_plainly(low)


def test_the_role_of_words_at_the_edges_and_inside_other_words() -> None:
    for low in ("role of", "the role of x", "parole officer", "a role ofx", "skin off"):
        assert roles._worn_of(low) == _worn_of_plainly(low), low
    assert roles._worn_of("in the shoes of a clown")
    assert not roles._worn_of("a role, of sorts")


_NAMED = [
    "Lund", "Lund, ", "Ada Lund, ", ", ", ",", "Sand", "Sandy, ", "His ", "Her ", "H", ". ",
    "! ", "? ", "As ", "Playing ", "Cast as ", "In the role ", "In the title role ", "x", "\n",
]  # fmt: skip
_NAMED_TEXTS = st.lists(st.sampled_from(_NAMED) | st.text(max_size=3), max_size=12).map("".join)


@settings(max_examples=300)
@given(text=_NAMED_TEXTS)
def test_a_surname_before_a_comma_is_found_as_by_a_search_for_each(text: str) -> None:
    known = roles.Known({"ada lund": "Ada Lund", "tom sand": "Tom Sand"}, set())
    plainly = any(f"{word}, " in text for word in known.single_words())
    assert known.apposed_in(text) == plainly


@settings(max_examples=300)
@given(text=_NAMED_TEXTS)
def test_a_sentence_opening_on_the_part_is_found_as_by_a_search_for_each(text: str) -> None:
    assert roles._leading_cue(text) == any(cue in text for cue in roles._LEADING_CUES)


def test_no_surname_before_a_comma_without_credited_names() -> None:
    assert not roles.Known({}, set()).apposed_in("Lund, the ferryman")
    assert roles.Known({"ada lund": "Ada Lund"}, set()).apposed_in("Lund, the ferryman")


_CLAUSE_PIECES = [
    "Ada Lund", "Lund", " ", ", ", ",", "  ", "\n", "a ", "the ", "his ", "Tom’s ", "Tom's ",
    "quiet ", "with ", "menace ", "charm ", "as ", "Winston", "Ines Roan", ". ", "who", "and ",
    "x", "é", "’",
]  # fmt: skip
_CLAUSES = st.lists(st.sampled_from(_CLAUSE_PIECES) | st.text(max_size=2), max_size=16).map("".join)


@settings(max_examples=500)
@given(text=_CLAUSES)
def test_a_match_is_only_where_its_tail_is(text: str) -> None:
    # The tail searched first holds every match of the whole expression: none is lost.
    for whole, tail in (
        (roles._WITH_QUALITY_AS, roles._WITH_QUALITY_TAIL),
        (roles._APPOSED_ROLE, roles._APPOSED_TAIL),
    ):
        if whole.search(text) is not None:
            assert tail.search(text) is not None


def test_the_tails_hold_their_expressions_matches() -> None:
    quality = "Ada Lund runs the hotel with velvet menace as Winston, and more."
    apposed = "Ada Lund, the quiet Ines Roan, steals it."
    assert roles._WITH_QUALITY_AS.search(quality) and roles._WITH_QUALITY_TAIL.search(quality)
    assert roles._APPOSED_ROLE.search(apposed) and roles._APPOSED_TAIL.search(apposed)
    assert not roles._WITH_QUALITY_TAIL.search("Ada Lund plays it with charm.")
    assert not roles._APPOSED_TAIL.search("Ada Lund, a student who dreams of tundras.")


@settings(max_examples=300)
@given(
    text=st.text(
        alphabet=st.sampled_from(" \t\n\r\x0b\x0c\x1c\x1f\x00a,é\u00a0\u2028x"), max_size=12
    )
)
def test_the_cast_cues_are_read_the_same_whichever_search_is_chosen(text: str) -> None:
    # The quicker search is chosen only where the space is the only white space.
    if roles._spaced_only(text):
        assert all(c == " " for c in text if c.isspace())
    for probe in (f"{text} leads the cast", f"Ada Lund{text}co-stars\nopposite"):
        plain = [(m.start(), m.group()) for m in roles._CAST_NEEDLES.finditer(probe, 1)]
        if roles._spaced_only(probe):
            chosen = [(m.start(), m.group()) for m in roles._CAST_NEEDLES_SPACED.finditer(probe, 1)]
            assert chosen == plain
