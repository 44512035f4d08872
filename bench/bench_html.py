"""Saved web pages: trafilatura against the project's own tokenizer, on the corpus's `.html`.

Each page is read with both engines of `reeltui.parse.html.parse_html` ("own": the linear
tokenizer alone; "auto": trafilatura's main text and metadata, with the tokenizer's labelled
lines) and scored with `bench.fidelity`; the time per page is the best of five parses, in CPU
time (so other work on the machine does not count). Also times both on crafted worst cases of
a 1 MiB page.

    python -m bench.bench_html [--corpus DIR]
"""

from __future__ import annotations

import argparse
import sys
import time
import tomllib
from pathlib import Path

from bench.fidelity import CORPUS, FIELDS, Score, documents, score_document
from reeltui.parse.html import parse_html
from reeltui.parse.reading import decode_document

ENGINES = ("own", "auto")


def _time(page: str, engine: str, repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        parse_html(page, path=Path("p.html"), review_id="p", problems=[], engine=engine)
        best = min(best, time.process_time() - started)
    return best


def _crafted() -> dict[str, str]:
    mib = 1024 * 1024
    paragraph = "<p>" + "A sentence of an ordinary review, with words. " * 8 + "</p>\n"
    return {
        "1 MiB of paragraphs": "<html><body><article>"
        + paragraph * (mib // len(paragraph))
        + "</article></body></html>",
        "1 MiB of unclosed <a ": "<a " * (mib // 3),
        "1 MiB of nested divs": "<div>" * (mib // 11) + "x" + "</div>" * (mib // 11),
        "1 MiB of unclosed <p>": "<p>word " * (mib // 8),
    }


def main(argv: list[str] | None = None) -> int:
    """Print fields right and time per page for each engine, and the crafted pages' times."""
    parser = argparse.ArgumentParser(prog="python -m bench.bench_html", description=__doc__)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args, _ = parser.parse_known_args(argv)
    pages = [(doc, answers) for doc, answers in documents(args.corpus) if doc.suffix == ".html"]
    print(f"{len(pages)} saved pages\n")
    print("| engine | fields right | of | % | ms per page (median) |")
    print("|---|---:|---:|---:|---:|")
    for engine in ENGINES:
        score = Score()
        times: list[float] = []
        for doc, answers_path in pages:
            text, notes = decode_document(doc.read_bytes())
            with answers_path.open("rb") as handle:
                answers = tomllib.load(handle)
            review = parse_html(text, path=doc, review_id=doc.stem, problems=notes, engine=engine)
            score_document(doc.name, answers, review, score)
            times.append(_time(text, engine))
        earned, possible = sum(score.earned.values()), sum(score.possible.values())
        times.sort()
        median = times[len(times) // 2] * 1000 if times else 0.0
        print(f"| {engine} | {earned} | {possible} | {100 * score.total:.1f} | {median:.1f} |")
        fields = ", ".join(
            f"{name} {score.earned[name]}/{score.possible[name]}"
            for name in FIELDS
            if score.possible[name]
        )
        print(f"|   ({engine} by field) | {fields} | | | |")
    print("\n| crafted page | own (s) | auto (s) |")
    print("|---|---:|---:|")
    for name, page in _crafted().items():
        print(f"| {name} | {_time(page, 'own', 1):.2f} | {_time(page, 'auto', 1):.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
