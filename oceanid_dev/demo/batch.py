"""Put a demo batch of vessel-registry PDFs into the drop zone, with its ground truth.

Two ways in: straight into the store (`write_demo_batch`, what `make demo` does), or through the
upload service's HTTP API (`upload_demo_batch`, `oceanid demo --once --via-upload`), so the
demo also exercises what SMEs use. With `scanned` ("all" or "mixed", `oceanid demo --scanned`),
some or all documents go in as image-only scans (scan.py) for the OCR stage; their truth keeps the
text of the born-digital original so that stage can be scored.
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from typing import Any

import httpx

from oceanid_assets.config import validate_batch_id
from oceanid_assets.ingest.pdf_text import extract_page_texts
from oceanid_assets.ingest.receipts import Receipt, parse_receipt, store_document
from oceanid_assets.storage import layout
from oceanid_assets.storage.store import Store
from oceanid_dev.demo.documents import DemoDocument, generate_demo_documents
from oceanid_dev.demo.scan import scanned_document
from oceanid_dev.demo.vessels import load_vessels

# "none": born-digital PDFs; "all": every document scanned; "mixed": about half the documents
# scanned, one of them partly (text and image-only pages) when a document has 2 pages or more.
SCANNED_MODES = ("none", "all", "mixed")


@dataclass(frozen=True)
class DemoBatch:
    batch_id: str
    receipts: list[Receipt]
    pages: int
    spans: int
    scanned_documents: int = 0  # with at least one image-only page
    scanned_pages: int = 0
    run_id: str | None = None  # the run the upload service launched when the batch closed


@dataclass(frozen=True)
class DemoFile:
    """One document of a batch as it goes in, with the truth an OCR stage is scored against."""

    document: DemoDocument  # scanned or not; spans refer to page_texts
    page_texts: tuple[str, ...]  # extract_page_texts of the born-digital original
    scanned_pages: tuple[int, ...]  # 1-based, image-only in document.pdf_bytes


class DemoUploadError(RuntimeError):
    """The upload service refused (or never answered) a demo document or the batch close."""


def new_demo_batch_id() -> str:
    return "demo-" + datetime.now(UTC).strftime("%Y%m%d-%H%M%S")


def write_demo_batch(
    store: Store, batch_id: str, pages: int, seed: int = 0, scanned: str = "none"
) -> DemoBatch:
    """Write PDFs and receipts under uploads/<batch_id>/ and truth under truth/<batch_id>/."""
    validate_batch_id(batch_id)
    files = demo_files(pages, seed, scanned)
    receipts = []
    for file in files:
        document = file.document
        receipt = store_document(store, batch_id, document.pdf_bytes, document.filename)
        write_truth(
            store,
            batch_id,
            receipt,
            document,
            page_texts=file.page_texts,
            scanned_pages=file.scanned_pages,
        )
        receipts.append(receipt)
    return _demo_batch(batch_id, receipts, files)


def upload_demo_batch(
    client: httpx.Client,
    store: Store,
    batch_id: str,
    pages: int,
    seed: int = 0,
    scanned: str = "none",
    close: bool = True,
) -> DemoBatch:
    """POST each PDF to the upload service behind `client` (base URL and auth set), write the
    truth under the doc_ids of its receipts, then (`close`) close the batch so that it runs at
    once instead of after the quiet period: the service launches its run, or the drop sensor
    starts it at its next tick. Raises DemoUploadError naming the file at fault."""
    validate_batch_id(batch_id)
    files = demo_files(pages, seed, scanned)
    receipts, kept = [], []
    for file in files:
        receipt = _upload(client, batch_id, file.document)
        if receipt is None:
            continue
        kept.append(file)
        write_truth(
            store,
            batch_id,
            receipt,
            file.document,
            page_texts=file.page_texts,
            scanned_pages=file.scanned_pages,
        )
        receipts.append(receipt)
    batch = _demo_batch(batch_id, receipts, kept)
    if not close:
        return batch
    return replace(batch, run_id=close_batch(client, batch_id).get("run_id"))


def demo_files(pages: int, seed: int = 0, scanned: str = "none") -> list[DemoFile]:
    """The batch's documents, scanned as `scanned` says (one of SCANNED_MODES; the same
    arguments give the same bytes), each with the true text of its born-digital original."""
    if scanned not in SCANNED_MODES:
        raise ValueError(f"scanned must be one of {', '.join(SCANNED_MODES)}; got {scanned!r}")
    documents = generate_demo_documents(load_vessels(), pages=pages, seed=seed)
    plan = scan_plan([d.page_count for d in documents], scanned, seed)
    # Its own stream, so the scans do not change which documents the plan picks.
    rng = random.Random(f"scan-seed:{seed}")  # noqa: S311 - reproducible demo data
    files = []
    for document, scan_pages in zip(documents, plan, strict=True):
        page_texts = tuple(extract_page_texts(document.pdf_bytes))  # before scanning, once
        scan_seed = rng.getrandbits(32)
        if scan_pages:
            whole = len(scan_pages) == document.page_count
            document = scanned_document(
                document, seed=scan_seed, pages=None if whole else set(scan_pages)
            )
        files.append(DemoFile(document, page_texts, tuple(sorted(scan_pages))))
    return files


def scan_plan(page_counts: Sequence[int], scanned: str, seed: int = 0) -> list[set[int]]:
    """Per document (given by its page count), the 1-based pages to scan; empty: born-digital.

    "mixed", decided by the seed: about half the documents scanned, with at least one left
    born-digital and one scanned when there are 2 or more; when some document has 2 pages or
    more, one such document is scanned on only part of its pages (the rest keep their text).
    """
    if scanned not in SCANNED_MODES:
        raise ValueError(f"scanned must be one of {', '.join(SCANNED_MODES)}; got {scanned!r}")
    everything = [set(range(1, count + 1)) for count in page_counts]
    if scanned == "none":
        return [set() for _ in page_counts]
    if scanned == "all":
        return everything
    rng = random.Random(f"scan-plan:{seed}")  # noqa: S311 - reproducible demo data
    count = len(page_counts)
    multi_page = [i for i, pages in enumerate(page_counts) if pages >= 2]
    partial = rng.choice(multi_page) if multi_page else None
    # With 3 or more documents, the partly scanned one is not the only scan; with 2 or more,
    # one document stays born-digital.
    wanted = max(count // 2, 2 if partial is not None and count >= 3 else 1)
    wanted = min(wanted, max(count - 1, 1))
    chosen = {partial} if partial is not None else set()
    others = [i for i in range(count) if i not in chosen]
    chosen |= set(rng.sample(others, max(0, wanted - len(chosen))))
    plan = [everything[i] if i in chosen else set() for i in range(count)]
    if partial is not None:
        pages = page_counts[partial]
        plan[partial] = set(rng.sample(range(1, pages + 1), rng.randint(1, pages - 1)))
    return plan


def write_truth(
    store: Store,
    batch_id: str,
    receipt: Receipt,
    document: DemoDocument,
    *,
    page_texts: Sequence[str] | None = None,
    scanned_pages: Sequence[int] = (),
) -> None:
    """truth/<batch_id>/<doc_id>.json: the document's ground-truth spans, for evaluation, with
    the 1-based pages that are image-only and the true text of every page (what
    extract_page_texts gives for the born-digital original; the spans' offsets refer to it), so
    an OCR stage can be scored. page_texts None: read from the document, which then must not
    be scanned."""
    if page_texts is None:
        if scanned_pages:
            raise ValueError(
                f"{document.filename}: the true text of a scanned document cannot be read from "
                "it; pass page_texts from the born-digital original"
            )
        page_texts = extract_page_texts(document.pdf_bytes)
    if len(page_texts) != document.page_count:
        raise ValueError(
            f"{document.filename}: {len(page_texts)} page texts for {document.page_count} pages"
        )
    truth = {
        "doc_id": receipt.doc_id,
        "kind": document.kind,
        "filename": receipt.filename,
        "page_count": document.page_count,
        "spans": [asdict(span) for span in document.spans],
        "scanned_pages": sorted(scanned_pages),
        "page_texts": list(page_texts),
    }
    store.write_bytes(
        layout.truth_key(batch_id, receipt.doc_id), json.dumps(truth, indent=1).encode()
    )


def _demo_batch(batch_id: str, receipts: list[Receipt], files: Sequence[DemoFile]) -> DemoBatch:
    return DemoBatch(
        batch_id,
        receipts,
        pages=sum(f.document.page_count for f in files),
        spans=sum(len(f.document.spans) for f in files),
        scanned_documents=sum(1 for f in files if f.scanned_pages),
        scanned_pages=sum(len(f.scanned_pages) for f in files),
    )


def _upload(client: httpx.Client, batch_id: str, document: DemoDocument) -> Receipt | None:
    """The document's receipt in the batch; None when another batch already holds the same
    bytes (a small demo document can come out the same under two seeds): it is not stored
    again, and this batch does not count it."""
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
        if item.get("duplicate") and item.get("batch_id") != batch_id:
            return None
        return parse_receipt(
            layout.upload_receipt_key(batch_id, str(item["doc_id"])),
            json.dumps(item).encode(),
            batch_id,
        )
    except (ValueError, KeyError, IndexError, TypeError) as exc:  # ValueError: InvalidReceipt too
        raise DemoUploadError(
            f"upload of {document.filename}: unexpected answer (HTTP {response.status_code}): {exc}"
        ) from exc


def close_batch(client: httpx.Client, batch_id: str) -> dict[str, Any]:
    """The upload service's answer to closing the batch."""
    try:
        response = client.post(f"/batches/{batch_id}/close")
    except httpx.HTTPError as exc:
        raise DemoUploadError(f"closing batch {batch_id} failed: {exc}") from exc
    if response.status_code != 200:
        raise DemoUploadError(f"closing batch {batch_id} refused: {_refusal(response)}")
    answer: dict[str, Any] = response.json()
    return answer


def _refusal(response: httpx.Response) -> str:
    """'HTTP 413 file_too_large: <message>' from the service's JSON error body."""
    try:
        body = response.json()
        return f"HTTP {response.status_code} {body['error']}: {body.get('message', '')}"
    except (ValueError, KeyError, TypeError):
        return f"HTTP {response.status_code}"
