"""A fishing vessel's noon report e-mailed to its managers (English or Spanish), with replies."""

from __future__ import annotations

import datetime as dt
import random

from oceanid_dev.demo.vessels import Vessel

from . import _common as c
from . import _ref
from ._page import PageDraft, Seg, pad
from ._vocab import GEAR_SPECIES, REGION_SQUID, SATCOM_DOMAINS

LAYOUT = "noon_report_email"

_FOOTERS = {
    "en": (
        "Sent via satellite e-mail. Please keep replies short and do not attach files larger "
        "than 50 kB; the vessel is billed per kilobyte.",
        "CONFIDENTIALITY: this message and any attachment are intended for the addressee "
        "only. If you received it in error, please delete it and inform the sender.",
        "Next report due at 1200 ship's time tomorrow, or earlier on completion of hauling.",
        "All times in ship's mean time unless stated. Figures are master's estimates and "
        "will be corrected on the weekly stock report.",
        "Reminder to all vessels: daily catch and effort must also be entered in the "
        "electronic logbook before 2359 UTC.",
    ),
    "es": (
        "Enviado por correo satelital. Rogamos respuestas breves y sin adjuntos de más de "
        "50 kB; el buque paga por kilobyte.",
        "AVISO DE CONFIDENCIALIDAD: este mensaje va dirigido exclusivamente a su destinatario. "
        "Si lo ha recibido por error, bórrelo y avise al remitente.",
        "Próximo parte a las 1200 hora del buque de mañana, o antes si se termina la virada.",
        "Horas en tiempo medio del buque salvo indicación. Cifras estimadas por el capitán, "
        "se corregirán en el parte semanal de existencias.",
    ),
}

_KEYS = {
    "en": {
        "title": "NOON REPORT",
        "vessel": "Vessel",
        "cs": "Call sign",
        "imo": "IMO No.",
        "mmsi": "MMSI",
        "voy": "Voyage No.",
        "time": "Date/Time",
        "pos": "Position",
        "cse": "Course / Speed",
        "dist": "Dist. since last noon",
        "wx": "Weather",
        "act": "Activity",
        "area": "Fishing area",
        "catch": "Catch today",
        "cum": "Cumulative catch (trip)",
        "fuel": "Fuel ROB",
        "fw": "Fresh water ROB",
        "pob": "Persons on board",
        "next": "Next port / ETA",
        "rmk": "Remarks",
    },
    "es": {
        "title": "PARTE DE MEDIODÍA",
        "vessel": "Buque",
        "cs": "Distintivo de llamada",
        "imo": "Nº OMI",
        "mmsi": "MMSI",
        "voy": "Marea nº",
        "time": "Fecha/Hora",
        "pos": "Posición",
        "cse": "Rumbo / Velocidad",
        "dist": "Millas desde mediodía",
        "wx": "Meteorología",
        "act": "Actividad",
        "area": "Zona de pesca",
        "catch": "Capturas del día",
        "cum": "Capturas acumuladas",
        "fuel": "Gasoil a bordo",
        "fw": "Agua dulce",
        "pob": "Tripulantes a bordo",
        "next": "Próximo puerto / ETA",
        "rmk": "Observaciones",
    },
}


def _species(rng: random.Random, gear: str | None, region: str) -> list[str]:
    if gear == "SQUID_JIGGER":
        return [REGION_SQUID.get(region, "OFJ")]
    pool = list(GEAR_SPECIES.get(gear or "", ("BET", "YFT", "SKJ", "ALB", "SWO")))
    return rng.sample(pool, min(len(pool), rng.randint(1, 4)))


def _species_seg(code: str, lang: str, rng: random.Random) -> Seg:
    en, es, _ = _ref.species()[code]
    form = rng.random()
    if form < 0.55:
        return (code, "SPECIES_NAME")
    return ((es if lang == "es" else en), "SPECIES_NAME")


def _report(
    v: c.Facts, rng: random.Random, lang: str, day: dt.date, region: str, owner_block: bool
) -> PageDraft:
    k = _KEYS[lang]
    page = PageDraft()
    width = max(len(x) for x in k.values()) + 1
    domain = rng.choice(SATCOM_DOMAINS)
    owner_slug = c.slug(v.owner or "fleet ops")
    sent = f"{day.strftime('%a')}, {day.day} {day.strftime('%b')} {day.year} "
    sent += f"12:{rng.randint(0, 59):02d}"
    page.line(f"From: Master <master.{c.slug(v.name)}@{domain}>")
    page.line(f"To: ops@{owner_slug}.example.com")
    if rng.random() < 0.5:
        page.line(f"Cc: fleet.monitoring@{owner_slug}.example.com")
    page.line(f"Date: {sent} +0000")
    page.line("Subject: ", k["title"], " ", (v.name, "VESSEL_NAME"), f" {day.strftime('%d/%m/%Y')}")
    page.line()
    page.line("Good day," if lang == "en" else "Buenos días,")
    page.line()
    fao, rfmo, port_codes = c.region_info(region)
    style = rng.choice(("table", "table", "prose"))

    def kv(key: str, *segs: Seg) -> None:
        page.line(f"{key:<{width}}: ", *segs)

    speed = f"{rng.uniform(0.5, 11.5):.1f}"
    pos = c.position(rng, region, rng.choice(("deg", "dash", "dec")))
    species = _species(rng, v.gear, region)
    next_port = c.port_by_code(rng.choice(port_codes))
    eta = day + dt.timedelta(days=rng.randint(2, 30))
    fuel = f"{rng.uniform(40, 600):.1f}"
    if style == "table":
        kv(k["vessel"], (v.name, "VESSEL_NAME"))
        if v.ircs or rng.random() < 0.5:
            kv(k["cs"], c.opt(v.ircs, "IRCS", "N/A"))
        ids: list[Seg] = []
        if v.imo:
            ids = [(v.imo, "IMO")]
            kv(k["imo"], *ids)
        if v.mmsi and rng.random() < 0.6:
            kv(k["mmsi"], (v.mmsi, "MMSI"))
        kv(k["voy"], f"{day.year % 100:02d}/{rng.randint(1, 12):02d}")
        kv(
            k["time"],
            f"{day.strftime('%d/%m/%Y')} 1200 SMT "
            f"(UTC{rng.choice(('+10', '+11', '-9', '+4', '+9', '-3'))})",
        )
        kv(k["pos"], pos)
        kv(k["cse"], f"{rng.randint(0, 359):03d}° / {speed} kn")
        kv(k["dist"], f"{rng.randint(8, 260)} nm")
        kv(
            k["wx"],
            f"{rng.choice(('NE', 'SE', 'SW', 'NW', 'E', 'W'))} {rng.randint(2, 7)} / "
            f"sea {rng.randint(1, 6)} / {rng.randint(998, 1024)} hPa",
        )
        acts = ("Fishing, set no. ", "Hauling, set no. ", "Drifting after set ")
        if lang == "es":
            acts = ("Faenando, lance nº ", "Virando, lance nº ", "Al garete tras lance ")
        kv(k["act"], rng.choice(acts) + str(rng.randint(3, 140)))
        area: list[Seg] = ["FAO ", (rng.choice(fao), "FAO_AREA_CODE")]
        if rfmo:
            area += [
                " / ",
                (rfmo, "RFMO_CODE"),
                " Convention Area" if lang == "en" else " zona de la Convención",
            ]
        kv(k["area"], *area)
        page.line(f"{k['catch']:<{width}}:")
        for code in species:
            qty = f"{rng.uniform(0.1, 9.0):.2f} t"
            page.line("   ", _species_seg(code, lang, rng), f"  {rng.randint(1, 180)} pcs  {qty}")
        kv(k["cum"], f"{rng.uniform(5, 400):.1f} t")
        kv(k["fuel"], f"MGO {fuel} m3 (cons. {rng.uniform(1.5, 9.0):.1f} m3/day)")
        kv(k["fw"], f"{rng.randint(10, 120)} t")
        kv(k["pob"], str(rng.randint(12, 48)))
        kv(
            k["next"],
            next_port[0],
            " (",
            (next_port[1], "PORT_ID"),
            ") ",
            eta.strftime("%d/%m %H00") if rng.random() < 0.5 else eta.strftime("%d/%m/%Y"),
        )
    else:
        segs: list[Seg] = [
            "Noon report for F/V " if lang == "en" else "Parte de mediodía del B/P ",
            (v.name, "VESSEL_NAME"),
        ]
        if v.ircs:
            segs += [" (", (v.ircs, "IRCS"), ")"]
        course, made = rng.randint(0, 359), rng.randint(8, 260)
        hauled = f"{rng.randint(3, 140)} hauled at 0{rng.randint(4, 9)}30"
        if lang == "es":
            segs.append(
                f", {day.strftime('%d.%m.%Y')}: situación {pos}, rumbo {course:03d}, "
                f"velocidad {speed} nudos, {made} millas desde ayer a mediodía. "
                f"Lance nº {hauled.replace('hauled at', 'virado a las')}, captura "
            )
        else:
            segs.append(
                f", {day.strftime('%d.%m.%Y')}: position {pos}, course {course:03d}, "
                f"speed {speed} kn, {made} nm made good since yesterday noon. "
                f"Set no. {hauled}, catch "
            )
        for i, code in enumerate(species):
            if i:
                segs.append(", ")
            segs += [f"{rng.randint(1, 180)} ", _species_seg(code, lang, rng)]
        segs += [
            ". Area FAO " if lang == "en" else ". Zona FAO ",
            (rng.choice(fao), "FAO_AREA_CODE"),
        ]
        if rfmo:
            segs += [" (", (rfmo, "RFMO_CODE"), ")"]
        water, pob = rng.randint(10, 120), rng.randint(12, 48)
        if lang == "es":
            segs.append(
                f". Gasoil a bordo {fuel} m3, agua {water} t, {pob} tripulantes sin novedad. "
                f"Próximo puerto {next_port[0]} ("
            )
        else:
            segs.append(
                f". Fuel remaining {fuel} m3, water {water} t, {pob} POB all well. "
                f"Next port {next_port[0]} ("
            )
        segs += [(next_port[1], "PORT_ID"), f"), ETA {eta.strftime('%d/%m')}."]
        page.wrap(segs, rng.choice((72, 78, 100)))
        page.line()
        if v.imo and rng.random() < 0.5:
            page.line("IMO ", (v.imo, "IMO"), " / MMSI ", c.opt(v.mmsi, "MMSI", "pending"))
    if rng.random() < 0.5:
        lic_end = (
            dt.date(day.year, 12, 31)
            if rng.random() < 0.5
            else eta + dt.timedelta(days=rng.randint(5, 60))
        )
        page.wrap(
            [
                f"{k['rmk']}: ",
                ("Fishing licence", "AUTH_TYPE")
                if lang == "en"
                else ("licencia de pesca", "AUTH_TYPE"),
                " ",
                (
                    f"{rng.choice(('KI', 'FM', 'MH', 'SC', 'MU'))}/"
                    f"{rng.choice(('LL', 'PS', 'SJ'))}/{day.year}/{rng.randint(10, 999):03d}",
                    "LICENSE_NO",
                ),
                " valid until " if lang == "en" else " válida hasta ",
                (c.fmt_date(lic_end, "dmy"), "END_DATE"),
                f". Observer on board (ID OBS-{rng.randint(1000, 9999)}), call {c.satphone(rng)}."
                if lang == "en"
                else f". Observador a bordo (ID OBS-{rng.randint(1000, 9999)}), "
                f"tel. {c.satphone(rng)}.",
            ],
            76,
        )
        page.line()
    page.line()
    page.line("Best regards," if lang == "en" else "Saludos,")
    page.line(f"Capt. {c.person(rng)}")
    page.line("Master, F/V ", (v.name, "VESSEL_NAME"))
    page.line(f"Inmarsat-C {c.inmarsat_c(rng)} | Iridium {c.satphone(rng)}")
    if owner_block and v.owner:
        street, city, state, iso3 = c.address(rng, v.flag, f"{v.owner} {v.port}")
        page.line()
        page.add(
            "-- ",
            "\n",
            (v.owner, "ASSOC_NAME"),
            " (",
            ("owners", "ASSOC_ROLE") if lang == "en" else ("armador", "ASSOC_ROLE"),
            ")\n",
        )
        page.add((street, "ADDRESS"), ", ", (city, "CITY"))
        if state:
            page.add(", ", (state, "STATE"))
        page.line(", ", (c.country(iso3) or iso3, "COUNTRY_CODE"))
        page.line(f"Tel {c.phone(rng)}  Fax {c.phone(rng)}")
    return page


def _reply(v: c.Facts, other: c.Facts, rng: random.Random, day: dt.date) -> PageDraft:
    page = PageDraft()
    owner_slug = c.slug(v.owner or "fleet ops")
    page.line(f"From: Operations <ops@{owner_slug}.example.com>")
    page.line(f"To: master.{c.slug(v.name)}@{rng.choice(SATCOM_DOMAINS)}")
    page.line(
        f"Date: {day.strftime('%a')}, {day.day} {day.strftime('%b')} {day.year} "
        f"14:{rng.randint(0, 59):02d} +0800"
    )
    page.line("Subject: RE: NOON REPORT ", (v.name, "VESSEL_NAME"))
    page.line()
    page.line("Dear Captain,")
    page.line()
    segs: list[Seg] = [
        "Well received, thank you. Please plan transhipment at sea with the carrier ",
        (other.name, "VESSEL_NAME"),
    ]
    if other.ircs:
        segs += [" (call sign ", (other.ircs, "IRCS"), ")"]
    if other.imo:
        segs += [", IMO ", (other.imo, "IMO")]
    if other.flag:
        segs += [", flag ", (c.country(other.flag) or other.flag, "FLAG")]
    segs += [
        f", rendezvous on or about "
        f"{(day + dt.timedelta(days=rng.randint(3, 12))).strftime('%d %B')}. "
        f"Carrier agent reference {c.ref_no(rng, 'TS')}. The carrier will contact you on VHF "
        f"channel {rng.randint(6, 77)}; the transhipment declaration must be sent to us within "
        f"24 hours of completion.",
    ]
    page.wrap(segs, 78)
    page.line()
    page.line()
    page.wrap(
        [
            f"Bunker quotation for your next call: MGO USD {rng.randint(640, 980)}/mt, "
            f"delivery by barge, minimum {rng.randint(50, 150)} mt. Account no. "
            f"{rng.randint(10_000_000, 99_999_999)} to be quoted on the delivery note. "
            "Please confirm the quantity you need by return.",
        ],
        78,
    )
    page.line()
    page.line()
    page.line("Best regards,")
    page.line(f"{c.person(rng)}")
    page.add("Fleet Operations, ")
    page.line((v.owner, "ASSOC_NAME") if v.owner else "Operations Dept.")
    page.line(f"Mobile {c.phone(rng)}  24h duty {c.phone(rng)}")
    page.line()
    page.line("> -----Original Message-----")
    page.line(f"> Subject: NOON REPORT {day.strftime('%d/%m/%Y')}")
    page.line(f"> Position {c.position(rng, 'wcp', 'deg')}, all well.")
    return page


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    chosen = c.pick_vessels(vessels, rng, 2)
    v, other = chosen[0], chosen[-1]
    lang = "es" if (v.flag == "ESP" or rng.random() < 0.25) else "en"
    region = c.region_for(rng, v.gear)
    day = c.some_day(rng)
    pages = [_report(v, rng, lang, day, region, owner_block=rng.random() < 0.6)]
    if rng.random() < 0.35 and other is not v:
        pages.append(_reply(v, other, rng, day))
    if rng.random() < 0.2:
        pages.append(_report(v, rng, lang, day + dt.timedelta(days=1), region, owner_block=False))
    for page in pages:
        pad(page, rng.randint(760, 950), _FOOTERS[lang], rng)
    return pages
