"""Gold-data tests for blind set T (tests/blind_layouts_t): shape, determinism and label sanity.

These tests never run the extractor; they only check the pages and their gold spans."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
import uuid
from collections import Counter
from datetime import date
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
from tests.blind_layouts_t import (
    LAYOUTS,
    BlindPage,
    GoldSpan,
    doc_id_for,
    generate_blind_pages,
)
from tests.blind_layouts_t._common import (
    fao_codes,
    ident,
    ircs_ok,
    mid_table,
    mmsi_flag,
    species_vocabulary,
)
from tests.blind_layouts_t._vocab import COUNTRIES, FORMER_FLAGS, PORTS, RFMOS

EXPECTED_LAYOUTS = (
    "crew_questionnaire",
    "hsbi_boarding_report",
    "official_journal_permits",
    "register_book_page",
    "annual_report_fleet",
    "iuu_delisting_decision",
    "pre_arrival_webform",
    "survey_charter_plan",
)
PAGES = 20
SEED = 0
ROOT = Path(__file__).resolve().parents[1]


@cache
def _fleet(kind: str) -> tuple[Vessel, ...]:
    return tuple(load_vessels() if kind == "default" else synthetic_fleet(SYNTHETIC_FLEET_SIZE))


@cache
def _pages(kind: str, seed: int = SEED, per_layout: int = PAGES) -> tuple[BlindPage, ...]:
    return tuple(generate_blind_pages(list(_fleet(kind)), per_layout, seed))


FLEETS = pytest.mark.parametrize("kind", ["default", "synthetic"])


def _spans(page: BlindPage, *labels: str) -> list[str]:
    return [page.text[s.start : s.end] for s in page.spans if s.label in labels]


def _documents(pages: tuple[BlindPage, ...]) -> list[list[BlindPage]]:
    docs: list[list[BlindPage]] = []
    for page in pages:
        if docs and docs[-1][0].doc_id == page.doc_id:
            docs[-1].append(page)
        else:
            docs.append([page])
    return docs


def test_layout_names_and_order() -> None:
    assert LAYOUTS == EXPECTED_LAYOUTS
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", name) for name in LAYOUTS)


@FLEETS
@pytest.mark.parametrize("per_layout", [1, 7, PAGES])
def test_exact_page_counts_in_layout_order(kind: str, per_layout: int) -> None:
    pages = _pages(kind, SEED, per_layout)
    assert Counter(p.layout for p in pages) == {name: per_layout for name in LAYOUTS}
    order = [p.layout for p in pages]
    assert order == sorted(order, key=LAYOUTS.index)


@FLEETS
def test_document_numbering_and_ids(kind: str) -> None:
    pages = _pages(kind)
    seen: set[str] = set()
    for layout in LAYOUTS:
        docs = _documents(tuple(p for p in pages if p.layout == layout))
        for index, doc in enumerate(docs):
            assert [p.page_num for p in doc] == list(range(1, len(doc) + 1))
            assert 1 <= len(doc) <= 3
            doc_id = doc[0].doc_id
            assert doc_id == doc_id_for(f"blind-t:{SEED}:{layout}:{index}")
            parsed = uuid.UUID(doc_id)
            assert parsed.version == 7 and parsed.variant == uuid.RFC_4122
            expected = hashlib.sha256(f"blind-t:{SEED}:{layout}:{index}".encode()).digest()
            assert parsed.bytes[:6] == expected[:6] and parsed.bytes[9:] == expected[9:16]
            assert doc_id not in seen
            seen.add(doc_id)


@FLEETS
def test_page_lengths(kind: str) -> None:
    pages = _pages(kind)
    lengths = [len(p.text) for p in pages]
    assert all(700 <= n <= 3000 for n in lengths), (min(lengths), max(lengths))
    assert sum(n > 800 for n in lengths) >= 0.8 * len(lengths)
    for layout in LAYOUTS:
        assert any(len(p.text) > 800 for p in pages if p.layout == layout)


@FLEETS
def test_spans_tight_sorted_in_labelset(kind: str) -> None:
    for page in _pages(kind):
        previous_end = 0
        for span in page.spans:
            assert isinstance(span, GoldSpan)
            assert span.label in LABELS
            assert previous_end <= span.start < span.end <= len(page.text)
            value = page.text[span.start : span.end]
            assert value == value.strip() and "\n" not in value
            assert value[0] not in ",;:([" and value[-1] not in ",;:([", value
            previous_end = span.end


@FLEETS
def test_identifier_rules(kind: str) -> None:
    fleet = _fleet(kind)
    flags_by_call_sign: dict[str, set[str | None]] = {}
    for vessel in fleet:
        found = ident(vessel)
        if found.ircs:
            flags_by_call_sign.setdefault(found.ircs, set()).add(found.flag)
    for page in _pages(kind):
        for imo in _spans(page, "IMO"):
            assert imo_check_ok(imo), imo
        for mmsi in _spans(page, "MMSI"):
            assert re.fullmatch(r"\d{9}", mmsi) and mmsi[:3] in mid_table(), mmsi
        for call_sign in _spans(page, "IRCS"):
            flags = flags_by_call_sign.get(call_sign)
            assert flags, f"{call_sign} is not a call sign of the fleet"
            assert any(ircs_ok(call_sign, flag) for flag in flags), call_sign
        for former in _spans(page, "ID_CHANGE"):
            if former.isdigit():
                assert len(former) == 9 and mmsi_flag(former) in FORMER_FLAGS, former
            else:
                assert any(ircs_ok(former, flag) for flag in FORMER_FLAGS), former


@FLEETS
def test_values_from_reference_lists(kind: str) -> None:
    names = {v.name for v in _fleet(kind)}
    countries = {code for code in COUNTRIES} | {
        word.lower() for names_ in COUNTRIES.values() for word in names_
    }
    rfmos = {code for code, _, _ in RFMOS}
    locodes = {code for code, _, _ in PORTS}
    species = species_vocabulary()
    areas = fao_codes()
    next_year = date.today().year + 1
    for page in _pages(kind):
        for name in _spans(page, "VESSEL_NAME"):
            assert name in names, name
        for word in _spans(page, "FLAG", "FLAG_CHANGE", "COUNTRY_CODE", "BUILD_COUNTRY"):
            assert word in countries or word.lower() in countries, word
        for word in _spans(page, "SPECIES_NAME"):
            assert word.lower() in species, word
        for code in _spans(page, "FAO_AREA_CODE"):
            assert code in areas, code
        for code in _spans(page, "RFMO_CODE"):
            assert code in rfmos, code
        for code in _spans(page, "PORT_ID"):
            assert code in locodes, code
        for value in _spans(page, "METRIC_VALUE"):
            assert re.fullmatch(r"\d{1,3}([ ,.]\d{3})*([.,]\d+)?|\d+([.,]\d+)?", value), value
        for year in _spans(page, "BUILD_YEAR"):
            assert year.isdigit() and 1850 <= int(year) <= next_year, year
        for value in _spans(page, "START_DATE", "END_DATE"):
            assert re.search(r"\d", value), value


@FLEETS
def test_every_layout_carries_identifiers_and_a_mix_of_labels(kind: str) -> None:
    pages = _pages(kind)
    for layout in LAYOUTS:
        labels = Counter(s.label for p in pages if p.layout == layout for s in p.spans)
        assert labels["VESSEL_NAME"] > 0, layout
        assert labels["IMO"] + labels["MMSI"] + labels["IRCS"] > 0, layout
        assert len(labels) >= 10, (layout, labels)
    all_labels = {s.label for p in pages for s in p.spans}
    assert len(all_labels) >= 30, sorted(set(LABELS) - all_labels)


@FLEETS
def test_deterministic(kind: str) -> None:
    first = generate_blind_pages(list(_fleet(kind)), 5, 3)
    again = generate_blind_pages(list(_fleet(kind)), 5, 3)
    assert first == again
    assert first != generate_blind_pages(list(_fleet(kind)), 5, 4)


def test_layout_subset_keeps_layouts_order() -> None:
    fleet = list(_fleet("synthetic"))
    pages = generate_blind_pages(fleet, 4, 0, ["survey_charter_plan", "crew_questionnaire"])
    assert [p.layout for p in pages] == ["crew_questionnaire"] * 4 + ["survey_charter_plan"] * 4
    full = [p for p in _pages("synthetic", 0, 4) if p.layout == "survey_charter_plan"]
    assert pages[4:] == full


def test_refuses_unknown_layouts_and_empty_fleets() -> None:
    with pytest.raises(ValueError, match="no_such_layout"):
        generate_blind_pages(
            list(_fleet("synthetic")), 2, 0, ["crew_questionnaire", "no_such_layout"]
        )
    with pytest.raises(ValueError):
        generate_blind_pages([], 2, 0)


def test_synthetic_fallback_without_vessel_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OCEANID_VESSELS_DIR", str(tmp_path / "missing"))
    fleet = load_vessels()
    assert fleet == synthetic_fleet(SYNTHETIC_FLEET_SIZE)
    assert generate_blind_pages(fleet, 3, 0) == list(_pages("synthetic", 0, 3))


_DIGEST = (
    "import hashlib\n"
    "from oceanid_dev.demo.vessels import SYNTHETIC_FLEET_SIZE, synthetic_fleet\n"
    "from tests.blind_layouts_t import generate_blind_pages\n"
    "pages = generate_blind_pages(synthetic_fleet(SYNTHETIC_FLEET_SIZE), 3, 7)\n"
    "print(hashlib.sha256(repr(pages).encode()).hexdigest())\n"
)


def test_independent_of_pythonhashseed() -> None:
    digests = set()
    for hash_seed in ("0", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(ROOT)}
        done = subprocess.run(
            [sys.executable, "-c", _DIGEST],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        digests.add(done.stdout.strip())
    pages = generate_blind_pages(synthetic_fleet(SYNTHETIC_FLEET_SIZE), 3, 7)
    digests.add(hashlib.sha256(repr(pages).encode()).hexdigest())
    assert len(digests) == 1
