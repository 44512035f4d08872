"""Correcting a film's facts in the TUI: `e` opens the editor or the form (`controller.py`,
`form.py`)."""
