"""Records file → bulk-upsert items: what Argilla would refuse is left out and counted per record;
and sql/merge_suggestions_for_argilla.sql run on real Parquet files."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from oceanid_assets.argilla.records import RecordsFileError, prepare_records
from oceanid_assets.argilla.settings import guidelines_markdown
from oceanid_assets.db.sql import set_variables, sql_text
from oceanid_assets.labelset import LABELSET

TEXT = "Name of vessel: OCEAN STAR IMO 9074729 MMSI 273214530"


def _suggestion(spans: list[tuple[int, int, str]], scores: list[float] | None = None) -> str:
    return json.dumps(
        [
            {
                "question_name": "entities",
                "value": [{"start": s, "end": e, "label": label} for s, e, label in spans],
                "score": scores if scores is not None else [0.9] * len(spans),
                "agent": "rules-v1",
            }
        ]
    )


def _records(rows: list[tuple[str, str, str]]) -> pa.Table:
    return pa.table(
        {
            "id": [r[0] for r in rows],
            "text": [r[1] for r in rows],
            "metadata": [
                {"doc_id": r[0].split(":")[0], "page_num": 1, "min_confidence": None} for r in rows
            ],
            "suggestions_json": [r[2] for r in rows],
        }
    )


def test_valid_spans_pass_through_with_scores_and_question_id() -> None:
    imo = TEXT.index("9074729")
    prepared = prepare_records(
        _records([("d1:1", TEXT, _suggestion([(16, 26, "VESSEL_NAME"), (imo, imo + 7, "IMO")]))]),
        "q-1",
        "file.parquet",
    )
    (item,) = prepared.items
    assert item["external_id"] == "d1:1" and item["fields"] == {"text": TEXT}
    # None-valued metadata is left unset; extra keys never reach Argilla.
    assert item["metadata"] == {"doc_id": "d1", "page_num": 1}
    (suggestion,) = item["suggestions"]
    assert suggestion["question_id"] == "q-1" and suggestion["agent"] == "rules-v1"
    assert [TEXT[v["start"] : v["end"]] for v in suggestion["value"]] == ["OCEAN STAR", "9074729"]
    assert suggestion["score"] == [0.9, 0.9]
    assert prepared.rejected == [] and prepared.spans == 2


def test_refused_spans_are_left_out_and_counted_per_record() -> None:
    bad = _suggestion(
        [
            (16, 26, "VESSEL_NAME"),
            (20, 30, "IMO"),  # overlaps the name
            (50, 99, "MMSI"),  # past the end of the text
            (5, 5, "FLAG"),  # empty
            (0, 4, "NOT_A_LABEL"),
        ]
    )
    prepared = prepare_records(
        _records([("d1:1", TEXT, bad), ("d1:2", TEXT, _suggestion([(0, 4, "VESSEL_NAME")]))]),
        "q",
        "file.parquet",
    )
    assert len(prepared.items) == 2  # both pages still go in
    assert [v["label"] for v in prepared.items[0]["suggestions"][0]["value"]] == ["VESSEL_NAME"]
    assert prepared.rejected_by_record() == {"d1:1": 4}
    assert prepared.rejected_by_reason() == {
        "outside the text": 1,
        "end not after start": 1,
        "unknown label": 1,
        "overlap": 1,
    }


def test_score_list_of_wrong_length_rejects_those_spans() -> None:
    prepared = prepare_records(
        _records([("d1:1", TEXT, _suggestion([(16, 26, "VESSEL_NAME")], scores=[]))]), "q", "f"
    )
    assert prepared.items[0]["suggestions"] == []
    assert prepared.rejected_by_reason() == {"score missing or outside [0, 1]": 1}


@pytest.mark.parametrize(
    ("table", "message"),
    [
        (pa.table({"id": ["a"], "text": ["x"]}), "missing column(s) metadata, suggestions_json"),
        (_records([("d:1", "x", "[]"), ("d:1", "y", "[]")]), "duplicate record id(s) ['d:1']"),
        (_records([("d:1", "x", "{not json")]), "record d:1: suggestions_json"),
    ],
)
def test_unusable_files_fail_naming_the_file(table: pa.Table, message: str) -> None:
    with pytest.raises(RecordsFileError, match=r"^in\.parquet: ") as info:
        prepare_records(table, "q", "in.parquet")
    assert message in str(info.value)


def test_guidelines_come_from_the_labelset() -> None:
    text = guidelines_markdown()
    assert all(f"`{label.name}` | {label.guideline}" in text for label in LABELSET)


def test_merge_sql_joins_pages_and_suggestions_on_the_same_text(tmp_path: Path) -> None:
    pages = pa.table(
        {
            "doc_id": ["d1", "d1", "d2"],
            "page_num": pa.array([1, 2, 1], pa.int32()),
            "text": [TEXT, "blank page", TEXT],
            "text_sha256": ["h1", "h2", "h3"],
            "batch_id": ["b"] * 3,
            "ocr_engine": ["pdfium"] * 3,
            "ocr_model_version": ["1"] * 3,
            "object_key": ["uploads/b/d1.pdf", "uploads/b/d1.pdf", "uploads/b/d2.pdf"],
            "filename": ["d1.pdf", "d1.pdf", "d2.pdf"],
            "source": ["upload"] * 3,
        }
    )
    spans = pa.table(
        {
            "doc_id": ["d1", "d1", "d2"],
            "page_num": pa.array([1, 1, 1], pa.int32()),
            "label": ["IMO", "VESSEL_NAME", "IMO"],
            "start": pa.array([31, 16, 31], pa.int32()),
            "end": pa.array([38, 26, 38], pa.int32()),
            # d2's suggestion was made on an older text: it must not attach to the new one.
            "text_sha256": ["h1", "h1", "stale"],
            "confidence": [0.99, 0.8, 0.99],
            "model": ["rules-v1", "llm:qwen2.5:7b@q4+rules-v1", "rules-v1"],
        }
    )
    pq.write_table(pages, tmp_path / "pages.parquet")
    pq.write_table(spans, tmp_path / "suggestions.parquet")
    with duckdb.connect() as conn:
        set_variables(
            conn,
            {
                "pages_uri": str(tmp_path / "pages.parquet"),
                "suggestions_uri": str(tmp_path / "suggestions.parquet"),
                "labelset_version": "v1",
            },
        )
        conn.execute(sql_text("merge_suggestions_for_argilla.sql"))
        rows = conn.sql("FROM argilla_records").to_arrow_table().to_pylist()
    assert [r["id"] for r in rows] == ["d1:1", "d1:2", "d2:1"]
    first = rows[0]
    assert (
        first["metadata"]["text_sha256"] == "h1" and first["metadata"]["labelset_version"] == "v1"
    )
    assert first["metadata"]["min_confidence"] == 0.8
    assert first["metadata"]["object_key"] == "uploads/b/d1.pdf"
    (suggestion,) = json.loads(first["suggestions_json"])
    assert suggestion["value"] == [
        {"start": 16, "end": 26, "label": "VESSEL_NAME"},
        {"start": 31, "end": 38, "label": "IMO"},
    ]
    assert suggestion["score"] == [0.8, 0.99]
    # Agents are joined with a space and cleaned to Argilla's agent alphabet.
    assert suggestion["agent"] == "llm:qwen2.5:7b_q4 rules-v1"
    assert rows[1]["suggestions_json"] == "[]" and rows[1]["metadata"]["suggestion_count"] == 0
    assert rows[2]["suggestions_json"] == "[]"  # the stale suggestion did not attach
    # The file's output goes through prepare_records without a single rejected span.
    prepared = prepare_records(pa.Table.from_pylist(rows), "q", "argilla_records.parquet")
    assert prepared.rejected == [] and prepared.spans == 2
