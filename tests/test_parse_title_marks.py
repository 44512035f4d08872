"""The film's title where the headline's reading is none: a disc or a language by the title, a
column's kicker over it, a tagline over a review that marks the title elsewhere (a year after
it, quotes, a maker's possessive, "the series X", a caption). Each case is a small page made up
for the test, with a twin worded differently and pages where the rule must not fire."""

from __future__ import annotations

from reeltui.parse.scraped import parse_headline

from prose_pages import scraped

# Three paragraphs that never name the film: a short capsule says "the film" throughout.
UNNAMED = (
    "The film opens on a quiet street at dawn, and for a long while nothing much happens, "
    "which is exactly the point of the patient and careful direction on display here.\n\n"
    "Later it widens into a portrait of a whole neighbourhood, each household given its own "
    "small drama, and the performances hold steady through every one of them.\n\n"
    "By the end it has earned its quiet ending, a closing scene that lands softly but stays "
    "with you long after the lights come up.\n"
)


def named_later(title: str, opening: str) -> str:
    """Three paragraphs: `opening` (which marks the title), then two that name it."""
    return (
        f"{opening}\n\n"
        f"Later {title} widens into a portrait of a whole neighbourhood, each household given "
        "its own small drama, and the performances hold steady through every one of them.\n\n"
        f"By the end {title} has earned its quiet ending, a closing scene that lands softly "
        "but stays with you long after the lights come up and the credits roll past.\n"
    )


# --- a disc or a language by the title -------------------------------------------------------


def test_a_disc_format_after_a_title_keeps_the_titles_last_word() -> None:
    assert parse_headline("The Salt Road DVD Review").title == "The Salt Road"
    assert parse_headline("Cold Water Lane Blu-ray review").title == "Cold Water Lane"
    # a label in capitals before the disc is the label's, not the title's
    assert parse_headline("Seven Samurai BFI Blu-ray").title == "Seven Samurai"
    assert parse_headline("Seven Samurai, BFI 4K UHD review").title == "Seven Samurai"


def test_a_disc_review_whose_review_names_the_start_of_the_title() -> None:
    page = (
        "The Weekly\n\nThe Salt Road DVD Review\n\nBy Ana Lima\n\n"
        "The Salt Road opens on a quiet street at dawn, and for a long while nothing much "
        "happens, which is exactly the point of the patient direction on display here.\n\n"
        "The salt flats stretch out under a white sky, and the salt gets into everything, the "
        "food, the clothes and the tempers of the family at the heart of it.\n"
    )
    assert scraped(page).film.title == "The Salt Road"


def test_a_language_in_square_brackets_is_no_part_of_the_title() -> None:
    assert parse_headline("Harbour Lights [Hindi] Review").title == "Harbour Lights"
    assert parse_headline("Cold Water Lane [Tamil] movie review: a slow burn").title == (
        "Cold Water Lane"
    )


# --- a column's kicker over the title --------------------------------------------------------


def test_a_kicker_in_sentence_case_over_a_title_the_review_never_names() -> None:
    review = scraped("The Weekly\n\nShow notes: Harbour Lights\n\nBy Ana Lima\n\n" + UNNAMED)
    assert review.film.title == "Harbour Lights"
    review = scraped("Film Desk\n\nWeekend watch: Cold Water Lane\n\nBy Tom Reed\n\n" + UNNAMED)
    assert review.film.title == "Cold Water Lane"


def test_a_kicker_the_page_repeats_in_its_tags() -> None:
    page = (
        "The Weekly\n\nRepertory Pick: Cold Water Lane\n\nBy Ana Lima\n\n"
        + UNNAMED
        + "\nTags: Film, Repertory, French Cinema\n"
    )
    assert scraped(page).film.title == "Cold Water Lane"
    twin = (
        "City Pages\nNews | Music | Film Picks | Food\n\nFilm Picks: The Long Night\n\n"
        "By Tom Reed\n\n" + UNNAMED
    )
    assert scraped(twin).film.title == "The Long Night"


def test_no_kicker_without_evidence_or_where_the_part_after_the_colon_goes_on() -> None:
    # Two names in capitals and nothing else on the page: the rules' reading stands.
    assert scraped("The Weekly\n\nCold Water: The Reckoning\n\n" + UNNAMED).film.title == (
        "Cold Water"
    )
    # "Part Two" carries the title on; it is no film after a kicker.
    page = "The Weekly\n\nShow notes: Part Two\n\nBy Ana Lima\n\n" + UNNAMED
    assert scraped(page).film.title != "Part Two"


# --- a tagline over a review that marks the title --------------------------------------------


def test_a_year_after_a_name_marks_the_title_under_a_tagline() -> None:
    page = (
        "The Weekly\n\nMother, martyr, monster\n\n"
        "Eighty years on, the noir that gave its star a second act still refuses to tell us "
        "whom to pity\n\nBy Ana Lima\n\n"
        "One of the great mothers of the screen is back. There is a scene two-thirds of the "
        "way into Mildred Pierce (1945) in which a mother stands in a doorway and realises "
        "she has been despised for years.\n\n" + UNNAMED + "Mildred Pierce is back this week.\n"
    )
    assert scraped(page).film.title == "Mildred Pierce"
    twin = (
        "Film Desk\n\nThe rain outside the window\n\n"
        "Ninety years on, a weepie about a mother's sacrifice still divides the room\n\n"
        "By Tom Reed\n\n"
        "Few endings have been argued over as long. Nobody who saw Stella Dallas (1937) at "
        "the time forgot its last scene, a mother in the rain outside a window she will never "
        "be asked through.\n\n" + UNNAMED + "Stella Dallas screens on Sunday.\n"
    )
    assert scraped(twin).film.title == "Stella Dallas"


def test_quotes_and_a_kind_of_work_mark_the_title_over_a_line_of_dialogue() -> None:
    page = (
        "The Weekly\n\nGod isn't answering\n\n"
        "In “A Serious Man,” a physics professor's life caves in, one catastrophe at a time.\n\n"
        "By Ana Lima\n\n"
        "Each time the professor says “I haven't done anything,” he means it, and each time it "
        "is beside the point, which is exactly the joke of “A Serious Man” as a whole.\n\n"
        + UNNAMED
    )
    assert scraped(page).film.title == "A Serious Man"
    twin = "Film Desk\n\nScorched earth\n\nBy Tom Reed\n\n" + named_later(
        "Harbour Lights",
        "The first thing you notice is the light, which the new series Harbour Lights "
        "catches as it flattens a landscape at noon and sets it on fire at dusk.",
    )
    assert scraped(twin).film.title == "Harbour Lights"


def test_a_quoted_song_does_not_displace_a_title_the_headline_quotes() -> None:
    page = (
        "The Weekly\n\n‘Cold Water Lane’ at 35: still burning\n\nBy Ana Lima\n\n"
        "The film opens on the hottest day of the summer with “Fight the Power” blaring from "
        "a radio, and the song plays again whenever the tension rises.\n\n"
        "By the end “Fight the Power” has become the street's anthem, and the film has "
        "earned every minute of its running time.\n"
    )
    assert scraped(page).film.title == "Cold Water Lane"


# --- an episode's quoted title over the show ---------------------------------------------------


def test_the_show_named_by_its_season_over_an_episode_in_quotes() -> None:
    page = (
        "The Weekly\n\n‘The Long Night’ review: Harbour Lights season 2 finale\n\n"
        "By Ana Lima\n\n"
        "Harbour Lights closes its second season with its darkest hour yet, and the writers "
        "make every minute of the long night count.\n\n"
        "The episode follows Rosa as she waits for news, and Harbour Lights has rarely been "
        "so patient with a character.\n\nBy dawn, the finale has earned its quiet ending.\n"
    )
    assert scraped(page).film.title == "Harbour Lights"
    twin = (
        "TV Desk\n\n“Into the Fire” recap: Cold Water Lane episode 5\n\nBy Tom Reed\n\n"
        "Cold Water Lane finally lets its quiet detective lose her temper this week, and the "
        "fire of the title is hers as much as the barn's.\n\n"
        "Three episodes from the end, Cold Water Lane is still holding its cards close.\n"
    )
    assert scraped(twin).film.title == "Cold Water Lane"


def test_a_quoted_title_stands_where_the_review_names_it_more_than_the_show() -> None:
    page = (
        "The Weekly\n\n‘The Long Night’ review: a Harbour Lights season 2 spin-off\n\n"
        "By Ana Lima\n\n"
        "The Long Night is a feature-length spin-off, and The Long Night mostly earns its "
        "running time, though fans of the parent show will miss the sea.\n\n"
        "By dawn, The Long Night has earned its quiet ending.\n"
    )
    assert scraped(page).film.title == "The Long Night"


def test_a_maker_and_a_year_in_brackets_mark_the_title() -> None:
    page = (
        "The Weekly\n\nThe rock that swallowed a nation\n\n"
        "Half a century on, the most seductive mystery in the country's cinema\n\n"
        "By Ana Lima\n\n"
        "Few films have been argued over as long. Nobody who saw Cold Water Lane (Ana Reyes, "
        "1975) at the time forgot its last scene, a girl walking up a rock into the heat.\n\n"
        + UNNAMED
        + "Cold Water Lane is back in cinemas this week.\n"
    )
    assert scraped(page).film.title == "Cold Water Lane"
    twin = (
        "Film Desk\n\nThe rain outside the window\n\n"
        "Ninety years on, a weepie about a mother's sacrifice still divides the room\n\n"
        "By Tom Reed\n\n"
        "Few endings have been argued over as long. Nobody who saw Harbour Lights (dir. Tom "
        "Reyes) at the time forgot its last scene, a mother in the rain outside a window.\n\n"
        + UNNAMED
        + "Harbour Lights screens on Sunday.\n"
    )
    assert scraped(twin).film.title == "Harbour Lights"
