"""The append-only guard: Oceanid's writers cannot UPDATE or DELETE md_raw_ocr / md_annotated;
the statement is refused before it reaches DuckDB, and everything the loaders do still works."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow as pa
import pytest

from oceanid_assets.db.append_only import AppendOnlyViolation, append_only_violation
from oceanid_assets.db.sql import run_sql_file, transaction
from oceanid_assets.resources.databases import DuckDBDatabase


@pytest.fixture
def db(tmp_path: Path) -> DuckDBDatabase:
    database = DuckDBDatabase(database=str(tmp_path / "x.duckdb"))
    with database.connect() as conn:
        conn.execute("CREATE TABLE t (a INTEGER PRIMARY KEY, b VARCHAR)")
        conn.execute("INSERT INTO t VALUES (1, 'one'), (2, 'two')")
    return database


def _rows(db: DuckDBDatabase) -> list[tuple[object, ...]]:
    with duckdb.connect(db.database, read_only=True) as conn:
        return conn.execute("SELECT * FROM t ORDER BY a").fetchall()


@pytest.mark.parametrize(
    ("sql", "named"),
    [
        ("UPDATE t SET b = 'x'", "UPDATE"),
        ("DELETE FROM t WHERE a = 1", "DELETE"),
        ("TRUNCATE t", "TRUNCATE"),
        ("DROP TABLE t", "DROP"),
        ("ALTER TABLE t DROP COLUMN b", "ALTER"),
        ("ALTER TABLE t RENAME TO u", "ALTER"),
        ("INSERT OR REPLACE INTO t VALUES (1, 'x')", "OR REPLACE"),
        ("INSERT INTO t VALUES (1, 'x') ON CONFLICT (a) DO UPDATE SET b = 'x'", "DO UPDATE"),
        ("CREATE OR REPLACE TABLE t AS SELECT 1 AS a", "CREATE OR REPLACE TABLE"),
        ("MERGE INTO t USING (SELECT 1 AS a) s ON t.a = s.a WHEN MATCHED THEN DELETE", "MERGE"),
        ("SELECT 1; -- harmless first\nDELETE FROM t", "DELETE"),
        ("/* hidden */ update t set b = 'x'", "UPDATE"),
    ],
)
def test_writer_refuses_changes_to_stored_rows(db: DuckDBDatabase, sql: str, named: str) -> None:
    with db.connect() as conn, pytest.raises(AppendOnlyViolation, match=named):
        conn.execute(sql)
    assert _rows(db) == [(1, "one"), (2, "two")]  # nothing reached the database


def test_every_sql_entry_point_is_guarded(db: DuckDBDatabase) -> None:
    with db.connect() as conn:
        for call in (conn.sql, conn.query, conn.execute, conn.cursor().execute):
            with pytest.raises(AppendOnlyViolation):
                call("DELETE FROM t")
        with pytest.raises(AppendOnlyViolation):
            conn.executemany("UPDATE t SET b = ? WHERE a = ?", [["x", 1]])
        (statement,) = duckdb.extract_statements("DELETE FROM t")
        with pytest.raises(AppendOnlyViolation):
            conn.execute(statement)
    assert _rows(db) == [(1, "one"), (2, "two")]


def test_what_the_loaders_do_still_works(db: DuckDBDatabase) -> None:
    with db.connect() as conn:
        conn.register("_incoming", pa.table({"a": [3], "b": ["three"]}))
        with transaction(conn):
            conn.execute("SET VARIABLE tag = ?", ["x"])
            conn.execute("INSERT INTO t SELECT a, b || getvariable('tag') FROM _incoming")
            conn.execute("INSERT INTO t VALUES (1, 'dup') ON CONFLICT DO NOTHING")
            conn.execute("CREATE OR REPLACE TEMP TABLE _staged AS SELECT 4 AS a, 'four' AS b")
            conn.execute("CREATE OR REPLACE VIEW v AS SELECT a FROM t")
            conn.execute("ALTER TABLE t ADD COLUMN c INTEGER")
            conn.execute("INSERT INTO t BY NAME SELECT * FROM _staged")
            conn.execute("DROP TABLE IF EXISTS temp._staged")
        assert conn.sql("SELECT count(*) FROM v").fetchall() == [(4,)]
        assert conn.execute("SELECT max(a) FROM t").fetchall() == [(4,)]
        conn.unregister("_incoming")
    assert len(_rows(db)) == 4


def test_a_refused_statement_inside_a_transaction_rolls_it_back(db: DuckDBDatabase) -> None:
    with db.connect() as conn, pytest.raises(AppendOnlyViolation), transaction(conn):
        conn.execute("INSERT INTO t VALUES (3, 'three')")
        conn.execute("DELETE FROM t WHERE a = 1")
    assert _rows(db) == [(1, "one"), (2, "two")]


def test_schema_files_pass_the_guard(tmp_path: Path) -> None:
    for schema in ("raw_schema.sql", "annotated_schema.sql", "load_fingerprints_schema.sql"):
        database = DuckDBDatabase(database=str(tmp_path / f"{schema}.duckdb"), schema_file=schema)
        with database.connect() as conn:
            run_sql_file(conn, schema)  # and again: idempotent, still allowed


def test_guard_can_be_turned_off_for_other_databases(tmp_path: Path) -> None:
    scratch = DuckDBDatabase(database=str(tmp_path / "scratch.duckdb"), append_only=False)
    with scratch.connect() as conn:
        conn.execute("CREATE TABLE s AS SELECT 1 AS a")
        conn.execute("DELETE FROM s")


def test_violation_reasons() -> None:
    assert append_only_violation("INSERT INTO t VALUES (1, 'UPDATE t SET b = 1')") is None
    assert append_only_violation("SELECT * FROM t") is None
    assert append_only_violation("delete from t") == "DELETE statement"
