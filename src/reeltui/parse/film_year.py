"""The film's year where the page states it only in words, once the other readings found none.

Two shapes of real pages, each tied to the film under review:

- the headline or the standfirst calls the film by its year: "The 1987 masterpiece returns …",
  "bringing back the 1997 drama", "Juzo Itami's 1985 comedy is back", "a remaster of the 1990
  season" (a word for a film or a show right after the year, perhaps after a word or two);
- a release clause whose subject is the film itself, right before the verb: "Wings of Desire,
  which first appeared in 1987", "the six episodes, which first aired in 2003", "years after
  the film opened on Dec. 16, 1994", "before this one arrived in 2019", "Superstar, the romantic
  drama that released on Eid ul Azha in 2019".

Years that are not the film's are left alone: another work's ("the 1974 novel", "the remake,
released in 2014"), another film compared ("like the 1982 film"), a home-video release ("came out
on DVD in 2005"), and any page that gives two different years this way. Better no year than a
wrong one.

Each pattern is looked for only where a cheap substring test finds its literal words first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reeltui.parse.cues import split_at

__all__ = ["stated_year"]

_CENTURIES = ("19", "20")

# --- "the 1987 masterpiece" in the lines about the film ----------------------------------------

_NOUNS = (
    "film|movie|picture|feature|classic|masterpiece|drama|comedy|thriller|horror|western|musical"
    "|documentary|debut|epic|romance|satire|noir|melodrama|fable|cartoon|animation|anime|season"
    "|series|show|miniseries|sitcom|procedural|sci-fi|shocker|hit|gem|original"
)
# "the 1987 masterpiece", "Itami's 1985 comedy", "the 1997 Canadian drama": the year, at most two
# words, then the noun. (A literal year's digits anchor it.)
# On a series page these name another work (the film it grew from), not the show.
_FILM_ONLY = frozenset("film movie picture feature".split())
_YEAR_NOUN = re.compile(
    rf"\b(?:[Tt]he|[’']s|[Tt]his|[Tt]hat|[Aa]|[Ii]ts)\s+((?:19|20)\d\d)\s+(?:[\w’'-]+\s+){{0,2}}?"
    rf"({_NOUNS})s?\b"
)
# Before the phrase: another film set beside this one ("like the 1982 film", "unlike …").
_COMPARED = re.compile(
    r"(?i)\b(?:like|unlike|than|after|before|since|remakes?|remaking|echoes|echoing|recalls?"
    r"|recalling|turns|turned|turning|adapts|adapted|adapting|reimagines|reworks|expands)\s+(?:[\w’'.-]+\s+){0,3}$"
)
# Another work than the one reviewed, in the same sentence: its year is not the film's.
_OTHER_WORK = re.compile(
    r"(?i)\b(?:remake|remade|reboot|sequel|prequel|novel|novella|book|memoir|play|comic|album"
    r"|game|version|adaptation|predecessor|earlier|previous|spin-?off|based\s+on)\b"
)


# A name right after the phrase: the film it means, by its title ("the 2019 film, Night Tide").
_NAMED_AFTER = re.compile(r",?\s+[‘“'\"]?[A-Z0-9]")


def _sentences(text: str) -> list[str]:
    return split_at(_SENTENCE_BREAK, text)


# The cut between two sentences (its group; `split_at` splits at it).
_SENTENCE_BREAK = re.compile(r"[.!?](\s+)(?=[A-Z‘“\"'])")


def _named_years(about: Sequence[str], title: str, series: bool) -> set[int]:
    """Years the headline or standfirst gives the film by: "the 1997 drama"; on a series page
    only a word for a show counts ("turns the 2019 film into an eight-part romp")."""
    years: set[int] = set()
    for line in about:
        if len(line) > 800 or not any(map(line.__contains__, _CENTURIES)):
            continue
        for sentence in _sentences(line):
            if not _YEAR_NOUN.search(sentence):
                continue
            for m in _YEAR_NOUN.finditer(sentence):
                near = sentence[max(0, m.start() - 40) : m.end() + 30]
                if _OTHER_WORK.search(near) and not (title and title in near):
                    continue  # "the 1974 film's remake", "a sequel to the 1982 film"
                if _COMPARED.search(sentence, max(0, m.start() - 40), m.start()):
                    continue  # "like the 1982 film": another film beside this one
                if series and m.group(2).lower() in _FILM_ONLY:
                    continue
                after = sentence[m.end() : m.end() + 60]
                named = _NAMED_AFTER.match(after)
                if named and not (title and after.lstrip(" ,‘“'\"").startswith(title)):
                    continue  # "Lima's 2019 film, Night Tide, was …": another film, named
                years.add(int(m.group(1)))
    return years


# --- a release clause whose subject is the film -----------------------------------------------

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_RELEASE_VERBS = (
    r"appeared|aired|premiered|released|was\s+released|opened|arrived|debuted|bowed|landed"
    r"|came\s+out|hit\s+(?:screens|cinemas|theaters|theatres)"
)
_ADVERB = r"(?:(?:first|originally|initially|finally|eventually|quietly)\s+)?"
# What follows the verb: a few words (not a place's "in"), perhaps a place or a channel, then
# "in" or "on" and the date (a season, a month, a day) with its year.
_RELEASE_TAIL = (
    r"\b((?:\s+(?!in\b|on\b)[\w’'.+-]+){0,5}?"
    r"(?:\s+(?:in|on|at)\s+[\w’'.+-]+(?:\s+[\w’'.+-]+){0,3}?)?)"
    rf"\s+(?:in|on)\s+(?:(?:the\s+)?(?:spring|summer|autumn|fall|winter|early|late)\s+(?:of\s+)?)?"
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+"
    rf"|{_MONTH}\s+)?((?:19|20)\d\d)\b"
)
# The subject right before the verb: the film itself ("the film", "this one", "it") or a
# relative pronoun after it ("Wings of Desire, which"); perhaps an adverb between.
_RELEASE = re.compile(
    r"(?i)\b(it|the\s+(?:film|movie|picture|show|series|season)|this\s+(?:one|film|movie|show"
    rf"|series|season)|which|that)\s+{_ADVERB}({_RELEASE_VERBS}){_RELEASE_TAIL}"
)
# The same clause with the film's own name as its subject, in the passive too: "When Prime
# Suspect was first shown on ITV in April 1991", "Cowboy Bebop first aired in Japan in 1998".
_NAMED_RELEASE = (
    r"(?:\s+(?:was|were))?\s+"
    + _ADVERB
    + rf"({_RELEASE_VERBS}|shown|broadcast|screened|televised){_RELEASE_TAIL}"
)
_CLOSE_QUOTES = "”’\"'"
_RELEASE_WORDS = (
    "appeared",
    "aired",
    "premiered",
    "released",
    "opened",
    "arrived",
    "debuted",
    "bowed",
    "landed",
    "came out",
    "hit ",
    "shown",
    "broadcast",
    "screened",
    "televised",
)
# Verbs a story's opening uses too ("opens in 1945 on an island"): a release only where the year
# ends the clause.
_STORY_VERBS = frozenset(("opened", "arrived", "landed", "appeared"))
# A release on a disc or a service, years after the film's own, or abroad: not its year.
_HOME_VIDEO = re.compile(
    r"(?i)\b(?:dvd|blu-?ray|vhs|video|4k|criterion|restor\w*|re-?release\w*|streaming|netflix"
    r"|prime|hulu|disney|max|itunes|youtube|tv|television|uk|us|abroad|overseas"
    r"|internationally|border)\b"
)
_ELSEWHERE = re.compile(r"(?i)\b(?:abroad|overseas|internationally|border)\b")
# Someone's or another film, before its noun: "her debut", "Ray's first film", "another movie".
_OWNED = re.compile(r"(?i)(?:[’']s|\b(?:his|her|their|its|another|other|earlier|previous))\s")
# Where the sentence does not name the film, what stands for it before "which": "this film",
# "the six episodes of series one" (not "Jaws, the film that opened in 1975").
_OWN_PART = re.compile(r"(?i)\bthis\s|\bepisodes\b|\b(?:season|series)\s+(?:one|1)\W*$")
# A film noun or a title right before "which"/"that": what the pronoun stands for.
_FILM_NOUN = re.compile(rf"(?i)\b(?:{_NOUNS}|episodes?|one)s?\W*$")


def _release_years(title: str, texts: Sequence[str], series: bool) -> set[int]:
    """Years of release clauses whose subject is the film."""
    years: set[int] = set()
    low_title = title.lower()
    named_release = (
        re.compile(rf"(?i)(?<![\w’'])({re.escape(title)}){_NAMED_RELEASE}")
        if len(title) >= 2
        else None
    )
    for text in texts:
        if len(text) > 6000 or not any(map(text.__contains__, _CENTURIES)):
            continue
        low = text.lower()
        if not any(map(low.__contains__, _RELEASE_WORDS)):
            continue
        for sentence in _sentences(text):
            if not any(map(sentence.__contains__, _CENTURIES)):
                continue
            matches = list(_RELEASE.finditer(sentence))
            if named_release is not None and low_title in sentence.lower():
                matches += named_release.finditer(sentence)
            for m in matches:
                subject = m.group(1).lower()
                before = sentence[: m.start()]
                named = bool(low_title) and low_title in before.lower()
                if subject == low_title:
                    pass  # the film's own name is the subject
                elif subject in ("which", "that"):
                    head = before.rstrip()
                    if head[-1:] in _CLOSE_QUOTES and head.rstrip(_CLOSE_QUOTES).endswith(","):
                        head = head.rstrip(_CLOSE_QUOTES)  # "“My Mister,” which aired …"
                    if not head.endswith(",") and (
                        subject == "which" or not _FILM_NOUN.search(head)
                    ):
                        continue  # "which" after a comma; "that" right after a film's noun
                    head = head.rstrip(",").rstrip()
                    if not (
                        (low_title and head.lower().endswith(low_title.rstrip(".!?")))
                        or (
                            _FILM_NOUN.search(head)
                            and not _OWNED.search(head[-40:])
                            and (named or _OWN_PART.search(head[-40:]))
                        )
                        or (named and head.lower().rfind(low_title) > len(head) - 60)
                    ):
                        continue  # "which" of something else ("her debut, which …")
                elif subject == "it" and not named:
                    continue  # "it" names the film only in a sentence that names it too
                gap = m.group(3)
                if not gap.strip() and m.group(2).lower() in _STORY_VERBS:
                    close = sentence[m.end() : m.end() + 1]
                    if close not in ("", ".", ",", ";", ")", "—", "–"):
                        continue  # "The film opened in 1945 on a small island": the story
                if _HOME_VIDEO.search(gap) and not (
                    series and "dvd" not in gap.lower() and not _ELSEWHERE.search(gap)
                ):
                    continue  # "came out on DVD in 2005"
                clause = sentence[max(0, m.start() - 80) : m.end()]
                if _OTHER_WORK.search(clause):
                    continue  # "the remake, which opened in 2014"
                years.add(int(m.group(4)))
    return years


def stated_year(
    title: str,
    about: Sequence[str],
    texts: Sequence[str],
    *,
    series: bool = False,
    past: bool = True,
    ages: frozenset[int] = frozenset(),
) -> int | None:
    """The film's year as the lines about it (`about`: the headline and the standfirst; and the
    review's opening sentences) call it, or as a release clause of the review (`texts`) whose
    subject is the film says; None when neither does or when they give different years. With
    `past` False (a later season) a release told in the past is another season's, and only
    what the lines about it say counts. `ages` are the years the page's anniversary gives the
    film ("X at 20" over a piece of 2023): a year at odds with them is doubtful, and dropped."""
    # The review's opening sentences are about the film as its standfirst is.
    opening = split_at(_SENTENCE_BREAK, texts[0], 2)[:2] if texts else []
    opening += [split_at(_SENTENCE_BREAK, text, 1)[0] for text in texts[1:2]]
    named = _named_years([*about, *opening], title, series)
    if len(named) > 1:
        return None
    released = _release_years(title, [*about, *texts], series) if past else set()
    years = named | released
    if len(years) != 1 or (ages and not years <= ages):
        return None  # two years, or one at odds with the page's age for the film ("X at 20")
    return years.pop()
