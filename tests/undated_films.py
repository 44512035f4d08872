"""Review files of films with and without a stated year, for the tests of how a review that
states no year joins the one dated film of its title."""

from __future__ import annotations

from pathlib import Path

_BODY = (
    "{title} follows three students who go looking for a gangster to take their side, and the"
    " film turns into something no one expected. {actor} plays Ranga with a wardrobe of white"
    " shirts and gold chains.\n\n"
    "The direction is sure of itself. The comedy comes from the gap between what Ranga thinks of"
    " himself and what the boys need from him, and it keeps widening that gap.\n\n"
    "The music pounds through every scene. Some later stretches sag, but the performances carry"
    " the film to its end."
)


def review_text(title: str, year: int | None, reviewer: str, actor: str = "Fahadh Faasil") -> str:
    """A scraped review of `title`, whose headline states `year` (None: no year anywhere)."""
    stated = f" ({year})" if year is not None else ""
    return (
        f"{title}{stated} Review: A Film That Knows Exactly What It Is Doing\n\n"
        "Rating: 4/5\n\n"
        "Director: Jithu Madhavan\n\n"
        f"Star Cast: {actor}, Sajin Gopu\n\n"
        f"By {reviewer}\n\n" + _BODY.format(title=title, actor=actor) + "\n"
    )


def write_review(
    folder: Path, name: str, title: str, year: int | None, reviewer: str, **more: str
) -> Path:
    """Write a review file `name`.txt into `folder`; its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.txt"
    path.write_text(review_text(title, year, reviewer, **more), encoding="utf-8")
    return path
