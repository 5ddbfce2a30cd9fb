"""Check many URLs with parallel linkchecker processes, politely and within a time budget.

Why not one linkchecker process on all URLs: linkchecker spaces requests to the same host
0.1-0.6 s apart *while holding one lock for all hosts*, so a single process checks barely
three URLs a second, whatever its thread count. Here each process gets at most one URL per
host, so that lock never makes anyone wait, and the per-host limit is kept here instead:

- a host never has more than `per_host` requests in flight (counted per URL, from the
  results linkchecker streams back, so a slow URL holds only its own host's slot);
- at most `max_processes` linkchecker processes run at once, started at least
  LAUNCH_SPACING apart so URLs freed meanwhile share one process (each start costs about
  half a CPU second);
- transient failures are retried in a later process after a backoff, a bounded number of
  times (`should_retry` decides which);
- a process that runs past its ceiling is killed, and at the run ceiling everything stops:
  URLs without a result come back with `missing` set, never with a made-up verdict;
- the per-site probes (soft404.py: one request a night for a path that cannot exist) run
  in threads of this process, each taking one of its host's `per_host` slots, so they
  overlap the check instead of lengthening it.
"""

from __future__ import annotations

import queue
import shutil
import sys
import tempfile
import threading
import time
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from .config import CheckSettings, RetrySettings
from .linkchecker_launch import ForkServerLauncher, Launcher, ProgramLauncher
from .linkchecker_process import Finished, LinkcheckerProcess, UrlCheck, arguments, write_rcfile

LAUNCH_SPACING = 0.15  # seconds between two process starts
POLL = 0.5  # longest wait for an event, so ceilings are looked at regularly


def _program_beside_python() -> str:
    beside = Path(sys.executable).with_name("linkchecker")
    return str(beside) if beside.exists() else (shutil.which("linkchecker") or "linkchecker")


def host_of(url: str) -> str:
    # Politeness is per host name: ports of one host share its limit.
    return (urlsplit(url).hostname or "").lower()


def process_ceiling(timeout: int) -> int:
    """How long one linkchecker process may take: its slowest URL can need a connect and a
    read timeout per redirect hop plus the anchor download; beyond that it is stuck."""
    return 4 * timeout + 10


@dataclass
class _Job:
    url: str
    host: str
    attempts: int = 0
    due: float = 0.0
    last: UrlCheck | None = None  # result of the previous attempt, kept if no retry runs


@dataclass
class _Batch:
    process: LinkcheckerProcess
    jobs: dict[str, _Job] = field(default_factory=dict)  # outstanding, by URL


class Scheduler:
    def __init__(
        self,
        linkchecker: str | None,  # a linkchecker program; None: linkchecker of this venv
        check: CheckSettings,
        retry: RetrySettings,
        should_retry: Callable[[UrlCheck], bool],
        clock: Callable[[], float] = time.monotonic,
    ):
        self.linkchecker = linkchecker
        self.check = check
        self.retry = retry
        self.should_retry = should_retry
        self.clock = clock
        self.processes_started = 0
        self.probes_started = 0
        self.probe_results = {}

    def run(
        self, urls: list[str], probes: list[str] = (), prober: Callable | None = None
    ) -> dict[str, UrlCheck]:
        """Check `urls`; `prober(url)` is called once for each of `probes` (their results
        in `self.probe_results`, by probe URL, for those that finished in time)."""
        self.probe_results = {}
        self.probes_started = 0
        waiting_probes: dict[str, deque[str]] = {}
        for url in dict.fromkeys(probes if prober else ()):
            waiting_probes.setdefault(host_of(url), deque()).append(url)
        probing: dict[str, str] = {}  # probe URL -> host, while it runs
        self._probing = probing
        started = self.clock()
        deadline = started + self.check.run_ceiling
        ceiling = process_ceiling(self.check.timeout)
        pending: dict[str, deque[_Job]] = {}
        for url in dict.fromkeys(urls):
            job = _Job(url, host_of(url))
            pending.setdefault(job.host, deque()).append(job)
        in_flight: Counter[str] = Counter()
        running: dict[LinkcheckerProcess, _Batch] = {}
        # Processes whose URLs all reported: linkchecker idles about a second before it
        # exits, which must hold neither a process slot nor the end of the run.
        lingering: list[LinkcheckerProcess] = []
        done: dict[str, UrlCheck] = {}
        events: queue.Queue = queue.Queue()
        last_launch = float("-inf")

        with tempfile.TemporaryDirectory(prefix="linkreport-") as workdir:
            home = Path(workdir)
            # linkchecker's own stop comes after ours; it only matters if we die first.
            rcfile = write_rcfile(home, self.check, ceiling + 5)
            launcher = self._launcher(home)
            try:
                while any(pending.values()) or running or probing or any(waiting_probes.values()):
                    now = self.clock()
                    if now >= deadline:
                        break
                    if (
                        len(running) < self.check.max_processes
                        and now - last_launch >= LAUNCH_SPACING
                    ):
                        jobs = self._pick(pending, in_flight, now)
                        if jobs:
                            self.processes_started += 1
                            process = LinkcheckerProcess(
                                launcher,
                                arguments(rcfile, [j.url for j in jobs], self.check),
                                home / f"stderr-{self.processes_started}.txt",
                                events,
                                min(ceiling, max(deadline - now, 0.1)),
                            )
                            running[process] = _Batch(process, {job.url: job for job in jobs})
                            for job in jobs:
                                job.attempts += 1
                                in_flight[job.host] += 1
                            last_launch = now
                            continue
                    self._start_probes(waiting_probes, probing, in_flight, prober, events)
                    self._wait_and_handle(
                        events,
                        running,
                        lingering,
                        pending,
                        in_flight,
                        done,
                        self._next_wake(pending, running, in_flight, last_launch, deadline),
                    )
            finally:
                for process in [*running, *lingering]:
                    process.kill()
            # The run ceiling: whatever has no result now is reported as not checked.
            why = f"de tijdslimiet van de hele controle ({self.check.run_ceiling:g} s) was bereikt"
            for batch in running.values():
                for job in batch.jobs.values():
                    done[job.url] = job.last or self._missing(job, "run-ceiling", why)
            for jobs in pending.values():
                for job in jobs:
                    done[job.url] = job.last or self._missing(job, "run-ceiling", why)
        return done

    def warm_up(self) -> None:
        """Start the fork server now, so it imports linkchecker while we read the site."""
        if not self.linkchecker and ForkServerLauncher.available():
            ForkServerLauncher().ready()

    def _launcher(self, home: Path) -> Launcher:
        if self.linkchecker:
            return ProgramLauncher(self.linkchecker, home)
        if ForkServerLauncher.available():
            return ForkServerLauncher(home)
        return ProgramLauncher(_program_beside_python(), home)

    def _start_probes(self, waiting, probing, in_flight, prober, events) -> None:
        """Start each waiting probe whose host has a free slot (its URLs go first)."""
        for host, urls in waiting.items():
            while urls and in_flight[host] < self.check.per_host:
                url = urls.popleft()
                probing[url] = host
                in_flight[host] += 1
                self.probes_started += 1

                def work(url=url):
                    try:
                        result = prober(url)
                    except Exception as exc:  # never let a probe take the run down
                        result = exc
                    events.put(("probe", url, result))

                threading.Thread(target=work, name="linkreport-probe", daemon=True).start()

    # -- choosing work -----------------------------------------------------------------
    def _pick(self, pending, in_flight, now) -> list[_Job]:
        """One due URL from each host that has a free slot; hosts with most work first,
        since they take the most rounds."""
        jobs = []
        for host in sorted(pending, key=lambda h: -len(pending[h])):
            if in_flight[host] >= self.check.per_host:
                continue
            queue_ = pending[host]
            job = next((j for j in queue_ if j.due <= now), None)
            if job is None:
                continue
            queue_.remove(job)
            jobs.append(job)
            if len(jobs) >= self.check.max_urls_per_process:
                break
        return jobs

    def _next_wake(self, pending, running, in_flight, last_launch, deadline) -> float:
        now = self.clock()
        wake = min(deadline, now + POLL)
        if len(running) < self.check.max_processes:
            for host, jobs in pending.items():
                if jobs and in_flight[host] < self.check.per_host:
                    due = max(min(j.due for j in jobs), last_launch + LAUNCH_SPACING)
                    wake = min(wake, due)
        for batch in running.values():
            wake = min(wake, batch.process.kill_at)
        return max(0.0, wake - now)

    # -- events ------------------------------------------------------------------------
    def _wait_and_handle(self, events, running, lingering, pending, in_flight, done, wait) -> None:
        try:
            event = events.get(timeout=wait)
        except queue.Empty:
            event = None
        while event is not None:
            kind, process, payload = event
            if kind == "probe":
                url = process
                host = self._probing.pop(url, None)
                if host is not None:
                    in_flight[host] -= 1
                    self.probe_results[url] = payload
                try:
                    event = events.get_nowait()
                except queue.Empty:
                    event = None
                continue
            batch = running.get(process)
            if batch is not None:
                if kind == "result":
                    self._on_result(batch, payload, pending, in_flight, done)
                    if not batch.jobs:
                        del running[process]
                        lingering.append(process)
                else:
                    self._on_finished(batch, payload, pending, in_flight, done)
                    del running[process]
            try:
                event = events.get_nowait()
            except queue.Empty:
                event = None
        now = self.clock()
        for batch in running.values():
            if now >= batch.process.kill_at:
                batch.process.kill(for_time=True)

    def _on_result(self, batch: _Batch, check: UrlCheck, pending, in_flight, done) -> None:
        job = batch.jobs.pop(check.url, None)
        if job is None:
            return  # not one of ours (linkchecker never sends those with -r 0)
        in_flight[job.host] -= 1
        check.attempts = job.attempts
        self._settle(job, check, pending, done)

    def _on_finished(self, batch: _Batch, finished: Finished, pending, in_flight, done) -> None:
        for job in batch.jobs.values():
            in_flight[job.host] -= 1
            if finished.exceeded:
                check = self._missing(job, "process-timeout", "")
            else:
                code = finished.returncode
                detail = f"linkchecker stopte onverwacht (exitcode {code})"
                if finished.stderr_tail:
                    detail += ": " + finished.stderr_tail.splitlines()[-1][:300]
                check = self._missing(job, "crash", detail)
            self._settle(job, check, pending, done)
        batch.jobs.clear()

    def _settle(self, job: _Job, check: UrlCheck, pending, done) -> None:
        if job.attempts <= self.retry.attempts and self.should_retry(check):
            wait = min(self.retry.backoff * 2 ** (job.attempts - 1), self.retry.backoff_max)
            job.due = self.clock() + wait
            if check.missing is None:
                job.last = check
            pending.setdefault(job.host, deque()).append(job)
        elif check.missing == "crash" and job.last is not None:
            done[job.url] = job.last  # a real answer beats "linkchecker crashed on the retry"
        else:
            done[job.url] = check

    @staticmethod
    def _missing(job: _Job, why: str, detail: str) -> UrlCheck:
        return UrlCheck(job.url, missing=why, detail=detail, attempts=job.attempts)
