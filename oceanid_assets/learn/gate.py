"""The promotion gate: a newly trained extractor replaces the promoted one only when it is
better on pages it never saw, overall and for every label with enough evidence.

Seed 004's gates: overall exact-span F1 higher than the promoted version's and the rules', and
no label with at least MIN_GOLD_SPANS gold spans losing more than MAX_LABEL_DROP of F1 against
the promoted version (against the rules while none is promoted). All three are scored on the
same held-back pages (split by document), so the figures compare like with like.
"""

from __future__ import annotations

from dataclasses import dataclass

from oceanid_assets.preannotate.evaluate import Evaluation

MIN_GOLD_SPANS = 20
MAX_LABEL_DROP = 0.02


@dataclass(frozen=True)
class GateDecision:
    promoted: bool
    reason: str
    f1_candidate: float
    f1_promoted: float | None
    f1_rules: float
    label_f1: dict[str, dict[str, float | int | None]]  # label -> candidate, baseline, gold


def decide(candidate: Evaluation, promoted: Evaluation | None, rules: Evaluation) -> GateDecision:
    baseline, baseline_name = (promoted, "promoted") if promoted else (rules, "rules")
    f1_candidate = candidate.total.exact_f1
    f1_promoted = promoted.total.exact_f1 if promoted else None
    f1_rules = rules.total.exact_f1
    label_f1: dict[str, dict[str, float | int | None]] = {}
    drops: list[str] = []
    for label in sorted(set(candidate.labels) | set(baseline.labels)):
        mine = candidate.labels.get(label)
        theirs = baseline.labels.get(label)
        gold = max(mine.gold if mine else 0, theirs.gold if theirs else 0)
        ours = mine.exact_f1 if mine else 0.0
        before = theirs.exact_f1 if theirs else 0.0
        label_f1[label] = {
            "candidate": round(ours, 4),
            baseline_name: round(before, 4),
            "gold": gold,
        }
        if gold >= MIN_GOLD_SPANS and before - ours > MAX_LABEL_DROP:
            drops.append(f"{label} {before:.3f} -> {ours:.3f} ({gold} gold spans)")
    figures = f"F1 {f1_candidate:.3f} vs rules {f1_rules:.3f}" + (
        f" and promoted {f1_promoted:.3f}" if f1_promoted is not None else ""
    )
    if candidate.total.gold == 0:
        verdict, reason = False, "refused: no gold span on the held-back pages to judge it by"
    elif f1_candidate <= f1_rules:
        verdict, reason = False, f"refused: not better than the rules ({figures})"
    elif f1_promoted is not None and f1_candidate <= f1_promoted:
        verdict, reason = False, f"refused: not better than the promoted version ({figures})"
    elif drops:
        verdict = False
        reason = f"refused: labels fall more than {MAX_LABEL_DROP:.0%} against the " + (
            f"{baseline_name}: {'; '.join(drops)} ({figures})"
        )
    else:
        verdict, reason = True, f"promoted: {figures}"
    return GateDecision(verdict, reason, f1_candidate, f1_promoted, f1_rules, label_f1)
