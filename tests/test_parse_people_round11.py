"""Credits in prose on pages from sites the rules were not written for: the shapes that name an
actor ("X, playing Y", "As Y, she …", "X (Y) … are both superb as …", "Jody is X"), and the
names the prose seems to credit that are no actors of the film (another film's title or parts,
a remake's star, a producer, a real person the story is about, a character killed off), with
the directors, bylines and roles read beside them. Small made-up pages with invented names and
titles: each test fails if its rule goes, and most have a twin the rule must leave alone."""

from __future__ import annotations

import pytest

from prose_pages import CLOSING, OPENING, cast, page, scraped


def test_a_romanised_title_in_brackets_after_the_title_is_no_actor() -> None:
    review = page(
        "Tove Lindqvist's Salt Harbour (Hamna Sorvik) is the kind of film that sneaks up on "
        "you. Hal Mercer plays Osvald, a ferryman, and Lia Sand plays his sister Greta.",
        headline="Salt Harbour review: a ferryman's winter",
    )
    assert cast(review) == {"Hal Mercer": "Osvald", "Lia Sand": "Greta"}


def test_an_actor_in_a_title_role_named_again_is_kept() -> None:
    review = page(
        "Early on, Salt Harbour (Hal Mercer) files a complaint at the station and waits. "
        "Mercer is quietly superb, and Lia Sand plays his sister Greta.",
        headline="Salt Harbour review: a ferryman's winter",
    )
    assert cast(review)["Hal Mercer"] == "Salt Harbour"
    assert cast(review)["Lia Sand"] == "Greta"


def test_the_maker_of_a_film_named_with_its_other_title_is_no_actor() -> None:
    review = page(
        "Oskar Brandvold's Hamna Sorvik (Salt Harbour) is adapted from a novel. Hal Mercer "
        "plays Osvald, a ferryman, and Lia Sand is his sister Greta.",
        headline="Salt Harbour review: a ferryman's winter",
    )
    assert "Oskar Brandvold" not in cast(review)
    assert cast(review)["Hal Mercer"] == "Osvald"


def test_a_longer_other_title_before_the_title_in_brackets_credits_no_maker() -> None:
    review = page(
        "Oskar Brandvold's Kai wa Sonzai Shinai (Salt Harbour) began as a music video. Hal "
        "Mercer plays Osvald, a ferryman, and Lia Sand is his sister Greta.",
        headline="Salt Harbour review: a ferryman's winter",
    )
    assert "Oskar Brandvold" not in cast(review)
    assert cast(review)["Lia Sand"] == "Greta"


def test_the_real_person_whose_surname_an_actor_plays_is_no_actor() -> None:
    review = page(
        "Based on the life of the boxer Jory Vantreck, it stars Hal Mercer as Vantreck "
        "and Tobin Rask as his brother Milo. Lia Sand plays Vera.",
        "Jory Vantreck, who fought the champion six times, is shown as a man at war with himself.",
    )
    assert "Jory Vantreck" not in cast(review)
    assert cast(review)["Hal Mercer"] == "Vantreck"


def test_an_actor_whose_surname_is_a_characters_first_name_is_kept() -> None:
    review = page(
        "Hal Mercer stars as Oliver, a student, and Tobin Rask plays Felix. Lia Oliver plays "
        "Venetia, his sister, with a brittle wit.",
    )
    assert cast(review)["Lia Oliver"] == "Venetia"
    assert cast(review)["Hal Mercer"] == "Oliver"


def test_a_makers_film_under_its_other_name_then_the_title_is_no_credit() -> None:
    review = page(
        "Oskar Brandvold's Hamna Sorvik, released abroad as Salt Harbour, is a mystery. Hal "
        "Mercer plays Osvald, a ferryman, and Lia Sand is Greta, the widow he suspects.",
        headline="Salt Harbour review: a ferryman's winter",
    )
    assert "Oskar Brandvold" not in cast(review)
    assert cast(review)["Hal Mercer"] == "Osvald"


def test_a_character_described_before_the_title_keeps_the_actor() -> None:
    review = page(
        "Hal Mercer plays Osvald, the ferryman of Salt Harbour, and Lia Sand plays Greta.",
        headline="Salt Harbour review: a ferryman's winter",
    )
    assert cast(review) == {"Hal Mercer": "Osvald", "Lia Sand": "Greta"}


def test_a_name_after_as_is_and_a_verb_is_compared_not_cast() -> None:
    review = page(
        "Hal Mercer plays the composer, and Lia Sand plays his wife Greta. His mentor Ivo "
        "Brandt is a presence throughout, as is the conductor Tobin Rask.",
    )
    assert "Ivo Brandt" not in cast(review)
    assert "Tobin Rask" not in cast(review)
    assert cast(review)["Lia Sand"] == "Greta"


def test_an_aside_closed_by_a_comma_inside_quotes_still_credits_the_actor() -> None:
    review = page(
        'Hal Mercer, on a break from "Night Ferry," plays Osvald, the ferryman\'s son. Lia '
        "Sand plays Greta with a wary warmth.",
    )
    assert cast(review)["Hal Mercer"] == "Osvald"


def test_an_aside_closed_by_a_comma_inside_curly_quotes_still_credits_the_actor() -> None:
    review = page(
        "Hal Mercer, on a break from “Night Ferry,” plays Osvald, the ferryman's son. Lia Sand "
        "plays Greta with a wary warmth.",
    )
    assert cast(review)["Hal Mercer"] == "Osvald"


def test_two_played_by_credits_in_a_row_keep_their_own_roles() -> None:
    review = page(
        "The season belongs to Greta Vantreck, played by Lia Sand, and Osvald Brandt, played "
        "by Hal Mercer, who finally go from friends to lovers."
    )
    assert cast(review) == {"Lia Sand": "Greta Vantreck", "Hal Mercer": "Osvald Brandt"}


def test_a_list_after_played_by_still_credits_each_name() -> None:
    review = page("The three sisters, played by Ada Lind, Tove Sand and Mara Holm, are a chorus.")
    assert cast(review) == {"Ada Lind": None, "Tove Sand": None, "Mara Holm": None}


def test_a_caption_of_actors_playing_any_description_in_the_film_credits_them() -> None:
    review = page(
        "Hal Mercer, Tobin Rask and Ivo Brandt play feuding brothers in “Salt Harbour.”",
        "The brothers run the ferry between them, and none of them speaks to the others.",
    )
    assert set(cast(review)) == {"Hal Mercer", "Tobin Rask", "Ivo Brandt"}


def test_a_caption_of_actors_in_another_film_credits_nobody() -> None:
    review = page(
        "Hal Mercer, Tobin Rask and Ivo Brandt play feuding brothers in “Night Ferry.”",
        "The brothers run the ferry between them, and none of them speaks to the others.",
    )
    assert cast(review) == {}


def test_a_description_set_before_a_name_in_a_pair_of_roles_gives_the_name() -> None:
    review = page(
        "Hal Mercer and Lia Sand remain the show's foundation as Osvald Brandt and his wife, "
        "Greta. Mercer's Osvald is a ferryman of modest means."
    )
    assert cast(review) == {"Hal Mercer": "Osvald Brandt", "Lia Sand": "Greta"}


def test_a_performance_far_from_as_and_a_whole_name_after_it_is_a_credit() -> None:
    review = page(
        "Hal Mercer plays Osvald. Lia Sand is terrific in a small but crucial part as Greta "
        "Holm, the engineer who raised him."
    )
    assert cast(review) == {"Hal Mercer": "Osvald", "Lia Sand": "Greta Holm"}


def test_as_before_a_name_and_its_verb_is_while_not_a_part() -> None:
    review = page(
        "Hal Mercer plays Osvald. Lia Sand is superb in the long sequence at the harbour as "
        "Greta Holm watches."
    )
    assert cast(review) == {"Hal Mercer": "Osvald"}


def test_another_works_title_before_as_and_a_role_is_no_actor() -> None:
    review = page(
        "Hal Mercer plays Osvald. Lia Sand is as good here as she was in Night Ferry as Mara Holm."
    )
    assert cast(review) == {"Hal Mercer": "Osvald"}


def test_with_a_name_as_a_role_is_still_a_credit() -> None:
    review = page("The film stars Hal Mercer as Osvald, with Lia Sand as Greta.")
    assert cast(review) == {"Hal Mercer": "Osvald", "Lia Sand": "Greta"}


def test_a_title_that_plays_out_or_plays_like_something_is_no_actor() -> None:
    for how in ("plays out over one long night", "plays like a dream by comparison"):
        review = page(f"Hal Mercer plays Osvald. Night Ferry {how}, and Lia Sand plays Greta.")
        assert cast(review) == {"Hal Mercer": "Osvald", "Lia Sand": "Greta"}, how


def test_a_credited_actor_who_plays_against_type_is_still_cast() -> None:
    review = page(
        "Hal Mercer plays against type, and it works. Mercer is Osvald, a ferryman.",
        labels="Cast: Hal Mercer, Lia Sand",
    )
    assert "Hal Mercer" in cast(review)


def test_a_part_played_in_a_film_named_with_its_title_in_brackets_is_kept() -> None:
    review = page(
        "Hal Mercer plays Osvald in Hamna Sorvik (Salt Harbour). Lia Sand plays Greta.",
        headline="Salt Harbour review: a ferryman's winter",
    )
    assert cast(review) == {"Hal Mercer": "Osvald", "Lia Sand": "Greta"}


def test_adverbs_between_a_role_and_played_by_leave_the_role() -> None:
    review = page(
        "The early episodes follow his search for the smuggler, once again played with quiet "
        "menace by Hal Mercer, and those opening hours are the strongest."
    )
    assert cast(review) == {"Hal Mercer": "the smuggler"}


def test_a_pair_praised_for_playing_a_part_puts_the_performer_outside() -> None:
    review = page(
        "Nell Avery remains a delight as the landlady, and Hal Mercer (Osvald Brenn) and Lia "
        "Sand (Greta Lunde) are both superb as two ferry hands who have seen every storm.",
    )
    assert cast(review) == {
        "Nell Avery": "the landlady",
        "Hal Mercer": "Osvald Brenn",
        "Lia Sand": "Greta Lunde",
    }


def test_an_unpraised_pair_is_still_read_character_first() -> None:
    review = page(
        "Osvald Brenn (Hal Mercer) and Greta Lunde (Lia Sand) run the ferry between two "
        "islands that have not spoken in years.",
    )
    assert cast(review) == {"Hal Mercer": "Osvald Brenn", "Lia Sand": "Greta Lunde"}


def test_the_pages_settled_habit_outweighs_the_praise_of_one_pair() -> None:
    review = page(
        "Osvald Brenn (Hal Mercer) keeps the ferry running. His sister Greta Lunde (Lia Sand) "
        "is superb as a bookkeeper who has seen every storm.",
        labels="Starring: Hal Mercer",
    )
    assert cast(review) == {"Hal Mercer": "Osvald Brenn", "Lia Sand": "Greta Lunde"}


def test_who_with_an_adverb_or_another_verb_before_plays_credits_the_name() -> None:
    for clause in ("who again plays", "who created the series and also plays"):
        review = page(f"Lia Sand, {clause} Greta Lunde, the eldest sister, holds it together.")
        assert cast(review) == {"Lia Sand": "Greta Lunde"}, clause


def test_a_name_then_playing_a_part_in_capitals_is_a_credit() -> None:
    review = page(
        "Hal Mercer, playing Osvald Brenn, the ferryman's grandfather, does heartbreaking work."
    )
    assert cast(review) == {"Hal Mercer": "Osvald Brenn"}
    for twin in ("playing against type", "playing opposite a dog"):
        assert cast(page(f"Hal Mercer, {twin}, does heartbreaking work.")) == {}, twin


def test_a_surname_that_plays_a_person_makes_the_full_name_a_performer() -> None:
    review = page(
        "Lia Sand is Greta Lunde, and she remains the reason to watch. Sand plays a woman "
        "who believes every lie she tells."
    )
    assert cast(review) == {"Lia Sand": "Greta Lunde"}
    # A surname that plays a trick or a game is no performer.
    for what in ("a long game with time", "a cruel trick on the audience"):
        review = page(f"Ana Lima made this film in a hurry. Lima plays {what}, and it pays.")
        assert cast(review) == {}, what


def test_parts_told_in_the_past_tense_are_other_films() -> None:
    review = page(
        "Hal Mercer plays Osvald, a ferryman. Ana Lima's Greta and Tova Berg's Vera were both, "
        "in their ways, women coming apart in public. Mercer's Osvald is a man holding still."
    )
    assert cast(review) == {"Hal Mercer": "Osvald"}
    # Told in the present, in a paragraph about the cast, the same parts are this film's.
    review = page(
        "Hal Mercer plays Osvald, a ferryman. Ana Lima's Greta and Tova Berg's Vera are both, "
        "in their ways, women coming apart in public. Mercer's Osvald is a man holding still."
    )
    assert cast(review) == {"Hal Mercer": "Osvald", "Ana Lima": "Greta", "Tova Berg": "Vera"}


def test_a_character_who_is_a_director_leaves_room_for_the_films_maker() -> None:
    review = page(
        "Ana Lima's 11th feature is a film about a play about a town.",
        "The actor playing Osvald asks the director, Schubert Vale (Hal Mercer), whether he is "
        "doing the part right.",
    )
    assert review.directors == ("Ana Lima",)
    assert cast(review) == {"Hal Mercer": "Schubert Vale"}


def test_a_name_owning_the_title_in_quotes_is_its_director() -> None:
    for written in ("‘Salt Harbour’ is", "“Salt Harbour,” which landed on Netflix, is"):
        review = page(f"Ana Lima’s {written} a gorgeous myth that forgets to keep moving.")
        assert review.directors == ("Ana Lima",), written


def test_a_standfirst_over_a_box_of_facts_credits_like_the_review() -> None:
    text = (
        "Ferry Lights movie review: Hal Mercer sees further than the script does\n\n"
        "Written By: Jane Critic | Updated: May 10, 2024\n\n"
        "Story highlights\n"
        "Hal Mercer plays Osvald Brenn, the blind ferryman, in Ana Lima's biopic, which opened "
        "in cinemas today.\n\n"
        "Ferry Lights\nDirector: Ana Lima\nCast: Hal Mercer, Lia Sand\nRating: 3.5/5\n\n"
        f"{OPENING}\n\nLia Sand plays Greta, his sister, with a warmth the film needs.\n\n"
        f"{CLOSING}\n"
    )
    review = scraped(text)
    assert cast(review) == {"Hal Mercer": "Osvald Brenn", "Lia Sand": "Greta"}


def test_an_aside_before_and_keeps_the_second_clause_apart() -> None:
    review = page(
        "Lia Sand plays Greta, who is thorough to a fault, and Hal Mercer is a live wire as "
        "Osvald Brenn, a brilliant, abrasive intern."
    )
    assert cast(review) == {"Lia Sand": "Greta", "Hal Mercer": "Osvald Brenn"}


def test_a_sentence_opening_on_the_part_credits_the_one_person_before_it() -> None:
    review = page(
        "Hal Mercer is, once again, the reason to watch. As Ambassador Greta Lunde, she is "
        "brilliant, tactless and exhausting."
    )
    assert cast(review) == {"Hal Mercer": "Ambassador Greta Lunde"}
    review = page("The revelation here is Hal Mercer. As Osvald, a warlord with a hook, he roars.")
    assert cast(review) == {"Hal Mercer": "Osvald"}
    # Two people before it, or the film's making: nobody.
    for before in ("Hal Mercer and Lia Sand are fine.", "Ana Lima directed it with Hal Mercer."):
        assert cast(page(f"{before} As Osvald, he is superb in every scene.")) == {}, before


def test_names_that_all_pop_up_are_cast_but_not_those_who_turn_up_the_heat() -> None:
    review = page("Hal Mercer, Lia Sand and Jo Wren all pop up for a scene or two.")
    assert cast(review) == {"Hal Mercer": None, "Lia Sand": None, "Jo Wren": None}
    assert cast(page("Hal Mercer and Lia Sand make cameos.")) == {
        "Hal Mercer": None,
        "Lia Sand": None,
    }
    assert cast(page("Hal Mercer and Lia Sand turn up the heat in the last act.")) == {}


def test_a_surname_with_a_collaborator_names_the_director() -> None:
    review = page(
        "It is the finest sequence of Ana Lima’s career, and the one where she lets go.",
        "Lima and her co-writer, Tova Berg, make one major change to the novel's ending.",
    )
    assert review.directors == ("Ana Lima",)
    # An actor with the writer is still no director.
    review = page(
        "Hal Mercer plays Osvald. Mercer and screenwriter Tova Berg met on the set, she says."
    )
    assert review.directors == ()


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Hal Mercer pops up as the boy general Osvald del Brenn.", "Osvald del Brenn"),
        (
            "Hal Mercer, as an instructor named Osvald St. Brenn who helps, is fine.",
            "Osvald St. Brenn",
        ),
        ("Hal Mercer has a tense little moment as Osvald Brenn at Newport.", "Osvald Brenn"),
        ("Hal Mercer also returns as Osvald and makes every second count.", "Osvald"),
    ],
)
def test_a_role_keeps_its_particles_and_stops_before_a_place_or_a_verb(
    sentence: str, role: str
) -> None:
    assert cast(page(sentence)) == {"Hal Mercer": role}


def test_a_part_that_is_a_performer_named_in_full_is_a_credit() -> None:
    review = page(
        "Greta is Lia Sand, and she is the secret weapon here. Sand plays it with a poker face."
    )
    assert cast(review) == {"Lia Sand": "Greta"}
    review = page(
        "The publican, Osvald, is Hal Mercer, drunk and shambling.", labels="Cast: Hal Mercer"
    )
    assert cast(review) == {"Hal Mercer": "Osvald"}
    # Nobody the page makes a performer: no credit.
    assert cast(page("Greta is Lia Sand, and she is the secret weapon here.")) == {}


def test_a_character_named_before_a_part_opening_a_sentence_is_no_actor() -> None:
    assert cast(page("Osvald Brenn is back at the docks. As Osvald, he is torn in two.")) == {}
    review = page("Lia Sand plays Greta Lunde. Greta Lunde is tired. As Ambassador Greta, she …")
    assert "Greta Lunde" not in cast(review)


def test_a_described_actor_in_brackets_is_the_actor() -> None:
    review = page("The client's aide, Osvald Brenn (a young, cold-eyed Hal Mercer), is too eager.")
    assert cast(review) == {"Hal Mercer": "Osvald Brenn"}


def test_another_works_star_a_making_credit_and_a_missed_part_are_no_cast() -> None:
    review = page(
        "Hal Mercer plays Osvald. The 2022 British remake, Salt Water, scripted by Tova Berg "
        "and starring Jo Wren, was a graceful tribute.",
        "Produced under the actor's own banner alongside Lia Sand, who is credited as a "
        "producer, it feels personal.",
        "We miss Ana Lima's Greta Lunde, killed off last time round, but nobody mourns long.",
    )
    assert cast(review) == {"Hal Mercer": "Osvald"}
    # This film's own cast "starring" after its title is still cast.
    review = page("The film, scripted by Tova Berg and starring Jo Wren, is a graceful thing.")
    assert "Jo Wren" in cast(review)


def test_a_title_and_its_year_under_a_cast_label_is_no_credit() -> None:
    review = scraped(
        "Harbour Lights review\n\nBy Jane Doe\n\nCast & Crew\n\nSalt Harbour (1952)\n\n"
        f"{OPENING}\n\nHal Mercer plays Osvald, a ferryman.\n\n{CLOSING}\n"
    )
    assert "Salt Harbour" not in cast(review)
