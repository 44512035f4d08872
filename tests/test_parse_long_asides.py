"""A credited actor whose "plays" follows a long aside: commas between describing words, a
bracketed remark, or a "who" clause ended by "and who" (`reeltui.parse.long_asides`); and a
"played by" credit whose description holds initials ("a deputy U.S. marshal played by").
Small made-up pages, each shape in two wordings, and an actor the page does not credit
apart."""

from __future__ import annotations

from prose_pages import cast, page

LABELS = "Starring: Tobin Rask, Lia Sand, Oren Vale"


def test_an_aside_with_commas_between_describing_words() -> None:
    review = page(
        "Tobin Rask, two years after his brief, haunting turn for Ada Lund in Night Ferry, "
        "plays Osvald with a haunted, coiled stillness.",
        labels=LABELS,
    )
    assert cast(review)["Tobin Rask"] == "Osvald"
    # The twin: a bracketed remark with commas inside it.
    review = page(
        "Lia Sand, a singer making her screen debut (and, as it turned out, her only film), "
        "plays Mira, the schoolteacher Osvald has known since childhood.",
        labels=LABELS,
    )
    assert cast(review)["Lia Sand"] == "Mira"


def test_a_who_clause_ended_by_and_who() -> None:
    review = page(
        "The story was dreamed up by Oren Vale, who co-wrote the script with Ada Lund and who "
        "plays Brenn, the quieter of the two brothers.",
        labels=LABELS,
    )
    assert cast(review)["Oren Vale"] == "Brenn"
    # The twin: another verb in the clause.
    review = page(
        "Much of the charm belongs to Lia Sand, who sings three of the songs herself and who "
        "plays Mira with a sly, patient wit.",
        labels=LABELS,
    )
    assert cast(review)["Lia Sand"] == "Mira"


def test_a_name_the_page_does_not_credit_gets_no_part_from_a_long_aside() -> None:
    review = page(
        "Ada Lund, two years after her brief, haunting turn in Night Ferry, plays Mira with "
        "a coiled stillness, and Tobin Rask is fine as Osvald.",
        labels="Starring: Tobin Rask, Oren Vale",
    )
    assert "Ada Lund" not in cast(review)


def test_played_by_after_a_description_with_initials() -> None:
    # Not a long aside, but the same credit cut short: an initial's full stop ends no sentence.
    review = page(
        "The man in pursuit is Osvald Brenn, a deputy U.S. marshal played by Tobin Rask, "
        "and it is Rask who gives the film its life.",
        labels=LABELS,
    )
    assert cast(review)["Tobin Rask"] == "Osvald Brenn"
    # The twin: other initials, and "portrayed by".
    review = page(
        "Her only ally is Mira Holm, a retired F.B.I. analyst portrayed by Lia Sand with "
        "bone-dry wit.",
        labels=LABELS,
    )
    assert cast(review)["Lia Sand"] == "Mira Holm"
