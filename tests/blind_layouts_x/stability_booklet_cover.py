"""A naval architect's trim and stability booklet: cover page, principal particulars and the
inclining experiment summary with its approval (en / es / fr)."""

from __future__ import annotations

import datetime as dt
import random

from oceanid_dev.demo.vessels import Vessel

from ._common import (
    Ident,
    country,
    fill_to,
    flag_text,
    fmt_date,
    footer,
    gt_value,
    home_port,
    loa_value,
    owner_of,
    pick,
    placeholder,
    rand_date,
    stable,
    year_value,
)
from ._page import PageDraft
from ._vocab import CLASS_SOCIETIES, NAVAL_ARCHITECTS, PEOPLE, PORTS, SHIPYARDS

LAYOUT = "stability_booklet_cover"

TITLES = {
    "en": ("TRIM AND STABILITY BOOKLET", "INCLINING EXPERIMENT REPORT AND STABILITY INFORMATION"),
    "es": ("CUADERNO DE ESTABILIDAD", "INFORME DE LA PRUEBA DE ESTABILIDAD"),
    "fr": ("LIVRET DE STABILITÉ", "RAPPORT D'EXPÉRIENCE DE STABILITÉ"),
}
TYPES = {
    "DRIFTING_LONGLINES": ("Tuna longliner", "Palangrero atunero", "Palangrier thonier"),
    "TRAWLERS": ("Stern trawler", "Arrastrero congelador", "Chalutier arrière"),
    "SQUID_JIGGER": ("Squid jigger", "Potero", "Navire turluttier"),
    "TUNA_PURSE_SEINES": ("Tuna purse seiner", "Atunero cerquero", "Thonier senneur"),
    "POLE_AND_LINE": ("Pole and line vessel", "Cañero", "Canneur"),
}
KEYS = {
    "en": (
        "Vessel",
        "Type",
        "Yard No.",
        "Builder",
        "Owner",
        "Flag",
        "Port of registry",
        "IMO number",
        "Call sign",
        "Class",
        "Document No.",
        "Date",
    ),
    "es": (
        "Buque",
        "Tipo",
        "N.º construcción",
        "Astillero",
        "Armador",
        "Bandera",
        "Puerto de matrícula",
        "N.º OMI",
        "Distintivo de llamada",
        "Clase",
        "Documento",
        "Fecha",
    ),
    "fr": (
        "Navire",
        "Type",
        "N° de coque",
        "Chantier",
        "Armateur",
        "Pavillon",
        "Port d'immatriculation",
        "N° OMI",
        "Indicatif d'appel",
        "Classe",
        "Document",
        "Date",
    ),
}
PARTICULARS = {
    "en": (
        "Length overall",
        "Length between perpendiculars",
        "Breadth moulded",
        "Depth moulded",
        "Design draught",
        "Gross tonnage",
        "Net tonnage",
        "Main engine power",
        "Fish hold capacity",
    ),
    "es": (
        "Eslora total",
        "Eslora entre perpendiculares",
        "Manga de trazado",
        "Puntal",
        "Calado de proyecto",
        "Arqueo bruto",
        "Arqueo neto",
        "Potencia propulsora",
        "Capacidad de bodegas",
    ),
    "fr": (
        "Longueur hors tout",
        "Longueur entre perpendiculaires",
        "Largeur hors membres",
        "Creux",
        "Tirant d'eau de projet",
        "Jauge brute",
        "Jauge nette",
        "Puissance propulsive",
        "Volume des cales",
    ),
}


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choice(("en", "en", "es", "fr"))
    (vessel,) = pick(vessels, rng, 1)
    firm = rng.choice(NAVAL_ARCHITECTS)
    society = rng.choice(CLASS_SOCIETIES)
    test_day = rand_date(rng, 2015, 2025)
    doc_no = f"SB-{test_day.year}-{rng.randint(1, 150):03d}"
    rev = rng.choice("ABCD")
    cover = PageDraft()
    _cover(cover, vessel, lang, rng, firm, society, doc_no, rev, test_day)
    pages = [cover]
    body = PageDraft()
    _particulars(body, vessel, lang, rng)
    if rng.random() < 0.35 and cover.room(len(body), 2700):
        cover.extend(body)
    else:
        pages.append(body)
    inclining = PageDraft()
    _inclining(inclining, vessel, lang, rng, society, test_day)
    if pages[-1].room(len(inclining), 2800):
        pages[-1].extend(inclining)
    else:
        pages.append(inclining)
    for p in pages:
        fill_to(p, lang, rng)
    return footer(pages, lang, f"{doc_no} Rev. {rev}")


def _kv(
    page: PageDraft, key: str, value: str | None, label: str | None, lang: str, rng: random.Random
) -> None:
    page.pad(key + ":", 26)
    if value:
        page.val(value, label)
    else:
        page.add(placeholder(lang, rng))
    page.nl()


def _cover(
    page: PageDraft,
    vessel: Ident,
    lang: str,
    rng: random.Random,
    firm: str,
    society: str,
    doc_no: str,
    rev: str,
    day: dt.date,
) -> None:
    keys = KEYS[lang]
    index = {"en": 0, "es": 1, "fr": 2}[lang]
    page.line(firm.upper())
    page.line(
        {
            "en": "Naval Architects & Marine Engineers",
            "es": "Ingeniería Naval",
            "fr": "Architecture navale - Ingénierie",
        }[lang]
    ).nl()
    page.line(rng.choice(TITLES[lang]))
    page.line(
        {
            "en": "(Intact stability - IS Code 2008, Part A)",
            "es": "(Estabilidad sin avería - Código IS 2008)",
            "fr": "(Stabilité à l'état intact - Recueil IS 2008)",
        }[lang]
    ).nl()
    page.pad(keys[0] + ":", 26).add(rng.choice(("F/V ", "M/V ", ""))).val(
        vessel.name, "VESSEL_NAME"
    )
    page.nl()
    gear = vessel.vessel.gear or "DRIFTING_LONGLINES"
    page.pad(keys[1] + ":", 26).line(TYPES.get(gear, TYPES["TRAWLERS"])[index])
    page.pad(keys[2] + ":", 26).line(str(rng.randint(100, 2999)))
    yard_rng = stable(vessel, "yard")
    local = [y for y in SHIPYARDS if y[1] == vessel.flag]
    yard, yard_country = yard_rng.choice(
        local if local and yard_rng.random() < 0.8 else list(SHIPYARDS)
    )
    page.pad(keys[3] + ":", 26).val(yard, "BUILDER_LOCATION").add(", ")
    page.val(country(yard_country, lang) or yard_country, "BUILD_COUNTRY").add(" (")
    page.val(year_value(vessel), "BUILD_YEAR").line(")")
    _kv(page, keys[4], owner_of(vessel), "ASSOC_NAME", lang, rng)
    _kv(
        page, keys[5], flag_text(vessel.flag, lang, rng) if vessel.flag else None, "FLAG", lang, rng
    )
    port, _ = home_port(vessel)
    _kv(page, keys[6], port or None, "HOME_PORT", lang, rng)
    _kv(page, keys[7], vessel.imo, "IMO", lang, rng)
    _kv(page, keys[8], vessel.ircs, "IRCS", lang, rng)
    if vessel.mmsi and rng.random() < 0.5:
        _kv(page, "MMSI", vessel.mmsi, "MMSI", lang, rng)
    page.pad(keys[9] + ":", 26).line(
        f"{society} "
        f"{rng.choice(('+100A1 Fishing Vessel', 'I HULL MACH Fishing vessel', '*CSA Fishing'))}"
    )
    page.pad(keys[10] + ":", 26).line(f"{doc_no}  Rev. {rev}")
    page.pad(keys[11] + ":", 26).line(
        fmt_date(day + dt.timedelta(days=rng.randint(10, 60)), "dmy", lang)
    )
    page.nl()
    approval = {
        "en": f"Approved by {society} on behalf of the flag Administration, letter ref. "
        f"{rng.choice(('SHA', 'MAD', 'BRE'))}/{rng.randint(10000, 99999)}/STAB dated "
        f"{fmt_date(day + dt.timedelta(days=rng.randint(61, 120)), 'long', 'en')}.",
        "es": f"Aprobado por la Capitanía Marítima, expediente {rng.randint(100, 999)}/"
        f"{day.year}, con fecha {fmt_date(day + dt.timedelta(days=90), 'long', 'es')}.",
        "fr": f"Approuvé par le Centre de sécurité des navires, visa n° {rng.randint(1000, 9999)}"
        f" du {fmt_date(day + dt.timedelta(days=90), 'long', 'fr')}.",
    }[lang]
    page.line(approval)
    page.line(
        {
            "en": "[stamp: APPROVED]  This booklet shall be kept on board at all times.",
            "es": "[sello: APROBADO]  Este cuaderno deberá conservarse siempre a bordo.",
            "fr": "[cachet : APPROUVÉ]  Ce livret doit être conservé à bord en permanence.",
        }[lang]
    )


def _particulars(page: PageDraft, vessel: Ident, lang: str, rng: random.Random) -> None:
    loa = float(loa_value(vessel))
    srng = stable(vessel, "dims")
    gt = gt_value(vessel)
    values = (
        (loa_value(vessel), "m"),
        (f"{loa * srng.uniform(0.86, 0.92):.2f}", "m"),
        (f"{loa * srng.uniform(0.15, 0.19):.2f}", "m"),
        (f"{loa * srng.uniform(0.07, 0.10):.2f}", "m"),
        (f"{loa * srng.uniform(0.05, 0.075):.2f}", "m"),
        (gt, rng.choice(("GT", ""))),
        (str(max(1, int(int(gt) * srng.uniform(0.28, 0.34)))) if gt.isdigit() else "", ""),
        (
            str(srng.choice((441, 735, 1100, 1765, 2206, 2960, 3840))),
            rng.choice(("kW", "kW", "HP")),
        ),
        (str(srng.randint(80, 2400)), rng.choice(("m3", "m³"))),
    )
    page.line(
        {
            "en": "1. PRINCIPAL PARTICULARS",
            "es": "1. CARACTERÍSTICAS PRINCIPALES",
            "fr": "1. CARACTÉRISTIQUES PRINCIPALES",
        }[lang]
    ).nl()
    for name, (value, unit) in zip(PARTICULARS[lang], values, strict=True):
        if not value:
            continue
        page.add("   ").val(name, "METRIC_TYPE").add(" " * max(2, 34 - len(name)))
        page.val(value, "METRIC_VALUE")
        if unit:
            page.add(" ").val(unit, "METRIC_UNIT")
        page.nl()
    page.add("   " + {"en": "Complement", "es": "Dotación", "fr": "Effectif"}[lang])
    page.line(
        " " * 24
        + f"{rng.randint(12, 45)} "
        + {"en": "persons", "es": "personas", "fr": "personnes"}[lang]
    )


def _inclining(
    page: PageDraft, vessel: Ident, lang: str, rng: random.Random, society: str, day: dt.date
) -> None:
    place = rng.choice(PORTS)[0]
    disp = rng.uniform(300, 3000)
    head = {
        "en": (
            "2. INCLINING EXPERIMENT",
            "Date of test",
            "Place",
            "Weather",
            "Water density",
            "Inclining weights",
            "Pendulums",
            "Results",
            "Witnessed by",
        ),
        "es": (
            "2. PRUEBA DE ESTABILIDAD",
            "Fecha de la prueba",
            "Lugar",
            "Condiciones",
            "Densidad del agua",
            "Pesos de escora",
            "Péndulos",
            "Resultados",
            "Presenciada por",
        ),
        "fr": (
            "2. EXPÉRIENCE DE STABILITÉ",
            "Date de l'essai",
            "Lieu",
            "Météo",
            "Densité de l'eau",
            "Poids d'inclinaison",
            "Pendules",
            "Résultats",
            "En présence de",
        ),
    }[lang]
    page.nl().line(head[0]).nl()
    page.line(f"   {head[1]}: {fmt_date(day, rng.choice(('dmy', 'long')), lang)}")
    page.line(f"   {head[2]}: {place}")
    page.line(f"   {head[3]}: Bft {rng.randint(0, 3)}, {rng.choice(('calm', 'slight swell'))}")
    page.line(f"   {head[4]}: {rng.uniform(1.000, 1.026):.3f} t/m3")
    page.line(f"   {head[5]}: {rng.randint(2, 6)} x {rng.choice(('1.0', '2.5', '5.0'))} t")
    page.line(f"   {head[6]}: {rng.randint(2, 3)}, L = {rng.uniform(2.5, 4.5):.3f} m")
    page.line(
        f"   {head[7]}: displacement {disp:.1f} t; KG {rng.uniform(3, 7):.3f} m; "
        f"LCG {rng.uniform(10, 40):.3f} m; GM0 {rng.uniform(0.4, 1.4):.3f} m; "
        f"trim {rng.uniform(-1, 1.5):.2f} m by stern"
    )
    page.add(f"   {head[8]}: {rng.choice(PEOPLE)} ({society})")
    page.add(
        {
            "en": " and the master of the ",
            "es": " y el capitán del buque ",
            "fr": " et le capitaine du navire ",
        }[lang]
    )
    page.val(vessel.name, "VESSEL_NAME").line("")
    page.nl().line(
        {
            "en": "The lightship particulars derived from this experiment supersede those of the "
            "preliminary booklet. Loading conditions 1 to 8 comply with the criteria of "
            "Part A, chapter 2 and paragraph 2.1 of the Code.",
            "es": "Los datos del buque en rosca obtenidos sustituyen a los del cuaderno "
            "preliminar. Las condiciones de carga 1 a 8 cumplen los criterios del Código.",
            "fr": "Les caractéristiques du navire lège issues de cet essai remplacent celles du "
            "livret provisoire. Les cas de chargement 1 à 8 satisfont aux critères du Recueil.",
        }[lang]
    )
