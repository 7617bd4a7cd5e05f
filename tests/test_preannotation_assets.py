"""argilla_pages and suggestions through Dagster, with real resources on both backends."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from dagster import DagsterInstance, materialize

from oceanid_assets.cli import main
from oceanid_assets.defs.batches import batch_partitions
from oceanid_assets.defs.preannotation.assets import argilla_pages, suggestions
from oceanid_assets.defs.raw.assets import raw_ingest
from oceanid_assets.ingest.receipts import store_document
from oceanid_assets.preannotate.run import SUGGESTIONS_SCHEMA
from oceanid_assets.resources.databases import DuckDBDatabase, ReadOnlyDatabases
from oceanid_assets.resources.object_store import ObjectStoreResource
from oceanid_assets.resources.ocr import OcrResource
from oceanid_assets.resources.preannotator import PreannotatorResource
from oceanid_assets.storage.layout import argilla_pages_key, suggestions_key
from oceanid_assets.storage.store import read_parquet
from tests.conftest import LICENCE, make_pdf


def _run(  # type: ignore[no-untyped-def]
    batch: str,
    store: ObjectStoreResource,
    raw_db: DuckDBDatabase,
    preannotator: PreannotatorResource | None = None,
):
    instance = DagsterInstance.ephemeral()
    instance.add_dynamic_partitions(batch_partitions.name or "", [batch])
    return materialize(
        [raw_ingest, argilla_pages, suggestions],
        partition_key=batch,
        instance=instance,
        resources={
            "object_store": store,
            "raw_db": raw_db,
            "ocr": OcrResource(),
            "preannotator": preannotator or PreannotatorResource(),
            # No md_annotated yet: no promoted extractor, the rules alone run.
            "readers": ReadOnlyDatabases(
                raw_url=raw_db.database,
                annotated_url=str(Path(raw_db.database).with_name("absent.duckdb")),
            ),
        },
    )


def test_pages_export_and_suggestions_with_exact_offsets(
    store_resource: ObjectStoreResource, raw_db: DuckDBDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("OCEANID_LLM_URL", raising=False)
    store = store_resource.get_store()
    receipt = store_document(
        store, "b1", make_pdf([LICENCE, "Annex: no vessel data here."]), "l.pdf"
    )
    result = _run("b1", store_resource, raw_db)

    pages = read_parquet(store, argilla_pages_key("b1"))
    assert pages.num_rows == 2 and pages["doc_id"].to_pylist() == [receipt.doc_id] * 2
    assert pages["object_key"].to_pylist() == [receipt.object_key] * 2
    table = read_parquet(store, suggestions_key("b1"))
    assert table.schema.equals(SUGGESTIONS_SCHEMA)
    text = pages["text"].to_pylist()[0]
    found = {(row["label"], row["text"]) for row in table.to_pylist()}
    assert {("IMO", "8907022"), ("IRCS", "UBST3"), ("MMSI", "273214530")} <= found
    for row in table.to_pylist():
        assert text[row["start"] : row["end"]] == row["text"]
        assert row["span_id"].startswith(f"{receipt.doc_id}:{row['page_num']}:")
        assert row["agents"] and row["agents"][0]["agent"] == "rules-v2"

    metadata = {
        event.asset_key.to_user_string(): event.materialization.metadata
        for event in result.get_asset_materialization_events()
        if event.asset_key is not None
    }
    assert metadata["argilla_pages"]["pages"].value == 2
    assert metadata["suggestions"]["spans"].value == table.num_rows
    assert metadata["suggestions"]["coverage"].value == 0.5  # the annex page has no entity
    checks = {c.check_name: c for c in result.get_asset_check_evaluations()}
    check = checks["suggestions_cover_pages_with_exact_spans"]
    assert not check.passed  # 50% < 90%: reported, as a warning
    assert check.severity.value == "WARN" and check.metadata["bad_spans"].value == 0


def test_suggestions_cannot_write_a_database() -> None:
    # Structural: the asset is given no database writer, only the read-only databases (to find
    # the promoted extractor).
    assert suggestions.required_resource_keys - {"io_manager"} == {
        "object_store",
        "preannotator",
        "readers",
    }


def test_cli_preannotate(tmp_path: Path) -> None:
    pages = tmp_path / "pages.parquet"
    pq.write_table(pa.table({"doc_id": ["d1"], "page_num": [1], "text": [LICENCE]}), pages)
    out = tmp_path / "out.parquet"
    assert main(["preannotate", str(pages), str(out), "--extractor", "rules"]) == 0
    table = pq.read_table(out)
    assert table.schema.equals(SUGGESTIONS_SCHEMA)
    assert ("IMO", "8907022") in {(r["label"], r["text"]) for r in table.to_pylist()}


def test_cli_preannotate_names_the_file_on_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = tmp_path / "pages.parquet"
    pq.write_table(pa.table({"doc_id": ["d1"], "page": [1]}), pages)
    assert main(["preannotate", str(pages), str(tmp_path / "o.parquet")]) == 2
    err = capsys.readouterr().err
    assert str(pages) in err and "page_num" in err and "text" in err
    assert (
        main(["preannotate", str(tmp_path / "missing.parquet"), str(tmp_path / "o.parquet")]) == 2
    )
    assert not (tmp_path / "o.parquet").exists()


def test_cli_llm_without_endpoint_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("OCEANID_LLM_URL", raising=False)
    pages = tmp_path / "pages.parquet"
    pq.write_table(pa.table({"doc_id": ["d1"], "page_num": [1], "text": ["x"]}), pages)
    assert main(["preannotate", str(pages), str(tmp_path / "o.parquet"), "--extractor", "llm"]) == 2
    assert "OCEANID_LLM_URL" in capsys.readouterr().err


def test_cli_half_set_llm_config_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OCEANID_LLM_URL", "http://127.0.0.1:9")
    monkeypatch.delenv("OCEANID_LLM_MODEL", raising=False)
    pages = tmp_path / "pages.parquet"
    pq.write_table(pa.table({"doc_id": ["d1"], "page_num": [1], "text": ["x"]}), pages)
    assert main(["preannotate", str(pages), str(tmp_path / "o.parquet"), "--extractor", "all"]) == 2
    assert "OCEANID_LLM_MODEL" in capsys.readouterr().err


def test_suggestions_merge_rules_and_llm_and_record_failed_pages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.fake_llm import FakeLlmServer, Fault

    store_resource = ObjectStoreResource(url=str(tmp_path / "store"))
    raw_db = DuckDBDatabase(database=str(tmp_path / "raw.duckdb"), schema_file="raw_schema.sql")
    store = store_resource.get_store()
    failing_page = "Circular: the reefer OCEAN STAR was inspected."
    store_document(store, "b1", make_pdf([LICENCE, failing_page]), "l.pdf")
    with FakeLlmServer(echo=[("IMO", "8907022"), ("VESSEL_NAME", "OCEAN STAR")]) as server:
        server.inject(Fault.http(500), times=None, when=lambda chunk: "OCEAN STAR" in chunk)
        llm = PreannotatorResource(
            llm_url=server.url, llm_model="qwen2.5:7b", llm_max_attempts=2, llm_backoff_base_s=0.01
        )
        _run("b1", store_resource, raw_db, llm)
    table = read_parquet(store, suggestions_key("b1"))
    imo = next(r for r in table.to_pylist() if r["label"] == "IMO")
    # Both agents found the IMO: the merged span keeps both votes and a higher confidence.
    assert {a["agent"] for a in imo["agents"]} == {"rules-v2", "llm:qwen2.5:7b"}
    assert imo["confidence"] > max(a["confidence"] for a in imo["agents"])
    failures = read_parquet(
        store, "argilla/in/vessels_ocr_b1/failures/preannotation_failures.parquet"
    )
    assert failures.num_rows == 1 and failures["page_num"].to_pylist() == [2]
    assert (
        failures["agent"].to_pylist() == ["llm:qwen2.5:7b"]
        and "500" in failures["error"][0].as_py()
    )
