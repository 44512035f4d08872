"""`make bench` runs every benchmark: each imports against today's code and is listed once."""

from __future__ import annotations

import pkgutil
from pathlib import Path

import pytest

import bench
from bench.__main__ import BENCHES, chosen
from bench.sampling import Sampler, available

BENCH_DIR = Path(bench.__file__).parent


def test_every_benchmark_module_is_run_by_make_bench() -> None:
    modules = {m.name for m in pkgutil.iter_modules([str(BENCH_DIR)])}
    run = {b.run.__module__.removeprefix("bench.") for b in BENCHES}
    # make_corpus writes the libraries the others read, sampling is the profiler some of them
    # use, and parse_dump checks a speed change leaves the parsers' output alone; none of them
    # measures anything itself; byline_model, zone_fit and title_model fit the weights of the
    # parser's byline, closing-paragraph and title models (clogit is the fit two of them share).
    fitters = {"byline_model", "zone_fit", "title_model", "clogit"}
    assert modules - {"__main__", "make_corpus", "sampling", "parse_dump", *fitters} == run


def test_names_are_unique_and_selection_keeps_the_order() -> None:
    names = [b.name for b in BENCHES]
    assert len(names) == len(set(names))
    assert [b.name for b in chosen("tui,parse", None)] == ["parse", "tui"]
    assert "cli" not in [b.name for b in chosen(None, "cli")]
    with pytest.raises(SystemExit):
        chosen("no-such-bench", None)


@pytest.mark.skipif(not available(), reason="no CPU-time timer on this platform")
def test_the_sampler_finds_where_the_cpu_went() -> None:
    def busy() -> int:
        return sum(i * i for i in range(3_000_000))

    def idle() -> None:
        pass

    with Sampler(interval=0.001) as sampler:
        busy()
        idle()
    assert sampler.samples > 0
    assert sampler.share("test_bench_suite.py:busy") > 0.9
    assert sampler.share("test_bench_suite.py:idle") == 0
    report = sampler.report(top=5)
    assert "test_bench_suite.py:busy" in report
    assert "lines running" in report


def test_the_zone_fit_learns_a_feature_that_tells_the_classes_apart() -> None:
    from bench.zone_fit import fit
    from reeltui.parse.zones import probability

    data = [({"bias": 1.0, "mark": 1.0}, 0), ({"bias": 1.0}, 1)] * 10
    weights = fit(data)
    assert probability({"bias": 1.0, "mark": 1.0}, weights) < 0.2
    assert probability({"bias": 1.0}, weights) > 0.8


def test_the_shared_logit_learns_which_feature_marks_the_right_candidate() -> None:
    from bench import clogit

    pages: list[clogit.Page] = [([("near",), ("far",)], 0), ([("far",), ("near",)], 1)] * 5
    weights = clogit.fit(pages, none_allowed=False)
    assert weights.get("near", 0.0) > weights.get("far", 0.0)
    # With "none of them" a choice, a page whose answer is none pushes every feature down.
    lone = clogit.fit([([("seen",)], -1)] * 5, none_allowed=True)
    assert lone["seen"] < 0


def test_writing_a_models_own_weights_back_leaves_its_module_unchanged(tmp_path: Path) -> None:
    from bench import clogit
    from reeltui.parse import bylines, titles

    for module in (titles, bylines):
        source = Path(module.__file__ or "")
        copy = tmp_path / source.name
        copy.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
        clogit.write_weights(copy, module.WEIGHTS)
        assert copy.read_text(encoding="utf-8") == source.read_text(encoding="utf-8")
        clogit.write_weights(copy, {"only": 1.5})
        assert '"only": 1.5,' in copy.read_text(encoding="utf-8")
