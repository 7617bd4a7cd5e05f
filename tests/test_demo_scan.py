"""Scanned demo documents: real PDFs rendered, degraded and re-assembled, checked with PDFium."""

from __future__ import annotations

import json
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from oceanid_assets.cli import main
from oceanid_assets.ingest.pdf_text import extract_page_texts
from oceanid_assets.storage import layout
from oceanid_assets.storage.store import LocalStore
from oceanid_dev.demo.batch import SCANNED_MODES, scan_plan, write_demo_batch
from oceanid_dev.demo.documents import DemoDocument, generate_demo_documents
from oceanid_dev.demo.scan import mix_pages, scan_pdf, scanned_document
from oceanid_dev.demo.vessels import Vessel


@pytest.fixture(scope="module")
def documents(fleet: list[Vessel]) -> list[DemoDocument]:
    return generate_demo_documents(fleet, pages=6, seed=11)


@pytest.fixture(scope="module")
def multi_page(documents: list[DemoDocument]) -> DemoDocument:
    document = max(documents, key=lambda d: d.page_count)
    assert document.page_count >= 2
    return document


@pytest.fixture(autouse=True)
def _synthetic_fleet(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # write_demo_batch loads the vessel lists; an empty folder gives the synthetic fleet.
    (tmp_path / "no-vessels").mkdir()
    monkeypatch.setenv("OCEANID_VESSELS_DIR", str(tmp_path / "no-vessels"))


def _sizes(pdf_bytes: bytes) -> list[tuple[float, float]]:
    pdf = pdfium.PdfDocument(pdf_bytes)
    try:
        return [pdf[i].get_size() for i in range(len(pdf))]
    finally:
        pdf.close()


def _pdfium_texts(pdf_bytes: bytes) -> list[str]:
    pdf = pdfium.PdfDocument(pdf_bytes)
    try:
        return [pdf[i].get_textpage().get_text_bounded() for i in range(len(pdf))]
    finally:
        pdf.close()


def _image_widths(pdf_bytes: bytes) -> list[list[int]]:
    """Pixel widths of the images on each page."""
    pdf = pdfium.PdfDocument(pdf_bytes)
    try:
        return [
            [
                obj.get_px_size()[0]
                for obj in pdf[i].get_objects(filter=[pdfium.raw.FPDF_PAGEOBJ_IMAGE])
                if isinstance(obj, pdfium.PdfImage)
            ]
            for i in range(len(pdf))
        ]
    finally:
        pdf.close()


def test_a_scan_keeps_page_count_and_sizes_and_has_no_text(
    documents: list[DemoDocument],
) -> None:
    for document in documents:
        scanned = scan_pdf(document.pdf_bytes, seed=1, dpi=150)
        original, result = _sizes(document.pdf_bytes), _sizes(scanned)
        assert len(result) == document.page_count, document.filename
        for (w0, h0), (w1, h1) in zip(original, result, strict=True):
            assert abs(w0 - w1) <= 1 and abs(h0 - h1) <= 1, (document.filename, w0, h0, w1, h1)
        assert _pdfium_texts(scanned) == [""] * document.page_count, document.filename
        assert extract_page_texts(scanned) == [""] * document.page_count
        # One image a page, at the resolution asked for.
        for (width_pt, _), widths in zip(original, _image_widths(scanned), strict=True):
            assert len(widths) == 1
            assert abs(widths[0] - width_pt * 150 / 72) <= 2


def test_a_scan_is_not_blank(multi_page: DemoDocument) -> None:
    pdf = pdfium.PdfDocument(scan_pdf(multi_page.pdf_bytes, seed=2, dpi=150))
    try:
        image = pdf[0].render(scale=0.5, grayscale=True).to_pil().convert("L")
    finally:
        pdf.close()
    dark = sum(image.histogram()[:100])
    assert dark > 0.002 * image.width * image.height  # the text is drawn, in dark grey


def test_scanning_is_deterministic_for_a_seed(multi_page: DemoDocument) -> None:
    first = scan_pdf(multi_page.pdf_bytes, seed=5, dpi=150)
    assert scan_pdf(multi_page.pdf_bytes, seed=5, dpi=150) == first
    assert scan_pdf(multi_page.pdf_bytes, seed=6, dpi=150) != first


def test_dpi_is_drawn_from_150_and_300_by_the_seed(documents: list[DemoDocument]) -> None:
    one_page = min(documents, key=lambda d: d.page_count)
    width_pt = _sizes(one_page.pdf_bytes)[0][0]
    dpis = set()
    for seed in range(8):
        (width_px,) = _image_widths(scan_pdf(one_page.pdf_bytes, seed=seed))[0]
        dpis.add(round(width_px * 72 / width_pt))
        if len(dpis) == 2:
            break
    assert dpis == {150, 300}


def test_mix_pages_keeps_text_on_exactly_the_pages_not_scanned(multi_page: DemoDocument) -> None:
    scanned = scan_pdf(multi_page.pdf_bytes, seed=3, dpi=150)
    original = extract_page_texts(multi_page.pdf_bytes)
    for chosen in ({1}, set(range(2, multi_page.page_count + 1))):
        mixed = mix_pages(multi_page.pdf_bytes, scanned, chosen)
        texts = extract_page_texts(mixed)
        assert len(texts) == multi_page.page_count
        for number, text in enumerate(texts, start=1):
            if number in chosen:
                assert text == "" and _pdfium_texts(mixed)[number - 1] == ""
            else:
                assert text == original[number - 1] != ""
        assert _sizes(mixed) == _sizes(multi_page.pdf_bytes)
        assert mix_pages(multi_page.pdf_bytes, scanned, chosen) == mixed  # deterministic


def test_mix_pages_refuses_pages_that_do_not_match(
    multi_page: DemoDocument, documents: list[DemoDocument]
) -> None:
    scanned = scan_pdf(multi_page.pdf_bytes, seed=3, dpi=150)
    with pytest.raises(ValueError, match="outside"):
        mix_pages(multi_page.pdf_bytes, scanned, {multi_page.page_count + 1})
    other = next(d for d in documents if d.page_count != multi_page.page_count)
    with pytest.raises(ValueError, match="pages"):
        mix_pages(other.pdf_bytes, scanned, {1})


def test_scanned_document_keeps_kind_and_spans(multi_page: DemoDocument) -> None:
    whole = scanned_document(multi_page, seed=4)
    part = scanned_document(multi_page, seed=4, pages={2})
    for scanned in (whole, part):
        assert scanned.filename == multi_page.filename.removesuffix(".pdf") + "-scan.pdf"
        assert (scanned.kind, scanned.page_count, scanned.spans) == (
            multi_page.kind,
            multi_page.page_count,
            multi_page.spans,
        )
    assert extract_page_texts(whole.pdf_bytes) == [""] * multi_page.page_count
    texts = extract_page_texts(part.pdf_bytes)
    assert texts[1] == "" and texts[0] == extract_page_texts(multi_page.pdf_bytes)[0]


def test_scan_plan_mixes_documents_and_pages() -> None:
    assert scan_plan([1, 2, 3], "none") == [set(), set(), set()]
    assert scan_plan([1, 2], "all") == [{1}, {1, 2}]
    for counts in ([1, 1], [1, 2], [2, 1, 1, 3, 1, 2, 2], [1, 1, 1, 1, 1], [4]):
        for seed in range(5):
            plan = scan_plan(counts, "mixed", seed)
            assert plan == scan_plan(counts, "mixed", seed)
            full = [p for p, n in zip(plan, counts, strict=True) if len(p) == n]
            partial = [p for p, n in zip(plan, counts, strict=True) if 0 < len(p) < n]
            untouched = [p for p in plan if not p]
            assert full or partial
            if len(counts) >= 2:
                assert untouched
            if max(counts) >= 2:
                assert len(partial) == 1
            assert len(counts) // 2 <= len(full) + len(partial) <= max(len(counts) // 2, 2)


def test_truth_of_a_mixed_batch_matches_its_pdfs(tmp_path: Path) -> None:
    store = LocalStore(tmp_path / "store")
    batch = write_demo_batch(store, "scan-b1", pages=6, seed=3, scanned="mixed")
    kinds_of_document = set()
    scanned_pages = 0
    for receipt in batch.receipts:
        truth = json.loads(store.read_bytes(layout.truth_key("scan-b1", receipt.doc_id)))
        texts = extract_page_texts(store.read_bytes(receipt.object_key))
        assert truth["page_count"] == len(texts) == len(truth["page_texts"])
        assert truth["scanned_pages"] == [n for n, t in enumerate(texts, start=1) if not t]
        for number, text in enumerate(texts, start=1):
            if number not in truth["scanned_pages"]:
                assert text == truth["page_texts"][number - 1]
            else:
                assert truth["page_texts"][number - 1]  # the true text, not the scan's
        for span in truth["spans"]:
            page = truth["page_texts"][span["page_num"] - 1]
            assert page[span["start"] : span["end"]] == span["text"]
        if truth["scanned_pages"]:
            assert receipt.filename.endswith("-scan.pdf")
        scanned = len(truth["scanned_pages"])
        scanned_pages += scanned
        kinds_of_document.add(
            "born-digital" if not scanned else "scanned" if scanned == len(texts) else "mixed"
        )
    assert kinds_of_document == {"born-digital", "scanned", "mixed"}
    assert batch.scanned_pages == scanned_pages
    assert 0 < batch.scanned_documents < len(batch.receipts)


def test_truth_of_a_born_digital_batch_has_no_scanned_pages(tmp_path: Path) -> None:
    store = LocalStore(tmp_path / "store")
    batch = write_demo_batch(store, "scan-b2", pages=2, seed=3)
    assert (batch.scanned_documents, batch.scanned_pages) == (0, 0)
    for receipt in batch.receipts:
        truth = json.loads(store.read_bytes(layout.truth_key("scan-b2", receipt.doc_id)))
        assert truth["scanned_pages"] == []
        assert truth["page_texts"] == extract_page_texts(store.read_bytes(receipt.object_key))
        assert {"doc_id", "kind", "filename", "page_count", "spans"} <= truth.keys()


def test_a_bad_scanned_value_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    store = LocalStore(tmp_path / "store")
    with pytest.raises(ValueError, match="scanned must be one of none, all, mixed"):
        write_demo_batch(store, "scan-b3", pages=2, scanned="some")
    assert list(store.list_objects("")) == []
    with pytest.raises(ValueError, match="scanned"):
        scan_plan([1], "yes")
    assert SCANNED_MODES == ("none", "all", "mixed")


def test_the_cli_accepts_only_all_or_mixed(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["demo", "--scanned", "some"])
    assert exit_.value.code == 2
    assert "invalid choice" in capsys.readouterr().err
