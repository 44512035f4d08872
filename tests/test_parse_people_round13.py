"""Credits in prose, round 13: shapes read on pages from sites the rules were not written for
("Character (voice of X)", …). Small made-up pages with invented names and titles: each test
fails if its rule goes, and most have a twin the rule must leave alone."""

from __future__ import annotations

from prose_pages import cast, page


def test_a_character_with_the_voice_of_an_actor_in_brackets() -> None:
    review = page(
        "In a fishing village, ten-year-old Pip Lorrow (voice of Dana Whitcombe) befriends a "
        "talking gull, and his grandmother, Ada (the voice of Morwenna Tye), runs the inn. "
        "The harbourmaster, Bram Colley (voice of Otis Fenwright Jr.), wants the gull gone.",
    )
    assert cast(review) == {
        "Dana Whitcombe": "Pip Lorrow",
        "Morwenna Tye": "Ada",
        "Otis Fenwright Jr.": "Bram Colley",
    }


def test_the_voice_of_something_that_is_no_person_credits_nobody() -> None:
    review = page(
        "Pip's grandmother (the voice of reason in a house of dreamers) runs the inn, and the "
        "gull (voice of the sea itself, says the narrator) steals the show.",
    )
    assert cast(review) == {}
