"""Run every benchmark in one go: `python -m bench` (what `make bench` does).

Each benchmark runs with its own defaults, which are the sizes the targets are stated for
(10,000 reviews for start-up, 100,000 for the shell, memory, search and keystrokes), so a whole
run takes a while: the 100,000-review libraries are generated and indexed the first time
(`REELTUI_BENCH_DIR` keeps them between runs). Options:

    --quick            smaller sizes (at most 10,000 reviews, fewer runs): a check that every
                       benchmark works, not figures to record
    --only a,b         run only these benchmarks (names below)
    --skip a,b         run all but these
    --list             print the names and what each measures

Before each benchmark the machine's load average is printed, since figures taken on a busy
machine are slower than an idle one would give.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bench import (
    bench_cli,
    bench_find,
    bench_html,
    bench_letterboxd,
    bench_parse,
    bench_people,
    bench_scan,
    bench_search,
    bench_startup,
    bench_tui,
    bench_watch,
    cast_mutations,
    fidelity,
    robustness,
)


@dataclass(frozen=True)
class Bench:
    """One benchmark: its entry point and the arguments of a full and of a quick run."""

    name: str
    what: str
    run: Callable[[list[str] | None], int]
    full: tuple[str, ...] = ()
    quick: tuple[str, ...] = ()


#: The benchmarks, in the order they run.
BENCHES: tuple[Bench, ...] = (
    Bench("fidelity", "extraction scored on the corpus, per field", fidelity.main),
    Bench(
        "cast-mutations",
        "actors invented when sentences naming non-cast people are set into real pages",
        cast_mutations.main,
        quick=("--pages", "20"),
    ),
    Bench(
        "robustness",
        "the text's edges, title and cast kept when furniture is set beside the text",
        robustness.main,
        quick=("--limit", "20"),
    ),
    Bench(
        "parse",
        "reviews parsed per second on one core",
        bench_parse.main,
        quick=("--count", "500", "--runs", "1"),
    ),
    Bench("html", "saved web pages: trafilatura against the tokenizer", bench_html.main),
    Bench(
        "startup",
        "warm and cold start in a real terminal, beside a bare Textual app",
        bench_startup.main,
        quick=("--count", "1000", "--runs", "2"),
    ),
    Bench(
        "scan",
        "a cold scan's CPU per review, main process and workers apart; full text after",
        bench_scan.main,
        quick=("--count", "1000"),
    ),
    Bench(
        "cli",
        "whole CLI processes at 1,000 and 100,000 reviews",
        bench_cli.main,
        quick=("--sizes", "1000,10000", "--runs", "3"),
    ),
    Bench(
        "search",
        "query latency of every kind of search",
        bench_search.main,
        quick=("--sizes", "1000,10000", "--queries", "50"),
    ),
    Bench(
        "people",
        "people pages and name look-ups",
        bench_people.main,
        quick=("--sizes", "1000,10000", "--people", "10"),
    ),
    Bench(
        "tui",
        "TUI memory, and keystrokes answered while a first scan runs",
        bench_tui.main,
        quick=("--count", "10000", "--keys-count", "10000"),
    ),
    Bench(
        "watch",
        "the live folder: files added, written over, deleted, and an unzip, reaching the library",
        bench_watch.main,
        quick=("--count", "1000", "--changes", "3", "--burst", "200"),
    ),
    Bench("find", "find in a long review", bench_find.main, quick=("--runs", "2")),
    Bench("letterboxd", "importing a Letterboxd export", bench_letterboxd.main),
)


def _names(text: str | None) -> set[str]:
    if not text:
        return set()
    names = {name.strip() for name in text.split(",") if name.strip()}
    unknown = names - {bench.name for bench in BENCHES}
    if unknown:
        raise SystemExit(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
    return names


def _load() -> str:
    try:
        one, five, fifteen = os.getloadavg()
    except OSError:
        return "unknown"
    return f"{one:.2f}, {five:.2f}, {fifteen:.2f}"


def _machine() -> str:
    return (
        f"{platform.node()}: {os.cpu_count()} CPUs, {platform.machine()}, "
        f"Python {platform.python_version()}, {platform.system()} {platform.release()}"
    )


def chosen(only: str | None, skip: str | None) -> list[Bench]:
    """The benchmarks to run, in their order."""
    keep, drop = _names(only), _names(skip)
    return [b for b in BENCHES if (not keep or b.name in keep) and b.name not in drop]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the chosen benchmarks one after the other; the worst exit code wins."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, a working check")
    parser.add_argument("--only", help="comma-separated names to run")
    parser.add_argument("--skip", help="comma-separated names to leave out")
    parser.add_argument("--list", action="store_true", help="print the benchmarks and stop")
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.list:
        for bench in BENCHES:
            print(f"{bench.name:<12} {bench.what}")
        return 0
    benches = chosen(args.only, args.skip)
    print(f"# reeltui benchmarks, {time.strftime('%Y-%m-%d %H:%M %Z')}")
    print(f"# {_machine()}")
    worst = 0
    timings: list[tuple[str, float, int]] = []
    for bench in benches:
        print(f"\n## {bench.name}: {bench.what} (load average {_load()})", flush=True)
        started = time.perf_counter()
        code = bench.run(list(bench.quick if args.quick else bench.full))
        took = time.perf_counter() - started
        timings.append((bench.name, took, code))
        worst = max(worst, code)
    print(f"\n## Summary (load average {_load()})")
    for name, took, code in timings:
        print(f"{name:<12} {took:8.1f} s  {'ok' if code == 0 else f'exit {code}'}")
    return worst


if __name__ == "__main__":
    sys.exit(main())
