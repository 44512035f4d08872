"""A film's reviews together: ratings read as numbers, merged facts, the average."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reeltui.films import merge, position_of
from reeltui.library import Library
from reeltui.model import Credit, Film, Format, Review, Reviewer
from reeltui.ratings import Average, Rating, average, read_rating

from sample_paths import SAMPLES


def review(
    rid: str,
    *,
    rating: str | None = None,
    cast: tuple[tuple[str, str | None], ...] = (),
    directors: tuple[str, ...] = (),
    runtime: int | None = None,
    platform: str | None = None,
    reviewer: str = "Ana",
) -> Review:
    return Review(
        id=rid,
        path=Path("/nowhere") / f"{rid}.txt",
        format=Format.SCRAPED,
        headline="The Martian (2015) Review",
        film=Film("The Martian", 2015),
        directors=directors,
        cast=tuple(Credit(actor, role) for actor, role in cast),
        runtime_minutes=runtime,
        platform=platform,
        rating=rating,
        reviewer=Reviewer(reviewer),
        has_body=False,
    )


# -- ratings -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label", "out_of_five"),
    [
        ("4.5/5", "4.5/5", 4.5),
        ("8/10", "8/10", 4.0),
        ("3/4", "3/4", 3.75),
        ("85/100", "85/100", 4.25),
        (" 7 out of  10 ", "7/10", 3.5),
        ("four stars", "4/5", 4.0),
        ("★★★½", "3.5/5", 3.5),
        ("B+", "B+", None),
        ("A-", "A-", None),
        ("12/10", "12/10", None),  # off its scale: kept as written, not averaged
        ("2/3", "2/3", None),  # a scale nobody uses
        ("a must-see", "a must-see", None),
    ],
)
def test_ratings_are_read_on_their_scales(text: str, label: str, out_of_five: float | None) -> None:
    rating = read_rating(text)
    assert rating is not None
    assert rating.label == label
    assert rating.out_of_five == out_of_five


def test_no_rating() -> None:
    assert read_rating(None) is None
    assert read_rating("  ") is None


def test_the_average_leaves_grades_out_and_rounds_halves_up() -> None:
    found = average([read_rating("8/10"), read_rating("4/5"), read_rating("4.5/5"), None])
    assert found is not None
    assert (found.count, found.label) == (3, "4.2/5")
    assert average([read_rating("3.5/5"), read_rating("3/5"), read_rating("A")]) == Average(3.25, 2)
    assert Average(3.25, 2).label == "3.3/5"
    assert Average(4.0, 1).label == "4/5"
    assert average([read_rating("B"), None]) is None


@given(st.integers(0, 10), st.sampled_from([4, 5, 10, 100]))
def test_every_rating_on_a_known_scale_lands_between_0_and_5(value: int, scale: int) -> None:
    rating = read_rating(f"{value * scale // 10}/{scale}")
    assert rating is not None and rating.out_of_five is not None
    assert 0 <= rating.out_of_five <= 5


# -- merged facts ------------------------------------------------------------------------


def test_three_reviews_merge_into_one_account_of_the_film() -> None:
    summary = merge(
        [
            review(
                "a",
                rating="8/10",
                cast=(("Matt Damon", "Mark Watney"), ("Michael Pena", "Martinez")),
                directors=("Ridley Scott",),
                runtime=141,
                platform="Disney+",
            ),
            review(
                "b",
                rating="4/5",
                cast=(("Michael Peña", "Rick Martinez"), ("Jessica Chastain", None)),
                directors=("Ridley Scott", "ridley  scott"),
                runtime=144,
            ),
            review(
                "c",
                rating="B+",
                cast=(("Michael Pena", "Rick Martinez"), ("Matt Damon", "Watney")),
                runtime=141,
                platform="Disney+",
            ),
        ]
    )
    assert summary.film_key == "the-martian-2015"
    assert summary.directors == ("Ridley Scott",)
    assert [(c.actor, c.spellings, c.roles) for c in summary.cast] == [
        ("Matt Damon", ("Matt Damon",), ("Mark Watney",)),
        ("Michael Peña", ("Michael Pena", "Michael Peña"), ("Rick Martinez",)),
        ("Jessica Chastain", ("Jessica Chastain",), ()),
    ]
    assert summary.runtime_minutes == 141
    assert summary.platforms == ("Disney+",)
    assert [(r.review.id, r.rating.label if r.rating else None) for r in summary.ratings] == [
        ("a", "8/10"),
        ("b", "4/5"),
        ("c", "B+"),
    ]
    assert summary.average == Average(4.0, 2)
    assert summary.describe_average() == "Average 4/5 from 2 reviews"
    assert position_of(summary, "b") == 1
    assert position_of(summary, "z") is None


def test_a_role_in_other_words_is_kept() -> None:
    summary = merge(
        [
            review("a", cast=(("Jo", "the pilot"), ("Al", "Rick"))),
            review("b", cast=(("Jo", "Beth Johanssen"), ("Al", "rick"))),
        ]
    )
    assert [c.roles for c in summary.cast] == [("the pilot", "Beth Johanssen"), ("Rick",)]
    assert summary.average is None and summary.describe_average() is None
    assert [r.rating for r in summary.ratings] == [None, None]


def test_no_reviews_is_an_error() -> None:
    with pytest.raises(ValueError, match="at least one review"):
        merge([])


def test_the_samples_martian_and_saltburn() -> None:
    library = Library.scan(SAMPLES)

    def cards(film_key: str) -> list[Review]:
        found = [library.card(entry) for entry in library.reviews_of(film_key)]
        return [card for card in found if card is not None]

    martian = merge(cards("the-martian-2015"))
    assert len(martian.reviews) == 3
    assert [r.rating.label for r in martian.ratings if r.rating] == ["8/10", "4/5", "4.5/5"]
    assert martian.describe_average() == "Average 4.2/5 from 3 reviews"
    names = [c.actor for c in martian.cast]
    assert len(names) == len(set(names)) and "Matt Damon" in names
    saltburn = merge(cards("saltburn-2023"))
    assert saltburn.describe_average() == "Average 3.3/5 from 2 reviews"
    assert saltburn.directors == ("Emerald Fennell",)


def test_a_rating_shows_as_given_when_it_is_not_a_number() -> None:
    assert Rating("a must-see").label == "a must-see"
