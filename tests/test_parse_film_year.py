"""The film's year where only words state it (`parse/film_year.py`): the headline or the
standfirst calling the film by its year, and a release clause whose subject is the film. Each
page is made up, with a twin worded differently, and pages whose year belongs to another work."""

from __future__ import annotations

from reeltui.parse.film_year import stated_year

from prose_pages import P1, P2, P3, scraped

STANDFIRST = "{line}\n\nBy Jane Doe\n\n{stand}\n\n{p1}\n\n{p2}\n\n{p3}\n\nLeave a comment\n"


def _page(stand: str, p1: str = P1, headline: str = "Harbour Lights review") -> int | None:
    text = STANDFIRST.format(line=headline, stand=stand, p1=p1, p2=P2, p3=P3)
    return scraped(text).film.year


def test_the_standfirst_calls_the_film_by_its_year() -> None:
    assert _page("The 1987 masterpiece returns to cinemas in a new print, as tender as ever.") == (
        1987
    )
    assert _page("A small cinema is bringing back the 1997 Canadian drama for a week.") == 1997


def test_a_year_of_another_work_in_the_standfirst_gives_none() -> None:
    assert _page("Unlike the 1987 film it echoes, this one takes its time and earns it.") is None
    assert _page("The director returns to the 1974 novel that made her name, to mixed ends.") is (
        None
    )
    assert _page("A remake of the 1987 drama that keeps little of it and adds a good deal.") is (
        None
    )


def test_a_release_clause_whose_subject_is_the_film() -> None:
    opened = P1 + " Harbour Lights, which first appeared in 1987, has aged better than most."
    assert _page("A quiet film.", p1=opened) == 1987
    later = P1 + " Decades after the film opened on Dec. 16, 1994, the town still talks of it."
    assert _page("A quiet film.", p1=later) == 1994


def test_a_release_clause_of_something_else_or_on_disc_gives_none() -> None:
    other = P1 + " Its director's debut, which first appeared in 1987, was a comedy."
    assert _page("A quiet film.", p1=other) is None
    disc = ["Harbour Lights, which finally came out on DVD in 2005, found its audience late."]
    assert stated_year("Harbour Lights", [], disc) is None
    cinemas = ["Harbour Lights, which finally came out in cinemas in 2005, found its audience."]
    assert stated_year("Harbour Lights", [], cinemas) == 2005


def test_two_years_stated_give_none() -> None:
    assert (
        stated_year(
            "Harbour Lights",
            ["The 1987 masterpiece returns."],
            ["Harbour Lights, which first appeared in 1988, returns."],
        )
        is None
    )


def test_a_series_page_takes_no_year_of_a_film() -> None:
    about = ["The crime caper turns the 2019 film into an eight-part romp."]
    assert stated_year("The Gents", about, ["It is fun."], series=True) is None
    about = ["A new remaster of the 1990 season reaches British screens."]
    assert stated_year("Twin Roads", about, ["It is fun."], series=True) == 1990


def test_a_later_season_takes_no_release_told_in_the_past() -> None:
    texts = ["Harbour Lights, which first aired in 2019, returns for a third run."]
    assert stated_year("Harbour Lights", [], texts, series=True, past=False) is None
    assert stated_year("Harbour Lights", [], texts, series=True) == 2019


def test_a_release_abroad_is_not_the_films() -> None:
    texts = ["Half of the country watched once the show aired across the border on Zee in 2014."]
    assert stated_year("Harbour Lights", [], texts, series=True) is None
    texts = ["Harbour Lights topped the charts when it arrived on the streamer in January 2023."]
    assert stated_year("Harbour Lights", [], texts, series=True) == 2023


def test_another_film_in_apposition_gives_none() -> None:
    texts = ["Like Jaws, the film that opened in 1975, it is a story of a town and a threat."]
    assert stated_year("Harbour Lights", [], texts) is None
    texts = ["Like Jaws, Harbour Lights is a film that opened in 1975, and it never left."]
    assert stated_year("Harbour Lights", [], texts) == 1975


def test_a_year_phrase_naming_another_film_gives_none() -> None:
    about = ["Lima's 2019 film, Night Tide, was a smaller thing altogether."]
    assert stated_year("Harbour Lights", about, ["It is fine."]) is None
    about = ["Lima's 2019 film Harbour Lights was a bigger thing altogether."]
    assert stated_year("Harbour Lights", about, ["It is fine."]) == 2019


def test_a_year_at_odds_with_the_pages_anniversary_gives_none() -> None:
    about = ["The 2004 British shocker is back."]
    assert stated_year("Harbour Lights", about, ["It is fine."], ages=frozenset({2003})) is None
    assert stated_year("Harbour Lights", about, ["It is fine."], ages=frozenset({2004})) == 2004


def test_a_release_clause_with_the_films_name_as_its_subject() -> None:
    shown = ["When Harbour Lights was first shown on ITV in April 1991, nothing looked like it."]
    assert stated_year("Harbour Lights", [], shown) == 1991
    aired = ["Harbour Lights premiered on Fox in September 1993 as a modest genre show."]
    assert stated_year("Harbour Lights", [], aired) == 1993
    # the film's name as the subject of something else's release, or a disc's, gives none
    other = ["Harbour Lights was inspired by a novel that was first shown on stage in 1950."]
    assert stated_year("Harbour Lights", [], other) is None
    disc = ["Harbour Lights was released on Blu-ray in 2015, with a commentary."]
    assert stated_year("Harbour Lights", [], disc) is None


def test_a_release_clause_after_a_quoted_title_and_its_comma() -> None:
    aired = ['"Harbour Lights," which aired on tvN in 2018, belongs to the third kind.']
    assert stated_year("Harbour Lights", [], aired) == 2018
    curly = ["“Harbour Lights,” which premiered in 2004, is a quiet show."]
    assert stated_year("Harbour Lights", [], curly) == 2004
