"""A salvor's summary of a Lloyd's Open Form salvage agreement (or a towage contract): the
boxes of the form, the casualty's and the tug's particulars, a chronology and the security
(en / es)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

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
    invent_call_sign,
    invent_imo,
    invent_mmsi,
    loa_value,
    money,
    owner_of,
    phone,
    pick,
    placeholder,
    position,
    rand_date,
    year_value,
)
from ._page import PageDraft
from ._vocab import PEOPLE, PORTS, SALVORS, TUG_NAMES

LAYOUT = "salvage_agreement_summary"

TUG_FLAGS = ("NLD", "ESP", "FRA", "SGP", "MUS", "ZAF", "NOR", "GBR", "URY")


@dataclass(frozen=True)
class Tug:
    name: str
    flag: str
    imo: str
    mmsi: str | None
    call_sign: str | None
    bollard_pull: str
    power: str


def _tug(rng: random.Random) -> Tug:
    flag = rng.choice(TUG_FLAGS)
    return Tug(
        rng.choice(TUG_NAMES),
        flag,
        invent_imo(rng),
        invent_mmsi(flag, rng),
        invent_call_sign(flag, rng),
        str(rng.choice((65, 80, 120, 150, 205, 285))),
        str(rng.choice((4400, 6000, 8800, 12000, 16800, 20000))),
    )


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choice(("en", "en", "es"))
    kind = rng.choice(("lof", "lof", "towage"))
    casualties = pick(vessels, rng, 2 if rng.random() < 0.25 else 1)
    tug = _tug(rng)
    salvor = rng.choice(SALVORS)
    day = rand_date(rng)
    ref = f"{rng.choice(('SV', 'CAS', 'TW'))}-{day.year}-{rng.randint(1, 999):04d}"
    place, locode, _ = rng.choice(PORTS)
    master = rng.choice(PEOPLE)
    signer = rng.choice([p for p in PEOPLE if p != master])

    page = PageDraft()
    page.line(f"{salvor.upper()} - {'CASUALTY DESK' if lang == 'en' else 'CENTRO DE OPERACIONES'}")
    page.line(f"24h: {phone(rng)}   ops@{salvor.split()[0].lower()}.example")
    page.nl()
    if kind == "lof":
        title = {
            "en": "SALVAGE AGREEMENT SUMMARY - LLOYD'S OPEN FORM (LOF 2020)",
            "es": "RESUMEN DEL CONTRATO DE SALVAMENTO - LLOYD'S OPEN FORM (LOF 2020)",
        }
    else:
        title = {
            "en": "TOWAGE AGREEMENT - SUMMARY OF PRINCIPAL TERMS (TOWCON)",
            "es": "CONTRATO DE REMOLQUE - RESUMEN DE CONDICIONES (TOWCON)",
        }
    page.line(title[lang])
    page.line(
        f"{'Our ref' if lang == 'en' else 'Nuestra ref.'}: {ref}    "
        f"{'Date' if lang == 'en' else 'Fecha'}: {fmt_date(day, 'long', lang)}"
    ).nl()
    first = casualties[0]
    if kind == "lof":
        _boxes_lof(page, lang, rng, salvor, first, place, day, signer, master)
    else:
        _boxes_towage(page, lang, rng, salvor, first, tug, place, day)
    pages = [page]
    second = PageDraft()
    for number, cas in enumerate(casualties, 1):
        block = PageDraft()
        heading = "CASUALTY PARTICULARS" if lang == "en" else "DATOS DEL BUQUE ASISTIDO"
        block.nl().line(heading + (f" ({number})" if len(casualties) > 1 else ""))
        _particulars(block, cas, lang, rng)
        target = pages[-1] if pages[-1].room(len(block), 2700) else second
        if target is second and second not in pages:
            pages.append(second)
        target.extend(block)
    tug_block = PageDraft()
    _tug_particulars(tug_block, tug, lang, rng, salvor)
    _chronology(tug_block, lang, rng, casualties, tug, place, locode, day)
    if pages[-1].room(len(tug_block), 2750):
        pages[-1].extend(tug_block)
    else:
        pages.append(tug_block)
    if len(pages) < 3 and rng.random() < 0.5:
        extra = PageDraft()
        _security(extra, lang, rng, first)
        pages.append(extra)
    for p in pages:
        fill_to(p, lang, rng)
    return footer(pages, lang, ref)


def _kv(
    page: PageDraft, key: str, value: str | None, label: str | None, lang: str, rng: random.Random
) -> None:
    page.add(key)
    if value is None:
        page.line(placeholder(lang, rng))
    else:
        page.val(value, label).nl()


def _boxes_lof(
    page: PageDraft,
    lang: str,
    rng: random.Random,
    salvor: str,
    cas: Ident,
    place: str,
    day: dt.date,
    signer: str,
    master: str,
) -> None:
    en = lang == "en"
    page.add("Box 1  " + ("Name of the salvage Contractor: " if en else "Nombre del salvador: "))
    page.val(salvor, "ASSOC_NAME").nl()
    page.add(
        "Box 2  "
        + (
            "Property to be salved: the vessel "
            if en
            else "Bienes objeto del salvamento: el buque "
        )
    )
    page.val(cas.name, "VESSEL_NAME")
    page.line(
        ", her cargo, freight, bunkers and stores"
        if en
        else ", su carga, flete, combustible y pertrechos"
    )
    page.line("Box 3  " + ("Agreed place of safety: " if en else "Lugar seguro acordado: ") + place)
    page.line(
        "Box 4  "
        + ("Currency of award and security: " if en else "Moneda: ")
        + rng.choice(("USD", "EUR", "GBP"))
    )
    page.line(
        "Box 5  "
        + ("Date of this agreement: " if en else "Fecha del contrato: ")
        + fmt_date(day, "long", lang)
    )
    page.line(
        "Box 6  " + ("Place of agreement: " if en else "Lugar del contrato: ") + position(rng)
    )
    page.line(
        "Box 7  "
        + ("SCOPIC clause incorporated: " if en else "Cláusula SCOPIC: ")
        + rng.choice(("YES", "NO"))
    )
    page.add("Box 8  " + ("Signed for the Contractor: " if en else "Firmado por el salvador: "))
    page.line(signer)
    page.add(
        "Box 9  " + ("Signed for the property: Capt. " if en else "Firmado por los bienes: Cap. ")
    )
    page.val(master, "ASSOC_NAME").add(", ").val("Master" if en else "Capitán", "ASSOC_ROLE")
    page.add(" of the " if en else " del buque ").val(cas.name, "VESSEL_NAME")
    page.add(", on behalf of the owners, " if en else ", en nombre del armador, ")
    page.val(owner_of(cas), "ASSOC_NAME").nl()


def _boxes_towage(
    page: PageDraft,
    lang: str,
    rng: random.Random,
    salvor: str,
    cas: Ident,
    tug: Tug,
    place: str,
    day: dt.date,
) -> None:
    en = lang == "en"
    page.add("1. " + ("Tugowner: " if en else "Armador del remolcador: "))
    page.val(salvor, "ASSOC_NAME").nl()
    page.add("2. " + ("Hirer: " if en else "Arrendatario: "))
    page.val(owner_of(cas), "ASSOC_NAME").nl()
    page.add("3. " + ("Tug: " if en else "Remolcador: ")).val(tug.name, "VESSEL_NAME").nl()
    page.add("4. " + ("Tow: F/V " if en else "Objeto remolcado: B/P "))
    page.val(cas.name, "VESSEL_NAME").add(" (" + ("dead ship, " if en else "sin propulsión, "))
    page.add(f"{rng.randint(18, 45)} {'crew' if en else 'tripulantes'})").nl()
    dep = position(rng)
    page.line("5. " + ("Place of departure: " if en else "Lugar de salida: ") + dep)
    page.line("6. " + ("Place of destination: " if en else "Lugar de destino: ") + place)
    page.line(
        "7. " + ("Lump sum: " if en else "Suma alzada: ") + "USD " + money(rng, 90_000, 900_000)
    )
    page.line(
        "8. "
        + ("Delay payment per day: " if en else "Demora por día: ")
        + "USD "
        + money(rng, 4_000, 30_000)
    )
    page.line(
        "9. "
        + ("Date of contract: " if en else "Fecha del contrato: ")
        + fmt_date(day, "dmy", lang)
    )


def _metric(page: PageDraft, name: str, value: str, unit: str) -> None:
    page.val(name, "METRIC_TYPE").add(": ").val(value, "METRIC_VALUE").add(" ")
    page.val(unit, "METRIC_UNIT").nl()


def _particulars(page: PageDraft, cas: Ident, lang: str, rng: random.Random) -> None:
    en = lang == "en"
    width = 22
    page.pad("Name:" if en else "Nombre:", width).val(cas.name, "VESSEL_NAME").nl()
    page.pad("Flag:" if en else "Bandera:", width)
    if cas.flag:
        page.val(flag_text(cas.flag, lang, rng), "FLAG").nl()
    else:
        page.line(placeholder(lang, rng))
    page.pad("IMO No.:" if en else "N.º OMI:", width)
    _value_or_placeholder(page, cas.imo, "IMO", lang, rng)
    page.pad("Call sign:" if en else "Distintivo:", width)
    _value_or_placeholder(page, cas.ircs, "IRCS", lang, rng)
    page.pad("MMSI:", width)
    _value_or_placeholder(page, cas.mmsi, "MMSI", lang, rng)
    port, _ = home_port(cas)
    if port:
        page.pad("Port of registry:" if en else "Puerto de matrícula:", width)
        page.val(port, "HOME_PORT").nl()
    _metric(page, "Gross tonnage" if en else "Arqueo bruto", gt_value(cas), "GT")
    _metric(page, "Length overall" if en else "Eslora total", loa_value(cas), "m")
    page.pad("Year built:" if en else "Año de construcción:", width)
    page.val(year_value(cas), "BUILD_YEAR").nl()
    page.pad("Registered owner:" if en else "Armador:", width).val(owner_of(cas), "ASSOC_NAME")
    page.nl()
    page.pad("P&I:", width).line(
        rng.choice(("Gard", "Skuld", "Japan P&I Club", "UK P&I Club", "Standard Club", "China P&I"))
    )
    page.pad("Persons on board:" if en else "Personas a bordo:", width)
    page.line(str(rng.randint(12, 48)))
    page.pad("Fuel on board:" if en else "Combustible a bordo:", width)
    page.line(f"{rng.randint(40, 600)} m3 {rng.choice(('MGO', 'IFO 180', 'VLSFO'))}")


def _value_or_placeholder(
    page: PageDraft, value: str | None, label: str, lang: str, rng: random.Random
) -> None:
    if value:
        page.val(value, label).nl()
    else:
        page.line(placeholder(lang, rng))


def _tug_particulars(page: PageDraft, tug: Tug, lang: str, rng: random.Random, salvor: str) -> None:
    en = lang == "en"
    page.nl().line("SALVAGE UNIT" if en else "MEDIOS DE SALVAMENTO")
    page.add("Tug " if en else "Remolcador ").val(tug.name, "VESSEL_NAME").add(" (")
    page.val(flag_text(tug.flag, lang, rng), "FLAG").add(", IMO ").val(tug.imo, "IMO")
    if tug.call_sign:
        page.add(", " + ("call sign " if en else "distintivo ")).val(tug.call_sign, "IRCS")
    if tug.mmsi:
        page.add(", MMSI ").val(tug.mmsi, "MMSI")
    page.add("), " + ("owned and operated by " if en else "propiedad de "))
    page.val(salvor, "ASSOC_NAME").line(".")
    _metric(page, "Bollard pull" if en else "Tiro a punto fijo", tug.bollard_pull, "t")
    _metric(page, "Engine power" if en else "Potencia", tug.power, "kW")


def _chronology(
    page: PageDraft,
    lang: str,
    rng: random.Random,
    casualties: list[Ident],
    tug: Tug,
    place: str,
    locode: str,
    day: dt.date,
) -> None:
    en = lang == "en"
    page.nl().line("CHRONOLOGY (UTC)" if en else "CRONOLOGÍA (UTC)")
    first = casualties[0]
    t = dt.datetime(day.year, day.month, day.day, rng.randint(0, 8), rng.choice((0, 15, 30, 45)))

    def stamp() -> str:
        return t.strftime("%d/%m %H%M")

    page.add(stamp() + "  ").val(first.name, "VESSEL_NAME")
    page.line(
        (
            " reports main engine failure, drifting in position "
            if en
            else " comunica avería de máquina principal, a la deriva en "
        )
        + position(rng)
        + "."
    )
    if len(casualties) > 1:
        page.add(stamp() + "  ").val(casualties[1].name, "VESSEL_NAME")
        page.line(" stands by the casualty." if en else " permanece junto al buque averiado.")
    t += dt.timedelta(hours=rng.randint(1, 4))
    page.add(stamp() + "  ").val(tug.name, "VESSEL_NAME")
    page.line(
        f" mobilised, ETA {rng.randint(8, 40)} h, speed {rng.randint(10, 15)} kn."
        if en
        else f" movilizado, ETA {rng.randint(8, 40)} h, {rng.randint(10, 15)} nudos."
    )
    t += dt.timedelta(hours=rng.randint(10, 40))
    page.line(
        stamp()
        + (
            "  Towline connected; tow commenced at 5.5 kn."
            if en
            else "  Remolque dado; inicio del remolque a 5,5 nudos."
        )
    )
    t += dt.timedelta(hours=rng.randint(20, 90))
    page.add(stamp() + ("  Arrived " if en else "  Llegada a ") + place + " (")
    page.val(locode, "PORT_ID").line(
        "); casualty redelivered to owners' agents."
        if en
        else "); buque entregado a los agentes del armador."
    )


def _security(page: PageDraft, lang: str, rng: random.Random, cas: Ident) -> None:
    en = lang == "en"
    page.line("SECURITY AND NOTIFICATIONS" if en else "GARANTÍAS Y NOTIFICACIONES").nl()
    amount = money(rng, 300_000, 4_000_000)
    if en:
        page.add("Salvage security demanded from property interests: USD ").add(amount)
        page.add(". Owners of the ").val(cas.name, "VESSEL_NAME")
        page.line(
            " have been requested to provide security in the form of a P&I Club letter of "
            "undertaking within 14 days."
        )
        page.line(
            f"Notified: MRCC ({phone(rng)}), flag State administration, "
            f"hull underwriters (policy {rng.randint(10000, 99999)}/{rng.randint(20, 26)})."
        )
        page.line(
            f"Arbitrator's reference: LSAB/{rng.randint(1000, 9999)}. Council file "
            f"{rng.randint(100000, 999999)}."
        )
    else:
        page.add("Garantía de salvamento exigida a los intereses del buque: USD ").add(amount)
        page.add(". Se ha requerido a los armadores del ").val(cas.name, "VESSEL_NAME")
        page.line(" que presenten carta de garantía del Club P&I en un plazo de 14 días.")
        page.add(f"Notificado a: Salvamento Marítimo ({phone(rng)}), administración del pabellón (")
        if cas.flag:
            page.val(country(cas.flag, "es") or cas.flag, "FLAG")
        else:
            page.add("sin datos")
        page.line(") y aseguradores del casco.")
        page.line(f"Referencia del árbitro: LSAB/{rng.randint(1000, 9999)}.")
