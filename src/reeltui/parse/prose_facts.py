"""The film's year and its directors where only the review's prose states them.

A retrospective or a review without a box of facts says the year and the maker in passing:
"Wong's 2000 film", "Kunle Afolayan's film, released in 2009", "the film, made in 2012",
"Lee Chang-dong's Murakami riff" under the headline, "The Battle of Algiers (1966), Gillo
Pontecorvo's reconstruction of …". Each reading here ties its evidence to the film under review
(its title in the phrase, the headline and standfirst that are about it, or the director the page
already credits), and leaves out what belongs to another work: a novel's date, a remake, the
original, another of the director's films, the writer's or the composer's work.

A year the page states only loosely ("the 2005 British shocker", "in 2009. District 9, …") is
taken when the page's anniversary agrees: a piece dated 2024 that calls the film "at 15" or
says "fifteen years after it landed" confirms 2009, and nothing else.

Every pattern is looked for only where a cheap test finds its literal words first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reeltui.parse.capitals import capitals
from reeltui.parse.credits import is_name
from reeltui.parse.cues import split_at
from reeltui.text import fold

__all__ = [
    "Owned",
    "anniversary_years",
    "clause_owner",
    "director_year",
    "headline_makers",
    "owned_years",
    "publish_year",
    "release_year",
    "settle",
    "title_owners",
]

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_CENTURIES = ("19", "20")  # every match of _YEAR holds one

# What a film is called after its maker's name and its year: "X's 1982 film", "X's 1999 comedy".
_FILM_NOUNS = frozenset(
    """
    film movie comedy drama thriller classic feature picture documentary western musical horror
    satire epic masterpiece shocker romance melodrama noir chiller fantasy fable biopic
    blockbuster tragedy debut cult-classic crime-drama sci-fi animation anime parable caper gothic
    farce rom-com weepie mystery adventure
    """.split()
)
# Words between the name and the noun that make it another work than the one reviewed.
_OTHER_WORK = frozenset(
    """
    remake version adaptation original sequel prequel novel book play short series show
    earlier previous last next later other own novella memoir story source reboot
    """.split()
)
# Capitalised words that open a clause, never a name's start.
_NOT_NAMES = frozenset(
    """
    The A An In On At For With From By And But Or Of To As If When While After Before Since
    Though Although This That These Those It Its His Her Their Our My Your Even Yet So Still
    Like Unlike Here There Then Now Both Either Neither Every Each Why How What Who Where
    Is Was Are Were Does Did Do Has Have Had Can Could Will Would Should Did Review Watch
    """.split()
)
_PARTICLES = frozenset("bo de da di du del della der den van von la le al bin ibn dos das".split())


@dataclass(frozen=True, slots=True)
class Owned:
    """ "X's 1982 film": who owns the film, its year, and whether the phrase names the title."""

    owner: str
    year: int
    titled: bool


# The owner's name and possessive before a year: "Ishmael Bernal's ", "Wong's sun-drenched ".
_OWNER_BEFORE = re.compile(
    r"((?:[A-Z][\w.\-]*\s+(?:(?:" + "|".join(sorted(_PARTICLES)) + r")\s+)?){0,3}"
    r"[A-Z][\w\-]*?)(?:[’']s|(?<=s)[’'])\s+((?:[a-z][\w\-]*\s+){0,2})$"
)
# After the year: the noun, perhaps after a word or two ("1982 film", "2005 British shocker").
_WORDS_AFTER = re.compile(r"(?:\s+[\w\-]+){1,3}")
# A comparison or another time before the owner: "unlike X's 1982 film", "years after X's …".
_ASIDE_BEFORE = re.compile(
    r"(?i)\b(?:like|unlike|than|after|before|since|compared?|comparisons?|remake\s+of|recalls?"
    r"|echoe?s?|nod\s+to|homage\s+to|follow-up\s+to)\s+(?:\w+\s+){0,2}$"
)


def _film_noun(text: str, at: int) -> tuple[list[str], int] | None:
    """The words between a year at `at` and the film noun after it, and where the noun ends."""
    m = _WORDS_AFTER.match(text, at)
    if m is None:
        return None
    words = m.group().split()
    for n, word in enumerate(words):
        if word in _FILM_NOUNS:
            return words[:n], text.find(word, at) + len(word)
    return None


def clause_owner(raw: str) -> str | None:
    """The name in a capitalised run before a possessive, without a clause's opening word."""
    words = raw.split()
    while words and (words[0] in _NOT_NAMES or words[0].lower() in _PARTICLES):
        words.pop(0)
    if not words:
        return None
    return " ".join(words)


def owned_years(texts: Sequence[str], title: str) -> list[Owned]:
    """Every "X's YEAR film" in the texts that is not another kind of work: the owner as
    written (a full name or a surname), the year, and whether the title stands beside it."""
    found: list[Owned] = []
    low_title = title.lower()
    for text in texts:
        if len(text) > 6000 or not any(map(text.__contains__, _CENTURIES)):
            continue
        if "’" not in text and "'" not in text:
            continue
        for m in _YEAR.finditer(text):
            head = _OWNER_BEFORE.search(text, max(0, m.start() - 70), m.start())
            if head is None:
                continue
            noun = _film_noun(text, m.end())
            if noun is None:
                continue
            between, end = [*head.group(2).split(), *noun[0]], noun[1]
            if any(w.lower() in _OTHER_WORK for w in between):
                continue
            owner = clause_owner(head.group(1))
            if owner is None or _ASIDE_BEFORE.search(text, max(0, head.start() - 40), head.start()):
                continue
            rest = text[end : end + 60]
            titled = (
                bool(low_title) and low_title in text[max(0, head.start() - 60) : end + 60].lower()
            )
            named_after = re.match(r",?\s+[‘“\"']?([A-Z0-9][\w’'\-]*)", rest)
            if named_after and not (
                low_title and rest.lstrip(" ,‘“\"'").lower().startswith(low_title)
            ):
                continue  # "X's 2004 film 2046": another of the maker's films, named
            found.append(Owned(owner, int(m.group()), titled))
    return found


def _same_person(owner: str, name: str) -> bool:
    """ "Wong" for "Wong Kar-wai", "Bernal" for "Ishmael Bernal", or the full name."""
    a, b = fold(owner), fold(name)
    if a == b:
        return True
    if " " in a:
        return False
    parts = b.split()
    return a in (parts[-1], parts[0])


def director_year(owned: Sequence[Owned], directors: Sequence[str]) -> int | None:
    """The year of "X's YEAR film" where X is the film's director: one year only."""
    years = {o.year for o in owned if any(_same_person(o.owner, d) for d in directors)}
    return years.pop() if len(years) == 1 else None


# --- anniversaries ---------------------------------------------------------------------------

_NUMBER_WORDS = {
    "ten": 10,
    "fifteen": 15,
    "twenty": 20,
    "twenty-five": 25,
    "thirty": 30,
    "thirty-five": 35,
    "forty": 40,
    "forty-five": 45,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "seventy-five": 75,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a hundred": 100,
}
_AT_AGE = re.compile(r"\bat\s+(\d{1,3})\b(?!\s*(?:%|per|years?|minutes|mins|fps|pm|am))")
_YEARS_ON = re.compile(
    r"(?i)(?<![\w-])(\d{1,3}|(?:a\s+)?[a-z]+(?:-[a-z]+)?)\s+(?:years|summers)\s+"
    r"(?:ago|on|later|after\s+(?:it|its)\b|since\s+(?:it|its)\b)"
)
_LOOSE = re.compile(r"(?i)(?:nearly|almost|about|over|more\s+than|some|around|-odd)\s*$")


def _count(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return _NUMBER_WORDS.get(word.lower())


def anniversary_years(
    headline_lines: Sequence[str], texts: Sequence[str], published: int
) -> set[int]:
    """The film's year as the page's age for it gives it: "District 9 at 15" over a piece of
    2024, "Fifty years ago today", "twenty years after it premiered". Loose ages ("forty-odd
    years", "nearly twenty years") give nothing."""
    years: set[int] = set()
    for line in headline_lines:
        if " at " in line:
            for m in _AT_AGE.finditer(line):
                age = int(m.group(1))
                if 5 <= age <= 100 and (m.end() == len(line) or line[m.end()] in ":;,—–-|"):
                    years.add(published - age)
    for text in [*headline_lines, *texts]:
        if "years" not in text and "summers" not in text:
            continue
        for m in _YEARS_ON.finditer(text):
            word = m.group(1)
            counted = _count(word[2:] if word.startswith("a ") else word)
            if counted is None or not 5 <= counted <= 100:
                continue
            if _LOOSE.search(text, max(0, m.start() - 12), m.start()) or "-odd" in word:
                continue
            years.add(published - counted)
    return years


_MONTHS = (
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
)
_DATED = re.compile(
    r"(?i)\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+"
    r"|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+)"
    r"((?:19|20)\d\d)\b|\b((?:19|20)\d\d)-\d\d-\d\d\b|\b\d{1,2}/\d{1,2}/(\d\d(?:\d\d)?)\b"
)


def publish_year(lines: Sequence[str]) -> int | None:
    """The year of the first short line that dates the piece ("By X | May 1, 2023",
    "Updated 09 March 2023", "10/30/24")."""
    for line in lines:
        if len(line) > 160 or not any(map(line.__contains__, ("19", "20", "/"))):
            continue
        low = line.lower()
        if "release" in low or "premiere" in low or "in cinemas" in low or "in theaters" in low:
            continue
        if not any(map(low.__contains__, _MONTHS)) and "/" not in line and "-" not in line:
            continue
        m = _DATED.search(line)
        if m:
            value = m.group(1) or m.group(2) or m.group(3)
            year = int(value)
            return year + 2000 if year < 100 else year
    return None


# --- release sentences -----------------------------------------------------------------------

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# What may stand between a release verb and its date: places, screens, how widely.
_FILLER = (
    r"(?:\s+(?:in|on|at|across|to|and|the|first|originally|initially|theatrically|nationwide"
    r"|worldwide|abroad|select|cinemas|theaters|theatres|screens|(?-i:[A-Z][\w.+\-]*)))"
)
_RELEASED = re.compile(
    r"\b(made|released|premiered|opened|debuted|landed|arrived|bowed|came\s+out)\b"
    rf"({_FILLER}{{0,7}}?)\s+(?:in|on)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+"
    rf"|{_MONTH}\s+)?((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_RELEASE_VERBS = ("made", "release", "premiere", "opened", "debuted", "landed", "arrived", "bowed")
# The cut between two sentences (its group; `split_at` splits at it).
_SENTENCES = re.compile(r"[.!?](\s+)(?=[A-Z‘“\"'])")
_FILM_SUBJECT = re.compile(
    r"(?i)^\W*(?:when\s+)?(?:it|the\s+(?:film|movie|picture|feature)|this\s+(?:film|movie))\b"
)
_OTHER_CLAUSE = re.compile(
    r"(?i)\b(?:remake|reboot|sequel|prequel|original|novel|novella|book|memoir|comic|play|album"
    r"|game|musical|version|adaptation|predecessor|earlier|previous)\b"
)


def _clause(sentence: str, start: int, end: int) -> str:
    """The clause around [start, end): cut at the commas, semicolons and dashes either side."""
    left = max(sentence.rfind(c, 0, start) for c in (",", ";", "—", "–", "("))
    rights = [i for i in (sentence.find(c, end) for c in (",", ";", "—", "–", ")")) if i >= 0]
    return sentence[left + 1 : min(rights) if rights else len(sentence)]


def release_year(
    title: str, texts: Sequence[str], directors: Sequence[str], *, past: bool = True
) -> int | None:
    """The year a sentence about this film says it was made or released: "The film, made in
    2012", "Kunle Afolayan's film, released in 2009", "X finally landed in cinemas across
    Pakistan on October 13, 2022", "when it opened in 1955." The sentence's subject is the
    film (its title, "the film", "it", its director's film); another work in the same clause
    ("the remake, released in 2014") gives nothing, nor does a story's opening ("opens in
    1952 with …"). With `past` False (a later season) nothing told in the past counts."""
    if not past:
        return None
    key = title.lower()
    owners = [fold(d) for d in directors] + [fold(d.split()[-1]) for d in directors if " " in d]
    years: set[int] = set()
    for text in texts:
        if len(text) > 6000 or not any(map(text.__contains__, _CENTURIES)):
            continue
        low = text.lower()
        if not any(map(low.__contains__, _RELEASE_VERBS)) and "came out" not in low:
            continue
        if not _YEAR.search(text):
            continue
        for sentence in split_at(_SENTENCES, text):
            if not _YEAR.search(sentence):
                continue
            for m in _RELEASED.finditer(sentence):
                before = sentence[: m.start()]
                lowered = before.lower()
                about = (
                    (key and key in lowered)
                    or _FILM_SUBJECT.match(before) is not None
                    or any(f"{o}’s " in fold(before) or f"{o}'s " in fold(before) for o in owners)
                )
                if not about:
                    continue
                verb = m.group(1).lower()
                filler = m.group(2)
                if verb in ("opened", "arrived", "landed", "made") and not filler.strip():
                    # "opened in 1955." closes the sentence; "opens in 1952 with a boy" is the
                    # story; "made in 2012" right after the film's name.
                    after = sentence[m.end() : m.end() + 2]
                    if verb != "made" and after[:1] not in (".", ",", ";", ""):
                        continue
                if _OTHER_CLAUSE.search(sentence, 0, m.end()) or _OTHER_CLAUSE.search(
                    _clause(sentence, m.start(), m.end())
                ):
                    continue  # (what comes before the release, or its own clause)
                years.add(int(m.group(3)))
    return years.pop() if len(years) == 1 else None


# --- makers named with the headline's film ---------------------------------------------------

# A possessive: "X's ", "Evans' ". (Opening on the quote in both forms, so that a search skips
# to the next quote instead of trying the look-behind at every character.)
_POSSESSIVE = re.compile(r"[’'](?:s\s|(?<=s[’'])\s)")
# The name before it: capitalised words, a particle, a quoted nickname ("David 'Tosh' Gitonga").
_NAME_WORD = capitals(r"(?:[A-Z][\w.\-]*|['‘][A-Z][\w\-]*['’])")
_NAME_BEFORE = re.compile(
    rf"({_NAME_WORD}(?:\s+(?:{_NAME_WORD}|(?:" + "|".join(sorted(_PARTICLES)) + r"))){0,3})$"
)
# What a possessive owns that is not the film: another work, a part, a job's work, a life.
_WORK_WORDS = frozenset(
    """
    novel book novella memoir play story stories script screenplay score music soundtrack songs
    camera cinematography photography performance performances turn role character voice
    remake original version sequel prequel earlier previous last next other own show series
    company studio production productions family father mother son daughter wife husband
    death life career legacy return comeback brother sister world verdict review take view
    pick rating ranking guide list interview
    """.split()
)
_QUOTES = "‘“\"'"


def _possessed(line: str, m: re.Match[str]) -> str | None:
    """The owner's name before the possessive matched by `m`, as written."""
    at = m.start()
    head = _NAME_BEFORE.search(line, max(0, at - 60), at)
    return clause_owner(head.group(1)) if head else None


def title_owners(title: str, texts: Sequence[str]) -> set[str]:
    """The last words of everyone the texts write as owning the title itself ("Robert Eggers's
    Nosferatu", "Murnau's Nosferatu"), whatever the sentence: two of them mean the page is
    about two films of one name, and neither owner is sure to be this one's maker."""
    found: set[str] = set()
    if len(title) < 2:
        return found
    for text in texts:
        at = text.find(title)
        while at != -1:
            before = text[max(0, at - 60) : at].rstrip(_QUOTES)
            m = _POSSESSIVE_END.search(before)
            owner = _possessed(before, m) if m else None
            if owner and owner[:1].isupper():
                found.add(fold(owner.split()[-1]))
            at = text.find(title, at + len(title))
    return found


# A possessive closing the text before a title: "Eggers's ", "Murnau’s ‘".
_POSSESSIVE_END = re.compile(r"(?:[’']s|(?<=s)[’'])\s$")


def headline_makers(lines: Sequence[str], title: str) -> list[str]:
    """Owners of the film in the lines about it (headline, standfirst): "'Burning': Lee
    Chang-dong's Murakami Riff", "Paul Verhoeven's ultraviolent satire", "Gareth Evans'
    tower-block brawler", "Kemi Adetiba's 'King of Boys'". Names as written (a full name or a
    surname). What is owned must not be another work or someone's part ("Damon's Ripley", "X's
    'BlacKkKlansman'", "Rooney's novel"); a description in capitals counts only in a line that
    names the film."""
    found: list[str] = []
    low_title = title.lower()
    for line in lines:
        if "’" not in line and "'" not in line:
            continue
        low = line.lower()
        for m in _POSSESSIVE.finditer(line):
            owner = _possessed(line, m)
            if owner is None or (low_title and fold(owner) in fold(title)):
                continue
            if _ASIDE_BEFORE.search(
                line, max(0, m.start() - len(owner) - 40), m.start() - len(owner)
            ):
                continue  # "Like Greta Gerwig's Little Women, …": another film
            rest = line[m.end() : m.end() + 80]
            words = [w.strip(",.:;!?" + _QUOTES + "’”") for w in rest.split()[:3]]
            if not words or any(w.lower() in _WORK_WORDS for w in words):
                continue
            if low_title and rest.lstrip(_QUOTES).lower().startswith(low_title):
                found.append(owner)  # the title itself, owned
                continue
            if rest[:1] in _QUOTES:
                continue  # another film, quoted
            if words[0][:1].isupper() and not (
                low_title and low_title in low and _title_cased(line)
            ):
                continue  # a capitalised run: a name or a title, unless the headline's style
            found.append(owner)
    return found


def _title_cased(line: str) -> bool:
    """A line in a headline's capitals: most of its longer words capitalised."""
    words = [w for w in line.split() if len(w) > 3 and w[:1].isalpha()]
    return bool(words) and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)


# "Memories of Murder (2003) by Bong Joon-ho": the title, perhaps its year, then "by" a name.
_BY_NAME = re.compile(r"[’”'\"]?\s*(?:\((?:19|20)\d\d\))?,?\s+by\s+([A-Z][^,;:|()]{2,40}?)\s*$")


def titled_makers(lines: Sequence[str], texts: Sequence[str], title: str) -> list[str]:
    """Makers set right beside the title: a headline "Title (2003) by X"; in the prose "X's
    much-delayed epic, Title," and "Title (1966), X's reconstruction of …"."""
    if len(title) < 2:
        return []
    found: list[str] = []
    for line in lines:
        if title in line and " by " in line:
            m = _BY_NAME.match(line, line.find(title) + len(title))
            if m and is_name(m.group(1)):
                found.append(m.group(1))
    for text in texts:
        at = text.find(title)
        while at != -1:
            end = at + len(title)
            # "X's much-delayed epic, Title,": a possessive a few words before, a comma between.
            before = text[max(0, at - 80) : at]
            if before.endswith(", ") or before.endswith(", ‘") or before.endswith(", “"):
                clause = before[: before.rfind(",")]
                for m in _POSSESSIVE.finditer(clause):
                    gap = clause[m.end() :]
                    if gap.count(" ") <= 3 and "," not in gap and gap[:1].islower():
                        owner = _possessed(clause, m)
                        if owner and not any(w.lower() in _WORK_WORDS for w in gap.split()):
                            found.append(owner)
            # "Title (1966), X's reconstruction": a possessive right after the title.
            after = re.match(r"[’”'\"]?\s*(?:\((?:19|20)\d\d\))?,\s+", text[end : end + 12])
            if after:
                rest = text[end + after.end() : end + after.end() + 120]
                m = _POSSESSIVE.search(rest, 0, 60)
                if m and rest[: m.start()].count(" ") <= 3:
                    owner = _possessed(rest, m)
                    words = rest[m.end() :].split()[:3]
                    if (
                        owner
                        and rest.startswith(owner)
                        and words
                        and words[0][:1].islower()
                        and not any(w.strip(",.;:").lower() in _WORK_WORDS for w in words)
                    ):
                        found.append(owner)
            at = text.find(title, end)
    return found


# --- directing shared, handed over, taken up ------------------------------------------------

_NAME = capitals(r"[A-Z][\w’'.\-]*(?:\s+(?:[A-Z][\w’'.\-]*|bo|de|da|van|von|del|la|le)){1,3}")
_NAMES = rf"({_NAME}(?:,\s+{_NAME})*,?\s+(?:and|&)\s+{_NAME}|{_NAME})"
_DUTY = r"(?:directing|directorial|direction|helming)\s+(?:duties|chores|reins|credits?|work)"
# "A and B share directing duties", "A and B split the directorial chores".
_SHARE_DUTIES = re.compile(
    rf"{_NAMES}\s+(?:share|split|divide|shared|split|divided)\s+(?:the\s+)?{_DUTY}"
)
# "Directing duties fall to A", "directorial duties are split between A and B".
_DUTIES_TO = re.compile(
    rf"(?i:{_DUTY})\s+(?:fall|falls|fell|go|goes|went|pass|passes|passed|are\s+shared|were\s+shared"
    rf"|are\s+split|were\s+split|are\s+divided|were\s+divided)\s+(?:to|by|between|among)\s+{_NAMES}"
)
# "A takes the director's chair", "with A in the director's chair", "A is behind the camera".
_CHAIR = re.compile(
    rf"{_NAMES}\s+(?:takes|took|is\s+in|sits\s+in|settles\s+into|steps\s+into|stepped\s+into"
    r"|occupies|returns\s+to)\s+the\s+director[’']s\s+chair"
    rf"|\bwith\s+({_NAME})(?=\s+in\s+the\s+director[’']s\s+chair)"
    rf"|{_NAMES}\s+(?:is|was|stays|remains)\s+behind\s+the\s+camera"
)
# "X directs six of the nine episodes, with Y taking the other three": the second director.
_WITH_TAKING = re.compile(
    rf"\bwith\s+({_NAME})\s+(?:taking|directing|handling|helming)\s+(?:on\s+)?(?:the\s+)?"
    r"(?:other|rest|remaining|last|second|final|middle|first|next|remainder)\b"
)
# What the second one takes: the episodes ("the other three", "the second half", "the rest.").
_SHARE_OF = re.compile(
    r"\s*(?:[.,;:)—–]|$)|(?:\s+[\w-]+){0,3}?\s+(?:episodes?|half|halves|instal+ments?|chapters?"
    r"|parts?|two|three|four|five|six|seven|eight|nine|ten|\d+)\b"
)
# "directs", "directed", "directing", "helms", "helmed", "co-directs" as whole words. Each word's
# first letter comes first and the word boundary is checked behind it, so that a search skips
# to those letters instead of trying the boundary at every character (the same matches).
_DIRECTING_VERB = re.compile(
    r"(?:d(?<=\bd)irect(?:s|ed|ing)|h(?<=\bh)elm(?:s|ed)|c(?<=\bc)o-directs)\b"
)
_SPLIT = re.compile(r",\s+(?:and\s+|&\s+)?|\s+(?:and|&)\s+")
_DUTY_CUES = ("direct", "Direct", "camera", "helm")
# What every match of `_SHARE_DUTIES` and `_DUTIES_TO` holds, in lower case: one search first.
_DUTY_WORDS = re.compile(_DUTY)


def duty_directors(texts: Sequence[str]) -> list[str]:
    """Directors named by their duties: "A and B share directing duties", "directing duties
    fall to A", "A takes the director's chair", "A is behind the camera", and the second of
    "X directs six of the nine episodes, with Y taking the other three"."""
    found: list[str] = []

    def add(names: str) -> None:
        for name in _SPLIT.split(names):
            name = clause_owner(name.strip()) or ""
            if is_name(name) and name not in found:
                found.append(name)

    for text in texts:
        if not any(map(text.__contains__, _DUTY_CUES)):
            continue  # every cue holds one of these
        low = text.lower()
        if (
            "duties" in low or "chores" in low or "reins" in low or "credit" in low or "work" in low
        ) and _DUTY_WORDS.search(low):
            for m in _SHARE_DUTIES.finditer(text):
                add(m.group(1))
            for m in _DUTIES_TO.finditer(text):
                add(m.group(1))
        if "director’s chair" in low or "director's chair" in low or "behind the camera" in low:
            for m in _CHAIR.finditer(text):
                add(next(g for g in m.groups() if g))
        if (
            " with " in text
            and ("direct" in text or "helm" in text)
            and _DIRECTING_VERB.search(text)
        ):
            for sentence in split_at(_SENTENCES, text):
                if " with " not in sentence:
                    continue
                for m in _WITH_TAKING.finditer(sentence):
                    if _DIRECTING_VERB.search(sentence, 0, m.start()) and _SHARE_OF.match(
                        sentence, m.end()
                    ):
                        add(m.group(1))
    return found


# --- the two together ------------------------------------------------------------------------


def _mentions(name: str, texts: Sequence[str]) -> int:
    """How many times the texts name the person by surname (or by the name as written)."""
    word = name.split()[-1]
    return sum(text.count(word) for text in texts)


def settle(
    *,
    title: str,
    series: bool,
    about: Sequence[str],
    texts: Sequence[str],
    dated: Sequence[str],
    directors: Sequence[str],
    fixed: bool,
    year: int | None,
    surnames: Callable[[], dict[str, str]],
    person: Callable[[str], bool],
    past: bool = True,
) -> tuple[tuple[str, ...], int | None]:
    """The directors and year once the prose is read as well: `about` are the headline and the
    standfirst, `texts` the review's paragraphs, `dated` the lines around the headline (for the
    piece's own date). `fixed` says the directors come from a label or a title line and stand."""
    out = tuple(directors)
    base = _AT_AGE_END.sub("", title)  # "District 9 at 15": the film is "District 9"

    known: list[dict[str, str]] = []  # the page's surnames, read once if a surname needs them

    def full(owner: str) -> str | None:
        plain = _NICKNAME.sub("", owner)  # "David 'Tosh' Gitonga"
        if is_name(plain):
            name: str | None = owner
        else:
            if not known:
                known.append(surnames())
            name = known[0].get(fold(owner))
        return name if name and person(name) else None

    if not fixed and not series:
        # (cheap tests first: a job elsewhere is looked for on the one name left only)
        titled = [n for n in map(full, titled_makers(about, texts, base)) if n]
        # The review's opening sentences are about the film as its standfirst is.
        opening = split_at(_SENTENCES, texts[0], 2)[:2] if texts else []
        headed = (
            [n for n in map(full, headline_makers([*about, *opening], base)) if n]
            if len(out) <= 1
            else []
        )
        if len(title_owners(base, [*about, *texts])) > 1:
            titled, headed = [], []  # "Eggers's Nosferatu" and "Murnau's Nosferatu": two films
        for group, strong in ((titled, True), (headed, False)):
            names = [n for n in dict.fromkeys(group) if _mentions(n, texts) >= 1]
            if len(names) == 1 and any(fold(names[0]) == fold(d) for d in out):
                break  # the director already
            if len(names) != 1 or _other_job(names[0], texts):
                continue
            new = names[0]
            have = max((_mentions(d, texts) for d in out), default=0)
            count = _mentions(new, texts)
            # A maker tied to the title wins over prose that names someone as often or less; one
            # from the headline or the opening only over a lone name the review gives once
            # ("the German director X, best known for …") and when it names the maker again.
            if (
                not out
                or (strong and count >= have)
                or (len(out) == 1 and have == 1 and count >= 2)
            ):
                out = (new,)
            break
    words = [*about, *texts]
    if not fixed:
        # Directors named by their duties join those the prose gave (a season's second).
        for name in duty_directors([*about, *texts]):
            if person(name) and not any(fold(name) == fold(d) for d in out):
                out = (*out, name)
    if year is not None:
        if series or not any(_RERELEASE.search(t) for t in about):
            return out, year
        # A film back in cinemas: a release label or sentence may date the return ("Release
        # date: 16 August 2024") where the prose names the director's film of 1987.
        older = director_year(owned_years(words, base), out)
        return out, older if older is not None and older < year else year
    owned = [] if series else owned_years(words, base)
    found = director_year(owned, out)
    if found is None:
        found = release_year(base, words, out, past=past)
    if found is not None or series:
        return out, found
    published = publish_year(dated)
    ages = anniversary_years(about, texts[:3], published) if published else set()
    if not out:
        makers: set[tuple[str, int]] = set()
        for o in owned:
            maker = full(o.owner)
            if maker and (o.titled or o.year in ages):
                makers.add((maker, o.year))
        if len(makers) == 1:
            maker, made = makers.pop()
            return (maker,), made
    if len(ages) == 1:
        age = next(iter(ages))
        if any(_states(t, str(age), base) for t in words):
            return out, age
    return out, None


_FILM_CUES = re.compile(
    r"(?i)\b(?:film|movie|picture|feature|released?|premiered?|opened|debuted|cinemas?|theat(?:er|re)s?"
    r"|screens?|shocker|classic|comedy|drama|thriller|documentary)\b"
)


def _states(text: str, year: str, title: str) -> bool:
    """True when a sentence of `text` gives `year` beside the film: its title or a word of films
    or releases in the same sentence ("the 2005 British shocker", "opened in cinemas in April
    2002"), not a year in passing ("ideas that belong in 2012")."""
    if year not in text:
        return False
    for sentence in split_at(_SENTENCES, text):
        if re.search(rf"\b{year}\b", sentence) and (
            (title and title.lower() in sentence.lower()) or _FILM_CUES.search(sentence)
        ):
            return True
    return False


# Another job than directing, said of the person: acting ("X plays", "(X)", "star X"), writing
# the source or the script, composing, producing, creating a show.
_JOB_BEFORE = re.compile(
    r"(?i)\b(?:star|actor|actress|novelist|author|writer|screenwriter|composer|producer|creator"
    r"|playwright|cinematographer|editor)s?,?\s+$"
)
_JOB_AFTER = re.compile(
    r"^(?:[’']s\s+(?:novel|book|novella|memoir|play|script|screenplay|score|source|short"
    r"|story|stories)\b"
    r"|\)|,?\s+(?:plays|stars|as\s|who\s+plays|who\s+stars|wrote|who\s+wrote|produced"
    r"|who\s+produced|created|who\s+created))"
)


def _other_job(name: str, texts: Sequence[str]) -> bool:
    """True when the texts give the person another job than the film's direction. The surname
    alone counts where no other first name stands before it ("Michael Polley" is someone
    else)."""
    word = name.split()[-1]
    first = name.split()[0]
    for text in texts:
        if word not in text:
            continue
        for written in (name, word):
            at = text.find(written)
            while at != -1:
                end = at + len(written)
                before = text[max(0, at - 25) : at].split()[-1:]
                own = written is name or not (
                    before and before[0][:1].isupper() and before[0] != first
                )
                if own and (
                    (at and text[at - 1] == "(")
                    or _JOB_AFTER.match(text, end)
                    or _JOB_BEFORE.search(text, max(0, at - 30), at)
                ):
                    return True
                at = text.find(written, end)
    return False


# A film shown again: "returns to the big screen", "back in cinemas", "a new restoration".
_RERELEASE = re.compile(
    r"(?i)\b(?:re-?release[sd]?|restor(?:ed|ation)|returns?\s+to\s+(?:the\s+big\s+screen|cinemas"
    r"|theaters|theatres)|back\s+(?:in|on|to)\s+(?:the\s+big\s+screen|cinemas|theaters|theatres)"
    r"|anniversary\s+(?:screening|re-?release|run))\b"
)
_NICKNAME = re.compile(r"\s+['‘\"“][A-Z][\w\-]*['’\"”](?=\s)")
_AT_AGE_END = re.compile(r"\s+at\s+\d{1,3}$")
