"""Families of credit wording read from the older held-out pages in round eight: a maker
credited as a job behind the camera, a writer-director who "plays it" a certain way, an actor
of an earlier season named in a sentence about that season. Small made-up pages with invented
names: each test fails if its rule goes."""

from __future__ import annotations

from reeltui.parse.roles import only_compared

from prose_pages import CLOSING, OPENING, cast, page, scraped


def test_credited_as_the_writer_of_the_series_is_no_part() -> None:
    review = page(
        "Hal Mercer plays Tom, a ferryman who has stopped speaking to his brother, and Lia "
        "Sand is Ines, the harbour master who notices everything.",
        "It is worth saying that Oskar Lund is also credited as the writer of the whole series, "
        "which explains how faithful it stays to his novels.",
    )
    assert cast(review) == {"Hal Mercer": "Tom", "Lia Sand": "Ines"}


def test_a_character_who_is_a_writer_keeps_the_part() -> None:
    review = page("Hal Mercer plays a struggling writer who moves back to the coast.")
    assert "Hal Mercer" in cast(review)


def test_a_writer_director_who_plays_it_for_laughs_is_no_actor() -> None:
    review = page(
        "Hal Mercer plays Tom, a ferryman who has stopped speaking to his brother, and Tobin "
        "Rask plays Emil.",
        "It sounds like the setup for a bleak joke, and writer-director Mara Olsen plays it at "
        "first for the kind of dry comedy that made her plays famous.",
    )
    assert cast(review) == {"Hal Mercer": "Tom", "Tobin Rask": "Emil"}


def test_plays_it_straight_and_plays_it_safe() -> None:
    review = page(
        "Hal Mercer plays Tom with a kind of stunned patience.",
        "The director Mara Olsen plays it straight, and Ivo Brandt plays it safe with a score "
        "that never surprises.",
    )
    assert set(cast(review)) == {"Hal Mercer"}


def test_an_actor_of_the_first_season_named_in_a_sentence_about_it() -> None:
    review = page(
        "Season two returns to the harbour town, where Hal Mercer plays the ferryman Tom, now "
        "older and angrier, and Lia Sand plays the new harbour master, Ines.",
        "The first season, which arrived in the middle of a long winter, was built around the "
        "almost mythic figure of the lighthouse keeper, and a smug radio host played by Oskar "
        "Lund. This season has no villain to match them.",
        headline="Salt Harbour season 2 review",
    )
    assert "Oskar Lund" not in cast(review)
    assert cast(review)["Hal Mercer"] == "Tom"


_FIRST_SEASON = (
    "The first season, which arrived in the middle of a long and snowbound winter, was built "
    "around the lighthouse keeper and a smug radio host played by Oskar Lund."
)


def test_a_sentence_about_the_first_season_on_a_later_seasons_page() -> None:
    assert only_compared("Oskar Lund", [_FIRST_SEASON], season=2)
    assert only_compared("Oskar Lund", [_FIRST_SEASON])  # a film's sequel, say


def test_a_first_season_review_keeps_its_own_cast() -> None:
    assert not only_compared("Oskar Lund", [_FIRST_SEASON], season=1)


def test_an_actor_who_returns_from_the_first_season_stays() -> None:
    back = _FIRST_SEASON[:-1] + ", who returns now as something colder."
    assert not only_compared("Oskar Lund", [back], season=2)


def test_a_later_plain_mention_keeps_the_actor() -> None:
    later = "This season Oskar Lund is given far more to do."
    assert not only_compared("Oskar Lund", [_FIRST_SEASON, later], season=2)


def test_an_uncredited_actor_is_a_character_described_as_a_person() -> None:
    review = page(
        "Elsewhere, Lia Sand is Ines Roan, a night-shift nurse and part-time smuggler with "
        "debts of her own; Tobin Rask is the harbour boss Emil Vark, all menace and no "
        "manners.",
    )
    assert cast(review) == {"Lia Sand": "Ines Roan", "Tobin Rask": "Emil Vark"}


def test_a_character_who_is_an_actor_described_as_a_performer_credits_nobody() -> None:
    review = page("The villain of the piece, Ines Roan, is Lia Sand, an actress from the stage.")
    assert "Ines Roan" not in cast(review)


def test_a_name_is_a_place_described_without_a_person() -> None:
    review = page("Port Talon is Salt Harbour, a grey town of nets and gulls.")
    assert cast(review) == {}


def test_gets_or_has_something_as_a_named_character() -> None:
    review = page(
        "Lia Sand gets less to do as Ines, the harbour master's deputy, but the show finds a "
        "moving beat for her late on.",
        "Tobin Rask has fun as Emil, the town's resident gossip.",
    )
    assert cast(review) == {"Lia Sand": "Ines", "Tobin Rask": "Emil"}


def test_very_nearly_steals_the_film_as_a_character() -> None:
    review = page(
        "Oskar Lund, meanwhile, very nearly steals the film as Ari, the ferryman's loyal and "
        "talkative sidekick."
    )
    assert cast(review) == {"Oskar Lund": "Ari"}


def test_has_a_ball_as_a_character_whose_name_has_a_particle() -> None:
    review = page(
        "Hal Mercer, in his third film with the director, has a ball as Professor Emil von "
        "Hagen, a disgraced occultist who talks to the dead."
    )
    assert cast(review) == {"Hal Mercer": "Professor Emil von Hagen"}


def test_has_and_gets_without_a_character_credit_nobody() -> None:
    review = page(
        "Mara Olsen has a way with silence as director, and Ivo Brandt gets a credit as producer."
    )
    assert cast(review) == {}


def test_channeling_her_grief_is_no_comparison() -> None:
    review = page(
        "The supporting cast shines. Lia Sand's Ines spends the first act channeling her grief "
        "into a crusade against her brother, while Tobin Rask's Emil becomes a folk hero."
    )
    assert cast(review) == {"Lia Sand": "Ines", "Tobin Rask": "Emil"}


def test_channeling_an_actor_is_a_comparison() -> None:
    review = page(
        "Hal Mercer plays Tom, channeling Lia Sand's Ines from the old film at every turn."
    )
    assert "Lia Sand" not in cast(review)


def _captioned(caption: str, *paragraphs: str) -> dict[str, str | None]:
    text = "\n\n".join(
        (
            "Harbour Lights review: a quiet storm",
            "By Jane Critic",
            caption,
            OPENING,
            *paragraphs,
            CLOSING,
        )
    )
    return cast(scraped(text))


def test_a_credited_caption_that_does_not_name_the_film() -> None:
    got = _captioned(
        "Lia Sand plays Ines in the new six-part drama. PHOTO: SUPPLIED",
        "Sand, who co-created the series, plays Ines, a teacher whose life fell apart five "
        "years ago, and Tobin Rask plays her brother Emil.",
    )
    assert got["Lia Sand"] == "Ines"


def test_stars_as_in_a_credited_caption() -> None:
    got = _captioned(
        "Hal Mercer stars as Tom Vark, a late-night host who will do anything for ratings. "
        "Picture: Studio",
        "Tom Vark is the kind of host who smiles while the floor burns, and the film lets him.",
    )
    assert got["Hal Mercer"] == "Tom Vark"


def test_a_caption_whose_character_the_review_never_names_credits_nobody() -> None:
    got = _captioned(
        "Hal Mercer plays Tom Vark in another film entirely. PHOTO: SUPPLIED",
        "The keeper of the lighthouse is the film's only real character.",
    )
    assert "Hal Mercer" not in got


def test_a_caption_without_a_photo_credit_is_left_alone() -> None:
    got = _captioned(
        "Hal Mercer plays Tom Vark in a story about a storm",
        "Tom Vark is the kind of host who smiles while the floor burns.",
    )
    assert "Hal Mercer" not in got


def test_a_maker_from_the_labels_given_a_character_in_brackets_acts() -> None:
    review = page(
        "His father, Emil (Hal Mercer), a plumber, cannot believe what he is seeing, and "
        "so does his sister, Ines (Lia Sand).",
        labels="Created by: Hal Mercer, Oskar Lund",
    )
    assert cast(review) == {"Hal Mercer": "Emil", "Lia Sand": "Ines"}


def test_a_maker_from_the_labels_named_beside_a_character_stays_out() -> None:
    review = page(
        "Oskar Lund's score is oddly uplifting, as if Emil were the hero of a film about a "
        "small business, and Lia Sand plays Ines.",
        labels="Created by: Oskar Lund",
    )
    assert "Oskar Lund" not in cast(review)


def test_an_uncredited_name_brings_warmth_to_a_person_in_a_paragraph_of_credits() -> None:
    review = page(
        "Elsewhere, Lia Sand plays Ines; Tobin Rask brings a sly warmth to Ines's brother, "
        "Emil; and Hal Mercer brings real anguish to Tom, a man who keeps getting it wrong."
    )
    assert cast(review) == {"Lia Sand": "Ines", "Tobin Rask": "Emil", "Hal Mercer": "Tom"}


def test_bringing_something_to_a_place_or_from_a_maker_credits_nobody() -> None:
    review = page(
        "Lia Sand plays Ines, and composer Ivo Brandt brings thunder to Port Talon, while "
        "Oskar Lund brings a grey light to Salt Harbour."
    )
    assert cast(review) == {"Lia Sand": "Ines"}


def test_another_films_maker_by_its_year_is_no_director() -> None:
    review = page(
        "The original novel, and Ivo Brandt's 1973 film with Hal Mercer, sent the assassin "
        "after a president; this version sends him after a banker.",
    )
    assert review.directors == ()


def test_a_maker_forty_years_before_is_no_director() -> None:
    review = page(
        "Forty years after Ivo Brandt's adaptation became a baffling cult object, there is "
        "finally a version of the book that gets its heart right.",
    )
    assert review.directors == ()


def test_a_makers_new_film_is_still_theirs() -> None:
    review = page("Mara Olsen's new film is a patient and generous thing.")
    assert review.directors == ("Mara Olsen",)


def test_a_character_described_as_a_person_so_vague_that() -> None:
    review = page(
        "Lia Sand glides through rooms dispensing compliments; Tobin Rask is Emil Vark, a "
        "father so vague that he seems to drift out of his own portrait, and Hal Mercer is Tom "
        "Vark, a cousin whose hold on the family is fragile.",
    )
    assert cast(review) == {"Tobin Rask": "Emil Vark", "Hal Mercer": "Tom Vark"}
