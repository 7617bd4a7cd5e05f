"""Blind evaluation set Q: tests of the gold data only (the extractor is never run here)."""

from __future__ import annotations

import csv
import hashlib
import os
import re
import subprocess
import sys
import uuid
from collections import Counter
from functools import cache
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
from tests.blind_layouts_q import LAYOUTS, BlindPage, GoldSpan, generate_blind_pages
from tests.blind_layouts_q import _vocab as vocab

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "oceanid_assets" / "reference"
EXPECTED_LAYOUTS = (
    "csr_record",
    "safe_manning",
    "msc_vessel_annex",
    "shipyard_orderbook",
    "compliance_summary",
    "reefer_bill_of_lading",
    "registry_config_export",
    "beacon_registration",
)
PER_LAYOUT = 20
RFMO_CODES = {"WCPFC", "IOTC", "ICCAT", "IATTC", "NPFC", "SPRFMO", "CCAMLR", "CCSBT"}
IDENTIFIERS = {"IMO", "MMSI", "IRCS"}


# --- reference lists, read independently of the generator -------------------------------------


def _rows(name: str) -> list[dict[str, str]]:
    with (REFERENCE / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@cache
def _mids() -> dict[str, str]:
    """MID -> iso3 (first row wins)."""
    out: dict[str, str] = {}
    for row in _rows("mmsi_mids.csv"):
        out.setdefault(row["mid"], row["iso3"])
    return out


@cache
def _series() -> list[tuple[str, str, str]]:
    out = []
    for row in _rows("itu_call_sign_series.csv"):
        first, last = (part.strip() for part in row["Series"].split("-"))
        out.append((first, last, row["Allocated to"].strip()))
    return out


@cache
def _itu_names(iso3: str) -> frozenset[str]:
    names: set[str] = set()
    for row in _rows("mmsi_mids.csv"):
        if row["iso3"] == iso3:
            names.update((row["name"], row["name"].split(" - ")[0]))
    return frozenset(names)


def _in_itu_series(sign: str, iso3: str | None = None) -> bool:
    if not re.fullmatch(r"[A-Z0-9]{3,7}", sign) or not re.search(r"[A-Z]", sign):
        return False
    for first, last, owner in _series():
        if iso3 is not None and owner not in _itu_names(iso3):
            continue
        if sign[:2] == first[:2] and first[2] <= sign[2] <= last[2]:
            return True
        if sign[:2] == first[:2] and (first[2], last[2]) == ("A", "Z"):
            return True
    return False


@cache
def _fao() -> frozenset[str]:
    return frozenset(row["code"] for row in _rows("fao_areas.csv"))


@cache
def _species_words() -> frozenset[str]:
    words: set[str] = set()
    for row in _rows("asfis_species_curated.csv"):
        words.update((row["code"].lower(), row["name_en"].lower()))
    for row in _rows("asfis_species_es_fr.csv"):
        words.update((row["code"].lower(), row["name_es"].lower(), row["name_fr"].lower()))
    return frozenset(words)


@cache
def _country_words() -> frozenset[str]:
    codes = {row["iso2"] for row in _rows("mmsi_mids.csv")} | {
        row["iso3"] for row in _rows("mmsi_mids.csv")
    }
    names = {name for entry in vocab.COUNTRIES.values() for name in entry[1:]}
    return frozenset(codes | names)


# --- fixtures --------------------------------------------------------------------------------


@pytest.fixture(scope="module", params=["default", "synthetic"])
def fleet(request: pytest.FixtureRequest) -> list[Vessel]:
    if request.param == "default":
        return load_vessels()
    return synthetic_fleet(SYNTHETIC_FLEET_SIZE)


@pytest.fixture(scope="module")
def pages(fleet: list[Vessel]) -> list[BlindPage]:
    return generate_blind_pages(fleet, pages_per_layout=PER_LAYOUT, seed=0)


def _value(page: BlindPage, span: GoldSpan) -> str:
    return page.text[span.start : span.end]


def _values(pages: list[BlindPage], label: str) -> list[str]:
    return [_value(p, s) for p in pages for s in p.spans if s.label == label]


# --- structure ---------------------------------------------------------------------------------


def test_layout_names_and_order(pages: list[BlindPage]) -> None:
    assert LAYOUTS == EXPECTED_LAYOUTS
    order = [p.layout for p in pages]
    assert order == sorted(order, key=LAYOUTS.index)
    assert list(dict.fromkeys(order)) == list(LAYOUTS)


def test_exact_page_counts(fleet: list[Vessel], pages: list[BlindPage]) -> None:
    assert Counter(p.layout for p in pages) == dict.fromkeys(LAYOUTS, PER_LAYOUT)
    few = generate_blind_pages(fleet, pages_per_layout=5, seed=3)
    assert Counter(p.layout for p in few) == dict.fromkeys(LAYOUTS, 5)
    assert generate_blind_pages(fleet, pages_per_layout=0) == []


def _expected_id(seed: int, layout: str, index: int) -> str:
    digest = hashlib.sha256(f"blind-q:{seed}:{layout}:{index}".encode()).digest()
    raw = bytearray(digest[:16])
    raw[6] = (raw[6] & 0x0F) | 0x70
    raw[8] = (raw[8] & 0x3F) | 0x80
    return str(uuid.UUID(bytes=bytes(raw)))


def test_doc_numbering_and_ids(pages: list[BlindPage]) -> None:
    for layout in LAYOUTS:
        docs: dict[str, list[int]] = {}
        for page in (p for p in pages if p.layout == layout):
            docs.setdefault(page.doc_id, []).append(page.page_num)
        for index, (doc_id, numbers) in enumerate(docs.items()):
            assert doc_id == _expected_id(0, layout, index)
            parsed = uuid.UUID(doc_id)
            assert parsed.version == 7
            assert parsed.variant == uuid.RFC_4122
            assert numbers == list(range(1, len(numbers) + 1))
            assert 1 <= len(numbers) <= 3


def test_page_lengths(pages: list[BlindPage]) -> None:
    for layout in LAYOUTS:
        sizes = [len(p.text) for p in pages if p.layout == layout]
        assert all(700 <= size <= 3000 for size in sizes), (layout, sizes)
        assert sum(size > 800 for size in sizes) >= 0.6 * len(sizes), (layout, sizes)


def test_spans_tight_sorted_in_labelset(pages: list[BlindPage]) -> None:
    edge = set(" \t\r\n.,;:!?\"'()[]{}<>/|*#=-_`")
    for page in pages:
        end = 0
        for span in page.spans:
            assert span.label in LABELS
            assert 0 <= end <= span.start < span.end <= len(page.text)
            value = _value(page, span)
            assert value[0] not in edge and value[-1] not in edge, (page.layout, value)
            end = span.end


# --- identifiers -------------------------------------------------------------------------------


def test_imo_spans_have_check_digits(pages: list[BlindPage]) -> None:
    imos = _values(pages, "IMO")
    assert imos
    assert all(re.fullmatch(r"\d{7}", imo) and imo_check_ok(imo) for imo in imos), imos


def test_mmsi_spans_start_with_a_mid(pages: list[BlindPage]) -> None:
    mmsis = _values(pages, "MMSI")
    assert mmsis
    assert all(re.fullmatch(r"\d{9}", m) and m[:3] in _mids() for m in mmsis), mmsis


def test_call_signs_in_the_flag_series(fleet: list[Vessel], pages: list[BlindPage]) -> None:
    signs = _values(pages, "IRCS")
    assert signs
    flags: dict[str, set[str]] = {}
    for vessel in fleet:
        if vessel.ircs:
            flag = vessel.flag or (_mids().get((vessel.mmsi or "")[:3]))
            flags.setdefault(vessel.ircs, set()).add(flag or "")
    for sign in signs:
        assert sign in flags, sign  # call signs come from the vessel list, never invented
        assert any(_in_itu_series(sign, flag) for flag in flags[sign] if flag), sign


def test_identifiers_come_from_the_fleet(fleet: list[Vessel], pages: list[BlindPage]) -> None:
    imos = {v.imo for v in fleet}
    mmsis = {v.mmsi for v in fleet}
    names = {v.name for v in fleet}
    assert set(_values(pages, "IMO")) <= imos
    assert set(_values(pages, "MMSI")) <= mmsis
    fleet_names = [n for n in _values(pages, "VESSEL_NAME") if n in names]
    assert len(fleet_names) >= 0.9 * len(_values(pages, "VESSEL_NAME"))


def test_former_identifiers_are_well_formed(pages: list[BlindPage]) -> None:
    changes = _values(pages, "ID_CHANGE")
    assert changes
    for value in changes:
        if value.isdigit():
            assert len(value) == 9 and value[:3] in _mids(), value
        else:
            assert _in_itu_series(value), value


# --- codes and names ---------------------------------------------------------------------------


def test_codes_and_names_from_reference_lists(pages: list[BlindPage]) -> None:
    assert set(_values(pages, "FAO_AREA_CODE")) <= _fao()
    assert {v.lower() for v in _values(pages, "SPECIES_NAME")} <= _species_words()
    assert set(_values(pages, "RFMO_CODE")) <= RFMO_CODES
    for label in ("FLAG", "FLAG_CHANGE", "COUNTRY_CODE", "HOME_PORT_STATE", "BUILD_COUNTRY"):
        assert set(_values(pages, label)) <= _country_words(), label
    iso2 = {row["iso2"] for row in _rows("mmsi_mids.csv")}
    for code in _values(pages, "PORT_ID"):
        assert re.fullmatch(r"[A-Z]{5}", code) and code[:2] in iso2, code
    for year in _values(pages, "BUILD_YEAR"):
        assert re.fullmatch(r"\d{4}", year) and 1850 <= int(year) <= 2031, year
    for number in _values(pages, "METRIC_VALUE"):
        assert re.fullmatch(r"\d+(\.\d+)?", number), number


def test_every_layout_carries_identifiers_and_a_mix(pages: list[BlindPage]) -> None:
    for layout in LAYOUTS:
        labels = Counter(s.label for p in pages if p.layout == layout for s in p.spans)
        assert IDENTIFIERS & set(labels), layout
        assert labels["VESSEL_NAME"] > 0, layout
        assert len(labels) >= 8, (layout, labels)
        assert all(p.spans for p in pages if p.layout == layout), layout


# --- determinism and arguments -------------------------------------------------------------


def _fingerprint(pages: list[BlindPage]) -> str:
    return hashlib.sha256(repr(pages).encode()).hexdigest()


def test_deterministic(fleet: list[Vessel], pages: list[BlindPage]) -> None:
    again = generate_blind_pages(fleet, pages_per_layout=PER_LAYOUT, seed=0)
    assert again == pages
    other = generate_blind_pages(fleet, pages_per_layout=PER_LAYOUT, seed=1)
    assert _fingerprint(other) != _fingerprint(pages)


def test_layout_subset(fleet: list[Vessel], pages: list[BlindPage]) -> None:
    chosen = [LAYOUTS[5], LAYOUTS[1]]
    subset = generate_blind_pages(fleet, pages_per_layout=PER_LAYOUT, seed=0, layouts=chosen)
    assert [p.layout for p in subset] == [LAYOUTS[1]] * PER_LAYOUT + [LAYOUTS[5]] * PER_LAYOUT
    assert subset == [p for p in pages if p.layout in chosen]


def test_unknown_layout_and_empty_list_refused(fleet: list[Vessel]) -> None:
    with pytest.raises(ValueError, match="no_such_layout"):
        generate_blind_pages(fleet, layouts=["csr_record", "no_such_layout"])
    with pytest.raises(ValueError):
        generate_blind_pages([])


def test_synthetic_fallback_without_vessel_folder(tmp_path: Path) -> None:
    vessels = load_vessels(tmp_path / "missing")
    assert vessels == synthetic_fleet(SYNTHETIC_FLEET_SIZE)
    pages = generate_blind_pages(vessels, pages_per_layout=4, seed=2)
    assert pages == generate_blind_pages(synthetic_fleet(SYNTHETIC_FLEET_SIZE), 4, seed=2)
    assert len(pages) == 4 * len(LAYOUTS)


_SCRIPT = """
import hashlib
from oceanid_dev.demo.vessels import SYNTHETIC_FLEET_SIZE, load_vessels, synthetic_fleet
from tests.blind_layouts_q import generate_blind_pages
for fleet in (load_vessels(), synthetic_fleet(SYNTHETIC_FLEET_SIZE)):
    pages = generate_blind_pages(fleet, pages_per_layout=6, seed=5)
    print(hashlib.sha256(repr(pages).encode()).hexdigest())
"""


def test_independent_of_pythonhashseed() -> None:
    outputs = []
    for hash_seed in ("1", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hash_seed, PYTHONPATH=str(ROOT))
        done = subprocess.run(
            [sys.executable, "-c", _SCRIPT],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        )
        outputs.append(done.stdout.split())
    here = [
        _fingerprint(generate_blind_pages(fleet, pages_per_layout=6, seed=5))
        for fleet in (load_vessels(), synthetic_fleet(SYNTHETIC_FLEET_SIZE))
    ]
    assert outputs[0] == outputs[1] == here
