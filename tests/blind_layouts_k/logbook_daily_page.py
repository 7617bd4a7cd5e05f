"""A fishing logbook's daily pages, filled in: vessel and master block, a table of sets or hauls
(time, position, area, effort, species codes and weights), discards, signature; EN, ES or FR."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from oceanid_dev.demo.vessels import Vessel

from . import _ship as S
from . import _vocab as V
from ._page import PageDraft, Part, fmt_date, pad, some_date

LAYOUT = "logbook_daily_page"

# fmt: off
_W: dict[str, dict[str, Any]] = {
    "en": {
        "title": ("FISHING LOGBOOK - DAILY ACTIVITY PAGE", "DAILY CATCH AND EFFORT LOG"),
        "keys": (
            "Vessel name", "Call sign", "IMO No.", "Flag", "Fishing licence No.", "RFMO",
            "Record No.", "Master", "Gear", "Trip No.", "Date", "Port of departure",
        ),
        "cols": (
            "Set", "Start", "End", "Position (start)", "FAO area", "Effort",
            "Catch retained (code kg)",
        ),
        "discards": "Discards / releases",
        "alive": "released alive",
        "dead": "dead",
        "none": "No interactions with seabirds, sea turtles or marine mammals.",
        "sign": "Signature of master",
        "observer": "Observer on board",
        "yes": ("Yes", "No"),
        "total": "Daily total retained",
        "sea": "Sea state (Beaufort)",
        "wind": "Wind",
    },
    "es": {
        "title": ("DIARIO DE PESCA - HOJA DIARIA", "CUADERNO DE PESCA - ACTIVIDAD DIARIA"),
        "keys": (
            "Nombre del buque", "Indicativo", "N.º OMI", "Bandera", "Licencia de pesca N.º", "OROP",
            "N.º de registro", "Capitán", "Arte", "Marea N.º", "Fecha", "Puerto de salida",
        ),
        "cols": (
            "Lance", "Inicio", "Fin", "Posición (inicio)", "Área FAO", "Esfuerzo",
            "Captura retenida (código kg)",
        ),
        "discards": "Descartes / liberaciones",
        "alive": "liberado vivo",
        "dead": "muerto",
        "none": "Sin interacciones con aves marinas, tortugas o mamíferos marinos.",
        "sign": "Firma del capitán",
        "observer": "Observador a bordo",
        "yes": ("Sí", "No"),
        "total": "Total retenido del día",
        "sea": "Estado de la mar (Beaufort)",
        "wind": "Viento",
    },
    "fr": {
        "title": ("JOURNAL DE PÊCHE - FEUILLE JOURNALIÈRE", "LIVRE DE BORD DE PÊCHE"),
        "keys": (
            "Nom du navire", "Indicatif d'appel", "N° OMI", "Pavillon", "Licence de pêche n°",
            "ORGP", "N° de registre", "Capitaine", "Engin", "Marée n°", "Date", "Port de départ",
        ),
        "cols": (
            "Opér.", "Début", "Fin", "Position (début)", "Zone FAO", "Effort",
            "Captures conservées (code kg)",
        ),
        "discards": "Rejets / remises à l'eau",
        "alive": "relâché vivant",
        "dead": "mort",
        "none": "Aucune interaction avec des oiseaux, tortues ou mammifères marins.",
        "sign": "Signature du capitaine",
        "observer": "Observateur à bord",
        "yes": ("Oui", "Non"),
        "total": "Total conservé du jour",
        "sea": "État de la mer (Beaufort)",
        "wind": "Vent",
    },
}
# fmt: on
# Gear -> (effort wording, lowest and highest effort, most operations a day).
_EFFORT = {
    "DRIFTING_LONGLINES": ("{} hooks", 1800, 3600, 1),
    "SET_LONGLINES": ("{} hooks", 4000, 9000, 2),
    "SQUID_JIGGER": ("{} jigs", 20, 60, 1),
    "TUNA_PURSE_SEINES": ("set {}", 1, 1, 3),
    "TRAWLERS": ("{} min", 90, 300, 4),
    "POLE_AND_LINE": ("{} poles", 12, 30, 3),
}
_UNITS = {
    "es": (("hooks", "anzuelos"), ("jigs", "poteras"), ("set", "lance"), ("poles", "cañas")),
    "fr": (("hooks", "hameçons"), ("jigs", "turluttes"), ("set", "calée"), ("poles", "cannes")),
}
# FAO major area -> latitude and longitude ranges (degrees; south and west negative).
_BOXES = {
    "21": (40, 60, -70, -45),
    "27": (45, 70, -30, 10),
    "34": (0, 30, -30, -18),
    "41": (-55, -38, -64, -50),
    "47": (-38, -8, 0, 12),
    "48": (-62, -52, -50, -30),
    "51": (-30, 15, 48, 75),
    "57": (-38, -8, 82, 118),
    "61": (22, 48, 135, 175),
    "71": (-10, 15, 130, 175),
    "77": (-10, 20, -140, -95),
    "81": (-40, -22, 162, 179),
    "87": (-40, -12, -95, -82),
    "88": (-75, -62, -179, -150),
}
_BYCATCH = ("BSH", "SMA")


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    ship = S.ship_of(rng.choice(vessels), rng)
    lang = rng.choice(["en", "en", "es", "fr"])
    gear = V.GEARS[ship.gear]
    area = rng.choice(gear.areas)
    rfmo = V.AREA_RFMO.get(area[:2])
    licence = (
        f"{ship.flag or 'XX'}/{rng.choice(['HS', 'LL', 'DW', 'OF'])}/{rng.randint(1, 9999):04d}"
    )
    record = f"{rfmo or 'REG'}{rng.randint(100, 99999):06d}"
    first = some_date(rng, 2016, 2025)
    context = {
        "ship": ship,
        "lang": lang,
        "area": area,
        "rfmo": rfmo,
        "licence": licence,
        "record": record,
        "trip": rng.randint(1, 14),
        "master": rng.choice(V.PEOPLE),
        "port": rng.choice(V.PORTS),
        "serial": rng.randint(10000, 99999),
    }
    days = rng.randint(1, 3)
    return [_page(context, first + dt.timedelta(days=n), n, rng) for n in range(days)]


def _page(ctx: dict[str, Any], day: dt.date, offset: int, rng: random.Random) -> PageDraft:
    ship: S.Ship = ctx["ship"]
    lang: str = ctx["lang"]
    w = _W[lang]
    k = w["keys"]
    gear = V.GEARS[ship.gear]
    pg = PageDraft()
    pg.line(rng.choice(w["title"]) + pad("", 6) + f"No. {ctx['serial']}-{offset + 1:03d}")
    pg.blank()
    left: list[tuple[str, list[Part]]] = [
        (k[0], [(ship.name, "VESSEL_NAME")]),
        (k[1], [S.ident(ship.ircs, "IRCS", "-")]),
        (k[2], [S.ident(ship.imo, "IMO", "-")]),
        (k[3], [S.flag_part(ship, rng, lang)]),
        (k[4], [(ctx["licence"], "LICENSE_NO")]),
    ]
    if ctx["rfmo"]:
        left.append(
            (k[5], [(ctx["rfmo"], "RFMO_CODE"), f"   {k[6]}: ", (ctx["record"], "RFMO_ID")])
        )
    left += [
        (k[7], [ctx["master"]]),
        (k[8], [f"{getattr(gear, lang)} ({gear.isscfg})"]),
        (k[9], [str(ctx["trip"])]),
        (k[11], [f"{ctx['port'].name} (", (ctx["port"].locode, "PORT_ID"), ")"]),
    ]
    for key, parts in left:
        pg.kv(key, *parts, width=24)
    pg.kv(k[10], fmt_date(day, "iso" if lang == "en" else "dmy/"), width=24)
    pg.blank()
    cols = w["cols"]
    pg.line(f"{cols[0]:<6}{cols[1]:<7}{cols[2]:<7}{cols[3]:<22}{cols[4]:<10}{cols[5]:<14}{cols[6]}")
    totals: dict[str, int] = {}
    wording, low, high, most = _EFFORT[ship.gear]
    area = ctx["area"]
    lat0, lat1, lon0, lon1 = _BOXES.get(area[:2], (-30, 15, 48, 75))
    lat, lon = rng.uniform(lat0, lat1), rng.uniform(lon0, lon1)
    clock = dt.datetime.combine(day, dt.time(rng.randint(0, 6), rng.choice([0, 15, 30, 45])))
    for number in range(1, rng.randint(1, most) + 1):
        start, clock = clock, clock + dt.timedelta(minutes=rng.randint(120, 420))
        lat, lon = lat + rng.uniform(-0.4, 0.4), lon + rng.uniform(-0.4, 0.4)
        amount = rng.randint(low, high)
        effort = wording.format(amount // 10 * 10 if high > 100 else amount if high > 1 else number)
        for english, local in _UNITS.get(lang, ()):
            effort = effort.replace(english, local)
        pg.put(
            f"{number:<6}{start:%H:%M}  {clock:%H:%M}  {_position(lat, lon):<22}",
            (area, "FAO_AREA_CODE"),
            pad(area, 10),
            f"{effort:<14}",
        )
        clock += dt.timedelta(minutes=rng.randint(30, 120))
        for index, code in enumerate(rng.sample(gear.species, min(3, len(gear.species)))):
            kg = rng.randint(15, 2400)
            totals[code] = totals.get(code, 0) + kg
            pg.put("  " if index else "", (code, "SPECIES_NAME"), f" {kg}")
        pg.line()
    pg.blank()
    pg.put(f"{w['total']}: ")
    for index, (code, kg) in enumerate(sorted(totals.items())):
        pg.put("; " if index else "", (code, "SPECIES_NAME"), f" {kg} kg")
    pg.line()
    pg.blank()
    pg.line(f"{w['discards']}:")
    if ship.gear in ("DRIFTING_LONGLINES", "SET_LONGLINES") or rng.random() < 0.4:
        for code in rng.sample(_BYCATCH, rng.randint(1, 2)):
            name = str(getattr(V.SPECIES[code], lang))
            pg.line(
                "  ",
                (name, "SPECIES_NAME"),
                f" ({code}) x{rng.randint(1, 6)}, "
                f"{w['alive'] if rng.random() < 0.7 else w['dead']}",
            )
    else:
        pg.line("  -")
    pg.line(w["none"])
    pg.line(
        f"{w['sea']}: {rng.randint(1, 6)}   {w['wind']}: {rng.choice(['N', 'NE', 'SE', 'SW', 'W'])}"
        f" {rng.randint(5, 30)} kn"
    )
    pg.blank()
    pg.line(f"{w['observer']}: {rng.choice(w['yes'])}")
    pg.line(f"{w['sign']}: ______________________   ({ctx['master']})")
    return pg


def _position(lat: float, lon: float) -> str:
    ns, ew = "N" if lat >= 0 else "S", "E" if lon >= 0 else "W"
    lat, lon = abs(lat), abs(lon)
    return (
        f"{int(lat):02d}°{int(lat % 1 * 60):02d}'{ns} {int(lon):03d}°{int(lon % 1 * 60):02d}'{ew}"
    )
