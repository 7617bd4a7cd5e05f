"""Blind set O: checks of the gold data only (no extractor is run here).

Runs with the default fleet (`load_vessels()`: the real lists when ../shared/data/vessels is
present, else the synthetic fleet) and with the synthetic fleet explicitly, so CI without the
vessel data covers the same ground.
"""

from __future__ import annotations

import csv
import hashlib
import os
import re
import subprocess
import sys
import uuid
from collections import Counter
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
from tests.blind_layouts_o import LAYOUTS, BlindPage, GoldSpan, generate_blind_pages

REFERENCE = Path(oceanid_assets.__file__).resolve().parent / "reference"
IDENTIFIERS = {"IMO", "MMSI", "IRCS"}
EXPECTED_LAYOUTS = (
    "marine_casualty_report",
    "sar_sitrep",
    "seafarer_employment_agreement",
    "valuation_certificate",
    "sales_note",
    "social_media_posts",
    "radio_log",
    "photo_identification_sheet",
)


@cache
def _fleet(kind: str) -> tuple[Vessel, ...]:
    return tuple(load_vessels() if kind == "default" else synthetic_fleet(SYNTHETIC_FLEET_SIZE))


@cache
def _pages(kind: str) -> tuple[BlindPage, ...]:
    return tuple(generate_blind_pages(list(_fleet(kind))))


@pytest.fixture(params=["default", "synthetic"])
def pages(request: pytest.FixtureRequest) -> tuple[BlindPage, ...]:
    return _pages(request.param)


# --- reference checks, written here from the code lists (independent of the package) -------


@cache
def _mids() -> frozenset[str]:
    with (REFERENCE / "mmsi_mids.csv").open(encoding="utf-8", newline="") as handle:
        return frozenset(row["mid"] for row in csv.DictReader(handle))


@cache
def _itu_series() -> tuple[tuple[str, str], ...]:
    with (REFERENCE / "itu_call_sign_series.csv").open(encoding="utf-8", newline="") as handle:
        series = [row["Series"].split(" - ") for row in csv.DictReader(handle)]
    return tuple((first.strip(), last.strip()) for first, last in series)


def _in_itu_series(call_sign: str) -> bool:
    if not re.fullmatch(r"[A-Z0-9]{3,7}", call_sign):
        return False
    return any(
        call_sign[:2] == first[:2]
        and ((first[2], last[2]) == ("A", "Z") or first[2] <= call_sign[2] <= last[2])
        for first, last in _itu_series()
    )


def _mmsi_ok(value: str) -> bool:
    return re.fullmatch(r"\d{9}", value) is not None and value[:3] in _mids()


@cache
def _fao_codes() -> frozenset[str]:
    with (REFERENCE / "fao_areas.csv").open(encoding="utf-8", newline="") as handle:
        return frozenset(row["code"] for row in csv.DictReader(handle))


# --- the interface ---------------------------------------------------------------------------


def test_layouts_are_the_eight_asked_for() -> None:
    assert LAYOUTS == EXPECTED_LAYOUTS


def test_each_layout_has_the_pages_asked_for(pages: tuple[BlindPage, ...]) -> None:
    assert Counter(p.layout for p in pages) == dict.fromkeys(LAYOUTS, 20)


@pytest.mark.parametrize("count", [1, 2, 5, 7])
def test_exact_page_count_cuts_the_last_document(count: int) -> None:
    made = generate_blind_pages(list(_fleet("synthetic")), pages_per_layout=count)
    assert Counter(p.layout for p in made) == dict.fromkeys(LAYOUTS, count)


def test_page_numbering_and_document_ids(pages: tuple[BlindPage, ...]) -> None:
    by_doc: dict[str, list[BlindPage]] = {}
    for page in pages:
        by_doc.setdefault(page.doc_id, []).append(page)
    for doc_id, doc_pages in by_doc.items():
        assert [p.page_num for p in doc_pages] == list(range(1, len(doc_pages) + 1))
        assert 1 <= len(doc_pages) <= 3
        assert len({p.layout for p in doc_pages}) == 1
        parsed = uuid.UUID(doc_id)
        assert str(parsed) == doc_id and parsed.version == 7 and parsed.variant == uuid.RFC_4122


def test_doc_id_is_sha256_of_the_document_key() -> None:
    first = generate_blind_pages(list(_fleet("synthetic")), 1, seed=3, layouts=["radio_log"])[0]
    digest = hashlib.sha256(b"blind-o:3:radio_log:0").hexdigest()
    # UUIDv7 shape: all hex digits of the digest's first 16 bytes kept except version/variant.
    assert first.doc_id.replace("-", "")[:12] == digest[:12]
    assert first.doc_id.replace("-", "")[13:16] == digest[13:16]


def test_pages_have_realistic_length(pages: tuple[BlindPage, ...]) -> None:
    assert all(800 <= len(p.text) <= 3000 for p in pages)


def test_spans_are_inside_tight_ordered_and_in_labelset(pages: tuple[BlindPage, ...]) -> None:
    for page in pages:
        end = 0
        for span in page.spans:
            assert isinstance(span, GoldSpan)
            assert span.label in LABELS
            assert end <= span.start < span.end <= len(page.text), (page.doc_id, span)
            value = page.text[span.start : span.end]
            assert value == value.strip() and value, (page.doc_id, span, value)
            end = span.end


def test_identifiers_pass_their_checks(pages: tuple[BlindPage, ...]) -> None:
    for page in pages:
        for span in page.spans:
            value = page.text[span.start : span.end]
            if span.label == "IMO":
                assert imo_check_ok(value), value
            elif span.label == "MMSI":
                assert _mmsi_ok(value), value
            elif span.label == "IRCS":
                assert _in_itu_series(value), value
            elif span.label == "ID_CHANGE":
                assert _mmsi_ok(value) or _in_itu_series(value), value
            elif span.label == "FAO_AREA_CODE":
                assert value in _fao_codes(), value
            elif span.label in ("BUILD_YEAR",):
                assert 1850 <= int(value) <= 2031, value
            elif span.label == "METRIC_VALUE":
                assert re.fullmatch(r"\d+(\.\d+)?", value), value


def test_every_layout_carries_identifiers_and_a_mix_of_labels(
    pages: tuple[BlindPage, ...],
) -> None:
    for layout in LAYOUTS:
        labels = Counter(s.label for p in pages if p.layout == layout for s in p.spans)
        assert IDENTIFIERS & set(labels), layout
        assert len(labels) >= 6, (layout, labels)


def test_the_set_covers_most_of_the_labelset(pages: tuple[BlindPage, ...]) -> None:
    used = {s.label for p in pages for s in p.spans}
    assert len(used) >= 30, sorted(set(LABELS) - used)


def test_malformed_identifiers_are_never_printed_as_labelled() -> None:
    broken = Vessel(
        name="BROKEN IDS 1",
        imo="9930895",  # wrong check digit
        mmsi="999549512",  # no such MID
        ircs="QQ12",  # no ITU series starts with QQ
        flag="CHN",
        gross_tonnage="900",
        length_m="55.2",
        build_year="2010",
        owner=None,
        port=None,
        gear=None,
    )
    made = generate_blind_pages([broken], pages_per_layout=6)
    for page in made:
        for span in page.spans:
            assert page.text[span.start : span.end] not in {"9930895", "999549512", "QQ12"}


# --- determinism and errors ------------------------------------------------------------------


def test_deterministic_and_seeded() -> None:
    fleet = list(_fleet("synthetic"))
    once = generate_blind_pages(fleet, pages_per_layout=4, seed=5)
    again = generate_blind_pages(fleet, pages_per_layout=4, seed=5)
    other = generate_blind_pages(fleet, pages_per_layout=4, seed=6)
    assert once == again
    assert [p.text for p in once] != [p.text for p in other]
    assert {p.doc_id for p in once}.isdisjoint({p.doc_id for p in other})


def test_layout_subset_and_order() -> None:
    made = generate_blind_pages(list(_fleet("synthetic")), 3, layouts=["radio_log", "sales_note"])
    assert [p.layout for p in made] == ["radio_log"] * 3 + ["sales_note"] * 3
    full = generate_blind_pages(list(_fleet("synthetic")), 3)
    assert [p for p in full if p.layout == "radio_log"] == made[:3]


def test_unknown_layout_is_refused() -> None:
    with pytest.raises(ValueError, match="no_such_layout"):
        generate_blind_pages(list(_fleet("synthetic")), layouts=["radio_log", "no_such_layout"])


def test_empty_vessel_list_is_refused() -> None:
    with pytest.raises(ValueError):
        generate_blind_pages([])


def test_missing_vessel_folder_falls_back_to_the_synthetic_fleet(tmp_path: Path) -> None:
    assert load_vessels(tmp_path / "absent") == synthetic_fleet(SYNTHETIC_FLEET_SIZE)


_DIGEST = (
    "import hashlib\n"
    "from oceanid_dev.demo.vessels import synthetic_fleet\n"
    "from tests.blind_layouts_o import generate_blind_pages\n"
    "pages = generate_blind_pages(synthetic_fleet(60), pages_per_layout=5, seed=2)\n"
    "print(hashlib.sha256(repr(pages).encode()).hexdigest())\n"
)


def test_independent_of_pythonhashseed() -> None:
    root = Path(__file__).resolve().parents[1]
    digests = set()
    for hash_seed in ("0", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        run = subprocess.run(
            [sys.executable, "-c", _DIGEST], cwd=root, env=env, capture_output=True, text=True
        )
        assert run.returncode == 0, run.stderr
        digests.add(run.stdout.strip())
    here = generate_blind_pages(synthetic_fleet(60), pages_per_layout=5, seed=2)
    digests.add(hashlib.sha256(repr(here).encode()).hexdigest())
    assert len(digests) == 1
