"""Search benchmark: query latency (p50/p99) for actors, titles and full text, memory, indexing.

For each corpus size two fresh processes run, so that memory figures belong to one phase:

1. *build* (cold): from an empty cache, store every review with its body in a catalog (in
   the benchmark's cache folder) and index it. Up to `--parse-max` reviews the files are
   written to `bench/corpus/` and parsed with the real parser; above it the generated reviews
   are stored directly (parsing 100,000 files takes minutes and is the parser's cost, not
   search's). Parse, store and index times are reported apart.
2. *query* (warm): the library's entries are read from the catalog (as the TUI's warm start
   does: no card or body in memory), the `Searcher` builds its name matchers from the
   catalog's names, the full text is already indexed, then the query mix runs: exact,
   prefix, typo and as-you-type queries for actors, titles and full text. Resident memory is
   read from /proc.

    python -m bench.bench_search [--sizes 1000,10000,100000] [--queries 200] [--seed 7]

Before the queries the process runs one full garbage collection (timed and reported) and
then `gc.freeze()`, as the app does once its library is loaded, so that no full collection
lands inside a query.

Prints Markdown tables, and the raw figures as JSON to
`bench/corpus/results-PHASES-SIZES.json`.
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import random
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from bench.make_corpus import CORPUS_DIR, TOPICS, corpus_path, generate, write_corpus

Figures = dict[str, Any]


def rss_mb() -> tuple[float, float]:
    """(resident now, peak resident) of this process in MB, from /proc/self/status."""
    now = peak = 0.0
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                now = int(line.split()[1]) / 1024
            elif line.startswith("VmHWM:"):
                peak = int(line.split()[1]) / 1024
    return now, peak


def cache_dir(size: int, seed: int) -> Path:
    """The benchmark's own cache folder for one corpus (never the user's cache)."""
    return CORPUS_DIR / f"cache-{size}-{seed}"


def _dir_size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


# -- phase 1: cold build ---------------------------------------------------------------------


def _library(root: Path, cache: Path) -> Any:
    """The library of `root` with its catalog in `cache` (the folder need not exist)."""
    from reeltui.library import Library
    from reeltui.library.catalog import Catalog

    return Library(root, Catalog.open(cache, root))


def build(size: int, seed: int, parse_max: int) -> Figures:
    """Fill a catalog from an empty cache and index its full text; times and memory."""
    from reeltui.search import Searcher

    cache = cache_dir(size, seed)
    shutil.rmtree(cache, ignore_errors=True)
    root = corpus_path(size, seed)
    figures: Figures = {"size": size, "phase": "build"}
    parse_s = store_s = 0.0
    library = _library(root, cache)
    batch: list[Any] = []

    def store() -> float:
        t0 = time.perf_counter()
        library.add_reviews(batch)
        batch.clear()
        return time.perf_counter() - t0

    if size <= parse_max:
        from reeltui.parse import parse_file

        t0 = time.perf_counter()
        write_corpus(size, seed)
        figures["write_corpus_s"] = time.perf_counter() - t0
        for path in sorted(root.glob("*.txt")):
            t0 = time.perf_counter()
            batch.append(parse_file(path, root))
            parse_s += time.perf_counter() - t0
            if len(batch) >= 256:
                store_s += store()
        figures["source"] = "files parsed with reeltui.parse.parse_file"
    else:
        generate_s = 0.0
        t0 = time.perf_counter()
        for item in generate(size, seed, root):
            batch.append(item.review)
            generate_s += time.perf_counter() - t0
            if len(batch) >= 256:
                store_s += store()
            t0 = time.perf_counter()
        figures["generate_s"] = generate_s
        figures["source"] = "generated Review objects (no files parsed)"
    store_s += store()
    t0 = time.perf_counter()
    library.load_entries()
    index = Searcher(library, in_memory=True)
    index.prepare_names()
    names_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    indexed = index.prepare_text()
    text_s = time.perf_counter() - t0
    index.close()
    library.close()
    figures.update(
        parse_s=parse_s,
        store_s=store_s,
        names_index_s=names_s,
        fulltext_index_s=text_s,
        indexed=indexed,
        process_cpu_s=time.process_time(),
        index_rate=size / (store_s + names_s + text_s),
        parse_rate=(size / parse_s) if parse_s else None,
        combined_rate=(size / (parse_s + store_s + names_s + text_s)) if parse_s else None,
        cache_mb=_dir_size_mb(cache),
        peak_rss_mb=rss_mb()[1],
    )
    return figures


# -- phase 2: warm queries -------------------------------------------------------------------


def _typo(word: str, rng: random.Random) -> str:
    """`word` with one edit: two neighbours swapped, a letter dropped, doubled or changed."""
    i = rng.randrange(1, len(word) - 1)
    match rng.randrange(4):
        case 0:
            return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        case 1:
            return word[:i] + word[i + 1 :]
        case 2:
            return word[:i] + word[i] + word[i:]
        case _:
            letter = rng.choice([c for c in "aeioutrnsl" if c != word[i]])
            return word[:i] + letter + word[i + 1 :]


def query_sets(
    library_names: Sequence[str], titles: Sequence[str], count: int, seed: int
) -> dict[str, list[str]]:
    """The query mix, drawn from the library's own names and titles (deterministic)."""
    rng = random.Random(f"queries-{seed}")
    names = [n for n in library_names if len(n.split()) >= 2]
    sets: dict[str, list[str]] = {key: [] for key in _KINDS}

    def pick_name() -> tuple[str, str]:
        parts = rng.choice(names).split()
        return parts[0], parts[-1]

    for _ in range(count):
        first, last = pick_name()
        sets["actor exact"].append(rng.choice([f"{first} {last}", last, f"{last} {first}".lower()]))
        first, last = pick_name()
        sets["actor prefix"].append(
            rng.choice([last[: rng.randint(3, 5)], f"{first} {last[:1]}", first[:4]])
        )
        first, last = pick_name()
        long = [p for p in (first, last) if len(p) >= 5] or [last + "s"]
        word = rng.choice(long)
        typo = _typo(word, rng)
        sets["actor typo"].append(rng.choice([typo, f"{first} {last}".replace(word, typo)]))
        first, last = pick_name()
        full = f"{first} {last}"
        cut = rng.randint(1, len(full))
        sets["actor as-you-type"].append(full[:cut])
        title = rng.choice(titles)
        words = [w for w in title.split() if len(w) >= 3]
        sets["title exact"].append(rng.choice([title, rng.choice(words)]))
        sets["title prefix"].append(rng.choice(words)[: rng.randint(3, 5)])
        longer = [w for w in title.split() if len(w) >= 5] or ["Harbor"]
        sets["title typo"].append(_typo(rng.choice(longer), rng))
        topic = rng.choice(TOPICS)
        sets["text exact"].append(
            rng.choice([topic, f"{topic} {rng.choice(TOPICS)}", f"the {topic}", "story"])
        )
        sets["text prefix"].append(topic[: rng.randint(3, 6)])
        sets["text typo"].append(_typo(topic, rng) if len(topic) >= 5 else topic)
    return sets


_KINDS = (
    "actor exact",
    "actor prefix",
    "actor typo",
    "actor as-you-type",
    "title exact",
    "title prefix",
    "title typo",
    "text exact",
    "text prefix",
    "text typo",
)


def _percentile(values: Sequence[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def _summary(wall: Sequence[float], cpu: Sequence[float]) -> Figures:
    """Percentiles of wall-clock and CPU times (ms) for a set of queries."""
    return {
        "p50_ms": _percentile(wall, 0.5),
        "p99_ms": _percentile(wall, 0.99),
        "max_ms": max(wall),
        "cpu_p50_ms": _percentile(cpu, 0.5),
        "cpu_p99_ms": _percentile(cpu, 0.99),
        "n": len(wall),
    }


def queries(size: int, seed: int, count: int) -> Figures:
    """Load the library's entries from its catalog (as the TUI does), build the names in
    memory, run the query mix; figures."""
    from reeltui.search import Searcher

    figures: Figures = {"size": size, "phase": "query"}
    root = corpus_path(size, seed)
    figures["rss_start_mb"] = rss_mb()[0]
    t0 = time.perf_counter()
    library = _library(root, cache_dir(size, seed))
    library.load_entries()
    figures["cards_s"] = time.perf_counter() - t0
    figures["rss_library_mb"] = rss_mb()[0]
    t0 = time.perf_counter()
    index = Searcher(library, in_memory=True)
    index.prepare_names()
    figures["names_index_s"] = time.perf_counter() - t0
    figures["rss_names_mb"] = rss_mb()[0]
    t0 = time.perf_counter()
    figures["sync_indexed"] = index.prepare_text()
    figures["sync_s"] = time.perf_counter() - t0
    figures["rss_ready_mb"] = rss_mb()[0]
    # What the app should do once loaded: one collection, then freeze the survivors, so the
    # collector never again walks the cards (a full walk lands in some keystroke otherwise).
    t0 = time.perf_counter()
    gc.collect()
    figures["gc_full_ms"] = (time.perf_counter() - t0) * 1000
    figures["gc_objects"] = len(gc.get_objects())
    gc.freeze()

    from reeltui.library.catalog import ROLE_KINDS

    actors = sorted(
        spelling
        for name in library.catalog.names(ROLE_KINDS["actor"])
        for spelling in name.spellings
    )
    titles = sorted({entry.film.title for entry in library.entries})
    sets = query_sets(actors, titles, count, seed)
    runners: dict[str, Callable[[str], int]] = {
        "actor": lambda q: len(index.people(q, "actor", 20)),
        "title": lambda q: len(index.films(q, 20)),
        "text": lambda q: len(index.text(q, 20)),
    }
    for kind in ("actor", "title", "text"):  # warm up: first touches of pages and caches
        for q in sets[f"{kind} exact"][:10]:
            runners[kind](q)
    latency: dict[str, Figures] = {}
    by_kind: dict[str, tuple[list[float], list[float]]] = {
        "actor": ([], []),
        "title": ([], []),
        "text": ([], []),
    }
    for name, qs in sets.items():
        kind = name.split()[0]
        wall: list[float] = []
        cpu: list[float] = []
        empty = 0
        for q in qs:
            c0, t0 = time.thread_time(), time.perf_counter()
            found = runners[kind](q)
            wall.append((time.perf_counter() - t0) * 1000)
            cpu.append((time.thread_time() - c0) * 1000)
            empty += found == 0
        by_kind[kind][0].extend(wall)
        by_kind[kind][1].extend(cpu)
        latency[name] = _summary(wall, cpu) | {"no_result": empty}
    for kind, (wall, cpu) in by_kind.items():
        latency[f"{kind} (all)"] = _summary(wall, cpu)
    wall, cpu = [], []
    for q in [*sets["actor as-you-type"], *sets["text exact"]]:
        c0, t0 = time.thread_time(), time.perf_counter()
        index.suggest(q, 20)
        wall.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.thread_time() - c0) * 1000)
    latency["suggest (all kinds)"] = _summary(wall, cpu)
    figures["latency"] = latency
    now, peak = rss_mb()
    figures["rss_end_mb"] = now
    figures["peak_rss_mb"] = peak
    figures["people"] = {
        role: len(library.catalog.names(ROLE_KINDS[role])) for role in ("actor", "director")
    }
    figures["films"] = len(titles)
    index.close()
    return figures


# -- driver ----------------------------------------------------------------------------------


def _run_phase(phase: str, size: int, args: argparse.Namespace) -> Figures:
    """Run one phase in a fresh interpreter and read back its figures."""
    command = [
        sys.executable,
        "-m",
        "bench.bench_search",
        "--phase",
        phase,
        "--sizes",
        str(size),
        "--seed",
        str(args.seed),
        "--queries",
        str(args.queries),
        "--parse-max",
        str(args.parse_max),
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"the {phase} phase for {size} reviews failed")
    result: Figures = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def report(results: list[Figures]) -> str:
    """The figures as Markdown tables."""
    lines = [
        "| reviews | source | parse rev/s | index rev/s | parse+index rev/s | cache MB "
        "| build peak RSS MB |",
        "|---:|---|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        if r["phase"] != "build":
            continue

        def rate(value: float | None) -> str:
            return f"{value:,.0f}" if value else "–"

        lines.append(
            f"| {r['size']:,} | {r['source']} | {rate(r['parse_rate'])} | "
            f"{rate(r['index_rate'])} | {rate(r['combined_rate'])} | {r['cache_mb']:,.0f} | "
            f"{r['peak_rss_mb']:.0f} |"
        )
    lines += [
        "",
        "| reviews | RSS: start / cards / +names / +full text / end MB | peak MB "
        "| names index s | sync s | full GC ms (objects) |",
        "|---:|---|---:|---:|---:|---:|",
    ]
    for r in results:
        if r["phase"] != "query":
            continue
        lines.append(
            f"| {r['size']:,} | {r['rss_start_mb']:.0f} / {r['rss_library_mb']:.0f} / "
            f"{r['rss_names_mb']:.0f} / {r['rss_ready_mb']:.0f} / {r['rss_end_mb']:.0f} | "
            f"{r['peak_rss_mb']:.0f} | {r['names_index_s']:.2f} | {r['sync_s']:.2f} | "
            f"{r['gc_full_ms']:.0f} ({r['gc_objects']:,}) |"
        )
    query_results = [r for r in results if r["phase"] == "query"]
    if query_results:
        sizes = [f"{r['size']:,}" for r in query_results]
        header = "| query | " + " | ".join(f"{n} wall p50 / p99 ms" for n in sizes)
        header += " | " + " | ".join(f"{n} CPU p50 / p99 ms" for n in sizes)
        lines += ["", header + " |", "|---|" + "---:|" * 2 * len(query_results)]
        for name in query_results[0]["latency"]:
            cells = []
            for key in ("", "cpu_"):
                for r in query_results:
                    cell = r["latency"][name]
                    cells.append(f"{cell[key + 'p50_ms']:.2f} / {cell[key + 'p99_ms']:.2f}")
            lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the search benchmark for each size and print the figures."""
    parser = argparse.ArgumentParser(description="reeltui search benchmark")
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--queries", type=int, default=200, help="queries per kind and variant")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--parse-max", type=int, default=10_000)
    parser.add_argument(
        "--phases",
        default="build,query",
        help="which phases to run: build,query (query alone reuses the caches of a build)",
    )
    parser.add_argument("--phase", choices=("build", "query"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    if args.phase == "build":
        print(json.dumps(build(sizes[0], args.seed, args.parse_max)))
        return 0
    if args.phase == "query":
        print(json.dumps(queries(sizes[0], args.seed, args.queries)))
        return 0
    results: list[Figures] = []
    phases = [p for p in ("build", "query") if p in args.phases.split(",")]
    for size in sizes:
        for phase in phases:
            t0 = time.perf_counter()
            figures = _run_phase(phase, size, args)
            print(f"{phase} {size:,}: {time.perf_counter() - t0:.0f} s", file=sys.stderr)
            results.append(figures)
    CORPUS_DIR.mkdir(parents=True, exist_ok=True)
    name = f"results-{'-'.join(phases)}-{'-'.join(str(n) for n in sizes)}.json"
    (CORPUS_DIR / name).write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(report(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
