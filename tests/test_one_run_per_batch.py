"""One run per new batch, from the drop to Argilla, with the real daemon and sensors.

The drop sensor's `ingest_batch` run carries a batch through raw, pre-annotation, the push and
coverage. Neither the automation sensor (eager conditions downstream of raw_pages) nor the
autoload sensor (the records file the run writes) may start those assets again; and a re-drop
that adds nothing new runs again but does not push the same records a second time.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import pytest
from dagster import AssetKey, AssetRecordsFilter, DagsterInstance, DagsterRun, RunsFilter

from oceanid_assets import config
from oceanid_assets.db.connect import connect_reader
from oceanid_assets.ingest.receipts import store_document
from oceanid_assets.instance import prepare_dagster_home
from oceanid_assets.resources.object_store import ObjectStoreResource
from oceanid_dev.argilla_local.launcher import start_local_argilla
from oceanid_dev.demo import once
from oceanid_dev.demo.batch import write_demo_batch
from tests.conftest import ARGILLA_TEST_API_KEY, free_port

BATCH = "one-run"
TIMEOUT_S = 300
# Sensors that could start a batch's assets a second time after its run.
WATCHERS = ("oceanid_automation", "argilla_autoload_sensor")


def test_a_new_batch_reaches_argilla_in_one_run_and_a_redrop_is_not_pushed_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Its own Argilla server: the session's holds other tests' datasets, which the submissions
    # sensor would export in this daemon too.
    with start_local_argilla(
        tmp_path / "argilla", free_port(), ARGILLA_TEST_API_KEY, reuse=False, timeout=120
    ) as argilla:
        for name in list(os.environ):
            if name.startswith(("OCEANID_", "MD_", "DAGSTER_", "ARGILLA_")):
                monkeypatch.delenv(name)
        monkeypatch.setenv("OCEANID_HOME", str(tmp_path / "home"))
        monkeypatch.setenv("ARGILLA_API_URL", argilla.api_url)
        monkeypatch.setenv("ARGILLA_API_KEY", argilla.api_key)
        monkeypatch.setenv("OCEANID_SENSOR_INTERVAL_SECONDS", "2")
        prepare_dagster_home()
        store = ObjectStoreResource.from_env().get_store()
        # Written before the daemon starts, so that no tick sees half of the batch.
        batch = write_demo_batch(store, BATCH, pages=12, seed=3)
        log = tmp_path / "home" / "logs" / "dagster-daemon.log"
        daemon = once.start_daemon(log)
        try:
            with DagsterInstance.get() as instance:
                since = time.time()
                outcome = once.wait_for_batch(
                    instance, BATCH, once.batch_asset_keys(), since, TIMEOUT_S, daemon
                )
                assert outcome.ok, f"{outcome.message}\n{_tail(log)}"
                _wait_for_watchers(instance, daemon, log)
                first = _runs(instance)
                pushes_after_drop = _ingest_log()

                # The same PDF again under a new receipt: the raw load records a duplicate and
                # adds no page, so the records file is the one already in Argilla.
                receipt = batch.receipts[0]
                store_document(store, BATCH, store.read_bytes(receipt.object_key), receipt.filename)
                _wait_for_runs(instance, 2, daemon, log)
                _wait_for_watchers(instance, daemon, log)
                second = _runs(instance)
                pushes_after_redrop = _ingest_log()
                newest_push = _newest_metadata(instance, "argilla_dataset")
        finally:
            once.stop_daemon(daemon)

    assert [(r.job_name, r.tags.get("dagster/sensor_name"), r.status.value) for r in first] == [
        ("ingest_batch", "batch_drop_sensor", "SUCCESS")
    ], _tail(log)
    assert pushes_after_drop == [("succeeded", batch.pages)]
    assert [(r.job_name, r.status.value) for r in second] == [("ingest_batch", "SUCCESS")] * 2
    assert pushes_after_redrop == pushes_after_drop  # no second push, by the run or the sensor
    assert "skipped" in newest_push


def _runs(instance: DagsterInstance) -> list[DagsterRun]:
    """The batch's runs, oldest first."""
    records = instance.get_run_records(RunsFilter(tags={"dagster/partition": BATCH}))
    return [record.dagster_run for record in sorted(records, key=lambda r: r.create_timestamp)]


def _ingest_log() -> list[tuple[str, int]]:
    with connect_reader(config.annotated_db_url(), busy_timeout_s=60) as conn:
        rows = conn.execute(
            "SELECT status, record_count FROM argilla_ingest_log WHERE batch_id = ? "
            "ORDER BY finished_at",
            [BATCH],
        ).fetchall()
    return [(str(status), int(count)) for status, count in rows]


def _newest_metadata(instance: DagsterInstance, asset: str) -> dict[str, Any]:
    records = instance.fetch_materializations(
        AssetRecordsFilter(asset_key=AssetKey(asset), asset_partitions=[BATCH]), limit=1
    ).records
    materialization = records[0].asset_materialization
    return dict(materialization.metadata) if materialization else {}


def _wait_for_runs(instance: DagsterInstance, count: int, daemon: Any, log: Path) -> None:
    deadline = time.monotonic() + TIMEOUT_S
    while time.monotonic() < deadline:
        assert daemon.poll() is None, f"dagster-daemon exited\n{_tail(log)}"
        runs = _runs(instance)
        if len(runs) >= count and all(run.status in once.FINISHED for run in runs):
            return
        time.sleep(1.0)
    raise AssertionError(f"fewer than {count} finished runs for {BATCH}\n{_tail(log)}")


def _wait_for_watchers(instance: DagsterInstance, daemon: Any, log: Path) -> None:
    """Until each sensor that could start the batch again has evaluated twice since its last
    run ended, so that a run it would start exists by then."""
    records = instance.get_run_records(RunsFilter(tags={"dagster/partition": BATCH}))
    ended = max((record.end_time or 0.0 for record in records), default=0.0)
    states = {
        state.instigator_name: state
        for state in instance.all_instigator_state()
        if state.instigator_name in WATCHERS
    }
    assert set(states) == set(WATCHERS), sorted(states)
    deadline = time.monotonic() + TIMEOUT_S
    while time.monotonic() < deadline:
        assert daemon.poll() is None, f"dagster-daemon exited\n{_tail(log)}"
        finished = [
            sum(
                1
                for tick in instance.get_ticks(
                    state.instigator_origin_id, state.selector_id, after=ended
                )
                if tick.status.value in ("SUCCESS", "SKIPPED", "FAILURE")
            )
            for state in states.values()
        ]
        if min(finished) >= 2:
            return
        time.sleep(1.0)
    raise AssertionError(f"the sensors did not tick after the run\n{_tail(log)}")


def _tail(log: Path, lines: int = 40) -> str:
    if not log.exists():
        return ""
    return "\n".join(log.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
