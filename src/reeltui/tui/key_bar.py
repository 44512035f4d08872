"""The key bar at the bottom: the keys that apply where the focus is, on one line.

Textual's `Footer` rebuilds a widget per key whenever the focus moves, which costs a visible
fraction of a second on every `tab`. This bar is one widget that redraws one line from the
screen's active bindings (the same source the `Footer` uses, with the user's keys in place),
groups keys the way the bindings table asks, and when the line is too narrow drops keys from
the end but keeps "? Help" (or whichever key the user gave it), the key that explains all
the others. A click on a key presses it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import ActiveBinding, Binding
from textual.widget import Widget

__all__ = ["KeyBar", "KeyEntry"]


@dataclass(frozen=True, slots=True)
class KeyEntry:
    """One item of the bar: the keys as shown, what they do, and the key a click presses."""

    keys: str
    description: str
    press: str

    @property
    def width(self) -> int:
        """Cells the entry takes, with its spacing: " keys description "."""
        return len(self.keys) + len(self.description) + 3


def entries(bindings: list[Binding], key_display: dict[str, str]) -> list[KeyEntry]:
    """The bar's entries from bindings in priority order: one per action, groups joined.

    `key_display` maps a binding's key to how it is written. Consecutive actions of the same
    binding group become one entry ("n p Section").
    """
    firsts: dict[str, Binding] = {}
    for binding in bindings:
        firsts.setdefault(binding.action, binding)
    result: list[KeyEntry] = []
    group: Binding.Group | None = None
    for binding in firsts.values():
        shown = key_display.get(binding.key, binding.key)
        if binding.group is not None and binding.group == group and result:
            last = result[-1]
            result[-1] = KeyEntry(f"{last.keys} {shown}", binding.group.description, last.press)
            continue
        group = binding.group
        result.append(KeyEntry(shown, binding.description, binding.key))
    return result


def fit(items: list[KeyEntry], width: int, keep: str = "question_mark") -> list[KeyEntry]:
    """The entries that fit in `width` cells, dropping from the end but keeping `keep`."""
    chosen = list(items)
    while chosen and sum(item.width for item in chosen) > width:
        for index in range(len(chosen) - 1, -1, -1):
            if chosen[index].press != keep or len(chosen) == 1:
                del chosen[index]
                break
    return chosen


def _table_order(items: list[ActiveBinding]) -> Callable[[ActiveBinding], tuple[int, int]]:
    """A sort key keeping the active bindings in the order their widgets declare them.

    A keymap puts a rebound key at the end of its widget's bindings; this puts it back in its
    place, so the user's keys neither reorder the bar nor fall off its end.
    """
    ranks: dict[int, int] = {}
    places: dict[int, dict[str, int]] = {}
    for item in items:
        node = id(item.node)
        if node not in ranks:
            ranks[node] = len(ranks)
            declared = item.node._bindings  # as declared, before the keymap
            places[node] = {}
            for place, (bound, binding) in enumerate(declared):
                places[node].setdefault(_name(bound, binding), place)

    def order(item: ActiveBinding) -> tuple[int, int]:
        node = id(item.node)
        return ranks[node], places[node].get(_name(item.binding.key, item.binding), 1 << 30)

    return order


def _name(key: str, binding: Binding) -> str:
    """What identifies a binding across a keymap: its id, else its key."""
    return f"id:{binding.id}" if binding.id is not None else f"key:{key}"


class KeyBar(Widget):
    """The keys of the focused pane, then the screen's, then the command palette's."""

    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        background: $footer-background;
    }
    KeyBar > .key-bar--key {
        color: $footer-key-foreground;
        text-style: bold;
    }
    KeyBar > .key-bar--description {
        color: $footer-foreground;
    }
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {"key-bar--key", "key-bar--description"}

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._spans: list[tuple[int, int, str]] = []

    def on_mount(self) -> None:
        """Redraw whenever the screen's bindings change (focus moves, actions toggle)."""
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        """Stop listening to the screen."""
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: object) -> None:
        """The keys changed: draw the line again."""
        self.refresh()

    def current_entries(self, active: dict[str, ActiveBinding] | None = None) -> list[KeyEntry]:
        """The entries that apply now (of the screen's `active` bindings, if given), before
        fitting them to the width."""
        if active is None:
            active = self.screen.active_bindings
        shown = [item for item in active.values() if item.binding.show]
        bindings = [item.binding for item in sorted(shown, key=_table_order(shown))]
        display = {binding.key: self.app.get_key_display(binding) for binding in bindings}
        items = entries(bindings, display)
        palette = self.app.COMMAND_PALETTE_BINDING
        if self.app.ENABLE_COMMAND_PALETTE and palette in active:
            items.append(
                KeyEntry(self.app.get_key_display(active[palette].binding), "palette", palette)
            )
        return items

    @property
    def shown(self) -> list[KeyEntry]:
        """The entries on the bar now (the help key kept, whichever key the user gave it)."""
        # Asked for once: the screen works the active bindings out again at each call, asking
        # every widget of the focus chain whether each of its actions applies.
        active = self.screen.active_bindings
        help_key = next(
            (key for key, item in active.items() if item.binding.action == "help"),
            "question_mark",
        )
        return fit(self.current_entries(active), self.size.width, keep=help_key)

    def render(self) -> Text:
        """The fitted entries as one line; records where each one is for clicks."""
        key_style = self.get_component_rich_style("key-bar--key", partial=True)
        text_style = self.get_component_rich_style("key-bar--description", partial=True)
        line = Text(no_wrap=True, overflow="crop")
        self._spans = []
        for item in self.shown:
            start = line.cell_len
            line.append(f" {item.keys} ", key_style)
            line.append(f"{item.description} ", text_style)
            self._spans.append((start, line.cell_len, item.press))
        line.stylize_before(Style.null())
        return line

    def on_click(self, event: events.Click) -> None:
        """Press the key that was clicked."""
        for start, end, key in self._spans:
            if start <= event.x < end:
                self.app.simulate_key(key)
                return
