"""md_ops: the backfill's manifest and the failure ledger, written only by INSERT.

Writers are short: the failure/success sensors (in the code server), the `oceanid backfill`
command and the `backfill_scan` job each open md_ops, insert, and close. A local DuckDB file
takes one writer process at a time, so opening retries for a while on the lock instead of
failing a sensor tick or the command.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

import duckdb
import pyarrow as pa

from oceanid_assets.db.connect import Database, connect_reader, database_exists, table_exists
from oceanid_assets.db.sql import registered, run_sql_file, transaction

log = logging.getLogger("oceanid.backfill")

ERROR_CHARS = 500  # the ledger keeps the gist; the run's event log keeps the whole error
QUARANTINE_STAGE = "raw_quarantine"

FAILURES_SCHEMA = pa.schema(
    [
        ("batch_id", pa.string()),
        ("doc_id", pa.string()),
        ("stage", pa.string()),
        ("error", pa.string()),
        ("failed_at", pa.timestamp("us", tz="UTC")),
        ("dagster_run_id", pa.string()),
        ("job_name", pa.string()),
    ]
)
RESOLUTIONS_SCHEMA = pa.schema(
    [
        ("batch_id", pa.string()),
        ("doc_id", pa.string()),
        ("stage", pa.string()),
        ("resolved_at", pa.timestamp("us", tz="UTC")),
        ("dagster_run_id", pa.string()),
    ]
)


@contextmanager
def connect_ops(ops_db: Database, max_attempts: int) -> Iterator[duckdb.DuckDBPyConnection]:
    """md_ops's writer connection; `max_attempts` (failures of one item before the backfill
    gives it up) is set for the ledger's views."""
    with ops_db.connect() as conn:
        conn.execute("SET VARIABLE backfill_max_attempts = ?", [max_attempts])
        yield conn


def truncate_error(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= ERROR_CHARS else text[: ERROR_CHARS - 1] + "…"


@dataclass(frozen=True)
class Failure:
    batch_id: str
    stage: str
    error: str
    failed_at: datetime
    dagster_run_id: str
    doc_id: str | None = None
    job_name: str | None = None


@dataclass(frozen=True)
class LedgerItem:
    batch_id: str
    doc_id: str | None
    stage: str
    error: str
    attempts: int
    last_attempt_at: datetime
    status: str  # failed | retrying | gave_up | resolved


def record_failures(conn: duckdb.DuckDBPyConnection, failures: list[Failure]) -> int:
    """Insert one ledger row per failure not recorded yet; returns the rows now in the ledger
    for these runs."""
    if not failures:
        return 0
    rows = [
        {
            "batch_id": f.batch_id,
            "doc_id": f.doc_id,
            "stage": f.stage,
            "error": truncate_error(f.error),
            "failed_at": f.failed_at,
            "dagster_run_id": f.dagster_run_id,
            "job_name": f.job_name,
        }
        for f in failures
    ]
    incoming = {"_incoming_failures": pa.Table.from_pylist(rows, FAILURES_SCHEMA)}
    with registered(conn, incoming), transaction(conn):
        return int(run_sql_file(conn, "ops_record_failures.sql")[0][0])


def record_resolutions(
    conn: duckdb.DuckDBPyConnection,
    batch_id: str,
    stages: list[str],
    resolved_at: datetime,
    dagster_run_id: str,
) -> int:
    """Mark the batch-level failures of these stages resolved; returns how many were open."""
    if not stages:
        return 0
    rows = [
        {
            "batch_id": batch_id,
            "doc_id": None,
            "stage": stage,
            "resolved_at": resolved_at,
            "dagster_run_id": dagster_run_id,
        }
        for stage in stages
    ]
    incoming = {"_incoming_resolutions": pa.Table.from_pylist(rows, RESOLUTIONS_SCHEMA)}
    with registered(conn, incoming), transaction(conn):
        before = _count(conn, "failure_resolutions")
        run_sql_file(conn, "ops_record_resolutions.sql")
        return _count(conn, "failure_resolutions") - before


def _count(conn: duckdb.DuckDBPyConnection, table: str) -> int:
    row = conn.execute(f"SELECT count(*) FROM {table}").fetchone()
    return int(row[0]) if row else 0


def open_items(conn: duckdb.DuckDBPyConnection) -> list[LedgerItem]:
    return [LedgerItem(*row) for row in run_sql_file(conn, "ops_ledger_open.sql")]


def all_items(conn: duckdb.DuckDBPyConnection) -> list[LedgerItem]:
    rows = conn.execute(
        "SELECT batch_id, doc_id, stage, error, attempts, last_attempt_at, status "
        "FROM vw_failure_ledger ORDER BY batch_id, stage, doc_id"
    ).fetchall()
    return [LedgerItem(*row) for row in rows]


def quarantine_failures(
    raw_database: str, batch_ids: set[str], read_token: str | None = None
) -> list[Failure]:
    """Documents the raw load quarantined in these batches, read from md_raw_ocr read-only.

    Raises DatabaseBusy while a raw writer holds a local file; the caller skips the import
    then (it is repeated by every scan, and recorded once).
    """
    if not batch_ids or not database_exists(raw_database):
        return []
    with connect_reader(raw_database, read_token=read_token, busy_timeout_s=0) as conn:
        if not table_exists(conn, "raw_quarantine", "db"):
            return []
        conn.register("_batches", pa.table({"batch_id": sorted(batch_ids)}))
        rows = conn.execute(
            "SELECT q.batch_id, q.doc_id, q.object_key, q.reason, q.detected_at, q.dagster_run_id "
            "FROM raw_quarantine AS q JOIN _batches USING (batch_id)"
        ).fetchall()
    return [
        Failure(
            batch_id=batch_id,
            # Invalid receipts have no doc_id: the object key names the item instead.
            doc_id=doc_id or object_key,
            stage=QUARANTINE_STAGE,
            error=reason,
            failed_at=detected_at,
            dagster_run_id=run_id,
            job_name="ingest_batch",
        )
        for batch_id, doc_id, object_key, reason, detected_at, run_id in rows
    ]
