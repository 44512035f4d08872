"""The Textual user interface: `app.py` composes the widgets and screens of this package."""
