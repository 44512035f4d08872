"""The command bar (`:` or ctrl+p): Textual command-palette providers for films, people, full
text and the app's commands."""
