"""Coverage, OCR-to-Argilla latency and the pilot gates of one batch, without Dagster.

The numbers come from `sql/monitoring_views.sql` (one copy of the queries, also read by
`sql/grafana_panels.sql` and by hand); the gates are seed 002 step 7's, run from
`sql/checks_integrity.sql`, plus "every page is in Argilla" (seed 000 phase 5 acceptance).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pyarrow as pa

from oceanid_assets.config import validate_batch_id
from oceanid_assets.db.connect import connect_readers
from oceanid_assets.db.sql import sql_text
from oceanid_assets.monitoring.integrity import load_checks, run_check

VIEWS_FILE = "monitoring_views.sql"
# Seed 002 step 7: the integrity checks whose rows fail the pilot.
GATE_CHECKS = (1, 3, 6, 8)
# Seed 000 success metric: 95 % of pages in Argilla within 5 minutes of OCR completion.
LATENCY_TARGET_PCT = 95.0
BAR_WIDTH = 10  # narrow enough for the metadata panel of the asset page


@dataclass(frozen=True)
class Gate:
    name: str
    passed: bool
    detail: str


@dataclass(frozen=True)
class BatchCoverage:
    batch_id: str
    totals: dict[str, Any]  # one row of coverage_by_batch (zeros when the batch has no documents)
    documents: pa.Table  # coverage_by_document
    pages: pa.Table  # page_pipeline_status: ids, timestamps, flags; no text
    gates: list[Gate]

    @property
    def gates_passed(self) -> bool:
        return all(gate.passed for gate in self.gates)

    @property
    def latency_target_met(self) -> bool:
        share = self.totals.get("within_5_min_pct")
        return share is not None and share >= LATENCY_TARGET_PCT


def batch_coverage(
    urls: Mapping[str, str],
    batch_id: str,
    *,
    read_token: str | None = None,
    busy_timeout_s: float = 30.0,
) -> BatchCoverage:
    """Everything the coverage asset shows for one batch, from both databases read-only."""
    batch_id = validate_batch_id(batch_id)
    both = {"raw": urls["raw"], "ann": urls["ann"]}
    with connect_readers(both, read_token=read_token, busy_timeout_s=busy_timeout_s) as conn:
        conn.execute("SET VARIABLE batch_id = ?", [batch_id])
        conn.execute(sql_text(VIEWS_FILE))
        documents = conn.sql("FROM coverage_by_document").to_arrow_table()
        pages = conn.sql("FROM page_pipeline_status ORDER BY doc_id, page_num").to_arrow_table()
        rows = conn.sql("FROM coverage_by_batch").to_arrow_table().to_pylist()
        # The gate checks read these two databases too: on this connection, not new ATTACHes.
        checks = load_checks()
        found = {n: run_check(conn, checks[n], batch_id) for n in GATE_CHECKS}
    totals = rows[0] if rows else _empty_totals(batch_id)
    return BatchCoverage(batch_id, totals, documents, pages, pilot_gates(found, totals))


def _empty_totals(batch_id: str) -> dict[str, Any]:
    counts = ("documents", "pages_expected", "pages_in_raw", "records_in_argilla")
    return {"batch_id": batch_id, **dict.fromkeys(counts, 0), "pages_annotated": 0}


def pilot_gates(found: Mapping[int, list[Any]], totals: Mapping[str, Any]) -> list[Gate]:
    titles = {n: check.title for n, check in load_checks().items()}
    gates = [
        Gate(
            f"CHECK {n}: {titles[n]}",
            not found[n],
            f"{len(found[n])} row(s)" if found[n] else "none",
        )
        for n in GATE_CHECKS
    ]
    expected, in_argilla = totals.get("pages_expected") or 0, totals.get("records_in_argilla") or 0
    gates.append(
        Gate(
            "every page is in Argilla",
            expected > 0 and in_argilla == expected,
            f"{in_argilla} of {expected} pages",
        )
    )
    return gates


def bar(part: int, whole: int, width: int = BAR_WIDTH) -> str:
    """A text bar a person reads at a glance: `███████░░░ 7/10`."""
    filled = round(width * part / whole) if whole else 0
    return "█" * filled + "░" * (width - filled) + f" {part}/{whole}"


def coverage_markdown(coverage: BatchCoverage, limit: int = 50) -> str:
    """The batch as a chart: one row per document, bars for Argilla and annotated pages."""
    t = coverage.totals
    lines = [
        f"**{coverage.batch_id}**: {t['documents']} documents, {t['pages_expected']} pages — "
        f"in Argilla {bar(t['records_in_argilla'], t['pages_expected'])}, "
        f"annotated {bar(t['pages_annotated'], t['pages_expected'])}",
        "",
        "| doc_id | pages in raw | in Argilla | annotated |",
        "| --- | --- | --- | --- |",
    ]
    for doc in coverage.documents.to_pylist()[:limit]:
        lines.append(
            f"| `{doc['doc_id']}` | {doc['pages_in_raw']}/{doc['page_count']} "
            f"| `{bar(doc['records_in_argilla'], doc['page_count'])}` "
            f"| `{bar(doc['pages_annotated'], doc['page_count'])}` |"
        )
    if coverage.documents.num_rows > limit:
        lines.append(f"| … {coverage.documents.num_rows - limit} more | | | |")
    return "\n".join(lines)


def gates_markdown(coverage: BatchCoverage) -> str:
    verdict = "PASS" if coverage.gates_passed else "FAIL"
    lines = [f"**Pilot gates (seed 002 step 7): {verdict}**", "", "| gate | result | found |"]
    lines.append("| --- | --- | --- |")
    for gate in coverage.gates:
        lines.append(f"| {gate.name} | {'pass' if gate.passed else 'FAIL'} | {gate.detail} |")
    return "\n".join(lines)
