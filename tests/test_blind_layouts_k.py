"""Blind set K: the gold data itself (never an extractor). Runs on the default fleet (real lists
when ../shared/data/vessels is present, else load_vessels' synthetic fallback) and on the
synthetic fleet, so CI without vessel data exercises the same checks."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import os
import re
import subprocess
import sys
import uuid
from collections import defaultdict
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
from tests.blind_layouts_k import LAYOUTS, BlindPage, GoldSpan, generate_blind_pages

EXPECTED_LAYOUTS = (
    "builders_certificate",
    "bunker_delivery_note",
    "port_clearance",
    "detention_order",
    "registry_search_results",
    "supplier_vessel_list",
    "encyclopedia_article",
    "logbook_daily_page",
)
IDENTIFIERS = {"IMO", "MMSI", "IRCS"}
REFERENCE = Path(oceanid_assets.__file__).parent / "reference"
REPO = Path(__file__).resolve().parents[1]


def _rows(name: str) -> list[dict[str, str]]:
    with (REFERENCE / name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@cache
def _mids() -> frozenset[str]:
    return frozenset(row["mid"] for row in _rows("mmsi_mids.csv"))


@cache
def _series() -> tuple[tuple[str, str], ...]:
    found = []
    for row in _rows("itu_call_sign_series.csv"):
        first, _, last = row["Series"].partition("-")
        found.append((first.strip(), last.strip()))
    return tuple(found)


def in_itu_series(call_sign: str) -> bool:
    """A whole two-character block ('BZA - BZZ') takes any third character (ships' call signs
    may be two characters and four digits); a partial block needs a third letter in range."""
    if not re.fullmatch(r"[A-Z0-9]{3,7}", call_sign):
        return False
    for first, last in _series():
        if first[:2] != call_sign[:2]:
            continue
        if first[2] == "A" and last[2] == "Z":
            return True
        if call_sign[2].isalpha() and first[2] <= call_sign[2] <= last[2]:
            return True
    return False


@cache
def _fao_codes() -> frozenset[str]:
    return frozenset(row["code"] for row in _rows("fao_areas.csv"))


@cache
def _fleet(kind: str) -> tuple[Vessel, ...]:
    if kind == "synthetic":
        return tuple(synthetic_fleet(SYNTHETIC_FLEET_SIZE))
    return tuple(load_vessels())


@cache
def _pages(kind: str, seed: int = 0) -> tuple[BlindPage, ...]:
    return tuple(generate_blind_pages(list(_fleet(kind)), seed=seed))


FLEETS = pytest.mark.parametrize("kind", ["default", "synthetic"])


def _by_layout(pages: tuple[BlindPage, ...]) -> dict[str, list[BlindPage]]:
    grouped: dict[str, list[BlindPage]] = defaultdict(list)
    for page in pages:
        grouped[page.layout].append(page)
    return grouped


def _values(page: BlindPage, label: str) -> list[str]:
    return [page.text[s.start : s.end] for s in page.spans if s.label == label]


def test_missing_vessel_lists_fall_back_to_the_synthetic_fleet(tmp_path: Path) -> None:
    assert load_vessels(tmp_path / "no-such-folder") == synthetic_fleet(SYNTHETIC_FLEET_SIZE)


def test_the_eight_layouts() -> None:
    assert LAYOUTS == EXPECTED_LAYOUTS


@FLEETS
def test_each_layout_has_the_pages_asked_for(kind: str) -> None:
    grouped = _by_layout(_pages(kind))
    assert {name: len(pages) for name, pages in grouped.items()} == dict.fromkeys(LAYOUTS, 20)
    fleet = list(_fleet(kind))
    for count in (1, 7):
        pages = generate_blind_pages(fleet, pages_per_layout=count, layouts=["port_clearance"])
        assert len(pages) == count and {p.layout for p in pages} == {"port_clearance"}


@FLEETS
def test_documents_are_numbered_from_one_with_uuid7_ids(kind: str) -> None:
    documents: dict[str, list[BlindPage]] = defaultdict(list)
    for page in _pages(kind):
        documents[page.doc_id].append(page)
    assert len(documents) >= 8 * 20 // 3
    for doc_id, pages in documents.items():
        parsed = uuid.UUID(doc_id)
        assert str(parsed) == doc_id and parsed.version == 7
        assert parsed.variant == uuid.RFC_4122
        assert [p.page_num for p in pages] == list(range(1, len(pages) + 1))
        assert len(pages) <= 3 and len({p.layout for p in pages}) == 1


@FLEETS
def test_spans_are_inside_tight_ordered_and_labelled_from_v1(kind: str) -> None:
    for page in _pages(kind):
        assert isinstance(page.spans, tuple)
        end = 0
        for span in page.spans:
            assert isinstance(span, GoldSpan)
            assert span.label in LABELS
            assert end <= span.start < span.end <= len(page.text), (page.layout, span)
            value = page.text[span.start : span.end]
            assert value == value.strip() and value, (page.layout, span)
            end = span.end


@FLEETS
def test_pages_are_realistic_in_length(kind: str) -> None:
    for page in _pages(kind):
        assert 800 <= len(page.text) <= 3000, (page.layout, page.page_num, len(page.text))


@FLEETS
def test_identifiers_pass_their_checks(kind: str) -> None:
    counts: dict[str, int] = defaultdict(int)
    for page in _pages(kind):
        for imo in _values(page, "IMO"):
            assert re.fullmatch(r"\d{7}", imo) and imo_check_ok(imo), imo
            counts["IMO"] += 1
        for mmsi in _values(page, "MMSI"):
            assert re.fullmatch(r"\d{9}", mmsi) and mmsi[:3] in _mids(), mmsi
            counts["MMSI"] += 1
        for call_sign in _values(page, "IRCS"):
            assert in_itu_series(call_sign), call_sign
            counts["IRCS"] += 1
        for old in _values(page, "ID_CHANGE"):
            assert (old[:3] in _mids()) if old.isdigit() else in_itu_series(old), old
    assert min(counts[label] for label in IDENTIFIERS) >= 10, counts


@FLEETS
def test_other_values_follow_their_rules(kind: str) -> None:
    next_year = dt.date.today().year + 1
    for page in _pages(kind):
        for code in _values(page, "FAO_AREA_CODE"):
            assert code in _fao_codes(), code
        for value in _values(page, "METRIC_VALUE"):
            assert re.fullmatch(r"\d+(\.\d+)?", value), value
        for year in _values(page, "BUILD_YEAR"):
            assert 1850 <= int(year) <= next_year, year
        for cfr in _values(page, "EU_CFR"):
            assert re.fullmatch(r"[A-Z]{3}\d{9}", cfr), cfr


@FLEETS
def test_every_layout_carries_identifiers_and_a_mix_of_labels(kind: str) -> None:
    for layout, pages in _by_layout(_pages(kind)).items():
        labels = {span.label for page in pages for span in page.spans}
        assert labels & IDENTIFIERS, layout
        assert len(labels) >= 7, (layout, sorted(labels))
        assert all(_values(page, "VESSEL_NAME") for page in pages), layout


@FLEETS
def test_hard_negatives_stay_unlabelled(kind: str) -> None:
    """Seal numbers, deficiency codes and company numbers look like identifiers; none is one."""
    seals = 0
    for page in _pages(kind):
        labelled = {(s.start, s.end) for s in page.spans}
        for match in re.finditer(r"(?:[Ss]eal No\.:?|Precinto [^:\n]+:)\s*(\d{7})", page.text):
            assert match.span(1) not in labelled, match.group(0)
            seals += 1
    assert seals >= 20
    labels = {s.label for p in _pages(kind) if p.layout == "detention_order" for s in p.spans}
    assert "REG_NO" in labels  # the ISM company's IMO number is not a ship's IMO number


def test_malformed_identifiers_give_placeholders() -> None:
    odd = Vessel(
        name="KAPITAN TESTOV",
        imo="1234568",  # wrong check digit
        mmsi="999123456",  # no such MID
        ircs="YYKQ",  # a Venezuelan series, not China's
        flag="CHN",
        gross_tonnage=None,
        length_m=None,
        build_year=None,
        owner=None,
        port=None,
        gear=None,
    )
    pages = generate_blind_pages([odd], pages_per_layout=4)
    assert len(pages) == 4 * len(LAYOUTS)
    for page in pages:
        for value in ("1234568", "999123456", "YYKQ"):
            assert value not in page.text, (page.layout, value)
        assert not {s.label for s in page.spans} & IDENTIFIERS, page.layout


def test_deterministic_for_a_fleet_and_seed() -> None:
    fleet = list(_fleet("synthetic"))
    assert generate_blind_pages(fleet, seed=3) == generate_blind_pages(fleet, seed=3)
    assert list(_pages("synthetic")) == generate_blind_pages(fleet)
    other = generate_blind_pages(fleet, seed=4)
    assert [p.text for p in other] != [p.text for p in _pages("synthetic")]
    assert {p.doc_id for p in other}.isdisjoint({p.doc_id for p in _pages("synthetic")})


def test_a_layout_alone_gives_the_same_pages_as_in_the_full_set() -> None:
    fleet = list(_fleet("synthetic"))
    alone = generate_blind_pages(fleet, layouts=["encyclopedia_article"])
    assert alone == [p for p in _pages("synthetic") if p.layout == "encyclopedia_article"]


def test_unknown_layouts_and_empty_fleets_are_refused() -> None:
    fleet = list(_fleet("synthetic"))
    with pytest.raises(ValueError, match=r"crew_list.*tide_table"):
        generate_blind_pages(fleet, layouts=["port_clearance", "crew_list", "tide_table"])
    with pytest.raises(ValueError):
        generate_blind_pages([])


_DIGEST = """
from oceanid_dev.demo.vessels import synthetic_fleet
from tests.blind_layouts_k import generate_blind_pages
import hashlib
pages = generate_blind_pages(synthetic_fleet(60), pages_per_layout=6, seed=5)
print(hashlib.sha256(repr(pages).encode()).hexdigest())
"""


def test_independent_of_pythonhashseed() -> None:
    digests = set()
    for hash_seed in ("1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        done = subprocess.run(
            [sys.executable, "-c", _DIGEST],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        digests.add(done.stdout.strip())
    here = generate_blind_pages(synthetic_fleet(60), pages_per_layout=6, seed=5)
    assert digests == {hashlib.sha256(repr(here).encode()).hexdigest()}
