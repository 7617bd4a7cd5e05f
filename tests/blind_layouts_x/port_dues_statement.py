"""A port authority's statement of account for a shipping agency: harbour dues per vessel
call with GT, invoice numbers, payments, ageing and remittance details (en / es / fr)."""

from __future__ import annotations

import datetime as dt
import random

from oceanid_dev.demo.vessels import Vessel

from ._common import (
    Ident,
    country,
    fill_to,
    flow,
    fmt_date,
    footer,
    gt_value,
    pick,
    rand_date,
)
from ._page import PageDraft
from ._vocab import ADDRESSES, AGENCIES, PORTS

LAYOUT = "port_dues_statement"

TEXT: dict[str, dict[str, str]] = {
    "en": {
        "authority": "PORT AUTHORITY OF {port}",
        "title": "STATEMENT OF ACCOUNT",
        "holder": "Account holder: ",
        "capacity": ", in its capacity as ",
        "role": "ship's agent",
        "customer": "Customer No.",
        "tax": "VAT / Tax ID: ",
        "date": "Statement date",
        "period": "Period",
        "opening": "Opening balance",
        "closing": "Closing balance",
        "payments": "Payments received",
        "ageing": "Ageing: current {a} | 31-60 days {b} | 61-90 days {c} | over 90 days {d}",
        "remit": "Please remit to IBAN {iban} quoting the customer number. Queries: {tel}.",
    },
    "es": {
        "authority": "AUTORIDAD PORTUARIA DE {port}",
        "title": "ESTADO DE CUENTA DE CLIENTE",
        "holder": "Titular de la cuenta: ",
        "capacity": ", en calidad de ",
        "role": "consignatario",
        "customer": "N.º cliente",
        "tax": "NIF/CIF: ",
        "date": "Fecha del extracto",
        "period": "Periodo",
        "opening": "Saldo anterior",
        "closing": "Saldo final",
        "payments": "Cobros recibidos",
        "ageing": "Antigüedad: corriente {a} | 31-60 días {b} | 61-90 días {c} | más de 90 {d}",
        "remit": "Ingresar en la cuenta {iban} indicando el n.º de cliente. Consultas: {tel}.",
    },
    "fr": {
        "authority": "GRAND PORT MARITIME DE {port}",
        "title": "RELEVÉ DE COMPTE CLIENT",
        "holder": "Titulaire du compte : ",
        "capacity": ", en qualité d'",
        "role": "agent maritime",
        "customer": "N° client",
        "tax": "SIRET : ",
        "date": "Date du relevé",
        "period": "Période",
        "opening": "Solde antérieur",
        "closing": "Solde à payer",
        "payments": "Règlements reçus",
        "ageing": "Échéancier : non échu {a} | 31-60 j {b} | 61-90 j {c} | plus de 90 j {d}",
        "remit": "Règlement par virement IBAN {iban} en rappelant le n° client. Contact : {tel}.",
    },
}
COLS: dict[str, tuple[str, ...]] = {
    "en": ("Date", "Invoice", "Vessel", "IMO", "GT", "Call ref.", "Charge", "Amount"),
    "es": ("Fecha", "Factura", "Buque", "OMI", "GT", "Escala", "Concepto", "Importe"),
    "fr": ("Date", "Facture", "Navire", "OMI", "UMS", "Escale", "Libellé", "Montant"),
}
CHARGES: dict[str, tuple[str, ...]] = {
    "en": (
        "Harbour dues",
        "Light dues",
        "Pilotage",
        "Mooring/unmooring",
        "Berth hire",
        "Waste reception fee",
    ),
    "es": (
        "Tasa del buque T-1",
        "Tasa de ayudas a la navegación",
        "Practicaje",
        "Amarre y desamarre",
        "Tarifa fija MARPOL",
        "Tasa de la pesca fresca T-4",
    ),
    "fr": (
        "Droit de port sur le navire",
        "Redevance de balisage",
        "Pilotage",
        "Lamanage",
        "Redevance déchets",
        "Droit de quai",
    ),
}
LANG_OF = {
    "ESP": "es",
    "URY": "es",
    "PER": "es",
    "ECU": "es",
    "ARG": "es",
    "CHL": "es",
    "FRA": "fr",
    "SEN": "fr",
    "CIV": "fr",
    "SYC": "fr",
}
WIDTHS = (11, 13, 22, 9, 7, 14, 0)


def _amount(value: float, lang: str) -> str:
    text = f"{value:,.2f}"
    return text if lang == "en" else text.replace(",", " ").replace(".", ",")


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    port, locode, port_country = rng.choice(PORTS)
    lang = LANG_OF.get(port_country, "en")
    t = TEXT[lang]
    agency = rng.choice(AGENCIES)
    street, city, state, agency_country = rng.choice(
        [a for a in ADDRESSES if a[3] == port_country] or list(ADDRESSES)
    )
    fleet = pick(vessels, rng, rng.randint(2, 9))
    end = rand_date(rng).replace(day=1) - dt.timedelta(days=1)
    start = end.replace(day=1)
    customer = f"C-{rng.randint(1000, 99999):06d}"
    page = PageDraft()
    page.add(t["authority"].format(port=port.upper()) + "   UN/LOCODE ")
    page.val(locode, "PORT_ID").nl()
    page.line(
        f"Tel. {rng.choice(('+34 986', '+230', '+598 2', '+33 2'))} "
        f"{rng.randint(100, 999)} {rng.randint(100, 999)}   "
        f"facturacion@port{rng.randint(1, 99)}.example"
    ).nl()
    page.line(t["title"]).nl()
    page.add(t["holder"]).val(agency, "ASSOC_NAME").add(t["capacity"]).val(t["role"], "ASSOC_ROLE")
    page.nl()
    page.val(street, "ADDRESS").add(", ").val(city, "CITY")
    if state:
        page.add(", ").val(state, "STATE")
    page.add(" - ").val(country(agency_country, lang) or agency_country, "COUNTRY_CODE").nl()
    page.add(f"{t['customer']}: {customer}    {t['tax']}")
    page.val(_tax_id(lang, rng), "REG_NO").nl()
    page.line(
        f"{t['date']}: {fmt_date(end, 'dmy', lang)}    {t['period']}: "
        f"{fmt_date(start, 'dmy', lang)} - {fmt_date(end, 'dmy', lang)}    "
        f"{'Currency' if lang == 'en' else 'Moneda' if lang == 'es' else 'Devise'}: "
        f"{'USD' if port_country in {'URY', 'MUS', 'SYC', 'SGP'} else 'EUR'}"
    ).nl()
    opening = rng.uniform(0, 40_000)
    page.line(f"{t['opening']}".ljust(86) + _amount(opening, lang))
    header = "".join(c.ljust(w) if w else c for c, w in zip(COLS[lang][:7], WIDTHS, strict=True))
    page.line(header.ljust(86) + COLS[lang][7])
    rows: list[PageDraft] = []
    total = opening
    day = start
    calls = [rng.choice(fleet) for _ in range(rng.randint(len(fleet), len(fleet) * 2 + 2))]
    for ident in calls:
        day = min(end, day + dt.timedelta(days=rng.randint(0, 4)))
        call_ref = f"{day.year}{locode[2:]}{rng.randint(1, 9999):05d}"
        charges = rng.sample(CHARGES[lang], rng.randint(1, 2))
        for charge in charges:
            amount = rng.uniform(80, 9000)
            total += amount
            rows.append(_row(ident, lang, rng, day, call_ref, charge, amount))
    pages = [page]

    def new_page() -> PageDraft:
        return PageDraft().line(f"{t['title']} - {customer} ({'cont.'})").nl().line(header)

    flow(pages, rows, new_page, limit=2550)
    paid = rng.uniform(0, total)
    closing = PageDraft()
    closing.nl().line(f"{t['payments']}".ljust(86) + "-" + _amount(paid, lang))
    closing.line(f"{t['closing']}".ljust(86) + _amount(total - paid, lang)).nl()
    parts = [rng.uniform(0, total - paid) for _ in range(3)]
    closing.line(
        t["ageing"].format(
            a=_amount(parts[0], lang),
            b=_amount(parts[1], lang),
            c=_amount(parts[2], lang),
            d=_amount(0, lang),
        )
    )
    iban = (
        f"ES{rng.randint(10, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} "
        f"{rng.randint(10, 99)} {rng.randint(1000000000, 9999999999)}"
    )
    closing.line(
        t["remit"].format(
            iban=iban, tel=f"+{rng.randint(30, 599)} {rng.randint(100000000, 999999999)}"
        )
    )
    if pages[-1].room(len(closing), 2850):
        pages[-1].extend(closing)
    elif len(pages) < 3:
        pages.append(closing)
    for p in pages:
        fill_to(p, lang, rng)
    return footer(pages, lang, f"{customer}/{end.year}{end.month:02d}")


def _tax_id(lang: str, rng: random.Random) -> str:
    if lang == "fr":
        return (
            f"{rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)} "
            f"{rng.randint(10000, 99999)}"
        )
    if lang == "es":
        return f"{rng.choice('AB')}{rng.randint(10000000, 99999999)}"
    return f"{rng.randint(1000000, 99999999)}"


def _row(
    ident: Ident,
    lang: str,
    rng: random.Random,
    day: dt.date,
    call_ref: str,
    charge: str,
    amount: float,
) -> PageDraft:
    row = PageDraft()
    row.cell(fmt_date(day, "dmy", lang), None, WIDTHS[0])
    row.cell(
        f"{rng.choice(('FV', 'TP', 'FA'))}{day.year % 100}/{rng.randint(1, 99999):05d}",
        None,
        WIDTHS[1],
    )
    row.cell(ident.name, "VESSEL_NAME", WIDTHS[2])
    if ident.imo:
        row.cell(ident.imo, "IMO", WIDTHS[3])
    else:
        short = {"en": ("-", "—", "n/a"), "es": ("-", "s/n", "—"), "fr": ("-", "néant", "—")}
        row.cell(rng.choice(short[lang]), None, WIDTHS[3])
    row.cell(gt_value(ident), "METRIC_VALUE", WIDTHS[4])
    row.cell(call_ref, None, WIDTHS[5])
    used = sum(WIDTHS[:6])
    row.add(charge.ljust(86 - used) if len(charge) < 86 - used else charge + " ")
    return row.line(_amount(amount, lang))
