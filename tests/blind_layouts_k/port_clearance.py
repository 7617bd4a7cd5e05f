"""A port (outward) clearance from a harbour master or customs, in English, Spanish or French,
with a catch-on-board annex as a second page now and then."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from oceanid_dev.demo.vessels import Vessel

from . import _ship as S
from . import _vocab as V
from ._page import PageDraft, Part, date_style, fmt_date, metric, some_date

LAYOUT = "port_clearance"

# fmt: off
_W: dict[str, dict[str, Any]] = {
    "en": {
        "office": ("HARBOUR MASTER'S OFFICE, PORT OF {port}", "CUSTOMS AND EXCISE - {port}"),
        "title": ("PORT CLEARANCE", "OUTWARD CLEARANCE CERTIFICATE", "CERTIFICATE OF CLEARANCE"),
        "no": "Clearance No.",
        "intro": "This is to certify that the fishing vessel described below has complied with "
            "the port formalities and is cleared to proceed to sea.",
        "keys": (
            "Name of vessel", "Flag", "Port of registry", "IMO No.", "Call sign", "MMSI", "Owner",
            "Master", "Last port of call", "Next port / destination", "Crew on board",
            "Catch on board",
        ),
        "gt": ("Gross tonnage", "GT"),
        "nt": ("Net tonnage", "NT"),
        "grounds": "fishing grounds, FAO Area",
        "licence": "Licence held",
        "until": "until",
        "from": "valid from",
        "auth": ("Fishing licence", "High seas fishing licence"),
        "valid": "This clearance is valid for 48 hours from the time of issue.",
        "issued": "Issued at {port} on {date} at {time}",
        "sign": "Harbour Master",
        "annex": "ANNEX - DECLARATION OF CATCH ON BOARD",
        "none": "nil",
        "pax": "passengers",
        "num": "No.",
        "hold": "Fish hold",
        "agent": "Local agent",
    },
    "es": {
        "office": ("CAPITANÍA DE PUERTO DE {port}", "AUTORIDAD MARÍTIMA - PUERTO DE {port}"),
        "title": ("ZARPE", "DESPACHO DE SALIDA", "CERTIFICADO DE DESPACHO"),
        "no": "Despacho N.º",
        "intro": "Se certifica que el buque pesquero que se describe ha cumplido las formalidades"
            " portuarias y queda autorizado para hacerse a la mar.",
        "keys": (
            "Nombre del buque", "Bandera", "Puerto de matrícula", "N.º OMI",
            "Distintivo de llamada", "MMSI", "Armador", "Capitán", "Último puerto",
            "Próximo puerto / destino", "Tripulantes", "Captura a bordo",
        ),
        "gt": ("Arqueo bruto", "AB"),
        "nt": ("Arqueo neto", "AN"),
        "grounds": "zona de pesca, Área FAO",
        "licence": "Permiso",
        "until": "hasta",
        "from": "válido desde",
        "auth": ("Permiso de pesca", "Licencia de pesca"),
        "valid": "El presente despacho es válido por 48 horas desde su expedición.",
        "issued": "Expedido en {port}, el {date} a las {time}",
        "sign": "Capitán de Puerto",
        "annex": "ANEXO - DECLARACIÓN DE CAPTURA A BORDO",
        "none": "ninguno",
        "pax": "pasajeros",
        "num": "n.º",
        "hold": "Bodega",
        "agent": "Agente",
    },
    "fr": {
        "office": ("CAPITAINERIE DU PORT DE {port}", "BUREAU DES DOUANES - {port}"),
        "title": ("PERMIS DE SORTIE", "CERTIFICAT DE LIBRE SORTIE", "BILLET DE SORTIE"),
        "no": "N° de sortie",
        "intro": "Il est certifié que le navire de pêche désigné ci-dessous a accompli les "
            "formalités portuaires et est autorisé à prendre la mer.",
        "keys": (
            "Nom du navire", "Pavillon", "Port d'immatriculation", "N° OMI", "Indicatif d'appel",
            "MMSI", "Armateur", "Capitaine", "Dernier port", "Prochain port / destination",
            "Équipage", "Captures à bord",
        ),
        "gt": ("Jauge brute", "UMS"),
        "nt": ("Jauge nette", "UMS"),
        "grounds": "lieux de pêche, zone FAO",
        "licence": "Licence",
        "until": "au",
        "from": "valable du",
        "auth": ("Licence de pêche", "Autorisation de pêche"),
        "valid": "Le présent permis est valable 48 heures à compter de sa délivrance.",
        "issued": "Délivré à {port} le {date} à {time}",
        "sign": "Le Commandant du port",
        "annex": "ANNEXE - DÉCLARATION DES CAPTURES À BORD",
        "none": "néant",
        "pax": "passagers",
        "num": "n°",
        "hold": "Cale",
        "agent": "Agent maritime",
    },
}
# fmt: on
_AGENTS = (
    "Oceanic Shipping Agency Ltd",
    "Agencia Marítima del Sur S.A.",
    "Transmer Agencies",
    "Island Port Services",
    "Inchcape Shipping Services",
    "Agence Maritime de l'Ouest",
)


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    ship = S.ship_of(rng.choice(vessels), rng)
    port = rng.choice(V.PORTS)
    lang = "es" if port.name in V.SPANISH_PORTS else "fr" if port.name in V.FRENCH_PORTS else "en"
    if lang != "en" and rng.random() < 0.25:
        lang = "en"
    gear = V.GEARS[ship.gear]
    catch = [
        (code, rng.uniform(0.5, 60)) for code in rng.sample(gear.species, min(3, len(gear.species)))
    ]
    day = some_date(rng, 2017, 2025)
    pages = [_clearance(ship, port, lang, day, catch, rng)]
    if rng.random() < 0.35:
        pages.append(_annex(ship, lang, day, catch, rng))
    return pages


def _species(code: str, lang: str, rng: random.Random) -> Part:
    info = V.SPECIES[code]
    return (code if rng.random() < 0.4 else str(getattr(info, lang)), "SPECIES_NAME")


def _clearance(
    ship: S.Ship,
    port: V.Port,
    lang: str,
    day: dt.date,
    catch: list[tuple[str, float]],
    rng: random.Random,
) -> PageDraft:
    w = _W[lang]
    k = w["keys"]
    style = date_style(rng, lang)
    width = rng.choice([0, 26, 30])
    pg = PageDraft()
    pg.line(rng.choice(w["office"]).format(port=port.name.upper()))
    pg.line(" " * rng.randint(0, 12) + rng.choice(w["title"]))
    pg.line(f"{w['no']} {port.locode[2:]}/{day.year}/{rng.randint(1, 4999):05d}")
    pg.blank()
    pg.line(w["intro"])
    pg.blank()
    pg.kv(k[0], (ship.name, "VESSEL_NAME"), width=width)
    pg.kv(k[1], S.flag_part(ship, rng, lang), width=width)
    home: list[Part] = [(ship.home_port, "HOME_PORT")]
    if ship.flag in V.FLAGS and rng.random() < 0.4:
        home += [", ", (str(getattr(V.FLAGS[ship.flag], lang)), "HOME_PORT_STATE")]
    pg.kv(k[2], *home, width=width)
    pg.kv(k[3], S.ident(ship.imo, "IMO", "—"), width=width)
    pg.kv(k[4], S.ident(ship.ircs, "IRCS", "—"), width=width)
    if ship.mmsi and rng.random() < 0.6:
        pg.kv(k[5], (ship.mmsi, "MMSI"), width=width)
    pg.line(
        *metric(w["gt"][0], ship.gt, w["gt"][1]),
        "    ",
        *metric(w["nt"][0], S.net_tonnage(ship.gt), None),
    )
    if rng.random() < 0.6:
        pg.kv(k[6], (ship.owner, "ASSOC_NAME"), width=width)
    master, harbour_master = rng.sample(V.PEOPLE, 2)
    pg.kv(k[7], master, width=width)
    pg.kv(w["agent"], rng.choice(_AGENTS), width=width)
    last = rng.choice([p for p in V.PORTS if p != port])
    pg.kv(k[8], f"{last.name} (", (last.locode, "PORT_ID"), ")", width=width)
    area = rng.choice(V.GEARS[ship.gear].areas)
    if rng.random() < 0.6:
        pg.kv(k[9], f"{w['grounds']} ", (area, "FAO_AREA_CODE"), width=width)
    else:
        nxt = rng.choice([p for p in V.PORTS if p not in (port, last)])
        pg.kv(k[9], f"{nxt.name} / ", (nxt.locode, "PORT_ID"), width=width)
    pg.kv(k[10], f"{rng.randint(9, 38)} / {w['pax']}: {w['none']}", width=width)
    parts: list[Part] = []
    for index, (code, tonnes) in enumerate(catch):
        parts += ([", "] if index else []) + [_species(code, lang, rng), f" {tonnes:.1f} t"]
    pg.kv(k[11], *parts, width=width)
    pg.blank()
    start = day - dt.timedelta(days=rng.randint(30, 300))
    end = start + dt.timedelta(days=rng.choice([364, 365, 180]))
    pg.kv(
        w["licence"],
        (rng.choice(w["auth"]), "AUTH_TYPE"),
        f" {w['num']} ",
        (
            f"{ship.flag or 'XX'}-{rng.choice(['FL', 'HS', 'LP'])}-{rng.randint(100, 9999)}",
            "LICENSE_NO",
        ),
        f", {w['from']} ",
        (fmt_date(start, style, lang), "START_DATE"),
        f" {w['until']} ",
        (fmt_date(end, style, lang), "END_DATE"),
        width=width,
    )
    pg.blank()
    pg.line(w["valid"])
    time = f"{rng.randint(5, 22):02d}:{rng.choice(['00', '15', '30', '45'])}"
    pg.line(w["issued"].format(port=port.name, date=fmt_date(day, style, lang), time=time))
    pg.blank()
    pg.line("_" * 30)
    pg.line(f"{harbour_master}, {w['sign']}        [official stamp]")
    return pg


def _annex(
    ship: S.Ship, lang: str, day: dt.date, catch: list[tuple[str, float]], rng: random.Random
) -> PageDraft:
    w = _W[lang]
    pg = PageDraft()
    pg.line(w["annex"])
    pg.line(
        f"{w['keys'][0]}: ",
        (ship.name, "VESSEL_NAME"),
        "    ",
        f"{w['keys'][4]}: ",
        S.ident(ship.ircs, "IRCS", "—"),
    )
    pg.line(f"{fmt_date(day, 'iso')}")
    pg.blank()
    pg.line(f"{w['hold']:<10}{'ASFIS':<8}{'':<34}{'kg':>10}   Presentation")
    for hold, (code, tonnes) in enumerate(catch, start=1):
        info = V.SPECIES[code]
        name = str(getattr(info, lang))
        pg.line(
            f"{hold:<10}",
            (code, "SPECIES_NAME"),
            " " * (8 - len(code)),
            (name, "SPECIES_NAME"),
            " " * max(1, 34 - len(name)),
            f"{tonnes * 1000:>10,.0f}   {rng.choice(['WGT', 'GUT', 'FRO', 'DRS'])}",
        )
    for hold in range(len(catch) + 1, len(catch) + rng.randint(3, 6)):
        pg.line(f"{hold:<10}{'—':<42}{0:>10}")
    pg.blank()
    pg.line("Storage temperature -50 °C (ultra-low) / -35 °C. Bait on board: 4.2 t sardine.")
    pg.line("No transshipment has taken place since the last port of call.")
    pg.line(
        f"Inspection under the Port State Measures Agreement: reference PSMA/{day.year}/"
        f"{rng.randint(1, 999):03d}, no apparent infringement found."
    )
    pg.line("The master declares the above to be true and complete.")
    pg.blank()
    pg.line(f"Master: {rng.choice(V.PEOPLE)}          Checked by: {rng.choice(V.PEOPLE)}")
    pg.line(
        f"Fisheries inspector, {rng.choice(['Port State Measures unit', 'Fisheries Division'])}"
    )
    return pg
