"""The trained extractor: `extractor_model` (a new version per materialisation), the promotion
gate that records its decision, and the sensor that starts a training when it is due.

Training reads md_annotated and md_raw_ocr read-only and writes only the store, so it holds no
database pool however long it takes; the gate's check takes the md_annotated pool for the one
row it appends.
"""

from datetime import UTC, datetime
from typing import Any

from dagster import (
    AllPartitionMapping,
    AssetCheckExecutionContext,
    AssetCheckResult,
    AssetCheckSeverity,
    AssetDep,
    AssetExecutionContext,
    DefaultSensorStatus,
    Failure,
    MaterializeResult,
    MetadataValue,
    RunRequest,
    SensorEvaluationContext,
    SkipReason,
    asset,
    asset_check,
    define_asset_job,
    sensor,
)

from oceanid_assets import config
from oceanid_assets.db.sql import sql_text
from oceanid_assets.defs.annotations.assets import annotations_export
from oceanid_assets.defs.batches import ANNOTATED_POOL
from oceanid_assets.learn.promotions import promoted_version, record_decision, retrain_state
from oceanid_assets.learn.retrain import decide_retrain
from oceanid_assets.learn.training import (
    load_card,
    load_model,
    new_version,
    save,
    train_and_judge,
    training_pages,
)
from oceanid_assets.resources.databases import DuckDBDatabase, ReadOnlyDatabases
from oceanid_assets.resources.object_store import ObjectStoreResource
from oceanid_assets.storage import layout

TRIGGER_TAG = "oceanid/retrain_reason"
MIN_TRAINING_DOCUMENTS = 2  # one to learn from, one to judge on


@asset(
    deps=[AssetDep(annotations_export, partition_mapping=AllPartitionMapping())],
    group_name="learning",
    kinds={"python", "duckdb"},
    description="A token-level CRF (python-crfsuite) trained on every SME-verified page (the "
    "final answer per page, discarded pages left out), judged on pages of held-back documents "
    "against the promoted version and the rules. Each materialisation is a new version under "
    f"{layout.EXTRACTOR_MODELS}<version>/ with its training card. Started by "
    "extractor_retrain_sensor or by hand.",
)
def extractor_model(
    context: AssetExecutionContext, object_store: ObjectStoreResource, readers: ReadOnlyDatabases
) -> MaterializeResult[None]:
    store = object_store.get_store()
    with readers.connect() as conn:
        rows = conn.sql(sql_text("extractor_training_pages.sql")).to_arrow_table().to_pylist()
        current = promoted_version(conn)
    pages = training_pages(rows)
    documents = len({page.doc_id for page in pages})
    if documents < MIN_TRAINING_DOCUMENTS or not any(page.spans for page in pages):
        raise Failure(
            description=f"{len(pages)} verified pages from {documents} document(s): training "
            f"needs spans on pages of at least {MIN_TRAINING_DOCUMENTS} documents"
        )
    trigger = context.run.tags.get(TRIGGER_TAG, "manual")
    version = new_version(datetime.now(UTC))
    promoted = (current, load_model(store, current)) if current else None
    outcome = train_and_judge(pages, promoted, version, trigger)
    folder = save(store, outcome)
    card = outcome.card
    context.log.info(
        f"extractor {version} trained on {card['data']['train_pages']} pages in "
        f"{card['train_seconds']} s ({trigger}); gate: {outcome.decision.reason}"
    )
    return MaterializeResult(
        metadata={
            "version": version,
            "folder": folder,
            "trigger": trigger,
            "verified_pages": len(pages),
            "train_pages": card["data"]["train_pages"],
            "holdout_pages": card["data"]["holdout_pages"],
            "train_seconds": card["train_seconds"],
            "f1_candidate": round(outcome.decision.f1_candidate, 4),
            "f1_rules": round(outcome.decision.f1_rules, 4),
            "f1_promoted": _rounded(outcome.decision.f1_promoted),
            "gate": outcome.decision.reason,
            "label_counts": MetadataValue.json(card["label_counts"]),
        }
    )


@asset_check(
    asset=extractor_model,
    pool=ANNOTATED_POOL,
    description="The promotion gate: the new version is promoted only when its exact-span F1 "
    "on held-back documents beats the promoted version's and the rules', and no label with "
    "20+ gold spans drops more than 2 points. The decision, promoted or refused, is appended "
    "to md_annotated.extractor_promotions.",
)
def promotion_gate(
    context: AssetCheckExecutionContext,
    object_store: ObjectStoreResource,
    annotated_db: DuckDBDatabase,
) -> AssetCheckResult:
    event = context.instance.get_latest_materialization_event(extractor_model.key)
    materialization = event.asset_materialization if event else None
    if materialization is None:
        raise Failure(description="extractor_model has not been materialised yet")
    version = str(materialization.metadata["version"].value)
    card = load_card(object_store.get_store(), version)
    with annotated_db.connect() as conn:
        record_decision(conn, card, int(card["data"]["verified_pages"]), context.run.run_id)
    promoted = bool(card["gate"]["promoted"])
    return AssetCheckResult(
        passed=promoted,
        severity=AssetCheckSeverity.WARN,
        description=card["gate"]["reason"],
        metadata=_gate_metadata(card),
    )


def _gate_metadata(card: dict[str, Any]) -> dict[str, Any]:
    metrics = card["metrics"]
    lines = [
        "| label | gold | candidate F1 | promoted F1 | rules F1 |",
        "|---|---:|---:|---:|---:|",
    ]
    for label, figures in metrics["candidate"]["labels"].items():
        before = ((metrics["promoted"] or {}).get("labels", {}).get(label) or {}).get("exact_f1")
        rules = (metrics["rules"]["labels"].get(label) or {}).get("exact_f1")
        lines.append(
            f"| {label} | {figures['gold']} | {figures['exact_f1']:.3f} | {_f(before)} "
            f"| {_f(rules)} |"
        )
    return {
        "version": card["version"],
        "promoted": card["gate"]["promoted"],
        "f1_candidate": metrics["candidate"]["exact_f1"],
        "f1_promoted": (metrics["promoted"] or {}).get("exact_f1"),
        "f1_rules": metrics["rules"]["exact_f1"],
        "per_label": MetadataValue.md("\n".join(lines)),
    }


extractor_model_job = define_asset_job(
    "train_extractor",
    selection=[extractor_model],
    description="Train a new extractor version and pass it through the promotion gate.",
)


@sensor(
    job=extractor_model_job,
    minimum_interval_seconds=config.integer("OCEANID_RETRAIN_SENSOR_SECONDS"),
    default_status=DefaultSensorStatus.RUNNING,
    description="Starts extractor_model when OCEANID_RETRAIN_MIN_PAGES pages were verified since "
    "the last training, when suggestion acceptance fell more than 3 points week on week, or "
    "nightly when anything new was verified; the reason is the run's tag "
    f"{TRIGGER_TAG} and the tick's message.",
)
def extractor_retrain_sensor(
    context: SensorEvaluationContext, readers: ReadOnlyDatabases
) -> RunRequest | SkipReason:
    with readers.connect("ann") as conn:
        state = retrain_state(conn)
    now = datetime.now(UTC)
    decision = decide_retrain(state, now, config.integer("OCEANID_RETRAIN_MIN_PAGES"))
    if not decision.reason:
        return SkipReason(decision.detail)
    context.log.info(f"retraining the extractor: {decision.detail}")
    return RunRequest(
        run_key=f"{decision.reason}:{state.verified_pages}:{now:%Y-%m-%d}",
        tags={TRIGGER_TAG: decision.reason},
    )


def _rounded(value: float | None) -> float | None:
    return round(value, 4) if value is not None else None


def _f(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"
