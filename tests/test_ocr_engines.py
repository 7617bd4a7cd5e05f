"""The OCR engines and the pieces around them, on real page images (no engine is mocked)."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

from oceanid_assets.ocr.boxes import TextBox, fitted_slope, page_slope, text_from_boxes
from oceanid_assets.ocr.engine import OcrFailed
from oceanid_assets.ocr.rapid import RapidOcrEngine
from oceanid_assets.ocr.render import render_page
from oceanid_assets.ocr.settings import OcrSettings
from oceanid_assets.ocr.tesseract import TesseractEngine, parse_tsv
from oceanid_assets.ocr.text_layer import needs_ocr, usable_text
from oceanid_assets.resources.ocr import OcrResource


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


def _table_image(angle: float = 0.0) -> Image.Image:
    """A register table as a 200 DPI scan would show it, optionally skewed."""
    image = Image.new("L", (1700, 500), 255)
    draw = ImageDraw.Draw(image)
    font = _font(30)
    rows = [
        ("Vessel name", "IMO", "Call sign", "Flag"),
        ("OCEAN STAR", "9074729", "BZU5D", "China"),
        ("MAR DEL SUR", "8685375", "EA4321", "Spain"),
    ]
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            draw.text((60 + c * 420, 60 + r * 70), cell, font=font, fill=0)
    image = image.rotate(angle, fillcolor=255, resample=Image.Resampling.BICUBIC)
    image.info["dpi"] = (200, 200)
    return image


def test_usable_text_tells_words_from_symbol_soup() -> None:
    assert usable_text("Vessel name OCEAN STAR, IMO 9074729, flag Spain (ESP).")
    assert not usable_text("")
    assert not usable_text("  12  ")  # a page number on a scan
    assert not usable_text("ÿþ ¤¤ §§ ¶¶ ¤¤¤ ¦¦ ©© ®® ¬¬ ±± ¤¤ §§")
    assert not usable_text("\ufffd\ufffd\ufffd \ufffd\ufffd\ufffd\ufffd \ufffd\ufffd\ufffd\ufffd")


def test_needs_ocr_by_mode() -> None:
    text = "Vessel OCEAN STAR IMO 9074729 flag Spain"
    assert needs_ocr(usable_text(""), image_count=1, mode="auto")
    assert not needs_ocr(usable_text(""), image_count=0, mode="auto")  # blank: nothing to read
    assert not needs_ocr(usable_text(text), 1, "auto")
    assert needs_ocr(usable_text(text), 0, "always")
    assert not needs_ocr(usable_text(""), 1, "never")


def test_page_slope_is_the_median_of_believable_line_slopes() -> None:
    assert fitted_slope([(0, 10), (100, 12), (200, 14)]) == pytest.approx(0.02)
    assert fitted_slope([(5, 5)]) is None
    assert page_slope([0.01, 0.012, 0.011, 0.5, None]) == pytest.approx(0.011)  # 0.5: rotated
    assert page_slope([None]) == 0.0


def test_skewed_boxes_are_sheared_back_into_their_rows() -> None:
    # Two rows of a table skewed by 0.03 (1.7°): across 1,200 px the right-hand cells sit a
    # whole line lower than the left ones, and would join the next row without the shear.
    slope = 0.03
    boxes = []
    for row, cells in enumerate([("OCEAN", "9074729", "BZU5D"), ("MARSUR", "8685375", "EA4321")]):
        for col, cell in enumerate(cells):
            left = 50 + col * 600
            top = 100 + row * 40 + slope * left
            boxes.append(TextBox(cell, left, top, left + 20 * len(cell), top + 30, 0.9))
    text = text_from_boxes(boxes, slope, column_gap=60)
    lines = [line.split() for line in text.splitlines() if line.strip()]
    assert lines == [["OCEAN", "9074729", "BZU5D"], ["MARSUR", "8685375", "EA4321"]]
    assert "  " in text.splitlines()[0]  # the columns stay apart
    unsheared = text_from_boxes(boxes, 0.0, column_gap=60)
    assert [line.split() for line in unsheared.splitlines() if line.strip()] != lines


def test_parse_tsv_reads_word_boxes_and_line_slopes() -> None:
    tsv = "\n".join(
        [
            "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
            "4\t1\t1\t1\t1\t0\t10\t10\t300\t20\t-1\t",
            "5\t1\t1\t1\t1\t1\t10\t10\t50\t20\t96.5\tIMO",
            "5\t1\t1\t1\t1\t2\t100\t12\t90\t20\t91.0\t9074729",
            "5\t1\t1\t1\t1\t3\t250\t14\t60\t20\t-1\t ",
            "5\t1\t1\t1\t1\t4\t400\t18\t60\t20\t80\tBZU5D",
        ]
    )
    boxes, slopes, word_gaps = parse_tsv(tsv)
    assert [b.text for b in boxes] == ["IMO", "9074729", "BZU5D"]
    assert word_gaps == []  # no two neighbours with lower-case letters
    assert boxes[0].confidence == pytest.approx(0.965)
    assert boxes[1].right == 190 and boxes[1].bottom == 32
    assert len(slopes) == 1 and slopes[0] == pytest.approx(0.02, abs=0.005)


@pytest.mark.parametrize("angle", [0.0, 0.8])
def test_tesseract_reads_a_table_scan_into_rows_and_columns(angle: float) -> None:
    engine = TesseractEngine()
    found = engine.recognize(_table_image(angle))
    lines = [line for line in found.text.splitlines() if line.strip()]
    assert "9074729" in lines[1] and "BZU5D" in lines[1], found.text
    assert "8685375" in lines[2] and "EA4321" in lines[2], found.text
    # Cells are columns: at least two spaces between them, as in a text layer.
    assert "9074729  " in lines[1] and "  BZU5D" in lines[1]
    assert found.confidence is not None and 0.5 < found.confidence <= 1.0
    assert engine.version.startswith("tesseract-5.") and "eng+spa+fra" in engine.version


def test_rapidocr_reads_the_identifiers_of_a_table_scan() -> None:
    found = RapidOcrEngine().recognize(_table_image())
    lines = [line for line in found.text.splitlines() if line.strip()]
    assert "9074729" in lines[1] and "8685375" in lines[2], found.text
    assert found.confidence is not None and found.confidence > 0.5


def _pdf(width_pt: float, height_pt: float) -> bytes:
    pdf = FPDF(unit="pt", format=(width_pt, height_pt))
    pdf.add_page()
    buffer = io.BytesIO()
    Image.new("L", (20, 20), 128).save(buffer, format="PNG")
    pdf.image(buffer, x=0, y=0, w=width_pt, h=height_pt)
    return bytes(pdf.output())


def test_render_caps_the_pixels_of_a_large_page() -> None:
    document = pdfium.PdfDocument(_pdf(72 * 40, 72 * 30))  # a 40 x 30 inch drawing
    image = render_page(document, 1, dpi=300, max_pixels=4_000_000)
    assert image.width * image.height <= 4_000_000
    assert image.mode == "L" and image.info["dpi"][0] < 300


def test_render_refuses_a_page_too_large_for_any_useful_resolution() -> None:
    document = pdfium.PdfDocument(_pdf(14_000, 14_000))  # 194 inches a side
    with pytest.raises(OcrFailed, match="too large to OCR"):
        render_page(document, 1, dpi=300, max_pixels=25_000_000)


def test_settings_validate_and_name_the_variable() -> None:
    with pytest.raises(ValueError, match="OCEANID_OCR="):
        OcrSettings(mode="sometimes")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="OCEANID_OCR_ENGINE"):
        OcrSettings(engine="paddle")
    with pytest.raises(ValueError, match="OCEANID_OCR_MODEL"):
        OcrSettings(url="http://vllm:8000/v1")
    assert OcrSettings(url="http://vllm:8000/v1", model="deepseek-ocr").engine_label == (
        "deepseek-ocr"
    )
    assert "secret" not in repr(OcrSettings(api_key="secret"))


def test_resource_reads_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OCEANID_OCR", "always")
    monkeypatch.setenv("OCEANID_OCR_ENGINE", "rapidocr")
    monkeypatch.setenv("OCEANID_OCR_DPI", "200")
    monkeypatch.setenv("OCEANID_OCR_CONCURRENCY", "3")
    settings = OcrResource.from_env().settings()
    assert (settings.mode, settings.engine, settings.dpi, settings.workers) == (
        "always",
        "rapidocr",
        200,
        3,
    )
    assert isinstance(settings.open_engine(), RapidOcrEngine)
