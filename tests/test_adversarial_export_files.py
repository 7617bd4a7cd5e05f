"""Export files with values out of range: every one is an ExportFileError that names the file,
the record and the field, in every layout a person may drop (nested JSON, flattened JSON Lines,
flattened Parquet); nothing else escapes (no OverflowError, no Arrow error)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from oceanid_assets.annotations.export_files import ExportFileError, read_export_file

DATASET = "vessels_ocr_b"
TEXT = "Name of vessel: SERGEY BOCHKAREV IMO number: 8907022"
IMO = {"label": "IMO", "start": 45, "end": 52}
INT32_MAX = 2**31 - 1


def _nested(record_id: str, spans: list[Any], metadata: dict[str, Any] | None = None) -> bytes:
    row = {
        "id": record_id,
        "fields": {"text": TEXT},
        "metadata": metadata or {},
        "status": "completed",
        "responses": {"entities": [{"value": spans, "user_id": "u-1"}]},
    }
    return json.dumps([row]).encode()


def _flat_row(record_id: str, spans: list[Any], metadata: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": record_id,
        "text": TEXT,
        "status": "completed",
        **metadata,
        "entities.responses": [spans],
        "entities.responses.users": ["u-1"],
        "entities.responses.status": ["submitted"],
    }


def _jsonl(record_id: str, spans: list[Any], metadata: dict[str, Any] | None = None) -> bytes:
    return (json.dumps(_flat_row(record_id, spans, metadata or {})) + "\n").encode()


def _parquet(record_id: str, spans: list[Any], metadata: dict[str, Any] | None = None) -> bytes:
    sink = pa.BufferOutputStream()
    pq.write_table(pa.Table.from_pylist([_flat_row(record_id, spans, metadata or {})]), sink)
    return bytes(sink.getvalue().to_pybytes())


LAYOUTS = {"records.json": _nested, "export.jsonl": _jsonl, "export.parquet": _parquet}

# (case id, spans, field the message names)
SPAN_CASES: list[tuple[str, list[Any], str]] = [
    ("start-10e20", [{"label": "IMO", "start": 10**20, "end": 10**20 + 7}], "start"),
    ("end-10e20", [{"label": "IMO", "start": 45, "end": 10**20}], "end"),
    ("start-beyond-int64", [{"label": "IMO", "start": 2**63, "end": 2**63 + 1}], "start"),
    ("start-beyond-int32", [{"label": "IMO", "start": 2**31, "end": 2**31 + 7}], "start"),
    ("end-beyond-int32", [{"label": "IMO", "start": 45, "end": 2**31}], "end"),
    ("start-negative", [{"label": "IMO", "start": -1, "end": 52}], "start"),
    ("end-negative", [IMO, {"label": "IMO", "start": -9, "end": -2}], "start"),
    ("empty-span", [{"label": "IMO", "start": 45, "end": 45}], "end"),
    ("backwards-span", [{"label": "IMO", "start": 52, "end": 45}], "end"),
    ("start-text", [{"label": "IMO", "start": "45", "end": 52}], "start"),
    ("end-fraction", [{"label": "IMO", "start": 45, "end": 51.5}], "end"),
    ("start-bool", [{"label": "IMO", "start": True, "end": 52}], "start"),
    ("start-missing", [{"label": "IMO", "end": 52}], "start"),
    ("label-number", [{"label": 7, "start": 45, "end": 52}], "label"),
]
# Parquet cannot hold a column mixing these types, or integers beyond int64.
JSON_ONLY = {"start-10e20", "end-10e20", "start-beyond-int64", "start-text", "start-bool"}

# (case id, record id, metadata, field the message names)
PAGE_CASES: list[tuple[str, str, dict[str, Any], str]] = [
    ("id-page-0", "doc-1:0", {}, "page"),
    ("id-page-000", "doc-1:000", {}, "page"),
    ("id-page-0-metadata-1", "doc-1:0", {"doc_id": "doc-1", "page_num": 1}, "page"),
    ("metadata-page-0", "doc-1:1", {"doc_id": "doc-1", "page_num": 0}, "page_num"),
    ("metadata-page-negative", "doc-1:1", {"doc_id": "doc-1", "page_num": -3}, "page_num"),
    ("metadata-page-text-0", "doc-1:1", {"doc_id": "doc-1", "page_num": "0"}, "page_num"),
    ("metadata-page-float-0", "doc-1:1", {"doc_id": "doc-1", "page_num": 0.0}, "page_num"),
    ("metadata-page-beyond-int32", "doc-1:1", {"doc_id": "doc-1", "page_num": 2**31}, "page_num"),
    ("metadata-page-float-1e20", "doc-1:1", {"doc_id": "doc-1", "page_num": 1e20}, "page_num"),
    ("metadata-page-text-huge", "doc-1:1", {"doc_id": "doc-1", "page_num": "9" * 12}, "page_num"),
]


def _check(error: pytest.ExceptionInfo[ExportFileError], key: str, record: str, field: str) -> None:
    message = str(error.value)
    assert message.startswith(f"{key}: "), message
    assert repr(record) in message, message
    assert field in message.removeprefix(f"{key}: ").replace(repr(record), ""), message


SPAN_PARAMS = [
    pytest.param(layout, spans, field, id=f"{case}-{layout}")
    for case, spans, field in SPAN_CASES
    for layout in sorted(LAYOUTS)
    if not (layout.endswith(".parquet") and case in JSON_ONLY)
]


@pytest.mark.parametrize(("layout", "spans", "field"), SPAN_PARAMS)
def test_a_span_out_of_range_names_the_file_the_record_and_the_field(
    layout: str, spans: list[Any], field: str
) -> None:
    key = f"argilla/out/{DATASET}/sme/{layout}"
    data = LAYOUTS[layout]("doc-1:1", spans)
    with pytest.raises(ExportFileError) as error:
        read_export_file(data, key, DATASET)
    _check(error, key, "doc-1:1", f"`{field}`")


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize(
    ("record_id", "metadata", "field"), [c[1:] for c in PAGE_CASES], ids=[c[0] for c in PAGE_CASES]
)
def test_a_page_number_below_1_or_too_large_names_the_file_the_record_and_the_field(
    layout: str, record_id: str, metadata: dict[str, Any], field: str
) -> None:
    key = f"argilla/out/{DATASET}/sme/{layout}"
    data = LAYOUTS[layout](record_id, [IMO], metadata)
    with pytest.raises(ExportFileError) as error:
        read_export_file(data, key, DATASET)
    _check(error, key, record_id, field)


def test_int64_spans_from_parquet_beyond_int32_are_refused() -> None:
    """A Parquet file's int64 column holds what the staged int32 columns cannot."""
    key = f"argilla/out/{DATASET}/export.parquet"
    data = _parquet("doc-1:1", [{"label": "IMO", "start": 2**40, "end": 2**40 + 7}])
    with pytest.raises(ExportFileError) as error:
        read_export_file(data, key, DATASET)
    _check(error, key, "doc-1:1", "`start`")


def test_the_valid_edges_still_load() -> None:
    """Page 1, a span from 0, one character long, and the largest int32 end."""
    spans = [{"label": "IMO", "start": 0, "end": 1}, {"label": "IMO", "start": 5, "end": INT32_MAX}]
    for layout, build in LAYOUTS.items():
        staged = read_export_file(build("doc-1:1", spans, {"page_num": 1}), layout, DATASET)
        assert staged.pages.column("page_num").to_pylist() == [1]
        assert staged.spans.select(["start", "end"]).to_pylist() == [
            {"start": 0, "end": 1},
            {"start": 5, "end": INT32_MAX},
        ]


@pytest.mark.parametrize(
    ("where", "value", "field"),
    [
        ("record", "0001-01-01T00:00:00+01:00", "updated_at"),
        ("record", "9999-12-31T23:59:59-01:00", "updated_at"),
        ("response", "0001-01-01T00:00:00+05:00", "response updated_at"),
    ],
)
def test_a_timestamp_outside_utc_years_1_9999_names_the_record(
    where: str, value: str, field: str
) -> None:
    row: dict[str, Any] = json.loads(_nested("doc-1:1", [IMO]))[0]
    if where == "record":
        row["updated_at"] = value
    else:
        row["responses"]["entities"][0]["updated_at"] = value
    with pytest.raises(ExportFileError) as error:
        read_export_file(json.dumps([row]).encode(), "records.json", DATASET)
    _check(error, "records.json", "doc-1:1", field)


def test_a_parquet_timestamp_python_cannot_hold_names_the_record_and_the_column() -> None:
    row = {**_flat_row("doc-1:1", [IMO], {}), "updated_at": datetime(2026, 3, 1)}
    before_year_1 = pa.array([-62_135_596_800_000_001], pa.timestamp("us"))
    table = pa.Table.from_pylist([row]).set_column(
        list(row).index("updated_at"), "updated_at", before_year_1
    )
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink)
    with pytest.raises(ExportFileError) as error:
        read_export_file(sink.getvalue().to_pybytes(), "export.parquet", DATASET)
    _check(error, "export.parquet", "doc-1:1", "updated_at")


@pytest.mark.parametrize(
    ("path", "field"),
    [
        (("fields", "text"), "text"),
        (("responses", "entities", 0, "value", 0, "label"), "label"),
        (("responses", "entities", 0, "user_id"), "annotator_id"),
        (("metadata", "text_sha256"), "text_sha256"),
    ],
)
def test_a_lone_surrogate_names_the_record_and_the_field(path: tuple[Any, ...], field: str) -> None:
    """JSON text can hold `\\ud800`, which no UTF-8 column (Arrow, DuckDB) can store."""
    row: dict[str, Any] = json.loads(_nested("doc-1:1", [dict(IMO)]))[0]
    target: Any = row
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = "SURROGATE"
    data = json.dumps([row]).encode().replace(b"SURROGATE", b"x\\ud800")
    with pytest.raises(ExportFileError) as error:
        read_export_file(data, "records.json", DATASET)
    _check(error, "records.json", "doc-1:1", field)
