"""Coverage, latency and pilot gates: a real batch through raw load, pre-annotation, the real
local Argilla server, an SME response and the export; then faults that move the numbers."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import argilla as rg
import duckdb
import pyarrow as pa
from dagster import DagsterInstance, materialize

from oceanid_assets.defs.annotations.assets import annotations_export
from oceanid_assets.defs.argilla.assets import argilla_dataset, argilla_records
from oceanid_assets.defs.batches import batch_partitions
from oceanid_assets.defs.monitoring.assets import coverage
from oceanid_assets.defs.preannotation.assets import argilla_pages, suggestions
from oceanid_assets.defs.raw.assets import raw_ingest
from oceanid_assets.ingest.receipts import store_document
from oceanid_assets.monitoring.coverage import (
    BatchCoverage,
    Gate,
    bar,
    batch_coverage,
    coverage_markdown,
    gates_markdown,
    pilot_gates,
)
from oceanid_assets.resources.argilla import ArgillaResource
from oceanid_assets.resources.databases import DuckDBDatabase
from oceanid_assets.resources.object_store import ObjectStoreResource
from oceanid_assets.resources.ocr import OcrResource
from oceanid_assets.resources.preannotator import PreannotatorResource
from oceanid_assets.storage.layout import coverage_report_key, dataset_name
from oceanid_assets.storage.store import read_parquet
from tests.conftest import grafana_panels, make_pdf, readers_of

LICENCE = "FISHING LICENCE\nName of vessel: SERGEY BOCHKAREV\nIMO number: 8907022\nCall sign: UBST3"
ANNEX = "Annex: no vessel data on this page."
REGISTER = "VESSEL REGISTER\nName: ORION STAR\nIMO 9138525\nFlag: Spain"
UP_TO_PUSH = [raw_ingest, argilla_pages, suggestions, argilla_records, argilla_dataset]
_batches = itertools.count()
_users = itertools.count()


class Pipeline:
    def __init__(self, tmp_path: Path, server: Any) -> None:
        self.batch = f"cov-{next(_batches)}"
        self.store_resource = ObjectStoreResource(url=str(tmp_path / "store"))
        self.store = self.store_resource.get_store()
        self.raw_db = DuckDBDatabase(
            database=str(tmp_path / "raw.duckdb"), schema_file="raw_schema.sql"
        )
        self.annotated_db = DuckDBDatabase(
            database=str(tmp_path / "ann.duckdb"), schema_file="annotated_schema.sql"
        )
        self.argilla = ArgillaResource(api_url=server.api_url, api_key=server.api_key)
        self.instance = DagsterInstance.ephemeral()
        self.instance.add_dynamic_partitions(batch_partitions.name or "", [self.batch])
        self.urls = {"raw": self.raw_db.database, "ann": self.annotated_db.database}

    def materialize(self, assets: list[Any]) -> dict[str, dict[str, Any]]:
        result = materialize(
            assets,
            partition_key=self.batch,
            instance=self.instance,
            resources={
                "object_store": self.store_resource,
                "raw_db": self.raw_db,
                "ocr": OcrResource(),
                "annotated_db": self.annotated_db,
                "readers": readers_of(self.raw_db, self.annotated_db),
                "argilla": self.argilla,
                "preannotator": PreannotatorResource(),
            },
        )
        assert result.success
        metadata = {
            event.asset_key.to_user_string(): {
                k: v.value for k, v in event.materialization.metadata.items()
            }
            for event in result.get_asset_materialization_events()
            if event.asset_key is not None
        }
        for check in result.get_asset_check_evaluations():
            metadata[f"check:{check.check_name}"] = {"passed": check.passed}
        return metadata

    def sql(self, database: str, sql: str, params: list[Any] | None = None) -> list[Any]:
        """Plain duckdb: fixture writes behind Oceanid's back, and reads."""
        with duckdb.connect(database) as conn:
            return conn.execute(sql, params or []).fetchall()


def _submit(pipeline: Pipeline, record_id: str) -> None:
    """An SME submits one page in Argilla (a real user, through the SDK)."""
    client = pipeline.argilla.sdk_client()
    user = rg.User(
        username=f"cov-sme{next(_users)}", password="sme-password", role="annotator", client=client
    ).create()
    client.workspaces("argilla").add_user(user)
    dataset = client.datasets(dataset_name(pipeline.batch))
    (record,) = [r for r in dataset.records(with_responses=True) if r.id == record_id]
    text = record.fields["text"]
    start = text.index("8907022")
    span = [{"start": start, "end": start + 7, "label": "IMO"}]
    record.responses.add(rg.Response("entities", span, user_id=user.id, status="submitted"))
    dataset.records.log([record])


def test_coverage_follows_the_batch_from_push_to_annotation(
    tmp_path: Path, argilla_server: Any
) -> None:
    pipeline = Pipeline(tmp_path, argilla_server)
    licence = store_document(pipeline.store, pipeline.batch, make_pdf([LICENCE, ANNEX]), "l.pdf")
    register = store_document(pipeline.store, pipeline.batch, make_pdf([REGISTER]), "r.pdf")
    pipeline.materialize(UP_TO_PUSH)
    pushed = pipeline.sql(
        pipeline.annotated_db.database,
        "SELECT record_id FROM argilla_pushed_records ORDER BY record_id",
    )
    assert sorted(r for (r,) in pushed) == sorted(
        [f"{licence.doc_id}:1", f"{licence.doc_id}:2", f"{register.doc_id}:1"]
    )

    first = pipeline.materialize([coverage])
    meta = first["coverage"]
    assert (meta["documents"], meta["pages_in_raw"], meta["records_in_argilla"]) == (2, 3, 3)
    assert meta["pages_annotated"] == 0 and meta["argilla_coverage_pct"] == 100.0
    # Pushed within seconds of the OCR load: the seed's 5-minute target is met.
    assert meta["pages_within_5_min"] == 3 and meta["within_5_min_pct"] == 100.0
    assert 0 <= meta["latency_p95_s"] < 300
    assert meta["pilot_gates"] == "PASS"
    assert first["check:pilot_gates_pass"]["passed"]
    assert first["check:argilla_within_5_minutes"]["passed"]
    assert f"`{licence.doc_id}`" in meta["chart"] and "2/2" in meta["chart"]
    rows = {r.data["doc_id"]: r.data for r in meta["documents_table"].records}
    assert rows[licence.doc_id]["records_in_argilla"] == 2
    documents = read_parquet(pipeline.store, coverage_report_key(pipeline.batch, "documents"))
    assert documents.num_rows == 2
    pages = read_parquet(pipeline.store, coverage_report_key(pipeline.batch, "pages"))
    assert pages.num_rows == 3 and "text" not in pages.column_names

    # Re-pushing the same texts adds no pushed record and keeps the first push time.
    before = pipeline.sql(pipeline.annotated_db.database, "FROM argilla_pushed_records")
    pipeline.materialize([argilla_dataset])
    assert pipeline.sql(pipeline.annotated_db.database, "FROM argilla_pushed_records") == before

    # An SME submits page 1 of the licence; the export loads it; coverage counts it.
    _submit(pipeline, f"{licence.doc_id}:1")
    pipeline.materialize([annotations_export])
    annotated = pipeline.materialize([coverage])["coverage"]
    assert annotated["pages_annotated"] == 1 and annotated["annotated_pct"] == round(100 / 3, 1)
    by_doc = {r.data["doc_id"]: r.data for r in annotated["documents_table"].records}
    assert by_doc[licence.doc_id]["pages_annotated"] == 1
    assert by_doc[register.doc_id]["pages_annotated"] == 0

    panels = grafana_panels(pipeline.urls)
    assert sorted(panels) == [1, 2, 3, 4, 5, 6]
    assert panels[6] == []  # suggestion_quality has not run: no agent to show yet
    ((_, documents_today, pages_today),) = panels[1]
    assert (documents_today, pages_today) == (2, 3)
    assert panels[2] == [(pipeline.batch, 2, 3, 3, 3, 1, 100.0, round(100 / 3, 1))]
    assert panels[3] == [("IMO", 1)]
    ((_, annotator, submitted),) = panels[4]
    assert submitted == 1 and annotator
    ((batch, p50, p95, _, within, pages_in_raw, share),) = panels[5]
    assert (batch, within, pages_in_raw, share) == (pipeline.batch, 3, 3, 100.0)
    assert 0 <= p50 <= p95 < 300


def test_a_page_not_in_argilla_and_a_broken_hash_fail_the_gates(
    tmp_path: Path, argilla_server: Any
) -> None:
    pipeline = Pipeline(tmp_path, argilla_server)
    doc = store_document(pipeline.store, pipeline.batch, make_pdf([LICENCE, ANNEX]), "l.pdf")
    pipeline.materialize(UP_TO_PUSH)
    # A new OCR pass of page 2 arrives after the push: Argilla does not show it yet.
    pipeline.sql(
        pipeline.raw_db.database,
        "INSERT INTO raw_pages SELECT * REPLACE ('Annex, second pass.' AS text, "
        "sha256('Annex, second pass.') AS text_sha256, 'ocr-2' AS ocr_run_id, "
        "now() + INTERVAL 1 SECOND AS loaded_at) FROM raw_pages WHERE page_num = 2",
    )
    report = batch_coverage(pipeline.urls, pipeline.batch)
    assert (report.totals["pages_in_raw"], report.totals["records_in_argilla"]) == (2, 1)
    assert report.totals["within_5_min_pct"] == 50.0 and not report.latency_target_met
    failed = [gate.name for gate in report.gates if not gate.passed]
    assert failed == ["every page is in Argilla"]
    (late,) = [p for p in report.pages.to_pylist() if not p["in_argilla"]]
    assert (late["doc_id"], late["page_num"], late["latency_s"]) == (doc.doc_id, 2, None)

    # The next push carries the new text: covered again.
    pipeline.materialize(UP_TO_PUSH[1:])
    assert batch_coverage(pipeline.urls, pipeline.batch).gates_passed

    # A hash altered behind Oceanid's back fails the CHECK 3 gate, naming it.
    pipeline.sql(
        pipeline.raw_db.database, "UPDATE raw_pages SET text_sha256 = 'x' WHERE page_num = 1"
    )
    meta = pipeline.materialize([coverage])
    assert meta["coverage"]["pilot_gates"] == "FAIL"
    assert not meta["check:pilot_gates_pass"]["passed"]
    assert "| CHECK 3: stored text_sha256" in meta["coverage"]["gates"]


def test_gates_and_chart_from_plain_numbers() -> None:
    totals = {
        "batch_id": "b1",
        "documents": 1,
        "pages_expected": 4,
        "pages_in_raw": 4,
        "records_in_argilla": 4,
        "pages_annotated": 1,
        "within_5_min_pct": 94.9,
    }
    clean = pilot_gates({1: [], 3: [], 6: [], 8: []}, totals)
    assert [g.passed for g in clean] == [True] * 5
    assert not all(g.passed for g in pilot_gates({1: [], 3: [], 6: [], 8: ["orphan"]}, totals))
    assert not pilot_gates({1: [], 3: [], 6: [], 8: []}, {**totals, "pages_expected": 0})[-1].passed
    assert bar(1, 4, width=8) == "██░░░░░░ 1/4" and bar(0, 0, width=4) == "░░░░ 0/0"
    documents = pa.table(
        {"doc_id": ["d1"], "page_count": [4], "pages_in_raw": [4], "records_in_argilla": [4]}
    ).append_column("pages_annotated", pa.array([1]))
    report = BatchCoverage(
        "b1", totals, documents, pa.table({}), [*clean[:-1], Gate("x", False, "y")]
    )
    assert not report.latency_target_met  # 94.9 < 95
    assert "`d1` | 4/4" in coverage_markdown(report)
    assert "FAIL" in gates_markdown(report) and "| x | FAIL | y |" in gates_markdown(report)
