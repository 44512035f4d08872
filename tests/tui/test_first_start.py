"""The first start on a big folder: an empty cache, more files than one process parses alone.

Worker processes were once started from the TUI's scan thread in a way that depended on the
app's `sys.stderr` (which Textual replaces with an object whose `fileno()` is -1), and failed:
every folder of 400 files or more showed "No reviews to read" on its first start. The start
runs in a fresh interpreter here, because a process that has already started worker helpers
(as other tests do) would not show the failure.
"""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from reeltui import parallel
from reeltui.library import PARALLEL_MIN
from reeltui.library import refresh as library_module
from reeltui.tui.app import ReelApp
from reeltui.tui.main.screen import MainScreen

from tui_support import loaded

MAKE = Callable[..., ReelApp]

# Starts the real app (headless, as Pilot does), waits for the library, and prints what the
# screen shows. Worker processes started by the scan are counted.
_PROBE = textwrap.dedent(
    """
    import asyncio, json, subprocess, sys
    from pathlib import Path
    from reeltui import parallel
    from reeltui.paths import resolve
    from reeltui.tui.app import ReelApp
    from reeltui.tui.main.screen import MainScreen

    started = []

    class Counted(subprocess.Popen):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            started.append(self.pid)

    parallel.subprocess.Popen = Counted

    async def main() -> None:
        app = ReelApp(resolve(data=Path(sys.argv[1])))
        async with app.run_test(size=(120, 40), notifications=True) as pilot:
            for _ in range(1200):
                await pilot.pause(0.05)
                if app.library is not None and app.scan_progress is None:
                    break
            for worker in [w for w in app.workers if w.group != "watch"]:
                try:
                    await worker.wait()
                except Exception:
                    pass
            await pilot.pause()
            screen = app.screen
            print(json.dumps({
                "screen": type(screen).__name__,
                "library": None if app.library is None else len(app.library),
                "rows": len(screen.film_list.rows) if isinstance(screen, MainScreen) else None,
                "header": screen.header.description if isinstance(screen, MainScreen) else None,
                "notifications": [[n.title, n.message] for n in app._notifications],
                "workers": len(started),
            }))

    asyncio.run(main())
    """
)


def _write_reviews(folder: Path, count: int) -> None:
    folder.mkdir()
    for n in range(count):
        (folder / f"film-{n:04}.txt").write_text(
            f"‘Film Number {n}’ ({1950 + n % 70}) Review: A Story Told {n} Times\n\n"
            f"Jane Doe{n % 7} stars as Ann, and the film is directed by Sam Roe{n % 5}. "
            "It runs 101 minutes and it is better than it has any right to be.\n\n"
            "Final Verdict\n\nWorth an evening.\n",
            encoding="utf-8",
        )


def _probe(tmp_path: Path, folder: Path, probe: str) -> dict[str, object]:
    """Run `probe` on `folder` in a fresh interpreter with an empty cache and its own config
    and bookmarks; what it saw, as it printed it last."""
    env = {
        **os.environ,
        "REELTUI_CACHE": str(tmp_path / "empty-cache"),
        "REELTUI_CONFIG": str(tmp_path / "config.toml"),
        "REELTUI_BOOKMARKS": str(tmp_path / "bookmarks.toml"),
    }
    env.pop("REELTUI_DATA", None)
    run = subprocess.run(
        [sys.executable, "-c", probe, str(folder)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    seen: dict[str, object] = json.loads(run.stdout.strip().splitlines()[-1])
    return seen


def test_first_start_on_a_big_folder_reads_every_review(tmp_path: Path) -> None:
    count = PARALLEL_MIN + 50
    folder = tmp_path / "reviews"
    _write_reviews(folder, count)
    seen = _probe(tmp_path, folder, _PROBE)
    assert seen["notifications"] == []  # neither "Loading failed" nor a note about workers
    assert seen["screen"] == "MainScreen"
    assert seen["library"] == count
    assert seen["rows"] == count
    assert seen["header"].startswith(f"{count:,} films")
    if (os.cpu_count() or 1) > 1:
        assert seen["workers"] >= 2  # both cores parsed


async def test_when_workers_cannot_start_the_tui_reads_in_process(
    make_app: MAKE, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **kwargs: object) -> object:
        raise OSError(errno.EAGAIN, "Resource temporarily unavailable")

    monkeypatch.setattr(parallel.subprocess, "Popen", refuse)
    monkeypatch.setattr(library_module, "PARALLEL_MIN", 1)
    monkeypatch.setattr(library_module, "_CHUNK", 1)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    app = make_app()
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await loaded(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        assert len(screen.film_list.rows) == 3
        notes = [(n.title, n.message, n.severity) for n in app._notifications]
        assert notes == [
            (
                "Reading files",
                "Worker processes could not be started (resource temporarily unavailable), "
                "so files were read in this process instead.",
                "information",
            )
        ]


# As `reeltui` starts (`cli.main.cmd_tui`): the workers of a first scan started before Textual
# is imported, and handed to the app. What the first batch of rows held is printed too.
_STARTED_FIRST = textwrap.dedent(
    """
    import asyncio, json, subprocess, sys
    from pathlib import Path
    from reeltui import parallel
    from reeltui.library import Library
    from reeltui.paths import resolve

    started = []

    class Counted(subprocess.Popen):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            started.append(self.pid)

    parallel.subprocess.Popen = Counted
    paths = resolve(data=Path(sys.argv[1]))
    workers = Library.first_scan_workers(paths.data, paths.cache)
    before = len(started)

    from reeltui.tui import app as app_module
    from reeltui.tui.app import ReelApp

    batches = []

    class Counting(ReelApp):
        CSS_PATH = str(Path(app_module.__file__).with_name("app.tcss"))

        def on_reel_app_rows(self, message):
            batches.append(len(message.changed.entries))

    async def main() -> None:
        app = Counting(paths, workers=workers)
        async with app.run_test(size=(120, 40), notifications=True) as pilot:
            for _ in range(1200):
                await pilot.pause(0.05)
                if app.library is not None and app.scan_progress is None:
                    break
            await pilot.pause()
            print(json.dumps({
                "library": None if app.library is None else len(app.library),
                "notifications": [[n.title, n.message] for n in app._notifications],
                "before": before,
                "workers": len(started),
                "batches": batches,
            }))

    asyncio.run(main())
    """
)


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="one core: no workers")
def test_a_first_start_loads_the_parsers_beside_textual_and_shows_a_few_rows_first(
    tmp_path: Path,
) -> None:
    count = PARALLEL_MIN + 50
    folder = tmp_path / "reviews"
    _write_reviews(folder, count)
    seen = _probe(tmp_path, folder, _STARTED_FIRST)
    assert seen["notifications"] == []
    assert seen["library"] == count
    assert seen["before"] == 1  # one worker loads the parsers while the app loads Textual
    assert seen["workers"] == os.cpu_count()  # the check took those: it started no others
    # The first rows are the first few files found, parsed before the folder is walked whole.
    assert seen["batches"][0] == library_module._FIRST_CHUNKS[0]
    assert sum(seen["batches"]) == count
