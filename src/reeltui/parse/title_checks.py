"""Last checks on a chosen title, by what the review's text confirms.

The rules and the evidence model (`titles`) pick a title among the page's candidates. Two
shapes slip past them, whatever the site:

- a cut title: the headline or a short line gives a part of the film's name ("Kath &", "The
  Wedding", "Marseilles", "Atanarjuat") where another candidate gives it whole ("Kath & Kim",
  "The Wedding Party", "Five Fingers for Marseilles", "Atanarjuat: The Fast Runner") and the
  review writes that whole name. The fair count of the part (its mentions less the whole's) can
  still beat the whole, since a review shortens a long title as it goes; the longest candidate
  the review confirms in full is the title.
- a person: a headline opening on the director's name ("Nattawut Poonpiriya turns a cheating
  racket into …") gives that name as a candidate. A name the page credits as the director is
  never the title; the next candidate the review names is.

Each check costs a few substring tests over keys made already.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reeltui.parse.credits import is_name
from reeltui.parse.layout import loose_key

# Words that make a candidate a sentence or a label rather than a name: any word in lower case
# but these small ones.
_SMALL = frozenset(
    "a an the of and or in on at to for with by from as but nor vs de la le du des del von"
    " van".split()
)
# A longer candidate that only adds a number, a season, a part or a format to the title: the
# parser settles those elsewhere ("X 2", "X Season 3", "X 4K").
_ADDED = re.compile(
    r"(?i)^(?:\d+|season|series|episode|vol|volume|part|chapter|4k|blu|dvd|uhd|review|movie"
    r"|film|trailer|s\d+)\b"
)
_WORDS = 8


def _count(body_key: str, key: str) -> int:
    return body_key.count(f" {key} ") if key else 0


def _title_like(text: str) -> bool:
    """True when every word of `text` is capitalised, a number, a sign, or a small word."""
    words = text.split()
    if not words or len(words) > _WORDS:
        return False
    for word in words:
        core = word.strip("‘’'\"“”«»()[]:,.!?-–—")
        if not core or not core[:1].isalpha():
            continue
        if core[:1].islower() and core.lower() not in _SMALL:
            return False
    return True


# Verbs a sentence goes on with after naming the film ("Mindhunter is here", "Mommy is a …"):
# a candidate cut after one is the title and a verb, no longer title.
_VERB_TAIL = frozenset(
    "is isn't are aren't was wasn't were has hasn't have had does doesn't did will won't would"
    " can can't could may might must should gets makes".split()
)


def verb_tailed(text: str) -> bool:
    """True when `text` ends on a verb that follows a title in a sentence ("Mommy Is", "Gangs
    of Wasseypur is"): the title and the start of what the sentence says of it."""
    words = text.rstrip("‘’'\"“”«»()[]:,.!?-–— ").split()
    return len(words) >= 2 and words[-1].lower().replace("’", "'") in _VERB_TAIL


# What a headline in title case says of the film after its name: "X Still Rules", "X Remains
# …", "X Is Back".
_PREDICATE = _VERB_TAIL | frozenset(
    "still remains returns holds stays turns proves shows deserves rules hits lands offers brings"
    " takes feels works endures".split()
)


def named_lead(text: str, body_key: str) -> str | None:
    """The film's name at the head of a headline in title case that says something of it, where
    the review never names the whole and names the head twice or more ("Predator Still Rules"
    → "Predator", "Paddington Remains a Delight" → "Paddington"). A person's name that the
    review then shortens to the surname ("Tom Cruise Is Back": "Cruise") is not it, nor a
    small word; None when no lead fits."""
    words = text.split()
    if len(words) < 2 or len(words) > 2 * _WORDS or _count(body_key, loose_key(text)):
        return None
    for size in range(min(len(words) - 1, _WORDS), 0, -1):
        lead = " ".join(words[:size])
        key = loose_key(lead)
        if words[size].lower().replace("’", "'") not in _PREDICATE:
            continue  # the head must end where the sentence's verb begins
        if words[size - 1].lower() in _SMALL or len(key) < 4 or not _title_like(lead):
            continue
        if _count(body_key, key) < 2:
            continue
        if size > 1 and _count(body_key, loose_key(words[size - 1])) > _count(body_key, key):
            continue  # "Tom Cruise" … "Cruise": a person
        return lead
    return None


_NUMBER_WORDS = {
    w: i + 1 for i, w in enumerate("one two three four five six seven eight nine ten".split())
}
# "Sherlock: Series One", "Fargo – Season 2", "Top Boy, Series 3": the show and a season.
_SEASON_SUFFIX = re.compile(
    r"^(.+?)(?:\s*(:|,|\s[–—-])\s*|\s+)(?:series|season)\s+(\d{1,2}|one|two|three|four|five|six"
    r"|seven|eight|nine|ten)$",
    re.IGNORECASE,
)


def season_suffix(title: str, body_key: str) -> tuple[str, int] | None:
    """("Sherlock", 1) for a title that closes on its season after a colon, a comma or a dash
    ("Sherlock: Series One"), or after a space ("Twin Peaks Season One"), where the review
    names the show without it (more often than with it, after a space); None otherwise."""
    if "eason" not in title and "eries" not in title:
        return None
    m = _SEASON_SUFFIX.match(title)
    if not m:
        return None
    bare, number = m.group(1).strip(), m.group(3).lower()
    season = int(number) if number.isdigit() else _NUMBER_WORDS[number]
    if not 1 <= season <= 30 or not _count(body_key, loose_key(bare)):
        return None
    if not m.group(2) and _count(body_key, loose_key(bare)) <= _count(body_key, loose_key(title)):
        return None  # "X Season One" with no mark between: a name, when the review never cuts it
    return bare, season


def after_colon(title: str, body_key: str) -> str | None:
    """The part after a title's colon where the review names it twice or more and never names
    the part before it nor the whole: an essay's frame over the film ("The Shadow Before the
    Remake: Nosferatu"). None otherwise."""
    before, colon, after = title.partition(": ")
    if not colon or not after or _count(body_key, loose_key(title)):
        return None
    if _count(body_key, loose_key(before)) or not _title_like(after):
        return None
    return after if _count(body_key, loose_key(after)) >= 2 else None


def longest_confirmed(
    title: str,
    candidates: list[tuple[str, bool]],
    body_key: str,
    people: frozenset[str],
) -> str:
    """The longest of `candidates` that holds `title` as whole words and that the review
    (`body_key`, a padded `loose_key` of its text) names in full: twice, or once where the
    candidate comes from the page's lines rather than the review's own spans (its flag True).
    A candidate that adds a possessive maker ("Sarah Polley's X"), a number, a season or a
    format to the title, a sentence, or one of `people` (keys of the page's credited names) is
    not it. `title` when none fits."""
    key = loose_key(title)
    if not key:
        return title
    best, best_len = title, len(key)
    held = f" {key} "
    for text, from_page in candidates:
        other = loose_key(text)
        if len(other) <= best_len or held not in f" {other} " or other in people:
            continue
        if not _title_like(text) or "’s " in text or "'s " in text or _OWNER.match(text):
            continue
        if verb_tailed(text):
            continue  # "Mindhunter Is": the title, then the sentence's verb
        at = f" {other} ".index(held)
        added = f" {other} "[at + len(held) :].strip() or f" {other} "[:at].strip()
        if added == "s" or _ADDED.match(added) or all(w in _SMALL for w in added.split()):
            continue  # "X 2", "X Season 3", "X’s", "In X"
        if _count(body_key, other) < (1 if from_page else 2):
            continue
        best, best_len = text, len(other)
    return best


def directed(title: str, prose: str) -> bool:
    """True when `title` reads as a person's name that the review (`prose`, its text) calls
    a director ("Director X", "directed by X", "X directs"): a headline that opens on the
    director's name gave it."""
    if " " not in title or title not in prose or not is_name(title):
        return False
    return any(
        cue in prose
        for cue in (
            f"Director {title}",
            f"director {title}",
            f"directed by {title}",
            f"Directed by {title}",
            f"{title} directs",
            f"{title}’s direction",
            f"{title}'s direction",
        )
    )


# A headline that opens on the time since the film came out, then names it: "20 Years Ago,
# X Rebooted …", "Ten Years Later, ‘X’ Season 4 Is …", "It's been 10 years since X won …",
# "Two decades on: X still …".
_LEAD_IN = re.compile(
    r"(?i)^(?:(?:\d{1,3}|a|two|three|four|five|ten|fifteen|twenty|twenty-five|thirty|forty"
    r"|fifty)\s+(?:years?|decades?)\s+(?:ago|later|on|after)\s*[,:–—-]\s*"
    r"|it[’']s\s+been\s+\S+\s+years?\s+since\s+)"
)
_QUOTED_LEAD = re.compile(r"[‘“\"']([^‘’“”\"]{1,80}?)[’”\"'](?![\w])")
_SUBJECT_WORDS = 6


# A headline that frames the film as looked back on: "Rewatching X 10 Years Later", "Revisiting
# X", "X, 20 years on", "Looking back at X".
_FRAME_BEFORE = re.compile(
    r"(?i)^(?:rewatching|revisiting|re-watching|looking\s+back\s+(?:at|on)|remembering"
    r"|returning\s+to)\s+"
)
_FRAME_AFTER = re.compile(
    r"(?i)(?:,|:|\s+[–—-])?\s+(?:(?:\d{1,3}|a|two|three|four|five|ten|fifteen|twenty"
    r"|twenty-five|thirty|forty|fifty)\s+(?:years?|decades?)\s+(?:later|on|after)|revisited)$"
)


def past_frame(title: str, body_key: str) -> str | None:
    """The film a title frames as looked back on ("Rewatching X 10 Years Later", "X –
    Revisited"), when the review names what the frame holds; None otherwise."""
    if not title[:1].isalpha():
        return None
    before = _FRAME_BEFORE.match(title)
    after = _FRAME_AFTER.search(title) if " " in title else None
    if before is None and after is None:
        return None
    inner = title[before.end() if before else 0 : after.start() if after else len(title)]
    inner = inner.strip(" ,:–—-‘’'\"“”")
    if not inner or not _title_like(inner) or not _count(body_key, loose_key(inner)):
        return None
    return inner


def numbered(text: str) -> bool:
    """True for a list's item ("1. Kashaf", "3) The mothers"): a listicle's heading, no title."""
    return len(text) > 3 and text[0].isdigit() and bool(re.match(r"\d{1,2}[.)]\s", text))


def past_lead_in(title: str, headline: str, body_key: str) -> str | None:
    """The film a headline names after a lead-in of the years since it came out, when the
    chosen `title` is that headline or a part of its lead-in ("Ten Years"), or opens on such a
    lead-in itself: the span the headline quotes next, or else the longest run of its next
    capitalised words that the review (`body_key`) names. None when there is no lead-in or
    the review names none of it."""
    for line in (title, headline):
        m = _LEAD_IN.match(line) if line[:1].isalnum() else None
        if m is None:
            continue
        if line is headline and title != headline:
            lead = f" {loose_key(headline[: m.end()])} "
            if f" {loose_key(title)} " not in lead:
                continue  # the title is taken from elsewhere: the lead-in is not its source
        rest = line[m.end() :]
        quoted = _QUOTED_LEAD.match(rest)
        if quoted:
            return quoted.group(1).strip()
        words = rest.split()[:_SUBJECT_WORDS]
        for size in range(len(words), 0, -1):
            part = [w.strip(",.:;!?") for w in words[:size]]
            if not part[-1][:1].isupper() or part[-1].lower() in _SMALL:
                continue
            if any(w[:1].islower() and w.lower() not in _SMALL for w in part):
                continue
            if _count(body_key, loose_key(" ".join(part))):
                return " ".join(part)
        return None
    return None


# The edition of a re-release that a headline writes after the title: "X 4K review", "X
# Remastered: …", "X re-release".
_EDITIONS = frozenset("4k 8k uhd imax remastered restored restoration re-release rerelease".split())


def without_edition(title: str, body_key: str) -> str:
    """`title` without the edition of a re-release written after it ("Manichitrathazhu 4K")
    when the review never names it so and names it without; unchanged otherwise."""
    head, _, last = title.rpartition(" ")
    if not head or last.lower() not in _EDITIONS:
        return title
    if _count(body_key, loose_key(title)) or not _count(body_key, loose_key(head)):
        return title
    return head.rstrip(" :,–—-")


_FOOTER_LINES = 20


def motto_line(units: Sequence[str]) -> int:
    """The index of the site's motto (1), the line under the site's name at the page's top,
    when that name comes back in the page's last lines (its footer: "© 2022 The Friday Times",
    "Subscribe to Eastern Eye") and the line says no "review"; -1 otherwise."""
    if len(units) < 6 or len(units[0]) > 40 or len(units[1]) > 80:
        return -1
    site = units[0].strip(" \ufeff").lower()
    if len(site) < 4 or "review" in units[1].lower():
        return -1
    last = units[max(len(units) // 2, len(units) - _FOOTER_LINES) :]  # (never the top)
    return 1 if any(site in u.lower() for u in last if len(u) < 300) else -1


# A maker's name and possessive before a title: "Howard Hawks' His Girl Friday", "Sarah
# Polley's Stories We Tell".
_OWNER = re.compile(
    r"^((?:[A-Z][\w.\-]+\s+){1,3}?[A-Z][\w\-]+)(?:[’']s|(?<=s)[’'])\s+(?=[A-Z0-9‘“'\"])"
)


def without_owner(title: str, body_key: str, lines: Sequence[str] = ()) -> str:
    """`title` without a person's possessive name before it ("Howard Hawks' His Girl Friday"
    → "His Girl Friday") when the review names the rest on its own, or a line of the page's
    top (`lines`) opens on it; unchanged otherwise, and for a title that owns one word only
    ("Bridget Jones's Diary")."""
    if "’" not in title and "'" not in title:
        return title
    m = _OWNER.match(title)
    if m is None or not is_name(m.group(1)):
        return title
    rest = title[m.end() :].strip(" ‘’'\"“”")
    if " " not in rest:
        return title
    if _count(body_key, loose_key(rest)) > _count(body_key, loose_key(title)):
        return rest
    if any(line.startswith(rest) for line in lines):
        return rest
    return title


def common_phrase(text: str, prose: str) -> bool:
    """True when a candidate of two or three words ("The Film", "The Series") is a phrase the
    review writes in lower case ("the film") and never capitalised inside a sentence: the
    review's mentions of it name no title."""
    words = text.split()
    if not 2 <= len(words) <= 3 or not prose:
        return False
    if f" {text.lower()} " not in prose:
        return False  # (the review writes it in lower case somewhere)
    capital = f"{words[0][:1].upper()}{words[0][1:].lower()} {' '.join(words[1:])}"
    at = prose.find(capital)
    while at != -1:
        before = prose[max(0, at - 2) : at]
        if at > 0 and before[-1:] == " " and before[:1] not in '.!?:"“”':
            return False  # capitalised inside a sentence: a name
        at = prose.find(capital, at + 1)
    return True
