"""A diver's underwater hull inspection report (en/es): particulars, findings, photo list."""

from __future__ import annotations

import random
from typing import Any

from oceanid_dev.demo.vessels import Vessel

from . import _common as c
from ._page import PageDraft, Seg, pad
from ._vocab import PORTS, YARDS

LAYOUT = "hull_dive_inspection"

_FIRMS = (
    "Blue Depth Marine Services",
    "Subsea Hull Care Ltd",
    "Buceo Industrial Atlántico SL",
    "Harbour Divers & Co",
    "Servicios Subacuáticos del Pacífico",
)
_CLASS = ("NK", "KR", "CCS", "BV", "RS", "DNV", "ABS")
_T: dict[str, dict[str, Any]] = {
    "en": {
        "title": "UNDERWATER HULL INSPECTION REPORT",
        "no": "Report No.",
        "date": "Date of inspection",
        "place": "Location",
        "client": "Client",
        "role": "owners",
        "agents": "vessel's agents",
        "attending": "Attending surveyor",
        "part": "VESSEL PARTICULARS",
        "name": "Vessel name",
        "imo": "IMO number",
        "cs": "Call sign",
        "flag": "Flag",
        "port": "Port of registry",
        "class": "Class / Class No.",
        "gt": "Gross tonnage",
        "loa": "Length overall",
        "br": "Breadth",
        "built": "Built",
        "by": " by ",
        "ex": "Ex-name",
        "cond": "CONDITIONS",
        "vis": "Visibility {v} m, water temp. {w} °C, current {k} kn, draught F {f} m / A {a} m",
        "divers": "Dive team",
        "findings": "FINDINGS",
        "cols": ("Item", "Findings", "Rating"),
        "items": (
            (
                "Hull plating, port",
                "Light slime and weed approx. {p} %, coating breakdown at boot-top about {q} %",
                "FAIR",
            ),
            (
                "Hull plating, stbd",
                "Barnacle growth {p} % aft of midships, no pitting seen",
                "FAIR",
            ),
            (
                "Bow / stem",
                "Contact damage {x} x {y} cm above keel, paint scraped, no indentation",
                "NOTE",
            ),
            (
                "Sea chests (2)",
                "Gratings intact and secured, {p} % blocked, cleaned by diver",
                "GOOD",
            ),
            (
                "Propeller",
                "{n}-blade FPP, dia. {d} m, leading edge nick blade no. 3 approx. {q} mm",
                "FAIR",
            ),
            ("Rudder", "Pintle clearance {q} mm (limit 8 mm), plating sound", "GOOD"),
            (
                "Sacrificial anodes",
                "Wastage 30-60 %, {n} of 18 to be renewed at next docking",
                "POOR",
            ),
            ("Transducers", "Echo sounder and sonar windows clean, no damage", "GOOD"),
        ),
        "marks": "Hull markings: name and port of registry legible on stern",
        "imo_mark": "IMO number {imo} welded on transom, legible",
        "cs_mark": "call sign {cs} painted on wheelhouse top",
        "photos": "PHOTOGRAPHS",
        "sup": "Diving supervisor",
        "concl": (
            "The underwater hull was found in fair condition for a vessel of this age. No "
            "damage requiring immediate repair was found. Anodes should be renewed at the "
            "next dry-docking and the sea chests inspected again within six months.",
            "This report states the condition seen on the date of inspection in the stated "
            "visibility; it is not a class survey and does not replace one.",
        ),
        "shots": (
            "Bow, port side, general view",
            "Stem, contact damage close-up",
            "Sea chest grating, stbd",
            "Propeller, blade no. 3 edge",
            "Rudder pintle",
            "Anode no. {n}, wastage",
            "Echo sounder transducer",
            "Boot-top coating",
            "Stern, name and port marking",
            "Bilge keel, port aft",
        ),
    },
    "es": {
        "title": "INFORME DE INSPECCIÓN SUBACUÁTICA DEL CASCO",
        "no": "Informe nº",
        "date": "Fecha de inspección",
        "place": "Lugar",
        "client": "Cliente",
        "role": "armador",
        "agents": "consignatario del buque",
        "attending": "Inspector asistente",
        "part": "DATOS DEL BUQUE",
        "name": "Nombre del buque",
        "imo": "Número OMI",
        "cs": "Distintivo de llamada",
        "flag": "Pabellón",
        "port": "Puerto de matrícula",
        "class": "Sociedad de clasificación / Nº",
        "gt": "Arqueo bruto",
        "loa": "Eslora total",
        "br": "Manga",
        "built": "Construido",
        "by": " en ",
        "ex": "Nombre anterior",
        "cond": "CONDICIONES",
        "vis": "Visibilidad {v} m, agua {w} °C, corriente {k} nudos, calados Pr {f} m / Pp {a} m",
        "divers": "Equipo de buceo",
        "findings": "RESULTADOS",
        "cols": ("Elemento", "Observaciones", "Estado"),
        "items": (
            (
                "Forro babor",
                "Verdín y algas aprox. {p} %, pintura deteriorada en línea de flotación {q} %",
                "REGULAR",
            ),
            (
                "Forro estribor",
                "Incrustaciones {p} % a popa de la maestra, sin picaduras",
                "REGULAR",
            ),
            (
                "Proa / roda",
                "Golpe de {x} x {y} cm sobre la quilla, pintura rayada, sin abolladura",
                "NOTA",
            ),
            ("Tomas de mar (2)", "Rejillas completas, {p} % obstruidas, limpiadas", "BUENO"),
            ("Hélice", "{n} palas paso fijo, diámetro {d} m, mella en pala 3 de {q} mm", "REGULAR"),
            ("Timón", "Huelgo del macho {q} mm (límite 8 mm)", "BUENO"),
            (
                "Ánodos de sacrificio",
                "Desgaste 30-60 %, {n} de 18 a renovar en próxima varada",
                "MALO",
            ),
        ),
        "marks": "Marcas del casco: nombre y puerto de matrícula legibles en popa",
        "imo_mark": "número OMI {imo} soldado en espejo de popa, legible",
        "cs_mark": "distintivo {cs} pintado sobre el puente",
        "photos": "FOTOGRAFÍAS",
        "sup": "Jefe de equipo de buceo",
        "concl": (
            "La obra viva se encuentra en estado aceptable para la edad del buque. No se han "
            "observado daños que requieran reparación inmediata. Se recomienda renovar ánodos "
            "en la próxima varada y revisar las tomas de mar en seis meses.",
            "Este informe refleja el estado observado en la fecha y visibilidad indicadas; no "
            "es un reconocimiento de clase ni lo sustituye.",
        ),
        "shots": (
            "Proa, costado babor, vista general",
            "Roda, detalle del golpe",
            "Rejilla toma de mar estribor",
            "Hélice, borde pala 3",
            "Macho del timón",
            "Ánodo nº {n}, desgaste",
            "Transductor de sonda",
            "Línea de flotación",
            "Popa, nombre y puerto",
        ),
    },
}


def _fill(text: str, rng: random.Random) -> str:
    return text.format(
        p=rng.randint(5, 60),
        q=rng.randint(2, 12),
        x=rng.randint(10, 60),
        y=rng.randint(5, 30),
        n=rng.randint(3, 5),
        d=f"{rng.uniform(1.6, 3.4):.1f}",
    )


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    v = c.pick_vessels(vessels, rng, 1)[0]
    lang = "es" if (v.flag == "ESP" or rng.random() < 0.3) else "en"
    t = _T[lang]
    day = c.some_day(rng)
    port = rng.choice(PORTS)
    report_no = f"UW-{day.year % 100:02d}-{rng.randint(100, 9999):04d}"
    page = PageDraft()
    page.line(rng.choice(_FIRMS).upper())
    page.line(f"Tel {c.phone(rng)} · ops@{c.slug(rng.choice(_FIRMS))}.example.com")
    page.line()
    page.line(t["title"])
    page.line()
    page.line(
        f"{t['no']}: {report_no}          "
        f"{t['date']}: {c.fmt_date(day, c.date_style(rng, lang), lang)}"
    )
    page.line(
        f"{t['place']}: {port[0]} (",
        (port[1], "PORT_ID"),
        f"), {'berth' if lang == 'en' else 'muelle'} {rng.randint(1, 30)}",
    )
    if v.owner:
        page.line(f"{t['client']}: ", (v.owner, "ASSOC_NAME"), " (", (t["role"], "ASSOC_ROLE"), ")")
    else:
        page.line(f"{t['client']}: {t['agents']}, PO {rng.randint(10000, 99999)}")
    page.line(f"{t['attending']}: {c.person(rng)} ({rng.choice(_CLASS)})")
    page.line()
    page.line(t["part"])
    kw = 34

    def kv(key: str, *segs: Seg) -> None:
        page.line(f"  {key:<{kw}}", *segs)

    kv(t["name"], (v.name, "VESSEL_NAME"))
    kv(t["imo"], c.opt(v.imo, "IMO", "N/A"))
    kv(t["cs"], c.opt(v.ircs, "IRCS", "—"))
    if v.flag:
        kv(t["flag"], (c.country(v.flag, lang) or v.flag, "FLAG"))
    if v.port:
        segs: list[Seg] = [(c.port_name(v.port, rng), "HOME_PORT")]
        if v.flag and rng.random() < 0.5:
            segs += [" (", (c.country(v.flag, lang) or v.flag, "HOME_PORT_STATE"), ")"]
        kv(t["port"], *segs)
    if rng.random() < 0.6:
        kv(
            t["class"],
            f"{rng.choice(_CLASS)} / ",
            (f"{rng.randint(100000, 999999)}", "OTHER_EXT_ID"),
        )
    if v.gross_tonnage:
        page.line("  ", *c.metric(t["gt"], v.gross_tonnage, None, " " * (kw - len(t["gt"]))))
    if v.length_m:
        page.line("  ", *c.metric(t["loa"], v.length_m, "m", " " * (kw - len(t["loa"]))))
    breadth = f"{rng.uniform(6.5, 16.5):.2f}"
    page.line("  ", *c.metric(t["br"], breadth, "m", " " * (kw - len(t["br"]))))
    if v.build_year:
        built: list[Seg] = [(v.build_year, "BUILD_YEAR")]
        yard_flag = v.flag if v.flag in YARDS else None
        if yard_flag and rng.random() < 0.7:
            built += [
                t["by"],
                (rng.choice(YARDS[yard_flag]), "BUILDER_LOCATION"),
                ", ",
                (c.country(yard_flag, lang) or yard_flag, "BUILD_COUNTRY"),
            ]
        kv(t["built"], *built)
    if v.former_name:
        kv(t["ex"], (v.former_name, "NAME_CHANGE"))
    page.line()
    page.line(t["cond"])
    page.wrap(
        [
            t["vis"].format(
                v=f"{rng.uniform(0.8, 8):.1f}",
                w=rng.randint(8, 29),
                k=f"{rng.uniform(0, 1.2):.1f}",
                f=f"{rng.uniform(3, 5.5):.1f}",
                a=f"{rng.uniform(4, 7):.1f}",
            )
        ],
        84,
        indent="  ",
    )
    page.line()
    page.line(
        f"  {t['divers']}: {c.person(rng)} (ADAS {rng.randint(1000, 99999)}), "
        f"{c.person(rng)}, {c.person(rng)}; "
        f"dive {rng.randint(6, 11):02d}10-{rng.randint(12, 16):02d}45 LT"
    )

    second = PageDraft()
    second.line(f"{report_no} — {t['findings']} — ", (v.name, "VESSEL_NAME"))
    second.line()
    cols = t["cols"]
    second.line(f"{cols[0]:<22}{cols[1]:<52}{cols[2]}")
    second.line("-" * 82)
    for item, text, rating in rng.sample(t["items"], rng.randint(5, len(t["items"]))):
        second.add(f"{item:<22}")
        second.wrap([_fill(text, rng)], 72, indent=" " * 22, column=22)
        second.line(f"  {rating}")
    second.line("-" * 82)
    marks: list[Seg] = [t["marks"]]
    if v.imo:
        marks += ["; ", *_split(t["imo_mark"], "{imo}", (v.imo, "IMO"))]
    if v.ircs:
        marks += ["; ", *_split(t["cs_mark"], "{cs}", (v.ircs, "IRCS"))]
    marks.append(".")
    second.wrap(marks, 82)
    second.line()
    second.line()
    for para in t["concl"][:1]:
        second.wrap([para], 82)
        second.line()

    third = PageDraft()
    third.line(f"{report_no} — {t['photos']} — ", (v.name, "VESSEL_NAME"))
    third.line()
    img = rng.randint(1000, 8000)
    for i, shot in enumerate(rng.sample(t["shots"], rng.randint(6, len(t["shots"]))), start=1):
        img += rng.randint(1, 4)
        third.line(f"Photo {i:02d}   IMG_{img}.JPG   {_fill(shot, rng)}")
    third.line()
    third.line(
        f"{t['sup']}: {c.person(rng)}   "
        f"Cert. {rng.choice(('HSE', 'ADCI', 'IMCA'))}-{rng.randint(10000, 99999)}"
    )
    third.line(f"Video: {rng.randint(1, 4)} files, {rng.randint(20, 95)} min, ref. {report_no}-V")

    if rng.random() < 0.4:
        second.line()
        second.extend(third)
        pages = [page, second]
    else:
        pages = [page, second, third]
    for p in pages:
        pad(p, rng.randint(760, 900), t["concl"], rng)
    return pages


def _split(template: str, key: str, value: tuple[str, str]) -> list[Seg]:
    head, tail = template.split(key)
    return [head, value, tail]
