"""Layout `key_over_value_form`: OCR of an English box form where each line of keys is followed
by the line of their values (two or three fields per line, aligned in columns): vessel
identification, dimensions and build, owner and operator, authorisation.

Test-only blind evaluation data, written without reading the rule-based extractor. Keys are not
labelled except metric wordings (METRIC_TYPE, with the unit in brackets as METRIC_UNIT) and the
role word when it is the key ("Owner", "Operator", "Master": ASSOC_ROLE). Empty boxes print
nothing, or a placeholder.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from oceanid_dev.demo.vessels import Vessel

from . import _domain as d
from ._page import Cell, PageDraft, PageText, aligned_lines, column_widths, draft, joined, lab
from ._page import plain as p

LAYOUT = "key_over_value_form"

Field = tuple[Cell, Cell]


class _Form:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.blank = rng.choice(("", "N/A", "None", "-", ""))
        self.upper = rng.random() < 0.3
        self.numbered = rng.random() < 0.6

    def key(self, text: str, number: str) -> Cell:
        text = text.upper() if self.upper else text
        return p(f"{number} {text}" if self.numbered else text)

    def metric_key(self, kind: str, unit: str, number: str) -> Cell:
        kind = kind.upper() if self.upper else kind
        prefix = ((f"{number} ", None),) if self.numbered else ()
        return (*prefix, (kind, "METRIC_TYPE"), (" (", None), (unit, "METRIC_UNIT"), (")", None))

    def role_key(self, role: str, number: str) -> Cell:
        role = role.upper() if self.upper else role
        return (
            ((f"{number} ", None), (role, "ASSOC_ROLE"))
            if self.numbered
            else lab(role, "ASSOC_ROLE")
        )

    def value(self, value: str | None, label: str) -> Cell:
        return lab(value, label) if value else p(self.blank)


def _sections(
    v: Vessel, f: _Form, rng: random.Random, rfmo: str
) -> list[tuple[str, list[list[Field]]]]:
    iso3 = d.flag_code(v)
    former = rng.choice(d.FORMER_FLAGS) if rng.random() < 0.3 else None
    ident = [
        [
            (f.key("Name of vessel", "1.1"), lab(v.name, "VESSEL_NAME")),
            (
                f.key("Flag State", "1.2"),
                f.value(iso3 and d.country_name(iso3, "en", rng.randint(0, 1)), "FLAG"),
            ),
            (f.key("Port of registry", "1.3"), f.value(d.home_port(v, rng), "HOME_PORT")),
        ],
        [
            (f.key("IMO number", "1.4"), f.value(v.imo, "IMO")),
            (f.key("International radio call sign", "1.5"), f.value(v.ircs, "IRCS")),
            (f.key("MMSI", "1.6"), f.value(v.mmsi, "MMSI")),
        ],
        [
            (
                f.key("National registration number", "1.7"),
                lab(d.national_reg(v), "NATIONAL_REG_NO"),
            ),
            (f.key("Previous name(s)", "1.8"), f.value(v.former_name, "NAME_CHANGE")),
            (
                f.key("Previous flag(s)", "1.9"),
                f.value(former and d.country_name(former), "FLAG_CHANGE"),
            ),
        ],
        [
            (f.key("RFMO vessel ID", "1.10"), lab(d.rfmo_id(rfmo, v, iso3), "RFMO_ID")),
            (
                f.key("Previous call sign", "1.11"),
                f.value(former and d.former_call_sign(v, former), "ID_CHANGE"),
            ),
            (
                f.key("FFA VID (if any)", "1.12"),
                f.value(
                    str(rng.randint(20000, 39999)) if rfmo in ("WCPFC", "SPRFMO", "NPFC") else None,
                    "OTHER_EXT_ID",
                ),
            ),
        ],
    ]
    length = v.length_m or f"{rng.uniform(28, 75):.1f}"
    built_in, _, yards = d.build_places(iso3)
    build = [
        [
            (f.metric_key("Length overall", "m", "2.1"), lab(length, "METRIC_VALUE")),
            (
                f.metric_key("Gross tonnage", rng.choice(("GT", "GRT")), "2.2"),
                f.value(v.gross_tonnage, "METRIC_VALUE"),
            ),
            (
                f.metric_key("Engine power", "kW", "2.3"),
                lab(str(rng.randint(350, 2900)), "METRIC_VALUE"),
            ),
        ],
        [
            (f.key("Year of build", "2.4"), f.value(v.build_year, "BUILD_YEAR")),
            (f.key("Shipyard", "2.5"), lab(rng.choice(yards), "BUILDER_LOCATION")),
            (f.key("Country of build", "2.6"), lab(built_in, "BUILD_COUNTRY")),
        ],
        [
            (f.key("Vessel type", "2.7"), p(d.vessel_type(v))),
            (f.key("Fishing gear", "2.8"), p(d.gear(v))),
            (
                f.metric_key("Fish hold capacity", "m³", "2.9"),
                lab(str(rng.randint(120, 1600)), "METRIC_VALUE"),
            ),
        ],
    ]
    addr = d.address(v, rng)
    owner = [
        [
            (
                f.role_key("Owner", "3.1"),
                lab(d.owner_name(v, rng, rng.randint(0, 2)), "ASSOC_NAME"),
            ),
            (f.key("Company registration no.", "3.2"), lab(d.company_reg(v, rng), "REG_NO")),
        ],
        [
            (f.key("Street address", "3.3"), lab(addr.street, "ADDRESS")),
            (f.key("City", "3.4"), lab(addr.city, "CITY")),
            (f.key("Province / State", "3.5"), f.value(addr.state, "STATE")),
        ],
        [
            (f.key("Country", "3.6"), lab(addr.country, "COUNTRY_CODE")),
            (
                f.key("Telephone", "3.7"),
                p(f"+{rng.randint(60, 99)} {rng.randint(10, 999)} {rng.randint(1000000, 9999999)}"),
            ),
            (f.key("E-mail", "3.8"), p(f"office{rng.randint(1, 99)}@fishery-example.com")),
        ],
        [
            (
                f.role_key("Operator", "3.9"),
                lab(d.owner_name(v, rng, rng.choice((0, 1))), "ASSOC_NAME"),
            ),
            (f.role_key("Master", "3.10"), lab(d.person(rng), "ASSOC_NAME")),
        ],
    ]
    start, end = d.validity(rng)
    fmt = rng.choice(("dmy", "iso", "long_en", "d-mon-y"))
    info = d.RFMOS[rfmo]
    areas = rng.sample(info.areas, min(len(info.areas), rng.randint(1, 2)))
    species = rng.sample(info.species, min(len(info.species), rng.randint(1, 3)))
    sep = rng.choice((", ", "; ", " / "))
    auth = [
        [
            (
                f.key("Type of authorisation", "4.1"),
                lab(
                    rng.choice(("Fishing", "High seas fishing licence", "Transhipment", "Carrier")),
                    "AUTH_TYPE",
                ),
            ),
            (
                f.key("Authorisation number", "4.2"),
                lab(f"HS-{start.year}-{rng.randint(1, 9999):04d}", "LICENSE_NO"),
            ),
            (f.key("RFMO", "4.3"), lab(rfmo, "RFMO_CODE")),
        ],
        [
            (f.key("Valid from", "4.4"), lab(d.fmt_date(start, fmt), "START_DATE")),
            (f.key("Valid to", "4.5"), lab(d.fmt_date(end, fmt), "END_DATE")),
            (f.key("FAO area(s)", "4.6"), joined([lab(a, "FAO_AREA_CODE") for a in areas], sep)),
        ],
        [(f.key("Target species", "4.7"), joined([lab(s, "SPECIES_NAME") for s in species], sep))],
    ]
    return [
        ("1. VESSEL IDENTIFICATION", ident),
        ("2. DIMENSIONS AND BUILD", build),
        ("3. OWNER AND OPERATOR", owner),
        ("4. AUTHORISATION", auth),
    ]


def _lines(fields: list[list[Field]]) -> list[list[Cell]]:
    out: list[list[Cell]] = []
    for row in fields:
        out.append([k for k, _ in row])
        out.append([val for _, val in row])
    return out


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    v = d.pick(vessels, rng, 1)[0]
    form = _Form(rng)
    rfmo = rng.choice(tuple(d.RFMOS))
    sections = _sections(v, form, rng, rfmo)
    split = rng.choice((2, 4))  # two pages (sections 1-2, 3-4) or one
    gap = rng.randint(3, 6)
    chunks = [sections[:split], sections[split:]] if split < 4 else [sections]
    pages: list[PageDraft] = []
    for num, chunk in enumerate(chunks, start=1):
        page = PageText()
        if num == 1:
            page.add(
                rng.choice(
                    (
                        "APPLICATION FOR AUTHORISATION TO FISH ON THE HIGH SEAS",
                        "VESSEL DETAILS FORM",
                    )
                )
            )
            page.add(" - ").add(rfmo, "RFMO_CODE").add(" RECORD OF AUTHORISED VESSELS\n")
            page.line("Complete in block capitals. Attach a colour photograph of the vessel.")
        else:
            page.add("Form HS-1 (continued)      Vessel: ").add(v.name, "VESSEL_NAME").add(
                f"      page {num} of 2\n"
            )
        page.add("\n")
        all_lines = [line for _, fields in chunk for line in _lines(fields)]
        widths = column_widths(all_lines)
        for heading, fields in chunk:
            page.line(heading)
            aligned_lines(page, _lines(fields), widths, gap=gap)
            page.add("\n")
        if num == len(chunks):
            signed = date(2025, rng.randint(1, 12), rng.randint(1, 28))
            page.line("5. DECLARATION")
            page.line("I certify that the information given in this form is true and complete.")
            aligned_lines(
                page,
                [[p("Name and signature"), p("Date")], [p("_" * 24), p(d.fmt_date(signed, "dmy"))]],
                [30, 12],
                gap=gap,
            )
        pages.append(draft(page))
    return pages
