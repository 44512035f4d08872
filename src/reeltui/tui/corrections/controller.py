"""Correcting a film's facts from the TUI (`e`): in the user's editor, or in a form.

`CorrectionsUI.edit` takes the film the main screen has selected (the open one when the reader
or the facts have the focus). With `$VISUAL` or `$EDITOR` set, the app is suspended
(`App.suspend`) while `corrections.edit_in_editor` runs the editor on the terminal, again and
again with the error at the top of the text until it can be used or the user gives up; then the
app comes back and says what happened. With no editor set, or one that cannot be started, or
where the app cannot be suspended, the form (`form.py`) does the same.

A saved sidecar is read again in a worker (`Library.reread`: that one file, no rescan); then
the app's `review_changed_signal` tells the main screen (the row, the reader, the facts) and
the search (names and titles).
"""

from __future__ import annotations

import os
from typing import Any

from textual.app import SuspendNotSupported
from textual.notifications import SeverityLevel

from reeltui.corrections import (
    Change,
    EditResult,
    FormValues,
    Outcome,
    changes,
    edit_in_editor,
    editor_command,
    form_values,
    save_updates,
    sidecar_path,
    sidecar_problem,
)
from reeltui.library import Library
from reeltui.model import FileProblem, Review
from reeltui.tui.base import ReelBase, ReviewChanged
from reeltui.tui.corrections.form import FactsForm
from reeltui.tui.main.screen import MainScreen

__all__ = ["CorrectionsUI"]

#: A changed fact's new value is named in the notification up to this length (else the fact
#: alone: "cast").
_SHORT = 32


def _said(change: Change) -> str:
    """A changed fact as a notification names it: "year 2015", "cast", "no platform"."""
    if not change.after:
        return f"no {change.fact}"
    return f"{change.fact} {change.after}" if len(change.after) <= _SHORT else change.fact


class CorrectionsUI:
    """The TUI's corrections: `e` opens the editor or the form, a save is read again."""

    def __init__(self, app: ReelBase) -> None:
        self.app = app

    def can_edit(self) -> bool:
        """Whether `e` has a film to correct now (a film is selected: nothing is read)."""
        screen = self.app.screen
        return (
            self.app.library is not None
            and isinstance(screen, MainScreen)
            and screen.selected_film is not None
        )

    def _target(self) -> Review | None:
        """The selected film's card as the library's catalog holds it now (None: nothing to
        correct). One look-up by id in the catalog."""
        library = self.app.library
        screen = self.app.screen
        if library is None or not isinstance(screen, MainScreen):
            return None
        review = screen.selected_film
        entry = library.get(review.id) if review is not None else None
        return library.card(entry) if entry is not None else None

    # -- editing --------------------------------------------------------------------------

    def edit(self) -> None:
        """Correct the selected film's facts: in the editor if one is set, else in the form."""
        card = self._target()
        if card is None:
            return
        command = editor_command(os.environ)
        if command is not None:
            result = self._in_editor(card, command)
            if result is not None and result.outcome is not Outcome.NO_EDITOR:
                self._finish(card, result)
                return
            why = result.reason if result is not None else "The terminal cannot be handed over."
            self._tell(f"{why} Correct the facts here instead.", severity="warning")
        self.open_form(card)

    def _in_editor(self, card: Review, command: list[str]) -> EditResult | None:
        """Run the editor with the app suspended; None when the app cannot be suspended.

        A test's app has no terminal to hand over, so the editor (a script) runs as it is.
        """

        def edit() -> EditResult:
            try:
                return edit_in_editor(card, command)
            except Exception as exc:  # the app must come back whatever happened
                reason = f"reeltui failed while editing ({type(exc).__name__}); please report it."
                return EditResult(Outcome.CANCELLED, sidecar_path(card), reason=reason)

        try:
            with self.app.suspend():
                return edit()
        except SuspendNotSupported:
            return edit() if self.app.is_headless else None

    def open_form(self, card: Review, values: FormValues | None = None) -> None:
        """Correct the facts in the form (prefilled with `values`, else what the review says)."""
        existing, problem = sidecar_problem(card)
        if problem is not None and existing is None:
            self._tell(f"{problem.sentence()}", severity="error")
            return
        saved: list[EditResult] = []

        def submit(updates: dict[str, Any]) -> str | None:
            result = save_updates(card, updates)
            if result.outcome is Outcome.CANCELLED:
                return result.sentence()
            saved.append(result)
            return None

        def closed(updates: dict[str, Any] | None) -> None:
            if updates is None:
                return
            if not saved:
                self._tell("Nothing changed.", timeout=3)
                return
            self._finish(card, saved[-1])

        form = FactsForm(card, form_values(card), submit, values=values, broken=problem)
        self.app.push_screen(form, closed)

    # -- after the edit -------------------------------------------------------------------

    def _finish(self, card: Review, result: EditResult) -> None:
        """Say how the edit ended; read a changed review again (in a worker)."""
        if result.outcome is Outcome.CANCELLED:
            self._tell(result.sentence(), title="Facts not corrected", severity="error")
            return
        if not result.changed:
            self._tell(result.sentence(), timeout=3)
            return
        library = self.app.library
        if library is None:
            return

        def reread() -> None:
            after = library.reread(card)
            self.app.call_from_thread(self._reread, library, card, result, after)

        self.app.run_worker(reread, thread=True, group="corrections", exit_on_error=False)

    def _reread(
        self, library: Library, card: Review, result: EditResult, after: Review | FileProblem
    ) -> None:
        """The review was read again: say what changed, and tell the screens."""
        if isinstance(after, FileProblem):
            self._tell(
                f"{result.sentence()} The review could not be read again: {after.message}.",
                severity="error",
            )
            return
        words = [_said(c) for c in changes(card, after) if c.fact != "film key"]
        detail = f" Now: {', '.join(words)}." if words else ""
        self._tell(f"{result.sentence()}{detail}", title=after.film.label, timeout=6)
        if self.app.library is library:
            self.app.review_changed_signal.publish(ReviewChanged(card, after))

    def _tell(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float = 10,
    ) -> None:
        """One notification, its text never read as markup."""
        self.app.notify(message, title=title, severity=severity, timeout=timeout, markup=False)
