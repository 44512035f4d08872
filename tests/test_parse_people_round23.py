"""Credits read on a held-out set of pages from sites the rules were not written for, where the
parser named as actors people and things that act in nothing. Small made-up pages with
invented names: each test fails if its rule goes, and each has a twin in another wording of
the same shape."""

from __future__ import annotations

import pytest

from reeltui.parse.layout import is_soft_chrome

from prose_pages import P1, P2, P3, cast, page, paragraphs, scraped


@pytest.mark.parametrize("job", ["Director", "Producer"])
def test_a_name_over_a_job_sets_the_block_as_names_over_parts(job: str) -> None:
    review = scraped(
        "Salt Harbour (1955)\n\nCast & Crew\nRead More\n\n"
        f"Carl Lawton\n{job}\n\nRoland Mitch\nHarry Powers\n\nShelly Winton\nWilla Harp\n\n"
        "Gloria Castell\nRuby\n\nFilm Details\nGenre: Thriller\n\nArticles\n\nBy Jane Critic\n\n"
        "The film opens on a grey morning at the edge of a small coastal town, and for a long "
        "while it is content to watch people go about their work without explaining who.\n"
    )
    got = cast(review)
    assert got == {
        "Roland Mitch": "Harry Powers",
        "Shelly Winton": "Willa Harp",
        "Gloria Castell": "Ruby",
    }
    if job == "Director":
        assert list(review.directors) == ["Carl Lawton"]


@pytest.mark.parametrize("note", ["Filipino version", "Hindi dub"])
def test_a_dub_s_note_marks_the_actor_s_side_of_a_dash(note: str) -> None:
    other = "English version" if "version" in note else "Tamil dub"
    review = scraped(
        "Salt Harbour review\n\nBy Jane Critic\n\nVOICE CAST\n"
        f"Mara Tress – Lina Sorrel ({note})\nMara Tress – Shay Mitton ({other})\n\n"
        "The series opens on a grey morning at the edge of a small coastal city, and for a "
        "long while it is content to watch people go about their work without explaining.\n"
    )
    got = cast(review)
    assert "Mara Tress" not in got
    assert got.get("Lina Sorrel") == "Mara Tress"
    assert got.get("Shay Mitton") == "Mara Tress"


@pytest.mark.parametrize(
    "sentence",
    [
        "Orla Fenn (Da Mayor) and Cass Dunne (Mother Sister) bring gravity to the stoop.",
        "Orla Fenn (Sergeant Bale) and Cass Dunne (Aunt Rosa) hold the quieter scenes together.",
    ],
)
def test_a_rank_or_kinship_word_in_the_brackets_names_the_character(sentence: str) -> None:
    got = cast(page(sentence))
    assert set(got) == {"Orla Fenn", "Cass Dunne"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Rory Veck's score, especially the tune that plays as Mac heads home, lingers for days.",
        "Ida Blum's music, above all the theme that plays as Tam walks away, is lovely.",
    ],
)
def test_a_crew_member_s_work_is_no_subject_of_playing_a_part(sentence: str) -> None:
    got = cast(page(sentence, labels="Cast: Hal Mercer, Lia Sand"))
    assert "Rory Veck" not in got
    assert "Ida Blum" not in got


@pytest.mark.parametrize(
    "sentence",
    [
        "Nell Jorrow's Michael Collins, with Liam Norris, tells the same years from the top down.",
        "Nell Jorrow's Michael Collins, starring Liam Norris, told the same story years before.",
    ],
)
def test_an_owner_s_work_with_a_star_is_no_part(sentence: str) -> None:
    got = cast(page("Hal Mercer's Tomas is a wreck of a man.", sentence, labels="Cast: Hal Mercer"))
    assert "Nell Jorrow" not in got
    assert got.get("Hal Mercer") == "Tomas"


@pytest.mark.parametrize(
    "bio",
    [
        "Nadia Farrow writes on film and culture for The Weekly Reel.",
        "Omar Qadri covers television for the Harbour Courier.",
    ],
)
def test_a_bio_line_of_what_the_writer_covers_ends_the_review(bio: str) -> None:
    review = scraped(
        "Salt Harbour review\n\nBy Jane Critic\n\n"
        + "\n\n".join((P1, P2, P3, bio))
        + "\n\nRelated\nThe Verdict on Verna\n\nLeave a comment\n"
    )
    assert paragraphs(review)[-1] == P3


@pytest.mark.parametrize(
    "bio",
    [
        "Nadia Farrow writes on film and culture for The Weekly Reel.",
        "Nadia Farrow is a film critic based in Leeds.",
    ],
)
def test_a_bio_line_names_the_writer_when_the_name_under_the_headline_is_the_director(
    bio: str,
) -> None:
    review = scraped(
        "Salt Harbour review\n\nSalt Harbour (2018)\nWritten and directed by Hal Orrin\n\n"
        + "\n\n".join((P1, P2, P3, bio))
        + "\n\nRelated\nThe Verdict on Verna\n\nLeave a comment\n"
    )
    assert review.reviewer is not None
    assert review.reviewer.name == "Nadia Farrow"


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("Welcome back to Rewind Reviews, where Reel North staffers revisit a series.", True),
        (
            "Welcome to The Sunday Rewind, where we look back at a film. This week: a thriller.",
            True,
        ),
        ("Welcome to Caddo Lake, where our critics never expected to find a ghost story.", True),
        # The twin that stays: a film's own place, welcomed in the review's first line.
        ("Welcome to Derry, where nothing is quite as it seems and the children know it.", False),
    ],
)
def test_a_column_s_welcome_is_furniture(line: str, chrome: bool) -> None:
    assert is_soft_chrome(line) is chrome


@pytest.mark.parametrize("source", ["(SPOT.ph) ", "(CNN) — "])
def test_an_agency_in_brackets_opening_the_review_is_a_dateline(source: str) -> None:
    review = scraped(
        "Salt Harbour review\n\nBy Jane Critic\n\n" + "\n\n".join((source + P1, P2, P3)) + "\n"
    )
    assert paragraphs(review)[0] == P1
