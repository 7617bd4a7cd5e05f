"""Load one batch into md_raw_ocr: uploaded PDFs and external OCR drops, in one transaction.

Policy for bad input (see docs/bad-input.md):
- a document that cannot be read (corrupt, encrypted, zero pages, not a PDF, receipt that does
  not match its file) is quarantined with its reason in `raw_quarantine`; the rest loads;
- an OCR drop that breaks its contract (missing column, duplicate pages...) fails the run with
  a message naming the file; nothing of the batch is written;
- a document whose content is already loaded (the same PDF bytes under another doc_id, or an
  OCR drop document another batch loaded) is recorded in `raw_duplicates` with the document it
  repeats, and not loaded again: one copy of each document reaches Argilla and the SMEs.
"""

from __future__ import annotations

import logging
import time
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from oceanid_assets.config import validate_batch_id
from oceanid_assets.db.sql import registered, run_sql_file, transaction
from oceanid_assets.ingest import ocr_drop
from oceanid_assets.ingest.extract import PdfJob, extract_documents
from oceanid_assets.ingest.ocr_drop import OcrDrop, read_ocr_drop
from oceanid_assets.ingest.ocr_pass import OcrPass, run_ocr_pass
from oceanid_assets.ingest.pdf_text import (
    ENGINE,
    ENGINE_VERSION,
    PageText,
    UnreadablePdf,
    count_pages,
)
from oceanid_assets.ingest.receipts import (
    InvalidReceipt,
    Receipt,
    parse_receipt,
    uploaded_at_utc,
)
from oceanid_assets.ingest.text import sha256_hex
from oceanid_assets.monitoring.fingerprints import RAW_TABLES, record_fingerprints
from oceanid_assets.ocr.settings import OcrSettings
from oceanid_assets.storage import layout
from oceanid_assets.storage.store import Store

log = logging.getLogger("oceanid.ingest")

DOCUMENTS_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("doc_sha256", pa.string()),
        ("filename", pa.string()),
        ("object_key", pa.string()),
        ("size_bytes", pa.int64()),
        ("page_count", pa.int32()),
        ("source", pa.string()),
        ("uploaded_at", pa.timestamp("us", tz="UTC")),
    ]
)
# The OCR drop's page columns, plus the pass that produced the text and where it came from.
PAGES_SCHEMA = pa.schema(
    [
        *ocr_drop.PAGES_SCHEMA,
        pa.field("ocr_run_id", pa.string()),
        pa.field("text_source", pa.string()),  # text_layer, ocr or ocr_drop
        pa.field("ocr_confidence", pa.float64()),
    ]
)
PAGE_FAILURES_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("page_num", pa.int32()),
        ("stage", pa.string()),
        ("ocr_engine", pa.string()),
        ("reason", pa.string()),
    ]
)
DUPLICATES_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("object_key", pa.string()),
        ("filename", pa.string()),
        ("doc_sha256", pa.string()),
        ("duplicate_of_doc_id", pa.string()),
        ("duplicate_of_batch_id", pa.string()),
    ]
)
QUARANTINE_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("object_key", pa.string()),
        ("filename", pa.string()),
        ("doc_sha256", pa.string()),
        ("reason", pa.string()),
    ]
)


@dataclass
class BatchLoad:
    """What one run found and wrote; becomes the assets' materialization metadata."""

    batch_id: str
    documents_inserted: int = 0
    pages_inserted: int = 0
    documents_seen: int = 0
    documents_already_processed: int = 0
    duplicates: list[dict[str, str | None]] = field(default_factory=list)  # found this run
    duplicates_recorded: int = 0  # of those, not recorded by an earlier run
    pages_extracted: int = 0
    empty_pages: int = 0
    characters: int = 0
    extraction_seconds: float = 0.0
    load_seconds: float = 0.0
    quarantined: list[dict[str, str | None]] = field(default_factory=list)
    ocr_drop_files: int = 0
    pages_from_text_layer: int = 0
    pages_from_ocr: int = 0
    ocr_failures: dict[tuple[str, int], str] = field(default_factory=dict)
    ocr_engine: str | None = None  # version of the engine that ran, if any page needed OCR
    ocr_seconds: float = 0.0
    ocr_mean_confidence: float | None = None

    @property
    def pages_per_second(self) -> float:
        return self.pages_extracted / self.extraction_seconds if self.extraction_seconds else 0.0


def ingest_batch(
    store: Store,
    conn: duckdb.DuckDBPyConnection,
    batch_id: str,
    dagster_run_id: str,
    workers: int = 1,
    ocr: OcrSettings | None = None,
) -> BatchLoad:
    """Load what is new in one batch: receipts not yet loaded or quarantined, and the OCR drop.
    Pages without a usable text layer are OCRed as `ocr` says (default: OcrSettings())."""
    validate_batch_id(batch_id)
    result = BatchLoad(batch_id)
    variables = {"batch_id": batch_id, "dagster_run_id": dagster_run_id}
    known = {row[0] for row in run_sql_file(conn, "batch_loaded_documents.sql", variables)}

    receipts, quarantine = _read_new_receipts(store, batch_id, known, result)
    drop = _read_ocr_drop(store, batch_id, result)
    # Before extraction: a repeated PDF costs no extraction or OCR.
    result.duplicates = _find_duplicates(conn, variables, receipts, drop)
    repeated = {str(row["doc_id"]) for row in result.duplicates}
    receipts = [receipt for receipt in receipts if receipt.doc_id not in repeated]
    documents, pages, page_failures = _load_uploads(
        store, receipts, quarantine, dagster_run_id, workers, ocr or OcrSettings(), result
    )
    if drop is not None:
        drop = _without(drop, repeated)
        documents = pa.concat_tables([documents, drop.documents])
        pages = pa.concat_tables([pages, drop.pages])
    lengths = pc.utf8_length(pages["text"])
    result.pages_extracted = pages.num_rows
    result.characters = pc.sum(lengths).as_py() or 0
    result.empty_pages = pc.sum(pc.equal(lengths, 0)).as_py() or 0
    result.quarantined = quarantine

    started = time.perf_counter()
    staged = {
        "_incoming_documents": documents,
        "_incoming_pages": pages,
        "_incoming_quarantine": pa.Table.from_pylist(quarantine, QUARANTINE_SCHEMA),
        "_incoming_page_failures": page_failures,
        "_incoming_duplicates": pa.Table.from_pylist(result.duplicates, DUPLICATES_SCHEMA),
    }
    with registered(conn, staged), transaction(conn):
        result.documents_inserted = _inserted(conn, "load_raw_documents.sql", variables)
        result.pages_inserted = _inserted(conn, "load_raw_pages.sql", variables)
        _inserted(conn, "record_quarantine.sql", variables)
        _inserted(conn, "record_page_failures.sql", variables)
        result.duplicates_recorded = _inserted(conn, "record_duplicates.sql", variables)
        # The audit re-verifies these later: a row changed behind the loader's back shows.
        record_fingerprints(conn, RAW_TABLES, dagster_run_id, dagster_run_id)
    result.load_seconds = time.perf_counter() - started
    log.info(
        "batch %s: %d documents and %d pages inserted (%d pages read, %d by OCR, %d OCR "
        "failures, %d quarantined, %d repeats of loaded documents, %d documents already "
        "processed)",
        batch_id,
        result.documents_inserted,
        result.pages_inserted,
        result.pages_extracted,
        result.pages_from_ocr,
        len(result.ocr_failures),
        len(quarantine),
        len(result.duplicates),
        result.documents_already_processed,
    )
    return result


def _inserted(conn: duckdb.DuckDBPyConnection, name: str, variables: dict[str, str]) -> int:
    """Run an INSERT file and return how many rows it inserted."""
    return int(run_sql_file(conn, name, variables)[0][0])


def _find_duplicates(
    conn: duckdb.DuckDBPyConnection,
    variables: dict[str, str],
    receipts: list[Receipt],
    drop: OcrDrop | None,
) -> list[dict[str, str | None]]:
    """The new documents (receipts, OCR drop) whose content is already loaded, one row each
    for raw_duplicates; a PDF is judged by its receipt's doc_sha256 (checked against the bytes
    when it is loaded)."""
    described: dict[str, dict[str, str | None]] = {
        r.doc_id: {"object_key": r.object_key, "filename": r.filename, "doc_sha256": r.doc_sha256}
        for r in receipts
    }
    if drop is not None:
        for doc in drop.documents.select(["doc_id", "filename", "doc_sha256"]).to_pylist():
            described[doc["doc_id"]] = {"object_key": None, **doc}
    if not described:
        return []
    candidates = pa.table(
        {
            "doc_id": list(described),
            "doc_sha256": [d["doc_sha256"] for d in described.values()],
        },
        schema=pa.schema([("doc_id", pa.string()), ("doc_sha256", pa.string())]),
    )
    with registered(conn, {"_candidate_documents": candidates}):
        found = run_sql_file(conn, "find_duplicate_documents.sql", variables)
    rows = []
    for doc_id, of_doc_id, of_batch_id in found:
        row = {"doc_id": doc_id, **described[doc_id]}
        rows.append({**row, "duplicate_of_doc_id": of_doc_id, "duplicate_of_batch_id": of_batch_id})
        log.warning(
            "batch %s: %s (doc_id %s, file %r) repeats doc %s of batch %s; not loaded again",
            variables["batch_id"],
            row["object_key"] or "OCR drop document",
            doc_id,
            row["filename"],
            of_doc_id,
            of_batch_id,
        )
    return rows


def _without(drop: OcrDrop, doc_ids: set[str]) -> OcrDrop:
    """The drop less the given documents and their pages."""
    if not doc_ids:
        return drop
    excluded = pa.array(sorted(doc_ids), pa.string())

    def keep(table: pa.Table) -> pa.Table:
        return table.filter(pc.invert(pc.is_in(table["doc_id"], value_set=excluded)))

    return OcrDrop(documents=keep(drop.documents), pages=keep(drop.pages))


def _load_uploads(
    store: Store,
    receipts: list[Receipt],
    quarantine: list[dict[str, str | None]],
    dagster_run_id: str,
    workers: int,
    ocr: OcrSettings,
    result: BatchLoad,
) -> tuple[pa.Table, pa.Table, pa.Table]:
    """Documents, pages and page failures for the batch's new uploaded PDFs; the PDFs that
    cannot be read are added to `quarantine`."""
    started = time.perf_counter()
    with ExitStack() as stack:  # S3 downloads live until extraction and OCR are done
        docs, jobs = _inspect_pdfs(store, receipts, stack, quarantine)
        extracted = extract_documents(jobs, workers)
        result.extraction_seconds = time.perf_counter() - started
        paths = {job.doc_id: job.path for job in jobs}
        ocr_pass = run_ocr_pass(extracted.pages, paths, ocr)
    by_id = {receipt.doc_id: receipt for receipt in receipts}
    quarantine += [_quarantine_row(by_id[d], why) for d, why in extracted.failures.items()]
    documents = pa.Table.from_pylist(
        [d for d in docs if d["doc_id"] in extracted.pages], DOCUMENTS_SCHEMA
    )
    pages = _pdf_pages_table(extracted.pages, ocr_pass, dagster_run_id, result)
    return documents, pages, _page_failures_table(ocr_pass, result)


def _quarantine_row(receipt: Receipt, reason: str) -> dict[str, str | None]:
    log.warning(
        "batch %s: quarantined %s (doc_id %s, file %r): %s",
        receipt.batch_id,
        receipt.object_key,
        receipt.doc_id,
        receipt.filename,
        reason,
    )
    return {
        "doc_id": receipt.doc_id,
        "object_key": receipt.object_key,
        "filename": receipt.filename,
        "doc_sha256": receipt.doc_sha256,
        "reason": reason,
    }


def _read_new_receipts(
    store: Store, batch_id: str, known: set[str], result: BatchLoad
) -> tuple[list[Receipt], list[dict[str, str | None]]]:
    receipts: list[Receipt] = []
    quarantine: list[dict[str, str | None]] = []
    for obj in store.list_objects(layout.upload_prefix(batch_id)):
        if not obj.key.endswith(".json"):
            continue
        result.documents_seen += 1
        doc_id = Path(obj.key).stem
        if doc_id in known:
            result.documents_already_processed += 1
            continue
        try:
            receipts.append(parse_receipt(obj.key, store.read_bytes(obj.key), batch_id))
        except InvalidReceipt as exc:
            log.warning("batch %s: quarantined receipt %s: %s", batch_id, obj.key, exc)
            quarantine.append(
                {
                    "doc_id": None,
                    "object_key": obj.key,
                    "filename": None,
                    "doc_sha256": None,
                    "reason": f"invalid receipt: {exc}",
                }
            )
    return receipts, quarantine


def _inspect_pdfs(
    store: Store,
    receipts: list[Receipt],
    stack: ExitStack,
    quarantine: list[dict[str, str | None]],
) -> tuple[list[dict[str, object]], list[PdfJob]]:
    """Check each PDF against its receipt and open it; unreadable ones go to quarantine."""
    docs: list[dict[str, object]] = []
    jobs: list[PdfJob] = []
    for receipt in receipts:
        try:
            path: Path = stack.enter_context(store.local_copy(receipt.object_key))
            actual = sha256_hex(path.read_bytes())
            if actual != receipt.doc_sha256:
                raise UnreadablePdf(
                    f"content does not match its receipt (sha256 {actual[:12]}…, receipt says "
                    f"{receipt.doc_sha256[:12]}…)"
                )
            page_count = count_pages(path)
        except FileNotFoundError:
            quarantine.append(
                _quarantine_row(receipt, "the receipt's PDF is missing from the store")
            )
            continue
        except UnreadablePdf as exc:
            quarantine.append(_quarantine_row(receipt, str(exc)))
            continue
        jobs.append(PdfJob(receipt.doc_id, path, page_count))
        docs.append(
            {
                "doc_id": receipt.doc_id,
                "doc_sha256": receipt.doc_sha256,
                "filename": receipt.filename,
                "object_key": receipt.object_key,
                "size_bytes": receipt.size_bytes,
                "page_count": page_count,
                "source": "upload",
                "uploaded_at": uploaded_at_utc(receipt),
            }
        )
    return docs, jobs


def _pdf_pages_table(
    pages: dict[str, list[PageText]],
    ocr_pass: OcrPass | None,
    dagster_run_id: str,
    result: BatchLoad,
) -> pa.Table:
    """A text-layer row per page, and an OCR row per page OCRed; the OCR row replaces a text
    layer that was not usable."""
    recognised = ocr_pass.outcome.pages if ocr_pass else {}
    replaced = ocr_pass.replaces_layer if ocr_pass else set()
    rows: list[dict[str, object]] = []
    for doc_id, doc_pages in pages.items():
        for page in doc_pages:
            key = (doc_id, page.page_num)
            ocr_page = recognised.get(key)
            if ocr_page is None or key not in replaced:
                rows.append(
                    {
                        "doc_id": doc_id,
                        "page_num": page.page_num,
                        "text": page.text,
                        "text_raw": None,
                        "ocr_engine": ENGINE,
                        "ocr_model_version": ENGINE_VERSION,
                        "ocr_runtime_ms": page.runtime_ms,
                        "ocr_run_id": dagster_run_id,
                        "text_source": "text_layer",
                        "ocr_confidence": None,
                    }
                )
                result.pages_from_text_layer += 1
            if ocr_page is not None and ocr_pass is not None:
                rows.append(
                    {
                        "doc_id": doc_id,
                        "page_num": page.page_num,
                        "text": ocr_page.text.text,
                        "text_raw": ocr_page.text.text_raw,
                        "ocr_engine": ocr_pass.engine,
                        "ocr_model_version": ocr_pass.engine_version,
                        "ocr_runtime_ms": ocr_page.runtime_ms,
                        "ocr_run_id": dagster_run_id,
                        "text_source": "ocr",
                        "ocr_confidence": ocr_page.text.confidence,
                    }
                )
                result.pages_from_ocr += 1
    return pa.Table.from_pylist(rows, PAGES_SCHEMA)


def _page_failures_table(ocr_pass: OcrPass | None, result: BatchLoad) -> pa.Table:
    if ocr_pass is None:
        return PAGE_FAILURES_SCHEMA.empty_table()
    result.ocr_engine = ocr_pass.engine_version
    result.ocr_seconds = ocr_pass.outcome.seconds
    result.ocr_mean_confidence = ocr_pass.mean_confidence
    result.ocr_failures = dict(ocr_pass.outcome.failures)
    rows = [
        {
            "doc_id": doc_id,
            "page_num": page_num,
            "stage": "ocr",
            "ocr_engine": ocr_pass.engine,
            "reason": reason,
        }
        for (doc_id, page_num), reason in sorted(ocr_pass.outcome.failures.items())
    ]
    return pa.Table.from_pylist(rows, PAGE_FAILURES_SCHEMA)


def _read_ocr_drop(store: Store, batch_id: str, result: BatchLoad) -> OcrDrop | None:
    success_key = layout.ocr_success_key(batch_id)
    success = store.head(success_key)
    if success is None:
        return None
    files: dict[str, list[tuple[str, bytes]]] = {"documents": [], "pages": []}
    for obj in store.list_objects(layout.ocr_prefix(batch_id)):
        parsed = layout.parse_ocr_key(obj.key)
        if parsed and parsed[1] in files:
            files[parsed[1]].append((obj.key, store.read_bytes(obj.key)))
    documents, pages = files["documents"], files["pages"]
    result.ocr_drop_files = len(documents) + len(pages)
    drop = read_ocr_drop(documents, pages)
    return OcrDrop(
        documents=_conform(drop.documents, DOCUMENTS_SCHEMA, source="ocr_drop"),
        pages=_conform(
            drop.pages,
            PAGES_SCHEMA,
            ocr_run_id=f"{success_key}@{success.version}",
            text_source="ocr_drop",
        ),
    )


def _conform(table: pa.Table, schema: pa.Schema, **constants: str) -> pa.Table:
    """Select and cast to `schema`: constant columns as given, absent ones as nulls."""
    columns = []
    for f in schema:
        if f.name in constants:
            columns.append(pa.array([constants[f.name]] * table.num_rows, f.type))
        elif f.name in table.column_names:
            columns.append(table[f.name].cast(f.type))
        else:
            columns.append(pa.nulls(table.num_rows, f.type))
    return pa.Table.from_arrays(columns, schema=schema)
