"""The TUI at size: memory with 100,000 reviews and the command bar used, and how fast a
keystroke is answered while a first scan of a large folder runs.

Each measure runs the whole app in a fresh process (headless, 120×40) on a corpus of
`bench/make_corpus.py`:

- *memory*: a warm start (the catalog already made), until the full text is ready; then the
  command bar is opened and a dozen queries typed into it (people, titles, full text), and a
  few reviews opened. The peak resident memory (VmHWM) of the process is reported.
- *memory on a first start* (`cold-memory`): a cold start (empty cache), until the scan, the
  names and the full-text index are all done; then the command bar is used as for *memory*
  (after one question asked while the scan reads, as a user waiting for it would). The resident
  memory of the TUI's process and of its worker processes is sampled four times a second:
  the peak (VmHWM) of the TUI, its memory at each stage (files read, the scan's end, names
  ready, text ready, the bar used) and once settled afterwards; the workers' peaks apart.
- *keys during a scan*: a cold start (empty cache); once the first rows are shown and while
  the scan runs, `j` and `k` are sent in turn every 100 ms (as the terminal driver sends
  them), and the time from each key sent to the list's cursor action running is recorded
  (p50, p99, max): how long the event loop makes a keystroke wait.
- *the bar during a scan* (`bar`, not run unless asked): a cold start as for the keys; while
  the scan runs, a question of the command bar every half second, asked in a thread as the bar
  asks it (names and titles from the files read so far), with `j`/`k` every 100 ms beside;
  how long each question took (wall and its thread's CPU) by how many files had been read, the
  keys' waits meanwhile, and the first question of a bar opened without a look before it near
  the scan's end (everything read so far taken in at once).

    python -m bench.bench_tui [--count 100000] [--keys-count 100000]
        [--measures memory,cold-memory,keys,bar]

Bars: at most 200 MB with 100,000 reviews, warm or on a first start (the TUI's process; its
workers are reported apart); every keystroke answered within 50 ms.
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
from typing import Any

from bench.make_corpus import CORPUS_DIR, write_corpus

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


_COLD_MEMORY = """
import asyncio, gc, json, os, sys, threading, time
from reeltui.paths import resolve
from reeltui.search.session import SearchState
from reeltui.tui.app import ReelApp

def status(pid="self"):
    out = {}
    try:
        with open(f"/proc/{pid}/status") as file:
            for line in file:
                if line.startswith(("VmRSS:", "VmHWM:")):
                    out[line.split(":")[0]] = int(line.split()[1]) / 1024
    except OSError:
        pass
    return out

def children(pid):
    found = []
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat") as file:
                    fields = file.read().rpartition(")")[2].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(name))
    return found

class Sampler(threading.Thread):
    def __init__(self, app):
        super().__init__(daemon=True)
        self.app = app
        self.stop = threading.Event()
        self.samples = []       # (seconds, rss, files read, search state)
        self.workers = {}       # pid: its peak (VmHWM, else the most VmRSS seen)
        self.workers_sum = 0.0  # the most the workers held at once
        self.started = time.perf_counter()

    def run(self):
        me = os.getpid()
        while not self.stop.wait(0.25):
            own = status()
            held = 0.0
            for pid in children(me):
                seen = status(pid)
                if not seen:
                    continue
                peak = max(seen.get("VmHWM", 0.0), seen.get("VmRSS", 0.0))
                self.workers[pid] = max(self.workers.get(pid, 0.0), peak)
                held += seen.get("VmRSS", 0.0)
            self.workers_sum = max(self.workers_sum, held)
            progress = self.app.scan_progress
            self.samples.append((time.perf_counter() - self.started, own.get("VmRSS", 0.0),
                                 progress[0] if progress else -1,
                                 str(self.app.search_session.state)))

async def main():
    app = ReelApp(resolve(data=sys.argv[1]))
    marks = {"stages": {}}
    stages = marks["stages"]
    sampler = Sampler(app)
    started = time.perf_counter()

    def mark(name):
        stages[name] = dict(status(), s=time.perf_counter() - started)

    async def wait(pilot, done, what):
        while not done():
            await pilot.pause(0.1)
            if time.perf_counter() - started > 3600:
                raise SystemExit(f"{what} never came")

    async def ask(pilot, queries):
        await pilot.press("colon")
        for query in queries:
            await pilot.press(*query)
            await pilot.pause(0.3)
            await pilot.press(*(["backspace"] * len(query)))
        await pilot.press("escape")

    async with app.run_test(size=(120, 40)) as pilot:
        sampler.start()
        await wait(pilot, lambda: app.scan_progress is not None and app.scan_progress[1] > 0,
                   "the scan")
        total = app.scan_progress[1]
        await wait(pilot, lambda: app.scan_progress is None or app.scan_progress[0] >= total / 2,
                   "half the scan")
        if app.scan_progress is not None:
            mark("half read")
            await ask(pilot, ("mich", "@pena"))
            mark("bar asked during the scan")
        await wait(pilot, lambda: app.scan_progress is None and app.library is not None,
                   "the scan's end")
        mark("scan ended")
        await wait(pilot, lambda: app.search_session.searcher is not None
                   or app.search_session.state is SearchState.FAILED, "the names")
        mark("names ready")
        done = (SearchState.READY, SearchState.TEXT_FAILED, SearchState.FAILED)
        await wait(pilot, lambda: app.search_session.state in done, "the full text")
        mark("text ready")
        marks["search"] = str(app.search_session.state)
        await ask(pilot, ("mich", "pena", "@sal", "oliveira adam", "castle", "hundred bird",
                          "text: astronaut", "heist", "astronuat", "story", "director: gre",
                          "x"))
        for _ in range(5):
            await pilot.press("j", "enter")
            await pilot.pause(0.1)
            await pilot.press("escape")
        mark("bar used")
        await pilot.pause(5)
        mark("settled")
        marks["films"] = len(app.library) if app.library is not None else 0
    sampler.stop.set()
    sampler.join()
    marks["samples"] = sampler.samples
    marks["workers"] = sorted(sampler.workers.values(), reverse=True)
    marks["workers_sum"] = sampler.workers_sum
    print(json.dumps(marks))

asyncio.run(main())
"""

_KEYS = """
import asyncio, json, sys, time
from textual import events
from reeltui.paths import resolve
from reeltui.tui.app import ReelApp
from reeltui.tui.main.film_list import FilmList

handled = []
for name in ("action_cursor_down", "action_cursor_up"):
    def timed(self, _real=getattr(FilmList, name)):
        handled.append(time.perf_counter())
        _real(self)
    setattr(FilmList, name, timed)

async def main():
    app = ReelApp(resolve(data=sys.argv[1]))
    waits = []
    started = time.perf_counter()
    async with app.run_test(size=(120, 40)) as pilot:
        films = app.main_screen.query_one(FilmList)
        while app.scan_progress is None or not films.rows:
            await asyncio.sleep(0.01)
            if time.perf_counter() - started > 120:
                raise SystemExit("no rows within two minutes")
        first_rows = time.perf_counter() - started
        key = "j"
        while app.scan_progress is not None:
            count = len(handled)
            sent = time.perf_counter()
            app._driver.send_message(events.Key(key, key))
            while len(handled) == count:
                await asyncio.sleep(0.001)
            waits.append((handled[-1] - sent) * 1000)
            key = "k" if key == "j" else "j"
            await asyncio.sleep(0.1)
        scanned = time.perf_counter() - started
        reviews = len(app.library) if app.library is not None else 0
    print(json.dumps({"waits_ms": waits, "first_rows_s": first_rows, "scan_s": scanned,
                      "reviews": reviews}))

asyncio.run(main())
"""


_BAR = """
import asyncio, json, sys, threading, time
from textual import events
from reeltui.paths import resolve
from reeltui.search.partial import PartialSearch
from reeltui.tui.app import ReelApp
from reeltui.tui.main.film_list import FilmList

QUESTIONS = ("jessica", "@pena", "hundred bird", "micheal", "director: chen", "the", "sala",
             "a million", "reviewer: m", "kristen stewart")

handled = []
for name in ("action_cursor_down", "action_cursor_up"):
    def timed(self, _real=getattr(FilmList, name)):
        handled.append(time.perf_counter())
        _real(self)
    setattr(FilmList, name, timed)

def asked(session, question, library):
    wall, cpu = time.perf_counter(), time.thread_time()
    ranked = session.rank(question, reading=library)
    return time.perf_counter() - wall, time.thread_time() - cpu, len(ranked.hits)

def first_question(library):
    wall, cpu = time.perf_counter(), time.thread_time()
    search = PartialSearch(library)
    hits = search.suggest("jessica", 24)
    read = search.reviews
    search.close()
    return time.perf_counter() - wall, time.thread_time() - cpu, len(hits), read

async def keys(app, waits, stop):
    key = "j"
    while not stop.is_set():
        count = len(handled)
        sent = time.perf_counter()
        app._driver.send_message(events.Key(key, key))
        while len(handled) == count and not stop.is_set():
            await asyncio.sleep(0.001)
        if len(handled) > count:
            waits.append((handled[-1] - sent) * 1000)
        key = "k" if key == "j" else "j"
        await asyncio.sleep(0.1)

async def main():
    app = ReelApp(resolve(data=sys.argv[1]))
    questions, waits, cold = [], [], None
    started = time.perf_counter()
    async with app.run_test(size=(120, 40)) as pilot:
        films = app.main_screen.query_one(FilmList)
        while app.scan_progress is None or not films.rows:
            await asyncio.sleep(0.01)
            if time.perf_counter() - started > 120:
                raise SystemExit("no rows within two minutes")
        stop = threading.Event()
        pressing = asyncio.create_task(keys(app, waits, stop))
        number = 0
        while app.scan_progress is not None:
            done, total = app.scan_progress
            if cold is None and total and done >= 0.9 * total:
                cold = await asyncio.to_thread(first_question, app.library)
            question = QUESTIONS[number % len(QUESTIONS)]
            wall, cpu, hits = await asyncio.to_thread(
                asked, app.search_session, question, app.library)
            questions.append((done, wall * 1000, cpu * 1000, hits, question))
            number += 1
            await asyncio.sleep(0.5)
        stop.set()
        await pressing
        scanned = time.perf_counter() - started
        reviews = len(app.library) if app.library is not None else 0
    print(json.dumps({"questions": questions, "waits_ms": waits, "cold": cold,
                      "scan_s": scanned, "reviews": reviews}))

asyncio.run(main())
"""


def _run_cold(script: str, corpus: Path, tmp: Path, name: str) -> dict[str, Any]:
    """Run `script` on `corpus` in a fresh process with an empty cache and settings of its own
    (`tmp/<name>-…`); the JSON object it printed last."""
    env = dict(os.environ)
    env.update(
        REELTUI_CACHE=str(tmp / f"{name}-cache"),
        REELTUI_CONFIG=str(tmp / f"{name}-config.toml"),
        REELTUI_BOOKMARKS=str(tmp / f"{name}-bookmarks.toml"),
    )
    run = subprocess.run(
        [sys.executable, "-c", script, str(corpus)],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    marks: dict[str, Any] = json.loads(run.stdout.strip().splitlines()[-1])
    return marks


def bar(count: int, tmp: Path) -> dict[str, object]:
    """Questions of the command bar while a first scan of `count` reviews runs."""
    return _run_cold(_BAR, write_corpus(count), tmp, "bar")


def _bar_report(marks: dict[str, object]) -> str:
    """The bar measure in a few lines: questions by files read, keys, the cold question."""
    questions = marks["questions"]
    waits = marks["waits_ms"]
    assert isinstance(questions, list) and isinstance(waits, list)
    reviews = float(marks["reviews"])  # type: ignore[arg-type]
    lines = [
        f"The bar during a first scan of {reviews:,.0f} reviews (scan {marks['scan_s']:.0f} s): "
        f"{len(questions)} questions; load average {os.getloadavg()[0]:.1f}"
    ]
    step = max(reviews / 5, 1)
    for low in range(5):
        part = [q for q in questions if low * step <= q[0] < (low + 1) * step]
        if part:
            walls = [q[1] for q in part]
            cpus = [q[2] for q in part]
            lines.append(
                f"  {low * step:,.0f}–{(low + 1) * step:,.0f} files read: {len(part)} questions,"
                f" wall p50 {_percentile(walls, 0.5):.1f} ms, max {max(walls):.1f} ms;"
                f" CPU p50 {_percentile(cpus, 0.5):.1f} ms, max {max(cpus):.1f} ms"
            )
    if waits:
        lines.append(
            f"  keys meanwhile: {len(waits)}, p50 {_percentile(waits, 0.5):.1f} ms,"
            f" p99 {_percentile(waits, 0.99):.1f} ms, max {max(waits):.1f} ms"
        )
    cold = marks["cold"]
    if isinstance(cold, list):
        wall, cpu, hits, read = cold
        lines.append(
            f"  a first question with {read:,} reviews read, none taken in before: "
            f"{wall * 1000:.0f} ms ({cpu * 1000:.0f} ms CPU), {hits} hits"
        )
    return "\n".join(lines)


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def keys(count: int, tmp: Path) -> dict[str, float]:
    """Keystroke waits while a first scan of `count` reviews runs (an empty cache)."""
    marks = _run_cold(_KEYS, write_corpus(count), tmp, "keys")
    waits: list[float] = marks["waits_ms"]
    if not waits:
        raise SystemExit("the scan ended before a key could be pressed")
    return {
        "keys": float(len(waits)),
        "p50": _percentile(waits, 0.5),
        "p99": _percentile(waits, 0.99),
        "max": max(waits),
        "first_rows_s": float(marks["first_rows_s"]),
        "scan_s": float(marks["scan_s"]),
        "reviews": float(marks["reviews"]),
    }


def memory(count: int, tmp: Path) -> dict[str, object]:
    """Peak memory of the TUI on `count` reviews, warm, with the command bar used."""
    from reeltui.library import Library
    from reeltui.search import Searcher

    corpus = write_corpus(count)
    cache = CORPUS_DIR / f"cli-cache-{count}"
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


def cold_memory(count: int, tmp: Path) -> dict[str, Any]:
    """Memory of the TUI on a first start over `count` reviews (an empty cache), until the
    scan, the names and the full text are done and the command bar has been used."""
    marks = _run_cold(_COLD_MEMORY, write_corpus(count), tmp, "cold-memory")
    shutil.rmtree(tmp / "cold-memory-cache", ignore_errors=True)
    return marks


def _cold_memory_report(marks: dict[str, Any]) -> tuple[str, float]:
    """The first start's memory in a few lines, and the TUI's peak (MB)."""
    stages: dict[str, dict[str, float]] = marks["stages"]
    peak = max(stage.get("VmHWM", 0.0) for stage in stages.values())
    settled = stages["settled"]["VmRSS"]
    workers: list[float] = marks["workers"]
    samples: list[list[Any]] = marks["samples"]
    lines = [
        f"TUI memory, {marks['films']:,} reviews, first start: peak {peak:.0f} MB, settled "
        f"{settled:.0f} MB (bar: {MEMORY_BAR_MB:.0f} MB); search {marks['search']}; load "
        f"average {os.getloadavg()[0]:.1f}"
    ]
    lines.extend(
        f"  {name}: {stage['VmRSS']:.0f} MB at {stage['s']:.0f} s (peak so far "
        f"{stage['VmHWM']:.0f} MB)"
        for name, stage in stages.items()
    )
    files = [(sample[2], sample[1]) for sample in samples if sample[2] >= 0]
    if files:
        total = max(read for read, _ in files) or 1
        steps = []
        for tenth in range(1, 11):
            upto = [rss for read, rss in files if read <= total * tenth / 10]
            if upto:
                steps.append(f"{total * tenth / 10:,.0f}: {max(upto):.0f}")
        lines.append("  the most held by files read: " + ", ".join(steps) + " (MB)")
    if workers:
        lines.append(
            f"  worker processes: {len(workers)}, each at most {workers[0]:.0f} MB, "
            f"{marks['workers_sum']:.0f} MB at once at most"
        )
    return "\n".join(lines), peak


def main(argv: list[str] | None = None) -> int:
    """Run the measures and print them; exit 1 if a bar is missed."""
    parser = argparse.ArgumentParser(prog="bench_tui")
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--keys-count", type=int, default=100_000)
    parser.add_argument("--measures", default="memory,cold-memory,keys")
    args, _ = parser.parse_known_args(argv)
    measures = set(args.measures.split(","))
    ok = True
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        if "memory" in measures:
            marks = memory(args.count, tmp)
            used = marks["used"]
            ready = marks["ready"]
            assert isinstance(used, dict) and isinstance(ready, dict)
            peak = float(used["VmHWM"])
            print(
                f"TUI memory, {marks['films']:,} reviews, warm: ready in {marks['ready_s']:.1f} s"
                f" at {ready['VmRSS']:.0f} MB; after the command bar and five reviews "
                f"{used['VmRSS']:.0f} MB, peak {peak:.0f} MB (bar: {MEMORY_BAR_MB:.0f} MB); "
                f"load average {os.getloadavg()[0]:.1f}"
            )
            ok = ok and peak <= MEMORY_BAR_MB
        if "cold-memory" in measures:
            report, peak = _cold_memory_report(cold_memory(args.count, tmp))
            print(report)
            ok = ok and peak <= MEMORY_BAR_MB
        if "keys" in measures:
            waits = keys(args.keys_count, tmp)
            shutil.rmtree(tmp / "keys-cache", ignore_errors=True)
            print(
                f"Keys during a first scan of {waits['reviews']:,.0f} reviews (first rows at "
                f"{waits['first_rows_s']:.1f} s, scan {waits['scan_s']:.0f} s): "
                f"{waits['keys']:.0f} keys, p50 {waits['p50']:.1f} ms, p99 {waits['p99']:.1f} ms,"
                f" max {waits['max']:.1f} ms (bar: p99 {KEY_BAR_MS:.0f} ms); load average "
                f"{os.getloadavg()[0]:.1f}"
            )
            ok = ok and waits["p99"] <= KEY_BAR_MS
        if "bar" in measures:
            print(_bar_report(bar(args.keys_count, tmp)))
            shutil.rmtree(tmp / "bar-cache", ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
