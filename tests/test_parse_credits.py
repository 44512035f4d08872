"""Credits in review prose: the ways pages tie an actor to a role, and the ways they name people
who are not in the cast. Each case is a small made-up page: the names are invented, so a rule
that passes here holds because of how the sentence is written, not because of who is in it."""

from __future__ import annotations

import pytest

from prose_pages import cast, page

# --- "Actor's Character" ---------------------------------------------------------------------


def test_possessives_name_roles_once_the_page_shows_its_habit() -> None:
    review = page(
        "Marta Quill plays Ines Roan, the harbour master, with a dry wit. Tobin Rask's Emil "
        "Varga, the eternally put-upon ferryman, anchors the show, and Lena Ashdown's Cora is "
        "the kindest person in it. Piet Volk's ex-marine Arlo Dunn rounds out the crew."
    )
    assert cast(review) == {
        "Marta Quill": "Ines Roan",
        "Tobin Rask": "Emil Varga",
        "Lena Ashdown": "Cora",
        "Piet Volk": "Arlo Dunn",
    }


def test_a_possessive_naming_a_character_by_a_credited_actor() -> None:
    review = page(
        "Dorrie Vance, in a role that could have been a plot device, is terrific. Vance's Wren "
        "is the one person who sees what is coming.",
        labels="Cast: Dorrie Vance, Hal Mercer",
    )
    assert cast(review)["Dorrie Vance"] == "Wren"


def test_a_character_then_the_actors_possessive_description() -> None:
    review = page(
        "Marta Quill plays Ines Roan with a dry wit. And then there is Cal Brody, Tobin Rask's "
        "antiques dealer and spymaster, who says little and means all of it."
    )
    assert cast(review)["Tobin Rask"] == "Cal Brody"


@pytest.mark.parametrize(
    "sentence",
    [
        # a director's film, a novelist's book, a composer's score
        "It feels closer to Anika Sorel's Lady Harbour than to anything made this year.",
        "It is adapted from Bram Holloway's Northern Lights, a novel nobody remembers.",
        "The film borrows its mood from Otto Lindqvist's Anatomy of a Murder.",
        # one character's relation to another
        "Ines Roan's brother Emil Varga keeps the books, badly.",
        "Walt Kessler's partner Jonah Pike is the brains of the operation.",
        # last season's cast, named for comparison
        "Where last season had Tobin Rask's Emil Varga to anchor it, this one drifts.",
        "Unlike the first season's Lena Ashdown, whose Cora held the centre, nobody leads.",
    ],
)
def test_possessives_that_are_not_credits(sentence: str) -> None:
    review = page("Marta Quill plays Ines Roan with a dry wit. " + sentence)
    assert set(cast(review)) == {"Marta Quill"}


# --- the role in the sentence before, pronouns ----------------------------------------------


def test_the_character_introduced_just_before_the_actor() -> None:
    review = page(
        "And then there is Roy. Hal Mercer plays a fellow guest whom the hero, long ago, dragged "
        "into the loop, and who has never forgiven him for it.",
        labels="Cast: Dorrie Vance, Hal Mercer",
    )
    assert cast(review)["Hal Mercer"] == "Roy"


def test_plays_him_takes_the_character_just_named() -> None:
    review = page(
        "The man is Lee Harlan, and Tobin Rask plays him with a stillness so complete that it "
        "becomes a kind of armour."
    )
    assert cast(review) == {"Tobin Rask": "Lee Harlan"}


def test_played_by_at_the_start_of_a_sentence() -> None:
    review = page(
        "The title character prefers to be called Ani, thank you very much. Played by Dorrie "
        "Vance with an accent you could strike a match on, she is 23 and lives by the pier."
    )
    assert cast(review) == {"Dorrie Vance": "Ani"}


def test_played_with_an_aside_before_by() -> None:
    review = page(
        "The gang are questioned by a police chief inspector played, improbably and gloriously, "
        "by Hal Mercer. He is clearly having a ball."
    )
    assert cast(review) == {"Hal Mercer": "a police chief inspector"}


def test_played_by_an_actor_described_before_the_name() -> None:
    review = page(
        "The only one who can light a fire is Abigail, the ship's cleaner, played by the "
        "Filipino actor Dorrie de Vance. Within days she runs the island."
    )
    assert cast(review) == {"Dorrie de Vance": "Abigail"}


# --- performance verbs with a role as their object ------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "actor", "role"),
    [
        ("Marta Quill brings a calm intelligence to Ines Roan.", "Marta Quill", "Ines Roan"),
        (
            "Marta Quill, the film's most familiar face, brings a steely warmth to Ines, the "
            "girls' protective mother.",
            "Marta Quill",
            "Ines",
        ),
        ("Marta Quill brings warmth to Emil's wife Ines.", "Marta Quill", "Ines"),
        ("Marta Quill lends Captain Ines Roan a stern warmth.", "Marta Quill", "Captain Ines Roan"),
        ("Marta Quill lends her voice to K-9X, the ship's robot.", "Marta Quill", "K-9X"),
        ("Marta Quill gives Emil's sister Ines a suspicious streak.", "Marta Quill", "Ines"),
        ("Marta Quill, playing the rival boss Ines Roan, is wasted.", "Marta Quill", "Ines Roan"),
        ("Marta Quill continues to play Ines as a woman out of breath.", "Marta Quill", "Ines"),
        ("Marta Quill returns as Ines Roan, wiser and sadder.", "Marta Quill", "Ines Roan"),
        (
            "Marta Quill rounds out the group as Emil's long-suffering assistant, Ines.",
            "Marta Quill",
            "Ines",
        ),
        (
            "Marta Quill, a theatre actor many will be discovering here, is a revelation as Ines.",
            "Marta Quill",
            "Ines",
        ),
        ("Marta Quill appears as herself, and is perfectly at home.", "Marta Quill", "herself"),
    ],
)
def test_performance_verbs_with_a_role(sentence: str, actor: str, role: str) -> None:
    review = page(sentence, labels="Cast: Marta Quill, Hal Mercer")
    assert cast(review)[actor] == role


def test_plays_the_scene_is_not_a_role() -> None:
    review = page(
        "Marta Quill plays the scene almost entirely with her body, a rigid smile held too long.",
        labels="Cast: Marta Quill, Hal Mercer",
    )
    assert cast(review)["Marta Quill"] is None


# --- mononyms, lists, ranks -------------------------------------------------------------------


def test_a_one_word_actor_from_the_cast_label_takes_roles() -> None:
    review = page(
        "Rao Venkat, Sunil as Mangalam Srinu and Devi Raman as Dakshayani are fine in their "
        "roles. Retta and Hal Mercer, as Claudette and Phil, get the best lines.",
        labels="Starring: Rao Venkat, Sunil, Devi Raman, Retta, Hal Mercer",
    )
    got = cast(review)
    assert got["Sunil"] == "Mangalam Srinu"
    assert got["Devi Raman"] == "Dakshayani"
    assert got["Retta"] == "Claudette"
    assert got["Hal Mercer"] == "Phil"


def test_ranks_and_titles_stay_with_the_role() -> None:
    review = page(
        "Detective Inspector Luke Barrow (Hal Mercer) and Detective Sergeant Mia Frank "
        "(Dorrie Vance) are courteous, methodical and unyielding. The painter is hired by a "
        "widowed countess (Marta Quill)."
    )
    assert cast(review) == {
        "Hal Mercer": "Detective Inspector Luke Barrow",
        "Dorrie Vance": "Detective Sergeant Mia Frank",
        "Marta Quill": "a widowed countess",
    }


def test_a_name_with_jr_before_is() -> None:
    review = page(
        "Hal Mercer Jr. is Lionel Trask, a scientist who works for the host.",
        labels="Cast: Hal Mercer Jr., Marta Quill",
    )
    assert cast(review)["Hal Mercer Jr."] == "Lionel Trask"


# --- captions ---------------------------------------------------------------------------------


def test_captions_that_credit_the_leads() -> None:
    review = page(
        "Hal Mercer as the Priest and Dorrie Vance as Fleur. Photograph: Ana Lutz/Channel Nine",
        "Marta Quill, Tobin Rask and Lena Ashdown in the final season of Salt Harbour. CBC",
    )
    got = cast(review)
    assert got["Hal Mercer"] == "the Priest"
    assert got["Dorrie Vance"] == "Fleur"
    assert {"Marta Quill", "Tobin Rask", "Lena Ashdown"} <= set(got)


def test_a_caption_of_another_film_credits_nobody() -> None:
    review = page("Marta Quill plays Ines.", "Tobin Rask and Lena Ashdown in Grey Tide. Netflix")
    assert set(cast(review)) == {"Marta Quill"}


# --- cast paragraphs: "X is Y" ----------------------------------------------------------------


def test_a_cast_paragraph_of_x_is_y() -> None:
    review = page(
        "The supporting cast is stacked. Hal Mercer is Danny's father, Inspector Frank Butler, "
        "the jolliest police chief in the county. Tobin Rask, in a performance of gleeful "
        "oiliness, is the supermarket manager Simon Skinner, and Lena Ashdown is the smutty "
        "PC Doris Thatcher.",
        labels="Starring: Marta Quill, Dorrie Vance",
    )
    got = cast(review)
    assert got["Hal Mercer"] == "Inspector Frank Butler"
    assert got["Tobin Rask"] == "Simon Skinner"
    assert got["Lena Ashdown"] == "PC Doris Thatcher"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ines Roan is a harbour master who has never left the town.",
        "Emil Varga is the ferryman, Cal Brody the priest.",
        "Anika Sorel is the director, and Bram Holloway the writer.",
        "Walt Kessler is Mr Big, the gangster everyone fears.",
    ],
)
def test_plot_sentences_of_x_is_y_credit_nobody(sentence: str) -> None:
    review = page("Marta Quill plays Ines Roan. " + sentence)
    assert set(cast(review)) == {"Marta Quill"}


# --- comparisons and other films ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Last season's Tobin Rask, so good as Emil, is missed.",
        "Tobin Rask, so good in Grey Tide, is nowhere to be seen.",
        "It recalls the 1998 version, with Tobin Rask as Emil.",
        "The first season had Tobin Rask as Emil Varga, and nobody has replaced him.",
        "Unlike Tobin Rask in Grey Tide, nobody here plays it for laughs.",
        "Tobin Rask played the same part in the original, back in 2004.",
    ],
)
def test_comparisons_credit_nobody(sentence: str) -> None:
    review = page(
        "Marta Quill plays Ines Roan. " + sentence, headline="Salt Harbour season 2 review"
    )
    assert set(cast(review)) == {"Marta Quill"}


def test_a_pair_of_actors_set_against_a_pair_of_roles() -> None:
    review = page(
        "Retta and Hal Mercer, as Claudette and Phil, the cops running the stings, get the best "
        "lines. Tobin Rask and Lena Ashdown, as Erin's parents Mary and Gerry, are the most "
        "convincing marriage on television."
    )
    assert cast(review) == {
        "Retta": "Claudette",
        "Hal Mercer": "Phil",
        "Tobin Rask": "Mary",
        "Lena Ashdown": "Gerry",
    }


def test_a_description_with_an_acronym_before_played_by() -> None:
    review = page(
        "The gang are questioned by an RUC chief inspector played, improbably, by Hal Mercer."
    )
    assert cast(review) == {"Hal Mercer": "an RUC chief inspector"}


def test_a_character_named_after_and_in_a_pair() -> None:
    review = page(
        "The third episode is a two-hander between Jamie and Briony Ash (Dorrie Vance), a "
        "psychologist assigned to assess him."
    )
    assert cast(review) == {"Dorrie Vance": "Briony Ash"}


# --- directors --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "directors"),
    [
        ("The director, Anika Sorel, keeps things unfussy.", ("Anika Sorel",)),
        ("The direction, by Anika Sorel, is as zippy as ever.", ("Anika Sorel",)),
        (
            "Directors Anika Sorel and Bram Holloway, who split the episodes, keep it tight.",
            ("Anika Sorel", "Bram Holloway"),
        ),
        (
            "It is credited almost entirely to Anika Sorel, the Mexican filmmaker behind Grey "
            "Tide, who also wrote it.",
            ("Anika Sorel",),
        ),
        (
            "Anika Sorel has been making films about the forgotten for twenty years. Sorel "
            "shoots the wedding as a blur of lights, and Sorel stages the chase like a farce.",
            ("Anika Sorel",),
        ),
    ],
)
def test_directors_named_in_prose(sentence: str, directors: tuple[str, ...]) -> None:
    review = page("Marta Quill plays Ines Roan. " + sentence)
    assert review.directors == directors


def test_a_cinematographer_beside_the_director_is_not_the_director() -> None:
    review = page(
        "Anika Sorel has made the film of her career. Sorel, working with the great "
        "cinematographer Bram Holloway, shoots it with the clarity of a silent comedy."
    )
    assert review.directors == ("Anika Sorel",)


def test_unlike_another_director_names_no_director() -> None:
    review = page(
        "Marta Quill plays Ines Roan. Unlike Director Bram Holloway in Grey Tide, nobody here "
        "seems to be in charge."
    )
    assert review.directors == ()


def test_honorifics_and_nicknames_stay_in_the_role() -> None:
    review = page(
        "The choir teacher, Mr. Vallo (Hal Mercer), hears something in her. Her closest friend "
        "becomes Stanislaus “Kat” Kowal (Tobin Rask), an older soldier."
    )
    assert cast(review) == {"Hal Mercer": "Mr. Vallo", "Tobin Rask": "Stanislaus “Kat” Kowal"}


def test_a_fuller_name_for_the_same_role_wins() -> None:
    review = page(
        "Marta Quill plays Ines with a dry wit, and the film is hers.",
        "Marta Quill as Ines Roan in Salt Harbour. Photograph: Studio",
    )
    assert cast(review) == {"Marta Quill": "Ines Roan"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Marta Quill takes on the role of Ines Roan with gusto.",
        "Marta Quill steps into the title role of Ines Roan, a harbour master.",
        "Marta Quill was cast as Ines Roan after a long search.",
        "Marta Quill voices Ines Roan, the harbour cat.",
        "Marta Quill is the voice of Ines Roan, the harbour cat.",
        "Marta Quill embodies Ines Roan with a quiet fury.",
        "Marta Quill inhabits Ines Roan so completely you forget her.",
        "Marta Quill (playing Ines Roan) is astonishing.",
        "Marta Quill – as the harbour master Ines Roan – is superb.",
        "As Ines Roan, Marta Quill is superb.",
        "Playing Ines Roan, Marta Quill is superb.",
        "In the role of Ines Roan, Marta Quill is superb.",
        "Ines Roan is brought to life by Marta Quill.",
        "Marta Quill's turn as Ines Roan is the best thing here.",
        "It is a drama with Marta Quill as Ines Roan.",
    ],
)
def test_more_ways_of_giving_an_actor_a_role(sentence: str) -> None:
    assert cast(page(sentence)) == {"Marta Quill": "Ines Roan"}


def test_the_title_role() -> None:
    review = page("Marta Quill, in the title role, is astonishing.", headline="Ines Roan review")
    assert cast(review) == {"Marta Quill": "Ines Roan"}


@pytest.mark.parametrize(
    "sentence",
    [
        "As a director, Anika Sorel is fearless.",
        "As Christmas approaches, Anika Sorel's camera turns to the harbour.",
        "The score plays a key role in the part of the film set in Paris.",
        "As the credits roll, Anika Sorel lets the song play out.",
    ],
)
def test_sentences_that_only_look_like_role_credits(sentence: str) -> None:
    review = page("Marta Quill plays Ines Roan. " + sentence)
    assert set(cast(review)) == {"Marta Quill"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Director Anika Sorel's previous film starred Tobin Rask as a lonely sailor.",
        "The story is based on the case of Harshad Vance, a stockbroker whose fraud shook Mumbai.",
        "Composer Bram Holloway's score is as good as anything he has done.",
        "Novelist Lena Ashdown's book was a bestseller, and her Ines is a sharper creature.",
        "It is the kind of role Tobin Rask would have played in the 1980s.",
        "Think of Tobin Rask as Emil Varga in Grey Tide, and you have the idea.",
        "Like Tobin Rask as Emil Varga in Grey Tide, she never raises her voice.",
        "It has shades of Tobin Rask as Emil in Grey Tide.",
        "The real Harshad Vance, who died in 2001, is played here with real sympathy.",
        "Walt Kessler's crew robs the bank, and Walt Kessler's partner Jonah Pike drives.",
        "Anika Sorel, who wrote and directed the film, plays it straight.",
        "In 1998, Tobin Rask starred as Emil in the original.",
        "Fans of Tobin Rask's Emil Varga in the first season will be pleased.",
        "Ines Roan (Harshad Vance's daughter) confronts him.",
        "Where Tobin Rask's Emil was the heart of season one, this season has no centre.",
        "Harshad Vance was a real stockbroker, and the series plays him as a folk hero.",
        "Bram Holloway's Northern Lights (2004) did this better.",
    ],
)
def test_people_who_are_not_this_seasons_cast(sentence: str) -> None:
    review = page(
        "Marta Quill plays Ines Roan. " + sentence, headline="Salt Harbour season 2 review"
    )
    assert set(cast(review)) == {"Marta Quill"}
