"""A port-State 'advance request for entry into port' (PSMA Annex A) as a filled-in form: numbered
fields, checkbox glyphs, authorisations as a small table, catch on board by species, FAO area and
quantity. English, or bilingual French/English keys."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence

from oceanid_dev.demo.vessels import Vessel

from ._page import PageBuilder, PageDraft, Piece, pieces_width
from ._vocab import PORTS, RFMOS, country, fmt_date, profile, some_day, thousands, validity

LAYOUT = "psma_annex_a"

_FIELDS = (
    ("Intended port of call", "Port d'escale prévu"),
    ("Port State", "État du port"),
    ("Estimated date and time of arrival", "Date et heure d'arrivée prévues"),
    ("Purpose(s)", "Objet(s)"),
    ("Name of port and date of last port call", "Dernier port d'escale et date"),
    ("Name of the vessel", "Nom du navire"),
    ("Flag State", "État du pavillon"),
    ("Type of vessel", "Type de navire"),
    ("International Radio Call Sign", "Indicatif international d'appel radio"),
    ("Vessel contact information", "Coordonnées du navire"),
    ("Vessel owner(s)", "Propriétaire(s) du navire"),
    ("Certificate of registry ID", "N° du certificat d'immatriculation"),
    ("IMO ship ID, if available", "Identifiant OMI, si disponible"),
    ("External ID, if available", "Identifiant externe, si disponible"),
    ("RFMO ID, if applicable", "Identifiant ORGP, le cas échéant"),
    ("VMS", "VMS"),
    ("Vessel dimensions", "Dimensions du navire"),
    ("Vessel master name and nationality", "Nom et nationalité du capitaine"),
    ("Relevant fishing authorization(s)", "Autorisation(s) de pêche"),
    ("Relevant transhipment authorization(s)", "Autorisation(s) de transbordement"),
    ("Transhipment information concerning donor vessels", "Navires donneurs (transbordement)"),
    ("Total catch onboard / catch to be offloaded", "Captures à bord / à débarquer"),
)
_BOXES = (("☒", "☐"), ("[x]", "[ ]"), ("■", "□"), ("(X)", "( )"))
_PRODUCT = ("Frozen whole", "Frozen gilled and gutted", "Frozen loins", "Chilled whole")
_GEAR_CODES = ("LLD", "PS", "LL", "JIG", "OTB")


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    bilingual = rng.random() < 0.35
    rfmo = rng.choice(("IOTC", "WCPFC", "ICCAT", "SPRFMO", "IATTC"))
    p = profile(rng.choice(list(vessels)), rng, rfmo)
    checked, empty = rng.choice(_BOXES)
    key_width = rng.randint(44, 52) if not bilingual else rng.randint(70, 80)
    date_style = rng.choice(("iso", "dmy_slash", "d_mon_y"))
    kg = rng.random() < 0.6
    arrival = some_day(rng, 2024, 2026)
    port_code, port_name, port_state = rng.choice(PORTS)
    last_code, last_name, _ = rng.choice([port for port in PORTS if port[0] != port_code])

    b = PageBuilder()
    if bilingual:
        b.line("DEMANDE PRÉALABLE D'ENTRÉE AU PORT / ADVANCE REQUEST FOR ENTRY INTO PORT")
    else:
        b.line("ADVANCE REQUEST FOR ENTRY INTO PORT")
    b.line(
        "(Annex A — Agreement on Port State Measures to Prevent, Deter and Eliminate IUU Fishing)"
    )
    b.newline()
    numbers = iter(range(1, 30))

    def field(values: list[Piece] | None, table_follows: bool = False) -> None:
        number = next(numbers)
        en, fr = _FIELDS[number - 1]
        key = f"{fr} / {en}" if bilingual else en
        b.cell([(f"{number}.", None)], 4).cell([(key, None)], key_width)
        if not table_follows:
            b.pieces(values or [(rng.choice(("N/A", "—", "Not applicable")), None)])
        b.newline()

    field([(port_name, None), (" (", None), (port_code, "PORT_ID"), (")", None)])
    field([(country(port_state), None)])
    field([(f"{fmt_date(arrival, date_style)} {rng.randint(0, 23):02d}:00 UTC", None)])
    purposes = ("Landing", "Transhipment", "Packaging", "Processing", "Other (specify)")
    chosen = rng.choice(purposes[:2])
    field(
        [("   ".join(f"{checked if name == chosen else empty} {name}" for name in purposes), None)]
    )
    last_call = fmt_date(arrival - dt.timedelta(days=rng.randint(12, 140)), date_style)
    field(
        [(last_name, None), (" (", None), (last_code, "PORT_ID"), ("), ", None), (last_call, None)]
    )
    field([(p.name, "VESSEL_NAME")])
    field([(country(p.flag), "FLAG")] if p.flag else None)
    field([(rng.choice(("Longliner", "Purse seiner", "Reefer", "Squid jigger")), None)])
    field([(p.ircs, "IRCS")] if p.ircs else None)
    field(
        [(f"Inmarsat-C {rng.randint(400000000, 499999999)}", None)] if rng.random() < 0.5 else None
    )
    owner: list[Piece] = []
    if p.owner:
        address = p.owner_address
        owner = [
            (p.owner, "ASSOC_NAME"),
            (", ", None),
            (address.street, "ADDRESS"),
            (", ", None),
            (address.city, "CITY"),
            (", ", None),
            (country(address.country), "COUNTRY_CODE"),
        ]
    field(owner)
    field([(p.national_reg_no, "NATIONAL_REG_NO")])
    field([(p.imo, "IMO")] if p.imo else None)
    external = f"{(p.flag or 'XX')[:2]}-{rng.randint(100, 9999)}"
    field([(external, "OTHER_EXT_ID")] if rng.random() < 0.6 else None)
    field([(p.rfmo_id, "RFMO_ID"), (" (", None), (rfmo, "RFMO_CODE"), (")", None)])
    on = rng.random() < 0.85
    field(
        [
            (
                f"{empty if on else checked} No   {checked if on else empty} Yes: National   "
                f"{checked if on else empty} Yes: RFMO(s)   Type: Inmarsat-C",
                None,
            )
        ]
    )
    dims: list[Piece] = []
    for name, value in (
        ("Length", p.length_m),
        ("Beam", p.beam_m),
        ("Draft", f"{rng.uniform(3, 7):.1f}"),
    ):
        if value:
            dims += [("   ", None)] if dims else []
            dims += [
                (name, "METRIC_TYPE"),
                (" ", None),
                (value, "METRIC_VALUE"),
                (" ", None),
                ("m", "METRIC_UNIT"),
            ]
    field(dims)
    field([(p.master, "ASSOC_NAME"), (", ", None), (country(p.master_nationality), "COUNTRY_CODE")])

    two_pages = rng.random() < 0.5
    pages: list[PageDraft] = []
    if two_pages:
        b.newline().line("Page 1/2")
        pages.append(b.draft())
        b = PageBuilder()
    start, end = validity(rng)
    areas, species = RFMOS[rfmo]
    rows: list[list[list[Piece]]] = [
        [
            [(p.licence_no, "LICENSE_NO")],
            [(country(p.flag), None)] if p.flag else [("—", None)],
            [
                (fmt_date(start, date_style), "START_DATE"),
                (" - ", None),
                (fmt_date(end, date_style), "END_DATE"),
            ],
            _joined(
                [
                    [(area, "FAO_AREA_CODE")]
                    for area in rng.sample(areas, rng.randint(1, len(areas)))
                ]
            ),
            _joined([[(code, "SPECIES_NAME")] for code in rng.sample(species, rng.randint(1, 3))]),
            [(rng.choice(_GEAR_CODES), None)],
        ]
    ]
    if rng.random() < 0.6:
        rows.append(
            [
                [(p.rfmo_id, "RFMO_ID")],
                [(rfmo, "RFMO_CODE")],
                [
                    (fmt_date(start, date_style), "START_DATE"),
                    (" - ", None),
                    (fmt_date(end, date_style), "END_DATE"),
                ],
                _joined([[(area, "FAO_AREA_CODE")] for area in areas[:2]]),
                [("All", None)],
                [("—", None)],
            ]
        )
    field(None, table_follows=True)
    _table(b, ["Identifier", "Issued by", "Validity", "Fishing area(s)", "Species", "Gear"], rows)
    field(None)
    field(None)
    field(None, table_follows=True)
    quantity = "Quantity (kg)" if kg else "Quantity (t)"
    sep = rng.choice((",", " ", ""))
    catch_rows: list[list[list[Piece]]] = []
    for code in rng.sample(species, rng.randint(1, min(4, len(species)))):
        amount = rng.randint(800, 90_000)
        shown = thousands(amount, sep) if kg else f"{amount / 1000:.1f}"
        offload = shown if rng.random() < 0.6 else "0"
        catch_rows.append(
            [
                [(code, "SPECIES_NAME")],
                [(rng.choice(_PRODUCT), None)],
                [(rng.choice(areas), "FAO_AREA_CODE")],
                [(shown, None)],
                [(offload, None)],
            ]
        )
    _table(
        b,
        ["Species", "Product form", "Catch area", quantity, f"To offload ({'kg' if kg else 't'})"],
        catch_rows,
    )
    b.newline()
    b.line(
        f"Date of request: {fmt_date(arrival, date_style)}"
        f"        Signature of master: ______________"
    )
    if two_pages:
        b.line("Page 2/2")
    pages.append(b.draft())
    return pages


def _joined(items: list[list[Piece]]) -> list[Piece]:
    out: list[Piece] = []
    for index, item in enumerate(items):
        out += [(", ", None)] if index else []
        out += item
    return out


def _table(b: PageBuilder, header: list[str], rows: list[list[list[Piece]]]) -> None:
    widths = [
        max(len(title), *(pieces_width(row[index]) for row in rows)) + 3
        for index, title in enumerate(header)
    ]
    b.pad_to(4)
    for title, width in zip(header, widths, strict=True):
        b.cell([(title, None)], width)
    b.newline()
    for row in rows:
        b.pad_to(4)
        for cell, width in zip(row, widths, strict=True):
            b.cell(cell, width)
        b.newline()
