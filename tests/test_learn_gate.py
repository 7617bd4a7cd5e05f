"""The promotion gate and the retraining trigger: pure decisions on figures."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from oceanid_assets.learn.gate import decide
from oceanid_assets.learn.retrain import RetrainState, decide_retrain
from oceanid_assets.preannotate.evaluate import Counts, Evaluation


def _scores(**labels: tuple[int, int, int]) -> Evaluation:
    """label=(gold, predicted, exact) for each label."""
    return Evaluation(
        labels={label: Counts(g, p, e, e, e) for label, (g, p, e) in labels.items()},
        pages=10,
        pages_with_suggestions=10,
    )


def test_first_model_is_promoted_when_it_beats_the_rules() -> None:
    rules = _scores(IMO=(40, 20, 15), IRCS=(40, 10, 8))
    candidate = _scores(IMO=(40, 40, 38), IRCS=(40, 38, 35))
    decision = decide(candidate, None, rules)
    assert decision.promoted and decision.reason.startswith("promoted")
    assert decision.f1_promoted is None and decision.f1_candidate > decision.f1_rules
    assert decision.label_f1["IMO"]["gold"] == 40


def test_refused_when_not_better_than_the_promoted_version() -> None:
    rules = _scores(IMO=(40, 20, 15))
    promoted = _scores(IMO=(40, 40, 38))
    candidate = _scores(IMO=(40, 40, 37))
    decision = decide(candidate, promoted, rules)
    assert not decision.promoted and "not better than the promoted" in decision.reason


def test_refused_when_a_well_evidenced_label_drops_even_if_overall_f1_rises() -> None:
    rules = _scores(IMO=(40, 10, 5), MMSI=(30, 10, 5), IRCS=(5, 1, 1))
    promoted = _scores(IMO=(40, 40, 36), MMSI=(30, 30, 28), IRCS=(5, 5, 1))
    # Overall better (IMO up a lot), but MMSI (30 gold spans) loses more than 2 points.
    candidate = _scores(IMO=(40, 40, 40), MMSI=(30, 30, 27), IRCS=(5, 5, 5))
    decision = decide(candidate, promoted, rules)
    assert decision.f1_candidate > (decision.f1_promoted or 0)
    assert not decision.promoted and "MMSI" in decision.reason and "IRCS" not in decision.reason
    # A label under 20 gold spans may drop: IRCS alone falling does not block.
    softer = _scores(IMO=(40, 40, 40), MMSI=(30, 30, 28), IRCS=(5, 5, 0))
    assert decide(softer, promoted, rules).promoted


def test_refused_with_nothing_to_judge_by() -> None:
    empty = _scores()
    assert not decide(empty, None, empty).promoted


NOW = datetime(2026, 12, 3, 15, 0, tzinfo=UTC)


def _state(**changes: object) -> RetrainState:
    fields: dict[str, object] = {
        "verified_pages": 150,
        "pages_at_last_training": 100,
        "last_trained_at": NOW - timedelta(hours=3),
        "acceptance_this_week": 0.80,
        "acceptance_last_week": 0.81,
    }
    fields.update(changes)
    return RetrainState(**fields)  # type: ignore[arg-type]


def test_retrain_on_enough_new_pages_first_and_only_then() -> None:
    assert decide_retrain(_state(verified_pages=200), NOW, 100).reason == "pages"
    never = _state(verified_pages=60, pages_at_last_training=None, last_trained_at=None)
    decision = decide_retrain(never, NOW, 100)
    assert decision.reason == "" and "waits for 100" in decision.detail
    assert decide_retrain(_state(verified_pages=100, pages_at_last_training=None), NOW, 100).reason


def test_retrain_on_falling_acceptance_with_new_pages() -> None:
    falling = _state(acceptance_this_week=0.70, acceptance_last_week=0.80)
    assert decide_retrain(falling, NOW, 100).reason == "acceptance"
    nothing_new = _state(acceptance_this_week=0.70, acceptance_last_week=0.80, verified_pages=100)
    assert decide_retrain(nothing_new, NOW, 100).reason == ""


def test_retrain_nightly_once_a_day_when_something_is_new() -> None:
    yesterday = _state(last_trained_at=NOW - timedelta(days=1))
    assert decide_retrain(yesterday, NOW, 100).reason == "nightly"
    before_two = NOW.replace(hour=1)
    assert (
        decide_retrain(_state(last_trained_at=NOW - timedelta(days=1)), before_two, 100).reason
        == ""
    )
    assert decide_retrain(_state(), NOW, 100).reason == ""  # trained today already
