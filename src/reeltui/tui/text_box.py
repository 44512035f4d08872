"""Whether a widget is a text box (typed keys go into it, not to the app's bindings).

Textual's `TextArea` brings in its document model, syntax themes and tree-sitter glue, about
10 ms of a start-up that never shows one: only the corrections form does. So this asks whether
its module was imported at all before asking whether a widget is one: until the form has been
opened, no widget can be.
"""

from __future__ import annotations

import sys

from textual.widget import Widget
from textual.widgets import Input

__all__ = ["is_text_box"]

#: Where Textual defines `TextArea` (what `textual.widgets.TextArea` loads when first asked).
_TEXT_AREA_MODULE = "textual.widgets._text_area"


def is_text_box(widget: Widget | None) -> bool:
    """Whether the widget is an `Input` or a `TextArea`."""
    if isinstance(widget, Input):
        return True
    module = sys.modules.get(_TEXT_AREA_MODULE)
    return module is not None and isinstance(widget, module.TextArea)
