"""One push of a records file into its Argilla dataset, recorded in `argilla_ingest_log`.

Every attempt leaves one log row, succeeded or failed, so the autoload sensor knows which drops
(by object key and content hash) are in Argilla and which to retry.
"""

from __future__ import annotations

import io
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import argilla as rg
import httpx
import pyarrow as pa
import pyarrow.parquet as pq
from argilla._exceptions import ArgillaError

from oceanid_assets.argilla.push import (
    BulkClient,
    DatasetRef,
    PushError,
    ensure_dataset,
    push_records,
)
from oceanid_assets.argilla.records import PreparedRecords, RecordsFileError, prepare_records
from oceanid_assets.config import validate_batch_id
from oceanid_assets.db.connect import Database
from oceanid_assets.db.sql import registered, run_sql_file, transaction
from oceanid_assets.ingest.text import sha256_hex
from oceanid_assets.monitoring.fingerprints import record_fingerprints
from oceanid_assets.storage import layout
from oceanid_assets.storage.store import Store

log = logging.getLogger("oceanid.argilla")
# What one push writes into md_annotated (fingerprinted together, keyed by the Dagster run).
PUSH_TABLES = ("argilla_ingest_log", "argilla_pushed_records")


@dataclass
class IngestResult:
    dataset: DatasetRef
    records_uri: str
    records_sha256: str
    record_count: int
    records_pushed: int
    count_in_argilla: int
    attempt: int
    seconds: float
    prepared: PreparedRecords
    rejected_by_reason: dict[str, int] = field(default_factory=dict)

    @property
    def records_per_second(self) -> float:
        return self.records_pushed / self.seconds if self.seconds else 0.0


class IngestFailed(RuntimeError):
    """The push failed and was logged as a failed attempt."""


def ingest_records_file(
    store: Store,
    batch_id: str,
    connect_sdk: Callable[[], rg.Argilla],
    bulk: BulkClient,
    workspace: str,
    annotated_db: Database,
    dagster_run_id: str,
    on_batch: Callable[[int], None] | None = None,
) -> IngestResult:
    batch_id = validate_batch_id(batch_id)
    name = layout.dataset_name(batch_id)
    key = layout.records_key(batch_id)
    started_at = datetime.now(UTC)
    started = time.perf_counter()
    data = store.read_bytes(key)  # one read: the hash and the rows are of the same bytes
    sha = sha256_hex(data)
    log_row: dict[str, Any] = {
        "dataset": name,
        "batch_id": batch_id,
        "records_uri": key,
        "records_sha256": sha,
        "record_count": 0,
        "records_pushed": 0,
        "spans_rejected": 0,
        "started_at": started_at,
        "dagster_run_id": dagster_run_id,
    }
    try:
        try:
            table = pq.read_table(io.BytesIO(data))
        except Exception as exc:
            raise RecordsFileError(f"{key}: not a readable Parquet file ({exc})") from exc
        log_row["record_count"] = table.num_rows
        dataset = ensure_dataset(connect_sdk(), name, workspace)
        prepared = prepare_records(table, dataset.question_id, source=key)
        log_row["spans_rejected"] = len(prepared.rejected)
        for record_id, count in sorted(prepared.rejected_by_record().items())[:50]:
            log.warning(
                f"{name}: record {record_id}: {count} span(s) left out (Argilla would refuse)"
            )
        log.info(
            f"{name}: pushing {len(prepared.items)} records ({prepared.spans} spans, "
            f"{len(prepared.rejected)} rejected) from {key} sha256={sha[:12]}"
        )
        log_row["records_pushed"] = push_records(bulk, dataset.id, prepared.items, on_batch)
        in_argilla = bulk.record_count(dataset.id)
        if in_argilla != len(prepared.items):
            raise PushError(
                f"{name} holds {in_argilla} records after the push; expected {len(prepared.items)} "
                f"(one per page of {key})",
                records_pushed=log_row["records_pushed"],
            )
    except (PushError, RecordsFileError, ArgillaError, httpx.HTTPError, OSError) as exc:
        if isinstance(exc, PushError):
            log_row["records_pushed"] = exc.records_pushed
        attempt = _record_attempt(annotated_db, log_row, "failed", str(exc)[:2000])
        log.error(
            f"{name}: attempt {attempt} failed after {log_row['records_pushed']} records: {exc}"
        )
        raise IngestFailed(f"{name}: attempt {attempt} failed: {exc}") from exc
    attempt = _record_attempt(annotated_db, log_row, "succeeded", None, table)
    seconds = time.perf_counter() - started
    log.info(f"{name}: {log_row['records_pushed']} records in {seconds:.1f}s (attempt {attempt})")
    return IngestResult(
        dataset=dataset,
        records_uri=key,
        records_sha256=sha,
        record_count=table.num_rows,
        records_pushed=log_row["records_pushed"],
        count_in_argilla=in_argilla,
        attempt=attempt,
        seconds=seconds,
        prepared=prepared,
        rejected_by_reason=prepared.rejected_by_reason(),
    )


def _record_attempt(
    annotated_db: Database,
    row: dict[str, Any],
    status: str,
    error: str | None,
    pushed: pa.Table | None = None,
) -> int:
    """Log the attempt and, for a succeeded push, the page texts it put into Argilla."""
    with annotated_db.connect() as conn, transaction(conn):
        (attempt,) = run_sql_file(
            conn, "record_argilla_ingest.sql", {**row, "status": status, "error": error}
        )[0]
        if pushed is not None:
            with registered(conn, {"pushed_records": pushed.select(["id", "text"])}):
                new = run_sql_file(
                    conn,
                    "record_argilla_pushed_records.sql",
                    {key: row[key] for key in ("dataset", "batch_id", "records_sha256")}
                    | {"dagster_run_id": row["dagster_run_id"]},
                )
            log.info(f"{row['dataset']}: {len(new)} page text(s) new to the dataset")
        # Keyed by run: a later attempt in the same run refreshes it (the audit reads the latest).
        run_id = row["dagster_run_id"]
        record_fingerprints(conn, PUSH_TABLES, run_id, run_id)
    return int(attempt)
