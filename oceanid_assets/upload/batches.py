"""The upload service's side of the store and the databases: batch ids, the duplicate index, the
close marker, a batch's receipts and where each document is in the pipeline.

Duplicate index: `upload-index/<batch_id>/<doc_sha256>.json` holds the doc_id of the first
upload of those bytes into that batch. One HEAD + GET finds a duplicate whatever the batch's
size (scanning receipts would be one GET per document on S3, per upload). It lives outside
`uploads/` on purpose: the raw load treats every `*.json` under `uploads/<batch_id>/` as a
receipt, and the drop sensor's incremental listing would re-list anything sorting after the
UUIDv7 receipts. The receipt stays the truth: an index entry whose receipt is gone or names
other bytes is ignored.
"""

from __future__ import annotations

import json
import logging
import secrets
import string
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import duckdb

from oceanid_assets.config import validate_batch_id
from oceanid_assets.db.connect import connect_reader, database_exists
from oceanid_assets.db.sql import run_sql_file
from oceanid_assets.ingest.receipts import InvalidReceipt, Receipt, parse_receipt
from oceanid_assets.storage import layout
from oceanid_assets.storage.store import Store

log = logging.getLogger("oceanid.upload")

MAX_STATUS_DOCUMENTS = 5000
_ALPHABET = string.ascii_lowercase + string.digits


def new_batch_id(now: datetime | None = None) -> str:
    """`upload-<UTC yyyymmdd-hhmmss>-<4 random>`, e.g. `upload-20261122-101500-k3x9`."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    suffix = "".join(secrets.choice(_ALPHABET) for _ in range(4))
    return validate_batch_id(f"upload-{stamp}-{suffix}")


def is_closed(store: Store, batch_id: str) -> bool:
    return store.head(layout.upload_closed_key(batch_id)) is not None


def close_batch(store: Store, batch_id: str) -> str:
    """Write the close marker (idempotent: a second close keeps the first time)."""
    key = layout.upload_closed_key(batch_id)
    if store.head(key) is None:
        marker = {"batch_id": batch_id, "closed_at": datetime.now(UTC).isoformat()}
        store.write_bytes(key, json.dumps(marker).encode())
    return key


def find_duplicate(store: Store, batch_id: str, doc_sha256: str) -> Receipt | None:
    """The receipt of an earlier upload of the same bytes into this batch, if any."""
    key = layout.upload_index_key(batch_id, doc_sha256)
    if store.head(key) is None:
        return None
    try:
        doc_id = str(json.loads(store.read_bytes(key))["doc_id"])
        rkey = layout.upload_receipt_key(batch_id, doc_id)
        if store.head(rkey) is None:
            return None
        receipt = parse_receipt(rkey, store.read_bytes(rkey), batch_id)
    except (InvalidReceipt, ValueError, KeyError, TypeError) as exc:
        log.warning("ignoring duplicate-index entry %s: %s", key, exc)
        return None
    return receipt if receipt.doc_sha256 == doc_sha256 else None


def write_index(store: Store, receipt: Receipt) -> None:
    entry = {
        "doc_id": receipt.doc_id,
        "receipt_key": layout.upload_receipt_key(receipt.batch_id, receipt.doc_id),
    }
    key = layout.upload_index_key(receipt.batch_id, receipt.doc_sha256)
    store.write_bytes(key, json.dumps(entry).encode())


def batch_exists(store: Store, batch_id: str) -> bool:
    prefix = layout.upload_prefix(batch_id)
    return next(iter(store.list_objects(prefix)), None) is not None


def list_receipts(store: Store, batch_id: str) -> tuple[list[Receipt], list[str], bool]:
    """(receipts in doc_id order, problems, truncated): reads up to MAX_STATUS_DOCUMENTS."""
    prefix = layout.upload_prefix(batch_id)
    keys: list[str] = []
    truncated = False
    for obj in store.list_objects(prefix):
        name = obj.key[len(prefix) :]
        if name.endswith(".json") and "/" not in name:
            if len(keys) >= MAX_STATUS_DOCUMENTS:
                truncated = True
                break
            keys.append(obj.key)

    def read(key: str) -> Receipt | str:
        try:
            return parse_receipt(key, store.read_bytes(key), batch_id)
        except (InvalidReceipt, OSError) as exc:
            return str(exc)

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(read, keys))
    receipts = [r for r in results if isinstance(r, Receipt)]
    problems = [r for r in results if isinstance(r, str)]
    return receipts, problems, truncated


# --- where each document is in the pipeline (read-only, never fatal) ------------------------


@contextmanager
def _read_only(url: str) -> Iterator[duckdb.DuckDBPyConnection]:
    if not database_exists(url):
        raise FileNotFoundError(url)
    with connect_reader(url, busy_timeout_s=0) as conn:
        yield conn


def _raw_status(url: str, batch_id: str) -> dict[str, Any]:
    with _read_only(url) as conn:
        rows = run_sql_file(conn, "upload_batch_raw_status.sql", {"batch_id": batch_id})
    return {
        "pages": {doc_id: pages for doc_id, loaded, pages, _ in rows if loaded},
        "quarantined": {doc_id: reason for doc_id, loaded, _, reason in rows if not loaded},
    }


def _annotated_status(url: str, batch_id: str) -> dict[str, Any]:
    with _read_only(url) as conn:
        (pushes,) = run_sql_file(conn, "upload_batch_push_summary.sql", {"batch_id": batch_id})
        progress = run_sql_file(conn, "upload_batch_document_progress.sql")
    attempts, succeeded, last_status, last_at = pushes
    return {
        "attempts": attempts,
        "succeeded": succeeded,
        "last_status": last_status,
        "last_at": last_at.isoformat() if last_at else None,
        "in_argilla": {doc_id: pushed for doc_id, pushed, _ in progress},
        "annotated": {doc_id: annotated for doc_id, _, annotated in progress},
    }


def _safely(what: str, fn: Any, *args: Any) -> dict[str, Any] | None:
    try:
        result: dict[str, Any] = fn(*args)
        return result
    except Exception as exc:  # locked, missing, not yet created: the page says "unknown"
        log.info("batch status: %s unavailable (%s: %s)", what, type(exc).__name__, exc)
        return None


def batch_status(store: Store, batch_id: str, raw_url: str, annotated_url: str) -> dict[str, Any]:
    """A batch's receipts and, per document, how far the pipeline has taken it."""
    receipts, problems, truncated = list_receipts(store, batch_id)
    raw = _safely("md_raw_ocr", _raw_status, raw_url, batch_id)
    annotated = _safely("md_annotated", _annotated_status, annotated_url, batch_id)

    if annotated is None:
        argilla = "unknown"
    elif annotated["succeeded"]:
        argilla = "pushed"
    elif annotated["attempts"]:
        argilla = "push_failed"
    else:
        argilla = "not_pushed"

    documents = []
    for receipt in receipts:
        entry: dict[str, Any] = {**receipt.to_dict()}
        doc_id = receipt.doc_id
        if raw is None:
            entry["raw"], entry["pages"] = "unknown", None
        elif doc_id in raw["pages"]:
            entry["raw"], entry["pages"] = "loaded", raw["pages"][doc_id]
        elif doc_id in raw["quarantined"]:
            entry["raw"], entry["pages"] = "quarantined", None
            entry["quarantine_reason"] = raw["quarantined"][doc_id]
        else:
            entry["raw"], entry["pages"] = "waiting", None
        if annotated is None or entry["raw"] == "unknown":
            entry["argilla"], entry["argilla_pages"] = "unknown", None
        else:
            # Per document: the pages a succeeded push put into the dataset.
            entry["argilla_pages"] = int(annotated["in_argilla"].get(doc_id, 0))
            if entry["argilla_pages"]:
                entry["argilla"] = "pushed"
            else:
                entry["argilla"] = "push_failed" if argilla == "push_failed" else "not_pushed"
        if annotated is None:
            entry["annotation"], entry["annotated_pages"] = "unknown", None
        else:
            n = int(annotated["annotated"].get(doc_id, 0))
            entry["annotation"] = "annotated" if n else "not_annotated"
            entry["annotated_pages"] = n
        entry["stage"] = _stage(entry)
        documents.append(entry)

    return {
        "batch_id": batch_id,
        "closed": is_closed(store, batch_id),
        "document_count": len(receipts),
        "truncated": truncated,
        "problems": problems,
        "argilla_dataset": layout.dataset_name(batch_id),
        "argilla": argilla,
        "argilla_last_push": None if annotated is None else annotated["last_at"],
        "databases": {
            "md_raw_ocr": "unknown" if raw is None else "ok",
            "md_annotated": "unknown" if annotated is None else "ok",
        },
        "documents": documents,
    }


def _stage(entry: dict[str, Any]) -> str:
    if entry["annotation"] == "annotated":
        return "annotated"
    if entry["raw"] in ("unknown", "quarantined"):
        return str(entry["raw"])
    if entry["argilla"] == "pushed":
        return "in_argilla"
    if entry["raw"] == "loaded":
        return "loaded"
    return "uploaded"
