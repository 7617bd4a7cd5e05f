"""`suggestion_quality`: how each agent's suggestions fared once SMEs answered, per batch."""

from typing import Any

import pyarrow as pa
from dagster import (
    AssetExecutionContext,
    AutomationCondition,
    MaterializeResult,
    MetadataValue,
    asset,
)

from oceanid_assets.annotations.quality import record_suggestion_quality
from oceanid_assets.config import validate_batch_id
from oceanid_assets.defs.annotations.assets import annotations_export
from oceanid_assets.defs.batches import ANNOTATED_POOL
from oceanid_assets.resources.databases import DuckDBDatabase
from oceanid_assets.resources.object_store import ObjectStoreResource
from oceanid_assets.storage import layout
from oceanid_assets.storage.store import read_parquet

_BAR_WIDTH = 20


@asset(
    partitions_def=annotations_export.partitions_def,
    deps=[annotations_export],
    pool=ANNOTATED_POOL,
    group_name="learning",
    kinds={"duckdb"},
    automation_condition=AutomationCondition.eager(),
    description="Each agent's suggestions (rules, LLM, trained model) against the SMEs' final "
    "spans, per label: exact and overlap precision/recall, accepted / edited / rejected / "
    "missed. Appended to md_annotated.suggestion_quality once per export run "
    "(sql/suggestion_quality.sql).",
)
def suggestion_quality(
    context: AssetExecutionContext,
    object_store: ObjectStoreResource,
    annotated_db: DuckDBDatabase,
) -> MaterializeResult[None]:
    batch_id = validate_batch_id(context.partition_key)
    store = object_store.get_store()
    key = layout.suggestions_key(batch_id)
    if store.head(key) is None:
        # A dataset pushed from a records file made elsewhere: SMEs answered, nothing of ours
        # suggested, so there is nothing to score.
        context.log.warning(f"batch {batch_id}: no suggestions at {key}; nothing to score")
        return MaterializeResult(metadata={"rows_appended": 0, "agents": f"none ({key} absent)"})
    suggestions = read_parquet(store, key)
    with annotated_db.connect() as conn:
        run, appended, rows = record_suggestion_quality(
            conn, batch_id, suggestions, context.run.run_id
        )
    context.log.info(
        f"batch {batch_id}: suggestion quality of export run {run}: {appended} rows appended, "
        f"{rows.num_rows} rows for the run"
    )
    return MaterializeResult(metadata=quality_metadata(run, appended, rows))


def quality_metadata(run: int | None, appended: int, rows: pa.Table) -> dict[str, Any]:
    records = rows.to_pylist()
    agents = sorted({r["agent"] for r in records})
    metadata: dict[str, Any] = {
        "export_run_id": run if run is not None else "none (nothing exported yet)",
        "rows_appended": appended,
        "agents": ", ".join(agents) or "none",
        "pages_answered": records[0]["pages"] if records else 0,
    }
    for agent in agents:
        mine = [r for r in records if r["agent"] == agent]
        gold = sum(r["gold"] for r in mine)
        found = sum((r["recall_exact"] or 0.0) * r["gold"] for r in mine)
        suggested = sum(r["suggested"] for r in mine)
        accepted = sum(r["accepted"] for r in mine)
        metadata[f"{agent}_recall_exact"] = round(found / gold, 4) if gold else None
        metadata[f"{agent}_acceptance"] = round(accepted / suggested, 4) if suggested else None
    metadata["per_label"] = MetadataValue.md(quality_markdown(records))
    return metadata


def quality_markdown(records: list[dict[str, Any]]) -> str:
    """The table, with each row's exact recall drawn as a bar (the UI has no chart type)."""
    if not records:
        return "No answered page with suggestions yet."
    lines = [
        "| agent | label | gold | suggested | accepted | edited | rejected | missed "
        "| P exact | R exact | R overlap | recall |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in records:
        recall = r["recall_exact"]
        bar = "█" * round((recall or 0.0) * _BAR_WIDTH)
        lines.append(
            f"| {r['agent']} | {r['label']} | {r['gold']} | {r['suggested']} | {r['accepted']} "
            f"| {r['edited']} | {r['rejected']} | {r['missed']} | {_pct(r['precision_exact'])} "
            f"| {_pct(recall)} | {_pct(r['recall_overlap'])} | `{bar:<{_BAR_WIDTH}}` |"
        )
    return "\n".join(lines)


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0%}"
