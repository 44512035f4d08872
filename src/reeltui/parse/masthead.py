"""The site's masthead: its name (and motto) over the menu at the page's top.

A saved page very often opens on the site's name, maybe its motto or a "Subscribe | Log in"
line, then a row of links ("News | Film | TV | Reviews"). Those lines name the site, never the
film: "LA WEEKLY", "Georgia Straight / Vancouver's News & Entertainment Weekly", "Ozus' World
Movie Reviews". Yet a site's name is short, title-cased and often says "review", so the
headline's rules can take it, and the title's rules take it back from a footer ("© 2020 LA
Weekly") or a label ("Flicks Review", "MORE FROM LA WEEKLY") that names it again.

`site_lines` finds the lines over the first row of links; `site_keys` gives their loose keys,
with and without a closing "review(s)" ("National Review" is the site "National" that reviews),
so that neither the headline nor the title is one of them.
"""

from __future__ import annotations

from collections.abc import Sequence

from reeltui.parse.layout import is_chrome, loose_key

# What parts a row of links ("News | Film | TV", "Home · News", "Home   News   Reviews").
_BARS = ("|", " · ", " • ", "   ")
# The most lines a masthead holds over its menu: name, motto, "Subscribe Log in".
_MOST = 3
# Words a site's name may close on, saying what it publishes.
_TRAILING = ("movie reviews", "film reviews", "reviews", "review")


def _link_row(unit: str) -> bool:
    """True when `unit` is a row of three or more links (maybe run on into the line after it:
    "Movies | News | Reviews Sydney ▾ Search movies")."""
    if len(unit) > 250 or any(c.isdigit() for c in unit):
        return False  # ("Drama · 125 minutes · 12A": the film's facts, no links)
    for bar in _BARS:
        if bar in unit:
            parts = unit.split(bar)
            if len(parts) < 3:
                return False  # ("Ana Lima in Harbour Lights | Photo: A24": a caption)
            return is_chrome(unit) or sum(len(p.split()) <= 3 for p in parts[:-1]) >= 3
    return False


def site_lines(units: Sequence[str]) -> int:
    """How many lines at the page's top stand over its first row of links (the masthead), or 0
    when no row of links comes within the first four lines, or a line over it is no name (a
    long line, a year in brackets)."""
    for j in range(1, min(_MOST + 1, len(units))):
        if _link_row(units[j]):
            top = units[:j]
            if all(len(u) <= 80 and "(1" not in u and "(2" not in u for u in top):
                return j
            return 0
    return 0


def site_keys(units: Sequence[str], lines: int) -> frozenset[str]:
    """The loose keys of the masthead's lines (the first `lines` units), each also without a
    closing "review(s)" ("ozus world movie reviews" gives "ozus world"), and with a closing
    "review(s)" added to a name without it ("flicks" gives "flicks review")."""
    keys: set[str] = set()
    for unit in units[:lines]:
        key = loose_key(unit)
        if not key:
            continue
        keys.add(key)
        for word in _TRAILING:
            if key.endswith(f" {word}"):
                keys.add(key[: -len(word) - 1])
                break
        else:
            keys.update((f"{key} review", f"{key} reviews"))
    return frozenset(keys)


# The most words of a page's first line that may be the site's name ("AP NEWS", "Global News").
_NAME_WORDS = 4


def _recurring_first_line(units: Sequence[str]) -> str:
    """The loose key of the page's first line when it is short and a later line opens on it
    again (the site's name over the page and in its footer: "AP NEWS" … "AP NEWS", "Global
    News" … "Global News | Terms of Use"); "" otherwise."""
    if len(units) < 3 or not units[0] or units[0].count(" ") >= _NAME_WORDS:
        return ""
    first = units[0]
    low = first.lower()
    size = len(first)
    for unit in units[2:]:
        if unit[:size].lower() == low and (len(unit) == size or not unit[size].isalnum()):
            return loose_key(first)
    return ""


def without_site(name: str, units: Sequence[str], keys: frozenset[str]) -> str:
    """The byline's `name` without the site's name glued after it ("DANA KORRIGAN AP" under
    the masthead "AP NEWS", "Nathan Kovalenko Global News" on Global News's page): the words
    that open the name of the site, as the masthead gives it (`keys`) or as the page's first
    line gives it and a later line repeats it. At least two words are kept."""
    words = name.split()
    if len(words) < 3:
        return name
    names = set(keys)
    if recurring := _recurring_first_line(units):
        names.add(recurring)
    if not names:
        return name
    for k in range(2, len(words)):
        tail = loose_key(" ".join(words[k:]))
        if tail and any(site == tail or site.startswith(f"{tail} ") for site in names):
            return " ".join(words[:k])
    return name
