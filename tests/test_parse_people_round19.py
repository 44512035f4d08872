"""Credits in prose: shapes read on a held-out set of pages from sites the rules were not
written for. Small made-up pages with invented names and titles: each test fails if its rule
goes, and most have a twin in another wording of the same shape."""

from __future__ import annotations

import pytest

from reeltui.parse.credits import is_name
from reeltui.parse.labels import label_kind

from prose_pages import cast, page


def test_a_word_said_of_a_person_before_the_name_is_not_part_of_it() -> None:
    review = page(
        "Little Tamsin Orrey, as their six-year-old Pip, is so natural that the scenes hurt. "
        "Rapper Dex Kallow is Rook, the gang's driver, and he steals every scene he is in.",
        "Cleavon Marsh plays the grandfather, and Holt Little plays Ezra, the lodger upstairs.",
    )
    got = cast(review)
    assert got["Tamsin Orrey"] == "Pip"
    assert "Little Tamsin Orrey" not in got
    assert got["Dex Kallow"] == "Rook"
    assert got.get("Holt Little") == "Ezra"


def test_a_word_said_of_a_person_still_ends_a_surname() -> None:
    assert not is_name("Little Tamsin")
    assert not is_name("Comedian Jo Prentice")
    assert is_name("Cleavon Little")
    assert is_name("Bryan Singer")


def test_an_owner_of_a_thing_the_crafts_made_plays_no_part() -> None:
    review = page(
        "Hal Mercer's Tomas is a wreck of a man, and Lia Sand's Vera is his match.",
        "Orrin Vale's stop-motion KX-7 lurches down the stairs, and Bea Trell's animatronic "
        "Grimble still looks alive. Tobin Rask's Emil, meanwhile, says nothing at all.",
        labels="Cast: Hal Mercer, Lia Sand, Tobin Rask",
    )
    got = cast(review)
    assert got == {
        "Hal Mercer": "Tomas",
        "Lia Sand": "Vera",
        "Tobin Rask": "Emil",
    }


def test_a_list_of_bracket_pairs_that_fills_out_the_cast_has_the_actors_outside() -> None:
    review = page(
        "Orla Penn (Bram Tully) and Cass Ivey (Mott) fill out the villainous family.",
        "Later on, Dara Quill (Nell) and Hugo Brenn (Abel Stroud) round out the gang.",
    )
    assert cast(review) == {
        "Orla Penn": "Bram Tully",
        "Cass Ivey": "Mott",
        "Dara Quill": "Nell",
        "Hugo Brenn": "Abel Stroud",
    }


def test_a_bracket_pair_beside_one_holding_a_single_word_is_not_read_the_common_way() -> None:
    review = page("Orla Penn (Bram Tully) and Cass Ivey (Mott) share a house by the sea.")
    assert cast(review) == {}
    twin = page("Cass Ivey (Mott), Orla Penn (Bram Tully) and Ned Vale (Sim) share a house.")
    assert cast(twin) == {}
    common = page("Bram Tully (Orla Penn) and Mott Ivey (Cass Rhee) share a house by the sea.")
    assert cast(common) == {"Orla Penn": "Bram Tully", "Cass Rhee": "Mott Ivey"}


def test_a_one_word_stage_name_after_a_calling_is_a_named_part() -> None:
    review = page(
        "Rapper Dexo is Makan, the boss's driver who turns on him, and he is a natural.",
        "Comedian Tayo is Bisi, the landlord's son. The singer Ama plays Efua, his sister.",
    )
    assert cast(review) == {"Dexo": "Makan", "Tayo": "Bisi", "Ama": "Efua"}


def test_a_one_word_stage_name_after_a_calling_that_is_a_place_or_a_nation_plays_none() -> None:
    review = page(
        "Rapper Dexo is Nigerian, and proud of it. Singer Ama is Ghana's biggest star. "
        "Comedian Tayo is Lagos, in a way: loud, warm and late.",
    )
    assert cast(review) == {}


def test_a_part_named_after_as_ends_at_the_clause_s_verb_in_the_past() -> None:
    review = page(
        "Hal Mercer as Osvald Brenn made a whole country swoon in the nineties.",
        "Lia Sand as Ada stole every scene, and Tobin Rask, as Ada's devoted brother Emil, "
        "is a quiet wonder.",
    )
    assert cast(review) == {"Hal Mercer": "Osvald Brenn", "Lia Sand": "Ada", "Tobin Rask": "Emil"}


def test_a_part_whose_surname_has_two_particles_keeps_them() -> None:
    review = page(
        "Hal Mercer plays Wikus van de Merwe, a clerk put in charge of the evictions, and "
        "Lia Sand plays Ana de la Cruz, his wife. Tobin Rask plays Piet van Zyl, a mercenary.",
    )
    assert cast(review) == {
        "Hal Mercer": "Wikus van de Merwe",
        "Lia Sand": "Ana de la Cruz",
        "Tobin Rask": "Piet van Zyl",
    }


def test_a_long_aside_between_the_actor_and_plays() -> None:
    review = page(
        "Hal Mercer, a stage manager friend of the director's with almost no acting experience "
        "at the time, plays Osvald Brenn, the ferryman.",
        "Lia Sand, a schoolteacher from the next valley who answered an open call for the part "
        "of a lifetime, plays Ada.",
    )
    assert cast(review) == {"Hal Mercer": "Osvald Brenn", "Lia Sand": "Ada"}


def test_an_aside_in_brackets_between_the_actor_and_plays() -> None:
    review = page(
        "Hal Mercer (to use his full name at last) plays Osvald with zero vanity, and Lia Sand "
        "(barely recognisable under the wig) plays Ada.",
        "The ferry (seen here in its last season) plays a part of its own.",
    )
    assert cast(review) == {"Hal Mercer": "Osvald", "Lia Sand": "Ada"}


def test_one_described_character_whose_actor_is_then_spoken_of_as_a_performer() -> None:
    credit = (
        "Tobin Rask is Joe, the team's young Irish coach, whose own footballing career was "
        "ended by injury. His character is the film's least developed."
    )
    review = page(
        "Hal Mercer plays Osvald with a tomboy swagger, and the scenes of him at sea are fun.",
        credit + " But Rask brings enough brooding charm to make the heartbreak land.",
    )
    assert cast(review) == {"Hal Mercer": "Osvald", "Tobin Rask": "Joe"}
    twin = page(
        "Hal Mercer plays Osvald with a tomboy swagger, and the scenes of him at sea are fun.",
        "Lia Sand is Vera Holm, the executive whose project gets upstaged, and she plays "
        "corporate rage like it is Shakespeare.",
    )
    assert cast(twin) == {"Hal Mercer": "Osvald", "Lia Sand": "Vera Holm"}
    # a plot sentence: the page never speaks of the name as a performer's
    plot = page("Hal Mercer plays Osvald with a swagger.", credit)
    assert cast(plot) == {"Hal Mercer": "Osvald"}


def test_the_direction_split_or_shared_between_two_names_them_both() -> None:
    review = page(
        "The direction is split between Ada Finch and Nora Vell, two of the most respected "
        "names in the country's film, and the first half shows their hand. Hal Mercer plays "
        "Osvald.",
    )
    assert review.directors == ("Ada Finch", "Nora Vell")
    twin = page("Direction was shared by Ivo Brandt and Cal Brandt. Hal Mercer plays Osvald.")
    assert twin.directors == ("Ivo Brandt", "Cal Brandt")


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Screenplay - Direction", "director"),
        ("Story, Screenplay & Direction", "director"),
        ("Writing and Direction", "director"),
        ("Art Direction", None),
        ("Music direction", None),
    ],
)
def test_a_label_of_several_jobs_that_ends_in_direction(label: str, kind: str | None) -> None:
    assert label_kind(label) == kind


def test_a_broadcaster_owning_the_series_is_no_director() -> None:
    review = page(
        "Yet Salt Harbour, HBO Max's ten-episode adaptation of the novel, is the show we need. "
        "Hal Mercer plays Osvald.",
    )
    assert review.directors == ()
    twin = page("Salt Harbour, BBC Two's new drama, is a treat. Hal Mercer plays Osvald.")
    assert twin.directors == ()


def test_a_name_with_directing_after_with_is_the_director() -> None:
    review = page(
        "Developed by Bram Holloway, with Ada Finch directing the premiere, the series moves "
        "between three timelines. Hal Mercer plays Osvald.",
    )
    assert review.directors == ("Ada Finch",)
    twin = page("With Nora Vell at the helm, the film never sags. Hal Mercer plays Osvald.")
    assert twin.directors == ("Nora Vell",)


def test_the_role_of_a_character_goes_to_an_actor() -> None:
    review = page(
        "The role of Osvald goes to Hal Mercer, who young viewers will know from television, "
        "and it is a star-making turn. The part of Ada Lind went to Lia Sand, then unknown.",
        "The role of a lifetime goes to nobody here.",
    )
    assert cast(review) == {"Hal Mercer": "Osvald", "Lia Sand": "Ada Lind"}
