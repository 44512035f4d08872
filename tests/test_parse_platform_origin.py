"""Where a series first aired, told in its review's history, names its platform before a closing
line that says where it streams now."""

from __future__ import annotations

from prose_pages import page


def _series(*paragraphs: str, after: str = "") -> str | None:
    review = page(*paragraphs, headline="Lantern Bay Season 1 review", after=after)
    return review.platform


def test_the_channel_it_premiered_on_beats_where_it_streams_now() -> None:
    platform = _series(
        "Lantern Bay premiered on Nickelodeon in 2006, and the years have been kind to it.",
        after="Lantern Bay is streaming on Netflix and Paramount+.",
    )
    assert platform == "Nickelodeon"


def test_a_twin_worded_as_a_relative_clause_with_a_channel_in_letters() -> None:
    platform = _series(
        'Few remember that "Lantern Bay," which aired on tvN in 2011, was a ratings flop.',
        after="Watch every episode of Lantern Bay on Netflix now.",
    )
    assert platform == "tvN"


def test_the_channel_as_the_past_subject() -> None:
    platform = _series(
        "The first season, which ABC broadcast in the spring of 1990, still looks strange.",
    )
    assert platform == "ABC"


def test_another_works_history_names_nothing() -> None:
    platform = _series(
        "The American remake, which premiered on NBC in 2009, lasted six episodes.",
        after="Lantern Bay is streaming on Netflix.",
    )
    assert platform == "Netflix"


def test_where_it_streams_is_still_read_when_no_history_is_told() -> None:
    platform = _series(
        "The writing is sharp and the cast is warm, and the pacing never flags.",
        after="Lantern Bay is streaming on Hulu.",
    )
    assert platform == "Hulu"
