"""`reeltui fix REVIEW`: the user's editor (a script, `corrections_support.py`) corrects a review's
facts; what changed is printed; a broken text comes back until fixed or given up."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from reeltui.cli.main import main

from corrections_support import CHROME_PAGE, editor_script, runs


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    data = tmp_path / "reviews"
    data.mkdir()
    (data / "martian.txt").write_text(CHROME_PAGE, encoding="utf-8")
    return data


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


def test_fix_saves_the_correction_and_says_what_changed(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("VISUAL", raising=False)
    title = "text = text.replace('title = \"Trending Now\"', 'title = \"The Martian\"')"
    year = "text = text.replace('# year = 2023', 'year = 2015')"
    monkeypatch.setenv("EDITOR", f"{editor_script(tmp_path, f'{title}; {year}')} --wait")
    code, out = run("fix", "martian", "--data", str(folder))
    assert code == 0
    assert out == (
        "Saved the corrections in martian.toml.\n"
        "  title: Trending Now → The Martian\n"
        "  year: none → 2015\n"
        "  film key: trending-now → the-martian-2015\n"
    )
    code, out = run("show", "the-martian-2015", "--json", "--data", str(folder))
    shown = json.loads(out)
    assert shown["film"]["title"] == "The Martian" and shown["notes"] == []
    assert shown["headline"] == "The Martian"


def test_fix_with_nothing_changed(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VISUAL", editor_script(tmp_path, "text = None"))
    monkeypatch.setenv("EDITOR", "not-this-one")
    assert run("fix", str(folder / "martian.txt"), "--data", str(folder)) == (
        0,
        "Nothing changed.\n",
    )
    assert not (folder / "martian.toml").exists()


def test_fix_reopens_a_broken_text_and_keeps_it_when_given_up(
    folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv("VISUAL", raising=False)
    broken = "text = text.replace('title = \"Trending Now\"', 'title = The Martian')"
    check = "assert text.startswith('#! reeltui could not use this file:'); text = None"
    monkeypatch.setenv("EDITOR", editor_script(tmp_path, broken, check))
    code, out = run("fix", "trending-now", "--data", str(folder))
    assert (code, out) == (1, "")
    assert runs(tmp_path) == 2
    rejected = folder / "martian.toml.rejected"
    error = capsys.readouterr().err
    assert error.startswith("reeltui: nothing was saved: line ")
    assert "this is not valid TOML: invalid value" in error
    assert error.endswith(f"Your text is kept in {rejected}.\n")
    assert "title = The Martian" in rejected.read_text(encoding="utf-8")
    assert not (folder / "martian.toml").exists()


def test_fix_without_an_editor_says_how_to_set_one(
    folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)
    assert run("fix", "martian", "--data", str(folder)) == (2, "")
    assert capsys.readouterr().err == (
        "reeltui: no editor is set: set VISUAL or EDITOR to the editor to use, "
        "for example `EDITOR=nano reeltui fix REVIEW`\n"
    )
    monkeypatch.setenv("EDITOR", "no-such-editor-here")
    assert run("fix", "martian", "--data", str(folder)) == (2, "")
    assert capsys.readouterr().err == (
        "reeltui: the editor no-such-editor-here could not be started (no such file or "
        "directory); set VISUAL or EDITOR to one that is installed\n"
    )


def test_fix_of_a_review_that_is_not_there(
    folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("EDITOR", "vi")
    assert run("fix", "nothing-like-it", "--data", str(folder)) == (2, "")
    assert "no review matches 'nothing-like-it'" in capsys.readouterr().err


def test_fix_moves_the_bookmark_to_the_corrected_film(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    marks = tmp_path / "marks.toml"
    assert (
        run("bookmarks", "add", "trending-now", "--data", str(folder), "--bookmarks", str(marks))[0]
        == 0
    )
    monkeypatch.delenv("VISUAL", raising=False)
    title = "text = text.replace('title = \"Trending Now\"', 'title = \"The Martian\"')"
    year = "text = text.replace('# year = 2023', 'year = 2015')"
    monkeypatch.setenv("EDITOR", editor_script(tmp_path, f"{title}; {year}"))
    code, out = run("fix", "martian", "--data", str(folder), "--bookmarks", str(marks))
    assert code == 0
    assert out.endswith(
        "Your bookmark of Trending Now moved to The Martian (2015) (the-martian-2015).\n"
    )
    code, out = run("bookmarks", "list", "--json", "--data", str(folder), "--bookmarks", str(marks))
    [moved] = json.loads(out)
    assert (moved["film_key"], moved["title"], moved["year"]) == (
        "the-martian-2015",
        "The Martian",
        2015,
    )


def test_fix_keeps_the_bookmark_of_a_film_another_review_is_about(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (folder / "again.txt").write_text(CHROME_PAGE, encoding="utf-8")
    marks = tmp_path / "marks.toml"
    run("bookmarks", "add", "trending-now", "--data", str(folder), "--bookmarks", str(marks))
    monkeypatch.delenv("VISUAL", raising=False)
    title = "text = text.replace('title = \"Trending Now\"', 'title = \"The Martian\"')"
    monkeypatch.setenv("EDITOR", editor_script(tmp_path, title))
    code, out = run("fix", "martian", "--data", str(folder), "--bookmarks", str(marks))
    assert code == 0
    assert out.endswith(
        "Your bookmark stays with Trending Now: 1 other review is still about it.\n"
    )
    assert 'film_key = "trending-now"' in marks.read_text(encoding="utf-8")
