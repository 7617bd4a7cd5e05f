"""What the rule tests share: a page's spans as (label, text) pairs, offsets checked, and a
fleet whose identifiers all pass their checks, to write pages from."""

from __future__ import annotations

from oceanid_assets.preannotate.rules import extract_rules
from oceanid_assets.preannotate.validators import validate
from oceanid_dev.demo.vessels import Vessel, synthetic_fleet


def labelled(text: str) -> set[tuple[str, str]]:
    """The page's spans read on their own; every span's offsets give its text."""
    spans = extract_rules(text)
    assert all(text[s.start : s.end] == s.text for s in spans)
    return {(s.label, s.text) for s in spans}


def identifiers_of(v: Vessel) -> list[tuple[str, str]]:
    return [("IMO", v.imo or ""), ("MMSI", v.mmsi or ""), ("IRCS", v.ircs or "")]


def checked_fleet(size: int = 80) -> list[Vessel]:
    """Vessels of the synthetic fleet whose IMO, MMSI and call sign all pass their checks."""
    return [
        v
        for v in synthetic_fleet(size)
        if v.imo and v.mmsi and v.ircs
        if all(validate(label, value) is None for label, value in identifiers_of(v))
    ]
