"""One training of the extractor, judged by the promotion gate; plain code, no Dagster.

    pages = training_pages(rows)       # rows of sql/extractor_training_pages.sql
    outcome = train_and_judge(pages, promoted, version, trigger)
    save(store, outcome)               # models/extractor/<version>/{model.crfsuite,card.json}

The held-back pages are split by document (a layout's pages never sit on both sides), and the
candidate, the promoted version and the rules are all scored on them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from oceanid_assets.learn.crf import LabelledPage, TrainedExtractor, evaluate_extractor, train
from oceanid_assets.learn.gate import GateDecision, decide
from oceanid_assets.learn.split import split_by_document
from oceanid_assets.preannotate.evaluate import Evaluation
from oceanid_assets.preannotate.rules import AGENT as RULES_AGENT
from oceanid_assets.preannotate.rules import extract_rules
from oceanid_assets.storage import layout
from oceanid_assets.storage.store import Store

MODEL_FILE = "model.crfsuite"
CARD_FILE = "card.json"


def new_version(now: datetime) -> str:
    """`crf-20261203t152100z`: sortable, and a valid models/extractor/<version>/ folder."""
    return "crf-" + now.astimezone(UTC).strftime("%Y%m%dt%H%M%Sz")


def agent_name(version: str) -> str:
    """The agent a promoted version's suggestions carry (suggestion_quality groups by it)."""
    return f"model-{version}"


def training_pages(rows: Iterable[Mapping[str, Any]]) -> list[LabelledPage]:
    """LabelledPages from rows of sql/extractor_training_pages.sql."""
    return [
        LabelledPage(
            doc_id=str(row["doc_id"]),
            text=str(row["text"]),
            spans=[(int(s["start"]), int(s["end"]), str(s["label"])) for s in row["spans"] or []],
            page_num=int(row["page_num"]),
        )
        for row in rows
    ]


@dataclass(frozen=True)
class TrainingOutcome:
    version: str
    model: TrainedExtractor
    decision: GateDecision
    card: dict[str, Any]


def train_and_judge(
    pages: list[LabelledPage],
    promoted: tuple[str, TrainedExtractor] | None,
    version: str,
    trigger: str,
    trainer: Callable[[list[LabelledPage]], TrainedExtractor] = train,
) -> TrainingOutcome:
    """Train on the training split, score candidate, promoted version and rules on the rest.
    `trainer` is `crf.train` but for a test that needs a deliberately worse model."""
    train_set, holdout = split_by_document(pages)
    model = trainer(train_set)
    candidate = evaluate_extractor(model, holdout)
    before = evaluate_extractor(promoted[1], holdout) if promoted else None
    rules = evaluate_extractor(extract_rules, holdout)
    decision = decide(candidate, before, rules)
    card = {
        "version": version,
        "trained_at": datetime.now(UTC).isoformat(),
        "trigger": trigger,
        "library": "python-crfsuite (L-BFGS linear-chain CRF)",
        "data": {
            "verified_pages": len(pages),
            "documents": len({p.doc_id for p in pages}),
            "train_pages": len(train_set),
            "holdout_pages": len(holdout),
            "holdout_documents": len({p.doc_id for p in holdout}),
            "split": "by document (stable hash of doc_id), never by page",
        },
        "label_counts": model.labels,
        "tokens": model.tokens,
        "unaligned_gold_spans": model.unaligned,
        "train_seconds": round(model.train_seconds, 3),
        "metrics": {
            "candidate": _figures(candidate),
            "promoted": _figures(before) if before else None,
            "rules": {"agent": RULES_AGENT, **_figures(rules)},
        },
        "previous_version": promoted[0] if promoted else None,
        "gate": {"promoted": decision.promoted, "reason": decision.reason},
    }
    return TrainingOutcome(version, model, decision, card)


def _figures(evaluation: Evaluation) -> dict[str, Any]:
    return {
        "exact_f1": round(evaluation.total.exact_f1, 4),
        "lenient_f1": round(evaluation.total.lenient_f1, 4),
        "identifiers_exact_recall": round(evaluation.identifiers.exact_recall, 4),
        "labels": {
            label: {"gold": c.gold, "exact_f1": round(c.exact_f1, 4)}
            for label, c in evaluation.labels.items()
        },
    }


def save(store: Store, outcome: TrainingOutcome) -> str:
    """Write the model and its card under models/extractor/<version>/; return the folder."""
    prefix = layout.model_prefix(outcome.version)
    store.write_bytes(prefix + MODEL_FILE, outcome.model.model_bytes)
    store.write_bytes(prefix + CARD_FILE, json.dumps(outcome.card, indent=1).encode())
    return prefix


def model_stored(store: Store, version: str) -> bool:
    return store.head(layout.model_prefix(version) + MODEL_FILE) is not None


def load_model(store: Store, version: str) -> TrainedExtractor:
    return TrainedExtractor.from_bytes(store.read_bytes(layout.model_prefix(version) + MODEL_FILE))


def load_card(store: Store, version: str) -> dict[str, Any]:
    card: dict[str, Any] = json.loads(store.read_bytes(layout.model_prefix(version) + CARD_FILE))
    return card
