"""A flag administration's cover sheet for a vessel's technical file: a stamp, the file
reference, and a boxed reference grid of particulars with bilingual keys; sometimes a second
page of history and associated parties, and a third listing the file's contents."""

from __future__ import annotations

import random
from collections.abc import Sequence

from oceanid_dev.demo.vessels import Vessel

from ._common import (
    country,
    fmt_date,
    former_flag,
    invent_call_sign,
    invent_mmsi,
    national_reg_no,
    pick,
    placeholder,
    rand_date,
    ref_no,
)
from ._page import Cell, PageDraft, Piece, fill

LAYOUT = "technical_file_cover"

ADMIN = {
    "CHN": "Bureau of Fisheries, Ministry of Agriculture and Rural Affairs",
    "TWN": "Fisheries Agency, Council of Agriculture",
    "JPN": "Fisheries Agency, Resources Management Department",
    "RUS": "Federal Agency for Fisheries (Rosrybolovstvo)",
    "KOR": "Ministry of Oceans and Fisheries, Distant Water Fisheries Division",
    "ESP": "Secretaría General de Pesca, Registro General de la Flota Pesquera",
    "PAN": "Autoridad de los Recursos Acuáticos de Panamá",
    "VUT": "Vanuatu Maritime Authority, Fisheries Department",
}
SECOND = {"ESP": "es", "PAN": "es", "VUT": "fr", "SEN": "fr", "PER": "es", "CHL": "es"}

KEYS = {
    # key: (English, Spanish, French)
    "name": ("Name of vessel", "Nombre del buque", "Nom du navire"),
    "former": ("Former name(s)", "Nombres anteriores", "Ancien(s) nom(s)"),
    "flag": ("Flag State", "Estado del pabellón", "État du pavillon"),
    "port": ("Port of registry", "Puerto de matrícula", "Port d'immatriculation"),
    "port_state": ("State of port", "País del puerto", "Pays du port"),
    "reg": ("Official / registration no.", "N.º de matrícula", "N° d'immatriculation"),
    "imo": ("IMO number", "Número OMI", "Numéro OMI"),
    "ircs": ("Call sign", "Distintivo de llamada", "Indicatif d'appel"),
    "mmsi": ("MMSI", "MMSI", "MMSI"),
    "gt": ("Gross tonnage", "Arqueo bruto", "Jauge brute"),
    "loa": ("Length overall", "Eslora total", "Longueur hors tout"),
    "power": ("Main engine power", "Potencia propulsora", "Puissance motrice"),
    "year": ("Year of build", "Año de construcción", "Année de construction"),
    "builder": ("Shipyard", "Astillero", "Chantier"),
    "bcountry": ("Country of build", "País de construcción", "Pays de construction"),
    "owner": ("Registered owner", "Armador / propietario", "Armateur / propriétaire"),
    "regdate": ("Date of registration", "Fecha de inscripción", "Date d'inscription"),
    "expiry": (
        "Registration valid until",
        "Inscripción válida hasta",
        "Inscription valable jusqu'au",
    ),
}
METRIC_KEYS = {"gt", "loa", "power"}
YARDS = (
    ("Mawei Shipyard, Fuzhou", "CHN"),
    ("Rongcheng Shipbuilding, Shidao", "CHN"),
    ("Zhoushan Putuo Shipyard", "CHN"),
    ("Kaohsiung Fong Kuo Shipbuilding", "TWN"),
    ("Miho Shipyard, Shimizu", "JPN"),
    ("Niigata Shipbuilding, Niigata", "JPN"),
    ("Astilleros Armon, Vigo", "ESP"),
    ("Astilleros Zamakona, Santurtzi", "ESP"),
    ("Daedong Shipbuilding, Busan", "KOR"),
    ("Pribaltiysky Shipyard Yantar, Kaliningrad", "RUS"),
)
STREETS = (
    ("No. 88 Mawei Avenue", "Fuzhou", "Fujian", "CHN"),
    ("Room 1203, 45 Haixing Road", "Zhoushan", "Zhejiang", "CHN"),
    ("12F, No. 3 Chenggong 2nd Road", "Kaohsiung", None, "TWN"),
    ("2-14-7 Minato-machi", "Kesennuma", "Miyagi", "JPN"),
    ("ul. Svetlanskaya 17", "Vladivostok", "Primorsky Krai", "RUS"),
    ("Avda. Beiramar 24, 3º", "Vigo", "Pontevedra", "ESP"),
    ("Calle 50, Torre Global, piso 9", "Panamá", None, "PAN"),
    ("Lini Highway, Kumul Building", "Port Vila", None, "VUT"),
)


def _company_no(rng: random.Random, iso3: str) -> str:
    """A company registration number in the style of the associate's country."""
    digits = "0123456789"
    if iso3 == "CHN":  # unified social credit code
        tail = "".join(rng.choice(digits + "ABCDEFGHJKLMNPQRTUWXY") for _ in range(10))
        return f"91{rng.randint(110000, 659999)}{tail}"
    if iso3 == "JPN":  # corporate number
        return "".join(rng.choice(digits) for _ in range(13))
    if iso3 == "TWN":  # unified business number
        return f"{rng.randint(10_000_000, 99_999_999)}"
    if iso3 == "RUS":  # OGRN
        return f"1{rng.randint(10**11, 10**12 - 1)}"
    if iso3 == "ESP":  # CIF
        return f"B{rng.randint(10_000_000, 99_999_999)}"
    return f"RC-{rng.randint(1000, 99999)}"


def _key(lang2: str, key: str, metric: bool) -> list[Piece]:
    en, es, fr = KEYS[key]
    other = es if lang2 == "es" else fr
    if en == other:
        return [(en, "METRIC_TYPE") if metric else en]
    if metric:
        return [(en, "METRIC_TYPE"), " / ", (other, "METRIC_TYPE")]
    return [f"{en} / {other}"]


def _grid(rows: Sequence[tuple[list[Piece], Cell]], width: int) -> PageDraft:
    page = PageDraft()
    rule = "+" + "-" * (width + 2) + "+" + "-" * 44 + "+\n"
    page.add(rule)
    for key, value in rows:
        page.row([key, value], [width, 42], sep=" | ", lead="| ", tail=" |")
    page.add(rule)
    return page


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    (v,) = pick(vessels, rng, 1)
    flag = v.flag
    lang2 = SECOND.get(flag or "", rng.choice(("es", "fr")))
    admin = ADMIN.get(flag or "", "Maritime and Fisheries Administration")
    file_ref = ref_no(rng, rng.choice(("TF", "EXP-TEC", "DT")))
    received = rand_date(rng, 2021, 2025)
    built = int(v.year) if v.year else 2005
    regdate = rand_date(rng, min(max(built, 2008), 2024), 2024)
    expiry = regdate.replace(year=regdate.year + rng.choice((5, 10)), day=min(regdate.day, 28))
    style = rng.choice(("iso", "dmy", "dot", "mon"))
    home_yards = [y for y in YARDS if y[1] == flag]
    yard, bcountry = rng.choice(home_yards if home_yards and rng.random() < 0.7 else YARDS)
    power = str(rng.choice((441, 588, 735, 882, 1103, 1323, 1471, 1765, 2206)))
    power_unit = rng.choice(("kW", "kW", "HP"))
    if power_unit == "HP":
        power = str(round(int(power) * 1.341))
    loa_unit = rng.choice(("m", "metres"))
    reg = national_reg_no(rng, flag, v.year)
    street = rng.choice([s for s in STREETS if s[3] == flag] or list(STREETS))
    dial = {"CHN": 86, "TWN": 886, "JPN": 81, "RUS": 7, "KOR": 82, "ESP": 34, "PAN": 507}
    fax = f"+{dial.get(flag or '', 678)} {rng.randint(10, 99)} {rng.randint(1000000, 9999999)}"

    def val(value: str | None, label: str) -> Piece:
        return (value, label) if value else placeholder(rng, lang2)

    flag_cell: Cell = (country(flag), "FLAG") if flag else placeholder(rng, lang2)
    rows: list[tuple[list[Piece], Cell]] = [
        (_key(lang2, "name", False), (v.name, "VESSEL_NAME")),
    ]
    if v.former_name:
        rows.append((_key(lang2, "former", False), (v.former_name, "NAME_CHANGE")))
    rows.append((_key(lang2, "flag", False), flag_cell))
    if v.port:
        rows.append((_key(lang2, "port", False), (v.port, "HOME_PORT")))
        if flag and rng.random() < 0.6:
            rows.append((_key(lang2, "port_state", False), (country(flag), "HOME_PORT_STATE")))
    rows.append((_key(lang2, "reg", False), (reg, "NATIONAL_REG_NO")))
    rows.append((_key(lang2, "imo", False), val(v.imo, "IMO")))
    rows.append((_key(lang2, "ircs", False), val(v.ircs, "IRCS")))
    rows.append((_key(lang2, "mmsi", False), val(v.mmsi, "MMSI")))
    if v.gt:
        rows.append((_key(lang2, "gt", True), [(v.gt, "METRIC_VALUE"), " ", ("GT", "METRIC_UNIT")]))
    if v.loa:
        rows.append(
            (_key(lang2, "loa", True), [(v.loa, "METRIC_VALUE"), " ", (loa_unit, "METRIC_UNIT")])
        )
    rows.append(
        (_key(lang2, "power", True), [(power, "METRIC_VALUE"), " ", (power_unit, "METRIC_UNIT")])
    )
    if v.year:
        rows.append((_key(lang2, "year", False), (v.year, "BUILD_YEAR")))
    rows.append((_key(lang2, "builder", False), (yard, "BUILDER_LOCATION")))
    rows.append((_key(lang2, "bcountry", False), (country(bcountry), "BUILD_COUNTRY")))
    rows.append((_key(lang2, "regdate", False), (fmt_date(regdate, style, lang2), "START_DATE")))
    rows.append((_key(lang2, "expiry", False), (fmt_date(expiry, style, lang2), "END_DATE")))
    width = max(sum(len(p if isinstance(p, str) else p[0]) for p in k) for k, _ in rows)

    page = PageDraft()
    page.line(admin.upper())
    page.line(
        "TECHNICAL FILE OF FISHING VESSEL / ",
        "EXPEDIENTE TÉCNICO DEL BUQUE PESQUERO" if lang2 == "es" else "DOSSIER TECHNIQUE DU NAVIRE",
    )
    page.line()
    page.line(
        f"File ref. / Réf.: {file_ref}        Vol. {rng.randint(1, 4)} of {rng.randint(4, 6)}"
    )
    stamp = fmt_date(received, "mon")
    page.line(
        f"        [ STAMP:  RECEIVED  {stamp}  —  TECHNICAL SECTION  No. {rng.randint(100, 999)} ]"
    )
    page.line()
    page.line(
        "REFERENCE GRID OF PARTICULARS / CUADRO DE REFERENCIA"
        if lang2 == "es"
        else "REFERENCE GRID OF PARTICULARS / GRILLE DES CARACTÉRISTIQUES"
    )
    page.extend(_grid(rows, width))
    page.line()
    owner_page = rng.random() < 0.5
    if v.owner and not owner_page:
        page.line(f"{KEYS['owner'][0]}: ", (v.owner, "ASSOC_NAME"))
    page.line(
        "Checked by: ",
        rng.choice(("L. Chen", "M. Ortega", "A. Sato", "P. Volkov")),
        f"    Tel./Fax: {fax}",
    )
    page.line(
        "Do not remove documents from this file. / No retirar documentos de este expediente."
        if lang2 == "es"
        else "Do not remove documents from this file. / Ne pas retirer de pièces du dossier."
    )
    notes = (
        "Copies of certificates held in this file are for administrative reference only and "
        "do not replace the originals carried on board.",
        "Retention period: 10 years after deletion from the register (archive class B-4).",
    )
    pages = [fill(page, notes)]

    if owner_page or v.former_name or rng.random() < 0.4:
        p2 = PageDraft()
        p2.line(
            f"File ref. {file_ref} — sheet 2 / hoja 2"
            if lang2 == "es"
            else f"File ref. {file_ref} — sheet 2 / feuillet 2"
        )
        p2.line()
        p2.line("A. ASSOCIATED PARTIES")
        p2.line("Role                 | Name / address")
        role = rng.choice(("Registered owner", "Owner", "Operator", "Ship manager"))
        if v.owner:
            p2.line((role, "ASSOC_ROLE"), " " * (21 - len(role)), "| ", (v.owner, "ASSOC_NAME"))
            p2.line(" " * 21, "| ", (street[0], "ADDRESS"), ", ", (street[1], "CITY"))
            if street[2]:
                p2.line(
                    " " * 21, "| ", (street[2], "STATE"), ", ", (country(street[3]), "COUNTRY_CODE")
                )
            else:
                p2.line(" " * 21, "| ", (country(street[3]), "COUNTRY_CODE"))
            if rng.random() < 0.7:
                p2.line(" " * 21, "| Company reg. no. ", (_company_no(rng, street[3]), "REG_NO"))
        else:
            p2.line(f"{role:<21}| ", placeholder(rng, lang2))
        p2.line(f"{'Agent (local)':<21}| Harbour Maritime Services, tel. {fax}")
        p2.line()
        p2.line("B. HISTORY OF FLAG, NAME AND CALL SIGN")
        old_flag = former_flag(rng, flag)
        old_cs = invent_call_sign(rng, old_flag)
        old_mmsi = invent_mmsi(rng, old_flag)
        until = rand_date(rng, 2008, 2018)
        p2.line("Period           Flag               Name                     Call sign  MMSI")
        p2.put(f"until {fmt_date(until, style, lang2):<11}", (country(old_flag), "FLAG_CHANGE"))
        p2.add(" " * max(1, 19 - len(country(old_flag))))
        oname = v.former_name or placeholder(rng, lang2)
        p2.cell((oname, "NAME_CHANGE") if v.former_name else oname, 25)
        p2.line((old_cs, "ID_CHANGE"), " " * max(1, 11 - len(old_cs)), (old_mmsi, "ID_CHANGE"))
        p2.put(f"from {fmt_date(until, style, lang2):<12}")
        p2.cell(flag_cell, 19)
        p2.cell((v.name, "VESSEL_NAME"), 25)
        p2.cell(val(v.ircs, "IRCS"), 11)
        p2.line(val(v.mmsi, "MMSI"))
        p2.line()
        p2.line("C. REMARKS")
        p2.line(
            f"Deletion certificate from the previous registry received under ref. "
            f"{ref_no(rng, 'DEL')}; tonnage re-measured "
            f"{rng.choice(('without change', 'see sheet 7'))}."
        )
        pages.append(
            fill(
                p2,
                (
                    *notes,
                    "Sheets 3 to 14: certificates (registry, tonnage, safety, radio), plans, "
                    "survey reports and correspondence, filed in date order.",
                    "Any alteration of the particulars above must be reported within 30 days.",
                    "Sheet control: initials of the officer on each sheet; page numbers in the "
                    "upper "
                    "right corner; incoming correspondence stamped with the date of receipt.",
                ),
            )
        )
    return pages
