"""Layout `ocr_scanned_certificate`: Tesseract-style OCR text of a scanned English Certificate
of Registry of a fishing vessel. Keys carry OCR noise ("Cal1 Sign", "lMO No", stray "|" at line
starts, uneven spacing, two or three key/value pairs per line); the values are correct.

Test-only blind evaluation data, written without reading the rule-based extractor. Noisy keys
are gold-labelled as printed where the key itself is labelled (metric wordings, the role word).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from oceanid_dev.demo.vessels import Vessel

from . import _domain as d
from ._page import PageDraft, PageText, draft

LAYOUT = "ocr_scanned_certificate"

_SWAPS = (
    ("l", "1"),
    ("I", "l"),
    ("O", "0"),
    ("o", "0"),
    ("m", "rn"),
    ("S", "5"),
    ("e", "c"),
    ("i", "l"),
    ("C", "("),
    ("B", "8"),
)


class _Ocr:
    """Noise for printed keys and the spacing between fields."""

    def __init__(self, rng: random.Random, level: float) -> None:
        self.rng, self.level = rng, level

    def key(self, text: str) -> str:
        if self.rng.random() > self.level:
            return text
        for _ in range(self.rng.randint(1, 2)):
            old, new = self.rng.choice(_SWAPS)
            if old in text:
                at = self.rng.choice([i for i in range(len(text)) if text.startswith(old, i)])
                text = text[:at] + new + text[at + len(old) :]
        return text

    def colon(self) -> str:
        return self.rng.choice((":", ": ", " :", " : ", ";", ".", "  ", ": ", ":  ", " "))

    def gap(self) -> str:
        return " " * self.rng.randint(3, 9) + self.rng.choice(("", "", "", "| ", "' ", "_ "))

    def start(self, page: PageText) -> None:
        page.add(self.rng.choice(("", "", "", "| ", "|", "! ", " ", "  ")))


def _kv(
    page: PageText, ocr: _Ocr, key: str, value: str, label: str | None, key_label: str | None = None
) -> None:
    page.add(ocr.key(key), key_label).add(ocr.colon())
    page.add(value, label)


def _value_or(
    page: PageText, value: str | None, label: str, rng: random.Random, *blanks: str
) -> None:
    if value:
        page.add(value, label)
    else:
        page.add(rng.choice(blanks))


def _metric(page: PageText, ocr: _Ocr, key: str, value: str, unit: str | None) -> None:
    page.add(ocr.key(key), "METRIC_TYPE").add(ocr.colon()).add(value, "METRIC_VALUE")
    if unit:
        page.add(" ").add(unit, "METRIC_UNIT")


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    v = d.pick(vessels, rng, 1)[0]
    if rng.random() < 0.5:  # prefer vessels with more particulars, as certificates have them
        richer = [x for x in vessels if x.gross_tonnage and x.build_year]
        v = rng.choice(richer) if richer else v
    ocr = _Ocr(rng, rng.choice((0.3, 0.5, 0.7)))
    iso3 = d.flag_code(v) or "VUT"
    page = PageText()
    ocr.start(page)
    page.line(
        ocr.key(
            rng.choice(("MARITIME ADMINISTRATION", "REGISTRY OF SHIPS", "Ministry of Fisheries"))
        )
    )
    page.line(" " * rng.randint(4, 12), ocr.key("CERTIFICATE OF REGISTRY"))
    page.line(
        " " * rng.randint(6, 14),
        ocr.key(rng.choice(("(Fishing Vessel)", "FISHING VESSEL", "(Permanent)"))),
    )
    page.add("\n")
    ocr.start(page)
    _kv(
        page,
        ocr,
        rng.choice(("Name of Ship", "Name of Vessel", "Vessel Name")),
        v.name,
        "VESSEL_NAME",
    )
    page.add(ocr.gap())
    _kv(page, ocr, "Official Number", d.national_reg(v), "NATIONAL_REG_NO")
    page.add("\n")
    ocr.start(page)
    page.add(ocr.key("Flag")).add(ocr.colon()).add(
        d.country_name(iso3, "en", rng.randint(0, 1)), "FLAG"
    )
    page.add(ocr.gap())
    _kv(page, ocr, "Port of Registry", d.home_port(v, rng) or "Port Vila", "HOME_PORT")
    page.add("\n")
    ocr.start(page)
    page.add(
        rng.choice(("Cal1 Sign", "Ca1l Sign", "Call Slgn", "Call Sign", "CaII Sign")) + ocr.colon()
    )
    _value_or(page, v.ircs, "IRCS", rng, "N/A", "NIL", "-")
    page.add(ocr.gap())
    page.add(rng.choice(("lMO No", "IM0 No.", "IMO No.", "1MO Number", "IMO N0"))).add(ocr.colon())
    _value_or(page, v.imo, "IMO", rng, "Not assigned", "N/A", "NIL")
    if v.mmsi:
        page.add(ocr.gap())
        _kv(page, ocr, rng.choice(("MMSI", "MMS1", "MMSl")), v.mmsi, "MMSI")
    page.add("\n")
    ocr.start(page)
    page.add(ocr.key("Type of Vessel")).add(ocr.colon()).add(d.vessel_type(v))
    page.add(ocr.gap()).add(ocr.key("Hull material")).add(ocr.colon()).add(
        rng.choice(("Steel", "FRP", "Steel"))
    )
    page.line()
    page.add("\n")
    ocr.start(page)
    page.line(ocr.key("PARTICULARS OF THE VESSEL"))
    ocr.start(page)
    gross = v.gross_tonnage or str(rng.randint(150, 1800))
    _metric(page, ocr, rng.choice(("Gross Tonnage", "Gross tonnage", "GROSS TONNAGE")), gross, None)
    page.add(ocr.gap())
    _metric(page, ocr, "Net Tonnage", str(max(1, int(gross) * rng.randint(28, 36) // 100)), None)
    page.add("\n")
    ocr.start(page)
    length = v.length_m or f"{rng.uniform(24, 70):.2f}"
    _metric(
        page,
        ocr,
        rng.choice(("Length overall", "Length over all", "Registered length")),
        length,
        "m",
    )
    page.add(ocr.gap())
    _metric(page, ocr, "Breadth", f"{float(length) * rng.uniform(0.14, 0.18):.2f}", "m")
    page.add(ocr.gap())
    _metric(page, ocr, "Depth", f"{float(length) * rng.uniform(0.06, 0.09):.2f}", "m")
    page.add("\n")
    ocr.start(page)
    _metric(
        page,
        ocr,
        rng.choice(("Engine power", "Main engine power")),
        str(rng.randint(300, 3000)),
        rng.choice(("kW", "kW", "HP")),
    )
    page.add(ocr.gap()).add(ocr.key("Propulsion")).add(ocr.colon()).add("Diesel")
    page.add("\n")
    ocr.start(page)
    year = v.build_year or str(rng.randint(1990, 2022))
    built_in, towns, yards = d.build_places(d.flag_code(v))
    _kv(page, ocr, rng.choice(("Year of Build", "Year built", "Date of build")), year, "BUILD_YEAR")
    page.add(ocr.gap())
    if rng.random() < 0.5:
        page.add(ocr.key("Place of Build")).add(ocr.colon()).add(
            rng.choice(towns), "BUILDER_LOCATION"
        )
        page.add(", ").add(built_in, "BUILD_COUNTRY")
    else:
        _kv(page, ocr, "Builder", rng.choice(yards), "BUILDER_LOCATION")
    page.add("\n")
    former_flag = rng.choice(d.FORMER_FLAGS) if rng.random() < 0.4 else None
    ocr.start(page)
    page.add(ocr.key("Former name(s)")).add(ocr.colon())
    _value_or(page, v.former_name, "NAME_CHANGE", rng, "NIL", "None", "-")
    page.add(ocr.gap()).add(ocr.key("Previous flag")).add(ocr.colon())
    _value_or(page, former_flag and d.country_name(former_flag), "FLAG_CHANGE", rng, "NIL", "-")
    page.add("\n")
    if former_flag and rng.random() < 0.6:
        ocr.start(page)
        _kv(page, ocr, "Previous call sign", d.former_call_sign(v, former_flag), "ID_CHANGE")
        page.add("\n")
    page.add("\n")
    ocr.start(page)
    page.line(ocr.key("PARTICULARS OF OWNERSHIP"))
    ocr.start(page)
    page.add(ocr.key(rng.choice(("Owner", "Registered Owner", "Owner"))), "ASSOC_ROLE").add(
        ocr.colon()
    )
    page.add(d.owner_name(v, rng, rng.randint(0, 2)), "ASSOC_NAME").add("\n")
    addr = d.address(v, rng)
    ocr.start(page)
    page.add(ocr.key("Address")).add(ocr.colon()).add(addr.street, "ADDRESS").add(", ").add(
        addr.city, "CITY"
    )
    if addr.state:
        page.add(", ").add(addr.state, "STATE")
    if addr.postcode:
        page.add(f" {addr.postcode}")
    page.add(", ").add(addr.country, "COUNTRY_CODE").add("\n")
    ocr.start(page)
    _kv(
        page,
        ocr,
        rng.choice(("Company Reg. No", "Company registration no.")),
        d.company_reg(v, rng),
        "REG_NO",
    )
    page.add(ocr.gap()).add(ocr.key("Shares")).add(ocr.colon()).add("64/64").add("\n")
    page.add("\n")
    start, end = d.validity(rng)
    end = date(start.year + rng.choice((1, 3, 5)), start.month, min(start.day, 28))
    fmt = rng.choice(("long_en", "dmy", "d-mon-y"))
    ocr.start(page)
    page.add(ocr.key("This certificate is valid from") + " ").add(
        d.fmt_date(start, fmt), "START_DATE"
    )
    page.add(" " + ocr.key("until") + " ").add(d.fmt_date(end, fmt), "END_DATE").add(".\n")
    ocr.start(page)
    issued = d.fmt_date(start, fmt)
    office = rng.choice(("the Registry Office", "the Office of the Registrar", "Head Office"))
    page.line(ocr.key("Issued at"), " ", office, " ", ocr.key("on"), " ", issued)
    page.line(
        " " * rng.randint(20, 40),
        ocr.key("Registrar of Ships"),
        "  ",
        rng.choice(("(seal)", "[stamp]", "~")),
    )
    return [draft(page)]
