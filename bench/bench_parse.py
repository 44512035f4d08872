"""Parse speed: scraped-text reviews parsed per second on one core.

The reviews are the synthetic corpus of `bench/make_corpus.py` (about 690 words each, the
shape of the shipped sample). Each is parsed from its bytes with `reeltui.parse.parse_bytes`
(decoding, cleaning and the whole extraction; no file system), in this one process, so the
figure is per core. Also checks the extraction against what the generator wrote: titles, years,
and that no actor is found who was not credited.

    python -m bench.bench_parse [--count 2000] [--seed 7] [--runs 3] [--sample] [--stages]

`--sample` parses the corpus once more under a sampling profiler (`bench/sampling.py`) and
prints where the CPU went, by function and by line, without cProfile's cost per call.
`--stages` parses it once more with the CPU time of each stage of the extraction counted
(`STAGES`: each call timed, its callees included), per review and as a share of the parse: a
comparison of two builds stage by stage, in one process each, which a busy machine blurs less
than whole runs. The timing adds about a microsecond a call (a few per cent in all).
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from pathlib import Path

from bench.make_corpus import generate
from bench.sampling import Sampler
from reeltui.parse import parse_bytes
from reeltui.text import fold

#: The speed the scale work needs, per core.
TARGET = 600.0

#: The stages `--stages` times: module of `reeltui.parse`, then its functions.
STAGES = {
    "reading": ("decode_document",),
    "scraped": (
        "_units _headline_index _first_prose _body _end_byline _title_candidates _choose_title "
        "_facts _caption_credits _runtime _rating _platform _release_year"
    ).split(),
    "labels": ("scan_labels",),
    "credits": ("extract_facts", "_credits", "find_credit_block"),
    "roles": ("prose_roles", "only_compared", "merge_aliases"),
    "notcast": ("not_this_cast",),
}


def stage_times(data: list[bytes]) -> str:
    """Parse `data` once with each stage of `STAGES` timed; a table of CPU per review."""
    import importlib
    from collections.abc import Callable
    from typing import Any

    spent: dict[str, float] = {}
    clock = time.process_time
    modules = [importlib.import_module(f"reeltui.parse.{m}") for m in ("scraped", *STAGES)]
    originals: list[tuple[Any, str, Any]] = []

    def timed(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            started = clock()
            try:
                return function(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + clock() - started

        return run

    for module_name, names in STAGES.items():
        home = importlib.import_module(f"reeltui.parse.{module_name}")
        for name in names:
            function = getattr(home, name)
            wrapper = timed(name, function)
            for module in modules:  # wherever it was imported by name
                if getattr(module, name, None) is function:
                    originals.append((module, name, function))
                    setattr(module, name, wrapper)
    try:
        started = clock()
        for i, raw in enumerate(data):
            parse_bytes(raw, path=Path(f"{i}.txt"), review_id=str(i))
        total = clock() - started
    finally:
        for module, name, function in originals:
            setattr(module, name, function)
    rows = [f"parse_bytes            {total / len(data) * 1e3:6.3f} ms a review (timed)"]
    for name, seconds in sorted(spent.items(), key=lambda item: -item[1]):
        share = seconds / total * 100
        rows.append(f"  {name:20} {seconds / len(data) * 1e3:6.3f} ms  {share:5.1f} %")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    """Parse the corpus `--runs` times and print reviews/s (best and median); exit 1 when the
    best run is under the target."""
    parser = argparse.ArgumentParser(prog="python -m bench.bench_parse", description=__doc__)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sample", action="store_true", help="where the CPU goes, sampled")
    parser.add_argument("--stages", action="store_true", help="the CPU of each stage, timed")
    args, _ = parser.parse_known_args(argv)
    items = list(generate(args.count, args.seed))
    data = [(item.text.encode("utf-8"), item.review) for item in items]
    size = sum(len(raw) for raw, _ in data)
    rates: list[float] = []
    wrong_titles = invented = 0
    for run in range(args.runs):
        gc.collect()
        started = time.process_time()
        parsed = [
            parse_bytes(raw, path=Path(f"{i}.txt"), review_id=str(i))
            for i, (raw, _) in enumerate(data)
        ]
        elapsed = time.process_time() - started
        rates.append(len(data) / elapsed)
        if run == 0:
            for review, (_, want) in zip(parsed, data, strict=True):
                wrong_titles += fold(review.film.title) != fold(want.film.title)
                credited = {fold(c.actor) for c in want.cast}
                invented += sum(fold(c.actor) not in credited for c in review.cast)
    best, median = max(rates), statistics.median(rates)
    print(
        f"parsed {len(data)} reviews ({size / len(data) / 1024:.1f} KiB each), {args.runs} runs: "
        f"best {best:,.0f} reviews/s per core, median {median:,.0f} (CPU time; target "
        f"{TARGET:,.0f})"
    )
    print(f"titles wrong: {wrong_titles}; actors not credited by the generator: {invented}")
    if args.sample:
        with Sampler() as sampler:
            for i, (raw, _) in enumerate(data):
                parse_bytes(raw, path=Path(f"{i}.txt"), review_id=str(i))
        print(sampler.report())
    if args.stages:
        print(stage_times([raw for raw, _ in data]))
    return 0 if best >= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
