"""The cover page of a fishing logbook or catch report (Spanish or French mostly, some
English): vessel particulars in boxes or on ruled lines, licence, trip dates and ports, master
and owner, gear, FAO area and target species with checkbox glyphs; a declaration page and a
first daily sheet may follow."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import timedelta

from oceanid_dev.demo.vessels import Vessel

from ._fmt import (
    address,
    cfr,
    company,
    country,
    decimal_comma,
    fmt_date,
    latlon,
    licence_no,
    national_reg_no,
    ocean_for,
    person,
    port_of_registry,
    some_day,
)
from ._ids import Ident, pick
from ._page import PageDraft, Part, lab
from ._vocab import GEARS, OCEANS, PORTS, SPECIES

LAYOUT = "logbook_cover"

# key -> (Spanish, French, English)
W: dict[str, tuple[str, str, str]] = {
    "title": ("DIARIO DE PESCA / BITÁCORA — CUBIERTA", "JOURNAL DE PÊCHE — PAGE DE GARDE",
              "FISHING LOGBOOK — COVER SHEET"),
    "vessel": ("1. DATOS DEL BUQUE", "1. IDENTIFICATION DU NAVIRE", "1. VESSEL PARTICULARS"),
    "name": ("Nombre del buque", "Nom du navire", "Vessel name"),
    "flag": ("Pabellón", "Pavillon", "Flag"),
    "port": ("Puerto base", "Port d'immatriculation", "Home port"),
    "reg": ("Matrícula", "N° d'immatriculation", "Registration No."),
    "imo": ("Nº OMI", "N° OMI", "IMO No."),
    "ircs": ("Indicativo de llamada", "Indicatif radio", "Call sign"),
    "loa": ("Eslora total", "Longueur hors tout", "Length overall"),
    "gt": ("Arqueo bruto", "Jauge brute", "Gross tonnage"),
    "kw": ("Potencia", "Puissance motrice", "Engine power"),
    "licence": ("2. LICENCIA", "2. LICENCE", "2. LICENCE"),
    "lic_no": ("Nº de licencia", "Licence n°", "Licence No."),
    "valid": ("Válida del {a} al {b}", "Valable du {a} au {b}", "Valid from {a} to {b}"),
    "types": ("Licencia de pesca|Autorización de transbordo", "Licence de pêche|Autorisation de "
              "transbordement", "Fishing licence|Transhipment authorisation"),
    "trip": ("3. MAREA", "3. MARÉE", "3. TRIP"),
    "dep": ("Salida", "Départ", "Departure"), "arr": ("Llegada", "Retour", "Return"),
    "from": ("puerto", "port", "port"),
    "master": ("Capitán", "Capitaine", "Master"), "nat": ("Nacionalidad", "Nationalité",
               "Nationality"),
    "owner": ("Armador", "Armateur", "Owner"), "addr": ("Domicilio", "Adresse", "Address"),
    "fishing": ("4. PESCA", "4. PÊCHE", "4. FISHING"),
    "gear": ("Arte", "Engin", "Gear"), "area": ("Zona FAO", "Zone FAO", "FAO area"),
    "rfmo": ("OROP", "ORGP", "RFMO"), "species": ("Especies objetivo", "Espèces cibles",
                                                 "Target species"),
}  # fmt: skip
# language -> (title, words before the name, words after it, daily-sheet column heads)
DECLARATION: dict[str, tuple[str, str, str, str]] = {
    "es": ("DECLARACIÓN DEL CAPITÁN", "El capitán del buque ",
           " declara que los datos consignados en este diario son exactos.",
           "Fecha       Lat       Lon     Lances"),
    "fr": ("DÉCLARATION DU CAPITAINE", "Le capitaine du navire ",
           " certifie l'exactitude des données portées dans ce journal.",
           "Date        Lat       Lon   Opérations"),
    "en": ("MASTER'S DECLARATION", "The master of ",
           " certifies that the entries in this logbook are true and complete.",
           "Date        Lat       Lon       Sets"),
}  # fmt: skip
UNITS = {"gt": ("GT", "UMS", "GT"), "kw": ("kW", "kW", "kW"), "kw_alt": ("CV", "ch", "hp")}
BOXES = {"box": ("┌", "─", "┐", "│", "├", "┤", "└", "┘"),
         "ascii": ("+", "-", "+", "|", "+", "+", "+", "+")}  # fmt: skip


class _Cover:
    def __init__(self, vessels: Sequence[Vessel], rng: random.Random) -> None:
        self.rng = rng
        self.lang = rng.choice(("es", "es", "fr", "fr", "en"))
        self.li = ("es", "fr", "en").index(self.lang)
        self.v: Ident = pick(vessels, rng)
        self.ocean = ocean_for(self.v, rng)
        self.day = some_day(rng)
        self.style = "dmy/" if self.lang != "en" else rng.choice(("dmy/", "iso"))
        self.ph = rng.choice(("—", "s/d" if self.lang == "es" else "n.c.", "______"))
        self.frame = rng.choice(("box", "ascii", "lines"))
        self.width = 76
        self.on, self.off = rng.choice((("☒", "☐"), ("[X]", "[ ]"), ("■", "□"), ("☑", "☐")))

    def w(self, key: str) -> str:
        return W[key][self.li]

    def row(self, page: PageDraft, *parts: Part) -> None:
        """One line inside the frame (padded to the right border) or on a ruled line."""
        size = sum(len(p if isinstance(p, str) else p[0]) for p in parts)
        if self.frame == "lines":
            page.line(*parts)
            return
        side = BOXES[self.frame][3]
        page.line(f"{side} ", *parts, " " * max(1, self.width + 1 - size), side)

    def rule(self, page: PageDraft, where: str) -> None:
        if self.frame == "lines":
            page.line("_" * (self.width + 4))
            return
        left, fill, right = {"top": (0, 1, 2), "mid": (4, 1, 5), "end": (6, 1, 7)}[where]
        box = BOXES[self.frame]
        page.line(box[left] + box[fill] * (self.width + 2) + box[right])

    def kv(self, key: str, *parts: Part) -> list[Part]:
        return [f"{self.w(key)}: ", *parts]

    def box(self, ticked: bool) -> str:
        return self.on if ticked else self.off

    def metric(self, key: str, value: str, unit: str) -> list[Part]:
        shown = decimal_comma(value) if self.lang != "en" else value
        return [(self.w(key), "METRIC_TYPE"), ": ", (shown, "METRIC_VALUE"), " ",
                (unit, "METRIC_UNIT")]  # fmt: skip

    def vessel(self, page: PageDraft) -> None:
        rng, v = self.rng, self.v
        self.row(page, self.w("vessel"))
        self.row(page, *self.kv("name", (v.name, "VESSEL_NAME")))
        flag = lab(country(v.flag, self.lang, rng), "FLAG", self.ph)
        port = port_of_registry(v, rng, self.lang, self.ph)
        self.row(page, *self.kv("flag", flag), "    ", *self.kv("port", *port))
        eu = cfr(v.flag, rng)
        reg = self.kv("reg", (national_reg_no(v.flag, rng), "NATIONAL_REG_NO"))
        eu_part: list[Part] = ["    CFR: ", (eu, "EU_CFR")] if eu else []
        self.row(page, *reg, *eu_part)
        self.row(page, *self.kv("imo", lab(v.imo, "IMO", self.ph)), "    ",
                 *self.kv("ircs", lab(v.ircs, "IRCS", self.ph)), "    MMSI: ",
                 lab(v.mmsi, "MMSI", self.ph))  # fmt: skip
        metrics: list[Part] = []
        if v.loa:
            metrics += [*self.metric("loa", v.loa, "m"), "   "]
        if v.gt:
            metrics += [*self.metric("gt", v.gt, UNITS["gt"][self.li]), "   "]
        kw = rng.randint(300, 3000)
        if rng.random() < 0.5:
            metrics += self.metric("kw", str(kw), UNITS["kw"][self.li])
        else:
            metrics += self.metric("kw", str(int(kw * 1.36)), UNITS["kw_alt"][self.li])
        self.row(page, *metrics)

    def licence(self, page: PageDraft) -> None:
        rng = self.rng
        start = fmt_date(self.day.replace(month=1, day=1), self.style)
        end = fmt_date(self.day.replace(month=12, day=31), self.style)
        a, _, b = self.w("valid").partition("{a}")
        b, _, c = b.partition("{b}")
        number = licence_no(self.v.flag, self.day.year, rng)
        self.row(page, self.w("licence"))
        self.row(page, *self.kv("lic_no", (number, "LICENSE_NO")), "   ", a,
                 (start, "START_DATE"), b, (end, "END_DATE"), c)  # fmt: skip
        first, second = self.w("types").split("|")
        one = rng.random() < 0.8  # the first kind is ticked; ticked options are values
        self.row(page, self.box(one), " ", (first, "AUTH_TYPE" if one else None), "   ",
                 self.box(not one), " ", (second, None if one else "AUTH_TYPE"))  # fmt: skip

    def trip(self, page: PageDraft) -> None:
        rng, v = self.rng, self.v
        out, back = rng.sample(PORTS, 2)
        land = self.day + timedelta(days=rng.randint(20, 180))
        self.row(page, self.w("trip"))
        for key, when, port in (("dep", self.day, out), ("arr", land, back)):
            said = f"{self.w(key)}: {fmt_date(when, self.style)}   {self.w('from')}: {port[0]} ("
            self.row(page, said, (port[1], "PORT_ID"), ")")
        name, nat = person(v.flag or "" if rng.random() < 0.6 else "", rng)
        nationality = country(nat, self.lang, rng) or nat
        self.row(page, *self.kv("master", (name, "ASSOC_NAME")), "   ",
                 *self.kv("nat", (nationality, "COUNTRY_CODE")))  # fmt: skip
        owner, home = (v.owner, v.flag or "PAN") if v.owner else company(v.flag, rng)
        self.row(page, *self.kv("owner", (owner, "ASSOC_NAME")))
        if rng.random() < 0.6:
            street, city, state, _ = address(home, rng)
            tail: list[Part] = [" (", (state, "STATE"), ")"] if state else []
            self.row(page, *self.kv("addr", (street, "ADDRESS"), ", ", (city, "CITY")), *tail)

    def fishing(self, page: PageDraft) -> None:
        rng, v = self.rng, self.v
        rfmos, areas, species = OCEANS[self.ocean]
        rfmo = self.kv("rfmo", (rfmos[0], "RFMO_CODE"))
        self.row(page, self.w("fishing"))
        word = (1, 2, 0)[self.li]  # GEARS rows are (English, Spanish, French, code)
        gear = GEARS.get(v.gear or "", GEARS["DRIFTING_LONGLINES"])
        others = [g for g in GEARS.values() if g != gear][:2]
        gears: list[Part] = [f"{self.on} {gear[word]}"]
        gears += [f"  {self.off} {g[word]}" for g in others]
        self.row(page, *self.kv("gear", *gears))
        if rng.random() < 0.5:  # pre-printed area boxes: only the ticked one is a value
            boxes: list[Part] = []
            for n, code in enumerate(rng.sample(areas, 3)):
                boxes += [
                    f"{'  ' if n else ''}{self.box(n == 0)} ",
                    (code, None if n else "FAO_AREA_CODE"),
                ]
            self.row(page, *self.kv("area", *boxes), "    ", *rfmo)
        else:
            self.row(page, *self.kv("area", (rng.choice(areas), "FAO_AREA_CODE")), "    ", *rfmo)
        self.row(page, f"{self.w('species')}:")
        options = rng.sample(species, 4)
        ticked = rng.sample(options, rng.randint(1, 3))
        for code in options:
            sp = SPECIES[code]
            name = (sp.es, sp.fr, sp.en)[self.li]
            label = "SPECIES_NAME" if code in ticked else None
            self.row(
                page, f"  {self.box(code in ticked)} ", (name, label), " (", (code, label), ")"
            )


def _declaration(cover: _Cover) -> PageDraft:
    page = PageDraft()
    v = cover.v
    text = DECLARATION[cover.lang]
    page.line(text[0]).nl()
    page.para(text[1], (v.name, "VESSEL_NAME"), text[2], width=76)
    page.nl().line("Firma / Signature: ____________________").nl()
    sheet = {"es": "HOJA DIARIA Nº 1", "fr": "FEUILLE JOURNALIÈRE N° 1", "en": "DAILY SHEET No. 1"}
    page.line(sheet[cover.lang], " — ", (v.name, "VESSEL_NAME"))
    codes = OCEANS[cover.ocean][2][:4]  # catch columns headed by species codes: headers
    page.line(text[3] + "  " + "  ".join(f"{c:>5}" for c in codes))
    for day in range(3):
        lat, lon = latlon(cover.ocean, cover.rng)
        catches = "  ".join(f"{cover.rng.randint(0, 900):>5}" for _ in codes)
        when = fmt_date(cover.day + timedelta(days=day + 2), "dmy/")
        page.line(f"{when}  {lat:>8.3f}  {lon:>8.3f}  {cover.rng.randint(1, 3):>6}  {catches}")
    return page


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    cover = _Cover(vessels, rng)
    page = PageDraft()
    cover.rule(page, "top")
    cover.row(page, cover.w("title"), f"   Nº {cover.day.year}/{rng.randint(1, 99999):05d}")
    cover.rule(page, "mid")
    cover.vessel(page)
    cover.rule(page, "mid")
    cover.licence(page)
    cover.rule(page, "mid")
    cover.trip(page)
    cover.rule(page, "mid")
    cover.fishing(page)
    cover.rule(page, "end")
    pages = [page]
    if rng.random() < 0.4:
        pages.append(_declaration(cover))
    return pages
