"""The director a film page names only as the film's owner (`parse/makers.py`): "X's Title",
"X's 1985 comedy", a name of one word the page writes as a name. Each page is made up, with a
twin worded differently, and pages whose owner is another film's or two people."""

from __future__ import annotations

from reeltui.parse.makers import owner_director
from reeltui.parse.title_checks import after_colon

from prose_pages import P2, P3, scraped


def _page(opening: str, headline: str = "Harbour Lights review: a patient drama") -> list[str]:
    text = f"{headline}\n\nBy Jane Doe\n\n{opening}\n\n{P2}\n\n{P3}\n\nLeave a comment\n"
    return list(scraped(text).directors)


def test_the_films_owner_by_its_title_or_a_word_for_a_film() -> None:
    opening = (
        "Ana Lima's Harbour Lights is back in cinemas this week, and it has aged well, as the "
        "best quiet films do, with every frame as careful as it was."
    )
    assert _page(opening) == ["Ana Lima"]
    opening = (
        "Now Tomas Reyes's 1985 comedy returns to cinemas in a new print, and Harbour Lights "
        "has lost none of its warmth."
    )
    assert _page(opening) == ["Tomas Reyes"]


def test_a_name_of_one_word_the_page_writes_as_a_name() -> None:
    texts = [
        "Every viewer has seen Fazil's psychological thriller more often than they can count.",
        "Fazil weaves horror and comedy into one piece, and the film is the better for it.",
    ]
    found = owner_director("Harbour Lights", texts, surnames=dict, person=lambda _: True)
    assert found == "Fazil"
    texts = [texts[0], "The film weaves horror and comedy, and fazil is a word here."]
    assert owner_director("Harbour Lights", texts, surnames=dict, person=lambda _: True) is None


def test_another_films_owner_or_two_owners_give_nobody() -> None:
    texts = ["Like Ana Lima's 2019 film, Harbour Lights takes its time over a coastal town."]
    assert owner_director("Harbour Lights", texts, surnames=dict, person=lambda _: True) is None
    texts = ["Unlike Ana Lima's Harbour Lights, this one hurries through its coastal town."]
    assert owner_director("Salt Road", texts, surnames=dict, person=lambda _: True) is None
    texts = ["Ana Lima's first film was louder; Harbour Lights is a quieter thing."]
    assert owner_director("Harbour Lights", texts, surnames=dict, person=lambda _: True) is None
    texts = ["Ana Lima's Harbour Lights is, in the end, Tomas Reyes's film as much as hers."]
    assert owner_director("Harbour Lights", texts, surnames=dict, person=lambda _: True) is None
    texts = ["Ana Lima's Harbour Lights owes much to Tomas Reyes's 1985 comedy."]
    assert owner_director("Harbour Lights", texts, surnames=dict, person=lambda _: True) == (
        "Ana Lima"
    )
    texts = ["Ana Lima's Harbour Lights is back, with Tomas Reyes as the keeper."]
    assert owner_director("Harbour Lights", texts, surnames=dict, person=lambda _: True) == (
        "Ana Lima"
    )
    refused = owner_director("Harbour Lights", texts, surnames=dict, person=lambda _: False)
    assert refused is None


def test_a_series_owner_is_no_director() -> None:
    opening = (
        "Ana Lima's Harbour Lights returns for a second season, and the series has lost none "
        "of its patience over eight episodes."
    )
    assert _page(opening, "Harbour Lights season 2 review") == []


SHOW = (
    "Harbour Lights review: {lede}\n\nBy Jane Doe\n\n"
    "{owner}'s coastal drama Harbour Lights takes its time, and the show is better for it: "
    "eight episodes that move at the pace of the tide.\n\n"
    "The show's keeper, played with great care by Rosa Vale, holds the town together, and the "
    "series gives every household its own small story.\n\n"
    "By the last episode the show has earned its quiet ending, and {owner} has made "
    "something rare.\n\nLeave a comment\n"
)


def test_an_owner_of_a_show_found_to_be_a_series_directs_nothing() -> None:
    review = scraped(SHOW.format(lede="a patient tide", owner="Ana Lima"))
    assert review.film.kind.value == "series"
    assert review.directors == ()
    review = scraped(SHOW.format(lede="slow and lovely", owner="Tomas Reyes"))
    assert review.directors == ()


def test_a_title_two_people_own_credits_neither() -> None:
    opening = (
        "With Tomas Reyes's Harbour Lights arriving in cinemas this winter, it is a good moment "
        "to return to Ana Lima's Harbour Lights, the quiet original, which first appeared long ago."
    )
    assert _page(opening) == []
    opening = (
        "Ana Lima's Harbour Lights is back in cinemas this winter, and it is a good moment to "
        "return to the quiet film about a lighthouse keeper."
    )
    assert _page(opening) == ["Ana Lima"]


def test_the_part_after_a_frames_colon_the_review_names() -> None:
    body = " x nosferatu is old and nosferatu is strange y "
    assert after_colon("The Shadow Before the Remake: Nosferatu", body) == "Nosferatu"
    body = " x heeramandi is lavish and heeramandi is long y "
    assert after_colon("Heeramandi: The Diamond Bazaar", body) is None
    body = " x the shadow before the remake and nosferatu and nosferatu y "
    assert after_colon("The Shadow Before the Remake: Nosferatu", body) is None


def _year(third: str) -> int | None:
    # The owner's phrase stands in the review's third paragraph, away from the title, so the
    # owner is read as the director only after the year was looked for.
    opening = (
        "Before we get to the harbour, a confession. I watched Harbour Lights for the first "
        "time on a late-night broadcast years ago, and it stayed with me for a week."
    )
    body = "\n\n".join((opening, P2, third, P3))
    text = f"Harbour Lights review: a patient drama\n\nBy Jane Doe\n\n{body}\n\nLeave a comment\n"
    return scraped(text).film.year


def test_the_owners_year_film_dates_it_once_the_owner_is_the_director() -> None:
    third = (
        "Now Tomas Reyes's 1985 comedy is back in cinemas in a new print, and it has lost none "
        "of its warmth after all these years in the vaults."
    )
    assert _year(third) == 1985
    third = (
        "Ana Lima's 1979 drama is playing again at the Rialto this month, and it still runs "
        "like a watch from the first scene to the last."
    )
    assert _year(third) == 1979


def test_the_owners_other_film_gives_no_year() -> None:
    third = (
        "Tomas Reyes's 1985 comedy Salt Road made his name, and this one, back in cinemas this "
        "week, is the better film by some distance."
    )
    assert _year(third) is None
