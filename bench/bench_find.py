"""Find in the review benchmark: a review as long as the reader shows, searched as you type.

Two reviews at the reader's limit (`MAX_CHARS` of paragraphs): English (ASCII) and Spanish
(an accent in nearly every word), each made of varied sentences.

- core: folding the review once (`FoldedText`), then finding a very common letter, a common
  word, a rare word and a phrase (`FoldedText.find`), the median of several runs;
- in the TUI (headless, Pilot): ctrl+f, then a query typed key by key, in a short review and
  in the two long ones. For each key, the time until the find bar shows the new count (wall
  clock, and the CPU time of the event loop's thread, which leaves out other processes), and
  over the whole typing the longest the event loop went without running a 5 ms timer (what
  the user would feel as a frozen screen).

    python -m bench.bench_find [--runs 5]
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import random
import statistics
import sys
import time
from pathlib import Path

from reeltui.library import Library, Progress
from reeltui.model import Film, Format, Review, Reviewer, Section
from reeltui.paths import resolve
from reeltui.search.terms import FindQuery, FoldedText
from reeltui.tui.main.reader import MAX_CHARS, Reader, _blocks_of

_ENGLISH = (
    "the film follows a stubborn botanist who turns every setback into arithmetic "
    "while the crew far away argues about what can still be done and nobody sleeps"
).split()
_SPANISH = (
    "la película sigue a un botánico tenaz que convierte cada revés en aritmética "
    "mientras la tripulación discute qué más puede hacerse y nadie duerme según Peña"
).split()

QUERIES = ("e", "the", "botanist", "far away", "zzqx")
SPANISH_QUERIES = ("e", "la", "botanico", "pena", "zzqx")


def long_review(words: list[str], name: str, seed: int = 7, limit: int = MAX_CHARS) -> Review:
    """A review whose paragraphs fill `limit` characters (the reader's limit), in ten sections."""
    rng = random.Random(seed)
    paragraphs: list[str] = []
    size = 0
    while size < limit:
        sentences = [
            " ".join(rng.choice(words) for _ in range(rng.randint(8, 18))).capitalize() + "."
            for _ in range(rng.randint(3, 6))
        ]
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        size += len(paragraph)
    per = len(paragraphs) // 10 + 1
    sections = tuple(
        Section(f"Part {n + 1}", tuple(paragraphs[n * per : (n + 1) * per])) for n in range(10)
    )
    return Review(
        id=name,
        path=Path(f"/bench/{name}.txt"),
        format=Format.SCRAPED,
        headline=f"{name} Review",
        film=Film(name, 2020),
        sections=sections,
        reviewer=Reviewer("Bench Reviewer", None),
        word_count=sum(len(p.split()) for p in paragraphs),
    )


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f}"


def core(review: Review, queries: tuple[str, ...], runs: int) -> None:
    """Fold once, then find each query; medians of `runs`."""
    texts = [block.text for block in _blocks_of(review)]
    chars = sum(len(text) for text in texts)
    folds: list[float] = []
    folded = FoldedText(texts)
    for _ in range(runs):
        start = time.perf_counter()
        folded = FoldedText(texts)
        folds.append(time.perf_counter() - start)
    print(f"  {len(texts):,} blocks, {chars:,} characters: fold {_ms(statistics.median(folds))} ms")
    for text in queries:
        pattern = FindQuery(text).pattern()
        assert pattern is not None
        times: list[float] = []
        found = 0
        for _ in range(runs):
            start = time.perf_counter()
            found = len(folded.find(pattern))
            times.append(time.perf_counter() - start)
        print(f"  find {text!r:12} {found:>7,} matches  {_ms(statistics.median(times))} ms")


async def typing(review: Review, query: str) -> None:
    """Type `query` into the find bar of the TUI; per-key latency and the longest loop stall."""
    from reeltui.tui.app import ReelApp
    from reeltui.tui.main.screen import MainScreen

    def load(root: Path, progress: Progress) -> Library:
        progress(1, 1)
        return Library.from_reviews(root, [review])

    app = ReelApp(resolve(data="/bench"), loader=load)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, MainScreen)
        reader = screen.query_one(Reader)
        await pilot.press("tab", "ctrl+f")
        ticks: list[float] = []
        timer = app.set_interval(0.005, lambda: ticks.append(time.perf_counter()))
        latencies: list[float] = []
        cpu: list[float] = []
        typed = ""
        for char in query:
            typed += char
            start = time.perf_counter()
            start_cpu = time.thread_time()
            await pilot.press("space" if char == " " else char)
            while any(w.group == "find" and not w.is_finished for w in app.workers):
                await asyncio.sleep(0.001)
            await pilot.pause()
            latencies.append(time.perf_counter() - start)
            cpu.append(time.thread_time() - start_cpu)
            assert reader.find_query is not None and reader.find_query.text == typed
        timer.stop()
        gaps = [b - a for a, b in itertools.pairwise(ticks)]
        status = screen.find_status
        blocks = len(_blocks_of(review))
        count = f"{status[1]:,}" if status else "?"
        print(f"  {review.film.title} ({blocks:,} blocks), typing {query!r} (final count {count}):")
        print(
            f"    per key {_ms(statistics.median(latencies))} ms median, "
            f"{_ms(max(latencies))} ms worst; the event loop's CPU per key "
            f"{_ms(statistics.median(cpu))} ms median, {_ms(max(cpu))} ms worst; "
            f"longest stall of the loop {_ms(max(gaps))} ms"
        )


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; 0 when it ran."""
    parser = argparse.ArgumentParser(prog="python -m bench.bench_find")
    parser.add_argument("--runs", type=int, default=5)
    args, _ = parser.parse_known_args(argv)
    english = long_review(_ENGLISH, "English")
    spanish = long_review(_SPANISH, "Spanish")
    print("Find in the review: core")
    print(" English (ASCII)")
    core(english, QUERIES, args.runs)
    print(" Spanish (accented)")
    core(spanish, SPANISH_QUERIES, args.runs)
    print("Find in the review: typing in the TUI (headless)")
    short = long_review(_ENGLISH, "Short", limit=4_000)
    asyncio.run(typing(short, "the botanist"))
    asyncio.run(typing(english, "the botanist"))
    asyncio.run(typing(spanish, "la tripulacion"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
