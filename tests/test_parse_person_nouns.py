"""Descriptions of a part that end in a compound of "man" or "woman" ("as a northern
businessman", "as the local policewoman"): a noun for a person, as "-er" and "-ist" nouns
are. Small made-up pages."""

from __future__ import annotations

import pytest

from prose_pages import cast, page


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Tobin Rask also appears as a northern businessman, briefly.", "a northern businessman"),
        ("Lia Sand turns up as the local policewoman and steals a scene.", "the local policewoman"),
    ],
)
def test_a_compound_of_man_is_a_person(sentence: str, role: str) -> None:
    assert list(cast(page(sentence)).values()) == [role]


def test_a_description_of_no_person_is_no_part() -> None:
    # The twin: "as" before a thing, not a person.
    review = page("Tobin Rask also appears as a northern landscape, briefly, in the credits.")
    assert "a northern landscape" not in cast(review).values()


def test_adjectives_in_a_row_before_a_noun_and_its_qualifier() -> None:
    # "the smooth, scheming rival businessman": the comma is between adjectives, and the
    # person noun comes two words after it.
    review = page("Tobin Rask turns up as the smooth, scheming rival businessman, having fun.")
    assert cast(review) == {"Tobin Rask": "the smooth, scheming rival businessman"}
    # The twin: one word after the comma, as before.
    review = page("Tobin Rask turns up as the smooth, scheming businessman, having fun.")
    assert cast(review) == {"Tobin Rask": "the smooth, scheming businessman"}


def test_a_quoted_nickname_inside_the_name_a_description_ends_in() -> None:
    review = page('Joel Marsh, as Pope\'s partner Barry "Baz" Brown, has only a few scenes.')
    assert cast(review) == {"Joel Marsh": 'Barry "Baz" Brown'}
    # The twin: the name without a nickname, as before.
    review = page("Joel Marsh, as Pope's partner Barry Brown, has only a few scenes.")
    assert cast(review) == {"Joel Marsh": "Barry Brown"}


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        (
            "Tobin Rask plays the boy general Gregorio del Pilar, a part to follow.",
            "Gregorio del Pilar",
        ),
        ("Tobin Rask plays the painter Vincent van Gogh with fury.", "Vincent van Gogh"),
        # The twin: a small word after the name that no name follows ends it.
        ("Tobin Rask plays the boy general Gregorio de facto, in the last act.", "Gregorio"),
    ],
)
def test_a_particle_inside_the_name_a_description_ends_in(sentence: str, role: str) -> None:
    assert cast(page(sentence)) == {"Tobin Rask": role}


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Lia Sand plays Hathi Ram's wife, Renu, in a smaller role.", "Renu"),
        ("Lia Sand plays Hathi Ram's wife in a smaller role.", "Hathi Ram's wife"),
        # The twin: an owner of one word, as before.
        ("Lia Sand plays Oz's mother, Francis, in a smaller role.", "Francis"),
    ],
)
def test_an_owner_of_two_words_before_the_relation(sentence: str, role: str) -> None:
    assert cast(page(sentence)) == {"Lia Sand": role}


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Lia Sand plays that young garda, Aidan McBride, in the first scenes.", "Aidan McBride"),
        ("Lia Sand plays this lonely clerk, Ines Roan, with care.", "Ines Roan"),
        # The twin: "that" before a thing, and no name set apart: no part.
        ("Lia Sand plays that scene, with Aidan McBride, for laughs.", None),
    ],
)
def test_that_description_then_the_name_set_apart(sentence: str, role: str | None) -> None:
    assert cast(page(sentence))["Lia Sand"] == role
