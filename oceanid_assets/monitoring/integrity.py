"""Run the integrity checks of `sql/checks_integrity.sql`, one at a time, without Dagster.

The file holds every check as a `-- CHECK n: title` block of one SELECT over the two databases
attached as `raw` and `ann` (the same text a person runs with `.read` in the duckdb CLI). Here
the file is split on those markers; each block runs on an in-memory connection that attaches
only the databases the block names, read-only, so a check never takes a writer's lock.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, NamedTuple

import duckdb

from oceanid_assets.config import validate_batch_id
from oceanid_assets.db.motherduck import connect as motherduck_connect
from oceanid_assets.db.motherduck import is_motherduck, read_token, redacted_error
from oceanid_assets.resources.databases import sql_text

CHECKS_FILE = "checks_integrity.sql"
_MARKER = re.compile(r"^-- CHECK (\d+): (.+)$", re.MULTILINE)
# Alias in the SQL file -> the name the checks need for it.
ALIASES = ("raw", "ann")


class DatabaseBusy(Exception):
    """A database file is held by a writer (another process, or this one) past the timeout."""


class Violation(NamedTuple):
    check_id: int
    batch_id: str | None
    doc_id: str | None
    page_num: int | None
    ref: str | None
    detail: str


@dataclass(frozen=True)
class IntegrityCheck:
    check_id: int
    title: str
    sql: str  # one SELECT, no trailing semicolon

    @property
    def databases(self) -> tuple[str, ...]:
        """The aliases this check reads (`raw`, `ann`)."""
        return tuple(alias for alias in ALIASES if f"{alias}.main." in self.sql)


def parse_checks(text: str) -> dict[int, IntegrityCheck]:
    """Split a checks file on its `-- CHECK n: title` markers."""
    markers = list(_MARKER.finditer(text))
    checks: dict[int, IntegrityCheck] = {}
    for index, marker in enumerate(markers):
        end = markers[index + 1].start() if index + 1 < len(markers) else len(text)
        body = text[marker.start() : end].strip()
        statements = duckdb.extract_statements(body)
        if len(statements) != 1:
            raise ValueError(f"CHECK {marker.group(1)}: expected one statement, {len(statements)}")
        check_id = int(marker.group(1))
        if check_id in checks:
            raise ValueError(f"CHECK {check_id} defined twice")
        checks[check_id] = IntegrityCheck(check_id, marker.group(2).strip(), body.rstrip(";"))
    return checks


def load_checks() -> dict[int, IntegrityCheck]:
    return parse_checks(sql_text(CHECKS_FILE))


def attach_statement(url: str, alias: str) -> str:
    """ATTACH one database read-only under `alias` (MotherDuck: `md:` URLs, token from env)."""
    if alias not in ALIASES:
        raise ValueError(f"unknown alias {alias!r}")
    quoted = url.replace("'", "''")
    if is_motherduck(url):
        # MotherDuck: read-only comes from the token's role, MD_READ_TOKEN, which
        # checks_connection puts in the connection config (never in this text; docs/production.md).
        return f"ATTACH '{quoted}' AS {alias}"
    return f"ATTACH '{quoted}' AS {alias} (READ_ONLY)"


def _is_lock_error(exc: duckdb.Error) -> bool:
    message = str(exc)
    return (
        "Could not set lock" in message
        or "Conflicting lock" in message
        or ("already attached" in message)
    )


def _attach(conn: duckdb.DuckDBPyConnection, statement: str, token: str) -> None:
    try:
        conn.execute(statement)
        return
    except duckdb.Error as exc:
        if not (token and token in str(exc)):
            raise
        failure = redacted_error(exc, token, "could not attach a MotherDuck database")
    raise failure  # outside the handler: the token-bearing original is not chained


@contextmanager
def checks_connection(
    urls: Mapping[str, str], *, busy_timeout_s: float = 30.0, poll_s: float = 0.5
) -> Iterator[duckdb.DuckDBPyConnection]:
    """An in-memory connection with each database of `urls` ({alias: url}) attached read-only.

    A local DuckDB file takes one writer process, and a writer excludes readers in other
    processes: while one holds it, ATTACH is retried for `busy_timeout_s`, then DatabaseBusy.
    MotherDuck URLs are attached with MD_READ_TOKEN (one read-only token covers both databases).
    """
    md_urls = [url for url in urls.values() if is_motherduck(url)]
    token = read_token(md_urls[0]) if md_urls else ""
    conn = motherduck_connect(":memory:", token) if token else duckdb.connect(":memory:")
    try:
        for alias, url in urls.items():
            deadline = time.monotonic() + busy_timeout_s
            while True:
                try:
                    _attach(conn, attach_statement(url, alias), token)
                    break
                except duckdb.Error as exc:
                    if not _is_lock_error(exc):
                        raise
                    if time.monotonic() >= deadline:
                        raise DatabaseBusy(
                            f"database busy: {url} is held by a writer ({exc}); "
                            f"waited {busy_timeout_s:g} s"
                        ) from exc
                    time.sleep(poll_s)
        yield conn
    finally:
        conn.close()


def run_check(
    conn: duckdb.DuckDBPyConnection, check: IntegrityCheck, batch_id: str | None = None
) -> list[Violation]:
    """The offending rows of one check, for one batch or (None) all of them."""
    if batch_id is not None:
        validate_batch_id(batch_id)
    conn.execute("SET VARIABLE batch_id = ?", [batch_id])
    return [Violation(*row) for row in conn.execute(check.sql).fetchall()]


def run_checks(
    urls: Mapping[str, str],
    check_ids: list[int] | None = None,
    batch_id: str | None = None,
    *,
    busy_timeout_s: float = 30.0,
) -> dict[int, list[Violation]]:
    """Run some (default: all) checks; each attaches only the databases it reads."""
    checks = load_checks()
    results: dict[int, list[Violation]] = {}
    for check_id in check_ids or sorted(checks):
        check = checks[check_id]
        needed = {alias: urls[alias] for alias in check.databases}
        with checks_connection(needed, busy_timeout_s=busy_timeout_s) as conn:
            results[check_id] = run_check(conn, check, batch_id)
    return results


def summarize(violations: list[Violation], limit: int = 20) -> dict[str, Any]:
    """Check metadata: the count and the first `limit` offending ids (never page text)."""
    first = violations[:limit]
    return {
        "violations": len(violations),
        "batches": sorted({v.batch_id for v in violations if v.batch_id}),
        "first": [
            {key: value for key, value in v._asdict().items() if value is not None} for v in first
        ],
    }
