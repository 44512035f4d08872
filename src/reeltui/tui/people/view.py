"""The body of a person's page: a Line API list of its items, drawn only where it shows.

A reviewer of a large library has thousands of reviews, so the page does not build a widget per
item (as `OptionList` would, measuring every one up front). Films and reviews take one line
each and are drawn when they come into view; the few items that wrap (the bio, the sentences
that name the person) are wrapped once per width. The cursor moves between the items that can
be opened (films, reviews, sentences); `enter` or a click posts `Chosen`.

Everything shown comes from reviews, so it is built as `rich.text.Text` over plain strings,
with control characters made visible, and never read as markup.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reeltui.tui.keys import Scope, bindings
from reeltui.tui.people.items import ItemKind, PageChoice, PageItem
from reeltui.tui.safe import visible
from reeltui.tui.segments import text_segments
from reeltui.words import counted

__all__ = ["PersonView"]

#: The kinds of items whose text is wrapped (the others take one line).
_WRAPPED = frozenset({ItemKind.TEXT, ItemKind.NOTE, ItemKind.MENTION, ItemKind.LINE})
#: Blank lines before and after items of some kinds.
_GAP_BEFORE = {ItemKind.TEXT: 1, ItemKind.HEADING: 1}
_GAP_AFTER = {ItemKind.MENTION: 1, ItemKind.NOTE: 1}
#: The widest the page's text gets, in cells.
_MEASURE = 100
#: Cells before every item, and before the text of a sentence.
_INDENT, _QUOTE_INDENT = 2, 4
_YEAR = 4


class PersonView(ScrollView, can_focus=True, inherit_bindings=False):
    """A person's page as a list; the cursor is on one film, review or sentence at a time."""

    BINDINGS = bindings(Scope.PERSON)

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "person-view--name",
        "person-view--line",
        "person-view--heading",
        "person-view--text",
        "person-view--note",
        "person-view--muted",
        "person-view--where",
        "person-view--cursor",
        "person-view--highlight",
    }

    items: reactive[Sequence[PageItem]] = reactive((), always_update=True, init=False)
    """What the page shows, in order."""

    cursor: reactive[int] = reactive(-1, always_update=True, init=False)
    """The index (into `items`) of the item the cursor is on; -1 when none can be opened."""

    class Chosen(Message):
        """The user opened an item: a film's review, a review, or a sentence."""

        def __init__(self, choice: PageChoice) -> None:
            super().__init__()
            self.choice = choice

    class Closed(Message):
        """The user asked to leave the page."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._width = -1
        self._starts: list[int] = []
        self._heights: list[int] = []
        self._wrapped: dict[int, list[Text]] = {}
        self._total = 0
        self._title_width = 10

    # -- state ---------------------------------------------------------------------------

    @property
    def current(self) -> PageItem | None:
        """The item under the cursor, if any."""
        if 0 <= self.cursor < len(self.items):
            return self.items[self.cursor]
        return None

    def watch_items(self, old: Sequence[PageItem], items: Sequence[PageItem]) -> None:
        """New items: lay them out; the cursor stays on what it was on, else the first one."""
        wanted = old[self.cursor].choice if 0 <= self.cursor < len(old) else None
        self._width = -1
        self._relayout()
        index = next(
            (i for i, item in enumerate(items) if wanted is not None and item.choice == wanted),
            None,
        )
        self.cursor = index if index is not None else self._next(-1, 1)

    def validate_cursor(self, cursor: int) -> int:
        """Keep the cursor on an item that can be opened (-1 when there is none)."""
        if 0 <= cursor < len(self.items) and self.items[cursor].choice is not None:
            return cursor
        return self._next(-1, 1)

    def watch_cursor(self) -> None:
        """Redraw and keep the cursor's item in view."""
        self.refresh()
        self._scroll_cursor_into_view()

    def _next(self, start: int, step: int) -> int:
        """The next item from `start` (not included) that can be opened, going `step`; -1."""
        index = start + step
        while 0 <= index < len(self.items):
            if self.items[index].choice is not None:
                return index
            index += step
        return -1

    # -- layout --------------------------------------------------------------------------

    def _column(self) -> tuple[int, int]:
        """The width of the text column and the margin left of it."""
        width = self.scrollable_content_region.width
        column = max(20, min(_MEASURE, width - 2))
        return column, max(0, (width - column) // 2)

    def _relayout(self) -> None:
        """Measure every item for the current width (only wrapped items are wrapped)."""
        width = self.scrollable_content_region.width
        if width <= 0:
            return
        if width == self._width:
            return
        self._width = width
        column, _ = self._column()
        console = self.app.console
        self._wrapped = {}
        starts: list[int] = []
        heights: list[int] = []
        line = 0
        for index, item in enumerate(self.items):
            if item.kind in _WRAPPED:
                text, indent = self._wrappable(item)
                wrapped = list(text.wrap(console, max(10, column - indent), overflow="fold"))
                self._wrapped[index] = wrapped
                height = len(wrapped)
            else:
                height = 1
            if item.kind is ItemKind.MENTION:
                height += 1  # the line saying where
            height += _GAP_BEFORE.get(item.kind, 0) + _GAP_AFTER.get(item.kind, 0)
            starts.append(line)
            heights.append(height)
            line += height
        self._starts = starts
        self._heights = heights
        self._total = line + 1
        self._title_width = self._measure_titles(column)
        self.virtual_size = Size(0, self._total)

    def _measure_titles(self, column: int) -> int:
        """The width of the title column: the longest title (with its number of reviews), at
        most half the text column."""
        longest = 0
        for item in self.items:
            if item.film is not None:
                reviews = len(item.film.reviews)
                extra = len(f" · {counted(reviews, 'review')}") if reviews > 1 else 0
                longest = max(
                    longest, len(_title(item.film.film.title, item.film.film.season)) + extra
                )
            elif item.review is not None:
                longest = max(longest, len(_title(item.review.film.title, item.review.film.season)))
        return max(10, min(longest, column // 2))

    def _wrappable(self, item: PageItem) -> tuple[Text, int]:
        """An item's text to wrap, and how far it is indented."""
        if item.kind is ItemKind.MENTION and item.mention is not None:
            excerpt, spans = item.mention.excerpt()
            text = Text(visible(excerpt))
            mark = self.get_component_rich_style("person-view--highlight", partial=True)
            for start, end in spans:
                text.stylize(mark, start, end)
            return text, _QUOTE_INDENT
        return Text(visible(item.text)), _INDENT if item.kind is not ItemKind.LINE else 0

    def on_resize(self, event: events.Resize) -> None:
        """Lay out again for the new width."""
        self._relayout()
        self._scroll_cursor_into_view()

    def notify_style_update(self) -> None:
        """A theme change: wrapped texts carry styles, so lay out again."""
        super().notify_style_update()
        self._width = -1
        self.refresh()

    def _scroll_cursor_into_view(self) -> None:
        """Scroll just enough that the cursor's item shows whole (its top if it is taller)."""
        height = self.scrollable_content_region.height
        if height <= 0 or not (0 <= self.cursor < len(self._starts)):
            return
        top = self._starts[self.cursor]
        bottom = top + self._heights[self.cursor]
        if self.cursor == self._next(-1, 1):
            top = 0  # the first item: show the page's head above it
        view = round(self.scroll_y)
        if top < view:
            self.scroll_to(y=top, animate=False, immediate=True, force=True)
        elif bottom > view + height:
            target = min(top, bottom - height)
            self.scroll_to(y=target, animate=False, immediate=True, force=True)

    # -- drawing -------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        """One visible line of the page."""
        self._relayout()
        width = self.scrollable_content_region.width
        base = self.rich_style
        line = round(self.scroll_y) + y
        if not self._starts or line >= self._total - 1:
            return Strip.blank(width, base)
        index = bisect_right(self._starts, line) - 1
        item = self.items[index]
        offset = line - self._starts[index]
        selected = index == self.cursor
        style = base + self.get_component_rich_style("person-view--cursor") if selected else base
        text = self._line_of(index, item, offset, selected)
        if text is None:
            return Strip.blank(width, base)
        column, margin = self._column()
        # The page's colours (the cursor's band on its item) under the item's own.
        line_text = Text(style=style, no_wrap=True)
        line_text.append_text(text)
        line_text.truncate(column, overflow="ellipsis")
        body = Strip(text_segments(line_text, self.app.console))
        if selected:
            body = body.adjust_cell_length(column, style)
        return Strip([Segment(" " * margin, base), *body]).adjust_cell_length(width, base)

    def _part(self, name: str) -> Style:
        return self.get_component_rich_style(f"person-view--{name}", partial=True)

    def _line_of(self, index: int, item: PageItem, offset: int, selected: bool) -> Text | None:
        """Line `offset` of item `index` as text (None: a blank line)."""
        kind = item.kind
        offset -= _GAP_BEFORE.get(kind, 0)
        if offset < 0:
            return None
        if kind is ItemKind.NAME:
            return Text(visible(item.text), style=self._part("name"))
        if kind is ItemKind.HEADING:
            return Text(visible(item.text), style=self._part("heading"))
        if kind is ItemKind.FILM:
            return self._film_line(item)
        if kind is ItemKind.REVIEW:
            return self._review_line(item)
        wrapped = self._wrapped.get(index, [])
        indent = _INDENT
        if kind is ItemKind.MENTION:
            if offset == 0:
                return self._where_line(item)
            offset -= 1
            indent = _QUOTE_INDENT
        elif kind is ItemKind.LINE:
            indent = 0
        if offset >= len(wrapped):
            return None
        line = wrapped[offset].copy()
        part = {ItemKind.LINE: "line", ItemKind.NOTE: "note"}.get(kind, "text")
        line.stylize_before(self._part(part))
        return Text(" " * indent).append_text(line)

    def _film_line(self, item: PageItem) -> Text:
        """A film: title (with its number of reviews), year, what they did in it."""
        film = item.film
        assert film is not None
        title_width = self._title_width
        title = Text(visible(_title(film.film.title, film.film.season)))
        if len(film.reviews) > 1:
            title.append(f" · {counted(len(film.reviews), 'review')}", self._part("muted"))
        title.truncate(title_width, overflow="ellipsis", pad=True)
        year = str(film.film.year) if film.film.year is not None else ""
        line = Text(" " * _INDENT).append_text(title)
        line.append(f"  {year:>{_YEAR}}  ", self._part("muted"))
        line.append(visible(film.credit), self._part("muted"))
        return line

    def _review_line(self, item: PageItem) -> Text:
        """A review: title, year, rating."""
        review = item.review
        assert review is not None
        title_width = self._title_width
        title = Text(visible(_title(review.film.title, review.film.season)))
        title.truncate(title_width, overflow="ellipsis", pad=True)
        year = str(review.film.year) if review.film.year is not None else ""
        rating = Text(visible(review.rating or "–"))
        rating.truncate(10, overflow="ellipsis", pad=True)
        line = Text(" " * _INDENT).append_text(title)
        line.append(f"  {year:>{_YEAR}}  ", self._part("muted"))
        line.append_text(rating)
        return line

    def _where_line(self, item: PageItem) -> Text:
        """Where a sentence is: film, section heading, reviewer."""
        mention = item.mention
        assert mention is not None
        review = mention.review
        where = Text(" " * _INDENT)
        where.append(visible(review.film.label), self._part("where"))
        if mention.heading:
            where.append(f" › {visible(mention.heading)}", self._part("where"))
        if review.reviewer is not None and review.reviewer.name:
            where.append(f" · review by {visible(review.reviewer.name)}", self._part("muted"))
        return where

    # -- keys and mouse ------------------------------------------------------------------

    def action_cursor_down(self) -> None:
        """The next film, review or sentence."""
        following = self._next(self.cursor, 1)
        if following >= 0:
            self.cursor = following
        else:
            self.scroll_to(y=self.max_scroll_y, animate=False, immediate=True, force=True)

    def action_cursor_up(self) -> None:
        """The previous film, review or sentence."""
        previous = self._next(self.cursor, -1)
        if previous >= 0:
            self.cursor = previous
        else:
            self.scroll_to(y=0, animate=False, immediate=True, force=True)

    def _page(self, direction: int) -> None:
        """Move the cursor about a screenful."""
        if not self._starts or self.cursor < 0:
            return
        target_line = self._starts[self.cursor] + direction * max(
            1, self.scrollable_content_region.height - 2
        )
        index = self.cursor
        while True:
            following = self._next(index, direction)
            if following < 0:
                break
            index = following
            if (direction > 0 and self._starts[index] >= target_line) or (
                direction < 0 and self._starts[index] <= target_line
            ):
                break
        self.cursor = index

    def action_page_down(self) -> None:
        """About a screenful down."""
        self._page(1)

    def action_page_up(self) -> None:
        """About a screenful up."""
        self._page(-1)

    def action_first(self) -> None:
        """The first item."""
        self.cursor = self._next(-1, 1)
        self.scroll_to(y=0, animate=False, immediate=True, force=True)

    def action_last(self) -> None:
        """The last item."""
        last = self._next(len(self.items), -1)
        if last >= 0:
            self.cursor = last
        self.scroll_to(y=self.max_scroll_y, animate=False, immediate=True, force=True)

    def _heading_indices(self) -> list[int]:
        return [i for i, item in enumerate(self.items) if item.kind is ItemKind.HEADING]

    def action_next_part(self) -> None:
        """The first item of the next part (films, reviews, mentions)."""
        for heading in self._heading_indices():
            if heading > self.cursor:
                first = self._next(heading, 1)
                if first >= 0:
                    self.cursor = first
                    self._show_heading(heading)
                    return
        self.app.bell()

    def action_previous_part(self) -> None:
        """The first item of this part, or of the one before."""
        headings = [h for h in self._heading_indices() if h < self.cursor]
        for heading in reversed(headings):
            first = self._next(heading, 1)
            if 0 <= first < self.cursor:
                self.cursor = first
                self._show_heading(heading)
                return
        self.app.bell()

    def _show_heading(self, heading: int) -> None:
        """Scroll a part's heading to the top when its first item is there."""
        if heading < len(self._starts):
            self.scroll_to(y=self._starts[heading], animate=False, immediate=True, force=True)

    def action_open(self) -> None:
        """Open the item under the cursor."""
        item = self.current
        if item is not None and item.choice is not None:
            self.post_message(self.Chosen(item.choice))

    def action_close(self) -> None:
        """Leave the page."""
        self.post_message(self.Closed())

    def on_click(self, event: events.Click) -> None:
        """Open the clicked film, review or sentence."""
        offset = event.get_content_offset(self)
        if offset is None or not self._starts:
            return
        line = round(self.scroll_y) + offset.y
        index = bisect_right(self._starts, line) - 1
        if 0 <= index < len(self.items) and self.items[index].choice is not None:
            self.cursor = index
            self.action_open()


def _title(title: str, season: int | None) -> str:
    """A title as a list shows it, with the season of a series."""
    return f"{title} · Season {season}" if season is not None else title
