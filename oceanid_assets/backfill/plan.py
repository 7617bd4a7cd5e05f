"""What a backfill run does with each batch: a plain function of what Dagster and the ledger say.

The backfill owns the stages from the store to the records file (`TARGET_ASSETS`). Later
stages have their own trigger and retry path (the autoload sensor pushes to Argilla with its
own backoff; coverage follows the push); their failures are in the ledger and reported, not
retried here, so a push is never started by two mechanisms.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from oceanid_assets import config
from oceanid_assets.backfill.ledger import LedgerItem
from oceanid_assets.backoff import Backoff

TARGET_ASSETS: tuple[str, ...] = (
    "raw_documents",
    "raw_pages",
    "argilla_pages",
    "suggestions",
    "argilla_records",
)
# Step keys (the ledger's stages) of the target assets; a multi-asset's step is its op.
STAGE_ASSETS: dict[str, tuple[str, ...]] = {
    "raw_ingest": ("raw_documents", "raw_pages"),
    "argilla_pages": ("argilla_pages",),
    "suggestions": ("suggestions",),
    "argilla_records": ("argilla_records",),
}


@dataclass(frozen=True)
class Policy:
    max_attempts: int = 3
    backoff_base_s: float = 60.0
    backoff_max_s: float = 3600.0
    # A batch nobody has run is launched by the backfill only after this long: until then the
    # drop sensor (the one intake for receipts) is expected to pick it up.
    grace_s: float = 600.0

    @classmethod
    def from_env(cls) -> Policy:
        return cls(
            max_attempts=config.integer("OCEANID_BACKFILL_MAX_ATTEMPTS"),
            backoff_base_s=config.number("OCEANID_BACKFILL_BACKOFF_BASE_S"),
            backoff_max_s=config.number("OCEANID_BACKFILL_BACKOFF_MAX_S"),
            grace_s=config.number("OCEANID_BACKFILL_GRACE_S"),
        )

    @property
    def backoff(self) -> Backoff:
        return Backoff(self.backoff_base_s, self.backoff_max_s, self.max_attempts)


@dataclass(frozen=True)
class BatchState:
    batch_id: str
    first_seen_at: datetime
    materialized: frozenset[str] = frozenset()  # target assets with a materialization
    active: bool = False  # a run, or a backfill launched for it, not finished
    ever_ran: bool = False
    failures: tuple[LedgerItem, ...] = ()  # open batch-level ledger items (doc_id None)
    quarantined: int = 0  # open document-level items (quarantined by the raw load)


@dataclass(frozen=True)
class Decision:
    batch_id: str
    # ok | in_progress | pending | launch | retry | backoff | gave_up | reported
    action: str
    assets: tuple[str, ...] = ()
    detail: str = ""


@dataclass
class Plan:
    decisions: list[Decision] = field(default_factory=list)

    def by_action(self, action: str) -> list[Decision]:
        return [d for d in self.decisions if d.action == action]

    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for decision in self.decisions:
            counts[decision.action] = counts.get(decision.action, 0) + 1
        return dict(sorted(counts.items()))


def _from_stage(stage: str) -> tuple[str, ...]:
    """The target assets of `stage` and everything after it."""
    first = TARGET_ASSETS.index(STAGE_ASSETS[stage][0])
    return TARGET_ASSETS[first:]


def _with_downstream(assets: set[str]) -> tuple[str, ...]:
    if not assets:
        return ()
    first = min(TARGET_ASSETS.index(a) for a in assets)
    return TARGET_ASSETS[first:]


def decide(state: BatchState, now: datetime, policy: Policy) -> Decision:
    batch = state.batch_id
    missing = set(TARGET_ASSETS) - state.materialized
    if state.active:
        return Decision(batch, "in_progress")
    retryable = [f for f in state.failures if f.stage in STAGE_ASSETS]
    if retryable:
        attempts = max(f.attempts for f in retryable)
        last = max(f.last_attempt_at for f in retryable)
        stages = ", ".join(sorted({f.stage for f in retryable}))
        if policy.backoff.exhausted(attempts):
            return Decision(
                batch, "gave_up", detail=f"{stages}: {attempts} failed attempts; {_errors(state)}"
            )
        due = last + policy.backoff.step(attempts)
        if now < due:
            return Decision(
                batch,
                "backoff",
                detail=f"{stages}: attempt {attempts} failed; next try after {due.isoformat()}",
            )
        assets = set(missing)
        for failure in retryable:
            assets.update(_from_stage(failure.stage))
        return Decision(
            batch, "retry", _with_downstream(assets), f"{stages} after {attempts} attempt(s)"
        )
    if not missing:
        others = [f for f in state.failures if f.stage not in STAGE_ASSETS]
        detail = f"{state.quarantined} document(s) quarantined" if state.quarantined else ""
        if others:
            stages = ", ".join(sorted({f.stage for f in others}))
            return Decision(batch, "reported", detail=f"later stage failed: {stages}")
        return Decision(batch, "ok", detail=detail)
    if now - state.first_seen_at >= timedelta(seconds=policy.grace_s):
        why = "never run" if not state.ever_ran else "not carried through"
        return Decision(batch, "launch", _with_downstream(missing), why)
    return Decision(batch, "pending", detail="waiting for the drop sensor and automation")


def _errors(state: BatchState) -> str:
    return "; ".join(f"{f.stage}: {f.error}" for f in state.failures)


def make_plan(states: list[BatchState], now: datetime, policy: Policy) -> Plan:
    return Plan([decide(state, now, policy) for state in sorted(states, key=lambda s: s.batch_id)])
