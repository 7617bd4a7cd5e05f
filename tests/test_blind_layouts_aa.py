"""Blind set AA: checks of the gold data only (never of the extractor)."""

from __future__ import annotations

import csv
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
    ENV_VAR,
    SYNTHETIC_FLEET_SIZE,
    Vessel,
    imo_check_ok,
    load_vessels,
    synthetic_fleet,
)
from tests.blind_layouts_aa import LAYOUTS, BlindPage, GoldSpan, generate_blind_pages
from tests.blind_layouts_aa._vocab import FLAG_NAMES

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "oceanid_assets" / "reference"
EXPECTED_LAYOUTS = (
    "dockside_exam_list",
    "tug_request_form",
    "letter_of_credit",
    "class_survey_status",
    "piracy_bulletin",
    "licence_transfer_approval",
    "garbage_delivery_receipt",
    "drydock_schedule",
)
PER_LAYOUT = 20
_EDGE = " \t\n.,;:"


# --- reference lists, read independently of the generator -----------------------------------


def _csv(name: str) -> list[dict[str, str]]:
    with (REFERENCE / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@cache
def _mids() -> dict[str, tuple[str, str, str]]:
    return {r["mid"]: (r["iso2"], r["iso3"], r["name"]) for r in _csv("mmsi_mids.csv")}


@cache
def _series() -> list[tuple[str, str, str]]:
    rows = []
    for r in _csv("itu_call_sign_series.csv"):
        first, last = (x.strip() for x in r["Series"].split("-"))
        rows.append((first, last, r["Allocated to"]))
    return rows


def _series_owner(call_sign: str) -> set[str]:
    head = call_sign[:3]
    return {o for a, b, o in _series() if a[:2] == head[:2] and a[2] <= head[2] <= b[2]}


def _flag_owners(iso3: str) -> set[str]:
    """ITU names a flag may use: its own, and its parent's for a territory."""
    names = {n for _, code, n in _mids().values() if code == iso3}
    owners = {part for n in names for part in (n, n.split(" - ")[0])}
    owners |= {o for _, _, o in _series() for n in names if n.startswith(o)}
    return owners


def _effective_flag(vessel: Vessel) -> str | None:
    if vessel.flag:
        return vessel.flag
    entry = _mids().get((vessel.mmsi or "")[:3])
    return entry[1] if entry else None


@cache
def _species_names() -> frozenset[str]:
    names: set[str] = set()
    for name in ("asfis_species_curated.csv", "asfis_species.head300.csv"):
        for r in _csv(name):
            names.update({r["code"].lower(), r["name_en"].lower()})
    for r in _csv("asfis_species_es_fr.csv"):
        names.update({r["name_es"].lower(), r["name_fr"].lower()})
    return frozenset(names)


@cache
def _country_names() -> frozenset[str]:
    names = {n.lower() for triple in FLAG_NAMES.values() for n in triple} | {"chinese taipei"}
    names |= {code.lower() for iso2, iso3, _ in _mids().values() for code in (iso2, iso3)}
    return frozenset(names)


# --- fixtures --------------------------------------------------------------------------------


@pytest.fixture(scope="module", params=["default", "synthetic"])
def aa_fleet(request: pytest.FixtureRequest) -> list[Vessel]:
    if request.param == "default":
        return load_vessels()
    return synthetic_fleet(SYNTHETIC_FLEET_SIZE)


@pytest.fixture(scope="module")
def pages(aa_fleet: list[Vessel]) -> list[BlindPage]:
    return generate_blind_pages(aa_fleet, pages_per_layout=PER_LAYOUT, seed=0)


def _spans(pages: list[BlindPage], label: str) -> list[str]:
    return [p.text[s.start : s.end] for p in pages for s in p.spans if s.label == label]


# --- layouts, counts, documents ---------------------------------------------------------------


def test_layout_names_and_order(pages: list[BlindPage]) -> None:
    assert LAYOUTS == EXPECTED_LAYOUTS
    seen = list(dict.fromkeys(p.layout for p in pages))
    assert tuple(seen) == LAYOUTS


@pytest.mark.parametrize("count", [1, 2, 7, PER_LAYOUT])
def test_exact_page_counts(count: int) -> None:
    pages = generate_blind_pages(synthetic_fleet(SYNTHETIC_FLEET_SIZE), count, seed=3)
    assert Counter(p.layout for p in pages) == dict.fromkeys(LAYOUTS, count)
    assert [p.layout for p in pages] == [name for name in LAYOUTS for _ in range(count)]


def _documents(pages: list[BlindPage]) -> list[list[BlindPage]]:
    docs: list[list[BlindPage]] = []
    for page in pages:
        if docs and docs[-1][0].doc_id == page.doc_id:
            docs[-1].append(page)
        else:
            docs.append([page])
    return docs


def test_document_numbering_and_ids(pages: list[BlindPage]) -> None:
    docs = _documents(pages)
    assert len({d[0].doc_id for d in docs}) == len(docs)
    index: Counter[str] = Counter()
    for doc in docs:
        layout = doc[0].layout
        assert {p.layout for p in doc} == {layout}
        assert [p.page_num for p in doc] == list(range(1, len(doc) + 1))
        assert 1 <= len(doc) <= 3
        raw = bytearray(
            hashlib.sha256(f"blind-aa:0:{layout}:{index[layout]}".encode()).digest()[:16]
        )
        raw[6] = (raw[6] & 0x0F) | 0x70
        raw[8] = (raw[8] & 0x3F) | 0x80
        assert doc[0].doc_id == str(uuid.UUID(bytes=bytes(raw)))
        parsed = uuid.UUID(doc[0].doc_id)
        assert parsed.version == 7 and parsed.variant == uuid.RFC_4122
        index[layout] += 1


def test_page_lengths(pages: list[BlindPage]) -> None:
    for page in pages:
        assert 700 <= len(page.text) <= 3000, (page.layout, len(page.text))
    for layout in LAYOUTS:
        lengths = [len(p.text) for p in pages if p.layout == layout]
        assert sum(n > 800 for n in lengths) >= 0.7 * len(lengths), layout


# --- spans ---------------------------------------------------------------------------------


def test_spans_tight_sorted_in_labelset(pages: list[BlindPage]) -> None:
    for page in pages:
        assert isinstance(page.spans, tuple)
        assert list(page.spans) == sorted(page.spans)
        for span in page.spans:
            assert isinstance(span, GoldSpan)
            assert span.label in LABELS
            assert 0 <= span.start < span.end <= len(page.text)
            value = page.text[span.start : span.end]
            assert value[0] not in _EDGE and value[-1] not in _EDGE, (span, value)
            assert value.count("(") == value.count(")"), value
        for left, right in zip(page.spans, page.spans[1:], strict=False):
            assert left.end <= right.start, (page.layout, left, right)


def test_imo_check_digits(pages: list[BlindPage]) -> None:
    values = _spans(pages, "IMO")
    assert values
    assert all(re.fullmatch(r"\d{7}", v) and imo_check_ok(v) for v in values), values


def test_mmsi_mids(pages: list[BlindPage]) -> None:
    values = _spans(pages, "MMSI")
    assert values
    assert all(re.fullmatch(r"\d{9}", v) and v[:3] in _mids() for v in values), values


def test_call_signs_in_the_flags_itu_series(pages: list[BlindPage], aa_fleet: list[Vessel]) -> None:
    by_call: dict[str, list[Vessel]] = {}
    for vessel in aa_fleet:
        if vessel.ircs:
            by_call.setdefault(vessel.ircs, []).append(vessel)
    values = _spans(pages, "IRCS")
    assert values
    for call in values:
        assert call in by_call, call  # call signs are never invented for current identities
        assert any(
            (flag := _effective_flag(v)) and _series_owner(call) & _flag_owners(flag)
            for v in by_call[call]
        ), call


def test_former_identifiers_well_formed(pages: list[BlindPage]) -> None:
    for value in _spans(pages, "ID_CHANGE"):
        if value.isdigit():
            assert len(value) == 9 and value[:3] in _mids(), value
        else:
            assert 3 <= len(value) <= 7 and _series_owner(value), value
    for value in _spans(pages, "FLAG_CHANGE"):
        assert value.lower() in _country_names(), value


def test_vessel_names_come_from_the_list(pages: list[BlindPage], aa_fleet: list[Vessel]) -> None:
    names = [" ".join(v.name.split()) for v in aa_fleet]
    for value in set(_spans(pages, "VESSEL_NAME")):
        assert any(value in name for name in names), value


def test_codes_and_names_from_reference_lists(pages: list[BlindPage]) -> None:
    fao = {r["code"] for r in _csv("fao_areas.csv")}
    for value in _spans(pages, "FAO_AREA_CODE"):
        assert value in fao, value
    for value in _spans(pages, "SPECIES_NAME"):
        assert value.lower() in _species_names(), value
    for label in ("FLAG", "BUILD_COUNTRY", "HOME_PORT_STATE", "COUNTRY_CODE"):
        for value in _spans(pages, label):
            assert value.lower() in _country_names(), (label, value)
    rfmos = {"IOTC", "WCPFC", "ICCAT", "IATTC", "SPRFMO", "NPFC", "CCAMLR", "SIOFA"}
    assert set(_spans(pages, "RFMO_CODE")) <= rfmos
    for value in _spans(pages, "PORT_ID"):
        assert re.fullmatch(r"[A-Z]{2}[A-Z2-9]{3}", value), value
    for value in _spans(pages, "METRIC_VALUE"):
        assert re.fullmatch(r"\d+(?:[.,]\d+)?", value), value
    assert set(_spans(pages, "METRIC_UNIT")) <= {"GT", "m", "kW", "HP", "UMS"}
    for value in _spans(pages, "BUILD_YEAR"):
        assert 1850 <= int(value) <= 2027, value
    for value in _spans(pages, "EU_CFR"):
        assert re.fullmatch(r"[A-Z]{3}\d{9}", value), value
    for label in ("START_DATE", "END_DATE"):
        for value in _spans(pages, label):
            assert re.search(r"\d{4}", value), value


def test_every_layout_carries_identifiers_and_a_mix_of_labels(pages: list[BlindPage]) -> None:
    for layout in LAYOUTS:
        labels = Counter(s.label for p in pages if p.layout == layout for s in p.spans)
        assert labels["VESSEL_NAME"] > 0, layout
        assert labels["IMO"] + labels["MMSI"] + labels["IRCS"] > 0, layout
        assert len(labels) >= 7, (layout, labels)


def test_hard_negatives_are_not_labelled(pages: list[BlindPage]) -> None:
    """Phone numbers and coordinates appear on pages but never inside a gold span."""
    pattern = re.compile(r"\+\d{1,3} \d{2,4} \d{2,4}|\d{2}°\d{2}\.\d'[NS]")
    found = 0
    for page in pages:
        for match in pattern.finditer(page.text):
            found += 1
            assert not any(s.start < match.end() and match.start() < s.end for s in page.spans)
    assert found > 20


# --- interface behaviour ---------------------------------------------------------------------


def test_deterministic_and_seeded(aa_fleet: list[Vessel], pages: list[BlindPage]) -> None:
    assert generate_blind_pages(aa_fleet, pages_per_layout=PER_LAYOUT, seed=0) == pages
    other = generate_blind_pages(aa_fleet, pages_per_layout=PER_LAYOUT, seed=1)
    assert [p.text for p in other] != [p.text for p in pages]


def test_layout_subset(aa_fleet: list[Vessel], pages: list[BlindPage]) -> None:
    subset = [LAYOUTS[5], LAYOUTS[1]]
    chosen = generate_blind_pages(aa_fleet, pages_per_layout=PER_LAYOUT, seed=0, layouts=subset)
    assert [p.layout for p in chosen] == [LAYOUTS[1]] * PER_LAYOUT + [LAYOUTS[5]] * PER_LAYOUT
    assert chosen == [p for p in pages if p.layout in subset]


def test_refuses_unknown_layouts_and_empty_fleets() -> None:
    fleet = synthetic_fleet(SYNTHETIC_FLEET_SIZE)
    with pytest.raises(ValueError, match="no_such_layout"):
        generate_blind_pages(fleet, layouts=[LAYOUTS[0], "no_such_layout"])
    with pytest.raises(ValueError):
        generate_blind_pages([], pages_per_layout=2)


def test_synthetic_fallback_without_vessel_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "no_vessels_here"
    assert load_vessels(missing) == synthetic_fleet(SYNTHETIC_FLEET_SIZE)
    monkeypatch.setenv(ENV_VAR, str(missing))
    fleet = load_vessels()
    assert fleet == synthetic_fleet(SYNTHETIC_FLEET_SIZE)
    pages = generate_blind_pages(fleet, pages_per_layout=3, seed=0)
    assert len(pages) == 3 * len(LAYOUTS)


def _digest(pages: list[BlindPage]) -> str:
    rows = [
        [p.doc_id, p.page_num, p.layout, p.text, [list(s.__dict__.values()) for s in p.spans]]
        for p in pages
    ]
    return hashlib.sha256(json.dumps(rows, ensure_ascii=False).encode()).hexdigest()


_SCRIPT = """
import hashlib, json
from oceanid_dev.demo.vessels import SYNTHETIC_FLEET_SIZE, synthetic_fleet
from tests.blind_layouts_aa import generate_blind_pages
pages = generate_blind_pages(synthetic_fleet(SYNTHETIC_FLEET_SIZE), pages_per_layout=6, seed=5)
rows = [[p.doc_id, p.page_num, p.layout, p.text, [list(s.__dict__.values()) for s in p.spans]]
        for p in pages]
print(hashlib.sha256(json.dumps(rows, ensure_ascii=False).encode()).hexdigest())
"""


def test_independent_of_pythonhashseed() -> None:
    expected = _digest(generate_blind_pages(synthetic_fleet(SYNTHETIC_FLEET_SIZE), 6, seed=5))
    for hash_seed in ("0", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(ROOT)}
        out = subprocess.run(
            [sys.executable, "-c", _SCRIPT],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        assert out.stdout.strip() == expected
