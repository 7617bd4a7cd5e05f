"""An owner or operator with the address registers print after the name, in a key's value or
a table's cell: the name apart from the address, a company suffix after a comma kept in the
name, and a name with a comma but no address left whole."""

from __future__ import annotations

import pytest

from oceanid_assets.preannotate.rules import extract_rules


def _labelled(text: str) -> set[tuple[str, str]]:
    spans = extract_rules(text)
    assert all(text[s.start : s.end] == s.text for s in spans)
    return {(s.label, s.text) for s in spans}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Operator / Exploitant: SEA HARVEST LTD, 4 Dock Road, Cape Town, South Africa",
            {
                ("ASSOC_NAME", "SEA HARVEST LTD"),
                ("ADDRESS", "4 Dock Road"),
                ("CITY", "Cape Town"),
                ("COUNTRY_CODE", "South Africa"),
            },
        ),
        (
            "Owner: PESCA AUSTRAL, S.A., Calle Mayor 12, Vigo, Spain",
            {("ASSOC_NAME", "PESCA AUSTRAL, S.A."), ("COUNTRY_CODE", "Spain")},
        ),
        (
            "Armador: PESCA AUSTRAL S.A. (Calle Mayor 12, Vigo, ESP)",
            {("ASSOC_NAME", "PESCA AUSTRAL S.A."), ("CITY", "Vigo"), ("COUNTRY_CODE", "ESP")},
        ),
        (
            "Owner: SHANDONG HIGHRICH FISHERY, CO., LTD",
            {("ASSOC_NAME", "SHANDONG HIGHRICH FISHERY, CO., LTD")},
        ),
        ("Owner: NINGBO FISHERY, ZHEJIANG", {("ASSOC_NAME", "NINGBO FISHERY, ZHEJIANG")}),
    ],
)
def test_owner_and_address_in_one_value(line: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= _labelled(line + "\n")


def test_owner_column_with_addresses() -> None:
    text = (
        "Vessel        IMO       Owner\n"
        "OCEAN STAR    9123457   STAR FISHING LTD, 12 Harbour Road, Port Louis, Mauritius\n"
        "SEA WIND      9234566   WIND MARINE CO., LTD\n"
        "PACIFIC DAWN  9345675   DAWN PESCA, S.A., Av. del Puerto 3, Manta, Ecuador\n"
    )
    found = _labelled(text)
    assert {
        ("ASSOC_NAME", "STAR FISHING LTD"),
        ("COUNTRY_CODE", "Mauritius"),
        ("ASSOC_NAME", "WIND MARINE CO., LTD"),
        ("ASSOC_NAME", "DAWN PESCA, S.A."),
        ("COUNTRY_CODE", "Ecuador"),
    } <= found
