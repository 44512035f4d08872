"""The people of a review: who directed it (and who only shot, cut or scored it), a closing
credit block, and one actor under several names. Each case is a small made-up page with
invented names, so a rule that passes holds because of how the page is written."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reeltui.model import Credit
from reeltui.parse import roles
from reeltui.parse.credits import credit_block, is_name
from reeltui.parse.roles import merge_aliases

from prose_pages import cast, page

# --- directors named in prose ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "directors"),
    [
        ("The film is directed by Mara Olsen with a light touch.", ["Mara Olsen"]),
        ("It was directed by Mara Olsen and Tove Lind, and it shows.", ["Mara Olsen", "Tove Lind"]),
        ("Writer-director Mara Olsen keeps the camera still.", ["Mara Olsen"]),
        ("From director Mara Olsen comes a quiet film about loss.", ["Mara Olsen"]),
        ("Co-directors Mara Olsen and Tove Lind keep it tight.", ["Mara Olsen", "Tove Lind"]),
        ("Mara Olsen and Tove Lind direct with real assurance.", ["Mara Olsen", "Tove Lind"]),
        ("Mara Olsen helms this sequel with the same grandeur.", ["Mara Olsen"]),
        ("Filmmaker Mara Olsen has a gift for silence.", ["Mara Olsen"]),
        ("Director Kovan knows exactly what his audience wants.", ["Kovan"]),
        ("The film is helmed by Kovan, who knows the genre.", ["Kovan"]),
    ],
)
def test_directors_named_in_prose(sentence: str, directors: list[str]) -> None:
    assert list(page(sentence).directors) == directors


@pytest.mark.parametrize(
    "sentence",
    [
        "Unlike director Bram Holloway in Grey Tide, nobody here seems to be in charge.",
        "The 1978 version, directed by Bram Holloway, was braver.",
        "Like filmmaker Bram Holloway before her, she loves long takes.",
        "The director is a mystery, and the film is the better for it.",
        "The directors of the festival chose it to open the season.",
    ],
)
def test_other_films_directors_and_bare_words_name_no_director(sentence: str) -> None:
    assert list(page(sentence).directors) == []


def test_a_lone_surname_after_director_is_the_full_name_the_page_gives() -> None:
    review = page(
        "Mara Olsen made her name with short films about fishermen.",
        "Here director Olsen shows she can sustain a feature.",
    )
    assert list(review.directors) == ["Mara Olsen"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Music director Pavan Rao's background score is loud but effective.",
        "Art director Pavan Rao fills every frame with clutter.",
        "Casting director Pavan Rao found the children in a local school.",
        "Director of photography Pavan Rao's film stock is grainy.",
        "DP Pavan Rao frames the harbour in long, cold takes.",
        "Cinematographer Pavan Rao shoots the film in long takes.",
        "Composer Pavan Rao's Salt Harbour score is relentless.",
        "Pavan Rao's Salt Harbour photography is lush.",
        "Pavan Rao's camera turns the film into a series of paintings.",
        "Shot by Pavan Rao, Salt Harbour looks burnished and sickly at once.",
        "The score by the late Pavan Rao thrums underneath.",
        "Editor Pavan Rao cuts the film like a thriller.",
    ],
)
def test_crew_near_the_title_is_never_the_director(sentence: str) -> None:
    assert list(page(sentence).directors) == []


def test_a_series_creator_is_no_director_but_episode_directors_are() -> None:
    review = page(
        "Created by Nell Ambrose, the show returns for a third season. Ambrose directs several "
        "episodes herself, and Joss Harlan and Ravi Menon direct the others.",
        headline="Salt Harbour season 3 review",
    )
    assert list(review.directors) == ["Nell Ambrose", "Joss Harlan", "Ravi Menon"]
    created = page(
        "Created by Nell Ambrose, the show returns for a third season.",
        headline="Salt Harbour season 3 review",
    )
    assert list(created.directors) == []


def test_an_executive_producer_who_directs_episodes_is_a_director() -> None:
    review = page(
        "The showrunners, working with executive producers Nell Ambrose and Lisa Joy, built an "
        "original story. Ambrose, who directs the first three episodes, sets the tone early.",
        headline="Salt Harbour season 1 review",
    )
    assert list(review.directors) == ["Nell Ambrose"]


# --- a closing credit block ------------------------------------------------------------------

BLOCK = (
    "Harbour Pictures presents a film directed by Mara Olsen. Written by Mara Olsen and Ivo "
    "Brandt. With Tobin Rask, Dorrie Vance, Hal Mercer. Running time: 179 minutes. Rated R."
)


def test_a_closing_credit_block_gives_directors_cast_and_runtime() -> None:
    review = page("Tobin Rask is tremendous, and Dorrie Vance matches him.", after=BLOCK)
    assert list(review.directors) == ["Mara Olsen"]
    assert list(cast(review)) == ["Tobin Rask", "Dorrie Vance", "Hal Mercer"]
    assert review.runtime_minutes == 179
    assert "Ivo Brandt" not in cast(review)


def test_a_credit_block_without_a_cast_sentence_still_gives_its_director() -> None:
    block = credit_block(
        "Harbour Pictures presents a film directed by Mara Olsen and written by Olsen and Ivo "
        "Brandt. Running time: 166 minutes. Rated PG-13 (for violence). Opens Friday."
    )
    assert block is not None
    assert block.directors == ("Mara Olsen",)
    assert block.cast == ()
    assert block.runtime_minutes == 166


@pytest.mark.parametrize(
    "unit",
    [
        "Starring Lia Sand, Tobin Rask and Hal Mercer. Written and directed by Mara Olsen. "
        "131 minutes. Opens Friday at the Varsity. 14A",
        "Drama. Written and directed by Mara Olsen. With Lia Sand, Tobin Rask and Hal Mercer. "
        "Running time: 131 minutes.",
    ],
)
def test_a_credit_block_of_a_writer_director(unit: str) -> None:
    block = credit_block(unit)
    assert block is not None
    assert block.directors == ("Mara Olsen",)
    assert block.cast == ("Lia Sand", "Tobin Rask", "Hal Mercer")
    assert block.runtime_minutes == 131


@pytest.mark.parametrize(
    "unit",
    [
        "It is a film by someone who loves films, and it runs long.",
        "With Tobin Rask behind the camera, the film presents a picture of a town in decline.",
        "The studio presents a film that nobody asked for.",
        "Harbour Pictures presents a film directed by Mara Olsen. With a lot of heart, it works.",
    ],
)
def test_prose_is_no_credit_block(unit: str) -> None:
    block = credit_block(unit)
    assert block is None or (block.cast == () and "Tobin Rask" not in block.directors)


@given(st.text(alphabet=st.sampled_from(list("ABab .,:PrsentdfilmWthy")), max_size=300))
def test_credit_block_names_come_from_the_text(unit: str) -> None:
    block = credit_block("Harbour presents a film directed by " + unit)
    if block is not None:
        for name in (*block.directors, *block.cast):
            assert name in unit


# --- one actor under several names -----------------------------------------------------------


def test_a_surname_repeat_is_the_actor_named_in_full() -> None:
    review = page(
        "Tobin Van Rask plays Walt Harrow, a cattleman who calls himself the town's friend. Van "
        "Rask has rarely been this quietly frightening, and Dorrie Vance plays his niece Ada."
    )
    assert cast(review) == {"Tobin Van Rask": "Walt Harrow", "Dorrie Vance": "Ada"}


def test_aliases_of_a_credited_actor_are_one_actor_under_the_credited_name() -> None:
    review = page(
        "The film belongs to its two leads. KTR Jr is Arjun Varma, a tribal guardian, and Hal "
        "Mercer is Sita Ram, an officer with a secret. KT Rama Teja Jr brings raw power, while "
        "Mercer is steely. Rama Teja Jr. and Mercer dance in the big number.",
        labels="Cast: K.T. Rama Teja Jr., Hal Mercer",
    )
    assert cast(review) == {"K.T. Rama Teja Jr.": "Arjun Varma", "Hal Mercer": "Sita Ram"}


def test_a_later_credited_alias_gives_its_role_to_the_full_name() -> None:
    review = page(
        "Tobin Rask Jr. has rarely been better. Rask Jr. is Lewis Strand, a man who keeps his "
        "charm in a drawer.",
        labels="Cast: Tobin Rask Jr., Dorrie Vance",
    )
    assert cast(review)["Tobin Rask Jr."] == "Lewis Strand"
    assert "Rask Jr." not in cast(review)


def test_father_and_son_and_namesakes_stay_apart() -> None:
    review = page(labels="Cast: Ravi Lal, Lal Jr., Lal, Anil Kapoor, Ranbir Kapoor")
    assert set(cast(review)) == {"Ravi Lal", "Lal Jr.", "Lal", "Anil Kapoor", "Ranbir Kapoor"}


@pytest.mark.parametrize(
    ("names", "credited", "merged"),
    [
        (["Shah Rukh Khan", "SRK"], set(), ["Shah Rukh Khan"]),
        (["Jamie Lee Curtis", "Lee Curtis"], set(), ["Jamie Lee Curtis"]),
        (["Anil Kapoor", "Ranbir Kapoor", "Kapoor"], set(), ["Anil Kapoor", "Ranbir Kapoor"]),
        (
            ["Anil Kapoor", "Ranbir Kapoor", "Kapoor"],
            {"kapoor"},
            ["Anil Kapoor", "Ranbir Kapoor", "Kapoor"],
        ),
        (["Rama Rao Jr.", "N.T. Rama Rao Jr."], {"rama rao jr."}, ["Rama Rao Jr."]),
        (["Mary Lamb", "Kitty Lamb"], set(), ["Mary Lamb", "Kitty Lamb"]),
        (["Lal", "Lal Jr."], set(), ["Lal", "Lal Jr."]),
        (["Tom Baker", "T. Baker Sr."], set(), ["Tom Baker", "T. Baker Sr."]),
        (["Tony Leung", "Tony Leung Chiu-wai"], set(), ["Tony Leung Chiu-wai"]),
        (
            ["Ana Mae Lind", "Greta Holm", "Ana Mae Lind Soto"],
            set(),
            ["Ana Mae Lind Soto", "Greta Holm"],
        ),
        (
            ["Tony Leung Ka-fai", "Tony Leung", "Tony Leung Chiu-wai"],
            set(),
            ["Tony Leung Ka-fai", "Tony Leung", "Tony Leung Chiu-wai"],
        ),
        (
            ["Ana Lind", "Ana Lind Soto"],
            {"ana lind", "ana lind soto"},
            ["Ana Lind", "Ana Lind Soto"],
        ),
        (["Shah Rukh", "Shah Rukh Khan"], {"shah rukh"}, ["Shah Rukh", "Shah Rukh Khan"]),
    ],
)
def test_merge_aliases(names: list[str], credited: set[str], merged: list[str]) -> None:
    credits = [Credit(name, None) for name in names]
    assert [c.actor for c in merge_aliases(credits, credited)] == merged


@given(
    st.lists(
        st.sampled_from(["Ana", "Lee", "Jr.", "N.T.", "NT", "Rao", "De", "Mr.", "Kim", "A."]),
        min_size=1,
        max_size=4,
    ).map(" ".join),
    st.lists(st.sampled_from(["Ana Lee", "N.T. Rao Jr.", "Kim De Lee", "Rao"]), max_size=3),
)
def test_merging_never_invents_and_never_grows(extra: str, names: list[str]) -> None:
    credits = [Credit(n, None) for n in dict.fromkeys([*names, extra])]
    merged = merge_aliases(credits, set())
    assert len(merged) <= len(credits)
    assert {c.actor for c in merged} <= {c.actor for c in credits}
    assert len({c.actor for c in merged}) == len(merged)


# --- roles -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Tobin Rask, a bald and hissing Feyd-Varn, steals every scene.", "Feyd-Varn"),
        ("Tobin Rask, a tax inspector called Deirdre, is funnier than ever.", "Deirdre"),
        ("Tobin Rask, Sandra's lawyer Vincent, is sly and tender.", "Vincent"),
        ("Tobin Rask, the lawyer Vincent, is sly and tender.", "Vincent"),
        ("Tobin Rask plays, with a twinkle, Stilgar the believer.", "Stilgar"),
        ("Tobin Rask plays J. Robert Kell with hollow eyes.", "J. Robert Kell"),
        ("Tobin Rask's performance as Ken is a hoot.", "Ken"),
        (
            "The prosecutor, played by Tobin Rask with oily relish, builds his case.",
            "The prosecutor",
        ),
        ("And then there is Tanya. Tobin Rask's heiress has come back from Hawaii.", "Tanya"),
    ],
)
def test_roles_of_a_credited_actor(sentence: str, role: str) -> None:
    review = page(sentence, labels="Cast: Tobin Rask, Dorrie Vance")
    assert cast(review)["Tobin Rask"] == role


@pytest.mark.parametrize(
    "sentence",
    [
        "Tobin Rask, a Brit, plays it cool.",
        "Tobin Rask, the film's MVP, is perfect.",
        "Tobin Rask, the star of Grey Tide, is fine here.",
        "Tobin Rask, who trained with Hal Mercer, is fine here.",
    ],
)
def test_an_apposition_that_names_no_character_gives_no_role(sentence: str) -> None:
    review = page(sentence, labels="Cast: Tobin Rask, Dorrie Vance")
    assert cast(review)["Tobin Rask"] is None
    assert set(cast(review)) == {"Tobin Rask", "Dorrie Vance"}


def test_a_list_of_names_that_rounds_out_the_cast() -> None:
    review = page("Mara Olsen, Ivo Brandt and Hal Mercer round out the cast.")
    assert list(cast(review)) == ["Mara Olsen", "Ivo Brandt", "Hal Mercer"]


def test_an_owner_who_plays_is_an_actor_and_owns_a_role() -> None:
    review = page(
        "Ivo Brandt's Superintendent Hale is under siege from his superiors. Brandt plays "
        "him as a man being slowly cornered."
    )
    assert cast(review) == {"Ivo Brandt": "Superintendent Hale"}
    plain = page("Ivo Brandt's Grey Tide is the film this one most resembles.")
    assert cast(plain) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "Tobin Rask plays Walt Harrow, a role first played by Jon Bale.",
        "Tobin Rask plays Walt Harrow, taking over from Jon Bale, who played him in 1978.",
        "Tobin Rask plays Walt Harrow. Jon Bale, last seen in Grey Tide, is absent.",
        "Tobin Rask plays Walt Harrow, reprising the role Jon Bale made famous.",
        "Tobin Rask plays Walt Harrow, inheriting the role from Jon Bale.",
        "Tobin Rask plays Walt Harrow. The crew first showed up in an episode of Grey Tide "
        "last spring, where Walt was played by Jon Bale.",
        "Tobin Rask plays Walt Harrow. In one episode of Harbour Lights, Walt was played by "
        "Jon Bale.",
        "Tobin Rask plays Walt Harrow. The story found a second life as an opera, with Jon Bale "
        "taking on the role of Walt.",
        "Tobin Rask plays Walt Harrow. The stage version, with Jon Bale in the role of Walt, "
        "toured for a year.",
    ],
)
def test_actors_of_another_work_are_not_cast(sentence: str) -> None:
    assert cast(page(sentence)) == {"Tobin Rask": "Walt Harrow"}


def test_an_episode_of_the_show_itself_is_no_other_work() -> None:
    review = page("In one episode of the show, Walt Harrow is played by Jon Bale.")
    assert cast(review) == {"Jon Bale": "Walt Harrow"}


@pytest.mark.parametrize(
    ("sentence", "directors"),
    [
        ("Helmer Mara Olsen keeps it tight.", ["Mara Olsen"]),
        ("Director-writer Mara Olsen keeps it tight.", ["Mara Olsen"]),
        ("Filmmakers Mara Olsen and Tove Lind keep it tight.", ["Mara Olsen", "Tove Lind"]),
        ("The directing duo Mara Olsen and Tove Lind keep it tight.", ["Mara Olsen", "Tove Lind"]),
        ("Mara Olsen's directorial venture is a slow burn.", ["Mara Olsen"]),
    ],
)
def test_more_ways_to_name_the_director(sentence: str, directors: list[str]) -> None:
    assert list(page(sentence).directors) == directors


def test_a_named_director_beats_a_star_whose_latest_film_it_is() -> None:
    review = page(
        "Tobin Rask's latest film is a thriller set on a ferry.",
        "The director, Mara Olsen, keeps the camera low and the tension high.",
    )
    assert list(review.directors) == ["Mara Olsen"]


@pytest.mark.parametrize(
    ("sentence", "directors"),
    [
        ("The Kovan directorial is a loud, proud mass entertainer.", ["Kovan"]),
        ("The Mara Olsen directorial opened to packed houses.", ["Mara Olsen"]),
        ("This directorial effort has its moments.", []),
        ("The directorial choices are bold.", []),
    ],
)
def test_the_x_directorial(sentence: str, directors: list[str]) -> None:
    assert list(page(sentence).directors) == directors


def test_a_role_several_words_after_its_credited_actor() -> None:
    review = page(
        "Zara Colton gets far more to do this time as Chani, the warrior who loves Paul. Dorrie "
        "Vance has more to do this season as Suchi tries to hold the family together.",
        labels="Cast: Zara Colton, Dorrie Vance, Tobin Rask",
    )
    assert cast(review)["Zara Colton"] == "Chani"
    assert cast(review)["Dorrie Vance"] == "Suchi"


@pytest.mark.parametrize(
    "sentence",
    [
        "Tobin Rask watches the boy grow up, and he sees him as Paul.",
        "Tobin Rask spends most of the film looking at the sea, like Paul.",
        "Tobin Rask, the film's other great presence, is introduced as Harrow.",
    ],
)
def test_someone_else_between_the_actor_and_as_gives_no_role(sentence: str) -> None:
    review = page(sentence, labels="Cast: Tobin Rask, Dorrie Vance")
    assert cast(review)["Tobin Rask"] is None


# --- cast named by what actors do ------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "actors"),
    [
        ("Mara Olsen and Ivo Brandt lead the cast with real warmth.", ["Mara Olsen", "Ivo Brandt"]),
        ("Mara Olsen and Ivo Brandt headline this quiet drama.", ["Mara Olsen", "Ivo Brandt"]),
        ("The film, led by Mara Olsen, is quietly devastating.", ["Mara Olsen"]),
        ("Mara Olsen toplines the film as a grieving mother.", ["Mara Olsen"]),
        (
            "The film features Mara Olsen, Ivo Brandt and Hal Mercer in supporting roles.",
            ["Mara Olsen", "Ivo Brandt", "Hal Mercer"],
        ),
        ("Mara Olsen stars opposite Ivo Brandt, who is terrific.", ["Mara Olsen", "Ivo Brandt"]),
        ("Mara Olsen plays opposite Ivo Brandt.", ["Mara Olsen", "Ivo Brandt"]),
        (
            "The supporting cast, including Mara Olsen and Ivo Brandt, is strong.",
            ["Mara Olsen", "Ivo Brandt"],
        ),
        (
            "Mara Olsen, Ivo Brandt and Hal Mercer play the three sisters.",
            ["Mara Olsen", "Ivo Brandt", "Hal Mercer"],
        ),
        (
            "With Mara Olsen and Ivo Brandt in the leads, it cannot fail.",
            ["Mara Olsen", "Ivo Brandt"],
        ),
        ("Mara Olsen gives a career-best performance.", ["Mara Olsen"]),
        ("Mara Olsen's performance is the film's beating heart.", ["Mara Olsen"]),
        ("The lead performance by Mara Olsen is extraordinary.", ["Mara Olsen"]),
        ("Newcomer Mara Olsen is a find.", ["Mara Olsen"]),
    ],
)
def test_cast_named_by_what_actors_do(sentence: str, actors: list[str]) -> None:
    assert list(cast(page(sentence))) == actors


@pytest.mark.parametrize(
    ("sentence", "not_cast"),
    [
        ("The investigation is led by Inspector Regina Holt (Mara Olsen), a cop.", "Regina Holt"),
        ("The film features a score by Ivo Brandt that never lets up.", "Ivo Brandt"),
        ("The film features Ivo Brandt's finest photography.", "Ivo Brandt"),
        ("Ivo Brandt's performance in Grey Tide was better.", "Ivo Brandt"),
        (
            "Like Ivo Brandt and Hal Mercer in the leads of Grey Tide, they never touch.",
            "Ivo Brandt",
        ),
        ("The raid is led by Captain Ivo Brandt, and it goes badly.", "Ivo Brandt"),
        ("Cinematographer Ivo Brandt gives the film a cold, blue look.", "Ivo Brandt"),
    ],
)
def test_no_cast_from_words_that_only_sound_like_acting(sentence: str, not_cast: str) -> None:
    assert not any(not_cast in actor for actor in cast(page(sentence)))


_WORDS = [
    "Mara Olsen", "Ivo Brandt", "and", "plays", "opposite", "led by", "the cast includes",
    "as", "Ines", ",", ".", "director", "shot by", "De Niro", "Robert De Niro", "NTR Jr",
    "N.T. Rama Rao Jr.", "gives a fine performance", "'s", "in the leads", "With", "Like",
]  # fmt: skip


@given(st.lists(st.sampled_from(_WORDS), min_size=3, max_size=40).map(" ".join))
def test_every_credit_is_a_name_the_page_writes(sentence: str) -> None:
    review = page(sentence + ".")
    text = sentence.replace(" 's", "'s")
    for actor in cast(review):
        assert actor in text or actor in sentence
    for director in review.directors:
        assert director in sentence or _sibling_of_a_named_director(director, sentence)


def _sibling_of_a_named_director(director: str, sentence: str) -> bool:
    """ "Ines Olsen" from "Ines and Mara Olsen": a first name that takes the surname of the full
    name "and" joins it to (directing siblings), which the page writes only in that shape."""
    first, _, surname = director.partition(" ")
    return bool(surname) and f"{first} and " in sentence and f" {surname}" in sentence


@pytest.mark.parametrize(
    ("sentence", "directors"),
    [
        ("Mara Olsen makes her directorial debut with this quiet film.", ["Mara Olsen"]),
        ("Grey Harbour, the second feature from Mara Olsen, is a quiet marvel.", ["Mara Olsen"]),
        ("Under Mara Olsen's direction, the cast shines.", ["Mara Olsen"]),
        ("Showrunner Mara Olsen directs the finale herself.", ["Mara Olsen"]),
        ("The new film from Netflix is a quiet marvel.", []),
        ("Like the last film from Mara Olsen, it is too long.", []),
    ],
)
def test_a_films_maker(sentence: str, directors: list[str]) -> None:
    assert list(page(sentence).directors) == directors


def test_a_credit_line_of_directed_by_and_with() -> None:
    review = page(
        "Tobin Rask is superb, and the film around him nearly matches him.",
        after=(
            "SALT HARBOUR (2023). Directed by Mara Olsen. Written by Ivo Brandt. With Tobin Rask, "
            "Da'Vine Joy Vance, Hal Mercer. 133 minutes."
        ),
    )
    assert list(review.directors) == ["Mara Olsen"]
    assert list(cast(review)) == ["Tobin Rask", "Da'Vine Joy Vance", "Hal Mercer"]
    assert review.runtime_minutes == 133


def test_played_by_a_list_credits_each_actor() -> None:
    review = page(
        "The wives, played by Mara Olsen, Dorrie Vance, Ana Kell and Lia Sand, are more than "
        "damsels."
    )
    assert cast(review) == dict.fromkeys(["Mara Olsen", "Dorrie Vance", "Ana Kell", "Lia Sand"])


@pytest.mark.parametrize(
    ("sentence", "actors"),
    [
        ("Keep an eye out for a cameo from Colin Marsh, who sends up his past.", ["Colin Marsh"]),
        ("Colin Marsh makes a brief cameo as a weary cop.", ["Colin Marsh"]),
        ("Keep an eye out for a cameo from the director's dog.", []),
    ],
)
def test_cameos(sentence: str, actors: list[str]) -> None:
    assert list(cast(page(sentence))) == actors


def test_roles_after_adjectives_and_initials() -> None:
    review = page(
        "His scenes with Tobin Rask's brisk, sardonic Princess Anne are the liveliest. T.J. Vance "
        "as Roy, the guy who has been hunting him ever since, is a joy.",
        labels="Cast: Tobin Rask, T.J. Vance, Hal Mercer",
    )
    assert cast(review)["Tobin Rask"] == "Princess Anne"
    assert cast(review)["T.J. Vance"] == "Roy"


def test_a_cameo_as_a_character() -> None:
    review = page("Dorrie Vance has an extended cameo as Aishwarya, the hero's late wife.")
    assert cast(review) == {"Dorrie Vance": "Aishwarya"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Ines Roan and Hal Sung lead very different lives in two cities.",
        "Ines Roan leads the investigation with a brisk efficiency.",
        "Ines Roan and Hal Sung play a game of chess that lasts all night.",
        "The film features Ines Roan, a harbour master with a secret.",
        "Ines Roan's performance at the trial convinces nobody.",
        "Ines Roan is a revelation to her own family.",
        "Ines Roan gives a speech that silences the room.",
    ],
)
def test_characters_doing_things_are_not_cast(sentence: str) -> None:
    assert cast(page(sentence)) == {}


@pytest.mark.parametrize(
    ("sentence", "credits"),
    [
        (
            "Mara Olsen brings a quiet menace to Ines Roan, the harbour master.",
            {"Mara Olsen": "Ines Roan"},
        ),
        (
            "The film is good, and Jo Yu-ri brings warmth to Kim Jun-hee, the pregnant ex.",
            {"Jo Yu-ri": "Kim Jun-hee"},
        ),
        (
            "Tobin Rask makes a sly, confident Camilla Shand, although the story is thin.",
            {"Tobin Rask": "Camilla Shand"},
        ),
        ("Director Mara Olsen brings real warmth to Salt Harbour.", {}),
        ("Mara Olsen brings her eye for detail to Ines Roan, the harbour master.", {}),
        ("Cinematographer Ivo Brandt brings warmth to Ines Roan's face.", {}),
        ("The 1998 version, with Ivo Brandt, brought real menace to Ines Roan.", {}),
    ],
)
def test_an_actor_gives_a_character_a_quality(sentence: str, credits: dict[str, str]) -> None:
    assert cast(page(sentence)) == credits


def test_the_cast_of_an_earlier_miniseries_is_not_this_ones() -> None:
    review = page(
        "The 1980 miniseries starring Jon Bale as John Harrow was a ratings phenomenon. This "
        "new version is smarter. Tobin Rask plays Harrow, an English pilot shipwrecked in Japan."
    )
    assert cast(review) == {"Tobin Rask": "Harrow"}


def test_a_shared_determiner_gives_the_second_relation_its_role() -> None:
    review = page(
        "Nicole sings with her mum (Dorrie Vance) and sister (Lia Sand) at the house, and "
        "everybody (Hal Mercer) claps."
    )
    assert cast(review) == {"Dorrie Vance": "her mum", "Lia Sand": "sister"}


def test_a_role_before_a_comma_and_a_role_after_an_acronym() -> None:
    review = page(
        "Dorrie Vance brings a steely warmth to Sue, Jade and Riley's protective mother. Tobin "
        "Rask's CBI officer K Madhavan arrives late but leaves a mark.",
        labels="Cast: Dorrie Vance, Tobin Rask, Hal Mercer",
    )
    assert cast(review)["Dorrie Vance"] == "Sue"
    assert cast(review)["Tobin Rask"] == "K Madhavan"


def test_the_actor_of_a_second_clause() -> None:
    review = page(
        "Hal Mercer plays Ivo Brandt, one of the hero's lovers, and Lia Sand turns up as their "
        "daughter Jamie."
    )
    assert cast(review) == {"Hal Mercer": "Ivo Brandt", "Lia Sand": "Jamie"}


@pytest.mark.parametrize(
    ("sentence", "credits"),
    [
        (
            "Tobin Rask is Hae Sung, the childhood friend who comes to visit.",
            {"Tobin Rask": "Hae Sung"},
        ),
        (
            "Dorrie Vance is Lord Toranaga, the daimyo who sees a use for him.",
            {"Dorrie Vance": "Lord Toranaga"},
        ),
        ("The stranger is Lee Harlan, a drifter with a past.", {}),
        ("Paris Vance is Paris Vance, the heiress, in her own reality show.", {}),
        ("Tobin Rask is London, the city he hates.", {}),
    ],
)
def test_an_actor_is_a_character_described_as_a_person(
    sentence: str, credits: dict[str, str]
) -> None:
    assert cast(page(sentence)) == credits


_CUE_WORDS = sorted(roles._CUE_SIDES, key=len, reverse=True)


@given(
    st.lists(
        st.sampled_from([*_CUE_WORDS, "play", "lead", "Ana", "by", ""]), min_size=1, max_size=8
    ),
    st.lists(st.sampled_from([" ", "  ", "\t", "\u00a0", "", "x", ", "]), min_size=8, max_size=8),
)
def test_cast_cue_words_are_found_as_one_expression_would(
    words: list[str], gaps: list[str]
) -> None:
    text = "".join(gap + word for gap, word in zip(gaps, words, strict=False))
    one = re.compile(r"(?:^|\s)(?:" + "|".join(re.escape(w) for w in _CUE_WORDS) + ")")
    assert [(m.start(), m.group()) for m in roles._cast_needles(text)] == [
        (m.start(), m.group()) for m in one.finditer(text)
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Directed by Joel and Ethan Coen.",
        "Director: Joel and Ethan Coen",
        "Directors: Joel & Ethan Coen",
    ],
)
def test_directing_siblings_in_a_label_are_each_named_in_full(line: str) -> None:
    assert list(page(line).directors) == ["Joel Coen", "Ethan Coen"]


def test_a_bar_ends_a_labelled_cast_and_a_credit_after_it_is_read() -> None:
    review = page("Stars: Ivo Brandt, Mara Olsen, Hal Mercer | Written and Directed by Lia Sand")
    assert list(cast(review)) == ["Ivo Brandt", "Mara Olsen", "Hal Mercer"]
    assert list(review.directors) == ["Lia Sand"]


@pytest.mark.parametrize("text", ["Hal Mercer's Mother", "Mara Olsen’s Tall Son", "Ivo's Brandt"])
def test_a_possessive_inside_is_no_name(text: str) -> None:
    assert not is_name(text)


def test_a_character_named_with_a_possessive_is_no_actor() -> None:
    review = page(
        "Ivo Brandt (Hal Mercer) keeps the team together. Mara Olsen's Mother's Milk has taken "
        "over as leader of the team, and the cracks in him are showing."
    )
    assert not any("Mother" in actor for actor in cast(review))


@pytest.mark.parametrize(
    "sentence",
    [
        "The film borrows freely from Akira Kurosawa's Seven Samurai and Sergio Leone's "
        "spaghetti Westerns.",
        "It owes a debt to Bram Holloway's Northern Lights and Tove Lind's brooding Harbour.",
        "It takes its cue from Bram Holloway's Northern Lights or Tove Lind's Harbour.",
    ],
)
def test_a_preposition_governs_every_owner_of_a_work_it_lists(sentence: str) -> None:
    assert cast(page("Ana Lima plays Rosa. " + sentence)) == {"Ana Lima": "Rosa"}


def test_an_owner_after_the_list_of_works_ends_is_read() -> None:
    review = page(
        "Ana Lima plays Rosa. It owes much to Bram Holloway's Northern Lights. Tove Lind's "
        "Greta, her sister, is a delight."
    )
    assert cast(review) == {"Ana Lima": "Rosa", "Tove Lind": "Greta"}


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Marta Quill and Greta Holm are back together.",
            "Ines (Quill) and Dora (Holm) have never liked each other.",
        ),
        ("Ines (Quill) meets Dora (Holm), and Marta Quill and Greta Holm spar beautifully.",),
    ],
)
def test_a_surname_in_brackets_after_a_character_is_the_actor_the_page_names_in_full(
    paragraphs: tuple[str, ...],
) -> None:
    assert cast(page(*paragraphs)) == {"Marta Quill": "Ines", "Greta Holm": "Dora"}


def test_a_surname_in_brackets_that_no_full_name_owns_is_no_credit() -> None:
    assert cast(page("Ines (Quill) and Dora (Holm) have never liked each other.")) == {}
    two = page("Marta Quill and Tove Quill are sisters.", "Ines (Quill) has never liked anyone.")
    assert "Ines" not in set(cast(two).values())
