"""`cues.may_match`: a cue expression tried only where its first words stand gives the answer
of a plain search. Every expression searched that way is listed in `PAIRS` with its words, and
checked against the plain search on arbitrary text."""

from __future__ import annotations

import itertools
import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reeltui.parse import credits, film_year, labels, makers, notes, prose_facts, roles, scraped
from reeltui.parse.cues import AtEnd, lowered, may_hold, may_match, paragraph_spots, split_at
from reeltui.parse.layout import loose_key, lowered_loose_key

#: Every cue expression searched with `may_match`, with the words its matches begin with.
PAIRS: list[tuple[re.Pattern[str], tuple[str, ...]]] = [
    (roles._ENSEMBLE_CUE, roles._ENSEMBLE_STARTS),
    (roles._CAST_WORDS, roles._CAST_STEMS),
]

# Pieces of the expressions' own words, so that arbitrary texts made of them often match,
# nearly match, or match inside another word.
_PIECES = [
    "turn", "turns", "show", "shows", "pop", "pops", "line", "lines", "round", "rounds", "out",
    "the", "cast",
    "casting", "ensemble", "co-star", "co-stars", "also", "star", "make", "up", "Up", "supporting",
    "perform", "performance", "performances", "performers", "cameo", "cameos", "re", "s", "x",
    "_", "-", ".", " ", "  ", "\t", "\n", "\u00a0", "é",
]  # fmt: skip
# Whole matches of each alternative, one of which stands in most texts between other pieces,
# so that a word missing from an expression's starts is found out.
_MATCHES = [
    "turns up", "show\tup", "pops  up", "round out the cast", "rounds out the ensemble",
    "also star", "make up the cast", "make up the supporting ensemble", "co-star", "cast",
    "casting", "ensemble", "supporting", "performance", "performers", "co-stars", "cameo",
    "cameos",
]  # fmt: skip
_BITS = st.lists(st.sampled_from(_PIECES) | st.text(max_size=4), max_size=12).map("".join)
_EDGES = st.sampled_from(["", " ", "\n", "x", "-", "(", "é"])
_TEXTS = st.tuples(_BITS, _EDGES, st.sampled_from(["", *_MATCHES]), _EDGES, _BITS).map("".join)


@pytest.mark.parametrize(("pattern", "starts"), PAIRS, ids=lambda p: getattr(p, "pattern", "")[:20])
@settings(max_examples=500)
@given(text=_TEXTS)
def test_the_guarded_search_answers_as_the_plain_one(
    pattern: re.Pattern[str], starts: tuple[str, ...], text: str
) -> None:
    assert may_match(pattern, text, starts) == (pattern.search(text) is not None)
    low = text.lower()
    assert may_match(pattern, low, starts) == (pattern.search(low) is not None)


def test_every_start_word_begins_a_match_somewhere() -> None:
    # A start word no match can begin with only costs time; one missing would lose matches,
    # which the property above catches.
    samples = {
        roles._ENSEMBLE_CUE: "turns up, shows up, pops up, lines up, rounds out the cast, "
        "a co-star, also star, make up the ensemble, have cameos",
        roles._CAST_WORDS: "the cast, an ensemble, supporting roles, performances, a co-star, "
        "a cameo",
    }
    for pattern, starts in PAIRS:
        places = {m.start() for m in pattern.finditer(samples[pattern])}
        begun = {w for w in starts for at in places if samples[pattern].startswith(w, at)}
        assert begun == set(starts)


def test_a_word_boundary_looks_at_the_character_before_the_place_tried() -> None:
    # "return up" holds "turn" and " up", but "turn" is inside a word: no match.
    assert not may_match(roles._ENSEMBLE_CUE, "they return up the hill", roles._ENSEMBLE_STARTS)
    assert may_match(roles._ENSEMBLE_CUE, "Two old friends turn up", roles._ENSEMBLE_STARTS)
    assert may_match(roles._ENSEMBLE_CUE, "turn\tup", roles._ENSEMBLE_STARTS)


def test_every_place_of_a_word_is_tried_not_only_the_first() -> None:
    text = "a show about a show that shows   up late"
    assert text.find("show") < text.find("shows")
    assert may_match(roles._ENSEMBLE_CUE, text, roles._ENSEMBLE_STARTS)
    assert not may_match(roles._ENSEMBLE_CUE, "show " * 10_000, roles._ENSEMBLE_STARTS)


def test_nothing_to_find_in_an_empty_text_or_without_words() -> None:
    assert not may_match(roles._CAST_WORDS, "", roles._CAST_STEMS)
    assert not may_match(roles._CAST_WORDS, "the cast", ())


def _spots_one_by_one(
    paragraphs: list[str], words: tuple[str, ...]
) -> list[tuple[int, str, dict[str, list[int]]]]:
    """What `paragraph_spots` stands for: each paragraph lowercased and searched alone."""
    out = []
    for index, text in enumerate(paragraphs):
        low = text.lower()
        spots: dict[str, list[int]] = {}
        for word in words:
            at = low.find(word)
            while at != -1:
                spots.setdefault(word, []).append(at)
                at = low.find(word, at + 1)
        if spots:
            out.append((index, low, spots))
    return out


_WORDS = ("star", "s new ", "s newest", "directed", "role of", "aa")
_PARAGRAPH = st.lists(
    st.sampled_from(["Star", "STAR", "s new ", "s newest", "Directed", "aaa", "İ", "Σ", "ς", " "])
    | st.text(max_size=3),
    max_size=10,
).map("".join)


@given(paragraphs=st.lists(_PARAGRAPH, max_size=6))
def test_spots_found_in_one_pass_are_those_of_each_paragraph_alone(
    paragraphs: list[str],
) -> None:
    found = paragraph_spots(paragraphs, _WORDS)
    joined = "\n".join(paragraphs)
    if found is None:
        assert len(joined.lower()) != len(joined)
    else:
        assert found == _spots_one_by_one(paragraphs, _WORDS)


def test_spots_of_paragraphs_with_overlapping_words_and_a_final_sigma() -> None:
    paragraphs = ["ΟΔΟΣ", "Aaa stars, and its newest star", "", "nothing here"]
    assert paragraph_spots(paragraphs, _WORDS) == _spots_one_by_one(paragraphs, _WORDS)
    found = paragraph_spots(paragraphs, _WORDS)
    assert found is not None
    assert [index for index, _, _ in found] == [1]
    assert found[0][2]["aa"] == [0, 1]  # overlapping places are all kept
    assert paragraph_spots(["İstanbul stars"], _WORDS) is None  # "İ" lowercases to two


_CASE_PIECES = ["Σ", "ς", "σ", "ΑΣ", "İ", "I", "'", "’", ".", "\u0307", "\u00ad", "a", "A", " "]
_CASE_PARAGRAPH = st.lists(st.sampled_from(_CASE_PIECES) | st.text(max_size=3), max_size=8).map(
    "".join
)


@given(paragraphs=st.lists(_CASE_PARAGRAPH, max_size=5), separator=st.sampled_from(["\n", " "]))
def test_lowered_paragraphs_joined_are_the_joined_text_lowered(
    paragraphs: list[str], separator: str
) -> None:
    # What lets `paragraph_spots` and the series words join remembered lowercased paragraphs.
    assert separator.join(map(lowered, paragraphs)) == separator.join(paragraphs).lower()


@given(units=st.lists(_CASE_PARAGRAPH | st.text(min_size=150, max_size=300), max_size=4))
def test_the_loose_key_of_lowered_units_is_that_of_the_units(units: list[str]) -> None:
    # The headline's probe and the byline's look-ahead are keyed from remembered lowercasing.
    joined = " ".join(units)
    assert lowered_loose_key(" ".join(map(lowered, units))) == loose_key(joined)


def test_a_final_sigma_is_lowered_as_in_its_own_paragraph() -> None:
    assert lowered("ΟΔΟΣ") == "οδος"
    assert "\n".join(map(lowered, ["ΟΔΟΣ", "ΑΣ'"])) == "ΟΔΟΣ\nΑΣ'".lower() == "οδος\nας'"


# --- the services' names: tried only where one may start ------------------------------------


def _top_level_alternatives(pattern: str) -> list[str]:
    """The alternatives of a pattern's outermost alternation (brackets and escapes heeded)."""
    out, depth, current, escaped = [], 0, "", False
    for ch in pattern:
        if escaped:
            current, escaped = current + ch, False
            continue
        if ch == "\\":
            current, escaped = current + ch, True
            continue
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if ch == "|" and depth == 0:
            out.append(current)
            current = ""
        else:
            current += ch
    return [*out, current]


def test_every_service_name_starts_with_a_head_word() -> None:
    # A name added to _PLATFORM_NAMES without its first word in _PLATFORM_HEADS would never be
    # found in prose: this test fails instead.
    alternatives = _top_level_alternatives(scraped._PLATFORM_NAMES)
    assert len(alternatives) > 40
    for alternative in alternatives:
        if alternative.startswith("(?i:now)"):
            assert set(scraped._NOW_CASES) == {
                "".join(c) for c in itertools.product("nN", "oO", "wW")
            }
            continue
        assert alternative.startswith(scraped._PLATFORM_HEADS), alternative


_SERVICE_PIECES = [
    "on", "On", "ON", "via", "to", "at", "from", "streaming", "streams", "stream", "the", "The",
    "Netflix", "HBO", "Max", "Maxine", "HBO Max", "Apple TV+", "Apple TV", "Disney+ Hotstar",
    "Prime Video", "Amazon Prime Video", "NOW TV", "Now", "now", "snow", "TV", "Sun", "Sunday",
    "Channel 4", "SBS On Demand", "RTÉ", "Stan", "and", ",", "&", "+", ".", "’s", " ", "  ",
    "\n", "\t", "\u00a0", "\u2028", "x", "é", "İ", "ı",
]  # fmt: skip
_SERVICE_TEXTS = st.lists(st.sampled_from(_SERVICE_PIECES) | st.text(max_size=3), max_size=16).map(
    "".join
)


@settings(max_examples=500)
@given(text=_SERVICE_TEXTS)
def test_services_found_at_their_heads_are_those_a_search_finds(text: str) -> None:
    assert scraped._names_service(text) == (scraped._PLATFORM_ANY.search(text) is not None)
    fast = [(m.span(), m.groups()) for m in scraped._prose_matches(text)]
    plain = [(m.span(), m.groups()) for m in scraped._PLATFORM_PROSE.finditer(text)]
    assert fast == plain


def test_services_in_prose_found_as_a_search_finds_them() -> None:
    text = "It premieres on the\n\nNetflix, streams on NOW  TV and Sky Atlantic, not on Maxine."
    assert [m.group(1) for m in scraped._prose_matches(text)] == [
        "Netflix",
        "NOW  TV and Sky Atlantic",
    ]
    assert scraped._platform_search(scraped._PLATFORM_PROSE, text) is not None
    assert not scraped._names_service("a snow TV on Maxine’s Sunday")


# --- case-blind expressions: searched only where their words are -----------------------------

#: Every case-blind expression searched only after `may_hold`, with the words its matches hold.
CASE_BLIND: list[tuple[re.Pattern[str], tuple[str, ...]]] = [
    (scraped._APPEAL_CUES, scraped._APPEAL_WORDS),
    (scraped._SEASON_CUE_WORDS, scraped._SEASON_WORDS),
    (scraped._WORDED_RUNTIME, scraped._WORDED_WORDS),
]

_BLIND_PIECES = [
    "Deliver", "SUPPORT", "journalism", "Subscribe", "contribute", "donate", "member", "patron",
    "buy ", "thank", "app", "App.", "news", "Facebook", "twitter", "instagram", "snapchat",
    "tiktok", "YouTube", "threads", "bluesky", "letterboxd", "telegram", "whatsapp", "comments",
    "sign  in", "Times", "experienced", "Season", "SERIES", "four-part", "six-episode",
    "episodes", "runs", "at", "over", "just", "120 minutes", "95 mins", "two hours", "an hour",
    "and a half", "ninety minutes", "MIN", "Hour", "95-", "120 - ", "4", "min", "mind", "ı",
    "ſ", "İ", "K", "é", " ", "\n", "-", ".",
]  # fmt: skip
_BLIND_TEXTS = st.lists(st.sampled_from(_BLIND_PIECES) | st.text(max_size=3), max_size=14).map(
    "".join
)


@pytest.mark.parametrize(
    ("pattern", "words"), CASE_BLIND, ids=lambda p: getattr(p, "pattern", "")[:20]
)
@settings(max_examples=400)
@given(text=_BLIND_TEXTS)
def test_a_case_blind_expression_matches_only_where_its_words_may_be(
    pattern: re.Pattern[str], words: tuple[str, ...], text: str
) -> None:
    if pattern.search(text) is not None:
        assert may_hold(text, words)


def test_the_words_of_a_case_blind_expression_are_those_it_matches() -> None:
    samples = {
        scraped._APPEAL_CUES: "Deliver support journalism subscribe contribute donate member "
        "patron buy thank app news facebook twitter instagram snapchat tiktok youtube threads "
        "bluesky letterboxd telegram whatsapp comment sign in times experienced",
        scraped._SEASON_CUE_WORDS: "season series four-part six-episode episodes",
        scraped._WORDED_RUNTIME: "two hours and ninety minutes",
    }
    for pattern, words in CASE_BLIND:
        matched = " ".join(m.group().lower() for m in pattern.finditer(samples[pattern]))
        # A word no match holds would only cost time (one missing loses matches: see above).
        own = pattern is not scraped._WORDED_RUNTIME
        assert all(word in matched for word in words) or not own
        assert any(word in matched for word in words)
        assert may_hold(samples[pattern], words)
    assert not may_hold("A quiet film about grief", scraped._WORDED_WORDS)
    assert may_hold("TWO HOURS", scraped._WORDED_WORDS)
    assert may_hold("ninety mınutes", scraped._WORDED_WORDS)  # dotless i: searched
    assert scraped._WORDED_RUNTIME.search("ninety mınutes")  # as the expression does


@settings(max_examples=600)
@given(text=_BLIND_TEXTS)
def test_minutes_are_looked_for_only_after_a_number(text: str) -> None:
    if scraped._PROSE_MINUTES.search(text) is not None:
        assert scraped._number_of_minutes(text)


def test_minutes_after_a_number() -> None:
    assert scraped._number_of_minutes("It runs 120 - \tMINUTES")
    assert scraped._number_of_minutes("at 95-min")
    assert not scraped._number_of_minutes("A criminal mind, minutes from home, in 2024.")
    assert scraped._number_of_minutes("at 95 mın")  # dotless i: searched


#: Expressions searched only when the text holds one of the strings (as written) that every
#: match of theirs holds.
HELD: list[tuple[re.Pattern[str], tuple[str, ...]]] = [
    (scraped._CRUMB_MARK, scraped._CRUMB_MARKS),
    (scraped._DIGIT_YEAR, scraped._CENTURIES),
    (roles._GIVES_TO, roles._GIVES_WORDS),
    (credits._BLOCK_CUE, credits._BLOCK_CUE_WORDS),
    (roles._RETURNS, roles._RETURNS_WORDS),
]
_HELD_PIECES = [
    "Home", "home ", " > ", " › ", "»", " / ", " → ", " :: ", ":", "1994", "2024", "19", "20",
    "brings", "lends", "gives", "makes", " a ", " an ", " warmth ", " to ", "Ada", " Ada Lind",
    "real", " quiet ", "tender", ",", ".", " ", "\t", "x", "é", "presents", "present", " a ",
    "film", "movie", " co-directed", "directed", "Directed", " by ", "Ada", ". ", "new ",
    "returns", "reprises", "is", "comes", "back", "  ", "\n",
]  # fmt: skip
_HELD_TEXTS = st.lists(st.sampled_from(_HELD_PIECES) | st.text(max_size=3), max_size=14).map(
    "".join
)


@pytest.mark.parametrize(("pattern", "words"), HELD, ids=lambda p: getattr(p, "pattern", "")[:20])
@settings(max_examples=400)
@given(text=_HELD_TEXTS)
def test_an_expression_matches_only_where_its_strings_are(
    pattern: re.Pattern[str], words: tuple[str, ...], text: str
) -> None:
    if pattern.search(text) is not None:
        assert any(word in text for word in words)


def test_the_held_strings_are_found_in_matches() -> None:
    assert scraped._CRUMB_MARK.search("Home » Film » X")
    assert scraped._DIGIT_YEAR.search("in 1994")
    assert roles._GIVES_TO.search("Ada Lind brings a quiet warmth to Mara, who")
    assert roles._GIVES_TO.search("Ada Lind makes a wonderfully dry Mara, who")
    assert credits._BLOCK_CUE.search("Neon presents a new film")
    assert credits._BLOCK_CUE.search("a movie co-directed by Ada Lind")
    assert credits._BLOCK_CUE.search("Rated R. Directed by Ada Lind")
    assert roles._RETURNS.search("she is\nback") and roles._RETURNS.search("he reprises it")


# --- expressions split into parts a search can skip to ----------------------------------------

_UNIT_PIECES = [
    "min", "MIN", "mIn", "mins", "minutes", "Minutes", "mınutes", "mİn", "hr", "hrs", "HRS",
    "hour", "Hours", "h", "H", "m", "M", "2", "12", "123", "1234", "٣", "١٢", "x", "_", "é",
    " ", "  ", "\t", "\n", "-", ".", "(",
]  # fmt: skip
_UNIT_TEXTS = st.lists(st.sampled_from(_UNIT_PIECES) | st.text(max_size=3), max_size=14).map(
    "".join
)


@pytest.mark.parametrize(
    ("pattern", "parts"),
    [
        (scraped._SHORT_UNIT, scraped._SHORT_UNIT_PARTS),
        (scraped._UNIT_WORD, scraped._UNIT_WORD_PARTS),
    ],
    ids=["short unit", "unit word"],
)
@settings(max_examples=600)
@given(text=_UNIT_TEXTS)
def test_a_unit_is_held_as_the_whole_expression_finds_it(
    pattern: re.Pattern[str], parts: tuple[re.Pattern[str], ...], text: str
) -> None:
    assert scraped._holds(parts, text) == (pattern.search(text) is not None)


def test_units_held_by_their_parts() -> None:
    assert scraped._holds(scraped._SHORT_UNIT_PARTS, "(15A, 114mins)")
    assert scraped._holds(scraped._SHORT_UNIT_PARTS, "Certificate 15 132m")
    assert scraped._holds(scraped._SHORT_UNIT_PARTS, "151 MINUTES")
    assert not scraped._holds(scraped._SHORT_UNIT_PARTS, "the 1132m race, a minor one")
    assert scraped._holds(scraped._UNIT_WORD_PARTS, "2h 10m")
    assert scraped._holds(scraped._UNIT_WORD_PARTS, "Running time: 2 HOURS")
    assert not scraped._holds(scraped._UNIT_WORD_PARTS, "the hourglass of a minor hero")


#: Expressions that end the text they are searched in, with the words the text then ends with
#: (its white space cut): they are searched only when it does.
ENDING: list[tuple[re.Pattern[str], tuple[str, ...]]] = [
    (roles._LIKE_BEFORE, roles._LIKE_ENDS),
    (roles._EARLIER_BEFORE, roles._EARLIER_ENDS),
]
_ENDING_PIECES = [
    "just", "much", "rather", "like", "than", "first", "originally", "played", "voiced", "by",
    "taking", "over", "from", "inherits", "the", "role", "part", "made", "famous", "originated",
    "x", "é", " ", "  ", "\t", "\n", "\u00a0", ",", ".",
]  # fmt: skip
_ENDING_TEXTS = st.lists(st.sampled_from(_ENDING_PIECES) | st.text(max_size=3), max_size=12).map(
    "".join
)


@pytest.mark.parametrize(("pattern", "ends"), ENDING, ids=lambda p: getattr(p, "pattern", "")[:20])
@settings(max_examples=600)
@given(text=_ENDING_TEXTS)
def test_an_expression_at_the_end_is_found_only_after_its_words(
    pattern: re.Pattern[str], ends: tuple[str, ...], text: str
) -> None:
    if pattern.search(text) is not None:
        assert text.rstrip().endswith(ends)


def test_the_ending_words_end_matches() -> None:
    assert roles._LIKE_BEFORE.search("a coolness much like ")
    assert roles._LIKE_BEFORE.search("taller than\n")
    assert roles._EARLIER_BEFORE.search("the part first played by ")
    assert roles._EARLIER_BEFORE.search("taking over from \t")
    assert roles._EARLIER_BEFORE.search("inherits the role from ")


def test_a_paragraph_names_a_pair_as_the_expression_finds_it() -> None:
    for text in ("Ada Lind stars.", "The film is quiet.", "a film by Ada de Lind", "", "Ada lind"):
        assert credits._pairs_words(text) == (credits._NAME_PAIR.search(text) is not None)
        assert credits._pairs_words(text) == credits._pairs_words(text)  # asked again


def test_every_white_space_but_the_space_is_unprintable() -> None:
    spaces = [c for c in map(chr, range(sys.maxunicode + 1)) if re.fullmatch(r"\s", c)]
    assert " " in spaces and all(not c.isprintable() for c in spaces if c != " ")


_NEEDLE_PIECES = [
    "lead", "leads", "led by", "Led by", "cast includes", "cast, including", "co-star",
    "stars with", "play ", "opposite", "newcomer", "features", "cameo", "form", "performance",
    "Ada", "x", "é", " ", "  ", "\t", "\n", "\u00a0", ",", ".",
]  # fmt: skip


@settings(max_examples=500)
@given(
    text=st.lists(st.sampled_from(_NEEDLE_PIECES) | st.text(max_size=3), max_size=14).map("".join)
)
def test_cast_needles_are_found_after_any_white_space(text: str) -> None:
    first = roles._CAST_WORD.match(text)
    plain = [first] if first is not None else []
    plain.extend(roles._CAST_NEEDLES.finditer(text, first.end() if first is not None else 0))
    assert [m.span() for m in roles._cast_needles(text)] == [m.span() for m in plain]


@settings(max_examples=500)
@given(
    text=st.lists(
        st.sampled_from(
            [". ", "! ", "? ", "As ", "Playing ", "Cast as ", "In the role ", "In the "]
        )
        | st.text(max_size=3),
        max_size=10,
    ).map("".join)
)
def test_a_leading_role_cue_is_held_as_the_whole_expression_finds_it(text: str) -> None:
    held = any(part.search(text) for part in roles._LEADING_CUE_PARTS)
    assert held == (roles._LEADING_CUE.search(text) is not None)


# --- expressions that end where the text ends: searched from the last word ------------------

#: Every expression searched with `AtEnd`.
AT_END: list[AtEnd] = [roles._ABBREVIATION_END, roles._LAST_WORD, roles._ONE_NAME_END]

_END_PIECES = [
    "Ana", "Lima", "Jr.", "Dr.", "Mrs.", "St.", "A.", "and ", "and", ", ", ". ", "; ", "? ",
    "band ", "O’Hara", "Mary-Kate", "x2", "_", "9", "é", "É", " ", "  ", "\t", "\n", "\u00a0",
    "\u2028", "’", "'", "-", ".", ",",
]  # fmt: skip
_END_TEXTS = st.lists(st.sampled_from(_END_PIECES) | st.text(max_size=3), max_size=12).map("".join)


@pytest.mark.parametrize("at_end", AT_END, ids=lambda p: p.pattern.pattern[:20])
@settings(max_examples=500)
@given(text=_END_TEXTS, pos=st.integers(-2, 40), endpos=st.integers(-2, 60))
def test_a_search_from_the_last_word_answers_as_the_plain_one(
    at_end: AtEnd, text: str, pos: int, endpos: int
) -> None:
    def seen(m: re.Match[str] | None) -> object:
        return None if m is None else (m.span(), m.groups())

    assert seen(at_end.search(text)) == seen(at_end.pattern.search(text))
    assert seen(at_end.search(text, pos, endpos)) == seen(at_end.pattern.search(text, pos, endpos))


def test_a_search_from_the_last_word_still_sees_what_stands_before_it() -> None:
    # "^" and "\b" look before the place the search starts, as in a search of the whole text.
    assert roles._ONE_NAME_END.search("Ana").group(1) == "Ana"  # type: ignore[union-attr]
    assert roles._ONE_NAME_END.search("and Ana").group() == "and Ana"  # type: ignore[union-attr]
    assert roles._ONE_NAME_END.search("band Ana") is None
    assert roles._ONE_NAME_END.search("the film. \n Ana").start() == 8  # type: ignore[union-attr]
    assert roles._ABBREVIATION_END.search("Robert Downey Jr. ") is not None
    assert roles._ABBREVIATION_END.search("Robert DowneyJr. ") is None
    assert roles._LAST_WORD.search("Meryl Streep’s", 0, 12).group(1) == "Streep"  # type: ignore[union-attr]


# --- "X is Y": the object tried only where a capital stands before the full stop -------------

_IS_PIECES = [
    "the", "a", "an", "his", "her", "their", "Tom’s", "Ana's", "mother", "father", "Teddy",
    "Sanders", "Lima", "quiet", "mob boss", "who", "., ", ".", ",", ";", " – ", " ", "  ", "\n",
    "é", "É", "ǅ", "x", "the pregnant, stressed mother, ", "Hwee Sun",
]  # fmt: skip


@settings(max_examples=800)
@given(
    text=st.lists(st.sampled_from(_IS_PIECES) | st.text(max_size=3), max_size=14).map("".join),
    at=st.integers(0, 30),
)
def test_the_object_after_is_is_matched_as_the_plain_expression_matches(text: str, at: int) -> None:
    def seen(m: re.Match[str] | None) -> object:
        return None if m is None else (m.span(), m.groups())

    assert seen(roles._is_object(text, at)) == seen(roles._IS_OBJECT.match(text, at))


def test_the_object_after_is() -> None:
    text = "Jeff Daniels is Teddy Sanders, NASA's director. The film is a quiet study of grief."
    assert roles._is_object(text, 16).group(1) == "Teddy Sanders"  # type: ignore[union-attr]
    assert roles._is_object(text, text.index(" is a ") + 4) is None
    assert roles._is_object("X is the mob boss Carmine Falcone.", 5) is not None
    # a description and the name set against it: the capital after a comma
    assert roles._is_object("the pregnant, stressed mother, Hwee Sun.", 0) is not None


# Pieces of the " is " shapes of `cast_shapes` ("X is the son, who …", "X is Quint."): names
# whole and cut, determiners, story people, clause openings and endings; a text is a run of
# them around one such shape, whole or broken.
_COPULA_PIECES = [
    "Tom Hale", "Ana Lima", "Rebecca de Mornay", "J.K. Simmons", "Hale", "It", "The film",
    " is ", " is", "is ", "the ", "his ", "her ", "their ", "Jess's ", "Tom’s ", "son", "mother",
    "parish priest", "gentle, ironic ", "Quint", "Mr. Big", "Professor", ". ", "; ", ": ", ", ",
    "and ", "But ", "but ", " who", " and", " with", ".", ",", "!", " – ", "(", " ", "\n", "é",
    "É", "x",
]  # fmt: skip
_COPULA_BITS = st.lists(st.sampled_from(_COPULA_PIECES) | st.text(max_size=3), max_size=8).map(
    "".join
)
_COPULA_PARTS = [
    "the son", "his gentle, ironic father", "Jess's mother", "the film's father", "Quint",
    "Mr. Big", "the Professor", "a son", "quint", "the director", "",
    "a very good Kiki, and Ana Lima is a laid-back Ursula", "an eerie Quint",
]  # fmt: skip
_COPULA_TEXTS = st.tuples(
    _COPULA_BITS,
    st.sampled_from(["", ". ", "; ", ": ", "and ", "But ", "but ", ", ", "in ", "x"]),
    st.sampled_from(["Tom Hale", "Rebecca de Mornay", "J.K. Simmons", "Hale", "It", "Ana lima"]),
    st.sampled_from([" is ", " is", " was ", "  is "]),
    st.sampled_from(_COPULA_PARTS),
    st.sampled_from([", who", ".", "", " and", " – ", "(", "!", " with", " x"]),
    _COPULA_BITS,
).map("".join)


@settings(max_examples=1500)
@given(text=_COPULA_TEXTS)
def test_no_copula_shape_is_read_where_the_cheap_test_says_none_can_be(text: str) -> None:
    from reeltui.parse.cast_shapes import described_parts, may_name_copula, named_copulas

    if may_name_copula(text):
        return
    anyone = lambda name: True  # noqa: E731 (every name an actor: the most the readers find)
    assert described_parts(text, anyone) == []
    assert named_copulas(text, anyone) == []


def test_the_cheap_copula_test_lets_both_shapes_through() -> None:
    from reeltui.parse.cast_shapes import may_name_copula

    assert may_name_copula("Tom Hale is the son, who never left.")
    assert may_name_copula("A plays Gerry; Robert Shaw is Quint.")
    assert may_name_copula("Mara Lind is a very good Kiki, and Ana Lima is a laid-back Ursula.")
    assert not may_name_copula("The film is long. It is the son who matters, and Hale is fine.")
    assert not may_name_copula("Nothing here is Quint.")


_RUNTIME_TEXTS = st.lists(
    st.sampled_from(["1", "9", "٣", "５", "²", "h", "H", "m", "M", " ", "-", "\t", "é", "’", "x"])
    | st.text(max_size=3),
    max_size=14,
).map("".join)


@settings(max_examples=1000)
@given(text=_RUNTIME_TEXTS)
def test_the_runtime_cue_finds_a_decimal_digit_as_the_plain_expression(text: str) -> None:
    # The cue's first character is a set a search skips through quickly, then checked to be a
    # digit: the matches are those of "\d" itself, other scripts' digits included.
    plain = re.compile(r"\d\s*-?[hHmM]")
    assert [(m.start(), m.group()) for m in credits._RUNTIME_CUE.finditer(text)] == [
        (m.start(), m.group()) for m in plain.finditer(text)
    ]
    assert credits._RUNTIME_CUE.search("runs ٣h") is not None


#: Every splitter cut with `split_at`, with the look-behind form `re.split` would cut with.
SPLITS: list[tuple[re.Pattern[str], str]] = [
    (prose_facts._SENTENCES, r"(?<=[.!?])\s+(?=[A-Z‘“\"'])"),
    (makers._SENTENCES, r"(?<=[.!?])\s+(?=[A-Z‘“\"'])"),
    (scraped._SENTENCES, r"(?<=[.!?])\s+(?=[A-Z‘“\"'])"),
    (film_year._SENTENCE_BREAK, r"(?<=[.!?])\s+(?=[A-Z‘“\"'])"),
    (scraped._SENTENCE_SPLIT, r"(?<=[.!?])\s+(?=[A-Z])"),
    (scraped._FACT_SPLIT, r"(?<=[.)])\s+(?=[A-Z0-9(])"),
    (notes._SPLIT, r"(?<=[.!?])[’”\"')]*\s+(?=[A-Z‘“\"'])"),
    (labels._INLINE_SPLIT, r"(?<=[.;|•·])\s+(?=[^\W\d][\w’' ,&/-]{0,30}[:：]\s)"),
]
_SPLIT_TEXTS = st.lists(
    st.sampled_from(
        [
            ".",
            "!",
            "?",
            ";",
            "|",
            "•",
            ")",
            "(",
            "’",
            "”",
            '"',
            "'",
            " ",
            "  ",
            "\n",
            "\u00a0",
            "A",
            "Bo",
            "x",
            "1",
            ":",
            "Dir:",
            "Cast: ",
            "é",
        ]
    ),
    max_size=30,
).map("".join)


@settings(max_examples=300)
@given(text=_SPLIT_TEXTS, maxsplit=st.integers(0, 3))
def test_a_cut_split_at_its_group_gives_the_parts_of_the_look_behind_split(
    text: str, maxsplit: int
) -> None:
    for pattern, behind in SPLITS:
        assert split_at(pattern, text, maxsplit) == re.split(behind, text, maxsplit=maxsplit), (
            pattern
        )


def test_split_at_cuts_sentences_and_stops_after_maxsplit() -> None:
    pattern = re.compile(r"[.!?](\s+)(?=[A-Z])")
    assert split_at(pattern, "One. Two!  Three? four. Five") == [
        "One.",
        "Two!",
        "Three? four.",
        "Five",
    ]
    assert split_at(pattern, "One. Two. Three", 1) == ["One.", "Two. Three"]
    assert split_at(pattern, "") == [""]


@given(
    text=st.lists(
        st.sampled_from(["ab", "a", "1", "_", ".", " ", "\n", "A", "é"]), max_size=20
    ).map("".join)
)
def test_the_full_stops_moved_before_their_look_behinds_cut_where_they_did(text: str) -> None:
    assert labels._SENTENCE_CUT.split(text, maxsplit=1) == re.split(
        r"(?<=[^\W\d_]{2})\.\s+(?=\S)", text, maxsplit=1
    )
    assert scraped._CREDIT_SENTENCE.split(text, maxsplit=1) == re.split(
        r"(?<=\w\w)\.\s+(?=[A-Z])", text, maxsplit=1
    )
