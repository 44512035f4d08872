""" "as" that opens a clause ("as Storm Hilda blows in": while) names no part, though a
capitalised name follows it; a part that is a name, or a name's relation, still does. Small
made-up pages: the first test fails if the rule goes, the second is its twin."""

from __future__ import annotations

from prose_pages import cast, page


def test_as_before_a_name_and_its_verb_opens_a_clause() -> None:
    review = page(
        "Hal Mercer plays Osvald, a ferryman. Ivo Brandt scores it with restraint as Storm "
        "Hilda blows in, and the film holds its breath."
    )
    assert cast(review) == {"Hal Mercer": "Osvald"}


def test_as_before_a_name_or_a_names_relation_is_a_part() -> None:
    review = page(
        "Hal Mercer is superb as Osvald Brenner, and Lia Sand is just as good as Osvald's "
        "sister, who runs the harbour café."
    )
    assert cast(review)["Hal Mercer"] == "Osvald Brenner"
    assert cast(review)["Lia Sand"] == "Osvald's sister"


def test_a_second_credit_whose_actor_opens_with_an_accented_capital() -> None:
    # "A as X and B as Y": B's name opens with a capital outside ASCII, and still ends A's part.
    review = page(
        "The children are superb, especially Lia Sand as the watchful Mira and Émile Varga as "
        "Osvald, a boy convinced the fire is his fault.",
        labels="Starring: Lia Sand, Émile Varga, Tobin Rask",
    )
    assert cast(review)["Lia Sand"] == "Mira"
    # The twin: another accented capital, and a plain part before it.
    review = page(
        "Best of all are Tobin Rask as Halvard and Ödön Lakatos as Brenn, two brothers who have "
        "not spoken in years.",
        labels="Starring: Tobin Rask, Ödön Lakatos, Lia Sand",
    )
    assert cast(review)["Tobin Rask"] == "Halvard"
