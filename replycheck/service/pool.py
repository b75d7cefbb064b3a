"""The check pool of the HTTP service: drafts are checked off the event loop, each within a time limit.

:class:`ProcessPool` (the default) keeps one worker process per core, forked
from the server once its Checker is loaded (so a worker starts in
milliseconds, with the packs already built).  A draft that runs past the time
limit gets its worker killed and replaced, so a pathological draft costs one
worker for at most the limit and never blocks the others; a worker is also
replaced after ``recycle_after`` drafts, which keeps the memory of a
long-running service flat whatever vocabulary it meets.  Workers are handed
out first come, first served, so one big ``/v1/batch`` (which holds at most
one worker per core at a time) cannot starve a single ``/v1/check``.

:class:`InlinePool` (``workers=0``, or where ``fork`` does not exist) checks
in one thread of the server process: the time limit then answers the request
but cannot stop the check.
"""

from __future__ import annotations

import asyncio
import gc
import multiprocessing
import os
import signal
import stat
import threading
import traceback
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any, Protocol

from ..errors import InputError
from ..models import Draft, Report
from . import RECYCLE_AFTER



class PoolError(Exception):
    """A draft could not be checked for a reason of the service, not of the draft; ``str()`` says which."""


class TimeLimit(PoolError):
    """The draft was not checked within the time limit (waiting for a worker included)."""


class WorkerLost(PoolError):
    """The worker process checking the draft stopped (killed from outside, out of memory)."""


class CheckFailed(Exception):
    """The checker raised something other than an :class:`InputError` (a bug); ``str()`` names it."""


class Checks(Protocol):
    """What the pool needs of a checker."""

    def check_many(self, drafts: list[Draft]) -> list[Report]: ...  # pragma: no cover


def check_one(checker: Checks, draft: Draft, as_json: bool = False) -> tuple[str, Any]:
    """``("ok", report)`` (``as_json``: the report's JSON as UTF-8 bytes), ``("input", message)`` or
    ``("failed", "TypeName: message")``."""
    try:
        report = checker.check_many([draft])[0]
        return "ok", report.model_dump_json().encode() if as_json else report
    except InputError as exc:
        return "input", str(exc)
    except Exception as exc:  # noqa: BLE001 - a bug in a rule or the engine: report it, keep serving
        try:
            os.write(2, f"replycheck: the check of a draft failed:\n{traceback.format_exc()}".encode(errors="replace"))
        except OSError:
            pass
        return "failed", f"{type(exc).__name__}: {exc}"[:300]


def _outcome(result: tuple[str, Any]) -> Any:
    kind, value = result
    if kind == "ok":
        return value
    if kind == "input":
        raise InputError(value)
    raise CheckFailed(value)


def _seconds(limit: float) -> str:
    return f"{limit:g} s"


# --- worker processes ----------------------------------------------------------------------


def _close_inherited(keep: int) -> None:
    """Close the sockets a forked worker inherited (the listening socket, clients' connections, the other
    workers' pipes), so none of them outlives its owner in the server (multiprocessing's own pipes stay)."""
    try:
        fds = [int(name) for name in os.listdir("/proc/self/fd")]
    except OSError:  # pragma: no cover - no /proc
        fds = list(range(3, 1024))
    for fd in fds:
        if fd < 3 or fd == keep:
            continue
        try:
            mode = os.fstat(fd).st_mode
        except OSError:
            continue
        if stat.S_ISSOCK(mode):
            try:
                os.close(fd)
            except OSError:  # pragma: no cover
                pass


def _worker_main(conn: Connection, checker: Checks) -> None:
    """The loop of a worker process: a draft in, ``check_one``'s answer out, until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group: the server stops us
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _close_inherited(keep=conn.fileno())
    while True:
        try:
            draft, as_json = conn.recv()
        except (EOFError, OSError):
            return
        result = check_one(checker, draft, as_json)
        try:
            conn.send(result)
        except (BrokenPipeError, OSError):
            return
        except Exception as exc:  # noqa: BLE001 - an answer that does not pickle
            conn.send(("failed", f"{type(exc).__name__}: {exc}"[:300]))


@dataclass(eq=False)
class _Worker:
    process: Any
    conn: Connection
    jobs: int = 0

    def run(self, draft: Draft, as_json: bool, timeout: float) -> tuple[str, Any]:
        """Check ``draft`` in this worker; :class:`TimeLimit` or :class:`WorkerLost` if it does not answer."""
        self.jobs += 1
        try:
            self.conn.send((draft, as_json))
            if not self.conn.poll(max(timeout, 0.0)):
                raise TimeLimit("timeout")
            return self.conn.recv()
        except (EOFError, OSError) as exc:
            raise WorkerLost(str(exc)) from None

    def stop(self, kill: bool) -> None:
        if kill:
            self.process.kill()
        self.conn.close()  # a healthy worker reads EOF and returns
        self.process.join(5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5)


class _FairSlots:
    """Idle workers handed out first come, first served (a released worker goes to the oldest waiter)."""

    def __init__(self) -> None:
        self._idle: deque[_Worker] = deque()
        self._waiters: deque[asyncio.Future[_Worker]] = deque()

    def release(self, worker: _Worker) -> None:
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(worker)
                return
        self._idle.append(worker)

    async def acquire(self, timeout: float) -> _Worker:
        if self._idle and not self._waiters:
            return self._idle.popleft()
        loop = asyncio.get_running_loop()
        waiter: asyncio.Future[_Worker] = loop.create_future()
        self._waiters.append(waiter)
        timer = loop.call_later(max(timeout, 0.0), lambda: waiter.done() or waiter.set_exception(TimeLimit("busy")))
        try:
            return await waiter
        except asyncio.CancelledError:
            if waiter.done() and not waiter.cancelled() and waiter.exception() is None:
                self.release(waiter.result())  # handed over just as the request went away
            raise
        finally:
            timer.cancel()
            if waiter in self._waiters:
                self._waiters.remove(waiter)

    def drain(self) -> list[_Worker]:
        idle, self._idle = list(self._idle), deque()
        return idle


class ProcessPool:
    """``workers`` forked worker processes, each holding a copy of ``checker`` (see the module doc)."""

    kind = "processes"

    def __init__(self, checker: Checks, workers: int, recycle_after: int = RECYCLE_AFTER) -> None:
        if workers < 1:
            raise ValueError("a process pool needs at least one worker")
        self.checker = checker
        self.size = workers
        self.recycle_after = recycle_after
        self._context = multiprocessing.get_context("fork")
        self._threads = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="replycheck-pool")
        self._slots = _FairSlots()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        gc.collect()
        gc.freeze()  # the loaded packs stay shared with the workers: their GC won't touch (copy) those pages
        for _ in range(workers):
            self._slots.release(self._spawn())

    def _spawn(self) -> _Worker:
        parent, child = self._context.Pipe(duplex=True)
        process = self._context.Process(target=_worker_main, args=(child, self.checker),
                                        name="replycheck-worker", daemon=True)
        process.start()
        child.close()
        worker = _Worker(process, parent)
        with self._lock:
            self._all.add(worker)
        return worker

    def _replace(self, worker: _Worker, kill: bool) -> _Worker:
        with self._lock:
            self._all.discard(worker)
        worker.stop(kill)
        return worker if self._closed else self._spawn()

    def _run(self, worker: _Worker, draft: Draft, as_json: bool,
             timeout: float) -> tuple[_Worker, tuple[str, Any] | PoolError]:
        """In a pool thread: the check, and the worker to hand back (a fresh one after a timeout or a loss)."""
        try:
            result: tuple[str, Any] | PoolError = worker.run(draft, as_json, timeout)
        except PoolError as exc:
            return self._replace(worker, kill=True), exc
        if 0 < self.recycle_after <= worker.jobs:
            worker = self._replace(worker, kill=False)
        return worker, result

    async def check(self, draft: Draft, time_limit: float) -> Report:
        """The report of ``draft``; :class:`InputError`, :class:`CheckFailed` or a :class:`PoolError`."""
        return await self._check(draft, time_limit, False)

    async def check_json(self, draft: Draft, time_limit: float) -> bytes:
        """The report of ``draft`` as JSON, made in the worker (the server's one thread only passes it on)."""
        return await self._check(draft, time_limit, True)

    async def _check(self, draft: Draft, time_limit: float, as_json: bool) -> Any:
        if self._closed:
            raise WorkerLost("the service is shutting down")
        loop = asyncio.get_running_loop()
        deadline = loop.time() + time_limit
        try:
            worker = await self._slots.acquire(time_limit)
        except TimeLimit:
            raise TimeLimit(f"every worker ({self.size}) stayed busy for the time limit of "
                            f"{_seconds(time_limit)}; try again shortly") from None
        remaining = deadline - loop.time()
        if remaining <= 0.001:
            self._slots.release(worker)
            raise TimeLimit(f"every worker ({self.size}) stayed busy for the time limit of "
                            f"{_seconds(time_limit)}; try again shortly")
        job = loop.run_in_executor(self._threads, self._run, worker, draft, as_json, remaining)
        job.add_done_callback(self._hand_back)
        _, result = await asyncio.shield(job)
        if isinstance(result, TimeLimit):
            raise TimeLimit(f"the check took longer than the time limit of {_seconds(time_limit)} "
                            "and was stopped") from None
        if isinstance(result, WorkerLost):
            raise WorkerLost("the worker checking this draft stopped before it answered; try again") from None
        assert not isinstance(result, PoolError)
        return _outcome(result)

    def _hand_back(self, job: asyncio.Future[tuple[_Worker, Any]]) -> None:
        if job.cancelled() or job.exception() is not None:  # pragma: no cover - _run catches what it expects
            return
        worker = job.result()[0]
        if self._closed:
            worker.stop(kill=True)
        else:
            self._slots.release(worker)

    def close(self) -> None:
        """Stop every worker (idle ones at once, busy ones are killed)."""
        if self._closed:
            return
        self._closed = True
        with self._lock:
            workers, self._all = list(self._all), set()
        idle = set(map(id, self._slots.drain()))
        for worker in workers:
            worker.stop(kill=id(worker) not in idle)
        self._threads.shutdown(wait=False, cancel_futures=True)

    def pids(self) -> list[int]:
        """The process ids of the live workers (for tests and benchmarks)."""
        with self._lock:
            return [w.process.pid for w in self._all]


class InlinePool:
    """Checks one draft at a time in a thread of the server process (no fork; the time limit cannot stop a check)."""

    kind = "thread"
    size = 1

    def __init__(self, checker: Checks) -> None:
        self.checker = checker
        self._threads = ThreadPoolExecutor(max_workers=1, thread_name_prefix="replycheck-check")
        self._closed = False

    async def check(self, draft: Draft, time_limit: float) -> Report:
        return await self._check(draft, time_limit, False)

    async def check_json(self, draft: Draft, time_limit: float) -> bytes:
        return await self._check(draft, time_limit, True)

    async def _check(self, draft: Draft, time_limit: float, as_json: bool) -> Any:
        if self._closed:
            raise WorkerLost("the service is shutting down")
        loop = asyncio.get_running_loop()
        job = loop.run_in_executor(self._threads, check_one, self.checker, draft, as_json)
        try:
            result = await asyncio.wait_for(asyncio.shield(job), time_limit)
        except TimeoutError:
            raise TimeLimit(f"the check took longer than the time limit of {_seconds(time_limit)}") from None
        return _outcome(result)

    def close(self) -> None:
        self._closed = True
        self._threads.shutdown(wait=False, cancel_futures=True)

    def pids(self) -> list[int]:
        return []


Pool = ProcessPool | InlinePool


def default_workers() -> int:
    """One worker per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - macOS, Windows
        return max(1, os.cpu_count() or 1)


def make_pool(checker: Checks, workers: int | None = None, recycle_after: int = RECYCLE_AFTER) -> Pool:
    """A process pool of ``workers`` (default: one per core); ``0``, or no ``fork`` here: an :class:`InlinePool`."""
    count = default_workers() if workers is None else workers
    if count <= 0 or "fork" not in multiprocessing.get_all_start_methods():
        return InlinePool(checker)
    return ProcessPool(checker, count, recycle_after)


__all__ = ["CheckFailed", "InlinePool", "Pool", "PoolError", "ProcessPool", "RECYCLE_AFTER", "TimeLimit",
           "WorkerLost", "check_one", "default_workers", "make_pool"]
