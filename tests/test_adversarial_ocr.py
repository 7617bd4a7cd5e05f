"""OCR inside the raw load, attacked: real PDFs (fpdf2 text pages, PIL-drawn scans), real
Tesseract, real DuckDB. Faults are injected only where a real component cannot produce them (an
engine that raises for one page, an engine missing from PATH).

Policy under test: every page either gets text or is recorded with its reason in
raw_page_failures, and the rest of the batch loads; no page text in logs or reasons; a page
never costs more memory than OcrSettings.max_pixels allows.
"""

from __future__ import annotations

import io
import logging
import re
import resource
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import cast

import duckdb
import pypdfium2 as pdfium
import pytest
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

from oceanid_assets.ingest.ocr_drop import build_ocr_drop_files
from oceanid_assets.ingest.raw_load import BatchLoad, ingest_batch
from oceanid_assets.ingest.receipts import Receipt, store_document
from oceanid_assets.ocr.engine import OcrEngine, OcrFailed, OcrText
from oceanid_assets.ocr.render import render_page
from oceanid_assets.ocr.settings import OcrSettings
from oceanid_assets.resources.databases import DuckDBDatabase
from oceanid_assets.storage.store import Store

SCAN_LINE = "IMO 9074729 OCEAN STAR"
TEXT_PAGE = "Name of vessel: SERGEY BOCHKAREV\nIMO number: 8907022\nFlag State: Russian Federation"
# A scanner's own text layer in a broken font encoding: present, but symbol soup.
GARBLED_LAYER = "%%% ### @@@ ^^^ ~~~ *** === +++ <<< >>>"
# Page sizes in points; rendered at 300 DPI they give images of different heights, which is how
# the fault-injecting engine below picks its page.
STRIP = (288.0, 108.0)  # 4 x 1.5 in
CARD = (288.0, 144.0)  # 4 x 2 in
TALL_CARD = (288.0, 180.0)  # 4 x 2.5 in
_FONTS = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
)
MB = 1024 * 1024


# --- documents ------------------------------------------------------------------------------


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for path in _FONTS:
        if Path(path).exists():
            return ImageFont.truetype(path, size)
    return ImageFont.load_default(size=size)


def scan_image(lines: list[str], size_pt: tuple[float, float] = STRIP, fmt: str = "PNG") -> bytes:
    """A 200 DPI grey 'scan' of a page of `size_pt`, the lines drawn in black."""
    width, height = (round(v / 72 * 200) for v in size_pt)
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    font = _font(40)
    for n, line in enumerate(lines):
        draw.text((40, 40 + 60 * n), line, font=font, fill=0)
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, **({"quality": 90} if fmt == "JPEG" else {}))
    return buffer.getvalue()


Page = tuple[str, object, tuple[float, float]]  # kind ("text" | "scan"), content, size in pt


def text_page(text: str, size: tuple[float, float] = STRIP) -> Page:
    return ("text", text, size)


def scan_page(
    lines: list[str] | bytes, size: tuple[float, float] = STRIP, layer: str | None = None
) -> Page:
    """An image-only page (or one with a garbled text `layer` over the image)."""
    image = lines if isinstance(lines, bytes) else scan_image(lines, size)
    return ("scan", (image, layer), size)


def build_pdf(pages: list[Page]) -> bytes:
    pdf = FPDF(unit="pt")
    pdf.set_auto_page_break(False)
    pdf.set_margins(10, 10)
    pdf.set_font("helvetica", size=10)
    for kind, content, (width, height) in pages:
        pdf.add_page(format=(width, height))
        if kind == "text":
            pdf.multi_cell(0, 12, str(content))
            continue
        image, layer = cast(tuple[bytes, str | None], content)
        pdf.image(io.BytesIO(image), x=0, y=0, w=width, h=height)
        if layer:
            pdf.multi_cell(0, 12, layer)
    return bytes(pdf.output())


def corrupt_jpeg_pdf() -> bytes:
    """A page whose JPEG image stream is garbage of the same length: the xref stays valid, the
    image does not decode."""
    jpeg = scan_image([SCAN_LINE], fmt="JPEG")
    good = build_pdf([("scan", (jpeg, None), STRIP)])
    at = good.find(jpeg)
    assert at > 0, "fpdf2 embeds a JPEG as it is (DCTDecode)"
    garbage = bytes((31 * i + 7) % 251 for i in range(len(jpeg)))
    return good[:at] + garbage + good[at + len(jpeg) :]


def with_media_box(pdf: bytes, box: list[float]) -> bytes:
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import RectangleObject

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        page.mediabox = RectangleObject(box)
        writer.add_page(page)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def poster_pdf(side_in: float, lines: tuple[str, ...] = (SCAN_LINE,)) -> bytes:
    """One square page `side_in` inches wide, covered by a small scan (few pixels, big page)."""
    side = side_in * 72
    return build_pdf([("scan", (scan_image(list(lines), (288, 288)), None), (side, side))])


def hand_made_image_pdf(width_px: int, height_px: int, rows: Iterator[bytes]) -> bytes:
    """A letter-size page showing one DeviceGray 8-bit FlateDecode image of the given pixel size,
    its data compressed row by row (so a huge image costs little to build)."""
    compressor = zlib.compressobj(1)
    data = b"".join(compressor.compress(row) for row in rows) + compressor.flush()
    content = b"q 612 0 0 792 0 0 cm /Im0 Do Q"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n"
        % (width_px, height_px, len(data))
        + data
        + b"\nendstream",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % offset for offset in offsets))
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


# --- engine fault injection and observation --------------------------------------------------


class SpyEngine:
    """The real engine, observed: records every image it is given; raises `fail(image)` for
    the pages it picks (fault injection), recognises the rest with the real engine."""

    def __init__(
        self, real: OcrEngine, fail: Callable[[Image.Image], Exception | None] | None = None
    ) -> None:
        self._real = real
        self._fail = fail
        self.images: list[tuple[tuple[int, int], float]] = []  # (size, dpi)

    @property
    def name(self) -> str:
        return self._real.name

    @property
    def version(self) -> str:
        return self._real.version

    def recognize(self, image: Image.Image) -> OcrText:
        self.images.append((image.size, float(image.info.get("dpi", (0, 0))[0])))
        error = self._fail(image) if self._fail else None
        if error is not None:
            raise error
        return self._real.recognize(image)

    def close(self) -> None:
        close = getattr(self._real, "close", None)
        if callable(close):
            close()


@pytest.fixture
def spy(monkeypatch: pytest.MonkeyPatch) -> Callable[..., list[SpyEngine]]:
    """`spy(fail=...)`: OcrSettings.open_engine wraps the real engine in a SpyEngine; returns
    the list the engines opened are appended to."""

    def install(fail: Callable[[Image.Image], Exception | None] | None = None) -> list[SpyEngine]:
        opened: list[SpyEngine] = []
        real_open = OcrSettings.open_engine

        def open_engine(self: OcrSettings) -> OcrEngine:
            engine = SpyEngine(real_open(self), fail)
            opened.append(engine)
            return engine

        monkeypatch.setattr(OcrSettings, "open_engine", open_engine)
        return opened

    return install


# --- helpers -----------------------------------------------------------------------------------


def _rows(conn: duckdb.DuckDBPyConnection, sql: str) -> list[tuple[object, ...]]:
    return conn.execute(sql).fetchall()


def _pages(conn: duckdb.DuckDBPyConnection, doc_id: str) -> list[tuple[object, ...]]:
    """(page_num, text_source, text, ocr_engine, ocr_confidence) of every stored row."""
    return _rows(
        conn,
        "SELECT page_num, text_source, text, ocr_engine, ocr_confidence FROM raw_pages "
        f"WHERE doc_id = '{doc_id}' ORDER BY page_num, text_source",
    )


def _view(conn: duckdb.DuckDBPyConnection, doc_id: str) -> list[tuple[object, ...]]:
    return _rows(
        conn,
        "SELECT page_num, text_source, text FROM vw_argilla_pages "
        f"WHERE doc_id = '{doc_id}' ORDER BY page_num",
    )


def _failures(conn: duckdb.DuckDBPyConnection) -> dict[tuple[str, int], str]:
    rows = _rows(conn, "SELECT doc_id, page_num, reason FROM raw_page_failures")
    return {(str(d), int(str(p))): str(r) for d, p, r in rows}


def _assert_every_page_has_text_or_a_reason(
    conn: duckdb.DuckDBPyConnection, load: BatchLoad
) -> None:
    """The policy: a page shown to annotators with no text has its reason recorded."""
    empty = _rows(conn, "SELECT doc_id, page_num FROM vw_argilla_pages WHERE char_count = 0")
    failures = _failures(conn)
    for doc_id, page_num in empty:
        assert (doc_id, page_num) in failures, f"page {page_num} of {doc_id}: no text, no reason"
    assert failures == dict(load.ocr_failures)


def _status_mb(field: str) -> float | None:
    status = Path("/proc/self/status")
    if not status.exists():
        return None
    found = re.search(rf"^{field}:\s+(\d+) kB", status.read_text(), re.MULTILINE)
    return int(found.group(1)) / 1024 if found else None


class PeakMemory:
    """Growth of this process's peak RSS over a block, in MB. Resets the kernel's high-water
    mark first (/proc/self/clear_refs) so an earlier test's peak cannot hide this one's;
    without /proc it falls back to getrusage, which can only under-report."""

    def __enter__(self) -> PeakMemory:
        self._reset = False
        try:
            Path("/proc/self/clear_refs").write_text("5")
            self._reset = True
        except OSError:
            pass
        current = _status_mb("VmRSS")
        self._before = current if self._reset and current is not None else self._maxrss()
        return self

    def __exit__(self, *exc: object) -> None:
        peak = _status_mb("VmHWM") if self._reset else None
        self.growth_mb = (peak if peak is not None else self._maxrss()) - self._before

    @staticmethod
    def _maxrss() -> float:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --- 1. a mixed document ----------------------------------------------------------------------


def test_mixed_pdf_text_layer_page_and_ocr_page(store: Store, raw_db: DuckDBDatabase) -> None:
    """Page 1 keeps its text layer, page 2 (an image only) is OCRed by Tesseract; one view row
    per page; re-running the batch inserts nothing and OCRs nothing."""
    doc = store_document(
        store, "b1", build_pdf([text_page(TEXT_PAGE), scan_page([SCAN_LINE])]), "mixed.pdf"
    )
    with raw_db.connect() as conn:
        load = ingest_batch(store, conn, "b1", "run-1")
        stored = _pages(conn, doc.doc_id)
        view = _view(conn, doc.doc_id)
        versions = _rows(
            conn, "SELECT DISTINCT ocr_model_version FROM raw_pages WHERE text_source = 'ocr'"
        )
        again = ingest_batch(store, conn, "b1", "run-2")
        count_after = _rows(conn, "SELECT count(*) FROM raw_pages")
        failures = _rows(conn, "SELECT count(*) FROM raw_page_failures")

    assert [(p[0], p[1]) for p in stored] == [(1, "text_layer"), (2, "ocr")]
    assert stored[0][2] == TEXT_PAGE and stored[0][3] == "pypdfium2-layout"
    assert stored[0][4] is None
    _, _, text, engine, confidence = stored[1]
    assert engine == "tesseract"
    assert isinstance(confidence, float) and 0.0 < confidence <= 1.0
    assert "9074729" in str(text) and "OCEAN STAR" in str(text)
    assert [(p[0], p[1]) for p in view] == [(1, "text_layer"), (2, "ocr")]
    assert view[1][2] == text

    assert (load.documents_inserted, load.pages_inserted, load.pages_extracted) == (1, 2, 2)
    assert (load.pages_from_text_layer, load.pages_from_ocr, load.ocr_failures) == (1, 1, {})
    assert load.ocr_engine is not None and load.ocr_engine.startswith("tesseract-")
    assert versions == [(load.ocr_engine,)]
    assert load.ocr_mean_confidence == pytest.approx(confidence)
    assert load.ocr_seconds > 0 and load.empty_pages == 0
    assert load.characters == len(TEXT_PAGE) + len(str(text))

    assert (again.documents_inserted, again.pages_inserted, again.pages_extracted) == (0, 0, 0)
    assert (again.pages_from_ocr, again.ocr_engine, again.documents_already_processed) == (
        0,
        None,
        1,
    )
    assert count_after == [(2,)] and failures == [(0,)]


# --- 2. OCEANID_OCR modes -------------------------------------------------------------------


def test_mode_never_stores_the_scan_as_an_empty_text_layer(
    local_store: Store, raw_db: DuckDBDatabase, spy: Callable[..., list[SpyEngine]]
) -> None:
    opened = spy()
    doc = store_document(
        local_store, "b1", build_pdf([text_page(TEXT_PAGE), scan_page([SCAN_LINE])]), "m.pdf"
    )
    with raw_db.connect() as conn:
        load = ingest_batch(local_store, conn, "b1", "run-1", ocr=OcrSettings(mode="never"))
        stored = _pages(conn, doc.doc_id)
        view = _view(conn, doc.doc_id)
        failures = _failures(conn)
    assert opened == []  # no engine was even opened
    assert [(p[0], p[1], p[2]) for p in stored] == [
        (1, "text_layer", TEXT_PAGE),
        (2, "text_layer", ""),
    ]
    assert view == [(1, "text_layer", TEXT_PAGE), (2, "text_layer", "")]
    assert failures == {}
    assert (load.pages_from_text_layer, load.pages_from_ocr, load.empty_pages) == (2, 0, 1)
    assert (load.ocr_engine, load.ocr_mean_confidence, load.ocr_failures) == (None, None, {})


def test_mode_always_ocrs_text_pages_too_and_the_view_keeps_their_text_layer(
    local_store: Store, raw_db: DuckDBDatabase
) -> None:
    doc = store_document(
        local_store, "b1", build_pdf([text_page(TEXT_PAGE), scan_page([SCAN_LINE])]), "a.pdf"
    )
    with raw_db.connect() as conn:
        load = ingest_batch(
            local_store, conn, "b1", "run-1", ocr=OcrSettings(mode="always", concurrency=2)
        )
        stored = _pages(conn, doc.doc_id)
        view = _view(conn, doc.doc_id)
        again = ingest_batch(local_store, conn, "b1", "run-2", ocr=OcrSettings(mode="always"))
    assert [(p[0], p[1]) for p in stored] == [(1, "ocr"), (1, "text_layer"), (2, "ocr")]
    ocr_of_text_page = next(p for p in stored if p[0] == 1 and p[1] == "ocr")
    assert "SERGEY BOCHKAREV" in str(ocr_of_text_page[2])  # Tesseract read the rendered text
    assert ocr_of_text_page[3] == "tesseract"
    assert view[0] == (1, "text_layer", TEXT_PAGE)
    assert view[1][:2] == (2, "ocr") and "9074729" in str(view[1][2])
    assert (load.pages_from_text_layer, load.pages_from_ocr, load.pages_inserted) == (1, 2, 3)
    assert again.pages_inserted == 0


# --- 3. bad input ---------------------------------------------------------------------------


def _good_document(store: Store) -> Receipt:
    """The batch's other PDF, which must load whatever happens to the bad one."""
    return store_document(
        store, "b1", build_pdf([text_page(TEXT_PAGE), scan_page([SCAN_LINE])]), "good.pdf"
    )


def _assert_good_document_loaded(conn: duckdb.DuckDBPyConnection, good: Receipt) -> None:
    view = _view(conn, good.doc_id)
    assert view[0] == (1, "text_layer", TEXT_PAGE)
    assert view[1][:2] == (2, "ocr") and "9074729" in str(view[1][2])


def test_an_image_stream_that_does_not_decode_is_recorded_and_the_batch_loads(
    local_store: Store, raw_db: DuckDBDatabase
) -> None:
    good = _good_document(local_store)
    jpeg_bad = store_document(local_store, "b1", corrupt_jpeg_pdf(), "bad-jpeg.pdf")
    with raw_db.connect() as conn:
        load = ingest_batch(local_store, conn, "b1", "run-1")
        _assert_good_document_loaded(conn, good)
        bad_rows = _pages(conn, jpeg_bad.doc_id)
        failures = _failures(conn)
        _assert_every_page_has_text_or_a_reason(conn, load)
        quarantined = _rows(conn, "SELECT count(*) FROM raw_quarantine")
    # PDFium draws nothing for the undecodable image: the blank render has no text.
    assert failures == {(jpeg_bad.doc_id, 1): "OCR found no text on the page"}
    assert [(p[0], p[1], p[2]) for p in bad_rows] == [(1, "text_layer", "")]
    assert quarantined == [(0,)] and load.documents_inserted == 2


def test_pages_of_zero_size_are_ocred_or_recorded(
    local_store: Store, raw_db: DuckDBDatabase
) -> None:
    """MediaBox [0 0 0 0] is invalid: PDFium falls back to US Letter, where the image (drawn
    from the origin) is visible and read. A valid but tiny box (0.2 pt) has no area to render:
    recorded, not rendered."""
    good = _good_document(local_store)
    scan = build_pdf([scan_page([SCAN_LINE])])
    zero = store_document(local_store, "b1", with_media_box(scan, [0, 0, 0, 0]), "zero.pdf")
    tiny = store_document(local_store, "b1", with_media_box(scan, [0, 0, 0.2, 0.2]), "tiny.pdf")
    with raw_db.connect() as conn:
        load = ingest_batch(local_store, conn, "b1", "run-1")
        _assert_good_document_loaded(conn, good)
        zero_view = _view(conn, zero.doc_id)
        tiny_rows = _pages(conn, tiny.doc_id)
        failures = _failures(conn)
        _assert_every_page_has_text_or_a_reason(conn, load)
    assert zero_view[0][:2] == (1, "ocr") and "9074729" in str(zero_view[0][2])
    assert list(failures) == [(tiny.doc_id, 1)]
    assert failures[(tiny.doc_id, 1)] == "the page has no area to render (0 x 0 pt)"
    assert [(p[0], p[1], p[2]) for p in tiny_rows] == [(1, "text_layer", "")]
    assert load.documents_inserted == 3 and load.quarantined == []


def test_enormous_pages_stay_within_max_pixels(
    local_store: Store, raw_db: DuckDBDatabase, spy: Callable[..., list[SpyEngine]]
) -> None:
    """A 200 x 200 in page (14400 pt, 3.6 Gpx at 300 DPI) is recorded as too large; a 60 x 60 in
    poster is rendered at the DPI that keeps it within max_pixels, and read. Memory stays far
    below what either would take at 300 DPI."""
    opened = spy()
    good = _good_document(local_store)
    huge = store_document(local_store, "b1", poster_pdf(200), "huge.pdf")
    poster = store_document(local_store, "b1", poster_pdf(60), "poster.pdf")
    settings = OcrSettings(max_pixels=16_000_000, concurrency=1)
    with raw_db.connect() as conn:
        with PeakMemory() as memory:
            load = ingest_batch(local_store, conn, "b1", "run-1", ocr=settings)
        _assert_good_document_loaded(conn, good)
        poster_view = _view(conn, poster.doc_id)
        failures = _failures(conn)
        _assert_every_page_has_text_or_a_reason(conn, load)
    assert memory.growth_mb < 500, f"the load took {memory.growth_mb:.0f} MB more"
    assert list(failures) == [(huge.doc_id, 1)]
    assert failures[(huge.doc_id, 1)].startswith("the page is too large to OCR (200 x 200 in)")
    assert "16,000,000 pixels" in failures[(huge.doc_id, 1)]
    assert poster_view[0][:2] == (1, "ocr") and "9074729" in str(poster_view[0][2])
    (engine,) = opened
    sizes = {size: dpi for size, dpi in engine.images}
    assert all(w * h <= settings.max_pixels for w, h in sizes), sizes
    poster_dpi = max(dpi for (w, _), dpi in sizes.items() if w > 2000)
    assert 50 <= poster_dpi < 300  # 60 in at sqrt(16e6 / 3600) = 66.7 DPI


def test_a_page_refused_at_the_dpi_floor_says_a_resolution_below_it() -> None:
    """A 100 x 100 in page with max_pixels 25,000,000 fits only at 49.99 DPI (PDFium rounds sides
    up), below the 50 DPI floor: it is refused, and the reason states a resolution under the
    floor (it once rounded to "50 DPI", the floor itself). A 99.9 in page renders at 50.04 DPI."""
    for side_in in (99.9, 100):
        document = pdfium.PdfDocument(poster_pdf(side_in))
        try:
            image = render_page(document, 1, 300, 25_000_000)
        except OcrFailed as exc:
            stated = re.search(r"rendered at ([\d.]+) DPI", str(exc))
            assert stated is not None, str(exc)
            assert float(stated.group(1)) < 50, f"{side_in} in refused with: {exc}"
        else:
            assert image.width * image.height <= 25_000_000
            assert image.info["dpi"][0] >= 50
        finally:
            document.close()


def test_a_long_strip_page_gets_text_or_an_actionable_reason(
    local_store: Store, raw_db: DuckDBDatabase
) -> None:
    """A 2 x 200 in strip (a continuous register roll) fits max_pixels at 250 DPI as 500 x 49950
    px, but Tesseract refuses any side over 32767 px. The render caps each side too, so the page
    reads (at ~160 DPI); were it refused, the reason would have to name the cause (it once kept
    only Tesseract's last stderr line, "Error during processing.")."""
    good = _good_document(local_store)
    strip = store_document(
        local_store,
        "b1",
        build_pdf([scan_page(["IMO 9074729", "OCEAN STAR"], (144.0, 14400.0))]),
        "strip.pdf",
    )
    with raw_db.connect() as conn:
        load = ingest_batch(local_store, conn, "b1", "run-1")
        _assert_good_document_loaded(conn, good)
        view = _view(conn, strip.doc_id)
        failures = _failures(conn)
        _assert_every_page_has_text_or_a_reason(conn, load)
    if view[0][1] == "ocr":  # rendered at a resolution the engine accepts: fine
        assert "9074729" in str(view[0][2])
        return
    reason = failures[(strip.doc_id, 1)]
    assert re.search(r"too large|32767|49950", reason), f"no cause in the reason: {reason!r}"


def test_an_image_bomb_does_not_take_gigabytes(local_store: Store, raw_db: DuckDBDatabase) -> None:
    """max_pixels bounds the page bitmap, not the images PDFium decodes to draw it: a 2.7 MB PDF
    holding one 25000 x 25000 px grey image (Flate-compressed white) on a letter page made the
    render allocate ~750 MB (40000 px, a 1.6 MB PDF: 1.7 GB). Image sizes are read before
    rendering now, and such a page is recorded as too large to decode."""
    side = 25_000
    white_row = b"\xff" * side
    bomb = hand_made_image_pdf(side, side, (white_row for _ in range(side)))
    assert len(bomb) < 8 * MB
    good = _good_document(local_store)
    doc = store_document(local_store, "b1", bomb, "bomb.pdf")
    with raw_db.connect() as conn:
        with PeakMemory() as memory:
            load = ingest_batch(local_store, conn, "b1", "run-1")
        _assert_good_document_loaded(conn, good)
        failures = _failures(conn)
        _assert_every_page_has_text_or_a_reason(conn, load)
    assert (doc.doc_id, 1) in failures  # blank: "OCR found no text", or refused
    assert memory.growth_mb < 500, (
        f"a {len(bomb) / MB:.1f} MB PDF took {memory.growth_mb:.0f} MB to OCR "
        f"(max_pixels {OcrSettings().max_pixels:,})"
    )


def test_engine_not_installed_records_every_scanned_page_with_the_install_hint(
    local_store: Store,
    raw_db: DuckDBDatabase,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    mixed = store_document(
        local_store, "b1", build_pdf([text_page(TEXT_PAGE), scan_page([SCAN_LINE])]), "m.pdf"
    )
    scanned = store_document(
        local_store, "b1", build_pdf([scan_page([SCAN_LINE]), scan_page(["MMSI 273214530"])]), "s"
    )
    texts = store_document(local_store, "b1", build_pdf([text_page("Circular 2026/7 on IMO")]), "t")
    with caplog.at_level(logging.INFO), raw_db.connect() as conn:
        load = ingest_batch(local_store, conn, "b1", "run-1", ocr=OcrSettings(engine="tesseract"))
        failures = _failures(conn)
        engines = _rows(conn, "SELECT DISTINCT stage, ocr_engine FROM raw_page_failures")
        mixed_rows = _pages(conn, mixed.doc_id)
        text_rows = _pages(conn, texts.doc_id)
        scanned_rows = _pages(conn, scanned.doc_id)
        _assert_every_page_has_text_or_a_reason(conn, load)
    wanted = {(mixed.doc_id, 2), (scanned.doc_id, 1), (scanned.doc_id, 2)}
    assert set(failures) == wanted
    for reason in failures.values():
        assert reason.startswith(
            "OCR engine unavailable: the OCR engine tesseract is not installed"
        )
        assert (
            "install Debian's tesseract-ocr" in reason and "OCEANID_OCR_ENGINE=rapidocr" in reason
        )
    assert engines == [("ocr", "tesseract")]
    assert [(p[0], p[1], p[2]) for p in mixed_rows] == [
        (1, "text_layer", TEXT_PAGE),
        (2, "text_layer", ""),
    ]
    assert [(p[1], p[2]) for p in text_rows] == [("text_layer", "Circular 2026/7 on IMO")]
    assert [(p[1], p[2]) for p in scanned_rows] == [("text_layer", ""), ("text_layer", "")]
    assert (load.pages_from_ocr, load.documents_inserted, load.quarantined) == (0, 3, [])
    assert load.ocr_failures.keys() == wanted and load.ocr_mean_confidence is None
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert any("OCR of 3 pages skipped" in r.getMessage() for r in errors)


def test_an_engine_failing_on_one_page_records_it_and_ocrs_the_others(
    local_store: Store, raw_db: DuckDBDatabase, spy: Callable[..., list[SpyEngine]]
) -> None:
    """Fault injection: the real Tesseract, wrapped to raise OcrFailed for the 4 x 2 in page and
    a bare RuntimeError (an engine bug) for the 4 x 2.5 in page."""

    def fail(image: Image.Image) -> Exception | None:
        if 590 <= image.height <= 610:
            return OcrFailed("injected: the engine refused this page")
        if 740 <= image.height <= 760:
            return RuntimeError("injected engine bug")
        return None

    opened = spy(fail)
    good = _good_document(local_store)
    doc = store_document(
        local_store,
        "b1",
        build_pdf(
            [
                scan_page([SCAN_LINE]),
                scan_page(["MMSI 273214530"], CARD),
                scan_page(["CALL SIGN UBST3"], TALL_CARD),
                scan_page(["FLAG NORWAY"]),
            ]
        ),
        "four.pdf",
    )
    with raw_db.connect() as conn:
        load = ingest_batch(local_store, conn, "b1", "run-1", ocr=OcrSettings(concurrency=2))
        _assert_good_document_loaded(conn, good)
        view = _view(conn, doc.doc_id)
        failures = _failures(conn)
        _assert_every_page_has_text_or_a_reason(conn, load)
    assert failures == {
        (doc.doc_id, 2): "injected: the engine refused this page",
        (doc.doc_id, 3): "OCR failed: RuntimeError (an engine error)",
    }
    assert [(v[0], v[1]) for v in view] == [
        (1, "ocr"),
        (2, "text_layer"),
        (3, "text_layer"),
        (4, "ocr"),
    ]
    assert "9074729" in str(view[0][2]) and "NORWAY" in str(view[3][2])
    assert view[1][2] == view[2][2] == ""
    assert load.pages_from_ocr == 3  # the good document's scan and pages 1 and 4
    assert len(opened[0].images) == 5


# --- 4. messages ----------------------------------------------------------------------------


def test_logs_and_failure_reasons_never_contain_page_text(
    local_store: Store,
    raw_db: DuckDBDatabase,
    spy: Callable[..., list[SpyEngine]],
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A batch with every outcome (text layer, OCR, injected OcrFailed, engine bug, a page with
    no area, a page too large): nothing any page says reaches a log record or a reason."""
    page_texts = {
        "text layer": "Name of vessel: SERGEY BOCHKAREV",
        "ocr": "IMO 9074729 OCEAN STAR",
        "refused": "MMSI 273214530 KAPITAN",
        "bug": "CALL SIGN UBST3 VOLNA",
        "tiny": "OWNER PESCANOVA VIGO",
        "huge": "PORT MURMANSK 2026",
    }

    def fail(image: Image.Image) -> Exception | None:
        if 590 <= image.height <= 610:
            return OcrFailed("injected: the engine refused this page")
        if 740 <= image.height <= 760:
            return ValueError("injected engine bug")
        return None

    spy(fail)
    store_document(
        local_store,
        "b1",
        build_pdf(
            [
                text_page(page_texts["text layer"]),
                scan_page([page_texts["ocr"]]),
                scan_page([page_texts["refused"]], CARD),
                scan_page([page_texts["bug"]], TALL_CARD),
            ]
        ),
        "all.pdf",
    )
    tiny = build_pdf([scan_page([page_texts["tiny"]])])
    store_document(local_store, "b1", with_media_box(tiny, [0, 0, 0.2, 0.2]), "tiny.pdf")
    store_document(local_store, "b1", poster_pdf(200, (page_texts["huge"],)), "huge.pdf")
    with caplog.at_level(logging.DEBUG), raw_db.connect() as conn:
        load = ingest_batch(local_store, conn, "b1", "run-1")
        reasons = [str(r[0]) for r in _rows(conn, "SELECT reason FROM raw_page_failures")]
        stored = " ".join(str(r[0]) for r in _rows(conn, "SELECT text FROM raw_pages"))
    assert len(reasons) == 4 and load.pages_from_ocr == 1
    assert "9074729" in stored  # the OCR page was read, so its words are there to leak
    messages = [r.getMessage() for r in caplog.records] + [r.exc_text or "" for r in caplog.records]
    said = "\n".join(messages + reasons + list(load.ocr_failures.values()))
    assert said.strip()
    for words in page_texts.values():
        for word in words.split():
            if (len(word) >= 5 and not word.isdigit()) or len(word) >= 7:
                assert word not in said, f"{word!r} (page text) in a log or a reason"


# --- the view over an OCR pass that could not replace a garbled layer --------------------------


def test_an_ocr_drop_replaces_a_garbled_text_layer_that_ocr_could_not(
    local_store: Store,
    raw_db: DuckDBDatabase,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """When OCR of a page fails (here: Tesseract not installed), the loader stores the page's
    text layer as it is, even symbol soup, although "an unusable layer is replaced, not stored"
    (the view's comment). The remedy is an OCR drop (a loaded document is never re-read): the
    view must show the drop's text, not the soup. (vw_argilla_pages once ranked every text layer
    with characters first and kept the soup; this guards against that coming back.)"""
    doc = store_document(
        local_store,
        "b1",
        build_pdf([scan_page([SCAN_LINE], layer=GARBLED_LAYER)]),
        "garbled.pdf",
    )
    with monkeypatch.context() as no_tesseract:
        empty = tmp_path / "empty-bin"
        empty.mkdir()
        no_tesseract.setenv("PATH", str(empty))
        with raw_db.connect() as conn:
            first = ingest_batch(local_store, conn, "b1", "run-1")
            layer = _pages(conn, doc.doc_id)
    assert (doc.doc_id, 1) in first.ocr_failures
    assert layer[0][1] == "text_layer" and "%%%" in str(layer[0][2])  # the soup, stored

    documents, pages = build_ocr_drop_files(
        [{"doc_id": doc.doc_id, "filename": "garbled.pdf", "page_count": 1}],
        [{"doc_id": doc.doc_id, "page_num": 1, "text": SCAN_LINE, "ocr_model_version": "ds-1"}],
    )
    local_store.write_bytes("ocr/b1/documents/part-0.parquet", documents)
    local_store.write_bytes("ocr/b1/pages/part-0.parquet", pages)
    local_store.write_bytes("ocr/b1/_SUCCESS", b"")
    with raw_db.connect() as conn:
        second = ingest_batch(local_store, conn, "b1", "run-2")
        view = _view(conn, doc.doc_id)
    assert second.pages_inserted == 1
    assert view == [(1, "ocr_drop", SCAN_LINE)], f"the view shows {view}"
