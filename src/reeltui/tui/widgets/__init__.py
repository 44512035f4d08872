"""The widgets of the reader, one module each: list, reader, facts, bio, side panel, header."""
