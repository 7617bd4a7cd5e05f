"""A bank's indicative term sheet for a secured ship-finance loan: parties, facility terms and
the vessels given as security, as a table or as prose particulars (en / es)."""

from __future__ import annotations

import random

from oceanid_dev.demo.vessels import Vessel

from ._common import (
    Ident,
    country,
    fill_to,
    flag_text,
    flow,
    fmt_date,
    footer,
    gt_value,
    home_port,
    money,
    owner_of,
    phone,
    pick,
    placeholder,
    rand_date,
    stable,
    year_value,
)
from ._page import PageDraft
from ._vocab import ADDRESSES, BANKS, CLASS_SOCIETIES, COMPANY_STEMS, PEOPLE, SHIPYARDS

LAYOUT = "ship_finance_term_sheet"


def _yard(ident: Ident) -> tuple[str, str]:
    rng = stable(ident, "yard")
    local = [y for y in SHIPYARDS if y[1] == ident.flag]
    return rng.choice(local if local and rng.random() < 0.8 else list(SHIPYARDS))


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choice(("en", "en", "en", "es"))
    en = lang == "en"
    fleet = pick(vessels, rng, rng.choice((1, 1, 2, 3, 4)))
    bank = rng.choice(BANKS)
    borrower = owner_of(fleet[0])
    group = rng.choice(("Holdings Ltd", "Group Co Ltd", "Investment Corp"))
    guarantor = f"{rng.choice(COMPANY_STEMS)} {group}"
    street, city, state, addr_country = rng.choice(
        [a for a in ADDRESSES if a[3] == fleet[0].flag] or list(ADDRESSES)
    )
    day = rand_date(rng)
    ref = f"SF-{day.year % 100}-{rng.randint(1, 999):04d}"
    amount = f"{rng.randint(4, 60) * 500_000:,}"

    page = PageDraft()
    page.line(bank).line("Shipping & Offshore Finance" if en else "Financiación de Buques")
    page.line(
        "STRICTLY PRIVATE AND CONFIDENTIAL - SUBJECT TO CONTRACT"
        if en
        else "ESTRICTAMENTE CONFIDENCIAL - SUJETO A CONTRATO"
    ).nl()
    page.line("INDICATIVE TERM SHEET" if en else "HOJA DE TÉRMINOS INDICATIVA")
    page.line(
        f"USD {amount} SENIOR SECURED TERM LOAN FACILITY"
        if en
        else f"PRÉSTAMO CON GARANTÍA HIPOTECARIA NAVAL DE HASTA USD {amount}"
    )
    page.line(
        f"{'Date' if en else 'Fecha'}: {fmt_date(day, 'long', lang)}    "
        f"{'Deal ref.' if en else 'Ref. operación'}: {ref}"
    ).nl()
    # Parties
    page.add("1. Borrower: " if en else "1. Prestatario: ").val(borrower, "ASSOC_NAME")
    page.add(", a company incorporated in " if en else ", sociedad constituida en ")
    page.val(country(addr_country, lang) or addr_country, "COUNTRY_CODE")
    page.add(" (registration no. " if en else " (n.º de registro ")
    page.val(_reg_no(addr_country, rng), "REG_NO")
    page.add("), with its registered office at " if en else "), con domicilio social en ")
    page.val(street, "ADDRESS").add(", ").val(city, "CITY")
    if state:
        page.add(", ").val(state, "STATE")
    page.line(".")
    if len({owner_of(v) for v in fleet}) > 1:
        page.line(
            "   (jointly and severally with the other registered owners of the Vessels)"
            if en
            else "   (solidariamente con los demás propietarios registrales de los buques)"
        )
    page.add("2. Guarantor: " if en else "2. Garante: ").val(guarantor, "ASSOC_NAME")
    page.line(
        ' (the "Parent"), by way of an on-demand guarantee'
        if en
        else ' (la "Matriz"), mediante garantía a primer requerimiento'
    )
    page.add("3. Lender and Security Agent: " if en else "3. Entidad prestamista y agente: ")
    page.val(bank, "ASSOC_NAME").line("")
    page.line(
        ("4. Facility: term loan of up to USD " if en else "4. Importe: hasta USD ")
        + amount
        + (
            " and 60% of the Market Value of the Vessels"
            if en
            else " y el 60% del valor de mercado de los buques"
        )
    )
    page.line(
        "5. Purpose: refinancing of existing indebtedness secured on the Vessels"
        if en
        else "5. Finalidad: refinanciación de la deuda existente garantizada con los buques"
    )
    pages = [page]

    def new_page() -> PageDraft:
        return PageDraft().line("6. Vessels (continued)" if en else "6. Buques (cont.)").nl()

    vessel_blocks = _vessels(fleet, lang, rng)
    if len(page) > 1900 or (len(fleet) > 1 and rng.random() < 0.6):
        pages.append(PageDraft().line("6. Vessels" if en else "6. Buques").nl())
    else:
        page.nl().line("6. Vessels" if en else "6. Buques")
    flow(pages, vessel_blocks, new_page, limit=2700)
    terms = PageDraft()
    _terms(terms, lang, rng, fleet[0], borrower)
    if pages[-1].room(len(terms), 2800):
        pages[-1].extend(terms)
    elif len(pages) < 3:
        pages.append(terms)
    for p in pages:
        fill_to(p, lang, rng)
    return footer(pages, lang, ref)


def _reg_no(iso3: str, rng: random.Random) -> str:
    if iso3 == "CHN":
        return (
            "91"
            + str(rng.randint(330000, 379999))
            + "MA"
            + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
        )
    if iso3 == "TWN":
        return f"{rng.randint(10000000, 99999999)}"
    if iso3 == "ESP":
        return f"B{rng.randint(10000000, 99999999)}"
    if iso3 == "JPN":
        return f"{rng.randint(1000, 9999)}-01-{rng.randint(100000, 999999)}"
    return f"{rng.randint(100000, 9999999)}"


def _vessels(fleet: list[Ident], lang: str, rng: random.Random) -> list[PageDraft]:
    en = lang == "en"
    blocks: list[PageDraft] = []
    if rng.random() < 0.5:
        head = PageDraft()
        cols = (
            ("Vessel", "IMO", "Flag", "GT", "Built", "Builder", "Market value (USD)")
            if en
            else ("Buque", "OMI", "Bandera", "GT", "Año", "Astillero", "Valor (USD)")
        )
        head.line(" | ".join(cols))
        blocks.append(head)
        for ident in fleet:
            row = PageDraft()
            row.val(ident.name, "VESSEL_NAME").add(" | ")
            if ident.imo:
                row.val(ident.imo, "IMO")
            else:
                row.add(placeholder(lang, rng))
            row.add(" | ")
            if ident.flag:
                row.val(flag_text(ident.flag, lang, rng), "FLAG")
            else:
                row.add(placeholder(lang, rng))
            row.add(" | ").val(gt_value(ident), "METRIC_VALUE").add(" | ")
            row.val(year_value(ident), "BUILD_YEAR").add(" | ")
            yard, _ = _yard(ident)
            row.val(yard, "BUILDER_LOCATION").add(" | ")
            row.line(f"{rng.randint(2, 40) * 250_000:,}")
            blocks.append(row)
        return blocks
    for number, ident in enumerate(fleet, 1):
        row = PageDraft()
        row.add(
            f"   ({chr(96 + number)}) " + ("the fishing vessel " if en else "el buque pesquero ")
        )
        row.val(ident.name, "VESSEL_NAME")
        if ident.imo:
            row.add(" (IMO ").val(ident.imo, "IMO").add(")")
        row.add(", " + ("of " if en else "de ")).val(gt_value(ident), "METRIC_VALUE").add(" ")
        row.val("GT", "METRIC_UNIT")
        row.add(", built in " if en else ", construido en ").val(year_value(ident), "BUILD_YEAR")
        yard, yard_country = _yard(ident)
        row.add(" by " if en else " por ").val(yard, "BUILDER_LOCATION").add(", ")
        row.val(country(yard_country, lang) or yard_country, "BUILD_COUNTRY")
        port, _ = home_port(ident)
        if ident.flag:
            row.add(", registered under the flag of " if en else ", inscrito bajo pabellón de ")
            row.val(flag_text(ident.flag, lang, rng), "FLAG")
            if port:
                row.add(" with port of registry " if en else " con puerto de matrícula ")
                row.val(port, "HOME_PORT")
        if ident.ircs:
            row.add(" and call sign " if en else " y distintivo de llamada ")
            row.val(ident.ircs, "IRCS")
        if owner_of(ident) != owner_of(fleet[0]):
            row.add(", owned by " if en else ", propiedad de ").val(owner_of(ident), "ASSOC_NAME")
        row.line(";")
        blocks.append(row)
    return blocks


def _terms(page: PageDraft, lang: str, rng: random.Random, first: Ident, borrower: str) -> None:
    en = lang == "en"
    society = rng.choice(CLASS_SOCIETIES)
    iban = (
        f"GB{rng.randint(10, 99)} NWBK {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} "
        f"{rng.randint(1000, 9999)} {rng.randint(10, 99)}"
    )
    if en:
        page.nl().add(
            "7. Security: first preferred mortgage over each Vessel; assignment of "
            "earnings, insurances and requisition compensation; pledge over the shares "
            "in "
        ).val(borrower, "ASSOC_NAME")
        page.line(f"; pledge over the Earnings Account ({iban}).")
        page.line(
            f"8. Tenor: {rng.choice((3, 4, 5, 6, 7))} years from drawdown. Repayment in "
            f"{rng.choice((12, 16, 20, 24))} quarterly instalments of USD "
            f"{money(rng, 150_000, 900_000)} with a balloon at maturity."
        )
        page.line(
            f"9. Margin: {rng.uniform(2.2, 4.5):.2f}% p.a. over Term SOFR. Arrangement fee "
            f"{rng.choice(('0.75', '1.00', '1.25'))}% flat. Commitment fee 40% of margin."
        )
        page.line(
            f"10. Covenants: minimum liquidity USD {rng.randint(3, 10) * 100_000:,} per "
            f"Vessel; security cover ratio of at least {rng.choice((125, 130, 140))}%."
        )
        page.add("11. Conditions precedent: class certificate confirming that the ")
        page.val(first.name, "VESSEL_NAME")
        page.line(
            f" is classed with {society} free of overdue recommendations; transcript of "
            "registry; KYC."
        )
        page.line("12. Governing law: English law; courts of England.")
        page.line(f"Contact: {rng.choice(PEOPLE)}, Director, tel. {phone(rng)}")
    else:
        page.nl().add(
            "7. Garantías: hipoteca naval de primer rango sobre cada buque; cesión de "
            "fletes, seguros e indemnizaciones; prenda sobre las acciones de "
        )
        page.val(borrower, "ASSOC_NAME")
        page.line(
            f"; prenda sobre la cuenta de ingresos (ES{rng.randint(10, 99)} "
            f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} "
            f"{rng.randint(10, 99)} {rng.randint(1000000000, 9999999999)})."
        )
        page.line(
            f"8. Plazo: {rng.choice((3, 4, 5, 6))} años desde la disposición; "
            f"{rng.choice((12, 16, 20))} cuotas trimestrales de USD "
            f"{money(rng, 150_000, 900_000)} y pago final."
        )
        page.line(
            f"9. Margen: {rng.uniform(2.2, 4.5):.2f}% anual sobre Term SOFR; comisión de "
            f"apertura {rng.choice(('0,75', '1,00'))}%."
        )
        page.add("10. Condiciones previas: certificado de clase del buque ")
        page.val(first.name, "VESSEL_NAME")
        page.line(f" emitido por {society}; certificación registral; KYC.")
        page.line("11. Ley aplicable: ley española; juzgados y tribunales de Madrid.")
        page.line(f"Contacto: {rng.choice(PEOPLE)}, tel. {phone(rng)}")
