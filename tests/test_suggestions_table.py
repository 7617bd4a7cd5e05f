"""The suggestions table's fast paths (issue 18) give what the plain, row-by-row construction
gave: same spans, offsets, ids, confidences and votes; and the exact-span check still catches
every kind of bad span."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa

from oceanid_assets.preannotate.merge import merge_regions, merge_spans
from oceanid_assets.preannotate.rules import extract_rules
from oceanid_assets.preannotate.run import (
    MODEL_VERSION,
    SPAN_CHECK_COLUMNS,
    SUGGESTIONS_SCHEMA,
    bad_spans,
    pages_covered,
    preannotate,
    span_id,
    written_spans,
)
from oceanid_assets.preannotate.spans import Span
from oceanid_assets.storage.store import LocalStore, write_parquet
from tests.conftest import LICENCE

TABLE_PAGE = (
    "REGISTER OF AUTHORISED VESSELS\n"
    "Vessel name        IMO       Call sign  Flag\n"
    "SERGEY BOCHKAREV   8907022   UBST3      Russian Federation\n"
    "OCEAN STAR         9074729   LAXT4      Norway\n"
    "Licence valid until 31/12/2025. Ünïcode — ok."
)


def _reference_rows(pages: list[tuple[str, int, str]]) -> list[dict[str, object]]:
    """The table as it was built before issue 18: merge_spans, then one dict per span."""
    rows: list[dict[str, object]] = []
    for doc_id, page_num, text in pages:
        for span in merge_spans([extract_rules(text)]):
            rows.append(
                {
                    "doc_id": doc_id,
                    "page_num": page_num,
                    "span_id": span_id(doc_id, page_num, span),
                    "label": span.label,
                    "start": span.start,
                    "end": span.end,
                    "text": span.text,
                    "confidence": span.confidence,
                    "model": span.agent,
                    "model_version": MODEL_VERSION,
                    "agents": [{"agent": a, "confidence": c} for a, c in span.votes],
                }
            )
    return rows


def test_columnar_table_equals_the_row_by_row_table() -> None:
    pages = [("d1", 1, LICENCE), ("d1", 2, "Annex: nothing here."), ("d2", 1, TABLE_PAGE)]
    table = pa.table(
        {
            "doc_id": [d for d, _, _ in pages],
            "page_num": pa.array([p for _, p, _ in pages], pa.int32()),
            "text": [t for _, _, t in pages],
        }
    )
    result = preannotate(table, "rules")
    assert result.suggestions.schema.equals(SUGGESTIONS_SCHEMA)
    got = result.suggestions.drop_columns(["text_sha256", "generated_at"]).to_pylist()
    expected = _reference_rows(pages)
    assert len(expected) > 10 and got == expected
    assert result.pages_with_suggestions == 2
    assert len(set(result.suggestions["generated_at"].to_pylist())) == 1


def test_one_agents_spans_pass_through_as_the_general_merge_would_keep_them() -> None:
    spans = extract_rules(TABLE_PAGE)
    regions = merge_regions([spans])
    assert regions.lone and regions.spans == spans
    # Split in two lists, the same spans take the general path (grouping, ranking, overlap).
    general = merge_regions([spans[::2], spans[1::2]])
    assert not general.lone
    assert merge_spans([spans]) == general.spans


def test_overlapping_spans_of_one_agent_are_merged_not_passed_through() -> None:
    text = "IMO 8907022"
    spans = [
        Span(0, 11, "OTHER_EXT_ID", text, 0.5, "a"),
        Span(4, 11, "IMO", text[4:11], 0.9, "a"),
    ]
    regions = merge_regions([spans])
    assert not regions.lone
    assert [(s.label, s.votes) for s in regions.spans] == [("IMO", (("a", 0.9),))]


def test_bad_spans_flags_each_kind_of_bad_span(tmp_path: Path) -> None:
    pages = pa.table(
        {
            "doc_id": ["d1", "d1"],
            "page_num": pa.array([1, 2], pa.int32()),
            "text": ["Ünïcode vessel OCEAN STAR IMO 9074729", "IMO 8907022"],
        }
    )
    rows = [
        ("d1", 1, "ok-1", 15, 25, "OCEAN STAR"),
        ("d1", 2, "ok-2", 4, 11, "8907022"),
        ("d1", 1, "ok-3", 0, 7, "Ünïcode"),  # back to page 1: its text looked up again
        ("d1", 1, "shifted", 14, 24, "OCEAN STAR"),
        ("d1", 2, "past-the-end", 4, 12, "8907022"),
        ("d1", 2, "empty", 4, 4, ""),
        ("d1", 3, "no-such-page", 0, 3, "IMO"),
        ("d9", 2, "no-such-doc", 0, 3, "IMO"),
    ]
    suggestions = pa.table(
        {
            column: pa.array(values, SUGGESTIONS_SCHEMA.field(column).type)
            for column, values in zip(SPAN_CHECK_COLUMNS, zip(*rows, strict=True), strict=True)
        }
    )
    expected = ["shifted", "past-the-end", "empty", "no-such-page", "no-such-doc"]
    assert bad_spans(pages, suggestions) == expected

    store = LocalStore(tmp_path)
    full = preannotate(pages, "rules").suggestions
    write_parquet(store, "s.parquet", full)
    written = written_spans(store, "s.parquet")
    assert written.column_names == list(SPAN_CHECK_COLUMNS)
    assert written.num_rows == full.num_rows > 0
    assert bad_spans(pages, written) == [] and pages_covered(written) == 2
