"""Credits in prose in shapes the held-out pages showed and the rules read wrongly: small
made-up pages with invented names. Each test fails without its rule, and each holds a twin (the
same shape in other words) so that the rule is about the shape, not one page."""

from __future__ import annotations

from prose_pages import cast, page


def test_a_possessive_closing_the_sentence_before_as_credits_its_owner() -> None:
    for owned in (
        "But the performance that stays with you is Hal Mercer’s.",
        "The film, in the end, is Hal Mercer's.",
        "The best work here is Hal Mercer’s!",
    ):
        review = page(f"{owned} As Osvald, he gets the quietest arc and the saddest one.")
        assert cast(review) == {"Hal Mercer": "Osvald"}, owned
    # A possessive that owns a noun after it names someone else's work: nobody is credited.
    review = page("It is Ana Lima’s quietest picture. As Osvald, he gets the saddest arc.")
    assert cast(review) == {}
