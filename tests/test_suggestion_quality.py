"""sql/suggestion_quality.sql on a real DuckDB: each agent's suggestions against final spans."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow as pa
from dagster import DagsterInstance, materialize

from oceanid_assets.annotations.quality import record_suggestion_quality
from oceanid_assets.defs.batches import batch_partitions
from oceanid_assets.defs.learning.quality import suggestion_quality
from oceanid_assets.preannotate.run import SUGGESTIONS_SCHEMA
from oceanid_assets.resources.databases import DuckDBDatabase
from oceanid_assets.resources.object_store import ObjectStoreResource

DATASET = "vessels_ocr_b1"


def _export(conn: duckdb.DuckDBPyConnection, run: int) -> None:
    conn.execute(
        "INSERT INTO annotations_exports VALUES (?, ?, 'b1', now(), 1, 1, 'x', 'v1', 'g', "
        "'argilla-api', 'p', 's', 'r')",
        [run, DATASET],
    )


def _answer(
    conn: duckdb.DuckDBPyConnection,
    run: int,
    page: int,
    who: str,
    status: str,
    minute: int,
    spans: list[tuple[int, int, str]],
) -> None:
    record = f"D:{page}"
    conn.execute(
        "INSERT INTO annotations_pages VALUES (?, ?, ?, 'D', ?, 'h', ?, ?, "
        "TIMESTAMPTZ '2026-12-01 10:00:00+00' + to_minutes(?), NULL, NULL, ?, 'c', NULL, NULL)",
        [run, DATASET, record, page, who, status, minute, len(spans)],
    )
    for start, end, label in spans:
        conn.execute(
            "INSERT INTO annotations_spans VALUES (?, ?, ?, ?, 'D', ?, ?, ?, ?, NULL, ?, "
            "'valid', NULL, NULL)",
            [run, DATASET, record, f"{record}:{who}:{start}", page, label, start, end, who],
        )


def _suggestions(rows: list[tuple[int, int, int, str, list[str]]]) -> pa.Table:
    return pa.Table.from_pylist(
        [
            {
                "doc_id": "D",
                "page_num": page,
                "span_id": f"D:{page}:{start}",
                "label": label,
                "start": start,
                "end": end,
                "agents": [{"agent": a, "confidence": 0.9} for a in agents],
            }
            for page, start, end, label, agents in rows
        ],
        SUGGESTIONS_SCHEMA,
    )


def test_each_agent_scored_per_label_against_the_latest_answer(tmp_path: Path) -> None:
    db = DuckDBDatabase(database=str(tmp_path / "ann.duckdb"), schema_file="annotated_schema.sql")
    suggestions = _suggestions(
        [
            (1, 0, 7, "IMO", ["rules-v2", "model-a"]),  # accepted by the final answer
            (1, 10, 19, "MMSI", ["rules-v2"]),  # edited: the SME moved its end
            (1, 30, 35, "IRCS", ["model-a"]),  # rejected: nothing there
            (2, 0, 7, "IMO", ["rules-v2"]),  # page 2 was discarded: not counted
        ]
    )
    with db.connect() as conn:
        _export(conn, 1)
        # Page 1: a first answer, then a later one by another SME, which is the final one.
        _answer(conn, 1, 1, "sme-a", "submitted", 0, [(0, 7, "IMO")])
        _answer(
            conn, 1, 1, "sme-b", "submitted", 5, [(0, 7, "IMO"), (10, 18, "MMSI"), (40, 45, "IRCS")]
        )
        _answer(conn, 1, 2, "sme-a", "discarded", 1, [])
        run, appended, rows = record_suggestion_quality(conn, "b1", suggestions, "dr-1")
        assert (run, appended) == (1, rows.num_rows)
        got = {
            (r["agent"], r["label"]): (
                r["suggested"],
                r["gold"],
                r["accepted"],
                r["edited"],
                r["rejected"],
                r["missed"],
            )
            for r in rows.to_pylist()
        }
        assert got == {
            ("rules-v2", "IMO"): (1, 1, 1, 0, 0, 0),
            ("rules-v2", "MMSI"): (1, 1, 0, 1, 0, 0),  # overlapping: found leniently
            ("rules-v2", "IRCS"): (0, 1, 0, 0, 0, 1),
            ("model-a", "IMO"): (1, 1, 1, 0, 0, 0),
            ("model-a", "MMSI"): (0, 1, 0, 0, 0, 1),
            ("model-a", "IRCS"): (1, 1, 0, 0, 1, 1),
        }
        mmsi = next(r for r in rows.to_pylist() if (r["agent"], r["label"]) == ("rules-v2", "MMSI"))
        assert (mmsi["precision_exact"], mmsi["recall_exact"]) == (0.0, 0.0)
        assert (mmsi["precision_overlap"], mmsi["recall_overlap"]) == (1.0, 1.0)
        assert {r["pages"] for r in rows.to_pylist()} == {1}
        # The same export run again: nothing appended, the same rows back.
        again = record_suggestion_quality(conn, "b1", suggestions, "dr-2")
        assert again[:2] == (1, 0) and again[2].num_rows == rows.num_rows
        # A new export run is scored anew.
        _export(conn, 2)
        assert record_suggestion_quality(conn, "b1", suggestions, "dr-3")[:2] == (2, 6)


def test_a_batch_without_our_suggestions_is_reported_not_failed(tmp_path: Path) -> None:
    """A dataset pushed from a records file made elsewhere has SME answers but no suggestions
    Parquet in the store: nothing to score, said in the metadata, and the run succeeds."""
    instance = DagsterInstance.ephemeral()
    instance.add_dynamic_partitions(batch_partitions.name or "", ["elsewhere"])
    result = materialize(
        [suggestion_quality],
        partition_key="elsewhere",
        instance=instance,
        resources={
            "object_store": ObjectStoreResource(url=str(tmp_path / "store")),
            "annotated_db": DuckDBDatabase(
                database=str(tmp_path / "ann.duckdb"), schema_file="annotated_schema.sql"
            ),
        },
    )
    assert result.success
    (event,) = result.get_asset_materialization_events()
    metadata = event.materialization.metadata
    assert metadata["rows_appended"].value == 0 and "absent" in str(metadata["agents"].value)
