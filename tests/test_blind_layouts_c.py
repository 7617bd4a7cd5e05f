"""Blind evaluation set C checks its own data: offsets, labels, identifier rules, determinism,
and that it builds on the real fleet and on the synthetic one. No extractor is run here.

The identifier rules are written out below rather than borrowed from the package, so that a
generator bug cannot hide behind the check it shares."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import subprocess
import sys
import uuid
from collections import defaultdict
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from pathlib import Path

import pycountry
import pytest

from oceanid_assets.labelset import LABELS
from oceanid_dev.demo.vessels import DEFAULT_DIR, SYNTHETIC_FLEET_SIZE, Vessel, load_vessels
from tests.blind_layouts_c import LAYOUTS, BlindPage, generate_blind_pages

REPO = Path(__file__).resolve().parents[1]
REFERENCE = REPO / "oceanid_assets" / "reference"
PAGES_PER_LAYOUT = 12
SEED = 3


# --- the rules, written independently of the generators -------------------------------------


def imo_valid(text: str) -> bool:
    if not re.fullmatch(r"[1-9]\d{6}", text):
        return False
    weighted = sum(int(d) * w for d, w in zip(text[:6], range(7, 1, -1), strict=True))
    return weighted % 10 == int(text[6])


def _mids() -> set[str]:
    with (REFERENCE / "mmsi_mids.csv").open(encoding="utf-8") as handle:
        return {row["mid"] for row in csv.DictReader(handle)}


def _series() -> list[tuple[str, str]]:
    with (REFERENCE / "itu_call_sign_series.csv").open(encoding="utf-8") as handle:
        return [
            (low.strip(), high.strip())
            for low, high in (row["Series"].split("-") for row in csv.DictReader(handle))
        ]


MIDS = _mids()
SERIES = _series()


def mmsi_valid(text: str) -> bool:
    # A ship station's MMSI is the 3-digit MID of its flag followed by six digits.
    return bool(re.fullmatch(r"[2-7]\d{8}", text)) and text[:3] in MIDS


def ircs_valid(text: str) -> bool:
    if not re.fullmatch(r"[A-Z0-9]{3,7}", text) or not re.search(r"[A-Z]", text):
        return False
    for low, high in SERIES:
        if low <= text[:3] <= high:
            return True
        # A whole XYA-XYZ block makes XY the nationality prefix, digits may follow it.
        if low[:2] == high[:2] == text[:2] and low[2] == "A" and high[2] == "Z":
            return True
    return False


def _fao_codes() -> set[str]:
    with (REFERENCE / "fao_areas.csv").open(encoding="utf-8") as handle:
        return {row["code"].strip('"') for row in csv.DictReader(handle)}


FAO_CODES = _fao_codes()
_MONTH_NAMES = (
    ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
     "octubre", "noviembre", "diciembre"),
    ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
     "octobre", "novembre", "décembre"),
)  # fmt: skip
_MONTHS = {name: number for names in _MONTH_NAMES for number, name in enumerate(names, 1)}


def parse_date(text: str) -> date:
    """The dates the layouts write, in English, Spanish and French."""
    words = re.fullmatch(r"(1er|\d{1,2})(?: de)? ([a-zéû]+)(?: de)? (\d{4})", text)
    if words and words.group(2) in _MONTHS:
        day = 1 if words.group(1) == "1er" else int(words.group(1))
        return date(int(words.group(3)), _MONTHS[words.group(2)], day)
    for pattern in ("%d/%m/%Y", "%Y-%m-%d", "%d.%m.%Y", "%d-%m-%Y", "%d %B %Y", "%B %d, %Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return datetime.strptime(text, "%d-%b-%Y").date()  # "17-APR-2025"


NUMBER = re.compile(r"\d{1,3}(?:[ ,.]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?")
# Keys and headers are not labelled: a span made only of one of these words is a key.
KEY_WORDS = {
    "imo", "imo no.", "imo number", "mmsi", "call sign", "ircs", "flag", "pavillon", "bandera",
    "name of vessel", "vessel name", "owner name", "port of registry", "loa (m)", "length (m)",
}  # fmt: skip


# --- fleets and pages -------------------------------------------------------------------------


@pytest.fixture(scope="module", params=["default", "synthetic"])
def fleet(request: pytest.FixtureRequest) -> Iterator[list[Vessel]]:
    if request.param == "default":
        # The real vessel lists where this machine has them, else the synthetic fleet.
        yield load_vessels(DEFAULT_DIR)
        return
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("OCEANID_VESSELS_DIR", "/nonexistent")
        vessels = load_vessels()
    assert len(vessels) == SYNTHETIC_FLEET_SIZE  # the synthetic fleet, not a real list
    yield vessels


@pytest.fixture(scope="module")
def pages(fleet: list[Vessel]) -> list[BlindPage]:
    return generate_blind_pages(fleet, pages_per_layout=PAGES_PER_LAYOUT, seed=SEED)


def _span_texts(page: BlindPage) -> Iterator[tuple[str, str]]:
    for span in page.spans:
        yield span.label, page.text[span.start : span.end]


def _by_label(pages: Sequence[BlindPage]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    for page in pages:
        for label, text in _span_texts(page):
            found[label].append(text)
    return found


# --- structure ----------------------------------------------------------------------------------


def test_every_layout_yields_its_pages_as_numbered_documents(pages: list[BlindPage]) -> None:
    assert len(LAYOUTS) == 8 and len(set(LAYOUTS)) == 8
    per_layout: dict[str, int] = defaultdict(int)
    documents: dict[str, list[BlindPage]] = defaultdict(list)
    for page in pages:
        per_layout[page.layout] += 1
        documents[page.doc_id].append(page)
    assert per_layout == {layout: PAGES_PER_LAYOUT for layout in LAYOUTS}
    for doc_id, doc_pages in documents.items():
        assert uuid.UUID(doc_id).version == 7
        assert [p.page_num for p in doc_pages] == list(range(1, len(doc_pages) + 1))
        assert len({p.layout for p in doc_pages}) == 1
        assert len(doc_pages) <= 3
    # Documents of one to three pages: some layouts must really produce several pages.
    assert any(len(doc_pages) > 1 for doc_pages in documents.values())


def test_spans_lie_inside_their_page_do_not_overlap_and_are_tight(pages: list[BlindPage]) -> None:
    for page in pages:
        assert page.text.strip(), page.doc_id
        previous_end = 0
        for span in sorted(page.spans, key=lambda s: s.start):
            assert 0 <= span.start < span.end <= len(page.text)
            assert span.start >= previous_end, (page.doc_id, page.page_num, span)
            previous_end = span.end
            text = page.text[span.start : span.end]
            assert text == text.strip() and "\n" not in text, (span.label, text)
            # No trailing punctuation, except the dot of an abbreviation ("S.A.", "NO.").
            assert not re.search(r"[,;:(\[]$|^[,;:.)\]]", text), (span.label, text)
            if text.endswith("."):
                assert re.search(r"\b[A-Z]{1,3}\.$", text), (span.label, text)
            if span.label not in ("METRIC_TYPE", "ASSOC_ROLE"):
                assert text.lower() not in KEY_WORDS, (span.label, text)


def test_labels_belong_to_labelset_v1(pages: list[BlindPage]) -> None:
    used = {span.label for page in pages for span in page.spans}
    assert used <= set(LABELS)
    # A fair mix: most of the labelset is exercised, not just identifiers.
    assert len(used) >= 28, sorted(set(LABELS) - used)


def test_identifiers_pass_their_own_rules(pages: list[BlindPage]) -> None:
    found = _by_label(pages)
    assert all(imo_valid(text) for text in found["IMO"]), found["IMO"]
    assert all(mmsi_valid(text) for text in found["MMSI"]), found["MMSI"]
    assert all(ircs_valid(text) for text in found["IRCS"]), found["IRCS"]
    assert all(re.fullmatch(r"[A-Z]{3}\d{9}", text) for text in found["EU_CFR"])
    assert all(text in FAO_CODES for text in found["FAO_AREA_CODE"]), found["FAO_AREA_CODE"]
    next_year = date.today().year + 1
    assert all(1850 <= int(text) <= next_year for text in found["BUILD_YEAR"])
    assert all(NUMBER.fullmatch(text) for text in found["METRIC_VALUE"]), found["METRIC_VALUE"]
    assert all(re.fullmatch(r"[A-Z]{2,6}", text) for text in found["RFMO_CODE"])
    assert all(re.fullmatch(r"[A-Z]{5}", text) for text in found["PORT_ID"])
    for label in ("START_DATE", "END_DATE"):
        for text in found[label]:
            parse_date(text)  # raises on anything that is not a date
    for label in ("FLAG", "COUNTRY_CODE", "FLAG_CHANGE", "BUILD_COUNTRY"):
        for text in found[label]:
            if re.fullmatch(r"[A-Z]{2,3}", text):  # a code must be a real ISO 3166 code
                found_code = (
                    pycountry.countries.get(alpha_2=text)
                    if len(text) == 2
                    else pycountry.countries.get(alpha_3=text)
                )
                assert found_code is not None, text


def test_validity_periods_end_after_they_start(pages: list[BlindPage]) -> None:
    pairs = 0
    for page in pages:
        start: date | None = None
        for span in sorted(page.spans, key=lambda s: s.start):
            text = page.text[span.start : span.end]
            if span.label == "START_DATE":
                start = parse_date(text)
            elif span.label == "END_DATE" and start is not None:
                assert parse_date(text) >= start, (page.doc_id, text)
                pairs += 1
    assert pairs > 0


def test_spans_point_at_the_fleet_values(fleet: list[Vessel], pages: list[BlindPage]) -> None:
    """A misplaced offset would cut a name or an identifier: the span texts must be the
    fleet's own values (names bare of F/V-style prefixes; the OCR layout garbles names)."""
    bare = re.compile(r"^(?:F\.?/?V|M\.?/?[VT]|KM)(?:\.\s*|\s+)")
    names = {bare.sub("", v.name.strip()) for v in fleet}
    imos, mmsis, call_signs = (
        {getattr(v, field) for v in fleet if getattr(v, field)} for field in ("imo", "mmsi", "ircs")
    )
    for page in pages:
        for label, text in _span_texts(page):
            if label == "VESSEL_NAME" and page.layout != "ocr_scan_table":
                assert text in names, (page.layout, text)
            assert label != "IMO" or text in imos, text
            assert label != "MMSI" or text in mmsis, text
            assert label != "IRCS" or text in call_signs, text


def test_every_layout_carries_identifier_spans(pages: list[BlindPage]) -> None:
    for layout in LAYOUTS:
        found = _by_label([p for p in pages if p.layout == layout])
        for label in ("IMO", "MMSI", "IRCS", "VESSEL_NAME"):
            assert found[label], (layout, label)


def test_layouts_differ_in_language_and_form(pages: list[BlindPage]) -> None:
    text = {layout: "".join(p.text for p in pages if p.layout == layout) for layout in LAYOUTS}
    assert "<table>" in text["grouped_header_html"] and "colspan=" in text["grouped_header_html"]
    assert "**" in text["certificate_md"] and "|---|" in text["certificate_md"]
    assert re.search(r"(Artículo|Article) ", text["decree_prose"])
    assert re.search(r"\.{5}|_{5}|…{3}|(\. ){5}", text["dotted_extract"])
    # Page 2 of a list carries no header row: it starts with its running header then rows.
    later = [p for p in pages if p.layout == "numbered_list" and p.page_num > 1]
    assert later and all("Call Sign" not in p.text and "IRCS " not in p.text for p in later)


# --- determinism ------------------------------------------------------------------------------


def _fingerprint(pages: Sequence[BlindPage]) -> str:
    payload = [
        [p.doc_id, p.page_num, p.layout, p.text, [[s.start, s.end, s.label] for s in p.spans]]
        for p in pages
    ]
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode()).hexdigest()


def test_generation_is_deterministic_and_seed_dependent(fleet: list[Vessel]) -> None:
    first = generate_blind_pages(fleet, pages_per_layout=4, seed=11)
    again = generate_blind_pages(fleet, pages_per_layout=4, seed=11)
    other = generate_blind_pages(fleet, pages_per_layout=4, seed=12)
    assert first == again
    assert _fingerprint(first) != _fingerprint(other)


_CHILD = """
import hashlib, json
from oceanid_dev.demo.vessels import load_vessels
from tests.blind_layouts_c import generate_blind_pages
pages = generate_blind_pages(load_vessels(), pages_per_layout=4, seed=11)
payload = [[p.doc_id, p.page_num, p.layout, p.text, [[s.start, s.end, s.label] for s in p.spans]]
           for p in pages]
print(hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode()).hexdigest())
"""


def test_generation_does_not_depend_on_the_hash_seed() -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("OCEANID_VESSELS_DIR", "/nonexistent")
        here = _fingerprint(generate_blind_pages(load_vessels(), pages_per_layout=4, seed=11))
    prints = set()
    for hash_seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed, "OCEANID_VESSELS_DIR": "/nonexistent"}
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
        done = subprocess.run(
            [sys.executable, "-c", _CHILD], cwd=REPO, env=env, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
        prints.add(done.stdout.strip())
    assert prints == {here}


def test_layout_selection(fleet: list[Vessel]) -> None:
    chosen = generate_blind_pages(fleet, pages_per_layout=2, seed=5, layouts=["vessel_cards"])
    assert {p.layout for p in chosen} == {"vessel_cards"} and len(chosen) == 2
    with pytest.raises(ValueError, match="unknown layouts"):
        generate_blind_pages(fleet, pages_per_layout=2, layouts=["no_such_layout"])
