"""Blind evaluation set P: the gold data only (shape, offsets, labels, identifier checks,
determinism). No extractor is run here; see tests/blind_layouts_p/README.md."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import subprocess
import sys
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import date
from functools import cache
from pathlib import Path

import pytest

import oceanid_assets
from oceanid_assets.labelset import LABELS
from oceanid_dev.demo.vessels import (
    SYNTHETIC_FLEET_SIZE,
    Vessel,
    imo_check_ok,
    load_vessels,
    synthetic_fleet,
)
from tests.blind_layouts_p import LAYOUTS, BlindPage, GoldSpan, generate_blind_pages

EXPECTED_LAYOUTS = (
    "vessel_track_csv",
    "iuu_list_proposal",
    "capacity_transfer_notice",
    "fishing_licence_card",
    "annual_compliance_table",
    "recycling_certificate",
    "news_wire_brief",
    "manager_fleet_list",
)
PER_LAYOUT = 20
REFERENCE = Path(oceanid_assets.__file__).parent / "reference"
ROOT = Path(__file__).resolve().parents[1]
IDENTIFIERS = {"IMO", "MMSI", "IRCS"}

# The default fleet is whatever load_vessels() gives: the real lists where they exist, else
# (as in CI) its synthetic fallback. The synthetic fleet is always run as well.
FLEETS: dict[str, Callable[[], list[Vessel]]] = {
    "default": load_vessels,
    "synthetic": lambda: synthetic_fleet(SYNTHETIC_FLEET_SIZE),
}


@pytest.fixture(scope="module", params=sorted(FLEETS))
def fleet_vessels(request: pytest.FixtureRequest) -> list[Vessel]:
    return FLEETS[request.param]()


@pytest.fixture(scope="module")
def pages(fleet_vessels: list[Vessel]) -> list[BlindPage]:
    return generate_blind_pages(fleet_vessels, pages_per_layout=PER_LAYOUT, seed=0)


# --- reference checks, read straight from the CSVs ---------------------------------------------


def _csv(name: str) -> list[dict[str, str]]:
    with (REFERENCE / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@cache
def _mids() -> frozenset[str]:
    return frozenset(row["mid"] for row in _csv("mmsi_mids.csv"))


@cache
def _series() -> tuple[tuple[str, str], ...]:
    rows = []
    for row in _csv("itu_call_sign_series.csv"):
        lo, _, hi = row["Series"].partition("-")
        rows.append((lo.strip(), hi.strip()))
    return tuple(rows)


_ORDER = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def in_itu_series(call_sign: str) -> bool:
    """The first characters fall in an Appendix 42 series; a digit third character needs the
    whole two-character block (XXA - XXZ) to be allocated."""
    if not re.fullmatch(r"[A-Z0-9]{3,7}", call_sign):
        return False
    for lo, hi in _series():
        if lo[:2] != call_sign[:2]:
            continue
        third = call_sign[2]
        if third.isdigit():
            if lo[2] == "A" and hi[2] == "Z":
                return True
        elif _ORDER.index(lo[2]) <= _ORDER.index(third) <= _ORDER.index(hi[2]):
            return True
    return False


@cache
def _fao_codes() -> frozenset[str]:
    return frozenset(row["code"] for row in _csv("fao_areas.csv"))


@cache
def _species() -> frozenset[str]:
    names: set[str] = set()
    for name in ("asfis_species.head300.csv", "asfis_species_curated.csv"):
        for row in _csv(name):
            names.update((row["code"], row["name_en"].lower()))
    for row in _csv("asfis_species_es_fr.csv"):
        names.update((row["name_es"].lower(), row["name_fr"].lower()))
    return frozenset(names)


def _values(pages: list[BlindPage], label: str) -> list[str]:
    return [p.text[s.start : s.end] for p in pages for s in p.spans if s.label == label]


# --- shape --------------------------------------------------------------------------------------


def test_the_eight_layouts_are_named_in_order() -> None:
    assert LAYOUTS == EXPECTED_LAYOUTS


def test_each_layout_has_the_pages_asked_for(pages: list[BlindPage]) -> None:
    assert Counter(p.layout for p in pages) == dict.fromkeys(EXPECTED_LAYOUTS, PER_LAYOUT)
    assert all(isinstance(p, BlindPage) and isinstance(p.text, str) for p in pages)


@pytest.mark.parametrize("count", [1, 2, 7])
def test_other_page_counts_are_exact(count: int) -> None:
    made = generate_blind_pages(synthetic_fleet(SYNTHETIC_FLEET_SIZE), pages_per_layout=count)
    assert Counter(p.layout for p in made) == dict.fromkeys(EXPECTED_LAYOUTS, count)


def test_documents_are_numbered_from_one_and_have_one_to_three_pages(
    pages: list[BlindPage],
) -> None:
    numbers: dict[str, list[int]] = defaultdict(list)
    layouts: dict[str, set[str]] = defaultdict(set)
    for page in pages:
        numbers[page.doc_id].append(page.page_num)
        layouts[page.doc_id].add(page.layout)
    for doc, found in numbers.items():
        assert found == list(range(1, len(found) + 1)), doc
        assert 1 <= len(found) <= 3
        assert len(layouts[doc]) == 1
        parsed = uuid.UUID(doc)
        assert parsed.version == 7 and parsed.variant == uuid.RFC_4122
    # Pages of one document are consecutive.
    order = [p.doc_id for p in pages]
    assert len({d for i, d in enumerate(order) if i == 0 or order[i - 1] != d}) == len(numbers)


def test_doc_ids_come_from_the_seed_layout_and_index() -> None:
    first = generate_blind_pages(synthetic_fleet(SYNTHETIC_FLEET_SIZE), 1, seed=5)[0]
    raw = bytearray(hashlib.sha256(b"blind-p:5:vessel_track_csv:0").digest()[:16])
    raw[6] = 0x70 | (raw[6] & 0x0F)
    raw[8] = 0x80 | (raw[8] & 0x3F)
    assert first.doc_id == str(uuid.UUID(bytes=bytes(raw)))


def test_pages_are_realistic_in_length(pages: list[BlindPage]) -> None:
    for page in pages:
        assert 700 <= len(page.text) <= 3000, (page.layout, len(page.text))


# --- spans --------------------------------------------------------------------------------------


def test_spans_are_inside_tight_ordered_and_labelled_from_v1(pages: list[BlindPage]) -> None:
    for page in pages:
        assert page.spans, (page.layout, page.doc_id)
        previous_end = 0
        for span in page.spans:
            assert isinstance(span, GoldSpan)
            assert span.label in LABELS
            assert previous_end <= span.start < span.end <= len(page.text)
            value = page.text[span.start : span.end]
            assert value == value.strip() and value, (page.layout, span)
            previous_end = span.end


def test_imo_spans_are_seven_digits_with_a_valid_check_digit(pages: list[BlindPage]) -> None:
    values = _values(pages, "IMO")
    assert values
    for value in values:
        assert re.fullmatch(r"\d{7}", value) and imo_check_ok(value), value


def test_mmsi_spans_start_with_a_known_mid(pages: list[BlindPage]) -> None:
    values = _values(pages, "MMSI")
    assert values
    for value in values:
        assert re.fullmatch(r"\d{9}", value) and value[:3] in _mids(), value


def test_call_signs_are_in_an_itu_series(pages: list[BlindPage]) -> None:
    values = _values(pages, "IRCS")
    assert values
    for value in values:
        assert in_itu_series(value), value


def test_former_identifiers_pass_the_same_checks(pages: list[BlindPage]) -> None:
    for value in _values(pages, "ID_CHANGE"):
        if value.isdigit():
            assert len(value) == 9 and value[:3] in _mids(), value
        else:
            assert in_itu_series(value), value


def test_codes_and_names_come_from_the_reference_lists(pages: list[BlindPage]) -> None:
    for value in _values(pages, "FAO_AREA_CODE"):
        assert value in _fao_codes(), value
    for value in _values(pages, "SPECIES_NAME"):
        assert value in _species() or value.lower() in _species(), value


def test_numbers_years_and_dates_look_like_their_kind(pages: list[BlindPage]) -> None:
    for value in _values(pages, "METRIC_VALUE"):
        assert re.fullmatch(r"\d{1,3}([ ,]?\d{3})*([.,]\d+)?", value), value
    for value in _values(pages, "BUILD_YEAR"):
        assert 1850 <= int(value) <= date.today().year + 1
    for label in ("START_DATE", "END_DATE"):
        for value in _values(pages, label):
            assert re.search(r"\d{4}", value), value
    for value in _values(pages, "EU_CFR"):
        assert re.fullmatch(r"[A-Z]{3}\d{9}", value), value


def test_every_layout_carries_identifiers_and_a_mix_of_labels(pages: list[BlindPage]) -> None:
    for layout in EXPECTED_LAYOUTS:
        mine = [p for p in pages if p.layout == layout]
        labels = {s.label for p in mine for s in p.spans}
        assert labels & IDENTIFIERS, layout
        assert len(labels) >= 5, (layout, sorted(labels))
        assert {"VESSEL_NAME"} <= labels, layout


# --- determinism and arguments ------------------------------------------------------------------


def test_the_same_vessels_and_seed_give_the_same_pages(fleet_vessels: list[Vessel]) -> None:
    once = generate_blind_pages(fleet_vessels, pages_per_layout=6, seed=11)
    again = generate_blind_pages(fleet_vessels, pages_per_layout=6, seed=11)
    assert once == again
    other = generate_blind_pages(fleet_vessels, pages_per_layout=6, seed=12)
    assert [p.text for p in once] != [p.text for p in other]
    assert {p.doc_id for p in once}.isdisjoint({p.doc_id for p in other})


def test_a_layout_alone_matches_its_pages_in_the_full_set(
    fleet_vessels: list[Vessel], pages: list[BlindPage]
) -> None:
    for layout in ("news_wire_brief", "fishing_licence_card"):
        alone = generate_blind_pages(fleet_vessels, PER_LAYOUT, seed=0, layouts=[layout])
        assert alone == [p for p in pages if p.layout == layout]


def test_unknown_layouts_are_refused_by_name() -> None:
    with pytest.raises(ValueError, match="no_such_layout"):
        generate_blind_pages(synthetic_fleet(5), layouts=["news_wire_brief", "no_such_layout"])


def test_an_empty_vessel_list_is_refused() -> None:
    with pytest.raises(ValueError):
        generate_blind_pages([])


def test_without_vessel_lists_load_vessels_falls_back_to_the_synthetic_fleet(
    tmp_path: Path,
) -> None:
    fallback = load_vessels(tmp_path)  # an empty folder, as in CI without ../shared
    assert fallback == synthetic_fleet(SYNTHETIC_FLEET_SIZE)
    made = generate_blind_pages(fallback, pages_per_layout=3)
    assert made == generate_blind_pages(synthetic_fleet(SYNTHETIC_FLEET_SIZE), 3)


_DIGEST = """
import hashlib, json
from oceanid_dev.demo.vessels import load_vessels, synthetic_fleet
from tests.blind_layouts_p import generate_blind_pages
out = {}
for name, fleet in (("default", load_vessels()), ("synthetic", synthetic_fleet(60))):
    pages = generate_blind_pages(fleet, pages_per_layout=4, seed=3)
    blob = json.dumps([[p.doc_id, p.page_num, p.layout, p.text,
                        [[s.start, s.end, s.label] for s in p.spans]] for p in pages])
    out[name] = hashlib.sha256(blob.encode()).hexdigest()
print(json.dumps(out))
"""


def test_pages_do_not_depend_on_pythonhashseed() -> None:
    digests = []
    for hash_seed in ("0", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        done = subprocess.run(
            [sys.executable, "-c", _DIGEST],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
            timeout=300,
        )
        digests.append(json.loads(done.stdout.strip().splitlines()[-1]))
    assert digests[0] == digests[1]
