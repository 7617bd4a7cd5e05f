"""Demo documents: real PDFs, re-extracted here, checked against their ground-truth spans."""

from __future__ import annotations

import itertools
import logging
import re
from pathlib import Path

import pytest

from oceanid_assets.ingest.pdf_text import extract_page_texts
from oceanid_assets.labelset import LABELS
from oceanid_dev.demo.documents import (
    DemoDocument,
    GroundTruthError,
    generate_demo_documents,
    locate_spans,
)
from oceanid_dev.demo.sheet import compose
from oceanid_dev.demo.vessels import (
    SYNTHETIC_FLEET_SIZE,
    Vessel,
    imo_check_ok,
    load_vessels,
    synthetic_fleet,
)

KINDS = {"rfmo_record", "licence", "registry_extract", "circular"}
DATE_FORMATS = {
    "iso": r"\d{4}-\d{2}-\d{2}",
    "slash": r"\d{2}/\d{2}/\d{4}",
    "dot": r"\d{2}\.\d{2}\.\d{4}",
    "long": r"\d{1,2} [A-Z][a-z]+ \d{4}",
}


@pytest.fixture(scope="module")
def batch(fleet: list[Vessel]) -> list[DemoDocument]:
    return generate_demo_documents(fleet, pages=12, seed=7)


def test_every_span_is_the_slice_of_the_text_the_pipeline_extracts(
    batch: list[DemoDocument],
) -> None:
    for doc in batch:
        texts = extract_page_texts(doc.pdf_bytes)
        assert len(texts) == doc.page_count
        assert doc.spans, doc.filename
        for span in doc.spans:
            assert texts[span.page_num - 1][span.start : span.end] == span.text, span
            assert span.text == span.text.strip(" \n.,;:"), span  # tight


def test_spans_do_not_overlap_and_use_only_labelset_v1(batch: list[DemoDocument]) -> None:
    for doc in batch:
        ordered = sorted(doc.spans, key=lambda s: (s.page_num, s.start))
        for before, after in itertools.pairwise(ordered):
            if before.page_num == after.page_num:
                assert before.end <= after.start, (before, after)
        assert {s.label for s in doc.spans} <= set(LABELS)


def test_a_small_batch_has_every_kind_with_its_own_entities(batch: list[DemoDocument]) -> None:
    assert {doc.kind for doc in batch} == KINDS
    labels = {kind: {s.label for d in batch if d.kind == kind for s in d.spans} for kind in KINDS}
    assert {"VESSEL_NAME", "RFMO_ID", "IMO", "MMSI", "START_DATE"} <= labels["rfmo_record"]
    assert {"LICENSE_NO", "AUTH_TYPE", "FAO_AREA_CODE", "SPECIES_NAME"} <= labels["licence"]
    assert {"NATIONAL_REG_NO", "ASSOC_ROLE", "REG_NO"} <= labels["registry_extract"]
    assert {"VESSEL_NAME", "RFMO_CODE"} <= labels["circular"]
    for doc in batch:
        assert re.fullmatch(r"[a-z0-9_-]+\.pdf", doc.filename), doc.filename
    assert len({doc.filename for doc in batch}) == len(batch)


def test_units_are_annotated_apart_from_their_values(batch: list[DemoDocument]) -> None:
    spans = [s for doc in batch for s in doc.spans]
    assert {s.text for s in spans if s.label == "METRIC_UNIT"} <= {"GT", "m", "NT", "kW"}
    assert all(re.fullmatch(r"\d+(\.\d+)?", s.text) for s in spans if s.label == "METRIC_VALUE")
    assert "Gross tonnage" in {s.text for s in spans if s.label == "METRIC_TYPE"}


@pytest.mark.parametrize("pages", [5, 40, 200])
def test_batch_size_follows_the_requested_page_count(fleet: list[Vessel], pages: int) -> None:
    docs = generate_demo_documents(fleet, pages=pages, seed=1)
    total = sum(doc.page_count for doc in docs)
    assert 0.8 * pages <= total <= 1.2 * pages
    assert {doc.kind for doc in docs} == KINDS
    records = sum(d.page_count for d in docs if d.kind == "rfmo_record")
    if pages >= 40:
        assert records > total / 2  # the record takes most of a large batch


def test_dates_are_written_in_several_formats(fleet: list[Vessel]) -> None:
    docs = generate_demo_documents(fleet, pages=40, seed=2)
    dates = {s.text for d in docs for s in d.spans if s.label in ("START_DATE", "END_DATE")}
    used = {name for name, rx in DATE_FORMATS.items() if any(re.fullmatch(rx, d) for d in dates)}
    assert len(used) >= 3, used
    assert all(any(re.fullmatch(rx, d) for rx in DATE_FORMATS.values()) for d in dates)


def test_same_seed_same_documents_other_seed_other_documents(
    fleet: list[Vessel], batch: list[DemoDocument]
) -> None:
    again = generate_demo_documents(fleet, pages=12, seed=7)
    assert [d.pdf_bytes for d in again] == [d.pdf_bytes for d in batch]
    assert [(d.filename, d.spans) for d in again] == [(d.filename, d.spans) for d in batch]
    other = generate_demo_documents(fleet, pages=12, seed=8)
    assert [d.spans for d in other] != [d.spans for d in batch]


def test_synthetic_imos_in_the_documents_have_valid_check_digits(
    batch: list[DemoDocument],
) -> None:
    imos = [s.text for doc in batch for s in doc.spans if s.label == "IMO"]
    assert imos
    assert all(imo_check_ok(imo) for imo in imos), imos


def test_imo_check_digit() -> None:
    assert imo_check_ok("8907022")  # SERGEY BOCHKAREV
    assert imo_check_ok("9138525")
    assert not imo_check_ok("8907023")
    assert not imo_check_ok("890702")


@pytest.mark.parametrize("folder", ["empty", "missing"])
def test_without_vessel_lists_a_valid_synthetic_fleet_is_used(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, folder: str
) -> None:
    source = tmp_path if folder == "empty" else tmp_path / "missing"
    with caplog.at_level(logging.INFO, logger="oceanid.demo"):
        vessels = load_vessels(source)
    # The normal fallback, said as information (not a warning) with the way to real lists.
    (record,) = [r for r in caplog.records if "synthetic" in r.getMessage()]
    assert record.levelno == logging.INFO
    assert str(source) in record.getMessage() and "OCEANID_VESSELS_DIR" in record.getMessage()
    assert len(vessels) == SYNTHETIC_FLEET_SIZE
    assert vessels == load_vessels(source)
    assert len({v.name for v in vessels}) == len({v.imo for v in vessels}) == len(vessels)
    mids = {"412": "CHN", "273": "RUS", "416": "TWN", "503": "AUS", "224": "ESP"}
    for v in vessels:
        assert v.imo and imo_check_ok(v.imo), v
        assert v.mmsi and re.fullmatch(r"\d{9}", v.mmsi) and mids[v.mmsi[:3]] == v.flag, v
        assert (
            v.ircs
            and v.ircs[0] == {"CHN": "B", "TWN": "B", "RUS": "U", "AUS": "V", "ESP": "E"}[v.flag]
        ), v


def test_lists_are_merged_and_normalised(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Made-up rows in the shapes of the real lists: a BOM, ';' separators, NA, 0 and [...].
    (tmp_path / "a_ownership.csv").write_text(
        "\ufeffshipname,MMSI,IMO,call_sign,Vessel_flag,gross_tonnage,length_overall_meters,"
        "registered_owner,port_of_registry,past_ship_name\n"
        'OCEAN TEST,412000001,9138525,BZAA1,CHN,812,0,TEST FISHERY CO LTD,"FUZHOU, FUJIAN",\n'
        "Z0,412000002,,,CHN,,,,,\n",
        encoding="utf-8",
    )
    (tmp_path / "b_longliners.csv").write_text(
        "Flag;Vessel Name;Gear Type;MMSI;IMO;CallSign\n"
        "TWN;YI  TEST NO.1;DRIFTING_LONGLINES;416000001;NA;[BK1234]\n"
        "CHN;OCEAN TEST;INCONCLUSIVE;412000001;NA;NA\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("OCEANID_VESSELS_DIR", str(tmp_path))
    vessels = load_vessels()
    assert vessels == [
        Vessel(
            name="OCEAN TEST",
            imo="9138525",
            mmsi="412000001",
            ircs="BZAA1",
            flag="CHN",
            gross_tonnage="812",
            length_m=None,
            build_year=None,
            owner="TEST FISHERY CO LTD",
            port="FUZHOU, FUJIAN",
            gear=None,
        ),
        Vessel(
            name="YI TEST NO.1",
            imo=None,
            mmsi="416000001",
            ircs="BK1234",
            flag="TWN",
            gross_tonnage=None,
            length_m=None,
            build_year=None,
            owner=None,
            port=None,
            gear="DRIFTING_LONGLINES",
        ),
    ]


def test_vessel_lists_with_their_real_quirks_parse_and_merge(tmp_path: Path) -> None:
    # Made-up identities in the formats of the shared lists: a BOM, bracketed lists and NA in the
    # ownership list; ';' separators in another; the same vessel twice (merged by MMSI).
    (tmp_path / "Patrol1_may1-jun1_ownershiptab.csv").write_text(
        "\ufeffshipname,possible_shipname,MMSI,IMO,call_sign,past_ship_name,Vessel_flag,"
        "gross_tonnage,year_of_build,length_overall_meters,registered_owner,port_of_registry\n"
        'NORDIC DAWN,"[NORDIC DAWN, N DAWN]",257000111,9138525,LAXX1,SEA HAWK,NOR,812,1998,'
        "54.3,NORDIC FISH AS,BERGEN\n"
        "NA,[],NA,NA,NA,NA,NA,NA,NA,NA,NA,NA\n",
        encoding="utf-8",
    )
    (tmp_path / "phl_vessels_sep1_nov8.csv").write_text(
        "Vessel ID;Flag;Vessel Name;Gear Type;MMSI;IMO;CallSign\n"
        "x1;TWN;HAI FENG NO.7;DRIFTING_LONGLINES;416000999;NA;BK0000\n"
        "x2;NOR;NORDIC DAWN;TRAWLERS;257000111;9138525;LAXX1\n",
        encoding="utf-8",
    )
    vessels = {v.name: v for v in load_vessels(tmp_path)}
    dawn = vessels["NORDIC DAWN"]
    assert (dawn.imo, dawn.mmsi, dawn.ircs, dawn.flag, dawn.former_name) == (
        "9138525",
        "257000111",
        "LAXX1",
        "NOR",
        "SEA HAWK",
    )
    assert (dawn.gross_tonnage, dawn.build_year, dawn.owner, dawn.port) == (
        "812",
        "1998",
        "NORDIC FISH AS",
        "BERGEN",
    )
    assert vessels["HAI FENG NO.7"].mmsi == "416000999" and vessels["HAI FENG NO.7"].imo is None
    assert sorted(vessels) == ["HAI FENG NO.7", "NORDIC DAWN"]  # merged; the nameless row skipped
    docs = generate_demo_documents(list(vessels.values()), pages=6, seed=0)
    placed = {s.text for d in docs for s in d.spans if s.label == "MMSI"}
    assert placed <= {"257000111", "416000999"} and placed


def test_a_value_missing_from_the_extracted_text_is_an_error() -> None:
    run = compose(["IMO number: ", ("IMO", "8907022")])
    spans = locate_spans(["IMO number: 8907022"], [[run]])
    assert [(s.start, s.end, s.text) for s in spans] == [(12, 19, "8907022")]
    with pytest.raises(GroundTruthError):
        locate_spans(["IMO number: 8907O22"], [[run]])
    with pytest.raises(GroundTruthError):  # text nobody drew cannot hide a misplaced value
        locate_spans(["Flag: RUS IMO number: 8907022"], [[run]])


def test_bad_arguments_are_refused(fleet: list[Vessel]) -> None:
    with pytest.raises(ValueError):
        generate_demo_documents(fleet, pages=0)
    with pytest.raises(ValueError):
        generate_demo_documents([], pages=4)


def test_synthetic_fleet_of_any_size_is_unique() -> None:
    fleet = synthetic_fleet(400)
    assert len({v.name for v in fleet}) == len({v.imo for v in fleet}) == 400
    assert all(imo_check_ok(v.imo or "") for v in fleet)
