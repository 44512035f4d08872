"""The command line: `main` parses and dispatches, `bookmarks` is `reeltui bookmarks …`."""
