"""A measure's unit written out after its value, in English, Spanish and French: the whole word
is the unit, not its first letter."""

from __future__ import annotations

import pytest

from oceanid_assets.preannotate.rules import extract_rules


@pytest.mark.parametrize(
    ("line", "value", "unit"),
    [
        ("Length overall: 24.50 metres", "24.50", "metres"),
        ("Eslora total: 24,50 metros", "24,50", "metros"),
        ("Longueur hors tout : 24,50 mètres", "24,50", "mètres"),
        ("Net tonnage: 36 tonnes", "36", "tonnes"),
        ("Arqueo bruto: 120 toneladas", "120", "toneladas"),
        ("Potencia: 350 CV", "350", "CV"),
        ("Gross tonnage: 120 t", "120", "t"),
    ],
)
def test_unit_written_out(line: str, value: str, unit: str) -> None:
    found = {(s.label, s.text) for s in extract_rules(line + "\n")}
    assert {("METRIC_VALUE", value), ("METRIC_UNIT", unit)} <= found
