"""The saved-web-page parser: the article's text, headings and byline, and nothing else.

Hostile pages: scripts and styles (closed or not), `javascript:` links, entity-encoded escape
sequences, comments, deep nesting, huge attributes, quotes holding ">", junk blocks.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from reeltui.model import Format, Review
from reeltui.parse import parse_bytes
from reeltui.parse.html import parse_html

from prose_pages import paragraphs


def page(html: str) -> Review:
    return parse_html(html, path=Path("page.html"), review_id="p", problems=[])


ARTICLE = """<!doctype html>
<html><head><title>Site title | Reviews</title>
<script>var tracking = "Latest articles";</script><style>p { color: red }</style></head>
<body>
<header><nav><a href="/">Home</a> | <a href="/reviews">Reviews</a></nav></header>
<article>
  <h1>Heat (1995) Review: A City of Two Professionals</h1>
  <p class="byline author">By Jane Doe</p>
  <p>Michael Mann&#8217;s crime epic, starring Al Pacino and Robert De Niro, runs 170 minutes.</p>
  <h2>What&rsquo;s the Movie About?</h2>
  <p>A thief and a detective<br>circle each other.</p>
  <div class="share-buttons">Share on Facebook</div>
  <h2>Final Verdict</h2>
  <p>Essential.</p>
</article>
<aside>Related posts</aside>
<footer>&copy; Someone</footer>
</body></html>
"""


def test_the_article_with_headline_sections_and_byline() -> None:
    review = page(ARTICLE)
    assert review.format is Format.HTML
    assert review.headline == "Heat (1995) Review: A City of Two Professionals"
    assert (review.film.title, review.film.year) == ("Heat", 1995)
    assert review.reviewer is not None and review.reviewer.name == "Jane Doe"
    assert [s.heading for s in review.sections] == [
        None,
        "What’s the Movie About?",
        "Final Verdict",
    ]
    assert paragraphs(review) == [
        "Michael Mann’s crime epic, starring Al Pacino and Robert De Niro, runs 170 minutes.",
        "A thief and a detective circle each other.",
        "Essential.",
    ]
    assert [c.actor for c in review.cast] == ["Al Pacino", "Robert De Niro"]
    assert review.runtime_minutes == 170
    text = review.body_text()
    for junk in ("Site title", "tracking", "color", "Home", "Share", "Related", "Someone"):
        assert junk not in text


def test_main_then_body_when_there_is_no_article() -> None:
    in_main = page("<body><p>Menu</p><main><h1>Heat (1995)</h1><p>Text.</p></main></body>")
    assert paragraphs(in_main) == ["Text."]
    in_body = page("<body><h1>Heat (1995)</h1><p>Text.</p></body>")
    assert paragraphs(in_body) == ["Text."]


def test_scripts_never_show_even_unclosed_or_in_capitals() -> None:
    review = page(
        "<h1>T (2020)</h1><p>Before.</p><SCRIPT type='x'>alert('<p>fake</p>')</SCRIPT>"
        "<p>Middle.</p><script>document.write('never shown')"
    )
    assert paragraphs(review) == ["Before.", "Middle."]
    assert "alert" not in review.body_text() and "never shown" not in review.body_text()


def test_javascript_and_file_links_are_only_their_text() -> None:
    review = page(
        "<h1>T (2020)</h1><p>See <a href='javascript:alert(1)'>this</a> and "
        '<a href="file:///etc/passwd" onclick="steal()">that</a>.</p>'
    )
    assert paragraphs(review) == ["See this and that."]


def test_entities_are_decoded_but_nothing_they_make_acts() -> None:
    review = page(
        "<h1>T (2020)</h1><p>&lt;b&gt;bold&lt;/b&gt; &amp; [bold]markup[/bold] "
        "&#27;[2Jcleared &#x1b;]0;title&#7; &#x202e;flipped &#8203;gone</p>"
    )
    [text] = paragraphs(review)
    assert text.startswith("<b>bold</b> & [bold]markup[/bold] [2Jcleared ")
    assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text
    assert "\u200b" not in text


def test_comments_and_declarations_are_dropped() -> None:
    review = page(
        "<!DOCTYPE html><?xml version='1.0'?><h1>T (2020)</h1>"
        "<!-- <p>hidden</p> --><p>Shown.</p><![CDATA[ x ]]>"
    )
    assert paragraphs(review) == ["Shown."]


def test_an_unclosed_comment_keeps_what_came_before() -> None:
    review = page("<h1>T (2020)</h1><p>Kept.</p><!-- the rest of the page " + "x" * 10_000)
    assert paragraphs(review) == ["Kept."]
    assert "the page ends inside a tag or comment; the rest was dropped" in review.problems


def test_a_lone_less_than_sign_is_text() -> None:
    review = page("<h1>T (2020)</h1><p>1 < 2 and 3 <= 4, <3</p>")
    assert paragraphs(review) == ["1 < 2 and 3 <= 4, <3"]


def test_quoted_attributes_may_hold_angle_brackets() -> None:
    review = page("<h1>T (2020)</h1><p title='a > b' data-x=\"<p>\">Text.</p>")
    assert paragraphs(review) == ["Text."]


def test_a_huge_attribute_and_deep_nesting() -> None:
    review = page(
        "<article><h1>T (2020)</h1>"
        f'<p title="{"A" * 500_000}">Short.</p>'
        + "<div><span>" * 2000
        + "Deep."
        + "</span></div>" * 2000
        + "<p>After.</p></article>"
    )
    assert paragraphs(review) == ["Short.", "Deep.", "After."]


def test_junk_blocks_by_class_are_dropped() -> None:
    review = page(
        "<h1>T (2020)</h1><p>Real.</p><div class='related-posts'><p>Other film</p></div>"
        "<section id='comments'><p>First!</p></section><div class='newsletter'>Sign up</div>"
    )
    assert paragraphs(review) == ["Real."]


def test_an_author_marked_by_rel() -> None:
    review = page("<h1>T (2020)</h1><p>Text.</p><a rel='author' href='/x'>Ann Lee</a>")
    assert review.reviewer is not None and review.reviewer.name == "Ann Lee"


def test_a_page_with_no_text() -> None:
    review = page("<html><head><script>x()</script></head><body></body></html>")
    assert review.sections == ()
    assert "no review text was found below the headline" in review.problems


def test_parse_bytes_dispatches_html() -> None:
    review = parse_bytes(
        b"<h1>Heat (1995)</h1><p>Text.</p>", path=Path("x.html"), review_id="x", fmt=Format.HTML
    )
    assert review.format is Format.HTML and review.film.title == "Heat"


_SOUP = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<div class='author'>",
        "</div>",
        "<article>",
        "</article>",
        "<h1>",
        "</h1>",
        "<h2>",
        "</h2>",
        "<script>",
        "</script>",
        "<style>",
        "<!--",
        "-->",
        "<br>",
        "<a href='javascript:alert(1)'>",
        "</a>",
        "<",
        ">",
        "'",
        '"',
        "&amp;",
        "&#27;",
        "&#x202e;",
        "&",
        "<!",
        "<?",
        "</",
        "\x1b[2J",
        "Heat (1995)",
        "Al Pacino stars as McCauley. ",
        "By Jane Doe",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(_SOUP, st.text(max_size=6)), max_size=60).map("".join))
def test_tag_soup_never_raises_and_keeps_the_model_clean(html: str) -> None:
    review = page(html)
    fields = [review.headline, review.film.title, *paragraphs(review)]
    fields += [review.reviewer.name] if review.reviewer else []
    for field in fields:
        assert "\x1b" not in field and "\u202e" not in field and "\x00" not in field


def test_captions_and_side_fact_boxes_of_a_saved_page() -> None:
    body = "".join(
        f"<p>The review goes on about the film and its people, paragraph {n}, at some "
        "length, so that the page reads as an article with a body of real text.</p>"
        for n in range(6)
    )
    page = (
        "<!DOCTYPE html><html><head><title>Grey Tide review</title></head><body>"
        "<article><h1>Grey Tide review: salt and silence</h1><p class='byline'>By Jane Doe</p>"
        "<figure><img src='a.jpg'><figcaption>Marta Quill and Tobin Rask in Grey Tide. "
        "<span>Courtesy of Studio</span></figcaption></figure>"
        "<aside class='summary'><dl><dt>Cast:</dt><dd>Marta Quill, Tobin Rask, Lena Ashdown</dd>"
        "<dt>Director:</dt><dd>Anika Sorel</dd></dl></aside>"
        f"{body}"
        "<figure><figcaption>Hal Mercer in Other Film. Courtesy of Studio</figcaption></figure>"
        "<section><p>Venue: Somewhere<br>Cast: Marta Quill, Tobin Rask, Lena Ashdown, Piet Volk"
        "<br>Director: Anika Sorel</p></section></article></body></html>"
    )
    review = parse_html(page, path=Path("p.html"), review_id="p", problems=[], engine="own")
    names = [c.actor for c in review.cast]
    assert names[:3] == ["Marta Quill", "Tobin Rask", "Lena Ashdown"]
    assert "Piet Volk" in names and "Hal Mercer" not in names
    assert review.directors == ("Anika Sorel",)
    assert "Venue:" not in review.body_text()
    # Without the credits section, the side panel's fact box gives the cast and director.
    alone = page.split("<section>")[0] + "</article></body></html>"
    for engine in ("own", "auto"):
        review = parse_html(alone, path=Path("p.html"), review_id="p", problems=[], engine=engine)
        assert [c.actor for c in review.cast] == ["Marta Quill", "Tobin Rask", "Lena Ashdown"]
        assert review.directors == ("Anika Sorel",)


def test_a_saved_page_summary_and_json_ld_director() -> None:
    body = "".join(
        f"<p>The review goes on about the film and its people, paragraph {n}, at some "
        "length, so that the page reads as an article with a body of real text.</p>"
        for n in range(6)
    )
    page = (
        '<!DOCTYPE html><html><head><title>Grey Tide review</title><meta name="description" '
        'content="Marta Quill plays a harbour master in this quiet drama.">'
        '<script type="application/ld+json">{"@type":"Review","itemReviewed":{"@type":"Movie",'
        '"name":"Grey Tide","director":{"@type":"Person","name":"Anika Sorel"}}}</script>'
        "</head><body><article><h1>Grey Tide review: salt and silence</h1>"
        f"<p class='byline'>By Jane Doe</p>{body}</article></body></html>"
    )
    for engine in ("own", "auto"):
        review = parse_html(page, path=Path("p.html"), review_id="p", problems=[], engine=engine)
        assert review.directors == ("Anika Sorel",)
        assert [(c.actor, c.role) for c in review.cast] == [("Marta Quill", "a harbour master")]


def test_a_standfirst_marked_by_its_class_is_not_the_reviews_start() -> None:
    body = "".join(
        f"<p>Paragraph {n} of the review says something about the harbour film and its "
        "quiet people, and runs long enough to be read as running text here.</p>"
        for n in range(1, 5)
    )
    for deck in (
        '<p class="standfirst">A tender drama about a fishing town, told in tides.</p>',
        '<header><p class="review__nutshell">A fishing town holds its breath.</p></header>',
        '<div class="key-points"><ul><li>Tender and slow.</li><li>Lovely acting.</li></ul></div>',
    ):
        review = page(
            f"<html><body><article><h1>Harbour Lights review</h1>{deck}{body}"
            "</article></body></html>"
        )
        assert paragraphs(review)[0].startswith("Paragraph 1 of the review"), deck
    # An ordinary first paragraph stays the start.
    review = page(
        f"<html><body><article><h1>Harbour Lights review</h1>{body}</article></body></html>"
    )
    assert paragraphs(review)[0].startswith("Paragraph 1 of the review")


def test_a_blog_page_with_a_warning_headings_a_four_star_rating_and_a_footer() -> None:
    text = [
        f"Paragraph {n} of the review says something about the harbour film and its quiet "
        "people, and runs long enough to be read as running text here."
        for n in range(1, 4)
    ]
    review = page(
        "<html><head><title>Harbour Lights (2023) Review | Reel Thoughts</title></head><body>"
        "<header><nav><ul><li>Home</li><li>Reviews</li><li>Newsletter</li></ul></nav></header>"
        '<article class="post"><h1 class="entry-title">Harbour Lights (2023) Review</h1>'
        '<div class="entry-meta">Posted on <time>November 25, 2023</time> by '
        '<span class="author vcard">Jane Doe</span></div><div class="entry-content">'
        "<p>Content warning: this review discusses grief and drowning.</p>"
        f"<p>{text[0]}</p><h2>A town that holds its breath</h2><p>{text[1]}</p>"
        f"<h2>The verdict</h2><p>{text[2]}</p><p><strong>Rating: 3.5/4</strong></p>"
        "<p>Follow along with all our coverage of the London Film Festival.</p></div>"
        '<div class="related-posts"><h3>Related</h3><p>Storm Coast (2021) review</p></div>'
        '</article><div id="comments"><h3>Leave a Reply</h3></div></body></html>'
    )
    assert (review.film.title, review.film.year, review.rating) == ("Harbour Lights", 2023, "3.5/4")
    assert review.reviewer is not None and review.reviewer.name == "Jane Doe"
    assert [s.heading for s in review.sections if s.heading] == [
        "A town that holds its breath",
        "The verdict",
    ]
    assert paragraphs(review)[0] == text[0]
    assert paragraphs(review)[-1] == text[2]


def test_a_tables_rows_stay_together_a_role_never_labels_the_next_name() -> None:
    html = (
        "<html><body><article><h1>Harbour Lights (1952) review</h1><p>By Jane Doe</p>"
        "<p>Harbour Lights is a quiet film about a ferryman, and Hal Mercer plays Osvald, the "
        "ferryman, with a patience that makes every scene feel lived in and true.</p>"
        "<p>Lia Sand plays Greta, his sister, and the two of them carry the film between them "
        "from its grey first morning to its last long night on the water.</p>"
        "<h3>Cast &amp; Crew</h3><table>"
        "<tr><td>Ana Lima</td><td>Director, Screenwriter</td></tr>"
        "<tr><td>Tova Berg</td><td>Screenwriter</td></tr></table>"
        "<table><tr><td>Movie</td><td>4.5</td></tr><tr><td>Video</td><td>4.0</td></tr>"
        "<tr><td>Overall</td><td>4.5</td></tr></table>"
        "</article></body></html>"
    )
    review = page(html)
    assert "Tova Berg" not in review.directors  # read cell by cell, "Director" labelled her
    assert review.rating == "4.5/5"
    # A table of facts, a label and its value in each row, still gives them.
    facts = html.replace(
        "<tr><td>Ana Lima</td><td>Director, Screenwriter</td></tr>",
        "<tr><th>Director</th><td>Ana Lima</td></tr>",
    )
    assert page(facts).directors == ("Ana Lima",)


def test_a_credit_block_in_a_side_panel_under_the_review() -> None:
    # "Drama. Starring A, B. Directed by X. (R. 120 minutes.)" in an <aside> after the
    # article's text: a fact box in sentences, read as a closing credit block is.
    body = "".join(
        f"<p>The review goes on about the film and its people, paragraph {n}, at some "
        "length, so that the page reads as an article with a body of real text.</p>"
        for n in range(6)
    )
    page = (
        "<!DOCTYPE html><html><head><title>Grey Tide review</title></head><body>"
        "<article><h1>Review: Grey Tide is salt and silence</h1><p class='byline'>By Jane Doe</p>"
        f"{body}<aside class='fact-box'><h3>Grey Tide</h3><p>Drama. Starring Marta Quill, "
        "Tobin Rask, Lena Ashdown. Directed by Anika Sorel. (R. 118 minutes.)</p></aside>"
        "</article><aside class='sidebar'><h3>Most Popular</h3><p>Ten things to do this "
        "weekend</p></aside></body></html>"
    )
    for engine in ("own", "auto"):
        review = parse_html(page, path=Path("p.html"), review_id="p", problems=[], engine=engine)
        assert review.runtime_minutes == 118
        assert [c.actor for c in review.cast] == ["Marta Quill", "Tobin Rask", "Lena Ashdown"]
        assert review.directors == ("Anika Sorel",)
        assert "Starring" not in review.body_text()
