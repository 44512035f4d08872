"""Start-up and indexing benchmark.

Measures, on a synthetic scraped-text corpus written to disk:

- cold indexing: `Library.scan` with an empty card cache (reviews/s, all cores);
- warm loading: `Library.scan` again, every card from the cache;
- start-up: whole processes, side by side, from exec to the first screen drawn — a bare Textual
  app (Header, Static, Footer) against reeltui with the corpus already indexed and its film list
  filled. Each is run several times, alternating, and the medians compared (bar: 1.3x);
- cold start in the TUI: the whole app as a process, with an empty cache, from exec to its
  first screen, its first progress report and the film list filled with every review. The
  scan runs under the app (its worker processes started from the app's scan thread, with the
  app's standard streams), the path a new user takes on a first start.

    python -m bench.bench_startup [--count 10000] [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.make_corpus import write_corpus
from reeltui.library import Library

# A bare app: exits as soon as its first screen has been drawn.
_BARE = """
import time
from textual.app import App
from textual.widgets import Footer, Header, Static

class Bare(App[None]):
    def compose(self):
        yield Header()
        yield Static("hello")
        yield Footer()

    def on_mount(self) -> None:
        self.call_after_refresh(self.exit)

Bare().run(headless=True, size=(120, 40))
"""

# reeltui: exits as soon as the film list has been drawn with the library in it.
_REELTUI = """
import sys
from pathlib import Path
from reeltui.paths import resolve
from reeltui.tui import app as app_module
from reeltui.tui.app import ReelApp

class Timed(ReelApp):
    CSS_PATH = str(Path(app_module.__file__).with_name("app.tcss"))

    def _loaded(self, library):
        super()._loaded(library)
        self.call_after_refresh(self.exit)

paths = resolve(data=sys.argv[1])
Timed(paths).run(headless=True, size=(120, 40))
"""


# reeltui with an empty cache: prints when its first screen, first progress and full list came.
_REELTUI_COLD = """
import json, sys, time
from pathlib import Path
from reeltui.paths import resolve
from reeltui.tui import app as app_module
from reeltui.tui.app import ReelApp

marks = {}

class Timed(ReelApp):
    CSS_PATH = str(Path(app_module.__file__).with_name("app.tcss"))

    def on_mount(self):
        super().on_mount()
        self.call_after_refresh(lambda: marks.setdefault("screen", time.time()))

    def on_reel_app_load_progress(self, message):
        super().on_reel_app_load_progress(message)
        marks.setdefault("progress", time.time())

    def _loaded(self, library, failure=None):
        super()._loaded(library, failure)
        marks["films"] = len(library)
        marks["failure"] = failure
        self.call_after_refresh(lambda: (marks.setdefault("filled", time.time()), self.exit()))

Timed(resolve(data=sys.argv[1])).run(headless=True, size=(120, 40))
print(json.dumps(marks))
"""


def cold_start_in_tui(corpus: Path, tmp: Path) -> dict[str, float]:
    """Run the app once on `corpus` with an empty cache; seconds to each milestone."""
    env = dict(os.environ)
    env.update(
        REELTUI_CACHE=str(tmp / "cold-cache"),
        REELTUI_CONFIG=str(tmp / "cold-config.toml"),
        REELTUI_BOOKMARKS=str(tmp / "cold-bookmarks.toml"),
    )
    shutil.rmtree(tmp / "cold-cache", ignore_errors=True)
    start = time.time()
    run = subprocess.run(
        [sys.executable, "-c", _REELTUI_COLD, str(corpus)],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    marks = json.loads(run.stdout.strip().splitlines()[-1])
    if marks.get("failure"):
        raise SystemExit(f"the TUI failed to load {corpus}: {marks['failure']}")
    return {
        "films": marks["films"],
        **{key: marks[key] - start for key in ("screen", "progress", "filled") if key in marks},
    }


def _time_process(code: str, *args: str, env: dict[str, str]) -> float:
    """Seconds from starting a Python process running `code` until it exits."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], env=env, check=True)
    return time.perf_counter() - start


def _median(runs: list[dict[str, float]], key: str) -> float:
    return statistics.median(run.get(key, float("nan")) for run in runs)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the figures; exit 1 if a bar is missed."""
    parser = argparse.ArgumentParser(prog="bench_startup")
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args, _ = parser.parse_known_args(argv)

    corpus = write_corpus(args.count)
    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp) / "cache"
        start = time.perf_counter()
        cold = Library.scan(corpus, cache_dir=cache)
        cold_s = time.perf_counter() - start
        start = time.perf_counter()
        Library.scan(corpus, cache_dir=cache)
        warm_s = time.perf_counter() - start
        print(f"corpus: {len(cold)} reviews in {corpus}")
        print(
            f"cold indexing: {cold_s:.2f} s, {len(cold) / cold_s:,.0f} reviews/s "
            f"on {os.cpu_count()} cores (bar: 3,000 reviews/s)"
        )
        print(f"warm load from the card cache: {warm_s:.2f} s, {len(cold) / warm_s:,.0f} reviews/s")

        env = dict(os.environ)
        env.update(
            REELTUI_CACHE=str(cache),
            REELTUI_CONFIG=str(Path(tmp) / "config.toml"),
            REELTUI_BOOKMARKS=str(Path(tmp) / "bookmarks.toml"),
        )
        bare: list[float] = []
        reel: list[float] = []
        _time_process(_REELTUI, str(corpus), env=env)  # warm the OS file cache once
        for _ in range(args.runs):
            bare.append(_time_process(_BARE, env=env))
            reel.append(_time_process(_REELTUI, str(corpus), env=env))
        shutil.rmtree(cache, ignore_errors=True)
        cold_tui = [cold_start_in_tui(corpus, Path(tmp)) for _ in range(args.runs)]
    films = cold_tui[0]["films"]
    print(
        f"cold start in the TUI, {films:,.0f} files, empty cache, median of {args.runs}: first "
        f"screen {_median(cold_tui, 'screen'):.2f} s, first progress "
        f"{_median(cold_tui, 'progress'):.2f} s, list filled {_median(cold_tui, 'filled'):.2f} s "
        f"({films / _median(cold_tui, 'filled'):,.0f} reviews/s)"
    )
    bare_m, reel_m = statistics.median(bare), statistics.median(reel)
    ratio = reel_m / bare_m
    print(
        f"start-up, median of {args.runs}: bare Textual app {bare_m:.2f} s, reeltui with "
        f"{len(cold)} indexed reviews {reel_m:.2f} s: {ratio:.2f}x (bar: 1.3x)"
    )
    complete = all(run["films"] == len(cold) for run in cold_tui)
    return 0 if complete and ratio <= 1.3 and len(cold) / cold_s >= 3000 else 1


if __name__ == "__main__":
    sys.exit(main())
