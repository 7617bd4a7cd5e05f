"""Blind evaluation set U: checks of the gold data only (never of the extractor)."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
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
from tests.blind_layouts_u import LAYOUTS, BlindPage, GoldSpan, generate_blind_pages
from tests.blind_layouts_u._common import COUNTRY

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "oceanid_assets" / "reference"
EXPECTED_LAYOUTS = (
    "psma_denial_webpage",
    "technical_file_cover",
    "mlc_financial_security",
    "plant_receipt_log",
    "email_tsv_paste",
    "marking_inspection_checklist",
    "transhipment_summary",
    "paper_appendix_table",
)
IDENTIFIERS = {"IMO", "MMSI", "IRCS"}
RFMOS = {"IOTC", "ICCAT", "IATTC", "WCPFC", "SPRFMO", "NPFC", "CCSBT", "SIOFA", "CTOI", "CIAT"}
PER_LAYOUT = 20


def _rows(name: str) -> list[dict[str, str]]:
    with (REFERENCE / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@cache
def _mid_rows() -> list[dict[str, str]]:
    return _rows("mmsi_mids.csv")


@cache
def _series() -> list[tuple[str, str, str]]:
    out = []
    for row in _rows("itu_call_sign_series.csv"):
        first, last = (p.strip() for p in row["Series"].split("-"))
        out.append((first, last, row["Allocated to"]))
    return out


def _admins(iso3: str) -> set[str]:
    """ITU administrations whose series a flag may use (a territory also uses its parent's)."""
    out: set[str] = set()
    for row in _mid_rows():
        if row["iso3"] != iso3:
            continue
        parent, _, territory = row["name"].partition(" - ")
        out.add(parent)
        for _, _, alloc in _series():
            head, _, part = alloc.partition(" - ")
            if part and head == parent and territory.startswith(part):
                out.add(alloc)
    return out


def _in_series(call_sign: str, iso3: str) -> bool:
    admins = _admins(iso3)
    return any(
        first <= call_sign[:3] <= last and alloc in admins for first, last, alloc in _series()
    )


def _flag_of(vessel: Vessel) -> str | None:
    if vessel.flag:
        return vessel.flag
    mids = {row["mid"]: row["iso3"] for row in _mid_rows()}
    return mids.get((vessel.mmsi or "")[:3])


def _iso3_of_name(name: str) -> str | None:
    for code, names in COUNTRY.items():
        if name in names or name == code:
            return code
    return None


# --- fixtures ------------------------------------------------------------------------------------

FLEETS = ("default", "synthetic")


@cache
def _fleet(kind: str) -> tuple[Vessel, ...]:
    if kind == "default":
        return tuple(load_vessels())
    return tuple(synthetic_fleet(SYNTHETIC_FLEET_SIZE))


@cache
def _pages(kind: str) -> tuple[BlindPage, ...]:
    return tuple(generate_blind_pages(list(_fleet(kind)), pages_per_layout=PER_LAYOUT, seed=0))


@pytest.fixture(params=FLEETS)
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def _value(page: BlindPage, span: GoldSpan) -> str:
    return page.text[span.start : span.end]


def _docs(pages: tuple[BlindPage, ...]) -> dict[str, list[BlindPage]]:
    docs: dict[str, list[BlindPage]] = defaultdict(list)
    for page in pages:
        docs[page.doc_id].append(page)
    return docs


# --- layouts, counts, numbering ------------------------------------------------------------------


def test_layout_names_and_order(kind: str) -> None:
    assert LAYOUTS == EXPECTED_LAYOUTS
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", name) for name in LAYOUTS)
    order = [page.layout for page in _pages(kind)]
    assert order == [name for name in LAYOUTS for _ in range(PER_LAYOUT)]


@pytest.mark.parametrize("per_layout", [1, 3, 7])
def test_exact_page_counts(kind: str, per_layout: int) -> None:
    pages = generate_blind_pages(list(_fleet(kind)), pages_per_layout=per_layout, seed=3)
    assert Counter(page.layout for page in pages) == dict.fromkeys(LAYOUTS, per_layout)


def test_doc_numbering_and_ids(kind: str) -> None:
    pages = _pages(kind)
    for layout in LAYOUTS:
        ids = list(dict.fromkeys(p.doc_id for p in pages if p.layout == layout))
        for index, doc_id in enumerate(ids):
            digest = hashlib.sha256(f"blind-u:0:{layout}:{index}".encode()).digest()[:16]
            expected = bytearray(digest)
            expected[6] = (expected[6] & 0x0F) | 0x70
            expected[8] = (expected[8] & 0x3F) | 0x80
            assert doc_id == str(uuid.UUID(bytes=bytes(expected)))
            parsed = uuid.UUID(doc_id)
            assert parsed.version == 7 and parsed.variant == uuid.RFC_4122
    for doc in _docs(pages).values():
        assert [p.page_num for p in doc] == list(range(1, len(doc) + 1))
        assert 1 <= len(doc) <= 3
        assert len({p.layout for p in doc}) == 1


def test_page_lengths(kind: str) -> None:
    pages = _pages(kind)
    lengths = [len(page.text) for page in pages]
    assert all(700 <= n <= 3000 for n in lengths), (min(lengths), max(lengths))
    assert sum(n > 800 for n in lengths) >= 0.8 * len(lengths)


# --- spans -----------------------------------------------------------------------------------


def test_spans_tight_sorted_in_labelset(kind: str) -> None:
    for page in _pages(kind):
        previous_end = 0
        for span in page.spans:
            assert span.label in LABELS
            assert 0 <= span.start < span.end <= len(page.text)
            assert span.start >= previous_end, (page.layout, span)
            previous_end = span.end
            value = _value(page, span)
            assert value == value.strip() and value.strip(",;:") == value, repr(value)
            assert "\n" not in value and "\t" not in value


def test_imo_check_digits(kind: str) -> None:
    seen = 0
    for page in _pages(kind):
        for span in page.spans:
            value = _value(page, span)
            if span.label == "IMO" or (span.label == "ID_CHANGE" and len(value) == 7):
                assert value.isdigit() and imo_check_ok(value), value
                seen += 1
    assert seen > 0


def test_mmsi_mids(kind: str) -> None:
    mids = {row["mid"] for row in _mid_rows()}
    seen = 0
    for page in _pages(kind):
        for span in page.spans:
            value = _value(page, span)
            if span.label == "MMSI" or (span.label == "ID_CHANGE" and len(value) == 9):
                assert re.fullmatch(r"\d{9}", value) and value[:3] in mids, value
                seen += 1
    assert seen > 0


def test_call_signs_in_itu_series_of_the_flag(kind: str) -> None:
    by_call_sign: dict[str, list[Vessel]] = defaultdict(list)
    for vessel in _fleet(kind):
        if vessel.ircs:
            by_call_sign[vessel.ircs].append(vessel)
    seen = 0
    for page in _pages(kind):
        for span in page.spans:
            if span.label != "IRCS":
                continue
            value = _value(page, span)
            flags = {_flag_of(v) for v in by_call_sign[value]}
            assert any(f and _in_series(value, f) for f in flags), value
            seen += 1
    assert seen > 0


def test_former_identifiers_match_the_former_flag(kind: str) -> None:
    mids = {row["mid"]: row["iso3"] for row in _mid_rows()}
    checked = 0
    for doc in _docs(_pages(kind)).values():
        former_flags = {
            _iso3_of_name(_value(p, s)) for p in doc for s in p.spans if s.label == "FLAG_CHANGE"
        }
        for page in doc:
            for span in page.spans:
                value = _value(page, span)
                if span.label != "ID_CHANGE" or len(value) == 7:
                    continue
                if value.isdigit():
                    assert mids[value[:3]] in former_flags, value
                else:
                    assert any(f and _in_series(value, f) for f in former_flags), value
                checked += 1
    assert checked > 0


def test_codes_and_names_from_reference_lists(kind: str) -> None:
    fao = {row["code"] for row in _rows("fao_areas.csv")}
    species = {row["code"] for row in _rows("asfis_species_curated.csv")}
    species |= {row["name_en"] for row in _rows("asfis_species_curated.csv")}
    for row in _rows("asfis_species_es_fr.csv"):
        species |= {row["name_es"], row["name_fr"]}
    iso3 = {row["iso3"] for row in _mid_rows()}
    iso2 = {row["iso2"] for row in _mid_rows()}
    country_names = {name for names in COUNTRY.values() for name in names}
    fleet = _fleet(kind)
    names = {v.name for v in fleet}
    former = {v.former_name for v in fleet if v.former_name}
    owners = {v.owner for v in fleet if v.owner}
    ports = {v.port for v in fleet if v.port} | {v.port.split(",")[0] for v in fleet if v.port}
    next_year = dt.date.today().year + 1
    for page in _pages(kind):
        for span in page.spans:
            value = _value(page, span)
            label = span.label
            if label == "FAO_AREA_CODE":
                assert value in fao, value
            elif label == "SPECIES_NAME":
                assert value in species, value
            elif label in {"FLAG", "FLAG_CHANGE", "BUILD_COUNTRY", "HOME_PORT_STATE"}:
                assert value in iso3 or value in country_names, value
            elif label == "COUNTRY_CODE":
                assert value in country_names or value in iso3, value
            elif label == "PORT_ID":
                assert re.fullmatch(r"[A-Z]{5}", value) and value[:2] in iso2, value
            elif label == "RFMO_CODE":
                assert value in RFMOS, value
            elif label == "VESSEL_NAME":
                assert value in names, value
            elif label == "NAME_CHANGE":
                assert value in former, value
            elif label == "ASSOC_NAME":
                assert value in owners, value
            elif label == "HOME_PORT":
                assert value in ports, value
            elif label == "BUILD_YEAR":
                assert value.isdigit() and 1850 <= int(value) <= next_year
            elif label == "METRIC_VALUE":
                assert re.fullmatch(r"\d+(\.\d+)?", value), value
            elif label in {"START_DATE", "END_DATE"}:
                assert re.search(r"\d", value), value


def test_identifiers_come_from_the_fleet(kind: str) -> None:
    fleet = _fleet(kind)
    known = {
        "IMO": {v.imo for v in fleet},
        "MMSI": {v.mmsi for v in fleet},
        "IRCS": {v.ircs for v in fleet},
    }
    for page in _pages(kind):
        for span in page.spans:
            if span.label in known:
                assert _value(page, span) in known[span.label]


def test_every_layout_carries_identifiers_and_a_mix_of_labels(kind: str) -> None:
    for layout in LAYOUTS:
        labels = Counter(s.label for p in _pages(kind) if p.layout == layout for s in p.spans)
        assert labels["VESSEL_NAME"] > 0, layout
        assert sum(labels[label] for label in IDENTIFIERS) > 0, layout
        assert len(labels) >= 6, (layout, labels)
        pages = [p for p in _pages(kind) if p.layout == layout]
        assert all(p.spans for p in pages), layout
    all_labels = {s.label for p in _pages(kind) for s in p.spans}
    assert len(all_labels) >= 28, sorted(set(LABELS) - all_labels)


# --- determinism, subsets, refusals, fallback -------------------------------------------------


def test_deterministic(kind: str) -> None:
    again = generate_blind_pages(list(_fleet(kind)), pages_per_layout=PER_LAYOUT, seed=0)
    assert tuple(again) == _pages(kind)
    other = generate_blind_pages(list(_fleet(kind)), pages_per_layout=PER_LAYOUT, seed=1)
    assert [p.text for p in other] != [p.text for p in _pages(kind)]


def test_layout_subset_keeps_layouts_order(kind: str) -> None:
    chosen = [LAYOUTS[6], LAYOUTS[1]]
    pages = generate_blind_pages(list(_fleet(kind)), pages_per_layout=4, seed=0, layouts=chosen)
    assert [p.layout for p in pages] == [LAYOUTS[1]] * 4 + [LAYOUTS[6]] * 4
    full = [p for p in _pages(kind) if p.layout == LAYOUTS[1]][:4]
    assert pages[:4] == full


def test_refuses_unknown_layouts_and_empty_lists() -> None:
    fleet = list(_fleet("synthetic"))
    with pytest.raises(ValueError, match="no_such_layout"):
        generate_blind_pages(fleet, layouts=[LAYOUTS[0], "no_such_layout"])
    with pytest.raises(ValueError):
        generate_blind_pages([], pages_per_layout=2)


def test_synthetic_fallback_without_the_vessel_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OCEANID_VESSELS_DIR", str(tmp_path / "missing"))
    fleet = load_vessels()
    assert fleet == synthetic_fleet(SYNTHETIC_FLEET_SIZE)
    pages = generate_blind_pages(fleet, pages_per_layout=PER_LAYOUT, seed=0)
    assert tuple(pages) == _pages("synthetic")


_SCRIPT = """
import hashlib, json
from oceanid_dev.demo.vessels import SYNTHETIC_FLEET_SIZE, synthetic_fleet
from tests.blind_layouts_u import generate_blind_pages
pages = generate_blind_pages(synthetic_fleet(SYNTHETIC_FLEET_SIZE), pages_per_layout=6, seed=5)
blob = json.dumps([[p.doc_id, p.page_num, p.text, [list(s.__dict__.values()) for s in p.spans]]
                   for p in pages])
print(hashlib.sha256(blob.encode()).hexdigest())
"""


def test_independent_of_pythonhashseed() -> None:
    digests = set()
    for seed in ("0", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "OCEANID_VESSELS_DIR": "/nonexistent"}
        out = subprocess.run(
            [sys.executable, "-c", _SCRIPT],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        digests.add(out.stdout.strip())
    assert len(digests) == 1
    assert json.dumps(sorted(digests))
