"""The site's masthead (its name, a motto, "Subscribe | Log in" over the first row of links)
names the site, never the film: neither the headline nor the title is one of its lines, nor
its name with "review" after it; and a caption of two sentences with the film's year in
brackets is no headline. Pages made up for the test, each with a twin worded otherwise."""

from __future__ import annotations

from reeltui.parse import headline_pick, masthead

from prose_pages import P3, SALT, SALT2, SALT3, scraped

BODY = f"{SALT}\n\n{SALT2}\n\n{SALT3}\n\n{P3}\n"
ONE = f"{SALT}\n\n{P3}\n"


def test_the_sites_name_with_review_after_it_is_no_headline() -> None:
    review = scraped(
        "Gullwing\nFilms | Cinemas | TV & Streaming | News | Reviews Lisbon ▾ Search films\n\n"
        "The Salt Road (2019)\nDrama · 112 mins · M\n\nDirector: Ana Lima\n\n"
        f"Gullwing Review\nby Jo Bloggs\n\n{ONE}\nGullwing rating: ★★★★\n"
    )
    assert review.headline == "The Salt Road (2019)"
    assert review.film.title == "The Salt Road"
    assert review.film.year == 2019


def test_a_masthead_in_capitals_with_review_in_it_is_no_title() -> None:
    review = scraped(
        "HARBOUR REVIEW\nSubscribe | Donate | Log In\nPolitics | World | Culture | Magazine\n\n"
        "CULTURE\n\nThe Salt Road at 10: The Quiet Film That Outlasted Its Year\n\n"
        f"By Marta Lind\nNovember 21, 2029 6:30 AM\n\n{BODY}\n"
        "Marta Lind is a contributing writer for Harbour Review Online.\n"
    )
    assert review.film.title == "The Salt Road"


def test_a_motto_over_the_menu_is_no_title() -> None:
    review = scraped(
        "Coast Straight\nLisbon's News & Entertainment Weekly\n"
        "NEWS | ARTS | MUSIC | MOVIES | FOOD | LIFE\n\nMovies » Movie Reviews\n\n"
        "The Salt Road comes back to the Cinematheque in a new print\n\nBy Ola Ade\n"
        f"November 27, 2026\n\nTHE SALT ROAD\nStarring Ana Lima. Playing Friday.\n\n{ONE}"
        "\n© 2026 Coast Free Press. All rights reserved.\n"
    )
    assert review.headline.startswith("The Salt Road comes back")
    assert review.film.title == "The Salt Road"


def test_a_facts_line_of_two_sentences_with_a_year_is_no_headline() -> None:
    review = scraped(
        "The Long Shelf\nArchive  Blog  Podcasts  Bookshop  Events\n\nAt the Movies\n\n"
        "Grey Water, Grey Sky\nJo Bloggs\n\n"
        "The Salt Road (2019), directed by Ana Lima. Newly restored and out from 8 March.\n\n"
        f"{BODY}"
    )
    assert review.headline == "Grey Water, Grey Sky"
    assert review.directors == ("Ana Lima",)
    twin = scraped(
        "Quay Papers\nArchive  Blog  Podcasts  Bookshop\n\nGrey Water, Grey Sky\nJo Bloggs\n\n"
        f"The Salt Road (2019), a film by Ana Lima. Back in cinemas on 8 March.\n\n{BODY}"
    )
    assert twin.headline == "Grey Water, Grey Sky"


def test_site_lines_stop_at_the_first_row_of_links() -> None:
    units = ["Harbour Weekly", "Lisbon's own paper", "News | Film | TV | Reviews", "Headline"]
    assert masthead.site_lines(units) == 2
    keys = masthead.site_keys(units, 2)
    assert {"harbour weekly", "harbour weekly review"} <= keys
    assert masthead.site_lines(["The Salt Road (2019)", "Drama | Crime | Lisbon"]) == 0
    assert masthead.site_lines(["Headline", "By Jo Bloggs", "Text", "More text", "A | B | C"]) == 0
    assert "ozus world" in masthead.site_keys(["Ozus' World Movie Reviews"], 1)


def test_two_sentences_spares_abbreviations() -> None:
    assert headline_pick.two_sentences("Ana Lima in The Salt Road (2019). (Tideline)")
    assert not headline_pick.two_sentences("Mr. Robot Season 2 Review")
    assert not headline_pick.two_sentences("F.W. Murnau's Nosferatu (1922) at 100")
