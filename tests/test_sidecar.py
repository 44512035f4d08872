"""Sidecar corrections (`NAME.toml` beside a review): what they override, and every way a
sidecar can be broken without breaking the review it sits beside."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reeltui.model import Credit, Film, Format, Kind, Review, Reviewer
from reeltui.parse import parse_file
from reeltui.parse.sidecar import KEYS, apply_overrides, apply_sidecar
from reeltui.text import MAX_LINE

from corrections_support import CHROME_PAGE
from sample_paths import SEED

BASE = Review(
    id="r",
    path=Path("r.txt"),
    format=Format.SCRAPED,
    headline="Heat (1995) Review",
    film=Film("Heat", 1995),
    directors=("Michael Mann",),
    cast=(Credit("Al Pacino", "Vincent Hanna"),),
)


def test_a_sidecar_overrides_what_the_parser_found(tmp_path: Path) -> None:
    (tmp_path / "review.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "review.toml").write_text(
        'title = "A Million Miles Away"\nyear = 2024\ndirectors = "Someone Else"\n'
        'cast = ["Michael Peña", {actor = "Rosa Salazar", role = "Adela"}]\n'
        'runtime_minutes = 121\nplatform = "Prime Video"\nrating = 4.5\n'
        'reviewer = "Ann Lee"\n',
        encoding="utf-8",
    )
    review = parse_file(tmp_path / "review.txt", tmp_path)
    assert (review.film.title, review.film.year) == ("A Million Miles Away", 2024)
    assert review.directors == ("Someone Else",)
    assert review.cast == (Credit("Michael Peña"), Credit("Rosa Salazar", "Adela"))
    assert (review.runtime_minutes, review.platform, review.rating) == (121, "Prime Video", "4.5")
    assert review.reviewer == Reviewer("Ann Lee")
    assert review.problems == ()


def test_season_makes_a_series() -> None:
    review = apply_overrides(BASE, {"season": 2, "kind": "series"}, source="s")
    assert (review.film.kind, review.film.season) == (Kind.SERIES, 2)
    assert review.film_key == "heat-season-2-1995"


def test_no_sidecar_leaves_the_review_alone(tmp_path: Path) -> None:
    assert apply_sidecar(BASE, tmp_path / "missing.toml") is BASE


@pytest.mark.parametrize(
    ("table", "key"),
    [
        ({"title": 42}, "title"),
        ({"title": "   "}, "title"),
        ({"year": "1995"}, "year"),
        ({"year": True}, "year"),
        ({"year": 1200}, "year"),
        ({"kind": "opera"}, "kind"),
        ({"season": -1}, "season"),
        ({"directors": [1, 2]}, "directors"),
        ({"cast": [{"role": "no actor"}]}, "cast"),
        ({"cast": {"actor": "x"}}, "cast"),
        ({"runtime_minutes": 0}, "runtime_minutes"),
        ({"runtime_minutes": 12.5}, "runtime_minutes"),
        ({"platform": ["x"]}, "platform"),
        ({"rating": {"a": 1}}, "rating"),
        ({"reviewer": {"bio": "no name"}}, "reviewer"),
    ],
)
def test_a_value_of_the_wrong_type_is_a_problem_and_changes_nothing(
    table: dict[str, Any], key: str
) -> None:
    review = apply_overrides(BASE, table, source="the sidecar r.toml")
    assert review.problems and review.problems[0].startswith(f"the sidecar r.toml: '{key}' should")
    assert review.film == BASE.film and review.cast == BASE.cast
    assert review.directors == BASE.directors


def test_unknown_keys_are_ignored() -> None:
    assert apply_overrides(BASE, {"colour": "red", "notes": [1]}, source="s") == BASE


def test_values_are_cleaned_and_clipped() -> None:
    review = apply_overrides(
        BASE,
        {
            "title": "Heat\x1b]0;pwned\x07 " + "x" * 1000,
            "directors": ["Michael\u202e Mann\x1b[2J"],
            "reviewer": {"name": "Ann\u200b Lee", "bio": "Line\none\x1b[31m red"},
            "cast": [{"actor": "Al\tPacino", "role": "[bold]Hanna[/]"}],
        },
        source="s",
    )
    assert review.film.title.startswith("Heat xxx") and len(review.film.title) <= MAX_LINE
    assert review.directors == ("Michael Mann",)
    assert review.reviewer == Reviewer("Ann Lee", "Line one red")
    assert review.cast == (Credit("Al Pacino", "[bold]Hanna[/]"),)


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"title = [unclosed", "is not valid TOML"),
        (b"title = '\xff\xfe'", "is not UTF-8 text"),
        (b"x = " + b"[" * 60_000, "nested too deeply"),
        (b"# padding\n" * 30_000, "too large"),
    ],
    ids=["not-toml", "not-utf8", "deep", "too-large"],
)
def test_a_broken_sidecar_is_a_problem(tmp_path: Path, content: bytes, problem: str) -> None:
    (tmp_path / "r.toml").write_bytes(content)
    review = apply_sidecar(BASE, tmp_path / "r.toml")
    assert review.film == BASE.film
    [message] = review.problems
    assert message.startswith("the sidecar r.toml ") and problem in message


def test_a_sidecar_that_is_a_folder(tmp_path: Path) -> None:
    (tmp_path / "r.toml").mkdir()
    [message] = apply_sidecar(BASE, tmp_path / "r.toml").problems
    assert message.startswith("the sidecar r.toml ")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_sidecar_that_is_a_pipe_does_not_block(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "r.toml")
    [message] = apply_sidecar(BASE, tmp_path / "r.toml").problems
    assert message == (
        "the sidecar r.toml was ignored: it is not a regular file (a pipe, a device or a socket)"
    )


def test_a_sidecar_named_with_escapes_is_reported_visibly(tmp_path: Path) -> None:
    name = "x\x1b]0;t\x07.toml"
    (tmp_path / name).write_text('year = "soon"\n', encoding="utf-8")
    [message] = apply_sidecar(BASE, tmp_path / name).problems
    assert message == "the sidecar x\\x1b]0;t\\x07.toml: 'year' should be a year such as 2023"


def test_an_unreadable_sidecar(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "r.toml").write_text("year = 2000\n", encoding="utf-8")
    real_open = os.open

    def refuse(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if str(path).endswith("r.toml"):
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    [message] = apply_sidecar(BASE, tmp_path / "r.toml").problems
    assert message == "the sidecar r.toml could not be read: permission denied"


def _chrome_review(tmp_path: Path, sidecar: str | None = None) -> Review:
    (tmp_path / "page.txt").write_text(CHROME_PAGE, encoding="utf-8")
    if sidecar is not None:
        (tmp_path / "page.toml").write_text(sidecar, encoding="utf-8")
    return parse_file(tmp_path / "page.txt", tmp_path)


def test_a_sidecar_settles_the_notes_about_what_it_gives(tmp_path: Path) -> None:
    parsed = _chrome_review(tmp_path)
    assert parsed.notes == ("title taken from the first line", "no year stated")
    titled = _chrome_review(tmp_path, 'title = "The Martian"\n')
    assert titled.notes == ("no year stated",)
    both = _chrome_review(tmp_path, 'title = "The Martian"\nyear = 2015\n')
    assert both.notes == ()
    # A value the sidecar gives wrongly settles nothing.
    refused = _chrome_review(tmp_path, 'year = "2015"\n')
    assert refused.notes == parsed.notes
    assert refused.problems == ("the sidecar page.toml: 'year' should be a year such as 2023",)


def test_a_headline_that_was_only_the_title_follows_a_new_title(tmp_path: Path) -> None:
    assert _chrome_review(tmp_path).headline == "Trending Now"
    assert _chrome_review(tmp_path, 'title = "The Martian"\n').headline == "The Martian"
    # A real headline stays as the page printed it.
    review = apply_overrides(BASE, {"title": "Heat 2"}, source="s")
    assert review.headline == "Heat (1995) Review"


_TOML_VALUES = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(allow_nan=False),
        st.text(max_size=20),
    ),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
_KEYS = st.sampled_from([*KEYS, "other"])


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(_KEYS, _TOML_VALUES, max_size=6))
def test_overrides_never_raise_and_keep_the_types(table: dict[str, Any]) -> None:
    review = apply_overrides(BASE, table, source="s")
    assert isinstance(review.film.title, str) and review.film.title
    assert review.film.year is None or isinstance(review.film.year, int)
    assert all(isinstance(d, str) and d for d in review.directors)
    assert all(isinstance(c.actor, str) and c.actor for c in review.cast)
    assert review.rating is None or isinstance(review.rating, str)
    assert review.reviewer is None or isinstance(review.reviewer.name, str)
