"""The held-out inspection layout: exact, verified ground truth on a layout nobody tuned on."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

import pytest

from oceanid_assets.ingest.pdf_text import extract_page_texts
from oceanid_assets.labelset import LABELS
from oceanid_assets.preannotate.evaluate import format_evaluation
from oceanid_dev.demo.documents import DemoDocument
from oceanid_dev.demo.heldout import KIND, generate_heldout_documents
from oceanid_dev.demo.vessels import (
    Vessel,
    imo_check_ok,
)
from tests.quality_report import demo_labelled, score_pages


@pytest.fixture(scope="module")
def batch(fleet: list[Vessel]) -> list[DemoDocument]:
    return generate_heldout_documents(fleet, pages=20, seed=5)


def test_every_span_is_the_exact_slice_of_the_extracted_text(batch: list[DemoDocument]) -> None:
    for doc in batch:
        assert doc.kind == KIND == "heldout_inspection"
        assert re.fullmatch(r"[a-z0-9_-]+\.pdf", doc.filename), doc.filename
        texts = extract_page_texts(doc.pdf_bytes)
        assert len(texts) == doc.page_count
        assert doc.spans
        for span in doc.spans:
            assert texts[span.page_num - 1][span.start : span.end] == span.text, span
            assert span.text == span.text.strip(" \n.,;:"), span
    assert len({doc.filename for doc in batch}) == len(batch)


def test_labels_are_valid_and_spans_do_not_overlap(batch: list[DemoDocument]) -> None:
    spans = [s for doc in batch for s in doc.spans]
    labels = {s.label for s in spans}
    assert labels <= set(LABELS)
    expected = {
        "VESSEL_NAME",
        "IMO",
        "MMSI",
        "IRCS",
        "FLAG",
        "HOME_PORT",
        "METRIC_TYPE",
        "METRIC_VALUE",
        "METRIC_UNIT",
        "ASSOC_NAME",
        "ASSOC_ROLE",
        "END_DATE",
        "SPECIES_NAME",
        "FAO_AREA_CODE",
        "RFMO_CODE",
    }
    assert expected <= labels, expected - labels
    for doc in batch:
        ordered = sorted(doc.spans, key=lambda s: (s.page_num, s.start))
        for before, after in itertools.pairwise(ordered):
            if before.page_num == after.page_num:
                assert before.end <= after.start, (before, after)


def test_the_layout_uses_its_own_key_wordings(batch: list[DemoDocument]) -> None:
    text = "\n".join(t for doc in batch for t in extract_page_texts(doc.pdf_bytes))
    for key in ("IMO No:", "Radio call sign:", "MMSI number:", "State of registry:", "LOA"):
        assert key in text
    assert "Authorisation valid until:" in text and "Date of entry into port:" in text
    assert re.search(r"The master of the .+ declared", text)
    assert "ASFIS code" in text


def test_same_seed_same_documents_other_seed_other_documents(
    fleet: list[Vessel], batch: list[DemoDocument]
) -> None:
    again = generate_heldout_documents(fleet, pages=20, seed=5)
    assert [d.pdf_bytes for d in again] == [d.pdf_bytes for d in batch]
    assert [(d.filename, d.spans) for d in again] == [(d.filename, d.spans) for d in batch]
    other = generate_heldout_documents(fleet, pages=20, seed=6)
    assert [d.spans for d in other] != [d.spans for d in batch]


@pytest.mark.parametrize("pages", [1, 7, 20, 60])
def test_page_total_follows_the_request(fleet: list[Vessel], pages: int) -> None:
    docs = generate_heldout_documents(fleet, pages=pages, seed=1)
    total = sum(doc.page_count for doc in docs)
    assert 0.8 * pages <= total <= 1.2 * pages


def test_an_imo_with_a_bad_check_digit_is_kept_as_found(fleet: list[Vessel]) -> None:
    good = fleet[3].imo
    assert good is not None
    bad = good[:6] + str((int(good[6]) + 1) % 10)
    vessels = [*fleet[:3], replace(fleet[3], imo=bad, gear="CARRIER"), *fleet[4:12]]
    docs = generate_heldout_documents(vessels, pages=3, seed=0)
    imos = {s.text for doc in docs for s in doc.spans if s.label == "IMO"}
    assert bad in imos and not imo_check_ok(bad)


def test_few_vessels_and_bad_arguments(fleet: list[Vessel]) -> None:
    docs = generate_heldout_documents(fleet[:1], pages=2, seed=0)
    assert sum(d.page_count for d in docs) == 2
    with pytest.raises(ValueError):
        generate_heldout_documents(fleet, pages=0)
    with pytest.raises(ValueError):
        generate_heldout_documents([], pages=3)


def test_rules_find_identifiers_on_a_layout_they_were_not_written_for(
    batch: list[DemoDocument],
) -> None:
    result = score_pages(demo_labelled(batch))
    for label in ("IMO", "MMSI", "IRCS"):
        assert result.labels[label].exact_precision == 1.0, format_evaluation(result)
        assert result.labels[label].exact_recall >= 0.95, format_evaluation(result)
