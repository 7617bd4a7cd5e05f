"""The warm run launcher (oceanid_assets/runs/launcher.py, dagster.yaml) with the real daemon.

Runs reach it as they do on a laptop: a sensor's run request (the Oceanid code location) or
`dagster job launch` (a tiny code location in tmp_path with its own workspace.yaml), through the
run queue of `dagster-daemon`. Each run records its worker in tags, which the assertions read
together with the run's own events (the worker's "Started process for run (pid: N)").
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from dagster import DagsterEventType, DagsterInstance, DagsterRun, DagsterRunStatus, RunsFilter

from oceanid_assets import config
from oceanid_assets.instance import REPO_ROOT, prepare_dagster_home, venv_bin
from oceanid_assets.resources.object_store import ObjectStoreResource
from oceanid_assets.runs.launcher import (
    KIND_TAG,
    PID_TAG,
    WARM_PID_TAG,
    RunWorker,
    WarmRunLauncher,
)
from oceanid_dev.argilla_local.launcher import start_local_argilla
from oceanid_dev.demo import once
from oceanid_dev.demo.batch import write_demo_batch
from tests.conftest import ARGILLA_TEST_API_KEY, free_port
from tests.test_one_run_per_batch import _tail

TIMEOUT_S = 300

TINY_LOCATION = """
import json
import os
import time
from pathlib import Path

import dagster as dg

VERSION = "first"
REQUESTS = Path(__file__).resolve().parents[1] / "requests"


@dg.op(config_schema={"fail": bool, "wait_for": str})
def report(context: dg.OpExecutionContext) -> str:
    if context.op_config["wait_for"]:
        # Running until the test terminates the run.
        while not Path(context.op_config["wait_for"]).exists():
            time.sleep(0.1)
    if context.op_config["fail"]:
        raise RuntimeError("the tiny step fails as asked")
    context.log.info(f"tiny version {VERSION} in pid {os.getpid()}")
    return VERSION


@dg.job(executor_def=dg.in_process_executor)
def tiny() -> None:
    report()


# Runs requested by the code the code server loaded, whatever the files say now.
@dg.sensor(job=tiny, minimum_interval_seconds=1, default_status=dg.DefaultSensorStatus.RUNNING)
def requests():
    for path in sorted(REQUESTS.glob("*.json")):
        yield dg.RunRequest(
            run_key=path.stem, run_config=json.loads(path.read_text()), tags={"tiny": path.stem}
        )


defs = dg.Definitions(jobs=[tiny], sensors=[requests])
"""
# At import, a thread that the warm process must not fork with.
THREAD_AT_IMPORT = (
    "import threading\nthreading.Thread(target=threading.Event().wait, daemon=True).start()\n"
)


def _run_config(fail: bool = False, wait_for: Path | None = None) -> dict[str, object]:
    return {"ops": {"report": {"config": {"fail": fail, "wait_for": str(wait_for or "")}}}}


def _clean_environment(monkeypatch: pytest.MonkeyPatch, home: Path) -> None:
    for name in list(os.environ):
        if name.startswith(("OCEANID_", "MD_", "DAGSTER_", "ARGILLA_")):
            monkeypatch.delenv(name)
    monkeypatch.setenv("OCEANID_HOME", str(home))


def _messages(instance: DagsterInstance, run_id: str) -> list[str]:
    return [entry.message for entry in instance.all_logs(run_id)]


def _step_events(instance: DagsterInstance, run_id: str, kind: DagsterEventType) -> list[str]:
    return [str(entry.step_key) for entry in instance.all_logs(run_id, of_type=kind)]


def _worker_pid_of(instance: DagsterInstance, run: DagsterRun) -> int:
    """The worker the launcher tagged, checked against the worker's own report of its pid."""
    pid = int(run.tags[PID_TAG])
    assert f"Started process for run (pid: {pid})." in _messages(instance, run.run_id)
    return pid


@dataclass
class Tiny:
    """A tiny code location served by a real daemon with the repository's dagster.yaml."""

    source: Path
    workspace: Path
    log: Path
    daemon: subprocess.Popen[bytes]
    instance: DagsterInstance

    def launch(self, *, fail: bool = False, wait_for: Path | None = None) -> str:
        """A run of `tiny` as `dagster job launch` submits it (the location loaded anew)."""
        run_id = str(uuid.uuid4())
        run_config = json.dumps(_run_config(fail, wait_for))
        done = subprocess.run(
            [
                *(venv_bin("dagster"), "job", "launch", "-w", str(self.workspace), "-j", "tiny"),
                *("--run-id", run_id, "--config-json", run_config),
            ],
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
            cwd=config.text("DAGSTER_HOME"),
        )
        assert done.returncode == 0, done.stdout + done.stderr
        return run_id

    def request(self) -> str:
        """A run of `tiny` that the location's sensor requests, in the daemon's code server."""
        name = uuid.uuid4().hex
        requests = self.source.parents[1] / "requests"
        requests.mkdir(exist_ok=True)
        (requests / f"{name}.json").write_text(json.dumps(_run_config()), encoding="utf-8")
        deadline = time.monotonic() + TIMEOUT_S
        while time.monotonic() < deadline:
            assert self.daemon.poll() is None, f"dagster-daemon exited\n{_tail(self.log)}"
            runs = self.instance.get_runs(RunsFilter(tags={"tiny": name}))
            if runs:
                return runs[0].run_id
            time.sleep(0.2)
        raise AssertionError(f"the sensor requested no run for {name}\n{_tail(self.log)}")

    def finished(self, run_id: str) -> DagsterRun:
        return self._until(run_id, lambda run: run.status in once.FINISHED)

    def step_started(self, run_id: str) -> DagsterRun:
        return self._until(
            run_id,
            lambda run: (
                PID_TAG in run.tags
                and bool(self.instance.all_logs(run_id, of_type=DagsterEventType.STEP_START))
            ),
        )

    def _until(self, run_id: str, condition: Callable[[DagsterRun], bool]) -> DagsterRun:
        deadline = time.monotonic() + TIMEOUT_S
        while time.monotonic() < deadline:
            assert self.daemon.poll() is None, f"dagster-daemon exited\n{_tail(self.log)}"
            run = self.instance.get_run_by_id(run_id)
            if run is not None and condition(run):
                return run
            time.sleep(0.2)
        raise AssertionError(f"run {run_id} did not get there\n{_tail(self.log)}")

    def edit(self, old: str, new: str) -> None:
        text = self.source.read_text(encoding="utf-8")
        assert old in text
        self.source.write_text(text.replace(old, new), encoding="utf-8")


@contextmanager
def _tiny(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, source: str, launcher_config: dict[str, float]
) -> Iterator[Tiny]:
    _clean_environment(monkeypatch, tmp_path / "home")
    home = prepare_dagster_home()
    if launcher_config:
        instance_yaml = yaml.safe_load((REPO_ROOT / "dagster.yaml").read_text(encoding="utf-8"))
        instance_yaml["run_launcher"]["config"] = launcher_config
        (home / "dagster.yaml").write_text(yaml.safe_dump(instance_yaml), encoding="utf-8")
    # Its own folder: the warm process watches the files beside the modules it imported.
    location = tmp_path / "location"
    location.mkdir()
    module = location / "tiny_location.py"
    module.write_text(source, encoding="utf-8")
    workspace = tmp_path / "workspace.yaml"
    workspace.write_text(
        yaml.safe_dump(
            {
                "load_from": [
                    {
                        "python_file": {
                            "relative_path": str(module),
                            "location_name": "tiny",
                            "working_directory": str(location),
                        }
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    log = tmp_path / "home" / "logs" / "dagster-daemon.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("ab") as log_file:
        daemon = subprocess.Popen(
            [venv_bin("dagster-daemon"), "run", "-w", str(workspace)],
            stdout=log_file,
            stderr=subprocess.STDOUT,
            cwd=home,
        )
    try:
        with DagsterInstance.get() as instance:
            assert isinstance(instance.run_launcher, WarmRunLauncher)
            yield Tiny(module, workspace, log, daemon, instance)
    finally:
        once.stop_daemon(daemon)


@pytest.fixture
def tiny(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Tiny]:
    with _tiny(tmp_path, monkeypatch, TINY_LOCATION, {}) as deployment:
        yield deployment


def test_two_runs_fork_from_one_warm_process_and_an_edit_loads_a_new_one(tiny: Tiny) -> None:
    first = tiny.finished(tiny.launch())
    second = tiny.finished(tiny.launch())
    tiny.edit('VERSION = "first"', 'VERSION = "after the edit"')
    third = tiny.finished(tiny.launch())

    assert [run.status for run in (first, second, third)] == [DagsterRunStatus.SUCCESS] * 3
    assert [run.tags[KIND_TAG] for run in (first, second, third)] == ["warm"] * 3
    pids = [_worker_pid_of(tiny.instance, run) for run in (first, second, third)]
    assert len(set(pids)) == 3
    # The first two from one warm process; the edit made the third load the code anew.
    assert first.tags[WARM_PID_TAG] == second.tags[WARM_PID_TAG] != third.tags[WARM_PID_TAG]
    assert f"tiny version first in pid {pids[0]}" in _messages(tiny.instance, first.run_id)
    assert f"tiny version first in pid {pids[1]}" in _messages(tiny.instance, second.run_id)
    assert f"tiny version after the edit in pid {pids[2]}" in _messages(tiny.instance, third.run_id)
    assert _step_events(tiny.instance, third.run_id, DagsterEventType.STEP_SUCCESS) == ["report"]


def test_a_failing_step_fails_the_run(tiny: Tiny) -> None:
    run = tiny.finished(tiny.launch(fail=True))

    assert run.status == DagsterRunStatus.FAILURE
    assert run.tags[KIND_TAG] == "warm"
    _worker_pid_of(tiny.instance, run)
    (failure,) = tiny.instance.all_logs(run.run_id, of_type=DagsterEventType.STEP_FAILURE)
    assert failure.step_key == "report"
    assert failure.dagster_event is not None
    error = failure.dagster_event.step_failure_data.error
    assert error is not None and "the tiny step fails as asked" in error.to_string()
    (run_failure,) = tiny.instance.all_logs(run.run_id, of_type=DagsterEventType.RUN_FAILURE)
    assert "Steps failed: ['report']" in run_failure.message


def test_terminate_cancels_a_running_run(tiny: Tiny, tmp_path: Path) -> None:
    run = tiny.step_started(tiny.launch(wait_for=tmp_path / "never-written"))
    launcher = tiny.instance.run_launcher  # this process's, as the webserver's would be
    worker = RunWorker.from_tags(run.tags)
    assert worker is not None and worker.kind == "warm"
    assert launcher.check_run_worker_health(run).status.value == "RUNNING"

    assert launcher.terminate(run.run_id)
    ended = tiny.finished(run.run_id)

    assert ended.status == DagsterRunStatus.CANCELED
    assert _step_events(tiny.instance, run.run_id, DagsterEventType.STEP_SUCCESS) == []
    assert tiny.instance.all_logs(run.run_id, of_type=DagsterEventType.RUN_CANCELED)
    # The worker is gone (its parent, the warm process, reaps it when it exits).
    deadline = time.monotonic() + TIMEOUT_S
    while worker.state() == "running" and time.monotonic() < deadline:
        time.sleep(0.2)
    assert worker.state() == "gone"
    assert not launcher.terminate(run.run_id)  # finished: nothing left to terminate


def test_an_edit_that_breaks_the_import_fails_the_next_run_with_the_error(tiny: Tiny) -> None:
    first = tiny.finished(tiny.request())
    broken = 'raise RuntimeError("the tiny location is broken")\n'
    tiny.edit('VERSION = "first"', broken + 'VERSION = "first"')
    # Not reloaded: the code server, where the sensor runs, still has the code that imported.
    failed = tiny.finished(tiny.request())
    tiny.edit(broken, "")
    fixed = tiny.finished(tiny.request())

    assert (first.status, first.tags[KIND_TAG]) == (DagsterRunStatus.SUCCESS, "warm")
    # Not the first warm process (older code): a new one, which cannot load it, so a cold
    # worker, which fails the run with the import's error.
    assert (failed.status, failed.tags[KIND_TAG]) == (DagsterRunStatus.FAILURE, "cold")
    _worker_pid_of(tiny.instance, failed)
    errors = [
        entry.dagster_event.engine_event_data.error.to_string()
        for entry in tiny.instance.all_logs(failed.run_id, of_type=DagsterEventType.ENGINE_EVENT)
        if entry.dagster_event and entry.dagster_event.engine_event_data.error
    ]
    assert any("the tiny location is broken" in error for error in errors), errors
    assert _step_events(tiny.instance, failed.run_id, DagsterEventType.STEP_START) == []
    assert (fixed.status, fixed.tags[KIND_TAG]) == (DagsterRunStatus.SUCCESS, "warm")
    assert fixed.tags[WARM_PID_TAG] != first.tags[WARM_PID_TAG]


def test_a_location_that_starts_a_thread_at_import_runs_cold_until_it_stops(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = THREAD_AT_IMPORT + TINY_LOCATION
    with _tiny(tmp_path, monkeypatch, source, {}) as tiny:
        cold = tiny.finished(tiny.launch())
        tiny.edit(THREAD_AT_IMPORT, "")
        warm = tiny.finished(tiny.launch())

        assert (cold.status, cold.tags[KIND_TAG]) == (DagsterRunStatus.SUCCESS, "cold")
        assert WARM_PID_TAG not in cold.tags
        why = [m for m in _messages(tiny.instance, cold.run_id) if "no warm process" in m]
        assert len(why) == 1 and "not safe to fork" in why[0] and "threads" in why[0], why
        assert f"tiny version first in pid {_worker_pid_of(tiny.instance, cold)}" in _messages(
            tiny.instance, cold.run_id
        )
        assert (warm.status, warm.tags[KIND_TAG]) == (DagsterRunStatus.SUCCESS, "warm")
        _worker_pid_of(tiny.instance, warm)


def test_a_warm_process_that_stops_answering_is_replaced_and_the_run_starts_once_cold(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with _tiny(tmp_path, monkeypatch, TINY_LOCATION, {"fork_timeout_seconds": 2.0}) as tiny:
        first = tiny.finished(tiny.launch())
        warm_pid = int(first.tags[WARM_PID_TAG])
        # Fault injection: the warm process (this test's daemon's child) hangs.
        os.kill(warm_pid, signal.SIGSTOP)
        try:
            stuck = tiny.finished(tiny.launch())
            after = tiny.finished(tiny.launch())
        finally:
            with suppress(ProcessLookupError):
                os.kill(warm_pid, signal.SIGCONT)

        assert (stuck.status, stuck.tags[KIND_TAG]) == (DagsterRunStatus.SUCCESS, "cold")
        # Started once: the hung process was killed before the cold start, and forked nothing.
        messages = _messages(tiny.instance, stuck.run_id)
        started = [m for m in messages if "Started process" in m]
        assert started == [f"Started process for run (pid: {stuck.tags[PID_TAG]})."]
        assert any("killed, it had forked no worker" in m for m in messages), messages
        assert (after.status, after.tags[KIND_TAG]) == (DagsterRunStatus.SUCCESS, "warm")
        assert int(after.tags[WARM_PID_TAG]) != warm_pid


# --- the Oceanid code location ---------------------------------------------------------------

BATCHES = ("warm-a", "warm-b")
PATH_STEPS = {"raw_ingest", "suggestions", "argilla_records", "argilla_dataset", "coverage"}


def test_oceanid_batches_run_in_workers_forked_from_one_warm_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Its own Argilla server, as tests/test_one_run_per_batch.py has, for the same reason.
    with start_local_argilla(
        tmp_path / "argilla", free_port(), ARGILLA_TEST_API_KEY, reuse=False, timeout=120
    ) as argilla:
        _clean_environment(monkeypatch, tmp_path / "home")
        monkeypatch.setenv("ARGILLA_API_URL", argilla.api_url)
        monkeypatch.setenv("ARGILLA_API_KEY", argilla.api_key)
        monkeypatch.setenv("OCEANID_SENSOR_INTERVAL_SECONDS", "2")
        prepare_dagster_home()
        store = ObjectStoreResource.from_env().get_store()
        for seed, batch in enumerate(BATCHES):
            write_demo_batch(store, batch, pages=6, seed=seed + 11)
        log = tmp_path / "home" / "logs" / "dagster-daemon.log"
        daemon = once.start_daemon(log)
        try:
            with DagsterInstance.get() as instance:
                since = time.time()
                assets = once.batch_asset_keys()
                for batch in BATCHES:
                    outcome = once.wait_for_batch(instance, batch, assets, since, TIMEOUT_S, daemon)
                    assert outcome.ok, f"{outcome.message}\n{_tail(log)}"
                runs = [
                    run
                    for batch in BATCHES
                    for run in instance.get_runs(RunsFilter(tags={"dagster/partition": batch}))
                ]
                pids = [_worker_pid_of(instance, run) for run in runs]
                steps = [
                    set(_step_events(instance, run.run_id, DagsterEventType.STEP_SUCCESS))
                    for run in runs
                ]
        finally:
            once.stop_daemon(daemon)

    # One run per batch; the automation sensor may start one more (a partition it saw as stale
    # while the batch's run pushed), which is a worker of the same warm process too.
    batch_runs = [i for i, run in enumerate(runs) if run.job_name == "ingest_batch"]
    assert [(runs[i].status, runs[i].tags[KIND_TAG]) for i in batch_runs] == [
        (DagsterRunStatus.SUCCESS, "warm")
    ] * 2, _tail(log)
    assert all(run.tags[KIND_TAG] == "warm" for run in runs), _tail(log)
    assert len(set(pids)) == len(runs)
    assert len({run.tags[WARM_PID_TAG] for run in runs}) == 1
    assert all(steps[i] >= PATH_STEPS for i in batch_runs), steps
