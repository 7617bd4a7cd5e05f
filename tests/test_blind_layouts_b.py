"""Checks of blind layout set B's own gold data (not of any extractor): offsets exact and tight,
labels from the labelset, no overlaps, identifier shapes, determinism, both vessel sources."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from functools import cache

import pytest

from oceanid_assets.labelset import LABELS
from oceanid_assets.reference import fao_areas
from oceanid_dev.demo.vessels import Vessel, load_vessels, synthetic_fleet
from tests.blind_layouts_b import LAYOUTS, BlindPage, GoldSpan, generate_blind_pages

PAGES_PER_LAYOUT = 12
_EDGE = set(",;:|\"'()[]<>{}")
_IDENTIFIERS = {"IMO", "MMSI", "IRCS", "NATIONAL_REG_NO", "RFMO_ID", "EU_CFR"}
_RFMO_CODES = {
    "IOTC",
    "WCPFC",
    "ICCAT",
    "NPFC",
    "SPRFMO",
    "SIOFA",
    "CCSBT",
    "IATTC",
    "CIAT",
    "CTOI",
    "CICTA",
}
_SHAPES = {
    "IMO": r"\d{7}",
    "MMSI": r"\d{9}",
    "IRCS": r"[A-Z0-9]{3,8}",
    "BUILD_YEAR": r"(18|19|20)\d\d",
    "METRIC_VALUE": r"\d[\d.,\u2009\u202f\u00a0]*",
    "EU_CFR": r"[A-Z]{3}\d{9}",
    "RFMO_CODE": "|".join(sorted(_RFMO_CODES)),
    "PORT_ID": r"[A-Z]{2}[A-Z2-9]{3}",
}


@cache
def _fleets() -> dict[str, tuple[Vessel, ...]]:
    return {"real": tuple(load_vessels()), "synthetic": tuple(synthetic_fleet(60))}


@cache
def _pages(fleet: str, seed: int = 0) -> tuple[BlindPage, ...]:
    return tuple(generate_blind_pages(_fleets()[fleet], PAGES_PER_LAYOUT, seed=seed))


def _texts(page: BlindPage, label: str) -> list[str]:
    return [page.text[s.start : s.end] for s in page.spans if s.label == label]


@pytest.fixture(params=["real", "synthetic"])
def pages(request: pytest.FixtureRequest) -> tuple[BlindPage, ...]:
    return _pages(request.param)


def test_public_api_and_layouts() -> None:
    assert len(LAYOUTS) == 8 and len(set(LAYOUTS)) == 8
    assert GoldSpan(0, 1, "IMO").label == "IMO"
    with pytest.raises(ValueError):
        generate_blind_pages(_fleets()["synthetic"], 1, layouts=["no_such_layout"])


def test_page_counts_doc_ids_and_page_numbers(pages: tuple[BlindPage, ...]) -> None:
    assert Counter(p.layout for p in pages) == dict.fromkeys(LAYOUTS, PAGES_PER_LAYOUT)
    by_doc: dict[str, list[int]] = {}
    for page in pages:
        assert re.fullmatch(rf"blindb-{page.layout}-s0-\d{{4}}", page.doc_id)
        by_doc.setdefault(page.doc_id, []).append(page.page_num)
    for numbers in by_doc.values():
        assert numbers == list(range(1, len(numbers) + 1))


def test_page_sizes(pages: tuple[BlindPage, ...]) -> None:
    for page in pages:
        assert 800 <= len(page.text) <= 4000, (page.doc_id, page.page_num, len(page.text))


def test_spans_exact_tight_and_known(pages: tuple[BlindPage, ...]) -> None:
    for page in pages:
        for span in page.spans:
            assert span.label in LABELS
            assert 0 <= span.start < span.end <= len(page.text)
            value = page.text[span.start : span.end]
            assert value == value.strip() and "\n" not in value, (span, value)
            assert value[0] not in _EDGE and value[-1] not in _EDGE, (span, value)
            if span.label != "ASSOC_NAME":  # "CO., LTD." ends a company name
                assert not value.endswith("."), (span, value)


def test_no_overlapping_spans(pages: tuple[BlindPage, ...]) -> None:
    for page in pages:
        ordered = sorted(page.spans, key=lambda s: (s.start, s.end))
        for left, right in itertools.pairwise(ordered):
            assert left.end <= right.start, (page.doc_id, page.page_num, left, right)


def test_value_shapes(pages: tuple[BlindPage, ...]) -> None:
    areas = fao_areas()
    for page in pages:
        for label, shape in _SHAPES.items():
            for value in _texts(page, label):
                assert re.fullmatch(shape, value), (label, value)
        for value in _texts(page, "FAO_AREA_CODE"):
            assert value in areas, value
        for label in ("START_DATE", "END_DATE"):
            for value in _texts(page, label):
                assert re.search(r"\d", value), value


def test_identifiers_come_from_the_vessel_list() -> None:
    for fleet, vessels in _fleets().items():
        known: dict[str, set[str | None]] = {
            "VESSEL_NAME": {v.name for v in vessels},
            "IMO": {v.imo for v in vessels},
            "MMSI": {v.mmsi for v in vessels},
            "IRCS": {v.ircs for v in vessels},
        }
        for page in _pages(fleet):
            for label, values in known.items():
                assert set(_texts(page, label)).issubset(values), (fleet, label)


def test_every_layout_has_identifier_spans(pages: tuple[BlindPage, ...]) -> None:
    for layout in LAYOUTS:
        labels = Counter(s.label for p in pages if p.layout == layout for s in p.spans)
        assert labels["VESSEL_NAME"] > 0, layout
        assert labels["MMSI"] + labels["IMO"] + labels["IRCS"] > 0, layout
        assert sum(labels[label] for label in _IDENTIFIERS) >= PAGES_PER_LAYOUT, layout
    for page in pages:
        assert any(s.label in _IDENTIFIERS | {"VESSEL_NAME"} for s in page.spans), page.doc_id


def test_label_coverage(pages: tuple[BlindPage, ...]) -> None:
    used = {s.label for p in pages for s in p.spans}
    missing = set(LABELS) - used
    assert missing.issubset({"EU_CFR", "OTHER_EXT_ID"}), missing


def test_deterministic_by_seed() -> None:
    vessels = _fleets()["synthetic"]
    first = generate_blind_pages(vessels, 3, seed=7)
    assert first == generate_blind_pages(vessels, 3, seed=7)
    assert [p.text for p in first] != [p.text for p in generate_blind_pages(vessels, 3, seed=8)]
    assert all(p.doc_id.startswith(f"blindb-{p.layout}-s7-") for p in first)


def test_layout_subset_and_small_fleets() -> None:
    one = generate_blind_pages(synthetic_fleet(2), 4, seed=1, layouts=["csv_export_quoted"])
    assert [p.layout for p in one] == ["csv_export_quoted"] * 4
    assert generate_blind_pages(_fleets()["real"], 2, layouts=[]) == []
