"""An RFMO secretariat's notice of carrier vessels authorised to receive transhipments: a
circular letterhead, then per carrier an indented block of particulars (identifiers, tonnage and
carrying capacity, owner and operator), the authorisation's kind, number, period, FAO areas,
species and ports of landing with UN/LOCODEs, and a small fixed-width table of the fishing
vessels it may receive from."""

from __future__ import annotations

import random
from collections.abc import Sequence

from oceanid_dev.demo.vessels import Vessel

from . import _vocab as v
from ._page import PageBuilder, PageDraft, Piece, width

LAYOUT = "carrier_notice"

_AUTH_KINDS = (
    "Transhipment at sea",
    "Transhipment in port",
    "Receiving of at-sea transhipments",
    "Carrier vessel authorisation",
)
_AGENT_COUNTRIES = {
    "indian": ("MUS", "SYC"),
    "atlantic": ("SEN",),
    "pacific": ("PER",),
    "south_pacific": ("PER", "ECU"),
}


def _joined(items: Sequence[list[Piece]], separator: str) -> list[Piece]:
    pieces: list[Piece] = []
    for index, item in enumerate(items):
        if index:
            pieces.append((separator, None))
        pieces += item
    return pieces


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    fleet = v.ships(vessels)
    carriers_pool = [s for s in fleet if s.gear == "CARRIER"]
    count = rng.choice((1, 1, 2, 3))
    pool = carriers_pool if len(carriers_pool) >= count and rng.random() < 0.7 else fleet
    carriers = v.pick(rng, pool, count)
    body = rng.choice([r for r in v.RFMOS if r.code in ("IOTC", "ICCAT", "WCPFC", "IATTC")])
    date_style = rng.choice(v.DATE_STYLES["en"])
    indent = " " * rng.choice((3, 4, 6))
    key_width = rng.randint(26, 34)
    carriers_per_page = rng.choice((1, 2))

    def key_line(page: PageBuilder, key: str, *value: Piece) -> None:
        page.text(indent).cell([(key + ":", None)], key_width)
        page.line(*(value if value else (("Not provided", None),)))

    issued = v.some_day(rng, 2024, 2026)
    page = PageBuilder()
    page.line((body.code, "RFMO_CODE"), (rng.choice((" Secretariat", " SECRETARIAT")), None))
    page.put((rng.choice(("Circular ", "Notice ")), None), (body.code, "RFMO_CODE"))
    page.line((f" {issued.year}/{rng.randint(1, 140):02d}", None))
    page.line((v.fmt_date(issued, date_style), None)).newline()
    page.line(
        ("NOTIFICATION OF CARRIER VESSELS AUTHORISED TO RECEIVE TRANSHIPMENTS", None)
    ).newline()
    page.paragraph(
        [
            (
                "Dear Sir/Madam, the Secretariat has received the following notification(s) "
                "of carrier vessels authorised to receive transhipments from large-scale "
                "fishing vessels in the ",
                None,
            ),
            (body.code, "RFMO_CODE"),
            (
                " Area, under the regional observer programme. The record has been updated "
                "accordingly.",
                None,
            ),
        ],
        94,
    )

    pages: list[PageDraft] = []
    for index, carrier in enumerate(carriers):
        if index and index % carriers_per_page == 0:
            pages.append(page.build())
            page = PageBuilder()
            page.put(("Circular ", None), (body.code, "RFMO_CODE"), (" - continued", None)).newline(
                2
            )
        page.line((f"{index + 1}. CARRIER VESSEL", None))
        prefix = rng.choice(("", "", "", "MV ", "M/V ", "F/V "))
        name: list[Piece] = [(prefix, None), (carrier.name, "VESSEL_NAME")]
        if carrier.former_name:
            name += [(" (ex-", None), (carrier.former_name, "NAME_CHANGE"), (")", None)]
        key_line(page, "Name of vessel", *name)
        if carrier.flag:
            key_line(page, "Flag", (v.country_name(carrier.flag, "en", rng, codes=True), "FLAG"))
        ids: list[list[Piece]] = []
        if carrier.imo:
            ids.append([("IMO ", None), (carrier.imo, "IMO")])
        if carrier.ircs:
            ids.append([("IRCS ", None), (carrier.ircs, "IRCS")])
        if carrier.mmsi:
            ids.append([("MMSI ", None), (carrier.mmsi, "MMSI")])
        if body.ocean == "pacific" and rng.random() < 0.6:  # the FFA Vessel Register number
            ids.append([("FFA VID ", None), (str(rng.randint(1000, 39_999)), "OTHER_EXT_ID")])
        key_line(page, "Identifiers", *_joined(ids, rng.choice((" / ", "; ", ", "))))
        key_line(
            page, f"{body.code} record number", (v.rfmo_id(body.code, carrier, rng), "RFMO_ID")
        )
        gt = v.derived_gt(carrier)
        key_line(
            page,
            "Tonnage",
            ("Gross tonnage", "METRIC_TYPE"),
            (" ", None),
            (v.fmt_int(gt, "en", rng), "METRIC_VALUE"),
            (" ", None),
            ("GT", "METRIC_UNIT"),
        )
        capacity = int(gt * rng.uniform(1.2, 2.0)) // 10 * 10
        key_line(
            page,
            "Capacity",
            ("Fish hold capacity", "METRIC_TYPE"),
            (" ", None),
            (v.fmt_int(capacity, "en", rng), "METRIC_VALUE"),
            (" ", None),
            (rng.choice(("m3", "m³", "cubic metres")), "METRIC_UNIT"),
        )
        owner_name = v.owner(carrier, rng)
        where = v.address(carrier, rng)
        key_line(
            page,
            "Owner",
            (owner_name, "ASSOC_NAME"),
            (", ", None),
            (where.street, "ADDRESS"),
            (", ", None),
            (where.city, "CITY"),
            (", ", None),
            (
                v.country(where.country).iso2
                if rng.random() < 0.5
                else v.country_name(where.country, "en", rng),
                "COUNTRY_CODE",
            ),
        )
        if rng.random() < 0.5:
            agent = rng.choice(v.AGENTS[rng.choice(_AGENT_COUNTRIES[body.ocean])])
            key_line(
                page,
                "Operator",
                (agent.name, "ASSOC_NAME"),
                (", ", None),
                (agent.city, "CITY"),
                (", ", None),
                (v.country_name(agent.country, "en", rng), "COUNTRY_CODE"),
            )
        kinds = rng.sample(_AUTH_KINDS, rng.choice((1, 1, 2)))
        key_line(page, "Type of authorisation", *_joined([[(k, "AUTH_TYPE")] for k in kinds], "; "))
        key_line(
            page,
            "Authorisation number",
            (f"C-{rng.randint(2024, 2026)}-{rng.randint(1, 999):03d}", "LICENSE_NO"),
        )
        start, end = v.validity(rng)
        key_line(
            page,
            "Period of validity",
            ("from ", None),
            (v.fmt_date(start, date_style), "START_DATE"),
            (" to ", None),
            (v.fmt_date(end, date_style), "END_DATE"),
        )
        areas = rng.sample(body.areas, rng.randint(1, min(3, len(body.areas))))
        key_line(
            page,
            "Areas of operation",
            ("FAO ", None),
            *_joined([[(a, "FAO_AREA_CODE")] for a in areas], ", "),
        )
        species = rng.sample(body.species, rng.randint(1, len(body.species)))
        key_line(
            page,
            "Species",
            *_joined(
                [
                    [
                        (v.SPECIES[c].en, "SPECIES_NAME"),
                        (" (", None),
                        (c, "SPECIES_NAME"),
                        (")", None),
                    ]
                    for c in species
                ],
                "; ",
            ),
        )
        ports = rng.sample(v.PORTS_BY_OCEAN[body.ocean], rng.randint(1, 2))
        key_line(
            page,
            "Port(s) of landing",
            *_joined(
                [
                    [(port, None), (" (", None), (v.LOCODES[port], "PORT_ID"), (")", None)]
                    for port, _ in ports
                ],
                "; ",
            ),
        )
        page.newline()
        _donor_table(page, indent, v.pick(rng, fleet, rng.randint(2, 4)), body, rng)
        page.newline()
    page.paragraph(
        [
            (
                "Members are requested to inform their flag vessels accordingly. Yours sincerely, "
                "Executive Secretary",
                None,
            )
        ],
        94,
    )
    pages.append(page.build())
    return pages


def _donor_table(
    page: PageBuilder, indent: str, donors: list[v.Ship], body: v.Rfmo, rng: random.Random
) -> None:
    page.line((indent + "Fishing vessels from which transhipments may be received:", None))
    rows = []
    for s in donors:
        rows.append(
            [
                [(s.name, "VESSEL_NAME")],
                [(v.country(s.flag).iso3, "FLAG")] if s.flag else [("-", None)],
                [(s.ircs, "IRCS")] if s.ircs else [("-", None)],
                [(v.rfmo_id(body.code, s, rng), "RFMO_ID")],
            ]
        )
    headers = ["Vessel", "Flag", "Call sign", f"{body.code} No."]
    widths = [max(len(headers[i]), *(width(r[i]) for r in rows)) for i in range(4)]
    page.text(indent)
    for header, size in zip(headers, widths, strict=True):
        page.cell([(header, None)], size + 3)
    page.newline()
    for row in rows:
        page.text(indent)
        for cell, size in zip(row, widths, strict=True):
            page.cell(cell, size + 3)
        page.newline()
