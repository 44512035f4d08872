"""The saved-web-page parser: the article's text, headings and byline; the rest dropped.

Scripts, styles, the head, navigation, headers, footers, asides, forms and comments are
skipped; the text inside `<article>` (else `<main>`, else `<body>`) is kept. `<h1>` is the
headline, `<h2>`–`<h4>` start sections, and an element whose class or rel names the author
gives the byline. Nothing in the page is run or followed: links are their text only.

The page is read by a small tokenizer of our own rather than `html.parser`, because a crafted
page can make the standard library's parser take minutes (it rescans unfinished tags from the
start: 100 KB of `<a ` took over three minutes). This one moves forward only, so its time is
linear in the page's length. Like a browser, it drops a tag left open at the end of the page.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from reeltui.model import Format, Review, Reviewer
from reeltui.parse.credits import NO_BLOCK, credit_block, find_credit_block
from reeltui.parse.labels import LabelHit, canonical_rating, label_kind, scan_labels
from reeltui.parse.layout import byline_name
from reeltui.parse.reviewed_work import reviewed_work
from reeltui.parse.scraped import PageHints, parse_scraped, sub_scores
from reeltui.text import clean_line

__all__ = ["parse_html"]

_SKIP = frozenset(
    "script style noscript template nav header footer aside form button select svg iframe "
    "object embed canvas figure figcaption head title textarea".split()
)
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_BLOCKS = frozenset(
    "p div li blockquote h1 h2 h3 h4 h5 h6 section article main pre dd dt tr".split()
)
# Elements whose content is not markup: it runs to the matching end tag, whatever it holds.
_RAW_TEXT = frozenset("script style textarea title xmp iframe noembed noframes noscript".split())
_MARKS = frozenset(("class", "id", "rel", "itemprop"))
_ITALIC = frozenset(("em", "i", "cite"))
_AUTHOR = re.compile(r"\b(?:author|byline)\b", re.IGNORECASE)
# The heading of an author box ("About the author", "More from this author"), not a name.
_AUTHOR_BOX = re.compile(
    r"^(?:about|more (?:from|by)|meet|other posts by) (?:the|this) author\b", re.I
)
# A sub-headline of a sentence or more, closed by a full stop: the standfirst, not a section's
# heading ("The show is the best adaptation ever made – and great TV, full stop.").
_SENTENCE_DECK = re.compile(r"^(?!\d)\S+(?:\s+\S+){11,}[.]$")  # (not "3. The fallout …")
# "By", "Curated By:", "Author:" in its own text node: a label, with the name in the next one.
_BY_ALONE = re.compile(r"^(?:(?:[^\W\d_][\w-]*\s+){0,2}by\s*:?|[^\W\d_][\w ]{0,24}:)$", re.I)
# A standfirst, a summary or a box of key points above the review: not its text.
_DECK_CLASS = re.compile(
    r"(?:^|[\s_-])(?:standfirst|dek|deck|strapline|nutshell|key-?points|key-?takeaways|takeaways"
    r"|big-?picture|excerpt|summary|sub-?text|subhead|subheadline|sub-?title|tldr)(?:$|[\s_-])",
    re.IGNORECASE,
)
_JUNK_CLASS = re.compile(
    r"\b(?:share|social|related|comments?|newsletter|advert|ad-|ads\b|promo|sidebar|menu|"
    r"breadcrumb|cookie|subscribe)",
    re.IGNORECASE,
)
# A <br> inside a block, until the block is flushed (text never holds this control character).
_BREAK = "\x1f"
_LABEL_LINE = re.compile(r"^[A-Z][\w’' ]{1,30}:\s")
# An inline element marked as a label ("<span class='label'>Directors</span> A, B"): the page
# shows it as a label of the value after it, so the text gets the colon the markup stands for.
_LABEL_CLASS = re.compile(r"(?:^|[\s_-])label(?:$|[\s_-])", re.IGNORECASE)
#: Elements nested deeper than this are read as if they were not there (their text is kept).
_MAX_DEPTH = 400

# A "<" that starts markup, then: a comment, an end or start tag's name, or another
# declaration ("<!", "<?", "</"). Any other "<" is text.
_MARKUP = re.compile(r"<(?:(!--)|(/)?([a-zA-Z][^\s/>\x00]*)|([!?/]))")
_SPACE = re.compile(r"[\s/]*")
_ATTR_NAME = re.compile(r"[^\s/>][^\s/>=]*")
_EQUALS = re.compile(r"\s*=\s*")
_UNQUOTED = re.compile(r"[^\s>]*")


@dataclass(frozen=True, slots=True)
class _Token:
    """One piece of a page: text, or a start or end tag with the attributes that matter."""

    kind: str  # "text", "start" or "end"
    value: str  # the text, or the tag name (lowercase)
    marks: str = ""  # class, id, rel and itemprop values joined, for start tags


def _tokens(page: str) -> Iterator[_Token]:
    """The page's text and tags in order, in one forward pass; comments and declarations are
    skipped, and the content of raw-text elements (script, style, …) comes as one text token.

    Ends with a `_Token("end", "")` sentinel when the page stops inside a tag or a comment.
    """
    pos, size = 0, len(page)
    while pos < size:
        markup = _MARKUP.search(page, pos)
        if markup is None:
            yield _Token("text", page[pos:])
            return
        if markup.start() > pos:
            yield _Token("text", page[pos : markup.start()])
        comment, closing, name, other = markup.groups()
        if comment or other:
            end = page.find("-->" if comment else ">", markup.end())
            if end < 0:
                yield _Token("end", "")
                return
            pos = end + (3 if comment else 1)
            continue
        pos, marks, complete = _attributes(page, markup.end())
        if not complete:
            yield _Token("end", "")
            return
        tag = name.lower()
        if closing:
            yield _Token("end", tag)
            continue
        yield _Token("start", tag, marks)
        if tag in _RAW_TEXT:
            end_tag = re.compile(rf"</{re.escape(tag)}(?=[\s/>])", re.IGNORECASE).search(page, pos)
            stop = end_tag.start() if end_tag else size
            yield _Token("text", page[pos:stop])
            pos = stop


def _attributes(page: str, pos: int) -> tuple[int, str, bool]:
    """Read a tag's attributes from `pos` to its ">": the position after it, the values of the
    attributes that mark a role (class, id, rel, itemprop), and False if the page ended first.

    Quoted values may hold ">"; every step consumes at least one character, so the work is
    linear in the length of the tag.
    """
    size = len(page)
    marks: list[str] = []
    while True:
        space = _SPACE.match(page, pos)
        assert space is not None  # `*` always matches
        pos = space.end()
        if pos >= size:
            return size, "", False
        if page[pos] == ">":
            return pos + 1, " ".join(marks), True
        name_match = _ATTR_NAME.match(page, pos)
        assert name_match is not None  # page[pos] is neither space, "/" nor ">"
        name, pos = name_match.group().lower(), name_match.end()
        equals = _EQUALS.match(page, pos)
        if equals is None:
            continue
        pos = equals.end()
        if pos < size and page[pos] in "\"'":
            close = page.find(page[pos], pos + 1)
            if close < 0:
                return size, "", False
            value, pos = page[pos + 1 : close], close + 1
        else:
            unquoted = _UNQUOTED.match(page, pos)
            assert unquoted is not None  # `*` always matches
            value, pos = unquoted.group(), unquoted.end()
        if name in _MARKS:
            marks.append(html.unescape(value))


@dataclass
class _Extractor:
    """Collects the article's blocks as lines, and the author's name when it is marked.

    The open elements are a stack; counters of the skipped and author elements on it, and of
    each tag name, keep every step constant-time however deep or wide the page is.
    """

    blocks: list[tuple[str, str]] = field(default_factory=list)  # (tag, text)
    author: str = ""
    truncated: bool = False
    depth: int = 0  # the deepest nesting seen
    tags: int = 0  # start tags seen
    #: Photo captions (`<figcaption>`): what they credit counts, though they are not the text.
    captions: list[str] = field(default_factory=list)
    #: Blocks marked as a standfirst, a summary or key points (by their class).
    decks: list[str] = field(default_factory=list)
    #: Blocks of side panels (`<aside>`), where fact boxes ("Cast:", "Director:") often stand.
    side_blocks: list[str] = field(default_factory=list)
    # tag, skip, author, side panel, caption, deck
    _stack: list[tuple[str, bool, bool, bool, bool, bool]] = field(default_factory=list)
    _open: Counter[str] = field(default_factory=Counter)
    _skipping: int = 0
    _in_author: int = 0
    _in_side: int = 0
    _in_caption: int = 0
    _in_deck: int = 0
    _deck_text: list[str] = field(default_factory=list)
    _side_text: list[str] = field(default_factory=list)
    _caption_text: list[str] = field(default_factory=list)
    _ignored: int = 0  # start tags past _MAX_DEPTH, whose end tags are ignored too
    _cells: int = 0  # the cells of the table row being read so far
    # Open inline labels: their place on the stack, and where their text starts in the buffer.
    _labels: list[tuple[int, int]] = field(default_factory=list)
    _text: list[str] = field(default_factory=list)
    _tag: str = "p"
    _article_blocks: list[tuple[str, str]] | None = None
    _article_depth: int | None = None
    #: The spans in italics (`<em>`, `<i>`, `<cite>`) of the first `<h1>`: a film's name set in
    #: an essay's headline ("Fairy Tale and Terror in <em>The Night of the Hunter</em>").
    headline_italics: list[str] = field(default_factory=list)
    _h1s: int = 0
    _italics: list[tuple[int, int]] = field(default_factory=list)  # (place on stack, buffer)

    def feed(self, page: str) -> None:
        """Read a whole page."""
        for token in _tokens(page):
            if token.kind == "text":
                self._data(token.value)
            elif token.kind == "start":
                self._start(token.value, token.marks)
            elif token.value:
                self._end(token.value)
            else:
                self.truncated = True

    def _start(self, tag: str, marks: str) -> None:
        if tag in _VOID:
            if tag == "br":
                self._text.append(_BREAK)
                self._side_text.append("\n")
            return
        self.tags += 1
        if len(self._stack) >= _MAX_DEPTH:
            self._ignored += 1
            self.depth = _MAX_DEPTH
            return
        author = bool(_AUTHOR.search(marks))
        junk = bool(_JUNK_CLASS.search(marks))
        # An author box is kept even in an aside: it holds the reviewer's name and bio.
        # The header of the article itself (inside `<article>` or `<main>`) holds its headline,
        # byline and date, not the site's menus: it is read.
        own_header = tag == "header" and self._article_depth not in (None, -1)
        skip = (tag in _SKIP and not (author and tag == "aside") and not own_header) or junk
        side = tag == "aside" and skip and not junk
        caption = tag == "figcaption"
        deck = bool(marks) and bool(_DECK_CLASS.search(marks))
        if tag in _BLOCKS:
            self._flush()
            self._flush_side()
            self._tag = tag
            self._cells = 0
        if tag in ("td", "th"):
            # A table's row of plain cells is one line, a colon after each cell ("Director: Ana
            # Lima", "Ana Lima: Director, Screenwriter"): read cell by cell, a role in one row
            # would be taken for the label of the name in the next.
            buffer = self._side_text if self._skipping else self._text
            if self._cells and "".join(buffer).strip():
                buffer.append(": ")  # (a cell with blocks of its own is flushed already)
            self._cells += 1
        if tag in ("article", "main") and self._article_depth is None and not self._skipping:
            self._article_depth = len(self._stack)
            self._article_blocks = []
        if tag == "h1":
            self._h1s += 1
        elif tag in _ITALIC and self._h1s == 1 and self._open["h1"] and not self._skipping:
            self._italics.append((len(self._stack), len(self._text)))
        if tag not in _BLOCKS and marks and _LABEL_CLASS.search(marks):
            buffer = self._side_text if self._skipping else self._text
            self._labels.append((len(self._stack), len(buffer)))
        self._stack.append((tag, skip, author, side, caption, deck))
        self.depth = max(self.depth, len(self._stack))
        self._open[tag] += 1
        self._skipping += skip
        self._in_author += author
        self._in_side += side
        self._in_caption += caption
        self._in_deck += deck

    def _end(self, tag: str) -> None:
        if tag in _VOID:
            return
        if self._ignored:  # closes one of the elements nested too deeply to be kept
            self._ignored -= 1
            return
        if not self._open[tag]:
            return
        index = len(self._stack) - 1
        while self._stack[index][0] != tag:
            index -= 1
        if self._labels and self._labels[-1][0] >= index:
            begin = 0
            while self._labels and self._labels[-1][0] >= index:
                begin = self._labels.pop()[1]
            self._end_label(begin)
        while self._italics and self._italics[-1][0] >= index:
            begin = self._italics.pop()[1]
            text = " ".join("".join(self._text[begin:]).split())
            if text:
                self.headline_italics.append(text)
        if tag in _BLOCKS:
            self._flush()
        self._flush_side()
        for name, skip, author, side, caption, deck in self._stack[index:]:
            self._open[name] -= 1
            self._in_deck -= deck
            if deck and self._deck_text:
                text = " ".join(html.unescape("".join(self._deck_text)).split())
                self._deck_text.clear()
                if text:
                    self.decks.append(text)
            self._skipping -= skip
            self._in_author -= author
            self._in_side -= side
            self._in_caption -= caption
        if tag == "figcaption" or not self._in_caption:
            self._flush_caption()
        del self._stack[index:]
        if self._article_depth is not None and index <= self._article_depth:
            self._article_depth = -1

    def _data(self, data: str) -> None:
        if self._skipping:
            if self._in_deck:
                self._deck_text.append(data)  # a standfirst in a skipped <header>
            if self._in_caption:
                self._caption_text.append(data)
            elif self._in_side and self._skipping == self._in_side:
                self._side_text.append(data)
            return
        if "&" in data:
            data = html.unescape(data)
        if self._in_author and not self.author and clean_line(data):
            text = clean_line(data)
            if _BY_ALONE.match(text) or _AUTHOR_BOX.match(text):
                return  # "By" in its own text node, or an author box's heading: the name follows
            # "Reviewed by Ana Lima, October 14, 2010": the name, without its date.
            name = byline_name(text) if " " in text else None
            self.author = name if name and name in text else text
            return
        self._text.append(data)

    def _end_label(self, begin: int) -> None:
        """A label element ends: a colon after its text when that names a kind of fact
        ("Directors", "Release Date") and has none; any other label is left as it is."""
        if self._skipping:
            if not (self._in_side and self._skipping == self._in_side):
                return
            text = self._side_text
        else:
            text = self._text
        label = html.unescape("".join(text[begin:])).strip()
        if label and len(label) <= 40 and label[-1] not in ":：" and label_kind(label) is not None:
            text.append(":")

    def _flush(self) -> None:
        # White space only: parse_scraped cleans the text the blocks make.
        joined = "".join(self._text)
        self._text.clear()
        parts = [" ".join(part.split()) for part in joined.split(_BREAK)]
        # Lines set apart by <br> stay apart when they are labelled facts ("Cast: …<br>
        # Director: …"); otherwise a <br> is a space.
        labelled = sum(1 for part in parts if _LABEL_LINE.match(part))
        texts = [p for p in parts if p] if labelled >= 2 else [" ".join(" ".join(parts).split())]
        for text in texts:
            if not text:
                continue
            self.blocks.append((self._tag, text))
            if self._in_deck:
                self.decks.append(text)
            if self._article_blocks is not None and self._article_depth not in (None, -1):
                self._article_blocks.append((self._tag, text))

    def _flush_side(self) -> None:
        if self._side_text:
            for line in "".join(self._side_text).split("\n"):
                text = " ".join(html.unescape(line).split())
                if text:
                    self.side_blocks.append(text)
            self._side_text.clear()

    def _flush_caption(self) -> None:
        if self._caption_text:
            text = " ".join(html.unescape("".join(self._caption_text)).split())
            self._caption_text.clear()
            if text:
                self.captions.append(text)

    def article(self) -> list[tuple[str, str]]:
        """The blocks of the article (or main) element, else of the whole page."""
        self._flush()
        return self._article_blocks or self.blocks


#: trafilatura reads a page only when its markup is this shallow and this small: lxml and the
#: extractor's tree walks are fast on real pages, and these bounds keep crafted ones (thousands
#: of nested elements, hundreds of thousands of tags) on the linear tokenizer alone.
_TRAFILATURA_MAX_DEPTH = 120
_TRAFILATURA_MAX_TAGS = 30_000
#: Pages with less text than this are read by the tokenizer alone: there is no site around them
#: to tell apart from the article.
_TRAFILATURA_MIN_WORDS = 120


def parse_html(
    text: str,
    *,
    path: Path,
    review_id: str,
    problems: list[str],
    engine: str = "auto",
) -> Review:
    """Parse a saved web page: its main text and metadata, then the scraped-text extraction.

    `engine` "auto" uses trafilatura for the article's text and its title and author when the
    page is sane (see the bounds above), with the tokenizer's labelled lines added so that fact
    blocks in side panels are not lost; "own" uses the tokenizer alone; "trafilatura" forces it
    where it can run. Anything trafilatura raises falls back to the tokenizer.
    """
    extractor = _Extractor()
    extractor.feed(text)
    if extractor.truncated:
        problems = [*problems, "the page ends inside a tag or comment; the rest was dropped"]
    blocks = extractor.article()
    words = sum(block.count(" ") + 1 for _, block in extractor.blocks)
    sane = (
        not extractor.truncated
        and extractor.depth <= _TRAFILATURA_MAX_DEPTH
        and extractor.tags <= _TRAFILATURA_MAX_TAGS
    )
    wanted = engine == "trafilatura" or (engine == "auto" and words >= _TRAFILATURA_MIN_WORDS)
    meta = _page_meta(text)
    work = reviewed_work(text)
    if sane and wanted:
        main = _main_text(text)
        if main is not None:
            return _from_main(
                main, extractor, meta, work, path=path, review_id=review_id, problems=problems
            )
    return _from_blocks(
        blocks, extractor, meta, work, path=path, review_id=review_id, problems=problems
    )


@dataclass(frozen=True, slots=True)
class _Main:
    title: str | None
    author: str | None
    lines: list[str]
    rating: str | None = None


# A JSON-LD review's rating: {"@type":"Rating","ratingValue":"3.5","bestRating":"4"}.
_LD_RATING = re.compile(r'"reviewRating"\s*:\s*\{([^{}]{0,400})\}')
_LD_VALUE = re.compile(r'"ratingValue"\s*:\s*"?(\d{1,3}(?:\.\d{1,2})?)"?')
_LD_BEST = re.compile(r'"bestRating"\s*:\s*"?(\d{1,3})"?')


def _ld_rating(page: str) -> str | None:
    """The reviewer's rating from a JSON-LD `Review` block, as "3.5/4"; None if there is none.
    The page is only searched, never run or parsed as JSON."""
    m = _LD_RATING.search(page)
    if not m:
        return None
    value, best = _LD_VALUE.search(m.group(1)), _LD_BEST.search(m.group(1))
    if not value:
        return None
    scale = best.group(1) if best else "5"
    return canonical_rating(f"{value.group(1)}/{scale}")


# JSON-LD: the reviewed film's director(s): "director":{"@type":"Person","name":"Joe Cornish"} or
# a list of such objects.
_LD_DIRECTOR = re.compile(r'"director"\s*:\s*(\[[^\[\]]{0,800}\]|\{[^{}]{0,300}\})')
_LD_NAME = re.compile(r'"name"\s*:\s*"([^"\\]{1,80})"')
# The page's own summary: <meta name="description" content="…"> (or og:description), either
# attribute first.
_META_DESCRIPTION = re.compile(
    r'<meta\s+(?:name|property)\s*=\s*"(?:og:)?description"\s+content\s*=\s*"([^"<>]{1,600})"'
    r'|<meta\s+content\s*=\s*"([^"<>]{1,600})"\s+(?:name|property)\s*=\s*"(?:og:)?description"',
    re.IGNORECASE,
)
#: How much of a page is searched for its metadata: the head, and JSON-LD near the top.
_META_SPAN = 60_000


def _page_meta(page: str) -> tuple[str | None, tuple[str, ...]]:
    """The page's meta description and its JSON-LD directors. The page is only searched,
    never run or parsed as JSON."""
    head = page[:_META_SPAN]
    m = _META_DESCRIPTION.search(head)
    description = clean_line(html.unescape(m.group(1) or m.group(2))) if m else None
    directors: list[str] = []
    d = _LD_DIRECTOR.search(head)
    if d:
        for name in _LD_NAME.findall(d.group(1)):
            text = clean_line(html.unescape(name))
            if text and text not in directors:
                directors.append(text)
    return description or None, tuple(directors[:4])


def _main_text(page: str) -> _Main | None:
    """The page's main text as lines, with its title and author, by trafilatura; None when it
    finds nothing or fails."""
    # Imported here, on the first saved page: trafilatura and lxml take a tenth of a second to
    # load, which a start-up that reads only text files (or only cached cards) need not pay.
    import trafilatura

    try:
        document = trafilatura.bare_extraction(
            page,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_formatting=False,
            include_links=False,
            include_images=False,
            output_format="python",
        )
    except Exception:
        return None
    if document is None:
        return None
    body = getattr(document, "text", None)
    if not isinstance(body, str) or not body.strip():
        return None
    lines = [_BULLET.sub("", line).strip() for line in body.split("\n")]
    title = getattr(document, "title", None)
    author = getattr(document, "author", None)
    return _Main(
        title if isinstance(title, str) and title.strip() else None,
        author if isinstance(author, str) and author.strip() else None,
        [line for line in lines if line],
        _ld_rating(page),
    )


_BULLET = re.compile(r"^\s*(?:[-*•·]\s+)+")
_TITLE_YEAR = re.compile(r"^[^()]{1,80}\s\((?:19|20)\d\d(?:\s*[–—-]\s*(?:\d{2,4})?)?\)$")


# The facts a side panel may add: the credits and figures of a review's own fact box.
_SIDE_KINDS = frozenset(("cast", "director", "runtime", "rating", "platform", "release"))


def _side_labels(extractor: _Extractor, lines: list[str]) -> list[str]:
    """The labelled lines of the page's side panels, of the kinds the article's own lines do
    not label already (a fact box beside the review; a box of other films' facts would repeat
    kinds the review has)."""
    if not extractor.side_blocks:
        return []
    have = {hit.kind for hit in scan_labels(lines) if hit.value}
    out: list[str] = []
    side = extractor.side_blocks
    for hit in scan_labels(side):
        if hit.value and hit.kind in _SIDE_KINDS and hit.kind not in have:
            out.extend(_label_lines(side, hit))
    return out


def _side_credit_block(extractor: _Extractor, lines: list[str]) -> list[str]:
    """A side panel's closing credit block ("Drama. Starring A, B. Directed by X. (R. 120
    minutes.)"), the fact box some sites set beside or under the review in an `<aside>`, to
    stand after the article's lines when they hold none of their own."""
    if not extractor.side_blocks or find_credit_block(lines) is not NO_BLOCK:
        return []
    block = next((b for b in extractor.side_blocks if credit_block(b) is not None), None)
    return [block] if block else []


def _label_lines(lines: list[str], hit: LabelHit) -> list[str]:
    """The lines of a labelled fact, to stand among other lines: a label alone over its values
    ("Director" over "Kelsey Mann") becomes one "Label: value" line, so that the lines placed
    after it are not read as more of its values. The cast keeps its own lines, but for one line
    of every credit ("Amy Poehler as Joy; Maya Hawke as Anxiety; …")."""
    if hit.first == hit.last or not hit.items or (hit.kind == "cast" and len(hit.items) > 1):
        return lines[hit.first : hit.last + 1]
    return [f"{hit.label}: {'; '.join(hit.items)}"]


def _from_main(
    main: _Main,
    extractor: _Extractor,
    meta: tuple[str | None, tuple[str, ...]],
    work: tuple[str | None, int | None],
    *,
    path: Path,
    review_id: str,
    problems: list[str],
) -> Review:
    """The review from trafilatura's text, with the tokenizer's labelled lines and headings."""
    have = {clean_line(line) for line in main.lines}
    extra_lines = [block for _, block in extractor.blocks if clean_line(block) not in have]
    labelled = [
        line
        for hit in scan_labels(extra_lines)
        if hit.value
        for line in (
            _label_lines(extra_lines, hit) if hit.kind != "cast" else [extra_lines[hit.first]]
        )
    ]
    labelled.extend(_side_labels(extractor, [*labelled, *main.lines]))
    # A box's heading that gives a title with its year ("Farzi (2023)"), which the main text
    # left out: the year printed by the title.
    labelled.extend(
        block
        for tag, block in extractor.blocks
        if tag in ("h2", "h3", "h4") and _TITLE_YEAR.match(block) and clean_line(block) not in have
    )
    lines: list[str] = []
    headline = next((block for tag, block in extractor.blocks if tag == "h1"), None)
    title = headline or main.title
    if title:
        lines.append(title)
    author = extractor.author or main.author
    if author:
        lines.append(author if author.lower().startswith("by ") else f"By {author}")
    lines.extend(labelled)
    seen = have.union(clean_line(line) for line in lines)
    head = [block for block in _head_matter(extractor.blocks, have) if block not in seen]
    lines.extend(head)
    lines.extend(main.lines)
    lines.extend(_side_credit_block(extractor, main.lines))
    if author:
        # An author box the main text left out: "<b>Elaine Mosby</b> is a film critic …".
        name = re.sub(r"^(?:by|written by)\s+", "", author, flags=re.IGNORECASE).strip()
        bios = [
            block
            for _, block in extractor.blocks
            if name and block.startswith(name + " ") and block.count(" ") >= 8
        ]
        if bios and clean_line(bios[0]) not in have:
            lines.extend([name, bios[0]])
    sub_decks = {
        clean_line(block)
        for tag, block in extractor.blocks
        if tag in ("h2", "h3", "h4") and _SENTENCE_DECK.match(block)
    }
    headings = frozenset(
        clean_line(block) for tag, block in extractor.blocks if tag in ("h2", "h3", "h4")
    ).difference(sub_decks)
    hints = PageHints(
        title=title,
        author=author,
        headings=headings,
        rating=main.rating or sub_scores([block for _, block in extractor.blocks])[0],
        captions=tuple(extractor.captions),
        description=meta[0],
        directors=meta[1],
        work=work[0] or _headline_work(extractor),
        work_year=work[1],
        decks=frozenset(extractor.decks).union(sub_decks, head),
    )
    review = parse_scraped(
        "\n\n".join(lines), path=path, review_id=review_id, problems=problems, hints=hints
    )
    return replace(review, format=Format.HTML)


def _headline_work(extractor: _Extractor) -> str | None:
    """The one span in italics of the headline, when the headline says more than it: the work
    an essay's headline names ("Leaning on the Everlasting Arms: … in <em>The Night of the
    Hunter</em>"). None when there are none or several, or when the span is the headline."""
    spans = set(extractor.headline_italics)
    if len(spans) != 1:
        return None
    span = spans.pop().strip(" ‘’'\"“”:,.!?")
    headline = next((block for tag, block in extractor.blocks if tag == "h1"), "")
    if not span or len(span) > 80 or span == headline or span[:1].islower():
        return None
    return span


#: How many of the page's blocks just above the main text are kept as its head matter.
_HEAD_MATTER = 6


def _head_matter(blocks: list[tuple[str, str]], have: set[str]) -> list[str]:
    """The blocks between the headline and the first line of the main text that the main text
    left out: the head matter where pages set a dateline, a byline, a rating, a running time, a
    note on where the series premieres. At most the last few, nearest the text; none when the
    main text's first line is not found among the blocks (nothing tells where it starts)."""
    start = next((i + 1 for i, (tag, _) in enumerate(blocks) if tag == "h1"), 0)
    end = next((i for i in range(start, len(blocks)) if clean_line(blocks[i][1]) in have), None)
    if end is None:
        return []
    return [
        clean_line(block)
        for tag, block in blocks[max(start, end - _HEAD_MATTER) : end]
        if tag not in ("h2", "h3", "h4")
    ]


def _from_blocks(
    blocks: list[tuple[str, str]],
    extractor: _Extractor,
    meta: tuple[str | None, tuple[str, ...]],
    work: tuple[str | None, int | None],
    *,
    path: Path,
    review_id: str,
    problems: list[str],
) -> Review:
    """The review from the tokenizer's blocks alone: the `<h1>` first, then the rest."""
    lines: list[str] = []
    headline_done = False
    for tag, block in blocks:
        if tag == "h1" and not headline_done:
            lines.insert(0, block)
            headline_done = True
        else:
            lines.append(block)
    side = _side_labels(extractor, lines)
    lines.extend(_side_credit_block(extractor, lines))
    if side:
        lines[1:1] = side
    hints = PageHints(
        captions=tuple(extractor.captions),
        description=meta[0],
        directors=meta[1],
        work=work[0] or _headline_work(extractor),
        work_year=work[1],
        decks=frozenset(extractor.decks),
        markup_author=bool(extractor.author),
    )
    review = parse_scraped(
        "\n\n".join(lines), path=path, review_id=review_id, problems=problems, hints=hints
    )
    if extractor.author and review.reviewer is None:
        name = re.sub(r"^(?:by|written by)\s+", "", extractor.author, flags=re.IGNORECASE)
        review = replace(review, reviewer=Reviewer(name))
    return replace(review, format=Format.HTML)
