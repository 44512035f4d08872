"""People the prose names in a clause about another work, an office or a maker's craft, and a
cast list's fuller form of a name the text writes shorter. Made-up pages with invented names;
each shape has a second, differently worded twin, and is shown where it must not fire."""

from __future__ import annotations

from reeltui.model import Credit
from reeltui.parse.gate import unbelieved
from reeltui.parse.half_names import prose_forms
from reeltui.text import fold

from prose_pages import P1, P2, cast, scraped

_OPENING = (
    "Salt Harbour is a film about a town that dries up. Omar Said plays Tom, a farmer who will "
    "not leave, and Greta Voss plays his wife, Ann."
)


def _page(extra: str, title: str = "Salt Harbour", apart: bool = False) -> dict[str, str | None]:
    joint = "\n\n" if apart else " "
    review = scraped(
        f"{title} review: a quiet storm\n\nBy Pat Kelly\n\n{_OPENING}{joint}{extra}\n\n{P1}\n\n"
        f"{P2}\n"
    )
    return cast(review)


_OWN = {"Omar Said": "Tom", "Greta Voss": "Ann"}


# --- another work named by its year, its genre or its place among works -----------------------


def test_a_years_work_with_its_own_title_keeps_its_stars() -> None:
    assert (
        _page(
            "The real source is an obscure 1957 thriller, Zero Hour!, starring Hal Brenner as a "
            "pilot with a past."
        )
        == _OWN
    )
    assert (
        _page("Think of Dust Point?, the 1964 chiller starring Dale Corbin as a disgraced surgeon.")
        == _OWN
    )


def test_a_makers_work_with_its_crew_first_keeps_its_stars() -> None:
    assert (
        _page(
            "Okafor's 2019 film, produced by Lena Stroud and starring Dev Malhotra, was a "
            "conversation with this one."
        )
        == _OWN
    )
    assert (
        _page(
            "Brandt's next feature, again written by Pia Lunde and this time starring Nina Bell, "
            "is due in spring."
        )
        == _OWN
    )


def test_the_films_own_year_and_stars_still_credit() -> None:
    # the film reviewed, named with its year and its genre: its stars are its cast
    got = _page("Salt Harbour, a 1991 thriller starring Dev Malhotra, is a marvel.")
    assert "Dev Malhotra" in got
    got = _page("A 1991 thriller starring Dev Malhotra and Kit Morrow, Salt Harbour is a marvel.")
    assert "Kit Morrow" in got


def test_an_offshoot_whose_people_someone_plays_credits_nobody() -> None:
    assert (
        _page(
            "It later spawned two spin-offs: Harbour Watch, a sitcom following the two wardens "
            "played by Lou Pender and Maya Hart, and a radio serial."
        )
        == _OWN
    )
    assert (
        _page(
            "A short-lived spin-off series, Night Desk, followed the paper's editor, played by "
            "Abby Lott."
        )
        == _OWN
    )


def test_a_list_after_a_part_played_in_the_past_credits_nobody() -> None:
    assert (
        _page(
            "Later came a cartoon, The Night Wardens, in which the vampires were voiced by Tomas "
            "Reyes and Nina Vale."
        )
        == _OWN
    )
    assert (
        _page("In the radio play the twins were played by Lou Pender, Maya Hart and Ivy Kerr.")
        == _OWN
    )


# --- a relative clause on another work's title ------------------------------------------------


def test_a_relative_clause_on_another_title_credits_nobody() -> None:
    assert _page("Its closest cousin is Cold Harbour, in which Ruth Mayne plays a singer.") == _OWN
    assert (
        _page(
            "The obvious precedent is Night Bus (2009), where Colm Ferris plays a driver who never "
            "sleeps."
        )
        == _OWN
    )


def test_a_relative_clause_on_a_place_still_credits() -> None:
    got = _page(
        "Tom walks into the Triple Rock Baptist Church, where Hal Brenner, as the Rev. Cleophus "
        "James, is preaching."
    )
    assert "Hal Brenner" in got


# --- a maker with their works in brackets, then the craft -------------------------------------


def test_a_maker_with_works_in_brackets_credits_nobody() -> None:
    assert _page("Ken Ito (Cold Harbour) directs with a sure hand.") == _OWN
    assert _page("Mara Bell (Night Bus, Salt Road) wrote the script in a month.") == _OWN


# --- an office held in the world --------------------------------------------------------------


def test_an_office_and_a_deed_credit_nobody() -> None:
    assert _page("As Chair, Jane Doe welcomed the guests.") == _OWN
    assert _page("As the festival's artistic director, Sam Ortiz introduced the film.") == _OWN


def test_a_part_opening_the_sentence_still_credits() -> None:
    got = _page("As Chief, Hal Brenner is a quiet giant.")
    assert got.get("Hal Brenner") == "Chief"


# --- a cast list's fuller form of a name the text writes shorter ------------------------------


def test_the_texts_form_of_a_name_is_the_actors() -> None:
    cast_list = [Credit("Tony Leung Chiu-wai", "Chan Wing-yan"), Credit("Andy Lau", "Lau")]
    texts = ["Tony Leung, as Chan, gives one of the most quietly devastating performances."]
    assert [c.actor for c in prose_forms(cast_list, texts)] == ["Tony Leung", "Andy Lau"]
    twin = [Credit("Gael García Bernal", "Julio")]
    assert prose_forms(twin, ["Gael García is a live wire as Julio."])[0].actor == "Gael García"


def test_a_name_the_text_writes_in_full_stays_full() -> None:
    cast_list = [Credit("Tony Leung Chiu-wai", "Chow")]
    texts = ["Tony Leung and Maggie Cheung.", "Chow (Tony Leung Chiu-wai) and Su act it out."]
    assert prose_forms(cast_list, texts)[0].actor == "Tony Leung Chiu-wai"
    suffixed = [Credit("Robert Downey Jr.", "Tony")]
    assert prose_forms(suffixed, ["Robert Downey is Tony."])[0].actor == "Robert Downey Jr."


# --- a possessive backed only by a song's or a book's maker -----------------------------------


def test_a_works_maker_backs_no_other_possessive() -> None:
    for text in (
        "The nearest precedent is Rob Hale's McCabe, another portrait of a town. At the "
        "wedding, the band plays Dolly Pine's Jolene, badly.",
        "The obvious ancestor is Ada Lind's Harbour Lights, which is gentler. At the funeral, June "
        "quotes Maya Penn's Still I Rise.",
    ):
        owner, maker = (n for n in ("Rob Hale", "Dolly Pine", "Ada Lind", "Maya Penn") if n in text)
        parts = [text.split(f"{owner}'s ")[1].split(",")[0], "Jolene"]
        credits = [Credit(owner, parts[0]), Credit(maker, parts[1])]
        keys = [fold(owner), fold(maker)]
        assert unbelieved(credits, keys, set(keys), [text]) == set(keys)


def test_a_name_the_gate_drops_backs_no_possessive() -> None:
    for text, owner, part, other in (
        (
            "The nearest precedent is Rob Hale's McCabe, another portrait of a town. In the "
            "cartoon the vampires were voiced by Tomas Reyes and Nina Vale.",
            "Rob Hale",
            "McCabe",
            "Nina Vale",
        ),
        (
            "The obvious ancestor is Ada Lind's Harbour Lights, which is gentler. On the radio "
            "the twins had been played by Lou Pender, Maya Hart and Ivy Kerr.",
            "Ada Lind",
            "Harbour Lights",
            "Ivy Kerr",
        ),
    ):
        credits = [Credit(owner, part), Credit(other, None)]
        keys = [fold(owner), fold(other)]
        assert unbelieved(credits, keys, set(keys), [text]) == set(keys)


# --- a part in a work named by its kind and title; idioms of "play" ----------------------------


def test_a_part_in_a_work_named_by_kind_and_title_credits_nobody() -> None:
    assert _page("Ken Ito plays a cop in the HBO series The Watch, which is also good.") == _OWN
    assert (
        _page("Ruth Mayne played the mother in the 2004 film Low Tide, to great acclaim.") == _OWN
    )


def test_a_part_in_the_film_named_by_kind_and_title_still_credits() -> None:
    got = _page("Ken Ito plays a cop in the thriller Salt Harbour, and he is terrific.")
    assert "Ken Ito" in got


def test_idioms_of_play_credit_nobody() -> None:
    assert _page("Ruth Mayne plays a key role in getting the film made, as its producer.") == _OWN
    assert _page("Composer Ruth Mayne plays the cello on the soundtrack herself.") == _OWN
    assert _page("Ken Ito plays host at the after-party every year.") == _OWN


# --- a work brought in by "a"/"an" as an object, and a work still to come ---------------------


def test_a_work_seen_in_the_story_credits_nobody() -> None:
    assert (
        _page(
            "The kids sneak into a midnight monster movie starring Ivo Harl, and the whole "
            "sequence is pure nostalgia."
        )
        == _OWN
    )
    assert (
        _page(
            "Her father falls asleep in front of a black-and-white western starring Hollis "
            "Grane and Lou Pender."
        )
        == _OWN
    )


def test_the_film_named_with_a_or_an_as_a_predicate_still_credits() -> None:
    assert "Kit Morrow" in _page("Salt Harbour is a film starring Dev Malhotra and Kit Morrow.")
    assert "Dev Malhotra" in _page("Salt Harbour, a quiet film starring Dev Malhotra, is a marvel.")


def test_a_part_in_a_work_still_to_come_credits_nobody() -> None:
    assert (
        _page("Ivo Harl plays the villain in the upcoming spin-off, not here, whatever you hear.")
        == _OWN
    )
    assert (
        _page("Mirela Tost plays the young queen in a planned prequel series, worth the wait.")
        == _OWN
    )


def test_a_part_in_the_sequel_reviewed_still_credits() -> None:
    assert _page("Dev Malhotra plays the villain in the sequel, and he is superb.")[
        "Dev Malhotra"
    ] == ("the villain")
