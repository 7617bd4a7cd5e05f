"""Backfill: staging historical PDFs, the failure ledger, the retry plan, and 20 batches through
the real daemon with one broken batch that resumes after the fix."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb
import pytest
from dagster import AssetKey, DagsterInstance, DagsterRunStatus, RunsFilter

from oceanid_assets.backfill import ledger
from oceanid_assets.backfill.ledger import Failure, LedgerItem
from oceanid_assets.backfill.plan import TARGET_ASSETS, BatchState, Policy, decide
from oceanid_assets.backfill.scan import prefix_slug, scan_and_stage
from oceanid_assets.db.append_only import AppendOnlyViolation
from oceanid_assets.definitions import load_definitions
from oceanid_assets.defs.backfill.run import (
    BACKFILL_TAG,
    BackfillLaunchError,
    BackfillRequest,
    launch_asset_backfills,
)
from oceanid_assets.instance import REPO_ROOT
from oceanid_assets.resources.databases import DuckDBDatabase
from oceanid_assets.storage.store import LocalStore, Store
from oceanid_dev.argilla_local.launcher import LocalArgilla, start_local_argilla
from oceanid_dev.demo.once import start_daemon, stop_daemon
from tests.conftest import ARGILLA_TEST_API_KEY, free_port, make_pdf

OCEANID = str(Path(sys.executable).parent / "oceanid")
NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def _ops_db(tmp_path: Path) -> DuckDBDatabase:
    return DuckDBDatabase.for_role("ops", str(tmp_path / "ops.duckdb"), "ops_schema.sql")


def _historical(store: Store, count: int, prefix: str = "historical/") -> list[str]:
    keys = []
    for i in range(count):
        key = f"{prefix}{2000 + i % 7}/registry-{i:04d}.pdf"
        store.write_bytes(key, make_pdf([f"Vessel SEA WOLF {i} IMO 9{i:06d} Flag: Panama"]))
        keys.append(key)
    return keys


# --- staging (plain functions, no Dagster) ----------------------------------------------------


def test_scan_stages_batches_once_by_content(store: Store, tmp_path: Path) -> None:
    keys = _historical(store, 23)
    store.write_bytes("historical/copy-of-0.pdf", store.read_bytes(keys[0]))  # same content
    with ledger.connect_ops(_ops_db(tmp_path), max_attempts=3) as ops:
        first = scan_and_stage(store, ops, "historical/", 10)
        assert first.pdfs_found == 24 and first.duplicates == 1
        assert {b: len(d) for b, d in first.batches.items()} == {
            "backfill-historical-0001": 10,
            "backfill-historical-0002": 10,
            "backfill-historical-0003": 3,
        }
        for batch_id, docs in first.batches.items():
            receipts = [o.key for o in store.list_objects(f"uploads/{batch_id}/")]
            assert sorted(receipts) == sorted(
                f"uploads/{batch_id}/{d.doc_id}.{ext}" for d in docs for ext in ("json", "pdf")
            )
        # A re-run copies nothing; a new PDF (and a renamed copy of a staged one) later on gets
        # the next batch number, and only the new content is staged.
        again = scan_and_stage(store, ops, "historical/", 10)
        assert again.batches == {} and again.already_staged == 24
        store.write_bytes("historical/late.pdf", make_pdf(["Vessel LATE ARRIVAL IMO 9999999"]))
        store.write_bytes("historical/renamed.pdf", store.read_bytes(keys[5]))
        later = scan_and_stage(store, ops, "historical/", 10)
        assert [(b, [d.source_key for d in docs]) for b, docs in later.batches.items()] == [
            ("backfill-historical-0004", ["historical/late.pdf"])
        ]
        staged = ops.execute("SELECT count(*), count(DISTINCT doc_sha256) FROM backfill_documents")
        assert staged.fetchone() == (24, 24)


def test_dry_run_writes_nothing(local_store: LocalStore, tmp_path: Path) -> None:
    _historical(local_store, 4)
    with ledger.connect_ops(_ops_db(tmp_path), max_attempts=3) as ops:
        report = scan_and_stage(local_store, ops, "historical/", 3, dry_run=True)
        assert report.documents_staged == 4 and len(report.batches) == 2
        assert not (local_store.root / "uploads").exists()
        assert ops.execute("SELECT count(*) FROM backfill_documents").fetchone() == (0,)


def test_batch_ids_are_valid_for_any_prefix() -> None:
    assert prefix_slug("Historical/2019 IOTC lists/") == "historical-2019-iotc-lists"
    assert prefix_slug("") == "root"
    assert len(prefix_slug("x" * 200)) <= 40


# --- the ledger (md_ops) ----------------------------------------------------------------------


def _failure(run: str, at: datetime, stage: str = "raw_ingest", doc: str | None = None) -> Failure:
    return Failure("b1", stage, "IsADirectoryError:  boom\n" + "x" * 900, at, run, doc, "job")


def test_ledger_counts_attempts_once_per_run_and_resolves(tmp_path: Path) -> None:
    with ledger.connect_ops(_ops_db(tmp_path), max_attempts=3) as ops:
        ledger.record_failures(ops, [_failure("r1", NOW)])
        ledger.record_failures(ops, [_failure("r1", NOW)])  # a retried sensor tick
        ledger.record_failures(ops, [_failure("r2", NOW + timedelta(minutes=1))])
        (item,) = ledger.open_items(ops)
        assert (item.batch_id, item.stage, item.attempts, item.status) == (
            "b1",
            "raw_ingest",
            2,
            "failed",
        )
        assert len(item.error) == ledger.ERROR_CHARS and "\n" not in item.error
        # A success older than the last failure resolves nothing; a newer one does.
        assert ledger.record_resolutions(ops, "b1", ["raw_ingest"], NOW, "r0") == 0
        later = NOW + timedelta(minutes=2)
        assert ledger.record_resolutions(ops, "b1", ["raw_ingest", "suggestions"], later, "r3") == 1
        assert ledger.open_items(ops) == []
        assert [i.status for i in ledger.all_items(ops)] == ["resolved"]
        ledger.record_failures(
            ops, [_failure(f"r{n}", later + timedelta(minutes=n)) for n in (4, 5)]
        )
        assert [(i.attempts, i.status) for i in ledger.open_items(ops)] == [(4, "gave_up")]
        with pytest.raises(AppendOnlyViolation):
            ops.execute("DELETE FROM failure_ledger")


def test_quarantined_documents_are_imported_per_document(tmp_path: Path) -> None:
    raw = tmp_path / "raw.duckdb"
    with duckdb.connect(str(raw)) as conn:
        conn.execute((REPO_ROOT / "sql" / "raw_schema.sql").read_text())
        conn.execute(
            "INSERT INTO raw_quarantine VALUES ('b1', 'd1', 'uploads/b1/d1.pdf', 'd1.pdf', NULL, "
            "'not a PDF', now(), 'run-1'), ('b2', 'd2', 'k', NULL, NULL, 'x', now(), 'run-2')"
        )
    found = ledger.quarantine_failures(str(raw), {"b1"})
    assert [(f.batch_id, f.doc_id, f.stage, f.error) for f in found] == [
        ("b1", "d1", ledger.QUARANTINE_STAGE, "not a PDF")
    ]
    with ledger.connect_ops(_ops_db(tmp_path), max_attempts=3) as ops:
        ledger.record_failures(ops, found)
        ledger.record_failures(ops, found)
        assert [(i.doc_id, i.attempts) for i in ledger.open_items(ops)] == [("d1", 1)]


# --- the plan (pure) --------------------------------------------------------------------------

POLICY = Policy(max_attempts=3, backoff_base_s=60, backoff_max_s=600, grace_s=300)


def _item(attempts: int, minutes_ago: float, stage: str = "suggestions") -> LedgerItem:
    at = NOW - timedelta(minutes=minutes_ago)
    return LedgerItem("b1", None, stage, "boom", attempts, at, "failed")


def _state(**kwargs: object) -> BatchState:
    fields: dict[str, object] = {"batch_id": "b1", "first_seen_at": NOW - timedelta(hours=1)}
    fields.update(kwargs)
    return BatchState(**fields)  # type: ignore[arg-type]


def test_plan_retries_with_exponential_backoff_then_gives_up() -> None:
    done = frozenset(TARGET_ASSETS[:3])
    # Attempt 2 failed 1.5 minutes ago: the delay after 2 attempts is 2 minutes.
    assert decide(_state(materialized=done, failures=(_item(2, 1.5),)), NOW, POLICY).action == (
        "backoff"
    )
    retry = decide(_state(materialized=done, failures=(_item(2, 2.5),)), NOW, POLICY)
    assert (retry.action, retry.assets) == ("retry", ("suggestions", "argilla_records"))
    gave_up = decide(_state(failures=(_item(3, 60),)), NOW, POLICY)
    assert gave_up.action == "gave_up" and "3 failed attempts" in gave_up.detail
    # A raw failure retries everything from the raw load on.
    raw = decide(_state(failures=(_item(1, 5, "raw_ingest"),)), NOW, POLICY)
    assert raw.assets == TARGET_ASSETS
    # Running or requested: never launched twice.
    assert decide(_state(active=True, failures=(_item(1, 60),)), NOW, POLICY).action == (
        "in_progress"
    )


def test_plan_leaves_fresh_batches_to_the_drop_sensor_and_reports_later_stages() -> None:
    fresh = _state(first_seen_at=NOW - timedelta(seconds=10))
    assert decide(fresh, NOW, POLICY).action == "pending"
    stale = decide(_state(materialized=frozenset(TARGET_ASSETS[:2])), NOW, POLICY)
    assert (stale.action, stale.assets) == ("launch", TARGET_ASSETS[2:])
    complete = frozenset(TARGET_ASSETS)
    assert decide(_state(materialized=complete), NOW, POLICY).action == "ok"
    push = decide(
        _state(materialized=complete, failures=(_item(1, 1, "argilla_dataset"),)), NOW, POLICY
    )
    assert push.action == "reported"  # the autoload sensor retries pushes, not the backfill


# --- launching (Dagster's GraphQL API through dagster-graphql, no daemon) -----------------------


def test_launch_creates_asset_backfills_through_the_graphql_api(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "dagster"
    home.mkdir()
    shutil.copyfile(REPO_ROOT / "dagster.yaml", home / "dagster.yaml")
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    monkeypatch.setenv("OCEANID_HOME", str(tmp_path / "home"))
    batches = ("backfill-historical-0001", "backfill-historical-0002")
    with DagsterInstance.get() as instance:
        instance.add_dynamic_partitions("batches", list(batches))
        results = launch_asset_backfills(
            [
                BackfillRequest("retry", ("suggestions", "argilla_records"), batches),
                BackfillRequest(
                    "missing", ("raw_documents", "raw_pages"), ("backfill-historical-0009",)
                ),
            ]
        )
        launched, refused = results
        assert isinstance(launched, str), launched
        # Not registered: Dagster refuses it, the other one is launched all the same.
        assert isinstance(refused, BackfillLaunchError)
        assert "backfill-historical-0009" in str(refused)
        (backfill,) = instance.get_backfills()
        assert backfill.backfill_id == launched and backfill.status.value == "REQUESTED"
        assert backfill.tags[BACKFILL_TAG] == "retry"
        assert backfill.title == "oceanid backfill: retry (2 batches)"
        assert set(backfill.asset_selection or ()) == {
            AssetKey("suggestions"),
            AssetKey("argilla_records"),
        }
        assert backfill.description == f"retry: {batches[0]}, {batches[1]}"
        target = backfill.asset_backfill_data.target_subset  # type: ignore[union-attr]
        assert {
            (key.path[-1], partition) for key, partition in target.iterate_asset_partitions()
        } == {(asset, batch) for asset in ("suggestions", "argilla_records") for batch in batches}


def test_backfill_scan_job_launches_and_records_its_backfill(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The job path: the op, in a run, launches through the same public route as the CLI."""
    home = tmp_path / "home"
    (home / "dagster").mkdir(parents=True)
    shutil.copyfile(REPO_ROOT / "dagster.yaml", home / "dagster" / "dagster.yaml")
    monkeypatch.setenv("OCEANID_HOME", str(home))
    monkeypatch.setenv("DAGSTER_HOME", str(home / "dagster"))
    _historical(LocalStore(home / "store"), 4)
    with DagsterInstance.get() as instance:
        result = (
            load_definitions()
            .get_job_def("backfill_scan")
            .execute_in_process(
                instance=instance,
                # grace 0: nobody ran them, launch at once
                run_config={
                    "ops": {"backfill_scan_op": {"config": {"batch_size": 2, "grace_s": 0}}}
                },
            )
        )
        assert result.success
        (backfill,) = instance.get_backfills()
        assert backfill.tags[BACKFILL_TAG] == "missing"
        assert set(backfill.asset_selection or ()) == {AssetKey(a) for a in TARGET_ASSETS}
    with duckdb.connect(str(home / "md_ops.duckdb"), read_only=True) as conn:
        launches = conn.execute(
            "SELECT backfill_id, batch_id, reason FROM backfill_launches ORDER BY batch_id"
        ).fetchall()
    assert launches == [
        (backfill.backfill_id, f"backfill-historical-000{n}", "missing") for n in (1, 2)
    ]


# --- 20 batches through the real daemon ---------------------------------------------------------

# 20 by default (the acceptance); fewer for a quick local run.
BATCHES = int(os.environ.get("OCEANID_TEST_BACKFILL_BATCHES") or 20)
PER_BATCH = 3
BROKEN = f"backfill-historical-{min(7, BATCHES):04d}"


@pytest.fixture
def argilla_of_its_own(tmp_path: Path) -> Iterator[LocalArgilla]:
    """Not the session's server: its datasets from other tests would be seen by this daemon's
    submissions sensor, which would register and export them as batches of this instance."""
    with start_local_argilla(
        tmp_path / "argilla", free_port(), ARGILLA_TEST_API_KEY, reuse=False, timeout=120
    ) as server:
        yield server


@pytest.fixture
def env(tmp_path: Path, argilla_of_its_own: LocalArgilla) -> Iterator[dict[str, str]]:
    argilla_server = argilla_of_its_own
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("OCEANID_", "MD_", "DAGSTER_", "ARGILLA_"))
    }
    home = tmp_path / "home"
    environment.update(
        {
            "OCEANID_HOME": str(home),
            "DAGSTER_HOME": str(home / "dagster"),
            "OCEANID_SENSOR_INTERVAL_SECONDS": "3",
            "OCEANID_EXTRACT_WORKERS": "1",
            "ARGILLA_API_URL": argilla_server.api_url,
            "ARGILLA_API_KEY": argilla_server.api_key,
            "OCEANID_BACKFILL_MAX_ATTEMPTS": "3",
        }
    )
    saved = dict(os.environ)
    os.environ.clear()
    os.environ.update(environment)
    (home / "dagster").mkdir(parents=True)
    shutil.copyfile(REPO_ROOT / "dagster.yaml", home / "dagster" / "dagster.yaml")
    try:
        yield environment
    finally:
        os.environ.clear()
        os.environ.update(saved)


def _backfill(env: dict[str, str], **extra: str) -> str:
    done = subprocess.run(
        [OCEANID, "backfill", "--batch-size", str(PER_BATCH), "-v"],
        env={**env, **extra},
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def _runs_per_partition(instance: DagsterInstance) -> Counter[str]:
    return Counter(run.tags.get("dagster/partition", "") for run in instance.get_runs())


def _wait_until_settled(
    instance: DagsterInstance, daemon: subprocess.Popen[bytes], done: set[str], timeout: float
) -> None:
    """Until every batch in `done` has its coverage report and no run or backfill is open."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert daemon.poll() is None, "dagster-daemon exited"
        covered = instance.get_materialized_partitions(AssetKey("coverage"))
        unfinished = instance.get_runs(
            RunsFilter(
                statuses=[
                    DagsterRunStatus.QUEUED,
                    DagsterRunStatus.NOT_STARTED,
                    DagsterRunStatus.STARTING,
                    DagsterRunStatus.STARTED,
                ]
            )
        )
        # A backfill stays "requested" until the daemon's next look at it, after its last run.
        open_backfills = [b for b in instance.get_backfills() if b.status.value == "REQUESTED"]
        if done <= covered and not unfinished and not open_backfills:
            time.sleep(8)  # the ledger sensors tick every 3 s: let them see the last runs
            return
        time.sleep(1)
    raise AssertionError(f"not settled after {timeout}s: coverage for {sorted(covered)}")


def _ledger(home: Path) -> list[tuple[object, ...]]:
    with duckdb.connect(str(home / "md_ops.duckdb"), read_only=True) as conn:
        conn.execute("SET VARIABLE backfill_max_attempts = 3")
        return conn.execute(
            "SELECT batch_id, doc_id, stage, attempts, status, error FROM vw_failure_ledger "
            "ORDER BY batch_id"
        ).fetchall()


def test_backfill_of_20_batches_resumes_only_the_broken_one_after_the_fix(
    env: dict[str, str],
) -> None:
    home = Path(env["OCEANID_HOME"])
    store = LocalStore(home / "store")
    _historical(store, BATCHES * PER_BATCH)

    out = _backfill(env)
    assert f"{BATCHES * PER_BATCH} staged into {BATCHES} new batch(es)" in out
    assert f"{BATCHES} partition(s) registered" in out
    batches = {f"backfill-historical-{n:04d}" for n in range(1, BATCHES + 1)}
    # Fault injection: one staged PDF of one batch cannot be read (a directory where the file
    # should be), so that batch's raw load fails as a step, not as a quarantined document.
    pdf = sorted((store.root / "uploads" / BROKEN).glob("*.pdf"))[0]
    good = pdf.read_bytes()
    pdf.unlink()
    pdf.mkdir()

    daemon = start_daemon(home / "logs" / "dagster-daemon.log")
    try:
        with DagsterInstance.get() as instance:
            _wait_until_settled(instance, daemon, batches - {BROKEN}, timeout=60.0 * BATCHES)
            ingest = {
                run.tags["dagster/partition"]: run
                for run in instance.get_runs(RunsFilter(job_name="ingest_batch"))
            }
            assert set(ingest) == batches  # the drop sensor took every staged batch in
            assert ingest[BROKEN].status == DagsterRunStatus.FAILURE
            rows = _ledger(home)
            assert [r[:5] for r in rows] == [(BROKEN, None, "raw_ingest", 1, "failed")], rows
            assert "IsADirectoryError" in str(rows[0][5])
            before = _runs_per_partition(instance)

            # Not fixed yet, and the backoff has not elapsed: nothing is launched.
            out = _backfill(env, OCEANID_BACKFILL_BACKOFF_BASE_S="3600")
            assert "launched backfill" not in out and f"{BROKEN}: backoff" in out
            assert f"{BATCHES - 1} ok" in out

            pdf.rmdir()
            pdf.write_bytes(good)
            out = _backfill(env, OCEANID_BACKFILL_BACKOFF_BASE_S="0")
            assert "(retry): 1 partition(s) [" + BROKEN + "]" in out, out
            _wait_until_settled(instance, daemon, batches, timeout=300)

            after = _runs_per_partition(instance)
            rerun = {p for p in after if after[p] != before.get(p, 0)}
            assert rerun == {BROKEN}, (before, after)
            retried = [
                run
                for run in instance.get_runs(RunsFilter(tags={"dagster/partition": BROKEN}))
                if run.tags.get("oceanid/backfill") == "retry"
            ]
            assert [run.status for run in retried] == [DagsterRunStatus.SUCCESS]
            assert [r[:5] for r in _ledger(home)] == [(BROKEN, None, "raw_ingest", 1, "resolved")]
            with duckdb.connect(str(home / "md_raw_ocr.duckdb"), read_only=True) as conn:
                loaded = conn.execute(
                    "SELECT batch_id, count(*) FROM raw_documents GROUP BY ALL"
                ).fetchall()
            assert dict(loaded) == dict.fromkeys(batches, PER_BATCH)

            # Everything is through: a third pass launches nothing.
            out = _backfill(env, OCEANID_BACKFILL_BACKOFF_BASE_S="0")
            assert "launched backfill" not in out and f"batches: {BATCHES} ok" in out
    finally:
        stop_daemon(daemon)
