"""Names that open on a capital outside ASCII (Đ, Ş, İ, Ó, É, Ž, Þ, Ö …) are names: as the
reviewer, the director and the actors, in pages made up for the test, each shape with a twin
worded otherwise."""

from __future__ import annotations

import re

from reeltui.model import Review
from reeltui.parse.capitals import UPPER, capitals

from prose_pages import P3, SALT, SALT2, scraped


def _roles(review: Review) -> dict[str, str | None]:
    return {credit.actor: credit.role for credit in review.cast}


def test_two_actors_each_playing_a_part_in_one_sentence() -> None:
    review = scraped(
        f"The Salt Road review: tides and silences\n\nBy Şule Yıldız\nMarch 3, 2024\n\n{SALT}\n\n"
        "Émile Ólafsson plays the harbour master and İlker Đurić plays his son, and both are "
        f"very good in The Salt Road.\n\n{SALT2}\n\nDirected by Đorđe Žikić, the film never "
        f"hurries.\n\n{P3}\n"
    )
    assert review.reviewer is not None and review.reviewer.name == "Şule Yıldız"
    assert review.directors == ("Đorđe Žikić",)
    assert _roles(review) == {"Émile Ólafsson": "the harbour master", "İlker Đurić": "his son"}


def test_an_actor_as_a_part_after_the_directors_film_stars() -> None:
    review = scraped(
        f"The Salt Road review: tides and silences\n\nReviewed by Conor Ó Faoláin\n\n{SALT}\n\n"
        "Žikić's film stars Ömer Şahin as a ferryman and Ásta Ísleifsdóttir as his sister Marta, "
        f"with Łukasz Ćwik in a small part.\n\n{SALT2}\n\n{P3}\n\n"
        "The Salt Road is directed by Đorđe Žikić.\n"
    )
    assert review.reviewer is not None and review.reviewer.name == "Conor Ó Faoláin"
    assert review.directors == ("Đorđe Žikić",)
    assert _roles(review).get("Ömer Şahin") == "a ferryman"


def test_an_actor_with_the_part_in_brackets() -> None:
    review = scraped(
        f"The Salt Road review: tides and silences\n\nBy Ólöf Éinarsdóttir, Film Critic\n\n{SALT}"
        "\n\nThe cast, led by Þóra Ásgeirsdóttir (as Marta) and Ívar Örn, is excellent; "
        f"Ásgeirsdóttir in particular.\n\n{SALT2}\n\nŽana Ćorić's The Salt Road is a quiet "
        f"film.\n\n{P3}\n"
    )
    assert review.reviewer is not None and review.reviewer.name == "Ólöf Éinarsdóttir"
    assert review.directors == ("Žana Ćorić",)
    assert _roles(review).get("Þóra Ásgeirsdóttir") == "Marta"


def test_the_class_takes_every_latin_capital_and_no_small_letter() -> None:
    name = re.compile(capitals(r"^[A-Z][\w’'\-]+$"))
    for word in ("Đorđe", "Şule", "İlker", "Ólöf", "Émile", "Žana", "Þóra", "Ørjan", "Ana"):
        assert name.match(word), word
    for word in ("đorđe", "şule", "ólöf", "émile", "ana"):
        assert not name.match(word), word
    assert "ı" not in UPPER and "ß" not in UPPER
