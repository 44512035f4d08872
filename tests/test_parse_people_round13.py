"""Credits in prose, round 13: shapes read on pages from sites the rules were not written for
("Character (voice of X)", …). Small made-up pages with invented names and titles: each test
fails if its rule goes, and most have a twin the rule must leave alone."""

from __future__ import annotations

from reeltui.parse.credits import is_name
from reeltui.parse.roles import Known, prose_roles

from prose_pages import cast, page


def test_a_character_with_the_voice_of_an_actor_in_brackets() -> None:
    review = page(
        "In a fishing village, ten-year-old Pip Lorrow (voice of Dana Whitcombe) befriends a "
        "talking gull, and his grandmother, Ada (the voice of Morwenna Tye), runs the inn. "
        "The harbourmaster, Bram Colley (voice of Otis Fenwright Jr.), wants the gull gone.",
    )
    assert cast(review) == {
        "Dana Whitcombe": "Pip Lorrow",
        "Morwenna Tye": "Ada",
        "Otis Fenwright Jr.": "Bram Colley",
    }


def test_the_voice_of_something_that_is_no_person_credits_nobody() -> None:
    review = page(
        "Pip's grandmother (the voice of reason in a house of dreamers) runs the inn, and the "
        "gull (voice of the sea itself, says the narrator) steals the show.",
    )
    assert cast(review) == {}


CAST_LINE = "Cast: Hal Mercer, Lia Sand, Tobin Rask, Greta Vell"


def test_two_parts_then_two_credited_surnames_in_brackets() -> None:
    review = page(
        "Osvald and Kip (Mercer and Rask) are two ferrymen who decide to leave the island for "
        "good. They are stopped by a widow, Dora Finch, and her sister Maud (Sand and Vell).",
        labels=CAST_LINE,
    )
    assert cast(review) == {
        "Hal Mercer": "Osvald",
        "Tobin Rask": "Kip",
        "Lia Sand": "Dora Finch",
        "Greta Vell": "Maud",
    }


def test_two_names_then_two_uncredited_words_in_brackets_are_no_parts() -> None:
    review = page(
        "Osvald and Kip (Fisher and Mason, in the old spelling) are the ferrymen's sons, and "
        "the island's two hamlets, Hollow and Reach (North and South), never speak.",
        labels=CAST_LINE,
    )
    assert cast(review) == {
        "Hal Mercer": None,
        "Lia Sand": None,
        "Tobin Rask": None,
        "Greta Vell": None,
    }


def test_x_is_a_part_then_the_eldest_or_the_quiet_one_who() -> None:
    review = page(
        "Hal Mercer is Osvald, the eldest, who runs the ferry and lies about the debts. Lia "
        "Sand is Greta, the quiet, watchful one who keeps the books. And Tobin Rask is Kip, "
        "the youngest.",
    )
    assert cast(review) == {"Hal Mercer": "Osvald", "Lia Sand": "Greta", "Tobin Rask": "Kip"}


def test_a_firm_picked_out_as_the_one_with_something_is_no_part() -> None:
    review = page(
        "The money came from two places. Mara Olsen is Nordvik Films, the one with the cash, "
        "and Ivo Brandt is Kestrel Pictures, the one with the ideas, and neither shows it.",
    )
    assert cast(review) == {}


def test_an_actor_with_an_aside_who_plays_the_title_character() -> None:
    review = page(
        "Hal Mercer, who has not had a part this snug since his days on the stage, plays the "
        "title character, a ferryman grieving his wife. Lia Sand plays his sister Greta. Tobin "
        "Rask, a young stage actor from Hull, plays the title part in the flashbacks.",
        headline="Osvald Brenner review: a ferryman's winter",
    )
    assert cast(review) == {
        "Hal Mercer": "Osvald Brenner",
        "Lia Sand": "Greta",
        "Tobin Rask": "Osvald Brenner",
    }


def test_an_actor_who_argues_with_the_title_character_is_not_in_the_part() -> None:
    review = page(
        "Lia Sand plays his sister Greta. Tobin Rask, who is new to the screen, argues with "
        "the title character in the best scene, and Hal Mercer plays Osvald Brenner.",
        headline="Osvald Brenner review: a ferryman's winter",
    )
    assert cast(review).get("Tobin Rask") is None
    assert cast(review)["Hal Mercer"] == "Osvald Brenner"


def test_bringing_a_quality_or_a_long_object_to_a_part_in_a_paragraph_on_the_cast() -> None:
    review = page(
        "Hal Mercer plays Osvald, and it is the best work he has done. Lia Sand brings punkish, "
        "unpredictable energy to Greta, a dock worker who knows too much. Tobin Rask brings "
        "just the right mix of charm and entitlement to Kip, a man who never pays. Greta Vell "
        "brings a restless physicality to Maud, and her fight scenes are the best in the film.",
    )
    assert cast(review) == {
        "Hal Mercer": "Osvald",
        "Lia Sand": "Greta",
        "Tobin Rask": "Kip",
        "Greta Vell": "Maud",
    }


def test_bringing_years_of_work_or_a_composer_s_warmth_to_a_place_credits_nobody() -> None:
    review = page(
        "Hal Mercer plays Osvald, and it is the best work he has done. Tove Lindqvist brings "
        "her long years in documentary and a love of the sea to Port Avel, where she shot it, "
        "and the composer Ivo Brandt brings real warmth to Port Avel's church scenes.",
    )
    assert cast(review) == {"Hal Mercer": "Osvald"}


def test_an_actor_doing_something_with_a_quality_of_acting_as_a_part() -> None:
    review = page(
        "The ferry office is the heart of it. Hal Mercer runs it with velvet menace as Osvald, "
        "and the inn next door is where Lia Sand plays Greta.",
    )
    assert cast(review) == {"Hal Mercer": "Osvald", "Lia Sand": "Greta"}


def test_a_quality_then_as_and_a_name_that_starts_a_clause_is_no_part() -> None:
    review = page(
        "Lia Sand plays Greta. Tove Lindqvist shoots the harbour with real warmth as Osvald "
        "walks home, and Ivo Brandt scores it with restraint as Osvald drowns.",
    )
    assert cast(review) == {"Lia Sand": "Greta"}


def test_played_by_a_relation_of_someone_named_or_a_personality_from_elsewhere() -> None:
    review = page(
        "Lia Sand plays Greta. Beside them sleeps a generous drunk named Kip, played by "
        "Mercer's brother Tobin Mercer, who never stops talking. Keeping order is Sergeant Ada "
        "Finch, played by TikTok personality Greta Vell, who barks every line.",
        labels="Cast: Hal Mercer, Lia Sand",
    )
    assert cast(review) == {
        "Hal Mercer": None,
        "Lia Sand": "Greta",
        "Tobin Mercer": "Kip",
        "Greta Vell": "Sergeant Ada Finch",
    }


def test_a_maker_sharing_an_actor_s_surname_owns_a_work_not_a_part() -> None:
    review = page(
        "Lia Sand plays Greta, and Tobin Rask's Kip is a marvel. The film paved the way for "
        "others, such as Mercer's own Port Avel, and a hymn, played by church organist Ada "
        "Finch, closes it.",
        labels="Directed by Tove Mercer\nCast: Hal Mercer, Lia Sand, Tobin Rask",
    )
    assert cast(review) == {"Hal Mercer": None, "Lia Sand": "Greta", "Tobin Rask": "Kip"}


def test_a_middle_initial_a_stands_in_a_name() -> None:
    assert is_name("Nora A. Vell")
    review = page(
        "Nora A. Vell's debut feature turns a farmhouse into a pressure cooker, and Hal Mercer "
        "plays Osvald, the farmer who will not leave.",
    )
    assert review.directors == ("Nora A. Vell",)
    assert cast(review) == {"Hal Mercer": "Osvald"}


def test_a_capital_a_ending_a_sentence_starts_no_name() -> None:
    assert not is_name("A. Hal Mercer")
    review = page(
        "There was never a plan B, only plan A. Hal Mercer plays Osvald, the farmer who will "
        "not leave, and Lia Sand plays Greta.",
    )
    assert cast(review) == {"Hal Mercer": "Osvald", "Lia Sand": "Greta"}


def test_a_documentary_made_by_two_and_shaped_by_two_who_share_the_directing_credit() -> None:
    review = page(
        "The film was made by Ivo Brandt and Cal Brandt, brothers with a light camera, and it "
        "was shaped in the cutting room by Ada Finch and Nora Vell, who share the directing "
        "credit and deserve more of the praise.",
    )
    assert review.directors == ("Ivo Brandt", "Cal Brandt", "Ada Finch", "Nora Vell")


def test_a_film_made_by_firms_or_a_shared_writing_credit_names_no_director() -> None:
    review = page(
        "The film was made by Harbour Pictures and Nordvik Films on a tiny budget, and Ada "
        "Finch and Nora Vell, who share the writing credit, keep it moving.",
    )
    assert review.directors == ()


def test_the_director_of_that_film_just_named_is_not_this_one_s() -> None:
    review = page(
        "All six episodes were directed by Ada Finch. Comparisons with Night Ferry are "
        "inevitable, and while that film's director, Nora Vell, had nothing to do with this, "
        "it shares its anger. Hal Mercer plays Osvald.",
    )
    assert review.directors == ("Ada Finch",)


def test_the_director_of_this_film_named_again_is_kept() -> None:
    review = page(
        "Comparisons with Night Ferry are inevitable, but this film's director, Nora Vell, "
        "goes her own way. Hal Mercer plays Osvald.",
    )
    assert review.directors == ("Nora Vell",)


def test_an_aside_between_dashes_before_plays() -> None:
    review = page(
        "Hal Mercer – yes, the hero of Night Ferry, with his own island lilt pitched just "
        "right – plays Osvald Brenner, fresh out of prison. Lia Sand — never better in her "
        "career — plays his sister Greta.",
    )
    assert cast(review) == {"Hal Mercer": "Osvald Brenner", "Lia Sand": "Greta"}


def test_a_title_between_dashes_before_plays_like_is_no_actor() -> None:
    review = page(
        "Lia Sand plays Greta. Night Ferry – the film, not the novel – plays like a dream, and "
        "Glen Orrin – the valley, that is – plays Glen Tarra, its rival across the hills.",
    )
    assert cast(review) == {"Lia Sand": "Greta"}
    text = "Glen Orrin – the valley, that is – plays Glen Tarra, its rival across the hills."
    assert prose_roles([text], Known({}, set())) == []


def test_an_actor_with_the_tricky_job_of_playing_a_part() -> None:
    review = page(
        "Speaking of Greta: Lia Sand has the tricky job of playing Greta Holm, a barmaid who "
        "is secretly an informer, and Hal Mercer is given the task of portraying Osvald.",
    )
    assert cast(review) == {"Lia Sand": "Greta Holm", "Hal Mercer": "Osvald"}


def test_the_job_of_playing_god_is_an_idiom_not_a_part() -> None:
    review = page(
        "Lia Sand plays Greta. As the harbour's fixer, Ivo Brandt has the thankless job of "
        "playing God with everyone's savings, and Cal Rowe takes on the task of playing "
        "Devil's advocate.",
    )
    assert cast(review) == {"Lia Sand": "Greta"}
    text = "Ivo Brandt has the thankless job of playing God with everyone's savings."
    assert prose_roles([text], Known({}, set())) == []


def test_a_part_whose_title_has_a_full_stop_keeps_the_name_after_it() -> None:
    review = page(
        "Mrs. Dalby runs the inn. Hal Mercer, who turns the hero into a rumpled prophet, is "
        "Mr. Osvald, the leader of the ferrymen, and Lia Sand is Dr. Greta Holm, his rival.",
        labels="Cast: Hal Mercer, Lia Sand",
    )
    assert cast(review) == {"Hal Mercer": "Mr. Osvald", "Lia Sand": "Dr. Greta Holm"}


def test_a_second_series_director_who_took_over_the_later_episodes() -> None:
    review = page(
        "Director Ada Finch, who handled the first three episodes before Nora Vell took over "
        "for the back half, gives the port a look that is part western, part nightmare. Hal "
        "Mercer plays Osvald.",
        headline="Salt Harbour season 1 review",
    )
    assert review.directors == ("Ada Finch", "Nora Vell")


def test_a_character_who_took_over_a_business_directs_nothing() -> None:
    review = page(
        "Director Ada Finch follows the family across six episodes until Greta Holm took over "
        "the ferry, and Hal Mercer plays Osvald while Lia Sand plays Greta Holm.",
        headline="Salt Harbour season 1 review",
    )
    assert review.directors == ("Ada Finch",)


def test_a_surname_stands_for_a_full_name_first_seen_owning_a_work() -> None:
    review = page(
        "Nora Vell's Port Avel (1962) is built around a promise it cannot keep. Vell films "
        "these mirrors with an almost clinical patience, and Lia Sand plays Greta.",
        headline="Port Avel review: mirrors",
    )
    assert review.directors == ("Nora Vell",)


def test_a_surname_two_full_names_share_stands_for_neither() -> None:
    review = page(
        "Nora Vell's Port Avel (1962) is built around a promise it cannot keep, and Tove "
        "Vell's score is lovely. Vell films these mirrors with an almost clinical patience, and "
        "Lia Sand plays Greta.",
        headline="Port Avel review: mirrors",
    )
    assert "Tove Vell" not in review.directors


def test_a_sentence_opening_on_the_part_and_when_it_is_seen() -> None:
    review = page(
        "As the younger Greta in the flashbacks, Lia Sand matches the fire of the older woman, "
        "and Hal Mercer plays Osvald.",
    )
    # The age stays with a first name alone: the part is the younger Greta's.
    assert cast(review) == {"Lia Sand": "the younger Greta", "Hal Mercer": "Osvald"}


def test_a_sentence_opening_on_as_and_a_place_names_no_part() -> None:
    review = page(
        "As in the flashbacks, Lia Sand plays Greta, and as Port Avel in the later episodes, "
        "the town looks tired; Hal Mercer plays Osvald.",
    )
    assert cast(review) == {"Lia Sand": "Greta", "Hal Mercer": "Osvald"}


def test_an_aside_whose_comma_stands_inside_a_closing_quote() -> None:
    review = page(
        "Lia Sand plays Greta. Hal Mercer, the Danish actor who played the pilot in the "
        'original "The Long Night Ferry," is having a ball as Osvald, a smuggler who is smart '
        "enough to be scared.",
    )
    assert cast(review) == {"Lia Sand": "Greta", "Hal Mercer": "Osvald"}


def test_a_credited_actor_with_an_aside_holding_a_title_and_commas_is_a_part() -> None:
    review = page(
        "Lia Sand, who played the weary mother in Vell's debut, Salt, Sand and Sea, is Greta, "
        "and it is one of those performances that swallow the camera whole.",
        labels="Cast: Lia Sand, Hal Mercer",
    )
    assert cast(review) == {"Lia Sand": "Greta", "Hal Mercer": None}


def test_the_last_who_aside_belongs_to_the_one_who_is_the_part() -> None:
    review = page(
        "Lia Sand, who is new, plays Greta, and Hal Mercer, who played a priest in Vell's "
        "debut, Salt, Sand and Sea, is Osvald.",
        labels="Cast: Lia Sand, Hal Mercer",
    )
    assert cast(review) == {"Lia Sand": "Greta", "Hal Mercer": "Osvald"}


def test_a_one_word_stage_name_with_a_calling_takes_a_part() -> None:
    review = page(
        "Hal Mercer plays Osvald. The rapper Kestro is a real discovery as Makalo, Osvald's "
        "enforcer. Brindle, another musician, plays the ambitious Odun Varga with a quiet "
        "menace.",
    )
    assert cast(review) == {"Hal Mercer": "Osvald", "Kestro": "Makalo", "Brindle": "Odun Varga"}


def test_a_one_word_name_with_a_calling_compared_or_heard_plays_no_part() -> None:
    review = page(
        "Hal Mercer plays Osvald. The singer Kestro is heard as the credits roll. The rapper "
        "Brindle is as good as Tobin Rask. The comedian Pell plays the club.",
    )
    assert cast(review) == {"Hal Mercer": "Osvald"}
