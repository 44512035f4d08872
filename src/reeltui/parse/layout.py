"""Where things stand on a page saved as text: chrome, headline, byline, the body's bounds.

A saved review page is the article with the site around it: menus, breadcrumbs, dates and
share buttons above the headline; captions, "Also Read" lines and advertisements inside the
article; bylines, bios, comment forms, related articles and footers after it. The functions
here tell these lines apart by their shape and words only, so they hold on sites never seen.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache, wraps
from typing import TypeVar

from reeltui.parse.capitals import capitals
from reeltui.parse.credits import is_name
from reeltui.text import fold

__all__ = [
    "byline_name",
    "footer_author",
    "is_caption_line",
    "is_chrome",
    "is_date_line",
    "is_dated_deck",
    "is_footer",
    "is_hard_stop",
    "is_link_box",
    "is_promo",
    "is_prose",
    "is_related_headline",
    "is_soft_chrome",
    "loose_key",
    "lowered_loose_key",
    "near_byline",
    "photo_caption",
    "title_key",
]

_T = TypeVar("_T")

#: The longest line whose answers `_remembered` keeps.
_SHORT_LINE = 160


def _remembered(test: Callable[[str], _T]) -> Callable[[str], _T]:
    """`test` with its answers for short lines remembered. A site's furniture ("Share this:",
    "Latest articles", its section headings, its footer) comes back page after page of a
    scan, and each test it is decorated on depends on the line alone."""
    memo = lru_cache(maxsize=2048)(test)

    @wraps(test)
    def remembered(unit: str) -> _T:
        return memo(unit) if len(unit) <= _SHORT_LINE else test(unit)

    return remembered


_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE = re.compile(
    rf"\b(?:{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+"
    rf"{_MONTHS},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})",
    re.IGNORECASE,
)
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.|ist|gmt|bst|et|pt|utc)?\b", re.I)
# A weekday's name or its short form ("Sun", "Thurs"), not a word that starts like one
# ("Sundance 2024").
_WEEKDAY = re.compile(
    r"^(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday)\b",
    re.IGNORECASE,
)
_DATE_PREFIX = re.compile(
    r"^(?:published|updated|posted|last updated|first published|modified|released on)\b", re.I
)

# Lines that end the article: whatever follows is the site, not the review.
_HARD_STOP = re.compile(
    r"^(?:leave\s+a\s+(?:reply|comment)|post\s+a\s+comment|add\s+a\s+comment|comments?\s*(?:\(\d+\)|\d+)?:?$"
    r"|\d+\s+comments?\b|comments\s+(?:are|have\s+been)\s+closed|view\s+comments|show\s+comments|join\s+(?:the|our)\s+(?:conversation|discussion"
    r"|commenting)|related(?:\s+(?:posts?|articles?|reviews?|stor(?:y|ies)|news|content|links|reading))?:?$"
    r"|more\s+(?:about|from|reviews|stories|on)\b|recent\s+(?:posts|reviews|articles|stories)"
    r"|latest\s+(?:articles|posts|news|reviews|stories|videos)|you\s+(?:may|might)\s+(?:also\s+)?like"
    r"|recommended(?:\s+(?:for\s+you|stories|articles|reading|videos))?:?$|most\s+(?:popular|read|viewed)"
    r"|popular\s+(?:posts|movie\s+reviews|reviews|stories|now|articles)|trending(?:\s+(?:now|topics|stories|news))?:?$"
    r"|read\s+more\s+about|tags?\s*:|tags$|topics?\s*:|filed\s+under|users?['’]?\s+reviews?"
    r"|user\s+reviews|audience\s+reviews|reader\s+reviews|refrain\s+from\s+posting"
    r"|have\s+you\s+seen\s+this|jump\s+to\s+comments|show\s+full\s+article|track\s+latest\s+news"
    r"|about\s+the\s+(?:author|writer|reviewer)|share\s+this(?:\s+(?:article|review|story|post))?"
    r"(?:\s+with\s+(?:others|friends|your\s+friends))?(?:\s+(?:on|via))?\s*(?::|\.\.\.|…)?$"
    r"|sign\s+up\s+(?:for|to)|subscribe\s+to|newsletter|your\s+email\s+address|©|copyright\b"
    r"|all\s+rights\s+reserved|must\s+read|don['’]?t\s+miss(?!\s+(?:it|this|that|him|her)\b)"
    r"|also\s+watch|watch\s+next|next\s+article"
    r"|previous\s+article|more\s+stories|further\s+reading|next\s+(?:post|story|review)\b"
    r"|previous\s+(?:post|story|review)\b|see\s+also\b|explore\s+more|we\s+use\s+cookies"
    r"|this\s+(?:site|website)\s+uses\s+cookies|cookie|privacy\s+policy|terms\s+of\s+(?:use|service)"
    r"|load\s+more|write\s+a\s+review|rate\s+this|rate\s+(?:the\s+)?(?:movie|film|show)"
    r"|what\s+do\s+you\s+think\?|let\s+us\s+know\s+in\s+the\s+comments|discover\s+more"
    r"|(?:share|leave|post|add|tell\s+us)\s+your\s+(?:views|thoughts|comments?|opinions?)\b.{0,30}comments"
    r"|advertise\s+with\s+us|contact\s+us|about\s+us\b|follow\s+us\b|download\s+(?:the|our)\s+app"
    r"|similar\s+(?:movies|reviews|posts)|other\s+reviews|in\s+case\s+you\s+missed"
    r"|discussion\s+about\s+this\s+(?:post|article|review)|\d[\d,.]*k?\s+likes?\b"
    r"|readers\s+like\s+you\s+(?:are|help)\b|if\s+you\s+would\s+like\s+to\s+comment\b"
    r"|(?:click\s+here\s+to\s+)?join\s+(?:[\w’'.]+\s+){0,3}(?:on\s+)?(?:telegram|whatsapp)\b)",
    re.IGNORECASE,
)
# Lines inside or around the article that are page furniture: dropped where they stand.
_SOFT = re.compile(
    r"^(?:also\s+read|read\s+also|read\s+more|read\s+next|also\s+see|more\s*:\s|related\s*:\s"
    r"|read\s+(?:[\w’'.&]+\s+){1,5}review\s+of\s+\S"  # "Read Daily Reel's review of X": a link
    r"|advertisement|sponsored|pictured\s*:|open\s+this\s+photo\s+in\s+gallery|watch\s*:\s"
    r"|(?:save|gift|print|bookmark)\s+(?:this\s+)?(?:article|story|review)$"
    r"|get\s+the\s+(?:[\w’'.]+\s+){0,3}app\b|download\s+the\s+(?:[\w’'.]+\s+){0,4}app\b"
    r"|(?:this|the)\s+(?:article|review|story|piece)\s+(?:was\s+)?(?:originally|first)\s+"
    r"(?:published|ran|appeared)"
    r"|story\s+continues|continue\s+reading|scroll\s+(?:down\s+)?to\s+continue|skip\s+(?:ad|to)"
    r"|click\s+here\s+(?:for|to\s+(?:read|see|watch|follow))\s"  # a link to more of the site
    r"|photo\s*(?:credit)?\s*:|image\s*(?:credit)?\s*:|picture\s*:|pic\s*:|credit\s*:|courtesy\b"
    r"|\(?photo\b|getty\s+images|listen\s+to\s+(?:this|the)\s+article"
    r"|rated\s+(?:g|pg|pg-13|r|nc-17|tv-\w+|\d+\+?|u|ua|a|12a?|15|18)\b"
    r"|(?:the\s+following|this)\s+(?:\w+\s+){0,8}contains?\s+(?:major\s+|some\s+|mild\s+|full\s+)?spoilers"
    r"|spoiler\s+(?:alert|warning)|warning:\s+spoilers|credit\.\.\."
    r"|this\s+review\s+(?:covers|is\s+based\s+on)\s+(?:the\s+)?(?:first\s+)?(?:\w+\s+){0,2}"
    r"episodes?\b"
    # the readers' score beside the critic's, a widget: "Reader Rating: (0 votes) - Be the first…"
    r"|(?:readers?|users?|audience)['’]?\s+(?:rating|score)\s*:\s*\(?\d|be\s+the\s+first\s+to\s+rate\b)",
    re.IGNORECASE,
)
# Lines that close an article without being its text, wherever they stand: calls to follow the
# site's coverage or to comment, support appeals, helplines, an author's address, a print
# issue, a critic's closing line of certificate and running time.
_FOOTER = re.compile(
    r"^(?:follow\s+(?:along\s+(?:with\s+)?)?(?:all\s+(?:of\s+)?)?(?:our|the)\s+(?:\w+\s+){0,3}?"
    r"(?:coverage|reviews)\b|for\s+(?:more|all)\s+(?:of\s+)?our\s+(?:\w+\s+){0,3}?coverage"
    r"|have\s+you\s+(?:watched|seen|streamed)\b[^?]{0,120}\?\s*(?:let\s+us\s+know|tell\s+us"
    r"|share|sound\s+off|drop)|catch\s+(?:all\s+)?(?:the\s+)?latest\b|stay\s+tuned\s+(?:to|for)\b"
    r"|support\s+(?:our|independent|local|quality)\s+(?:\w+\s+){0,2}?(?:journalism|criticism"
    r"|writing|work)|become\s+a\s+(?:member|patron|subscriber|supporter)\b"
    r"|we\s+(?:welcome|invite)\s+your\s+(?:comments|letters|thoughts|feedback)"
    r"|write\s+to\s+[A-Z][^@]{1,60}\s+at\s+\S+@|(?:adapted\s+)?from\s+the\s+(?:\w+\s+){0,3}"
    r"issue\s+of\b|(?:this\s+(?:article|review|story)\s+)?(?:appeared|appears)\s+in\s+the\s+"
    r"(?:\w+\s+){0,3}issue\b|no\s+mpaa\s+rating|not\s+rated\s+by\s+the\s+mpaa"
    r"|(?:this\s+film\s+is\s+)?(?:rated|certificate)\s+(?:g|pg|pg-13|r|nc-17|12a?|15|18)\s+for\b"
    # "PG-13. At area theaters. Contains some strong language. 151 minutes.": the facts line
    r"|(?:g|pg|pg-13|r|nc-17)\.\s+(?:[^.]{1,120}\.\s+){0,4}\d{2,3}\s+minutes\.?$"
    r"|if\s+you\s+(?:or\s+someone\s+you\s+know\s+)?(?:are|is|have\s+been)\s+(?:struggling|affected"
    r"|in\s+crisis|having\s+thoughts)|(?:in\s+the\s+(?:uk|us|u\.s\.|usa|india|australia)\s*,?\s+)?"
    r"(?:the\s+)?(?:samaritans|suicide\s+(?:and\s+crisis\s+)?lifeline|national\s+suicide)\b"
    r"|got\s+a\s+(?:tip|story|news\s+tip)\b|follow\s+(?:me|him|her|them)\s+on\b"
    r"|follow\s+[A-Z][\w’'.]*(?:\s+[A-Z][\w’'.]*){0,2}\s+on\s+(?:instagram|tiktok|twitter|x|facebook"
    r"|youtube|threads|bluesky)\b|note\s+to\s+(?:our\s+)?readers\b|we\s+are\s+answerable\b"
    r"|helplines?\b|(?:for|to)\s+(?:help|support)\s+(?:with|on)\s+\w+[^.]{0,40}\b(?:call|text|visit)\b"
    r"|disclaimer\s*:|disclosure\s*:|(?:click\s+(?:here\s+)?to\s+)?join\s+us\s+on\b"
    r"|the\s+comments\s+below\s+have\b"
    r"|this\s+(?:is\s+(?:an?\s+)?)?(?:ai|machine)[\s-]generated\s+(?:summary|summarization))",
    re.IGNORECASE,
)
# The first words a footer can start with: a cheap test before the expression.
_FOOTER_STARTS = frozenset(
    "follow for have catch stay support become we write adapted from this appeared appears no "
    "not rated certificate if in the samaritans suicide national helpline helplines to got "
    "note disclaimer disclaimer: disclosure disclosure: click join g. pg. pg-13. r. nc-17.".split()
)
# Footers that start with a common word ("A note to readers", "What did you think of X?", "As
# explained in our review score policy"): a short expression of their own, so that the long one
# is not tried on every paragraph starting with "A", "As" or "What".
_FOOTER_COMMON = re.compile(
    r"^(?:a\s+note\s+to\s+(?:our\s+)?readers\b|at\s+[^,]{2,40},\s+we\s+are\s+answerable\b"
    r"|what\s+did\s+you\s+(?:think|make)\s+of\b[^?]{0,80}\?|want\s+more\?"
    r"|share\s+what\s+you\s+think\b|let\s+us\s+know\s+what\s+you\s+(?:thought|think)\b"
    r"|how\s+would\s+you\s+rate\b[^?]{0,80}\?$"
    # "Why you can trust Reel North", "Why trust us?": a note on how the site reviews
    r"|why\s+(?:you\s+(?:can|should)\s+)?trust\s+(?:us\b|[A-Z][\w.+’'-]*(?:\s+[A-Z][\w.+’'-]*){0,2}"
    r"(?:\s*[?:.]|\s+(?:Our|We)\b|$))"
    r"|(?:as\s+explained\s+in|read|see)\s+(?:[\w’'.]+\s+){0,3}?"
    r"(?:review\s+)?(?:score|scoring|rating|ratings)\s+(?:policy|guide|system)\b)",
    re.IGNORECASE,
)
_FOOTER_COMMON_STARTS = frozenset(
    ("a", "at", "what", "want", "share", "as", "read", "see", "let", "how", "why")
)


@_remembered
def is_footer(unit: str) -> bool:
    """A line that closes an article without being its text: "Follow along with all our
    coverage of …", "Have you watched X? Let us know in the comments", "Support our journalism",
    a helpline notice, "Write to X at x@site.com", "From the May 2020 issue of …", "No MPAA
    rating. Running time: …", "Got a tip?", a support plea in brackets."""
    if len(unit) > 400:
        return False
    unit = unit.lstrip("([")  # "(At The Daily Reel, we are answerable only to our readers …)"
    first = unit[:14].split(" ", 1)[0].lower()
    if first in _FOOTER_COMMON_STARTS:
        return bool(_FOOTER_COMMON.match(unit))
    if first not in _FOOTER_STARTS:
        return False
    return bool(_FOOTER.match(unit))


_WRITE_TO = re.compile(
    r"^(?i:write\s+to)\s+([A-Z][\w’'.\-]+(?:\s+[A-Z][\w’'.\-]+){1,3})\s+(?i:at)\s+\S+@"
)


def footer_author(unit: str) -> str | None:
    """The author an article's footer names: "Write to Jane Doe at jane.doe@site.com"."""
    m = _WRITE_TO.match(unit) if len(unit) < 160 else None
    return m.group(1) if m and is_name(m.group(1)) else None


# The same, for lines of a few words only ("Share", "Click here", "1.2k views").
_SOFT_SHORT = re.compile(
    r"^(?:watch\s+(?:the\s+)?trailer|trailer$|click\s+here|share$|share\s+on\b"
    r"|share\s+via|share\s+to\b|tweet$|email$|e-mail$|print$|print\s+this|copy\s+link|link\s+copied"
    r"|plus\s+icon|post\s+to\b|add\s+us\s+on|bookmark$|save$"
    r"|save\s+(?:article|story|this\s+(?:article|story)|for\s+later)$|share\s+(?:article|story)$"
    r"|(?:kindly|please)\s+share\s+this\s+(?:story|article|post|review|page)\s*:?$"
    r"|(?:facebook|twitter|whatsapp|linkedin|reddit|pinterest|flipboard|messenger|bluesky)$"
    r"|\d[\d,.]*k?\s+(?:views|shares|reads)|\(?\d+\s+votes?\)?$|featured$|show\s+more(?:\s+sharing)?"
    r"|sign\s+in$|log\s*in$|register$|menu$|search$|search\s+(?:for\s+an?\s+\w+|(?:the\s+)?(?:site"
    r"|database|reviews|films|movies|archives?))\s*:?$|home$|close$|subscribe(?:\s+now)?$|support\s+us"
    r"|\d{1,3}\s*(?:-\s*)?min(?:ute)?s?\s+read$|no\s+comments$|\d+\s+comments?$"
    r"|(?:add|post|leave)\s+(?:a|your)\s+comment\W*$|a\+\s*a-?$|a-\s*a\+$)",
    re.IGNORECASE,
)
# A caption's marks, matched against the lowercased line: an ending credit in brackets or after
# a slash, or "courtesy of", "photo:", "a still from" anywhere. Each needs a "(" or "/" at the
# end, or one of _CAPTION_CUES: cheap tests before the expression.
_CAPTION = re.compile(
    r"(?:\(\s*(?:photo|image|picture|pic|courtesy|credit|still|source)\b[^)]*\)\s*$"
    r"|\([^()]{2,40}\s(?:pic|pix|photo|picture|image)s?\)\s*$"
    r"|\bcourtesy\s+of\b|\bphoto\s*:|\bin\s+a\s+still\s+from\b|\ba\s+still\s+from\b"
    r"|\bphotograph\s*:|/\s*(?:netflix|hbo|fx|getty|ap|reuters)\s*\)?$)"
)
_CAPTION_CUES = ("courtesy", "photo", "still from")
_CHROME_WORDS = re.compile(
    r"\b(?:newsletter|subscribe|sign\s+up|email\s+address|cookies?|privacy\s+policy|all\s+rights"
    r"\s+reserved|required\s+fields|comment\s+policy|news\s+updates|follow\s+us|download\s+the\s+app"
    r"|terms\s+of\s+use|your\s+inbox|unsubscribe|notify\s+me|save\s+my\s+name"
    r"|check\s+out\s+(?:more\s+of\s+)?our|our\s+(?:tv|film|movie)\s+(?:show\s+)?reviews"
    r"|patron|paypal|donation|was\s+this\s+review\s+helpful|sign\s+in\s+to\s+vote|latest\s+news"
    r"|top\s+headlines|visit\s+our|tv\s+guide|streaming\s+guide|reader-supported"
    r"|supported\s+by\s+(?:our\s+)?(?:audience|readers)|affiliate"
    r"|(?:earn|receive|make|get)s?\s+(?:a\s+|an\s+)?(?:small\s+)?commission"
    r"|when\s+you\s+(?:buy|purchase)\s+(?:a\s+\w+\s+)?through|appears\s+in\s+print"
    r"|found\s+this\s+(?:review\s+)?helpful|daily\s+dose\s+of)\b"
)  # matched against the lowercased line
# Every phrase of _CHROME_WORDS holds one of these: a cheap test before the regular expression.
_CHROME_CUES = (
    "newsletter", "subscribe", "sign", "email", "cookie", "privacy", "reserved", "required",
    "comment", "news", "follow", "download", "terms", "inbox", "notify", "save my", "check out",
    "our ", "patron", "paypal", "donation", "helpful", "headlines", "visit", "guide",
    "supported", "affiliate", "commission", "buy", "purchase", "print", "found this",
    "daily dose",
)  # fmt: skip
_BREADCRUMB = re.compile(r"\s(?:>|›|»|/|→|::)\s|^home\s*[>›»/|]", re.IGNORECASE)
# A lone symbol, or a divider of a few ("* * *", "• • •", "~~~"): no letter or digit.
_SYMBOLS = re.compile(r"^[\W_]{1,4}$|^[^\w\s](?: ?[^\w\s]){2,7}$")
_SENTENCE = re.compile(r"[.!?…][\"'’”)]?$")


def _ends_sentence(unit: str) -> bool:
    """`_SENTENCE` found in `unit`. Its matches (two characters at most, before the end or a
    last newline) start in the last three characters: the search starts there, instead of
    trying every character of a long paragraph."""
    return _SENTENCE.search(unit, max(0, len(unit) - 3)) is not None


_DIGIT = re.compile(r"\d")
_NOT_LETTERS = re.compile(r"[\W\d_]+")
_FOUR_DIGITS = re.compile(r"\d{4}")


_RELATIVE_DATE = re.compile(
    r"(?i)^(?:(?:today|yesterday)(?:\s+at)?,?\s+\d{1,2}[:.]\d{2}\s*(?:am|pm)?"
    r"|\d{1,2}\s+(?:mins?|minutes?|hrs?|hours?|days?)\s+ago)$"
)


@_remembered
def is_date_line(unit: str) -> bool:
    """A dateline: "Friday, 07 October 2022 …", "Published: June 27, 2024 12:05 PM IST"."""
    if len(unit) > 90 or _DIGIT.search(unit) is None:
        return False  # every date has a digit
    if _DATE_PREFIX.match(unit):
        return True  # "Published: …" with a digit (found above)
    if _RELATIVE_DATE.match(unit):
        return True  # "Today at 02:30", "5 hours ago"
    if not (_DATE.search(unit) or (_WEEKDAY.match(unit) and _FOUR_DIGITS.search(unit))):
        return False
    # What is left once the date and the time are taken out: a few words at most, for each
    # date ("Fri Aug 13, 2021 12:00 AM Last update on: Fri Aug 13, 2021 02:15 AM").
    stripped, dates = _DATE.subn("", unit)
    stripped = _TIME.sub("", stripped)
    stripped = _NOT_LETTERS.sub(" ", stripped).strip()
    return len(stripped.split()) <= 4 * max(1, min(dates, 2))


_DATE_DASH = re.compile(r"\s*[-–—]\s+\S")


def is_dated_deck(unit: str) -> bool:
    """A standfirst behind the article's date: "22/05/2023 - CANNES 2023: X returns with …",
    "May 22, 2023 — A quiet love story …" (one sentence or two, not a paragraph)."""
    if unit.count(" ") > 60 or (not unit[:1].isdigit() and not unit[:1].isupper()):
        return False
    m = _DATE.match(unit)
    return bool(m and _DATE_DASH.match(unit, m.end()))


_PHOTO_CAPTION = re.compile(
    r"^[A-Z][\w’'\-.]+(?:\s+[A-Z][\w’'\-.]+)+(?:\s*,\s*[A-Z][\w’'\-.]+(?:\s+[A-Z][\w’'\-.]+)+)*"
    r"(?:,?\s+and\s+[A-Z][\w’'\-.]+(?:\s+[A-Z][\w’'\-.]+)+)?"
    r"(?:\s+(?:as|in\s+a\s+scene\s+from|star\s+in|stars\s+in)\b[^“‘\"]{0,80}?|\s+in\s+(?:the\s+)?[^“‘\"]{0,60}?)"
    r"(?:[‘“\"]([^’”\"]{1,80})[’”\"]|(?<=\s)'([^'’”\"]{1,80})')\.?(?:\s+(?:[Ss]eason|[Ss]eries|[Pp]art)\s+\w+)?"
    r"(?:\s*\([^)]*\))?\.?$"
)
_PLACE_IN_PHOTO = re.compile(
    r"\s*\((?:left|right|centre|center|top|bottom|front|back|foreground|background|l|r|c|l-r"
    r"|l to r|from left|from right|second left|second right)\)",
    re.IGNORECASE,
)


@_remembered
def photo_caption(unit: str) -> str | None:
    """The film a photo caption names ("Casey Affleck and Lucas Hedges in “Manchester by the
    Sea.”", "Owen Cooper as Jamie Miller in the series “Adolescence.”"), else None."""
    if len(unit) > 220 or (
        "“" not in unit and "‘" not in unit and '"' not in unit and "'" not in unit
    ):
        return None
    if "(" in unit:
        unit = _PLACE_IN_PHOTO.sub("", unit)  # "Ana Lima (left) and Tom Hale in …"
    m = _PHOTO_CAPTION.match(unit)
    return (m.group(1) or m.group(2)).strip(" .,") if m else None


_NEWS_WORDS = re.compile(
    r"\b(?:box[\s-]+office|crores?|lakhs?|collections?|trailer|teaser|first\s+look|release\s+date"
    r"|ott\s+(?:release|debut|premiere)|renewed|announced|announces|set\s+to\s+(?:release|return)"
    r"|gets\s+(?:a\s+)?(?:release|sequel)|sequel\s+confirmed|cast\s+(?:revealed|joins))\b",
    re.IGNORECASE,
)
_LEADING_QUOTE = re.compile(r"^[‘“'\"]([^’”'\"]{1,80})[’”'\"]\s*\S")


def is_related_headline(unit: str, title: str) -> bool:
    """Another article's headline standing in the text, a link without its box ("‘Other Film’
    box office: crosses Rs 50 crore mark"): a short line, no sentence, that names another film
    in quotes at its start or reads as news (box office, trailer, release date)."""
    words = unit.count(" ") + 1
    if words > 25 or words < 3 or unit[-1:] in ".!?":
        return False
    quoted = _LEADING_QUOTE.match(unit)
    if quoted and title and title_key(quoted.group(1)) != title_key(title):
        return True
    return bool((":" in unit or quoted) and _NEWS_WORDS.search(unit))


_CAP_NAME = capitals(r"[A-Z][\w’'.\-]+(?:\s+(?:[A-Z][\w’'.\-]+|de|da|van|von|del|la|le)){1,3}")
_CAP_PLACE = (
    r"(?:\s*,\s*(?:left|right|centre|center|top|bottom|foreground|background)\s*,?"
    r"|\s*\([^()]{1,20}\))?"
)
# "A and B in Title", "A, left, and B", "A as Role in Title (Credit)": people in a photo.
_PEOPLE_CAPTION = re.compile(
    rf"^{_CAP_NAME}{_CAP_PLACE}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*){_CAP_NAME}{_CAP_PLACE})*"
    r"(?:\s+as\s+(?:the\s+|a\s+|an\s+)?[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3})?"
    r"(?:\s+in\s+(?:a\s+(?:scene|still)\s+from\s+the\s+(?:film|movie|series|show|documentary)"
    r"|(?:a\s+(?:scene|still)\s+from\s+)?(?:the\s+)?(?:[A-Z0-9][\w’'.:&!?\-]*(?:\s+(?:[A-Z0-9]"
    r"[\w’'.:&!?\-]*|of|the|a|an|and|in|on|at|to|for)){0,8})))?(?:\s*\([^()]{1,40}\))?\.?$"
)
# Who took or owns the photo: "Janus Films/Sideshow", "Neon", "A24", "Getty Images".
_PHOTO_SOURCE = re.compile(
    r"^(?:(?-i:[A-Z][\w&.’'\- ]{0,30}(?:/[A-Z][\w&.’'\- ]{0,30})+)|neon|a24|getty(?:\s+images)?"
    r"|ap|reuters|supplied"
    r"|shutterstock|alamy|everett(?:\s+collection)?|netflix|hbo|max|hulu|fx|mubi|apple(?:\s+tv\+?)?"
    r"|(?:amazon\s+)?prime\s+video|amazon(?:\s+(?:studios|mgm\s+studios))?|disney\+?|peacock"
    r"|paramount\+?|(?:20th|searchlight|focus\s+features|lionsgate|universal|warner\s+bros\.?"
    r"|sony\s+pictures(?:\s+classics)?|ifc\s+films|magnolia\s+pictures|janus\s+films|bleecker"
    r"\s+street|studiocanal|curzon|altitude|entertainment\s+one|eone|pathé|bfi)(?:\s+\w+){0,2})$",
    re.IGNORECASE,
)


def is_photo_source(unit: str) -> bool:
    """A line that only says whose photo stands above it: "SUPPLIED", "Getty Images", "Neon"."""
    return len(unit) <= 40 and _PHOTO_SOURCE.match(unit) is not None


@_remembered
def is_caption_line(unit: str) -> bool:
    """A photo caption or credit standing between paragraphs without quotes or a "Photo:"
    label: people in a film ("Ana Lima and Tom Hale in Harbour Lights", "Ana Lima, left, and
    Tom Hale"), or the photo's source alone ("Neon", "Janus Films/Sideshow")."""
    if len(unit) > 160 or unit[-1:] in "!?:" or not unit[:1].isupper():
        return False
    if _PHOTO_SOURCE.match(unit):
        return True
    if _credit_tailed(unit):
        return True
    credited = _CREDIT_AFTER.match(unit)
    if credited and _photo_credit(credited.group(2)):
        # "Ana Lima and Tom Hale in Harbour Lights. Studio Pictures": the caption, then whose
        # photo it is.
        head = credited.group(1).rstrip(" .")
        return is_caption_line(head) or photo_caption(credited.group(1)) is not None
    low = unit.lower()
    placed = any(f"{w}," in low or f"({w})" in low for w in _PLACES)
    if " in " not in unit and " as " not in unit and not placed:
        return False  # names alone or listed: a byline, a cast list or a heading may look so
    m = _PEOPLE_CAPTION.match(unit)
    if not m:
        return False
    people = re.split(r"\s+(?:in|as)\s+", unit, maxsplit=1)[0]
    names = [n for n in re.split(r"\s*(?:,|\band\b|&|\([^()]*\))\s*", people) if n.strip()]
    names = [n for n in names if n.strip().lower() not in _PLACES]
    return bool(names) and all(is_name(n.strip()) for n in names)


_PLACES = frozenset("left right centre center top bottom foreground background".split())

# Whose photo it is, labelled, at the end of a caption: "… Credit: Netflix", "… Image: BBC/Two
# Cities Television", "… | © 2023 NEOPA / Fictive", "… | Photo: A24".
_LABELLED_CREDIT = re.compile(
    r"(?:\s(?:photo\s+)?(?:credits?|image|photo|picture|photograph)\s*:|\s\|\s*(?:©|(?:photo|image"
    r"|credit)\s*:)|\s©)\s*[^.!?:|]{1,70}$",
    re.IGNORECASE,
)
# The same in brackets, the owners parted by a slash: "… (IFC Films/Elevation Pictures)".
_BRACKET_CREDIT = re.compile(r"\s\(([^()]{2,60}/[^()]{2,60})\)$")
_CAPTION_BREAK = re.compile(r"[.!?][’”\"']?\s+[A-Z‘“\"']")


def _credit_tailed(unit: str) -> bool:
    """A caption of a sentence or less that ends with the photo's credit: a label ("Credit:",
    "Image:", "©") and a few words, or owners in brackets parted by a slash."""
    if "/" not in unit and ":" not in unit and "©" not in unit:
        return False
    m = _LABELLED_CREDIT.search(unit)
    if m is None:
        m = _BRACKET_CREDIT.search(unit)
        if m is None or not _photo_credit(m.group(1)):
            return False
    head = unit[: m.start()].rstrip(" .|")
    return 2 <= head.count(" ") + 1 <= 30 and not _CAPTION_BREAK.search(head)


# A caption's last sentence and what follows it: "… in Harbour Lights. Studio Pictures",
# "… in “Harbour Lights.” Jane Doe/Netflix".
_CREDIT_AFTER = re.compile(r"^(.{6,}?[.!?][’”\"']?)\s+([^.!?]{2,60}?\.?)$")
_CREDIT_LEAD = re.compile(
    r"^(?:(?:handout|file|publicity|press|promotional)\s+)?(?:photo(?:graph)?|image|picture|pic"
    r"|still|credit|courtesy)\b(?:\s+(?:courtesy(?:\s+of)?|from|by|of))?\s*[:/]?\s*",
    re.I,
)


def _photo_credit(text: str) -> bool:
    """Who owns a photo, after its caption: "Studio Pictures", "Jane Doe/Netflix", "Photo /
    Universal Pictures": a few capitalised words, maybe after "Photo", maybe with a slash."""
    text = _CREDIT_LEAD.sub("", text.strip())
    words = text.replace("/", " / ").split()
    if not words or len(words) > 7:
        return False
    if _PHOTO_SOURCE.match(text):
        return True
    return all(w[:1].isupper() or w[:1].isdigit() or w in ("/", "&", "for", "of") for w in words)


_BUTTON_SEPARATOR = re.compile(r"\s*[·•|]\s*")


def _button_row(unit: str) -> bool:
    """A row of buttons or links set apart by dots or bars, each one furniture on its own:
    "Share on X · Share on Facebook · Email"."""
    if not any(mark in unit for mark in "·•|"):
        return False
    parts = [part for part in _BUTTON_SEPARATOR.split(unit) if part]
    if len(parts) > 1 and parts[0].count(" ") < 3 and _SHARE.match(parts[0]):
        return sum(part.count(" ") + 1 for part in parts[1:]) <= 4  # "Share article · Season 3"
    return len(parts) > 1 and all(part.count(" ") < 6 and _SOFT_SHORT.match(part) for part in parts)


#: The places a share bar sends an article to, which a page saved as text prints as a row of
#: bare names ("Facebook Twitter Email Viber").
_SHARE_TARGETS = frozenset(
    "facebook twitter x email e-mail whatsapp viber telegram linkedin reddit pinterest "
    "flipboard messenger bluesky threads tumblr print sms copy link share".split()
)


def _social_row(unit: str) -> bool:
    """Three or more share targets in a row and nothing else: "Facebook Twitter Email Viber"."""
    words = unit.lower().replace("|", " ").split()
    return len(words) >= 3 and all(word in _SHARE_TARGETS for word in words)


# A share widget's words, which a saved page can glue to a short label beside it.
_SHARE = re.compile(r"^(?:share|share\s+(?:this|article|story|on\s+\w+)|copy\s+link)$", re.I)


# A note of the printed edition an article ran in: "Published in the print edition of the May 3
# issue", "A version of this review appears in print on …".
_PRINT_NOTE = re.compile(
    r"^(?:(?:published|printed)\s+in\s+the\s+print\s+edition\b|a\s+version\s+of\s+this\s+"
    r"(?:article|review|story|piece)\s+(?:appears|appeared)\s+in\s+print\b)",
    re.IGNORECASE,
)
# ... which says where in print: an issue, a page, a section (not "in the print edition of a
# local paper, the story that inspired the film ran …").
_PRINT_PLACE = re.compile(r"(?i)\b(?:issue|page\s+[A-Z]?\d+|section\s+[A-Z0-9])\b")


# Where a page saved as text had a photo or a video: its label and caption, all in brackets
# ("[Image: A and B in "T". Credit: Studio]", "[Photo: … [NETFLIX]]", "(Image: Prime Video)").
_MEDIA_PLACEHOLDER = re.compile(
    r"^[\[(](?:image|photo|photograph|picture|pic|video|graphic|illustration|gallery)s?\s*:",
    re.IGNORECASE,
)


# A regular column's welcome over each piece: "Welcome back to Rewind Reviews, where our
# staffers revisit …", "Welcome to The Sunday Rewind, where we look back at …".
_COLUMN_INTRO = re.compile(
    r"Welcome\s+(?:back\s+)?to\s+[^,.]{2,60},\s+(?:where|in\s+which)\s+(?:we|our\s"
    r"|(?:[A-Z][\w’'.]*\s+){1,3}(?:staffers|writers|critics|editors|contributors)\b)"
)


@_remembered
def is_soft_chrome(unit: str) -> bool:
    """Page furniture that can stand anywhere: share buttons, captions, "Also Read", ads."""
    if _SYMBOLS.match(unit):
        return True
    if unit[:1] in "PpAa" and unit.count(" ") < 45 and _PRINT_NOTE.match(unit):
        return _PRINT_PLACE.search(unit) is not None
    if photo_caption(unit):
        return True
    if unit.startswith("Welcome ") and unit.count(" ") < 45 and _COLUMN_INTRO.match(unit):
        return True
    if unit[:1] in "[(" and unit[-1:] in "])" and _MEDIA_PLACEHOLDER.match(unit):
        return True
    spaces = unit.count(" ")
    if spaces < 20 and _SOFT.match(unit):
        return True
    if spaces < 14 and ": " in unit:
        tail = unit.rsplit(": ", 1)[1]
        if tail.count(" ") < 4 and _SOFT.match(tail):
            return True  # the furniture behind a label: "X Movie Review: Story Continues Below"
    if spaces < 6 and _SOFT_SHORT.match(unit):
        return True
    if spaces < 20 and _button_row(unit):
        return True
    if 2 <= spaces < 8 and _social_row(unit):
        return True
    if is_footer(unit):
        return True
    if len(unit) >= 160:
        return False
    low = unit.lower()
    if "(" not in low and "/" not in low and not any(map(low.__contains__, _CAPTION_CUES)):
        return False
    return bool(_CAPTION.search(low))


_LINK_BOX = re.compile(
    r"^(?:related(?:\s+(?:posts?|articles?|reviews?|stor(?:y|ies)|news|content|links|reading))?:?$"
    r"|recommended|you\s+(?:may|might)\s+(?:also\s+)?like|more\s+from|also\s+read|read\s+more"
    r"|must\s+read|don['’]?t\s+miss(?!\s+(?:it|this|that|him|her)\b)|trending|see\s+also"
    r"|keep\s+reading|watch\s+next"
    r"|skip\s+past\s+newsletter|(?:after|before)\s+newsletter|sign\s+up\s+(?:to|for)"
    r"|newsletter|privacy\s+notice|subscribe\s+to|get\s+our\s+newsletter"
    r"|share\s+this(?:\s+(?:article|review|story|post))?:?$)",
    re.IGNORECASE,
)
# Words of a newsletter or sign-up box inside an article.
_PROMO = re.compile(
    r"\b(?:newsletter|sign(?:ing)?\s+up|subscribe|email|inbox|privacy\s+(?:notice|policy)|promotion)\b",
    re.IGNORECASE,
)


def is_promo(unit: str) -> bool:
    """A line of a newsletter box inside an article ("Sign up to Film Weekly", its blurb)."""
    return bool(_PROMO.search(unit)) and unit.count(" ") < 60


def is_link_box(unit: str) -> bool:
    """A heading of links that can stand inside an article ("Related", "Recommended")."""
    return len(unit) < 200 and bool(_LINK_BOX.match(unit))


@_remembered
def is_hard_stop(unit: str) -> bool:
    """A line after which nothing is the review: comments, related articles, footers."""
    if len(unit) >= 400 and _long_prose(unit):
        return False  # a paragraph: no line of furniture runs this long
    if _HARD_STOP.match(unit):
        return True
    if len(unit) >= 500 or _long_prose(unit):
        return False
    low = unit.lower()
    if not any(map(low.__contains__, _CHROME_CUES)):  # (quicker than one search for them all)
        return False
    return bool(_CHROME_WORDS.search(low))


def _long_prose(unit: str) -> bool:
    # Sixty words or more: the split stops there (a paragraph may have hundreds).
    return unit.count(" ") >= 59 and len(unit.split(None, 59)) >= 60


@_remembered
def is_chrome(unit: str) -> bool:
    """A line that is never the headline nor review text: menus, dates, breadcrumbs, ads."""
    if len(unit) > 250:
        return False  # a paragraph: no chrome is this long
    if is_soft_chrome(unit):
        return True
    if len(unit) > 160:
        return False
    if is_date_line(unit):
        return True
    words = unit.count(" ") + 1
    if words <= 14 and not _ends_sentence(unit) and _BREADCRUMB.search(unit):
        return True
    for bar in _LINK_BARS:
        # "News | Sport | Film", "Trending: Oscars · Box office · Streaming guide": links
        if bar in unit and all(len(part.split()) <= 5 for part in unit.split(bar)):
            return len(unit.split(bar)) >= 3
    if _COUNTER.match(unit):
        return True
    if words <= 14 and "  " in unit and "." not in unit:
        return True
    return _menu_line(unit)


#: What parts a row of links: "News | Sport", "Oscars · Box office", "Home • Reviews".
_LINK_BARS = ("|", " · ", " • ")
_COUNTER = re.compile(r"^\(?\d[\d,.]*\s*(?:votes?|views?|comments?|shares?)\)?$", re.IGNORECASE)


_FUNCTION_WORDS = frozenset(
    "a an the of and or in on at to for with by from is are was as but not no my your".split()
)


def _menu_line(unit: str) -> bool:
    """A run of five or more capitalised words with no small word or punctuation: a menu."""
    words = unit.split()
    if len(words) < 5 or any(ch in unit for ch in ".,:;!?'’\"“”()"):
        return False
    return all(w[:1].isupper() or w == "&" for w in words) and not any(
        w.lower() in _FUNCTION_WORDS for w in words
    )


def is_prose(unit: str, min_words: int = 10) -> bool:
    """A paragraph of running text: ten words or more (`min_words`), ending like a sentence."""
    words = unit.count(" ") + 1
    if words < min_words:
        return False
    return _ends_sentence(unit) or words >= 25 or ". " in unit


# --- bylines ---------------------------------------------------------------------------------

_BY = re.compile(
    # "By arts reporter X", "A movie review by X", "Curated By: X", "Author of the article: X",
    # "WRITER: X" (the longer forms first, so that "By" alone does not take their place).
    r"^(?:by\s+(?:[a-z]+\s+){0,2}(?:critic|reporter|writer|correspondent|columnist|reviewer)"
    r"|(?:an?\s+)?(?:(?:guest|staff|reader|movie|film|tv|television|series)\s+){0,2}review\s+by"
    r"|curated\s+by"
    r"|author\s+of\s+(?:the|this)\s+(?:article|review|post|story)|writer(?=\s*:)"
    r"|by|reviewed\s+by|review\s+by|written\s+by|words\s+by|posted\s+by|edited\s+by|author|critic"
    r"|(?:opinion|analysis|commentary|essay|column|interview)\s+by|reviewer|review"
    r"|(?:text|reporter)(?=\s*:))"
    r"\s*[:\-–—]?\s+",
    re.IGNORECASE,
)
_NAME_CUT = re.compile(
    r"\s*(?:\||,|·|•|@|[★☆\d(]|\s-\s|\s–\s|\s—\s|\s/\s|\bon\s+(?=\w+\s+\d|\d)|\bupdated\b|\bpublished\b"
    r"|\bposted\b|\s+for\s+(?=(?:the\s+)?[A-Z])|\s+at\s+(?=\d)"
    r"|\bin\s+(?:reviews|movies|tv)\b|$)",
    re.IGNORECASE,
)


_SINGLE_NAME = re.compile(r"([A-Z][a-z]{2,15})(?=\s+(?:at|on)\s+\d|\s*[|,·]\s*\d|\s*$)")
_POSTED_BY = re.compile(
    r"^(?:(?:posted|published|written|updated)\s*(?:on\s+)?[^|]{0,40}?\bby\s+"
    r"|[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}\s+by:?\s+)"  # "September 9, 2015 by: X" too
    r"([A-Z][\w’'\-.]+(?:\s+[A-Z][\w’'\-.]+){1,3})\s*(?:$|[|,·])",
    re.IGNORECASE,
)
_LABEL_COLON = re.compile(r"[^\W\d_]\s*:")  # "Released: …", not the colon of "3:00PM"
_HANDLE = re.compile(r"@?[A-Za-z][\w.]*[_\d][\w.]*")
_REVIEW_OF = re.compile(r"^(.{3,60}?)[’']s\s+review\b", re.IGNORECASE)


_PAIR = re.compile(r"\s+(?:and|&)\s+")


# The job that can close a byline's name: "… Globe Correspondent", "… Film Critic".
_ROLE_WORD = re.compile(
    r"(?:Critic|Correspondent|Reporter|Writer|Editor|Columnist|Contributor|Reviewer)s?"
)
_MIDDLE_INITIAL = re.compile(r"^([A-Z][\w’'\-]+)\s+[A-Z]\.\s+([A-Z][\w’'\-]+)$")
_USER_HANDLE = re.compile(r"u/[A-Za-z0-9][\w-]{2,30}")


def _name_part(text: str) -> str | None:
    text = text.strip()
    handle = _USER_HANDLE.match(text)
    if handle and handle.end() == len(text.split(None, 1)[0]):
        return handle.group()  # "u/night_owl_42": a forum user's handle
    m = _NAME_CUT.search(text)
    candidate = text[: m.start()] if m else text
    candidate = candidate.strip(" .:")
    words = candidate.split()
    if len(words) >= 3 and _ROLE_WORD.fullmatch(words[-1]):
        # "Jane Doe Globe Correspondent", "Jane Doe Critic": the name before the job
        for cut in (len(words) - 2, len(words) - 1, len(words) - 3):
            if cut >= 2 and is_name(" ".join(words[:cut])):
                return " ".join(words[:cut])
    if is_name(candidate):
        return candidate
    initial = _MIDDLE_INITIAL.match(candidate)
    if initial and is_name(f"{initial.group(1)} {initial.group(2)}"):
        return candidate  # "Thomas A. Whitcombe"
    pair = _PAIR.split(candidate)
    if len(pair) == 2 and all(is_name(part) for part in pair):
        return candidate  # "By Jane Doe and Tom Hale": the byline names both
    # A name glued to what follows: "Jane Doe@janedoe", "Jane DoeAnticipation 4".
    glued = re.match(
        r"^((?:[A-Z][\w’'\-]+\s+){1,3}[A-Z][a-z’']+(?:-[A-Z][a-z’']+)?)(?=[A-Z@])", text
    )
    if glued and is_name(glued.group(1)):
        return glued.group(1)
    return None


# A writer's address after the name, in brackets: "By Kim Ji-yeon [kim.jiyeon@example.com]".
_EMAIL_TAIL = re.compile(r"\s*[\[(<][^\s\[\]()<>@]+@[^\s\[\]()<>@]+\.\w+[\])>]\s*$")


def without_email(unit: str) -> str:
    """The line without a bracketed e-mail address that closes it."""
    return _EMAIL_TAIL.sub("", unit)


def byline_name(unit: str, following: str | None = None) -> str | None:
    """The reviewer's name when `unit` is a byline: "By X", "By: X", "Reviewed by X",
    "X | date", "X, Site | date", a name glued to a handle, a name followed by a dateline."""
    if len(unit) > 160:
        return None
    if "@" in unit:
        unit = without_email(unit)
    role = _CRITIC_ROLE.match(unit)
    if role and role.end() >= len(unit.rstrip(" .")):
        return None  # "Senior Entertainment Reporter": a job, not a name
    if (
        following is not None
        and unit.rstrip() in ("BY", "BY:", "By:")
        and is_name(following.strip())
    ):
        return following.strip()  # "BY" on a line of its own, over the name (not a bare "By")
    by = _BY.match(unit.lstrip("-–—~ ") if unit[:1] in "-–—~" else unit)
    if by:
        unit = unit.lstrip("-–—~ ")  # "-By Jane Doe", "— Reviewed by Jane Doe"
        if by.group().lower().startswith("review") and "by" not in by.group().lower():
            return None  # "Review: Fallen Leaves" is a headline
        rest = unit[by.end() :]
        single = _SINGLE_NAME.match(rest)
        if single and unit[: by.end()].lower().startswith(("by", "posted", "written")):
            return single.group(1)  # "Posted by Dex at 11:42 PM"
        name = _name_part(rest)
        if name is None and "review" in by.group().lower():
            handle = _HANDLE.match(rest)
            if handle and _NAME_CUT.match(rest, handle.end()):
                return handle.group()  # "Review by night_owl_42 ★★★★": a site user's handle
        return name
    posted = _POSTED_BY.match(unit)
    if posted and is_name(posted.group(1)):
        return posted.group(1)  # "Posted on August 22, 2021 by Ruth Delaney"
    owner = _REVIEW_OF.match(unit)
    if owner and (is_name(owner.group(1)) or _HANDLE.fullmatch(owner.group(1))):
        return owner.group(1)  # "Ines Ferreira's review published on Letterboxd"
    if "·" in unit or "•" in unit:
        # "JANUARY 3, 2024 · IMOGEN SALLIS · 4 COMMENTS": a name among dated parts
        parts = [p.strip() for p in re.split(r"[·•|]", unit)]
        if len(parts) >= 2 and any(_DATE.search(p) or _TIME.search(p) for p in parts):
            for part in parts:
                name = part.title() if part.isupper() else part
                if is_name(name) and not _DATE.search(part):
                    return name
    if "|" in unit and _DATE.search(unit):
        # "July 27, 2023 | By Colin Ferraro": the date, then the byline
        parts = [p.strip() for p in unit.split("|")]
        for n, part in enumerate(parts[1:], 1):
            if _BY.match(part) and _DATE.search(parts[n - 1]):
                return byline_name(part)
            if n == len(parts) - 1 and _DATE.search(parts[n - 1]) and is_name(part):
                return part  # "Saturday, 18 June 2016 | Jane Doe": the date, then the name
    if "|" in unit or "," in unit or "@" in unit:
        head = re.split(r"\s*[|,·•]\s*", unit, maxsplit=1)
        if len(head) > 1 and _role_only(head[1]) and is_name(head[0]):
            return head[0]  # "Jane Doe, Film Critic", "Jane Doe | Senior Writer"
        rest = head[1] if len(head) > 1 else ""
        name = _name_part(head[0])
        if name and (date := _DATE.search(unit)) and date.start() < len(name):
            name = None  # "Fri Aug 13, 2021 12:00 AM": the date's own words, no name
        if name and (_DATE.search(rest) or _TIME.search(rest) or "@" in unit):
            return name
    if following is None:
        return None
    named = unit
    if "," in unit:
        # "Jane Doe, Daily Reel" over a date: the name, then the outlet in a few capitalised words
        name, outlet = unit.split(",", 1)
        if _OUTLET.fullmatch(outlet.strip()) and not _role_only(outlet):
            named = name
    if is_name(named) and not _role_only(named):
        nxt = following.strip()
        dated = is_date_line(nxt) and _LABEL_COLON.search(nxt[:14]) is None
        if nxt.startswith("@") or dated or _DATE_PREFIX.match(nxt):
            return named.strip()
    return None


_OUTLET = re.compile(r"(?:The\s+)?[A-Z][\w’'&.\-]*(?:\s+[A-Z][\w’'&.\-]*){0,3}")


_CRITIC_ROLE = re.compile(
    r"^(?:(?:chief|senior|lead|principal|contributing|staff|guest|associate|deputy|chief\s+film)\s+)?"
    r"(?:(?:film|movie|movies|tv|television|arts|culture|entertainment|streaming|screen)\s+)?"
    r"(?:critic|writer|editor|contributor|correspondent|reviewer|columnist|journalist|reporter)s?\b",
    re.IGNORECASE,
)
# The paper's name before a job title: "Globe Correspondent", "Tribune Film Critic".
_PAPER = re.compile(r"^(?:[A-Z][\w’'&.-]*\s+){1,2}(?=[A-Z])")
_ROLE_TAIL = re.compile(r"^(?:\s*,|\s+(?:at|for|of|with)\s|\s*[|–—]\s)")


def _role_only(text: str) -> bool:
    """A critic's job title and at most where they hold it: "Film Critic", "Senior Writer at
    The Daily Reel", "Globe Correspondent"; not "reviewer and more words."."""
    role = _CRITIC_ROLE.match(text)
    if role is None:
        text = _PAPER.sub("", text, count=1)  # "Globe Correspondent"
        role = _CRITIC_ROLE.match(text)
    if role is None:
        return False
    rest = text[role.end() :].rstrip(" .")
    return not rest or (bool(_ROLE_TAIL.match(rest)) and rest.count(" ") <= 7)


_SITE_WORD = re.compile(r"^(?:[A-Z0-9][\w’'.&!-]*|of|the|and|on|&|[a-z]+\.(?:com|net|org|in))$")


# A name glued to the next word in capitals: "Jane DoeThe Daily Reel", "Jane DoeSTM".
_GLUED_NAME = re.compile(
    capitals(r"^((?:[A-Z][\w’'\-]+\s+){1,3}[A-Z][a-z’'\-]+)([A-Z]\S*(?:\s+\S+)*)$")
)


_NAME_PREFIXES = frozenset("Mc Mac Di De Da Du La Le Van Von Fitz Dal Del Della".split())


def _glued_site(unit: str) -> str | None:
    """The name of a byline whose site or section came out glued to it, the space between
    the two lost when the page was saved as text: "Jane DoeThe Daily Reel" gives "Jane Doe"."""
    glued = _GLUED_NAME.match(unit)
    if glued is None or glued.group(1).rsplit(None, 1)[-1] in _NAME_PREFIXES:
        return None  # "McDonagh", "DiCaprio", "LaBeouf": one name with a capital inside
    if not is_name(glued.group(1)):
        return None
    words = glued.group(2).split()
    if not (
        2 <= len(words) <= 6 or (len(words) == 1 and len(words[0]) >= 2 and words[0].isupper())
    ):
        return None  # "Jane FitzGerald" is one name, "Jane DoeSTM" a name and a section
    if all(_SITE_WORD.match(w) for w in words):
        return glued.group(1)
    return None


# A job on its own line under a byline's name: "Features correspondent", "What's On Reporter".
_ROLE_LINE = re.compile(
    r"(?i)^(?:[\w’'&.-]+\s+){0,3}(?:critic|writer|editor|contributor|correspondent|reviewer"
    r"|columnist|journalist|reporter)s?$"
)
# An outlet's name in capitals under a byline's name: "DAILY TIMES", "THE REEL".
_OUTLET_CAPS = re.compile(r"^[A-Z][A-Z0-9&.’']*(?:\s+[A-Z0-9&.’']+){0,3}$")


def _captioned(unit: str) -> bool:
    """True when `unit` is a photo's caption: people in a film, or a caption's marks ("… in a
    still from X.", "(Photo: …)")."""
    if is_caption_line(unit) or photo_caption(unit):
        return True
    low = unit.lower()
    return any(map(low.__contains__, _CAPTION_CUES)) and bool(_CAPTION.search(low))


def near_byline(unit: str, previous: str | None = None, following: str | None = None) -> str | None:
    """A byline in a shape that only counts right under a headline: "Jane Doe | The Daily Reel",
    "Jane Doe, Film Critic", a name above "Chief Film Critic", a name below the dateline."""
    if len(unit) > 100:
        return None
    for mark in (" | ", " – ", " — ", " - ", ", "):
        if mark in unit:
            head, rest = unit.split(mark, 1)
            head, rest = head.strip(), rest.strip()
            if not is_name(head):
                continue
            if _role_only(rest):
                return head  # "Jane Doe, Film Critic", "Jane Doe | Contributor"
            words = rest.split()
            if mark != ", " and 1 <= len(words) <= 6 and all(_SITE_WORD.match(w) for w in words):
                return head  # "Jane Doe | The Daily Reel"
    glued = _glued_site(unit)
    if glued is not None:
        return glued
    if not is_name(unit):
        return None
    if following is not None and len(following) < 60:
        nxt = following.strip()
        if _CRITIC_ROLE.match(nxt) or _ROLE_LINE.match(nxt):
            return unit.strip()  # the name, then "Chief Film Critic" on its own line
        if nxt.lower() in ("follow", "+ follow", "follow +") or _OUTLET_CAPS.match(nxt):
            return unit.strip()  # the name over a follow button, or over "DAILY TIMES"
    if previous is not None and is_date_line(previous.strip()):
        return unit.strip()  # the dateline, then the name
    if (
        previous is not None
        and following is not None
        and following.rstrip().endswith(":")
        and len(following) < 30
        and _captioned(previous.strip())
    ):
        return unit.strip()  # the lead photo's caption, the name, then a label ("Rating:")
    return None


# Punctuation and symbols that `loose_key` turns into spaces: ASCII punctuation and the common
# typographic marks (a narrow class is much quicker than `[^\w]` over a whole review).
_PUNCTUATION = re.compile(r"[!-/:-@\[-`{-~‘’‚‛“”„«»‹›–—―…·•★☆½×¦§¶†‡′″]+")


# The same marks, as `loose_key` replaces them: the ASCII ones byte by byte in the text's
# UTF-8 (where no byte of another character is ASCII), the others one after another. Over a
# whole review, mostly ASCII, that is about twice as quick as the search.
_ASCII_PUNCTUATION = bytes(range(0x21, 0x30)) + bytes(range(0x3A, 0x41))
_ASCII_PUNCTUATION += bytes(range(0x5B, 0x61)) + bytes(range(0x7B, 0x7F))
_ASCII_TO_SPACE = bytes.maketrans(_ASCII_PUNCTUATION, b" " * len(_ASCII_PUNCTUATION))
_OTHER_PUNCTUATION = "‘’‚‛“”„«»‹›–—―…·•★☆½×¦§¶†‡′″"


@_remembered
def loose_key(text: str) -> str:
    """A cheap comparison key for long text: lower case, punctuation as single spaces."""
    return lowered_loose_key(text.lower())


def lowered_loose_key(low: str) -> str:
    """`loose_key` of a text from the text lowercased (`text.lower()`), for a caller that has
    it already: lowercasing a review's worth of text with a curly quote in it is slow."""
    if len(low) < 200:
        return " ".join(_PUNCTUATION.sub(" ", low).split())
    try:
        plain = low.encode("utf-8").translate(_ASCII_TO_SPACE).decode("utf-8")
    except UnicodeError:  # a lone surrogate
        return " ".join(_PUNCTUATION.sub(" ", low).split())
    if not plain.isascii():
        for mark in _OTHER_PUNCTUATION:
            if mark in plain:
                plain = plain.replace(mark, " ")
    return " ".join(plain.split())


def title_key(text: str) -> str:
    """A comparison key for titles: folded, quotes and punctuation dropped."""
    return re.sub(r"[^\w]+", " ", fold(text)).strip()
