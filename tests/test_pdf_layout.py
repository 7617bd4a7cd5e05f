"""Layout-keeping page text (pdf_layout.py): real PDFs drawn with fpdf2, extracted as the raw
load does, checked for rows, aligned columns and blank lines; and the pass it is stored under."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import duckdb
import pyarrow as pa
from fpdf import FPDF

from oceanid_assets.db.sql import registered, run_sql_file, transaction
from oceanid_assets.ingest.pdf_layout import LAYOUT_VERSION
from oceanid_assets.ingest.pdf_text import (
    ENGINE,
    ENGINE_VERSION,
    PLAIN_ENGINE,
    PLAIN_ENGINE_VERSION,
    extract_page_texts,
    extract_pages,
    extract_pages_plain,
)
from oceanid_assets.ingest.raw_load import PAGES_SCHEMA, ingest_batch
from oceanid_assets.ingest.receipts import store_document
from oceanid_assets.ingest.text import normalize_page_text, sha256_hex
from oceanid_assets.resources.databases import DuckDBDatabase
from oceanid_assets.storage.store import LocalStore

HEADER = ("No.", "Vessel name", "Flag", "IMO number")
ROWS = [
    HEADER,
    ("1", "DON QUIJOTE", "ESP", "9138525"),
    ("2", "SERGEY BOCHKAREV", "RUS", "8907022"),
    ("3", "LATE EIGHT", "NOR", "9000001"),
]
COLUMN_X = (15.0, 30.0, 90.0, 115.0)  # mm: the columns' left edges, as a register draws them
ROW_PITCH = 6.0  # mm
# Two or more spaces: what separates columns in layout text (a word gap is one space).
COLUMN_GAP = re.compile(r" {2,}")


@contextmanager
def _page() -> Iterator[FPDF]:
    pdf = FPDF()
    pdf.set_font("helvetica", size=10)
    pdf.add_page()
    yield pdf


def _table_pdf(*, by_column: bool) -> bytes:
    """The register table, its cells drawn row by row or all of column 1 first, then 2..."""
    cells = [(r, c) for r in range(len(ROWS)) for c in range(len(HEADER))]
    if by_column:
        cells.sort(key=lambda cell: (cell[1], cell[0]))
    with _page() as pdf:
        for r, c in cells:
            pdf.text(COLUMN_X[c], 30 + ROW_PITCH * r, ROWS[r][c])
        return bytes(pdf.output())


def _cells(line: str) -> list[tuple[int, str]]:
    """(offset, text) of each column of a layout line."""
    out, offset = [], 0
    for part in COLUMN_GAP.split(line):
        offset = line.index(part, offset)
        out.append((offset, part))
        offset += len(part)
    return out


def _assert_table(text: str, rows: Sequence[tuple[str, ...]]) -> None:
    """One line per row, the cells in column order with two spaces or more between them, and
    every column starting at the same offset in every row."""
    lines = text.split("\n")
    assert len(lines) == len(rows), text
    offsets = []
    for line, row in zip(lines, rows, strict=True):
        cells = _cells(line)
        assert [cell for _, cell in cells] == list(row), line
        offsets.append([offset for offset, _ in cells])
    assert all(o == offsets[0] for o in offsets), (offsets, text)


def test_a_table_drawn_row_by_row_keeps_its_rows_and_columns() -> None:
    pdf = _table_pdf(by_column=False)
    [page] = extract_pages(pdf)
    _assert_table(page.text, ROWS)
    # Today's plain text joins the cells of a row with one space: the column gaps are gone.
    plain = extract_pages_plain(pdf)[0].text
    assert "1 DON QUIJOTE ESP 9138525" in plain
    assert not re.search(r"QUIJOTE ESP|ESP 9138525|BOCHKAREV RUS", page.text)


def test_a_table_drawn_column_by_column_is_reassembled_into_rows() -> None:
    pdf = _table_pdf(by_column=True)
    text = extract_page_texts(pdf)[0]
    _assert_table(text, ROWS)
    # Position decides, not drawing order: the same text as the table drawn row by row.
    assert text == extract_page_texts(_table_pdf(by_column=False))[0]
    # Plain text follows the content stream: one block per column.
    plain = extract_pages_plain(pdf)[0].text
    assert plain.startswith("No.\n1\n2\n3\nVessel name\nDON QUIJOTE")


def test_a_wrapped_cell_continues_under_its_own_column() -> None:
    remark = "Licence suspended pending port inspection"
    rows = [
        ("No.", "Vessel name", "Remarks", "IMO"),
        ("1", "DON QUIJOTE", remark, "9138525"),
        ("2", "SERGEY BOCHKAREV", "None", "8907022"),
    ]
    xs, widths = (15, 28, 75, 125), (13, 47, 40, 30)
    with _page() as pdf:
        y = 30.0
        for row in rows:
            bottom = y + 5
            for x, w, cell in zip(xs, widths, row, strict=True):
                pdf.set_xy(x, y)
                if cell == remark:
                    pdf.multi_cell(w, 5, cell)  # wraps within its 40 mm (justified)
                    bottom = max(bottom, pdf.get_y())
                else:
                    pdf.cell(w, 5, cell)
            y = bottom
        text = extract_page_texts(bytes(pdf.output()))[0]
    lines = text.split("\n")
    assert len(lines) > len(rows), text  # the remark took more than one line
    header, first, *continued, last = lines
    head_cells = _cells(header)
    remarks_at = head_cells[2][0]
    cells = _cells(first)
    assert [c for _, c in cells][:2] == ["1", "DON QUIJOTE"]
    assert cells[-1][1] == "9138525" and cells[-1][0] == head_cells[3][0]
    assert cells[2][0] == remarks_at
    for line in continued:  # only the remark, starting under "Remarks"
        assert len(line) - len(line.lstrip(" ")) == remarks_at, text
        assert len(_cells(line.strip())) == 1
    wrapped = [cells[2][1], *(line.strip() for line in continued)]
    assert " ".join(wrapped) == remark
    assert [offset for offset, _ in _cells(last)] == [offset for offset, _ in head_cells]
    assert [c for _, c in _cells(last)] == list(rows[2])


def test_blocks_apart_on_the_page_are_separated_by_a_blank_line() -> None:
    with _page() as pdf:
        pdf.set_xy(20, 30)
        pdf.multi_cell(100, 5, "Vessel: DON QUIJOTE\nFlag: ESP", align="L")
        pdf.set_xy(20, 60)
        pdf.multi_cell(100, 5, "Owner: PESCA SL\nPort: Vigo", align="L")
        pdf_bytes = bytes(pdf.output())
    text = extract_page_texts(pdf_bytes)[0]
    assert text == "Vessel: DON QUIJOTE\nFlag: ESP\n\nOwner: PESCA SL\nPort: Vigo"
    assert "\n\n" not in extract_pages_plain(pdf_bytes)[0].text  # what the plain text loses


def test_rotated_pages_labels_and_empty_pages() -> None:
    pdf = FPDF()
    pdf.set_font("helvetica", size=10)
    pdf.add_page()  # the whole table turned a quarter (landscape content on a portrait page)
    with pdf.rotation(90, 105, 148):
        for r, row in enumerate(ROWS):
            for c, cell in enumerate(row):
                pdf.text(COLUMN_X[c] + 40, 120 + ROW_PITCH * r, cell)
    pdf.add_page()  # an upright table with a label running up the margin
    for r, row in enumerate(ROWS):
        for c, cell in enumerate(row):
            pdf.text(COLUMN_X[c], 30 + ROW_PITCH * r, cell)
    with pdf.rotation(90, 8, 60):
        pdf.text(8, 60, "Registry copy, not for sale")
    pdf.add_page()  # no text at all
    pdf.line(10, 10, 100, 100)
    turned, labelled, empty = extract_page_texts(bytes(pdf.output()))
    _assert_table(turned, ROWS)
    table, label = labelled.split("\n\n")
    _assert_table(table, ROWS)
    assert label == "Registry copy, not for sale"
    assert empty == ""


def test_an_indented_first_line_keeps_its_other_columns_aligned() -> None:
    rows = [("", "Vessel name", "Flag"), ("1", "DON QUIJOTE", "ESP"), ("2", "LATE EIGHT", "NOR")]
    with _page() as pdf:
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                if cell:
                    pdf.text(COLUMN_X[c], 30 + ROW_PITCH * r, cell)
        text = extract_page_texts(bytes(pdf.output()))[0]
    header, *body = text.split("\n")
    # The normalisation strips the page's leading spaces; the header's first cell is empty,
    # so "Vessel name" moves left, but "Flag" stays over its column.
    assert header.startswith("Vessel name")
    assert _cells(header)[1] == (_cells(body[0])[2][0], "Flag")


def test_word_gaps_stay_one_space_and_text_is_normalised() -> None:
    prose = "The master of the reefer declared 279.0 t of frozen catch on board the vessel"
    with _page() as pdf:
        pdf.set_xy(15, 20)
        pdf.multi_cell(60, 5, prose)  # justified: word gaps wider than a space
        pdf.set_font("helvetica", size=8)
        pdf.text(15, 60, "Latin-1 text: CAF\u00c9 NO.1, se\u00f1or")
        pdf_bytes = bytes(pdf.output())
    text = extract_page_texts(pdf_bytes)[0]
    *wrapped, blank, latin = text.split("\n")
    assert len(wrapped) > 1 and blank == ""
    # One space a word gap, however stretched. (The lines start one column in: multi_cell
    # pads its text, the Latin-1 line is drawn at the margin itself.)
    assert all(line.startswith(" ") for line in wrapped[1:])
    assert " ".join(line.strip() for line in wrapped) == prose
    assert latin == "Latin-1 text: CAF\u00c9 NO.1, se\u00f1or"
    assert normalize_page_text(text) == text  # stored as is: the hash is of this text


def test_a_hyphen_that_ends_a_line_is_kept_with_the_line_break() -> None:
    with _page() as pdf:
        pdf.set_xy(15, 20)
        pdf.multi_cell(80, 5, "Transhipment at sea is prohi-\nbited unless authorized", align="L")
        pdf_bytes = bytes(pdf.output())
    # PDFium marks the hyphen as a soft one and joins the lines; the layout keeps both as drawn.
    assert "prohibited" in extract_pages_plain(pdf_bytes)[0].text
    assert extract_page_texts(pdf_bytes)[0] == (
        "Transhipment at sea is prohi-\nbited unless authorized"
    )


def _pages_rows(pdf_bytes: bytes, doc_id: str, run: str, plain: bool) -> pa.Table:
    """Staged raw_pages rows, as ingest_batch stages them, for the plain or the layout pass."""
    extract = extract_pages_plain if plain else extract_pages
    rows = [
        {
            "doc_id": doc_id,
            "page_num": page.page_num,
            "text": page.text,
            "text_raw": None,
            "ocr_engine": PLAIN_ENGINE if plain else ENGINE,
            "ocr_model_version": PLAIN_ENGINE_VERSION if plain else ENGINE_VERSION,
            "ocr_runtime_ms": page.runtime_ms,
            "ocr_run_id": run,
        }
        for page in extract(pdf_bytes)
    ]
    return pa.Table.from_pylist(rows, PAGES_SCHEMA)


def _load_pages(conn: duckdb.DuckDBPyConnection, table: pa.Table, run: str) -> int:
    variables = {"batch_id": "b1", "dagster_run_id": run}
    with registered(conn, {"_incoming_pages": table}), transaction(conn):
        return int(run_sql_file(conn, "load_raw_pages.sql", variables)[0][0])


def test_raw_ingestion_stores_the_layout_pass_beside_the_plain_one(
    local_store: LocalStore, raw_db: DuckDBDatabase
) -> None:
    assert ENGINE == "pypdfium2-layout" and PLAIN_ENGINE == "pypdfium2"
    assert ENGINE_VERSION.startswith(f"layout-{LAYOUT_VERSION}/") and ENGINE_VERSION != (
        PLAIN_ENGINE_VERSION
    )
    pdf_bytes = _table_pdf(by_column=True)
    receipt = store_document(local_store, "b1", pdf_bytes, "register.pdf")
    plain = _pages_rows(pdf_bytes, receipt.doc_id, "earlier-run", plain=True)
    with raw_db.connect() as conn:
        # The page as the earlier, plain pass stored it.
        assert _load_pages(conn, plain, "earlier-run") == 1
        load = ingest_batch(local_store, conn, "b1", "run-1")
        assert (load.documents_inserted, load.pages_inserted) == (1, 1)
        stored = conn.execute(
            "SELECT ocr_engine, ocr_model_version, text, text_sha256, ocr_run_id FROM raw_pages "
            "ORDER BY loaded_at"
        ).fetchall()
        latest = conn.execute("SELECT ocr_engine, text FROM vw_argilla_pages").fetchall()
        # Loading either pass again adds nothing: the key is (engine, version, text).
        assert _load_pages(conn, plain, "again") == 0
        layout = _pages_rows(pdf_bytes, receipt.doc_id, "again", plain=False)
        assert _load_pages(conn, layout, "again") == 0
    layout_text = extract_page_texts(pdf_bytes)[0]
    plain_text = plain["text"][0].as_py()
    assert stored == [
        (PLAIN_ENGINE, PLAIN_ENGINE_VERSION, plain_text, sha256_hex(plain_text), "earlier-run"),
        (ENGINE, ENGINE_VERSION, layout_text, sha256_hex(layout_text), "run-1"),
    ]
    assert latest == [(ENGINE, layout_text)]  # what Argilla shows: the latest pass
    _assert_table(layout_text, ROWS)
