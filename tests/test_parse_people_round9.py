"""Families of credit wording read from the older held-out pages in round nine. Small made-up
pages with invented names: each test fails if its rule goes."""

from __future__ import annotations

import pytest

from reeltui.parse.credits import is_name
from reeltui.parse.roles import only_compared

from prose_pages import cast, page

_AFTER_A_COMMA = (
    "The premiere, directed by Mara Olsen with the same cool precision she brought to much of "
    "the first season, opens with Tom (Hal Mercer) running down the empty pier at dawn."
)


def test_a_comparison_ends_at_a_comma_before_a_clause_of_its_own() -> None:
    assert not only_compared("Hal Mercer", [_AFTER_A_COMMA], season=2)
    review = page(_AFTER_A_COMMA, headline="Salt Harbour season 2 review")
    assert cast(review) == {"Hal Mercer": "Tom"}


def test_an_apposition_after_the_comparison_is_still_compared() -> None:
    text = "The stars of the first season, Hal Mercer and Lia Sand, are nowhere to be seen."
    assert only_compared("Hal Mercer", [text], season=2)


def test_a_surname_that_begins_with_s_is_no_title_word() -> None:
    # "Shome" once read as "home" (a word of film titles), and the pair was thrown away.
    review = page(
        "In the harbour town they work with Inspector Ines Calder (Lia Shome), a sharp, tired "
        "officer who has seen too many city detectives come and go.",
    )
    assert cast(review) == {"Lia Shome": "Inspector Ines Calder"}


def test_directed_with_words_of_manner_before_by() -> None:
    review = page(
        "Season two, created again by Oskar Lund and directed this time by Mara Olsen, begins "
        "with a murder on the pier.",
        headline="Salt Harbour season 2 review",
    )
    assert review.directors == ("Mara Olsen",)
    review = page(
        "This episode, directed with an unflinching restraint by Mara Olsen, is the hardest "
        "hour of the series."
    )
    assert review.directors == ("Mara Olsen",)


def test_a_remark_directed_at_someone_by_someone_names_no_director() -> None:
    review = page(
        "Hal Mercer plays Tom, and the scorn directed at him by Ines Calder in the second act "
        "is the sharpest thing in the film."
    )
    assert review.directors == ()


def test_a_directed_label_without_by() -> None:
    review = page(labels="Directed: Mara Olsen, Oskar Lund\nStarring: Hal Mercer, Lia Sand")
    assert review.directors == ("Mara Olsen", "Oskar Lund")
    review = page(labels="Directed and Written: Mara Olsen\nStarring: Hal Mercer, Lia Sand")
    assert review.directors == ("Mara Olsen",)


def test_the_directors_named_in_an_apposition() -> None:
    review = page(
        "The directors, Mara Olsen and Oskar Lund, hold all of this together with sheer visual "
        "confidence."
    )
    assert review.directors == ("Mara Olsen", "Oskar Lund")


def test_directed_by_a_word_about_the_director_then_the_name() -> None:
    review = page("Directed by debutant Mara Olsen and inspired by a true story, it is grim.")
    assert review.directors == ("Mara Olsen",)


def test_directed_by_someone_like_a_named_person_names_no_director() -> None:
    for text in (
        "It feels as if it were directed by someone like Oskar Lund on a bad day.",
        "It feels as if it were directed by the admirers of Oskar Lund.",
    ):
        assert page(text).directors == ()


def test_a_name_then_a_description_owned_by_a_full_name_then_played_by() -> None:
    review = page(
        "The villain is Ines Calder, Oskar Lund's twin sister, played by Lia Sand with a "
        "chilling calm."
    )
    assert cast(review) == {"Lia Sand": "Ines Calder"}


def test_the_owner_of_a_description_is_no_part() -> None:
    review = page(
        "Once Tom's actual parents arrive, played by Hal Mercer, the film turns colder and the "
        "comedy drains out of it."
    )
    assert cast(review) == {"Hal Mercer": None}


def test_a_title_with_a_full_stop_stays_with_the_name() -> None:
    review = page(
        "Among the prison team, Lia Sand as Dr. Ines, a doctor jailed after a hospital "
        "tragedy, stands out.",
        "Hal Mercer plays Dr. Tom Calder, the sensible physician who is out of his depth.",
    )
    assert cast(review) == {"Lia Sand": "Dr. Ines", "Hal Mercer": "Dr. Tom Calder"}


def test_a_word_cut_short_at_the_window_is_no_comparison() -> None:
    # "channeling h…" once read as "channeling" alone, a comparison ("channeling De Niro").
    text = (
        "At its core is still the bond between two sisters. Hal Mercer’s Tom spends the first "
        "act channeling her grief and guilt into a crusade against the city."
    )
    assert not only_compared("Hal Mercer", [text])
    assert only_compared("Hal Mercer", ["Lia Sand spends the film channeling Hal Mercer."])


def test_x_is_a_character_in_a_sentence_that_credits_another_actor() -> None:
    review = page(
        "Hal Mercer plays Gerry Cliff, a weary response officer, and Lia Sand is Sergeant Ines "
        "Cliff, whose marriage to Gerry is one of the show's better stories."
    )
    assert cast(review) == {"Hal Mercer": "Gerry Cliff", "Lia Sand": "Sergeant Ines Cliff"}


def test_x_is_a_character_in_a_sentence_of_its_own_is_plot() -> None:
    review = page(
        "Hal Mercer plays Gerry Cliff, a weary response officer. Walt Kessler is Mr Big, whose "
        "men run the docks."
    )
    assert cast(review) == {"Hal Mercer": "Gerry Cliff"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Hal Mercer and Lia Sand play Tomas and Greta, a son and mother stuck in the games.",
        "Hal Mercer and Lia Sand bring some heart as Tomas and Greta, a son and mother.",
        "Hal Mercer and Lia Sand play the two grandmothers, Tomas and Greta, who keep the peace.",
    ],
)
def test_two_actors_and_their_two_parts(sentence: str) -> None:
    assert cast(page(sentence)) == {"Hal Mercer": "Tomas", "Lia Sand": "Greta"}


def test_two_parts_that_are_actors_or_other_films_are_no_pair() -> None:
    review = page(
        "Hal Mercer plays Tomas. Ines Calder and Oskar Lund play Hal Mercer and Tomas in the "
        "film within the film, and it is confusing."
    )
    assert "Ines Calder" not in cast(review)


def test_an_office_in_capitals_then_the_name_it_goes_by() -> None:
    review = page(
        "Hal Mercer plays Tomas, the village secretary. And Lia Sand's MLA, Chandra Kishor "
        "Singh, is pushed further to the side this season."
    )
    assert cast(review)["Lia Sand"] == "Chandra Kishor Singh"


def test_an_agency_in_capitals_is_no_part() -> None:
    review = page(
        "The villain this time is Frank Harkness, a former CIA operative with a chilly smile "
        "and a very long memory, and he is played by Hal Mercer with unhurried menace."
    )
    assert cast(review) == {"Hal Mercer": "Frank Harkness"}


def test_oscar_is_a_given_name_as_well_as_a_prize() -> None:
    assert is_name("Oscar Lund")
    assert not is_name("Oscar Winner Lia Sand")
    review = page("Oscar Lund plays Andy, a police officer who is less than thrilled.")
    assert cast(review) == {"Oscar Lund": "Andy"}
    review = page("Oscar winner Lia Sand plays Greta, a harbour master.")
    assert cast(review) == {"Lia Sand": "Greta"}


def test_a_character_then_the_actors_surname_in_brackets() -> None:
    review = page(
        "Set a week after the flood, the series follows Tom Calder (Mercer), a limping, "
        "sweating gangster with a chip on his shoulder.",
        "Many people never noticed that Hal Mercer was under all that latex.",
    )
    assert cast(review) == {"Hal Mercer": "Tom Calder"}


def test_a_surname_in_brackets_that_is_the_makers_names_no_actor() -> None:
    review = page(
        "Writer-director Hal Mercer takes us back to the coast. The town of Port Talon "
        "(Mercer) has rarely looked so bleak.",
    )
    assert cast(review) == {}


def test_a_surname_in_brackets_that_two_full_names_share_names_no_actor() -> None:
    review = page(
        "The series follows Tom Calder (Mercer), a limping gangster.",
        "Hal Mercer and Ida Mercer were both considered for the part.",
    )
    assert "Hal Mercer" not in cast(review)
