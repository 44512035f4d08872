"""The reader: one review laid out for reading, on Textual's Line API.

The review is turned into blocks (headline, byline, headings, paragraphs), each wrapped with
Rich to a comfortable measure and centred in the pane. Laying the lines out ourselves means
the reader knows exactly where every heading starts (for `n`, `p` and the table of contents)
and can keep a reading position that survives a change of width: the block at the top of the
view and how far into it, rather than a raw line number.

What it shows is reactive state its screen binds: `review` (opened at its place in
`positions`, the reading positions the settings remember), `terms`, the names to highlight,
`find_query`, what the find bar looks for (or the words of a full-text hit), and `film`, the
review's film when several reviews tell of it (the title says "2 of 3 · Name").

Find marks every match and the current one, and scrolls the current one into view. The review
is folded for matching once, and every query is matched, in a thread worker, so a long review
never holds up typing; marks are laid over the lines as they are drawn, so a new query does
not lay the review out again. The reader tells its screen how many matches it found
(`Reader.Matches`).

All review text becomes `rich.text.Text` built from plain strings: nothing in a review is
read as markup, and the model's text is already cleaned of escape sequences.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from functools import partial
from typing import TYPE_CHECKING, ClassVar

from rich.cells import cell_len
from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.content import Content
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.worker import Worker, WorkerState, get_current_worker

from reeltui.model import Review
from reeltui.tui.keys import Scope, bindings
from reeltui.tui.safe import visible
from reeltui.tui.segments import text_segments
from reeltui.words import counted

if TYPE_CHECKING:
    from reeltui.films import FilmSummary
    from reeltui.search.terms import FindQuery, FoldedText

__all__ = ["MAX_BLOCKS", "MAX_CHARS", "MEASURE", "Heading", "Reader"]

#: The widest a line of review text gets, in cells: about twelve words.
MEASURE = 72
#: The least space left either side of the text.
_MARGIN = 2
#: The most headings and paragraphs laid out for one review. Layout runs again on every resize
#: and costs about 0.1 ms a block, so 262,000 one-line paragraphs would freeze the app for
#: minutes; past this the reader stops and says so. A long real review has under a hundred.
MAX_BLOCKS = 2_000
#: The most characters of paragraphs laid out for one review: about 40,000 words, some 4,000
#: lines (0.07 ms each). The parsers read 1 MiB, which would take over a second to lay out.
MAX_CHARS = 256 * 1024


class _Kind(Enum):
    """What a block of the laid-out review is."""

    HEADLINE = "headline"
    BYLINE = "byline"
    RULE = "rule"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    NOTE = "note"
    END = "end"

    @property
    def component(self) -> str:
        """The component class that styles this kind of block."""
        return "reader--rule" if self is _Kind.END else f"reader--{self.value}"


@dataclass(frozen=True, slots=True)
class _Block:
    """A run of text laid out as one unit, and the blank lines that precede it."""

    kind: _Kind
    text: str
    gap: int = 1
    section: int = -1


@dataclass(frozen=True, slots=True)
class _Found:
    """A find worker's answer: the query's matches in the review it was asked about."""

    generation: int
    folded: FoldedText
    spans: list[tuple[int, int]]


def _find(
    folded: FoldedText | None, texts: Sequence[str], query: FindQuery, generation: int
) -> _Found:
    """Fold the review (unless it already is) and find the query in it (in a worker)."""
    from reeltui.search.terms import FoldedText  # (the search's folding: once a find begins)

    worker = get_current_worker()
    text = folded if folded is not None else FoldedText(texts)
    pattern = query.pattern()
    spans = text.find(pattern, lambda: worker.is_cancelled) if pattern is not None else []
    return _Found(generation, text, spans)


@dataclass(frozen=True, slots=True)
class Heading:
    """A section heading of the open review and the line it is drawn on."""

    title: str
    section: int
    line: int


class Reader(ScrollView, can_focus=True, inherit_bindings=False):
    """Shows one review; `n`/`p` step between headings, the border says how far you are."""

    BINDINGS = bindings(Scope.READER)

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "reader--headline",
        "reader--byline",
        "reader--rule",
        "reader--heading",
        "reader--paragraph",
        "reader--note",
        "reader--highlight",
        "reader--placeholder",
        "reader--match",
        "reader--match-current",
    }

    class Matches(Message):
        """How many matches the find query has in the review, once found, and which one is
        current (-1 when there are none)."""

        def __init__(self, current: int, total: int) -> None:
            super().__init__()
            self.current = current
            self.total = total

    review: reactive[Review | None] = reactive(None, init=False)
    """The review shown (None: the placeholder)."""

    terms: reactive[tuple[str, ...]] = reactive((), init=False)
    """Names to mark wherever the review says them (case and accents ignored)."""

    film: reactive[FilmSummary | None] = reactive(None, init=False, repaint=False)
    """The open review's film when several reviews tell of it (the title says which one)."""

    positions: reactive[Mapping[str, float]] = reactive(dict, init=False, repaint=False)
    """Where each review was left, by id: a review is opened there (else at the top)."""

    placeholder: reactive[str] = reactive("", init=False)
    """What the reader says when it shows no review."""

    find_query: reactive[FindQuery | None] = reactive(None, init=False, repaint=False)
    """What to find and mark in the review (None: nothing, the find bar is closed)."""

    def __init__(
        self,
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._blocks: list[_Block] = []
        self._lines: list[Strip] = []
        self._block_starts: list[int] = []
        self._block_ends: list[int] = []
        self._headings: list[Heading] = []
        self._laid_width = -1
        self._laid_height = -1
        self._laid_styles: tuple[Style, ...] = ()
        #: The text's width and the widget's style while the lines of one pass are drawn
        #: (`render_lines`): the same for every line of a pass.
        self._pass: tuple[int, Style] | None = None
        self._stale = True
        self._anchor = 0.0
        self._pending: float | None = 0.0
        #: A place in a block (block index, character offset) to scroll to once laid out.
        self._pending_place: tuple[int, int] | None = None
        # Where each block starts in the review's text (blocks joined by one character),
        # and, per laid-out line of text, its line number, where it starts and what it says.
        self._starts: list[int] = []
        self._text_lines: list[int] = []
        self._text_origins: list[int] = []
        self._text_plains: list[str] = []
        self._margin = 0
        # Find: the folded review, the matches (starts and ends), the current one.
        self._folded: FoldedText | None = None
        self._generation = 0
        self._match_starts: list[int] = []
        self._match_ends: list[int] = []
        self._current = -1
        self._match_styles = (Style.null(), Style.null())

    # -- what is shown -------------------------------------------------------------------

    def watch_review(self, review: Review | None) -> None:
        """Lay out a new review (None: the placeholder), scrolled to where it was left."""
        position = self.positions.get(review.id, 0.0) if review is not None else 0.0
        self._blocks = _blocks_of(review) if review is not None else []
        self._starts = []
        total = 0
        for block in self._blocks:
            self._starts.append(total)
            total += len(block.text) + 1
        self._folded = None
        self._current = -1
        self._match_starts, self._match_ends = [], []
        self._anchor = position
        self._pending = position
        self._pending_place = None
        self._stale = True
        self._show_title()
        self._relayout()
        self._start_find()

    def watch_film(self) -> None:
        """Another film, or the same with other reviews: say which review this is."""
        self._show_title()

    def _show_title(self) -> None:
        """The border's title: the film, and which of its reviews this is ("2 of 3 · Name")."""
        review = self.review
        if review is None:
            self.border_title = None
            return
        title = visible(review.film.label)
        film = self.film
        place = None
        if film is not None:
            from reeltui.films import position_of  # loaded already: the film was merged

            place = position_of(film, review.id)
        if film is not None and place is not None and len(film.reviews) > 1:
            title += f" · {place + 1} of {len(film.reviews)}"
            if review.reviewer is not None and review.reviewer.name:
                title += f" · {visible(review.reviewer.name)}"
        self.border_title = Content(title)

    def watch_terms(self, old: tuple[str, ...], terms: tuple[str, ...]) -> None:
        """Mark other names: lay the lines out again (unless they already carry these marks)."""
        if terms != old:
            self._stale = True

    def watch_placeholder(self) -> None:
        """Say something else when no review is shown."""
        if self.review is None:
            self._stale = True
            self._relayout()

    @property
    def highlighted(self) -> tuple[str, ...]:
        """The names currently highlighted."""
        return self.terms

    @property
    def headings(self) -> list[Heading]:
        """The section headings of the open review, in order, with their lines."""
        self._ensure_layout()
        return list(self._headings)

    @property
    def position(self) -> float:
        """The reading position: index of the block at the top, plus the fraction scrolled past."""
        return self._pending if self._pending is not None else self._anchor

    @property
    def line_count(self) -> int:
        """How many lines the laid-out review takes."""
        self._ensure_layout()
        return len(self._lines)

    def current_heading(self) -> int | None:
        """Index into `headings` of the section at the top of the view (None: before any)."""
        top = round(self.scroll_y) + 1
        current = None
        for index, heading in enumerate(self._headings):
            if heading.line <= top:
                current = index
        return current

    def jump_to_heading(self, index: int) -> None:
        """Scroll so heading `index` is at the top (-1: the top of the review)."""
        if index < 0:
            self.scroll_to(y=0, animate=False, immediate=True, force=True)
        elif index < len(self._headings):
            self.scroll_to(
                y=max(0, self._headings[index].line - 1), animate=False, immediate=True, force=True
            )

    def scroll_to_section(self, section: int, paragraph: int = 0) -> None:
        """Scroll so paragraph `paragraph` of section `section` is at the top (0: the heading).

        The command bar opens a full-text match here. The first section's first paragraph is
        the top of the review. Before the pane has a size, the place waits for the layout.
        """
        target: int | None = None
        seen = 0
        first_section = next((b.section for b in self._blocks if b.section >= 0), None)
        for index, block in enumerate(self._blocks):
            if block.section != section:
                continue
            if target is None:
                target = 0 if section == first_section else index
            if block.kind is _Kind.PARAGRAPH:
                if seen == paragraph:
                    target = index if paragraph > 0 else target
                    break
                seen += 1
        if target is None:
            return
        self._ensure_layout()
        if self._laid_width > 0 and self._pending is None and target < len(self._block_starts):
            y = 0 if target == 0 else self._block_starts[target]
            self.scroll_to(y=y, animate=False, immediate=True, force=True)
        else:
            self._pending = float(target)

    def scroll_to_sentence(self, section: int, paragraph: int, sentence: str) -> None:
        """Scroll so a sentence of section `section` is near the top of the view.

        The sentence is looked for in paragraph `paragraph` first, then in the section's other
        paragraphs (the file may have changed since it was indexed); when it is not found, the
        paragraph itself is scrolled to. Before the pane has a size, the place waits for the
        layout.
        """
        needle = visible(sentence).strip()
        blocks = [
            index
            for index, block in enumerate(self._blocks)
            if block.section == section and block.kind is _Kind.PARAGRAPH
        ]
        order = (
            blocks[paragraph : paragraph + 1] + blocks if 0 <= paragraph < len(blocks) else blocks
        )
        found = next((i for i in order if needle and needle in self._blocks[i].text), None)
        if found is None:
            self.scroll_to_section(section, paragraph)
            return
        place = (found, self._blocks[found].text.find(needle))
        self._ensure_layout()
        if self._laid_width > 0 and self._pending is None:
            self._scroll_to_place(place)
        else:
            self._pending = float(found)
            self._pending_place = place

    def _scroll_to_place(self, place: tuple[int, int]) -> None:
        """Scroll so the line holding a character of a block is the third line of the view."""
        index, offset = place
        if index >= len(self._starts) or not self._text_lines:
            return
        position = self._starts[index] + offset
        line = self._text_lines[max(0, bisect_right(self._text_origins, position) - 1)]
        self.scroll_to(y=max(0, line - 2), animate=False, immediate=True, force=True)

    # -- layout --------------------------------------------------------------------------

    def _text_width(self) -> int:
        """The width the lines are laid out for: the pane less its scrollbar."""
        return self.scrollable_content_region.width

    def _relayout(self) -> None:
        """Lay the review out for the current width and restore the reading position.

        Lines are wrapped again only for a new width or new content: a pane that only got
        taller or shorter (the find bar opening under it) keeps them.
        """
        width = self._text_width()
        if width <= 0:
            self.virtual_size = Size(0, 0)
            return
        if width != self._laid_width or self._stale:
            self._layout(width)
        self._laid_height = self._view_height()
        self.virtual_size = Size(0, len(self._lines) + self._tail())
        target = self._pending if self._pending is not None else self._anchor
        self._pending = None
        self.scroll_to(y=self._line_of(target), animate=False, immediate=True, force=True)
        self._anchor = target
        if self._pending_place is not None:
            place, self._pending_place = self._pending_place, None
            self._scroll_to_place(place)
        self._update_indicator()
        self.refresh()

    def _ensure_layout(self) -> None:
        """Lay out again when the width, the styles or the highlights changed.

        A new width (the pane was hidden, or resized before the resize event arrived) changes
        the line count, so it takes the full relayout that also restores the position.
        """
        width = self._text_width()
        if width <= 0:
            return
        if width != self._laid_width or self._pending is not None:
            self._relayout()
        elif self._stale:
            self._layout(width)

    def _layout(self, width: int) -> None:
        """Turn the blocks into strips for `width`, recording where blocks and headings start."""
        self._laid_width = width
        self._stale = False
        self._laid_styles = self._style_key()
        console = self.app.console
        base = self.rich_style
        column = max(10, min(MEASURE, width - 2 * _MARGIN))
        margin = max(0, (width - column) // 2)
        lines: list[Strip] = []
        starts: list[int] = []
        ends: list[int] = []
        headings: list[Heading] = []
        text_lines: list[int] = []
        text_origins: list[int] = []
        text_plains: list[str] = []
        if not self._blocks:
            text = Text(self.placeholder, style=base + self._part("reader--placeholder"))
            lines.append(Strip.blank(width, base))
            for line in text.wrap(console, column, justify="center"):
                lines.append(_pad(line, console, margin, width, base))
        highlight = self.get_component_rich_style("reader--highlight")
        self._match_styles = (
            self.get_component_rich_style("reader--match", partial=True),
            self.get_component_rich_style("reader--match-current", partial=True),
        )
        for number, block in enumerate(self._blocks):
            starts.append(len(lines))
            lines.extend(Strip.blank(width, base) for _ in range(block.gap))
            style = base + self._part(block.kind.component)
            if block.kind is _Kind.RULE:
                rule = Text("─" * min(column, 24), style=style)
                lines.append(_pad(rule, console, margin, width, base))
            elif block.kind is _Kind.END:
                end = Text("·  ·  ·", style=style, justify="center")
                for line in end.wrap(console, column, justify="center"):
                    lines.append(_pad(line, console, margin, width, base))
            else:
                text = Text(block.text, style=style)
                if self.terms and block.kind is not _Kind.HEADLINE:
                    from reeltui.search.terms import find_terms  # (names marked: rarely)

                    for start, stop in find_terms(block.text, self.terms):
                        text.stylize(highlight, start, stop)
                if block.kind is _Kind.HEADING:
                    headings.append(Heading(block.text, block.section, len(lines)))
                wrapped = text.wrap(console, column, justify="left", overflow="fold")
                origins = _line_origins(block.text, [line.plain for line in wrapped])
                for offset, (at, plain) in enumerate(origins):
                    text_lines.append(len(lines) + offset)
                    text_origins.append(self._starts[number] + at)
                    text_plains.append(plain)
                for line in wrapped:
                    lines.append(_pad(line, console, margin, width, base))
            ends.append(len(lines))
        lines.append(Strip.blank(width, base))
        self._lines = lines
        self._block_starts = starts
        self._block_ends = ends
        self._headings = headings
        self._text_lines = text_lines
        self._text_origins = text_origins
        self._text_plains = text_plains
        self._margin = margin

    def _part(self, component: str) -> Style:
        """A component's own style (colours and text style), to lay over the pane's."""
        return self.get_component_rich_style(component, partial=True)

    def _line_of(self, position: float) -> int:
        """The first line to show for a reading position."""
        if not self._block_starts:
            return 0
        block = max(0, min(int(position), len(self._block_starts) - 1))
        fraction = max(0.0, min(position - int(position), 1.0)) if position >= 0 else 0.0
        start = self._block_starts[block]
        height = self._block_ends[block] - start
        if block == 0 and fraction == 0.0:
            return 0
        return start + round(fraction * height)

    def _position_at(self, y: int) -> float:
        """The reading position of the block drawn at line `y`."""
        if not self._block_starts:
            return 0.0
        block = max(0, bisect_right(self._block_starts, y) - 1)
        start = self._block_starts[block]
        height = max(1, self._block_ends[block] - start)
        if y <= 0:
            return 0.0
        return block + max(0.0, min((y - start) / height, 0.999))

    # -- Textual hooks -------------------------------------------------------------------

    def on_resize(self, event: events.Resize) -> None:
        """Lay out again for the new size, keeping the reading position."""
        if (
            self._text_width() != self._laid_width
            or self._view_height() != self._laid_height
            or self._pending is not None
        ):
            self._relayout()
        else:
            self._update_indicator()

    def _view_height(self) -> int:
        """How many lines the pane shows."""
        return self.scrollable_content_region.height

    def _tail(self) -> int:
        """Blank lines after the end so the last heading can be scrolled to the top."""
        if not self._headings:
            return 0
        needed = self._headings[-1].line - 1 + self._view_height()
        return max(0, needed - len(self._lines))

    @property
    def end_y(self) -> int:
        """The scroll offset at which the last line of the review is at the bottom."""
        return max(0, len(self._lines) - self._view_height())

    def _scroll_down_to(self, y: float) -> None:
        """Scroll down, but not past the end of the text unless already there (after `n`)."""
        limit = max(self.end_y, round(self.scroll_y))
        self.scroll_to(y=min(y, limit), animate=False, immediate=True, force=True)

    def notify_style_update(self) -> None:
        """A theme change restyles the lines: lay out again when drawn, if the colours moved.

        Focus changes also land here; they leave the text's styles as they were, so the
        comparison with the styles of the last layout saves re-wrapping the whole review.
        """
        super().notify_style_update()
        if self._laid_width < 0 or self._style_key() != self._laid_styles:
            self._stale = True

    def _style_key(self) -> tuple[Style, ...]:
        """Every style the laid-out lines are made of."""
        return (
            self.rich_style,
            *(self.get_component_rich_style(name) for name in sorted(self.COMPONENT_CLASSES)),
        )

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        """Remember the reading position and update the indicator as the view moves."""
        super().watch_scroll_y(old_value, new_value)
        if self._pending is None and self._laid_width > 0:
            self._anchor = self._position_at(round(new_value))
        self._update_indicator()

    def render_lines(self, crop: Region) -> list[Strip]:
        """Draw the lines of `crop`, laid out and styled once for all of them (the widget's
        style and width each cost a walk of its styles, once a line otherwise)."""
        self._ensure_layout()
        self._pass = (self._text_width(), self.rich_style)
        try:
            return super().render_lines(crop)
        finally:
            self._pass = None

    def render_line(self, y: int) -> Strip:
        """Draw one visible line of the laid-out review, with its find marks."""
        if self._pass is None:
            self._ensure_layout()
            width, style = self._text_width(), self.rich_style
        else:
            width, style = self._pass
        index = round(self.scroll_y) + y
        if 0 <= index < len(self._lines):
            strip = self._lines[index]
            if self._match_starts:
                strip = self._marked(index, strip)
            return strip.adjust_cell_length(width, style)
        return Strip.blank(width, style)

    def _marked(self, line: int, strip: Strip) -> Strip:
        """A line with the matches on it marked (the current one its own way)."""
        at = bisect_left(self._text_lines, line)
        if at == len(self._text_lines) or self._text_lines[at] != line:
            return strip
        origin = self._text_origins[at]
        plain = self._text_plains[at]
        end = origin + len(plain)
        found = bisect_right(self._match_ends, origin)
        spans: list[tuple[int, int, Style]] = []
        while found < len(self._match_starts) and self._match_starts[found] < end:
            first = max(self._match_starts[found], origin) - origin
            last = min(self._match_ends[found], end) - origin
            if last > first:
                style = self._match_styles[1 if found == self._current else 0]
                left = self._margin + cell_len(plain[:first])
                spans.append((left, left + cell_len(plain[first:last]), style))
            found += 1
        return _mark(strip, spans) if spans else strip

    # -- find ----------------------------------------------------------------------------

    @property
    def match_count(self) -> int:
        """How many matches of the find query the review has (0 while looking)."""
        return len(self._match_starts)

    @property
    def current_match(self) -> tuple[int, int] | None:
        """The current match, as positions in the blocks' texts joined (None: none)."""
        if self._current < 0:
            return None
        return self._match_starts[self._current], self._match_ends[self._current]

    def matched_text(self, index: int | None = None) -> str:
        """The text of a match (the current one by default), as the review writes it."""
        at = self._current if index is None else index
        if not 0 <= at < len(self._match_starts):
            return ""
        start, end = self._match_starts[at], self._match_ends[at]
        block = self._block_at(start)
        offset = self._starts[block]
        return self._blocks[block].text[start - offset : end - offset]

    def find_again(self) -> None:
        """Find the query again, from the top of the view (after the view moved)."""
        self._current = -1
        self._start_find()

    def watch_find_query(self, old: FindQuery | None, query: FindQuery | None) -> None:
        """Find something else (or nothing: clear the marks)."""
        if query != old:
            self._start_find()

    def _start_find(self) -> None:
        """Look for the find query in the review, in a worker; or clear the marks."""
        self._generation += 1
        query = self.find_query
        if query is None or not self._blocks or query.pattern() is None:
            if self._match_starts:
                self.refresh()
            self._match_starts, self._match_ends, self._current = [], [], -1
            if query is not None:
                self.post_message(self.Matches(-1, 0))
            return
        texts = [block.text for block in self._blocks] if self._folded is None else []
        self.run_worker(
            partial(_find, self._folded, texts, query, self._generation),
            name="find",
            group="find",
            thread=True,
            exclusive=True,
            exit_on_error=False,
        )

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """Show what a find worker found, unless something else was asked for since."""
        if event.worker.group != "find":
            return
        event.stop()
        found = event.worker.result
        if event.state is not WorkerState.SUCCESS or not isinstance(found, _Found):
            return
        if found.generation == self._generation:
            self._folded = found.folded
            self._show_matches(found.spans)

    def _show_matches(self, spans: list[tuple[int, int]]) -> None:
        """Mark these matches and make one current: the one at or after the current one when
        the find bar's phrase changed (so typing on keeps the place), else the first from the
        top of the view."""
        query = self.find_query
        previous = self._match_starts[self._current] if self._current >= 0 else None
        self._match_starts = [start for start, _ in spans]
        self._match_ends = [end for _, end in spans]
        self._current = -1
        if spans:
            anchor = self._top_position()
            if previous is not None and query is not None and query.is_phrase:
                anchor = previous
            index = bisect_left(self._match_starts, anchor)
            self._current = index if index < len(spans) else 0
            self._reveal_current()
        self.refresh()
        self.post_message(self.Matches(self._current, len(spans)))

    def step_match(self, delta: int) -> None:
        """Make the next (`delta` 1) or previous (-1) match current, wrapping around."""
        if not self._match_starts:
            self.app.bell()
            return
        self._current = (self._current + delta) % len(self._match_starts)
        self._reveal_current()
        self.refresh()
        self.post_message(self.Matches(self._current, len(self._match_starts)))

    def _block_at(self, position: int) -> int:
        """The block a position of the joined texts falls in."""
        return max(0, bisect_right(self._starts, position) - 1)

    def _top_position(self) -> int:
        """The position of the first text in view (before layout: of the block to open at)."""
        if self._laid_width > 0 and self._pending is None and self._text_lines:
            at = bisect_left(self._text_lines, round(self.scroll_y))
            if at < len(self._text_lines):
                return self._text_origins[at]
        if not self._starts:
            return 0
        return self._starts[max(0, min(int(self.position), len(self._starts) - 1))]

    def _reveal_current(self) -> None:
        """Scroll the current match into view (a third down the pane) if it is out of it."""
        start = self._match_starts[self._current]
        self._ensure_layout()
        if self._laid_width <= 0 or self._pending is not None or not self._text_lines:
            self._pending = float(self._block_at(start))
            return
        line = self._text_lines[max(0, bisect_right(self._text_origins, start) - 1)]
        top = round(self.scroll_y)
        height = self._view_height()
        if not top <= line < top + height:
            y = max(0, line - height // 3)
            self.scroll_to(y=y, animate=False, immediate=True, force=True)

    # -- the position indicator ----------------------------------------------------------

    def indicator(self) -> str:
        """What the border says about the position: "Top", "42%", "End" or "All"."""
        if self.review is None or not self._lines:
            return ""
        maximum = self.end_y
        if maximum <= 0 and round(self.scroll_y) <= 0:
            return "All"
        y = round(self.scroll_y)
        if y <= 0:
            return "Top"
        if y >= maximum:
            return "End"
        return f"{round(100 * y / maximum)}%"

    def _update_indicator(self) -> None:
        """Write the current section and the position into the bottom border."""
        where = self.indicator()
        if not where:
            self.border_subtitle = None
            return
        index = self.current_heading()
        if index is not None and where not in ("Top", "All"):
            title = self._headings[index].title
            if len(title) > 32:
                title = title[:31] + "…"
            self.border_subtitle = Content(f"{title} · {where}")
        else:
            self.border_subtitle = Content(where)

    # -- actions -------------------------------------------------------------------------

    def action_line_down(self) -> None:
        """Scroll one line down."""
        self._scroll_down_to(self.scroll_y + 1)

    def action_line_up(self) -> None:
        """Scroll one line up."""
        self.scroll_to(y=self.scroll_y - 1, animate=False, immediate=True, force=True)

    def action_page_down(self) -> None:
        """Scroll a screenful down, keeping two lines of the last one for context."""
        step = max(1, self.scrollable_content_region.height - 2)
        self._scroll_down_to(self.scroll_y + step)

    def action_page_up(self) -> None:
        """Scroll a screenful up, keeping two lines for context."""
        step = max(1, self.scrollable_content_region.height - 2)
        self.scroll_to(y=self.scroll_y - step, animate=False, immediate=True, force=True)

    def action_top(self) -> None:
        """Go to the top of the review."""
        self.scroll_to(y=0, animate=False, immediate=True, force=True)

    def action_bottom(self) -> None:
        """Go to the end of the review."""
        self.scroll_to(y=self.end_y, animate=False, immediate=True, force=True)

    def action_next_heading(self) -> None:
        """Scroll the next section heading to the top of the view."""
        top = round(self.scroll_y) + 1
        for index, heading in enumerate(self.headings):
            if heading.line > top:
                self.jump_to_heading(index)
                return
        self.app.bell()

    def action_previous_heading(self) -> None:
        """Scroll the previous section heading to the top (or the review's top)."""
        top = round(self.scroll_y) + 1
        if top <= 1:
            self.app.bell()
            return
        target = -1
        for index, heading in enumerate(self.headings):
            if heading.line < top:
                target = index
        self.jump_to_heading(target)


def _line_origins(text: str, lines: Sequence[str]) -> list[tuple[int, str]]:
    """Where each wrapped line of `text` starts in it, and its characters (padding dropped).

    Wrapping cuts the text into consecutive pieces, leaving out only white space where a line
    breaks, so each line after the first starts at the next character that is not a space;
    unless it starts with that space itself (a full line of wide characters can push a space
    to the next line, where it is kept).
    """
    origins: list[tuple[int, str]] = []
    position = 0
    for number, line in enumerate(lines):
        plain = line.rstrip()
        if number and (not plain or not text.startswith(plain, position)):
            while position < len(text) and text[position].isspace():
                position += 1
        origins.append((position, plain))
        position += len(plain)
    return origins


def _mark(strip: Strip, spans: Sequence[tuple[int, int, Style]]) -> Strip:
    """The strip with the cells of each span `(start, end, style)` restyled."""
    length = strip.cell_length
    cuts = sorted({cut for start, end, _ in spans for cut in (start, end) if cut < length})
    cuts.append(length)
    pieces: list[Strip] = []
    position = 0
    for piece, cut in zip(strip.divide(cuts), cuts, strict=False):
        style = next((style for start, end, style in spans if start <= position < end), None)
        if style is not None:
            piece = Strip(
                [
                    Segment(text, (old or Style.null()) + style, control)
                    for text, old, control in piece
                ],
                piece.cell_length,
            )
        pieces.append(piece)
        position = cut
    return Strip.join(pieces)


def _pad(line: Text, console: Console, margin: int, width: int, base: Style) -> Strip:
    """A wrapped line as a strip: `margin` blank cells, the text, blank to `width`."""
    segments = [Segment(" " * margin, base), *text_segments(line, console)]
    return Strip(segments).adjust_cell_length(width, base)


def _blocks_of(review: Review) -> list[_Block]:
    """The blocks a review is read as: headline, byline, rule, then sections, then an end mark."""
    blocks = [_Block(_Kind.HEADLINE, visible(review.headline or review.film.label))]
    byline: list[str] = []
    if review.reviewer is not None and review.reviewer.name:
        byline.append(f"by {visible(review.reviewer.name)}")
    if review.word_count:
        minutes = max(1, round(review.word_count / 230))
        byline.append(f"{counted(review.word_count, 'word')} · {minutes} min read")
    if byline:
        blocks.append(_Block(_Kind.BYLINE, " · ".join(byline)))
    blocks.append(_Block(_Kind.RULE, ""))
    if not review.sections:
        blocks.append(_Block(_Kind.NOTE, "The text of this review could not be read."))
        blocks.extend(_Block(_Kind.NOTE, visible(problem)) for problem in review.problems)
    body = _body_of(review)
    shown = sum(1 for block in body if block.kind is _Kind.PARAGRAPH)
    total = sum(len(section.paragraphs) for section in review.sections)
    if shown < total:
        notice = (
            f"This review is too long to show in full: the reader shows its first {shown:,} "
            f"of {counted(total, 'paragraph')}."
        )
        blocks.append(_Block(_Kind.NOTE, notice))
        blocks.extend(body)
        blocks.append(_Block(_Kind.NOTE, notice, gap=2))
    else:
        blocks.extend(body)
    blocks.append(_Block(_Kind.END, "", gap=1))
    return blocks


def _body_of(review: Review) -> list[_Block]:
    """The review's headings and paragraphs as blocks, stopping at `MAX_BLOCKS`/`MAX_CHARS`."""
    body: list[_Block] = []
    chars = 0
    for number, section in enumerate(review.sections):
        if section.heading:
            if len(body) >= MAX_BLOCKS:
                return body
            body.append(_Block(_Kind.HEADING, visible(section.heading), gap=2, section=number))
        for paragraph in section.paragraphs:
            chars += len(paragraph)
            if len(body) >= MAX_BLOCKS or (body and chars > MAX_CHARS):
                return body
            body.append(_Block(_Kind.PARAGRAPH, visible(paragraph), section=number))
    return body
