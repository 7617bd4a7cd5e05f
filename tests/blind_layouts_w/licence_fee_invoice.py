"""A coastal State's licence fee invoice or official receipt for foreign fishing vessels."""

from __future__ import annotations

import random

from oceanid_dev.demo.vessels import Vessel

from ._common import (
    GEAR_SPECIES,
    Day,
    Ident,
    amount,
    city_of,
    country,
    date_style,
    decimal,
    digits,
    fmt_date,
    gear_kind,
    invent_company,
    phone,
    pick,
    postcode,
    put_id,
    random_day,
    species_name,
    street,
    upper_letters,
)
from ._page import DocDraft, PageDraft

LAYOUT = "licence_fee_invoice"

# ISO3, authority, city, phone code, FAO area, RFMO, bank, SWIFT prefix, currency
STATES: dict[str, tuple[tuple[str, str, str, str, str, str, str, str, str], ...]] = {
    "en": (
        (
            "KIR",
            "Ministry of Fisheries and Marine Resources Development",
            "Bairiki, Tarawa",
            "686",
            "71",
            "WCPFC",
            "ANZ Bank (Kiribati) Ltd",
            "ANZBKIKI",
            "USD",
        ),
        (
            "SLB",
            "Ministry of Fisheries and Marine Resources",
            "Honiara",
            "677",
            "71",
            "WCPFC",
            "Central Bank of Solomon Islands",
            "CBSISBHO",
            "USD",
        ),
        (
            "SYC",
            "Seychelles Fishing Authority",
            "Victoria, Mahé",
            "248",
            "51",
            "IOTC",
            "Central Bank of Seychelles",
            "CBSESCSC",
            "USD",
        ),
        (
            "MUS",
            "Ministry of Blue Economy, Marine Resources, Fisheries and Shipping",
            "Port Louis",
            "230",
            "51",
            "IOTC",
            "Bank of Mauritius",
            "BOMMMUPL",
            "EUR",
        ),
        (
            "PNG",
            "National Fisheries Authority",
            "Port Moresby",
            "675",
            "71",
            "WCPFC",
            "Bank South Pacific",
            "BOSPPGPM",
            "USD",
        ),
        (
            "FSM",
            "National Oceanic Resource Management Authority",
            "Palikir, Pohnpei",
            "691",
            "71",
            "WCPFC",
            "Bank of the FSM",
            "BFSMFMPN",
            "USD",
        ),
    ),
    "fr": (
        (
            "SEN",
            "Ministère des Pêches et de l'Économie maritime — Direction des Pêches maritimes",
            "Dakar",
            "221",
            "34",
            "ICCAT",
            "Trésor public — Paierie générale",
            "TRPUSNDA",
            "EUR",
        ),
        (
            "MRT",
            "Ministère des Pêches et de l'Économie maritime",
            "Nouakchott",
            "222",
            "34",
            "ICCAT",
            "Banque Centrale de Mauritanie",
            "BCMRMRMR",
            "EUR",
        ),
        (
            "MDG",
            "Ministère de la Pêche et de l'Économie bleue",
            "Antananarivo",
            "261",
            "51",
            "IOTC",
            "Banky Foiben'i Madagasikara",
            "BFMAMGMG",
            "EUR",
        ),
        (
            "GAB",
            "Agence Nationale des Pêches et de l'Aquaculture",
            "Libreville",
            "241",
            "34",
            "ICCAT",
            "BEAC — Direction nationale",
            "BEACGALI",
            "EUR",
        ),
    ),
    "es": (
        (
            "PER",
            "Ministerio de la Producción — Dirección General de Pesca para Consumo Humano Directo",
            "Lima",
            "51",
            "87",
            "SPRFMO",
            "Banco de la Nación",
            "BANCPEPL",
            "USD",
        ),
        (
            "ECU",
            "Viceministerio de Acuacultura y Pesca — Subsecretaría de Recursos Pesqueros",
            "Manta",
            "593",
            "87",
            "IATTC",
            "Banco Central del Ecuador",
            "BCENECEQ",
            "USD",
        ),
        (
            "GNQ",
            "Ministerio de Pesca y Recursos Hídricos — Dirección General de Pesca",
            "Malabo",
            "240",
            "34",
            "ICCAT",
            "BEAC — Agencia de Malabo",
            "BEACGQGQ",
            "EUR",
        ),
    ),
}
AUTH = {
    "longline": (
        "Tuna longline fishing licence",
        "Permiso de pesca de túnidos con palangre",
        "Licence de pêche thonière palangrière",
    ),
    "squid": (
        "Squid jigging licence",
        "Permiso de pesca de calamar gigante",
        "Licence de pêche au calmar à la turlutte",
    ),
    "seine": (
        "Purse seine fishing licence",
        "Permiso de pesca de cerco atunero",
        "Licence de pêche thonière à la senne",
    ),
    "carrier": (
        "Transshipment authorisation",
        "Autorización de transbordo",
        "Autorisation de transbordement",
    ),
    "trawl": (
        "Demersal trawl licence",
        "Permiso de pesca de arrastre",
        "Licence de pêche chalutière",
    ),
    "pole": (
        "Pole-and-line fishing licence",
        "Permiso de pesca con caña",
        "Licence de pêche à la canne",
    ),
    "other": (
        "Foreign fishing licence",
        "Permiso de pesca para buque extranjero",
        "Licence de pêche pour navire étranger",
    ),
}
ROLES: dict[str, tuple[str, ...]] = {
    "en": ("Licensee", "Owner", "Local agent", "Agent"),
    "es": ("Armador", "Titular del permiso", "Agente", "Representante legal"),
    "fr": ("Armateur", "Titulaire de la licence", "Consignataire", "Mandataire"),
}
WORDS: dict[str, dict[str, str]] = {
    "en": {
        "invoice": "TAX INVOICE",
        "receipt": "OFFICIAL RECEIPT",
        "no": "No.",
        "issued": "Date of issue",
        "due": "Payment due",
        "bill": "Bill to",
        "item": "Item",
        "desc": "Description",
        "qty": "Qty",
        "unit": "Unit price",
        "amt": "Amount",
        "flag": "Flag",
        "cs": "IRCS",
        "imo": "IMO",
        "mmsi": "MMSI",
        "lic": "Licence No.",
        "valid": "valid",
        "to": "to",
        "area": "Area of operation",
        "sp": "Target species",
        "sub": "Subtotal",
        "tax": "VAT (exempt)",
        "total": "TOTAL DUE",
        "bank": "PAYMENT INSTRUCTIONS",
        "benef": "Beneficiary",
        "acct": "Account No.",
        "ref": "Payment reference",
        "levy": "Observer programme levy",
        "vms": "VMS monitoring fee",
        "reg": "Company Reg. No.",
        "page": "Page",
    },
    "es": {
        "invoice": "FACTURA",
        "receipt": "RECIBO OFICIAL DE PAGO",
        "no": "N.º",
        "issued": "Fecha de emisión",
        "due": "Vencimiento",
        "bill": "Facturar a",
        "item": "Ítem",
        "desc": "Concepto",
        "qty": "Cant.",
        "unit": "Precio unitario",
        "amt": "Importe",
        "flag": "Bandera",
        "cs": "Distintivo de llamada",
        "imo": "OMI",
        "mmsi": "MMSI",
        "lic": "Permiso N.º",
        "valid": "vigencia del",
        "to": "al",
        "area": "Zona de operación",
        "sp": "Especies objetivo",
        "sub": "Subtotal",
        "tax": "IGV (inafecto)",
        "total": "TOTAL A PAGAR",
        "bank": "DATOS BANCARIOS",
        "benef": "Beneficiario",
        "acct": "Cuenta N.º",
        "ref": "Referencia de pago",
        "levy": "Tasa de observadores",
        "vms": "Tasa de seguimiento satelital (VMS)",
        "reg": "RUC",
        "page": "Página",
    },
    "fr": {
        "invoice": "FACTURE",
        "receipt": "QUITTANCE",
        "no": "N°",
        "issued": "Date d'émission",
        "due": "Échéance",
        "bill": "Facturé à",
        "item": "Poste",
        "desc": "Désignation",
        "qty": "Qté",
        "unit": "Prix unitaire",
        "amt": "Montant",
        "flag": "Pavillon",
        "cs": "Indicatif d'appel",
        "imo": "OMI",
        "mmsi": "MMSI",
        "lic": "Licence n°",
        "valid": "valable du",
        "to": "au",
        "area": "Zone d'opération",
        "sp": "Espèces cibles",
        "sub": "Sous-total",
        "tax": "TVA (exonéré)",
        "total": "TOTAL À PAYER",
        "bank": "COORDONNÉES BANCAIRES",
        "benef": "Bénéficiaire",
        "acct": "Compte n°",
        "ref": "Référence de paiement",
        "levy": "Redevance observateurs",
        "vms": "Redevance de suivi VMS",
        "reg": "RCCM",
        "page": "Page",
    },
}
LANG = {"en": 0, "es": 1, "fr": 2}
AGENT_STREETS = {
    "en": (
        "{n} Marine Parade",
        "Lot {n}, Wharf Road",
        "{n} Harbour Drive",
        "PO Box {n}, Main Road",
    ),
    "es": ("Av. del Puerto {n}", "Calle Malecón {n}", "Jr. Los Pescadores {n}"),
    "fr": ("{n} avenue du Port", "Rue {n}, Zone portuaire", "{n} boulevard de la Marine"),
}
CONDITIONS = {
    "en": (
        "Conditions: the vessel shall keep its VMS unit switched on at all times while in "
        "the zone, report entry and exit 24 hours in advance and embark an observer on request.",
        "Catch and effort logsheets are due within 15 days of the end of each trip.",
        "Payment of this fee does not authorise fishing inside the 12-mile territorial sea or "
        "in archipelagic waters.",
        "Late payment attracts a surcharge of 2% per month or part thereof.",
    ),
    "es": (
        "Condiciones: el buque mantendrá el equipo VMS en funcionamiento permanente, informará "
        "su ingreso y salida con 24 horas de antelación y embarcará observadores a solicitud.",
        "Los partes de pesca se presentarán dentro de los 15 días siguientes a cada marea.",
        "El pago no autoriza la pesca dentro de las 5 millas de la costa.",
        "El pago fuera de plazo genera intereses moratorios conforme al TUPA.",
    ),
    "fr": (
        "Conditions : le navire maintient sa balise VMS en fonctionnement permanent, déclare "
        "ses entrées et sorties 24 heures à l'avance et embarque un observateur sur demande.",
        "Les fiches de pêche sont remises dans les 15 jours suivant chaque marée.",
        "Le paiement n'autorise pas la pêche dans la zone des 12 milles.",
        "Tout retard de paiement entraîne une majoration de 2 % par mois.",
    ),
}


def _vessel_block(
    rng: random.Random,
    lang: str,
    item: int,
    i: Ident,
    state: tuple[str, ...],
    start: Day,
    style: str,
    fee: float,
) -> tuple[PageDraft, float]:
    w = WORDS[lang]
    iso3, area, rfmo = state[0], state[4], state[5]
    block = PageDraft()
    kind = gear_kind(i)
    lic = f"{iso3[:2]}/{kind[:2].upper()}/{start.year}/{rng.randint(1, 480):04d}"
    block.line(
        f"{item:<4}",
        (AUTH[kind][LANG[lang]], "AUTH_TYPE"),
        " — ",
        rng.choice(("F/V ", "M/V ", "")),
        (i.name, "VESSEL_NAME"),
        f"{'':>6}1  {amount(fee, lang)}  {amount(fee, lang)}",
    )
    block.add(f"{'':4}{w['flag']}: ")
    if i.flag:
        block.val(country(i.flag, lang, rng.choice(("name", "iso3"))), "FLAG")
    else:
        block.add("—")
    block.add(f"   {w['cs']}: ")
    put_id(block, i.ircs, "IRCS", rng, lang)
    block.add(f"   {w['imo']}: ")
    put_id(block, i.imo, "IMO", rng, lang)
    if i.mmsi and rng.random() < 0.5:
        block.seq(f"   {w['mmsi']}: ", (i.mmsi, "MMSI"))
    block.add("\n")
    if i.gt and rng.random() < 0.8:
        block.seq(
            f"{'':4}",
            ("GT" if lang == "en" else "TRB" if lang == "es" else "JB", "METRIC_TYPE"),
            " ",
            (i.gt, "METRIC_VALUE"),
        )
        if i.loa:
            block.seq(
                "   ",
                ("LOA" if lang == "en" else "Eslora" if lang == "es" else "LHT", "METRIC_TYPE"),
                " ",
                (decimal(i.loa, lang), "METRIC_VALUE"),
                " ",
                ("m", "METRIC_UNIT"),
            )
        if i.former_name and rng.random() < 0.6:
            block.seq("   ex-", (i.former_name, "NAME_CHANGE"))
        block.add("\n")
    end = start.shift(rng.choice((89, 180, 364)))
    block.line(
        f"{'':4}{w['lic']} ",
        (lic, "LICENSE_NO"),
        f", {w['valid']} ",
        (fmt_date(start, style, lang), "START_DATE"),
        f" {w['to']} ",
        (fmt_date(end, style, lang), "END_DATE"),
    )
    codes = list(dict.fromkeys(rng.sample(GEAR_SPECIES[kind], 2)))
    sp_style = rng.choice(("code", "name"))
    block.add(f"{'':4}{w['area']}: EEZ {country(iso3, lang)} (FAO ")
    block.val(area, "FAO_AREA_CODE").add(f") — {w['sp']}: ")
    for n, code in enumerate(codes):
        block.seq(", " if n else "", (species_name(code, lang, sp_style), "SPECIES_NAME"))
    block.add("\n")
    levy = 0.0
    if rng.random() < 0.7:
        levy = rng.choice((1500.0, 2500.0, 3200.0))
        block.line(
            f"{item + 1:<4}",
            w["levy"],
            " (",
            (rfmo, "RFMO_CODE"),
            ")",
            f"{'':>8}1  {amount(levy, lang)}  {amount(levy, lang)}",
        )
    return block, fee + levy


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choice(("en", "en", "es", "fr"))
    w = WORDS[lang]
    state = rng.choice(STATES[lang])
    iso3, authority, city, code = state[0], state[1], state[2], state[3]
    style = date_style(rng, lang)
    form = rng.choice(("invoice", "invoice", "receipt"))
    ships = pick(vessels, rng, 1 if form == "receipt" else rng.choice((1, 1, 2, 3, 4)))
    issued = random_day(rng)
    start = issued.shift(rng.randint(5, 40))
    number = f"{rng.choice(('FL', 'INV', 'LF', 'DGP'))}-{issued.year}-{digits(rng, 5)}"
    doc = DocDraft(limit=2600)
    top = doc.page
    top.line(
        f"GOVERNMENT OF {country(iso3, 'en').upper()}"
        if lang == "en"
        else country(iso3, lang).upper()
    )
    top.line(authority)
    top.line(f"{city} · Tel. {phone(rng, code)} · Fax {phone(rng, code)}")
    top.line("=" * 72)
    top.line(f"{w[form]:<40}{w['no']} {number}")
    top.line(
        f"{w['issued']}: {fmt_date(issued, style, lang)}    "
        f"{w['due']}: {fmt_date(issued.shift(30), style, lang)}"
    )
    top.add("\n")
    # the payer: the owner, or a local agent in the coastal State
    owner_side = rng.random() < 0.55
    first = ships[0]
    payer_flag = first.flag if owner_side else iso3
    payer = first.owner if owner_side and first.owner else invent_company(rng, payer_flag)
    role = ROLES[lang][rng.randint(0, 1) if owner_side else rng.randint(2, 3)]
    top.line(f"{w['bill']}:")
    top.line("  ", (payer, "ASSOC_NAME"), " (", (role, "ASSOC_ROLE"), ")")
    if owner_side:
        c, prov = (
            (first.port.title(), first.province.title() if first.province else None)
            if first.port
            else city_of(rng, payer_flag)
        )
        top.line("  ", (street(rng, payer_flag), "ADDRESS"))
        top.seq("  ", (c, "CITY"))
        if prov:
            top.seq(", ", (prov, "STATE"))
        top.line(f" {postcode(rng, payer_flag)}")
        if payer_flag:
            top.line("  ", (country(payer_flag, lang), "COUNTRY_CODE"))
    else:
        top.line("  ", (rng.choice(AGENT_STREETS[lang]).format(n=rng.randint(1, 90)), "ADDRESS"))
        top.line("  ", (city.split(",")[0], "CITY"), ", ", (country(iso3, lang), "COUNTRY_CODE"))
    if rng.random() < 0.6:
        top.line(f"  {w['reg']}: ", (f"{upper_letters(rng, 2)}-{digits(rng, 8)}", "REG_NO"))
    top.add("\n")
    if form == "invoice":
        top.line(f"{w['item']:<5}{w['desc']:<45}{w['qty']:>4}  {w['unit']:>14}  {w['amt']:>12}")
        top.line("-" * 72)
        total = 0.0
        item = 1
        for i in ships:
            fee = float(rng.choice((12000, 18500, 24000, 45000, 62500, 8000)))
            block, charged = _vessel_block(rng, lang, item, i, state, start, style, fee)
            total += charged
            item += 2 if charged > fee else 1
            doc.put(block, PageDraft().add(f"{w['invoice']} {w['no']} {number} (cont.)\n\n"))
        tail = PageDraft()
        tail.line("-" * 72)
        tail.line(f"{w['sub']:>60}  {amount(total, lang)}")
        tail.line(f"{w['tax']:>60}  {amount(0, lang)}")
        tail.line(f"{w['total']:>60}  {state[8]} {amount(total, lang)}")
        doc.put(tail)
    else:
        i = ships[0]
        fee = float(rng.choice((12000, 18500, 24000, 45000)))
        end = start.shift(rng.choice((89, 180, 364)))
        kind = gear_kind(i)
        p = PageDraft()
        if lang == "en":
            p.seq(
                "Received from ",
                (payer, "ASSOC_NAME"),
                f" the sum of {state[8]} "
                f"{amount(fee, lang)} being payment in full of the fee for a ",
            )
        elif lang == "es":
            p.seq(
                "Recibimos de ",
                (payer, "ASSOC_NAME"),
                f" la suma de {state[8]} {amount(fee, lang)} por concepto de derechos de ",
            )
        else:
            p.seq(
                "Reçu de ",
                (payer, "ASSOC_NAME"),
                f" la somme de {amount(fee, lang)} {state[8]} au titre de la redevance de ",
            )
        p.seq((AUTH[kind][LANG[lang]], "AUTH_TYPE"), " — ", (i.name, "VESSEL_NAME"), " (")
        if i.flag:
            p.seq(f"{w['flag'].lower()} ", (country(i.flag, lang), "FLAG"), ", ")
        p.add(f"{w['cs'].lower()} ")
        put_id(p, i.ircs, "IRCS", rng, lang)
        p.add(f", {w['imo']} ")
        put_id(p, i.imo, "IMO", rng, lang)
        p.seq(
            "), ",
            w["lic"].lower(),
            " ",
            (f"{iso3}-{start.year}-{digits(rng, 4)}", "LICENSE_NO"),
            f", {w['valid']} ",
            (fmt_date(start, style, lang), "START_DATE"),
            f" {w['to']} ",
            (fmt_date(end, style, lang), "END_DATE"),
            ".\n\n",
        )
        p.line(f"{w['ref']}: TT{digits(rng, 6)}-{digits(rng, 5)}   Cashier: {digits(rng, 3)}")
        doc.put(p)
    bank = PageDraft()
    bank.add("\n").line(w["bank"])
    account = {
        "en": "Licence Revenue Account",
        "es": "Cuenta de ingresos por permisos de pesca",
        "fr": "Compte des recettes de licences",
    }[lang]
    bank.line(f"  {w['benef']}: {authority.split(' — ')[0]} — {account}")
    bank.line(f"  {'Bank' if lang == 'en' else 'Banco' if lang == 'es' else 'Banque'}: {state[6]}")
    bank.line(f"  {w['acct']}: {digits(rng, rng.choice((7, 9, 10)))}")
    if lang != "en":
        bank.line(
            f"  IBAN: {country(iso3, style='iso2')}{digits(rng, 2)} {digits(rng, 4)} "
            f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}"
        )
    bank.line(f"  SWIFT/BIC: {state[7]}")
    bank.line(f"  {w['ref']}: {number}")
    doc.put(bank)
    filler = {
        "en": [
            "Bank charges are for the account of the remitter.",
            "The licence shall not be issued until the full amount is credited.",
            "This invoice is issued under the Fisheries Act and the access agreement in force.",
            f"Queries: licensing desk {phone(rng, code)} (08:00-16:30).",
            "Licence conditions (VMS, observers, catch reporting) apply from the start date.",
            "Original copy — retain for audit.",
        ],
        "es": [
            "Los gastos bancarios corren por cuenta del ordenante.",
            "El permiso se emitirá una vez acreditado el importe total.",
            "Documento emitido conforme a la normativa pesquera vigente.",
            f"Consultas: {phone(rng, code)} — Mesa de partes.",
            "Las condiciones del permiso (VMS, observadores) rigen desde la fecha de inicio.",
        ],
        "fr": [
            "Les frais bancaires sont à la charge du donneur d'ordre.",
            "La licence ne sera délivrée qu'après encaissement intégral.",
            "Document établi conformément au Code de la pêche maritime.",
            f"Renseignements : {phone(rng, code)}.",
            "Les conditions (VMS, observateurs, déclarations de capture) s'appliquent.",
        ],
    }[lang]
    for n, page in enumerate(doc.pages, 1):
        page.pad(["", *CONDITIONS[lang], *filler], 820)
        if len(doc.pages) > 1:
            page.add(f"\n{w['page']} {n}/{len(doc.pages)}\n")
    return doc.pages
