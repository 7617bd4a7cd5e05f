"""Reading and recording promotion decisions (md_annotated.extractor_promotions); SQL in sql/."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import duckdb

from oceanid_assets.db.connect import table_exists
from oceanid_assets.db.sql import run_sql_file
from oceanid_assets.learn.retrain import RetrainState


def promoted_version(conn: duckdb.DuckDBPyConnection) -> str | None:
    """The promoted version, on a reader connection with md_annotated as `ann`; None before
    the first promotion (or before md_annotated has the table)."""
    if not table_exists(conn, "extractor_promotions", "ann"):
        return None
    rows = run_sql_file(conn, "promoted_extractor.sql")
    return str(rows[0][0]) if rows else None


def retrain_state(conn: duckdb.DuckDBPyConnection) -> RetrainState:
    """What the retraining trigger decides on, from a reader connection (`ann`)."""
    # vw_final_answers is created over annotations_pages by the same schema file.
    needed = ("annotations_pages", "extractor_promotions", "suggestion_quality")
    if not all(table_exists(conn, name, "ann") for name in needed):
        return RetrainState(0, None, None, None, None)
    ((pages, known, trained_at, this_week, last_week),) = run_sql_file(conn, "retrain_state.sql")
    return RetrainState(int(pages), known, trained_at, this_week, last_week)


def record_decision(
    conn: duckdb.DuckDBPyConnection, card: dict[str, Any], annotated_pages: int, run_id: str
) -> None:
    """Append the decision a card carries (its `gate` and figures) to extractor_promotions."""
    data, metrics, gate = card["data"], card["metrics"], card["gate"]
    labels = {
        label: {
            "candidate": figures["exact_f1"],
            "promoted": ((metrics["promoted"] or {}).get("labels", {}).get(label) or {}).get(
                "exact_f1"
            ),
            "gold": figures["gold"],
        }
        for label, figures in metrics["candidate"]["labels"].items()
    }
    run_sql_file(
        conn,
        "record_extractor_promotion.sql",
        {
            "version": card["version"],
            "decided_at": datetime.now(UTC),
            "promoted": bool(gate["promoted"]),
            "reason": gate["reason"],
            "trigger": card["trigger"],
            "train_pages": data["train_pages"],
            "holdout_pages": data["holdout_pages"],
            "holdout_documents": data["holdout_documents"],
            "f1_candidate": metrics["candidate"]["exact_f1"],
            "f1_promoted": (metrics["promoted"] or {}).get("exact_f1"),
            "f1_rules": metrics["rules"]["exact_f1"],
            "previous_version": card["previous_version"],
            "label_f1": json.dumps(labels, sort_keys=True),
            "annotated_pages": annotated_pages,
            "dagster_run_id": run_id,
        },
    )
