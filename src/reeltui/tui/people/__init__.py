"""People's pages in the TUI: the page screen (`screen.py`) with its list (`view.py`) and items
(`items.py`), and the dialog offering the people of the open film (`chooser.py`)."""
