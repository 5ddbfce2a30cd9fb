"""Two ways to start a linkchecker process; both run linkchecker's own command line.

- ForkServerLauncher (the default): importing linkchecker costs about half a CPU second, and
  a run needs a process per round of hosts. Python's multiprocessing fork server imports
  `linkcheck.command.linkchecker` once; each process is then forked from it (milliseconds)
  and calls linkchecker's command-line entry point with the same arguments the `linkchecker`
  program would get. On 2 cores this is what keeps a run near the network's own time.
  The server lives as long as this program and serves every run it makes.
- ProgramLauncher: runs a `linkchecker` program (--linkchecker PATH): another installation,
  or a stand-in in the tests.

Either way the child's standard output is a pipe read by the caller, its standard error a
file, and linkchecker's messages are in English (the classifier reads them).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import multiprocessing.forkserver
import os
import subprocess
import sys
from pathlib import Path
from typing import Protocol

_ENGLISH = {"LANGUAGE": "en", "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}


class Child(Protocol):
    stdout_fd: int

    def wait(self) -> int | None: ...

    def kill(self) -> None: ...


class Launcher(Protocol):
    def start(self, args: list[str], stderr_path: Path) -> Child: ...


def child_environment(home: Path) -> dict[str, str]:
    env = {**os.environ, **_ENGLISH}
    # No user files of linkchecker (cookies, config) leak into the run.
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home), XDG_DATA_HOME=str(home))
    return env


# -- a linkchecker program ------------------------------------------------------------------
class _ProgramChild:
    def __init__(self, proc: subprocess.Popen):
        self._proc = proc
        self.stdout_fd = proc.stdout.fileno()

    def wait(self) -> int | None:
        code = self._proc.wait()
        self._proc.stdout.close()
        return code

    def kill(self) -> None:
        if self._proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                self._proc.kill()


class ProgramLauncher:
    def __init__(self, program: str, home: Path):
        self.program = program
        self.env = child_environment(home)

    def start(self, args: list[str], stderr_path: Path) -> _ProgramChild:
        with open(stderr_path, "wb") as stderr:
            proc = subprocess.Popen(
                [self.program, *args],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=stderr,
                env=self.env,
            )
        return _ProgramChild(proc)


# -- forked from a warm fork server ---------------------------------------------------------
def _run_linkchecker(args: list[str], stdout, stderr_path: str, env: dict) -> None:
    """Runs in the forked child: wire up stdout/stderr, then linkchecker's own main()."""
    os.dup2(stdout.fileno(), 1)
    stdout.close()
    fd = os.open(stderr_path, os.O_WRONLY | os.O_APPEND)
    os.dup2(fd, 2)
    os.close(fd)
    sys.stdout = open(1, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
    sys.stderr = open(2, "w", encoding="utf-8", closefd=False, buffering=1)  # noqa: SIM115
    os.environ.update(_ENGLISH)
    os.environ.update(env)  # HOME and XDG_*: linkchecker's plugin folder is found there
    sys.argv = ["linkchecker", *args]
    from linkcheck.command.linkchecker import linkchecker

    try:
        linkchecker()
    finally:
        sys.stdout.flush()
        sys.stderr.flush()


class _ForkedChild:
    def __init__(self, process, reader):
        self._process = process
        self._reader = reader
        self.stdout_fd = reader.fileno()

    def wait(self) -> int | None:
        self._process.join()
        self._reader.close()
        return self._process.exitcode

    def kill(self) -> None:
        if self._process.exitcode is None:
            with contextlib.suppress(ProcessLookupError, ValueError, AttributeError):
                self._process.kill()


class ForkServerLauncher:
    """Needs `linkcheck` importable by this interpreter (the project's venv)."""

    _context = None

    def __init__(self, home: Path | None = None):
        self.env = (
            {"HOME": str(home), "XDG_CONFIG_HOME": str(home), "XDG_DATA_HOME": str(home)}
            if home
            else {}
        )

    @classmethod
    def available(cls) -> bool:
        import importlib.util

        return importlib.util.find_spec("linkcheck") is not None

    def ready(self):
        cls = type(self)
        if cls._context is None:
            context = multiprocessing.get_context("forkserver")
            # Only linkchecker: never this program's __main__, which would run a check.
            # The capture plugin's helper too, so no child imports it again.
            context.set_forkserver_preload(
                ["linkcheck.command.linkchecker", "linkreport.page_text", "bs4", "requests"]
            )
            # linkchecker picks its message language when imported, i.e. in the server,
            # which inherits the environment it is started with.
            saved = dict(os.environ)
            try:
                os.environ.update(_ENGLISH)
                multiprocessing.forkserver.ensure_running()
            finally:
                os.environ.clear()
                os.environ.update(saved)
            cls._context = context
        return cls._context

    def start(self, args: list[str], stderr_path: Path) -> _ForkedChild:
        context = self.ready()
        stderr_path.touch()
        reader, writer = context.Pipe(duplex=False)
        process = context.Process(
            target=_run_linkchecker,
            name="linkchecker",
            args=(args, writer, str(stderr_path), self.env),
            daemon=True,
        )
        process.start()
        writer.close()  # the child has its own copy; EOF comes when it exits
        return _ForkedChild(process, reader)
