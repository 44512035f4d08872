"""Where the film under review is shown, from the sentences that say so.

The scraped parser knows the big services by name (`scraped._PLATFORM_NAMES`). Pages also name
channels and services it has never heard of ("originally aired on Geo TV", "premieres Friday on
Starz Encore", "is streaming on Showmax"), and say where the film is shown in ways other than
"on X" ("X, Netflix's eight-part adaptation", "HBO aired the first episode"). This module reads
those shapes:

- `closing_service`: a short line at the review's edge that says where this film is shown ("X
  is streaming on Y", "All episodes are available on Y's YouTube channel", "Reviewed on Y"):
  the page's own answer, before any passing mention in the review;
- `framed_service`: a service named after where-to-watch words ("aired on", "streaming on"),
  known by name, by a service's last word ("TV", "Channel", "Network"), or named again elsewhere
  on the page (a tag, a photo's credit);
- `owning_service`: the service the film is said to be of, as a possessive or a subject ("X is
  Netflix's first series", "HBO aired the first episode");
- `origin_service`: the channel a series first aired on, when its review tells the show's
  history ("premiered on Nickelodeon in 2005", "which ABC broadcast in 1990"): the answer
  before where it streams now;
- `about_another_work`: a mention in a sentence about another work (a remake, a sequel, the
  director's last film), which names where that one is shown.

Every search starts from a literal (" on ", "’s", a known name): none scans a review with a
leading wildcard.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from reeltui.parse.credits import is_name
from reeltui.parse.layout import title_key

#: The known services written at a place of a text, as one name ("BBC One and BBC iPlayer"),
#: and where they end; None when none is.
Known = Callable[[str, int], tuple[str, int] | None]

#: A word of a service's name: capitalised ("Showmax", "HUM"), or lower case with a capital
#: inside ("tvN", "iQIYI"); a "+" may close it ("BET+").
_WORD = r"(?:[A-Z][\w&.\-]*|[a-z]{1,3}[A-Z][\w]*)\+?"
_NAME = re.compile(rf"(?:the\s+)?({_WORD}(?:[ \t]+(?:{_WORD}|\+))" + r"{0,3})")
#: The last word of a channel's or a service's name.
_TAIL = frozenset(
    "TV Channel Network Plus + Player iPlayer iview Play Now Go Max Prime Universe".split()
)
#: Words after "on" that name no service: days, months, feasts, formats, places and sites.
_NOT_SERVICE = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays
    thursdays fridays saturdays sundays january february march april may june july august
    september october november december jan feb mar apr jun jul aug sep sept oct nov dec
    christmas easter halloween thanksgiving valentine new dvd blu-ray bluray 4k uhd vod demand
    digital earth broadway twitter instagram tiktok facebook x reddit sundance cannes venice
    berlin toronto tribeca sxsw i a the this that it its his her their our my your one two
    day night page screen stage film films movie series show season episode part chapter""".split()
)
# Where-to-watch words: the service is named after them and "on". Strong ones say where the
# film is or was shown; the rest may be said of a scene ("the story lands on"), and count only
# before a service known by name or by its last word.
_STRONG = re.compile(
    r"(?i)\b(?:streaming|streams?|available|airs?|aired|airing|premieres?|premiered|broadcasts?"
    r"|broadcast|wrapped|watch\s+it|stream\s+it)\b"
)
_WEAK = re.compile(
    r"(?i)\b(?:debuts?|debuted|continues|returns|lands?|landed|arrives?|arrived|now|dropped"
    r"|drops|released|starts|begins|showing|shown)\b"
)
# A line that opens with where it was seen: "Reviewed on BBC Four / BBC iPlayer".
_LINE_CUE = re.compile(
    r"(?i)(?:reviewed|watched|seen|screened|now\s+streaming|streaming|available|watch\s+it)\s+on\s+$"
)
# A sentence about another work: what it names is where that one is shown.
_ANOTHER = re.compile(
    r"(?i)\b(?:remake|sequel|prequel|spin-?off|previous|earlier\s+(?:film|series|show)"
    r"|last\s+(?:film|series|show|feature)|(?:his|her|their)\s+next)\b"
)
# The opening of a line that says where the film is: its title, or what stands for it.
_STANDS_FOR = re.compile(
    r"(?i)^(?:it|the\s+(?:film|movie|series|show|season|documentary|drama|first|whole|full"
    r"|new|complete)|(?:all|both|the)\s+(?:\w+\s+)?episodes|season|episodes?|series|watch|stream"
    r"|reviewed|watched|seen|now\s+streaming|available|streaming)\b"
)
# A possessive of the film: "X, Netflix's eight-part adaptation", "X is Hulu's first series".
_WORK = (
    r"(?:adaptation|series|show|drama|original|film|movie|thriller|comedy|documentary|docuseries"
    r"|miniseries|serial|production|release|hit)"
)
_OWNED = re.compile(r"[’']s\s+(?:[\w-]+\s+){0,3}?" + _WORK + r"\b")
# The service as the subject: "HBO aired the first episode", "before Netflix snapped it up".
_SUBJECT_VERB = re.compile(
    r"\s+(?:aired|airs|premiered|premieres|launched|commissioned|ordered|picked\s+up"
    r"|snapped\s+(?:it\s+)?up|bought|acquired|gave\s+(?:it\s+)?(?:prime\s+time|a\s+home))\b"
)


# A service's brand before a desk's word names an outlet, not where the film is shown: "a
# critic at CBS News", "Sky News arts correspondent", "BBC Radio 4".
_OUTLET = re.compile(r"\s+(?:News|NewsHour|Radio|Sports?|Studios|Films|Pictures|Culture|Books)\b")


def names_an_outlet(text: str, end: int) -> bool:
    """True when the service's name that ends at `end` goes on to name an outlet ("CBS
    News")."""
    return text.startswith(" ", end) and _OUTLET.match(text, end) is not None


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding `at` starts: after a full stop that closes a word of two
    lower-case letters or more ("weekly. New"), not an abbreviation's ("9 p.m. ET on")."""
    line = text.rfind("\n", 0, at) + 1
    stop = text.rfind(". ", line, at)
    while stop >= line + 2 and not (text[stop - 1].islower() and text[stop - 2].islower()):
        stop = text.rfind(". ", line, stop)
    return stop + 2 if stop >= line else line


def about_another_work(text: str, at: int, title: str) -> bool:
    """True when the sentence before `at` speaks of another work ("the American remake about
    to land on …", "Lima's last film, Deep Water, is streaming on …"), and not by the film's
    own title."""
    start = _sentence_start(text, at)
    before = text[start:at]
    if not _ANOTHER.search(before):
        return False
    return not (title and title_key(title) in title_key(before))


def _name_at(text: str, at: int) -> str | None:
    """The capitalised words standing at `at` (after "on"), cut before a possessive."""
    m = _NAME.match(text, at)
    if m is None:
        return None
    name = m.group(1)
    for mark in ("’s", "'s"):
        cut = name.find(mark)
        if cut > 0:
            name = name[:cut]
    name = name.rstrip(".-")
    first = name.split()[0].lower() if name.split() else ""
    if not name or first.rstrip("s'’") in _NOT_SERVICE or first in _NOT_SERVICE:
        return None
    if name.isdigit() or len(name) > 40:
        return None
    return name


def _tailed(name: str) -> bool:
    """A name ending in a service's word: "Geo TV", "USA Network", "Sci Fi Channel", "BET+"."""
    words = name.split()
    return (len(words) >= 2 and words[-1] in _TAIL) or (name.endswith("+") and len(name) > 2)


def framed_service(
    text: str,
    title: str,
    known: Known,
    named_again: Callable[[str], bool],
    *,
    strong_only: bool = False,
    trusted: bool = False,
) -> str | None:
    """The first service named after where-to-watch words and "on" in `text` ("originally
    aired on Geo TV", "premieres Friday on Starz Encore"), not in a sentence about another
    work; where it streams, when the same sentence says ("premieres on HBO and will stream on
    Max"). `known(text, at)` gives the known services written at `at` ("BBC One and BBC
    iPlayer") and where they end, or None; `named_again(name)` says whether the page names an
    unknown one elsewhere too, which a name with no service's last word needs unless the text
    is `trusted` (a line about the film that says where it is)."""
    first: tuple[str, int] | None = None
    for name, sentence, streams in _framed(text, title, known, named_again, strong_only, trusted):
        if first is None:
            first = (name, sentence)
            if streams:
                return name
        elif sentence != first[1]:
            break
        elif streams and not _one_brand(first[0], name):
            return name  # (not "on HBO and will stream on HBO Max": one brand, said twice)
    return first[0] if first else None


def _one_brand(a: str, b: str) -> bool:
    """Two names of one brand: one's words are all the other's ("HBO", "HBO Max")."""
    words_a, words_b = set(a.lower().split()), set(b.lower().split())
    return words_a <= words_b or words_b <= words_a


# Where it streams, said last before the name: "will stream on", "streaming exclusively on".
_STREAMS = re.compile(r"(?i)(?<!also\s)\bstream(?:s|ing)?\s+(?:\w+\s+){0,2}?on\s+(?:the\s+)?$")


def _framed(
    text: str,
    title: str,
    known: Known,
    named_again: Callable[[str], bool],
    strong_only: bool,
    trusted: bool,
) -> Iterator[tuple[str, int, bool]]:
    """Each service `framed_service` may give, with where its sentence starts and whether it
    is said to stream there."""
    at = text.find(" on ")
    while at != -1:
        place = at + 4
        at = text.find(" on ", place)
        if text.startswith("the ", place):
            place += 4
        if not any(ch.isupper() for ch in text[place : place + 4].split(" ", 1)[0]):
            continue  # no capital in its first letters ("Netflix", "tvN")
        sentence = _sentence_start(text, place)
        start = max(sentence, place - 70)
        window = text[start:place]
        strong = _STRONG.search(window) is not None or bool(
            start == text.rfind("\n", 0, place) + 1 and _LINE_CUE.fullmatch(window)
        )
        if not strong and (strong_only or _WEAK.search(window) is None):
            continue
        if about_another_work(text, place, title):
            continue
        streams = "tream" in window and _STREAMS.search(window) is not None
        found = known(text, place)
        if found:
            yield found[0], sentence, streams
            continue
        name = _name_at(text, place)
        if name is None or (title and title_key(name) in title_key(title)):
            continue  # the title, or a word of it ("Zindagi" of "Zindagi Gulzar Hai")
        # (one that reads as a person's name, "aired on Ana Lima's birthday", needs the
        # trusted line)
        if _tailed(name) or (strong and (trusted or (named_again(name) and not is_name(name)))):
            yield name, sentence, streams


# Where a series was first shown, said in the past: "premiered on Nickelodeon in 2005", "which
# aired on tvN", "originally broadcast on BBC Two". The words stand just before "on".
_ORIGIN_CUE = re.compile(
    r"(?i)\b(?:premiered|aired|debuted|broadcast|ran)\s+(?:\w+\s+){0,3}?on\s+(?:the\s+)?$"
)
# The service as the past subject: "the BBC first aired", "which ABC broadcast".
_ORIGIN_SUBJECT = re.compile(
    r"\s+(?:(?:first|originally|initially)\s+)?(?:aired|broadcast|premiered|debuted)\b"
)


def _lettered(name: str) -> bool:
    """A channel's letters: a first word in capitals ("ABS-CBN", "GMA Network") or with a
    capital inside ("tvN"), as no month, day or person is written."""
    word = name.split()[0]
    return (len(word) >= 2 and word.isupper()) or (word[:1].islower() and not word.islower())


def origin_service(
    text: str, title: str, known: Known, heads: Iterable[int], named_again: Callable[[str], bool]
) -> str | None:
    """The channel a series was first shown on, in a review that tells its history: "X
    premiered on Nickelodeon in 2005", "My Mister, which aired on tvN in 2018", "the BBC first
    aired it", "which ABC broadcast in the spring of 1990". Not in a sentence about another
    work, and never where it streams now ("aired on X and now streams on Y" gives X)."""
    if not any(cue in text for cue in ("aired", "premiered", "debuted", "broadcast", " ran ")):
        return None
    at = text.find(" on ")
    while at != -1:
        place = at + 4
        at = text.find(" on ", place)
        window = text[max(0, place - 60) : place]
        if "tream" in window or _ORIGIN_CUE.search(window) is None:
            continue
        if text.startswith("the ", place):
            place += 4
        if about_another_work(text, place, title):
            continue
        found = known(text, place)
        if found:
            return found[0]
        name = _name_at(text, place)
        if (
            name
            and not (title and title_key(name) in title_key(title))
            and (_tailed(name) or _lettered(name) or not is_name(name))
        ):
            return name
    for head in heads:
        found = known(text, head)
        if (
            found
            and _ORIGIN_SUBJECT.match(text, found[1])
            and not about_another_work(text, head, title)
        ):
            return found[0]
    return None


def closing_service(
    lines: Iterable[str],
    title: str,
    known: Known,
    named_again: Callable[[str], bool],
) -> str | None:
    """The service a short line about the film says it is shown on: "X season one is
    streaming on ABC iview.", "All episodes are available on Geo TV's YouTube channel.",
    "Reviewed on BBC Four / BBC iPlayer". The line names the film or opens with what stands for
    it ("It", "The series", "All episodes")."""
    key = ""
    # (a cheap look for the title's first word before its key is made, once, for the line)
    first = title.split()[0].lower() if title.split() else ""
    for line in lines:
        if len(line) > 300 or " on " not in line:
            continue
        if not _STANDS_FOR.match(line):
            if not first or first not in line.lower():
                continue
            key = key or title_key(title)
            if key not in title_key(line):
                continue
        found = framed_service(line, title, known, named_again, trusted=True)
        if found:
            return found
    return None


def owning_service(text: str, title: str, known: Known, heads: Iterable[int]) -> str | None:
    """The service the film is said to be of: "X, HBO Max's 10-episode adaptation", "X is
    Netflix's first original series", "HBO aired the first episode", "before Netflix snapped
    it up". `heads` are the places a known service's name may start in `text`."""
    key = title_key(title) if title else ""
    for at in heads:
        found = known(text, at)
        if not found:
            continue
        name, after = found
        if about_another_work(text, at, title):
            continue
        owned = _OWNED.match(text, after)
        if owned:
            before = text[max(0, at - 80) : at].rstrip()
            stand = before[-4:].lower()
            # the film's title just before it, with a comma or "is" between
            if key and (before.endswith(",") or stand.endswith(" is")):
                head = before[:-1] if before.endswith(",") else before[:-3]
                if title_key(head).endswith(key):
                    return name
            continue
        if _SUBJECT_VERB.match(text, after):
            return name
    return None
