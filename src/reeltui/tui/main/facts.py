"""The film's facts for the side panel: director, cast with roles, runtime, platform, rating.

Everything shown comes from the review, so it is built from `rich.text.Text` over plain
strings and never read as markup. Facts the review does not give are left out rather than
shown as blanks; a review with none says so in one line. The widget is drawn from its reactive
`review` and `terms` (bound to the side panel's), with the styles of the moment, so a change
of theme needs nothing but the redraw Textual does anyway.
"""

from __future__ import annotations

from typing import ClassVar

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.style import Style
from rich.table import Table
from rich.text import Text
from textual.app import RenderResult
from textual.reactive import reactive
from textual.widgets import Static

from reeltui.model import Review
from reeltui.search.terms import find_terms
from reeltui.tui.safe import visible
from reeltui.words import noun

__all__ = ["FilmFacts", "runtime_label"]


def runtime_label(minutes: int) -> str:
    """A runtime for people: "45 min", "120 min (2 h)", "130 min (2 h 10 min)"."""
    if minutes < 60:
        return f"{minutes} min"
    hours, rest = divmod(minutes, 60)
    spelled = f"{hours} h" if rest == 0 else f"{hours} h {rest} min"
    return f"{minutes} min ({spelled})"


class FilmFacts(Static):
    """The facts of the open review's film, with names to highlight marked."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "film-facts--label",
        "film-facts--value",
        "film-facts--role",
        "film-facts--note",
        "film-facts--highlight",
    }

    review: reactive[Review | None] = reactive(None, layout=True)
    """The review whose film is shown (None: nothing)."""

    terms: reactive[tuple[str, ...]] = reactive((), layout=True)
    """Names to mark wherever the facts show them."""

    def render(self) -> RenderResult:
        """The facts, in the styles of the current theme."""
        return self._render_facts()

    def _render_facts(self) -> RenderableType:
        """The facts as a two-column grid (label, value)."""
        review = self.review
        if review is None:
            return Text("")
        label = self.get_component_rich_style("film-facts--label", partial=True)
        value = self.get_component_rich_style("film-facts--value", partial=True)
        role = self.get_component_rich_style("film-facts--role", partial=True)
        mark = self.get_component_rich_style("film-facts--highlight")

        def marked(text: str, style: Style) -> Text:
            result = Text(visible(text), style=style)
            for start, stop in find_terms(text, self.terms):
                result.stylize(mark, start, stop)
            return result

        grid = Table.grid(padding=(0, 1), expand=True)
        grid.add_column(style=label, no_wrap=True)
        grid.add_column(ratio=1)
        rows = 0
        if review.directors:
            heading = noun(len(review.directors), "Director")
            directors = Text("\n").join(marked(name, value) for name in review.directors)
            grid.add_row(Text(heading), directors)
            rows += 1
        if review.cast:
            credits: list[RenderableType] = []
            for credit in review.cast:
                credits.append(marked(credit.actor, value))
                if credit.role:
                    role_text = Text("as ", style=role)
                    role_text.append_text(marked(credit.role, role))
                    credits.append(Padding(role_text, (0, 0, 0, 2)))
            grid.add_row(Text("Cast"), Group(*credits))
            rows += 1
        if review.runtime_minutes:
            grid.add_row(Text("Runtime"), Text(runtime_label(review.runtime_minutes), value))
            rows += 1
        if review.platform:
            grid.add_row(Text("Platform"), Text(visible(review.platform), value))
            rows += 1
        if review.rating:
            grid.add_row(Text("Rating"), Text(visible(review.rating), value))
            rows += 1
        parts: list[RenderableType] = []
        if rows:
            parts.append(grid)
        else:
            parts.append(Text("The review names no director, cast or runtime.", style=label))
        if review.problems:
            note = self.get_component_rich_style("film-facts--note", partial=True)
            notes = Text("\n".join(f"• {visible(p)}" for p in review.problems), style=note)
            parts.extend([Text(""), Text("Reading notes", style=label), notes])
        return Group(*parts)
