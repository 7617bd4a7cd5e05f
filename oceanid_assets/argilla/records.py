"""From `argilla_records.parquet` rows to bulk-upsert items, leaving out what Argilla would refuse.

Argilla rejects a whole bulk request for one bad record, so every span is checked here first
(inside the text, end > start, a labelset label, no overlap, one score each) and a bad span is
left out of its record's suggestion — the page itself still goes in, since it still needs review.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa

from oceanid_assets.argilla.settings import METADATA_NAMES, SPAN_QUESTION, TEXT_FIELD
from oceanid_assets.db.sql import set_variables, sql_text
from oceanid_assets.labelset import LABELS, LABELSET_VERSION
from oceanid_assets.storage import layout
from oceanid_assets.storage.duckdb_store import store_connection
from oceanid_assets.storage.store import Store

RECORDS_COLUMNS = ("id", "text", "metadata", "suggestions_json")
# argilla_server.api.schemas.v1.suggestions.AGENT_REGEX and AGENT_MAX_LENGTH
_AGENT = re.compile(r"^[a-zA-Z0-9-_:\.\/\s]*[a-zA-Z0-9][a-zA-Z0-9-_:\.\/\s]*$")
_AGENT_MAX = 200
_KNOWN_LABELS = frozenset(LABELS)


class RecordsFileError(ValueError):
    """The records file cannot be pushed at all (missing columns, bad ids, unreadable JSON)."""


@dataclass(frozen=True)
class RejectedSpan:
    record_id: str
    start: Any
    end: Any
    label: Any
    reason: str


@dataclass
class PreparedRecords:
    items: list[dict[str, Any]]
    rejected: list[RejectedSpan] = field(default_factory=list)
    spans: int = 0

    @property
    def ids(self) -> list[str]:
        return [item["external_id"] for item in self.items]

    def rejected_by_reason(self) -> dict[str, int]:
        return dict(Counter(span.reason for span in self.rejected))

    def rejected_by_record(self) -> dict[str, int]:
        return dict(Counter(span.record_id for span in self.rejected))


def prepare_records(table: pa.Table, question_id: str, source: str) -> PreparedRecords:
    """Bulk-upsert items keyed by `external_id` = record id; `source` names the file in errors."""
    missing = [name for name in RECORDS_COLUMNS if name not in table.column_names]
    if missing:
        raise RecordsFileError(f"{source}: missing column(s) {', '.join(missing)}")
    ids = table["id"].to_pylist()
    texts = table["text"].to_pylist()
    metadata = table["metadata"].to_pylist()
    suggestions = table["suggestions_json"].to_pylist()
    duplicates = [rid for rid, n in Counter(ids).items() if n > 1]
    if duplicates:
        raise RecordsFileError(f"{source}: duplicate record id(s) {duplicates[:5]}")
    prepared = PreparedRecords(items=[])
    for row, (record_id, text, meta, raw_suggestions) in enumerate(
        zip(ids, texts, metadata, suggestions, strict=True)
    ):
        if not isinstance(record_id, str) or not record_id:
            raise RecordsFileError(f"{source}: row {row} has no record id")
        if not isinstance(text, str):
            raise RecordsFileError(f"{source}: record {record_id} has no text")
        prepared.items.append(
            {
                "external_id": record_id,
                "fields": {TEXT_FIELD: text},
                "metadata": _metadata(meta),
                "suggestions": _suggestions(
                    record_id, text, raw_suggestions, question_id, source, prepared
                ),
            }
        )
    return prepared


def _metadata(meta: dict[str, Any] | None) -> dict[str, Any]:
    # Only the dataset's properties (extra metadata is refused); None means "not set".
    return {k: v for k, v in (meta or {}).items() if k in METADATA_NAMES and v is not None}


def _suggestions(
    record_id: str,
    text: str,
    raw: str | None,
    question_id: str,
    source: str,
    prepared: PreparedRecords,
) -> list[dict[str, Any]]:
    try:
        parsed = json.loads(raw) if raw else []
    except json.JSONDecodeError as exc:
        raise RecordsFileError(f"{source}: record {record_id}: suggestions_json: {exc}") from exc
    kept: list[dict[str, Any]] = []
    for suggestion in parsed:
        if suggestion.get("question_name") != SPAN_QUESTION:
            continue
        spans, scores = _valid_spans(record_id, text, suggestion, prepared)
        if not spans:
            continue
        agent = str(suggestion.get("agent") or "")[:_AGENT_MAX]
        kept.append(
            {
                "question_id": question_id,
                "type": "model",
                "value": spans,
                "score": scores,
                "agent": agent if _AGENT.match(agent) else None,
            }
        )
    return kept


def _valid_spans(
    record_id: str, text: str, suggestion: dict[str, Any], prepared: PreparedRecords
) -> tuple[list[dict[str, Any]], list[float]]:
    values = suggestion.get("value") or []
    scores = suggestion.get("score")
    if not isinstance(scores, list) or len(scores) != len(values):
        scores = [None] * len(values)
    clean = _clean_spans(len(text), values, scores)
    if clean is not None:
        prepared.spans += len(values)
        return clean
    candidates = []
    for value, score in zip(values, scores, strict=True):
        prepared.spans += 1
        start, end, label = value.get("start"), value.get("end"), value.get("label")
        reason = _span_problem(text, start, end, label, score)
        if reason:
            prepared.rejected.append(RejectedSpan(record_id, start, end, label, reason))
        else:
            candidates.append((start, end, label, float(score)))
    spans: list[dict[str, Any]] = []
    kept_scores: list[float] = []
    last_end = -1
    for start, end, label, score in sorted(candidates):
        if start < last_end:  # keep the earlier span; Argilla refuses any overlap
            prepared.rejected.append(RejectedSpan(record_id, start, end, label, "overlap"))
            continue
        spans.append({"start": start, "end": end, "label": label})
        kept_scores.append(score)
        last_end = end
    return spans, kept_scores


def _clean_spans(
    text_length: int, values: list[Any], scores: list[Any]
) -> tuple[list[dict[str, Any]], list[float]] | None:
    """The spans as they are when every one passes and they come sorted without overlap, as
    the suggestions asset writes them; None sends the record through the span-by-span checks.

    Pages carry hundreds of spans, so the common case reuses the parsed values rather than
    building a new dict per span. Only exact types pass here (an int offset, a float score, a
    dict of exactly start/end/label); anything else takes the checks that normalise it.
    """
    last_end = 0
    try:
        for value, score in zip(values, scores, strict=True):
            start, end = value["start"], value["end"]
            if not (
                type(start) is int
                and type(end) is int
                and last_end <= start < end <= text_length
                and len(value) == 3
                and value["label"] in _KNOWN_LABELS
                and type(score) is float
                and 0.0 <= score <= 1.0
            ):
                return None
            last_end = end
    except (KeyError, TypeError):
        return None
    return values, scores


def _span_problem(text: str, start: Any, end: Any, label: Any, score: Any) -> str | None:
    if not isinstance(start, int) or not isinstance(end, int):
        return "offsets not integers"
    if start < 0 or end > len(text):
        return "outside the text"
    if end <= start:
        return "end not after start"
    if label not in _KNOWN_LABELS:
        return "unknown label"
    if not isinstance(score, int | float) or not 0.0 <= score <= 1.0:
        return "score missing or outside [0, 1]"
    return None


def merge_records(store: Store, batch_id: str) -> pa.Table:
    """The batch's records: its pages export and its suggestions merged by
    sql/merge_suggestions_for_argilla.sql. DuckDB reads both files where they are (a path, or
    s3:// through the registered filesystem): no download, only the byte ranges it needs."""
    with store_connection(store) as conn:
        set_variables(
            conn,
            {
                "pages_uri": store.duckdb_uri(layout.argilla_pages_key(batch_id)),
                "suggestions_uri": store.duckdb_uri(layout.suggestions_key(batch_id)),
                "labelset_version": LABELSET_VERSION,
            },
        )
        conn.execute(sql_text("merge_suggestions_for_argilla.sql"))
        return conn.sql("FROM argilla_records").to_arrow_table()
