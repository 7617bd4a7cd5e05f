"""Reference lists read at run time, well-formed vessel identities, and small generators."""

from __future__ import annotations

import csv
import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from oceanid_dev.demo.vessels import Vessel, imo_check_ok

REFERENCE = Path(__file__).resolve().parents[2] / "oceanid_assets" / "reference"


def _read(name: str) -> list[dict[str, str]]:
    with (REFERENCE / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


# --- reference lists ----------------------------------------------------------------------------


@cache
def mids() -> dict[str, tuple[str, str]]:
    """MID -> (iso3, ITU administration name)."""
    return {row["mid"]: (row["iso3"], row["name"]) for row in _read("mmsi_mids.csv")}


@cache
def mids_of(iso3: str) -> tuple[str, ...]:
    return tuple(mid for mid, (code, _) in mids().items() if code == iso3)


@cache
def itu_series() -> tuple[tuple[str, str, str], ...]:
    """(first prefix, last prefix, allocated to) for every ITU call-sign series."""
    out = []
    for row in _read("itu_call_sign_series.csv"):
        first, last = (part.strip() for part in row["Series"].split("-"))
        out.append((first, last, row["Allocated to"]))
    return tuple(out)


@cache
def series_of(iso3: str) -> tuple[tuple[str, str], ...]:
    """The ITU series a flag may use: its administration's, a territory using its parent's."""
    names = {name for code, name in mids().values() if code == iso3}
    allowed: set[str] = set()
    for name in names:
        parent, _, territory = name.partition(" - ")
        allowed.add(parent)
        for _, _, alloc in itu_series():
            head, _, part = alloc.partition(" - ")
            if part and head == parent and territory.startswith(part):
                allowed.add(alloc)
    return tuple((first, last) for first, last, alloc in itu_series() if alloc in allowed)


def call_sign_ok(call_sign: str, iso3: str | None) -> bool:
    if iso3 is None or not (3 <= len(call_sign) <= 7) or not call_sign.isalnum():
        return False
    if call_sign.upper() != call_sign:
        return False
    head = call_sign[:3]
    return any(first <= head <= last for first, last in series_of(iso3))


def mmsi_ok(mmsi: str) -> bool:
    return len(mmsi) == 9 and mmsi.isdigit() and mmsi[:3] in mids()


@cache
def species() -> tuple[tuple[str, str, str, str], ...]:
    """(ASFIS code, English, Spanish, French) of the curated species."""
    names = {row["code"]: row for row in _read("asfis_species_es_fr.csv")}
    return tuple(
        (row["code"], row["name_en"], names[row["code"]]["name_es"], names[row["code"]]["name_fr"])
        for row in _read("asfis_species_curated.csv")
        if row["code"] in names
    )


def species_by_code(code: str) -> tuple[str, str, str, str]:
    return next(s for s in species() if s[0] == code)


def species_name(code: str, lang: str) -> str:
    entry = species_by_code(code)
    return {"en": entry[1], "es": entry[2], "fr": entry[3]}[lang]


@cache
def fao_codes() -> frozenset[str]:
    return frozenset(row["code"] for row in _read("fao_areas.csv"))


def fao(code: str) -> str:
    if code not in fao_codes():
        raise ValueError(f"{code} is not in fao_areas.csv")
    return code


# --- countries ---------------------------------------------------------------------------------

COUNTRY: dict[str, tuple[str, str, str]] = {
    "CHN": ("China", "China", "Chine"),
    "TWN": ("Chinese Taipei", "Taipei Chino", "Taipei chinois"),
    "JPN": ("Japan", "Japón", "Japon"),
    "KOR": ("Republic of Korea", "República de Corea", "République de Corée"),
    "RUS": ("Russian Federation", "Federación de Rusia", "Fédération de Russie"),
    "IDN": ("Indonesia", "Indonesia", "Indonésie"),
    "VUT": ("Vanuatu", "Vanuatu", "Vanuatu"),
    "NOR": ("Norway", "Noruega", "Norvège"),
    "BHS": ("Bahamas", "Bahamas", "Bahamas"),
    "PAN": ("Panama", "Panamá", "Panama"),
    "ESP": ("Spain", "España", "Espagne"),
    "AUS": ("Australia", "Australia", "Australie"),
    "LBR": ("Liberia", "Liberia", "Libéria"),
    "MHL": ("Marshall Islands", "Islas Marshall", "Îles Marshall"),
    "KIR": ("Kiribati", "Kiribati", "Kiribati"),
    "FJI": ("Fiji", "Fiji", "Fidji"),
    "BLZ": ("Belize", "Belice", "Belize"),
    "PHL": ("Philippines", "Filipinas", "Philippines"),
    "SEN": ("Senegal", "Senegal", "Sénégal"),
    "MUS": ("Mauritius", "Mauricio", "Maurice"),
    "SYC": ("Seychelles", "Seychelles", "Seychelles"),
    "PER": ("Peru", "Perú", "Pérou"),
    "CHL": ("Chile", "Chile", "Chili"),
    "ECU": ("Ecuador", "Ecuador", "Équateur"),
    "ARG": ("Argentina", "Argentina", "Argentine"),
    "URY": ("Uruguay", "Uruguay", "Uruguay"),
    "FRA": ("France", "Francia", "France"),
    "PRT": ("Portugal", "Portugal", "Portugal"),
    "USA": ("United States", "Estados Unidos", "États-Unis"),
    "THA": ("Thailand", "Tailandia", "Thaïlande"),
    "ZAF": ("South Africa", "Sudáfrica", "Afrique du Sud"),
    "CIV": ("Côte d'Ivoire", "Côte d'Ivoire", "Côte d'Ivoire"),
    "CMR": ("Cameroon", "Camerún", "Cameroun"),
    "TGO": ("Togo", "Togo", "Togo"),
    "KHM": ("Cambodia", "Camboya", "Cambodge"),
    "HKG": ("Hong Kong, China", "Hong Kong, China", "Hong Kong, Chine"),
    "SGP": ("Singapore", "Singapur", "Singapour"),
    "NZL": ("New Zealand", "Nueva Zelandia", "Nouvelle-Zélande"),
    "GBR": ("United Kingdom", "Reino Unido", "Royaume-Uni"),
}
ISO2: dict[str, str] = {}


def iso2(iso3: str) -> str:
    if not ISO2:
        with (REFERENCE / "mmsi_mids.csv").open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                ISO2.setdefault(row["iso3"], row["iso2"])
    return ISO2.get(iso3, iso3[:2])


def country(iso3: str, lang: str = "en") -> str:
    """A country's name in en/es/fr; else the ITU name without its parenthesis; else the code."""
    if iso3 in COUNTRY:
        return COUNTRY[iso3][{"en": 0, "es": 1, "fr": 2}[lang]]
    for code, name in mids().values():
        if code == iso3:
            return name.split(" - ")[-1].split(" (")[0]
    return iso3


# Flags an invented vessel history may use: each has a MID and an ITU series.
FORMER_FLAGS = ("PAN", "VUT", "LBR", "MHL", "KIR", "FJI", "BLZ", "PHL", "KHM", "TGO", "CMR")


# --- vessel identities ------------------------------------------------------------------------


@dataclass(frozen=True)
class Ident:
    """A vessel as a document may print it: identifiers only when well formed."""

    name: str
    flag: str | None  # ISO alpha-3: the list's flag, else the flag of the MMSI's MID
    imo: str | None
    mmsi: str | None
    ircs: str | None
    gt: str | None
    loa: str | None
    year: str | None
    owner: str | None
    port: str | None
    gear: str | None
    former_name: str | None


def ident(vessel: Vessel) -> Ident:
    mmsi = vessel.mmsi if vessel.mmsi and mmsi_ok(vessel.mmsi) else None
    flag = vessel.flag or (mids()[mmsi[:3]][0] if mmsi else None)
    imo = vessel.imo if vessel.imo and imo_check_ok(vessel.imo) else None
    ircs = vessel.ircs if vessel.ircs and call_sign_ok(vessel.ircs, flag) else None
    former = vessel.former_name if vessel.former_name != vessel.name else None
    return Ident(
        name=vessel.name,
        flag=flag,
        imo=imo,
        mmsi=mmsi,
        ircs=ircs,
        gt=vessel.gross_tonnage,
        loa=vessel.length_m,
        year=vessel.build_year,
        owner=vessel.owner,
        port=vessel.port,
        gear=vessel.gear,
        former_name=former,
    )


def pick(vessels: Sequence[Vessel], rng: random.Random, k: int) -> list[Ident]:
    """k distinct vessels where the list allows, as identities."""
    if len(vessels) >= k:
        chosen = rng.sample(list(vessels), k)
    else:
        chosen = [rng.choice(vessels) for _ in range(k)]
    return [ident(v) for v in chosen]


def former_flag(rng: random.Random, current: str | None) -> str:
    return rng.choice([f for f in FORMER_FLAGS if f != current])


def invent_call_sign(rng: random.Random, iso3: str) -> str:
    first, last = rng.choice(series_of(iso3))
    third = rng.choice(
        [c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" if first[2] <= c <= last[2]]
    )
    tail = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ23456789") for _ in range(rng.randint(1, 2)))
    return first[:2] + third + tail


def invent_mmsi(rng: random.Random, iso3: str) -> str:
    return rng.choice(mids_of(iso3)) + f"{rng.randint(0, 999_999):06d}"


def invent_imo(rng: random.Random) -> str:
    body = f"{rng.randint(7, 9)}{rng.randint(0, 99_999):05d}"
    check = sum(int(d) * w for d, w in zip(body, (7, 6, 5, 4, 3, 2), strict=True)) % 10
    return f"{body}{check}"


def national_reg_no(rng: random.Random, flag: str | None, year: str | None) -> str:
    yr = year or str(rng.randint(1995, 2022))
    if flag == "CHN":
        return (
            f"{rng.choice(('350100', '330900', '370600', '440800'))}{yr}{rng.randint(1, 999):04d}"
        )
    if flag == "TWN":
        return f"CT{rng.randint(3, 7)}-{rng.randint(1, 9999):04d}"
    if flag == "JPN":
        return f"{rng.choice(('AM', 'MG', 'KG', 'HK', 'KC', 'MZ', 'OK'))}1-{rng.randint(100, 9999)}"
    if flag == "ESP":
        province = rng.choice(("VI", "BI", "CA", "HU"))
        return f"3ª-{province}-{rng.randint(1, 5)}-{rng.randint(1, 99)}-{yr[2:]}"
    if flag == "KOR":
        head = f"{rng.randint(9, 99)}{yr[2:]}{rng.randint(1, 999):03d}"
        return f"{head}-{rng.randint(6, 9)}{rng.randint(0, 999999):06d}"
    if flag == "RUS":
        return f"{rng.choice(('PK', 'NH', 'VL'))}-{rng.randint(100, 9999)}"
    code = iso2(flag) if flag else "XX"
    return f"{code}-{yr}-{rng.randint(1, 99999):05d}"


def rfmo_id(rng: random.Random, rfmo: str, flag: str | None) -> str:
    f3 = flag or "XXX"
    if rfmo == "IOTC":
        return f"IOTC{rng.randint(1, 19_999):06d}"
    if rfmo == "ICCAT":
        return f"AT000{f3}{rng.randint(1, 2999):05d}"
    if rfmo == "CCSBT":
        return f"FV0{rng.randint(1000, 9999)}"
    if rfmo == "NPFC":
        return f"{iso2(f3)}-{rng.randint(1, 999):04d}"
    if rfmo == "SPRFMO":
        return f"{rng.randint(100_000, 199_999)}"
    return str(rng.randint(1000, 16_999))  # WCPFC VID, IATTC vessel number


# --- dates ---------------------------------------------------------------------------------------

MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
}


def rand_date(rng: random.Random, first: int = 2019, last: int = 2025) -> dt.date:
    start = dt.date(first, 1, 1).toordinal()
    return dt.date.fromordinal(rng.randint(start, dt.date(last, 12, 28).toordinal()))


def fmt_date(day: dt.date, style: str, lang: str = "en") -> str:
    if style == "iso":
        return day.isoformat()
    if style == "dmy":
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    if style == "dot":
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    if style == "mon":
        return f"{day.day:02d}-{MONTHS['en'][day.month - 1][:3].upper()}-{day.year}"
    if style == "long":
        month = MONTHS[lang][day.month - 1]
        if lang == "es":
            return f"{day.day} de {month} de {day.year}"
        if lang == "fr":
            return f"{'1er' if day.day == 1 else day.day} {month} {day.year}"
        return f"{day.day} {month} {day.year}"
    raise ValueError(style)


DATE_STYLES = ("iso", "dmy", "dot", "mon", "long")


# --- other parties and noise ----------------------------------------------------------------------

PEOPLE = (
    "María J. Fuentes",
    "Carlos Ibáñez Rojas",
    "Aisha Ramjaun",
    "Jean-Luc Payet",
    "Thandeka Mokoena",
    "Somchai Wongsakul",
    "Dr. Helen Marsh",
    "Ana Lucía Paredes",
    "Mamadou Diallo",
    "Kenji Arakawa",
    "Olivia Brennan",
    "Pierre Lefèvre",
)


def phone(rng: random.Random, prefix: str) -> str:
    return f"{prefix} {rng.randint(2, 9)}{rng.randint(0, 99):02d} {rng.randint(1000, 9999)}"


def ref_no(rng: random.Random, stem: str) -> str:
    return f"{stem}/{rng.randint(2021, 2025)}/{rng.randint(1, 9999):04d}"


def coord(rng: random.Random) -> str:
    lat = rng.uniform(0, 45)
    lon = rng.uniform(0, 179)
    ns, ew = rng.choice("NS"), rng.choice("EW")
    return (
        f"{int(lat):02d}°{int(lat % 1 * 60):02d}'{ns} {int(lon):03d}°{int(lon % 1 * 60):02d}'{ew}"
    )


def placeholder(rng: random.Random, lang: str) -> str:
    return rng.choice(
        {
            "en": ("N/A", "—", "not assigned", "nil", "-", "unknown"),
            "es": ("S/N", "N/D", "no asignado", "—", "-"),
            "fr": ("néant", "N/D", "non attribué", "—", "-"),
        }[lang]
    )
