"""Names that prose seems to credit but that are no actor of this film: companies, places and
papers read as two capitalised words, a word glued before a name ("Stockport-born X"),
characters after "as" or before "played by", the stars of another work set beside this one,
and performers who play themselves with their stage names in brackets. Small made-up pages
with invented names (and a few real companies and places); each rule is also shown where it
must not fire."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reeltui.parse.credits import is_name, name_before
from reeltui.parse.notcast import not_a_person, not_this_cast
from reeltui.text import fold

from prose_pages import cast, page

# --- things that are not people ------------------------------------------------------------


def test_company_place_and_paper_names_are_not_people() -> None:
    for thing in (
        "Warner Bros",
        "Harbour Pictures",
        "Lighthouse Studios",
        "Grey Gull Records",
        "Tasman Network",
        "Werner Film Productions",
        "New Mexico",
        "Los Angeles",
        "Daily Star",
    ):
        assert not_a_person(thing), thing
    for person in ("Hal Mercer", "Megan Fox", "Lake Bell", "Markie Post", "Natalie Press"):
        assert not not_a_person(person), person


def test_a_name_glued_to_a_number_an_article_or_a_festival_is_something_else() -> None:
    texts = [
        "Hal Mercer plays Tom, and the 20th Century Fox logo opens the film.",
        "It premiered at the Sundance Film Festival to a standing ovation.",
        "She walked out of the Daily Star and never went back.",
    ]
    assert not_this_cast("Century Fox", texts, "Salt Harbour")
    assert not_this_cast("Sundance Film", texts, "Salt Harbour")
    assert not_this_cast("Daily Star", texts, "Salt Harbour")
    assert not not_this_cast("Hal Mercer", texts, "Salt Harbour")


def test_a_title_after_in_the_is_no_actor() -> None:
    texts = ["Lia Sand, whom Mara Olsen cast in The Underground Railroad, plays Ada."]
    assert not_this_cast("Underground Railroad", texts, "Salt Harbour")
    assert not not_this_cast("Lia Sand", texts, "Salt Harbour")


def test_a_studio_credited_by_a_plays_pattern_is_dropped_from_a_page() -> None:
    review = page(
        "Hal Mercer plays Tom, a trawlerman who has never left the bay.",
        "The film was made for Lighthouse Studios, which plays it safe with the ending.",
    )
    assert cast(review) == {"Hal Mercer": "Tom"}


# --- adjective prefixes glued to a name ----------------------------------------------------


def test_a_prefix_glued_to_a_name_is_not_part_of_it() -> None:
    for prefix in ("Stockport-born", "Oscar-winner", "Dublin-based", "Fan-favourite"):
        assert not is_name(f"{prefix} Hal Mercer"), prefix
        text = f"{prefix} Hal Mercer plays Tom."
        assert name_before(text, text.index(" plays")) == "Hal Mercer", prefix


def test_hyphenated_given_names_still_are_names() -> None:
    for name in ("Lee Jung-jae", "Jean-Luc Brandt", "Hal Mercer-Wren", "Anne-Marie Holm"):
        assert is_name(name), name


def test_a_prefixed_actor_is_credited_under_the_name_alone() -> None:
    review = page("Killarney-raised Hal Mercer is the film's secret weapon as Tom, a trawlerman.")
    assert cast(review) == {"Hal Mercer": "Tom"}


_PREFIX = st.sampled_from(
    ["Stockport", "Oscar", "Dublin", "Fan", "Bafta", "Glasgow", "Emmy", "Cannes"]
)
_ENDING = st.sampled_from(["born", "raised", "based", "winner", "nominee", "favourite", "bred"])
_FIRST = st.sampled_from(["Hal", "Lia", "Tobin", "Petra", "Oskar", "Greta", "Ivo", "Kasia"])
_LAST = st.sampled_from(["Mercer", "Sand", "Rask", "Holm", "Lund", "Vale", "Brandt", "Wren"])


@settings(max_examples=30, deadline=None)
@given(_PREFIX, _ENDING, _FIRST, _LAST)
def test_any_prefixed_name_is_read_without_its_prefix(
    prefix: str, ending: str, first: str, last: str
) -> None:
    text = f"The film belongs to {prefix}-{ending} {first} {last}, who plays Tom."
    at = text.index(", who")
    assert name_before(text, at, object_ok=True) == f"{first} {last}"


# --- characters taken as actors ------------------------------------------------------------


def test_a_character_before_played_by_or_after_as_is_no_actor() -> None:
    texts = [
        "Tom Quill, played by Hal Mercer, is the heart of it.",
        "Lia Sand, as harbour master Ada Quill, plays the bully and the saint at once.",
    ]
    assert not_this_cast("Tom Quill", texts, "Salt Harbour")
    assert not_this_cast("Ada Quill", texts, "Salt Harbour")
    assert not not_this_cast("Hal Mercer", texts, "Salt Harbour")
    assert not not_this_cast("Lia Sand", texts, "Salt Harbour")


def test_a_description_then_an_apposed_name_is_the_character() -> None:
    texts = ["Lia Sand is touching as Tom's mother, Ada Quill, who never leaves the house."]
    assert not_this_cast("Ada Quill", texts, "Salt Harbour")


def test_as_in_such_as_or_as_well_as_still_names_actors() -> None:
    texts = [
        "The ensemble, with players such as Hal Mercer, is strong, as well as Lia Sand.",
        "Tobin Rask is as good as Petra Holm.",
    ]
    for name in ("Hal Mercer", "Lia Sand", "Petra Holm"):
        assert not not_this_cast(name, texts, "Salt Harbour"), name


def test_a_name_credited_as_another_actors_role_is_no_actor() -> None:
    roles = {fold("Ada Quill")}
    assert not_this_cast("Ada Quill", ["Ada Quill runs the harbour."], "X", roles)
    assert not not_this_cast("Lia Sand", ["Lia Sand runs the harbour."], "X", roles)


def test_a_character_named_after_as_is_not_credited_nor_a_director() -> None:
    review = page(
        "Hal Mercer plays Tom, and Lia Sand, as news director Ada Quill, plays the bully "
        "and the pragmatist at once."
    )
    assert cast(review) == {"Hal Mercer": "Tom", "Lia Sand": "Ada Quill"}
    assert "Ada Quill" not in review.directors


def test_performers_who_play_themselves_keep_their_names() -> None:
    review = page(
        "The three members of the band play themselves: Hal Mercer (Big Tide), Lia Sand "
        "(Saltwater) and Tobin Rask (DJ Gull), and none of them had acted before."
    )
    assert cast(review) == {
        "Hal Mercer": "Big Tide",
        "Lia Sand": "Saltwater",
        "Tobin Rask": "DJ Gull",
    }


# --- comparisons and other works -----------------------------------------------------------


def test_the_stars_of_a_work_set_beside_this_one_are_not_cast() -> None:
    review = page(
        "Hal Mercer plays Tom, a trawlerman who has never left the bay.",
        "Comparisons have been made with Low Water, the comedy starring Oskar Lund and Greta "
        "Vale, and the debt is real.",
    )
    assert cast(review) == {"Hal Mercer": "Tom"}


def test_another_films_cast_in_apposition_without_a_comparison_word() -> None:
    texts = ["It owes more to Grey Tide, the 1998 drama with Oskar Lund, than to anything."]
    assert not_this_cast("Oskar Lund", texts, "Salt Harbour")


def test_this_films_own_title_in_apposition_keeps_its_cast() -> None:
    texts = ["Salt Harbour, the drama starring Hal Mercer and Lia Sand, opens on Friday."]
    assert not not_this_cast("Hal Mercer", texts, "Salt Harbour")
    assert not not_this_cast("Lia Sand", texts, "Salt Harbour")


def test_a_name_also_credited_plainly_stays() -> None:
    texts = [
        "Comparisons have been made with Low Water, the comedy starring Oskar Lund.",
        "Here Oskar Lund plays Tom, and he is wonderful.",
    ]
    assert not not_this_cast("Oskar Lund", texts, "Salt Harbour")


@settings(max_examples=30, deadline=None)
@given(
    st.lists(st.tuples(_FIRST, _LAST), min_size=1, max_size=3, unique_by=lambda n: n[1]),
    st.sampled_from(["comedy", "film", "series", "2004 drama", "cult thriller"]),
    st.sampled_from(["starring", "with", "which starred", "led by"]),
)
def test_any_cast_of_an_apposed_work_is_not_this_films(
    names: list[tuple[str, str]], kind: str, cue: str
) -> None:
    full = [f"{first} {last}" for first, last in names]
    listed = full[0] if len(full) == 1 else ", ".join(full[:-1]) + " and " + full[-1]
    texts = [f"It recalls Low Water, the {kind} {cue} {listed}, more than once."]
    for name in full:
        assert not_this_cast(name, texts, "Salt Harbour"), name


def test_a_comparison_in_the_sentence_does_not_make_this_films_actor_anothers() -> None:
    texts = ["Fans of the novel will be glad that Hal Mercer plays Tom without a wink."]
    assert not not_this_cast("Hal Mercer", texts, "Salt Harbour")


def test_as_then_a_verb_or_a_participle_names_no_character() -> None:
    texts = ["Ada Lind, as played by Lia Sand, is a force, as does Tobin Rask."]
    assert not not_this_cast("Lia Sand", texts, "Salt Harbour")
    assert not not_this_cast("Tobin Rask", texts, "Salt Harbour")
    assert not not_this_cast("Petra Holm", ["It is as good as the film's star Petra Holm."], "X")


def test_the_star_of_a_work_named_with_its_year_and_its_maker_is_not_cast() -> None:
    texts = [
        'Comparisons with "Low Water" (1998), Ana Reyes\'s epic starring Oskar Lund, are '
        "inevitable."
    ]
    assert not_this_cast("Oskar Lund", texts, "Salt Harbour")
    own = ['"Salt Harbour" (2024), Ana Reyes\'s drama starring Hal Mercer, opens on Friday.']
    assert not not_this_cast("Hal Mercer", own, "Salt Harbour")


def test_as_before_a_title_and_a_verb_opens_a_clause_not_a_part() -> None:
    review = page(
        "Hal Mercer plays Tom, a trawlerman who has never left the bay.",
        "The writers took a few grim details from the case of the poisoner Ruth Balder, as "
        "Low Water had done before them, and made up the rest.",
    )
    assert cast(review) == {"Hal Mercer": "Tom"}


def test_a_part_set_apart_by_commas_is_still_a_part() -> None:
    review = page("Hal Mercer, as Tom Quill, has never been better.")
    assert cast(review) == {"Hal Mercer": "Tom Quill"}


def test_an_uncredited_owner_in_an_opening_clause_of_contrast_is_another_films() -> None:
    review = page(
        "Lia Sand plays Agnes Holm, a trainee sent to the coast.",
        "Where Oskar Lund's Brand had a swagger, Sand's Holm is wary and watchful, and the "
        "film is better for it.",
    )
    assert "Oskar Lund" not in cast(review)
    assert cast(review)["Lia Sand"] == "Agnes Holm"


def test_a_description_after_the_bracketed_actor_is_the_characters() -> None:
    review = page(
        "The widower is Tom Quill (Hal Mercer), a harbour pilot known for never missing a tide.",
        "His daughter Agnes (Lia Sand) keeps the books.",
    )
    assert cast(review) == {"Hal Mercer": "Tom Quill", "Lia Sand": "Agnes"}


def test_a_surname_credited_with_a_part_is_the_one_full_name_the_page_gives() -> None:
    review = page(
        "After a decade of small parts, the new series finally gives Lia Sand a lead.",
        "Sand plays Agnes Holm, a harbour pilot who has never missed a tide.",
        headline="Salt Harbour review: Lia Sand takes the helm",
    )
    assert cast(review) == {"Lia Sand": "Agnes Holm"}


def test_a_surname_two_people_share_or_a_makers_credits_nobody() -> None:
    shared = page(
        "Lia Sand and her brother Tom Sand grew up on the coast where it was shot.",
        "Sand plays Agnes Holm, a harbour pilot who has never missed a tide.",
    )
    assert cast(shared) == {}
    maker = page(
        "Directed by Oskar Lund, the film takes its time.",
        "Lund plays Agnes Holm like a slow tide, and it works.",
    )
    assert "Oskar Lund" not in cast(maker)
