"""Parts named apart from their actors: a pronoun or the sentence before joins them
(`reeltui.parse.coref`). Small made-up pages, each shape in two wordings, and the pages where
the anaphor is ambiguous and nothing may be credited."""

from __future__ import annotations

from prose_pages import cast, page

LABELS = "Starring: Tobin Rask, Lia Sand, Oren Vale"


# --- "X plays him": the character the sentence before (or the clause before) introduces ---


def test_plays_him_after_a_character_introduced_in_the_sentence_before() -> None:
    review = page(
        "Around the third episode we meet Mattis Krogh, a buttoned-up clerk with a fear of "
        "lifts. Dunstan Pryor, whom some will know from the stage, plays him with a tightly "
        "wound sadness.",
    )
    assert cast(review).get("Dunstan Pryor") == "Mattis Krogh"


def test_gives_her_a_quality_after_the_clause_that_names_her() -> None:
    # The twin: the character in the same sentence, and a quality of acting given.
    review = page(
        "The aunt is Wilma Rusk, a widow who runs the ferry café, and Hedda Lorne gives her a "
        "big, warm, slightly mad energy.",
    )
    assert cast(review).get("Hedda Lorne") == "Wilma Rusk"


def test_plays_her_mother_is_no_pronoun() -> None:
    # "her" before a noun is a determiner: no part is read from it.
    review = page(
        "Greta Voss, a nurse, comes home late. Lia Sand plays her mother with a brisk chill.",
        labels=LABELS,
    )
    assert cast(review).get("Lia Sand") != "Greta Voss"


def test_plays_him_after_a_sentence_about_a_car_credits_no_car() -> None:
    # "a Land Rover" is a thing; the sentence before opens with "She", so the part is the one
    # the sentence before that is about.
    review = page(
        "We rejoin Mara Quill weeks from retirement. She has bought a Land Rover and a caravan. "
        "Lia Sand plays her, of course, with a sigh for every occasion.",
        labels=LABELS,
    )
    assert cast(review)["Lia Sand"] == "Mara Quill"


# --- "He is played by X" ------------------------------------------------------------------


def test_he_is_played_by_after_a_described_character() -> None:
    review = page(
        "Into her life crashes Tolo, a loud, cheerful neighbour who keeps knocking on her door. "
        "He is played by Benedek Arva, a comedian from the stand-up circuit.",
    )
    assert cast(review).get("Benedek Arva") == "Tolo"


def test_she_was_voiced_by_after_a_described_character() -> None:
    # The twin: another verb, another tense.
    review = page(
        "Saro Ilves, a young weaver, leaves her village for the city. She was voiced by Tobin "
        "Rask in the original release.",
        labels=LABELS,
    )
    assert cast(review)["Tobin Rask"] == "Saro Ilves"


# --- "As Y, he …" -------------------------------------------------------------------------


def test_as_part_he_after_a_sentence_about_one_actor() -> None:
    review = page(
        "The show belongs, though, to Casimir Oduya. As Gaitonde he is funny, repellent and "
        "magnetic, often within a single voiceover.",
    )
    assert cast(review).get("Casimir Oduya") == "Gaitonde"


def test_as_part_with_a_description_she_after_a_credited_actor() -> None:
    # The twin: a credited mononym, and the part described before the pronoun.
    review = page(
        "But the film belongs to Lia Sand. As Simi Arden, the wife of a faded matinee idol, she "
        "is the most gleefully wicked character in years.",
        labels=LABELS,
    )
    assert cast(review)["Lia Sand"] == "Simi Arden"


def test_as_part_after_a_sentence_about_two_actors_credits_neither() -> None:
    review = page(
        "Tobin Rask and Lia Sand are superb. As Gaitonde he is funny and repellent.",
        labels=LABELS,
    )
    assert cast(review)["Tobin Rask"] is None and cast(review)["Lia Sand"] is None


def test_as_part_after_a_character_credits_no_character() -> None:
    # The one name in the sentence before is a part the page gives someone: no actor.
    review = page(
        "Lia Sand plays Edda Crane. Edda Crane hides in the old mill. As Greta she fools the "
        "village for a week.",
        labels=LABELS,
    )
    assert "Edda Crane" not in cast(review)


def test_as_part_after_that_parts_full_name_credits_no_one() -> None:
    # The one name in the sentence before is the part's own full name: a character, no actor.
    review = page("Mira Delacourt returns to the farm at dawn. As Mira, she keeps her counsel.")
    assert cast(review) == {}


# --- "His Y is …" -------------------------------------------------------------------------


def test_his_part_after_a_sentence_about_one_actor() -> None:
    review = page(
        "The film belongs, however, to Halvard Brekke.",
        "His Noori Natt is a grinning, unpredictable psychopath, as quick with a joke as with an "
        "axe.",
    )
    assert cast(review).get("Halvard Brekke") == "Noori Natt"


def test_her_part_after_a_sentence_about_one_credited_actor() -> None:
    # The twin: a credited actor, the part in the next paragraph.
    review = page(
        "The inn is kept by Marguerite Lamy, and nobody crosses her.",
        "And then there is Lia Sand, who turns up only now and then but steals the whole thing.",
        "Her Marguerite has a lonely, grumpy streak that the script never explains.",
        labels=LABELS,
    )
    assert cast(review)["Lia Sand"] == "Marguerite"


# --- "whom X plays" -----------------------------------------------------------------------


def test_whom_x_plays_right_after_the_character() -> None:
    review = page(
        "His sister Pearl Dunmore, whom Hedda Lorne plays with a blank, doll-like sweetness, "
        "cannot keep a secret.",
    )
    assert cast(review).get("Hedda Lorne") == "Pearl Dunmore"


def test_and_whom_x_plays_after_a_description() -> None:
    # The twin: the relative clause joined by "and" after a long description.
    review = page(
        "The second is Icey Marsh, the busybody who runs the parlour where Willa Fenn works, and "
        "whom Tobin Rask plays as a comic grotesque.",
        labels=LABELS,
    )
    assert cast(review)["Tobin Rask"] == "Icey Marsh"


# --- the role, the part -------------------------------------------------------------------


def test_brings_authority_to_the_role_introduced_before() -> None:
    review = page(
        "In desperation she turns to her ex-husband, Ryuji Tanabe, a lecturer with gifts he "
        "does not like to talk about. Tobin Rask, years before Hollywood called, brings a dry "
        "authority to the role.",
        labels=LABELS,
    )
    assert cast(review)["Tobin Rask"] == "Ryuji Tanabe"


def test_ferocious_in_the_role_of_the_mother_named_before() -> None:
    # The twin: "in the role", the character named after a relation.
    review = page(
        "His real mother, Paula Ferrante, is a nurse sliding into addiction. Lia Sand, who shot "
        "all of her scenes in three days, is ferocious in the role.",
        labels=LABELS,
    )
    assert cast(review)["Lia Sand"] == "Paula Ferrante"


# --- "X gives Y a …" where Y was introduced before ----------------------------------------


def test_gives_a_character_named_before_a_quality() -> None:
    review = page(
        "Jojo's mother is hiding a girl, Elsa Brandt, in the walls of the house. Ilse Marten, "
        "in her first screen role, gives Elsa a sharp wit and a steely dignity.",
    )
    assert cast(review).get("Ilse Marten") == "Elsa"


def test_gives_a_place_no_part() -> None:
    # The twin: the object is no person the page introduced.
    review = page(
        "The shoot moved north for the winter. Ilse Marten gives Brighton a glamour it has not "
        "had in years.",
    )
    assert "Ilse Marten" not in cast(review)


# --- what an anaphor never makes a credit of ----------------------------------------------


def test_plays_him_a_song_is_no_part() -> None:
    review = page(
        "Mattis Krogh, a lonely clerk, sits by the window. Dunstan Pryor plays him a song on "
        "the old piano.",
    )
    assert cast(review).get("Dunstan Pryor") != "Mattis Krogh"


def test_as_part_after_a_sentence_about_the_writer_credits_nobody() -> None:
    review = page(
        "The script is the work of the novelist Ilse Marten. As Greta Lund, she is a widow "
        "who keeps bees.",
    )
    assert "Ilse Marten" not in cast(review)


def test_his_place_is_no_part() -> None:
    # The twin of "His Noori Natt is …": a place of the actor's, no person of the story.
    review = page(
        "The film belongs, however, to Halvard Brekke.",
        "His Brooklyn is warm, loud and full of music.",
    )
    assert cast(review).get("Halvard Brekke") != "Brooklyn"


# --- a sign of a person belongs to the name right after it, not to one past a comma --------


def test_whom_x_plays_after_a_kin_noun_and_a_name() -> None:
    # "sister" is Pearl's sign; the actor after "whom" is no person of the story.
    review = page(
        "No adult believes the boy. His sister Perla, whom Saskia Jane Brune plays with a "
        "blank, doll-like sweetness, cannot keep a secret and does not try.",
    )
    assert cast(review).get("Saskia Jane Brune") == "Perla"


def test_whom_x_makes_after_a_kin_noun_and_a_name() -> None:
    # The twin: "makes" and an uncle.
    review = page(
        "The sisters live with their grandmother and their uncle Erkan, whom Aybars Pekkan "
        "makes quietly, sickeningly plausible.",
    )
    assert cast(review).get("Aybars Pekkan") == "Erkan"


def test_playing_part_he_after_a_sentence_about_one_actor() -> None:
    review = page(
        "Tobin Rask is the surprise. Playing Osvald, the selfish and very modern young man, he "
        "could easily have been the straight man, but he finds the sadness underneath.",
        labels=LABELS,
    )
    assert cast(review).get("Tobin Rask") == "Osvald"
    # The twin: "she" right after the part, and an actor the labels do not list.
    review = page(
        "The find of the film is Hedda Lorne. Playing Wilma she is sharp, funny and, in the "
        "last reel, devastating.",
    )
    assert cast(review).get("Hedda Lorne") == "Wilma"


# --- "X gives him a quality" after a one-word character the sentence before describes -------


def test_gives_him_a_quality_after_a_described_first_name() -> None:
    review = page(
        "Anselm, the ferryman, is a drinker in debt to half the harbour. Jorund Vik gives him a "
        "loud, frantic energy, a man always one scheme from ruin.",
    )
    assert cast(review).get("Jorund Vik") == "Anselm"


def test_gives_her_a_quality_after_the_name_an_is_gives() -> None:
    # The twin: the character is what "is" names, and the noun before it a person's.
    review = page(
        "The Dutchwoman is Liesbeth, Pieter's sister, who quietly teaches the crew to read. "
        "Marit Sand gives her a warmth the script does not always earn.",
    )
    assert cast(review).get("Marit Sand") == "Liesbeth"


def test_gives_her_a_quality_after_a_place_a_maker_or_the_writer_credits_nobody() -> None:
    review = page(
        "Tromsø, the capital of the north, is grey in winter. Tomas Berg gives her a "
        "melancholy glow.",
        "Lunde, the director, works in long takes. Rhea Vance gives him a luminous softness.",
        "Marta, my editor, hated it. Colin Ames gives her a warmth she never showed me.",
    )
    assert cast(review) == {}


# --- a sentence that names nobody and goes on about the same "she" or "he" ---


def test_plays_her_after_a_sentence_only_about_her() -> None:
    review = page(
        "The heroine is Solveig Brandt, a forensic accountant who was kidnapped in childhood. As "
        "an adult she is sharp, rude and barely coping, and she is dragged back to the case "
        "when the bodies start turning up in the fjords of Finnmark.",
        "Lia Sand plays her, and it is a performance of real nerve.",
        labels=LABELS,
    )
    assert cast(review)["Lia Sand"] == "Solveig Brandt"


def test_plays_him_after_a_sentence_only_about_him() -> None:
    # The twin: "him", the sentence between opening on its own words, in one paragraph.
    review = page(
        "Teodor Malm is a bored cadet who thinks the navy is a waste of his summer. After he is "
        "caught asleep on watch, he is sent to a lighthouse with no radio and no company. Oren "
        "Vale plays him with a sulky, likeable charm.",
        labels=LABELS,
    )
    assert cast(review)["Oren Vale"] == "Teodor Malm"


def test_a_sentence_about_him_between_her_and_the_actor_credits_nobody() -> None:
    # The sentence between tells of "he": "her" is not carried past it.
    review = page(
        "The heroine is Solveig Brandt, a forensic accountant. After he is caught, he is sent "
        "away to the fjords for good. Lia Sand plays her with a sigh.",
        labels=LABELS,
    )
    assert cast(review).get("Lia Sand") != "Solveig Brandt"


# --- the name a person of the story calls themselves is a sign of a person, and of a sex ---


def test_plays_him_after_a_man_who_calls_himself_a_name() -> None:
    review = page(
        "Trouble arrives in the shape of Arne Holt, a deserter who calls himself Gravfalk and "
        "who wants the harbour for his own.",
        "Oren Vale plays him, and it is the best villain the town has had in years.",
        labels=LABELS,
    )
    assert cast(review)["Oren Vale"] == "Gravfalk"


def test_plays_her_after_a_woman_who_styles_herself_a_name() -> None:
    # The twin: "styles herself", and "her" in the same paragraph.
    review = page(
        "The fixer is a retired teacher from Bodø who styles herself Ravenna. Lia Sand "
        "plays her with a purr.",
        labels=LABELS,
    )
    assert cast(review)["Lia Sand"] == "Ravenna"


# --- a part only described ("as a dead woman") leaves room for the name a pronoun gives ---


def test_who_plays_her_gives_a_name_over_a_description() -> None:
    review = page(
        "Teodor is still haunted by Greta Voss, the chain-smoking leader of the commune, and "
        "Lia Sand, who plays her, is so alive as a dead woman that the show becomes a "
        "two-hander whenever she appears.",
        labels=LABELS,
    )
    assert cast(review)["Lia Sand"] == "Greta Voss"


def test_in_the_role_gives_a_name_over_a_description() -> None:
    # The twin: "in the role", the part named in the sentence before.
    review = page(
        "The heart of the season is what Teodor Malm has been hiding from his mother. Oren "
        "Vale, who has grown up in front of us in the role, is very good as a boy torn between "
        "two homes.",
        labels=LABELS,
    )
    assert cast(review)["Oren Vale"] == "Teodor Malm"


# --- "…, and here he plays Y": a pronoun that plays, inside its sentence -------------------


def test_he_plays_inside_the_sentence_that_names_the_actor() -> None:
    review = page(
        "Tobin Rask has always been good at men who are coming apart, and here he plays Jonas "
        "Ekdal with a dry, wounded humour.",
        labels=LABELS,
    )
    assert cast(review)["Tobin Rask"] == "Jonas Ekdal"


def test_she_plays_after_a_clause_that_names_nobody() -> None:
    # The twin: the actor in the sentence before, the clause before the pronoun names nobody.
    review = page(
        "Lia Sand, fresh from the stage, is the reason to watch. Her northern vowels come and "
        "go, but she plays Marit Holm with a stubborn, wounded intensity. Marit has her own "
        "past in the town.",
        labels=LABELS,
    )
    assert cast(review)["Lia Sand"] == "Marit Holm"


def test_he_plays_after_a_character_subject_credits_nobody() -> None:
    # The clause before the pronoun is about a character: "he" is that character.
    review = page(
        "Tobin Rask is superb. Jonas Ekdal, a bitter clerk, sulks all winter, and then he plays "
        "Marit Holm at chess and loses.",
        labels=LABELS,
    )
    assert cast(review).get("Tobin Rask") is None


def test_he_plays_after_an_uncredited_name_needs_the_manner_of_playing() -> None:
    # An uncredited full name before "and he plays Y for a fool" may be a person of the story.
    review = page(
        "Tobin Rask is superb. Jonas Ekdal comes home at last, and he plays Marit Holm for a "
        "fool all winter.",
        labels=LABELS,
    )
    assert "Jonas Ekdal" not in cast(review)
