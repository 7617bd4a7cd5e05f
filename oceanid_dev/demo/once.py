"""`oceanid demo --once`: a fresh demo batch through the real daemon, sensors and assets.

Nothing here calls an asset: it writes documents into the drop zone, starts `dagster-daemon`,
and watches the instance until every batch-partitioned asset has materialized the batch (or a
run for it failed), then prints what landed.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from dagster import (
    AssetKey,
    AssetRecordsFilter,
    DagsterInstance,
    DagsterRun,
    DagsterRunStatus,
    RunsFilter,
)

from oceanid_assets import config
from oceanid_assets.db.connect import connect_reader
from oceanid_assets.defs.batches import batch_partitions
from oceanid_assets.instance import WORKSPACE_FILE, venv_bin

FAILED = {DagsterRunStatus.FAILURE, DagsterRunStatus.CANCELED}
FINISHED = FAILED | {DagsterRunStatus.SUCCESS}


@dataclass
class Outcome:
    ok: bool
    message: str
    stage_seconds: dict[str, float] = field(default_factory=dict)
    runs: list[str] = field(default_factory=list)


def batch_asset_keys() -> list[AssetKey]:
    from oceanid_assets.definitions import load_definitions

    # Annotations, and what learns from them, wait for SMEs: the demo's batch is through once
    # it is in Argilla.
    return sorted(
        (
            spec.key
            for spec in load_definitions().resolve_all_asset_specs()
            if spec.partitions_def == batch_partitions
            and spec.group_name not in ("annotations", "learning")
        ),
        key=lambda key: key.to_user_string(),
    )


def start_daemon(log_path: Path) -> subprocess.Popen[bytes]:
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("ab") as log_file:
        return subprocess.Popen(
            [venv_bin("dagster-daemon"), "run", "-w", str(WORKSPACE_FILE)],
            stdout=log_file,
            stderr=subprocess.STDOUT,
            cwd=config.text("DAGSTER_HOME"),  # not the repo root: see cli._dev
        )


def start_webserver(log_path: Path, port: int) -> subprocess.Popen[bytes]:
    """`dagster-webserver` on 127.0.0.1:port: the GraphQL API the upload service launches a
    closed batch's run through (OCEANID_DAGSTER_GRAPHQL_URL)."""
    log_path.parent.mkdir(parents=True, exist_ok=True)
    command = [venv_bin("dagster-webserver"), "-w", str(WORKSPACE_FILE)]
    with log_path.open("ab") as log_file:
        return subprocess.Popen(
            [*command, "-h", "127.0.0.1", "-p", str(port)],
            stdout=log_file,
            stderr=subprocess.STDOUT,
            cwd=config.text("DAGSTER_HOME"),
        )


def wait_for_webserver(process: subprocess.Popen[bytes], port: int, timeout_s: float) -> None:
    """Until the webserver answers with its code location loaded; RuntimeError if it exits or
    does not in time."""
    deadline = time.monotonic() + timeout_s
    query = "{ workspaceOrError { ... on Workspace { locationEntries { loadStatus } } } }"
    url = f"http://127.0.0.1:{port}/graphql"
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"dagster-webserver exited with {process.returncode}")
        try:
            body = httpx.post(url, json={"query": query}, timeout=5, trust_env=False).json()
            entries = body["data"]["workspaceOrError"]["locationEntries"]
            if entries and all(entry["loadStatus"] == "LOADED" for entry in entries):
                return
        except (httpx.HTTPError, ValueError, KeyError, TypeError):
            pass
        time.sleep(0.5)
    raise RuntimeError(f"dagster-webserver did not load its workspace within {timeout_s:g}s")


def stop_daemon(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    process.send_signal(signal.SIGINT)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def wait_for_batch(
    instance: DagsterInstance,
    batch_id: str,
    assets: list[AssetKey],
    since: float,
    timeout_s: float,
    daemon: subprocess.Popen[bytes],
) -> Outcome:
    deadline = time.monotonic() + timeout_s
    reported: set[str] = set()
    while time.monotonic() < deadline:
        if daemon.poll() is not None:
            return Outcome(False, f"dagster-daemon exited with code {daemon.returncode}")
        runs = instance.get_runs(RunsFilter(tags={"dagster/partition": batch_id}))
        for run in runs:
            if run.run_id not in reported and run.status in FINISHED:
                reported.add(run.run_id)
                print(f"  run {run.run_id[:8]} ({run.job_name}): {run.status.value}", flush=True)
        failed = [run for run in runs if run.status in FAILED]
        if failed:
            return Outcome(
                False,
                f"run {failed[0].run_id} ({failed[0].job_name}) failed",
                runs=[r.run_id for r in runs],
            )
        pending = [run for run in runs if run.status not in FINISHED]
        done = all(_materialized_since(instance, key, batch_id, since) for key in assets)
        if done and not pending:
            return Outcome(
                True,
                "all assets materialized",
                _stage_seconds(instance, runs),
                [r.run_id for r in runs],
            )
        time.sleep(1.0)
    return Outcome(False, f"timed out after {timeout_s:.0f}s waiting for batch {batch_id}")


def _materialized_since(instance: DagsterInstance, key: AssetKey, batch: str, since: float) -> bool:
    records = instance.fetch_materializations(
        AssetRecordsFilter(asset_key=key, asset_partitions=[batch], after_timestamp=since), limit=1
    ).records
    return bool(records)


def _stage_seconds(instance: DagsterInstance, runs: Sequence[DagsterRun]) -> dict[str, float]:
    seconds: dict[str, float] = {}
    for run in runs:
        for step in instance.get_run_step_stats(run.run_id):
            if step.start_time and step.end_time:
                seconds[step.step_key] = seconds.get(step.step_key, 0.0) + (
                    step.end_time - step.start_time
                )
    return seconds


def table_counts(batch_id: str) -> list[tuple[str, int, int]]:
    """(table, rows of this batch, rows in all) for the raw database."""
    rows = []
    with connect_reader(config.raw_db_url()) as conn:
        for table in ("raw_documents", "raw_pages", "raw_quarantine", "vw_argilla_pages"):
            batch_rows, all_rows = conn.execute(
                f"SELECT count(*) FILTER (WHERE batch_id = ?), count(*) FROM {table}", [batch_id]
            ).fetchone() or (0, 0)
            rows.append((f"md_raw_ocr.{table}", batch_rows, all_rows))
    return rows


def suggestion_summary(batch_id: str) -> str:
    from oceanid_assets.preannotate.run import pages_covered
    from oceanid_assets.resources.object_store import ObjectStoreResource
    from oceanid_assets.storage import layout
    from oceanid_assets.storage.store import read_parquet

    store = ObjectStoreResource.from_env().get_store()
    table = read_parquet(store, layout.suggestions_key(batch_id))
    return f"{table.num_rows} spans on {pages_covered(table)} pages"


def argilla_summary(batch_id: str) -> str:
    from oceanid_assets.resources.argilla import ArgillaResource
    from oceanid_assets.storage import layout

    with connect_reader(config.annotated_db_url()) as conn:
        row = conn.execute(
            "SELECT status, records_pushed, spans_rejected, attempt FROM argilla_ingest_log "
            "WHERE batch_id = ? ORDER BY finished_at DESC LIMIT 1",
            [batch_id],
        ).fetchone()
    if row is None:
        return "no push logged"
    status, pushed, rejected, attempt = row
    url = ArgillaResource.from_env().api_url
    return (
        f"{layout.dataset_name(batch_id)} {status} (attempt {attempt}): {pushed} records, "
        f"{rejected} spans refused -> {url}"
    )


def coverage_summary(batch_id: str) -> str:
    from oceanid_assets.monitoring.coverage import batch_coverage

    urls = {"raw": config.raw_db_url(), "ann": config.annotated_db_url()}
    report = batch_coverage(urls, batch_id, busy_timeout_s=5.0)
    t = report.totals
    return (
        f"{t['records_in_argilla']}/{t['pages_expected']} pages in Argilla, "
        f"{t['pages_annotated']} annotated, {t.get('within_5_min_pct')}% within 5 minutes of "
        f"OCR, pilot gates {'PASS' if report.gates_passed else 'FAIL'}"
    )


def print_summary(batch_id: str, outcome: Outcome, elapsed: float) -> None:
    print(
        f"\n== Oceanid demo: batch {batch_id} — {'OK' if outcome.ok else 'FAILED'} "
        f"in {elapsed:.1f}s =="
    )
    if not outcome.ok:
        print(f"  {outcome.message}")
    print(f"  {'table':<34}{'this batch':>12}{'all batches':>13}")
    try:
        for table, batch_rows, all_rows in table_counts(batch_id):
            print(f"  {table:<34}{batch_rows:>12}{all_rows:>13}")
    except Exception as exc:  # the summary must not hide the real outcome
        print(f"  (could not read the raw database: {exc})")
    try:
        print(f"  suggestions (Parquet): {suggestion_summary(batch_id)}")
    except Exception as exc:
        print(f"  suggestions (Parquet): not written ({type(exc).__name__})")
    try:
        print(f"  Argilla: {argilla_summary(batch_id)}")
    except Exception as exc:
        print(f"  Argilla: nothing logged ({type(exc).__name__})")
    try:
        print(f"  coverage: {coverage_summary(batch_id)}")
    except Exception as exc:
        print(f"  coverage: not available ({type(exc).__name__})")
    for step, seconds in sorted(outcome.stage_seconds.items()):
        print(f"  stage {step:<28}{seconds:>8.1f}s")
    sys.stdout.flush()
