"""Blind set AB: checks of the gold data only (never of the extractor)."""

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
from functools import lru_cache
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
from tests.blind_layouts_ab import LAYOUTS, BlindPage, GoldSpan, generate_blind_pages
from tests.blind_layouts_ab._vocab import COUNTRIES

ROOT = Path(__file__).resolve().parents[1]
REF = ROOT / "oceanid_assets" / "reference"
EXPECTED_LAYOUTS = (
    "noon_report_email",
    "registration_renewal_reminder",
    "pilotage_booking",
    "tmas_medical_request",
    "hull_dive_inspection",
    "gmdss_annual_test",
    "ship_reporting_participants",
    "ocr_telex",
)
PER_LAYOUT = 20
EDGE = set(" \t\r\n,;:.!?\"'()[]{}<>/|-*=#_")
IDENTIFIERS = {"IMO", "MMSI", "IRCS"}
RFMOS = {"WCPFC", "IATTC", "IOTC", "NPFC", "SPRFMO", "ICCAT", "CCAMLR"}
UNITS = {"m", "GT", "GRT", "kW", "HP"}


# --- reference lists, read here independently of the generators --------------------------------


def _rows(name: str) -> list[dict[str, str]]:
    with (REF / name).open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


@lru_cache(maxsize=1)
def _mids() -> dict[str, list[dict[str, str]]]:
    table: dict[str, list[dict[str, str]]] = {}
    for row in _rows("mmsi_mids.csv"):
        table.setdefault(row["mid"], []).append(row)
    return table


@lru_cache(maxsize=1)
def _iso_codes() -> frozenset[str]:
    rows = _rows("mmsi_mids.csv")
    return frozenset({r["iso3"] for r in rows} | {r["iso2"] for r in rows})


@lru_cache(maxsize=1)
def _series() -> dict[str, list[tuple[str, str]]]:
    """ISO alpha-3 -> ITU series; a territory ('Parent - Territory' in the MID list) also gets
    its parent's series."""
    iso_by_name = {r["name"]: r["iso3"] for r in _rows("mmsi_mids.csv")}
    by_iso: dict[str, list[tuple[str, str]]] = {}
    for row in _rows("itu_call_sign_series.csv"):
        owner = row["Allocated to"].strip()
        iso = iso_by_name.get(owner) or next(
            (code for name, code in iso_by_name.items() if name.startswith(owner + " (")), None
        )
        if iso:
            first, last = (p.strip() for p in row["Series"].split("-"))
            by_iso.setdefault(iso, []).append((first, last))
    for name, iso in iso_by_name.items():
        if " - " in name and name.split(" - ")[0] in iso_by_name:
            parent = iso_by_name[name.split(" - ")[0]]
            by_iso[iso] = by_iso.get(iso, []) + by_iso.get(parent, [])
    return by_iso


def _in_series(call: str, iso3: str | None) -> bool:
    if iso3 is None or not re.fullmatch(r"[A-Z0-9]{3,7}", call):
        return False
    ranges = _series().get(iso3, [])

    def covered(prefix: str) -> bool:
        return any(a <= prefix <= b for a, b in ranges)

    if covered(call[:3]):
        return True
    return call[2].isdigit() and all(covered(call[:2] + ch) for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _flag_of(vessel: Vessel) -> str | None:
    if vessel.flag:
        return vessel.flag
    if vessel.mmsi and vessel.mmsi[:3] in _mids():
        return _mids()[vessel.mmsi[:3]][0]["iso3"]
    return None


@lru_cache(maxsize=1)
def _fao() -> frozenset[str]:
    return frozenset(r["code"] for r in _rows("fao_areas.csv"))


@lru_cache(maxsize=1)
def _species() -> frozenset[str]:
    values: set[str] = set()
    for name in (
        "asfis_species.head300.csv",
        "asfis_species_curated.csv",
        "asfis_species_es_fr.csv",
    ):
        for row in _rows(name):
            values.update(v.lower() for v in row.values() if v)
    return frozenset(values)


def _country_iso(text: str) -> str | None:
    """ISO alpha-3 of a country written as a code or a name (en/es/fr), else None."""
    if text in _iso_codes():
        return text if len(text) == 3 else None
    for iso, names in COUNTRIES.items():
        if text.lower() in (n.lower() for n in names):
            return iso
    return None


# --- fixtures ----------------------------------------------------------------------------------

FLEETS = ("default", "synthetic")


@lru_cache(maxsize=2)
def _fleet(kind: str) -> tuple[Vessel, ...]:
    return tuple(load_vessels() if kind == "default" else synthetic_fleet(SYNTHETIC_FLEET_SIZE))


@lru_cache(maxsize=4)
def _pages(kind: str, seed: int = 0) -> tuple[BlindPage, ...]:
    return tuple(generate_blind_pages(list(_fleet(kind)), pages_per_layout=PER_LAYOUT, seed=seed))


@pytest.fixture(params=FLEETS)
def fleet_kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def _values(pages: tuple[BlindPage, ...], label: str) -> list[tuple[BlindPage, GoldSpan, str]]:
    return [(p, s, p.text[s.start : s.end]) for p in pages for s in p.spans if s.label == label]


# --- interface ---------------------------------------------------------------------------------


def test_layout_names_and_order() -> None:
    assert LAYOUTS == EXPECTED_LAYOUTS
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", name) for name in LAYOUTS)


@pytest.mark.parametrize("count", [0, 1, 5, PER_LAYOUT])
def test_exact_page_counts_in_layout_order(fleet_kind: str, count: int) -> None:
    pages = generate_blind_pages(list(_fleet(fleet_kind)), pages_per_layout=count, seed=3)
    assert len(pages) == count * len(LAYOUTS)
    assert [p.layout for p in pages] == [name for name in LAYOUTS for _ in range(count)]


def test_documents_numbered_and_ids(fleet_kind: str) -> None:
    pages = _pages(fleet_kind)
    for layout in LAYOUTS:
        docs: dict[str, list[int]] = {}
        order: list[str] = []
        for page in (p for p in pages if p.layout == layout):
            if page.doc_id not in docs:
                order.append(page.doc_id)
            docs.setdefault(page.doc_id, []).append(page.page_num)
        for index, doc_id in enumerate(order):
            nums = docs[doc_id]
            assert nums == list(range(1, len(nums) + 1))
            assert 1 <= len(nums) <= 3
            digest = hashlib.sha256(f"blind-ab:0:{layout}:{index}".encode()).digest()[:16]
            parsed = uuid.UUID(doc_id)
            assert parsed.version == 7 and parsed.variant == uuid.RFC_4122
            raw = parsed.bytes
            assert raw[:6] == digest[:6] and raw[7] == digest[7] and raw[9:] == digest[9:]
            assert raw[6] & 0x0F == digest[6] & 0x0F and raw[8] & 0x3F == digest[8] & 0x3F
    assert len({p.doc_id for p in pages}) == len({(p.layout, p.doc_id) for p in pages})


def test_page_lengths(fleet_kind: str) -> None:
    pages = _pages(fleet_kind)
    for layout in LAYOUTS:
        lengths = [len(p.text) for p in pages if p.layout == layout]
        assert all(700 <= n <= 3000 for n in lengths), (layout, min(lengths), max(lengths))
        assert sum(n > 800 for n in lengths) > len(lengths) / 2, layout


def test_spans_tight_sorted_and_in_labelset(fleet_kind: str) -> None:
    for page in _pages(fleet_kind):
        previous_end = 0
        assert list(page.spans) == sorted(page.spans, key=lambda s: (s.start, s.end))
        for span in page.spans:
            assert span.label in LABELS
            assert 0 <= span.start < span.end <= len(page.text)
            assert span.start >= previous_end, "overlapping spans"
            previous_end = span.end
            value = page.text[span.start : span.end]
            assert value[0] not in EDGE and value[-1] not in EDGE, (span, value)


# --- identifiers -------------------------------------------------------------------------------


def test_imo_check_digits(fleet_kind: str) -> None:
    values = _values(_pages(fleet_kind), "IMO")
    assert values
    for _, _, value in values:
        assert re.fullmatch(r"\d{7}", value) and imo_check_ok(value), value


def test_mmsi_mids(fleet_kind: str) -> None:
    values = _values(_pages(fleet_kind), "MMSI")
    assert values
    for _, _, value in values:
        assert re.fullmatch(r"\d{9}", value) and value[:3] in _mids(), value


def test_call_signs_in_the_flags_itu_series(fleet_kind: str) -> None:
    by_call: dict[str, list[Vessel]] = {}
    for vessel in _fleet(fleet_kind):
        if vessel.ircs:
            by_call.setdefault(vessel.ircs, []).append(vessel)
    values = _values(_pages(fleet_kind), "IRCS")
    assert values
    for _, _, value in values:
        assert any(_in_series(value, _flag_of(v)) for v in by_call.get(value, [])), value


def test_former_identifiers_are_well_formed(fleet_kind: str) -> None:
    pages = _pages(fleet_kind)
    seen = 0
    for page in pages:
        former_flags = {
            _country_iso(page.text[s.start : s.end]) for s in page.spans if s.label == "FLAG_CHANGE"
        }
        for span in page.spans:
            if span.label != "ID_CHANGE":
                continue
            seen += 1
            value = page.text[span.start : span.end]
            if value.isdigit():
                assert len(value) == 9 and value[:3] in _mids(), value
            else:
                assert any(_in_series(value, flag) for flag in former_flags), value
    assert seen


def test_vessel_names_come_from_the_list(fleet_kind: str) -> None:
    names = {" ".join(v.name.split()) for v in _fleet(fleet_kind)}
    former = {" ".join(v.former_name.split()) for v in _fleet(fleet_kind) if v.former_name}
    for _, _, value in _values(_pages(fleet_kind), "VESSEL_NAME"):
        assert value in names or any(n.strip(".,;:-") == value for n in names), value
    for _, _, value in _values(_pages(fleet_kind), "NAME_CHANGE"):
        assert value in former or any(n.strip(".,;:-") == value for n in former), value


# --- codes and names from the reference lists --------------------------------------------------


def test_codes_and_names_from_reference_lists(fleet_kind: str) -> None:
    pages = _pages(fleet_kind)
    for _, _, value in _values(pages, "FAO_AREA_CODE"):
        assert value in _fao(), value
    for _, _, value in _values(pages, "SPECIES_NAME"):
        assert value.lower() in _species(), value
    for _, _, value in _values(pages, "RFMO_CODE"):
        assert value in RFMOS, value
    for _, _, value in _values(pages, "PORT_ID"):
        assert re.fullmatch(r"[A-Z]{2}[A-Z2-9]{3}", value) and value[:2] in _iso_codes(), value
    for _, _, value in _values(pages, "EU_CFR"):
        assert re.fullmatch(r"[A-Z]{3}\d{9}", value) and _country_iso(value[:3]), value
    for label in ("FLAG", "FLAG_CHANGE", "COUNTRY_CODE", "BUILD_COUNTRY", "HOME_PORT_STATE"):
        for _, _, value in _values(pages, label):
            assert _country_iso(value) is not None, (label, value)


def test_numbers_dates_and_metrics(fleet_kind: str) -> None:
    pages = _pages(fleet_kind)
    for _, _, value in _values(pages, "BUILD_YEAR"):
        assert 1850 <= int(value) <= 2027
    for _, _, value in _values(pages, "METRIC_VALUE"):
        float(value.replace(",", ""))
    for _, _, value in _values(pages, "METRIC_UNIT"):
        assert value in UNITS, value
    date = re.compile(
        r"\d{4}-\d{2}-\d{2}|\d{2}[/.]\d{2}[/.]\d{4}|\d{1,2} (de )?\w+ (de )?\d{4}|"
        r"\w+ \d{1,2}, \d{4}|\d{2}[A-Z]{3}\d{2}|\d{2} [A-Z]{3} \d{4}"
    )
    for label in ("START_DATE", "END_DATE"):
        for _, _, value in _values(pages, label):
            assert date.fullmatch(value), (label, value)


def test_every_layout_carries_identifiers_and_a_mix_of_labels(fleet_kind: str) -> None:
    pages = _pages(fleet_kind)
    for layout in LAYOUTS:
        counts = Counter(s.label for p in pages if p.layout == layout for s in p.spans)
        assert sum(counts[k] for k in IDENTIFIERS) > 0, layout
        assert counts["VESSEL_NAME"] > 0, layout
        assert len(counts) >= 6, (layout, counts)


def test_hard_negatives_are_present(fleet_kind: str) -> None:
    """Unlabelled 7- and 9-digit numbers (reference numbers, Inmarsat numbers...) occur."""
    pages = _pages(fleet_kind)
    found = 0
    for page in pages:
        covered = {i for s in page.spans for i in range(s.start, s.end)}
        for match in re.finditer(r"(?<!\d)\d{7}(?!\d)|(?<!\d)\d{9}(?!\d)", page.text):
            if match.start() not in covered:
                found += 1
    assert found > len(LAYOUTS) * 2


# --- behaviour ---------------------------------------------------------------------------------


def test_deterministic_and_seeded(fleet_kind: str) -> None:
    fleet = list(_fleet(fleet_kind))
    first = generate_blind_pages(fleet, pages_per_layout=6, seed=5)
    again = generate_blind_pages(fleet, pages_per_layout=6, seed=5)
    other = generate_blind_pages(fleet, pages_per_layout=6, seed=6)
    assert first == again
    assert [p.text for p in first] != [p.text for p in other]


def test_layout_subset(fleet_kind: str) -> None:
    fleet = list(_fleet(fleet_kind))
    subset = [LAYOUTS[6], LAYOUTS[1]]
    pages = generate_blind_pages(fleet, pages_per_layout=4, seed=2, layouts=subset)
    assert [p.layout for p in pages] == [LAYOUTS[1]] * 4 + [LAYOUTS[6]] * 4
    full = generate_blind_pages(fleet, pages_per_layout=4, seed=2)
    assert pages == [p for p in full if p.layout in subset]


def test_refuses_unknown_layouts_and_empty_lists() -> None:
    fleet = synthetic_fleet(SYNTHETIC_FLEET_SIZE)
    with pytest.raises(ValueError, match="no_such_layout"):
        generate_blind_pages(fleet, layouts=["ocr_telex", "no_such_layout"])
    with pytest.raises(ValueError):
        generate_blind_pages([], pages_per_layout=2)


def test_synthetic_fallback_without_the_vessel_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "no_vessels_here"
    monkeypatch.setenv("OCEANID_VESSELS_DIR", str(missing))
    assert load_vessels() == synthetic_fleet(SYNTHETIC_FLEET_SIZE)
    assert load_vessels(missing) == synthetic_fleet(SYNTHETIC_FLEET_SIZE)
    pages = generate_blind_pages(load_vessels(missing), pages_per_layout=3, seed=0)
    assert pages == generate_blind_pages(synthetic_fleet(SYNTHETIC_FLEET_SIZE), 3, 0)


_DIGEST = (
    "import hashlib, json\n"
    "from oceanid_dev.demo.vessels import synthetic_fleet, SYNTHETIC_FLEET_SIZE\n"
    "from tests.blind_layouts_ab import generate_blind_pages\n"
    "pages = generate_blind_pages(synthetic_fleet(SYNTHETIC_FLEET_SIZE), 5, 9)\n"
    "rows = [[p.doc_id, p.page_num, p.text, [[s.start, s.end, s.label] for s in p.spans]]"
    " for p in pages]\n"
    "print(hashlib.sha256(json.dumps(rows).encode()).hexdigest())\n"
)


def test_independent_of_pythonhashseed() -> None:
    digests = set()
    for hash_seed in ("1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        out = subprocess.run(
            [sys.executable, "-c", _DIGEST],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        )
        digests.add(out.stdout.strip())
    pages = generate_blind_pages(synthetic_fleet(SYNTHETIC_FLEET_SIZE), 5, 9)
    rows = [
        [p.doc_id, p.page_num, p.text, [[s.start, s.end, s.label] for s in p.spans]] for p in pages
    ]
    digests.add(hashlib.sha256(json.dumps(rows).encode()).hexdigest())
    assert len(digests) == 1
