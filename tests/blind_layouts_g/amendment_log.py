"""An RFMO record of changes: one row per changed field of a vessel.

Renamings, re-flaggings (with the new call sign and MMSI), owner and operator changes, a new
port of registry or tonnage. Previous values take the History labels where v1 has one
(NAME_CHANGE, FLAG_CHANGE, ID_CHANGE); a previous owner or operator is still ASSOC_NAME; a
previous port or tonnage is left unlabelled. New values take the vessel's current labels.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from oceanid_dev.demo.vessels import Vessel

from . import _ship as S
from . import _vocab as V
from ._page import PageBuilder, PageDraft, Rich, val

LAYOUT = "amendment_log"

_FIELDS = {  # change kind -> (English, Spanish)
    "name": ("Vessel name", "Nombre del buque"),
    "flag": ("Flag", "Pabellón"),
    "ircs": ("Call sign", "Indicativo de llamada"),
    "mmsi": ("MMSI", "MMSI"),
    "owner": ("Owner", "Armador"),
    "operator": ("Operator", "Operador"),
    "port": ("Port of registry", "Puerto de matrícula"),
    "gt": ("Gross tonnage", "Arqueo bruto"),
}
_HEADS = {
    "en": (
        "No.",
        "Effective",
        "RFMO ID",
        "Vessel",
        "IMO",
        "Field changed",
        "Previous value",
        "New value",
    ),
    "es": (
        "N.º",
        "Fecha efectiva",
        "ID OROP",
        "Buque",
        "OMI",
        "Campo",
        "Valor anterior",
        "Valor nuevo",
    ),
}
Row = tuple[Rich, ...]


def _changes(
    ship: S.Ship, lang: str, rng: random.Random, none: str
) -> list[tuple[str, Rich, Rich]]:
    """(kind, previous, new) for one vessel's changes in this log."""
    kinds = rng.sample(
        ("name", "flag", "ircs", "owner", "operator", "port", "gt"), rng.randint(1, 3)
    )
    out: list[tuple[str, Rich, Rich]] = []
    if "flag" in kinds:
        old = S.other_flag(ship.flag, rng)
        out.append(
            (
                "flag",
                val(S.flag_text(old, lang, rng), "FLAG_CHANGE"),
                val(S.flag_text(ship.flag, lang, rng), "FLAG"),
            )
        )
        old_sign = S.call_sign(old, rng)
        if ship.ircs and old_sign:
            out.append(("ircs", val(old_sign, "ID_CHANGE"), val(ship.ircs, "IRCS")))
        if ship.mmsi and rng.random() < 0.7:
            old_mmsi = V.MIDS[old] + f"{rng.randint(0, 999_999):06d}"
            out.append(("mmsi", val(old_mmsi, "ID_CHANGE"), val(ship.mmsi, "MMSI")))
    for kind in kinds:
        if kind == "name":
            out.append(
                (kind, val(S.former_name(ship, rng), "NAME_CHANGE"), val(ship.name, "VESSEL_NAME"))
            )
        elif kind == "ircs" and "flag" not in kinds and ship.ircs:
            old_sign = S.call_sign(ship.flag, rng)
            if old_sign:
                out.append((kind, val(old_sign, "ID_CHANGE"), val(ship.ircs, "IRCS")))
        elif kind == "owner":
            out.append(
                (kind, val(S.company(ship.flag, rng), "ASSOC_NAME"), val(ship.owner, "ASSOC_NAME"))
            )
        elif kind == "operator":
            previous = val(S.company("", rng), "ASSOC_NAME") if rng.random() < 0.7 else Rich(none)
            out.append((kind, previous, val(S.company(ship.flag, rng), "ASSOC_NAME")))
        elif kind == "port":
            ports = [p for p, _ in V.PORTS.get(ship.flag, V.DEFAULT_PORTS)]
            ports = [p for p in ports if not ship.port.upper().startswith(p.upper())] or ["-"]
            old_port = rng.choice(ports)
            out.append((kind, Rich(old_port.upper()), val(ship.port, "HOME_PORT")))
        elif kind == "gt":
            old_gt = str(max(50, int(ship.gt) - rng.randint(5, 120)))
            new = val(ship.gt, "METRIC_VALUE")
            if rng.random() < 0.5:
                old_gt, new = old_gt + " GT", new + " " + val("GT", "METRIC_UNIT")
            out.append((kind, Rich(old_gt), new))
    return out


def _field(kind: str, lang: str) -> Rich:
    word = _FIELDS[kind][0 if lang == "en" else 1]
    return val(word, "METRIC_TYPE") if kind == "gt" else Rich(word)


def _rows(
    vessels: Sequence[Vessel], rng: random.Random, lang: str, rfmo: str, start: int
) -> list[Row]:
    none = S.placeholder(lang, rng)
    repeat = rng.random() < 0.6  # print the vessel on every row, or on its first row only
    style = rng.randrange(5)
    rows: list[Row] = []
    for vessel in S.pick(vessels, rng, rng.randint(3, 6)):
        ship = S.ship_of(vessel, rng)
        ident = (
            val(S.serial(rfmo, ship.flag, rng), "RFMO_ID"),
            val(ship.name, "VESSEL_NAME"),
            val(ship.imo, "IMO") if ship.imo else Rich(none),
        )
        when = Rich(S.date_text(S.some_date(rng, 2023, 2026), style, lang))
        for i, (kind, before, after) in enumerate(_changes(ship, lang, rng, none)):
            shown = ident if repeat or i == 0 else (Rich(), Rich(), Rich())
            rows.append(
                (Rich(str(start + len(rows))), when, *shown, _field(kind, lang), before, after)
            )
    return rows


def _table(page: PageBuilder, heads: Sequence[str], rows: list[Row], pipes: bool) -> None:
    cells = [tuple(Rich(h) for h in heads), *rows]
    widths = [max(len(row[j]) for row in cells) for j in range(len(heads))]
    gap = " | " if pipes else "   "
    for n, row in enumerate(cells):
        line = Rich("| " if pipes else "")
        for j, (cell, width) in enumerate(zip(row, widths, strict=True)):
            line = line + (gap if j else "") + cell.ljust(width)
        page.line(line + (" |" if pipes else ""))
        if n == 0:
            page.line(
                ("|-" if pipes else "")
                + (("-|-" if pipes else "   ").join("-" * w for w in widths))
                + ("-|" if pipes else "")
            )


def _blocks(page: PageBuilder, heads: Sequence[str], rows: list[Row], lang: str) -> None:
    word = "Change" if lang == "en" else "Modificación"
    for row in rows:
        number, when, serial, name, imo, field, before, after = row
        page.line(f"{word} {number.text}", f"  ({heads[1].lower()} {when.text})")
        if name.text:
            page.line(f"  {heads[3]}: ", name, f"   {heads[2]}: ", serial, f"   {heads[4]}: ", imo)
        page.line(f"  {heads[5]}: ", field)
        page.line(f"  {heads[6]}: ", before)
        page.line(f"  {heads[7]}: ", after)
        page.blank()


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = "en" if rng.random() < 0.75 else "es"
    form = rng.choice(("pipes", "spaced", "blocks"))
    heads = _HEADS[lang]
    rfmo = rng.choice(tuple(V.RFMOS))
    drafts: list[PageDraft] = []
    number = rng.randint(1, 400)
    for page_no in range(rng.choice((1, 1, 2, 3))):
        page = PageBuilder()
        title = (
            "RECORD OF CHANGES - AUTHORISED VESSEL LIST"
            if lang == "en"
            else "REGISTRO DE MODIFICACIONES - LISTA DE BUQUES AUTORIZADOS"
        )
        acronym = rfmo if lang == "en" else V.RFMOS[rfmo][0]
        if page_no == 0:
            page.line(" " * rng.randint(0, 20), val(acronym, "RFMO_CODE"), " ", title)
            period = "Changes notified between" if lang == "en" else "Cambios notificados entre"
            page.line(f"{period} {rng.randint(1, 28)}/01 - {rng.randint(1, 28)}/06")
            page.blank()
        rows = _rows(vessels, rng, lang, rfmo, number)
        number += len(rows)
        if form == "blocks":
            _blocks(page, heads, rows, lang)
        else:
            _table(page, heads, rows, form == "pipes")
        page.blank()
        page.line(" " * rng.randint(50, 80), f"- {page_no + 1} -")
        drafts.append(page.draft())
    return drafts
