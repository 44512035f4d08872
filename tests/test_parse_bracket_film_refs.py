"""A bracket that holds a maker and a year names another film, never an actor and a part."""

from __future__ import annotations

from prose_pages import cast, page


def test_a_season_line_of_other_films_with_their_makers_credits_nobody() -> None:
    review = page(
        "Part of our harbour season, with Tidewater (Ana Lindqvist, 1969) and Iron Gulls "
        "(Pavel Rudenko, 1925)."
    )
    assert cast(review) == {}


def test_a_twin_with_the_films_in_a_sentence_of_comparison() -> None:
    review = page(
        "It keeps company with The Long Quay (Marta Okafor-Reyes, 2004) more than with any "
        "recent thriller, and it knows it."
    )
    assert cast(review) == {}


def test_a_character_and_actor_pair_is_still_read() -> None:
    review = page(
        "Eliza (Maren Holt) runs the ferry and her brother Tom (Jonas Eberle) keeps the books.",
        labels="Cast: Maren Holt, Jonas Eberle",
    )
    assert cast(review) == {"Maren Holt": "Eliza", "Jonas Eberle": "Tom"}
