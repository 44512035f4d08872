"""The title model (`reeltui.parse.titles`): candidates from the headline's and the page's
title's parts, the first sentence and the review's quotes; their evidence; and a choice that
overrules the rules only when it is clearly surer. Every text is made up for the test."""

from __future__ import annotations

from pathlib import Path

from reeltui.parse import parse_bytes, parse_file, titles
from reeltui.parse.layout import loose_key

from prose_pages import P1, P2, P3, scraped


def _body(text: str) -> str:
    return f" {loose_key(text)} "


def _weigh(found: list[tuple[str, str]], body: str, **kw: str) -> dict[str, tuple[str, ...]]:
    scored = titles.weigh(
        found,
        body_key=_body(body),
        opening_key=_body(kw.get("opening", "")),
        own=kw.get("own", ""),
        headline_key=_body(kw.get("headline", "")),
        top=kw.get("top", ""),
        quoted_key=_body(kw.get("quoted", "")),
        chrome=frozenset({"mara voss"}),
        people=frozenset({"tom reyes"}),
    )
    return {c.key: c.features for c in scored}


def test_a_headline_is_split_at_its_separators_without_review_words_and_year() -> None:
    line = "Harbour Lights (2024) review | The Daily Reel – Film"
    assert titles.segments(line) == ["Harbour Lights", "The Daily Reel", "Film"]


def test_a_colon_splits_but_a_hyphenated_word_does_not() -> None:
    assert titles.segments("Far-Away Shore: a keeper's quiet year") == [
        "Far-Away Shore",
        "a keeper's quiet year",
    ]


def test_the_opening_sentences_capitalised_runs_but_its_first_word_alone() -> None:
    spans = titles.opening_spans("Every night in Harbour Lights the keeper meets Tom Reyes")
    assert spans == ["Harbour Lights", "Tom Reyes"]


def test_a_run_keeps_small_words_inside_but_not_at_its_end() -> None:
    assert titles.opening_spans("Nobody leaves Anatomy of a Fall unmoved") == ["Anatomy of a Fall"]


def test_quoted_capitalised_spans_of_the_review() -> None:
    paragraphs = [
        "In “Cold Water”, a fisherman loses his boat.",
        "He says “we never go back” and means it. The sequel, “Colder Water.”, is due.",
    ]
    assert titles.quoted_spans(paragraphs) == ["Cold Water"]


def test_a_nickname_inside_a_name_is_no_quoted_title() -> None:
    paragraphs = ['Ben Marsh plays Andrew "Pope" Cody, and Tom Hale is Barry “Baz” Brown.']
    assert titles.quoted_spans(paragraphs) == []
    # The twin: a capitalised word before the quotes, and none after them.
    assert titles.quoted_spans(['Ben Marsh stars in Hal Ray\'s "Cold Water" this week.']) == [
        "Cold Water"
    ]


def test_a_candidate_named_inside_a_longer_one_gets_a_fair_count() -> None:
    body = "Harbour Lights Rising is long. Harbour Lights Rising ends well. Harbour Lights once."
    features = _weigh([("Harbour Lights", "seg"), ("Harbour Lights Rising", "open")], body)
    assert "named:1" in features["harbour lights"]
    assert "named:2" in features["harbour lights rising"]


def test_sources_are_merged_by_key_and_counted() -> None:
    features = _weigh([("Cold Water", "seg"), ("COLD WATER", "quote"), ("cold water", "p3")], "")
    assert list(features) == ["cold water"]
    assert {"src:seg", "src:quote", "src:p3", "places:3"} <= set(features["cold water"])


def test_directors_never_stand_and_credited_people_are_marked() -> None:
    features = _weigh([("Mara Voss", "open"), ("Tom Reyes", "open")], "Tom Reyes is good.")
    assert "mara voss" not in features
    assert {"person", "name"} <= set(features["tom reyes"])


def test_a_year_in_brackets_after_a_candidate_on_the_page_is_evidence() -> None:
    features = _weigh(
        [("Cold Water", "p3"), ("Tonight", "seg")], "", top="Tonight\nCold Water (2023)\n"
    )
    assert "year_after" in features["cold water"]
    assert "year_after" not in features["tonight"]


def test_a_candidate_with_its_year_is_counted_as_the_review_names_it_without() -> None:
    features = _weigh([("Cold Water 2023", "p3")], "Cold Water is cold. Cold Water ends.")
    assert "named:2" in features["cold water 2023"]


def test_case_and_shape_features() -> None:
    features = _weigh(
        [("COLD WATER", "seg"), ("the sea takes what it wants", "seg")],
        "",
        own="COLD WATER",
    )
    assert {"caps", "own", "own_named:0", "words:2-3"} <= set(features["cold water"])
    assert "lower_word" in features["the sea takes what it wants"]


def _scored(*pairs: tuple[str, tuple[str, ...]]) -> list[titles.Scored]:
    return [titles.Scored(text, loose_key(text), features) for text, features in pairs]


def test_the_model_overrules_the_rules_only_by_the_margin() -> None:
    weights = {"good": 1.0}
    sure = _scored(("Cold Water", ("good",) * 3), ("Tonight", ()))
    unsure = _scored(("Cold Water", ("good",)), ("Tonight", ()))
    assert titles.MARGIN <= 3.0
    assert titles.decide(sure, weights, "tonight") == "Cold Water"
    assert titles.decide(unsure, weights, "tonight") is None


def test_the_model_agreeing_with_the_rules_changes_nothing() -> None:
    scored = _scored(("Cold Water", ("good",) * 5), ("Tonight", ()))
    assert titles.decide(scored, {"good": 1.0}, "cold water") is None


def test_a_rules_choice_the_model_never_saw_is_overruled() -> None:
    # The rules fell back to the headline, which the model dropped as furniture.
    scored = _scored(("Cold Water", ("named:0",)))
    assert titles.decide(scored, {"good": 1.0}, "share article") == "Cold Water"


def test_no_candidates_no_answer() -> None:
    assert titles.decide([], {"good": 1.0}, "cold water") is None
    assert titles.best([], {}) is None


def test_the_fitted_weights_favour_a_title_the_review_names() -> None:
    named = titles.Scored("Cold Water", "cold water", ("named:2", "places:2"))
    never = titles.Scored("Tonight", "tonight", ("named:0", "places:1"))
    assert titles.score(named, titles.WEIGHTS) > titles.score(never, titles.WEIGHTS)


def test_a_headline_that_marks_its_title_keeps_it() -> None:
    text = (
        "‘Cold Water’ (2023) review: the sea takes what it wants\n\n"
        "By Rosa Vale\n\n"
        "Every winter the fisherman Jon (Tom Reyes) loses something to the sea, and Cold Water "
        "is the story of the winter he loses his nerve.\n\n"
        "The film is patient with him, and it never hurries its ending; the long scenes on the "
        "boat are the best of it.\n"
    )
    review = parse_bytes(text.encode(), path=Path("cold-water.txt"), review_id="x")
    assert review.film.title == "Cold Water"
    assert review.film.year == 2023


def test_the_same_name_with_a_number_or_without_is_left_to_the_parser() -> None:
    weights = {"good": 1.0}
    numbered = _scored(("Cold Water 2", ("good",) * 5), ("Cold Water", ()))
    assert titles.decide(numbered, weights, "cold water") is None
    bare = _scored(("Cold Water", ("good",) * 5), ("Cold Water 2023", ()))
    assert titles.decide(bare, weights, "cold water 2023") is None
    # Another word after the name is another name: "X aka Y", "X Blu-ray".
    disc = _scored(("Cold Water", ("good",) * 5), ("Cold Water Blu-ray", ()))
    assert titles.decide(disc, weights, "cold water blu ray") == "Cold Water"


def test_a_name_the_review_never_uses_does_not_overrule() -> None:
    scored = _scored(("Daily Reel", ("good",) * 5 + ("named:0",)), ("Cold Water", ()))
    assert titles.decide(scored, {"good": 1.0}, "cold water") is None


def test_a_labelled_title_stands() -> None:
    scored = _scored(("Daily Reel", ("good",) * 5), ("Cold Water", ("src:p8",)))
    assert titles.decide(scored, {"good": 1.0}, "cold water") is None


def _saved_page(tmp_path: Path, caption: str) -> tuple[str, int | None]:
    html = (
        "<html><head><title>Harbour Lights review</title></head><body><article>"
        "<h1>Harbour Lights review: a keeper's quiet year</h1><p>By Jane Doe</p>"
        f"<figure><img src='a.jpg'><figcaption>{caption}</figcaption></figure>"
        f"<p>{P1}</p><p>{P2}</p><p>{P3}</p></article></body></html>"
    )
    path = tmp_path / "harbour-lights.html"
    path.write_text(html, encoding="utf-8")
    film = parse_file(path, tmp_path).film
    return film.title, film.year


def test_a_year_in_brackets_after_the_title_in_a_caption_is_its_year(tmp_path: Path) -> None:
    caption = "Tom Reyes in Harbour Lights (2024). Photo: Studio"
    assert _saved_page(tmp_path, caption) == ("Harbour Lights", 2024)


def test_two_years_after_the_title_give_none() -> None:
    # A remake's review that names the older film by the same title and its year.
    text = (
        f"Harbour Lights review: a keeper's quiet year\n\nBy Jane Doe\n\n{P1}\n\n"
        f"Harbour Lights (1931) was silent; Harbour Lights (2024) talks.\n\n{P2}\n\n{P3}\n"
    )
    assert scraped(text).film.year is None


def test_a_year_after_a_longer_name_ending_in_the_title_is_not_the_films(
    tmp_path: Path,
) -> None:
    caption = "Tom Reyes in Old Harbour Lights (1950). Photo: Studio"
    assert _saved_page(tmp_path, caption) == ("Harbour Lights", None)
