"""The title filter box above the film list (`/`): the list narrows as you type."""

from __future__ import annotations

from textual.widgets import Input

from reeltui.tui.keys import Scope, bindings

__all__ = ["FilterInput"]


class FilterInput(Input):
    """An input whose `enter`/`↓` go back to the list and whose `esc` clears the filter."""

    BINDINGS = bindings(Scope.FILTER)
