"""The rule engine on layouts nobody tuned it on (tests/blind_layouts*, written by someone who
had not read the rules; docs/preannotation.md reports the figures).

Set A was scored (per label, never read) while the rules were developed; set B was scored
once at the end of that work, then again after two fixes that score pointed to; set C (written
later, by a third author) was scored once after the next round of changes, then those changes
went on with its per-layout figures in view; set D (a fourth author) was scored once when it
arrived, with the rules of the start of that round and with the round's changes made before it
arrived, then the round went on with its per-layout figures in view; set E (a fifth author) the
same way in round 4, set F (a sixth) in round 5 and set G (a seventh) in round 6; set H (an
eighth) was scored once at the end of round 6 and no rule has changed since. The floors
sit a little under what was measured (on the real vessel lists and on the synthetic fleet CI
has), so a change that loses ground on unseen layouts fails here."""

from __future__ import annotations

import pytest

from oceanid_assets.preannotate.rules import extract_rules
from oceanid_dev.demo.vessels import Vessel, load_vessels
from tests.quality_report import BLIND_SETS, blind_labelled, score_pages

# (identifiers exact F1, all labels lenient F1, share of pages with a suggestion). Measured at
# 12 pages a layout, seed 21, real vessels / synthetic fleet, at the end of round 3 (set D
# added): A 0.999/0.973 and 1.000/0.973; B 0.983/0.901 and 0.949/0.889; C 0.986/0.834 and
# 0.973/0.845; D 0.970/0.833 and 0.986/0.900 (D when it arrived: 0.918/0.700 and
# 0.936/0.794). Set E (a fifth author) when it arrived, before any change: 0.828/0.585 and
# 0.758/0.581; after round 4 (structured records, fixed-width listings, compact dates):
# 0.954/0.883 and 0.991/0.894. Set F (a sixth author) on arrival, with the rules of the end of
# round 4: 0.704/0.558 and 0.748/0.596; after round 5's first changes (lists of persons, LOCODE
# columns, headers one space apart): 0.914/0.736 and 0.917/0.762. Set G (a seventh author) on
# arrival, with the rules of the end of round 5: 0.851/0.576 and 0.880/0.596; after round 6
# (records of changes, registers parted by blank lines, keys padded before their colons, call
# signs down a column of two-column text, Portuguese keys): 0.989/0.748 and 0.994/0.772. Set H
# (an eighth author) on arrival, with the rules of the end of round 6, nothing changed since:
# 0.926/0.762 and 0.937/0.791. The bar is 0.97/0.85: docs/preannotation.md.
FLOORS = {
    "A": (0.97, 0.95, 0.98),
    "B": (0.93, 0.87, 0.98),
    "C": (0.95, 0.81, 0.98),
    "D": (0.95, 0.81, 0.98),
    "E": (0.94, 0.86, 0.95),
    "F": (0.89, 0.71, 0.90),
    "G": (0.97, 0.72, 0.98),
    "H": (0.95, 0.79, 0.95),
    "I": (0.97, 0.75, 0.98),
    "J": (0.94, 0.77, 0.98),
    "K": (0.93, 0.78, 0.98),
    "L": (0.96, 0.83, 0.98),
    "M": (0.97, 0.69, 0.82),
    "N": (0.85, 0.67, 0.98),
}


@pytest.fixture(scope="module")
def vessels() -> list[Vessel]:
    return load_vessels()


@pytest.mark.parametrize("name", sorted(BLIND_SETS))
def test_rules_hold_on_blind_layouts(name: str, vessels: list[Vessel]) -> None:
    pages = BLIND_SETS[name].generate_blind_pages(vessels, 12, seed=21)
    result = score_pages(blind_labelled(pages))
    identifiers, lenient, coverage = FLOORS[name]
    assert result.identifiers.exact_f1 >= identifiers, result.identifiers
    assert result.total.lenient_f1 >= lenient, result.total
    assert result.coverage >= coverage


@pytest.mark.parametrize("name", sorted(BLIND_SETS))
def test_offsets_exact_and_spans_apart_on_blind_pages(name: str, vessels: list[Vessel]) -> None:
    for page in BLIND_SETS[name].generate_blind_pages(vessels, 6, seed=8):
        end = 0
        for span in extract_rules(page.text):
            assert page.text[span.start : span.end] == span.text, (page.doc_id, span)
            assert span.start >= end, (page.doc_id, span)
            end = span.end
