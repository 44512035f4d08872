"""Families of credit wording that pages of unseen sites use: a possessive after a name ending
in s, "X brings Y to life", "X, Y and Z round out an ensemble", "And X, who plays Y", "X is Y,
the … who", a description before the name after "plays", a relation as the subject of "is
played by", and comparisons through "remember" or a quoted title. Small made-up pages with
invented names: each test fails if its rule goes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from prose_pages import cast, page


def test_a_possessive_after_a_name_ending_in_s() -> None:
    review = page(
        "Hal Mercer plays Tom, but the performances are uneven. Dorrie Vances' Ines is the one "
        "to watch, and Tobin Rask’s Emil holds his own.",
    )
    assert cast(review) == {"Hal Mercer": "Tom", "Dorrie Vances": "Ines", "Tobin Rask": "Emil"}


def test_a_quoted_word_ending_in_s_is_no_possessive() -> None:
    review = page(
        "Hal Mercer plays Tom. The town calls its visitors 'the outsiders' Mostly in jest, "
        "and the joke wears thin.",
    )
    assert cast(review) == {"Hal Mercer": "Tom"}


def test_brings_a_character_to_life() -> None:
    review = page(
        "Hal Mercer brings Ines Roan to life with a dry, sly wit that would be too much in any "
        "other film. Lia Sand, meanwhile, brings Cardinal Vasco of Lisbon to life with great "
        "dignity.",
    )
    assert cast(review) == {"Hal Mercer": "Ines Roan", "Lia Sand": "Cardinal Vasco"}


def test_names_that_round_out_an_ensemble_or_a_cast() -> None:
    review = page(
        "Hal Mercer plays Tom. Lia Sand, Tobin Rask and Petra Holm round out an ensemble that "
        "is never less than wonderful.",
        "Greta Vale and Oskar Lund round out a cast without a weak link.",
    )
    assert cast(review) == {
        "Hal Mercer": "Tom",
        "Lia Sand": None,
        "Tobin Rask": None,
        "Petra Holm": None,
        "Greta Vale": None,
        "Oskar Lund": None,
    }


def test_and_before_a_name_that_plays_in_a_relative_clause() -> None:
    review = page("And Tobin Rask, who plays Emil Varga, the island's lost boy, is heartbreaking.")
    assert cast(review) == {"Tobin Rask": "Emil Varga"}


def test_is_a_name_then_a_description_ending_in_a_nationality() -> None:
    review = page("Tobin Rask is Bellamy, the liberal American who claims not to want the job.")
    assert cast(review) == {"Tobin Rask": "Bellamy"}


def test_plays_a_described_friend_then_the_name() -> None:
    review = page(
        "Hal Mercer plays Tom. Lia Sand plays Tom's loyal, perpetually terrified friend Bittu "
        "with sweet conviction."
    )
    assert cast(review) == {"Hal Mercer": "Tom", "Lia Sand": "Bittu"}


def test_a_relation_with_a_description_is_played_by() -> None:
    review = page(
        "Hal Mercer plays Tom. Tom’s father, the island’s bullying policeman, is played with "
        "real menace by Lia Sand."
    )
    assert cast(review) == {
        "Hal Mercer": "Tom",
        "Lia Sand": "Tom’s father, the island’s bullying policeman",
    }


def test_a_star_remembered_from_another_film_is_not_cast() -> None:
    review = page(
        "Hal Mercer's Tom is a wreck and the performances are strong.",
        "Fans of Moonbeam will remember Greta Vale's Rosa dancing in the rain; nothing here "
        "quite matches that film's punch.",
    )
    assert cast(review) == {"Hal Mercer": "Tom"}


def test_a_possessive_in_a_clause_about_a_quoted_film_is_not_cast() -> None:
    review = page(
        "Hal Mercer plays Tom, and Lia Sand's Ada is wonderful.",
        "Anyone expecting the gags of “Moonbeam,” in which Oskar Lunds’ Harry stole every "
        "scene, may find the pace stately.",
    )
    assert cast(review) == {"Hal Mercer": "Tom", "Lia Sand": "Ada"}


_FIRST = st.sampled_from(["Hal", "Lia", "Tobin", "Petra", "Oskar", "Greta", "Ivo", "Kasia"])
_LAST = st.sampled_from(["Mercer", "Sand", "Rask", "Holm", "Lund", "Vale", "Brandt", "Wren"])


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(_FIRST, _LAST), min_size=2, max_size=4, unique_by=lambda n: n[1]))
def test_any_list_that_rounds_out_a_cast_is_credited_without_roles(
    names: list[tuple[str, str]],
) -> None:
    full = [f"{first} {last}" for first, last in names]
    listed = ", ".join(full[:-1]) + " and " + full[-1]
    review = page(f"{listed} round out a cast that is never less than wonderful.")
    assert cast(review) == dict.fromkeys(full)


def test_an_apposed_as_with_a_description_of_a_person() -> None:
    review = page("Hal Mercer, as the harbour boss, is used sparingly and well.")
    assert cast(review) == {"Hal Mercer": "the harbour boss"}


def test_is_a_relation_then_the_name() -> None:
    review = page(
        "Hal Mercer plays Tom, and Lia Sand is his teenage daughter Rosa, who has no time for "
        "him at all."
    )
    assert cast(review) == {"Hal Mercer": "Tom", "Lia Sand": "Rosa"}


def test_lends_a_voice_to_a_character() -> None:
    review = page("Hal Mercer plays Tom. Tobin Rask lends his voice again to K-7RX, the robot.")
    assert cast(review) == {"Hal Mercer": "Tom", "Tobin Rask": "K-7RX"}


def test_names_in_smaller_parts_after_while() -> None:
    review = page(
        "Hal Mercer plays Tom, while Lia Sand and Tobin Rask add salty flavour in smaller parts."
    )
    assert cast(review) == {"Hal Mercer": "Tom", "Lia Sand": None, "Tobin Rask": None}


def test_support_from_names_and_a_cast_that_includes_them() -> None:
    review = page(
        "Hal Mercer plays Tom, with strong support from Lia Sand and Tobin Rask.",
        "It is a cast that also includes Petra Holm and Oskar Lund.",
        "Greta Vale and Ivo Brandt are both excellent in support, and Kasia Wren and Anton "
        "Ruiz give fine supporting performances.",
    )
    assert cast(review) == {
        "Hal Mercer": "Tom",
        **dict.fromkeys(
            [
                "Lia Sand",
                "Tobin Rask",
                "Petra Holm",
                "Oskar Lund",
                "Greta Vale",
                "Ivo Brandt",
                "Kasia Wren",
                "Anton Ruiz",
            ]
        ),
    }


def test_a_possessive_of_a_described_person_shows_the_habit() -> None:
    review = page(
        "Tobin Rask’s Emil Varga is a painter with no talent and plenty of money. Lia Sand’s "
        "Ada, the girlfriend who is writing a book, distrusts him from the first afternoon."
    )
    assert cast(review) == {"Tobin Rask": "Emil Varga", "Lia Sand": "Ada"}


def test_a_maker_s_film_through_a_possessive_is_no_credit() -> None:
    review = page(
        "Hal Mercer plays Tom, and Lia Sand's Ada is wonderful.",
        "Mara Olsen's Moonbeam is a comedy about a ferryman, and Producer Ivo Brandt's "
        "company made it; Ivo Brandt's Sunburn was a hit too.",
        headline="Moonbeam review",
    )
    assert cast(review) == {"Hal Mercer": "Tom", "Lia Sand": "Ada"}


def test_the_film_s_own_title_after_its_maker_s_name_is_no_role() -> None:
    review = page(
        "Hal Mercer plays Tom, and Lia Sand's Ada is wonderful. Mara Olsen's Salt Harbour "
        "never hurries."
    )
    assert cast(review) == {"Hal Mercer": "Tom", "Lia Sand": "Ada"}


def test_a_song_that_plays_is_no_credit() -> None:
    review = page(
        "Hal Mercer plays Tom. Greta Vale plays on the radio in the diner, and Oskar Lund "
        "plays over the final scene, a little too loudly."
    )
    assert cast(review) == {"Hal Mercer": "Tom"}


def test_as_before_a_participle_is_no_part() -> None:
    review = page("Hal Mercer plays Tom. Ada Lind, as played by Lia Sand, is a force.")
    assert cast(review) == {"Hal Mercer": "Tom", "Lia Sand": "Ada Lind"}


def test_not_since_another_actor_as_a_part() -> None:
    review = page("Hal Mercer plays Tom. Not since Oskar Lund as Lincoln has an actor so vanished.")
    assert cast(review) == {"Hal Mercer": "Tom"}


def test_starring_at_a_sentence_start_and_a_one_word_name_in_the_list() -> None:
    review = page(
        "Starring Hal Mercer and Lia Sand, the film is a blast.",
        "The sequel, starring Zendra, Tobin Rask and Petra Holm, is louder.",
    )
    assert cast(review) == dict.fromkeys(
        ["Hal Mercer", "Lia Sand", "Zendra", "Tobin Rask", "Petra Holm"]
    )


def test_a_one_word_item_alone_after_starring_is_no_name() -> None:
    review = page("Hal Mercer plays Tom. The poster, starring Paris, is lovely.")
    assert cast(review) == {"Hal Mercer": "Tom"}


def test_a_turn_from_a_name_and_a_scene_stealer_and_superb_support() -> None:
    review = page(
        "Hal Mercer plays Tom. There is a lovely turn from Lia Sand, too, and Tobin Rask "
        "steals every scene he is in; Petra Holm is superb."
    )
    assert cast(review) == {
        "Hal Mercer": "Tom",
        "Lia Sand": None,
        "Tobin Rask": None,
        "Petra Holm": None,
    }


def test_a_character_or_a_real_person_described_with_delight_is_not_cast() -> None:
    review = page(
        "Hal Mercer plays Tom. Winston Churchill is a hoot, in the film's telling, and Emil "
        "Varga is wonderful company until he is not.",
        "Composer Ivo Brandt is superb, as ever, and Mara Olsen's script is terrific.",
    )
    assert cast(review) == {"Hal Mercer": "Tom"}


def test_is_someone_s_relation_then_the_name() -> None:
    review = page("Hal Mercer plays Tom. Lia Sand is Tom's mother, Ada.")
    assert cast(review) == {"Hal Mercer": "Tom", "Lia Sand": "Ada"}


def test_a_nationality_before_a_character_s_name_is_not_the_role() -> None:
    review = page(
        "Hal Mercer, as the smooth Canadian Cardinal Tremblay, has the charm of a man with "
        "something in his drawer, and Lia Sand plays the Italian Tedesco."
    )
    assert cast(review) == {"Hal Mercer": "Cardinal Tremblay", "Lia Sand": "Tedesco"}


def test_a_relation_with_a_relative_clause_is_played_by() -> None:
    review = page(
        "Hal Mercer plays Tom. Even Tom’s ex, a forensic investigator whose face stays hidden "
        "behind a mask, is played by Lia Sand, uncredited."
    )
    assert cast(review) == {"Hal Mercer": "Tom", "Lia Sand": "Tom’s ex, a forensic investigator"}


def test_names_that_line_up_and_a_member_of_a_group() -> None:
    review = page(
        "Hal Mercer plays Tom. Lia Sand, Tobin Rask and Petra Holm line up to tell him he is "
        "being transferred.",
        "Oskar Lund, of Moonbeam fame, turns up as a member of the Harbour Watch.",
    )
    assert cast(review) == {
        "Hal Mercer": "Tom",
        "Lia Sand": None,
        "Tobin Rask": None,
        "Petra Holm": None,
        "Oskar Lund": "a member of the Harbour Watch",
    }
