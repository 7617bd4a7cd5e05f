"""Blind set X: checks of the gold data only (never of the extractor)."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import os
import re
import subprocess
import sys
import uuid
from collections import Counter, defaultdict
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
from tests.blind_layouts_x import LAYOUTS, BlindPage, GoldSpan, generate_blind_pages
from tests.blind_layouts_x._vocab import COUNTRY_NAMES, SCIENTIFIC, TUG_NAMES

REFERENCE = Path(__file__).resolve().parents[1] / "oceanid_assets" / "reference"
EXPECTED_LAYOUTS = (
    "closure_exemption_notice",
    "salvage_agreement_summary",
    "ship_finance_term_sheet",
    "stability_booklet_cover",
    "port_dues_statement",
    "itu_ship_station_list",
    "seafood_lot_trace",
    "sworn_registry_translation",
)
PER_LAYOUT = 20
RFMOS = {"IOTC", "WCPFC", "ICCAT", "IATTC", "SPRFMO", "NPFC", "CCAMLR", "SIOFA", "GFCM", "NAFO"}
IDENTIFIERS = {"IMO", "MMSI", "IRCS"}


# --- reference lists, read independently of the generator ---------------------------------------


def _rows(name: str) -> list[dict[str, str]]:
    with (REFERENCE / name).open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


@cache
def _mids() -> dict[str, str]:
    table: dict[str, str] = {}
    for row in _rows("mmsi_mids.csv"):
        table.setdefault(row["mid"], row["iso3"])
    return table


@cache
def _series() -> dict[str, set[str]]:
    """ISO alpha-3 -> the three-character call-sign prefixes of its ITU series (parent's too)."""
    owners: dict[str, set[str]] = defaultdict(set)
    for row in _rows("itu_call_sign_series.csv"):
        low, high = (part.strip() for part in row["Series"].split("-"))
        base = row["Allocated to"].split(" - ")[0]
        for code in range(ord(low[2]), ord(high[2]) + 1):
            owners[base].add(low[:2] + chr(code))
    by_flag: dict[str, set[str]] = defaultdict(set)
    for row in _rows("mmsi_mids.csv"):
        by_flag[row["iso3"]] |= owners.get(row["name"].split(" - ")[0], set())
    return by_flag


def _in_series(call_sign: str, iso3: str | None) -> bool:
    if not re.fullmatch(r"[A-Z0-9]{3,7}", call_sign):
        return False
    flags = [iso3] if iso3 else list(_series())
    for flag in flags:
        prefixes = _series().get(flag, set())
        if call_sign[:3] in prefixes:
            return True
        # a two-character prefix wholly allocated to the flag (e.g. BZ5VR in China's BZA-BZZ)
        if all(call_sign[:2] + c in prefixes for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"):
            return True
    return False


@cache
def _species_names() -> set[str]:
    names: set[str] = set(SCIENTIFIC.values())
    for row in _rows("asfis_species_curated.csv") + _rows("asfis_species.head300.csv"):
        names |= {row["code"], row["name_en"]}
    for row in _rows("asfis_species_es_fr.csv"):
        names |= {row["code"], row["name_es"], row["name_fr"]}
    return {name.casefold() for name in names}


@cache
def _country_words() -> set[str]:
    words = {name.casefold() for names in COUNTRY_NAMES.values() for name in names}
    for row in _rows("mmsi_mids.csv"):
        words |= {row["iso2"].casefold(), row["iso3"].casefold()}
    return words


# --- fleets and pages ----------------------------------------------------------------------------


@cache
def _fleet(kind: str) -> tuple[Vessel, ...]:
    if kind == "default":
        return tuple(load_vessels())
    return tuple(synthetic_fleet(SYNTHETIC_FLEET_SIZE))


@cache
def _pages(kind: str, seed: int = 0, per_layout: int = PER_LAYOUT) -> tuple[BlindPage, ...]:
    return tuple(generate_blind_pages(list(_fleet(kind)), per_layout, seed))


@pytest.fixture(params=["default", "synthetic"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def _spans(pages: tuple[BlindPage, ...], *labels: str) -> list[tuple[BlindPage, GoldSpan, str]]:
    return [
        (page, span, page.text[span.start : span.end])
        for page in pages
        for span in page.spans
        if not labels or span.label in labels
    ]


# --- interface ----------------------------------------------------------------------------------


def test_layout_names_and_order() -> None:
    assert LAYOUTS == EXPECTED_LAYOUTS
    assert all(re.fullmatch(r"[a-z]+(_[a-z]+)*", name) for name in LAYOUTS)


@pytest.mark.parametrize("per_layout", [1, 7, PER_LAYOUT])
def test_exact_page_counts_in_layout_order(kind: str, per_layout: int) -> None:
    pages = _pages(kind, 0, per_layout)
    assert Counter(page.layout for page in pages) == {name: per_layout for name in LAYOUTS}
    order = [page.layout for page in pages]
    assert order == sorted(order, key=LAYOUTS.index)


def _expected_id(seed: int, layout: str, index: int) -> str:
    raw = bytearray(hashlib.sha256(f"blind-x:{seed}:{layout}:{index}".encode()).digest()[:16])
    raw[6] = (raw[6] & 0x0F) | 0x70
    raw[8] = (raw[8] & 0x3F) | 0x80
    return str(uuid.UUID(bytes=bytes(raw)))


def test_documents_numbered_and_ids_derived_from_their_key(kind: str) -> None:
    pages = _pages(kind)
    docs: dict[str, list[BlindPage]] = defaultdict(list)
    for page in pages:
        docs[page.doc_id].append(page)
    for layout in LAYOUTS:
        ids = list(dict.fromkeys(p.doc_id for p in pages if p.layout == layout))
        assert ids == [_expected_id(0, layout, index) for index in range(len(ids))]
    for doc_id, doc_pages in docs.items():
        parsed = uuid.UUID(doc_id)
        assert parsed.version == 7 and parsed.variant == uuid.RFC_4122
        assert [p.page_num for p in doc_pages] == list(range(1, len(doc_pages) + 1))
        assert 1 <= len(doc_pages) <= 3
        assert len({p.layout for p in doc_pages}) == 1
    # each layout has documents of more than one length somewhere in the two seeds
    lengths = defaultdict(set)
    for seed in (0, 1):
        counts = Counter((p.layout, p.doc_id) for p in _pages(kind, seed))
        for (layout, _), count in counts.items():
            lengths[layout].add(count)
    assert all(len(lengths[layout]) >= 2 for layout in LAYOUTS), lengths


def test_page_lengths(kind: str) -> None:
    pages = _pages(kind) + _pages(kind, 1)
    assert all(700 <= len(page.text) <= 3000 for page in pages)
    assert sum(len(page.text) > 800 for page in pages) > 0.6 * len(pages)


# --- spans --------------------------------------------------------------------------------------


def test_spans_tight_sorted_and_in_the_labelset(kind: str) -> None:
    for page in _pages(kind) + _pages(kind, 1):
        previous_end = 0
        for span in page.spans:
            assert isinstance(span, GoldSpan)
            assert span.label in LABELS
            assert previous_end <= span.start < span.end <= len(page.text)
            value = page.text[span.start : span.end]
            assert value == value.strip() and value[0].isalnum() and value[-1].isalnum(), value
            previous_end = span.end
        assert list(page.spans) == sorted(page.spans, key=lambda s: (s.start, s.end))


def test_imo_numbers_have_their_check_digit(kind: str) -> None:
    found = _spans(_pages(kind), "IMO")
    assert found
    for _, _, value in found:
        assert re.fullmatch(r"\d{7}", value) and imo_check_ok(value), value


def test_mmsi_start_with_a_known_mid(kind: str) -> None:
    found = _spans(_pages(kind), "MMSI")
    former = [v for _, _, v in _spans(_pages(kind), "ID_CHANGE") if v.isdigit()]
    assert found and former
    for value in [v for _, _, v in found] + former:
        assert re.fullmatch(r"\d{9}", value) and value[:3] in _mids(), value


def test_call_signs_in_the_flags_itu_series(kind: str) -> None:
    flags: dict[str, set[str | None]] = defaultdict(set)
    for vessel in _fleet(kind):
        if vessel.ircs:
            mid_flag = _mids().get((vessel.mmsi or "")[:3]) if vessel.mmsi else None
            flags[vessel.ircs].add(vessel.flag or mid_flag)
    found = _spans(_pages(kind), "IRCS")
    assert found
    for _, _, value in found:
        owners = flags.get(value)
        if owners:  # a listed vessel's: in the series of its flag
            assert any(_in_series(value, flag) for flag in owners if flag), value
        else:  # an invented tug's: in some flag's series
            assert _in_series(value, None), value
    former = [v for _, _, v in _spans(_pages(kind), "ID_CHANGE") if not v.isdigit()]
    assert former
    assert all(_in_series(value, None) for value in former), former


def test_codes_and_names_from_the_reference_lists(kind: str) -> None:
    pages = _pages(kind) + _pages(kind, 1)
    fao = {row["code"] for row in _rows("fao_areas.csv")}
    names = {v.name for v in _fleet(kind)} | set(TUG_NAMES)
    former_names = {v.former_name for v in _fleet(kind) if v.former_name}
    next_year = dt.date.today().year + 1
    for _, span, value in _spans(pages):
        label = span.label
        if label == "FAO_AREA_CODE":
            assert value in fao, value
        elif label == "SPECIES_NAME":
            assert value.casefold() in _species_names(), value
        elif label in {"FLAG", "FLAG_CHANGE", "BUILD_COUNTRY"}:
            assert value.casefold() in _country_words(), value
        elif label == "RFMO_CODE":
            assert value in RFMOS, value
        elif label == "PORT_ID":
            assert re.fullmatch(r"[A-Z]{5}", value), value
        elif label == "EU_CFR":
            assert re.fullmatch(r"[A-Z]{3}\d{9}", value), value
        elif label == "METRIC_VALUE":
            assert re.fullmatch(r"\d+(\.\d+)?", value), value
        elif label == "BUILD_YEAR":
            assert 1850 <= int(value) <= next_year, value
        elif label == "VESSEL_NAME":
            assert value in names, value
        elif label == "NAME_CHANGE":
            assert value in former_names, value


def test_dates_are_labelled_as_written_and_in_order(kind: str) -> None:
    for page in _pages(kind):
        starts = [s for s in page.spans if s.label == "START_DATE"]
        ends = [s for s in page.spans if s.label == "END_DATE"]
        assert len(starts) == len(ends)
        for span in starts + ends:
            assert re.search(r"\d{4}", page.text[span.start : span.end])


def test_every_layout_carries_identifiers_and_a_mix_of_labels(kind: str) -> None:
    by_layout: dict[str, Counter[str]] = defaultdict(Counter)
    for page in _pages(kind):
        by_layout[page.layout].update(span.label for span in page.spans)
    for layout in LAYOUTS:
        labels = by_layout[layout]
        assert labels["VESSEL_NAME"] > 0, layout
        assert IDENTIFIERS & set(labels), layout
        assert len(labels) >= 8, (layout, labels)
    assert set().union(*by_layout.values()) >= {
        "ASSOC_NAME", "ASSOC_ROLE", "PORT_ID", "RFMO_ID", "OTHER_EXT_ID", "LICENSE_NO",
        "ID_CHANGE", "FLAG_CHANGE", "NATIONAL_REG_NO", "REG_NO", "START_DATE", "END_DATE",
    }  # fmt: skip


def test_malformed_identifiers_of_the_list_are_never_labelled(kind: str) -> None:
    bad = {v.imo for v in _fleet(kind) if v.imo and not imo_check_ok(v.imo)}
    bad |= {v.mmsi for v in _fleet(kind) if v.mmsi and v.mmsi[:3] not in _mids()}
    labelled = {value for _, _, value in _spans(_pages(kind), "IMO", "MMSI")}
    assert not bad & labelled


# --- determinism and arguments ------------------------------------------------------------------


def test_deterministic_for_a_fleet_and_seed(kind: str) -> None:
    fleet = list(_fleet(kind))
    assert generate_blind_pages(fleet, 5, 3) == generate_blind_pages(fleet, 5, 3)
    assert generate_blind_pages(fleet, 5, 3) != generate_blind_pages(fleet, 5, 4)


def test_layout_subset_keeps_layout_order_and_pages(kind: str) -> None:
    fleet = list(_fleet(kind))
    subset = generate_blind_pages(fleet, 6, 0, layouts=[LAYOUTS[5], LAYOUTS[1]])
    assert [p.layout for p in subset] == [LAYOUTS[1]] * 6 + [LAYOUTS[5]] * 6
    full = generate_blind_pages(fleet, 6, 0)
    assert subset == [p for p in full if p.layout in {LAYOUTS[1], LAYOUTS[5]}]


def test_refuses_unknown_layouts_and_empty_fleets() -> None:
    fleet = list(_fleet("synthetic"))
    with pytest.raises(ValueError, match="no_such_layout"):
        generate_blind_pages(fleet, 2, 0, layouts=[LAYOUTS[0], "no_such_layout"])
    with pytest.raises(ValueError):
        generate_blind_pages([], 2, 0)


def test_synthetic_fallback_without_the_vessel_folder(tmp_path: Path) -> None:
    fleet = load_vessels(tmp_path / "no_vessels_here")
    assert fleet == synthetic_fleet(SYNTHETIC_FLEET_SIZE)
    pages = generate_blind_pages(fleet, 3, 0)
    assert len(pages) == 3 * len(LAYOUTS)


_DIGEST = """
import hashlib
from oceanid_dev.demo.vessels import SYNTHETIC_FLEET_SIZE, load_vessels, synthetic_fleet
from tests.blind_layouts_x import generate_blind_pages
digest = hashlib.sha256()
for fleet in (load_vessels(), synthetic_fleet(SYNTHETIC_FLEET_SIZE)):
    for page in generate_blind_pages(fleet, 6, 2):
        digest.update(repr(page).encode())
print(digest.hexdigest())
"""


def test_independent_of_pythonhashseed() -> None:
    root = Path(__file__).resolve().parents[1]
    outputs = set()
    for hash_seed in ("0", "4242"):
        result = subprocess.run(
            [sys.executable, "-c", _DIGEST],
            cwd=root,
            env={**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(root)},
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        )
        outputs.add(result.stdout.strip())
    assert len(outputs) == 1
