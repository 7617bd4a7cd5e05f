"""Former names, flags and identifiers, as IUU lists and registry histories print them: keys
that put the word 'former' after the noun (Spanish and French), the dates in brackets that say
until when each held, and a former identifier named inside the current one's value."""

from __future__ import annotations

import pytest

from oceanid_assets.preannotate.rules import extract_rules


def _labelled(line: str) -> set[tuple[str, str]]:
    text = line + "\n"
    spans = extract_rules(text)
    assert all(text[s.start : s.end] == s.text for s in spans)
    return {(s.label, s.text) for s in spans}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("MMSI antérieurs : 412000001", {("ID_CHANGE", "412000001")}),
        ("Indicativos anteriores: BZW6X", {("ID_CHANGE", "BZW6X")}),
        ("Noms antérieurs : SEA STAR", {("NAME_CHANGE", "SEA STAR")}),
        ("Pavillons antérieurs : Panama", {("FLAG_CHANGE", "Panama")}),
        (
            "Previous names: SEA STAR (2015-2019), OCEAN KING (until 2015)",
            {("NAME_CHANGE", "SEA STAR"), ("NAME_CHANGE", "OCEAN KING")},
        ),
        (
            "MMSI: 412549357 (previously 412000001)",
            {("MMSI", "412549357"), ("ID_CHANGE", "412000001")},
        ),
        ("Indicatif d'appel : FQAB (anciennement FQAC)", {("IRCS", "FQAB"), ("ID_CHANGE", "FQAC")}),
    ],
)
def test_former_values(line: str, expected: set[tuple[str, str]]) -> None:
    found = _labelled(line)
    assert expected <= found
    # A former value is never also read as the current one.
    formers = {text for label, text in expected if label.endswith("_CHANGE")}
    assert not any(text in formers for label, text in found if not label.endswith("_CHANGE"))
