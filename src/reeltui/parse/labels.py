"""Labelled facts: "Star Cast: A, B,C", "Director:" with the name on the next line, "Running
Length: 2h 21m", "Critic's Rating: 3.5/5", "Available On: Netflix", wherever they stand.

Review pages put a film's credits in small labelled blocks above the review, inside it, or at the
end ("The Facts", "End Credits"). A label is recognised by its words, not by its place; its value
stands after a colon on the same line, or on the lines below it (one name per line). Ratings,
runtimes and dates have parsers of their own here, since labels and prose write them alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from reeltui.parse.cues import split_at
from reeltui.parse.fact_lines import abbreviated_director, bar_parts, by_opening, crew_run_names
from reeltui.parse.layout import is_hard_stop
from reeltui.text import fold

__all__ = [
    "LabelHit",
    "canonical_rating",
    "label_kind",
    "parse_runtime",
    "scan_labels",
    "split_names",
    "star_rating",
]

# Each kind of fact and the folded label texts that name it. Order matters: the first match wins.
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "user_rating",
        re.compile(
            r"(?:.*\b(?:users?|audience|readers?|viewers?|avg|average|imdb|public|fans?|community)"
            r"'?s?\b.*\b(?:ratings?|scores?|stars?|votes?|verdicts?|meter)\b.*"
            r"|.*\b(?:tomatometer|popcornmeter|mpaa?|age|metascore|imdb)\b.*"
            r"|(?:content|parental)\s+(?:rating|guidance|advisory)"
            r"|what\s+(?:you|readers|users|viewers)\s+(?:say|think))"
        ),
    ),
    ("creator", re.compile(r"(?:created by|creators?|showrunners?|developed by)")),
    (
        "director",
        re.compile(
            r"(?:directors?|directed by|direction|dir|dir\s*/\s*\w+|director\s*[,/&].*"
            r"|.*[,/&]\s*director"
            # "Screenplay - Direction", "Story, Screenplay & Direction", "Writing and Direction"
            r"|.*(?:[,/&]|\s[-–]|\sand)\s*direction"
            r"|directed(?: and written)?(?: by)?|written and directed by)"
        ),
    ),
    (
        "cast",
        re.compile(
            r"(?:star\s*cast|starcast|cast|stars|starring|actors?|main cast|lead cast|lead actors"
            r"|cast (?:and|&) crew|full cast|cast (?:and|&) characters|cast list|voice cast"
            r"|cast members|voice cast|with|the cast|featuring|who's in it|(?:.+\s)?cast"
            # a heading over the cast's rows: "Sholay Cast and Characters", "Who's who in Ramgarh"
            r"|.+\scast (?:and|&) characters|who'?s who(?:\s+in\s+.+)?|who\s+play(?:s|ed)\s+whom?)"
        ),
    ),
    (
        "runtime",
        re.compile(
            r"(?:run\s*-?\s*time|running\s+(?:time|length)|duration|length|film length|time)"
        ),
    ),
    (
        "rating",
        re.compile(
            r"(?:[\w-]+\.(?:com|net|org|in|co\.uk|co)\s+|[\w-]+'s\s+)?"  # "Reel's rating"
            r"(?:(?:our|critic'?s'?|critics'?|editors?'?s?|the|film|movie|overall|final|reviewer'?s?"
            r"|my|star)\s+)?(?:rating|score|grade|stars?|verdict rating|verdict)(?:\s*\(.*\))?"
            r"|what\s+we\s+(?:say|think)"
        ),
    ),
    (
        "platform",
        re.compile(
            r"(?:available on|available to stream on|(?:now\s+)?streaming on|streaming|stream it on"
            r"|where to (?:watch|stream)|watch (?:it )?on|platform|ott|ott platform|network"
            r"|channel|now streaming|airs on|broadcaster|streaming platform|where to watch it"
            r"|availability|available|where to stream it|streaming service|streaming now)"
        ),
    ),
    (
        "release",
        re.compile(
            r"(?:release date|released|release|theatrical release|release year|premiere date"
            r"|production year|year of production"
            r"|year|year of release|in cinemas|in theaters|in theatres|out|airdate|air date|debuts"
            r"|debut|premieres|premiere|airs|air time|opens|on air|first broadcast|first aired"
            r"|first shown|premiered|original air date|original airdate|originally aired"
            r"|original release(?: date)?|original broadcast)"
        ),
    ),
    (
        "title",
        re.compile(
            r"(?:movie name|film name|name of the (?:movie|film|show|series)|film|movie|title"
            r"|series name|show name|show|series|web series|film title|movie title)"
        ),
    ),
    ("language", re.compile(r"(?:language|languages|original language)")),
    ("genre", re.compile(r"(?:(?:main|primary|sub)\s*)?(?:genre|genres)(?:\s*\(s\))?")),
    (
        "crew",
        re.compile(
            r"(?:writers?|written by|screenplay|screenwriters?|producers?|produced by|executive"
            r" producers?|music|music by|score|composer|cinematography|cinematographer|dop|dp"
            r"|director of photography|camera|editor|editing|edited by|production|production"
            r" designer|costume designer|story|dialogues?|crew|certificate|certification|censor"
            r"|censor rating|country|budget|box office|original title|reviewed at|rated|studio"
            r"|distributor|production company|banner|based on|sales|seasons?|episodes?"
            r"|episode count|creator|aspect ratio|filmed in|sound|vfx|lyrics|format"
            r"|who's behind it)"
        ),
    ),
    (
        "tags",
        re.compile(
            r"(?:tags?|topics?|filed under|read more about|related topics|more about|categories"
            r"|category)"
        ),
    ),
)

# Every kind in one pattern, tried in the same order: one match per label instead of twelve.
_ANY_KIND = re.compile("|".join(f"(?P<{kind}>{pattern.pattern})" for kind, pattern in _KINDS))

# A label before a colon: at most five words, no sentence inside.
_COLON_LABEL = re.compile(r"^([^\W_][\w’'.&/ ,()–-]{0,40}?)\s*[:：]\s*")
# Inline runs of labels: "Dir: X. Starring: A, B. 15, 147 mins" split before each "Label:".
_INLINE_SPLIT = re.compile(r"[.;|•·](\s+)(?=[^\W\d][\w’' ,&/-]{0,30}[:：]\s)")  # (split_at)


_DASH_FORM = re.compile(r"^([^\W\d_][\w’' .&/]{1,30}?)\s+[–—-]\s+(\S.*)$")


def _dash_label(unit: str) -> tuple[str, str, str] | None:
    """ "Director – Paul King": (the label, its kind, the value) when a known label stands
    before a dash; None otherwise."""
    m = _DASH_FORM.match(unit)
    if not m:
        return None
    kind = label_kind(m.group(1))
    if kind is None or kind in ("title", "cast", "user_rating"):
        return None
    return m.group(1), kind, m.group(2)


_BY_FORM = re.compile(
    r"^((?:directed|written and directed|directed and written|created|written|produced"
    r"|developed)\s+by|starring)"
    r"\s+([A-Z][^.!?]{2,400}?)(?:\.\s.*|\.)?$",
    re.IGNORECASE,
)


def _by_label(unit: str) -> tuple[str, str, str] | None:
    """ "Directed by Max Barbakow" alone on a line: a label without a colon."""
    m = _BY_FORM.match(unit)
    if not m or not _names_line(m.group(2)):
        return None  # "Directed by X and starring Y, it runs …" is a sentence, not a label
    kind = label_kind(m.group(1))
    return (m.group(1), kind, m.group(2)) if kind else None


# A label and its value on one line with no colon between, as a fact box's table or list reads
# when saved as text: "Run Time 106 mins.", "Release Date June 14, 2024", "Directors A, B".
_BARE_FORM = re.compile(
    r"^(Run\s*-?\s*[Tt]ime|Running\s+[Tt]ime|Runtime|Duration|Release\s+[Dd]ate|Year"
    r"|Directors?|Directed\s+by)\s+(\S.{0,80})$"
)
# The same in a fact box whose labels are set in capitals: "WITH A, B, C", "WRITTEN AND
# DIRECTED BY X", "RUNNING TIME 2 hours": the label ends where the capitals do.
_CAPS_FORM = re.compile(r"^((?:[A-Z]{2,}\s+){0,4}[A-Z]{2,})\s+(?=\S*[a-z0-9])(\S.{0,300})$")
_BARE_YEAR = re.compile(r"^(?:[A-Z0-9][\w.]*,?\s+){0,3}(?:19|20)\d\d$")


def _bare_label(unit: str) -> tuple[str, str, str] | None:
    """ "Run Time 106 mins.": (the label, its kind, the value) when a known label opens a short
    line and the rest is a value of its kind (a runtime, a date with its year, a list of names);
    None for a sentence that only begins with such a word ("Director Ava Li returns …")."""
    m = _BARE_FORM.match(unit)
    if not m and unit[:2].isupper():
        m = _CAPS_FORM.match(unit)
    if not m:
        return None
    label, value = m.group(1), m.group(2).strip()
    kind = label_kind(label)
    if kind == "runtime":
        ok = value[:1].isdigit() and len(value) <= 25 and parse_runtime(value) is not None
    elif kind == "release":
        ok = _BARE_YEAR.match(value.rstrip(".")) is not None
    elif kind in ("director", "cast") and value[:1].isupper():
        # "WITH A, B, C": a cast only under a label in capitals, whose end the case shows
        ok = _names_line(value) and not value.endswith(".")
        ok = ok and (kind == "director" or m.re is _CAPS_FORM)
    else:
        ok = False
    return (label, kind, value) if ok and kind else None


_SPACES = re.compile(r"\s+")
_LABEL_WORDS = re.compile(r"[^\W\d_][\w’'.-]*")
_BRACKETS = re.compile(r"\([^()]*\)")
_SPACED_BRACKETS = re.compile(r"\s*\([^()]*\)")
_VALUED = re.compile(r"[:：]\s*\S")


def label_kind(label: str) -> str | None:
    """The kind of fact a label names ("cast", "director", "rating", …), or None."""
    if len(label) > 80 or label.count(" ") > 12:
        return None  # far longer than any label, however it is spaced
    return _label_kind(label)


@lru_cache(maxsize=2048)  # the same few labels, page after page
def _label_kind(label: str) -> str | None:
    text = label.lower() if label.isascii() else fold(label)
    text = text.replace("’", "'").strip(" .:-*•|")
    if "  " in text or "\t" in text or "\n" in text:
        text = _SPACES.sub(" ", text)
    # (a remark in brackets closing the label counts for nothing: "Who's who in Dog River
    # (Season 1)")
    bare = _SPACED_BRACKETS.sub("", text) if text.endswith(")") else text
    if not bare or len(bare) > 40 or bare.count(" ") > 4:
        return None
    m = _ANY_KIND.fullmatch(text)
    if m is None and text.endswith(")") and "(" in text:
        # "Release Date (Theaters)", "Director(s)": the label with a remark in brackets.
        m = _ANY_KIND.fullmatch(_BRACKETS.sub("", text).strip())
    if m is None and "release" in text and (region := _REGION.match(text)):
        # "US/Canada release date", "UK release": a country's release is the film's release
        m = _ANY_KIND.fullmatch(text[region.end() :])
    if m is None and "rating" in text and _NAMED_RATING.fullmatch(text):
        return "rating"  # "Sify Rating", "Sam Bahadur movie rating", "X Rating – Film"
    return m.lastgroup if m else None


# The countries a release label may open with: "US/Canada", "UK/Ireland", "UK", "India".
_REGION = re.compile(
    r"(?:(?:us|uk|usa|u\.s\.|u\.k\.|ireland|canada|india|australia|nz|[a-z]{2,12}/[a-z]{2,12})"
    r"(?:/[a-z]{2,12})?)\s+(?=release|theatrical)"
)


# A rating label led by a site's or a film's name (tried after every kind: never a user rating).
_NAMED_RATING = re.compile(
    r"(?:(?:[^\W\d]|\d+[^\W\d])[\w'.-]*\s+){1,3}rating(?:\s+[–-]\s+(?:film|movie|overall|critic))?"
)  # (a name may open with figures: "8Days Rating", "3AM rating"; "5 star rating" is no name)


@dataclass(frozen=True, slots=True)
class LabelHit:
    """A labelled fact: its kind, its value text, and the units it takes up."""

    kind: str
    value: str
    first: int
    last: int
    label: str = ""
    items: tuple[str, ...] = field(default=())


_NAME_SPLIT = re.compile(r"\s*(?:,|;|\||•|·|/|\band\b|&|\n)\s*")
_BULLET = re.compile(r"^[\s•·*▪◦\-–—]+")


def split_names(value: str) -> list[str]:
    """The items of a list value: "A, B,C", "A and B", "A | B", bullets; empties dropped."""
    items: list[str] = []
    depth_text = _protect_parens(value)
    for raw in _NAME_SPLIT.split(depth_text):
        item = _BULLET.sub("", raw.replace("\x00", ",")).strip()
        if not re.search(r"\b(?:Jr|Sr|Jnr|Snr)\.$", item):
            item = item.strip(" .")
        if item:
            items.append(item)
    return items


def _protect_parens(value: str) -> str:
    """Commas inside parentheses are not item separators: hide them."""
    if "(" not in value:
        return value
    out: list[str] = []
    depth = 0
    for ch in value:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        out.append("\x00" if ch == "," and depth else ch)
    return "".join(out)


def _names_line(unit: str) -> bool:
    """A line of names (one or a list, or "Role – Actor"): every word capitalised but joining
    words, with a bracketed remark allowed ("Paddington (voice) – Ben Whishaw")."""
    if _dash_label(unit):
        return False
    words = _LABEL_WORDS.findall(_BRACKETS.sub(" ", unit))
    if not words:
        return False
    joining = {"and", "as", "de", "da", "del", "van", "von", "der", "la", "le", "y", "bin", "al"}
    return all(w[0].isupper() or w in joining for w in words)


def _is_value_line(unit: str) -> bool:
    """A short line that can be a label's value below it (a name, a date, a number)."""
    if len(unit) > 120 or len(unit.split()) > 14:
        return False
    if unit.endswith((".", "!", "?")) and len(unit.split()) > 6:
        return False
    return label_kind(_SPACED_BRACKETS.sub("", unit).rstrip(":")) is None


_CAST_ITEM_SPLIT = re.compile(r"\s*[;,]\s*")


def _long_cast_line(unit: str) -> bool:
    """A cast label's value too long for a value line: one line of many credits, each a name or
    "Name as Role" ("Amy Poehler as Joy; Maya Hawke as Anxiety; …"), every item short."""
    if len(unit) > 1200 or (";" not in unit and "," not in unit) or unit.endswith("."):
        return False
    items = _CAST_ITEM_SPLIT.split(unit.strip())
    return len(items) >= 3 and all(0 < len(item.split()) <= 8 for item in items)


def _leads_in(units: list[str], j: int) -> bool:
    """True when unit `j` is a sentence that leads into the rows below it ("Before we dive in,
    here is who played whom:"), a name's row following."""
    if j + 1 >= len(units) or not units[j].endswith(":") or len(units[j]) > 200:
        return False
    return len(units[j].split()) >= 4 and _is_value_line(units[j + 1])


def scan_labels(units: list[str]) -> list[LabelHit]:
    """Every labelled fact in the units, in order."""
    hits: list[LabelHit] = []
    i = 0
    size = len(units)
    while i < size:
        unit = units[i]
        parts = bar_parts(unit) if "|" in unit and ":" not in unit else []
        if parts and (found := _bar_labels(parts, i)):
            hits.extend(found)  # "Dir. X | Italy 1966 | 121 min": a line of facts in parts
            i += 1
            continue
        dash_run = " – " in unit[:40] and ":" not in unit  # "Director – A, Music – B, …"
        if (len(unit) > 400 and not dash_run) or (
            ":" not in unit
            and len(unit) > 50
            and not unit[:3].isupper()
            and not _starring(unit)
            and not by_opening(unit)
            and not dash_run
        ):
            i += 1
            continue
        bare = unit.rstrip(" :：").strip()
        # "Label: value" is not a bare label (the colon looked for first, at once)
        valued = (":" in bare or "：" in bare) and _VALUED.search(bare) is not None
        kind = label_kind(bare) if len(bare) <= 40 and not valued else None
        if kind == "rating" and bare.lower() in ("verdict", "the verdict", "final verdict"):
            kind = None  # a heading over the verdict, not a label
        if (kind is not None and kind != "title") or (kind == "title" and unit.endswith(":")):
            assert kind is not None
            # A label alone: its value is on the lines below it.
            j = i + 1
            values: list[str] = []
            inner: list[LabelHit] = []
            limit = 30 if kind in ("cast", "director", "creator", "crew") else 1
            if kind == "cast" and _leads_in(units, j):
                j += 1  # "Sholay Cast and Characters", "Here is who played whom:", the rows
            while (
                j < size
                and len(values) < limit
                and (_is_value_line(units[j]) or (kind == "cast" and _long_cast_line(units[j])))
            ):
                if kind == "runtime" and parse_runtime(units[j]) is None:
                    break  # "Runtime" over "Analysis": a list item, then a heading
                if kind == "cast" and not values and (jobs := _jobs_under_names(units, j)):
                    # "Cast and crew" over "Ilse Brandt" / "Director", "Joel Marsh" / "Writer":
                    # names over their jobs, a crew's rows, none of them the cast.
                    inner.extend(jobs)
                    j += 2 * len(jobs)
                    continue
                if kind == "cast" and (job := _job_under_name(units, j)):
                    # "Charles Laughton" over "Director": the block sets each name over its
                    # part, so the lines below pair up, an actor over a role; the names read
                    # before the job row pair up too, or are no credit ("Read More").
                    inner.append(job)
                    values = _over_pairs(values) if len(values) % 2 == 0 else []
                    j += 2
                    pairs = _pairs_below(units, j, size)
                    values.extend(pairs)
                    j += 2 * len(pairs)
                    break
                if kind == "cast" and (crew := _crew_row(units[j], j)):
                    # "Cast & Crew" over "Director: X", "Producers: A, B" and the cast rows:
                    # a labelled crew row is its own fact, never a name of the cast.
                    inner.extend(crew)
                    j += 1
                    continue
                if limit > 1 and (
                    not _names_line(units[j])
                    or units[j].endswith(".")
                    or (" " not in units[j].strip() and "," not in units[j])
                    or is_hard_stop(units[j])
                ):
                    break  # a menu word, a sentence or the page's furniture, not a name
                values.append(units[j])
                j += 1
            if values:
                hits.append(LabelHit(kind, ", ".join(values), i, j - 1, bare, tuple(values)))
                hits.extend(inner)
                i = j
                continue
            if inner:
                hits.append(LabelHit(kind, "", i, i, bare))
                hits.extend(inner)
                i = j
                continue
            hits.append(LabelHit(kind, "", i, i, bare))
            i += 1
            continue
        if ":" in unit or "：" in unit:
            by = _by_label(unit.split(". ", 1)[0] + ".") if "by " in unit else None
            if by:
                hits.append(LabelHit(by[1], by[2].strip(), i, i, by[0]))
            found = _colon_labels(unit, i)
            if found:
                hits.extend(found)
        elif len(unit) < 120 or _starring(unit) or by_opening(unit):
            dash = _dash_label(unit) or _by_label(unit) or _bare_label(unit)
            if dash:
                hits.append(LabelHit(dash[1], dash[2].strip(), i, i, dash[0]))
        elif (dash := _dash_label(unit)) and dash[1] == "director":
            # "Director/Screenplay – A, Based on the Novel by B, Producers – C, …": a crew line
            # running its labels together; the director's names end where a name does not
            dash = (dash[0], dash[1], crew_run_names(dash[2], _names_line))
            if dash[2]:
                hits.append(LabelHit(dash[1], dash[2].strip(), i, i, dash[0]))
        i += 1
    return hits


def _job_under_name(units: list[str], j: int) -> LabelHit | None:
    """A name over a bare job label ("Charles Laughton" over "Director"): that job's row."""
    if j + 1 >= len(units) or not _names_line(units[j]) or " " not in units[j].strip():
        return None
    job = units[j + 1].strip()
    if len(job) > 30 or ":" in job or job.lower().endswith(" by"):
        return None  # "Directed by" is a label over its value
    kind = label_kind(job)
    if kind not in ("director", "creator", "crew"):
        return None
    if len(_pairs_below(units, j + 2, len(units))) < 2:
        return None  # "Nagesh Kukunoor" over "Episodes" over "8": a list, then a fact
    return LabelHit(kind, units[j].strip(), j, j + 1, job)


def _jobs_under_names(units: list[str], j: int) -> list[LabelHit]:
    """Two rows or more from `j` on, each a name over a crew's job ("Ilse Brandt" over
    "Director", "Joel Marsh" over "Writer"), and no name left over after them (which would
    make them labels over their values): those jobs' rows; empty otherwise."""
    rows: list[LabelHit] = []
    while j + 1 < len(units) and len(rows) < 30:
        name, job = units[j].strip(), units[j + 1].strip()
        if len(job) > 30 or ":" in job or " " not in name or not _names_line(name):
            break
        kind = label_kind(job)
        if kind not in ("director", "creator", "crew") or not _is_value_line(name):
            break
        rows.append(LabelHit(kind, name, j, j + 1, job))
        j += 2
    left = units[j].strip() if j < len(units) else ""
    if ":" not in left and " " in left and _is_value_line(left) and _names_line(left):
        return []  # a name left over: labels over their values ("Director" over "Dan Gilroy")
    return rows if len(rows) >= 2 else []


def _over_pairs(lines: list[str]) -> list[str]:
    """Lines that alternate a name and its part, as "Name (Part)" items."""
    return [f"{lines[k]} ({lines[k + 1]})" for k in range(0, len(lines) - 1, 2)]


def _pairs_below(units: list[str], j: int, size: int) -> list[str]:
    """The actor-over-role pairs from `j` on: a name of two words or more over a short line of
    capitalised words, each line a value, up to the first line that breaks the shape."""
    out: list[str] = []
    while j + 1 < size and len(out) < 60:
        actor, role = units[j].strip(), units[j + 1].strip()
        if not (
            _is_value_line(units[j])
            and _is_value_line(units[j + 1])
            and _names_line(actor)
            and _names_line(role)
            and " " in actor
            and len(role.split()) <= 5
            and "(" not in actor + role
        ):
            break
        out.append(f"{actor} ({role})")
        j += 2
    return out


def _starring(unit: str) -> bool:
    """A line that opens with "Starring": a cast list however long ("Starring A, B, … and K.")."""
    return unit[:9].lower() == "starring "


def _crew_row(unit: str, index: int) -> list[LabelHit]:
    """The hits of a line that is a labelled fact of its own other than the cast ("Director:
    X", "Screenplay: Y", "DP: Z"); empty for a cast row, "Role: Actor" included."""
    if ":" not in unit and "：" not in unit:
        return []
    found = _colon_labels(unit, index)
    if not found or any(hit.kind == "cast" for hit in found):
        return []
    return found


_VERDICT_WORD = re.compile(r"(?i)\bverdict\b")
_SCORE_LIKE = re.compile(r"\d|[★☆½⭐]|^\s*[A-F][+\-−–]?(?:\s|$)")
# Where a second labelled score starts on a rating's line: " / Movie: ★★★".
_NEXT_SCORE = re.compile(r"\s+[/|]\s+(?=[^\W\d][\w ]{0,20}:)")
# A full stop after a word of two letters or more ends a list of names ("B." is an initial).
_SENTENCE_CUT = re.compile(r"\.(?<=[^\W\d_]{2}\.)\s+(?=\S)")


def _bar_labels(parts: list[str], index: int) -> list[LabelHit]:
    """The labelled facts of a line divided by bars, each part read as a line of its own."""
    hits: list[LabelHit] = []
    for part in parts:
        abbreviated = abbreviated_director(part)
        if abbreviated and _names_line(abbreviated[1]):
            hits.append(LabelHit("director", abbreviated[1], index, index, abbreviated[0]))
            continue
        found = _by_label(part) or _dash_label(part) or _bare_label(part)
        if found:
            hits.append(LabelHit(found[1], found[2].strip(), index, index, found[0]))
    return hits


def _colon_labels(unit: str, index: int) -> list[LabelHit]:
    """The "Label: value" pairs of one line, several when a line runs labels together."""
    hits: list[LabelHit] = []
    # One label at the start needs no split; a later one ("… content. Running time: 2 hours")
    # or several ("Dir: X. Starring: A, B") do.
    colons = unit.count(":") + unit.count("：")
    first = unit.find(":") if ":" in unit else unit.find("：")
    head = unit[:first]
    split = colons > 1 or ". " in head or "; " in head or "| " in head
    for segment in split_at(_INLINE_SPLIT, unit) if split else (unit,):
        match = _COLON_LABEL.match(segment)
        if not match:
            continue
        label, value = match.group(1), segment[match.end() :]
        # "Crew: Director, writer: Ryan Coogler": the last label before the value counts.
        inner = _COLON_LABEL.match(value)
        while inner and label_kind(inner.group(1)) is not None:
            label, value = inner.group(1), value[inner.end() :]
            inner = _COLON_LABEL.match(value)
        kind = label_kind(label)
        if kind is None:
            continue
        if kind in ("cast", "director", "creator", "crew"):
            value = _SENTENCE_CUT.split(value, maxsplit=1)[0]  # "… Zlatko Burić. 15, 147 mins"
            if " | " in value:
                # "Stars: A, B | Written and Directed by X": a bar ends the list of names, and
                # what follows it may be a fact of its own.
                value, _, rest = value.partition(" | ")
                more = _by_label(rest.strip())
                if more:
                    hits.append(
                        LabelHit(kind, value.strip().rstrip("."), index, index, label.strip())
                    )
                    hits.append(LabelHit(more[1], more[2].strip(), index, index, more[0]))
                    continue
        elif kind == "rating":
            value = _NEXT_SCORE.split(value, maxsplit=1)[0]  # "Film: ★★★★ / Movie: ★★★"
            if _VERDICT_WORD.search(label) and not _SCORE_LIKE.search(value) and len(value) > 20:
                continue  # "Verdict: Go for it, on the big screen.": a sentence of the review
        value = value.strip().rstrip(".|•·").strip()  # (the separator before the next label)
        hits.append(LabelHit(kind, value, index, index, label.strip()))
    return hits


# --- ratings ---------------------------------------------------------------------------------

_SCORE = re.compile(
    r"(?<![\w.])(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:/|\(?\s*out\s+of|on)\s*(\d{1,3})(?![\d/])"
)
_STARS_WORD = re.compile(
    r"(?<![\w.])(\d(?:[.,]\d)?|one|two|three|four|five|half)(?:\s+and\s+a\s+half)?\s*"
    r"(?:stars?|★)(?:\s*\(?\s*out\s+of\s+(\d{1,2}|four|five|ten)\)?)?",
    re.IGNORECASE,
)
_WORD_NUMBERS = {
    "half": 0.5,
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
}
# A grade ends its value, or comes before punctuation or a capital ("B+ (Good)"); not the "A"
# of "A lovely film."
_GRADE = re.compile(r"^([A-F][+\-−–]?)(?=$|[.,;)]|\s+(?![a-z]))")
_DIGIT_HALF = re.compile(r"(?<![\d.])(\d{1,2})\s*½")
_FULL_STARS = "★⭐✪✭✮✯✰🌟"
_EMPTY_STARS = "☆✩"
_ANY_STAR = re.compile(f"[{_FULL_STARS}{_EMPTY_STARS}½⯪]")


def _number(text: str) -> float | None:
    text = text.lower().replace(",", ".")
    if text in _WORD_NUMBERS:
        return float(_WORD_NUMBERS[text])
    try:
        return float(text)
    except ValueError:
        return None


def _fmt(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def star_rating(text: str) -> str | None:
    """A rating drawn in star glyphs: "★★★½" gives "3.5/5", "★★★★☆" gives "4/5"."""
    if text.isascii() or not _ANY_STAR.search(text):
        return None  # (every glyph of a star or a half is outside ASCII)
    full = sum(text.count(ch) for ch in _FULL_STARS)
    empty = sum(text.count(ch) for ch in _EMPTY_STARS)
    half = text.count("½") + text.count("⯪")
    if not full and not half:
        return None
    value = full + 0.5 * min(half, 1)
    scale = full + empty + (1 if half else 0) if empty else (5 if value <= 5 else 10)
    if value > scale:
        return None
    return f"{_fmt(value)}/{scale}"


# The scale a line of stars states beside them: "★★★½ out of four", "★★★ (out of 4 stars)".
_STATED_SCALE = re.compile(
    r"(?:out\s+of|/)\s*(4|5|10|four|five|ten)\b(?:\s+stars?)?|\b(four|five)[\s-]star\s+scale",
    re.IGNORECASE,
)


def _stated_scale(glyphs: str, text: str) -> str:
    """Stars counted on the scale the text states, when it states one and they fit it."""
    if "☆" in text or "✩" in text or len(text) > 80:
        return glyphs  # empty stars draw the scale themselves
    m = _STATED_SCALE.search(text)
    if not m:
        return glyphs
    scale = _number((m.group(1) or m.group(2)).lower())
    value = float(glyphs.split("/")[0])
    if scale is None or value > scale:
        return glyphs
    return f"{_fmt(value)}/{_fmt(scale)}"


_PERCENT = re.compile(r"(\d{1,3})\s*%")


# Stars typed as asterisks, as older sites print them: "***1/2 (out of four)", "****½". Only
# with a half or a stated scale: a line of asterisks alone is a break between sections.
_ASTERISKS = re.compile(r"(\*{1,5})\s*(1/2|½)?(?=\s*\(?\s*out\s+of\b|\s*$)", re.IGNORECASE)


def _asterisks(text: str) -> str | None:
    """A rating drawn in asterisks (see `_ASTERISKS`) on the scale the text states, else five."""
    m = _ASTERISKS.match(text)
    if m is None or not (m.group(2) or m.end() < len(text)):
        return None
    value = len(m.group(1)) + (0.5 if m.group(2) else 0)
    return _stated_scale(f"{_fmt(value)}/5", text)


def canonical_rating(text: str, *, grades: bool = False) -> str | None:
    """A rating written any common way, as "<value>/<scale>" ("3.5/5", "9/10"), or a letter
    grade ("B+") when `grades` is set (only a labelled value may be a grade)."""
    text = text.strip()
    if not text:
        return None
    if "½" in text:
        text = _DIGIT_HALF.sub(r"\1.5", text)  # "3½/5" is 3.5 out of 5, not half a star
    typed = _asterisks(text) if text[0] == "*" else None
    if typed is not None:
        return typed
    glyphs = star_rating(text)
    if glyphs is not None:
        return _stated_scale(glyphs, text)
    m = _SCORE.search(text)
    if m:
        value, scale = _number(m.group(1)), _number(m.group(2))
        if value is not None and scale in (4, 5, 10, 100) and 0 <= value <= scale:
            return f"{_fmt(value)}/{_fmt(scale)}"
    if text[-1] == "%":
        percent = _PERCENT.fullmatch(text)
        if percent and int(percent.group(1)) <= 100:
            return f"{int(percent.group(1))}/100"  # "72%": a score out of a hundred
    m = _STARS_WORD.search(text)
    if m:
        value = _number(m.group(1))
        if value is not None:
            if re.search(r"and\s+a\s+half", m.group(0), re.IGNORECASE):
                value += 0.5
            scale = _number(m.group(2)) if m.group(2) else 5.0
            if scale in (4, 5, 10) and 0 < value <= scale:
                return f"{_fmt(value)}/{_fmt(scale)}"
    if grades:
        g = _GRADE.match(text)
        if g:
            return g.group(1).replace("−", "-").replace("–", "-")
    return None


# --- runtimes --------------------------------------------------------------------------------

_HOURS_MINUTES = re.compile(
    r"(?<![\d.])(\d{1,2})\s*(?:h|hrs?|hours?)\.?\s*,?\s*(?:and\s+)?(\d{1,2})\s*"
    r"(?:m|mins?|minutes?)\b",
    re.IGNORECASE,
)
_HOURS = re.compile(r"(?<![\d.])(\d)\s*(?:h|hrs?|hours?)\b(?!\s*\d)", re.IGNORECASE)
_MINUTES = re.compile(r"(?<![\d.])(\d{2,3})\s*(?:m|mins?|minutes?)\b\.?", re.IGNORECASE)


_HOUR_NUMBERS = {"one": "1", "two": "2", "three": "3"}
# Hours in words before the minutes in figures: "one hour and 44 minutes".
_WORD_HOURS = re.compile(
    r"\b(one|two|three)(?=\s+(?:hours?|hrs?)\.?\s*,?\s*(?:and\s+)?\d)", re.IGNORECASE
)
_PER_EPISODE = re.compile(r"\s*(?:per|an?|each|every)\s+episode\b", re.IGNORECASE)


def _per_episode(text: str, end: int) -> bool:
    """True when the minutes that end at `end` are said of each episode ("52 minutes per
    episode", "45 mins an episode")."""
    return "episode" in text and _PER_EPISODE.match(text, end) is not None


def parse_runtime(text: str) -> int | None:
    """Minutes from "118 minutes", "2h 21m", "2 Hours 44 Minutes", "2 hrs 10 mins",
    "1 hour, 58 minutes", "one hour and 58 minutes", "137 MIN."; None when the text gives no
    runtime, or gives an episode's ("52 minutes per episode": not the whole thing's)."""
    if "our" in text or "hr" in text or "OUR" in text or "HR" in text:
        text = _WORD_HOURS.sub(lambda m: _HOUR_NUMBERS[m.group(1).lower()], text)
    m = _HOURS_MINUTES.search(text)
    if m:
        minutes = int(m.group(1)) * 60 + int(m.group(2))
        return minutes if 20 <= minutes <= 600 and not _per_episode(text, m.end()) else None
    m = _MINUTES.search(text)
    if m:
        minutes = int(m.group(1))
        return minutes if 20 <= minutes <= 600 and not _per_episode(text, m.end()) else None
    m = _HOURS.search(text)
    if m:
        minutes = int(m.group(1)) * 60
        return minutes if 20 <= minutes <= 600 else None
    return None
