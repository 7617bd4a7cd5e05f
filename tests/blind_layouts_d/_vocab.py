"""Vocabulary shared by the set-D layouts: country names in three languages, dates as different
publishers write them, species, areas, people, companies, and a per-document vessel profile.

Everything synthesised (licence numbers, addresses, masters...) comes from the document's rng, so a
page depends only on the vessel list and the seed. Identifiers from the vessel lists are printed
only when they are well formed (real lists carry a few bad IMO check digits and stray MMSIs);
a gold span on a malformed identifier would make the evaluation score the list, not the extractor.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from oceanid_dev.demo.vessels import Vessel, imo_check_ok

_REFERENCE = Path(__file__).resolve().parents[2] / "oceanid_assets" / "reference"

# ISO 3166 alpha-3 -> (English, Spanish, French, alpha-2)
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
    "AUS": ("Australia", "Australia", "Australie", "AU"),
    "ESP": ("Spain", "España", "Espagne", "ES"),
    "LBR": ("Liberia", "Liberia", "Libéria", "LR"),
    "MHL": ("Marshall Islands", "Islas Marshall", "Îles Marshall", "MH"),
    "PHL": ("Philippines", "Filipinas", "Philippines", "PH"),
    "SGP": ("Singapore", "Singapur", "Singapour", "SG"),
    "MUS": ("Mauritius", "Mauricio", "Maurice", "MU"),
    "SYC": ("Seychelles", "Seychelles", "Seychelles", "SC"),
    "FRA": ("France", "Francia", "France", "FR"),
    "PRT": ("Portugal", "Portugal", "Portugal", "PT"),
    "ECU": ("Ecuador", "Ecuador", "Équateur", "EC"),
    "PER": ("Peru", "Perú", "Pérou", "PE"),
    "ARG": ("Argentina", "Argentina", "Argentine", "AR"),
    "BLZ": ("Belize", "Belice", "Belize", "BZ"),
    "TGO": ("Togo", "Togo", "Togo", "TG"),
    "KHM": ("Cambodia", "Camboya", "Cambodge", "KH"),
    "SLE": ("Sierra Leone", "Sierra Leona", "Sierra Leone", "SL"),
    "GNQ": ("Equatorial Guinea", "Guinea Ecuatorial", "Guinée équatoriale", "GQ"),
    "TZA": ("Tanzania", "Tanzania", "Tanzanie", "TZ"),
    "GEO": ("Georgia", "Georgia", "Géorgie", "GE"),
    "COM": ("Comoros", "Comoras", "Comores", "KM"),
    "MNG": ("Mongolia", "Mongolia", "Mongolie", "MN"),
    "BOL": ("Bolivia", "Bolivia", "Bolivie", "BO"),
    "HND": ("Honduras", "Honduras", "Honduras", "HN"),
    "CMR": ("Cameroon", "Camerún", "Cameroun", "CM"),
}
LANG_INDEX = {"en": 0, "es": 1, "fr": 2}

# Flags of convenience that IUU vessels pass through, with call-sign prefixes from their ITU
# series (RR Appendix 42) and one of their MMSI MIDs.
FORMER_FLAGS: dict[str, tuple[tuple[str, ...], str]] = {
    "PAN": (("3E", "3F", "HO", "HP", "H9"), "352"),
    "BLZ": (("V3",), "312"),
    "TGO": (("5V",), "671"),
    "KHM": (("XU",), "514"),
    "SLE": (("9L",), "667"),
    "GNQ": (("3C",), "631"),
    "TZA": (("5H", "5I"), "677"),
    "GEO": (("4L",), "213"),
    "COM": (("D6",), "620"),
    "MNG": (("JT",), "457"),
    "BOL": (("CP",), "720"),
    "HND": (("HQ",), "334"),
    "CMR": (("TJ",), "613"),
}


def country(iso3: str, lang: str = "en") -> str:
    names = COUNTRIES.get(iso3)
    return names[LANG_INDEX[lang]] if names else iso3


def alpha2(iso3: str) -> str:
    names = COUNTRIES.get(iso3)
    return names[3] if names else iso3


@cache
def _mid_to_iso3() -> dict[str, str]:
    with (_REFERENCE / "mmsi_mids.csv").open(encoding="utf-8") as handle:
        return {row["mid"]: row["iso3"] for row in csv.DictReader(handle)}


@cache
def _call_sign_prefixes() -> frozenset[str]:
    with (_REFERENCE / "itu_call_sign_series.csv").open(encoding="utf-8") as handle:
        return frozenset(row["Series"][:2] for row in csv.DictReader(handle))


# --- dates ------------------------------------------------------------------------------------

_MONTHS = {
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
DATE_STYLES = ("iso", "dmy_slash", "dmy_dot", "long", "d_mon_y", "mon_upper", "us_long", "mdy")


def fmt_date(day: dt.date, style: str, lang: str = "en") -> str:
    month = _MONTHS[lang][day.month - 1]
    if style == "iso":
        return day.isoformat()
    if style == "dmy_slash":
        return f"{day:%d/%m/%Y}"
    if style == "dmy_dot":
        return f"{day:%d.%m.%Y}"
    if style == "mdy":
        return f"{day:%m/%d/%Y}"
    if style == "d_mon_y":
        return f"{day.day:02d} {_MONTHS['en'][day.month - 1][:3]} {day.year}"
    if style == "mon_upper":
        return f"{day.day:02d}-{_MONTHS['en'][day.month - 1][:3].upper()}-{day.year}"
    if style == "us_long":
        return f"{month} {day.day}, {day.year}"
    # "long", in the page's language
    if lang == "es":
        return f"{day.day} de {month} de {day.year}"
    if lang == "fr":
        return f"{'1er' if day.day == 1 else day.day} {month} {day.year}"
    return f"{day.day} {month} {day.year}"


def validity(rng: random.Random) -> tuple[dt.date, dt.date]:
    """An authorisation period: a calendar year, or twelve months from a month's first day."""
    year = rng.randint(2022, 2026)
    if rng.random() < 0.45:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    start = dt.date(year, rng.randint(1, 12), rng.choice((1, 1, 15)))
    months = rng.choice((6, 12, 12, 24))
    end_month = start.month - 1 + months
    end = dt.date(start.year + end_month // 12, end_month % 12 + 1, start.day) - dt.timedelta(
        days=1
    )
    return start, end


def some_day(rng: random.Random, first_year: int = 2021, last_year: int = 2026) -> dt.date:
    return dt.date(rng.randint(first_year, last_year), rng.randint(1, 12), rng.randint(1, 28))


# --- numbers ----------------------------------------------------------------------------------


def thousands(value: int, sep: str = ",") -> str:
    return f"{value:,}".replace(",", sep)


def decimal(value: str, comma: bool) -> str:
    return value.replace(".", ",") if comma else value


# --- fisheries vocabulary ---------------------------------------------------------------------

# (ASFIS code, English, Spanish, French)
SPECIES: tuple[tuple[str, str, str, str], ...] = (
    ("YFT", "Yellowfin tuna", "Rabil", "Albacore"),
    ("BET", "Bigeye tuna", "Patudo", "Thon obèse"),
    ("SKJ", "Skipjack tuna", "Listado", "Listao"),
    ("ALB", "Albacore", "Atún blanco", "Germon"),
    ("SWO", "Swordfish", "Pez espada", "Espadon"),
    ("BSH", "Blue shark", "Tintorera", "Peau bleue"),
    ("OMZ", "Jumbo flying squid", "Pota jibia", "Encornet géant"),
    ("SQA", "Argentine shortfin squid", "Pota argentina", "Encornet rouge argentin"),
    ("TOP", "Patagonian toothfish", "Austromerluza negra", "Légine australe"),
    ("KRI", "Antarctic krill", "Krill antártico", "Krill antarctique"),
    ("JAX", "Jack and horse mackerels nei", "Jureles nep", "Chinchards nca"),
    ("CJM", "Chilean jack mackerel", "Jurel chileno", "Chinchard du Chili"),
    ("SAP", "Pacific saury", "Paparda del Pacífico", "Balaou japonais"),
    ("MLS", "Striped marlin", "Marlín rayado", "Marlin rayé"),
    ("BUM", "Blue marlin", "Aguja azul", "Makaire bleu"),
)

# RFMO acronym -> (FAO major areas in its convention area, common target species)
RFMOS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "IOTC": (("51", "57"), ("YFT", "BET", "SKJ", "ALB", "SWO")),
    "WCPFC": (("61", "71", "77", "81"), ("ALB", "BET", "YFT", "SKJ", "SWO", "MLS")),
    "ICCAT": (("21", "27", "31", "34", "41", "47"), ("BET", "YFT", "ALB", "SWO", "BUM", "BSH")),
    "IATTC": (("77", "87"), ("YFT", "BET", "SKJ", "SWO")),
    "SPRFMO": (("81", "87"), ("CJM", "OMZ", "JAX")),
    "NPFC": (("61", "67"), ("SAP", "OMZ")),
    "CCAMLR": (("48.3", "58.4.1", "58.5.1", "88.1"), ("TOP", "KRI")),
}

# UN/LOCODE, port, country
PORTS: tuple[tuple[str, str, str], ...] = (
    ("MUPLU", "Port Louis", "MUS"),
    ("SCPOV", "Victoria", "SYC"),
    ("SGSIN", "Singapore", "SGP"),
    ("ESVGO", "Vigo", "ESP"),
    ("ESLPA", "Las Palmas de Gran Canaria", "ESP"),
    ("PECLL", "Callao", "PER"),
    ("ECMEC", "Manta", "ECU"),
    ("FJSUV", "Suva", "FJI"),
    ("PGLAE", "Lae", "PNG"),
    ("MHMAJ", "Majuro", "MHL"),
    ("ZACPT", "Cape Town", "ZAF"),
    ("UYMVD", "Montevideo", "URY"),
    ("THBKK", "Bangkok", "THA"),
    ("KRPUS", "Busan", "KOR"),
)
COUNTRIES.update(
    {
        "FJI": ("Fiji", "Fiyi", "Fidji", "FJ"),
        "PNG": ("Papua New Guinea", "Papua Nueva Guinea", "Papouasie-Nouvelle-Guinée", "PG"),
        "ZAF": ("South Africa", "Sudáfrica", "Afrique du Sud", "ZA"),
        "URY": ("Uruguay", "Uruguay", "Uruguay", "UY"),
        "THA": ("Thailand", "Tailandia", "Thaïlande", "TH"),
    }
)

_HOME_PORTS: dict[str, tuple[tuple[str, str], ...]] = {
    "CHN": (("Zhoushan", "Zhejiang"), ("Fuzhou", "Fujian"), ("Shidao", "Shandong")),
    "TWN": (("Kaohsiung", ""), ("Suao", "Yilan County"), ("Tungkang", "Pingtung County")),
    "JPN": (("Hachinohe", "Aomori"), ("Kesennuma", "Miyagi"), ("Yaizu", "Shizuoka")),
    "KOR": (("Busan", ""), ("Ulsan", "")),
    "RUS": (("Vladivostok", "Primorsky Krai"), ("Nakhodka", "Primorsky Krai")),
    "ESP": (("Vigo", "Pontevedra"), ("Bermeo", "Bizkaia"), ("Cádiz", "Cádiz")),
    "AUS": (("Hobart", "Tasmania"), ("Port Lincoln", "South Australia")),
    "IDN": (("Benoa", "Bali"), ("Bitung", "North Sulawesi")),
}
_STREETS: dict[str, tuple[str, ...]] = {
    "CHN": ("No. {n} Haibin Road", "Room {n}, Building 3, Mawei Port Road", "No. {n} Jiefang Road"),
    "TWN": ("No. {n}, Yugang E. 2nd Rd.", "No. {n}, Sec. 2, Zhongshan Rd."),
    "JPN": ("{n}-2 Minato-machi", "{n}-14 Shinminato"),
    "KOR": ("{n} Chungjang-daero", "{n}, Haeyang-ro"),
    "RUS": ("ul. Svetlanskaya, d. {n}", "ul. Portovaya, {n}"),
    "ESP": (
        "Avenida de Beiramar, {n}",
        "Calle Tomás A. Alonso, {n}",
        "Muelle de Reparaciones, {n}",
    ),
    "AUS": ("{n} Franklin Wharf", "{n} Proper Bay Road"),
}
_SURNAMES: dict[str, tuple[str, ...]] = {
    "CHN": ("LIN", "CHEN", "ZHANG", "WANG", "HUANG", "ZHENG"),
    "TWN": ("TSAI", "LIN", "HUANG", "CHANG", "HSU"),
    "JPN": ("TAKAHASHI", "SATO", "SUZUKI", "WATANABE", "ITO"),
    "KOR": ("KIM", "LEE", "PARK", "CHOI"),
    "RUS": ("ORLOV", "SMIRNOV", "KOZLOV", "POPOV"),
    "ESP": ("OTERO", "PAZOS", "FERNÁNDEZ", "LOUREIRO", "GONZÁLEZ"),
}
_GIVEN: dict[str, tuple[str, ...]] = {
    "CHN": ("Wei", "Jianguo", "Haibo", "Qiang", "Minghui"),
    "TWN": ("Chih-Ming", "Kuo-Hua", "Wen-Chieh"),
    "JPN": ("Kenji", "Hiroshi", "Takeshi"),
    "KOR": ("Min-su", "Sung-ho", "Jae-won"),
    "RUS": ("Sergey", "Aleksandr", "Viktor", "Dmitriy"),
    "ESP": ("José Manuel", "Ramón", "Xosé Luis", "Andrés"),
}
_COMPANY = (
    "{w} FISHERY CO., LTD",
    "{w} OCEAN FISHING CO LTD",
    "{w} MARINE PRODUCTS CORP",
    "{w} PESCA S.A.",
    "{w} SHIPPING INC.",
)
_COMPANY_WORDS = ("PACIFIC STAR", "HONG YUAN", "OCEAN BRIGHT", "GOLDEN SEA", "NORTHERN CROSS")

GEAR_TEXT: dict[str, tuple[str, str, str]] = {
    "DRIFTING_LONGLINES": ("Drifting longlines", "Palangre de deriva", "Palangres dérivantes"),
    "SQUID_JIGGER": ("Squid jigging", "Poteras", "Turluttes"),
    "TRAWLERS": ("Bottom trawls", "Arrastre de fondo", "Chaluts de fond"),
    "TUNA_PURSE_SEINES": ("Purse seine", "Red de cerco", "Senne coulissante"),
    "POLE_AND_LINE": ("Pole and line", "Caña y línea", "Canne"),
    "SET_LONGLINES": ("Set longlines", "Palangre calado", "Palangres calées"),
}


@dataclass(frozen=True)
class Address:
    street: str
    city: str
    state: str  # "" when the address carries none
    country: str  # ISO alpha-3


@dataclass(frozen=True)
class Profile:
    """One vessel as a document presents it: list values where valid, the rest synthesised."""

    name: str
    imo: str | None
    mmsi: str | None
    ircs: str | None
    flag: str | None  # ISO alpha-3
    gross_tonnage: str | None
    length_m: str | None
    beam_m: str
    engine_kw: int
    build_year: str | None
    build_place: tuple[str, str] | None  # (yard town, country alpha-3)
    owner: str | None
    owner_address: Address
    owner_reg_no: str
    operator: str | None
    master: str
    master_nationality: str
    home_port: str | None
    home_port_state: str
    gear: str
    former_name: str | None
    national_reg_no: str
    rfmo_id: str
    licence_no: str
    cfr: str | None


def valid_ids(vessel: Vessel) -> tuple[str | None, str | None, str | None]:
    imo = vessel.imo if vessel.imo and imo_check_ok(vessel.imo) else None
    mmsi = vessel.mmsi if vessel.mmsi and vessel.mmsi[:3] in _mid_to_iso3() else None
    ircs = vessel.ircs
    if ircs and not (3 <= len(ircs) <= 7 and ircs[:2] in _call_sign_prefixes()):
        ircs = None
    return imo, mmsi, ircs


def profile(vessel: Vessel, rng: random.Random, rfmo: str = "IOTC") -> Profile:
    imo, mmsi, ircs = valid_ids(vessel)
    flag = vessel.flag or (_mid_to_iso3().get(mmsi[:3]) if mmsi else None)
    home = flag if flag in _HOME_PORTS else "CHN"
    port_city, port_state = rng.choice(_HOME_PORTS[home])
    if vessel.port:
        port_city = vessel.port.split(",")[0].strip().title()
        port_state = vessel.port.split(",")[1].strip().title() if "," in vessel.port else ""
    gt = vessel.gross_tonnage or (str(rng.randint(120, 2400)) if rng.random() < 0.6 else None)
    loa = vessel.length_m or (f"{rng.uniform(28, 85):.2f}" if rng.random() < 0.6 else None)
    year = vessel.build_year or (str(rng.randint(1985, 2022)) if rng.random() < 0.5 else None)
    people = flag if flag in _SURNAMES else "CHN"
    owner = vessel.owner
    if owner is None and rng.random() < 0.8:
        owner = rng.choice(_COMPANY).format(w=rng.choice(_COMPANY_WORDS))
    street = rng.choice(_STREETS.get(home, _STREETS["CHN"])).format(n=rng.randint(2, 388))
    digits = "".join(rng.choice("0123456789") for _ in range(8))
    return Profile(
        # Lists sometimes keep a type prefix in the name; documents print the bare name.
        name=re.sub(r"^(?:M/T|M/V|F/V|MV|FV|M\.V\.|F\.V\.)\s+", "", vessel.name),
        imo=imo,
        mmsi=mmsi,
        ircs=ircs,
        flag=flag,
        gross_tonnage=gt,
        length_m=loa,
        beam_m=f"{rng.uniform(6.5, 14.0):.1f}",
        engine_kw=rng.randrange(300, 3300, 5),
        build_year=year,
        build_place=(port_city, home) if rng.random() < 0.7 else None,
        owner=owner,
        owner_address=Address(street, port_city, port_state, home),
        owner_reg_no=f"{alpha2(home)}{digits}",
        operator=None if rng.random() < 0.5 else owner,
        master=f"{rng.choice(_SURNAMES[people])} {rng.choice(_GIVEN[people])}",
        master_nationality=people,
        home_port=port_city,
        home_port_state=home,
        gear=GEAR_TEXT[vessel.gear or ""][0]
        if vessel.gear in GEAR_TEXT
        else rng.choice(sorted(GEAR_TEXT.values()))[0],
        former_name=vessel.former_name,
        national_reg_no=_national_reg_no(home, rng),
        rfmo_id=_rfmo_id(rfmo, rng),
        licence_no=_licence_no(home, rng),
        cfr=f"ESP{rng.randint(0, 999_999_999):09d}" if flag == "ESP" else None,
    )


def _national_reg_no(flag: str, rng: random.Random) -> str:
    n = rng.randint(1, 99_999)
    return {
        "CHN": f"{rng.choice(('350', '330', '370'))}{rng.randint(100000, 999999)}{n % 1000:03d}",
        "TWN": f"CT{rng.randint(4, 7)}-{n:05d}",
        "JPN": f"{rng.choice(('AM', 'MG', 'SO'))}1-{n % 10000}",
        "KOR": f"{rng.randint(9, 12):02d}{n:06d}",
        "RUS": f"M-{rng.randint(10, 99)}-{n:04d}",
        "ESP": f"3a-VI-{n % 10000}-{rng.randint(1, 12):02d}",
    }.get(flag, f"{flag[:2] if flag else 'XX'}{n:06d}")


def _rfmo_id(rfmo: str, rng: random.Random) -> str:
    n = rng.randint(1000, 39_999)
    return {
        "IOTC": f"IOTC{n:06d}",
        "ICCAT": f"AT000{rng.choice(('CHN', 'TAI', 'JPN', 'KOR'))}{n:05d}",
        "WCPFC": str(n),
        "IATTC": str(n % 20000),
        "SPRFMO": f"{n}",
        "NPFC": f"{rng.choice(('CN', 'JP', 'RU', 'KR'))}{n % 10000:04d}",
        "CCAMLR": f"{n % 100000}",
    }[rfmo]


def _licence_no(flag: str, rng: random.Random) -> str:
    year = rng.randint(2022, 2026)
    n = rng.randint(1, 9999)
    pattern = rng.choice(
        (
            "{cc}-{year}-{n:04d}",
            "{year}/{cc}/{n:04d}",
            "LIC-{n:05d}",
            "{cc}{year}{n:05d}",
            "No. {n:04d}/{year}",
        )
    )
    text = pattern.format(cc=alpha2(flag), year=year, n=n)
    return text.removeprefix("No. ")  # the prefix is a key, never part of the number
