"""Blind set G: the gold data itself (no extractor is run here).

Pages for the eight layouts are generated from the default vessels (the real lists when
../shared/data/vessels is present, else the synthetic fleet) and from the synthetic fleet, so
the checks also hold where CI has no vessel data.
"""

from __future__ import annotations

import dataclasses
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
from pathlib import Path

import pytest

from oceanid_assets.labelset import LABELS
from oceanid_assets.reference import call_sign_series, fao_areas, mmsi_mids
from oceanid_dev.demo.vessels import (
    ENV_VAR,
    SYNTHETIC_FLEET_SIZE,
    Vessel,
    imo_check_ok,
    load_vessels,
    synthetic_fleet,
)
from tests.blind_layouts_g import LAYOUTS, BlindPage, GoldSpan, generate_blind_pages

ROOT = Path(__file__).resolve().parents[1]
FLEETS: dict[str, Callable[[], list[Vessel]]] = {
    "default": load_vessels,
    "synthetic": lambda: synthetic_fleet(SYNTHETIC_FLEET_SIZE),
}
EXPECTED_LAYOUTS = (
    "wrapped_register",
    "boxed_certificate",
    "insurance_certificate",
    "amendment_log",
    "vms_position_report",
    "registo_pt",
    "two_column_bulletin",
    "sighting_report",
)
IDENTIFIERS = {"IMO", "MMSI", "IRCS"}


@pytest.fixture(scope="module", params=list(FLEETS))
def fleet(request: pytest.FixtureRequest) -> list[Vessel]:
    return FLEETS[request.param]()


@pytest.fixture(scope="module")
def pages(fleet: list[Vessel]) -> list[BlindPage]:
    return generate_blind_pages(fleet)


def by_layout(pages: list[BlindPage]) -> dict[str, list[BlindPage]]:
    out: dict[str, list[BlindPage]] = defaultdict(list)
    for page in pages:
        out[page.layout].append(page)
    return out


def values(pages: list[BlindPage], label: str) -> list[str]:
    return [p.text[s.start : s.end] for p in pages for s in p.spans if s.label == label]


def in_itu_series(sign: str) -> bool:
    """The sign's prefix is allocated: its third character lies in a series, or the series
    spans the whole two-character block (BJA - BJZ admits BJ4678)."""
    if not re.fullmatch(r"[A-Z0-9]{3,7}", sign) or not re.search(r"[A-Z]", sign):
        return False
    return any(
        lo <= sign[2] <= hi or (lo, hi) == ("A", "Z")
        for lo, hi, _ in call_sign_series().get(sign[:2], ())
    )


def mmsi_ok(mmsi: str) -> bool:
    return re.fullmatch(r"\d{9}", mmsi) is not None and mmsi[:3] in mmsi_mids()


# --- shape ------------------------------------------------------------------------------------


def test_the_eight_layouts() -> None:
    assert LAYOUTS == EXPECTED_LAYOUTS


def test_pages_per_layout(pages: list[BlindPage]) -> None:
    counts = Counter(page.layout for page in pages)
    assert counts == dict.fromkeys(LAYOUTS, 20)
    assert [p.layout for p in pages] == sorted((p.layout for p in pages), key=LAYOUTS.index)


@pytest.mark.parametrize("count", [1, 2, 7])
def test_other_page_counts_cut_the_last_document(count: int) -> None:
    pages = generate_blind_pages(synthetic_fleet(SYNTHETIC_FLEET_SIZE), pages_per_layout=count)
    assert Counter(p.layout for p in pages) == dict.fromkeys(LAYOUTS, count)


def test_page_numbering_and_doc_ids(pages: list[BlindPage]) -> None:
    numbers: dict[str, list[int]] = defaultdict(list)
    layouts: dict[str, set[str]] = defaultdict(set)
    for page in pages:
        numbers[page.doc_id].append(page.page_num)
        layouts[page.doc_id].add(page.layout)
        parsed = uuid.UUID(page.doc_id)
        assert str(parsed) == page.doc_id
        assert parsed.version == 7 and parsed.variant == uuid.RFC_4122
    for doc_id, nums in numbers.items():
        assert nums == list(range(1, len(nums) + 1)), doc_id
        assert 1 <= len(nums) <= 3
        assert len(layouts[doc_id]) == 1
    multi = [doc for doc, nums in numbers.items() if len(nums) > 1]
    assert multi, "some documents run over several pages"


def test_records_are_frozen(pages: list[BlindPage]) -> None:
    page = pages[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        page.text = ""  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        page.spans[0].label = "IMO"  # type: ignore[misc]
    assert isinstance(page.spans[0], GoldSpan)


def test_spans_inside_tight_non_overlapping_in_v1(pages: list[BlindPage]) -> None:
    for page in pages:
        assert page.text.strip(), page.doc_id
        last_end = 0
        for span in page.spans:
            assert span.label in LABELS, span
            assert 0 <= span.start < span.end <= len(page.text), span
            value = page.text[span.start : span.end]
            assert value == value.strip() and value, (page.doc_id, span, value)
            assert span.start >= last_end, (page.doc_id, span)
            last_end = span.end


# --- values ---------------------------------------------------------------------------------


def test_identifiers_pass_their_checks(pages: list[BlindPage]) -> None:
    for imo in values(pages, "IMO"):
        assert imo_check_ok(imo), imo
    for mmsi in values(pages, "MMSI"):
        assert mmsi_ok(mmsi), mmsi
    for sign in values(pages, "IRCS"):
        assert in_itu_series(sign), sign
    for former in values(pages, "ID_CHANGE"):
        assert mmsi_ok(former) or in_itu_series(former), former


def test_imo_numbers_come_from_the_vessel_list(fleet: list[Vessel], pages: list[BlindPage]) -> None:
    known = {v.imo for v in fleet if v.imo}
    assert set(values(pages, "IMO")) <= known


def test_other_values_have_their_shape(pages: list[BlindPage]) -> None:
    areas = fao_areas()
    assert all(code in areas for code in values(pages, "FAO_AREA_CODE"))
    assert all(re.fullmatch(r"[A-Z]{3}\d{9}", cfr) for cfr in values(pages, "EU_CFR"))
    this_year = date.today().year
    assert all(1850 <= int(y) <= this_year + 1 for y in values(pages, "BUILD_YEAR"))
    assert all(re.fullmatch(r"\d+([.,]\d+)?", n) for n in values(pages, "METRIC_VALUE"))
    assert all(re.fullmatch(r"[A-Z]{5}", code) for code in values(pages, "PORT_ID"))


def test_every_layout_carries_identifiers_and_a_mix_of_labels(pages: list[BlindPage]) -> None:
    for layout, group in by_layout(pages).items():
        labels = {span.label for page in group for span in page.spans}
        assert len(labels & IDENTIFIERS) >= 2, (layout, labels)
        assert "VESSEL_NAME" in labels, layout
        assert len(labels) >= 8, (layout, sorted(labels))


def test_the_set_covers_most_of_labelset_v1(pages: list[BlindPage]) -> None:
    used = {span.label for page in pages for span in page.spans}
    assert len(used) >= 30, sorted(set(LABELS) - used)
    assert {"NAME_CHANGE", "FLAG_CHANGE", "ID_CHANGE", "ASSOC_ROLE", "EU_CFR"} <= used


# --- determinism and refusals ---------------------------------------------------------------


def test_deterministic_and_seeded(fleet: list[Vessel], pages: list[BlindPage]) -> None:
    assert generate_blind_pages(fleet) == pages
    other = generate_blind_pages(fleet, seed=1)
    assert other != pages
    assert {p.doc_id for p in other}.isdisjoint(p.doc_id for p in pages)


def test_a_layout_alone_gives_the_same_pages(pages: list[BlindPage], fleet: list[Vessel]) -> None:
    alone = generate_blind_pages(fleet, layouts=["registo_pt"])
    assert alone == [p for p in pages if p.layout == "registo_pt"]


def test_unknown_layouts_and_empty_fleets_are_refused() -> None:
    fleet = synthetic_fleet(5)
    with pytest.raises(ValueError, match="no_such_layout"):
        generate_blind_pages(fleet, layouts=["registo_pt", "no_such_layout"])
    with pytest.raises(ValueError):
        generate_blind_pages([])


def test_a_single_vessel_is_enough() -> None:
    pages = generate_blind_pages(synthetic_fleet(1), pages_per_layout=3)
    assert len(pages) == 3 * len(LAYOUTS)


def test_without_vessel_data_the_synthetic_fleet_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "absent"))
    fleet = load_vessels()
    assert fleet == synthetic_fleet(SYNTHETIC_FLEET_SIZE)
    assert generate_blind_pages(fleet) == generate_blind_pages(FLEETS["synthetic"]())


_DIGEST = """
import hashlib, json
from oceanid_dev.demo.vessels import load_vessels
from tests.blind_layouts_g import generate_blind_pages
pages = generate_blind_pages(load_vessels(), pages_per_layout=6, seed=3)
rows = [[p.doc_id, p.page_num, p.layout, p.text, [[s.start, s.end, s.label] for s in p.spans]]
        for p in pages]
print(hashlib.sha256(json.dumps(rows).encode()).hexdigest())
"""


def test_independent_of_pythonhashseed() -> None:
    digests = []
    for hash_seed in ("0", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(ROOT)}
        done = subprocess.run(
            [sys.executable, "-c", _DIGEST],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
            timeout=300,
        )
        digests.append(done.stdout.strip())
    assert digests[0] == digests[1]
    here = generate_blind_pages(load_vessels(), pages_per_layout=6, seed=3)
    rows = [
        [p.doc_id, p.page_num, p.layout, p.text, [[s.start, s.end, s.label] for s in p.spans]]
        for p in here
    ]
    assert hashlib.sha256(json.dumps(rows).encode()).hexdigest() == digests[0]
