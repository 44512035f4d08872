"""Fit the closing-paragraph model (`reeltui.parse.zones`) and judge it on sets it never saw.

Every document of the training sets is parsed with the model switched off; the body the rules
find, the page's lines and the answers' `body_ends` give one example per paragraph from the
review's start to the page's end: the review's own (up to and including the paragraph that
ends as the answers say) or the page's (after it). A logistic model is fitted on them by
gradient descent (pure Python), and the threshold below which a closing paragraph is dropped
is the one that puts the most bodies' ends right on the training sets.

Judged two ways, by the fidelity scorer on whole documents:
- leave one set out: for each training set, fit on the others and score that one;
- validation sets: fit on all training sets, score sets the fit never saw.

    python -m bench.zone_fit [--train NAME=DIR ...] [--validate NAME=DIR ...] [--write]

With `--write` the weights fitted on all training sets go to `src/reeltui/parse/zone_weights.py`.
Without `--train`, the development corpus is the one training set.
"""

from __future__ import annotations

import argparse
import tomllib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.fidelity import CORPUS, FIELDS, documents, run
from reeltui.parse import parse_file, scraped, zone_weights, zones
from reeltui.text import fold

WEIGHTS_FILE = Path(zone_weights.__file__)
#: How many of the review's own paragraphs before its end, and of the page's after it, make
#: examples: the model decides at the boundary, not in the middle of the review.
BEFORE_END = 2
AFTER_END = 2
L2 = 0.01
STEPS = 600
RATE = 0.5
THRESHOLDS = (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)
REPORTED = ("body_starts", "body_ends", "headings", "chrome")


@dataclass
class Page:
    """One parsed document as the rules saw it, and where its review really ends."""

    document: str
    units: list[str]
    kept: list[int]
    prose: Callable[[int], bool]
    chrome: Callable[[int], bool]
    end: int | None  # the unit the review ends with, by the answers (None: not found)
    title: str


_OFF: dict[str, Any] = {
    "WEIGHTS": {},
    "THRESHOLD": 0.5,
}


@contextmanager
def _model(**values: Any) -> Iterator[None]:
    """Both models switched off, but for the weights and thresholds given."""
    saved = {name: getattr(zone_weights, name) for name in _OFF}
    for name, value in {**_OFF, **values}.items():
        setattr(zone_weights, name, value)
    try:
        yield
    finally:
        for name, value in saved.items():
            setattr(zone_weights, name, value)


def _end_unit(units: list[str], first: int, ends: str) -> int | None:
    key = fold(ends)
    for i in range(first, len(units)):
        if fold(units[i]).endswith(key):
            return i
    return None


def collect(corpus: Path) -> list[Page]:
    """The pages of a corpus as the rules find them (model off), with their true ends."""
    pages: list[Page] = []
    seen: list[tuple[Any, list[int], str]] = []
    original = scraped._body

    def watch(page: Any, start: int, title: str, reviewer: Any) -> Any:
        result = original(page, start, title, reviewer)
        seen.append((page, list(result[0]), title))
        return result

    scraped._body = watch
    try:
        with _model():
            for doc, answers_path in documents(corpus):
                with answers_path.open("rb") as handle:
                    answers = tomllib.load(handle)
                seen.clear()
                parse_file(doc, corpus / "docs")
                if not seen or not answers.get("body_ends"):
                    continue
                page, body, title = seen[-1]
                kept = body
                if not kept:
                    continue
                end = _end_unit(page.units, kept[0], str(answers["body_ends"]))
                pages.append(
                    Page(
                        doc.name,
                        page.units,
                        kept,
                        page.prose,
                        page.chrome,
                        end,
                        title,
                    )
                )
    finally:
        scraped._body = original
    return pages


def examples(pages: list[Page]) -> list[tuple[dict[str, float], int]]:
    """(features, 1 for the review's own paragraph, 0 for the page's) near each review's end."""
    out: list[tuple[dict[str, float], int]] = []
    for page in pages:
        if page.end is None:
            continue
        ctx = zones.context(page.units, page.kept, page.prose, page.chrome, page.title)
        paragraphs = [i for i in range(page.kept[0], len(page.units)) if page.prose(i)]
        own = [i for i in paragraphs if i <= page.end][-BEFORE_END:]
        theirs = [i for i in paragraphs if i > page.end][:AFTER_END]
        out.extend((zones.features(ctx, i), 1) for i in own)
        out.extend((zones.features(ctx, i), 0) for i in theirs)
    return out


def fit(data: list[tuple[dict[str, float], int]]) -> dict[str, float]:
    """Logistic regression by full-batch gradient descent, classes weighted alike, L2."""
    names = sorted({name for f, _ in data for name in f})
    weights = dict.fromkeys(names, 0.0)
    positives = sum(y for _, y in data) or 1
    negatives = (len(data) - positives) or 1
    scale = {1: len(data) / (2 * positives), 0: len(data) / (2 * negatives)}
    for _ in range(STEPS):
        grad = dict.fromkeys(names, 0.0)
        for f, y in data:
            p = zones.probability(f, weights)
            err = (p - y) * scale[y]
            for name, value in f.items():
                grad[name] += err * value
        for name in names:
            penalty = 0.0 if name == "bias" else L2 * weights[name]
            weights[name] -= RATE * (grad[name] / len(data) + penalty)
    return {name: round(w, 4) for name, w in weights.items() if abs(w) >= 1e-4}


def simulated(pages: list[Page], weights: dict[str, float], threshold: float) -> int:
    """How many bodies end at their true end once the model trims them (the rules' body)."""
    right = 0
    for page in pages:
        if page.end is None:
            continue
        kept = zones.trim_tail(
            page.units, list(page.kept), page.prose, page.chrome, page.title, weights, threshold
        )
        right += bool(kept) and kept[-1] == page.end
    return right


def choose(pages: list[Page], weights: dict[str, float], judge: Callable[..., int]) -> float:
    """The threshold that does best on the training pages (the lowest among equals: the
    model overrules the rules only when it must)."""
    best, best_right = 0.0, judge(pages, weights, 0.0)
    for t in THRESHOLDS:
        right = judge(pages, weights, t)
        if right > best_right:
            best, best_right = t, right
    return best


def score(corpus: Path, **values: Any) -> dict[str, tuple[int, int]]:
    """(earned, possible) per field and in all, with the models as given."""
    with _model(**values):
        result = run(corpus)
    table = {name: (result.earned[name], result.possible[name]) for name in FIELDS}
    table["total"] = (sum(result.earned.values()), sum(result.possible.values()))
    table["invented"] = (len(result.invented), 0)
    return table


def _line(name: str, table: dict[str, tuple[int, int]]) -> str:
    cells = "  ".join(f"{f} {table[f][0]}/{table[f][1]}" for f in REPORTED)
    earned, possible = table["total"]
    return (
        f"{name:14} total {earned}/{possible} = {100 * earned / possible:.2f} %  {cells}  "
        f"invented {table['invented'][0]}"
    )


@dataclass(frozen=True)
class Model:
    """One of the two models: how its examples are made, how it is judged, where it goes."""

    name: str
    examples: Callable[[list[Page]], list[tuple[dict[str, float], int]]]
    judge: Callable[[list[Page], dict[str, float], float], int]
    weights: str  # the names of its weights and threshold in zone_weights
    threshold: str


MODELS = (Model("closing paragraphs", examples, simulated, "WEIGHTS", "THRESHOLD"),)


def evaluate(
    model: Model,
    train: list[tuple[str, Path]],
    validate: list[tuple[str, Path]],
    pages: dict[str, list[Page]],
) -> tuple[dict[str, float], float]:
    """Print the model's leave-one-set-out and validation figures against the rules'; return
    its weights and threshold fitted on every training set."""
    print(f"\n== {model.name}")
    data = {name: model.examples(p) for name, p in pages.items()}
    print(f"examples {sum(map(len, data.values()))}")
    if len(train) > 1:
        print("leave one set out (fit on the others, score the one left out):")
        rules: dict[str, tuple[int, int]] = {}
        fitted: dict[str, tuple[int, int]] = {}
        for name, path in train:
            weights = fit([e for other, d in data.items() if other != name for e in d])
            others = [page for other, p in pages.items() if other != name for page in p]
            threshold = choose(others, weights, model.judge)
            before = score(path)
            after = score(path, **{model.weights: weights, model.threshold: threshold})
            rules, fitted = _add(rules, before), _add(fitted, after)
            print(_line(f"{name} rules", before))
            print(_line(f"{name} model", after) + f"  (threshold {threshold})")
        print(_line("LOSO rules", rules))
        print(_line("LOSO model", fitted))
    weights = fit([e for d in data.values() for e in d])
    threshold = choose([page for p in pages.values() for page in p], weights, model.judge)
    print(f"fitted on every training set: threshold {threshold}")
    for name, value in sorted(weights.items(), key=lambda kv: -abs(kv[1])):
        print(f"  {name:18} {value:+.3f}")
    if validate:
        print("validation sets (fit on every training set):")
        for name, path in validate:
            print(_line(f"{name} rules", score(path)))
            print(
                _line(
                    f"{name} model",
                    score(path, **{model.weights: weights, model.threshold: threshold}),
                )
            )
    return weights, threshold


def write_weights(values: dict[str, Any]) -> None:
    """Write the fitted weights and thresholds as the module the parser reads."""
    lines = [
        '"""The weights of the models of `zones.py`. Written by `bench/zone_fit.py`."""',
        "",
    ]
    for name in _OFF:
        value = values.get(name, _OFF[name])
        if isinstance(value, dict) and not value:
            lines.append(f"{name}: dict[str, float] = {{}}")
        elif isinstance(value, dict):
            lines.append(f"{name}: dict[str, float] = {{")
            lines.extend(f"    {k!r}: {v!r}," for k, v in sorted(value.items()))
            lines.append("}")
        else:
            lines.append(f"{name} = {value!r}")
    WEIGHTS_FILE.write_text("\n".join(lines).replace("'", '"') + "\n", encoding="utf-8")


def _named(items: list[str]) -> list[tuple[str, Path]]:
    out = []
    for item in items:
        name, _, path = item.partition("=")
        out.append((name, Path(path)))
    return out


def _add(
    a: dict[str, tuple[int, int]], b: dict[str, tuple[int, int]]
) -> dict[str, tuple[int, int]]:
    return {k: (a.get(k, (0, 0))[0] + v[0], a.get(k, (0, 0))[1] + v[1]) for k, v in b.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--train", nargs="*", default=[], metavar="NAME=DIR")
    parser.add_argument("--validate", nargs="*", default=[], metavar="NAME=DIR")
    parser.add_argument(
        "--write",
        nargs="*",
        choices=[m.weights for m in MODELS],
        help="write these models' weights (fitted on every training set)",
    )
    args = parser.parse_args()
    train = _named(args.train) or [("corpus", CORPUS)]
    validate = _named(args.validate)
    pages = {name: collect(path) for name, path in train}
    found = sum(1 for p in pages.values() for page in p if page.end is not None)
    total = sum(len(p) for p in pages.values())
    print(f"training pages {total}, true end found on {found}")
    values: dict[str, Any] = {}
    for model in MODELS:
        weights, threshold = evaluate(model, train, validate, pages)
        if args.write and model.weights in args.write:
            values[model.weights], values[model.threshold] = weights, threshold
    if args.write is not None:
        write_weights(values)
        print(f"\nwrote {WEIGHTS_FILE}")


if __name__ == "__main__":
    main()
