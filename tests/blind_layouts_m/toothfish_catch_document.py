"""A catch document as printed: a CCAMLR Dissostichus Catch Document (DCD) or an ICCAT
electronic bluefin tuna catch document (eBCD). Document, landing, export and import
certification numbers, weights and catch dates are hard negatives."""

from __future__ import annotations

import datetime as dt
import random

from oceanid_dev.demo.vessels import Vessel

from . import _common as c
from . import _vocab as v
from ._ids import Profile, iso2, pick
from ._page import PageBuilder, PageDraft

LAYOUT = "toothfish_catch_document"


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    p = pick(vessels, rng)
    scheme = rng.choice(("DCD", "DCD", "eBCD"))
    code = iso2(p.flag)
    year = rng.randint(2023, 2025)
    docno = f"{code}-{year % 100}-{rng.randint(1, 9999):04d}-{rng.choice('ELN')}"
    if scheme == "eBCD":
        docno = f"{code}{year % 100}-{rng.randint(10000, 99999)}"
    count = 3 if rng.random() < 0.35 else 2
    start = c.some_day(rng, year, year)  # the licence's first day; catch, landing, trade follow
    landed = c.later(start, rng, 120, 170)
    pages = [
        _catch_page(p, scheme, docno, start, count, rng),
        _trade_page(p, scheme, docno, landed, rng),
    ]
    if count == 3:
        pages.append(_reexport_page(scheme, docno, c.later(landed, rng, 60, 90), rng))
    return pages


def _catch_page(
    p: Profile, scheme: str, docno: str, start: dt.date, count: int, rng: random.Random
) -> PageDraft:
    b = PageBuilder()
    style = c.date_style(rng)
    rfmo = "CCAMLR" if scheme == "DCD" else "ICCAT"
    fish = v.TOOTHFISH if scheme == "DCD" else v.BLUEFIN
    if scheme == "DCD":
        b.line("Commission for the Conservation of Antarctic Marine Living Resources")
        b.line((rfmo, "RFMO_CODE"), " CATCH DOCUMENTATION SCHEME")
        b.line("DISSOSTICHUS CATCH DOCUMENT (DCD) - printed from the e-CDS")
    else:
        b.line(
            "International Commission for the Conservation of Atlantic Tunas (",
            (rfmo, "RFMO_CODE"),
            ")",
        )
        b.line("ELECTRONIC BLUEFIN TUNA CATCH DOCUMENT (eBCD) - printed copy")
    b.rule("=")
    w = rng.choice((26, 30))
    b.kv("Document number", docno, width=w)
    b.kv("Document status", rng.choice(("Signed", "Validated", "Landed - pending export")), width=w)
    b.kv(
        "Printed",
        f"{c.date_text(c.later(start, rng, 200, 300), 'iso')} 10:{rng.randint(10, 59)} UTC",
        width=w,
    )
    b.blank()
    b.line("SECTION 1 - ISSUING AUTHORITY AND FLAG STATE")
    flag = c.country(p.flag, "en", rng)
    b.kv("  Flag State", (flag, "FLAG") if flag else "not recorded", width=w)
    b.kv(
        "  Authority",
        rng.choice(("Fisheries Administration", "Directorate of Fisheries", "Bureau of Fisheries")),
        width=w,
    )
    b.blank()
    b.line("SECTION 2 - FISHING VESSEL")
    b.kv("  Vessel name", (p.name, "VESSEL_NAME"), width=w)
    b.kv("  Lloyd's/IMO number", c.ident(p.imo, "IMO", "not assigned"), width=w)
    b.kv("  Radio call sign", c.ident(p.ircs, "IRCS", "n/a"), width=w)
    if rng.random() < 0.6:
        b.kv("  National registration", (c.national_reg(p.flag, rng), "NATIONAL_REG_NO"), width=w)
    record = c.rfmo_record(p.flag, rfmo, rng)
    if record and rng.random() < 0.7:
        b.kv(f"  {rfmo} vessel number", (record, "RFMO_ID"), width=w)
    end = c.later(start, rng, 180, 364)
    stock = "TOP" if scheme == "DCD" else "BFT"
    licence = f"{p.flag or 'XX'}-{stock}-{start.year}-{rng.randint(1, 99):02d}"
    kind = "Licence (CM 10-02)" if scheme == "DCD" else "Fishing authorisation"
    b.kv(f"  {kind} no.", (licence, "LICENSE_NO"), width=w)
    b.line(
        "  Valid from ",
        (c.date_text(start, style), "START_DATE"),
        " to ",
        (c.date_text(end, style), "END_DATE"),
    )
    b.blank()
    b.line("SECTION 3 - MASTER")
    b.kv("  Name of master", (c.master(p, rng), "ASSOC_NAME"), width=w)
    b.kv("  Signature", "[signed electronically]", width=w)
    b.blank()
    b.line("SECTION 4 - DESCRIPTION OF CATCH")
    caught = c.later(start, rng, 5, 60)
    b.line(
        "  Fishing period: ",
        c.date_text(caught, style),
        " - ",
        c.date_text(c.later(caught, rng, 10, 50), style),
    )
    widths = [12, 28, 10, 14, 14]
    b.row([["  Code"], ["Species"], ["Area"], ["Est. kg"], ["Verified kg"]], widths)
    for code, english, latin, areas in rng.sample(fish, k=rng.randint(1, 2)):
        area = rng.choice(areas)
        est = rng.randint(800, 95000)
        name = latin if rng.random() < 0.4 else english
        b.row(
            [
                ["  ", (code, "SPECIES_NAME")],
                [(name, "SPECIES_NAME")],
                [(area, "FAO_AREA_CODE")],
                [f"{est:,}"],
                [f"{est - rng.randint(0, 400):,}"],
            ],
            widths,
        )
    b.line(
        "  Product: ", rng.choice(("HGT (headed, gutted, tailed)", "WHL frozen", "FIL (fillets)"))
    )
    b.blank()
    b.line(f"Page 1 of {count}  -  {docno}")
    return b.draft()


def _trade_page(
    p: Profile, scheme: str, docno: str, landed: dt.date, rng: random.Random
) -> PageDraft:
    b = PageBuilder()
    style = c.date_style(rng)
    b.line(f"{scheme} {docno} (continued)")
    b.rule()
    port, locode = rng.choice(v.PORTS)
    b.line("SECTION 5 - LANDING / TRANSSHIPMENT")
    b.line("  Port of landing: ", port, " (", (locode, "PORT_ID"), ")")
    b.line("  Date of landing: ", c.date_text(landed, style))
    b.line("  Landing verified by port State official: ", rng.choice(v.OFFICIALS))
    certificate = f"{locode[:2]}-LND-{rng.randint(100, 999)}/{rng.randint(23, 25)}"
    b.line(f"  Landing certification no.: {certificate}")
    if rng.random() < 0.5:
        b.line("  Vessel landed (as recorded): ", (p.name, "VESSEL_NAME"))
    b.blank()
    b.line("SECTION 6 - EXPORT")
    exporter = rng.choice(v.TRADERS)
    b.line("  Exporter: ", exporter, f", Free Zone Warehouse {rng.randint(1, 40)}, {port}")
    b.line(f"  Export permit no.: EXP-{rng.randint(1000000, 9999999)}")
    b.line(f"  Export document no.: {docno}/{rng.randint(1, 4):02d}")
    b.line(f"  Net weight exported (kg): {rng.randint(500, 40000):,}")
    b.line(
        f"  Container / seal: MSKU{rng.randint(1000000, 9999999)} / {rng.randint(100000, 999999)}"
    )
    b.line(f"  Export validation certificate: EV{rng.randint(23, 25)}-{rng.randint(10000, 99999)}")
    b.blank()
    b.line("SECTION 7 - IMPORT")
    importer = rng.choice([trader for trader in v.TRADERS if trader != exporter])
    b.line("  Importer: ", importer)
    b.line("  Port of import: ", rng.choice(v.PORTS)[0])
    b.line(
        f"  Import certification no.: IM-{rng.randint(2023, 2025)}-{rng.randint(100000, 999999)}"
    )
    declaration = f"{rng.randint(10, 99)}{rng.choice('ABCDEF')}{rng.randint(1000000, 9999999)}"
    b.line(f"  Customs declaration: {declaration}")
    b.line("  Date of import: ", c.date_text(c.later(landed, rng, 20, 50), style))
    b.blank()
    b.line("Certified by the competent authority of the importing State: ", rng.choice(v.OFFICIALS))
    b.line("This printed copy is valid only with the electronic record of the same number.")
    return b.draft()


def _reexport_page(scheme: str, docno: str, day: dt.date, rng: random.Random) -> PageDraft:
    b = PageBuilder()
    b.line(f"{scheme} {docno} - ANNEX: RE-EXPORT")
    b.rule()
    for number in range(1, rng.randint(4, 6)):
        day = c.later(day, rng, 3, 30)
        b.line(f"Re-export {number}")
        b.line(f"  Re-export certificate no.: RX-{rng.randint(23, 25)}-{rng.randint(1000, 9999)}")
        b.line(f"  Re-exporter: {rng.choice(v.TRADERS)}")
        b.line(f"  Destination: {rng.choice(v.PORTS)[0]}")
        b.line(f"  Product weight (kg): {rng.randint(100, 9000):,}   HS code: 0303.83")
        b.line(f"  Validated by: {rng.choice(v.OFFICIALS)} on {c.date_text(day, 'iso')}")
        b.blank()
    b.line("Summary of quantities (kg)")
    landed, exported = rng.randint(20000, 90000), rng.randint(5000, 20000)
    b.line(
        f"  Landed: {landed:,}   Exported: {exported:,}   Re-exported: {rng.randint(1000, 5000):,}"
    )
    b.line(f"  Balance available for re-export: {rng.randint(0, 900):,}")
    b.blank()
    b.line("Species: see Section 4 of the original document. Weights are net product weights.")
    b.line("No further re-export may be made against the quantities above once exhausted.")
    return b.draft()
