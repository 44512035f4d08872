"""A news director is a job in the story (a newsroom's, a station's), not the film's director:
"X is the bullish news director Lindsay Cullen". Small made-up pages."""

from __future__ import annotations

import pytest

from prose_pages import cast, page


@pytest.mark.parametrize(
    "sentence",
    [
        "The cast is fine. Hal Mercer is the bullish news director Bram Holt, who shouts a lot.",
        "The station's news director, Bram Holt, is the story's real villain.",
    ],
)
def test_a_news_director_is_no_director(sentence: str) -> None:
    review = page(sentence, "Ana Lima, who helmed every episode, keeps things moving.")
    assert "Bram Holt" not in review.directors


def test_the_part_of_a_news_director_is_read() -> None:
    review = page(
        "Directed by Ana Lima.",
        "The cast is fine. Hal Mercer is the bullish news director Bram Holt, who shouts a lot.",
    )
    assert cast(review) == {"Hal Mercer": "Bram Holt"}
