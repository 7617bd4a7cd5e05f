"""A fifth, held-out demo layout: port State inspection / transshipment reports.

Used only to evaluate extractors, never to tune them: its key wordings ("IMO No", "Radio call
sign", "State of registry", "Tonnage (GT)", "Length (LOA)" ...), its two-column key-value grid,
its prose and its catch table differ from the four layouts in `layouts.py`. It is drawn with the
same `Sheet` machinery and checked with the same span locator, so its ground truth is exact.

Labelling conventions (the same as the other layouts): dates are START_DATE/END_DATE only when
they bound an authorization (the date of entry into port, the inspection date and the date of
issue are unlabelled); the port of inspection and the last port of call are not HOME_PORT; the
port State is not the FLAG; catch quantities are not metrics; species names and ASFIS codes are
both SPECIES_NAME.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from datetime import date, timedelta

from oceanid_dev.demo.documents import DemoDocument, _finish, _unique
from oceanid_dev.demo.layouts import Draft
from oceanid_dev.demo.sheet import Column, Part, Sheet, compose
from oceanid_dev.demo.vessels import Vessel, imo_check_ok
from oceanid_dev.demo.wording import (
    ALL_DATE_STYLES,
    COUNTRIES,
    FAO_AREAS,
    RFMOS,
    SPECIES,
    Rfmo,
    _country_in_prose,
    country,
    fmt_date,
    gear,
    owner_name,
    port_parts,
    some_day,
)

KIND = "heldout_inspection"
_SIZES = (1, 2, 2, 3, 4)  # pages per report

_KEY_W, _VALUE_W = 38.0, 52.0  # the grid: key | value | key | value, 180 mm in all
_GRID_ROW_H = 5.6
_TABLE_ROW_H = 5.0
_LINE_MM = 10 * 25.4 / 72 * 1.45  # one 10 pt line, as `Sheet.line` advances

_TITLES = (
    ("PORT STATE INSPECTION REPORT", "Article 9 of the FAO Agreement on Port State Measures"),
    ("REPORT OF THE RESULTS OF AN INSPECTION", "Annex C of the FAO PSMA"),
    ("TRANSSHIPMENT NOTICE", "the {rfmo} Regional Observer Programme on transshipment"),
    ("NOTICE OF TRANSSHIPMENT IN PORT", "the {rfmo} conservation and management measures"),
)
_OUTCOMES = (
    "No apparent infringement was detected.",
    "The inspector verified the quantities against the logbook; differences were below 5%.",
    "The quantities landed were verified by weighing and found consistent with the declaration.",
    "Documents were found in order and the vessel was authorized to use the port.",
)


def generate_heldout_documents(
    vessels: list[Vessel], *, pages: int = 20, seed: int = 0
) -> list[DemoDocument]:
    """About `pages` pages of held-out inspection reports (kind "heldout_inspection"), with
    exact ground truth. Carriers (reefers) are inspected first; every vessel whose IMO number
    fails its check digit is inspected at least once, so that extractors meet real-data IMOs
    they must keep as found. The same (vessels, pages, seed) gives the same bytes."""
    if pages < 1:
        raise ValueError(f"pages must be at least 1, got {pages}")
    if not vessels:
        raise ValueError("no vessels to put in the documents")
    rng = random.Random(seed)  # noqa: S311 - reproducible demo data, not secrets
    queue = _Queue(vessels, rng)
    documents: list[DemoDocument] = []
    taken: set[str] = set()
    remaining = pages
    while remaining > 0:
        size = min(rng.choice(_SIZES), remaining)
        draft = _render_report(queue, size, rng)
        document = _finish(draft, _unique(draft.filename, taken))
        documents.append(document)
        remaining -= document.page_count
    return documents


class _Queue:
    """Which vessel is inspected next, and which fishing vessel handed over its catch."""

    def __init__(self, vessels: Sequence[Vessel], rng: random.Random) -> None:
        self.rng = rng
        self.vessels = list(vessels)
        self.carriers = [v for v in vessels if v.gear == "CARRIER"]
        self.fishing = [v for v in vessels if v.gear != "CARRIER"] or self.vessels
        # Real lists hold IMO numbers with a wrong check digit; show each one early.
        self.pending = [v for v in vessels if v.imo and not imo_check_ok(v.imo)]
        rng.shuffle(self.pending)

    def inspected(self) -> Vessel:
        if self.pending:
            return self.pending.pop()
        pool = self.carriers if self.carriers and self.rng.random() < 0.75 else self.vessels
        return self.rng.choice(pool)

    def donor(self, inspected: Vessel) -> Vessel:
        others = [v for v in self.fishing if v is not inspected] or self.vessels
        return self.rng.choice(others)


def _render_report(queue: _Queue, max_pages: int, rng: random.Random) -> Draft:
    rfmo = rng.choice(RFMOS)
    port_state = rng.choice([c for c in COUNTRIES.values() if c.places])
    port = rng.choice(port_state.places)[0]
    style = rng.choice(ALL_DATE_STYLES)
    issued = some_day(rng)
    title, basis = rng.choice(_TITLES)
    ref = f"{port_state.iso2}-PSM-{issued.year}-{rng.randint(1, 9999):04d}"
    sheet = Sheet(
        family=rng.choice(("helvetica", "times")), footer=(f"{ref} | {{page}}/{{pages}}",)
    )
    sheet.add_page()
    sheet.font(10, "B")
    sheet.line([port_state.name.upper()], align="C")
    sheet.font(9)
    sheet.line([f"{port_state.authority}, Port State Measures Unit"], align="C")
    sheet.gap(3)
    sheet.font(14, "B")
    sheet.line([title], align="C")
    sheet.font(9)
    sheet.line([f"issued under {basis.format(rfmo=rfmo.code)}"], align="C")
    sheet.gap(3)
    sheet.line([f"Reference: {ref}"])
    sheet.line([f"Port State: {port_state.name}; designated port: {port}"])
    sheet.line([f"Date of issue: {fmt_date(issued, style)}"])
    sheet.line(["Copy to: the flag State, the ", ("RFMO_CODE", rfmo.code), " Secretariat"])
    section = 0
    while True:
        inspected = queue.inspected()
        donor = queue.donor(inspected)
        catch = _catch(rfmo, rng)
        need = _section_height(sheet, inspected, donor, catch, rfmo)
        if section and sheet.y + need > sheet.bottom:
            if len(sheet.pages) >= max_pages:
                break
            sheet.add_page()
        section += 1
        _section(sheet, section, inspected, donor, catch, rfmo, rng, style, issued)
    sheet.gap(6)
    sheet.line(["Inspector in charge (signature)"])
    filename = f"{port_state.iso2}_port_inspection_{ref}.pdf"
    return Draft(KIND, filename, sheet)


def _catch(rfmo: Rfmo, rng: random.Random) -> list[tuple[str, str, str]]:
    """(ASFIS code, tonnes, FAO area) per row of the transshipped-catch table."""
    codes = rng.sample(rfmo.species, rng.randint(1, min(4, len(rfmo.species))))
    return [
        (code, f"{rng.randint(2, 900) * 0.5:.1f}", rng.choice(rfmo.areas)) for code in sorted(codes)
    ]


def _grid_cells(
    vessel: Vessel, rng: random.Random, style: str, issued: date
) -> list[tuple[list[Part], list[Part]]]:
    """(key, value) cells of the particulars grid, in reading order."""
    flag = country(vessel.flag)
    entry = issued - timedelta(days=rng.randint(1, 20))
    valid_to = some_day(rng, issued + timedelta(days=30), 600)
    last_call = rng.choice([c for c in COUNTRIES.values() if c.places]).places[0][0]
    cells: list[tuple[list[Part], list[Part]]] = [
        (["Vessel:"], [("VESSEL_NAME", vessel.name)]),
        (["IMO No:"], [("IMO", vessel.imo)] if vessel.imo else ["not assigned"]),
    ]
    if vessel.ircs:
        cells.append((["Radio call sign:"], [("IRCS", vessel.ircs)]))
    if vessel.mmsi:
        cells.append((["MMSI number:"], [("MMSI", vessel.mmsi)]))
    cells.append((["State of registry:"], [("FLAG", flag.name)] if vessel.flag else ["unknown"]))
    if vessel.port:
        cells.append((["Home port:"], port_parts(vessel)))
    if vessel.gross_tonnage:
        key: list[Part] = [("METRIC_TYPE", "Tonnage"), " (", ("METRIC_UNIT", "GT"), "):"]
        cells.append((key, [("METRIC_VALUE", vessel.gross_tonnage)]))
    if vessel.length_m:
        cells.append(
            (
                ["Length (", ("METRIC_TYPE", "LOA"), "):"],
                [("METRIC_VALUE", vessel.length_m), " ", ("METRIC_UNIT", "m")],
            )
        )
    cells += [
        ([("ASSOC_ROLE", "Operator"), ":"], [("ASSOC_NAME", owner_name(vessel))]),
        (["Last port of call:"], [last_call]),
        (["Date of entry into port:"], [fmt_date(entry, style)]),
        (["Authorisation valid until:"], [("END_DATE", fmt_date(valid_to, style))]),
    ]
    return cells


_Cells = Sequence[tuple[list[Part], list[Part]]]
_HALF = (Column((), _KEY_W), Column((), _VALUE_W)) * 2
_WHOLE = (Column((), _KEY_W), Column((), 2 * _VALUE_W + _KEY_W))


def _grid_rows(sheet: Sheet, cells: _Cells) -> list[tuple[tuple[Column, ...], list[list[Part]]]]:
    """Two key-value pairs a row; a value too wide for its half gets a row of its own, after
    the half-filled row before it (so that the reading order is kept)."""
    rows: list[tuple[tuple[Column, ...], list[list[Part]]]] = []
    pending: list[list[Part]] = []
    for key, value in cells:
        if sheet.measure(compose(value).text) > _VALUE_W - 2:
            if pending:
                rows.append((_HALF, [*pending, [], []]))
                pending = []
            rows.append((_WHOLE, [key, value]))
            continue
        pending += [key, value]
        if len(pending) == 4:
            rows.append((_HALF, pending))
            pending = []
    if pending:
        rows.append((_HALF, [*pending, [], []]))
    return rows


def _grid(sheet: Sheet, cells: _Cells) -> None:
    sheet.rule(0.3)
    for columns, row in _grid_rows(sheet, cells):
        sheet.row(columns, row, height=_GRID_ROW_H)


def _paragraph_parts(
    inspected: Vessel, donor: Vessel, catch: Sequence[tuple[str, str, str]], rfmo: Rfmo
) -> list[Part]:
    noun = "reefer" if inspected.gear == "CARRIER" else gear(inspected)[1]
    call: list[Part] = [" (call sign ", ("IRCS", inspected.ircs), ")"] if inspected.ircs else []
    total = sum(float(tonnes) for _, tonnes, _ in catch)
    donor_ids: list[Part] = []
    if donor.imo:
        donor_ids = [", IMO ", ("IMO", donor.imo)]
    elif donor.mmsi:
        donor_ids = [", MMSI ", ("MMSI", donor.mmsi)]
    flagged: list[Part] = (
        [", flagged to ", *_country_in_prose(donor.flag, "FLAG")] if donor.flag else []
    )
    return [
        f"The master of the {noun} ",
        ("VESSEL_NAME", inspected.name),
        *call,
        f" declared {total:.1f} t of frozen catch on board, received by transshipment from the ",
        f"{gear(donor)[1]} ",
        ("VESSEL_NAME", donor.name),
        *donor_ids,
        *flagged,
        ", in FAO Area ",
        ("FAO_AREA_CODE", catch[0][2]),
        ". The transshipment was notified to the ",
        ("RFMO_CODE", rfmo.code),
        " Secretariat 48 hours in advance and observed by a regional observer.",
    ]


def _section_height(
    sheet: Sheet,
    inspected: Vessel,
    donor: Vessel,
    catch: Sequence[tuple[str, str, str]],
    rfmo: Rfmo,
) -> float:
    """An upper bound on the height `_section` draws (so a section is never split)."""
    sheet.font(9)
    scratch = random.Random(0)  # noqa: S311 - sizing only: dates and ports always fit a half cell
    cells = _grid_cells(inspected, scratch, "iso", date(2025, 1, 1))
    grid_rows = len(_grid_rows(sheet, cells))
    parts = _paragraph_parts(inspected, donor, catch, rfmo)
    words = compose(parts).text.split(" ")
    widest = max(sheet.measure(w) for w in words)
    lines = math.ceil(sheet.measure(" ".join(words)) / (sheet.width - widest)) + 1
    return (
        3 * _LINE_MM  # gap and heading
        + grid_rows * _GRID_ROW_H
        + 3
        + lines * _LINE_MM
        + 2
        + (len(catch) + 1) * _TABLE_ROW_H
        + 2 * _LINE_MM  # outcome
        + 8
    )


def _section(
    sheet: Sheet,
    number: int,
    inspected: Vessel,
    donor: Vessel,
    catch: Sequence[tuple[str, str, str]],
    rfmo: Rfmo,
    rng: random.Random,
    style: str,
    issued: date,
) -> None:
    sheet.gap(4)
    sheet.font(10, "B")
    sheet.line([f"Part {number}. Vessel inspected"])
    sheet.font(9)
    _grid(sheet, _grid_cells(inspected, rng, style, issued))
    sheet.gap(3)
    sheet.paragraph(_paragraph_parts(inspected, donor, catch, rfmo))
    sheet.gap(2)
    columns = (
        Column(("Species",), 65),
        Column(("ASFIS code",), 25),
        Column(("Quantity (t)",), 30, True),
        Column(("FAO area",), 60),
    )
    sheet.font(8, "B")
    sheet.rule(0.3)
    sheet.row(columns, [c.header for c in columns], height=_TABLE_ROW_H)
    sheet.font(8)
    for code, tonnes, area in catch:
        cells: list[list[Part]] = [
            [("SPECIES_NAME", SPECIES[code])],
            [("SPECIES_NAME", code)],
            [tonnes],
            [("FAO_AREA_CODE", area), f" ({FAO_AREAS[area]})"],
        ]
        sheet.row(columns, cells, height=_TABLE_ROW_H)
    sheet.font(9)
    sheet.gap(2)
    sheet.paragraph([f"Outcome: {rng.choice(_OUTCOMES)}"])
