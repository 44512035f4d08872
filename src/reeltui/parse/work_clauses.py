"""Cast cues that hang on another work the sentence names, however the work is named.

`notcast` knows a few fixed shapes of another work's cast ("Paper Moons, the comedy starring A",
"the 1998 version, starring B"). Writers name the other work in many more ways: by its year
and its genre ("an obscure 1957 thriller, Zero Hour!, starring A as a pilot"), by its maker
and year with its crew before its stars ("DaCosta's 2021 film, produced by B and starring C"),
by its place among the works ("Brandt's next feature, again starring D", "last year's version,
with E"), or as an offshoot whose people someone plays ("two spin-offs: Night Desk, a sitcom
following the two wardens played by F and G").

The shape here is the clause: a cast cue ("starring", "featuring", "played by", ", with") with
only names between it and the mention, and before the cue, in the same sentence, a mark of a
work that is not the one reviewed: a year, a word of kinship between works (remake, sequel,
spin-off, version, adaptation, original), a place in a run of works ("next", "earlier", "last
year's"), or a forgotten or obscure one. The stretch from the mark to the cue must not turn to
the film reviewed (its title, "here", "this film", "but", "unlike", a new clause after ";").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from reeltui.text import fold

__all__ = [
    "apposed_work_with",
    "bracket_of_maker",
    "framed_by_other_work",
    "office_opening",
    "other_work_clause",
    "part_in_named_work",
    "part_in_titled_work",
    "play_idiom",
    "relative_on_work",
    "years_of_title",
]

# A list of names closing the text: "A", "A and B", "A, B and C".
_NAMES = r"[A-Z][\w’'\-.]*(?:\s+(?:[A-Z][\w’'\-.]*|de|van|von|da|di|del|la|le)){0,4}"
_LIST_TO_END = r"(?:" + _NAMES + r"(?:,\s+and\s+|,\s+|\s+and\s+|\s*&\s+))*$"
# The cue right before the list.
_CUE = re.compile(
    r"(?:\b(?:starring|starred|co-starring|co-starred|featuring|featured|headlined\s+by"
    r"|led\s+by|(?:played|portrayed|voiced|performed)\s+by)|,\s+with)\s+" + _LIST_TO_END
)
_CUE_WORDS = ("starr", "featur", "ed by", ", with ")
# Marks of another work than the one reviewed.
_KIN = (
    r"remakes?|sequels?|prequels?|spin-?offs?|reboots?|adaptations?|versions?|predecessors?"
    r"|originals?|forerunners?"
)
# Right after a kinship word: the other work's own title set apart ("spin-off series, Night
# Desk, followed …").
_TITLE_NEAR_MARK = re.compile(
    r"(?:\s+[a-z]+)?,\s+[\"“‘']?[A-Z0-9][\w’'\-:]*(?:\s+[\w’'\-:]+){0,5}[!?]?[\"”’']?,\s"
)
# A kinship word in the singular, which may name the film reviewed itself.
_SINGLE_KIN = re.compile(r"remake|sequel|prequel|spin-?off|reboot|adaptation|version")
_WORKS = (
    r"film|movie|feature|picture|series|show|sitcom|thriller|comedy|drama|horror|western"
    r"|musical|chiller|project|outing|effort|production|B-picture|B-movie|documentary|vehicle"
)
_OTHER_WORK_MARK = re.compile(
    r"\b(?:(?:19|20)\d\d\b|(?i:" + _KIN + r")\b|(?:[Ll]ast|[Nn]ext)\s+year['’]s\s"
    r"|(?:[Nn]ext|[Pp]revious|[Ee]arlier|[Ff]ormer|[Ff]orgotten|[Oo]bscure|[Oo]lder|[Oo]ther)\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:" + _WORKS + r")s?\b)"
)
# Words on the way from the mark to the cue that turn to the film reviewed.
_TURN = re.compile(
    r"\b(?:but|while|whereas|unlike|here|this\s+(?:film|movie|one|series|show|time\s+round)"
    r"|now|instead|yet)\b|;|\s[–—]\s"
)

# Between a year and the cue: the other work's own title set apart ("a 1957 thriller, Zero
# Hour!, starring …").
_TITLE_AFTER_MARK = re.compile(
    r",\s+[\"“‘']?[A-Z0-9][\w’'\-:]*(?:\s+[\w’'\-:]+){0,5}[!?]?[\"”’']?,\s+$"
)
# Before the year: the other work's title, then its description ("Zero Point?, the 1964 chiller").
_TITLE_BEFORE_MARK = re.compile(
    r"[A-Z0-9][\w’'\-:]*[!?]?[\"”’']?,\s+(?:the|a|an)\s+(?:[a-z]+\s+)?$"
)
# After the mention: the rest of the list, then a verb in the past ("…, starring A and B, was
# a hit").
_PAST_AFTER = re.compile(
    _NAMES + r"(?:(?:,\s+and\s+|,\s+|\s+and\s+|\s*&\s+)" + _NAMES + r")*,?\s+"
    r"(?:[a-z]+ly\s+)?(?:was|were|had|did|went|made|became|came|won|took|sank|fell|lost|ran|got"
    r"|drew|left|grew|gave|[a-z]{3,}ed)\b"
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _not_this_film(work: str, title: str) -> bool:
    """True when `work` names a work and not the film under review (neither title holds the
    other, once folded)."""
    own, folded = fold(title), fold(work)
    return bool(folded) and not (own and (own in folded or folded in own))


def years_of_title(title: str, texts: Iterable[str]) -> frozenset[str]:
    """The years the page gives right beside the title ("Candyman (1992)", "Candyman, 1992",
    "1992's Candyman")."""
    if not title:
        return frozenset()
    years: set[str] = set()
    for text in texts:
        at = text.find(title)
        while at != -1:
            around = text[max(0, at - 8) : at + len(title) + 10]
            years.update(_YEAR.findall(around))
            at = text.find(title, at + len(title))
    return frozenset(years)


def other_work_clause(text: str, at: int, title: str, texts: Sequence[str] = ()) -> bool:
    """The mention at `at` closes a list of names after a cast cue, and the sentence before
    the cue names another work than `title` (see the module's doc); `texts` are the page's,
    for the years it gives the title."""
    start = max(0, at - 300)
    stop = max(
        text.rfind(". ", start, at), text.rfind("! ", start, at), text.rfind("? ", start, at)
    )
    head = text[stop + 2 if stop != -1 else start : at]
    if not any(map(head.__contains__, _CUE_WORDS)):
        return False
    cue = _CUE.search(head)
    if cue is None:
        return False
    before = head[: cue.start()]
    marks = list(_OTHER_WORK_MARK.finditer(before))
    if not marks:
        return _indefinite_work(before)
    mark = marks[-1]
    between = before[mark.end() :]
    if len(between) > 160 or _TURN.search(between):
        return False
    own = fold(title)
    # the film reviewed named at the mark, or between it and the cue: "Airplane! (1980),
    # starring …", "the 1980 original, Airplane!, starring …"
    near = fold(before[max(0, mark.start() - len(title) - 8) :])
    if own and own in near:
        return False
    word = mark.group().lower()
    lead = before[max(0, mark.start() - 30) : mark.start()]
    if _SINGLE_KIN.fullmatch(word) and not (_YEAR.search(lead) or "'s " in lead or "’s " in lead):
        # "the sequel, starring …" may be the film reviewed: another work's only with a title
        # of its own ("The spin-off, Dust Roads, followed …")
        return _TITLE_NEAR_MARK.match(between) is not None
    if not mark.group()[:1].isdigit():
        return True
    # A year alone may be the film's own ("Demme's 1991 film, starring A, remains …"): the
    # year is another work's when the page never gives it with the title, and the work has a
    # title of its own or is told in the past after its cast ("…, starring B, was a flop").
    if mark.group() in years_of_title(title, texts):
        return False
    if _TITLE_BEFORE_MARK.search(before, max(0, mark.start() - 80), mark.start()):
        return True  # "Zero Point?, the 1964 chiller starring …"
    return _TITLE_AFTER_MARK.search(between) is not None or (
        _PAST_AFTER.match(text, at) is not None
    )


# A work brought in by "a" or "an" right before the cue, as the object of a verb or a
# preposition ("sneak into a midnight monster movie starring A", "watching an old western
# featuring B"): a work seen in the story or in passing. The film reviewed is named so only as
# a predicate ("X is a film starring …") or beside its title ("X, a film starring …").
# Works of other kinds than a film's count too ("recorded for a tourism advertisement starring A",
# "a music video featuring B").
_OTHER_KINDS = (
    r"advertisement|advert|ad|commercial|campaign|video|game|play|musical|cartoon|sketch|short"
    r"|serial|soap|audiobook|podcast|album|novel|opera|revival|staging|special|trailer"
)
_INDEFINITE_WORK = re.compile(
    r"(?:^|\s)(?P<lead>[a-z]+)\s+(?:a|an)\s+(?:[\w\-]+\s+){0,3}?(?:"
    + _WORKS
    + r"|"
    + _OTHER_KINDS
    + r")s?\s+$"
)
_PREDICATE_WORDS = frozenset(
    "is was are were be been being becomes became remains seems and or".split()
)


def _indefinite_work(before: str) -> bool:
    """Whether `before` (the sentence up to a cast cue) ends on a work brought in by "a" or
    "an" as the object of a verb or a preposition (see `_INDEFINITE_WORK`)."""
    if " a" not in before:
        return False
    m = _INDEFINITE_WORK.search(before, max(0, len(before) - 80))
    return m is not None and m.group("lead") not in _PREDICATE_WORDS


# A relative clause on another work's title: "Its closest cousin is Cold Harbour, in which A
# plays a singer", "…, Night Bus (2009), where B plays the driver", "Cold Harbour, a thriller in
# which C …". The clause tells of the work it hangs on, not of the film reviewed.
_RELATIVE_ON_WORK = re.compile(
    r"(?P<work>[\"“‘']?[A-Z0-9][\w’'\-:]*(?:\s+(?:[A-Z0-9][\w’'\-:]*|of|the|and|in|a|an|on|to"
    r"|for|at|with))*[!?]?(?P<close>[\"”’'])?)(?P<year>\s+\((?:19|20)\d\d\))?"
    r"(?:,|(?<=[A-Za-z0-9!?]),(?P<inside>[\"”]))\s+"
    r"(?P<kind>(?:the|a|an)\s+(?:[\w\-]+\s+){0,3}?(?:" + _WORKS + r")\s+)?"
    r"(?:in\s+which|(?P<where>where)|which\s+(?:sees|saw|has|had|stars|starred|features"
    r"|featured))\s+$"
)
# Words that make a capitalised run no other work's title ("The film, in which …").
_NOT_TITLE_WORDS = frozenset(
    "the this that its it a an film movie series show season picture feature story".split()
)


def relative_on_work(text: str, at: int, title: str) -> bool:
    """The mention opens a relative clause ("in which", "where") hung on a title that is not
    the film reviewed's."""
    if not text.startswith((" which ", " where ", "which ", "where "), max(0, at - 7)):
        return False
    m = _RELATIVE_ON_WORK.search(text, max(0, at - 120), at)
    if m is None:
        return False
    work = m.group("work")
    # a title in quotes is a work ("…this to be \"Last Tram,\" where A stars as …")
    quoted = work[:1] in '"“' and bool(m.group("close") or m.group("inside"))
    if m.group("where") and not (m.group("year") or m.group("kind") or quoted):
        return False  # "the Triple Rock Baptist Church, where A …": a place
    work = work.strip("\"“”‘’'!? ")
    if all(w.lower() in _NOT_TITLE_WORDS for w in work.split()):
        return False
    return _not_this_film(work, title)


# After "A (B)": a verb of a craft that is not acting ("Ken Ito (Cold Harbour) directs",
# "… (Night Bus) wrote the script"): A is a maker, B one of their works; neither is cast.
_CRAFT_AFTER = re.compile(
    r"\)\s+(?:[a-z]+ly\s+|also\s+|again\s+)?(?:directs|directed|co-directs|co-directed|writes"
    r"|wrote|co-wrote|co-writes|produces|produced|shoots|shot|scores|scored|edits|edited|helms"
    r"|helmed|adapts|adapted|scripts|scripted|lenses|lensed)\b"
)


def bracket_of_maker(text: str, at: int, end: int) -> bool:
    """The mention is a name with a bracket after it, or the bracket, and a verb of a craft
    follows the bracket: a maker and their work."""
    if (at and text[at - 1] == "(") or text.startswith((", ", "; "), end):
        close = text.find(")", end, end + 80)  # "(Night Bus, Salt Road)"
        if close == -1 or "(" in text[at:close]:
            return False
        if text[at - 1] != "(" and text.rfind("(", max(0, at - 80), at) <= text.rfind(")", 0, at):
            return False
    elif text.startswith(" (", end):
        close = text.find(")", end, end + 60)
        if close == -1:
            return False
    else:
        return False
    return _CRAFT_AFTER.match(text, close) is not None


# "As Chair, A welcomed the guests", "As CEO, B bet the company on it": an office held in the
# world, then a deed told in the past; no part in the film.
_OFFICES = frozenset(
    """
    chair chairman chairwoman chairperson ceo president vice-president head director founder
    co-founder editor curator host governor minister secretary dean chancellor producer
    programmer organiser organizer spokesperson spokesman spokeswoman owner boss patron
    ambassador trustee principal treasurer commissioner
    """.split()
)
_OFFICE_OPENING = re.compile(
    r"(?:^|[.!?]\s+)As\s+(?:(?:the|a|an|its|their)\s+)?(?P<office>[\w\-]+)\b[^,.;!?]{0,60},\s+$"
)
# A deed in the past after the name: a verb in -ed, or one of the common irregular ones.
_DEED_AFTER = re.compile(
    r"\s+(?:[a-z]+ly\s+|also\s+|then\s+|once\s+)?(?:[a-z]{3,}ed|said|told|bet|led|ran|spoke"
    r"|wrote|oversaw|met|sent|won|held|took|gave|made|began|put|set|brought|chose|sold|paid)\b"
)


def office_opening(text: str, at: int, end: int) -> bool:
    """The sentence opens on an office ("As Chair, ", "As the festival's director, ") and the
    name after it did something in the past: a person in the world, not a part."""
    if "As " not in text[max(0, at - 80) : at]:
        return False
    m = _OFFICE_OPENING.search(text, max(0, at - 80), at)
    if m is None:
        return False
    office = m.group("office").lower()
    words = {w.lower().strip(",'’s") for w in m.group().split()}
    if office not in _OFFICES and not (words & _OFFICES):
        return False
    return _DEED_AFTER.match(text, end) is not None


# "X plays a cop in the HBO series The Watch", "X plays the mother in the 2019 film Low Tide":
# a part in a work named by its kind, then its title; told of another work than the one
# reviewed when the title is not this film's.
_PART_IN_KIND_TITLE = re.compile(
    r"\s+(?:also\s+)?(?:plays|played|is\s+playing|stars\s+as|starred\s+as)\s+(?:[\w’'\-]+\s+)"
    r"{1,5}?in\s+(?:the|a|an)\s+(?:(?:19|20)\d\d\s+)?(?:[A-Z][\w\-+]*\s+){0,2}(?:" + _WORKS + r")"
    r"\s+(?P<work>[\"“‘']?[A-Z0-9][\w’'\-:]*(?:\s+(?:[A-Z0-9][\w’'\-:]*|of|the|and|in|a|an|on))*)"
)
# Idioms of "play" that give no part: "plays a key role in getting the film made", "plays host",
# "plays down the danger", "plays the cello on the soundtrack".
_PLAY_IDIOM = re.compile(
    r"\s+(?:also\s+|even\s+|herself\s+|himself\s+)?(?:plays|played|playing)\s+(?:(?:a|an)\s+"
    r"(?:[a-z]+\s+){0,2}?(?:role|part)\s+in\s+(?:[a-z]+ing\b|the\s+(?:making|production|success"
    r"|creation|development|financing|release|rescue|restoration)\b)|host(?:ess)?\b|down\s+(?:the"
    r"|his|her|their|its)\b|(?:the\s+)?(?:cello|piano|violin|guitar|drums|bass|trumpet|saxophone"
    r"|sax|flute|organ|harp|clarinet|banjo|fiddle|keyboards|viola|accordion|harmonica|trombone"
    r"|ukulele|oboe|tuba)\b)"
)


def part_in_named_work(text: str, end: int, title: str) -> bool:
    """After the mention, a part in a work named by its kind and its title, not this film's."""
    if " in " not in text[end : end + 120]:
        return False
    m = _PART_IN_KIND_TITLE.match(text, end, end + 160)
    if m is None:
        return False
    work = m.group("work").strip("\"“”‘’'")
    return _not_this_film(work, title)


def play_idiom(text: str, end: int) -> bool:
    """After the mention, an idiom of "play" that gives no part ("plays host", "plays a key
    role in getting it made", "plays the cello")."""
    return "play" in text[end : end + 20] and _PLAY_IDIOM.match(text, end) is not None


# A sentence framed by another work at its start: "In the animated spin-off, the twins are
# voiced by A and B", "In the original, the part went to C", "In the 1979 stage version, D
# plays the mother". What the sentence tells is that work's, not the film reviewed's, up to a
# word that turns back to it ("but here", "this film", a new clause after ";").
_FRAMING_WORK = re.compile(
    r"(?:In|On)\s+(?:the|its|their|his|her|an|a|(?:the\s+)?[A-Z][\w\-]*['’]s)\s+"
    r"(?:[\w\-]+\s+){0,3}?(?:spin-?offs?|originals?|remakes?|sequels?|prequels?|reboots?"
    r"|adaptations?|versions?|novels?|books?|comics?|manga|anime|cartoons?|play|musical"
    r"|source\s+material|stage\s+show|radio\s+serial)\s*(?:\([^()]{1,30}\)\s*)?,\s"
)


def framed_by_other_work(text: str, at: int, title: str) -> bool:
    """The mention's sentence opens on another work ("In the animated spin-off, …") and
    nothing between that opening and the mention turns back to the film reviewed."""
    head = _head(text, at)
    if not head.startswith(("In ", "On ")):
        return False
    m = _FRAMING_WORK.match(head)
    if m is None:
        return False
    own = fold(title)
    if own and own in fold(m.group()):
        return False  # "In the remake, Salt Harbour, …" names the film reviewed
    return _TURN.search(head, m.end()) is None


def _head(text: str, at: int) -> str:
    """The sentence of `text` from its start up to `at` (within 300 characters)."""
    start = max(0, at - 300)
    stop = max(
        text.rfind(". ", start, at), text.rfind("! ", start, at), text.rfind("? ", start, at)
    )
    return text[stop + 2 if stop != -1 else start : at].lstrip()


# After the mention, a part in a work named by its title alone, not this film's: in quotes in
# any tense ("X plays a cop in \"Tin Moon\""), or in title case after a verb in the past ("Where
# X played a similar con artist in Tin Moon, …", "X, who played the same widow in Cold Harbour,
# …"), which a review uses for other works.
_PART_IN_TITLE = re.compile(
    r"(?:,\s+who)?\s+(?:(?:also|once|previously|memorably|famously|last)\s+)?(?:(?P<past>played|portrayed"
    r"|voiced|starred\s+as|was)|plays|portrays|voices|stars\s+as)\s+(?:[\w’'\-]+\s+){1,6}?in\s+"
    r"(?:(?P<quote>[\"“])(?P<quoted>[A-Z0-9][^\"”]{0,60}?)[,.!?]?[\"”]|(?P<work>[A-Z0-9][\w’'\-:]*"
    r"(?:\s+(?:[A-Z0-9][\w’'\-:]*|of|the|and|in|a|an|on|to|for|at))*))"
)
# Capitalised words after "in" that name a part of the work reviewed, not another work.
_PART_OF_WORK = frozenset(
    "season series episode part chapter act volume book the this it its his her".split()
)


def part_in_titled_work(text: str, end: int, title: str) -> bool:
    """After the mention, a part in a work named by its title alone (in quotes, or in title
    case after a verb in the past) that is not the film reviewed."""
    if " in " not in text[end : end + 120]:
        return False
    m = _PART_IN_TITLE.match(text, end, end + 200)
    if m is None:
        return False
    if m.group("quote"):
        work = m.group("quoted")
    elif m.group("past") and m.group("past") != "was":
        work = m.group("work")
        if work.split()[0].lower() in _PART_OF_WORK:
            return False
    else:
        return False
    return _not_this_film(work, title)


# Another work set in apposition to its title and told of before its cast: "L.A. Takedown, a
# television film made in 1989 with A and B in the leads", "Cold Harbour, the thriller shot on
# the coast with C". (`notcast` reads the shape with the cast right after the kind.)
_APPOSED_WORK_WITH = re.compile(
    r"(?P<work>[\"“‘']?[A-Z0-9][\w’'\-:.]*(?:\s+(?:[A-Z0-9][\w’'\-:.]*|of|the|and|in|a|an|on|to"
    r"|for|at))*[!?]?[\"”’']?)(?:\s+\((?:19|20)\d\d\))?,\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:" + _WORKS + r")s?\s+[a-z][\w\-]*\s+(?:[\w\-.]+\s+){0,5}?with\s+" + _LIST_TO_END
)


def apposed_work_with(text: str, at: int, title: str) -> bool:
    """The mention is in a list after "with" that closes an apposition on another work's title
    ("L.A. Takedown, a television film made in 1989 with A and B")."""
    head = _head(text, at)
    if " with " not in head[-160:] or ", " not in head:
        return False
    m = _APPOSED_WORK_WITH.search(head, max(0, len(head) - 240))
    if m is None:
        return False
    work = m.group("work").strip("\"“”‘’'!? ")
    if all(w.lower() in _NOT_TITLE_WORDS for w in work.split()):
        return False
    return _not_this_film(work, title)
