"""Hostile and messy input through the command line, as real subprocesses.

`python -m reeltui check/list/show --data <corpus>` must exit with the documented code, name
each bad file in one sentence, never print a traceback, and print review text literally: markup
stays as brackets, while escape sequences and invisible characters never reach stdout. The
assertions are on the bytes the process wrote.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from hostile import HostileFile, Outcome, make_hostile_corpus

# One worker of `pytest -n` runs the whole module (`make test`: --dist loadgroup), so that its
# module's fixtures are made once.
pytestmark = pytest.mark.xdist_group("hostile-cli")

# Bytes that must never appear in output: ESC, the UTF-8 forms of the C1 controls (8-bit CSI,
# OSC, ST…), BEL, and the UTF-8 forms of the bidi overrides and isolates.
_FORBIDDEN_BYTES = (
    [b"\x1b", b"\x07", b"\x9b"]
    + [bytes([0xC2, c]) for c in range(0x80, 0xA0)]
    + [chr(c).encode() for c in [*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200B]]
)


@dataclass(frozen=True)
class Run:
    """What one `python -m reeltui …` run left behind."""

    args: tuple[str, ...]
    code: int
    out: bytes
    err: bytes

    @property
    def text(self) -> str:
        return self.out.decode("utf-8")


def _run_all(commands: Sequence[Sequence[str]], env: dict[str, str] | None = None) -> list[Run]:
    """Start every command at once (the suite runs on two cores), then collect them all."""
    environment = {**os.environ, **(env or {})}
    started = [
        (
            tuple(args),
            subprocess.Popen(
                [sys.executable, "-m", "reeltui", *args],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=environment,
            ),
        )
        for args in commands
    ]
    runs = []
    for args, process in started:
        out, err = process.communicate(timeout=120)
        runs.append(Run(args, process.returncode, out, err))
    return runs


def _assert_safe(run: Run) -> None:
    """No traceback on stderr, and nothing in stdout that a terminal would act on."""
    assert b"Traceback" not in run.err, run.err.decode(errors="replace")
    for forbidden in _FORBIDDEN_BYTES:
        assert forbidden not in run.out, (run.args, forbidden)
    run.out.decode("utf-8")  # strict: the output is valid UTF-8


@pytest.fixture(scope="module")
def corpus_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("hostile-cli") / "reviews"


@pytest.fixture(scope="module")
def corpus(corpus_root: Path) -> dict[str, HostileFile]:
    """The whole corpus, with the 30 MB review, but without the hostile *file names* (those
    are tested on their own below)."""
    return make_hostile_corpus(corpus_root, names=False)


@pytest.fixture(scope="module")
def runs(corpus_root: Path, corpus: dict[str, HostileFile]) -> dict[tuple[str, ...], Run]:
    data = ["--data", str(corpus_root)]
    commands = [["check", *data], ["check", "--json", *data], ["list", *data]]
    return {run.args[: -len(data)]: run for run in _run_all(commands)}


def _lines_about(output: str, path: Path) -> list[str]:
    return [line for line in output.splitlines() if line.startswith(f"{path}: ")]


def test_check_exits_1_and_names_each_bad_file_in_one_sentence(
    runs: dict[tuple[str, ...], Run], corpus_root: Path, corpus: dict[str, HostileFile]
) -> None:
    run = runs[("check",)]
    _assert_safe(run)
    assert run.code == 1
    assert run.err == b""
    output = run.text
    for name, entry in corpus.items():
        lines = _lines_about(output, corpus_root / name)
        if entry.outcome in (Outcome.UNREADABLE, Outcome.LINK):
            [line] = lines
            assert line.startswith(f"{corpus_root / name}: unreadable: "), line
            assert line.endswith(".") and line.count(". ") == 0, line
            assert entry.problem is None or entry.problem in line, (entry.description, line)
        elif entry.problem is not None:
            assert lines and all(": warning: " in line for line in lines), entry.description
            assert any(entry.problem in line for line in lines), (entry.description, lines)
        else:
            assert lines == [], (entry.description, lines)


def test_check_summary_counts_the_corpus(
    runs: dict[tuple[str, ...], Run], corpus_root: Path, corpus: dict[str, HostileFile]
) -> None:
    loads = sum(e.outcome is Outcome.LOADS for e in corpus.values())
    unreadable = sum(e.outcome in (Outcome.UNREADABLE, Outcome.LINK) for e in corpus.values())
    files = sum(e.outcome in (Outcome.LOADS, Outcome.UNREADABLE) for e in corpus.values())
    last = runs[("check",)].text.splitlines()[-1]
    assert last.startswith(f"{files} files, {loads} reviews loaded, {unreadable} unreadable, ")
    assert last.endswith(f" warnings in {corpus_root}")


def test_check_json_flags_the_unreadable_files(
    runs: dict[tuple[str, ...], Run], corpus_root: Path, corpus: dict[str, HostileFile]
) -> None:
    run = runs[("check", "--json")]
    _assert_safe(run)
    assert run.code == 1
    report = json.loads(run.out)
    flagged = {p["path"] for p in report["problems"] if p["unreadable"]}
    expected = {
        str(corpus_root / n)
        for n, e in corpus.items()
        if e.outcome in (Outcome.UNREADABLE, Outcome.LINK)
    }
    assert flagged == expected
    assert report["reviews"] == sum(e.outcome is Outcome.LOADS for e in corpus.values())


def test_list_prints_every_good_title_literally(
    runs: dict[tuple[str, ...], Run], corpus: dict[str, HostileFile]
) -> None:
    run = runs[("list",)]
    _assert_safe(run)
    assert run.code == 0 and run.err == b""
    for entry in corpus.values():
        if entry.outcome is Outcome.LOADS and entry.title is not None:
            assert entry.title.encode() in run.out, entry.description
    assert b"[bold red]Not Bold[/] [@click=app.quit]Quit[/]" in run.out


def test_list_json_has_every_good_review(
    shows: dict[tuple[str, ...], Run], small_root: Path, small: dict[str, HostileFile]
) -> None:
    run = shows[("list", "--json", "--data", str(small_root))]
    _assert_safe(run)
    assert run.code == 0
    items = json.loads(run.out)
    assert {item["path"] for item in items} == {
        str(small_root / n) for n, e in small.items() if e.outcome is Outcome.LOADS
    }
    # JSON would write a control character as an escape: there must be none to write.
    assert b"\\u001b" not in run.out and b"\\u009b" not in run.out


# --- show: the crafted reviews, text and JSON -------------------------------------------------

_SHOWN = [
    "markup-2020.txt",
    "escapes-2021.txt",
    "bidi-2022.txt",
    "links-2023.md",
    "page-2019.html",
    "utf8-bom-crlf.txt",
    "cp1252-smart-quotes.txt",
]
_SHOWN_JSON = ["markup-2020.txt", "escapes-2021.txt", "bidi-2022.txt", "links-2023.md"]


@pytest.fixture(scope="module")
def small_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("hostile-show") / "reviews"


@pytest.fixture(scope="module")
def small(small_root: Path) -> dict[str, HostileFile]:
    return make_hostile_corpus(small_root, huge=False, names=False)


@pytest.fixture(scope="module")
def shows(small_root: Path, small: dict[str, HostileFile]) -> dict[tuple[str, ...], Run]:
    data = ["--data", str(small_root)]
    commands = [["list", "--json", *data]]
    commands += [["show", str(small_root / name), *data] for name in _SHOWN]
    commands += [["show", str(small_root / name), "--json", *data] for name in _SHOWN_JSON]
    return {run.args: run for run in _run_all(commands)}


@pytest.mark.parametrize("name", _SHOWN)
def test_show_prints_the_text_literally_and_nothing_that_acts(
    name: str, shows: dict[tuple[str, ...], Run], small_root: Path, small: dict[str, HostileFile]
) -> None:
    entry = small[name]
    run = shows[("show", str(small_root / name), "--data", str(small_root))]
    _assert_safe(run)
    assert run.code == 0 and run.err == b""
    for literal in entry.shows:
        assert literal.encode() in run.out, literal
    for hidden in entry.never:
        assert hidden.encode() not in run.out, hidden


@pytest.mark.parametrize("name", _SHOWN_JSON)
def test_show_json_keeps_the_text_literally(
    name: str, shows: dict[tuple[str, ...], Run], small_root: Path, small: dict[str, HostileFile]
) -> None:
    entry = small[name]
    run = shows[("show", str(small_root / name), "--json", "--data", str(small_root))]
    _assert_safe(run)
    assert run.code == 0
    data = json.loads(run.out)
    everything = json.dumps(data, ensure_ascii=False)
    for literal in entry.shows:
        assert json.dumps(literal, ensure_ascii=False)[1:-1] in everything, literal
    assert data["film"]["title"] == entry.title


def test_show_markup_title_is_printed_as_brackets(
    shows: dict[tuple[str, ...], Run], small_root: Path
) -> None:
    run = shows[("show", str(small_root / "markup-2020.txt"), "--data", str(small_root))]
    first = run.out.splitlines()[0]
    assert (
        first
        == (
            "‘[bold red]Not Bold[/] [@click=app.quit]Quit[/]’ (2020) Review: "
            "[italic]Brackets[/italic] Everywhere"
        ).encode()
    )
    assert b"[@click=app.quit]Click here to quit[/] and [@click=app.bell]ring[/]" in run.out


# --- hostile file names: what cli.py must still do --------------------------------------------


@pytest.fixture(scope="module")
def named_root(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    root = tmp_path_factory.mktemp("hostile-names") / "reviews"
    make_hostile_corpus(root, huge=False)
    yield root


@pytest.fixture(scope="module")
def named_runs(named_root: Path) -> dict[tuple[str, ...], Run]:
    data = ["--data", str(named_root)]
    commands = [["check", *data], ["check", "--json", *data], ["list", "--json", *data]]
    # A strict UTF-8 stdout, as in an ordinary en_US.UTF-8 terminal (Python relaxes it only in
    # the C/POSIX locales).
    runs = _run_all(commands, env={"PYTHONIOENCODING": "utf-8:strict"})
    return {run.args[: -len(data)]: run for run in runs}


def test_hostile_names_still_load(named_root: Path) -> None:
    """The core side: every file with a hostile name loads (the CLI's printing is below)."""
    from reeltui.library import Library

    library = Library.scan(named_root)
    titles = {r.film.title for r in library}
    assert {"Named Evil", "Markup Name", "Latin Name", "Side Name"} <= titles


def test_check_with_hostile_names_prints_no_escape(named_runs: dict[tuple[str, ...], Run]) -> None:
    run = named_runs[("check",)]
    assert run.code == 1
    _assert_safe(run)
    assert b"\\x1b[2J.txt: unreadable: " in run.out


@pytest.mark.parametrize("command", [("check", "--json"), ("list", "--json")])
def test_json_with_a_name_that_is_not_utf8(
    named_runs: dict[tuple[str, ...], Run], command: tuple[str, ...]
) -> None:
    run = named_runs[command]
    _assert_safe(run)
    assert run.code == (1 if command[0] == "check" else 0)
    data = json.loads(run.text)
    if command[0] == "check":
        return  # the file loads, so check lists no problem for it: it only must not crash
    paths = [item["path"] for item in data]
    # The byte that is not UTF-8 is shown as the four characters \xe9.
    assert any(path.endswith("latin1-caf\\xe9-2011.txt") for path in paths)
