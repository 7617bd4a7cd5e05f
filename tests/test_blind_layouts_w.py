"""Gold data of blind evaluation set W (tests/blind_layouts_w): shape, spans and identifiers.

These tests check the pages and their gold spans only; no extractor is run.
"""

from __future__ import annotations

import csv
import datetime
import hashlib
import itertools
import os
import re
import subprocess
import sys
import uuid
from collections import Counter
from functools import cache
from pathlib import Path

import pycountry
import pytest

from oceanid_assets.labelset import LABELS
from oceanid_dev.demo.vessels import (
    SYNTHETIC_FLEET_SIZE,
    Vessel,
    imo_check_ok,
    load_vessels,
    synthetic_fleet,
)
from tests.blind_layouts_w import LAYOUTS, BlindPage, GoldSpan, generate_blind_pages
from tests.blind_layouts_w._common import BUILD_COUNTRIES, COUNTRIES, species

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "oceanid_assets" / "reference"
EXPECTED_LAYOUTS = (
    "licence_fee_invoice",
    "vms_installation_certificate",
    "registry_unified_diff",
    "dcs_fuel_statement",
    "bft_transfer_caging",
    "producers_member_directory",
    "fuel_subsidy_allocation",
    "charter_fixture_recap",
)
PAGES = 20
EDGE = set(" \t\n\r,;:.()[]{}\"'")


# --- fleets and pages (built once per module) ----------------------------------------------------


@cache
def _fleet(kind: str) -> tuple[Vessel, ...]:
    if kind == "real":
        return tuple(load_vessels())
    return tuple(synthetic_fleet(SYNTHETIC_FLEET_SIZE))


@cache
def _pages(kind: str, seed: int = 0, per_layout: int = PAGES) -> tuple[BlindPage, ...]:
    return tuple(generate_blind_pages(list(_fleet(kind)), per_layout, seed=seed))


@pytest.fixture(params=["real", "synthetic"])
def fleet_kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def pages(fleet_kind: str) -> tuple[BlindPage, ...]:
    return _pages(fleet_kind)


def _spans(pages: tuple[BlindPage, ...], *labels: str) -> list[tuple[BlindPage, GoldSpan, str]]:
    return [
        (page, span, page.text[span.start : span.end])
        for page in pages
        for span in page.spans
        if span.label in labels
    ]


# --- reference lists, read independently of the generator ---------------------------------------


def _rows(name: str) -> list[dict[str, str]]:
    with (REFERENCE / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@cache
def _mids() -> dict[str, set[str]]:
    mids: dict[str, set[str]] = {}
    for row in _rows("mmsi_mids.csv"):
        mids.setdefault(row["mid"], set()).add(row["iso3"])
    return mids


@cache
def _series() -> list[tuple[str, str, str]]:
    out = []
    for row in _rows("itu_call_sign_series.csv"):
        low, high = (part.strip() for part in row["Series"].split("-"))
        out.append((low, high, row["Allocated to"].split(" - ")[0].strip()))
    return out


@cache
def _itu_owner(iso3: str) -> set[str]:
    return {r["name"].split(" - ")[0].strip() for r in _rows("mmsi_mids.csv") if r["iso3"] == iso3}


def _covers(call: str, low: str, high: str) -> bool:
    if call[:2] != low[:2] or low[:2] != high[:2]:
        return False
    if (low[2], high[2]) == ("A", "Z"):
        return True
    return call[2:3].isalpha() and low[2] <= call[2] <= high[2]


def _series_owners(call: str) -> set[str]:
    return {who for low, high, who in _series() if _covers(call, low, high)}


def _flag_of(vessel: Vessel) -> str | None:
    if vessel.flag:
        return vessel.flag
    if vessel.mmsi and vessel.mmsi[:3] in _mids():
        return sorted(_mids()[vessel.mmsi[:3]])[0]
    return None


@cache
def _country_words() -> set[str]:
    words = {name.lower() for names in COUNTRIES.values() for name in names}
    for c in pycountry.countries:
        words.update((c.alpha_2.lower(), c.alpha_3.lower(), c.name.lower()))
    return words


# --- layouts and page counts --------------------------------------------------------------------


def test_layout_names_and_order() -> None:
    assert LAYOUTS == EXPECTED_LAYOUTS
    assert all(re.fullmatch(r"[a-z]+(_[a-z]+)*", name) for name in LAYOUTS)


@pytest.mark.parametrize("per_layout", [1, 7, PAGES])
def test_exact_page_counts_in_layout_order(fleet_kind: str, per_layout: int) -> None:
    pages = _pages(fleet_kind, 0, per_layout)
    assert [p.layout for p in pages] == [n for n in LAYOUTS for _ in range(per_layout)]


def test_zero_pages(fleet_kind: str) -> None:
    assert generate_blind_pages(list(_fleet(fleet_kind)), 0) == []


def test_documents_numbered_and_ids_derived_from_key(pages: tuple[BlindPage, ...]) -> None:
    for layout in LAYOUTS:
        docs: list[str] = []
        for page in (p for p in pages if p.layout == layout):
            if page.page_num == 1:
                docs.append(page.doc_id)
            else:
                assert docs and page.doc_id == docs[-1]
        assert pages
        for index, doc_id in enumerate(docs):
            digest = bytearray(hashlib.sha256(f"blind-w:0:{layout}:{index}".encode()).digest()[:16])
            digest[6] = (digest[6] & 0x0F) | 0x70
            digest[8] = (digest[8] & 0x3F) | 0x80
            assert doc_id == str(uuid.UUID(bytes=bytes(digest)))
            parsed = uuid.UUID(doc_id)
            assert parsed.version == 7 and parsed.variant == uuid.RFC_4122
        numbers = [p.page_num for p in pages if p.layout == layout]
        for prev, cur in itertools.pairwise(numbers):
            assert cur == 1 or cur == prev + 1
        per_doc = Counter(p.doc_id for p in pages if p.layout == layout)
        assert max(per_doc.values()) <= 3
    assert len({p.doc_id for p in pages}) == len({(p.layout, p.doc_id) for p in pages})


def test_page_lengths(pages: tuple[BlindPage, ...]) -> None:
    lengths = [len(p.text) for p in pages]
    assert all(700 <= n <= 3000 for n in lengths), sorted(lengths)[:3] + sorted(lengths)[-3:]
    assert sum(n > 800 for n in lengths) >= 0.8 * len(lengths)


# --- spans --------------------------------------------------------------------------------------


def test_spans_tight_sorted_and_in_labelset(pages: tuple[BlindPage, ...]) -> None:
    for page in pages:
        end = 0
        for span in page.spans:
            assert span.label in LABELS
            assert end <= span.start < span.end <= len(page.text)
            value = page.text[span.start : span.end]
            assert value[0] not in EDGE and value[-1] not in EDGE, (page.layout, value)
            assert "\n" not in value
            end = span.end


def test_every_layout_carries_identifiers_and_a_mix_of_labels(
    pages: tuple[BlindPage, ...],
) -> None:
    for layout in LAYOUTS:
        labels = Counter(s.label for p in pages if p.layout == layout for s in p.spans)
        assert labels["VESSEL_NAME"] > 0, layout
        assert labels["IMO"] + labels["MMSI"] + labels["IRCS"] > 0, layout
        assert len(labels) >= 8, (layout, labels)


def test_vessel_names_come_from_the_list(fleet_kind: str, pages: tuple[BlindPage, ...]) -> None:
    names = {" ".join(v.name.split()).strip(" ,;:.()[]{}\"'") for v in _fleet(fleet_kind)}
    for page, _, value in _spans(pages, "VESSEL_NAME"):
        assert value in names, (page.layout, value)


def test_imo_check_digits(pages: tuple[BlindPage, ...]) -> None:
    for page, _, value in _spans(pages, "IMO"):
        assert imo_check_ok(value), (page.layout, value)
    for _, _, value in _spans(pages, "ID_CHANGE"):
        if re.fullmatch(r"\d{7}", value):
            assert imo_check_ok(value)


def test_mmsi_mids(pages: tuple[BlindPage, ...]) -> None:
    for page, _, value in _spans(pages, "MMSI"):
        assert re.fullmatch(r"\d{9}", value) and value[:3] in _mids(), (page.layout, value)
    for _, _, value in _spans(pages, "ID_CHANGE"):
        if value.isdigit():
            assert len(value) == 9 and value[:3] in _mids(), value


def test_call_signs_in_the_flags_itu_series(fleet_kind: str, pages: tuple[BlindPage, ...]) -> None:
    by_call: dict[str, list[Vessel]] = {}
    for vessel in _fleet(fleet_kind):
        if vessel.ircs:
            by_call.setdefault(vessel.ircs, []).append(vessel)
    for page, _, value in _spans(pages, "IRCS"):
        owners = _series_owners(value)
        flags = [_flag_of(v) for v in by_call.get(value, [])]
        assert any(f and owners & _itu_owner(f) for f in flags), (page.layout, value)
    for page, _, value in _spans(pages, "ID_CHANGE"):
        if not value.isdigit():
            assert 3 <= len(value) <= 7 and _series_owners(value), (page.layout, value)


def test_identifier_strings_are_labelled_wherever_printed(pages: tuple[BlindPage, ...]) -> None:
    """A vessel identifier that is labelled once on a page is labelled wherever it recurs."""
    for page in pages:
        covered = [(s.start, s.end) for s in page.spans]
        for _, _span, value in _spans((page,), "IMO", "MMSI", "IRCS"):
            for match in re.finditer(
                rf"(?<![A-Za-z0-9]){re.escape(value)}(?![A-Za-z0-9])", page.text
            ):
                assert any(a <= match.start() and match.end() <= b for a, b in covered), (
                    page.layout,
                    value,
                )


def test_codes_and_names_from_the_reference_lists(pages: tuple[BlindPage, ...]) -> None:
    fao = {r["code"] for r in _rows("fao_areas.csv")}
    species_words = {code.lower() for code in species()} | {
        name.lower() for names in species().values() for name in names
    }
    countries = _country_words()
    for page, span, value in _spans(
        pages,
        "FAO_AREA_CODE",
        "SPECIES_NAME",
        "FLAG",
        "FLAG_CHANGE",
        "COUNTRY_CODE",
        "BUILD_COUNTRY",
        "RFMO_CODE",
    ):
        where = (page.layout, span.label, value)
        if span.label == "FAO_AREA_CODE":
            assert value in fao, where
        elif span.label == "SPECIES_NAME":
            assert value.lower() in species_words, where
        elif span.label == "RFMO_CODE":
            assert value in {"IOTC", "ICCAT", "WCPFC", "IATTC", "SPRFMO", "CCSBT", "NPFC"}, where
        elif span.label == "BUILD_COUNTRY":
            assert value.title() in BUILD_COUNTRIES, where
        else:
            assert value.lower() in countries, where


def test_values_have_the_form_of_their_label(pages: tuple[BlindPage, ...]) -> None:
    next_year = datetime.date.today().year + 1
    for page, span, value in _spans(pages, "METRIC_VALUE", "BUILD_YEAR", "START_DATE", "END_DATE"):
        where = (page.layout, span.label, value)
        if span.label == "METRIC_VALUE":
            assert re.fullmatch(r"\d[\d.,\u202f]*", value) and value[-1].isdigit(), where
        elif span.label == "BUILD_YEAR":
            assert 1850 <= int(value) <= next_year, where
        else:
            assert re.search(r"\d", value) and re.search(r"(19|20)\d\d", value), where


# --- determinism and arguments ------------------------------------------------------------------


def test_deterministic_and_seed_sensitive(fleet_kind: str) -> None:
    fleet = list(_fleet(fleet_kind))
    again = generate_blind_pages(fleet, PAGES, seed=0)
    assert tuple(again) == _pages(fleet_kind)
    other = generate_blind_pages(fleet, PAGES, seed=1)
    assert [p.text for p in other] != [p.text for p in again]


def test_layout_subset_keeps_layout_order(fleet_kind: str) -> None:
    chosen = [LAYOUTS[5], LAYOUTS[2]]
    subset = generate_blind_pages(list(_fleet(fleet_kind)), PAGES, layouts=chosen)
    assert [p.layout for p in subset] == [LAYOUTS[2]] * PAGES + [LAYOUTS[5]] * PAGES
    full = [p for p in _pages(fleet_kind) if p.layout in chosen]
    assert subset == full


def test_unknown_layouts_are_refused_by_name(fleet_kind: str) -> None:
    with pytest.raises(ValueError, match="no_such_layout"):
        generate_blind_pages(list(_fleet(fleet_kind)), 2, layouts=[LAYOUTS[0], "no_such_layout"])


def test_empty_vessel_list_is_refused() -> None:
    with pytest.raises(ValueError):
        generate_blind_pages([], 2)


def test_a_single_bare_vessel_is_enough() -> None:
    bare = [Vessel("LONE STAR", None, None, None, None, None, None, None, None, None, None)]
    pages = generate_blind_pages(bare, 3)
    assert len(pages) == 3 * len(LAYOUTS)
    assert not _spans(tuple(pages), "IMO", "MMSI", "IRCS", "FLAG")


def test_synthetic_fallback_without_the_vessel_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "no_vessels_here"
    expected = synthetic_fleet(SYNTHETIC_FLEET_SIZE)
    assert load_vessels(missing) == expected
    monkeypatch.setenv("OCEANID_VESSELS_DIR", str(missing))
    fallback = load_vessels()
    assert fallback == expected
    assert generate_blind_pages(fallback, 3) == list(_pages("synthetic", 0, 3))


_DIGEST = """
import hashlib, sys
sys.path.insert(0, {root!r})
from oceanid_dev.demo.vessels import SYNTHETIC_FLEET_SIZE, load_vessels, synthetic_fleet
from tests.blind_layouts_w import generate_blind_pages
fleet = load_vessels() if {kind!r} == "real" else synthetic_fleet(SYNTHETIC_FLEET_SIZE)
pages = generate_blind_pages(fleet, 6, seed=3)
print(hashlib.sha256(repr(pages).encode()).hexdigest())
"""


def test_independent_of_pythonhashseed(fleet_kind: str) -> None:
    script = _DIGEST.format(root=str(ROOT), kind=fleet_kind)
    digests = set()
    for hashseed in ("0", "1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": hashseed}
        out = subprocess.run(
            [sys.executable, "-c", script],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        digests.add(out.stdout.strip())
    assert len(digests) == 1
    local = generate_blind_pages(list(_fleet(fleet_kind)), 6, seed=3)
    assert hashlib.sha256(repr(local).encode()).hexdigest() in digests
