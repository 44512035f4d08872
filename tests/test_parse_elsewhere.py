"""Parts of other works (`reeltui.parse.elsewhere`): a part the page recalls from another film
or show ("who you know as Y from Z") is never given to the film under review. Small made-up
pages, the shape in two wordings, and a part the page also names in its own story."""

from __future__ import annotations

from reeltui.parse.elsewhere import elsewhere_part

from prose_pages import cast, page


def test_who_you_know_as_a_part_from_another_show_takes_this_shows_part() -> None:
    review = page(
        "Marta Lindqvist, who you absolutely know as Dottie Crane from Harbour Nights, is "
        "Petra, and this is the part she was born to play.",
        "Lindqvist is in every scene, and the show is hers.",
    )
    assert cast(review).get("Marta Lindqvist") == "Petra"


def test_grew_up_watching_an_actor_as_a_part_in_another_show() -> None:
    # The twin: "watching X as Y in Z", and no other part on the page.
    review = page(
        "If you grew up watching Adaeze Okonkwo as Mama Tunde in Family Ties Lagos, forget "
        "everything you know. She is terrifying here, and funny, and cold.",
        labels="Cast: Adaeze Okonkwo, Bode Ajayi",
    )
    assert cast(review).get("Adaeze Okonkwo", "absent") is None


def test_a_part_named_in_this_story_too_is_kept() -> None:
    texts = [
        "You may know her as Nora from The Bay.",
        "Here Nora is a widow who runs the ferry.",
    ]
    assert not elsewhere_part("Nora", texts)


def test_elsewhere_part() -> None:
    assert elsewhere_part("Rufio", ["Dante Basco, aka Rufio from Hook, voices Zuko."])
    assert elsewhere_part("Toyin", ["We grew up watching her as Toyin in Super Story."])
    assert not elsewhere_part("Toyin", ["She plays Toyin in a story of her own."])
    assert not elsewhere_part("Toyin", ["Nobody is named here."])


def test_a_part_in_another_film_told_in_a_past_who_clause() -> None:
    review = page(
        "Lia Sand, who was so good as the night nurse in the indie Ward 10, plays the widow, "
        "and the film is hers.",
        labels="Starring: Lia Sand, Oren Vale",
    )
    assert cast(review)["Lia Sand"] == "the widow"


def test_a_part_in_another_drama_told_in_a_past_who_clause_credits_nothing() -> None:
    # The twin: no part of this film given, and the other work after its kind and year.
    review = page(
        "Oren Vale, who was unforgettable as the lighthouse keeper in the 2019 drama Low Tide, "
        "is quieter here, and better.",
        labels="Starring: Lia Sand, Oren Vale",
    )
    assert cast(review)["Oren Vale"] is None
