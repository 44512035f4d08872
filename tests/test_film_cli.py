"""`reeltui show FILM_KEY` for a film with several reviews: every review, facts merged."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from reeltui.cli.main import main

from sample_paths import SAMPLES


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


def write(folder: Path, name: str, front: str, body: str) -> None:
    (folder / f"{name}.md").write_text(f"+++\n{front}\n+++\n{body}\n", encoding="utf-8")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Heat reviewed three times, on three scales, with spellings that differ; one other film."""
    data = tmp_path / "reviews"
    data.mkdir()
    common = 'title = "Heat"\nyear = 1995\ndirectors = ["Michael Mann"]\n'
    write(
        data,
        "heat-a",
        common + 'rating = "8/10"\ncast = [{actor = "Al Pacino", role = "Vincent Hanna"}]\n'
        'reviewer = {name = "Ana"}',
        "# Heat Review\n\nPacino shouts.",
    )
    write(
        data,
        "heat-b",
        common + 'rating = "3.5/4"\ncast = [{actor = "al  pacino", role = "Hanna"}, '
        '{actor = "Val Kilmer", role = "Chris"}]\nreviewer = {name = "Bo"}',
        "# Heat Review\n\nKilmer is cool.",
    )
    write(
        data,
        "heat-c",
        common + 'rating = "B+"\nreviewer = {name = "Cy"}',
        "# Heat Review\n\nThe diner scene.",
    )
    write(data, "other", 'title = "Other"\nyear = 2001', "# Other\n\nText.")
    return data


def test_a_film_key_lists_every_review_with_the_facts_merged(folder: Path) -> None:
    code, out = run("show", "heat-1995", "--json", "--data", str(folder))
    assert code == 0
    film = json.loads(out)
    assert film["film_key"] == "heat-1995"
    assert film["film"]["title"] == "Heat"
    assert [r["id"] for r in film["reviews"]] == ["heat-a", "heat-b", "heat-c"]
    assert all("sections" in r for r in film["reviews"])
    assert film["directors"] == ["Michael Mann"]
    assert film["cast"] == [
        {
            "actor": "Al Pacino",
            "spellings": ["Al Pacino", "al pacino"],
            "roles": ["Vincent Hanna"],
        },
        {"actor": "Val Kilmer", "spellings": ["Val Kilmer"], "roles": ["Chris"]},
    ]
    assert film["ratings"] == [
        {"review": "heat-a", "reviewer": "Ana", "rating": "8/10", "out_of_5": 4.0},
        {"review": "heat-b", "reviewer": "Bo", "rating": "3.5/4", "out_of_5": 4.375},
        {"review": "heat-c", "reviewer": "Cy", "rating": "B+", "out_of_5": None},
    ]
    assert film["average"] == {"out_of_5": 4.188, "label": "4.2/5", "reviews": 2}


def test_a_review_id_still_shows_one_review(folder: Path) -> None:
    code, out = run("show", "heat-b", "--json", "--data", str(folder))
    assert code == 0
    review = json.loads(out)
    assert review["id"] == "heat-b" and "reviews" not in review
    code, out = run("show", "other-2001", "--json", "--data", str(folder))
    assert json.loads(out)["id"] == "other"


def test_a_film_as_text(folder: Path) -> None:
    code, out = run("show", "heat-1995", "--data", str(folder))
    assert code == 0
    lines = out.splitlines()
    assert lines[:2] == ["Heat (1995) · 3 reviews", "======================="]
    assert "Cast:      Al Pacino (Vincent Hanna), Val Kilmer (Chris)" in lines
    assert "Rating:    3.5/4 (Bo)" in lines and "Rating:    B+ (Cy)" in lines
    assert "Average:   4.2/5 from 2 reviews" in lines
    assert "─── 2 of 3 · Bo [heat-b] ───" in lines
    assert "Kilmer is cool." in lines


def test_the_samples_martian_has_three_reviews() -> None:
    code, out = run("show", "the-martian-2015", "--json", "--data", str(SAMPLES))
    assert code == 0
    film = json.loads(out)
    assert len(film["reviews"]) == 3
    assert film["average"]["label"] == "4.2/5"
