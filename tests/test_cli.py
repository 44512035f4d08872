"""The command line, run in-process and as a real subprocess."""

from __future__ import annotations

import argparse
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reeltui import parallel
from reeltui.cli.main import build_parser, main
from reeltui.library import refresh as library_module

from sample_paths import ROOT, SAMPLES, SEED


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


def test_show_json_matches_the_contract() -> None:
    code, out = run("show", "a-million-miles-away-2023", "--json", "--data", str(SAMPLES))
    assert code == 0
    data = json.loads(out)
    assert data["id"] == "a-million-miles-away-2023"
    assert data["film"] == {
        "title": "A Million Miles Away",
        "year": 2023,
        "kind": "film",
        "season": None,
    }
    assert data["film_key"] == "a-million-miles-away-2023"
    assert data["format"] == "scraped-text"
    assert data["directors"] == ["Alejandra Marquez Abella"]
    assert data["cast"] == [
        {"actor": "Michael Pena", "role": "Jose M. Hernandez"},
        {"actor": "Rosa Salazar", "role": "Jose’s wife"},
    ]
    assert (data["runtime_minutes"], data["platform"], data["rating"]) == (
        120,
        "Amazon Prime",
        None,
    )
    assert [s["heading"] for s in data["sections"]] == [None, "What’s the Movie About?"]
    assert data["reviewer"]["name"] == "Indrayudh Talukdar"
    assert data["reviewer"]["bio"].startswith("Indrayudh has a master's degree")
    body = json.dumps(data["sections"])
    assert "Latest articles" not in body and "Indrayudh" not in body
    assert data["problems"] == [] and data["bookmark"] is None
    assert data["word_count"] > 1000


def test_show_by_path_and_text_output() -> None:
    code, out = run("show", str(SEED), "--data", str(SAMPLES))
    assert code == 0
    assert out.startswith("‘A Million Miles Away’ (2023) Review")
    assert "## What’s the Movie About?" in out
    assert "Cast:      Michael Pena (Jose M. Hernandez), Rosa Salazar (Jose’s wife)" in out


def test_show_unknown_review_is_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = run("show", "no-such-film", "--data", str(SAMPLES))
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith("reeltui: no review matches 'no-such-film'")
    assert err.count("\n") == 1


def test_list_json_has_no_sections_and_is_sorted() -> None:
    code, out = run("list", "--json", "--data", str(SAMPLES))
    assert code == 0
    items = json.loads(out)
    assert len(items) >= 13
    assert all("sections" not in item for item in items)
    titles = [item["film"]["title"].casefold() for item in items]
    assert titles == sorted(titles)


def test_list_sort_by_year() -> None:
    code, out = run("list", "--json", "--sort", "year", "--data", str(SAMPLES))
    years = [item["film"]["year"] or 0 for item in json.loads(out)]
    assert code == 0 and years == sorted(years, reverse=True)


def test_check_samples_is_clean() -> None:
    code, out = run("check", "--data", str(SAMPLES))
    assert code == 0
    assert "0 unreadable, 0 warnings" in out


def test_check_reports_bad_files_and_exits_1(tmp_path: Path) -> None:
    shutil.copy(SEED, tmp_path / "good.txt")
    (tmp_path / "bad.txt").write_bytes(b"\x00\xff\x00")
    code, out = run("check", "--data", str(tmp_path))
    assert code == 1
    assert f"{tmp_path / 'bad.txt'}: unreadable: the file contains NUL bytes" in out
    assert "1 reviews loaded, 1 unreadable" in out


def test_check_tells_when_workers_could_not_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def refuse(*args: object, **kwargs: object) -> object:
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(parallel.subprocess, "Popen", refuse)
    monkeypatch.setattr(library_module, "PARALLEL_MIN", 1)
    monkeypatch.setattr(library_module.os, "cpu_count", lambda: 2)
    monkeypatch.setenv("REELTUI_CACHE", str(tmp_path / "cache"))
    note = (
        "Worker processes could not be started (resource temporarily unavailable), so files "
        "were read in this process instead."
    )
    code, out = run("check", "--json", "--data", str(SAMPLES))
    assert code == 0
    report = json.loads(out)
    assert report["scan_notes"] == [note]
    assert report["reviews"] >= 15
    assert capsys.readouterr().err == f"reeltui: note: {note}\n"


def test_missing_data_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = run("list", "--data", str(tmp_path / "missing"))
    assert code == 1
    assert "does not exist" in capsys.readouterr().err


def test_search_by_actor_ignores_accents() -> None:
    code, out = run("search", "--actor", "peña", "--json", "--data", str(SAMPLES))
    assert code == 0
    results = json.loads(out)
    keys = {r["film_key"] for r in results}
    assert "a-million-miles-away-2023" in keys
    assert all("matched" in r for r in results)


def test_search_without_terms_is_usage_error() -> None:
    code, _ = run("search", "--data", str(SAMPLES))
    assert code == 2


def test_list_does_not_import_textual() -> None:
    code = (
        "import sys; from reeltui.cli.main import main; "
        f"main(['list', '--data', {str(SAMPLES)!r}]); "
        "sys.exit(1 if any(m == 'textual' or m.startswith('textual.') for m in sys.modules) else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_the_command_line_leaves_each_commands_modules_to_the_command() -> None:
    """`reeltui` alone opens the reader: it must not pay for `show`'s, `person`'s or `fix`'s
    modules."""
    later = ("reeltui.cli.film", "reeltui.cli.person", "reeltui.corrections", "tomlkit")
    code = f"import sys, reeltui.cli.main; print([m for m in {later!r} if m in sys.modules])"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_python_dash_m_and_bad_usage() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "reeltui", "list", "--sort", "nonsense"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr


def test_check_lists_notes_per_file_and_exits_0_on_notes_alone(tmp_path: Path) -> None:
    shutil.copy(SEED, tmp_path / "good.txt")
    (tmp_path / "vague.txt").write_text("Some Picture Review\n\nIt is fine.\n", encoding="utf-8")
    code, out = run("check", "--data", str(tmp_path))
    assert code == 0
    assert "0 unreadable, 0 warnings" in out
    lines = out.splitlines()
    at = lines.index(f"  {tmp_path / 'vague.txt'}")
    assert "    - no year stated" in lines[at + 1 :]
    assert f"  {tmp_path / 'good.txt'}" not in lines
    code, out = run("check", "--json", "--data", str(tmp_path))
    report = json.loads(out)
    assert code == 0 and report["problems"] == []
    [entry] = report["notes"]
    assert entry["path"] == str(tmp_path / "vague.txt") and "no year stated" in entry["notes"]


def test_show_json_has_notes() -> None:
    code, out = run("show", "a-million-miles-away-2023", "--json", "--data", str(SAMPLES))
    assert code == 0 and json.loads(out)["notes"] == []


# -- global options anywhere, and the README's synopsis ---------------------------------------


def test_global_options_go_before_or_after_the_command(tmp_path: Path) -> None:
    data, marks = str(SAMPLES), str(tmp_path / "marks.toml")
    assert run("--data", data, "list") == run("list", "--data", data)
    assert run("--data", data, "--bookmarks", marks, "bookmarks", "add", "roma")[0] == 0
    assert run("bookmarks", "--data", data, "--bookmarks", marks, "watched", "the martian")[0] == 0
    assert run("bookmarks", "add", "drive my car", "--data", data, "--bookmarks", marks)[0] == 0
    listed = {
        run(*argv)[1]
        for argv in (
            ("--bookmarks", marks, "--data", data, "bookmarks", "list"),
            ("bookmarks", "--bookmarks", marks, "--data", data, "list"),
            ("bookmarks", "list", "--bookmarks", marks, "--data", data),
        )
    }
    (one,) = listed
    assert [line.split()[0] for line in one.splitlines()] == ["to-watch", "watched", "to-watch"]
    code, out = run("list", "--bookmarked", "--bookmarks", marks, "--data", data)
    films = {line[2:47].strip() for line in out.splitlines() if line.startswith("* ")}
    assert code == 0 and films == {"Drive My Car (2021)", "Roma (2018)", "The Martian (2015)"}
    assert run("--bookmarks", marks, "list", "--bookmarked", "--data", data) == (code, out)


def _options(parser: argparse.ArgumentParser) -> dict[str, frozenset[str]]:
    """A parser's options (but help and the global ones) with their choices."""
    found: dict[str, frozenset[str]] = {}
    for action in parser._actions:
        for option in action.option_strings:
            if option.startswith("--") and option not in ("--help", "--data", "--bookmarks"):
                found[option] = frozenset(map(str, action.choices or ()))
    return found


def _positionals(parser: argparse.ArgumentParser) -> set[str]:
    return {
        str(a.metavar)
        for a in parser._actions
        if not a.option_strings and not isinstance(a, argparse._SubParsersAction)
    }


def _children(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _synopsis() -> dict[tuple[str, ...], str]:
    """The README's synopsis: the words of each command's (and action's) lines."""
    text = (ROOT / "README.md").read_text(encoding="utf-8").split("## Using it", 1)[1]
    block = text.split("```\n", 2)[1]
    lines: dict[tuple[str, ...], str] = {}
    last: tuple[str, ...] = ()
    for line in block.splitlines():
        words = line.split()
        if line.startswith("reeltui "):
            last = ("main",) if words[1].lstrip("[").startswith("-") else (words[1],)
            lines[last] = lines.get(last, "") + " " + " ".join(words[1:])
        elif line.startswith("    ") and not line.startswith("     "):
            last = ("bookmarks", words[0])
            if words[0] == "import":
                last = ("bookmarks", "import", words[1])
            lines[last] = " ".join(words[1:])
        elif line.startswith("     "):
            lines[last] += " " + line.strip()
    return lines


def _read_synopsis(line: str) -> tuple[dict[str, frozenset[str]], set[str]]:
    """The options (with choices) and the positional names a synopsis line gives."""
    options: dict[str, frozenset[str]] = {}
    positionals: set[str] = set()
    words = line.replace("[", " ").replace("]", " ").split()
    for i, word in enumerate(words):
        after_option = i > 0 and words[i - 1].startswith("--")
        if word.startswith("--"):
            nxt = words[i + 1] if i + 1 < len(words) else ""
            options[word] = frozenset(nxt.split("|")) if "|" in nxt else frozenset()
        elif word.rstrip(".").isupper() and len(word) > 1 and not after_option:
            positionals.add(word.rstrip("."))
    options.pop("--data", None)
    options.pop("--bookmarks", None)
    return options, positionals


def test_the_readme_synopsis_matches_the_parser() -> None:
    parser = build_parser()
    synopsis = _synopsis()
    commands = _children(parser)
    assert {key[0] for key in synopsis} - {"main"} == set(commands)
    main_options, _ = _read_synopsis(synopsis[("main",)])
    assert main_options == _options(parser)
    leaves: dict[tuple[str, ...], argparse.ArgumentParser] = {}
    for name, command in commands.items():
        actions = _children(command)
        if not actions:
            leaves[(name,)] = command
        for action, sub in actions.items():
            sources = _children(sub)
            for source, leaf in sources.items():
                leaves[(name, action, source)] = leaf
            if not sources:
                leaves[(name, action)] = sub
    assert set(synopsis) - {("main",), ("bookmarks",)} == set(leaves)
    for key, leaf in leaves.items():
        options, positionals = _read_synopsis(synopsis[key])
        assert options == _options(leaf), key
        assert positionals - {"REVIEW", "FILM"} <= _positionals(leaf) | {"REVIEW", "FILM"}, key
        assert _positionals(leaf) <= positionals, key
        # The global options work here too.
        assert {"--data", "--bookmarks"} <= set(leaf._option_string_actions), key
