"""`make bench` runs every benchmark: each imports against today's code and is listed once."""

from __future__ import annotations

import pkgutil
from pathlib import Path

import pytest

import bench
from bench.__main__ import BENCHES, chosen

BENCH_DIR = Path(bench.__file__).parent


def test_every_benchmark_module_is_run_by_make_bench() -> None:
    modules = {m.name for m in pkgutil.iter_modules([str(BENCH_DIR)])}
    run = {b.run.__module__.removeprefix("bench.") for b in BENCHES}
    # make_corpus writes the libraries the others read; it measures nothing itself.
    assert modules - {"__main__", "make_corpus"} == run


def test_names_are_unique_and_selection_keeps_the_order() -> None:
    names = [b.name for b in BENCHES]
    assert len(names) == len(set(names))
    assert [b.name for b in chosen("tui,parse", None)] == ["parse", "tui"]
    assert "cli" not in [b.name for b in chosen(None, "cli")]
    with pytest.raises(SystemExit):
        chosen("no-such-bench", None)
