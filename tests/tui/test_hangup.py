"""The reader quits when its terminal hangs up, even when the hang-up signal never reaches it
(under `make run`, make leads the session and holds the signal back)."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import shutil
import signal
import struct
import sys
import termios
import time
from pathlib import Path

from reeltui.tui.hangup import hung_up

SAMPLE = Path(__file__).parents[2] / "data" / "reviews" / "a-million-miles-away-2023.txt"


def test_a_terminal_that_answers_is_not_hung_up_and_one_that_fails_is() -> None:
    assert not hung_up(5, isatty=lambda fd: True)
    assert hung_up(5, isatty=lambda fd: False)

    def gone(fd: int) -> bool:
        raise OSError(5, "Input/output error")

    assert hung_up(5, isatty=gone)


def _read_until(master: int, needle: bytes, seconds: float) -> bytes:
    seen = b""
    deadline = time.monotonic() + seconds
    while needle not in seen and time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.2)
        if ready:
            try:
                seen += os.read(master, 65536)
            except OSError:
                break
    return seen


def test_the_app_quits_when_its_terminal_hangs_up(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(SAMPLE, data / SAMPLE.name)
    env = {
        **os.environ,
        "TERM": "xterm-256color",
        "REELTUI_CACHE": str(tmp_path / "cache"),
        "REELTUI_BOOKMARKS": str(tmp_path / "bookmarks.toml"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "share"),
    }
    pid, master = pty.fork()
    if pid == 0:  # the child: the reader, deaf to the hang-up signal
        signal.signal(signal.SIGHUP, signal.SIG_IGN)
        os.execvpe(sys.executable, [sys.executable, "-m", "reeltui", "--data", str(data)], env)
    fcntl.ioctl(master, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    try:
        drawn = _read_until(master, b"Million", 60)
        assert b"Million" in drawn, "the reader never drew its list"
        os.close(master)
        deadline = time.monotonic() + 20
        done = 0
        while not done and time.monotonic() < deadline:
            done, _ = os.waitpid(pid, os.WNOHANG)
            time.sleep(0.1)
        assert done, "the reader kept running after its terminal hung up"
    finally:
        try:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
