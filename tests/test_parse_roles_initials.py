"""A character named by a first name and an initial ("Zach Cherry is Dylan G., who …"), as
workplace and school stories name them: the initial ends the name, not the sentence. Small
made-up pages."""

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
