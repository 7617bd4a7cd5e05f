"""The SQL files of `sql/`, run with their parameters as DuckDB variables.

Every statement the pipeline runs is a file there, so a person can run the same text with the
`duckdb` CLI and `.read` after `SET VARIABLE name = ...`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from functools import cache
from typing import Any

import duckdb

from oceanid_assets import config

SQL_DIR = config.sql_dir()


@cache
def sql_text(name: str) -> str:
    return (SQL_DIR / name).read_text(encoding="utf-8")


def set_variables(conn: duckdb.DuckDBPyConnection, variables: Mapping[str, Any]) -> None:
    for name, value in variables.items():
        # Variable names are ours (identifiers in code); values always travel as parameters.
        conn.execute(f"SET VARIABLE {name} = ?", [value])


def run_sql_file(
    conn: duckdb.DuckDBPyConnection, name: str, variables: Mapping[str, Any] | None = None
) -> list[tuple[Any, ...]]:
    """Run one file of `sql/` and return the rows of its last statement."""
    set_variables(conn, variables or {})
    return conn.execute(sql_text(name)).fetchall()


@contextmanager
def registered(
    conn: duckdb.DuckDBPyConnection, tables: Mapping[str, Any]
) -> Iterator[duckdb.DuckDBPyConnection]:
    """Arrow tables visible to the SQL files under the given names, for the block only."""
    for name, table in tables.items():
        conn.register(name, table)
    try:
        yield conn
    finally:
        for name in tables:
            conn.unregister(name)


@contextmanager
def transaction(conn: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """All or nothing: a failure anywhere inside rolls every statement back."""
    conn.execute("BEGIN TRANSACTION")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
