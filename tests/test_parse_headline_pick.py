"""The headline by what it names: a site's motto, a section's label or a line naming the
writer, which the rules' shape-and-place score can prefer, gives way to the line under it that
names the film the review keeps naming; pages made up for the test, each with a twin worded
otherwise, and the pages the rule must leave alone (a headline that names the film, a page
whose other lines name nothing)."""

from __future__ import annotations

from reeltui.parse import headline_pick

from prose_pages import P3, SALT, SALT2, SALT3, scraped

BODY = f"{SALT}\n\n{SALT2}\n\n{SALT3}\n\n{P3}\n"


def test_a_motto_under_the_menu_gives_way_to_the_headline_naming_the_film() -> None:
    review = scraped(
        "HARBOUR WEEKLY\nFilm | Art | Music | Stage | Food | Listings | Shop\n"
        "Subscribe to the print issue\n\nFILM\n\n"
        "Tides and silences: The Salt Road is the quietest film of the year\n\n"
        f"BY Henrike Maas | October 20, 2017\n\n{BODY}"
    )
    assert review.headline.startswith("Tides and silences: The Salt Road")


def test_a_publisher_line_gives_way_to_the_headline_naming_the_film() -> None:
    review = scraped(
        "THE HARBOUR QUARTERLY\nFeatures | Reviews | Columns | Podcast | Subscribe\n"
        "Published by the Coastal Film Society\n\nCOLUMN\n\n"
        "Weather Report: The Salt Road, Restored\n\n"
        f"Going back to the harbour film as its new print arrives\n\nBy Marta Lind\n\n{BODY}"
    )
    assert review.film.title == "The Salt Road"


def test_a_section_label_with_review_gives_way_to_the_headline() -> None:
    review = scraped(
        "COAST DAILY\nHome   News   Politics   Arts & Review   Opinion\n\nArts & Review\n\n"
        f"In The Salt Road, Lima Paints a Harbour in Grey\n\nMay 2, 2020 | Ola Ade\n\n{BODY}"
    )
    assert review.film.title == "The Salt Road"


def test_a_headline_that_names_the_film_stays() -> None:
    review = scraped(
        "Coast Daily\nSubscribe to the print issue\n\n"
        f"The Salt Road review: tides and silences\n\nBy Ola Ade\n\n{BODY}"
    )
    assert review.film.title == "The Salt Road"


def test_names_film_wants_a_run_the_review_names_twice() -> None:
    probe = " for a while the salt road holds and the salt road stays through the night "
    text = "For a while The Salt Road holds, and The Salt Road stays. Through the night."
    assert headline_pick.names_film("Tides: The Salt Road Is Quiet", probe, text)
    assert not headline_pick.names_film("Subscribe to the print issue", probe, text)
    # "Through" opens a sentence of the review: a common word, not a name
    assert not headline_pick.names_film("Through the Wet Grass", probe + "through ", text)


def test_named_instead_keeps_the_best_when_no_line_names_the_film() -> None:
    units = ["Site", "Motto of the site", "A headline about nothing", "By Jo Bloggs"]
    probe = " " + "quiet harbour film " * 20
    assert headline_pick.named_instead(units, [(1, 4.0), (2, 3.9)], probe, "") == -1


# --- the film after a kicker, a festival or a tagline in the headline --------------------------


def test_the_film_after_a_festival_kicker_is_the_title() -> None:
    body = (
        "Nobody raises a voice in The Salt Road, and that is its strength at Lisbon this year.",
        "The Salt Road watches a harbour town through one winter, and The Salt Road never hurries.",
    )
    review = scraped(
        "Site\nNews | Reviews | Festivals\n\nLisbon Review: The Salt Road (Lima)\n\n"
        f"By Jo Bloggs\n\n{body[0]}\n\n{body[1]}\n\n{P3}\n"
    )
    assert review.film.title == "The Salt Road"


def test_the_show_after_a_tagline_the_review_names_less_is_the_title() -> None:
    body = (
        "There are two kinds of people who will watch Gullwing, and the Pitter Patter sketch "
        "wins both of them over.",
        "Gullwing is about a harbour town in winter, and Gullwing never hurries; Gullwing is "
        "a joy.",
    )
    review = scraped(
        "Site\nNews | Reviews | Festivals\n\n"
        "Pitter Patter: Gullwing is the funniest thing on the coast\n\n"
        f"By Jo Bloggs\n\n{body[0]}\n\n{body[1]}\n\n{P3}\n"
    )
    assert review.film.title == "Gullwing"


def test_a_title_named_as_often_as_what_follows_it_stays() -> None:
    body = (
        "Gullwing is a film of the coast, and The Salt Road it travels is the coast road.",
        "Gullwing ends where it began, on The Salt Road, with the sea loud behind it.",
    )
    review = scraped(
        f"Gullwing: The Salt Road is long and worth it\n\nBy Jo Bloggs\n\n"
        f"{body[0]}\n\n{body[1]}\n\n{P3}\n"
    )
    assert review.film.title == "Gullwing"
