"""One export run: diff staged responses against md_annotated, write the run's Parquet, load it.

All in one transaction on md_annotated: the run id (max + 1), the diff against the latest
stored state, and the inserts, so a failure leaves nothing behind in the database. The run's
files are written to `argilla/out/<dataset>/export_run_id=<n>/` before the load, which reads
them back with `sql/load_annotated_parquet.sql` — the same path a person takes by hand.
"""

from __future__ import annotations

import logging
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from oceanid_assets.annotations.build import candidate_rows
from oceanid_assets.annotations.staging import StagedResponses
from oceanid_assets.db.connect import Database
from oceanid_assets.db.sql import run_sql_file, set_variables, sql_text, transaction
from oceanid_assets.labelset import LABELSET_VERSION
from oceanid_assets.monitoring.fingerprints import record_fingerprints
from oceanid_assets.storage import layout
from oceanid_assets.storage.store import Store

log = logging.getLogger("oceanid.annotations")
ANNOTATION_TABLES = ("annotations_exports", "annotations_pages", "annotations_spans")


@dataclass(frozen=True)
class ExportRun:
    export_run_id: int | None  # None: nothing changed since the last run, nothing written
    candidates: int  # (record, annotator) responses read
    pages: pa.Table  # the rows this run stored (empty when nothing changed)
    spans: pa.Table
    pages_uri: str | None = None
    spans_uri: str | None = None


def load_export(
    staged: StagedResponses,
    *,
    dataset: str,
    batch_id: str,
    source: str,
    guideline_revision: str,
    store: Store,
    annotated_db: Database,
    dagster_run_id: str,
) -> ExportRun:
    candidate_pages, candidate_spans = candidate_rows(staged)
    with annotated_db.connect() as conn, transaction(conn):
        conn.register("_candidate_pages", candidate_pages)
        conn.register("_candidate_spans", candidate_spans)
        run_sql_file(conn, "select_new_responses.sql")
        new_pages = conn.sql("FROM _new_pages").to_arrow_table()
        new_spans = conn.sql("FROM _new_spans").to_arrow_table()
        if new_pages.num_rows == 0:
            log.info(f"{dataset}: {candidate_pages.num_rows} responses, none new: no export run")
            return ExportRun(None, candidate_pages.num_rows, new_pages, new_spans)
        (export_run_id,) = run_sql_file(conn, "next_export_run_id.sql")[0]
        new_pages = _with_run_id(new_pages, export_run_id)
        new_spans = _with_run_id(new_spans, export_run_id)
        pages_key = layout.export_run_key(batch_id, export_run_id, "pages")
        spans_key = layout.export_run_key(batch_id, export_run_id, "spans")
        with tempfile.TemporaryDirectory(prefix="oceanid-export-") as tmp:
            pages_path, spans_path = Path(tmp) / "pages.parquet", Path(tmp) / "spans.parquet"
            pq.write_table(new_pages, pages_path)
            pq.write_table(new_spans, spans_path)
            store.write_bytes(pages_key, pages_path.read_bytes())
            store.write_bytes(spans_key, spans_path.read_bytes())
            set_variables(conn, {"pages_glob": str(pages_path), "spans_glob": str(spans_path)})
            conn.execute(sql_text("load_annotated_parquet.sql"))
        run_sql_file(
            conn,
            "argilla_export_loader_from_staged.sql",
            {
                "export_run_id": export_run_id,
                "argilla_dataset": dataset,
                "batch_id": batch_id,
                "labelset_version": LABELSET_VERSION,
                "guideline_revision": guideline_revision,
                "source": source,
                "pages_uri": pages_key,
                "spans_uri": spans_key,
                "dagster_run_id": dagster_run_id,
            },
        )
        record_fingerprints(conn, ANNOTATION_TABLES, str(export_run_id), dagster_run_id)
    log.info(
        f"{dataset}: export run {export_run_id}: {new_pages.num_rows} of "
        f"{candidate_pages.num_rows} responses new, {new_spans.num_rows} spans, from {source}"
    )
    return ExportRun(
        export_run_id,
        candidate_pages.num_rows,
        new_pages,
        new_spans,
        pages_key,
        spans_key,
    )


def _with_run_id(table: pa.Table, export_run_id: int) -> pa.Table:
    index = table.schema.get_field_index("export_run_id")
    column = pa.array([export_run_id] * table.num_rows, pa.int64())
    return table.set_column(index, "export_run_id", column)
