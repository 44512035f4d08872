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
from collections.abc import Iterable
from dataclasses import dataclass, field

from reeltui.parse.credits import is_name, name_after, name_before
from reeltui.text import fold

__all__ = ["Known", "prose_roles"]

_PAREN = re.compile(r"\(([^()\n]{1,120})\)")
_INNER_PREFIX = re.compile(
    r"^(?:(?P<by>(?:both\s+|also\s+)?(?:played|portrayed|voiced|essayed)\s+by)\s+|(?P<as>as)\s+)",
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
    shows pops cameos co-stars arrives return reprise reprises play
    """.split()
)
_NOT_PERFORMANCE = frozenset(
    """
    conceived described known seen used shot billed marketed sold presented framed regarded
    treated remembered introduced written designed built made released structured told served
    works acts functions doubles reads plays-out sets set positioned pitched styled dressed
    """.split()
)
_NEGATION = re.compile(r"\b(?:none\s+of|neither|nor|not\s+even|unlike|instead\s+of)\b", re.I)
_CLAUSE_END = re.compile(r"[.;:!?—–]\s|[.;:!?]$")


@dataclass
class Known:
    """Names the page credits as actors, and the surnames that stand for them."""

    actors: dict[str, str]
    not_actors: set[str]
    _surnames: dict[str, set[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for key, full in self.actors.items():
            self._surnames.setdefault(key.split()[-1], set()).add(full)

    def surnames(self) -> dict[str, set[str]]:
        """The credited actors by folded surname."""
        return self._surnames

    def full(self, name: str) -> str | None:
        """The credited actor a name (or a lone surname) stands for, if any."""
        if not name or not name[0].isupper():
            return None
        key = fold(name)
        if key in self.actors:
            return self.actors[key]
        if " " not in key:
            matches = self._surnames.get(key, set())
            if len(matches) == 1:
                return next(iter(matches))
        return None


def _words(text: str) -> list[str]:
    return text.split()


def _role_before(text: str, end: int) -> str | None:
    """The character named right before position `end`: a run of capitalised words, else a
    short description ending in a person noun ("her father", "a Russian oligarch")."""
    head = text[max(0, end - 160) : end].rstrip()
    if head.endswith(","):
        return None
    name = name_before(text, len(text[:end].rstrip()))
    words = _words(head)
    if not words:
        return None
    last = words[-1]
    if last[:1].isupper() and not last.endswith(("’s", "'s")):
        # A run of capitalised words (one or more): "Mary", "Grace Chow", "Smoke and Stack".
        picked: list[str] = []
        for word in reversed(words):
            if word.endswith((",", ".", ";", ":", ")", "”", '"')) and picked:
                break
            bare = word.rstrip(",")
            if bare.endswith(("’s", "'s")) or not re.fullmatch(r"[^\W\d_][\w’'\-.]*|&", bare):
                break
            capital = bare[:1].isupper() and bare.lower() not in _DETERMINERS
            if not (capital or (bare in ("and", "&") and picked)):
                break
            picked.insert(0, bare)
            if len(picked) >= 5:
                break
        while picked and picked[0] in ("and", "&"):
            picked.pop(0)
        while picked and picked[0].lower() in _NOT_ROLE:
            picked.pop(0)  # "Then Sarah (…)": a sentence's first word, not the name
        if picked:
            return name or " ".join(picked)
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
    if picked[0].lower() not in _DETERMINERS and not picked[0].lower().endswith(("’s", "'s")):
        return None
    return " ".join(picked)


def _person_noun(word: str) -> bool:
    """A noun for a person: a known one, or an agent noun ("recruiter", "detective")."""
    low = word.lower()
    if low in _PERSON_NOUNS or low.endswith("-in-law"):
        return True
    return len(low) > 5 and low.endswith(("er", "or", "ist", "ian", "ant", "ent")) and low.isalpha()


def _inner_name(inner: str) -> tuple[str, str | None]:
    """Split a parenthesis's text: (the prefix kind: "by", "as" or "", the name or role)."""
    prefix = _INNER_PREFIX.match(inner)
    kind = ""
    if prefix:
        kind = "by" if prefix.group("by") else "as"
        inner = inner[prefix.end() :]
    head = re.split(r"\s*(?:,|;|–|—| - | who\b| in\b| as\b| is\b)\s*", inner, maxsplit=1)[0]
    head = head.strip(" .")
    return kind, head or None


def _is_person(text: str, known: Known) -> bool:
    return is_name(text) or known.full(text) is not None


def prose_roles(paragraphs: Iterable[str], known: Known) -> list[tuple[str, str | None]]:
    """Credits (actor, role) found by the patterns of this module, in order of mention."""
    found: list[tuple[str, str | None]] = []
    pending: list[tuple[str, str, str | None]] = []  # (outer, inner, role) undecided pairs
    votes = [0, 0]  # settled pairs with the actor inside, outside
    for text in paragraphs:
        if "(" in text:
            _parens(text, known, found, pending, votes)
        low = text.lower()
        if " as " in low:
            _as_roles(text, known, found)
        if " by " in low:
            _played_by(text, known, found)
        if "respectively" in low:
            _respectively(text, known, found)
        if "plays " in text or "play " in text:
            _plays(text, known, found)
        if " is " in text:
            _is_role(text, known, found)
        if _ENSEMBLE_CUE.search(text):
            _ensemble(text, found)
        if "’s " in text or "'s " in text:
            _possessive_roles(text, known, found)
    inside = votes[0] >= votes[1]
    settled = votes[0] + votes[1] > 0
    for outer, inner, role in pending:
        if outer and not settled and not _person_like(inner):
            continue
        if inside and is_name(inner):
            found.append((inner, role))
        elif not inside and outer and is_name(outer):
            found.append((outer, inner))
    return found


def _parens(
    text: str,
    known: Known,
    found: list[tuple[str, str | None]],
    pending: list[tuple[str, str, str | None]],
    votes: list[int],
) -> None:
    for m in _PAREN.finditer(text):
        raw = m.group(1)
        if any(ch.isdigit() for ch in raw[:12]):
            continue
        kind, inner = _inner_name(raw)
        if inner is None:
            continue
        before = text[max(0, m.start() - 40) : m.start()]
        if _NEGATION.search(before):
            continue
        outer_name = name_before(text, m.start(), object_ok=True)
        role = _role_before(text, m.start())
        if kind == "as":
            if outer_name and _is_person(outer_name, known):
                found.append((known.full(outer_name) or outer_name, inner))
                votes[1] += 1  # "Kristen Wiig (as Annie Montrose)": the actor stands outside
            continue
        inner_actor = known.full(inner)
        outer_actor = known.full(outer_name) if outer_name else None
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
        elif not inner_actor and not outer_actor and role and is_name(inner):
            if outer_name and is_name(outer_name):
                # Two full names: "Character (Actor)" or "Actor (Film)"; only the page's own
                # habit, once settled by known actors, decides.
                pending.append((outer_name, inner, role))
            else:
                pending.append(("", inner, role))


# A character named in full after "as": "bounces in late as Rich Purnell".
_FULL_ROLE = re.compile(r"[A-Z][\w’'\-]+\s+[A-Z][\w’'\-]+\b")
_ASIDE = re.compile(r",\s+(?:who|which|whose)\s[^,]{0,90},")
_PROFESSIONS = frozenset(
    "actor actress star performer director filmmaker writer comedian singer rapper newcomer "
    "veteran legend icon".split()
)
_AFTER_OBJECT = frozenset("in of from on at with by for about like than into to a an the".split())
_COMPARISON = re.compile(
    r"\b(?:1[89]\d\d|20\d\d)\b|\b(?:before|original|previous|earlier|version|remake|sequel"
    r"|prequel|once|starred|famously)\b",
    re.IGNORECASE,
)
_AS = re.compile(r"\bas\s+(?=\S)")


def _as_roles(text: str, known: Known, found: list[tuple[str, str | None]]) -> None:
    """ "X is terrific as Y", "X has a small role as Y", "Retta and Sanjay Rao, as C and P"."""
    for m in _AS.finditer(text):
        start = max(0, m.start() - 160)
        head = text[start : m.start()]
        cut = max(head.rfind(". "), head.rfind("; "), head.rfind(": "), head.rfind("? "))
        clause = head[cut + 1 :] if cut >= 0 else head
        # "Jeffrey Wright, who voiced him in the game, turns up later as": drop the aside.
        clause = _ASIDE.sub("", clause)
        words = clause.split()
        if not words:
            continue
        direct = name_before(text, m.start(), object_ok=True) if words[-1][:1].isupper() else None
        appositive = text[: m.start()].rstrip().endswith(",")
        if direct and appositive:
            # "Annie Murphy, as Alexis Rose, has turned …"
            roles = _split_roles(text[m.end() : m.end() + 160], 1)
            if roles and roles[0][:1].isupper() and is_name(direct):
                found.append((known.full(direct) or direct, roles[0]))
                continue
        elif direct and known.full(direct) is None and _COMPARISON.search(clause):
            continue  # "filmed before, in 1930, with Lew Ayres as Paul": another film's cast
        elif direct:
            # "… and Tobias Menzies as Prince Philip": a full name right before "as".
            roles = _split_roles(text[m.end() : m.end() + 160], 1)
            if (
                roles
                and (known.full(direct) or roles[0][:1].isupper())
                and (_plausible_role(roles[0]) or known.full(direct))
            ):
                found.append((known.full(direct) or direct, roles[0]))
                continue
        if len(words) > 14:
            words = words[-9:]  # a long clause: the actor stands near "as"
        named_role = bool(_FULL_ROLE.match(text, m.end()))
        if not named_role and not {w.strip(",.").lower() for w in words} & _PERFORMANCE:
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
            if joined.startswith(("of ", "in ", "long ", "best ", "who ")) and 0 < close <= 70:
                rest = joined[close + 1 :].split()
        # "Retta and Sanjay Rao, as …": a list of names.
        names = [actor]
        tail = " ".join(rest).strip(" ,")
        while tail.lower().startswith(("and ", "& ")):
            after = tail.split(None, 1)[1] if " " in tail else ""
            nxt = name_after(after, 0)
            if not nxt:
                break
            names.append(known.full(nxt) or nxt)
            tail = after[len(nxt) :].strip(" ,")
            rest = tail.split()
        if len(rest) > 7:
            continue
        lowered = {w.strip(",.").lower() for w in rest}
        bare = not rest
        if not bare and not lowered & _PERFORMANCE and not (named_role and len(rest) <= 4):
            continue
        if lowered & _NOT_PERFORMANCE:
            continue
        if any(w[:1].isupper() for w in rest if w.lower() not in ("oscar", "i")):
            continue
        role_text = text[m.end() : m.end() + 160]
        roles = _split_roles(role_text, len(names))
        if not roles:
            continue
        credited = [known.full(n) is not None or is_name(n) for n in names]
        if not all(credited):
            continue
        if known.full(names[0]) is None and not all(_plausible_role(r) for r in roles):
            continue
        if bare and known.full(names[0]) is None and not roles[0][:1].isupper():
            continue
        for name, role in zip(names, roles, strict=False):
            found.append((known.full(name) or name, role))


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


def _person_like(name: str) -> bool:
    """A full name with nothing of a film title about it."""
    words = name.split()
    if not 2 <= len(words) <= 3:
        return False
    return not any(
        w.lower().strip("’'s") in _TITLE_WORDS or w.endswith(("’s", "'s")) for w in words
    )


def _plausible_role(role: str) -> bool:
    """A character's name, or a description that ends in a person noun."""
    words = role.split()
    if not words:
        return False
    if words[0][:1].isupper() and words[0].lower() not in _DETERMINERS:
        return True
    return _person_noun(words[-1].strip(",."))


_ROLE_CUT = re.compile(
    r"(?:,(?!\s*(?:and\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s*(?:,|and\b))|;|:|—|–| - |\(|\)"
    r"|(?<!\s[A-Z])\.(?=\s|$)|!|\?"
    r"|\s(?:who|whose|which|that|while|in|with|opposite|alongside|but|is|was|are|were|to|from"
    r"|for|gives|give|brings|bring|makes|make|does|do|did|has|have|had|shines|shine|stands"
    r"|impresses|impress|steals|nails|delivers|deliver|gets|get|turns|can|could|will|would"
    r"|and\s+(?:the|a|an|it|his|her|their|is|was|are|were)\b)\b)"
)


_ANOTHER_NAME = re.compile(r",?\s+and\s+(?=[A-Z][\w’'\-]+\s+[A-Z])")
_NAMED_AT_END = re.compile(r"(?<![\w’'])((?:[A-Z][\w’'\-]*\s+)*[A-Z][\w’'\-]*)$")


def _split_roles(text: str, count: int) -> list[str]:
    """The role phrase after "as", split into `count` roles ("Claudette and Phil")."""
    end = _ROLE_CUT.search(text)
    phrase = (text[: end.start()] if end else text[:80]).strip().strip("“”\"'‘’")
    if not phrase:
        return []
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
            return [named.group(1)] if named and named.start() > 0 else []
        if not 1 <= len(words) <= 6:
            return []
        if not (phrase[:1].isupper() or words[0].lower() in _DETERMINERS):
            return [named.group(1)] if named else []
        if described and named and named.start() > 0:
            # "Harshad's younger brother Ashwin Mehta": the character's name ends the phrase.
            return [named.group(1)]
        return [phrase]
    parts = [p.strip() for p in re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*", phrase) if p]
    if len(parts) != count or not all(p[:1].isupper() for p in parts):
        return []
    return parts


_BY = re.compile(
    r"\b(?:played|portrayed|voiced|essayed)\s+(?:[\w’'-]+\s+){0,4}?by\s+",
    re.IGNORECASE,
)
# Capitalised words that start sentences or describe people without naming them.
_NOT_ROLE = frozenset(
    """
    the he she they it this that his her their in at but and when while as if though after
    before then so yet a an one german french american british english irish scottish welsh
    italian spanish indian japanese korean chinese russian mexican canadian australian swedish
    danish norwegian polish jewish catholic christian muslim hindu european african asian
    latin southern northern western eastern on for with from by during once later meanwhile
    within without here there now still even only also all both each every no not what why
    how where who which some most many much such its our your my we you i south north east
    west new old young
    """.split()
)


def _played_by(text: str, known: Known, found: list[tuple[str, str | None]]) -> None:
    """ "Y, played by X" and "Played by X, she …": X is an actor; Y the role when named."""
    for m in _BY.finditer(text):
        if text[max(0, m.start() - 6) : m.start()].rstrip().endswith("("):
            continue  # "(played by X)" is read with the parentheses
        actor = name_after(text, m.end())
        if actor is None:
            single = re.match(r"\s*([^\W\d_][\w’'-]+)", text[m.end() : m.end() + 40])
            actor = known.full(single.group(1)) if single else None
        if actor is None:
            continue
        actor = known.full(actor) or actor
        head = text[max(0, m.start() - 200) : m.start()]
        cut = max(head.rfind(". "), head.rfind("? "), head.rfind("! "))
        sentence = head[cut + 2 :] if cut >= 0 else head
        found.append((actor, _role_in(sentence, known)))


_CAPITALISED = re.compile(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*")


def _role_in(sentence: str, known: Known) -> str | None:
    """The character a sentence names before "played by": a name standing before its
    description ("Vincent, a lawyer and old friend, played by"), else the description alone
    ("her monstrous godmother, played by"), else the nearest capitalised name outside
    brackets that is not an actor nor crew."""
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
        key = fold(word)
        if key in known.not_actors or key.split()[-1] in crew_surnames:
            continue
        if known.full(word) is None and word.lower() not in _NOT_ROLE:
            return word
    return None


_BRACKETED = re.compile(r"\([^()]*\)")
_NAME_BEFORE_APPOSITION = re.compile(r"([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2}),\s*$")


def _described_tail(sentence: str) -> str | None:
    """The description that ends a sentence: a determiner, up to four words in lower case,
    a person noun ("a lawyer and old friend", "her monstrous godmother")."""
    words = sentence.rstrip(" ,").split()
    for back in range(min(len(words), 6), 1, -1):
        tail = words[-back:]
        if (
            tail[0].lower() in _DETERMINERS
            and all(w[:1].islower() for w in tail)
            and not any(w in _NOT_ROLE for w in tail[1:])
            and _person_noun(tail[-1])
        ):
            return " ".join(tail)
    return None


_NAMED_RUN = re.compile(r"[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*")
_LAST_WORD = re.compile(r"([^\W\d_][\w’'\-]*)$")
_POSSESSIVE_ROLE = re.compile(
    r"[’']s\s+((?:[\w’'\-]+\s+){0,4}?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2})(?=\s+[a-z]|[,;.]|\s+[–—])"
)


def _possessive_roles(text: str, known: Known, found: list[tuple[str, str | None]]) -> None:
    """ "Nicola Coughlan's Clare frets": a credited actor's possessive names their role."""
    for m in _POSSESSIVE_ROLE.finditer(text):
        owner = _LAST_WORD.search(text, max(0, m.start() - 40), m.start())
        if owner is None or fold(owner.group(1)) not in known.surnames():
            continue  # only a credited actor's possessive names a role
        actor = name_before(text, m.start(), object_ok=True)
        full = known.full(actor) if actor else None
        named = _NAMED_RUN.findall(m.group(1))
        role = named[-1] if named else None
        if full and role and known.full(role) is None and role.lower() not in _NOT_ROLE:
            found.append((full, role))


_IS_ROLE = re.compile(
    r"\s+is\s+(?:the\s+(?:[a-z][\w-]*\s+){1,3})?"
    r"([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2})(?=[,.;]|\s+[–—]|\s+who\b)"
)
_ASIDE_END = re.compile(r",\s+[^,]{3,70},\s*$")


def _is_role(text: str, known: Known, found: list[tuple[str, str | None]]) -> None:
    """ "Jeff Daniels is Teddy Sanders, NASA's director": a credited actor "is" a character
    named in full, with a description after it."""
    for m in _IS_ROLE.finditer(text):
        end = m.start()
        aside = _ASIDE_END.search(text, max(0, end - 80), end)
        if aside:
            end = aside.start()  # "Timothy Dalton, in a performance of gleeful oiliness, is"
        actor = name_before(text, end)
        full = known.full(actor) if actor else None
        role = m.group(1)
        if (
            full
            and known.full(role) is None
            and fold(role) not in known.not_actors
            and role.split()[0].lower() not in _NOT_ROLE
        ):
            found.append((full, role))


_ENSEMBLE_CUE = re.compile(
    r"\b(?:turn|turns|show|shows|pop|pops)\s+up\b|\bround(?:s)?\s+out\s+the\s+(?:cast|ensemble)"
    r"|\bco-star\b|\balso\s+star\b|\bmake\s+up\s+the\s+(?:supporting\s+)?(?:cast|ensemble)"
)
_NAME_LIST = re.compile(
    r"((?:[A-Z][\w’'\-.]+(?:\s+[A-Z][\w’'\-.]+){1,3},\s+)+(?:and\s+)?[A-Z][\w’'\-.]+"
    r"(?:\s+[A-Z][\w’'\-.]+){1,3})\s+(?:turn\s+up|show\s+up|pop\s+up|round\s+out|co-star"
    r"|also\s+star|make\s+up)\b"
)


def _ensemble(text: str, found: list[tuple[str, str | None]]) -> None:
    """ "Shakti Kapoor, Prem Chopra and Suresh Oberoi turn up in the family's clan": a list of
    full names that turn up, round out the cast or co-star (no roles)."""
    for m in _NAME_LIST.finditer(text):
        names = [n.strip() for n in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group(1)) if n.strip()]
        if len(names) >= 2 and all(is_name(n) for n in names):
            found.extend((n, None) for n in names)


_PLAYS_CUE = re.compile(r"\b(?:plays|portrays|is\s+playing)\s+")


def _plays(text: str, known: Known, found: list[tuple[str, str | None]]) -> None:
    """ "X, who plays Y", "X, veiled and hissing, plays Y", "Zendaya plays Chani": the cases
    the plain "X plays Y" pattern cannot read."""
    for m in _PLAYS_CUE.finditer(text):
        head = text[max(0, m.start() - 120) : m.start()].rstrip()
        actor: str | None = None
        plain = name_before(text, m.start())
        if plain:
            role = _role_phrase(text[m.end() : m.end() + 160])
            if role:
                found.append((known.full(plain) or plain, role))
            continue
        who = re.search(r"([A-Z][\w’'\-.]+(?:\s+[A-Z][\w’'\-.]+){0,3}),\s+who(?:\s+also)?$", head)
        apposition = re.search(
            r"([A-Z][\w’'\-.]+(?:\s+[A-Z][\w’'\-.]+){0,3}),\s+[a-z][^,.;]{0,50},$", head
        )
        single = re.search(r"(?:^|[.;:!?]\s+|,\s+|\band\s+)([A-Z][\w’'\-]+)$", head)
        for match in (who, apposition):
            if match and (is_name(match.group(1)) or known.full(match.group(1))):
                actor = known.full(match.group(1)) or match.group(1)
                break
        if actor is None and single and known.full(single.group(1)):
            actor = known.full(single.group(1))
        if actor is None:
            plain = name_before(text, m.start())
            actor = (known.full(plain) or plain) if plain else None
        if actor is None:
            continue
        role = _role_phrase(text[m.end() : m.end() + 160])
        if role:
            found.append((actor, role))


_OBJECT_PRONOUNS = frozenset("him them it himself herself themselves".split())


def _role_phrase(text: str) -> str | None:
    """The role after "plays": a name ("Chani"), or the name a description ends in ("his
    uncle, the bloated Baron Harkonnen"), or the description ("the prosecutor")."""
    end = re.search(
        r"[.;:!?(]|\s[–—]\s|,?\s+and\s+[A-Z]|\s(?:who|which|that|with|plays|as"
        r"|and\s+(?:is|was|the|a|his|her))\b",
        text,
    )
    phrase = (text[: end.start()] if end else text[:100]).strip(" ,")
    first = phrase.split()[0].lower() if phrase else ""
    if not first or first in _OBJECT_PRONOUNS or phrase == "her":
        return None  # "plays him as a swearing Catholic": how, not whom
    if phrase[:1].isupper() and phrase.split()[0].lower() not in _NOT_ROLE:
        return phrase.split(",")[0].strip() or None
    named: list[str] = re.findall(r"[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)*", phrase)
    if named:
        return named[0]
    first = phrase.split(",")[0].strip()
    words = first.split()
    if 1 <= len(words) <= 6 and words[0].lower() in _DETERMINERS and _person_noun(words[-1]):
        return first
    return None


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
        if len(names) != len(roles) or not names:
            continue
        if not all(_is_person(n, known) for n in names):
            continue
        for name, role in zip(names, roles, strict=True):
            found.append((known.full(name) or name, role))


# --- directors -------------------------------------------------------------------------------

_FILM_NOUNS = (
    r"(?:film|movie|drama|comedy|thriller|adaptation|debut|feature|follow-up|sequel|prequel|epic"
    r"|western|picture|documentary|masterpiece|remake|satire|romance|horror|musical|melodrama"
    r"|biopic|fable|noir|chiller|latest|new\s+film|new\s+movie|first\s+feature|second\s+feature"
    r"|palme\s+d[’']or\s+winner|crime\s+saga|war\s+film|fever\s+dream|opus|effort|return)"
)
_POSSESSIVE_FILM = re.compile(
    rf"[’']s\s+(?:[\w’'\-]+\s+){{0,3}}?{_FILM_NOUNS}\b",
    re.IGNORECASE,
)
_DIRECTS = re.compile(
    r",?\s+(?:who\s+(?:[a-z]+\s+){0,4}?)?(?:directs|directed|helms|helmed|co-directs"
    r"|co-directed)\b"
)
_DIRECTOR_LIST = re.compile(r"\bdirectors?,?\s+(?:are\s+|were\s+|include\s+)?", re.IGNORECASE)
_DIRECTOR_WORD = re.compile(r"\b(?:Director|Filmmaker|Writer-director|Writer/director)\s+")


def prose_directors(
    texts: list[str],
    surnames: dict[str, str],
    cast: set[str],
    title: str = "",
    crew: frozenset[str] = frozenset(),
) -> tuple[list[str], list[str]]:
    """(strong, weak) directors named in prose: "Director X", "X, who directs", "the season's
    three directors, A, B and C" are strong; "X's drama", "X's debut feature" weak."""
    strong: dict[str, str] = {}
    weak: dict[str, int] = {}
    names: dict[str, str] = {}

    def full(name: str) -> str | None:
        if is_name(name):
            return name
        return surnames.get(fold(name))

    for text in texts:
        for m in _DIRECTOR_WORD.finditer(text):
            name = name_after(text, m.end())
            if name and fold(name) not in cast:
                strong.setdefault(fold(name), name)
        if "direct" in text:
            for m in _DIRECTS.finditer(text):
                head = text[max(0, m.start() - 60) : m.start()].rstrip(",")
                word = re.search(r"([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,3})$", head)
                if word:
                    name = full(word.group(1))
                    if name and fold(name) not in cast:
                        strong.setdefault(fold(name), name)
            for m in _DIRECTOR_LIST.finditer(text):
                rest = text[m.end() : m.end() + 200]
                stop = re.search(r"[.;:(]|\s(?:who|have|has|are|were|shoot|share|give)\b", rest)
                items = re.split(r",\s*(?:and\s+)?|\s+and\s+", rest[: stop.start()] if stop else "")
                found = [i.strip() for i in items if is_name(i.strip())]
                if len(found) >= 2 and len(found) == len([i for i in items if i.strip()]):
                    for name in found:
                        strong.setdefault(fold(name), name)
        if title and ("’s " + title in text or "'s " + title in text):
            # "Greta Gerwig's Lady Bird": a name owning the film's own title
            for mark in ("’s " + title, "'s " + title):
                at = text.find(mark)
                name = name_before(text, at) if at > 0 else None
                if name and fold(name) not in cast:
                    key = fold(name)
                    names.setdefault(key, name)
                    weak[key] = weak.get(key, 0) + 2
        if "’s" in text or "'s" in text:
            for m in _POSSESSIVE_FILM.finditer(text):
                name = name_before(text, m.start())
                if name is None:
                    word = re.search(r"([A-Z][\w\-]+)$", text[max(0, m.start() - 30) : m.start()])
                    name = surnames.get(fold(word.group(1))) if word else None
                if name and fold(name) not in cast and fold(name) not in crew:
                    key = fold(name)
                    names.setdefault(key, name)
                    weak[key] = weak.get(key, 0) + 1
    ranked = sorted(weak, key=lambda k: -weak[k])
    return list(strong.values()), [names[k] for k in ranked]
