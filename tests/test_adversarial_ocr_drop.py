"""OCR drops at the edges of their contract, loaded for real: Parquet files in a local store,
`ingest_batch` into a real md_raw_ocr DuckDB file (and once through the Dagster asset).

The contract (oceanid_assets/ingest/ocr_drop.py) and md_raw_ocr's NOT NULL columns must agree:
a drop that follows the contract loads, with what it leaves out filled by the reader; a drop
that breaks it fails with InvalidOcrDrop naming the file and the column, never with a bare
DuckDB ConstraintException, and writes nothing of its batch.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import duckdb
import pytest
from dagster import DagsterInstance, materialize

from oceanid_assets.defs.batches import batch_partitions
from oceanid_assets.defs.raw.assets import raw_ingest
from oceanid_assets.ingest.ocr_drop import InvalidOcrDrop, build_ocr_drop_files
from oceanid_assets.ingest.raw_load import ingest_batch
from oceanid_assets.ingest.receipts import store_document
from oceanid_assets.monitoring.integrity import run_checks
from oceanid_assets.resources.databases import DuckDBDatabase
from oceanid_assets.resources.object_store import ObjectStoreResource
from oceanid_assets.resources.ocr import OcrResource
from oceanid_assets.storage import layout
from oceanid_assets.storage.store import LocalStore, Store
from tests.conftest import make_pdf

BATCH = "adv-1"
UNKNOWN = "unknown"  # the contract's ocr_model_version where a drop gives none

# What a drop must carry: present, and never null. Everything else the schema declares NOT NULL
# is either set by the loader or filled by the reader (FILLED).
REQUIRED = {("documents", "doc_id"), ("pages", "doc_id"), ("pages", "page_num"), ("pages", "text")}
FILLED = {("documents", "page_count"), ("pages", "ocr_engine"), ("pages", "ocr_model_version")}
SET_BY_LOADER = {
    "batch_id",
    "source",
    "loaded_at",
    "dagster_run_id",
    "text_sha256",
    "char_count",
    "ocr_run_id",
}


def _uuid() -> str:
    return str(uuid.uuid4())


def _write_drop(
    store: Store,
    documents: list[dict[str, Any]],
    pages: list[dict[str, Any]],
    batch_id: str = BATCH,
) -> tuple[str, str]:
    """The drop's two Parquet files, then `_SUCCESS` (keys from the layout); their keys."""
    docs_bytes, pages_bytes = build_ocr_drop_files(documents, pages)
    docs_key = layout.ocr_documents_prefix(batch_id) + "part-0.parquet"
    pages_key = layout.ocr_pages_prefix(batch_id) + "part-0.parquet"
    store.write_bytes(docs_key, docs_bytes)
    store.write_bytes(pages_key, pages_bytes)
    store.write_bytes(layout.ocr_success_key(batch_id), b"")
    return docs_key, pages_key


def _rows(conn: duckdb.DuckDBPyConnection, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    return conn.execute(sql, list(params)).fetchall()


TOTALS = "SELECT (SELECT count(*) FROM raw_documents), (SELECT count(*) FROM raw_pages)"


def _batch_counts(conn: duckdb.DuckDBPyConnection, batch_id: str) -> dict[str, int]:
    return {
        table: _rows(conn, f"SELECT count(*) FROM {table} WHERE batch_id = ?", batch_id)[0][0]
        for table in ("raw_documents", "raw_pages", "raw_quarantine")
    }


# --- (a) a drop that follows the contract loads ------------------------------------------


def test_drop_without_optional_columns_loads_with_filled_values(
    local_store: LocalStore, raw_db: DuckDBDatabase
) -> None:
    """Only the required columns: page_count and ocr_model_version absent from the files."""
    doc_a, doc_b = sorted([_uuid(), _uuid()])
    pages: list[dict[str, Any]] = [
        {"doc_id": doc_a, "page_num": 1, "text": "Name of vessel: DON QUIJOTE"},
        {"doc_id": doc_a, "page_num": 2, "text": "IMO 9138525"},
        {"doc_id": doc_a, "page_num": 3, "text": ""},
        {"doc_id": doc_b, "page_num": 1, "text": "Call sign: LATE8"},
    ]
    _write_drop(local_store, [{"doc_id": doc_a}, {"doc_id": doc_b}], pages)
    with raw_db.connect() as conn:
        load = ingest_batch(local_store, conn, BATCH, "run-1")
        assert (load.documents_inserted, load.pages_inserted) == (2, 4)
        assert _rows(conn, "SELECT doc_id, page_count, source FROM raw_documents ORDER BY 1") == [
            (doc_a, 3, "ocr_drop"),
            (doc_b, 1, "ocr_drop"),
        ]
        stored = _rows(
            conn,
            "SELECT doc_id, page_num, ocr_engine, ocr_model_version FROM raw_pages ORDER BY 1, 2",
        )
        # A second run of the same drop is a no-op: the filled version keys the page like any.
        assert ingest_batch(local_store, conn, BATCH, "run-2").pages_inserted == 0
    assert stored == [
        (doc_a, 1, "deepseek-ocr", UNKNOWN),
        (doc_a, 2, "deepseek-ocr", UNKNOWN),
        (doc_a, 3, "deepseek-ocr", UNKNOWN),
        (doc_b, 1, "deepseek-ocr", UNKNOWN),
    ]
    # The filled page_count agrees with the pages: integrity checks 1 and 4 stay green.
    assert run_checks({"raw": raw_db.database}, [1, 4], BATCH) == {1: [], 4: []}


def test_optional_columns_present_but_null_are_filled_and_given_values_kept(
    local_store: LocalStore, raw_db: DuckDBDatabase
) -> None:
    doc_a, doc_b, doc_c = sorted([_uuid(), _uuid(), _uuid()])
    documents: list[dict[str, Any]] = [
        {"doc_id": doc_a, "page_count": None},
        {"doc_id": doc_b, "page_count": 4},  # given: kept, even beyond the pages dropped
        {"doc_id": doc_c, "page_count": None},
    ]
    pages: list[dict[str, Any]] = [
        {"doc_id": doc_a, "page_num": 1, "text": "a1", "ocr_model_version": None},
        {"doc_id": doc_a, "page_num": 2, "text": "a2", "ocr_model_version": "ocr-2.1"},
        {"doc_id": doc_b, "page_num": 1, "text": "b1", "ocr_model_version": "ocr-2.1"},
        # a page missing from the drop: page_count is the highest page number it holds
        {"doc_id": doc_c, "page_num": 1, "text": "c1", "ocr_model_version": None},
        {"doc_id": doc_c, "page_num": 3, "text": "c3", "ocr_model_version": None},
    ]
    _write_drop(local_store, documents, pages)
    with raw_db.connect() as conn:
        ingest_batch(local_store, conn, BATCH, "run-1")
        docs = _rows(conn, "SELECT doc_id, page_count FROM raw_documents ORDER BY 1")
        versions = _rows(
            conn, "SELECT doc_id, page_num, ocr_model_version FROM raw_pages ORDER BY 1, 2"
        )
    assert docs == [(doc_a, 2), (doc_b, 4), (doc_c, 3)]
    assert versions == [
        (doc_a, 1, UNKNOWN),
        (doc_a, 2, "ocr-2.1"),
        (doc_b, 1, "ocr-2.1"),
        (doc_c, 1, UNKNOWN),
        (doc_c, 3, UNKNOWN),
    ]
    # Gaps are what integrity check 4 is for; the filled count makes it name the missing page.
    found = run_checks({"raw": raw_db.database}, [4], BATCH)[4]
    assert sorted((r.doc_id, r.detail) for r in found) == [
        (doc_b, "page_count 4 but 1 pages loaded; missing [2, 3, 4]; unexpected []"),
        (doc_c, "page_count 3 but 2 pages loaded; missing [2]; unexpected []"),
    ]


def test_optional_columns_entirely_null_are_filled(
    local_store: LocalStore, raw_db: DuckDBDatabase
) -> None:
    """Every value null: the Parquet columns have Arrow's null type, not a string or int."""
    doc = _uuid()
    pages = [{"doc_id": doc, "page_num": 1, "text": "t", "ocr_model_version": None}]
    _write_drop(local_store, [{"doc_id": doc, "page_count": None}], pages)
    with raw_db.connect() as conn:
        ingest_batch(local_store, conn, BATCH, "run-1")
        assert _rows(conn, "SELECT page_count FROM raw_documents") == [(1,)]
        assert _rows(conn, "SELECT ocr_model_version FROM raw_pages") == [(UNKNOWN,)]


def test_contract_and_schema_agree(raw_db: DuckDBDatabase) -> None:
    """Every NOT NULL column of raw_documents / raw_pages that a drop feeds is required by the
    contract or filled by the reader; a new NOT NULL column must be added to one or the other."""
    with raw_db.connect() as conn:
        not_null = _rows(
            conn,
            "SELECT table_name, column_name FROM duckdb_columns() "
            "WHERE NOT is_nullable AND table_name IN ('raw_documents', 'raw_pages')",
        )
    fed = {
        ("documents" if table == "raw_documents" else "pages", column)
        for table, column in not_null
        if column not in SET_BY_LOADER
    }
    assert fed == REQUIRED | FILLED


# --- (b) a drop missing a required value fails, naming the file and the column ------------


def _drop_with(
    file: str, column: str, how: str
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """A valid two-document drop, then `column` of `file` removed ("absent") or nulled in its
    second row ("null")."""
    doc_a, doc_b = sorted([_uuid(), _uuid()])
    documents: list[dict[str, Any]] = [{"doc_id": doc_a}, {"doc_id": doc_b}]
    pages: list[dict[str, Any]] = [
        {"doc_id": doc_a, "page_num": 1, "text": "a1"},
        {"doc_id": doc_a, "page_num": 2, "text": "a2"},
        {"doc_id": doc_b, "page_num": 1, "text": "b1"},
    ]
    rows = documents if file == "documents" else pages
    if how == "absent":
        for row in rows:
            del row[column]
    else:
        rows[1][column] = None
    return documents, pages


@pytest.mark.parametrize("how", ["absent", "null"])
@pytest.mark.parametrize(("file", "column"), sorted(REQUIRED))
def test_missing_required_value_fails_naming_file_and_column_and_writes_nothing(
    local_store: LocalStore, raw_db: DuckDBDatabase, file: str, column: str, how: str
) -> None:
    documents, pages = _drop_with(file, column, how)
    # Earlier batch already loaded: the failing one must leave it, and itself, as they were.
    good = _uuid()
    _write_drop(
        local_store,
        [{"doc_id": good}],
        [{"doc_id": good, "page_num": 1, "text": "ok"}],
        batch_id="good",
    )
    store_document(local_store, BATCH, make_pdf(["same batch, must not load"]), "licence.pdf")
    docs_key, pages_key = _write_drop(local_store, documents, pages)
    key = docs_key if file == "documents" else pages_key
    with raw_db.connect() as conn:
        ingest_batch(local_store, conn, "good", "run-0")
        before = _rows(conn, TOTALS)
        with pytest.raises(InvalidOcrDrop) as info:
            ingest_batch(local_store, conn, BATCH, "run-1")
        # (c) nothing of the failing batch is written, nothing else is touched
        assert _batch_counts(conn, BATCH) == {
            "raw_documents": 0,
            "raw_pages": 0,
            "raw_quarantine": 0,
        }
        assert _rows(conn, TOTALS) == before
    message = str(info.value)
    assert key in message, message
    assert f"{column!r}" in message, message
    other = pages_key if file == "documents" else docs_key
    assert other not in message, message
    if how == "null":
        assert "at rows 1" in message, message  # 0-based row within the file named
        row = (documents if file == "documents" else pages)[1]
        if row.get("doc_id"):
            assert row["doc_id"] in message, message
    else:
        assert f"missing required column {column!r}" in message, message


def test_document_without_pages_or_page_count_fails_naming_it(
    local_store: LocalStore, raw_db: DuckDBDatabase
) -> None:
    """page_count can only be filled from the drop's pages; without both, the drop is invalid."""
    doc_a, lonely, counted = sorted([_uuid(), _uuid(), _uuid()])
    documents: list[dict[str, Any]] = [
        {"doc_id": doc_a, "page_count": None},
        {"doc_id": lonely, "page_count": None},
        {"doc_id": counted, "page_count": 5},  # no pages either, but its count is given
    ]
    docs_key, pages_key = _write_drop(
        local_store, documents, [{"doc_id": doc_a, "page_num": 1, "text": "a1"}]
    )
    with raw_db.connect() as conn:
        with pytest.raises(InvalidOcrDrop) as info:
            ingest_batch(local_store, conn, BATCH, "run-1")
        assert _batch_counts(conn, BATCH) == {
            "raw_documents": 0,
            "raw_pages": 0,
            "raw_quarantine": 0,
        }
    message = str(info.value)
    assert docs_key in message and "'page_count'" in message and "at rows 1" in message
    assert lonely in message and doc_a not in message and counted not in message
    assert pages_key not in message


def test_the_asset_fails_with_the_readers_message(tmp_path: Path) -> None:
    """Through Dagster: the run fails with InvalidOcrDrop's message, not a ConstraintException."""
    store_resource = ObjectStoreResource(url=str(tmp_path / "store"))
    raw_db = DuckDBDatabase(
        database=str(tmp_path / "md_raw_ocr.duckdb"), schema_file="raw_schema.sql"
    )
    doc = _uuid()
    docs_key, _ = _write_drop(
        store_resource.get_store(),
        [{"doc_id": doc}, {"doc_id": _uuid()}],
        [{"doc_id": doc, "page_num": 1, "text": "t"}],
    )
    instance = DagsterInstance.ephemeral()
    instance.add_dynamic_partitions(batch_partitions.name or "", [BATCH])
    result = materialize(
        [raw_ingest],
        partition_key=BATCH,
        instance=instance,
        resources={"object_store": store_resource, "raw_db": raw_db, "ocr": OcrResource()},
        raise_on_error=False,
    )
    assert not result.success
    (failure,) = [e for e in result.all_events if e.event_type_value == "STEP_FAILURE"]
    error = failure.step_failure_data.error  # type: ignore[union-attr]
    assert error is not None
    assert docs_key in error.message and "'page_count'" in error.message
    assert "Constraint" not in error.message
    with raw_db.connect() as conn:
        assert _batch_counts(conn, BATCH) == {
            "raw_documents": 0,
            "raw_pages": 0,
            "raw_quarantine": 0,
        }
