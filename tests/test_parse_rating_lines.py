"""A rating's label and its score on a line of their own with no colon between them ("RATING
4/5"): read when the label names the reviewer's rating, not when it names the readers' or
another site's. The pages are made up for the test."""

from __future__ import annotations

import pytest

from prose_pages import P1, P2, P3, scraped

PAGE = f"Harbour Lights review: a quiet wonder\n\nBy Jane Doe\n\n{P1}\n\n{P2}\n\n{P3}\n\n"


@pytest.mark.parametrize(
    ("line", "rating"),
    [
        ("RATING 4/5", "4/5"),
        ("Our score 8/10", "8/10"),
        ("Our score ★★★★☆", "4/5"),
        ("Score 3 out of 5", "3/5"),
    ],
)
def test_a_label_and_its_score_without_a_colon(line: str, rating: str) -> None:
    assert scraped(f"{PAGE}{line}\n\nLeave a comment\n").rating == rating


@pytest.mark.parametrize("line", ["IMDb 7.8/10", "Audience score 9/10", "Episode 3/10"])
def test_no_rating_from_the_readers_or_from_a_count(line: str) -> None:
    assert scraped(f"{PAGE}{line}\n\nLeave a comment\n").rating is None
