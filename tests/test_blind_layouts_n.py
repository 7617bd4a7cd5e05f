"""Blind set N: checks on the gold data only (no extractor is run here)."""

from __future__ import annotations

import collections
import hashlib
import json
import os
import re
import subprocess
import sys
import uuid
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from oceanid_assets.labelset import LABELS
from oceanid_assets.reference import fao_areas, mmsi_mids
from oceanid_dev.demo.vessels import (
    SYNTHETIC_FLEET_SIZE,
    Vessel,
    imo_check_ok,
    load_vessels,
    synthetic_fleet,
)
from tests.blind_layouts_n import LAYOUTS, BlindPage, GoldSpan, generate_blind_pages
from tests.blind_layouts_n import _common as C
from tests.blind_layouts_n import _vocab as V
from tests.blind_layouts_n._page import PageBuilder

EXPECTED_LAYOUTS = (
    "ngo_vessel_dossier",
    "parliamentary_answer",
    "handwritten_form_ocr",
    "licence_email_thread",
    "customs_export_declaration",
    "harbour_movements_list",
    "distant_water_list",
    "inspection_checklist",
)
IDENTIFIERS = {"IMO", "MMSI", "IRCS"}
REPO = Path(__file__).resolve().parents[1]


def _fleet(kind: str) -> list[Vessel]:
    # "default" is what load_vessels() gives here: the real lists when ../shared has them,
    # else (as in CI) the synthetic fleet it falls back to.
    return load_vessels() if kind == "default" else synthetic_fleet(SYNTHETIC_FLEET_SIZE)


@pytest.fixture(scope="module", params=["default", "synthetic"])
def generated(request: pytest.FixtureRequest) -> tuple[list[Vessel], list[BlindPage]]:
    vessels = _fleet(request.param)
    return vessels, generate_blind_pages(vessels)


def _value(page: BlindPage, span: GoldSpan) -> str:
    return page.text[span.start : span.end]


def _bare(value: str) -> str:
    """A value without OCR box bars and spaces ("| B | Z | W |" -> "BZW")."""
    return re.sub(r"[|\s]", "", value)


def _call_sign_in_itu_series(value: str) -> bool:
    return bool(C.itu_holders(value))


def test_load_vessels_falls_back_to_the_synthetic_fleet(tmp_path: Path) -> None:
    assert load_vessels(tmp_path / "absent") == synthetic_fleet(SYNTHETIC_FLEET_SIZE)


def test_the_eight_layouts_each_with_the_pages_asked_for(
    generated: tuple[list[Vessel], list[BlindPage]],
) -> None:
    vessels, pages = generated
    assert LAYOUTS == EXPECTED_LAYOUTS
    assert collections.Counter(p.layout for p in pages) == {name: 20 for name in LAYOUTS}
    short = generate_blind_pages(vessels, pages_per_layout=7, layouts=["distant_water_list"])
    assert len(short) == 7 and {p.layout for p in short} == {"distant_water_list"}
    assert generate_blind_pages(vessels, pages_per_layout=0) == []


def test_page_numbering_and_document_ids(
    generated: tuple[list[Vessel], list[BlindPage]],
) -> None:
    _, pages = generated
    numbers: dict[str, list[int]] = collections.defaultdict(list)
    order: list[str] = []
    for page in pages:
        if not order or order[-1] != page.doc_id:
            assert page.doc_id not in order, "a document's pages must be consecutive"
            order.append(page.doc_id)
        numbers[page.doc_id].append(page.page_num)
        parsed = uuid.UUID(page.doc_id)
        assert parsed.version == 7 and parsed.variant == uuid.RFC_4122
    for doc_id, nums in numbers.items():
        assert nums == list(range(1, len(nums) + 1)) and len(nums) <= 3, doc_id
    first = next(p for p in pages if p.layout == "parliamentary_answer")
    digest = hashlib.sha256(b"blind-n:0:parliamentary_answer:0").hexdigest()
    assert first.doc_id.replace("-", "")[:12] == digest[:12]


def test_spans_inside_tight_non_overlapping_in_v1(
    generated: tuple[list[Vessel], list[BlindPage]],
) -> None:
    _, pages = generated
    for page in pages:
        assert 600 <= len(page.text) <= 3200, (page.layout, len(page.text))
        previous_end = 0
        for span in sorted(page.spans, key=lambda s: s.start):
            value = _value(page, span)
            assert span.label in LABELS
            assert 0 <= span.start < span.end <= len(page.text)
            assert value == value.strip() and "\n" not in value, (page.layout, value)
            assert span.start >= previous_end, (page.layout, value)
            previous_end = span.end


def test_identifiers_pass_their_checks(generated: tuple[list[Vessel], list[BlindPage]]) -> None:
    _, pages = generated
    for page in pages:
        for span in page.spans:
            value = _bare(_value(page, span))
            if span.label == "IMO":
                assert imo_check_ok(value), value
            elif span.label == "MMSI" or (span.label == "ID_CHANGE" and value.isdigit()):
                assert re.fullmatch(r"\d{9}", value) and value[:3] in mmsi_mids(), value
            elif span.label in ("IRCS", "ID_CHANGE"):
                assert 3 <= len(value) <= 7 and _call_sign_in_itu_series(value), value


def test_call_signs_from_the_list_are_in_their_flags_series(
    generated: tuple[list[Vessel], list[BlindPage]],
) -> None:
    vessels, pages = generated
    flags: dict[str, set[str | None]] = collections.defaultdict(set)
    for vessel in vessels:
        if vessel.ircs:
            flags[vessel.ircs].add(vessel.flag)
    for page in pages:
        for span in page.spans:
            value = _bare(_value(page, span))
            if span.label == "IRCS" and value in flags:
                assert any(C.ircs_ok(value, flag) for flag in flags[value]), value


def test_other_rule_labels(generated: tuple[list[Vessel], list[BlindPage]]) -> None:
    _, pages = generated
    countries = {
        _bare(name).casefold() for iso3, names in V.COUNTRIES.items() for name in (iso3, *names)
    } | {_bare(d).casefold() for names in V.DEMONYMS.values() for d in names}
    for page in pages:
        for span in page.spans:
            value = _value(page, span)
            if span.label == "METRIC_VALUE":
                assert re.fullmatch(r"\d+(\.\d+)?", value), value
            elif span.label == "BUILD_YEAR":
                assert 1850 <= int(value) <= date.today().year + 1, value
            elif span.label == "FAO_AREA_CODE":
                assert value in fao_areas(), value
            elif span.label == "EU_CFR":
                assert re.fullmatch(r"[A-Z]{3}\d{9}", value), value
            elif span.label in ("FLAG", "FLAG_CHANGE", "COUNTRY_CODE", "BUILD_COUNTRY"):
                assert _bare(value).casefold() in countries, value
            elif span.label in ("START_DATE", "END_DATE"):
                assert re.search(r"\d{4}", value), value


def test_every_layout_carries_identifiers_and_a_mix_of_labels(
    generated: tuple[list[Vessel], list[BlindPage]],
) -> None:
    _, pages = generated
    for layout in LAYOUTS:
        labels = collections.Counter(
            span.label for page in pages if page.layout == layout for span in page.spans
        )
        assert IDENTIFIERS & set(labels), layout
        assert labels["VESSEL_NAME"] >= 10, layout
        assert len(labels) >= 7, (layout, sorted(labels))


def test_deterministic_and_seeded(generated: tuple[list[Vessel], list[BlindPage]]) -> None:
    vessels, pages = generated
    assert generate_blind_pages(vessels) == pages
    other = generate_blind_pages(vessels, seed=1)
    assert [p.text for p in other] != [p.text for p in pages]
    # Each document has its own random stream, so a subset of layouts repeats the same pages.
    subset = generate_blind_pages(vessels, layouts=["inspection_checklist", "ngo_vessel_dossier"])
    assert subset == [p for p in pages if p.layout == "inspection_checklist"] + [
        p for p in pages if p.layout == "ngo_vessel_dossier"
    ]


def test_unknown_layout_and_empty_fleet_are_refused() -> None:
    fleet = synthetic_fleet(5)
    with pytest.raises(ValueError, match=r"no_such_layout.*another_one"):
        generate_blind_pages(fleet, layouts=["ngo_vessel_dossier", "no_such_layout", "another_one"])
    with pytest.raises(ValueError, match="vessel"):
        generate_blind_pages([])


@pytest.mark.parametrize("size", [1, 2, 3])
def test_tiny_fleets_still_fill_every_layout(size: int) -> None:
    pages = generate_blind_pages(synthetic_fleet(size), pages_per_layout=6)
    assert collections.Counter(p.layout for p in pages) == {name: 6 for name in LAYOUTS}


def test_ill_formed_identifiers_are_never_printed() -> None:
    def spoil(vessel: Vessel) -> Vessel:
        imo = vessel.imo or "9000000"
        bad_check = str((int(imo[6]) + 1) % 10)
        return replace(
            vessel, imo=imo[:6] + bad_check, mmsi="999" + (vessel.mmsi or "0" * 9)[3:], ircs="ZZZ9"
        )

    fleet = [spoil(v) for v in synthetic_fleet(SYNTHETIC_FLEET_SIZE)]
    spoiled = {v.imo for v in fleet} | {v.mmsi for v in fleet} | {"ZZZ9"}
    for page in generate_blind_pages(fleet, pages_per_layout=10):
        for span in page.spans:
            assert _bare(_value(page, span)) not in spoiled, (page.layout, span)


def test_independent_of_the_hash_seed() -> None:
    script = (
        "import hashlib, json\n"
        "from oceanid_dev.demo.vessels import load_vessels, synthetic_fleet\n"
        "from tests.blind_layouts_n import generate_blind_pages\n"
        "out = []\n"
        "for fleet in (load_vessels(), synthetic_fleet(60)):\n"
        "    pages = generate_blind_pages(fleet, pages_per_layout=8, seed=3)\n"
        "    out.append(hashlib.sha256(repr(pages).encode()).hexdigest())\n"
        "print(json.dumps(out))\n"
    )
    digests = []
    for hash_seed in ("0", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        done = subprocess.run(
            [sys.executable, "-c", script],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        digests.append(json.loads(done.stdout))
    assert digests[0] == digests[1]


def test_page_builder_records_offsets_through_wrapping_and_quoting() -> None:
    b = PageBuilder().quote("> ").wrap(30)
    b.text("The longliner ").span("ZHE LING YU 123", "VESSEL_NAME").text(" (IMO ")
    b.span("9300001", "IMO").line(") was inspected at sea.")
    draft = b.draft()
    assert all(line.startswith(">") for line in draft.text.splitlines())
    assert [draft.text[s.start : s.end] for s in draft.spans] == ["ZHE LING YU 123", "9300001"]
    with pytest.raises(ValueError, match="tight"):
        PageBuilder().span(" BZW6Z", "IRCS")
    with pytest.raises(ValueError, match="labelset"):
        PageBuilder().span("BZW6Z", "CALL_SIGN")
