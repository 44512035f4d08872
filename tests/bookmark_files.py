"""Bookmark files as a user might have them, for tests that start from one."""

#: A bookmarks file whose one bookmark is The Martian, watched; tests add their own entries after
#: it. Dates are at noon UTC, so the local date shown is the same in every time zone.
MARTIAN_WATCHED = """\
version = 1

[[bookmark]]
film_key = "the-martian-2015"
title = "The Martian"
year = 2015
status = "watched"
added = 2026-11-20T12:00:00Z
watched_at = 2026-11-22T12:00:00Z
"""
