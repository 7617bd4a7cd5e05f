"""The two DuckDB databases (local files, or MotherDuck `md:` URLs passed through unchanged).

On MotherDuck each writer connects with its role's own token (resources/motherduck.py): the raw
loader with MD_RAW_TOKEN, the Argilla side with MD_ANNOT_TOKEN, readers with MD_READ_TOKEN.

All SQL comes from the repository's `sql/` folder, with parameters set as DuckDB variables, so
every statement the assets run can be run by hand with the `duckdb` CLI and `.read`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any, cast

import duckdb
from dagster import EnvVar
from dagster_duckdb import DuckDBResource
from pydantic import Field

from oceanid_assets.db import motherduck
from oceanid_assets.db.append_only import AppendOnlyConnection

SQL_DIR = Path(os.environ.get("OCEANID_SQL_DIR") or Path(__file__).resolve().parents[2] / "sql")


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


class DuckDBDatabase(DuckDBResource):  # type: ignore[misc,type-arg]
    """A DuckDB database whose schema file is applied (idempotently) on every connection.

    Append-only by default (md_raw_ocr, md_annotated): the connection refuses UPDATE, DELETE and
    the like before they reach DuckDB (see AppendOnlyConnection). On MotherDuck (`md:`) it
    connects with its role's token, refusing a missing, shared or misplaced one.
    """

    schema_file: str | None = Field(
        default=None, description="File in sql/ that creates this database's tables, if any."
    )
    append_only: bool = Field(
        default=True, description="Refuse UPDATE/DELETE/TRUNCATE/DROP... on this database."
    )
    role: str | None = Field(
        default=None,
        description="Whose database this is on MotherDuck: 'raw' (token MD_RAW_TOKEN) or "
        "'annotated' (MD_ANNOT_TOKEN). Local files need neither.",
    )
    motherduck_token: str | None = Field(
        default=None,
        description="The role's token, as EnvVar('MD_RAW_TOKEN') / EnvVar('MD_ANNOT_TOKEN') "
        "only; sent in the connection config of md: URLs, never in the URL.",
    )

    @classmethod
    def for_role(cls, role: str, database: str, schema_file: str | None) -> DuckDBDatabase:
        """The database of a writer role, its token referenced by variable name (an EnvVar, so
        the UI and run config show the name, never the value). Unset: no reference, and an
        md: URL fails on connect naming the variable; a local file does not need it."""
        var = motherduck.ROLE_TOKEN_VARS[role]
        token = EnvVar(var) if os.environ.get(var) else None
        return cls(database=database, schema_file=schema_file, role=role, motherduck_token=token)

    @contextmanager
    def connect(self) -> Iterator[duckdb.DuckDBPyConnection]:
        with self._open() as conn:
            # DuckDBResource.get_connection does not close on error; a failed step would keep
            # the file's writer lock for the life of the process.
            try:
                guarded = (
                    cast(duckdb.DuckDBPyConnection, AppendOnlyConnection(conn, self.database))
                    if self.append_only
                    else conn
                )
                if self.schema_file:
                    run_sql_file(guarded, self.schema_file)
                yield guarded
            finally:
                conn.close()

    @contextmanager
    def _open(self) -> Iterator[duckdb.DuckDBPyConnection]:
        if motherduck.is_motherduck(self.database):
            token = motherduck.writer_token(self.role, _value(self.motherduck_token), self.database)
            config = {"custom_user_agent": "dagster", **self.connection_config}
            yield motherduck.connect(self.database, token, config=config)
            return
        if self.database != ":memory:":
            Path(self.database).parent.mkdir(parents=True, exist_ok=True)
        with self.get_connection() as conn:
            yield conn


def _value(token: str | None) -> str | None:
    # Inside a run Dagster has resolved the EnvVar; outside one (CLI, tests) resolve it here.
    return token.get_value() if isinstance(token, EnvVar) else token


def open_read_only(database: str) -> duckdb.DuckDBPyConnection:
    """For reports and checks that must not take the writer's lock (MotherDuck: MD_READ_TOKEN)."""
    if motherduck.is_motherduck(database):
        return motherduck.connect(database, motherduck.read_token(database), read_only=True)
    return duckdb.connect(database, read_only=True)
