"""The byline model (`reeltui.parse.bylines`): names the rules do not know the shape of, found
by where they stand and what stands around them; credits and the film's people left alone.
Every page is made up for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.make_corpus import generate
from reeltui.model import Review
from reeltui.parse import bylines, parse_bytes

from prose_pages import P1, P2, P3, scraped

BODY = f"{P1}\n\n{P2}\n\n{P3}"


def _reviewer(review: Review) -> str | None:
    return review.reviewer.name if review.reviewer else None


def _both(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[str | None, str | None]:
    """The reviewer with the model, then with the rules alone."""
    with_model = _reviewer(scraped(text))
    monkeypatch.setattr(bylines, "WEIGHTS", {})
    return with_model, _reviewer(scraped(text))


def test_a_name_alone_under_the_headline_is_the_byline(monkeypatch: pytest.MonkeyPatch) -> None:
    text = f"Harbour Lights review: a keeper's quiet year\n\nMara Quillfeather\n\n{BODY}\n"
    assert _both(text, monkeypatch) == ("Mara Quillfeather", None)


def test_a_signature_under_the_last_paragraph_is_the_byline(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = f"Harbour Lights review: a keeper's quiet year\n\n{BODY}\n\n— Mara Quillfeather\n"
    assert _both(text, monkeypatch) == ("Mara Quillfeather", None)


def test_a_label_of_a_word_under_the_headline_is_a_byline(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = f"Harbour Lights review: a keeper's quiet year\n\nWords: Mara Quillfeather\n\n{BODY}\n"
    assert _both(text, monkeypatch) == ("Mara Quillfeather", None)


def test_the_director_s_credit_under_the_headline_is_no_byline() -> None:
    body = BODY.replace("the patient and careful direction", "Tomas Ferreira's patient direction")
    text = f"Harbour Lights review: a keeper's quiet year\n\nDirector: Tomas Ferreira\n\n{body}\n"
    review = scraped(text)
    assert review.directors == ("Tomas Ferreira",)
    assert review.reviewer is None


def test_a_name_the_review_keeps_using_is_no_byline() -> None:
    body = BODY.replace("Harbour Lights opens", "Ines Calloway opens the film")
    text = (
        "Harbour Lights review: a keeper's quiet year\n\nInes Calloway\n\n"
        f"{body}\n\nInes Calloway is superb, and Ines Calloway carries the last act alone.\n"
    )
    assert scraped(text).reviewer is None


def test_a_byline_and_the_words_glued_after_it_give_every_span_the_shorter_marked() -> None:
    units = ["Harbour Lights review", "by Mara Quill Updated Oct 7, 2024", P1, P2]
    found = bylines.candidates(units, 0, 2, 3, frozenset(), f" {P1.lower()} ", P1)
    names = {c.name: c.features for c in found}
    assert set(names) == {"Mara Quill Updated Oct", "Mara Quill Updated", "Mara Quill"}
    assert "shorter" in names["Mara Quill"] and "shorter" not in names["Mara Quill Updated Oct"]


def test_no_candidate_and_no_weights_give_no_answer() -> None:
    assert bylines.best([], bylines.WEIGHTS) is None
    found = [bylines.Candidate("Mara Quill", 1, ("zone=under",))]
    assert bylines.best(found, {}) is None


def _features(line: str) -> dict[str, tuple[str, ...]]:
    units = ["Harbour Lights review", line, P1, P2]
    found = bylines.candidates(units, 0, 2, 3, frozenset(), f" {P1.lower()} ", P1)
    return {c.name: c.features for c in found}


def test_a_label_before_its_colon_is_read_as_a_label() -> None:
    found = _features("Release Date: May 2, 2024")
    assert set(found) == {"Release Date"}
    assert "tail=colon" in found["Release Date"]


def test_a_name_before_a_bar_and_a_date_is_no_label() -> None:
    found = _features("Mara Quill | May 2, 2024")
    assert "prefix=none" in found["Mara Quill"] and "tail=date" in found["Mara Quill"]


def test_by_inside_a_short_line_reads_the_name_after_it() -> None:
    found = _features("A film review by Mara Quill")
    assert "prefix=inner_by" in found["Mara Quill"]


def test_pages_whose_byline_was_taken_out_name_nobody() -> None:
    named = []
    for i, item in enumerate(generate(60, 11)):
        assert item.review.reviewer is not None
        first = item.review.reviewer.name.split()[0]
        lines = [
            line
            for line in item.text.split("\n")
            if item.review.reviewer.name not in line and not line.startswith(f"{first} has")
        ]
        review = parse_bytes("\n".join(lines).encode(), path=Path(f"{i}.txt"), review_id=str(i))
        if review.reviewer is not None:
            named.append(review.reviewer.name)
    assert named == []


def test_a_date_then_by_is_the_byline_and_a_films_writing_credit_is_not() -> None:
    text = (
        "MOVIE REVIEW: Handshakes with the dead make “HARBOUR LIGHTS” a party classic\n\n"
        "July 27, 2023 | By Jane Critic\n\n"
        "HARBOUR LIGHTS (2023)\nStarring Hal Mercer and Lia Sand\nDirected by Ana Lima\n"
        "Written by Ana Lima and Tova Berg\n\n"
        f"{P1}\n\n{P2}\n\n{P3}\n"
    )
    review = scraped(text)
    assert review.reviewer is not None and review.reviewer.name == "Jane Critic"
    # Without the dated byline, the writing credit still names no reviewer.
    review = scraped(text.replace("July 27, 2023 | By Jane Critic\n\n", ""))
    assert review.reviewer is None or review.reviewer.name != "Ana Lima and Tova Berg"


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ("By Jane Doe Star Tribune", "Jane Doe"),
        ("Jane Doe/Gleaner Writer", "Jane Doe"),
        ("By Reel Guest Writer", None),
        ("By Times News Service", None),
    ],
)
def test_an_outlet_or_a_job_in_the_byline_is_no_ones_name(byline: str, name: str | None) -> None:
    review = scraped(f"Harbour Lights review: a quiet wonder\n\n{byline}\n\n{P1}\n\n{P2}\n\n{P3}\n")
    assert (review.reviewer.name if review.reviewer else None) == name


def test_a_name_over_its_outlet_is_the_byline() -> None:
    text = (
        "Harbour Lights review: a quiet wonder\n\nJane Doe\nArizona Republic\n\n"
        f"Published 6:00 a.m. MT July 17, 2024\n\n{P1}\n\n{P2}\n\n{P3}\n"
    )
    review = scraped(text)
    assert review.reviewer is not None and review.reviewer.name == "Jane Doe"


@pytest.mark.parametrize("label", ["Director: Ana Lima", "Starring: Ana Lima"])
def test_a_person_the_page_credits_is_never_its_reviewer(label: str) -> None:
    # A capsule with no byline: the one name under the headline is the film's, not the critic's.
    review = scraped(f"Salt Harbour\n\n{label}\n\n{P1} Hal Mercer is quietly superb.\n\n{P2}\n")
    assert _reviewer(review) is None


def test_a_byline_beside_a_credit_is_still_the_reviewer() -> None:
    review = scraped(f"Salt Harbour\n\nBy Jane Doe\n\nDirector: Ana Lima\n\n{BODY}\n")
    assert _reviewer(review) == "Jane Doe"
