"""People's pages benchmark: how long a page takes to make at 10,000 and 100,000 reviews.

Uses the corpora and catalogs of `bench_search`'s build phase (run it first:
`python -m bench.bench_search --phases build`). For each size, one process opens the catalog
and loads its entries (as the TUI does), builds the `Searcher` over it (the full text already
indexed), and makes the pages of:

- the most credited actors (the worst case: hundreds of films, their name in every review);
- actors, directors and reviewers drawn at random (the usual case).

For each it times `person_page` (names only) and `find_mentions` (the full-text part), wall
clock and CPU time of the thread, and records how many films, reviews and sentences the page
holds and whether a bound cut the sentences short.

    python -m bench.bench_people [--sizes 10000,100000] [--people 40] [--seed 7]

Prints a Markdown table; the raw figures go to `bench/corpus/results-people-SIZES.json`.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any, TypeVar

from bench.bench_search import _library, _percentile, cache_dir
from bench.make_corpus import CORPUS_DIR, cards, corpus_path

Figures = dict[str, Any]
T = TypeVar("T")


def _timed(work: Callable[[], T]) -> tuple[T, float, float]:
    """Run `work`; its result, wall and thread CPU time in ms."""
    c0, t0 = time.thread_time(), time.perf_counter()
    result = work()
    return result, (time.perf_counter() - t0) * 1000, (time.thread_time() - c0) * 1000


def _summary(values: Sequence[float]) -> Figures:
    if not values:
        return {"p50": 0.0, "p99": 0.0, "max": 0.0}
    return {
        "p50": _percentile(values, 0.5),
        "p99": _percentile(values, 0.99),
        "max": max(values, default=0.0),
    }


def measure(size: int, seed: int, people: int) -> Figures:
    """Make the pages of a sample of people; their timings and sizes."""
    from reeltui.search import Searcher
    from reeltui.search.names import name_key
    from reeltui.search.people import find_mentions, person_page

    root = corpus_path(size, seed)
    library = _library(root, cache_dir(size, seed))
    library.load_entries()
    searcher = Searcher(library, in_memory=True)
    searcher.prepare_names()
    if searcher.prepare_text():
        raise SystemExit(f"the index of {size:,} reviews was not built: run bench_search first")
    rng = random.Random(f"people-{seed}")
    credited: Counter[str] = Counter()
    directors: set[str] = set()
    reviewers: set[str] = set()
    for review in cards(size, seed, root):
        credited.update(name_key(c.actor) for c in review.cast)
        directors.update(name_key(d) for d in review.directors)
        if review.reviewer is not None:
            reviewers.add(name_key(review.reviewer.name))
    groups = {
        "most credited actors": [key for key, _ in credited.most_common(people // 4)],
        "actors at random": rng.sample(sorted(credited), people),
        "directors at random": rng.sample(sorted(directors), min(people // 2, len(directors))),
        "reviewers at random": rng.sample(sorted(reviewers), min(people // 2, len(reviewers))),
    }
    figures: Figures = {"size": size, "groups": {}}
    for group, keys in groups.items():
        page_ms: list[float] = []
        page_cpu: list[float] = []
        text_ms: list[float] = []
        text_cpu: list[float] = []
        films: list[int] = []
        mentions: list[int] = []
        cut = 0
        # A name the generator credited that the extractor missed has no page: counted, not
        # timed (bench_parse reports how often the extractor misses one).
        missing = 0
        for key in keys:
            page, wall, cpu = _timed(partial(person_page, searcher, key))
            if page is None:
                missing += 1
                continue
            page_ms.append(wall)
            page_cpu.append(cpu)
            films.append(len(page.films) + len(page.reviews))
            if page.has_credits:
                found, wall, cpu = _timed(partial(find_mentions, searcher, page))
                text_ms.append(wall)
                text_cpu.append(cpu)
                mentions.append(len(found.found))
                cut += not found.complete
        figures["groups"][group] = {
            "people": len(keys) - missing,
            "no_page": missing,
            "page_ms": _summary(page_ms),
            "page_cpu_ms": _summary(page_cpu),
            "mentions_ms": _summary(text_ms),
            "mentions_cpu_ms": _summary(text_cpu),
            "films_max": max(films, default=0),
            "mentions_max": max(mentions, default=0),
            "cut_short": cut,
        }
    searcher.close()
    library.close()
    return figures


def report(results: list[Figures]) -> str:
    """The figures as a Markdown table."""
    lines = [
        "| reviews | people | n | page p50 / p99 / max ms (CPU p99) "
        "| sentences p50 / p99 / max ms (CPU p99) | most films | most sentences | cut short "
        "| no page |",
        "|---:|---|---:|---|---|---:|---:|---:|---:|",
    ]
    for result in results:
        for group, g in result["groups"].items():
            page, text = g["page_ms"], g["mentions_ms"]
            lines.append(
                f"| {result['size']:,} | {group} | {g['people']} | "
                f"{page['p50']:.1f} / {page['p99']:.1f} / {page['max']:.1f} "
                f"({g['page_cpu_ms']['p99']:.1f}) | "
                f"{text['p50']:.1f} / {text['p99']:.1f} / {text['max']:.1f} "
                f"({g['mentions_cpu_ms']['p99']:.1f}) | "
                f"{g['films_max']:,} | {g['mentions_max']:,} | {g['cut_short']} | "
                f"{g.get('no_page', 0)} |"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Measure each size in a fresh process and print the figures."""
    parser = argparse.ArgumentParser(description="reeltui people's pages benchmark")
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--people", type=int, default=40, help="actors drawn at random")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args, _ = parser.parse_known_args(argv)  # `python -m bench` passes all their options
    sizes = [int(s) for s in args.sizes.split(",") if s]
    if args.one:
        print(json.dumps(measure(sizes[0], args.seed, args.people)))
        return 0
    results: list[Figures] = []
    for size in sizes:
        if not cache_dir(size, args.seed).is_dir():
            print(f"no index of {size:,} reviews: run bench_search's build first", file=sys.stderr)
            continue
        command = [sys.executable, "-m", "bench.bench_people", "--one", "--sizes", str(size)]
        command += ["--people", str(args.people), "--seed", str(args.seed)]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise SystemExit(done.stderr)
        results.append(json.loads(done.stdout.splitlines()[-1]))
    CORPUS_DIR.mkdir(parents=True, exist_ok=True)
    name = f"results-people-{'-'.join(str(n) for n in sizes)}.json"
    (CORPUS_DIR / name).write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(report(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
