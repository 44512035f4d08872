"""Text handling for untrusted documents: decoding, cleaning, folding and slugs.

Every string that reaches the model passes through `decode` and `clean`, so the layers above
can assume plain printable text: no escape sequences, no control characters, no bidi overrides.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

__all__ = [
    "INVISIBLE",
    "MAX_LINE",
    "MAX_PARAGRAPH",
    "Decoded",
    "NotText",
    "clean",
    "clean_line",
    "clip",
    "decode",
    "display_path",
    "fold",
    "name_tokens",
    "slug",
    "split_long",
]

#: A headline or title longer than this many characters is clipped (with an ellipsis).
MAX_LINE = 300
#: A paragraph longer than this many characters is split at white space into several.
MAX_PARAGRAPH = 10_000


class NotText(ValueError):
    """The bytes are not a text document (binary, NUL bytes, mostly unprintable)."""


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from bytes, with the encoding used and any notes about it."""

    text: str
    encoding: str
    notes: tuple[str, ...] = ()
    #: No character `clean` would change but tabs, and none unprintable: most documents. Found
    #: by one search, so that neither the binary check nor `clean` searches the text again.
    plain: bool = False


_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def decode(data: bytes) -> Decoded:
    """Decode a document's bytes: a BOM's encoding, else UTF-8, else cp1252.

    UTF-8 with a few invalid bytes stays UTF-8 (the bad bytes become U+FFFD, with a note);
    cp1252 is chosen only when no valid multi-byte UTF-8 sequences outweigh the invalid ones.
    UTF-16 without a BOM is recognised when every other byte is NUL. Line ends are normalised
    to "\\n". Raises `NotText` for binary data: NUL bytes outside a UTF-16/32 document, or text
    that is mostly unprintable once decoded.
    """
    notes: list[str] = []
    encoding = ""
    text: str | None = None
    for bom, name in _BOMS:
        if data.startswith(bom):
            encoding = name
            text = _decode_noting(data[len(bom) :], name.removesuffix("-sig"), notes)
            break
    if text is None and b"\x00" in data:
        encoding = _utf16_without_bom(data)
        if not encoding:
            raise NotText("the file contains NUL bytes, so it is binary, not a review")
        text = _decode_noting(data, encoding, notes)
        notes.append(f"no byte order mark; read as {encoding.upper()}")
    if text is None:
        try:
            text = data.decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError:
            text, encoding = _utf8_or_cp1252(data, notes)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _printable(text) or _ANY_SUSPECT.search(text) is None:
        return Decoded(text=text, encoding=encoding, notes=tuple(notes), plain=True)
    if _mostly_unprintable(text):
        raise NotText("the file is mostly unprintable characters, so it is binary, not a review")
    return Decoded(text=text, encoding=encoding, notes=tuple(notes))


def _printable(text: str) -> bool:
    """True only when `_ANY_SUSPECT` cannot match: every character it looks for but U+FFFD is
    unprintable, and line ends and tabs are the only unprintable characters it leaves alone.
    Testing this in C is a third quicker than the search (a text with a no-break space or
    another unprintable character is searched all the same)."""
    bare = text.replace("\n", "").replace("\t", "")
    return bare.isprintable() and "\ufffd" not in bare


def _decode_noting(data: bytes, encoding: str, notes: list[str]) -> str:
    """Decode strictly if possible, else with replacement characters and a note saying so."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        notes.append(f"invalid {encoding.upper()} bytes were replaced")
        return data.decode(encoding, errors="replace")


def _utf16_without_bom(data: bytes) -> str:
    """The UTF-16 variant of data without a byte order mark, or "" if it is binary.

    Mostly-ASCII UTF-16 text has a NUL in every other byte: the odd ones for little-endian,
    the even ones for big-endian. Anything else holding NULs is taken as binary.
    """
    sample = data[:4096]
    half = len(sample) // 2
    if half < 4 or len(data) % 2:
        return ""
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    if odd >= half * 0.9 and even == 0:
        return "utf-16-le"
    if even >= half * 0.9 and odd == 0:
        return "utf-16-be"
    return ""


def _utf8_or_cp1252(data: bytes, notes: list[str]) -> tuple[str, str]:
    """Decode bytes that are not valid UTF-8: as UTF-8 with replacements when they are mostly
    UTF-8 (valid multi-byte sequences outnumber the bad bytes), else as Windows-1252."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    # Bytes beyond one per character, less the two each replacement character adds.
    valid_extra = len(text.encode("utf-8", errors="surrogatepass")) - len(text) - 2 * bad
    if valid_extra > 0 and valid_extra >= bad:
        what = "sequence was" if bad == 1 else "sequences were"
        notes.append(f"{bad} invalid UTF-8 {what} replaced")
        return text, "utf-8"
    notes.append("not valid UTF-8; read as Windows-1252")
    return data.decode("cp1252", errors="replace"), "cp1252"


def _mostly_unprintable(text: str) -> bool:
    """True when more than a tenth of a sample of the text is control or replacement chars."""
    sample = text[:65536]
    if not sample:
        return False
    bad = len(_UNPRINTABLE.findall(sample))
    return bad * 10 > len(sample)


# Controls other than newline, tab and ESC (escape sequences are cleaned, not a sign of
# binary data), and the replacement character left by a failed decode.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1a\x1c-\x1f\x7f-\x9f\ufffd]")


# ESC-introduced sequences: CSI (ESC [ … final), OSC/DCS/PM/APC/SOS strings (ended by BEL or
# ST, or here by the end of the line, so that one stray introducer cannot swallow a whole
# review), and two-byte escapes; plus the 8-bit C1 forms of CSI and OSC.
_ESCAPES = re.compile(
    r"""
    \x1b\[[0-?]*[ -/]*[@-~]?          # CSI
  | \x9b[0-?]*[ -/]*[@-~]?            # 8-bit CSI
  | (?:\x1b[\]PX^_]|[\x9d\x90\x98\x9e\x9f])[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?  # OSC, DCS
  | \x1b[ -/]*[0-~]?                  # other escapes (ESC ( B, ESC c, ...)
    """,
    re.VERBOSE,
)
# C0 and C1 controls except tab and newline; DEL.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Invisible characters that can reorder or hide text: bidi embeddings, overrides and isolates,
# marks, zero-width spaces and joiners, word joiner, BOM, interlinear annotation, soft hyphen,
# the Mongolian vowel separator, and the tag characters (invisible copies of ASCII).
# The one definition: `clean` drops them, the TUI draws them as U+FFFD, TOML output escapes them.
INVISIBLE = re.compile(
    "[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff"
    "\ufff9-\ufffb\U000e0000-\U000e007f]"
)
_INVISIBLE = INVISIBLE
_LINE_SEPARATORS = re.compile("[\u2028\u2029\x85]")
# Any character that `clean` would change (but tab): most text has none, and one search
# for them is much cheaper than the substitutions.
_SUSPECT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029" + _INVISIBLE.pattern[1:])
# What either of them looks for: a text with none is plain (`Decoded.plain`).
_ANY_SUSPECT = re.compile(_SUSPECT.pattern[:-1] + "\ufffd]")
# What `display_path` shows as an escape: controls, lone surrogates (undecodable bytes in a
# name), and the invisible characters and line separators above.
_PATH_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029]|" + _INVISIBLE.pattern)


def clean(text: str) -> str:
    """Remove everything from untrusted text that could act on a terminal or hide meaning.

    Escape sequences are removed whole; other control characters, bidi controls and zero-width
    characters are dropped; tabs become spaces; newlines are kept.
    """
    if not _SUSPECT.search(text):
        return text.replace("\t", " ")
    text = _LINE_SEPARATORS.sub("\n", text)
    text = _ESCAPES.sub("", text)
    text = text.replace("\t", " ")
    text = _CONTROLS.sub("", text)
    return _INVISIBLE.sub("", text)


def clean_line(text: str) -> str:
    """`clean`, then collapse all white space (newlines too) to single spaces."""
    return " ".join(clean(text).split())


def clip(text: str, limit: int = MAX_LINE) -> str:
    """`text` cut to at most `limit` characters, at a word boundary when one is near, with "…".

    Short text comes back unchanged. Used for headlines and titles, which a broken file can make
    megabytes long.
    """
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space >= limit // 2:
        cut = cut[:space]
    return cut.rstrip() + "…"


def split_long(text: str, limit: int = MAX_PARAGRAPH) -> list[str]:
    """`text` as pieces of at most `limit` characters, split at white space where possible.

    A paragraph of ordinary length comes back as a one-item list. A broken file can hold a
    paragraph of megabytes, which no reader can lay out quickly; split, it stays readable.
    """
    if len(text) <= limit:
        return [text]
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        end = start + limit
        space = max(text.rfind(" ", start, end), text.rfind("\n", start, end))
        if space > start + limit // 2:
            end = space
        pieces.append(text[start:end].strip())
        start = end
    pieces.append(text[start:].strip())
    return [piece for piece in pieces if piece]


def display_path(path: str | os.PathLike[str]) -> str:
    """A path as safe, visible text for messages: nothing in a file's name can act or hide.

    Control characters, escape sequences' introducers, bidi controls and zero-width characters
    are shown as `\\xNN` / `\\uNNNN` escapes, and bytes that are not valid UTF-8 (which
    Python keeps as surrogates) as `\\xNN`; every other character, accents and all, is kept.
    """
    return _PATH_UNSAFE.sub(_path_escape, os.fspath(path))


def _path_escape(match: re.Match[str]) -> str:
    """The visible escape for one unsafe character of a path."""
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte, as os.fsdecode keeps it
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u00b4": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
    }
)
# Letters that NFKD does not decompose into a base letter plus marks.
_UNDECOMPOSABLE = str.maketrans(
    {
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "ł": "l",
        "Ł": "l",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "þ": "th",
        "Þ": "th",
        "ð": "d",
        "Ð": "d",
        "ı": "i",
    }
)


def fold(text: str) -> str:
    """A key for accent- and case-insensitive comparison: "Peña" and "PENA" both give "pena".

    Quotes and dashes are made plain, accents dropped, case folded and white space collapsed.
    """
    if len(text) <= _FOLD_MEMO_LENGTH:
        return _fold_short(text)
    return _fold(text)


def _fold(text: str) -> str:
    if text.isascii():
        return " ".join(text.replace("`", "'").casefold().split())
    text = text.translate(_QUOTES).translate(_UNDECOMPOSABLE)
    if text.isascii():  # only typographic quotes and dashes: nothing left to decompose
        return " ".join(text.casefold().split())
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    # Again after decomposing: "Ǽ" is "Æ" and an accent, and "Æ" only becomes "ae" here.
    # A grave accent may only appear now ("｀" decomposes to "`"): plain, as on the ASCII path.
    return " ".join(stripped.casefold().translate(_UNDECOMPOSABLE).replace("`", "'").split())


#: Names and titles are folded many times over (a parse folds each name it meets dozens of
#: times, a scan meets the same actors in review after review): short texts are remembered.
_FOLD_MEMO_LENGTH = 64
_fold_short = lru_cache(maxsize=8192)(_fold)

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_WORD = re.compile(r"[^\W_]+")


def name_tokens(text: str) -> tuple[str, ...]:
    """The folded words of a name or title: "Lupita Nyong’o" gives ("lupita", "nyongo").

    Apostrophes join (they never split a word); every other non-alphanumeric separates.
    """
    return tuple(_WORD.findall(fold(text).replace("'", "")))


def slug(text: str) -> str:
    """A lowercase ASCII slug: "A Million Miles Away" gives "a-million-miles-away".

    Apostrophes vanish ("Ocean's" gives "oceans"); other runs of non-alphanumerics become "-".
    """
    folded = fold(text).replace("'", "")
    ascii_only = folded.encode("ascii", "ignore").decode("ascii")
    return _NON_ALNUM.sub("-", ascii_only).strip("-")


def literal_alternation(words: Iterable[str]) -> str:
    """A regular expression (no group) for any of `words`, the longest first, written as a
    tree of their shared beginnings ("lead", "lead role", "leading role" as `lead(?: role|ing
    role)?`): at each position a search follows one branch a character at a time instead of
    trying every word of a first letter. It matches what the plain alternation of the words
    longest first matches: of the words found at one position (each the beginning of the
    next), each branch tries the longer ones before it stops (the words must not be empty)."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return "|".join(_branches(tree))


def _branches(node: dict[str, Any]) -> list[str]:
    """The expressions of `node`'s branches in the tree of `literal_alternation`: each is a
    character, then the alternation of what may follow it (optional where a word ends)."""
    out = []
    for char, below in node.items():
        if not char:
            continue
        rests = _branches(below)
        if "" in below and rests:
            out.append(f"{re.escape(char)}(?:{'|'.join(rests)})?")
        elif len(rests) > 1:
            out.append(f"{re.escape(char)}(?:{'|'.join(rests)})")
        else:
            out.append(re.escape(char) + "".join(rests))
    return out
