"""The scraped-text parser: a review page saved as plain text, from any site.

A page is read in steps, each deciding by evidence rather than by position:

1. the text becomes units (lines, or paragraphs when a tool hard-wrapped them);
2. labelled facts are found wherever they stand (`labels.scan_labels`);
3. the headline is chosen among the lines above the first paragraph, past the site's chrome;
   the title is the headline's candidate that the review itself names most, or a title label;
4. the byline is looked for around the headline, else at the end of the article;
5. the body runs from the first paragraph after headline and byline to the last paragraph
   before the page's furniture (comments, related articles, bios, footers); inside it, short
   lines before paragraphs are headings and furniture ("Also Read", captions) is dropped;
6. credits, directors, runtime, rating, platform, year, kind and season come from the labels
   first, then from the prose; what stays uncertain becomes a note.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from itertools import compress
from pathlib import Path

import reeltui.parse.headline_pick as headline_pick
import reeltui.parse.masthead as masthead
import reeltui.parse.recurring_title as recurring_title
import reeltui.parse.title_checks as title_checks
import reeltui.parse.title_episode as title_episode
import reeltui.parse.title_kicker as title_kicker
import reeltui.parse.title_marks as title_marks
import reeltui.parse.titles as titles
from reeltui.model import Credit, Film, Format, Kind, Review, Reviewer, Section
from reeltui.parse.byline_echo import echoed_byline
from reeltui.parse.bylines import weighed
from reeltui.parse.closing_list import labelled_list
from reeltui.parse.co_directors import more_directors
from reeltui.parse.contents_line import contents_lines
from reeltui.parse.credit_lines import credits_year, is_credits_paragraph
from reeltui.parse.credits import (
    NO_BLOCK,
    CreditBlock,
    credit_block,
    extract_facts,
    find_credit_block,
    find_rating,
    is_name,
    of_episodes,
    prose_runtime,
    shared_surname,
)
from reeltui.parse.cues import lowered, may_hold, split_at
from reeltui.parse.film_year import stated_year
from reeltui.parse.gate import unbelieved
from reeltui.parse.half_names import prose_forms, whole_names
from reeltui.parse.label_tail import split_label_tails
from reeltui.parse.labels import (
    LabelHit,
    canonical_rating,
    label_kind,
    parse_runtime,
    scan_labels,
    split_names,
    star_rating,
)
from reeltui.parse.layout import (
    byline_name,
    footer_author,
    is_caption_line,
    is_chrome,
    is_date_line,
    is_dated_deck,
    is_footer,
    is_hard_stop,
    is_link_box,
    is_photo_source,
    is_promo,
    is_prose,
    is_related_headline,
    is_soft_chrome,
    loose_key,
    lowered_loose_key,
    near_byline,
    photo_caption,
    title_key,
    without_email,
)
from reeltui.parse.makers import owner_director
from reeltui.parse.name_edges import without_lead_word
from reeltui.parse.notcast import ends_a_name_of_org, not_a_person, not_this_cast
from reeltui.parse.notes import (
    is_closing_sentence,
    is_crumb_line,
    is_opening_note,
    is_showing_note,
    is_standfirst,
    past_opening_label,
)
from reeltui.parse.other_boxes import other_film_boxes
from reeltui.parse.prose_facts import (
    anniversary_years,
    director_year,
    owned_years,
    publish_year,
    settle,
    title_owners,
)
from reeltui.parse.ratings import counts_votes, rated_of, sub_score_block
from reeltui.parse.reviewers import tidy_reviewer
from reeltui.parse.role_span import settle_roles
from reeltui.parse.roles import (
    Known,
    makers_acting,
    merge_aliases,
    only_compared,
    prose_directors,
    prose_roles,
    without_epithet,
)
from reeltui.parse.runtimes import bracketed_minutes, episode_length, stated_length
from reeltui.parse.section_heads import (
    dropped_capital_heads,
    heads_over_lists,
    named_heads,
    numeral_heads,
    paired_list_labels,
)
from reeltui.parse.services import (
    about_another_work,
    closing_service,
    framed_service,
    names_an_outlet,
    origin_service,
    owning_service,
)
from reeltui.parse.zones import trim_tail
from reeltui.text import MAX_LINE, clean, clean_line, clip, fold, literal_alternation, split_long

__all__ = ["Headline", "PageHints", "parse_headline", "parse_scraped", "sub_scores"]


@dataclass(frozen=True, slots=True)
class Headline:
    """What a headline says: the film's title, year, season and kind."""

    title: str
    year: int | None
    kind: Kind
    season: int | None


@dataclass(frozen=True, slots=True)
class PageHints:
    """What a saved web page's markup says beyond its text (title, author, headings)."""

    title: str | None = None
    author: str | None = None
    headings: frozenset[str] = field(default_factory=frozenset)
    rating: str | None = None
    captions: tuple[str, ...] = ()
    description: str | None = None
    directors: tuple[str, ...] = ()
    decks: frozenset[str] = field(default_factory=frozenset)
    # The markup names the author, which the caller puts in when the text has no byline: the
    # byline model is not asked.
    markup_author: bool = False
    # The film or series the page's JSON-LD says it reviews, and the year it gives it.
    work: str | None = None
    work_year: int | None = None


_YEAR = re.compile(r"\((1[89]\d\d|20\d\d|2100)(?:\s*[–—-]\s*(?:\d{2,4})?\s*)?\)")
_ORDINALS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "sophomore": 2,
    "final": 0,
}
_NUMBER_WORD = "|".join(k for k in _ORDINALS if k != "final")
_SEASON = re.compile(
    rf"[\s:,–—-]*\(?(?<![’'])\b(?:season|series|s)\s*(\d{{1,2}}|{_NUMBER_WORD})\b\)?"
    r"(?:\s*[,:]?\s*(?:episodes?|ep|e)\s*[\d–-]+)?",
    re.IGNORECASE,
)
_SEASON_ORDINAL = re.compile(
    r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|sophomore)\s+"
    r"(?:and\s+(?:final|last)\s+)?season\b",
    re.I,
)
# The run a review is about, in British usage and in passing: "this third and final series",
# "between the second series and this third one", "its fourth run".
_THIS_SEASON = re.compile(
    r"\b(?:this|its|the\s+new)\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    r"|tenth)\s+(?:and\s+(?:final|last)\s+)?(?:series|run|one)\b",
    re.I,
)
_REVIEW_PREFIX = re.compile(
    r"^(?:(?:movie|film|tv|series|show|web\s+series|album|book|ott|streaming|netflix|series)\s+)?"
    r"review\s*[:\-–—|~]\s*",
    re.IGNORECASE,
)
# A festival or event and its year before "Review:": "Cannes 2024 Review: X", "TIFF 2023
# Review – X", "Fantastic Fest 2024 Review: X".
_EVENT_PREFIX = re.compile(
    r"^(?:[A-Z][\w’'&.\-]*\s+){1,4}(?:19|20)\d\d\s+review\s*[:|–—-]\s*(?=\S)", re.IGNORECASE
)
# A title in capitals, then a comma and a tagline in normal case.
_CAPS_TITLE = re.compile(r"^([^a-z,:]*[A-Z][^a-z,:]*[A-Z][^a-z,:]*),\s+(?=.*[a-z])")
_COMMA_TAGLINE = re.compile(r"^([^,:]{2,80}?),\s+(?=(?:a|an|the)\s+\w+)")
_REVIEW_WORD = re.compile(
    r"\s*(?:[:\-–—|~]\s*)?\b(?:(?:movie|film|tv|series|show|web\s+series|web-series|season"
    r"|parents?['’]?)\s+)?review\b",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"^[‘'\"“«]\s*(.+?)\s*[’'\"”»](?=\s|$|[(:,\-–—|~])")
_ANY_QUOTED = re.compile(r"(?:^|[\s(:])[‘“«\"]([^‘’“”\"«»]{1,80}?)[’”»\"](?=$|[\s,:;.)?!]|’s)")
_LANGUAGE_TAG = re.compile(
    r"\s*[(\[](?:tamil|telugu|hindi|malayalam|kannada|marathi|bengali|punjabi|gujarati|english"
    r"|korean|japanese|spanish|french|german|italian|mandarin|cantonese|dubbed|subtitled)[)\]]",
    re.IGNORECASE,
)
_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,40}$")
_SERIES_CUE = re.compile(
    r"\b(?:tv\s+reviews?|web\s+series|tv\s+series|series\s+review|season\s+review|tv\s+show"
    r"|mini-?series|limited\s+series|docu-?series|episode|showrunner)\b",
    re.IGNORECASE,
)
_PLATFORM_SUFFIX = re.compile(
    r"\s+(?:on\s+)?(?:netflix|hulu|hbo(?:\s+max)?|max|disney\+|apple\s+tv\+|prime\s+video"
    r"|amazon\s+prime(?:\s+video)?|peacock|paramount\+|sonyliv|zee5|jiocinema|hotstar)\s*$",
    re.IGNORECASE,
)
# A kicker in brackets before a headline: "[REVIEW] …", "[Interview] …".
_BRACKET_KICKER = re.compile(r"^\[[A-Za-z][\w &/-]{0,24}\]\s*")
# What a disc review puts by the title: "Blu-ray: X", "DVD/Blu-ray: X", "X 4K UHD review".
_FORMAT = r"(?:4K\s+)?(?:Ultra\s+HD|UHD|Blu-ray|Blu-Ray|DVD|Steelbook)(?:\s+(?:box\s+set|release))?"
_FORMAT_PREFIX = re.compile(
    rf"^(?:{_FORMAT})(?:\s*/\s*(?:{_FORMAT}))*\s*(?:review\s*)?[:|–—-]\s*(?=\S)", re.I
)
_FORMAT_SUFFIX = re.compile(
    rf"(?:\s*[,:|–—-])?\s+(?:(?:the\s+)?(?-i:[A-Z]{{2,5}})\s+)?"  # a label: "BFI", "the BFI"
    rf"(?:{_FORMAT})(?:\s*/\s*(?:{_FORMAT}))*(?:\s+review)?$",
    re.I,
)
# A title in straight single quotes in a headline: "Disney+ series 'Moving' finds …".
_STRAIGHT_QUOTED = re.compile(
    r"(?:^|[\s(:—–])'([A-Z0-9][^'\n]{0,78}?[\w!?.),])'(?=$|[\s,:;.)?!—–])"
)
# Breadcrumbs glued in front of a headline: "Home » Reviews » X review".
_HOME_CRUMBS = re.compile(r"^home\s*[»›>/]\s*(?:[^»›>/]{1,30}?\s*[»›>/]\s*)*", re.IGNORECASE)
# A place or a service with the year by a title: "X (South Korea, 2024)", "X (Netflix, 2023)".
_PLACE_YEAR = re.compile(r"\s*\((?:[^()\d]{2,60}),\s*((?:19|20)\d\d)\)")
# An alternative title in brackets written wholly in another script (Hangul, Han, kana, Thai,
# Cyrillic, Arabic…): no Latin letter in it.
_NATIVE_TITLE = re.compile(
    r"\s*\([^()A-Za-z\u00c0-\u024f]*[^\x00-\u024f()][^()A-Za-z\u00c0-\u024f]*\)$"
)
# Two names of one film: "Vikram (aka) Vikram", "Hit Man aka Killer Romance".
_ALIAS = re.compile(r"^(.+?)\s+\(?(?:aka|a\.k\.a\.)\)?\s+(.+)$", re.I)
# A line that opens with a title and its year: "Seven Samurai (1954). Director: …",
# "Mission: Impossible – Dead Reckoning Part One (USA, 163 min.)".
# A verb between a sentence's words: "The obvious precedent is Night Bus (2009)" opens on a
# clause, not on a title and its year.
_CLAUSE_VERB = re.compile(r"[a-z] (?:is|was|are|were) [A-Za-z]")
_DATED_TITLE = re.compile(
    r"^([A-Z0-9‘“'\"][^()\n]{0,78}?)\s+"
    r"\((?:(?:19|20)\d\d|[A-Z0-9][\w ./&-]{0,30},\s*\d{2,3}\s*mins?\.?)\)"
)
# Words of a page's furniture: a candidate made of them alone is never the title, however high
# it stands ("By", "Follow Us", "Share article · Season 3", "The magazine", "Part 1").
_CHROME_TITLE_WORDS = frozenset(
    """
    by follow us share article this story print preview font size up down add to calendar the
    magazine edition issue newsletter part chapter episode season series volume vol one two
    three four five six seven eight nine ten i ii iii iv v comments comment email facebook x
    twitter whatsapp linkedin pinterest copy link save bookmark listen read more related
    advertisement sponsored top stories latest trending k drama pop featured exclusive
    """.split()
)
# Of those, the words that make such a run furniture ("Us" and "Up" are titles; "Follow Us"
# and "Part 1" are not).
_CHROME_TITLE_CUES = frozenset(
    """
    by follow share print preview font calendar magazine newsletter part chapter episode season
    comments comment email facebook twitter whatsapp linkedin pinterest bookmark listen related
    advertisement sponsored trending k
    """.split()
)


def _chrome_title(text: str) -> bool:
    """True for a candidate made of page furniture's words alone: a byline's "By", "Follow
    Us", "Share article · Season 3", "The magazine", a part label ("Part 1", "Part One")."""
    return _chrome_key(loose_key(text))


def _chrome_key(key: str) -> bool:
    """`_chrome_title` of a `loose_key`."""
    words = key.split()
    if not words or not all(w in _CHROME_TITLE_WORDS or w.isdigit() for w in words):
        return False
    return any(w in _CHROME_TITLE_CUES for w in words)


def _without_format(text: str) -> str:
    """A title without the disc it was reviewed on: "Blu-ray: Seven Samurai", "Seven Samurai
    Blu-ray", "Seven Samurai, BFI 4K UHD review" → "Seven Samurai"."""
    low = text.lower()
    if "blu" not in low and "dvd" not in low and "hd" not in low and "steelbook" not in low:
        return text
    bare = _FORMAT_SUFFIX.sub("", _FORMAT_PREFIX.sub("", text)).strip(" :–—|,-")
    return bare or text


def _unaliased(text: str, body_key: str) -> str:
    """One name of a film given two ("Vikram (aka) Vikram", "Hit Man aka Killer Romance"): the
    one the review names more, the first when it names them alike."""
    m = _ALIAS.match(text) if "aka" in text.lower() or "a.k.a" in text.lower() else None
    if not m:
        return text
    first, second = m.group(1).strip(" ,:–—-"), m.group(2).strip(" ,:–—-")
    if not first or not second:
        return text
    if _count(body_key, loose_key(second)) > _count(body_key, loose_key(first)):
        return second
    return first


def _directed_names(units: list[str]) -> frozenset[str]:
    """The `loose_key`s of the names a page gives as directors ("Director: Akira Kurosawa",
    "Dir. X", "directed by X") and of their surnames: a headline's "Kurosawa's epic …" names a
    director, not the film."""
    found: set[str] = set()
    for unit in units:
        if len(unit) > 3000:
            continue
        for m in _DIRECTED_BY.finditer(unit):
            name = m.group(1)
            if is_name(name):
                found.add(loose_key(name))
                found.add(loose_key(name.split()[-1]))
    return frozenset(found)


_DIRECTED_BY = re.compile(
    r"(?:\bDirector\s*:|\bDir\.|\b[Dd]irected\s+by)\s+([A-Z][\w’'.\-]+(?:\s+[A-Z][\w’'.\-]+){1,3})"
)
_MENU_WORDS = frozenset(
    """
    movies movie film films tv reviews review features news home menu search music games
    culture entertainment video videos photos celebs lifestyle sport sports opinion streaming
    podcasts interviews lists awards trailers box office more newsletters subscribe shop
    sign log in create account members journal watchlist profile register login app all
    about contact blogs festivals features games books tv television radio web series shows anime
    mini
    """.split()
)


def _season_number(text: str) -> int | None:
    m = _SEASON.search(text)
    if m:
        raw = m.group(1).lower()
        return int(raw) if raw.isdigit() else _ORDINALS.get(raw) or None
    m = _SEASON_ORDINAL.search(text)
    if m:
        return _ORDINALS[m.group(1).lower()] or None
    return None


_KIND_REVIEW_PREFIX = re.compile(r"^(?:movie|film|tv|series)\s+review\s*[~:|–—-]\s*", re.I)
_STREAM_OR_SKIP = re.compile(r"^stream\s+it\s+or\s+skip\s+it\s*:\s*", re.IGNORECASE)
_OPEN_RANGE = re.compile(r"[–—-]\s*\)")
_TITLE_BREAK = re.compile(r"\s[:|–—~-]\s|:\s")
_SERIES_HEADLINE = re.compile(
    r"\b(?:series|tv|show|season)\s+review\b|\bmini-?series\b|\bweb\s+series\b", re.IGNORECASE
)


# A season's number alone, then which part of it: "Stranger Things 4 Volume 1", "X 3 Part 2"
# (never "Kill Bill: Vol. 1", where no number stands before the volume).
_NUMBERED_VOLUME = re.compile(
    r"\s+(\d{1,2})\s*[:,–—-]?\s+(?:Volume|Vol\.?|Part)\s+(?:\d{1,2}|I{1,3}|One|Two)\s*$"
)


def parse_headline(headline: str) -> Headline:
    """Title, year, season and kind from a headline: "‘Title’ (2023) Review: …",
    "Movie Review ~ X (2023)", "X Movie Review: …", "X review – tagline", "Review: X",
    "X (Tamil) Movie Review", "X Season 2 Review", "THE BEAR: SEASON TWO", "X (2021–) Netflix".

    Only the first `MAX_LINE` characters are looked at: a headline is never longer.
    """
    headline = headline[:MAX_LINE]
    text = headline.strip()
    if text[:4].lower() == "home":
        text = _HOME_CRUMBS.sub("", text)  # "Home » Entertainment » X review: …"
    text = _KIND_REVIEW_PREFIX.sub("", text)
    text = _STREAM_OR_SKIP.sub("", text)
    text = _REVIEW_PREFIX.sub("", _BRACKET_KICKER.sub("", text))
    text = _FORMAT_PREFIX.sub("", text)
    caps = _CAPS_TITLE.match(text) or _COMMA_TAGLINE.match(text)
    if caps:
        # "THE SUBSTANCE, Demi Moore Sheds Her Skin": the title in capitals; "X, a delight":
        # a tagline after the title's comma.
        text = caps.group(1)
    text = _LANGUAGE_TAG.sub("", text)
    year_match = _YEAR.search(text)
    year = int(year_match.group(1)) if year_match else None
    if year_match is None and ", " in text:
        placed = _PLACE_YEAR.search(text)
        if placed:
            # "X (United States/United Kingdom, 2023)", "X (Netflix, 2023) - …": the year
            # after where the film is from or shown, the title before it.
            year = int(placed.group(1))
            text = text[: placed.start()]
    ongoing = bool(year_match and _OPEN_RANGE.search(year_match.group(0)))

    quoted = _QUOTED.match(text)
    if quoted:
        title = quoted.group(1)
        after = text[quoted.end() :]
    else:
        cut = len(text)
        for pattern in (_YEAR, _REVIEW_WORD):
            m = pattern.search(text)
            if m and 0 < m.start() < cut:
                cut = m.start()
        colon = _TITLE_BREAK.search(text)
        if cut == len(text) and colon:
            cut = colon.start()
        title = text[:cut]
        after = text[cut:]

    season: int | None = None
    season_in_title = _SEASON.search(title)
    if season_in_title and season_in_title.start() > 0:
        season = _season_number(season_in_title.group(0))
        title = title[: season_in_title.start()]
    else:
        if year_match and after.startswith(year_match.group(0)):
            after = after[len(year_match.group(0)) :]  # "X (2025) Season 2 Review"
        season_after = _SEASON.match(after)
        if season_after:
            season = _season_number(season_after.group(0))
    if season is None and (" Vol" in title or " Part " in title):
        volume = _NUMBERED_VOLUME.search(title)
        if volume and volume.start() > 0:
            season = int(volume.group(1)) or None
            title = title[: volume.start()]
    title = _PLATFORM_SUFFIX.sub("", title) if ongoing or season else title
    title = title.strip().strip("‘’'\"“”«»").strip(" :-–—|,~")
    title = _FORMAT_SUFFIX.sub("", title) or title
    if title.endswith(")"):
        title = _NATIVE_TITLE.sub("", title) or title  # "Exhuma (파묘)": the title in its script
    is_series = season is not None or ongoing or bool(_SERIES_HEADLINE.search(headline))
    return Headline(
        title=title or headline.strip(),
        year=year,
        kind=Kind.SERIES if is_series else Kind.FILM,
        season=season,
    )


# --- units -----------------------------------------------------------------------------------


def _units(text: str) -> list[str]:
    """The document's lines, with hard-wrapped paragraphs joined: a line continues the one
    before when it starts in lower case after a long line, or when the whole document is
    wrapped at a fixed width. A paragraph longer than `MAX_PARAGRAPH` is split."""
    units: list[str] = []
    blocks = _BLANK_LINE.split(text)
    wrapped = _hard_wrapped(text)

    def finish(parts: list[str]) -> None:
        if parts:
            units.extend(split_long(" ".join(parts)))

    for block in blocks:
        current: list[str] = []
        last = ""
        for raw in block.split("\n"):
            # No run of spaces to collapse in plain ASCII: the text is clean already.
            simple = "  " not in raw and raw.isascii()
            line = raw.strip() if simple else " ".join(raw.split())
            if "  " in raw and not _SENTENCE_MARK.search(line):
                cells = [c.strip() for c in _WIDE_GAP.split(raw.strip()) if c.strip()]
                if len(cells) >= 3:
                    line = " | ".join(cells)  # a row of menu items set apart by spaces
            if not line:
                continue
            if current and _continues(last, line, wrapped):
                current.append(line)
            else:
                finish(current)
                current = [line]
            last = line
        finish(current)
    return units


_BLANK_LINE = re.compile(r"\n\s*\n")
_WIDE_GAP = re.compile(r"\s{2,}")
_SENTENCE_MARK = re.compile(r"[.!?]\s|[.!?]$")
_SENTENCE_END = frozenset('.!?:;"”’)')


def _continues(last: str, line: str, wrapped: bool) -> bool:
    if line[:1].islower() and len(last) >= 40 and last[-1] not in ".!?":
        return True
    return wrapped and len(last) >= 50 and last[-1] not in _SENTENCE_END


def _hard_wrapped(text: str) -> bool:
    """True when the long lines are of one width and mostly stop short of a sentence's end, as
    a fixed-width wrap leaves them (a saved web page has a paragraph per line instead)."""
    every = text[:20000].split("\n")
    lines = [line.rstrip() for line in compress(every, map((50).__le__, map(len, every)))]
    if len(lines) < 6:
        return False
    lengths = sorted(len(line) for line in lines)
    median = lengths[len(lengths) // 2]
    if not 55 <= median <= 100:
        return False
    even = sum(1 for n in lengths if abs(n - median) <= 12)
    open_ended = sum(1 for line in lines if line[-1:] not in '.!?"”’)')
    return even * 10 >= len(lines) * 7 and open_ended * 2 > len(lines)


# --- the page --------------------------------------------------------------------------------


# Words in capitals and nothing else but an apostrophe or a closing "?" ("WHAT WE DIDN'T LIKE").
_CAPITALS_PHRASE = re.compile(r"^[A-Z][A-Z’']*(?:\s+[A-Z][A-Z’']*)+\??$")
# The heading of the notes under an essay, and its first note.
_NOTES_HEADING = re.compile(
    r"(?i)^(?:end\s*notes|foot\s*notes|notes|references|works\s+cited|bibliography|sources)\s*:?$"
)
_FIRST_NOTE = re.compile(r"^(?:1[.)]\s|\[1\]\s?|¹\s?)")


@dataclass
class _Page:
    units: list[str]
    labels: list[LabelHit]
    label_units: set[int]
    hints: PageHints
    furniture: frozenset[int] = frozenset()  # units known to be the site's, not the review's
    min_words: int = 10
    _chrome: dict[int, bool] = field(default_factory=dict)
    _stop: dict[int, bool] = field(default_factory=dict)
    _prose: dict[tuple[int, int], bool] = field(default_factory=dict)

    def chrome(self, i: int) -> bool:
        """`is_chrome` of unit i, worked out once (furniture found otherwise counts too)."""
        known = self._chrome.get(i)
        if known is None:
            known = self._chrome[i] = i in self.furniture or (
                is_chrome(self.units[i]) and not self._capitals_heading(i)
            )
        return known

    def _capitals_heading(self, i: int) -> bool:
        """True when unit i is a phrase in capitals between two paragraphs of text ("WHAT
        COULD HAVE BEEN BETTER"): a section's heading, though its words alone read like a
        menu's."""
        unit = self.units[i]
        if not (unit.isupper() and 2 <= unit.count(" ") < 8) or not 0 < i < len(self.units) - 1:
            return False
        if is_soft_chrome(unit) or is_date_line(unit) or not _CAPITALS_PHRASE.match(unit):
            return False
        return self.prose(i - 1) and self.prose(i + 1)

    def stop(self, i: int) -> bool:
        """`is_hard_stop` of unit i, or the heading of the notes under an essay, worked out
        once."""
        known = self._stop.get(i)
        if known is None:
            known = self._stop[i] = is_hard_stop(self.units[i]) or self._notes_heading(i)
        return known

    def _notes_heading(self, i: int) -> bool:
        """True when unit i heads an essay's notes: "Endnotes", "Notes", "Works cited" over a
        first numbered note ("1. On the lawsuit, see …", "[1] …")."""
        unit = self.units[i]
        if len(unit) > 20 or not _NOTES_HEADING.match(unit):
            return False
        return i + 1 < len(self.units) and _FIRST_NOTE.match(self.units[i + 1]) is not None

    def prose(self, i: int) -> bool:
        """True when unit i is running text (a labelled line may be, when its value is).

        A page with no paragraph of ten words reads shorter sentences as text, and a page
        with no sentence at all reads every line that is not chrome as text."""
        key = (i, self.min_words)
        known = self._prose.get(key)
        if known is None:
            known = self._prose[key] = self._is_prose(i)
        return known

    def _is_prose(self, i: int) -> bool:
        if i in self.furniture:
            return False
        unit = self.units[i]
        if self.min_words == 0:
            return not self.chrome(i) and (
                i not in self.label_units or sum(1 for w in unit.split() if w[:1].islower()) >= 6
            )
        if not is_prose(unit, self.min_words):
            return False
        if unit[:5] == "With " and _cast_list(unit):
            return False  # "With Ana Lima, Tom Hale and Rosa Diaz.": the credits, no sentence
        if i in self.label_units:
            words = unit.split()
            lower = sum(1 for w in words if w[:1].islower())
            return lower >= 6 and lower * 2 >= len(words)
        return True


_LIST_SPLIT = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


def _cast_list(unit: str) -> bool:
    """True when `unit` is a credits line of the cast, no sentence: "With Ana Lima, Tom Hale,
    and Rosa Diaz."."""
    names = _LIST_SPLIT.split(unit[5:].rstrip(". "))
    return len(names) >= 2 and all(is_name(name) for name in names)


def _label_units(hits: list[LabelHit]) -> set[int]:
    covered: set[int] = set()
    for hit in hits:
        if not hit.value and hit.kind != "user_rating":
            continue
        covered.update(range(hit.first, hit.last + 1))
    return covered


_REVIEW_TOKEN = re.compile(r"\breview\b")
# A sentence, then a few words without a full stop: a caption and its photo's owner.
_OWNED_CAPTION = re.compile(r"^.{6,}?[.!?][’”\"']?\s+[A-Z][^.!?]{1,40}$")
_LONE_GRADE = re.compile(r"[A-F][+\-−–]?")
_BRACKET_GRADE = re.compile(r"(?:^|[.!?”\"]\s+)\[([A-F][+\-−–]?)\]$")
_LABEL_PREFIX = re.compile(r"^([A-Z][\w’' ]{1,20}):\s+\S")
# (a page's field before the colon, not a title: "Aftersun: Film Review" is a headline)
_LABELLED_REVIEW = re.compile(
    r"^(?:filed(?:\s+(?:to|under|in))?|posted\s+(?:in|under)|categor(?:y|ies)|sections?|tags?"
    r"|tagged|topics?|type|kind|format|department|desk|channel|series|column|more)\s*:\s*"
    r"(?:\w+\s+)?reviews?$",
    re.IGNORECASE,
)
_WORD_RUN = re.compile(r"[\w’']+")
# A label opening a line or a field after a bar: "Posted in: A, B | Tagged: C, D".
_FIELD_LABEL = re.compile(r"(?:^|\s[|·•]\s)[A-Z][\w’' ]{1,20}:\s")
# A line of credits, never the headline: "Dir. Celine Song, USA, A24", "D: Sean Durkin; with
# A, B", "Directed by X", "Starring A, B", "Written and directed by X".
_CREDIT_LINE = re.compile(
    r"^(?:dir(?:ector|s)?\.?\s*:?\s+[A-Z]|d:\s|directed\s+by\b|starring\s*:?\s+[A-Z]|cast\s*:"
    r"|with\s*:\s|written\s+(?:and\s+directed\s+)?by\b|(?:created|produced)\s+by\b)",
    re.IGNORECASE,
)


# A web address in a line ("example.com/news/x-review/123", a share box's link): its words
# are a link's, never a headline's.
_WEB_ADDRESS = re.compile(r"\S*\w\.[a-z]{2,}(?:\.[a-z]{2})?/\S*")


def _headline_index(page: _Page, limit: int, probe: str, site: frozenset[str] = frozenset()) -> int:
    """The index of the headline among the first `limit` units. `probe` is the start of the
    review (a padded `loose_key`): a short line the review keeps naming is likely the title.
    A line that is the site's name (`site`, its masthead's keys) is none."""
    units = page.units
    best, best_score = 0, -99.0
    hint = title_key(page.hints.title) if page.hints.title else ""
    stop = min(limit, len(units))
    bylines = [
        i
        for i in range(min(stop + 4, len(units)))
        if len(units[i]) < 120
        and byline_name(units[i], units[i + 1] if i + 1 < len(units) else None)
    ]
    motto = title_checks.motto_line(units)
    scored: list[tuple[int, float]] = []
    for i in range(stop):
        unit = units[i]
        if i in page.label_units or len(unit) > MAX_LINE or page.chrome(i):
            continue
        if site and len(unit) <= 80 and loose_key(unit) in site:
            continue  # "LA WEEKLY" over the menu, "Flicks Review" over the review
        if _OWNED_CAPTION.match(unit) and is_caption_line(unit):
            continue  # "Ana Lima in Harbour Lights. Studio Pictures": a photo's caption
        words = unit.split()
        folded = unit.lower()
        tokens = _WORD_RUN.findall(folded)
        content = [w for w in tokens if w not in _MENU_WORDS]
        if not content or (len(tokens) >= 4 and len(content) * 2 < len(tokens)):
            continue  # menu words, not a headline
        score = 0.0
        has_review = (
            "review" in folded
            and len(words) <= 25
            and not (unit.endswith(".") and len(words) > 12)  # a sentence that says "review"
            and bool(_REVIEW_TOKEN.search(_WEB_ADDRESS.sub(" ", folded)))
        )
        if has_review and len(words) <= 3 and unit.isupper():
            # "NOTEBOOK REVIEW": a section's kicker in capitals, unless the review names what
            # stands before "review" ("DUNE REVIEW").
            kicker = loose_key(unit.rsplit(" ", 1)[0]) if words[-1].lower() == "review" else ""
            has_review = not kicker or _count(probe, kicker) > 0
        if has_review:
            score += 10
        pulled = len(words) >= 6 and unit[:1] in '“"' and unit[-1:] in '”"' and unit[-2:-1] in ".!?"
        if pulled:
            score -= 3  # a sentence wholly in quotes: a pull quote, not the headline
        elif _YEAR.search(unit) or _QUOTED.match(unit):
            score += 3
        if len(words) >= 4:
            score += 2
        if len(words) == 1:
            score -= 3
        if len(words) >= 2 and unit.upper() == unit and sum(c.isalpha() for c in unit) >= 8:
            score -= 3  # "WATCH IT OR SKIP IT": a kicker in capitals
        if is_name(unit):
            score -= 1  # a name alone may be a byline, or a title such as "Palm Springs"
        if byline_name(unit, units[i + 1] if i + 1 < len(units) else None):
            score -= 20
        if _LABELLED_REVIEW.match(unit):
            score -= 20  # "Filed to: Review", "Category: Reviews"
        if folded.startswith(("review by ", "reviewed by ")):
            score -= 20  # "Review by IndiaGlitz [ Wednesday … ]": a byline, whoever it names
        if ": " in unit and len(_FIELD_LABEL.findall(unit)) >= 2:
            continue  # "Posted in: Film | Tagged: review, …": the page's fields, not a headline
        prefix = _LABEL_PREFIX.match(unit)
        if prefix and unit.endswith(".") and "review" not in prefix.group(1).lower():
            score -= 10  # "Format: Hourlong crime drama. Five episodes watched for review."
        if star_rating(unit) or canonical_rating(unit):
            score -= 8
        if not has_review and len(words) >= 4 and unit[-1:] == "." and not _YEAR.search(unit):
            score -= 3  # a sentence: a standfirst under the headline, not the headline
        if _LONE_GRADE.fullmatch(unit) or _CREDIT_LINE.match(unit):
            continue  # "A", "B+": the reviewer's grade; "Dir. X; with A, B": the credits
        if not has_review and _YEAR.search(unit) and headline_pick.two_sentences(unit):
            score -= 5  # "X in Rocky (1976). (Studio)": a caption, two sentences: no headline
        if len(words) <= 8 and not has_review and unit[-1:] not in ".!?":
            named = loose_key(_strip_title(unit))
            if len(named) >= 3 and named not in _SMALL_WORDS:
                score += 1.5 * min(_count(probe, named), 4)
            if len(probe) > 400 and not _count(probe, named):
                score -= _unnamed_line_doubt(units, i, words)
        if any(0 < b - i <= 4 for b in bylines):
            score += 2  # a headline stands just above its byline
        if hint and (title_key(unit) == hint or hint in title_key(unit)):
            score += 12
        if is_prose(unit) and not has_review and len(words) > 30:
            score -= 4
        section = unit.split(" | ", 1)[0].lower() if " | " in unit else ""
        if section and all(w in _MENU_WORDS for w in section.split()):
            score -= 3  # "Movies | Review: …": a section name before the headline
        if i == motto and not _count(probe, loose_key(unit)) and not _YEAR.search(unit):
            score -= 4  # the site's motto under its name: "Britain's number one Asian newspaper"
        score -= i / 40
        scored.append((i, score))
        if score > best_score:
            best, best_score = i, score
    # A line that names the film the review names, over a motto or a label that names nothing.
    instead = headline_pick.named_instead(
        units, scored, probe, " ".join(u[:2000] for u in units[stop : stop + 12])
    )
    return best if instead < 0 else instead


def _unnamed_line_doubt(units: list[str], i: int, words: list[str]) -> float:
    """How much a short line near the top that the review never names looks like furniture
    rather than a headline: a word or two ("Watch", "User Reviews") among other short lines
    (a menu), or a phrase in lowercase words after a comma or a digit, such as a site's motto
    ("Academic rigour, journalistic flair") or a button ("Try 7 days free")."""
    if _YEAR.search(units[i]) or _QUOTED.match(units[i]) or len(words) > 6:
        return 0.0
    doubt = 3.0 if _chrome_title(units[i]) else 0.0  # "Follow Us", "Print Preview"
    if len(words) <= 2:
        doubt += 2.0 if len(words) == 1 else 1.0
        short = sum(
            1
            for j in (i - 2, i - 1, i + 1, i + 2)
            if 0 <= j < len(units) and len(units[j]) < 40 and units[j][-1:] not in ".!?"
        )
        if short >= 3:
            doubt += 2.0  # a menu's entry, among other entries
    lower = sum(1 for w in words[1:] if w[:1].islower() and w.lower() not in _SMALL_WORDS)
    if lower >= 2 and (", " in units[i] or any(w.isdigit() for w in words)):
        doubt += 3.0  # a motto's or a button's phrase, not a film's name
    return doubt


# The last words of a job in place of a name ("BN Guest Writer", "Staff"), and the words that
# open an outlet's name before its last ("Star Tribune", "Daily Herald"; the last words are
# `ends_a_name_of_org`'s).
_JOB_WORDS = frozenset(
    "writer writers contributor contributors correspondent reporter staff team guest "
    "editor editors columnist".split()
)
_OUTLET_LEADS = frozenset("star daily sunday morning evening news".split())


def _person_reviewer(name: str) -> str | None:
    """The person a byline names, without the outlet glued to it ("Dana Lindqvist Star
    Tribune", "Damion Reid/Gleaner Writer"); None when it names an outlet or a job and no one
    ("Arizona Republic", "BN Guest Writer", "Times News Service")."""
    if name.startswith("About ") and is_name(name[6:]):
        return name[6:]  # "About Adrien Moreau": an author box's heading
    if "/" in name:
        left, _, right = name.partition("/")
        last = right.split()[-1] if right.split() else ""
        if is_name(left.strip()) and (last.lower() in _JOB_WORDS or ends_a_name_of_org(last)):
            return left.strip()
    words = name.split()
    if len(words) < 2:
        return name
    if words[-1].lower() in _JOB_WORDS:
        return None
    if not ends_a_name_of_org(words[-1]):
        return name
    keep = len(words) - 1
    while keep > 0 and words[keep - 1].lower() in _OUTLET_LEADS:
        keep -= 1  # "… Star Tribune", "… Daily Herald"
    person = " ".join(words[:keep])
    return person if keep >= 2 and is_name(person) else None


def _over_outlet(units: list[str], i: int, name: str) -> str:
    """The byline's name when the line taken for it is the outlet's, in capitals, under the
    writer's name and over the date ("Ana Lima" / "DAILY REEL" / "Published May 2"): the name
    above it; `name` otherwise."""
    if name != units[i] or not name.isupper() or i == 0:
        return name
    above = units[i - 1]
    return above if not above.isupper() and is_name(above) and not byline_name(above) else name


def _first_prose(page: _Page, start: int) -> int:
    for i in range(start, len(page.units)):
        page.units[i]
        if page.chrome(i) or page.stop(i):
            continue
        if page.prose(i) and not is_caption_line(page.units[i]):
            if i + 1 < len(page.units) and is_photo_source(page.units[i + 1]):
                continue  # a caption over its photo's source ("… go bush.", "SUPPLIED")
            return i  # (a caption with its credit can read as two sentences)
    return len(page.units)


def _past_deck(page: _Page, start: int) -> int:
    """The review's start moved past a standfirst: lines the page marks as one, or one short
    sentence that page furniture (a dateline, a caption, share buttons) parts from the text."""
    units = page.units
    for _ in range(6):
        if start >= len(units):
            break
        nxt = _first_prose(page, start + 1)
        if nxt >= len(units):
            break
        unit = units[start]
        marked = unit in page.hints.decks or (
            unit.count(" ") < 40 and bool(_HEADLINE_LIKE.match(unit))
        )  # (a paragraph opening "X review: …" is the review's, its label run in)
        # A standfirst of two or three short sentences ("… Is it worth your weekend? We weigh
        # it up.") is parted by the site's furniture only: over a photo's caption, sentences
        # are the review's opening.
        if nxt == start + 1 and unit.count(" ") < 30 and is_caption_line(unit):
            start = nxt  # a photo's caption over the text: "A and B in a scene from the film"
            continue
        sentences = len(_SENTENCE_BREAK.findall(unit)) + 1
        parted = (
            nxt > start + 1
            and unit.count(" ") < 35
            and (
                sentences == 1
                or (
                    sentences <= 3
                    and 14 <= unit.count(" ") < 25
                    and not any(_set_caption(page, j) for j in range(start + 1, nxt))
                )
            )
            and any(
                (page.chrome(j) and not _IN_TEXT_FURNITURE.match(units[j])) or _set_caption(page, j)
                for j in range(start + 1, nxt)
            )
            and all(
                page.chrome(j) or j in page.label_units or _set_caption(page, j)
                for j in range(start + 1, nxt)
            )
        )
        # The headline printed again over the text (a saved page's second copy of it).
        again = unit.count(" ") < 25 and unit in units[max(0, start - 30) : start]
        if not (
            marked
            or parted
            or again
            or _unfinished_deck(page, start, nxt)
            or _opening_pull_quote(page, start, nxt)
            or (
                all(not page.prose(j) for j in range(start + 1, nxt))
                and is_standfirst(unit, _paragraph_at(page, nxt))
            )
        ):
            break
        start = nxt
    return start


def _paragraph_at(page: _Page, i: int) -> str:
    """Unit i, or the paragraph under it when it is a line over one (a question heading the
    first section, "What is it?")."""
    unit = page.units[i]
    if unit.count(" ") < 8 and i + 1 < len(page.units) and page.prose(i + 1):
        return page.units[i + 1]
    return unit


# Furniture that sites set between the paragraphs of an article (an advert's label, a link to
# another story): it parts no standfirst from the text, as a dateline or a photo does.
_IN_TEXT_FURNITURE = re.compile(
    r"(?i)^(?:advertisement|sponsored|story\s+continues|continue\s+reading|also\s+read"
    r"|read\s+(?:also|more|next)|related\b|recommended\b|watch\s*:|listen\s*:)"
)

#: How many words in a row a pull quote shares with the paragraph it is drawn from.
_PULL_RUN = 6


def _opening_pull_quote(page: _Page, i: int, nxt: int) -> bool:
    """True when unit i is a pull quote set over the review: one sentence wholly in quotes
    whose words, six or more in a row, come back in a paragraph below it (a quote of the film's
    dialogue opening the review is not repeated so)."""
    unit = page.units[i]
    if not (unit[:1] in '“"' and unit[-1:] in '”"' and unit[-2:-1] in ".!?"):
        return False
    words = loose_key(unit).split()
    if not _PULL_RUN <= len(words) <= 40:
        return False
    below = f" {' '.join(loose_key(u) for u in page.units[nxt : nxt + 20] if len(u) > len(unit))} "
    return any(
        f" {' '.join(words[k : k + _PULL_RUN])} " in below
        for k in range(len(words) - _PULL_RUN + 1)
    )


_REVIEW_LABEL = re.compile(r"(?i)^(?:(?:our|the|full|film|movie)\s+)?review\s*:?$")


def _review_label(page: _Page, body: list[int], title: str = "") -> int:
    """How many units the review's text starts after: those down to a line that says "Review"
    alone ("Review:", "Our review", or the film's title and "Review") under a line or two of
    summary or synopsis, when paragraphs follow it; 0 when there is none."""
    before = page.units[body[0] - 1] if body and body[0] > 0 else ""
    synopsis = bool(_SYNOPSIS_HEAD.match(before)) or bool(
        title and before.lower() in (f"{title.lower()} story", f"{title.lower()} plot")
    )
    for n, i in enumerate(body[:3]):
        unit = page.units[i]
        if (len(unit) < 14 and _REVIEW_LABEL.match(unit)) or (
            # (over the first paragraph with nothing above it, it is the review's heading)
            (n or synopsis) and title and _titled_review_label(unit, title)
        ):
            return n + 1 if len(body) > n + 2 else 0
        if unit.count(" ") >= 39 and not (synopsis and n == 0):
            break  # a paragraph of the review's own length: the review started already
    return 0


def _titled_review_label(unit: str, title: str) -> bool:
    """ "Gully Boy Review", "Gully Boy Movie Review:": the film's title and "review" alone."""
    low = unit.lower().rstrip(": ")
    stem = title.lower()
    return low in (f"{stem} review", f"{stem} movie review", f"{stem} film review")


# A heading over a synopsis: "What's it about?", "Synopsis", "The plot".
_SYNOPSIS_HEAD = re.compile(
    r"(?i)^(?:what['’]s\s+it\s+about\??|what\s+is\s+it\s+about\??|synopsis|(?:the\s+)?plot"
    r"|(?:the\s+)?premise)\s*:?$"
)


def _set_caption(page: _Page, i: int) -> bool:
    """True when unit i is a photo's caption that its credit marks as one ("A in T. Image
    courtesy: X"), furniture between a standfirst and the review."""
    unit = page.units[i]
    return len(unit) <= 160 and is_caption_line(unit) and _OWNED_CAPTION.match(unit) is not None


def _unfinished_deck(page: _Page, i: int, nxt: int) -> bool:
    """True when unit i is a standfirst over the review: one sentence with no full stop, too
    long for a section's heading (`_is_heading`), or one closed by the reviewer's stars ("…
    the same thing. ★★★★★"), right over a paragraph far longer than itself."""
    unit = page.units[i]
    words = unit.count(" ") + 1
    if nxt != i + 1 or not 15 <= words <= 35 or _SENTENCE_BREAK.search(unit):
        if not (_TRAILING_STARS.search(unit) and words <= 40):
            return False
    elif unit[-1:] in ".!?…:;,\"”’')":
        return False
    return page.units[nxt].count(" ") + 1 >= max(40, 2 * words)


_SUMMARY_LABEL = re.compile(
    r"(?i)^(?:(?:(?:article|story|review|quick)\s+)?summary|in\s+summary"
    r"|key\s+(?:points|highlights|takeaways)|story\s+highlights"
    r"|in\s+short|tl;?\s*dr|at\s+a\s+glance|quick\s+take|the\s+gist|(?:official\s+)?synopsis"
    r"|logline)\s*:?$"
)


def _past_summary(page: _Page, start: int) -> int:
    """The review's start moved past a box of short summary lines under a label ("SUMMARY",
    "Key highlights", "SYNOPSIS:") to the first full paragraph after them."""
    if start == 0 or start >= len(page.units) or not _SUMMARY_LABEL.match(page.units[start - 1]):
        return start
    nxt = _first_long_prose(page, start)
    if nxt >= len(page.units) or nxt - start > 6:
        return start
    if all(page.units[j].count(" ") < 30 for j in range(start, nxt)):
        return nxt
    return start


def _past_box(page: _Page, start: int, floor: int) -> int:
    """The review's start moved past a box above it: a short title over a line or two of
    summary and the box's facts or furniture (a label with a value, a link), with the first
    full paragraph right after them ("The Big Picture", two sentences, "Where to watch",
    "Netflix"). `floor` is the headline's or the byline's unit: the title stands under it.
    Where the lines under a title are all text, they are the review's (its first section)."""
    title = start - 1
    if title <= floor or start >= len(page.units) or not _box_title(page, title):
        return start
    nxt = _first_long_prose(page, start)
    if nxt >= len(page.units) or nxt - start > 6:
        return start
    run = range(start, nxt)
    if any(page.units[j].count(" ") >= _BOX_SUMMARY_WORDS for j in run):
        return start
    summary = [j for j in run if page.prose(j)]
    if any(is_caption_line(page.units[j]) for j in summary):
        return start  # a photo's caption, not a summary
    boxed = any(
        page.chrome(j) or (j in page.label_units and _valued(page, j))
        for j in run
        if not page.prose(j)
    )
    return nxt if boxed and len(summary) <= _BOX_SUMMARY_LINES else start


def _valued(page: _Page, i: int) -> bool:
    """True when a label with a value stands on unit i."""
    return any(hit.value for hit in page.labels if hit.first <= i <= hit.last)


def _box_title(page: _Page, i: int) -> bool:
    """True when unit i reads as a box's title: a few words set apart, no sentence, no
    label, no furniture, no name (a caption's broken line is one)."""
    unit = page.units[i]
    return (
        unit.count(" ") < 5
        and unit[:1].isupper()
        and not page.prose(i)
        and i not in page.label_units
        and not page.chrome(i)
        and unit.rstrip(_SENTENCE_CLOSERS)[-1:] not in ".!?,;:"
        and not is_name(unit)
        and not page.prose(i - 1)
    )


def _first_long_prose(page: _Page, start: int) -> int:
    """The first paragraph of forty words or more from `start` (a standfirst or synopsis is
    shorter), or the end."""
    for i in range(start, len(page.units)):
        if page.prose(i) and page.units[i].count(" ") >= 39:
            return i
    return len(page.units)


def _opening_sentences(page: _Page, start: int, floor: int) -> int:
    """Move the body's start back over short sentences standing right before the first
    paragraph ("It is fine."), down to the headline or byline."""
    least = 1 if page.min_words < 10 else 4
    i = start
    while i - 1 > floor:
        unit = page.units[i - 1]
        if is_link_box(unit) and i < start:
            return start  # the lines walked over are the links of a box ("Related Story")
        if i - 1 in page.label_units or page.chrome(i - 1) or page.stop(i - 1):
            break
        words = unit.split()
        sentence = unit[-1:] in ".!?" and len(words) >= least
        texty = len(words) >= 4 and sum(1 for w in words if w[:1].islower()) >= 2
        if not (sentence or texty) or is_name(unit) or byline_name(unit):
            break
        if is_caption_line(unit) or (unit[:5] == "With " and _cast_list(unit)):
            break
        i -= 1
    return i


_HEADLINE_VERB = re.compile(
    r"\s+(?:is|are|was|says|and|makes|gets|proves|brings|returns|delivers|turns|finds|feels"
    r"|offers|takes|goes|keeps|ends|begins|shows|remains|becomes|hits|misses|review)\b\s*"
    r"|\s*[|–—]\s+",
    re.IGNORECASE,
)
# "and" between capitalised words, then a verb in the singular: the title holds the "and" ("Salt
# and Water is a …"), where "X and the lost art of …" goes on in lower case and "Helen and Dale
# are …" names two people.
_AND_TITLE = re.compile(
    r"\s+and(?:\s+[A-Z][\w’'\-]*){1,3}(?=\s+(?:is|was|makes|gets|proves|brings|returns"
    r"|delivers|turns|finds|feels|offers|takes|goes|keeps|ends|begins|shows|remains|becomes"
    r"|review)\b|\s*[|–—:]\s+|$)",
)
_WATCHED = re.compile(
    r"^I(?:[’']ve|\s+have)?\s+(?:just\s+|finally\s+|now\s+)?(?:watched|binged|seen|streamed"
    r"|finished)\s+(?=[A-Z0-9‘“'\"])",
    re.IGNORECASE,
)
_POSSESSOR = re.compile(r"^(?:[A-Z][\w.\-]+\s+){1,3}?[A-Z][\w\-]+[’']s\s+(?=[A-Z0-9‘“'\"])")
_TAGLINE_COLON = re.compile(r":\s+[a-z]")
# One to four words in capitals and a colon before a title that is not in capitals ("THIS
# WEEK: Harbour Lights"); not a season or a part of the title ("DUNE: Part Two").
_CAPS_KICKER = re.compile(
    r"^(?:[A-Z][A-Z’'&]+\s+){0,3}[A-Z][A-Z’'&]+:\s+"
    r"(?!(?:Season|Series|Part|Chapter|Episode|Volume|Vol\.|Book)\b)(?=[A-Z0-9‘“'\"].*[a-z])"
)
_KICKER_REVIEW = re.compile(r"^[A-Z][\w’'&.\-]*\s+review\s*:\s*(?=[A-Z0-9‘“'\"])", re.IGNORECASE)
_OWNER = re.compile(r"^[A-Z][\w.\-]*[’']s\s+([A-Z0-9‘“'\"].*)$")


# A line that says what kind of work a title is, under the title in a database's title block.
_KIND_LINE = re.compile(
    r"^(?:tv\s+(?:mini[\s-]?)?series|tv\s+movie|tv\s+special|mini[\s-]?series|series|movie|film"
    r"|feature\s+film|documentary|short)$",
    re.IGNORECASE,
)
_LONE_YEAR = re.compile(r"^\(?(?:19|20)\d\d\)?(?:\s*[–—-]\s*(?:(?:19|20)\d\d)?)?$")


def _title_blocks(page: _Page, h: int) -> list[str]:
    """Titles printed as a database's title block above the headline: a short line, then the
    year alone on its line, maybe after what kind of work it is ("Adolescence", "TV Mini
    Series", "2025")."""
    units = page.units
    found: list[str] = []
    for i in range(max(0, h - 15), max(0, h - 1)):
        unit = units[i]
        if len(unit) > 80 or unit.count(" ") > 7 or page.chrome(i) or unit[-1:] in ".!?,:":
            continue
        j = i + 1
        if _KIND_LINE.match(units[j]) and j + 1 < len(units):
            j += 1
        if _LONE_YEAR.match(units[j]) and not _KIND_LINE.match(unit):
            found.append(_strip_title(unit))
    return found


def _credit_box_titles(page: _Page, body_key: str, people: frozenset[str]) -> list[str]:
    """Titles printed as the head of the film's credits: a short line right over a labelled
    director or cast ("HARBOUR LIGHTS", then "Director: …", "Cast: …"), which the review
    names; not a box's own name ("The Facts", "Cast and crew"), nor one of `people` (the
    `loose_key`s of the byline's and the cast labels' names)."""
    found: list[str] = []
    for hit in page.labels:
        i = hit.first - 1
        if hit.kind not in ("director", "cast") or i < 0 or i in page.label_units:
            continue
        unit = page.units[i]
        if i > 0 and len(unit) < 40 and _rating_only(unit):
            i -= 1  # the title over the reviewer's stars over the credits: "THE X", "***"
            unit = page.units[i]
        if len(unit) > 80 or unit.count(" ") > 7 or unit[-1:] in ".!?,:;" or page.chrome(i):
            continue
        bare = _strip_title(unit)
        key = loose_key(bare)
        if not key or not bare[:1].isupper() or set(key.split()) <= _BOX_WORDS:
            continue
        if is_name(bare) and not unit.isupper():
            continue  # "Craig Mazin" under "Created and written by": a person, not a title
        if _count(body_key, key) and not byline_name(unit) and key not in people:
            found.append(bare)
    return found


def _rating_only(unit: str) -> bool:
    """True when `unit` is a rating and nothing else: stars, asterisks, "3.5/5"."""
    if unit[:1] == "*":
        return _ASTERISK_LINE.fullmatch(unit) is not None
    return star_rating(unit) is not None or _SCORE_LINE.fullmatch(unit) is not None


# The words of a credits box's own name: "The Facts", "Cast & Crew", "Film details".
_BOX_WORDS = frozenset(
    "the a and of cast crew credits facts details info information film movie show series "
    "at glance key essentials fact file sheet box verdict review summary about this tv".split()
)


_SUBJECT = re.compile(
    r"^[‘“\"']?((?:[A-Z0-9][\w’'.:&!?\-]*)(?:\s+(?:[A-Z0-9][\w’'.:&!?\-]*|of|the|a|an|and|in|on"
    r"|at|to|for|with|by|from)){0,6}?)[’”\"']?,?\s+(?:(opens|begins|unfolds|centres|centers"
    r"|starts\s+(?:with|on|in))|is|was|tells|follows|arrives|returns|feels|plays|takes|comes"
    r"|turns|finds|sees|has|does|may|might|could|will|would|can)\b"
)


_PLAYED_BY = (" played by", " portrayed by", " voiced by", " brought to life by")
_OPENING_CONJUNCTIONS = frozenset(
    "when if as while after before since because although though once until unless".split()
)


def _first_subject(paragraph: str) -> str | None:
    """The title a review's first sentence opens with, as its subject: "Harbour Lights opens
    on …", "“Harbour Lights” is …"; None when it opens with anything else (a person's name, a
    pronoun, an article and a common noun)."""
    m = _SUBJECT.match(paragraph[:200])
    if m is None:
        return None
    if paragraph.startswith(_PLAYED_BY, m.end()):
        return None  # "Ferruccio is played by …": a character
    text = m.group(1).strip(" ,.:")
    words = text.split()
    quoted = paragraph[:1] in "‘“\"'"
    if not words or words[-1].lower() in _SMALL_WORDS:
        return None
    if is_name(text) and not quoted and not m.group(2):
        return None  # "Ana Lima is …" is a person; "Harbour Lights opens on …" is a film
    if len(words) == 1 and words[0].lower() in _SMALL_WORDS | {"it", "this", "there", "here"}:
        return None
    if words[0].lower() in _OPENING_CONJUNCTIONS:
        return None  # "When Haider takes a job …": a clause, not a title
    if words[-1].lower() in _NO_TITLE and words[-2:-1] and words[-2].endswith(":"):
        return None  # "Muscat: Here is a sentence …": a dateline before the sentence's subject
    return text


def _title_candidates(
    page: _Page,
    headline: str,
    info: Headline,
    top_end: int,
    h: int,
    people: frozenset[str],
    body_key: str,
    bounds: tuple[int, int] | None = None,
) -> list[tuple[str, float]]:
    """Possible titles with a prior weight: the headline's, quoted ones, a label's, title lines.

    `people` are the `loose_key`s of the byline's name and of the cast labels' names: a line
    that is one of them is a person, while another name-like line may be a title ("Palm
    Springs"). A headline that is a sentence about the film weighs less than one that names it."""
    words = info.title.split()
    lower = sum(1 for w in words[1:] if w[:1].islower() and w.lower() not in _SMALL_WORDS)
    unnamed = not _count(body_key, loose_key(info.title))
    # "Review: X is …": the headline proper follows the kicker word.
    proper = _REVIEW_PREFIX.sub("", headline)
    plain = not _REVIEW_TOKEN.search(proper.lower()) and not _QUOTED.match(proper)
    sentence = plain and len(words) >= 3 and (lower >= 2 or (len(words) >= 6 and unnamed))
    # A headline the review never names ("The Quiet Season") may be a tagline: the title is
    # then looked for in the lines under it too ("Harbour Lights goes home again …").
    tagline = plain and unnamed and len(words) >= 2
    raw = " ".join(page.units[top_end : top_end + 12]) if sentence or tagline else ""
    found: list[tuple[str, float]] = [(info.title, 1.5 if sentence or tagline else 3.0)]
    event = _EVENT_PREFIX.match(headline)
    if event:
        # "Cannes 2024 Review: X", unless the review names "Cannes 2024" ("Scam 1992 Review: …").
        found.append((parse_headline(headline[event.end() :]).title, 3.0))
    kicker = _KICKER_REVIEW.match(headline)
    if (
        kicker
        and len(headline[kicker.end() :].split()) >= 4
        and headline.split()[0].lower() not in _MENU_WORDS  # "Film review: …" is no kicker
    ):
        # "Venice Review: Ana Lima's Harbour Lights Is a …": one word over "Review:" is a kicker
        # (a festival, a section) when a sentence follows it; the film is that sentence's subject.
        lead = _HEADLINE_VERB.split(headline[kicker.end() :], maxsplit=1)[0]
        possessed = _POSSESSOR.match(lead) is not None
        lead = _POSSESSOR.sub("", lead).strip(" ,.:;‘’'\"“”")
        # A name there is the cast's ("X review: Ana Lima and …"), unless someone owns it.
        if (
            lead
            and len(lead.split()) <= 8
            and loose_key(lead) not in people
            and (possessed or not is_name(lead))
        ):
            found.append((lead, 3.0))
    comma = info.title.rsplit(", ", 1)
    if (
        len(comma) == 2
        and 1 <= len(comma[1].split()) <= 3
        and comma[1][:1].isupper()
        and _count(body_key, loose_key(comma[0]))
        and not _count(body_key, loose_key(info.title))
    ):
        # "Harbour Lights, BBC One review — …": the title, then the channel that shows it; the
        # title alone when the review names it so and never with what follows the comma.
        found.append((comma[0], 3.0))
    kicked = _CAPS_KICKER.match(info.title)
    if (
        kicked
        and _count(body_key, loose_key(info.title[kicked.end() :]))
        and not _count(body_key, loose_key(info.title))
    ):
        # "THIS WEEK: Harbour Lights": a kicker in capitals over the title, which the review
        # names alone and never with the kicker.
        found.append((info.title[kicked.end() :], 3.0))
    for m in _ANY_QUOTED.finditer(headline):
        found.append((m.group(1).strip(" ,.:"), 2.5))
    for m in _STRAIGHT_QUOTED.finditer(headline):
        found.append((m.group(1).strip(" ,:"), 2.5))
    # A line near the top that opens with a title and its year, or its country and runtime.
    for unit in page.units[max(0, h - 3) : min(top_end + 2, len(page.units))]:
        dated = _DATED_TITLE.match(unit) if len(unit) < 3000 else None
        if (
            dated
            and len(dated.group(1).split()) <= 10
            and not is_caption_line(unit)
            and not _CLAUSE_VERB.search(dated.group(1))
        ):
            found.append((_strip_title(dated.group(1)), 3.0))
    # A headline that is a sentence about the film: "X is Jane Campion at her most ferocious",
    # "Greta Gerwig's X Is a …", "X and the lost art of …". A headline that quotes a title, in
    # curly quotes or straight ones, names the film there ("A and B join 'X' Season 3").
    if not (_ANY_QUOTED.search(headline) or _STRAIGHT_QUOTED.search(headline)) and (
        not _REVIEW_TOKEN.search(proper.lower())
        or sum(1 for w in info.title.split() if any(c.isalnum() for c in w)) >= 7
    ):
        lead = _HEADLINE_VERB.split(proper, maxsplit=1)[0]
        joined = _AND_TITLE.match(proper, len(lead))
        if joined:
            lead += joined.group()  # "Salt and Water is …": "and" inside a title of capitals
        watched = _WATCHED.match(lead)
        if watched:
            # "I’ve watched X on Netflix and it’s …": the film the writer watched.
            lead = _ON_PLATFORM.sub("", lead[watched.end() :])
            # "I Watched X Season 3 In One Night": the show, without its season and the rest.
            lead = parse_headline(lead).title if _SEASON.search(lead) else lead
        lead = _POSSESSOR.sub("", lead).strip(" ,.:;‘’'\"“”")
        tagged = _TAGLINE_COLON.search(lead)
        if tagged and lead != proper:
            # "Ana Lima's Harbour Lights: big skies, bigger heart": the owner's work before a
            # tagline after the colon.
            lead = lead[: tagged.start()]
        if (
            lead
            and lead != headline
            and len(lead.split()) <= 8
            and loose_key(lead) not in people
            and not _TAGLINE_COLON.search(lead)  # "X: a friendship ends": a tagline after X
            and (  # one watches a film or a show, not a person: no surname test then
                watched
                or not _surname(
                    lead, page.units[top_end : top_end + 12], given=_paired(lead, proper)
                )
            )
        ):
            # "X: Netflix turns …": one word after the colon is the subject of a tagline.
            colon_subject = ": " in lead and " " not in lead.rsplit(": ", 1)[1]
            weight = 0.5 if is_name(lead) else 1.0 if colon_subject else 2.0
            found.append((lead, 2.0 if watched else weight))
            owned = _OWNER.match(lead)
            if owned and loose_key(owned.group(1)) not in people:
                # "FX’s Shōgun", "Nolan’s Oppenheimer": the work after one owner's name.
                found.append((owned.group(1), 2.0))
    if tagline or sentence:
        # A headline that does not name the film: the review's first sentence may, as its
        # subject ("Harbour Lights opens on …", "“Harbour Lights” is …").
        subject = _first_subject(page.units[top_end] if top_end < len(page.units) else "")
        if subject is None:
            # A standfirst under the headline that opens on the film: "Parizaad was the rare
            # serial that …" under "The ugly duckling who refused to become a swan".
            subject = next(
                (
                    s
                    for i in range(h + 1, min(top_end, h + 4))
                    if len(page.units[i].split()) >= 6
                    and not page.chrome(i)
                    and (s := _first_subject(page.units[i]))
                ),
                None,
            )
        if subject is None:
            # The headline again, or a standfirst, over the review's first paragraph.
            opening = [
                page.units[i]
                for i in range(top_end + 1, min(top_end + 4, len(page.units)))
                if page.prose(i) and loose_key(page.units[i]) != loose_key(headline)
            ]
            subject = next((s for s in map(_first_subject, opening[:2]) if s), None)
            if subject and _surname(subject, page.units[top_end : top_end + 4], given=True):
                subject = None  # "Lee is …" over "Lee Chandler": a person's first name
        if subject and is_name(subject) and _by_surname(subject, raw):
            subject = None  # a person, whom the review also calls by the surname alone
        if subject and " " not in subject and f" {subject.lower()}" in raw:
            subject = None  # "Television has spent …", "… on television": a common noun
        if subject and loose_key(subject) not in people:
            found.append((subject, 1.0))
    if tagline or sentence:
        # A headline that does not name the film: the page may, in a photo's caption ("Ana Lima
        # in Harbour Lights. PHOTO: STUDIO") or in the release note under the review ("Harbour
        # Lights is streaming on Netflix.").
        last, end = bounds or (len(page.units), len(page.units))
        found.extend((text, 1.5) for text in _named_elsewhere(page, h, last, end))
        opener = _IN_TITLE.match(proper)
        if opener:
            found.append((opener.group(1).strip(" ,‘’'\"“”"), 2.0))  # "In Tár, Cate Blanchett …"
    if tagline or sentence:
        # A headline that does not name the film, under a line that quotes a title (a kicker
        # or a headline the page's furniture hides): the quoted title the review names.
        for unit in page.units[max(0, h - 3) : h]:
            if len(unit) > 300:
                continue
            for m in _ANY_QUOTED.finditer(unit):
                quoted = m.group(1).strip(" ,.:")
                if quoted[:1].isupper() and len(quoted.split()) <= 6 and not _nickname(unit, m):
                    found.append((quoted, 1.0))
    if tagline and not sentence:
        for i in range(h + 1, min(top_end, h + 4, len(page.units))):
            if len(page.units[i]) < 300 and not page.chrome(i):
                found.extend(_headline_spans(page.units[i], body_key, people, raw))
    if sentence:
        quotes = _ANY_QUOTED.search(headline) or _STRAIGHT_QUOTED.search(headline)
        for span in _headline_spans(headline, body_key, people, raw):
            if not (quotes and is_name(span[0])):  # a title quoted, a name beside it: the cast
                found.append(span)
        # The film named where the review starts: "X review: …", a title in quotes.
        for unit in page.units[h + 1 : min(top_end + 3, len(page.units))]:
            if len(unit) > 3000:
                continue
            for m in _NAMED_REVIEW.finditer(unit):
                named = m.group(1).strip(" ‘’'\"“”")
                if not all(w in _MENU_WORDS for w in loose_key(named).split()):
                    found.append((named, 2.0))  # (not "Film review", "Television review")
            for m in _ANY_QUOTED.finditer(unit):
                quoted = m.group(1).strip(" ,.:")
                if quoted[:1].isupper() and len(quoted.split()) <= 6 and not _nickname(unit, m):
                    found.append((quoted, 1.0))
    found.extend(_later_segments(headline, info.title, people, body_key))
    for unit in page.units[: max(h, min(top_end, h + 8), 1)]:
        if not any(map(unit.__contains__, _CRUMB_MARKS)) or not _CRUMB_MARK.search(unit):
            continue
        crumbs = [c for c in _CRUMB_SPLIT.split(unit) if c.strip()]
        steps = loose_key(crumbs[-1]).split()
        if len(crumbs) >= 3 and is_chrome(unit) and not all(w in _MENU_WORDS for w in steps):
            # "Movies > Reviews > Sound of Metal", "Home » Film » X review: a tagline"
            found.append((parse_headline(crumbs[-1].strip()).title, 2.0))
    for hit in page.labels:
        if hit.kind == "title" and hit.value and len(hit.value) < 100:
            if canonical_rating(hit.value) or not any(c.isalpha() for c in hit.value):
                continue  # "Movie: 8/10" among sub-scores: a score, not the film's name
            quoted = _QUOTED.match(hit.value) if bounds and hit.first >= bounds[1] else None
            if quoted and quoted.end() < len(hit.value.rstrip(" .")):
                continue  # "Film: “Other Film” is a …" after the review: a link's headline
            found.append((_strip_title(hit.value), 8.0))
    found.extend((text, 4.0) for text in _title_blocks(page, h))
    found.extend((text, 4.0) for text in _credit_box_titles(page, body_key, people))
    for unit in page.units[h : min(len(page.units), top_end + 30)]:
        if len(unit) > 100 or not unit.endswith(")"):
            continue
        made = _MADE_BY_IN.fullmatch(unit)
        if made and is_name(made.group(2)) and _count(body_key, loose_key(made.group(1))):
            # "Perfect Days (Wim Wenders, 2023)" on a line of its own, named in the review
            found.append((made.group(1), 4.0))
    # "Succession's final season is meaner …" in a headline or standfirst names the show.
    for i in range(h, min(top_end, h + 6, len(page.units))):
        unit = page.units[i]
        if len(unit) < 400 and ("season" in unit or "series" in unit):
            for m in _OWNS_SEASON.finditer(unit):
                found.append((m.group(1).strip("‘’'\"“” "), 2.5))
    # "… to Ana Lima’s Harbour Lights, a film that …" in a standfirst: the maker's work.
    tops = [page.units[i] for i in range(h, min(h + 4, len(page.units)))]
    for unit in (*tops, page.hints.description or ""):
        if len(unit) < 400 and ("’s " in unit or "'s " in unit):
            for m in _OWNED_WORK.finditer(unit):
                if is_name(m.group(1)):
                    found.append((m.group(2), 2.0))
    for i in range(max(0, h - 3), min(top_end, len(page.units))):
        unit = page.units[i]
        if i == h or i in page.label_units or len(unit.split()) > 8 or page.chrome(i):
            continue
        if unit[-1:] in ".!?," or loose_key(unit) in people:
            continue
        bare = _strip_title(unit)
        if byline_name(unit) or bare.isdigit():
            continue
        if all(w in _MENU_WORDS for w in loose_key(bare).split()):
            continue  # "Film review", "TV Reviews": a kicker of section words
        if _LONE_GRADE.fullmatch(unit):
            continue
        if (bare and bare[0].isupper()) or bare[:1].isdigit():
            if i < h and unit.isupper() and " " in unit:
                found.append((bare, 0.25))  # "POSH AND PROPER": a kicker over the headline
            else:
                found.append((bare, 0.5 if is_name(unit) else 1.0))
    return found


def _paired(lead: str, headline: str) -> bool:
    """True when the headline opens on `lead` and another capitalised word joined to it by
    "and" ("Helen and Dale are …"): two people, most often, whom the review may call by their
    full names."""
    return re.match(rf"{re.escape(lead)}\s+and\s+[A-Z]", headline) is not None


def _nickname(unit: str, m: re.Match[str]) -> bool:
    """True when the quoted words matched stand inside a person's name: Oswald “Oz” Cobb."""
    before = unit[: m.start(1) - 1].rstrip()
    after = unit[m.end() :]
    return bool(re.search(r"\b[A-Z][\w’'-]+$", before)) and bool(re.match(r" [A-Z][a-z]", after))


def _surname(word: str, texts: list[str], *, given: bool = False) -> bool:
    """True when one word the headline opens on is a person's surname: the review calls them
    by their full name ("Spielberg turns …" over "… Steven Spielberg’s drama …"); with
    `given`, a given name too ("Lee is …" over "Lee Chandler")."""
    if " " in word or not word[:1].isupper():
        return False
    other = r"([A-Z][a-z][\w’'-]*)"
    word_re = re.escape(word)
    full = re.compile(
        rf"\b(?:{other} {word_re}(?![\w-])|{word_re} {other}\b)"
        if given
        else rf"\b{other} {word_re}(?![\w-])"
    )
    for text in texts:
        if len(text) > 3000 or word not in text:
            continue
        for m in full.finditer(text):
            if (m.group(1) or m.group(2) or "").lower() not in _SMALL_WORDS and is_name(m.group(0)):
                return True
    return False


# "In Tár, Cate Blanchett plays …", "In ‘Harbour Lights,’ a keeper …": a headline that opens on
# the work it speaks of.
_IN_TITLE = re.compile(r"^In\s+([‘“'\"]?[A-Z0-9][^,;:.!?]{0,60}?[,’”'\"]*),?\s+(?=\S)")
# "Ana Lima plays a young Rosa Vale in Harbour Lights. (Supplied)": a caption whose people play.
_PLAYS_IN_CAPTION = re.compile(
    r"^[A-Z][\w’'.\-]+(?:\s+[A-Z][\w’'.\-]+){1,3}(?:,?\s+and\s+[A-Z][\w’'.\-]+(?:\s+[A-Z][\w’'.\-]+){1,3})?"
    r"\s+(?:plays?|stars?\s+as|as)\s+[^.!?]{2,80}?\s+in\s+[‘“'\"]?[A-Z0-9][^.!?]{0,60}\.?$"
)
_SCENE_FROM = re.compile(
    r"^[A-Z][^.!?]{2,120}?\s+in\s+a\s+(?:scene|still)\s+from\s+[‘“'\"]?[A-Z0-9]"
)
_CAPTION_CREDIT_END = re.compile(r"\s*\((?:[^()]{1,40})\)\s*$")
_CAPTION_FROM = re.compile(r"^(?:a\s+(?:scene|still)\s+from|the\s+(?:film|movie|series|show))\s+")
_NOTE_TITLE = re.compile(
    r"^[‘“\"']?([A-Z0-9][^.!?:;]{0,60}?)[’”\"']?\s+(?:is|are|streams|premieres|opens|arrives"
    r"|airs|debuts|lands|returns|hits)\b"
)
_GENERIC_SUBJECT = re.compile(
    r"(?i)^(?:it|this|that|the\s+(?:film|movie|series|show|season|sequel|documentary)"
    r"|(?:the\s+)?(?:new\s+)?episodes?(?:\s+\w+)?|all\s+\w+\s+episodes)$"
)


def _named_elsewhere(page: _Page, h: int, last: int, end: int) -> list[str]:
    """Titles the page gives outside its headline and text: the film a photo's caption names
    ("A and B in Harbour Lights. (Supplied)", "Ana Lima plays Rosa in ‘Harbour Lights’"), and
    the subject of a release note ("Harbour Lights is now showing in cinemas.")."""
    units = page.units
    stop = min(len(units), end + 3, h + 400)
    found: list[str] = []
    for i in range(h + 1, stop):
        unit = units[i]
        if len(unit) > 220 or " " not in unit:
            continue
        if i < last:  # (a caption after the review may be another article's photo)
            quoted = photo_caption(unit)
            if quoted:
                if _named_again(units, quoted, i, stop):
                    found.append(quoted)
                continue
            if " in " in unit and (
                is_caption_line(unit)
                or _PLAYS_IN_CAPTION.match(_CAPTION_CREDIT_END.sub("", unit))
                or (unit.count(" ") < 30 and _SCENE_FROM.search(unit))
            ):
                rest = _CAPTION_FROM.sub("", unit.split(" in ", 1)[1])
                rest = re.split(r"[.(|]\s|[.(|]$|\s[–—-]\s|\.\s*$", rest, maxsplit=1)[0]
                rest = parse_headline(rest.strip(" ‘’'\"“”,")).title
                if (
                    rest[:1].isupper()
                    and len(rest.split()) <= 8
                    and _named_again(units, rest, i, stop)
                ):
                    found.append(rest)
                continue
            if (
                i + 1 < last
                and unit.count(" ") < 8
                and unit[-1:] not in ".!?,:"
                and unit[:1].isupper()
                and i not in page.label_units
                and (units[i + 1].startswith(("Starring ", "Directed by ")))
            ):
                found.append(_strip_title(unit))  # "Harbour Lights" over "Starring A, B"
                continue
        if i > last and unit.count(" ") < 25 and _closing_note(unit, ""):
            m = _NOTE_TITLE.match(unit)
            if m and not _GENERIC_SUBJECT.match(m.group(1)):
                found.append(m.group(1))
    return found


def _named_again(units: list[str], title: str, at: int, stop: int) -> bool:
    """True when a line other than unit `at` (a caption) names `title`: a caption of another
    film's photo names a film the review never does."""
    low = title.lower()
    return any(low in units[j].lower() for j in range(stop) if j != at)


_NAMED_REVIEW = re.compile(
    r"(?:^|[.!?]\s+)([‘“'\"]?[A-Z0-9][\w’'.:&-]*(?:\s+[\w’'.:&-]+){0,5}?[’”'\"]?)\s+"
    r"(?:(?:movie|film|series|tv)\s+)?review\b"
)
_CRUMB_MARK = re.compile(r"\s(?:>|›|»|/|→|::)\s|^home\s*[>›»/]", re.IGNORECASE)
_CRUMB_MARKS = (">", "›", "»", "/", "→", "::")  # every match of _CRUMB_MARK holds one
_SPAN_BREAK = re.compile(r"\s*(?:[,;!?…]|\s[–—-]\s|[–—])\s*")


def _by_surname(name: str, raw: str) -> bool:
    """True when `raw` calls the person `name` by the surname alone ("Lima is superb")."""
    alone = len(re.findall(rf"(?<![\w’'-]){re.escape(name.split()[-1])}(?![\w’'-])", raw))
    return alone > raw.count(name)


def _headline_spans(
    headline: str, body_key: str, people: frozenset[str], raw: str = ""
) -> list[tuple[str, float]]:
    """Runs of words of a headline that is a sentence about the film ("Anatomy of a Fall Puts a
    Marriage on Trial"), two to six words from a capitalised one, that the review names twice or
    more: the longest first, so that the fair count in `_choose_title` prefers them."""
    spans: list[tuple[str, float]] = []
    for part in _SPAN_BREAK.split(headline[:MAX_LINE]):
        words = part.strip(" ‘’'\"“”.:").split()
        for size in range(min(6, len(words)), 1, -1):
            for first in range(len(words) - size + 1):
                run = words[first : first + size]
                if not (run[0][:1].isupper() or run[0][:1].isdigit()):
                    continue
                if run[-1].lower() in _SMALL_WORDS or run[0].lower() in ("and", "or", "but"):
                    continue
                if first == 0 and all(w[:1].islower() for w in run[1:]):
                    continue  # "A quiet …": capitalised only because the headline starts there
                text = " ".join(run).strip(" ‘’'\"“”.:")
                key = loose_key(text)
                count = _count(body_key, key)
                if key in people or count < 2:
                    continue
                if is_name(text) and raw and _by_surname(text, raw):
                    continue  # a person, whom the review also calls by the surname alone
                spans.append((text, 0.5 if is_name(text) else 1.0))
    return spans


_SMALL_WORDS = frozenset("a an the of and or in on at to for with by from as but nor vs".split())


# A person's work, then what it is: "Ana Lima’s Harbour Lights, a film that …".
_OWNED_WORK = re.compile(
    r"([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){1,2})[’']s\s+([A-Z0-9][\w’'\-]*(?:\s+[A-Z0-9][\w’'\-]*"
    r"|\s+(?:of|the|a|an|and|in|on|to|for)){0,5}),\s+(?:(?:a|an|the|her|his|their)\s+)?"
    r"(?:[\w\-]+\s+){0,3}?(?:film|movie|drama|comedy|thriller|documentary|biopic|portrait|"
    r"adaptation|series|show|sequel|western|musical|romance|satire|debut|feature)\b"
    r"(?![\s\-]*(?:star|maker|critic|buff|director|producer|festival|school|writer)s?\b)"
)
_OWNS_SEASON = re.compile(
    r"(?:^|[.!?:]\s+|\s[–—-]\s)[‘“\"]?([A-Z][\w’'.:&-]*(?:\s+[\w’'.:&-]+){0,5}?)[’”\"]?[’']s\s+"
    r"(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|final|last|new|latest)\s+)?"
    r"(?:season|series)\b"
)


_END_YEAR = re.compile(r"\s+(?:19|20)\d\d$")
# A certificate after the title, bare or in brackets as British papers print it under the
# headline ("Sorry We Missed You (15)", "Paddington 2 (PG)").
_END_CERTIFICATE = re.compile(
    r"\s+(?:UA|U|A|PG-13|PG|R|15|12A|18|TV-MA|TV-14"
    r"|\((?:UA|U|PG-13|PG|R|12|12A|15|18|TV-MA|TV-14)\))$"
)


def _strip_title(text: str) -> str:
    text = _LANGUAGE_TAG.sub("", text)
    text = _YEAR.sub("", text)
    text = _END_YEAR.sub("", text)
    text = _END_CERTIFICATE.sub("", text)
    return text.strip().strip("‘’'\"“”«»").strip(" :-–—|,")


_TRAILING_YEAR = re.compile(r"^(.+?)\s+\(?((?:19|20)\d\d)\)?$")
_TRAILING_NUMBER = re.compile(r"^(.+?)\s+(?:S(?:eason\s*)?)?(\d{1,2})$")


def _season_in_title(
    title: str, body_key: str, top: list[str], paragraphs: list[str]
) -> tuple[str, int] | None:
    """("Paatal Lok", 2) for a title "Paatal Lok 2" whose page says it is the second season
    and names the show without the number; None for a sequel's title ("Pushpa 2")."""
    m = _TRAILING_NUMBER.match(title)
    if not m:
        return None
    bare, number = m.group(1).strip(" ,:–—-"), int(m.group(2))
    if not 1 <= number <= 20 or not bare:
        return None
    without = _count(body_key, loose_key(bare)) - _count(body_key, loose_key(title))
    if without < 1:
        return None
    text = " ".join(u for u in (*top[-12:], *paragraphs) if len(u) < 2000)
    return (bare, number) if _season_in(text) == number else None


_SUBTITLE = re.compile(r"\s+([A-Z0-9][^–—|:]{0,40}?)(?=\s+[–—|-]\s|\s*$)")


def _full_title(units: list[str], h: int, start: int, title: str, body_key: str) -> str:
    """The title with its subtitle when a line just under the headline prints it whole and the
    review names it so too ("Glass Onion" then "Glass Onion: A Knives Out Mystery")."""
    if not title:
        return title
    for unit in units[h + 1 : min(start, h + 5, len(units))]:
        if len(unit) > 120 or not unit.startswith(title) or unit[-1:] in ".!?":
            continue
        rest = unit[len(title) :]
        if re.match(r"\s*(?::|\s[–—-])\s+[A-Z0-9]", rest) and _count(body_key, loose_key(unit)):
            return unit.strip()
    # The headline cut the title at its colon ("Review : Pushpa 2: The Rule – a tagline"): the
    # title with what follows the colon, up to a dash or a bar, when the review names it so.
    headline = units[h] if h < len(units) else ""
    at = headline.find(title + ":")
    if at >= 0 and len(headline) < 300:
        m = _SUBTITLE.match(headline, at + len(title) + 1)
        if m:
            whole = f"{title}: {m.group(1)}"
            if _count(body_key, loose_key(whole)):
                return whole
    return title


def _as_written(title: str, paragraphs: list[str]) -> str:
    """A title printed in capitals ("THE SUBSTANCE") as the review writes it ("The
    Substance"); unchanged when the review writes it in capitals too ("RRR") or never."""
    if title != title.upper() or sum(c.isalpha() for c in title) < 2:
        return title
    pattern = re.compile(rf"(?<![\w’'-]){re.escape(title)}(?![\w’'-])", re.IGNORECASE)
    for paragraph in paragraphs[:20]:
        for m in pattern.finditer(paragraph[:3000]):
            if m.group(0) != m.group(0).upper():
                return m.group(0)
    return title


def _count(haystack: str, needle: str) -> int:
    """How often `needle` stands as whole words in `haystack` (a `loose_key` padded with a
    space at each end; `needle` a `loose_key`)."""
    if not needle:
        return 0
    return haystack.count(f" {needle} ")


def _later_segments(
    headline: str, title: str, people: frozenset[str], body_key: str
) -> list[tuple[str, float]]:
    """The parts of the headline after the one read as its title, each cut before its verb
    ("Venice Review: Court (Tamhane)" → "Court", "Pitter patter: Letterkenny is the funniest …"
    → "Letterkenny"): the film may stand after a kicker, a festival or a tagline, and the
    review's mentions decide: only a part the review names more often than the title read is
    one. A person's name (`people`, or one the headline owns) is none."""
    found: list[tuple[str, float]] = []
    if _ANY_QUOTED.search(headline) or _STRAIGHT_QUOTED.search(headline):
        return found  # a title in quotes is marked so: "'Panchayat 2' review: Kumar's Phulera …"
    parts = titles.segments(headline)
    if len(parts) < 2 or loose_key(parts[0]) != loose_key(title):
        return found
    for part in parts[1:]:
        lead = _HEADLINE_VERB.split(part, maxsplit=1)[0]
        lead = _POSSESSOR.sub("", lead.split(" (", 1)[0]).strip(" ,.:;‘’'\"“”")
        if not lead[:1].isupper() or len(lead.split()) > 6 or loose_key(lead) in people:
            continue
        if lead != part and is_name(lead):
            continue  # "Shah Rukh's quiet homecoming …": a person, the subject of a sentence
        if _count(body_key, loose_key(lead)) > _count(body_key, loose_key(title)):
            found.append((lead, 2.0))
    return found


def _choose_title(
    candidates: list[tuple[str, float]],
    body_key: str,
    info: Headline,
    people: frozenset[str] = frozenset(),
    prose: str = "",
) -> tuple[str, bool]:
    """The candidate the review names most (weighted by where it came from, and by how many
    places give it); True when the headline's own reading won. A candidate made of furniture's
    words, or one of `people` (directors and their surnames), never wins. A word that `prose`
    (the review's text) writes only in lowercase ("watch", "collectibles") is not named there."""
    own = _unaliased(_without_format(info.title), body_key)
    best, best_score = own, -1.0
    candidates = [
        (_unaliased(_without_format(text), body_key), prior) for text, prior in candidates
    ]
    keyed = [(text, prior, loose_key(text)) for text, prior in candidates]
    # "Mommy is" cut from "Mommy is a …": it holds the title's mentions but is none of its own.
    tailed = {key for text, _, key in keyed if title_checks.verb_tailed(text)}
    own_key = loose_key(own)
    own_stands = not _chrome_title(own)  # (a headline of furniture's words never stands)
    stop = prose.find(". ", 0, 400)
    opening = f" {loose_key(prose[: stop if stop > 0 else 400])} "
    keys = {key for _, _, key in keyed}
    # "Agnès Varda's Cléo from 5 to 7" where another place gives "Cléo from 5 to 7": the
    # maker's name before the title, no part of it.
    owned = {
        key
        for text, _, key in keyed
        if ("’s " in text or "'s " in text)
        and (m := _POSSESSOR.match(text))
        and loose_key(text[m.end() :]) in keys
    }
    keys -= owned
    places: dict[str, int] = {}
    for _, _, key in keyed:
        places[key] = places.get(key, 0) + 1
    for text, prior, key in keyed:
        if not key or len(key) > 80 or _chrome_key(key) or key in people or key in _NO_TITLE:
            continue  # (nor is a lone "A" or "This" cut from a sentence)
        if title_checks.numbered(text):
            continue  # "1. Kashaf is still …": a listicle's item
        if key in owned:
            continue
        # A fair count: "Godzilla" is not named more often than "Godzilla Minus One" by the
        # mentions of the longer title.
        within = [
            _count(body_key, other)
            for other in keys
            if len(other) > len(key) and f" {key} " in f" {other} " and other not in tailed
        ]
        count = _count(body_key, key) - max(within, default=0)
        if count > 0 and " " not in key and _common_word(text, prose):
            count = 0
        elif count > 0 and title_checks.common_phrase(text, prose):
            count = 0  # "The Film", a section's heading: the review's "the film" names no title
        if count <= 0 and prior <= 1.0 and text != own and own_stands:
            continue  # a line near the top that the review never names: too weak to win
        score = prior + min(max(count, 0), 6) * 1.5
        if count > 0 and _count(opening, key):
            score += 1.0  # the review's first sentence names it
        if own_key.startswith(f"{key} ") and not _count(body_key, own_key):
            score += 1.0  # another place gives the start of a headline the review never names
        if count > 0 and places[key] > 1:
            score += 1.0  # two places give it, and the review names it
        if len(key.split()) > 6:
            score -= 2
        if score > best_score + 1e-9:
            best, best_score = text, score
    return _with_subtitle(best, candidates, body_key), best == own


def _weighed_title(
    page: _Page,
    candidates: list[tuple[str, float]],
    headline: str,
    info: Headline,
    body_key: str,
    paragraphs: list[str],
    directed: frozenset[str],
    people: frozenset[str],
    span: tuple[int, int],
    chosen: str,
) -> str | None:
    """The title the evidence model (`titles`) finds over the rules' candidates and its own,
    when it is sure enough to overrule the rules; None otherwise."""
    if not titles.WEIGHTS:
        return None
    found = [
        (_unaliased(_without_format(text), body_key), f"p{prior:g}") for text, prior in candidates
    ]
    found.extend((text, "seg") for text in titles.segments(headline))
    if page.hints.title and page.hints.title != headline:
        found.extend((text, "meta") for text in titles.segments(page.hints.title))
    prose = paragraphs[0] if paragraphs else ""
    stop = prose.find(". ", 0, 400)
    opening = prose[: stop if stop > 0 else 400]
    found.extend((text, "open") for text in titles.opening_spans(opening))
    quoted = titles.quoted_spans(paragraphs)
    found.extend((text, "quote") for text in quoted)
    # A candidate stands for the full title another place gives ("Dune" for "Dune: Part Two").
    text_of = " ".join(p[:3000] for p in paragraphs[:12])
    found = [
        (_with_subtitle(text, candidates, body_key), source)
        for text, source in found
        if not _chrome_title(text)
        and loose_key(text) not in _NO_TITLE
        and not title_checks.common_phrase(text, text_of)
    ]
    start, h = span
    top = "\n".join(u for u in page.units[max(0, h - 3) : start] if len(u) < 3000)
    scored = titles.weigh(
        found,
        body_key=body_key,
        opening_key=f" {loose_key(opening)} ",
        own=info.title,
        headline_key=f" {loose_key(headline)} ",
        top=top,
        quoted_key=" " + " | ".join(map(loose_key, quoted)) + " ",
        chrome=directed,
        people=people,
    )
    return titles.decide(scored, titles.WEIGHTS, loose_key(chosen))


def _bare_title(headline: str) -> bool:
    """A headline that is a title and nothing else: three words or more (not a section's or a
    desk's name), its long words all capitalised, no sentence's stop ("Portrait of a Lady on
    Fire"). A name marked in the review (another film "(2009)") does not replace it."""
    words = headline.split()
    return (
        3 <= len(words) <= 8
        and not headline.rstrip().endswith((".", "!", "?", ":"))
        and all(w[:1].isupper() or w[:1].isdigit() for w in words if len(w) >= 4)
    )


def _headline_marks(headline: str, title: str, info: Headline, marked: bool) -> bool:
    """True when the headline marks `title` as the film's: in quotes, or as its reading
    with a year, a season or "review" by it (`marked`)."""
    key = loose_key(title)
    if marked and key == loose_key(info.title):
        return True
    return any(
        loose_key(m.group(1)) == key
        for pattern in (_ANY_QUOTED, _STRAIGHT_QUOTED)
        for m in pattern.finditer(headline)
    )


def _whole_candidates(
    candidates: list[tuple[str, float]], headline: str, title: str, paragraphs: list[str]
) -> list[tuple[str, bool]]:
    """The candidates that may give a cut title whole: the page's (flagged True) and, where
    the review's first sentence writes the title with more after it ("X: The Y", "X & Y"),
    that sentence's capitalised spans (False)."""
    found = [(_without_format(text), True) for text, _ in candidates]
    found.extend((text, True) for text in titles.segments(headline))
    prose = paragraphs[0] if paragraphs else ""
    stop = prose.find(". ", 0, 400)
    opening = prose[: stop if stop > 0 else 400]
    at = opening.find(title) if title else -1
    after = opening[at + len(title) : at + len(title) + 30].split()[:3] if at != -1 else []
    while after[1:] and after[0] in _SMALL_WORDS:
        after.pop(0)  # "X of the North": small words, then a capital
    if after and (after[0][:1] in (":", "&") or after[0][:1].isupper()):
        found.extend((text, False) for text in titles.opening_spans(opening))
    return found


_NO_TITLE = _SMALL_WORDS | frozenset(
    "this that these those it here there what which who whom whose whatever".split()
)


def _common_word(text: str, prose: str) -> bool:
    """True when `prose` writes a one-word candidate ("Watch", "CINEMA") in lowercase ("to
    watch it") and never capitalised inside a sentence: a common word, not a film's name."""
    word = text.strip(" ‘’'\"“”")
    if word.isupper() and len(word) > 2:
        word = word[0] + word[1:].lower()  # "CINEMA", a section's label in capitals
    if not prose or not word[:1].isupper() or not word[1:].islower():
        return False
    if re.search(rf"(?<![\w’'-]){re.escape(word.lower())}(?![\w’'-])", prose) is None:
        return False
    return re.search(rf"[\w,;’'”)] {re.escape(word)}(?![\w’'-])", prose) is None


def _with_subtitle(title: str, candidates: list[tuple[str, float]], body_key: str) -> str:
    """The title with the subtitle that belongs to it ("Dune" → "Dune: Part Two", "Furiosa" →
    "Furiosa: A Mad Max Saga") when another place gives that full form and the review names it
    so at least once."""
    best = title
    for text, _ in candidates:
        if len(text) <= len(best) or not text.startswith(title) or _chrome_title(text):
            continue
        if re.match(r"(?::|\s[–—-])\s+[A-Z0-9]", text[len(title) :]) and _count(
            body_key, loose_key(text)
        ):
            best = text
    return best


def _punctuated(title: str, paragraphs: list[str]) -> str:
    """A title the headline prints without its colon ("Heeramandi The Diamond Bazaar") as the
    review writes it ("Heeramandi: The Diamond Bazaar"); unchanged otherwise."""
    words = title.split()
    if len(words) < 2 or ":" in title:
        return title
    text = "\n".join(p[:3000] for p in paragraphs[:20])
    if not any(f"{w}:" in text for w in words[:-1]):
        return title  # no colon after any of its words: the regex is not needed
    pattern = re.compile(
        r"(?<![\w’'-])" + r":?\s+".join(re.escape(w) for w in words) + r"(?![\w’'-])"
    )
    for paragraph in paragraphs[:20]:
        for m in pattern.finditer(paragraph[:3000]):
            if ":" in m.group(0):
                return m.group(0)
    return title


# --- the parser ------------------------------------------------------------------------------


# An icon's label glued to the text beside it, its space lost in saving the page: "Camera
# IconJane Doe as …", "Play IconWatch the trailer".
_ICON_LABEL = re.compile(r"^(?:[A-Z][a-z]+\s)?Icon(?=[A-Z‘“\"'])")


# Who a review is for, written between the title and "Review" ("X Parent Review").
_READER_WORDS = (" Parents", " Parent")


def parse_scraped(
    text: str,
    *,
    path: Path,
    review_id: str,
    problems: list[str],
    hints: PageHints | None = None,
    cleaned: bool = False,
) -> Review:
    """Parse a scraped-text review. Never raises on odd text: what it cannot place it reports.

    `cleaned` says the text went through `reeltui.text.clean` already."""
    units = _units(text if cleaned else clean(text))
    units = [_ICON_LABEL.sub("", u) if "Icon" in u else u for u in units]
    units = split_label_tails(units)  # "… at the sea. Cast: Jane Roe as Ann." in two
    problems = list(problems)
    notes: list[str] = []
    hints = hints or PageHints()
    if units and len(units[0]) > MAX_LINE:
        problems.append("the first line is too long to be a headline; it was shortened")
        units.insert(0, clip(units[0]))
    labels = scan_labels(units)
    scores, score_units = sub_scores(units)
    if not scores:
        scores, score_units = _graded_block(units)
    # (a block whose overall line is labelled so: "Story — 9.0/10", …, "Overall — 9/10")
    scores = sub_score_block(units) or scores
    if scores and not hints.rating:
        hints = replace(hints, rating=scores)
    furniture = frozenset(score_units) | contents_lines(units)  # (and "Jump to: A | B | C")
    page = _Page(units, labels, _label_units(labels), hints, furniture)
    if sum(map(page.prose, range(len(units)))) < 2:  # (each unit's test, called from C)
        page.min_words = 3
        if not any(map(page.prose, range(1, len(units)))):
            page.min_words = 0

    first = _first_prose(page, 0)
    long_first = _first_long_prose(page, 0)
    probe_units = [
        units[i]
        for i in range(long_first, min(long_first + 12, len(units)))
        if page.prose(i) and not is_footer(units[i])  # not "A note to readers: support …"
    ]
    probe = f" {lowered_loose_key(' '.join(map(lowered, probe_units)))} "
    site = masthead.site_keys(units, masthead.site_lines(units))
    h = _headline_index(page, max(1, min(long_first + 1, first + 12, 80)), probe, site)
    headline = units[h] if units else ""
    if hints.title and (not headline or title_key(hints.title) not in title_key(headline)):
        headline = clip(clean_line(hints.title))
    if len(headline) > MAX_LINE:
        headline = clip(headline)

    # The byline near the headline.
    reviewer: Reviewer | None = None
    byline_at = -1
    after = _first_long_prose(page, h + 1)
    info = parse_headline(headline) if headline else Headline("", None, Kind.FILM, None)
    headline_title = loose_key(info.title)
    order = [*range(h + 1, min(len(units), max(after, h + 6), h + 40)), *range(max(0, h - 8), h)]
    for i in order:
        following = units[i + 1] if i + 1 < len(units) else None
        if _screen_credit(units, i):
            continue  # "Written by X" among "Directed by Y", "Starring Z": the film's writer
        name = byline_name(units[i], following)
        if name is None and h < i <= h + 6 and i < after and not page.chrome(i):
            # Looser shapes, right under the headline only; a name the review keeps using is
            # the film's or a character's, not the byline's.
            name = near_byline(units[i], units[i - 1], following)
            if name and _count(
                f" {lowered_loose_key(' '.join(map(lowered, units[i + 1 : i + 15])))} ",
                loose_key(name),
            ):
                name = None
        if name is None and h < i <= h + 6 and is_name(units[i]):
            name = units[i] if echoed_byline(units, i, units[i]) else None  # a bio echoes it
        if name and loose_key(name) != headline_title:
            name = masthead.without_site(name, units, site)  # "DANA KORRIGAN AP" on AP's page
            person = _person_reviewer(_over_outlet(units, i, name))
            if person is None and name == units[i] and i > h + 1 and is_name(units[i - 1]):
                person = units[i - 1]  # "Nate Ocampo" over "Arizona Republic"
            if person is None:
                continue  # "By BN Guest Writer", "Arizona Republic": no one's name
            reviewer, byline_at = Reviewer(person), i
            break
    start = _first_prose(page, max(h, byline_at) + 1)
    if start >= len(units) and byline_at > h:
        start = _first_prose(page, h + 1)
    start = _opening_sentences(page, start, max(h, byline_at))
    start = _past_deck(page, start)
    start = _past_summary(page, start)
    start = _past_box(page, start, max(h, byline_at))
    lead_heading = (
        start - 1
        if start - 1 > max(h, byline_at)
        and start < len(units)
        and start - 1 not in page.label_units
        and _is_heading(units[start - 1], units[start])
        and not is_caption_line(units[start - 1])  # "Ana Lima in Harbour Lights (Neon)"
        and not is_soft_chrome(units[start - 1])  # "Kindly share this story:"
        else None
    )

    body_units, end, heading_units = _body(page, start, info.title, reviewer)
    captioned = _past_lead_caption(page, body_units, heading_units)
    caption = units[body_units[0]] if captioned is not body_units else None
    body_units = captioned
    if heading_units and heading_units == {body_units[0]} and not page.hints.headings:
        # The only "heading" is the line over the first paragraph: a standfirst without its
        # full stop ("The storm film of the year is also the quietest"), not a section's.
        body_units, heading_units = body_units[1:], set()
    if (
        lead_heading is not None
        and heading_units
        and all(_NUMBERED_HEAD.match(units[i]) for i in heading_units)
        and not _NUMBERED_HEAD.match(units[lead_heading])
    ):
        lead_heading = None  # the items of a numbered list are its headings; "BBC" over it is not
    if lead_heading is not None and (
        _same_style(units[lead_heading], [units[i] for i in heading_units])
        or (
            len(heading_units) >= (1 if _after_furniture(page, lead_heading) else 2)
            and _plain_heading(units[lead_heading], units[start])
            and loose_key(units[lead_heading]) != loose_key(headline)  # the headline again
        )
    ):
        # A section heading opens the review when its sections are headed alike, or when the
        # review has headings and this line reads as one ("Plot of Animal" over "Ranvijay …").
        body_units, heading_units = [lead_heading, *body_units], {lead_heading, *heading_units}
    opened = _review_label(page, body_units, info.title)
    if opened:
        # "Review:" on a line of its own under a synopsis: the review starts under the label.
        heading_units = heading_units - set(body_units[:opened])
        body_units = body_units[opened:]
    if (
        len(body_units) > 1
        and _lone_dateline(units[body_units[0]])
        and title_key(units[body_units[0]].rstrip(":—–- ")) != title_key(info.title)
        and not any(units[j].isupper() for j in heading_units if j != body_units[0])
    ):
        # A place in capitals over the first paragraph ("KARACHI:"), where the review's own
        # headings are not in capitals: the dateline, not a heading.
        heading_units = heading_units - {body_units[0]}
        body_units = body_units[1:]
    end_reviewer, bio = _end_byline(units, end, reviewer)
    if reviewer is not None and reviewer.bio is None:
        box = _author_box(units, end, reviewer.name)
        if box:
            reviewer = Reviewer(reviewer.name, box)
    if end_reviewer is not None and (
        reviewer is None or fold(end_reviewer.name) == fold(reviewer.name)
    ):
        reviewer = Reviewer(end_reviewer.name, bio or None)
    if reviewer is None:
        reviewer = _footer_reviewer(units, start, end)
    if reviewer is None:
        reviewer = _bio_reviewer(units, end)
    if reviewer is None and hints.author:
        author = re.sub(r"^(?:by|written by)\s+", "", hints.author, flags=re.IGNORECASE)
        if clean_line(author):
            reviewer = Reviewer(clip(clean_line(author)))

    sections = _sections(body_units, heading_units, page, info.title)
    paragraphs = [p for s in sections for p in s.paragraphs]
    # The review's words, for the title's evidence: the probe made for the headline is the same
    # text when the review starts at the first long paragraph, as it nearly always does.
    body_key = (
        probe
        if start >= long_first
        else f" {lowered_loose_key(' '.join(map(lowered, paragraphs[:12])))} "
    )

    # Title by evidence.
    people = {loose_key(n) for n in _label_names(labels, ("cast", "director", "crew", "creator"))}
    if reviewer is not None:
        people.add(loose_key(reviewer.name))
    candidates = _title_candidates(
        page,
        headline,
        info,
        start,
        h,
        frozenset(people),
        body_key,
        (body_units[-1] if body_units else end, end),
    )
    if site:  # the site's name, from its masthead or a footer, names no film
        candidates = [c for c in candidates if loose_key(c[0]) not in site] or candidates
    prose = " ".join(p[:3000] for p in paragraphs[:12])
    directed = _directed_names(units[:start])
    title, from_headline = _choose_title(candidates, body_key, info, directed, prose)
    if title_checks.directed(title, prose):  # "X turns a cheating racket into …": X directs
        directed = directed | {loose_key(title)}
        title, from_headline = _choose_title(candidates, body_key, info, directed, prose)
    boxed: list[str] = []
    # The evidence model is asked only when the rules' choice is weak: another candidate than
    # the headline's own reading, or one the review names once or never (once is enough when
    # the headline marks its title: quotes, a year, a season, "review" after it).
    named = _count(body_key, loose_key(title)) if from_headline else 0
    marked = (
        info.year is not None
        or info.season is not None
        or _QUOTED.match(headline) is not None
        or headline.lower().startswith(f"{info.title.lower()} review")
    )
    weak = named < (1 if marked else 2)
    weighed = None
    if weak:
        weighed = _weighed_title(
            page,
            candidates,
            headline,
            info,
            body_key,
            paragraphs,
            directed,
            frozenset(people),
            (start, h),
            title,
        )
    if weighed is not None and loose_key(weighed) != loose_key(title):
        title, from_headline = weighed, False
    if title and not _count(body_key, loose_key(title)):
        # A title the review never names ("District 9 at 15", "Geek Review"): the part of it,
        # or else of the headline, that the review does name.
        text = " ".join(paragraphs)
        whole = len(paragraphs) <= 12 and all(len(p) <= 3000 for p in paragraphs)
        review_key = body_key if whole else f" {loose_key(text)} "  # (the key made already)
        if whole or not _count(review_key, loose_key(title)):
            named_part = (
                title_checks.after_colon(title, review_key)
                or titles.recurring_span(title, headline, review_key, text, frozenset(people))
                or title_checks.named_lead(title, review_key)
            )
            if named_part is not None:
                title, from_headline = named_part, False
    led = title_checks.past_lead_in(title, headline, body_key) or title_checks.past_frame(
        title, body_key
    )
    if led is not None:
        title, from_headline = led, False  # "20 Years Ago, X Rebooted …": X
    kicked = title_kicker.past_kicker(
        title, headline, body_key, [*units[:h], *units[h + 1 : start], *units[end:]]
    )
    if kicked is not None:
        title, from_headline = kicked, False  # "Show notes: X", where the review never names X
    show = title_episode.show_of_episode(title, headline, body_key)
    if show is not None:
        title, from_headline = show, False  # "‘Episode’ review: Show season 2 finale"
    if (
        (not _count(body_key, loose_key(title)) and not (from_headline and _bare_title(headline)))
        or (not from_headline and title_marks.reads_as_line(title))
    ) and not _headline_marks(headline, title, info, marked):
        # A tagline the review never names, or a line of it: the name the page marks as a
        # title ("Mildred Pierce (1945)", "In “A Serious Man,” …", "Peter Weir's X").
        by_marks = title_marks.marked_title(
            [*units[h:start], *paragraphs[: title_marks.PARAGRAPHS]],
            body_key,
            frozenset(people),
            title,
            headline,
        )
        if by_marks is not None:
            title, from_headline = by_marks, False
    if from_headline:
        title = _full_title(units, h, start, title, body_key)
    title = title_checks.longest_confirmed(
        title_checks.without_edition(
            title_checks.without_owner(title, body_key, units[:start]), body_key
        ),
        _whole_candidates(candidates, headline, title, paragraphs),
        body_key,
        directed,
    )
    title = clip(clean_line(title))
    if (
        hints.work
        and loose_key(hints.work) != loose_key(title)
        and _count(body_key, loose_key(hints.work))
    ):
        # The page's JSON-LD names the film it reviews, and the review names it too.
        title, from_headline = clip(hints.work), False
    else:
        # The headline's name that the review names first and again, over a pun, a motto or
        # a character's name read as the title.
        again = recurring_title.first_named(
            title, headline, body_key, prose, frozenset(people)
        ) or recurring_title.named_part(title, body_key, frozenset(people))
        again = again or recurring_title.with_subtitle(title, headline, prose)
        if again is not None:
            title, from_headline = again, False
    if title:
        cut = body_units
        if title != info.title:
            cut = _cut_title_credits(page, body_units, title)
        if len(cut) < len(body_units):
            end = min(end, body_units[len(cut)])  # the film's box under the review is after it
            boxed = [units[j] for j in body_units[len(cut) :] if _credit_unit(units[j])]
        # The notes are trimmed again from the review's own lines, the comments under it gone.
        trimmed = _trim_release_notes(page, cut, title)
        if trimmed != body_units:
            body_units = trimmed
            sections = _sections(body_units, heading_units, page, title)
            paragraphs = [p for s in sections for p in s.paragraphs]
    if title.endswith(")") and " (" in title:
        # "Shoplifters (Manbiki kazoku)": the title in its own language after it, which the
        # review, naming the title, never writes.
        base, inner = title[: title.rindex(" (")], title[title.rindex(" (") + 2 : -1]
        if base and _count(body_key, loose_key(base)) and not _count(body_key, loose_key(inner)):
            title = base
    if title and f"{title.lower()} parent" in headline.lower():
        # "X Parent Review" is a review of X for parents, unless the review names "X Parent".
        for word in _READER_WORDS:
            if _count(body_key, loose_key(title + word)):
                title += word
                break
    title = _punctuated(_as_written(title, paragraphs), paragraphs)
    dated = _TRAILING_YEAR.match(title)
    if dated and 1888 <= int(dated.group(2)) <= 2100 and not _count(body_key, loose_key(title)):
        # "Everything Everywhere All at Once 2022": a title line with the year after it, which
        # the review never names with the year (a title such as "Scam 1992" keeps it, since the
        # review does).
        title = dated.group(1)
        info = replace(info, title=title, year=info.year or int(dated.group(2)))
    numbered = _season_in_title(
        title, body_key, units[: max(start, 1)], paragraphs[:4]
    ) or title_checks.season_suffix(title, body_key)
    if numbered is not None:
        title, number = numbered
        info = replace(info, title=title, season=number, kind=Kind.SERIES)
    if not title:
        title = clip(clean_line(path.stem)) or "untitled"
        notes.append("no headline: the file name stands in for the title")
    elif (
        h == 0
        and from_headline
        and not re.search(r"\breview\b", headline, re.I)
        and not _YEAR.search(headline)
        and not _QUOTED.match(headline)
    ):
        notes.append("title taken from the first line")

    lead = _lead_prose(page, h, start)
    opening = min(body_units, default=start)
    if opening > start:
        # A standfirst over a box of facts, where the review's text begins below the box
        # ("Story highlights", then "X plays Y, …"); not a caption ("A and B as X and Y in T.").
        lead += [
            unit
            for unit in _lead_prose(page, start - 1, opening)
            if unit not in lead and not unit.rstrip(".").endswith(title)
        ]
    # A caption over the review is no text of it, but it credits the cast as the text would.
    read = [caption, *paragraphs] if caption else paragraphs
    if boxed:
        read = [*read, *boxed]  # (so do the film's credits in a box cut from the review's end)
    facts = _facts(page, read, title, info, start, end, headline, lead)
    if not paragraphs:
        problems.append("no review text was found below the headline")
    year = facts.year
    if year is None and hints.work_year and loose_key(hints.work or "") == loose_key(title):
        year = hints.work_year  # the year the page's JSON-LD gives the film it reviews
    if year is None:
        year = _bracketed_year([*units, *hints.captions], title)
    if year is None:
        year = credits_year(units, title)  # "Rashomon. Directed by A. Daiei, 1950. 88 minutes."
    if year is None:
        year = _year_from_name(path.stem)
        if year is not None and str(year) in title:
            year = None  # "scam-1992": the title's own number, not a year
    if year is None and facts.kind is Kind.FILM:
        notes.append("no year stated")
    if not facts.cast:
        notes.append("no cast found")
    notes.extend(facts.notes)
    if reviewer is None and not hints.markup_author and body_units:
        reviewer = _weighed_byline(page, h, body_units, paragraphs, facts)
    if reviewer is not None:
        person = _person_reviewer(reviewer.name)
        person = tidy_reviewer(person, units) if person else None
        if person is None:
            reviewer = _bio_reviewer(units, end)
        elif person != reviewer.name:
            reviewer = Reviewer(person, reviewer.bio)
    credited = {*map(fold, facts.directors), *(fold(credit.actor) for credit in facts.cast)}
    if reviewer is not None and fold(reviewer.name) in credited:
        # "Director: Ana Lima" under the headline of a page with no byline: no writer, unless
        # a bio line after the review names one
        reviewer = _bio_reviewer(units, end)
        if reviewer is not None and fold(reviewer.name) in credited:
            reviewer = None
    title = _cased_title(title, [headline, *paragraphs, *units])
    # The units' white space is single spaces already: counting them counts the words.
    words = sum(p.count(" ") + 1 for p in paragraphs if p) + sum(
        s.heading.count(" ") + 1 for s in sections if s.heading
    )
    return Review(
        id=review_id,
        path=path,
        format=Format.SCRAPED,
        headline=headline,
        film=Film(title=title, year=year, kind=facts.kind, season=facts.season),
        directors=facts.directors,
        cast=facts.cast,
        runtime_minutes=facts.runtime,
        platform=facts.platform,
        rating=facts.rating,
        sections=_without_listing(sections),
        reviewer=reviewer,
        word_count=words,
        problems=tuple(problems),
        notes=tuple(notes),
    )


_RELEASE_NOTE = re.compile(
    r"\b(?:is|are)\s+(?:released|being\s+released|out|available|streaming|now\s+streaming|playing|showing"
    r"|in\s+(?:cinemas|theaters|theatres))\b|\bopens\s+in\b|\bstreams?\s+on\b"
    r"|\bpremieres?\s+on\b|\bpremiered\s+(?:in|at)\b|\bwill\s+(?:stream|release|open|premiere)\b"
    r"|\bis\s+(?:in\s+)?(?:select\s+)?(?:cinemas|theaters|theatres)\b"
    r"|\b(?:is|are)\s+(?:now\s+|currently\s+)?(?:in|running\s+in|showing\s+in|playing\s+in"
    r"|released\s+(?:\w+\s+){0,4}?in)\s+(?:[\w&-]+\s+){0,4}?(?:cinemas|theaters|theatres)\b",
    re.IGNORECASE,
)


def _weighed_byline(
    page: _Page, h: int, body_units: list[int], paragraphs: list[str], facts: _Facts
) -> Reviewer | None:
    """The byline the evidence model finds when no rule found one (`bylines`), or None."""
    people = frozenset(loose_key(n) for n in (*(c.actor for c in facts.cast), *facts.directors))
    name = weighed(page.units, h, body_units[0], body_units[-1], people, " ".join(paragraphs))
    return Reviewer(name) if name else None


def _body(
    page: _Page, start: int, title: str, reviewer: Reviewer | None
) -> tuple[list[int], int, set[int]]:
    """The units of the review text (paragraphs and headings, in order), the index where the
    article ends, and which of the units are headings.

    The body ends at the page's furniture (comments, tags, footers), at a title printed again
    over a credits block, at a byline with a bio, or after a rating line that only a release
    note follows. A box of links inside the article ("Related", "Read more") is stepped over
    when the review goes on after it. A short summary ("The Big Picture") that a block of facts
    separates from the review is not the review."""
    units = page.units
    kept: list[int] = []
    last_prose = -1
    gap = 0
    title_k = loose_key(title) if title else ""
    title_low = title.lower()
    reviewer_k = reviewer.name.lower() if reviewer else ""
    end = len(units)
    prose_seen = 0
    stretch = 0  # labelled lines since the last paragraph
    short_so_far = True  # every paragraph so far is a line or two
    in_box = False  # after a link box's heading, until the next paragraph
    box_links = 0  # the lines of that box so far
    i = start - 1
    while i + 1 < len(units):
        i += 1
        unit = units[i]
        if page.stop(i) and (prose_seen or i > start):
            resume = _after_box(page, i) if is_link_box(unit) else None
            if resume is None and stretch == 0 and is_promo(unit):
                resume = _after_promo(page, i)  # a newsletter plug between two paragraphs
            if resume is None and prose_seen <= 1 and _more_prose(page, i):
                # Furniture under a synopsis, with the review still to come: start again.
                kept, last_prose, prose_seen, gap = [], -1, 0, 0
                continue
            if resume is None:
                end = i
                break
            i = resume - 1  # the box is not a gap in the review
            continue
        if (
            prose_seen >= 2
            and title_k
            and len(unit) <= len(title) + 8
            and loose_key(unit) == title_k
        ):
            end = i
            break
        if (
            prose_seen >= 2
            and title_k
            and unit[:1].lower() == title_low[:1]
            and _title_credits(unit, title)
        ):
            end = i  # "THE HOLDOVERS (2023). Directed by …": the credits under the review
            break
        if prose_seen >= 2 and reviewer_k and unit[: len(reviewer_k)].lower() == reviewer_k:
            end = i
            break
        if prose_seen >= 1 and not in_box and _byline_end(units, i):
            end = i  # (not a headline among a box's links: "Fans Celebrate Outside Theatres")
            break
        if prose_seen >= 2 and len(unit) < 60 and " by " in unit and _piece_byline(unit):
            end = i  # "Synopsis by Jane Doe": another writer's piece follows the review
            break
        if prose_seen >= 2 and _portrait_name(unit):
            end = i  # "Headshot of Jane Doe": the author box
            break
        if prose_seen >= 2 and _bio_name(unit) and not _more_long_prose(page, i):
            end = i  # "Jane Doe is a film critic based in Leeds.": the author's bio
            break
        if prose_seen >= 2 and _unnamed_bio(unit) and not _more_long_prose(page, i):
            end = i  # "The writer is a Leeds-based journalist.": the author's tagline
            break
        if i in page.label_units and not page.prose(i):
            if prose_seen >= 3 and _closing_rating(page, i):
                end = i
                break
            stretch += 1
            continue
        if prose_seen >= 3 and _bare_rating(units, i) and _closing_rating(page, i, bare=True):
            end = i
            break
        if is_soft_chrome(unit) or is_date_line(unit):
            if not in_box and is_link_box(unit) and not _INLINE_LINK.match(unit):
                in_box, box_links = True, 0  # "Related Story", not "Also Read: a headline"
            gap += 1
            continue
        if in_box and not page.prose(i) and not (box_links and _heading_after_box(page, i)):
            box_links += 1
            continue  # the links of a box ("Read more", then headlines): no gap in the text
        if (len(unit) <= 160 and is_caption_line(unit)) or (
            not page.prose(i) and is_related_headline(unit, title)
        ):
            gap += 1
            continue
        if prose_seen and (" » " in unit or " | " in unit) and is_crumb_line(unit):
            gap += 1  # "Vol. 46 No. 5 · 7 March » A Writer » At the Movies | 1450 words"
            continue
        if page.prose(i) or (prose_seen and unit[-1:] in ".!?" and not _title_cased(unit)):
            # (a line in title case is a link's headline: "Quiz: Which Character Are You?")
            if (
                title_k
                and prose_seen >= 2
                and lowered(unit).lstrip("‘“'\"").startswith(title_low)  # (no quote is cased)
                and len(unit.split(None, 30)) <= 30  # (a paragraph is not split whole)
                and _RELEASE_NOTE.search(_first_sentence(unit))
            ):
                gap += 1
                continue
            if gap > 8 and prose_seen >= 3:
                end = i
                break
            if 0 < prose_seen <= 5 and (gap >= 5 or gap + stretch >= 3) and short_so_far:
                # Short lines, then a block of facts or furniture: that was a summary box. A
                # heading right above this paragraph opens the review.
                headed = bool(kept) and kept[-1] == i - 1 and _is_heading(units[i - 1], unit)
                kept, last_prose, prose_seen = [i - 1] if headed else [], -1, 0
            if not prose_seen and _opening_furniture(unit, title):
                continue  # "X season 3 is streaming on Netflix.", a spoiler warning
            if (
                not prose_seen
                and _boxed_verdict(unit)
                and any(j in page.label_units for j in range(i - 3, i))
            ):
                continue  # "Verdict: …" closing a box of facts above the review
            if (
                not prose_seen
                and unit.count(" ") < 40
                and _LEAD_VERDICT.match(unit)
                and i + 1 < len(units)
                and page.prose(i + 1)
                and units[i + 1].count(" ") >= 29
            ):
                continue  # "THE FILM VERDICT: …" over the review: the page's summary of it
            kept.append(i)
            last_prose = len(kept)
            prose_seen += 1
            in_box = False
            short_so_far = short_so_far and unit.count(" ") < 40
            gap = stretch = 0
            if prose_seen == 1:
                short_so_far = unit.count(" ") < 40
            continue
        if not prose_seen and _opening_furniture(unit, title):
            continue  # "Kota Factory season 3 is streaming on Netflix." above the review
        if (
            not prose_seen
            and (_boxed_verdict(unit) or _closing_note(unit, title))
            and any(j in page.label_units for j in range(i - 3, i))
        ):
            continue  # "In cinemas from July 20", "Verdict: …" closing a box of facts
        kept.append(i)
        # A label over a list ("Highlights:") starts a part of the review: its items are no
        # gap in the text.
        labelled = (unit.endswith(":") and unit.count(" ") < 4) or _bare_list_label(page, i)
        gap = 0 if labelled else gap + 1
    if 0 <= last_prose < len(kept) and _closing_verdict(units[kept[last_prose]]):
        last_prose += 1  # "Bottom line: Visual Spectacle, Patchy Story" after the last paragraph
    kept = _trim_release_notes(page, kept[:last_prose] if last_prose >= 0 else [], title)
    kept = _without_boxed_summary(page, kept)
    if page.min_words == 10:  # (a page of one-line paragraphs gives the model no measure)
        kept = trim_tail(units, kept, page.prose, page.chrome, title)
    quotes = _pull_quotes(page, kept) | _repeated_labels(page, kept)
    kept = [i for i in kept if i not in quotes]
    marked = page.hints.headings
    headings = (
        {
            i
            for n, i in enumerate(kept)
            if marked and units[i] in marked and len(units[i]) <= 120 and not page.chrome(i)
        }
        | {
            i
            for n, i in enumerate(kept)
            if len(units[i]) <= 100
            and not page.chrome(i)
            and not page.stop(i)
            and (not is_prose(units[i]) or _title_case_question(units[i]))
            and _is_heading(
                units[i], units[kept[n + 1]] if n + 1 < len(kept) else None, furniture=False
            )
            and not _headline_run(units, i)
        }
        | {i for n, i in enumerate(kept) if _list_label(page, kept, n)}
    )
    if marked and sum(1 for i in headings if units[i] in marked) >= 2:
        # The markup marks the review's headings: a line it leaves unmarked that only reads
        # like one is a list's last item or a caption ("Kim Lee as the young queen").
        headings = {i for i in headings if units[i] in marked or _list_label_at(page, kept, i)}
    headings |= _capital_headings(page, kept, headings)
    headings |= _numbered_heads(page, kept, headings)
    headings |= _heads_over_heads(page, kept, headings)
    headings |= _name_like_heads(page, kept, headings)
    headings |= numeral_heads(page, kept, headings) | named_heads(page, kept, headings)
    dropped = dropped_capital_heads(page, kept, headings)
    over_lists, list_lines = heads_over_lists(page, kept, headings)
    # (a list of who plays whom is no paragraph, and none of its lines a heading)
    if over_lists or dropped:
        kept = sorted({*kept, *over_lists, *dropped})
    headings = (headings | over_lists | dropped) - list_lines
    headings -= _bare_list_items(page, headings)
    headings |= paired_list_labels(page, headings)
    boxes = _box_titles(page, headings)
    headings -= boxes
    body = [
        i
        for i in kept
        if i in headings
        or (
            i not in boxes
            and (page.prose(i) or _paragraph_like(units[i]) or _closing_verdict(units[i]))
        )
    ]
    return body, end, headings


# The marks of a photo's caption: where people stand in it, a credit after its sentence (a few
# capitalised words, "Photo by …", "Courtesy …", owners in brackets), or brackets round it all.
_CAPTION_PLACE_MARK = re.compile(
    r",\s+(?:left|right|centre|center)\b|\((?:[^()]*,\s*)?(?:left|right)\)"
)
_CAPTION_TAIL = re.compile(
    r"[.!?][’”\"']?\s+(?:(?i:photo|picture|image)\s+by\b.{1,60}|(?i:courtesy)\b.{1,60}"
    r"|[A-Z][\w&.’'/-]*(?:\s+[A-Z/][\w&.’'/-]*){0,4})\.?$"
    r"|\s\([^()]{2,90}/[^()]{2,90}\)$"
)
_CAPTION_VERB = re.compile(r"\s(?:in|as|plays?|stars?|returns?)\s")
_LEAD_NAME = re.compile(r"^\(?[A-Z][\w’'.\-]+(?:\s+(?:and\s+)?\(?[A-Z][\w’'.\-]+)+[\s,()]")


def _lead_caption(unit: str) -> bool:
    """A photo's caption standing where the review starts: people named first, in or as
    something, with a mark of a caption ("Ana Lima, left, and Tom Hale in Harbour Lights",
    "Ana Lima as Rosa in Harbour Lights. Photo by Jo Bloggs/Studio", "(Ana Lima in …)")."""
    if unit.count(" ") > 40 or not _LEAD_NAME.match(unit) or not _CAPTION_VERB.search(unit):
        return False
    if unit[0] == "(" and unit[-1] == ")":
        return True
    if _CAPTION_PLACE_MARK.search(unit) or _CAPTION_TAIL.search(unit):
        return len(_SENTENCE_BREAK.findall(unit)) <= 1
    return False


def _past_lead_caption(page: _Page, body: list[int], headings: set[int]) -> list[int]:
    """`body` without the photo caption it starts with, when a paragraph of the review follows."""
    if len(body) < 3 or body[0] in headings:
        return body
    first, nxt = page.units[body[0]], page.units[body[1]]
    if nxt.count(" ") >= 25 and _lead_caption(first):
        return body[1:]
    return body


def _first_sentence(unit: str) -> str:
    """The first sentence of a line: a release note is one sentence, not a paragraph that ends
    with one ("X was nominated for … . It opens in theaters this week.")."""
    split = _SENTENCE_BREAK.search(unit)
    return unit[: split.start() + 1] if split else unit


def _repeated_labels(page: _Page, kept: list[int]) -> set[int]:
    """Short lines printed again and again between the paragraphs ("Article content",
    "Advertisement"): the site's labels for what it slots in, not headings or text."""
    counts: dict[str, int] = {}
    found: set[int] = set()
    for i in kept:
        unit = page.units[i]
        if unit.count(" ") < 5 and unit[-1:] not in ".!?" and not page.prose(i):
            if unit not in counts:
                counts[unit] = page.units.count(unit)
            if counts[unit] >= 3:
                found.add(i)
    return found


def _after_furniture(page: _Page, i: int) -> bool:
    """True when the line above unit i is the page's (a caption, a date, a share button):
    a line set apart so stands over the review, not under the headline as its standfirst."""
    above = page.units[i - 1] if i > 0 else ""
    return page.chrome(i - 1) or is_caption_line(above) or is_date_line(above)


def _capital_headings(page: _Page, kept: list[int], headings: set[int]) -> set[int]:
    """Lines in capitals between paragraphs that read as a name ("ROYAL FLUSH") when the
    review's other headings are in capitals too: headings in the page's style."""
    units = page.units
    if not any(units[i].isupper() for i in headings):
        return set()
    return {
        i
        for n, i in enumerate(kept)
        if i not in headings
        and 0 < n < len(kept) - 1
        and units[i].isupper()
        and units[i].count(" ") < 8
        and units[i][-1:].isalpha()
        and page.prose(kept[n - 1])
        and page.prose(kept[n + 1])
        and not page.chrome(i)
        and not page.stop(i)
    }


def _list_label_at(page: _Page, kept: list[int], i: int) -> bool:
    """`_list_label` of unit i among the kept units."""
    return _list_label(page, kept, kept.index(i))


def _name_like_heads(page: _Page, kept: list[int], headings: set[int]) -> set[int]:
    """Headings of two or three capitalised words that read like a name ("Special Features",
    "Caveat Spectator") between two paragraphs of a review with other headings, when the text
    never names them: a person standing there would be written about."""
    if len(headings) < 2:
        return set()
    units = page.units
    candidates = [
        (n, i)
        for n, i in enumerate(kept[1:-1], 1)
        if i not in headings
        and units[i].count(" ") <= 2
        and page.prose(kept[n - 1])
        and page.prose(kept[n + 1])
        and is_name(units[i])
        and not page.chrome(i)
        and not page.stop(i)
        and i not in page.label_units
    ]
    if not candidates:
        return set()
    text = " ".join(loose_key(units[i]) for i in kept if page.prose(i))
    return {
        i
        for n, i in candidates
        if not any(f" {word} " in f" {text} " for word in loose_key(units[i]).split())
    }


def _heads_over_heads(page: _Page, kept: list[int], headings: set[int]) -> set[int]:
    """Short lines that head a part of the review over its first section's own heading ("THE
    GOOD" over "De Niro is genuinely unhinged", then a paragraph), when another part is
    headed so too: a review in parts and sections."""
    units = page.units
    found: set[int] = set()
    for n, i in enumerate(kept[:-2]):
        unit = units[i]
        if (
            i in headings
            or unit.count(" ") > 5
            or kept[n + 1] not in headings
            or not page.prose(kept[n + 2])
            or page.chrome(i)
            or page.stop(i)
            or i in page.label_units
        ):
            continue
        if _is_heading(unit, units[kept[n + 2]], furniture=False):
            found.add(i)
    return found if len(found) >= 2 else set()


def _numbered_heads(page: _Page, kept: list[int], headings: set[int]) -> set[int]:
    """The items of a numbered list whose heads are the review's headings, when one reads as a
    sentence ("10. Too Short!" after "9. The Showdown"): the next number over a paragraph."""
    units = page.units
    numbers: dict[int, int] = {}
    for i in headings:
        m = _NUMBERED_HEAD.match(units[i])
        if m:
            numbers[int(m.group(1))] = i
    if len(numbers) < 2:
        return set()
    found: set[int] = set()
    for n, i in enumerate(kept[:-1]):
        unit = units[i]
        if i in headings or not unit[:1].isdigit() or len(unit) > 120 or unit.count(" ") > 16:
            continue
        m = _NUMBERED_HEAD.match(unit)
        number = int(m.group(1)) if m else 0
        if (
            m
            # after the item numbered one less, or (the first item) over the next one
            and (numbers.get(number - 1, len(units)) < i or numbers.get(number + 1, -1) > i)
            and not is_prose(unit[m.end() - 1 :])  # (the number's full stop is no sentence's)
            and page.prose(kept[n + 1])
            and not page.chrome(i)
        ):
            numbers[number] = i
            found.add(i)
    return found


# A link given in the line of its box's label: "Also Read: X", "Read more: X".
_INLINE_LINK = re.compile(r"^[^:]{2,30}:\s+\S")
# A verdict in a line of its own after the last paragraph: part of the review (a run-in label).
_CLOSING_VERDICT = re.compile(
    r"^(?:bottom\s+line|(?:the\s+|final\s+|our\s+)?verdict|final\s+word|in\s+a\s+nutshell)\s*:\s+\S",
    re.IGNORECASE,
)


def _closing_verdict(unit: str) -> bool:
    return unit.count(" ") < 25 and bool(_CLOSING_VERDICT.match(unit))


def _heading_after_box(page: _Page, i: int) -> bool:
    """True when unit i, among the lines of a box of links, is the review's next heading
    instead: a short line in sentence case right above a paragraph ("The Trinity test"
    after "Related Story" and its link), unlike the headlines of other articles, which are
    title-cased or carry a comma, a colon, a dash or a bar."""
    unit = page.units[i]
    if i + 1 >= len(page.units) or not page.prose(i + 1) or unit.count(" ") > 7:
        return False
    if any(mark in unit for mark in ",:|–—"):
        return False
    words = unit.split()[1:]
    if not any(len(w) > 3 and w[:1].islower() for w in words):
        return False  # "The Wildest Sex Scenes of 2023": another article's headline
    return _is_heading(unit, page.units[i + 1])


#: The most items a list under a label without its colon holds, and the most words in one.
_BARE_LIST_ITEMS = 8
_BARE_ITEM_WORDS = 8


def _list_item(page: _Page, j: int) -> bool:
    """True when unit j reads as an item of a short list: a few words, no sentence's end."""
    item = page.units[j]
    return (
        item.count(" ") < _BARE_ITEM_WORDS
        and item[-1:] not in ".!?:"
        and j not in page.label_units
        and not page.prose(j)
        and not page.stop(j)
    )


def _bare_list_label(page: _Page, i: int) -> bool:
    """True when unit i, right under a paragraph, labels a short list without a colon
    ("What we liked" over "The songs", "The cast"): two short lines or more under it, and the
    review's text going on after them, straight away or under a heading ("Final Verdict").
    A box of links under the review ("More reviews" over titles) has no text after it. (A
    second label among the lines, "What we didn't like", reads as one of them.)"""
    units = page.units
    unit = units[i]
    if unit.count(" ") > 4 or not unit[:1].isupper() or unit[-1:] in ".!?:,;":
        return False
    if i in page.label_units or page.chrome(i) or page.stop(i) or page.prose(i) or i < 1:
        return False
    if not page.prose(i - 1):
        return False  # right under the text
    j = i + 1
    while j < len(units) and j - i <= _BARE_LIST_ITEMS and _list_item(page, j):
        j += 1
    if j - i - 1 < 2 or j >= len(units):
        return False
    if page.prose(j):
        return True  # the text goes on under the list
    # One more line (the next label, or a heading), then text or a list: the review goes on.
    nxt = j + 1
    return (
        nxt < len(units)
        and (page.prose(nxt) or _list_item(page, nxt))
        and (units[j].count(" ") <= 4 and units[j][-1:] not in ".!?")
    )


def _bare_list_items(page: _Page, headings: set[int]) -> set[int]:
    """The lines under the labels of lists without a colon, up to the heading over the next
    paragraph: an item that reads like a heading is none."""
    items: set[int] = set()
    for i in headings:
        if page.units[i][-1:] != ":" and _bare_list_label(page, i):
            j = i + 1
            while j + 1 < len(page.units) and _list_item(page, j) and not page.prose(j + 1):
                items.add(j)
                j += 1
    return items & headings


def _list_label(page: _Page, kept: list[int], n: int) -> bool:
    """True when kept[n] is a label standing alone over a short list ("Highlights:" over
    "The climax", "The visuals"): a heading (SPEC: a label alone on its line), though what
    follows it is no paragraph."""
    units = page.units
    unit = units[kept[n]]
    if not unit.endswith(":"):
        return _bare_list_label(page, kept[n])
    if unit.count(" ") > 3 or not unit[:1].isupper():
        return False
    if kept[n] in page.label_units or label_kind(unit.rstrip(": ")) is not None:
        return False
    items = 0
    for i in kept[n + 1 : n + 9]:
        item = units[i]
        if page.prose(i) or item.endswith(":"):
            break
        if item.count(" ") > 7 or item[-1:] in ".!?":
            return False
        items += 1
    return items >= 1 and not page.chrome(kept[n])


#: At most this many lines of a page are weighed as pull quotes. A review has a handful of
#: short lines; a hostile page of thousands would make each weighing a walk of the page.
_PULL_QUOTE_LINES = 200


def _pull_quotes(page: _Page, kept: list[int]) -> set[int]:
    """The kept lines that are a pull quote: a line of six words or more (up to forty in
    quotes, twenty without) that repeats words of a longer paragraph of the review.

    Linear in the page: each line weighed costs a count over the page's paragraphs joined
    (never a walk paragraph by paragraph in Python), alike lines are weighed once, and at most
    `_PULL_QUOTE_LINES` are weighed."""
    found: set[int] = set()
    prose = [j for j in kept if page.prose(j)]
    in_prose = set(prose)
    joined: str | None = None
    loose: tuple[str, Counter[str]] | None = None
    answers: dict[str, bool] = {}
    for i in kept:
        unit = page.units[i]
        most = 40 if unit[:1] in "“\"‘'" else 20
        if len(unit) > 300 or not 5 <= unit.count(" ") < most:
            continue
        answer = answers.get(unit)
        if answer is None:
            if len(answers) >= _PULL_QUOTE_LINES:
                break
            if joined is None:
                joined = "\n".join(page.units[j] for j in prose)
            # (a cheap test first: its second and third words are in another paragraph)
            probe = " ".join(unit.strip("“”\"‘’'").split(None, 3)[1:3])
            own = unit.count(probe) if i in in_prose else 0
            answer = joined.count(probe) > own
            if answer:
                if loose is None:
                    texts = [f" {loose_key(page.units[j])} " for j in prose]
                    loose = ("\n".join(texts), Counter(texts))
                key = f" {loose_key(unit)} "
                # In a longer paragraph: found in some paragraph other than one that is the key.
                answer = loose[0].count(key) > loose[1][key]
            answers[unit] = answer
        if answer:
            found.add(i)
    return found


def _title_cased(line: str) -> bool:
    """Every word of four letters or more capitalised, and at least three of them."""
    long = [w for w in line.split() if len(w.strip("‘’“”'\"(),")) > 3]
    return len(long) >= 3 and all(w.lstrip("‘“'\"(")[:1].isupper() for w in long)


def _headline_run(units: list[str], i: int) -> bool:
    """True when units[i] is the last of two or more headlines of other articles in a row
    (links set in the text without a box's heading): a heading stands alone, while a title-cased
    line of four words or more, no sentence and no caption, stands right above this one."""
    if i == 0 or not _title_cased(units[i]):
        return False
    above = units[i - 1]
    return (
        len(above.split()) >= 4
        and above[-1:] not in ".!?:"
        and _title_cased(above)
        and not is_prose(above)
        and not is_caption_line(above)
        and not is_chrome(above)
    )


# What follows the title at the start of a credits paragraph: "(2023). Directed by …",
# ", 2023. Written and directed by …", ": dir. …".
_CREDITS_AFTER_TITLE = re.compile(
    r"\s*(?:\(?(?:19|20)\d\d\)?)?\s*[.,:;]\s*(?:\(?(?:19|20)\d\d\)?\s*[.,:;]\s*)?"
    r"(?:directed\s+by|written\s+(?:and\s+directed\s+)?by|dir\.|starring|d:)",
    re.IGNORECASE,
)


def _title_credits(unit: str, title: str) -> bool:
    """True when `unit` is a credits paragraph headed by the title: "THE HOLDOVERS (2023).
    Directed by …"."""
    return (
        len(unit) < 1200
        and unit[: len(title)].lower() == title.lower()
        and _CREDITS_AFTER_TITLE.match(unit, len(title)) is not None
    )


def _cut_title_credits(page: _Page, body: list[int], title: str) -> list[int]:
    """`body` up to a credits paragraph headed by the title, when two paragraphs precede it."""
    for n, i in enumerate(body):
        if n >= 2 and _title_credits(page.units[i], title):
            return body[:n]
        if n >= 2 and _title_over_credits(page, i, title):
            # "MANCHESTER BY THE SEA" over "Written and directed by …": the film's box, with
            # the title (a heading or not) and the reviewer's stars right over it.
            if body[n - 1] == i - 1:
                n -= 1
            while n > 2 and _rating_only(page.units[body[n - 1]]):
                n -= 1
            return body[:n]
    return body


def _credit_unit(unit: str) -> bool:
    """True when `unit` opens with the film's credits: "Written and directed by …", "Starring …"."""
    return bool(_CREDIT_LINE.match(unit) or _FILM_CREDIT_LINE.match(unit))


def _title_over_credits(page: _Page, i: int, title: str) -> bool:
    """True when unit i is a line of the film's credits under the title alone."""
    if i == 0 or not _credit_unit(page.units[i]):
        return False
    above = page.units[i - 1]
    return len(above) <= len(title) + 8 and loose_key(above) == loose_key(title)


_AIRING = re.compile(
    r"\b(?:continues|begins|returns|premieres?|airs|streams|releases|is\s+on|are\s+on|is\s+available"
    r"|is\s+streaming|arrives|lands|debuts|concludes|finishes)\b",
    re.IGNORECASE,
)


# Notes set above an article: a content warning, an update or an editor's note.
_OPENING_NOTE = re.compile(
    r"^[\[(]?(?:(?:content|trigger)\s+(?:warning|note|advisory)|cw\s*:|tw\s*:|warning\s*:"
    r"|editor['’]?s?\s+note|(?:an?\s+)?note\s*:|updated?\b[^:]{0,40}:|correction\s*:"
    r"|this\s+(?:review|article|story|piece)\s+(?:was\s+)?(?:originally|first)\s+(?:published|ran"
    r"|appeared)|this\s+review\s+(?:contains|discusses|mentions|includes))",
    re.IGNORECASE,
)
_HEADLINE_LIKE = re.compile(r"^[^.!?]{2,60}\breview\s*:\s", re.IGNORECASE)


_BOXED_VERDICT = re.compile(r"^(?:the\s+|our\s+)?verdict\s*:\s", re.IGNORECASE)


def _boxed_verdict(unit: str) -> bool:
    """A one-line verdict ("Verdict: Nolan's most grown-up film.") that a box of facts above
    the review ends with: the box's, not the review's first line."""
    return unit.count(" ") < 30 and bool(_BOXED_VERDICT.match(unit))


# The sentences of a listing's line of facts: a running time, a certificate, where and when
# it opens, its credits ("Running time: 101 minutes.", "Rated R (violence).", "Opens Friday
# (May 2).", "See listing.", "At Cineworld, suburbs.", "Directed by X.", "With A, B.").
_FACT_SENTENCE = re.compile(
    r"(?i:running\s+time\s*:?\s*)?\d{2,3}\s*(?i:minutes|mins?)\b[^.]*"
    r"|(?i:rated\s+)?(?:G|PG|PG-13|R|NC-17|NR|TV-[A-Z0-9]{1,3}|12A|15|18|(?i:unrated|not\s+rated))"
    r"(?:\s*\([^()]{1,120}\))?"
    r"|(?i:rated)\s+[A-Z0-9][\w-]*(?:\s*\([^()]{1,120}\))?"
    r"|(?i:opens|opening|now\s+playing|now\s+showing|in\s+(?:theaters|theatres|cinemas))\b[^.]*"
    r"|(?i:see\s+listings?)|At\s+(?:the\s+)?[A-Z][^.]*"
    r"|(?i:(?:written\s+and\s+)?directed\s+by|written\s+by|starring)\s+[A-Z][^.]*|With\s+[A-Z][^.]*"
    r"|[^a-z().]{2,60}\([^()]{3,60}\)"  # "MOMMY (Xavier Dolan)": the title over its director
    # "Hunt for the Wilderpeople (PG, 101 mins)": a title, its certificate and running time
    r"|[^().]{2,80}\([^()]{0,30}\d{2,3}\s*(?i:minutes|mins?)\)"
)
_FACT_SPLIT = re.compile(r"[.)](\s+)(?=[A-Z0-9(])")  # (its group: split_at)
# What makes such a line a listing's: a running time or a certificate.
_FACT_CORE = re.compile(r"\d\s*(?i:minutes|mins?)\b|(?i:rated)\s|^(?:G|PG|PG-13|R|NC-17)\b")


def _facts_line(unit: str) -> bool:
    """A line of a listing's facts over or under a review, every sentence a fact ("MOMMY
    (Xavier Dolan). 139 minutes. Opens Friday. See listing.", "Running time: 101 minutes.
    Rated R (violence). In theaters."): the page's, not the review's text."""
    if len(unit) > 400 or (not _has_digit(unit[:300]) and "ated " not in unit):
        return False
    pieces = split_at(_FACT_SPLIT, unit.strip().rstrip("★☆½ "))  # (the stars closing the line)
    if len(pieces) < 2 or not any(_FACT_CORE.search(p) for p in pieces):
        return False
    return all(_FACT_SENTENCE.fullmatch(p.rstrip(".").strip()) for p in pieces)


# A letter grade run on after the review's last sentence: "… on Saturday. Grade: A".
_ASCII_DIGIT = re.compile(r"[0-9]")


def _has_digit(text: str) -> bool:
    """`any(c.isdigit() for c in text)`, searched in C for an ASCII text (where the digits are
    0 to 9 only); a text with other characters is read character by character, as
    `str.isdigit` takes superscripts and other scripts' digits too."""
    if text.isascii():
        return _ASCII_DIGIT.search(text) is not None
    return any(c.isdigit() for c in text)


_RUN_ON_GRADE = re.compile(r"[.!?]\s+Grade:\s*[A-F][+\-−–]?$")


def _without_listing(sections: list[Section]) -> tuple[Section, ...]:
    """The review's sections without a listing's line of facts over its first paragraph or
    under its last (`_facts_line`), nor a score line alone between such a line and the text
    ("★★★½ (out of four)"), nor a heading left over nothing at the end (the title in capitals
    over the facts). The facts still count as the page's evidence for the credits."""
    if not sections:
        return ()
    first, last = sections[0], sections[-1]
    head = list(first.paragraphs)
    cut = 0
    while cut < len(head) - 1 and (
        _facts_line(head[cut]) or (cut and len(head[cut]) < 30 and star_rating(head[cut]))
    ):
        cut += 1
    if cut and any(_facts_line(p) for p in head[:cut]):
        sections = [Section(first.heading, tuple(head[cut:])), *sections[1:]]
        last = sections[-1]
    tail = list(last.paragraphs)
    graded = _RUN_ON_GRADE.search(tail[-1]) if tail and "Grade" in tail[-1][-12:] else None
    if graded:
        # "… at the top of the palmarès on Saturday. Grade: A": the score, not the text
        tail[-1] = tail[-1][: graded.start() + 1]
        sections[-1] = last = Section(last.heading, tuple(tail))
    if tail and _facts_line(tail[-1]) and sum(len(s.paragraphs) for s in sections) > 2:
        tail.pop()
        if tail or last.heading is None or len(sections) == 1:
            sections[-1] = Section(last.heading, tuple(tail))
        else:
            sections.pop()
    return tuple(sections)


# A site's summary of the piece that opens with the title, its year and the kind of piece:
# "Harbour Lights (1968) Film Essay — …", "Harbour Lights (2021) Movie Review: …".
_KIND_DECK = re.compile(
    r"\s*\((?:19|20)\d\d\)\s+(?i:(?:film|movie|tv|series|show)\s+)?(?i:review|essay|analysis"
    r"|retrospective|recap)\s*[—–:-]\s+\S"
)
# A verdict's label in capitals, or a bottom line, opening a summary over the review: "THE FILM
# VERDICT: …", "OUR VERDICT: …", "The Bottom Line: …".
_LEAD_VERDICT = re.compile(
    r"^(?:(?:THE|OUR)\s+)?(?:[A-Z]+\s+)?VERDICT\s*:\s|^(?i:the\s+)?(?i:bottom\s+line)\s*:\s"
    r"|^(?:THE\s+)?BOTTOM\s+LINE\s+(?=[A-Z][a-z])"
)


def _opening_furniture(unit: str, title: str) -> bool:
    """A line that opens an article without being its text: a release note, a spoiler
    warning, the headline repeated as a summary ("Farzi review: …")."""
    if unit.count(" ") > 45:
        return False
    if (
        title
        and "(" in unit[: len(title) + 3]
        and unit[: len(title)].lower() == title.lower()
        and _KIND_DECK.match(unit, len(title))
    ):
        return True  # "Harbour Lights (1968) Film Essay — …": the site's summary
    if "spoiler" in unit.lower() or _OPENING_NOTE.match(unit):
        return True
    if len(unit) < 40 and _rating_only(unit):
        return True  # "***1/2 (out of four)", "★★★★": the reviewer's score over the text
    if _HEADLINE_LIKE.match(unit) or is_dated_deck(unit):
        return True
    if _release_note(unit, title) and unit.count(" ") < 20:
        return True
    if is_credits_paragraph(unit):
        return True  # "Rashomon. Directed by A. Daiei, 1950. 88 minutes. With B, C."
    return is_opening_note(unit, title)  # "X screens at …", "X, directed by Y. Courtesy Z."


# The capitalised words a closing line opens on ("Deadwood: The Movie premieres …", "Candyman
# (1992) is available …"), with the small words a title holds between them.
_LEAD_NAME_RUN = re.compile(
    r"[‘“\"']?([A-Z0-9][\w’'.:&!?-]*(?:\s+(?:(?:of|the|a|an|and|in|on|for|to|at|&)\s+)*"
    r"[A-Z0-9][\w’'.:&!?-]*){0,6})"
)
# One word a sentence opens on that names nothing.
_NOT_A_NAME = frozenset(
    "the this that these those it its all in on at a an now our we i you his her their there"
    " here new next every each some both".split()
)


def _named_subject(page: _Page, kept: list[int]) -> str:
    """The name the last line of `kept` opens on, when the review's other lines name it
    twice or more: the work the review is about, however its title was read from the page
    ("Deadwood" for "Deadwood: The Movie premieres on HBO …" under a review of Deadwood)."""
    lead = _LEAD_NAME_RUN.match(page.units[kept[-1]])
    if lead is None:
        return ""
    words = lead.group(1).split()
    others = "\n".join(page.units[i] for i in kept[:-1])
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n]).rstrip(":.!?")
        if len(name) < 3 or (n == 1 and name.lower() in _NOT_A_NAME):
            continue
        if others.count(name) >= 2:
            return name
    return ""


def _closing_line(page: _Page, kept: list[int], title: str) -> bool:
    """True when the last line of `kept` is a note of where and when it shows, of the title
    or of the name the review keeps using (a page whose title reads wrong still closes on "X
    is available to rent on …")."""
    unit = page.units[kept[-1]]
    if _closing_note(unit, title) or is_showing_note(unit, title) or labelled_list(unit):
        return True  # (or a disc's "Extras: a commentary; a trailer; deleted scenes.")
    name = _named_subject(page, kept) if len(kept) > 1 else ""
    return bool(
        name and name != title and (_closing_note(unit, name) or is_showing_note(unit, name))
    )


def _trim_release_notes(page: _Page, kept: list[int], title: str) -> list[int]:
    """`kept` without the release notes and the site's appeals that close it ("X streams on
    Netflix from …", "Get our newsletter delivered every Thursday."), in any order."""
    kept = list(kept)
    while (
        len(kept) > 2
        and (_closing_line(page, kept, title) or _closing_appeal(page.units[kept[-1]]))
    ) or (
        # A review of one long paragraph, then the note.
        len(kept) == 2
        and page.units[kept[0]].count(" ") >= 100
        and _closing_line(page, kept, title)
    ):
        kept.pop()
        while kept and not page.prose(kept[-1]) and not is_closing_sentence(page.units[kept[-1]]):
            kept.pop()
    return kept


#: The most lines a box's summary under its heading has, and the most words in each.
_BOX_SUMMARY_LINES = 2
_BOX_SUMMARY_WORDS = 30


def _without_boxed_summary(page: _Page, kept: list[int]) -> list[int]:
    """`kept` without a box that closes it: a short heading over a line or two of summary,
    with labelled facts (a rating, a director, a runtime) right under them, all after the
    review's paragraphs ("Review Summary", "A patient, moving drama.", "Rating: 4/5"). The
    box's summary is the page's, not the review's last words. A section of the review under
    its heading is no box: a paragraph of some length under it, or a review in sections
    ("Story", "Performances", then "Verdict" and a line)."""
    units = page.units
    n = len(kept)
    run = 0
    while run < min(n, _BOX_SUMMARY_LINES) and units[kept[n - 1 - run]].count(" ") < (
        _BOX_SUMMARY_WORDS
    ):
        run += 1
        if _box_heading(page, kept, n - 1 - run):
            head = n - 1 - run
            last = kept[-1]
            if last - kept[head] != run or not _facts_under(page, last):
                return kept  # not one block with its facts right under it
            if _sectioned(page, kept[:head]):
                return kept  # the last of the review's sections ("Story", …, "Verdict")
            return kept[:head]
    return kept


def _sectioned(page: _Page, kept: list[int]) -> bool:
    """True when the review in `kept` has a heading of its own between its paragraphs: a
    short line over a paragraph, with no sentence's end."""
    units = page.units
    return any(
        not page.prose(i)
        and 0 < n < len(kept) - 1
        and page.prose(kept[n + 1])
        and units[i].count(" ") <= 8
        and units[i].rstrip(_SENTENCE_CLOSERS)[-1:] not in ".!?,;"
        for n, i in enumerate(kept)
    )


def _box_titles(page: _Page, headings: set[int]) -> set[int]:
    """The headings that title a box of facts instead of a part of the review: a short line
    right over two or more labelled facts with values ("At a glance", then "Director: …",
    "Runtime: …"), which the paragraph after the box only seems to stand under."""
    if not headings or not page.labels:
        return set()
    starts = Counter(
        hit.first
        for hit in page.labels
        if any(ch.isalnum() for ch in hit.value) and not page.prose(hit.first)
    )  # (a paragraph run in after its label, "Music: the songs …", is the review's)
    return {
        i
        for i in headings
        if starts[i + 1] and sum(starts[j] for j in range(i + 1, i + 5)) >= _BOX_FACTS
    }


#: The fewest labelled facts under a line that make it a box's title.
_BOX_FACTS = 2


def _facts_under(page: _Page, i: int) -> bool:
    """True when a labelled fact with a value starts right under unit i (a director, a
    runtime, a score), not a widget for the readers' own ratings ("Your rating", "☆☆☆☆☆")."""
    return any(
        hit.first in (i + 1, i + 2)
        and hit.kind != "user_rating"
        and (any(ch.isalnum() for ch in hit.value) or "★" in hit.value)
        and not page.prose(hit.first)
        for hit in page.labels
    )


def _box_heading(page: _Page, kept: list[int], n: int) -> bool:
    """True when kept[n] is a short heading right under a paragraph of the review."""
    if n < 2:
        return False
    unit = page.units[kept[n]]
    return (
        not page.prose(kept[n])
        and unit.count(" ") <= 5
        and unit.rstrip(_SENTENCE_CLOSERS)[-1:] not in ".!?,;"
        and page.prose(kept[n - 1])
        and page.units[kept[n - 1]].count(" ") >= _BOX_SUMMARY_WORDS
    )


_SENTENCE_CLOSERS = "\"'”’)]*"


# What a site says to its readers under an article: its newsletter delivered on a day, a plea
# to support its journalism or to become a member or patron, its magazines or app to buy or
# download, its pages to follow or join on a social network, its comments and their rules, how
# often the story was read. Searched anywhere in a short line, so only in the lines after the
# review's last paragraph (a paragraph of the review may say "journalism" or "Facebook").
_APPEAL = re.compile(
    r"\bdelivered\s+(?:every|each|to\s+your)\s+\w+"
    r"|\b(?:reader|member|audience)\s+support\s+(?:helps|keeps|makes)\b|\bwill\s+you\s+support\b"
    r"|\b(?:to\s+)?support\s+(?:reporting|journalism|our\s+(?:work|journalism|attempts|reporting))\b"
    r"|\b(?:good|independent|quality|investigative)\s+journalism\s+(?:costs|is\s+expensive)\b"
    r"|\b(?:afford\s+to\s+pay|pay)\s+for\s+(?:expensive\s+)?news\s+subscriptions\b"
    r"|\bconsider\s+(?:making\s+)?(?:a\s+)?(?:modest\s+|small\s+)?(?:support|contribution|donation)\b"
    r"|\bbecome\s+a\s+(?:member|patron|subscriber|supporter)\b|\bbuy\s+our\s+[^.]{0,60}\bhere\b"
    r"|\bthank\s+you\s+for\s+(?:visiting|reading)\b"
    r"|\bdownload\s+(?:the|our)\s+(?:[\w’'.&]+\s+){0,4}app\b"
    r"|\bcatch\s+all\s+the\s+(?:[\w’'.&]+\s+){0,3}news\b"
    r"|\b(?:join|follow|find)\s+(?:[\w’'.&@]+\s+){0,8}?on\s+(?:[\w ,]{0,40}\b)?(?:facebook|twitter"
    r"|instagram|snapchat|tiktok|youtube|threads|bluesky|letterboxd|telegram|whatsapp)\b"
    r"|\btell\s+us\s+in\s+the\s+comments\b|\bcomments\s+(?:will\s+be|are)\s+moderated\b"
    r"|\bwould\s+you\s+like\s+to\s+comment\b|\bregister\b[^.]{0,30}\bor\s+sign\s+in\b"
    r"|\b(?:story|article|review)\s+has\s+been\s+(?:viewed|read|shared)\s+[\d,]+\s+times\b"
    r"|^if\s+you\s+(?:or\s+someone\s+you\s+know\s+)?(?:have\s+)?experienced\b[^.]{0,80}\b(?:call|text)\b",
    re.IGNORECASE,
)
# Every phrase of _APPEAL holds one of these words: a cheap test before the expression.
_APPEAL_CUES = re.compile(
    r"(?i)deliver|support|journalism|subscri|contribut|donat|member|patron|buy\s|thank|app\b"
    r"|news|facebook|twitter|instagram|snapchat|tiktok|youtube|threads|bluesky|letterboxd"
    r"|telegram|whatsapp|comment|sign\s+in|times\b|experienced"
)
# A word each match of _APPEAL_CUES holds (`cues.may_hold`).
_APPEAL_WORDS = (
    "deliver", "support", "journalism", "subscri", "contribut", "donat", "member", "patron",
    "buy", "thank", "app", "news", "facebook", "twitter", "instagram", "snapchat", "tiktok",
    "youtube", "threads", "bluesky", "letterboxd", "telegram", "whatsapp", "comment", "sign",
    "times", "experienced",
)  # fmt: skip


def _closing_appeal(unit: str) -> bool:
    """A short line under the review that speaks for the site, not of the film: "Get The Watch
    delivered every Thursday.", "Reader support helps keep our work free.", "Download The Daily
    App", "Follow Daily Celebs on Snapchat, Instagram and X", "Tell us in the comments!"."""
    if unit.count(" ") > 60 or not may_hold(unit, _APPEAL_WORDS) or not _APPEAL_CUES.search(unit):
        return False
    return _APPEAL.search(unit) is not None


# Who a closing note is about when it does not name the film: "The series …", "It …", "In
# theaters Friday.", or a capitalised subject of a few words ("Succession's fourth season").
_NOTE_SUBJECT = re.compile(
    r"[‘“\"']?(?:(?i:(?:the|its|this)\s+(?:film|movie|series|show|season|first|final|last|new"
    r"|next|whole)\b|it\s|all\s|new\s+episodes|episodes\s|season\s|in\s+(?:theaters|theatres"
    r"|cinemas)|out\s+now|now\s+(?:streaming|showing|playing)|streaming\s|available\s)"
    r"|[A-Z][\w’'.:&-]*(?:\s+[\w’'.:&–-]+){0,8}?\s+(?:is|are|premieres?|streams?|opens?|arrives?"
    r"|debuts?|lands?|airs?|continues|returns|releases|launches|begins)\b)"
)
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z‘“\"']")
_WATCH_LABEL = re.compile(
    r"(?i)^(?:(?:how|where)\s+to\s+(?:watch|stream)\s*:|where['’]s\s+it\s+(?:playing|streaming)\?)\s+"
)
_FESTIVAL_PREMIERE = re.compile(
    r"(?i)\b(?:premiered|screened|made\s+its\s+(?:[\w.]+\s+){0,2}premiere)\s+(?:[\w.’'-]+\s+){0,8}?"
    r"(?:at|in)\s+(?:[\w.’'-]+\s+){0,8}?(?:film\s+)?festival\b"
)
_RATED_RUNS = re.compile(
    r"\b(?:is|was)\s+rated\s+[\w-]+(?:\s+and\s+(?:runs|lasts)\s+\d+\s+minutes)?\.?$"
    r"|\b(?:runs|lasts)\s+(?:for\s+)?\d+\s+minutes\.?$"
)


def _closing_note(unit: str, title: str) -> bool:
    """A line after the review that only says where or when to watch: `_release_note`, or one
    short sentence of the kind without the title ("The series streams on Netflix from 3 May.",
    "In theaters Friday.", "X's fourth season premieres March 26 on HBO")."""
    labelled = _WATCH_LABEL.match(unit)  # "How to watch: X is streaming on Netflix."
    if labelled:
        unit = unit[labelled.end() :]
    if unit.count(" ") < 45 and _release_note(_first_sentence(unit), title):
        return True  # (not "X was nominated for … . It opens in theaters this week.")
    if credit_block(unit) is not None or is_credits_paragraph(unit):
        return True  # a closing credit line ("X. Directed by Y. Starring A, B. 180 minutes.")
    words = unit.split()
    if len(words) <= 45 and _SENTENCE_BREAK.search(unit) and _fact_sentences(unit, title):
        return True  # "X is in Spanish with English subtitles. It runs 119 minutes."
    if len(words) > 25 or _SENTENCE_BREAK.search(unit):
        return False
    festival = _FESTIVAL_PREMIERE.search(unit)
    if festival and festival.start() <= 80 and unit.lstrip("‘“\"'")[:1].isupper():
        # "X premiered at the Cannes Film Festival.": where it was first shown, said of it.
        return True
    low = unit.lower()
    if low.startswith(("in theaters", "in theatres", "in cinemas", "now streaming", "out now")):
        return True
    if _SHOWING.match(unit):
        return True  # "Opens Friday at Bay Area theaters.", "Showing at Dendy Canberra Centre."
    if (
        title
        and _NOW_PLAYING_AT.match(unit.lstrip("‘“\"'"), len(title))
        and (unit.lstrip("‘“\"'").startswith(title))
    ):
        return True  # "X is now playing at SIFF Cinema Egyptian and the Grand Illusion."
    if labelled and low.startswith(("premieres ", "opens ", "streams ", "streaming ", "playing ")):
        return True  # "How to watch: Premieres in theaters Dec. 15."
    if _SCORE_NOTE.match(unit) and title and unit.lstrip("‘“\"'").startswith(title):
        return True  # "‘X’ receives 8.5 out of 10 stars.": the score, told once more
    if len(words) <= 16 and _RATED_RUNS.search(unit):
        # "“X” is rated 15 and runs 134 minutes.": the certificate and running time alone.
        subject = unit.lstrip("‘“\"'")
        if (title and subject.lower().startswith(title.lower())) or _NOTE_SUBJECT.match(unit):
            return True
    return bool(
        (_AIRING.search(unit) or _RELEASE_NOTE.search(unit))
        and _NOTE_SUBJECT.match(unit)
        and (_WHEN_WHERE.search(unit) or _PLATFORM_ANY.search(unit))
    )


# A closing sentence of the film's languages: "X (rated R for violence) is in Spanish with
# English subtitles", "… is in Bosnian, English and Serbian with subtitles, and runs 101 minutes".
_SUBTITLED = re.compile(
    r"\b(?:is|was)\s+(?:(?i:mostly|largely|mainly)\s+)?in\s+[A-Z][\w-]+"
    r"(?:(?:,\s*|\s+and\s+)[A-Z][\w-]+)*\s+with\s+(?:(?i:english)\s+)?subtitles\b"
    r"(?:,?\s+and\s+(?:runs|lasts)\s+(?:for\s+)?(\d+)\s+minutes)?\.?$"
)
_BRACKETED = re.compile(r"\s*\([^()]{0,120}\)")
_SENTENCE_SPLIT = re.compile(r"[.!?](\s+)(?=[A-Z])")  # (split_at)
# "It screens at NZIFF in Auckland on 5 August", "It plays at the Ritz from Friday".
_SCREENS_AT = re.compile(
    r"^(?:It|The\s+film|The\s+movie)\s+(?:screens|plays|opens|shows|is\s+(?:screening|showing"
    r"|playing))\s+(?:\w+\s+){0,3}?(?:at|in|on|from)\s+(?:the\s+)?[A-Z0-9]"
)


def _fact_sentences(unit: str, title: str) -> bool:
    """True when a closing line of two or three sentences gives only the film's facts and
    showings, each sentence of the film ("X" or "It"): its languages, certificate, running
    time, where and when it screens ("X is in Spanish with English subtitles. It runs 119
    minutes.")."""
    sentences = [
        _BRACKETED.sub("", part).strip() for part in split_at(_SENTENCE_SPLIT, unit) if part.strip()
    ]
    if not 2 <= len(sentences) <= 3:
        return False
    for sentence in sentences:
        subject = sentence.lstrip("‘“\"'")
        of_film = subject.startswith(("It ", "The film ", "The movie ")) or bool(
            title and subject.lower().startswith(title.lower())
        )
        if not of_film:
            return False
        if _SUBTITLED.search(sentence) or (
            sentence.count(" ") < 16 and _RATED_RUNS.search(sentence)
        ):
            continue
        if sentence.count(" ") < 25 and (
            _SCREENS_AT.search(sentence) or _closing_note(sentence, title)
        ):
            continue
        return False
    return True


# Where and when it shows, with no subject: "Opens Friday at Bay Area theaters.", "Showing at
# Dendy Canberra Centre and Palace Electric." (a place in capitals, not "playing at being …").
_SHOWING = re.compile(
    r"(?i:opens|opening|showing|screening|playing|now\s+playing)\s+(?:\w+\s+){0,3}?"
    r"(?:at|in)\s+(?:the\s+)?[A-Z][^.,;]{1,80}\.?$"
)
# After the title: "is now playing at …", "is showing at …".
_NOW_PLAYING_AT = re.compile(
    r"[’”\"']?\s+(?:is|are)\s+(?:now\s+)?(?:playing|showing|screening)\s+at\b"
)
# A line that gives the review's score as a sentence about the film.
_SCORE_NOTE = re.compile(
    r"^[‘“\"']?[^‘’“”\"]{1,80}[’”\"']?\s+(?:receives|gets|earns|scores)\s+[\d.½]+\s*"
    r"(?:out\s+of|/)\s*\d{1,3}(?:\s+stars?)?\.?$"
)
_WHEN_WHERE = re.compile(
    r"(?i)\b(?:cinemas?|theaters?|theatres?|theatrically|streaming|on\s+demand|digital(?:ly)?|dvd"
    r"|blu-ray|vod|today|tonight|now|tomorrow|this\s+(?:week|weekend|month)|next\s+(?:week|month)"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|jan(?:uary)?|feb(?:ruary)?|march|april|may|june"
    r"|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|\d{1,2}(?:st|nd|rd"
    r"|th)?|weekly|episodes?|channel|network)\b"
)


def _release_note(unit: str, title: str) -> bool:
    """ "Fleabag is on BBC Three.", "The final season of X begins Tuesday on CBC.": a short
    line naming the film or show and where or when it airs."""
    words = unit.split()
    at = unit.lower().find(title.lower()) if title else -1
    if len(words) > 45 or at < 0:
        return False
    # Where it airs is said of the title: the words after it ("X opens in cinemas", "The final
    # season of X begins …"), not "after a Sundance premiere, X is …".
    rest = unit[at : at + len(title) + 80]
    if not (_AIRING.search(rest) or _RELEASE_NOTE.search(rest)):
        return False
    # ... and says where or when: a service, cinemas, a day or a date ("lands softly" does not).
    return bool(_WHEN_WHERE.search(unit) or _PLATFORM_ANY.search(unit))


def _more_prose(page: _Page, i: int) -> bool:
    """True when three paragraphs follow unit i within fifteen lines, with no other stop."""
    found = 0
    for j in range(i + 1, min(i + 16, len(page.units))):
        if page.stop(j):
            return False
        found += page.prose(j)
        if found >= 3:
            return True
    return False


def _after_box(page: _Page, i: int) -> int | None:
    """Where the review resumes after a box of links at unit i ("Related", then titles), or
    None when it does not: no paragraph within six lines, or less than two in all."""
    promo = is_promo(page.units[i])
    for j in range(i + 1, min(i + 7, len(page.units))):
        unit = page.units[j]
        if promo and is_promo(unit):
            continue  # the rest of a newsletter box
        if page.stop(j) and not is_link_box(unit):
            return None
        if page.prose(j) and not is_link_box(unit):
            following = sum(1 for k in range(j, min(j + 4, len(page.units))) if page.prose(k))
            if following < 2:
                return None
            if promo and unit.count(" ") < 15 and j + 1 < len(page.units):
                nxt = page.units[j + 1]
                if page.prose(j + 1) and nxt.count(" ") >= 29:
                    return j + 1  # the newsletter's blurb ("Get the best of movies, TV …")
            # The review's heading may stand between the box's links and the paragraph.
            return j - 1 if j - 1 > i + 1 and _heading_after_box(page, j - 1) else j
    return None


def _after_promo(page: _Page, i: int) -> int | None:
    """Where the review resumes after a newsletter plug at unit i that no box heading
    announces ("Thanks for reading! Subscribe for free …", then "Subscribe"): the plug's lines,
    then two paragraphs of thirty words or more; None otherwise."""
    j = i + 1
    while j < min(i + 4, len(page.units)) and not page.prose(j):
        if page.stop(j) and not is_promo(page.units[j]):
            return None
        j += 1
    long = [
        k
        for k in range(j, min(j + 2, len(page.units)))
        if page.prose(k) and not page.stop(k) and page.units[k].count(" ") >= 29
    ]
    return j if len(long) == 2 else None


def _bare_rating(units: list[str], i: int) -> str | None:
    """The rating a line gives on its own: stars, "4/5", or a score split over two lines
    ("8" then "/10", "7.5" then "out of 10"); None otherwise."""
    unit = units[i]
    if len(unit) > 24:
        return None
    if _BARE_NUMBER.fullmatch(unit) and i + 1 < len(units):
        scale = _SCALE.fullmatch(units[i + 1].strip())
        if scale:
            return canonical_rating(f"{unit}/{scale.group(1)}")
        # "9" over "10", its slash lost: a score and its scale, not a run of numbers.
        scale = re.fullmatch(r"(5|10|100)", units[i + 1].strip())
        alone = not (i and units[i - 1].isdigit()) and not (
            i + 2 < len(units) and units[i + 2][:1].isdigit()
        )
        if scale and alone and float(unit) < int(scale.group(1)):
            return canonical_rating(f"{unit}/{scale.group(1)}")
    value = canonical_rating(unit) if star_rating(unit) else None
    if value is None and _SCORE_LINE.fullmatch(unit):
        value = canonical_rating(unit)
    return value


# A score alone on its line: "4/5", "(9/10)", "4 out of 5 stars", "4 out of 5 skulls" (what
# the site counts in, but not works: "3 out of 8 episodes").
_SCORE_LINE = re.compile(
    r"\(?\s*\d[\d.]*\s*(?:/|out of)\s*\d+\s*"
    r"(?:stars?|(?!(?:episodes|seasons|parts|films|movies|shows)\b)[a-z]{3,12}s)?\s*\)?",
    re.IGNORECASE,
)
_BARE_NUMBER = re.compile(r"\d{1,3}(?:\.\d)?")
_SCALE = re.compile(r"(?:/|out\s+of)\s*(4|5|10|100)", re.IGNORECASE)
_TEN_IN_BRACKETS = re.compile(r"\((\d{1,2}(?:\.\d)?\s*/\s*10)\)")


def _closing_rating(page: _Page, i: int, *, bare: bool = False) -> bool:
    """True when unit i is a rating line that ends the review: at most one paragraph (a
    release note, a one-line summary) follows it before the page's furniture."""
    if not bare and not any(hit.first == i and hit.kind == "rating" for hit in page.labels):
        return False
    prose = 0
    for j in range(i + 1, min(i + 8, len(page.units))):
        if page.stop(j) or (prose and not page.prose(j)):
            break  # the furniture, or the end of the run of text after the rating
        if page.prose(j):
            if page.units[j].count(" ") >= 30:
                return False  # a paragraph of the review, under its verdict
            prose += 1
    return prose <= 1


def _paragraph_like(unit: str) -> bool:
    """Text, not a caption or a stray label: a sentence, or words mostly in lower case."""
    if is_prose(unit) or unit[-1:] in '.!?…"”’)':
        return True
    words = unit.split()
    if len(words) > 10:
        return True
    # Short lines mostly of capitalised words are captions and credits ("Mikey Madison in
    # “Anora”", "Neon"); anything else between paragraphs is kept as text.
    return sum(1 for w in words if w[:1].isupper()) * 10 < len(words) * 6


_HEADING_STOP = re.compile(r"[.,;!…]$|[.!]['\"’”)]$")
# The head of an item of a numbered list ("3. The Look of the Thing", "10) Too Short!").
_NUMBERED_HEAD = re.compile(r"^(\d{1,2})[.)]\s+[A-Z0-9‘“'\"]")


_FACT_BLOCK = re.compile(
    r"^(?:the\s+facts|end\s+credits|cast\s+(?:and|&)\s+crew|credits|full\s+credits|details"
    r"|film\s+details|movie\s+details|film\s+credits|in\s+this\s+article)\s*:?$",
    re.IGNORECASE,
)


def _is_heading(unit: str, following: str | None, *, furniture: bool | None = None) -> bool:
    """A short line standing alone before a paragraph, without a final full stop.

    `furniture` is whether the line is chrome or a stop, when the caller knows already."""
    if len(unit) > 100 or following is None or _FACT_BLOCK.match(unit):
        return False
    if not any(ch.isalpha() for ch in unit):
        return False  # "15", "4": a certificate or a score, not a heading
    if not (
        unit[0].isupper()
        or unit[0].isdigit()
        or unit[0] in "‘“'\""
        or _LOWER_ROMAN.match(unit)  # "ii. Chiron": a part numbered in small numerals
    ):
        return False
    if unit.count(" ") > 13:
        return False
    lead_in = unit.endswith((" ...", " …"))  # "Talk to Your Kids About ...": no full stop
    if not lead_in and _HEADING_STOP.search(unit, max(0, len(unit) - 3)):
        return False
    if following[-1:] not in ".!?" and not is_prose(following):
        return False
    if ("/" in unit or "out of" in unit) and find_rating(unit) is not None:
        return False
    if star_rating(unit) is not None:
        return False
    if _watch_note(unit):
        return False  # "Streaming on Netflix from Thursday": where to watch, not a heading
    if _section_label(unit):
        return False  # "FILM REVIEWS", "Film & TV Reviews": the site's section, no heading
    if furniture is None:
        furniture = is_chrome(unit) or is_hard_stop(unit)
    if furniture:
        return False
    if unit.count(" ") >= 4 or "n’t" in unit or "n't" in unit:
        return True  # "Seven Episodes Isn't Quite Enough": too long, or a verb, for a name
    return not (is_name(unit) and not unit.endswith("?"))


_LOWER_ROMAN = re.compile(r"(?:i{1,3}|iv|vi{0,3}|ix|x)[.)]\s+[A-Z]")


# The words of a site's section label ("FILM REVIEWS", "Movie Review", "Film & TV Reviews").
_MEDIUM_WORDS = frozenset("film films movie movies tv television series shows cinema".split())
_SECTION_WORDS = _MEDIUM_WORDS | frozenset("review reviews & and latest".split())


def _section_label(unit: str) -> bool:
    """A line of a medium's name and "review(s)" alone: the site's section, over any page."""
    words = unit.lower().split()
    return (
        1 < len(words) <= 5
        and all(w in _SECTION_WORDS for w in words)
        and any(w in _MEDIUM_WORDS for w in words)
        and any(w.startswith("review") for w in words)
    )


# Where or when to watch, said without a subject: "Streaming on Netflix from Thursday", "In
# cinemas from Friday", "Now showing".
_WATCH_START = re.compile(
    r"(?i)^(?:now\s+|currently\s+)?(?:streaming|available|showing|playing|in\s+(?:cinemas|theaters"
    r"|theatres)|out\s+(?:now|on)|coming\s+(?:to|soon))\b"
)


def _watch_note(unit: str) -> bool:
    start = _WATCH_START.match(unit)
    if start is None:
        return False
    rest = unit[start.end() :]  # where or when, after the opening words
    return bool(_WHEN_WHERE.search(rest) or _PLATFORM_ANY.search(rest))


_BIO_START = re.compile(r"^(?:he|she|they|their|his|her)\b", re.IGNORECASE)
_BY_PREFIX = re.compile(
    r"^(?:[—–-]+\s*)?(?:(?:by|written\s+by|reviewed\s+by|review\s+by|words\s+by)\s*:?"
    r"|(?:words|text|reporter)\s*:)\s+",
    re.IGNORECASE,
)


_WRITER_LINE = re.compile(r"(?i)^(?:written\s+by|writers?\s*:|screenplay\s*(?:by|:))")
_FILM_CREDIT_LINE = re.compile(
    r"(?i)^(?:directed\s+by|director|starring|stars?\s*:|cast\s*:|produced\s+by|music\s+by)"
)


def _screen_credit(units: list[str], i: int) -> bool:
    """Whether unit i is a film's writing credit ("Written by X", "Writer: X") standing by its
    other credits ("Directed by Y", "Starring Z", "Director: Y"), where a byline's words mean
    the screenplay's author, not the reviewer."""
    if not _WRITER_LINE.match(units[i]):
        return False
    near = units[max(0, i - 2) : i] + units[i + 1 : i + 3]
    return any(_FILM_CREDIT_LINE.match(u) for u in near)


_PIECE_BY = re.compile(
    r"(?i)^(?:synopsis|plot\s+(?:summary|synopsis)|summary|overview|recap|review|interview)"
    r"\s+by\s+(?-i:([A-Z].*?))\.?$"
)


def _piece_byline(unit: str) -> bool:
    """True when `unit` is the byline of another piece on the page: "Synopsis by Jane Doe"."""
    m = _PIECE_BY.match(unit)
    return m is not None and is_name(m.group(1))


def _byline_end(units: list[str], i: int) -> bool:
    """True when units[i] is a byline closing the article: a name (maybe printed twice) then
    a bio, junk or nothing."""
    unit = units[i]
    if "@" in unit:
        unit = without_email(unit)
    if len(unit) > 80 or not unit[:1].isupper() or unit.count(" ") > 7:
        return False
    name = _BY_PREFIX.sub("", unit).strip()
    if not is_name(name):
        return False
    j = i + 1
    while j < len(units) and fold(_BY_PREFIX.sub("", units[j]).strip()) == fold(name):
        j += 1
    if j > i + 1 or name != unit.strip() or j >= len(units) or is_hard_stop(units[j]):
        return True
    following = units[j]
    first_name = name.split()[0]
    return fold(following).startswith(fold(first_name) + " ") or bool(_BIO_START.match(following))


# How a signature under a review opens ("Reviewed by X", "Review by X"), its first letters.
_SIGNED = frozenset(("reviewed", "review b"))


def _footer_reviewer(units: list[str], start: int, end: int) -> Reviewer | None:
    """The author an article's footer names ("Write to X at x@site.com", a blog's "Posted by
    X at 11:42 PM" under the post, "-- Reviewed by X" under the score), if one does."""
    for i in range(start, len(units)):
        unit = units[i]
        head = unit[:6].lower()
        if head.startswith("write"):
            name = footer_author(unit)
            if name:
                return Reviewer(name)
        elif end <= i < end + 15 and head.startswith("posted") and len(unit) < 120:
            name = byline_name(unit)
            if name:
                return Reviewer(name)
        elif end <= i < end + 4 and len(unit) < 80 and unit.lstrip("-–— ")[:8].lower() in _SIGNED:
            name = byline_name(unit.lstrip("-–— "))
            if name:
                return Reviewer(name)  # "-- Reviewed by Jane Doe" under the review's score
    return None


# A one-line author bio: "Jane Doe is a film critic based in Leeds.", "Jane Doe is the Daily
# Reel's chief film critic.", "Jane Doe writes on film and culture for The Daily Reel.".
_BIO_LINE = re.compile(
    r"^([A-Z][\w’'.\-]+(?:\s+[A-Z][\w’'.\-]+){1,3})\s+(?:(?:is|was)\s+(?:a|an|the)\s+[^.]{0,80}?"
    r"\b(?:critic|writer|editor|journalist|contributor|reporter|columnist|correspondent"
    r"|reviewer|freelancer|blogger|film\s+buff)s?\b"
    r"|(?:writes|covers|reviews)\s+(?:(?:about|on)\s+)?[^.]{0,60}?\bfor\s+(?:the\s+)?[A-Z][^.]{0,60}"
    r"\.?$)"
)
_PORTRAIT = re.compile(r"^(?:headshot|portrait|photo|picture|avatar)\s+of\s+(.+?)\.?$", re.I)
_ABOUT_AUTHOR = re.compile(r"^about\s+the\s+(?:author|writer|reviewer|critic)\b", re.IGNORECASE)


# The author's tagline that names nobody: "The writer is a Leeds-based journalist who covers
# film.", "The reviewer is a freelance critic." (not "The writer is a former cop, and it shows").
_UNNAMED_BIO = re.compile(
    r"^the\s+(?:writer|author|reviewer|critic|columnist|contributor)\s+is\s+(?:a|an|the)\s+"
    r"(?:[\w’'\-]+\s+){0,6}?(?:[\w\-]+-based\s+)?(?:freelance\s+)?(?:film\s+|tv\s+|television\s+)?"
    r"(?:critic|writer|journalist|contributor|reporter|columnist|correspondent|reviewer|blogger"
    r"|editor|student|academic|lecturer)s?\b(?![^.]*[.!?]\s+\S)",
    re.IGNORECASE,
)


def _unnamed_bio(unit: str) -> bool:
    """A one-line tagline on the review's writer that names nobody ("The writer is a …")."""
    return unit[:4] in ("The ", "the ") and unit.count(" ") < 30 and bool(_UNNAMED_BIO.match(unit))


def _bio_name(unit: str) -> str | None:
    """The author a one-line bio is about, else None."""
    head = unit[:90]
    if (
        len(unit) > 300
        or not any(map(head.__contains__, (" is ", " was ", " writes ", " covers ", " reviews ")))
        or unit.count(" ") >= 45
    ):
        return None
    m = _BIO_LINE.match(unit)
    return m.group(1) if m and is_name(m.group(1)) else None


def _portrait_name(unit: str) -> str | None:
    """The author an author box's picture names: "Headshot of Jane Doe"."""
    m = _PORTRAIT.match(unit) if len(unit) < 80 else None
    return m.group(1) if m and is_name(m.group(1)) else None


def _more_long_prose(page: _Page, i: int) -> bool:
    """True when a paragraph of thirty words or more follows unit i within three lines."""
    return any(
        page.prose(j) and page.units[j].count(" ") >= 29
        for j in range(i + 1, min(i + 4, len(page.units)))
    )


def _bio_reviewer(units: list[str], end: int) -> Reviewer | None:
    """The author an author box or a bio line after the review names, for a page with no
    byline: "About the author" then "Jane Doe", or "Jane Doe is a film critic …"."""
    for i in range(max(0, end), min(len(units), end + 40)):
        unit = units[i]
        name = _portrait_name(unit)
        if name:
            return Reviewer(name)  # "Headshot of Jane Doe", over her bio
        if _ABOUT_AUTHOR.match(unit) and i + 1 < len(units):
            nxt = units[i + 1].strip()
            if is_name(nxt):
                return Reviewer(nxt)
            name = _bio_name(nxt)
            if name:
                return Reviewer(name, nxt)
        name = _bio_name(unit)
        if name:
            return Reviewer(name, unit)
    return None


def _plain_heading(unit: str, following: str) -> bool:
    """A heading of a few words over the review's first paragraph: no byline, date, label,
    link box or caption, no more than six words."""
    return (
        unit.count(" ") < 6
        and ":" not in unit.rstrip(":")  # "Related Links : Trailer"
        and not is_chrome(unit)
        and not is_link_box(unit)
        and byline_name(unit, following) is None
        # (a label's word over a paragraph, not a value, heads it: "Story", "The Film")
        and (label_kind(unit.rstrip(":")) is None or following.count(" ") >= 24)
        and not is_name(unit)
    )


def _title_case_question(unit: str) -> bool:
    """A question in title case, too long to read as anything but a sentence except by its
    capitals: "Okay, But Is It as Good as Books Two and Three?" (a section's heading)."""
    if not unit.endswith("?") or unit.count(" ") > 13:
        return False
    long_words = [w for w in unit.split() if len(w.strip(",.?!:;'’\"“”")) >= 4]
    return len(long_words) >= 3 and all(w[:1].isupper() for w in long_words)


def _same_style(heading: str, others: list[str]) -> bool:
    """True when another heading starts with the same two words ("Laapataa Ladies Movie
    Review: Script Analysis" and "… Review: Star Performance")."""
    start = heading.split()[:2]
    return len(start) == 2 and any(other.split()[:2] == start for other in others)


def _author_box(units: list[str], end: int, name: str) -> str | None:
    """The bio in an author box further down the page: the reviewer's name alone on a line,
    then a paragraph about them (starting with their name or a pronoun)."""
    key = fold(name)
    first = fold(name.split()[0])
    for i in range(end, min(len(units), end + 60)):
        if is_prose(units[i]) and fold(units[i]).startswith(key + " "):
            return units[i]  # "Theo Marchetti is a senior movies editor at …"
        if i + 1 >= len(units):
            break
        if len(units[i]) <= len(name) + 4 and fold(units[i].strip()) == key:
            following = units[i + 1]
            folded = fold(following)
            if is_prose(following) and (
                folded.startswith(first + " ") or _BIO_START.match(following)
            ):
                return following
    return None


def _end_byline(
    units: list[str], end: int, reviewer: Reviewer | None
) -> tuple[Reviewer | None, str]:
    """The byline and bio that close an article at `end`, if one does."""
    if end >= len(units):
        return None, ""
    unit = units[end]
    name = _BY_PREFIX.sub("", without_email(unit) if "@" in unit else unit).strip()
    if not is_name(name):
        if reviewer and fold(unit).startswith(fold(reviewer.name)) and len(unit.split()) > 4:
            return Reviewer(reviewer.name), unit if is_prose(unit) else ""
        return None, ""
    if not _byline_end(units, end) and not (reviewer and fold(name) == fold(reviewer.name)):
        return None, ""
    j = end + 1
    while j < len(units) and fold(_BY_PREFIX.sub("", units[j]).strip()) == fold(name):
        j += 1
    bio: list[str] = []
    while j < len(units) and len(bio) < 3 and not is_hard_stop(units[j]):
        if not is_prose(units[j]):
            break
        bio.append(units[j])
        j += 1
    return Reviewer(name), " ".join(bio)


# A dateline that opens the review's first paragraph: a place in capitals, maybe a region and
# an agency, then a dash or a colon ("MANILA -- ", "NEW DELHI, India — ", "LAGOS (AFP) – ",
# "LAHORE - ", "DUBAI: ").
_DATELINE = re.compile(
    r"^([A-Z][A-Z.’'\-]+(?:\s+[A-Z][A-Z.’'\-]+){0,3})"
    r"(?:,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?|[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?))?"
    r"(?:\s+\([A-Z][\w. ]{0,15}\))?(\s*(?:--|—|–)\s*|\s+-\s+|:\s*)(?=[A-Z‘“\"'])"
)
# Words in capitals before a colon that open a note or a run-in label, not a place.
_NOT_PLACES = frozenset(
    "note update updated warning spoiler spoilers verdict story plot review synopsis correction "
    "exclusive watch read also related more breaking opinion analysis premise summary".split()
)


# An agency or a site alone in brackets opening the first paragraph: "(CNN) — ", "(SPOT.ph) ".
_BRACKETED_SOURCE = re.compile(r"^\(([A-Z][\w.\-]{1,15})\)(\s+(?:--|—|–|-)?\s*)(?=[A-Z‘“\"'])")


def _dateline_place(unit: str) -> re.Match[str] | None:
    """The dateline that `unit` opens with, when its words name a place (no label nor note)."""
    m = _DATELINE.match(unit)
    if m is None and unit[:1] == "(":
        m = _BRACKETED_SOURCE.match(unit)
        return None if m is None or m.group(1).lower() in _NOT_PLACES else m
    if m is None:
        return None
    place = m.group(1)
    if ":" in m.group(2) and (
        place.lower() in _NOT_PLACES
        or place.rsplit(None, 1)[-1].lower() in _NOT_PLACES  # "THE SHORT VERDICT:"
        or label_kind(place) is not None
        or len(place) < 4
    ):
        return None
    return m


def _past_dateline(unit: str, title: str) -> str:
    """The first paragraph without the dateline it opens with ("MANILA -- There is …"); not
    without the film's title in capitals ("HARBOUR LIGHTS — Ana Lima plays …")."""
    m = _dateline_place(unit)
    if m is None or unit.count(" ", m.end()) < 5 or title_key(m.group(1)) == title_key(title):
        return unit
    return unit[m.end() :]


def _lone_dateline(unit: str) -> bool:
    """A dateline on a line of its own over the first paragraph: "KARACHI:", "LAGOS —"."""
    if not unit[:2].isupper() or unit.count(" ") > 4:
        return False
    m = _dateline_place(unit + " X")
    return m is not None and m.end() == len(unit) + 1


def _sections(body: list[int], headings: set[int], page: _Page, title: str) -> list[Section]:
    """The body's units as sections: a heading starts one; run-in labels ("Story: …",
    "Our Take: …") stay part of their paragraph. A dateline opening the first paragraph is
    the page's (the title in capitals there is the review's)."""
    units = page.units
    sections: list[Section] = []
    heading: str | None = None
    paragraphs: list[str] = []
    for i in body:
        unit = units[i]
        if i in headings:
            if paragraphs or heading is not None:
                sections.append(Section(heading, tuple(paragraphs)))
            heading, paragraphs = unit.rstrip(":").strip(), []
            continue
        if i == body[0] and unit[:2].isupper():
            unit = _past_dateline(unit, title)
        if len(paragraphs) < 2 and not sections:
            # "OPINION: ", "New Delhi: " (under a line of facts that is no paragraph at last)
            unit = past_opening_label(unit, title, first=not paragraphs)
        paragraphs.append(unit)
    if paragraphs or heading is not None:
        sections.append(Section(heading, tuple(paragraphs)))
    return sections


# --- facts -----------------------------------------------------------------------------------


@dataclass
class _Facts:
    cast: tuple[Credit, ...] = ()
    directors: tuple[str, ...] = ()
    runtime: int | None = None
    platform: str | None = None
    rating: str | None = None
    year: int | None = None
    kind: Kind = Kind.FILM
    season: int | None = None
    notes: list[str] = field(default_factory=list)


_ITEM_PAREN = re.compile(r"^(.+?)\s*\((?:as\s+)?([^()]+)\)$")


def _label_credits(
    hits: list[LabelHit],
    known: set[str] | None = None,
    prose_names: frozenset[str] = frozenset(),
    texts: Sequence[str] = (),
) -> list[tuple[str, str | None]]:
    """(actor, role) from cast labels: "A, B,C", "A as X", "A (X)", "Role – Actor" lines.

    Which side of a dash is the actor is decided by evidence: pairs where only one side is a
    person's name vote, and a side the prose credits as an actor settles its own pair. When
    both sides are names throughout, the side the review's `texts` name in full votes (the
    prose calls an actor by name, a character by a first name: "Kath (Jane Turner)")."""
    known = known or set()
    items: list[str] = []
    for hit in hits:
        if hit.kind == "cast" and hit.value:
            items.extend(item.strip() for item in split_names(hit.value))
    votes = 0  # > 0: the actor stands right of the dash
    pairs: list[tuple[str, str]] = []
    for item in items:
        m = _ITEM_DASH.match(item)
        if m:
            left, right = m.group(1).strip(), m.group(2).strip()
            pairs.append((left, right))
            left_name = is_name(re.sub(r"\s*\([^()]*\)", "", left))
            right_name = is_name(re.sub(r"\s*\([^()]*\)", "", right))
            if _DUB_NOTE.search(right) and not _DUB_NOTE.search(left):
                votes += 2  # "Alexandra Trese – Liza Soberano (Filipino version)"
            elif _DUB_NOTE.search(left) and not _DUB_NOTE.search(right):
                votes -= 2
            elif fold(right) in known or (right_name and not left_name):
                votes += 1
            elif fold(left) in known or (left_name and not right_name):
                votes -= 1
    if pairs and not votes and texts:
        told = "\n".join(texts)
        for left, right in pairs:
            in_left, in_right = left in told, right in told
            votes += (in_right and not in_left) - (in_left and not in_right)
    # Rows that run an actor and a role together ("Benedict Cumberbatch Phil Burbank"): when
    # several rows are known to, the list's habit splits the others the same way.
    glued = sum(
        1
        for item in items
        if len(item.split()) >= 4
        or (len(item.split()) == 3 and fold(" ".join(item.split()[:2])) in prose_names)
    )
    out: list[tuple[str, str | None]] = []
    for item in items:
        role: str | None = None
        m = _ITEM_DASH.match(item)
        if m:
            left, right = m.group(1).strip(), m.group(2).strip()
            if fold(right) in known or (votes > 0 and fold(left) not in known):
                item, role = right, left
            else:
                item, role = left, right
        else:
            m = _ITEM_PAREN.match(item) or _ITEM_AS.match(item)
            if m:
                item, role = m.group(1).strip(), m.group(2).strip(" .")
        item = re.sub(r"^(?:and|with|&)\s+", "", item)
        item = _CREDIT_NOTE.sub("", item)
        words = item.split()
        if (
            role is None
            and len(words) >= 3
            and (fold(" ".join(words[:2])) in prose_names or glued >= 2)
            and is_name(" ".join(words[:2]))
        ):
            # "Thomasin McKenzie Lola": a name the prose gives in two words, and a role.
            item, role = " ".join(words[:2]), " ".join(words[2:])
            words = words[:2]
        if len(words) >= 4 and not any(w[:1].islower() or w.endswith(".") for w in words[1:]):
            continue  # an actor and a role run together, with no evidence where to cut
        if role and label_kind(role) in ("director", "crew", "creator"):
            continue  # "Jane Campion Director": a crew row in a cast list
        if is_name(item) or _mononym(item):
            out.append((item, role))
    return out


# A note on how a performer is credited: "(voice)", "(uncredited)", "(English version)".
_CREDIT_NOTE = re.compile(
    r"\s*\((?:voice|uncredited|cameo|[^()]{0,30}\b(?:version|dub|dubbed))\)$", re.IGNORECASE
)
# Of those, the ones that name a dub, which stand beside its actor, never beside the role
# (which "(voice)" may do: "Paddington (voice) – Ben Whishaw"): "(Filipino version)".
_DUB_NOTE = re.compile(r"\([^()]{0,30}\b(?:version|dub|dubbed)\)$", re.IGNORECASE)
_TWO_NAMES = re.compile(r"\b[A-Z][\w’'\-]+\s+[A-Z][\w’'\-]+\b(?!\s+[A-Z])")
_ITEM_DASH = re.compile(r"^(.+?)\s+(?:–|—|-|\.\.\.+|…)\s+(.+)$")
_ITEM_AS = re.compile(r"^(.+?)\s+as\s+(.+)$")


_CAPTION_SPLIT = re.compile(r"\s+(?:in\s+a\s+scene\s+from|stars?\s+in|in)\s+(?=\S)")


_PHOTO_CREDIT = re.compile(
    r"\s*(?:\(?\s*\b(?:photograph|photo|image|picture|credit|courtesy|supplied)\b\s*(?:of|:|by).*)$",
    re.IGNORECASE,
)


_CREDIT_WORDS = ("photo", "image", "picture", "credit", "courtesy", "supplied")
# A photo of an event, where cast and crew stand side by side: "… at the premiere of X".
_EVENT_CAPTION = re.compile(
    r"\bat\s+(?:the|a|an)\s+(?:[\w’'\-]+\s+){0,3}?(?:premiere|screening|photocall|press\s+conference"
    r"|gala|launch|red\s+carpet|awards?|ceremony|festival)\b"
)


def _caption_credits(
    page: _Page, title: str, end: int, headline: str = "", paragraphs: list[str] | None = None
) -> list[tuple[str, str | None]]:
    """Actors named by photo captions of this film: "A and B in “Title.”", "A as X in …",
    "Title: A, B and C. Photograph: …" (a caption must name the film, or credit a character
    the review's `paragraphs` name)."""
    found: list[tuple[str, str | None]] = []
    body = "\n".join(paragraphs) if paragraphs else None
    key = loose_key(title)
    for unit in (*page.units[: min(end, len(page.units))], *page.hints.captions):
        if unit == headline:
            continue  # "X Is Extraordinary in the Quietly Shattering Film": no caption
        if len(unit) < 300 and " at " in unit and _EVENT_CAPTION.search(unit):
            continue  # "A, B and the director C at the premiere of Title": no scene, no part
        film = photo_caption(unit)
        if film is None:
            plain = _plain_caption(unit, key) if len(unit) < 240 and unit[:1].isupper() else []
            credited = plain or _credited_caption(unit, title)
            if not credited and body is not None:
                credited = _untitled_caption(unit, body)
            found.extend(credited)
            continue
        if loose_key(film) != key:
            continue
        people = _CAPTION_SPLIT.split(unit, maxsplit=1)[0]
        for item in re.split(r",\s*(?:and\s+)?|\s+and\s+", people):
            name, _, role = item.partition(" as ")
            name = name.strip()
            if is_name(name):
                found.append((name, role.strip() or None))
    return found


# What closes a photo caption: "Photograph: Ana Lutz/Channel Nine", "BBC/Lookout Point", "CBC".
_CAPTION_CREDIT = re.compile(
    r"(?:[.,]\s*|\s+)(?:\(?\s*(?i:photograph|photo|image|picture|credit|courtesy|pic)\b.*"
    r"|[A-Z][\w&.’'\- ]{0,30}(?:/[\w&.’'\- ]{1,30})+|[A-Z]{2,}[\w&.\- ]{0,20})$"
)
_BRACKETED_CREDIT = re.compile(r"\s*\([^()]*/[^()]*\)\s*$")  # "(IFC Films/Elevation Pictures)"
_CAPTION_PLACE = re.compile(
    r",\s+(?:far\s+)?(?:left|right|centre|center|top|bottom)(?=,)|\s+\((?:far\s+)?(?:left|right"
    r"|centre|center|top|bottom)\)"
)
_CAPTION_PLAY = re.compile(r"\s+play\s+[a-z][^.]{2,80}?\s+in\s+(?=[A-Z‘“\"'])")
_CAPTION_NAME = r"[A-Z][\w’'\-.]+(?:\s+(?:[A-Z][\w’'\-.]+|de|da|van|von|del|la|le)){1,3}"
_CAPTION_ITEM = (
    rf"{_CAPTION_NAME}(?:\s+as\s+(?:the\s+|a\s+|an\s+)?[A-Z][\w’'\-.]*"
    r"(?:\s+[A-Z][\w’'\-.]*){0,3})?"
)
_CAPTION_LIST = re.compile(
    rf"^({_CAPTION_ITEM}(?:,\s+{_CAPTION_ITEM})*(?:,?\s+and\s+{_CAPTION_ITEM})?)"
    r"(?:\s+in\s+(.{1,80}?))?\.?$"
)


_TITLED = re.compile(r"\b[A-Z0-9]")


_WRAPPED_CAPTION = re.compile(r"^\[(?:Image|Photo|Picture|Caption):\s+(.{8,238}?)\]?$")


def wrapped_caption_roles(units: list[str], title: str) -> list[tuple[str, str | None]]:
    """Credits of a caption that a page saved as text keeps in brackets: "[Image: A as X in
    Title. Courtesy of …]", read as `_plain_caption` reads a caption of its own."""
    found: list[tuple[str, str | None]] = []
    key = loose_key(title)
    for unit in units:
        if unit.startswith("[") and " as " in unit and (m := _WRAPPED_CAPTION.match(unit)):
            found.extend(_plain_caption(m.group(1).rstrip("]").strip(), key))
    return found


def _plain_caption(unit: str, title_key: str) -> list[tuple[str, str | None]]:
    """Credits from a caption without quotes: "A as the Priest and B as Fleur. Photograph: …",
    "A, B and C in the final season of Title. CBC". The caption must be nothing but names
    (with roles), then the film it shows: a caption of another film credits nobody."""
    if " as " not in unit and " in " not in unit:
        return []
    core = _CAPTION_CREDIT.sub("", _BRACKETED_CREDIT.sub("", unit)).strip().rstrip(".").strip()
    if " play " in core or ", left" in core or ", right" in core or "(" in core:
        # "A, left, and B play the co-CEOs of X in Title": where they stand and what they
        # share are left out; the names and the film remain.
        core = _CAPTION_PLACE.sub("", core)
        core = _CAPTION_PLAY.sub(" in ", core, count=1)
    m = _CAPTION_LIST.match(core)
    if not m:
        return []
    shown = m.group(2)
    if shown is not None:
        if not title_key or f" {title_key} " not in f" {loose_key(shown)} ":
            return []  # another film's photo
        film, comma, _ = shown.partition(", ")
        if comma and f" {title_key} " not in f" {loose_key(film)} " and _TITLED.search(film):
            return []  # "in a scene from Paper Moons, an influence on Title": another film's
    elif " as " not in m.group(1) or core == unit.strip().rstrip("."):
        return []  # names alone, or with no photo credit: not surely a caption
    found: list[tuple[str, str | None]] = []
    for item in re.split(r",\s+(?:and\s+)?|\s+and\s+(?=[A-Z])", m.group(1)):
        name, _, role = item.partition(" as ")
        name = name.strip()
        if not is_name(name):
            return []
        found.append((name, role.strip() or None))
    return found


_PRONOUNS = frozenset("him them it this that these those everyone someone he she they".split())
_DETERMINER_WORDS = frozenset("a an the his her their its our my your".split())
_TRAILING_NAME = re.compile(r"(?<![\w’'])((?:[A-Z][\w’'\-]*\s+)*[A-Z][\w’'\-]*)$")


def _by_first_mention(credits: list[Credit], units: list[str]) -> tuple[Credit, ...]:
    """The credits in the order their actors are first named on the page (labels, headline
    and all); a name the page never spells out whole keeps its place after the others."""
    if len(credits) < 2:
        return tuple(credits)
    text = "\n".join(units)
    where: dict[int, tuple[int, int]] = {}
    for n, credit in enumerate(credits):
        at = text.find(credit.actor)
        where[n] = (at if at >= 0 else len(text), n)
    return tuple(credits[n] for n in sorted(where, key=lambda n: where[n]))


def _named_character(role: str | None, title: str) -> bool:
    """A character's name of one to four capitalised words, not the film's title."""
    if not role:
        return False
    words = role.split()
    return (
        len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and fold(role) != fold(title)
        and words[0] not in ("The", "A", "An")
    )


def _described(role: str) -> bool:
    """True for a role given as a description ("the botanist"), not a name ("Mark Watney")."""
    return not role[:1].isupper() or role.split()[0].lower() in _DETERMINER_WORDS


def _tidy_role(role: str) -> str | None:
    """A role as a reader would write it: no pronoun ("plays him"), no leading filler
    ("then Sarah", "with Golu Gupta"), no surrounding quotes or punctuation."""
    role = role.strip(" ,.;:“”\"'‘’")
    words = role.split()
    if not words or words[0].lower() in _PRONOUNS or (len(words) == 1 and role.lower() == "her"):
        return None
    first = words[0]
    if first[:1].islower() and first.lower() not in _DETERMINER_WORDS:
        named = _TRAILING_NAME.search(role)
        if named and named.start() > 0:
            return without_epithet(named.group(1))
    return without_epithet(role)


_CAPTION_ROLE = re.compile(r"\s+(?:as|plays|portrays)\s+")
# A credited caption that gives one actor a character: "A plays Penny in …", "A stars as Jack
# Delroy, a late-night host …", "A returns as probate lawyer Helen Fisk in season three".
_CAPTION_PART = re.compile(
    r"((?:[A-Z][\w’'\-.]+\s+){1,3}[A-Z][\w’'\-]+)\s+(?:plays|portrays|performs|(?:stars|returns"
    r"|appears)\s+as)\s+(?:(?:the\s+)?(?:[a-z][\w\-]*\s+){0,3})?"
    r"([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,3})(?:\s+in\b|,|$)"
)


def _untitled_caption(unit: str, body: str) -> list[tuple[str, str | None]]:
    """ "A plays Penny in the new drama. PHOTO: SUPPLIED": a credited caption that does not
    name the film, believed when the review itself names the character."""
    if len(unit) > 240 or not (
        " as " in unit or "play" in unit or "portray" in unit or "perform" in unit
    ):
        return []
    low = unit.lower()
    if not any(word in low for word in _CREDIT_WORDS):
        return []
    text = _PHOTO_CREDIT.sub("", unit)
    if text == unit:
        return []
    m = _CAPTION_PART.match(text.strip(" .:;,"))
    if m is None or not is_name(m.group(1)):
        return []
    role = m.group(2)
    if not re.search(rf"(?<![\w’'\-]){re.escape(role.split()[0])}(?![\w’'\-])", body):
        return []
    return [(m.group(1), role)]


def _credited_caption(unit: str, title: str) -> list[tuple[str, str | None]]:
    """Names in a credited photo caption that names the film without quotes."""
    if len(unit) > 240 or not title:
        return []
    low = unit.lower()
    if not any(word in low for word in _CREDIT_WORDS) or not _PHOTO_CREDIT.search(unit):
        return []
    at = unit.lower().find(title.lower())
    if at < 0:
        return []
    shown = unit.find(" in ", 0, at)
    if shown != -1 and _TITLED.search(unit[shown + 4 : at].split(",", 1)[0]):
        return []  # "A in Night Bus, which Title recalls": another film's photo
    text = _PHOTO_CREDIT.sub("", unit)
    text = (text[:at] + " " + text[at + len(title) :]).strip(" .:;,")
    text = re.sub(r"\s+in\s*$|\s+in\s+(?:the\s+)?(?:series|show|film|season\s+\w+)\b.*$", "", text)
    found: list[tuple[str, str | None]] = []
    for item in re.split(r",\s*(?:and\s+)?|\s+and\s+|:\s*", text):
        # "A as X", and "A plays X" ("Vicky Kaushal plays Sam Manekshaw in the film")
        parts = _CAPTION_ROLE.split(item.strip(" ."), maxsplit=1)
        name, role = parts[0], parts[1] if len(parts) > 1 else ""
        role = re.sub(r"\s+in$", "", role.strip())
        if is_name(name.strip()):
            found.append((name.strip(), role or None))
    return found


def _mononym(item: str) -> bool:
    """A one-word stage name ("Rajinikanth"), not a menu or label word."""
    if not re.fullmatch(r"[A-Z][a-zà-ÿ’'\-]{2,20}", item) or fold(item) in _MENU_WORDS:
        return False
    return label_kind(item) is None


def _label_names(hits: list[LabelHit], kinds: tuple[str, ...]) -> list[str]:
    names: list[str] = []
    for hit in hits:
        if hit.kind in kinds and hit.value:
            for item in split_names(hit.value):
                item = re.sub(r"^(?:and|&)\s+", "", item.strip())
                if is_name(item) or _mononym(item):
                    names.append(item)
    return names


def _label_directors(hits: list[LabelHit]) -> list[str]:
    """The directors the labels name, siblings written "Joel and Ethan Coen" each in full."""
    names: list[str] = []
    for hit in hits:
        if hit.kind == "director" and hit.value:
            names.extend(shared_surname(hit.value, _label_names([hit], ("director",))))
    return names


_PLATFORM_NAMES = (
    r"Amazon\s+Prime\s+Video|Amazon\s+Prime|Prime\s+Video|Apple\s+TV\s*\+|Apple\s+TV\s+Plus"
    r"|Disney\s*\+\s*Hotstar|Disney\s*\+|Disney\s+Plus|Paramount\s*(?:\+|\s+Plus)\s+with\s+Showtime"
    r"|Paramount\s*\+|Paramount\s+Plus|HBO\s+Max"
    r"|HBO|Max|Netflix|Hulu|Peacock|MUBI|Mubi|SonyLIV|Sony\s+LIV|ZEE5|JioCinema|JioHotstar|Hotstar"
    r"|BBC\s+(?:One|Two|Three|Four|iPlayer)|ITVX|ITV1|ITV|Channel\s+4|Sky\s+Atlantic|(?i:now)\s+TV"
    r"|Starz|Showtime|AMC\+|AMC|FX\s+on\s+Hulu|FX|Shudder|Crunchyroll|Apple\s+TV|BritBox|Acorn\s+TV|Tubi"
    r"|Criterion\s+Channel|Curzon\s+Home\s+Cinema|Aha|Sun\s+NXT|Voot|ALTBalaji|MX\s+Player"
    r"|CBC|CBC\s+Gem|Crave|ABC\s+iview|ABC\s+TV|ABC|NBC|CBS|PBS|Channel\s+5|Stan|Binge|Foxtel"
    r"|RTÉ\s+(?:One|2|Player)|RTÉ|RTE\s+(?:One|2|Player)|SBS\s+On\s+Demand"
)
_ON_PLATFORM = re.compile(r"\s+on\s+(?:" + _PLATFORM_NAMES + r")$")
# Several services named together: "HBO and Max", "Sky Atlantic and NOW TV", "FX, Hulu".
_PLATFORM_LIST = (
    r"(?:"
    + _PLATFORM_NAMES
    + r")(?![\w+])(?:(?:\s*,\s*|\s+(?i:and)\s+|\s*&\s*)(?:"
    + _PLATFORM_NAMES
    + r")(?![\w+]))*"
)
_PLATFORM_RUN = re.compile(r"(" + _PLATFORM_LIST + r")")
# Where it streams, before any other mention: "premieres on HBO and will stream on Max".
_PLATFORM_STREAM = re.compile(
    r"(?<!also\s)\b(?i:streams?|streaming|watch\s+it|available\s+to\s+stream)\s+(?:\w+\s+){0,3}?"
    r"(?i:on|via)\s+(?:the\s+)?(" + _PLATFORM_LIST + r")"
)
_PLATFORM_PROSE = re.compile(
    r"\b(?i:on|via|streaming|streams|stream|to|from|at)\s+(?:the\s+)?(" + _PLATFORM_LIST + r")"
)
# "this seven-part Netflix drama", "an HBO original"
_PLATFORM_ADJECTIVE = re.compile(
    r"\b(?i:this|the\s+new|its)\s+(?:[\w-]+\s+){0,2}?(" + _PLATFORM_NAMES + r")\s+"
    r"(?:original\s+)?(?:drama|series|show|film|movie"
    r"|thriller|comedy|documentary|docuseries|miniseries|limited\s+series|original|release)\b"
)
_PLATFORM_ANY = re.compile(r"(?<![\w])(" + _PLATFORM_NAMES + r")(?![\w+])")
# The first word of every service in _PLATFORM_NAMES, as written there ("now" aside, which is
# in any case): every name of it starts with one of these. A search for the names themselves
# tries the whole list at every character of a review (a fifth of a millisecond a review
# that names none); these words are found by a search that skips to the capitals, and the
# expressions that need a name are then tried only just before one (`_platform_heads`).
_PLATFORM_HEADS = (
    "Amazon", "Prime", "Apple", "Disney", "Paramount", "HBO", "Max", "Netflix", "Hulu",
    "Peacock", "MUBI", "Mubi", "Sony", "ZEE5", "Jio", "Hotstar", "BBC", "ITV", "Channel", "Sky",
    "Starz", "Showtime", "AMC", "FX", "Shudder", "Crunchyroll", "BritBox", "Acorn", "Tubi",
    "Criterion", "Curzon", "Aha", "Sun", "Voot", "ALTBalaji", "MX", "CBC", "Crave", "ABC", "NBC",
    "CBS", "PBS", "Stan", "Binge", "Foxtel", "RTÉ", "RTE", "SBS",
)  # fmt: skip
# "now" (of "NOW TV") in each of its cases: no other letter is a case-blind "n", "o" or "w".
_NOW_CASES = tuple(a + b + c for a in "nN" for b in "oO" for c in "wW")
_PLATFORM_HEAD = re.compile(literal_alternation(_PLATFORM_HEADS + _NOW_CASES))
# The letters _PLATFORM_PROSE's cue words start with, in either case ("ſ" is a case-blind "s").
_CUE_FIRST = frozenset("oOvVsStTfFaAſ")
_DIRECTED = re.compile(r"\b(?:directed|helmed)\s+by\s+", re.IGNORECASE)


def _lead_prose(page: _Page, h: int, start: int) -> list[str]:
    """The running text between the headline and the review: a standfirst, a synopsis box
    ("A novelist, Sandra (Sandra Hüller), lives …"), and a saved page's own summary. Its
    credits count like the review's."""
    lead = [
        page.units[i]
        for i in range(h + 1, min(start, len(page.units)))
        if i not in page.label_units
        and not page.chrome(i)
        and not page.stop(i)
        and is_prose(page.units[i], 6)
    ]
    if page.hints.description and page.hints.description not in lead:
        lead.insert(0, page.hints.description)
    return lead


def _box_links(page: _Page, first: int, start: int) -> set[int]:
    """The lines under a box's heading ("TRENDING NOW", "Related") above the review: other
    articles' headlines, up to the next paragraph of some length."""
    found: set[int] = set()
    boxed = False
    for i in range(first, min(start, len(page.units))):
        if page.stop(i):
            boxed = True
        elif boxed and page.units[i].count(" ") < 24:
            found.add(i)
        else:
            boxed = False
    return found


# A sentence that opens with a surname alone credited with a character's name: "Tanna plays
# Jagruti Pathak", "Rogen stars as Matt Remick, a film nerd …". The verbs are found by plain
# search (most paragraphs have none), then the word before and the name after are read.
_PART_VERBS = (" plays ", " stars as ", " returns as ")
_ROLE_NAMED = re.compile(r"[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,3}(?=[,.;:!?]|\s+[a-z(–—]|$)")


def _surname_parts(
    texts: list[str],
    units: Sequence[str],
    known: Known,
    found_so_far: list[tuple[str, str | None]],
    makers: set[str],
    title: str,
) -> list[tuple[str, str | None]]:
    """Parts credited to a surname alone ("Tanna plays Jagruti Pathak") that no credit has
    named in full: the actor is the one full name the page gives with that surname (in its
    headline, a paragraph, its tags), never a maker's."""
    found: list[tuple[str, str | None]] = []
    credited: set[str] | None = None
    text = "\n".join(texts)  # one search a verb, not one a paragraph
    if text:
        for verb in _PART_VERBS:
            at = text.find(verb)
            while at != -1:
                part = _surname_part(text, at, verb)
                at = text.find(verb, at + 1)
                if part is None:
                    continue
                surname, role = part
                if credited is None:
                    credited = {actor.rsplit(" ", 1)[-1] for actor, _ in found_so_far}
                if surname in credited or known.full(surname) is not None:
                    continue
                if fold(role) == fold(title) or known.full(role) is not None:
                    continue
                owner = _one_owner(surname, units, makers)
                if owner is not None:
                    found.append((owner, role))
    return found


def _surname_part(text: str, at: int, verb: str) -> tuple[str, str] | None:
    """(surname, role) when the sentence opens with one capitalised word right before `verb`
    at `at`, and a character's name follows it."""
    space = max(text.rfind(" ", max(0, at - 30), at), text.rfind("\n", max(0, at - 30), at))
    if space != -1 and text[space] == " " and (space == 0 or text[space - 1] not in ".!?"):
        return None  # mid-sentence: "Hal Mercer plays …" is a full name's
    word = text[space + 1 : at]
    if not word[:1].isupper() or not word.replace("-", "").replace("’", "").isalpha():
        return None
    role = _ROLE_NAMED.match(text, at + len(verb))
    return (word, role.group()) if role else None


def _one_owner(surname: str, units: Sequence[str], makers: set[str]) -> str | None:
    """The one full name the page gives that ends with `surname`, when it is a person's and no
    maker's."""
    pattern = re.compile(
        rf"\b[A-Z][\w’'\-.]+(?:\s+[A-Z][\w’'\-.]+){{0,2}}\s+{re.escape(surname)}\b"
    )
    owners = {
        fold(n.group()): n.group()
        for unit in units
        if surname in unit
        for n in pattern.finditer(unit)
    }
    if len(owners) != 1:
        return None
    key, name = next(iter(owners.items()))
    return name if is_name(name) and key not in makers else None


def _facts(
    page: _Page,
    paragraphs: list[str],
    title: str,
    info: Headline,
    start: int,
    end: int,
    headline: str,
    lead: list[str] | None = None,
) -> _Facts:
    hits = page.labels
    boxed = other_film_boxes(page.units, hits, page.label_units, title, paragraphs, headline)
    if boxed:
        hits = [hit for hit in hits if hit.first not in boxed]  # another film's box
    out = _Facts()
    credit_texts = [*(lead or ()), *paragraphs]
    # The prose's runtime is looked for only if the page's labels and lines of facts have none.
    prose = extract_facts(credit_texts, all_facts=False, runtime=False)

    # Cast: labels first, then prose; the two agree on names by folding.
    long_items = any(
        hit.kind == "cast" and hit.value and len(hit.value.split(",")[0].split()) >= 3
        for hit in hits
    )
    prose_names = (
        frozenset(fold(m.group()) for text in paragraphs for m in _TWO_NAMES.finditer(text))
        if long_items
        else frozenset()
    )
    label_cast = _label_credits(
        hits, {fold(c.actor) for c in prose.cast}, prose_names, credit_texts
    )
    # A closing credit block ("… presents a film directed by X. With A, B.") counts as labels.
    block = find_credit_block(page.units[max(start, end - 8) : end + 30])
    if not (block.cast or block.directors):
        block = _credits_line(page, start)
    label_cast.extend((actor, None) for actor in block.cast)
    makers = _label_names(hits, ("director", "crew", "creator"))
    crew = {fold(n) for n in makers}
    known_actors = {fold(a): a for a, _ in label_cast}
    for credit in prose.cast:
        known_actors.setdefault(fold(credit.actor), credit.actor)
    directors_named = set() if prose.directors_weak else {fold(d) for d in prose.directors}
    known = Known(known_actors, crew | directors_named)
    cast: dict[str, Credit] = {}
    order: list[str] = []

    title_words = f" {loose_key(title)} "
    title_low = title.lower()
    labelled = {fold(a) for a, _ in label_cast}

    def _bracketed_character(actor: str, role: str | None) -> bool:
        if not _named_character(role, title):
            return False
        return any(f"({actor})" in text or f"({actor}," in text for text in credit_texts)

    # A maker the prose says also performs ("X also stars as Ada Lund") is cast too.
    acting = makers_acting(credit_texts, [*makers, *prose.directors])
    performing = {fold(actor) for actor, _ in acting}

    def add(actor: str, role: str | None) -> None:
        key = fold(actor)
        if role and role[:2] in ("19", "20") and role.isdigit() and len(role) == 4:
            return  # "Ikiru (1952)" under "Cast & Crew": a title and its year, no credit
        if (
            key in crew
            and key not in labelled
            and key not in performing
            and not _bracketed_character(actor, role)
        ):
            return  # a maker, unless the prose gives them a character by name: "Eddie (X)"
        if (
            key not in labelled
            and actor.split()[-1].lower() in title_low
            and f" {loose_key(actor)} " in title_words
        ):
            return  # a name that is the film's title, or part of it
        if role is not None:
            role = _tidy_role(role)
            if not role or fold(role) == key or len(role) > 80:
                role = None
        have = cast.get(key)
        if have is None:
            cast[key] = Credit(actor, role)
            order.append(key)
        elif role and (
            have.role is None
            or (_described(have.role) and not _described(role))
            or (
                not _described(role)
                and (role.startswith(have.role + " ") or role.endswith(" " + have.role))
                and role.count(" ") < 4
            )
        ):
            # A name beats a description, and a fuller name ("Jamie Miller") a shorter one.
            cast[key] = Credit(have.actor, role)

    captions = _caption_credits(page, title, end, headline, paragraphs)
    if captions:
        # A caption's actor ("Demi Moore in The Substance") is one the prose may name by surname.
        known = known.extended(actor for actor, _ in captions)
    extra = prose_roles(credit_texts, known, title)
    extra.extend(
        _surname_parts(credit_texts, page.units, known, extra, crew | directors_named, title)
    )
    for actor, role in label_cast:
        add(actor, role)
    for credit in prose.cast:
        add(credit.actor, credit.role)
    for actor, role in [*extra, *captions, *acting]:
        add(actor, role)
    for actor, role in wrapped_caption_roles(page.units[: min(end, len(page.units))], title):
        if fold(actor) in cast:  # a role for an actor credited already, never a new actor
            add(actor, role)
    # An actor the prose alone credits, always in a clause about another film or season, is
    # that film's cast ("last season's X", "X, so good in Y").
    backed = labelled | {fold(actor) for actor, _ in captions}
    folded_roles = {k: fold(c.role) for k, c in cast.items() if c.role}
    for key in list(order):
        if key in backed:
            continue
        others = {r for k, r in folded_roles.items() if k != key and k in cast}
        if only_compared(cast[key].actor, credit_texts, season=info.season) or not_this_cast(
            cast[key].actor, credit_texts, title, others, cast[key].role
        ):
            del cast[key]
            order.remove(key)
    # A credit the prose alone gives in a weak shape needs a second piece of evidence.
    prose_only = set(order) - backed - performing
    for key in unbelieved([cast[k] for k in order], order, prose_only, credit_texts, page.units):
        del cast[key]
        order.remove(key)
    for key in [k for k in order if k in prose_only and " " in cast[k].actor]:
        # "Sadly Ines Varga", "Scene-stealer Ines Varga": a word before the name (name_edges.py)
        bare = without_lead_word(cast[key].actor, credit_texts)
        if bare != cast[key].actor:
            at = order.index(key)
            credit = cast.pop(key)
            if fold(bare) in cast:
                del order[at]
            else:
                order[at] = fold(bare)
                cast[fold(bare)] = Credit(bare, credit.role)
    whole = whole_names([cast[k] for k in order], credit_texts, page.units)
    out.cast = merge_aliases(_by_first_mention(whole, page.units), labelled)
    out.cast = tuple(prose_forms(out.cast, credit_texts))
    out.cast = settle_roles(out.cast, credit_texts, page.units)

    # Directors: labels, else the prose's ("X's drama" only for films: on a series page the
    # owner of the show is its creator).
    series_page = info.kind is Kind.SERIES or _series_kicker(page.units, headline)
    label_directors = _label_directors(hits) or list(page.hints.directors) or list(block.directors)
    # A character's name is no director ("as news director Lindsay Cunningham", "asks the
    # director, Schubert Green (X)"), nor a company's or a paper's ("walked out of the Daily
    # Star, directs").
    role_keys = {fold(c.role) for c in out.cast if c.role}

    def person(name: str) -> bool:
        return name in label_directors or (fold(name) not in role_keys and not not_a_person(name))

    named = [] if prose.directors_weak else [d for d in prose.directors if person(d)]
    maker = _maker_by_title(page.units[: end + 1], title) if not label_directors else None
    directors = _dedupe(label_directors) or ([maker] if maker else named)
    fixed = bool(label_directors or maker)
    guessed = False  # the directors are only the prose's weak votes ("X's drama")
    if not directors:
        # (one the prose says both makes the film and performs in it may be its director)
        cast_keys = {fold(c.actor) for c in out.cast} - performing
        crew_keys = frozenset(fold(n) for n in _label_names(hits, ("crew", "creator")))
        top = [
            u
            for i, u in enumerate(page.units[: max(start, 1)])
            if len(u) < 400 and not page.chrome(i) and not page.stop(i)
        ]
        surnames = _surnames([*top, *paragraphs])
        labelled_lines = [page.units[i] for i in sorted(page.label_units)]
        # A saved page's own summary (its meta description) is the site's standfirst.
        summary = [page.hints.description] if page.hints.description else []
        strong, weak = prose_directors(
            [*summary, *top, *paragraphs, *labelled_lines], surnames, cast_keys, title, crew_keys
        )
        strong = [d for d in strong if person(d)]
        weak = [group for group in weak if all(map(person, group))]
        prosed = [d for d in prose.directors if person(d)]
        directors = strong or prosed or (weak[0] if weak and not series_page else [])
        guessed = not strong and not prosed and bool(directors)
        if guessed and len(title_owners(title, [*top, *paragraphs])) > 1:
            directors = []  # "Eggers's Nosferatu" and "Murnau's Nosferatu": two films
    actor_keys = {fold(c.actor) for c in out.cast}
    directors = [d for d in directors if person(d)]
    out.directors = tuple(
        d for d in directors if fold(d) not in actor_keys or d in label_directors
    ) or tuple(directors)
    if not label_directors and len(prose.directors) > 1:
        out.notes.append("more than one candidate for director")
    out.cast = _drop_misread_credits(out.cast, out.directors, labelled)

    # Runtime, rating, platform: labels, then lines that are only the fact, then prose.
    lead = lead or []
    out.runtime = _runtime(
        page, hits, lambda: block.runtime_minutes or prose_runtime(credit_texts), paragraphs, end
    )
    out.rating = _rating(page, hits, paragraphs, start, end)
    out.platform = _platform(
        page, hits, paragraphs, start, end, _headline_at(page, headline, start), title, series_page
    )

    # Year: the headline, "Title (2023)", a release label; never a publish date alone.
    year = info.year
    if year is None:
        year = _title_year(page, title, paragraphs, start, end)
    if year is None:
        for hit in hits:
            if hit.kind == "release" and hit.value:
                m = re.search(r"\b(19[0-9]\d|20\d\d)\b", hit.value)
                if m:
                    year = int(m.group(1))
                    break
    if year is None:
        first = _headline_at(page, headline, start)
        boxed = _box_links(page, first, start)
        top_lines = [
            page.units[i]
            for i in range(first, min(start, len(page.units)))
            if i not in page.label_units and i not in boxed and not _dateline(page.units[i])
        ]
        after = [u for u in page.units[max(start, end - 3) : end + 6] if not _dateline(u)]
        # A later season's review tells when the show began ("When X arrived in 2021"): that
        # is the first season's release, not a year stated for the season reviewed.
        year = _release_year(
            title,
            [*top_lines, *(lead or ()), *paragraphs, *after],
            past=(info.season or 0) < 2,
        )
    out.year = year

    # Kind and season.
    season = info.season
    series = info.kind is Kind.SERIES
    top = page.units[: max(start, 1)]
    if not series and (
        _series_kicker(page.units, headline)
        or any(
            hit.kind == "crew" and re.match(r"(?i)seasons?|episodes?", hit.label) for hit in hits
        )
        or any(hit.kind == "creator" for hit in hits)
        or any(
            _SERIES_CUE.search(u) and not _BOTH_KINDS.search(u)
            for i, u in enumerate(top)
            if len(u) < 200 and not page.chrome(i)
        )
    ):
        series = True
    body_low = " ".join(map(lowered, paragraphs))  # (the same as lowercasing the joined text)
    if (
        not series
        and body_low.count("episode") >= 2
        and len(_EPISODES.findall(body_low)) >= 2
        and len(_SHOW_WORDS.findall(body_low)) > len(_FILM_WORDS.findall(body_low))
    ):
        series = (
            True  # episodes, unless the page keeps calling itself a film ("the jatara episode")
        )
    if (
        not series
        and not _FILM_WORDS.search(body_low)
        and not _FILM_WORDS.search(headline.lower())
        and len(_SHOW_WORDS.findall(body_low)) >= 3
    ):
        series = True  # "the show", "the series", and never once a film
    if not series and any(
        _SEASON_CUE.search(u) or (_EPISODE_COUNT.search(u) and not _FILM_WORDS.search(u.lower()))
        for u in (headline, *lead[:3], *paragraphs[:1])
        if len(u) < 1500 and may_hold(u, _SEASON_WORDS) and _SEASON_CUE_WORDS.search(u)
    ):
        # "… says goodbye with a sixth season", "ITV's four-part account of …", "the
        # eight-episode spin-off" in the headline, the standfirst or the review's first lines
        series = True
    if series and season is None:
        for text in (headline, *top[-12:]):
            if text is not headline and is_chrome(text):
                continue  # "Share article · Season 3": a widget's words
            season = _season_in(text)
            if season:
                break
    if series and season is None:
        season = _season_in(" ".join([*lead[:3], *paragraphs[:3]]))
    if series and season is None:
        season = _one_season_named(paragraphs)
    in_box = _boxed_season(page) if not series or season is None else None
    if in_box is not None:
        series, season = True, season or in_box
    out.kind = Kind.SERIES if series else Kind.FILM
    out.season = season
    if series and guessed and out.directors == tuple(d for d in directors if person(d)):
        out.directors = ()  # "X's series" on a page found to be a series: X made the show
    out.directors, out.year = _prose_settled(
        page, headline, title, start, paragraphs, out, series or series_page, info, fixed, person
    )
    out.directors = more_directors(paragraphs, out.directors)  # "co-directed it with X"
    return out


def _cased_title(title: str, texts: Sequence[str]) -> str:
    """A title taken from a line in capitals ("SMALL THINGS LIKE THESE") as the page writes it
    elsewhere ("… in Small Things Like These"); one the page writes in capitals only ("RRR")
    stays."""
    if not title.isupper():
        return title
    wanted = re.compile(re.escape(title), re.IGNORECASE)
    for text in texts:
        for hit in wanted.finditer(text):
            if not hit.group(0).isupper():
                return hit.group(0)
    return title


def _prose_settled(
    page: _Page,
    headline: str,
    title: str,
    start: int,
    paragraphs: list[str],
    out: _Facts,
    series: bool,
    info: Headline,
    fixed: bool,
    person: Callable[[str], bool],
) -> tuple[tuple[str, ...], int | None]:
    """The directors and year with what only the prose states (`prose_facts.settle`)."""
    first = _headline_at(page, headline, start)
    about = [headline] + [
        page.units[i]
        # (through the line the body was first taken to start on: a standfirst cut from it)
        for i in range(first + 1, min(start + 1, first + 9, len(page.units)))
        if (not paragraphs or page.units[i] not in paragraphs[0])
        and i not in page.label_units
        and len(page.units[i]) < 600
        # (a standfirst that names the site is still the standfirst)
        and (not page.chrome(i) or (len(page.units[i]) > 80 and page.units[i][-1] in ".!?"))
    ]
    if page.hints.description and page.hints.description not in about:
        about.append(page.hints.description)  # a saved page's own standfirst
    dated = page.units[max(0, first - 4) : min(start + 1, first + 10)]
    cast_keys = {fold(c.actor) for c in out.cast}
    directors, year = settle(
        title=title,
        series=series,
        about=about,
        texts=paragraphs,
        dated=dated,
        directors=out.directors,
        fixed=fixed,
        year=out.year,
        surnames=lambda: _surnames([*about, *paragraphs]),
        person=lambda name: fold(name) not in cast_keys and person(name),
        past=(info.season or 0) < 2,
    )
    if not directors and not fixed and not series:
        # The film's owner ("Murnau's Nosferatu", "Fazil's psychological thriller").
        owner = owner_director(
            title,
            [*about, *paragraphs],
            surnames=lambda: _surnames([*about, *paragraphs]),
            person=lambda name: fold(name) not in cast_keys and person(name),
        )
        directors = (owner,) if owner else directors
        if owner and year is None and out.year is None:
            # Now that the film's owner is known, "Itami's 1985 comedy" dates it.
            year = director_year(owned_years([*about, *paragraphs], title), directors)
    if year is None and out.year is None:
        published = publish_year(dated)
        ages = anniversary_years(about, paragraphs[:3], published) if published else set()
        year = stated_year(
            title,
            about,
            paragraphs,
            series=series,
            past=(info.season or 0) < 2,
            ages=frozenset(ages),
        )
    return directors, year


_CREDIT_PART = re.compile(
    r"^(?:(dir(?:ector|s)?\.?\s*:?|d:|directed\s+by)|(with\s*:?|starring\s*:?|cast\s*:))\s+(.+)$",
    re.IGNORECASE,
)
_CREDIT_SPLIT = re.compile(
    r"\s*;\s*|(?<!\bdir)\.\s+(?=(?:with|starring|cast|dir|directed|written)\b)", re.IGNORECASE
)
_CREDIT_SENTENCE = re.compile(r"\.(?<=\w\w\.)\s+(?=[A-Z])")
_CREDIT_TAIL = re.compile(r"\s*\((?:[^()]*\b(?:min|mins|minutes)\b[^()]*)\)\.?$|\.$")


def _credits_line(page: _Page, start: int) -> CreditBlock:
    """The credits of one line above the review: "Dir. X; with A, B, C. (R, 132 min.)",
    "D: X; with A, B": the director's part and the cast's, each a list of names only."""
    for i in range(max(0, start - 12), start):
        unit = page.units[i]
        if len(unit) > 400 or i in page.label_units or not _CREDIT_LINE.match(unit):
            continue  # (a labelled line, "Cast: A, B", is read as a label)
        directors: list[str] = []
        cast: list[str] = []
        for part in _CREDIT_SPLIT.split(_CREDIT_TAIL.sub("", unit)):
            m = _CREDIT_PART.match(part.strip())
            if m is None:
                continue
            value = m.group(3)
            if m.group(1):
                # "Directed by X. A, B, C.": the director's sentence ends at its full stop.
                value = _CREDIT_SENTENCE.split(value, maxsplit=1)[0]
            names = [n.strip(" .") for n in re.split(r",\s*(?:and\s+)?|\s+and\s+", value)]
            names = [n for n in names if n]
            if m.group(1):
                directors = [n for n in names[:3] if is_name(n)][:1] or directors
            elif names and all(is_name(n) for n in names):
                cast = names
        if directors or cast:
            return CreditBlock(tuple(directors), tuple(cast), parse_runtime(unit))
    return NO_BLOCK


def _drop_misread_credits(
    cast: tuple[Credit, ...], directors: tuple[str, ...], labelled: set[str]
) -> tuple[Credit, ...]:
    """The cast without two misreadings of "A (B)" in prose: the director's surname with one of
    their earlier films ("Durkin (Martha Marcy May Marlene)"), unless a cast label gives it, and
    an actor's name cut in two, the rest read as the role ("Shah Rukh" as "Khan" beside "Shah
    Rukh Khan")."""
    if not any(c.role for c in cast):
        return cast
    crew = {d.lower() for d in directors} | {d.split()[-1].lower() for d in directors if d.split()}
    actors = {c.actor.lower() for c in cast}
    kept = [
        c
        for c in cast
        if not c.role
        or (
            f"{c.actor} {c.role}".lower() not in actors
            and (c.role.lower() not in crew or fold(c.actor) in labelled)
        )
    ]
    return tuple(kept) if len(kept) < len(cast) else cast


_EPISODES = re.compile(r"\bepisodes?\b")
_SHOW_WORDS = re.compile(r"\b(?:episodes?|seasons?|series|show|showrunner|finale|premiere)\b")
_FILM_WORDS = re.compile(r"\b(?:film|movie|sequel|prequel|theatres|theaters|cinemas|interval)\b")
_SEASON_CUE = re.compile(
    r"\b(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|last)"
    r"\s+(?:and\s+final\s+)?season|season\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight"
    r"|nine|ten)|(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})-(?:part|episode)\b"
    # (a film told in parts: "a three-part saga", "a two-part epic")
    r"(?!\s+(?:finale|arc|story|saga|tragedy|epic|film|movie|franchise))|mini-?series"
    r"|limited\s+series|docu-?series"
    # "the season finale", "its sophomore season", "this third series", "six hour-long episodes"
    r"|(?:season|series)\s+(?:finale|premiere|opener)|sophomore\s+season"
    r"|(?:the|this|its)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
    r"\s+series)\b",
    re.IGNORECASE,
)
#: A line naming both kinds ("Film and TV reviews", "Movies & TV") speaks for the site.
_BOTH_KINDS = re.compile(
    r"(?i)\b(?:films?|movies?|cinema)\s*(?:and|&|/|,)\s*(?:tv|television)\b"
    r"|\b(?:tv|television)\s*(?:and|&|/|,)\s*(?:films?|movies?|cinema)\b"
)
# "Across its six episodes", "eight hour-long episodes": a series, unless the same line calls
# it a film (an omnibus film "in three episodes").
_EPISODE_COUNT = re.compile(
    r"(?i)\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[\w-]+\s+)?episodes\b"
)
# Words every match of _SEASON_CUE holds: one quick search before the long expression.
_SEASON_CUE_WORDS = re.compile(r"(?i)season|series|-part|-episode|episodes")
_SEASON_WORDS = ("season", "series", "-part", "-episode", "episodes")
_CRUMB_SPLIT = re.compile(r"\s*(?:>|›|»|/|\||→|::)\s*")
_SERIES_WORDS = re.compile(
    r"^(?:tv|tv reviews?|tv club|television|web series|series|tv shows?|shows?|streaming series"
    r"|series reviews?|tv & radio|tv, radio & web)$",
    re.IGNORECASE,
)


_FILM_SECTION = re.compile(r"^(?:movies?|movie\s+reviews?|films?|film\s+reviews?|cinema)$", re.I)


def _series_kicker(units: list[str], headline: str) -> bool:
    """True when the lines just above the headline, or the last steps of a breadcrumb, file
    the page under television ("TV Reviews", "Home » Web Series » Reviews")."""
    try:
        h = units.index(headline)
    except ValueError:
        h = min(len(units), 40)
    above = units[max(0, h - 4) : h]
    # "Movies / TV / Media" above the headline is the site's menu, not the page's section;
    # "Culture > Film" files the page under film.
    if not any(
        _FILM_SECTION.match(_CRUMB_SPLIT.split(unit.strip())[-1])
        for unit in units[max(0, h - 6) : h]
    ):
        for unit in above:
            if _SERIES_WORDS.match(unit.strip()):
                return True
    for unit in units[:h]:
        crumbs = [c for c in _CRUMB_SPLIT.split(unit) if c]
        arrows = any(mark in unit for mark in (" › ", " » ", " > ", " / "))
        crumb_line = arrows or (unit.lower().startswith("home") and len(crumbs) <= 4)
        if len(crumbs) >= 3 and crumb_line and any(_SERIES_WORDS.match(c) for c in crumbs[-3:]):
            return True
    return False


_FULL_NAME = re.compile(
    r"\b[A-Z][\w’'\-]+(?:\s+(?:de|da|van|von|del|la|le|bo)?\s*[A-Z][\w’'\-]+){1,2}\b"
)


_OWNED = re.compile(r"[’']s\b")


def _surnames(texts: list[str]) -> dict[str, str]:
    """Each surname that stands for exactly one full name in the texts."""
    seen: dict[str, set[str]] = {}
    for text in texts:
        for m in _FULL_NAME.finditer(text):
            name = m.group()
            if "’s" in name or "'s" in name:
                # "Denis Villeneuve’s career", "Agnès Varda's Cléo": the name before its "’s"
                name = _OWNED.split(name, maxsplit=1)[0]
            if is_name(name):
                seen.setdefault(fold(name.split()[-1]), set()).add(name)
    return {key: next(iter(names)) for key, names in seen.items() if len(names) == 1}


def page_is_chrome(unit: str) -> bool:
    """`is_chrome` or `is_hard_stop`."""
    return is_chrome(unit) or is_hard_stop(unit)


def _boxed_season(page: _Page) -> int | None:
    """ "Series" over "1" in a block of facts ("Broadcaster / BBC One / Series / 1 / First
    broadcast / …"): the number of this season; None when no such pair stands among labels."""
    units = page.units
    for i in range(len(units) - 1):
        if len(units[i]) <= 6 and units[i].lower() in ("series", "season"):
            number = units[i + 1]
            near = i - 1 in page.label_units or i + 2 in page.label_units
            if near and number.isdigit() and 1 <= int(number) <= 40:
                return int(number)
    return None


_SEASON_NUMBER = re.compile(
    rf"(?i)(?<!\ba\s)(?<!\banother\s)\b(?:season|series)\s+(\d{{1,2}}|{_NUMBER_WORD})\b"
)
# A season named as the one at hand: "the first season", "its nine-episode first season" (not
# "a second season", one still to come).
_DEFINITE_SEASON = re.compile(
    r"(?i)\b(?:the|this|its)\s+(?:[\w-]+\s+)?(first|second|third|fourth|fifth|sixth|seventh"
    r"|eighth|ninth|tenth|sophomore)\s+(?:season|series)\b"
)


def _one_season_named(paragraphs: list[str]) -> int | None:
    """The season the whole review names, when it names one only ("the first season …", "a
    season 1 finale"); None when it names none, or two (a later season's review recalls the
    earlier ones)."""
    numbers: set[int] = set()
    for text in paragraphs:
        if "season" not in text.lower() and "series" not in text.lower():
            continue
        for m in _SEASON_NUMBER.finditer(text):
            raw = m.group(1).lower()
            numbers.add(int(raw) if raw.isdigit() else _ORDINALS.get(raw) or 0)
        numbers.update(_ORDINALS[m.group(1).lower()] for m in _DEFINITE_SEASON.finditer(text))
        if len(numbers) > 1:
            return None
    return next(iter(numbers), None) or None


def _season_in(text: str) -> int | None:
    m = re.search(rf"\b(?:season|series)\s+(\d{{1,2}}|{_NUMBER_WORD})\b", text, re.IGNORECASE)
    if m:
        raw = m.group(1).lower()
        return int(raw) if raw.isdigit() else _ORDINALS.get(raw)
    m = _SEASON_ORDINAL.search(text)
    if m:
        return _ORDINALS[m.group(1).lower()] or None
    m = _THIS_SEASON.search(text)
    if m:
        return _ORDINALS[m.group(1).lower()] or None
    m = re.search(r"\bS(\d{1,2})(?:\s*E\d{1,2})?\b", text)
    return int(m.group(1)) if m else None


def _dedupe(names: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(fold(name), name)
    return list(seen.values())


_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100,
}  # fmt: skip
_ONES = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "half": 30,
}  # fmt: skip
_WORD_NUMBER = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen)"
)
_WORDED_RUNTIME = re.compile(
    rf"\b(?:(?P<h>one|two|three|an?)\s+hours?(?:\s*,?\s*and\s+(?:a\s+)?(?P<m>{_WORD_NUMBER}|half|[1-5]?\d)"
    rf"(?:\s+minutes?)?)?|(?P<only>{_WORD_NUMBER})\s+minutes)\b"
    r"(?!\s+(?:minutes?\s+)?(?:later|in|into|of|before|after|ago))",
    re.IGNORECASE,
)
_PROSE_MINUTES = re.compile(
    r"\b(?:at|over|in|runs?|running|lasts?|clocking|clocks|of|just|nearly|almost|barely|all|its"
    r"|across|length)"
    r"\b[^.\d]{0,24}?\b(\d{2,3})\s*(?:-\s*)?(?:minutes?|mins?)\b",
    re.IGNORECASE,
)
# The runtime named as such after its minutes: "the 132-minute running time", "its 95 minute
# runtime".
_MINUTE_RUNTIME = re.compile(
    r"\b(\d{2,3})\s*-?\s*minutes?\s+(?:runtime|run\s*time|running\s+time|duration|length)\b",
    re.IGNORECASE,
)
# Every match of _WORDED_RUNTIME holds "hour" or "minutes" (`cues.may_hold`).
_WORDED_WORDS = ("hour", "minutes")
# Minutes standing alone: "(109 minutes)", or a sentence of its own ("… drug use. 151 minutes.").
_MINUTES_ALONE = re.compile(
    r"\((\d{2,3})\s*(?:minutes?|mins?)\.?\)|(?:^|[.!?]\s)\s*(\d{2,3})\s*minutes\.(?=\s|$)",
    re.IGNORECASE | re.MULTILINE,
)
_CLOCK_RUNTIME = re.compile(r"([1-4]):([0-5]\d)")
_SHORT_UNIT = re.compile(r"(?i)(?:min|mins|minutes)\b|\b\d{2,3}m\b")
_UNIT_WORD = re.compile(r"(?i)(?:min|mins|minutes|hrs?|hours?)\b|\b\d\s*h\s*\d{1,2}\s*m\b")
# The two above as their alternatives, each opening on a class of characters a search skips to
# ("m" is "M" or "m" to a case-blind search, "h" "H" or "h"; `\b` before a digit is a look-behind
# after it): a case-blind expression, or one opening on `\b`, is tried at every character.
# Whether a line holds any of them is whether it holds the expression (`_holds`).
_SHORT_UNIT_PARTS = (
    re.compile(r"[Mm](?i:in|ins|inutes)\b"),
    re.compile(r"\d(?<=\b\d)\d{1,2}[Mm]\b"),
)
_UNIT_WORD_PARTS = (
    re.compile(r"[Mm](?i:in|ins|inutes)\b|[Hh](?i:rs?|ours?)\b"),
    re.compile(r"\d(?<=\b\d)\s*[Hh]\s*\d{1,2}\s*[Mm]\b"),
)


def _holds(parts: tuple[re.Pattern[str], ...], text: str) -> bool:
    """Whether any of `parts` is found in `text`. (A loop, not `any` over a generator: it is
    asked of every short line, and a generator costs more than the few searches.)"""
    for part in parts:  # noqa: SIM110
        if part.search(text) is not None:
            return True
    return False


_RUNS = re.compile(
    r"\b(?:runs?|lasts|(?<!the\s)(?<!its\s)(?<!these\s)(?<!those\s)(?<!final\s)last"
    r"|clocks?\s+in\s+at|running\s+time\s+of|is)\s+(?:just\s+)?$"
)  # ("the last two hours" are a part of it, not its length)


def _word_value(text: str) -> int:
    total = 0
    for part in re.split(r"[\s-]+", text.lower()):
        if part.isdecimal() and part.isascii():
            total += int(part)  # "two hours and 18 minutes"
            continue
        total += _TENS.get(part, 0) + _ONES.get(part, 0)
    return total


def _worded_runtime(text: str) -> int | None:
    """Minutes from "two hours and a minute", "an hour and a half", "ninety minutes"."""
    for m in _WORDED_RUNTIME.finditer(text):
        if text[max(0, m.start() - 5) : m.start()].lower() == "half " or of_episodes(
            text, m.start()
        ):
            continue  # "extended to half an hour", "each episode runs an hour and ten minutes"
        if m.group("only"):
            minutes = _word_value(m.group("only"))
        else:
            hours = _word_value(m.group("h"))
            if not m.group("m") and not _RUNS.search(text[max(0, m.start() - 24) : m.start()]):
                continue  # "an hour" alone is an episode's length or a scene's, not a runtime
            minutes = hours * 60 + (_word_value(m.group("m")) if m.group("m") else 0)
        if 60 <= minutes <= 300:
            return minutes
    return None


# A certificate by the running time, in a line of facts: "(R. 85 minutes.)" closing it, or
# "TITLE (MA15+) ★★★★½ 113 minutes." opening it.
_FACTS_RUNTIME = re.compile(
    r"\((?:G|PG|PG-13|R|NC-17|NR|M|MA15\+|12A?|15|18|U|UA|A)[.,]\s+(\d{2,3})\s*(?:minutes|mins?)\.?\)"
    r"\s*$|^[A-Z][A-Z0-9 :’'&,.-]{1,60}\s+\([^()]{1,8}\)\s+[★☆½]{0,6}\s*(\d{2,3})\s*"
    r"(?:minutes|mins?)\b"
)

# A closing line's last sentence that is only the running time: "X is in cinemas from Friday.
# 118 mins.", "… on Netflix. 96 minutes", "… with English subtitles. It runs 119 minutes."
_RUNTIME_SENTENCE = re.compile(
    r"(?:^|[.!?]\s+)(?:(?:It|The\s+film|The\s+movie)\s+(?:runs|lasts)\s+(?:for\s+)?)?"
    r"(\d{2,3})\s*(?:minutes|mins?)\.?$"
)


def _runtime(
    page: _Page,
    hits: list[LabelHit],
    prose: Callable[[], int | None],
    paragraphs: list[str],
    end: int,
) -> int | None:
    """The runtime: a label, an info line ("R, 2021, Drama, 2h 6m"), then the prose (`prose`
    gives the runtime of a credit block or of the review's sentences, asked for only here)."""
    for hit in hits:
        if hit.kind == "runtime" and hit.value:
            if episode_length(hit.value):
                continue  # "Episodes: 6 x 30 minutes": one episode's length
            minutes = parse_runtime(hit.value)
            clock = _CLOCK_RUNTIME.fullmatch(hit.value.strip()) if not minutes else None
            if clock:  # "Running Length: 2:00", hours and minutes as a clock writes them
                minutes = int(clock.group(1)) * 60 + int(clock.group(2))
            if minutes:
                return minutes
    for i in sorted(page.label_units):
        minutes = parse_runtime(page.units[i])
        if (
            minutes
            and _holds(_UNIT_WORD_PARTS, page.units[i])
            and not episode_length(page.units[i])
        ):
            return minutes
    for unit in page.units[: min(end, 120)]:
        short = len(unit) <= 80 or (len(unit) <= 400 and _CREDIT_LINE.match(unit) is not None)
        if short and _holds(_UNIT_WORD_PARTS, unit) and not _running_text(unit):
            minutes = parse_runtime(unit)
            if minutes and not episode_length(unit):
                return minutes
    for unit in page.units[max(0, end - 2) : end + 8]:
        # A line of facts under the review: "(15A, 114mins)", "Certificate 15 132m", "PG-13.
        # At area theaters. 151 minutes."
        if len(unit) > 400 or not _holds(_SHORT_UNIT_PARTS, unit):
            continue  # (a paragraph of the review: no line of facts runs this long)
        if episode_length(unit):
            continue  # "Running time: 6 x 60 mins approx."
        if (len(unit) <= 60 and not _running_text(unit)) or is_footer(unit):
            minutes = parse_runtime(unit)
            if minutes and minutes >= 40:
                return minutes
        facts = _FACTS_RUNTIME.search(unit) or _RUNTIME_SENTENCE.search(unit)
        if facts is None and "subtitles" in unit:
            # "X is in Bosnian and Serbian with subtitles, and runs 101 minutes. It screens …"
            facts = _SUBTITLED.search(_first_sentence(unit))
            facts = facts if facts and facts.group(1) else None
        if facts and 40 <= int(facts.group(1) or facts.group(2)) <= 400:
            # "… Written and directed by X. (R. 85 minutes.)", "SWEET COUNTRY (MA15+) ★★★★½
            # 113 minutes. Showing at …": a certificate by the running time
            return int(facts.group(1) or facts.group(2))
    stated = prose()
    if stated:
        return stated
    told = set(paragraphs)
    for unit in page.units[max(0, end - 12) : end + 8]:
        # a closing note, a sentence of its own: "X (127 mins) screens at the IFI on Friday."
        if len(unit) <= 300 and unit.endswith(".") and unit not in told:
            minutes = bracketed_minutes(unit)
            if minutes:
                return minutes
    text = "\n".join(paragraphs)
    if _number_of_minutes(text):
        for m in _PROSE_MINUTES.finditer(text):
            minutes = int(m.group(1))
            if 60 <= minutes <= 300 and not of_episodes(text, m.start()):
                return minutes
        named = _MINUTE_RUNTIME.search(text)
        if named and 40 <= int(named.group(1)) <= 400:
            return int(named.group(1))
    for m in _MINUTES_ALONE.finditer(text) if "minute" in text or "min" in text else ():
        minutes = int(m.group(1) or m.group(2))
        if 60 <= minutes <= 300:
            return minutes
    stated_minutes = stated_length(text)
    if stated_minutes:
        return stated_minutes
    if not may_hold(text, _WORDED_WORDS):
        return None  # no "hour" nor "minutes": no runtime in words
    return _worded_runtime(text)


def _number_of_minutes(text: str) -> bool:
    """False only when `_PROSE_MINUTES` cannot match: no "min" (in any case) stands after a
    digit, white space and a hyphen between ("120 minutes", "95-min"). "min" is in many words
    ("mind", "criminal"), so the words alone would let most reviews through."""
    low = text.lower()
    if len(low) != len(text) or "ı" in low:
        return True  # (the expression's case-blind "i" takes "ı" and "İ": search)
    at = low.find("min")
    while at != -1:
        before = at
        while before > 0 and low[before - 1].isspace():
            before -= 1
        if before > 0 and low[before - 1] == "-":
            before -= 1
            while before > 0 and low[before - 1].isspace():
                before -= 1
        if before > 0 and low[before - 1].isdigit():
            return True
        at = low.find("min", at + 1)
    return False


def _running_text(unit: str) -> bool:
    """A line of running text, not an info line such as "R, 2021, Drama/Western, 2h 6m"."""
    return is_prose(unit) and sum(1 for w in unit.split() if w[:1].islower()) >= 6


# A sub-score block: a short label ("Anticipation.", "In Retrospect."), maybe a line of text,
# then the score alone on its line ("4", "8/10").
_SUB_LABEL = re.compile(r"^[A-Z][\w’' ]{2,24}[.:]?$")
_SUB_SCORE = re.compile(r"^(\d{1,2}(?:\.\d)?)(?:\s*/\s*(5|10))?$")
_COUNTS = frozenset(
    "comments episodes seasons votes likes shares views reviews followers ratings replies "
    "posts articles photos videos".split()
)
_FINAL_SUB = re.compile(r"(?i)^(?:in\s+retrospect|overall|verdict|final|total|our\s+rating)")


def _short(units: list[str], most: int) -> list[int]:
    """The indices of the units at most `most` characters long, picked out in C: the scores'
    rules below look at short lines only, and most of a page's units are paragraphs."""
    return list(compress(range(len(units)), map(most.__ge__, map(len, units))))


def sub_scores(units: list[str]) -> tuple[str | None, list[int]]:
    """The reviewer's rating from a block of sub-scores ("Anticipation. … 4 / Enjoyment. … 5 /
    In Retrospect. … 5": the last word is the rating, or the one labelled overall or in
    retrospect), and the units the block takes up; (None, []) when there is no such block of
    two scores or more."""
    if any(": " in units[i] and _LABEL_NUMBER.fullmatch(units[i]) for i in _short(units, 32)):
        # A table's row of a label and its bare score, "Movie: 5.0": its two cells apart.
        split: list[str] = []
        where: list[int] = []
        for n, unit in enumerate(units):
            m = _LABEL_NUMBER.fullmatch(unit) if len(unit) <= 32 and ": " in unit else None
            parts = [m.group(1), m.group(2)] if m else [unit]
            split.extend(parts)
            where.extend([n] * len(parts))
        rating, taken = sub_scores(split)
        return rating, sorted({where[k] for k in taken})
    blocks: list[tuple[int, int, str, str, str | None]] = []
    done = -1
    scores = [j for j in _short(units, 5) if _SUB_SCORE.match(units[j])]
    if len(scores) < 2:
        return _inline_sub_scores(units)
    labels = sorted({k for j in scores for k in (j - 2, j - 1) if k >= 0})
    for i in labels:
        unit = units[i]
        if i <= done or len(unit) > 28 or not _SUB_LABEL.match(unit) or unit.count(" ") > 2:
            continue
        if unit.rstrip(".:").lower() in _COUNTS or is_name(unit):
            continue  # "Comments" then "0", "Episodes" then "8": counts, not scores
        for j in (i + 1, i + 2):
            if j < len(units) and (m := _SUB_SCORE.match(units[j])):
                if j == i + 2 and len(units[i + 1]) > 200:
                    break
                blocks.append((i, j, unit, m.group(1), m.group(2)))
                done = j
                break
    if len(blocks) < 2 or blocks[-1][0] - blocks[0][0] > 12:
        return _inline_sub_scores(units)
    if len({b[2] for b in blocks}) < len(blocks):
        return None, []  # the same label twice: a list of counts, not one block of scores
    final = next((b for b in blocks if _FINAL_SUB.match(b[2])), blocks[-1])
    value, scale = final[3], final[4]
    if scale is None:
        highest = max(float(b[3]) for b in blocks)
        scale = "5" if highest <= 5 else "10"
    rating = canonical_rating(f"{value}/{scale}")
    taken = [k for i, j, *_ in blocks for k in range(i, j + 1)]
    return rating, taken


# A label and a letter grade on a line of its own: "Overall A-", "Violence: B+".
_GRADE_ROW = re.compile(r"([A-Z][\w/&’' ]{2,28}?)\s*:?\s+([A-F][+\-−–]?)")
_GRADE_ENDS = frozenset("ABCDEF+-−–")


def _graded_block(units: list[str]) -> tuple[str | None, list[int]]:
    """The grade labelled overall in a run of three lines or more that each give a label and
    a letter grade ("Overall A-", "Violence B", "Profanity B+"), and the run's units; (None,
    []) otherwise. The other grades weigh the film's content, not its worth."""
    rows = [i for i in _short(units, 34) if units[i][-1:] in _GRADE_ENDS]
    rows = [i for i in rows if _GRADE_ROW.fullmatch(units[i])]
    # The runs of consecutive rows, in order: the first of three or more with an overall row.
    run: list[int] = []
    for i in [*rows, -2]:
        if run and i == run[-1] + 1:
            run.append(i)
            continue
        if len(run) >= 3:
            for j in run:
                m = _GRADE_ROW.fullmatch(units[j])
                if m and m.group(1).lower().startswith("overall"):
                    return m.group(2).replace("−", "-").replace("–", "-"), run
        run = [i]
    return None, []


# A label and a bare score, as a table's row gives them: "Movie: 5.0", "Overall: 4.5".
_LABEL_NUMBER = re.compile(r"([A-Z][^\W\d_]{1,20}(?: [^\W\d_]+){0,2}): (\d{1,2}(?:\.\d)?)")
# A sub-score on a line of its own: "Acting: 4.5/5", "Story ★★★☆☆", "Visuals 8/10".
_INLINE_SUB = re.compile(
    r"([A-Z](?:[^\W\d_]|[’' ]){2,24}?)\s*[:.–—-]?\s+"
    r"(\d{1,2}(?:\.\d)?\s*/\s*(?:5|10|100)|[★☆½]{3,6})"
)


def _rating_label(label: str) -> bool:
    """True when a label names a whole rating, the reviewer's or the readers' ("Critic's
    Rating", "Audience Rating"): no part of a block of sub-scores."""
    return label_kind(label) in ("rating", "user_rating")


def _inline_sub_scores(units: list[str]) -> tuple[str | None, list[int]]:
    """The reviewer's rating from a run of lines that are each a label and its score
    ("Story: 3/5", "Acting: 4.5/5", "Overall: 4/5"), on one scale: the score labelled overall
    or final, else the last one (the sum of the parts comes after them); and the units of the
    run. (None, []) when there is no run of two such lines or more. A line labelled as a
    whole rating breaks a run: the critic's and the readers' scores side by side are read by
    their labels."""
    best: list[tuple[int, str, str]] = []
    run: list[tuple[int, str, str]] = []
    after = -1  # the unit after the last one looked at: a unit skipped between breaks a run
    for i in _short(units, 40):
        if i != after and len(run) > len(best):
            best = run
        if i != after:
            run = []
        after = i + 1
        unit = units[i]
        m = _INLINE_SUB.fullmatch(unit) if "/" in unit or "★" in unit or "☆" in unit else None
        label = m.group(1).strip() if m else ""
        if m and label.lower() not in _COUNTS and not is_name(label) and not _rating_label(label):
            run.append((i, label, m.group(2)))
            continue
        if len(run) > len(best):
            best = run
        run = []
    if len(run) > len(best):
        best = run
    if len(best) < 2 or len({label for _, label, _ in best}) < len(best):
        return None, []
    ratings = [canonical_rating(score) for _, _, score in best]
    if None in ratings or len({r.rsplit("/", 1)[1] for r in ratings if r}) > 1:
        return None, []  # a score in another form, or two scales: no one block
    final = next((n for n, (_, label, _) in enumerate(best) if _FINAL_SUB.match(label)), -1)
    return ratings[final], [i for i, _, _ in best]


def _rating(
    page: _Page, hits: list[LabelHit], paragraphs: list[str], start: int, end: int
) -> str | None:
    for hit in hits:
        if hit.kind == "rating" and hit.value:
            value = _labelled_score(hit.value) or canonical_rating(hit.value, grades=True)
            if value is None and hit.value[:1] in _ICON_LETTERS:
                value = _letter_run(hit.value.strip())
            if value:
                return value
    if page.hints.rating:
        return page.hints.rating
    for hit in hits:
        # A score as the next sentence of another fact: "Running time: 126 minutes. Three
        # stars out of four."
        if hit.kind != "user_rating" and ". " in hit.value:
            last = hit.value.rsplit(". ", 1)[1].strip().rstrip(".")
            if _STARS_LINE.fullmatch(last) or _SCORE_LINE.fullmatch(last):
                value = canonical_rating(last)
                if value:
                    return value
    for hit in hits:
        # A score under another label ("Stars: 3.5 out of 5", "Movie: 8/10" among scores).
        if (
            hit.kind not in ("rating", "user_rating")
            and hit.value
            and len(hit.value) <= 24
            and _SCORE_LINE.fullmatch(hit.value.strip())
        ):
            value = canonical_rating(hit.value)
            if value:
                return value
    # A line that is only a rating (stars, "3.5/5", "4 stars"), outside user widgets.
    units = page.units
    user_lines: set[int] = set()
    for hit in hits:
        if hit.kind == "user_rating":
            user_lines.update(range(hit.first, hit.last + 2))
    # (a line over a hundred characters passes every test below untaken: only short ones)
    for i in _short(units[: min(len(units), end + 8)], 100):
        unit = units[i]
        if i in user_lines or counts_votes(unit):
            continue  # (a row of stars by a count of votes is the readers')
        if unit[:1] in "‘“\"'":
            dashed = _TITLE_DASH_SCORE.fullmatch(unit)
            scored = dashed.group(1).rstrip(".") if dashed else ""
            if scored and any(p.fullmatch(scored) for p in _SCORE_FORMS):
                value = canonical_rating(scored)
                if value:
                    return value
        if len(unit) > 40:
            continue
        if unit[:1] == "*" and (i < start or "out of " in unit):
            # (not "***" parting the review's sections)
            value = _keyed_asterisks(unit, units)
            if value is None and "out of " in unit:
                value = canonical_rating(unit)  # "***1/2 (out of four)": the scale stated
            if value:
                return value
        split = (
            _bare_rating(units, i) if unit[:1].isdigit() and _BARE_NUMBER.fullmatch(unit) else None
        )
        if split:
            return split
        value = canonical_rating(unit) if star_rating(unit) else None
        if value and value.endswith("/5") and "☆" not in unit:
            # "(out of 4)" on the line over or under the stars: their scale
            near = (units[j] for j in (i - 1, i + 1) if 0 <= j < len(units))
            scale = next((u for u in near if _SCALE_LINE.fullmatch(u)), "")
            if scale:
                value = canonical_rating(f"{unit} {scale}") or value
            elif _four_star_site(units):
                value = canonical_rating(f"{value[:-2]}/4") or value  # "★★★½" out of four
        if value is None and _SCORE_LINE.fullmatch(unit):
            value = canonical_rating(unit)
        if value is None:
            value = rated_of(unit)  # "rated 5 of 5"
        if value is None and _STARS_LINE.fullmatch(unit):
            value = canonical_rating(unit)
        if value is None and unit[:1].isdigit() and "/" in unit:
            m = _SCORE_THEN_WORD.fullmatch(unit)  # "8.5/10 – Great"
            value = canonical_rating(m.group(1)) if m else None
        if (
            value is None
            and unit[:1].isalpha()
            and ("/" in unit or "★" in unit or " out of " in unit)
        ):
            value = _unpunctuated_score(unit) or _review_score(unit)
        if value:
            return value
    for unit in units[max(0, start - 6) : start + 1]:
        # Stars at the end of the standfirst or the headline: "… about the same thing. ★★★★★",
        # "X review – a quiet study of grief ★★★★".
        value = _ending_score(unit) if len(unit) < 400 else None
        if value:
            return value
    grade = _lone_grade(page, start, end)
    if grade:
        return grade
    prose = find_rating("\n".join(paragraphs), "\n".join(map(lowered, paragraphs)))
    if prose:
        return prose
    for n, paragraph in enumerate(paragraphs[-3:], -len(paragraphs[-3:])):
        m = _TEN_IN_BRACKETS.search(paragraph)
        if m:
            return canonical_rating(m.group(1))
        value = _ending_score(paragraph) if n >= -2 else None
        if value:
            return value  # "… it confirms its director's gifts. ★★★★", "… (4/5)"
        m = _GIVES_STARS.search(paragraph) if "star" in paragraph else None
        if m:
            value = canonical_rating(m.group(1))
            if value:
                return value
    return None


_TRAILING_STARS = re.compile(r"[.!?]\s+([★☆½]{3,6})$")
# A score closing a line: stars, or a score in brackets ("… a tagline ★★★★", "… (4/5)").
_ENDING_SCORE = re.compile(
    r"[^\s★☆½]\s+(?:([★☆½]{3,6})|\((\d{1,2}(?:\.\d)?\s*/\s*(?:4|5|10))\))\.?$"
)


def _ending_score(text: str) -> str | None:
    """The rating that closes a line of text (a headline, a standfirst, the review's last
    paragraph): a run of stars or a score in brackets after the words; None otherwise."""
    if text[-1:] not in "★☆½)." or not ("★" in text or "☆" in text or "/" in text):
        return None
    m = _ENDING_SCORE.search(text)
    if not m:
        return None
    if m.group(1):
        return canonical_rating(m.group(1)) if star_rating(m.group(1)) else None
    return canonical_rating(m.group(2))


# A score and the word for it: "8.5/10 – Great", "4/5 - Must see".
_SCORE_THEN_WORD = re.compile(
    r"(\d{1,3}(?:\.\d)?\s*/\s*(?:4|5|10|100))\s+[–—-]\s+[^\W\d_][\w ’'!]{0,24}"
)
# "3.5 stars (out of 4)": the scale in brackets.
_STARS_OF_SCALE = re.compile(r"(?i)[\d.½]+\s+stars?\s*\(\s*out\s+of\s+\d{1,2}\s*\)")
# The title, a dash and its score, alone on a line: "‘Harbour Lights’ — 3.5 stars (out of 4)".
_TITLE_DASH_SCORE = re.compile(r"[‘“\"'][^’”\"]{1,60}[’”\"']\s+[–—-]\s+(\S.{2,30})")
# A rating's label and its score with no colon between them: "RATING 4/5", "Our score ★★★★".
_LABEL_THEN_SCORE = re.compile(
    r"([^\W\d_][\w’' ]{1,24}?)(?:\s*[–—-])?\s+([(\[]?\d.{0,20}|[★☆½]{1,6})"
)


# Letters a site's icon font may print for its stars (not "X", which rates for adults).
_ICON_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWYZ")


def _letter_run(value: str) -> str | None:
    """A labelled rating printed as one capital repeated two to five times, the site's icon
    in a font the saved page lost ("Rating: NNNN"): that many out of five."""
    if 2 <= len(value) <= 5 and value == value[0] * len(value):
        return f"{len(value)}/5"
    return None


# The kind of piece as the label of its score: "TV REVIEW: 4/5", "Film review – ★★★★".
_REVIEW_SCORE = re.compile(
    r"(?i:(?:tv|film|movie|series|show)\s+)?(?i:review)\s*[:–—-]\s*(\d.{0,20}|[★☆½]{1,6})"
)


def _review_score(unit: str) -> str | None:
    """The score of a line that is the kind of piece, a colon or a dash, and a score."""
    m = _REVIEW_SCORE.fullmatch(unit)
    if m is None:
        return None
    score = m.group(1)
    if star_rating(score) is None and not _SCORE_LINE.fullmatch(score):
        return None
    return canonical_rating(score)


def _unpunctuated_score(unit: str) -> str | None:
    """The score of a line that is only a rating's label and its score, without the colon
    ("RATING 4/5", "Our score ★★★★"): the label must name a rating (not the readers'), the
    rest be a score ("4/5", "3 out of 5", stars; the caller looks only at lines that have a
    slash, a star or "out of")."""
    m = _LABEL_THEN_SCORE.fullmatch(unit)
    if not m or label_kind(m.group(1)) != "rating":
        return None
    score = m.group(2)
    if score[:1] == "[" and score[-1:] == "]":
        score = score[1:-1]  # "Final Score- [8.5/10]"
    if star_rating(score) is None and not _SCORE_LINE.fullmatch(score):
        return None
    return canonical_rating(score)


# The site's note of its scale: "Ratings are on a zero-to-four star scale", "a four-star scale".
_FOUR_STAR_SCALE = re.compile(r"(?i)\b(?:(?:zero|0)[\s-]+to[\s-]+)?(?:four|4)[\s-]+star\s+scale\b")


# A scale on a line of its own, by a line of stars: "(out of 4)", "out of four stars".
_SCALE_LINE = re.compile(r"\(?\s*out\s+of\s+(?:4|5|10|four|five|ten)(?:\s+stars)?\s*\)?", re.I)


def _four_star_site(units: list[str]) -> bool:
    """True when the page says its stars are counted out of four: bare stars ("★★★½"), with
    no empty ones to draw the scale, are then out of four, not five."""
    return any(
        "scale" in unit and _FOUR_STAR_SCALE.search(unit) for unit in units if len(unit) < 400
    )


_ASTERISK_LINE = re.compile(r"(\*{1,5})\s*(½|1/2)?(?:\s*\([^()]{2,30}\))?")
_KEY_LINE = re.compile(r"(\*{1,5})\s+[A-Z][\w’' -]{1,40}")
_KEY_LINES = 3


def _keyed_asterisks(unit: str, units: list[str]) -> str | None:
    """A rating in asterisks alone on its line ("**", "** (Worth seeing)"), when the page
    prints its key ("**** Masterpiece", "*** A must-see", …): out of the key's most asterisks.
    Without a key the scale is unknown, and the line is left alone."""
    m = _ASTERISK_LINE.fullmatch(unit)
    if m is None:
        return None
    counts = {
        len(k.group(1))
        for k in (_KEY_LINE.fullmatch(u) for u in units if u[:1] == "*" and len(u) < 50)
        if k
    }
    if len(counts) < _KEY_LINES:
        return None
    scale = max(counts)
    score = len(m.group(1)) + (0.5 if m.group(2) else 0)
    return f"{_fmt_score(score)}/{scale}" if score <= scale else None


_ASTERISKS = re.compile(r"(\*{1,5})\s*(½)?")
_BARE_SCORE = re.compile(r"(\d{1,2}(?:\.\d)?|\d\s*½)")


def _labelled_score(value: str) -> str | None:
    """A labelled rating with no scale written: asterisks ("Rating: ***½", stars typed on a
    keyboard) or a lone number ("Rating: 3.5"), out of five, or of ten above five."""
    value = value.strip()
    m = _ASTERISKS.fullmatch(value)
    if m:
        return f"{_fmt_score(len(m.group(1)) + (0.5 if m.group(2) else 0))}/5"
    m = _BARE_SCORE.fullmatch(value)
    if m is None:
        return None
    number = float(m.group(1).replace("½", ".5").replace(" ", ""))
    if 0 < number <= 5 and number * 2 == int(number * 2):
        return f"{_fmt_score(number)}/5"
    if 5 < number <= 10:
        return f"{_fmt_score(number)}/10"
    return None


def _fmt_score(number: float) -> str:
    return str(int(number)) if number == int(number) else str(number)


# The reviewer's stars in a closing sentence: "I give it three and a half stars out of four",
# "Harbour Lights gets 4 stars out of 5", "it earns a solid three stars".
_GIVES_STARS = re.compile(
    r"(?i)\b(?:gets?|earns?|give[sn]?\s+it|gave\s+it|rate[sd]?\s+it|awards?\s+it|deserves|merits)"
    r"\s+(?:a\s+(?:solid|strong|generous|grudging|well-earned)\s+|a\s+)?"
    r"((?:[\d.½]+|one|two|three|four|five)(?:\s+and\s+a\s+half)?\s+stars?"
    r"(?:\s*\(?\s*out\s+of\s+(?:\d{1,2}|four|five|ten)\)?)?)"
)


# A line that is only a count of stars: "3 stars", "4 stars out of 5", "3.5/5 stars".
_STARS_LINE = re.compile(
    r"(?i)\(?\s*(?:[\d.½]+|one|two|three|four|five)(?:\s+and\s+a\s+half)?\s*(?:/\s*\d+\s*)?"
    r"stars?(?:\s+out\s+of\s+(?:\d{1,2}|four|five|ten)"
    r"(?:\s+stars?)?)?\s*\)?\.?"
)
_SCORE_FORMS = (_STARS_LINE, _SCORE_LINE, _STARS_OF_SCALE)


def _headline_at(page: _Page, headline: str, start: int) -> int:
    """The index of the headline among the units above the review (0 when it is not one)."""
    for i in range(min(start + 1, len(page.units))):
        if page.units[i] == headline:
            return i
    return 0


def _lone_grade(page: _Page, start: int, end: int) -> str | None:
    """A letter grade standing alone on its line ("A-", "B+", "C") among the lines around the
    headline, or just after the review: the reviewer's grade, as sites print it."""
    units: list[str] = page.units
    top = range(max(0, start - 10), min(start, len(units)))
    after = range(max(start, end - 4), min(end + 3, len(units)))
    for i in after:
        # "[A-]" in brackets, alone or closing the last paragraph: the reviewer's grade.
        bracketed = _BRACKET_GRADE.search(units[i]) if "]" in units[i][-4:] else None
        if bracketed:
            return bracketed.group(1).replace("−", "-").replace("–", "-")
    for i in (*top, *after):
        unit: str = units[i]
        if len(unit) <= 2 and _LONE_GRADE.fullmatch(unit) and i not in page.label_units:
            if i > 0 and re.search(
                r"(?i)\b(?:certificate|certification|rated)\s*:?$", units[i - 1]
            ):
                continue  # "Certificate" then "A": the film's certificate
            return unit.replace("−", "-").replace("–", "-")
    return None


def _platform(
    page: _Page,
    hits: list[LabelHit],
    paragraphs: list[str],
    start: int,
    end: int,
    h: int = 0,
    title: str = "",
    series: bool = False,
) -> str | None:
    """Where to watch: a label's value, an info line's, the channel a series review says the
    show first aired on, a short line at the review's edge that says where the film is, then a
    sentence of the review, then one between the headline and the review's end (never a menu,
    a link or another article)."""
    for hit in hits:
        if hit.kind == "platform" and hit.value:
            # A label alone with its value below ("Streaming" then "Great Movies") is as often
            # a menu: only a service known by name counts there.
            value = _platform_value(hit.value, known_only=hit.last > hit.first)
            if value:
                return _fuller_list(page.units[max(start, end - 2) : end + 6], value) or value
    for hit in hits:
        if hit.kind == "release" and hit.value:
            m = re.search(r"\(([A-Z][\w+ ]{1,20})\)", hit.value)
            if m and _PLATFORM_ANY.fullmatch(m.group(1)):
                return m.group(1)
    for i in range(h, min(start, len(page.units))):
        unit = page.units[i]
        if len(unit) < 160 and unit.count("·") + unit.count("|") >= 2:
            for part in re.split(r"\s*[·|]\s*", unit):
                if _PLATFORM_ANY.fullmatch(part):
                    return part  # "Ted Lasso (2020–2023) · Apple TV+ · Season 3"

    def named_again(name: str) -> bool:
        return _named_alone(page.units, name) >= 2

    if series:
        told = "\n".join(paragraphs)
        origin = origin_service(told, title, _known_at, _platform_heads(told), named_again)
        if origin:
            return origin

    # (a line over the review saying where it was seen may read as the page's furniture)
    edges = [
        u
        for u in page.units[h : min(start, len(page.units))]
        if len(u) <= 300 and not is_related_headline(u, title)
    ]
    for i in range(max(start, end - 2), min(end + 8, len(page.units))):
        if page.stop(i) or is_link_box(page.units[i]):
            break  # another article's box, and what follows it
        edges.append(page.units[i])
    closing = closing_service(edges, title, _known_at, named_again)
    if closing:
        return closing
    # Every pattern below needs a service's name: a quick look for one comes first.
    prose = "\n".join(paragraphs)
    if _names_service(prose):
        for pattern in (_PLATFORM_STREAM, _PLATFORM_PROSE, _PLATFORM_ADJECTIVE):
            m = _platform_search(pattern, prose, title)
            if m:
                found = _one_brand(" ".join(m.group(1).split()))
                return _fuller_list(page.units[max(start, end - 4) : end + 6], found) or found
    # A service the parser does not know by name, then the one the film is said to be of.
    framed = (
        framed_service(prose, title, _known_at, named_again, strong_only=True)
        if " on " in prose
        else None
    )
    if framed:
        return framed
    owner = (
        owning_service(prose, title, _known_at, _platform_heads(prose))
        if _names_service(prose)
        else None
    )
    if owner:
        return owner
    last = min(end + 3, len(page.units))
    while last < min(end + 12, len(page.units)) and last - 1 in page.label_units:
        last += 1  # a block of facts after the review, and the line that closes it
    if not any(_names_service(u) for u in page.units[h:last]):
        return None
    links: set[int] = set()  # "Read more:" and the links under it
    for i in range(h, last):
        if is_link_box(page.units[i]):
            links.add(i)
            for j in range(i + 1, min(i + 5, last)):
                if page.prose(j):
                    break  # the review again, after the box
                links.add(j)
    around = "\n".join(
        u
        for i, u in enumerate(page.units[h:last], start=h)
        if len(u) < 400
        and i not in links
        and not page.stop(i)
        and not page.chrome(i)
        and not is_related_headline(u, "")
        and not _REVIEW_TOKEN.search(u.lower())
        and not _IMAGE_CREDIT.match(u)
    )
    for pattern in (_PLATFORM_STREAM, _PLATFORM_PROSE):
        m = _platform_search(pattern, around, title)
        if m:
            return _one_brand(" ".join(m.group(1).split()))
    headline = page.units[h] if h < len(page.units) else ""
    m = _PLATFORM_OWNS.search(headline) if ("'" in headline or "’" in headline) else None
    return " ".join(m.group(1).split()) if m else None


# The service a headline says the show is of: "X: AMC's Period Drama Boots Up", "Netflix's
# new thriller X".
_PLATFORM_OWNS = re.compile(
    r"(?<![\w])(" + _PLATFORM_NAMES + r")[’']s\s+(?:[\w-]+\s+){0,3}?(?i:drama|series|show|comedy"
    r"|thriller|miniseries|docuseries|sitcom)\b"
)


# A photo's credit: "Image via HBO", "Photo courtesy of Netflix" (who supplied it, not where
# the film is shown).
_IMAGE_CREDIT = re.compile(r"(?i)^\(?(?:image|photo|picture|still)s?\s+(?:via|by|courtesy|credit)")


def _fuller_list(notes: list[str], platform: str) -> str | None:
    """The services a note at the review's end names together, one of them `platform`: a
    passing mention in the review ("its first season on HBO") names one of the places the
    note says it is shown ("premieres Sunday on HBO and Max"); None when no note does."""
    for note in notes:
        if len(note) > 400 or platform not in note:
            continue
        for m in _PLATFORM_PROSE.finditer(note):
            named = " ".join(m.group(1).split())
            items = _PLATFORM_ITEM_SPLIT.split(named)
            if len(items) > 1 and platform in items:
                return named
            if len(items) == 1 and named.endswith(f" {platform}"):
                return named  # "FX on Hulu", the service's whole name, for "Hulu"
    return None


_PLATFORM_ITEM_SPLIT = re.compile(r"\s*,\s*|\s+(?i:and)\s+|\s*&\s*")


def _platform_search(pattern: re.Pattern[str], text: str, title: str = "") -> re.Match[str] | None:
    """The first match of `pattern` in `text` not followed by another work of the service nor
    in a sentence about another work ("the remake lands on …"), skipping the costly streaming
    pattern when no word of it is there ("stream", "watch it")."""
    if pattern is _PLATFORM_STREAM and "tream" not in text and "atch it" not in text:
        return None
    found = _prose_matches(text) if pattern is _PLATFORM_PROSE else pattern.finditer(text)
    for m in found:
        if (
            not _ANOTHER_WORK.match(text, m.end())
            and not names_an_outlet(text, m.end())
            and not about_another_work(text, m.start(1), title)
        ):
            return m
    return None


def _named_alone(units: list[str], name: str) -> int:
    """How often `units` name `name` as a whole: not as the start of a longer name
    ("Zindagi" in "Zindagi Gulzar Hai"), nor inside a word."""
    count = 0
    for unit in units:
        at = unit.find(name)
        while at != -1:
            after = unit[at + len(name) : at + len(name) + 2]
            if not (at > 0 and unit[at - 1].isalnum()) and not (
                after[:1].isalnum() or (after[:1] == " " and after[1:].isupper())
            ):
                count += 1
            at = unit.find(name, at + 1)
    return count


def _known_at(text: str, at: int) -> tuple[str, int] | None:
    """The known services written at `at` in `text`, as one name, and where they end; None
    when none starts there, or when the name is another work's ("the Netflix series Y")."""
    if at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_"):
        return None
    m = _PLATFORM_RUN.match(text, at)
    if m is None or _ANOTHER_WORK.match(text, m.end()) or names_an_outlet(text, m.end()):
        return None
    return _one_brand(" ".join(m.group(1).split())), m.end()


def _platform_heads(text: str) -> Iterator[int]:
    """Every place in `text` where a service's name may start, in order, found as they are
    asked for: a word of `_PLATFORM_HEADS`, or "now" in any case. Each match of
    `_PLATFORM_ANY`, and the name in each match of `_PLATFORM_PROSE`, starts at one of them."""
    m = _PLATFORM_HEAD.search(text)
    while m is not None:
        yield m.start()
        m = _PLATFORM_HEAD.search(text, m.start() + 1)


def _names_service(text: str) -> bool:
    """`_PLATFORM_ANY.search(text)` found something (tried only where a name may start)."""
    return any(_PLATFORM_ANY.match(text, at) for at in _platform_heads(text))


def _prose_matches(text: str) -> Iterator[re.Match[str]]:
    """`_PLATFORM_PROSE.finditer(text)`, tried only where a match can start: a match is a cue
    word of at most nine letters, white space, maybe "the" and white space, then the name,
    which starts at a place `_platform_heads` gives. The places before each name are tried in
    order, each once; those before a later name never come before an earlier one's (what lies
    between a name and its cue word is white space and "the", which no name starts in), so
    the matches come in the order a search finds them."""
    tried = done = 0
    for head in _platform_heads(text):
        at = head
        while at > 0 and text[at - 1].isspace():  # `\s` is what `str.isspace` says
            at -= 1
        floor = at - 9
        if text.endswith("the", 0, at):
            before = at - 3
            while before > 0 and text[before - 1].isspace():
                before -= 1
            floor = min(floor, before - 9)
        for place in range(max(floor, tried, done), head):
            if place < done or text[place] not in _CUE_FIRST:
                continue
            m = _PLATFORM_PROSE.match(text, place)
            if m is not None:
                done = m.end()
                yield m
        tried = max(tried, head)


# A service's name before another work of its own: "best known from the Netflix series “The
# Glory”" names where that one streams, not the film reviewed.
_ANOTHER_WORK = re.compile(
    r"[’']?s?\s+(?:original\s+)?(?:series|show|drama|film|movie|thriller|comedy|hit)\s+[‘“\"'A-Z]"
)


_CINEMA = re.compile(r"(?i)\b(?:theatr\w*|theater\w*|cinemas?|release[sd]?|box\s+office|tba|tbc)\b")


_SERVICE_WORD = re.compile(
    r"\b(?:Play|TV|Plus|Video|Channel|Cinema|Max|Now|Go|Home|Films|Stream|Network|Player|Prime)\b"
)


def _one_brand(platforms: str) -> str:
    """A list of services as written, or its first when one is the other's name and more ("HBO
    and HBO Max" is one network and its streaming arm; "BBC One and BBC iPlayer" are two)."""
    items = re.split(r"\s*,\s*|\s+(?i:and)\s+|\s*&\s*", platforms)
    if len(items) < 2:
        return platforms
    words = [set(item.lower().split()) for item in items]
    if any(
        words[a] <= words[b] or words[b] <= words[a]
        for a in range(len(words))
        for b in range(a + 1, len(words))
    ):
        return items[0]
    return platforms


def _platform_value(value: str, *, known_only: bool) -> str | None:
    """The platform a label's value names: the services known by name in it ("HBO and Max" as
    written when it lists only such), else a short name that is no menu word, person, date or
    cinema release; None when it names none."""
    value = re.sub(
        r"(?i)^(?:stream(?:ing)?|watch|rent|buy|now|available)\s+(?:it\s+)?(?:on\s+)?", "", value
    ).strip(" .")
    run = _PLATFORM_RUN.match(value)
    if run and not value[run.end() :].strip(" .,;"):
        return _one_brand(" ".join(run.group(1).split()))  # every item a known service
    known = _PLATFORM_ANY.search(value)
    if known:
        return " ".join(known.group(1).split())
    if known_only:
        return None
    first = re.split(r"\s*[,;|]\s*|\s+and\s+", value)[0].strip(" .")
    words = first.split()
    if not first or len(first) > 40 or len(words) > 4 or not first[:1].isupper():
        return None
    if (is_name(first) and not _SERVICE_WORD.search(first)) or _CINEMA.search(first):
        return None  # a person ("Tom Hale"), or a cinema release
    if any(ch.isdigit() for ch in first):
        return None
    if len(words) >= 2 and words[-1] == "TV":
        words = words[:-1]  # "Hum TV", "Geo TV": a channel's name, "TV" its last word
    if any(w.lower().strip(".,") in _MENU_WORDS for w in words):
        return None
    return first


_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# A release stated with its year: "in theaters November 22, 2023", "released in 2024",
# "streaming from 3 May 2024", "premiered at the 2023 Cannes Film Festival".
_RELEASE_YEAR = re.compile(
    r"\b(?:in\s+(?:select\s+)?(?:theaters|theatres|cinemas)|opens|opened|released|releases|release"
    r"|premieres?|premiered|streaming|streams|arrives|arrived|lands|landed|debuts|debuted|hits"
    r"|returns"
    r"|hit|out)\b(?:\s+(?:on|in|from|at|the|this|nationwide|worldwide|everywhere|theatrically"
    r"|digitally|(?-i:[A-Z][\w+]*)))*?\s+(?:(?:on|in|from)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    rf",?\s+)?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+"
    rf"|{_MONTH}\s+)?((?:19|20)\d\d)\b(?!\s*(?:cannes|venice|berlin|toronto|sundance)\b)",
    re.IGNORECASE,
)
_FESTIVAL_YEAR = re.compile(
    r"\b(?i:reviewed|seen|screened|premiered|filed|review\s+is)\s+(?:\w+\s+){0,2}?(?i:at|from|in)\s+"
    r"(?:(?i:the)\s+)?(?:((?:19|20)\d\d)\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}?(?:(?:International\s+)?Film\s+)?"
    r"(?:Festival|Fest|Film\s+Festival)?\s*((?:19|20)\d\d)?\b"
)
# Whose release a sentence states: the film's ("It", "The film", the title), not another's.
_RELEASE_SUBJECT = re.compile(
    r"^\W*(?:it|it's|the\s+(?:film|movie|series|show|season|documentary)|this\s+(?:film|movie"
    r"|series|show)|in\s+(?:select\s+)?(?:theaters|theatres|cinemas)|now\s+(?:streaming|playing"
    r"|showing)|streaming|out|opens|released|reviewed|seen|screened)\b",
    re.IGNORECASE,
)
_OTHER_WORK = re.compile(
    r"\b(?:original|predecessor|first\s+(?:film|one|season)|last\s+(?:film|season)|sequel\s+to"
    r"|remake|reboot|novel|book|memoir|play|album|debut\s+feature|previous|earlier)\b",
    re.IGNORECASE,
)


_RELEASE_WORD = re.compile(
    r"(?i)\b(?:theaters|theatres|cinemas|released?|releases|premieres?|premiered|streaming|streams"
    r"|opens|festival)\b"
)


def _dateline(unit: str) -> bool:
    """A dateline that states no release ("Published March 3, 2024", "Updated: …")."""
    return is_date_line(unit) and (
        _RELEASE_WORD.search(unit) is None
        or re.match(r"(?i)\W*(?:published|updated|posted)", unit) is not None
    )


def _release_year(title: str, texts: list[str], *, past: bool = True) -> int | None:
    """The year a release line or sentence gives for this film: one whose subject is the film
    (its title, "It", "The film") or a short line of its own ("In theaters November 22, 2023.",
    "Reviewed at the 2024 Sundance Film Festival"); never another work's release, nor a
    publish date (the caller leaves datelines out). With `past` False, a release told in the
    past tense ("arrived in 2021", "premiered in 2019") does not count."""
    key = title.lower()
    for text in texts:
        if (
            len(text) > 4000
            or not any(map(text.__contains__, _CENTURIES))
            or not _DIGIT_YEAR.search(text)
        ):
            continue
        if key and ("dir" in text or "Dir" in text):
            for credit in _DIRECTOR_COUNTRY_YEAR.finditer(text):
                if key in text[max(0, credit.start() - 60) : credit.start()].lower():
                    return int(credit.group(1))  # "(BlackBerry, dir. Matt Johnson, Canada, 2023)"
        for sentence in split_at(_SENTENCES, text):
            if not _DIGIT_YEAR.search(sentence) or _OTHER_WORK.search(sentence):
                continue
            about = (
                (key and key in sentence.lower())
                or _RELEASE_SUBJECT.match(sentence)
                or sentence.count(" ") < 12
            )
            if not about:
                continue
            m = _RELEASE_YEAR.search(sentence)
            if m and _STORY_OPENS.fullmatch(m.group()):
                m = None  # "The film opens in 1952 with a boy …": where the story starts
            came = m is not None and sentence[: m.start()].lower().endswith("came ")
            word = "came" if came else m.group().split(None, 1)[0].lower() if m else ""
            if m and (past or word not in _PAST_RELEASE):
                return int(m.group(1))
            m = _FESTIVAL_YEAR.search(sentence)
            if m and (m.group(1) or m.group(2)):
                return int(m.group(1) or m.group(2))
    return None


_DIGIT_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_CENTURIES = ("19", "20")  # every match of _DIGIT_YEAR holds one
_PAST_RELEASE = frozenset("opened released premiered arrived landed debuted hit came".split())
# A story's opening, not a release: "opens in 1952" with no date, place or theaters after it.
_STORY_OPENS = re.compile(r"(?i)(?:opens|opened)\s+in\s+(?:19|20)\d\d")
# A festival-style credit: "Dir. Matt Johnson, Canada, 2023", "(dir. X, USA/France, 2019)".
_DIRECTOR_COUNTRY_YEAR = re.compile(
    r"\b[Dd]ir(?:\.|ected\s+by)\s+[A-Z][^,()\n]{2,60},\s+[A-Z][\w .&/-]{1,40},\s+((?:19|20)\d\d)\b"
)
# The cut between two sentences (its group; `split_at` splits at it).
_SENTENCES = re.compile(r"[.!?](\s+)(?=[A-Z‘“\"'])")


# After a title: "(2023)", "(2020–2023)", "(2021–)", or a year ending the line ("Title 2022").
_YEAR_AFTER_TITLE = re.compile(
    r"[’'\"”]?\s*(?:\(\s*(1[89]\d\d|20\d\d)(?:\s*[–—-]\s*(?:\d{2,4})?)?\s*\)|(1[89]\d\d|20\d\d)$)"
)


def _title_year(
    page: _Page, title: str, paragraphs: list[str], start: int, end: int | None = None
) -> int | None:
    """The year printed by the title ("Title (2023)", "Title (2020–2023)", "Title 2022"), or in
    an info line with a runtime ("R, 2021, Drama/Western, 2h 6m"); None when there is none or
    when the page gives two different ones ("Shogun (1980) vs Shogun (2024)")."""
    if not title:
        return None
    needle = title.lower()
    years: set[int] = set()
    # The credits block after the review counts ("Film Credits", "Nightcrawler (2014)").
    credits = page.units[start : end + 40] if end is not None else []
    for unit in (*page.units[: max(start, 1)], *paragraphs, *credits):
        low = unit.lower()
        if len(low) != len(unit) or len(unit) > 3000:
            continue  # lowercasing moved the characters: no position to trust
        at = low.find(needle)
        while at != -1:
            if at == 0 or not low[at - 1].isalnum():
                m = _YEAR_AFTER_TITLE.match(unit, at + len(needle))
                if m:
                    years.add(int(m.group(1) or m.group(2)))
            at = low.find(needle, at + len(needle))
    key = loose_key(title)
    for i in range(1, min(max(start, 1), len(page.units))):
        unit = page.units[i]
        if len(unit) != 4 or not unit.isdigit():
            continue
        if loose_key(page.units[i - 1]) == key:
            years.add(int(unit))  # "Palm Springs" then "2020" on the next line
        elif i >= 2 and _KIND_LINE.match(page.units[i - 1]) and loose_key(page.units[i - 2]) == key:
            years.add(int(unit))  # "Adolescence", "TV Mini Series", "2025"
    if len(years) == 1:
        return years.pop()
    if years:
        return None
    for unit in page.units[: max(start, 1)]:
        if len(unit) <= 90 and _holds(_UNIT_WORD_PARTS, unit) and parse_runtime(unit):
            found = re.findall(r"(?<![\d/.-])(19[2-9]\d|20\d\d)(?![\d/-])", unit)
            if len(set(found)) == 1 and not is_date_line(unit):
                return int(found[0])
    return None


# A title line with its maker and year: "Perfect Days (Wim Wenders, 2023)".
_MADE_BY_IN = re.compile(
    r"([A-Z0-9‘“'\"][^()\n]{0,70}?)[’”'\"]?\s+\(([A-Z][\w’'\-.]+(?:\s+[A-Z][\w’'\-.]+){1,2}),\s*"
    r"((?:19|20)\d\d)\)"
)


def _maker_by_title(units: list[str], title: str) -> str | None:
    """The maker a title line names with the title and its year ("Perfect Days (Wim Wenders,
    2023)" on a line of its own); None when no such line names this title."""
    if len(title) < 2:
        return None
    for unit in units:
        if len(unit) <= 100 and unit.endswith(")") and unit.startswith(title[:1]):
            m = _MADE_BY_IN.fullmatch(unit)
            if m and fold(m.group(1).strip("‘“'\"’”")) == fold(title) and is_name(m.group(2)):
                return m.group(2)
    return None


def _bracketed_year(units: list[str], title: str) -> int | None:
    """The year the page prints in brackets right after the film's title, anywhere (a caption's
    "Ana Lima in Harbour Lights (2024)", a list of films): one year only, since a title shared
    with an older film ("X (1922)" in a review of the remake) must not give its year."""
    if len(title) < 2:
        return None
    years: set[str] = set()
    pattern: re.Pattern[str] | None = None
    for unit in units:
        if len(unit) > 5000 or title not in unit or "(" not in unit:
            continue
        if pattern is None:
            # (or with its maker or country first: "Perfect Days (Wim Wenders, 2023)",
            # "Stalker (Andrei Tarkovsky, USSR, 1979)", its own title: "X (La Noire de…, 1966)")
            pattern = re.compile(
                rf"(?<![\w’'-]){re.escape(title)}[’”'\"]?\s*\((?:[A-Z][^()\n,]{{0,40}},\s*){{0,3}}"
                rf"((?:18|19|20)\d\d)\)"
            )
        for m in pattern.finditer(unit):
            if not _LONGER_NAME.search(unit, max(0, m.start() - 40), m.start()):
                years.add(m.group(1))
    return int(years.pop()) if len(years) == 1 else None


# A capitalised word inside a sentence right before a match: the match is the end of a longer
# name ("… and to Old Harbour Lights (1950)").
# (Not an owner's name: "Ousmane Sembène's Black Girl (La Noire de…, 1966)".)
_LONGER_NAME = re.compile(r"[\w,;’'”)]\s+[A-Z][\w’'-]*(?<![’']s)\s+$")


def _year_from_name(stem: str) -> int | None:
    """A year at the end of a file name such as `the-martian-2015`."""
    m = re.search(r"(?:^|[-_ ])(1[89]\d\d|20\d\d)$", stem)
    return int(m.group(1)) if m else None
