"""Names the prose seems to credit that are not this film's actors.

The patterns of `credits` and `roles` take a name from its place in a phrase ("X plays",
"starring X and Y", "X (Y)"). Some places hold a name that is no actor of this film: a company
or a place read as two capitalised words ("20th Century Fox", "Warner Bros", "the Sundance Film
Festival", "New Mexico"), a character named after "as" or before "played by", or the stars of
another work the sentence names ("Broadcast News, the comedy starring Holly Hunter and William
Hurt"). `not_this_cast` tells them apart for a name the prose alone credits: every full mention
of it on the page must be explained away, so a name that is also credited plainly stays.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator

from reeltui.parse.capitals import capitals
from reeltui.parse.elsewhere import recalled_mention
from reeltui.parse.work_clauses import (
    apposed_work_with,
    bracket_of_maker,
    framed_by_other_work,
    office_opening,
    other_work_clause,
    part_in_named_work,
    part_in_titled_work,
    play_idiom,
    relative_on_work,
)
from reeltui.text import fold

__all__ = ["ends_a_name_of_org", "not_a_person", "not_this_cast"]

# Last words of a company, a festival, a channel, a publication or a prize, never of a person.
_ORG_LAST = frozenset(
    """
    Pictures Studios Studio Records Network Networks Films Productions Entertainment Media
    Bros Bros. Brothers Company Corporation Group Channel Television Radio Festival Awards
    Award Prize Foundation Institute University College Academy Magazine Times Herald Gazette
    Tribune Telegraph Journal Weekly Daily Publishing Books Comics Theatre Theater
    Centre Center Music Games Labs Inc Inc. Ltd Ltd. LLC Agency Council Service
    Republic Chronicle Observer Examiner Inquirer Enquirer Globe Courier Dispatch Sentinel
    Bulletin Newsday Bureau Desk Wire Newsroom
    """.split()
)
# First words of a place, a publication or a broadcaster ("New Mexico", "Los Angeles", "Daily
# Star", "HBO Max", "BBC Four").
_PLACE_FIRST = frozenset(
    """
    New North South East West Northern Southern Eastern Western Central Upper Lower Greater
    Los Las San Daily Sunday Evening Morning
    HBO Netflix Hulu Disney Amazon Paramount Peacock BBC ITV MUBI
    """.split()
)
# A word glued before a mention that makes the run a name of something else: a number or an
# ordinal ("20th Century Fox"), an article ("the Daily Star", "in The Underground Railroad").
_THING_BEFORE = re.compile(r"(?:\b\d+(?:st|nd|rd|th)?|\b[Tt]he)\s+$")
# A capitalised word right after a mention that names an organisation or an event.
_ORG_AFTER = re.compile(r"\s+([A-Z][\w.]*)")
# A character, not an actor: "as Lindsay Cunningham", "as news director Lindsay Cunningham",
# "as Mollie's mother, Lizzie Q" (never "such as", "as well as").
_AS_BEFORE = re.compile(
    r"(?<!\bsuch)(?<!\bwell)(?<!\bsame)(?<!\bso)\s+as\s+"
    r"(?:(?:the|a|an|his|her|their|its|[A-Z][\w’'\-]*[’']s)\s+(?:[a-z][\w’'\-]*\s+){0,3}"
    r"(?:[a-z][\w’'\-]*,\s+)?|(?:[a-z][\w’'\-]*\s+){1,3})?$"
)
_PLAYED_BY_AFTER = re.compile(r",?\s+\(?(?:is\s+|was\s+)?(?:played|portrayed|voiced)\s+by\b")
# Words after "as" that start no description of a character ("as does X", "as is X").
_AS_NOT_ROLE = frozenset(
    """
    is was are were be been does did do has had have can could will would shall should may
    might must as ever always usual often well much if though it he she they we you i one
    by in of on at with from for to than
    """.split()
)
# Words that call the person after them a performer: "as good as the film's star X".
_PERFORMER_WORDS = frozenset("star stars actor actress lead co-star performer newcomer".split())
# Another work set in apposition to its title, then its cast: "Broadcast News, the comedy
# starring A and B", "Annihilation, the 2018 film with A". The names may be a list.
_WORK_KINDS = (
    r"film|movie|comedy|drama|series|show|sitcom|thriller|miniseries|documentary|musical"
    r"|romcom|horror|western|satire|adaptation|remake|sequel|original|picture|classic|version"
    r"|epic|biopic|feature|debut|romance|fable|noir|mystery|animation"
)
# The work's title may be quoted and followed by its year ("\"Low Water\" (1998), the drama
# starring …"); the apposition may name its maker instead of an article ("…, Ana Reyes's epic
# starring …").
_OTHER_WORK_CAST = re.compile(
    r"(?P<work>[\"“‘']?[A-Z][\w’'\-:]*(?:\s+[\w’'\-:]+){0,5}[\"”’']?)(?:\s+\(\d{4}\))?,\s+"
    r"(?:the|a|an|[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2}[’']s)\s+(?:[\w’'\-]+\s+){0,3}?"
    r"(?:" + _WORK_KINDS + r")s?\s+(?:(?:that|which)\s+)?(?:starring|starred|stars|with|featuring"
    r"|led\s+by|headlined\s+by)\s+"
    r"(?:[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*){0,3}(?:,\s+and\s+|,\s+|\s+and\s+|\s*&\s+))*$"
)


# (The words are "remake", "reboot", "sequel", "spin-off", "series", "season", "prequel",
# "version", "adaptation", "original", "outing", "film", "movie", "instalment" or "installment",
# "chapter": each first letter leads and the word boundary is checked behind it, so that a
# search skips to those letters instead of trying the boundary at every character.)
_OTHER_KIND = re.compile(
    r"(?:r(?<=\br)e(?:make|boot)|s(?<=\bs)(?:equel|pin-off|eries|eason)|p(?<=\bp)requel"
    r"|v(?<=\bv)ersion|a(?<=\ba)daptation|o(?<=\bo)(?:riginal|uting)|f(?<=\bf)ilm|m(?<=\bm)ovie"
    r"|i(?<=\bi)nstall?ment|c(?<=\bc)hapter)s?,"
)
# Another part of the same work told by its place: "The second series, China Girl, set in
# Sydney and starring …", "its next film, Salt Flats, with …".
_ANOTHER_PART = (
    r"(?:second|third|fourth|fifth|next|later|previous|following|last|first|earlier)\s+"
    r"(?:series|season|film|movie|instalment|installment|chapter|outing)"
)
# The other work named first by its kind, then by its title: "The 2022 British remake, Living,
# scripted by Kazuo Ishiguro and starring …".
_WORK_THEN_TITLE_CAST = re.compile(
    r"\b(?i:the|a|an|its|his|her|their)\s+(?:(?:19|20)\d\d\s+)?(?:[\w’'\-]+\s+){0,2}?"
    r"(?:remake|sequel|prequel|version|adaptation|original|reboot|spin-off|predecessor|"
    + _ANOTHER_PART
    + r")s?,\s+(?P<work>[\"“‘']?[A-Z][^,]{0,50}?[\"”’']?),\s+(?:[^,.;]{0,80}?\s+)?"
    r"(?:starring|starred|stars|with|featuring|led\s+by)\s+"
    r"(?:[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*){0,3}(?:,\s+and\s+|,\s+|\s+and\s+|\s*&\s+))*$"
)


# Another work's cast told right after its title, or after its kind, with no apposition: "owes
# a lot to Paper Moons, starring A and B", "Night Bus (2009), which starred C", "The 1998
# television version, starring D and E" (a kind needs a year or an "earlier" to be another
# work's, but "original" and "predecessor": "the sequel, starring …" may be the film
# reviewed). The title is in title case (small words aside), so a description ("Netflix's
# latest, starring …") is no title; "with" is left out ("Ilse Brandt, with X on board": a
# maker, not a work).
_NAMES_TO_END = (
    r"(?:[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*){0,3}(?:,\s+and\s+|,\s+|\s+and\s+|\s*&\s+))*$"
)
_TITLED_WORK_CAST = re.compile(
    r"(?P<work>[\"“‘']?[A-Z][\w’'\-:]*(?:\s+(?:[A-Z0-9][\w’'\-:]*|of|the|and|in|a|an|on|to|for"
    r"|at|with))*[\"”’']?)(?:\s+\(\d{4}\))?,\s+(?:which\s+|that\s+)?"
    r"(?:(?:directed|written|made|produced)\s+by\s+[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*){0,3}"
    r"(?:,\s+|\s+and\s+))?(?:starring|starred|featuring|featured|co-?starring|led\s+by"
    r"|headlined\s+by)\s+" + _NAMES_TO_END
)
_KIND_THEN_CAST = re.compile(
    r"\b(?i:the|a|an|its|his|her|their|that)\s+(?:(?:(?:19|20)\d\d|earlier|previous|first|old"
    r"|older|former)\s+(?:[\w’'\-]+\s+){0,2}?(?:remake|sequel|prequel|version|adaptation|reboot"
    r"|spin-off)|(?:[\w’'\-]+\s+){0,2}?(?:original|predecessor))s?,\s+"
    r"(?:(?:which|that)\s+)?(?:starring|starred|stars|with|featuring|led\s+by)\s+" + _NAMES_TO_END
)
# A sentence that opens on a cast, then names its work as the subject: "Starring A and B,
# Coinflip is the heist film of the year".
_FRONTED = ("Starring ", "Featuring ", "Also starring ", "Co-starring ")
_NAME = capitals(r"[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*){0,3}")
_FRONTED_REST = re.compile(
    _NAME + r"(?:(?:,\s+and\s+|,\s+|\s+and\s+|\s*&\s+)" + _NAME + r")*,\s+"
    r"(?P<work>[\"“‘']?[A-Z][\w’'\-:]*(?:\s+(?:[A-Z0-9][\w’'\-:]*|of|the|and|in|a|an|on|to|for"
    r"|at|with))*[\"”’']?)\s+(?:is|was|are|were|has|had|will|marks|opens|arrives|hits|comes|lands"
    r"|delivers|tells|follows|returns|streams)\b"
)
# Words that make a capitalised run no title of its own: "The film, starring …" is this film.
_NOT_A_TITLE = frozenset(
    """
    the this that its it a an film movie series show season picture feature story drama
    comedy thriller documentary sequel remake original version adaptation production cast
    director studio netflix
    """.split()
)
_CAST_VERBS = (
    ", starring ",
    ", starred ",
    ", featuring ",
    ", featured ",
    ", led by ",
    ", headlined by ",
    ", which starred ",
    ", which featured ",
    ", that starred ",
    ", directed by ",
)


def _titled_work(work: str, title: str) -> bool:
    """Whether a capitalised run before ", starring" is another work's title: not this film's
    (nor a part of it), and not only words of a work's kind ("The film", "This series")."""
    words = [w.strip("\"“”‘’'").lower() for w in work.split()]
    if all(w in _NOT_A_TITLE for w in words):
        return False
    folded, own = fold(work.strip("\"“”‘’' ")), fold(title)
    return not own or not (own in folded or folded in own)


# An actor who left the film before it was made: "X dropped out", "X, who was first cast as
# the father, pulled out", "X was originally cast but was replaced". The name is the subject
# of the leaving (after it: a few adverbs, a relative clause between commas, or "was
# originally cast … but"); "replaced by X" names the one who stayed.
_LEFT = (
    r"(?:dropped|pulled|bowed)\s+out|was\s+replaced|(?:left|exited|quit)\s+the\s+(?:production"
    r"|project|film|movie|show|series|role|part)|turned\s+(?:it|the\s+(?:role|part|offer))\s+down"
    r"|turned\s+down\s+the\s+(?:role|part|offer)|(?:was|were)\s+in\s+talks\s+to\s+(?:star|play|join)"
)
_WITHDRAWN_AFTER = re.compile(
    r"(?:\s+(?:later|eventually|reportedly|then|had|has|ultimately|abruptly|famously)){0,2}\s+"
    r"(?:" + _LEFT + r")\b"
    r"|,\s+who\s+(?:[^,.;!?]{0,80},\s+)?(?:(?:later|eventually|then|had|ultimately)\s+)?(?:"
    + _LEFT
    + r")\b|\s+(?:was|had\s+been)\s+(?:originally|initially|first|once)\s+(?:cast|attached|set)\b"
    r"[^.;!?]{0,60}?\bbut\s+(?:" + _LEFT + r")\b"
)
# A part on a stage: "X plays Othello at the Globe this summer", "X is Lear on Broadway".
_STAGED_AFTER = re.compile(
    r"\s+(?:plays|is\s+playing|stars\s+as|is|as)\s+[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3}\s+"
    r"(?:at\s+the\s+[A-Z]|on\s+Broadway\b|in\s+the\s+West\s+End\b|on\s+stage\b)"
)
_LEFT_WORDS = (" out", "replaced", " left ", "exited", " quit ", "turned ", " talks ")


# Pairs of a name and its works in brackets, joined by "and": "(Night Bus) and Ada Kroll (Dust
# Crown)" after "Tom Vance".
_MORE_PAIRS = re.compile(
    r"(?:,\s+(?:and\s+)?|\s+and\s+|\s*&\s+)[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*){0,3}\s*\([^()]{1,60}\)"
)


def _past_pairs(text: str, at: int, end: int) -> int:
    """Where the clause's verb may stand after a mention that is a name with its works in
    brackets, or those works ("Greta Voss (Low Tide) turned …", "A (X) and B (Y) were …"):
    after the brackets and the pairs joined to them; else `end`."""
    if not ((at and text[at - 1] == "(") or text.startswith(" (", end)):
        return end
    close = text.find(")", end, end + 80)
    if close == -1:
        return end
    end = close + 1
    while (more := _MORE_PAIRS.match(text, end, end + 120)) is not None:
        end = more.end()
    return end


def _withdrawn_mention(text: str, at: int, end: int) -> bool:
    """The mention ending at `end` is of an actor who left the film ("X dropped out", "X (Y)
    and Z (W) were in talks to star"), or who plays a part on a stage ("X plays Othello at the
    Globe")."""
    end = _past_pairs(text, at, end)
    after = text[end : end + 160]
    if (" at the " in after or " on " in after or " in the West" in after) and _STAGED_AFTER.match(
        after
    ):
        return True
    return any(map(after.__contains__, _LEFT_WORDS)) and bool(_WITHDRAWN_AFTER.match(after))


# A maker of the film named with a work of theirs in brackets: "The director, Ilse Brandt
# (Dust Crown), never lets …", "Its three directors — Tom Tykwer (Run Lola Run), A and B",
# "shot by Tom Hale (Night Bus)". A review calls its own film's makers so, and the bracket after
# a maker holds a work, never the actor of a part. A job as the object of a verb ("asks the
# director, Schubert Vale (Hal Mercer)") may be a character's, whose actor is in the bracket,
# so the job must open the sentence (a capital "The", "Its" or the job's own capital), or be
# the maker's "by".
_MAKER_NAME = capitals(
    r"[A-Z][\w’'\-.]*(?:\s+(?:[A-Z][\w’'\-.]*|von|van|de|der|del|da|di|le|la)){0,4}"
)
_MAKER_NAMED = (
    r"(?:" + _MAKER_NAME + r"\s*\([^()]{1,60}\)\s*,\s+(?:and\s+)?)*" + _MAKER_NAME + r"\s*\($"
)
_MAKER_JOBS = (
    r"(?:writer-|co-)?directors?|filmmakers?|screenwriters?|writers?|composers?|producers?"
    r"|cinematographers?|showrunners?|creators?"
)
_MAKER_OPENING = re.compile(
    r"\b(?:(?:The|Its|Their|This|His|Her)\s+(?:[\w’'\-]+[’']s\s+)?(?:(?:two|three|four|both"
    r"|co-)\s*)?(?:"
    + _MAKER_JOBS
    + r")|(?:Writer-|Co-)(?:[Dd]irector|[Ww]riter)|(?:Director|Filmmaker|Screenwriter|Writer"
    r"|Composer|Producer|Cinematographer|Showrunner|Creator)s?)(?:\s*[,:—–-])?\s+" + _MAKER_NAMED
)
_MAKER_BY = re.compile(
    r"\b(?:directed|written|produced|created|shot|scored|edited|co-directed|co-written|screenplay"
    r"|script|music|score|cinematography|photography|songs|lyrics)\s+by\s+" + _MAKER_NAMED
)
_MAKER_WORDS = ("direct", "Direct", "writ", "Writ", "produc", "Produc", "creat", "Creat", "shot",
                "scored", "edited", "compos", "Compos", "filmmaker", "Filmmaker", "showrunner",
                "Showrunner", "cinematograph", "Cinematograph", " by ")  # fmt: skip


def _sentence_head(text: str, at: int) -> str:
    """The sentence of `text` from its start up to `at` (within 300 characters)."""
    start = max(0, at - 300)
    stop = max(
        text.rfind(". ", start, at), text.rfind("! ", start, at), text.rfind("? ", start, at)
    )
    return text[stop + 2 if stop != -1 else start : at]


def _work_of_maker_mention(text: str, at: int, end: int) -> bool:
    """The mention is one of the film's makers, or a bracket after one: a work of theirs ("The
    director, Ilse Brandt (Dust Crown), …"); neither is an actor."""
    if at and text[at - 1] == "(" and text[end : end + 1] == ")":
        head = _sentence_head(text, at - 1) + "("  # the work in brackets
    elif text.startswith(" (", end):
        head = _sentence_head(text, end) + " ("  # the maker, the work after in brackets
    else:
        return False
    if not any(map(head.__contains__, _MAKER_WORDS)):
        return False
    return bool(_MAKER_OPENING.search(head) or _MAKER_BY.search(head))


# A name closing an aside set between commas after the subject, right before its verb: "Anatoly
# Solonitsyn, a fixture of Tarkovsky's work since Andrei Rublev, plays the Writer", "MacLachlan,
# who had worked with Lynch on Dune and Blue Velvet, plays the agent". The name is the object
# of a word inside the aside (a preposition, "and"), so the subject who plays is the one before.
_ASIDE_VERB_AFTER = re.compile(
    r",\s+(?:[a-z]+ly\s+)?(?:plays|played|is|was|stars|starred|portrays|gives|makes|brings"
    r"|delivers|turns)\s"
)
_ASIDE_WORD_BEFORE = re.compile(
    r"\s(?:since|in|on|and|of|from|after|like|than|before|including|to|for|about|at)\s+$"
)
_ASIDE_OPENS = re.compile(r"[A-Z][\w’'\-.]*,\s+(?:(?:a|an|the|who|whose|which|once|then)\s)")


def _aside_object_mention(text: str, at: int, end: int) -> bool:
    """The mention closes an aside between commas, as the object of a word in it, right before
    the verb of the sentence's subject: that subject plays, not the name."""
    if not text.startswith(",", end) or not _ASIDE_VERB_AFTER.match(text, end, end + 40):
        return False
    if not _ASIDE_WORD_BEFORE.search(text, max(0, at - 12), at):
        return False
    head = _sentence_head(text, at)
    opens = _ASIDE_OPENS.search(head) if head.count(",") == 1 else None
    # (an aside that credits the name, "Ajit, a co-worker played by X, is …", is left alone)
    return opens is not None and " play" not in head and "ed by " not in head[opens.end() :]


# A name after the verb of a craft that is not acting: "sung by Mohammed Rafi as Vijay stands in
# a doorway" (a playback singer), "composed by X as …", "shot by X and Y as …". The "as" after
# it opens a clause of time, and the name is no actor's of the part.
_CRAFT_BY = re.compile(
    r"\b(?:sung|composed|written|penned|scored|lensed|shot|edited|produced|directed"
    r"|choreographed|photographed|designed|arranged)\s+by\s+(?:" + _MAKER_NAME + r"(?:,\s+|\s+and"
    r"\s+|\s*&\s+))*$"
)


def _craft_mention(text: str, at: int, end: int) -> bool:
    """The mention follows a craft's "by" that is not acting and comes before an "as" ("sung by
    X as Y stands …"): the "as" gives X no part."""
    if not text.startswith(" as ", end):
        return False
    start = max(0, at - 60)
    return text.find("by ", start, at) != -1 and _CRAFT_BY.search(text, start, at) is not None


# A part read after "as" that is a clause of manner with its own actor: "Mitchell Stephens, as
# Ian Holm plays him, arrives …": the name before "as" is the character, not who plays.
_MANNER_CLAUSE = re.compile(
    r"[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*){0,3}\s+(?:plays|played|portrays|portrayed|writes"
    r"|wrote|makes|made|gives|gave)\s+(?:him|her|them|it)\b"
)


# A credit the writer takes back: "Glenn Robbins pops up as Bruce... no, sorry, I'm mixing up
# my alumni; he isn't in it", "X turns up as the landlord. Or not: she is not in this one".
_RETRACTED = re.compile(
    r"\b(?:he|she|they)\s*(?:is|was|are|were|['’]s|['’]re)?\s*(?:not|n['’]t)\s+(?:actually\s+|even\s+)?"
    r"(?:in|part\s+of)\s+(?:it|this(?:\s+one)?|the\s+(?:film|show|series|cast|movie))\b"
    r"|\b(?:he|she|they)\s+(?:does|did|do)\s*(?:not|n['’]t)\s+(?:appear|feature|show\s+up)\b"
)
_RETRACTED_WORDS = ("not ", "n't ", "n’t ")


# What takes a sentence back before the denial: "... no, sorry", "Or not:", "Wait,".
_TAKING_BACK = re.compile(
    r"\.\.\.|…|\b(?:[Nn]o,|[Ss]orry\b|[Ww]ait\b|[Ss]cratch\s+that\b|[Oo]r\s+not\b"
    r"|[Cc]orrection\b|[Ss]trike\s+that\b)"
)


def _retracted_mention(text: str, end: int) -> bool:
    """Right after the mention, the writer takes it back ("... no, sorry") and says the one
    named is not in the film ("he isn't in it")."""
    after = text[end : end + 200]
    if not any(map(after.__contains__, _RETRACTED_WORDS)):
        return False
    denial = _RETRACTED.search(after)
    back = _TAKING_BACK.search(after, 0, denial.start()) if denial is not None else None
    if back is None:
        return False
    # the taking back is in the mention's own sentence, or opens the next one
    between = after[: back.start()]
    stops = sum(between.count(stop) for stop in (". ", "! ", "? "))
    return stops == 0 or (stops == 1 and between.rstrip().endswith((".", "!", "?")))


# A part someone would have played, had things gone otherwise: "Greta Voss (Low Tide) would
# have nailed this part", "Omar Said might well have been the better choice".
_HYPOTHETICAL_AFTER = re.compile(
    r"\s+(?:would|could|might|should)(?:\s+(?:surely|certainly|probably|well|easily|never))?"
    r"\s+(?:have|not\s+have)\b|\s+(?:would|could|might|should)['’]ve\b"
)


def _hypothetical_mention(text: str, at: int, end: int) -> bool:
    """The mention, or the pair "Name (Work)" it stands in, is the subject of "would have": a
    part not played."""
    end = _past_pairs(text, at, end)
    return "ave" in text[end : end + 40] and _HYPOTHETICAL_AFTER.match(text, end) is not None


# A part in another work, named after "in" with the marks of a work: "X plays the mother in
# next year's Salt Flats", "X plays a cop in Netflix's Dark Water", "X plays Ada in the upcoming
# Night Bus", "X plays Rhea in her next film".
_PART_IN = r"\s+(?:plays|is\s+playing|stars\s+as|is|was|played)\s+(?:[\w’'\-]+\s+){1,5}?in\s+"
_PART_IN_WORK_AFTER = re.compile(
    _PART_IN + r"(?:(?:next|last|this)\s+(?:year|month|week|summer|autumn|winter|spring)['’]s"
    r"|the\s+(?:upcoming|forthcoming|new|next|coming|sequel)|[A-Z][\w\-]*['’]s)\s+"
    r"(?P<work>[\"“‘']?[A-Z][\w’'\-:]*(?:\s+(?:[A-Z0-9][\w’'\-:]*|of|the|and|in|a|an|on))*)"
    r"|" + _PART_IN + r"(?:his|her|their)\s+(?:new|next|upcoming|latest|forthcoming)\s+(?:film"
    r"|movie|series|show|project|feature|picture)\b"
)
# A work still to come, named by its kind alone ("in the upcoming spin-off", "in a planned
# sequel"): not the one reviewed (tried only when one of `_TO_COME` follows the mention).
_PART_IN_WORK_TO_COME = re.compile(
    _PART_IN + r"(?:the|an?)\s+(?:upcoming|forthcoming|planned|announced|future|next)\s+"
    r"(?:[\w\-]+\s+)?(?:film|movie|series|show|project|feature|picture|spin-?off|sequel|prequel"
    r"|remake|reboot|season|instal?lment|chapter)s?\b"
)
_TO_COME = ("upcoming", "forthcoming", "planned", "announced", "future", "next")


# The same with a bare title after "in", when a possessive turn names the part ("X's turn as
# the father in Dust Crown"), or a year or a word on its release follows the title ("X stars as
# the father in Salt Flats, also out this week").
_TITLE_AFTER = (
    r"(?P<work>[\"“‘']?[A-Z][\w’'\-:]*(?:\s+(?:[A-Z0-9][\w’'\-:]*|of|the|and|in|a|an|on))*)"
)
_TURN_IN_WORK_AFTER = re.compile(
    r"['’]s\s+(?:turn|performance|work|role)\s+as\s+(?:[\w’'\-]+\s+){1,5}?in\s+" + _TITLE_AFTER
)
_PART_IN_RELEASED_AFTER = re.compile(
    _PART_IN + _TITLE_AFTER + r"(?:\s+\((?:19|20)\d\d\)|,\s+(?:also|which|out|now|due|released"
    r"|streaming|coming|opening)\b)"
)


def _part_in_another_work_mention(text: str, end: int, title: str) -> bool:
    """After the mention, a part in a work that is not this film."""
    after = text[end : end + 160]
    if " in " not in after:
        return False
    m = (
        _PART_IN_WORK_AFTER.match(text, end, end + 160)
        or _TURN_IN_WORK_AFTER.match(text, end, end + 160)
        or _PART_IN_RELEASED_AFTER.match(text, end, end + 160)
    )
    if m is None:
        return any(map(after.__contains__, _TO_COME)) and bool(
            _PART_IN_WORK_TO_COME.match(text, end, end + 160)
        )
    work = m.group("work")
    return work is None or _titled_work(work, title)


def ends_a_name_of_org(word: str) -> bool:
    """True for a word that ends the name of a company, an outlet or an event, as written
    ("Pictures", "Tribune", "Republic", "Service", "Festival")."""
    return word in _ORG_LAST


def not_a_person(name: str) -> bool:
    """True when the capitalised run is, by its own words, a company, a festival, a place, a
    publication or a broadcaster ("Warner Bros", "Werner Film Productions", "New Mexico",
    "Daily Star", "HBO Max")."""
    words = name.split()
    if len(words) < 2:
        return False
    return words[-1] in _ORG_LAST or words[0] in _PLACE_FIRST


def _mentions(name: str, texts: Iterable[str]) -> Iterator[tuple[str, int, int]]:
    """Every place the name stands on its own (not inside a longer word), in order."""
    size = len(name)
    for text in texts:
        if name not in text:
            continue
        at = text.find(name)
        while at != -1:
            end = at + size
            if (at == 0 or not text[at - 1].isalnum()) and (
                end == len(text) or not text[end].isalnum()
            ):
                yield text, at, end
            at = text.find(name, end)


def _thing_mention(text: str, at: int, end: int) -> bool:
    """The mention is part of something else's name: "20th Century Fox", "the Daily Star",
    "the Sundance Film Festival"."""
    head = text[max(0, at - 12) : at]
    if head.endswith(("the ", "The ")) or (
        any(map(str.isdigit, head)) and _THING_BEFORE.search(head)
    ):
        return True
    if text[end : end + 1] != " ":
        return False
    after = _ORG_AFTER.match(text, end)
    return after is not None and after.group(1) in _ORG_LAST


def _character_mention(text: str, at: int, end: int) -> bool:
    """The mention names a character: after "as" ("as news director X", "as Y's mother, X"),
    or before "played by"."""
    if "by" in text[end : end + 24] and _PLAYED_BY_AFTER.match(text, end):
        return True
    start = max(0, at - 80)
    if text.find(" as ", start, at) == -1:
        return False
    m = _AS_BEFORE.search(text, start, at)
    if m is None:
        return False
    words = [w.strip(",") for w in m.group().split()[1:]]
    # "as news director X" is a character; "as does X", "as played by X", "as good as the
    # film's star X" are not.
    return not any(w in _AS_NOT_ROLE or w in _PERFORMER_WORDS or w.endswith("ed") for w in words)


def _other_work_mention(text: str, at: int, title: str) -> bool:
    """The mention stands among the cast of another work the sentence names."""
    head = text[max(0, at - 200) : at]
    sentence = head[max(head.rfind(". "), head.rfind("! "), head.rfind("? ")) + 1 :]
    if _fronted_cast(sentence):
        # "Starring A and B, Coinflip is the heist film of the year": the work follows its cast
        rest = _FRONTED_REST.match(text, at, at + 300)
        if rest is not None and _titled_work(rest.group("work"), title):
            return True
    if (
        ", the " not in sentence
        and ", a " not in sentence
        and ", an " not in sentence
        and "'s " not in sentence
        and "’s " not in sentence
        and not _OTHER_KIND.search(sentence)
        and not any(map(sentence.__contains__, _CAST_VERBS))
    ):
        return False
    m = _OTHER_WORK_CAST.search(sentence) or (
        _WORK_THEN_TITLE_CAST.search(sentence) if _OTHER_KIND.search(sentence) else None
    )
    if m is not None:
        # (a work the title ends with is the season reviewed: "Top of the Lake: China Girl")
        work, own = fold(m.group("work")), fold(title)
        return not (own and (own in work or (" " in work and own.endswith(" " + work))))
    if not any(map(sentence.__contains__, _CAST_VERBS)):
        return False
    if _OTHER_KIND.search(sentence) and _KIND_THEN_CAST.search(sentence):
        return True  # "The 1998 television version, starring A and B"
    if not _title_before_cue(sentence):
        return False  # "The ensemble, starring …": no title before the cue
    m = _TITLED_WORK_CAST.search(sentence)
    return m is not None and _titled_work(m.group("work"), title)


_FRONTED_NAMES = re.compile(_NAMES_TO_END)


def _fronted_cast(head: str) -> bool:
    """Whether `head` (a sentence up to a mention) opens on "Starring" and lists only names
    since: the mention is in a cast fronted before its work. The opening may follow what ends
    no sentence by its look: a bracketed sentence ("(It is.) Starring …") or a heading set on
    the same line."""
    if "tarring " not in head and "Featuring " not in head:
        return False
    if head.lstrip().startswith(_FRONTED):
        return True
    at = max(head.rfind(" " + word) for word in _FRONTED)
    if at == -1:
        return False
    rest = head[at + 1 :]
    rest = rest[rest.find(" ") + 1 :]
    if rest.startswith("starring "):
        rest = rest[len("starring ") :]
    return _FRONTED_NAMES.fullmatch(rest) is not None


def _title_before_cue(sentence: str) -> bool:
    """Whether the word before the first cast cue (", starring ") may end a title: a
    capitalised word, a year in brackets or a closing quote."""
    at = min((i for i in map(sentence.find, _CAST_VERBS) if i != -1), default=-1)
    if at <= 0:
        return False
    word = sentence[sentence.rfind(" ", 0, at) + 1 : at].lstrip("\"“‘'")
    return word[:1].isupper() or word[:1].isdigit() or word.endswith((")", '"', "”", "’", "'"))


def _named_as_role(actor: str, role: str | None, role_keys: Collection[str]) -> bool:
    """The folded name is a character another actor plays: the role in full; or its surname
    alone when the name's own credit is only a description ("Robert De Niro as LaMotta" and
    "Jake LaMotta … is shown as a man at war": the man the story is about, no actor). A
    character's first name may be an actor's surname ("Barry Keoghan as Oliver" beside
    "Alison Oliver as Venetia"), so a credit with a named role is left alone."""
    if actor in role_keys:
        return True
    words = actor.split()
    described = role is not None and role[:1].islower()
    return described and len(words) > 1 and words[-1] in role_keys


def not_this_cast(
    actor: str,
    texts: list[str],
    title: str,
    role_keys: Collection[str] = (),
    role: str | None = None,
) -> bool:
    """True when a name the prose alone credits is no actor of this film: a company, place or
    publication by its words; the role another actor is credited with (`role_keys`: those
    roles, folded), or the surname of one when the name's own credit (`role`) is only a
    description; a name whose part is a clause of manner with another actor ("X, as Y plays
    him"); or a name each of whose full mentions is part of something else's name, a
    character's, or another work's cast."""
    if not_a_person(actor) or (role and " " in role and _MANNER_CLAUSE.fullmatch(role)):
        return True
    if role_keys and _named_as_role(fold(actor), role, role_keys):
        return True
    seen = False
    for text, at, end in _mentions(actor, texts):
        if not (
            _thing_mention(text, at, end)
            or _character_mention(text, at, end)
            or _other_work_mention(text, at, title)
            or _withdrawn_mention(text, at, end)
            or _work_of_maker_mention(text, at, end)
            or _aside_object_mention(text, at, end)
            or _craft_mention(text, at, end)
            or _retracted_mention(text, end)
            or _hypothetical_mention(text, at, end)
            or _part_in_another_work_mention(text, end, title)
            or other_work_clause(text, at, title, texts)
            or relative_on_work(text, at, title)
            or bracket_of_maker(text, at, end)
            or office_opening(text, at, end)
            or part_in_named_work(text, end, title)
            or play_idiom(text, end)
            or framed_by_other_work(text, at, title)
            or part_in_titled_work(text, end, title)
            or recalled_mention(text, at, end)
            or apposed_work_with(text, at, title)
        ):
            return False  # a plain mention: the first usually is, and ends the look
        seen = True
    return seen
