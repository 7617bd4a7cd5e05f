"""WarmRunLauncher: the embedded default's run launcher (dagster.yaml `run_launcher:`).

Dagster's DefaultRunLauncher asks the code server to start each run, and the code server spawns
a new Python for it, which imports Dagster and the code location again: about 4 s per run
before its first step (docs/performance.md). This launcher keeps one warm process per code
location instead (warm_process.py: the code location imported once, made safe to fork) and
forks each run worker from it. The worker then runs `dagster api execute_run` for the run, the
command every Dagster run launcher starts, so events, status changes and failures are Dagster's
own.

- Stale code: before each fork the warm process compares the source files it imported with the
  disk. After an edit it takes no more runs; a new one loads the code location and the run is
  forked from that one, so a run never sees code older than the disk.
- If the warm process cannot start, refuses to fork (loading failed, or left threads or open
  files behind) or dies, the run is started cold, as `dagster api execute_run` in a new process,
  with a warning in the run's event log.
- Each run is tagged with its worker (`oceanid/run_worker*`: warm or cold, pid, host, process
  start time, and the warm process's pid), so terminate and the health check work from any
  process on the same host (the webserver's Terminate button, the monitoring daemon).

Production (deploy/helm/values.yaml) keeps the K8sRunLauncher.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import subprocess
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dagster import DagsterRun, DagsterRunStatus, Field, serialize_value
from dagster._core.launcher import (
    CheckRunHealthResult,
    LaunchRunContext,
    RunLauncher,
    WorkerStatus,
)
from dagster._core.origin import RepositoryPythonOrigin
from dagster._grpc.types import ExecuteRunArgs
from dagster._serdes import ConfigurableClass, ConfigurableClassData

from oceanid_assets import config
from oceanid_assets.runs.warm_process import Lines, send

LOG = logging.getLogger("oceanid.runs.launcher")

KIND_TAG = "oceanid/run_worker"
PID_TAG = "oceanid/run_worker_pid"
HOST_TAG = "oceanid/run_worker_host"
STARTED_TAG = "oceanid/run_worker_started"
WARM_PID_TAG = "oceanid/warm_process_pid"
WARM, COLD = "warm", "cold"
# Arrow's jemalloc starts a background purging thread when pyarrow is imported; the warm process
# goes without it (a forked child's jemalloc runs without one anyway).
JEMALLOC_CONF = "JE_ARROW_MALLOC_CONF"
NO_BACKGROUND_THREAD = "background_thread:false"


class WarmUnavailable(Exception):
    """No worker was forked for the run: it can be started cold."""


class UncertainLaunch(Exception):
    """The warm process stopped answering after it read the run: a worker may exist."""


# --- the run worker, as recorded on its run ------------------------------------------------


def _proc_stat(pid: int) -> tuple[str, str] | None:
    """(state, start time in clock ticks after boot) from /proc, or None without it."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text(encoding="utf-8")
    except OSError:
        return None
    fields = text.rpartition(")")[2].split()
    return fields[0], fields[19]


@dataclass(frozen=True)
class RunWorker:
    kind: str
    pid: int
    host: str
    # The process's start time: a later process that gets the same pid is not the worker.
    started: str | None
    warm_pid: int | None = None

    @classmethod
    def of_process(cls, kind: str, pid: int, warm_pid: int | None = None) -> RunWorker:
        stat = _proc_stat(pid)
        return cls(kind, pid, socket.gethostname(), stat[1] if stat else None, warm_pid)

    def tags(self) -> dict[str, str]:
        tags = {KIND_TAG: self.kind, PID_TAG: str(self.pid), HOST_TAG: self.host}
        if self.started is not None:
            tags[STARTED_TAG] = self.started
        if self.warm_pid is not None:
            tags[WARM_PID_TAG] = str(self.warm_pid)
        return tags

    @classmethod
    def from_tags(cls, tags: Mapping[str, str]) -> RunWorker | None:
        if KIND_TAG not in tags or PID_TAG not in tags:
            return None
        warm_pid = tags.get(WARM_PID_TAG)
        return cls(
            tags[KIND_TAG],
            int(tags[PID_TAG]),
            tags.get(HOST_TAG, ""),
            tags.get(STARTED_TAG),
            int(warm_pid) if warm_pid else None,
        )

    def state(self) -> str:
        """Whether the worker runs: "running", "gone", or "elsewhere" (on another host, not
        ours to signal or check)."""
        if self.host != socket.gethostname():
            return "elsewhere"
        stat = _proc_stat(self.pid)
        if stat is not None:
            state, started = stat
            same = self.started is None or started == self.started
            return "running" if same and state not in ("Z", "X") else "gone"
        if Path("/proc/self/stat").exists():
            return "gone"
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return "gone"
        except PermissionError:
            pass
        return "running"

    def describe(self) -> str:
        warm = f" forked from warm process {self.warm_pid}" if self.warm_pid else ""
        return f"{self.kind} run worker pid {self.pid}{warm} on {self.host}"


# --- the warm process, seen from the launcher ----------------------------------------------


class WarmProcess:
    """One warm process for one code location."""

    def __init__(self, executable: str) -> None:
        requests_read, self._requests = os.pipe()
        replies_read, replies_write = os.pipe()
        env = config.child_environment()
        env[JEMALLOC_CONF] = ",".join(filter(None, [env.get(JEMALLOC_CONF), NO_BACKGROUND_THREAD]))
        try:
            self.process = subprocess.Popen(
                [
                    executable,
                    "-m",
                    "oceanid_assets.runs.warm_process",
                    str(requests_read),
                    str(replies_write),
                ],
                stdin=subprocess.DEVNULL,
                pass_fds=(requests_read, replies_write),
                env=env,
            )
        except OSError:
            os.close(self._requests)
            os.close(replies_read)
            raise
        finally:
            os.close(requests_read)
            os.close(replies_write)
        self.pid = self.process.pid
        self._replies = Lines(replies_read)
        self.ready = False
        self.refusal: str | None = None
        self.load_seconds: float | None = None

    def load(self, origin: str, instance_ref: str) -> None:
        """Send the code location to load; raises BrokenPipeError if the process is gone."""
        send(self._requests, {"origin": origin, "instance_ref": instance_ref})

    def wait_ready(self, timeout_s: float) -> bool:
        """Whether the process has loaded (or refused); False if still loading after timeout_s."""
        if self.ready or self.refusal is not None:
            return True
        try:
            message = self._replies.read(timeout_s)
        except TimeoutError:
            return False
        if message is None:
            raise WarmUnavailable(
                f"warm process {self.pid} exited with code {self.process.wait()} while loading"
            )
        if "refused" in message:
            self.refusal = str(message["refused"])
        else:
            self.ready = True
            self.load_seconds = float(message.get("seconds", 0.0))
        return True

    def fork(self, run_id: str, args: str, timeout_s: float) -> dict[str, Any]:
        """Ask for a run worker; the reply is {"forked"}, {"stale"} or {"refused"}."""
        try:
            send(self._requests, {"run_id": run_id, "args": args})
        except BrokenPipeError:
            raise WarmUnavailable(f"warm process {self.pid} had exited") from None
        try:
            reply = self._replies.read(timeout_s)
        except TimeoutError:
            # A forked child answers by itself: with its parent killed, it still does, and a
            # closed pipe means that nothing was forked.
            self.process.kill()
            try:
                reply = self._replies.read(timeout_s)
            except TimeoutError:
                raise UncertainLaunch(
                    f"warm process {self.pid} did not answer within {timeout_s:.0f}s after "
                    f"reading run {run_id}, and killed, no worker answered either"
                ) from None
            if reply is None:
                raise WarmUnavailable(
                    f"warm process {self.pid} did not answer within {timeout_s:.0f}s; killed, "
                    "it had forked no worker"
                ) from None
        if reply is None:
            raise WarmUnavailable(f"warm process {self.pid} exited before forking")
        return reply

    def retire(self) -> subprocess.Popen[bytes]:
        """Take no more runs: the process ends once its run workers have."""
        os.close(self._requests)
        os.close(self._replies.fd)
        return self.process


def _cold_command(args: ExecuteRunArgs) -> list[str]:
    """`dagster api execute_run` for the run, by the code location's interpreter: its console
    script need not be on this process's PATH."""
    python = args.job_origin.repository_origin.executable_path
    return [python, "-m", "dagster", "api", "execute_run", serialize_value(args)]


# --- the launcher --------------------------------------------------------------------------


class WarmRunLauncher(RunLauncher, ConfigurableClass):
    """Starts each run in a worker forked from a warm process of its code location."""

    def __init__(
        self,
        inst_data: ConfigurableClassData | None = None,
        ready_timeout_seconds: float = 120.0,
        fork_timeout_seconds: float = 60.0,
    ) -> None:
        self._inst_data = inst_data
        self._ready_timeout_s = ready_timeout_seconds
        self._fork_timeout_s = fork_timeout_seconds
        self._lock = threading.Lock()
        self._warm: dict[str, WarmProcess] = {}
        # Cold workers and retired warm processes, this process's children: reaped as they end.
        self._children: list[subprocess.Popen[bytes]] = []
        super().__init__()  # type: ignore[no-untyped-call]

    @property
    def inst_data(self) -> ConfigurableClassData | None:
        return self._inst_data

    @classmethod
    def config_type(cls) -> dict[str, Field]:
        return {
            "ready_timeout_seconds": Field(
                float,
                is_required=False,
                default_value=120.0,
                description="How long a launch waits for a warm process to load the code "
                "location before it starts the run cold (the process keeps loading).",
            ),
            "fork_timeout_seconds": Field(
                float,
                is_required=False,
                default_value=60.0,
                description="How long a launch waits for the warm process to fork a worker.",
            ),
        }

    @classmethod
    def from_config_value(
        cls, inst_data: ConfigurableClassData, config_value: Mapping[str, Any]
    ) -> WarmRunLauncher:
        return cls(inst_data=inst_data, **config_value)

    def launch_run(self, context: LaunchRunContext) -> None:
        run = context.dagster_run
        job_origin = run.job_code_origin
        if job_origin is None:
            raise ValueError(f"run {run.run_id} has no code origin to start a worker from")
        args = ExecuteRunArgs(
            job_origin=job_origin, run_id=run.run_id, instance_ref=self._instance.get_ref()
        )
        started = time.perf_counter()
        notes: list[str] = []
        with self._lock:
            self._reap()
            try:
                worker = self._fork_warm(job_origin.repository_origin, run.run_id, args, notes)
                why_cold = None
            except WarmUnavailable as exc:
                why_cold = str(exc)
                process = subprocess.Popen(_cold_command(args), stdin=subprocess.DEVNULL)
                self._children.append(process)
                worker = RunWorker.of_process(COLD, process.pid)
        elapsed_ms = (time.perf_counter() - started) * 1000
        self._instance.add_run_tags(run.run_id, worker.tags())
        if why_cold is None:
            message = f"Started the {worker.describe()} in {elapsed_ms:.0f} ms"
        else:
            message = f"Started the {worker.describe()} (no warm process: {why_cold})"
            LOG.warning("run %s: %s", run.run_id, message)
        message += "".join(f"; {note}" for note in notes) + "."
        self._instance.report_engine_event(message, run, cls=self.__class__)

    def _fork_warm(
        self, origin: RepositoryPythonOrigin, run_id: str, args: ExecuteRunArgs, notes: list[str]
    ) -> RunWorker:
        key = serialize_value(origin)
        # A stale warm process is replaced once per launch; if the code changes again while the
        # new one loads, this run starts cold.
        for _ in range(2):
            warm = self._warm.get(key)
            if warm is None or warm.process.poll() is not None:
                if warm is not None:
                    self._retire(key)
                warm = self._start(key, origin)
                notes.append(f"warm process {warm.pid} started for this run")
            try:
                ready = warm.wait_ready(self._ready_timeout_s)
                if ready:
                    reply = warm.fork(run_id, serialize_value(args), self._fork_timeout_s)
            except (WarmUnavailable, UncertainLaunch):
                self._retire(key)
                raise
            if not ready:
                # Kept: it goes on loading for the next run.
                raise WarmUnavailable(
                    f"warm process {warm.pid} still loading after {self._ready_timeout_s:.0f}s"
                )
            if "forked" in reply:
                return RunWorker.of_process(WARM, int(reply["forked"]), int(reply["warm_pid"]))
            if "refused" in reply:
                raise WarmUnavailable(f"warm process {warm.pid} refused: {reply['refused']}")
            notes.append(f"{reply.get('stale')} changed since warm process {warm.pid} loaded it")
            self._retire(key)
        raise WarmUnavailable("the code location changed again while its warm process loaded")

    def _start(self, key: str, origin: RepositoryPythonOrigin) -> WarmProcess:
        try:
            warm = WarmProcess(origin.executable_path)
        except OSError as exc:
            raise WarmUnavailable(f"the warm process could not start: {exc}") from None
        self._warm[key] = warm
        try:
            warm.load(key, serialize_value(self._instance.get_ref()))
        except BrokenPipeError:
            self._retire(key)
            raise WarmUnavailable(f"warm process {warm.pid} exited at its start") from None
        return warm

    def _retire(self, key: str) -> None:
        warm = self._warm.pop(key, None)
        if warm is not None:
            self._children.append(warm.retire())

    def _reap(self) -> None:
        self._children = [child for child in self._children if child.poll() is None]

    def terminate(self, run_id: str) -> bool:
        """Interrupt the run's worker (as the code server's termination does): the run ends
        CANCELED. A run whose worker has not started it yet, or is gone, is marked CANCELED
        here: a worker that finds its run canceled does not start it."""
        run = self._instance.get_run_by_id(run_id)
        if run is None or run.is_finished:
            return False
        worker = RunWorker.from_tags(run.tags)
        if worker is None:
            self._instance.report_engine_event(
                "No run worker is recorded for this run: nothing to terminate.",
                run,
                cls=self.__class__,
            )
            return False
        self._instance.report_run_canceling(run)
        with self._lock:
            self._reap()
        state = worker.state()
        if state == "elsewhere":
            self._instance.report_engine_event(
                f"The {worker.describe()} is on another host: not terminated from here.",
                run,
                cls=self.__class__,
            )
            return False
        if state == "gone":
            self._instance.report_run_canceled(
                run, message=f"The {worker.describe()} had already exited."
            )
        elif run.status == DagsterRunStatus.STARTING:
            # An interrupt could stop the worker before Dagster's own handler is in place, and
            # the run would stay CANCELING: no step has run, so it is canceled now.
            self._instance.report_run_canceled(
                run, message=f"Canceled before the {worker.describe()} started the run."
            )
        if state == "running":
            os.kill(worker.pid, signal.SIGINT)
        return True

    @property
    def supports_check_run_worker_health(self) -> bool:
        return True

    def check_run_worker_health(self, run: DagsterRun) -> CheckRunHealthResult:
        worker = RunWorker.from_tags(run.tags)
        if worker is None:
            return CheckRunHealthResult(WorkerStatus.UNKNOWN, "no run worker recorded")
        with self._lock:
            self._reap()
        state = worker.state()
        if state == "running":
            return CheckRunHealthResult(WorkerStatus.RUNNING, run_worker_id=str(worker.pid))
        if state == "elsewhere":
            return CheckRunHealthResult(WorkerStatus.UNKNOWN, f"{worker.describe()}")
        current = self._instance.get_run_by_id(run.run_id)
        if current is not None and current.is_finished:
            return CheckRunHealthResult(WorkerStatus.SUCCESS, run_worker_id=str(worker.pid))
        return CheckRunHealthResult(
            WorkerStatus.FAILED,
            f"the {worker.describe()} exited before the run finished",
            run_worker_id=str(worker.pid),
        )

    def get_run_worker_debug_info(
        self, run: DagsterRun, include_container_logs: bool | None = True
    ) -> str | None:
        worker = RunWorker.from_tags(run.tags)
        return f"{worker.describe()}: {worker.state()}" if worker else None

    def dispose(self) -> None:
        with self._lock:
            for key in list(self._warm):
                self._retire(key)
            self._reap()
