"""Blind set E: checks on the gold data only (never on an extractor's output).

Runs with the real vessel lists when ../shared/data/vessels is present and, always, with the
synthetic fleet that load_vessels() falls back to (CI has no vessel data)."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import uuid
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

import pytest

from oceanid_assets.labelset import LABELS
from oceanid_assets.reference import (
    asfis_species,
    asfis_species_names,
    call_sign_series,
    fao_areas,
    mmsi_mids,
)
from oceanid_dev.demo.vessels import (
    SYNTHETIC_FLEET_SIZE,
    Vessel,
    imo_check_ok,
    load_vessels,
    synthetic_fleet,
)
from tests.blind_layouts_e import LAYOUTS, BlindPage, generate_blind_pages
from tests.blind_layouts_e._ids import identify, ircs_ok

EXPECTED_LAYOUTS = (
    "transhipment_declaration",
    "port_inspection_report",
    "record_dump",
    "ais_gap_report",
    "class_register_entry",
    "news_release",
    "fixed_width_report",
    "logbook_cover",
)
IDENTIFIERS = ("IMO", "MMSI", "IRCS")
REPO = Path(__file__).resolve().parents[1]


def _fleet(kind: str) -> list[Vessel]:
    return load_vessels() if kind == "default" else synthetic_fleet(SYNTHETIC_FLEET_SIZE)


@pytest.fixture(scope="module", params=["default", "synthetic"])
def fleet_kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="module")
def vessels(fleet_kind: str) -> list[Vessel]:
    return _fleet(fleet_kind)


@pytest.fixture(scope="module")
def pages(vessels: list[Vessel]) -> list[BlindPage]:
    return generate_blind_pages(vessels)


def _spans(pages: list[BlindPage], label: str) -> list[str]:
    return [p.text[s.start : s.end] for p in pages for s in p.spans if s.label == label]


def test_the_eight_layouts_each_with_the_pages_asked_for(pages: list[BlindPage]) -> None:
    assert LAYOUTS == EXPECTED_LAYOUTS
    assert Counter(p.layout for p in pages) == dict.fromkeys(EXPECTED_LAYOUTS, 20)
    assert [p.layout for p in pages] == sorted((p.layout for p in pages), key=LAYOUTS.index)


@pytest.mark.parametrize("count", [1, 7])
def test_the_last_document_is_cut_short(vessels: list[Vessel], count: int) -> None:
    few = generate_blind_pages(vessels, pages_per_layout=count, seed=3)
    assert Counter(p.layout for p in few) == dict.fromkeys(LAYOUTS, count)


def test_pages_are_numbered_from_one_within_each_document(pages: list[BlindPage]) -> None:
    documents: dict[str, list[BlindPage]] = defaultdict(list)
    for page in pages:
        documents[page.doc_id].append(page)
    for doc_id, doc in documents.items():
        assert [p.page_num for p in doc] == list(range(1, len(doc) + 1)), doc_id
        assert 1 <= len(doc) <= 3
        assert len({p.layout for p in doc}) == 1
        parsed = uuid.UUID(doc_id)
        assert str(parsed) == doc_id and parsed.version == 7
        assert parsed.variant == uuid.RFC_4122
    assert len(documents) >= len(LAYOUTS) * 20 / 3
    sizes = Counter(len(doc) for doc in documents.values())
    assert set(sizes) >= {1, 2}  # documents of more than one page exist


def test_spans_are_inside_tight_ordered_and_labelled_in_v1(pages: list[BlindPage]) -> None:
    # a continuation page with no entity (a quote, a notice) is allowed, but rare
    assert sum(not page.spans for page in pages) <= len(pages) // 20
    for page in pages:
        assert page.text.strip(), (page.layout, page.doc_id, page.page_num)
        end = 0
        for span in page.spans:
            value = page.text[span.start : span.end]
            assert span.label in LABELS
            assert 0 <= span.start < span.end <= len(page.text)
            assert value == value.strip() and value, (page.layout, span, value)
            assert span.start >= end, f"overlap in {page.layout} at {span}"
            end = span.end


def test_identifiers_pass_their_checks(pages: list[BlindPage], vessels: list[Vessel]) -> None:
    mids = mmsi_mids()
    series = call_sign_series()
    for imo in _spans(pages, "IMO"):
        assert re.fullmatch(r"\d{7}", imo) and imo_check_ok(imo), imo
    for mmsi in _spans(pages, "MMSI"):
        assert re.fullmatch(r"\d{9}", mmsi) and mmsi[:3] in mids, mmsi
    well_formed = {i.ircs for i in map(identify, vessels) if i.ircs}
    for ircs in _spans(pages, "IRCS"):
        assert re.fullmatch(r"[A-Z0-9]{2,7}", ircs), ircs
        assert ircs[:2] in series, ircs  # in some ITU Appendix 42 series
        assert ircs in well_formed, ircs  # and in a series of its vessel's flag
    for former in _spans(pages, "ID_CHANGE"):
        if former.isdigit():
            assert len(former) == 9 and former[:3] in mids, former
        else:
            assert former[:2] in series, former


def test_flagged_call_signs_belong_to_the_flag(vessels: list[Vessel]) -> None:
    for vessel in vessels:
        found = identify(vessel)
        if found.ircs:
            assert ircs_ok(found.ircs, found.flag)
            assert found.flag is not None
    assert not ircs_ok("BQAZ9", "JPN") and ircs_ok("BQAZ9", "CHN") and ircs_ok("BK9999", "TWN")
    assert ircs_ok("7KZZ", "JPN") and not ircs_ok("7KZZ", "CHN") and not ircs_ok("UAXY3", None)


def test_code_lists_and_value_shapes(pages: list[BlindPage]) -> None:
    areas = set(fao_areas())
    codes = set(asfis_species())
    names = {name.lower() for name in asfis_species_names()}
    next_year = date.today().year + 1
    assert set(_spans(pages, "FAO_AREA_CODE")) <= areas
    for species in _spans(pages, "SPECIES_NAME"):
        assert species in codes or species.lower() in names, species
    for year in _spans(pages, "BUILD_YEAR"):
        assert re.fullmatch(r"\d{4}", year) and 1850 <= int(year) <= next_year, year
    for number in _spans(pages, "METRIC_VALUE"):
        assert re.fullmatch(r"\d[\d.,  ]*", number) and number[-1].isdigit(), number
    for cfr in _spans(pages, "EU_CFR"):
        assert re.fullmatch(r"[A-Z]{3}\d{9}", cfr), cfr
    for day in _spans(pages, "START_DATE") + _spans(pages, "END_DATE"):
        assert re.search(r"\d", day), day


def test_every_layout_has_identifiers_and_a_mix_of_labels(pages: list[BlindPage]) -> None:
    for layout in LAYOUTS:
        labels = Counter(s.label for p in pages if p.layout == layout for s in p.spans)
        assert sum(labels[name] for name in IDENTIFIERS) >= 5, (layout, labels)
        assert labels["VESSEL_NAME"] >= 5, layout
        assert len(labels) >= 10, (layout, sorted(labels))
    every = Counter(s.label for p in pages for s in p.spans)
    assert len(every) >= 30, sorted(set(LABELS) - set(every))


def test_the_synthetic_fleet_exercises_every_v1_label() -> None:
    pages = generate_blind_pages(synthetic_fleet(SYNTHETIC_FLEET_SIZE))
    assert {s.label for p in pages for s in p.spans} == set(LABELS)


def test_generation_is_deterministic_and_seeded(vessels: list[Vessel]) -> None:
    first = generate_blind_pages(vessels, pages_per_layout=6, seed=11)
    assert first == generate_blind_pages(vessels, pages_per_layout=6, seed=11)
    other = generate_blind_pages(vessels, pages_per_layout=6, seed=12)
    assert [p.text for p in first] != [p.text for p in other]
    assert {p.doc_id for p in first}.isdisjoint(p.doc_id for p in other)
    alone = generate_blind_pages(vessels, pages_per_layout=6, seed=11, layouts=["news_release"])
    assert alone == [p for p in first if p.layout == "news_release"]


def test_unknown_layouts_and_empty_fleets_are_refused(vessels: list[Vessel]) -> None:
    with pytest.raises(ValueError, match="no_such_layout"):
        generate_blind_pages(vessels, layouts=["news_release", "no_such_layout"])
    with pytest.raises(ValueError):
        generate_blind_pages([])


def test_without_vessel_data_the_synthetic_fleet_is_used(tmp_path: Path) -> None:
    fallback = load_vessels(tmp_path)  # an empty folder, as in CI
    assert fallback == synthetic_fleet(SYNTHETIC_FLEET_SIZE)
    assert generate_blind_pages(fallback, pages_per_layout=3) == generate_blind_pages(
        synthetic_fleet(SYNTHETIC_FLEET_SIZE), pages_per_layout=3
    )


_DIGEST = """
import hashlib, json
from dataclasses import asdict
from oceanid_dev.demo.vessels import load_vessels, synthetic_fleet
from tests.blind_layouts_e import generate_blind_pages
for fleet in (load_vessels(), synthetic_fleet(60)):
    pages = generate_blind_pages(fleet, pages_per_layout=5, seed=7)
    print(hashlib.sha256(json.dumps([asdict(p) for p in pages]).encode()).hexdigest())
"""


def test_output_does_not_depend_on_pythonhashseed() -> None:
    digests = []
    for hash_seed in ("0", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        done = subprocess.run(
            [sys.executable, "-c", _DIGEST], cwd=REPO, env=env, capture_output=True, text=True,
            check=True, timeout=300,
        )  # fmt: skip
        digests.append(done.stdout.split())
    assert len(digests[0]) == 2 and digests[0] == digests[1]


def test_pages_serialise_with_str_offsets(pages: list[BlindPage]) -> None:
    page = pages[0]
    blob = json.loads(json.dumps({"text": page.text, "spans": [s.__dict__ for s in page.spans]}))
    for span in blob["spans"]:
        assert page.text[span["start"] : span["end"]] == blob["text"][span["start"] : span["end"]]
    assert hashlib.sha256(page.text.encode()).hexdigest()
