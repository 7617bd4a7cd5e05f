"""A port's online pre-arrival notification form, printed to PDF from the browser: labels on the
left, values in boxes, empty boxes, browser header and footer lines."""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

from oceanid_dev.demo.vessels import Vessel

from ._common import (
    country,
    fao_for,
    fmt_date,
    owner_address,
    pad,
    person,
    phone,
    pick,
    rand_date,
    species_for,
)
from ._page import PageDraft
from ._vocab import GEAR_WORDS, PORTS, RFMOS

LAYOUT = "pre_arrival_webform"

_SITES = {
    "en": (
        ("MUPLU", "Mauritius Ports Authority - Fisheries e-Services", "eservices.mpa.mu"),
        ("SCPOV", "Seychelles Fishing Authority - Port Services", "portal.sfa.sc"),
        ("FJSUV", "Fiji Ministry of Fisheries - Port State Measures", "psm.fisheries.gov.fj"),
        ("ZACPT", "Transnet National Ports Authority - Cape Town", "pan.tnpa.co.za"),
    ),
    "es": (
        ("UYMVD", "Administración Nacional de Puertos - Montevideo", "tramites.anp.com.uy"),
        ("PECLL", "Autoridad Portuaria Nacional - Callao", "vuce.apn.gob.pe"),
        ("ESLPA", "Autoridad Portuaria de Las Palmas", "sede.palmasport.es"),
    ),
    "fr": (
        ("NCNOU", "Port autonome de la Nouvelle-Calédonie", "teleservices.port.nc"),
        ("PFPPT", "Port autonome de Papeete - Service des pêches", "pan.portdepapeete.pf"),
    ),
}
# Mixed values (strings and tuples of strings) per language.
_L: dict[str, dict[str, Any]] = {
    "en": {
        "title": "PRE-ARRIVAL NOTIFICATION (PAN) - FOREIGN FISHING AND CARRIER VESSELS",
        "sub": "Submission ID",
        "status": "Status: SUBMITTED    * required field",
        "A": "SECTION A - PORT CALL",
        "port": "Port of arrival *",
        "eta": "ETA (local) *",
        "purpose": "Purpose of call *",
        "purposes": ("Landing", "Transhipment", "Provisioning", "Crew change", "Repairs"),
        "last": "Last port of call",
        "B": "SECTION B - VESSEL",
        "name": "Vessel name *",
        "imo": "IMO number",
        "ircs": "Radio call sign *",
        "flag": "Flag State *",
        "type": "Vessel type",
        "reg": "Port of registry",
        "C": "SECTION C - OWNER / MASTER",
        "owner": "Owner name *",
        "addr": "Owner address",
        "ocountry": "Owner country",
        "operator": "Operator (if different)",
        "master": "Master name *",
        "agent": "Local agent",
        "aphone": "Agent telephone",
        "D": "SECTION D - AUTHORISATIONS TO FISH / TRANSHIP",
        "dhead": "Type | Identifier | Valid from | Valid to | Area | Species",
        "auth": ("Fishing licence", "Transhipment authorisation"),
        "E": "SECTION E - CATCH ON BOARD",
        "ehead": "Species | Product | Area | Quantity (kg)",
        "products": ("Whole frozen", "Gilled and gutted", "Fillets", "Tubes"),
        "decl": "I declare that the information provided is true and complete.",
    },
    "es": {
        "title": "NOTIFICACIÓN PREVIA DE ARRIBO - BUQUES PESQUEROS EXTRANJEROS",
        "sub": "Nº de trámite",
        "status": "Estado: ENVIADO    * campo obligatorio",
        "A": "SECCIÓN A - ESCALA",
        "port": "Puerto de arribo *",
        "eta": "ETA (hora local) *",
        "purpose": "Motivo de la escala *",
        "purposes": (
            "Desembarque",
            "Transbordo",
            "Avituallamiento",
            "Cambio de tripulación",
            "Reparaciones",
        ),
        "last": "Último puerto",
        "B": "SECCIÓN B - BUQUE",
        "name": "Nombre del buque *",
        "imo": "Número OMI",
        "ircs": "Distintivo de llamada *",
        "flag": "Estado de pabellón *",
        "type": "Tipo de buque",
        "reg": "Puerto de matrícula",
        "C": "SECCIÓN C - ARMADOR / CAPITÁN",
        "owner": "Armador *",
        "addr": "Dirección del armador",
        "ocountry": "País del armador",
        "operator": "Operador (si es distinto)",
        "master": "Capitán *",
        "agent": "Agente marítimo",
        "aphone": "Teléfono del agente",
        "D": "SECCIÓN D - AUTORIZACIONES DE PESCA / TRANSBORDO",
        "dhead": "Tipo | Número | Desde | Hasta | Zona | Especies",
        "auth": ("Licencia de pesca", "Autorización de transbordo"),
        "E": "SECCIÓN E - CAPTURAS A BORDO",
        "ehead": "Especie | Presentación | Zona | Cantidad (kg)",
        "products": ("Entero congelado", "Eviscerado", "Filetes", "Tubos"),
        "decl": "Declaro que la información proporcionada es verdadera y completa.",
    },
    "fr": {
        "title": "NOTIFICATION PRÉALABLE D'ARRIVÉE - NAVIRES DE PÊCHE ÉTRANGERS",
        "sub": "N° de dossier",
        "status": "Statut : TRANSMIS    * champ obligatoire",
        "A": "SECTION A - ESCALE",
        "port": "Port d'arrivée *",
        "eta": "HPA (heure locale) *",
        "purpose": "Motif de l'escale *",
        "purposes": (
            "Débarquement",
            "Transbordement",
            "Avitaillement",
            "Relève d'équipage",
            "Réparations",
        ),
        "last": "Dernier port d'escale",
        "B": "SECTION B - NAVIRE",
        "name": "Nom du navire *",
        "imo": "Numéro OMI",
        "ircs": "Indicatif d'appel *",
        "flag": "État du pavillon *",
        "type": "Type de navire",
        "reg": "Port d'immatriculation",
        "C": "SECTION C - ARMATEUR / CAPITAINE",
        "owner": "Armateur *",
        "addr": "Adresse de l'armateur",
        "ocountry": "Pays de l'armateur",
        "operator": "Exploitant (si différent)",
        "master": "Capitaine *",
        "agent": "Agent maritime",
        "aphone": "Téléphone de l'agent",
        "D": "SECTION D - AUTORISATIONS DE PÊCHE / TRANSBORDEMENT",
        "dhead": "Type | Numéro | Du | Au | Zone | Espèces",
        "auth": ("Licence de pêche", "Autorisation de transbordement"),
        "E": "SECTION E - CAPTURES À BORD",
        "ehead": "Espèce | Présentation | Zone | Quantité (kg)",
        "products": ("Entier congelé", "Vidé", "Filets", "Tubes"),
        "decl": "Je certifie l'exactitude des informations fournies.",
    },
}
_AGENTS = (
    "SEA STAR SHIPPING AGENCY LTD",
    "OCEANIC MARINE SERVICES",
    "AGENCIA MARÍTIMA AUSTRAL S.A.",
    "TRANSPACIFIC AGENCIES",
    "SOCIÉTÉ D'ACCONAGE DU PACIFIQUE",
)
_SHORT = {
    "en": "Pre-Arrival Notification",
    "es": "Notificación previa de arribo",
    "fr": "Notification préalable d'arrivée",
}
_PCS = {
    "en": "Port system vessel ID",
    "es": "ID del buque (sistema portuario)",
    "fr": "Identifiant navire (GUP)",
}
_W = 32
_BOX = 38


def _label(page: PageDraft, key: str) -> None:
    page.add(key.ljust(_W))


def _box(page: PageDraft, value: str | None, label: str | None, drop: bool = False) -> None:
    if value is None:
        page.line("[" + " " * _BOX + "]")
        return
    page.add("[ ").add(value, label)
    page.line(" " * max(1, _BOX - 2 - len(value)) + ("\u25be]" if drop else " ]"))


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    (v,) = pick(vessels, rng, 1)
    lang = rng.choice(("en", "en", "es", "fr"))
    t = _L[lang]
    code, site, host = rng.choice(_SITES[lang])
    port_name = next(name for locode, name, _ in PORTS if locode == code)
    last_code, last_name, _ = rng.choice([p for p in PORTS if p[0] != code])
    printed = rand_date(rng, 2023, 2025)
    eta = printed + timedelta(days=rng.randint(1, 5))
    form_id = rng.randint(10000, 99999)
    sub = f"PAN-{printed.year}-{rng.randint(1, 9999):06d}"
    stamp = f"{fmt_date(printed, 'dmy')}, {rng.randint(7, 18):02d}:{rng.randint(0, 59):02d}"
    url = f"https://{host}/pan/form/view?id={form_id}&lang={lang}"

    def browser_header(page: PageDraft) -> None:
        page.line(f"{stamp}{' ' * 20}{_SHORT[lang]} | {site}")
        page.nl()

    p1 = PageDraft()
    browser_header(p1)
    p1.line(t["title"])
    p1.line(f"{t['sub']}: {sub}    {t['status']}")
    p1.nl().line(t["A"])
    _label(p1, t["port"])
    p1.add("[ ").add(code, "PORT_ID").add(f" - {port_name}")
    p1.line(" " * max(1, _BOX - 5 - len(code) - len(port_name)) + "\u25be]")
    _label(p1, t["eta"])
    _box(p1, f"{fmt_date(eta, 'dmy')} {rng.randint(0, 23):02d}:00", None)
    _label(p1, t["purpose"])
    chosen = rng.randrange(3)
    p1.line(
        "  ".join(
            ("(\u2022) " if i == chosen else "( ) ") + word
            for i, word in enumerate(t["purposes"][:3])
        )
    )
    _label(p1, t["last"])
    p1.add("[ ").add(last_code, "PORT_ID").add(f" - {last_name}")
    p1.line(" " * max(1, _BOX - 5 - len(last_code) - len(last_name)) + "\u25be]")
    p1.nl().line(t["B"])
    _label(p1, t["name"])
    _box(p1, v.name, "VESSEL_NAME")
    _label(p1, t["imo"])
    _box(p1, v.imo, "IMO")
    _label(p1, t["ircs"])
    _box(p1, v.ircs, "IRCS")
    _label(p1, "MMSI")
    _box(p1, v.mmsi, "MMSI")
    _label(p1, _PCS[lang])
    _box(p1, f"PCS-{rng.randint(1, 99999):05d}" if rng.random() < 0.7 else None, "OTHER_EXT_ID")
    _label(p1, t["flag"])
    _box(p1, country(v.flag, lang) if v.flag else None, "FLAG", drop=True)
    _label(p1, t["type"])
    _box(p1, GEAR_WORDS[v.gear][{"en": 0, "es": 1, "fr": 2}[lang]].capitalize(), None, True)
    metric = {
        "en": ("Length overall", "Gross tonnage"),
        "es": ("Eslora total", "Arqueo bruto"),
        "fr": ("Longueur hors tout", "Jauge brute"),
    }[lang]
    p1.add(metric[0], "METRIC_TYPE").add(" (").add("m", "METRIC_UNIT").add(")")
    p1.add(" " * (_W - len(metric[0]) - 4))
    _box(
        p1, (v.loa.replace(".", ",") if lang != "en" else v.loa) if v.loa else None, "METRIC_VALUE"
    )
    p1.add(metric[1], "METRIC_TYPE").add(" (").add("GT", "METRIC_UNIT").add(")")
    p1.add(" " * (_W - len(metric[1]) - 5))
    _box(p1, v.gt, "METRIC_VALUE")
    _label(p1, t["reg"])
    _box(p1, v.port, "HOME_PORT")
    p1.nl()
    p1.line(f"{url}{' ' * 30}1/2")

    p2 = PageDraft()
    browser_header(p2)
    p2.line(t["C"])
    _label(p2, t["owner"])
    _box(p2, v.owner, "ASSOC_NAME")
    if v.owner:
        street, city, state, iso = owner_address(rng, v)
        _label(p2, t["addr"])
        p2.add("[ ").add(street, "ADDRESS").add(", ").add(city, "CITY")
        if state:
            p2.add(", ").add(state, "STATE")
        p2.line(" ]")
        _label(p2, t["ocountry"])
        _box(p2, country(iso, lang), "COUNTRY_CODE", drop=True)
    else:
        _label(p2, t["addr"])
        _box(p2, None, None)
    _label(p2, t["operator"])
    _box(p2, None, None)
    _label(p2, t["master"])
    _box(p2, person(rng), "ASSOC_NAME")
    _label(p2, t["agent"])
    _box(p2, rng.choice(_AGENTS), None)
    _label(p2, t["aphone"])
    _box(p2, phone(rng), None)
    p2.nl().line(t["D"]).line(t["dhead"])
    rfmo = rng.choice(RFMOS)[0]
    start = rand_date(rng, printed.year - 1, printed.year)
    end = start + timedelta(days=364)
    auth = rng.randrange(2)
    p2.add(t["auth"][auth], "AUTH_TYPE").add(" | ")
    p2.add(
        f"{(v.flag or 'XX')[:2]}-{rng.randint(2022, 2025)}-{rng.randint(1, 9999):05d}", "LICENSE_NO"
    ).add(" | ")
    style = rng.choice(("dmy", "iso"))
    p2.add(fmt_date(start, style), "START_DATE").add(" | ").add(fmt_date(end, style), "END_DATE")
    areas = fao_for(rng, rfmo, 2)
    p2.add(" | ").add(areas[0], "FAO_AREA_CODE").add(" | ")
    codes = species_for(rng, v, 3)
    for i, sp in enumerate(codes):
        p2.add(", " if i else "").add(sp, "SPECIES_NAME")
    p2.nl()
    if rng.random() < 0.5:
        p2.add(
            {
                "en": "Listed on the record of: ",
                "es": "Inscrito en el registro de: ",
                "fr": "Inscrit au registre de : ",
            }[lang]
        )
        p2.add(rfmo, "RFMO_CODE").nl()
    p2.nl().line(t["E"]).line(t["ehead"])
    for sp in codes:
        p2.add(sp, "SPECIES_NAME").add(f" | {rng.choice(t['products'])} | ")
        p2.add(rng.choice(areas), "FAO_AREA_CODE")
        p2.line(f" | {rng.randint(800, 95000):,}".replace(",", " " if lang != "en" else ","))
    p2.nl().line(f"\u2611 {t['decl']}")
    p2.nl()
    p2.line(f"{url}{' ' * 30}2/2")
    for page in (p1, p2):
        pad(page, rng, (), 820)
    return [p1, p2]
