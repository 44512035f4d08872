"""The film's facts for the side panel: director, cast with roles, runtime, platform, rating.

When several reviews tell of the film, the facts are theirs merged (`films.merge`): each
person once, each role once, and every review's rating by its reviewer with their average.

Everything shown comes from the review, so it is built from `rich.text.Text` over plain
strings and never read as markup. Facts the review does not give are left out rather than
shown as blanks; a review with none says so in one line. Where the extraction was unsure, its
notes end the facts quietly, with the key that corrects them. The widget is drawn from its reactive
`review` and `terms` (bound to the side panel's), with the styles of the moment, so a change
of theme needs nothing but the redraw Textual does anyway.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

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
from reeltui.words import counted, noun

if TYPE_CHECKING:
    from reeltui.films import FilmSummary

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
        "film-facts--unsure",
        "film-facts--key",
        "film-facts--highlight",
    }

    review: reactive[Review | None] = reactive(None, layout=True)
    """The review whose film is shown (None: nothing)."""

    film: reactive[FilmSummary | None] = reactive(None, layout=True)
    """The review's film when several reviews tell of it: their facts are shown merged."""

    terms: reactive[tuple[str, ...]] = reactive((), layout=True)
    """Names to mark wherever the facts show them."""

    def render(self) -> RenderResult:
        """The facts, in the styles of the current theme."""
        return self._render_facts()

    def _add_ratings(
        self, grid: Table, film: FilmSummary, open_review: Review, value: Style
    ) -> None:
        """Each review's rating by its reviewer (the open one marked), then their average."""
        muted = self.get_component_rich_style("film-facts--label", partial=True)
        table = Table.grid(padding=(0, 1))
        table.add_column(no_wrap=True)
        table.add_column(no_wrap=True)
        table.add_column(ratio=1)
        for rated in film.ratings:
            review = rated.review
            here = review.id == open_review.id
            shown = visible(rated.rating.label) if rated.rating is not None else "–"
            by = review.reviewer.name if review.reviewer is not None else review.id
            weight = Style(bold=True) if here else Style()
            table.add_row(
                Text("▸" if here else " ", style=value + weight),
                Text(shown, style=value + weight),
                Text(visible(by), style=(value if here else muted) + weight),
            )
        grid.add_row(Text("Ratings"), table)
        if film.average is not None:
            count = counted(film.average.count, "review")
            grid.add_row(Text("Average"), Text(f"{film.average.label} from {count}", value))

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
        film = self.film if self.film is not None and len(self.film.reviews) > 1 else None
        directors = film.directors if film is not None else review.directors
        if directors:
            names = Text("\n").join(marked(name, value) for name in directors)
            grid.add_row(Text(noun(len(directors), "Director")), names)
        cast: list[tuple[str, tuple[str, ...]]] = (
            [(c.actor, c.roles) for c in film.cast]
            if film is not None
            else [(c.actor, (c.role,) if c.role else ()) for c in review.cast]
        )
        if cast:
            credits: list[RenderableType] = []
            for actor, roles in cast:
                credits.append(marked(actor, value))
                if roles:
                    role_text = Text("as ", style=role)
                    role_text.append_text(marked(" / ".join(roles), role))
                    credits.append(Padding(role_text, (0, 0, 0, 2)))
            grid.add_row(Text("Cast"), Group(*credits))
        runtime = film.runtime_minutes if film is not None else review.runtime_minutes
        if runtime:
            grid.add_row(Text("Runtime"), Text(runtime_label(runtime), value))
        shown = list(film.platforms) if film is not None else [review.platform or ""]
        shown = [platform for platform in shown if platform]
        if shown:
            heading = noun(len(shown), "Platform")
            grid.add_row(Text(heading), Text(visible(", ".join(shown)), value))
        if film is not None:
            self._add_ratings(grid, film, review, value)
        elif review.rating:
            grid.add_row(Text("Rating"), Text(visible(review.rating), value))
        rows = grid.row_count
        parts: list[RenderableType] = []
        if rows:
            parts.append(grid)
        else:
            parts.append(Text("The review names no director, cast or runtime.", style=label))
        if review.problems:
            note = self.get_component_rich_style("film-facts--note", partial=True)
            notes = Text("\n".join(f"• {visible(p)}" for p in review.problems), style=note)
            parts.extend([Text(""), Text("Reading notes", style=label), notes])
        if review.notes:
            quiet = self.get_component_rich_style("film-facts--unsure", partial=True)
            key = self.get_component_rich_style("film-facts--key", partial=True)
            unsure = " · ".join(visible(note) for note in review.notes)
            parts.extend(
                [
                    Text(""),
                    Text(f"Unsure: {unsure}", style=quiet),
                    Text.assemble(("e", key), " to correct", style=quiet),
                ]
            )
        return Group(*parts)
