"""A ministry's allocation list of tax-exempt (duty-free) fishing fuel by vessel, in litres per
quarter."""

from __future__ import annotations

import random
from collections.abc import Iterator

from oceanid_dev.demo.vessels import Vessel

from ._common import (
    Ident,
    amount,
    date_style,
    digits,
    fmt_date,
    invent_company,
    national_reg_no,
    random_day,
    stream,
)
from ._page import DocDraft, PageDraft

LAYOUT = "fuel_subsidy_allocation"

MINISTRIES = {
    "en": (
        "FISHERIES AGENCY — FISHING FUEL SUPPORT PROGRAMME",
        "MINISTRY OF AGRICULTURE AND FISHERIES — Directorate of Fishing Fleets",
        "DEPARTMENT OF FISHERIES — Duty-Free Marine Diesel Scheme",
    ),
    "es": (
        "MINISTERIO DE AGRICULTURA, PESCA Y ALIMENTACIÓN — Secretaría General de Pesca",
        "SECRETARÍA DE PESCA Y ACUICULTURA — Dirección de Flota Pesquera",
        "CONSEJERÍA DEL MAR — Dirección General de Pesca",
    ),
    "fr": (
        "MINISTÈRE DE LA MER — Direction des pêches maritimes et de l'aquaculture",
        "MINISTÈRE DES PÊCHES — Service de la flotte et des ressources",
        "DIRECTION DE LA MER — Bureau des aides à la flotte",
    ),
}
W = {
    "en": {
        "title": "Allocation of tax-exempt fishing fuel (marine gas oil), litres per quarter",
        "basis": "Pursuant to Notice",
        "period": "Allocation period",
        "cols": (
            "No",
            "Vessel",
            "Reg. No.",
            "IRCS",
            "GT",
            "kW",
            "Beneficiary",
            "Q1",
            "Q2",
            "Q3",
            "Q4",
            "Total",
        ),
        "lic": "Licence",
        "sum": "Total allocated",
        "port": "Home port",
        "rule": "Quota = engine kW x days at sea x 0.22 l/kWh, capped by tonnage class.",
        "pay": "Beneficiary",
        "q": "Quarter",
    },
    "es": {
        "title": "Asignación de gasóleo pesquero exento del impuesto de hidrocarburos "
        "(litros por trimestre)",
        "basis": "Resolución",
        "period": "Período de asignación",
        "cols": (
            "N.º",
            "Buque",
            "Matrícula",
            "Distintivo",
            "GT",
            "kW",
            "Titular",
            "T1",
            "T2",
            "T3",
            "T4",
            "Total",
        ),
        "lic": "Licencia",
        "sum": "Total asignado",
        "port": "Puerto base",
        "rule": "Cupo = kW del motor x días de mar x 0,22 l/kWh, con tope por tramo de arqueo.",
        "pay": "Titular",
        "q": "Trimestre",
    },
    "fr": {
        "title": "Attribution de gazole de pêche détaxé — contingents trimestriels en litres",
        "basis": "Arrêté n°",
        "period": "Période d'attribution",
        "cols": (
            "N°",
            "Navire",
            "Immat.",
            "Indicatif",
            "JB",
            "kW",
            "Bénéficiaire",
            "T1",
            "T2",
            "T3",
            "T4",
            "Total",
        ),
        "lic": "Licence",
        "sum": "Total attribué",
        "port": "Port d'attache",
        "rule": "Contingent = puissance kW x jours de mer x "
        "0,22 l/kWh, plafonné par classe de jauge.",
        "pay": "Bénéficiaire",
        "q": "Trimestre",
    },
}


def _domestic(vessels: list[Vessel], rng: random.Random) -> Iterator[Ident]:
    """The vessels of one flag State (a national list), or of any flag if that one has few."""
    first = next(stream(vessels, rng))
    same = [v for v in vessels if v.flag and v.flag == first.flag]
    return stream(same if len(same) >= 8 else vessels, rng)


def _litres(rng: random.Random, i: Ident) -> list[int]:
    gt = int(i.gt) if i.gt and i.gt.isdigit() else rng.randint(40, 1500)
    base = min(gt, 3000) * rng.randint(30, 80)
    return [max(0, int(base * rng.uniform(0.6, 1.2)) // 100 * 100) for _ in range(4)]


def _done(doc: DocDraft, target: int) -> bool:
    return len(doc.pages) >= target and len(doc.page) >= 1300


def _table(rng: random.Random, lang: str, doc: DocDraft, target: int, vessels: list[Vessel]) -> int:
    w = W[lang]
    cols = w["cols"]
    assert isinstance(cols, tuple)
    with_owner = rng.random() < 0.6
    with_kw = rng.random() < 0.5
    ships = _domestic(vessels, rng)
    rows = []
    for _ in range(60):
        i = next(ships)
        rows.append(
            (
                i,
                national_reg_no(rng, i),
                i.owner or invent_company(rng, i.flag),
                rng.choice((110, 184, 294, 367, 441, 736, 1103)),
                _litres(rng, i),
            )
        )
    name_w = max(len(r[0].name) for r in rows) + 2
    reg_w = max(len(r[1]) for r in rows) + 2
    owner_w = max(len(r[2]) for r in rows) + 2

    def header() -> PageDraft:
        h = PageDraft()
        h.add(f"{cols[0]:<4}{cols[1]:<{name_w}}{cols[2]:<{reg_w}}{cols[3]:<10}{cols[4]:>6} ")
        if with_kw:
            h.add(f"{cols[5]:>6} ")
        if with_owner:
            h.add(f"{cols[6]:<{owner_w}}")
        h.line(f"{cols[7]:>10}{cols[8]:>10}{cols[9]:>10}{cols[10]:>10}{cols[11]:>11}")
        h.line("-" * 100)
        return h

    doc.page.extend(header())
    grand = 0
    for n, (i, reg, owner, kw, quarters) in enumerate(rows, 1):
        if _done(doc, target):
            break
        r = PageDraft()
        r.add(f"{n:<4}")
        r.cell(i.name, name_w, "VESSEL_NAME")
        r.cell(reg, reg_w, "NATIONAL_REG_NO")
        r.cell(i.ircs or "—", 10, "IRCS" if i.ircs else None)
        r.cell(i.gt or "—", 7, "METRIC_VALUE" if i.gt else None, right=True)
        if with_kw:
            r.cell(str(kw), 7, "METRIC_VALUE", right=True)
        if with_owner:
            r.cell(owner, owner_w, "ASSOC_NAME")
        grand += sum(quarters)
        r.line(
            "".join(f"{amount(q, lang, 0):>10}" for q in quarters)
            + f"{amount(sum(quarters), lang, 0):>11}"
        )
        doc.put(r, header())
    return grand


def _blocks(
    rng: random.Random, lang: str, doc: DocDraft, target: int, vessels: list[Vessel]
) -> int:
    w = W[lang]
    cols = w["cols"]
    assert isinstance(cols, tuple)
    ships = _domestic(vessels, rng)
    grand = 0
    n = 0
    while not _done(doc, target):
        n += 1
        i = next(ships)
        b = PageDraft()
        b.seq(
            f"{n}. {cols[1]}: ",
            (i.name, "VESSEL_NAME"),
            f" — {cols[2]} ",
            (national_reg_no(rng, i), "NATIONAL_REG_NO"),
        )
        if i.ircs:
            b.seq(f" — {cols[3]} ", (i.ircs, "IRCS"))
        if i.mmsi and rng.random() < 0.3:
            b.seq(" — MMSI ", (i.mmsi, "MMSI"))
        b.add("\n")
        owner = i.owner or invent_company(rng, i.flag)
        b.seq(f"   {w['pay']}: ", (owner, "ASSOC_NAME"))
        if i.port:
            b.seq(f" — {w['port']}: ", (i.port.title(), "HOME_PORT"))
        b.add("\n")
        if i.gt:
            b.seq("   ", (cols[4], "METRIC_TYPE"), " ", (i.gt, "METRIC_VALUE"))
            if rng.random() < 0.5:
                b.seq(
                    " — ",
                    (
                        "Potencia"
                        if lang == "es"
                        else "Puissance"
                        if lang == "fr"
                        else "Engine power",
                        "METRIC_TYPE",
                    ),
                    " ",
                    (str(rng.choice((184, 294, 441, 736))), "METRIC_VALUE"),
                    " ",
                    ("kW", "METRIC_UNIT"),
                )
            b.add("\n")
        if rng.random() < 0.4:
            b.line(f"   {w['lic']}: ", (f"{(i.flag or 'XX')[:2]}-{digits(rng, 6)}", "LICENSE_NO"))
        quarters = _litres(rng, i)
        grand += sum(quarters)
        b.line(
            "   "
            + "   ".join(f"{cols[7 + k]}: {amount(q, lang, 0)} l" for k, q in enumerate(quarters))
            + f"   = {amount(sum(quarters), lang, 0)} l"
        )
        doc.put(b)
    return grand


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choice(("en", "en", "es", "fr"))
    w = W[lang]
    style = date_style(rng, lang)
    year = rng.randint(2021, 2025)
    signed = random_day(rng, year - 1, year - 1)
    doc = DocDraft(limit=2750)
    p = doc.page
    p.line(rng.choice(MINISTRIES[lang]))
    p.line(f"{w['basis']} {rng.randint(1, 480)}/{year - 1} — {fmt_date(signed, style, lang)}")
    p.line(str(w["title"]))
    start = type(signed)(year, 1, 1)
    p.line(
        f"{w['period']}: {fmt_date(start, style, lang)} — "
        f"{fmt_date(type(signed)(year, 12, 31), style, lang)}"
    )
    p.add("\n")
    tabular = rng.random() < 0.55
    target = rng.choice((1, 1, 2, 3))
    grand = (_table if tabular else _blocks)(rng, lang, doc, target, vessels)
    tail = PageDraft()
    tail.line(f"\n{w['sum']}: {amount(grand, lang, 0)} l")
    tail.line(str(w["rule"]))
    tail.line(
        f"Budget line {digits(rng, 2)}.{digits(rng, 2)}.{digits(rng, 3)} — "
        f"ref. {digits(rng, 4)}/{year}"
    )
    doc.put(tail)
    notes = {
        "en": [
            "",
            "Unused quota lapses at the end of each quarter and is not carried over.",
            "Deliveries only at approved bunkering points against the fuel card.",
            f"Helpdesk: +886 2 {digits(rng, 4)} {digits(rng, 4)}",
        ],
        "es": [
            "",
            "El cupo no consumido en el trimestre no es acumulable.",
            "Suministro exclusivo en instalaciones autorizadas con tarjeta de gasóleo.",
            f"Consultas: 91 {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}",
        ],
        "fr": [
            "",
            "Le contingent non consommé dans le trimestre n'est pas reportable.",
            "Livraisons uniquement aux points d'avitaillement agréés.",
            f"Renseignements : 01 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} "
            f"{digits(rng, 2)}",
        ],
    }[lang]
    for page in doc.pages:
        page.pad(notes, 820)
    return doc.pages
