"""`oceanid demo --once` end to end: real daemon, real sensor, real runs (no direct calls)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
from dagster import DagsterInstance, RunsFilter

from oceanid_assets.instance import REPO_ROOT
from tests.conftest import free_port

OCEANID = str(Path(sys.executable).parent / "oceanid")


def _run_demo(
    home: Path, *extra: str, env: dict[str, str] | None = None, cwd: Path = REPO_ROOT
) -> subprocess.CompletedProcess[str]:
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("OCEANID_", "MD_", "DAGSTER_", "AWS_", "ARGILLA_"))
    }
    environment.update(
        {
            "OCEANID_HOME": str(home),
            "OCEANID_SENSOR_INTERVAL_SECONDS": "2",
            # Its own local Argilla server, not a developer's on the default port.
            "OCEANID_ARGILLA_PORT": str(free_port()),
        }
    )
    environment.update(env or {})
    return subprocess.run(
        [OCEANID, "demo", "--once", "--pages", "6", "--timeout", "240", *extra],
        env=environment,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_demo_once_runs_the_batch_through_the_sensor(tmp_path: Path) -> None:
    home = tmp_path / "home"
    # OCEANID_HOME relative, as the README's default `./.oceanid` is: Dagster's processes run
    # from DAGSTER_HOME and must still find the same store and databases.
    done = _run_demo(Path("home"), "--batch-id", "demo-e2e", cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "batch demo-e2e — OK" in done.stdout
    assert re.search(r"suggestions \(Parquet\): [1-9]\d* spans on [1-9]\d* pages", done.stdout)
    with duckdb.connect(str(home / "md_raw_ocr.duckdb"), read_only=True) as conn:
        documents, pages = conn.execute(
            "SELECT count(DISTINCT doc_id), count(*) FROM raw_pages WHERE batch_id = 'demo-e2e'"
        ).fetchone() or (0, 0)
    receipts = list((home / "store" / "uploads" / "demo-e2e").glob("*.json"))
    assert documents == len(receipts) >= 4 and pages >= 5
    assert re.search(rf"md_raw_ocr\.raw_pages\s+{pages}\s", done.stdout), done.stdout
    # One Argilla record per page, pushed by the ingest run and logged in md_annotated.
    assert f"vessels_ocr_demo-e2e succeeded (attempt 1): {pages} records" in done.stdout
    with duckdb.connect(str(home / "md_annotated.duckdb"), read_only=True) as conn:
        logged = conn.execute(
            "SELECT status, record_count FROM argilla_ingest_log WHERE batch_id = 'demo-e2e'"
        ).fetchall()
    assert logged == [("succeeded", pages)]
    # The coverage asset ran after the push (automation sensor) and its numbers are printed.
    assert f"coverage: {pages}/{pages} pages in Argilla, 0 annotated" in done.stdout
    assert "pilot gates PASS" in done.stdout
    assert (home / "store" / "reports" / "coverage" / "demo-e2e" / "documents.parquet").exists()
    # One run, launched by the drop sensor, none by the command: it carries the batch from the
    # drop to Argilla and its coverage report (docs/performance.md).
    os.environ["DAGSTER_HOME"] = str(home / "dagster")
    try:
        with DagsterInstance.get() as instance:
            runs = instance.get_runs(RunsFilter(tags={"dagster/partition": "demo-e2e"}))
            launched_by = [(run.job_name, run.tags.get("dagster/sensor_name")) for run in runs]
            assert launched_by == [("ingest_batch", "batch_drop_sensor")]
    finally:
        del os.environ["DAGSTER_HOME"]
    # Ground truth is written beside the batch for later evaluation.
    assert len(list((home / "store" / "truth" / "demo-e2e").glob("*.json"))) == len(receipts)


def test_demo_once_exits_non_zero_when_a_stage_fails(tmp_path: Path) -> None:
    home = tmp_path / "home"
    broken_sql = tmp_path / "sql"
    shutil.copytree(REPO_ROOT / "sql", broken_sql)
    # Fault injection: the code location loads, but the raw load's SQL is missing at run time.
    (broken_sql / "load_raw_pages.sql").unlink()
    done = _run_demo(home, "--batch-id", "demo-fail", env={"OCEANID_SQL_DIR": str(broken_sql)})
    assert done.returncode == 1, done.stdout + done.stderr
    assert "FAILED" in done.stdout and "ingest_batch" in done.stdout


def test_instance_config_limits_every_pool_to_one(tmp_path: Path) -> None:
    (tmp_path / "dagster.yaml").write_bytes((REPO_ROOT / "dagster.yaml").read_bytes())
    with DagsterInstance.from_config(str(tmp_path)) as instance:
        assert instance.get_concurrency_config().pool_config.default_pool_limit == 1


def test_demo_once_scanned_mixed_batch_gets_ocr_text_into_argilla(tmp_path: Path) -> None:
    """Born-digital, scanned and half-scanned PDFs in one batch: the sensors alone take it from
    the drop to Argilla, and the scanned pages reach it as OCR text, not as empty records."""
    home = tmp_path / "home"
    done = _run_demo(home, "--batch-id", "demo-scan", "--pages", "4", "--scanned", "mixed")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "batch demo-scan — OK" in done.stdout
    with duckdb.connect(str(home / "md_raw_ocr.duckdb"), read_only=True) as conn:
        sources = dict(
            conn.execute(
                "SELECT text_source, count(*) FROM vw_argilla_pages "
                "WHERE batch_id = 'demo-scan' AND char_count > 0 GROUP BY ALL"
            ).fetchall()
        )
        pages = conn.execute(
            "SELECT count(*) FROM vw_argilla_pages WHERE batch_id = 'demo-scan'"
        ).fetchone()
        failures = conn.execute("SELECT count(*) FROM raw_page_failures").fetchone()
    assert sources.get("ocr", 0) >= 1 and sources.get("text_layer", 0) >= 1, sources
    assert pages == (sum(sources.values()),) and failures == (0,)
    assert f"vessels_ocr_demo-scan succeeded (attempt 1): {pages[0]} records" in done.stdout
