"""Shapes of cast credits that recur across sites, read with the page's own evidence.

`described_parts`: "X is the son, who …", "X is the parish priest, sympathetic but fearful",
"X is Jess's mother, horrified by …", "X is the gentle, ironic father.": a full name that opens
its clause "is" a person of the story named by what they are to the others (a kinship word, a
rank, a job held in the story), not by name. The part is a noun from a closed list, so "X is
the film's anchor", "X is the reason it works" or "X is the director" give nothing. A name the
page credits nowhere else is only a weak credit (`roles.prose_roles` believes it with a second
piece of evidence: another such credit on the page, or the actor or the part named again).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from reeltui.parse.capitals import capitals
from reeltui.parse.credits import name_before

__all__ = [
    "debut_parts",
    "described_before",
    "described_parts",
    "may_name_copula",
    "named_copulas",
    "near_credit",
    "office_after",
    "part_named_apart",
    "played_parts",
    "quality_from",
    "whom_parts",
]

# Nouns that name a person of a story by what they are to the others: kin, a rank or a calling
# held inside the story. (A word of the performer's trade or of the film's making is not here.)
_STORY_PEOPLE = frozenset(
    """
    father mother son daughter wife husband brother sister uncle aunt grandmother grandfather
    grandson granddaughter mom mum dad cousin nephew niece widow widower fiancé fiancée
    girlfriend boyfriend stepfather stepmother stepson stepdaughter twin twins parents
    priest bishop pastor vicar preacher nun monk rabbi imam
    coach mayor sheriff deputy judge boss landlady landlord housekeeper housemaid maid butler
    nurse doctor teacher headmistress headmaster professor captain colonel major sergeant
    lieutenant detective inspector constable commander general admiral chief
    king queen prince princess emperor empress duke duchess lord lady
    neighbour neighbor lodger tenant servant chauffeur gardener bodyguard
    """.split()
)
_DETERMINERS = ("the ", "his ", "her ", "their ")
# Owners of a part that make the sentence about the production, not the story.
_WORK_OWNERS = frozenset(
    "film's movie's show's series' series's season's episode's picture's story's cast's".split()
)

# " is " then the part: a determiner (the, his, her, their, a name's), up to three describing
# words (commas allowed: "the gentle, ironic father"), the head noun; the clause ends after it.
_DESCRIBED = re.compile(
    r"(the|his|her|their|[A-Z][\w\-]*[’']s?)\s+((?:[a-z][\w’'\-]*,?\s+){0,3})"
    r"([a-z][\w\-]*|[A-Z][a-z]+)"
    r"(?=[,.;:!?]|\s+(?:who|whose|and|with)\b|\s+[–—])"
)


def described_parts(text: str, is_actor: Callable[[str], bool]) -> list[tuple[str, str, int]]:
    """(actor, part, position) for each "X is the son, who …" in `text`: X is the name right
    before " is " (`is_actor` judges it), the part as the page writes it, with its
    determiner ("the son", "Jess's mother", "the parish priest")."""
    out: list[tuple[str, str, int]] = []
    at = text.find(" is ")
    while at != -1:
        nxt = text.find(" is ", at + 4)
        # (a determiner or a capital must follow, a capitalised word go before: most clauses
        # around " is " have neither)
        if not (
            _capital_before(text, at)
            and (
                text.startswith(_DETERMINERS, at + 4)
                or text.startswith(("a ", "an "), at + 4)  # "X is a very good Kiki"
                or text[at + 4 : at + 5].isupper()
            )
        ):
            at = nxt
            continue
        m = _DESCRIBED.match(text, at + 4)
        if (
            m is not None
            and _story_person(m)
            and not _OFFICE_AFTER.match(text, m.end())
            and not _of_the_making(text, m.end())
        ):
            actor = name_before(text, at)
            if actor is not None and _opens_clause(text, at - len(actor)) and is_actor(actor):
                out.append((actor, _part(m), at))
        at = nxt
    return out


# ", a post she has held since …": the part is an office the person holds in life.
_OFFICE_AFTER = re.compile(
    r",\s+(?:a|an|the)\s+(?:[a-z]+\s+)?(?:post|position|office|title|job|seat|term)\b"
)


# Words of the making or showing of the film: a sentence holding one after the part speaks of
# the person's life around the film ("who flew in for the premiere"), not of the story.
_MAKING_WORDS = frozenset(
    """
    premiere premieres festival festivals screening screenings interview interviews shoot
    filming set award awards oscar oscars ceremony press junket
    """.split()
)


def _of_the_making(text: str, at: int) -> bool:
    """Whether the sentence after position `at` holds a word of the film's making or showing."""
    stop = text.find(". ", at)
    words = text[at : stop if stop != -1 else len(text)].lower().split()
    return any(w.strip(",;:.!?\"”’'") in _MAKING_WORDS for w in words)


def office_after(text: str, part: str) -> bool:
    """Whether `text` names `part` followed by an office held in life (", a title she earned",
    ", a post he has held since …")."""
    at = text.find(part)
    return at != -1 and _OFFICE_AFTER.match(text, at + len(part)) is not None


def _part(m: re.Match[str]) -> str:
    """The part as written, less describing words set apart by commas: "the gentle, ironic
    father" is "the father" (one describing word, or words in a run, stay: "Jess's mother",
    "the team's exasperated coach")."""
    if "," in m.group(2):
        return f"{m.group(1)} {m.group(3)}"
    return m.group(0).strip()


def _story_person(m: re.Match[str]) -> bool:
    """Whether the matched part names a person of the story by a noun of `_STORY_PEOPLE`:
    a capitalised head only after "the" ("the Professor"), no owner that is the production."""
    det, describing, head = m.group(1), m.group(2), m.group(3)
    if head.lower() not in _STORY_PEOPLE:
        return False
    if head[:1].isupper() and det != "the":
        return False
    if det.lower() in _WORK_OWNERS:
        return False
    if any(w.lower().strip(",") in _NOT_DESCRIBING for w in describing.split()):
        return False
    return head.lower() in _STORY_PEOPLE


# Words before the head that make it no part: "the real father of", "the first director".
_NOT_DESCRIBING = frozenset(
    """
    real actual first only best film's show's director's writer's producer's filmmaker's
    actor's actress's star's author's creator's critic's
    """.split()
)


def _capital_before(text: str, at: int) -> bool:
    """Whether the word ending at `at` starts with a capital (a name's last word)."""
    return text[text.rfind(" ", 0, at) + 1 : at][:1].isupper()


def _opens_clause(text: str, start: int) -> bool:
    """Whether the name starting at `start` opens a sentence or a clause ("…; X is", ", and X
    is"): the subject of its own clause, not an object of the words before it."""
    head = text[max(0, start - 6) : start]
    return start == 0 or head.endswith((". ", "! ", "? ", "; ", ": ", "and ", "But ", "but "))


# --- "X was fifteen when he played Ivan", "X played Adam Sackler, the …" ----------------------

# "played" and the part: one to three capitalised words, then the clause ends (not "in Title",
# "on stage", "opposite X": a part of another work or another stage).
_PLAYED = re.compile(
    r"played\s+([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2})(?:\s+himself|\s+herself)?"
    r"(?=[,.;:!?)]|\s+[–—]|\s+(?:and|but|with|as\s+a)\b)"
)
# Between the subject's name and "played": nothing, a time ("had already"), or the age at the
# time of the shoot ("was about ten when she", ", who was only 11 when he").
_PLAYED_LEAD = re.compile(
    r"(?:,\s+who)?\s+(?:(?:was|were)\s+(?:(?:only|just|about|barely|around)\s+){0,2}"
    r"(?:[a-z\-]+|\d+)(?:\s+years?\s+old)?\s+when\s+(?:he|she|they)\s+)?$"
)
_PLACE_WORDS = frozenset("in at from to into across of near outside inside around".split())
_NOT_PARTS = frozenset("The A An He She His Her It They This That In On".split())


def played_parts(text: str) -> list[tuple[str, str, int]]:
    """(actor, part, position) for "X played Y" and "X was fifteen when he played Y", where
    nothing names another work after the part: the subject is the name right before the verb
    (or before ", who was …" or "was … when she"). The caller asks the page to name the part
    apart before it believes the credit: a part of this film is a person of its story."""
    out: list[tuple[str, str, int]] = []
    at = text.find("played ")
    while at != -1:
        m = _PLAYED.match(text, at)
        if m is not None and m.group(1).split()[0] not in _NOT_PARTS:
            lead = _PLAYED_LEAD.search(text, max(0, at - 70), at)
            if lead is not None:
                actor = name_before(text, lead.start())
                if actor is not None:
                    out.append((actor, m.group(1), lead.start() - len(actor)))
        at = text.find("played ", at + 7)
    return out


def part_named_apart(actor: str, part: str, texts: list[str], *, as_person: bool = False) -> bool:
    """Whether the page names the part (its first word) in a sentence that does not name the
    actor: a person of the story it tells, not only a line of the actor's career. With
    `as_person`, a mention after a preposition of place ("in Hollywood") does not count."""
    first = part.split()[0]
    said = re.compile(rf"(?<![\w’'\-]){re.escape(first)}(?![\w\-])")
    surname = actor.split()[-1]
    for text in texts:
        if first not in text:
            continue
        for m in said.finditer(text):
            start = max(text.rfind(". ", 0, m.start()), 0)
            stop = text.find(". ", m.end())
            sentence = text[start : stop if stop != -1 else len(text)]
            before = text[max(0, m.start() - 12) : m.start()].split()[-1:]
            if as_person and before and before[0].lower() in _PLACE_WORDS:
                continue
            if surname not in sentence:
                return True
    return False


# --- "Robert Shaw is Quint.", "X is Vern Tessio, chubby and terrified, …" -------------------

# The part: one to three capitalised words (a nickname in quotes among them), then the clause
# ends; no possessive ("is Hollywood's …") and no title's lower-case words.
_NAMED = re.compile(
    r"((?:Mr\.|Mrs\.|Ms\.|Dr\.)?\s?[A-Z][\w’'\-]+"
    r"(?:\s+(?:[\"“][\w’' \-]{1,24}[\"”]|[A-Z][\w’'\-]+)){0,3})"
    r"(?=[,.;:!?(]|\s+[–—(]|\s+(?:who|whose|and)\b)"
)


# "is a very good Kiki", "is a laid-back Ursula": words that judge the playing, before the part.
_JUDGED = re.compile(r"an?\s+((?:very|quite|truly|really)\s+)?([a-z][a-z\-]+)\s+(?=[A-Z])")
_JUDGING = frozenset(
    """
    good great fine terrific superb perfect excellent wonderful marvellous marvelous lovely
    splendid brilliant strong solid winning convincing memorable touching moving funny
    hilarious chilling menacing sympathetic likeable likable charming formidable fierce tender
    warm steely wry laid-back fabulous fantastic impressive delightful magnificent compelling
    haunting heartbreaking sly smooth suave creepy sinister endearing lively
    """.split()
)


def named_copulas(text: str, is_actor: Callable[[str], bool]) -> list[tuple[str, str, int]]:
    """(actor, part, position) for "X is Quint." (or "X is a very good Kiki": a word judging
    the playing before the part) where X, a full name, opens its clause and the part is a name
    right after " is ". A bare shape: the caller believes it only where the paragraph credits
    someone else, or the page names the part apart as a person."""
    out: list[tuple[str, str, int]] = []
    judged_at: list[int] = []  # where a judged part was read
    at = text.find(" is ")
    while at != -1:
        nxt = text.find(" is ", at + 4)
        start = at + 4
        if text.startswith(("a ", "an "), start) and _capital_before(text, at):
            judged = _JUDGED.match(text, start)
            if judged is not None and judged.group(2) in _JUDGING:
                start = judged.end()
        if text[start : start + 1].isupper() and _capital_before(text, at):
            m = _NAMED.match(text, start)
            if m is not None and m.group(1).split()[0] not in _NOT_PARTS:
                actor = name_before(text, at)
                if actor is not None and _opens_clause(text, at - len(actor)) and is_actor(actor):
                    out.append((actor, m.group(1).strip(), at))
                    if start != at + 4:
                        judged_at.append(at)
        at = nxt
    if judged_at:
        # A judged part is believed only in a run through the cast: another judged part in the
        # same sentence ("X is a very good Kiki, and Y is a laid-back Ursula"), never alone
        # ("X is a fine Bond, if you ask me").
        starts = [_sentence_start(text, at) for at in judged_at]
        alone = {at for at, start in zip(judged_at, starts, strict=True) if starts.count(start) < 2}
        out = [credit for credit in out if credit[2] not in alone]
    return out


def may_name_copula(text: str) -> bool:
    """False only where neither `described_parts` nor `named_copulas` can read anything in
    `text`, whatever names the page credits: both ask, at some " is ", for a capitalised word
    before it, a determiner or a capital after it, and a full name ending before it that opens
    its clause. One look for both readers (most paragraphs with " is " have no such place)."""
    at = text.find(" is ")
    while at != -1:
        if (
            _capital_before(text, at)
            and (
                text.startswith(_DETERMINERS, at + 4)
                or text.startswith(("a ", "an "), at + 4)  # "X is a very good Kiki"
                or text[at + 4 : at + 5].isupper()
            )
            and (actor := name_before(text, at)) is not None
            and _opens_clause(text, at - len(actor))
        ):
            return True
        at = text.find(" is ", at + 4)
    return False


# --- evidence: a credit beside ---------------------------------------------------------------


def near_credit(text: str, at: int, actors: Iterable[str], own: str) -> bool:
    """Whether the sentence holding position `at`, or the one before it, names another of
    `actors` (in full, or by a surname of four letters or more): the words run through the
    cast, one credit after another."""
    start = _sentence_start(text, at)
    if start > 0:
        start = _sentence_start(text, start - 2)
    stop = text.find(". ", at)
    window = text[start : stop if stop != -1 else len(text)]
    for actor in actors:
        if actor == own:
            continue
        if actor in window:
            return True
        surname = actor.rsplit(None, 1)[-1]
        if (
            len(surname) > 3
            and surname in window
            and own.rsplit(None, 1)[-1] != surname
            and re.search(rf"(?<![\w’'\-]){re.escape(surname)}(?![\w\-])", window)
        ):
            return True
    return False


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding position `at` starts."""
    stop = max(text.rfind(". ", 0, at), text.rfind("! ", 0, at), text.rfind("? ", 0, at))
    return stop + 2 if stop >= 0 else 0


# "the trans dancer Kukoo", "the alien Christopher Johnson": a part brought in by what the
# person is in the story, right before it.
def described_before(text: str, part: str) -> bool:
    """Whether `part` stands after "the" and one or two words in lower case in `text`."""
    at = text.find(part)
    while at != -1:
        head = text[max(0, at - 40) : at].split()
        if len(head) >= 2 and (
            (head[-2] == "the" and head[-1].islower())
            or (len(head) >= 3 and head[-3] == "the" and head[-2].islower() and head[-1].islower())
        ):
            return True
        at = text.find(part, at + 1)
    return False


# --- "Ria, Aditi's unmarried cousin, whom Shefali Shetty plays with …" -----------------------

_WHOM = re.compile(
    r",\s+whom\s+((?:[A-Z][\w’'\-.]+\s+){0,3}[A-Z][\w’'\-]+)\s+"
    r"(plays|played|portrays|portrayed|voices|voiced|makes|made)\b"
)
# An apposition between the part and ", whom": ", the local teenage hood", ", Aditi's cousin".
_APPOSED_END = re.compile(r",\s+(?:the|a|an|his|her|their|[A-Z][\w\-]*[’']s)\s+[^,;:.!?()]{2,90}$")
# The part right before: one to three capitalised words, maybe after a title ("Dr.").
_PART_END = re.compile(
    r"(?:(?<=\s)|^)((?:(?:Dr|Mr|Mrs|Ms)\.\s+)?[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2})$"
)
# Verbs that credit anyone; the others ("makes") only an actor the page credits.
_WHOM_PLAYS = frozenset("plays played portrays portrayed voices voiced".split())


def whom_parts(text: str) -> list[tuple[str, str, bool]]:
    """(actor, part, plays) for "Y, whom X plays …" and "Y, the …, whom X makes …": the part
    is the name before ", whom" (past an apposition describing it), the actor the name after
    it; `plays` says the verb is one of performing ("plays", "voices"), not "makes"."""
    out: list[tuple[str, str, bool]] = []
    at = text.find(", whom ")
    while at != -1:
        m = _WHOM.match(text, at)
        if m is not None:
            end = at
            aside = _APPOSED_END.search(text, max(0, at - 100), at)
            if aside is not None:
                end = aside.start()
            part = _PART_END.search(text, max(0, end - 60), end)
            if part is not None:
                words = part.group(1).split()
                while words and words[0] in _NOT_PARTS | _OPENERS:
                    words.pop(0)
                if words:
                    out.append((m.group(1), " ".join(words), m.group(2) in _WHOM_PLAYS))
        at = text.find(", whom ", at + 7)
    return out


_OPENERS = frozenset("And But Later Then Now So Yet Also Even Only".split())


# --- "Jet, the ex-cop with …, gets a gruff warmth from X" ------------------------------------

# The verb, the quality, the actor: "gets a gruff warmth from X", "is given a heartbreaking
# innocence by X".
_GETS_FROM = re.compile(
    r"\b(?:gets|is\s+given|receives)\s+((?:a|an|some)\s+[^.;:!?()]{2,50}?)\s+(?:from|by)\s+"
    r"((?:[A-Z][\w’'\-.]+\s+){1,3}[A-Z][\w’'\-]+)"
)
# The sentence's subject before the verb: a part named first ("Jet, the …, gets"), or one named
# in a description ("The first, a young man named Baek Kwang-ho, is given").
_SUBJECT_PART = re.compile(r"([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2})(?=,\s|\s*$)")
_NAMED_IN = re.compile(
    capitals(r"\bnamed\s+([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2})(?=,\s|\s*$)")
)
_SUBJECT_OPENERS = frozenset("The A An His Her Their Its This That It He She They".split())


def quality_from(text: str, quality: Callable[[str], bool]) -> list[tuple[str, str, int, bool]]:
    """(actor, part, position) for "Jet, the ex-cop …, gets a gruff warmth from X" and "The
    first, a young man named Baek Kwang-ho, is given a heartbreaking innocence by X": the part
    is the sentence's subject, the actor the name after "from"/"by"; `quality` judges the
    words given ("a gruff warmth", not "a phone call"). The flag says a description of the
    part stands between it and the verb ("Jet, the ex-cop with …, gets")."""
    out: list[tuple[str, str, int, bool]] = []
    for verb in ("gets ", "given ", "receives "):
        at = text.find(verb)
        while at != -1:
            start = text.rfind(" ", 0, at - 1) + 1 if verb == "given " else at
            m = _GETS_FROM.match(text, start)
            at = text.find(verb, at + 1)
            if m is None or not quality(m.group(1)):
                continue
            begin = _sentence_start(text, m.start())
            subject = text[begin : m.start()].rstrip().rstrip(",")
            part = None
            described = False
            first = _SUBJECT_PART.match(subject)
            if first is not None and first.group(1).split()[0] not in _SUBJECT_OPENERS:
                part = first.group(1)
                described = first.end() < len(subject)
            else:
                named = _NAMED_IN.search(subject)
                part = named.group(1) if named is not None else None
                described = part is not None
            if part is not None:
                out.append((m.group(2), part, m.start(2), described))
    return out


# --- "X, the musician making his screen debut as Xolani, is …" --------------------------------

# The part after "making … debut as": a name, or a name after a description of the person
# ("Mookie's girlfriend Tina", "the shy Tina").
_DEBUT_AS = re.compile(
    r"making\s+(?:his|her|their)\s+(?:[a-z\-]+\s+)?debut\s+as\s+"
    r"(?:(?:the|[A-Z][\w\-]*[’']s)\s+(?:[a-z][\w’'\-]*\s+){0,2})?"
    r"([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2})(?=[,.;:!?)]|\s+[–—])"
)
# Before "making": the actor's name and a comma, maybe a description set off after it.
_DEBUT_SUBJECT = re.compile(
    r"([A-Z][\w’'\-.]+(?:\s+[A-Z][\w’'\-.]+){1,3}),\s+(?:(?:a|an|the)\s+[^,;:.!?()]{2,80}\s+)?$"
)


def debut_parts(text: str) -> list[tuple[str, str]]:
    """(actor, part) for "X, making her film debut as Tina, …" and "X, the musician making
    his screen debut as Xolani, …": a first part is this film's (a debut "as director" names
    no part)."""
    out: list[tuple[str, str]] = []
    at = text.find("making ")
    while at != -1:
        m = _DEBUT_AS.match(text, at)
        if m is not None:
            subject = _DEBUT_SUBJECT.search(text, max(0, at - 120), at)
            if subject is not None:
                out.append((subject.group(1), m.group(1)))
        at = text.find("making ", at + 7)
    return out
