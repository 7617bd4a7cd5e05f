"""The one backoff policy shared by the Argilla push, the LLM client, the autoload sensor and the
backfill."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from oceanid_assets.backoff import Backoff

NOW = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)


def test_steps_double_from_the_base_up_to_the_cap() -> None:
    policy = Backoff(base_s=30, cap_s=100, max_attempts=5)
    assert [policy.step(n).total_seconds() for n in (0, 1, 2, 3, 4)] == [30, 30, 60, 100, 100]


def test_jitter_stays_between_half_and_all_of_the_step() -> None:
    policy = Backoff(base_s=1, cap_s=30, max_attempts=4)
    delays = [policy.jittered_s(3) for _ in range(500)]
    assert all(2.0 <= d <= 4.0 for d in delays)
    assert max(delays) - min(delays) > 0.5  # spread: workers do not retry in lockstep


def test_due_after_the_step_since_the_last_attempt_and_exhausted_at_the_limit() -> None:
    policy = Backoff(base_s=30, cap_s=1800, max_attempts=3)
    assert policy.due(0, None, NOW)
    assert not policy.due(2, NOW - timedelta(seconds=59), NOW)
    assert policy.due(2, NOW - timedelta(seconds=60), NOW)
    assert not policy.exhausted(2) and policy.exhausted(3)


def test_nonsense_settings_are_refused() -> None:
    with pytest.raises(ValueError, match="max_attempts"):
        Backoff(base_s=1, cap_s=1, max_attempts=0)
    with pytest.raises(ValueError, match="base and cap"):
        Backoff(base_s=-1, cap_s=1, max_attempts=1)
