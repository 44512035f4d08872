"""The command bar (`:` or ctrl+p): Textual command-palette providers for films, people, full
text and the app's commands.

`PROVIDERS` (the app's `COMMANDS`) names each provider by a function that imports it: Textual
calls them when the bar opens, so the providers and what they need (the people's pages, the
help, the table of contents) are imported then, not at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.command import Provider

__all__ = ["PROVIDERS"]


def _films() -> type[Provider]:
    from reeltui.tui.palette.providers import FilmsProvider

    return FilmsProvider


def _actors() -> type[Provider]:
    from reeltui.tui.palette.providers import ActorsProvider

    return ActorsProvider


def _directors() -> type[Provider]:
    from reeltui.tui.palette.providers import DirectorsProvider

    return DirectorsProvider


def _reviewers() -> type[Provider]:
    from reeltui.tui.palette.providers import ReviewersProvider

    return ReviewersProvider


def _full_text() -> type[Provider]:
    from reeltui.tui.palette.providers import FullTextProvider

    return FullTextProvider


def _commands() -> type[Provider]:
    from reeltui.tui.palette.providers import CommandsProvider

    return CommandsProvider


#: Every provider of the bar, each imported when the bar first asks for it.
PROVIDERS: tuple[Callable[[], type[Provider]], ...] = (
    _films,
    _actors,
    _directors,
    _reviewers,
    _full_text,
    _commands,
)
