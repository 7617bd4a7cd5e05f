"""Invented words for the pages: associates' addresses, companies, officials, place names."""

from __future__ import annotations

import random
from dataclasses import dataclass

from ._common import Facts

# City, state/province for flags whose vessels often have no port in the list.
_CITIES: dict[str, tuple[tuple[str, str | None], ...]] = {
    "CHN": (
        ("Zhoushan", "Zhejiang"),
        ("Fuzhou", "Fujian"),
        ("Rongcheng", "Shandong"),
        ("Dalian", "Liaoning"),
        ("Shanghai", None),
    ),
    "TWN": (("Kaohsiung", None), ("Suao", "Yilan County"), ("Pingtung", None)),
    "JPN": (
        ("Yaizu", "Shizuoka"),
        ("Kesennuma", "Miyagi"),
        ("Misaki", "Kanagawa"),
        ("Shiogama", "Miyagi"),
    ),
    "KOR": (("Busan", None), ("Seoul", None)),
    "RUS": (
        ("Vladivostok", "Primorsky Krai"),
        ("Nakhodka", "Primorsky Krai"),
        ("Petropavlovsk-Kamchatsky", "Kamchatka Krai"),
    ),
    "ESP": (("Vigo", "Pontevedra"), ("Bermeo", "Bizkaia"), ("Las Palmas", "Gran Canaria")),
    "AUS": (("Hobart", "Tasmania"), ("Port Lincoln", "South Australia"), ("Fremantle", "WA")),
    "PAN": (("Panama City", None),),
    "VUT": (("Port Vila", None),),
    "IDN": (("Jakarta", None), ("Bitung", "North Sulawesi")),
}
_STREETS = {
    "CHN": (
        "No. {n} Haibin Road",
        "Room {r}, No. {n} Binhai Avenue",
        "No. {n} Yugang Road",
        "Building {b}, No. {n} Xingang Road",
    ),
    "TWN": (
        "No. {n}, Yugang N. 3rd Rd.",
        "{n}F., No. {r}, Chenggong 2nd Rd.",
        "No. {n}, Jiangnan Rd.",
    ),
    "JPN": ("{b}-{n}-{b} Minato-cho", "{b}-{n} Uomachi", "{b}-{b}-{n} Shinminato"),
    "KOR": ("{n} Jungang-daero, Jung-gu", "{n}, Chungjang-daero"),
    "RUS": ("ul. Svetlanskaya, {n}", "ul. Portovaya, {n}, of. {r}"),
    "ESP": (
        "Avenida de Beiramar, {n}",
        "Calle Puerto Pesquero, {n}",
        "Muelle de Reparaciones, s/n",
    ),
}
_DEFAULT_STREETS = ("{n} Harbour Road", "Suite {r}, {n} Marine Parade", "{n} Wharf Street")


@dataclass(frozen=True)
class Address:
    street: str
    city: str
    state: str | None
    country: str  # ISO alpha-3


def address(rng: random.Random, f: Facts) -> Address:
    iso3 = f.flag or "CHN"
    if f.port and rng.random() < 0.6:
        city, state = f.port.title(), (f.province.title() if f.province else None)
    else:
        city, state = rng.choice(_CITIES.get(iso3, (("Port Louis", None), ("Singapore", None))))
    template = rng.choice(_STREETS.get(iso3, _DEFAULT_STREETS))
    street = template.format(n=rng.randint(1, 388), r=rng.randint(101, 2208), b=rng.randint(1, 9))
    return Address(street, city, state, iso3)


_COMPANY_WORDS = (
    "Ocean",
    "Pacific",
    "Blue Horizon",
    "Tasman",
    "Deep Sea",
    "Southern Cross",
    "Golden Wave",
    "Orient",
    "Meridian",
    "Polar",
    "Coral",
    "Seahawk",
)
_COMPANY_KINDS = (
    "Fishery Co., Ltd.",
    "Fishing Co Ltd",
    "Marine Products Co., Ltd.",
    "Shipping Inc.",
    "Holdings Ltd",
    "Ocean Fishery Co Ltd",
)


def company(rng: random.Random) -> str:
    return f"{rng.choice(_COMPANY_WORDS)} {rng.choice(_COMPANY_KINDS)}"


_ES_WORDS = ("ARNELA", "RIAS BAIXAS", "MAR DE ONS", "CANTABRICO", "ATUNERA GALLEGA", "TOXA")


def owner_name(rng: random.Random, f: Facts) -> str:
    """The list's owner, else an invented company (still the vessel's owner on the page)."""
    if f.owner:
        return f.owner
    if f.flag == "ESP":
        kind = rng.choice(("PESQUERIAS {w} SL", "ARMADORA {w} SA", "PESCA {w} SL"))
        return kind.format(w=rng.choice(_ES_WORDS))
    return company(rng).upper()


PEOPLE = (
    "Li Wei",
    "Chen Jianguo",
    "Wang Fang",
    "Lin Chih-Hao",
    "Tanaka Hiroshi",
    "Sato Kenji",
    "Park Min-jun",
    "Ivanov Sergei",
    "María López Vidal",
    "Jean-Marc Le Gall",
    "Sarah O'Connell",
    "David Kerr",
    "Ana Beatriz Souza",
    "Nguyen Van Long",
    "Tevita Fifita",
    "John Teaiwa",
)

BANKS = (
    "Harbourside Commercial Bank",
    "Banco Atlántico de Comercio",
    "Nordic Trade Finance AB",
    "Meridian Trade Finance SA",
    "Pacific Rim Commodity Bank",
)

LAW_FIRMS = (
    "Holman Fenwick & Partners LLP",
    "Clyde Marine Law LLP",
    "Ince Gordon Dadds",
    "Watson & Reed Solicitors",
    "Bufete Marítimo Arnaiz",
    "Cabinet Villeneuve & Associés",
)

CLAIMANTS = (
    "Bunker Supply Asia Pte Ltd",
    "Fuelmar Trading SA",
    "Seafrost Cold Storage Ltd",
    "Atlantic Ship Repair Yard Ltd",
    "Astilleros del Atlántico SA",
    "Crew Welfare Trust",
    "Transoceanic Provisions BV",
    "Banque Maritime du Nord",
)

RO_NAMES = (
    "Bureau Veritas Marine & Offshore",
    "Lloyd's Register",
    "DNV AS",
    "ClassNK",
    "Korean Register",
    "China Classification Society",
    "RINA Services S.p.A.",
    "American Bureau of Shipping",
)
