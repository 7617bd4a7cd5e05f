"""A register table printed by a bilingual authority (an RFMO record of authorized vessels or a
coastal State's list of licensed foreign vessels): each header in two languages, stacked or
slashed, some values in both languages, column-aligned text."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence

from oceanid_dev.demo.vessels import Vessel

from . import _vocab as V
from ._facts import Facts, country, date_between, facts, fmt_date, pick, rfmo_id
from ._page import PageBuilder, PageDraft

LAYOUT = "bilingual_register"

Cell = list[tuple[str, str | None]]

# key -> (English header, French header, Spanish header)
_HEADERS = {
    "no": ("No.", "N°", "N.º"),
    "rfmo_id": ("Record No.", "N° au registre", "N.º de registro"),
    "name": ("Name", "Nom", "Nombre"),
    "flag": ("Flag", "Pavillon", "Pabellón"),
    "ircs": ("Call sign", "Indicatif d'appel", "Distintivo de llamada"),
    "imo": ("IMO", "OMI", "OMI"),
    "type": ("Vessel type", "Type de navire", "Tipo de buque"),
    "gt": ("GT", "JB", "AB"),
    "loa": ("LOA (m)", "LHT (m)", "Eslora (m)"),
    "owner": ("Owner", "Propriétaire", "Propietario"),
    "licence": ("Licence No.", "N° de licence", "N.º de licencia"),
    "auth": ("Licence type", "Type de licence", "Tipo de licencia"),
    "from": ("Valid from", "Valide du", "Válida desde"),
    "to": ("Valid to", "Valide au", "Válida hasta"),
}
_AUTHS = (
    ("Fishing licence", "Licence de pêche", "Licencia de pesca"),
    ("Transshipment", "Transbordement", "Transbordo"),
    ("Support vessel", "Navire d'appui", "Buque de apoyo"),
)
_RFMO_NAMES = {  # English acronym -> (French, Spanish)
    "ICCAT": ("CICTA", "CICAA"),
    "IATTC": ("CIAT", "CIAT"),
    "IOTC": ("CTOI", "CAOI"),
    "CCAMLR": ("CCAMLR", "CCRVMA"),
    "SPRFMO": ("ORGPPS", "OROP-PS"),
}


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choice((1, 2))  # French or Spanish beside English
    kind = rng.choice(("rfmo", "licences"))
    rfmo = rng.choice(tuple(_RFMO_NAMES))
    stacked = rng.random() < 0.5
    if kind == "rfmo":
        keys = ["no", "rfmo_id", "name", "flag", "ircs", "imo", "type", "gt", "loa", "from", "to"]
    else:
        keys = ["no", "name", "flag", "ircs", "imo", "licence", "auth", "owner", "from", "to"]
    fixed = ("no", "name", "flag", "ircs", "imo", "to")
    optional = [k for k in keys if k not in fixed]
    chosen = set(rng.sample(optional, rng.randint(2, 4 if stacked else 3)))
    keys = [k for k in keys if k in fixed or k in chosen]
    date_style = rng.choice(("dmy", "iso", "dmy-"))
    year = rng.randint(2019, 2025)
    counter = rng.randint(1, 400)
    drafts = []
    for number in range(1, rng.choice((1, 2, 2, 3)) + 1):
        page = PageBuilder()
        _title(page, kind, rfmo, lang, year, number)
        rows: list[list[Cell]] = []
        for _ in range(rng.randint(5, 9)):
            counter += 1
            f = facts(pick(vessels, rng), rng)
            rows.append(_row(keys, f, rng, lang, rfmo, year, counter, date_style))
        _table(page, keys, rows, lang, stacked)
        source = ("Source : registre au", "Fuente: registro a fecha")[lang - 1]
        as_at = fmt_date(dt.date(year, rng.randint(1, 12), rng.randint(1, 28)), date_style)
        page.nl().add(f"Source: register as at / {source} {as_at}").nl()
        page.add(f"Page {number} / {('Page', 'Página')[lang - 1]} {number}")
        drafts.append(page.draft())
    return drafts


def _title(page: PageBuilder, kind: str, rfmo: str, lang: int, year: int, number: int) -> None:
    if kind == "rfmo":
        other = _RFMO_NAMES[rfmo][lang - 1]
        page.add(rfmo, "RFMO_CODE").add(" RECORD OF AUTHORIZED VESSELS").nl()
        if lang == 1:
            page.add("REGISTRE ").add(other, "RFMO_CODE").add(" DES NAVIRES AUTORISÉS").nl()
        else:
            page.add("REGISTRO ").add(other, "RFMO_CODE").add(" DE BUQUES AUTORIZADOS").nl()
    else:
        page.add("LICENSED FOREIGN FISHING VESSELS - ").add(str(year)).nl()
        page.add(
            (
                "NAVIRES DE PÊCHE ÉTRANGERS SOUS LICENCE",
                "BUQUES PESQUEROS EXTRANJEROS CON LICENCIA",
            )[lang - 1]
        ).add(f" - {year}").nl()
    if number > 1:
        page.add(("(continued / suite)", "(continued / continuación)")[lang - 1]).nl()
    page.nl()


def _row(
    keys: list[str],
    f: Facts,
    rng: random.Random,
    lang: int,
    rfmo: str,
    year: int,
    counter: int,
    style: str,
) -> list[Cell]:
    gear = V.GEAR.get(f.gear or "")
    start = date_between(rng, year - 1, year)
    end = start + dt.timedelta(days=rng.choice((89, 179, 364, 729)))
    values: dict[str, Cell] = {
        "no": [(str(counter), None)],
        "rfmo_id": [(rfmo_id(rfmo, f.flag, rng), "RFMO_ID")],
        "name": [(f.name, "VESSEL_NAME")],
        "ircs": [(f.ircs, "IRCS")] if f.ircs else [("-", None)],
        "imo": [(f.imo, "IMO")] if f.imo else [("n/a", None)],
        "gt": [(f.gt, "METRIC_VALUE")] if f.gt else [("-", None)],
        "loa": [(f.loa, "METRIC_VALUE")] if f.loa else [("-", None)],
        "owner": [(f.owner, "ASSOC_NAME")],
        "licence": [(f"{rng.choice(('FL', 'LIC', 'SFA'))}/{year}/{counter:04d}", "LICENSE_NO")],
        "from": [(fmt_date(start, style), "START_DATE")],
        "to": [(fmt_date(end, style), "END_DATE")],
    }
    if f.flag and f.flag in V.COUNTRY:
        english, other = country(f.flag) or "", country(f.flag, ("en", "fr", "es")[lang]) or ""
        both = other != english and rng.random() < 0.5
        values["flag"] = [(english, "FLAG")] + ([(" / ", None), (other, "FLAG")] if both else [])
    else:
        values["flag"] = [(f.flag, "FLAG")] if f.flag else [("-", None)]
    kind = gear or ("", "Fishing vessel", "Navire de pêche", "Buque pesquero")
    values["type"] = [(f"{kind[1]} / {kind[1 + lang]}", None)]
    auth = rng.choice(_AUTHS)
    values["auth"] = [(auth[0], "AUTH_TYPE"), (" / ", None), (auth[lang], "AUTH_TYPE")]
    return [values[key] for key in keys]


def _table(
    page: PageBuilder, keys: list[str], rows: list[list[Cell]], lang: int, stacked: bool
) -> None:
    headers = [
        [_HEADERS[k][0], _HEADERS[k][lang]]
        if stacked
        else [f"{_HEADERS[k][0]} / {_HEADERS[k][lang]}"]
        for k in keys
    ]
    widths = [
        max(max(len(h) for h in header), *(sum(len(t) for t, _ in row[i]) for row in rows)) + 2
        for i, header in enumerate(headers)
    ]
    last = len(widths) - 1
    for line in range(len(headers[0])):
        for i, (header, width) in enumerate(zip(headers, widths, strict=True)):
            page.add(header[line]).add(" " * (width - len(header[line])) if i < last else "")
        page.nl()
    page.add("-" * (sum(widths) - 2)).nl()
    for row in rows:
        for i, (cell, width) in enumerate(zip(row, widths, strict=True)):
            for text, label in cell:
                page.add(text, label)
            page.add(" " * (width - sum(len(t) for t, _ in cell)) if i < last else "")
        page.nl()
