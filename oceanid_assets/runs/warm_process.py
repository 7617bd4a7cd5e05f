"""The warm process: the code location imported once, and each run worker forked from it.

`WarmRunLauncher` (launcher.py) starts it as `python -m oceanid_assets.runs.warm_process
REQUESTS_FD REPLIES_FD` and talks to it over those two pipes, one JSON object per line:

1. The launcher sends the code location (`origin`, a serialized RepositoryPythonOrigin) and its
   `instance_ref`. The process imports the code location and builds its definitions, as a run
   worker does, then makes sure it may fork: no other thread, no socket, no open file. It
   answers `{"ready": pid}`, or `{"refused": why}` when loading failed or left it unsafe to
   fork; it then answers each run with the same refusal (the launcher starts it cold) until a
   source file changes.
2. For each run the launcher sends `{"run_id", "args"}` (serialized ExecuteRunArgs). If a source
   file of the code location changed since the import, the process answers `{"stale": path}` and
   takes no more runs. Otherwise it forks, and the child itself answers `{"forked": pid}` before
   it runs `dagster api execute_run` with those arguments, exactly that command. The child
   answering (not the parent) means that a reply proves the worker exists: if the process dies
   between reading a request and forking, the launcher sees the pipe close instead, and can
   start the run cold without ever starting it twice.

The process ends when the launcher closes its end of the requests pipe, once its run workers
have ended.

A worker differs from a new process in what it inherits: the import ran with the daemon's
environment (the worker then loads `.env` and the instance's secrets as the command does, and
builds the definitions again, so only values read at import time come from before), and all
workers share the warm process's string hash seed.
"""

from __future__ import annotations

import atexit
import gc
import importlib
import json
import logging
import os
import select
import signal
import site
import stat
import sys
import sysconfig
import threading
import time
import traceback
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

LOG = logging.getLogger("oceanid.runs.warm_process")
# How often the process reaps run workers that ended while it waits for a request.
REAP_INTERVAL_S = 1.0
# What a source change looks like: Python files, and the YAML a dg defs folder may load.
SOURCE_SUFFIXES = (".py", ".yaml", ".yml")
MAX_REASON_CHARS = 500


class Lines:
    """JSON messages, one per line, read from a pipe with os.read: a buffered reader would hold
    lines that select() then does not see waiting."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self._buffer = b""

    def read(self, timeout_s: float | None) -> dict[str, Any] | None:
        """The next message, or None once the writer closed the pipe. Raises TimeoutError if no
        whole line arrived within timeout_s (None: wait as long as it takes)."""
        deadline = None if timeout_s is None else time.monotonic() + timeout_s
        while b"\n" not in self._buffer:
            remaining = None if deadline is None else max(0.0, deadline - time.monotonic())
            ready, _, _ = select.select([self.fd], [], [], remaining)
            if not ready:
                raise TimeoutError(f"no message within {timeout_s:.0f}s")
            chunk = os.read(self.fd, 65536)
            if not chunk:
                return None
            self._buffer += chunk
        line, _, self._buffer = self._buffer.partition(b"\n")
        message = json.loads(line)
        if not isinstance(message, dict):
            raise ValueError(f"expected a JSON object, got {type(message).__name__}")
        return message


def send(fd: int, message: dict[str, Any]) -> None:
    """Write one message; raises BrokenPipeError if the reader is gone."""
    data = (json.dumps(message) + "\n").encode()
    while data:
        data = data[os.write(fd, data) :]


# --- stale code ----------------------------------------------------------------------------


def _library_dirs() -> tuple[str, ...]:
    """Where the interpreter's own modules and installed packages live."""
    paths = sysconfig.get_paths()
    dirs = {paths[name] for name in ("stdlib", "platstdlib", "purelib", "platlib") if name in paths}
    dirs.update(site.getsitepackages())
    return tuple(sorted({os.path.realpath(d) for d in dirs}))


def _is_under(path: str, dirs: Iterable[str]) -> bool:
    return any(path == d or path.startswith(d + os.sep) for d in dirs)


def _stat(path: str) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size


def _source_files(dirs: Iterable[str]) -> dict[str, tuple[int, int] | None]:
    files: dict[str, tuple[int, int] | None] = {}
    for directory in dirs:
        try:
            entries = list(os.scandir(directory))
        except OSError:
            continue
        for entry in entries:
            if entry.name.endswith(SOURCE_SUFFIXES) and entry.is_file():
                files[entry.path] = _stat(entry.path)
    return files


@dataclass(frozen=True)
class SourceFingerprint:
    """The code this process imported: every module file outside the interpreter's library
    folders, with the other source files beside them (a new file in a dg defs folder adds
    definitions), and the library folders themselves (a pip install changes their entries)."""

    load_started_ns: int
    code_dirs: tuple[str, ...]
    files: dict[str, tuple[int, int] | None]
    library_dirs: dict[str, tuple[int, int] | None]

    @classmethod
    def take(cls, load_started_ns: int, extra_files: Sequence[str] = ()) -> SourceFingerprint:
        libraries = _library_dirs()
        module_files = [
            os.path.realpath(file)
            for module in list(sys.modules.values())
            if isinstance(file := getattr(module, "__file__", None), str)
        ]
        code_files = [
            file
            for file in [*module_files, *(os.path.realpath(f) for f in extra_files)]
            if not _is_under(file, libraries)
        ]
        code_dirs = tuple(sorted({os.path.dirname(file) for file in code_files}))
        files = _source_files(code_dirs)
        files.update({file: _stat(file) for file in code_files})
        return cls(
            load_started_ns,
            code_dirs,
            files,
            {directory: _stat(directory) for directory in libraries},
        )

    def changed(self) -> str | None:
        """A path that changed since the import, or None."""
        current = _source_files(self.code_dirs)
        current.update({file: _stat(file) for file in self.files if file not in current})
        for path in sorted(self.files.keys() | current.keys()):
            before = self.files.get(path)
            if before != current.get(path):
                return path
            # Written while the import ran: the import may have read the older text.
            if before is not None and before[0] >= self.load_started_ns:
                return path
        for directory, before in sorted(self.library_dirs.items()):
            if _stat(directory) != before:
                return directory
        return None


# --- fork safety ---------------------------------------------------------------------------


def _thread_names() -> list[str]:
    tasks = Path("/proc/self/task")
    if not tasks.is_dir():
        return [thread.name for thread in threading.enumerate()]
    names = []
    for task in tasks.iterdir():
        try:
            names.append((task / "comm").read_text(encoding="utf-8").strip())
        except OSError:
            continue  # a thread that ended while listing
    return names


def _open_descriptors() -> list[tuple[int, str]]:
    """(fd, "socket" or the file's path) of each open socket and regular file."""
    folder = "/proc/self/fd" if os.path.isdir("/proc/self/fd") else "/dev/fd"
    found = []
    for name in os.listdir(folder):
        fd = int(name)
        try:
            mode = os.fstat(fd).st_mode
        except OSError:
            continue  # the listing's own descriptor, closed by now
        if stat.S_ISSOCK(mode):
            found.append((fd, "socket"))
        elif stat.S_ISREG(mode):
            try:
                found.append((fd, os.readlink(f"{folder}/{fd}")))
            except OSError:
                found.append((fd, "a regular file"))
    return found


def fork_hazards(kept_fds: Collection[int]) -> list[str]:
    """What a forked child would inherit and must not: other threads (a lock one of them
    holds stays locked in the child for good), sockets and open files (DuckDB's among them)."""
    hazards = []
    threads = _thread_names()
    if len(threads) > 1:
        hazards.append(f"{len(threads)} threads ({', '.join(sorted(set(threads)))})")
    for fd, what in _open_descriptors():
        if fd > 2 and fd not in kept_fds:
            hazards.append(f"fd {fd} open ({what})")
    return hazards


def release_import_time_resources() -> None:
    """Let go of what loading the definitions started but no run needs inherited."""
    duckdb = sys.modules.get("duckdb")
    if duckdb is not None:
        # duckdb's module-level functions (duckdb.extract_statements, which the integrity
        # checks' definitions call) open a default in-memory connection with its own thread
        # pool. Closed here; a worker that calls them opens its own.
        duckdb.default_connection().close()
    # OpenBLAS (numpy) stops its thread pool before every fork (its pthread_atfork handler) and
    # starts it again at its next call. After one throwaway fork this process, which makes no
    # BLAS call, has none, and each run worker starts its own as a new process would.
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    os.waitpid(pid, 0)


# --- loading and serving -------------------------------------------------------------------


def load_code_location(message: dict[str, Any]) -> None:
    """Import what `dagster api execute_run` imports for a run of this code location: the
    definitions, the storage classes of the instance, and the command itself."""
    from dagster import deserialize_value
    from dagster._core.instance.ref import InstanceRef
    from dagster._core.origin import RepositoryPythonOrigin
    from dagster._serdes import ConfigurableClassData
    from dagster._utils.hosted_user_process import recon_repository_from_origin

    origin = deserialize_value(message["origin"], RepositoryPythonOrigin)
    recon_repository_from_origin(origin).get_definition()
    instance_ref = deserialize_value(message["instance_ref"], InstanceRef)
    for part in instance_ref:
        if isinstance(part, ConfigurableClassData):
            importlib.import_module(part.module_name)
    importlib.import_module("dagster._cli.api")


def _reap(workers: dict[int, str], block: bool) -> None:
    while workers:
        try:
            pid, status = os.waitpid(-1, 0 if block else os.WNOHANG)
        except ChildProcessError:
            workers.clear()
            return
        if pid == 0:
            return
        run_id = workers.pop(pid, "?")
        code = os.waitstatus_to_exitcode(status)
        LOG.info("run %s: worker pid %d exited with code %d", run_id, pid, code)


def serve(
    requests: Lines, replies_fd: int, fingerprint: SourceFingerprint, refusal: str | None
) -> dict[str, Any] | None:
    """Answer run requests until the launcher closes the pipe or the code changed. Returns the
    request in a forked child (which is then that run's worker), None in this process."""
    workers: dict[int, str] = {}
    while True:
        _reap(workers, block=False)
        try:
            request = requests.read(REAP_INTERVAL_S)
        except TimeoutError:
            continue
        if request is None:
            break
        changed = fingerprint.changed()
        if changed is not None:
            LOG.info("%s changed since the import: this warm process takes no more runs", changed)
            send(replies_fd, {"stale": changed})
            break
        if refusal is not None:
            send(replies_fd, {"refused": refusal})
            continue
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            return request
        workers[pid] = str(request["run_id"])
        LOG.info("run %s: worker pid %d forked", request["run_id"], pid)
    os.close(replies_fd)
    os.close(requests.fd)
    _reap(workers, block=True)
    return None


def run_worker(request: dict[str, Any], requests_fd: int, replies_fd: int) -> None:
    """In the forked child: become the run's worker, `dagster api execute_run` in this process."""
    os.close(requests_fd)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    LOG.handlers.clear()
    LOG.propagate = True
    numpy_random = sys.modules.get("numpy.random")
    if numpy_random is not None:
        # Every child would otherwise draw the same numbers from numpy's global generator
        # (Python's random module reseeds itself after a fork).
        numpy_random.seed()
    send(replies_fd, {"forked": os.getpid(), "warm_pid": os.getppid()})
    os.close(replies_fd)
    from dagster._cli.api import execute_run_command

    # Standalone mode: the command exits the process with its own exit code, as the CLI does.
    execute_run_command.main(args=[request["args"]], prog_name="dagster api execute_run")


def _traceback_files(exc: BaseException) -> list[str]:
    return [frame.filename for frame in traceback.extract_tb(exc.__traceback__)]


def main(argv: Sequence[str] | None = None) -> None:
    requests_fd, replies_fd = (int(arg) for arg in (argv or sys.argv[1:])[:2])
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s: %(message)s"))
    LOG.addHandler(handler)
    LOG.setLevel(logging.INFO)
    LOG.propagate = False
    # A Ctrl-C in the terminal reaches the whole process group: the run workers stop on it as
    # they would under the code server, and this process ends when the launcher's pipe closes.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    requests = Lines(requests_fd)
    first = requests.read(None)
    if first is None:
        return
    load_started_ns = time.time_ns()
    started = time.perf_counter()
    refusal: str | None = None
    loaded_from: list[str] = []
    try:
        load_code_location(first)
        release_import_time_resources()
        hazards = fork_hazards({requests_fd, replies_fd})
        if hazards:
            refusal = "not safe to fork after loading the code location: " + "; ".join(hazards)
    except Exception as exc:
        refusal = f"loading the code location failed: {type(exc).__name__}: {exc}"
        loaded_from = _traceback_files(exc)
    fingerprint = SourceFingerprint.take(load_started_ns, loaded_from)
    seconds = time.perf_counter() - started
    if refusal is not None:
        refusal = refusal[:MAX_REASON_CHARS]
        LOG.warning("pid %d refuses to fork run workers: %s", os.getpid(), refusal)
        send(replies_fd, {"refused": refusal})
    else:
        # Objects loaded so far stay out of the collector's way in the run workers: a full
        # collection would otherwise go through all of them, and copy every page it touches.
        gc.freeze()
        # Frozen, they would outlive the interpreter's last collection at exit, here and in the
        # run workers (which inherit this), where extension modules (duckdb's) report leaks.
        atexit.register(gc.unfreeze)
        LOG.info(
            "pid %d ready in %.1fs (%d source files watched)",
            os.getpid(),
            seconds,
            len(fingerprint.files),
        )
        send(replies_fd, {"ready": os.getpid(), "seconds": round(seconds, 3)})
    request = serve(requests, replies_fd, fingerprint, refusal)
    if request is not None:
        run_worker(request, requests_fd, replies_fd)


if __name__ == "__main__":
    main()
