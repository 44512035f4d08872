"""The sidecar a user edits: the text to start from, its check, merging values, saving it.

A sidecar is `NAME.toml` beside a review document, with the keys of Markdown front matter; the
parser applies it (`parse/sidecar.py`). Here is what editing one needs, without a terminal:

- `starting_text`: the sidecar as it is (the user's comments and keys kept), or a new one
  (`draft`) filled with what the extraction found, commented, with the notes on where it was
  unsure;
- `check`: an edited text read the way the parser will read it, with the first error as one
  sentence naming its line (bad TOML, a key reeltui does not read, a value of the wrong type);
- `merge`: a form's values put into a text without losing its comments;
- `save`, atomically (an empty text removes the sidecar), and `keep_rejected`, which keeps a
  text that could not be used beside the sidecar as `NAME.toml.rejected`.

While an editor shows a broken text again, the error stands at the top in lines starting with
`#!` (`with_banner`); they are comments to TOML and are dropped before the text is saved.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

import tomlkit
from tomlkit.exceptions import TOMLKitError

from reeltui.model import Kind, Review
from reeltui.parse.reading import NotAReview, read_capped
from reeltui.parse.sidecar import KEYS, apply_overrides
from reeltui.storage import write_atomic
from reeltui.text import display_path

__all__ = [
    "KEYS",
    "MAX_SIDECAR",
    "Problem",
    "Saved",
    "check",
    "draft",
    "keep_rejected",
    "merge",
    "read_sidecar",
    "save",
    "sidecar_path",
    "starting_text",
    "strip_banner",
    "with_banner",
]


#: The largest sidecar read (the parser ignores larger ones too).
MAX_SIDECAR = 256 * 1024

#: Lines at the top of a text that start with this are reeltui's words about an error.
_BANNER = "#!"
#: The name `check` gives `apply_overrides` as the source of its problems, to cut off again.
_SOURCE = "sidecar"
#: The permissions of a new sidecar (an existing one keeps its own).
_NEW_MODE = 0o644

_SYNTAX = re.compile(
    r"^(?P<what>.*?)\s*\(at (?:line (?P<line>\d+), column (?P<col>\d+)|end of document)\)$"
)


def sidecar_path(review: Review) -> Path:
    """Where a review's sidecar is: `NAME.toml` beside `NAME.txt`."""
    return review.path.with_suffix(".toml")


@dataclass(frozen=True, slots=True)
class Problem:
    """What is wrong with a sidecar's text, and the line it is on (1-based) when known."""

    message: str
    line: int | None = None

    def sentence(self) -> str:
        """One sentence for the user: "Line 3: 'year' should be a year such as 2023."."""
        text = self.message[:1].upper() + self.message[1:]
        if self.line is not None:
            text = f"Line {self.line}: {self.message}"
        return text if text.endswith(".") else f"{text}."

    def moved(self, lines: int) -> Problem:
        """The same problem in a text with `lines` more lines above it."""
        return self if self.line is None else replace(self, line=self.line + lines)


# -- reading -------------------------------------------------------------------------------


def read_sidecar(path: Path) -> str | None:
    """A sidecar's text (None when there is none). Bytes that are not UTF-8 become U+FFFD.

    Raises `OSError` when it cannot be read, and `ValueError` (one sentence) when it is not a
    regular file or is too large to be a sidecar.
    """
    try:
        data, _, _ = read_capped(path, MAX_SIDECAR)
    except FileNotFoundError:
        return None
    except NotAReview as exc:
        raise ValueError(f"{display_path(path.name)} cannot be edited: {exc}") from None
    if len(data) > MAX_SIDECAR:
        raise ValueError(f"{display_path(path.name)} is too large to be a sidecar")
    return data.decode("utf-8-sig", errors="replace").replace("\r\n", "\n")


def starting_text(review: Review) -> tuple[str, str | None]:
    """The text an edit starts from, and the sidecar's own text (None when it has none).

    Raises what `read_sidecar` raises.
    """
    existing = read_sidecar(sidecar_path(review))
    return (existing if existing is not None else draft(review)), existing


# -- a new sidecar -------------------------------------------------------------------------


def _toml(value: Any) -> str:
    """A value written as TOML (strings quoted and escaped by tomlkit)."""
    return str(tomlkit.item(value).as_string())


def _cast_toml(review: Review) -> str:
    """The cast as an array of inline tables, one credit a line."""
    lines = []
    for credit in review.cast:
        table: dict[str, str] = {"actor": credit.actor}
        if credit.role:
            table["role"] = credit.role
        lines.append(f"    {_toml(_inline(table))},")
    return "[\n" + "\n".join(lines) + "\n]"


def _inline(values: Mapping[str, Any]) -> Any:
    table = tomlkit.inline_table()
    table.update(values)
    return table


def draft(review: Review) -> str:
    """A new sidecar for `review`: a header saying what the file is, then a key for each fact
    the extraction found and a commented-out one for each it did not."""
    film = review.stated_film
    lines = [
        f"# Corrections to the facts of {review.path.name}, which reeltui read as",
        f"# {film.label}.",
        "#",
        "# What this file says overrides what was read from the review. Delete a line to go",
        "# back to what the page says; empty the file to drop every correction; quit without",
        "# saving to change nothing.",
        "#",
        '# Keys: title, year, kind ("film" or "series"), season, directors, cast (actor and',
        '# role), runtime_minutes, platform, rating (such as "3.5/5"), reviewer (name and bio).',
    ]
    if review.notes:
        lines += ["#", "# Where reeltui was unsure:"]
        lines += [f"#   - {note}" for note in review.notes]
    lines += ["", f"title = {_toml(film.title)}"]
    lines.append(f"year = {film.year}" if film.year is not None else "# year = 2023")
    if film.kind is Kind.SERIES:
        lines.append('kind = "series"')
        lines.append(f"season = {film.season}" if film.season else "# season = 1")
    else:
        lines += ['# kind = "series"', "# season = 1"]
    if review.directors:
        lines.append(f"directors = {_toml(list(review.directors))}")
    else:
        lines.append('# directors = ["First Last"]')
    if review.cast:
        lines.append(f"cast = {_cast_toml(review)}")
    else:
        lines.append('# cast = [{ actor = "First Last", role = "Character" }]')
    if review.runtime_minutes:
        lines.append(f"runtime_minutes = {review.runtime_minutes}")
    else:
        lines.append("# runtime_minutes = 120")
    lines.append(
        f"platform = {_toml(review.platform)}" if review.platform else '# platform = "Netflix"'
    )
    lines.append(f"rating = {_toml(review.rating)}" if review.rating else '# rating = "4/5"')
    reviewer = review.reviewer
    if reviewer is not None and reviewer.name:
        table = {"name": reviewer.name, **({"bio": reviewer.bio} if reviewer.bio else {})}
        lines.append(f"reviewer = {_toml(_inline(table))}")
    else:
        lines.append('# reviewer = { name = "First Last", bio = "One line about them." }')
    return "\n".join(lines) + "\n"


# -- checking ------------------------------------------------------------------------------


def strip_banner(text: str) -> str:
    """The text without reeltui's error lines at its top."""
    lines = text.split("\n")
    start = 0
    while start < len(lines) and lines[start].startswith(_BANNER):
        start += 1
    return "\n".join(lines[start:])


def with_banner(text: str, problem: Problem, cancel_hint: str) -> str:
    """The text (without an old banner) under lines saying what is wrong with it and how to
    give up (`cancel_hint`); the problem's line is counted in the text as shown."""
    body = strip_banner(text)
    size = 4  # the banner's lines, which move the problem's line down
    banner = [
        "#! reeltui could not use this file:",
        f"#! {problem.moved(size).sentence()}",
        f"#! Correct it and save, or {cancel_hint}",
        "#! (These lines are removed when the file is saved.)",
    ]
    return "\n".join(banner) + "\n" + body


def check(text: str, review: Review) -> Problem | None:
    """The first thing that keeps `text` from being used as `review`'s sidecar, or None.

    The text is read as TOML; every key must be one of `KEYS`, and each value must be what the
    parser takes (it is applied to `review` to see).
    """
    try:
        table = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return _syntax_problem(exc, text)
    base = replace(review, problems=())
    for key, value in table.items():
        line = _line_of(text, key)
        if key not in KEYS:
            known = ", ".join(KEYS)
            return Problem(f"'{key}' is not a key reeltui reads (it reads {known})", line)
        problems = apply_overrides(base, {key: value}, source=_SOURCE).problems
        if problems:
            return Problem(problems[0].removeprefix(f"{_SOURCE}: "), line)
    return None


#: The keys whose values are whole numbers, for the hint after a value TOML cannot read.
_NUMBERS = ("year", "season", "runtime_minutes")


def _syntax_problem(exc: tomllib.TOMLDecodeError, text: str) -> Problem:
    """A TOML syntax error in words, with its line (and a hint for a value not written the
    way TOML writes it: a number bare, text in double quotes)."""
    match = _SYNTAX.match(str(exc))
    what = (match.group("what") if match else str(exc)) or "the text is not TOML"
    what = what[:1].lower() + what[1:]
    if match is None or match.group("line") is None:
        return Problem(f"the file ends too early: {what} (a quote or a bracket is not closed)")
    line = int(match.group("line"))
    hint = ""
    number = next((k for k in _NUMBERS if _line_of(text, k) == line), None)
    if number is not None and what.startswith(("invalid value", "expected newline")):
        example = {"year": "2023", "season": "2", "runtime_minutes": "120"}[number]
        hint = f"; write a number, such as {number} = {example}"
    elif what == "invalid value":
        hint = '; text goes in double quotes, such as title = "Heat"'
    return Problem(f"this is not valid TOML: {what} (column {match.group('col')}){hint}", line)


def _line_of(text: str, key: str) -> int | None:
    """The line (1-based) where a top-level key is set, if it can be found."""
    name = re.escape(key)
    pattern = re.compile(
        rf"^\s*(?:(?:{name}|\"{name}\"|'{name}')\s*[=.]|\[\[?\s*(?:{name}|\"{name}\")\s*[\].])"
    )
    for number, line in enumerate(text.split("\n"), start=1):
        if pattern.match(line):
            return number
    return None


# -- changing ------------------------------------------------------------------------------


def merge(text: str, updates: Mapping[str, Any]) -> str:
    """`text` with each key of `updates` set to its value (None: the key removed), comments
    and other keys kept. A key already holding the value is left as written.

    A key set anew takes the place of the commented-out example a new sidecar has for it
    (else it goes after the other keys). Raises `ValueError` when `text` is not TOML.
    """
    try:
        present = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(str(exc)) from exc
    for key, value in updates.items():
        if value is not None and key not in present:
            example = re.compile(rf"(?m)^# {re.escape(key)} = .*$")
            found = example.search(text)
            if found is not None:
                line = f"{key} = {_toml(_item(value))}"
                text = text[: found.start()] + line + text[found.end() :]
    try:
        document = tomlkit.parse(text)
    except TOMLKitError as exc:
        raise ValueError(str(exc)) from exc
    for key, value in updates.items():
        if value is None:
            if key in document:
                del document[key]
            continue
        current = document.get(key)
        if current is not None and _plain(current) == value:
            continue
        document[key] = _item(value)
    return str(document.as_string())


def _plain(value: Any) -> Any:
    """A tomlkit value as plain Python."""
    unwrap = getattr(value, "unwrap", None)
    return unwrap() if callable(unwrap) else value


def _item(value: Any) -> Any:
    """A value as tomlkit writes it here: tables inline, a list of tables one a line."""
    if isinstance(value, Mapping):
        return _inline(value)
    if isinstance(value, list) and value and all(isinstance(v, Mapping) for v in value):
        array = tomlkit.array()
        array.extend(_inline(v) for v in value)
        array.multiline(True)
        return array
    return value


class Saved(StrEnum):
    """What `save` did."""

    WRITTEN = "written"
    REMOVED = "removed"
    UNCHANGED = "unchanged"


def save(review: Review, text: str) -> Saved:
    """Write `text` (without an error banner) as the review's sidecar, atomically.

    An empty text removes the sidecar. Raises `OSError` when the folder cannot be written.
    """
    path = sidecar_path(review)
    body = strip_banner(text)
    if not body.strip():
        try:
            path.unlink()
        except FileNotFoundError:
            return Saved.UNCHANGED
        return Saved.REMOVED
    if not body.endswith("\n"):
        body += "\n"
    try:
        mode = os.stat(path).st_mode & 0o7777
    except OSError:
        mode = _NEW_MODE
    write_atomic(path, body.encode("utf-8"), mode=mode)
    return Saved.WRITTEN


def keep_rejected(review: Review, text: str) -> Path:
    """Keep a text that could not be used, beside the sidecar as `NAME.toml.rejected` (or
    `.rejected-2`…); in the temporary folder when the review's folder cannot be written.

    Returns where it is. Raises `OSError` only when it could be written nowhere.
    """
    path = sidecar_path(review)
    data = strip_banner(text).encode("utf-8")
    target = path.with_name(f"{path.name}.rejected")
    n = 2
    while os.path.lexists(target):
        target = path.with_name(f"{path.name}.rejected-{n}")
        n += 1
    try:
        write_atomic(target, data, mode=_NEW_MODE)
        return target
    except OSError:
        fd, name = tempfile.mkstemp(prefix=f"{path.name}.", suffix=".rejected")
        with contextlib.closing(os.fdopen(fd, "wb")) as handle:
            handle.write(data)
        return Path(name)
