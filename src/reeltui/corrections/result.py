"""How an edit of a review's sidecar ended, and the words that tell the user."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from reeltui.corrections.document import Problem
from reeltui.text import display_path

__all__ = ["EditResult", "Outcome"]


class Outcome(StrEnum):
    """How an edit ended."""

    SAVED = "saved"
    REMOVED = "removed"
    UNCHANGED = "unchanged"
    CANCELLED = "cancelled"
    NO_EDITOR = "no editor"


@dataclass(frozen=True, slots=True)
class EditResult:
    """How an edit ended, with what the user needs to be told.

    `problem` is the error a cancelled text still had; `kept` is where the user's text was
    kept when it was not saved (or, once saved, where the broken sidecar it replaced went);
    `reason` says why the editor could not be started, why it failed, or why the sidecar
    could not be written.
    """

    outcome: Outcome
    sidecar: Path
    problem: Problem | None = None
    kept: Path | None = None
    reason: str | None = None

    @property
    def changed(self) -> bool:
        """Whether the sidecar on disk changed (so the review must be read again)."""
        return self.outcome in (Outcome.SAVED, Outcome.REMOVED)

    def sentence(self) -> str:
        """What happened, in one or two sentences for the user."""
        name = display_path(self.sidecar.name)
        match self.outcome:
            case Outcome.SAVED:
                saved = f"Saved the corrections in {name}."
                if self.kept is not None:
                    saved += f" Its old text is kept in {display_path(self.kept)}."
                return saved
            case Outcome.REMOVED:
                return f"Removed {name}: the facts are read from the review again."
            case Outcome.UNCHANGED:
                return "Nothing changed."
            case Outcome.NO_EDITOR:
                return self.reason or "No editor could be started."
        return f"Nothing was saved. {self.why()}".strip()

    def why(self) -> str:
        """Why a cancelled edit saved nothing, and where the user's text was kept."""
        text = self.reason or (self.problem.sentence() if self.problem else "")
        if self.kept is not None:
            text += f" Your text is kept in {display_path(self.kept)}."
        return text.strip()
