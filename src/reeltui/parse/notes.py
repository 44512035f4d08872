"""The page's own notes at the edge of a review: lines that say where and when the film shows.

A review often closes on a line the site adds under it: "X screens at the Roxy from Friday.",
"The screening continues at the Lyric until Thursday. Tickets are $12.", "X starts on BBC One
at 9pm tonight." Such a line is told of the film, not judged: each of its sentences names the
film (or "the film", "the screening", "it") as the subject of a verb of showing, and places it
in a venue, on a channel, in cities or at a date or hour. It speaks neither to the reader nor as
the critic ("See it twice.", "I would rather they see it with you."), and it is short.

The rule reads that evidence sentence by sentence, not a list of phrasings: a closed class of
verbs of showing, a place or a time next to them, and no first or second person. It is only
asked about the last lines of a body, so its cost is a few short lines a page.
"""

from __future__ import annotations

import re

from reeltui.parse.cues import split_at

__all__ = ["is_closing_sentence", "is_showing_note"]

#: The most words a note holds, and the most sentences.
_NOTE_WORDS = 45
_NOTE_SENTENCES = 3

# A sentence ends at a full stop, "!" or "?" before a capital, not after an abbreviation of
# a month, an hour ("p.m.") or a single initial.
_SPLIT = re.compile(r"[.!?]([’”\"')]*\s+)(?=[A-Z‘“\"'])")  # (its group: split_at)
# "…; tickets at the door.": a sentence of tickets after a semicolon (looked for only in a
# piece that holds one).
_TICKET_SPLIT = re.compile(r";\s+(?=(?i:tickets?)\b)")
_ABBREVIATED = re.compile(
    r"(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|[ap]\.m|St|Dr|Mr|Mrs|Ms|No|Vol)\.|"
    r"\b[A-Z]\.)$"
)

# Verbs and nouns of showing a film (a closed class): where a note's sentence says the film
# is shown, aired, sold or played, and where a ticket or a screening is its subject.
_SHOWING = re.compile(
    r"(?i)\b(?:(?:screen(?:s|ing|ed)?|show(?:s|ing)|play(?:s|ing)|opens?|opening|runs|running"
    r"|starts|begins|premieres?|premiering|streams?|streaming|airs|aired|airing|continues|returns"
    r"|releas(?:ed|es|ing)|available|arrives|lands|debuts|rollout|tickets?|restor(?:ed|ation)"
    r"|on\s+(?:circuit|release|general\s+release|demand))\b"
    r"|(?:is|are)(?=\s+at\s+(?:the\s+)?(?-i:[A-Z]))"  # "X is at BFI Southbank from 10 October"
    r"|(?:is|are)\s+back(?=\s+(?:in|on)\b)"  # "X is back in select theaters this week"
    # "All episodes can be watched on …", "It can now be streamed on …"
    r"|(?:can|may)\s+(?:now\s+|also\s+|still\s+)?be\s+(?:watched|streamed|seen|viewed|rented"
    r"|bought|found))"
)
# Where or when: a day, a month with a date, an hour, a span ("until Thursday", "from Friday",
# "through February 16"), cinemas across a country, a price.
_WHEN = re.compile(
    r"(?i)\b(?:today|tonight|tomorrow|nationwide|(?:this|next)\s+(?:week|weekend|month)"
    r"|coming\s+weeks|(?:mon|tues|wednes|thurs|fri|satur|sun)days?"
    r"|(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*"
    r"|\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|cinemas|theaters|theatres|multiplexes)\b"
    r"|[$£€₹¥]\s?\d|\b(?:Rs|P|R|N)\.?\s?\d{2,}"
)
# A place named after a preposition: "at Film Forum", "at the CCP Main Theater", "on BBC One",
# "in New York", "through Ticketworld".
_PLACE = re.compile(
    r"\b(?:at|on|in|through|via|across)\s+(?:the\s+|selected\s+|select\s+)?[A-Z0-9][\w’'&.+-]*"
)
# The critic or the reader in the sentence: a note speaks as neither.
_PERSON = re.compile(
    r"(?i)(?<![\w’'])(?:i|i[’']\w+|me|my|we|we[’']\w+|us|our|you|you[’']\w+|your)(?![\w’'])"
)
# "I've seen the first eight episodes of the season.": what the critic was shown before airing.
_SCREENER = re.compile(
    r"(?i)^(?:i|we)(?:[’']ve|\s+have)?\s+(?:seen|watched|screened|reviewed)\s+(?:all\s+|the\s+first\s+)?"
    r"(?:\w+\s+){0,2}episodes?\b"
)
# The film as a subject: "the film", "the screening", "it" (or its title, matched apart).
_SUBJECT = re.compile(
    r"(?i)^[‘“\"']?(?:(?:the\s+)?(?:restored|new|newly\s+restored|remastered)\s+|"
    r"(?:the|this|its)\s+(?:film|movie|series|show|season|screening|restoration|documentary"
    r"|programme|program|retrospective|festival|rest\s+of)\b|it\s|tickets?\b"
    r"|all\s+(?:\w+\s+){0,2}?(?:episodes|series|seasons|films|parts)\b"
    r"|new\s+episodes|episodes\b)"
)
# A subject of capitalised words ending at a verb of showing ("Once Were Warriors screens …").
_CAPITAL_RUN = re.compile(
    r"^[‘“\"']?(?:[A-Z0-9][\w’'.:&!?-]*[’”\"']?\s+(?:(?:of|the|a|an|and|in|on|for|to|at|&)\s+)*){1,8}"
)


# "X originally aired on …", "X now screens at …".
_ADVERB = re.compile(r"(?:now|currently|originally|first|also|still|finally|only)\s+")
# "X is screening at …", "X was first shown on …": the verb's auxiliary after the subject.
_AUXILIARY = re.compile(r"(?:is|are|was|were|has\s+been|have\s+been|will\s+be)\s+")
# A venue as the subject: "The Roxy hosts a 30th anniversary screening Dec. 21".
_HOSTS = re.compile(r"(?:hosts|holds|presents)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?screenings?\b")


def _sentences(unit: str) -> list[str]:
    out: list[str] = []
    pieces = split_at(_SPLIT, unit)
    if ";" in unit:
        pieces = [part for piece in pieces for part in _TICKET_SPLIT.split(piece)]
    for piece in pieces:
        if out and _ABBREVIATED.search(out[-1]):
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out


def _subject(sentence: str, title: str) -> bool:
    """True when the sentence opens on the film: its title, "the film", "it", a screening, or
    a run of capitalised words right before a verb of showing."""
    bare = sentence.lstrip("‘“\"'")
    if title and bare[: len(title)].lower() == title.lower():
        return True
    if _SUBJECT.match(sentence):
        return True
    run = _CAPITAL_RUN.match(sentence)
    if run is None:
        return False
    at = run.end()
    if _SHOWING.match(sentence, at):
        return True  # "X is back in …", "X can be watched on …"
    auxiliary = _AUXILIARY.match(sentence, at)
    at = auxiliary.end() if auxiliary else at
    adverb = _ADVERB.match(sentence, at)
    at = adverb.end() if adverb else at
    return _SHOWING.match(sentence, at) is not None or _HOSTS.match(sentence, at) is not None


# What follows a verb of showing in a note: where or when ("at", "on BBC One", "Friday",
# "nationwide", "this Sunday", "for a short run"), not a likeness or an object ("plays like a
# dream", "shows its age").
_AFTER_VERB = re.compile(
    r"\s*(?:,\s*)?(?:(?:at|on|in|from|until|till|through|via|across|to|for|as|with|this|next|every"
    r"|each|now|today|tonight|tomorrow|nationwide|weekly|again|exclusively|only|are|is|will"
    r"|continue|circuit|release|demand|available|through)\b|[A-Z0-9$£€₹¥]|$)"
)


# The nouns among the words of showing, which name the subject rather than say what it does.
_NOUN = re.compile(r"(?i)tickets?\b|restor|rollout|screening\s+(?:continues|runs|is|of)\b")


# The certificate and the length told of the film: "X (101 minutes) is rated PG."
_RATED = re.compile(r"\bis\s+rated\s+[A-Z0-9][\w-]*\.?$")
# A line without a verb that only places it: "At area theaters.", "In cinemas Friday."
_WHERE_ALONE = re.compile(r"^(?:at|in|on|now\s+(?:at|in|on))\s+(?:\S+\s+){0,5}\S+$", re.I)


# What a seat costs: "Entry free for members.", "Admission $10.", "Members free; guests R40."
_ENTRY = re.compile(
    r"(?i)^(?:entry|admission|tickets?|members)\b[^.!?]{0,40}?(?:\bfree\b|[$£€₹¥]\s?\d"
    r"|\b(?:Rs|R|P|N)\.?\s?\d{2,})"
)


# Where the tickets are: "Tickets are at the door.", "Tickets at the box office or roxy.com."
_TICKETS_AT = re.compile(
    r"(?i)^tickets?\s+(?:are\s+)?(?:(?:available|on\s+sale|sold)\s+)?(?:at|from|through|via)\s+"
    r"(?:the\s+(?:door|box\s+office)\b|[\w-]+\.(?:com|org|net|co|ie|uk|au|ca|nz|za|in|ph)\b"
    r"|(?-i:[A-Z]))"
)


# The film's languages, told as a fact over or under the review: "In French with English
# subtitles, at the Forum and the Beaubien.", "Mostly in Tamil and English with subtitles."
_LANGUAGES = re.compile(
    r"^(?:(?:Mostly|Mainly|Largely|Partly)\s+)?[Ii]n\s+[A-Z][a-z]+(?:(?:,\s*|\s+and\s+)[A-Z][a-z]+)*"
    r"\s+with\s+(?:English\s+)?subtitles\b(?:[,;]\s+(?:at|in|on)\s+(?:the\s+)?[A-Z][^.!?]*)?\.?$"
)


def _note_sentence(sentence: str, title: str, first: bool) -> bool:
    if (_ENTRY.match(sentence) or _TICKETS_AT.match(sentence)) and sentence.count(" ") < 12:
        return True
    if _LANGUAGES.match(sentence) and sentence.count(" ") < 25:
        return True
    if _PERSON.search(sentence):
        return not first and _SCREENER.match(sentence) is not None
    if _RATED.search(sentence):
        return _subject(sentence, title) or bool(_CAPITAL_RUN.match(sentence))
    if _WHERE_ALONE.match(sentence):
        return bool(_WHEN.search(sentence) or _place(sentence, ""))
    if not (_WHEN.search(sentence) or _place(sentence, title)):
        return False
    if not _subject(sentence, title):
        return False
    # Each verb of showing is followed by where or when; one that is not is said of the film
    # as a work ("It plays like a dream"), and the sentence is no note.
    verbs = [m for m in _SHOWING.finditer(sentence) if not _NOUN.match(sentence, m.start())]
    if not verbs:  # "Tickets are $12.": the tickets said of, with their price or seller
        return sentence.lstrip("‘“\"'")[:6].lower() == "ticket"
    return all(_AFTER_VERB.match(sentence, m.end()) for m in verbs)


def _place(sentence: str, title: str) -> bool:
    """True when a capitalised place follows a preposition, other than the title itself."""
    low_title = title.lower()
    for m in _PLACE.finditer(sentence):
        named = sentence[m.end() - len(m.group().split()[-1]) :]
        if not low_title or not named.lower().startswith(low_title):
            return True
    return False


def is_showing_note(unit: str, title: str) -> bool:
    """True when `unit` is a short note of where and when the film shows, in every sentence
    ("X screens at the Roxy on Dec. 7 and 8. Tickets are available through Ticketworld.")."""
    spaces = unit.count(" ")
    if (spaces >= _NOTE_WORDS or not (_SHOWING.search(unit) or " subtitles" in unit)) and (
        spaces >= 20 or " rated " not in unit
    ):
        return False  # (but a certificate: "X (101 minutes) is rated PG. At area theaters.")
    sentences = _sentences(unit)
    if len(sentences) > _NOTE_SENTENCES:
        return False
    if not any(_SHOWING.search(s) or _WHEN.search(s) or _place(s, title) for s in sentences):
        return False  # (a certificate alone is `scraped`'s rule, not a note of where it shows)
    return all(_note_sentence(s, title, n == 0) for n, s in enumerate(sentences))


_CLOSERS = "\"'”’)]*"


def is_closing_sentence(unit: str) -> bool:
    """True when a short line reads as the review's own closing sentence ("See it twice. Phil
    would understand.", "It is, quite simply, a film to treasure."): it ends a sentence and
    holds words in lower case, so it is neither a heading nor a label."""
    if unit.rstrip(_CLOSERS)[-1:] not in (".", "!", "?"):
        return False
    words = unit.split()
    return len(words) >= 3 and sum(1 for w in words if w[:1].islower()) >= 2


# --- notes that open the review ----------------------------------------------------------------

# The open-ended words of showing: "opens", "starts", "runs" and "returns" also tell a story
# ("The film opens in Lisbon in 1974"), so a note over the review needs another.
_STORY_VERBS = frozenset(("opens", "opening", "starts", "begins", "runs", "running", "returns"))


def is_opening_note(unit: str, title: str) -> bool:
    """True when the first line of a review is a note of the page's: where and when the film
    shows (`is_showing_note`, with a verb that tells no story), or its credit as a caption
    ("X, directed by A B. Courtesy C.", "X (1962), directed by A B. On release from 8 March.")."""
    if unit.count(" ") >= _NOTE_WORDS:
        return False
    if is_showing_note(unit, title) and (
        any(m.group().lower() not in _STORY_VERBS for m in _SHOWING.finditer(unit))
        or any(_LANGUAGES.match(s) for s in _sentences(unit))
    ):
        return True
    return _credit_caption(unit)


# "X, directed by A B." or "X (1962), directed by A B.": a still's caption or a credit line.
_CAPTION_CREDIT = re.compile(
    r"^[‘“\"']?[A-Z0-9][^.!?]{0,80}?(?:\s\((?:19|20)\d\d\))?,\s+directed\s+by\s+"
    r"[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3}\.(?:\s|$)"
)


def _credit_caption(unit: str) -> bool:
    """A caption naming the film and its director, with at most two short sentences after it
    (a source, a release): no sentence of the review reads so."""
    m = _CAPTION_CREDIT.match(unit)
    if m is None:
        return False
    rest = unit[m.end() :].strip()
    return not rest or (len(_sentences(rest)) <= 2 and rest.count(" ") < 20)


# A kicker naming the kind of article over its first paragraph: "OPINION: ", "ANALYSIS — ".
_KICKER = re.compile(
    r"^(?:OPINION|ANALYSIS|COMMENT|EDITORIAL|EXCLUSIVE|FEATURE|RETRO|REVIEW|ESSAY|COLUMN)"
    r"\s*(?::|\s[—–-])\s+(?=[A-Z‘“\"'])"
)
# A place of two or three capitalised words over the first paragraph: "New Delhi: ",
# "Kuala Lumpur — " (one word in capitals is `scraped`'s dateline).
_TITLE_PLACE = re.compile(
    r"^((?:[A-Z][a-z’'.-]+\s){1,2}[A-Z][a-z’'.-]+)(?::\s+|\s+[—–]\s+)(?=[A-Z‘“\"'])"
)
_NOT_A_PLACE = frozenset(
    "the a an our my his her their this that story plot review verdict synopsis update note "
    "warning spoiler spoilers full quick short long bottom final first last big".split()
)


def past_opening_label(unit: str, title: str, *, first: bool = True) -> str:
    """The first paragraph without a kicker of the article's kind ("OPINION: ") or a place in
    title case before a colon or a dash ("New Delhi: "): not the film's title, no label of the
    review's own ("Story: ", "The Pitch: "), not the title's first words, a paragraph of twenty
    words or more after it, and the place's last word never written in lower case there; a
    place only where `first` (the first paragraph). Unchanged otherwise."""
    if not (first or unit[:2].isupper()):
        return unit  # (a place in title case opens only the first paragraph)
    m = _KICKER.match(unit) if unit[:2].isupper() else _TITLE_PLACE.match(unit)
    if m is None or unit.count(" ", m.end()) < 20:
        return unit  # (a dateline opens a paragraph, not a line: "Screenplay Information: …")
    words = m.group().strip(" :—–-").split()
    if unit[:2].isupper():
        return unit[m.end() :]
    if any(w.lower() in _NOT_A_PLACE for w in words):
        return unit
    opening = " ".join(title.lower().split()[:2])
    if opening and f" {opening} " in f" {' '.join(words).lower()} ":
        return unit  # the film's name ("Later Harbour Lights: The Long Night …")
    rest = unit[m.end() :]
    head = words[-1].lower()
    if re.search(rf"(?<![\w’'-]){re.escape(head)}(?![\w’'-])", rest):
        return unit  # a common noun ("Quick Thoughts: … these thoughts"), not a place
    return rest


# --- a standfirst ------------------------------------------------------------------------------

# The kinds of a work, as a standfirst names the film under review by its maker's possessive:
# "P.J. Hogan's suburban comedy", "Apple TV+'s workplace thriller", "Cartoon Saloon's first
# feature".
_KIND_NOUNS = (
    r"(?:film|movie|comedy|drama|thriller|feature|series|show|satire|documentary|romance"
    r"|horror|western|musical|epic|debut|adaptation|sequel|remake|biopic|fantasy|mystery"
    r"|procedural|miniseries|anthology|melodrama|tragedy|farce|noir|fable|parable|saga|caper"
    r"|romcom|rom-com|animation|classic|masterpiece)"
)
_MAKERS_WORK = re.compile(
    r"[A-Z][\w.+-]*(?:\s+[A-Z][\w.+-]*){0,3}[’']s\s+(?:[\w,-]+\s+){0,3}?" + _KIND_NOUNS + r"\b"
)
_CRITIC = re.compile(r"(?<![\w’'])(?:I|I[’']\w+|me|my)(?![\w’'])")
# A standfirst's last sentence that promises the article to the reader: "Here's what you need to
# know.", "We binged the first season so you don't have to.", "Read on to find out why."
_PROMISE = re.compile(
    r"(?i)(?:^|\s)(?:here(?:['’]s|\s+is)\s+(?:what|why|how|our|everything|whether)\b"
    r"|.*\bso\s+you\s+don['’]t\s+have\s+to\b|read\s+on\b|find\s+out\s+(?:why|whether|if|what|how)\b"
    r"|we\s+(?:weigh\s+it\s+up|take\s+a\s+look|find\s+out)\b)"
)
# A standfirst that tells of its writer: "Jo Bloggs writes that …", "Ana Lima revisits …".
_WRITER_DECK = re.compile(
    r"^(?:[A-Z][\w’'.-]+\s+){1,3}(?:writes|argues|reviews|revisits|considers|reconsiders"
    r"|assesses|weighs\s+up|looks\s+back\s+at)\b"
)
#: The most words of a standfirst, and how many times longer the paragraph under it is at least.
_DECK_WORDS = 40
_DECK_RATIO = 2


def is_standfirst(unit: str, following: str) -> bool:
    """True when `unit`, the first line over the review, is its standfirst: a sentence or two
    that sum up the work by its maker's possessive and its kind ("P.J. Hogan's suburban comedy
    is still the sharpest …", "Apple TV+'s workplace thriller is a chilly satire …"), not in
    the critic's own voice ("I"), over a paragraph at least twice its length; or one that
    promises the article ("Here's what you need to know.") or tells of its writer ("Jo Bloggs
    writes that …")."""
    words = unit.count(" ") + 1
    if words > _DECK_WORDS:
        return False
    sentences = _sentences(unit)
    if (
        len(sentences) <= 3
        and following.count(" ") >= 30
        and _PROMISE.search(sentences[-1])
        and not _CRITIC.search(unit)
    ):
        # "… the talk of every office kitchen this week. Here's what you need to know."
        return True
    if following.count(" ") + 1 < max(40, _DECK_RATIO * words):
        return False
    if len(sentences) == 1 and _WRITER_DECK.match(unit) and not _CRITIC.search(unit):
        return True  # "Jo Bloggs writes that X's fable is the most daring film in years"
    if "’s " not in unit and "'s " not in unit:
        return False
    if len(sentences) > 2 or _CRITIC.search(unit):
        return False
    return _MAKERS_WORK.search(unit) is not None


# --- a line of the page's trail ----------------------------------------------------------------

_TRAIL_MARKS = (" » ", " | ", " › ")


def is_crumb_line(unit: str) -> bool:
    """True when a line is the page's trail of places: two of its marks or more ("Vol. 46 ·
    7 March » A Writer » At the Movies | 1450 words"), in a line too short for a paragraph."""
    if unit.count(" ") >= 40:
        return False
    return sum(unit.count(mark) for mark in _TRAIL_MARKS) >= 2
