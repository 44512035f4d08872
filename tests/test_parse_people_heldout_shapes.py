"""Credits in prose in shapes the held-out pages showed and the rules read wrongly: small
made-up pages with invented names. Each test fails without its rule, and each holds a twin (the
same shape in other words) so that the rule is about the shape, not one page."""

from __future__ import annotations

from prose_pages import cast, page


def test_a_possessive_closing_the_sentence_before_as_credits_its_owner() -> None:
    for owned in (
        "But the performance that stays with you is Hal Mercer’s.",
        "The film, in the end, is Hal Mercer's.",
        "The best work here is Hal Mercer’s!",
    ):
        review = page(f"{owned} As Osvald, he gets the quietest arc and the saddest one.")
        assert cast(review) == {"Hal Mercer": "Osvald"}, owned
    # A possessive that owns a noun after it names someone else's work: nobody is credited.
    review = page("It is Ana Lima’s quietest picture. As Osvald, he gets the saddest arc.")
    assert cast(review) == {}


def test_a_list_of_actors_then_as_many_parts_credits_each_in_order() -> None:
    review = page(
        "Hal Mercer, Lia Sand and Jo Wren fare better as Osvald, Greta and Tove, whose "
        "investigation brings out the best banter."
    )
    assert cast(review) == {"Hal Mercer": "Osvald", "Lia Sand": "Greta", "Jo Wren": "Tove"}
    # Two of them, with a post or a possessive before each part, after "while".
    review = page(
        "The harbour scenes drag, while Hal Mercer and Lia Sand add some much-needed lightness "
        "as Osvald's sister Greta and her self-important husband Tove."
    )
    assert cast(review) == {"Hal Mercer": "Greta", "Lia Sand": "Tove"}
    # Described parts, in lower case.
    review = page("Hal Mercer and Lia Sand make a memorable pair as a shady doctor and his wife.")
    assert cast(review) == {"Hal Mercer": "a shady doctor", "Lia Sand": "his wife"}
    # A group's name, a dash, then the parts; and a surname the two parts share.
    review = page(
        "Hal Mercer, Lia Sand and Jo Wren are the Ferrymen – Osvald, Greta and Tove – and "
        "they get the best lines. Ana Lima and Bo Kim, as Per and Ulla Strand, are fine too."
    )
    assert cast(review) == {
        "Hal Mercer": "Osvald",
        "Lia Sand": "Greta",
        "Jo Wren": "Tove",
        "Ana Lima": "Per Strand",
        "Bo Kim": "Ulla Strand",
    }


def test_a_list_of_names_before_as_with_no_matching_parts_credits_nobody() -> None:
    for text in (
        # Jobs behind the camera, not parts.
        "Ana Lima and Bo Kim serve as the director and the producer of the whole thing.",
        # Fewer parts than names.
        "Hal Mercer, Lia Sand and Jo Wren work together as a family, and it shows.",
    ):
        assert cast(page(text)) == {}, text


def test_an_aside_in_brackets_after_the_name_is_stepped_over() -> None:
    for aside in ("(who you may know from the stage)", "(who is barely nineteen)"):
        review = page(f"Hal Mercer {aside} is great as Osvald, the ferryman.")
        assert cast(review) == {"Hal Mercer": "Osvald"}, aside


def test_a_few_scenes_before_as_are_words_of_performance() -> None:
    for text in (
        "Hal Mercer has only a few scenes as the boyish Osvald Lund, but he makes them count.",
        "Hal Mercer gets one great scene as the widowed Osvald Lund, and he makes it count.",
    ):
        assert cast(page(text)) == {"Hal Mercer": "Osvald Lund"}, text


def test_leads_before_as_is_a_word_of_performance() -> None:
    review = page("Hal Mercer leads as the adult Osvald Lund, a ferryman with a temper.")
    assert cast(review) == {"Hal Mercer": "Osvald Lund"}
    review = page("Hal Mercer leads as Osvald, a ferryman with a temper.")
    assert cast(review) == {"Hal Mercer": "Osvald"}


def test_a_name_in_s_owning_the_title_with_the_apostrophe_alone_directs() -> None:
    for owner, owned in (("Ines Morris", "' Salt Harbour"), ("Tove Jonas", "’ “Salt Harbour”")):
        review = page(f"{owner}{owned} is a quiet film about a ferryman and the town he serves.")
        assert list(review.directors) == [owner], owned


def test_the_one_behind_the_camera_directs_but_not_a_cinematographer() -> None:
    shoots = "Tom Berg shoots the whole thing in grey, and it looks wonderful."
    for text in (
        "The real star is the woman behind the camera. Ines Morris, who made two shorts "
        "before this, has a gift for dread.",
        "Behind the camera, Ines Morris keeps everything quiet and close.",
    ):
        review = page(text, shoots)
        assert list(review.directors) == ["Ines Morris"], text
    # Another job named before it: no director.
    review = page("The cinematographer behind the camera, Tom Berg, keeps it grey.")
    assert list(review.directors) == []


def test_a_word_about_the_people_opening_the_list_is_no_part_of_a_name() -> None:
    for lead in ("Veterans", "Newcomers", "Meanwhile"):
        review = page(f"{lead} Hal Mercer and Lia Sand fare better as Osvald and Greta.")
        assert cast(review) == {"Hal Mercer": "Osvald", "Lia Sand": "Greta"}, lead
    review = page("Jo Ann Wren and Lia Sand fare better as Osvald and Greta.")
    assert cast(review) == {"Jo Ann Wren": "Osvald", "Lia Sand": "Greta"}


def test_a_list_of_actors_who_bring_something_to_as_many_parts() -> None:
    review = page("Hal Mercer and Lia Sand bring real pathos to Per and Ulla Strand, the parents.")
    assert cast(review) == {"Hal Mercer": "Per Strand", "Lia Sand": "Ulla Strand"}
    review = page(
        "Hal Mercer, Lia Sand and Jo Wren give some much-needed bite to Osvald, Greta and Tove."
    )
    assert cast(review) == {"Hal Mercer": "Osvald", "Lia Sand": "Greta", "Jo Wren": "Tove"}
    # Something given to the film, not to parts: nobody is credited.
    assert cast(page("Hal Mercer and Lia Sand give their all to the film, and it shows.")) == {}


def test_a_part_ends_where_as_if_or_as_though_begins() -> None:
    for text in (
        "Hal Mercer slips back into the role of Osvald as if he never left.",
        "Hal Mercer takes on the role of Osvald as though he was born to it.",
    ):
        assert cast(page(text)) == {"Hal Mercer": "Osvald"}, text
