"""Vessel records printed as JSON, XML or YAML (an API's or a database's export pasted into a
page): field names read as keys, the enclosing object deciding what a generic field means, and
the export's own ids, nulls and HTML markup left alone. Identifiers are real ones from the
vessel lists (or the synthetic fleet CI has)."""

from __future__ import annotations

import json
import random

import pytest

from oceanid_assets.preannotate.rules import extract_rules
from oceanid_assets.preannotate.spans import Span
from oceanid_assets.preannotate.validators import validate
from oceanid_dev.demo.vessels import Vessel, load_vessels


@pytest.fixture(scope="module")
def vessel() -> Vessel:
    rows = [
        v
        for v in load_vessels()
        if v.imo
        and v.mmsi
        and v.ircs
        and v.name
        and validate("IMO", v.imo) is None
        and validate("MMSI", v.mmsi) is None
        and validate("IRCS", v.ircs) is None
    ]
    return random.Random(5).choice(rows)


def _labelled(text: str) -> set[tuple[str, str]]:
    spans = extract_rules(text)
    _exact(text, spans)
    return {(s.label, s.text) for s in spans}


def _exact(text: str, spans: list[Span]) -> None:
    end = 0
    for span in spans:
        assert text[span.start : span.end] == span.text
        assert span.start >= end
        end = span.end


def _record(v: Vessel) -> dict[str, object]:
    return {
        "recordId": 5862398,  # the export's row id: 7 digits, not an IMO number
        "vesselName": v.name,
        "imoNumber": int(v.imo or 0),
        "callSign": v.ircs,
        "mmsi_no": v.mmsi,
        "flagState": "Panama",
        "formerNames": None,
        "measurements": [{"type": "LOA", "value": 53.98, "unit": "m"}],
        "associates": [
            {
                "name": "OCEAN GLORY SHIPPING SA",
                "role": "OWNER",
                "address": {"street": "Calle 50, Piso 27", "city": "Panama City"},
            }
        ],
        "authorisations": [{"type": "FISHING", "rfmo": "ICCAT", "faoAreas": ["34.1.1", "47"]}],
    }


def _expected(v: Vessel) -> set[tuple[str, str]]:
    return {
        ("VESSEL_NAME", v.name),
        ("IMO", v.imo or ""),
        ("IRCS", v.ircs or ""),
        ("MMSI", v.mmsi or ""),
        ("FLAG", "Panama"),
        ("METRIC_TYPE", "LOA"),
        ("METRIC_VALUE", "53.98"),
        ("METRIC_UNIT", "m"),
        ("ASSOC_NAME", "OCEAN GLORY SHIPPING SA"),
        ("ASSOC_ROLE", "OWNER"),
        ("ADDRESS", "Calle 50, Piso 27"),
        ("CITY", "Panama City"),
        ("AUTH_TYPE", "FISHING"),
        ("RFMO_CODE", "ICCAT"),
        ("FAO_AREA_CODE", "34.1.1"),
        ("FAO_AREA_CODE", "47"),
    }


@pytest.mark.parametrize("indent", [None, 2], ids=["one line", "pretty"])
def test_json_record(vessel: Vessel, indent: int | None) -> None:
    text = "HTTP/1.1 200 OK\n" + json.dumps(_record(vessel), indent=indent) + "\n"
    found = _labelled(text)
    assert _expected(vessel) <= found
    # The row id is no identifier, a null no value, and the vessel's name is not an associate's.
    assert not any(value == "5862398" for _, value in found)
    assert not any(value == "null" for _, value in found)
    assert ("ASSOC_NAME", vessel.name) not in found


def test_xml_record(vessel: Vessel) -> None:
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<vessel>
  <recordId>5862398</recordId>
  <vesselName>{vessel.name}</vesselName>
  <imoNumber>{vessel.imo}</imoNumber>
  <ircs>{vessel.ircs}</ircs>
  <mmsi>{vessel.mmsi}</mmsi>
  <formerNames xsi:nil="true"/>
  <associates>
    <associate>
      <name>OCEAN GLORY SHIPPING SA</name>
      <role>OWNER</role>
    </associate>
  </associates>
  <species><code>BET</code><code>SWO</code></species>
</vessel>
"""
    found = _labelled(text)
    assert {
        ("VESSEL_NAME", vessel.name),
        ("IMO", vessel.imo),
        ("IRCS", vessel.ircs),
        ("MMSI", vessel.mmsi),
        ("ASSOC_NAME", "OCEAN GLORY SHIPPING SA"),
        ("ASSOC_ROLE", "OWNER"),
        ("SPECIES_NAME", "BET"),
        ("SPECIES_NAME", "SWO"),
    } <= found
    assert not any(value == "5862398" for _, value in found)


def test_yaml_record(vessel: Vessel) -> None:
    text = f"""vessel_name: {vessel.name}
imo_number: '{vessel.imo}'
call_sign: {vessel.ircs}
mmsi_no: {vessel.mmsi}
flag_state: null
associates:
  - name: OCEAN GLORY SHIPPING SA
    role: OPERATOR
    address:
      street: Calle 50, Piso 27
      city: Panama City
      province: Panama
authorisations:
  - type: CARRIER
    fao_areas:
      - '71'
"""
    found = _labelled(text)
    assert {
        ("VESSEL_NAME", vessel.name),
        ("IMO", vessel.imo),
        ("IRCS", vessel.ircs),
        ("MMSI", vessel.mmsi),
        ("ASSOC_NAME", "OCEAN GLORY SHIPPING SA"),
        ("ASSOC_ROLE", "OPERATOR"),
        ("ADDRESS", "Calle 50, Piso 27"),
        ("CITY", "Panama City"),
        ("STATE", "Panama"),
        ("AUTH_TYPE", "CARRIER"),
        ("FAO_AREA_CODE", "71"),
    } <= found
    assert not any(label == "FLAG" for label, _ in found)


def test_database_abbreviations(vessel: Vessel) -> None:
    text = (
        '{"REC_ID":"8715129","VSL_NM":"'
        + vessel.name
        + '","FLG":"Panama","IMO":"'
        + (vessel.imo or "")
        + '","IRCS":"'
        + (vessel.ircs or "")
        + '","NAT_REG":"51042",'
        '"ASSOC":[{"NM":"GOLDEN SEA REEFER LTD","CO_REG":"912486978955658235",'
        '"ADDRESS":{"CTRY":"HKG"}}]}\n'
    )
    found = _labelled(text)
    assert {
        ("VESSEL_NAME", vessel.name),
        ("FLAG", "Panama"),
        ("IMO", vessel.imo),
        ("IRCS", vessel.ircs),
        ("NATIONAL_REG_NO", "51042"),
        ("ASSOC_NAME", "GOLDEN SEA REEFER LTD"),
        ("REG_NO", "912486978955658235"),
        ("COUNTRY_CODE", "HKG"),
    } <= found
    assert not any(value == "8715129" for _, value in found)


def test_an_html_table_is_not_read_as_a_record(vessel: Vessel) -> None:
    # DeepSeek-OCR's tables are HTML: the table finders read them, by their header.
    text = (
        "<table><tr><th>Name</th><th>IMO</th></tr>"
        f"<tr><td>{vessel.name}</td><td>{vessel.imo}</td></tr></table>\n"
    )
    found = _labelled(text)
    assert {("VESSEL_NAME", vessel.name), ("IMO", vessel.imo)} <= found
