"""Blind evaluation set I: checks on the gold data only (never on an extractor).

The pages are built from `load_vessels()` (the real lists when present, else its synthetic fleet)
and from the synthetic fleet itself, so the module also runs where ../shared is absent (CI).
"""

from __future__ import annotations

import csv
import hashlib
import os
import re
import subprocess
import sys
import uuid
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from oceanid_assets.labelset import LABELS
from oceanid_dev.demo.vessels import (
    ENV_VAR,
    SYNTHETIC_FLEET_SIZE,
    Vessel,
    load_vessels,
    synthetic_fleet,
)
from tests.blind_layouts_i import LAYOUTS, BlindPage, GoldSpan, generate_blind_pages

REFERENCE = Path(__file__).resolve().parents[1] / "oceanid_assets" / "reference"
EXPECTED_LAYOUTS = (
    "ship_profile_printout",
    "sanctions_designation",
    "xml_record_export",
    "json_api_dump",
    "eu_fleet_register_export",
    "purple_notice",
    "tonnage_certificate",
    "bilingual_register",
)
PAGES = 20


def _rows(name: str) -> list[dict[str, str]]:
    with (REFERENCE / name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


MIDS = {row["mid"] for row in _rows("mmsi_mids.csv")}
SERIES = [
    tuple(part.strip() for part in row["Series"].split("-"))
    for row in _rows("itu_call_sign_series.csv")
]
FAO_AREAS = {row["code"] for row in _rows("fao_areas.csv")}


def imo_valid(imo: str) -> bool:
    if not re.fullmatch(r"\d{7}", imo):
        return False
    return sum(int(d) * w for d, w in zip(imo, (7, 6, 5, 4, 3, 2), strict=False)) % 10 == int(
        imo[6]
    )


def mmsi_valid(mmsi: str) -> bool:
    return re.fullmatch(r"\d{9}", mmsi) is not None and mmsi[:3] in MIDS


def call_sign_valid(call_sign: str) -> bool:
    """2-7 characters whose prefix lies in an ITU call-sign series (a whole two-character block
    also covers a digit in third place, as in BJ1234)."""
    if not re.fullmatch(r"[A-Z0-9]{3,7}", call_sign):
        return False
    for first, last in SERIES:
        if call_sign[:2] == first[:2] and (
            first[2] <= call_sign[2] <= last[2]
            or (call_sign[2].isdigit() and (first[2], last[2]) == ("A", "Z"))
        ):
            return True
    return False


@pytest.fixture(scope="module", params=["default", "synthetic"])
def blind_fleet(request: pytest.FixtureRequest) -> list[Vessel]:
    if request.param == "default":
        return load_vessels()  # the real lists when present, else the synthetic fleet
    return synthetic_fleet(SYNTHETIC_FLEET_SIZE)


@pytest.fixture(scope="module")
def pages(blind_fleet: list[Vessel]) -> list[BlindPage]:
    return generate_blind_pages(blind_fleet, pages_per_layout=PAGES, seed=0)


def _value(page: BlindPage, span: GoldSpan) -> str:
    return page.text[span.start : span.end]


def test_eight_layouts_each_with_the_pages_asked_for(pages: list[BlindPage]) -> None:
    assert LAYOUTS == EXPECTED_LAYOUTS
    assert Counter(page.layout for page in pages) == dict.fromkeys(EXPECTED_LAYOUTS, PAGES)
    assert all(800 <= len(page.text) <= 3000 for page in pages)


def test_documents_are_numbered_from_one_and_have_uuid7_ids(pages: list[BlindPage]) -> None:
    documents: dict[str, list[BlindPage]] = defaultdict(list)
    for page in pages:
        documents[page.doc_id].append(page)
    for doc_id, doc_pages in documents.items():
        parsed = uuid.UUID(doc_id)
        assert parsed.version == 7 and parsed.variant == uuid.RFC_4122
        assert [p.page_num for p in doc_pages] == list(range(1, len(doc_pages) + 1))
        assert 1 <= len(doc_pages) <= 3
        assert len({p.layout for p in doc_pages}) == 1
    assert len({p.doc_id for p in pages if p.page_num == 1}) == len(documents)


def test_spans_are_inside_tight_ordered_and_labelled_in_v1(pages: list[BlindPage]) -> None:
    for page in pages:
        end = 0
        for span in page.spans:
            assert span.label in LABELS
            assert end <= span.start < span.end <= len(page.text), (page.layout, span)
            value = _value(page, span)
            assert value == value.strip() and value, (page.layout, span.label, value)
            end = span.end


def test_identifiers_pass_their_checks(pages: list[BlindPage]) -> None:
    next_year = 2027
    for page in pages:
        for span in page.spans:
            value = _value(page, span)
            where = (page.layout, span.label, value)
            if span.label == "IMO":
                assert imo_valid(value), where
            elif span.label == "MMSI":
                assert mmsi_valid(value), where
            elif span.label == "IRCS":
                assert call_sign_valid(value), where
            elif span.label == "ID_CHANGE":
                assert mmsi_valid(value) if value.isdigit() else call_sign_valid(value), where
            elif span.label == "EU_CFR":
                assert re.fullmatch(r"[A-Z]{3}\d{9}", value), where
            elif span.label == "FAO_AREA_CODE":
                assert value in FAO_AREAS, where
            elif span.label == "BUILD_YEAR":
                assert 1850 <= int(value) <= next_year, where
            elif span.label == "METRIC_VALUE":
                assert re.fullmatch(r"\d[\d,]*(?:[.,]\d+)?", value), where


def test_every_layout_has_identifiers_and_a_mix_of_labels(pages: list[BlindPage]) -> None:
    for layout in LAYOUTS:
        labels = Counter(
            span.label for page in pages if page.layout == layout for span in page.spans
        )
        assert labels["IMO"] + labels["MMSI"] + labels["IRCS"] > 0, layout
        assert labels["VESSEL_NAME"] > 0, layout
        assert len(labels) >= 10, (layout, labels)
    everywhere = {span.label for page in pages for span in page.spans}
    assert len(everywhere) >= 30


def test_deterministic_and_seeded(blind_fleet: list[Vessel], pages: list[BlindPage]) -> None:
    assert generate_blind_pages(blind_fleet, pages_per_layout=PAGES, seed=0) == pages
    other = generate_blind_pages(blind_fleet, pages_per_layout=PAGES, seed=1)
    assert [p.text for p in other] != [p.text for p in pages]
    assert {p.doc_id for p in other}.isdisjoint({p.doc_id for p in pages})


def test_page_counts_layout_choice_and_refusals(blind_fleet: list[Vessel]) -> None:
    some = generate_blind_pages(blind_fleet, pages_per_layout=7, seed=3, layouts=LAYOUTS[2:4])
    assert Counter(p.layout for p in some) == {LAYOUTS[2]: 7, LAYOUTS[3]: 7}
    assert [p.layout for p in some] == sorted((p.layout for p in some), key=LAYOUTS.index)
    with pytest.raises(ValueError, match="no_such_layout"):
        generate_blind_pages(blind_fleet, layouts=["json_api_dump", "no_such_layout"])
    with pytest.raises(ValueError):
        generate_blind_pages([], pages_per_layout=1)


def test_runs_without_the_vessel_lists(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path))  # an empty folder: no vessel CSVs
    fleet = load_vessels()
    assert fleet == synthetic_fleet(SYNTHETIC_FLEET_SIZE)
    assert len(generate_blind_pages(fleet, pages_per_layout=2, seed=5)) == 2 * len(LAYOUTS)


_DIGEST = """
import hashlib
from oceanid_dev.demo.vessels import load_vessels
from tests.blind_layouts_i import generate_blind_pages
pages = generate_blind_pages(load_vessels(), pages_per_layout=6, seed=11)
print(hashlib.sha256(repr(pages).encode()).hexdigest())
"""


def test_independent_of_pythonhashseed() -> None:
    root = Path(__file__).resolve().parents[1]
    digests = set()
    for hash_seed in ("0", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(root)}
        done = subprocess.run(
            [sys.executable, "-c", _DIGEST], cwd=root, env=env, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
        digests.add(done.stdout.strip())
    assert len(digests) == 1
    local = generate_blind_pages(load_vessels(), pages_per_layout=6, seed=11)
    assert digests == {hashlib.sha256(repr(local).encode()).hexdigest()}
