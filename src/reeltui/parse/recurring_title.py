"""The film's recurring name: the headline's name that the review names first and again.

A headline names the film, and often something else beside it: an episode ("Fifty years ago a
kid directed the best COLUMBO ever! … revisits MURDER BY THE BOOK!"), a character or a place
("Still Game final episode review: Jack and Victor go out …"), a pun or a motto over it ("Say
His Name | Revisiting Candyman (1992)"). The rules can read the wrong one as the title, or take
a line near the top that names a character ("Jack") though the headline names the film. A
review names its film early, as it sets the scene, and again later; the episode, the
character, the place and the pun come later, when the review gets to them. So among the
headline's capitalised runs that the review names at least twice, the one it names first is
the film, when the title read so far is no part of it (nor it of the title: "Dune" of "Dune:
Part Two") and the review names that title later or never.
"""

from __future__ import annotations

import re

from reeltui.parse.layout import loose_key
from reeltui.parse.titles import EDGE, RUN_BREAK, SMALL, credited, person

# How often the review must name a run of the headline for it to be the film's name.
_LEAST = 2
# How many words of a run are tried as a name.
_WORDS = 6
# A run of capitalised words (or digits), small words and "&" allowed inside: "Slings &
# Arrows", "Picnic at Hanging Rock".
_CAPS_RUN = re.compile(
    r"(?<![\w’'])[A-Z0-9][\w’'!.-]*(?:\s+(?:(?:of|the|a|an|and|&|in|on|at|to|for|with|from"
    r"|de|la|le)\s+)*[A-Z0-9][\w’'!.-]*){0,6}"
)
# What marks a span of a headline as the title: "X review", "X (1992)", "X at 50" after it;
# "Review: X", "Revisiting X" before it.
_MARK_AFTER = re.compile(
    r"(?i)(?:\s+[|–—-]\s+)?[^:|–—]{0,20}?\breview\b|\s*\((?:1[89]|20)\d\d\)|\s+at\s+\d{1,3}\b"
)
# Before it: a kicker of two words at most ("Movie Review: X"), or a verb of watching again.
_KICKER = re.compile(r"(?i)\s*(?:[\w-]+\s+){0,2}review\s*[:|–—-]\s*[‘“\"']?")
_AGAIN = re.compile(r"(?i)(?<![\w-])(?:revisit|rewatch|re-watch|reopen)(?:ing|ed|s)?\s+[‘“\"']?$")
_QUOTES = ("'", "‘", "“", '"')
# Words that open a clause before a name and are no first name: "When X released", "As X …".
_OPENERS = SMALL | frozenset(
    "as when while if though although since because once until after before so yet then now"
    " where how why what this that it in its his her their our my your".split()
)
# An owner before a run: "Kogonada’s ‘Columbus’", "John Sayles's Matewan".
_OWNED = re.compile(r"[’']s\s*$")


def _marked(headline: str, at: int, size: int) -> bool:
    """True when the headline marks the span at `at` (of `size` characters) as a title."""
    before = headline[:at]
    return (
        _MARK_AFTER.match(headline, at + size) is not None
        or (at <= 40 and _KICKER.fullmatch(before) is not None)
        or _AGAIN.search(before[-30:]) is not None
        or before.endswith(_QUOTES)
    )


def _lone_name(word: str, prose: str) -> bool:
    """True when `prose` writes `word` capitalised and never in lower case, nor right after a
    capitalised word that is no article, no word opening a clause, no owner and ends no
    sentence (a surname: "Jodie Foster"; not "When Coldwater", "Lima's Coldwater", "Us.
    Coldwater"), nor
    before a number (a counter: "Season 3")."""
    low = word.lower()
    cased = word[:1].upper() + low[1:]
    forms = rf"(?:{re.escape(word)}|{re.escape(cased)})(?![\w’'-])"
    if re.search(rf"(?<![\w’'-]){re.escape(low)}(?![\w’'-])", prose):
        return False
    if re.search(rf"{forms} \d", prose):
        return False
    for m in re.finditer(rf"([A-Z][\w’'.-]*) {forms}", prose):
        before = m.group(1)
        if before.lower() not in _OPENERS and not before.endswith((".", "'s", "’s")):
            return False
    return re.search(forms, prose) is not None


def _runs(line: str) -> list[tuple[list[str], int]]:
    """The runs of capitalised words of a line, cut at possessives, commas and separators, each
    with where it stands in the line; a run that owns what follows it is left out."""
    runs: list[tuple[list[str], int]] = []
    at = 0
    for part in RUN_BREAK.split(line[:300]):
        at = line.find(part, at)
        for m in _CAPS_RUN.finditer(part):
            words = [w.strip(EDGE) for w in m.group(0).split()]
            words = [w for w in words if w]
            end = at + m.end()
            if words and _AGAIN.match(words[0] + " "):
                words = words[1:]  # "Revisiting Candyman": the verb is no part of the name
            if words and not _OWNED.match(line, end, end + 3):
                runs.append((words, at + m.start()))
    return runs


def _within(a: str, b: str) -> bool:
    """True when one key holds the other as whole words."""
    return f" {a} " in f" {b} " or f" {b} " in f" {a} "


def first_named(
    title: str, headline: str, review_key: str, prose: str, people: frozenset[str]
) -> str | None:
    """The run of `headline` the review names first, at least twice (once when the headline
    marks it as a title), when it is no part of `title` nor holds it, and `title` is weak
    beside it: the review never names `title`; or names it later and the headline marks the
    run as a title ("Revisiting X (1992)") and not `title` (earlier too, when the headline
    never writes `title`); or, neither marked, names `title` no more often while the headline
    writes it after the run or not at all. A lone word must be a name (`_lone_name`); a
    person's name, a small word or one of `people` is never it; None when nothing fits.
    `review_key` is the review's `loose_key`, padded; `prose` its text."""
    title_key = loose_key(title)
    if not title_key or not headline:
        return None
    at = headline.lower().find(title.lower())
    limit = len(headline)
    if at >= 0:
        before = headline[:at]
        if (
            _MARK_AFTER.match(headline, at + len(title)) is not None
            or _AGAIN.search(before[-30:]) is not None
            or before.endswith(_QUOTES)
        ):
            return None  # "X review: …", "‘X’ at 40": the headline marks the title, named or not
        if at <= 40 and _KICKER.fullmatch(before) is not None:
            limit = at  # "Y review: X …" marks X, unless Y is the run the review names first
    best: tuple[int, int] | None = None  # (first mention, more words first)
    found: tuple[str, int] | None = None
    for words, place in _runs(headline):
        if place >= limit:
            break
        # (a word the review never names rules out every part that holds it)
        named_words = [not (k := loose_key(w)) or f" {k} " in review_key for w in words]
        if not any(named_words):
            continue
        whole_credited: bool | None = None
        for size in range(min(len(words), _WORDS), 0, -1):
            for start in range(len(words) - size + 1):
                if not all(named_words[start : start + size]):
                    continue
                part = words[start : start + size]
                if part[-1].lower() in SMALL or part[-1] == "&" or (start and part[0] in SMALL):
                    continue
                key = loose_key(" ".join(part))
                if not key or key in SMALL or key in people or key.isdigit():
                    continue
                if _within(key, title_key):
                    continue
                first = review_key.find(f" {key} ")
                if first < 0 or (best is not None and (first, -size) >= best):
                    continue
                text = " ".join(part)
                where = max(place, headline.find(part[0], place))
                if review_key.count(f" {key} ") < _LEAST and (
                    size == 1 or not _marked(headline, where, len(text))
                ):
                    continue  # (once is enough for a run the headline marks as a title)
                if size == 1 and (len(key) < 4 or not _lone_name(text, prose)):
                    continue
                if whole_credited is None:
                    # a person's name and its parts ("Sarah Polley", "Polley")
                    whole_credited = credited(words, review_key, prose)
                if whole_credited or person(part, review_key) or credited(part, review_key, prose):
                    continue
                best, found = (first, -size), (text, where)
    if best is None or found is None:
        return None
    text, place = found
    named = review_key.find(f" {title_key} ")
    if named < 0:
        return text
    marked = _marked(headline, place, len(text))
    if named <= best[0] and not (at < 0 and marked):
        return None
    if marked:
        return text
    more = review_key.count(f" {title_key} ") > review_key.count(f" {loose_key(text)} ")
    return None if more or 0 <= at < place else text


# A run that opens on these words is a season or a part, no film: "Season One", "Part Two".
_NUMBERED = frozenset("season seasons series episode episodes part volume vol chapter".split())
# A verb of watching again that opens a headline: "Reopening The X-Files", "Rewatching X In 2025".
_AGAIN_LEAD = re.compile(r"(?i)(?:revisit|rewatch|re-watch|reopen)(?:ing|ed|s)?\s+")
# The words of a release's format after a title: "X Blu-ray Anime", "X 4K UHD".
_FORMAT = frozenset("blu-ray bluray dvd 4k uhd anime review steelbook criterion".split())


def _lead_named(words: list[str], review_key: str) -> str | None:
    """The longest head of `words` (a whole word count, not ending on a small word) that the
    review names; None when it names none."""
    for size in range(min(len(words), _WORDS), 0, -1):
        part = words[:size]
        if part[-1].lower() in SMALL or part[0].lower() in _NUMBERED:
            continue
        key = loose_key(" ".join(part))
        if key and not key.isdigit() and f" {key} " in review_key:
            return " ".join(part)
    return None


def named_part(title: str, review_key: str, people: frozenset[str]) -> str | None:
    """The film inside a title the review never names whole, where the rest is a frame: a
    kicker before a colon that the review never names ("Repertory Pick: X"), a verb of watching
    again before it ("Reopening X", "Rewatching X In 2025"), or a release's format after it ("X
    Blu-ray Anime"). The part must be named by the review, and be no season or part ("Dune:
    Part Two" stays) and none of `people`; None otherwise."""
    title_key = loose_key(title)
    if not title_key or f" {title_key} " in review_key:
        return None
    found: str | None = None
    before, colon, after = title.partition(": ")
    again = _AGAIN_LEAD.match(title)
    words = title.split()
    if colon and after and f" {loose_key(before)} " not in review_key:
        found = _lead_named(after.split(), review_key)
        found = found if found == after.strip() else None  # (the whole of what follows)
    elif again:
        found = _lead_named(title[again.end() :].split(), review_key)
    elif len(words) > 1 and words[-1].lower() in _FORMAT:
        while len(words) > 1 and words[-1].lower() in _FORMAT:
            words.pop()
        found = _lead_named(words, review_key)
        found = found if found == " ".join(words) else None
    if found is None or loose_key(found) in people:
        return None
    return found


_WORD_EDGE = " ‘’'\"“”«».,:;!?()[]"


def _bare(word: str) -> str:
    """A word without its edges' punctuation and a possessive: "AIRBENDER'S" → "airbender"."""
    word = word.strip(_WORD_EDGE).lower()
    for tail in ("'s", "’s"):
        if word.endswith(tail):
            word = word[: -len(tail)]
    return word


def with_subtitle(title: str, headline: str, prose: str) -> str | None:
    """The title with the subtitle the headline gives it after a colon, when the review writes
    the title with that subtitle too, after a colon and in capitals: "Avatar" with "AVATAR: THE
    LAST AIRBENDER'S FIRST SEASON …" over "Avatar: The Last Airbender premiered …" gives
    "Avatar: The Last Airbender" (as the review writes it); None otherwise."""
    mark = f"{title.lower()}:"
    at = headline.lower().find(mark) if title else -1
    if at < 0:
        return None
    low = prose.lower()
    if mark not in low:
        return None
    heads = [_bare(w) for w in headline[at + len(mark) :].split()[:_WORDS]]
    best, written = "", title
    start = low.find(mark)
    while start >= 0 and len(best.split()) < len(heads):
        words = prose[start + len(mark) : start + len(mark) + 120].split()[: len(heads)]
        taken: list[str] = []
        for word, head in zip(words, heads, strict=False):
            if _bare(word) != head or not head or not (word[:1].isupper() or head in SMALL):
                break
            taken.append(word.rstrip(_WORD_EDGE))
            if word[-1:] in ".,;:!?)":
                break
        while taken and _bare(taken[-1]) in SMALL:
            taken.pop()
        if len(" ".join(taken)) > len(best):
            best, written = " ".join(taken), prose[start : start + len(title)]
        start = low.find(mark, start + 1)
    return f"{written}: {best}" if best else None
