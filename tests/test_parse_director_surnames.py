"""A director the prose names by surname alone ("directed by Olsen himself", "Quell directs
all ten episodes") is the full name the page gives elsewhere, even where a job's title stands
before it ("Creator Mara Olsen") or a particle inside it ("Tomas bo Quell"); a time in the
story before "directed by" ("a Christmas Eve years earlier") is no other work. Each page is
made up, with a twin worded differently."""

from __future__ import annotations

from reeltui.parse.credits import is_name, names_listed

from prose_pages import scraped


def test_a_surname_takes_the_full_name_past_a_jobs_title() -> None:
    first = "Showrunner Mara Olsen and co-writer Ben Hale send the staff off to learn."
    text = "The finale, an hour-long flashback, was directed by Olsen himself."
    at = text.index(" by ") + 3
    assert names_listed(text, at, [first, text]) == ["Mara Olsen"]
    twin_first = "Its creator, Executive Producer Ines Duarte, wrote every script."
    twin = "The pilot is directed by Duarte with great care."
    at = twin.index(" by ") + 3
    assert names_listed(twin, at, [twin_first, twin]) == ["Ines Duarte"]


def test_a_name_with_the_particle_bo_is_a_name() -> None:
    assert is_name("Tomas bo Quell")
    assert not is_name("Tomas bo")


def _series(sentence: str, directing: str) -> str:
    return (
        "The Courier\n\nHarbour Lights review: a slow, patient winter\n\nBy Ana Lima\n\n"
        "Harbour Lights is a series about a keeper and a town at the end of a coast, and "
        f"{sentence} The first episodes are slow, but the patience pays off once the storm "
        "arrives and the town turns on itself.\n\n"
        f"The best of them is the sixth, {directing} It is the tensest hour of the season, "
        "and it is the one the whole of Harbour Lights has been building towards.\n"
    )


def test_a_series_director_named_by_surname_after_a_time_in_the_story() -> None:
    page = _series(
        "creator Mara Olsen and co-showrunner Ben Hale give every character room.",
        "a flashback to a Christmas Eve several years earlier, directed by Olsen himself.",
    )
    assert scraped(page).directors == ("Mara Olsen",)


def test_a_series_director_with_a_particle_who_directs() -> None:
    page = _series(
        "it was created by Tomas bo Quell and Lena Frisk, the duo behind a hacker thriller.",
        "and Quell directs every one of the episodes himself.",
    )
    assert scraped(page).directors == ("Tomas bo Quell",)


def _acted(credit: str) -> str:
    return (
        "The Courier\n\nGlass Ledger review: a thriller of bad luck\n\nBy Ana Lima\n\n"
        "Before the streaming deals, there was Glass Ledger, a thriller about two friends who "
        "find a carved idol in a ruined shrine and are promised seven good years by it, and the "
        "film has lost none of its chill in the years since it first arrived in cinemas.\n\n"
        f"Pim Sarn plays Sola, a man slowly eaten up by jealousy and fear. {credit} the "
        "ambitious friend who marries the woman they both love, and acquits himself well.\n"
    )


def test_a_director_in_so_many_words_stays_the_director_when_he_acts() -> None:
    assert scraped(_acted("Mara Quell, the director, plays Femi himself -")).directors == (
        "Mara Quell",
    )
    twin = _acted("Mara Quell, the film's own director, takes a part on screen as Femi,")
    assert scraped(twin).directors == ("Mara Quell",)
