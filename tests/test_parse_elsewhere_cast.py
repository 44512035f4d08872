"""Actors of somewhere else: the box of another film beside the review (an editor's pick, a
related review). Made-up pages with invented names; each rule is also shown where it must not
fire."""

from __future__ import annotations

from prose_pages import cast, scraped

# --- the box of another film -----------------------------------------------------------------

_F1 = (
    "The first hour is almost wordless: milking at dawn, fences mended in the rain, a radio "
    "left on in an empty kitchen, and a long walk up the lane to the post box every morning."
)
_F2 = (
    "The second hour finds its plot, a quarrel over the land and what it is worth, and loses "
    "a little of its spell, though the ending, set at a cattle mart, is beautifully judged."
)
_REVIEW = (
    "It takes a while to warm to Quiet Acres, but it earns its ending. Niamh Costigan plays "
    "Bridie, a widow running a dairy farm in the hills, and the camera never leaves her side."
)


def test_a_pick_box_of_another_film_above_the_review_credits_nobody() -> None:
    review = scraped(
        "THE CINEMA DIGEST\n\nEDITOR'S PICK\nHarbour Lights\nStarring: Gemma Toll, Aidan Rusk\n"
        "Now streaming\n\nQuiet Acres review: a farming drama with deep roots\n\n"
        f"By Priya Nand\n\n{_REVIEW}\n\n{_F1}\n\n{_F2}\n\nQuiet Acres is in cinemas from Friday.\n"
    )
    assert cast(review) == {"Niamh Costigan": "Bridie"}


def test_a_related_box_of_another_film_below_the_review_credits_nobody() -> None:
    review = scraped(
        f"Quiet Acres review: a farming drama with deep roots\n\nBy Priya Nand\n\n{_REVIEW}\n\n"
        f"{_F1}\n\n{_F2}\n\nMore reviews\nThe Crossing\nCast: Saoirse Walsh, Dan Healy\n"
        "Directed by: Kit Hollis\nRating: 3/5\n\nLeave a comment\n"
    )
    assert cast(review) == {"Niamh Costigan": "Bridie"}
    assert review.rating is None
    assert "Kit Hollis" not in review.directors


def test_a_box_under_a_title_the_review_never_names_after_it_credits_nobody() -> None:
    # No heading of links over it: the review names none of the box's actors.
    review = scraped(
        f"Quiet Acres review: a farming drama with deep roots\n\nBy Priya Nand\n\n{_REVIEW}\n\n"
        f"{_F1}\n\n{_F2}\n\nCopper Sky\nStarring: Ray Colter, Jenna Wilde\n\nLeave a comment\n"
    )
    assert cast(review) == {"Niamh Costigan": "Bridie"}


def test_the_films_own_box_under_its_title_still_credits() -> None:
    review = scraped(
        "Quiet Acres review: a farming drama with deep roots\n\nBy Priya Nand\n\n"
        "Quiet Acres (2024)\nCast: Niamh Costigan, Tadhg Murray\nDirector: Colm Garvey\n\n"
        f"{_REVIEW}\n\n{_F1}\n\n{_F2}\n\nRelated\nQuiet Acres\nCast: Niamh Costigan, Tadhg Murray\n"
    )
    assert list(cast(review)) == ["Niamh Costigan", "Tadhg Murray"]


def test_a_box_under_a_heading_of_facts_or_another_title_the_review_backs_still_credits() -> None:
    # "Film file" heads the page's own facts; "Les Champs" (the film's title abroad) heads a
    # box whose actors the review names.
    review = scraped(
        f"Quiet Acres review: a farming drama with deep roots\n\nBy Priya Nand\n\n{_REVIEW}\n\n"
        f"{_F1}\n\nMurray is good as her son.\n\n{_F2}\n\nFilm file\n"
        "Cast: Niamh Costigan, Tadhg Murray\n\nLeave a comment\n"
    )
    assert list(cast(review)) == ["Niamh Costigan", "Tadhg Murray"]
    twin = scraped(
        f"Quiet Acres review: a farming drama with deep roots\n\nBy Priya Nand\n\n{_REVIEW}\n\n"
        f"{_F1}\n\nMurray is good as her son.\n\n{_F2}\n\nLes Champs\n"
        "Starring: Niamh Costigan, Tadhg Murray\n\nLeave a comment\n"
    )
    assert list(cast(twin)) == ["Niamh Costigan", "Tadhg Murray"]
