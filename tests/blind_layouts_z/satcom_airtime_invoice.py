"""A satellite communications airtime invoice listing terminals per vessel.

en/es/fr invoices from a (fictitious) service provider: bill-to block (the vessels' operator),
a summary table by terminal and vessel, totals and payment details; sometimes a call-detail
page for one vessel. Hard negatives: terminal ids (Inmarsat-C mobile numbers are nine digits,
some starting with an MMSI-like 4xx), IMSI and IMEI numbers, +870 telephone numbers, invoice
and account numbers, usage and amounts, IBAN/SWIFT, VAT numbers, billing dates.
"""

from __future__ import annotations

import random
from typing import Any

from oceanid_dev.demo.vessels import Vessel

from . import _common as c
from ._page import PageDraft

LAYOUT = "satcom_airtime_invoice"

_PROVIDERS = (
    ("BlueWave Satellite Services Ltd", "Unit 4, Harbour Exchange, Aberdeen AB11 5PN, UK"),
    ("OceanLink Satcom Pte Ltd", "9 Tanjong Pagar Road #07-11, Singapore 088703"),
    ("Nautilus Connect SA", "Parque Tecnológico, Edificio 3, 48170 Zamudio, España"),
    ("Télémar Services SAS", "14 rue du Port, 29900 Concarneau, France"),
)
_SERVICES = (
    ("IMN", "Inmarsat-C", "msgs"),
    ("IMSI", "FleetBroadband 250", "MB"),
    ("IMEI", "Iridium Certus 200", "MB"),
    ("SN", "VSAT Ku 2 Mbps", "GB"),
    ("IMSI", "Fleet One", "min"),
)
_K: dict[str, dict[str, Any]] = {
    "en": dict(
        inv="INVOICE",
        no="Invoice No.",
        date="Invoice date",
        due="Due date",
        acct="Account No.",
        period="Billing period",
        bill="Bill to:",
        vat="VAT No.",
        summary="AIRTIME SUMMARY BY VESSEL",
        cols=("Terminal ID", "Service", "Vessel", "MMSI", "Call sign", "Usage", "Amount"),
        sub="Subtotal",
        tax="VAT 0% (supply outside scope)",
        total="TOTAL DUE",
        pay="Payment to",
        detail="CALL DETAIL — TERMINAL",
        dcols=("Date", "Time (UTC)", "Destination", "Duration", "Amount"),
        notes=(
            "Inmarsat-C position reports sent to a Fisheries Monitoring Centre are billed to "
            "the flag State under its VMS agreement and are not included above.",
            "Please quote the invoice number with your payment. Late payments may result in "
            "barring of outgoing traffic after 30 days.",
            "Queries about this invoice must be raised within 60 days of the invoice date.",
        ),
    ),
    "es": dict(
        inv="FACTURA",
        no="N.º de factura",
        date="Fecha",
        due="Vencimiento",
        acct="N.º de cuenta",
        period="Periodo de facturación",
        bill="Cliente:",
        vat="NIF",
        summary="RESUMEN DE TRÁFICO POR BUQUE",
        cols=("Terminal", "Servicio", "Buque", "MMSI", "Distintivo", "Consumo", "Importe"),
        sub="Base imponible",
        tax="IVA 0% (exento)",
        total="TOTAL A PAGAR",
        pay="Pago a",
        detail="DETALLE DE LLAMADAS — TERMINAL",
        dcols=("Fecha", "Hora (UTC)", "Destino", "Duración", "Importe"),
        notes=(
            "Los informes de posición Inmarsat-C enviados al Centro de Seguimiento de Pesca "
            "se facturan al Estado del pabellón.",
            "Indique el número de factura en la transferencia.",
        ),
    ),
    "fr": dict(
        inv="FACTURE",
        no="N° de facture",
        date="Date",
        due="Échéance",
        acct="N° de compte",
        period="Période de facturation",
        bill="Client :",
        vat="N° TVA",
        summary="RÉCAPITULATIF PAR NAVIRE",
        cols=("Terminal", "Service", "Navire", "MMSI", "Indicatif", "Consommation", "Montant"),
        sub="Total HT",
        tax="TVA 0 % (exonération)",
        total="TOTAL TTC",
        pay="Règlement à",
        detail="DÉTAIL DES COMMUNICATIONS — TERMINAL",
        dcols=("Date", "Heure (UTC)", "Destination", "Durée", "Montant"),
        notes=(
            "Les rapports de position Inmarsat-C transmis au CNSP sont facturés à l'État du "
            "pavillon.",
            "Merci de rappeler le numéro de facture lors du règlement.",
        ),
    ),
}


def _terminal(rng: random.Random, kind: str) -> str:
    if kind == "IMN":
        return f"4{rng.choice(('12', '16', '31', '41', '32'))}{rng.randint(0, 999999):06d}"
    if kind == "IMSI":
        return f"901112{rng.randint(10**8, 10**9 - 1)}"
    if kind == "IMEI":
        return f"3002340{rng.randint(10**7, 10**8 - 1)}"
    return f"VS-{rng.randint(10000, 99999)}"


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choice(("en", "en", "es", "fr"))
    k = _K[lang]
    provider, provider_addr = rng.choice(_PROVIDERS)
    fleet = c.pick_same_flag(vessels, rng, rng.randint(2, 6))
    customer_iso = fleet[0].flag
    customer = c.owner_name(rng, fleet[0])
    issued = c.recent(rng)
    start = issued.replace(day=1)
    currency = rng.choice(("USD", "USD", "EUR"))

    page = PageDraft()
    page.add(
        f"{provider}\n{provider_addr}\n{k['vat']} GB{rng.randint(10**8, 10**9 - 1)}   "
        f"Tel. {c.phone(rng)}\n\n"
    )
    page.add(f"{k['inv']}\n{k['no']}: INV-{issued.year}-{rng.randint(1, 999999):06d}    ")
    page.add(f"{k['date']}: {c.fmt_date(issued, lang, 1)}    ")
    page.add(
        f"{k['due']}: {c.fmt_date(c.date_between(rng, issued, c.add_years(issued, 1)), lang, 1)}\n"
    )
    page.add(
        f"{k['acct']}: {rng.randint(10**8, 10**9 - 1)}    {k['period']}: "
        f"{c.fmt_date(start, lang, 1)} \u2013 {c.fmt_date(issued, lang, 1)}\n\n"
    )
    page.add(f"{k['bill']}\n")
    page.add(customer, "ASSOC_NAME")
    page.nl()
    c.write_address(page, c.address(rng, customer_iso), lang, rng)
    page.add(f"\n{k['vat']}: {rng.randint(10**9, 10**10 - 1)}\n\n{k['summary']}\n")
    cols = k["cols"]
    widths = (17, 20, 22, 11, 10, 14)
    for col, w in zip(cols, (*widths, 0), strict=True):
        page.cell(col, w) if w else page.add(col)
    page.nl()
    ph = rng.choice(("—", "-", "n/a"))
    total = 0.0
    detail_of: tuple[c.Facts, str, str] | None = None
    for f in fleet:
        for kind, service, unit in rng.sample(_SERVICES, rng.randint(1, 2)):
            terminal = _terminal(rng, kind)
            usage = rng.uniform(5, 4000) if unit != "msgs" else rng.randint(40, 3000)
            amount = rng.uniform(25, 4800)
            total += amount
            page.cell(terminal, widths[0])
            page.cell(service, widths[1])
            page.cell(f.name, max(widths[2], len(f.name) + 2), "VESSEL_NAME")
            page.cell(f.mmsi or ph, widths[3], "MMSI" if f.mmsi else None)
            page.cell(f.ircs or ph, widths[4], "IRCS" if f.ircs else None)
            shown = f"{usage:,.0f} {unit}" if unit in ("msgs", "min") else f"{usage:,.1f} {unit}"
            page.cell(shown, widths[5])
            page.add(c.money(rng, amount, amount, lang) + "\n")
            if detail_of is None and unit in ("min", "MB"):
                detail_of = (f, terminal, service)
    page.add(f"\n{k['sub']}: {c.money(rng, total, total, lang)} {currency}\n{k['tax']}: 0.00\n")
    page.add(f"{k['total']}: {c.money(rng, total, total, lang)} {currency}\n\n")
    page.add(
        f"{k['pay']}: {provider} — IBAN GB{rng.randint(10, 99)} BARC "
        f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} "
        f"{rng.randint(10, 99)} — SWIFT BARCGB22\n"
    )
    pages = [page]
    if detail_of is not None and rng.random() < 0.5:
        f, terminal, service = detail_of
        detail = PageDraft()
        pages.append(detail)
        detail.add(f"{k['detail']} {terminal} ({service})\n")
        detail.add(f.name, "VESSEL_NAME")
        if f.mmsi:
            detail.add(" — MMSI ")
            detail.add(f.mmsi, "MMSI")
        if f.imo:
            detail.add(" — IMO ")
            detail.add(f.imo, "IMO")
        detail.add("\n\n")
        for col, w in zip(k["dcols"], (12, 12, 22, 10, 0), strict=True):
            detail.cell(col, w) if w else detail.add(col)
        detail.nl()
        for _ in range(rng.randint(14, 30)):
            day = c.date_between(rng, start, issued)
            detail.cell(c.fmt_date(day, lang, 1), 12)
            detail.cell(
                f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}", 12
            )
            destination = rng.choice(
                (f"+870 77{rng.randint(1000000, 9999999)}", c.phone(rng), "Internet (IP)", "SMS")
            )
            detail.cell(destination, 22)
            detail.cell(f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}", 10)
            detail.add(c.money(rng, 0.5, 60, lang) + "\n")
        c.pad(detail, rng, list(k["notes"]))
    c.pad(page, rng, list(k["notes"]))
    return pages
