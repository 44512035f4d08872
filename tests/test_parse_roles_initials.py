"""Full stops inside names: a character named by a first name and an initial ("Zach Cherry is
Dylan G., who …"), as workplace and school stories name them, and a rank before a name ("Col.
Paco Román"); neither ends the sentence. Small made-up pages."""

from __future__ import annotations

from prose_pages import cast, page


def test_a_part_named_with_an_initial() -> None:
    review = page(
        "The cast is strong. Lia Sand is Greta V., who keeps the ledgers, and Hal Mercer is "
        "Osvald B., the new hire who wakes up on a conference table."
    )
    assert cast(review) == {"Lia Sand": "Greta V", "Hal Mercer": "Osvald B"}


def test_a_part_named_in_full_is_read_as_before() -> None:
    # The twin: a surname in full, and a part that ends the sentence.
    review = page(
        "The cast is strong. Lia Sand is Greta Voss, who keeps the ledgers, and Hal Mercer is "
        "Osvald. He is the new hire."
    )
    assert cast(review) == {"Lia Sand": "Greta Voss", "Hal Mercer": "Osvald"}


def test_a_title_s_full_stop_ends_no_sentence_of_the_cast() -> None:
    # "X is Col. Y, …, and Z brings …": the sentence names another actor, so it is about the
    # cast, and "Col." does not end it.
    review = page(
        "Hal Mercer plays Osvald, a young journalist. Lia Sand is Col. Greta Voss, his loyal "
        "aide, and Tobin Rask brings unexpected warmth to Capt. Emil Varga."
    )
    assert cast(review)["Lia Sand"] == "Col. Greta Voss"


def test_a_sentence_of_one_name_is_still_no_credit() -> None:
    # The twin: without the second actor the sentence is plot, and credits nobody.
    review = page(
        "Hal Mercer plays Osvald, a young journalist. Lia Sand is Col. Greta Voss, his loyal "
        "aide, and nobody in the town trusts her."
    )
    assert "Lia Sand" not in cast(review)
