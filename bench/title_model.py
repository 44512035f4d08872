"""Fit the title model's weights (`reeltui.parse.titles`) and say how it does on pages it was
not fitted on.

Each document of the given corpora is parsed with the model switched off; every distinct
title candidate the parser weighs (the rules' and the model's own), with its features, and the
rules' choice are recorded. The weights are fitted by a conditional logit (a softmax over the
page's candidates, plain gradient descent with an L2 penalty, pure Python) on the pages where
one candidate is the answers' title. A page where none is counts against every method.

The parser asks the model only where the rules' choice is weak (see `scraped`): only those
pages have candidates, and only they are fitted on.

Reported, per left-out set (leave-one-set-out over the fitting sets) and on the validation
sets (fitted on all the fitting sets): pages; pages where the model was asked; of those, how
often the right title is among the candidates and how often the model alone picks it; and on
all pages how often the rules alone, and the rules overruled by the model when it is
`titles.MARGIN` surer, pick it (before the parser's last touches: capitals as the review writes
them, a season's number or a year taken off; a number taken off counts as right).

    python -m bench.title_model [--fit DIR ...] [--check DIR ...]
    python -m bench.title_model --fit ... --write    # also rewrite the weights in titles.py

The weights in `titles.py` were fitted on the development corpus and held-out sets 1-5
(`--fit` with the six folders, in that order; the fit is deterministic), with sets 6 and 7 as
`--check`.
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from pathlib import Path
from typing import Any

from bench import clogit
from bench.fidelity import CORPUS, documents

_TITLES = Path(__file__).resolve().parents[1] / "src" / "reeltui" / "parse" / "titles.py"

Record = dict[str, Any]


def record(corpus: Path) -> list[Record]:
    """The candidates, their features and the rules' choice for every document of `corpus`."""
    from reeltui.parse import parse_file, titles
    from reeltui.parse.layout import loose_key

    saved, decide = dict(titles.WEIGHTS), titles.decide
    last: dict[str, Any] = {}

    def wrapped(
        scored: list[Any], weights: dict[str, float], chosen: str, margin: float | None = None
    ) -> str | None:
        last["scored"] = [(c.text, c.key, c.features) for c in scored]
        last["chosen"] = chosen
        return None

    titles.WEIGHTS.clear()
    titles.WEIGHTS["-"] = 0.0  # (not empty: the parser asks the model only when it has weights)
    titles.decide = wrapped
    records = []
    try:
        for doc, answers_path in documents(corpus):
            answers = tomllib.loads(answers_path.read_text(encoding="utf-8"))
            last.clear()
            review = parse_file(doc, corpus / "docs")
            answer = answers.get("title")
            records.append(
                {
                    "doc": doc.name,
                    # (a page whose rules' choice is strong never asks the model)
                    "scored": last.get("scored", []),
                    "chosen": last.get("chosen", loose_key(review.film.title)),
                    "answer": loose_key(answer) if answer else "",
                }
            )
    finally:
        titles.decide = decide
        titles.WEIGHTS.clear()
        titles.WEIGHTS.update(saved)
    return records


def _same(key: str, answer: str) -> bool:
    """The answers' title, or it with a number the parser takes off after the choice: a
    season ("Gullak 4") or a year ("Everything Everywhere All at Once 2022")."""
    if key == answer:
        return True
    return key.startswith(f"{answer} ") and _TAKEN_OFF.fullmatch(key[len(answer) + 1 :]) is not None


_TAKEN_OFF = re.compile(r"\d{1,2}|(?:19|20)\d\d")


def _right(r: Record) -> int:
    return next((k for k, (_, key, _) in enumerate(r["scored"]) if _same(key, r["answer"])), -1)


def fit(
    records: list[Record], l2: float = 0.05, epochs: int = 300, rate: float = 0.3
) -> dict[str, float]:
    """The weights of a conditional logit over each page's candidates."""
    pages: list[clogit.Page] = []
    for r in records:
        right = _right(r)
        if right >= 0 and len(r["scored"]) > 1:
            pages.append(([f for _, _, f in r["scored"]], right))
    return clogit.fit(pages, none_allowed=False, l2=l2, epochs=epochs, rate=rate)


def judge(records: list[Record], weights: dict[str, float], margin: float) -> dict[str, int]:
    """Candidates holding the answer; right answers of the rules, the model, and the two."""
    from reeltui.parse import titles
    from reeltui.parse.layout import loose_key

    out = {"pages": len(records), "asked": 0, "covered": 0, "rules": 0, "model": 0, "together": 0}
    for r in records:
        scored = [titles.Scored(t, k, tuple(f)) for t, k, f in r["scored"]]
        top = titles.best(scored, weights)
        model = top[0].key if top else ""
        picked = titles.decide(scored, weights, r["chosen"], margin)
        together = loose_key(picked) if picked else r["chosen"]
        out["asked"] += bool(scored)
        out["covered"] += _right(r) >= 0
        out["rules"] += _same(r["chosen"], r["answer"])
        out["model"] += _same(model, r["answer"])
        out["together"] += _same(together, r["answer"])
    return out


def _line(name: str, result: dict[str, int]) -> str:
    columns = ("pages", "asked", "covered", "rules", "model", "together")
    return f"| {name} | " + " | ".join(str(result[c]) for c in columns) + " |"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.title_model", description=__doc__)
    parser.add_argument("--fit", type=Path, nargs="*", help="corpora to fit on (leave-one-out)")
    parser.add_argument("--check", type=Path, nargs="*", default=[], help="validation corpora")
    parser.add_argument("--margin", type=float, default=None, help="instead of titles.MARGIN")
    parser.add_argument("--misses", action="store_true", help="list the left-out misses")
    parser.add_argument("--write", action="store_true", help="rewrite the weights in titles.py")
    args = parser.parse_args(argv)
    from reeltui.parse import titles

    margin = titles.MARGIN if args.margin is None else args.margin
    fitting = args.fit or [CORPUS]
    sets = {str(c): record(c) for c in fitting}
    header = [
        "| set | pages | asked | covered | rules | model | together |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    if len(sets) > 1:
        print("Leave one set out (fitted on the others):")
        print("\n".join(header))
        total = {"pages": 0, "asked": 0, "covered": 0, "rules": 0, "model": 0, "together": 0}
        for name, records in sets.items():
            rest = [r for other, rs in sets.items() if other != name for r in rs]
            weights = fit(rest)
            result = judge(records, weights, margin)
            print(_line(name, result))
            for k, v in result.items():
                total[k] += v
            if args.misses:
                for r in records:
                    scored = [titles.Scored(t, k, tuple(f)) for t, k, f in r["scored"]]
                    top = titles.best(scored, weights)
                    if top and not _same(top[0].key, r["answer"]):
                        print(f"    {r['doc']}: want {r['answer']!r} model {top[0].key!r}")
        print(_line("all left out", total))
    weights = fit([r for rs in sets.values() for r in rs])
    if args.check:
        print("\nValidation (fitted on every fitting set):")
        print("\n".join(header))
        for c in args.check:
            print(_line(str(c), judge(record(c), weights, margin)))
    if args.write:
        clogit.write_weights(_TITLES, weights)
    return 0


if __name__ == "__main__":
    sys.exit(main())
