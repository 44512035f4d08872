"""The form that corrects a film's facts when no editor is set (or none can be started).

One field per fact, filled in with what the review says now; an empty field stands for what
the page says. `ctrl+s` (or Save) checks the fields and, when they can be used, hands the
changed ones to the `submit` function it was given (which writes the sidecar); what is wrong
is said in words under the fields, and the form stays open with everything typed. `escape`
(or Cancel) closes it; with changes made, it asks for a second `escape` first.

Everything shown comes from a review, so it is set as plain text (`Content`, `visible`), never
read as markup.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Button, Input, Label, RadioButton, RadioSet, Static, TextArea

from reeltui.corrections import FieldError, FormValues, Problem, form_updates
from reeltui.model import Kind, Review
from reeltui.tui.base import reel_app
from reeltui.tui.key_bar import KeyBar
from reeltui.tui.keys import Scope, bindings
from reeltui.tui.safe import visible

__all__ = ["FactsForm", "Submit"]

#: Writes the changed keys; returns None when saved, else what went wrong in one sentence.
Submit = Callable[[dict[str, Any]], str | None]

#: Each text field: its name in `FormValues`, its label, and a hint under it (if any).
_FIELDS: tuple[tuple[str, str, str | None], ...] = (
    ("title", "Title", None),
    ("year", "Year", None),
    ("season", "Season", "a series' season, such as 2"),
    ("directors", "Directors", "separate names with commas"),
    ("cast", "Cast", "one a line: Actor as Role"),
    ("runtime", "Runtime", "minutes, such as 120, or 2h 10m"),
    ("platform", "Platform", "where it streams or airs, such as Netflix"),
    ("rating", "Rating", "as the review gives it, such as 3.5/5"),
    ("reviewer", "Reviewer", None),
    ("bio", "Bio", "one paragraph about the reviewer"),
)


class FactsForm(ModalScreen[dict[str, Any] | None]):
    """The facts of one review as fields; dismisses with the saved changes, or None."""

    BINDINGS = bindings(Scope.FACTS)

    DEFAULT_CSS = """
    FactsForm {
        align: center middle;
        background: $background 60%;
    }
    FactsForm #facts-dialog {
        max-width: 96;
        height: 95%;
        max-height: 40;
        padding: 0 1;
    }
    FactsForm #facts-fields {
        height: 1fr;
        padding: 0 1;
        margin: 1 0;
        scrollbar-size-vertical: 1;
    }
    FactsForm .facts-row {
        height: auto;
    }
    FactsForm .facts-row.-spaced {
        margin-bottom: 1;
    }
    FactsForm .facts-label {
        width: 11;
        color: $text-muted;
    }
    FactsForm .facts-field {
        width: 1fr;
        height: auto;
    }
    FactsForm Input {
        height: 1;
        border: none;
        padding: 0 1;
        background: $boost;
    }
    FactsForm Input:focus {
        border: none;
        background: $surface-lighten-2;
    }
    FactsForm #facts-cast {
        height: 5;
        border: none;
        padding: 0 1;
        background: $boost;
    }
    FactsForm #facts-cast:focus {
        border: none;
        background: $surface-lighten-2;
    }
    FactsForm Input.-wrong, FactsForm TextArea.-wrong {
        border: none;
        background: $error 35%;
    }
    FactsForm Input.-wrong:focus, FactsForm TextArea.-wrong:focus {
        border: none;
        background: $error 50%;
    }
    FactsForm .facts-hint {
        color: $text-muted;
        text-style: italic;
        padding: 0 0 0 1;
    }
    FactsForm #facts-kind {
        layout: horizontal;
        border: none;
        padding: 0;
        width: auto;
        height: 1;
        background: transparent;
    }
    FactsForm #facts-kind RadioButton {
        width: auto;
        margin-right: 3;
        padding: 0;
        background: transparent;
    }
    FactsForm #facts-notes, FactsForm #facts-lead {
        color: $text-muted;
    }
    FactsForm #facts-warning, FactsForm #facts-errors {
        color: $text-warning;
    }
    FactsForm #facts-errors {
        display: none;
        padding: 0 1;
        margin-bottom: 1;
    }
    FactsForm #facts-errors.-shown {
        display: block;
    }
    FactsForm #facts-buttons {
        height: auto;
        align-horizontal: right;
        padding: 0 1;
    }
    FactsForm #facts-buttons Button {
        margin-left: 2;
        min-width: 10;
        height: 1;
        border: none;
    }
    """

    def __init__(
        self,
        review: Review,
        initial: FormValues,
        submit: Submit,
        *,
        values: FormValues | None = None,
        broken: Problem | None = None,
    ) -> None:
        """A form for `review` starting from `values` (default: `initial`, what it says now).

        `broken` is what is wrong with the sidecar already there: saving replaces it (its text
        is kept beside it), and the form says so.
        """
        super().__init__()
        self._review = review
        self._initial = initial
        self._start = values or initial
        self._submit = submit
        self._broken = broken
        self._warned = False

    def compose(self) -> ComposeResult:
        """The notes, the fields with their hints, the errors and the buttons."""
        review = self._review
        name = review.path.with_suffix(".toml").name
        with Vertical(id="facts-dialog", classes="dialog") as dialog:
            dialog.border_title = Content(f"Correct the facts · {visible(review.film.label)}")
            keys = reel_app(self.app).user_keys
            save, cancel = keys.label("facts_form.save"), keys.label("facts_form.cancel")
            dialog.border_subtitle = f"{save} to save · {cancel} to cancel"
            if review.notes:
                unsure = " · ".join(visible(note) for note in review.notes)
                yield Static(Content(f"Unsure: {unsure}"), id="facts-notes")
            yield Static(
                Content(
                    f"Saved in {visible(name)} beside the review; an empty field takes what "
                    "the page says."
                ),
                id="facts-lead",
            )
            if self._broken is not None:
                yield Static(
                    Content(
                        f"{visible(name)} has an error. {visible(self._broken.sentence())} "
                        f"Saving replaces it; its text is kept in {visible(name)}.rejected."
                    ),
                    id="facts-warning",
                )
            with VerticalScroll(id="facts-fields"):
                for field, label, hint in _FIELDS:
                    with Horizontal(classes="facts-row" + (" -spaced" if hint else "")):
                        yield Label(label, classes="facts-label")
                        with Vertical(classes="facts-field"):
                            yield self._field(field)
                            if hint:
                                yield Static(Content(hint), classes="facts-hint")
                    if field == "year":
                        with Horizontal(classes="facts-row -spaced"):
                            yield Label("Kind", classes="facts-label")
                            with RadioSet(id="facts-kind"):
                                series = self._start.kind == Kind.SERIES.value
                                yield RadioButton("Film", value=not series, id="facts-film")
                                yield RadioButton("Series", value=series, id="facts-series")
            yield Static("", id="facts-errors")
            with Horizontal(id="facts-buttons"):
                yield Button("Save", variant="primary", id="facts-save")
                yield Button("Cancel", id="facts-cancel")
        yield KeyBar()

    def _field(self, name: str) -> Widget:
        """The box for one field, holding its starting value."""
        value = "\n".join(visible(line) for line in getattr(self._start, name).split("\n"))
        if name == "cast":
            area = TextArea(value, id="facts-cast", soft_wrap=True, tab_behavior="focus")
            area.show_line_numbers = False
            return area
        return Input(value=value, id=f"facts-{name}")

    def on_mount(self) -> None:
        """Start in the title."""
        self.query_one("#facts-title", Input).focus()

    # -- reading the fields ---------------------------------------------------------------

    @property
    def values(self) -> FormValues:
        """What the fields hold now."""
        typed: dict[str, str] = {}
        for item in fields(FormValues):
            if item.name == "kind":
                series = self.query_one("#facts-series", RadioButton).value
                typed["kind"] = Kind.SERIES.value if series else Kind.FILM.value
            elif item.name == "cast":
                typed["cast"] = self.query_one("#facts-cast", TextArea).text
            else:
                typed[item.name] = self.query_one(f"#facts-{item.name}", Input).value
        return FormValues(**typed)

    def _show_errors(self, errors: list[FieldError]) -> None:
        """Mark the fields that cannot be saved and say why, under the fields."""
        wrong = {error.field for error in errors}
        for field, _, _ in _FIELDS:
            self.query_one(f"#facts-{field}").set_class(field in wrong, "-wrong")
        box = self.query_one("#facts-errors", Static)
        box.update(Content("\n".join(error.message for error in errors)))
        box.set_class(bool(errors), "-shown")
        if errors and errors[0].field in wrong & {field for field, _, _ in _FIELDS}:
            self.query_one(f"#facts-{errors[0].field}").focus()

    # -- actions --------------------------------------------------------------------------

    @on(Input.Submitted)
    def _next_field(self, event: Input.Submitted) -> None:
        """Enter in a box goes on to the next one (ctrl+s saves)."""
        event.stop()
        self.focus_next()

    @on(Button.Pressed, "#facts-save")
    def _save_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_save()

    @on(Button.Pressed, "#facts-cancel")
    def _cancel_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(None)

    def action_save(self) -> None:
        """Check the fields; save the changed ones, or say what is wrong."""
        values = self.values
        updates, errors = form_updates(values, self._initial)
        if errors:
            self._show_errors(errors)
            return
        self._show_errors([])
        if not updates and self._broken is None:
            self.dismiss({})
            return
        problem = self._submit(updates)
        if problem is not None:
            self._show_errors([FieldError("", problem)])
            return
        self.dismiss(updates)

    def action_cancel(self) -> None:
        """Close without saving; with changes made, only after a second `escape`."""
        if self.values != self._initial and not self._warned:
            self._warned = True
            self.notify(
                "Press esc again to close the form without saving your changes.",
                severity="warning",
                timeout=4,
                markup=False,
            )
            return
        self.dismiss(None)
