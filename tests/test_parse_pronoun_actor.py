"""A sentence about an actor, then "He plays …" or "She plays …": the part is that actor's when
the sentence before names one credited actor and nobody else the page credits. Small made-up
pages."""

from __future__ import annotations

from prose_pages import cast, page

LABELS = "Starring: Tobin Rask, Lia Sand"


def test_he_plays_after_a_sentence_about_one_actor() -> None:
    review = page(
        "There is a case that Tobin Rask is the best actor of his generation. He plays "
        "Sergeant Gerry Boyle, a small-town garda.",
        labels=LABELS,
    )
    assert cast(review)["Tobin Rask"] == "Sergeant Gerry Boyle"


def test_he_plays_after_a_sentence_about_two_actors_credits_neither() -> None:
    # The twin: "He" could be either of them.
    review = page(
        "Tobin Rask and Lia Sand have never been better. She plays Greta Voss, a widow.",
        labels=LABELS,
    )
    assert cast(review) == {"Tobin Rask": None, "Lia Sand": None}


def test_he_plays_no_part() -> None:
    # The twin: what "he" plays is no character.
    review = page("The town is quiet and Tobin Rask is bored. He plays cards.", labels=LABELS)
    assert cast(review)["Tobin Rask"] is None
