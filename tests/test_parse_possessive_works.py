""" "Owner's Name" read as a credit once the page shows the habit ("Dara Quill's Osvald"), and
the possessives that name no part even then: a place naming a work ("X's Lisbon crime saga")
and a song that plays over the titles ("X's Blue Harbour over the opening titles"). Small
made-up pages; each test fails if its rule goes, with a twin the rule must leave alone."""

from __future__ import annotations

import pytest

from prose_pages import cast, page

HABIT = (
    "The cast is uniformly strong. Dara Quill's Osvald, the eldest son, is a coiled spring, "
    "and Osvald is the one the film keeps returning to."
)


def test_a_place_before_a_work_is_no_part() -> None:
    review = page(
        "Tomas Varga's Lisbon crime saga has finally reached us, and it is worth the wait.", HABIT
    )
    assert "Tomas Varga" not in cast(review)
    assert cast(review)["Dara Quill"] == "Osvald"


def test_a_part_before_a_verb_is_still_a_part() -> None:
    # The twin: a name, then a verb, then a work word: the part is read.
    review = page(HABIT, "Tomas Varga's Lisbon steals the film, and he knows it.")
    assert cast(review)["Tomas Varga"] == "Lisbon"


@pytest.mark.parametrize(
    "sentence",
    [
        "Mina Roe's Blue Harbour over the opening titles sets the mood at once.",
        "Then Mina Roe's Blue Harbour on the soundtrack, and the tears come.",
    ],
)
def test_a_song_over_the_titles_is_no_part(sentence: str) -> None:
    review = page(HABIT, sentence)
    assert "Mina Roe" not in cast(review)


def test_a_part_over_a_stretch_of_the_story_is_still_a_part() -> None:
    review = page(HABIT, "Mina Roe's Greta over the course of the film becomes its conscience.")
    assert cast(review)["Mina Roe"] == "Greta"


@pytest.mark.parametrize(
    "sentence",
    [
        "It is the most frightening turn in a local film since Tomas Varga's Chopper.",
        "Not since Mina Roe's Hannibal has a villain been this quiet, or this polite.",
    ],
)
def test_a_part_since_which_is_another_films(sentence: str) -> None:
    # "since X's Y" measures this film against an earlier one: the part is that film's.
    review = page(HABIT, sentence)
    assert "Tomas Varga" not in cast(review)
    assert "Mina Roe" not in cast(review)
    assert cast(review)["Dara Quill"] == "Osvald"


def test_a_credited_owner_after_since_is_still_read() -> None:
    # The twin: an owner the page credits keeps the part, whatever stands before it.
    review = page(
        "Tomas Varga plays Lukas, the younger brother.",
        "Ever since Tomas Varga's Lukas came home, the house has been at war.",
    )
    assert cast(review)["Tomas Varga"] == "Lukas"
