"""A sentence that opens on the part ("As Godswill, Owoh is a delight"): the actor after the
comma may be named by surname alone, the page having given the full name before, or come after
a description of the part set between commas. Small made-up pages."""

from __future__ import annotations

from prose_pages import cast, page


def test_the_actor_by_surname_after_the_part() -> None:
    review = page("But the film belongs to Tobin Rask. As Godswill, Rask is an absolute delight.")
    assert cast(review) == {"Tobin Rask": "Godswill"}


def test_a_surname_two_full_names_share_credits_nobody() -> None:
    # The twin: "Rask" could be either of two people named before it.
    review = page(
        "Tobin Rask and his sister Ida Rask both turned down the film. As Godswill, Rask is an "
        "absolute delight."
    )
    assert "Godswill" not in cast(review).values()


def test_the_actor_after_a_description_of_the_part() -> None:
    review = page(
        "As Ramadhir Singh, the politician who has spent his life outlasting his enemies, "
        "Lia Sand is a surprise."
    )
    assert cast(review) == {"Lia Sand": "Ramadhir Singh"}
    # The twin: the same opening with the name at once.
    review = page("As Ramadhir Singh, Lia Sand is a surprise.")
    assert cast(review) == {"Lia Sand": "Ramadhir Singh"}
