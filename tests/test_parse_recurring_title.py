"""The film's recurring name: of the headline's capitalised runs, the one the review names first
and again is the film, when the title read so far is a phrase the review never names (a pun
or a motto over a colon) or a name it meets only later (a character, an episode); pages made
up for the test, each with a twin worded otherwise, and the shapes the rule must leave alone
(a headline that marks its title, a place or a person the review names first)."""

from __future__ import annotations

from reeltui.parse.layout import loose_key
from reeltui.parse.recurring_title import first_named, named_part, with_subtitle

from prose_pages import CLOSING, OPENING, P3, SALT, SALT2, SALT3, scraped

BODY = f"{SALT}\n\n{SALT2}\n\n{SALT3}\n\n{P3}\n"


def _key(text: str) -> str:
    return f" {loose_key(text)} "


# A review of a film of one word, which the review writes after its maker's name, after "the"
# and at a sentence's start: a name all the same.
COLD = (
    "I first saw Ana Lima's Coldwater on a rented tape in a cousin's sitting room, far too "
    "young, and the film has never quite let go of me since that night.",
    "The Coldwater of the title is a harbour town in a long winter. Nobody in it raises a voice, "
    "and the weather does the talking. Coldwater watches the town through one season of storms.",
    "Seen again on a big screen, Coldwater is a reminder of how much a quiet film can hold, and "
    "of how rarely the films around it dared to be so patient with their people.",
)
COLD_BODY = "\n\n".join(COLD) + f"\n\n{P3}\n"


def test_a_pun_over_a_colon_gives_way_to_the_film_after_it() -> None:
    review = scraped(
        "HARBOUR QUARTERLY\nFeatures | Reviews | Columns | Subscribe\n\n"
        "Salt in the Wound: Walking the Coast in Lima's Coldwater\n\n"
        f"By Marta Lind\n\nMay 24, 2019\n\n{COLD_BODY}"
    )
    assert review.film.title == "Coldwater"


def test_a_motto_over_a_colon_gives_way_to_the_film_at_its_age() -> None:
    review = scraped(
        "THE COAST REVIEW\nArts | Books | Film | Podcasts\n\n"
        "Nine lives, one harbour: Coldwater at 25\n\n"
        f"By Ola Ade\n\n12 June 2020\n\n{COLD_BODY}"
    )
    assert review.film.title == "Coldwater"


def test_the_run_named_first_beats_a_character_named_later() -> None:
    prose = (
        "Nearly twenty years on, Harbour Lights has said goodbye, and Harbour Lights did it "
        "well. Later Agnes and Victor walk to the pier, and Agnes smiles."
    )
    headline = "Harbour Lights final episode review: Agnes and Victor go out laughing"
    assert first_named("Agnes", headline, _key(prose), prose, frozenset()) == "Harbour Lights"
    # the twin: a film revisited, its year after it, under a motto the review names late
    prose = (
        "I first saw Coldwater as a child. Coldwater is still frightening, and the line "
        "Say my name still chills."
    )
    headline = "Say My Name | Revisiting Coldwater (1992)"
    assert first_named("Say My Name", headline, _key(prose), prose, frozenset()) == "Coldwater"


def test_a_title_the_headline_marks_stays() -> None:
    prose = (
        "In Singapore a maid arrives at a flat. Singapore has rarely looked so close, and "
        "Ilo Ilo never looks away. Ilo Ilo is a small wonder."
    )
    for headline in (
        "Movie Review: Ilo Ilo Is The Best Singapore Film In Years",
        "Ilo Ilo review: the best Singapore film in years",
        "‘Ilo Ilo’ at 10: still the best Singapore film",
    ):
        assert first_named("Ilo Ilo", headline, _key(prose), prose, frozenset()) is None


def test_a_place_or_a_person_named_first_is_no_title() -> None:
    prose = (
        "In Bombay in 1947 a studio is burning. Bombay never sleeps, and Priya Rao plays its "
        "star. Rao is superb. Jubilee is long, and Jubilee is lavish, and the Bombay of "
        "Jubilee is a feast."
    )
    # named more often than the place, the title stands where the headline writes it first
    headline = "Jubilee returns: Priya Rao in a golden-age Bombay feast"
    assert first_named("Jubilee", headline, _key(prose), prose, frozenset()) is None
    # a person's name, called by the surname alone, is never the film
    headline = "A golden age: Priya Rao lights up Jubilee"
    assert first_named("A golden age", headline, _key(prose), prose, frozenset()) == "Jubilee"


def test_a_lone_word_the_review_writes_in_lower_case_is_no_name() -> None:
    prose = "The harbour is grey. The Harbour glows at night; the harbour sleeps by day."
    headline = "Grey days: Harbour and its ghosts"
    assert first_named("Grey days", headline, _key(prose), prose, frozenset()) is None


def test_a_title_holding_the_run_is_left_to_the_other_rules() -> None:
    prose = "Dune is back. Dune: Part Two is bigger, and Dune: Part Two is better than Dune."
    headline = "Dune: Part Two is bigger and better"
    assert first_named("Dune: Part Two", headline, _key(prose), prose, frozenset()) is None


# --- the film inside a title the review never names whole -------------------------------------

ONCE = f"{OPENING}\n\n{SALT}\n\n{P3}\n\n{CLOSING}\n"


def _page(headline: str) -> str:
    return (
        "COAST WEEKLY\nNews | Music | Arts | Film | Events\n\nFilm\n\n"
        f"{headline}\n\nBy Devon Ade\n\nSeptember 10, 2020\n\n{ONCE}"
    )


def test_a_kicker_over_a_colon_is_no_part_of_the_title() -> None:
    key = " back in a new print the salt road still holds its quiet "
    assert named_part("Repertory Pick: The Salt Road", key, frozenset()) == "The Salt Road"
    assert named_part("Staff Favourite: The Salt Road", key, frozenset()) == "The Salt Road"


def test_a_verb_of_watching_again_is_no_part_of_the_title() -> None:
    assert scraped(_page("Reopening The Salt Road")).film.title == "The Salt Road"
    assert scraped(_page("Rewatching The Salt Road In 2025")).film.title == "The Salt Road"


def test_a_release_format_after_the_title_is_no_part_of_it() -> None:
    assert scraped(_page("The Salt Road Blu-ray Anime Review")).film.title == "The Salt Road"
    assert scraped(_page("The Salt Road Criterion Blu-ray Review")).film.title == "The Salt Road"


def test_named_part_keeps_a_subtitle_and_a_title_the_review_names() -> None:
    key = " dune is back and part two is bigger than dune ever was "
    assert named_part("Dune: Part Two", key, frozenset()) is None  # a part, no kicker
    assert named_part("Star Wars: A New Hope", " star wars a new hope ", frozenset()) is None
    # the head before the colon is named: a title with a subtitle, not a kicker
    key = " star wars is back and a new hope still thrills as star wars did "
    assert named_part("Star Wars: A New Hope", key, frozenset()) is None


# --- a title cut short, and a kicker that is the film's own name ----------------------------------


def test_the_subtitle_the_headline_and_the_review_both_give_after_a_colon() -> None:
    prose = "Harbour: The Last Keeper premiered in 2005. Harbour made a generation of fans."
    headline = "HARBOUR: THE LAST KEEPER'S FIRST SEASON IS STILL THE BEST"
    assert with_subtitle("HARBOUR", headline, prose) == "Harbour: The Last Keeper"
    prose = "A decade on, Salt Road: Part Two holds up, and Salt Road still thrills."
    headline = "Salt Road: Part Two Is the Rare Sequel That Earns Its Place"
    assert with_subtitle("Salt Road", headline, prose) == "Salt Road: Part Two"


def test_no_subtitle_the_review_does_not_write_after_a_colon() -> None:
    prose = "Kati Kati, the Kenyan afterlife drama, still haunts. Kati Kati is a marvel."
    headline = "Kati Kati: The Kenyan afterlife drama that still haunts"
    assert with_subtitle("Kati Kati", headline, prose) is None
    prose = "Salt Road: the first season was better. Salt Road still thrills."
    headline = "Salt Road: The First Season Was Better"
    assert with_subtitle("Salt Road", headline, prose) is None  # (lower case in the review)


def test_a_name_before_review_is_the_title_not_a_kicker() -> None:
    prose = (
        "As Ana Lima's Coldwater returns to cinemas, it is worth looking again. When Coldwater "
        "came out, Priya Rao was a star. Priya Rao is still superb, and Priya Rao carries it."
    )
    headline = "Coldwater review: Priya Rao's quiet homecoming still shines"
    assert first_named("Priya Rao", headline, _key(prose), prose, frozenset()) == "Coldwater"
    headline = "Movie review: Priya Rao's quiet homecoming in Coldwater still shines"
    assert first_named("Priya Rao", headline, _key(prose), prose, frozenset()) is None


def test_a_run_the_headline_marks_needs_one_mention() -> None:
    prose = (
        "In Coldwater Bay, the town of the title, Lena comes home. Lena is angry, and Lena is "
        "right to be, and the town knows it."
    )
    headline = "FILM REVIEW | Coldwater Bay speaks softly, and it is magnificent"
    assert first_named("Lena", headline, _key(prose), prose, frozenset()) == "Coldwater Bay"
    headline = "Revisiting Coldwater Bay (1994), a film that speaks softly"
    assert first_named("Lena", headline, _key(prose), prose, frozenset()) == "Coldwater Bay"
    # unmarked, a run named once is not enough
    headline = "Coldwater Bay speaks softly, and it is magnificent"
    assert first_named("Lena", headline, _key(prose), prose, frozenset()) is None


def test_a_run_the_headline_marks_beats_a_title_the_headline_never_writes() -> None:
    prose = (
        "Lena is five, and Lena has never been outside. Shed is told through her eyes, and "
        "Shed never cheats: Lena's world is small, and Shed keeps it so."
    )
    headline = "Movie review: Shed finds the whole world in a small room"
    assert first_named("Lena", headline, _key(prose), prose, frozenset()) == "Shed"
    headline = "Shed review: a whole world in a small room"
    assert first_named("Lena", headline, _key(prose), prose, frozenset()) == "Shed"
    # not marked: the character the review names first stays for the other rules to weigh
    headline = "Shed finds the whole world in a small room"
    assert first_named("Lena", headline, _key(prose), prose, frozenset()) is None
