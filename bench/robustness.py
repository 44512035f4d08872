"""Robustness of the text's edges: page furniture set next to the review must not move them.

Real sites put furniture right against a review's first and last paragraphs: share buttons, a
date, a reading time, an advert's label, a photo credit above it; a comment form, a copyright
line, tags, a newsletter prompt below it. A parser fitted to the pages it was built on can hold
there and slip on a site that puts one more line in between. This measures that: for each `.txt`
page of the development corpus and the read sets whose text the parser already starts (or ends)
right, each kind of furniture below is set on lines of its own right above the first line of
the text (or right under the last), and the page parsed again. The furniture is made up for
this, generic, and names no one.

A perturbed page counts as held when the text still starts (or ends) with the answers' words,
no furniture is in the text or its headings, and the title and the cast are what the page gave
without it. Prints, for each kind of furniture, how many pages held, and the pages that did not.

    python -m bench.robustness [--corpus DIR ...] [--only top|bottom] [--limit N] [--misses]
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

from reeltui.model import Review
from reeltui.parse import NotAReview, parse_bytes
from reeltui.text import fold

ROOT = Path(__file__).resolve().parents[1]
CORPORA = (ROOT / "tests" / "corpus", ROOT / "tests" / "read_sets")

#: Furniture set right above the review's first line.
TOP: dict[str, str] = {
    "advert": "Advertisement",
    "advert-scroll": "ADVERTISEMENT\n\nContinue reading below",
    "share": "Share on Facebook\nShare on X\nCopy link",
    "published": "Published 14 March 2024, 6:02 pm",
    "updated": "Updated: 2 hours ago",
    "read-time": "5 min read",
    "listen": "Listen to this article · 6 min",
    "photo-credit": "Photo: courtesy of the distributor",
    "image-credit": "Image credit: studio handout",
    "breadcrumb": "Home › Reviews › Film",
    "tags": "Tags: drama, thriller, festival",
    "affiliate": "This article contains affiliate links, and we may earn a commission.",
    "newsletter": "Sign up for our weekly film newsletter",
    "comments": "Comments (12)",
    "font": "A+ A-",
    "save": "Save article\nGift this article",
    "follow": "Follow us on Instagram",
    "spacer": "* * *",
    "trending": "Trending: Oscars 2025 · Box office · Streaming guide",
    "section": "FILM REVIEWS",
}

#: Furniture set right above the headline (the first line that names the film).
HEAD: dict[str, str] = {
    "skip": "Skip to content",
    "menu": "Menu\nSearch\nSign in",
    "breadcrumb": "Home › Entertainment › Movies › Reviews",
    "section": "FILM REVIEWS",
    "featured": "Featured",
    "date": "Tuesday, 5 March 2024",
    "dated-byline": "March 5, 2024 · 4 min read",
    "votes": "(0 votes)",
    "trending": "Trending: Oscars 2025 · Box office · Streaming guide",
    "advert": "Advertisement",
    "category": "Entertainment | Movies | Reviews",
    "latest": "Latest News",
    "site": "The Evening Courier",
    "symbol": "×",
}

#: Furniture set between the review's first and second paragraphs; the people they name are
#: stars of other films, who must not come out as this one's cast.
MIDDLE: dict[str, str] = {
    "advert": "Advertisement",
    "story-continues": "Story continues below advertisement",
    "also-read": "Also Read: Tom Hanks and Meg Ryan reunite for a new romantic comedy",
    "related": "RELATED: Denzel Washington's best performances, ranked",
    "read-more": "READ MORE: Cate Blanchett on the hardest role she ever played",
    "watch": "Watch: Keanu Reeves talks about the next John Wick",
    "caption": "Brad Pitt and George Clooney in Ocean's Eleven (2001). Warner Bros.",
    "newsletter": "Sign up to our newsletter\nThe week's best films, in your inbox every Friday",
}

#: Furniture set right under the review's last line.
BOTTOM: dict[str, str] = {
    "share": "Share this:\nFacebook\nX\nWhatsApp",
    "related": "Related: The 25 best thrillers of the decade",
    "read-more": "Read more film reviews",
    "reply": "Leave a Reply\nYour email address will not be published.",
    "copyright": "© 2024 Example Media Ltd. All rights reserved.",
    "tags": "Tags: drama, festival, streaming",
    "newsletter": "Sign up to our newsletter for the week's best reviews",
    "helpful": "Was this review helpful? Yes / No",
    "next": "Next article: The weekend box office report",
    "closed": "Comments are closed.",
    "posted-in": "Posted in Film Reviews | 3 Comments",
    "advert": "Advertisement",
    "loading": "Loading…",
    "subscribe": "Subscribe for unlimited access",
    "back-to-top": "Back to top",
    "spacer": "* * *",
}


@dataclass(frozen=True, slots=True)
class Page:
    """A page of a corpus with the answers' edges of its text."""

    name: str
    text: str
    starts: str
    ends: str
    title: str


def _pages(corpora: list[Path]) -> list[Page]:
    pages: list[Page] = []
    for corpus in corpora:
        for doc in sorted((corpus / "docs").glob("*.txt")):
            answers = corpus / "answers" / f"{doc.stem}.toml"
            if not answers.exists():
                continue
            want = tomllib.loads(answers.read_text(encoding="utf-8"))
            text = doc.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
            starts, ends = str(want.get("body_starts", "")), str(want.get("body_ends", ""))
            title = str(want.get("title", ""))
            if starts and ends and title:
                pages.append(Page(f"{corpus.name}/{doc.name}", text, starts, ends, title))
    return pages


def _parse(text: str) -> Review | None:
    try:
        return parse_bytes(text.encode("utf-8"), path=Path("page.txt"), review_id="page")
    except NotAReview:
        return None


def _body(review: Review) -> str:
    return "\n\n".join(p for section in review.sections for p in section.paragraphs)


def _headings(review: Review) -> str:
    return "\n".join(section.heading or "" for section in review.sections)


def _cast(review: Review) -> frozenset[str]:
    return frozenset(fold(credit.actor) for credit in review.cast)


def _starts(review: Review, words: str) -> bool:
    return fold(_body(review)).lstrip().startswith(fold(words))


def _ends(review: Review, words: str) -> bool:
    return fold(_body(review)).rstrip().endswith(fold(words))


def _insert(text: str, furniture: str, words: str, *, below: bool) -> str | None:
    """`text` with `furniture` on lines of its own right above the line the text starts on
    (or right under the line it ends on); None when no line holds `words` there."""
    lines = text.split("\n")
    key = fold(words)
    for i, line in enumerate(lines):
        folded = fold(line).strip()
        if (folded.endswith(key) if below else folded.startswith(key)) and folded:
            block = ["", *furniture.split("\n"), ""]
            at = i + 1 if below else i
            return "\n".join([*lines[:at], *block, *lines[at:]])
    return None


def _insert_middle(text: str, furniture: str, words: str) -> str | None:
    """`text` with `furniture` on lines of its own after the paragraph the text starts with;
    None when no line starts with `words` or nothing follows that paragraph."""
    lines = text.split("\n")
    key = fold(words)
    for i, line in enumerate(lines):
        if fold(line).strip().startswith(key) and fold(line).strip():
            end = next((j for j in range(i + 1, len(lines)) if not lines[j].strip()), None)
            if end is None:
                return None
            return "\n".join([*lines[:end], "", *furniture.split("\n"), *lines[end:]])
    return None


def _insert_head(text: str, furniture: str, title: str) -> str | None:
    """`text` with `furniture` on lines of its own right above the first line naming `title`
    (the headline, or the line the page gives the title on); None when no line names it."""
    lines = text.split("\n")
    key = fold(title)
    for i, line in enumerate(lines[:80]):
        if key in fold(line):
            return "\n".join([*lines[:i], "", *furniture.split("\n"), "", *lines[i:]])
    return None


def _held(
    review: Review | None,
    base: Review,
    page: Page,
    furniture: str,
    *,
    below: bool,
    head: bool = False,
) -> str | None:
    """Why the perturbed page did not hold, or None when it did."""
    if review is None:
        return "no review"
    if fold(review.film.title) != fold(base.film.title):
        return f"title {review.film.title!r}"
    if _cast(review) != _cast(base):
        return f"cast {sorted(_cast(review) ^ _cast(base))}"
    if head:
        return None  # the text's edges are not what this side tests
    edge = _ends(review, page.ends) if below else _starts(review, page.starts)
    if not edge:
        body = _body(review).strip()
        return f"text {'ends' if below else 'starts'} {body[-70:] if below else body[:70]!r}"
    seen = fold(_body(review) + "\n" + _headings(review))
    for line in furniture.split("\n"):
        if len(line) > 8 and fold(line) in seen:
            return f"furniture in the text: {line!r}"
    return None


def run(corpora: list[Path], sides: list[str], limit: int | None, misses: bool) -> None:
    pages = _pages(corpora)[:limit] if limit else _pages(corpora)
    for side in sides:
        below, head, middle = side == "bottom", side == "head", side == "middle"
        kinds = BOTTOM if below else HEAD if head else MIDDLE if middle else TOP
        held = dict.fromkeys(kinds, 0)
        tried = dict.fromkeys(kinds, 0)
        failed: list[str] = []
        for page in pages:
            base = _parse(page.text)
            if base is None:
                continue
            if head:
                right = fold(base.film.title) == fold(page.title)
            else:
                right = _ends(base, page.ends) if below else _starts(base, page.starts)
            if not right:
                continue  # the parser gets this wrong already: nothing to hold
            for kind, furniture in kinds.items():
                if head:
                    text = _insert_head(page.text, furniture, page.title)
                elif middle:
                    text = _insert_middle(page.text, furniture, page.starts)
                else:
                    edge = page.ends if below else page.starts
                    text = _insert(page.text, furniture, edge, below=below)
                if text is None:
                    continue
                tried[kind] += 1
                why = _held(_parse(text), base, page, furniture, below=below, head=head)
                if why is None:
                    held[kind] += 1
                else:
                    failed.append(f"  {side} {kind:14} {page.name}: {why}")
        total_held, total_tried = sum(held.values()), sum(tried.values())
        share = 100 * total_held / total_tried if total_tried else 0.0
        print(f"{side}: {total_held} of {total_tried} held ({share:.1f} %)")
        for kind in kinds:
            if tried[kind]:
                print(f"  {kind:14} {held[kind]:4} of {tried[kind]:4}")
        if misses:
            print("\n".join(failed))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.robustness", description=__doc__)
    parser.add_argument("--corpus", type=Path, action="append", help="a corpus folder")
    parser.add_argument("--only", choices=("head", "top", "middle", "bottom"))
    parser.add_argument("--limit", type=int, help="at most this many pages")
    parser.add_argument("--misses", action="store_true", help="list the pages that slipped")
    args = parser.parse_args(argv)
    corpora = args.corpus or list(CORPORA)
    sides = [args.only] if args.only else ["head", "top", "middle", "bottom"]
    run(corpora, sides, args.limit, args.misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
