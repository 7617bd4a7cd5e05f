"""Gold data of blind evaluation set Z (tests/blind_layouts_z): shape, spans, identifiers,
determinism. These tests never run the extractor."""

from __future__ import annotations

import hashlib
import json
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
from tests.blind_layouts_z import (
    LAYOUTS,
    BlindPage,
    GoldSpan,
    _common,
    _ref,
    _vocab,
    generate_blind_pages,
)

EXPECTED_LAYOUTS = (
    "marpol_violation_report",
    "engine_subsidy_application",
    "rfmo_discrepancy_circular",
    "callsign_mmsi_allocation_letter",
    "certificate_verification_portal",
    "ownership_structure_tree",
    "satcom_airtime_invoice",
    "tonnage_tax_assessment",
)
FLEETS = ("default", "synthetic")
PER_LAYOUT = 20
EDGE = " \t\n\r.,;:!?()[]{}<>\"'|/\\-\u2013—*"
RFMO_CODES = frozenset(
    {
        "IOTC",
        "WCPFC",
        "ICCAT",
        "IATTC",
        "NPFC",
        "SPRFMO",
        "CCSBT",
        "CCAMLR",
        "SIOFA",
        "CIAT",
        "CICTA",
        "CTOI",
    }
)


@cache
def fleet(name: str) -> tuple[Vessel, ...]:
    return tuple(load_vessels() if name == "default" else synthetic_fleet(SYNTHETIC_FLEET_SIZE))


@cache
def pages(name: str, seed: int = 0, per: int = PER_LAYOUT) -> tuple[BlindPage, ...]:
    return tuple(generate_blind_pages(list(fleet(name)), pages_per_layout=per, seed=seed))


def values(page: BlindPage, label: str) -> list[str]:
    return [page.text[s.start : s.end] for s in page.spans if s.label == label]


def digest(found: list[BlindPage] | tuple[BlindPage, ...]) -> str:
    rows = [
        (p.doc_id, p.page_num, p.text, [list(vars(s).values()) for s in p.spans], p.layout)
        for p in found
    ]
    return hashlib.sha256(json.dumps(rows).encode()).hexdigest()


def test_layout_names_and_order() -> None:
    assert LAYOUTS == EXPECTED_LAYOUTS
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", name) for name in LAYOUTS)


@pytest.mark.parametrize("name", FLEETS)
@pytest.mark.parametrize("per", [PER_LAYOUT, 7])
def test_exact_page_counts_in_layout_order(name: str, per: int) -> None:
    found = pages(name, 0, per)
    assert len(found) == per * len(LAYOUTS)
    assert [p.layout for p in found] == [name for name in LAYOUTS for _ in range(per)]


@pytest.mark.parametrize("name", FLEETS)
def test_doc_numbering_and_ids(name: str) -> None:
    found = pages(name)
    for layout in LAYOUTS:
        docs: list[list[BlindPage]] = []
        for page in (p for p in found if p.layout == layout):
            if page.page_num == 1:
                docs.append([])
            docs[-1].append(page)
        for index, doc in enumerate(docs):
            assert [p.page_num for p in doc] == list(range(1, len(doc) + 1))
            assert len(doc) <= 3
            assert len({p.doc_id for p in doc}) == 1
            ident = uuid.UUID(doc[0].doc_id)
            assert ident.version == 7 and ident.variant == uuid.RFC_4122
            raw = bytearray(hashlib.sha256(f"blind-z:0:{layout}:{index}".encode()).digest()[:16])
            raw[6] = (raw[6] & 0x0F) | 0x70
            raw[8] = (raw[8] & 0x3F) | 0x80
            assert doc[0].doc_id == str(uuid.UUID(bytes=bytes(raw)))
        assert len({doc[0].doc_id for doc in docs}) == len(docs)
    assert any(p.page_num > 1 for p in found)


@pytest.mark.parametrize("name", FLEETS)
def test_page_lengths(name: str) -> None:
    found = pages(name)
    lengths = [len(p.text) for p in found]
    assert all(700 <= n <= 3000 for n in lengths), (min(lengths), max(lengths))
    assert sum(n > 800 for n in lengths) >= 0.8 * len(lengths)


@pytest.mark.parametrize("name", FLEETS)
def test_spans_tight_sorted_in_labelset(name: str) -> None:
    for page in pages(name):
        assert page.spans, page.layout
        previous_end = 0
        for span in page.spans:
            assert isinstance(span, GoldSpan)
            assert span.label in LABELS
            assert previous_end <= span.start < span.end <= len(page.text)
            value = page.text[span.start : span.end]
            assert value == value.strip() and value[0] not in EDGE and value[-1] not in EDGE
            previous_end = span.end


@pytest.mark.parametrize("name", FLEETS)
def test_identifiers_well_formed_and_from_the_fleet(name: str) -> None:
    vessels = fleet(name)
    imos = {v.imo for v in vessels if v.imo}
    mmsis = {v.mmsi for v in vessels if v.mmsi}
    flags_of: dict[str, set[str | None]] = {}
    for vessel in vessels:
        if vessel.ircs:
            flags_of.setdefault(vessel.ircs, set()).add(_common.facts(vessel).flag)
    seen: Counter[str] = Counter()
    for page in pages(name):
        for imo in values(page, "IMO"):
            assert imo_check_ok(imo) and imo in imos, imo
        for mmsi in values(page, "MMSI"):
            assert re.fullmatch(r"\d{9}", mmsi) and _ref.mmsi_ok(mmsi) and mmsi in mmsis, mmsi
        for call in values(page, "IRCS"):
            assert any(_ref.call_sign_ok(call, flag) for flag in flags_of.get(call, ())), call
        for old in values(page, "ID_CHANGE"):
            if old.isdigit():
                assert len(old) == 9 and _ref.mmsi_ok(old) and old not in mmsis, old
            else:
                assert _ref.itu_owners(old), old
        for label in ("IMO", "MMSI", "IRCS", "ID_CHANGE"):
            seen[label] += len(values(page, label))
    assert all(seen[label] for label in ("IMO", "MMSI", "IRCS", "ID_CHANGE")), seen


@pytest.mark.parametrize("name", FLEETS)
def test_codes_and_names_from_reference_lists(name: str) -> None:
    countries = {n.casefold() for n in _common.all_country_names()}
    names = {v.name.replace(" ", "") for v in fleet(name)}
    former = {v.former_name for v in fleet(name) if v.former_name}
    for page in pages(name):
        for code in values(page, "FAO_AREA_CODE"):
            assert code in _ref.fao_codes(), code
        for species in values(page, "SPECIES_NAME"):
            assert species in _ref.species_names(), species
        for code in values(page, "RFMO_CODE"):
            assert code in RFMO_CODES, code
        for label in ("FLAG", "FLAG_CHANGE", "COUNTRY_CODE", "BUILD_COUNTRY", "HOME_PORT_STATE"):
            for country in values(page, label):
                assert country.casefold() in countries, (label, country)
        for vessel in values(page, "VESSEL_NAME"):
            assert vessel.replace(" ", "") in names, vessel
        for old in values(page, "NAME_CHANGE"):
            assert old in former or re.fullmatch(r"[A-Z ]+ \d", old), old
        for number in values(page, "METRIC_VALUE"):
            assert re.fullmatch(r"\d+([.,]\d+)?", number), number
        for year in values(page, "BUILD_YEAR"):
            assert 1850 <= int(year) <= 2027, year
        for label in ("START_DATE", "END_DATE"):
            for date in values(page, label):
                assert re.search(r"\d", date) and re.search(r"(19|20)\d\d", date), date
        for unit in values(page, "METRIC_UNIT"):
            assert unit in {"GT", "m", "kW", "HP", "CV", "NT", "t"}, unit


@pytest.mark.parametrize("name", FLEETS)
def test_every_layout_carries_identifiers_and_a_mix_of_labels(name: str) -> None:
    found = pages(name)
    for layout in LAYOUTS:
        labels = Counter(s.label for p in found if p.layout == layout for s in p.spans)
        assert labels["VESSEL_NAME"], layout
        assert labels["IMO"] + labels["MMSI"] + labels["IRCS"] >= 5, (layout, labels)
        assert len(labels) >= 8, (layout, labels)
    every = Counter(s.label for p in found for s in p.spans)
    assert len(every) >= 30, every


@pytest.mark.parametrize("name", FLEETS)
def test_languages_and_hard_negatives(name: str) -> None:
    text = "\n".join(p.text for p in pages(name))
    assert "Nombre del buque" in text or "Buque" in text
    assert "Navire" in text or "navire" in text
    # Nine-digit numbers that begin with a MID (Inmarsat-C mobile numbers, account numbers)
    # appear on the pages but outside every span.
    unlabelled = 0
    for page in pages(name):
        for match in re.finditer(r"(?<![\d.])\d{9}(?![\d.])", page.text):
            covered = any(s.start <= match.start() < s.end for s in page.spans)
            unlabelled += not covered and _ref.mmsi_ok(match.group())
    assert unlabelled >= 5


@pytest.mark.parametrize("name", FLEETS)
def test_deterministic_for_a_fleet_and_seed(name: str) -> None:
    again = generate_blind_pages(list(fleet(name)), pages_per_layout=PER_LAYOUT, seed=0)
    assert digest(again) == digest(pages(name))
    assert digest(pages(name, 1)) != digest(pages(name))


def test_layout_subset() -> None:
    subset = ["tonnage_tax_assessment", "marpol_violation_report"]
    found = generate_blind_pages(list(fleet("synthetic")), pages_per_layout=5, layouts=subset)
    assert [p.layout for p in found] == ["marpol_violation_report"] * 5 + [
        "tonnage_tax_assessment"
    ] * 5
    full = [p for p in pages("synthetic", 0, 5) if p.layout in subset]
    assert found == full


def test_refuses_unknown_layouts_and_empty_vessel_lists() -> None:
    with pytest.raises(ValueError, match="no_such_layout"):
        generate_blind_pages(
            list(fleet("synthetic")), layouts=["marpol_violation_report", "no_such_layout"]
        )
    with pytest.raises(ValueError):
        generate_blind_pages([], pages_per_layout=1)


def test_synthetic_fallback_without_the_vessel_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "no_vessels_here"
    assert load_vessels(missing) == synthetic_fleet(SYNTHETIC_FLEET_SIZE)
    monkeypatch.setenv("OCEANID_VESSELS_DIR", str(missing))
    fallback = load_vessels()
    assert fallback == synthetic_fleet(SYNTHETIC_FLEET_SIZE)
    found = generate_blind_pages(fallback, pages_per_layout=PER_LAYOUT)
    assert digest(found) == digest(pages("synthetic"))


_SCRIPT = """
import hashlib, json
from oceanid_dev.demo.vessels import SYNTHETIC_FLEET_SIZE, synthetic_fleet
from tests.blind_layouts_z import generate_blind_pages
found = generate_blind_pages(synthetic_fleet(SYNTHETIC_FLEET_SIZE), pages_per_layout=6, seed=3)
rows = [(p.doc_id, p.page_num, p.text, [list(vars(s).values()) for s in p.spans], p.layout)
        for p in found]
print(hashlib.sha256(json.dumps(rows).encode()).hexdigest())
"""


def test_independent_of_pythonhashseed() -> None:
    root = Path(__file__).resolve().parents[1]
    digests = set()
    for hash_seed in ("1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(root)}
        result = subprocess.run(
            [sys.executable, "-c", _SCRIPT],
            cwd=root,
            env=env,
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        )
        digests.add(result.stdout.strip())
    here = generate_blind_pages(synthetic_fleet(SYNTHETIC_FLEET_SIZE), pages_per_layout=6, seed=3)
    assert digests == {digest(here)}


def test_vocabulary_flags_have_call_sign_series() -> None:
    for iso3 in _vocab.REFLAG_FLAGS:
        assert _ref.flag_owners(iso3), iso3
        assert _ref.mids_of(iso3), iso3
