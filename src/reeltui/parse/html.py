"""The saved-web-page parser: the article's text, headings and byline; the rest dropped.

Scripts, styles, navigation, headers, footers, asides, forms and comments are skipped; the
text inside `<article>` (else `<main>`, else `<body>`) is kept. `<h1>` is the headline,
`<h2>`–`<h4>` start sections, and an element whose class or rel names the author gives the
byline. Nothing in the page is run or followed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser
from pathlib import Path

from reeltui.model import Review, Reviewer
from reeltui.parse.scraped import parse_scraped
from reeltui.text import clean_line

__all__ = ["parse_html"]

_SKIP = frozenset(
    "script style noscript template nav header footer aside form button select svg iframe "
    "object embed canvas figure figcaption".split()
)
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_BLOCKS = frozenset(
    "p div li blockquote h1 h2 h3 h4 h5 h6 section article main pre td th dd dt tr".split()
)
_AUTHOR = re.compile(r"\b(?:author|byline)\b", re.IGNORECASE)
_JUNK_CLASS = re.compile(
    r"\b(?:share|social|related|comments?|newsletter|advert|ad-|ads\b|promo|sidebar|menu|"
    r"breadcrumb|cookie|subscribe)",
    re.IGNORECASE,
)
_MAX_DEPTH = 400


@dataclass
class _Extractor(HTMLParser):
    """Collects the article's blocks as lines, and the author's name when it is marked."""

    blocks: list[tuple[str, str]] = field(default_factory=list)  # (tag, text)
    author: str = ""
    _stack: list[tuple[str, bool, bool]] = field(default_factory=list)  # tag, skip, author
    _text: list[str] = field(default_factory=list)
    _tag: str = "p"
    _article_blocks: list[tuple[str, str]] | None = None
    _article_depth: int | None = None

    def __post_init__(self) -> None:
        super().__init__(convert_charrefs=True)

    @property
    def _skipping(self) -> bool:
        return any(skip for _, skip, _ in self._stack)

    @property
    def _in_author(self) -> bool:
        return any(author for _, _, author in self._stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            if tag == "br":
                self._text.append("\n")
            return
        if len(self._stack) >= _MAX_DEPTH:
            return
        marks = " ".join(v or "" for k, v in attrs if k in ("class", "id", "rel", "itemprop"))
        skip = tag in _SKIP or bool(_JUNK_CLASS.search(marks))
        author = bool(_AUTHOR.search(marks))
        if tag in _BLOCKS:
            self._flush()
            self._tag = tag
        if tag in ("article", "main") and self._article_depth is None and not self._skipping:
            self._article_depth = len(self._stack)
            self._article_blocks = []
        self._stack.append((tag, skip, author))

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        for index in range(len(self._stack) - 1, -1, -1):
            if self._stack[index][0] == tag:
                if tag in _BLOCKS:
                    self._flush()
                del self._stack[index:]
                if self._article_depth is not None and index <= self._article_depth:
                    self._article_depth = -1
                return

    def handle_data(self, data: str) -> None:
        if self._skipping:
            return
        if self._in_author and not self.author and clean_line(data):
            self.author = clean_line(data)
            return
        self._text.append(data)

    def _flush(self) -> None:
        text = clean_line("".join(self._text))
        self._text.clear()
        if not text:
            return
        self.blocks.append((self._tag, text))
        if self._article_blocks is not None and self._article_depth not in (None, -1):
            self._article_blocks.append((self._tag, text))

    def article(self) -> list[tuple[str, str]]:
        self._flush()
        return self._article_blocks or self.blocks


def parse_html(text: str, *, path: Path, review_id: str, problems: list[str]) -> Review:
    """Parse a saved web page by reducing it to the scraped-text shape and parsing that."""
    extractor = _Extractor()
    try:
        extractor.feed(text)
        extractor.close()
    except (AssertionError, ValueError):
        problems = [*problems, "the page's HTML is malformed; some text may be missing"]
    blocks = extractor.article()
    lines: list[str] = []
    headline_done = False
    for tag, block in blocks:
        if tag == "h1" and not headline_done:
            lines.insert(0, block)
            headline_done = True
        else:
            lines.append(block)
    review = parse_scraped("\n\n".join(lines), path=path, review_id=review_id, problems=problems)
    if extractor.author and review.reviewer is None:
        name = re.sub(r"^(?:by|written by)\s+", "", extractor.author, flags=re.IGNORECASE)
        review = replace(review, reviewer=Reviewer(name))
    from reeltui.model import Format

    return replace(review, format=Format.HTML)
