"""A fishing-vessel sale advertisement on a classifieds website (printed listing page)."""

from __future__ import annotations

import random

from oceanid_dev.demo.vessels import Vessel

from . import _common as c
from . import _vocab
from ._page import PageDraft, Piece

LAYOUT = "vessel_sale_classified"

_SITES = {
    "en": ("fishingboats-exchange.com", "marketplace.seafleet.net", "boatsforsale.asia"),
    "es": ("ventabarcos-pesca.es", "mercadonaval.com.ar", "fishingboats-exchange.com"),
    "fr": ("annonces-navires.fr", "bateaux-pro.re", "fishingboats-exchange.com"),
}
# What a vessel of each gear has fished: ASFIS codes and FAO major areas.
_FISHERY = {
    "DRIFTING_LONGLINES": (("BET", "YFT", "ALB", "SWO"), ("51", "57", "71", "77", "34")),
    "SET_LONGLINES": (("TOP", "SWO"), ("41", "48", "58", "87")),
    "SQUID_JIGGER": (("OFJ", "GIS", "SQA"), ("41", "61", "87")),
    "TRAWLERS": (("CJM", "MAS", "KRI"), ("87", "61", "48")),
    "TUNA_PURSE_SEINES": (("SKJ", "YFT", "BET"), ("51", "71", "77", "34")),
    "POLE_AND_LINE": (("SKJ", "ALB"), ("61", "71", "27")),
}
_TYPES = {
    "DRIFTING_LONGLINES": ("Tuna longliner", "Palangrero atunero", "Palangrier thonier"),
    "SET_LONGLINES": ("Bottom longliner", "Palangrero de fondo", "Palangrier de fond"),
    "SQUID_JIGGER": ("Squid jigger", "Potero", "Navire turluttier"),
    "TRAWLERS": ("Stern trawler", "Arrastrero congelador", "Chalutier congélateur"),
    "TUNA_PURSE_SEINES": ("Tuna purse seiner", "Cerquero atunero", "Thonier senneur"),
    "POLE_AND_LINE": ("Pole-and-line vessel", "Cañero", "Canneur"),
    "CARRIER": ("Reefer / fish carrier", "Buque frigorífico", "Transporteur frigorifique"),
}
_GENERIC = ("Fishing vessel", "Buque pesquero", "Navire de pêche")
_IDX = {"en": 0, "es": 1, "fr": 2}

_KEYS = {
    "en": dict(
        name="Vessel name",
        flag="Flag",
        imo="IMO",
        cs="Call sign",
        mmsi="MMSI",
        built="Built",
        port="Home port",
        specs="Specifications",
        desc="Description",
        price="Price",
        loc="Location",
        ref="Ad ID",
        posted="Posted",
        seller="Seller",
        loa="LOA",
        beam="Beam",
        gt="Gross tonnage",
        power="Main engine power",
        hold="Fish hold",
        crew="Accommodation",
        ex="ex-",
    ),
    "es": dict(
        name="Nombre",
        flag="Bandera",
        imo="Nº OMI",
        cs="Distintivo de llamada",
        mmsi="MMSI",
        built="Construido",
        port="Puerto base",
        specs="Características",
        desc="Descripción",
        price="Precio",
        loc="Ubicación",
        ref="Ref. anuncio",
        posted="Publicado",
        seller="Vendedor",
        loa="Eslora total",
        beam="Manga",
        gt="Arqueo bruto",
        power="Potencia motor",
        hold="Bodega",
        crew="Acomodación",
        ex="ex ",
    ),
    "fr": dict(
        name="Nom du navire",
        flag="Pavillon",
        imo="N° OMI",
        cs="Indicatif",
        mmsi="MMSI",
        built="Construit",
        port="Port d'attache",
        specs="Caractéristiques",
        desc="Description",
        price="Prix",
        loc="Localisation",
        ref="Réf. annonce",
        posted="Publiée le",
        seller="Vendeur",
        loa="Longueur hors tout",
        beam="Largeur",
        gt="Jauge brute",
        power="Puissance moteur",
        hold="Cale à poisson",
        crew="Couchettes",
        ex="ex-",
    ),
}

_BLURB = {
    "en": (
        "Well maintained and ready to fish. Recent dry-docking with new anodes and shaft seals. "
        "All class and flag certificates in order; sold as is, where is.",
        "Owner retiring, serious buyers only. Inspection welcome at the lying port.",
        "Full electronics: two radars, GMDSS A3, sonar, bird radar, VMS unit installed.",
        "Price negotiable for cash buyers. Licences are not included in the sale.",
    ),
    "es": (
        "Buque en buen estado, listo para faenar. Varada reciente con cambio de ánodos.",
        "Se vende por jubilación del armador. Certificados en vigor. Abstenerse curiosos.",
        "Electrónica completa: radar, GMDSS A3, sonar, equipo de localización instalado.",
        "Precio negociable. La licencia de pesca no se incluye en la venta.",
    ),
    "fr": (
        "Navire bien entretenu, prêt à pêcher. Carénage récent, anodes et joints neufs.",
        "Vente pour cause de départ en retraite. Visite possible au port de stationnement.",
        "Électronique complète : deux radars, SMDSM A3, sondeur, balise VMS.",
        "Prix à débattre. Les licences de pêche ne sont pas comprises dans la vente.",
    ),
}
_FOOTER = {
    "en": (
        "Report this ad | Terms of use | Privacy | © classified listings, all rights reserved. "
        "Listings are placed by sellers; the site does not verify vessel particulars.",
        "Buyer's note: always verify the vessel's registration, class status and any RFMO "
        "listing before paying a deposit. Never send money by wire to an unknown broker.",
    ),
    "es": (
        "Denunciar anuncio | Condiciones de uso | Privacidad. Los anuncios los publican los "
        "vendedores; el portal no verifica los datos de los buques.",
        "Consejo: compruebe la matrícula, la clase y la situación en las OROP antes de pagar.",
    ),
    "fr": (
        "Signaler l'annonce | Conditions d'utilisation | Confidentialité. Les annonces sont "
        "publiées par les vendeurs ; le site ne vérifie pas les caractéristiques des navires.",
        "Conseil : vérifiez l'immatriculation et la situation ORGP du navire avant tout acompte.",
    ),
}


def _kind(f: c.Facts, lang: str) -> str:
    return _TYPES.get(f.gear or "", _GENERIC)[_IDX[lang]]


def _listing(page: PageDraft, f: c.Facts, rng: random.Random, lang: str) -> list[str]:
    """The listing; returns the description paragraphs it did not use (fillers)."""
    k = _KEYS[lang]
    site = rng.choice(_SITES[lang])
    name = f.name if rng.random() < 0.7 else c.title(f.name)
    loa = c.metric(f.loa, lang)
    page.line(
        f"{site} \u203a {('Boats', 'Barcos', 'Bateaux')[_IDX[lang]]} \u203a "
        f"{('Commercial fishing', 'Pesca profesional', 'Pêche professionnelle')[_IDX[lang]]}"
    )
    heading = ("FOR SALE", "SE VENDE", "À VENDRE")[_IDX[lang]]
    page.add(f"{heading}: {_kind(f, lang)}")
    if loa:
        page.add(" ", (loa, "METRIC_VALUE"), " ", ("m", "METRIC_UNIT"))
    if f.year:
        page.add(", ", (f.year, "BUILD_YEAR"))
    page.add("\n")
    currency = rng.choice(["USD", "EUR", "US$"])
    amount = f"{rng.randint(3, 95) * 25_000:,}".replace(
        ",", {"en": ",", "es": ".", "fr": " "}[lang]
    )
    page.line(
        f"{k['price']}: {currency} {amount}   {k['ref']}: {c.digits(rng, 8)}   "
        f"{k['posted']}: {c.fmt_date(c.a_date(rng, 2025, 2026), 'dmy')}"
    )
    lying = rng.choice(_vocab.PORTS)[0]
    page.line(f"{k['loc']}: {lying}")
    page.line("")
    page.line(f"{k['desc']}:")
    blurbs = list(_BLURB[lang])
    page.add(blurbs.pop(rng.randrange(len(blurbs))))
    if rng.random() < 0.6:
        codes, areas = _FISHERY.get(f.gear or "", (("BET", "YFT", "SKJ"), ("51", "71")))
        by_code = {row[0]: row for row in c.species()}
        sp = by_code[rng.choice(codes)]
        area = rng.choice(areas)
        text = {"en": " Has fished ", "es": " Ha faenado ", "fr": " A pêché "}[lang]
        page.add(text, (sp[_IDX[lang] + 1], "SPECIES_NAME"), " (", (sp[0], "SPECIES_NAME"), ") ")
        page.add({"en": "in FAO area ", "es": "en la zona FAO ", "fr": "en zone FAO "}[lang])
        page.add((area, "FAO_AREA_CODE"), ".")
    if rng.random() < 0.4:
        rfmo = rng.choice(["IOTC", "WCPFC", "ICCAT", "IATTC"])
        until = c.fmt_date(c.a_date(rng, 2026, 2027), rng.choice(["dmy", "long"]), lang)
        text = {
            "en": " Currently on the ",
            "es": " Actualmente inscrito en el registro de ",
            "fr": " Actuellement inscrit au registre ",
        }[lang]
        page.add(text, (rfmo, "RFMO_CODE"))
        if rng.random() < 0.6:
            page.add(" (", (c.rfmo_id(rng, rfmo, f.flag), "RFMO_ID"), ")")
        page.add(
            {
                "en": " record, authorisation valid until ",
                "es": ", autorización hasta el ",
                "fr": ", autorisation valable jusqu'au ",
            }[lang],
            (until, "END_DATE"),
            ".",
        )
    page.add("\n\n")
    page.line(f"{k['specs']}:")
    former = f" ({k['ex']}" if f.former else ""
    page.add(f"• {k['name']}: ", (name, "VESSEL_NAME"))
    if f.former:
        page.add(former, (f.former, "NAME_CHANGE"), ")")
    page.add("\n")
    flag = c.country(f.flag, lang, rng)
    page.line(f"• {k['flag']}: ", (flag, "FLAG") if flag else c.placeholder(rng, lang))
    if f.imo or rng.random() < 0.5:
        page.line(f"• {k['imo']}: ", (f.imo, "IMO") if f.imo else c.placeholder(rng, lang))
    if f.ircs or rng.random() < 0.3:
        page.line(f"• {k['cs']}: ", (f.ircs, "IRCS") if f.ircs else c.placeholder(rng, lang))
    if f.mmsi and rng.random() < 0.6:
        page.line(f"• {k['mmsi']}: ", (f.mmsi, "MMSI"))
    code = c.cfr(rng, f.flag)
    if code and rng.random() < 0.7:
        page.line("• CFR: ", (code, "EU_CFR"))
    yard, country = c.builder(rng, f.flag)
    page.add(f"• {k['built']}: ")
    if f.year:
        page.add((f.year, "BUILD_YEAR"), ", ")
    page.line(
        (yard, "BUILDER_LOCATION"), " (", (c.country(country, lang) or "", "BUILD_COUNTRY"), ")"
    )
    if f.port and rng.random() < 0.6:
        page.line(f"• {k['port']}: ", (f.port.title(), "HOME_PORT"))
    if loa:
        page.line(
            "• ", (k["loa"], "METRIC_TYPE"), ": ", (loa, "METRIC_VALUE"), " ", ("m", "METRIC_UNIT")
        )
    beam = f"{rng.uniform(6.5, 14.0):.2f}".replace(".", "," if lang != "en" else ".")
    page.line(
        "• ", (k["beam"], "METRIC_TYPE"), ": ", (beam, "METRIC_VALUE"), " ", ("m", "METRIC_UNIT")
    )
    if f.gt:
        unit = rng.choice(["GT", "GT", ""])
        page.add("• ", (k["gt"], "METRIC_TYPE"), ": ", (f.gt, "METRIC_VALUE"))
        page.line(*((" ", (unit, "METRIC_UNIT")) if unit else ()))
    kw = c.engine_kw(rng, f.gt)
    page.add(
        "• ",
        (k["power"], "METRIC_TYPE"),
        ": ",
        (f"{kw}", "METRIC_VALUE"),
        " ",
        ("kW", "METRIC_UNIT"),
    )
    if rng.random() < 0.5:
        page.add(" (", (f"{round(kw * 1.341)}", "METRIC_VALUE"), " ", ("HP", "METRIC_UNIT"), ")")
    page.add("\n")
    if rng.random() < 0.6:
        hold = f"{rng.randint(80, 1200)}"
        page.line(
            "• ",
            (k["hold"], "METRIC_TYPE"),
            ": ",
            (hold, "METRIC_VALUE"),
            " ",
            (rng.choice(["m³", "m3", "cbm"]), "METRIC_UNIT"),
        )
    page.line(f"• {k['crew']}: {rng.randint(8, 36)}")
    page.line("")
    page.line(
        f"{k['seller']}: {rng.choice(_vocab.PEOPLE)} — "
        f"{rng.choice(['Tel', 'WhatsApp', 'Tél.'])} {c.phone(rng)} — "
        f"{rng.choice(['sales', 'info', 'brokers'])}@{rng.choice(_SITES[lang])}"
    )
    return blurbs


def _other_listings(page: PageDraft, others: list[c.Facts], rng: random.Random, lang: str) -> None:
    head = {
        "en": "More from this seller",
        "es": "Más anuncios del vendedor",
        "fr": "Autres annonces du vendeur",
    }[lang]
    page.line("")
    page.line(f"{head}:")
    for f in others:
        row: list[Piece] = ["- ", (f.name, "VESSEL_NAME"), f" — {_kind(f, lang)}"]
        if f.year:
            row += [", ", (f.year, "BUILD_YEAR")]
        if f.loa:
            row += [", ", (c.metric(f.loa, lang) or "", "METRIC_VALUE"), " ", ("m", "METRIC_UNIT")]
        row += [f" — {rng.choice(['USD', 'EUR'])} {rng.randint(2, 60) * 50}k\n"]
        if page.fits(*row, reserve=300):
            page.add(*row)


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choices(["en", "es", "fr"], weights=[6, 3, 2])[0]
    pages: list[PageDraft] = []
    for _ in range(rng.choice([1, 1, 2, 2, 3])):
        page = PageDraft()
        main, *others = c.pick(vessels, rng, rng.randint(1, 3))
        unused = _listing(page, main, rng, lang)
        if others:
            _other_listings(page, others, rng, lang)
        page.add("\n")
        c.pad(page, rng, [*_FOOTER[lang], *unused], rng.randint(850, 1100))
        pages.append(page)
    return pages
