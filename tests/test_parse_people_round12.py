"""Credits in prose in the shapes of review pages from sites the rules were not written for:
words about the actor between "played by" and the name, "X is a gruff, stooped Walter Pike",
"its head chef" as a part. Small made-up pages with invented names and titles: each test
fails if its rule goes, and most have a twin the rule must leave alone."""

from __future__ import annotations

from prose_pages import cast, page


def test_adjectives_between_played_by_and_the_name_are_the_actors() -> None:
    review = page(
        "Tom Harlan plays Edwin, a surveyor. His landlord Pell, played by a nicely stiff "
        "Marcus Lindqvist, lends him a car.",
    )
    assert cast(review)["Marcus Lindqvist"] == "Pell"


def test_a_description_of_the_actor_after_played_by_the_is_skipped() -> None:
    review = page(
        "Tom Harlan plays Edwin, a surveyor. Trailing him everywhere is a silent courier, "
        "played by the real-life cyclist Oren Vasquez, who never once speaks.",
    )
    assert cast(review)["Oren Vasquez"] == "a silent courier"


def test_a_places_own_actor_after_played_by() -> None:
    review = page(
        "Tom Harlan plays Edwin, a surveyor. His rival Pell, played by Bristol's own Marcus "
        "Lindqvist, lends him a car.",
    )
    assert cast(review)["Marcus Lindqvist"] == "Pell"


def test_a_band_after_played_by_is_no_actor() -> None:
    review = page(
        "Tom Harlan plays Edwin, a surveyor. The score, played by the jazz trio Blue "
        "Harbour, hums under every scene.",
    )
    assert cast(review) == {"Tom Harlan": "Edwin"}


def test_its_before_a_post_is_left_off_the_part() -> None:
    review = page(
        "Tom Harlan plays Edwin, a surveyor. At the hotel, under the eye of its head chef, "
        "played by an utterly wonderful Marcus Lindqvist, he learns to cook.",
    )
    assert cast(review)["Marcus Lindqvist"] == "head chef"


def test_her_before_a_post_stays_in_the_part() -> None:
    review = page(
        "Tom Harlan plays Edwin, a surveyor. Under the eye of her head chef, played by "
        "Marcus Lindqvist, Dora learns to cook.",
    )
    assert cast(review)["Marcus Lindqvist"] == "her head chef"


def test_is_a_with_adjectives_then_a_full_name_is_a_part() -> None:
    review = page(
        "Tom Harlan plays Edwin, a surveyor, and Marcus Lindqvist is a gruff, stooped Walter "
        "Pike, his landlord.",
    )
    assert cast(review)["Marcus Lindqvist"] == "Walter Pike"


def test_is_a_with_adjectives_then_an_honorific_and_name_is_a_part() -> None:
    review = page(
        "Tom Harlan plays Edwin, a surveyor. Marcus Lindqvist is a perfectly oily Sergeant "
        "Dunmore, the village's only policeman.",
        labels="Cast: Tom Harlan, Marcus Lindqvist",
    )
    assert cast(review)["Marcus Lindqvist"] == "Sergeant Dunmore"


def test_is_a_with_adjectives_then_someone_from_a_place_is_no_part() -> None:
    review = page(
        "Tom Harlan plays Edwin, a surveyor, and Marcus Lindqvist is a believable New Yorker.",
    )
    assert cast(review) == {"Tom Harlan": "Edwin"}


def test_is_a_with_adjectives_then_one_capitalised_word_is_no_part() -> None:
    review = page(
        "Tom Harlan plays Edwin, a surveyor, and Marcus Lindqvist is a former Navy diver "
        "turned critic.",
    )
    assert cast(review) == {"Tom Harlan": "Edwin"}


def test_also_joins_as_a_named_part() -> None:
    review = page(
        "Tom Harlan plays Edwin, a surveyor. Oren Vasquez also joins as Kasim, a young "
        "thief known as the Magpie, and the two of them chase each other across the roofs.",
    )
    assert cast(review)["Oren Vasquez"] == "Kasim"


def test_joins_as_a_producer_is_no_part() -> None:
    review = page(
        "Tom Harlan plays Edwin, a surveyor. Oren Vasquez joins as an executive producer.",
    )
    assert "Oren Vasquez" not in cast(review)


def test_one_of_his_best_roles_as_a_named_part() -> None:
    review = page(
        "Tom Harlan plays Edwin, a surveyor. The third episode gives Oren Vasquez one of his "
        "best roles as Kasim, a farm boy learning to lie.",
    )
    assert cast(review)["Oren Vasquez"] == "Kasim"


def test_a_credited_actor_with_another_characters_possessive_before_as() -> None:
    review = page(
        "Tom Harlan plays Edwin, a surveyor. Oren Vasquez gets the best one-liners among "
        "Edwin's crew as Kasim Rook, and the crew is a delight.",
        labels="Cast: Tom Harlan, Oren Vasquez",
    )
    assert cast(review)["Oren Vasquez"] == "Kasim Rook"


def test_a_capitalised_name_not_possessive_before_as_blocks_the_part() -> None:
    review = page(
        "Tom Harlan plays Edwin, a surveyor. Oren Vasquez gets the best lines among the "
        "Harbour Guild as Kasim Rook.",
        labels="Cast: Tom Harlan, Oren Vasquez",
    )
    assert cast(review).get("Oren Vasquez") != "Kasim Rook"


def test_steals_scenes_as_a_described_person() -> None:
    review = page(
        "Tom Harlan plays Edwin, a surveyor, and Oren Vasquez steals a couple of scenes as "
        "his nervous brother.",
    )
    assert cast(review)["Oren Vasquez"] == "his nervous brother"


def test_brings_warmth_as_a_relation_then_the_name() -> None:
    review = page(
        "Tom Harlan plays Edwin, a surveyor, and Oren Vasquez brings huge warmth as her "
        "father, Yusri, a baker who tells terrible jokes.",
    )
    assert cast(review)["Oren Vasquez"] == "Yusri"


def test_makes_a_debut_as_a_director_is_no_part() -> None:
    review = page(
        "Tom Harlan plays Edwin, a surveyor. Oren Vasquez makes his debut as a director, "
        "and it shows.",
    )
    assert "Oren Vasquez" not in cast(review)


def test_two_actors_as_two_posts_and_names() -> None:
    review = page(
        "Tom Harlan plays Edwin, a surveyor. Elsewhere, Oren Vasquez and Ida Kroll are "
        "suitably oily as harbour master Piet Groen and chief clerk Anna Vos, and the rest "
        "of the town is a delight.",
    )
    assert cast(review)["Oren Vasquez"] == "Piet Groen"
    assert cast(review)["Ida Kroll"] == "Anna Vos"


def test_two_actors_then_as_a_clause_is_no_pair() -> None:
    review = page(
        "Tom Harlan plays Edwin, a surveyor. Oren Vasquez and Ida Kroll are wonderful as "
        "the film rolls on and Piet Groen and Anna Vos grow old.",
    )
    assert "Piet Groen" not in cast(review).values()
    assert "Anna Vos" not in cast(review).values()


def test_a_characters_post_with_director_in_it_names_no_director() -> None:
    review = page(
        "Directed by Nadia Ferrant, it follows a dockers' strike. Tom Harlan plays Edwin, a "
        "surveyor, and Oren Vasquez and Ida Kroll are loathsome as museum director Piet "
        "Groen and chief clerk Anna Vos.",
    )
    assert review.directors == ("Nadia Ferrant",)
    assert cast(review)["Oren Vasquez"] == "Piet Groen"


def test_as_director_with_no_post_before_it_names_the_director() -> None:
    review = page(
        "In her second outing as director, Nadia Ferrant keeps the camera still. Tom Harlan "
        "plays Edwin, a surveyor.",
    )
    assert review.directors == ("Nadia Ferrant",)


def test_two_possessive_credits_the_second_owner_ending_in_s() -> None:
    review = page(
        "Tom Harlan plays Edwin, a surveyor. Gina Moravec's Cara Lund and Carl Andrews' "
        "Greef Tallis, now running a much nicer town, get one good episode.",
    )
    assert cast(review)["Gina Moravec"] == "Cara Lund"
    assert cast(review)["Carl Andrews"] == "Greef Tallis"


def test_a_possessive_credit_then_and_the_rest() -> None:
    review = page(
        "Tom Harlan plays Edwin, a surveyor. Ada Lowe's Gerri, Peter Fromm's Frank and the "
        "rest of the old guard circle the wreckage like gulls.",
        labels="Cast: Tom Harlan, Ada Lowe, Peter Fromm",
    )
    assert cast(review)["Peter Fromm"] == "Frank"


def test_a_possessive_title_with_and_in_it_is_no_part() -> None:
    review = page(
        "Tom Harlan plays Edwin, a surveyor. Like Mara Holm's Salt and Pepper, the film "
        "loves its harbour.",
    )
    assert "Mara Holm" not in cast(review)


def test_who_the_film_was_once_meant_to_be_directed_by_is_no_director() -> None:
    review = page(
        "Written and directed by Nadia Ferrant. The film was once meant to be directed by "
        "Piet Groen, who stayed on as a producer. Tom Harlan plays Edwin, a surveyor.",
    )
    assert review.directors == ("Nadia Ferrant",)


def test_directed_by_after_a_clause_with_to_be_in_it_stays() -> None:
    review = page(
        "The film, meant to be seen on a big screen, is directed by Nadia Ferrant. Tom Harlan "
        "plays Edwin, a surveyor.",
    )
    assert review.directors == ("Nadia Ferrant",)


def test_directed_by_a_peoples_adjective_and_duo_then_two_names() -> None:
    review = page(
        "The first and last episodes, directed by the Danish duo Ivo Brandt and Sune Kjaer, "
        "have a zippy style. Tom Harlan plays Edwin, a surveyor.",
    )
    assert review.directors == ("Ivo Brandt", "Sune Kjaer")


def test_directed_by_a_capitalised_place_then_a_name_is_not_read_past() -> None:
    review = page(
        "The first episode, directed by the Harbour Theatre Company, has a stagey style. "
        "Tom Harlan plays Edwin, a surveyor.",
    )
    assert review.directors == ()


def test_a_comma_between_two_adjectives_of_a_part_after_as() -> None:
    review = page(
        "Tom Harlan plays Edwin, a surveyor. Oren Vasquez does a very slappable turn as "
        "Nell's rich, cruel boyfriend Jamie, and Ida Kroll is good as the waspish Ruth.",
    )
    assert cast(review)["Oren Vasquez"] == "Jamie"


def test_a_comma_between_two_adjectives_is_kept_in_a_described_part() -> None:
    review = page(
        "Tom Harlan plays Edwin, a surveyor. Oren Vasquez is terrific as the stern, watchful "
        "headmaster.",
    )
    assert cast(review)["Oren Vasquez"] == "the stern, watchful headmaster"


def test_a_comma_after_a_person_noun_still_ends_the_part() -> None:
    review = page(
        "Tom Harlan plays Edwin, a surveyor. Oren Vasquez is terrific as a doctor, lonely "
        "and bitter.",
    )
    assert cast(review)["Oren Vasquez"] == "a doctor"


def test_is_the_with_adjectives_and_commas_then_the_name() -> None:
    review = page(
        "Tom Harlan plays Edwin, a surveyor. Ida Kroll is the pregnant, stressed and jealous "
        "mother, Hwee Sun, who works at a shipping firm.",
    )
    assert cast(review)["Ida Kroll"] == "Hwee Sun"


def test_the_director_who_appears_briefly_as_a_part_is_cast() -> None:
    review = page(
        "Tom Harlan plays Edwin, a surveyor. Vasquez, who also wrote the script, appears "
        "briefly as Edwin's lawyer.",
        labels="Director: Oren Vasquez",
    )
    assert cast(review)["Oren Vasquez"] == "Edwin's lawyer"
    assert review.directors == ("Oren Vasquez",)


def test_a_directors_surname_that_also_stars_as_a_part_is_cast_and_director() -> None:
    review = page(
        "Oren Vasquez makes his directorial debut with Lionheart. Vasquez also stars as Ada "
        "Lund, the capable, overlooked daughter of a bus magnate. Tom Harlan plays Edwin.",
    )
    assert cast(review)["Oren Vasquez"] == "Ada Lund"
    assert review.directors == ("Oren Vasquez",)


def test_the_director_who_appears_as_a_producer_is_not_cast() -> None:
    review = page(
        "Tom Harlan plays Edwin, a surveyor. Vasquez, who also wrote the script, appears "
        "as a producer in the credits.",
        labels="Director: Oren Vasquez",
    )
    assert "Oren Vasquez" not in cast(review)


def test_a_surname_two_people_share_that_stars_as_a_part_credits_nobody() -> None:
    review = page(
        "Lionheart is the directorial debut of Oren Vasquez, produced by his sister Ines "
        "Vasquez. Vasquez also stars as Ada Lund. Tom Harlan plays Edwin, a surveyor.",
    )
    assert "Oren Vasquez" not in cast(review)
    assert "Ines Vasquez" not in cast(review)


def test_played_by_after_a_description_ending_in_a_relation_and_name() -> None:
    review = page(
        "Tom Harlan plays Edwin. Oren Vasquez also stars as Aaron, an engineer who builds "
        "devices in a garage with his friend Abe, played by Ivo Brandt.",
    )
    assert cast(review)["Ivo Brandt"] == "Abe"
    assert cast(review)["Oren Vasquez"] == "Aaron"


def test_played_by_after_a_friend_of_someones_relation_is_the_first_name() -> None:
    review = page(
        "Tom Harlan plays Edwin. Vincent, a lawyer and old friend of Edwin's sister Ada, "
        "played by Ivo Brandt, is kind.",
    )
    assert cast(review)["Ivo Brandt"] == "Vincent"


def test_back_as_a_part_in_a_list_of_the_cast() -> None:
    review = page(
        "Tom Harlan plays Edwin. It's a wildly cast dinner: Ida Kroll as Edwin's mother, "
        "Donna, a woman of rage; Oren Vasquez back as the doomed Mikey; Ivo Brandt as Uncle Lee.",
    )
    assert cast(review)["Oren Vasquez"] == "Mikey"


def test_back_as_a_clause_credits_nobody() -> None:
    review = page("Tom Harlan plays Edwin. Ida Kroll is back as the season turns.")
    assert cast(review) == {"Tom Harlan": "Edwin"}


def test_a_name_described_as_picked_to_play_a_part() -> None:
    review = page(
        "Tom Harlan plays Edwin. Ida Kroll, the Danish teenager plucked from relative "
        "obscurity to play Kamila Lund, is the show's greatest special effect.",
    )
    assert cast(review)["Ida Kroll"] == "Kamila Lund"


def test_a_name_described_as_chosen_to_play_host_is_no_actor() -> None:
    review = page(
        "Tom Harlan plays Edwin. Ida Kroll, the festival organiser who was chosen to play "
        "host at the gala, is charming.",
    )
    assert cast(review) == {"Tom Harlan": "Edwin"}


def test_two_first_names_and_a_surname_played_by_two_actors() -> None:
    review = page(
        "Tom Harlan plays Edwin. Edwin is adopted by Sue and John Marlow, a Hobart couple "
        "played by Ida Kroll and Oren Vasquez, and we cut forward twenty years.",
    )
    assert cast(review)["Ida Kroll"] == "Sue Marlow"
    assert cast(review)["Oren Vasquez"] == "John Marlow"


def test_two_names_played_by_two_actors_in_order() -> None:
    review = page(
        "Tom Harlan plays Edwin. His children, Ada and Piet, played by Ida Kroll and Oren "
        "Vasquez, are a delight.",
    )
    assert cast(review)["Ida Kroll"] == "Ada"
    assert cast(review)["Oren Vasquez"] == "Piet"


def test_a_group_played_by_two_actors_gives_no_parts() -> None:
    review = page(
        "Tom Harlan plays Edwin. The twins, played by Ida Kroll and Oren Vasquez, are a delight.",
    )
    assert cast(review) == {"Tom Harlan": "Edwin", "Ida Kroll": None, "Oren Vasquez": None}


def test_brings_a_quality_to_a_post_and_a_name() -> None:
    review = page(
        "Tom Harlan plays Edwin. Oren Vasquez, a veteran of Ada Lind's films, brings weary "
        "decency to the notary Jean Lebel, who had employed Edwin for years.",
    )
    assert cast(review)["Oren Vasquez"] == "Jean Lebel"


def test_brings_a_quality_to_a_festival_and_its_name_is_no_part() -> None:
    review = page(
        "Tom Harlan plays Edwin. Oren Vasquez brings weary decency to the film festival Cine "
        "Sur, where the film opened.",
        labels="Cast: Tom Harlan, Oren Vasquez",
    )
    assert cast(review)["Oren Vasquez"] is None


def test_as_a_person_with_an_attribute_keeps_the_attribute() -> None:
    review = page(
        "Tom Harlan plays Edwin. Oren Vasquez shows up as a drunken lawyer with a "
        "conspiratorial bent, and Ida Kroll is fine.",
    )
    assert cast(review)["Oren Vasquez"] == "a drunken lawyer with a conspiratorial bent"


def test_as_a_person_with_someone_leaves_the_someone_out() -> None:
    review = page(
        "Tom Harlan plays Edwin. Oren Vasquez is terrific as a lawyer with the mayor, and Ida "
        "Kroll is fine.",
    )
    assert cast(review)["Oren Vasquez"] == "a lawyer"


def test_a_young_person_with_an_attribute_played_by() -> None:
    review = page(
        "Tom Harlan plays Edwin. The second involves a lonely young man with a facial "
        "disfigurement, played with great sensitivity by Oren Vasquez, whom Edwin picks up.",
    )
    assert cast(review)["Oren Vasquez"] == "a lonely young man with a facial disfigurement"


def test_a_noun_in_ment_is_no_person_played_by() -> None:
    review = page(
        "Tom Harlan plays Edwin. The second story follows a strange arrangement, played with "
        "great sensitivity by Oren Vasquez and nobody else.",
    )
    assert cast(review).get("Oren Vasquez") != "a strange arrangement"


def test_played_then_a_long_aside_then_by() -> None:
    review = page(
        "Tom Harlan plays Edwin. There, he is spotted by Piet Groen, a faded film star "
        "played, in a lovely bit of meta-casting, by the real-life yesteryear hero Oren Vasquez.",
        labels="Cast: Tom Harlan, Oren Vasquez",
    )
    assert cast(review)["Oren Vasquez"] == "Piet Groen"
