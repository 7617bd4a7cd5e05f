"""Shared helpers: reference code lists (read at run time), well-formed vessel identities,
country names, dates, numbers and invented parties."""

from __future__ import annotations

import csv
import datetime
import random
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from oceanid_dev.demo.vessels import Vessel, imo_check_ok

from ._page import PageDraft

REFERENCE = Path(__file__).resolve().parents[2] / "oceanid_assets" / "reference"


# --- reference lists ----------------------------------------------------------------------------


def _csv(name: str) -> list[dict[str, str]]:
    with (REFERENCE / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@cache
def mid_rows() -> tuple[tuple[str, str, str], ...]:
    """(mid, iso3, ITU name) for every MID row."""
    return tuple((r["mid"], r["iso3"], r["name"]) for r in _csv("mmsi_mids.csv"))


@cache
def mid_flags() -> dict[str, str]:
    flags: dict[str, str] = {}
    for mid, iso3, _ in mid_rows():
        flags.setdefault(mid, iso3)
    return flags


@cache
def mids_of(iso3: str) -> tuple[str, ...]:
    return tuple(mid for mid, flag, _ in mid_rows() if flag == iso3)


def _parent(name: str) -> str:
    return name.split(" - ")[0].strip()


@cache
def itu_series() -> tuple[tuple[str, str, str], ...]:
    """(low, high, allocated-to) of every ITU call-sign series."""
    rows = []
    for r in _csv("itu_call_sign_series.csv"):
        low, high = (part.strip() for part in r["Series"].split("-"))
        rows.append((low, high, r["Allocated to"].strip()))
    return tuple(rows)


@cache
def series_of(iso3: str) -> tuple[tuple[str, str], ...]:
    """The call-sign series a flag may use (a territory uses its parent State's series)."""
    parents = {_parent(name) for _, flag, name in mid_rows() if flag == iso3}
    return tuple((lo, hi) for lo, hi, who in itu_series() if _parent(who) in parents)


def in_series(call_sign: str, lo: str, hi: str) -> bool:
    if lo[:2] != hi[:2] or call_sign[:2] != lo[:2]:
        return False
    if lo[2] == "A" and hi[2] == "Z":
        return True  # the whole two-character block, whatever follows
    return call_sign[2:3].isalpha() and lo[2] <= call_sign[2] <= hi[2]


def ircs_ok(call_sign: str, iso3: str | None) -> bool:
    if iso3 is None or not (3 <= len(call_sign) <= 7 and call_sign.isalnum()):
        return False
    return any(in_series(call_sign, lo, hi) for lo, hi in series_of(iso3))


def mmsi_ok(mmsi: str) -> bool:
    return len(mmsi) == 9 and mmsi.isdigit() and mmsi[:3] in mid_flags()


@cache
def fao_codes() -> tuple[str, ...]:
    return tuple(r["code"] for r in _csv("fao_areas.csv"))


@cache
def species() -> dict[str, tuple[str, str, str]]:
    """ASFIS code -> (English, Spanish, French) for the curated high-seas species."""
    names = {r["code"]: r["name_en"] for r in _csv("asfis_species_curated.csv")}
    return {
        r["code"]: (names[r["code"]], r["name_es"], r["name_fr"])
        for r in _csv("asfis_species_es_fr.csv")
        if r["code"] in names
    }


# --- countries ----------------------------------------------------------------------------------

# ISO alpha-3 -> (English, Spanish, French, ISO alpha-2)
COUNTRIES: dict[str, tuple[str, str, str, str]] = {
    "CHN": ("China", "China", "Chine", "CN"),
    "TWN": ("Chinese Taipei", "Taipei Chino", "Taipei chinois", "TW"),
    "JPN": ("Japan", "Japón", "Japon", "JP"),
    "KOR": ("Republic of Korea", "República de Corea", "République de Corée", "KR"),
    "RUS": ("Russian Federation", "Federación de Rusia", "Fédération de Russie", "RU"),
    "IDN": ("Indonesia", "Indonesia", "Indonésie", "ID"),
    "VUT": ("Vanuatu", "Vanuatu", "Vanuatu", "VU"),
    "NOR": ("Norway", "Noruega", "Norvège", "NO"),
    "BHS": ("Bahamas", "Bahamas", "Bahamas", "BS"),
    "PAN": ("Panama", "Panamá", "Panama", "PA"),
    "ESP": ("Spain", "España", "Espagne", "ES"),
    "AUS": ("Australia", "Australia", "Australie", "AU"),
    "PRT": ("Portugal", "Portugal", "Portugal", "PT"),
    "FRA": ("France", "Francia", "France", "FR"),
    "LBR": ("Liberia", "Liberia", "Libéria", "LR"),
    "KIR": ("Kiribati", "Kiribati", "Kiribati", "KI"),
    "FJI": ("Fiji", "Fiyi", "Fidji", "FJ"),
    "PHL": ("Philippines", "Filipinas", "Philippines", "PH"),
    "SEN": ("Senegal", "Senegal", "Sénégal", "SN"),
    "MRT": ("Mauritania", "Mauritania", "Mauritanie", "MR"),
    "PER": ("Peru", "Perú", "Pérou", "PE"),
    "ECU": ("Ecuador", "Ecuador", "Équateur", "EC"),
    "SYC": ("Seychelles", "Seychelles", "Seychelles", "SC"),
    "MUS": ("Mauritius", "Mauricio", "Maurice", "MU"),
    "MDG": ("Madagascar", "Madagascar", "Madagascar", "MG"),
    "SLB": ("Solomon Islands", "Islas Salomón", "Îles Salomon", "SB"),
    "FSM": ("Micronesia", "Micronesia", "Micronésie", "FM"),
    "MHL": ("Marshall Islands", "Islas Marshall", "Îles Marshall", "MH"),
    "PNG": ("Papua New Guinea", "Papúa Nueva Guinea", "Papouasie-Nouvelle-Guinée", "PG"),
    "GAB": ("Gabon", "Gabón", "Gabon", "GA"),
    "CIV": ("Côte d'Ivoire", "Côte d'Ivoire", "Côte d'Ivoire", "CI"),
    "GNQ": ("Equatorial Guinea", "Guinea Ecuatorial", "Guinée équatoriale", "GQ"),
    "MLT": ("Malta", "Malta", "Malte", "MT"),
    "HRV": ("Croatia", "Croacia", "Croatie", "HR"),
    "TUR": ("Türkiye", "Turquía", "Turquie", "TR"),
    "ITA": ("Italy", "Italia", "Italie", "IT"),
    "TUN": ("Tunisia", "Túnez", "Tunisie", "TN"),
    "MAR": ("Morocco", "Marruecos", "Maroc", "MA"),
    "SGP": ("Singapore", "Singapur", "Singapour", "SG"),
    "HKG": ("Hong Kong, China", "Hong Kong (China)", "Hong Kong (Chine)", "HK"),
    "GBR": ("United Kingdom", "Reino Unido", "Royaume-Uni", "GB"),
    "NLD": ("Netherlands", "Países Bajos", "Pays-Bas", "NL"),
    "GRC": ("Greece", "Grecia", "Grèce", "GR"),
    "CYP": ("Cyprus", "Chipre", "Chypre", "CY"),
    "BLZ": ("Belize", "Belice", "Belize", "BZ"),
    "TUV": ("Tuvalu", "Tuvalu", "Tuvalu", "TV"),
    "COK": ("Cook Islands", "Islas Cook", "Îles Cook", "CK"),
    "URY": ("Uruguay", "Uruguay", "Uruguay", "UY"),
    "CHL": ("Chile", "Chile", "Chili", "CL"),
    "MEX": ("Mexico", "México", "Mexique", "MX"),
}
LANG_INDEX = {"en": 0, "es": 1, "fr": 2}


def country(iso3: str, lang: str = "en", style: str = "name") -> str:
    """A country as a name in `lang`, or as its ISO alpha-3 / alpha-2 code."""
    if style == "iso3" or iso3 not in COUNTRIES:
        return iso3
    if style == "iso2":
        return COUNTRIES[iso3][3]
    return COUNTRIES[iso3][LANG_INDEX[lang]]


def country_any(rng: random.Random, iso3: str, lang: str = "en") -> str:
    return country(iso3, lang, rng.choice(("name", "name", "name", "iso3", "iso2")))


# Flags a vessel plausibly flew before (reflagging), each with a MID and an ITU series.
FORMER_FLAGS = ("PAN", "VUT", "BLZ", "KIR", "LBR", "PHL", "KOR", "SGP", "FJI", "SLB")


# --- vessel identities --------------------------------------------------------------------------


@dataclass(frozen=True)
class Ident:
    """What a document may print of a vessel: identifiers only when well formed."""

    vessel: Vessel
    name: str
    imo: str | None
    mmsi: str | None
    ircs: str | None
    flag: str | None  # ISO alpha-3: the list's flag, else the MMSI's MID flag
    gt: str | None
    loa: str | None
    year: str | None
    owner: str | None
    port: str | None
    province: str | None
    gear: str | None
    former_name: str | None


def clean(text: str | None) -> str | None:
    if text is None:
        return None
    value = " ".join(text.split()).strip(" ,;:.()[]{}\"'")
    return value or None


def ident(vessel: Vessel) -> Ident:
    mmsi = vessel.mmsi if vessel.mmsi and mmsi_ok(vessel.mmsi) else None
    flag = vessel.flag or (mid_flags().get(vessel.mmsi[:3]) if vessel.mmsi else None)
    ircs = vessel.ircs if vessel.ircs and ircs_ok(vessel.ircs, flag) else None
    port = province = None
    if vessel.port:
        head, _, tail = vessel.port.partition(",")
        port, province = clean(head), clean(tail)
    return Ident(
        vessel=vessel,
        name=clean(vessel.name) or "UNNAMED",
        imo=vessel.imo if vessel.imo and imo_check_ok(vessel.imo) else None,
        mmsi=mmsi,
        ircs=ircs,
        flag=flag,
        gt=vessel.gross_tonnage,
        loa=vessel.length_m,
        year=vessel.build_year,
        owner=clean(vessel.owner),
        port=port,
        province=province,
        gear=vessel.gear,
        former_name=clean(vessel.former_name),
    )


def pick(vessels: list[Vessel], rng: random.Random, count: int) -> list[Ident]:
    """`count` distinct vessels (fewer when the list is shorter), identifiers preferred."""
    pool = [ident(v) for v in rng.sample(vessels, min(len(vessels), count * 4))]
    pool.sort(key=lambda i: -((i.imo is not None) + (i.ircs is not None) + (i.mmsi is not None)))
    chosen = pool[:count]
    rng.shuffle(chosen)
    return chosen


def former_call_sign(rng: random.Random, iso3: str) -> str | None:
    """An invented call sign in one of the flag's ITU series (None if it has none)."""
    series = series_of(iso3)
    if not series:
        return None
    lo, hi = rng.choice(series)
    if lo[2] == "A" and hi[2] == "Z":
        third = rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    else:
        third = chr(rng.randint(ord(lo[2]), ord(hi[2])))
    tail = "".join(
        rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rng.randint(1, 3))
    )
    return lo[:2] + third + tail


def former_mmsi(rng: random.Random, iso3: str) -> str:
    mid = rng.choice(mids_of(iso3))
    return f"{mid}{rng.randint(0, 999_999):06d}"


def other_flag(rng: random.Random, current: str | None) -> str:
    return rng.choice([f for f in FORMER_FLAGS if f != current])


def invent_imo(rng: random.Random) -> str:
    """A 7-digit number with a correct IMO check digit (for other parties' ships)."""
    body = f"{rng.randint(7, 9)}{rng.randint(0, 99_999):05d}"
    check = sum(int(d) * w for d, w in zip(body, (7, 6, 5, 4, 3, 2), strict=True)) % 10
    return f"{body}{check}"


def placeholder(rng: random.Random, lang: str = "en") -> str:
    options = {
        "en": ("N/A", "n/a", "—", "Not assigned", "None", "nil", "0000000", "-", "TBA"),
        "es": ("N/D", "No asignado", "—", "Sin número", "S/N", "-", "no consta"),
        "fr": ("N/A", "Néant", "—", "Non attribué", "-", "sans objet", "néant"),
    }[lang]
    return rng.choice(options)


# --- dates and numbers --------------------------------------------------------------------------

MONTHS = {
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
    "es": (
        "enero", "febrero", "marzo", "abril", "mayo", "junio",
        "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
    ),
    "fr": (
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ),
}  # fmt: skip


@dataclass(frozen=True)
class Day:
    year: int
    month: int
    day: int

    def shift(self, days: int) -> Day:
        d = datetime.date(self.year, self.month, self.day) + datetime.timedelta(days=days)
        return Day(d.year, d.month, d.day)


def random_day(rng: random.Random, year_low: int = 2022, year_high: int = 2025) -> Day:
    return Day(rng.randint(year_low, year_high), rng.randint(1, 12), rng.randint(1, 28))


def fmt_date(day: Day, style: str, lang: str = "en") -> str:
    y, m, d = day.year, day.month, day.day
    month = MONTHS[lang][m - 1]
    if style == "iso":
        return f"{y:04d}-{m:02d}-{d:02d}"
    if style == "dmy/":
        return f"{d:02d}/{m:02d}/{y:04d}"
    if style == "dmy.":
        return f"{d:02d}.{m:02d}.{y:04d}"
    if style == "mdy/":
        return f"{m:02d}/{d:02d}/{y:04d}"
    if style == "dMy":
        return f"{d:02d}-{MONTHS['en'][m - 1][:3].upper()}-{y:04d}"
    if style == "long":
        if lang == "es":
            return f"{d} de {month} de {y}"
        if lang == "fr":
            return f"{'1er' if d == 1 else d} {month} {y}"
        return f"{d} {month} {y}"
    if style == "us":
        return f"{month} {d}, {y}"
    raise ValueError(style)


def date_style(rng: random.Random, lang: str) -> str:
    if lang == "en":
        return rng.choice(("iso", "dmy/", "long", "dMy", "us", "dmy."))
    return rng.choice(("dmy/", "long", "dmy.", "iso"))


def amount(value: float, lang: str = "en", decimals: int = 2) -> str:
    text = f"{value:,.{decimals}f}"
    if lang == "es":
        return text.replace(",", "_").replace(".", ",").replace("_", ".")
    if lang == "fr":
        return text.replace(",", "\u202f").replace(".", ",")
    return text


def decimal(value: str, lang: str) -> str:
    return value.replace(".", ",") if lang in ("es", "fr") else value


def phone(rng: random.Random, code: str) -> str:
    return f"+{code} {rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"


def digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


def upper_letters(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(count))


# --- invented places and parties ----------------------------------------------------------------

# ISO3 -> (city, province or None) options for associates' addresses and home ports
CITIES: dict[str, tuple[tuple[str, str | None], ...]] = {
    "CHN": (
        ("Zhoushan", "Zhejiang"),
        ("Fuzhou", "Fujian"),
        ("Rongcheng", "Shandong"),
        ("Dalian", "Liaoning"),
    ),
    "TWN": (("Kaohsiung", None), ("Keelung", None), ("Su-ao", "Yilan County"), ("Donggang", None)),
    "JPN": (("Yaizu", "Shizuoka"), ("Kesennuma", "Miyagi"), ("Misaki", "Kanagawa")),
    "KOR": (("Busan", None), ("Seoul", None)),
    "RUS": (
        ("Vladivostok", "Primorsky Krai"),
        ("Nakhodka", "Primorsky Krai"),
        ("Petropavlovsk-Kamchatsky", "Kamchatka Krai"),
        ("Murmansk", "Murmansk Oblast"),
    ),
    "ESP": (("Vigo", "Pontevedra"), ("Bermeo", "Bizkaia"), ("Marín", "Pontevedra")),
    "AUS": (("Hobart", "Tasmania"), ("Port Lincoln", "South Australia"), ("Fremantle", "WA")),
    "IDN": (("Benoa", "Bali"), ("Jakarta", None), ("Bitung", "North Sulawesi")),
    "VUT": (("Port Vila", None),),
    "PAN": (("Panama City", None),),
    "NOR": (("Ålesund", None), ("Tromsø", None)),
    "BHS": (("Nassau", None),),
}
STREETS: dict[str, tuple[str, ...]] = {
    "CHN": ("No. {n} Haixing Road", "Room {r}, No. {n} Binhai Avenue", "No. {n} Yugang Road"),
    "TWN": (
        "No. {n}, Yugang E. 2nd Rd., Qianzhen District",
        "{n} Chenggong 1st Road",
        "No. {n}, Sec. 2, Zhongshan Road",
    ),
    "JPN": ("{n}-{r2}-{k} Minato-machi", "{n}-{k} Shinminato"),
    "KOR": ("{n} Chungjang-daero", "{n} Haeun-daero"),
    "RUS": ("ul. Svetlanskaya, d. {n}", "ul. Portovaya, {n}", "pr. Morskoi, {n}"),
    "ESP": (
        "Calle Ribera del Berbés {n}",
        "Avda. de Beiramar {n}",
        "Muelle de Transatlánticos s/n",
    ),
    "AUS": ("{n} Wharf Street", "{n} Esplanade"),
    "IDN": ("Jl. Pelabuhan Benoa No. {n}", "Jl. Muara Baru Ujung No. {n}"),
}
GENERIC_STREETS = ("{n} Harbour Road", "{n} Marine Parade", "Suite {r}, {n} Port Street")
COMPANY_WORDS = (
    "Pacific",
    "Oceanic",
    "Blue Sea",
    "Golden Wave",
    "Eastern Star",
    "Sunrise",
    "Coral",
    "Southern Cross",
    "Harvest",
    "Tai Ping",
    "Hai Feng",
    "Everbright",
    "Neptune",
    "Orion",
)
COMPANY_TAILS = {
    "CHN": ("Ocean Fishery Co Ltd", "Pelagic Fishery Co Ltd", "Marine Fisheries Co Ltd"),
    "TWN": ("Fishery Co Ltd", "Marine Products Co Ltd", "Enterprise Co Ltd"),
    "JPN": ("Gyogyo KK", "Suisan Co Ltd", "Fishing Co Ltd"),
    "KOR": ("Industries Co Ltd", "Fisheries Co Ltd"),
    "RUS": ("Fishing Company JSC", "Rybolovetsky Kolkhoz", "LLC"),
    "ESP": ("Pesquerías SL", "Armadores SA", "Pesca SL"),
}


def invent_company(rng: random.Random, iso3: str | None) -> str:
    tails = COMPANY_TAILS.get(iso3 or "", ("Fishing Co Ltd", "Marine Ltd", "Shipping Inc"))
    return f"{rng.choice(COMPANY_WORDS)} {rng.choice(tails)}"


def city_of(rng: random.Random, iso3: str | None) -> tuple[str, str | None]:
    return rng.choice(CITIES.get(iso3 or "", (("Port Louis", None), ("Singapore", None))))


def street(rng: random.Random, iso3: str | None) -> str:
    pattern = rng.choice(STREETS.get(iso3 or "", GENERIC_STREETS))
    return pattern.format(
        n=rng.randint(1, 388), r=rng.randint(101, 2308), r2=rng.randint(1, 9), k=rng.randint(1, 30)
    )


def postcode(rng: random.Random, iso3: str | None) -> str:
    return {
        "CHN": digits(rng, 6),
        "TWN": digits(rng, 3),
        "JPN": f"{digits(rng, 3)}-{digits(rng, 4)}",
        "RUS": "690" + digits(rng, 3),
        "ESP": "36" + digits(rng, 3),
        "KOR": digits(rng, 5),
        "AUS": "7" + digits(rng, 3),
    }.get(iso3 or "", digits(rng, 5))


PERSONS = (
    "Chen Wei",
    "Lin Mei-hua",
    "Tanaka Hiroshi",
    "Ivan Petrov",
    "María López",
    "John Reilly",
    "Pierre Martin",
    "Kim Min-jun",
    "Ana Ferreira",
    "Sione Tuilagi",
    "Aminata Diop",
    "Wang Lei",
)


# --- printing helpers ---------------------------------------------------------------------------


def put_id(
    page: PageDraft, value: str | None, label: str, rng: random.Random, lang: str = "en"
) -> PageDraft:
    """A vessel identifier when well formed, else the document's own unlabelled placeholder."""
    if value:
        return page.val(value, label)
    return page.add(placeholder(rng, lang))


GEAR_KIND = {
    "DRIFTING_LONGLINES": "longline",
    "SET_LONGLINES": "longline",
    "SQUID_JIGGER": "squid",
    "TUNA_PURSE_SEINES": "seine",
    "CARRIER": "carrier",
    "TRAWLERS": "trawl",
    "POLE_AND_LINE": "pole",
}
GEAR_WORDS = {
    "longline": ("Longliner", "Palangrero", "Palangrier"),
    "squid": ("Squid jigger", "Potero", "Calamarier"),
    "seine": ("Purse seiner", "Cerquero", "Senneur"),
    "carrier": ("Reefer carrier", "Buque de transporte frigorífico", "Transporteur frigorifique"),
    "trawl": ("Trawler", "Arrastrero", "Chalutier"),
    "pole": ("Pole-and-line vessel", "Cañero", "Canneur"),
    "other": ("Fishing vessel", "Buque pesquero", "Navire de pêche"),
}
GEAR_SPECIES = {
    "longline": ("BET", "YFT", "ALB", "SWO", "BSH"),
    "squid": ("OFJ", "GIS", "SQA"),
    "seine": ("SKJ", "YFT", "BET"),
    "carrier": ("YFT", "BET", "SKJ"),
    "trawl": ("TOP", "CJM", "MAS"),
    "pole": ("SKJ", "ALB"),
    "other": ("YFT", "SKJ", "ALB"),
}


def gear_kind(i: Ident) -> str:
    return GEAR_KIND.get(i.gear or "", "other")


def species_name(code: str, lang: str, style: str) -> str:
    """A species as its ASFIS code or its name in `lang`."""
    if style == "code":
        return code
    return species()[code][LANG_INDEX[lang]]


def former_name(rng: random.Random, i: Ident) -> str:
    """The vessel's listed former name, else an invented one."""
    if i.former_name and i.former_name != i.name:
        return i.former_name
    word = rng.choice(COMPANY_WORDS).upper()
    return rng.choice((f"{word} NO.{rng.randint(1, 99)}", f"{word} {rng.randint(1, 999)}", word))


def stream(vessels: list[Vessel], rng: random.Random) -> Iterator[Ident]:
    """An endless supply of vessels, each list pass in a fresh random order."""
    while True:
        yield from pick(vessels, rng, min(len(vessels), 120))


def national_reg_no(rng: random.Random, i: Ident) -> str:
    """An invented registration number in the flag State's register, in that State's style."""
    year = i.year or str(rng.randint(1990, 2022))
    if i.flag == "CHN":
        prov = {"FUJIAN": "MIN", "ZHEJIANG": "ZHE", "SHANDONG": "LU", "LIAONING": "LIAO"}.get(
            (i.province or "").upper(), rng.choice(("MIN", "ZHE", "LU"))
        )
        return f"{prov}-{year}-{rng.randint(1, 99999):05d}"
    if i.flag == "TWN":
        return f"CT{rng.randint(3, 7)}-{rng.randint(1, 9999):04d}"
    if i.flag == "JPN":
        return f"{rng.choice(('SZ', 'MG', 'KN', 'KO'))}1-{rng.randint(1, 999)}"
    if i.flag == "ESP":
        return f"3ª-VI-{rng.randint(1, 9)}-{rng.randint(1, 9999)}-{year[2:]}"
    if i.flag == "RUS":
        return f"{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
    return f"{(i.flag or 'XX')[:2]}{rng.randint(1, 99999):05d}"


# Where a flag's fleet was plausibly built: (country as written, shipyard or place)
BUILDERS: dict[str, tuple[tuple[str, str], ...]] = {
    "JPN": (("Japan", "Shimonoseki"), ("Japan", "Miho Shipyard, Shimizu"), ("Japan", "Niigata")),
    "CHN": (
        ("China", "Zhoushan"),
        ("China", "Huanghai Shipbuilding, Rongcheng"),
        ("China", "Mawei, Fuzhou"),
    ),
    "TWN": (("Taiwan", "Kaohsiung"), ("Taiwan", "Jong Shyn Shipbuilding"), ("Japan", "Yaizu")),
    "KOR": (("Korea", "Busan"), ("Korea", "Daedong Shipbuilding, Busan")),
    "RUS": (("Germany", "Volkswerft Stralsund"), ("Poland", "Gdansk"), ("Norway", "Ulsteinvik")),
    "ESP": (("Spain", "Vigo"), ("Spain", "Astilleros Armón, Navia"), ("Spain", "Marín")),
    "AUS": (("Australia", "Fremantle"), ("Norway", "Ulsteinvik")),
}
GENERIC_BUILDERS = (
    ("Japan", "Imabari"),
    ("China", "Dalian"),
    ("Korea", "Busan"),
    ("Norway", "Ulsteinvik"),
    ("Spain", "Vigo"),
)
BUILD_COUNTRIES = (
    "Japan",
    "China",
    "Taiwan",
    "Korea",
    "Germany",
    "Poland",
    "Norway",
    "Spain",
    "Australia",
)


def builder(rng: random.Random, i: Ident) -> tuple[str, str]:
    return rng.choice(BUILDERS.get(i.flag or "", GENERIC_BUILDERS))
