"""One backoff policy for every retry: exponential steps from a base, capped, a bounded number
of attempts.

In-process retries (HTTP calls to Argilla and the LLM) sleep a jittered delay, so workers that
failed together do not retry in lockstep; retries across sensor ticks and backfill passes wait
the plain step, counted from the last attempt recorded in a database.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class Backoff:
    base_s: float
    cap_s: float
    max_attempts: int

    def __post_init__(self) -> None:
        if self.base_s < 0 or self.cap_s < 0:
            raise ValueError(f"backoff base and cap must be >= 0, got {self.base_s}, {self.cap_s}")
        if self.max_attempts < 1:
            raise ValueError(f"max_attempts must be >= 1, got {self.max_attempts}")

    def step(self, failures: int) -> timedelta:
        """The wait after `failures` failed attempts: base, 2 x base, 4 x base... up to the cap."""
        return timedelta(seconds=min(self.cap_s, self.base_s * 2.0 ** max(failures - 1, 0)))

    def jittered_s(self, failures: int) -> float:
        """'Equal jitter': between half and all of the step, so retries still back off."""
        ceiling = self.step(failures).total_seconds()
        return ceiling / 2 + random.uniform(0, ceiling / 2)  # noqa: S311 - not cryptographic

    def exhausted(self, failures: int) -> bool:
        return failures >= self.max_attempts

    def due(self, failures: int, last_attempt_at: datetime | None, now: datetime) -> bool:
        """Whether the next attempt may start now (always, when none was recorded)."""
        return last_attempt_at is None or now - last_attempt_at >= self.step(failures)
