"""Text handling for untrusted documents: decoding, cleaning, folding and slugs.

Every string that reaches the model passes through `decode` and `clean`, so the layers above
can assume plain printable text: no escape sequences, no control characters, no bidi overrides.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

__all__ = [
    "Decoded",
    "NotText",
    "clean",
    "clean_line",
    "decode",
    "fold",
    "slug",
]


class NotText(ValueError):
    """The bytes are not a text document (binary, NUL bytes, mostly unprintable)."""


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from bytes, with the encoding used and any notes about it."""

    text: str
    encoding: str
    notes: tuple[str, ...] = ()


_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def decode(data: bytes) -> Decoded:
    """Decode a document's bytes: a BOM's encoding, else UTF-8, else cp1252.

    Line ends are normalised to "\\n". Raises `NotText` for binary data: NUL bytes outside a
    UTF-16/32 document, or text that is mostly unprintable once decoded.
    """
    notes: list[str] = []
    encoding = ""
    text: str | None = None
    for bom, name in _BOMS:
        if data.startswith(bom):
            encoding = name
            try:
                text = data[len(bom) :].decode(name.removesuffix("-sig"))
            except UnicodeDecodeError:
                text = data[len(bom) :].decode(name.removesuffix("-sig"), errors="replace")
                notes.append(f"invalid {name} bytes were replaced")
            break
    if text is None:
        if b"\x00" in data:
            raise NotText("the file contains NUL bytes, so it is binary, not a review")
        try:
            text = data.decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
            encoding = "cp1252"
            notes.append("not valid UTF-8; read as Windows-1252")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _mostly_unprintable(text):
        raise NotText("the file is mostly unprintable characters, so it is binary, not a review")
    return Decoded(text=text, encoding=encoding, notes=tuple(notes))


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
# ST), and two-byte escapes; plus the 8-bit C1 forms of CSI and OSC.
_ESCAPES = re.compile(
    r"""
    \x1b\[[0-?]*[ -/]*[@-~]?          # CSI
  | \x9b[0-?]*[ -/]*[@-~]?            # 8-bit CSI
  | (?:\x1b[\]PX^_]|[\x9d\x90\x98\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?  # OSC, DCS...
  | \x1b[ -/]*[0-~]?                  # other escapes (ESC ( B, ESC c, ...)
    """,
    re.VERBOSE,
)
# C0 and C1 controls except tab and newline; DEL.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Invisible characters that can reorder or hide text: bidi embeddings, overrides and isolates,
# marks, zero-width spaces and joiners, word joiner, BOM, interlinear annotation, soft hyphen.
_INVISIBLE = re.compile(
    "[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]"
)
_LINE_SEPARATORS = re.compile("[\u2028\u2029\x85]")


def clean(text: str) -> str:
    """Remove everything from untrusted text that could act on a terminal or hide meaning.

    Escape sequences are removed whole; other control characters, bidi controls and zero-width
    characters are dropped; tabs become spaces; newlines are kept.
    """
    text = _LINE_SEPARATORS.sub("\n", text)
    text = _ESCAPES.sub("", text)
    text = text.replace("\t", " ")
    text = _CONTROLS.sub("", text)
    return _INVISIBLE.sub("", text)


def clean_line(text: str) -> str:
    """`clean`, then collapse all white space (newlines too) to single spaces."""
    return " ".join(clean(text).split())


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
    if text.isascii():
        return " ".join(text.replace("`", "'").casefold().split())
    text = text.translate(_QUOTES).translate(_UNDECOMPOSABLE)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """A lowercase ASCII slug: "A Million Miles Away" gives "a-million-miles-away".

    Apostrophes vanish ("Ocean's" gives "oceans"); other runs of non-alphanumerics become "-".
    """
    folded = fold(text).replace("'", "")
    ascii_only = folded.encode("ascii", "ignore").decode("ascii")
    return _NON_ALNUM.sub("-", ascii_only).strip("-")
