"""The app's stylesheet is parsed at one start and its rules kept for the next."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.css import stylesheet as textual_stylesheet
from textual.css.stylesheet import Stylesheet

from reeltui.paths import resolve
from reeltui.tui.app import ReelApp
from reeltui.tui.style_cache import FILE_NAME, StyleCache

from tui_support import loaded

CSS = """
#name { color: $text-muted; padding: 0 1; }
Widget.-wide #name { width: 40%; border: round $border; }
"""


def _sheet(variables: dict[str, str]) -> Stylesheet:
    return Stylesheet(variables=variables)


def _parsed(sheet: Stylesheet, css_path: Path) -> list[str]:
    """Read and parse the file as Textual does at a start: each rule as CSS."""
    sheet.read(css_path)
    return [rule.css for rule in sheet.rules]


@pytest.fixture
def css_path(tmp_path: Path) -> Path:
    path = tmp_path / "app.tcss"
    path.write_text(CSS, encoding="utf-8")
    return path


VARIABLES = {"text-muted": "grey", "border": "blue"}


def _kept(cache: Path, css_path: Path, variables: dict[str, str]) -> list[str]:
    """A first start: parsed, then kept."""
    sheet = _sheet(variables)
    style_cache = StyleCache(cache, sheet)
    assert style_cache.seed() == 0
    rules = _parsed(sheet, css_path)
    _save(style_cache)
    assert (cache / FILE_NAME).exists()
    return rules


def _save(style_cache: StyleCache) -> None:
    style_cache.save()
    if style_cache.writing is not None:
        style_cache.writing.join()


def _not_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    def parse(*args: object, **kwargs: object) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(textual_stylesheet, "parse", parse)


def test_the_next_start_takes_the_rules_kept_without_parsing(
    tmp_path: Path, css_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    first = _kept(cache, css_path, VARIABLES)
    _not_parsed(monkeypatch)
    sheet = _sheet(dict(VARIABLES))
    assert StyleCache(cache, sheet).seed() == 1
    assert _parsed(sheet, css_path) == first


def test_a_widget_s_default_css_is_kept_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    default = ("widget.py", "Widget.DEFAULT_CSS")
    sheet = _sheet(dict(VARIABLES))
    style_cache = StyleCache(cache, sheet)
    style_cache.seed()
    sheet.add_source(CSS, read_from=default, is_default_css=True, tie_breaker=-1)
    first = [rule.css for rule in sheet.rules]
    _save(style_cache)
    _not_parsed(monkeypatch)
    sheet = _sheet(dict(VARIABLES))
    assert StyleCache(cache, sheet).seed() == 1
    sheet.add_source(CSS, read_from=default, is_default_css=True, tie_breaker=-1)
    assert [rule.css for rule in sheet.rules] == first
    assert all(rule.is_default_rules for rule in sheet.rules)


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda path, variables: variables.update(border="red"), id="theme"),
        pytest.param(
            lambda path, variables: path.write_text(CSS + "#x { width: 1; }\n", encoding="utf-8"),
            id="css",
        ),
    ],
)
def test_rules_kept_with_another_theme_or_text_are_parsed_again(
    tmp_path: Path,
    css_path: Path,
    change: Callable[[Path, dict[str, str]], None],
) -> None:
    cache = tmp_path / "cache"
    _kept(cache, css_path, VARIABLES)
    variables = dict(VARIABLES)
    change(css_path, variables)
    sheet = _sheet(variables)
    StyleCache(cache, sheet).seed()
    fresh = _sheet(variables)
    assert _parsed(sheet, css_path) == _parsed(fresh, css_path)


def test_a_broken_file_is_parsed_again_and_replaced(tmp_path: Path, css_path: Path) -> None:
    cache = tmp_path / "cache"
    first = _kept(cache, css_path, VARIABLES)
    (cache / FILE_NAME).write_bytes(b"not a pickle")
    sheet = _sheet(dict(VARIABLES))
    style_cache = StyleCache(cache, sheet)
    assert style_cache.seed() == 0
    assert _parsed(sheet, css_path) == first
    _save(style_cache)
    assert StyleCache(cache, _sheet(dict(VARIABLES))).seed() == 1


def test_no_cache_folder_keeps_nothing(css_path: Path) -> None:
    sheet = _sheet(dict(VARIABLES))
    style_cache = StyleCache(None, sheet)
    assert style_cache.seed() == 0
    _parsed(sheet, css_path)
    _save(style_cache)
    assert style_cache.writing is None


async def test_a_second_start_looks_the_same_with_the_rules_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "reviews"
    shutil.copytree(Path(__file__).parent / "data", data)
    monkeypatch.setenv("REELTUI_CACHE", str(tmp_path / "cache"))
    screens = []
    for start in range(2):
        # Each start with settings of its own: the second does not open the review read last.
        monkeypatch.setenv("REELTUI_CONFIG", str(tmp_path / f"config-{start}.toml"))
        app = ReelApp(resolve(data=data))
        # The second start is given every parse the first made.
        assert (app._style_cache.seed() > 10) is (start == 1)
        async with app.run_test(size=(120, 40)) as pilot:
            await loaded(pilot)
            screens.append(app.export_screenshot())
        if app._style_cache.writing is not None:
            app._style_cache.writing.join()
        assert (tmp_path / "cache" / FILE_NAME).exists()
    assert screens[0] == screens[1]


def test_the_rules_of_a_css_text_changed_since_are_not_kept_again(
    tmp_path: Path, css_path: Path
) -> None:
    cache = tmp_path / "cache"
    _kept(cache, css_path, VARIABLES)
    css_path.write_text(CSS.replace("padding: 0 1", "padding: 0 2"), encoding="utf-8")
    sheet = _sheet(dict(VARIABLES))
    style_cache = StyleCache(cache, sheet)
    assert style_cache.seed() == 1  # the old text's rules, given but not used
    rules = _parsed(sheet, css_path)
    _save(style_cache)
    sheet = _sheet(dict(VARIABLES))
    # Only the rules of the text as it is now are kept (the old ones were loaded at each start).
    assert StyleCache(cache, sheet).seed() == 1
    assert _parsed(sheet, css_path) == rules
