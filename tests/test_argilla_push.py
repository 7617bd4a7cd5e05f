"""The batch into Argilla against the real local server: records 1:1 with pages, suggestions
visible through the SDK, idempotent re-pushes, refused spans counted, a push that survives a
server stopping mid-way."""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import argilla as rg
import duckdb
import pyarrow as pa
import pytest
from dagster import DagsterInstance, materialize

from oceanid_assets.argilla.ingest import IngestFailed, ingest_records_file
from oceanid_assets.argilla.push import BulkClient, PushConfig, encode_bulk_body
from oceanid_assets.argilla.records import prepare_records
from oceanid_assets.defs.argilla.assets import argilla_dataset, argilla_records
from oceanid_assets.defs.batches import batch_partitions
from oceanid_assets.defs.preannotation.assets import argilla_pages, suggestions
from oceanid_assets.defs.raw.assets import raw_ingest
from oceanid_assets.ingest.receipts import store_document
from oceanid_assets.resources.argilla import ArgillaResource
from oceanid_assets.resources.databases import DuckDBDatabase
from oceanid_assets.resources.object_store import ObjectStoreResource
from oceanid_assets.resources.ocr import OcrResource
from oceanid_assets.resources.preannotator import PreannotatorResource
from oceanid_assets.storage.layout import dataset_name, records_key
from oceanid_assets.storage.store import LocalStore, read_parquet, write_parquet
from tests.conftest import LICENCE, make_pdf, readers_of

_batches = itertools.count()


def _batch(prefix: str) -> str:
    return f"{prefix}-{next(_batches)}"  # one server per test session: names stay unique


def _resource(server: Any, **overrides: Any) -> ArgillaResource:
    return ArgillaResource(api_url=server.api_url, api_key=server.api_key, **overrides)


def _log_rows(db: DuckDBDatabase, batch: str) -> list[tuple[Any, ...]]:
    with duckdb.connect(db.database, read_only=True) as conn:
        return conn.execute(
            "SELECT status, record_count, records_pushed, spans_rejected, attempt, records_sha256 "
            "FROM argilla_ingest_log WHERE batch_id = ? ORDER BY attempt",
            [batch],
        ).fetchall()


def test_batch_becomes_one_record_per_page_with_suggestions_and_repush_adds_nothing(
    tmp_path: Path, argilla_server: Any
) -> None:
    batch = _batch("e2e")
    store_resource = ObjectStoreResource(url=str(tmp_path / "store"))
    store = store_resource.get_store()
    raw_db = DuckDBDatabase(database=str(tmp_path / "raw.duckdb"), schema_file="raw_schema.sql")
    annotated_db = DuckDBDatabase(
        database=str(tmp_path / "ann.duckdb"), schema_file="annotated_schema.sql"
    )
    receipt = store_document(store, batch, make_pdf([LICENCE, "Annex: no vessel data."]), "l.pdf")
    instance = DagsterInstance.ephemeral()
    instance.add_dynamic_partitions(batch_partitions.name or "", [batch])
    resources = {
        "object_store": store_resource,
        "raw_db": raw_db,
        "ocr": OcrResource(),
        "annotated_db": annotated_db,
        "readers": readers_of(raw_db, annotated_db),
        "argilla": _resource(argilla_server),
        "preannotator": PreannotatorResource(),
    }
    result = materialize(
        [raw_ingest, argilla_pages, suggestions, argilla_records, argilla_dataset],
        partition_key=batch,
        instance=instance,
        resources=resources,
    )
    assert result.success
    pages = read_parquet(store, f"argilla/in/vessels_ocr_{batch}/pages/pages.parquet")

    client = rg.Argilla(api_url=argilla_server.api_url, api_key=argilla_server.api_key)
    dataset = client.datasets(dataset_name(batch))
    assert dataset is not None
    records = list(dataset.records(with_suggestions=True))
    assert sorted(r.id for r in records) == [f"{receipt.doc_id}:1", f"{receipt.doc_id}:2"]
    by_page = {r.metadata["page_num"]: r for r in records}
    for page in pages.to_pylist():  # traceability back to the raw page
        record = by_page[page["page_num"]]
        assert record.fields["text"] == page["text"]
        assert record.metadata["doc_id"] == receipt.doc_id
        assert record.metadata["text_sha256"] == page["text_sha256"]
        assert record.metadata["labelset_version"] == "v1"
    spans = by_page[1].suggestions["entities"]
    assert spans is not None and spans.agent == "rules-v2"
    text = by_page[1].fields["text"]
    found = {(s["label"], text[s["start"] : s["end"]]) for s in spans.value}
    assert {("IMO", "8907022"), ("IRCS", "UBST3"), ("MMSI", "273214530")} <= found
    assert len(spans.score) == len(spans.value)
    assert len(by_page[2].suggestions) == 0  # the annex: no entity, still a record

    (event,) = [
        e.materialization.metadata
        for e in result.get_asset_materialization_events()
        if e.asset_key is not None and e.asset_key.to_user_string() == "argilla_dataset"
    ]
    assert event["records_pushed"].value == 2 and event["records_in_argilla"].value == 2
    assert event["dataset_url"].value.startswith(argilla_server.api_url)

    # Pushing the same file again (a re-run) upserts: still two records, a second log row.
    again = materialize(
        [argilla_dataset], partition_key=batch, instance=instance, resources=resources
    )
    assert again.success
    assert len(list(client.datasets(dataset_name(batch)).records())) == 2
    rows = _log_rows(annotated_db, batch)
    sha = rows[0][5]
    assert [r[:5] for r in rows] == [("succeeded", 2, 2, 0, 1), ("succeeded", 2, 2, 0, 2)]
    assert rows[1][5] == sha


def _records_table(texts: list[str], suggestions: list[list[dict[str, Any]]]) -> pa.Table:
    return pa.table(
        {
            "id": [f"doc:{i + 1}" for i in range(len(texts))],
            "text": texts,
            "metadata": [{"doc_id": "doc", "page_num": i + 1} for i in range(len(texts))],
            "suggestions_json": [
                json.dumps(
                    [
                        {
                            "question_name": "entities",
                            "value": spans,
                            "score": [0.9] * len(spans),
                            "agent": "rules-v1",
                        }
                    ]
                )
                for spans in suggestions
            ],
        }
    )


def _ingest(
    store: LocalStore,
    batch: str,
    server: Any,
    db: DuckDBDatabase,
    config: PushConfig | None = None,
    on_batch: Callable[[int], None] | None = None,
) -> Any:
    resource = _resource(server)
    with BulkClient(server.api_url, server.api_key, config or PushConfig()) as bulk:
        return ingest_records_file(
            store, batch, resource.sdk_client, bulk, "argilla", db, "test-run", on_batch
        )


def test_refused_spans_are_filtered_and_counted_and_the_rest_goes_in(
    tmp_path: Path, argilla_server: Any
) -> None:
    batch = _batch("bad")
    store = LocalStore(tmp_path / "store")
    db = DuckDBDatabase(database=str(tmp_path / "ann.duckdb"), schema_file="annotated_schema.sql")
    text = "IMO 8907022 MMSI 273214530"
    write_parquet(
        store,
        records_key(batch),
        _records_table(
            [text, text, text],
            [
                [{"start": 4, "end": 11, "label": "IMO"}],
                [{"start": 4, "end": 11, "label": "IMO"}, {"start": 8, "end": 14, "label": "MMSI"}],
                [{"start": 17, "end": 99, "label": "MMSI"}, {"start": 0, "end": 3, "label": "X"}],
            ],
        ),
    )
    result = _ingest(store, batch, argilla_server, db)
    assert result.count_in_argilla == 3  # every page is in Argilla
    assert result.prepared.rejected_by_record() == {"doc:2": 1, "doc:3": 2}
    assert result.rejected_by_reason == {"overlap": 1, "outside the text": 1, "unknown label": 1}
    assert _log_rows(db, batch)[0][:4] == ("succeeded", 3, 3, 3)
    client = rg.Argilla(api_url=argilla_server.api_url, api_key=argilla_server.api_key)
    dataset = client.datasets(dataset_name(batch))
    kept = {r.id: r.suggestions for r in dataset.records(with_suggestions=True)}
    assert [s["label"] for s in kept["doc:2"]["entities"].value] == ["IMO"]
    assert len(kept["doc:3"]) == 0


def test_clean_spans_pass_as_they_are_and_the_same_spans_otherwise_written_match() -> None:
    """The suggestions asset's output (sorted, float scores, start/end/label only) is reused as
    it is; the same spans in any other form go through the span-by-span checks. Both must
    give Argilla the same suggestion."""
    text = "IMO 8907022 MMSI 273214530"
    clean = [{"start": 4, "end": 11, "label": "IMO"}, {"start": 17, "end": 26, "label": "MMSI"}]
    other_form = [{**clean[1], "text": "273214530"}, {**clean[0], "text": "8907022"}]
    rows = [
        (clean, [0.9, 1.0]),
        (other_form, [1, 0.9]),  # reversed, an extra key, an int score
    ]
    table = pa.table(
        {
            "id": ["doc:1", "doc:2"],
            "text": [text, text],
            "metadata": [{"doc_id": "doc", "page_num": n} for n in (1, 2)],
            "suggestions_json": [
                json.dumps([{"question_name": "entities", "value": v, "score": sc, "agent": "r"}])
                for v, sc in rows
            ],
        }
    )
    prepared = prepare_records(table, "q-id", "test")
    expected = [
        {"question_id": "q-id", "type": "model", "value": clean, "score": [0.9, 1.0], "agent": "r"}
    ]
    assert [item["suggestions"] for item in prepared.items] == [expected, expected]
    assert prepared.spans == 4 and prepared.rejected == []
    assert (
        encode_bulk_body(prepared.items[:1])
        == json.dumps({"items": prepared.items[:1]}, separators=(",", ":")).encode()
    )


def test_the_bulk_body_is_compact_utf8_and_refuses_nan() -> None:
    value = [{"text": "Nº 7 — Ålesund", "score": [0.9, 1.0], "agent": None}]
    assert encode_bulk_body(value) == json.dumps(
        {"items": value}, ensure_ascii=False, separators=(",", ":")
    ).encode("utf-8")
    with pytest.raises(ValueError):
        encode_bulk_body([{"score": [float("nan")]}])


def test_unreadable_records_file_is_a_logged_failure_naming_the_file(
    tmp_path: Path, argilla_server: Any
) -> None:
    batch = _batch("junk")
    store = LocalStore(tmp_path / "store")
    db = DuckDBDatabase(database=str(tmp_path / "ann.duckdb"), schema_file="annotated_schema.sql")
    store.write_bytes(records_key(batch), b"not parquet")
    with pytest.raises(IngestFailed, match=records_key(batch)):
        _ingest(store, batch, argilla_server, db)
    assert _log_rows(db, batch)[0][:2] == ("failed", 0)


def test_server_stopped_mid_push_is_logged_and_the_retry_leaves_no_duplicates(
    tmp_path: Path,
) -> None:
    from oceanid_dev.argilla_local.launcher import start_local_argilla
    from tests.conftest import ARGILLA_TEST_API_KEY, free_port

    batch = _batch("restart")
    store = LocalStore(tmp_path / "store")
    db = DuckDBDatabase(database=str(tmp_path / "ann.duckdb"), schema_file="annotated_schema.sql")
    texts = [f"Page {i}: IMO 8907022" for i in range(60)]
    spans = [[{"start": len(t) - 7, "end": len(t), "label": "IMO"}] for t in texts]
    write_parquet(store, records_key(batch), _records_table(texts, spans))
    home, port = tmp_path / "argilla", free_port()
    config = PushConfig(batch_size=10, concurrency=1, max_attempts=2, backoff_base_s=0.05)

    server = start_local_argilla(home, port, ARGILLA_TEST_API_KEY, reuse=False, timeout=120)
    try:

        def stop_after_first_batch(pushed: int) -> None:
            if pushed == 10:
                server.stop()

        with pytest.raises(IngestFailed, match="gave up after 2 attempts"):
            _ingest(store, batch, server, db, config, on_batch=stop_after_first_batch)
    finally:
        server.stop()
    status, in_file, pushed = _log_rows(db, batch)[0][:3]
    # Batches already acknowledged when the server went away count; the rest did not land.
    assert (status, in_file) == ("failed", 60) and 10 <= pushed < 60 and pushed % 10 == 0

    with start_local_argilla(home, port, ARGILLA_TEST_API_KEY, reuse=False, timeout=120) as again:
        result = _ingest(store, batch, again, db, config)
        assert result.count_in_argilla == 60 and result.attempt == 2
        client = rg.Argilla(api_url=again.api_url, api_key=again.api_key)
        ids = [r.id for r in client.datasets(dataset_name(batch)).records()]
        assert sorted(ids) == sorted(f"doc:{i + 1}" for i in range(60))  # no duplicates
    assert [r[:3] for r in _log_rows(db, batch)][1] == ("succeeded", 60, 60)
