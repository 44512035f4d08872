"""One parse per document and test process: `reeltui.parse.parse_bytes` remembered by the
document's bytes.

Many tests scan the same few folders again (the samples, the TUI's three reviews, a corpus
made up alike by a fixture), each time in a new temporary folder and often several times a
test (cold, warm, without a cache): two thirds of such a test's time went to parsing documents
the process had parsed before. `install()` puts a memo in front of `parse_bytes`, keyed on
everything the parsers read (the bytes, the format, the file's name, the review's id and the
problems handed in); a document is parsed the first time a process meets it, and a copy of that
review, with the path of the file asked for, answers after that. Reading the file, its stamp
and its sidecar still happen on every call (`parse_file` does them around `parse_bytes`).

The parsers are imported when the memo is installed, and each call first checks that the
attributes of their modules (and of the text helpers and the model they use) are still the ones
they had then: while a test has changed one (`monkeypatch`), every call parses and nothing is
remembered.
Documents over `_LARGEST` bytes are parsed every time (the hostile corpus's huge files). Worker
processes of a scan parse as they always do.
"""

from __future__ import annotations

import sys
from collections import OrderedDict
from dataclasses import replace
from importlib import import_module
from pathlib import Path
from types import ModuleType
from typing import Any

import reeltui.parse
from reeltui.library.parsing import PARSERS

__all__ = ["install"]

#: Documents larger than this are never remembered.
_LARGEST = 256 * 1024
#: The most reviews remembered (the least recently used go first).
_MOST = 4096
#: The modules whose attributes the parsers' results depend on.
_WATCHED = ("reeltui.parse", "reeltui.text", "reeltui.words", "reeltui.model", "reeltui.ratings")


class _Memo:
    def __init__(self, parse: Any) -> None:
        self.parse = parse
        self.reviews: OrderedDict[tuple[object, ...], Any] = OrderedDict()
        #: Module name: (module, its attributes by name as the memo's results were made).
        self.seen: dict[str, tuple[ModuleType, dict[str, object]]] = {}

    def _watched(self) -> list[tuple[str, ModuleType]]:
        return [
            (name, module)
            for name, module in list(sys.modules.items())
            if module is not None and name.startswith(_WATCHED)
        ]

    def _unchanged(self) -> bool:
        """Whether every watched module holds the attributes it held when the memo first saw
        it (a module imported since is taken as it is)."""
        for name, module in self._watched():
            known = self.seen.get(name)
            if known is None:
                self.seen[name] = (module, dict(vars(module)))
                continue
            now, attributes = vars(module), known[1]
            if known[0] is not module or any(
                now.get(key, _MISSING) is not value for key, value in attributes.items()
            ):
                return False
        return True

    def __call__(
        self,
        data: bytes,
        *,
        path: Path,
        review_id: str,
        fmt: Any = None,
        extra_problems: list[str] | None = None,
    ) -> Any:
        kwargs: dict[str, Any] = {"path": path, "review_id": review_id}
        if fmt is not None:
            kwargs["fmt"] = fmt
        if extra_problems is not None:
            kwargs["extra_problems"] = extra_problems
        if len(data) > _LARGEST or not self._unchanged():
            return self.parse(data, **kwargs)
        key = (data, fmt, path.name, review_id, tuple(extra_problems or ()))
        review = self.reviews.get(key)
        if review is not None:
            self.reviews.move_to_end(key)
            return replace(review, path=path)
        review = self.parse(data, **kwargs)
        if self._unchanged():
            self.reviews[key] = review
            if len(self.reviews) > _MOST:
                self.reviews.popitem(last=False)
        return review


_MISSING = object()


def install() -> None:
    """Put the memo in front of `reeltui.parse.parse_bytes` for the rest of the process."""
    if isinstance(reeltui.parse.parse_bytes, _Memo):
        return
    for name in PARSERS:
        import_module(name)
    memo = _Memo(reeltui.parse.parse_bytes)
    reeltui.parse.parse_bytes = memo  # type: ignore[assignment]
    memo._unchanged()  # the attributes as they are now
