"""Start-up benchmark: warm and cold starts of the TUI in a real terminal, beside a bare app.

Measures, on the synthetic scraped-text corpus of `bench/make_corpus.py`, written to disk:

- *warm start*: whole processes, each in a tmux session of its own (a real terminal, 120×40),
  from exec to the first screen drawn: a bare Textual app (Header, Static, Footer), against
  reeltui with the corpus already in its catalog, to its film list drawn filled. Each is run
  `--runs` times, alternating, and the medians compared (bar: 1.3×), with the CPU time each
  process used until then. reeltui's bytecode is compiled first, as installing it does
  (Textual's is, by pip): where `PYTHONDONTWRITEBYTECODE` is set, an editable install would
  otherwise compile every module of reeltui at each start. `--source` skips that, to measure it.
- *cold start*: reeltui with an empty cache, in tmux too: seconds to its first screen, to the
  first rows of the list, and to every review read (reviews/s; bar: first rows within 1 s,
  1,500 reviews/s on two cores). Full text is indexed afterwards, in the background.
- the same scan without the TUI (`Library.scan`), and a warm load of the catalog's entries
  with a full check of the folder (every file's stamp), as the TUI does in a worker.

`--against SRC` runs a third process in each round of the warm start: reeltui imported from
another checkout's `src` folder (say, `main` in a clone), compiled first too, on the same
catalog. On a shared machine the load moves from minute to minute; runs of two builds taken in
turn see the same load, runs taken a few minutes apart do not.

    python -m bench.bench_startup [--count 10000] [--runs 5] [--source] [--against SRC]
"""

from __future__ import annotations

import argparse
import atexit
import compileall
import json
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import reeltui
from bench.make_corpus import write_corpus
from reeltui.library import Library

#: Reviews a second a first scan must reach on two cores.
COLD_BAR = 1_500
#: How much longer than a bare Textual app a warm start may take.
WARM_BAR = 1.3
#: Seconds within which a first start shows its first rows.
FIRST_ROWS_BAR = 1.0

# A bare app: writes the time and exits as soon as its first screen has been drawn.
_BARE = """
import sys, time
from textual.app import App
from textual.widgets import Footer, Header, Static

class Bare(App[None]):
    def compose(self):
        yield Header()
        yield Static("hello")
        yield Footer()

    def on_mount(self) -> None:
        self.call_after_refresh(self.done)

    def done(self) -> None:
        open(sys.argv[1], "w").write(f"{time.time()!r} {time.process_time()!r}")
        self.exit()

Bare().run()
"""

# reeltui, warm: writes the time and CPU once the film list has been drawn filled (its first
# screen of rows, read before the whole library; else the whole list), then the same once the
# whole list is in and drawn (the same pixels), and exits. Textual calls a message's handler of
# every class of the app's MRO, the subclass's first: the handlers below never call `super()`
# (the app's own would run twice), and their callbacks are asked for before the app's, so they
# run first once the screen has been drawn: the app's callbacks then start the work that
# follows the first draw (the folder's check, the review read last, the other sort orders), in
# threads whose processor time `process_time` would count, and which the callback would wait
# behind for the GIL.
_WARM = """
import sys, time
from pathlib import Path
from reeltui.paths import resolve
from reeltui.tui import app as app_module
from reeltui.tui.app import ReelApp

class Timed(ReelApp):
    CSS_PATH = str(Path(app_module.__file__).with_name("app.tcss"))
    first = ""

    def on_reel_app_first_rows(self, message):
        self.call_after_refresh(self.first_drawn)

    def first_drawn(self):
        if self.main_screen.rows:
            self.first = f"{time.time()!r} {time.process_time()!r}"

    def on_reel_app_snapshot(self, message):
        self.call_after_refresh(self.done)

    def done(self):
        if self.main_screen.rows:
            whole = f"{time.time()!r} {time.process_time()!r}"
            open(sys.argv[1], "w").write(f"{self.first or whole} {whole}")
            self.exit()

Timed(resolve(data=sys.argv[2])).run()
"""

# reeltui, cold: writes when its first screen, its first rows and the whole library came. (The
# app's own handlers of the same messages run after these, as in _WARM; `_loaded` is a plain
# method.) It starts as `reeltui` does (`cli.main.cmd_tui`): the workers of a first scan are
# started before Textual is imported.
_COLD = """
import json, sys, time
from pathlib import Path
from reeltui.library import Library
from reeltui.paths import resolve

paths = resolve(data=sys.argv[2])
workers = Library.first_scan_workers(paths.data, paths.cache)
from reeltui.tui import app as app_module
from reeltui.tui.app import ReelApp

marks = {}

class Timed(ReelApp):
    CSS_PATH = str(Path(app_module.__file__).with_name("app.tcss"))

    def on_mount(self):
        self.call_after_refresh(lambda: marks.setdefault("screen", time.time()))

    def on_reel_app_rows(self, message):
        if message.changed.entries and "rows" not in marks:
            self.call_after_refresh(lambda: marks.setdefault("rows", time.time()))

    def _loaded(self, library, failure=None, changed=True, problems=None):
        super()._loaded(library, failure, changed, problems)
        marks["films"] = len(library)
        marks["failure"] = failure
        marks["loaded"] = time.time()
        self.call_after_refresh(self.done)

    def done(self):
        open(sys.argv[1], "w").write(json.dumps(marks))
        self.exit()

Timed(paths, workers=workers).run()
"""


#: The bench's own tmux server (`tmux -L`): the default one is shared by every session of this
#: machine's user, and another's `kill-server` (or its last session ending as this one starts)
#: stopped a run with "server exited unexpectedly".
_SOCKET = f"reeltui-bench-{os.getpid()}"


def _tmux_server() -> None:
    """Start the bench's tmux server if it is not running, with a session that keeps it up
    between runs (each run would otherwise time a server's start too); it is stopped when
    this process exits."""
    if subprocess.run(["tmux", "-L", _SOCKET, "has-session", "-t", "keep"],
                      capture_output=True, check=False).returncode == 0:  # fmt: skip
        return
    subprocess.run(["tmux", "-L", _SOCKET, "new-session", "-d", "-s", "keep"], check=True)
    socket = subprocess.run(
        ["tmux", "-L", _SOCKET, "display-message", "-p", "-t", "keep", "#{socket_path}"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip

    def stop() -> None:
        subprocess.run(["tmux", "-L", _SOCKET, "kill-server"], check=False, capture_output=True)
        if socket:
            Path(socket).unlink(missing_ok=True)

    atexit.register(stop)


def in_tmux(code: str, *args: str, env: dict[str, str], out: Path) -> float:
    """Run `python -c code OUT ARGS…` in a new tmux session (a real terminal) until it exits;
    the seconds from its start to the time it wrote to OUT (`cpu_of(OUT)`: the CPU seconds
    it had used by then)."""
    channel = f"reeltui-bench-{uuid.uuid4().hex[:8]}"
    out.unlink(missing_ok=True)
    # The app draws on its standard error (Textual's driver): nothing may be redirected, so a
    # process that fails leaves its last screen in the pane, which is kept for the message.
    command = shlex.join([sys.executable, "-c", code, str(out), *args])
    # A session started on a tmux server already running (another session of this machine's
    # user) gets the server's environment, not this one's: every variable is given with `-e`,
    # else the process would use another catalog, settings and bookmarks (a "cold" start would
    # find a warm catalog) and another checkout's code (`--against`).
    given = [f"-e{name}={value}" for name, value in env.items() if not name.startswith("TMUX")]
    _tmux_server()
    start = time.time()
    subprocess.run(
        ["tmux", "-L", _SOCKET, "new-session", "-d", "-s", channel, "-x", "120", "-y", "40", *given,
         f"{command}; tmux capture-pane -p -S -40 > {shlex.quote(str(out))}.pane; "
         f"tmux wait-for -S {channel}"],
        env=env,
        check=True,
    )  # fmt: skip
    subprocess.run(["tmux", "-L", _SOCKET, "wait-for", channel], check=True, timeout=600)
    subprocess.run(
        ["tmux", "-L", _SOCKET, "kill-session", "-t", channel], check=False, capture_output=True
    )
    if not out.exists():
        pane = Path(f"{out}.pane")
        shown = pane.read_text(errors="replace") if pane.exists() else ""
        raise SystemExit(f"the process in tmux ended without its figure:\n{shown}")
    text = out.read_text(encoding="utf-8")
    try:
        return float(text.split()[0]) - start
    except ValueError:
        marks = json.loads(text)
        marks["start"] = start
        out.write_text(json.dumps(marks), encoding="utf-8")
        return marks["loaded"] - start  # type: ignore[no-any-return]


def cpu_of(out: Path) -> float:
    """The CPU seconds a warm or bare run wrote beside its time."""
    return float(out.read_text(encoding="utf-8").split()[1])


def whole_of(out: Path, drawn: float) -> tuple[float, float]:
    """A warm run's seconds and CPU seconds to its whole list in and drawn, from `drawn`
    (seconds to its list first drawn) and what it wrote."""
    first, cpu, whole, whole_cpu = (float(f) for f in out.read_text(encoding="utf-8").split())
    del cpu
    return drawn + whole - first, whole_cpu


def whole_said(runs: list[tuple[float, float]]) -> str:
    """The medians of warm runs' seconds and CPU seconds to their whole list, in words."""
    seconds = statistics.median(run[0] for run in runs)
    cpu = statistics.median(run[1] for run in runs)
    return f"median {seconds:.3f} s, CPU {cpu:.3f} s"


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the figures; exit 1 if a bar is missed."""
    parser = argparse.ArgumentParser(prog="bench_startup")
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--source", action="store_true", help="do not compile reeltui's bytecode first"
    )
    parser.add_argument(
        "--against",
        type=Path,
        default=None,
        metavar="SRC",
        help="also time the warm start of the reeltui in this src folder, in the same rounds",
    )
    args, _ = parser.parse_known_args(argv)
    if shutil.which("tmux") is None:
        print("bench_startup needs tmux (a real terminal for the start-up figures)")
        return 1
    corpus = write_corpus(args.count)
    if not args.source:
        compileall.compile_dir(Path(reeltui.__file__).parent, quiet=1)
        if args.against is not None:
            compileall.compile_dir(args.against / "reeltui", quiet=1)
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        cache = tmp / "cache"
        start = time.perf_counter()
        cold = Library.scan(corpus, cache_dir=cache)
        cold_s = time.perf_counter() - start
        start = time.perf_counter()
        warm = Library.load(corpus, cache)
        load_s = time.perf_counter() - start
        start = time.perf_counter()
        warm.refresh(full=True)
        check_s = time.perf_counter() - start
        print(f"corpus: {len(cold):,} reviews in {corpus}")
        print(
            f"scan without the TUI, empty cache: {cold_s:.2f} s, {len(cold) / cold_s:,.0f} "
            f"reviews/s on {os.cpu_count()} cores"
        )
        print(f"warm: entries from the catalog {load_s:.3f} s; full check {check_s:.2f} s")

        env = dict(os.environ)
        env.update(
            REELTUI_CACHE=str(cache),
            REELTUI_CONFIG=str(tmp / "config.toml"),
            REELTUI_BOOKMARKS=str(tmp / "bookmarks.toml"),
        )
        out = tmp / "out"
        in_tmux(_WARM, str(corpus), env=env, out=out)  # warm the OS's file cache once
        bare: list[float] = []
        reel: list[float] = []
        bare_cpu: list[float] = []
        reel_cpu: list[float] = []
        other: list[float] = []
        other_cpu: list[float] = []
        # Each warm run's seconds and CPU seconds to its whole list in (its first screen of
        # rows may be drawn before).
        reel_whole: list[tuple[float, float]] = []
        other_whole: list[tuple[float, float]] = []
        other_env = {**env, "PYTHONPATH": str(args.against)} if args.against else env
        for _ in range(args.runs):
            bare.append(in_tmux(_BARE, env=env, out=out))
            bare_cpu.append(cpu_of(out))
            reel.append(in_tmux(_WARM, str(corpus), env=env, out=out))
            reel_cpu.append(cpu_of(out))
            reel_whole.append(whole_of(out, reel[-1]))
            if args.against is not None:
                other.append(in_tmux(_WARM, str(corpus), env=other_env, out=out))
                other_cpu.append(cpu_of(out))
                other_whole.append(whole_of(out, other[-1]))
        cold_env = {**env, "REELTUI_CACHE": str(tmp / "cold-cache")}
        cold_runs: list[dict[str, float]] = []
        for _ in range(max(1, args.runs // 2)):
            shutil.rmtree(tmp / "cold-cache", ignore_errors=True)
            in_tmux(_COLD, str(corpus), env=cold_env, out=out)
            marks = json.loads(out.read_text(encoding="utf-8"))
            if marks.get("failure"):
                raise SystemExit(f"the TUI failed to load {corpus}: {marks['failure']}")
            cold_runs.append(
                {"films": marks["films"]}
                | {k: marks[k] - marks["start"] for k in ("screen", "rows", "loaded") if k in marks}
            )
    bare_m, reel_m = statistics.median(bare), statistics.median(reel)
    ratio = reel_m / bare_m
    load = os.getloadavg()[0]
    print(
        f"warm start in tmux, median of {args.runs}: bare Textual app {bare_m:.3f} s, reeltui "
        f"with {len(cold):,} reviews to its list drawn {reel_m:.3f} s: {ratio:.2f}x "
        f"(bar: {WARM_BAR}x); runs bare {[round(b, 3) for b in bare]}, "
        f"reeltui {[round(r, 3) for r in reel]}; CPU to that point, medians: bare "
        f"{statistics.median(bare_cpu):.3f} s, reeltui {statistics.median(reel_cpu):.3f} s; "
        f"bytecode {'from source at each start' if args.source else 'compiled first'}"
    )
    print(f"  the whole list in and drawn: {whole_said(reel_whole)}")
    if args.against is not None:
        other_m = statistics.median(other)
        print(
            f"the same rounds, reeltui from {args.against}: {other_m:.3f} s, "
            f"{other_m / bare_m:.2f}x; runs {[round(o, 3) for o in other]}; CPU to that point, "
            f"median {statistics.median(other_cpu):.3f} s"
        )
        print(f"  the whole list in and drawn: {whole_said(other_whole)}")

    def median(key: str) -> float:
        return statistics.median(run.get(key, float("nan")) for run in cold_runs)

    films = cold_runs[0]["films"]
    rate = films / median("loaded")
    print(
        f"cold start in tmux, {films:,.0f} files, median of {len(cold_runs)}: first screen "
        f"{median('screen'):.2f} s, first rows {median('rows'):.2f} s (bar: "
        f"{FIRST_ROWS_BAR:.0f} s), every review read {median('loaded'):.2f} s, {rate:,.0f} "
        f"reviews/s (bar: {COLD_BAR:,}); load average {load:.1f}"
    )
    complete = all(run["films"] == len(cold) for run in cold_runs)
    met = ratio <= WARM_BAR and median("rows") <= FIRST_ROWS_BAR and rate >= COLD_BAR
    return 0 if complete and met else 1


if __name__ == "__main__":
    sys.exit(main())
