"""What a backfill pass did, and what `oceanid backfill` prints of it: counts, launches, and
the open part of the failure ledger."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field

from oceanid_assets.backfill import ledger
from oceanid_assets.backfill.plan import Plan
from oceanid_assets.backfill.scan import ScanReport

LEDGER_ROWS = 50


@dataclass(frozen=True)
class Launch:
    backfill_id: str
    reason: str  # 'missing' | 'retry'
    assets: tuple[str, ...]
    batches: tuple[str, ...]


@dataclass
class BackfillReport:
    scan: ScanReport
    registered: list[str] = field(default_factory=list)
    plan: Plan = field(default_factory=Plan)
    launches: list[Launch] = field(default_factory=list)
    quarantine_imported: int = 0
    resolved_at_scan: int = 0
    dry_run: bool = False
    ledger: list[ledger.LedgerItem] = field(default_factory=list)

    def summary(self) -> dict[str, int]:
        counts = self.plan.counts()
        return {
            "pdfs_found": self.scan.pdfs_found,
            "pdfs_already_staged": self.scan.already_staged,
            "pdfs_duplicate": self.scan.duplicates,
            "documents_staged": self.scan.documents_staged,
            "batches_made": len(self.scan.batches),
            "partitions_registered": len(self.registered),
            "batches_known": len(self.plan.decisions),
            "partitions_launched": sum(
                len(x.batches) for x in self.launches if x.reason == "missing"
            ),
            "partitions_retried": sum(len(x.batches) for x in self.launches if x.reason == "retry"),
            "given_up": counts.get("gave_up", 0),
            "ok": counts.get("ok", 0),
            "in_progress": counts.get("in_progress", 0),
            "pending": counts.get("pending", 0),
            "backoff": counts.get("backoff", 0),
            "reported": counts.get("reported", 0),
            "quarantine_rows_imported": self.quarantine_imported,
            "resolved_at_scan": self.resolved_at_scan,
        }


def print_report(report: BackfillReport, *, verbose: bool = False) -> None:
    scan = report.scan
    note = " (dry run: nothing written or launched)" if report.dry_run else ""
    print(
        f"backfill of {scan.prefix!r}{note}: {scan.pdfs_found} PDF(s) found, "
        f"{scan.already_staged} already staged, {scan.duplicates} duplicate(s), "
        f"{scan.documents_staged} staged into {len(scan.batches)} new batch(es); "
        f"{len(scan.existing)} batch(es) already in the store; "
        f"{len(report.registered)} partition(s) registered"
    )
    for batch_id, docs in scan.batches.items():
        if verbose or len(scan.batches) <= 10:
            print(f"  new batch {batch_id}: {len(docs)} PDF(s)")
    counts = report.plan.counts()
    print("batches: " + ", ".join(f"{n} {action}" for action, n in counts.items()))
    for launch in report.launches:
        print(
            f"  launched backfill {launch.backfill_id} ({launch.reason}): "
            f"{len(launch.batches)} partition(s) [{', '.join(launch.batches[:10])}"
            f"{' …' if len(launch.batches) > 10 else ''}] assets {', '.join(launch.assets)}"
        )
    for decision in report.plan.decisions:
        if verbose or decision.action in ("gave_up", "backoff", "retry", "reported"):
            print(f"  {decision.batch_id}: {decision.action} {decision.detail}".rstrip())
    open_items = [item for item in report.ledger if item.status != "resolved"]
    resolved = len(report.ledger) - len(open_items)
    print(f"failure ledger: {len(open_items)} open item(s), {resolved} resolved")
    for item in open_items[:LEDGER_ROWS]:
        what = f"doc {item.doc_id}" if item.doc_id else "batch"
        print(
            f"  {item.status:<8} {item.batch_id} {what} {item.stage} attempts={item.attempts} "
            f"last={item.last_attempt_at:%Y-%m-%d %H:%M:%S} {item.error[:160]}"
        )
    sys.stdout.flush()
