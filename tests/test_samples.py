"""Every shipped sample review, checked against its full expected extraction."""

from __future__ import annotations

import pytest

from reeltui.parse import parse_file
from reeltui.text import fold

from sample_expectations import EXPECTED, NOT_CAST
from sample_paths import SAMPLES


def test_every_shipped_review_has_expectations() -> None:
    shipped = {p.name for p in SAMPLES.iterdir() if p.suffix in (".txt", ".md", ".html")}
    assert shipped == set(EXPECTED)
    assert len(shipped) >= 25


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_extraction(name: str) -> None:
    want = EXPECTED[name]
    review = parse_file(SAMPLES / name, SAMPLES)
    assert review.headline == want["headline"]
    assert review.film.title == want["title"]
    assert review.film.year == want["year"]
    assert review.film.kind == want["kind"]
    assert review.film.season == want["season"]
    assert review.film_key == want["film_key"]
    assert list(review.directors) == want["directors"]
    assert [(c.actor, c.role) for c in review.cast] == want["cast"]
    assert review.runtime_minutes == want["runtime_minutes"]
    assert review.platform == want["platform"]
    assert review.rating == want["rating"]
    assert [s.heading for s in review.sections if s.heading] == want["headings"]
    assert review.reviewer is not None and review.reviewer.name == want["reviewer"]
    bio_starts = want["bio_starts"]
    if bio_starts is None:
        assert review.reviewer.bio is None
    else:
        assert isinstance(bio_starts, str)
        assert review.reviewer.bio is not None and review.reviewer.bio.startswith(bio_starts)
    body = review.body_text()
    assert isinstance(want["body_ends"], str)
    assert body.endswith(want["body_ends"])
    junk = want["junk_absent"]
    assert isinstance(junk, list)
    for text in junk:
        assert text not in body
    assert review.reviewer.name not in body
    assert review.problems == ()


@pytest.mark.parametrize("name", sorted(NOT_CAST))
def test_people_in_the_plot_are_not_cast(name: str) -> None:
    review = parse_file(SAMPLES / name, SAMPLES)
    actors = {fold(c.actor) for c in review.cast}
    for person in NOT_CAST[name]:
        assert fold(person) not in actors
