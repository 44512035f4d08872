"""The film's year and its directors where only the prose states them (`parse.prose_facts`).

Each shape is tried on a made-up page and on a second, differently worded twin; each trap (a
novel's year, a remake, another of the director's films, a writer, an actor, a casting director)
on a page of its own."""

from __future__ import annotations

import pytest

from prose_pages import page, scraped


def _dated(headline: str, date: str, *paragraphs: str) -> str:
    """A scraped page: headline, byline, date, then the paragraphs."""
    body = "\n\n".join(paragraphs)
    return f"{headline}\n\nBy Jane Critic\n\n{date}\n\n{body}\n\nLeave a comment\n"


FILLER = (
    "The pacing is patient, the images are handsome, and the quiet ending lands softly, "
    "staying with you long after the credits roll past and the lights come up again."
)


# --- the year of "X's YEAR film", X the film's director -------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Lima's 2014 film, freshly restored, looks richer than ever on the big screen.",
        "When Ana Lima's 2014 drama first opened, nobody expected much of it.",
    ],
)
def test_the_directors_year_film_gives_the_year(sentence: str) -> None:
    review = page(sentence, labels="Director: Ana Lima")
    assert review.film.year == 2014


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Lima's 1950 Hollywood gothic opens with a body floating in a swimming pool.",
        "Nobody else could have made Lima's 1950 caper, and nobody has tried since.",
    ],
)
def test_a_genre_word_after_the_directors_year_gives_the_year(sentence: str) -> None:
    review = page(sentence, labels="Director: Ana Lima")
    assert review.film.year == 1950


@pytest.mark.parametrize(
    "sentence",
    [
        "Lima's 2019 film, Night Tide, was a smaller thing altogether.",
        "It draws on Tomas Reyes's 1998 novel about the strike.",
        "It is nothing like Ana Lima's 2006 remake, which moved the story inland.",
    ],
)
def test_another_work_of_a_year_gives_no_year(sentence: str) -> None:
    review = page(sentence, labels="Director: Ana Lima")
    assert review.film.year is None


# --- a release sentence about the film -------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("Ana Lima's film, released in 2009 and known at home as Mare, broke the rules.", 2009),
        ("The film, made in 2012 and shot entirely in the capital, still feels fresh.", 2012),
        (
            "Salt Harbour finally landed in cinemas across Ghana and abroad on October 13, "
            "2022, and the crowds came.",
            2022,
        ),
        ("Salt Harbour was a commercial disaster when it opened in 1955.", 1955),
    ],
)
def test_a_release_sentence_about_the_film_gives_the_year(sentence: str, year: int) -> None:
    review = page(sentence, labels="Director: Ana Lima")
    assert review.film.year == year


@pytest.mark.parametrize(
    "sentence",
    [
        "The remake, released in 2014, took itself far too seriously.",
        "The film opens in 1952 with a boy running along the harbour wall.",
        "Ana Lima made her debut in 2009 with a short about fishermen.",
    ],
)
def test_a_release_of_something_else_gives_no_year(sentence: str) -> None:
    review = page(sentence, labels="Director: Ana Lima")
    assert review.film.year is None


# --- a loose year, when the piece's age for the film agrees ----------------------------------


@pytest.mark.parametrize(
    ("headline", "sentence"),
    [
        (
            "Salt Harbour at 20: still the bravest film we have made",
            "For its first hour, the 2003 British shocker is a survival drama.",
        ),
        (
            "Why Salt Harbour still matters",
            "Twenty years after it premiered, the 2003 chiller holds up. Ana Lima's film is "
            "a survival drama first.",
        ),
    ],
)
def test_an_anniversary_confirms_a_loose_year(headline: str, sentence: str) -> None:
    text = _dated(headline, "May 1, 2023", sentence, FILLER)
    assert scraped(text).film.year == 2003


@pytest.mark.parametrize(
    ("headline", "sentence"),
    [
        (
            "Salt Harbour at 20: still the bravest film we have made",
            "For its first hour, the 2004 British shocker is a survival drama.",
        ),
        (
            "Salt Harbour at 20: still the bravest film we have made",
            "Some of its ideas about marriage belong firmly in 2003, but it has heart.",
        ),
    ],
)
def test_an_anniversary_alone_or_at_odds_gives_no_year(headline: str, sentence: str) -> None:
    text = _dated(headline, "May 1, 2023", sentence, FILLER)
    assert scraped(text).film.year is None


# --- makers beside the title ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headline", "sentence", "director"),
    [
        (
            "Film Review: Salt Harbour (2003) by Ana Lima",
            "Lima refuses to tell us who did it, and that refusal is the point.",
            "Ana Lima",
        ),
        (
            "Salt Harbour (1966) by Tomas Reyes",
            "Reyes holds the last shot for a long time, then a little longer.",
            "Tomas Reyes",
        ),
    ],
)
def test_a_headline_title_by_a_name_gives_the_director(
    headline: str, sentence: str, director: str
) -> None:
    review = page(sentence, headline=headline)
    assert review.directors == (director,)


@pytest.mark.parametrize(
    ("sentence", "director"),
    [
        (
            "Ana Lima's much-delayed epic, Salt Harbour, finally reached cinemas this week, "
            "and Lima has made it worth the wait.",
            "Ana Lima",
        ),
        (
            "Fifty years ago, Salt Harbour (1966), Tomas Reyes's reconstruction of the dock "
            "strike, won the top prize. Reyes shot it on the streets where it happened.",
            "Tomas Reyes",
        ),
    ],
)
def test_a_maker_set_beside_the_title_is_the_director(sentence: str, director: str) -> None:
    assert page(sentence).directors == (director,)


def test_a_novel_set_beside_the_title_gives_no_director() -> None:
    sentence = (
        "Salt Harbour (1966), Tomas Reyes's novel of the dock strike, was filmed twice. "
        "Reyes wrote it in a single winter."
    )
    assert page(sentence).directors == ()


# --- owners of the film in the headline, standfirst and opening ------------------------------


@pytest.mark.parametrize(
    ("headline", "sentence", "director"),
    [
        (
            "Salt Harbour: Is Ana Lima's tower-block brawler still the best of the century?",
            "Lima and her choreographers build each fight like a piece of music.",
            "Ana Lima",
        ),
        (
            "Salt Harbour review",
            "Thirty summers on, Tomas Reyes's block-party tragedy still runs a fever. Reyes "
            "never lets the heat drop.",
            "Tomas Reyes",
        ),
    ],
)
def test_the_owner_of_the_film_up_top_is_the_director(
    headline: str, sentence: str, director: str
) -> None:
    review = scraped(_dated(headline, "May 1, 2023", sentence, FILLER))
    assert review.directors == (director,)


@pytest.mark.parametrize(
    ("headline", "sentence"),
    [
        (
            "Salt Harbour: Ana Lima's finest hour as the harbour master",
            "Ana Lima plays Rosa, the harbour master, and Lima is magnificent.",
        ),
        (
            "Salt Harbour: is Tomas Reyes's novel still the better story?",
            "Reyes wrote the book in a single winter, and the film keeps its shape.",
        ),
        (
            "Salt Harbour review",
            "Like Tomas Reyes's harbour thriller before it, the film never rests. Reyes, "
            "the novelist, called it unfilmable.",
        ),
    ],
)
def test_an_actor_or_a_writer_up_top_is_no_director(headline: str, sentence: str) -> None:
    review = page(sentence, headline=headline)
    assert not {"Ana Lima", "Tomas Reyes"} & set(review.directors)


# --- "X's YEAR film" with no director credited: both, when the piece's age agrees ------------


@pytest.mark.parametrize(
    ("headline", "sentence"),
    [
        (
            "'Salt Harbour' at 42: why the miracle still matters",
            "It seemed the right time to go back. Tomas Reyes's 1982 film, written by Ana "
            "Lima, has long been called the greatest film the islands have made. Reyes "
            "never made another like it.",
        ),
        (
            "Salt Harbour at 42",
            "Forty-two years on, Tomas Reyes's 1982 drama still draws crowds, and Reyes is "
            "honoured at last.",
        ),
    ],
)
def test_a_years_film_confirmed_by_the_age_gives_year_and_director(
    headline: str, sentence: str
) -> None:
    review = scraped(_dated(headline, "December 28, 2024", sentence, FILLER))
    assert review.film.year == 1982
    assert review.directors == ("Tomas Reyes",)


# --- precision: other jobs called director, another film's title owned -----------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Her mother, Rosa Polley, an actor and casting director, died young.",
        "The band's leader, Rosa Polley, a musician and music director, sets the tone.",
    ],
)
def test_a_casting_or_music_director_is_no_director(sentence: str) -> None:
    assert "Rosa Polley" not in page(sentence).directors


@pytest.mark.parametrize(
    "sentence",
    [
        "Compare all of this to the 2014 remake, in which Joel Kane's Salt Harbour mopes in "
        "a lab, and you see what got lost.",
        "Unlike the original, Joel Kane's Salt Harbour never smiles.",
    ],
)
def test_the_title_owned_in_a_sentence_about_another_film_is_no_vote(sentence: str) -> None:
    assert "Joel Kane" not in page(sentence).directors


# --- a film back in cinemas; a country's release label ---------------------------------------


@pytest.mark.parametrize(
    ("headline", "sentence"),
    [
        (
            "Salt Harbour returns to the big screen, and it has lost none of its sting",
            "About halfway through Ana Lima's 1987 comedy, a man bellows at the sky.",
        ),
        (
            "Salt Harbour: a new restoration of a cult favourite",
            "Lima's 1987 film looks better than it ever did on video.",
        ),
    ],
)
def test_a_re_release_date_gives_way_to_the_directors_year(headline: str, sentence: str) -> None:
    review = page(
        sentence, headline=headline, labels="Director: Ana Lima\nRelease date: 16 August 2024"
    )
    assert review.film.year == 1987


def test_a_release_label_alone_stands_for_a_new_film() -> None:
    review = page(
        "Ana Lima's 2024 film is her best yet.",
        labels="Director: Ana Lima\nRelease date: 16 August 2024",
    )
    assert review.film.year == 2024


@pytest.mark.parametrize(
    "labels", ["US/Canada release date: Feb 17 1983", "UK release date: 11 March 1983"]
)
def test_a_countrys_release_label_gives_the_year(labels: str) -> None:
    assert page("The harbour is the real star.", labels=labels).film.year == 1983


# --- directors named by their duties ----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Tomas Reyes and Ana Lima share directing duties, and the seams never show.",
        "Directorial duties are split between Tomas Reyes and Ana Lima, who trade episodes.",
    ],
)
def test_shared_directing_duties_give_both_directors(sentence: str) -> None:
    assert set(page(sentence).directors) == {"Tomas Reyes", "Ana Lima"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Tomas Reyes takes the director's chair for the first time, and it shows.",
        "This time Tomas Reyes is behind the camera, and the pace never flags.",
    ],
)
def test_the_directors_chair_gives_the_director(sentence: str) -> None:
    assert page(sentence).directors == ("Tomas Reyes",)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Lima directs six of the nine episodes, with Tomas Reyes taking the other three.",
        "Ana Lima, who made Night Tide, directed the first six episodes, with Tomas Reyes "
        "handling the rest.",
    ],
)
def test_the_second_director_of_a_season_is_read(sentence: str) -> None:
    review = page(sentence, headline="Salt Harbour season 2 review")
    assert review.directors == ("Ana Lima", "Tomas Reyes")


def test_someone_taking_the_rest_of_a_house_is_no_director() -> None:
    sentence = "Ana Lima directs, and Rosa moves in with Tomas Reyes taking the rest of the house."
    assert "Tomas Reyes" not in page(sentence).directors
