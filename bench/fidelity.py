"""Extraction fidelity: how much of each document the parser gets right, field by field.

A corpus is a folder with `docs/` (review pages saved as `.txt` or `.html`) and `answers/`
(one TOML file per document, same stem: a careful human reading; `tests/corpus/README.md`
describes the format). Each document is parsed with `reeltui.parse.parse_file` and compared
with its answers:

- scalar fields (title, year, kind, season, reviewer, rating, runtime, platform): one point
  each, right when equal after folding (case, accents, quote styles, white space). A key the
  answers leave out means the right value is "none", and anything extracted is wrong;
- directors, cast (the actors) and headings: one point per expected item found, one point lost
  per item extracted that is not expected (a document's score for a field never goes below
  zero). An empty expected list is worth one point, earned when nothing is extracted;
- roles: one point per expected role, right when the actor was found with that role (folded,
  a leading "a", "an" or "the" ignored);
- body_starts / body_ends: one point each, right when the review text starts / ends with them;
- chrome: one point, right when none of the chrome strings is in the review text or headings.

An invented actor is an extracted actor who is not in the answers' cast; those that the answers
list under `not_cast` are counted apart. Prints the per-field table, the total, and every miss.

    python -m bench.fidelity [--corpus DIR] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reeltui.model import Review
from reeltui.parse import parse_file
from reeltui.text import fold

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "corpus"
#: The ratchet: the lowest total the corpus may score (the test and RESULTS.md use it).
FLOOR_FILE = Path(__file__).resolve().parent / "fidelity_floor.txt"

SCALARS = ("title", "year", "kind", "season", "reviewer", "rating", "runtime", "platform")
FIELDS = (
    *SCALARS,
    "directors",
    "cast",
    "roles",
    "headings",
    "body_starts",
    "body_ends",
    "chrome",
)
_SUFFIXES = (".txt", ".html")


@dataclass(frozen=True, slots=True)
class Miss:
    """One field of one document that the parser got wrong."""

    document: str
    field: str
    expected: str
    got: str


@dataclass
class Score:
    """Points earned and possible per field, the misses, and the invented actors."""

    earned: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    possible: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    misses: list[Miss] = field(default_factory=list)
    invented: list[tuple[str, str]] = field(default_factory=list)
    invented_not_cast: list[tuple[str, str]] = field(default_factory=list)
    documents: int = 0

    @property
    def total(self) -> float:
        """Points earned over points possible, across every field."""
        possible = sum(self.possible.values())
        return sum(self.earned.values()) / possible if possible else 0.0

    def add(self, doc: str, name: str, earned: int, possible: int, want: Any, got: Any) -> None:
        """Record one field of one document."""
        self.earned[name] += earned
        self.possible[name] += possible
        if earned < possible:
            self.misses.append(Miss(doc, name, _show(want), _show(got)))


def _show(value: Any) -> str:
    if value is None:
        return "none"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_show(v) for v in value) + "]"
    return str(value)


def _key(value: object) -> str:
    return fold(str(value)) if value is not None else ""


def _role_key(role: str | None) -> str:
    folded = _key(role).strip(" .,'\"")
    for article in ("a ", "an ", "the "):
        if folded.startswith(article):
            return folded[len(article) :]
    return folded


def extracted(review: Review) -> dict[str, Any]:
    """The scored values of a parsed review."""
    return {
        "title": review.film.title,
        "year": review.film.year,
        "kind": str(review.film.kind),
        "season": review.film.season,
        "reviewer": review.reviewer.name if review.reviewer else None,
        "rating": review.rating,
        "runtime": review.runtime_minutes,
        "platform": review.platform,
        "directors": list(review.directors),
        "cast": [(c.actor, c.role) for c in review.cast],
        "headings": [s.heading for s in review.sections if s.heading],
    }


def _list_score(want: list[str], got: list[str]) -> tuple[int, int]:
    """(earned, possible) for a list field: found minus extras, floored at zero."""
    if not want:
        return (0 if got else 1), 1
    wanted = {_key(w) for w in want}
    found = len(wanted & {_key(g) for g in got})
    extra = len({_key(g) for g in got} - wanted)
    return max(0, found - extra), len(wanted)


def score_document(name: str, answers: dict[str, Any], review: Review, score: Score) -> None:
    """Add one document's points, misses and invented actors to `score`."""
    got = extracted(review)
    want_scalars = {
        "title": answers.get("title"),
        "year": answers.get("year"),
        "kind": answers.get("kind", "film"),
        "season": answers.get("season"),
        "reviewer": answers.get("reviewer"),
        "rating": answers.get("rating"),
        "runtime": answers.get("runtime_minutes"),
        "platform": answers.get("platform"),
    }
    for key in SCALARS:
        want = want_scalars[key]
        right = _key(want) == _key(got[key])
        score.add(name, key, int(right), 1, want, got[key])

    directors = [str(d) for d in answers.get("directors", [])]
    earned, possible = _list_score(directors, got["directors"])
    score.add(name, "directors", earned, possible, directors, got["directors"])

    cast: list[dict[str, Any]] = list(answers.get("cast", []))
    actors = [str(c["actor"]) for c in cast]
    got_actors = [a for a, _ in got["cast"]]
    earned, possible = _list_score(actors, got_actors)
    score.add(name, "cast", earned, possible, actors, got_actors)

    got_roles = {_key(a): _role_key(r) for a, r in got["cast"]}
    for credit in cast:
        if "role" not in credit:
            continue
        actor, role = str(credit["actor"]), str(credit["role"])
        have = got_roles.get(_key(actor))
        right = have is not None and have == _role_key(role)
        score.add(name, "roles", int(right), 1, f"{actor} as {role}", have)

    headings = [str(h) for h in answers.get("headings", [])]
    earned, possible = _list_score(headings, got["headings"])
    score.add(name, "headings", earned, possible, headings, got["headings"])

    paragraphs = [p for s in review.sections for p in s.paragraphs]
    text = _key(" ".join(paragraphs))
    starts, ends = answers.get("body_starts"), answers.get("body_ends")
    first = paragraphs[0][:80] if paragraphs else None
    last = paragraphs[-1][-80:] if paragraphs else None
    if starts is not None:
        score.add(name, "body_starts", int(text.startswith(_key(starts))), 1, starts, first)
    if ends is not None:
        score.add(name, "body_ends", int(text.endswith(_key(ends))), 1, ends, last)
    chrome = [str(c) for c in answers.get("chrome", [])]
    if chrome:
        shown = _key(review.body_text())
        leaked = [c for c in chrome if _key(c) in shown]
        score.add(name, "chrome", int(not leaked), 1, "none of them", leaked)

    cast_keys = {_key(a) for a in actors}
    not_cast = {_key(n) for n in answers.get("not_cast", [])}
    for actor in got_actors:
        if _key(actor) not in cast_keys:
            score.invented.append((name, actor))
            if _key(actor) in not_cast:
                score.invented_not_cast.append((name, actor))


def documents(corpus: Path) -> Iterable[tuple[Path, Path]]:
    """(document, answers) pairs of a corpus, in name order; documents without answers skipped."""
    for doc in sorted((corpus / "docs").iterdir()):
        answers = corpus / "answers" / f"{doc.stem}.toml"
        if doc.suffix in _SUFFIXES and answers.is_file():
            yield doc, answers


def run(corpus: Path) -> Score:
    """Score every document of a corpus."""
    score = Score()
    docs = corpus / "docs"
    for doc, answers_path in documents(corpus):
        with answers_path.open("rb") as handle:
            answers = tomllib.load(handle)
        review = parse_file(doc, docs)
        score_document(doc.name, answers, review, score)
        score.documents += 1
    return score


def read_floor(path: Path = FLOOR_FILE) -> float:
    """The recorded ratchet figure, a fraction (0.97 for 97%)."""
    return float(path.read_text(encoding="utf-8").split()[0])


def as_json(score: Score) -> dict[str, Any]:
    """The score as a JSON-ready object."""
    return {
        "documents": score.documents,
        "fields": {
            name: {"earned": score.earned[name], "possible": score.possible[name]}
            for name in FIELDS
        },
        "total": round(score.total, 4),
        "invented_actors": [{"document": d, "actor": a} for d, a in score.invented],
        "invented_not_cast": [{"document": d, "actor": a} for d, a in score.invented_not_cast],
        "misses": [
            {"document": m.document, "field": m.field, "expected": m.expected, "got": m.got}
            for m in score.misses
        ],
    }


def report(score: Score) -> str:
    """The per-field table, the total, the invented actors and every miss, as text."""
    lines = [
        f"{score.documents} documents",
        "",
        "| field | right | of | % |",
        "|---|---:|---:|---:|",
    ]
    for name in FIELDS:
        earned, possible = score.earned[name], score.possible[name]
        pct = 100 * earned / possible if possible else 100.0
        lines.append(f"| {name} | {earned} | {possible} | {pct:.1f} |")
    earned, possible = sum(score.earned.values()), sum(score.possible.values())
    lines.append(f"| **total** | {earned} | {possible} | {100 * score.total:.1f} |")
    lines.append("")
    lines.append(
        f"invented actors: {len(score.invented)} "
        f"({len(score.invented_not_cast)} of them listed as not cast)"
    )
    for doc, actor in score.invented:
        lines.append(f"  invented: {doc}: {actor}")
    lines.append("")
    lines.append(f"misses: {len(score.misses)}")
    for miss in score.misses:
        lines.append(
            f"  {miss.document} | {miss.field} | expected: {miss.expected} | got: {miss.got}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Score a corpus and print the result; exit 1 if the corpus folder has no documents."""
    parser = argparse.ArgumentParser(prog="python -m bench.fidelity", description=__doc__)
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="a folder with docs/, answers/")
    parser.add_argument("--json", action="store_true", help="print JSON for machines")
    args = parser.parse_args(argv)
    if not (args.corpus / "docs").is_dir():
        print(f"fidelity: no docs/ folder in {args.corpus}", file=sys.stderr)
        return 1
    score = run(args.corpus)
    if args.json:
        print(json.dumps(as_json(score), ensure_ascii=False, indent=2))
    else:
        print(report(score))
    return 0


if __name__ == "__main__":
    sys.exit(main())
