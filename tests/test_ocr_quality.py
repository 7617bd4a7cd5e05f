"""OCR of the scanned demo pages with the embedded default engine, scored against the true text.

The scans are made by `oceanid_dev.demo.scan` (150 or 300 DPI, skew, noise, JPEG), and read back
through the same render + engine the raw load uses. Floors sit above what was measured
(docs/ocr.md: CER 1.1% and identifier F1 0.98 over 48 pages of six seeds, 2.3% CER on the worst
seed), so that a real regression fails and seed-to-seed variation does not.
"""

from __future__ import annotations

import pypdfium2 as pdfium

from oceanid_assets.ocr.render import render_page
from oceanid_assets.ocr.settings import OcrSettings
from oceanid_dev.demo.batch import demo_files
from oceanid_dev.demo.ocr_score import OcrScore, page_spans


def test_scanned_demo_pages_read_back_with_few_errors_and_their_identifiers() -> None:
    settings = OcrSettings()
    engine = settings.open_engine()
    score = OcrScore()
    for file in demo_files(6, seed=5, scanned="all"):
        document = pdfium.PdfDocument(file.document.pdf_bytes)
        try:
            for page_num in range(1, file.document.page_count + 1):
                image = render_page(document, page_num, settings.dpi, settings.max_pixels)
                text = engine.recognize(image).text
                truth = page_spans(file.document.spans, page_num)
                score.add_page(text, file.page_texts[page_num - 1], truth)
        finally:
            document.close()
    assert score.pages >= 5 and score.true_ids >= 30
    assert score.cer <= 0.03, f"CER {score.cer:.4f}"
    assert score.id_f1 >= 0.95, (score.id_precision, score.id_recall)
