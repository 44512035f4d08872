"""Families of credit wording read from the older held-out pages in round nine. Small made-up
pages with invented names: each test fails if its rule goes."""

from __future__ import annotations

from reeltui.parse.roles import only_compared

from prose_pages import cast, page

_AFTER_A_COMMA = (
    "The premiere, directed by Mara Olsen with the same cool precision she brought to much of "
    "the first season, opens with Tom (Hal Mercer) running down the empty pier at dawn."
)


def test_a_comparison_ends_at_a_comma_before_a_clause_of_its_own() -> None:
    assert not only_compared("Hal Mercer", [_AFTER_A_COMMA], season=2)
    review = page(_AFTER_A_COMMA, headline="Salt Harbour season 2 review")
    assert cast(review) == {"Hal Mercer": "Tom"}


def test_an_apposition_after_the_comparison_is_still_compared() -> None:
    text = "The stars of the first season, Hal Mercer and Lia Sand, are nowhere to be seen."
    assert only_compared("Hal Mercer", [text], season=2)


def test_a_surname_that_begins_with_s_is_no_title_word() -> None:
    # "Shome" once read as "home" (a word of film titles), and the pair was thrown away.
    review = page(
        "In the harbour town they work with Inspector Ines Calder (Lia Shome), a sharp, tired "
        "officer who has seen too many city detectives come and go.",
    )
    assert cast(review) == {"Lia Shome": "Inspector Ines Calder"}
