"""OCR of a faded typewritten 1990s register index card: one vessel per card, OCR noise.

Noise touches the typed keys and remarks only; the values that carry spans are as typed."""

from __future__ import annotations

import random
from datetime import date

from oceanid_dev.demo.vessels import Vessel

from . import _common as c
from ._page import PageDraft, Piece

LAYOUT = "typewritten_index_card_ocr"

_SWAPS = {
    "O": "0",
    "0": "O",
    "I": "l",
    "l": "1",
    "1": "l",
    "S": "5",
    "B": "8",
    "E": "F",
    "e": "c",
    "a": "o",
    "n": "rn",
    "m": "rn",
    "G": "6",
    "T": "I",
    ".": ",",
    ":": ";",
}
_STRAYS = ("'", "`", "|", ",", ".", "~", "_")

_KEYS = {
    "en": dict(
        title="REGISTER OF FISHING VESSELS",
        card="CARD No.",
        name="NAME OF VESSEL",
        off="OFFICIAL No.",
        sig="SIGNAL LETTERS",
        port="PORT OF REGISTRY",
        imo="LLOYD'S / IMO No.",
        built="WHERE BUILT",
        when="WHEN BUILT",
        gross="GROSS TONS",
        net="NET TONS",
        length="LENGTH",
        breadth="BREADTH",
        depth="DEPTH",
        power="ENGINE POWER",
        type="DESCRIPTION",
        owner="OWNER",
        former="FORMER NAME",
        reg="DATE OF REGISTRY",
        lic="FISHING LICENCE No.",
        rem="REMARKS",
        back="TRANSACTIONS AND ENDORSEMENTS",
        date="DATE",
    ),
    "es": dict(
        title="REGISTRO DE BUQUES PESQUEROS — FICHA",
        card="FICHA Nº",
        name="NOMBRE",
        off="MATRÍCULA Y FOLIO",
        sig="DISTINTIVO",
        port="PUERTO DE MATRÍCULA",
        imo="Nº LLOYD'S / OMI",
        built="ASTILLERO",
        when="AÑO DE CONSTRUCCIÓN",
        gross="TRB",
        net="TRN",
        length="ESLORA",
        breadth="MANGA",
        depth="PUNTAL",
        power="POTENCIA",
        type="TIPO",
        owner="ARMADOR",
        former="NOMBRE ANTERIOR",
        reg="FECHA DE INSCRIPCIÓN",
        lic="LICENCIA Nº",
        rem="OBSERVACIONES",
        back="ASIENTOS Y ANOTACIONES",
        date="FECHA",
    ),
}
_FOOT = {
    "en": (
        "Form R.F.V. 3 (Rev. 1988). Entries to be typed; alterations to be initialled by the "
        "Registrar. This card is the index to the register book and is not itself evidence "
        "of title.",
        "Printed by the Government Printer. Keep cards in numerical order of official number. "
        "Closed cards to be transferred to the dead file with the date of closure.",
        "Checked against register book, vol. {vol}, folio {folio}. Initials: ____ Date: ____",
        "Card continued on separate sheet where entries exceed space. Do not remove from tray.",
    ),
    "es": (
        "Modelo F-3 (1988). Las anotaciones se harán a máquina; las correcciones irán "
        "rubricadas por el Registrador. Esta ficha es índice del libro registro.",
        "Imprenta Oficial. Las fichas se archivarán por orden de matrícula. Las fichas "
        "canceladas pasarán al archivo de bajas con la fecha de cancelación.",
        "Cotejada con el libro registro, tomo {vol}, folio {folio}. Rúbrica: ____ Fecha: ____",
        "Si los asientos exceden el espacio, continúan en hoja aparte. No retirar del fichero.",
    ),
}


def _noise(text: str, rng: random.Random, rate: float) -> str:
    out = []
    for ch in text:
        roll = rng.random()
        if roll < rate and ch in _SWAPS:
            out.append(_SWAPS[ch])
        elif roll < rate * 1.3 and ch == " ":
            out.append("  ")
        elif roll < rate * 1.5 and ch.isalpha():
            out.append(ch + rng.choice(_STRAYS))
        else:
            out.append(ch)
    return "".join(out)


class _Card:
    """Adds typed fields to a page, noising every unlabelled piece."""

    def __init__(self, page: PageDraft, rng: random.Random, rate: float) -> None:
        self.page, self.rng, self.rate = page, rng, rate

    def add(self, *pieces: Piece) -> None:
        self.page.add(
            *(_noise(p, self.rng, self.rate) if isinstance(p, str) else p for p in pieces)
        )

    def line(self, *pieces: Piece) -> None:
        self.add(*pieces)
        self.page.add("\n")

    def field(self, key: str, *value: Piece, width: int = 22) -> None:
        typed = _noise(key, self.rng, self.rate)
        self.page.add(typed + " " * max(2, width - len(typed)))
        self.line(*value)


def _fmt(day: date, rng: random.Random, lang: str) -> str:
    style = rng.choice(["dots", "dmy", "short"])
    return c.fmt_date(day, style, "en" if style == "short" else lang)


def _front(card: _Card, f: c.Facts, rng: random.Random, lang: str, year: int) -> None:
    k = _KEYS[lang]
    card.line(f"{k['title']}", " " * rng.randint(6, 20), f"{k['card']} {c.digits(rng, 4)}")
    card.line("-" * rng.randint(50, 66))
    reg = c.national_reg(rng, f.flag)
    card.field(k["name"], (f.name, "VESSEL_NAME"))
    card.field(k["off"], (reg, "NATIONAL_REG_NO"))
    card.field(k["sig"], (f.ircs, "IRCS") if f.ircs else c.placeholder(rng, lang))
    if f.port and f.port_full:
        roll = rng.random()
        if roll < 0.3:
            card.field(k["port"], (f.port_full, "HOME_PORT"))
        elif roll < 0.6 and f.flag:
            home_state = (c.country(f.flag, lang) or f.flag).upper()
            card.field(k["port"], (f.port, "HOME_PORT"), ", ", (home_state, "HOME_PORT_STATE"))
        else:
            card.field(k["port"], (f.port, "HOME_PORT"))
    if f.imo:
        card.field(k["imo"], (f.imo, "IMO"))
    yard, country = c.builder(rng, f.flag)
    card.field(
        k["built"],
        (yard.upper(), "BUILDER_LOCATION"),
        ", ",
        (c.country(country, lang) or country, "BUILD_COUNTRY"),
    )
    if f.year:
        card.field(k["when"], (f.year, "BUILD_YEAR"))
    gross = f.gt or str(rng.randint(100, 900))
    gross_shown = f"{gross}.00" if rng.random() < 0.5 and "." not in gross else gross
    net = f"{int(float(gross) * rng.uniform(0.3, 0.45))}.00"
    card.add(
        (k["gross"], "METRIC_TYPE"),
        "   ",
        (c.metric(gross_shown, lang) or "", "METRIC_VALUE"),
        "      ",
        (k["net"], "METRIC_TYPE"),
        "   ",
        (c.metric(net, lang) or "", "METRIC_VALUE"),
    )
    card.page.add("\n")
    dims: list[Piece] = []
    if f.loa:
        dims += [
            (k["length"], "METRIC_TYPE"),
            "  ",
            (c.metric(f.loa, lang) or "", "METRIC_VALUE"),
            " ",
            ("m", "METRIC_UNIT"),
            "     ",
        ]
    breadth = c.metric(f"{rng.uniform(6.0, 13.5):.2f}", lang) or ""
    depth = c.metric(f"{rng.uniform(2.8, 7.5):.2f}", lang) or ""
    dims += [
        (k["breadth"], "METRIC_TYPE"),
        "  ",
        (breadth, "METRIC_VALUE"),
        " ",
        ("m", "METRIC_UNIT"),
        "     ",
        (k["depth"], "METRIC_TYPE"),
        "  ",
        (depth, "METRIC_VALUE"),
        " ",
        ("m", "METRIC_UNIT"),
    ]
    card.line(*dims)
    hp = round(c.engine_kw(rng, f.gt) * 1.341)
    card.line(
        (k["power"], "METRIC_TYPE"),
        "  ",
        (str(hp), "METRIC_VALUE"),
        " ",
        (
            rng.choice(["BHP", "HP", "CV"]) if lang == "es" else rng.choice(["BHP", "HP"]),
            "METRIC_UNIT",
        ),
    )
    if f.owner:
        street, city, state, iso3 = c.address(rng, f)
        card.field(k["owner"], (f.owner, "ASSOC_NAME"))
        card.add(" " * 22, (street, "ADDRESS"), ", ", (city.upper(), "CITY"))
        if state:
            card.add(", ", (state.upper(), "STATE"))
        card.line(", ", (c.country(iso3, lang) or iso3, "COUNTRY_CODE"))
    else:
        card.field(k["owner"], c.placeholder(rng, lang))
    if f.former:
        card.field(k["former"], (f.former, "NAME_CHANGE"))
    card.field(
        k["reg"],
        (_fmt(date(year, rng.randint(1, 12), rng.randint(1, 28)), rng, lang), "START_DATE"),
    )
    lic = f"{year % 100:02d}/{c.digits(rng, 4)}"
    card.field(k["lic"], (lic, "LICENSE_NO"))
    card.line("")
    card.line(f"{k['rem']}:")
    if f.mmsi:
        note = "MMSI" if lang == "en" else "MMSI asignado"
        card.line(
            f"  {note} ",
            (f.mmsi, "MMSI"),
            f"  (ink, {max(year + 1, rng.randint(1999, 2004))})"
            if lang == "en"
            else f"  (manuscrito, {max(year + 1, rng.randint(1999, 2004))})",
        )
    flag = c.other_flag(rng, f.flag)
    if rng.random() < 0.5:
        old_cs = c.invent_call_sign(rng, flag)
        words = (
            ("Transferred from", "flag, ex call sign")
            if lang == "en"
            else ("Procede del pabellón de", "distintivo anterior")
        )
        card.add(f"  {words[0]} ", (c.country(flag, lang) or flag, "FLAG_CHANGE"))
        if old_cs:
            card.add(f" {words[1]} ", (old_cs, "ID_CHANGE"))
        card.page.add("\n")
    remark = {
        "en": "Tonnage re-measured under 1969 Convention; survey report on file No. ",
        "es": "Arqueo remedido según Convenio de 1969; expediente nº ",
    }[lang]
    card.line(f"  {remark}{c.digits(rng, 3)}/{year % 100:02d}.")


def _back(card: _Card, f: c.Facts, rng: random.Random, lang: str, year: int) -> None:
    k = _KEYS[lang]
    card.line(f"{k['back']}   —   ", (f.name, "VESSEL_NAME"))
    card.line("-" * rng.randint(50, 66))
    card.line(f"{k['date']:<12}ENTRY")
    en = lang == "en"
    y = year
    bank = rng.choice(
        [
            "Bank of Communications",
            "Banco Pastor",
            "Overseas Credit Bank",
            "Caja Rural del Mar",
            "Agricultural Bank",
        ]
    )
    card.line(
        f"{_fmt(date(y, 3, rng.randint(1, 28)), rng, lang):<12}",
        f"Mortgage No. {c.digits(rng, 2)}/{y % 100:02d} to {bank}, "
        f"USD {rng.randint(2, 90) * 10_000:,}"
        if en
        else f"Hipoteca nº {c.digits(rng, 2)}/{y % 100:02d} a favor de {bank}",
    )
    y += rng.randint(1, 3)
    start, end = date(y, 1, 1), date(y, 12, 31)
    auth = "Fishing licence" if en else "Licencia de pesca"
    card.line(
        f"{_fmt(date(y - 1, 12, rng.randint(1, 20)), rng, lang):<12}",
        (auth, "AUTH_TYPE"),
        " ",
        (f"{y % 100:02d}/{c.digits(rng, 4)}", "LICENSE_NO"),
        " valid " if en else " válida del ",
        (_fmt(start, rng, lang), "START_DATE"),
        " to " if en else " al ",
        (_fmt(end, rng, lang), "END_DATE"),
    )
    y += rng.randint(1, 3)
    if f.ircs:
        old = c.invent_call_sign(rng, f.flag)
        if old and old != f.ircs:
            card.line(
                f"{_fmt(date(y, 6, rng.randint(1, 28)), rng, lang):<12}",
                "Call sign changed from " if en else "Cambio de distintivo de ",
                (old, "ID_CHANGE"),
                " to " if en else " a ",
                (f.ircs, "IRCS"),
            )
    if f.owner:
        card.line(
            f"{_fmt(date(y, 9, rng.randint(1, 28)), rng, lang):<12}",
            "Transfer of ownership to " if en else "Cambio de titularidad a ",
            (f.owner, "ASSOC_NAME"),
            " (",
            ("owner" if en else "armador", "ASSOC_ROLE"),
            ")",
        )
    card.line(
        f"{_fmt(date(y + 1, 2, rng.randint(1, 28)), rng, lang):<12}",
        f"Mortgage discharged. Ref. {c.digits(rng, 6)}"
        if en
        else f"Cancelación de hipoteca. Ref. {c.digits(rng, 6)}",
    )
    card.line(
        f"{_fmt(date(y + 1, 5, rng.randint(1, 28)), rng, lang):<12}",
        f"Survey certificate No. {c.digits(rng, 7)} issued"
        if en
        else f"Certificado de reconocimiento nº {c.digits(rng, 7)}",
    )


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = "es" if rng.random() < 0.3 else "en"
    old = [v for v in vessels if v.build_year and int(v.build_year) <= 1998]
    pool = old if old and rng.random() < 0.85 else vessels
    (f,) = c.pick(pool, rng, 1)
    built = int(f.year) if f.year else rng.randint(1975, 1995)
    year = max(1990, built) + rng.randint(0, 3) if built < 1999 else built
    rate = rng.uniform(0.01, 0.06)
    pages: list[PageDraft] = []
    front = PageDraft()
    _front(_Card(front, rng, rate), f, rng, lang, year)
    foot = [t.format(vol=rng.randint(3, 40), folio=rng.randint(1, 250)) for t in _FOOT[lang]]
    c.pad(front, rng, [_noise(t, rng, rate) for t in foot], 800)
    pages.append(front)
    if rng.random() < 0.7:
        back = PageDraft()
        _back(_Card(back, rng, rate), f, rng, lang, year)
        back.add("\n")
        c.pad(back, rng, [_noise(t, rng, rate) for t in foot], 800)
        pages.append(back)
    return pages
