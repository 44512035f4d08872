"""`reeltui person NAME`: a person's page from the command line."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from reeltui.cli.main import main


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


def write(folder: Path, name: str, front: str, body: str) -> None:
    (folder / f"{name}.md").write_text(f"+++\n{front}\n+++\n{body}\n", encoding="utf-8")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Three Markdown reviews: Michael Peña (spelt two ways) in two, named in the third."""
    data = tmp_path / "reviews"
    data.mkdir()
    write(
        data,
        "martian",
        'title = "The Martian"\nyear = 2015\ndirectors = ["Ridley Scott"]\n'
        'cast = [{actor = "Michael Peña", role = "Rick Martinez"}]\n'
        'rating = "4/5"\n'
        'reviewer = {name = "Dev Raghunathan", bio = "Dev writes about science fiction."}',
        "# The Martian (2015) Review\n\nAn astronaut is stranded.\n\n## The Crew\n\n"
        "Michael Peña plays the pilot. Peña is funny.",
    )
    write(
        data,
        "watch",
        'title = "End of Watch"\nyear = 2012\n'
        'cast = [{actor = "Michael Pena", role = "Mike Zavala"}]\n'
        'reviewer = {name = "Dev Raghunathan", bio = "Dev writes about science fiction."}',
        "# End of Watch (2012) Review\n\nMichael Pena stars as Mike Zavala.",
    )
    write(
        data,
        "ant-man",
        'title = "Ant-Man"\nyear = 2015\n'
        'cast = [{actor = "Paul Rudd", role = "Scott Lang"}, {actor = "Paul Giamatti"}]\n'
        'reviewer = {name = "Lena Fischbach"}',
        "# Ant-Man (2015) Review\n\nPaul Rudd is fine, but Michael Peña steals the film.",
    )
    return data


def test_an_actors_page_as_text(folder: Path) -> None:
    code, out = run("person", "pena", "--data", str(folder))
    assert code == 0
    lines = out.splitlines()
    assert lines[:4] == [
        "Michael Peña",
        "============",
        "Actor in 2 films.",
        "Also written: Michael Pena.",
    ]
    assert "  End of Watch (2012)  as Mike Zavala    [end-of-watch-2012]" in lines
    assert "  The Martian (2015)   as Rick Martinez  [the-martian-2015]" in lines
    assert "Mentioned in reviews: 4 sentences" in lines
    assert "  Ant-Man (2015)  [ant-man]" in lines
    assert "    Paul Rudd is fine, but Michael Peña steals the film." in lines
    assert "  The Martian (2015) › The Crew  [martian]" in lines
    assert "    Peña is funny." in lines


def test_an_actors_page_as_json(folder: Path) -> None:
    code, out = run("person", "MICHAEL PEÑA", "--json", "--data", str(folder))
    assert code == 0
    page = json.loads(out)
    assert page["name"] == "Michael Peña"
    assert page["roles"] == ["actor"]
    assert page["spellings"] == ["Michael Pena", "Michael Peña"]
    assert [(f["film_key"], f["characters"], f["reviews"]) for f in page["films"]] == [
        ("end-of-watch-2012", ["Mike Zavala"], ["watch"]),
        ("the-martian-2015", ["Rick Martinez"], ["martian"]),
    ]
    assert page["films"][0]["film"] == {
        "title": "End of Watch",
        "year": 2012,
        "kind": "film",
        "season": None,
    }
    assert page["reviews"] == [] and page["bio"] is None and page["average"] is None
    assert page["mentions_complete"] is True
    funny = page["mentions"][-1]
    assert funny == {
        "review": "martian",
        "film": {"title": "The Martian", "year": 2015, "kind": "film", "season": None},
        "film_key": "the-martian-2015",
        "section": 1,
        "heading": "The Crew",
        "paragraph": 0,
        "offset": len("Michael Peña plays the pilot. "),
        "sentence": "Peña is funny.",
    }


def test_a_reviewers_page(folder: Path) -> None:
    code, out = run("person", "raghunathan", "--json", "--data", str(folder))
    assert code == 0
    page = json.loads(out)
    assert page["roles"] == ["reviewer"]
    assert page["bio"] == "Dev writes about science fiction."
    assert page["average"] == {"out_of_5": 4.0, "label": "4/5", "reviews": 1}
    assert [(r["id"], r["rating"]) for r in page["reviews"]] == [
        ("watch", None),
        ("martian", "4/5"),
    ]
    assert page["mentions"] == [] and page["films"] == []
    code, out = run("person", "dev raghunathan", "--data", str(folder))
    assert code == 0
    assert "Dev writes about science fiction." in out
    assert "Their ratings average 4/5 over 1 review." in out
    assert "  The Martian (2015)   4/5       [martian]" in out
    assert "Mentioned in reviews" not in out


def test_a_name_that_fits_several_people_lists_them(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run("person", "paul", "--data", str(folder))
    assert (code, out) == (1, "")
    err = capsys.readouterr().err
    assert err == (
        "reeltui: 'paul' matches 2 people: Paul Giamatti (actor, 1 film), "
        "Paul Rudd (actor, 1 film); give a more exact name\n"
    )


def test_nobody_and_bad_names(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("person", "zzzz", "--data", str(folder)) == (1, "")
    assert "nobody in the library is called 'zzzz'" in capsys.readouterr().err
    assert run("person", "  ", "--data", str(folder)) == (2, "")
    assert run("person", "!!", "--data", str(folder)) == (2, "")
    assert "NAME is empty" in capsys.readouterr().err


def test_a_missing_folder_is_a_data_error(tmp_path: Path) -> None:
    assert run("person", "pena", "--data", str(tmp_path / "missing"))[0] == 1
