"""Find historical PDFs in the store and stage them as batches the pipeline already knows.

A historical PDF anywhere under a prefix (default `historical/`) becomes
`uploads/<batch_id>/<doc_id>.pdf` plus its receipt, written by `store_document` (receipt last),
N PDFs per batch in key order, with deterministic batch ids `backfill-<prefix-slug>-<nnnn>`
numbered on from the last batch made from that prefix. The manifest (md_ops.backfill_documents)
is the content-hash index: a PDF whose SHA-256 is there is never copied again, and one whose
key and version are there is not even read again.

The manifest rows are written before the files, so a crash between the two leaves a batch the
manifest knows but the store lacks; `restage_missing` completes it on the next run.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

import duckdb
import pyarrow as pa

from oceanid_assets.config import BATCH_ID_PATTERN, validate_batch_id
from oceanid_assets.db.sql import registered, run_sql_file, transaction
from oceanid_assets.ingest.receipts import new_doc_id, store_document
from oceanid_assets.ingest.text import sha256_hex
from oceanid_assets.storage import layout
from oceanid_assets.storage.store import Store, StoredObject

log = logging.getLogger("oceanid.backfill")

DEFAULT_PREFIX = layout.HISTORICAL
DEFAULT_BATCH_SIZE = 10

STAGED_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("doc_sha256", pa.string()),
        ("source_key", pa.string()),
        ("source_version", pa.string()),
        ("size_bytes", pa.int64()),
        ("batch_id", pa.string()),
        ("prefix", pa.string()),
    ]
)


@dataclass(frozen=True)
class StagedDocument:
    doc_id: str
    doc_sha256: str
    source_key: str
    source_version: str
    size_bytes: int
    batch_id: str


@dataclass
class ScanReport:
    prefix: str
    pdfs_found: int = 0
    already_staged: int = 0  # same key and version, or same content, as a staged PDF
    duplicates: int = 0  # same content as another PDF of this scan
    batches: dict[str, list[StagedDocument]] = field(default_factory=dict)
    existing: dict[str, str] = field(default_factory=dict)  # batch_id -> 'uploads' | 'ocr'

    @property
    def documents_staged(self) -> int:
        return sum(len(docs) for docs in self.batches.values())


def prefix_slug(prefix: str) -> str:
    """`historical/2019 IOTC/` -> `historical-2019-iotc`; short enough for a batch id."""
    slug = re.sub(r"[^a-z0-9]+", "-", prefix.lower()).strip("-") or "root"
    return slug[:40].rstrip("-")


def batch_id_for(slug: str, number: int) -> str:
    return validate_batch_id(f"backfill-{slug}-{number:04d}")


def list_historical_pdfs(store: Store, prefix: str) -> list[StoredObject]:
    return [
        obj
        for obj in store.list_objects(prefix)
        if obj.key.lower().endswith(".pdf") and not obj.key.startswith(layout.PIPELINE_ROOTS)
    ]


def existing_batches(store: Store) -> dict[str, str]:
    """Batches already in the store's drop zones (valid names only; the drop sensor warns)."""
    found: dict[str, str] = {}
    # uploads wins for a batch in both: it names the PDFs
    for source, root in (("ocr", layout.OCR), ("uploads", layout.UPLOADS)):
        for name in store.list_children(root):
            if BATCH_ID_PATTERN.fullmatch(name):
                found[name] = source
    return found


def scan_and_stage(
    store: Store,
    ops: duckdb.DuckDBPyConnection,
    prefix: str = DEFAULT_PREFIX,
    batch_size: int = DEFAULT_BATCH_SIZE,
    *,
    dry_run: bool = False,
) -> ScanReport:
    """Stage the PDFs under `prefix` not staged yet, `batch_size` per batch."""
    if batch_size < 1:
        raise ValueError("batch size must be at least 1")
    report = ScanReport(prefix=prefix, existing=existing_batches(store))
    known_hashes: set[str] = set()
    known_objects: set[tuple[str, str]] = set()
    slug = prefix_slug(prefix)
    numbers = [0]
    number_of = re.compile(rf"^backfill-{re.escape(slug)}-(\d+)$")
    for sha, key, version, batch_id in run_sql_file(ops, "backfill_staged_hashes.sql"):
        known_hashes.add(sha)
        known_objects.add((key, version))
        if match := number_of.match(batch_id):
            numbers.append(int(match.group(1)))
    next_number = max(numbers) + 1

    # One batch's bytes in memory at a time: each full batch is recorded and written before
    # the next is read.
    pending: list[tuple[StoredObject, str, bytes]] = []
    staged_hashes: set[str] = set()
    for obj in list_historical_pdfs(store, prefix):
        report.pdfs_found += 1
        if (obj.key, obj.version) in known_objects:
            report.already_staged += 1
            continue
        data = store.read_bytes(obj.key)
        sha = sha256_hex(data)
        if sha in staged_hashes:
            report.duplicates += 1
            continue
        if sha in known_hashes:
            report.already_staged += 1
            continue
        staged_hashes.add(sha)
        pending.append((obj, sha, data))
        if len(pending) == batch_size:
            _flush(store, ops, report, batch_id_for(slug, next_number), pending, dry_run)
            next_number += 1
            pending = []
    if pending:
        _flush(store, ops, report, batch_id_for(slug, next_number), pending, dry_run)
    return report


def _flush(
    store: Store,
    ops: duckdb.DuckDBPyConnection,
    report: ScanReport,
    batch_id: str,
    pending: list[tuple[StoredObject, str, bytes]],
    dry_run: bool,
) -> None:
    docs = [
        StagedDocument(new_doc_id(), sha, obj.key, obj.version, len(data), batch_id)
        for obj, sha, data in pending
    ]
    report.batches[batch_id] = docs
    if dry_run:
        return
    _record_staged(ops, report.prefix, docs)
    for doc, (_, _, data) in zip(docs, pending, strict=True):
        store_document(store, batch_id, data, _filename(doc.source_key), doc.doc_id)
    log.info("staged batch %s: %d PDFs from %s", batch_id, len(docs), report.prefix)


def _filename(source_key: str) -> str:
    return source_key.rsplit("/", 1)[-1]


def _record_staged(ops: duckdb.DuckDBPyConnection, prefix: str, docs: list[StagedDocument]) -> None:
    rows = [
        {
            "doc_id": d.doc_id,
            "doc_sha256": d.doc_sha256,
            "source_key": d.source_key,
            "source_version": d.source_version,
            "size_bytes": d.size_bytes,
            "batch_id": d.batch_id,
            "prefix": prefix,
        }
        for d in docs
    ]
    incoming = {"_incoming_staged": pa.Table.from_pylist(rows, STAGED_SCHEMA)}
    with registered(ops, incoming), transaction(ops):
        run_sql_file(ops, "backfill_record_staged.sql")


def restage_missing(store: Store, ops: duckdb.DuckDBPyConnection, batch_id: str) -> int:
    """Write the receipts (and PDFs) of a staged batch that the store lacks; returns how many."""
    rows = ops.execute(
        "SELECT doc_id, source_key FROM backfill_documents WHERE batch_id = ? ORDER BY doc_id",
        [validate_batch_id(batch_id)],
    ).fetchall()
    written = 0
    for doc_id, source_key in rows:
        if store.head(layout.upload_receipt_key(batch_id, doc_id)) is None:
            store_document(
                store, batch_id, store.read_bytes(source_key), _filename(source_key), doc_id
            )
            written += 1
    if written:
        log.info("batch %s: wrote %d missing receipt(s)", batch_id, written)
    return written
