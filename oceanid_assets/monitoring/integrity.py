"""Run the integrity checks of `sql/checks_integrity.sql`, one at a time, without Dagster.

The file holds every check as a `-- CHECK n: title` block of one SELECT over the two databases
attached as `raw` and `ann` (the same text a person runs with `.read` in the duckdb CLI). Here
the file is split on those markers; each block runs on an in-memory connection that attaches
only the databases the block names, read-only, so a check never takes a writer's lock.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

import duckdb

from oceanid_assets.config import validate_batch_id
from oceanid_assets.db.connect import connect_readers
from oceanid_assets.db.sql import sql_text

CHECKS_FILE = "checks_integrity.sql"
_MARKER = re.compile(r"^-- CHECK (\d+): (.+)$", re.MULTILINE)
# Alias in the SQL file -> the name the checks need for it.
ALIASES = ("raw", "ann")


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
    read_token: str | None = None,
    busy_timeout_s: float = 30.0,
) -> dict[int, list[Violation]]:
    """Run some (default: all) checks; each attaches only the databases it reads."""
    checks = load_checks()
    results: dict[int, list[Violation]] = {}
    for check_id in check_ids or sorted(checks):
        check = checks[check_id]
        needed = {alias: urls[alias] for alias in check.databases}
        with connect_readers(needed, read_token=read_token, busy_timeout_s=busy_timeout_s) as conn:
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
