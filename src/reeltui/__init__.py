"""reeltui: a terminal reader for film reviews."""

__version__ = "0.1.0"
