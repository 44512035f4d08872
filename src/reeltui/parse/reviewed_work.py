"""The work a saved page says it reviews, in its JSON-LD: a schema.org `Review` names its
`itemReviewed`, a `Movie` or a `TVSeries`, with the work's name and often the year it was made
(`dateCreated`). Sites that publish reviews set it for search engines, whatever their layout:
it names the film where a headline is an essay's ("X Still Rules: What Works …") and dates it
where the prose says "nearly four decades later".

The page is only searched, never run or parsed as JSON; an object nested before the name (a
director's) ends the search, and so does any doubt.
"""

from __future__ import annotations

import html
import re

from reeltui.text import clean_line

__all__ = ["reviewed_work"]

# The reviewed work's object, as far as its first nested object: '"itemReviewed":{"@type":
# "Movie","name":"Predator","dateCreated":"1987",'.
_ITEM = re.compile(
    r'"itemReviewed"\s*:\s*\{\s*"@type"\s*:\s*"(Movie|TVSeries)"\s*,([^{}\[\]]{0,400})'
)
_NAME = re.compile(r'"name"\s*:\s*"([^"\\]{1,120})"')
_MADE = re.compile(r'"dateCreated"\s*:\s*"((?:18|19|20)\d\d)(?:-\d\d(?:-\d\d)?)?[^"]{0,20}"')
#: How much of a page is searched: JSON-LD sits in the head or near the top of the body.
_SPAN = 60_000


def reviewed_work(page: str) -> tuple[str | None, int | None]:
    """The name and the year of the film or series the page's JSON-LD says it reviews; (None,
    None) when it says none, or names more than one."""
    head = page[:_SPAN]
    if "itemReviewed" not in head:
        return None, None
    items = _ITEM.findall(head)
    if len(items) != 1:
        return None, None
    fields = items[0][1]
    name = _NAME.search(fields)
    made = _MADE.search(fields)
    title = clean_line(html.unescape(name.group(1))) if name else ""
    return title or None, int(made.group(1)) if made else None
