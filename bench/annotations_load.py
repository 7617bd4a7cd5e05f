"""Annotations load benchmark: an export of 10,000 pages x 10 spans into md_annotated.

    .venv/bin/python -m bench.annotations_load [--pages 10000] [--spans 10]

1. Oceanid: load_export (span text re-derived, every span validated, content hashes, the diff
   against stored state, Parquet written and loaded by sql/load_annotated_parquet.sql +
   sql/argilla_export_loader_from_staged.sql, one transaction) into a fresh database.
2. The same rows inserted row by row from Python (`INSERT … VALUES (?, …)` per row, one
   transaction), into another fresh database, in the same run.
3. A second load_export of the unchanged export (the idempotent no-op path).
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from oceanid_assets.annotations.build import candidate_rows
from oceanid_assets.annotations.load import load_export
from oceanid_assets.annotations.staging import (
    RESPONSE_PAGES_SCHEMA,
    RESPONSE_SPANS_SCHEMA,
    StagedResponses,
)
from oceanid_assets.db.sql import run_sql_file
from oceanid_assets.resources.databases import DuckDBDatabase
from oceanid_assets.storage.store import LocalStore

LABELS = ("VESSEL_NAME", "FLAG", "HOME_PORT", "ASSOC_NAME", "LICENSE_NO")  # no rule: all valid
WORD = "WORD "


def staged_export(pages: int, spans_per_page: int, seed: int = 3) -> StagedResponses:
    rng = random.Random(seed)
    text = WORD * 400  # 2,000 characters; spans on word boundaries
    now = datetime.now(UTC)
    page_rows, span_rows = [], []
    for i in range(pages):
        record = f"doc-{i // 10:05d}:{i % 10 + 1}"
        annotator = f"user-{i % 3}"
        page_rows.append(
            {
                "argilla_dataset": "vessels_ocr_bench",
                "argilla_record_id": record,
                "doc_id": f"doc-{i // 10:05d}",
                "page_num": i % 10 + 1,
                "text_sha256": "0" * 64,
                "text": text,
                "annotator_id": annotator,
                "response_status": "submitted",
                "submitted_at": now,
                "unsure": None,
                "notes": None,
            }
        )
        for k in sorted(rng.sample(range(400), spans_per_page)):
            span_rows.append(
                {
                    "argilla_dataset": "vessels_ocr_bench",
                    "argilla_record_id": record,
                    "annotator_id": annotator,
                    "label": rng.choice(LABELS),
                    "start": k * len(WORD),
                    "end": k * len(WORD) + 4,
                }
            )
    return StagedResponses(
        pa.Table.from_pylist(page_rows, RESPONSE_PAGES_SCHEMA),
        pa.Table.from_pylist(span_rows, RESPONSE_SPANS_SCHEMA),
    )


def row_by_row(db_path: Path, pages: pa.Table, spans: pa.Table) -> float:
    with duckdb.connect(str(db_path)) as conn:
        run_sql_file(conn, "annotated_schema.sql")
        started = time.perf_counter()
        conn.execute("BEGIN TRANSACTION")
        for table, name in ((pages, "annotations_pages"), (spans, "annotations_spans")):
            columns = ", ".join(f'"{c}"' for c in table.column_names)
            marks = ", ".join("?" for _ in table.column_names)
            statement = f"INSERT INTO {name} ({columns}) VALUES ({marks})"
            for row in table.to_pylist():
                values = list(row.values())
                values[0] = 1  # export_run_id
                conn.execute(statement, values)
        conn.execute("COMMIT")
        return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--spans", type=int, default=10)
    args = parser.parse_args()
    staged = staged_export(args.pages, args.spans)
    spans = staged.spans.num_rows
    print(f"export: {staged.pages.num_rows} responses, {spans} spans")
    with tempfile.TemporaryDirectory(prefix="oceanid-bench-ann-") as tmp:
        root = Path(tmp)
        db = DuckDBDatabase(database=str(root / "a.duckdb"), schema_file="annotated_schema.sql")
        store = LocalStore(root / "store")
        kwargs: dict[str, Any] = {
            "dataset": "vessels_ocr_bench",
            "batch_id": "bench",
            "source": "bench",
            "guideline_revision": "bench",
            "store": store,
            "annotated_db": db,
            "dagster_run_id": "bench",
        }
        started = time.perf_counter()
        run = load_export(staged, **kwargs)
        oceanid_s = time.perf_counter() - started
        assert run.export_run_id == 1 and run.spans.num_rows == spans
        started = time.perf_counter()
        again = load_export(staged, **kwargs)
        noop_s = time.perf_counter() - started
        assert again.export_run_id is None
        pages_rows, span_rows = candidate_rows(staged)
        naive_s = row_by_row(root / "b.duckdb", pages_rows, span_rows)
    print(
        f"oceanid load_export          : {spans / oceanid_s:9.0f} spans/s ({oceanid_s:.2f}s, "
        "validation and Parquet included)"
    )
    print(
        f"row by row from Python       : {spans / naive_s:9.0f} spans/s ({naive_s:.2f}s, "
        f"inserts only) -> oceanid {naive_s / oceanid_s:.1f}x faster"
    )
    print(f"re-export, nothing changed   : {noop_s:.2f}s, no run written")


if __name__ == "__main__":
    main()
