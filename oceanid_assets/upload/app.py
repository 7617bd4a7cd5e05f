"""The upload service: an ASGI (Starlette) app that turns SMEs' PDFs into receipts in the store.

    POST /upload                    multipart: one or more PDFs (any field name, with a filename),
                                    optional `batch_id` field -> {"batch_id", "receipts": [...]}
    POST /batches                   a fresh batch id (nothing is written until a file lands)
    GET  /batches/<batch_id>        receipts + where each document is in the pipeline
    POST /batches/<batch_id>/close  write uploads/<batch_id>/_CLOSED and launch the batch's run
                                    (OCEANID_DAGSTER_GRAPHQL_URL; else the sensor runs it now)
    GET  /metrics                   Prometheus text
    GET  /                          the page for SMEs;  GET /config: limits, token required?
    GET  /favicon.ico               204 (the page declares no icon; browsers ask anyway)

Request heads are bounded before any of this runs (`head_limits.py`: 431). The body is parsed
as it streams in (`multipart.py`): each file is hashed, size-checked and magic-checked while it
is spooled to a temporary file, and reading stops at the first violation. Only when the whole
request is valid are the files written to the store (content claim, PDF, then receipt), so a
rejected request writes nothing; that commit and a close of the same batch exclude each other
(`gates.py`), so nothing lands after the batch's `_CLOSED`. Bytes already held by any batch are
not stored again: the reply carries the original receipt (`batches.py`, one copy per content).
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import hmac
import logging
import os
import re
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, BinaryIO

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from oceanid_assets import config
from oceanid_assets.config import InvalidBatchId, validate_batch_id
from oceanid_assets.ingest.ingest_job import UPLOAD_SERVICE_LAUNCH
from oceanid_assets.ingest.receipts import (
    UPLOAD_SERVICE_SOURCE,
    Receipt,
    sanitize_filename,
    store_document_file,
)
from oceanid_assets.storage import layout
from oceanid_assets.storage.store import LocalStore, Store
from oceanid_assets.upload import batches
from oceanid_assets.upload.gates import BatchBusy, BatchClosing, BatchGates
from oceanid_assets.upload.head_limits import HeadLimitMiddleware, HeadPolicy, HeadRefusal
from oceanid_assets.upload.metrics import Metrics
from oceanid_assets.upload.multipart import (
    MultipartError,
    MultipartParser,
    PartBegin,
    PartData,
    PartEnd,
    boundary_from_content_type,
    parse_header_params,
)
from oceanid_assets.upload.run_launch import IngestRunLauncher, RunLaunchError

log = logging.getLogger("oceanid.upload")

PDF_MAGIC = b"%PDF-"
# The header line every PDF starts with (ISO 32000: `%PDF-1.n`, `%PDF-2.0`). The whole of it,
# not just the magic, so text that merely starts "%PDF-" (an HTML page, say) is refused.
PDF_HEADER = re.compile(rb"%PDF-[0-9]\.[0-9]")
PDF_HEADER_LEN = len(b"%PDF-1.7")
PDF_CONTENT_TYPES = frozenset({"application/pdf", "application/x-pdf"})
BATCH_FIELD = "batch_id"
MAX_FIELD_BYTES = 1024
# Non-file parts per request. The API reads one (batch_id) and ignores the rest; without a
# bound, 20,000 of them were all parsed (and each batch_id among them looked up the store).
MAX_FORM_FIELDS = 100


@dataclass(frozen=True)
class UploadSettings:
    max_bytes: int = 50 * 1024 * 1024  # per file
    max_files: int = 100  # per request
    max_header_bytes: int = 32 * 1024  # request line + header lines (head_limits.py)
    max_headers: int = 100  # header fields per request
    close_wait_seconds: float = 30.0  # how long a close waits for commits under way (gates.py)
    dagster_graphql_url: str | None = None  # launch a closed batch's run there (run_launch.py)
    dagster_location: str = "oceanid"
    cors_origins: tuple[str, ...] = ()
    token: str | None = field(default=None, repr=False)
    spool_dir: Path | None = None  # None: <local store>/.incoming, or the system temp folder
    raw_db_url: str | None = None  # None: config.raw_db_url() at request time
    annotated_db_url: str | None = None

    @classmethod
    def from_env(cls) -> UploadSettings:
        origins = tuple(o.strip() for o in config.text("OCEANID_UPLOAD_CORS_ORIGINS").split(","))
        spool = config.optional("OCEANID_UPLOAD_SPOOL_DIR")
        return cls(
            max_bytes=config.integer("OCEANID_UPLOAD_MAX_BYTES"),
            max_files=config.integer("OCEANID_UPLOAD_MAX_FILES"),
            max_header_bytes=config.integer("OCEANID_UPLOAD_MAX_HEADER_BYTES"),
            max_headers=config.integer("OCEANID_UPLOAD_MAX_HEADERS"),
            cors_origins=tuple(o for o in origins if o),
            token=config.optional("OCEANID_UPLOAD_TOKEN"),
            spool_dir=Path(spool) if spool else None,
            dagster_graphql_url=config.optional("OCEANID_DAGSTER_GRAPHQL_URL"),
            dagster_location=config.text("OCEANID_DAGSTER_LOCATION"),
        )


class UploadError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def error_response(status: int, code: str, message: str) -> JSONResponse:
    headers = {"WWW-Authenticate": 'Bearer realm="oceanid-upload"'} if status == 401 else None
    return JSONResponse({"error": code, "message": message}, status_code=status, headers=headers)


@dataclass
class _Spooled:
    """One file part as it streams to a temporary file."""

    filename: str
    content_type: str
    path: Path
    handle: BinaryIO | None
    sha256: Any = field(default_factory=hashlib.sha256)
    size: int = 0
    head: bytes = b""


class _KeyedLocks:
    """One asyncio lock per key, dropped when nobody holds or waits for it."""

    def __init__(self) -> None:
        self._locks: dict[str, tuple[asyncio.Lock, int]] = {}

    @asynccontextmanager
    async def hold(self, key: str) -> AsyncIterator[None]:
        lock, users = self._locks.get(key, (asyncio.Lock(), 0))
        self._locks[key] = (lock, users + 1)
        try:
            async with lock:
                yield
        finally:
            lock, users = self._locks[key]
            if users <= 1:
                del self._locks[key]
            else:
                self._locks[key] = (lock, users - 1)


class UploadService:
    def __init__(self, store: Store, settings: UploadSettings) -> None:
        self.store = store
        self.settings = settings
        self.metrics = Metrics()
        self._locks = _KeyedLocks()
        self.gates = BatchGates()
        self.run_launcher = (
            IngestRunLauncher(settings.dagster_graphql_url, settings.dagster_location)
            if settings.dagster_graphql_url
            else None
        )
        # For the app's middleware and for the server protocol (`serve.uvicorn_options`).
        self.head_policy = HeadPolicy(
            max_bytes=settings.max_header_bytes,
            max_headers=settings.max_headers,
            on_refused=self._head_refused,
        )
        if settings.spool_dir is not None:
            self.spool_dir = settings.spool_dir
        elif isinstance(store, LocalStore):
            # Hidden folder in the store root: invisible to listings, and on the same file
            # system, so a finished file is renamed into place instead of copied.
            self.spool_dir = store.root / ".incoming"
        else:
            self.spool_dir = Path(tempfile.gettempdir()) / "oceanid-upload"
        self.spool_dir.mkdir(parents=True, exist_ok=True)

    # --- helpers ---------------------------------------------------------------------------

    def check_auth(self, request: Request) -> None:
        token = self.settings.token
        if token is None:
            return
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not given.strip():
            raise UploadError(401, "unauthorized", "a bearer token is required")
        if not hmac.compare_digest(given.strip().encode(), token.encode()):
            raise UploadError(401, "unauthorized", "invalid bearer token")

    def _log(self, request: Request, **fields: object) -> None:
        request.scope.setdefault("oceanid.log", {}).update(fields)

    def _reject(self, request: Request, exc: UploadError, *, close: bool = False) -> JSONResponse:
        self.metrics.inc("oceanid_upload_rejections_total", reason=exc.code)
        self._log(request, error=exc.code)
        response = error_response(exc.status, exc.code, exc.message)
        if close:
            # The rest of the body may still be on its way: without this, uvicorn would keep
            # the connection and read (and discard) all of it; with it, the socket is closed.
            response.headers["Connection"] = "close"
        return response

    def _head_refused(self, refusal: HeadRefusal, bytes_read: int | None) -> None:
        self.metrics.inc("oceanid_upload_rejections_total", reason=refusal.code)
        if bytes_read is not None:
            # Refused by the server protocol: the app (and its request log) never saw it.
            log.info("request head refused status=431 error=%s read=%d", refusal.code, bytes_read)

    def _batch_param(self, request: Request) -> str:
        try:
            return validate_batch_id(request.path_params["batch_id"])
        except InvalidBatchId as exc:
            raise UploadError(422, "invalid_batch_id", str(exc)) from exc

    # --- routes ----------------------------------------------------------------------------

    async def index(self, request: Request) -> Response:
        page = resources.files("oceanid_assets.upload").joinpath("static/index.html")
        return HTMLResponse(page.read_text(encoding="utf-8"), headers={"Cache-Control": "no-store"})

    async def favicon(self, request: Request) -> Response:
        # Browsers ask for /favicon.ico on every page load; a 404 there is log noise. The page
        # itself declares an empty icon, so this is for everything else (the JSON routes, say).
        return Response(status_code=204, headers={"Cache-Control": "public, max-age=86400"})

    async def config(self, request: Request) -> Response:
        return JSONResponse(
            {
                "max_bytes": self.settings.max_bytes,
                "max_files": self.settings.max_files,
                "token_required": self.settings.token is not None,
            }
        )

    async def health(self, request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    async def metrics_route(self, request: Request) -> Response:
        try:
            self.check_auth(request)
        except UploadError as exc:
            return self._reject(request, exc)
        return PlainTextResponse(
            self.metrics.render(), media_type="text/plain; version=0.0.4; charset=utf-8"
        )

    async def new_batch(self, request: Request) -> Response:
        try:
            self.check_auth(request)
        except UploadError as exc:
            return self._reject(request, exc)
        batch_id = batches.new_batch_id()
        self._log(request, batch=batch_id)
        return JSONResponse({"batch_id": batch_id}, status_code=201)

    async def get_batch(self, request: Request) -> Response:
        try:
            self.check_auth(request)
            batch_id = self._batch_param(request)
            self._log(request, batch=batch_id)
            if not await run_in_threadpool(batches.batch_exists, self.store, batch_id):
                raise UploadError(404, "unknown_batch", f"no uploads in batch {batch_id!r}")
        except UploadError as exc:
            return self._reject(request, exc)
        status = await run_in_threadpool(
            batches.batch_status,
            self.store,
            batch_id,
            self.settings.raw_db_url or config.raw_db_url(),
            self.settings.annotated_db_url or config.annotated_db_url(),
        )
        self._log(request, docs=status["document_count"])
        return JSONResponse(status)

    async def close_batch(self, request: Request) -> Response:
        try:
            self.check_auth(request)
            batch_id = self._batch_param(request)
            self._log(request, batch=batch_id)
            if not await run_in_threadpool(batches.batch_exists, self.store, batch_id):
                raise UploadError(404, "unknown_batch", f"no uploads in batch {batch_id!r}")
            # Uploads committing into the batch finish first; later ones are refused (gates.py).
            async with self.gates.closing(batch_id, self.settings.close_wait_seconds):
                launcher = self.run_launcher
                closed_now = await run_in_threadpool(
                    batches.close_batch,
                    self.store,
                    batch_id,
                    UPLOAD_SERVICE_LAUNCH if launcher else None,
                )
        except BatchBusy as busy:
            error = UploadError(
                409,
                "batch_busy",
                f"batch {batch_id!r}: {busy.writers} upload(s) into it were still being written "
                f"after {self.settings.close_wait_seconds:g}s; it is not closed, close it again",
            )
            return self._reject(request, error)
        except UploadError as exc:
            return self._reject(request, exc)
        answer: dict[str, object] = {
            "batch_id": batch_id,
            "closed": True,
            "marker": layout.upload_closed_key(batch_id),
        }
        if closed_now:
            self.metrics.inc("oceanid_upload_batches_closed_total")
            if launcher is not None:
                answer.update(await self._launch_run(request, launcher, batch_id))
        return JSONResponse(answer)

    async def _launch_run(
        self, request: Request, launcher: IngestRunLauncher, batch_id: str
    ) -> dict[str, object]:
        """Launch the closed batch's run now; if that fails, the drop sensor runs it at its next
        tick, and the close still stands."""
        documents = await run_in_threadpool(batches.receipt_count, self.store, batch_id)
        try:
            run_id = await run_in_threadpool(launcher.launch, batch_id, documents)
        except RunLaunchError as exc:
            log.warning(
                "batch %s: run not launched on close (%s); the drop sensor runs it", batch_id, exc
            )
            await run_in_threadpool(batches.hand_run_to_sensor, self.store, batch_id, str(exc))
            self.metrics.inc("oceanid_upload_run_launches_total", outcome="failed")
            return {"run_id": None, "run_launch_error": str(exc)}
        self.metrics.inc("oceanid_upload_run_launches_total", outcome="launched")
        self._log(request, run=run_id)
        return {"run_id": run_id}

    async def upload(self, request: Request) -> Response:
        spooled: list[_Spooled] = []
        started = time.perf_counter()
        try:
            self.check_auth(request)
            batch_id = await self._receive(request, spooled)
            receipts = await self._commit(batch_id, spooled)
        except UploadError as exc:
            return self._reject(request, exc, close=True)
        except ClientDisconnect:
            error = UploadError(400, "client_disconnected", "the body was cut off")
            return self._reject(request, error, close=True)
        finally:
            for item in spooled:
                if item.handle is not None:
                    item.handle.close()
                item.path.unlink(missing_ok=True)
        new = [r for r, dup in receipts if not dup]
        self.metrics.inc("oceanid_upload_files_total", len(new), result="stored")
        self.metrics.inc("oceanid_upload_files_total", len(receipts) - len(new), result="duplicate")
        self.metrics.inc("oceanid_upload_stored_bytes_total", sum(r.size_bytes for r in new))
        self._log(
            request,
            batch=batch_id,
            files=len(receipts),
            stored=len(new),
            duplicates=len(receipts) - len(new),
            bytes=sum(r.size_bytes for r, _ in receipts),
            docs=",".join(r.doc_id for r, _ in receipts),
            upload_ms=round((time.perf_counter() - started) * 1000),
        )
        body = {
            "batch_id": batch_id,
            "receipts": [{**r.to_dict(), "duplicate": dup} for r, dup in receipts],
        }
        return JSONResponse(body, status_code=201 if new else 200)

    # --- the upload itself -----------------------------------------------------------------

    async def _receive(self, request: Request, spooled: list[_Spooled]) -> str:
        """Stream the body into spool files; return the batch id (validated, maybe new)."""
        content_type = request.headers.get("content-type", "")
        if parse_header_params(content_type)[0] != "multipart/form-data":
            raise UploadError(415, "unsupported_media_type", "send the PDFs as multipart/form-data")
        try:
            parser = MultipartParser(boundary_from_content_type(content_type))
        except MultipartError as exc:
            raise UploadError(400, "bad_multipart", str(exc)) from exc

        settings = self.settings
        batch_id: str | None = None
        batch_field_seen = False
        fields = files = 0  # parts seen, by kind (bounds the work a body can ask for)
        current: _Spooled | None = None
        field_name: str | None = None
        field_value = b""
        async for chunk in request.stream():
            self.metrics.inc("oceanid_upload_body_bytes_read_total", len(chunk))
            try:
                events = parser.feed(chunk)
            except MultipartError as exc:
                raise UploadError(400, "bad_multipart", str(exc)) from exc
            for event in events:
                if isinstance(event, PartBegin):
                    part = event.part
                    if part.filename is None:  # an ordinary field
                        fields += 1
                        if fields > MAX_FORM_FIELDS:
                            raise UploadError(
                                413,
                                "too_many_fields",
                                f"form field {_field(part.name)} is non-file field number "
                                f"{fields}; at most {MAX_FORM_FIELDS} per request",
                            )
                        if part.name == BATCH_FIELD:
                            if batch_field_seen:
                                # Two values: which batch was meant is anybody's guess.
                                raise UploadError(
                                    422,
                                    "duplicate_field",
                                    f"form field {BATCH_FIELD!r} is sent more than once",
                                )
                            batch_field_seen = True
                        field_name, field_value = part.name, b""
                        continue
                    # Empty file inputs count too: each costs a spool file until its end.
                    files += 1
                    if files > settings.max_files:
                        raise UploadError(
                            413,
                            "too_many_files",
                            f"{sanitize_filename(part.filename)}: file number {files} in this "
                            f"request; at most {settings.max_files} files per request",
                        )
                    if part.filename and part.content_type not in PDF_CONTENT_TYPES:
                        raise UploadError(
                            415,
                            "not_a_pdf",
                            f"{sanitize_filename(part.filename)}: content type "
                            f"{part.content_type or 'none'!r} is not application/pdf",
                        )
                    fd, tmp = tempfile.mkstemp(prefix="upload-", suffix=".part", dir=self.spool_dir)
                    current = _Spooled(
                        filename=part.filename,
                        content_type=part.content_type,
                        path=Path(tmp),
                        handle=os.fdopen(fd, "wb"),
                    )
                    spooled.append(current)
                elif isinstance(event, PartData):
                    if current is None:
                        field_value += event.data
                        if len(field_value) > MAX_FIELD_BYTES:
                            raise UploadError(
                                413,
                                "field_too_large",
                                f"form field {_field(field_name or '')} is longer than "
                                f"{MAX_FIELD_BYTES} bytes",
                            )
                        continue
                    self._take(current, event.data)
                elif isinstance(event, PartEnd):
                    if current is not None:
                        self._finish(current, spooled)
                    elif field_name == BATCH_FIELD:
                        batch_id = await self._check_batch_field(field_value)
                    current, field_name = None, None
            if parser.finished:
                break  # the epilogue, if any, is not read
        try:
            parser.close()
        except MultipartError as exc:
            raise UploadError(400, "bad_multipart", str(exc)) from exc
        if not spooled:
            raise UploadError(
                422, "no_file", "no file in the request (send PDFs as multipart file fields)"
            )
        return batch_id or batches.new_batch_id()

    def _take(self, item: _Spooled, data: bytes) -> None:
        limit = self.settings.max_bytes
        if item.size + len(data) > limit:
            raise UploadError(
                413,
                "file_too_large",
                f"{sanitize_filename(item.filename)}: larger than the limit of {limit} bytes",
            )
        if len(item.head) < PDF_HEADER_LEN:
            item.head += data[: PDF_HEADER_LEN - len(item.head)]
            # Refuse as soon as the bytes seen so far cannot begin a PDF header.
            if (len(item.head) >= len(PDF_MAGIC) and not item.head.startswith(PDF_MAGIC)) or (
                len(item.head) == PDF_HEADER_LEN and not PDF_HEADER.fullmatch(item.head)
            ):
                raise _not_a_pdf_header(item.filename)
        item.size += len(data)
        item.sha256.update(data)
        assert item.handle is not None
        item.handle.write(data)

    def _finish(self, item: _Spooled, spooled: list[_Spooled]) -> None:
        assert item.handle is not None
        item.handle.close()
        item.handle = None
        if item.size == 0:
            if item.filename == "":  # a file input left empty by a plain HTML form
                spooled.remove(item)
                item.path.unlink(missing_ok=True)
                return
            raise UploadError(
                422, "empty_file", f"{sanitize_filename(item.filename)}: the file is empty"
            )
        if not PDF_HEADER.fullmatch(item.head):
            raise _not_a_pdf_header(item.filename)

    async def _check_batch_field(self, raw: bytes) -> str | None:
        # Not stripped: "bnl\n" was taken for "bnl"; a batch id is exactly what was sent.
        text = raw.decode("utf-8", errors="replace")
        if not text:
            return None  # empty field: a new batch
        try:
            batch_id = validate_batch_id(text)
        except InvalidBatchId as exc:
            raise UploadError(
                422, "invalid_batch_id", f"form field {BATCH_FIELD!r}: {exc}"
            ) from exc
        await self._refuse_if_closed(batch_id)  # early: before the files stream in
        return batch_id

    async def _refuse_if_closed(self, batch_id: str) -> None:
        if self.gates.is_closing(batch_id):
            raise UploadError(
                409, "batch_closed", f"batch {batch_id!r} is being closed; upload into a new batch"
            )
        if await run_in_threadpool(batches.is_closed, self.store, batch_id):
            raise UploadError(
                409, "batch_closed", f"batch {batch_id!r} is closed; upload into a new batch"
            )

    async def _commit(self, batch_id: str, spooled: list[_Spooled]) -> list[tuple[Receipt, bool]]:
        try:
            async with self.gates.committing(batch_id):
                # Again, inside the gate: the batch may have been closed while the body streamed.
                await self._refuse_if_closed(batch_id)
                return await self._write(batch_id, spooled)
        except BatchClosing:
            raise UploadError(
                409, "batch_closed", f"batch {batch_id!r} is being closed; upload into a new batch"
            ) from None

    async def _write(self, batch_id: str, spooled: list[_Spooled]) -> list[tuple[Receipt, bool]]:
        results: list[tuple[Receipt, bool]] = []
        for item in spooled:
            sha = item.sha256.hexdigest()
            # The same bytes from two requests of this process wait here rather than in
            # find_or_claim's polling; across processes the claim itself decides.
            async with self._locks.hold(sha):
                results.append(await self._store_once(batch_id, item, sha))
        return results

    async def _store_once(self, batch_id: str, item: _Spooled, sha: str) -> tuple[Receipt, bool]:
        """Store the file unless its bytes are already held (in any batch): one copy of each
        document reaches the pipeline, and a repeat is answered with the original receipt."""
        try:
            found = await run_in_threadpool(batches.find_or_claim, self.store, batch_id, sha)
        except batches.ContentBusy as exc:
            name = sanitize_filename(item.filename)
            raise UploadError(503, "content_busy", f"{name}: {exc}") from None
        if isinstance(found, Receipt):
            if found.batch_id != batch_id:
                await run_in_threadpool(
                    batches.record_repeat, self.store, batch_id, found, item.filename
                )
            return found, True
        try:
            receipt = await run_in_threadpool(
                functools.partial(
                    store_document_file,
                    self.store,
                    batch_id,
                    item.path,
                    doc_sha256=sha,
                    size_bytes=item.size,
                    filename=item.filename,
                    source=UPLOAD_SERVICE_SOURCE,
                    doc_id=found,
                    move=True,  # the spool file is ours: rename it when the store allows
                )
            )
        except BaseException:
            await run_in_threadpool(batches.release_claim, self.store, sha, found)
            raise
        return receipt, False


def _field(name: str) -> str:
    """A form field's name for a message (the client chose it: cut, quoted)."""
    return repr(name if len(name) <= 64 else name[:64] + "...")


def _not_a_pdf_header(filename: str) -> UploadError:
    return UploadError(
        415,
        "not_a_pdf",
        f"{sanitize_filename(filename)}: the content does not start with a PDF header "
        "(%PDF- and a version, e.g. %PDF-1.7)",
    )


class RequestLogMiddleware:
    """One log line and one counter per HTTP request (ids and counts, never content or token)."""

    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = uuid.uuid4().hex[:12]
        fields: dict[str, object] = {}
        scope["oceanid.log"] = fields
        status = 500
        started = time.perf_counter()

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], (b"x-request-id", request_id.encode())]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            path = str(scope.get("path", ""))
            method = str(scope.get("method", ""))
            route = _route_label(path)
            self.metrics.inc(
                "oceanid_upload_http_requests_total", route=route, method=method, status=str(status)
            )
            extra = " ".join(f"{k}={v}" for k, v in fields.items())
            log.info(
                "request id=%s %s %s status=%d ms=%d %s",
                request_id,
                method,
                route,
                status,
                round((time.perf_counter() - started) * 1000),
                extra,
            )


def _route_label(path: str) -> str:
    if path in ("/", "/upload", "/metrics", "/config", "/healthz", "/batches", "/favicon.ico"):
        return path
    if path.startswith("/batches/"):
        return "/batches/{id}/close" if path.endswith("/close") else "/batches/{id}"
    return "other"


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
    return error_response(exc.status_code, code, str(exc.detail))


async def _server_error(request: Request, exc: Exception) -> Response:
    log.exception("upload service error on %s", request.url.path, exc_info=exc)
    return error_response(500, "internal_error", "the upload service failed; see its log")


def create_app(store: Store, settings: UploadSettings | None = None) -> Starlette:
    """The ASGI app over `store`; settings default to the environment (`from_env`)."""
    settings = settings or UploadSettings.from_env()
    service = UploadService(store, settings)
    Handler = Callable[[Request], Awaitable[Response]]
    routes: list[tuple[str, Handler, list[str]]] = [
        ("/", service.index, ["GET"]),
        ("/favicon.ico", service.favicon, ["GET"]),
        ("/config", service.config, ["GET"]),
        ("/healthz", service.health, ["GET"]),
        ("/metrics", service.metrics_route, ["GET"]),
        ("/upload", service.upload, ["POST"]),
        ("/batches", service.new_batch, ["POST"]),
        ("/batches/{batch_id}", service.get_batch, ["GET"]),
        ("/batches/{batch_id}/close", service.close_batch, ["POST"]),
    ]
    middleware = [
        Middleware(RequestLogMiddleware, metrics=service.metrics),
        # Under `serve` the server protocol refuses such heads first; this covers any other
        # server, and still runs before any route (and so before the token check).
        Middleware(HeadLimitMiddleware, policy=service.head_policy),
    ]
    if settings.cors_origins:
        middleware.append(
            Middleware(
                CORSMiddleware,
                allow_origins=list(settings.cors_origins),
                allow_methods=["GET", "POST"],
                allow_headers=["Authorization", "Content-Type"],
                expose_headers=["X-Request-Id"],
                max_age=600,
            )
        )
    app = Starlette(
        routes=[Route(path, handler, methods=methods) for path, handler, methods in routes],
        middleware=middleware,
        exception_handlers={HTTPException: _http_error, 500: _server_error},
    )
    app.state.service = service
    return app
