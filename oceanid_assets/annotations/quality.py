"""Suggestion quality: each agent's suggestions against the SMEs' final spans (md_annotated).

The comparison is one SQL file (sql/suggestion_quality.sql); this module stages the batch's
suggestions beside md_annotated, runs it once per export run, and reads the rows back for the
asset's metadata and for the retraining trigger.
"""

from __future__ import annotations

import duckdb
import pyarrow as pa

from oceanid_assets.db.sql import registered, run_sql_file, set_variables, sql_text, transaction
from oceanid_assets.storage import layout

# The columns the SQL reads; older suggestion files may carry more.
_SUGGESTION_COLUMNS = ["doc_id", "page_num", "label", "start", "end", "agents"]


def record_suggestion_quality(
    conn: duckdb.DuckDBPyConnection, batch_id: str, suggestions: pa.Table, dagster_run_id: str
) -> tuple[int | None, int, pa.Table]:
    """(export_run_id, rows appended now, the rows of that run) for the batch's dataset.

    export_run_id is None while nothing was exported (or nothing was suggested on the pages
    answered). Re-running for the same run appends nothing and returns the rows from before.
    """
    dataset = layout.dataset_name(batch_id)
    variables = {"dataset": dataset, "batch_id": batch_id, "dagster_run_id": dagster_run_id}
    staged = {"_suggestions": suggestions.select(_SUGGESTION_COLUMNS)}
    with registered(conn, staged), transaction(conn):
        appended = int(run_sql_file(conn, "suggestion_quality.sql", variables)[0][0])
    set_variables(conn, {"dataset": dataset})
    rows = conn.sql(sql_text("suggestion_quality_latest.sql")).to_arrow_table()
    run_ids = set(rows["export_run_id"].to_pylist())
    return (run_ids.pop() if run_ids else None), appended, rows
