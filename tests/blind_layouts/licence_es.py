"""Blind layout `licence_es`: a Spanish-language fishing permit for one vessel (test-only data,
written without reading the extractor).

Letterhead of an issuing authority, a title "PERMISO DE PESCA Nº ..." (AUTH_TYPE, LICENSE_NO),
key-value lines in Spanish ("Nombre del buque:", "Matrícula:", "Número OMI:", "Indicativo de
llamada:", "Puerto base:", "Eslora total (m):", "Arqueo bruto (GT):"), the armador with an
address, species in Spanish with their ASFIS codes, the FAO area, the validity ("desde ... hasta
...", or two dated lines) and an unlabelled place and date of issue. Numbers use the decimal
comma. Keys are unlabelled except metric wordings, the associate's role and an RFMO acronym.
"""

from __future__ import annotations

import random

from oceanid_dev.demo.vessels import Vessel

from . import _values as val
from ._core import Cell, PageContext, PageText, cell, key_value

NAME = "licence_es"
PAGES_PER_DOC = 1

T, U = "METRIC_TYPE", "METRIC_UNIT"
_ISSUERS = (
    ("REPÚBLICA DEL PERÚ", "MINISTERIO DE LA PRODUCCIÓN", "Dirección General de Pesca", "Lima"),
    (
        "REPÚBLICA DE PANAMÁ",
        "AUTORIDAD DE LOS RECURSOS ACUÁTICOS DE PANAMÁ",
        "Dirección General de Ordenación",
        "Panamá",
    ),
    (
        "REINO DE ESPAÑA",
        "MINISTERIO DE AGRICULTURA, PESCA Y ALIMENTACIÓN",
        "Secretaría General de Pesca",
        "Madrid",
    ),
    (
        "REPÚBLICA DEL ECUADOR",
        "MINISTERIO DE PRODUCCIÓN",
        "Viceministerio de Acuacultura y Pesca",
        "Manta",
    ),
    (
        "REPÚBLICA DE CHILE",
        "SUBSECRETARÍA DE PESCA Y ACUICULTURA",
        "División de Administración Pesquera",
        "Valparaíso",
    ),
)
# Licence numbers end with the issuing body's acronym, keyed here by the issuing city.
_SUFFIX = {
    "Lima": "PRODUCE",
    "Panamá": "ARAP",
    "Madrid": "SGP",
    "Manta": "VAP",
    "Valparaíso": "SUBPESCA",
}
_AUTH = (
    "PERMISO DE PESCA",
    "LICENCIA DE PESCA",
    "Autorización de pesca",
    "LICENCIA DE PESCA INTERNACIONAL",
)
_NONE = ("—", "No tiene", "No asignado", "S/N", "-")


def _vessel_block(page: PageText, rng: random.Random, v: Vessel, width: int, style: str) -> None:
    def kv(key: str | Cell, value: Cell) -> None:
        key_value(page, cell(key) if isinstance(key, str) else key, value, width, style)

    def opt(value: str | None, label: str) -> Cell:
        return cell(value, label) if value else cell(rng.choice(_NONE))

    flag = val.flag_code(v)
    kv(
        rng.choice(("Nombre del buque", "Nombre de la embarcación", "Buque")),
        cell(v.name, "VESSEL_NAME"),
    )
    if v.former_name:
        kv(rng.choice(("Nombre anterior", "Ex nombre")), cell(v.former_name, "NAME_CHANGE"))
    kv(rng.choice(("Bandera", "Pabellón")), opt(flag and val.flag_text(rng, flag, "es"), "FLAG"))
    kv(
        rng.choice(("Matrícula", "Nº Matrícula", "Número de registro")),
        cell(val.national_reg(v), "NATIONAL_REG_NO"),
    )
    kv(rng.choice(("Número OMI", "Nº OMI", "OMI")), opt(v.imo, "IMO"))
    kv(
        rng.choice(("Indicativo de llamada", "Distintivo de llamada", "Señal distintiva")),
        opt(val.ircs_of(v), "IRCS"),
    )
    kv(rng.choice(("MMSI", "Nº MMSI")), opt(v.mmsi, "MMSI"))
    cfr = val.cfr_of(v)
    if cfr:  # EU-flagged vessels carry their fleet-register number
        kv(rng.choice(("Nº CFR", "CFR (Registro de Flota UE)")), cell(cfr, "EU_CFR"))
    port = val.port_parts(v)
    if port:
        value: Cell = cell(port[0], "HOME_PORT")
        if flag and rng.random() < 0.6:
            value += ((" (", None), (val.country(flag, "es"), "HOME_PORT_STATE"), (")", None))
        kv(rng.choice(("Puerto base", "Puerto de matrícula")), value)
    if v.length_m:
        loa = val.fmt_number(v.length_m, "es")
        if rng.random() < 0.5:
            kv(
                (("Eslora total", T), (" (", None), ("m", U), (")", None)),
                cell(loa, "METRIC_VALUE"),
            )
        else:
            kv(cell("Eslora", T), ((loa, "METRIC_VALUE"), (" ", None), ("m", U)))
    if v.gross_tonnage:
        gt = val.fmt_number(v.gross_tonnage, "es", rng.random() < 0.5)
        word, unit = rng.choice(
            (("Arqueo bruto", "GT"), ("Tonelaje de registro bruto", "TRB"), ("Arqueo", "AB"))
        )
        kv((((word, T), (" (", None), (unit, U), (")", None))), cell(gt, "METRIC_VALUE"))
    if rng.random() < 0.5:
        kv(
            (("Potencia del motor", T), (" (", None), ("kW", U), (")", None)),
            cell(val.engine_kw(v), "METRIC_VALUE"),
        )
    if v.build_year:
        kv(
            rng.choice(("Año de construcción", "Año construcción")),
            cell(v.build_year, "BUILD_YEAR"),
        )
    place = val.build_place(v)
    if place and rng.random() < 0.5:
        kv(
            "Lugar de construcción",
            (
                (place[0], "BUILDER_LOCATION"),
                (", ", None),
                (val.country(place[1], "es"), "BUILD_COUNTRY"),
            ),
        )
    gear = val.gear_text(v, "es") if v.gear != "CARRIER" else None  # a reefer has no gear
    if gear:
        kv("Arte de pesca", cell(gear))


def _owner_block(page: PageText, rng: random.Random, v: Vessel, width: int, style: str) -> None:
    role = rng.choice(("Armador", "Propietario", "Armador / Operador"))
    key_value(page, cell(role, "ASSOC_ROLE"), cell(val.owner_of(v), "ASSOC_NAME"), width, style)
    addr = val.address_of(v)
    value: Cell = cell(addr.street, "ADDRESS")
    if addr.city:
        value += ((", ", None), (addr.city, "CITY"))
    if addr.state:
        value += ((", ", None), (addr.state, "STATE"))
    if addr.country_iso3:
        value += ((", ", None), (val.country(addr.country_iso3, "es"), "COUNTRY_CODE"))
    key_value(
        page, cell(rng.choice(("Domicilio", "Dirección", "Domicilio legal"))), value, width, style
    )
    if rng.random() < 0.5:
        agent = rng.choice(
            (
                "AGENCIA MARÍTIMA DEL PACÍFICO S.A.C.",
                "NAVIERA AUSTRAL S.A.",
                "SERVICIOS PESQUEROS DEL SUR LTDA.",
            )
        )
        key_value(
            page, cell("Agente marítimo", "ASSOC_ROLE"), cell(agent, "ASSOC_NAME"), width, style
        )


def build(ctx: PageContext, vessels: list[Vessel]) -> PageText:
    rng = ctx.rng
    country, ministry, office, city = rng.choice(_ISSUERS)
    with_owner = [v for v in vessels if v.owner]
    spanish = [v for v in vessels if val.flag_code(v) == "ESP"]
    if country == "REINO DE ESPAÑA" and spanish and rng.random() < 0.8:
        pool = spanish  # Spain licenses its own fleet
    else:
        pool = with_owner if with_owner and rng.random() < 0.8 else vessels
    v = rng.choice(pool)
    rfmo = val.rfmo_for(v, rng)
    width, style = rng.randint(22, 30), rng.choice(("colon", "pad", "dots", "tab"))
    start, end = val.validity(rng)
    date_style = rng.choice(("long_es", "dmy"))

    page = PageText()
    page.line(country).line(ministry).line(office).line()
    number = f"{rng.randint(1, 999):04d}-{start.year}-{_SUFFIX[city]}"
    page.line(" " * 12, (rng.choice(_AUTH), "AUTH_TYPE"), " Nº ", (number, "LICENSE_NO")).line()
    page.add("Visto el expediente presentado, se autoriza al buque que se indica a continuación a ")
    page.add("realizar actividades de pesca conforme a las medidas de conservación de la ")
    page.add(rfmo.es, "RFMO_CODE").add(".\n\n")
    page.line("I. DATOS DEL BUQUE")
    _vessel_block(page, rng, v, width, style)
    key_value(
        page,
        (("Nº registro ", None), (rfmo.es, "RFMO_CODE")),
        cell(rfmo.vessel_id(v), "RFMO_ID"),
        width,
        style,
    )
    page.line().line("II. ARMADOR")
    _owner_block(page, rng, v, width, style)
    page.line().line("III. CONDICIONES DE LA AUTORIZACIÓN")
    species: Cell = ()
    for i, code in enumerate(rng.sample(rfmo.species, min(3, len(rfmo.species)))):
        species += ((", ", None),) if i else ()
        species += (
            (val.species_name(code, "es"), "SPECIES_NAME"),
            (" (", None),
            (code, "SPECIES_NAME"),
            (")", None),
        )
    key_value(page, cell("Especies autorizadas"), species, width, style)
    area = rng.choice(rfmo.areas)
    key_value(
        page,
        cell("Zona de pesca"),
        (("Área FAO " if "." not in area else "Subárea FAO ", None), (area, "FAO_AREA_CODE")),
        width,
        style,
    )
    if rng.random() < 0.5:
        validity: Cell = (
            ("desde el ", None),
            (val.fmt_date(start, date_style), "START_DATE"),
            (" hasta el ", None),
            (val.fmt_date(end, date_style), "END_DATE"),
        )
        key_value(page, cell("Vigencia"), validity, width, style)
    else:
        key_value(
            page,
            cell("Fecha de inicio"),
            cell(val.fmt_date(start, "dmy"), "START_DATE"),
            width,
            style,
        )
        key_value(
            page,
            cell("Fecha de vencimiento"),
            cell(val.fmt_date(end, "dmy"), "END_DATE"),
            width,
            style,
        )
    page.line().add(
        "El presente documento deberá encontrarse a bordo y ser exhibido a requerimiento de la "
    )
    page.add(
        "autoridad competente. Su incumplimiento dará lugar a las sanciones previstas en la "
        "normativa vigente.\n\n"
    )
    issued = start.replace(day=1).toordinal() - rng.randint(5, 40)
    page.line(f"{city}, {val.fmt_date(start.fromordinal(issued), 'long_es')}").line().line()
    page.line("______________________________").line(
        rng.choice(("Director General", "Jefe de la Oficina de Licencias"))
    )
    return page
