"""Where reeltui's files live: the one place that resolves every path."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "reeltui"


@dataclass(frozen=True, slots=True)
class Paths:
    """The resolved locations of the data folder, the bookmarks, the settings and the cache."""

    data: Path
    bookmarks: Path
    config: Path
    cache: Path


def samples_dir() -> Path:
    """The sample reviews shipped with reeltui (inside the wheel, or the checkout's data/)."""
    from importlib import resources  # (only when no data folder is given: not at each start)

    packaged = Path(str(resources.files("reeltui"))) / "samples"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "data" / "reviews"


def resolve(
    data: str | os.PathLike[str] | None = None,
    bookmarks: str | os.PathLike[str] | None = None,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
) -> Paths:
    """Resolve every path from the command line's options, then the environment, then defaults.

    Reviews: `--data`, `$REELTUI_DATA`, `./data/reviews` if it exists, else the samples.
    Bookmarks: `--bookmarks`, `$REELTUI_BOOKMARKS`, else the user data folder.
    Settings: `$REELTUI_CONFIG`, else the user config folder. Cache: `$REELTUI_CACHE`, else the
    user cache folder.
    """
    environ = os.environ if env is None else env
    here = Path.cwd() if cwd is None else cwd

    if data is not None:
        data_path = Path(data)
    elif environ.get("REELTUI_DATA"):
        data_path = Path(environ["REELTUI_DATA"])
    elif (here / "data" / "reviews").is_dir():
        data_path = here / "data" / "reviews"
    else:
        data_path = samples_dir()

    if bookmarks is not None:
        bookmarks_path = Path(bookmarks)
    elif environ.get("REELTUI_BOOKMARKS"):
        bookmarks_path = Path(environ["REELTUI_BOOKMARKS"])
    else:
        bookmarks_path = platformdirs.user_data_path(APP_NAME) / "bookmarks.toml"

    if environ.get("REELTUI_CONFIG"):
        config_path = Path(environ["REELTUI_CONFIG"])
    else:
        config_path = platformdirs.user_config_path(APP_NAME) / "config.toml"

    if environ.get("REELTUI_CACHE"):
        cache_path = Path(environ["REELTUI_CACHE"])
    else:
        cache_path = platformdirs.user_cache_path(APP_NAME)

    return Paths(
        data=data_path.expanduser(),
        bookmarks=bookmarks_path.expanduser(),
        config=config_path.expanduser(),
        cache=cache_path.expanduser(),
    )
