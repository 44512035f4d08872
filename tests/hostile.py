"""A hostile and messy review folder, generated on demand; never shipped as data.

`make_hostile_corpus(root)` fills `root` with the files a folder filled by scrapers, downloads
and copy and paste ends up holding: binary files, broken and exotic encodings, odd line ends,
empty files, a 30 MB review, a 5 MB single line, deep folders, a symlink loop, strange names,
and reviews whose text tries to act on a terminal or a Textual app (Rich markup, `@click`
actions, ANSI/OSC escapes, bidi overrides, `javascript:` links). It returns a description of
every file, with what reeltui should make of it, so the core, CLI and TUI tests can share it:

    from hostile import make_hostile_corpus
    corpus = make_hostile_corpus(tmp_path / "reviews")
    for entry in corpus.values():
        if entry.outcome is Outcome.LOADS and entry.shows: ...

The module has no test functions of its own; pytest does not collect it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

__all__ = [
    "BIG_LINE_BYTES",
    "ESC",
    "HUGE_BYTES",
    "HostileFile",
    "Outcome",
    "good_review",
    "make_hostile_corpus",
]

ESC = "\x1b"
#: The size of the "30 MB review" and of the "5 MB single line".
HUGE_BYTES = 30 * 1024 * 1024
BIG_LINE_BYTES = 5 * 1024 * 1024


class Outcome(StrEnum):
    """What reeltui must make of a file."""

    LOADS = "loads"  # in the library, perhaps with warnings
    UNREADABLE = "unreadable"  # named in `check` as unreadable, kept out of the library
    SKIPPED = "skipped"  # not a review document at all (other suffix, hidden): never listed
    LINK = "link"  # a symbolic link that leads nowhere or in a loop: reported, never followed


@dataclass(frozen=True, slots=True)
class HostileFile:
    """One file of the corpus: why it is there and what reeltui should do with it.

    `shows` is text that must appear literally (character for character) wherever the review is
    displayed: markup stays as brackets, nothing is hidden. `never` is text that must appear
    nowhere in the output (escape sequences and invisible characters, which must be removed).
    `problem` is a fragment of the problem message expected for the file, if any.
    """

    description: str
    outcome: Outcome
    shows: tuple[str, ...] = ()
    never: tuple[str, ...] = ()
    problem: str | None = None
    title: str | None = None


def good_review(title: str, year: int, *, actor: str = "Ana Torres", role: str = "Marta") -> str:
    """A small, well-formed scraped-text review of `title` (`year`), with a byline and bio."""
    return (
        f"‘{title}’ ({year}) Review: A Quiet Film About Loud People\n\n"
        f"{title} is a patient drama that rewards attention. {actor} stars as {role}, a "
        "teacher who returns to her home town after twenty years away. The film runs 104 "
        "minutes and never hurries.\n\n"
        "What’s the Movie About?\n\n"
        f"{role} finds the town smaller than she remembered, and her family larger. The story "
        "follows one summer of weddings, quarrels and a funeral, told without a wasted scene.\n\n"
        "Final Verdict\n\n"
        "A film to see on a big screen, with people you like.\n\n"
        "Jane Doe\n\n"
        "Jane Doe\n\n"
        "Jane has written about films for ten years.\n"
    )


# Markup and actions that Rich or Textual would act on if the text reached them as markup.
MARKUP_TITLE = "[bold red]Not Bold[/] [@click=app.quit]Quit[/]"
MARKUP_LINES = (
    "[bold]This is not bold[/bold] and [/] closes nothing.",
    "[link=https://evil.example/]a link that is only text[/link]",
    "[@click=app.quit]Click here to quit[/] and [@click=app.bell]ring[/]",
    "[on red]\\[escaped][/on red] and a lone [ bracket and ] closing one.",
    "{{template}} and ${shell} and $(command) and `backticks`.",
)
# Escape sequences: clear screen, cursor home, set the window title, OSC 52 clipboard write,
# OSC 8 hyperlink, DCS, 8-bit CSI, colour codes, and a bell.
ESCAPES = (
    f"{ESC}[2J{ESC}[H",
    f"{ESC}]0;pwned title\x07",
    f"{ESC}]52;c;cm0gLXJmIH4=\x07",
    f"{ESC}]8;;file:///etc/passwd{ESC}\\link{ESC}]8;;{ESC}\\",
    f"{ESC}P+q544e{ESC}\\",
    "\x9b31m",
    f"{ESC}[31;1mred{ESC}[0m",
    "\x07",
)
BIDI = "\u202e"  # right-to-left override
INVISIBLE = ("\u202e", "\u2066", "\u200b", "\u200d", "\ufeff", "\u00ad")


def _write(root: Path, name: str | bytes, data: bytes) -> None:
    """Write `data` to `root/name`, making folders as needed (names may be raw bytes)."""
    path = os.path.join(os.fsencode(root), os.fsencode(name))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as handle:
        handle.write(data)


def _huge_review(size: int) -> bytes:
    """A readable review padded with ordinary paragraphs to `size` bytes."""
    head = good_review("The Long Night", 2019).encode()
    paragraph = (
        b"The film keeps going, and so does this paragraph, which a scraper repeated until the "
        b"file grew far beyond any review a person would write or read in one sitting.\n\n"
    )
    count = (size - len(head)) // len(paragraph) + 1
    return (head + paragraph * count)[:size]


def make_hostile_corpus(
    root: Path, *, huge: bool = True, names: bool = True
) -> dict[str, HostileFile]:
    """Fill `root` with the hostile corpus and describe each file by its path under `root`.

    Keys are paths relative to `root` as `str` (a name that is not valid UTF-8 appears with
    Python's surrogate escapes, as `os.fsdecode` gives it). `huge=False` leaves out the 30 MB
    review and the 5 MB line for tests that do not need them; otherwise the folder takes about
    36 MB. `names=False` leaves out the files whose *names* are hostile (escape sequences,
    markup, bidi overrides, bytes that are not UTF-8). Symbolic links are made where the
    platform allows them.
    """
    root.mkdir(parents=True, exist_ok=True)
    files: dict[str, HostileFile] = {}

    def add(name: str | bytes, data: bytes, entry: HostileFile) -> None:
        _write(root, name, data)
        files[os.fsdecode(name)] = entry

    # --- good files, so that "the rest of the folder loads" can be checked --------------------
    add(
        "good-plain-2021.txt",
        good_review("Plain Sailing", 2021).encode(),
        HostileFile("an ordinary UTF-8 review", Outcome.LOADS, title="Plain Sailing"),
    )
    add(
        "Amélie et moi (2001) — review.txt",
        good_review("Amélie et moi", 2001, actor="Zoë Peña", role="Inès").encode(),
        HostileFile("a name with spaces, accents and a dash", Outcome.LOADS, title="Amélie et moi"),
    )
    add(
        "東京の夜 2003.md",
        "# 東京の夜 (2003) Review\n\nA night in Tokyo, filmed in one take.\n".encode(),
        HostileFile("a Japanese file name and title", Outcome.LOADS, title="東京の夜"),
    )
    deep = "/".join(f"level-{i:02d}" for i in range(40))
    add(
        f"{deep}/deep-down-2010.txt",
        good_review("Deep Down", 2010).encode(),
        HostileFile("a review 40 folders deep", Outcome.LOADS, title="Deep Down"),
    )

    # --- encodings and line ends --------------------------------------------------------------
    add(
        "cp1252-smart-quotes.txt",
        good_review("Café Society", 2016).encode("cp1252"),
        HostileFile(
            "Windows-1252 with smart quotes and an accent",
            Outcome.LOADS,
            shows=("Café Society", "What’s the Movie About?"),
            problem="Windows-1252",
            title="Café Society",
        ),
    )
    add(
        "invalid-utf8.txt",
        good_review("Broken Bytes", 2018).encode() + b"\n\nA stray byte \xff\xfe\x80 here.\n",
        HostileFile(
            "UTF-8 with a few invalid bytes: stays UTF-8, the bad bytes replaced, with a warning",
            Outcome.LOADS,
            shows=("‘Broken Bytes’ (2018) Review",),
            problem="invalid UTF-8 sequences were replaced",
            title="Broken Bytes",
        ),
    )
    add(
        "utf16-bom.txt",
        good_review("Sixteen Bits", 2012).encode("utf-16"),
        HostileFile("UTF-16 with a byte order mark", Outcome.LOADS, title="Sixteen Bits"),
    )
    add(
        "utf8-bom-crlf.txt",
        b"\xef\xbb\xbf" + good_review("Carriage Return", 2014).replace("\n", "\r\n").encode(),
        HostileFile(
            "UTF-8 with a BOM and CRLF line ends",
            Outcome.LOADS,
            shows=("What’s the Movie About?",),
            never=("\r", "\ufeff"),
            title="Carriage Return",
        ),
    )
    add(
        "lone-cr.txt",
        good_review("Old Mac", 1999).replace("\n", "\r").encode(),
        HostileFile(
            "classic Mac line ends (lone CR)",
            Outcome.LOADS,
            shows=("What’s the Movie About?",),
            never=("\r",),
            title="Old Mac",
        ),
    )

    # --- not reviews at all -------------------------------------------------------------------
    add(
        "binary.txt",
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64,
        HostileFile("binary data with a .txt suffix", Outcome.UNREADABLE, problem="binary"),
    )
    add(
        "nul-bytes.md",
        b"# Almost (2020) Review\n\nText with a \x00 NUL byte in it.\n",
        HostileFile("text with a NUL byte", Outcome.UNREADABLE, problem="NUL"),
    )
    add(
        "control-soup.txt",
        bytes(range(1, 9)) * 400 + b"a few letters",
        HostileFile("mostly control characters", Outcome.UNREADABLE, problem="mostly unprintable"),
    )
    add(
        "empty.txt",
        b"",
        HostileFile("an empty file", Outcome.UNREADABLE, problem="empty"),
    )
    add(
        "whitespace-only.md",
        b" \n\t\r\n   \n\n",
        HostileFile("white space only", Outcome.UNREADABLE, problem="empty"),
    )
    add(
        "escapes-only.txt",
        (ESC + "[2J" + ESC + "]0;title\x07\u200b\u202e\n").encode() * 20,
        HostileFile(
            "nothing but escape sequences and invisible characters",
            Outcome.UNREADABLE,
            never=(ESC, "\u202e"),
            problem="no text",
        ),
    )
    add(
        "photo.jpg",
        b"\xff\xd8\xff\xe0" + b"\x00" * 100,
        HostileFile("a picture beside the reviews", Outcome.SKIPPED),
    )
    add(
        ".hidden-review.txt",
        good_review("Hidden", 2000).encode(),
        HostileFile("a hidden file: not scanned", Outcome.SKIPPED),
    )

    # --- size -------------------------------------------------------------------------------
    if huge:
        add(
            "huge-30mb.txt",
            _huge_review(HUGE_BYTES),
            HostileFile(
                "a 30 MB review: read up to the cap, with a notice",
                Outcome.LOADS,
                problem="too large for a review",
                title="The Long Night",
            ),
        )
        line = b"One Endless Line (2022) Review: " + b"and then it went on " * (
            BIG_LINE_BYTES // 20
        )
        add(
            "one-line-5mb.txt",
            line[:BIG_LINE_BYTES] + b"\n",
            HostileFile(
                "a 5 MB file on one line: read up to the cap, with a notice",
                Outcome.LOADS,
                problem="too large for a review",
            ),
        )

    # --- text that tries to act ---------------------------------------------------------------
    markup_body = "\n\n".join(MARKUP_LINES)
    add(
        "markup-2020.txt",
        (
            f"‘{MARKUP_TITLE}’ (2020) Review: [italic]Brackets[/italic] Everywhere\n\n"
            f"{markup_body}\n\n"
            "[b]A Heading[/b]\n\n"
            "Under a heading written in markup, this paragraph ends the review.\n"
        ).encode(),
        HostileFile(
            "Rich markup and Textual @click actions in the title and body",
            Outcome.LOADS,
            shows=(MARKUP_TITLE, *MARKUP_LINES),
            title=MARKUP_TITLE,
        ),
    )
    escape_body = "".join(f"Part {i}: {seq}after.\n\n" for i, seq in enumerate(ESCAPES))
    add(
        "escapes-2021.txt",
        (
            f"{ESC}]0;Owned{ESC}\\‘Escape{ESC}[2J Artist’ (2021) Review: {ESC}[5mBlink\n\n"
            f"{escape_body}"
            f"The clipboard{ESC}]52;c;ZXZpbA=={ESC}\\ stays untouched.\n"
        ).encode(),
        HostileFile(
            "ANSI and OSC escapes: clear screen, set title, OSC 52 clipboard, OSC 8 link, DCS",
            Outcome.LOADS,
            shows=("Escape Artist", "The clipboard stays untouched."),
            never=(ESC, "\x9b", "\x07", "pwned title", "cm0gLXJmIH4=", "ZXZpbA=="),
            title="Escape Artist",
        ),
    )
    add(
        "bidi-2022.txt",
        (
            f"‘Evil{BIDI}gnp.exe\u200b Twin\u2066’ (2022) Review: Zero{INVISIBLE[2]}Width\n\n"
            f"A paragraph with\u200d joiners, a soft\u00adhyphen and an override {BIDI}here.\n"
        ).encode(),
        HostileFile(
            "bidi overrides and zero-width characters in the title and body",
            Outcome.LOADS,
            shows=("Evilgnp.exe Twin", "ZeroWidth"),
            never=INVISIBLE,
            title="Evilgnp.exe Twin",
        ),
    )
    add(
        "links-2023.md",
        (
            b'+++\ntitle = "Links [b]Everywhere[/b]"\nyear = 2023\n+++\n'
            b"# Links Everywhere (2023) Review\n\n"
            b"Read [my notes](file:///etc/passwd) and [this](javascript:alert(1)) and "
            b"[home](../../../../home/user/.ssh/id_rsa) and <script>alert(1)</script>.\n\n"
            b"## The Verdict\n\n"
            b"![image](data:text/html;base64,PHNjcmlwdD4=) is only text.\n"
        ),
        HostileFile(
            "Markdown links to local files and javascript:, kept as literal text",
            Outcome.LOADS,
            shows=(
                "[my notes](file:///etc/passwd)",
                "[this](javascript:alert(1))",
                "<script>alert(1)</script>",
            ),
            title="Links [b]Everywhere[/b]",
        ),
    )
    add(
        "page-2019.html",
        (
            "<!doctype html><html><head><title>x</title>"
            "<script>document.write('pwned')</script><style>p{color:red}</style></head><body>"
            "<nav>Home | Reviews</nav><article><h1>Page Turner (2019) Review</h1>"
            '<p>Click <a href="javascript:alert(1)">here</a> or '
            '<a href="file:///etc/passwd">there</a> &lt;b&gt;escaped&lt;/b&gt; '
            "[bold]markup[/bold] and \x1b[2Jan escape.</p>"
            "<script>steal()</script>"
            f'<p title="{"A" * 200_000}">A paragraph with a huge attribute.</p>'
            + "<div>" * 3000
            + "Deep inside three thousand divs."
            + "</div>" * 3000
            + '<p class="author">By Jane Doe</p></article>'
            "<footer>Related posts</footer></body></html>"
        ).encode(),
        HostileFile(
            "a saved page with scripts, javascript: links, 3000 nested divs, a huge attribute",
            Outcome.LOADS,
            shows=("<b>escaped</b>", "[bold]markup[/bold]"),
            never=("pwned", "steal()", "alert(1)", ESC),
            title="Page Turner",
        ),
    )
    add(
        "wrong-types-2024.md",
        (
            b'+++\ntitle = 42\nyear = "nineteen"\ndirectors = 7\ncast = "not a list"\n'
            b'runtime_minutes = -5\nrating = [1, 2]\nreviewer = 3\nkind = "opera"\n+++\n'
            b"# Wrong Types (2024) Review\n\nThe front matter lies about everything.\n"
        ),
        HostileFile(
            "front matter whose values have the wrong types",
            Outcome.LOADS,
            problem="should be",
            title="Wrong Types",
        ),
    )
    add(
        "bad-front-matter.md",
        b'+++\ntitle = "unterminated\n+++\n# Bad Front (2020) Review\n\nBody survives.\n',
        HostileFile("front matter that is not TOML", Outcome.LOADS, problem="not valid TOML"),
    )
    add(
        "sidecar-2017.txt",
        good_review("Sidecar", 2017).encode(),
        HostileFile("a review whose sidecar is not TOML", Outcome.LOADS, problem="sidecar"),
    )
    _write(root, "sidecar-2017.toml", b"title = [unclosed\n\x1b[2J")

    if names:
        _add_hostile_names(root, add)

    # --- links ------------------------------------------------------------------------------
    try:
        os.symlink(".", root / "loop")
        os.symlink("self-link.txt", root / "self-link.txt")
        os.symlink("nowhere/missing.txt", root / "dangling.txt")
    except (OSError, NotImplementedError):  # pragma: no cover - platforms without symlinks
        pass
    else:
        files["loop"] = HostileFile("a symlink to its own folder: a loop", Outcome.SKIPPED)
        files["self-link.txt"] = HostileFile(
            "a symlink to itself", Outcome.LINK, problem="symbolic link"
        )
        files["dangling.txt"] = HostileFile(
            "a symlink to nothing", Outcome.LINK, problem="symbolic link"
        )
    return files


def _add_hostile_names(root: Path, add: Callable[[str | bytes, bytes, HostileFile], None]) -> None:
    """The files whose names try to act: escapes, markup, a bidi override, non-UTF-8 bytes."""
    add(
        f"evil {ESC}]0;named{ESC}\\ name {ESC}[2J.txt",
        good_review("Named Evil", 2015).encode(),
        HostileFile(
            "a file name holding escape sequences",
            Outcome.LOADS,
            never=(ESC,),
            title="Named Evil",
        ),
    )
    add(
        f"[bold]markup name[b] [@click=app.quit]x[u] {BIDI}txt.exe.txt",
        good_review("Markup Name", 2015).encode(),
        HostileFile(
            "a file name holding markup and a bidi override",
            Outcome.LOADS,
            never=(BIDI,),
            title="Markup Name",
        ),
    )
    add(
        f"side {ESC}]0;car{ESC}\\.txt",
        good_review("Side Name", 2013).encode(),
        HostileFile(
            "a review and its sidecar, both named with an escape sequence; the sidecar's year "
            "has the wrong type",
            Outcome.LOADS,
            never=(ESC,),
            problem="'year' should be",
            title="Side Name",
        ),
    )
    _write(root, f"side {ESC}]0;car{ESC}\\.toml", b'year = "soon"\n')
    add(
        b"latin1-caf\xe9-2011.txt",
        good_review("Latin Name", 2011).encode(),
        HostileFile("a file name that is not valid UTF-8", Outcome.LOADS, title="Latin Name"),
    )
    add(
        f"{ESC}[2J.txt",
        (ESC + "[2J" + ESC + "]0;x\x07").encode(),
        HostileFile(
            "an escape-sequence name and nothing but escapes inside (no text left)",
            Outcome.UNREADABLE,
            never=(ESC,),
            problem="no text",
        ),
    )
