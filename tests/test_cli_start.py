"""The `reeltui` command's entry (`reeltui.cli.start`): a first start of the reader starts its
scan's workers before the command line's modules are imported; nothing else does."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from reeltui.cli.start import reader_options
from reeltui.library.catalog import Catalog
from reeltui.library.first_scan import catalog_file

from sample_paths import ROOT

DATA = ROOT / "tests" / "tui" / "data" / "reviews"

# Runs `reeltui.cli.start.main` on the arguments given, with `WorkerPool.start` stopping the
# run where the workers would start, and printing what was imported by then. With "command"
# first, the command line's `run_command` prints the command instead of running it.
_PROBE = """
import json, sys
from reeltui import parallel
from reeltui.cli import start

class Started(Exception):
    pass

def record(self, fn, *preload, first=None):
    loaded = [m for m in ("reeltui.cli.main", "reeltui.library.catalog", "reeltui.library.scan",
                          "reeltui.parse", "textual") if m in sys.modules]
    print(json.dumps({"fn": fn, "preload": list(preload), "first": first, "loaded": loaded}))
    raise Started

parallel.WorkerPool.start = record
if sys.argv[1] == "command":
    import reeltui.cli.common as common
    common.run_command = lambda handler, ctx: print(json.dumps({"handler": repr(handler)})) or 0
try:
    start.main(sys.argv[2:])
except Started:
    pass
"""


def _probe(tmp_path: Path, mode: str, *argv: str) -> list[dict[str, object]]:
    env = dict(os.environ, REELTUI_CACHE=str(tmp_path / "cache"))
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, mode, *argv],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=tmp_path,
    )
    return [json.loads(line) for line in done.stdout.splitlines()]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "reviews"
    shutil.copytree(DATA, target)
    return target


def test_a_first_start_of_the_reader_starts_the_workers_before_the_command_line(
    tmp_path: Path, folder: Path
) -> None:
    [started] = _probe(tmp_path, "reader", "--data", str(folder))
    assert started["fn"] == "reeltui.library.parsing:parse_chunk"
    assert started["first"] == 1 and started["preload"]
    # Not the command line, the catalog, the scan, the parsers or Textual: the workers load
    # the parsers while this process loads the rest.
    assert started["loaded"] == []


def test_the_options_may_be_spelled_with_an_equals_sign(tmp_path: Path, folder: Path) -> None:
    [started] = _probe(
        tmp_path, "reader", f"--data={folder}", "--bookmarks", str(tmp_path / "b.toml")
    )
    assert started["loaded"] == []


def test_a_folder_with_a_catalog_or_a_command_starts_none_early(
    tmp_path: Path, folder: Path
) -> None:
    # A command: the command line runs it (no workers before it, none for a reader).
    [ran] = _probe(tmp_path, "command", "list", "--data", str(folder))
    assert "cmd_list" in str(ran["handler"])
    # A folder scanned before: the reader opens on its catalog (the probe stops the reader
    # where the command line would run it).
    Catalog.open(tmp_path / "cache", folder).close()
    assert catalog_file(tmp_path / "cache", folder).exists()
    [ran] = _probe(tmp_path, "command", "--data", str(folder))
    assert "cmd_tui" in str(ran["handler"])


@pytest.mark.parametrize(
    ("argv", "options"),
    [
        ([], {}),
        (["--data", "d"], {"--data": "d"}),
        (["--data=d", "--data", "e", "--bookmarks=b"], {"--data": "e", "--bookmarks": "b"}),
        (["list"], None),
        (["--data", "d", "list"], None),
        (["--help"], None),
        (["--version"], None),
        (["--data"], None),
        (["--data", "--bookmarks", "b"], None),
        (["--dat", "d"], None),
    ],
)
def test_only_a_start_of_the_reader_is_read_as_one(
    argv: list[str], options: dict[str, str] | None
) -> None:
    assert reader_options(argv) == options


def test_the_command_and_python_dash_m_go_through_the_entry() -> None:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        scripts = tomllib.load(handle)["project"]["scripts"]
    assert scripts["reeltui"] == "reeltui.cli.start:main"
    main_module = (ROOT / "src" / "reeltui" / "__main__.py").read_text(encoding="utf-8")
    assert "from reeltui.cli.start import main" in main_module
