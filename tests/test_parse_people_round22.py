"""Credits in prose: shapes read on a spent held-out set, where a rule credited someone who is
not in the cast. Small made-up pages with invented names and titles: each test fails if its
rule goes, and most have a twin in another wording of the same shape."""

from __future__ import annotations

import pytest

from reeltui.parse.labels import scan_labels

from prose_pages import cast, page

HABIT = (
    "The cast is uniformly strong. Dara Quill's Osvald, the eldest son, is a coiled spring, "
    "and Osvald is the one the film keeps returning to."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "There is something about the old voice that makes Book One's Iroh irreplaceable.",
        "Nothing in the sequel matches what Part Two's Chani does in the desert.",
        "The fight in the snow makes Volume III's Bride the one to beat.",
    ],
)
def test_a_numbered_part_of_the_work_owns_no_part(sentence: str) -> None:
    review = page(HABIT, sentence)
    got = cast(review)
    assert got["Dara Quill"] == "Osvald"
    assert not any(word in actor for actor in got for word in ("One", "Two", "III"))


def test_a_possessive_opening_a_run_in_label_is_no_credit() -> None:
    review = page(
        HABIT,
        "Silver Screen's Award predictions: Dara Quill sits eighth in our odds for now.",
        "Rotten Tomatoes' Critics Consensus: a patient, generous film.",
    )
    got = cast(review)
    assert "Silver Screen" not in got
    assert "Rotten Tomatoes" not in got


def test_a_possessive_opening_a_sentence_is_still_a_credit() -> None:
    # The twin: the owner opens the paragraph, but a verb follows the part, and no colon.
    review = page(HABIT, "Tomas Varga's Lisbon steals the film: he knows it, too.")
    assert cast(review)["Tomas Varga"] == "Lisbon"


@pytest.mark.parametrize(
    "sentence",
    [
        "Cable's 2019 series, starring Noel Farrand, did a better job of it.",
        "The 1978 film, starring Noel Farrand, is best left unmentioned, and rightly.",
    ],
)
def test_a_star_of_another_years_version_is_not_cast(sentence: str) -> None:
    review = page(HABIT, sentence)
    assert "Noel Farrand" not in cast(review)


@pytest.mark.parametrize(
    ("sentence", "director"),
    [
        (
            "Written and directed by Indo-Canadian filmmaker Rafe Mallory, it is grim.",
            "Rafe Mallory",
        ),
        ("The film is directed by British director Ona Petrell and it is long.", "Ona Petrell"),
    ],
)
def test_a_word_said_of_the_director_before_the_name_is_no_director(
    sentence: str, director: str
) -> None:
    review = page(sentence)
    assert review.directors == (director,)


@pytest.mark.parametrize(
    "sentence",
    [
        "Written and directed by Rafe Mallory, Salt Harbour is a grim seven-part story.",
        "Directed by Rafe Mallory, Salt Harbour was shot in eleven days.",
    ],
)
def test_the_subject_after_a_directed_by_phrase_is_no_second_director(sentence: str) -> None:
    review = page(sentence)
    assert review.directors == ("Rafe Mallory",)


def test_a_list_of_directors_closed_by_and_is_kept() -> None:
    # The twin: commas, then "and" closing the list.
    review = page("It is directed by Rafe Mallory, Ona Petrell and Tod Brack, and it is long.")
    assert review.directors == ("Rafe Mallory", "Ona Petrell", "Tod Brack")


@pytest.mark.parametrize(
    "sentence",
    [
        "Her uncle was the legendary filmmaker Osei Mambo, whose 1973 classic is a cornerstone.",
        "His grandfather is the director Ade Lovett, and the boy grew up on sets.",
    ],
)
def test_a_relative_who_directs_is_not_the_director(sentence: str) -> None:
    review = page("Salt Harbour is directed by Mara Olsen, her first feature.", sentence)
    assert review.directors == ("Mara Olsen",)


@pytest.mark.parametrize(
    "sentence",
    [
        "Another director, Ivo Brandt, had begun shooting before the studio shut it down.",
        "A different director, Ivo Brandt, was first attached to the project.",
    ],
)
def test_another_director_is_not_the_films(sentence: str) -> None:
    review = page("Salt Harbour is directed by Mara Olsen, her first feature.", sentence)
    assert review.directors == ("Mara Olsen",)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tam Orrey is Darryl Kellan, tow-truck driver, proud father and owner of a small house.",
        "Tam Orrey is Darryl Kellan, retired schoolteacher and keen angler.",
    ],
)
def test_a_bare_apposition_describes_the_character(sentence: str) -> None:
    # No article before the description: still a person's noun said of the character.
    review = page(sentence, "Orrey's performance is a thing of beauty. Ana Lima plays Sal.")
    assert cast(review)["Tam Orrey"] == "Darryl Kellan"


def test_a_bare_apposition_naming_no_person_is_no_credit() -> None:
    # The twin: the words after the comma say nothing of a person.
    review = page(
        "Tam Orrey is Darryl Kellan, then and now, whatever the papers say.",
        "Orrey's performance is a thing of beauty. Ana Lima plays Sal.",
    )
    assert "Tam Orrey" not in cast(review)


@pytest.mark.parametrize(
    "line",
    [
        "WITH Ona Petrell, Tod Brack, Rafe Mallory, Ivo Brandt, Cal Brody, Mara Olsen",
        "STARRING Ona Petrell, Tod Brack, Rafe Mallory, Ivo Brandt, Cal Brody and Mara Olsen",
    ],
)
def test_a_cast_label_in_capitals_without_a_colon(line: str) -> None:
    # A fact box whose labels are set in capitals: the label ends where the capitals do.
    hits = scan_labels(["SALT HARBOUR", line, "WRITTEN AND DIRECTED BY Lia Sand"])
    cast_hits = [h for h in hits if h.kind == "cast"]
    assert cast_hits and cast_hits[0].value.startswith("Ona Petrell, Tod Brack")


def test_a_sentence_opening_in_capitals_is_no_cast_label() -> None:
    # The twin: a news-style opening word in capitals, then a sentence, not names.
    hits = scan_labels(["WITH a musical version of the film now playing in cinemas, it is time."])
    assert not [h for h in hits if h.kind == "cast"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Then there are the friends. Ana Lima is Marnie, Hannah's uptight, perfectionist "
        "roommate, who is dating a man she no longer likes.",
        "Then there are the friends. Ana Lima is Marnie, the brittle, anxious, ambitious "
        "gallery assistant, forever one step from tears.",
    ],
)
def test_adjectives_parted_by_commas_before_a_persons_noun(sentence: str) -> None:
    review = page(sentence, "Cal Brody is Hal, the lodger upstairs, and Lima is wonderful.")
    assert cast(review)["Ana Lima"] == "Marnie"
