"""The tests' memo of parsed documents (`parse_memo.py`): it answers for a document met before,
with the path asked for, and never when the parsers have been changed by a test."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import reeltui.parse as parse
import reeltui.parse.scraped as scraped
from reeltui.model import Review

from prose_pages import P1, P2

PAGE = f"Harbour Lights review: a keeper's quiet year\n\n{P1}\n\n{P2}\n"


def _write(folder: Path) -> Path:
    folder.mkdir()
    path = folder / "harbour-lights-2021.txt"
    path.write_text(PAGE, encoding="utf-8")
    return path


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = scraped.parse_scraped

    def counted(text: str, **kwargs: Any) -> Review:
        calls.append(1)
        return real(text, **kwargs)

    monkeypatch.setattr(scraped, "parse_scraped", counted)
    return calls


def test_a_document_met_before_is_answered_with_the_path_asked_for(tmp_path: Path) -> None:
    first = _write(tmp_path / "a")
    second = _write(tmp_path / "b")
    one = parse.parse_file(first, first.parent)
    two = parse.parse_file(second, second.parent)
    assert one.path == first and two.path == second
    assert one.film == two.film and one.sections == two.sections and one.cast == two.cast


def test_changed_parsers_are_always_called(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path / "a")
    parse.parse_file(path, path.parent)  # remembered, if the memo is in
    calls = _counting(monkeypatch)
    parse.parse_file(path, path.parent)
    parse.parse_file(path, path.parent)
    assert len(calls) == 2


def test_a_sidecar_still_applies_to_a_document_met_before(tmp_path: Path) -> None:
    path = _write(tmp_path / "a")
    assert parse.parse_file(path, path.parent).film.title != "Another Title"
    path.with_suffix(".toml").write_text('title = "Another Title"\n', encoding="utf-8")
    assert parse.parse_file(path, path.parent).film.title == "Another Title"
