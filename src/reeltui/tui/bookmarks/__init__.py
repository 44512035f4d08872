"""The bookmark feature of the TUI: the app's bookmarks as the screens read them (state), the
controller that changes them, the list screen, the note editor, the repair dialog, the header's
badge and the marks the list draws."""
