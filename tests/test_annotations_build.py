"""Staged responses → stored rows without a server: span text, validation, content hashes,
agreement and suggestion outcomes."""

from __future__ import annotations

from datetime import UTC, datetime

import pyarrow as pa
import pytest

from oceanid_assets.annotations.build import candidate_rows, span_problem
from oceanid_assets.annotations.metrics import agreement, suggestion_outcomes
from oceanid_assets.annotations.staging import (
    RESPONSE_PAGES_SCHEMA,
    RESPONSE_SPANS_SCHEMA,
    StagedResponses,
)

TEXT = "IMO 9074729 and IMO 9074728"


def _staged(  # type: ignore[no-untyped-def]
    responses: dict[str, list[tuple[int, int, str]]],
    status: str = "submitted",
    username: str | None = None,
):
    pages = [
        {
            "argilla_dataset": "vessels_ocr_b",
            "argilla_record_id": "doc:1",
            "doc_id": "doc",
            "page_num": 1,
            "text_sha256": "h",
            "text": TEXT,
            "annotator_id": annotator,
            "annotator_username": username,
            "response_status": status,
            "submitted_at": datetime(2026, 11, 22, tzinfo=UTC),
            "unsure": None,
            "notes": None,
        }
        for annotator in responses
    ]
    spans = [
        {
            "argilla_dataset": "vessels_ocr_b",
            "argilla_record_id": "doc:1",
            "annotator_id": annotator,
            "label": label,
            "start": start,
            "end": end,
        }
        for annotator, items in responses.items()
        for start, end, label in items
    ]
    return StagedResponses(
        pa.Table.from_pylist(pages, RESPONSE_PAGES_SCHEMA),
        pa.Table.from_pylist(spans, RESPONSE_SPANS_SCHEMA),
    )


def test_span_text_comes_from_the_page_and_bad_spans_are_flagged_not_dropped() -> None:
    pages, spans = candidate_rows(
        _staged({"u1": [(4, 11, "IMO"), (20, 27, "IMO"), (20, 99, "IMO"), (0, 3, "NOPE")]})
    )
    assert pages["span_count"].to_pylist() == [4]
    rows = {(r["start"], r["end"]): r for r in spans.to_pylist()}
    assert rows[(4, 11)]["text"] == "9074729" and rows[(4, 11)]["validation_status"] == "valid"
    assert rows[(20, 27)]["validation_status"] == "invalid"
    assert "check digit" in rows[(20, 27)]["validation_error"]
    assert "outside the page text" in rows[(20, 99)]["validation_error"]
    assert rows[(0, 3)]["validation_error"] == "label not in labelset v1"
    assert len({r["span_id"] for r in spans.to_pylist()}) == 4


@pytest.mark.parametrize(
    ("start", "end", "problem"),
    [(5, 5, "end not after start"), (-1, 3, "outside the page text (27 characters)")],
)
def test_span_problem_offsets(start: int, end: int, problem: str) -> None:
    assert span_problem("IMO", start, end, TEXT) == problem


def test_content_hash_is_stable_and_changes_with_the_answer() -> None:
    first, _ = candidate_rows(_staged({"u1": [(4, 11, "IMO")]}))
    same, _ = candidate_rows(_staged({"u1": [(4, 11, "IMO")]}))
    edited, _ = candidate_rows(_staged({"u1": [(4, 11, "MMSI")]}))
    discarded, _ = candidate_rows(_staged({"u1": [(4, 11, "IMO")]}, status="discarded"))
    hashes = [t["content_sha256"][0].as_py() for t in (first, same, edited, discarded)]
    assert hashes[0] == hashes[1] and len(set(hashes)) == 3


def test_the_username_rides_along_but_a_rename_changes_no_content_hash() -> None:
    unnamed, _ = candidate_rows(_staged({"u1": [(4, 11, "IMO")]}))
    pages, spans = candidate_rows(_staged({"u1": [(4, 11, "IMO")]}, username="alice"))
    renamed, _ = candidate_rows(_staged({"u1": [(4, 11, "IMO")]}, username="alice.b"))
    assert pages["annotator_username"].to_pylist() == ["alice"]
    assert spans["annotator_username"].to_pylist() == ["alice"]
    hashes = {t["content_sha256"][0].as_py() for t in (unnamed, pages, renamed)}
    assert len(hashes) == 1


def test_agreement_and_suggestion_outcomes() -> None:
    staged = _staged({"u1": [(4, 11, "IMO"), (20, 27, "IMO")], "u2": [(4, 11, "IMO")]})
    pages, spans = candidate_rows(staged)
    shared, f1 = agreement(pages, spans)
    assert shared == 1 and f1 == pytest.approx(2 / 3)
    suggested = {"doc:1": [(4, 11, "IMO"), (16, 27, "IMO"), (0, 3, "FLAG")]}
    # u1: accepted, edited (20-27 inside 16-27), rejected; u2: accepted, rejected x2.
    assert suggestion_outcomes(pages, spans, suggested) == {
        "accepted": 2,
        "edited": 1,
        "rejected": 3,
        "added": 0,
    }
