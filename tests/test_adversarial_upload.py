"""The upload service under hostile requests and racing closes, over real HTTP on loopback.

The server is uvicorn with the options `oceanid upload-service` gives it
(`serve.uvicorn_options`: the head-limited protocol) on a thread, as in tests/test_upload.py,
and once `oceanid upload-service` itself; real local stores, real PDFs, real DuckDB for the raw
load. Requests go over raw sockets, so a body can be sent slowly, in chunks, or cut short. Every
refusal is checked for its status, its error code, a message naming the header, field or file
at fault, and for leaving the store exactly as it was (nothing written, nothing lost, no spool
file left). The store is subclassed only to note the order of its writes and, for fault
injection, to hold a receipt's write until the test releases it.
"""

from __future__ import annotations

import json
import logging
import os
import re
import socket
import subprocess
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
import uvicorn
from starlette.applications import Starlette
from starlette.testclient import TestClient

from oceanid_assets.ingest.raw_load import ingest_batch
from oceanid_assets.instance import venv_bin
from oceanid_assets.resources.databases import DuckDBDatabase
from oceanid_assets.storage.store import LocalStore, StoredObject
from oceanid_assets.upload.app import create_app
from oceanid_assets.upload.serve import uvicorn_options
from tests.conftest import LICENCE, free_port, make_pdf, upload_settings

PDF_A = make_pdf([LICENCE])
PDF_B = make_pdf(["IMO 9074729 - FLAG Spain", "second page"])
HTML_WITH_MAGIC = b"%PDF-<!doctype html><html><body><script>alert(1)</script></body></html>"
HTML_AFTER_HEADER = b"%PDF-1.7\n<!doctype html><html><body><p>not a PDF</p></body></html>\n"
BOUNDARY = "adversarial-boundary"
TOKEN = "adversarial-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
MARKER = "_CLOSED"


# --- a store that can be watched, and held (fault injection) ------------------------------------


class WatchedStore(LocalStore):
    """A real LocalStore noting when each write starts and ends; with `hold_receipts` armed, a
    receipt's write waits (in the service's worker thread) until `release` is set."""

    def __init__(self, root: Path) -> None:
        super().__init__(root)
        self.events: list[tuple[str, str]] = []
        self.hold_receipts = False
        self.held = threading.Event()
        self.release = threading.Event()

    def write_bytes(self, key: str, data: bytes) -> StoredObject:
        self.events.append(("start", key))
        if self.hold_receipts and key.startswith("uploads/") and key.endswith(".json"):
            self.held.set()
            assert self.release.wait(30), "the test never released the held write"
        stored = super().write_bytes(key, data)
        self.events.append(("done", key))
        return stored

    def landed_before(self, first: str, second: str) -> bool:
        """`first` was completely written before `second` began to be."""
        return self.events.index(("done", first)) < self.events.index(("start", second))


def contents(store: LocalStore) -> dict[str, bytes]:
    return {o.key: store.read_bytes(o.key) for o in store.list_objects("")}


def spool_files(store: LocalStore) -> list[Path]:
    return list((store.root / ".incoming").iterdir())


@contextmanager
def serving(app: Starlette) -> Iterator[int]:
    """uvicorn on a loopback port with `oceanid upload-service`'s options; yields the port."""
    port = free_port()
    config = uvicorn.Config(
        app,
        host="127.0.0.1",
        port=port,
        log_level="warning",
        lifespan="off",
        **uvicorn_options(app),
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.02)
    try:
        yield port
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def client(port: int) -> httpx.Client:
    return httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30, trust_env=False)


# --- raw HTTP ---------------------------------------------------------------------------------


@dataclass
class Reply:
    status: int  # 0: no answer at all
    body: bytes
    sent: int  # bytes this side managed to send

    @property
    def json(self) -> dict[str, Any]:
        value: dict[str, Any] = json.loads(self.body)
        return value


def exchange(port: int, head: bytes, pieces: Iterable[bytes] = ()) -> Reply:
    """Send a head and then `pieces` (a generator may pause or act between them); read the
    answer to the end. A server that stops reading makes the sending fail: its answer is still
    read (Linux keeps it for us after the reset)."""
    sent = 0
    data = b""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        try:
            sock.sendall(head)
            sent += len(head)
            for piece in pieces:
                sock.sendall(piece)
                sent += len(piece)
        except OSError:
            pass
        try:
            while chunk := sock.recv(65536):
                data += chunk
        except OSError:
            pass
    if not data:
        return Reply(0, b"", sent)
    head_part, _, body = data.partition(b"\r\n\r\n")
    return Reply(int(head_part.split(b" ", 2)[1]), body, sent)


def request_head(
    method: str, target: str, headers: dict[str, str] | None = None, *, chunked: bool = False
) -> bytes:
    lines = [f"{method} {target} HTTP/1.1", "Host: test", "Connection: close"]
    lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
    if chunked:
        lines.append("Transfer-Encoding: chunked")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def upload_head(*, length: int | None = None, token: str | None = None) -> bytes:
    headers = {"Content-Type": f"multipart/form-data; boundary={BOUNDARY}"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    if length is not None:
        headers["Content-Length"] = str(length)
    return request_head("POST", "/upload", headers, chunked=length is None)


def chunk(data: bytes) -> bytes:
    return f"{len(data):x}\r\n".encode() + data + b"\r\n"


LAST_CHUNK = b"0\r\n\r\n"


def field(name: str, value: bytes) -> bytes:
    return (
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode()
        + value
        + b"\r\n"
    )


def file_head(filename: str, content_type: str = "application/pdf") -> bytes:
    return (
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="{filename}"\r\n'
        f"Content-Type: {content_type}\r\n\r\n"
    ).encode()


def file_part(filename: str, data: bytes) -> bytes:
    return file_head(filename) + data + b"\r\n"


END = f"--{BOUNDARY}--\r\n".encode()


def post(port: int, *parts: bytes, token: str | None = None) -> Reply:
    body = b"".join(parts) + END
    return exchange(port, upload_head(length=len(body), token=token), [body])


def metric(port: int, series: str) -> float:
    text = httpx.get(f"http://127.0.0.1:{port}/metrics", headers=AUTH, trust_env=False).text
    for line in text.splitlines():
        if line.startswith(series + " "):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


def assert_refused(reply: Reply, status: int, error: str, *named: str) -> None:
    assert reply.status == status, reply
    assert reply.json["error"] == error, reply.json
    for name in named:
        assert name in reply.json["message"], reply.json


def seed(port: int, batch_id: str, token: str | None = None) -> dict[str, Any]:
    """One stored document, so a batch exists and a refusal can be seen not to lose it. Its
    bytes are the batch's own: the same bytes in another batch would be a repeat, not stored."""
    pdf = PDF_A + f"% seed of {batch_id}\n".encode()
    reply = post(
        port, field("batch_id", batch_id.encode()), file_part("seed.pdf", pdf), token=token
    )
    assert reply.status == 201, reply
    receipt: dict[str, Any] = reply.json["receipts"][0]
    return receipt


# --- request heads ------------------------------------------------------------------------------


def test_a_16_mb_header_is_refused_after_one_read_before_the_token_check(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The report: a 16 MB header was read whole and only then met the token check."""
    caplog.set_level(logging.INFO, logger="oceanid.upload")
    store = LocalStore(tmp_path / "store")
    app = create_app(store, upload_settings(tmp_path, token=TOKEN))  # default limits: 32 KiB, 100
    total = 16 * 1024 * 1024
    with serving(app) as port:
        seed(port, "b1", token=TOKEN)
        before = contents(store)
        head = b"POST /upload HTTP/1.1\r\nHost: test\r\nX-Padding: "
        reply = exchange(port, head, (b"a" * 65536 for _ in range(total // 65536)))
        assert_refused(reply, 431, "headers_too_large", "'x-padding'", "32768 bytes")
        read = [
            int(m.group(1))
            for r in caplog.records
            if (m := re.search(r"request head refused status=431 .* read=(\d+)", r.getMessage()))
        ]
        assert len(read) == 1 and read[0] < 1024 * 1024, read  # a read or two, not 16 MB
        assert metric(port, 'oceanid_upload_rejections_total{reason="headers_too_large"}') == 1
        assert metric(port, 'oceanid_upload_rejections_total{reason="unauthorized"}') == 0
        with client(port) as http:  # the server is fine, and the next request is served
            assert http.get("/healthz").status_code == 200
    assert contents(store) == before and spool_files(store) == []


def test_head_limits_are_exact_and_name_the_header(tmp_path: Path) -> None:
    store = LocalStore(tmp_path / "store")
    app = create_app(
        store, upload_settings(tmp_path, token=TOKEN, max_header_bytes=4096, max_headers=20)
    )
    with serving(app) as port:

        def padded(size: int) -> bytes:
            # A head of exactly `size` bytes, its last field the padding.
            base = request_head("GET", "/healthz", {"X-Padding": ""})
            return request_head("GET", "/healthz", {"X-Padding": "p" * (size - len(base))})

        assert exchange(port, padded(4096)).status == 200
        assert_refused(exchange(port, padded(4097)), 431, "headers_too_large", "'x-padding'")

        def with_fields(count: int) -> bytes:
            # Host and Connection are two of them.
            return request_head("GET", "/healthz", {f"X-Field-{i}": "v" for i in range(count - 2)})

        assert exchange(port, with_fields(20)).status == 200
        reply = exchange(port, with_fields(21))
        assert_refused(reply, 431, "too_many_headers", "'x-field-18'", "number 21", "at most 20")

        long_target = request_head("GET", "/healthz?" + "q" * 5000)
        assert_refused(exchange(port, long_target), 431, "headers_too_large", "the request line")

        # A header still arriving is refused as soon as the head is over the limit: the
        # refusal names the header being read. On /upload, without a token: 431, not 401.
        reply = exchange(port, b"POST /upload HTTP/1.1\r\nHost: t\r\nCookie: " + b"c" * 8000)
        assert_refused(reply, 431, "headers_too_large", "'cookie'")

        # Refused before the token check: no 401 was ever answered.
        assert metric(port, 'oceanid_upload_rejections_total{reason="unauthorized"}') == 0
        assert metric(port, 'oceanid_upload_rejections_total{reason="too_many_headers"}') == 1
        assert metric(port, 'oceanid_upload_rejections_total{reason="headers_too_large"}') == 3
    assert contents(store) == {} and spool_files(store) == []


def test_the_app_applies_the_same_limits_under_any_server(tmp_path: Path) -> None:
    """Starlette's TestClient is a server without the head-limited protocol: the app's
    middleware refuses the same heads, before the route and its token check."""
    store = LocalStore(tmp_path / "store")
    app = create_app(
        store, upload_settings(tmp_path, token=TOKEN, max_header_bytes=4096, max_headers=8)
    )
    http = TestClient(app)
    many = {f"X-Field-{i}": "v" for i in range(10)}
    reply = http.post("/upload", headers=many)
    assert reply.status_code == 431 and reply.json()["error"] == "too_many_headers"
    assert "at most 8 header fields" in reply.json()["message"]
    reply = http.post("/upload", headers={"Cookie": "c" * 5000})
    assert reply.status_code == 431 and reply.json()["error"] == "headers_too_large"
    assert "'cookie'" in reply.json()["message"]
    assert reply.headers["connection"] == "close"
    assert http.get("/config").status_code == 200
    assert contents(store) == {}


def test_oceanid_upload_service_refuses_a_16_mb_header(tmp_path: Path) -> None:
    """The command itself (serve.py), with the limit from its environment variable."""
    port = free_port()
    log_path = tmp_path / "upload-service.log"
    env = {
        **os.environ,
        "OCEANID_PROFILE": "local",
        "OCEANID_HOME": str(tmp_path / "home"),
        "OCEANID_STORE_URL": str(tmp_path / "store"),
        "OCEANID_UPLOAD_TOKEN": TOKEN,
        "OCEANID_UPLOAD_MAX_HEADER_BYTES": "8192",
    }
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [venv_bin("oceanid"), "upload-service", "--port", str(port)],
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
        )
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, log_path.read_text()
            try:
                if httpx.get(f"http://127.0.0.1:{port}/healthz", trust_env=False).is_success:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, log_path.read_text()
            time.sleep(0.2)
        total = 16 * 1024 * 1024
        head = b"POST /upload HTTP/1.1\r\nHost: test\r\nX-Padding: "
        reply = exchange(port, head, (b"a" * 65536 for _ in range(total // 65536)))
        assert_refused(reply, 431, "headers_too_large", "'x-padding'", "8192 bytes")
        assert httpx.get(f"http://127.0.0.1:{port}/healthz", trust_env=False).is_success
    finally:
        process.terminate()
        process.wait(timeout=15)
    logged = log_path.read_text()
    read = [int(n) for n in re.findall(r"request head refused status=431 \S+ read=(\d+)", logged)]
    assert len(read) == 1 and read[0] < 1024 * 1024, logged
    assert TOKEN not in logged and "aaaaaaaaaaaaaaaaaaaaaaaa" not in logged


# --- bodies -------------------------------------------------------------------------------------


def test_20000_non_file_fields_are_refused_at_the_101st(tmp_path: Path) -> None:
    store = LocalStore(tmp_path / "store")
    app = create_app(store, upload_settings(tmp_path))
    fields = b"".join(field(f"note{i}", b"x") for i in range(20_000))
    body = field("batch_id", b"b1") + fields + file_part("a.pdf", PDF_B) + END
    with serving(app) as port:
        seed(port, "b1")
        before = contents(store)
        read_before = metric(port, "oceanid_upload_body_bytes_read_total")
        reply = exchange(port, upload_head(length=len(body)), [body])
        # batch_id was the first of the 101 non-file fields: note99 is the 101st.
        assert_refused(reply, 413, "too_many_fields", "'note99'", "number 101", "at most 100")
        read = metric(port, "oceanid_upload_body_bytes_read_total") - read_before
        assert read < len(body) / 4, (read, len(body))  # it stopped reading there
    assert contents(store) == before and spool_files(store) == []


def test_101_files_in_one_request_are_refused_naming_the_101st(tmp_path: Path) -> None:
    store = LocalStore(tmp_path / "store")
    app = create_app(store, upload_settings(tmp_path))
    files = [file_part(f"licence-{i:03d}.pdf", PDF_A + f"%{i}\n".encode()) for i in range(1, 102)]
    with serving(app) as port:
        seed(port, "b1")
        before = contents(store)
        reply = post(port, field("batch_id", b"b1"), *files)
        assert_refused(reply, 413, "too_many_files", "licence-101.pdf", "file number 101")
        assert contents(store) == before and spool_files(store) == []  # not even the first 100
        # The limit is exact: 100 go in.
        reply = post(port, field("batch_id", b"b2"), *files[:100])
        assert reply.status == 201 and len(reply.json["receipts"]) == 100
    after = contents(store)
    assert {k: v for k, v in after.items() if k in before} == before
    assert len([k for k in after if k.startswith("uploads/b2/")]) == 200
    assert spool_files(store) == []


@pytest.mark.parametrize("html_first", [False, True], ids=["after-a-pdf", "first"])
def test_html_starting_with_pdf_magic_is_refused_naming_the_file(
    tmp_path: Path, html_first: bool
) -> None:
    store = LocalStore(tmp_path / "store")
    app = create_app(store, upload_settings(tmp_path))
    parts = [file_part("licence.pdf", PDF_B), file_part("notice.pdf", HTML_WITH_MAGIC)]
    if html_first:
        parts.reverse()
    with serving(app) as port:
        seed(port, "b1")
        before = contents(store)
        reply = post(port, field("batch_id", b"b1"), *parts)
        assert_refused(reply, 415, "not_a_pdf", "notice.pdf", "PDF header")
    assert contents(store) == before and spool_files(store) == []  # licence.pdf neither


def test_html_after_a_pdf_header_line_is_quarantined_under_its_name(tmp_path: Path) -> None:
    """The door checks the header line, not the structure (PDFium is not thread-safe and a
    full parse belongs to the raw load): such a file is stored, and the raw load quarantines it
    while the rest of its upload loads. Its SME sees why, under its file name, in the status."""
    store = LocalStore(tmp_path / "store")
    raw_db = DuckDBDatabase(
        database=str(tmp_path / "md_raw_ocr.duckdb"), schema_file="raw_schema.sql"
    )
    app = create_app(store, upload_settings(tmp_path))
    with serving(app) as port:
        reply = post(
            port,
            field("batch_id", b"b1"),
            file_part("licence.pdf", PDF_A),
            file_part("notice.pdf", HTML_AFTER_HEADER),
        )
        assert reply.status == 201, reply
        ids = {r["filename"]: r["doc_id"] for r in reply.json["receipts"]}
        with raw_db.connect() as conn:
            ingest_batch(store, conn, "b1", "run-1")
            loaded = conn.execute("SELECT doc_id FROM raw_documents").fetchall()
        assert loaded == [(ids["licence.pdf"],)]
        with client(port) as http:
            status = http.get("/batches/b1").json()
    by_name = {d["filename"]: d for d in status["documents"]}
    assert by_name["licence.pdf"]["raw"] == "loaded" and by_name["licence.pdf"]["pages"] == 1
    assert by_name["notice.pdf"]["raw"] == "quarantined"
    assert by_name["notice.pdf"]["quarantine_reason"].startswith("corrupt PDF")
    assert store.read_bytes(f"uploads/b1/{ids['notice.pdf']}.pdf") == HTML_AFTER_HEADER


@pytest.mark.parametrize("value", ["bnl\n", "bnl\r\n", " bnl", "bnl ", "\tbnl", " ", "\n"])
def test_a_batch_id_with_whitespace_is_refused_naming_the_field(tmp_path: Path, value: str) -> None:
    store = LocalStore(tmp_path / "store")
    app = create_app(store, upload_settings(tmp_path))
    with serving(app) as port:
        seed(port, "bnl")
        before = contents(store)
        reply = post(port, field("batch_id", value.encode()), file_part("b.pdf", PDF_B))
        assert_refused(reply, 422, "invalid_batch_id", "form field 'batch_id'", repr(value))
        with client(port) as http:  # the same id in a path is refused too
            closed = http.post(f"/batches/{quote(value)}/close")
            assert closed.status_code == 422 and closed.json()["error"] == "invalid_batch_id"
    assert contents(store) == before and spool_files(store) == []


def test_a_second_batch_id_field_is_refused(tmp_path: Path) -> None:
    store = LocalStore(tmp_path / "store")
    app = create_app(store, upload_settings(tmp_path))
    with serving(app) as port:
        seed(port, "b1")
        before = contents(store)
        reply = post(
            port,
            field("batch_id", b"b1"),
            file_part("b.pdf", PDF_B),
            field("batch_id", b"b2"),
        )
        assert_refused(reply, 422, "duplicate_field", "'batch_id'", "more than once")
    assert contents(store) == before and spool_files(store) == []


def test_the_favicon_is_no_404(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="oceanid.upload")
    app = create_app(LocalStore(tmp_path / "store"), upload_settings(tmp_path))
    with serving(app) as port, client(port) as http:
        assert '<link rel="icon" href="data:,">' in http.get("/").text  # the page asks for none
        icon = http.get("/favicon.ico")
        assert icon.status_code == 204 and "max-age" in icon.headers["cache-control"]
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "GET /favicon.ico status=204" in logged and "status=404" not in logged


# --- closing a batch while uploads stream in ---------------------------------------------------


def slow_upload(
    batch_id: str,
    pdf: bytes,
    *,
    batch_first: bool = True,
    pieces: int = 8,
    pause: float = 0.02,
    at_piece: Callable[[int], None] | None = None,
) -> Iterator[bytes]:
    """The chunked body of a one-file upload, sent piece by piece; `at_piece(i)` runs before
    piece i is sent (the test closes the batch there)."""
    batch = field("batch_id", batch_id.encode())
    step = -(-len(pdf) // pieces)
    body_pieces = [pdf[i : i + step] for i in range(0, len(pdf), step)]
    body_pieces[0] = (batch if batch_first else b"") + file_head("late.pdf") + body_pieces[0]
    body_pieces[-1] += b"\r\n" + (b"" if batch_first else batch) + END
    for i, piece in enumerate(body_pieces):
        if at_piece is not None:
            at_piece(i)
        time.sleep(pause)
        yield chunk(piece)
    yield LAST_CHUNK


def assert_finished_before_close_or_refused(
    store: WatchedStore,
    batch_id: str,
    before: dict[str, bytes],
    reply: Reply,
    pdf: bytes = PDF_B,
) -> str:
    """Either the upload is stored and its receipt landed before the marker began to be
    written, or it got 409 and nothing of it is in the store. Returns which."""
    marker = f"uploads/{batch_id}/{MARKER}"
    after = contents(store)
    assert marker in after
    assert {k: v for k, v in after.items() if k in before} == before  # nothing lost
    new = set(after) - set(before) - {marker}
    if reply.status == 201:
        (receipt,) = reply.json["receipts"]
        receipt_key = f"uploads/{batch_id}/{receipt['doc_id']}.json"
        assert after[receipt["object_key"]] == pdf
        assert store.landed_before(receipt_key, marker), store.events
        assert new == {
            receipt["object_key"],
            receipt_key,
            f"upload-content/{receipt['doc_sha256']}.json",
        }
        return "stored"
    assert_refused(reply, 409, "batch_closed", f"batch {batch_id!r} is")
    assert new == set(), new  # nothing of it
    return "refused"


@pytest.mark.parametrize(
    "batch_first", [True, False], ids=["batch-field-first", "batch-field-last"]
)
def test_an_upload_still_streaming_when_its_batch_closes_gets_409(
    tmp_path: Path, batch_first: bool
) -> None:
    store = WatchedStore(tmp_path / "store")
    app = create_app(store, upload_settings(tmp_path))
    with serving(app) as port, client(port) as http:
        seed(port, "b1")
        before = contents(store)
        closes: list[httpx.Response] = []

        def close_midway(i: int) -> None:
            if i == 4:  # half the file is in; the close does not wait for the rest
                closes.append(http.post("/batches/b1/close"))

        body = slow_upload("b1", PDF_B, batch_first=batch_first, at_piece=close_midway)
        reply = exchange(port, upload_head(), body)
        assert [c.status_code for c in closes] == [200]
        assert assert_finished_before_close_or_refused(store, "b1", before, reply) == "refused"
        assert "closed; upload into a new batch" in reply.json["message"]
        # And an upload arriving after the close is refused the same way.
        late = post(port, field("batch_id", b"b1"), file_part("later.pdf", PDF_B))
        assert_refused(late, 409, "batch_closed", "'b1' is closed")
    assert set(contents(store)) == set(before) | {f"uploads/b1/{MARKER}"}
    assert spool_files(store) == [] and len(app.state.service.gates) == 0


def test_a_close_racing_the_end_of_a_slow_upload(tmp_path: Path) -> None:
    """The close is fired at moments sweeping across the end of a chunked upload (mid-body,
    as the last chunk goes, during the commit, after it): whatever the interleaving, the upload
    either finished with its receipt before the marker, or got 409 and left nothing."""
    store = WatchedStore(tmp_path / "store")
    app = create_app(store, upload_settings(tmp_path))
    outcomes: dict[str, int] = {"stored": 0, "refused": 0}
    with serving(app) as port, client(port) as http, ThreadPoolExecutor(2) as pool:
        # The body takes 8 x 20 ms to send: dense around its end, where the commit runs.
        # None: once the upload has its answer (so one outcome of each kind, whatever the load).
        delays: list[float | None] = [0.0, 0.1, *(0.15 + 0.0025 * i for i in range(16)), None]
        for n, delay in enumerate(delays):
            batch_id = f"race-{n}"
            seed(port, batch_id)
            before = contents(store)
            late_pdf = PDF_B + f"% late upload into {batch_id}\n".encode()  # not a repeat
            upload: Future[Reply] = pool.submit(
                exchange, port, upload_head(), slow_upload(batch_id, late_pdf)
            )
            if delay is None:
                upload.result(timeout=30)
            else:
                time.sleep(delay)
            closed = http.post(f"/batches/{batch_id}/close")
            reply = upload.result(timeout=30)
            assert closed.status_code == 200, closed.text
            outcome = assert_finished_before_close_or_refused(
                store, batch_id, before, reply, late_pdf
            )
            outcomes[outcome] += 1
    # The sweep's ends give one outcome each; what the middle gives depends on the machine.
    assert outcomes["stored"] >= 1 and outcomes["refused"] >= 1, outcomes
    assert spool_files(store) == [] and len(app.state.service.gates) == 0


def test_a_close_waits_for_an_upload_being_written(tmp_path: Path) -> None:
    """Fault injection: the upload's receipt write is held; the close must not write its
    marker until that upload is through, and uploads arriving meanwhile are refused."""
    store = WatchedStore(tmp_path / "store")
    app = create_app(store, upload_settings(tmp_path))
    with serving(app) as port, client(port) as http, ThreadPoolExecutor(2) as pool:
        seed(port, "b1")
        before = contents(store)
        store.hold_receipts = True
        upload = pool.submit(post, port, field("batch_id", b"b1"), file_part("b.pdf", PDF_B))
        assert store.held.wait(10), "the upload never reached its receipt"
        close = pool.submit(http.post, "/batches/b1/close")
        time.sleep(0.3)
        assert not close.done(), "the close did not wait for the upload being written"
        late = post(port, field("batch_id", b"b1"), file_part("late.pdf", PDF_A + b"%late\n"))
        assert_refused(late, 409, "batch_closed", "'b1' is being closed")
        store.release.set()
        reply = upload.result(timeout=30)
        assert close.result(timeout=30).status_code == 200
        assert reply.status == 201, reply
        assert assert_finished_before_close_or_refused(store, "b1", before, reply) == "stored"
    assert spool_files(store) == [] and len(app.state.service.gates) == 0


def test_a_close_that_waited_too_long_is_refused_and_can_be_retried(tmp_path: Path) -> None:
    store = WatchedStore(tmp_path / "store")
    app = create_app(store, upload_settings(tmp_path, close_wait_seconds=0.3))
    with serving(app) as port, client(port) as http, ThreadPoolExecutor(1) as pool:
        seed(port, "b1")
        before = contents(store)
        store.hold_receipts = True
        upload = pool.submit(post, port, field("batch_id", b"b1"), file_part("b.pdf", PDF_B))
        assert store.held.wait(10), "the upload never reached its receipt"
        busy = http.post("/batches/b1/close")
        assert busy.status_code == 409 and busy.json()["error"] == "batch_busy"
        assert "'b1'" in busy.json()["message"] and "1 upload(s)" in busy.json()["message"]
        assert store.head(f"uploads/b1/{MARKER}") is None  # not closed
        store.release.set()
        reply = upload.result(timeout=30)
        assert reply.status == 201, reply
        assert http.post("/batches/b1/close").status_code == 200
        assert assert_finished_before_close_or_refused(store, "b1", before, reply) == "stored"
    assert spool_files(store) == [] and len(app.state.service.gates) == 0
