"""People the prose names in a sentence about another work: a relative clause on a title in
quotes, a part in a work named by its title alone, a work of another kind than a film (an
advertisement, a music video), a sentence framed by another work at its start, and a part the
reader knows from elsewhere. Made-up pages with invented names; each shape has a second,
differently worded twin, and is shown where it must not fire."""

from __future__ import annotations

from reeltui.parse.notcast import not_this_cast

from prose_pages import P1, P2, cast, scraped

_OPENING = (
    "Salt Harbour is a film about a town that dries up. Omar Said plays Tom, a farmer who will "
    "not leave, and Greta Voss plays his wife, Ann."
)
_OWN = {"Omar Said": "Tom", "Greta Voss": "Ann"}


def _page(extra: str, apart: bool = False) -> dict[str, str | None]:
    joint = "\n\n" if apart else " "
    review = scraped(
        f"Salt Harbour review: a quiet storm\n\nBy Pat Kelly\n\n{_OPENING}{joint}{extra}\n\n"
        f"{P1}\n\n{P2}\n"
    )
    return cast(review)


def test_a_relative_clause_on_a_quoted_title_credits_nobody() -> None:
    # the comma inside the quotes, and "where" after a title in quotes: another work
    assert (
        _page(
            'Part of me wanted this to be "Last Tram to Ribeira," where Ines Varga stars as a '
            "night conductor; it isn't, sadly."
        )
        == _OWN
    )
    assert _page("It could have been “Salt and Iron,” where Ada Kroll plays a miner who wins.") == (
        _OWN
    )


def test_a_relative_clause_on_a_place_in_quotes_of_the_film_still_credits() -> None:
    got = _page('"Salt Harbour," where Ada Kroll plays the harbour master, is a small marvel.')
    assert "Ada Kroll" in got


def test_a_part_in_a_work_named_by_its_title_alone_is_not_this_films() -> None:
    texts = [
        'Where Leilani Macaraeg played a similar con artist in "Tin Moon" with genuine menace, '
        "the lead here never quite commits to the part."
    ]
    assert not_this_cast("Leilani Macaraeg", texts, "Salt Harbour")
    texts = [
        "Ines Varga, who played much the same widow in Cold Harbour, gives the lead more bite "
        "than anyone here."
    ]
    assert not_this_cast("Ines Varga", texts, "Salt Harbour")


def test_a_part_in_the_film_named_by_its_title_still_credits() -> None:
    texts = ['Ines Varga plays the widow in "Salt Harbour", and she is superb.']
    assert not not_this_cast("Ines Varga", texts, "Salt Harbour")
    texts = ["Ines Varga played the widow in Season Two, and she was superb."]
    assert not not_this_cast("Ines Varga", texts, "Salt Harbour")
    # the present tense with a title out of quotes is left alone: it may be the film itself
    texts = ["Ines Varga plays the widow in Harbour Lights, and she is superb."]
    assert not not_this_cast("Ines Varga", texts, "Salt Harbour")


def test_a_work_of_another_kind_keeps_its_stars() -> None:
    assert (
        _page(
            "The theme song was first recorded for a tourism advertisement starring Ines Varga "
            "and his real-life grandmother, which explains its jingle-like hook."
        )
        == _OWN
    )
    assert _page("The tune comes from a 1990s music video starring Ines Varga.") == _OWN


def test_a_sentence_framed_by_another_work_credits_nobody() -> None:
    assert (
        _page("In the animated spin-off, the twins are voiced by Lou Pender and Maya Hart.") == _OWN
    )
    assert _page("In the 1979 radio version, Lou Pender plays the mother.", apart=True) == _OWN


def test_a_frame_that_turns_back_to_the_film_still_credits() -> None:
    got = _page("In the original novel the twins are boys, but here Lou Pender plays the elder.")
    assert "Lou Pender" in got


def test_a_part_known_from_elsewhere_gives_no_credit_by_itself() -> None:
    assert _page("Dara Kell, familiar as Nurse Joy on Harbour Nights, never appears here.") == _OWN
    assert _page("Dara Kell, recognisable as Nurse Joy on Harbour Nights, is absent.") == _OWN


def test_a_part_known_from_elsewhere_beside_this_films_still_credits() -> None:
    # the name recalled as the object of watching, then given its part here: left alone
    got = _page(
        "If you grew up watching Dara Kell as Nurse Joy on Harbour Nights, forget it. As the "
        "landlady, she is terrifying."
    )
    assert "Dara Kell" in got


def test_a_part_known_from_elsewhere_keeps_the_actors_own_part() -> None:
    got = _page(
        "Dara Kell, whom you may know as Nurse Joy from Harbour Nights, plays the landlady."
    )
    assert got.get("Dara Kell") == "the landlady"


def test_a_work_in_apposition_told_of_before_its_cast_keeps_its_stars() -> None:
    assert (
        _page(
            "The story was told before in Night Crossing, a television film made in 1989 with "
            "Hal Brenner and Ruth Mayne in the leads, which was meant as a pilot."
        )
        == _OWN
    )
    assert (
        _page(
            "Its twin is Cold Harbour, an old drama made for the BBC with Ines Varga and Tom Rudd "
            "in the leads."
        )
        == _OWN
    )


def test_the_film_in_apposition_told_of_before_its_cast_is_left_alone() -> None:
    texts = ["Salt Harbour, a drama made for the BBC with Ines Varga in the lead, is a marvel."]
    assert not not_this_cast("Ines Varga", texts, "Salt Harbour")


# --- a capitalised word before a name that is no part of it ---------------------------------


def test_an_adverb_or_a_compound_opening_the_sentence_is_no_part_of_the_name() -> None:
    got = _page("Sadly Ines Varga plays the mayor, a woman with a secret.")
    assert got.get("Ines Varga") == "the mayor" and "Sadly Ines Varga" not in got
    got = _page("Scene-stealer Ines Varga turns up as the mayor, a woman with a secret.")
    assert "Ines Varga" in got and "Scene-stealer Ines Varga" not in got


def test_a_word_the_page_writes_in_lower_case_is_no_part_of_the_name() -> None:
    got = _page(
        "Elsewhere Ines Varga plays the mayor, a woman with a secret. The film looks elsewhere "
        "for its villain."
    )
    assert "Ines Varga" in got and "Elsewhere Ines Varga" not in got


def test_a_names_own_first_word_stays() -> None:
    got = _page("Kelly Marie Tran plays the mayor, a woman with a secret.")
    assert "Kelly Marie Tran" in got
    got = _page(
        "Sterling K. Brown plays the mayor, a woman with a sterling secret. Grace Van Patten "
        "plays her daughter, who has grace to spare."
    )
    assert "Sterling K. Brown" in got and "Grace Van Patten" in got


def test_a_compound_before_a_one_word_name_is_no_part_of_it() -> None:
    got = _page("Rapper-turned-actor Zeeko plays the mayor, a woman with a secret.")
    assert "Zeeko" in got and "Rapper-turned-actor Zeeko" not in got
    got = _page("Ex-footballer Dunmore turns up as the mayor, a woman with a secret.")
    assert "Dunmore" in got and "Ex-footballer Dunmore" not in got
