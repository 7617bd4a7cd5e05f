"""External OCR drops: validation of real Parquet bytes, and DeepSeek-OCR text cleaning."""

from __future__ import annotations

import random
import re
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from oceanid_assets.ingest.ocr_drop import (
    DOCUMENTS_SCHEMA,
    PAGES_SCHEMA,
    InvalidOcrDrop,
    OcrDrop,
    build_ocr_drop_files,
    clean_ocr_text,
    read_ocr_drop,
)
from oceanid_assets.ingest.text import normalize_page_text

DOC_A = "0190a5b2-7c1e-7d3a-9f00-0123456789ab"  # UUIDv7
DOC_B = "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b"  # UUIDv4
DOCS_KEY = "ocr/b1/documents/part-0.parquet"
PAGES_KEY = "ocr/b1/pages/part-0.parquet"
PAGES_KEY_2 = "ocr/b1/pages/part-1.parquet"

EXAMPLE = (
    "<|ref|>title<|/ref|><|det|>[[120, 40, 880, 92]]<|/det|>\n"
    "# RECORD OF AUTHORIZED VESSELS\n"
    "\n"
    "<|ref|>text<|/ref|><|det|>[[100, 110, 900, 160]]<|/det|>\n"
    "The vessel SERGEY BOCHKAREV (IMO 8907022) ...\n"
    "\n"
    "<|ref|>table<|/ref|><|det|>[[50, 200, 950, 700]]<|/det|>\n"
    "<table><tr><td>Vessel Name</td><td>IMO</td></tr>"
    "<tr><td>DON QUIJOTE</td><td>9138525</td></tr></table>\n"
)
EXAMPLE_CLEAN = (
    "RECORD OF AUTHORIZED VESSELS\n"
    "\n"
    "The vessel SERGEY BOCHKAREV (IMO 8907022) ...\n"
    "\n"
    "Vessel Name\tIMO\n"
    "DON QUIJOTE\t9138525"
)


def _docs(*ids: str) -> list[dict[str, Any]]:
    return [{"doc_id": i, "filename": f"{i[:4]}.pdf", "page_count": 2} for i in ids]


def _page(doc_id: str, page_num: int, text: str = "text", **extra: Any) -> dict[str, Any]:
    return {"doc_id": doc_id, "page_num": page_num, "text": text, **extra}


def _parquet(table: pa.Table) -> bytes:
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink)
    return bytes(sink.getvalue().to_pybytes())


def _read(docs: list[dict[str, Any]], pages: list[dict[str, Any]]) -> OcrDrop:
    docs_bytes, pages_bytes = build_ocr_drop_files(docs, pages)
    return read_ocr_drop([(DOCS_KEY, docs_bytes)], [(PAGES_KEY, pages_bytes)])


def _error(docs: list[dict[str, Any]], pages: list[dict[str, Any]]) -> str:
    with pytest.raises(InvalidOcrDrop) as info:
        _read(docs, pages)
    return str(info.value)


# --- cleaning ----------------------------------------------------------------------------


def test_example_page_cleans_to_exact_text() -> None:
    assert clean_ocr_text(EXAMPLE) == EXAMPLE_CLEAN


def test_plain_text_only_normalised() -> None:
    raw = "Vessel: DON QUIJOTE  \r\nFlag: ES\n\nIMO 9138525 — café\n"
    assert clean_ocr_text(raw) == normalize_page_text(raw)
    assert clean_ocr_text(raw) == "Vessel: DON QUIJOTE\nFlag: ES\n\nIMO 9138525 — café"


def test_grounding_with_several_boxes_and_stray_tokens_removed() -> None:
    raw = (
        "<|grounding|>Intro\n"
        "<|ref|>image<|/ref|><|det|>[[1, 2, 3, 4], [5, 6, 7, 8]]<|/det|>\n"
        "caption <|det|>[[9, 9, 9, 9]]<|/det|>here<|/ref|> and <|ref|>there"
    )
    assert clean_ocr_text(raw) == "Intro\ncaption here and there"


def test_headings_lose_markers_but_keep_text() -> None:
    raw = "# Title\n## Sub title\nnot a #heading\n#hashtag\n&#35; literal hash"
    assert clean_ocr_text(raw) == "Title\nSub title\nnot a #heading\n#hashtag\n# literal hash"


def test_runs_of_blank_lines_collapse_to_one() -> None:
    assert clean_ocr_text("a\n\n\n\n \n\nb\n\nc") == "a\n\nb\n\nc"


def test_entities_unescaped_in_text_and_cells() -> None:
    raw = (
        "BARENTS &amp; CO &lt;LTD&gt; &#39;x&#x27;\n"
        "<table><tr><th>Owner &amp; Operator</th><td>A&nbsp;B &quot;C&quot;</td></tr></table>"
    )
    # A no-break space is whitespace, so it collapses with the rest of the cell.
    assert clean_ocr_text(raw) == "BARENTS & CO <LTD> 'x'\nOwner & Operator\tA B \"C\""


def test_bare_ampersands_in_text_are_not_entities() -> None:
    # html.unescape would read "&not" as "¬"; OCR'd company names must survive.
    assert clean_ocr_text("R&D &notes AT&T") == "R&D &notes AT&T"


def test_escaped_table_markup_in_text_stays_text() -> None:
    assert clean_ocr_text("&lt;table&gt;&lt;tr&gt;") == "<table><tr>"


def test_multiple_tables_each_row_a_line_with_text_between() -> None:
    raw = (
        "Before<table><tr><th>Name</th><th>Flag</th></tr>"
        "<tr><td>  ALPHA\n  ONE </td><td colspan=2>RU</td></tr></table>"
        "Between\n"
        "<TABLE border='1'><tbody><TR><TD>x<br>y</TD><TD></TD><TD>z</TD></TR></tbody></TABLE>after"
    )
    assert clean_ocr_text(raw) == ("Before\nName\tFlag\nALPHA ONE\tRU\nBetween\nx y\t\tz\nafter")


def test_nested_table_flattens_into_its_cell() -> None:
    raw = (
        "<table><tr><td>Vessel</td><td>"
        "<table><tr><td>IMO</td><td>9138525</td></tr><tr><td>MMSI</td><td>224</td></tr></table>"
        "</td></tr><tr><td>Flag</td><td>ES</td></tr></table>"
    )
    assert clean_ocr_text(raw) == "Vessel\tIMO 9138525 MMSI 224\nFlag\tES"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("<table><tr><td>A<td>B<tr><td>C", "A\tB\nC"),  # nothing closed
        ("<table><tr><td>a <b", "a <b"),  # cut mid-tag
        ("x</table> y", "x y"),  # closing tag without a table
        ("a <table and more", "a <table and more"),  # not a tag at all
        ("<td>x</td>", "<td>x</td>"),  # cells outside a table are left alone
        ("<table><tr><td>x</ w <tr>y", "x</ w\ny"),  # not a bogus comment eating text
        ("<table><tr><td><Vessel name> z</foo>", "<Vessel name> z</foo>"),  # not HTML
        ("<table>caption<tr>loose<td>c</td></tr>tail</table>", "caption\nloose\tc\ntail"),
        ("<table><tr><td>5<6 & 7</td></tr></table>", "5<6 & 7"),
        ("<|ref|>title<|/ref|>Heading", "titleHeading"),  # no det: only tokens go
        ("<|det|>[[1, 2]] words", "[[1, 2]] words"),  # unclosed det: text kept
        ("", ""),
    ],
)
def test_malformed_markup_keeps_text(raw: str, expected: str) -> None:
    assert clean_ocr_text(raw) == expected


def test_random_tag_soup_never_raises_or_loses_words() -> None:
    fragments = [
        "<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th colspan=2>", "<br>",
        "<|ref|>", "<|/ref|>", "<|det|>", "<|/det|>", "<|grounding|>", "<", ">", "&", "&amp;",
        "\n", "\n\n\n", "# ", " ", "\t", "</", "<?", "</x>", "<Vessel>", "<b>", "=", '"',
    ]  # fmt: skip
    rng = random.Random(20240521)
    for _ in range(500):
        words = [f"w{rng.randrange(10**6)}" for _ in range(rng.randrange(1, 8))]
        parts = [rng.choice(fragments) for _ in range(rng.randrange(0, 12))]
        for word in words:
            parts.insert(rng.randrange(len(parts) + 1), f" {word} ")
        raw = "".join(parts)
        clean = clean_ocr_text(raw)
        # A word may only vanish inside a <|det|> pair, which is markup.
        if "<|det|>" not in raw:
            for word in words:
                assert word in clean, (raw, clean)


# --- reading a drop --------------------------------------------------------------------


def test_happy_path_counts_schema_and_columns() -> None:
    pages = [
        _page(DOC_A, 2, "page two", engine="deepseek-ocr-2", ocr_runtime_ms=12),
        _page(DOC_A, 1, EXAMPLE, ocr_model_version="v1.0", ocr_runtime_ms=950.5),
        _page(DOC_B.upper(), 1, ""),
    ]
    drop = _read(_docs(DOC_A, DOC_B), pages)

    assert drop.documents.schema == DOCUMENTS_SCHEMA
    assert drop.pages.schema == PAGES_SCHEMA
    assert drop.documents.num_rows == 2
    assert drop.pages.num_rows == 3
    rows = drop.pages.to_pylist()
    assert [(r["doc_id"], r["page_num"]) for r in rows] == [(DOC_A, 1), (DOC_A, 2), (DOC_B, 1)]
    assert rows[0]["text"] == EXAMPLE_CLEAN
    assert rows[0]["text_raw"] == EXAMPLE  # verbatim, grounding and all
    assert rows[0]["ocr_model_version"] == "v1.0"
    assert rows[0]["ocr_runtime_ms"] == 950.5
    assert rows[1]["ocr_engine"] == "deepseek-ocr-2"
    assert rows[1]["ocr_runtime_ms"] == 12.0
    assert rows[2]["ocr_engine"] == "deepseek-ocr"  # default where the column is null
    assert rows[2]["text"] == "" and rows[2]["ocr_runtime_ms"] is None
    docs = drop.documents.to_pylist()
    assert docs[0] == {
        "doc_id": DOC_A, "doc_sha256": None, "filename": "0190.pdf", "page_count": 2,
        "source_key": None,
    }  # fmt: skip


def test_optional_columns_absent_become_nulls_or_their_stated_fill() -> None:
    drop = _read([{"doc_id": DOC_A}], [_page(DOC_A, 1), _page(DOC_A, 3)])
    assert drop.documents.column("filename").to_pylist() == [None]
    assert drop.documents.column("page_count").to_pylist() == [3]  # highest page_num dropped
    assert drop.pages.column("ocr_engine").to_pylist() == ["deepseek-ocr"] * 2
    assert drop.pages.column("ocr_model_version").to_pylist() == ["unknown"] * 2
    assert drop.pages.column("ocr_runtime_ms").to_pylist() == [None] * 2


def test_int32_page_num_and_large_string_text_are_cast() -> None:
    docs_bytes, _ = build_ocr_drop_files(_docs(DOC_A), [])
    pages = pa.table(
        {
            "doc_id": pa.array([DOC_A, DOC_A], pa.large_string()),
            "page_num": pa.array([1, 2], pa.int32()),
            "text": pa.array(["# one", "two"], pa.large_string()),
            "ocr_runtime_ms": pa.array([5, 6], pa.int64()),
        }
    )
    drop = read_ocr_drop([(DOCS_KEY, docs_bytes)], [(PAGES_KEY, _parquet(pages))])
    assert drop.pages.schema == PAGES_SCHEMA
    assert drop.pages.column("page_num").to_pylist() == [1, 2]
    assert drop.pages.column("text").to_pylist() == ["one", "two"]
    assert drop.pages.column("text_raw").to_pylist() == ["# one", "two"]


def test_pages_spread_over_files_and_documents_as_table() -> None:
    docs_bytes, first = build_ocr_drop_files(
        pa.Table.from_pylist(_docs(DOC_A, DOC_B)), [_page(DOC_A, 1)]
    )
    _, second = build_ocr_drop_files([], [_page(DOC_B, 1), _page(DOC_A, 2)])
    drop = read_ocr_drop([(DOCS_KEY, docs_bytes)], [(PAGES_KEY, first), (PAGES_KEY_2, second)])
    assert drop.pages.num_rows == 3
    assert drop.documents.column("doc_id").to_pylist() == [DOC_A, DOC_B]


def test_no_pages_files() -> None:
    docs_bytes, _ = build_ocr_drop_files(_docs(DOC_A), [])
    with pytest.raises(InvalidOcrDrop, match="no pages files"):
        read_ocr_drop([(DOCS_KEY, docs_bytes)], [])


@pytest.mark.parametrize("data", [b"", b"PAR1 not really parquet", b"%PDF-1.7\n"])
def test_not_parquet_names_the_key(data: bytes) -> None:
    _, pages_bytes = build_ocr_drop_files([], [_page(DOC_A, 1)])
    with pytest.raises(InvalidOcrDrop, match="not a readable Parquet") as info:
        read_ocr_drop([(DOCS_KEY, data)], [(PAGES_KEY, pages_bytes)])
    assert DOCS_KEY in str(info.value)


@pytest.mark.parametrize("column", ["doc_id", "page_num", "text"])
def test_missing_required_page_column(column: str) -> None:
    page = _page(DOC_A, 1)
    del page[column]
    message = _error(_docs(DOC_A), [page])
    assert PAGES_KEY in message
    assert f"missing required column {column!r}" in message
    assert all(repr(found) in message for found in page)  # the columns that are there


def test_missing_doc_id_in_documents() -> None:
    message = _error([{"filename": "a.pdf"}], [_page(DOC_A, 1)])
    assert DOCS_KEY in message and "'doc_id'" in message and "'filename'" in message


@pytest.mark.parametrize(
    ("column", "array"),
    [
        ("text", pa.array([1], pa.int64())),  # numbers are not page text
        ("page_num", pa.array(["1"], pa.string())),
        ("page_num", pa.array([2**40], pa.int64())),  # does not fit int32
        ("page_num", pa.array([1.5], pa.float64())),
        ("ocr_runtime_ms", pa.array(["fast"], pa.string())),
        ("doc_id", pa.array([7], pa.int64())),
    ],
)
def test_uncastable_type_names_key_and_column(column: str, array: pa.Array) -> None:
    docs_bytes, _ = build_ocr_drop_files(_docs(DOC_A), [])
    columns = {"doc_id": pa.array([DOC_A]), "page_num": pa.array([1]), "text": pa.array(["t"])}
    columns[column] = array
    with pytest.raises(InvalidOcrDrop) as info:
        read_ocr_drop([(DOCS_KEY, docs_bytes)], [(PAGES_KEY, _parquet(pa.table(columns)))])
    assert PAGES_KEY in str(info.value)
    assert f"column {column!r}" in str(info.value)


@pytest.mark.parametrize("column", ["doc_id", "page_num", "text"])
def test_null_required_values_name_key_and_rows(column: str) -> None:
    pages = [_page(DOC_A, n) for n in range(1, 6)]
    pages[1][column] = None
    pages[3][column] = None
    message = _error(_docs(DOC_A), pages)
    assert PAGES_KEY in message
    assert f"null {column!r} at rows 1, 3" in message


def test_null_doc_id_in_documents() -> None:
    message = _error([{"doc_id": DOC_A}, {"doc_id": None}], [_page(DOC_A, 1)])
    assert DOCS_KEY in message and "null 'doc_id' at rows 1" in message


@pytest.mark.parametrize(
    "bad", ["doc-17", "0190a5b2-7c1e-7d3a-9f00-0123456789abc", "", " " + DOC_A]
)
def test_doc_id_not_a_uuid(bad: str) -> None:
    message = _error(_docs(DOC_A), [_page(DOC_A, 1), _page(bad, 2)])
    assert PAGES_KEY in message and "not a UUID" in message and f"({bad}, 2)" in message
    message = _error([{"doc_id": bad}], [_page(DOC_A, 1)])
    assert DOCS_KEY in message and "not a UUID" in message and bad in message


@pytest.mark.parametrize("page_num", [0, -3])
def test_page_num_below_one(page_num: int) -> None:
    message = _error(_docs(DOC_A), [_page(DOC_A, 1), _page(DOC_A, page_num)])
    assert PAGES_KEY in message and "page_num < 1" in message
    assert f"({DOC_A}, {page_num})" in message


def test_duplicate_pages_within_a_file() -> None:
    pages = [_page(DOC_A, 1), _page(DOC_A, 2), _page(DOC_A, 1), _page(DOC_A, 2), _page(DOC_A, 3)]
    message = _error(_docs(DOC_A), pages)
    assert PAGES_KEY in message and "2 duplicate (doc_id, page_num)" in message
    assert f"({DOC_A}, 1), ({DOC_A}, 2)" in message
    assert f"({DOC_A}, 3)" not in message


def test_duplicate_pages_across_files_name_both_files() -> None:
    docs_bytes, first = build_ocr_drop_files(
        _docs(DOC_A, DOC_B), [_page(DOC_A, 1), _page(DOC_B, 4)]
    )
    _, second = build_ocr_drop_files([], [_page(DOC_B, 4), _page(DOC_A, 2)])
    with pytest.raises(InvalidOcrDrop) as info:
        read_ocr_drop([(DOCS_KEY, docs_bytes)], [(PAGES_KEY, first), (PAGES_KEY_2, second)])
    message = str(info.value)
    assert PAGES_KEY in message and PAGES_KEY_2 in message
    assert f"({DOC_B}, 4)" in message and f"({DOC_A}, 1)" not in message


def test_duplicate_pages_differing_only_in_uuid_case() -> None:
    message = _error(_docs(DOC_A), [_page(DOC_A, 1), _page(DOC_A.upper(), 1)])
    assert "duplicate" in message and f"({DOC_A}, 1)" in message


def test_duplicates_listing_is_capped_at_five() -> None:
    pages = [_page(DOC_A, n) for n in range(1, 9)] * 2
    message = _error(_docs(DOC_A), pages)
    assert "8 duplicate" in message
    assert len(re.findall(rf"\({DOC_A}, \d\)", message)) == 5


def test_duplicate_document_rows() -> None:
    message = _error(_docs(DOC_A, DOC_B, DOC_A), [_page(DOC_A, 1)])
    assert DOCS_KEY in message and "duplicate (doc_id)" in message and DOC_A in message


def test_pages_for_unknown_documents() -> None:
    unknown = [f"00000000-0000-4000-8000-00000000000{n}" for n in range(7)]
    pages = [_page(DOC_A, 1)] + [_page(doc, 1) for doc in unknown]
    message = _error(_docs(DOC_A), pages)
    assert PAGES_KEY in message and "not in any documents file" in message
    assert all(doc in message for doc in unknown[:5]) and "and 2 more" in message
    assert DOC_A not in message


def test_pages_without_any_documents_file() -> None:
    _, pages_bytes = build_ocr_drop_files([], [_page(DOC_A, 1)])
    with pytest.raises(InvalidOcrDrop, match="not in any documents file") as info:
        read_ocr_drop([], [(PAGES_KEY, pages_bytes)])
    assert DOC_A in str(info.value)


def test_one_bad_file_fails_the_whole_drop() -> None:
    docs_bytes, good = build_ocr_drop_files(_docs(DOC_A), [_page(DOC_A, 1)])
    _, bad = build_ocr_drop_files([], [_page(DOC_A, 0)])
    with pytest.raises(InvalidOcrDrop) as info:
        read_ocr_drop([(DOCS_KEY, docs_bytes)], [(PAGES_KEY, good), (PAGES_KEY_2, bad)])
    assert PAGES_KEY_2 in str(info.value) and PAGES_KEY not in str(info.value)


def test_build_ocr_drop_files_keeps_keys_missing_from_first_row() -> None:
    _, pages_bytes = build_ocr_drop_files([], [_page(DOC_A, 1), _page(DOC_A, 2, engine="x")])
    table = pq.read_table(pa.BufferReader(pages_bytes))
    assert table.column("engine").to_pylist() == [None, "x"]
