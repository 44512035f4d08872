"""Actors who share a surname ("Fawad Khan", "Mahira Khan") are called by their first names,
the surname telling neither apart: "Fawad … plays Ashar", "Mahira … is luminous as Khirad".
Small made-up pages."""

from __future__ import annotations

from prose_pages import cast, page

LABELS = "Cast: Tobin Rask, Ida Rask, Hal Mercer"


def test_first_names_of_actors_who_share_a_surname() -> None:
    review = page(
        "Tobin, who had already been a rock singer, plays Ashar with a brooding tenderness.",
        "Ida, in only her second role, is luminous as Khirad.",
        labels=LABELS,
    )
    assert cast(review)["Tobin Rask"] == "Ashar"
    assert cast(review)["Ida Rask"] == "Khirad"


def test_the_first_name_of_an_actor_with_a_surname_of_their_own_stays_unread() -> None:
    # The twin: Hal Mercer's surname is his own, and "Hal" alone may be anybody.
    review = page("Hal, the landlord, plays cards every night.", labels=LABELS)
    assert cast(review)["Hal Mercer"] is None
