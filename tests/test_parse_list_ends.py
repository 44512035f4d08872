"""A list of names ends at the name "and" brings: "directed by A and B, Salt Harbour draws …"
names two directors, the title after the comma none. Small made-up pages."""

from __future__ import annotations

import pytest

from prose_pages import page


@pytest.mark.parametrize(
    "sentence",
    [
        "Written by Mara Olsen and directed by Ana Lima and Tomas Varga, Salt Harbour draws "
        "loosely on a novel of the same name.",
        "Directed by Ana Lima & Tomas Varga, Night Ferry Crossing takes its time.",
    ],
)
def test_the_name_after_and_closes_the_list(sentence: str) -> None:
    assert page(sentence).directors == ("Ana Lima", "Tomas Varga")


def test_a_list_of_three_is_read_whole() -> None:
    # The twin: commas before the "and" go on listing.
    review = page("The series is directed by Ana Lima, Tomas Varga and Lia Sand, in turn.")
    assert review.directors == ("Ana Lima", "Tomas Varga", "Lia Sand")
