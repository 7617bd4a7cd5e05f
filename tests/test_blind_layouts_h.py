"""Blind set H: checks on the gold data only (no extractor is run here)."""

from __future__ import annotations

import csv
import hashlib
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from oceanid_assets.labelset import LABELS
from oceanid_dev.demo.vessels import (
    SYNTHETIC_FLEET_SIZE,
    Vessel,
    imo_check_ok,
    load_vessels,
    synthetic_fleet,
)
from tests.blind_layouts_h import LAYOUTS, BlindPage, generate_blind_pages

REFERENCE = Path(__file__).resolve().parents[1] / "oceanid_assets" / "reference"
IDENTIFIERS = {"IMO", "MMSI", "IRCS"}


def _csv(name: str) -> list[dict[str, str]]:
    with (REFERENCE / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


MIDS = {row["mid"] for row in _csv("mmsi_mids.csv")}
SERIES = [
    tuple(part.strip() for part in row["Series"].split("-"))
    for row in _csv("itu_call_sign_series.csv")
]
FAO = {row["code"] for row in _csv("fao_areas.csv")}


def in_itu_series(call_sign: str) -> bool:
    head = call_sign[:3]
    return len(call_sign) >= 3 and any(first <= head <= last for first, last in SERIES)


@pytest.fixture(scope="module", params=["default", "synthetic"])
def fleet(request: pytest.FixtureRequest) -> list[Vessel]:
    # load_vessels() is the real lists when ../shared/data/vessels is present, else it falls
    # back to the synthetic fleet; the synthetic case is also run explicitly (as in CI).
    if request.param == "default":
        return load_vessels()
    return synthetic_fleet(SYNTHETIC_FLEET_SIZE)


@pytest.fixture(scope="module")
def pages(fleet: list[Vessel]) -> list[BlindPage]:
    return generate_blind_pages(fleet, pages_per_layout=20, seed=0)


def test_eight_layouts_each_with_the_pages_asked_for(pages: list[BlindPage]) -> None:
    assert len(LAYOUTS) == 8
    assert Counter(p.layout for p in pages) == dict.fromkeys(LAYOUTS, 20)
    assert {p.layout for p in generate_blind_pages(synthetic_fleet(10), 3)} == set(LAYOUTS)
    assert len(generate_blind_pages(synthetic_fleet(10), 7, layouts=["broker_listing"])) == 7


def test_page_numbers_count_from_one_within_each_document(pages: list[BlindPage]) -> None:
    by_doc: dict[str, list[int]] = {}
    for page in pages:
        by_doc.setdefault(page.doc_id, []).append(page.page_num)
        assert re.fullmatch(
            r"[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", page.doc_id
        )
    for numbers in by_doc.values():
        assert numbers == list(range(1, len(numbers) + 1))
        assert len(numbers) <= 3
    assert len(by_doc) >= 8 * 7  # documents, not one long page run


def test_spans_inside_tight_non_overlapping_and_in_labelset(pages: list[BlindPage]) -> None:
    for page in pages:
        previous_end = 0
        for span in sorted(page.spans, key=lambda s: s.start):
            assert 0 <= span.start < span.end <= len(page.text)
            assert span.start >= previous_end, (page.layout, span)
            value = page.text[span.start : span.end]
            assert value == value.strip() and value, (page.layout, value)
            assert span.label in LABELS
            previous_end = span.end


def test_identifiers_are_well_formed(pages: list[BlindPage]) -> None:
    for page in pages:
        for span in page.spans:
            value = page.text[span.start : span.end]
            if span.label == "IMO":
                assert imo_check_ok(value), value
            elif span.label == "MMSI":
                assert re.fullmatch(r"\d{9}", value) and value[:3] in MIDS, value
            elif span.label == "IRCS":
                assert re.fullmatch(r"[A-Z0-9]{3,7}", value) and in_itu_series(value), value
            elif span.label == "ID_CHANGE":
                if value.isdigit():
                    assert len(value) == 9 and value[:3] in MIDS, value
                else:
                    assert in_itu_series(value), value
            elif span.label == "FAO_AREA_CODE":
                assert value in FAO, value
            elif span.label == "BUILD_YEAR":
                assert 1850 <= int(value) <= 2027, value


def test_every_layout_has_identifiers_and_a_mix_of_labels(pages: list[BlindPage]) -> None:
    for layout in LAYOUTS:
        labels = Counter(s.label for p in pages if p.layout == layout for s in p.spans)
        assert IDENTIFIERS & set(labels), layout
        assert labels["VESSEL_NAME"] >= 5, layout
        assert len(labels) >= 6, (layout, labels)


def test_hard_negatives_stay_unlabelled(pages: list[BlindPage]) -> None:
    """Totals, subtotals and reference numbers are printed but carry no span."""
    for page in pages:
        for span in page.spans:
            line_start = page.text.rfind("\n", 0, span.start) + 1
            line = page.text[line_start : page.text.find("\n", span.start)]
            assert not line.lstrip().startswith(("TOTAL", "Subtotal", "REF.")), line


def test_deterministic_and_seeded() -> None:
    vessels = synthetic_fleet(SYNTHETIC_FLEET_SIZE)
    first = generate_blind_pages(vessels, pages_per_layout=5, seed=4)
    assert first == generate_blind_pages(vessels, pages_per_layout=5, seed=4)
    assert first != generate_blind_pages(vessels, pages_per_layout=5, seed=5)
    one = generate_blind_pages(vessels, pages_per_layout=5, seed=4, layouts=["court_judgment"])
    assert one == [p for p in first if p.layout == "court_judgment"]


def test_unknown_layout_and_empty_fleet_refused() -> None:
    with pytest.raises(ValueError, match="no_such_layout"):
        generate_blind_pages(synthetic_fleet(5), layouts=["broker_listing", "no_such_layout"])
    with pytest.raises(ValueError):
        generate_blind_pages([])


_DIGEST = """
from oceanid_dev.demo.vessels import synthetic_fleet
from tests.blind_layouts_h import generate_blind_pages
import hashlib
pages = generate_blind_pages(synthetic_fleet(60), pages_per_layout=6, seed=2)
print(hashlib.sha256(repr(pages).encode()).hexdigest())
"""


def test_independent_of_pythonhashseed() -> None:
    root = Path(__file__).resolve().parents[1]
    digests = set()
    for hash_seed in ("0", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        result = subprocess.run(
            [sys.executable, "-c", _DIGEST], cwd=root, env=env, capture_output=True, text=True
        )
        assert result.returncode == 0, result.stderr
        digests.add(result.stdout.strip())
    here = generate_blind_pages(synthetic_fleet(60), pages_per_layout=6, seed=2)
    digests.add(hashlib.sha256(repr(here).encode()).hexdigest())
    assert len(digests) == 1
