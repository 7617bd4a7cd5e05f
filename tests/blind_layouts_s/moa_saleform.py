"""A vessel sale and purchase memorandum of agreement in the style of the Norwegian Saleform."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from oceanid_dev.demo.vessels import Vessel

from . import _vocab
from ._common import (
    Ident,
    company,
    company_reg_no,
    country_name,
    digits,
    flag_text,
    fmt_date,
    invent_call_sign,
    letters,
    pad,
    person,
    pick,
    port_city,
    port_province,
    some_date,
    species_for,
)
from ._page import PageDraft

LAYOUT = "moa_saleform"

_WORDS: dict[str, dict[str, Any]] = {
    "en": {
        "title": "MEMORANDUM OF AGREEMENT",
        "form": (
            "Norwegian Shipbrokers' Association's Memorandum of Agreement for sale and",
            "purchase of ships. Adopted by BIMCO. Code-name SALEFORM 2012",
        ),
        "dated": "Dated",
        "incorporated": "a company incorporated in",
        "regno": "company registration no.",
        "of": "of",
        "sellers": "Sellers",
        "buyers": "Buyers",
        "hereinafter": "hereinafter called the",
        "agree_sell": "have agreed to sell, and",
        "agree_buy": "have agreed to buy:",
        "keys": (
            "Name of vessel",
            "IMO Number",
            "Classification Society",
            "Class ID",
            "Year of Build",
            "Builder/Yard",
            "Flag",
            "Place of Registration",
            "Call sign",
            "MMSI",
            "Official number",
        ),
        "gt": "Gross tonnage",
        "nt": "Net tonnage",
        "loa": "Length overall",
        "vessel": 'hereinafter called the "Vessel", on the following terms and conditions:',
        "defs": (
            'Definitions. "Banking Days" are days on which banks are open both in the '
            "country of the currency stipulated for the Purchase Price and in the place of "
            'closing. "Classification Society" or "Class" means the Society referred to '
            'above. "In writing" means a letter handed over from the Sellers to the Buyers '
            "or vice versa, a registered letter, e-mail or telefax."
        ),
    },
    "es": {
        "title": "MEMORÁNDUM DE ACUERDO",
        "form": (
            "Compraventa de buque pesquero basada en el formulario SALEFORM 2012",
            "(Norwegian Shipbrokers' Association / BIMCO) - traducción de trabajo",
        ),
        "dated": "Fecha",
        "incorporated": "sociedad constituida en",
        "regno": "registro mercantil n.º",
        "of": "con domicilio en",
        "sellers": "Vendedores",
        "buyers": "Compradores",
        "hereinafter": "en adelante los",
        "agree_sell": "han convenido en vender, y",
        "agree_buy": "han convenido en comprar:",
        "keys": (
            "Nombre del buque",
            "Número OMI",
            "Sociedad de clasificación",
            "N.º de clase",
            "Año de construcción",
            "Astillero",
            "Pabellón",
            "Puerto de matrícula",
            "Distintivo de llamada",
            "MMSI",
            "Matrícula",
        ),
        "gt": "Arqueo bruto",
        "nt": "Arqueo neto",
        "loa": "Eslora total",
        "vessel": 'en adelante el "Buque", en los términos y condiciones siguientes:',
        "defs": (
            'Definiciones. Son "Días Bancarios" los días en que los bancos están abiertos '
            'en el país de la moneda del Precio y en el lugar de cierre. "Por escrito" '
            "significa carta entregada en mano, carta certificada, correo electrónico o fax."
        ),
    },
}


def _party(
    page: PageDraft,
    name: str,
    role: str,
    iso3: str | None,
    city: str | None,
    province: str | None,
    lang: str,
    rng: random.Random,
) -> None:
    w = _WORDS[lang]
    page.put((name, "ASSOC_NAME"))
    if iso3:
        page.put(f", {w['incorporated']} ", (country_name(iso3, lang), "COUNTRY_CODE"))
    if rng.random() < 0.7:
        page.put(f", {w['regno']} ", (company_reg_no(iso3, rng), "REG_NO"))
    street = f"{rng.randint(1, 300)} {rng.choice(_vocab.STREETS)}"
    page.put(f", {w['of']} ", (street, "ADDRESS"))
    if city:
        page.put(", ", (city, "CITY"))
    if province:
        page.put(", ", (province, "STATE"))
    if iso3:
        page.put(", ", (country_name(iso3, lang), "COUNTRY_CODE"))
    page.put(f' ({w["hereinafter"]} "', (role, "ASSOC_ROLE"), '")')


def _page_one(
    v: Ident,
    sellers: str,
    buyers: tuple[str, str, str | None, str],
    lang: str,
    dated: str,
    rng: random.Random,
) -> PageDraft:
    w = _WORDS[lang]
    page = PageDraft()
    page.line(w["title"].ljust(40), w["form"][0])
    page.line(" " * 40, w["form"][1])
    page.line()
    page.line(f"{w['dated']}: {dated}")
    page.line()
    city = port_city(v.port).title() if v.port else None
    province = port_province(v.port) if v.port else None
    _party(
        page, sellers, w["sellers"], v.flag, city, province.title() if province else None, lang, rng
    )
    page.line(f" {w['agree_sell']}")
    page.line()
    _party(page, buyers[0], w["buyers"], buyers[3], buyers[1], buyers[2], lang, rng)
    page.line(f" {w['agree_buy']}")
    page.line()
    keys = w["keys"]
    width = 26

    def key(text: str) -> PageDraft:
        return page.add(f"{text}:".ljust(width))

    key(keys[0]).line((v.name, "VESSEL_NAME"))
    key(keys[1])
    if v.imo:
        page.line((v.imo, "IMO"))
    else:
        page.line("not assigned" if lang == "en" else "no asignado")
    key(keys[2]).line(rng.choice(_vocab.CLASS_SOCIETIES))
    if rng.random() < 0.5:
        key(keys[3]).line((f"{digits(rng, 2)}{letters(rng, 1)}{digits(rng, 4)}", "OTHER_EXT_ID"))
    key(keys[4])
    if v.year:
        page.put((v.year, "BUILD_YEAR"))
    else:
        page.put("—")
    yard = rng.choice(_vocab.SHIPYARDS.get(v.flag or "", _vocab.GENERIC_YARDS))
    page.line(f"    {keys[5]}: ", (yard, "BUILDER_LOCATION"))
    key(keys[6])
    if v.flag:
        page.put((flag_text(v.flag, lang, rng, codes=False), "FLAG"))
    else:
        page.put("—")
    if v.port:
        page.line(f"    {keys[7]}: ", (v.port.title(), "HOME_PORT"))
    else:
        page.line()
    key(keys[8])
    if v.ircs:
        page.put((v.ircs, "IRCS"))
    else:
        page.put("—")
    if v.mmsi:
        page.put(f"    {keys[9]}: ", (v.mmsi, "MMSI"))
    page.line()
    if rng.random() < 0.5:
        key(keys[10]).line((f"{letters(rng, 2)}-{digits(rng, 6)}", "NATIONAL_REG_NO"))
    if v.gt:
        page.put((w["gt"], "METRIC_TYPE"), ":".ljust(width - len(w["gt"])), (v.gt, "METRIC_VALUE"))
        net = str(max(1, round(int(v.gt) * rng.uniform(0.28, 0.4))))
        page.line("    ", (w["nt"], "METRIC_TYPE"), ": ", (net, "METRIC_VALUE"))
    if v.loa:
        page.line(
            (w["loa"], "METRIC_TYPE"),
            ":".ljust(width - len(w["loa"])),
            (v.loa, "METRIC_VALUE"),
            " ",
            ("m", "METRIC_UNIT"),
        )
    page.line()
    page.line(w["vessel"])
    page.line()
    page.line(w["defs"])
    return page


def _page_two(
    v: Ident, lang: str, place: str, delivery: str, cancel: str, rng: random.Random
) -> PageDraft:
    page = PageDraft()
    price = rng.randint(8, 120) * 50_000
    bank = rng.choice(_vocab.BANKS)
    iban = " ".join([letters(rng, 2) + digits(rng, 2)] + [digits(rng, 4) for _ in range(4)])
    if lang == "en":
        page.line("1. Purchase Price")
        page.line(
            f"The Purchase Price is USD {price:,} (United States Dollars {price // 1000:,} "
            "thousand only)."
        )
        page.line()
        page.line("2. Deposit")
        page.line(
            f"As security for the correct fulfilment of this Agreement the Buyers shall lodge a "
            f"deposit of 10% (ten per cent) of the Purchase Price, i.e. USD {price // 10:,}, "
            "within three "
            f'(3) Banking Days after this Agreement has been signed, with {bank} (the "Deposit '
            f'Holder"), account no. {digits(rng, 10)}, IBAN {iban}, SWIFT '
            f"{letters(rng, 6)}{digits(rng, 2)}."
        )
        page.line()
        page.line("3. Payment")
        page.line(
            "On delivery of the Vessel, but not later than three (3) Banking Days after the "
            "date that Notice of Readiness has been given, the Deposit shall be released to "
            "the Sellers and the balance of the Purchase Price paid in full free of bank charges."
        )
        page.line()
        page.line("4. Inspection")
        page.line(
            "The Buyers have inspected and accepted the Vessel's classification records and "
            "have also inspected the Vessel at/in the port of inspection and have accepted "
            "the Vessel following this inspection; the sale is outright and definite."
        )
        page.line()
        page.line("5. Time and place of delivery and notices")
        page.line(
            f"(a) The Vessel shall be delivered and taken over safely afloat at a safe and "
            f"accessible berth or anchorage at/in {place} in the Sellers' option."
        )
        page.line(f"Expected time of delivery: {delivery}")
        page.line(f"Date of cancelling (see Clause 5(d), Clause 6 and Clause 14): {cancel}")
        page.line(
            "(b) The Sellers shall keep the Buyers well informed of the Vessel's itinerary and "
            "shall provide the Buyers with twenty (20), ten (10), five (5) and three (3) days' "
            "notice of the date the Sellers intend to tender Notice of Readiness."
        )
    else:
        page.line("1. Precio de compra")
        page.line(
            f"El precio de compra es de USD {price:,} (dólares estadounidenses {price // 1000:,} "
            "mil)."
        )
        page.line()
        page.line("2. Depósito")
        page.line(
            f"Como garantía del cumplimiento del presente acuerdo, los Compradores depositarán "
            f"el 10 % del precio, es decir USD {price // 10:,}, dentro de los tres (3) días "
            f"bancarios siguientes a la firma, en {bank}, cuenta n.º {digits(rng, 10)}, "
            f"IBAN {iban}."
        )
        page.line()
        page.line("3. Pago")
        page.line(
            "A la entrega del Buque, y a más tardar tres (3) días bancarios después de la "
            "notificación de disponibilidad, se liberará el depósito a favor de los "
            "Vendedores y se abonará el saldo del precio libre de gastos bancarios."
        )
        page.line()
        page.line("5. Lugar y fecha de entrega")
        page.line(
            f"(a) El Buque será entregado a flote en un atracadero o fondeadero seguro en {place}, "
            f"a opción de los Vendedores."
        )
        page.line(f"Fecha prevista de entrega: {delivery}")
        page.line(f"Fecha de cancelación: {cancel}")
        page.line(
            "(b) Los Vendedores mantendrán informados a los Compradores del itinerario del "
            "Buque y darán aviso con veinte (20), diez (10), cinco (5) y tres (3) días de "
            "antelación."
        )
    return page


def _page_three(v: Ident, sellers: str, lang: str, rng: random.Random) -> PageDraft:
    page = PageDraft()
    licence = f"{letters(rng, 3)}-{rng.randint(2020, 2025)}-{digits(rng, 4)}"
    codes = species_for(v, rng, 2)
    if lang == "en":
        page.line("8. Documentation")
        page.line(
            "The place of closing shall be the offices of the Buyers' lawyers. In exchange "
            "for payment of the Purchase Price the Sellers shall provide the Buyers with a "
            "Legal Bill of Sale, a Certificate of Ownership and Encumbrance, and a "
            "Certificate of Deletion of the Vessel from the Vessel's registry."
        )
        page.line()
        page.line("18. Fishing licences and records (additional clause)")
        page.put(
            "The Vessel's ",
            ("high seas fishing licence", "AUTH_TYPE"),
            " No. ",
            (licence, "LICENSE_NO"),
            " for ",
        )
    else:
        page.line("8. Documentación")
        page.line(
            "El cierre tendrá lugar en las oficinas de los abogados de los Compradores. "
            "Contra el pago del precio, los Vendedores entregarán la escritura de venta, el "
            "certificado de propiedad y cargas y el certificado de baja del registro."
        )
        page.line()
        page.line("18. Licencias de pesca y registros (cláusula adicional)")
        page.put(
            "La ",
            ("licencia de pesca en alta mar", "AUTH_TYPE"),
            " N.º ",
            (licence, "LICENSE_NO"),
            " para ",
        )
    for i, code in enumerate(codes):
        if i:
            page.add(", ")
        page.add(code, "SPECIES_NAME")
    if lang == "en":
        page.line(
            " is personal to the Sellers and shall not be transferred; the Sellers shall request "
            "the deletion of the Vessel from the authorised vessel lists within 30 days of "
            "delivery."
        )
    else:
        page.line(
            " es personal de los Vendedores y no se transfiere; los Vendedores solicitarán la baja "
            "del Buque de las listas de buques autorizados dentro de los 30 días de la entrega."
        )
    if v.former_name:
        page.line()
        word = (
            "The Vessel was formerly named "
            if lang == "en"
            else "El Buque se denominaba anteriormente "
        )
        page.line("19. ", word, (v.former_name, "NAME_CHANGE"), ".")
    elif rng.random() < 0.4:
        former = invent_call_sign(v.flag, rng)
        if former:
            page.line()
            word = (
                "The Vessel's former call sign "
                if lang == "en"
                else "El anterior distintivo de llamada "
            )
            page.line(
                "19. ",
                word,
                (former, "ID_CHANGE"),
                " shall not be reused." if lang == "en" else " no será reutilizado.",
            )
    page.line()
    page.line(
        "16. Law and Arbitration: English law; LMAA Terms current at the time of referral."
        if lang == "en"
        else "16. Ley y arbitraje: ley inglesa; arbitraje LMAA en Londres."
    )
    page.line()
    left = (
        "For and on behalf of the Sellers" if lang == "en" else "Por y en nombre de los Vendedores"
    )
    right = (
        "For and on behalf of the Buyers" if lang == "en" else "Por y en nombre de los Compradores"
    )
    page.line(left.ljust(44), right)
    page.line(f"Name: {person(rng)}".ljust(44), f"Name: {person(rng)}")
    page.line("Title: Director".ljust(44), "Title: Attorney-in-fact")
    page.line()
    page.line(
        f"Brokers: {rng.choice(_vocab.BROKERS)}, tel. +44 20 {digits(rng, 4)} {digits(rng, 4)}, "
        f"ref. SP/{digits(rng, 4)}/{rng.randint(24, 25)}"
    )
    return page


_FILLERS = (
    "This document is a computer generated SALEFORM 2012 form printed by authority of the "
    "Norwegian Shipbrokers' Association. Any insertion or deletion to the form must be clearly "
    "visible.",
    "Initials: ______ (Sellers)   ______ (Buyers)",
    "The Sellers warrant that the Vessel, at the time of delivery, is free from all charters, "
    "encumbrances, mortgages and maritime liens or any other debts whatsoever.",
)


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choices(("en", "es"), weights=(3, 1))[0]
    v = pick(vessels, rng, 1)[0]
    sellers = v.owner or company(rng).upper()
    city, province, iso3 = rng.choice(_vocab.BUYER_PLACES)
    buyers = (company(rng), city, province, iso3)
    day = some_date(rng, 2021, 2025)
    delivery_from = day + timedelta(days=rng.randint(20, 60))
    delivery_to = delivery_from + timedelta(days=rng.randint(10, 30))
    place = rng.choice(_vocab.PORTS)[0]
    delivery = f"{fmt_date(delivery_from, 'long', lang)} - {fmt_date(delivery_to, 'long', lang)}"
    cancel = fmt_date(delivery_to + timedelta(days=15), "long", lang)
    pages = [_page_one(v, sellers, buyers, lang, fmt_date(day, "long", lang), rng)]
    count = rng.randint(1, 3)
    if count >= 2:
        pages.append(_page_two(v, lang, place, delivery, cancel, rng))
    if count == 3:
        pages.append(_page_three(v, sellers, lang, rng))
    for number, page in enumerate(pages, start=1):
        pad(page, _FILLERS, rng)
        page.line()
        page.line(
            f"SALEFORM 2012 - MOA dated {fmt_date(day, 'slash')} - m/v ",
            (v.name, "VESSEL_NAME"),
            f" - page {number} of {len(pages)}",
        )
    return pages
