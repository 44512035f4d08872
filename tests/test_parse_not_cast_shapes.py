"""Shapes of prose that name someone who is not this film's actor beside the shapes that
credit one: a maker with a work of theirs in brackets, and more below. Small made-up pages, each
with a twin worded another way."""

from __future__ import annotations

from prose_pages import cast, page

LABELS = "Cast: Hal Mercer, Lia Sand"


def test_a_maker_with_a_work_in_brackets_is_no_part_and_no_actor() -> None:
    for sentence in (
        "The director, Ilse Brandt (Dust Crown), never lets the pace slacken.",
        "Its three directors — Tom Hale (Night Bus), Ada Rusk and Pia Lunde — wrote it all.",
        "Its screenwriter, Oren Vasquez (Paper Moons), gives the dialogue its snap.",
        "Writer-director Nadia Okoro (Salt Flats) keeps it tight.",
    ):
        review = page(f"Hal Mercer plays Osvald, the ferryman. {sentence}")
        assert cast(review) == {"Hal Mercer": "Osvald"}, sentence


def test_a_maker_and_a_work_in_brackets_on_a_page_of_actors_in_brackets() -> None:
    # The page's habit is "Actor (Part)": the maker is no actor, nor the work a part.
    for sentence in (
        "Director Ilse Brandt (Dust Crown) keeps the camera low.",
        "The screenplay by Pia Lunde (Night Bus) is sharp.",
    ):
        review = page(
            f"Hal Mercer (Osvald) and Lia Sand (Greta) carry it. {sentence}", labels=LABELS
        )
        assert cast(review) == {"Hal Mercer": "Osvald", "Lia Sand": "Greta"}, sentence


def test_a_character_who_is_a_director_keeps_the_actor_in_brackets() -> None:
    # The twin: a job as the object of a verb may be a character's, its actor in brackets.
    review = page(
        "Lia Sand plays Greta. The actor playing Osvald asks the director, Schubert Vale "
        "(Hal Mercer), whether he is doing the part right."
    )
    assert cast(review)["Hal Mercer"] == "Schubert Vale"


def test_a_name_closing_an_aside_before_the_verb_is_not_who_plays() -> None:
    for sentence, actor, role in (
        (
            "Tom Hale, a fixture of the director's work since Night Bus, plays the father.",
            "Tom Hale",
            "the father",
        ),
        (
            "Brenner, who had worked with Ilse Brandt on Salt Flats and Paper Moons, plays the "
            "ferryman.",
            "Ada Brenner",
            "the ferryman",
        ),
    ):
        review = page(sentence, labels="Cast: Tom Hale, Ada Brenner")
        assert set(cast(review)) == {"Tom Hale", "Ada Brenner"}, sentence
        assert cast(review)[actor] in (role, None), sentence


def test_another_part_of_the_work_named_by_its_place_has_its_own_cast() -> None:
    for sentence in (
        "The second series, Salt Flats, set in Leeds and starring Mona Ruiz, was a step down.",
        "Its third season, Dust Crown, filmed in Oslo and starring Mona Ruiz, lost its way.",
    ):
        review = page(f"Hal Mercer plays Osvald, the ferryman. {sentence}")
        assert cast(review) == {"Hal Mercer": "Osvald"}, sentence


def test_the_part_reviewed_named_by_its_place_keeps_its_cast() -> None:
    # The twin: the work is the one the headline names, so its cast is this one.
    review = page(
        "Hal Mercer plays Osvald, the ferryman. The second series, Salt Flats, set in Leeds and "
        "starring Mona Ruiz, moves the story south.",
        headline="Harbour Lights: Salt Flats review",
    )
    assert "Mona Ruiz" in cast(review)


def test_a_craft_before_as_gives_the_singer_or_the_writer_no_part() -> None:
    for sentence in (
        "The last song, sung by Priya Raman as Osvald walks out into the rain, is the best.",
        "Then a hymn composed by Oren Vasquez as Greta walks home.",
    ):
        review = page(f"Hal Mercer plays Osvald, the ferryman. {sentence}")
        assert cast(review) == {"Hal Mercer": "Osvald"}, sentence


def test_an_actor_named_after_a_craft_and_alone_after_it_still_plays() -> None:
    # The twin: the name after "written by" is also named by its surname playing a part.
    review = page(
        "Written by Hal Mercer and Lia Sand, who are married, the show knows its rhythm. "
        "Mercer plays Osvald as a man of bluff."
    )
    assert cast(review).get("Hal Mercer") == "Osvald"


def test_a_character_before_a_clause_of_manner_is_not_who_plays() -> None:
    for sentence in (
        "Into the town drives a lawyer. Osvald Brenn, as Hal Mercer plays him, arrives with a "
        "briefcase and a promise.",
        "Greta Lund, as Lia Sand portrays her, never raises her voice once.",
    ):
        review = page(sentence, labels="Cast: Hal Mercer, Lia Sand")
        assert set(cast(review)) == {"Hal Mercer", "Lia Sand"}, sentence


def test_a_possessive_holding_a_part_another_credit_holds_is_another_versions() -> None:
    for sentence in (
        "Next year's version offers Tom Vance's Osvald and Mona Ruiz's Greta and little else.",
        "The stage show gave us Tom Vance's Osvald and Mona Ruiz's Greta, and they were louder.",
    ):
        review = page(
            f"{sentence} Everything begins with Hal Mercer. His Count Osvald is no seducer. Lia "
            "Sand plays Greta, his wife."
        )
        assert cast(review) == {"Hal Mercer": "Count Osvald", "Lia Sand": "Greta"}, sentence


def test_two_possessives_of_one_name_are_two_makers_versions() -> None:
    for sentence in (
        "Ilse Brandt's Night Ferry and Oren Vasquez's Night Ferry share a story and little else.",
        "Both Ilse Brandt's Night Ferry and Oren Vasquez's Night Ferry were shot on one pier.",
    ):
        review = page(f"Hal Mercer plays Osvald, the ferryman. {sentence}")
        assert cast(review) == {"Hal Mercer": "Osvald"}, sentence


def test_a_surname_with_a_particle_is_the_full_name_the_page_gives() -> None:
    for first, then, actor in (
        ("Few remember that Marco Di Santo started on the stage.", "Di Santo plays Osvald.",
         "Marco Di Santo"),
        ("Anneke Van Tol is quietly terrifying here.", "Van Tol plays Greta as a puzzle.",
         "Anneke Van Tol"),
    ):  # fmt: skip
        review = page(first, f"{then} It is a slow film and a careful one.")
        assert actor in cast(review), cast(review)
        assert not any(name.split()[0] in ("Di", "Van") for name in cast(review)), cast(review)


def test_a_name_cut_before_its_last_word_is_made_whole() -> None:
    for prose in (
        "Audiences who wanted the Tobin Rask Varma of old were confused. It is the best of "
        "Tobin Rask's work, the film people name when asked which Tobin Rask movie moved them.",
        "This is not the Tobin Rask Varma of the action films. Tobin Rask's stillness is the "
        "point, and the Tobin Rask fans know will not be found.",
    ):
        review = page(prose, labels="Cast: Tobin Rask Varma, Lia Sand")
        assert set(cast(review)) == {"Tobin Rask Varma", "Lia Sand"}, prose


def test_a_credit_the_writer_takes_back_is_no_credit() -> None:
    for sentence in (
        "Tom Vance pops up as Greta's brother Rolf... no, sorry, I'm mixing up my ferry films; "
        "he isn't in it.",
        "Mona Ruiz turns up as the landlady. Or not: she is not in this one, whatever the "
        "poster says.",
    ):
        review = page(f"Hal Mercer plays Osvald, the ferryman. {sentence}")
        assert cast(review) == {"Hal Mercer": "Osvald"}, sentence


def test_a_denial_about_someone_else_takes_back_no_credit() -> None:
    # The twin: no word takes the credit back, so "she isn't in it" is about another.
    review = page(
        "Mona Ruiz turns up as the landlady. Her sister, the one from the trailer? She is not in "
        "this one, whatever the poster says.",
        labels="Cast: Hal Mercer",
    )
    assert "Mona Ruiz" in cast(review)


def test_who_would_have_played_the_part_plays_nothing() -> None:
    for sentence in (
        "Greta Voss (Low Tide) would have nailed this part.",
        "Mona Ruiz (Dust Crown) would have owned this role.",
    ):
        review = page(f"Hal Mercer plays Osvald, the ferryman. {sentence}")
        assert cast(review) == {"Hal Mercer": "Osvald"}, sentence


def test_a_part_in_another_work_or_still_to_be_played_is_not_this_films() -> None:
    for sentence in (
        "Greta Voss plays the mother in next year's Salt Flats.",
        "Omar Said plays a cop in Netflix's Dark Water.",
        "Ada Kroll plays the widow in the upcoming Night Bus.",
        "Ada Kroll plays Rhea in her next film, Night Bus.",
    ):
        review = page(f"Hal Mercer plays Osvald, the ferryman. {sentence}")
        assert cast(review) == {"Hal Mercer": "Osvald"}, sentence


def test_a_part_in_this_film_named_with_its_makers_possessive_stays() -> None:
    # The twin: the work after "in" is the film reviewed.
    review = page("Mona Ruiz plays the mother in Ilse Brandt's Salt Harbour, and she is superb.")
    assert cast(review) == {"Mona Ruiz": "the mother"}


def test_names_with_their_works_in_brackets_who_left_or_never_joined() -> None:
    for sentence in (
        "Greta Voss (Low Tide, Paper Moons) turned the part down.",
        "Tom Vance (Night Bus) and Ada Kroll (Dust Crown) were in talks to star but the deal "
        "collapsed.",
    ):
        review = page(f"Hal Mercer plays Osvald, the ferryman. {sentence}")
        assert cast(review) == {"Hal Mercer": "Osvald"}, sentence


def test_a_part_on_a_stage_after_a_bare_as() -> None:
    for sentence in (
        "Mona Ruiz as Lady Macbeth at the Barbican is the other thing to see this month.",
        "If you want more, there is Omar Said as King Lear on Broadway.",
    ):
        review = page(f"Hal Mercer plays Osvald, the ferryman. {sentence}")
        assert cast(review) == {"Hal Mercer": "Osvald"}, sentence


def test_a_part_in_another_titled_work_told_as_such() -> None:
    for sentence in (
        "Omar Said's turn as the father in Dust Crown remains the benchmark.",
        "Omar Said stars as the father in Salt Flats, also out this week.",
    ):
        review = page(f"Hal Mercer plays Osvald, the ferryman. {sentence}")
        assert cast(review) == {"Hal Mercer": "Osvald"}, sentence


def test_a_part_in_this_film_told_with_its_title_stays() -> None:
    # The twin: the title after "in" is the film reviewed.
    review = page("Omar Said stars as the father in Salt Harbour, out this week, and he is fine.")
    assert cast(review) == {"Omar Said": "the father"}
