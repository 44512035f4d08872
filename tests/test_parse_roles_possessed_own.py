"""A possessive with "own" ("X's own Cantonese cover", "Oslo's own X") marks what belongs to
the owner, never a part the owner plays (`reeltui.parse.roles`). Made-up pages, the shape in
two wordings."""

from __future__ import annotations

from prose_pages import cast, page


def test_an_actors_own_cover_of_a_song_is_no_part() -> None:
    review = page(
        "Lia Sand is luminous throughout, and Lia Sand's own Midsummer cover of an old folk "
        "ballad plays over the final scene.",
        labels="Starring: Lia Sand, Oren Vale",
    )
    assert cast(review).get("Lia Sand") is None


def test_an_actors_own_recording_is_no_part() -> None:
    # The twin: another noun after the capitalised word, and a possessive written with ’.
    review = page(
        "The soundtrack is mostly jazz, though Oren Vale’s own Lisbon recording of a fado "
        "turns up in the second act.",
        labels="Starring: Lia Sand, Oren Vale",
    )
    assert cast(review).get("Oren Vale") is None
