"""More credits from prose: "Character (Actor)" and "Actor (Character)", "X is terrific as Y",
"Y, played by X", "A and B play X and Y respectively", surnames of credited actors.

Which side of a parenthesis is the actor is decided by evidence: a name the page credits as an
actor elsewhere (a cast label, "starring", "X plays Y") settles it; otherwise the page's own
habit, learnt from the pairs that were settled, and failing that the common one (the character
outside, the actor inside). A pair is only taken when one side is a person's full name, so a
film's title in parentheses or a year never becomes a credit.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from reeltui.model import Credit
from reeltui.parse.age_as import age_after_passive
from reeltui.parse.asides import lifted
from reeltui.parse.capitals import capitals
from reeltui.parse.cast_runs import after_copula_credit
from reeltui.parse.cast_shapes import (
    debut_parts,
    described_before,
    described_parts,
    may_name_copula,
    named_copulas,
    near_credit,
    office_after,
    part_named_apart,
    played_parts,
    quality_from,
    whom_parts,
)
from reeltui.parse.coref import coreferent_roles
from reeltui.parse.credits import (
    NOT_ROLE_OBJECTS,
    is_name,
    name_after,
    name_before,
    names_listed,
    names_someone,
)
from reeltui.parse.cues import AtEnd, lowered, may_match
from reeltui.parse.direct import (
    a_quality,
    described_part_is,
    given_parts,
    named_apart,
    parts_before,
    person_of,
    story_apposition,
)
from reeltui.parse.elsewhere import RECALL_WORDS, elsewhere_part
from reeltui.parse.gate import possessive_of_work
from reeltui.parse.long_asides import long_aside_actor
from reeltui.parse.part_sex import named_of_sex, other_sex, pronoun_sex, quoted
from reeltui.parse.ranks import ranked
from reeltui.parse.role_span import (
    actor_after_role,
    as_after_partner,
    aside_subject,
    described_subject,
    named_before,
    pronoun_subject,
    subject_described,
)
from reeltui.text import fold, literal_alternation

__all__ = [
    "Known",
    "makers_acting",
    "merge_aliases",
    "only_compared",
    "prose_directors",
    "prose_roles",
    "without_epithet",
]

_PAREN = re.compile(r"\(([^()\n]{1,120})\)")
_ABBREVIATION_END = AtEnd(re.compile(r"(?:\b[A-Z]\.|\b(?:Jr|Sr|Dr|Mr|Mrs|Ms|St)\.)\s*$"))
_INNER_PREFIX = re.compile(
    r"^(?:(?P<by>(?:both\s+|also\s+)?(?:played|portrayed|voiced|essayed)\s+by"
    r"|(?:the\s+)?voice\s+of)\s+"
    r"|(?P<as>as|playing|who\s+plays|voicing)\s+)",
    re.IGNORECASE,
)
_DETERMINERS = frozenset("a an the his her their its our my your whose".split())
_PERSON_NOUNS = frozenset(
    """
    father mother dad mum mom wife husband son daughter brother sister boyfriend girlfriend
    fiance fiancee friend pal boss partner cousin uncle aunt grandmother grandfather grandma
    grandpa priest cop officer detective teacher lawyer doctor oligarch lover widow widower
    neighbour neighbor colleague mentor rival villain sidekick stepmother stepfather stepson
    stepdaughter nephew niece butler maid nanny assistant secretary driver landlord landlady
    girl boy man woman kid child teenager twin twins housekeeper chef manager agent captain
    commander general king queen prince princess heir heiress gangster dealer killer sheriff
    nun monk wizard witch mother-in-law father-in-law brother-in-law sister-in-law ex
    roommate flatmate coach student professor mayor senator president guard soldier fixer
    journalist reporter hacker doctor nurse mechanic thug bodyguard muse protege protégé
    lord surgeon chairman chairwoman matriarch patriarch buddy executive kingpin tycoon
    notary chief clerk judge thief cook guide stranger alien millionaire billionaire samurai
    """.split()
)
_PERFORMANCE = frozenset(
    """
    is was are were stars star starring appears returns plays excels shines impresses
    excellent terrific superb great good strong brilliant wonderful delightful chilling gift
    role turn cast effective impressive convincing solid memorable fine nuanced compelling
    perfect perfectly scene-stealing funny moving marvellous marvelous outstanding quietly
    devastating heartbreaking magnetic riveting electric hilarious menacing believable
    reliable dependable affecting remarkable stellar spot-on pitch-perfect fantastic turns
    shows pops cameos co-stars arrives return reprise reprises play rounds round revelation
    remains performance portrayal cameo appearance part roles back scene scenes leads
    """.split()
)
# Verbs of a performance that need a character's name after "as" to be believed.
_STAGE_VERBS = frozenset(
    """
    brings makes stands takes steps gives delivers steals lends carries holds commands slips
    gets has joins anchors grounds leads
    """.split()
)
# What may stand between the actor and the verb: nothing, or an adverb.
_STAGE_LEADS = _STAGE_VERBS | frozenset("also really quietly then very nearly almost still".split())


def _named_role(role: str) -> bool:
    """A character's name: capitalised words, none of them a word about a person."""
    words = role.split()
    return bool(words) and all(
        w[:1].isupper() and w.lower() not in _NOT_ROLE and w.lower() not in _DETERMINERS
        for w in words
    )


_NOT_PERFORMANCE = frozenset(
    """
    conceived described known seen used shot billed marketed sold presented framed regarded
    treated remembered introduced written designed built made released structured told served
    works acts functions doubles reads plays-out sets set positioned pitched styled dressed
    spent
    """.split()
)
# "plays the long game", "plays second fiddle to": idioms of "plays" that name no part; said of
# a name, they credit nobody ("X plays the long game as a producer").
_PLAYS_IDIOM = re.compile(
    r"(?:the\s+long\s+game|second\s+fiddle|hardball|catch-up|devil['’]s\s+advocate"
    r"|the\s+(?:field|odds|percentages)(?!\s+[a-z])|havoc\s+with|games\s+with|host\s+to)\b"
)
# "In Glass Orchard, X plays a widow …, and that film …": a sentence about another work,
# opened by its title and pointed back at with "that".
_IN_OTHER_WORK = re.compile(r"In\s+[A-Z][^,.;:!?]{0,60},\s")
_THAT_WORK = re.compile(r"\bthat\s+(?:film|movie|show|series|picture|one)\b")
_NEGATION = re.compile(r"\b(?:none\s+of|neither|nor|not\s+even|unlike|instead\s+of)\b", re.I)
_CLAUSE_END = re.compile(r"[.;:!?—–]\s|[.;:!?]$")


@dataclass
class Known:
    """Names the page credits as actors, and the surnames that stand for them."""

    actors: dict[str, str]
    not_actors: set[str]
    _surnames: dict[str, set[str]] = field(default_factory=dict)
    _forms: list[tuple[_NameForm, str]] | None = None
    _lasts: set[str] | None = None
    _singles: tuple[str, ...] | None = None
    _aliases: dict[str, str | None] = field(default_factory=dict)
    # `full` of each name asked about: the patterns ask about the same few names many times.
    _full: dict[str, str | None] = field(default_factory=dict)
    _firsts: dict[str, str] | None = None

    def apposed_in(self, text: str) -> bool:
        """Whether the text holds "Surname, " (one of `single_words` and a comma): how an
        apposition after a credited actor's name starts. Each comma looks at the word before
        it, rather than a search of the text for each name."""
        words = self.single_words()
        at = text.find(", ")
        while at != -1:
            if text.endswith(words, 0, at):
                return True
            at = text.find(", ", at + 2)
        return False

    def __post_init__(self) -> None:
        for key, full in self.actors.items():
            self._surnames.setdefault(key.split()[-1], set()).add(full)

    def _first_names(self) -> dict[str, str]:
        """The first names of actors who share their surname with another credited actor
        ("Fawad Khan", "Mahira Khan"): a review calls them "Fawad" and "Mahira", the surname
        telling neither apart. Only a first name one of them has."""
        if self._firsts is None:
            firsts: dict[str, set[str]] = {}
            for names in self._surnames.values():
                if len(names) >= 2:
                    for full in names:
                        if full and " " in full:
                            firsts.setdefault(fold(full.split()[0]), set()).add(full)
            self._firsts = {
                key: next(iter(fulls))
                for key, fulls in firsts.items()
                if len(fulls) == 1 and key not in self._surnames
            }
        return self._firsts

    def extended(self, names: Iterable[str]) -> Known:
        """These credits and more actors (full names)."""
        actors = dict(self.actors)
        for name in names:
            actors.setdefault(fold(name), name)
        return Known(actors, self.not_actors)

    def single_words(self) -> tuple[str, ...]:
        """The one-word forms the credited actors may go by: surnames and one-word names."""
        if self._singles is None:
            singles = {full.split()[-1] for full in self.actors.values() if full}
            singles.update(full.split()[0] for full in self._first_names().values())
            self._singles = tuple(singles)
        return self._singles

    def surnames(self) -> dict[str, set[str]]:
        """The credited actors by folded surname."""
        return self._surnames

    def full(self, name: str) -> str | None:
        """The credited actor a name (or a lone surname) stands for, if any."""
        if not name or not name[0].isupper():
            return None
        try:
            return self._full[name]
        except KeyError:
            found = self._full[name] = self._full_of(name)
            return found

    def _full_of(self, name: str) -> str | None:
        key = fold(name)
        if key in self.actors:
            return self.actors[key]
        if " " not in key:
            matches = self._surnames.get(key, set())
            if len(matches) == 1:
                return next(iter(matches))
            return self._first_names().get(key) if not matches else None
        if self._lasts is None:
            self._lasts = {known.rsplit(" ", 1)[-1].strip(".") for known in self.actors}
            self._lasts.update(_SUFFIXES)
        if key.rsplit(" ", 1)[-1].strip(".") not in self._lasts:
            return None  # no credited name ends in this word: no other form of one
        if key not in self._aliases:
            self._aliases[key] = self._alias(name)
        return self._aliases[key]

    def _alias(self, name: str) -> str | None:
        """The credited actor whose name this other form of several words stands for ("De
        Niro", "NTR Jr", "Rama Rao Jr."), when exactly one."""
        form = _NameForm.of(name)
        if not form.suffix and (len(form.core) < 2 or form.initials):
            return None
        if self._forms is None:
            self._forms = [(_NameForm.of(full), full) for full in self.actors.values()]
        matches = {full for other, full in self._forms if _alias_of(form, other)}
        return matches.pop() if len(matches) == 1 else None


def _words(text: str) -> list[str]:
    return text.split()


_ROLE_WORD = re.compile(r"[^\W\d_][\w’'\-.]*|&")


_HONORIFICS = frozenset("Mr. Mrs. Ms. Dr. St. Mr Mrs Ms Dr".split())
_NICKNAME = re.compile(r"[“\"‘][A-Z][\w’'\-.]*[”\"’]")


def _role_before(text: str, end: int) -> str | None:
    """The character named right before position `end`: a run of capitalised words, else a
    short description ending in a person noun ("her father", "a Russian oligarch")."""
    raw = text[max(0, end - 160) : end]
    head = raw.rstrip()
    if head.endswith(","):
        return None
    if head.endswith((" himself", " herself")):
        # "Ted himself (Jason Sudeikis, obviously)": the name before the reflexive
        trimmed = head.rsplit(" ", 1)[0]
        if trimmed.rsplit(" ", 1)[-1][:1].isupper():
            end -= len(raw) - len(trimmed)
            raw = text[max(0, end - 160) : end]
            head = raw.rstrip()
    name = name_before(text, end - (len(raw) - len(head)))
    words = _words(head)
    if not words:
        return None
    last = words[-1]
    if last[:1].isupper() and not last.endswith(("’s", "'s")):
        # A run of capitalised words (one or more): "Mary", "Grace Chow", "Smoke and Stack",
        # "Mr. Villalobos", "Stanislaus “Kat” Katczinsky".
        picked: list[str] = []
        for word in reversed(words):
            if word in _HONORIFICS and picked:
                picked.insert(0, word)
                break
            if _NICKNAME.fullmatch(word) and picked:
                picked.insert(0, word)
                continue
            if word.endswith((",", ".", ";", ":", ")", "”", '"')) and picked:
                break
            bare = word.rstrip(",")
            if bare.endswith(("’s", "'s")) or not _ROLE_WORD.fullmatch(bare):
                break
            capital = bare[:1].isupper() and bare.lower() not in _DETERMINERS
            if not (capital or (bare in ("and", "&") and picked)):
                break
            picked.insert(0, bare)
            if len(picked) >= 5:
                break
        while picked and picked[0] in ("and", "&"):
            picked.pop(0)
        while picked and (
            picked[0].lower() in _NOT_ROLE or (picked[0].endswith("ly") and len(picked) > 1)
        ):
            # "Then Sarah (…)", "Finally Sarah (…)": a sentence's first word, not the name (a
            # name alone ending so is a name: "Kelly (…)")
            picked.pop(0)
        if picked:
            run = " ".join(picked)
            # "Detective Inspector Luke Barrow (…)": ranks and titles stay with the name.
            if name is None or (run.endswith(name) and " and " not in run and "&" not in run):
                return run
            return name
        return None
    # A description: back to a determiner, at most six words, ending in a person noun.
    if not _person_noun(last.rstrip(",")):
        return None
    picked = []
    for word in reversed(words):
        if word.endswith((",", ".", ";", ":", ")")) and picked:
            break
        picked.insert(0, word)
        low = word.lower()
        if low in _DETERMINERS or (low.endswith(("’s", "'s")) and len(picked) > 1):
            break
        if len(picked) >= 6:
            return None
    if (
        len(picked) == 2
        and picked[0] in ("and", "or")
        and len(words) > 2
        and words[-3].endswith(")")
        and picked[1].lower() in _RELATIONS
    ):
        return picked[1]  # "her mum (X) and sister (Y)": the determiner is shared
    if picked[0].lower() not in _DETERMINERS and not picked[0].lower().endswith(("’s", "'s")):
        return None
    return " ".join(picked)


def _person_noun(word: str) -> bool:
    """A noun for a person: a known one, or an agent noun ("recruiter", "detective")."""
    low = word.lower()
    if low in _PERSON_NOUNS or low.endswith("-in-law"):
        return True
    return (
        len(low) > 5
        # "businessman", "policewoman", "hitman": a compound of "man" or "woman"
        and low.endswith(("er", "or", "ist", "ian", "ant", "ent", "ess", "man"))
        and not low.endswith(("ness", "cess", "dress", "ment"))  # never "disfigurement"
        and low.replace("-", "").isalpha()  # "sub-postmaster", "co-founder"
    )


# A name after a few words describing it: "a young, cold-eyed Harrison Ford".
_DESCRIBED_NAME = re.compile(
    r"(?:a|an|the)\s+(?:[a-z][\w\-]*,?\s+){1,4}([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,2})$"
)


# A bracket of two works or more: "Paul Mescal (Aftersun, Normal People) plays …".
_WORK = (
    r"[A-Z0-9][\w’'\-:!?.]*(?:\s+(?:[A-Z0-9][\w’'\-:!?.]*|of|the|and|a|an|in|on|to|for|at|with))*"
)
_WORKS_LIST = re.compile(_WORK + r"(?:,\s+(?:and\s+)?" + _WORK + r")+")
_PERFORMS_AFTER = (" plays ", " stars ", " is ", " portrays ", " voices ", " returns ")


# A maker's job right before a name: "the director, X (…)", "produced by X (…)", "composer X".
_JOB_BEFORE_NAME = re.compile(
    r"(?i:\b(?:director|filmmaker|writer|screenwriter|composer|producer|novelist|author"
    r"|cinematographer|editor|showrunner|creator|(?:directed|written|produced|created|shot"
    r"|scored|edited)\s+by|music\s+by|score\s+by|script\s+by))(?:,)?\s+$"
)


def _filmography(text: str, m: re.Match[str], outer: str) -> bool:
    """Whether the bracket `m` after the full name `outer` lists that person's works: a
    maker's (a name after a job, "produced by X (A, B)"; one name in the bracket may be a
    character's job and its actor, "asks the director, Schubert Vale (Hal Mercer)"), or an
    actor's when the name is the subject of a part right after it ("Paul Mescal (Aftersun,
    Normal People) plays …"); a pair of names before it ("Sue and John Brierley (A, B)") is a
    pair of parts."""
    if " " not in outer:
        return False
    start = text.rfind(outer, max(0, m.start() - len(outer) - 3), m.start())
    works = _WORKS_LIST.fullmatch(m.group(1)) is not None
    if works and start != -1 and _JOB_BEFORE_NAME.search(text, max(0, start - 30), start):
        return True
    if not works or not text.startswith(_PERFORMS_AFTER, m.end()):
        return False
    before = text[max(0, start - 6) : start] if start != -1 else ""
    return not before.rstrip().endswith((" and", "&", ","))


def _inner_name(inner: str) -> tuple[str, str | None]:
    """Split a parenthesis's text: (the prefix kind: "by", "as" or "", the name or role)."""
    prefix = _INNER_PREFIX.match(inner)
    kind = ""
    if prefix:
        kind = "by" if prefix.group("by") else "as"
        inner = inner[prefix.end() :]
    described = _DESCRIBED_NAME.match(inner) if inner[:2] in ("a ", "an", "th") else None
    if described:
        return kind, described.group(1)  # "(a young, cold-eyed Harrison Ford)"
    head = re.split(r"\s*(?:,|;|–|—| - | who\b| in\b| as\b| is\b)\s*", inner, maxsplit=1)[0]
    head = head.strip(" .")
    if head.endswith((" Jr", " Sr")) and inner.startswith(head + "."):
        head += "."  # "(voice of Ray Dunmore Jr.)" keeps the full stop of its suffix
    return kind, head or None


def _is_person(text: str, known: Known) -> bool:
    return is_name(text) or known.full(text) is not None


def prose_roles(
    paragraphs: Iterable[str], known: Known, title: str = ""
) -> list[tuple[str, str | None]]:
    """Credits (actor, role) found by the patterns of this module, in order of mention.

    Two passes: the first reads the patterns that name an actor by themselves ("X plays Y",
    "Y (X)", "played by X"); the second the ones that only tie a role to someone the page
    already credits, or that need the page's own habit to be believed ("X's Character").
    """
    texts = [lifted(text) for text in paragraphs]  # "X, the …, is Y": the aside out (asides.py)
    lows = [lowered(text) for text in texts]
    found: list[tuple[str, str | None]] = []
    # Undecided pairs: (outer, inner, role, whether the sentence says the outer one performs,
    # whether a pair of the same list holds one word in its brackets)
    pending: list[tuple[str, str, str | None, bool, bool]] = []
    votes = [0, 0, 0]  # settled pairs with the actor inside, outside; of those, "(as Y)" ones
    credited: set[int] = set()  # the paragraphs where the first pass found a credit
    singles = known.single_words()
    named = [names_someone(text, singles) for text in texts]
    owners = _SurnameOwners(texts)
    for n, text in enumerate(texts):
        if not named[n] and not ("(" in text and _FIRST_NAME_SURNAME.search(text)):
            continue  # every pattern here needs a full name or a credited actor's one name
        before = len(found)
        if "(" in text:
            waiting = len(pending)
            _parens(text, known, found, pending, votes, owners)
            if len(pending) > waiting:
                credited.add(n)  # a "Character (Actor)" pair, decided below
        low = lows[n]
        # Words several rules below test, each looked for once.
        spaced_as = " as " in text
        spaced_and = " and " in text
        respectively = "respectively" in low
        if spaced_as:
            _as_roles(text, known, found)
        if "As " in text:
            _as_opening(text, known, found)
        if " by " in low:
            _played_by(text, low, known, found, texts[n - 1][-300:] if n else "")
        if respectively:
            _respectively(text, known, found)
        if any(map(text.__contains__, _PLAYS_WORDS)):
            _plays(text, known, found)
            if " to play " in text:
                _cast_to_play(text, known, found)
        if _worn_of(low):
            _role_of(text, known, found)
        if (
            title
            and "title " in low
            and ("title role" in low or "title character" in low or "title part" in low)
        ):
            _title_role(text, known, title, found)
        if " to life" in text:
            _brought_to_life(text, known, found)
        if "voice" in text and _VOICE_CUE.search(text):
            _voiced(text, known, found)
        if (
            text.startswith(_LEADING_WORDS)
            or _leading_cue(text)
            or ("; as " in text or "And as " in text)
        ):
            _leading_role(text, known, found)
        if any(map(low.__contains__, _ENSEMBLE_WORDS)) and may_match(
            _ENSEMBLE_CUE, text, _ENSEMBLE_STARTS
        ):
            _ensemble(text, found)
        _cast_cues(text, known, found)
        if spaced_and and (" play " in text or spaced_as) and not respectively:
            _paired(text, known, found)
        if spaced_and and (spaced_as or any(map(text.__contains__, _LISTED_CUES))):
            _listed_as(text, known, found)
        if spaced_and and "(" in text:
            _paired_in_brackets(text, known, found)
        if spaced_as and " with " in text:
            _with_quality_as(text, known, found)
        if " of p" in text and (" of playing " in text or " of portraying " in text):
            _job_of_playing(text, known, found)
        # (each calling word in lower case: one test for "Rapper" and "rapper"; the rule itself
        # looks for the words as written)
        if any(map(low.__contains__, _CALLING_NOUNS)) or "DJ" in text:
            _mononym_part(text, known, found)
        if (" to " in text or "makes a" in text or "makes an" in text) and any(
            map(text.__contains__, _GIVES_WORDS)
        ):
            _lends_a_character(text, known, title, found)
        if len(found) > before:
            credited.add(n)
    page_inside = votes[0] >= votes[1]
    page_settled = votes[0] + votes[1] > 0
    bare_inside = votes[0] >= votes[1] - votes[2]
    # A pair of full names styled by a rank or kinship on one side ("Jack Laskey (DS Peter
    # Jakes)", "DI Luke Bascombe (Ashley Walters)") settles the page's way round for its other
    # pairs of full names, as a known actor does.
    styled_in = sum(
        1 for outer, inner, *_ in pending if outer and _styled_pair(outer, inner) == "outside"
    )
    styled_out = sum(
        1 for outer, inner, *_ in pending if outer and _styled_pair(outer, inner) == "inside"
    )
    full_inside = votes[0] + styled_out >= votes[1] + styled_in
    full_settled = page_settled or styled_in + styled_out > 0
    for outer, inner, role, performs, beside_word in pending:
        inside, settled = (full_inside, full_settled) if outer else (page_inside, page_settled)
        if outer and is_name(outer) and _styled_character(inner) and not _styled_character(outer):
            # "Ossie Davis (Da Mayor)", "X (Sergeant Cole)": a rank or a kinship word names a
            # character, never an actor, so the name outside performs it.
            found.append((outer, inner))
            continue
        if outer and not settled and not _person_like(inner):
            continue
        if performs and not (settled and inside):
            # "Ebon Moss-Bachrach (Richie Jerimovich) is superb as a …": the sentence says who
            # performs, and no pair the page settles says otherwise.
            found.append((outer, inner))
        elif beside_word and not settled:
            # "X (Maakha Natt) and Y (Mooda)": the list's other pair has a one-word character
            # in its brackets, against the common way round; unsettled, neither way is sure.
            continue
        elif (inside or (not outer and bare_inside)) and is_name(inner):
            # "Oliver (Martin Short)": a one-word character outside, a full name inside, is
            # read the common way unless the page's own bare brackets hold the role.
            found.append((inner, role))
        elif not inside and outer and is_name(outer):
            found.append((outer, inner))
    if any("(" in text for text in texts):
        _surname_in_brackets(texts, lows, known, found)
    # The second pass knows every actor the first one found.
    wider = known.extended(actor for actor, _ in found)
    singles = tuple(set(wider.single_words()) - set(singles))
    if singles:
        _plays_again(texts, wider, singles, found)
    possessives: list[_Possessive] = []
    weak: list[tuple[str, str | None]] = []
    among_cast: set[str] = set()  # weak credits read in a paragraph the first pass credits
    for n, text in enumerate(texts):
        if not (named[n] or any(map(text.__contains__, singles))):
            continue
        low = lows[n]
        cast_words = any(map(low.__contains__, _CAST_STEMS)) and may_match(
            _CAST_WORDS, low, _CAST_STEMS
        )
        cast_talk = cast_words or n in credited
        if " is " in text:
            _is_role(text, wider, found, cast_words, weak, credited=n in credited)
        if " is " in text and may_name_copula(text):
            waiting = len(weak)
            _described_parts(text, wider, found, weak)  # "X is the son, who …" (cast_shapes.py)
            bare: list[tuple[str, str | None]] = []
            _named_copulas(text, wider, found, bare)  # "X is Quint." (cast_shapes.py)
            if n in credited:  # beside a credit of someone else: a run through the cast
                beside = [*wider.actors.values(), *(actor for actor, role in found if role)]
                among_cast.update(
                    fold(actor)
                    for actor, part in weak[waiting:]
                    if near_credit(text, text.find(actor), beside, actor)
                    and not (part and office_after(text, part))
                )
            found.extend(
                (actor, part)
                for actor, part in bare
                if part and part_named_apart(actor, part, texts, as_person=True)
            )
        if ("’" in text and ("’s " in text or "s’ " in text)) or (
            "'" in text and ("'s " in text or "s' " in text)
        ):
            possessives.extend(_possessives(text, wider, cast_talk))
        lends = any(map(text.__contains__, _LENDS_WORDS))
        if lends:
            _performance_objects(text, wider, found, cast_talk)
        if lends or "makes " in text:
            # "X gives Y a quality", "X makes Y the film's conscience" (direct.py)
            found.extend(
                (actor, part)
                for actor, part, backed in given_parts(text, wider)
                if backed
                or (
                    _person_like(actor)
                    and is_name(actor)
                    and not _maker_before(text, text.find(actor))
                    and not _compared(text, text.find(actor))
                    and (
                        named_apart(actor, part, texts)
                        or _habit(found, {fold(actor)})
                        or (
                            n in credited
                            and (
                                described_before(text, part)
                                or part_named_apart(actor, part, texts, as_person=True)
                            )
                            and near_credit(
                                text,
                                text.find(actor),
                                [*wider.actors.values(), *(a for a, r in found if r)],
                                actor,
                            )
                        )
                    )
                )
            )
        if "played " in text:
            _played_parts(text, texts, wider, found)  # "X was ten when she played Eve"
        if ("gets " in text or "given " in text or "receives " in text) and (
            " from " in text or " by " in text
        ):
            _quality_from(text, texts, wider, found)  # "Jet, …, gets a gruff warmth from X"
        if "debut as " in text:
            _debut_parts(text, wider, found)  # "X, making her debut as Tina, …" (cast_shapes.py)
        if ", whom " in text:
            _whom_parts(text, wider, found)  # "Ria, …, whom X plays with …" (cast_shapes.py)
        if ", " in text:
            _apposed_roles(text, wider, found)
        if "H" in text and ("His " in text or "Her " in text):
            _pronoun_possessive(text, wider, found)
    # "X is Y, a waitress" for an uncredited X: believed when the page says it of two people or
    # more, or of one it then speaks of as a performer while it credits someone else in another
    # way ("A plays Jules. … X is Joe, the team's coach … X's surname brings charm"); never for
    # someone another credit names as a role.
    people = {fold(actor) for actor, _ in weak}
    if len(people) >= 2 or (
        found and weak and (_spoken_of_as_performer(weak[0][0], texts) or _habit(found, people))
    ):
        roles = {fold(role) for _, role in found if role}
        found.extend((actor, role) for actor, role in weak if role and fold(actor) not in roles)
    elif weak:
        # one alone: believed when the page names the actor or the part again apart (direct.py)
        roles = {fold(role) for _, role in found if role}
        found.extend(
            (actor, role)
            for actor, role in weak
            if role
            and fold(actor) not in roles
            and (fold(actor) in among_cast or named_apart(actor, role, texts))
        )
    # "Actor's Character" is believed for an uncredited owner in a paragraph about the cast, or
    # anywhere once the page has shown the habit; never for an owner who is someone's role.
    roles = {fold(role) for _, role in found if role}
    if any(not p.owner_known for p in possessives):
        makers = _makers(texts, lows)
        possessives = [p for p in possessives if p.owner_known or fold(p.actor) not in makers]
    habit = any(
        p.named
        and (p.owner_known or p.cast_talk or p.person)
        and not possessive_of_work(p.actor, p.role, texts)  # "the band plays X's Jolene"
        for p in possessives
    )
    performers = _performers(texts) if possessives else set()
    for p in possessives:
        if title and p.role and fold(p.role) == fold(title):
            continue  # "Mara Olsen's Salt Harbour": the film and its maker
        performs = p.named and fold(p.actor.split()[-1]) in performers
        if p.owner_known or (
            p.named
            and (habit or p.cast_talk or performs or p.person)
            and fold(p.actor) not in roles
        ):
            found.append((p.actor, p.role))
    _played_by_self(texts, wider, found)
    found.extend(coreferent_roles(texts, wider, found, title))  # parts named apart: coref.py
    if any(" is " in text for text in texts):
        _part_is_actor(texts, wider, found)
        for text in texts:  # "Ian, the IT consultant who …, is X" (direct.py)
            if ", is " in text:
                found.extend(described_part_is(text, wider))
    crew = {fold(actor) for actor, role in found if role and _CREW_ROLE.match(role)}
    if crew:
        # "X is also credited as the writer of the series": a maker, in no part at all.
        found = [(actor, role) for actor, role in found if fold(actor) not in crew]
    if title and found:
        found = _without_other_titles(found, texts, title, known)
    if found and any(
        " as " in text and any(map(text.__contains__, RECALL_WORDS)) for text in texts
    ):
        # "who you know as Y from Z": another work's part, not this one's (elsewhere.py)
        found = [(a, None if r and elsewhere_part(r, texts) else r) for a, r in found]
    return _with_titles(found, texts)


def _habit(found: list[tuple[str, str | None]], people: set[str]) -> bool:
    """Whether the page credits two actors or more, other than `people`, with named parts: a
    page in the habit of naming its cast's parts, where one more "X is Y, a …" reads so too."""
    return len({fold(a) for a, r in found if r and r[:1].isupper()} - people) >= 2


def _spoken_of_as_performer(actor: str, texts: list[str]) -> bool:
    """Whether the page speaks of `actor` as reviews speak of performers: by the surname alone
    ("But Rhys Meyers brings …"), or as "he"/"she" who plays, brings or gives in the sentence
    naming them ("X is Dick Jones, the executive …, and he plays corporate rage …")."""
    words = actor.split()
    surname = " ".join(words[1:])
    for text in texts:
        at = text.find(actor)
        if at == -1 and surname not in text:
            continue
        alone = len(re.findall(rf"\b{re.escape(surname)}\b", text)) - text.count(actor)
        if alone > 0:
            return True
        if at != -1:
            stop = _SENTENCE_END.search(text, at)
            sentence = text[at : stop.start() if stop else len(text)]
            if _PRONOUN_PERFORMS.search(sentence):
                return True
    return False


_PRONOUN_PERFORMS = re.compile(r"\b(?:he|she)\s+(?:plays|brings|gives|lends|makes|delivers)\s")


# --- more shapes of credits in prose -------------------------------------------------------

# "by Thornton's brother X", "by YouTube personality X": a relation of someone named, or a
# calling outside film after the name of where it is followed, before the actor's name (never
# a player of music: "played by church organist X").
_ACTOR_KIN = re.compile(
    r"(?:[A-Z][\w’'\-]+[’']s\s+(?:real-life\s+|own\s+|younger\s+|older\s+|little\s+|big\s+)?"
    r"(?:brother|sister|son|daughter|wife|husband|father|mother|cousin|nephew|niece)"
    r"|(?:[A-Z][\w’'\-]*\s+){1,2}(?:personality|influencer|model|sensation|celebrity|comic))"
    r"\s+(?=[A-Z])"
)
# The same past commas between adjectives, or a longer object: "brings punkish, unpredictable
# energy to", "brings just the right mix of charm and entitlement to".
_TO_ROLE_LONG = re.compile(r"(?:[\w’'\-]+,?\s+){1,9}?to\s+(?=[A-Z]|[a-z][\w’'\-]+[’']s\s)")
# A quality of acting as the object: "a restless physicality to", "real warmth to".
_QUALITIES = (
    r"(?:physicality|energy|charm|warmth|menace|gravity|gravitas|intensity|presence|humou?r|wit"
    r"|swagger|vulnerability|dignity|tenderness|sweetness|melancholy|bite|edge|sparkle"
    r"|conviction|fragility|steel|soul|heart|mischief|charisma|poise|grit|heft|weight|relish"
    r"|glee|gusto|aplomb|authority|flair|restraint|subtlety|zest|abandon|bravado|calm|cool)"
)
_QUALITY_GIVEN = re.compile(
    r"(?:(?:a|an|some|real|great|such|so\s+much|just\s+the\s+right)\s+)?(?:[a-z][\w\-]*,?\s+){0,2}"
    rf"{_QUALITIES}\s+to\s"
)


# "Val and Earl (Bacon and Ward)", "Burt Gummer and his wife Heather (Gross and McEntire)": two
# parts, then the two actors who play them in brackets, in the same order.
_RUN = r"[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2}"
_PARTS_THEN_ACTORS = re.compile(
    rf"(?<![\w’'])({_RUN}),?\s+(?:and|&)\s+(?:(?:his|her|their)\s+(?:[a-z][\w\-]*\s+){{1,2}})?"
    rf"({_RUN})\s+\(({_RUN})\s+(?:and|&)\s+({_RUN})\)"
)


def _paired_in_brackets(text: str, known: Known, found: list[tuple[str, str | None]]) -> None:
    """ "A and B (C and D)": C plays A and D plays B, when both bracketed names stand for
    actors the page credits and neither part is one."""
    for m in _PARTS_THEN_ACTORS.finditer(text):
        parts = [m.group(1), m.group(2)]
        actors = [known.full(m.group(3)), known.full(m.group(4))]
        if None in actors or actors[0] == actors[1]:
            continue
        if any(known.full(p) or fold(p) in known.not_actors for p in parts):
            continue
        if any(p.split()[0].lower() in _NOT_ROLE for p in parts):
            continue
        for actor, part in zip(actors, parts, strict=True):
            if actor:
                found.append((actor, part))


# "X runs the hotel with velvet menace as Winston,": a full name, a few words of what they do,
# a quality of acting it is done with, then the part, a name that ends its clause.
_WITH_QUALITY_AS = re.compile(
    r"(?<![\w’'])([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,2})\s+(?:[a-z][\w’'\-]*\s+){1,3}?"
    rf"with\s+(?:[a-z][\w’'\-]*\s+){{0,2}}?{_QUALITIES}\s+as\s+"
    r"([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2})(?=[,.;:!?]|\s+(?:and|but|who)\b)"
)
# What every match of it holds from "with" on. Led by a word, a search for it skips quickly
# from one "w" to the next, where the whole expression, led by a capital's class and a
# look-behind, is tried at every character.
_WITH_QUALITY_TAIL = re.compile(rf"with\s+(?:[a-z][\w’'\-]*\s+){{0,2}}?{_QUALITIES}\s+as\s+[A-Z]")


def _with_quality_as(text: str, known: Known, found: list[tuple[str, str | None]]) -> None:
    """ "X runs it with velvet menace as Winston": the part played with a quality of acting."""
    if _WITH_QUALITY_TAIL.search(text) is None:
        return  # no match can be in the text
    for m in _WITH_QUALITY_AS.finditer(text):
        actor, role = m.group(1), m.group(2)
        full = known.full(actor)
        if full is None and not (is_name(actor) and _person_like(actor)):
            continue
        if fold(actor) in known.not_actors or known.full(role) or fold(role) in known.not_actors:
            continue
        if role.split()[0].lower() in _NOT_ROLE or _compared(text, m.start()):
            continue
        found.append((full or actor, role))


# "X has the tricky job of playing Y", "X is given the task of portraying Y": the part as the
# object of a job the actor has.
_JOB_OF_PLAYING = re.compile(
    r"(?<![\w’'])([A-Z][\w’'\-.]+(?:\s+[A-Z][\w’'\-.]+){1,3})\s+(?:has|had|gets|got|is\s+given"
    r"|was\s+given|takes\s+on|faces)\s+(?:the|a|an)\s+(?:[a-z][\w\-]*\s+){0,2}?(?:job|task"
    r"|challenge|burden|honou?r|pleasure|privilege|unenviable\s+task)\s+of\s+"
    r"(?:playing|portraying)\s+(?=[A-Z])"
)


def _job_of_playing(text: str, known: Known, found: list[tuple[str, str | None]]) -> None:
    """ "Annabel Wray has the tricky job of playing Grace Byrne, a barmaid …"."""
    for m in _JOB_OF_PLAYING.finditer(text):
        words = _after_full_stop(m.group(1).split())
        while len(words) > 2 and words[0].lower() in _NOT_ROLE:
            words.pop(0)
        actor = " ".join(words)
        full = known.full(actor)
        if full is None and not (is_name(actor) and _person_like(actor)):
            continue
        if fold(actor) in known.not_actors or _compared(text, m.start()):
            continue
        role = _role_phrase(text[m.end() : m.end() + 160])
        if role and role.split()[0].strip("’'s,").lower() in _IDIOMS:
            continue  # "the thankless job of playing God": an idiom, no part
        if role and not _described(role) and known.full(role) is None:
            found.append((full or actor, role))


# Capitalised words that make "playing …" an idiom: "playing God", "playing Devil's advocate".
_IDIOMS = frozenset("god cupid devil solomon russian santa".split())


# One-word stage names, said to be someone from another calling, who take a part: "The rapper
# Reminisce is a real discovery as Makanaki,", "Illbliss, another musician, plays the
# ambitious Odogwu Malay", "Rapper Reminisce is Makanaki, the enforcer". The calling says the
# one word is a person.
_CALLING_NOUNS = tuple(
    "rapper singer musician comedian model footballer boxer wrestler dancer".split()
)
# A sentence may open on any but "model" ("Model citizens …"); "DJ" is written one way.
_OPENING_NOUNS = tuple(noun.title() for noun in _CALLING_NOUNS if noun != "model")
_CALLINGS = "(?:" + "|".join((*_CALLING_NOUNS, "DJ")) + ")"
_CALLINGS_OPENING = "(?:" + "|".join((*_OPENING_NOUNS, "DJ")) + ")"
_CALLING_WORDS = (*_OPENING_NOUNS, *_CALLING_NOUNS, "DJ")
_MONONYM_PART = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?:(?:(?:The|the)\s+(?:[a-z]+\s+)?{_CALLINGS}|{_CALLINGS_OPENING})"
    rf"\s+([A-Z][a-z]+)|([A-Z][a-z]+),\s+(?:another|a|an|the|also\s+a)\s+(?:[a-z]+\s+)?"
    rf"{_CALLINGS},)\s+(?:(plays|portrays)|is\s+(?:[a-z]+\s+){{0,3}}?as"
    # "is Makanaki, Eniola's enforcer who …": a name alone, then a description of a person
    r"|(is)(?=\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2},\s))\s+"
)


def _mononym_part(text: str, known: Known, found: list[tuple[str, str | None]]) -> None:
    """A one-word stage name with a calling, then the part by name. The expression is tried
    only around each calling word: over a whole paragraph it is slow."""
    if not any(map(text.__contains__, (" plays ", " portrays ", " as ", " is "))):
        return
    done = 0
    for word in _CALLING_WORDS:
        at = text.find(word)
        while at != -1:
            m = _MONONYM_PART.search(text, max(done, at - 40), at + 120)
            if m is not None and m.start() <= at:
                done = m.end()
                _mononym_credit(m, text, known, found)
            at = text.find(word, at + 1)


def _mononym_credit(
    m: re.Match[str], text: str, known: Known, found: list[tuple[str, str | None]]
) -> None:
    """The credit one match of `_MONONYM_PART` gives, if any."""
    name = m.group(1) or m.group(2)
    if name.lower() in _NOT_ROLE or fold(name) in known.not_actors or _compared(text, m.start()):
        return
    if " is as " in m.group() or " is just as " in m.group():
        return  # "is as good as Y": a comparison, no part
    if m.group(3):
        role = _role_phrase(text[m.end() : m.end() + 160])
    else:
        roles = _split_roles(text[m.end() : m.end() + 160], 1)
        role = roles[0] if roles else None
    if role and m.group(4):
        after = m.end() + len(role)
        if not (_described_as_person(text, after) or _described_character(text, after)):
            return  # "Rapper X is Lagos, in a way": a name, but of no character
    if role and role[:1].isupper() and _named_role(role) and known.full(role) is None:
        found.append((known.full(name) or name, role))


def _without_other_titles(
    found: list[tuple[str, str | None]], texts: list[str], title: str, known: Known
) -> list[tuple[str, str | None]]:
    """The credits, less the pairs that set the film's title beside its other name.

    A foreign film is often named twice: "Kore-eda's Shoplifters (Manbiki Kazoku)", "Park's
    Agassi (The Handmaiden)", "Park's Heojil Kyolsim, released abroad as Decision to Leave,".
    The bracket patterns read a two-word romanised title as an actor who plays the film, and
    a possessive reads the maker as an actor who plays (the first words of) its other name.
    See `_beside_other_title` for what gives them away; the plain words are looked for first,
    so a page naming no title twice costs a few substring searches.
    """
    raw = "\n".join(texts)
    beside = renamed = False
    at = raw.find(title)
    while at != -1:
        end = at + len(title)
        if raw.startswith(")", end) and raw.startswith("(", at - 1):
            beside = True  # "… (Title)"
        elif raw.endswith((" as ", " aka ", " or "), 0, at):
            renamed = True  # "…, released abroad as Title", "…, aka Title", "…, or Title"
        at = raw.find(title, end)
    owned = _possessed_runs(texts) if renamed else set()
    key = fold(title)
    joined = ""
    kept: list[tuple[str, str | None]] = []
    for actor, role in found:
        if role and (beside or role in owned or fold(role) == key):
            joined = joined or fold(raw)
            if _beside_other_title(fold(actor), fold(role), key, joined, known.full(actor)):
                continue
        kept.append((actor, role))
    return kept


def _possessed_runs(texts: list[str]) -> set[str]:
    """What stands between a possessive and the next comma ("Park's Heojil Kyolsim," gives
    "Heojil Kyolsim"), when that is at most a few words."""
    owned: set[str] = set()
    for text in texts:
        for mark in ("’s ", "'s "):
            at = text.find(mark)
            while at != -1:
                comma = text.find(",", at, at + 60)
                if comma != -1:
                    owned.add(text[at + 3 : comma])
                at = text.find(mark, at + 3)
    return owned


def _beside_other_title(actor: str, role: str, key: str, joined: str, known: str | None) -> bool:
    """Whether the credit (folded) is a title and its other name rather than a part: its role
    starts a run of words ending with the title in brackets ("Agassi (The Handmaiden)"); or is
    a possessed name set beside the title after a comma, in the same sentence ("Park's Heojil
    Kyolsim, released abroad as Decision to Leave,"); or its role is the title and its actor,
    whom no other credit names, stands beside it in brackets and nowhere else ("Shoplifters
    (Manbiki Kazoku)"; an actor in a title role is credited or talked about: "Joker (Joaquin
    Phoenix)" is kept where the cast list or the review names Phoenix again)."""
    if role != key:
        bracket = f" ({key})"
        at = joined.find(bracket)
        while at != -1:
            start = joined.rfind(role, max(0, at - 60 - len(role)), at)
            between = joined[start + len(role) : at] if start != -1 else ""
            if (
                start != -1
                and _WORDS_TO_BRACKET.fullmatch(between)
                and not _LINKS.intersection(between.split())
            ):
                return True  # "Agassi (The Handmaiden)": the film's other name
            at = joined.find(bracket, at + len(bracket))
        owned = f"{actor}'s {role},"
        at = joined.find(owned)
        if at == -1:
            return False
        apposed = re.compile(rf"(?: [^\s.,;:!?()]+){{1,6}} {re.escape(key)}(?:[,.;:)\n]|$)")
        while at != -1:
            end = at + len(owned)
            if apposed.match(joined, end, end + 200):
                return True  # the maker's film under its other name, then the title
            at = joined.find(owned, end)
        return False
    return (
        known is None
        and (f"{key} ({actor})" in joined or f"{actor} ({key})" in joined)
        and _count_words(joined, actor.split()[-1]) == 1
    )


# English words that link a name to what follows it ("plays Osvald in Night Ferry (…)"): no
# part of one title.
_LINKS = frozenset("in of from on at with by for to the a an and as".split())
# At most five words and no stop between a name and a bracket: "aku wa sonzai shinai (".
_WORDS_TO_BRACKET = re.compile(r"(?: [^\s.,;:!?()]+){0,5}")


def _count_words(text: str, word: str) -> int:
    """How often `word` stands in `text` as a word of its own."""
    return len(re.findall(rf"(?<!\w){re.escape(word)}(?!\w)", text))


# "Oz Cobb (Farrell)": a character named in full, then an actor's surname alone in brackets.
_SURNAME_BRACKETED = re.compile(
    r"(?<![\w’'])([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,2})\s+\(([A-Z][\w’'\-]+)\)"
)
_FULL_NAME = re.compile(r"\b[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,2}\b")


def _surname_in_brackets(
    texts: list[str], lows: list[str], known: Known, found: list[tuple[str, str | None]]
) -> None:
    """ "The Penguin follows Oz Cobb (Farrell), a limping gangster": the actor is the one full
    name on the page that ends in that surname, when exactly one does and it is no maker's."""
    pairs = [m for text in texts if "(" in text for m in _SURNAME_BRACKETED.finditer(text)]
    if not pairs:
        return
    credited = {fold(actor) for actor, _ in found}
    makers: set[str] | None = None
    for m in pairs:
        outer, surname = m.group(1), m.group(2)
        if known.full(surname) or not is_name(outer) or known.full(outer):
            continue
        fulls = {
            name.group()
            for text in texts
            if surname in text
            for name in _FULL_NAME.finditer(text)
            if name.group().endswith(" " + surname) and is_name(name.group())
        }
        if len(fulls) != 1:
            continue
        full = fulls.pop()
        key = fold(full)
        if key in credited or key in known.not_actors or fold(outer) == key:
            continue
        if makers is None:
            makers = _makers(texts, lows)
        if key in makers:
            continue  # "Barbieland (Gerwig)": the film's maker
        found.append((full, outer))
        credited.add(key)


# A job behind the camera on this work, read where a part should stand: "the writer of the
# whole series", "its director", "a producer on the film".
_CREW_ROLE = re.compile(
    r"(?i:(?:the|its|a|an|one|sole|also)\s+)*(?:co-|executive\s+|head\s+)?"
    r"(?:writer|screenwriter|director|producer|showrunner|creator|composer|cinematographer"
    r"|editor|writer-director|author)s?\s+(?:of|on|for)\s+(?:the\s+|this\s+|its\s+)?"
    r"(?:[\w’'\-]+\s+){0,2}?(?:series|show|film|movie|season|episodes?|script|screenplay"
    r"|project|production)\b"
)


_BY_SELF = re.compile(
    r"\b(?:played|portrayed|voiced)\s+by\s+(?:the\s+(?:director|filmmaker|writer)\s+)?"
    r"([A-Z][\w’'\-]+)\s+(?:himself|herself|themself|themselves)\b"
)


_BY_SELF_CUES = ("played by", "portrayed by", "voiced by")


def _played_by_self(texts: list[str], known: Known, found: list[tuple[str, str | None]]) -> None:
    """ "Doug Fregin … is played by Johnson himself": the person the page names in full by that
    surname acts here too, even when the page's credit for them is another (director, writer)."""
    for text in texts:
        if "self" not in text or not any(map(text.__contains__, _BY_SELF_CUES)):
            continue
        for m in _BY_SELF.finditer(text):
            surname = m.group(1)
            full = None
            pattern = re.compile(rf"\b([A-Z][\w’'\-]+\s+{re.escape(surname)})\b")
            for other in texts:
                hit = pattern.search(other)
                if (
                    hit
                    and is_name(hit.group(1))
                    and hit.group(1).split()[0].lower() not in _NOT_ROLE
                ):
                    full = hit.group(1)
                    break
            if full is None:
                continue
            head = text[max(0, m.start() - 200) : m.start()]
            cut = max(head.rfind(". "), head.rfind("? "), head.rfind("! "))
            found.append((full, _role_in(head[cut + 2 :] if cut >= 0 else head, known)))


# Abbreviated titles that belong to a character's name: "Dr. Godwin Baxter", "Sgt. Ruiz".
_TITLE_BEFORE = re.compile(
    r"(?:^|(?<=\s))(?:Dr|Mr|Mrs|Ms|Sgt|Capt|Col|Gen|Lt|Det|Insp|Prof|Rev|Fr|Supt)\.\s+$"
)


# "Colin Farrell … is having a ball. His Oz is a con man": the character of the actor the
# sentence before is about.
_PRONOUN_ROLE = re.compile(
    r"(?:^|[.!?]\s+)(?:His|Her)\s+([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2})\s+(?:is|was|has)\s"
)


# "Her Majesty", "His Excellency": forms of address, not characters.
_STYLES = frozenset("majesty highness excellency honour honor lordship ladyship grace".split())


def _pronoun_possessive(text: str, known: Known, found: list[tuple[str, str | None]]) -> None:
    for m in _PRONOUN_ROLE.finditer(text):
        role = m.group(1)
        if (
            known.full(role) is not None
            or fold(role) in known.not_actors
            or role.split()[0].lower() in _STYLES
        ):
            continue
        head = text[: m.start() + 1]
        begin = max(head.rfind(". ", 0, -1), head.rfind("! ", 0, -1), head.rfind("? ", 0, -1))
        subject = name_after(text, begin + 2 if begin >= 0 else 0)
        actor = known.full(subject) if subject else None
        if actor is not None and fold(actor) in known.actors:
            found.append((actor, role))


def _with_titles(
    found: list[tuple[str, str | None]], texts: list[str]
) -> list[tuple[str, str | None]]:
    """The roles with the abbreviated title the page gives them where it first names them
    ("Dr. Godwin Baxter, a scarred surgeon, is played by X": the role is "Dr. Godwin Baxter")."""
    if not found:
        return found
    joined = "\n".join(texts)
    titled: dict[str, str] = {}
    for _, role in found:
        if role and role not in titled and role[:1].isupper() and "." not in role.split()[0]:
            at = joined.find(role)
            title = _TITLE_BEFORE.search(joined, max(0, at - 6), at) if at > 0 else None
            titled[role] = joined[title.start() : at] + role if title else role
    out = [(actor, titled.get(role, role) if role else role) for actor, role in found]
    if any(role in _TITLES_ALONE for _, role in out):
        out = [(actor, _title_completed(actor, role, texts)) for actor, role in out]
    return out


_TITLES_ALONE = frozenset("Dr Mr Mrs Ms Sgt Capt Col Gen Lt Det Insp Prof Rev Fr Supt".split())


def _title_completed(actor: str, role: str | None, texts: list[str]) -> str | None:
    """ "X … is Mr. Robot, the leader …", read as the part "Mr": the title's full stop cut it
    short; the part is the title and the name after it, first found after the actor's name."""
    if role not in _TITLES_ALONE:
        return role
    pattern = re.compile(rf"\b{role}\.\s+([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)")
    for text in texts:
        at = text.find(actor)
        m = pattern.search(text, at) if at >= 0 else None
        if m:
            return f"{role}. {m.group(1)}"
    return role


_TITLES_ALONE = frozenset("Dr Mr Mrs Ms Sgt Capt Col Gen Lt Det Insp Prof Rev Fr Supt".split())


class _SurnameOwners:
    """The one full name the texts give for a surname ("Jane Fonda" for "Fonda"), asked for
    only when a bracket holds a surname no credited actor has."""

    def __init__(self, texts: list[str]) -> None:
        self._texts = texts
        self._found: dict[str, str | None] = {}

    def full(self, word: str) -> str | None:
        if word not in self._found:
            pattern = re.compile(rf"\b[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'.\-]*)?\s+{re.escape(word)}\b")
            fulls = {
                m.group()
                for text in self._texts
                if word in text
                for m in pattern.finditer(text)
                if is_name(m.group())
            }
            self._found[word] = fulls.pop() if len(fulls) == 1 else None
        return self._found[word]


# "Grace (Fonda)": a character's name, then one capitalised word in brackets.
_SURNAME_IN_BRACKETS = re.compile(r"[A-Z][\w’'\-]+")
_FIRST_NAME_SURNAME = re.compile(r"\b([A-Z][a-z’'\-]+) \(([A-Z][\w’'\-]{2,})\)")


# A bracket that ends on a year after a comma holds another work's maker and date, never a
# part: "Battleship Potemkin (Sergei Eisenstein, 1925)".
_MAKER_AND_YEAR = re.compile(r",\s*(?:1[89]|20)\d\d\s*$")


def _parens(
    text: str,
    known: Known,
    found: list[tuple[str, str | None]],
    pending: list[tuple[str, str, str | None, bool, bool]],
    votes: list[int],
    owners: _SurnameOwners | None = None,
) -> None:
    matches = list(_PAREN.finditer(text))
    words = _one_word_pairs(text, matches, known) if len(matches) > 1 else []
    performing = 0  # where the last list of pairs said to perform ends
    for m in matches:
        raw = m.group(1)
        if any(ch.isdigit() for ch in raw[:12]) or _MAKER_AND_YEAR.search(raw):
            continue  # (a year, or a maker and a year: "Z (Costa-Gavras, 1969)", another film)
        kind, inner = _inner_name(raw)
        if inner is None:
            continue
        before = text[max(0, m.start() - 40) : m.start()]
        if _NEGATION.search(before) and _NEGATION.search(_sentence_before(text, m.start())):
            continue  # "none of X (…)", but not "… none of them. Then Y (Z)"
        if before.rstrip().endswith((".", "!", "?")) and not _ABBREVIATION_END.search(before):
            continue  # "… in Furiosa. (Warner Bros)": a bracket after a full stop is no credit
        outer_name = name_before(text, m.start(), object_ok=True)
        if outer_name and _filmography(text, m, outer_name):
            continue
        role = _role_before(text, m.start())
        if kind == "as":
            if outer_name and _is_person(outer_name, known):
                found.append((known.full(outer_name) or outer_name, inner))
                votes[1] += 1  # "Kristen Wiig (as Annie Montrose)": the actor stands outside
                votes[2] += 1  # ... said by the word "as", not by the page's bare brackets
            continue
        inner_actor = known.full(inner)
        outer_actor = known.full(outer_name) if outer_name else None
        if (
            inner_actor is None
            and outer_actor is None
            and owners is not None
            and (not outer_name or " " not in outer_name)
            and len(inner) >= 3
            and _SURNAME_IN_BRACKETS.fullmatch(inner)
        ):
            # "Grace (Fonda) and Frankie (Tomlin)": a character's first name, then the surname
            # of someone the page names in full ("Jane Fonda and Lily Tomlin are back")
            lone = None
            for lone_m in _FIRST_NAME_SURNAME.finditer(text, max(0, m.start() - 40), m.end()):
                lone = lone_m
            owner = owners.full(inner) if lone is not None and lone.end() == m.end() else None
            if lone is not None and owner and fold(owner) not in known.not_actors:
                found.append((owner, lone.group(1)))
                continue
        if kind == "by":
            actor = inner_actor or (inner if is_name(inner) else None)
            if actor:
                found.append((actor, role))
            continue
        if inner_actor and not outer_actor:
            found.append((inner_actor, role))
            votes[0] += 1
        elif outer_actor and not inner_actor:
            if len(inner.split()) <= 6 and inner[:1].isupper():
                found.append((outer_actor, inner))
                votes[1] += 1
        elif (
            not inner_actor
            and not outer_actor
            and outer_name
            and is_name(outer_name)
            and ("themselves" in text or "himself" in text or "herself" in text)
            and _PLAY_THEMSELVES.search(_sentence_before(text, m.start()))
        ):
            # "The band play themselves: Liam Óg Ó Hannaidh (Mo Chara), …": the names outside
            # are the performers, the brackets hold what they go by.
            found.append((outer_name, inner))
        elif not inner_actor and not outer_actor and role and is_name(inner):
            if outer_name and is_name(outer_name):
                # Two full names: "Character (Actor)" or "Actor (Film)"; the page's own habit,
                # once settled by known actors, decides; unsettled, the common way round,
                # unless the pair is the subject of a verdict on playing a part ("X (Y) and
                # Z (W) are both superb as the …"): then the name outside performs it.
                praised = _PERFORMERS_PRAISED.match(text, m.end())
                if praised:
                    performing = praised.end()
                beside = any(_in_one_list(text, m, other, outer_name) for other in words)
                pending.append((outer_name, inner, role, praised is not None, beside))
            else:
                pending.append(("", inner, role, False, False))
        elif m in words and outer_name:
            praised = _PERFORMERS_PRAISED.match(text, m.end())
            if m.end() < performing or praised:
                # "X (Maakha Natt) and Y (Mooda) fill out the family": a list said to perform,
                # one word in the brackets, a full name before them
                found.append((outer_name, inner))
                performing = max(performing, praised.end() if praised else 0)


def _one_word_pairs(text: str, matches: list[re.Match[str]], known: Known) -> list[re.Match[str]]:
    """The brackets holding one capitalised word, no actor the page credits, after a full name
    that is not one either: "Faris Shafi (Mooda)"."""
    out = []
    for m in matches:
        word = m.group(1)
        if not (word[:1].isupper() and word.isalpha()) or known.full(word) is not None:
            continue
        outer = name_before(text, m.start(), object_ok=True)
        if outer and known.full(outer) is None and fold(outer) not in known.not_actors:
            out.append(m)
    return out


def _in_one_list(text: str, m: re.Match[str], other: re.Match[str], outer: str) -> bool:
    """Whether the bracket pairs `m` (after the name `outer`) and `other` stand next to each
    other in one list, joined by a comma or "and"."""
    if other.start() > m.end():
        between = text[m.end() : other.start()].rstrip()
        named = name_before(text, other.start(), object_ok=True)
        if not named or not between.endswith(named):
            return False
        join = between[: -len(named)]
    else:
        start = text.rfind(outer, 0, m.start())
        if start < other.end() or text[start : m.start()].strip() != outer:
            return False
        join = text[other.end() : start]
    return join.strip() in ("", ",", "and", ", and")


# After "Name (Name)": up to three more such pairs joined to it, then a verdict on playing a
# part, "are as reliably great as two veteran teachers", "is wonderful as the mother".
_PERFORMERS_PRAISED = re.compile(
    r"(?:(?:,|,?\s+and)\s+[^()\n.;]{1,40}\([^()\n]{1,60}\)){0,3}"
    r"\s+(?:(?:is|are|was|were|remains?|remained)\s+(?:[a-z]+\s+){0,3}as\s+"
    r"(?:a|an|the|two|three|his|her|their)\s"
    # ... or that fill out the cast: "round out the villainous family", "make up the gang"
    r"|(?:round|fill|flesh)(?:s|ed)?\s+out\s+(?:the|this|its|an?)\s|(?:make|makes|made)\s+up\s+the\s)"
)


# People who play themselves: the names that follow are performers, whatever the brackets say.
_PLAY_THEMSELVES = re.compile(
    r"\b(?:play(?:s|ed|ing)?|appears?\s+as|cast\s+as)\s+(?:themselves|himself|herself)\b", re.I
)


def _sentence_before(text: str, at: int) -> str:
    """The sentence before position `at` (at most 200 characters)."""
    head = text[max(0, at - 200) : at]
    cut = max(head.rfind(". "), head.rfind("! "), head.rfind("? "))
    return head[cut + 1 :]


# Where a second clause joins the first: ", and W turns up as …".
_JOINED_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+(?=[A-Z])")
# A character named in full after "as": "bounces in late as Rich Purnell".
_FULL_ROLE = re.compile(r"[A-Z][\w’'\-]+\s+[A-Z][\w’'\-]+\b")
_FULL_ROLE_OR_NAME = re.compile(r"[A-Z][\w’'\-]+\b")
# Words that bring another person into a clause: "X tells him that she sees her as …".
_SOMEONE_ELSE = frozenset(
    "he she him her his they them their who whom whose him, her, as like than with".split()
)
_ASIDE = re.compile(r",\s+(?:who|which|whose)\s[^,]{0,90},")
# The same in brackets: "X (who you might know from Black Mirror) is great as".
_BRACKET_ASIDE = re.compile(r"\s+\((?:who|whose)\s[^()]{0,90}\)")
_PROFESSIONS = frozenset(
    "actor actress star performer director filmmaker writer comedian singer rapper newcomer "
    "veteran legend icon".split()
)
_AFTER_OBJECT = frozenset("in of from on at with by for about like than into to a an the".split())
_COMPARISON = re.compile(
    r"\b(?:1[89]\d\d|20\d\d)\b|\b(?:before|original|previous|earlier|version|remake|sequel"
    r"|prequel|once|starred|famously|not\s+since|ever\s+since|like|unlike)\b",
    re.IGNORECASE,
)
# A name list ending right before a name: "Retta and ", "Ana Lima, Tom Baker and ".
_LISTED = re.compile(r"[A-Z][\w’'\-]*,?\s+(?:and|&)\s+$|[A-Z][\w’'\-]*,\s+$")


def _cues(
    pattern: re.Pattern[str],
    text: str,
    needles: tuple[str, ...],
    back: int,
    low: str | None = None,
    reach: int = 40,
) -> Iterator[re.Match[str]]:
    """The matches of `pattern` that start at most `back` characters before one of the
    needles (looked for in `low`, the lowercased text, when given) and end at most `reach`
    characters after it, in order and without overlaps. Finding the needles with plain
    searches and trying the pattern only around them is many times quicker than running it
    over the whole paragraph."""
    haystack = low if low is not None and len(low) == len(text) else text
    starts: set[int] = set()
    for needle in needles:
        at = haystack.find(needle)
        while at != -1:
            starts.add(at)
            at = haystack.find(needle, at + 1)
    done = 0
    for at in sorted(starts):
        if at < done:
            continue
        m = pattern.search(text, max(done, at - back), at + reach)
        if m is not None and m.start() <= at:
            done = m.end()
            yield m


def _spans(text: str, needle: str, skip: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each occurrence of `needle` in `text`, the start moved past its first
    `skip` characters (" as " gives where "as" starts and where the word after it starts): a
    plain search is many times quicker than a regular expression over the whole paragraph."""
    at = text.find(needle)
    while at != -1:
        yield at + skip, at + len(needle)
        at = text.find(needle, at + len(needle) - 1)


# "as played by", "as seen in", "as written": "as" before a participle is no part.
_AS_PARTICIPLE = re.compile(
    r"(?:played|portrayed|voiced|seen|written|directed|shown|described|imagined|told|depicted"
    r"|rendered|realised|realized|conceived|cast|filmed|shot)\b"
)


# After "X, as Y": a verb with no comma before it makes "as" a conjunction ("X, as Psycho had
# done before it"), where "X, as Y, has …" sets the part apart.
_AS_CLAUSE = re.compile(
    r"(?:(?:The|A|An)\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3}"
    r"\s+(?:had|has|have|did|does|do|would|could|will|once)\b"
)

# "in " right before a name: the name is where someone played a part, a work.
_IN_BEFORE = re.compile(r"\bin\s+$")
# A character's full name that ends its clause: "as Martha Walker, the engineer".
_WHOLE_ROLE = re.compile(r"[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)+\s*(?:[,.;:!?)—–]|$)")
# "as" then a verb before its subject ("as is the conductor Y", "as does Y"): a comparison.
_AS_INVERTED = re.compile(r"(?:is|was|are|were|does|did|do|has|had|have)\s")


# A sentence that opens on the part: "As Ambassador Kate Wyler, she is …", "As Dementus, a
# warlord with …, he …": the one it speaks of was named in the sentence before.
_AS_OPENING = re.compile(
    r"(?:^|(?<=[.!?]\s))As\s+((?:(?:[A-Z][\w’'\-]*\.?)\s+){0,3}[A-Z][\w’'\-]+),\s+"
    r"(?:he|she|they|a|an)\s"
)
# Words of making a film: a sentence that has them names its makers, not a performer.
_MAKING = re.compile(
    r"\b(?:direct\w*|filmmaker|writer|wrote|written|produc\w*|creat\w*|showrunner|script\w*)\b",
    re.IGNORECASE,
)


def _as_opening(text: str, known: Known, found: list[tuple[str, str | None]]) -> None:
    """ "The revelation here is Hal Mercer. As Osvald, a ferryman with …, he …": a sentence that
    opens on a part, a pronoun or a description of the part after it, credits the one person
    the sentence before names (and nobody when it names two, or speaks of making the film)."""
    for m in _AS_OPENING.finditer(text):
        head = text[max(0, m.start() - 300) : m.start()].rstrip()
        if not head or head[-1] not in ".!?":
            continue  # the part opens the paragraph: no sentence before it here
        stop = max(head.rfind(". ", 0, len(head) - 1), head.rfind("! "), head.rfind("? "))
        before = head[stop + 2 :] if stop >= 0 else head
        if _MAKING.search(before):
            continue
        names = {
            fold(n): n
            for n in (known.full(w) or w for w in _names_before_as(before))
            if is_name(n) and fold(n) not in known.not_actors
        }
        role = m.group(1)
        if len(names) != 1 or (is_name(role) and known.full(role)):
            continue
        (actor,) = names.values()
        roles = {fold(part) for _, part in found if part}
        if fold(actor) in roles or set(role.split()) & set(actor.split()):
            continue  # "Mark Scout is back. As Mark, he …": a character, not who plays him
        found.append((actor, role))


def _names_before_as(sentence: str) -> Iterator[str]:
    """The full names of the sentence before an "As Y, she" opening. A possessive one counts
    only where it closes the sentence, owning what the sentence spoke of ("the performance that
    stays with you is Rasti Farooq's."), and is given without its "'s"; one that owns a noun
    after it ("Ana Lima's film") is someone else's work, not the performer."""
    for w in _FULL_NAME.finditer(sentence):
        name = w.group()
        if not name.endswith(("’s", "'s")):
            yield name
        elif not sentence[w.end() :].strip(' .!?"”’)'):
            yield name[:-2]


def _aside_gone(m: re.Match[str]) -> str:
    """What stands for an aside `_ASIDE` took out: nothing, or its comma before a clause that
    "and", "but", "while" or "whereas" joins on."""
    rest = m.string[m.end() : m.end() + 10].lstrip()
    return "," if rest.startswith(("and ", "but ", "while ", "whereas ")) else ""


# After a verb of the stage and "as": a person described, the description ending its clause
# ("steals a scene or two as his nervous brother.", "as her father, Yusri").
_STAGED_PERSON = re.compile(
    r"(?:his|her|their|the|a|an)\s+(?:[a-z][\w’'-]*\s+){0,2}?([a-z][\w’'-]*)"
    r"(?=[,.;:!?]|\s+(?:who|whose|and)\b|$)"
)


_MAKERS_OR_PERFORMERS = _PROFESSIONS | frozenset(
    "producer screenwriter editor composer cinematographer showrunner creator co-writer "
    "co-producer co-director writer-director".split()
)


def _staged_person(text: str, at: int) -> bool:
    """True when a person described starts at `at` (`_STAGED_PERSON`), never one who makes
    the film or performs in it ("as a director", "as an executive producer")."""
    m = _STAGED_PERSON.match(text, at)
    return (
        m is not None
        and _person_noun(m.group(1))
        and m.group(1).lower() not in _MAKERS_OR_PERFORMERS
        and _CREW_ROLE.match(text, at) is None
    )


def _as_roles(text: str, known: Known, found: list[tuple[str, str | None]]) -> None:
    """ "X is terrific as Y", "X has a small role as Y", "Retta and Sanjay Rao, as C and P"."""
    for ms, me in _spans(text, " as ", 1):
        if text[me : me + 1].isupper() and (inverted := actor_after_role(text, ms, me)):
            player, part = inverted  # "Y, as X plays him," (role_span.py)
            if known.full(player) or is_name(player):
                found.append((known.full(player) or player, part))
            continue
        if _AS_PARTICIPLE.match(text, me):
            continue  # "Ada Lind, as played by Lia Sand, is …": the credit is the "by"
        if _AS_INVERTED.match(text, me):
            continue  # "X is a presence, as is the conductor Y": a comparison, no part
        if text[max(0, ms - 10) : ms].rstrip().endswith(("credited", "billed")):
            continue  # "X, who is credited as a producer": a credit of the making, no part
        if age_after_passive(text, ms, me):
            continue  # "X, who was kidnapped as a girl, …": an age, no part (age_as.py)
        start = max(0, ms - 160)
        head = text[start:ms]
        cut = max(head.rfind(". "), head.rfind("; "), head.rfind(": "), head.rfind("? "))
        while cut > 0 and head[cut] == "." and _ABBREVIATION_END.search(head, 0, cut + 1):
            # "Then there is Robert Downey Jr. as Lewis Strauss": "Jr." ends no clause
            cut = max(head.rfind(". ", 0, cut), head.rfind("; ", 0, cut), head.rfind(": ", 0, cut))
        clause = head[cut + 1 :] if cut >= 0 else head
        # "Jeffrey Wright, who voiced him in the game, turns up later as": drop the aside.
        # (its closing comma stays before "and": "X plays Y, who is …, and W is … as")
        clause = _ASIDE.sub(_aside_gone, clause)
        if "(" in clause:
            clause = _BRACKET_ASIDE.sub("", clause)
        joins = list(_JOINED_CLAUSE.finditer(clause)) if ", " in clause else []
        second = joins[-1] if joins else None
        if second and any(w[:1].islower() for w in clause[: second.start()].split()):
            # "X plays Y, one of Z's lovers, and W turns up as": the clause after "and".
            clause = clause[second.end() :]
        words = clause.split()
        if not words:
            continue
        if words[-1] in ("–", "—") and len(words) > 1:
            words = words[:-1]  # "Marta Quill – as the harbour master Ines Roan –"
            ms_name = head.rstrip()[:-1].rstrip()
            direct = name_before(ms_name, len(ms_name), object_ok=True)
        else:
            direct = None
        if direct is None:
            direct = name_before(text, ms, object_ok=True) if words[-1][:1].isupper() else None
            named_at = text.rfind(direct, 0, ms) if direct else -1
            if named_at > 0 and _IN_BEFORE.search(text, max(0, named_at - 4), named_at):
                direct = None  # "as she was in Night Ferry as Mara Holm": a work, not an actor
        if direct is None and words[-1][:1].isupper():
            single = known.full(words[-1].rstrip(","))
            if single is not None and " " not in single:
                direct = single  # "Rao Venkat, Sunil as Mangalam Srinu": a one-word name
        appositive = head.rstrip().endswith((",", "–", "—"))
        if appositive and _AS_CLAUSE.match(text, me):
            continue  # "the crimes of X, as Psycho had done before": "as" opens a clause
        if direct and appositive and _LISTED.search(clause[: clause.rfind(direct.split()[0])]):
            direct = None  # "Retta and Hal Mercer, as Claudette and Phil": a list, read below
        if direct and appositive:
            # "Annie Murphy, as Alexis Rose, has turned …"
            roles = _split_roles(text[me : me + 160], 1)
            if roles and is_name(direct) and (roles[0][:1].isupper() or _a_person(roles[0])):
                found.append((known.full(direct) or direct, roles[0]))
                continue
        elif direct and known.full(direct) is None and _COMPARISON.search(clause):
            continue  # "filmed before, in 1930, with Lew Ayres as Paul": another film's cast
        elif direct:
            # "… and Tobias Menzies as Prince Philip": a full name right before "as".
            roles = _split_roles(text[me : me + 160], 1)
            if (
                roles
                and (known.full(direct) or roles[0][:1].isupper())
                and (_plausible_role(roles[0]) or known.full(direct))
            ):
                found.append((known.full(direct) or direct, roles[0]))
                continue
        if len(words) > 14:
            stepped = _NAME_APPOSED.match(clause)
            if stepped and stepped.group(2).count(" ") < 8:
                # "Pratik Gandhi, a theatre actor many will discover here, is a revelation as"
                words = [*stepped.group(1).split(), *stepped.group(2).split()]
        if len(words) > 14:
            words = words[-9:]  # a long clause: the actor stands near "as"
        named_role = bool(_FULL_ROLE.match(text, me))
        performing = bool({w.strip(",.").lower() for w in words} & _PERFORMANCE)
        # "X brings a quiet fury as Anna", "X makes a big impression … as Mary Jabassa": a
        # verb of the stage before "as", believed for a character's name only (checked below).
        staged = (
            not performing
            and (_FULL_ROLE_OR_NAME.match(text, me) is not None or _staged_person(text, me))
            and bool({w.strip(",.").lower() for w in words[-9:]} & _STAGE_VERBS)
        )
        # "A and B, as X and Y,": names set apart by a comma right before "as".
        apposed = appositive and words[-1][:1].isupper()
        if not (
            named_role
            or performing
            or staged
            or apposed
            or any(known.full(w.strip(",")) for w in words[:3])
        ):
            continue
        # The actor: the first name in the clause, then at most seven words up to "as".
        actor: str | None = None
        names: list[str] = []
        rest: list[str] = []
        aside = False
        for i in range(len(words)):
            if not words[i][:1].isupper():
                continue
            after_object = i > 0 and words[i - 1].lower() in _AFTER_OBJECT
            for size in (4, 3, 2, 1):
                chunk = " ".join(words[i : i + size]).rstrip(",")
                if chunk.endswith(("’s", "'s")):
                    chunk = chunk[:-2]
                    owned = words[i + size].strip(",").lower() if i + size < len(words) else ""
                    if owned in _CREW_WORKS:
                        break  # "Mark Knopfler's score … plays as": a crew member's work
                if after_object and not (known.full(chunk) or _person_like(chunk)):
                    continue  # "seen in Children of a Lesser God": a title, not the subject
                following = words[i + size].lower().strip(",") if i + size < len(words) else ""
                if following in _PROFESSIONS or any(
                    w.lower().strip(",") in _NOT_ROLE for w in chunk.split()
                ):
                    continue  # "The South African actor": words about a person, not a name
                if (size > 1 and is_name(chunk)) or (size == 1 and known.full(chunk)):
                    actor = known.full(chunk) or chunk
                    rest = words[i + size :]
                    aside = words[min(i + size, len(words)) - 1].endswith(",")
                    break
            if actor:
                break
        if actor is None:
            continue
        if aside and rest:
            # "Edward Woodward, of The Wicker Man fame, turns up as": step over the aside
            joined = " ".join(rest)
            close = joined.find(",")
            if joined[:1].islower() and 0 < close <= 100:
                rest = joined[close + 1 :].split()
        # "Retta and Sanjay Rao, as …": a list of names.
        names = [actor]
        lead = _lead_mononym(words, actor)
        if lead and apposed:
            names.insert(0, lead)
        tail = " ".join(rest).strip(" ,")
        while tail.lower().startswith(("and ", "& ")):
            after = tail.split(None, 1)[1] if " " in tail else ""
            nxt = name_after(after, 0)
            if not nxt:
                break
            names.append(known.full(nxt) or nxt)
            tail = after[len(nxt) :].strip(" ,")
            rest = tail.split()
        if len(rest) > 9:
            continue
        lowered = {w.strip(",.").lower() for w in rest}
        bare = not rest
        # "Zendaya gets far more to do this time as Chani": a credited actor, a few plain
        # words, a character's name; no one else comes in between.
        far = bool(
            known.full(names[0])
            and len(rest) <= 9
            and _FULL_ROLE_OR_NAME.match(text, me)
            and not lowered & _SOMEONE_ELSE
            and not any(w.endswith(",") for w in rest)
        )
        staged = staged and bool(lowered & _STAGE_VERBS) and rest[0].lower() in _STAGE_LEADS
        if (
            len(rest) > 7
            and not far
            and not (staged and len(rest) <= 9)
            and not (
                named_role
                and lowered & _PERFORMANCE
                and len(rest) <= 10
                and _WHOLE_ROLE.match(text, me) is not None
            )
        ):
            # Far from "as", a role needs two cues: a word of performance before it, and a
            # full name after it that ends its clause ("as Mara Holm watches" is "while").
            continue
        if (
            not bare
            and not lowered & _PERFORMANCE
            and not (named_role and len(rest) <= 6)
            and not (known.full(names[0]) and len(rest) <= 5)
            and not far
            and not staged
        ):
            continue
        if lowered & _NOT_PERFORMANCE:
            continue
        if "plays" in lowered and _PLAYS_IDIOM.search(" ".join(rest)):
            continue  # "X plays the long game as a producer": an idiom, then a job
        if rest and rest[-1].lower() in _OBJECT_PRONOUNS | {"her"}:
            continue  # "X plays him as a swearing, chain-smoking Catholic": how, not whom
        if any(
            w[:1].isupper()
            and w.lower() not in ("oscar", "i")
            and not (staged and n > 1 and rest[n - 2 : n] == ["among", "the"])  # "the Fremen"
            # "gets the best lines among Gerard's deputies as": an owner, no other subject
            and not ((staged or far) and n > 0 and w.endswith(("’s", "'s")))
            for n, w in enumerate(rest)
        ):
            continue
        role_text = text[me : me + 160]
        roles = _split_roles(role_text, len(names))
        if not roles and lead and names[0] == lead:
            names.pop(0)  # the one word was not an actor of the list
            roles = _split_roles(role_text, len(names))
        if not roles:
            continue
        if far and len(rest) > 5 and not lowered & _PERFORMANCE:
            # Far from its actor a role is only the name itself: "as Suchi tries to …".
            roles = [_leading_run(roles[0].split())]
            if not roles[0] or len(names) > 1:
                continue
        credited = [
            known.full(n) is not None or is_name(n) or (n == lead and len(names) > 1) for n in names
        ]
        if not all(credited):
            continue
        if known.full(names[0]) is None and not all(_plausible_role(r) for r in roles):
            continue
        if (
            staged
            and not far
            and not named_role
            and not lowered & _PERFORMANCE
            and not all(_named_role(r) or _staged_person(r, 0) for r in roles)
        ):
            continue  # "X makes her debut as director": no character
        if bare and known.full(names[0]) is None and not roles[0][:1].isupper():
            continue
        for name, role in zip(names, roles, strict=False):
            found.append((known.full(name) or name, role))


# "takes on the role of Y", "steps into the title role of Y", "in the part of Y"
_ROLE_OF = re.compile(
    r"\b(?:(?:the|a)\s+)?(?:title\s+|lead\s+|central\s+|key\s+|pivotal\s+|supporting\s+"
    r"|small\s+|tricky\s+|thankless\s+)?(?:role|part)\s+of\s+"
    r"|\bthe\s+(?:[a-z-]+\s+)?(?:shoes|boots|mask|cape|costume|skin|armour|armor)\s+of\s+"
)
# "steps into the mask of Immortan Joe", "slips back into the white cape of Orson Krennic"
_WORN_OF = ("shoes of", "boots of", "mask of", "cape of", "costume of", "skin of", "armour of")
# The words before " of" in "role of", "part of" and `_WORN_OF`.
_ROLE_OF_HEADS = ("role", "part", *(cue[:-3] for cue in _WORN_OF))


def _worn_of(low: str) -> bool:
    """Whether the lowercased text holds "role of", "part of" or one of `_WORN_OF`: each word
    looked for before the few places " of" stands, rather than a search of the text for each."""
    at = low.find(" of")
    while at != -1:
        if low.endswith(_ROLE_OF_HEADS, 0, at):
            return True
        at = low.find(" of", at + 3)
    return False


_ROLE_OF_SUBJECT = re.compile(
    r"((?:[A-Z][\w’'\-.]+\s+){1,3}[A-Z][\w’'\-]+)\s+(?:[a-z]+\s+){0,3}?(?:in\s+|with\s+|into\s+"
    r"|on\s+|takes\s+|took\s+|plays\s+|gets\s+|landed\s+|lands\s+|assumes\s+|essays\s+"
    r"|inherits\s+|fills\s+)(?:[a-z]+\s+){0,2}$"
)


def _role_of(text: str, known: Known, found: list[tuple[str, str | None]]) -> None:
    """ "X takes on the role of Y", "X steps into the title role of Y": the subject is an
    actor when credited or named in full before the verb."""
    for m in _cues(_ROLE_OF, text, ("role of", "part of", *_WORN_OF, "armor of"), 40):
        head = text[max(0, m.start() - 90) : m.start()]
        subject = _ROLE_OF_SUBJECT.search(head)
        if subject is None:
            _role_goes_to(text, m, known, found)
            continue
        named = " ".join(_after_full_stop(subject.group(1).split()))  # "Tom. Lachy Hulme"
        actor = known.full(named) or (named if is_name(named) else None)
        if actor is None or fold(actor) in known.not_actors or _compared(text, m.start()):
            continue
        roles = _split_roles(text[m.end() : m.end() + 160], 1)
        if roles and roles[0][:1].isupper():
            found.append((actor, roles[0]))


# After "the role of Y": "goes to", "went to", "falls to", "is given to", then the actor.
_GOES_TO = re.compile(
    r"(?:[A-Z][\w’'\-.]*\s+){0,3}?[A-Z][\w’'\-]*\s+(?:goes|went|fell|falls|is\s+given|was\s+given"
    r"|is\s+handed|was\s+handed)\s+to\s+(?=[A-Z])"
)

_GOES_CUT = re.compile(r"\s+(?:goes|went|fell|falls|is|was)\s")


def _role_goes_to(
    text: str, m: re.Match[str], known: Known, found: list[tuple[str, str | None]]
) -> None:
    """ "The role of Oscar goes to Michael B. Jordan, who …": the part, then its actor."""
    goes = _GOES_TO.match(text, m.end())
    if goes is None:
        return
    role = _GOES_CUT.split(text[m.end() : goes.end()], maxsplit=1)[0]
    actor = name_after(text, goes.end())
    if actor is None or not is_name(actor) or fold(actor) in known.not_actors:
        return
    if known.full(role) is None and not _compared(text, m.start()):
        found.append((known.full(actor) or actor, role))


_TITLE_ROLE = re.compile(
    r",?\s+(?:[a-z]+\s+){0,2}?(?:in|plays|takes|as|with|gets|landed|lands)\s+(?:on\s+)?the\s+title\s+"
    r"(?:role|part|character)\b"
)


_PLAYS_AS = re.compile(r"\b(?:plays|as)\s")
# ", who …," just before the words that give the part: an aside about the actor.
_ASIDE_BEFORE = re.compile(r",\s+(?:who|whose|a|an|the)\s[^,;.]{0,100}$")


def _title_role(text: str, known: Known, title: str, found: list[tuple[str, str | None]]) -> None:
    """ "X, in the title role, is astonishing", "X plays the title role": the role is the
    film's name."""
    for m in _TITLE_ROLE.finditer(text):
        if m.group().endswith("character") and not _PLAYS_AS.search(m.group()):
            continue  # "X argues with the title character": someone else in the story
        actor = name_before(text, m.start(), object_ok=True)
        if actor is None:
            aside = text.startswith(",", m.start()) and _ASIDE_BEFORE.search(
                text, max(0, m.start() - 120), m.start()
            )
            if aside:  # "X, who has not had a part this snug in years, plays the title role",
                # "X, a young stage actor, plays the title character"
                actor = name_before(text, aside.start(), object_ok=True)
        if actor is None:
            word = _LAST_WORD.search(text, max(0, m.start() - 30), m.start())
            actor = known.full(word.group(1)) if word else None
        if actor and fold(actor) not in known.not_actors and not _compared(text, m.start()):
            found.append((known.full(actor) or actor, title))


# "As Ines Roan, Marta Quill is superb.", "Playing Ines, …", "In the role of Ines, …"
_LEADING_PART = (
    r"((?:[a-z][\w’'\-]*\s+){0,4}?[A-Z][\w’'\-.]*(?:\s+[A-Z“][\w’'\-.”]*){0,3})"
    # "As the younger Eniola in the flashbacks, X …": when the part is seen
    r"(?:\s+in\s+(?:the\s+|her\s+|his\s+|its\s+)?(?:early\s+|later\s+|opening\s+|final\s+)?"
    r"(?:flashbacks?|prologue|epilogue|episodes?|scenes?|chapters?|sequences?))?,\s+"
)
_LEADING_ROLE = re.compile(
    r"(?:As|Playing|Cast\s+as|In\s+the\s+(?:title\s+)?(?:role|part)\s+of)\s+" + _LEADING_PART
)
# The same opening after "And" or a semicolon: "And as Gary, …, X gets", "…; as Erin, X sheds".
_JOINED_ROLE = re.compile(r"as\s+" + _LEADING_PART)
_JOINED_CUES = ("; as ", ". And as ", "And as ")


_LEADING_WORDS = ("As ", "Playing ", "Cast as ", "In the role ", "In the title role ")
_LEADING_CUES = tuple(f"{stop} {word}" for stop in ".!?" for word in _LEADING_WORDS)
# Any of those cues, found with one search.
_LEADING_CUE = re.compile(r"[.!?] (?:" + "|".join(re.escape(w) for w in _LEADING_WORDS) + ")")
# The same, one expression for each stop: opening on one character, a search skips to it many
# times quicker than to any of a class. A text holds the cue when it holds one of them.
_LEADING_CUE_PARTS = tuple(
    re.compile(re.escape(stop) + " (?:" + "|".join(re.escape(w) for w in _LEADING_WORDS) + ")")
    for stop in ".!?"
)


def _leading_cue(text: str) -> bool:
    """Whether one of `_LEADING_CUES` is in the text: "! " and "? " looked for only where the
    mark stands (most paragraphs have neither)."""
    full_stop, exclamation, question = _LEADING_CUE_PARTS
    return (
        full_stop.search(text) is not None
        or ("!" in text and exclamation.search(text) is not None)
        or ("?" in text and question.search(text) is not None)
    )


# After "As Role, ": a description of the part set between commas, then the actor.
_PART_DESCRIBED = re.compile(r"(?:the|a|an|[A-Z][\w\-]*[’']s)\s[a-z][^,;.!?]{0,110},\s+(?=[A-Z])")


def _named_before_in_full(text: str, surname: str, end: int) -> str | None:
    """The one full name ending in `surname` that the text gives before `end`, else None."""
    if surname not in text[:end]:
        return None
    names = {
        m.group()
        for m in _FULL_NAME.finditer(text, 0, end)
        if m.group().endswith(" " + surname) and is_name(m.group())
    }
    return names.pop() if len(names) == 1 else None


def _leading_role(text: str, known: Known, found: list[tuple[str, str | None]]) -> None:
    """A sentence that opens on the role and names the actor after the comma: "As Ines Roan,
    Marta Quill is superb"."""
    starts = [0] if text.startswith(_LEADING_WORDS) else []
    for cue in _LEADING_CUES:
        at = text.find(cue)
        while at != -1:
            starts.append(at + 2)
            at = text.find(cue, at + 2)
    joined = []
    for cue in _JOINED_CUES:
        at = text.find(cue)
        while at != -1:
            if cue != "And as " or at == 0:
                joined.append(at + cue.index("as "))
            at = text.find(cue, at + 2)
    for begin in sorted(starts) + joined:
        m = (_LEADING_ROLE if begin in starts else _JOINED_ROLE).match(text, begin)
        if m is None:
            continue
        after = m.end()
        aside = _PART_DESCRIBED.match(text, after)
        if aside:
            after = aside.end()  # "As Ramadhir Singh, the politician who …, Tigmanshu Dhulia is"
        actor = name_after(text, after)
        if actor is None:
            word = re.match(r"([A-Z][\w’'\-]+)\b", text[after : after + 30])
            actor = known.full(word.group(1)) if word else None
            if word and actor is None:
                # "But the film belongs to Nkem Owoh. As Godswill, Owoh is a delight."
                actor = _named_before_in_full(text, word.group(1), m.start())
        if actor is None or fold(actor) in known.not_actors:
            continue
        role = _split_roles(m.group(1) + ".", 1)
        if role and not _compared(text, m.start()):
            found.append((known.full(actor) or actor, role[0]))


def _lead_mononym(words: list[str], actor: str) -> str | None:
    """ "Retta and Sanjay Rao, as …": the one capitalised word that opens the clause and
    stands before "and" and the actor's name, else None."""
    first = actor.split()[0]
    for i in range(2, min(len(words), 4)):
        if words[i] == first and words[i - 1] in ("and", "&") and i == 2:
            word = words[0].rstrip(",")
            if (
                word[:1].isupper()
                and word.isalpha()
                and word.lower() not in _NOT_ROLE
                and word.lower() not in _PROFESSIONS
            ):
                return word
    return None


# A full name, an aside in lower case between commas (the second may stand inside a closing
# quote: "… in "Night Ferry," is having a ball"), then the rest of the clause.
_NAME_APPOSED = re.compile(
    r"\s*((?:[A-Z][\w’'\-.]+\s+){1,3}[A-Z][\w’'\-.]+),\s+[a-z][^,]{2,110},[\"”]?\s+(.*)$"
)


# Words common in film titles and rare in people's names: "(God's Own Country)" after an
# actor's name is the film they were in, not a character.
_TITLE_WORDS = frozenset(
    """
    own country night day days love story life house man men woman women girl girls boy boys city
    world war time dead black white red blue green last first lost dark little big king queen god
    death blood star wars game fall rise road home land sea sky fire ice heart hearts dream dreams
    moon sun secret secrets blade runner club kids family street river mountain island lady
    """.split()
)


# Words of rank or kinship that style a character ("Mother Sister", "Da Mayor", "Sergeant
# Cole") and are no part of an actor's name (unlike "King", "Judge" or "Prince").
_STYLING_WORDS = frozenset(
    """
    mother father sister brother uncle aunt auntie granny grandma grandpa grandmother
    grandfather mayor sergeant sgt colonel lieutenant inspector detective doctor professor
    reverend nurse officer captain commissioner sheriff constable
    """.split()
)


def _styled_character(name: str) -> bool:
    """Whether a rank or kinship word stands in the name: a character's, not an actor's."""
    return ranked(name) or any(w.lower().rstrip(".") in _STYLING_WORDS for w in name.split())


def _styled_pair(outer: str, inner: str) -> str:
    """Which side of a pair of full names, "outside" or "inside" the brackets, the actor
    stands on when a rank or kinship styles the other side alone; "" when neither does."""
    if not is_name(outer):
        return ""
    styled_outer, styled_inner = _styled_character(outer), _styled_character(inner)
    if styled_inner and not styled_outer:
        return "outside"
    if styled_outer and not styled_inner and is_name(inner):
        return "inside"
    return ""


def _person_like(name: str) -> bool:
    """A full name with nothing of a film title about it."""
    words = name.split()
    if not 2 <= len(words) <= 3:
        return False
    return not any(
        w.lower().rstrip("’'s") in _TITLE_WORDS or w.endswith(("’s", "'s")) for w in words
    )


def _plausible_role(role: str) -> bool:
    """A character's name, or a description that ends in a person noun."""
    words = role.split()
    if not words:
        return False
    if words[0][:1].isupper() and words[0].lower() not in _DETERMINERS:
        # "as Storm Hilda blows in": a name and then its verb, so "as" opened a clause
        return not _name_then_verb(words)
    aged = _AT_AN_AGE.match(role)
    if aged and role[aged.end() :][:1].isupper() and " " not in role[aged.end() :]:
        return True  # "the teenage Aaron"
    head = _PREPOSITION_CUT.split(role.split(" with ", 1)[0], maxsplit=1)[0].split()
    # "a member of the Neighbourhood Watch", "a lawyer with a past": the person noun before
    # the preposition
    return (
        _person_noun(words[-1].strip(",."))
        or (len(head) < len(words) and _person_noun(head[-1]))
        or person_of(words)
    )


def _name_then_verb(words: list[str]) -> bool:
    """Capitalised words, then one lowercase word in -s that no possessive owns: "Storm Hilda
    blows" (a clause's subject and verb), never "Osvald's brother"."""
    last = words[-1]
    return (
        len(words) >= 2
        and last.islower()
        and last.endswith("s")
        and not words[-2].endswith(("'s", "’s"))
        and all(word[:1].isupper() for word in words[:-1])
    )


_ROLE_CUT = re.compile(
    r"(?:,(?!\s*(?:and\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s*(?:,|and\b))|;|:|—|–| - |\(|\)"
    r"|(?<!\b[A-Z])(?<!\b(?:Dr|Mr|Ms|St|Lt))(?<!\b(?:Mrs|Sgt|Col|Gen|Det))(?<!\bCapt)(?<!\bProf)"
    r"\.(?=\s|$)|!|\?"
    r"|\s(?:who|whose|which|that|while|in|with|opposite|alongside|but|is|was|are|were|to|from"
    r"|for|gives|give|brings|bring|makes|make|does|do|did|has|have|had|shines|shine|stands"
    r"|impresses|impress|steals|nails|delivers|deliver|gets|get|turns|can|could|will|would"
    r"|after|before|when|because|since|until|despite|though|although|so|yet|at"
    r"|as\s+(?:if|though|ever|usual|always|a|an|he|she|they)"  # "Abhishek as if he never left"
    r"|and\s+(?:the|a|an|it|his|her|their|is|was|are|were)\b|and(?=\s+[a-z]+s\b))\b)"
)


# (A name may open with a capital outside ASCII: "and Émile Varga as".)
_ANOTHER_NAME = re.compile(r",?\s+and\s+(?=[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]+\s+(?:[A-ZÀ-ÖØ-ÞĀ-Ž]|as\s))")
# The name that ends a phrase, with its particles, short titles and a quoted nickname:
# "Gregorio del Pilar", "Sergio St. Carlos", "Barry "Baz" Brown", "J.P. Shay".
_NAMED_AT_END = re.compile(
    r"(?<![\w’'])((?:(?:(?:[A-Z]\.){2,3}|[A-Z][\w’'\-]*|[A-Z][a-z]{0,2}\."
    r"|[“\"][A-Z][\w’'\-]*[”\"])\s+"
    r"(?:(?:del|de|da|di|du|van|von|der"
    r"|den|la|le|bin|al|el)\s+)?)*[A-Z][\w’'\-]*)$"
)


# "the adult Sophie", "young Kirsten": a character at one age, where another actor plays the
# same person at another; before a first name alone the age is part of the part (before a
# full name, "the young Buddy Deeds", the name alone tells the part).
_AT_AN_AGE = re.compile(
    r"(?:the\s+)?(?:adult|young|younger|old|older|elder|teenage|teen|grown-up|adolescent"
    r"|middle-aged|elderly)\s+"
)


_APPOSED_NAME = re.compile(
    r",\s*([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2})\s*(?=[.;:!?)]|,\s+(?:who|whose|the|a|an)\b|$)"
)


# "his wife, " before a name in a list of roles: the description of the name that follows.
_DESCRIPTION_BEFORE_NAME = re.compile(
    r"\b(?:his|her|their|the)\s+(?:[a-z][\w’'\-]*\s+){0,2}[a-z][\w’'\-]*,\s+(?=[A-Z])"
)
_SHARED_DESCRIPTION = re.compile(
    r"(?:[A-Z][\w’'\-]+[’']s\s+|(?:the|his|her|their)\s+)(?:[a-z][\w’'\-]*\s+){1,3}(?=[A-Z])"
)


_NAME_THEN_COMMA = re.compile(
    capitals(r"\s*([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,3}),\s+(?=[A-Z])")
)


# "as Nell's rich, cruel boyfriend Jamie", "as the smooth, scheming rival businessman": a comma
# between two adjectives of a description, the person noun at most two words after them (then
# the name, or the phrase's end).
_ADJECTIVE_COMMA = re.compile(
    r"(\s*(?:[A-Z][\w’'\-]+[’']s|the|a|an|his|her|their)\s+[a-z][\w’'\-]*),"
    r"(?=\s+(?:(?!(?:and|or|but)\s)[a-z][\w’'\-]*\s+){0,2}([a-z][\w’'\-]*)(?:\s+[A-Z]|[,.;:!?]))"
)


# After a person described: what they have, up to the clause's end ("with a past.").
_WITH_END = re.compile(
    r"(\s+with\s+(?:a|an)\s+(?:[a-z][\w’'\-]*\s+){0,2}[a-z][\w’'\-]*)"
    r"(?=[,.;:!?]|$)"
)
# What stands for such a comma while the phrase is cut: a mark no cut stops at.
_KEPT_COMMA = "\u201a"


# A character's name, then the clause's verb in the past: "as Zaroon Junaid made a generation
# swoon", "as Ada Lind stole every scene". (In the present, `_ROLE_CUT` ends it.)
_NAME_THEN_PAST = re.compile(
    r"((?:[A-Z][\w’'\-.]*\s+){0,3}[A-Z][\w’'\-]*)\s+(?:(?!(?:bed|red|need|seed|shed|speed)\b)"
    r"[a-z]{2,}ed|made|gave|took|brought|stole|won|became|kept|held|felt|left|ran|went|grew"
    r"|broke|wore|sang|spoke)\b"
)


def _split_roles(text: str, count: int) -> list[str]:
    """The role phrase after "as", split into `count` roles ("Claudette and Phil")."""
    if count == 1 and text[:1].isupper() and (past := _NAME_THEN_PAST.match(text)):
        name = past.group(1)
        if not name.endswith(("’s", "'s")) and name.split()[0].lower() not in _NOT_ROLE:
            return [name]  # (not "as Ranga's devoted right-hand man": an owner, a description)
    if count == 1 and "," in text[:40]:
        adjectives = _ADJECTIVE_COMMA.match(text)
        if adjectives and _person_noun(adjectives.group(2)):
            kept = adjectives.group(1) + _KEPT_COMMA + text[adjectives.end() :]
            return [role.replace(_KEPT_COMMA, ",") for role in _split_roles(kept, 1)]
    if count > 1 and ", " in text:
        # "as Santosh Mishra and his wife, Shanti": a description set before a name is the name.
        text = _DESCRIPTION_BEFORE_NAME.sub("", text)
    if count == 1:
        first = _NAME_THEN_COMMA.match(text)
        if first and first.group(1).split()[0].lower() not in _NOT_ROLE:
            return [first.group(1)]  # "Sue, Jade and Riley's protective mother": Sue
    end = _ROLE_CUT.search(text)
    phrase = (text[: end.start()] if end else text[:80]).strip().strip("“”\"'‘’")
    if not phrase:
        return []
    if (
        count == 1
        and end
        and text[end.start()] == ","
        and (_described(phrase) or phrase.split()[0].endswith(("’s", "'s")))
    ):
        named = _APPOSED_NAME.match(text, end.start())
        if (
            named
            and len(phrase.split()) <= 6
            and named.group(1).split()[0].lower() not in _NOT_ROLE
        ):
            return [named.group(1)]  # "as Birdie's long-suffering assistant, Peg."
    if count == 1 and phrase in ("himself", "herself", "themselves"):
        return [phrase]  # "appears as himself"
    if count == 1 and end and text.startswith(" with ", end.start()) and _a_person(phrase):
        attribute = _WITH_END.match(text, end.start())
        if attribute:
            return [phrase + attribute.group(1)]  # "as a drunken lawyer with a past."
    if count == 1:
        phrase = _ANOTHER_NAME.split(phrase, maxsplit=1)[0]  # "the Queen and Tobias Menzies as"
        words = phrase.split()
        named = _NAMED_AT_END.search(phrase)
        described = not phrase[:1].isupper() or any(w.endswith(("’s", "'s")) for w in words[:-1])
        if (
            named
            and named.start() > 0
            and re.search(r"\bof(?:\s+the)?\s*$", phrase[: named.start()])
        ):
            named = (
                None  # "a member of the Neighbourhood Watch": the name belongs to the description
            )
        if 6 < len(words) <= 10 and described:
            # "her old friend and lawyer Vincent Renzi": the name that ends a description
            if named and named.start() > 0:
                return [named.group(1)]
            # "the blind owner of a music store": a person, then what they are of (direct.py)
            return [phrase] if person_of(words) else []
        if not 1 <= len(words) <= 6:
            return []
        if not (phrase[:1].isupper() or words[0].lower() in _DETERMINERS):
            return [named.group(1)] if named else []
        if described and named and named.start() > 0:
            if " " not in named.group(1) and _AT_AN_AGE.fullmatch(phrase, 0, named.start()):
                return [phrase]  # "the adult Sophie": one part of a character two people play
            # "Harshad's younger brother Ashwin Mehta": the character's name ends the phrase.
            return [named.group(1)]
        return [phrase]
    shared = _SHARED_DESCRIPTION.match(phrase)
    if shared:
        phrase = phrase[shared.end() :]  # "as Erin's parents Mary and Gerry"
    parts = [p.strip() for p in re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*", phrase) if p]
    if len(parts) != count or not all(p[:1].isupper() for p in parts):
        return []
    return parts


_BY = re.compile(
    r"\b(?:played|portrayed|voiced|essayed|brought\s+to\s+life)(?:,\s[^,.;]{1,60},)?\s+"
    r"(?:with\s+(?:[\w’'-]+,?\s+){1,7}?|(?:[\w’'-]+\s+){0,4}?)by\s+",
    re.IGNORECASE,
)
_BY_VERBS = ("played", "portrayed", "voiced", "essayed", "brought to life")
# "played by the Filipino actor X": words about the actor before the name.
_ACTOR_WORDS = re.compile(
    r"(?:(?:the|a|an)\s+)?(?:[\w’'-]+\s+){0,3}?(?:actor|actress|star|newcomer|comedian|performer"
    r"|singer|rapper|veteran|legend|icon)\s+"
)
# "played by a nicely stiff X", "by the real-life racer X", "by Lagos's own X": a determiner
# (or a place's "own") and lowercase words about the actor before the name; never a band's
# words ("played by the house trio X": music, not a part).
_ACTOR_DESCRIBED = re.compile(
    r"(?:(?:the|a|an)\s+(?!(?:[a-z][\w’'-]*\s+){0,2}(?:band|trio|quartet|quintet|orchestra"
    r"|choir|group|duo|ensemble)\b)(?:[a-z][\w’'-]*,?\s+){1,5}|[A-Z][\w’'-]+[’']s\s+own\s+)"
    r"(?=[A-Z])"
)
# Capitalised words that start sentences or describe people without naming them.
_NATIONALITIES = frozenset(
    """
    german french american british english irish scottish welsh italian spanish indian japanese
    korean chinese russian mexican canadian australian swedish danish norwegian polish
    european african asian nigerian brazilian argentine dutch greek turkish iranian israeli
    pakistani egyptian
    """.split()
)
_NOT_ROLE = frozenset(
    """
    the he she they it this that his her their in at but and when while as if though after
    before then so yet a an one german french american british english irish scottish welsh
    italian spanish indian japanese korean chinese russian mexican canadian australian swedish
    danish norwegian polish jewish catholic christian muslim hindu european african asian
    latin southern northern western eastern on for with from by during once later meanwhile
    within without here there now still even only also all both each every no not what why
    how where who which some most many much such its our your my we you i south north east
    west new old young that's it's there's
    """.split()
)


def _played_by(
    text: str, low: str, known: Known, found: list[tuple[str, str | None]], before: str = ""
) -> None:
    """ "Y, played by X", "Played by X, she …", "Y played, improbably, by X": X is an actor; Y
    the role when named (before "played", or in the sentence before for "Played by X"; "That
    father is played by X" may look back into the end of the paragraph `before`)."""
    if not any(map(low.__contains__, _BY_VERBS)):
        return
    # ("played, in a lovely bit of meta-casting, by": an aside of up to 60 characters)
    for m in _cues(_BY, text, _BY_VERBS, 0, low, reach=120):
        if text[max(0, m.start() - 6) : m.start()].rstrip().endswith("("):
            continue  # "(played by X)" is read with the parentheses
        at = m.end()
        words = _ACTOR_WORDS.match(text, at) or _ACTOR_DESCRIBED.match(text, at)
        if words and name_after(text, words.end()):
            at = words.end()
        kin = _ACTOR_KIN.match(text, at) if at == m.end() else None
        if kin and name_after(text, kin.end()):
            at = kin.end()  # "played by Thornton's brother Scott Thornton"
        actor = name_after(text, at)
        if actor is None:
            single = re.match(r"\s*([^\W\d_][\w’'-]+)", text[at : at + 40])
            actor = known.full(single.group(1)) if single else None
        if actor is None:
            continue
        actor = known.full(actor) or actor
        listed = names_listed(text, at)
        if len(listed) > 1:
            listed = _up_to_next_credit(text, at, listed)
        if len(listed) > 1 and all(is_name(n) for n in listed):
            # "The wives, played by A, B, C and D, are …": each of them, no single role.
            if not _compared(text, m.start()):
                parts = _pair_played(text, m.start(), known) if len(listed) == 2 else []
                if not parts:
                    parts = [  # "The children, John and Pearl, are played by A and B"
                        p
                        for p in parts_before(text, m.start(), len(listed))
                        if known.full(p) is None and fold(p) not in known.not_actors
                    ]
                    parts = parts if len(parts) == len(listed) else []
                found.extend(
                    (known.full(n) or n, parts[i] if parts else None) for i, n in enumerate(listed)
                )
            continue
        head = text[max(0, m.start() - 200) : m.start()]
        if _EARLIER.search(head[-24:]) or (
            fold(actor) not in known.actors and _compared(text, m.start())
        ):
            continue  # "a role first played by X", "played by X in the 1978 version"
        cut = max(head.rfind(". "), head.rfind("? "), head.rfind("! "))
        if cut > 0 and _INITIAL_STOP.match(head, cut - 1):
            # "Samuel Gerard, a deputy U.S. marshal played by": an initial's stop ends nothing
            ends = [e.start() for e in _SENTENCE_STOP.finditer(head)]
            cut = ends[-1] if ends else -1
        sentence = head[cut + 2 :] if cut >= 0 else head
        # "the recruiter, once again played by X": the adverbs stand between role and verb.
        sentence = _ADVERBS_BEFORE_BY.sub(", ", sentence)
        role = _role_in(sentence, known)
        if role is None and pronoun_subject(sentence):  # "He is played by X" (role_span.py)
            role = _antecedent(text, m.start(), m.end(), known, pronoun=True)
        elif role is None and sentence.startswith(("That ", "This ")):
            earlier = head[: len(head) - len(sentence)]
            if not earlier.strip():
                earlier = before  # the paragraph opens on "That father is played by X"
            role = named_before(sentence, earlier)  # "That father is" (role_span.py)
            role = role if role and known.full(role) is None else None
        found.append((actor, role))


# Right before "(are) played by A and B": two characters, "Sue and John Brierley, a Hobart couple",
# "Sue and John" (the one surname after both first names is each one's).
_PAIR_PLAYED = re.compile(
    r"(?<![\w’'\-])([A-Z][\w’'\-]+)\s+and\s+([A-Z][\w’'\-]+)(\s+[A-Z][\w’'\-]+)?"
    r"(?:,\s+(?:a|an|the)\s+[^,;:.()]{1,50}?)?,?(?:\s+(?:are|were))?\s*$"
)


def _pair_played(text: str, at: int, known: Known) -> list[str]:
    """The two characters named right before "played by A and B" at `at`, in order, or []."""
    m = _PAIR_PLAYED.search(text, max(0, at - 100), at)
    if m is None:
        return []
    surname = m.group(3) or ""
    parts = [m.group(1) + surname, m.group(2) + surname]
    if any(
        p.split()[0].lower() in _NOT_ROLE or known.full(p) or fold(p) in known.not_actors
        for p in parts
    ):
        return []
    return parts


def _up_to_next_credit(text: str, at: int, listed: list[str]) -> list[str]:
    """The names listed after "played by", up to the first that is itself a character played
    by someone ("Y, played by A, and Z, played by B": Z starts the next credit)."""
    for n, name in enumerate(listed):
        where = text.find(name, at)
        if n and where != -1 and _NEXT_CREDIT.match(text, where + len(name)):
            return listed[:n]
        if where != -1:
            at = where + len(name)
    return listed


# After a name: ", played by", "(voiced by": the name is a character, its actor follows.
_NEXT_CREDIT = re.compile(
    r",?\s+\(?(?:played|portrayed|voiced|essayed)\s+(?:[\w’'-]+\s+){0,2}?by\b"
)
# Adverbs after the comma that ends a role, before "played by": ", once again ", ", deftly ".
_ADVERBS_BEFORE_BY = re.compile(
    r",\s+(?:(?:once|again|still|now|also|here|more|[a-z]{3,}ly)\s+){1,3}$"
)
# "first played by X", "a role originally voiced by X": someone before this film's actor.
_EARLIER = re.compile(
    r"\b(?:first|originally|previously|once|earlier|formerly)\s*$",
    re.IGNORECASE,
)
_CAPITALISED = re.compile(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*")


def _role_in(sentence: str, known: Known) -> str | None:
    """The character a sentence names before "played by": a name standing before its
    description ("Vincent, a lawyer and old friend, played by"), else the description alone
    ("her monstrous godmother, played by"), else the nearest capitalised name outside
    brackets that is not an actor nor crew."""
    subject = aside_subject(sentence)
    if subject and subject.split()[0].lower() not in _NOT_ROLE and known.full(subject) is None:
        return subject  # "Haven Hamilton, the patriarch of the Opry, is played by"
    related = _RELATION_SUBJECT.match(sentence)
    if related and _person_noun(related.group(2)):
        return related.group(1)
    apposed = _NAME_DESCRIBED.search(sentence)
    nearest = _RELATION_NAMED_LAST.search(sentence, apposed.start()) if apposed else None
    if (
        nearest
        and _person_noun(nearest.group(1))
        and nearest.group(2).split()[0].lower() not in _NOT_ROLE
        and known.full(nearest.group(2)) is None
    ):
        # "Aaron, an engineer who works with his friend Abe, played by": the nearest name
        return nearest.group(2)
    if (
        apposed
        and apposed.group(1).split()[0].lower() not in _NOT_ROLE
        and known.full(apposed.group(1)) is None
        and fold(apposed.group(1)) not in known.not_actors
    ):
        return apposed.group(1)
    described = _described_tail(sentence)
    if described is not None:
        named = _NAME_BEFORE_APPOSITION.search(
            sentence[: len(sentence.rstrip(" ,")) - len(described)]
        )
        if named and named.group(1).split()[0].lower() not in _NOT_ROLE:
            return named.group(1)
        return described
    crew_surnames = {name.split()[-1] for name in known.not_actors if name}
    outside = _BRACKETED.sub(" ", sentence)
    for candidate in reversed(list(_CAPITALISED.finditer(outside))):
        words = candidate.group().split()
        while words and words[0].lower() in _NOT_ROLE:
            words.pop(0)
        if not words:
            continue
        word = " ".join(words)
        if word.endswith(("’s", "'s")) or _ACRONYM.fullmatch(word):
            # "Vanya's actual parents": the owner of a description, not the part; "a former
            # CIA operative": an agency or an office, not a name
            continue
        key = fold(word)
        if key in known.not_actors or key.split()[-1] in crew_surnames:
            continue
        if known.full(word) is None and word.lower() not in _NOT_ROLE:
            return word
    return described_subject(sentence, _person_noun)  # "The guide is played by" (role_span)


# "Karnan, the grieving grandfather whose death …, played by": a name, then a description of
# that person set off by commas (a determiner or another's possessive first).
_NAME_DESCRIBED = re.compile(
    r"(?:^|\s)((?:(?:Dr|Mr|Mrs|Ms|Sgt|Capt|Col|Gen|Lt|Det|Prof|Rev)\.\s+)?[A-Z][\w’'\-]+"
    r"(?:\s+[A-Z][\w’'\-]+){0,2}),\s+(?:the|a|an|his|her|their|(?:[A-Z][\w\-]+\s+){0,2}"
    r"[A-Z][\w\-]+[’']s)\s+[^,;:()]{3,90},\s*$"
)
# The end of such a description: a relation and a name, "with his friend Abe," (never "a
# friend of his sister Ada,": there the name only describes the one before).
_RELATION_NAMED_LAST = re.compile(
    r"(?<!\bof)\s(?:his|her|their|[A-Z][\w’'\-]+[’']s)\s+(?:[a-z][\w’'\-]*\s+){0,2}?([a-z][\w’'\-]*)\s+"
    r"([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?),\s*$"
)
# "Dominic's father, the island's bullying policeman, is (played by)": a sentence whose subject
# is a relation of someone, with its description set off by commas.
_RELATION_SUBJECT = re.compile(
    r"(?:(?:Even|And|Also|Then|Finally|Meanwhile|But|Here)\s+)?"
    r"((?:[A-Z][\w\-]+[’']s|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z][\w\-]*\s+){0,2}?([a-z][\w\-]*)"
    r"(?:,\s+(?:the|a|an|his|her|their|[A-Z][\w\-]+[’']s)\s+[^,;:()]{3,60}?)?)"
    r"(?:\s+(?:who|whose|which|that)\s[^,;:()]{0,90})?,?"  # "…, whose face stays hidden, is"
    r"\s*(?:(?:is|was|are|were)\s*)?$"
)
_BRACKETED = re.compile(r"\([^()]*\)")
_NAME_BEFORE_APPOSITION = re.compile(r"([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2}),\s*$")


# Words of `_NOT_ROLE` that in lower case only describe a person: "a lonely young man".
_AGES = frozenset(("young", "old", "new"))
# What a person described may have after the noun: "with a facial scar", "with a past".
_WITH_ATTRIBUTE = re.compile(r"\s+with\s+(?:a|an)\s+(?:[a-z][\w’'\-]*\s+){0,2}[a-z][\w’'\-]*$")


def _described_tail(sentence: str) -> str | None:
    """The description that ends a sentence: a determiner, up to four words in lower case,
    a person noun ("a lawyer and old friend", "her monstrous godmother"; "its" is left off),
    and what the person has ("a lonely young man with a facial scar")."""
    attribute = _WITH_ATTRIBUTE.search(sentence.rstrip(" ,")) if " with " in sentence else None
    if attribute:
        person = _described_tail(sentence.rstrip(" ,")[: attribute.start()])
        if person is not None:
            return person + attribute.group()
    words = sentence.rstrip(" ,").split()
    for back in range(min(len(words), 6), 1, -1):
        tail = words[-back:]
        if (
            tail[0].lower() in _DETERMINERS
            and (tail[0][:1].islower() or back == len(words))  # "The prosecutor, played by"
            and tail[-1][:1].islower()
            and all(w[:1].islower() or w.isupper() or w.isalpha() for w in tail[1:-1])
            and not any(w.lower() in _NOT_ROLE - _AGES for w in tail[1:])
            and _person_noun(tail[-1])
        ):
            # "its head chef": a place's or a firm's, so the post alone is the part
            return " ".join(tail[1:] if tail[0].lower() == "its" else tail)
    return None


_NAMED_RUN = re.compile(r"[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*")
_LAST_WORD = AtEnd(re.compile(r"([^\W\d_][\w’'\-]*)$"))
# "X's Y", and "Reeves' Y" for a name that ends in s (the apostrophe alone, before a capital).
_POSSESSIVE = re.compile(r"[’'](?:s\s+(?=\S)|(?<=[a-z]s[’'])(?=\s+[A-Z]))")
# Words before a possessive that make it a work's owner, not an actor ("adapted from X's Y"),
# or the part another film's ("the best villain since X's Y").
_WORK_PREPOSITIONS = frozenset(
    "from of by like than to into about after before on in at under as since".split()
)
# After "Owner's Name" at a paragraph's start: a few words in lower case, then a colon. Such
# a line is a run-in label ("Gold Derby's Emmy predictions:", "Rotten Tomatoes' Critics
# Consensus:"), not a character credit.
_RUN_IN_LABEL = re.compile(r"(?:\s+[a-z][\w\-]*){0,2}:")
# Last words of an owner that number a part of the work, never a person's name: "Book One's
# Iroh", "Part Two's Chani", "Volume III's Bride".
_NUMBERED_PART = frozenset(
    "one two three four five six seven eight nine ten ii iii iv vi vii viii".split()
)
# Nouns for how one person stands to another: "Ines's brother Emil" names two characters.
_RELATIONS = frozenset(
    """
    father mother dad mum mom wife husband son daughter brother sister boyfriend girlfriend
    fiance fiancé fiancee fiancée friend pal boss partner cousin uncle aunt grandmother
    grandfather grandma grandpa lover widow widower neighbour neighbor colleague mentor rival
    stepmother stepfather stepson stepdaughter nephew niece roommate flatmate ex parents
    children kids twin sibling siblings family husband-to-be wife-to-be bride groom
    associate deputy assistant protege protégé sidekick best
    """.split()
)
# Nouns for a work or a part of one: "X's new film Y" names a director's film, "X's
# stop-motion Y" or "X's animatronic Y" a thing the crafts made, whoever gives it a voice.
_WORKS = frozenset(
    """
    film films movie movies drama comedy series show novel book books play script screenplay
    score music camera direction debut feature adaptation documentary thriller sequel
    production story stories version remake record album song songs episode season work
    latest epic classic masterpiece satire romance horror musical western picture fable
    trilogy franchise universe script company studio label career cinematography editing
    writing lighting design costumes photography images visuals soundtrack dialogue
    storytelling upcoming new next latest forthcoming recent early late last first second
    third final directorial breakout signature text source memoir essay poem novella manga
    comic podcast article saga
    stop-motion animatronic animatronics puppet puppets puppetry prosthetic prosthetics makeup
    make-up effects cgi claymation
    """.split()
)
# Words that end a description before a name: "X's cinematography turns the Y …" is no credit.
_DESCRIPTION_STOPS = frozenset(
    """
    the a an this that these those of in on at to with by for from or but is are was were
    has have had turns makes gives takes gets goes becomes remains feels looks its his her
    their our your my as into
    """.split()
)
_ADJECTIVE_ENDS = ("-winning", "-nominated", "-era", "-style", "-set", "-based", "-like", "-led")
_INTRODUCED = re.compile(
    r"(?:^|[.!?]\s+)(?:and\s+)?(?:then\s+)?there['’]s\s+|(?:^|[.!?]\s+)(?:And\s+)?(?:[Tt]hen\s+)?"
    r"[Tt]here\s+(?:is|was)\s+"
)
_INITIAL_STOP = re.compile(r"(?<![\w.])[A-Z]\.|(?<=[A-Z]\.)[A-Z]\.")
_SENTENCE_STOP = re.compile(r"(?<![\w.][A-Z])(?<!\.[A-Z])[.!?](?=\s)")


@dataclass(frozen=True, slots=True)
class _Possessive:
    """ "Actor's Character": a credit read from a possessive, and what backs it."""

    actor: str
    role: str | None
    owner_known: bool
    named: bool
    cast_talk: bool
    # "X's Arvind, the man who …": the character is then described as a person.
    person: bool = False


# A surname as the subject of a performance verb: "Dunbar plays him as a man cornered".
_PERFORMER = re.compile(
    r"(?:^|[.!?;]\s+|,\s+and\s+|\band\s+)([A-Z][\w’'\-]+)\s+(?:plays|portrays|voices|embodies"
    r"|inhabits|essays|underplays|overplays)\b"
)


# Who makes the film, named as such: "filmmaker X", "Producer X", "X, the writer-director,".
_MAKER = re.compile(
    r"\b(?i:(?:co-)?director|filmmaker|film-maker|writer-director|writer|screenwriter|producer"
    r"|composer|cinematographer|creator|co-creator|showrunner|novelist|author|auteur)\s+"
    r"((?:[A-Z][\w’'\-]+\s+){1,3}[A-Z][\w’'\-]+?)(?=[’']s\b|[\s,.;:!?)]|$)"
    r"|((?:[A-Z][\w’'\-]+\s+){1,3}[A-Z][\w’'\-]+),\s+(?:the\s+|its\s+|his\s+|her\s+)?"
    r"(?:writer-director|director|filmmaker|creator|showrunner|novelist|author|producer"
    r"|who\s+(?:also\s+)?(?:wrote|directed|created|produced))\b"
)


_MAKER_WORDS = (
    "direct",
    "filmmaker",
    "film-maker",
    "writer",
    "producer",
    "composer",
    "cinematographer",
    "creator",
    "showrunner",
    "novelist",
    "author",
    "auteur",
    "who wrote",
    "who also wrote",
    "who created",
    "who also created",
    "who produced",
    "who also produced",
)


def _makers(texts: list[str], lows: list[str]) -> set[str]:
    """The folded full names the texts introduce as the film's makers ("filmmaker Mara
    Olsen", "Producer Ivo Brandt's company", "Mara Olsen, the writer-director,")."""
    found: set[str] = set()
    for text, low in zip(texts, lows, strict=True):
        if not any(map(low.__contains__, _MAKER_WORDS)):
            continue
        for m in _MAKER.finditer(text):
            name = m.group(1) or m.group(2)
            if is_name(name):
                found.add(fold(name))
    return found


# A sentence that opens on a part and says who it is: "Jody is Emily Blunt, and …", "The
# publican, Billy, is Hugo Weaving, drunk and …". The part, read back from " is ", and the
# full name after it.
_PART_BEFORE_IS = re.compile(
    r"(?:^|[.!?]\s)(?:(?:The|A|An|Her|His|Their)\s+[a-z]+(?:\s+[a-z]+)?,\s+)?"
    r"([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?),?$"
)
_ACTOR_AFTER_IS = re.compile(r"([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,2})(?=[,.;])")


def _part_is_actor(texts: list[str], known: Known, found: list[tuple[str, str | None]]) -> None:
    """ "Jody is Emily Blunt, and she is …": a part, then the full name of one the page credits
    or, by surname, makes a performer elsewhere ("Blunt plays it with a poker face")."""
    performers: set[str] | None = None
    for text in texts:
        at = text.find(" is ")
        while at != -1:
            after = _ACTOR_AFTER_IS.match(text, at + 4) if text[at + 4 : at + 5].isupper() else None
            part = _PART_BEFORE_IS.search(text, max(0, at - 60), at) if after else None
            at = text.find(" is ", at + 4)
            if after is None or part is None:
                continue
            role, actor = part.group(1), after.group(1)
            if not is_name(actor) or known.full(role) or fold(actor) in known.not_actors:
                continue
            if known.full(actor) is None:
                if performers is None:
                    performers = _performers(texts)
                if fold(actor.split()[-1]) not in performers:
                    continue
            found.append((known.full(actor) or actor, role))


def _performers(texts: list[str]) -> set[str]:
    """The folded one-word names the texts make the subject of "plays" and its kin."""
    return {
        fold(m.group(1))
        for text in texts
        if "play" in text or "portray" in text or "voices" in text
        for m in _PERFORMER.finditer(text)
    }


# After a name: "is a comedy", "was the director's second feature": the name is a work's.
_IS_A_WORK = re.compile(
    r",?\s+(?:is|was|remains|becomes)\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?:film|movie|drama|comedy|tragicomedy|series|show|thriller|satire|romance|fable|western"
    r"|musical|documentary|adaptation|sequel|remake|feature|picture|epic|melodrama|horror)s?"
    r"\b(?![’'])"  # "is the film's best thing" is about a person
)


# After "X's Y": a full name said to star in Y, so Y is a work, not a part ("…, with Liam
# Neeson,", " starring Liam Neeson"); not a second pair ("with Sandra Oh's Eve").
_WITH_A_STAR = re.compile(r",?\s+(?:with|starring)\s+[A-Z][\w\-]+\s+[A-Z][\w\-]+\b(?![’'])")


def _possessives(text: str, known: Known, cast_talk: bool) -> list[_Possessive]:
    """ "Tobin Rask's Emil Varga", "Kang's ex-marine Kang Dae-ho", "Cal Brody, Tobin Rask's
    antiques dealer": the owner is an actor when the page credits them, or when the page
    shows the habit (see `prose_roles`). Works, relations and comparisons are left alone."""
    out: list[_Possessive] = []
    work_end = -1  # where the last owner of a work after a preposition ended
    for m in _POSSESSIVE.finditer(text):
        owner = name_before(text, m.start(), object_ok=True)
        full = known.full(owner) if owner else None
        if owner is None:
            word = _LAST_WORD.search(text, max(0, m.start() - 40), m.start())
            full = known.full(word.group(1)) if word else None
            if full is None:
                continue
            owner = word.group(1) if word else None
        if owner is None or fold(owner) in known.not_actors:
            continue
        if full is None and owner.rsplit(None, 1)[-1].lower() in _NUMBERED_PART:
            continue  # "Book One's Iroh": a numbered part of the work owns the character
        if " " not in owner and _makers_surname(owner, known):
            continue  # "Thornton's own Sweet Country": the surname is also a maker's
        head = text[max(0, m.start() - len(owner) - 20) : m.start() - len(owner)].split()
        if full is None and head and head[-1].lower() in _WORK_PREPOSITIONS:
            work_end = m.end()
            continue  # "adapted from Bram Holloway's Northern Lights"
        if (
            full is None
            and head
            and head[-1] in ("and", "or")
            and work_end >= 0
            and m.start() - work_end <= 100
            and not _CLAUSE_STOP.search(text, work_end, m.start())
        ):
            # "borrows from Akira Kurosawa's Seven Samurai and Sergio Leone's Westerns": the
            # preposition governs the list
            continue
        if head and head[-1].lower() in _MISSED:
            continue  # "We miss Ana Lima's Greta, killed off last time": not in this one
        if full is None and _compared(text, m.start()):
            continue
        if full is None and _contrast_clause(text, m.start() - len(owner)):
            continue  # "Where X's Clarice had a spine of steel, Y's Harker is …": another film's
        if full is None and _listed_after_colon(text, m.start() - len(owner)):
            continue  # "the influences show: Chinatown, David Fincher's Zodiac": a maker's work
        role, named = _possessed(text, m.end())
        if role is None:
            continue
        if (
            named
            and not text[: m.start() - len(owner)].strip()
            and _RUN_IN_LABEL.match(text, text.find(role, m.end()) + len(role))
        ):
            continue  # "Gold Derby's Emmy predictions: …": a label opening the paragraph
        if named and _IS_A_WORK.match(text, text.find(role, m.end()) + len(role)):
            continue  # "Mara Olsen's Tom is a comedy about …": a film and its maker
        if (
            named
            and full is None
            and _WITH_A_STAR.match(text, text.find(role, m.end()) + len(role))
        ):
            continue  # "Neil Jordan's Michael Collins, with Liam Neeson, …": a film and its star
        if named and full is None and _PAST_PART.match(text, text.find(role, m.end()) + len(role)):
            continue  # "Ana Lima's Greta and Lia Sand's Vera were both …": earlier films' parts
        if not named:
            intro = _appositive_name(text, m.start() - len(owner)) or _introduced(text, m.start())
            if intro and known.full(intro) is None:
                role, named = intro, True
        if named and known.full(role) is not None:
            continue  # "Scott's Andrew": two actors' names, not a role
        person = False
        if named and full is None and len(owner.split()) >= 2:
            at = text.find(role, m.end(), m.end() + 160)
            person = at >= 0 and _described_as_person(text, at + len(role))
        out.append(_Possessive(full or owner, role, full is not None, named, cast_talk, person))
    return out


def _makers_surname(word: str, known: Known) -> bool:
    """True when a lone surname is also that of someone the page names as a maker."""
    tail = " " + fold(word)
    return any(name.endswith(tail) for name in known.not_actors)


# After "X's Role": the past tense, maybe after a second "and Y's Role", "were both …". A
# review tells of the film before it in the present; a part it tells of in the past is
# usually another film's, set beside this one.
_PAST_PART = re.compile(
    r"(?:\s+and\s+[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2}[’']s\s+[A-Z][\w’'\-]+"
    r"(?:\s+[A-Z][\w’'\-]+)?)?,?\s+(?:was|were|had)\b"
)


# Words before an owner whose part is gone: "We miss X's Greta", "without X's Greta".
_MISSED = frozenset("miss misses missed missing without mourn mourns".split())


# A sentence that opens by setting something against the rest: "Where …, ", "Like …, ".
_CONTRAST_OPENING = re.compile(r"(?:Where|Whereas|Like|Unlike|Just\s+as|Much\s+as|As\s+with)\s")


def _contrast_clause(text: str, start: int) -> bool:
    """Whether the name at `start` stands in a sentence's opening clause of contrast ("Where
    X's Clarice had a spine of steel, …"): an uncredited owner there is set against this film's
    cast, and usually belongs to another film."""
    head = text[max(0, start - 120) : start]
    stop = max(head.rfind(". "), head.rfind("! "), head.rfind("? "))
    opening = head[stop + 2 :] if stop >= 0 else (head if start <= 120 else "")
    return "," not in opening and _CONTRAST_OPENING.match(opening) is not None


def _listed_after_colon(text: str, start: int) -> bool:
    """Whether the name at `start` is a later item of a list a colon opens, every item before
    it capitalised ("…the influences show: Chinatown, All the President's Men, David Fincher's
    Zodiac"): such lists name works, and an owner there is their maker."""
    before = text[max(0, start - 200) : start]
    colon = before.rfind(":")
    if colon < 0 or not before.rstrip().endswith(","):
        return False
    items = [item.strip() for item in before[colon + 1 :].split(",") if item.strip()]
    return bool(items) and all(
        item[:1].isupper() and not any(mark in item for mark in ".!?;") for item in items
    )


_ACRONYM = re.compile(r"[A-Z]{2,5}")


def _possessed(text: str, start: int) -> tuple[str | None, bool]:
    """What follows "'s": (a character's name, True), (a description of a person, False), or
    (None, False) for anything else (a work, a relation, a thing)."""
    words = text[start : start + 120].split()
    if words[:1] == ["own"]:
        return None, False  # "X's own Cantonese cover", "Lagos's own X": the owner's, no part
    description: list[str] = []
    name: list[str] = []
    for n, raw in enumerate(words):
        word = raw.rstrip(',.;:!?)”"—–')
        stop = word != raw
        if stop and raw.endswith(",") and word[:1].islower() and not name and len(description) < 3:
            stop = False  # "X's brisk, sardonic Princess Anne": adjectives in a row
        if not word:
            break
        if word[:1].isupper() or (name and word in ("de", "van", "von", "da", "del", "le", "la")):
            if word.endswith(("’s", "'s")):
                return None, False  # "X's Y's …": a chain, not a credit
            if word.endswith(_ADJECTIVE_ENDS):
                return None, False  # "X's Pulitzer-winning biography"
            name.append(word)
            if stop and raw.endswith(",") and len(name) == 1 and _ACRONYM.fullmatch(word):
                # "X's MLA, Chandra Kishor Singh,": an office, then the name it goes by
                apposed = name_after(text, start + text[start:].find(raw) + len(raw))
                if apposed and len(apposed.split()) >= 2:
                    return apposed, True
            if stop or len(name) == 4:
                break
            continue
        if len(name) == 1 and name[0].isupper() and 2 <= len(name[0]) <= 5 and not stop:
            # "X's CBI officer K Madhavan": an acronym that describes, then the name
            description.append(name.pop())
        if name:
            if word == "and" and _owner_follows(words, n + 1):
                break  # "X's Vikas and Y's Prahlad": two credits in a row
            if word == "and" and words[n + 1 : n + 2] and words[n + 1] in ("the", "his", "her"):
                break  # "Y's Gerri, X's Frank and the rest of the board": a name, then others
            if word in ("of", "and") or word in _WORKS:
                return None, False  # "X's Anatomy of a Murder", "X's Netflix series"
            after = words[n + 1].rstrip(',.;:!?)”"—–') if n + 1 < len(words) else ""
            if not word.endswith("s") and after in _WORKS:
                return None, False  # "X's Birmingham gangster saga": a place naming a work
            if " ".join(words[n : n + 3]).startswith(_UNDER_PICTURES):
                return None, False  # "X's Red Right Hand over the opening titles": a song
            break
        if description and word in _DESCRIPTION_STOPS and word not in _DETERMINERS:
            break  # "X's heiress has come back": the description ended at its verb
        if not word[:1].islower() or len(description) == 4 or word in _DESCRIPTION_STOPS:
            return None, False
        description.append(word)
        if stop:
            break
    low = [w.lower() for w in description]
    if any(w in _WORKS for w in low) or any(w in _RELATIONS for w in low):
        return None, False
    if name:
        if name[0] in ("The", "A", "An"):
            return None, False  # "X's The Big Bull": a title
        while name and name[0].lower() in _NOT_ROLE:
            name.pop(0)
        if not name:
            return None, False
        return " ".join(name), True
    if (
        description
        and _person_noun(description[-1])
        and description[-1] not in _PROFESSIONS
        and description[-1] not in NOT_ROLE_OBJECTS
    ):
        return " ".join(description), False
    return None, False


# What a song does in a film: it plays over the titles or on the soundtrack.
_UNDER_PICTURES = (
    "over the opening",
    "over the closing",
    "over the end",
    "over the credits",
    "over the titles",
    "on the soundtrack",
    "plays over",
    "playing over",
)


def _owner_follows(words: list[str], n: int) -> bool:
    """True when the words from `n` on are another possessive's owner: "Faisal Malik's …",
    "Tobin Rees' …" (a name ending in s, the apostrophe alone)."""
    for word in words[n : n + 4]:
        if not word[:1].isupper():
            return False
        if word.endswith(("’s", "'s", "s’", "s'")):
            return True
    return False


_APPOSITION_BEFORE = re.compile(r"([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2}),\s*$")


def _appositive_name(text: str, end: int) -> str | None:
    """ "Cal Brody, Tobin Rask's …": the name set before the owner, as its apposition."""
    m = _APPOSITION_BEFORE.search(text, max(0, end - 60), end)
    if not m:
        return None
    words = m.group(1).split()
    while words and words[0].lower() in _NOT_ROLE:
        words.pop(0)
    return " ".join(words) or None


def _introduced(text: str, at: int) -> str | None:
    """The character a sentence right before `at` introduces: "And then there is Roy." """
    head = text[max(0, at - 240) : at]
    stop = max(head.rfind(". "), head.rfind("! "), head.rfind("? "))
    if stop < 0:
        return None
    sentence = head[: stop + 1]
    begin = max(
        sentence.rfind(". ", 0, -1), sentence.rfind("! ", 0, -1), sentence.rfind("? ", 0, -1)
    )
    sentence = sentence[begin + 2 if begin >= 0 else 0 :]
    m = _INTRODUCED.match(sentence)
    if not m:
        return None
    rest = sentence[m.end() :].rstrip(".!?, ")
    if rest and all(w[:1].isupper() for w in rest.split()) and len(rest.split()) <= 3:
        return rest
    return None


# Clauses that name people from other films or other seasons: "last season's X", "X, so good
# in Y", "the 1998 version, with X as Y".
_COMPARED = re.compile(
    r"\b(?:(?:last|previous|prior|first|earlier|original|past|other)\s+(?:season|series|film"
    r"|movie|instal+ment|outing|chapter|entry|version|show)s?|season\s+(?:one|two|three|\d)['’]s"
    r"|the\s+original|remake|reboot|predecessor|back\s+in\s+(?:19|20)\d\d|so\s+(?:good|great"
    r"|memorable|brilliant|terrific|funny|wonderful|moving)\s+in|best\s+known\s+(?:for|as)"
    r"|known\s+for|fresh\s+(?:off|from)|(?:starred|appeared)\s+in|unlike|recalls?|reminiscent"
    r"|echoes|echoing|channel+ing(?!\s+(?:her|his|their|its|all|every|some)\b|\s*$)"
    r"|in\s+the\s+vein\s+of|compar(?:ed?|isons?)\s+(?:to|with)"
    r"|(?:19|20)\d\d\s+(?:version|film|original|adaptation|movie|series)"
    r"|(?:19|20)\d\ds?\s+(?:[\w-]+\s+)?(?:mini-?series|remake|incarnation|staging)"
    r"|(?:season|series)\s+one"
    r"|think\s+of|shades\s+of|à\s+la|reminds?\s+(?:me|us|one|you)\s+of|evok(?:es|ing)"
    r"|remember(?:s|ed)?|fans\s+of|touchstones?|yardsticks?|benchmarks?|blueprints?|forerunners?"
    r"|precursors?|gold\s+standard|points?\s+of\s+reference|(?:a|the)\s+(?:very\s+)?similar\s+[a-z]+\s+in"
    # another show's episode, another staging: "first showed up in an episode of Titans, where
    # the Chief was played by X", "the story's second life as a musical, with X as Elsa"
    r"|(?:an|one)\s+episode\s+of\s+(?!(?:this|the|its)\s+(?:show|series|season)\b)"
    r"|second\s+life|(?:stage|musical)\s+(?:version|adaptation|production|revival))\b"
    r"|[”\"’],?\s+in\s+which\b"  # "the gags of “In Bruges,” in which X's Harry …"
    r"|\((?:19|20)\d\d\)"
)  # matched against lowercased text
# Who had the part before: "first played by X", "taking over from X", "inheriting the role
# from X" (before the name); "X, last seen in Y", "the role X made famous" (after it).
_EARLIER_BEFORE = re.compile(
    r"\b(?:(?:first|originally|previously|once|earlier|formerly)\s+(?:played|portrayed"
    r"|voiced)\s+by|(?:taking|took|takes)\s+over\s+from|inherit(?:s|ing|ed)?\s+the\s+(?:role"
    r"|part)\s+from|(?:made\s+famous|originated)\s+by)\s+$"
)
_EARLIER_AFTER = re.compile(
    r"(?:,\s+)?(?:last\s+seen\s+in|made\s+(?:the\s+(?:role|part)\s+|it\s+)?famous|originated)\b"
)
# After a name, an apposition set apart by commas or brackets, then the name's part in this
# film: "X, a comedian best known for Y, plays Dan", "X (Y, Z) stars as Dan".
_PLAYS_AFTER_APPOSITION = re.compile(
    r"(?:,\s+[^,;.()]{3,120}?,|\s+\([^()]{2,80}\)),?\s+(?:now\s+|here\s+)?(?:plays|stars\s+as"
    r"|portrays|voices|embodies|is\s+cast\s+as|takes\s+(?:on\s+)?the\s+(?:role|part)"
    r"|returns\s+as|is\s+(?:the|a|an|his|her|their)\s|is\s+[A-Z])"
)
_RETURNS = re.compile(r"\b(?:returns|is\s+back|reprises|comes\s+back)\b")
_RETURNS_WORDS = ("returns", "reprises", "back")  # one of them stands in every match
# A relative clause right after a name says what the person did elsewhere, not here: "X, who
# played Wednesday in the 1990s films, turns up as …".
_RELATIVE_AFTER = re.compile(r",\s+(?:who|whose|which)\s[^,;.]{0,100},")
_CLAUSE_STOP = re.compile(r"[.;:!?]\s")
_CLAUSE_JOIN = re.compile(r",\s+(?:and|but|while|whereas)\s+")
_NEW_CLAUSE = re.compile(r"\b[a-z]{2,}\b")
# A cue after a comma that goes on with the noun before it, not a clause of its own: "the
# 2024 series, starring X", "that remake, featuring X".
_LISTING_CUE = re.compile(r"(?:co-)?starring\s+|featuring\s+")


_LIKE_BEFORE = re.compile(r"(?:^|\W)(?:just\s+|much\s+|rather\s+)?(?:like|than)\s+$")
# The words a text ends with (white space cut) when `_LIKE_BEFORE` or `_EARLIER_BEFORE` is in
# it: both end the text, and searching it for them tries every character.
_LIKE_ENDS = ("like", "than")
_EARLIER_ENDS = ("by", "from")


# A sentence whose subject is an earlier season or film: "The first season, which arrived in
# 2020, was built around …", "Season one ended with …".
_EARLIER_SUBJECT = re.compile(
    r"(?:(?:in|during|for)\s+)?(?:the|its|this\s+show[’']s)\s+(?:first|previous|last|earlier"
    r"|original|opening|debut)\s+(?:season|series|film|movie|instal+ment|outing|chapter)\b"
    r"|(?:(?:in|during)\s+)?(?:season|series)\s+(?:one|1)\b|last\s+season\b",
    re.IGNORECASE,
)


def _earlier_sentence(text: str, at: int) -> bool:
    """The sentence holding position `at` is about an earlier season or film, by its subject,
    and says no one comes back."""
    low = max(0, at - 320)
    start = max(text.rfind(". ", low, at), text.rfind("! ", low, at), text.rfind("? ", low, at))
    if start < 0 and low > 0:
        return False  # the sentence began too far back
    start = start + 2 if start >= 0 else 0
    if not _EARLIER_SUBJECT.match(text, start):
        return False
    stop = _CLAUSE_STOP.search(text, at)
    return not _RETURNS.search(text[start : stop.start() if stop else len(text)].lower())


def only_compared(actor: str, texts: list[str], *, season: int | None = None) -> bool:
    """True when every mention of `actor`'s full name in the texts stands in a clause about
    another film or another season ("last season's X", "X, so good in Y"), or in a sentence
    about an earlier season or film (not when the page reviews a first season, `season` 1),
    and none says the actor returns."""
    seen = False
    earlier = season != 1
    for text in texts:
        at = text.find(actor)
        while at != -1:
            seen = True
            end = at + len(actor)
            if not _compared_mention(text, at, end) and not (
                earlier and _earlier_sentence(text, at)
            ):
                return False
            at = text.find(actor, end)
    return seen


def _compared_mention(text: str, at: int, end: int) -> bool:
    start = max(0, at - 60)
    for stop in _CLAUSE_STOP.finditer(text, start, at):
        start = stop.end()
    if ", " in text[start:at]:
        # "… than anything she was given in season one, and X, who plays …": a new clause
        for stop in _CLAUSE_JOIN.finditer(text, start, at):
            start = stop.end()
        comma = text.rfind(", ", start, at)
        if (
            comma >= 0
            and _NEW_CLAUSE.search(text, comma + 2, at)
            and not _LISTING_CUE.fullmatch(text, comma + 2, at)
        ):
            # "… he brought to the first season, opens with Mark (X)": the comparison ends at
            # the comma and a clause of its own (a lower-case word) leads to the name.
            start = comma + 2
    after = text[end : end + 140]
    if at and text[at - 1] == "(" and after[:1] == ")":
        # "Yusuke Kafuku (X), a stage actor known for …": what follows the brackets describes
        # the character named before them, not the actor.
        after = ""
    relative = _RELATIVE_AFTER.match(after)
    if relative:
        after = after[relative.end() :]
    # Whole words only: "channeling h…", cut at the window, is no comparison.
    cut_word = len(after) > 40 and after[40].isalnum()
    after = after[:40].rsplit(" ", 1)[0] if cut_word else after[:40]
    cut = _CLAUSE_STOP.search(after)
    if cut:
        after = after[: cut.start()]
    before = text[start:at].lower()
    ending = before.rstrip()
    if ending.endswith(_LIKE_ENDS) and _LIKE_BEFORE.search(before):
        return True  # "Like X as Y in Z, she never raises her voice"
    if ending.endswith(_EARLIER_ENDS) and _EARLIER_BEFORE.search(before):
        return True  # "a role first played by X"
    if (
        text.startswith((", ", " ("), end)
        and _PLAYS_AFTER_APPOSITION.match(text, end, end + 160)
        and not _COMPARED.search(before)
    ):
        # "X, a comedian best known for Y, plays Dan", "X (Y, Z) plays Dan": what the
        # apposition says of another film is the fame of this film's actor.
        return False
    if _EARLIER_AFTER.match(text, end, end + 40):
        return True  # "X, last seen in Y"
    window = f"{before} | {after}".lower()
    told = len(window) - len(after)
    if any(map(window[told:].__contains__, _RETURNS_WORDS)) and _RETURNS.search(window, told):
        return False
    return bool(_COMPARED.search(window))


def _compared(text: str, at: int) -> bool:
    """True when the clause around position `at` names another film or another season."""
    start = max(text.rfind(". ", 0, at), text.rfind("; ", 0, at), at - 160, 0)
    end = text.find(". ", at)
    end = min(end if end >= 0 else len(text), at + 100)
    return bool(_COMPARED.search(text[start:end].lower()))


# After " is ": "the supermarket manager Simon Skinner", "Teddy Sanders", "a gruff, stooped
# Walter Pike" (a name of two words or more after "a" and its adjectives), or a description and
# the name it is set against, "the pregnant, stressed mother, Hwee Sun", "Danny's father,
# Inspector Frank Butler".
_RELATION_WORDS = "|".join(
    sorted(
        """father mother dad mum mom wife husband son daughter brother sister boyfriend girlfriend
        fiance fiancée fiancee friend boss partner cousin uncle aunt grandmother grandfather
        lover widow neighbour neighbor colleague mentor rival stepmother stepfather nephew niece
        roommate flatmate assistant sidekick""".split()
    )
)
_IS_OBJECT = re.compile(
    r"(?:the\s+(?:[a-z][\w-]*\s+){1,3}|an?\s+(?:[a-z][\w-]*,?\s+){1,3}(?=[A-Z][\w’'\-]+\s+[A-Z]))?"
    r"([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,3}(?:\s+[A-Z]\.)?)"  # "Helly R."
    r"(?:(?<=\.)(?=[\s,;])|(?<!\.)(?=[,.;]|\s+[–—]|\s+who\b))"
    r"|(?:the|his|her|their|a|an|[A-Z][\w’'\-]+[’']s)\s+(?:[a-z][\w’'\-]*,?\s+){0,4}[a-z][\w’'\-]*,\s+"
    r"([A-Z][\w’'\-.]+(?:\s+[A-Z][\w’'\-]+){0,3})(?=[,.;]|\s+who\b)"
    r"|(?:his|her|their|[A-Z][\w’'\-]+[’']s)\s+(?:[a-z][\w’'\-]*\s+){0,2}(?:"
    + _RELATION_WORDS
    + r")"
    r"\s+([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2})(?=[,.;]|\s+who\b)"
)


def _is_object(text: str, at: int) -> re.Match[str] | None:
    """`_IS_OBJECT.match(text, at)`, not tried where it cannot match: every match holds a
    capital (A-Z) before any full stop, so a clause in lower case up to its full stop (or the
    end of the text) is passed by, as most clauses after " is " are ("is a quiet study of …")."""
    stop = text.find(".", at)
    if text[at : stop if stop != -1 else len(text)].islower():
        return None
    return _IS_OBJECT.match(text, at)


_ASIDE_END = re.compile(r",\s+[^,]{3,70},\s*$")
# Words that make a paragraph talk about the cast: there "X is Character" credits X.
_CAST_STEMS = ("cast", "ensemble", "supporting", "perform", "co-star", "cameo")
_CAST_WORDS = re.compile(
    r"\b(?:cast|casting|ensemble|supporting|performances?|performers|co-stars?|cameos?)\b"
)


# After "X is Y": ", the childhood friend who …", ", a bored heiress": Y described as a person.
_DESCRIBED_AFTER = re.compile(
    r",\s+(?:the|a|an|his|her|their|[A-Z][\w\-]+[’']s)\s+(?:[a-z][\w’'\-]*\s+){0,4}?"
    r"([a-z][\w’'\-]*|[A-Z][a-z]+(?=\s+wh))(?=\s+(who|whom|whose|with|from|of|in|at|on|for)\b"
    r"|[,.;:!?])"
)


def _described_as_person(text: str, at: int) -> bool:
    """True when a description of a person follows at `at`: ", the childhood friend who …"."""
    m = _DESCRIBED_AFTER.match(text, at)
    return m is not None and (
        (m.group(1)[:1].islower() and _person_noun(m.group(1)))
        or m.group(2) in ("who", "whom", "whose")
    )


# ", a nightclub waitress and …": a description of a character, its words up to the clause's end.
_CHARACTER_AFTER = re.compile(
    # ", Hannah's uptight, perfectionist roommate": adjectives parted by commas, then the noun
    r",\s+(?:the|a|an|his|her|their|[A-Z][\w\-]+[’']s)\s+((?:[a-z][\w’'\-]*,\s+){1,3}"
    r"(?:[a-z][\w’'\-]*\s+){0,3}[a-z][\w’'\-]*)(?=[,.;:!?]|\s+(?:who|whose|with|and)\b)"
    r"|,\s+(?:the|a|an|his|her|their|[A-Z][\w\-]+[’']s)\s+((?:[\w’'\-]+\s+){0,7}?[\w’'\-]+)"
    r"(?=[,.;:!?]|\s+(?:who|whose|with|and)\b)"
    r"|,\s+(?:the|a|an|his|her|their)\s+((?:[a-z][\w’'\-]*\s+){0,2}[a-z][\w’'\-]*)\s+(?:so|that)\s"
    # ", tow-truck driver, proud father and …": a bare apposition, no article, in a list
    r"|,\s+((?:[a-z][\w’'\-]*\s+){0,2}[a-z][\w’'\-]*)(?=,\s|\s+and\s)"
)
# Words that describe a performer, not a character: "X is Y, an actor who …" reads the other
# way round.
_PERFORMER_NOUNS = frozenset(
    "actor actress star performer newcomer director filmmaker veteran comedian".split()
)


def _described_character(text: str, at: int) -> bool:
    """True when the words after `at` describe a character: a person's noun among the first
    few words of an apposition, none of them a performer's."""
    m = _CHARACTER_AFTER.match(text, at)
    if m is None:
        return False
    words = [w.lower().rstrip(",") for w in next(g for g in m.groups() if g).split()]
    if any(map(_person_noun, words)) and not _PERFORMER_NOUNS.intersection(words):
        return True
    return _ONE_OF_THEM.match(text, at) is not None


# ", the eldest, who …", ", the sweet, devout one who …": one of a family or a group picked out
# by an adjective, the person left unsaid.
_ONE_OF_THEM = re.compile(
    r",\s+the\s+(?:(?:[a-z][\w’'\-]*,?\s+){0,3}one(?=\s+(?:who|whose)\b)"
    r"|(?:eldest|oldest|youngest|middle\s+one)(?=,\s+(?:who|whose)\b|[.;:!?]))"
)


def _is_role(
    text: str,
    known: Known,
    found: list[tuple[str, str | None]],
    cast_talk: bool = False,
    weak: list[tuple[str, str | None]] | None = None,
    *,
    credited: bool = False,
) -> None:
    """ "Jeff Daniels is Teddy Sanders, NASA's director", "X is Danny's father, Inspector Frank
    Butler": an actor "is" a character named in full. The actor is one the page credits, or,
    in a paragraph about the cast, any full name. A full name the page does not credit that
    "is" a character described as a person ("X is Selina Kyle, a nightclub waitress", "X is
    the mob boss Carmine Falcone") goes to `weak`: believed only where the page has the habit.
    Every uncredited actor read here goes to `weak` (with no role when already believed).
    In a paragraph that credits someone else (`credited`), a sentence that names another
    credited actor is about the cast too: "A plays Gerry, and X is Sergeant Sandra Cliff"; so
    is a second "is" after one read here in the same sentence ("A is Tracey, …, and X is the
    amiably dim Steve"), weak as the first."""
    read_at: list[int] = []  # where the "is" of each credit read here stands
    at = text.find(" is ")
    while at != -1:
        m = _is_object(text, at + 4)
        nxt = text.find(" is ", at + 4)
        if m:
            end = at
            aside = _ASIDE_END.search(text, max(0, end - 80), end)
            if aside:
                end = aside.start()  # "Timothy Dalton, in a performance of gleeful oiliness, is"
            actor = name_before(text, end)
            last_who = text.rfind(", who ", max(0, at - 130), at)
            if (
                actor is None
                and last_who >= 0
                and (who := _WHO_ASIDE_END.match(text, last_who, at))
            ):
                # "X, who played the mother in Y's debut, I Killed My Mother, is Die": commas
                # inside the aside; believed for an actor the page credits
                named = name_before(text, who.start())
                # (or, uncredited, one whose part the words after it describe: weak only)
                story = m.group(1) is not None and story_apposition(text, m.end(1), m.group(1))
                actor = named if named and (known.full(named) or story) else None
            role = m.group(1) or m.group(2) or m.group(3)
            # "her teenage daughter Sasha", "Tom's mother, Ada": a person's name
            related = m.group(3) is not None or (
                m.group(2) is not None
                and _person_noun(text[at + 4 : m.start(2)].rstrip(", ").rsplit(None, 1)[-1])
            )
            # "X is the mob boss Carmine Falcone", "X is Y, a nightclub waitress and …"
            character = weak is not None and (
                (
                    m.group(1) is not None
                    and m.start(1) > at + 4
                    and any(map(_person_noun, text[at + 4 : m.start(1)].split()[1:]))
                )
                or _described_character(text, m.end(1) if m.group(1) else m.end())
                or (m.group(1) is not None and story_apposition(text, m.end(1), m.group(1)))
                or (credited and bool(read_at) and after_copula_credit(text, at, read_at))
            )
            full = known.full(actor) if actor else None
            words = role.split()
            while words and words[0].lower() in _NOT_ROLE:
                words.pop(0)
            if len(words) < len(role.split()) and m.group(0).startswith(("a ", "an ")):
                words = []  # "is a believable New Yorker": someone from a place, not a name
            role = " ".join(words)
            if (
                role
                and known.full(role) is None
                and fold(role) not in known.not_actors
                and (
                    full
                    or (
                        (
                            cast_talk
                            or (credited and _credit_in_sentence(text, at, known, actor))
                            or related
                            or character
                            or _described_as_person(text, m.end(1) if m.group(1) else m.end())
                        )
                        and actor
                        and is_name(actor)
                        and _person_like(actor)
                        and fold(actor) != fold(role)
                    )
                )
                and not (full is None and _compared(text, at))
                and actor is not None
                and fold(actor) not in known.not_actors
            ):
                strong = (
                    full
                    or cast_talk
                    or (credited and _credit_in_sentence(text, at, known, actor))
                    or related
                    or _described_as_person(text, m.end(1) if m.group(1) else m.end())
                )
                if strong or weak is None:
                    found.append((full or actor, role))
                if weak is not None and not full:
                    weak.append((actor, role if not strong else None))
                read_at.append(at)
        at = nxt


def _sort_credit(
    text: str,
    known: Known,
    actor: str,
    part: str,
    at: int,
    found: list[tuple[str, str | None]],
    weak: list[tuple[str, str | None]],
) -> None:
    """A part read at `at`: a credited actor's goes to `found` (under their full name), an
    uncredited name's to `weak`, unless the name is compared or a maker's."""
    full = known.full(actor)
    if full is not None:
        found.append((full, part))
    elif not _compared(text, at) and not _maker_before(text, at - len(actor)):
        weak.append((actor, part))


def _may_be_actor(known: Known) -> Callable[[str], bool]:
    """Whether a name may be an actor of this page: one it credits, or a person's full name it
    does not know as someone else."""

    def is_actor(name: str) -> bool:
        return known.full(name) is not None or (
            is_name(name) and _person_like(name) and fold(name) not in known.not_actors
        )

    return is_actor


def _described_parts(
    text: str,
    known: Known,
    found: list[tuple[str, str | None]],
    weak: list[tuple[str, str | None]],
) -> None:
    """ "X is the son, who …": a credited actor's part goes to `found`; an uncredited full
    name's to `weak` (believed with a second piece of evidence)."""

    is_actor = _may_be_actor(known)

    for actor, part, at in described_parts(text, is_actor):
        _sort_credit(text, known, actor, part, at, found, weak)


def _named_copulas(
    text: str,
    known: Known,
    found: list[tuple[str, str | None]],
    weak: list[tuple[str, str | None]],
) -> None:
    """ "Robert Shaw is Quint." in a paragraph that credits someone else: a credited actor's
    part goes to `found`, an uncredited full name's to `weak`."""

    is_actor = _may_be_actor(known)

    for actor, part, at in named_copulas(text, is_actor):
        if (
            part.split()[0].lower() in _NOT_ROLE
            or known.full(part) is not None
            or fold(part) in known.not_actors
            or fold(part) == fold(actor)
        ):
            continue
        _sort_credit(text, known, actor, part, at, found, weak)


def _quality_from(
    text: str, texts: list[str], known: Known, found: list[tuple[str, str | None]]
) -> None:
    """ "Jet, the ex-cop …, gets a gruff warmth from X": the sentence's subject is the part;
    an uncredited X is believed beside another credit when the part is described or named
    apart as a person (cast_shapes.py)."""
    for actor, part, at, described in quality_from(text, a_quality):
        full = known.full(actor)
        if known.full(part) is not None or fold(part) in known.not_actors:
            continue
        if full is None and not (
            is_name(actor)
            and _person_like(actor)
            and fold(actor) not in known.not_actors
            and not _compared(text, at)
            and (described or part_named_apart(actor, part, texts, as_person=True))
            and near_credit(text, at, [*known.actors.values(), *(a for a, r in found if r)], actor)
        ):
            continue
        found.append((full or actor, part))


def _debut_parts(text: str, known: Known, found: list[tuple[str, str | None]]) -> None:
    """ "X, the musician making his screen debut as Xolani, …": a first part, this film's."""
    for actor, part in debut_parts(text):
        full = known.full(actor)
        if full is None and not (
            is_name(actor)
            and _person_like(actor)
            and fold(actor) not in known.not_actors
            and not _compared(text, text.find(actor))
        ):
            continue
        if known.full(part) is None and fold(part) not in known.not_actors:
            found.append((full or actor, part))


def _whom_parts(text: str, known: Known, found: list[tuple[str, str | None]]) -> None:
    """ "Ria, Aditi's unmarried cousin, whom Shefali Shetty plays with …": the part before
    ", whom", the actor after it; "whom X makes …" only for an actor the page credits."""
    for actor, part, plays in whom_parts(text):
        full = known.full(actor)
        if full is None and not (
            plays
            and is_name(actor)
            and _person_like(actor)
            and fold(actor) not in known.not_actors
            and not _compared(text, text.find(actor))
        ):
            continue
        if known.full(part) is None and fold(part) not in known.not_actors:
            found.append((full or actor, part))


def _played_parts(
    text: str, texts: list[str], known: Known, found: list[tuple[str, str | None]]
) -> None:
    """ "X was fifteen when he played Ivan", "X played Adam Sackler, the …": believed when the
    page names the part apart, as a person of its own story (cast_shapes.py)."""
    for actor, part, at in played_parts(text):
        full = known.full(actor)
        if full is None and not (
            is_name(actor)
            and _person_like(actor)
            and fold(actor) not in known.not_actors
            and not _compared(text, at)
            and not _maker_before(text, at)
        ):
            continue
        if (
            known.full(part) is None
            and fold(part) not in known.not_actors
            and part_named_apart(actor, part, texts)
        ):
            found.append((full or actor, part))


# ", who …," before " is", the aside holding commas of its own (a title, a list).
_WHO_ASIDE_END = re.compile(r",\s+who\s[^;.!?]{3,120},\s*$")


def _credit_in_sentence(text: str, at: int, known: Known, actor: str | None) -> bool:
    """True when the sentence around position `at` names a credited actor other than
    `actor`, in full or by surname."""
    start = max(text.rfind(". ", 0, at), text.rfind("! ", 0, at), text.rfind("? ", 0, at)) + 1
    stop = _SENTENCE_END.search(text, at)
    sentence = text[start : stop.start() if stop else len(text)]
    own = fold(actor) if actor else ""
    for key, full in known.actors.items():
        if key == own or not full:
            continue
        if full in sentence or re.search(rf"\b{re.escape(full.split()[-1])}\b", sentence):
            return True
    return False


# (not the full stop of a title or an initial: "X is Col. Paco Román, …, and Y brings …")
_SENTENCE_END = re.compile(
    r"(?<!\b[A-Z])(?<!\b(?:Dr|Mr|Ms|St|Lt))(?<!\b(?:Mrs|Sgt|Col|Gen|Det))(?<!\bCapt)(?<!\bProf)"
    r"[.!?](?:\s|$)"
)


# Performance verbs whose object is the role: "brings warmth to Ines", "lends Ines a stern
# warmth", "gives Emil's sister Ines a suspicious streak", ", playing the rival boss Ines,".
_LENDS_CUE = re.compile(r"\b(?:brings?|lends?|gives?|bringing|lending|giving)\s|,\s+playing\s")
_LENDS_WORDS = ("bring", "lend", "give", "giving", ", playing ")
_TO_ROLE = re.compile(
    r"(?:[\w’'\-]+\s+){0,6}?to\s+(?=[A-Z]|[a-z][\w’'\-]+[’']s\s"
    r"|the\s+(?:[a-z][\w’'\-]*\s+){0,2}(?P<post>[a-z][\w’'\-]*)\s+[A-Z])"
)
_OBJECT_ROLE = re.compile(
    r"((?:[A-Z][\w’'\-]+[’']s\s+(?:[a-z][\w’'\-]*\s+){0,3})?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3})"
    r"\s+(?:a|an|the|some|real|exactly|just|enough|more|much|his|her|their|its)\s"
)


# "X brings Cardinal Adeyemi to life": the phrase names an actor and a role by itself.
_TO_LIFE = re.compile(
    r"\b(?:brings?|bringing)\s+([A-Z][\w’'\-.]*(?:\s+(?:[A-Z][\w’'\-.]*|of|de|van|von|the))"
    r"{0,4})\s+to\s+(?:vivid\s+|full\s+|such\s+|glorious\s+)?life\b"
)


# "X lends her voice (again) to K-2SO", "X gives voice to Y": a voice part.
_VOICE_TO = re.compile(
    r"\b(?:lends?|lending|lent|gives?|giving)\s+(?:(?:his|her|their)\s+(?:[a-z-]+\s+){0,2}?)?"
    r"voice\s+(?:again\s+|once\s+more\s+|once\s+again\s+)?to\s+"
    r"([A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-]*){0,3})"
)


_VOICE_CUE = re.compile(r"voice\s+(?:again\s+|once\s+more\s+|once\s+again\s+)?to\s")


def _voiced(text: str, known: Known, found: list[tuple[str, str | None]]) -> None:
    """ "Alan Tudyk lends his voice again to K-2SO": a voice part, the actor before it."""
    for m in _VOICE_TO.finditer(text):
        end = m.start()
        aside = _ASIDE_END.search(text, max(0, end - 80), end)
        if aside:
            end = aside.start()
        actor = name_before(text, end)
        full = known.full(actor) if actor else None
        role = m.group(1).rstrip(".")
        if (
            actor is not None
            and (full or is_name(actor))
            and fold(actor) not in known.not_actors
            and role.split()[0].lower() not in _NOT_ROLE
            and known.full(role) is None
            and fold(role) not in known.not_actors
            and not _compared(text[: m.end()], m.start())
        ):
            found.append((full or actor, role))


def _brought_to_life(text: str, known: Known, found: list[tuple[str, str | None]]) -> None:
    """ "Manisha Koirala brings Mallikajaan to life", "X, meanwhile, brings Cardinal Adeyemi
    of Nigeria to life": an actor's full name (or a credited one) before, the role inside."""
    for m in _TO_LIFE.finditer(text):
        end = m.start()
        aside = _ASIDE_END.search(text, max(0, end - 80), end)
        if aside:
            end = aside.start()  # "X, meanwhile, brings …"
        actor = name_before(text, end)
        full = known.full(actor) if actor else None
        if actor is None or not (full or is_name(actor)) or fold(actor) in known.not_actors:
            continue
        words = m.group(1).split()
        if " of " in m.group(1) and words.index("of") >= 2:
            words = words[: words.index("of")]  # "Cardinal Adeyemi of Nigeria": the name
        while words and words[-1] in ("of", "de", "van", "von", "the"):
            words.pop()
        role = " ".join(words)
        if (
            role
            and role.split()[0].lower() not in _NOT_ROLE
            and known.full(role) is None
            and fold(role) not in known.not_actors
            and not _compared(text[: m.end()], m.start())  # what follows is how, not who
        ):
            found.append((full or actor, role))


def _performance_objects(
    text: str, known: Known, found: list[tuple[str, str | None]], cast_talk: bool = False
) -> None:
    """Roles as the object of a performance verb, for actors the page credits, or, in a
    paragraph that credits others (`cast_talk`), for any full name ("Elsewhere, A plays Tess;
    B brings warmth to Joel's brother, Tommy")."""
    for m in _cues(_LENDS_CUE, text, _LENDS_WORDS, 2):
        end = m.start()
        aside = _ASIDE_END.search(text, max(0, end - 80), end)
        if aside and text[m.start()] != ",":
            end = aside.start()  # "X, the film's most familiar face, brings …"
        actor = name_before(text, end)
        full = known.full(actor) if actor else None
        if full is None and not (actor and " " in actor):
            # (the surname alone only when no full name stands there: "Pankaj Tripathi" is not
            # the credited "Shweta Tripathi")
            single = _LAST_WORD.search(text, max(0, end - 30), end)
            full = known.full(single.group(1)) if single else None
        guessed = (
            full is None
            and cast_talk
            and actor is not None
            and text[m.start()] != ","
            and is_name(actor)
            and _person_like(actor)
            and fold(actor) not in known.not_actors
            and not _maker_before(text, text.rfind(actor, 0, end))
            and not _compared(text, m.start())
        )
        if guessed:
            full = actor
        if full is None:
            continue
        rest = m.end()
        object_at = rest
        role: str | None = None
        far = False  # the object reached past a comma or more than six words
        if text[m.start()] == ",":
            roles = _split_roles(text[rest : rest + 160], 1)
            role = roles[0] if roles else None
        else:
            to = _TO_ROLE.match(text, rest)
            if to and to.group("post") and not _person_noun(to.group("post")):
                to = None  # "brings warmth to the Cannes festival": a place, not a person
            if to:
                object_at = to.end()
                roles = _split_roles(text[to.end() : to.end() + 160], 1)
                role = roles[0] if roles else None
            else:
                far_to = _TO_ROLE_LONG.match(text, rest)
                if far_to:
                    far = True
                    object_at = far_to.end()
                    roles = _split_roles(text[far_to.end() : far_to.end() + 160], 1)
                    role = roles[0] if roles else None
                obj = None if far_to else _OBJECT_ROLE.match(text, rest)
                if obj:
                    phrase = obj.group(1)
                    named = _NAMED_AT_END.search(phrase)
                    role = named.group(1) if named else None
                    if role and "’s " not in phrase and "'s " not in phrase:
                        role = phrase
        if (guessed or far) and role:
            # A name the page does not credit gives its verb to a person: "to Jayce, a man
            # who …", "to Joel's brother, Tommy"; never "to Port Talon". A quality of acting
            # given ("brings a restless physicality to Zia") says the same of the one given it.
            at = text.find(role, object_at, object_at + 200)
            if at < 0 or not (
                _described_as_person(text, at + len(role))
                or _described_character(text, at + len(role))
                or any(map(_person_noun, text[object_at:at].replace(",", " ").split()))
                or (guessed and _QUALITY_GIVEN.match(text, rest) is not None)
            ):
                role = None
        if (
            role
            and role[:1].isupper()
            and known.full(role) is None
            and fold(role) not in (known.not_actors)
        ):
            found.append((full, role))


# A job behind the camera right before a name: "composer Ivo Brandt brings …".
_MAKER_BEFORE = re.compile(
    r"(?i:director|filmmaker|film-maker|writer|screenwriter|producer|composer|cinematographer"
    r"|creator|showrunner|novelist|author|editor|designer|photographer)[’']?s?\s+$"
)


def _maker_before(text: str, at: int) -> bool:
    """True when a job behind the camera stands right before position `at` (`_MAKER_BEFORE`)."""
    return at >= 0 and _MAKER_BEFORE.search(text, max(0, at - 24), at) is not None


# Substrings that every match of the cue below holds: a cheap test before the expression.
_ENSEMBLE_WORDS = (" up", "round out", "rounds out", "co-star", "also star", "cameo")
_ENSEMBLE_CUE = re.compile(
    r"\b(?:turn|turns|show|shows|pop|pops|line|lines)\s+up\b|\bround(?:s)?\s+out\s+(?:the|an?|this|its)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:cast|ensemble|line-?up|company|gang|kitchen|team|crew|family)\b"
    r"|\bco-star\b|\balso\s+star\b|\bmake\s+up\s+the\s+(?:supporting\s+)?(?:cast|ensemble)"
    r"|\b(?:make|have)\s+cameos\b"
)
# The words every match of it begins with (`cues.may_match`).
_ENSEMBLE_STARTS = ("turn", "show", "pop", "line", "round", "co-star", "also", "make", "have")
# Full names listed, maybe "all" or "both", then they turn up, pop up, co-star, make cameos:
# not "A and B turn up the heat".
_NAME_LIST = re.compile(
    r"((?:[A-Z][\w’'\-.]+(?:\s+[A-Z][\w’'\-.]+){1,3}(?:,\s+|\s+and\s+))+(?:and\s+)?[A-Z]"
    r"[\w’'\-.]+(?:\s+[A-Z][\w’'\-.]+){1,3})\s+(?:(?:all|both)\s+)?"
    r"(?:(?:turn|show|pop|line)\s+up(?!\s+(?:the|a|an|his|her|their|its)\b)"
    r"|round\s+out|co-star|also\s+star|make\s+up|(?:make|have)\s+cameos)\b"
)


def _ensemble(text: str, found: list[tuple[str, str | None]]) -> None:
    """ "Shakti Kapoor, Prem Chopra and Suresh Oberoi turn up in the family's clan": a list of
    full names that turn up, round out the cast or co-star (no roles)."""
    for m in _NAME_LIST.finditer(text):
        names = [n.strip() for n in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group(1)) if n.strip()]
        if names and ". " in names[0]:
            names[0] = names[0].rsplit(". ", 1)[1]  # "… plays Tom. Lia Sand, A and B round out"
        if len(names) >= 2 and all(is_name(n) for n in names):
            found.extend((n, None) for n in names)


_PLAYS_CUE = re.compile(
    r"\b(?:plays|portrays|voices|embodies|inhabits|essays|is\s+playing|is\s+the\s+voice\s+of"
    r"|(?<=,\s)playing"
    r"|(?:continues|returns|goes\s+on|is\s+back|gets|got)\s+to\s+play)"
    r"(?:\s+|,\s+[a-z][^,.;:]{1,50},\s+(?=[A-Z]))"  # "plays, with a twinkle, Stilgar"
)
_PLAYS_WORDS = ("play", "portray", "voice", "embodies", "inhabits", "essays")


# "X, who plays", "X, who again plays", "X, who created the series and also plays".
_WHO_BEFORE = re.compile(
    r"([A-Z][\w’'\-.]+(?:\s+[A-Z][\w’'\-.]+){0,3}),\s+who"
    r"(?:\s+[a-z][^,;.()]{1,60}?\s+and)?(?:\s+(?:also|again|still|now))?$"
)
_WHO_ENDS = ("who", "also", "again", "still", "now", " and")
# A full name and the comma before "playing": "Hal Mercer, playing Osvald, …".
_NAME_COMMA_END = re.compile(
    r"(?:^|[.;:!?(]\s+|\band\s+)([A-Z][\w’'\-.]+(?:\s+[A-Z][\w’'\-.]+){1,3}),$"
)
# The comma ending the aside may stand inside a closing quote, as American usage puts it: "X,
# on a break from "The Bear," plays Y".
_APPOSITION_END = re.compile(
    r"([A-Z][\w’'\-.]+(?:\s+[A-Z][\w’'\-.]+){0,3}),\s+[a-z][^,;]{0,90},[\"”]?$"
)


def _about_a_person(aside: str) -> bool:
    """True when an aside speaks of a person: a pronoun, or a word for a person."""
    words = [w.strip(",.;:!?’'\"“”").lower() for w in aside.split()]
    return any(w in _PERSON_PRONOUNS or _person_noun(w) or w in _PROFESSIONS for w in words)


_PERSON_PRONOUNS = frozenset("he she him his her hers himself herself".split())
# An aside between dashes: "X – yes, the hero of Night Ferry, with his own lilt – plays Y".
_DASHED_ASIDE_END = re.compile(
    r"(?:^|[.;:!?]\s+)([A-Z][\w’'\-.]+(?:\s+[A-Z][\w’'\-.]+){1,3})\s+([–—])\s+[^–—()]{1,100}\s+\2$"
)
_ONE_NAME_END = AtEnd(re.compile(r"(?:^|[.;:!?]\s+|,\s+|\band\s+)([A-Z][\w’'\-]+)$"), lead=3)


# After "X plays": where a song is heard, not whom an actor plays.
_MUSIC_PLAYS = re.compile(
    r"(?:over|under|throughout|during|softly|loudly|faintly|on\s+(?:the|a|an)\s+(?:radio"
    r"|soundtrack|jukebox|stereo|loop|car\s+radio|record\s+player)|on\s+repeat"
    r"|in\s+the\s+background)\b"
)


# "X plays it straight", "plays it for laughs", "plays it safe": how a story is told, not a part.
# What follows "plays" when the verb takes no part: a manner, a direction, a comparison. Said
# of a name the page credits nowhere else, the name is a work's ("Night Ferry plays like a
# dream"), not an actor's.
_PLAYS_HOW = re.compile(
    r"(?:like|out|better|worse|more|less|well|badly|off|on|up|down|along|against|to|at|for"
    r"|with|over|under|into|through|fast|slow|differently|[a-z]+ly)\b"
)
_PLAYS_IT = re.compile(
    r"it\s+(?:(?:at\s+first|all|mostly|largely|entirely|initially|early|partly)\s+)?"
    r"(?:for|as|straight|safe|cool|smart|broad|big|small|low|close|light|loose|down|up|with|like"
    r"|by|dead|deadpan|too|very|so|almost|just)\b"
)


def _other_work_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence around text[start:end] opens on another work's title ("In Glass
    Orchard, …") and points back at it with "that film" (or show, series, one)."""
    opening = max(
        text.rfind(". ", 0, start), text.rfind("? ", 0, start), text.rfind("! ", 0, start)
    )
    opening = opening + 2 if opening >= 0 else 0
    if not text.startswith("In ", opening):
        return False
    closing = text.find(". ", end)
    sentence = text[opening : closing if closing >= 0 else len(text)]
    return _IN_OTHER_WORK.match(sentence) is not None and _THAT_WORK.search(sentence) is not None


def _plays(text: str, known: Known, found: list[tuple[str, str | None]]) -> None:
    """ "X, who plays Y", "X, veiled and hissing, plays Y", "Zendaya plays Chani", "X plays
    him" after the character was named, "X continues to play Y": the cases the plain "X plays
    Y" pattern cannot read."""
    for m in _cues(_PLAYS_CUE, text, _PLAYS_WORDS, 20):
        head = text[max(0, m.start() - 120) : m.start()].rstrip()
        actor: str | None = None
        if m.group().startswith("playing"):
            # "Hal Mercer, playing Osvald Brenn, the ferryman's grandfather, …": the part named
            # in capitals after the actor's name and its comma.
            named = _NAME_COMMA_END.search(head)
            role = _role_phrase(text[m.end() : m.end() + 160])
            capital = text[m.end() : m.end() + 1].isupper()  # (not "playing opposite X")
            if named and capital and role and role[:1].isupper() and not _described(role):
                name = named.group(1)
                if known.full(name) or is_name(name):
                    found.append((known.full(name) or name, role))
            continue
        plain = name_before(text, m.start())
        if plain is None and head.endswith(")"):
            # "Lee Hye-ri (to use her full name) plays": an aside in brackets after the name
            opening = head.rfind("(")
            if opening > 0 and head[opening + 1 : opening + 2].islower():
                plain = name_before(head, opening)
        if plain and _MUSIC_PLAYS.match(text, m.end()):
            continue  # "Bob Dylan plays over the final scene": a record, not a part
        if plain and _PLAYS_IT.match(text, m.end()):
            continue  # "the writer-director plays it for laughs": a tone, not a part
        if plain and _PLAYS_IDIOM.match(text, m.end()):
            continue  # "X plays the long game", "plays second fiddle to Y": an idiom
        if plain and _other_work_sentence(text, m.start(), m.end()):
            continue  # "In Glass Orchard, X plays a widow, and that film …"
        if plain and text.startswith(("opposite ", "alongside "), m.end()):
            # "X plays opposite Y": no role, unless "as Z" follows the partner (role_span.py)
            part_at = as_after_partner(text, m.end())
            part = _role_phrase(text[part_at : part_at + 160]) if part_at else None
            found.append(
                (known.full(plain) or plain, part if part and part[:1].isupper() else None)
            )
            continue
        if plain and known.full(plain) is None and _PLAYS_HOW.match(text, m.end()):
            continue  # "Night Ferry plays out over one night", "… plays better on a big screen"
        if plain:
            # "X plays …" credits X, whatever follows ("plays the scene with her body").
            role = _role_phrase(text[m.end() : m.end() + 160])
            if role is None or _described(role):
                role = _antecedent(text, m.start(), m.end(), known) or role
            found.append((known.full(plain) or plain, role))
            continue
        tail = head[-90:]
        who = _WHO_BEFORE.search(head) if tail.endswith(_WHO_ENDS) else None
        apposition = _APPOSITION_END.search(head) if tail.endswith((",", ',"', ",”")) else None
        dashed = (
            _DASHED_ASIDE_END.search(text, max(0, m.start() - 200), len(text[: m.start()].rstrip()))
            if head.endswith(("–", "—"))
            and not (_PLAYS_HOW.match(text, m.end()) or _PLAYS_IT.match(text, m.end()))
            and not _MUSIC_PLAYS.match(text, m.end())
            else None
        )
        single = _ONE_NAME_END.search(tail)
        if dashed and not (known.full(dashed.group(1)) or _about_a_person(dashed.group())):
            dashed = None  # "Port Avel – the town, that is – plays Port Talon": no person
        for match in (who, apposition, dashed):
            if match is None:
                continue
            words = _after_full_stop(match.group(1).split())
            while len(words) > 2 and words[0].lower() in _NOT_ROLE:
                words.pop(0)  # "And Barry Keoghan, who plays"
            name = " ".join(words)
            if is_name(name) or known.full(name):
                actor = known.full(name) or name
                break
        if actor is None and tail.endswith((",", " who")):
            actor = long_aside_actor(head, known)  # "X, two years after his brief, … , plays"
        if actor is None and single and known.full(single.group(1)):
            actor = known.full(single.group(1))
        if actor is None and single and single.group(1) in ("He", "She"):
            # "… that Brendan Gleeson is the best actor of his generation. He plays Sergeant
            # Gerry Boyle": the one credited actor the sentence before names
            actor = _actor_before(text, text.rfind(single.group(1), 0, m.start()), known)
            role = _role_phrase(text[m.end() : m.end() + 160]) if actor else None
            if actor and role and not _described(role) and known.full(role) is None:
                found.append((actor, role))
            continue
        if actor is None and single:
            actor = _named_earlier(text, single.group(1), m.start(), known)
            if actor is not None:
                role = _role_phrase(text[m.end() : m.end() + 160])
                if role and not _described(role):
                    found.append((actor, role))  # "… Meryl Streep. Streep plays Loretta"
                elif role and _a_person(role):
                    found.append((actor, None))  # "… Streep plays a woman who …": a performer
                continue
        if actor is None:
            continue
        role = _role_phrase(text[m.end() : m.end() + 160])
        if role is None or _described(role):
            role = _antecedent(text, m.start(), m.end(), known) or role
        if role:
            found.append((actor, role))


def _actor_before(text: str, at: int, known: Known) -> str | None:
    """The one credited actor the sentence that ends before `at` names, in full."""
    before = text[max(0, at - 300) : at].rstrip()
    if not before.endswith((".", "!", "?")):
        return None
    stop = max(before.rfind(". ", 0, -1), before.rfind("! ", 0, -1), before.rfind("? ", 0, -1))
    sentence = before[stop + 2 :] if stop >= 0 else before
    named = {
        full
        for m in _FULL_NAME.finditer(sentence)
        if (full := known.full(m.group())) is not None and " " in full
    }
    return named.pop() if len(named) == 1 else None


# "X, the Danish teenager plucked from obscurity to play Y,": a name, then a description of the
# actor that tells how they came to play the part.
_CAST_TO_PLAY = re.compile(
    r"(?<![\w’'\-])([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,3}),\s+(?:the|a|an)\s+[^,;.()]{0,80}?\b"
    r"(?:cast|chosen|picked|plucked|hired|tapped|recruited|found|discovered)\b"
    r"[^,;.()]{0,40}?\bto\s+play\s+"
)


def _cast_to_play(text: str, known: Known, found: list[tuple[str, str | None]]) -> None:
    """ "X, the teenager plucked from relative obscurity to play Kamila Lund, is …": X plays
    the part named after "to play" (a character's name or a person described)."""
    for m in _CAST_TO_PLAY.finditer(text):
        name = m.group(1)
        actor = known.full(name) or (name if is_name(name) and _person_like(name) else None)
        if actor is None or fold(actor) in known.not_actors or _compared(text, m.start()):
            continue
        role = _role_phrase(text[m.end() : m.end() + 160])
        if role and _plausible_role(role) and known.full(role) is None:
            found.append((actor, role))


def _after_full_stop(words: list[str]) -> list[str]:
    """The words after the last one that ends a sentence ("Tom. Jack Lowden" gives "Jack
    Lowden"); an initial or a title's full stop ("J.", "Jr.", "Dr.") ends none."""
    for n in range(len(words) - 1, -1, -1):
        word = words[n]
        if (
            word.endswith(".")
            and len(word) > 2
            and word not in _HONORIFICS
            and not _ABBREVIATION_END.search(word)
        ):
            return words[n + 1 :]
    return words


def _plays_again(
    texts: list[str], wider: Known, singles: tuple[str, ...], found: list[tuple[str, str | None]]
) -> None:
    """ "Moore plays Elisabeth Sparkle" where only the first pass found who Moore is ("Demi
    Moore has not had a role like this"): "X plays Y" read again with the surnames it found,
    for the actors it credited without a role."""
    roleless = {fold(actor) for actor, role in found if not role} - {
        fold(actor) for actor, role in found if role
    }
    if not roleless:
        return
    for text in texts:
        if not any(map(text.__contains__, _PLAYS_WORDS)) or not any(
            map(text.__contains__, singles)
        ):
            continue
        more: list[tuple[str, str | None]] = []
        _plays(text, wider, more)
        found.extend((a, r) for a, r in more if r and fold(a) in roleless)


def _named_earlier(text: str, surname: str, end: int, known: Known) -> str | None:
    """The full name a lone surname stands for, when the paragraph spelt it out before `end`
    ("And then there is Meryl Streep. Streep plays …"); None when it did not, or when that
    person is crew."""
    if surname.lower() in _NOT_ROLE or len(surname) < 3:
        return None
    pattern = re.compile(
        rf"\b([A-Z][\w’'\-]+(?:\s+[A-Z]\.|\s+[A-Z][\w’'\-]+)?\s+{re.escape(surname)})\b"
    )
    found = None
    for m in pattern.finditer(text, 0, end):
        words = m.group(1).split()
        while words and words[0].lower() in _NOT_ROLE:
            words.pop(0)
        name = " ".join(words)
        if len(words) >= 2 and is_name(name) and fold(name) not in known.not_actors:
            found = name
    return found


_OBJECT_PRONOUNS = frozenset("him them it".split())


def _a_person(role: str) -> bool:
    """A short description of a person: "the Mattel boss", "his long-suffering wife"."""
    words = role.split()
    return (
        2 <= len(words) <= 5
        and words[0].lower() in _DETERMINERS
        and all(w[:1].islower() or (w[:1].isupper() and w.isalpha()) for w in words[1:])
        and _person_noun(words[-1])
    )


def _described(role: str) -> bool:
    """A role given as a description ("a fellow guest"), not a name."""
    return not role[:1].isupper() or role.split()[0].lower() in _DETERMINERS


_ROLE_PHRASE_END = re.compile(
    capitals(
        r"(?<!\b[A-Z])(?<!\b(?:Dr|Mr|Ms|St|Lt))(?<!\b(?:Mrs|Sgt|Col|Gen|Det))(?<!\bCapt)"
        r"(?<!\bProf)\.|[;:!?(]|\s[–—]\s|,?\s+and\s+[A-Z]|\s(?:who|whom|whose|which|that|with|plays|as"
        r"|and\s+(?:is|was|the|a|his|her))\b"
    )
)


def _role_phrase(text: str) -> str | None:
    """The role after "plays": a name ("Chani"), or the name a description ends in ("his
    uncle, the bloated Baron Harkonnen"), or the description ("the prosecutor")."""
    end = _ROLE_PHRASE_END.search(text)
    phrase = (text[: end.start()] if end else text[:100]).strip(" ,")
    words = phrase.split()
    first = words[0].lower() if words else ""
    if not first or first in _OBJECT_PRONOUNS or phrase == "her":
        return None  # "plays him as a swearing Catholic": how, not whom
    if first in ("that", "this") and "," in phrase:
        named = _described_name(words)
        if named and is_name(named):
            return named  # "plays that young garda, Aidan McBride, in …": the one named before
    head = words[1].lower() if first in _DETERMINERS and len(words) > 1 else first
    if head.strip(",") in NOT_ROLE_OBJECTS:
        return None
    # The owner may be a name of two or three words: "Hathi Ram's wife, Renu".
    own = next((k for k, w in enumerate(words[:3]) if w.endswith(("’s", "'s"))), 0)
    if own and not all(w[:1].isupper() and w.isalpha() for w in words[:own]):
        own = 0
    if (
        len(words) > own + 1
        and words[own].endswith(("’s", "'s"))
        and words[own + 1][:1].islower()
        and _person_noun(words[own + 1].strip(","))
        # (not "Tom's foreman Emil": the name right after the relation, read below)
        and not (
            words[own + 1][-1:] != "," and words[own + 2 : own + 3] and words[own + 2][:1].isupper()
        )
    ):
        # "Oz's mother, Francis": the name the description leads to, else the description.
        rest = phrase.split(",")
        if len(rest) > 1 and (lead := _leading_run(rest[1].split())):
            return lead
        return " ".join(w.strip(",") for w in words[: own + 2])
    if len(words) > 2 and words[0].endswith(("’s", "'s")) and words[1][:1].islower():
        # "Vicky's loyal, perpetually terrified friend Bittu": the name the description ends in
        return _described_name(words[1:])
    if phrase[:1].isupper() and first not in _NOT_ROLE:
        return _leading_run(phrase.split(",")[0].split()) or None
    aged = _AT_AN_AGE.match(phrase)
    name = _leading_run(phrase[aged.end() :].split(",")[0].split()) if aged else ""
    if aged and name and " " not in name:
        return phrase[: aged.end()] + name  # "the adult Sophie"
    named = _described_name(words)
    if named:
        return named
    first_part = _PREPOSITION_CUT.split(phrase.split(",")[0], maxsplit=1)[0].strip()
    words = first_part.split()
    if 1 <= len(words) <= 6 and words[0].lower() in _DETERMINERS and _person_noun(words[-1]):
        return first_part  # "a harbour master (in this quiet drama)"
    return None


_PREPOSITION_CUT = re.compile(r"\s(?:in|at|on|from|of|for|to|over|under|inside|behind)\s")


_NAME_JOINERS = frozenset("of the de da van von del la le and".split())


def _leading_run(words: list[str]) -> str:
    """The capitalised words a phrase starts with ("Ines Roan so completely …" gives "Ines
    Roan"), small joining words kept between them ("Queen of Hearts")."""
    run: list[str] = []
    for n, word in enumerate(words):
        capital = word[:1].isupper() or word[:1] in '“"‘'
        joining = word in _NAME_JOINERS and n + 1 < len(words) and words[n + 1][:1].isupper()
        if not joining and word in _PARTICLE_RUN and run:
            # "Wikus van de Merwe", "Ana de la Cruz": particles in a row, then the surname
            k = n + 1
            while k < len(words) and words[k] in _PARTICLE_RUN:
                k += 1
            joining = k < len(words) and k - n <= 2 and words[k][:1].isupper()
        if not (capital or joining):
            break
        run.append(word)
    return " ".join(run)


# The particles of a surname that may come two in a row.
_PARTICLE_RUN = frozenset("de da van von der den del la le du".split())


def _described_name(words: list[str]) -> str | None:
    """The name a short description ends in: "his uncle, the bloated Baron Harkonnen",
    "Emil's sister Ines"; None when a preposition or a verb comes first ("a teacher at a New
    England school")."""
    for n, word in enumerate(words):
        if word[:1].isupper():
            run: list[str] = []
            for k, w in enumerate(words[n:], n):
                bare = w.rstrip(",.;:")
                particle = bool(
                    run
                    and bare == w
                    and bare in _NAME_PARTICLES
                    and words[k + 1 : k + 2]
                    and words[k + 1][:1].isupper()
                )
                if not (bare[:1].isupper() or particle):
                    break  # (but "Gregorio del Pilar": a particle inside the name)
                run.append(bare)
                if bare != w:
                    break
            return " ".join(run) if n <= 5 else None
        low = word.lower().rstrip(",")
        if n and (low in _DESCRIPTION_STOPS or low in _DETERMINERS) and low not in _JOINERS:
            return None
    return None


_JOINERS = frozenset(("and", "the"))
# The small words inside a person's name: "Gregorio del Pilar", "Vincent van Gogh".
_NAME_PARTICLES = frozenset("del de da di du van von der den la le bin al el".split())


# Where a sentence names the character it is about: "The man is Lee Harlan", "there is Roy",
# "prefers to be called Ani".
_NAMING = re.compile(
    r"\b(?:is|was|there['’]s|called|named|nicknamed)\s+([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2})"
    r"(?=[,.;:!?]|\s+and\b|$)"
)


def _antecedent(
    text: str, start: int, end: int, known: Known, *, pronoun: bool = False
) -> str | None:
    """The character that "him", "her" or a description after a performance verb stands for:
    one the same sentence names before the actor ("The man is Lee Harlan, and X plays him"),
    or the sentence before introduces ("And then there is Roy. X plays a fellow guest")."""
    after = text[end : end + 12].lower()
    pronoun = pronoun or after.startswith(("him ", "him,", "her ", "her,", "them ", "him.", "her."))
    head = text[max(0, start - 240) : start]
    stops = [head.rfind(". "), head.rfind("! "), head.rfind("? ")]
    cut = max(stops)
    if cut > 0 and _INITIAL_STOP.match(head, cut - 1):
        # "Roy. J.K. Simmons plays …": an initial's full stop ends no sentence.
        ends = [m.start() for m in _SENTENCE_STOP.finditer(head)]
        cut = ends[-1] if ends else -1
    current = head[cut + 2 :] if cut >= 0 else head
    sex = pronoun_sex(text[end : end + 4])
    if pronoun:
        for m in reversed(list(_NAMING.finditer(current))):
            if (
                known.full(m.group(1)) is None
                and fold(m.group(1)) not in known.not_actors
                and not _unfit(current, m, sex)
            ):
                return m.group(1)
        related = _related_names(current, known, sex)
        if len(related) == 1:
            return related[0]  # "Her mother Kwang-rye is a diver, and X plays her"
    if cut < 0:
        return None
    previous = head[: cut + 1]
    begin = max(
        previous.rfind(". ", 0, -1), previous.rfind("! ", 0, -1), previous.rfind("? ", 0, -1)
    )
    previous = previous[begin + 2 if begin >= 0 else 0 :]
    if not pronoun and not _INTRODUCED.match(previous):
        return None  # a description stays, unless the sentence before only introduced a name
    for m in reversed(list(_NAMING.finditer(previous))):
        if (
            known.full(m.group(1)) is None
            and fold(m.group(1)) not in known.not_actors
            and not _unfit(previous, m, sex)
        ):
            return m.group(1)
    if pronoun:
        # "The trail leads to Sandhanam, a drug lord with three wives. X plays him": the one
        # person the sentence before names and describes.
        described = [
            m.group(1)
            for m in _NAME_THEN_APPOSITION.finditer(previous)
            if previous[: m.start()].strip()  # "Ah, the priest.": a first word is no name
            and m.group(1).split()[0].lower() not in _NOT_ROLE
            and known.full(m.group(1)) is None
            and fold(m.group(1)) not in known.not_actors
            and _described_as_person(previous, m.end(1))
            and not _unfit(previous, m, sex)
        ]
        if len(described) == 1:
            return described[0]
        related = _related_names(previous, known, sex)
        if len(related) == 1:
            return related[0]  # "His mother, Lee Mi-hyun, runs a restaurant. X plays her"
        opener = subject_described(previous)  # "Adeel is a taxi driver. He is played by X"
        if (
            opener
            and opener.split()[0].lower() not in _NOT_ROLE
            and known.full(opener) is None
            and fold(opener) not in known.not_actors
        ):
            return opener
        if sex:
            # "There is the husband, Sang-hwa, who … his wife, Seong-kyeong. X plays him"
            fits = [
                name
                for name in named_of_sex(previous, sex)
                if known.full(name) is None and fold(name) not in known.not_actors
            ]
            if len(fits) == 1:
                return fits[0]
    return None


# "his mother, Lee Mi-hyun", "Her mother Kwang-rye": a person named after a relation.
_RELATED_NAME = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w\-]+[’']s)\s+(?:[a-z][\w\-]*\s+){0,2}?([a-z][\w\-]*),?\s+"
    r"([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2})(?=[,.;:!?]|\s+(?:is|was|who|runs|has)\b)"
)


def _related_names(sentence: str, known: Known, sex: str = "") -> list[str]:
    """The people a sentence names after a relation or a description ("his mother, Lee
    Mi-hyun"), none of them a credited actor, nor of the sex other than `sex`."""
    return [
        m.group(2)
        for m in _RELATED_NAME.finditer(sentence)
        if _person_noun(m.group(1))
        and known.full(m.group(2)) is None
        and fold(m.group(2)) not in known.not_actors
        and m.group(2).split()[0].lower() not in _NOT_ROLE
        and not other_sex(sentence, m.start(2), m.end(2), sex)
    ]


def _unfit(sentence: str, m: re.Match[str], sex: str) -> bool:
    """Whether the name of `m` cannot be the part a pronoun stands for: quoted dialogue, or
    a person the sentence shows to be of the other sex (`part_sex`)."""
    return quoted(sentence, m.start(1)) or other_sex(sentence, m.start(1), m.end(1), sex)


_NAME_THEN_APPOSITION = re.compile(r"\b([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2})(?=,\s)")


def _respectively(text: str, known: Known, found: list[tuple[str, str | None]]) -> None:
    """ "A, B and C play X, Y and Z respectively"."""
    for m in re.finditer(r"\b(?:play|portray)\s+(.{3,160}?),?\s+respectively\b", text):
        head = text[max(0, m.start() - 200) : m.start()]
        cut = max(head.rfind(". "), head.rfind("; "))
        names = [
            n.strip()
            for n in re.split(r",\s*(?:and\s+)?|\s+and\s+", head[cut + 1 :].strip())
            if n.strip()
        ]
        roles = [r.strip() for r in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group(1)) if r]
        if (
            len(roles) == len(names) + 1
            and roles[0][:1].islower()
            and len(roles[0]) < 40
            and all(r[:1].isupper() for r in roles[1:])
        ):
            roles.pop(0)  # "play the three boys, Aju, Bibi and Shanthan respectively"
        if len(names) != len(roles) or not names:
            continue
        if not all(_is_person(n, known) for n in names):
            continue
        for name, role in zip(names, roles, strict=True):
            found.append((known.full(name) or name, role))


# "A and B play C and D", "A and B bring some heart as C and D", "A and B play the two
# grandmothers, C and D", "A and B are loathsome as harbour master C and chief clerk D": two
# actors and their two parts, in order (a post in lower case before a part is left off).
_NAME_WORDS = r"[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*){1,3}"
_PART_WORDS = r"[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2}"
_POST_WORDS = r"(?:(?!(?:the|a|an|and|his|her|their)\s)[a-z][\w’'\-]*\s+){0,2}"
# Read from each " and " between two capitalised words: the first actor ends there.
_PAIRED_REST = re.compile(
    rf"\s+and\s+({_NAME_WORDS})"
    r"\s+(?:play|(?:[a-z]+\s+){1,4}?as)\s+(?:the\s+(?:[a-z]+\s+){0,3}[a-z]+,\s+)?"
    rf"{_POST_WORDS}({_PART_WORDS})\s+and\s+{_POST_WORDS}({_PART_WORDS})"
    r"(?=[,.;:!?]|\s+(?:who|in|with|respectively)\b)"
)
# (after a sentence's opening word and its comma too: "Elsewhere, A and B …")
_PAIRED_FIRST = re.compile(
    rf"(?:^|[.;:!?]\s+|,\s+and\s+|\bwhile\s+)(?:[A-Z][a-z]+,\s+)?({_NAME_WORDS})$"
)


def _paired(text: str, known: Known, found: list[tuple[str, str | None]]) -> None:
    """ "A and B play C and D": each actor a full name (or one the page credits), each part a
    name that is no actor's."""
    at = text.find(" and ")
    while at != -1:
        m = (
            _PAIRED_REST.match(text, at)
            if at and text[at - 1].isalpha() and text[at + 5 : at + 6].isupper()
            else None
        )
        first = _PAIRED_FIRST.search(text, max(0, at - 120), at) if m else None
        at = text.find(" and ", at + 5)
        if m is None or first is None:
            continue
        actors = [_without_lead_noun(first.group(1)), m.group(1)]
        parts = [m.group(2), m.group(3)]
        if not all(is_name(a) or known.full(a) for a in actors):
            continue
        credited = {fold(actor) for actor, _ in found}
        if any(
            known.full(p) or fold(p) in known.not_actors or fold(p) in credited or p in actors
            for p in parts
        ):
            continue
        if any(p.split()[0].lower() in _NOT_ROLE for p in parts):
            continue
        if _compared(text, first.start(1)):
            continue
        for actor, part in zip(actors, parts, strict=True):
            found.append((known.full(actor) or actor, part))


# "A, B and C fare better as X, Y and Z", "A and B make a memorable pair as a shady doctor and
# the cop's wife", "A and B add some lightness as Marianne's friends X and Y", "A, B and C are
# the Commitmentettes – X, Y and Z": a list of actors, a few words of how they do, then as
# many parts as actors, in order. Read back from each " as " (or dash) that could open the parts.
_LISTED_NAMES = rf"(?<![\w’'\-])((?:{_NAME_WORDS},\s+)*{_NAME_WORDS},?\s+(?:and|&)\s+{_NAME_WORDS})"
_LISTED_BEFORE_AS = re.compile(rf"{_LISTED_NAMES}(?:,\s|\s+(?:[a-z][\w’'\-]*\s+){{1,6}})$")
_LISTED_BEFORE_DASH = re.compile(
    rf"{_LISTED_NAMES}\s+(?:are|play)\s+the\s+(?:[\w’'\-]+\s+){{0,2}}[\w’'\-]+\s$"
)
_LISTED_SPLIT = re.compile(r",\s+(?:and\s+|&\s+)?|\s+(?:and|&)\s+")
# One part: a name, after a possessive, a determiner or a post ("Mark's sister Devon", "her
# self-help-author husband Ricken") that is left off; or a described person ("a shady doctor").
_LISTED_PART = re.compile(
    r"(?:(?:[A-Z][\w\-]*[’']s|his|her|their|the|a|an)\s+)?(?:[a-z][\w’'\-]*\s+){0,2}"
    r"([A-Z][\w’'\-]*(?:\s+(?:de|del|van|von|da|di|le|la)?\s*[A-Z][\w’'\-]*){0,2})"
    r"|((?:a|an|the|his|her|their)\s+(?:[\w’'\-]+\s+){0,3}?[a-z][\w’'\-]*)"
    r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|&|who|whose|in|on|at|with|for)\b)"
)
# What may follow the last part: the clause ends, or a relative or a place is added.
_LISTED_END = re.compile(r"\s*(?:$|[,.;:!?)–—]|\s(?:who|whose|in|on|at|with|for)\b)")
# "A and B bring real pathos to X and Y Hadler": a verb of lending, a few words, then "to".
_LISTED_BEFORE_TO = re.compile(
    rf"{_LISTED_NAMES}\s+(?:bring|lend|give)s?\s+(?:[a-z][\w’'\-]*\s+){{1,4}}$"
)
_LENDING_WORDS = (" bring", " lend", " give")
_LISTED_CUES = (" as ", " – ", " — ", " to ")
_LISTED_PATTERNS = (
    (" as ", _LISTED_BEFORE_AS),
    (" – ", _LISTED_BEFORE_DASH),
    (" — ", _LISTED_BEFORE_DASH),
    (" to ", _LISTED_BEFORE_TO),
)


def _listed_as(text: str, known: Known, found: list[tuple[str, str | None]]) -> None:
    """ "A, B and C fare better as X, Y and Z" (see `_LISTED_NAMES`): every actor a full name
    or one the page credits, every part no actor's and no job behind the camera; "John and Pumla
    Dube" gives both the surname."""
    for cue, pattern in _LISTED_PATTERNS:
        if cue == " to " and not any(map(text.__contains__, _LENDING_WORDS)):
            continue
        at = text.find(cue)
        while at != -1:
            head = text[max(0, at - 200) : at + 1]
            start = at + len(cue)
            at = text.find(cue, start)
            if " and " not in head and " & " not in head:
                continue
            m = pattern.search(head)
            if m is None:
                continue
            names = _LISTED_SPLIT.split(m.group(1))
            names[0] = _without_lead_noun(names[0])
            parts = _listed_parts(text[start : start + 200], len(names))
            if parts is None or not all(is_name(n) or known.full(n) for n in names):
                continue
            credited = {fold(actor) for actor, _ in found}
            if any(
                known.full(p) or fold(p) in known.not_actors or fold(p) in credited or p in names
                for p in parts
            ):
                continue
            if _MAKING.search(" ".join(parts)) or _compared(text, start):
                continue
            for name, part in zip(names, parts, strict=True):
                found.append((known.full(name) or name, part))


def _without_lead_noun(name: str) -> str:
    """The name without a capitalised word about the person that opens its sentence
    ("Veterans Bruce Spence", "Newcomer Ana Lima", "Meanwhile Ana Lima")."""
    words = name.split()
    if len(words) < 3:
        return name
    low = words[0].lower()
    one = low.removesuffix("s")
    if low in _NOT_ROLE or one in _PROFESSIONS or _person_noun(one) or _person_noun(low):
        return " ".join(words[1:])
    return name


def _listed_parts(rest: str, count: int) -> list[str] | None:
    """The `count` parts that open `rest`, joined by commas and a last "and"; None when it
    holds no such list."""
    parts: list[str] = []
    pos = 0
    for n in range(count):
        m = _LISTED_PART.match(rest, pos)
        if m is None:
            return None
        part = m.group(1) or m.group(2)
        if m.group(1) and part.split()[0].lower() in _NOT_ROLE:
            return None  # "In", "Meanwhile": a word that opens a clause, not a name
        parts.append(part)
        pos = m.end()
        if n == count - 1:
            break
        joint = _LISTED_SPLIT.match(rest, pos)
        if joint is None or ("and" in joint.group() or "&" in joint.group()) != (n == count - 2):
            return None
        pos = joint.end()
    if not _LISTED_END.match(rest, pos):
        return None
    last = parts[-1].split()
    if count == 2 and len(last) == 2 and " " not in parts[0] and parts[0][0].isupper():
        parts[0] = f"{parts[0]} {last[-1]}"  # "John and Pumla Dube"
    return parts


# "X, who also wrote the script, appears briefly as", "X also stars as": someone named in full
# or by surname, then a verb of performing and "as" ("also" or "briefly" before the verb).
_SELF_CAST = re.compile(
    r"(?<![\w’'\-])([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2})(?:,\s[^,.;]{3,90},)?\s+"
    r"(?:(?:also|briefly|even|herself|himself)\s+)*(?:stars|appears|turns\s+up|cameos)\s+"
    r"(?:(?:briefly|too|herself|himself)\s+)?as\s+"
)
# The word that says so: someone known for other work "also" performs, or "briefly".
_SELF_CAST_WORDS = ("also ", "briefly ")


def makers_acting(texts: list[str], makers: Iterable[str]) -> list[tuple[str, str]]:
    """(maker, part) for each maker of the film the prose says also performs ("also" or
    "briefly" says so), by full name or surname: "Nnaji also stars as Ada Lund", "X, who also
    wrote the script, appears briefly as Zain's lawyer". A surname stands for the one maker,
    else the one full name the texts give it. Never a part that is a maker's job."""
    found: list[tuple[str, str]] = []
    by_surname: dict[str, set[str]] = {}
    for maker in makers:
        if " " in maker:
            by_surname.setdefault(maker.split()[-1], set()).add(maker)
    for text in texts:
        if " as " not in text or not any(map(text.__contains__, _SELF_CAST_WORDS)):
            continue
        for m in _cues(_SELF_CAST, text, _SELF_CAST_WORDS, 130, reach=110):
            if not any(map(m.group().__contains__, _SELF_CAST_WORDS)):
                continue
            name = m.group(1)
            if " " in name:
                makers_named = {name} if name.split()[-1] in by_surname else set()
            else:
                makers_named = by_surname.get(name) or _full_names(texts, name)
            if len(makers_named) != 1:
                continue
            roles = _split_roles(text[m.end() : m.end() + 160], 1)
            if (
                roles
                and _plausible_role(roles[0])
                and not _CREW_ROLE.match(roles[0])
                and roles[0].split()[-1].lower() not in _MAKERS_OR_PERFORMERS
            ):
                found.append((makers_named.pop(), roles[0]))
    return found


def _full_names(texts: list[str], surname: str) -> set[str]:
    """The full names (two or three words) ending in `surname` that the texts give."""
    pattern = re.compile(rf"\b[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?\s+{re.escape(surname)}\b")
    return {
        m.group()
        for text in texts
        if surname in text
        for m in pattern.finditer(text)
        if is_name(m.group()) and _person_like(m.group())
    }


# --- directors -------------------------------------------------------------------------------

_FILM_NOUNS = (
    r"(?:film|movie|drama|comedy|thriller|adaptation|debut|feature|follow-up|sequel|prequel|epic"
    r"|western|picture|documentary|masterpiece|remake|satire|romance|horror|musical|melodrama"
    r"|biopic|fable|noir|chiller|rom-?com|latest|new\s+film|new\s+movie|first\s+feature"
    r"|second\s+feature"
    r"|palme\s+d[’']or\s+winner|crime\s+saga|war\s+film|fever\s+dream|opus|effort|return"
    r"|venture|outing|offering|directorial)"
)
_POSSESSIVE_FILM = re.compile(
    rf"[’']s\s+(?:[\w’'\-]+\s+){{0,3}}?{_FILM_NOUNS}\b",
    re.IGNORECASE,
)
_DIRECTS = re.compile(
    r",?\s+(?:who\s+(?:[a-z]+\s+){0,4}?)?(?:directs|directed|helms|helmed|co-directs"
    r"|co-directed|(?<=[a-z]\s)(?:direct|co-direct|helm))\b(?!\s+by\b)"
)
_DIRECTORIAL = re.compile(r"(?<=[\w.])\s+directorial\b")
_DIRECTORIAL_DEBUT = re.compile(
    r"\s+(?:makes|made|marks|is\s+making)\s+(?:her|his|their)\s+(?:feature\s+)?directorial\s+debut\b"
)
# "the second feature from X", "the new film from X": a film's maker.
_FILM_FROM = re.compile(
    r"\b(?:film|feature|movie|drama|picture|documentary|effort|outing|comedy|thriller|latest)"
    r"\s+from\s+(?:(?:writer-)?director\s+|filmmaker\s+)?(?=[A-Z])"
)


def _not_a_name(word: str) -> bool:
    """A capitalised word that is no one's name: a sentence opener, a determiner, a title."""
    return not is_name(f"{word} Name") or word.lower() in _NOT_ROLE


_DIRECTOR_LIST = re.compile(r"\bdirectors?,?\s+(?:are\s+|were\s+|include\s+)?", re.IGNORECASE)
_DIRECTOR_WORD = re.compile(
    r"\b(?:Directors?|Filmmakers?|Co-directors?|Writer-directors?|Writer/directors?)\s+"
)
# "The director, James Strong, …", "its Mexican filmmaker, Issa López, …"
_DIRECTOR_APPOSED = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w-]+\s+){0,2}?(?:director|filmmaker)s?,\s+"
)
# "Issa López, the Mexican filmmaker behind …": the name before such an apposition.
# (Not another job called director: "Diane Polley, an actor and casting director".)
_APPOSED_DIRECTOR = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?<!casting\s)(?<!art\s)(?<!music\s)(?<!musical\s)(?<!creative\s)(?<!news\s)"
    r"(?<!artistic\s)(?<!managing\s)(?<!executive\s)(?<!assistant\s)(?<!photography\s)"
    r"(?:director|filmmaker|helmer|auteur)\b(?![’'-])"
)
# "The direction, by Michael Lennox, …", "X's direction", "helmed, with flair, by X".
_DIRECTION_BY = re.compile(r"\bdirection,?\s+(?:here\s+)?(?:is\s+)?by\s+", re.IGNORECASE)
# "with X directing", "with X at the helm": a name, looked at after "with".
_WITH_DIRECTING = re.compile(r"\b[Ww]ith\s+(?=[A-Z])")
# "The direction is split between A and B", "direction was shared by A and B"
_DIRECTION_SHARED = re.compile(
    r"\bdirection,?\s+(?:here\s+)?(?:is|was)\s+(?:split|shared|divided)\s+(?:between|by)\s+",
    re.IGNORECASE,
)
_OWN_DIRECTION = re.compile(r"[’']s\s+(?:[a-z]+\s+){0,2}?direction\b")
# How a director handles the film: "Baker shoots the honeymoon as a blur", "López stages it".
_DIRECTING = re.compile(
    r"\s(?:shoots|stages|frames|films|directs|choreographs)\s+(?:it|this|that|the|her|his|their"
    r"|each|every|everything|these|those|much|most|all|scenes?)\b"
)


# Who is "behind the camera" (the sentence after it opening on a name, or the name after a
# comma or "is"): the film's director, unless the words before name another job.
_BEHIND_CAMERA = re.compile(r"(?i:\bbehind\s+the\s+camera)(?:[.:]\s+|,\s+|\s+(?:is|was)\s+)")


def prose_directors(
    texts: list[str],
    surnames: dict[str, str],
    cast: set[str],
    title: str = "",
    crew: frozenset[str] = frozenset(),
) -> tuple[list[str], list[list[str]]]:
    """(strong, weak) directors named in prose: "Director X", "X, who directs", "the season's
    three directors, A, B and C" are strong; "X's drama", "X's debut feature" weak. The weak
    come in groups, most votes first: one name, or two named together as the film's makers."""
    strong: dict[str, str] = {}
    weak: dict[str, int] = {}
    names: dict[str, str] = {}

    def full(name: str) -> str | None:
        if is_name(name):
            return name
        return surnames.get(fold(name))

    def vote(name: str | None, points: int) -> None:
        if name and fold(name) not in cast and fold(name) not in crew:
            key = fold(name)
            names.setdefault(key, name)
            weak[key] = weak.get(key, 0) + points

    def take(name: str | None, *, named: bool = False) -> None:
        # (a name the page calls the director in so many words may be cast too: "X, the
        # director, plays Femi himself")
        if name and (named or fold(name) not in cast):
            strong.setdefault(fold(name), name)

    partners: dict[str, str] = {}
    owned_marks = [f"{ap} {q}{title}" for ap in ("’s", "'s") for q in ("", "‘", "“", '"', "'")]
    # (a name ending in "s" may take the apostrophe alone: "Charlotte Wells' Aftersun")
    s_marks = [f"{ap} {q}{title}" for ap in ("s’", "s'") for q in ("", "‘", "“", '"', "'")]

    def vote_all(found: Sequence[str | None], points: int) -> None:
        """One vote each; two names found together ("Danny and Michael Philippou's film",
        "the Daniels (A and B)") stay together, unless one of them is cast or crew."""
        named = [n for n in found if n]
        if len(named) == 2 and not any(fold(n) in cast or fold(n) in crew for n in named):
            partners[fold(named[0])] = fold(named[1])
            partners[fold(named[1])] = fold(named[0])
        for name in named[:1] if len(named) == 2 and fold(named[0]) not in partners else named:
            vote(name, points)

    for text in texts:
        low = text.lower()
        if "director" in low or "filmmaker" in low:
            for m in _DIRECTOR_WORD.finditer(text):
                if _compared(text, m.start()):
                    continue
                for listed in _name_list(text, m.end()):
                    take(listed, named=True)
            for m in _DIRECTOR_APPOSED.finditer(text):
                take(name_after(text, m.end()), named=True)
            for m in _APPOSED_DIRECTOR.finditer(text):
                if not _compared(text, m.start()):
                    take(name_before(text, m.start(), object_ok=True), named=True)
        if " directing" in text or " at the helm" in text:
            for m in _WITH_DIRECTING.finditer(text):
                # "with Hiro Murai directing the premiere", "with X at the helm"
                name = name_after(text, m.end())
                doing = text[m.end() + len(name) : m.end() + len(name) + 14] if name else ""
                if doing.startswith((" directing", " at the helm")) and not _compared(
                    text, m.start()
                ):
                    take(name)
        if "direction" in low:
            for m in _DIRECTION_BY.finditer(text):
                take(name_after(text, m.end()))
            for m in _DIRECTION_SHARED.finditer(text):
                for listed in _name_list(text, m.end()):
                    take(listed)
            for m in _OWN_DIRECTION.finditer(text):
                vote(name_before(text, m.start()) or _surname(text, m.start(), surnames), 2)
        for m in _DIRECTING.finditer(text):
            end = m.start()
            aside = _ASIDE_END.search(text, max(0, end - 80), end)
            if aside:
                end = aside.start()  # "Miller, working with the cinematographer X, shoots it"
            doer = name_before(text, end) or _surname(text, end, surnames)
            if doer and not _crew_named(text, end - len(doer)):
                vote(doer, 1)
        if "direct" in text or "helm" in text:
            for m in _DIRECTS.finditer(text):
                if m.group().lstrip(", ").startswith(("direct ", "co-direct ", "helm ")) and not (
                    _PAIR_BEFORE.search(text, max(0, m.start() - 80), m.start())
                ):
                    continue  # "A and B direct": a plural verb needs two people before it
                end = _before_relative(text, m.start())
                for at, written in _pair_before(text, end) or _subject(text, end):
                    name = full(written)
                    if name and fold(name) not in cast and not _crew_named(text, at):
                        strong.setdefault(fold(name), name)
            for m in _DIRECTORIAL_DEBUT.finditer(text):
                # "X makes her directorial debut": X directs
                name = name_before(text, m.start())
                if name and fold(name) not in cast and not _crew_named(text, m.start() - len(name)):
                    strong.setdefault(fold(name), name)
            for m in _DIRECTORIAL.finditer(text):
                # "the Sukumar directorial", "this Atlee directorial": Indian outlets' usage.
                if text.endswith(("’s", "'s"), 0, m.start()):
                    continue  # "X's directorial venture": a possessive, read below
                word = _LAST_WORD.search(text, max(0, m.start() - 40), m.start())
                name = name_before(text, m.start()) or (
                    full(word.group(1)) or word.group(1)
                    if word and word.group(1)[:1].isupper() and not _not_a_name(word.group(1))
                    else None
                )
                if name and fold(name) not in cast and not _crew_named(text, m.start() - len(name)):
                    strong.setdefault(fold(name), name)
            for m in _DIRECTOR_LIST.finditer(text):
                rest = text[m.end() : m.end() + 200]
                stop = re.search(r"[.;:(]|\s(?:who|have|has|are|were|shoot|share|give)\b", rest)
                items = re.split(r",\s*(?:and\s+)?|\s+and\s+", rest[: stop.start()] if stop else "")
                found = [i.strip() for i in items if is_name(i.strip())]
                if len(found) >= 2 and len(found) == len([i for i in items if i.strip()]):
                    for name in found:
                        strong.setdefault(fold(name), name)
        if title and title in text:
            # "Greta Gerwig's Lady Bird", "Kunle Afolayan’s ‘Anikulapo’": a name owning the
            # film's own title
            s_owned = "s’ " in text or "s' " in text
            for mark in [*owned_marks, *s_marks] if s_owned else owned_marks:
                where = text.find(mark)
                if where <= 0 or _compared(text, where):
                    continue  # (not "the 2014 remake, in which X's RoboCop …": another film's)
                # ("Wells' Aftersun": the name ends at its "s", the mark's first letter)
                at = where + 1 if mark[0] == "s" else where
                # ("… to Greta Gerwig's Lady Bird": the owner may follow a preposition)
                name = name_before(text, at, object_ok=True)
                after = text[where + len(mark) : where + len(mark) + 40].split()
                if name and (
                    _crew_named(text, at - len(name))
                    or (after and after[0].strip(".,;:!?").lower() in _CREW_WORKS)
                ):
                    continue  # "Composer X's Oppenheimer score", "X's Oppenheimer photography"
                if name and fold(name) not in cast:
                    key = fold(name)
                    names.setdefault(key, name)
                    weak[key] = weak.get(key, 0) + 2
        if " from " in text:
            for m in _FILM_FROM.finditer(text):
                if _compared(text, m.start()):
                    continue
                vote_all(_pair_after(text, m.end()) or [name_after(text, m.end())], 2)
        if "’s" in text or "'s" in text:
            for m in _POSSESSIVE_FILM.finditer(text):
                between = m.group().split()[1:-1]
                if any(w.lower() in _CREW_WORKS or w.lower() in _LINKING for w in between):
                    continue  # "X's camera turns the film …": crew's work, not the film
                if any(_YEAR_WORD.fullmatch(w) for w in between) or _YEARS_BEFORE.search(
                    text, max(0, m.start() - 60), m.start()
                ):
                    continue  # "Murnau's 1922 silent film", "forty years after X's adaptation"
                name = name_before(text, m.start()) or _owner_after_preposition(text, m.start())
                if name is not None and _crew_named(text, m.start() - len(name)):
                    continue
                if name is None:
                    # A surname alone ("Villeneuve's film"), not a full name that name_before
                    # turned down ("a nod to Ines Morrow's film")
                    head = text[max(0, m.start() - 30) : m.start()]
                    word = re.search(r"([A-Z][\w\-]+)$", head)
                    before = head[: word.start()].split()[-1:] if word else []
                    if word and not (before and before[0][:1].isupper()):
                        name = surnames.get(fold(word.group(1)))
                owners: list[str | None] = [name]
                if name and (sibling := _sibling_before(text, m.start() - len(name))):
                    owners.insert(0, f"{sibling} {name.split()[-1]}")  # "A and B Surname's film"
                vote_all(owners, 1)
        if " and " in text and any(map(low.__contains__, _COLLABORATOR_WORDS)):
            for m in _WITH_COLLABORATOR.finditer(text):
                # "Payne and his screenwriter", "Scorsese and his longtime editor, Thelma
                # Schoonmaker": the one who works with the film's writer or editor
                end = m.start() + len(m.group(1))
                who = name_before(text, end) or _surname(text, end, surnames)
                if who and not _crew_named(text, end - len(who)):
                    vote(who, 2)
        if " made " in text or " makes " in text or " crafted " in text:
            for m in _MADE_FILM.finditer(text):
                if _compared(text, m.start()):
                    continue
                end = _before_relative(text, m.start())
                makers: list[str | None] = list(_pair_in_brackets(text, end)) or [
                    name_before(text, end) or _surname(text, end, surnames)
                ]
                vote_all([n for n in makers if n and not _crew_named(text, end - len(n))], 2)
        if " made by " in text or "directing credit" in low:
            _made_by(text, take)
        if "behind the camera" in low:
            for m in _BEHIND_CAMERA.finditer(text):
                # "the guy behind the camera. Denis Villeneuve, who …", "Behind the camera, X"
                name = name_after(text, m.end())
                if name and not _crew_named(text, m.start()):
                    vote(name, 2)
    ranked = sorted(weak, key=lambda k: -weak[k])
    groups: list[list[str]] = []
    grouped: set[str] = set()
    for key in ranked:
        if key in grouped:
            continue
        group = [key]
        partner = partners.get(key)
        if partner in weak and partner not in grouped and weak[partner] == weak[key]:
            group.append(partner)
        grouped.update(group)
        groups.append([names[k] for k in group])
    return list(strong.values()), groups


# "The film was made by A and B": its makers, named after the work itself.
_WORK_MADE_BY = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Ii]ts)\s+(?:film|documentary|movie|picture)\s+(?:was|is)\s+"
    r"(?:(?:mostly|largely|jointly)\s+)?made\s+by\s+(?=[A-Z])"
)
# "A and B, who share the directing credit": both direct.
_SHARE_CREDIT = re.compile(
    r",?\s+(?:who\s+)?(?:share|shared|split)\s+(?:the\s+|a\s+)?(?:co-)?directing\s+credits?\b"
)


def _made_by(text: str, take: Callable[[str | None], None]) -> None:
    """ "The film was made by A and B", "… by C and D, who share the directing credit"."""
    for m in _WORK_MADE_BY.finditer(text):
        if not _compared(text, m.start()):
            for name in _name_list(text, m.end()):
                take(name)
    for m in _SHARE_CREDIT.finditer(text):
        for _, name in _pair_before(text, m.start()):
            if is_name(name) and not _crew_named(text, text.rfind(name, 0, m.start())):
                take(name)


_LINKING = frozenset("is are was were turns makes gives keeps lends helps".split())
# Another film's year or age before "X's film": "X's 1973 film", "forty years after X's …".
_YEAR_WORD = re.compile(r"(?:19|20)\d\d")
_YEARS_BEFORE = re.compile(r"\b(?:years|decades)\s+(?:after|since|before)\s+[^.;]*$")
# "Joanna Calo and Ramy Youssef direct", "Kwan and Scheinert, who co-direct": two names.
_PAIR_BEFORE = re.compile(
    r"([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,3}),?\s+(?:and|&)\s+"
    r"([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,3}),?$"
)


def _pair_before(text: str, end: int) -> list[tuple[int, str]]:
    """The two names joined by "and" right before `end` (a verb's subject), with where each
    starts."""
    m = _PAIR_BEFORE.search(text, max(0, end - 80), end)
    if m is None:
        return []
    return [(m.start(1), m.group(1)), (m.start(2), m.group(2))]


# A relative clause or a bracket between a subject and its verb: "Storer, who created the
# show, directs", "Song (who also wrote it) has made".
_RELATIVE_ASIDE = re.compile(
    r"(?:,\s+(?:who|whose)\s+[^,()]{3,80},?|\s+\((?:who|whose)\s+[^()]{3,80}\))\s*$"
)


def _before_relative(text: str, end: int) -> int:
    """Where the subject of a verb at `end` ends, past a relative clause set off before it."""
    m = _RELATIVE_ASIDE.search(text, max(0, end - 100), end)
    return m.start() if m else end


# "X has made a tender film", "X makes a film of rare grace": the film's maker (not "makes her
# film debut", an actor's first part).
# A name, then the people one makes a film with: "X and his longtime editor", "X and her
# co-writer, Y", "X and their cinematographer".
_WITH_COLLABORATOR = re.compile(
    r"([A-Z][\w’'\-]+)\s+and\s+(?:(?:his|her|their)\s+)?(?:(?:longtime|long-time|frequent|regular"
    r"|usual|trusted)\s+)?(?:co-?writer|co-?screenwriter|screenwriter|editor|cinematographer"
    r"|director\s+of\s+photography|dp|writing\s+partner)s?\b"
)
# Every match of _WITH_COLLABORATOR holds one of these (lowercased): a cheap test first.
_COLLABORATOR_WORDS = ("writer", "editor", "cinematographer", "photography", " dp", "partner")
_MADE_FILM = re.compile(
    r",?\s+(?:has\s+|have\s+|now\s+|again\s+)?(?:made|makes|crafted|crafts)\s+(?:a|an|his|her"
    r"|their)\s+(?:[\w’'-]+\s+){0,3}?(?:film|movie|feature|picture|documentary)(?![\w’'-]|\s+debut)"
)
_FIRST_AND = re.compile(r"(?<![\w’'-])([A-Z][a-z]+)\s+(?:and|&)\s+$")
_PAIR_NAMES = re.compile(
    r"\s*([A-Z][\w’'\-]+)\s+(?:and|&)\s+([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,2})"
    r"(?=[’'\s,.;:!?)]|$)"
)
_BRACKET_PAIR = re.compile(r"\(([^()]{5,80})\s+(?:and|&)\s+([^()]{5,60})\)\s*$")


def _sibling_before(text: str, start: int) -> str | None:
    """The first name in "Danny and Michael Philippou", when the full name starts at `start`."""
    m = _FIRST_AND.search(text, max(0, start - 30), start)
    if m is None or m.group(1).lower() in _NOT_ROLE or not is_name(f"{m.group(1)} Name"):
        return None
    return m.group(1)


def _pair_after(text: str, start: int) -> list[str]:
    """ "Danny and Michael Philippou" at `start`: both full names; [] for anything else."""
    m = _PAIR_NAMES.match(text, start)
    if m is None or not is_name(m.group(2)) or not is_name(f"{m.group(1)} Name"):
        return []
    return [f"{m.group(1)} {m.group(2).split()[-1]}", m.group(2)]


def _pair_in_brackets(text: str, end: int) -> list[str]:
    """ "The Daniels (Daniel Kwan and Daniel Scheinert)" right before `end`: the two names."""
    m = _BRACKET_PAIR.search(text, max(0, end - 160), end)
    if m is None:
        return []
    pair = [m.group(1).strip(), m.group(2).strip()]
    return pair if all(is_name(name) for name in pair) else []


# The preposition before "X's film" (not "a nod to X's film", "a sequel to X's film").
_PREPOSITION_BEFORE = re.compile(
    r"(?:\b(?:in|of|with|from|by|for|on|at)"
    r"|(?<!\bnod)(?<!\bhomage)(?<!\btribute)(?<!\bsequel)(?<!\bprequel)(?<!\bsimilar)"
    r"(?<!\bsuccessor)(?<!\banswer)(?<!\bfollow-up)(?<!\bcompanion)\s+to)\s+$"
)


def _owner_after_preposition(text: str, end: int) -> str | None:
    """The name owning "'s film" right after a preposition ("in Celine Song's tender film"),
    which `name_before` refuses since after "in" a capitalised run is mostly a title."""
    name = name_before(text, end, object_ok=True)
    if name is None:
        return None
    head = text[max(0, end - len(name) - 12) : end - len(name)]
    return name if _PREPOSITION_BEFORE.search(head) and not _compared(text, end) else None


_SUBJECT = re.compile(r"([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,3}),?$")


def _subject(text: str, end: int) -> list[tuple[int, str]]:
    """The capitalised run right before `end` ("Nolan, who directs"), with where it starts."""
    m = _SUBJECT.search(text, max(0, end - 60), end)
    if m is None:
        return []
    words = m.group(1).split()
    at = m.start(1)
    while len(words) > 2 and not is_name(" ".join(words)):
        at += len(words.pop(0)) + 1  # "Showrunner Mara Olsen directs": the name is the end
    return [(at, " ".join(words))]


# Words right before a name that make its owner crew: "cinematographer X", "DP X", "shot by
# X", "the score by the late X", "director of photography X", "music director X".
_CREW_CUE = re.compile(
    r"(?:\b(?:cinematographers?|director\s+of\s+photography|DoP|DOP|DP|D\.P\.|editors?|composers?"
    r"|(?:co-)?writers?|screenwriters?|producers?|designers?|novelist|author|lensman|photographer"
    r"|(?:music|art|casting)\s+director|lyricist|choreographer|songwriter"
    r"|(?:shot|lensed|photographed|filmed|edited|scored|written|penned|produced|designed|composed"
    r"|cut|lit|adapted|created|co-created|developed)\s+by"
    r"|(?:cinematography|photography|camerawork|camera\s+work|lensing|editing|score|music|screenplay"
    r"|script|songs|soundtrack|design|visuals|images)\s+(?:is\s+|are\s+)?(?:by|from))[,:]?"
    r")\s+(?:the\s+)?(?:(?:late|great|veteran|legendary|gifted|brilliant)\s+)?$",
    re.IGNORECASE,
)
# What a crew member's name owns: "X's camera", "X's Oppenheimer score".
_CREW_WORKS = frozenset(
    """
    camera camerawork cinematography photography lens lensing lighting frames framing images
    visuals score music soundtrack songs song editing edit cutting cuts script screenplay
    writing design production costumes effects sound compositions composition theme themes
    """.split()
)


def _crew_named(text: str, start: int) -> bool:
    """True when the name starting at `start` is introduced as crew, not as the director."""
    return _CREW_CUE.search(text, max(0, start - 60), start) is not None


def _surname(text: str, end: int, surnames: dict[str, str]) -> str | None:
    """The full name a lone surname right before `end` stands for, if the page gives one."""
    word = _LAST_WORD.search(text, max(0, end - 30), end)
    return surnames.get(fold(word.group(1))) if word and word.group(1)[:1].isupper() else None


def _name_list(text: str, start: int) -> list[str]:
    """ "Weronika Tofilska and Josephine Bornebusch": one or two names from `start`."""
    first = name_after(text, start)
    if first is None:
        return []
    at = text.find(first, start) + len(first)
    rest = text[at : at + 8]
    if rest.startswith((" and ", " & ")):
        second = name_after(text, at + rest.index(" ", 1) + 1)
        if second:
            return [first, second]
    return [first]


# --- one actor under several names -----------------------------------------------------------

_SUFFIXES = frozenset(("jr", "sr", "ii", "iii"))
_INITIALS_IN = re.compile(r"\b[A-Z]{2,4}\b|\b[A-Z]\.")
_TITLE_WORDS_BEFORE = frozenset(("mr", "mrs", "ms", "miss", "dr", "sir", "dame"))


@dataclass(frozen=True, slots=True)
class _NameForm:
    """A name cut into the words that say who someone is: initials ("N.T.", "NTR") one letter
    each, the rest folded; "Jr." and the like apart."""

    core: tuple[tuple[str, bool], ...]  # (folded word or letter, is an initial)
    suffix: str
    #: How much of a name this form writes out: words, whole words, a suffix.
    fullness: tuple[int, int, bool] = (0, 0, False)
    #: Made of initials only ("NTR", "SRK").
    initials: bool = False

    @classmethod
    def of(cls, name: str) -> _NameForm:
        core: list[tuple[str, bool]] = []
        suffix = ""
        for raw in name.replace(",", " ").split():
            bare = raw.strip(".")
            letters = bare.replace(".", "")
            low = fold(letters)
            if not low:
                continue
            if low in _SUFFIXES and core:
                suffix = low
            elif low in _TITLE_WORDS_BEFORE and not core:
                continue  # "Mr. Bachchan"
            elif "." in raw.rstrip(".") or (len(letters) == 1 and letters.isalpha()):
                core.extend((ch, True) for ch in fold(letters))  # "N.T.", "J."
            elif letters.isupper() and 2 <= len(letters) <= 4 and letters.isalpha():
                core.extend((ch, True) for ch in low)  # "NTR", "SRK"
            else:
                core.append((low, False))
        whole = sum(1 for _, initial in core if not initial)
        return cls(tuple(core), suffix, (len(core), whole, bool(suffix)), bool(core) and not whole)


def _same_word(short: tuple[str, bool], full: tuple[str, bool]) -> bool:
    (word, initial), (other, other_initial) = short, full
    if initial or other_initial:
        return word[:1] == other[:1]
    return word == other


def _alias_of(short: _NameForm, full: _NameForm) -> bool:
    """True when `short` is another way of writing `full`: the same words ("NT Rama Rao Jr"
    and "N.T. Rama Rao Jr."), its last words ("De Niro" for "Robert De Niro", "Rama Rao Jr."
    for "N.T. Rama Rao Jr."), or its initials ("NTR Jr" for "N.T. Rama Rao Jr.", "SRK" for
    "Shah Rukh Khan")."""
    if not short.core or short.fullness >= full.fullness:
        return False
    if short.suffix and short.suffix != full.suffix:
        return False
    if full.suffix != short.suffix and len(short.core) == len(full.core):
        return False  # "Lal" and "Lal Jr.": father and son
    tail = full.core[len(full.core) - len(short.core) :]
    if all(_same_word(a, b) for a, b in zip(short.core, tail, strict=True)):
        return any(not initial for _, initial in short.core) or len(short.core) == len(full.core)
    if len(short.core) >= 2 and all(initial for _, initial in short.core):
        head = full.core[: len(short.core)]
        if all(a[0] == b[0][:1] for a, b in zip(short.core, head, strict=True)):
            return bool(short.suffix) or len(short.core) == len(full.core)
    return False


def _head_of(short: _NameForm, full: _NameForm) -> bool:
    """True when `short`, two whole words or more, is how `full` begins, one or two words
    shorter ("Tony Leung" for "Tony Leung Chiu-wai", "Mary Jo Hale" for "Mary Jo Hale Dunn"):
    a caption or a first mention gives the short form, the text the full one."""
    if short.suffix or len(short.core) < 2 or not 1 <= len(full.core) - len(short.core) <= 2:
        return False
    if any(initial for _, initial in short.core):
        return False
    return full.core[: len(short.core)] == short.core


def _heads(forms: list[_NameForm]) -> dict[tuple[tuple[str, bool], ...], list[int]]:
    """The names that begin with the same two whole words, by those words (where one may be
    another's `_head_of`)."""
    by_head: dict[tuple[tuple[str, bool], ...], list[int]] = {}
    for j, form in enumerate(forms):
        if len(form.core) >= 2:
            by_head.setdefault(form.core[:2], []).append(j)
    return {head: members for head, members in by_head.items() if len(members) > 1}


def merge_aliases(
    cast: Iterable[Credit], credited: set[str] | frozenset[str]
) -> tuple[Credit, ...]:
    """The cast with each actor once: another form of a name the cast holds ("De Niro" for
    "Robert De Niro", "NTR Jr" for "N.T. Rama Rao Jr.") is folded into it, keeping the form a
    cast list credits (its key in `credited`), else the fullest, and a role either has. Two
    names a cast list gives apart stay apart; a lone surname that could be several actors' is
    dropped unless a cast list gives it."""
    credits = list(cast)
    if len(credits) < 2:
        return tuple(credits)
    lasts = {fold(c.actor.rsplit(None, 1)[-1].strip(".")) for c in credits if c.actor.strip()}
    firsts = {fold(" ".join(c.actor.split()[:2])) for c in credits}
    if (
        len(lasts) == len(credits)
        and len(firsts) == len(credits)
        and not any(_INITIALS_IN.search(c.actor) for c in credits)
    ):
        # no two names end alike nor begin alike, and none is initials: nothing to merge
        return tuple(credits)
    forms = [_NameForm.of(c.actor) for c in credits]
    heads = _heads(forms)
    keys = [fold(c.actor) for c in credits]

    def alias(i: int, j: int) -> bool:
        if i == j or (keys[i] in credited and keys[j] in credited):
            return False
        if forms[i].core == forms[j].core and forms[i].suffix == forms[j].suffix:
            return (keys[j] in credited, -j) > (keys[i] in credited, -i)  # one of two spellings
        if keys[i] not in credited and _head_of(forms[i], forms[j]):
            return True  # (a cast list's "Shah Rukh" is its own misreading, not a short form)
        return _alias_of(forms[i], forms[j])

    # Only names ending alike can be one another's tail; initials are compared with every name.
    by_last: dict[str, list[int]] = {}
    for j, form in enumerate(forms):
        if form.core:
            by_last.setdefault(form.core[-1][0][:1], []).append(j)
    everyone = range(len(credits))
    owners = {
        i: {
            j
            for j in (
                everyone
                if forms[i].initials
                else {*by_last.get(forms[i].core[-1][0][:1], ()), *heads.get(forms[i].core[:2], ())}
            )
            if alias(i, j)
        }
        if forms[i].core
        else set()
        for i in everyone
    }
    parent: dict[int, int] = {}
    for i, mine in owners.items():
        direct = {j for j in mine if not owners[j] & mine}  # the fullest forms among them
        if len(direct) == 1:
            parent[i] = direct.pop()
        elif len(direct) > 1 and len(forms[i].core) == 1 and keys[i] not in credited:
            parent[i] = -1  # "Kapoor" beside Anil and Ranbir Kapoor: nobody in particular
    if not parent:
        return tuple(credits)

    def root(i: int) -> int:
        seen = 0
        while i in parent and i >= 0 and seen <= len(credits):
            i, seen = parent[i], seen + 1
        return i

    groups: dict[int, list[int]] = {}
    for i in range(len(credits)):
        top = root(i)
        if top >= 0:
            groups.setdefault(top, []).append(i)
    out: list[tuple[int, Credit]] = []
    for top, members in groups.items():
        named = [i for i in members if keys[i] in credited]
        keep = named[0] if len(named) == 1 else top
        role = credits[keep].role or next(
            (credits[i].role for i in members if credits[i].role), None
        )
        out.append((min(members), Credit(credits[keep].actor, role)))
    return tuple(credit for _, credit in sorted(out, key=lambda pair: pair[0]))


# "Austin Nell, a bald and hissing Feyd-Rautha, steals …", "Swann Arlo, Sandra's lawyer
# Vincent, is …", "X, a tax inspector called Deirdre, is …": a credited actor, then between
# commas a description that ends in the character's name, then the sentence goes on.
_APPOSED_ROLE = re.compile(
    r"([A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*){0,3}),\s+"
    r"((?:a|an|the|his|her|their|[A-Z][\w’'\-]+[’']s)\s+(?:[a-z][\w’'\-]*\s+){0,5}?)"
    r"([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2}),\s+(?=[a-z])"
)
# What every match of it holds from its first comma on: led by the comma, a search for it skips
# from comma to comma, where the whole expression is tried at every capital.
_APPOSED_TAIL = re.compile(
    r",\s+(?:a|an|the|his|her|their|[A-Z][\w’'\-]+[’']s)\s+(?:[a-z][\w’'\-]*\s+){0,5}?"
    r"[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2},\s+[a-z]"
)
_APPOSED_STOPS = _AFTER_OBJECT | _PROFESSIONS | {"or", "who", "which", "whose"}


def _apposed_roles(text: str, known: Known, found: list[tuple[str, str | None]]) -> None:
    """Roles named in an apposition after a credited actor's name."""
    if not known.apposed_in(text) or _APPOSED_TAIL.search(text) is None:
        return
    for m in _APPOSED_ROLE.finditer(text):
        actor = known.full(m.group(1))
        role = m.group(3)
        if actor is None or fold(actor) in known.not_actors:
            continue
        words = [w.lower() for w in m.group(2).split()]
        described = words[1:] if words[0] in _DETERMINERS else words
        if not described and len(role.split()) == 1 and words[0] in ("a", "an"):
            continue  # "X, a Brit, plays …": what the actor is, not whom
        if any(w in _APPOSED_STOPS or w.strip("’'s") in _WORKS for w in described[:-1]):
            continue
        if words[0].endswith(("’s", "'s")) and words[0][:-2] in _WORKS:
            continue  # "X, the film's MVP, …"
        if any(w.endswith(("’s", "'s")) and w[:-2] in _WORKS for w in words):
            continue
        if (
            known.full(role) is not None
            or fold(role) in known.not_actors
            or role.split()[0].lower() in _NOT_ROLE
            or _compared(text, m.start())
        ):
            continue
        found.append((actor, role))


# --- cast named by how the page talks about acting -------------------------------------------

_LISTED_NAME = r"[A-Z][\w’'\-.]*(?:\s+(?:[A-Z][\w’'\-.]*|de|da|van|von|del|la|le|di)){1,3}"
_NAME_SERIES = rf"{_LISTED_NAME}(?:,\s+{_LISTED_NAME})*(?:,?\s+(?:and|&)\s+{_LISTED_NAME})?"
# Names, then what actors do: "A and B lead the cast", "A, B and C play the three sisters",
# "A toplines the film", "A stars opposite B", "A gives a career-best performance".
_SUBJECT_VERB = re.compile(
    r"(?:\s++(?:(?:also\s+)?(?:leads?|headlines?|toplines?|fronts?|co-headlines?)\s+(?:the\s+|this"
    r"\s+|a\s+|an\s+|its\s+)?(?:[\w-]++\s++){0,2}?(?:cast|ensemble|film|movie|show|series|drama"
    r"|comedy|thriller|picture|production|line-?up)\b|(?:also\s+)?co-stars?\b"
    r"|(?:also\s+)?(?:stars?|plays?)\s+(?:opposite|alongside|with)\b"
    r"|play\s+(?:a|an|the|two|three|four|five|six)\s+(?:[\w-]++\s++){0,2}?"
    r"(?:couple|pair|duo|trio|siblings|sisters|brothers|friends|lovers|twins|parents|leads"
    r"|detectives|cops|agents|spies|rivals|strangers|roommates|colleagues|partners|bandits"
    r"|men|women|boys|girls|villains|husbands|wives|suitors|sons|daughters|henchmen|thugs)\b"
    r"|(?:also\s+)?(?:appears|turns\s+up|shows\s+up|pops\s+up)"
    r"(?=\s*[,.;]|\s+(?:briefly|late|at\s+the\s+end|mainly|too|in\s+a\s+cameo)\b)"
    r"|(?:gives?|delivers?)\s+(?:(?:a|an|the|her|his|their)\s+(?:[\w-]++\s++){0,3}?performance"
    r"|(?:[\w-]++\s++){0,3}?performances)\b"
    r"|(?:steals?|stealing)\s+(?:every\s+scene|the\s+(?:show|film|movie|series)|(?:each|all|her"
    r"|his|their|every)\s+(?:[a-z]+\s+)?scenes?)\b"
    r"|(?:is|are)\s+(?:(?:as\s+ever|also|both|all|simply|quite|just|equally)\s+)?(?:superb"
    r"|terrific|excellent|outstanding|sensational)"
    r"(?=\s*[,.;:!?]|\s+(?:as|here|too|throughout|again)\b)"
    r"|(?:is|are)\s+(?:also\s+|both\s+|all\s+)?in\s+(?:fine|good|great|top|splendid)\s+form\b"
    r"|(?:is|are)\s+(?:a\s+revelation(?=\s*[,.;:!?]|\s+(?:as|in\s+the)\b)"
    r"|(?:superb|excellent|terrific|wonderful|outstanding)\s+in\s+"
    r"the\s+(?:lead|title|central|leading)\s+roles?)"
    r"|in\s+the\s+(?:leads|lead(?:ing)?\s+roles?|title\s+role|central\s+roles?|main\s+roles?)\b"
    r"|(?:makes?|has|gets)\s+(?:a|an)\s+(?:[\w-]++\s++){0,2}?cameo\b|cameos\b"
    r"|(?:[a-z][\w-]*+\s++){1,4}?in\s+(?:small(?:er)?|supporting|minor|brief)\s+(?:parts|roles)\b"
    r"|(?:is|are|were|was)\s+(?:all\s+|both\s+)?(?:[a-z]++\s++){0,2}?in\s+support\b)"
    r"|[’']s\s+(?:[a-z-]++\s++){0,2}?(?:performances?|portrayal)"
    r"(?=\s*[,.;:!?]|\s+(?:as|is|was|here|alone|remains|deserves|anchors|holds)\b))"
)
_SUBJECT_WORDS = (
    " lead",
    " headline",
    " topline",
    " front",
    " co-star",
    " co-headline",
    " opposite",
    " alongside",
    " stars with",
    " play ",
    " appears",
    " turns up",
    " shows up",
    " pops up",
    " performance",
    " portrayal",
    " revelation",
    " form",
    " steal",
    " superb",
    " terrific",
    " excellent",
    " outstanding",
    " sensational",
    " cameo",
    " lead role",
    " leading role",
    " title role",
    " central role",
    " main role",
    " in small",
    " in support",
    " in minor",
    " in brief",
)
# Where a clause starts, before the names that are its subject.
_CLAUSE_OPENERS = (". ", "! ", "? ", "; ", ": ", "—", " with ", "With ", "(")
_NAME_SERIES_FULL = re.compile(rf"(?:{_NAME_SERIES})")


_JOINING_WORD = re.compile(r"(?:while|whereas|and|but|plus|with)\s+(?=[A-Z])")


def _series_before(text: str, end: int) -> tuple[int, str] | None:
    """The list of names ("A", "A and B", "A, B and C") that runs from the start of the clause
    (or from one of its commas) to `end`, and where it starts."""
    start = max(0, end - 160)
    at = start
    for opener in _CLAUSE_OPENERS:
        found = text.rfind(opener, start, end)
        if found >= 0:
            at = max(at, found + len(opener))
    while at < end:
        while at < end and text[at] == " ":
            at += 1
        if _NAME_SERIES_FULL.fullmatch(text, at, end):
            return at, text[at:end]
        joined = _JOINING_WORD.match(text, at, end)
        if joined and _NAME_SERIES_FULL.fullmatch(text, joined.end(), end):
            return joined.end(), text[joined.end() : end]  # ", while A and B add …"
        comma = text.find(", ", at, end)
        if comma < 0:
            return None
        at = comma + 2
    return None


# What actors do, then names: "led by A", "the ensemble includes A, B and C", "stars opposite
# A", "the lead performance by A", "newcomer A".
_OBJECT_CUE = re.compile(
    r"(?:\b(?:cast|ensemble),?\s+(?:that\s+|which\s+)?(?:also\s+)?(?:includes?|including|features?"
    r"|boasts?|comprises?"
    r"|is\s+led\s+by|led\s+by)|\b(?:stars?|starring|plays?|playing|co-stars?)\s+(?:opposite"
    r"|alongside)|\b(?:[Ll]ed|[Ff]ronted|[Hh]eadlined|[Aa]nchored)\s+by|\bperformances?\s+(?:by|from)"
    r"|\bcameos?\s+(?:appearances?\s+)?(?:by|from)|\bturns?\s+from"
    r"|\b(?:with|and)\s+(?:(?:strong|fine|solid|able|excellent|terrific|great|sturdy|good"
    r"|winning|lovely|sharp|welcome)\s+)?support\s+from"
    r"|\b[Nn]ewcomers?|\b[Ff]eatures)\s+"
)
_OBJECT_WORDS = (
    "cast includ",
    "cast, includ",
    "cast also includ",
    "cast feature",
    "cast boast",
    "cast compris",
    "cast is led",
    "cast led",
    "ensemble includ",
    "ensemble, includ",
    "ensemble also includ",
    "ensemble feature",
    "cast that includ",
    "cast that also includ",
    "cast which includ",
    "ensemble that includ",
    "ensemble that also includ",
    "support from",
    "ensemble is led",
    "opposite",
    "alongside",
    "led by",
    "Led by",
    "fronted by",
    "Fronted by",
    "headlined by",
    "anchored by",
    "performance by",
    "performance from",
    "turn from",
    "turns from",
    "performances by",
    "performances from",
    "newcomer",
    "Newcomer",
    "features",
    "cameo",
)
_NAME_SERIES_AT = re.compile(_NAME_SERIES)
# For each cue word (its leading space dropped): whether names may stand before it (a verb such
# as "leads") and whether they may follow it ("led by", "the cast includes").
_CUE_SIDES = {
    w.lstrip(): (
        any(v.lstrip() == w.lstrip() for v in _SUBJECT_WORDS),
        any(o in v or v.strip() in o for o in _OBJECT_WORDS for v in (w, w.lstrip())),
    )
    for w in {*_SUBJECT_WORDS, *_OBJECT_WORDS}
}


# Every cue word of both sides, at the start of the text or after a space. Two expressions
# rather than one led by "(?:^|\s)": a search led by the space alone skips to the next space
# quickly, and finds exactly the matches the other would after the first word.
_CAST_WORD = re.compile("(?:" + literal_alternation(_CUE_SIDES) + ")")
_CAST_NEEDLES = re.compile(r"\s(?:" + literal_alternation(_CUE_SIDES) + ")")
# The same after a space only, for a text whose only white space is the space: a search skips
# to a space much quicker than to any white space. (A look-ahead for the words' first letters
# after the space costs more than the tree of `literal_alternation` it would spare.)
_CAST_NEEDLES_SPACED = re.compile(" (?:" + literal_alternation(_CUE_SIDES) + ")")


# The white space of ASCII but the space.
_ASCII_SPACES = tuple(c for c in map(chr, range(128)) if c.isspace() and c != " ")


def _spaced_only(text: str) -> bool:
    """True only when the space is the text's only white space character (False may be said of
    a text with other unprintable characters). An ASCII text is looked at for the few others,
    each found in C at once; any other, printable throughout, has no white space but the space
    (every other white space character is unprintable)."""
    if text.isascii():
        return not any(map(text.__contains__, _ASCII_SPACES))
    return text.isprintable()


def _cast_needles(text: str) -> Iterator[re.Match[str]]:
    """The cast cue words standing at the start of a word, in order and without overlaps (a
    match after a space holds the space)."""
    first = _CAST_WORD.match(text)
    if first is not None:
        yield first
    needles = _CAST_NEEDLES_SPACED if _spaced_only(text) else _CAST_NEEDLES
    yield from needles.finditer(text, first.end() if first is not None else 0)


# "The film, led by X", "the cast is led by X": what a cast member leads.
_WORK_BEFORE = re.compile(
    r"\b(?:film|movie|cast|ensemble|series|show|drama|comedy|thriller|it|this|picture|feature)"
    r"(?:,|\s+(?:is|was|are|were))?\s*$",
    re.IGNORECASE,
)
# After a name, words that make it an actor's: "features X as Y", "features X in a small role".
_ACTING_AFTER = re.compile(
    r"\s+(?:as\s|in\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:role|part|cameo|turn)s?\b)"
)
# After "features": only a cast when the names end the list ("features A, B and C in …").
_FILM_OBJECT = re.compile(r"\b(?:film|movie|series|show|season|episode|it)\s+features\s+$")


def _cast_cues(text: str, known: Known, found: list[tuple[str, str | None]]) -> None:
    """Actors named by what actors do: a list of full names before "lead", "headline",
    "play the three sisters", "stars opposite", "gives a … performance", or after "led by",
    "the cast includes", "opposite", "alongside", "a performance by", "newcomer". Names in a
    clause about another film are left alone."""
    subjects: list[re.Match[str]] = []
    objects: list[re.Match[str]] = []
    done = [0, 0]
    for needle in _cast_needles(text):
        at, word = needle.start(), needle.group().lstrip()
        for side, pattern, back, matches in (
            (0, _SUBJECT_VERB, 48, subjects),
            (1, _OBJECT_CUE, 30, objects),
        ):
            if at < done[side] or not _CUE_SIDES[word][side]:
                continue
            m = pattern.search(text, max(done[side], at - back), at + 40)
            if m is not None and m.start() <= at + 1:
                done[side] = m.end()
                matches.append(m)
    named: list[tuple[int, str]] = []
    for m in subjects:
        last = text.rfind(" ", 0, m.start()) + 1
        if not text[last : last + 1].isupper():
            continue  # no name ends right before the verb
        subject = _series_before(text, m.start())
        if subject:
            names = _series(subject[1])
            if m.group().lstrip().startswith(("is ", "steals ")):
                names = names[-1:]  # "Playing Ines Roan, Marta Quill is superb": one subject
            named.extend((subject[0], n) for n in names)
    for m in objects:
        cue = m.group().lower()
        if cue.startswith("features") and not _FILM_OBJECT.search(
            text, max(0, m.start() - 30), m.end()
        ):
            continue
        if (
            cue.endswith(" by ")
            and not cue.startswith("perf")
            and not _WORK_BEFORE.search(text, max(0, m.start() - 40), m.start())
        ):
            continue  # "the investigation is led by Inspector X": a character leads it
        listed = _NAME_SERIES_AT.match(text, m.end(), m.end() + 200)
        if listed is None or text.startswith(" (", listed.end()):
            continue
        names = _series(listed.group())
        if (
            cue.startswith("features")
            and len(names) < 2
            and not _ACTING_AFTER.match(text, listed.end())
        ):
            continue  # "the film features Ines Roan, a harbour master": maybe a character
        named.extend((m.end(), n) for n in names)
    for at, name in named:
        if (
            is_name(name)
            and fold(name) not in known.not_actors
            and not _compared(text, at)
            and not _crew_named(text, at)
        ):
            found.append((known.full(name) or name, None))


def _series(listed: str) -> list[str]:
    """The names of "A, B and C"."""
    names = [
        n.strip().rstrip(".") for n in re.split(r",\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+", listed)
    ]
    if names and names[0]:
        first, _, rest = names[0].partition(" ")
        if first.lower() in _LIKENESS:
            return []  # "Like A and B in the leads of Y": another film's cast
        if first.lower() in _NOT_ROLE:
            names[0] = rest  # "With A and B in the leads"
    return [n for n in names if n and not n.endswith(("’s", "'s"))]


_LIKENESS = frozenset(("like", "unlike", "than", "as"))


# "Jo Yu-ri brings warmth to Kim Jun-hee, the pregnant ex-girlfriend", "X lends a quiet menace to
# Y.", "Emerald Fennell makes a sly, confident Camilla Shand": an actor gives a character a
# quality. The subject must open its clause, the character be named and stand at the end of
# its phrase, and the quality be one a performance has.
_QUALITIES = (
    r"(?:warmth|menace|gravitas|humou?r|charm|heart|depth|steel|vulnerability|dignity|energy|wit"
    r"|tenderness|weight|presence|sadness|intensity|grace|nuance|swagger|pathos|poise|fury|rage"
    r"|authority|conviction|sweetness|mischief|melancholy|soul|life|spark|edge|bite|zest|menace"
    r"|steadiness|cool|calm|ferocity|urgency|sincerity|restraint|dryness|sparkle|venom|bluster)"
)
_GIVES_TO = re.compile(
    r"\s+(?:brings|lends|gives)\s+(?:(?:a|an|the|real|welcome|quiet|sly|lovely|great|rare"
    r"|genuine|wounded|dry|steely|unexpected|much-needed|his|her|their)\s+){0,3}"
    rf"(?:[a-z-]+\s+)?{_QUALITIES}\s+to\s+"
    r"([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2})(?=\s*[,.;:!?]|\s+(?:who|and|as|in)\b)"
    r"|\s+makes\s+(?:a|an)\s+(?:[a-z-]+,?\s+){1,4}?"
    r"([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2})(?=\s*[,.;:!?]|\s+(?:who|and|although)\b)"
)


# Every match of _GIVES_TO holds one of these.
_GIVES_WORDS = ("brings", "lends", "gives", "makes")


def _lends_a_character(
    text: str, known: Known, title: str, found: list[tuple[str, str | None]]
) -> None:
    """Credits (actor, character) from an actor giving a named character a quality."""
    for m in _GIVES_TO.finditer(text):
        role = m.group(1) or m.group(2)
        actor = name_before(text, m.start())
        if actor is None:
            word = _LAST_WORD.search(text, max(0, m.start() - 30), m.start())
            actor = known.full(word.group(1)) if word else None
        if actor is None or fold(actor) in known.not_actors:
            continue
        if (
            role.split()[0].lower() in _NOT_ROLE
            or known.full(role) is not None
            or fold(role) in known.not_actors
            or (title and fold(role) == fold(title))
            or _compared(text, m.start())
            or _crew_named(text, text.rfind(actor.split()[0], 0, m.start()))
        ):
            continue
        found.append((known.full(actor) or actor, role))


def without_epithet(role: str) -> str:
    """A character's name without the nationality set before it: "Canadian Cardinal Tremblay"
    is Cardinal Tremblay (the words before were "the smooth Canadian")."""
    words = role.split()
    if len(words) > 1 and words[0].lower() in _NATIONALITIES and words[1][:1].isupper():
        return " ".join(words[1:])
    return role
