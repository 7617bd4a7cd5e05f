"""Blind set L (tests/blind_layouts_l): checks on the gold data only — no extractor is run."""

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
from tests.blind_layouts_l import LAYOUTS, BlindPage, GoldSpan, generate_blind_pages

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "oceanid_assets" / "reference"
EXPECTED_LAYOUTS = (
    "registration_application",
    "deletion_certificate",
    "compliance_infringement_table",
    "port_entry_denial",
    "sanitation_certificate",
    "agreement_technical_sheet",
    "reflagging_notification",
    "ais_vessel_list_export",
)
IDENTIFIER_LABELS = {"IMO", "MMSI", "IRCS", "EU_CFR", "NATIONAL_REG_NO", "RFMO_ID", "ID_CHANGE"}


# --- reference checks, written independently of the generator --------------------------------


@cache
def _mids() -> frozenset[str]:
    with (REFERENCE / "mmsi_mids.csv").open(encoding="utf-8", newline="") as handle:
        return frozenset(row["mid"] for row in csv.DictReader(handle))


@cache
def _series() -> tuple[tuple[str, str, str], ...]:
    with (REFERENCE / "itu_call_sign_series.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    ranges = [tuple(part.strip() for part in row["Series"].split("-")) for row in rows]
    return tuple((low[:2], low[2], high[2]) for low, high in ranges)


@cache
def _fao_codes() -> frozenset[str]:
    with (REFERENCE / "fao_areas.csv").open(encoding="utf-8", newline="") as handle:
        return frozenset(row["code"] for row in csv.DictReader(handle))


def _mmsi_ok(value: str) -> bool:
    return re.fullmatch(r"\d{9}", value) is not None and value[:3] in _mids()


def _call_sign_ok(value: str) -> bool:
    if not re.fullmatch(r"[A-Z0-9]{3,7}", value):
        return False
    for prefix, low, high in _series():
        if value[:2] != prefix:
            continue
        third = value[2]
        if (third.isalpha() and low <= third <= high) or (third.isdigit() and low + high == "AZ"):
            return True
    return False


# --- fixtures ---------------------------------------------------------------------------------

FLEETS = ("default", "synthetic")


@cache
def _fleet(name: str) -> tuple[Vessel, ...]:
    # load_vessels() reads ../shared/data/vessels when present and otherwise falls back on the
    # synthetic fleet, so "default" also works in CI without the real lists.
    return tuple(load_vessels() if name == "default" else synthetic_fleet(SYNTHETIC_FLEET_SIZE))


@cache
def _pages(name: str) -> tuple[BlindPage, ...]:
    return tuple(generate_blind_pages(list(_fleet(name))))


@pytest.fixture(params=FLEETS)
def pages(request: pytest.FixtureRequest) -> tuple[BlindPage, ...]:
    return _pages(request.param)


def _spans(pages: tuple[BlindPage, ...], *labels: str) -> list[tuple[BlindPage, GoldSpan]]:
    return [(p, s) for p in pages for s in p.spans if not labels or s.label in labels]


def _value(page: BlindPage, span: GoldSpan) -> str:
    return page.text[span.start : span.end]


# --- shape ------------------------------------------------------------------------------------


def test_the_eight_layouts() -> None:
    assert LAYOUTS == EXPECTED_LAYOUTS


def test_pages_per_layout(pages: tuple[BlindPage, ...]) -> None:
    assert Counter(p.layout for p in pages) == {layout: 20 for layout in LAYOUTS}
    short = generate_blind_pages(list(_fleet("synthetic")), pages_per_layout=7, seed=3)
    assert Counter(p.layout for p in short) == {layout: 7 for layout in LAYOUTS}
    one = generate_blind_pages(list(_fleet("synthetic")), 5, layouts=["port_entry_denial"])
    assert [p.layout for p in one] == ["port_entry_denial"] * 5


def test_page_numbering_and_doc_ids(pages: tuple[BlindPage, ...]) -> None:
    numbers: dict[str, list[int]] = defaultdict(list)
    order: list[str] = []
    for page in pages:
        if not order or order[-1] != page.doc_id:
            assert page.doc_id not in numbers, "a document's pages must be contiguous"
            order.append(page.doc_id)
        numbers[page.doc_id].append(page.page_num)
    for doc_id, nums in numbers.items():
        assert nums == list(range(1, len(nums) + 1)) and len(nums) <= 3
        parsed = uuid.UUID(doc_id)
        assert str(parsed) == doc_id and parsed.version == 7 and parsed.variant == uuid.RFC_4122
    assert any(len(nums) > 1 for nums in numbers.values())


def test_doc_id_is_derived_from_sha256_of_the_key(pages: tuple[BlindPage, ...]) -> None:
    for layout in LAYOUTS:
        first = next(p for p in pages if p.layout == layout)
        digest = hashlib.sha256(f"blind-l:0:{layout}:0".encode()).digest()[:16]
        parsed = uuid.UUID(first.doc_id).bytes
        masked = bytes(b for i, b in enumerate(parsed) if i not in (6, 8))
        assert masked == bytes(b for i, b in enumerate(digest) if i not in (6, 8))
        assert parsed[6] & 0x0F == digest[6] & 0x0F and parsed[8] & 0x3F == digest[8] & 0x3F


def test_pages_are_realistic_in_length(pages: tuple[BlindPage, ...]) -> None:
    lengths = [len(p.text) for p in pages]
    assert min(lengths) >= 800 and max(lengths) <= 3000


# --- spans ------------------------------------------------------------------------------------


def test_spans_inside_tight_ordered_and_in_labelset(pages: tuple[BlindPage, ...]) -> None:
    for page in pages:
        end = 0
        for span in page.spans:
            assert span.label in LABELS
            assert end <= span.start < span.end <= len(page.text), (page.layout, span)
            value = _value(page, span)
            assert value == value.strip() and value, (page.layout, span)
            end = span.end


def test_identifiers_pass_their_checks(pages: tuple[BlindPage, ...]) -> None:
    for page, span in _spans(pages, "IMO"):
        assert imo_check_ok(_value(page, span)), _value(page, span)
    for page, span in _spans(pages, "MMSI"):
        assert _mmsi_ok(_value(page, span)), _value(page, span)
    for page, span in _spans(pages, "IRCS"):
        assert _call_sign_ok(_value(page, span)), _value(page, span)
    for page, span in _spans(pages, "ID_CHANGE"):
        value = _value(page, span)
        if value.isdigit() and len(value) == 9:
            assert _mmsi_ok(value), value
        elif re.fullmatch(r"(?=.*[A-Z])[A-Z0-9]{3,7}", value):
            assert _call_sign_ok(value), value
    for page, span in _spans(pages, "EU_CFR"):
        assert re.fullmatch(r"[A-Z]{3}\d{9}", _value(page, span))


def test_other_rule_checked_labels(pages: tuple[BlindPage, ...]) -> None:
    for page, span in _spans(pages, "FAO_AREA_CODE"):
        assert _value(page, span) in _fao_codes()
    for page, span in _spans(pages, "BUILD_YEAR"):
        assert 1850 <= int(_value(page, span)) <= date.today().year + 1
    for page, span in _spans(pages, "METRIC_VALUE"):
        assert re.fullmatch(r"\d+(?:[.,]\d+)?", _value(page, span)), _value(page, span)
    for page, span in _spans(pages, "START_DATE", "END_DATE"):
        assert re.search(r"\d{4}", _value(page, span))


def test_every_layout_has_identifiers_and_a_mix_of_labels(pages: tuple[BlindPage, ...]) -> None:
    for layout in LAYOUTS:
        labels = Counter(s.label for p in pages if p.layout == layout for s in p.spans)
        assert IDENTIFIER_LABELS & set(labels), layout
        assert {"VESSEL_NAME"} <= set(labels) and len(labels) >= 5, (layout, labels)
    overall = {s.label for p in pages for s in p.spans}
    assert len(overall) >= 30


def test_badly_formed_identifiers_are_not_printed() -> None:
    bad = Vessel(
        "MAR DEL SUR 3",
        "1234568",
        "999123456",
        "ZZZZZ",
        "PAN",
        "900",
        "60.5",
        "2001",
        "ACME PESCA SA",
        "PANAMA",
        "DRIFTING_LONGLINES",
    )
    pages = generate_blind_pages([bad], pages_per_layout=6)
    assert not imo_check_ok("1234568")
    values = {_value(p, s) for p, s in _spans(tuple(pages), "IMO", "MMSI", "IRCS", "ID_CHANGE")}
    assert not values & {"1234568", "999123456", "ZZZZZ"}
    assert all("1234568" not in p.text and "999123456" not in p.text for p in pages)


# --- determinism ------------------------------------------------------------------------------


def _digest(pages: list[BlindPage]) -> str:
    data = [
        (p.doc_id, p.page_num, p.text, p.layout, [tuple(vars(s).values()) for s in p.spans])
        for p in pages
    ]
    return hashlib.sha256(json.dumps(data).encode()).hexdigest()


def test_deterministic_and_seeded() -> None:
    fleet = list(_fleet("synthetic"))
    assert _digest(generate_blind_pages(fleet, 5)) == _digest(generate_blind_pages(fleet, 5))
    assert _digest(generate_blind_pages(fleet, 5)) != _digest(generate_blind_pages(fleet, 5, 1))


def test_refuses_unknown_layouts_and_empty_fleets() -> None:
    fleet = list(_fleet("synthetic"))
    with pytest.raises(ValueError, match="no_such_layout"):
        generate_blind_pages(fleet, 2, layouts=["port_entry_denial", "no_such_layout"])
    with pytest.raises(ValueError):
        generate_blind_pages([], 2)


def test_independent_of_pythonhashseed() -> None:
    script = (
        "import hashlib, json\n"
        "from oceanid_dev.demo.vessels import synthetic_fleet\n"
        "from tests.blind_layouts_l import generate_blind_pages\n"
        "pages = generate_blind_pages(synthetic_fleet(60), 6, seed=11)\n"
        "data = [(p.doc_id, p.page_num, p.text, [(s.start, s.end, s.label) for s in p.spans])"
        " for p in pages]\n"
        "print(hashlib.sha256(json.dumps(data).encode()).hexdigest())\n"
    )
    outputs = []
    for hash_seed in ("1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        run = subprocess.run(
            [sys.executable, "-c", script],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        outputs.append(run.stdout.strip())
    assert outputs[0] == outputs[1] and len(outputs[0]) == 64
