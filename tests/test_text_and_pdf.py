from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from oceanid_assets.ingest.pdf_text import UnreadablePdf, count_pages, extract_pages
from oceanid_assets.ingest.text import normalize_page_text, sha256_hex
from tests.conftest import encrypted_pdf, make_pdf, zero_page_pdf


def test_normalize_line_endings_controls_and_unicode() -> None:
    raw = "Name of vessel:\r\nCAFE\u0301 NO.1  \r\n\x0cIMO\t9138525\x00\r\n\r\n"
    assert normalize_page_text(raw) == "Name of vessel:\nCAF\u00c9 NO.1\nIMO\t9138525"


def test_normalize_is_idempotent() -> None:
    text = "  A\r\n\r\nB \n"
    assert normalize_page_text(normalize_page_text(text)) == normalize_page_text(text)


def test_sha256_hex_hashes_utf8() -> None:
    assert sha256_hex("é") == hashlib.sha256("é".encode()).hexdigest()


def test_extract_pages_returns_normalised_text_per_page(tmp_path: Path) -> None:
    path = tmp_path / "licence.pdf"
    path.write_bytes(make_pdf(["Name of vessel: DON QUIJOTE\nIMO: 9138525", "Call sign: LATE8"]))
    pages = extract_pages(path)
    assert [p.page_num for p in pages] == [1, 2]
    assert pages[0].text == "Name of vessel: DON QUIJOTE\nIMO: 9138525"
    assert "\r" not in pages[0].text
    assert extract_pages(path, 2, 2)[0].text == "Call sign: LATE8"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"GIF89a not a pdf at all", "not a PDF"),
        (b"%PDF-1.7\nthis is not really a PDF body", "corrupt PDF"),
        (encrypted_pdf(), "encrypted PDF"),
        (zero_page_pdf(), "no pages"),
        (b"", "not a PDF"),
    ],
)
def test_unreadable_pdfs_have_reasons(data: bytes, reason: str) -> None:
    with pytest.raises(UnreadablePdf, match=reason):
        count_pages(data)


def test_count_pages() -> None:
    assert count_pages(make_pdf(["a", "b", "c"])) == 3
