"""A part played at one age of a character ("plays the adult Sophie", "as the teenage Aaron"):
the age word stays with a first name alone, where it tells two actors' parts apart, and goes
before a full name or a description with a noun of its own. Small made-up pages."""

from __future__ import annotations

import pytest

from prose_pages import cast, page


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Celia Marsh plays the adult Sophie in fractured interludes.", "the adult Sophie"),
        (
            "Joe Klee is excellent as the teenage Aaron, all nerves and bravado.",
            "the teenage Aaron",
        ),
        ("Toni Vale plays the younger Eniola with a hard, bright edge.", "the younger Eniola"),
    ],
)
def test_an_age_before_a_first_name_is_part_of_the_part(sentence: str, role: str) -> None:
    assert cast(page(sentence)) == {sentence.split(" plays")[0].split(" is ")[0]: role}


@pytest.mark.parametrize(
    ("sentence", "actor", "role"),
    [
        # The twins: an adjective that is no age, a description with its own noun, a full name.
        ("Celia Marsh plays the lonely Sophie in fractured interludes.", "Celia Marsh", "Sophie"),
        ("Mia Lind plays the young widow Kirsten with great poise.", "Mia Lind", "Kirsten"),
        ("Matt Cole plays the young Buddy Deeds with easy charm.", "Matt Cole", "Buddy Deeds"),
    ],
)
def test_other_words_before_a_name_are_no_part_of_it(sentence: str, actor: str, role: str) -> None:
    assert cast(page(sentence)) == {actor: role}
