"""Start-up and indexing benchmark (design §7).

Measures, on a synthetic scraped-text corpus written to disk:

- cold indexing: `Library.scan` with an empty card cache (reviews/s, all cores);
- warm loading: `Library.scan` again, every card from the cache;
- start-up: whole processes, side by side, from exec to the first screen drawn — a bare Textual
  app (Header, Static, Footer) against reeltui with the corpus already indexed and its film list
  filled. Each is run several times, alternating, and the medians compared (bar: 1.3x).

    python -m bench.bench_startup [--count 10000] [--runs 5]
"""

from __future__ import annotations

import argparse
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


def _time_process(code: str, *args: str, env: dict[str, str]) -> float:
    """Seconds from starting a Python process running `code` until it exits."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], env=env, check=True)
    return time.perf_counter() - start


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
    bare_m, reel_m = statistics.median(bare), statistics.median(reel)
    ratio = reel_m / bare_m
    print(
        f"start-up, median of {args.runs}: bare Textual app {bare_m:.2f} s, reeltui with "
        f"{len(cold)} indexed reviews {reel_m:.2f} s: {ratio:.2f}x (bar: 1.3x)"
    )
    return 0 if ratio <= 1.3 and len(cold) / cold_s >= 3000 else 1


if __name__ == "__main__":
    sys.exit(main())
