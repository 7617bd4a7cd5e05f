"""Raw-ingest benchmark: prints figures and ratios against baselines measured in the same run.

    make bench                      # 1,000 pages
    .venv/bin/python -m bench.raw_load --pages 3000

(3. the whole batch load, ingest_batch, from a local store.)

1. Text extraction of a batch of demo PDFs, in-process (1 worker) vs the process pool; the
   layout-keeping extraction the raw load stores vs PDFium's plain text (the earlier pass).
2. The raw load of the same pages: Arrow table -> sql/load_raw_pages.sql in one transaction,
   vs the naive way (one parameterised INSERT per page from Python).
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import duckdb
import pyarrow as pa

from oceanid_assets.config import extract_workers
from oceanid_assets.db.sql import run_sql_file, transaction
from oceanid_assets.ingest.extract import Extracted, PdfJob, extract_documents
from oceanid_assets.ingest.pdf_text import ENGINE, ENGINE_VERSION, extract_pages_plain
from oceanid_assets.ingest.raw_load import PAGES_SCHEMA, ingest_batch
from oceanid_assets.ingest.receipts import store_document
from oceanid_assets.ingest.text import sha256_hex
from oceanid_assets.storage.store import LocalStore
from oceanid_dev.demo.documents import generate_demo_documents
from oceanid_dev.demo.vessels import load_vessels

P = ParamSpec("P")
T = TypeVar("T")


def _timed(fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> tuple[T, float]:
    started = time.perf_counter()
    value = fn(*args, **kwargs)
    return value, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=1000)
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="oceanid-bench-"))

    documents, gen_s = _timed(lambda: generate_demo_documents(load_vessels(), pages=args.pages))
    jobs = []
    for n, doc in enumerate(documents):
        path = workdir / f"{n}.pdf"
        path.write_bytes(doc.pdf_bytes)
        jobs.append(PdfJob(f"doc-{n:05d}", path, doc.page_count))
    pages = sum(job.page_count for job in jobs)
    print(f"batch: {len(jobs)} PDFs, {pages} pages (generated in {gen_s:.1f}s)")

    single, single_s = _timed(extract_documents, jobs, 1)
    workers = max(2, extract_workers())
    pooled, pooled_s = _timed(extract_documents, jobs, workers)
    plain_single, plain_single_s = _timed(extract_documents, jobs, 1, extract_pages_plain)
    plain_pooled, plain_pooled_s = _timed(extract_documents, jobs, workers, extract_pages_plain)

    def texts(extracted: Extracted) -> dict[str, list[str]]:
        return {doc: [p.text for p in doc_pages] for doc, doc_pages in extracted.pages.items()}

    assert texts(single) == texts(pooled) and not single.failures
    assert texts(plain_single) == texts(plain_pooled) and not plain_single.failures
    for name, one_s, many_s in (
        (f"layout ({ENGINE})", single_s, pooled_s),
        ("plain (pypdfium2 get_text_range)", plain_single_s, plain_pooled_s),
    ):
        print(f"extraction, {name}:")
        print(f"  1 worker : {pages / one_s:8.0f} pages/s ({one_s:.2f}s)")
        print(
            f"  {workers} workers: {pages / many_s:8.0f} pages/s ({many_s:.2f}s)"
            f"  -> {one_s / many_s:.2f}x the 1-worker baseline"
        )
    print(
        f"layout vs plain extraction: {plain_single_s / single_s:.2f}x the speed on 1 worker, "
        f"{plain_pooled_s / pooled_s:.2f}x on {workers} "
        f"({(single_s - plain_single_s) / pages * 1000:.2f} ms more a page)"
    )

    rows: list[dict[str, Any]] = [
        {
            "doc_id": doc_id,
            "page_num": p.page_num,
            "text": p.text,
            "text_raw": None,
            "ocr_engine": ENGINE,
            "ocr_model_version": ENGINE_VERSION,
            "ocr_runtime_ms": p.runtime_ms,
            "ocr_run_id": "bench",
        }
        for doc_id, doc_pages in pooled.pages.items()
        for p in doc_pages
    ]
    table = pa.Table.from_pylist(rows, PAGES_SCHEMA)
    variables = {"batch_id": "bench", "dagster_run_id": "bench"}

    def arrow_load() -> int:
        with duckdb.connect(str(workdir / "arrow.duckdb")) as conn:
            run_sql_file(conn, "raw_schema.sql")
            conn.register("_incoming_pages", table)
            with transaction(conn):
                return int(run_sql_file(conn, "load_raw_pages.sql", variables)[0][0])

    def naive_load() -> int:
        with duckdb.connect(str(workdir / "naive.duckdb")) as conn:
            run_sql_file(conn, "raw_schema.sql")
            for row in rows:  # the way it is often first written: a round trip per page
                conn.execute(
                    "INSERT INTO raw_pages VALUES (?, ?, 'bench', ?, NULL, ?, ?, ?, ?, ?, 'bench', "
                    "now(), 'bench', 'text_layer', NULL)",
                    [
                        row["doc_id"],
                        row["page_num"],
                        row["text"],
                        sha256_hex(row["text"]),
                        len(row["text"]),
                        row["ocr_engine"],
                        row["ocr_model_version"],
                        row["ocr_runtime_ms"],
                    ],
                )
            return len(rows)

    inserted, arrow_s = _timed(arrow_load)
    naive_inserted, naive_s = _timed(naive_load)
    assert inserted == naive_inserted == pages
    print(f"raw load, Arrow + SQL file : {pages / arrow_s:8.0f} pages/s ({arrow_s:.3f}s)")
    print(
        f"raw load, row-by-row INSERT: {pages / naive_s:8.0f} pages/s ({naive_s:.3f}s)"
        f"  -> Arrow load is {naive_s / arrow_s:.1f}x faster"
    )
    store = LocalStore(workdir / "store")
    for n, doc in enumerate(documents):
        store_document(store, "bench", doc.pdf_bytes, f"{n}.pdf")
    with duckdb.connect(str(workdir / "batch.duckdb")) as conn:
        run_sql_file(conn, "raw_schema.sql")
        load, batch_s = _timed(ingest_batch, store, conn, "bench", "bench-run", workers)
    assert load.pages_inserted == pages
    print(
        f"ingest_batch end to end ({workers} workers): {pages / batch_s:8.0f} pages/s "
        f"({batch_s:.2f}s: receipts, sha256 check, page count, extraction, load)"
    )
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of the benchmark process: {peak_mib:.0f} MiB")


if __name__ == "__main__":
    main()
