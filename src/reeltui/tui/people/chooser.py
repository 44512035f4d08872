"""The people of the open film (`P`): choose one to open their page.

Lists the page last opened (to go back to it) and the person the list is narrowed to, then the
film's directors, its cast with their characters, and its reviewer, each once. Closes with the
chosen person's key (`name_key`), or None.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reeltui.model import Review
from reeltui.search.names import name_key
from reeltui.tui.key_bar import KeyBar
from reeltui.tui.keys import Scope, bindings
from reeltui.tui.safe import visible

__all__ = ["PeopleScreen", "Person", "people_of"]


@dataclass(frozen=True, slots=True)
class Person:
    """A person to offer: their key, name, and what they are to the film (or why offered)."""

    key: str
    name: str
    what: str


def people_of(review: Review, first: Sequence[Person] = ()) -> list[Person]:
    """The people to offer for a review: `first`, then its directors, cast and reviewer, each
    person once with all they are (one who directed and acted: "director · as X")."""
    credits: dict[str, tuple[str, list[str]]] = {}
    for person in first:
        if person.key:
            credits.setdefault(person.key, (person.name, []))[1].append(person.what)

    def add(name: str, what: str) -> None:
        key = name_key(name)
        if key:
            credits.setdefault(key, (name, []))[1].append(what)

    for director in review.directors:
        add(director, "director")
    for credit in review.cast:
        add(credit.actor, f"as {credit.role}" if credit.role else "actor")
    if review.reviewer is not None and review.reviewer.name:
        add(review.reviewer.name, "reviewer")
    return [Person(key, name, " · ".join(whats)) for key, (name, whats) in credits.items()]


class PeopleScreen(ModalScreen[str | None]):
    """A dialog listing people; `enter` closes it with the highlighted one's key."""

    BINDINGS = bindings(Scope.PEOPLE)

    def __init__(self, title: str, people: Sequence[Person]) -> None:
        super().__init__()
        self._title = title
        self._people = list(people)

    def compose(self) -> ComposeResult:
        """A dialog with one option per person."""
        options = []
        for number, person in enumerate(self._people):
            prompt = Content(visible(person.name)).append(
                Content.styled(f"  {visible(person.what)}", "dim")
            )
            options.append(Option(prompt, id=f"person-{number}"))
        with Vertical(id="people-dialog", classes="dialog") as dialog:
            dialog.border_title = Content(f"People · {visible(self._title)}")
            dialog.border_subtitle = "enter for their page · esc to close"
            yield OptionList(*options, id="people-options")
        yield KeyBar()

    def on_mount(self) -> None:
        """Start on the first person."""
        options = self.query_one(OptionList)
        options.highlighted = 0 if self._people else None
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """A click or enter on a person opens their page."""
        event.stop()
        self.dismiss(self._people[event.option_index].key)

    def action_choose(self) -> None:
        """Open the highlighted person's page."""
        highlighted = self.query_one(OptionList).highlighted
        self.dismiss(None if highlighted is None else self._people[highlighted].key)

    def action_cursor_down(self) -> None:
        """Highlight the next person."""
        self.query_one(OptionList).action_cursor_down()

    def action_cursor_up(self) -> None:
        """Highlight the previous person."""
        self.query_one(OptionList).action_cursor_up()

    def action_close(self) -> None:
        """Close without choosing."""
        self.dismiss(None)
