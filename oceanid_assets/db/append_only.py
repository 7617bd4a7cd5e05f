"""The append-only guard on Oceanid's database writers (md_raw_ocr, md_annotated).

Statements are parsed by DuckDB's own parser (`duckdb.extract_statements`) and anything that
would change or remove stored rows is refused before it reaches the database.
"""

from __future__ import annotations

import re
from typing import Any

import duckdb


class AppendOnlyViolation(Exception):
    """A statement that would change or remove stored rows, refused before DuckDB runs it."""


_COMMENTS = re.compile(r"--[^\n]*|/\*.*?\*/", re.DOTALL)
_REFUSED_TYPES = {"UPDATE", "DELETE", "MERGE_INTO"}  # DuckDB reports TRUNCATE as DELETE
_ALTER_ALLOWED = re.compile(r"^ALTER\s+TABLE\s+.+?\s+ADD\s", re.IGNORECASE | re.DOTALL)
_INSERT_REFUSED = re.compile(
    r"^INSERT\s+OR\s+REPLACE\b|\bON\s+CONFLICT\b.*\bDO\s+UPDATE\b", re.IGNORECASE | re.DOTALL
)
_REPLACE_TABLE = re.compile(r"^CREATE\s+OR\s+REPLACE\s+TABLE\b", re.IGNORECASE)
_DROP_TEMP = re.compile(r"^DROP\s+(TABLE|VIEW)\s+(IF\s+EXISTS\s+)?\"?temp\"?\.", re.IGNORECASE)


def append_only_violation(sql: str) -> str | None:
    """Why `sql` may not run on an append-only database, or None. Parsed by DuckDB itself.

    Refused: UPDATE, DELETE, TRUNCATE, MERGE INTO, INSERT OR REPLACE / ON CONFLICT DO UPDATE,
    CREATE OR REPLACE TABLE, DROP (except of temp.* objects), ALTER other than ADD (column).
    Everything else passes: INSERT, SELECT, CREATE [OR REPLACE] VIEW / TEMP TABLE, SET, ...
    """
    for statement in duckdb.extract_statements(sql):
        kind = statement.type.name
        text = _COMMENTS.sub(" ", statement.query).strip()
        if kind in _REFUSED_TYPES:
            verb = "TRUNCATE" if re.match(r"TRUNCATE\b", text, re.IGNORECASE) else kind
            return f"{verb} statement"
        if kind == "INSERT" and _INSERT_REFUSED.search(text):
            return "INSERT that replaces existing rows (OR REPLACE / ON CONFLICT DO UPDATE)"
        if kind == "CREATE" and _REPLACE_TABLE.match(text):
            return "CREATE OR REPLACE TABLE statement"
        if kind == "DROP" and not _DROP_TEMP.match(text):
            return "DROP statement"
        if kind == "ALTER" and not _ALTER_ALLOWED.match(text):
            return "ALTER statement other than ADD COLUMN"
    return None


class AppendOnlyConnection:
    """A DuckDB connection that refuses statements changing or removing stored rows.

    Every SQL entry point (execute, executemany, sql, query, from_query) parses its text with
    DuckDB's parser first and raises AppendOnlyViolation naming the statement; nothing reaches
    the database. Everything else (register, fetch*, relations, ...) is the wrapped connection's.
    """

    def __init__(self, conn: duckdb.DuckDBPyConnection, database: str) -> None:
        self._conn = conn
        self._database = database

    def _check(self, query: str | duckdb.Statement) -> None:
        text = query if isinstance(query, str) else query.query  # Statement: extract_statements
        reason = append_only_violation(text)
        if reason:
            raise AppendOnlyViolation(
                f"{self._database} is append-only: {reason} refused before execution"
            )

    def execute(
        self, query: str | duckdb.Statement, *args: Any, **kwargs: Any
    ) -> AppendOnlyConnection:
        self._check(query)
        self._conn.execute(query, *args, **kwargs)
        return self

    def executemany(
        self, query: str | duckdb.Statement, *args: Any, **kwargs: Any
    ) -> AppendOnlyConnection:
        self._check(query)
        self._conn.executemany(query, *args, **kwargs)
        return self

    def sql(self, query: str, *args: Any, **kwargs: Any) -> Any:
        self._check(query)
        return self._conn.sql(query, *args, **kwargs)

    def query(self, query: str, *args: Any, **kwargs: Any) -> Any:
        self._check(query)
        return self._conn.query(query, *args, **kwargs)

    def from_query(self, query: str, *args: Any, **kwargs: Any) -> Any:
        self._check(query)
        return self._conn.from_query(query, *args, **kwargs)

    def cursor(self) -> AppendOnlyConnection:
        return AppendOnlyConnection(self._conn.cursor(), self._database)

    def duplicate(self) -> AppendOnlyConnection:
        return AppendOnlyConnection(self._conn.duplicate(), self._database)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)

    def __enter__(self) -> AppendOnlyConnection:
        return self

    def __exit__(self, *exc: object) -> None:
        self._conn.close()
