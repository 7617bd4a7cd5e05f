"""Shared vocabulary and identifier checks for blind set Y (reference lists read at run time)."""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache
from pathlib import Path

import oceanid_assets
from oceanid_dev.demo.vessels import Vessel, imo_check_ok

REFERENCE = Path(oceanid_assets.__file__).resolve().parent / "reference"


def _read(name: str) -> list[dict[str, str]]:
    with (REFERENCE / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


# --- reference lists ------------------------------------------------------------------------


@lru_cache(maxsize=1)
def mids() -> dict[str, tuple[str, str, str]]:
    """MID -> (iso2, iso3, ITU name)."""
    return {row["mid"]: (row["iso2"], row["iso3"], row["name"]) for row in _read("mmsi_mids.csv")}


@cache
def mids_of(iso3: str) -> tuple[str, ...]:
    return tuple(mid for mid, (_, code, _) in mids().items() if code == iso3)


@lru_cache(maxsize=1)
def _itu_rows() -> tuple[tuple[str, str, str], ...]:
    rows = []
    for row in _read("itu_call_sign_series.csv"):
        first, _, last = row["Series"].partition(" - ")
        rows.append((first.strip(), last.strip(), row["Allocated to"].strip()))
    return tuple(rows)


@cache
def itu_series(iso3: str) -> tuple[tuple[str, str], ...]:
    """The call-sign series of a flag; a territory also gets its parent's series."""
    names = {name for _, code, name in mids().values() if code == iso3}
    return tuple(
        (first, last)
        for first, last, owner in _itu_rows()
        if any(name == owner or name.startswith(owner + " ") for name in names)
    )


def _in_series(call: str, first: str, last: str) -> bool:
    if len(call) < 3 or call[:2] != first[:2]:
        return False
    if first[2] == "A" and last[2] == "Z":
        return True
    return first[2] <= call[2] <= last[2]


def ircs_ok(call: str, iso3: str | None) -> bool:
    if iso3 is None or not (3 <= len(call) <= 7 and call.isalnum() and call.isupper()):
        return False
    return any(_in_series(call, first, last) for first, last in itu_series(iso3))


def ircs_in_any_series(call: str) -> bool:
    return any(_in_series(call, first, last) for first, last, _ in _itu_rows())


def mmsi_ok(mmsi: str) -> bool:
    return len(mmsi) == 9 and mmsi.isdigit() and mmsi[:3] in mids()


@lru_cache(maxsize=1)
def species() -> tuple[tuple[str, str, str, str], ...]:
    """(code, English, Spanish, French) of the curated high-seas species."""
    english = {row["code"]: row["name_en"] for row in _read("asfis_species_curated.csv")}
    return tuple(
        (row["code"], english[row["code"]], row["name_es"], row["name_fr"])
        for row in _read("asfis_species_es_fr.csv")
        if row["code"] in english
    )


@lru_cache(maxsize=1)
def fao_codes() -> frozenset[str]:
    return frozenset(row["code"] for row in _read("fao_areas.csv"))


_OCEANIC_AREAS = ("21", "27", "34", "41", "47", "51", "57", "61", "67", "71", "77", "81", "87")
_SUBAREAS = ("34.1.1", "41.3.1", "47.1", "51.7", "57.5", "87.2", "87.1.2", "27.7.j", "48.3")


def fao_area(rng: random.Random) -> str:
    pool = [c for c in _OCEANIC_AREAS + _SUBAREAS if c in fao_codes()]
    return rng.choice(pool if rng.random() < 0.8 else [c for c in _SUBAREAS if c in fao_codes()])


def pick_species(rng: random.Random, pool: tuple[str, ...] = ()) -> tuple[str, str, str, str]:
    rows = [s for s in species() if not pool or s[0] in pool]
    return rng.choice(rows or list(species()))


def species_name(row: tuple[str, str, str, str], lang: str) -> str:
    return {"en": row[1], "es": row[2], "fr": row[3]}[lang]


# --- vessels ----------------------------------------------------------------------------------


def flag_of(vessel: Vessel) -> str | None:
    """The vessel's flag, else the flag of its MMSI's MID."""
    if vessel.flag:
        return vessel.flag
    if vessel.mmsi and vessel.mmsi[:3] in mids():
        return mids()[vessel.mmsi[:3]][1]
    return None


def good_imo(vessel: Vessel) -> str | None:
    return vessel.imo if vessel.imo and imo_check_ok(vessel.imo) else None


def good_mmsi(vessel: Vessel) -> str | None:
    return vessel.mmsi if vessel.mmsi and mmsi_ok(vessel.mmsi) else None


def good_ircs(vessel: Vessel) -> str | None:
    return vessel.ircs if vessel.ircs and ircs_ok(vessel.ircs, flag_of(vessel)) else None


def home_port(vessel: Vessel) -> str | None:
    """Port of registry as a port name (the province after a comma is left out)."""
    if not vessel.port:
        return None
    return vessel.port.split(",")[0].strip() or None


def pick(rng: random.Random, vessels: list[Vessel], count: int) -> list[Vessel]:
    return rng.sample(vessels, min(count, len(vessels)))


def pick_same_flag(rng: random.Random, vessels: list[Vessel], count: int) -> list[Vessel]:
    """Vessels sharing the (resolved) flag of one vessel picked at random."""
    anchor = rng.choice(vessels)
    flag = flag_of(anchor)
    mates = [v for v in vessels if v is not anchor and flag_of(v) == flag]
    return [anchor, *rng.sample(mates, min(count - 1, len(mates)))]


def invent_imo(rng: random.Random) -> str:
    body = f"{rng.randint(7, 9)}{rng.randint(0, 99_999):05d}"
    check = sum(int(d) * w for d, w in zip(body, (7, 6, 5, 4, 3, 2), strict=True)) % 10
    return body + str(check)


def invent_mmsi(rng: random.Random, iso3: str | None) -> str:
    pool = mids_of(iso3) if iso3 else ()
    mid = rng.choice(pool or tuple(sorted(mids())))
    return f"{mid}{rng.randint(0, 999_999):06d}"


_L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_D = "0123456789"


def invent_ircs(rng: random.Random, iso3: str | None) -> str | None:
    series = itu_series(iso3) if iso3 else ()
    if not series:
        return None
    for _ in range(50):
        first, last = rng.choice(series)
        if first[2] == "A" and last[2] == "Z":
            head = first[:2] + rng.choice(_L + _D)
        else:
            head = first[:2] + rng.choice(_L[_L.index(first[2]) : _L.index(last[2]) + 1])
        call = head + "".join(rng.choice(_D + _L) for _ in range(rng.randint(1, 3)))
        if ircs_ok(call, iso3):
            return call
    return None


# --- countries --------------------------------------------------------------------------------

# iso3 -> (English, Spanish, French)
COUNTRY_NAMES: dict[str, tuple[str, str, str]] = {
    "CHN": ("China", "China", "Chine"),
    "TWN": ("Chinese Taipei", "Taipéi Chino", "Taipei chinois"),
    "JPN": ("Japan", "Japón", "Japon"),
    "RUS": ("Russian Federation", "Federación de Rusia", "Fédération de Russie"),
    "KOR": ("Republic of Korea", "República de Corea", "République de Corée"),
    "IDN": ("Indonesia", "Indonesia", "Indonésie"),
    "VUT": ("Vanuatu", "Vanuatu", "Vanuatu"),
    "NOR": ("Norway", "Noruega", "Norvège"),
    "BHS": ("Bahamas", "Bahamas", "Bahamas"),
    "PAN": ("Panama", "Panamá", "Panama"),
    "ESP": ("Spain", "España", "Espagne"),
    "AUS": ("Australia", "Australia", "Australie"),
    "PHL": ("Philippines", "Filipinas", "Philippines"),
    "ARG": ("Argentina", "Argentina", "Argentine"),
    "CHL": ("Chile", "Chile", "Chili"),
    "PER": ("Peru", "Perú", "Pérou"),
    "ECU": ("Ecuador", "Ecuador", "Équateur"),
    "URY": ("Uruguay", "Uruguay", "Uruguay"),
    "MEX": ("Mexico", "México", "Mexique"),
    "USA": ("United States", "Estados Unidos", "États-Unis"),
    "FRA": ("France", "Francia", "France"),
    "PRT": ("Portugal", "Portugal", "Portugal"),
    "LBR": ("Liberia", "Liberia", "Libéria"),
    "SYC": ("Seychelles", "Seychelles", "Seychelles"),
    "MUS": ("Mauritius", "Mauricio", "Maurice"),
    "FJI": ("Fiji", "Fiyi", "Fidji"),
    "KIR": ("Kiribati", "Kiribati", "Kiribati"),
    "PNG": ("Papua New Guinea", "Papúa Nueva Guinea", "Papouasie-Nouvelle-Guinée"),
    "SGP": ("Singapore", "Singapur", "Singapour"),
    "THA": ("Thailand", "Tailandia", "Thaïlande"),
    "MYS": ("Malaysia", "Malasia", "Malaisie"),
    "NZL": ("New Zealand", "Nueva Zelanda", "Nouvelle-Zélande"),
    "GBR": ("United Kingdom", "Reino Unido", "Royaume-Uni"),
    "NAM": ("Namibia", "Namibia", "Namibie"),
    "ZAF": ("South Africa", "Sudáfrica", "Afrique du Sud"),
    "SEN": ("Senegal", "Senegal", "Sénégal"),
    "MAR": ("Morocco", "Marruecos", "Maroc"),
    "CIV": ("Côte d'Ivoire", "Côte d'Ivoire", "Côte d'Ivoire"),
    "MHL": ("Marshall Islands", "Islas Marshall", "Îles Marshall"),
    "HKG": ("Hong Kong, China", "Hong Kong (China)", "Hong Kong (Chine)"),
    "BLZ": ("Belize", "Belice", "Belize"),
    "CAN": ("Canada", "Canadá", "Canada"),
    "DEU": ("Germany", "Alemania", "Allemagne"),
    "NLD": ("Netherlands", "Países Bajos", "Pays-Bas"),
    "MDV": ("Maldives", "Maldivas", "Maldives"),
    "LKA": ("Sri Lanka", "Sri Lanka", "Sri Lanka"),
    "VNM": ("Viet Nam", "Viet Nam", "Viet Nam"),
    "ISL": ("Iceland", "Islandia", "Islande"),
    "FSM": ("Micronesia", "Micronesia", "Micronésie"),
    "SLB": ("Solomon Islands", "Islas Salomón", "Îles Salomon"),
}
_LANG_INDEX = {"en": 0, "es": 1, "fr": 2}
EU = frozenset({"ESP", "FRA", "PRT", "NLD", "DEU", "IRL", "ITA", "GRC", "DNK", "POL", "LTU", "LVA"})


def country(iso3: str, lang: str = "en") -> str:
    names = COUNTRY_NAMES.get(iso3)
    if names:
        return names[_LANG_INDEX[lang]]
    for _, code, name in mids().values():
        if code == iso3:
            return name.split(" (")[0].split(" - ")[0]
    return iso3


def iso2(iso3: str) -> str:
    for code2, code3, _ in mids().values():
        if code3 == iso3:
            return code2
    return iso3[:2]


def flag_text(rng: random.Random, iso3: str, lang: str) -> str:
    """A flag as a name most of the time, else its ISO code."""
    roll = rng.random()
    if roll < 0.7:
        return country(iso3, lang)
    return iso3 if roll < 0.9 else iso2(iso3)


def known_country_texts() -> frozenset[str]:
    texts: set[str] = set()
    for names in COUNTRY_NAMES.values():
        texts.update(names)
    for code2, code3, name in mids().values():
        texts.update({code2, code3, name.split(" (")[0].split(" - ")[0]})
    return frozenset(texts)


# --- ports ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Port:
    name: str
    locode: str
    iso3: str
    lang: str  # language the port's authority publishes in, besides English


PORTS = (
    Port("Las Palmas de Gran Canaria", "ESLPA", "ESP", "es"),
    Port("Vigo", "ESVGO", "ESP", "es"),
    Port("Montevideo", "UYMVD", "URY", "es"),
    Port("Callao", "PECLL", "PER", "es"),
    Port("Manta", "ECMEC", "ECU", "es"),
    Port("Mazatlán", "MXMZT", "MEX", "es"),
    Port("Balboa", "PABLB", "PAN", "es"),
    Port("Port Louis", "MUPLU", "MUS", "fr"),
    Port("Victoria", "SCPOV", "SYC", "fr"),
    Port("Abidjan", "CIABJ", "CIV", "fr"),
    Port("Dakar", "SNDKR", "SEN", "fr"),
    Port("Nouméa", "NCNOU", "NCL", "fr"),
    Port("Papeete", "PFPPT", "PYF", "fr"),
    Port("Suva", "FJSUV", "FJI", "en"),
    Port("Majuro", "MHMAJ", "MHL", "en"),
    Port("Singapore", "SGSIN", "SGP", "en"),
    Port("Busan", "KRPUS", "KOR", "en"),
    Port("Kaohsiung", "TWKHH", "TWN", "en"),
    Port("Walvis Bay", "NAWVB", "NAM", "en"),
    Port("Cape Town", "ZACPT", "ZAF", "en"),
    Port("Hobart", "AUHBA", "AUS", "en"),
    Port("Honiara", "SBHIR", "SLB", "en"),
    Port("Colombo", "LKCMB", "LKA", "en"),
    Port("Pohnpei", "FMPNI", "FSM", "en"),
)


def pick_port(rng: random.Random, lang: str | None = None) -> Port:
    pool = [p for p in PORTS if lang is None or p.lang == lang]
    return rng.choice(pool or list(PORTS))


# --- people, companies, addresses ---------------------------------------------------------------

GIVEN = (
    "Wei",
    "Jian",
    "Ming",
    "Chih-Hao",
    "Yu-Ting",
    "Hiroshi",
    "Kenji",
    "Sergei",
    "Andrei",
    "Juan",
    "María",
    "Carlos",
    "Ana",
    "Pierre",
    "Marie",
    "Jean-Luc",
    "Aminata",
    "Joseph",
    "Ravi",
    "Sione",
    "Mele",
    "Tomás",
    "Lucía",
    "Olivier",
    "Fatou",
    "David",
    "Grace",
    "Ikaika",
    "Nguyen",
    "Arturo",
)
FAMILY = (
    "Chen",
    "Lin",
    "Wang",
    "Zhang",
    "Huang",
    "Tanaka",
    "Sato",
    "Ivanov",
    "Petrov",
    "García",
    "Fernández",
    "López",
    "Dubois",
    "Martin",
    "Diallo",
    "Ndiaye",
    "Fonoti",
    "Tuilagi",
    "Kaur",
    "Rodríguez",
    "Moreau",
    "Leblanc",
    "Okafor",
    "Mendoza",
    "Pereira",
    "Silva",
    "Tui",
    "Navarro",
)


def person(rng: random.Random, initial: bool = False) -> str:
    given, family = rng.choice(GIVEN), rng.choice(FAMILY)
    if initial:
        return f"{given[0]}. {family}"
    return f"{given} {family}" if rng.random() < 0.6 else f"{family.upper()} {given}"


_STEMS = (
    "Atlantis",
    "Pacific Star",
    "Ocean Bridge",
    "Blue Horizon",
    "Southern Cross",
    "Marlin",
    "Austral",
    "Neptuno",
    "Oceanic Link",
    "Polaris",
    "Coral Sea",
    "Trident",
    "Mar del Sur",
    "Cap Vert",
    "Grand Bleu",
    "Albatros",
    "Estrella Polar",
    "Kuroshio",
    "Harbourside",
    "Meridian",
)
_KINDS: dict[str, dict[str, tuple[str, ...]]] = {
    "agent": {
        "en": ("Shipping Agency Ltd", "Maritime Services Ltd", "Port Agencies (Pty) Ltd"),
        "es": ("Agencia Marítima SL", "Consignataria de Buques SA", "Agencia Naviera Ltda"),
        "fr": ("Agence Maritime SARL", "Consignation et Transit SA", "Services Portuaires SAS"),
    },
    "fishing": {
        "en": ("Fisheries Co Ltd", "Ocean Fishing Corp", "Seafoods Ltd", "Marine Resources Inc"),
        "es": ("Pesquera SA", "Armadores Pesqueros SL", "Pesca Industrial SAC"),
        "fr": ("Pêcheries SA", "Armement Thonier SAS", "Société de Pêche SARL"),
    },
    "supplier": {
        "en": ("Bunkering Ltd", "Marine Fuels Pte Ltd", "Petroleum Supply Co"),
        "es": ("Combustibles Marinos SA", "Suministros Portuarios SL"),
        "fr": ("Soutage Océan SA", "Carburants Marins SARL"),
    },
    "trader": {
        "en": ("Seafood Trading Ltd", "Cold Chain Logistics Inc", "Frozen Foods Pte Ltd"),
        "es": ("Comercializadora de Productos del Mar SA", "Frigoríficos del Puerto SA"),
        "fr": ("Négoce Produits de la Mer SAS", "Froid Portuaire SA"),
    },
}


def company(rng: random.Random, kind: str, lang: str = "en") -> str:
    return f"{rng.choice(_STEMS)} {rng.choice(_KINDS[kind][lang])}"


_STREETS = {
    "en": (
        "{n} Harbour Road",
        "Unit {n}, Wharf Street",
        "{n} Marine Parade",
        "Pier {n}, Dock Road",
    ),
    "es": (
        "Calle del Muelle {n}",
        "Avenida de los Pescadores {n}",
        "Explanada Muelle Pesquero {n}",
    ),
    "fr": ("{n} rue du Port", "{n} quai des Pêcheurs", "Zone portuaire, lot {n}"),
}
CITIES = {
    "CHN": ("Fuzhou", "Zhoushan", "Shanghai", "Qingdao", "Dalian"),
    "TWN": ("Kaohsiung", "Taipei", "Keelung"),
    "JPN": ("Tokyo", "Yaizu", "Shimizu", "Kesennuma"),
    "KOR": ("Busan", "Seoul"),
    "ESP": ("Vigo", "Bermeo", "Las Palmas de Gran Canaria", "Madrid"),
    "PAN": ("Panama City", "Colón"),
    "SGP": ("Singapore",),
    "VUT": ("Port Vila",),
    "RUS": ("Vladivostok", "Nakhodka", "Murmansk"),
    "MUS": ("Port Louis",),
    "SYC": ("Victoria",),
    "PER": ("Lima", "Callao"),
    "URY": ("Montevideo",),
    "FJI": ("Suva", "Lautoka"),
    "USA": ("Seattle", "Honolulu", "San Diego"),
    "LBR": ("Monrovia",),
    "MHL": ("Majuro",),
    "FRA": ("Concarneau", "Paris"),
}


@dataclass(frozen=True)
class Address:
    street: str
    city: str
    iso3: str


def address(rng: random.Random, iso3: str | None = None, lang: str = "en") -> Address:
    code = iso3 if iso3 in CITIES else rng.choice(sorted(CITIES))
    street = rng.choice(_STREETS[lang]).format(n=rng.randint(2, 480))
    return Address(street, rng.choice(CITIES[code]), code)


# --- dates, numbers, noise ----------------------------------------------------------------------

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


def some_date(rng: random.Random, first_year: int = 2022, last_year: int = 2026) -> date:
    start = date(first_year, 1, 1)
    return start + timedelta(days=rng.randint(0, (date(last_year, 12, 31) - start).days))


def fmt_date(day: date, style: int, lang: str = "en") -> str:
    month = MONTHS[lang][day.month - 1]
    if style == 0:
        return day.isoformat()
    if style == 1:
        return day.strftime("%d/%m/%Y")
    if style == 2:
        return day.strftime("%d.%m.%Y")
    if style == 3:
        if lang == "es":
            return f"{day.day} de {month} de {day.year}"
        return f"{day.day} {month} {day.year}"
    if style == 4:
        return f"{day.day:02d}-{MONTHS['en'][day.month - 1][:3].upper()}-{day.year}"
    return f"{MONTHS['en'][day.month - 1]} {day.day}, {day.year}"


def phone(rng: random.Random) -> str:
    code = rng.choice(("+34 928", "+230", "+248", "+598 2", "+51 1", "+86 591", "+886 7", "+679"))
    return f"{code} {rng.randint(200, 999)} {rng.randint(1000, 9999)}"


def coordinates(rng: random.Random) -> str:
    lat, lon = rng.uniform(0, 45), rng.uniform(0, 179)
    ns, ew = rng.choice("NS"), rng.choice("EW")
    north = f"{int(lat):02d}°{int(lat % 1 * 60):02d}.{rng.randint(0, 9)}'{ns}"
    east = f"{int(lon):03d}°{int(lon % 1 * 60):02d}.{rng.randint(0, 9)}'{ew}"
    return f"{north} {east}"


def placeholder(rng: random.Random, lang: str = "en") -> str:
    options = {
        "en": ("N/A", "n/a", "—", "not assigned", "TBA", "none"),
        "es": ("N/D", "—", "no asignado", "s/n", "sin dato"),
        "fr": ("N/D", "—", "non attribué", "néant", "s.o."),
    }
    return rng.choice(options[lang])


GEAR_WORDS = {
    "DRIFTING_LONGLINES": ("Drifting longline", "Palangre de deriva", "Palangre dérivante"),
    "SET_LONGLINES": ("Set longline", "Palangre de fondo", "Palangre calée"),
    "SQUID_JIGGER": ("Squid jigger", "Potera (calamar)", "Turlutteur"),
    "TRAWLERS": ("Trawler", "Arrastrero", "Chalutier"),
    "TUNA_PURSE_SEINES": ("Tuna purse seiner", "Cerquero atunero", "Senneur thonier"),
    "POLE_AND_LINE": ("Pole and line", "Caña y línea", "Canneur"),
    "CARRIER": ("Reefer / carrier", "Buque frigorífico", "Transporteur frigorifique"),
}


def gear_word(vessel: Vessel, lang: str = "en") -> str:
    words = GEAR_WORDS.get(
        vessel.gear or "", ("Fishing vessel", "Buque pesquero", "Navire de pêche")
    )
    return words[_LANG_INDEX[lang]]


def ref_number(rng: random.Random, prefix: str) -> str:
    return f"{prefix}{rng.randint(2022, 2026)}/{rng.randint(1, 9999):04d}"


RFMOS = ("IOTC", "WCPFC", "ICCAT", "IATTC", "SPRFMO", "NPFC", "CCSBT", "SIOFA")


def rfmo_id(rng: random.Random, rfmo: str, iso3: str | None) -> str:
    """A vessel's number in an RFMO record, shaped like that RFMO's numbers."""
    if rfmo == "IOTC":
        return f"IOTC{rng.randint(1, 99999):06d}"
    if rfmo == "ICCAT":
        return f"AT000{iso3 or 'XXX'}{rng.randint(1, 99999):05d}"
    if rfmo == "WCPFC":
        return str(rng.randint(1000, 19999))
    if rfmo == "IATTC":
        return str(rng.randint(1000, 17999))
    return f"{rfmo[:3]}-{rng.randint(100, 9999)}"


def national_reg_no(rng: random.Random, iso3: str | None) -> str:
    n = rng.randint(1, 99999)
    if iso3 == "CHN":
        return f"{rng.choice(('ZY', 'MY', 'LY'))}{rng.randint(2008, 2024)}{n:05d}"
    if iso3 == "TWN":
        return f"CT{rng.randint(3, 7)}-{n % 10000:04d}"
    if iso3 == "JPN":
        return f"{rng.choice(('SZ', 'MG', 'KN'))}1-{n % 1000:03d}"
    if iso3 == "ESP":
        district = rng.choice(("VI", "GC", "BI", "CA"))
        return f"3-{district}-{rng.randint(1, 9)}-{n % 1000}-{rng.randint(1, 99):02d}"
    return f"{(iso3 or 'REG')[:2]}-{n:05d}"


def eu_cfr(rng: random.Random, iso3: str) -> str:
    return f"{iso3}{rng.randint(0, 999_999_999):09d}"


_SPECIES_AREAS = {
    "YFT": ("51", "57", "71", "77", "34", "87"),
    "BET": ("51", "57", "71", "77", "34", "47"),
    "SKJ": ("51", "57", "71", "77", "87"),
    "ALB": ("81", "87", "57", "27", "34", "41"),
    "SWO": ("51", "57", "87", "77", "34", "41", "27"),
    "OFJ": ("61",),
    "GIS": ("87", "87.2", "87.1.2", "77"),
    "SQA": ("41", "41.3.1"),
    "SAP": ("61", "67"),
    "TOP": ("48.3", "41", "58"),
    "CJM": ("87", "81"),
    "MAS": ("61", "87"),
    "SBF": ("57", "81", "47"),
    "BSH": ("51", "57", "41", "87"),
}


def species_area(rng: random.Random, code: str) -> str:
    """A fishing area where the species is plausibly caught."""
    pool = [c for c in _SPECIES_AREAS.get(code, ()) if c in fao_codes()]
    return rng.choice(pool) if pool else fao_area(rng)
