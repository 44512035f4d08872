"""Precision under mutation: a sentence naming someone who is not the cast, set into real pages.

Each trap sentence (its own words, invented names) is appended to a middle paragraph of each
sampled page of the read sets and the corpus; the page is parsed again, and every actor that
comes out and did not before is counted as invented, every actor that no longer comes out as
lost. A trap that credits nobody on any page is a shape the extractor already tells apart.

    python -m bench.cast_mutations [--pages 60] [--traps FILE] [--corpus DIR ...]

FILE holds one trap sentence a line (lines starting with "#" are skipped); without it, the
built-in traps below are used.
"""

from __future__ import annotations

import argparse
import random
import tempfile
from pathlib import Path

from reeltui.parse import parse_file

ROOT = Path(__file__).resolve().parents[1]
CORPORA = (ROOT / "tests" / "read_sets", ROOT / "tests" / "corpus")

TRAPS = (
    "The film owes a lot to Paper Moons, starring Gemma Farrow and Luke Denny.",
    "The 1998 television version, starring Ray Winstone and Kathy Burke, took a grimmer line.",
    "Sadly, Tom Vance, who was originally cast in a key role, dropped out before filming.",
    "Starring Felix Brand and Mona Ruiz, Coinflip is the heist film of the year.",
    "The part was originally offered to Colin Firth, who turned it down.",
    "The director, Ilse Brandt (Dust Crown), never lets the pace slacken.",
    "It's produced by Sara Ng (Dust Crown, Paper Moons), who knows the genre.",
    "At the wedding, the band plays Dolly Parton's Jolene, badly.",
    "Omar Said's Hamlet at the Old Vic was the last time I saw acting this raw.",
    "Greta Lind's Dust Crown is the obvious touchstone.",
    "Greta Voss plays a similar mother in Harbour Street, which is streaming now.",
    "Omar Said plays Othello at the Globe this summer, if you want more of this.",
    "Kessler and Amari were last paired in Dust Crown, directed by Greta Lind and co-starring "
    "Omar Said.",
    "Greta Voss (Low Tide) would have nailed this part.",
    "Imagine what Omar Said could have done as the father.",
    "In another era, Felix Brand would have played the lead.",
    "The producer, Nadia Okoro (Salt Flats), deserves credit for keeping it lean.",
    "Composer Lars Eklund (Paper Moons) scores it with a single cello.",
    "Mona Ruiz, who played a similar widow in Harbour Street, is nowhere to be seen here.",
    "Unlike Ray Dorsey in Night Bus, nobody here plays the villain for laughs.",
    "If you liked Ada Kroll as the nurse in Dust Crown, you will like this.",
    "Remember Tom Vance as the sheriff in Paper Moons? This is nothing like it.",
    "Ilse Brandt's Dust Crown is still the better film about grief.",
    "Fans of Nadia Okoro's Salt Flats will find much to enjoy.",
    "The screenplay by Pia Lunde (Night Bus) is sharp.",
    "As Marta Quinn told me at the premiere, the film was shot in nineteen days.",
    "The real Hugo Brandt, on whom the lead is based, died in 1987.",
    "Narrated by Colin Ames, the film never raises its voice.",
    "Edited by Jonas Feld, it moves at a clip.",
    "Cinematographer Rhea Vance (Dust Crown) shoots the sea as if it owed her money.",
    "The role was written for Greta Voss, who was busy elsewhere.",
    "Greta Voss and Omar Said were the first choices for the couple.",
    "It is no Low Tide, the 1996 film in which Greta Voss played the lighthouse keeper.",
    "Greta Voss plays the mother in next year's Salt Flats.",
    "Omar Said of the band Cold Pines wrote the songs.",
    "Critic Lena Marsh called it the year's best in The Ledger.",
    "Writer-director Nadia Okoro (Salt Flats) keeps it tight.",
    "Greta Voss (Low Tide, Paper Moons) turned the part down.",
    "Omar Said's turn as the father in Dust Crown remains the benchmark.",
    "Tom Vance (Night Bus) and Ada Kroll (Dust Crown) were in talks to star but the deal "
    "collapsed.",
    "Omar Said stars as the father in Salt Flats, also out this week.",
    "Mona Ruiz as Lady Macbeth at the Barbican is the other thing to see this month.",
    # another work named by its year, its genre or its place among works, then its stars
    "The template is a forgotten 1962 thriller, Night Crossing!, starring Hal Brenner as a "
    "pilot with a past.",
    "Its real model is a 1958 B-picture, Cold Harbour, which starred Ruth Mayne as a nightclub "
    "singer on the run.",
    "Think of Zero Point?, the 1964 chiller starring Dale Corbin as a disgraced surgeon.",
    "Okafor's 2019 remake, produced by Lena Stroud and starring Dev Malhotra, went further.",
    "Henley's 2015 film, written by Pia Lunde and starring Tomas Reyes, tried the same trick "
    "and failed.",
    "Last year's version, shot by Rhea Vance and starring Kit Morrow, was duller.",
    "A 1999 TV movie, scripted by Jonas Feld and starring Ivy Kerr, covered the same ground.",
    "Brandt's next feature, again produced by Sam Ortiz and this time starring Nina Bell, is due "
    "in spring.",
    "The studio's 1988 attempt, produced by Dan Orso and starring Kit Morrow, sank without trace.",
    "The story was first told in a 1974 TV play, Winter Lodge, with Colm Ferris as the caretaker.",
    # an offshoot whose people someone played or voiced
    "It later spawned a spin-off, Harbour Watch, a sitcom following the two wardens played by "
    "Lou Pender and Maya Hart.",
    "A short-lived spin-off series, Night Desk, followed the paper's editor, played by Abby Lott.",
    "The spin-off, Dust Roads, followed the deputy, played by Maya Hart, into the hills.",
    "Later came a cartoon series, The Night Wardens, in which the vampires were voiced by Tomas "
    "Reyes and Nina Vale.",
    # a relative clause on another work's title
    "Its closest cousin is Cold Harbour, in which Ruth Mayne plays a singer on the run.",
    "The obvious precedent is Night Bus (2009), where Colm Ferris plays a driver who never sleeps.",
    "It borrows its ending from Cold Harbour, a little thriller in which Ruth Mayne plays a widow "
    "with a gun.",
    # a maker with their works in brackets, then the craft
    "Ken Ito (Cold Harbour) directs with a sure hand.",
    "Ken Ito (Cold Harbour) directed it on a shoestring.",
    "Mara Bell (Night Bus, Salt Road) wrote the script in a month.",
    # an office held in the world, and a deed
    "As Chair, Jane Doe welcomed the guests.",
    "As CEO, Mark Olsen bet the company on it.",
    "As President of the guild, Lorna Pike opened the evening with a toast.",
    "As the festival's artistic director, Sam Ortiz introduced the film.",
    "As head of programming, Ivy Kerr said the film was the easiest choice of the year.",
    # a part in a work named by its kind and its title
    "Ken Ito plays a cop in the HBO series The Watch, which is also worth your time.",
    "Ruth Mayne played the mother in the 2004 film Low Tide, to great acclaim.",
    # idioms of "play" that give no part
    "Ruth Mayne plays a key role in getting the film made, as its producer.",
    "Composer Ruth Mayne plays the cello on the soundtrack herself.",
    "Ruth Mayne plays host at the after-party every year.",
    "Ken Ito, the film's stunt coordinator, plays down the danger.",
    # written code-blind for the sixteenth session: a work seen in the story, a work to come
    "The kids sneak into a midnight monster movie starring Ignatius Vorhees, and the whole "
    "sequence is pure nostalgia.",
    "Đorđe Vukašinović plays the villain in the upcoming spin-off, not here, whatever the "
    "marketing implies.",
)


def _paragraphs(path: Path) -> list[str]:
    review = parse_file(path, path.parent)
    return [p for section in review.sections for p in section.paragraphs]


def run(traps: list[str], pages: list[Path]) -> tuple[int, int, list[str]]:
    """(invented, lost, one line per page and trap that changed)."""
    invented = lost = 0
    lines: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        for page in pages:
            base = {c.actor for c in parse_file(page, page.parent).cast}
            paragraphs = _paragraphs(page)
            if len(paragraphs) < 3:
                continue
            target = paragraphs[len(paragraphs) // 2]
            raw = page.read_text(encoding="utf-8", errors="replace")
            if target not in raw:
                continue
            for n, trap in enumerate(traps):
                copy = tmp / page.name
                copy.write_text(raw.replace(target, f"{target} {trap}", 1), encoding="utf-8")
                got = {c.actor for c in parse_file(copy, tmp).cast}
                new, gone = sorted(got - base), sorted(base - got)
                if new or gone:
                    invented += len(new)
                    lost += len(gone)
                    lines.append(f"{page.name} [{n}] invented={new} lost={gone}")
    return invented, lost, lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=60, help="pages sampled (seed 5)")
    parser.add_argument("--traps", type=Path, help="a file of trap sentences, one a line")
    parser.add_argument("--corpus", type=Path, action="append", help="folders with docs/")
    args = parser.parse_args(argv)
    traps = list(TRAPS)
    if args.traps:
        text = args.traps.read_text(encoding="utf-8")
        traps = [line.strip() for line in text.splitlines() if line.strip()[:1] not in ("", "#")]
    pages = [
        doc
        for corpus in args.corpus or CORPORA
        for doc in sorted((corpus / "docs").iterdir())
        if doc.suffix == ".txt"
    ]
    random.seed(5)
    pages = random.sample(pages, min(args.pages, len(pages)))
    invented, lost, lines = run(traps, pages)
    for line in lines:
        print(line)
    print(f"{len(traps)} traps on {len(pages)} pages: {invented} invented, {lost} lost")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
