"""Runtimes as pages write them: hours in words before the minutes in figures ("one hour and 44
minutes"), and an episode's minutes, which are no runtime of the whole (a series' episodes run
52 minutes each). The pages are made up for the test."""

from __future__ import annotations

import pytest

from reeltui.parse.labels import parse_runtime

from prose_pages import P1, P2, P3, scraped


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("one hour and 44 minutes", 104),
        ("Two hours, 5 minutes", 125),
        ("ONE HOUR 44 MINUTES", 104),
        ("three hrs 2 mins", 182),
        ("1 hour, 58 minutes", 118),
    ],
)
def test_hours_in_words_before_minutes_in_figures(text: str, minutes: int) -> None:
    assert parse_runtime(text) == minutes


@pytest.mark.parametrize("text", ["about one hour", "One hour in, it turns.", "one hour"])
def test_hours_in_words_alone_are_no_runtime(text: str) -> None:
    # Said alone, "one hour" is more often a moment of the film than its length.
    assert parse_runtime(text) is None


@pytest.mark.parametrize("text", ["52 minutes per episode", "45 mins an episode"])
def test_an_episodes_minutes_are_no_runtime(text: str) -> None:
    assert parse_runtime(text) is None


def test_a_series_page_with_an_episodes_runtime_has_none() -> None:
    text = (
        "Harbour Lights season 1 review: a quiet wonder\n\nBy Jane Doe\n\n"
        f"Runtime: 52 minutes per episode\n\n{P1}\n\n{P2}\n\n{P3}\n"
    )
    assert scraped(text).runtime_minutes is None


def test_a_film_page_with_its_runtime_in_words() -> None:
    text = (
        "Harbour Lights review: a quiet wonder\n\nBy Jane Doe\n\n"
        f"Running time: one hour and 44 minutes\n\n{P1}\n\n{P2}\n\n{P3}\n"
    )
    assert scraped(text).runtime_minutes == 104


@pytest.mark.parametrize(
    "facts",
    [
        "Harbour Lights: Drama. Starring Hal Mercer and Lia Sand. Directed by Ana Lima. (R. 85 "
        "minutes.)",
        "HARBOUR LIGHTS (MA15+) ★★★★½ 85 minutes. Showing at the Dendy and Palace Electric.",
    ],
)
def test_a_certificate_by_the_running_time_in_a_line_of_facts(facts: str) -> None:
    review = scraped(
        f"Harbour Lights review: a quiet wonder\n\nBy Jane Doe\n\n{P1}\n\n{P2}\n\n{P3}\n\n{facts}\n"
    )
    assert review.runtime_minutes == 85


@pytest.mark.parametrize(
    ("sentence", "minutes"),
    [
        ("At two hours and 18 minutes, Harbour Lights asks a lot and repays it.", 138),
        ("It runs two hours and 5 minutes, and never feels it.", 125),
    ],
)
def test_hours_in_words_and_minutes_in_figures_in_a_paragraph(sentence: str, minutes: int) -> None:
    review = scraped(
        f"Harbour Lights review: a quiet wonder\n\nBy Jane Doe\n\n{P1} {sentence}\n\n{P2}\n\n{P3}\n"
    )
    assert review.runtime_minutes == minutes


@pytest.mark.parametrize("sentence", ["Two hours and 18 minutes later, she wakes up.", ""])
def test_a_moment_of_the_story_is_no_runtime(sentence: str) -> None:
    review = scraped(
        f"Harbour Lights review: a quiet wonder\n\nBy Jane Doe\n\n{P1} {sentence}\n\n{P2}\n\n{P3}\n"
    )
    assert review.runtime_minutes is None


@pytest.mark.parametrize(
    ("sentence", "minutes"),
    [
        ("The film's 148 minutes pass slowly, and with a hypnotic assurance.", 148),
        ("Yet the movie’s 95 minutes fly by.", 95),
    ],
)
def test_the_minutes_the_film_owns(sentence: str, minutes: int) -> None:
    review = scraped(
        f"Harbour Lights review: a quiet wonder\n\nBy Jane Doe\n\n{P1} {sentence}\n\n{P2}\n\n{P3}\n"
    )
    assert review.runtime_minutes == minutes


def test_the_minutes_of_a_scene_are_no_runtime() -> None:
    # The twin: minutes owned by something else than the film.
    sentence = "The last act's 20 minutes drag, and the hero's 40 minutes in the cell drag more."
    review = scraped(
        f"Harbour Lights review: a quiet wonder\n\nBy Jane Doe\n\n{P1} {sentence}\n\n{P2}\n\n{P3}\n"
    )
    assert review.runtime_minutes is None
