"""The bookmark feature of the TUI: the controller the app owns, the list screen, the note
editor, the repair dialog, the header's badge and the marks the list draws."""
