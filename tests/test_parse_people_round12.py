"""Credits in prose in the shapes of review pages from sites the rules were not written for:
words about the actor between "played by" and the name, "X is a gruff, stooped Walter Pike",
"its head chef" as a part. Small made-up pages with invented names and titles: each test
fails if its rule goes, and most have a twin the rule must leave alone."""

from __future__ import annotations

from prose_pages import cast, page


def test_adjectives_between_played_by_and_the_name_are_the_actors() -> None:
    review = page(
        "Tom Harlan plays Edwin, a surveyor. His landlord Pell, played by a nicely stiff "
        "Marcus Lindqvist, lends him a car.",
    )
    assert cast(review)["Marcus Lindqvist"] == "Pell"


def test_a_description_of_the_actor_after_played_by_the_is_skipped() -> None:
    review = page(
        "Tom Harlan plays Edwin, a surveyor. Trailing him everywhere is a silent courier, "
        "played by the real-life cyclist Oren Vasquez, who never once speaks.",
    )
    assert cast(review)["Oren Vasquez"] == "a silent courier"


def test_a_places_own_actor_after_played_by() -> None:
    review = page(
        "Tom Harlan plays Edwin, a surveyor. His rival Pell, played by Bristol's own Marcus "
        "Lindqvist, lends him a car.",
    )
    assert cast(review)["Marcus Lindqvist"] == "Pell"


def test_a_band_after_played_by_is_no_actor() -> None:
    review = page(
        "Tom Harlan plays Edwin, a surveyor. The score, played by the jazz trio Blue "
        "Harbour, hums under every scene.",
    )
    assert cast(review) == {"Tom Harlan": "Edwin"}


def test_its_before_a_post_is_left_off_the_part() -> None:
    review = page(
        "Tom Harlan plays Edwin, a surveyor. At the hotel, under the eye of its head chef, "
        "played by an utterly wonderful Marcus Lindqvist, he learns to cook.",
    )
    assert cast(review)["Marcus Lindqvist"] == "head chef"


def test_her_before_a_post_stays_in_the_part() -> None:
    review = page(
        "Tom Harlan plays Edwin, a surveyor. Under the eye of her head chef, played by "
        "Marcus Lindqvist, Dora learns to cook.",
    )
    assert cast(review)["Marcus Lindqvist"] == "her head chef"


def test_is_a_with_adjectives_then_a_full_name_is_a_part() -> None:
    review = page(
        "Tom Harlan plays Edwin, a surveyor, and Marcus Lindqvist is a gruff, stooped Walter "
        "Pike, his landlord.",
    )
    assert cast(review)["Marcus Lindqvist"] == "Walter Pike"


def test_is_a_with_adjectives_then_an_honorific_and_name_is_a_part() -> None:
    review = page(
        "Tom Harlan plays Edwin, a surveyor. Marcus Lindqvist is a perfectly oily Sergeant "
        "Dunmore, the village's only policeman.",
        labels="Cast: Tom Harlan, Marcus Lindqvist",
    )
    assert cast(review)["Marcus Lindqvist"] == "Sergeant Dunmore"


def test_is_a_with_adjectives_then_someone_from_a_place_is_no_part() -> None:
    review = page(
        "Tom Harlan plays Edwin, a surveyor, and Marcus Lindqvist is a believable New Yorker.",
    )
    assert cast(review) == {"Tom Harlan": "Edwin"}


def test_is_a_with_adjectives_then_one_capitalised_word_is_no_part() -> None:
    review = page(
        "Tom Harlan plays Edwin, a surveyor, and Marcus Lindqvist is a former Navy diver "
        "turned critic.",
    )
    assert cast(review) == {"Tom Harlan": "Edwin"}
