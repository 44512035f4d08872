"""Labelled facts, ratings and runtimes as review pages write them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reeltui.parse.labels import canonical_rating, label_kind, parse_runtime, scan_labels

from prose_pages import CLOSING, OPENING, cast, scraped


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("3.5/5", "3.5/5"),
        ("4.0 / 5", "4/5"),
        ("3 out of 5 stars", "3/5"),
        ("★★★½", "3.5/5"),
        ("★★★★☆", "4/5"),
        ("★★½☆☆", "2.5/5"),
        ("(9/10)", "9/10"),
        ("10 / 10", "10/10"),
        ("4 stars (out of 5)", "4/5"),
        ("4.5/5 Stars (Four and a half stars)", "4.5/5"),
        ("3 stars", "3/5"),
        ("", None),
        ("R", None),
        ("12/5", None),
    ],
)
def test_ratings_are_canonical(text: str, want: str | None) -> None:
    assert canonical_rating(text) == want


def test_a_letter_grade_counts_only_when_asked() -> None:
    assert canonical_rating("B+", grades=True) == "B+"
    assert canonical_rating("A-", grades=True) == "A-"
    assert canonical_rating("B+") is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("118 minutes", 118),
        ("2h 21m", 141),
        ("2 Hours 44 Minutes", 164),
        ("2 hrs 10 mins", 130),
        ("1 hour, 58 minutes", 118),
        ("137 MIN.", 137),
        ("2 Hrs 48 Min", 168),
        ("10 Episodes", None),
        ("Rated R", None),
    ],
)
def test_runtimes(text: str, want: int | None) -> None:
    assert parse_runtime(text) == want


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Star Cast", "cast"),
        ("Starcast", "cast"),
        ("Starring", "cast"),
        ("Jailer Cast", "cast"),
        ("Harbour Lights Cast and Characters", "cast"),
        ("WHO'S WHO IN SALT HARBOUR", "cast"),
        ("Who’s who", "cast"),
        ("Director", "director"),
        ("Directed by", "director"),
        ("Direction", "director"),
        ("Created by", "creator"),
        ("Music", "crew"),
        ("Running Length", "runtime"),
        ("Critic's Rating", "rating"),
        ("EDITORS' RATING", "rating"),
        ("Avg. Users' Rating", "user_rating"),
        ("Audience Rating", "user_rating"),
        ("Available On", "platform"),
        ("Where to watch", "platform"),
        ("Release Date", "release"),
        ("Movie Name", "title"),
        ("The Good", None),
    ],
)
def test_label_words(label: str, kind: str | None) -> None:
    assert label_kind(label) == kind


def test_values_on_the_same_line_below_and_run_together() -> None:
    units = [
        "Star Cast: Pratik Gandhi, Shreya Dhanwanthary,Hemant Kher",
        "Director",
        "Hansal Mehta",
        "Starring",
        "Noémie Merlant",
        "Adèle Haenel",
        "Anticipation.",
        "Dir: Ruben Östlund. Starring: Harris Dickinson, Charlbi Dean. 15, 147 mins",
        "Director – Paul King",
    ]
    hits = [(h.kind, h.value) for h in scan_labels(units)]
    assert ("cast", "Pratik Gandhi, Shreya Dhanwanthary,Hemant Kher") in hits
    assert ("director", "Hansal Mehta") in hits
    assert ("cast", "Noémie Merlant, Adèle Haenel") in hits  # "Anticipation." is not a name
    assert ("director", "Ruben Östlund") in hits
    assert ("cast", "Harris Dickinson, Charlbi Dean") in hits
    assert ("director", "Paul King") in hits


def test_an_empty_label_has_no_value() -> None:
    hits = scan_labels(["Rating:", "The film opens on a wide, quiet shot of the sea at dawn."])
    assert all(h.value == "" for h in hits if h.kind == "rating")


@settings(max_examples=200)
@given(st.lists(st.text(max_size=80), max_size=30))
def test_scanning_never_raises(units: list[str]) -> None:
    for hit in scan_labels(units):
        assert 0 <= hit.first <= hit.last < len(units)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("★★★½ out of four", "3.5/4"),
        ("★★★ (out of 4 stars)", "3/4"),
        ("★★★½ (out of four stars)", "3.5/4"),
        ("★★ out of five", "2/5"),
        ("★★★★☆ out of 4", "4/5"),  # empty stars draw the scale themselves
        ("★★★★★ out of four", "5/5"),  # more stars than the stated scale: the stars win
    ],
)
def test_stars_on_the_scale_the_line_states(text: str, want: str) -> None:
    assert canonical_rating(text) == want


@given(st.integers(min_value=0, max_value=3), st.booleans())
def test_any_count_of_stars_out_of_four(full: int, half: bool) -> None:
    stars = "★" * full + ("½" if half else "")
    if not stars:
        return
    value = full + (0.5 if half else 0)
    shown = str(int(value)) if value == int(value) else str(value)
    assert canonical_rating(f"{stars} out of four") == f"{shown}/4"
    assert canonical_rating(stars) == f"{shown}/5"


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Sify Rating", "rating"),
        ("Salt Harbour movie rating", "rating"),
        ("Critic Rating", "rating"),
        ("Avg. readers' rating", "user_rating"),
        ("Content rating", "user_rating"),
        ("Any Positive Content?", None),
        ("DP", "crew"),
        ("Who's in it", "cast"),
        ("Who's behind it", "crew"),
    ],
)
def test_labels_of_other_sites(label: str, kind: str | None) -> None:
    assert label_kind(label) == kind


def test_a_rating_line_with_two_scores_takes_the_first() -> None:
    hits = scan_labels(["Salt Harbour Rating – Film: ★ ★ ★ ★ / Movie: ★ ★ ★"])
    assert [(h.kind, h.value) for h in hits] == [("rating", "★ ★ ★ ★")]
    assert canonical_rating(hits[0].value) == "4/5"


@pytest.mark.parametrize("bar", ["•", "·", "|"])
def test_labels_run_together_on_one_line_between_bullets(bar: str) -> None:
    line = (
        f"DIR: Ana Lima {bar} WRI: Tova Berg {bar} PRO: Hal Mercer, Jo Wren {bar} "
        "CAST: Hal Mercer, Lia Sand"
    )
    found = {hit.kind: hit.value for hit in scan_labels([line])}
    assert found["director"] == "Ana Lima"
    assert found["cast"] == "Hal Mercer, Lia Sand"


@pytest.mark.parametrize(
    "label",
    ["First broadcast", "First aired", "Premiered", "Original air date", "Original release"],
)
def test_when_a_work_was_first_shown_is_its_release(label: str) -> None:
    assert label_kind(label) == "release"


def test_character_and_actor_rows_under_a_cast_heading_go_by_the_prose() -> None:
    # Both sides of every row are full names: the prose names the actors in full, the
    # characters by their first names.
    review = scraped(
        "Salt Harbour review\n\nBy Jane Critic\n\n"
        "WHO'S WHO IN SALT HARBOUR\n"
        "Ines Roan – Marta Quill\n"
        "Walt Harrow – Tobin Rask\n"
        "Dora Vance – Greta Holm\n\n"
        f"{OPENING}\n\n"
        "Ines (Marta Quill) runs the harbour office, and Walt is her brother. Tobin Rask gives "
        "him a slow, wary warmth, and Greta Holm is very funny as Dora, the neighbour who "
        "knows everything.\n\n"
        f"{CLOSING}\n"
    )
    assert cast(review) == {
        "Marta Quill": "Ines Roan",
        "Tobin Rask": "Walt Harrow",
        "Greta Holm": "Dora Vance",
    }


def test_a_sentence_leading_into_the_rows_of_a_cast_heading() -> None:
    units = [
        "Harbour Lights Cast and Characters",
        "Before we begin, here is a reminder of who played whom:",
        "Ines – Marta Quill",
        "Walt Harrow – Tobin Rask",
        "The Story of the Harbour",
    ]
    (hit,) = [h for h in scan_labels(units) if h.kind == "cast"]
    assert hit.items == ("Ines – Marta Quill", "Walt Harrow – Tobin Rask")
    assert (hit.first, hit.last) == (0, 3)


def test_a_sentence_after_a_cast_heading_with_no_rows_is_no_lead_in() -> None:
    units = ["Cast", "The actors are what you will remember about it:", "It is a long film."]
    assert [h.value for h in scan_labels(units) if h.kind == "cast"] == [""]
