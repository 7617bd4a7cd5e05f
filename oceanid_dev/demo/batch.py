"""Put a demo batch of vessel-registry PDFs into the drop zone, with its ground truth.

Two ways in: straight into the store (`write_demo_batch`, what `make demo` does), or through the
upload service's HTTP API (`upload_demo_batch`, `oceanid demo --once --via-upload`), so the
demo also exercises what SMEs use.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime

import httpx

from oceanid_assets.config import validate_batch_id
from oceanid_assets.ingest.receipts import Receipt, parse_receipt, store_document
from oceanid_assets.storage import layout
from oceanid_assets.storage.store import Store
from oceanid_dev.demo.documents import DemoDocument, generate_demo_documents
from oceanid_dev.demo.vessels import load_vessels


@dataclass(frozen=True)
class DemoBatch:
    batch_id: str
    receipts: list[Receipt]
    pages: int
    spans: int


class DemoUploadError(RuntimeError):
    """The upload service refused (or never answered) a demo document or the batch close."""


def new_demo_batch_id() -> str:
    return "demo-" + datetime.now(UTC).strftime("%Y%m%d-%H%M%S")


def write_demo_batch(store: Store, batch_id: str, pages: int, seed: int = 0) -> DemoBatch:
    """Write PDFs and receipts under uploads/<batch_id>/ and truth under truth/<batch_id>/."""
    validate_batch_id(batch_id)
    documents = generate_demo_documents(load_vessels(), pages=pages, seed=seed)
    receipts = []
    for document in documents:
        receipt = store_document(store, batch_id, document.pdf_bytes, document.filename)
        write_truth(store, batch_id, receipt, document)
        receipts.append(receipt)
    return _demo_batch(batch_id, receipts, documents)


def upload_demo_batch(
    client: httpx.Client, store: Store, batch_id: str, pages: int, seed: int = 0
) -> DemoBatch:
    """POST each PDF to the upload service behind `client` (base URL and auth set), write the
    truth under the doc_ids of its receipts, then close the batch so the sensor runs it at once
    instead of waiting for the quiet period. Raises DemoUploadError naming the file at fault."""
    validate_batch_id(batch_id)
    documents = generate_demo_documents(load_vessels(), pages=pages, seed=seed)
    receipts = []
    for document in documents:
        receipt = _upload(client, batch_id, document)
        write_truth(store, batch_id, receipt, document)
        receipts.append(receipt)
    _close(client, batch_id)
    return _demo_batch(batch_id, receipts, documents)


def write_truth(store: Store, batch_id: str, receipt: Receipt, document: DemoDocument) -> None:
    """truth/<batch_id>/<doc_id>.json: the document's ground-truth spans, for evaluation."""
    truth = {
        "doc_id": receipt.doc_id,
        "kind": document.kind,
        "filename": receipt.filename,
        "page_count": document.page_count,
        "spans": [asdict(span) for span in document.spans],
    }
    store.write_bytes(
        layout.truth_key(batch_id, receipt.doc_id), json.dumps(truth, indent=1).encode()
    )


def _demo_batch(
    batch_id: str, receipts: list[Receipt], documents: Sequence[DemoDocument]
) -> DemoBatch:
    return DemoBatch(
        batch_id,
        receipts,
        pages=sum(d.page_count for d in documents),
        spans=sum(len(d.spans) for d in documents),
    )


def _upload(client: httpx.Client, batch_id: str, document: DemoDocument) -> Receipt:
    # One request per file, so a refusal names the file it was about.
    try:
        response = client.post(
            "/upload",
            files=[("file", (document.filename, document.pdf_bytes, "application/pdf"))],
            data={"batch_id": batch_id},
        )
    except httpx.HTTPError as exc:
        raise DemoUploadError(f"upload of {document.filename} failed: {exc}") from exc
    if response.status_code not in (200, 201):
        raise DemoUploadError(f"upload of {document.filename} refused: {_refusal(response)}")
    try:
        item = response.json()["receipts"][0]
        return parse_receipt(
            layout.upload_receipt_key(batch_id, str(item["doc_id"])),
            json.dumps(item).encode(),
            batch_id,
        )
    except (ValueError, KeyError, IndexError, TypeError) as exc:  # ValueError: InvalidReceipt too
        raise DemoUploadError(
            f"upload of {document.filename}: unexpected answer (HTTP {response.status_code}): {exc}"
        ) from exc


def _close(client: httpx.Client, batch_id: str) -> None:
    try:
        response = client.post(f"/batches/{batch_id}/close")
    except httpx.HTTPError as exc:
        raise DemoUploadError(f"closing batch {batch_id} failed: {exc}") from exc
    if response.status_code != 200:
        raise DemoUploadError(f"closing batch {batch_id} refused: {_refusal(response)}")


def _refusal(response: httpx.Response) -> str:
    """'HTTP 413 file_too_large: <message>' from the service's JSON error body."""
    try:
        body = response.json()
        return f"HTTP {response.status_code} {body['error']}: {body.get('message', '')}"
    except (ValueError, KeyError, TypeError):
        return f"HTTP {response.status_code}"
