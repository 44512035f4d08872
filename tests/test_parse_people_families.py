"""Families of credit wording that pages of unseen sites use: a possessive after a name ending
in s, "X brings Y to life", "X, Y and Z round out an ensemble", "And X, who plays Y", "X is Y,
the … who", a description before the name after "plays", a relation as the subject of "is
played by", and comparisons through "remember" or a quoted title. Small made-up pages with
invented names: each test fails if its rule goes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from prose_pages import cast, page


def test_a_possessive_after_a_name_ending_in_s() -> None:
    review = page(
        "Hal Mercer plays Tom, but the performances are uneven. Dorrie Vances' Ines is the one "
        "to watch, and Tobin Rask’s Emil holds his own.",
    )
    assert cast(review) == {"Hal Mercer": "Tom", "Dorrie Vances": "Ines", "Tobin Rask": "Emil"}


def test_a_quoted_word_ending_in_s_is_no_possessive() -> None:
    review = page(
        "Hal Mercer plays Tom. The town calls its visitors 'the outsiders' Mostly in jest, "
        "and the joke wears thin.",
    )
    assert cast(review) == {"Hal Mercer": "Tom"}


def test_brings_a_character_to_life() -> None:
    review = page(
        "Hal Mercer brings Ines Roan to life with a dry, sly wit that would be too much in any "
        "other film. Lia Sand, meanwhile, brings Cardinal Vasco of Lisbon to life with great "
        "dignity.",
    )
    assert cast(review) == {"Hal Mercer": "Ines Roan", "Lia Sand": "Cardinal Vasco"}


def test_names_that_round_out_an_ensemble_or_a_cast() -> None:
    review = page(
        "Hal Mercer plays Tom. Lia Sand, Tobin Rask and Petra Holm round out an ensemble that "
        "is never less than wonderful.",
        "Greta Vale and Oskar Lund round out a cast without a weak link.",
    )
    assert cast(review) == {
        "Hal Mercer": "Tom",
        "Lia Sand": None,
        "Tobin Rask": None,
        "Petra Holm": None,
        "Greta Vale": None,
        "Oskar Lund": None,
    }


def test_and_before_a_name_that_plays_in_a_relative_clause() -> None:
    review = page("And Tobin Rask, who plays Emil Varga, the island's lost boy, is heartbreaking.")
    assert cast(review) == {"Tobin Rask": "Emil Varga"}


def test_is_a_name_then_a_description_ending_in_a_nationality() -> None:
    review = page("Tobin Rask is Bellamy, the liberal American who claims not to want the job.")
    assert cast(review) == {"Tobin Rask": "Bellamy"}


def test_plays_a_described_friend_then_the_name() -> None:
    review = page(
        "Hal Mercer plays Tom. Lia Sand plays Tom's loyal, perpetually terrified friend Bittu "
        "with sweet conviction."
    )
    assert cast(review) == {"Hal Mercer": "Tom", "Lia Sand": "Bittu"}


def test_a_relation_with_a_description_is_played_by() -> None:
    review = page(
        "Hal Mercer plays Tom. Tom’s father, the island’s bullying policeman, is played with "
        "real menace by Lia Sand."
    )
    assert cast(review) == {
        "Hal Mercer": "Tom",
        "Lia Sand": "Tom’s father, the island’s bullying policeman",
    }


def test_a_star_remembered_from_another_film_is_not_cast() -> None:
    review = page(
        "Hal Mercer's Tom is a wreck and the performances are strong.",
        "Fans of Moonbeam will remember Greta Vale's Rosa dancing in the rain; nothing here "
        "quite matches that film's punch.",
    )
    assert cast(review) == {"Hal Mercer": "Tom"}


def test_a_possessive_in_a_clause_about_a_quoted_film_is_not_cast() -> None:
    review = page(
        "Hal Mercer plays Tom, and Lia Sand's Ada is wonderful.",
        "Anyone expecting the gags of “Moonbeam,” in which Oskar Lunds’ Harry stole every "
        "scene, may find the pace stately.",
    )
    assert cast(review) == {"Hal Mercer": "Tom", "Lia Sand": "Ada"}


_FIRST = st.sampled_from(["Hal", "Lia", "Tobin", "Petra", "Oskar", "Greta", "Ivo", "Kasia"])
_LAST = st.sampled_from(["Mercer", "Sand", "Rask", "Holm", "Lund", "Vale", "Brandt", "Wren"])


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(_FIRST, _LAST), min_size=2, max_size=4, unique_by=lambda n: n[1]))
def test_any_list_that_rounds_out_a_cast_is_credited_without_roles(
    names: list[tuple[str, str]],
) -> None:
    full = [f"{first} {last}" for first, last in names]
    listed = ", ".join(full[:-1]) + " and " + full[-1]
    review = page(f"{listed} round out a cast that is never less than wonderful.")
    assert cast(review) == dict.fromkeys(full)
