"""A title line the review never names, each on a page made up for the test, with twins the
rule must leave alone: the title's age after it ("X at 25"), a kicker or a caption before it, a
site's label before "Review:", a maker's possessive; and the titles that stay (a title marked
by "review:" over a sentence about its cast, a title in title case with its subtitle)."""

from __future__ import annotations

import pytest

from prose_pages import P1, P2, P3, SALT, SALT2, SALT3, scraped

# --- a title the review never names ------------------------------------------------------------


@pytest.mark.parametrize(
    "headline",
    [
        "The Salt Road at 25: Lima’s harbour parable still bites",
        "THE SALT ROAD at 25: Summer Is Here, and It's Still Burning",
        "Harbour Classics: Ten years after, The Salt Road still casts its spell",
        "Memory on Film: Ana Lima's The Salt Road",
        "Reel Review: THE SALT ROAD (1999) Is Still the Quietest Wonder",
        "A still from The Salt Road (1999), directed by Ana Lima, showing the harbour",
    ],
)
def test_a_title_line_the_review_never_names_gives_way_to_the_part_it_does(
    headline: str,
) -> None:
    review = scraped(f"{headline}\n\nBy Jane Doe\n\n{SALT}\n\n{SALT2}\n\n{SALT3}\n\n{P3}\n")
    assert review.film.title.lower() == "the salt road"


def test_a_title_marked_by_review_stays_when_a_person_follows() -> None:
    # "X review: A B and C D …": X is the title, the names are the cast, whatever the review
    # names most.
    body = (
        "The storm at the heart of the film is played by Ana Lima as a slow siege, and Tom Hale "
        "as the keeper's brother answers her, played by Ana Lima with a fury held in check.",
    )
    review = scraped(
        f"Gullwing review: Ana Lima and Tom Hale break hearts on the coast\n\nBy Jane Doe\n\n"
        f"{body[0]}\n\n{P1}\n\n{P3}\n"
    )
    assert review.film.title == "Gullwing"


def test_a_title_in_title_case_keeps_its_subtitle_the_review_never_writes() -> None:
    body = (
        "The Long Tide returns, and this chapter of The Long Tide is the best of them, a story "
        "of two sisters and one boat told with patience and a great deal of care."
    )
    review = scraped(
        f"Harbour Lights: A Long Tide Story review - a fine return\n\nBy Jane Doe\n\n"
        f"{body}\n\n{P2}\n\n{P3}\n"
    )
    assert review.film.title == "Harbour Lights: A Long Tide Story"


def test_a_title_the_headline_quotes_stays_though_the_review_never_names_it_whole() -> None:
    body = (
        "The first Harbour Lights was an overture; the sequel is the symphony, and Reed "
        "conducts it with a patience that few directors would dare, holding every shot until "
        "the sea has had its say.",
        "Reed gives Ana Lima the best scenes, and Reed knows it: the keeper's last climb up the "
        "tower is the finest thing in the film, and Lima plays it without a word.",
    )
    review = scraped(
        "‘Harbour Lights: Part Two’ Review: Ana Lima and Tom Hale Ride the Waves in Jo Reed’s "
        f"Towering Sequel\n\nBy Jane Doe\n\n{body[0]}\n\n{body[1]}\n\n{P3}\n"
    )
    assert review.film.title == "Harbour Lights: Part Two"
