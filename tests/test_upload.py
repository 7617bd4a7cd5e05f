"""The upload service with real components: Starlette's TestClient or uvicorn on loopback, the
local and S3 (moto) stores, real DuckDB files, real PDFs, and (when installed) headless Chromium.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import random
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import httpx
import pytest
import uvicorn
from starlette.applications import Starlette
from starlette.testclient import TestClient

from oceanid_assets.ingest.drop_scan import DropCursor, scan_store
from oceanid_assets.ingest.receipts import parse_receipt
from oceanid_assets.resources.databases import DuckDBDatabase
from oceanid_assets.resources.object_store import ObjectStoreResource
from oceanid_assets.storage.layout import upload_receipt_key
from oceanid_assets.storage.store import LocalStore, Store, StoredObject
from oceanid_assets.upload.app import UploadSettings, create_app
from oceanid_assets.upload.multipart import (
    MultipartError,
    MultipartParser,
    PartBegin,
    PartData,
    PartEnd,
    parse_header_params,
)
from tests.conftest import free_port, make_pdf, upload_settings

PDF_A = make_pdf(["Licence No. 2026/041 - vessel OCEAN STAR"])
PDF_B = make_pdf(["IMO 9074729 - FLAG Spain", "second page"])


def _client(store: Store, tmp_path: Path, **changes: Any) -> TestClient:
    return TestClient(create_app(store, upload_settings(tmp_path, **changes)))


def _pdf_file(name: str, data: bytes, ctype: str = "application/pdf") -> tuple[str, Any]:
    return ("file", (name, data, ctype))


def _all_objects(store: Store) -> list[str]:
    return [o.key for o in store.list_objects("")]


def _spool_leftovers(store: Store) -> list[Path]:
    return list((store.root / ".incoming").iterdir()) if isinstance(store, LocalStore) else []


# --- happy path, duplicates, both backends ----------------------------------------------------


def test_upload_two_pdfs_then_duplicate(
    store_resource: ObjectStoreResource, tmp_path: Path
) -> None:
    store = store_resource.get_store()
    client = _client(store, tmp_path)
    response = client.post(
        "/upload",
        files=[_pdf_file("Licence A.pdf", PDF_A), _pdf_file("b.pdf", PDF_B)],
        data={"batch_id": "iotc-2026-03"},
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["batch_id"] == "iotc-2026-03"
    receipts = body["receipts"]
    assert [r["filename"] for r in receipts] == ["Licence A.pdf", "b.pdf"]
    assert [r["size_bytes"] for r in receipts] == [len(PDF_A), len(PDF_B)]
    for receipt, data in zip(receipts, (PDF_A, PDF_B), strict=True):
        assert receipt["doc_sha256"] == hashlib.sha256(data).hexdigest()
        assert receipt["object_key"] == f"uploads/iotc-2026-03/{receipt['doc_id']}.pdf"
        assert receipt["duplicate"] is False and receipt["source"] == "upload-service"
        assert store.read_bytes(receipt["object_key"]) == data
        key = upload_receipt_key("iotc-2026-03", receipt["doc_id"])
        stored = parse_receipt(key, store.read_bytes(key), "iotc-2026-03")
        assert stored.doc_id == receipt["doc_id"] and stored.source == "upload-service"

    again = client.post(
        "/upload", files=[_pdf_file("renamed.pdf", PDF_A)], data={"batch_id": "iotc-2026-03"}
    )
    assert again.status_code == 200
    (dup,) = again.json()["receipts"]
    assert dup["duplicate"] is True
    assert {k: v for k, v in dup.items() if k != "duplicate"} == {
        k: v for k, v in receipts[0].items() if k != "duplicate"
    }
    pdfs = [k for k in _all_objects(store) if k.endswith(".pdf")]
    assert len(pdfs) == 2  # one copy each

    # The same bytes into another batch: one copy per content, so the answer is the original
    # receipt (its doc_id and batch), nothing is stored in b2, and b2's status says where it is.
    other = client.post("/upload", files=[_pdf_file("copy.pdf", PDF_A)], data={"batch_id": "b2"})
    assert other.status_code == 200
    (repeat,) = other.json()["receipts"]
    assert repeat == {**receipts[0], "duplicate": True}
    assert not any(k.startswith("uploads/b2/") for k in _all_objects(store))
    status = client.get("/batches/b2").json()
    assert status["document_count"] == 0 and status["duplicate_count"] == 1
    (listed,) = status["documents"]
    assert listed["stage"] == "duplicate" and listed["filename"] == "copy.pdf"
    assert (listed["doc_id"], listed["duplicate_of_batch"]) == (repeat["doc_id"], "iotc-2026-03")


def test_without_batch_id_a_new_batch_is_made(local_store: LocalStore, tmp_path: Path) -> None:
    response = _client(local_store, tmp_path).post("/upload", files=[_pdf_file("a.pdf", PDF_A)])
    assert response.status_code == 201
    batch_id = response.json()["batch_id"]
    assert batch_id.startswith("upload-") and len(batch_id) == len("upload-20260101-101010-abcd")
    assert local_store.list_children("uploads/") == [batch_id]


def test_duplicate_within_one_request_is_stored_once(
    local_store: LocalStore, tmp_path: Path
) -> None:
    response = _client(local_store, tmp_path).post(
        "/upload", files=[_pdf_file("a.pdf", PDF_A), _pdf_file("a-again.pdf", PDF_A)]
    )
    first, second = response.json()["receipts"]
    assert first["doc_id"] == second["doc_id"] and second["duplicate"] is True
    assert len([k for k in _all_objects(local_store) if k.endswith(".pdf")]) == 1


# --- bad input: the right status, nothing written ---------------------------------------------


@dataclass
class Bad:
    files: list[tuple[str, Any]] | None
    data: dict[str, str] | None
    status: int
    error: str
    content: bytes | None = None
    headers: dict[str, str] | None = None


BAD_INPUTS = {
    "text file": Bad([_pdf_file("notes.txt", b"hello", "text/plain")], None, 415, "not_a_pdf"),
    "pdf type, other bytes": Bad(
        [_pdf_file("fake.pdf", b"PK\x03\x04 zip really")], None, 415, "not_a_pdf"
    ),
    "pdf bytes, no pdf type": Bad(
        [_pdf_file("a.pdf", PDF_A, "application/octet-stream")], None, 415, "not_a_pdf"
    ),
    "good then bad file": Bad(
        [_pdf_file("a.pdf", PDF_A), _pdf_file("b.pdf", b"<html>")], None, 415, "not_a_pdf"
    ),
    "short non-pdf": Bad([_pdf_file("x.pdf", b"%PD")], None, 415, "not_a_pdf"),
    "empty file": Bad([_pdf_file("empty.pdf", b"")], None, 422, "empty_file"),
    "oversized": Bad([_pdf_file("big.pdf", b"%PDF-" + b"0" * 5000)], None, 413, "file_too_large"),
    "no file field": Bad(
        None,
        None,
        422,
        "no_file",
        b'--xyz\r\nContent-Disposition: form-data; name="batch_id"\r\n\r\nb1\r\n--xyz--\r\n',
        {"content-type": "multipart/form-data; boundary=xyz"},
    ),
    "url-encoded form": Bad(None, {"batch_id": "b1"}, 415, "unsupported_media_type"),
    "bad batch_id": Bad(
        [_pdf_file("a.pdf", PDF_A)], {"batch_id": "../etc"}, 422, "invalid_batch_id"
    ),
    "upper-case batch_id": Bad(
        [_pdf_file("a.pdf", PDF_A)], {"batch_id": "B1"}, 422, "invalid_batch_id"
    ),
    "not multipart": Bad(
        None, None, 415, "unsupported_media_type", b'{"x": 1}', {"content-type": "application/json"}
    ),
    "no boundary": Bad(
        None, None, 400, "bad_multipart", b"--x\r\n", {"content-type": "multipart/form-data"}
    ),
    "cut-off body": Bad(
        None,
        None,
        400,
        "bad_multipart",
        b'--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n'
        b"Content-Type: application/pdf\r\n\r\n%PDF-1.4 no closing boundary",
        {"content-type": "multipart/form-data; boundary=xyz"},
    ),
    "garbage multipart": Bad(
        None,
        None,
        400,
        "bad_multipart",
        b"--xyz\r\nno colon here\r\n\r\nbody\r\n--xyz--\r\n",
        {"content-type": "multipart/form-data; boundary=xyz"},
    ),
}


@pytest.mark.parametrize("case", BAD_INPUTS.values(), ids=BAD_INPUTS.keys())
def test_bad_input_is_rejected_and_writes_nothing(
    case: Bad, local_store: LocalStore, tmp_path: Path
) -> None:
    client = _client(local_store, tmp_path, max_bytes=4096)
    response = client.post(
        "/upload", files=case.files, data=case.data, content=case.content, headers=case.headers
    )
    assert response.status_code == case.status, response.text
    assert response.json()["error"] == case.error and response.json()["message"]
    assert _all_objects(local_store) == []
    assert _spool_leftovers(local_store) == []
    metrics = client.get("/metrics").text
    assert f'oceanid_upload_rejections_total{{reason="{case.error}"}} 1' in metrics


def test_traversal_and_control_characters_in_filenames_are_sanitised(
    local_store: LocalStore, tmp_path: Path
) -> None:
    # Policy: sanitise, not reject. The object key never uses the client's name anyway.
    client = _client(local_store, tmp_path)
    names = ["../../etc/passwd.pdf", "..\\..\\win.pdf", "a\x00b\x1b[31m.pdf", "\u202egnp.pdf"]
    for i, name in enumerate(names):
        data = PDF_A + str(i).encode()
        response = client.post("/upload", files=[_pdf_file(name, data)], data={"batch_id": "b1"})
        assert response.status_code == 201, response.text
        (receipt,) = response.json()["receipts"]
        assert "/" not in receipt["filename"] and "\\" not in receipt["filename"]
        assert receipt["filename"].isprintable() and ".." not in receipt["filename"]
    assert all(k.startswith(("uploads/b1/", "upload-content/")) for k in _all_objects(local_store))
    assert not (tmp_path / "etc").exists() and not (local_store.root.parent / "etc").exists()


def test_closed_batch_refuses_uploads_and_unknown_batches_404(
    local_store: LocalStore, tmp_path: Path
) -> None:
    client = _client(local_store, tmp_path)
    assert client.post("/batches/nope/close").status_code == 404
    assert client.get("/batches/nope").json()["error"] == "unknown_batch"
    assert client.get("/batches/Bad!").status_code == 422
    client.post("/upload", files=[_pdf_file("a.pdf", PDF_A)], data={"batch_id": "b1"})
    closed = client.post("/batches/b1/close")
    assert closed.status_code == 200 and closed.json()["marker"] == "uploads/b1/_CLOSED"
    assert client.post("/batches/b1/close").status_code == 200  # idempotent
    late = client.post("/upload", files=[_pdf_file("b.pdf", PDF_B)], data={"batch_id": "b1"})
    assert late.status_code == 409 and late.json()["error"] == "batch_closed"
    assert client.get("/batches/b1").json()["closed"] is True


# --- auth, CORS, logs ---------------------------------------------------------------------------


def test_token_is_required_on_every_api_route_when_configured(
    local_store: LocalStore, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    token = "s3cret-token-value"
    client = _client(local_store, tmp_path, token=token)
    caplog.set_level(logging.INFO, logger="oceanid.upload")
    files = [_pdf_file("a.pdf", PDF_A)]
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Basic {token}"}):
        response = client.post("/upload", files=files, data={"batch_id": "b1"}, headers=headers)
        assert response.status_code == 401 and response.json()["error"] == "unauthorized"
        assert response.headers["www-authenticate"].startswith("Bearer")
    assert _all_objects(local_store) == []
    for method, path in (
        ("GET", "/batches/b1"),
        ("POST", "/batches/b1/close"),
        ("GET", "/metrics"),
        ("POST", "/batches"),
    ):
        assert client.request(method, path).status_code == 401
    auth = {"Authorization": f"Bearer {token}"}
    ok = client.post("/upload", files=files, data={"batch_id": "b1"}, headers=auth)
    assert ok.status_code == 201
    assert client.get("/batches/b1", headers=auth).status_code == 200
    # The page and its settings stay open, so the page can ask for the token.
    assert client.get("/").status_code == 200
    assert client.get("/config").json()["token_required"] is True
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert token not in logged and "request id=" in logged
    assert ok.json()["receipts"][0]["doc_id"] in logged  # ids and counts are logged
    assert PDF_A[:40].decode("latin-1") not in logged


def test_cors_allow_list(local_store: LocalStore, tmp_path: Path) -> None:
    client = _client(local_store, tmp_path, cors_origins=("https://sme.example.org",))
    preflight = {"Access-Control-Request-Method": "POST"}
    allowed = client.options("/upload", headers={"Origin": "https://sme.example.org", **preflight})
    assert allowed.headers["access-control-allow-origin"] == "https://sme.example.org"
    denied = client.options("/upload", headers={"Origin": "https://evil.example", **preflight})
    assert "access-control-allow-origin" not in denied.headers
    plain = _client(local_store, tmp_path)  # no origins configured: same-origin only
    got = plain.get("/config", headers={"Origin": "https://sme.example.org"})
    assert "access-control-allow-origin" not in got.headers


def test_settings_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OCEANID_UPLOAD_MAX_BYTES", "1234")
    monkeypatch.setenv("OCEANID_UPLOAD_CORS_ORIGINS", "https://a.example, https://b.example,")
    monkeypatch.setenv("OCEANID_UPLOAD_TOKEN", "tok")
    settings = UploadSettings.from_env()
    assert settings.max_bytes == 1234 and settings.token == "tok"
    assert settings.cors_origins == ("https://a.example", "https://b.example")
    assert "tok" not in repr(settings)


# --- ordering and the drop sensor ---------------------------------------------------------------


class RecordingStore:
    """A Store that is neither LocalStore nor S3Store (the generic write path), logging writes."""

    def __init__(self, inner: LocalStore) -> None:
        self.inner = inner
        self.url = inner.url
        self.writes: list[str] = []

    def list_objects(self, prefix: str, start_after: str = "") -> Iterator[StoredObject]:
        return self.inner.list_objects(prefix, start_after)

    def list_children(self, prefix: str) -> list[str]:
        return self.inner.list_children(prefix)

    def head(self, key: str) -> StoredObject | None:
        return self.inner.head(key)

    def read_bytes(self, key: str) -> bytes:
        return self.inner.read_bytes(key)

    def write_bytes(self, key: str, data: bytes) -> StoredObject:
        self.writes.append(key)
        return self.inner.write_bytes(key, data)

    def create_bytes(self, key: str, data: bytes) -> StoredObject | None:
        self.writes.append(key)
        return self.inner.create_bytes(key, data)

    def local_copy(self, key: str) -> AbstractContextManager[Path]:
        return self.inner.local_copy(key)


def test_receipt_lands_after_pdf_and_the_sensor_sees_it(
    local_store: LocalStore, tmp_path: Path
) -> None:
    store = RecordingStore(local_store)
    client = _client(store, tmp_path)
    response = client.post("/upload", files=[_pdf_file("a.pdf", PDF_A)], data={"batch_id": "b1"})
    doc_id = response.json()["receipts"][0]["doc_id"]
    sha = response.json()["receipts"][0]["doc_sha256"]
    assert store.writes == [
        f"upload-content/{sha}.json",  # the claim on the bytes comes first
        f"uploads/b1/{doc_id}.pdf",
        f"uploads/b1/{doc_id}.json",
    ]
    # An upload-service batch waits for its close marker (or the quiet period) ...
    scan = scan_store(local_store, DropCursor())
    assert scan.work == [] and "b1" in scan.waiting
    assert client.post("/batches/b1/close").status_code == 200
    # ... and runs at the next tick once closed.
    rescan = scan_store(local_store, scan.cursor)
    assert [(w.batch_id, w.new_documents) for w in rescan.work] == [("b1", 1)]
    assert scan_store(local_store, rescan.cursor).work == []


# --- concurrency over a real server ----------------------------------------------------------


@contextmanager
def running_server(app: Starlette) -> Iterator[str]:
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def test_concurrent_uploads_all_land_with_distinct_receipts(
    store_resource: ObjectStoreResource, tmp_path: Path
) -> None:
    store = store_resource.get_store()
    app = create_app(store, upload_settings(tmp_path))
    documents = [make_pdf([f"Vessel number {i}", "page two"]) for i in range(10)]

    with running_server(app) as url:

        def send(i: int) -> dict[str, Any]:
            with httpx.Client(base_url=url, timeout=30) as http:
                response = http.post(
                    "/upload",
                    files=[_pdf_file(f"v{i}.pdf", documents[i])],
                    data={"batch_id": "concurrent"},
                )
            assert response.status_code == 201, response.text
            receipt: dict[str, Any] = response.json()["receipts"][0]
            return receipt

        def send_same(_: int) -> str:
            with httpx.Client(base_url=url, timeout=30) as http:
                response = http.post(
                    "/upload", files=[_pdf_file("same.pdf", PDF_B)], data={"batch_id": "same"}
                )
            return str(response.json()["receipts"][0]["doc_id"])

        with ThreadPoolExecutor(max_workers=10) as pool:
            receipts = list(pool.map(send, range(10)))
            same_ids = set(pool.map(send_same, range(6)))

    assert len({r["doc_id"] for r in receipts}) == 10
    for receipt, data in zip(receipts, documents, strict=True):
        assert store.read_bytes(receipt["object_key"]) == data
    assert len([k for k in _all_objects(store) if k.startswith("uploads/concurrent/")]) == 20
    assert len(same_ids) == 1  # six racing uploads of the same bytes: one document
    assert len([k for k in _all_objects(store) if k.startswith("uploads/same/")]) == 2


def test_oversized_upload_stops_reading_over_a_real_socket(
    local_store: LocalStore, tmp_path: Path
) -> None:
    limit = 64 * 1024
    app = create_app(local_store, upload_settings(tmp_path, max_bytes=limit))
    total = 32 * 1024 * 1024
    head = (
        b'--bnd\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\n'
        b"Content-Type: application/pdf\r\n\r\n%PDF-1.7\n"
    )
    with running_server(app) as url:
        port = int(url.rsplit(":", 1)[1])
        sent = 0
        reply = b""
        with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
            sock.sendall(
                b"POST /upload HTTP/1.1\r\nHost: x\r\n"
                b"Content-Type: multipart/form-data; boundary=bnd\r\n"
                + f"Content-Length: {total}\r\n\r\n".encode()
                + head
            )
            chunk = b"0" * 65536
            try:
                while sent < total - len(head):
                    sock.sendall(chunk)
                    sent += len(chunk)
            except OSError:
                pass  # the server stopped reading and closed the connection
            try:
                sock.settimeout(5)
                while part := sock.recv(65536):
                    reply += part
            except OSError:
                pass
        metrics = httpx.get(url + "/metrics").text
    assert sent < total - len(head), "the server read the whole oversized body"
    if reply:  # usually delivered; a reset can swallow it, the counters below still hold
        assert reply.startswith(b"HTTP/1.1 413")
    read = next(
        int(line.split()[-1])
        for line in metrics.splitlines()
        if line.startswith("oceanid_upload_body_bytes_read_total")
    )
    assert read < 4 * 1024 * 1024  # a few socket buffers past the limit, not 32 MB
    assert 'oceanid_upload_rejections_total{reason="file_too_large"} 1' in metrics
    assert _all_objects(local_store) == [] and _spool_leftovers(local_store) == []


# --- batch status -------------------------------------------------------------------------------


def test_batch_status_follows_the_pipeline_and_survives_missing_or_locked_dbs(
    local_store: LocalStore, tmp_path: Path
) -> None:
    client = _client(local_store, tmp_path)
    response = client.post(
        "/upload",
        files=[_pdf_file("a.pdf", PDF_A), _pdf_file("b.pdf", PDF_B)],
        data={"batch_id": "b1"},
    )
    doc_a, doc_b = (r["doc_id"] for r in response.json()["receipts"])

    missing = client.get("/batches/b1").json()  # no databases yet
    assert missing["databases"] == {"md_raw_ocr": "unknown", "md_annotated": "unknown"}
    assert {d["stage"] for d in missing["documents"]} == {"unknown"}

    raw = DuckDBDatabase(database=str(tmp_path / "md_raw_ocr.duckdb"), schema_file="raw_schema.sql")
    with raw.connect() as conn:
        conn.execute(
            "INSERT INTO raw_documents VALUES (?, 'b1', NULL, 'a.pdf', NULL, 1, 1, 'upload', "
            "NULL, now(), 'run')",
            [doc_a],
        )
        conn.execute(
            "INSERT INTO raw_pages VALUES (?, 1, 'b1', 't', NULL, 'h', 1, 'e', 'v', NULL, 'r', "
            "now(), 'run', 'text_layer', NULL)",
            [doc_a],
        )
    annotated = DuckDBDatabase(
        database=str(tmp_path / "md_annotated.duckdb"), schema_file="annotated_schema.sql"
    )
    with annotated.connect() as conn:
        conn.execute(
            "INSERT INTO argilla_ingest_log VALUES ('vessels_ocr_b1', 'b1', 'k', 's', 1, 1, 0, "
            "'succeeded', NULL, 1, now(), now(), 'run')"
        )
        conn.execute(
            "INSERT INTO argilla_pushed_records VALUES ('vessels_ocr_b1', 'b1', ?, ?, 1, 'h', "
            "'s', now(), 'run')",
            [f"{doc_a}:1", doc_a],
        )
        conn.execute(
            "INSERT INTO annotations_pages VALUES (1, 'vessels_ocr_b1', ?, ?, 1, 'h', 'u1', "
            "'submitted', now(), NULL, NULL, 2, 'c', NULL, NULL)",
            [f"{doc_a}:1", doc_a],
        )
    status = client.get("/batches/b1").json()
    by_id = {d["doc_id"]: d for d in status["documents"]}
    assert status["argilla"] == "pushed" and status["databases"]["md_raw_ocr"] == "ok"
    assert by_id[doc_a]["raw"] == "loaded" and by_id[doc_a]["pages"] == 1
    assert by_id[doc_a]["annotated_pages"] == 1 and by_id[doc_a]["stage"] == "annotated"
    assert by_id[doc_a]["argilla"] == "pushed" and by_id[doc_a]["argilla_pages"] == 1
    assert by_id[doc_b]["argilla"] == "not_pushed" and by_id[doc_b]["argilla_pages"] == 0
    assert by_id[doc_b]["raw"] == "waiting" and by_id[doc_b]["stage"] == "uploaded"

    # A writer holding md_raw_ocr (another configuration of the same file) must not break it.
    writer = duckdb.connect(str(tmp_path / "md_raw_ocr.duckdb"))
    try:
        held = client.get("/batches/b1")
        assert held.status_code == 200
        assert held.json()["databases"]["md_raw_ocr"] == "unknown"
        assert held.json()["documents"][0]["raw"] == "unknown"
    finally:
        writer.close()


def test_page_and_config_are_served(local_store: LocalStore, tmp_path: Path) -> None:
    client = _client(local_store, tmp_path, max_bytes=1000)
    page = client.get("/")
    assert page.status_code == 200 and "XMLHttpRequest" in page.text and 'id="token"' in page.text
    assert client.get("/config").json() == {
        "max_bytes": 1000,
        "max_files": 100,
        "token_required": False,
    }
    assert client.get("/nowhere").json()["error"] == "not_found"
    assert client.get("/upload").json()["error"] == "method_not_allowed"


# --- the multipart parser itself ----------------------------------------------------------------


def test_multipart_parser_handles_any_chunking() -> None:
    payload = bytes(random.Random(1).getrandbits(8) for _ in range(20000)) + b"\r\n--bn"
    body = (
        b"preamble\r\n--bnd\r\n"
        b'Content-Disposition: form-data; name="batch_id"\r\n\r\nb1\r\n--bnd\r\n'
        b'Content-Disposition: form-data; name="file"; filename="a \\"q\\".pdf"; '
        b"filename*=UTF-8''R%C3%A9c%C3%A9piss%C3%A9.pdf\r\n"
        b"Content-Type: application/pdf; charset=binary\r\n\r\n"
        + payload
        + b"\r\n--bnd--\r\nepilogue"
    )
    rng = random.Random(7)
    for _ in range(30):
        parser = MultipartParser(b"bnd")
        events: list[Any] = []
        pos = 0
        while pos < len(body):
            step = rng.choice([1, 2, 3, 7, 50, 4096])
            events.extend(parser.feed(body[pos : pos + step]))
            pos += step
        parser.close()
        begins = [e.part for e in events if isinstance(e, PartBegin)]
        assert [(p.name, p.filename, p.content_type) for p in begins] == [
            ("batch_id", None, ""),
            ("file", "Récépissé.pdf", "application/pdf"),
        ]
        datas: list[bytes] = [b"", b""]
        index = -1
        for e in events:
            if isinstance(e, PartBegin):
                index += 1
            elif isinstance(e, PartData):
                datas[index] += e.data
        assert datas == [b"b1", payload]
        assert sum(isinstance(e, PartEnd) for e in events) == 2


def test_multipart_parser_rejects_malformed_input() -> None:
    with pytest.raises(MultipartError, match="no closing boundary"):
        parser = MultipartParser(b"b")
        parser.feed(b"--b\r\nContent-Disposition: form-data; name=x\r\n\r\nvalue")
        parser.close()
    with pytest.raises(MultipartError, match="headers too large"):
        MultipartParser(b"b", max_header_bytes=100).feed(b"--b\r\nX-A: " + b"a" * 200)
    with pytest.raises(MultipartError, match="no multipart boundary"):
        MultipartParser(b"b").feed(b"x" * 70000)
    assert parse_header_params('form-data; name="a;b"; filename=plain.pdf') == (
        "form-data",
        {"name": "a;b", "filename": "plain.pdf"},
    )


# --- a real browser: two PDFs through the page ---------------------------------------------------

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


class DevTools:
    """Just enough of the Chrome DevTools Protocol (websocket-client, synchronous)."""

    def __init__(self, ws_url: str) -> None:
        import websocket

        self.ws = websocket.create_connection(ws_url, timeout=30, suppress_origin=True)
        self.next_id = 0

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                result: dict[str, Any] = message["result"]
                return result

    def evaluate(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 30) -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = self.evaluate(expression)
            if value:
                return value
            time.sleep(0.1)
        raise AssertionError(f"timed out waiting for {expression}")


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="needs chromium (apt-get install chromium)")
def test_browser_uploads_two_pdfs_through_the_page(local_store: LocalStore, tmp_path: Path) -> None:
    token = "browser-token"
    app = create_app(local_store, upload_settings(tmp_path, token=token))
    files = [tmp_path / "Licence A.pdf", tmp_path / "b.pdf"]
    files[0].write_bytes(PDF_A)
    files[1].write_bytes(PDF_B)
    profile = tmp_path / "chromium-profile"
    with running_server(app) as url:
        browser = subprocess.Popen(
            [
                CHROMIUM,
                "--headless=new",
                "--no-sandbox",  # tests often run as root in containers
                "--disable-gpu",
                "--no-first-run",
                "--remote-debugging-port=0",
                f"--user-data-dir={profile}",
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            port_file = profile / "DevToolsActivePort"
            deadline = time.monotonic() + 30
            while not port_file.exists() or not port_file.read_text().strip():
                assert time.monotonic() < deadline and browser.poll() is None, "no chromium"
                time.sleep(0.1)
            port = int(port_file.read_text().split()[0])
            targets = httpx.get(f"http://127.0.0.1:{port}/json/list").json()
            page = next(t for t in targets if t["type"] == "page")
            tools = DevTools(page["webSocketDebuggerUrl"])
            tools.call("Page.enable")
            tools.call("Page.navigate", url=url + "/")
            tools.wait_for("document.body && document.body.dataset.ready === '1'")
            assert tools.evaluate("document.getElementById('token-box').hidden") is False
            tools.evaluate(f"document.getElementById('token').value = {json.dumps(token)}")
            tools.evaluate("document.getElementById('batch').value = 'browser-batch'")
            document = tools.call("DOM.getDocument")
            node = tools.call(
                "DOM.querySelector", nodeId=document["root"]["nodeId"], selector="#files"
            )
            tools.call(
                "DOM.setFileInputFiles", nodeId=node["nodeId"], files=[str(p) for p in files]
            )
            tools.wait_for("document.querySelectorAll('#file-table tbody tr').length === 2")
            tools.evaluate("document.getElementById('upload-btn').click()")
            assert tools.wait_for("document.body.dataset.uploadsDone") == "2"
            shown = tools.evaluate(
                "[...document.querySelectorAll('#file-table td.doc-id')].map(td => td.textContent)"
            )
            tools.wait_for("document.querySelectorAll('#status-table tbody tr').length === 2")
            screenshot = tools.call("Page.captureScreenshot")["data"]
            (tmp_path / "page.png").write_bytes(base64.b64decode(screenshot))
            tools.ws.close()
        finally:
            browser.terminate()
            browser.wait(timeout=10)
    receipts = [
        json.loads(local_store.read_bytes(o.key))
        for o in local_store.list_objects("uploads/browser-batch/")
        if o.key.endswith(".json")
    ]
    assert sorted(r["filename"] for r in receipts) == ["Licence A.pdf", "b.pdf"]
    assert sorted(shown) == sorted(r["doc_id"] for r in receipts)
    for receipt in receipts:
        data = local_store.read_bytes(receipt["object_key"])
        assert data in (PDF_A, PDF_B) and receipt["doc_sha256"] == hashlib.sha256(data).hexdigest()


def test_batch_status_says_when_an_open_batch_runs(
    local_store: LocalStore,
    raw_db: DuckDBDatabase,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("OCEANID_UPLOAD_QUIET_SECONDS", "3600")  # as the drop sensor reads it
    with raw_db.connect():
        pass  # the database exists, and holds nothing of the batch yet
    client = _client(local_store, tmp_path)
    uploaded = client.post("/upload", files=[_pdf_file("a.pdf", PDF_A)], data={"batch_id": "b1"})
    assert uploaded.status_code == 201
    waiting = client.get("/batches/b1").json()["waiting"]
    assert waiting.startswith("1 upload(s) waiting: runs at ")
    assert "UTC unless closed sooner" in waiting and "of the 3600s quiet period" in waiting
    assert client.post("/batches/b1/close").status_code == 200
    assert client.get("/batches/b1").json()["waiting"] is None  # closed: runs at the next tick
