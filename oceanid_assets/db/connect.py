"""Every DuckDB connection to Oceanid's databases is opened here.

- `connect_writer`: a database's one writer (md_raw_ocr, md_annotated, md_ops): its schema file
  applied, the append-only guard, and on MotherDuck its role's own token.
- `connect_readers`: an in-memory connection with databases attached read-only under aliases
  (`raw`, `ann`, ...), for checks, coverage, sensors and status pages; on MotherDuck with the
  read-only token MD_READ_TOKEN, so a reader never holds a writer's credentials.
- `connect_reader`: the same for one database, its tables reachable unqualified.

A local DuckDB file takes one writer process, and that writer excludes other processes' readers
too (and any reader excludes a writer): every function here waits up to `busy_timeout_s` for
the file's lock, then raises `DatabaseBusy`, naming the file, the process holding it and how
long it waited. (The object store has its own in-memory connection:
`storage.duckdb_store.store_connection`.)
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from functools import partial
from pathlib import Path
from typing import Any, Protocol, TypeVar, cast

import duckdb

from oceanid_assets.db import motherduck
from oceanid_assets.db.append_only import AppendOnlyConnection
from oceanid_assets.db.sql import run_sql_file

T = TypeVar("T")


class Database(Protocol):
    """What the plain functions need of a database: a writer's connection (the Dagster
    resource `DuckDBDatabase` is one)."""

    def connect(self) -> AbstractContextManager[duckdb.DuckDBPyConnection]: ...


LOCK_POLL_S = 0.2


class DatabaseBusy(Exception):
    """A database file is held (by another process, or another connection of this one) past
    the timeout."""


# DuckDB names the process that holds a file: `Conflicting lock is held in <program> (PID <n>)`.
_LOCK_HOLDER = re.compile(r"Conflicting lock is held in (?P<program>.+?) \(PID (?P<pid>\d+)\)")


def is_lock_error(exc: duckdb.Error) -> bool:
    message = str(exc)
    return (
        "Could not set lock" in message
        or "Conflicting lock" in message
        or "already attached" in message
    )


def lock_holder(exc: duckdb.Error) -> str:
    """Who holds the file, in words: the PID and program DuckDB reports, when it reports one."""
    found = _LOCK_HOLDER.search(str(exc))
    if found is None:
        return "another connection"
    return f"another process (PID {found['pid']}, {found['program']})"


def wait_while_locked(open_: Callable[[], T], what: str, busy_timeout_s: float) -> T:
    """`open_()`, tried again while another process holds `what`'s lock, for `busy_timeout_s`."""
    started = time.monotonic()
    deadline = started + busy_timeout_s
    while True:
        try:
            return open_()
        except duckdb.Error as exc:
            if not is_lock_error(exc):
                raise
            if time.monotonic() >= deadline:
                # A read-only holder (a `duckdb -readonly` shell) blocks a writer as well, so the
                # message says who holds the file rather than guessing it is a writer.
                raise DatabaseBusy(
                    f"database busy: {what} is held by {lock_holder(exc)}; waited "
                    f"{time.monotonic() - started:.1f} s (busy timeout {busy_timeout_s:g} s) "
                    f"for it to let go. Nothing was read or written; retry once the holder has "
                    f"closed the file. DuckDB said: {exc}"
                ) from exc
            time.sleep(LOCK_POLL_S)


@contextmanager
def connect_writer(
    database: str,
    *,
    role: str | None = None,
    token: str | None = None,
    schema_file: str | None = None,
    append_only: bool = True,
    settings: Mapping[str, Any] | None = None,
    busy_timeout_s: float = 0.0,
) -> Iterator[duckdb.DuckDBPyConnection]:
    """The writer's connection, closed on exit (a failed step must not keep the file's lock)."""
    if motherduck.is_motherduck(database):
        writer_token = motherduck.writer_token(role, token, database)
        md_settings = {"custom_user_agent": "dagster", **(settings or {})}
        conn = motherduck.connect(database, writer_token, config=md_settings)
    else:
        if database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        conn = wait_while_locked(
            lambda: duckdb.connect(database, config=dict(settings or {})), database, busy_timeout_s
        )
    try:
        guarded = (
            cast(duckdb.DuckDBPyConnection, AppendOnlyConnection(conn, database))
            if append_only
            else conn
        )
        if schema_file:
            run_sql_file(guarded, schema_file)
        yield guarded
    finally:
        conn.close()


def attach_statement(url: str, alias: str) -> str:
    """ATTACH one database read-only under `alias`."""
    if not alias.isidentifier():
        raise ValueError(f"invalid alias {alias!r}")
    quoted = url.replace("'", "''")
    if motherduck.is_motherduck(url):
        # Read-only comes from the token's role, MD_READ_TOKEN, which connect_readers puts in
        # the connection config (never in this text; docs/production.md).
        return f"ATTACH '{quoted}' AS {alias}"
    return f"ATTACH '{quoted}' AS {alias} (READ_ONLY)"


def _attach(conn: duckdb.DuckDBPyConnection, statement: str, token: str) -> None:
    try:
        conn.execute(statement)
        return
    except duckdb.Error as exc:
        if not (token and token in str(exc)):
            raise
        failure = motherduck.redacted_error(exc, token, "could not attach a MotherDuck database")
    raise failure  # outside the handler: the token-bearing original is not chained


@contextmanager
def connect_readers(
    urls: Mapping[str, str], *, read_token: str | None = None, busy_timeout_s: float = 30.0
) -> Iterator[duckdb.DuckDBPyConnection]:
    """An in-memory connection with each database of `urls` ({alias: url}) attached read-only.

    MotherDuck URLs are attached with the read-only token (one covers every database): the
    `read_token` given (a resource's resolved EnvVar), else MD_READ_TOKEN from the environment.
    """
    md_urls = [url for url in urls.values() if motherduck.is_motherduck(url)]
    token = motherduck.read_token(md_urls[0], read_token) if md_urls else ""
    conn = motherduck.connect(":memory:", token) if token else duckdb.connect(":memory:")
    try:
        for alias, url in urls.items():
            statement = attach_statement(url, alias)
            wait_while_locked(partial(_attach, conn, statement, token), url, busy_timeout_s)
        yield conn
    finally:
        conn.close()


@contextmanager
def connect_reader(
    url: str, *, read_token: str | None = None, busy_timeout_s: float = 30.0
) -> Iterator[duckdb.DuckDBPyConnection]:
    """One database read-only, its tables unqualified (as the SQL files name them)."""
    with connect_readers({"db": url}, read_token=read_token, busy_timeout_s=busy_timeout_s) as conn:
        conn.execute("USE db")
        yield conn


def database_exists(url: str) -> bool:
    """Whether there is anything to read yet: a local file is created by its first writer."""
    return motherduck.is_motherduck(url) or Path(url).exists()


def table_exists(conn: duckdb.DuckDBPyConnection, table: str, catalog: str | None = None) -> bool:
    """Whether `table` exists (in the attached `catalog`, or in any database of `conn`)."""
    rows = conn.execute(
        "SELECT 1 FROM duckdb_tables() WHERE table_name = ? "
        "AND (CAST(? AS VARCHAR) IS NULL OR database_name = ?)",
        [table, catalog, catalog],
    ).fetchall()
    return bool(rows)
