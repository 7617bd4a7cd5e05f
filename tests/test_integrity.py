"""Integrity checks (sql/checks_integrity.sql): a clean state built with the real raw loader
passes every check; each fault planted behind Oceanid's back (plain duckdb connections, not the
guarded writer) makes its check return exactly the planted ids."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pytest
from dagster import DagsterInstance, materialize

from oceanid_assets.db.connect import DatabaseBusy
from oceanid_assets.defs.batches import batch_partitions
from oceanid_assets.defs.monitoring.integrity import integrity_checks, integrity_daily_job
from oceanid_assets.defs.raw.assets import raw_ingest
from oceanid_assets.ingest.ocr_drop import build_ocr_drop_files
from oceanid_assets.ingest.raw_load import ingest_batch
from oceanid_assets.monitoring.fingerprints import (
    ANNOTATED_TABLES,
    RAW_TABLES,
    audit_fingerprints,
    record_fingerprints,
)
from oceanid_assets.monitoring.integrity import (
    load_checks,
    parse_checks,
    run_checks,
    summarize,
)
from oceanid_assets.resources.databases import DuckDBDatabase
from oceanid_assets.resources.object_store import ObjectStoreResource
from oceanid_assets.resources.ocr import OcrResource
from oceanid_assets.storage.store import Store
from tests.conftest import readers_of

BATCH = "b1"
DATASET = f"vessels_ocr_{BATCH}"
# Non-ASCII before the spans: a 4-byte UTF-8 emoji and accented letters, so byte offsets and
# character offsets differ; spans are Python str (code point) offsets.
PAGE_TEXTS = [
    "Registro 🐟 Nombre del buque: ÑANDÚ ÉXITO\nIMO 9138525",
    "Licencia nº 2026/041 — pabellón: España",
]


@dataclass
class Env:
    urls: dict[str, str]
    raw_db: DuckDBDatabase
    annotated_db: DuckDBDatabase
    store_resource: ObjectStoreResource
    doc1: str
    doc2: str
    texts: dict[tuple[str, int], str]
    spans: list[str]


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _write_drop(store: Store, docs: list[str]) -> None:
    pages = [
        {"doc_id": doc, "page_num": n, "text": text, "ocr_model_version": "deepseek-ocr-1"}
        for doc in docs
        for n, text in enumerate(PAGE_TEXTS, start=1)
    ]
    documents, page_bytes = build_ocr_drop_files(
        [{"doc_id": d, "filename": f"{d[:8]}.pdf", "page_count": 2} for d in docs], pages
    )
    store.write_bytes(f"ocr/{BATCH}/documents/part-0.parquet", documents)
    store.write_bytes(f"ocr/{BATCH}/pages/part-0.parquet", page_bytes)
    store.write_bytes(f"ocr/{BATCH}/_SUCCESS", b"")


def _annotate(conn: duckdb.DuckDBPyConnection, env: Env) -> None:
    """Fixture rows of md_annotated for doc1: one push, one export run, two spans."""
    conn.execute(
        "INSERT INTO argilla_ingest_log VALUES (?, ?, 'argilla/in/x/argilla_records.parquet', "
        "'abc', 4, 4, 0, 'succeeded', NULL, 1, now(), now(), 'push-run')",
        [DATASET, BATCH],
    )
    for (doc, page), text in sorted(env.texts.items()):
        conn.execute(
            "INSERT INTO argilla_pushed_records VALUES (?, ?, ?, ?, ?, ?, 'abc', now(), "
            "'push-run')",
            [DATASET, BATCH, f"{doc}:{page}", doc, page, _sha(text)],
        )
    conn.execute(
        "INSERT INTO annotations_exports VALUES (1, ?, ?, now(), 1, 2, 'sum', 'v1', 'rev', "
        "'argilla-api', 'p', 's', 'export-run')",
        [DATASET, BATCH],
    )
    text = env.texts[(env.doc1, 1)]
    record = f"{env.doc1}:1"
    conn.execute(
        "INSERT INTO annotations_pages VALUES (1, ?, ?, ?, 1, ?, 'sme-1', 'submitted', now(), "
        "NULL, NULL, 2, 'c1', NULL, NULL)",
        [DATASET, record, env.doc1, _sha(text)],
    )
    for label, part in (("VESSEL_NAME", "ÑANDÚ ÉXITO"), ("IMO", "9138525")):
        start = text.index(part)
        span_id = f"{record}:{label}"
        env.spans.append(span_id)
        conn.execute(
            "INSERT INTO annotations_spans VALUES (1, ?, ?, ?, ?, 1, ?, ?, ?, ?, 'sme-1', "
            "'valid', NULL, NULL)",
            [DATASET, record, span_id, env.doc1, label, start, start + len(part), part],
        )


@pytest.fixture
def env(tmp_path: Path) -> Env:
    store_resource = ObjectStoreResource(url=str(tmp_path / "store"))
    raw_db = DuckDBDatabase(
        database=str(tmp_path / "md_raw_ocr.duckdb"), schema_file="raw_schema.sql"
    )
    annotated_db = DuckDBDatabase(
        database=str(tmp_path / "md_annotated.duckdb"), schema_file="annotated_schema.sql"
    )
    doc1, doc2 = sorted(str(uuid.uuid4()) for _ in range(2))
    _write_drop(store_resource.get_store(), [doc1, doc2])
    with raw_db.connect() as conn:
        load = ingest_batch(store_resource.get_store(), conn, BATCH, "run-1")
        assert load.pages_inserted == 4  # ingest_batch fingerprints its own load
        texts = {
            (d, n): t
            for d, n, t in conn.execute("SELECT doc_id, page_num, text FROM raw_pages").fetchall()
        }
    with annotated_db.connect():
        pass  # the schema, through Oceanid's writer
    env = Env(
        {"raw": raw_db.database, "ann": annotated_db.database},
        raw_db,
        annotated_db,
        store_resource,
        doc1,
        doc2,
        texts,
        [],
    )
    with duckdb.connect(annotated_db.database) as conn:
        _annotate(conn, env)
    with annotated_db.connect() as conn:
        record_fingerprints(
            conn, ("annotations_exports", "annotations_pages", "annotations_spans"), "1"
        )
        record_fingerprints(conn, ("argilla_ingest_log", "argilla_pushed_records"), "push-run")
    return env


def _behind_the_back(database: str, sql: str, params: list[Any] | None = None) -> None:
    """A direct write with plain duckdb: what the integrity checks exist to catch."""
    with duckdb.connect(database) as conn:
        conn.execute(sql, params or [])


def _found(env: Env, check_id: int, batch_id: str | None = None) -> list[tuple[Any, ...]]:
    rows = run_checks(env.urls, [check_id], batch_id)[check_id]
    return [(r.batch_id, r.doc_id, r.page_num, r.ref) for r in rows]


def test_the_file_holds_eight_checks_each_one_select() -> None:
    checks = load_checks()
    assert sorted(checks) == list(range(1, 9))
    assert checks[3].databases == ("raw",)
    assert checks[6].databases == ("ann",)
    assert checks[7].databases == ("raw", "ann")
    with pytest.raises(ValueError, match="one statement"):
        parse_checks("-- CHECK 1: two\nSELECT 1; SELECT 2;")


def test_clean_state_passes_every_check(env: Env) -> None:
    assert run_checks(env.urls) == {n: [] for n in range(1, 9)}
    assert run_checks(env.urls, batch_id=BATCH) == {n: [] for n in range(1, 9)}
    assert run_checks(env.urls, batch_id="other") == {n: [] for n in range(1, 9)}


def test_the_whole_file_runs_as_by_hand(env: Env) -> None:
    """What `.read sql/checks_integrity.sql` does in the CLI: every statement, both attached."""
    sql = Path("sql/checks_integrity.sql").read_text(encoding="utf-8")
    with duckdb.connect() as conn:
        conn.execute(f"ATTACH '{env.urls['raw']}' AS raw (READ_ONLY)")
        conn.execute(f"ATTACH '{env.urls['ann']}' AS ann (READ_ONLY)")
        conn.execute(f"SET VARIABLE batch_id = '{BATCH}'")
        for statement in duckdb.extract_statements(sql):
            assert conn.execute(statement).fetchall() == []


def test_character_offsets_not_bytes(env: Env) -> None:
    text = env.texts[(env.doc1, 1)]
    assert len(text.encode()) > len(text)  # the page really is non-ASCII before the span
    start = text.index("ÑANDÚ")
    with duckdb.connect() as conn:
        (sliced,) = conn.execute("SELECT substr(?, ?, 5)", [text, start + 1]).fetchone()  # type: ignore[misc]
    assert sliced == "ÑANDÚ"


def test_check_1_document_without_pages(env: Env) -> None:
    _behind_the_back(env.urls["raw"], "DELETE FROM raw_pages WHERE doc_id = ?", [env.doc2])
    assert _found(env, 1) == [(BATCH, env.doc2, None, None)]
    assert _found(env, 4) == []  # a document without pages is CHECK 1's alone


def test_check_2_page_without_hash(env: Env) -> None:
    _behind_the_back(
        env.urls["raw"],
        "UPDATE raw_pages SET text_sha256 = '' WHERE doc_id = ? AND page_num = 2",
        [env.doc2],
    )
    assert [row[:3] for row in _found(env, 2)] == [(BATCH, env.doc2, 2)]
    assert _found(env, 3) == []


def test_check_3_hash_altered_by_a_direct_update(env: Env) -> None:
    _behind_the_back(
        env.urls["raw"],
        "UPDATE raw_pages SET text = text || ' (edited)' WHERE doc_id = ? AND page_num = 2",
        [env.doc1],
    )
    rows = run_checks(env.urls, [3], BATCH)[3]
    assert [(r.doc_id, r.page_num) for r in rows] == [(env.doc1, 2)]
    assert "edited" not in rows[0].detail and "Licencia" not in rows[0].detail  # ids, no text
    assert run_checks(env.urls, [3], "other")[3] == []  # the batch filter


def test_check_4_deleted_page(env: Env) -> None:
    _behind_the_back(
        env.urls["raw"], "DELETE FROM raw_pages WHERE doc_id = ? AND page_num = 2", [env.doc1]
    )
    rows = run_checks(env.urls, [4])[4]
    assert [(r.doc_id, r.page_num) for r in rows] == [(env.doc1, None)]
    assert "missing [2]" in rows[0].detail


def test_check_5_push_that_does_not_cover_the_pages(env: Env) -> None:
    _behind_the_back(
        env.urls["ann"],
        "INSERT INTO argilla_ingest_log VALUES (?, ?, 'argilla/in/x/argilla_records.parquet', "
        "'def', 3, 3, 0, 'succeeded', NULL, 1, now(), now() + INTERVAL 1 SECOND, 'push-2')",
        [DATASET, BATCH],
    )
    assert _found(env, 5) == [(BATCH, None, None, DATASET)]


def test_check_5_page_loaded_after_the_push(env: Env) -> None:
    later = "Licencia nº 2026/041 — pabellón: Portugal"
    _behind_the_back(
        env.urls["raw"],
        "INSERT INTO raw_pages SELECT * REPLACE (? AS text, sha256(?) AS text_sha256, "
        "'ocr-2' AS ocr_run_id, now() + INTERVAL 1 HOUR AS loaded_at) "
        "FROM raw_pages WHERE doc_id = ? AND page_num = 2",
        [later, later, env.doc2],
    )
    assert _found(env, 5) == [(BATCH, env.doc2, 2, DATASET)]


def test_check_5_page_missing_from_the_pushed_records(env: Env) -> None:
    _behind_the_back(
        env.urls["ann"],
        "DELETE FROM argilla_pushed_records WHERE record_id = ?",
        [f"{env.doc1}:2"],
    )
    rows = run_checks(env.urls, [5], BATCH)[5]
    assert [(r.doc_id, r.page_num, r.ref) for r in rows] == [(env.doc1, 2, DATASET)]
    assert "is in no succeeded push" in rows[0].detail


def test_check_6_wrong_record_count(env: Env) -> None:
    _behind_the_back(env.urls["ann"], "UPDATE annotations_exports SET record_count = 5")
    rows = run_checks(env.urls, [6], BATCH)[6]
    assert [(r.batch_id, r.ref) for r in rows] == [(BATCH, "1")]
    assert "record_count 5 vs 1 pages stored" in rows[0].detail


def test_check_7_span_text_differs_and_span_outside_page(env: Env) -> None:
    first, second = env.spans
    _behind_the_back(
        env.urls["ann"], "UPDATE annotations_spans SET text = 'ÑANDU' WHERE span_id = ?", [first]
    )
    _behind_the_back(
        env.urls["ann"], 'UPDATE annotations_spans SET "end" = 500 WHERE span_id = ?', [second]
    )
    rows = run_checks(env.urls, [7])[7]
    by_span = {r.ref: r for r in rows}
    assert [(r.doc_id, r.page_num, r.ref) for r in rows] == sorted(
        [(env.doc1, 1, first), (env.doc1, 1, second)], key=lambda row: row[2]
    )
    assert "is not the page text slice" in by_span[first].detail
    assert "outside its page" in by_span[second].detail


def test_check_8_orphan_annotation(env: Env) -> None:
    orphan = str(uuid.uuid4())
    _behind_the_back(
        env.urls["ann"],
        "INSERT INTO annotations_pages SELECT * REPLACE (? AS doc_id, ? AS argilla_record_id) "
        "FROM annotations_pages",
        [orphan, f"{orphan}:1"],
    )
    assert _found(env, 8) == [(BATCH, orphan, 1, "1")]
    assert _found(env, 6)[0][3] == "1"  # and the export audit sees a page it did not count


def test_busy_database_is_reported_clearly(env: Env) -> None:
    with env.raw_db.connect(), pytest.raises(DatabaseBusy, match="database busy"):
        run_checks(env.urls, [1], busy_timeout_s=0.2)


def test_summary_keeps_ids_and_a_count() -> None:
    from oceanid_assets.monitoring.integrity import Violation

    rows = [Violation(3, "b", f"d{i}", 1, None, "x") for i in range(25)]
    summary = summarize(rows)
    assert summary["violations"] == 25 and len(summary["first"]) == 20
    assert summary["first"][0] == {
        "check_id": 3,
        "batch_id": "b",
        "doc_id": "d0",
        "page_num": 1,
        "detail": "x",
    }


# --- append-only audit -------------------------------------------------------------------------


def test_audit_passes_clean_and_catches_rows_changed_behind_its_back(env: Env) -> None:
    assert audit_fingerprints(env.urls["raw"], RAW_TABLES) == []
    assert audit_fingerprints(env.urls["ann"], ANNOTATED_TABLES) == []
    _behind_the_back(
        env.urls["raw"],
        "UPDATE raw_pages SET ocr_runtime_ms = 1 WHERE doc_id = ? AND page_num = 1",
        [env.doc1],
    )
    _behind_the_back(
        env.urls["ann"], "DELETE FROM annotations_spans WHERE span_id = ?", [env.spans[0]]
    )
    raw = audit_fingerprints(env.urls["raw"], RAW_TABLES)
    assert [(m.table_name, m.load_key, m.recorded_rows, m.current_rows) for m in raw] == [
        ("raw_pages", "run-1", 4, 4)
    ]
    ann = audit_fingerprints(env.urls["ann"], ANNOTATED_TABLES)
    assert [(m.table_name, m.load_key, m.recorded_rows, m.current_rows) for m in ann] == [
        ("annotations_spans", "1", 2, 1)
    ]


# --- through Dagster ----------------------------------------------------------------------------


def _check(name: str) -> Any:
    (found,) = [c for c in integrity_checks if name in {k.name for k in c.check_keys}]
    return found


def test_asset_check_through_dagster_with_offending_ids_in_metadata(env: Env) -> None:
    instance = DagsterInstance.ephemeral()
    instance.add_dynamic_partitions(batch_partitions.name or "", [BATCH])
    hashes = _check("text_sha256_matches_text")
    resources = {
        "object_store": env.store_resource,
        "raw_db": env.raw_db,
        "ocr": OcrResource(),
        "readers": readers_of(env.raw_db, env.annotated_db),
    }
    # The asset and its check in one run, like the ingest job: clean, passes.
    result = materialize(
        [raw_ingest, hashes], partition_key=BATCH, instance=instance, resources=resources
    )
    evaluations = {e.check_name: e for e in result.get_asset_check_evaluations()}
    assert evaluations["text_sha256_matches_text"].passed
    assert evaluations["text_sha256_matches_text"].metadata["violations"].value == 0

    _behind_the_back(
        env.urls["raw"],
        "UPDATE raw_pages SET text_sha256 = sha256('forged') WHERE doc_id = ?",
        [env.doc2],
    )
    # Re-run: the load adds nothing, the check finds the forged hashes. (A run of the check
    # alone for one partition does not resolve in Dagster 1.13: partitioned checks are preview.)
    result = materialize(
        [raw_ingest, hashes], partition_key=BATCH, instance=instance, resources=resources
    )
    evaluations = {e.check_name: e for e in result.get_asset_check_evaluations()}
    evaluation = evaluations["text_sha256_matches_text"]
    assert not evaluation.passed
    assert evaluation.metadata["violations"].value == 2
    first: Any = evaluation.metadata["first_20"].value
    assert {(row["doc_id"], row["page_num"]) for row in first} == {(env.doc2, 1), (env.doc2, 2)}
    assert all("text" not in row for row in first)


def test_daily_job_passes_clean_and_fails_naming_the_check(env: Env) -> None:
    resources = {"readers": readers_of(env.raw_db, env.annotated_db)}
    assert integrity_daily_job.execute_in_process(resources=resources).success
    _behind_the_back(env.urls["ann"], "UPDATE annotations_exports SET span_count = 9")
    result = integrity_daily_job.execute_in_process(resources=resources, raise_on_error=False)
    assert not result.success
    (failure,) = [e for e in result.all_events if e.is_step_failure]
    message = str(failure.event_specific_data)
    assert "CHECK 6 export_counts_match_rows: 1" in message
    assert "append-only audit: 1 loads changed" in message
