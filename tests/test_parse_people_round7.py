"""Families of credit wording from the seventh round's pages: a fact box whose cast is one long
line of "Actor as Role" credits under a label of its own, … Small made-up pages with invented
names: each test fails if its rule goes."""

from __future__ import annotations

from pathlib import Path

from reeltui.model import Format
from reeltui.parse import parse_bytes
from reeltui.parse.credits import is_name
from reeltui.parse.labels import scan_labels
from reeltui.parse.scraped import parse_scraped

from prose_pages import CLOSING, OPENING, cast, page


def _fact_box_page(cast_line: str) -> bytes:
    return f"""<!DOCTYPE html><html><head><title>Salt Harbour - Review</title></head><body>
<article><h1>Salt Harbour</h1><p class="byline">By Jane Critic</p>
<p>{OPENING}</p><p>{CLOSING}</p></article>
<aside class="movie-info"><h3>Movie Info</h3><dl>
<dt>Release Date</dt><dd>May 2, 2024</dd>
<dt>Cast</dt><dd>{cast_line}</dd>
<dt>Director</dt><dd>Mara Olsen</dd>
</dl></aside>
<section class="recent"><h3>Recent Reviews</h3><p>Harbour Lights</p><p>Plot Summary</p></section>
</body></html>""".encode()


def test_a_fact_box_cast_of_one_long_line_of_credits() -> None:
    line = (
        "Hal Mercer as Tom; Lia Sand as Ines; Tobin Rask as Emil; Petra Holm as Mother Agnes; "
        "Greta Vale as Anxiety; Oskar Lund as Embarrassment"
    )
    review = parse_bytes(
        _fact_box_page(line), path=Path("page.html"), review_id="page", fmt=Format.HTML
    )
    assert cast(review) == {
        "Hal Mercer": "Tom",
        "Lia Sand": "Ines",
        "Tobin Rask": "Emil",
        "Petra Holm": "Mother Agnes",
        "Greta Vale": "Anxiety",
        "Oskar Lund": "Embarrassment",
    }
    assert review.directors == ("Mara Olsen",)


def test_a_long_line_under_a_cast_label_must_be_a_list_of_short_credits() -> None:
    names = "Hal Mercer, Lia Sand, Tobin Rask, Petra Holm, Greta Vale, Oskar Lund, Ida Brun"
    hits = scan_labels(["Cast", names + ", Jon Ek and Tove Alm, Pia Nord, Ulf Berg, Siv Ek"])
    assert [hit.kind for hit in hits] == ["cast"] and "Siv Ek" in hits[0].value
    sentence = (
        "The performances are uniformly strong, though the script gives them too little, and "
        "the second half, with its long chase across the marshes, loses the thread entirely"
    )
    assert scan_labels(["Cast", sentence])[0].value == ""


def test_who_plays_after_a_sentence_that_ends_in_a_name() -> None:
    review = page(
        "The house in question belongs to Emil Varga. Tobin Rask, who plays Emil, has spent "
        "three series as the keen young agent everyone else rolls their eyes at.",
        "Hal Mercer plays Tom. Tobin J. Raskin, who plays Sven, is wasted.",
    )
    assert cast(review) == {"Tobin Rask": "Emil", "Hal Mercer": "Tom", "Tobin J. Raskin": "Sven"}


def test_a_clause_after_and_is_not_the_clause_about_another_season() -> None:
    review = page(
        "Hal Mercer plays Tom. Lia Sand gets a storyline of her own that is funnier than anything "
        "she was given in season one, and Tobin Rask, who plays Tom's foreman Emil, steals every "
        "scene he is in.",
        "Petra Holm, so good in season one, is missed.",
    )
    assert cast(review) == {"Hal Mercer": "Tom", "Tobin Rask": "Emil"}


def test_a_verb_of_the_stage_before_as_and_a_characters_name() -> None:
    review = page(
        "Hal Mercer plays Tom. Lia Sand brings a quiet fury as Ines, Tom's partner, who is not "
        "sure she wants to know. Tobin Rask makes a big impression in a short time as Emil "
        "Varga, Ines's brother. When Petra Holm takes over as Ada, the film changes key.",
    )
    assert cast(review) == {
        "Hal Mercer": "Tom",
        "Lia Sand": "Ines",
        "Tobin Rask": "Emil Varga",
        "Petra Holm": "Ada",
    }


def test_a_verb_of_the_stage_before_as_and_no_character_credits_nobody() -> None:
    review = page(
        "Greta Vale makes her debut as director, and Oskar Lund takes over as producer. Ida "
        "Brun stands in the rain as the credits roll.",
    )
    assert cast(review) == {}


def test_respectively_after_a_description_of_the_roles() -> None:
    review = page(
        "Hal Mercer, Lia Sand and Tobin Rask play the three boys, Tom, Emil and Sven "
        "respectively, and they are a convincing trio.",
    )
    assert cast(review) == {"Hal Mercer": "Tom", "Lia Sand": "Emil", "Tobin Rask": "Sven"}


def test_a_negation_in_the_sentence_before_does_not_reach_a_bracket() -> None:
    review = page(
        "There is Ines (Lia Sand), who wants her house back. None of them can get a visa. Then "
        "Tom (Hal Mercer), a soldier with a debt, turns up. None of Emil (Tobin Rask) and his "
        "friends' plans work.",
    )
    assert cast(review) == {"Lia Sand": "Ines", "Hal Mercer": "Tom"}


def test_a_character_introduced_the_sentence_before_an_actor_with_initials() -> None:
    review = page(
        "Hal Mercer plays Tom. And then there is Roy. J.K. Sand plays a fellow wedding guest whom "
        "Tom dragged into the loop long ago.",
        "Then there is Kikuchiyo. Tobin Rask plays the fake samurai, a farmer's son with a "
        "stolen family scroll.",
    )
    assert cast(review) == {"Hal Mercer": "Tom", "J.K. Sand": "Roy", "Tobin Rask": "Kikuchiyo"}


def _captioned(caption: str, *paragraphs: str) -> dict[str, str | None]:
    body = "\n\n".join((OPENING, *paragraphs, CLOSING))
    text = f"Salt Harbour review\n\nBy Jane Critic\n\n{caption}\n\n{body}\n"
    return cast(parse_scraped(text, path=Path("page.txt"), review_id="page", problems=[]))


def test_a_captioned_actor_named_by_surname_in_the_prose() -> None:
    credits = _captioned(
        "Lia Sand in Salt Harbour. (Photo: Harbour Films)",
        "In the film, Sand plays Ines Roan, a harbour master who is fired on her birthday. "
        "Hal Mercer’s Tom delivers the news over a plate of shrimp.",
    )
    assert credits == {"Lia Sand": "Ines Roan", "Hal Mercer": "Tom"}


def test_a_captions_fuller_name_and_plays_him_as_a_manner() -> None:
    credits = _captioned(
        "Hal Mercer as Kim Tae-ho and Tobin Rask as the Priest in Salt Harbour. Photo: HF",
        "Hal Mercer is still the anchor. His Tae-ho is wired and haggard. Ah, the priest. "
        "Tobin Rask plays him as a swearing, chain-smoking Catholic.",
    )
    assert credits["Hal Mercer"] == "Kim Tae-ho"
    assert credits["Tobin Rask"] == "the Priest"


def test_a_title_case_headline_verb_is_no_part_of_a_name() -> None:
    assert not is_name("Oppenheimer Is Christopher Nolan")
    assert not is_name("Ripley Was Steven Zaillian")
    assert is_name("Will Ferrell") and is_name("Christopher Nolan")
    review = page(headline="Salt Harbour Is Mara Olsen's Most Terrifying Film")
    assert review.directors == ("Mara Olsen",)


def test_a_list_that_plays_a_group_and_an_actor_who_turns_up() -> None:
    review = page(
        "Hal Mercer plays Tom. Lia Sand, Tobin Rask and Petra Holm play the men who pay for all "
        "of this. Greta Vale also appears, mainly for a dance number, and Oskar Lund turns up "
        "at the end.",
        "In the 1990 version, Ida Brun turns up late, and the story turns up nothing new.",
    )
    assert cast(review) == {
        "Hal Mercer": "Tom",
        "Lia Sand": None,
        "Tobin Rask": None,
        "Petra Holm": None,
        "Greta Vale": None,
        "Oskar Lund": None,
    }


def test_names_in_fine_form() -> None:
    review = page("Hal Mercer plays Tom. Lia Sand and Petra de Holm are also in fine form.")
    assert cast(review) == {"Hal Mercer": "Tom", "Lia Sand": None, "Petra de Holm": None}


def test_stepping_into_the_mask_or_the_shoes_of_a_character() -> None:
    review = page(
        "Hal Mercer plays Tom. Lia Sand steps into the mask of Immortan Roy, and Tobin Rask slips "
        "back into the white cape of Orson Vale for a handful of scenes. Petra Holm wears the "
        "skin of a wolf.",
    )
    assert cast(review) == {
        "Hal Mercer": "Tom",
        "Lia Sand": "Immortan Roy",
        "Tobin Rask": "Orson Vale",
    }


def test_plays_her_after_a_person_named_after_a_relation() -> None:
    review = page(
        "Hal Mercer plays Tom. His mother, Ines Roan, who runs a cafe, once had powers of her "
        "own. Lia Sand plays her with a tightly wound watchfulness.",
        "Her aunt Vera is a diver, and Petra Holm plays her with a salty tenderness.",
        "Tom's teacher and Ada's teacher argue, and Greta Vale plays her with gusto.",
    )
    assert cast(review) == {
        "Hal Mercer": "Tom",
        "Lia Sand": "Ines Roan",
        "Petra Holm": "Vera",
        "Greta Vale": None,
    }


def test_two_as_credits_joined_by_and_a_suffix_before_as_and_a_reflexive() -> None:
    review = page(
        "Hal Mercer plays Tom. Lia Sand as Roxie and Petra as Mariam, the leader of the rebel "
        "camp, have little to do. Then there is Tobin Rask Jr. as Lewis Vale, the chairman of "
        "the board. Ines Roan (Greta Vale) and Ada Lind (Oskar Lund) have split up. Ted himself "
        "(Ida Brun, obviously) is trying very hard to be fine.",
    )
    assert cast(review) == {
        "Hal Mercer": "Tom",
        "Lia Sand": "Roxie",
        "Tobin Rask Jr.": "Lewis Vale",
        "Greta Vale": "Ines Roan",
        "Oskar Lund": "Ada Lind",
        "Ida Brun": "Ted",
    }


def test_starring_a_performer_described_before_the_name() -> None:
    review = page(
        "That is the premise of the new series written by and starring the Scottish comedian "
        "Hal Mercer, and it is based on a true story.",
        "Mercer plays Tom Vale, a struggling comic. It also stars a young Lia Sand.",
    )
    assert cast(review) == {"Hal Mercer": "Tom Vale"}


def test_standing_out_among_a_people_as_a_character() -> None:
    review = page(
        "Hal Mercer plays Tom. Lia Sand also stands out among the Fremen as Shishakli. Petra "
        "Holm stands out in the Bourne films as Nicky, and Greta Vale stands out in The Matrix "
        "as Trinity.",
    )
    assert cast(review) == {"Hal Mercer": "Tom", "Lia Sand": "Shishakli"}


def test_a_makers_work_in_a_list_of_influences_is_not_a_credit() -> None:
    """The page shows the "Actor's Character" habit (Hal Mercer's Tom), but a possessive that
    is an item of a list a colon opens names a work and its maker, not an actor's role."""
    review = page(
        "Hal Mercer plays Tom, a fisherman who has stopped expecting anything of the sea.",
        "Hal Mercer's Tom is played with a stillness that takes a while to read.",
        "The director has named her models, and they show: Paper Moon, The Long Goodbye, Ada "
        "Brennan's Lowtide. Each of them is a film about people waiting.",
    )
    credits = cast(review)
    assert credits.get("Hal Mercer") == "Tom"
    assert "Ada Brennan" not in credits
