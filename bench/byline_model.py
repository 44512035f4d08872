"""Fit the byline model's weights (`reeltui.parse.bylines`) and say how it does on pages it
was not fitted on.

Each document of the given corpora is parsed with the model switched off; what the rules
found, the page's lines, where its headline and its review text stand, and the film's people
are recorded. Every candidate of `bylines.candidates` gets its features; the weights are
fitted by a conditional logit (a softmax over the page's candidates and "no byline", plain
gradient descent with an L2 penalty, pure Python). The model answers only where the rules
found no byline, and only above `bylines.THRESHOLD`.

Reported, per left-out set (leave-one-set-out over the fitting sets) and on the validation
sets (fitted on all the fitting sets): how often the rules alone, the model alone and the two
together get the reviewer right (right means the answers' name, or none where the answers
have none).

    python -m bench.byline_model [--fit DIR ...] [--check DIR ...] [--records-from ROOT DIR]
    python -m bench.byline_model --write     # also rewrite the weights in bylines.py

The weights in `bylines.py` were fitted on the development corpus and held-out sets 1–5
(`--fit` with the six folders, in that order; the fit is deterministic), with sets 6 and 7 as
`--check`, and each of them once more with `--records-from` the tree of the last commit before
its sites were read.

`--records-from ROOT DIR` parses DIR with the source tree under ROOT (a `git archive` of an
older commit, say, written before DIR's sites were read by anyone) in a child process: how the
model does beside rules that never saw those pages.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

from bench import clogit
from bench.fidelity import CORPUS, documents

_BYLINES = Path(__file__).resolve().parents[1] / "src" / "reeltui" / "parse" / "bylines.py"

Record = dict[str, Any]


def record(corpus: Path) -> list[Record]:
    """What the rules make of every document of `corpus`, with the model off."""
    import importlib

    from reeltui.parse import html, parse_file, scraped
    from reeltui.text import clean

    with contextlib.suppress(ImportError):  # an older tree has no model to switch off
        setattr(importlib.import_module("reeltui.parse.bylines"), "WEIGHTS", {})  # noqa: B010
    last: dict[str, Any] = {}
    original = scraped.parse_scraped

    def wrapped(text: str, **kw: Any) -> Any:
        review = original(text, **kw)
        last["units"] = scraped._units(text if kw.get("cleaned") else clean(text))
        last["review"] = review
        return review

    scraped.parse_scraped = wrapped
    setattr(html, "parse_scraped", wrapped)  # noqa: B010
    records = []
    try:
        for doc, answers_path in documents(corpus):
            answers = tomllib.loads(answers_path.read_text(encoding="utf-8"))
            last.clear()
            review = parse_file(doc, corpus / "docs")
            units: list[str] = last.get("units", [])
            inner = last.get("review", review)
            paragraphs = [p for s in inner.sections for p in s.paragraphs]
            h = _find(units, inner.headline, 0) or 0
            start = _find(units, paragraphs[0], h + 1) if paragraphs else None
            start = min(len(units), h + 1) if start is None else start
            end = _find(units, paragraphs[-1], start) if paragraphs else None
            records.append(
                {
                    "doc": doc.name,
                    "units": units,
                    "h": h,
                    "start": start,
                    "end": start if end is None else end,
                    "people": [c.actor for c in review.cast] + list(review.directors),
                    "body": " ".join(paragraphs),
                    "rules": review.reviewer.name if review.reviewer else None,
                    "answer": answers.get("reviewer"),
                }
            )
    finally:
        scraped.parse_scraped = original
        setattr(html, "parse_scraped", original)  # noqa: B010
    return records


def _find(units: list[str], text: str, start: int) -> int | None:
    for i in range(start, len(units)):
        if units[i] == text:
            return i
    for i in range(start, len(units)):
        if text[:60] and units[i].startswith(text[:60]):
            return i
    return None


def _features(r: Record) -> list[tuple[str, tuple[str, ...]]]:
    from reeltui.parse import bylines
    from reeltui.parse.layout import loose_key

    people = frozenset(loose_key(p) for p in r["people"])
    found = bylines.candidates(
        r["units"], r["h"], r["start"], r["end"], people, f" {loose_key(r['body'])} ", r["body"]
    )
    return [(c.name, c.features) for c in found]


def _same(a: str | None, b: str | None) -> bool:
    from reeltui.text import fold

    return a is not None and b is not None and fold(a) == fold(b)


def fit(
    records: list[Record], l2: float = 0.05, epochs: int = 200, rate: float = 0.3
) -> dict[str, float]:
    """The weights of a conditional logit over each page's candidates and "no byline"."""
    pages: list[clogit.Page] = []
    for r in records:
        found = r["_candidates"]
        right = next((k for k, (name, _) in enumerate(found) if _same(name, r["answer"])), -1)
        if found:
            pages.append(([f for _, f in found], right))
    return clogit.fit(pages, none_allowed=True, l2=l2, epochs=epochs, rate=rate)


def judge(records: list[Record], weights: dict[str, float], threshold: float) -> dict[str, int]:
    """Right answers of the rules, the model alone, and the rules with the model's fill."""
    from reeltui.parse import bylines

    out = {"pages": len(records), "rules": 0, "model": 0, "together": 0}
    for r in records:
        found = [bylines.Candidate(n, 0, f) for n, f in r["_candidates"]]
        top = bylines.best(found, weights)
        model = top[0] if top and top[1] >= threshold else None
        rules = r["rules"]
        for key, value in (("rules", rules), ("model", model), ("together", rules or model)):
            answer = r["answer"]
            out[key] += _same(value, answer) or (value is None and answer is None)
    return out


def _records_from(root: Path, corpus: Path) -> list[Record]:
    """`record` run in a child process on the source tree under `root`."""
    code = (
        "import sys, json; from pathlib import Path; from bench.byline_model import record; "
        f"print(json.dumps(record(Path({str(corpus)!r}))))"
    )
    env_path = f"{root / 'src'}:{Path(__file__).resolve().parents[1]}"
    done = subprocess.run(
        [sys.executable, "-c", f"import sys; sys.path[:0] = {env_path.split(':')!r}; {code}"],
        check=True,
        capture_output=True,
        text=True,
    )
    return list(json.loads(done.stdout))


def _line(name: str, result: dict[str, int]) -> str:
    n = result["pages"]
    return (
        f"| {name} | {n} | {result['rules']} | {result['model']} | {result['together']} "
        f"| {result['together'] - result['rules']:+d} |"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.byline_model", description=__doc__)
    parser.add_argument("--fit", type=Path, nargs="*", help="corpora to fit on (leave-one-out)")
    parser.add_argument("--check", type=Path, nargs="*", default=[], help="validation corpora")
    parser.add_argument(
        "--records-from", nargs=2, action="append", default=[], metavar=("ROOT", "DIR")
    )
    parser.add_argument("--write", action="store_true", help="rewrite the weights in bylines.py")
    args = parser.parse_args(argv)
    from reeltui.parse import bylines

    fitting = args.fit or [CORPUS]
    sets = {str(c): record(c) for c in fitting}
    for records in sets.values():
        for r in records:
            r["_candidates"] = _features(r)
    header = [
        "| set | pages | rules | model | together | change |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    if len(sets) > 1:
        print("Leave one set out (fitted on the others):")
        print("\n".join(header))
        total = {"pages": 0, "rules": 0, "model": 0, "together": 0}
        for name, records in sets.items():
            rest = [r for other, rs in sets.items() if other != name for r in rs]
            result = judge(records, fit(rest), bylines.THRESHOLD)
            print(_line(name, result))
            for k, v in result.items():
                total[k] += v
        print(_line("all left out", total))
    else:
        print("One set to fit on: nothing to leave out (give several with --fit).")
    weights = fit([r for rs in sets.values() for r in rs])
    checks = [(str(c), record(c)) for c in args.check]
    checks += [
        (f"{d} (parser {root})", _records_from(Path(root), Path(d)))
        for root, d in args.records_from
    ]
    if checks:
        print("\nValidation (fitted on every fitting set):")
        print("\n".join(header))
        for name, records in checks:
            for r in records:
                r["_candidates"] = _features(r)
            print(_line(name, judge(records, weights, bylines.THRESHOLD)))
    if args.write:
        clogit.write_weights(_BYLINES, weights)
    return 0


if __name__ == "__main__":
    sys.exit(main())
