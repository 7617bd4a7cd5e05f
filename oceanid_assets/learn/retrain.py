"""When to train a new extractor (seed 004's triggers), decided from figures, not from Dagster.

Three reasons, checked in this order: enough newly verified pages since the last training
(OCEANID_RETRAIN_MIN_PAGES), acceptance of suggestions falling by more than DROP_POINTS week on
week, and the nightly run (once a day at most, from NIGHTLY_HOUR UTC) when anything new was
verified since. The first training waits for the minimum pages too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

DROP_POINTS = 0.03
NIGHTLY_HOUR = 2


@dataclass(frozen=True)
class RetrainState:
    verified_pages: int
    pages_at_last_training: int | None  # None: never trained
    last_trained_at: datetime | None
    acceptance_this_week: float | None
    acceptance_last_week: float | None


@dataclass(frozen=True)
class RetrainDecision:
    reason: str  # the run's trigger: "pages", "acceptance", "nightly"; "" when not now
    detail: str  # what the UI shows, either way


def decide_retrain(state: RetrainState, now: datetime, min_pages: int) -> RetrainDecision:
    known = state.pages_at_last_training or 0
    new_pages = state.verified_pages - known
    if new_pages >= min_pages:
        return RetrainDecision(
            "pages", f"{new_pages} newly verified pages since the last training (>= {min_pages})"
        )
    if state.pages_at_last_training is None:
        return RetrainDecision(
            "", f"{state.verified_pages} verified pages; the first training waits for {min_pages}"
        )
    this, last = state.acceptance_this_week, state.acceptance_last_week
    if this is not None and last is not None and last - this > DROP_POINTS and new_pages > 0:
        return RetrainDecision(
            "acceptance",
            f"acceptance fell from {last:.1%} to {this:.1%} week on week "
            f"(more than {DROP_POINTS:.0%}), {new_pages} new pages",
        )
    today = now.replace(hour=NIGHTLY_HOUR, minute=0, second=0, microsecond=0)
    nightly_due = now >= today and (state.last_trained_at is None or state.last_trained_at < today)
    if nightly_due and new_pages > 0:
        return RetrainDecision("nightly", f"nightly retraining: {new_pages} new pages since")
    return RetrainDecision(
        "",
        f"{new_pages} new verified pages (retrain at {min_pages}); acceptance "
        f"{_pct(last)} -> {_pct(this)}; last trained {state.last_trained_at or 'never'}",
    )


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1%}"
