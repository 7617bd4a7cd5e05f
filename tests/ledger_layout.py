"""A register layout the rules read poorly, for the learning tests and bench/learning.py.

A harbour master's ledger: header words the vocabulary does not know ("Hull ref." for the IMO
number, "Radio" for the call sign, "Transponder" for the MMSI, "Registry" for the flag, which
the rules take for a registration number), MMSIs printed in groups of three digits, and a
hull-reference column that holds the IMO number for some craft and the harbour's own reference
for the others (so too few of its cells pass the IMO check for the rules to type the column).
Written for the learning tests without tuning the extractor on it; test-only.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence

import pycountry

from oceanid_assets.learn import LabelledPage
from oceanid_dev.demo.vessels import Vessel

Cell = tuple[str | None, str | None]  # value as printed, label


def _registry(vessel: Vessel, rng: random.Random) -> Cell:
    country = pycountry.countries.get(alpha_3=vessel.flag) if vessel.flag else None
    name = getattr(country, "common_name", None) or getattr(country, "name", None)
    return name, "FLAG"


def _hull_ref(vessel: Vessel, rng: random.Random) -> Cell:
    # The IMO number where the craft has one and the office chose to print it; otherwise the
    # harbour's own hull reference.
    if vessel.imo and rng.random() < 0.65:
        return vessel.imo, "IMO"
    return f"HR-{rng.randint(100, 9999):04d}", "OTHER_EXT_ID"


def _transponder(vessel: Vessel, rng: random.Random) -> Cell:
    mmsi = vessel.mmsi
    if mmsi and len(mmsi) == 9:
        return f"{mmsi[:3]} {mmsi[3:6]} {mmsi[6:]}", "MMSI"
    return mmsi, "MMSI"


COLUMNS: dict[str, Callable[[Vessel, random.Random], Cell]] = {
    "Craft": lambda v, rng: (v.name, "VESSEL_NAME"),
    "Registry": _registry,
    "Hull ref.": _hull_ref,
    "Radio": lambda v, rng: (v.ircs, "IRCS"),
    "Transponder": _transponder,
    "Tonn.": lambda v, rng: (v.gross_tonnage, "METRIC_VALUE"),
    "Laid down": lambda v, rng: (v.build_year, "BUILD_YEAR"),
}


def ledger_page(vessels: Sequence[Vessel], rng: random.Random, doc_id: str) -> LabelledPage:
    """One page of a harbour master's ledger: a column per field, aligned by spaces, columns
    after the craft's name in a different order on every page."""
    others = rng.sample([h for h in COLUMNS if h != "Craft"], len(COLUMNS) - 1)
    heads = ["Seq", "Craft", *others]
    rows: list[list[Cell]] = [
        [(f"{n:03d}", None), *(COLUMNS[h](v, rng) for h in heads[1:])]
        for n, v in enumerate(vessels, 1)
    ]
    widths = [
        max(len(h), *(len(row[i][0] or "") for row in rows)) + rng.randint(2, 5)
        for i, h in enumerate(heads)
    ]
    text = "HARBOUR MASTER'S LEDGER OF LICENSED CRAFT\n"
    text += f"Sheet {rng.randint(1, 40)} - as kept at the harbour office\n\n"
    text += "".join(h.ljust(w) for h, w in zip(heads, widths, strict=True)).rstrip() + "\n"
    spans: list[tuple[int, int, str]] = []
    for row in rows:
        line = ""
        for (value, label), width in zip(row, widths, strict=True):
            if value and label:
                start = len(text) + len(line)
                spans.append((start, start + len(value), label))
            line += (value or "").ljust(width)
        text += line.rstrip() + "\n"
    return LabelledPage(doc_id, text, spans)


def ledger_pages(
    vessels: Sequence[Vessel], pages: int, seed: int, prefix: str = "ledger"
) -> list[LabelledPage]:
    """`pages` ledger pages of 20 vessels each drawn from `vessels`."""
    rng = random.Random(seed)
    per_page = min(20, len(vessels))
    return [
        ledger_page(rng.sample(list(vessels), per_page), rng, f"{prefix}-{n:04d}")
        for n in range(pages)
    ]


def split_fleet(vessels: Sequence[Vessel], seed: int = 7) -> tuple[list[Vessel], list[Vessel]]:
    """Two disjoint sets of vessels: two thirds to train on, a third to test on."""
    shuffled = list(vessels)
    random.Random(seed).shuffle(shuffled)
    cut = len(shuffled) * 2 // 3
    return shuffled[:cut], shuffled[cut:]
