"""Run every benchmark: `python -m bench` (what `make bench` does).

Arguments are passed to each benchmark, e.g. `python -m bench --sizes 1000,10000`.
"""

from __future__ import annotations

import sys

from bench import (
    bench_find,
    bench_html,
    bench_letterboxd,
    bench_parse,
    bench_people,
    bench_scan,
    bench_search,
    bench_startup,
)

#: The benchmarks, run in this order; each takes argv and returns an exit code.
BENCHES = (
    bench_search.main,
    bench_people.main,
    bench_startup.main,
    bench_scan.main,
    bench_parse.main,
    bench_html.main,
    bench_letterboxd.main,
    bench_find.main,
)


def main(argv: list[str] | None = None) -> int:
    """Run each benchmark with the same arguments; the worst exit code wins."""
    args = sys.argv[1:] if argv is None else argv
    return max(bench(args) for bench in BENCHES)


if __name__ == "__main__":
    sys.exit(main())
