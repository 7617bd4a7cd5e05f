"""What demo documents say about vessels: reference vocabulary, and the wording of a vessel's
particulars as labelled parts (see `sheet.Part`).

Species codes are FAO ASFIS 3-alpha codes; FAO area names follow the CWP code list
(fdiwg/fdi-codelists, cl_fao_areas). RFMO identifiers and every licence, registration and
company number made from these are invented.
"""

from __future__ import annotations

import random
import re
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from oceanid_assets.preannotate.validators import country_code
from oceanid_dev.demo.sheet import Part
from oceanid_dev.demo.vessels import Vessel


@dataclass(frozen=True)
class Rfmo:
    code: str
    name: str
    record_title: str
    id_header: str
    id_format: str  # fields: n, flag
    areas: tuple[str, ...]
    species: tuple[str, ...]


@dataclass(frozen=True)
class Country:
    name: str
    iso2: str
    authority: str
    places: tuple[tuple[str, str], ...]  # (city, state or "")
    street: str  # fields: n, m


RFMOS = (
    Rfmo(
        "IOTC",
        "Indian Ocean Tuna Commission",
        "Record of Authorized Vessels",
        "No.",
        "IOTC{n:06d}",
        ("51", "57"),
        ("YFT", "BET", "SKJ", "ALB", "SWO"),
    ),
    Rfmo(
        "WCPFC",
        "Western and Central Pacific Fisheries Commission",
        "Record of Fishing Vessels",
        "VID",
        "{n:05d}",
        ("61", "71", "77", "81"),
        ("YFT", "BET", "SKJ", "ALB"),
    ),
    Rfmo(
        "NPFC",
        "North Pacific Fisheries Commission",
        "Vessel Registry",
        "ID",
        "NPFC-V{n:05d}",
        ("61", "67"),
        ("SAP", "MAS", "OFJ"),
    ),
    Rfmo(
        "SPRFMO",
        "South Pacific Regional Fisheries Management Organisation",
        "Record of Vessels",
        "ID",
        "SP{n:06d}",
        ("81", "87"),
        ("GIS", "CJM"),
    ),
    Rfmo(
        "ICCAT",
        "International Commission for the Conservation of Atlantic Tunas",
        "Record of Vessels",
        "Serial No.",
        "AT000{flag}{n:05d}",
        ("21", "27", "34", "41", "47"),
        ("BFT", "YFT", "BET", "SWO", "ALB"),
    ),
)
SPECIES = {
    "YFT": "Yellowfin tuna",
    "BET": "Bigeye tuna",
    "SKJ": "Skipjack tuna",
    "ALB": "Albacore",
    "SWO": "Swordfish",
    "BFT": "Atlantic bluefin tuna",
    "SAP": "Pacific saury",
    "MAS": "Chub mackerel",
    "OFJ": "Neon flying squid",
    "GIS": "Jumbo flying squid",
    "CJM": "Chilean jack mackerel",
}
FAO_AREAS = {
    "21": "Atlantic, Northwest",
    "27": "Atlantic, Northeast",
    "34": "Atlantic, Eastern Central",
    "41": "Atlantic, Southwest",
    "47": "Atlantic, Southeast",
    "51": "Indian Ocean, Western",
    "57": "Indian Ocean, Eastern",
    "61": "Pacific, Northwest",
    "67": "Pacific, Northeast",
    "71": "Pacific, Western Central",
    "77": "Pacific, Eastern Central",
    "81": "Pacific, Southwest",
    "87": "Pacific, Southeast",
}


def _country(name: str, iso2: str, authority: str, street: str, *places: str) -> Country:
    cities = tuple((city, state.strip()) for city, _, state in (p.partition(",") for p in places))
    return Country(name, iso2, authority, cities, street)


# Flags of the vessel lists and the synthetic fleet; addresses and shipyards use their cities.
COUNTRIES = {
    "CHN": _country(
        "People's Republic of China",
        "CN",
        "Bureau of Fisheries, Ministry of Agriculture and Rural Affairs",
        "No. {n} Haibin Road, Room {m}",
        "Zhoushan, Zhejiang",
        "Fuzhou, Fujian",
        "Rongcheng, Shandong",
    ),
    "TWN": _country(
        "Chinese Taipei",
        "TW",
        "Fisheries Agency",
        "No. {n}, Yugang E. 2nd Rd.",
        "Kaohsiung",
        "Su-ao, Yilan County",
    ),
    "RUS": _country(
        "Russian Federation",
        "RU",
        "Federal Agency for Fishery",
        "ul. Portovaya {n}, office {m}",
        "Vladivostok, Primorsky Krai",
        "Korsakov, Sakhalin Oblast",
        "Petropavlovsk-Kamchatsky, Kamchatka Krai",
    ),
    "JPN": _country(
        "Japan",
        "JP",
        "Fisheries Agency",
        "{n}-{m} Minato-machi",
        "Hachinohe, Aomori",
        "Kesennuma, Miyagi",
        "Yaizu, Shizuoka",
    ),
    "KOR": _country(
        "Republic of Korea",
        "KR",
        "Ministry of Oceans and Fisheries",
        "{n} Chungjang-daero, Jung-gu",
        "Busan",
    ),
    "PAN": _country(
        "Panama",
        "PA",
        "Autoridad de los Recursos Acuaticos de Panama",
        "Calle {n}, Torre Global, Piso {m}",
        "Panama City",
    ),
    "VUT": _country(
        "Vanuatu",
        "VU",
        "Vanuatu Fisheries Department",
        "PO Box {n}{m}, Lini Highway",
        "Port Vila, Shefa",
    ),
    "NOR": _country(
        "Norway",
        "NO",
        "Directorate of Fisheries",
        "Strandkaien {n}",
        "Bergen, Vestland",
        "Alesund, More og Romsdal",
    ),
    "AUS": _country(
        "Australia",
        "AU",
        "Australian Fisheries Management Authority",
        "{n} Wharf Road",
        "Hobart, Tasmania",
        "Port Lincoln, South Australia",
    ),
    "ESP": _country(
        "Spain",
        "ES",
        "Secretaria General de Pesca",
        "Avenida del Puerto {n}, {m}",
        "Vigo, Galicia",
        "Bermeo, Basque Country",
    ),
}
# Flags that appear only as a previous flag or without particulars of their own.
_OTHER_FLAGS = {
    "BLZ": ("Belize", "BZ"),
    "TGO": ("Togo", "TG"),
    "KIR": ("Kiribati", "KI"),
    "IDN": ("Indonesia", "ID"),
    "BHS": ("Bahamas", "BS"),
    "LBR": ("Liberia", "LR"),
}
FLAGS_OF_CONVENIENCE = ("PAN", "VUT", "BLZ", "TGO", "KIR")
EU_FLAGS = {"ESP", "PRT", "FRA", "ITA", "NLD", "IRL"}
_GEAR = {
    "DRIFTING_LONGLINES": ("Drifting longlines", "longliner"),
    "SET_LONGLINES": ("Set longlines", "longliner"),
    "SQUID_JIGGER": ("Squid jigging", "squid jigger"),
    "TRAWLERS": ("Trawls", "trawler"),
    "TUNA_PURSE_SEINES": ("Purse seine", "purse seiner"),
    "POLE_AND_LINE": ("Pole and line", "pole-and-line vessel"),
    "CARRIER": ("Carrier (transhipment)", "carrier vessel"),
}
_MONTHS = (
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
)
ALL_DATE_STYLES = ("iso", "slash", "dot", "long")


def country(code: str | None) -> Country:
    if code in COUNTRIES:
        return COUNTRIES[code]
    code = code or "Unknown"
    # An unknown flag keeps its alpha-3 code as both name and country code.
    name, iso2 = _OTHER_FLAGS.get(code, (code, code))
    return Country(name, iso2, "Maritime Administration", (), "{n} Harbour Road")


def fmt_date(day: date, style: str) -> str:
    if style == "iso":
        return day.isoformat()
    if style == "long":
        return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
    sep = "/" if style == "slash" else "."
    return f"{day.day:02d}{sep}{day.month:02d}{sep}{day.year}"


def some_day(rng: random.Random, first: date = date(2025, 1, 1), span_days: int = 540) -> date:
    return first + timedelta(days=rng.randint(0, span_days))


def stable_rng(*keys: str) -> random.Random:
    """Per-entity randomness: the same vessel keeps its RFMO number across documents
    (built-in hash() is salted per process, crc32 is not)."""
    return random.Random(zlib.crc32("|".join(keys).encode()))  # noqa: S311 - not for secrets


def rfmo_id(rfmo: Rfmo, vessel: Vessel) -> str:
    own = stable_rng(rfmo.code, vessel.name, vessel.mmsi or vessel.imo or "")
    return rfmo.id_format.format(n=own.randint(1, 99_999), flag=vessel.flag or "NCO")


def gear(vessel: Vessel) -> tuple[str, str]:
    code = vessel.gear or ""
    return _GEAR.get(code, (code.replace("_", " ").capitalize(), "fishing vessel"))


def owner_name(vessel: Vessel) -> str:
    return vessel.owner or " ".join(vessel.name.split()[:2]) + " FISHERY CO LTD"


def port_parts(vessel: Vessel, *, title: bool = True) -> list[Part]:
    city, _, state = (vessel.port or "").partition(",")
    fix = str.title if title else str.strip
    parts: list[Part] = [("HOME_PORT", fix(city.strip()))]
    if not state.strip():
        return parts
    # Labelset v1: HOME_PORT_STATE is the port's country; a province ("Shandong") is no label.
    where = fix(state.strip())
    return [*parts, ", ", ("HOME_PORT_STATE", where) if country_code(where) else where]


def address_parts(vessel: Vessel, rng: random.Random) -> list[Part]:
    where = country(vessel.flag)
    city, _, state = (vessel.port or "").title().partition(",")
    if not city and where.places:
        city, state = rng.choice(where.places)
    street = where.street.format(n=rng.randint(1, 240), m=rng.randint(101, 1208))
    parts: list[Part] = [("ADDRESS", street)]
    if city.strip():
        parts += [", ", ("CITY", city.strip())]
    if state.strip():
        parts += [", ", ("STATE", state.strip())]
    return [*parts, ", ", ("COUNTRY_CODE", where.iso2)]


def idents(vessel: Vessel, *, mmsi: bool = False) -> list[Part]:
    """The parenthesised identifiers that follow a vessel name in prose."""
    found: list[list[Part]] = []
    if vessel.imo:
        found.append(["IMO ", ("IMO", vessel.imo)])
    if vessel.ircs:
        found.append(["call sign ", ("IRCS", vessel.ircs)])
    if vessel.mmsi and (mmsi or not found):
        found.append(["MMSI ", ("MMSI", vessel.mmsi)])
    if not found:
        return []
    parts: list[Part] = [" ("]
    for i, item in enumerate(found):
        parts += ([", "] if i else []) + item
    return [*parts, ")"]


def metric(kind: str | None, value: str, unit: str) -> list[Part]:
    head: list[Part] = [("METRIC_TYPE", kind), ": "] if kind else []
    return [*head, ("METRIC_VALUE", value), " ", ("METRIC_UNIT", unit)]


def pick(
    vessels: Sequence[Vessel],
    rng: random.Random,
    want: Callable[[Vessel], bool] = lambda v: bool(v.flag),
) -> Vessel:
    """A random vessel, preferring ones with the particulars this document shows."""
    for _ in range(20):
        vessel = rng.choice(vessels)
        if want(vessel):
            return vessel
    return rng.choice(vessels)


def template(text: str, **values: Part | list[Part]) -> list[Part]:
    """Literal text with {key} slots filled by parts, so that values named inside prose are
    labelled like any other."""
    parts: list[Part] = []
    for i, piece in enumerate(re.split(r"\{(\w+)\}", text)):
        if i % 2:
            value = values[piece]
            parts.extend(value if isinstance(value, list) else [value])
        elif piece:
            parts.append(piece)
    return parts


# --- sentences of a circular ---------------------------------------------------------------------


def _removed(v: Vessel, rng: random.Random, style: str) -> list[Part]:
    return template(
        "The Secretariat informs Members that the vessel {name}{ids}, flagged to "
        "{flag}, was removed from the Record on {end} at the request of its flag "
        "State, following the expiry of its fishing authorization.",
        name=("VESSEL_NAME", v.name),
        ids=idents(v),
        flag=_flag(v),
        end=("END_DATE", fmt_date(some_day(rng), style)),
    )


def _added(v: Vessel, rng: random.Random, style: str) -> list[Part]:
    start = some_day(rng)
    size: list[Part] = [" of ", *metric(None, v.gross_tonnage, "GT")] if v.gross_tonnage else []
    return [
        *template(
            "The {name}{ids}, a {kind}",
            name=("VESSEL_NAME", v.name),
            ids=idents(v, mmsi=True),
            kind=gear(v)[1],
        ),
        *size,
        *template(
            " flagged to {flag}, has been added to the Record for the period {start} to {end}.",
            flag=_flag(v),
            start=("START_DATE", fmt_date(start, style)),
            end=("END_DATE", fmt_date(start + timedelta(days=364), style)),
        ),
    ]


def _renamed(v: Vessel, rng: random.Random, style: str) -> list[Part]:
    former = v.former_name or f"{rng.choice(('OCEAN', 'SEA', 'PACIFIC'))} {v.name.split()[-1]}"
    return template(
        "The flag State has notified that the vessel formerly named {former} is now "
        "registered as {name}{ids}. All other particulars in the Record remain "
        "unchanged.",
        former=("NAME_CHANGE", former),
        name=("VESSEL_NAME", v.name),
        ids=idents(v),
    )


def _reflagged(v: Vessel, rng: random.Random, style: str) -> list[Part]:
    previous = rng.choice([c for c in FLAGS_OF_CONVENIENCE if c != v.flag])
    return template(
        "The {name}{ids} has been transferred from the flag of {old} to the flag of "
        "{flag} with effect from {start}. Members are invited to note that the vessel "
        "operated under its previous flag in the Convention Area.",
        name=("VESSEL_NAME", v.name),
        ids=idents(v),
        old=_country_in_prose(previous, "FLAG_CHANGE"),
        flag=_flag(v),
        start=("START_DATE", fmt_date(some_day(rng), style)),
    )


def _owned(v: Vessel, rng: random.Random, style: str) -> list[Part]:
    role = rng.choice(("registered owner", "operator"))
    return template(
        "According to the information provided, the {role} of the {name}{ids} is "
        "{owner}, {address}. No infringement has been reported for this vessel.",
        role=("ASSOC_ROLE", role),
        name=("VESSEL_NAME", v.name),
        ids=idents(v),
        owner=("ASSOC_NAME", owner_name(v)),
        address=address_parts(v, rng),
    )


def _flag(v: Vessel) -> list[Part]:
    return _country_in_prose(v.flag, "FLAG") if v.flag else ["an undetermined flag State"]


def _country_in_prose(code: str, label: str) -> list[Part]:
    name = country(code).name
    article = "the " if name.split()[0] in ("People's", "Russian", "Republic", "Bahamas") else ""
    return [article, (label, name)]


EVENTS = (_removed, _added, _renamed, _reflagged, _owned)
