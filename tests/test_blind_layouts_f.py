"""Blind set F: checks of the gold data only (no extractor is run on these pages)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from oceanid_assets.labelset import LABELS
from oceanid_assets.reference import call_sign_series, mmsi_mids
from oceanid_dev.demo.vessels import Vessel, imo_check_ok, load_vessels, synthetic_fleet
from tests.blind_layouts_f import LAYOUTS, BlindPage, GoldSpan, generate_blind_pages

PAGES = 12
_ID_LABELS = {"IMO", "MMSI", "IRCS"}


def _call_sign_in_itu_series(text: str) -> bool:
    if not re.fullmatch(r"[A-Z0-9]{3,7}", text):
        return False
    return any(
        (lo, hi) == ("A", "Z") or lo <= text[2] <= hi
        for lo, hi, _ in call_sign_series().get(text[:2], ())
    )


@pytest.fixture(scope="module", params=["default", "synthetic"])
def fleet_pages(request: pytest.FixtureRequest) -> list[BlindPage]:
    """load_vessels() uses the real lists when present and falls back to the synthetic fleet
    (as in CI); the synthetic fleet is also run explicitly."""
    vessels = load_vessels() if request.param == "default" else synthetic_fleet(40, seed=7)
    return generate_blind_pages(vessels, pages_per_layout=PAGES, seed=3)


def test_eight_layouts_with_the_pages_asked_for(fleet_pages: list[BlindPage]) -> None:
    assert len(LAYOUTS) == 8
    assert Counter(page.layout for page in fleet_pages) == dict.fromkeys(LAYOUTS, PAGES)


def test_page_numbering(fleet_pages: list[BlindPage]) -> None:
    by_doc: dict[str, list[int]] = {}
    for page in fleet_pages:
        by_doc.setdefault(page.doc_id, []).append(page.page_num)
        assert re.fullmatch(
            r"[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", page.doc_id
        )
    for numbers in by_doc.values():
        assert numbers == list(range(1, len(numbers) + 1))
        assert len(numbers) <= 3


def test_spans_inside_tight_non_overlapping_in_labelset(fleet_pages: list[BlindPage]) -> None:
    for page in fleet_pages:
        end = 0
        for span in sorted(page.spans, key=lambda s: s.start):
            value = page.text[span.start : span.end]
            assert 0 <= span.start < span.end <= len(page.text)
            assert value == value.strip() and value, (page.layout, span)
            assert span.start >= end, (page.layout, span)
            assert span.label in LABELS
            end = span.end


def test_identifiers_pass_their_checks(fleet_pages: list[BlindPage]) -> None:
    for page in fleet_pages:
        for span in page.spans:
            value = page.text[span.start : span.end]
            if span.label == "IMO":
                assert imo_check_ok(value), value
            elif span.label == "MMSI":
                assert re.fullmatch(r"\d{9}", value) and value[:3] in mmsi_mids(), value
            elif span.label == "IRCS":
                assert _call_sign_in_itu_series(value), value
            elif span.label == "ID_CHANGE":
                assert (
                    value.isdigit()
                    or _call_sign_in_itu_series(value)
                    or "-" in value
                    or "/" in value
                )


def test_every_layout_has_identifiers_and_a_mix_of_labels(fleet_pages: list[BlindPage]) -> None:
    for layout in LAYOUTS:
        labels = Counter(s.label for p in fleet_pages if p.layout == layout for s in p.spans)
        assert _ID_LABELS & set(labels), layout
        assert "VESSEL_NAME" in labels, layout
        assert len(labels) >= 5, (layout, labels)


def test_deterministic_and_seeded() -> None:
    fleet = synthetic_fleet(30)
    first = generate_blind_pages(fleet, pages_per_layout=4, seed=1)
    assert first == generate_blind_pages(fleet, pages_per_layout=4, seed=1)
    assert first != generate_blind_pages(fleet, pages_per_layout=4, seed=2)
    only = generate_blind_pages(fleet, pages_per_layout=4, seed=1, layouts=["crew_list"])
    assert only == [page for page in first if page.layout == "crew_list"]


def test_refusals() -> None:
    with pytest.raises(ValueError, match="no_such_layout"):
        generate_blind_pages(synthetic_fleet(5), layouts=["crew_list", "no_such_layout"])
    with pytest.raises(ValueError):
        generate_blind_pages([], pages_per_layout=2)


def test_gold_span_is_the_public_type(fleet_pages: list[BlindPage]) -> None:
    assert all(isinstance(s, GoldSpan) for p in fleet_pages for s in p.spans)
    assert isinstance(synthetic_fleet(1)[0], Vessel)


_DIGEST = (
    "import hashlib\n"
    "from oceanid_dev.demo.vessels import synthetic_fleet\n"
    "from tests.blind_layouts_f import generate_blind_pages\n"
    "pages = generate_blind_pages(synthetic_fleet(30), pages_per_layout=5, seed=9)\n"
    "print(hashlib.sha256(repr(pages).encode()).hexdigest())\n"
)


def test_independent_of_pythonhashseed() -> None:
    root = Path(__file__).resolve().parents[1]
    digests = {
        subprocess.run(
            [sys.executable, "-c", _DIGEST],
            cwd=root,
            env={**os.environ, "PYTHONHASHSEED": hash_seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for hash_seed in ("1", "4242")
    }
    assert len(digests) == 1
