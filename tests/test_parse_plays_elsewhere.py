"""Sentences with "plays" or "as" that credit nobody in the film under review: an idiom of
"plays" ("plays the long game"), a career spent in a part elsewhere ("spent six years as Y on
a soap"), and another film's credit in a sentence its title opens and "that film" points back
at. Small made-up pages, each with a differently worded twin, and the credits beside them that
must stay."""

from __future__ import annotations

from prose_pages import cast, page

CREDIT = "Hal Mercer plays Osvald, a ferryman with a grudge."


def test_an_idiom_of_plays_credits_nobody() -> None:
    review = page(CREDIT, "Ilse Marrow plays the long game as a producer, and the film shows it.")
    assert cast(review) == {"Hal Mercer": "Osvald"}


def test_an_idiom_of_plays_credits_nobody_twin() -> None:
    review = page(CREDIT, "Tomas Quill plays second fiddle to no one on this production.")
    assert cast(review) == {"Hal Mercer": "Osvald"}


def test_the_field_agent_is_still_a_part() -> None:
    review = page(CREDIT, "Ilse Marrow plays the field agent Farooq's handler with real bite.")
    assert "Ilse Marrow" in cast(review)


def test_a_career_spent_in_a_part_elsewhere_credits_nobody() -> None:
    review = page(
        CREDIT,
        "Ngozi Adaeze-Kalu spent six years as Matron Florence on a soap, and this film has "
        "the same breathless plotting.",
    )
    assert cast(review) == {"Hal Mercer": "Osvald"}


def test_a_career_spent_in_a_part_elsewhere_credits_nobody_twin() -> None:
    review = page(
        CREDIT,
        "Before any of this, Pilar Okonkwo spent a decade as Sister Agnes on a hospital drama.",
    )
    assert cast(review) == {"Hal Mercer": "Osvald"}


def test_another_films_credit_opened_by_its_title_credits_nobody() -> None:
    review = page(
        CREDIT,
        "In Glass Orchard, Min-ji Harlow plays a widow who keeps bees, and that film "
        "understood grief far better.",
    )
    assert cast(review) == {"Hal Mercer": "Osvald"}


def test_another_films_credit_opened_by_its_title_credits_nobody_twin() -> None:
    review = page(
        CREDIT,
        "In Paper Lanterns, Arjun Mehra plays a lighthouse keeper, and that one at least "
        "knew when to stop.",
    )
    assert cast(review) == {"Hal Mercer": "Osvald"}


def test_a_scene_opened_by_in_still_credits() -> None:
    review = page(
        CREDIT, "In the best scene, Arjun Mehra plays a lighthouse keeper who sings to the fog."
    )
    assert cast(review)["Arjun Mehra"] == "a lighthouse keeper"
