"""The Markdown parser: optional TOML front matter between `+++` lines, `#` headings.

The first `#` heading (or the front matter's title) is the headline; `##` and deeper headings
start sections. Markdown syntax is kept as literal text: reeltui shows what was written and
never follows links.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import replace
from pathlib import Path

from reeltui.model import Film, Format, Kind, Review, Section
from reeltui.parse.credits import extract_facts
from reeltui.parse.layout import is_hard_stop, is_promo, is_soft_chrome
from reeltui.parse.scraped import parse_headline
from reeltui.parse.sidecar import apply_overrides
from reeltui.text import clean, clean_line, clip, split_long

__all__ = ["parse_markdown"]

_FRONT = re.compile(r"\A\s*\+\+\+[ \t]*\n(.*?)\n\+\+\+[ \t]*(?:\n|\Z)", re.DOTALL)
_HEADING = re.compile(r"(#{1,6})\s")
_FENCE = re.compile(r"^\s*(```|~~~)")
_RULE = re.compile(r"^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$")


def _footer(paragraph: str) -> bool:
    """A paragraph of a newsletter's sign-off: all in italics, or page furniture."""
    text = paragraph.strip()
    italic = len(text) > 2 and text[0] in "*_" and text[-1] in "*_"
    return italic or is_hard_stop(text) or is_promo(text) or is_soft_chrome(text)


def parse_markdown(text: str, *, path: Path, review_id: str, problems: list[str]) -> Review:
    """Parse a Markdown review; bad front matter is a problem, the body still loads."""
    problems = list(problems)
    front: dict[str, object] = {}
    match = _FRONT.match(text)
    if match:
        try:
            front = tomllib.loads(match.group(1))
        except tomllib.TOMLDecodeError as exc:
            problems.append(f"the front matter is not valid TOML ({clean_line(str(exc))})")
        except RecursionError:
            problems.append("the front matter is nested too deeply to read")
        text = text[match.end() :]

    headline = ""
    sections: list[Section] = []
    heading: str | None = None
    paragraphs: list[str] = []
    block: list[str] = []
    in_fence = False
    breaks: list[int] = []  # where a thematic break ("---") stood, in the current section

    def flush_block() -> None:
        joined = clean_line(" ".join(block)) if not in_fence else clean("\n".join(block))
        if joined.strip():
            paragraphs.extend(split_long(joined))
        block.clear()

    for raw in clean(text).split("\n"):
        if _FENCE.match(raw):
            flush_block()
            in_fence = not in_fence
            continue
        heading_match = None if in_fence else _HEADING.match(raw)
        if heading_match:
            flush_block()
            level = len(heading_match.group(1))
            # The text after the marks, without a closing run of "#" ("## Verdict ##").
            title = clip(clean_line(raw[heading_match.end() :].rstrip().rstrip("#")))
            if level == 1 and not headline:
                headline = title
                continue
            if paragraphs or heading is not None:
                sections.append(Section(heading, tuple(paragraphs)))
            heading, paragraphs = title, []
            breaks.clear()
        elif not in_fence and _RULE.match(raw):
            flush_block()
            breaks.append(len(paragraphs))
            if heading is not None or sections:
                breaks[-1] = len(paragraphs)
        elif not raw.strip() and not in_fence:
            flush_block()
        else:
            block.append(raw)
    flush_block()
    if breaks and breaks[-1] < len(paragraphs):
        tail = paragraphs[breaks[-1] :]
        if tail and len(tail) <= 4 and all(_footer(p) for p in tail):
            del paragraphs[breaks[-1] :]  # a sign-off under a rule: "*Share · Like*"
    if paragraphs or heading is not None:
        sections.append(Section(heading, tuple(paragraphs)))

    if not headline:
        front_title = front.get("title")
        if isinstance(front_title, str) and clean_line(front_title):
            headline = clip(clean_line(front_title))
        else:
            headline = clip(clean_line(path.stem)) or "untitled"
    info = parse_headline(headline)
    all_paragraphs = [p for s in sections for p in s.paragraphs]
    facts = extract_facts(all_paragraphs)
    review = Review(
        id=review_id,
        path=path,
        format=Format.MARKDOWN,
        headline=headline,
        film=Film(info.title, info.year, info.kind, info.season),
        directors=facts.directors,
        cast=facts.cast,
        runtime_minutes=facts.runtime_minutes,
        platform=facts.platform,
        rating=facts.rating,
        sections=tuple(sections),
        word_count=sum(len(p.split()) for p in all_paragraphs),
        problems=tuple(problems),
    )
    review = apply_overrides(review, front, source="the front matter")
    if review.film.year is None and review.film.kind is Kind.FILM:
        review = replace(review, notes=(*review.notes, "no year stated"))
    if not all_paragraphs:
        review = _note(review, "no review text was found")
    return review


def _note(review: Review, message: str) -> Review:
    return replace(review, problems=(*review.problems, message))
