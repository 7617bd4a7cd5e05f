"""A dense listing in the style of the ITU List of Ship Stations (List V) or a MARS query
printout: name, call sign, MMSI, selective call number, administration, accounting authority,
Inmarsat numbers and amendment notes (trilingual headings en / fr / es)."""

from __future__ import annotations

import datetime as dt
import random

from oceanid_dev.demo.vessels import Vessel

from ._common import (
    Ident,
    country,
    fill_to,
    fmt_date,
    former_ids,
    gt_value,
    invent_call_sign,
    mid_rows,
    pick,
    rand_date,
    stable,
)
from ._page import PageDraft

LAYOUT = "itu_ship_station_list"

HEADER = (
    "LIST OF SHIP STATIONS AND MARITIME MOBILE SERVICE IDENTITY ASSIGNMENTS\n"
    "NOMENCLATURE DES STATIONS DE NAVIRE ET DES IDENTITÉS DU SERVICE MOBILE MARITIME\n"
    "NOMENCLÁTOR DE LAS ESTACIONES DE BARCO Y DE LAS IDENTIDADES DEL SERVICIO MÓVIL MARÍTIMO\n"
)
LEGEND = (
    "Col. 1 Name of ship / Nom du navire / Nombre del barco  2 Call sign / Indicatif / "
    "Distintivo  3 MMSI  4 Selective call No. / Numéro d'appel sélectif / Número de llamada "
    "selectiva  5 Adm.  6 AAIC  7 Category / Catégorie  8 Inmarsat  9 GT / JB / AB\n"
)
COLS = ("1", "2", "3", "4", "5", "6", "7", "8", "9")
WIDTHS = (24, 9, 11, 7, 5, 6, 6, 12, 0)
CATEGORIES = ("FI", "FI CP", "FI PL", "FI DSC", "FI CO", "FI VHF")


def _aaic(ident: Ident, rng: random.Random) -> str:
    iso2 = next((i2 for _, i2, i3, _ in mid_rows() if i3 == ident.flag), "XX")
    return f"{iso2}{rng.randint(1, 20):02d}"


def _selcal(ident: Ident) -> str:
    return str(stable(ident, "selcal").randint(10000, 99999))


def _inmarsat(ident: Ident, rng: random.Random) -> str:
    if rng.random() < 0.4:
        return "-"
    srng = stable(ident, "inmarsat")
    return srng.choice(("4", "7")) + "".join(srng.choice("0123456789") for _ in range(8))


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    style = rng.choice(("table", "table", "records"))
    edition = rand_date(rng)
    start_page = rng.randint(40, 1400)
    pages: list[PageDraft] = []
    for number in range(rng.choice((1, 2, 2, 3))):
        page = PageDraft()
        page.add(HEADER)
        page.line(
            f"Section II - Ship stations / Stations de navire / Estaciones de barco"
            f"{' ' * 8}Edition {edition.year}   Page {start_page + number}"
        )
        fleet = sorted(pick(vessels, rng, rng.randint(9, 18)), key=lambda v: v.name)
        if style == "table":
            page.add(LEGEND).nl()
            page.line("".join(c.ljust(w) if w else c for c, w in zip(COLS, WIDTHS, strict=True)))
            for ident in fleet:
                row = _table_row(ident, rng)
                if not page.room(len(row), 2500):
                    break
                page.extend(row)
        else:
            page.nl()
            for ident in fleet:
                row = _record(ident, rng)
                if not page.room(len(row), 2450):
                    break
                page.extend(row)
        notes = _notes(fleet, rng, edition)
        if page.room(len(notes), 2950):
            page.extend(notes)
        fill_to(page, "en", rng)
        pages.append(page)
    return pages


def _table_row(ident: Ident, rng: random.Random) -> PageDraft:
    row = PageDraft()
    row.cell(ident.name, "VESSEL_NAME", WIDTHS[0])
    _optional(row, ident.ircs, "IRCS", WIDTHS[1])
    _optional(row, ident.mmsi, "MMSI", WIDTHS[2])
    row.cell(_selcal(ident), "OTHER_EXT_ID", WIDTHS[3])
    _optional(row, ident.flag, "FLAG", WIDTHS[4])
    row.cell(_aaic(ident, rng), None, WIDTHS[5])
    row.cell(rng.choice(CATEGORIES).split()[0], None, WIDTHS[6])
    row.cell(_inmarsat(ident, rng), None, WIDTHS[7])
    row.val(gt_value(ident), "METRIC_VALUE")
    return row.nl()


def _optional(row: PageDraft, value: str | None, label: str, width: int) -> None:
    if value:
        row.cell(value, label, width)
    else:
        row.cell("-", None, width)


def _record(ident: Ident, rng: random.Random) -> PageDraft:
    row = PageDraft()
    row.val(ident.name, "VESSEL_NAME").add(" " + "." * max(3, 26 - len(ident.name)) + " ")
    if ident.ircs:
        row.val(ident.ircs, "IRCS")
    else:
        row.add("(no call sign)")
    row.add("  MMSI ")
    if ident.mmsi:
        row.val(ident.mmsi, "MMSI")
    else:
        row.add("not notified")
    row.add("  Sel. ").val(_selcal(ident), "OTHER_EXT_ID").nl()
    row.add("      Adm. ")
    if ident.flag:
        row.val(ident.flag, "FLAG")
        name = country(ident.flag, rng.choice(("en", "fr", "es")))
        if name and name != ident.flag:
            row.add(" (").val(name, "FLAG").add(")")
    else:
        row.add("unknown")
    row.add(f"  AAIC {_aaic(ident, rng)}  {rng.choice(CATEGORIES)}  Inm-C {_inmarsat(ident, rng)}")
    row.add("  GT ").val(gt_value(ident), "METRIC_VALUE")
    row.line(f"  EPIRB {''.join(rng.choice('0123456789ABCDEF') for _ in range(15))}")
    return row


def _notes(fleet: list[Ident], rng: random.Random, edition: dt.date) -> PageDraft:
    notes = PageDraft()
    notes.nl().line("Amendments since the previous edition / Modifications / Modificaciones:")
    chosen = rng.sample(fleet, min(len(fleet), rng.randint(1, 3)))
    for number, ident in enumerate(chosen, 1):
        notes.add(f"({number}) ").val(ident.name, "VESSEL_NAME")
        former = former_ids(rng, ident.flag)
        kind = rng.choice(("callsign", "reflag", "name"))
        if kind == "name" and ident.vessel.former_name:
            notes.add(": ex-name ").val(ident.vessel.former_name, "NAME_CHANGE").line(".")
        elif kind == "reflag" and former.mmsi:
            notes.add(": transferred from the flag of ")
            notes.val(country(former.flag) or former.flag, "FLAG_CHANGE")
            notes.add("; former MMSI ").val(former.mmsi, "ID_CHANGE")
            if former.call_sign:
                notes.add(", former call sign ").val(former.call_sign, "ID_CHANGE")
            notes.line(".")
        elif ident.flag and ident.ircs:
            old = invent_call_sign(ident.flag, rng)
            if old and old != ident.ircs:
                notes.add(": call sign changed from ").val(old, "ID_CHANGE")
                notes.add(" to ").val(ident.ircs, "IRCS").line(".")
            else:
                notes.line(": particulars confirmed.")
        else:
            notes.line(f": entry updated {fmt_date(rand_date(rng), 'dmy')}.")
    notes.line(
        f"Accounting authorities: see Part III. Telephone +41 22 730 {rng.randint(5000, 5999)}."
    )
    return notes
