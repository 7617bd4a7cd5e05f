"""Put a demo batch of vessel-registry PDFs into the drop zone, with its ground truth."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import UTC, datetime

from oceanid_assets.config import validate_batch_id
from oceanid_assets.demo.documents import generate_demo_documents
from oceanid_assets.demo.vessels import load_vessels
from oceanid_assets.ingest.receipts import Receipt, store_document
from oceanid_assets.resources.store import Store


@dataclass(frozen=True)
class DemoBatch:
    batch_id: str
    receipts: list[Receipt]
    pages: int
    spans: int


def new_demo_batch_id() -> str:
    return "demo-" + datetime.now(UTC).strftime("%Y%m%d-%H%M%S")


def write_demo_batch(store: Store, batch_id: str, pages: int, seed: int = 0) -> DemoBatch:
    """Write PDFs and receipts under uploads/<batch_id>/ and truth under truth/<batch_id>/."""
    validate_batch_id(batch_id)
    documents = generate_demo_documents(load_vessels(), pages=pages, seed=seed)
    receipts = []
    for document in documents:
        receipt = store_document(store, batch_id, document.pdf_bytes, document.filename)
        truth = {
            "doc_id": receipt.doc_id,
            "kind": document.kind,
            "filename": receipt.filename,
            "page_count": document.page_count,
            "spans": [asdict(span) for span in document.spans],
        }
        store.write_bytes(
            f"truth/{batch_id}/{receipt.doc_id}.json", json.dumps(truth, indent=1).encode()
        )
        receipts.append(receipt)
    return DemoBatch(
        batch_id,
        receipts,
        pages=sum(d.page_count for d in documents),
        spans=sum(len(d.spans) for d in documents),
    )
