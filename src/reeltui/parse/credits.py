"""Facts from review prose: cast with roles, directors, runtime, platform and rating.

The patterns are deliberately narrow. A credit is only taken from a phrase that names an actor
("X stars as Y", "X, in the role of Y", "X plays Y", "starring X, Y and Z") or a director
("directed by X", "director X"); characters and real people named in the plot are left alone,
because a wrong credit is worse than a missing one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from reeltui.model import Credit
from reeltui.parse.capitals import capitals
from reeltui.parse.cues import paragraph_spots
from reeltui.text import fold

__all__ = [
    "NOT_ROLE_OBJECTS",
    "NO_BLOCK",
    "CreditBlock",
    "Facts",
    "credit_block",
    "extract_facts",
    "find_credit_block",
    "find_rating",
    "is_name",
    "name_after",
    "name_before",
    "names_listed",
    "names_someone",
    "one_name",
    "prose_runtime",
]

# Lowercase words allowed inside a personal name ("Gael García Bernal", "Ana de Armas").
_PARTICLES = frozenset(
    "de da das del della der di do dos du la le van von y bin al ter ten st bo".split()
)
# Capitalised words that start sentences or describe people but are never part of a name.
_NOT_NAME = frozenset(
    """
    a an the and but or so yet as at by for from in into of on onto to with without while
    when where which who whom whose what why how if unless because whether this that these
    those there here it its his her their our your my we they he she you i meanwhile also even
    still then thus however although
    though after before during since until both each every all some most many much such
    actor actress actors star stars starring director filmmaker writer producer veteran
    directors filmmakers co-director co-directors writer-director screenwriter composer
    cinematographer editor dp dop novelist showrunner creator designer choreographer
    newcomer legend icon oscar-winner oscar-winning academy award award-winning
    rapper singer musician comedian little
    movie film series season episode review verdict final overall rating runtime
    movies reviews desk team staff bureau newsroom is was are were has had does
    mr mrs ms dr sir lady lord king queen prince princess captain detective agent officer
    like unlike think imagine remember picture consider recall
    under behind beyond through across against among despite throughout within upon over
    """.split()
)
# Titles, and words said of a person, that start no name ("King Charles", "Detective Ray",
# "Little Ariana Neal", "Singer Adele") but end some ("Paul King", "Cleavon Little", "Bryan
# Singer").
_TITLES = frozenset(
    """
    king queen prince princess captain lord lady sir agent officer detective star little singer
    """.split()
)
# Last parts of a hyphenated word glued before a name that describe the person ("Dublin-based
# X", "Oscar-nominee X"); a hyphenated given name ("Jung-jae", "Jean-Luc") ends otherwise.
_PREFIX_ENDS = frozenset(
    """
    born raised based bred reared educated trained native winner winning nominee nominated
    favourite favorite newcomer turned era star veteran alum alumnus loving hating obsessed
    """.split()
)
_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")
_PREPOSITIONS = frozenset("in of from on at with by for about like than into to".split())
# Nouns for a kind of work: the capitalised run after one is that work's title, never a person
# ("her turn in the comedy series Russian Doll, plays").
_WORK_KINDS = frozenset(
    """
    film movie series show sitcom miniseries docuseries novel book play musical documentary
    drama comedy thriller franchise album song podcast
    """.split()
)
_WORD = r"[^\W\d_](?:[\w’'\-]*[^\W_])?\.?"
# How far around a cue ("plays", "directed by") a name or role is looked for. Names are at most
# a few words, so a window keeps the work per cue constant however long a paragraph is.
_WINDOW = 200
# How far back from a cue the name before it is looked for: five words of any real name.
_NAME_WINDOW = 120


# Two capitalised words in a row (maybe with a particle between): what a full name needs.
# (Possessive runs: neither the word's characters nor the white space after it can be given
# back to what follows, so a failed try stops at once instead of shortening the word.)
_NAME_PAIR = re.compile(
    capitals(
        r"[A-Z][\w’'\-.]*+\s++(?:(?:de|da|das|del|della|der|di|do|dos|du|la|le|van|von|y|bin|al|ter|ten)"
        r"\s+)?[A-Z]"
    )
)


def names_someone(text: str, singles: tuple[str, ...] = ()) -> bool:
    """True when `text` may name a person: two capitalised words in a row, or one of the
    `singles` (the one-word names of people already known). A quick test before the patterns
    that look for names."""
    return _pairs_words(text) or any(map(text.__contains__, singles))


@lru_cache(maxsize=256)
def _pairs_words(text: str) -> bool:
    """Whether `_NAME_PAIR` is in the paragraph, remembered: the credits and the roles both ask
    it of the same paragraphs (the same string objects, whose hash is already made)."""
    return _NAME_PAIR.search(text) is not None


def _is_name_token(token: str, first: bool) -> bool:
    """True for a word that can stand in a personal name at this position."""
    bare = token.rstrip(".")
    if not bare:
        return False
    if "." in bare and _INITIALS.fullmatch(token):
        return True  # "J.K."
    if not first and len(token) == 2 and token[1] == "." and token[0].isupper():
        return True  # "George A. Romero": a middle initial, even the one that spells "A"
    if bare in _PARTICLES and not first:
        return True
    if not bare[0].isupper():
        return False
    low = bare.lower()  # the stop words are ASCII: an accented word is never one
    if low in _NOT_NAME and (first or low not in _TITLES):
        return False
    if bare.isalpha():
        return True
    if "-" in bare and bare.rsplit("-", 1)[1] in _PREFIX_ENDS:
        return False  # "Stockport-born", "Oscar-winner", "Fan-favourite": a word about the name
    letters = bare.replace("’", "").replace("'", "").replace("-", "")
    return not letters or letters.isalpha()


def is_name(text: str) -> bool:
    """True when `text` looks like a person's name: 2 to 5 capitalised words, no sentence."""
    # A page asks about the same names many times over: short texts are remembered.
    return _name_memo(text) if len(text) <= 60 else _is_name(text)


def _is_name(text: str) -> bool:
    if not text[:1].isupper():
        return False
    tokens = text.split(None, 5)  # a sixth piece holds the rest: too long to be a name
    if not 2 <= len(tokens) <= 5:
        return False
    if not _is_name_token(tokens[0], True):
        return False
    if tokens[0] == "Oscar" and tokens[1].lower().strip(",.") in _AWARD_WORDS:
        return False  # "Oscar Winner Emma Stone": the prize, not Oscar Isaac
    for token in tokens[1:]:
        if not _is_name_token(token, False):
            return False
    if any(t.endswith(("'s", "’s")) for t in tokens[:-1]):
        return False  # "Laz Alonso's Mother": a possessive inside, so a name and what is theirs
    if tokens[-1].rstrip(".") in _PARTICLES:
        return False
    if "." not in text:
        return True
    # A full stop is only allowed on an initial ("Jose M. Hernandez", "J.K. Simmons") and on
    # "Jr." or "Sr." at the end.
    last = len(tokens) - 1
    return all(
        not t.endswith(".")
        or len(t) == 2
        or _INITIALS.fullmatch(t)
        or (i == last and t in ("Jr.", "Sr."))
        for i, t in enumerate(tokens)
    )


_AWARD_WORDS = frozenset(
    "winner winners winning nominee nominees nominated nomination nominations award awards "
    "for best night season race glory buzz hopes contender contenders".split()
)
_name_memo = lru_cache(maxsize=4096)(_is_name)


def _take_name(tokens: list[str]) -> str | None:
    """The name made of these tokens once leading particles are trimmed, if it is one."""
    while tokens and tokens[0] in _PARTICLES:
        tokens = tokens[1:]
    while tokens and tokens[-1] in _PARTICLES:
        tokens = tokens[:-1]
    candidate = " ".join(tokens)
    return candidate if is_name(candidate) else None


def name_before(text: str, end: int, *, object_ok: bool = False) -> str | None:
    """The personal name that ends right before position `end` of `text` (at most 4 words).

    A name right after a preposition is refused ("in God's Own Country, plays" names a film)
    unless `object_ok` ("to Olivia Colman as the Queen")."""
    start = max(0, end - _NAME_WINDOW)
    head = text[start:end].rstrip()
    if head.endswith(","):
        head = head[:-1]
    # The last five words are enough: a name has four at most, and the word before it counts.
    words = head.rsplit(None, 5)
    if len(words) == 6:
        words = words[1:]
    elif start > 0 and words:
        words = words[1:]  # the window began inside this word
    picked: list[str] = []
    for word in reversed(words):
        if word.endswith((".", ",", ";", ":", "!", "?", ")", "”", '"')) and not (
            (len(word) == 2 and word.endswith("."))
            or (not picked and word in ("Jr.", "Sr."))
            or (picked and _INITIALS.fullmatch(word))  # "J.K. Simmons as"
        ):
            break
        if not _is_name_token(word, first=False):
            break
        picked.insert(0, word)
        if len(picked) == 4:
            break
    while picked and not _is_name_token(picked[0], first=True):
        picked.pop(0)
    # "who was so good in God's Own Country, plays": after a preposition a capitalised run is a
    # title or a place, not the subject.
    if (
        not object_ok
        and picked
        and len(picked) < len(words)
        and words[-len(picked) - 1].lower() in _PREPOSITIONS
    ):
        return None
    if picked and len(picked) < len(words) and words[-len(picked) - 1].lower() in _WORK_KINDS:
        return None  # "the comedy series Russian Doll": a title
    return _take_name(picked)


_NAME_RUN = re.compile(rf"\s*((?:{_WORD}\s*)+)")


def name_after(text: str, start: int) -> str | None:
    """The personal name that starts at position `start` of `text` (at most 4 words)."""
    match = _NAME_RUN.match(text[start : start + _WINDOW])
    if not match:
        return None
    picked: list[str] = []
    raws = match.group(1).split()
    for n, raw in enumerate(raws):
        word = raw
        stop = False
        if word in ("Jr.", "Sr.") and picked and n + 1 < len(raws):
            stop = True  # "by Robert Downey Jr. It is …": the dot is the name's
        elif word[-1] in ",;:" or (word.endswith(".") and len(word) != 2):
            word, stop = word[:-1], True
        possessive = word.endswith(("’s", "'s"))
        if possessive:
            word, stop = word[:-2], True
        if not _is_name_token(word, first=not picked):
            break
        picked.append(word)
        if stop or len(picked) == 4:
            break
    return _take_name(picked)


# A role: a proper name ("Jose M. Hernandez") or a short description ("Jose’s wife").
_ROLE_END = re.compile(
    r"(?:,|;|:|—|–| - |\(|\)|(?<!\b[A-Z])(?<!\b(?:Dr|Mr|Ms|St|Lt))(?<!\b(?:Mrs|Sgt|Col|Gen|Det))"
    r"(?<!\bCapt)(?<!\bProf)\.(?=\s|$)|!|\?"
    r"|\s(?:who|whose|which|that|while|and|in|with|opposite|alongside|but|as|is|was|to|from|for)\b)"
)


#: Objects of "plays" that are not a character: "plays the scene with her body".
NOT_ROLE_OBJECTS = frozenset(
    """
    scene scenes part role moment moments game material straight card cards note notes beat
    beats line lines it this that everything nothing both character hand field music piano
    guitar drums
    """.split()
)


def _role_at(text: str, start: int) -> str | None:
    """The role phrase starting at `start`, cut at its end; None if it is not a plausible role."""
    rest = text[start : start + _WINDOW].lstrip()
    end = _ROLE_END.search(rest)
    role = (rest[: end.start()] if end else rest).strip().strip("“”\"'‘’")
    words = role.split()
    if not 1 <= len(words) <= 6:
        return None
    head = (
        words[1] if words[0].lower() in ("the", "a", "an", "this") and len(words) > 1 else words[0]
    )
    if head.lower() in NOT_ROLE_OBJECTS:
        return None
    if role.lower().startswith(("a ", "an ")) and len(words) > 5:
        return None
    return role


_STARS_AS = re.compile(r"\b(?:stars|star|starring|co-stars|appears)\s+as\b")
_IN_ROLE_OF = re.compile(r",\s+in\s+the\s+(?:role|part)\s+of\b")
_STARRING = re.compile(r"\b(?:[Ss]tarring|stars|[Cc]o-starring)\s+(?=[^\W\d_])")
# "directed by X", and with a few words of manner between: "directed this time by X",
# "directed with a steady hand by X" (never "directed at him by X": a look, a remark).
_DIRECTED_BY = re.compile(
    r"\b(?:directed|helmed|co-directed)\s+"
    r"(?:(?!(?:at|to|towards?|against|into|onto|by)\b)[a-z]+(?:\s+[a-z]+){0,3}?\s+)?by\b",
    re.IGNORECASE,
)
_DIRECTOR = re.compile(
    r"\b(?:[Dd]irector|[Ff]ilmmaker|[Hh]elmer)(s?)(?:-(?:writer|producer|screenwriter|actor))?,?\s+"
    r"(?!(?i:of|and|for|to|who|is|was|has|had)\b|’s|'s)"
    r"|\b[Dd]irect(?:ing|orial)\s+(duo|team|pair|partners)\s+"
)
# Directors who are not the film's: "music director X" (the composer, in Indian usage), "art
# director", "casting director", "director of photography", an episode's "assistant director".
_CREW_DIRECTOR = re.compile(
    r"(?:\b(?:music(?:al)?|art|casting|creative|action|stunt|dance|fight|dialogue|animation"
    r"|assistant|associate|second[\s-]unit|photography|technical|costume|choreography"
    r"|executive|managing|artistic|festival|programme|program|studio|marketing|sound|vfx"
    r"|effects|unit|camera|lighting|editorial|production|company|football|sports|club|news)"
    r")[\s-]+$",
    re.IGNORECASE,
)
_LATEST = re.compile(r"(?:’s|'s)\s+(?:latest|newest|new)\s+(?:movie|film|feature|picture)\b")


@dataclass(frozen=True, slots=True)
class Facts:
    """What the prose says about the film."""

    cast: tuple[Credit, ...] = ()
    directors: tuple[str, ...] = ()
    runtime_minutes: int | None = None
    platform: str | None = None
    rating: str | None = None
    #: The directors are only guessed from "X's latest film" (no "directed by", no "director X").
    directors_weak: bool = False


def _add_credit(cast: dict[str, Credit], actor: str, role: str | None) -> None:
    """Record a credit; a later mention may fill in a role the first one lacked."""
    key = fold(actor)
    known = cast.get(key)
    if known is None:
        cast[key] = Credit(actor, role)
    elif known.role is None and role:
        cast[key] = Credit(known.actor, role)


def _starring_list(text: str, start: int) -> list[tuple[str, str | None]]:
    """The names listed after "starring": "X, Y and Z", each optionally "as ROLE"."""
    found: list[tuple[str, str | None]] = []
    rest = text[start : start + 4 * _WINDOW]
    described = _STARRING_WHO.match(rest)
    if described:
        rest = rest[described.end() :]  # "starring the Scottish comedian Richard Gadd"
    # Cut the list at the end of the sentence.
    end = re.search(r"(?<!\s[A-Z])\.(?=\s|$)|;|:|\(", rest)
    items = re.split(r",\s*(?:and\s+)?|\s+and\s+", rest[: end.start()] if end else rest)
    if end is None and start + len(rest) < len(text):
        items.pop()  # the window ended inside this item: it may be a name cut short
    listed = sum(1 for item in items if _take_name(item.split(" as ")[0].split()))
    for item in items:
        item = item.strip()
        role: str | None = None
        if " as " in item:
            item, _, role_text = item.partition(" as ")
            role = _role_at(role_text, 0)
        name = _take_name(item.split())
        if name is None and listed >= 2 and _MONONYM.fullmatch(item):
            name = item  # "starring Zendaya, Hal Mercer and Lia Sand": one name among full ones
        if name is None:
            break
        found.append((name, role))
    return found


# What a performer is, said before the name after "starring": "the Scottish comedian X".
_STARRING_WHO = re.compile(
    r"(?:the|a|an)\s+(?:[A-Z][a-z]+\s+|[a-z][a-z-]+\s+){0,2}?(?:comedian|comic|rapper|actor|actress"
    r"|singer|musician|newcomer|model|dancer|wrestler|footballer|pop\s+star)\s+(?=[A-Z])"
)


# One word that may be a performer's whole name in a list of full names ("Zendaya").
_MONONYM = re.compile(r"(?!(?:The|And|Others|More|Many|Netflix|Hulu|Disney)\b)[A-Z][^\W\d_]{2,}")


# Each cue pattern with the lowercase words one of which a paragraph must contain for the
# pattern to match: substring tests are far cheaper than running every pattern on every
# paragraph, and most paragraphs name nobody.
_CUE_WORDS: dict[re.Pattern[str], tuple[str, ...]] = {
    _IN_ROLE_OF: ("role of", "part of"),
    _STARRING: ("star",),
    _DIRECTED_BY: ("directed", "helmed"),
    _DIRECTOR: ("director", "filmmaker", "helmer", "directing"),
    _LATEST: ("s latest", "s newest", "s new "),
}


# The patterns that begin with one of their cue words: tried only where a cue word starts a
# word. The others are tried in a window around each of their cue words: (chars before, after).
_WORD_LED = frozenset((_STARRING, _DIRECTED_BY, _DIRECTOR))
_AROUND: dict[re.Pattern[str], tuple[int, int]] = {_IN_ROLE_OF: (20, 12), _LATEST: (4, 40)}


#: At most this many cues ("plays", "directed by", …) are followed up in one review. A real
#: review has a few dozen; a file repeating a cue a million times must not take minutes.
_MAX_CUES = 500


@dataclass(slots=True)
class _Budget:
    """How many more cues one review may follow up."""

    left: int = _MAX_CUES


@dataclass(slots=True)
class _Cues:
    """Where each cue word stands in one paragraph, found once for every pattern."""

    text: str
    low: str
    spots: dict[str, list[int]]
    budget: _Budget

    @classmethod
    def of(cls, text: str, budget: _Budget) -> _Cues:
        low = text.lower()
        spots: dict[str, list[int]] = {}
        for word in _ALL_CUE_WORDS:
            at = low.find(word)
            while at != -1:
                spots.setdefault(word, []).append(at)
                at = low.find(word, at + 1)
        return cls(text, low, spots, budget)

    def matches(self, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """The pattern's matches at its cue words, in order, while the budget lasts."""
        words = _CUE_SETS[pattern] & self.spots.keys()  # (an order of no matter: a set below)
        if not words:
            return
        text, low = self.text, self.low
        found: Iterable[re.Match[str]]
        if len(low) != len(text):
            found = pattern.finditer(text)  # lowercasing moved the characters: no positions
        else:
            starts = sorted({at for w in words for at in self.spots[w]})
            found = self._at(pattern, starts)
        for match in found:
            if self.budget.left <= 0:
                return
            self.budget.left -= 1
            yield match

    def _at(self, pattern: re.Pattern[str], starts: list[int]) -> Iterator[re.Match[str]]:
        text, low = self.text, self.low
        done = 0
        around = _AROUND.get(pattern)
        for at in starts:
            if at < done:
                continue
            if around is None:
                if at and low[at - 1].isalnum():
                    continue  # inside a word
                match = pattern.match(text, at)
            else:
                match = pattern.search(text, max(done, at - around[0]), at + around[1])
            if match:
                done = match.end()
                yield match


# Every cue word of every pattern, to find the few paragraphs worth a closer look.
_ALL_CUE_WORDS = tuple(sorted({w for words in _CUE_WORDS.values() for w in words}))
#: `_CUE_WORDS` as sets, to meet a paragraph's spotted words in one intersection.
_CUE_SETS = {pattern: frozenset(words) for pattern, words in _CUE_WORDS.items()}


def _cued_paragraphs(paragraphs: list[str]) -> list[str]:
    """The paragraphs holding a cue word, found with one search over the whole prose.

    A review has a few dozen paragraphs, but a hostile file can have hundreds of thousands;
    looking at each one in Python would take seconds.
    """
    low = "\n".join(paragraphs).lower()
    ends = list(accumulate(len(p) + 1 for p in paragraphs))
    if not ends or len(low) != ends[-1] - 1:
        return paragraphs  # lowercasing changed the length: look at every paragraph
    chosen: set[int] = set()
    for word in _ALL_CUE_WORDS:
        at = low.find(word)
        while at != -1:
            index = bisect_right(ends, at)
            chosen.add(index)
            if index >= len(ends):
                break
            at = low.find(word, ends[index])  # on to the next paragraph
    return [paragraphs[i] for i in sorted(chosen) if i < len(paragraphs)]


def _credits(paragraphs: list[str]) -> tuple[list[Credit], list[str], list[str]]:
    """Cast credits, strong director mentions and weak ones ("X's latest movie")."""
    cast: dict[str, Credit] = {}
    strong: dict[str, str] = {}
    weak: dict[str, str] = {}
    budget = _Budget()
    # Each cued paragraph with its lowercased text and cue words, found in one pass.
    spotted = paragraph_spots(paragraphs, _ALL_CUE_WORDS)
    cued = (
        [(paragraphs[i], low, spots) for i, low, spots in spotted]
        if spotted is not None
        else [(text, None, None) for text in _cued_paragraphs(paragraphs)]
    )
    for text, low, spots in cued:
        if not _pairs_words(text):
            # Every cast pattern needs a full name; a director may go by one ("director Atlee").
            if "irect" in text or "helm" in text:
                cues = (
                    _Cues(text, low, spots, budget)
                    if low is not None and spots is not None
                    else _Cues.of(text, budget)
                )
                for name in _prose_directors(text, cues, paragraphs):
                    strong.setdefault(fold(name), name)
            continue
        cues = (
            _Cues(text, low, spots, budget)
            if low is not None and spots is not None
            else _Cues.of(text, budget)
        )
        events: list[tuple[int, str, str | None]] = []
        for pattern in (_IN_ROLE_OF,):
            for m in cues.matches(pattern):
                actor = name_before(text, m.start())
                if actor:
                    events.append((m.start(), actor, _role_at(text, m.end())))
        for m in cues.matches(_STARRING):
            if _STARS_AS.match(text, m.start()):
                continue
            for actor, role in _starring_list(text, m.end()):
                events.append((m.start(), actor, role))
        for _, actor, role in sorted(events, key=lambda e: e[0]):
            _add_credit(cast, actor, role)
        for director in _prose_directors(text, cues, paragraphs):
            strong.setdefault(fold(director), director)
        for m in cues.matches(_LATEST):
            owner = name_before(text, m.start())
            if owner:
                weak.setdefault(fold(owner), owner)
        if budget.left <= 0:
            break
    actors = {fold(c.actor) for c in cast.values()}
    weak_only = [n for k, n in weak.items() if k not in actors]
    return list(cast.values()), list(strong.values()), weak_only


def _prose_directors(text: str, cues: _Cues, paragraphs: list[str]) -> list[str]:
    """The directors a paragraph names: "directed by A and B", "director X", "writer-director
    X", "co-directors A and B", "Director Atlee" (one name); never a "music director" or an
    "art director"."""
    found: list[str] = []
    for m in cues.matches(_DIRECTED_BY):
        if _UNREALISED.search(text, max(0, m.start() - 40), m.start()):
            continue  # "it was once meant to be directed by X": someone who did not
        if not _other_work(text, m.start()):
            names = names_listed(text, m.end(), paragraphs)
            if not names:
                # "directed by debutant X", "directed by the first-timer X": a word or two
                # about the person, then a full name.
                epithet = _EPITHET.match(text, m.end())
                if epithet and name_after(text, epithet.end()):
                    names = names_listed(text, epithet.end(), paragraphs)
            found.extend(shared_surname(text, names))
    for m in cues.matches(_DIRECTOR):
        if (
            _CREW_DIRECTOR.search(text, max(0, m.start() - 30), m.start())
            or _other_work(text, m.start())
            or _KIN_DIRECTOR.search(text, max(0, m.start() - 60), m.start())
            or _PART_DIRECTOR.search(text, max(0, m.start() - 40), m.start())
        ):
            continue
        several = m.group(1) == "s" or m.group(2) is not None
        found.extend(shared_surname(text, names_listed(text, m.end(), paragraphs, several=several)))
    if found and " took over" in text and "episode" in cues.low:
        found.extend(_took_over(text))
    return found


# "Director X, who handled the first three episodes before Y took over for the back half": a
# series' second director, who takes over the episodes (never "took over the ferry").
_TOOK_OVER = re.compile(
    r"\b(?:before|until|after|when|then|and)\s+([A-Z][\w’'\-.]+(?:\s+[A-Z][\w’'\-.]+){1,3})"
    r"\s+took\s+over(?=\s+(?:for|on|from|directing|behind|the\s+directing|the\s+reins"
    r"|the\s+(?:last|final|back|second|later|remaining))\b|\s*[,.;:]|\s+(?:and|in)\s)"
)


def _took_over(text: str) -> list[str]:
    """The full names that "took over" in a paragraph naming a director and its episodes."""
    return [m.group(1) for m in _TOOK_OVER.finditer(text) if is_name(m.group(1))]


_EPITHET = re.compile(
    # "directed by the Belgian duo A and B": a people's or a place's adjective, then a noun
    r"\s+(?:the|a|an)\s+[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?\s+(?:duo|pair|team|siblings|brothers"
    r"|sisters|twins|partners|couple|veteran|newcomer|debutant|first-timer|auteur|filmmaker"
    r"|director)\s+(?=[A-Z])"
    r"|\s+(?:(?:the|a|an)\s+)?(?!(?:[a-z]+\s+)?(?:like|as|and|or|with|such|including|people"
    r"|someone|somebody|his|her|their|its|of|for|in|at|on)\s)[a-z][\w’'\-]+"
    r"(?:\s+[a-z][\w’'\-]+)?\s+(?=[A-Z])"
)
# Before "directed by": the film was not, in the end, directed by whoever follows.
_UNREALISED = re.compile(
    r"\b(?:to\s+be|would\s+have\s+been|could\s+have\s+been|nearly\s+(?:been|was))\s+$"
)


def shared_surname(text: str, names: list[str]) -> list[str]:
    """Directors listed as "Danny and Michael Philippou" (two siblings, one surname): the first
    name alone takes the surname of the full name joined to it by "and". Only for directors: a
    cast list joins one-word stage names to full ones ("Zendaya and Tom Holland")."""
    out = list(names)
    for i in range(len(out) - 1):
        first, full = out[i], out[i + 1]
        if " " in first or " " not in full:
            continue
        if re.search(rf"\b{re.escape(first)}\s+(?:and|&)\s+{re.escape(full)}\b", text):
            out[i] = f"{first} {full.split()[-1]}"
    return out


# Words before a director's cue in the same clause that make it another film's director:
# "Unlike director X in Y", "the 1978 version, directed by X".
_OTHER_WORK = re.compile(
    r"\b(?:(?:unlike|like|as\s+with|compared\s+(?:to|with))\s+(?:[\w’'-]+\s+){0,2}$"
    r"|(?:reminiscent|recalls?|echoes|original|remake|version|previous)\b"
    # ("an earlier film", not a time in the story: "a Christmas Eve years earlier")
    r"|\bearlier\s+(?!on\b|that\b|this\b|in\b)[a-z]"
    # "that film's director, X": a work just named, not the one reviewed
    r"|\bthat\s+(?:film|movie|show|series|picture)[’']s\s+$"
    # "another director, X, had begun shooting": someone other than the film's director
    r"|\b(?:another|a\s+different)\s+$)",
    re.IGNORECASE,
)
_CLAUSE_START = re.compile(r".*(?:[.;:!?]\s|—|–)", re.DOTALL)
# A director's cue that only says what someone close to another person does for a living: "he
# wrote it with his partner, the Norwegian filmmaker X", "her husband, director Y", "her uncle
# was the legendary filmmaker Z".
_KIN_DIRECTOR = re.compile(
    r"\b(?:his|her|their|whose)\s+(?:[\w’'-]+\s+){0,2}?(?:partner|wife|husband|spouse|girlfriend"
    r"|boyfriend|brother|sister|father|mother|son|daughter|friend|mentor|collaborator|muse"
    r"|uncle|aunt|grandfather|grandmother|cousin)s?(?:\s+(?:is|was))?"
    r",?\s+(?:the\s+|a\s+|an\s+|fellow\s+)?(?:[\w’'-]+\s+){0,2}?$",
    re.IGNORECASE,
)


# A director's cue that is a character's post: "A and B are loathsome as plant director X",
# "as the hospital director Y" (a word in lower case between "as" and the cue).
_PART_DIRECTOR = re.compile(r"\bas\s+(?:(?:the|a|an)\s+)?(?!film\s|movie\s)[a-z][\w-]*\s+$")


def _other_work(text: str, at: int) -> bool:
    """True when the clause before position `at` is about another film."""
    head = text[max(0, at - 80) : at]
    stop = _CLAUSE_START.match(head)
    return _OTHER_WORK.search(head, stop.end() if stop else 0) is not None


# After a lone name: the sentence goes on in lower case, or ends, or the name owns something.
_AFTER_ONE_NAME = re.compile(r"(?:[’']s\b|[,.;:!?)]|\s+(?:[a-z]|\(|[–—]\s)|$)")
_ONE_NAME = re.compile(capitals(r"\s*([A-Z][^\W\d_]*(?:[’'\-][^\W\d_]+)?)(?=[’'.,;:!?)\s]|$)"))


def one_name(text: str, start: int, paragraphs: Sequence[str] = ()) -> str | None:
    """A person named by one word at `start` ("Atlee knows", "Nelson's film"): the full name the
    paragraphs give for it when there is exactly one ("Nolan" for "Christopher Nolan"), else the
    word itself; None when the word is no name or a longer capitalised run follows."""
    m = _ONE_NAME.match(text, start, start + 40)
    if m is None or not _AFTER_ONE_NAME.match(text, m.end()):
        return None
    word = m.group(1)
    if len(word) < 3 or word.lower() in _NOT_NAME or word.lower() in _PARTICLES:
        return None
    fulls = {
        full
        for para in paragraphs
        if word in para
        for found in re.finditer(rf"(?:[A-Z][\w’'.\-]*\s+){{1,3}}{re.escape(word)}\b", para)
        if (full := _named_end(found.group()))
    }
    if len(fulls) == 1:
        return fulls.pop()
    return word if not fulls else None


def _named_end(run: str) -> str | None:
    """The longest run of a capitalised run's last words that is a full name: "Creator
    Christopher Storer" and "Showrunner Mara Olsen" give "Christopher Storer" and "Mara
    Olsen"; None when no two words at its end are one."""
    words = run.split()
    for size in range(len(words), 1, -1):
        name = " ".join(words[-size:])
        if is_name(name):
            return name
    return None


def names_listed(
    text: str, start: int, paragraphs: Sequence[str] = (), *, several: bool = True
) -> list[str]:
    """The names listed from `start`: "A", "A and B", "A, B and C" (full names, or one name
    standing alone: "Atlee"). Stops at the first item that is no name."""
    names: list[str] = []
    at = start
    closed = False
    while len(names) < 6:
        if text[at : at + 1] == " " and text[at + 1 : at + 2].isupper():
            said = _SAID_OF_MAKER.match(text, at)
            if said:
                at = said.end()  # "directed by British filmmaker X": a people's word, a noun
        name = name_after(text, at)
        if name is not None:
            end = text.find(name, at) + len(name)
        else:
            name = one_name(text, at, paragraphs)
            if name is None:
                break
            end = text.find(name.split()[-1], at) + len(name.split()[-1])
        names.append(name)
        if not several and len(names) == 1 and not text.startswith((" and ", " & "), end):
            break
        joiner = _LIST_JOINER.match(text, end)
        if joiner is None or closed:
            break  # "directed by A and B, Paatal Lok draws …": "and" brought the list's last
        closed = "&" in joiner.group() or " and " in joiner.group()
        at = joiner.end()
    if len(names) >= 2 and not closed and _CLAUSE_AFTER_LIST.match(text, end):
        # "Directed by A, Delhi Crime is a series …": the run after the comma is the
        # sentence's subject, not a second name, since no "and" closed the list.
        names.pop()
    return names


# A capitalised word said of a maker, then what they are, before their name: "British
# filmmaker", "Indo-Canadian director", "Oscar-winning auteur". The word is no name of its own.
_SAID_OF_MAKER = re.compile(
    r"\s[A-Z][\w’'\-]+\s+(?:filmmaker|film-maker|director|writer-director|auteur|debutant"
    r"|helmer|documentarian|documentarist)\s+(?=[A-Z])"
)
# After the last item of a list: the sentence goes on with a verb of its own.
_CLAUSE_AFTER_LIST = re.compile(r"\s+(?:is|was|are|were|has|had|does|did|will|tells|follows)\b")
_LIST_JOINER = re.compile(capitals(r",?\s+(?:and|&)\s+(?=[A-Z])|,\s+(?=[A-Z][\w’'.\-]*\s+[A-Z])"))


@dataclass(frozen=True, slots=True)
class CreditBlock:
    """A closing credit block: "Focus Features presents a film directed by X. With A, B.
    Running time: 133 minutes. Rated R." """

    directors: tuple[str, ...]
    cast: tuple[str, ...]
    runtime_minutes: int | None


_BLOCK_CUE = re.compile(
    r"\bpresents?\s+(?:a|an)\s+(?:[\w’'-]+\s+){0,2}?(?:film|movie|documentary|production"
    r"|picture|release)\b|\ba\s+(?:film|movie)\s+(?:(?:co-)?directed\s+)?by\s+(?=[A-Z])"
    r"|(?:^|[.!?]\s+)(?:Directed|Written\s+and\s+directed)\s+by\s+(?=[A-Z])"
)
_BLOCK_BY = re.compile(r"\b(?:(?:co-)?[Dd]irected|a\s+(?:film|movie))\s+by\s+")
_BLOCK_FACTS = re.compile(
    r"(?:^|[.!?]\s+)(?:With|Starring|Featuring)\s|\bRunning\s+time\b|\bRated\s|\b\d{2,3}\s+min"
)
_BLOCK_CAST = re.compile(
    r"(?:^|[.!?]\s+)(?:With|Starring|Featuring)\s+((?:[^.!?;:]|(?<=\bJr)\.|(?<=\bSr)\.){3,400}?)"
    r"(?<!\bJr)(?<!\bSr)(?:\.(?=\s|$)|$)"
)
_BLOCK_RUNTIME = re.compile(
    r"\b(?:Running\s+time|Runtime)\s*:?\s*(\d{2,3})\s*min|(?:^|[.!?]\s+)(\d{2,3})\s+min(?:utes|s)?\.",
    re.IGNORECASE,
)
_FACT_WORDS = ("With ", "Starring ", "Featuring ", "unning time", "untime", "Rated ", " min")
_BLOCK_WORDS = ("presents", "present a", "film by", "movie by", "directed by", "Directed by")
# Every match of `_BLOCK_CUE` holds one of these words as written ("present", "film" or "movie",
# "Directed", "Written and directed"): a page that passed `_BLOCK_WORDS` by "directed by" alone
# is not searched.
_BLOCK_CUE_WORDS = ("present", "film", "movie", "Directed", "Written and directed")


def credit_block(unit: str) -> CreditBlock | None:
    """The credits of a closing block like the Chicago Sun-Times's ("<Distributor> presents a
    film directed by X. With A, B. Running time: 179 minutes. Rated R."): its directors, the
    actors it lists and the runtime. None for anything else: the block must hold the "presents
    a film" (or "a film by") cue and one of a cast sentence, a running time or a rating."""
    if len(unit) > 1200 or not any(map(unit.__contains__, _BLOCK_WORDS)):
        return None
    if not any(map(unit.__contains__, _FACT_WORDS)):
        return None  # no cast sentence, running time or rating: no block
    if not any(map(unit.__contains__, _BLOCK_CUE_WORDS)):
        return None
    cue = _BLOCK_CUE.search(unit)
    if cue is None or _BLOCK_FACTS.search(unit) is None:
        return None
    directors: list[str] = []
    by = _BLOCK_BY.search(unit, cue.start())
    if by is not None:
        directors = names_listed(unit, by.end(), (unit,))
    cast: list[str] = []
    listed = _BLOCK_CAST.search(unit)
    if listed is not None:
        for item in re.split(r",\s*(?:and\s+)?|\s+and\s+", listed.group(1)):
            item = item.strip()
            if is_name(item) or one_name(item, 0) == item:
                cast.append(item)
            else:
                cast = []  # a sentence that is not a list of names only
                break
    minutes = _BLOCK_RUNTIME.search(unit)
    runtime = int(minutes.group(1) or minutes.group(2)) if minutes else None
    if runtime is not None and not 20 <= runtime <= 600:
        runtime = None
    if not (directors or cast):
        return None
    return CreditBlock(tuple(directors), tuple(cast), runtime)


NO_BLOCK = CreditBlock((), (), None)


def find_credit_block(units: Iterable[str]) -> CreditBlock:
    """The first closing credit block among `units` (`NO_BLOCK` when none is)."""
    units = list(units)
    joined = "\n".join(units)
    if not any(map(joined.__contains__, _BLOCK_WORDS)):
        return NO_BLOCK  # most pages: no cue word anywhere, one search each
    for unit in units:
        block = credit_block(unit)
        if block is not None:
            return block
    return NO_BLOCK


_RUNTIME_PATTERNS = (
    re.compile(r"\b(\d{1,2})\s*h(?:ours?|rs?)?\.?\s*(?:and\s+)?(\d{1,2})\s*m(?:in(?:utes?|s)?)?\b"),
    re.compile(
        r"\b(?:runtime|run\s*time|running\s+time|runs|clocks\s+in\s+at|clocking\s+in\s+at)"
        r"\D{0,24}?(\d{2,3})\s*(?:minutes|mins?)\b",
        re.IGNORECASE,
    ),
    # "the 98-minute film", "the 88-minute theatrical cut"
    re.compile(
        r"\b(\d{2,3})[- ]minute\s+(?:[a-z]+\s+)?(?:runtime|running\s+time|film|movie|feature|cut"
        r"|version|drama|documentary)\b"
    ),
    # "The film's 148 minutes pass slowly": the minutes the film owns are its length
    re.compile(r"\b(?:[Ff]ilm|[Mm]ovie|[Ff]eature|[Pp]icture)[’']s\s+(\d{2,3})\s+minutes\b"),
)


_HOURS_CUE = re.compile(r"\d\s*h")
_RUNTIME_WORDS = ("runtime", "run time", "run-time", "running time", "runs", "clock")
# A digit before "h" or "m" ("2h", "120 minutes", "98-minute"): without one no runtime pattern
# can match. The digit is "\d" (any decimal digit), written as a set of characters that a
# search skips through quickly (the ASCII digits, or any character past ASCII, then checked
# to be a digit) instead of asking each character whether it is one.
_RUNTIME_CUE = re.compile(r"[0-9\x80-\U0010ffff](?<=\d)\s*-?[hHmM]")


def _runtime_near_cues(text: str) -> int | None:
    """`_runtime` of the text, looked for only around digits before an "h" or an "m"."""
    for cue in _RUNTIME_CUE.finditer(text):
        minutes = _runtime(text[max(0, cue.start() - 80) : cue.end() + 30])
        if minutes and not of_episodes(text, cue.start()):
            return minutes
    return None


def of_episodes(text: str, at: int) -> bool:
    """True when the sentence around `at` speaks of episodes: its minutes are an episode's
    length ("the last of the seven episodes approaches 100 minutes"), not the runtime."""
    if "episode" not in text:
        return False
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    end = text.find(". ", at)
    return "episode" in text[start : end if end >= 0 else len(text)].lower()


def _runtime(text: str) -> int | None:
    """Minutes from "runtime is 120 minutes", "runs 95 minutes", "2h 10m" and the like."""
    first: tuple[int, int] | None = None
    if not _RUNTIME_CUE.search(text):
        return None
    low = text.lower()
    wanted = (
        "h" in low and _HOURS_CUE.search(text) is not None,
        "min" in low and any(cue in low for cue in _RUNTIME_WORDS),
        "minute " in low,
        "minutes" in low and ("’s " in text or "'s " in text),
    )
    for index, pattern in enumerate(_RUNTIME_PATTERNS):
        if not wanted[index]:
            continue  # the pattern's words are not in the text
        m = pattern.search(text)
        if not m:
            continue
        minutes = int(m.group(1)) * 60 + int(m.group(2)) if index == 0 else int(m.group(1))
        if 20 <= minutes <= 600 and (first is None or m.start() < first[0]):
            first = (m.start(), minutes)
    return first[1] if first else None


# Platform names as written after "on", and the name reeltui shows for each.
_PLATFORMS: tuple[tuple[str, str], ...] = (
    (r"Amazon\s+Prime(?:\s+Video)?|Prime\s+Video", "Amazon Prime"),
    (r"Apple\s+TV\s*\+|Apple\s+TV\s+Plus", "Apple TV+"),
    (r"Disney\s*\+|Disney\s+Plus", "Disney+"),
    (r"Paramount\s*\+|Paramount\s+Plus", "Paramount+"),
    (r"HBO\s+Max", "HBO Max"),
    (r"Netflix", "Netflix"),
    (r"Hulu", "Hulu"),
    (r"Peacock", "Peacock"),
    (r"MUBI|Mubi", "MUBI"),
)
_PLATFORM = re.compile(
    r"\b(?i:on|via|streaming)\s+(" + "|".join(f"(?:{p})" for p, _ in _PLATFORMS) + r")(?![\w+])"
)


# One of these words stands in every platform name above.
_PLATFORM_WORDS = (
    "prime",
    "apple",
    "disney",
    "paramount",
    "hbo",
    "netflix",
    "hulu",
    "peacock",
    "mubi",
)


def _platform(text: str) -> str | None:
    """The streaming service named as "on Netflix", "on Amazon Prime", …; None if none."""
    low = text.lower()
    if not any(word in low for word in _PLATFORM_WORDS):
        return None
    m = _PLATFORM.search(text)
    if not m:
        return None
    written = m.group(1)
    for pattern, name in _PLATFORMS:
        if re.fullmatch(pattern, written):
            return name
    return None


_RATING = re.compile(
    r"\b(?:rating|score|verdict|we\s+give\s+it|i\s+give\s+it|stars?)\b\s*[:\-–—]?\s*"
    r"(\d{1,3}(?:[.,]\d)?)\s*(?:/|out\s+of)\s*(5|10|100)\b",
    re.IGNORECASE,
)


def find_rating(text: str, low: str | None = None) -> str | None:
    """A rating as written, normalised to "3.5/5"; from "Rating: 3.5/5", "8 out of 10", …

    `low` is `text.lower()`, when the caller has it."""
    if "/" not in text and "out of" not in (text.lower() if low is None else low):
        return None
    m = _RATING.search(text)
    if not m:
        return None
    value, scale = m.group(1).replace(",", "."), m.group(2)
    if float(value) > float(scale):
        return None
    return f"{value}/{scale}"


def prose_runtime(paragraphs: list[str]) -> int | None:
    """The runtime the prose states ("runs 95 minutes", "2h 10m"), as `extract_facts` finds it."""
    return _runtime_near_cues("\n".join(paragraphs))


def extract_facts(paragraphs: list[str], *, all_facts: bool = True, runtime: bool = True) -> Facts:
    """Everything the prose of a review says about its film, in order of first mention.

    With `all_facts` false only the credits and the runtime are looked for (a caller that
    finds the platform and rating its own way saves the time); with `runtime` false, not the
    runtime either (a caller that looks at the page's labels first asks `prose_runtime` only
    when they have none: a search of the whole text for digits saved on most pages)."""
    cast, strong, weak = _credits(paragraphs)
    directors = strong or weak
    actor_keys = {fold(c.actor) for c in cast}
    directors = [d for d in directors if fold(d) not in actor_keys] or directors
    minutes = prose_runtime(paragraphs) if runtime else None
    guessed = not strong and bool(weak)
    if not all_facts:
        return Facts(tuple(cast), tuple(directors), minutes, directors_weak=guessed)
    prose = "\n".join(paragraphs)
    return Facts(
        tuple(cast),
        tuple(directors),
        minutes,
        _platform(prose),
        find_rating(prose),
        directors_weak=guessed,
    )
