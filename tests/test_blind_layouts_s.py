"""Gold data checks for blind set S (tests/blind_layouts_s): the pages and spans themselves only.

No extractor runs here; these tests check that the held-out pages are well formed and that their
identifiers are the kind a careful annotator would accept.
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
from tests.blind_layouts_s import LAYOUTS, BlindPage, GoldSpan, doc_uuid, generate_blind_pages
from tests.blind_layouts_s._common import known_country_texts

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "oceanid_assets" / "reference"
PAGES_PER_LAYOUT = 20
RFMOS = {"CCSBT", "ICCAT", "IATTC", "IOTC", "NPFC", "SPRFMO", "CCAMLR", "WCPFC", "SIOFA"}
IDENTIFIERS = {"IMO", "MMSI", "IRCS"}


def _rows(name: str) -> list[dict[str, str]]:
    with (REFERENCE / name).open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


@cache
def _mids() -> dict[str, str]:
    return {row["mid"]: row["iso3"] for row in _rows("mmsi_mids.csv")}


@cache
def _iso3_parent() -> dict[str, str]:
    out: dict[str, str] = {}
    for row in _rows("mmsi_mids.csv"):
        out.setdefault(row["iso3"], row["name"].split(" - ")[0].strip())
    return out


@cache
def _series() -> tuple[tuple[str, str, str], ...]:
    out = []
    for row in _rows("itu_call_sign_series.csv"):
        first, last = (part.strip() for part in row["Series"].split("-"))
        out.append((first, last, row["Allocated to"].split(" - ")[0].strip()))
    return tuple(out)


def _series_owners(call_sign: str) -> set[str]:
    head = call_sign[:3]
    return {owner for first, last, owner in _series() if first <= head <= last}


@cache
def _species_forms() -> frozenset[str]:
    forms: set[str] = set()
    for name in (
        "asfis_species_curated.csv",
        "asfis_species_es_fr.csv",
        "asfis_species.head300.csv",
    ):
        for row in _rows(name):
            forms.update(value.upper() for key, value in row.items() if value)
    return frozenset(forms)


@cache
def _fao_codes() -> frozenset[str]:
    return frozenset(row["code"] for row in _rows("fao_areas.csv"))


def _flag_of(vessel: Vessel) -> str | None:
    if vessel.flag:
        return vessel.flag
    if vessel.mmsi and vessel.mmsi[:3] in _mids():
        return _mids()[vessel.mmsi[:3]]
    return None


FLEETS = {
    "default": load_vessels,
    "synthetic": lambda: synthetic_fleet(SYNTHETIC_FLEET_SIZE),
}


@pytest.fixture(scope="module", params=sorted(FLEETS))
def fleet_pages(request: pytest.FixtureRequest) -> tuple[list[Vessel], list[BlindPage]]:
    vessels = FLEETS[request.param]()
    return vessels, generate_blind_pages(vessels, pages_per_layout=PAGES_PER_LAYOUT, seed=0)


def _value(page: BlindPage, span: GoldSpan) -> str:
    return page.text[span.start : span.end]


def _by_layout(pages: list[BlindPage]) -> dict[str, list[BlindPage]]:
    out: dict[str, list[BlindPage]] = defaultdict(list)
    for page in pages:
        out[page.layout].append(page)
    return out


# --- layouts, counts, numbering -----------------------------------------------------------------


def test_layout_names_and_order(fleet_pages: tuple[list[Vessel], list[BlindPage]]) -> None:
    _, pages = fleet_pages
    assert len(LAYOUTS) == 8 and len(set(LAYOUTS)) == 8
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", name) for name in LAYOUTS)
    order = list(dict.fromkeys(page.layout for page in pages))
    assert order == list(LAYOUTS)


@pytest.mark.parametrize("count", [1, 3, 7, 20])
def test_exact_page_counts(count: int) -> None:
    pages = generate_blind_pages(
        synthetic_fleet(SYNTHETIC_FLEET_SIZE), pages_per_layout=count, seed=3
    )
    assert Counter(page.layout for page in pages) == dict.fromkeys(LAYOUTS, count)


def test_documents_numbered_and_ids(fleet_pages: tuple[list[Vessel], list[BlindPage]]) -> None:
    _, pages = fleet_pages
    for layout, group in _by_layout(pages).items():
        docs: dict[str, list[int]] = defaultdict(list)
        order: list[str] = []
        for page in group:
            if page.doc_id not in docs:
                order.append(page.doc_id)
            docs[page.doc_id].append(page.page_num)
        for index, doc_id in enumerate(order):
            numbers = docs[doc_id]
            assert numbers == list(range(1, len(numbers) + 1))
            assert 1 <= len(numbers) <= 3
            parsed = uuid.UUID(doc_id)
            assert parsed.version == 7 and parsed.variant == uuid.RFC_4122
            assert doc_id == doc_uuid(f"blind-s:0:{layout}:{index}")
        # pages of one document are contiguous
        assert [p.doc_id for p in group] == [d for d in order for _ in docs[d]]
    assert len({p.doc_id for p in pages}) == len({(p.layout, p.doc_id) for p in pages})


def test_doc_uuid_is_sha256_of_key() -> None:
    key = "blind-s:0:pi_blue_card:4"
    raw = bytearray(hashlib.sha256(key.encode()).digest()[:16])
    raw[6] = (raw[6] & 0x0F) | 0x70
    raw[8] = (raw[8] & 0x3F) | 0x80
    assert doc_uuid(key) == str(uuid.UUID(bytes=bytes(raw)))


def test_page_lengths(fleet_pages: tuple[list[Vessel], list[BlindPage]]) -> None:
    _, pages = fleet_pages
    lengths = [len(page.text) for page in pages]
    assert all(700 <= n <= 3000 for n in lengths), [n for n in lengths if not 700 <= n <= 3000]
    assert sum(n > 800 for n in lengths) >= 0.8 * len(lengths)


# --- spans --------------------------------------------------------------------------------------


def test_spans_tight_sorted_in_labelset(fleet_pages: tuple[list[Vessel], list[BlindPage]]) -> None:
    _, pages = fleet_pages
    for page in pages:
        previous_end = 0
        for span in page.spans:
            assert span.label in LABELS
            assert 0 <= span.start < span.end <= len(page.text)
            assert span.start >= previous_end, (page.layout, span)
            previous_end = span.end
            value = _value(page, span)
            assert value == value.strip(), (page.layout, span.label, value)
            assert value[0] not in ",;:" and value[-1] not in ",;:", (page.layout, value)
            assert "\n" not in value


def test_imo_check_digits(fleet_pages: tuple[list[Vessel], list[BlindPage]]) -> None:
    _, pages = fleet_pages
    seen = 0
    for page in pages:
        for span in page.spans:
            value = _value(page, span)
            if span.label == "IMO" or (span.label == "ID_CHANGE" and re.fullmatch(r"\d{7}", value)):
                assert imo_check_ok(value), value
                seen += 1
    assert seen > 0


def test_mmsi_mids(fleet_pages: tuple[list[Vessel], list[BlindPage]]) -> None:
    _, pages = fleet_pages
    seen = 0
    for page in pages:
        for span in page.spans:
            value = _value(page, span)
            if span.label == "MMSI" or (
                span.label == "ID_CHANGE" and re.fullmatch(r"\d{9}", value)
            ):
                assert re.fullmatch(r"\d{9}", value) and value[:3] in _mids(), value
                seen += 1
    assert seen > 0


def test_call_signs_in_flag_series(fleet_pages: tuple[list[Vessel], list[BlindPage]]) -> None:
    vessels, pages = fleet_pages
    flags: dict[str, set[str]] = defaultdict(set)
    for vessel in vessels:
        flag = _flag_of(vessel)
        if vessel.ircs and flag:
            flags[vessel.ircs].add(_iso3_parent().get(flag, "?"))
    seen = 0
    for page in pages:
        for span in page.spans:
            value = _value(page, span)
            if span.label == "IRCS":
                assert re.fullmatch(r"[A-Z0-9]{3,7}", value), value
                assert _series_owners(value) & flags[value], value
                seen += 1
            elif span.label == "ID_CHANGE" and not value.isdigit():
                assert re.fullmatch(r"[A-Z0-9]{3,7}", value) and _series_owners(value), value
    assert seen > 0


def test_codes_and_names_from_reference_lists(
    fleet_pages: tuple[list[Vessel], list[BlindPage]],
) -> None:
    vessels, pages = fleet_pages
    countries = {text.upper() for text in known_country_texts()}
    names = {v.name.upper() for v in vessels}
    former = {v.former_name.upper() for v in vessels if v.former_name}
    for page in pages:
        for span in page.spans:
            value = _value(page, span)
            if span.label == "FAO_AREA_CODE":
                assert value in _fao_codes(), value
            elif span.label == "SPECIES_NAME":
                assert value.upper() in _species_forms(), value
            elif span.label in {"FLAG", "COUNTRY_CODE", "HOME_PORT_STATE"}:
                assert value.upper() in countries, (span.label, value)
            elif span.label == "RFMO_CODE":
                assert value in RFMOS
            elif span.label == "VESSEL_NAME":
                assert value.upper() in names, value
            elif span.label == "NAME_CHANGE":
                assert value.upper() in former, value
            elif span.label == "METRIC_VALUE":
                assert re.fullmatch(r"\d+(\.\d+)?", value), value
            elif span.label == "BUILD_YEAR":
                assert 1850 <= int(value) <= 2031
            elif span.label in {"START_DATE", "END_DATE"}:
                assert re.search(r"\d", value), value
            elif span.label == "PORT_ID":
                assert re.fullmatch(r"[A-Z]{5}", value), value


def test_every_layout_carries_identifiers_and_a_mix(
    fleet_pages: tuple[list[Vessel], list[BlindPage]],
) -> None:
    _, pages = fleet_pages
    for layout, group in _by_layout(pages).items():
        labels = Counter(span.label for page in group for span in page.spans)
        assert IDENTIFIERS & set(labels), layout
        assert labels["VESSEL_NAME"] > 0, layout
        assert len(labels) >= 6, (layout, labels)
        assert sum(1 for page in group if page.spans) == len(group), layout


def test_mainframe_pages_fit_eighty_columns(
    fleet_pages: tuple[list[Vessel], list[BlindPage]],
) -> None:
    _, pages = fleet_pages
    for page in pages:
        if page.layout == "mainframe_register":
            body = page.text.splitlines()
            assert all(len(line) <= 80 for line in body), [line for line in body if len(line) > 80]
            assert page.text == page.text.upper()


# --- determinism and arguments ----------------------------------------------------------------


def test_deterministic_and_seeded() -> None:
    fleet = synthetic_fleet(SYNTHETIC_FLEET_SIZE)
    first = generate_blind_pages(fleet, pages_per_layout=5, seed=7)
    again = generate_blind_pages(fleet, pages_per_layout=5, seed=7)
    other = generate_blind_pages(fleet, pages_per_layout=5, seed=8)
    assert first == again
    assert [p.text for p in first] != [p.text for p in other]


def test_layout_subset_in_canonical_order() -> None:
    fleet = synthetic_fleet(SYNTHETIC_FLEET_SIZE)
    chosen = [LAYOUTS[6], LAYOUTS[1]]
    pages = generate_blind_pages(fleet, pages_per_layout=4, seed=0, layouts=chosen)
    assert list(dict.fromkeys(p.layout for p in pages)) == [LAYOUTS[1], LAYOUTS[6]]
    full = generate_blind_pages(fleet, pages_per_layout=4, seed=0)
    assert [p for p in full if p.layout in chosen] == pages


def test_refuses_unknown_layouts_and_empty_fleet() -> None:
    fleet = synthetic_fleet(SYNTHETIC_FLEET_SIZE)
    with pytest.raises(ValueError, match="no_such_layout"):
        generate_blind_pages(fleet, layouts=[LAYOUTS[0], "no_such_layout"])
    with pytest.raises(ValueError):
        generate_blind_pages([], pages_per_layout=2)


def test_synthetic_fallback_without_vessel_folder(tmp_path: Path) -> None:
    vessels = load_vessels(tmp_path / "missing")
    assert vessels == synthetic_fleet(SYNTHETIC_FLEET_SIZE)
    pages = generate_blind_pages(vessels, pages_per_layout=3, seed=0)
    assert len(pages) == 3 * len(LAYOUTS)


_DIGEST = (
    "import hashlib;"
    "from oceanid_dev.demo.vessels import synthetic_fleet, SYNTHETIC_FLEET_SIZE;"
    "from tests.blind_layouts_s import generate_blind_pages;"
    "pages = generate_blind_pages(synthetic_fleet(SYNTHETIC_FLEET_SIZE), pages_per_layout=4, "
    "seed=2);"
    "print(hashlib.sha256(repr(pages).encode()).hexdigest())"
)


def test_independent_of_pythonhashseed(tmp_path: Path) -> None:
    digests = set()
    for hash_seed in ("0", "4242"):
        env = {
            **os.environ,
            "PYTHONHASHSEED": hash_seed,
            "PYTHONPATH": str(ROOT),
            "OCEANID_VESSELS_DIR": str(tmp_path / "none"),
        }
        result = subprocess.run(
            [sys.executable, "-c", _DIGEST],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        digests.add(result.stdout.strip())
    assert len(digests) == 1
