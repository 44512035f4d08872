"""Every field the parsers produce, dumped as JSON, to check a speed change alters no output.

Parses every document of `tests/corpus/docs`, `tests/read_sets/docs` and `data/reviews`, the
hostile folder of `tests/hostile.py` (its 30 MB review and 5 MB line included), 3,000
generated reviews (seeds 7, 11 and 23) and 200 more read as Markdown and as saved pages, and
writes each `Review` (or the problem a file gave) with its catalog row (`doc_row`) as one
sorted JSON file. Run it before a change and after, and compare:

    python -m bench.parse_dump /tmp/before.json
    python -m bench.parse_dump /tmp/after.json --compare /tmp/before.json

`--compare` exits 1 and names the documents that differ. File times are left out (the
hostile folder is made anew each run).
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench.make_corpus import generate
from reeltui.library.refresh import parse_safely
from reeltui.library.rows import doc_row
from reeltui.model import Review
from reeltui.parse import SUFFIXES, parse_bytes

REPO = Path(__file__).resolve().parents[1]


def _plain(value: object) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple) and hasattr(value, "_asdict"):  # a named tuple: by field
        return {name: _plain(v) for name, v in value._asdict().items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return repr(value)


def _file(path: Path, root: Path) -> dict[str, Any]:
    result = parse_safely(path, root, "x")
    entry: dict[str, Any] = {"type": type(result).__name__, "result": _plain(result)}
    if isinstance(result, Review):
        entry["row"] = _plain(doc_row(result))
        entry["result"].pop("mtime", None)
        entry["row"].pop("mtime", None)
    return entry


def dump() -> dict[str, Any]:
    """Every document's parse, keyed by where it came from."""
    sys.path.insert(0, str(REPO / "tests"))
    hostile = importlib.import_module("hostile")  # the tests' generator of hostile files

    out: dict[str, Any] = {}
    for base in ("tests/corpus/docs", "tests/read_sets/docs", "data/reviews"):
        root = REPO / base
        for path in sorted(root.rglob("*")):
            if path.is_file():
                out[f"{base}/{path.relative_to(root)}"] = _file(path, root)
    # A fixed place, made anew: the paths are in the output, so two runs must share them.
    root = Path(tempfile.gettempdir()) / "reeltui-parse-dump" / "hostile"
    shutil.rmtree(root, ignore_errors=True)
    hostile.make_hostile_corpus(root)
    for path in sorted(root.rglob("*"), key=str):
        try:
            if path.is_file() and not path.is_symlink():
                name = os.fsencode(str(path.relative_to(root))).hex()
                out[f"hostile/{name}"] = _file(path, root)
        except OSError:
            pass
    for seed, count in ((7, 1500), (11, 1000), (23, 500)):
        for i, item in enumerate(generate(count, seed)):
            review = parse_bytes(item.text.encode(), path=Path(f"{i}.txt"), review_id=str(i))
            out[f"gen/{seed}/{i}"] = {"result": _plain(review), "row": _plain(doc_row(review))}
    for i, item in enumerate(generate(200, 5)):
        for suffix in (".md", ".html"):
            review = parse_bytes(
                item.text.encode(),
                path=Path(f"{i}{suffix}"),
                review_id=str(i),
                fmt=SUFFIXES[suffix],
            )
            out[f"genfmt/{suffix}/{i}"] = {"result": _plain(review)}
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.parse_dump", description=__doc__)
    parser.add_argument("out", type=Path, help="the JSON file to write")
    parser.add_argument("--compare", type=Path, help="an earlier dump to compare with")
    args = parser.parse_args(argv)
    documents = dump()
    args.out.write_text(json.dumps(documents, sort_keys=True, ensure_ascii=True, indent=0))
    print(f"{len(documents)} documents written to {args.out}")
    if args.compare is None:
        return 0
    before = json.loads(args.compare.read_text())
    differ = sorted(
        k for k in before.keys() | documents.keys() if before.get(k) != documents.get(k)
    )
    for key in differ[:50]:
        print(f"differs: {key}")
    print(f"{len(differ)} of {len(before.keys() | documents.keys())} documents differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
