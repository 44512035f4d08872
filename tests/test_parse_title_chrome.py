"""Page furniture near the top is no headline: a menu's word the review never names, a site's
motto, a button; and the title found where the headline does not give it (a show watched "in
one night", two people joined by "and"). Each page is made up for the test, with pages where
the rule must not fire."""

from __future__ import annotations

from prose_pages import scraped


def body(title: str) -> str:
    """Three long paragraphs of a review that names `title` in each, never as their subject."""
    return (
        f"Near the start of {title}, a keeper climbs the stairs of an old lighthouse at dawn, "
        "and for a long while nothing much happens, which is the point of the patient direction, "
        "since every small gesture of the keeper is given the time it needs to register with an "
        "audience that is asked to wait and to watch closely.\n\n"
        f"Later the film widens into a portrait of a whole harbour, and {title} gives each "
        "household its own small drama, and the performances hold steady through every one of "
        "them, from the fisherman who will not sell his boat to the young teacher who has come "
        "to the village for a single winter and stays.\n\n"
        f"By the end of {title} the quiet ending has been earned, a closing scene that lands "
        "softly but stays with you long after the lights come up and the credits roll past.\n"
    )


TAGLINE = "The keeper who would not leave\n\nAna Lima\nMarch 5, 2021\n\n"


def test_a_button_over_the_headline_is_not_taken_for_it() -> None:
    page = "Courier\nSign in\nTry 7 days free\n\n" + TAGLINE + body("Harbour Lights")
    assert scraped(page).film.title != "Try 7 days free"


def test_a_sites_motto_over_the_headline_is_not_taken_for_it() -> None:
    page = "The Courier\nQuiet craft, careful light\n\n" + TAGLINE + body("Harbour Lights")
    assert scraped(page).film.title != "Quiet craft, careful light"


def test_a_headline_the_review_names_wins_over_the_furniture() -> None:
    page = "Courier\nSign in\nTry 7 days free\n\nHarbour Lights\n\nAna Lima\n\n"
    assert scraped(page + body("Harbour Lights")).film.title == "Harbour Lights"


def test_a_one_word_title_the_review_names_still_wins_among_short_lines() -> None:
    page = "Courier\nHome\nListen\nShop\n\nHalcyon\n\nBy Ana Lima\n\n" + body("Halcyon")
    assert scraped(page).film.title == "Halcyon"


def test_a_show_watched_in_one_night_in_a_title_cased_headline() -> None:
    # Mara Halcyon is a character too: one watches a show, though, not a person.
    text = body("Halcyon").replace("Later", "Later Mara Halcyon came home.")
    page = (
        "I Watched Halcyon Season 2 In One Night, And Here Are My Thoughts\n\n"
        "By Ana Lima\n\n" + text
    )
    review = scraped(page)
    assert review.film.title == "Halcyon"
    assert review.film.season == 2


def test_two_people_joined_by_and_are_not_the_title() -> None:
    text = body("Harbour Lights").replace("Later", "Rosa Vale waits at Pier Nine. Later")
    page = (
        "Courier\n\nRosa and Tom are the odd couple of the harbour. Nobody believes it will last"
        "\n\nAna Lima\n\nRosa Vale and Tom Reed return in Harbour Lights. Studio\n\n" + text
    )
    assert scraped(page).film.title != "Rosa"


def test_a_menu_word_the_review_writes_only_in_lowercase_is_not_named() -> None:
    # "Watch" stands in the menu, and the review's "to watch closely" is no mention of a film.
    page = "Courier\nHome\nWatch\nListen\nShop\n\n" + TAGLINE + body("Harbour Lights")
    assert scraped(page).film.title != "Watch"


def test_a_one_word_title_the_review_capitalises_inside_a_sentence_is_named() -> None:
    text = body("Halcyon").replace("Later", "You should watch Halcyon twice. Later")
    page = "Courier\nHome\nListen\nShop\n\nHalcyon\n\nBy Ana Lima\n\n" + text
    assert scraped(page).film.title == "Halcyon"


def test_a_section_label_the_review_never_names_does_not_beat_the_headline() -> None:
    page = (
        "Courier\nArts & Books\nPodcasts\nArts & Books\nFilm\n\n"
        "The keeper who would not leave his rock\n\n"
        "Ana Lima\nMarch 5, 2021\n\n" + body("Harbour Lights")
    )
    assert scraped(page).film.title != "Arts & Books"


def test_the_title_the_first_sentence_names_beats_a_place_in_a_sentence_headline() -> None:
    # The headline names the show's newsroom; the review's first sentence names the show.
    page = (
        "Courier\n\nRosa and Tom are the stars of Channel Nine News. Nobody believes it will last"
        "\n\n"
        "Ana Lima\n\n"
        "Rosa Vale and Tom Reed in Harbour Lights. Studio\n\n"
        "The first season of Harbour Lights ended with a wedding on air and a new anchor rising. "
        "The second opens on election night at the Channel Nine News desk, with the whole "
        "newsroom waiting for a result that will not come before the bulletin ends tonight.\n\n"
        "Later the season widens into a portrait of the newsroom, and Channel Nine News becomes "
        "a character of its own, with each producer given a small drama, and the performances "
        "hold steady through every one of them, from the weather girl to the tired editor.\n\n"
        "By the end the quiet ending has been earned, a closing scene that lands softly but "
        "stays with you long after the lights come up and the credits roll past the screen.\n"
    )
    assert scraped(page).film.title == "Harbour Lights"


def test_a_crumb_of_section_words_and_a_question_word_are_no_titles() -> None:
    # The review never names the film; the crumb's last step is a section, and "What follows"
    # opens the first sentence with a pronoun, not a title.
    text = body("the film").replace("Near the start of the film", "What follows is, near the start")
    page = (
        "Courier\nNews\nReviews\nHome » Reviews » Film Reviews\n\nHarbour Lights\n"
        "A keeper's story swaps the city for a rock in the sea, and keeps its nerve.\n\n"
        "by Ana Lima\nNovember 6, 2023\n\n" + text + "\nHarbour Lights is in cinemas May 9.\n"
    )
    assert scraped(page).film.title == "Harbour Lights"


def test_a_line_of_the_pages_fields_is_no_headline() -> None:
    page = (
        "Courier\nFilm\nTV\n\n"
        "Posted in: Studio Pictures, Film | Tagged: Ana Lima, Tom Reed, review, harbour lights\n"
        "Harbour Lights Review: A Keeper Holds His Nerve\n\nby Mara Olsen\n\n"
        + body("Harbour Lights")
    )
    assert scraped(page).film.title == "Harbour Lights"


def test_a_caption_that_gives_the_start_of_the_headline_gives_the_title() -> None:
    # The review never names the film; the headline runs on past the title, and the photo's
    # caption gives its start alone.
    page = (
        "Courier\n\n"
        "Movie Review: The Lamp That Would Not Go Dark Will Make You Call Your Mother\n\n"
        "by Ana Lima\n\nRosa Vale and Tom Reed in The Lamp That Would Not Go Dark. Studio\n\n"
        + body("the film")
    )
    assert scraped(page).film.title == "The Lamp That Would Not Go Dark"
