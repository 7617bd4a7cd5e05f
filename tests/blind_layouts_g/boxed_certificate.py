"""A certificate of registry drawn as a boxed form, as text extraction gives it.

Each box holds its key on the first line and the value below; two to four boxes side by side.
Drawn with box characters, with ASCII (+---+ |), or with the verticals only (the horizontal
rules lost in extraction). English or Spanish.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import timedelta

from oceanid_dev.demo.vessels import Vessel

from . import _ship as S
from . import _vocab as V
from ._page import PageBuilder, PageDraft, Rich, join, val

LAYOUT = "boxed_certificate"

Box = tuple[Rich, Rich]  # key, value
# style -> (horizontal, vertical, corners/joints: ┌ ┬ ┐ ├ ┼ ┤ └ ┴ ┘ and the two half joints)
_STYLES = {
    "box": ("\u2500", "\u2502", "\u250c\u252c\u2510\u251c\u253c\u2524\u2514\u2534\u2518"),
    "ascii": ("-", "|", "+++++++++"),
    "bars": ("", "|", ""),
}
_KEYS = {  # field -> (English key, Spanish key)
    "name": ("Name of ship", "Nombre del buque"),
    "official": ("Official number", "Número de matrícula"),
    "ircs": ("Call sign", "Distintivo de llamada"),
    "imo": ("IMO number", "Número OMI"),
    "mmsi": ("MMSI", "MMSI"),
    "port": ("Port of registry", "Puerto de matrícula"),
    "flag": ("Flag", "Pabellón"),
    "type": ("Type of ship", "Tipo de buque"),
    "gt": ("Gross tonnage", "Arqueo bruto"),
    "nt": ("Net tonnage", "Arqueo neto"),
    "loa": ("Length overall", "Eslora total"),
    "power": ("Main engine power", "Potencia propulsora"),
    "built": ("Year of build", "Año de construcción"),
    "yard": ("Place of build", "Astillero"),
    "country": ("Country of build", "País de construcción"),
    "hull": ("Hull material", "Material del casco"),
    "owner": ("Name of owner", "Propietario"),
    "address": ("Address of owner", "Domicilio del propietario"),
    "registered": ("Date of registration", "Fecha de inscripción"),
    "expiry": ("Valid until", "Válido hasta"),
    "certificate": ("Certificate No.", "Certificado n.º"),
}
_METRICS = {"gt", "nt", "loa", "power"}
_SPANISH_FLAGS = ("PAN", "ECU", "PER", "CHL", "URY", "ESP")


def _values(ship: S.Ship, lang: str, rng: random.Random, none: str) -> dict[str, Rich]:
    street, city, state = S.address(ship.owner_country, rng)
    registered = S.some_date(rng, 2016, 2025)
    style = rng.randrange(5)
    built_in = ship.flag if ship.flag in V.BUILDERS else ""
    unit = rng.random() < 0.6

    def metric(number: str, symbol: str) -> Rich:
        return val(number, "METRIC_VALUE") + (" " + val(symbol, "METRIC_UNIT") if unit else "")

    def ident(value: str | None, label: str) -> Rich:
        return val(value, label) if value else Rich(none)

    return {
        "name": val(ship.name, "VESSEL_NAME"),
        "official": val(f"{rng.randint(10, 99)}{rng.randint(1000, 99999)}", "NATIONAL_REG_NO"),
        "ircs": ident(ship.ircs, "IRCS"),
        "imo": ident(ship.imo, "IMO"),
        "mmsi": ident(ship.mmsi, "MMSI"),
        "port": val(ship.port, "HOME_PORT"),
        "flag": val(S.flag_text(ship.flag, lang, rng), "FLAG"),
        "type": Rich(
            ("Fishing vessel - " if lang == "en" else "Pesquero - ")
            + S.gear_text(ship.gear, lang).lower()
        ),
        "gt": metric(ship.gt, "GT"),
        "nt": metric(str(max(1, int(int(ship.gt) * rng.uniform(0.28, 0.35)))), "NT"),
        "loa": metric(S.decimal(f"{float(ship.loa):.2f}", lang), "m"),
        "power": metric(ship.power, "kW"),
        "built": val(ship.built, "BUILD_YEAR"),
        "yard": val(rng.choice(V.BUILDERS[built_in]), "BUILDER_LOCATION"),
        "country": val(S.country_of(built_in or ship.flag, lang), "BUILD_COUNTRY"),
        "owner": val(ship.owner, "ASSOC_NAME"),
        "address": join(
            [val(street, "ADDRESS"), val(city, "CITY")]
            + ([val(state, "STATE")] if state else [])
            + [val(S.country_of(ship.owner_country, lang), "COUNTRY_CODE")],
            ", ",
        ),
        "registered": val(S.date_text(registered, style, lang), "START_DATE"),
        "expiry": val(S.date_text(registered + timedelta(days=1826), style, lang), "END_DATE"),
        "certificate": Rich(
            f"{rng.choice(('CR', 'PR', 'RF'))}-{registered.year}/{rng.randint(1, 999):03d}"
        ),
        "hull": Rich(rng.choice(("Steel", "FRP")) if lang == "en" else "Acero"),
    }


def _rows(fields: list[str], rng: random.Random) -> list[list[str]]:
    rows: list[list[str]] = []
    while fields:
        size = 2 if fields[0] in ("owner", "address") else rng.randint(2, 4)
        rows.append(fields[:size])
        fields = fields[size:]
    if len(rows) > 1 and len(rows[-1]) == 1:
        rows[-2].extend(rows.pop())
    return rows


def _bar_positions(widths: Sequence[int]) -> set[int]:
    positions, at = {0}, 0
    for width in widths:
        at += width + 1
        positions.add(at)
    return positions


def _rule(upper: set[int], lower: set[int], total: int, style: str) -> str:
    line, _, joints = _STYLES[style]
    out = []
    for p in range(total + 1):
        up, down = p in upper, p in lower
        if not (up or down):
            out.append(line)
            continue
        column = 0 if p == 0 else 2 if p == total else 1
        row = 0 if not upper else 2 if not lower else 1
        if row == 1 and column == 1 and not (up and down):
            out.append(joints[1] if down else joints[7])  # ┬ or ┴ where only one row has a bar
        else:
            out.append(joints[row * 3 + column])
    return "".join(out)


def render(rows: list[list[Box]], style: str, total: int) -> list[Rich]:
    """The boxes as text lines, every row `total` characters wide between its outer bars; a
    box is as wide as its key needs plus an even share of the room left in its row."""
    _, bar, _ = _STYLES[style]
    out: list[Rich] = []
    above: set[int] = set()
    for boxes in rows:
        needs = [len(key) + 2 for key, _ in boxes]
        extra = total - (len(boxes) - 1) - sum(needs)
        widths = [need + extra // len(boxes) for need in needs]
        widths[-1] += total - (len(boxes) - 1) - sum(widths)
        positions = _bar_positions(widths)
        if style != "bars":
            out.append(Rich(_rule(above, positions, total + 1, style)))
        cells = [
            [" " + key] + [" " + line for line in value.wrap(width - 2)]
            for (key, value), width in zip(boxes, widths, strict=True)
        ]
        for i in range(max(len(cell) for cell in cells)):
            line = Rich(bar)
            for cell, width in zip(cells, widths, strict=True):
                line = line + (cell[i] if i < len(cell) else Rich()).ljust(width) + bar
            out.append(line)
        above = positions
    if style != "bars":
        out.append(Rich(_rule(above, set(), total + 1, style)))
    return out


def width_for(rows: list[list[Box]], wanted: int) -> int:
    return max([wanted] + [sum(len(k) + 12 for k, _ in row) + len(row) - 1 for row in rows])


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    ship = S.ship_of(rng.choice(vessels), rng)
    lang = "en" if rng.random() < 0.7 else "es"
    previous = None
    if lang == "es" and ship.flag not in _SPANISH_FLAGS:
        # a Spanish-language registry: the hull moved to a Spanish-speaking open register
        previous, ship = ship, S.reflagged(ship, rng.choice(_SPANISH_FLAGS), rng)
    style = rng.choice(tuple(_STYLES))
    values = _values(ship, lang, rng, S.placeholder(lang, rng))
    dropped = rng.sample(("mmsi", "nt", "hull", "yard", "certificate", "type"), 2)
    fields = [f for f in _KEYS if f not in dropped]
    cut = fields.index("owner")  # identity and build first; owner and dates last
    head, tail = fields[:cut], fields[cut:]
    technical = head[6:]
    rng.shuffle(technical)
    fields = head[:6] + technical + tail

    def box(field: str) -> Box:
        key = _KEYS[field][0 if lang == "en" else 1]
        return (val(key, "METRIC_TYPE") if field in _METRICS else Rich(key)), values[field]

    page = PageBuilder()
    indent = " " * rng.randint(0, 6)
    page.line(indent, " " * 20, val(S.country_of(ship.flag, lang).upper(), "FLAG"))
    title = "CERTIFICATE OF REGISTRY" if lang == "en" else "CERTIFICADO DE MATRÍCULA"
    sub = "Fishing vessel" if lang == "en" else "Buque pesquero"
    page.line(indent, " " * 14, title, " - ", sub)
    page.blank()
    rows = [[box(f) for f in row] for row in _rows(fields, rng)]
    total = width_for(rows, rng.randint(74, 104))
    for line in render(rows, style, total):
        page.line(indent, line)
    page.blank()
    issued = S.date_text(S.some_date(rng, 2023, 2025), 2, lang)
    words = ("Issued on", "Registrar of Ships") if lang == "en" else ("Expedido el", "Registrador")
    page.line(indent, f"{words[0]} {issued}", " " * rng.randint(6, 20), words[1])
    page.line(indent, " " * rng.randint(40, 60), S.person(lang, rng))
    drafts = [page.draft()]
    if previous is not None or rng.random() < 0.4:
        drafts.append(_history_page(ship, previous, lang, style, rng, indent, total))
    return drafts


def _history_page(
    ship: S.Ship,
    previous: S.Ship | None,
    lang: str,
    style: str,
    rng: random.Random,
    indent: str,
    total: int,
) -> PageDraft:
    old_flag = previous.flag if previous else S.other_flag(ship.flag, rng)
    old_sign = previous.ircs if previous and previous.ircs else S.call_sign(old_flag, rng)
    keys = (
        ("Former name", "Former flag", "Former call sign", "Deleted from register")
        if lang == "en"
        else ("Nombre anterior", "Pabellón anterior", "Distintivo anterior", "Fecha de baja")
    )
    values = (
        val(S.former_name(ship, rng), "NAME_CHANGE"),
        val(S.flag_text(old_flag, lang, rng), "FLAG_CHANGE"),
        val(old_sign, "ID_CHANGE") if old_sign else Rich("-"),
        Rich(S.date_text(S.some_date(rng, 2010, 2018), 1, lang)),
    )
    page = PageBuilder()
    heading = "PARTICULARS OF PREVIOUS REGISTRATION" if lang == "en" else "MATRÍCULA ANTERIOR"
    page.line(indent, " " * 10, heading)
    page.blank()
    boxes = [(Rich(k), v) for k, v in zip(keys, values, strict=True)]
    rows = [boxes[:2], boxes[2:]] if rng.random() < 0.5 else [boxes]
    for line in render(rows, style, width_for(rows, total)):
        page.line(indent, line)
    return page.draft()
