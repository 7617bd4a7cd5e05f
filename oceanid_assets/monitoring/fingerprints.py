"""Append-only audit: fingerprint each load when it is written, recompute and compare later.

A fingerprint of (table, load key) is the row count and sha256 over the sorted sha256 of each
row (sql/fingerprint_*.sql). Loaders record it in `load_fingerprints` in the same transaction
as the load (`record_fingerprints`); `audit_fingerprints` lists every recorded load whose rows
changed since: updated, deleted, or added under the same key behind the loader's back.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

import duckdb

from oceanid_assets.db.connect import connect_reader, table_exists
from oceanid_assets.db.sql import run_sql_file, sql_text

SCHEMA_FILE = "load_fingerprints_schema.sql"
RAW_TABLES = (
    "raw_documents",
    "raw_pages",
    "raw_quarantine",
    "raw_page_failures",
    "raw_duplicates",
)
ANNOTATED_TABLES = (
    "argilla_ingest_log",
    "argilla_pushed_records",
    "annotations_exports",
    "annotations_pages",
    "annotations_spans",
)
_VIEW_FILES = {
    **{table: "fingerprint_raw_ocr.sql" for table in RAW_TABLES},
    **{table: "fingerprint_annotated.sql" for table in ANNOTATED_TABLES},
}


class FingerprintMismatch(NamedTuple):
    table_name: str
    load_key: str
    recorded_rows: int
    current_rows: int
    recorded_at: object


def view_file(tables: Iterable[str]) -> str:
    files = {_VIEW_FILES[table] for table in tables}
    if len(files) != 1:
        raise ValueError(f"tables of one database expected, got {sorted(files)}")
    return files.pop()


def record_fingerprints(
    conn: duckdb.DuckDBPyConnection,
    tables: Iterable[str],
    load_key: str,
    dagster_run_id: str | None = None,
) -> dict[str, int]:
    """Fingerprint what the load `load_key` wrote into `tables`; returns rows per table.

    Call it inside the load's transaction, on the writer's connection, right after the inserts:
    raw: record_fingerprints(conn, RAW_TABLES, dagster_run_id, dagster_run_id);
    annotations: record_fingerprints(conn, ("annotations_exports", "annotations_pages",
    "annotations_spans"), str(export_run_id), dagster_run_id); ingest log:
    record_fingerprints(conn, ("argilla_ingest_log", "argilla_pushed_records"), dagster_run_id,
    dagster_run_id).
    A table the load wrote nothing into records nothing.
    """
    tables = tuple(tables)
    run_sql_file(conn, SCHEMA_FILE)
    run_sql_file(conn, view_file(tables))
    counts: dict[str, int] = {}
    for table in tables:
        rows = run_sql_file(
            conn,
            "record_fingerprint.sql",
            {"fp_table": table, "fp_key": load_key, "dagster_run_id": dagster_run_id},
        )
        counts[table] = int(rows[0][0]) if rows else 0
    return counts


def audit_connection(
    conn: duckdb.DuckDBPyConnection, tables: Iterable[str]
) -> list[FingerprintMismatch]:
    """The audit on an open connection to one database (its tables unqualified)."""
    current = conn.execute("SELECT current_database()").fetchone()
    if not table_exists(conn, "load_fingerprints", current[0] if current else None):
        return []  # nothing recorded yet
    conn.execute(sql_text(view_file(tables)))
    return [
        FingerprintMismatch(*row)
        for row in conn.execute(sql_text("audit_fingerprints.sql")).fetchall()
    ]


def audit_fingerprints(
    database: str,
    tables: Iterable[str],
    *,
    read_token: str | None = None,
    busy_timeout_s: float = 30.0,
) -> list[FingerprintMismatch]:
    """The audit of one database (a local file attached read-only, or an `md:` URL)."""
    with connect_reader(database, read_token=read_token, busy_timeout_s=busy_timeout_s) as conn:
        return audit_connection(conn, tables)
