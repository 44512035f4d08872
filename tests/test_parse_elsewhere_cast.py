"""Actors of somewhere else: the box of another film beside the review (an editor's pick, a
related review), another work's stars named right after its title or its kind ("Paper Moons,
starring A and B", "the 1998 television version, starring C"), and an actor who left the film
before it was made ("X dropped out"). Made-up pages with invented names; each rule is also
shown where it must not fire."""

from __future__ import annotations

from reeltui.parse.notcast import not_this_cast
from reeltui.parse.roles import only_compared

from prose_pages import P1, P2, P3, cast, page, scraped

# --- the box of another film -----------------------------------------------------------------

_F1 = (
    "The first hour is almost wordless: milking at dawn, fences mended in the rain, a radio "
    "left on in an empty kitchen, and a long walk up the lane to the post box every morning."
)
_F2 = (
    "The second hour finds its plot, a quarrel over the land and what it is worth, and loses "
    "a little of its spell, though the ending, set at a cattle mart, is beautifully judged."
)
_REVIEW = (
    "It takes a while to warm to Quiet Acres, but it earns its ending. Niamh Costigan plays "
    "Bridie, a widow running a dairy farm in the hills, and the camera never leaves her side."
)


def test_a_pick_box_of_another_film_above_the_review_credits_nobody() -> None:
    review = scraped(
        "THE CINEMA DIGEST\n\nEDITOR'S PICK\nHarbour Lights\nStarring: Gemma Toll, Aidan Rusk\n"
        "Now streaming\n\nQuiet Acres review: a farming drama with deep roots\n\n"
        f"By Priya Nand\n\n{_REVIEW}\n\n{_F1}\n\n{_F2}\n\nQuiet Acres is in cinemas from Friday.\n"
    )
    assert cast(review) == {"Niamh Costigan": "Bridie"}


def test_an_advertisement_for_another_film_credits_nobody() -> None:
    review = scraped(
        "THE CINEMA DIGEST\n\nAdvertisement\nCoinflip\nStarring Felix Brand, Mona Ruiz\n"
        "In cinemas Friday\n\nQuiet Acres review: a farming drama with deep roots\n\n"
        f"By Priya Nand\n\n{_REVIEW}\n\n{_F1}\n\n{_F2}\n"
    )
    assert cast(review) == {"Niamh Costigan": "Bridie"}


def test_the_films_own_box_under_the_byline_still_credits() -> None:
    review = scraped(
        "Quiet Acres review: a farming drama with deep roots\n\nBy Priya Nand\n\n"
        f"Starring: Aoife Lane, Con Daly\nDirector: Colm Garvey\n\n{_F1}\n\n{_F2}\n"
    )
    assert list(cast(review)) == ["Aoife Lane", "Con Daly"]


def test_a_related_box_of_another_film_below_the_review_credits_nobody() -> None:
    review = scraped(
        f"Quiet Acres review: a farming drama with deep roots\n\nBy Priya Nand\n\n{_REVIEW}\n\n"
        f"{_F1}\n\n{_F2}\n\nMore reviews\nThe Crossing\nCast: Saoirse Walsh, Dan Healy\n"
        "Directed by: Kit Hollis\nRating: 3/5\n\nLeave a comment\n"
    )
    assert cast(review) == {"Niamh Costigan": "Bridie"}
    assert review.rating is None
    assert "Kit Hollis" not in review.directors


def test_a_box_under_a_title_the_review_never_names_after_it_credits_nobody() -> None:
    # No heading of links over it: the review names none of the box's actors.
    review = scraped(
        f"Quiet Acres review: a farming drama with deep roots\n\nBy Priya Nand\n\n{_REVIEW}\n\n"
        f"{_F1}\n\n{_F2}\n\nCopper Sky\nStarring: Ray Colter, Jenna Wilde\n\nLeave a comment\n"
    )
    assert cast(review) == {"Niamh Costigan": "Bridie"}


def test_the_films_own_box_under_its_title_still_credits() -> None:
    review = scraped(
        "Quiet Acres review: a farming drama with deep roots\n\nBy Priya Nand\n\n"
        "Quiet Acres (2024)\nCast: Niamh Costigan, Tadhg Murray\nDirector: Colm Garvey\n\n"
        f"{_REVIEW}\n\n{_F1}\n\n{_F2}\n\nRelated\nQuiet Acres\nCast: Niamh Costigan, Tadhg Murray\n"
    )
    assert list(cast(review)) == ["Niamh Costigan", "Tadhg Murray"]


def test_a_box_under_a_heading_of_facts_or_another_title_the_review_backs_still_credits() -> None:
    # "Film file" heads the page's own facts; "Les Champs" (the film's title abroad) heads a
    # box whose actors the review names.
    review = scraped(
        f"Quiet Acres review: a farming drama with deep roots\n\nBy Priya Nand\n\n{_REVIEW}\n\n"
        f"{_F1}\n\nMurray is good as her son.\n\n{_F2}\n\nFilm file\n"
        "Cast: Niamh Costigan, Tadhg Murray\n\nLeave a comment\n"
    )
    assert list(cast(review)) == ["Niamh Costigan", "Tadhg Murray"]
    twin = scraped(
        f"Quiet Acres review: a farming drama with deep roots\n\nBy Priya Nand\n\n{_REVIEW}\n\n"
        f"{_F1}\n\nMurray is good as her son.\n\n{_F2}\n\nLes Champs\n"
        "Starring: Niamh Costigan, Tadhg Murray\n\nLeave a comment\n"
    )
    assert list(cast(twin)) == ["Niamh Costigan", "Tadhg Murray"]


# --- another work's cast, right after its title or its kind -----------------------------------

_OWN = "Paul Kessler plays the father, Dan, and Ruth Amari is his wife, June."
_PAIR = "Paul Kessler plays Dan, and Ruth Amari plays June."


def test_another_titles_stars_after_starring_are_not_cast() -> None:
    review = page(
        _OWN,
        "The film owes a lot to Paper Moons, starring Gemma Farrow and Luke Denny, which "
        "covered similar ground twenty years ago.",
    )
    assert cast(review) == {"Paul Kessler": "Dan", "Ruth Amari": "June"}
    twin = page(
        _OWN,
        'It plays like a gentler "Night Bus" (2009), which starred Omar Said and Clare Dunne '
        "as a couple on the run.",
    )
    assert cast(twin) == {"Paul Kessler": "Dan", "Ruth Amari": "June"}


def test_another_titles_stars_after_its_director_are_not_cast() -> None:
    review = page(
        _OWN,
        "Kessler and Amari were last paired in Dust Crown, directed by Greta Lind and "
        "co-starring Omar Said, a very different film.",
    )
    assert cast(review) == {"Paul Kessler": "Dan", "Ruth Amari": "June"}
    twin = ["Brandt's debut, Low Tide, written by Ada Lund, starring Hal Mercer, flopped."]
    assert not_this_cast("Hal Mercer", twin, "Salt Harbour")


def test_another_versions_stars_after_its_kind_are_not_cast() -> None:
    review = page(
        _OWN,
        "The 1998 television version, starring Ray Winstone and Kathy Burke, took a much "
        "grimmer line with the same story.",
    )
    assert cast(review) == {"Paul Kessler": "Dan", "Ruth Amari": "June"}
    twin = page(
        _OWN,
        "Fans of the Danish original, featuring Lars Mikkel, will find the ending much softer.",
    )
    assert cast(twin) == {"Paul Kessler": "Dan", "Ruth Amari": "June"}


def test_this_films_title_or_a_word_for_it_before_starring_is_this_film() -> None:
    texts = ["Salt Harbour, starring Hal Mercer and Ada Lund, opens on a grey morning."]
    assert not not_this_cast("Hal Mercer", texts, "Salt Harbour")
    texts = ["The film, starring Hal Mercer, opens on a grey morning."]
    assert not not_this_cast("Hal Mercer", texts, "Salt Harbour")
    texts = ["This Netflix drama, starring Hal Mercer, opens on a grey morning."]
    assert not not_this_cast("Hal Mercer", texts, "Salt Harbour")
    texts = ["Netflix's latest, starring Hal Mercer, opens on a grey morning."]
    assert not not_this_cast("Hal Mercer", texts, "Salt Harbour")


# --- an actor who left the film --------------------------------------------------------------


def test_an_actor_who_left_the_film_is_not_cast() -> None:
    review = page(
        _OWN,
        "Sadly, Tom Vance, who was originally cast as the grandfather, dropped out before "
        "filming began.",
    )
    assert cast(review) == {"Paul Kessler": "Dan", "Ruth Amari": "June"}
    twin = page(
        _OWN,
        "Greta Voss was first cast as the aunt but pulled out over scheduling, and the part "
        "went to a newcomer.",
    )
    assert cast(twin) == {"Paul Kessler": "Dan", "Ruth Amari": "June"}


def test_the_actor_who_stayed_and_a_character_replaced_at_work_are_still_cast() -> None:
    texts = ["The part went to Hal Mercer after Ada Lund left the production in the spring."]
    assert not not_this_cast("Hal Mercer", texts, "Salt Harbour")
    texts = ["Hal Mercer plays Dan, a man who was replaced at work by a machine."]
    assert not not_this_cast("Hal Mercer", texts, "Salt Harbour")
    texts = ["Ada Lund was replaced by Hal Mercer, who plays the father."]
    assert not not_this_cast("Hal Mercer", texts, "Salt Harbour")
    assert not_this_cast("Ada Lund", texts, "Salt Harbour")


def test_a_review_of_paragraphs_alone_is_unchanged() -> None:
    assert cast(page(P1, P2, P3)) == {}


# --- a crew under a cast label, a caption of another film, a promo opening on its cast -------


def test_names_over_crew_jobs_under_a_cast_label_are_no_cast() -> None:
    review = scraped(
        "Quiet Acres review: a farming drama with deep roots\n\nBy Priya Nand\n\n"
        "Cast and crew\nColm Garvey\nDirector\nUna Byrne\nWriter\nPete Sloan\nComposer\n\n"
        f"{_REVIEW}\n\n{_F1}\n\n{_F2}\n"
    )
    assert cast(review) == {"Niamh Costigan": "Bridie"}
    twin = scraped(
        "Quiet Acres review: a farming drama with deep roots\n\nBy Priya Nand\n\n"
        f"{_REVIEW}\n\n{_F1}\n\n{_F2}\n\nCAST & CREW\nColm Garvey\nDirected by\n"
        "Una Byrne\nScreenplay\n\nLeave a comment\n"
    )
    assert cast(twin) == {"Niamh Costigan": "Bridie"}


def test_labels_over_values_under_a_cast_are_still_read_so() -> None:
    review = scraped(
        "Quiet Acres review: a farming drama with deep roots\n\nBy Priya Nand\n\n"
        f"{_REVIEW}\n\n{_F1}\n\n{_F2}\n\nCast\nNiamh Costigan as Bridie\nTadhg Murray as Con\n"
        "Director\nColm Garvey\nWriter\nUna Byrne\nComposer\nPete Sloan\n\nLeave a comment\n"
    )
    assert cast(review) == {"Niamh Costigan": "Bridie", "Tadhg Murray": "Con"}
    assert review.directors == ("Colm Garvey",)


def test_a_caption_of_another_film_set_beside_this_one_credits_nobody() -> None:
    for caption in (
        "Gemma Farrow in a scene from Paper Moons, a clear influence on Quiet Acres.",
        "Omar Said and Clare Dunne in Night Bus, which Quiet Acres often recalls. Photo: Alamy",
    ):
        review = scraped(
            "Quiet Acres review: a farming drama with deep roots\n\nBy Priya Nand\n\n"
            f"{caption}\n\n{_REVIEW}\n\n{_F1}\n\n{_F2}\n"
        )
        assert cast(review) == {"Niamh Costigan": "Bridie"}, caption


def test_a_promo_opening_on_another_films_cast_credits_nobody() -> None:
    review = page(
        _OWN,
        "Starring Felix Brand and Mona Ruiz, Coinflip is the heist film of the year.",
    )
    assert cast(review) == {"Paul Kessler": "Dan", "Ruth Amari": "June"}
    twin = ["Featuring Hal Mercer, Ada Lund and Tom Bell, Low Tide arrives on Friday."]
    assert not_this_cast("Ada Lund", twin, "Salt Harbour")
    own = ["Starring Hal Mercer and Ada Lund, Salt Harbour is a quiet film."]
    assert not not_this_cast("Ada Lund", own, "Salt Harbour")


# --- what an apposition says of another film is this film's actor's fame --------------------


def test_an_actors_fame_set_between_commas_keeps_the_credit() -> None:
    review = page(
        "Paul Kessler, a comedian best known for the radio show Tuesday Club, plays the "
        "father, Dan, with a lovely hangdog calm.",
    )
    assert cast(review) == {"Paul Kessler": "Dan"}
    twin = page(
        "Ruth Amari, fresh from her Emmy win for Blue Lamp, plays June, the mother, and Tom "
        "Bell, last seen in Dust Crown, plays the grandfather.",
    )
    assert cast(twin) == {"Ruth Amari": "June", "Tom Bell": "the grandfather"}


def test_another_films_actor_before_an_apposition_is_still_compared() -> None:
    texts = ["In the 1998 version, Tom Vance, then a newcomer, plays the father."]
    assert only_compared("Tom Vance", texts)
    texts = ["Like Tom Vance, a comedian best known for Tuesday Club, Hal Mercer is calm."]
    assert only_compared("Tom Vance", texts)


def test_an_actors_works_in_brackets_are_no_actor() -> None:
    review = page(
        "Paul Kessler (Dust Crown, Blue Lamp) plays the father, Dan, and Ruth Amari is June.",
    )
    assert "Dust Crown" not in cast(review)
    twin = page(
        "Ana Voss (Low Tide, The Long Field and Harbour Street) is the mother, and Hal Mercer "
        "plays Tom.",
    )
    assert "Low Tide" not in cast(twin)
    pair = page("Sue and John Brierley (Nina Holt, Dev Rana) adopt a boy from Kolkata.")
    assert "Nina Holt" in cast(pair)


# --- a maker's works in brackets, a work of someone's, a yardstick ---------------------------


def test_a_makers_works_in_brackets_are_no_actor() -> None:
    review = page(_OWN, "Composer Idris Malone (Paper Moons, Low Tide) keeps it spare.")
    assert cast(review) == {"Paul Kessler": "Dan", "Ruth Amari": "June"}
    twin = page(_OWN, "It is produced by Sara Ng (Low Tide, Paper Moons), who knows the genre.")
    assert cast(twin) == {"Paul Kessler": "Dan", "Ruth Amari": "June"}


def test_someones_song_book_or_stage_part_is_no_credit() -> None:
    for sentence in (
        "At the wedding, the band plays Dolly Parton's Jolene, badly.",
        "At the funeral June quotes Maya Angelou's Still I Rise.",
        "Omar Said's Hamlet at the Old Vic was the last time I saw acting this raw.",
        "Greta Lind's Dust Crown covered the same ground.",
    ):
        review = page(f"{_PAIR} {sentence}")
        assert cast(review) == {"Paul Kessler": "Dan", "Ruth Amari": "June"}, sentence


def test_a_part_in_this_film_told_by_a_possessive_is_still_credited() -> None:
    review = page(f"{_PAIR} Tom Bell's Eddie, meanwhile, steals every scene he is in.")
    assert cast(review)["Tom Bell"] == "Eddie"
    twin = page(f"{_PAIR} Ana Voss's Aunt Rose hands out advice nobody asked for.")
    assert cast(twin)["Ana Voss"] == "Aunt Rose"


def test_a_yardstick_or_a_touchstone_is_a_comparison() -> None:
    texts = ["Greta Lind's Dust Crown is the obvious touchstone."]
    assert only_compared("Greta Lind", texts)
    texts = ["The yardstick here is Omar Said's turn in Low Tide, and nobody matches it."]
    assert only_compared("Omar Said", texts)


def test_a_photo_of_an_event_credits_nobody() -> None:
    for caption in (
        "Niamh Costigan, Colm Garvey and Una Byrne at the premiere of Quiet Acres. Photo: Getty",
        "From left: Colm Garvey and Niamh Costigan at a Dublin screening of Quiet Acres.",
    ):
        review = scraped(
            "Quiet Acres review: a farming drama with deep roots\n\nBy Priya Nand\n\n"
            f"{caption}\n\n{_REVIEW}\n\n{_F1}\n\n{_F2}\n"
        )
        assert cast(review) == {"Niamh Costigan": "Bridie"}, caption


def test_a_part_on_a_stage_or_a_similar_part_elsewhere_is_no_credit() -> None:
    review = page(f"{_PAIR} Omar Said plays Othello at the Globe this summer, if you want more.")
    assert cast(review) == {"Paul Kessler": "Dan", "Ruth Amari": "June"}
    twin = ["Ana Voss is Lear on Broadway next spring, and nobody else is talking about it."]
    assert not_this_cast("Ana Voss", twin, "Salt Harbour")
    texts = ["Greta Voss plays a similar mother in Harbour Street, which is streaming now."]
    assert only_compared("Greta Voss", texts)
    texts = ["Tom Bell has a very similar part in Low Tide."]
    assert only_compared("Tom Bell", texts)
    texts = ["Tom Bell plays Eddie at the farm, a part he was born for."]
    assert not not_this_cast("Tom Bell", texts, "Salt Harbour")


# --- a cast label that names another film -----------------------------------------------------


def _quiet_acres(box: str, *, above: bool = False) -> dict[str, str | None]:
    top = f"THE CINEMA DIGEST\n\n{box}\n\n" if above else ""
    bottom = "" if above else f"\n{box}\n"
    return cast(
        scraped(
            f"{top}Quiet Acres review: a farming drama with deep roots\n\nBy Priya Nand\n\n"
            f"{_REVIEW}\n\n{_F1}\n\n{_F2}\n{bottom}\nLeave a comment\n"
        )
    )


def test_a_kicker_on_the_title_line_heads_another_films_box() -> None:
    assert _quiet_acres("Next review: Coinflip\nCast: Felix Brand, Mona Ruiz") == {
        "Niamh Costigan": "Bridie"
    }
    assert _quiet_acres("Watch next – Coinflip\nStarring: Felix Brand, Mona Ruiz") == {
        "Niamh Costigan": "Bridie"
    }


def test_a_cast_label_naming_another_film_credits_nobody() -> None:
    assert _quiet_acres("Coinflip cast: Felix Brand and Mona Ruiz on their heist", above=True) == {
        "Niamh Costigan": "Bridie"
    }
    assert _quiet_acres("Starring: Felix Brand and Mona Ruiz in Coinflip, out Friday") == {
        "Niamh Costigan": "Bridie"
    }
    own = _quiet_acres("Quiet Acres cast: Niamh Costigan, Tadhg Murray", above=True)
    assert list(own) == ["Niamh Costigan", "Tadhg Murray"]
    own = _quiet_acres("Main cast: Niamh Costigan, Tadhg Murray")
    assert list(own) == ["Niamh Costigan", "Tadhg Murray"]


def test_a_box_above_the_headline_the_review_never_names_credits_nobody() -> None:
    assert _quiet_acres("Coinflip (2024)\nStarring: Felix Brand, Mona Ruiz", above=True) == {
        "Niamh Costigan": "Bridie"
    }
    own = _quiet_acres("Quiet Acres (2024)\nStarring: Niamh Costigan, Tadhg Murray", above=True)
    assert list(own) == ["Niamh Costigan", "Tadhg Murray"]
