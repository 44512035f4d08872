"""Verbs of carrying a film before "as" and a character's name: "X anchors it all as Jonas",
"grounds the series as", "leads a fine cast as". As with "brings" and "steals", the part must
be a name; a phrase after "as" that is none credits nobody. Small made-up pages."""

from __future__ import annotations

import pytest

from prose_pages import cast, page


@pytest.mark.parametrize(
    "sentence",
    [
        "Tobin Rask anchors it all as Jonas, and he is superb.",
        "Tobin Rask grounds the whole series as Jonas.",
        "Tobin Rask leads a fine cast as Jonas, a haunted boy in a yellow raincoat.",
    ],
)
def test_a_verb_of_carrying_the_film_before_a_part(sentence: str) -> None:
    assert cast(page(sentence)) == {"Tobin Rask": "Jonas"}


def test_no_part_after_as_credits_nobody() -> None:
    # The twin: "as" opens no part here.
    assert cast(page("The old hotel anchors it all as a result of long planning.")) == {}
