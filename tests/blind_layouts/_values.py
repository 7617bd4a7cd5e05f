"""Domain values for the blind layouts (test-only data, written without reading the extractor).

Real identities (name, IMO, MMSI, call sign, flag, tonnage, length, owner, port) come from the
`Vessel` records handed in; the values a real page carries but the vessel lists lack (licence
and RFMO numbers, national registration numbers, addresses, validity dates) are invented here,
deterministically per vessel where a real register would keep them stable.
"""

from __future__ import annotations

import random
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

import pycountry

from oceanid_assets.reference import asfis_species, mmsi_mids
from oceanid_dev.demo.vessels import Vessel

PLACEHOLDERS = ("-", "n/a", "—", "", "N/A", "--", "nil")

# alpha-3 -> (English as RFMOs write it, English alternative, Spanish, French)
_COUNTRIES: dict[str, tuple[str, str, str, str]] = {
    "CHN": ("China", "People's Republic of China", "China", "Chine"),
    "TWN": ("Chinese Taipei", "Taiwan", "Taipéi Chino", "Taïwan"),
    "JPN": ("Japan", "Japan", "Japón", "Japon"),
    "KOR": ("Korea", "Republic of Korea", "República de Corea", "Corée du Sud"),
    "RUS": ("Russian Federation", "Russia", "Federación de Rusia", "Russie"),
    "IDN": ("Indonesia", "Indonesia", "Indonesia", "Indonésie"),
    "VUT": ("Vanuatu", "Republic of Vanuatu", "Vanuatu", "Vanuatu"),
    "NOR": ("Norway", "Norway", "Noruega", "Norvège"),
    "BHS": ("Bahamas", "The Bahamas", "Bahamas", "Bahamas"),
    "PAN": ("Panama", "Republic of Panama", "Panamá", "Panama"),
    "LBR": ("Liberia", "Liberia", "Liberia", "Libéria"),
    "MHL": (
        "Marshall Islands",
        "Republic of the Marshall Islands",
        "Islas Marshall",
        "Îles Marshall",
    ),
    "AUS": ("Australia", "Australia", "Australia", "Australie"),
    "ESP": ("Spain", "Spain", "España", "Espagne"),
}
_LANG_INDEX = {"en": 0, "en2": 1, "es": 2, "fr": 3}


def flag_code(v: Vessel) -> str | None:
    """The vessel's flag, else the State its MMSI's MID is allocated to (one allocation only)."""
    if v.flag:
        return v.flag
    if v.mmsi:
        found = mmsi_mids().get(v.mmsi[:3], ())
        if len(found) == 1 and found[0].iso3:
            return found[0].iso3
    return None


_JUNK_CALL_SIGNS = ("TEST", "NONE", "NIL", "HOLINE")


def ircs_of(v: Vessel) -> str | None:
    """The call sign, unless the list holds a placeholder ("TEST", "YYYY") rather than one:
    a page would print such a cell as missing, and gold must not reward junk."""
    ircs = v.ircs
    if not ircs or len(ircs) < 4 or ircs in _JUNK_CALL_SIGNS or len(set(ircs)) == 1:
        return None
    return ircs


def country(iso3: str, lang: str = "en") -> str:
    names = _COUNTRIES.get(iso3)
    if names:
        return names[_LANG_INDEX[lang]]
    found = pycountry.countries.get(alpha_3=iso3)
    return str(getattr(found, "common_name", None) or found.name) if found else iso3


def alpha2(iso3: str) -> str:
    found = pycountry.countries.get(alpha_3=iso3)
    return str(found.alpha_2) if found else iso3


FLAG_STYLES = ("alpha3", "alpha3", "alpha2", "name", "name", "name2")


def flag_as(iso3: str, style: str, lang: str = "en") -> str:
    """A flag in one document-wide style: a table prints all its flags the same way."""
    if style == "alpha3":
        return iso3
    if style == "alpha2":
        return alpha2(iso3)
    return country(iso3, "en2" if style == "name2" and lang == "en" else lang)


def flag_text(rng: random.Random, iso3: str, lang: str = "en") -> str:
    """A flag printed once on a page (a licence, a form): any of the document styles."""
    return flag_as(iso3, rng.choice(FLAG_STYLES), lang)


def port_parts(v: Vessel) -> tuple[str, str | None] | None:
    """(port, province) from "FUZHOU, FUJIAN", title-cased as registers print them."""
    if not v.port:
        return None
    port, _, province = v.port.partition(",")
    return port.strip().title(), (province.strip().title() or None)


def stable(v: Vessel, salt: str, modulo: int) -> int:
    """A number fixed per vessel, so a vessel keeps its invented ids from page to page."""
    key = f"{salt}|{v.name}|{v.imo}|{v.mmsi}".encode()
    return zlib.crc32(key) % modulo


# --- identifiers that the vessel lists do not carry ---------------------------------------------

_JP_PREFECTURES = {
    "AOMORI": "AM",
    "MIYAGI": "MG",
    "HOKKAIDO": "HK",
    "KAGOSHIMA": "KG",
    "KOCHI": "KC",
    "MIYAZAKI": "MZ",
    "IWATE": "IT",
    "SHIZUOKA": "SO",
    "ISHIKAWA": "IK",
    "MIE": "ME",
    "OKINAWA": "ON",
    "IBARAKI": "IG",
}


def national_reg(v: Vessel, nine_digit: bool = False) -> str:
    """A registration number in the flag register's own format; nine_digit gives the all-digit
    numbers some registers use, which look like an MMSI but are not one."""
    n = stable(v, "reg", 10**8)
    flag = flag_code(v)
    if nine_digit or (flag == "CHN" and n % 3 == 0):
        return f"{1 + n % 9}{n:08d}"
    if flag == "TWN":
        return f"CT{4 + n % 4}-{n % 10000:04d}"
    if flag == "JPN":
        province = (v.port or "").partition(",")[2].strip()
        return f"{_JP_PREFECTURES.get(province, 'TK')}{1 + n % 3}-{n % 10000}"
    if flag == "KOR":
        return f"{n % 10**7:07d}-{6260000 + n % 9999}"
    if flag == "RUS":
        return f"M-{n % 10000:04d}"
    if flag == "ESP":
        return f"3ª-VI-{1 + n % 6}-{n % 9000 + 1}-{n % 30:02d}"
    if flag == "PAN":
        return f"{n % 90000 + 10000}-{n % 25:02d}-B"
    return f"{n % 10**6:06d}"


@dataclass(frozen=True)
class Rfmo:
    code: str
    es: str  # the acronym Spanish-language documents use
    fr: str
    areas: tuple[str, ...]
    species: tuple[str, ...]

    def vessel_id(self, v: Vessel) -> str:
        n = stable(v, self.code, 10**6)
        iso3 = flag_code(v) or "XXX"
        return {
            "IOTC": f"IOTC{n:06d}",
            "ICCAT": f"AT000{iso3}{n % 100000:05d}",
            "CCSBT": f"FV{n % 100000:05d}",
            "NPFC": f"{iso3}-{n % 10000:05d}",
            "SPRFMO": f"SPRFMO-{n % 100000:05d}",
        }.get(self.code, str(1000 + n % 40000))


RFMOS = (
    Rfmo("IOTC", "CTOI", "CTOI", ("51", "57", "51.7", "57.4"), ("YFT", "BET", "SKJ", "ALB", "SWO")),
    Rfmo("WCPFC", "WCPFC", "WCPFC", ("61", "71", "77", "81"), ("BET", "YFT", "SKJ", "ALB", "SWO")),
    Rfmo(
        "ICCAT",
        "ICCAT",
        "CICTA",
        ("21", "27", "34", "41", "47", "34.1.2"),
        ("BFT", "ALB", "YFT", "BET", "SWO", "BSH"),
    ),
    Rfmo("IATTC", "CIAT", "CITT", ("77", "87"), ("YFT", "BET", "SKJ", "ALB")),
    Rfmo("NPFC", "NPFC", "NPFC", ("61", "67"), ("SAP", "MAS", "OFJ")),
    Rfmo("SPRFMO", "OROP-PS", "ORGPPS", ("81", "87", "87.2"), ("CJM", "GIS")),
    Rfmo("CCSBT", "CCSBT", "CCSBT", ("57", "58", "81"), ("SBF",)),
    Rfmo("CCAMLR", "CCRVMA", "CCAMLR", ("58.5.1", "58.6", "48.3", "88.1"), ("TOP", "TOA")),
)


def rfmo_for(v: Vessel, rng: random.Random) -> Rfmo:
    """An RFMO that fits the vessel's gear, so that squid jiggers do not turn up in ICCAT."""
    by_code = {r.code: r for r in RFMOS}
    if v.gear == "SQUID_JIGGER":
        return by_code[rng.choice(("NPFC", "SPRFMO"))]
    if v.gear == "TRAWLERS":
        return by_code["SPRFMO"]
    return by_code[rng.choice(("IOTC", "WCPFC", "ICCAT", "IATTC", "CCSBT"))]


# --- species and gear in three languages ----------------------------------------------------

_SPECIES_ES = {
    "YFT": "Rabil",
    "BET": "Patudo",
    "SKJ": "Listado",
    "ALB": "Atún blanco",
    "SWO": "Pez espada",
    "BFT": "Atún rojo",
    "BSH": "Tintorera",
    "SAP": "Paparda del Pacífico",
    "MAS": "Estornino",
    "OFJ": "Pota saltadora",
    "CJM": "Jurel",
    "GIS": "Pota",
    "SBF": "Atún rojo del sur",
    "SQA": "Calamar argentino",
    "TOP": "Merluza negra",
    "TOA": "Austromerluza antártica",
}
_SPECIES_FR = {
    "YFT": "Albacore",
    "BET": "Thon obèse",
    "SKJ": "Listao",
    "ALB": "Germon",
    "SWO": "Espadon",
    "BFT": "Thon rouge",
    "BSH": "Peau bleue",
    "SAP": "Balaou japonais",
    "MAS": "Maquereau espagnol",
    "OFJ": "Encornet volant",
    "CJM": "Chinchard du Chili",
    "GIS": "Encornet géant",
    "SBF": "Thon rouge du Sud",
    "SQA": "Encornet rouge argentin",
    "TOP": "Légine australe",
    "TOA": "Légine antarctique",
}


def species_name(code: str, lang: str) -> str:
    table = {"es": _SPECIES_ES, "fr": _SPECIES_FR}.get(lang, {})
    return table.get(code) or asfis_species().get(code, code)


_GEAR = {
    "DRIFTING_LONGLINES": ("Drifting longline", "Palangre de superficie", "Palangre dérivante"),
    "SET_LONGLINES": ("Set longline", "Palangre de fondo", "Palangre calée"),
    "SQUID_JIGGER": ("Squid jigging", "Potera", "Turlutte"),
    "TRAWLERS": ("Midwater trawl", "Arrastre pelágico", "Chalut pélagique"),
    "POLE_AND_LINE": ("Pole and line", "Caña y línea", "Canne"),
    "TUNA_PURSE_SEINES": ("Purse seine", "Cerco", "Senne tournante"),
    # a vessel type, worded apart from the "Carrier" authorisation so the two never collide
    "CARRIER": ("Refrigerated cargo", "Buque frigorífico", "Navire frigorifique"),
}


def gear_text(v: Vessel, lang: str = "en") -> str | None:
    names = _GEAR.get(v.gear or "")
    return names[{"en": 0, "es": 1, "fr": 2}[lang]] if names else None


# --- associates -------------------------------------------------------------------------------


_OWNER_PATTERNS = {
    "CHN": ("{w} OCEAN FISHERY CO., LTD.", "{w} PELAGIC FISHERIES CO LTD"),
    "TWN": ("{w} FISHERY CO., LTD.", "{w} MARINE PRODUCTS CO."),
    "JPN": ("{w} SUISAN K.K.", "{w} GYOGYO CO., LTD."),
}
_OWNER_WORDS = ("HAIXIN", "HONGRUN", "JINHAI", "YUANFENG", "SHENGLI", "DAYANG", "TAIHE")


def owner_of(v: Vessel) -> str:
    """The listed owner, else an invented company (licences always name one)."""
    if v.owner:
        return v.owner
    patterns = _OWNER_PATTERNS.get(flag_code(v) or "", ("{w} FISHING COMPANY LIMITED",))
    word = _OWNER_WORDS[stable(v, "own", len(_OWNER_WORDS))]
    return patterns[stable(v, "pat", len(patterns))].format(w=word)


_PROPER = ("Pacific", "Atlantic", "Argentine", "Chilean", "Antarctic", "Patagonian", "Indo-Pacific")


def species_in_sentence(code: str) -> str:
    """The English name as it reads mid-sentence: "bigeye tuna", but "Pacific saury"."""
    words = species_name(code, "en").split()
    return " ".join(w if w in _PROPER else w.lower() for w in words)


@dataclass(frozen=True)
class Address:
    street: str
    city: str | None
    state: str | None
    postcode: str | None
    country_iso3: str | None


def address_of(v: Vessel) -> Address:
    n = stable(v, "addr", 10**6)
    iso3 = flag_code(v)
    port = port_parts(v)
    city, state = port if port else (None, None)
    if iso3 == "CHN":
        road = ("Jiangbin", "Haifeng", "Binhai", "Gangwan", "Renmin")[n % 5]
        return Address(f"No. {n % 300 + 1} {road} Road", city, state, f"{n % 90 + 10}0000", iso3)
    if iso3 == "TWN":
        road = ("Yugang E. 2nd Rd.", "Chenggong 2nd Rd.", "Zhongzheng Rd.")[n % 3]
        return Address(f"{n % 120 + 1}F., No. {n % 99 + 1}, {road}", city, None, None, iso3)
    if iso3 == "JPN":
        return Address(
            f"{n % 9 + 1}-{n % 30 + 1}-{n % 12 + 1} Minato-machi", city, state, None, iso3
        )
    if iso3 == "ESP":
        return Address(f"Avenida de Beiramar {n % 90 + 1}, {n % 5 + 1}º", city, state, None, iso3)
    return Address(f"{n % 200 + 1} Harbour Road", city, state, None, iso3)


def company_reg_no(v: Vessel) -> str:
    n = stable(v, "creg", 10**9)
    return f"91{n:09d}MA{n % 997:03d}X"


# --- dates and numbers -----------------------------------------------------------------------

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
}


def validity(rng: random.Random) -> tuple[date, date]:
    """An authorization period: a calendar year, or twelve months from a month start."""
    year = rng.randint(2023, 2026)
    if rng.random() < 0.5:
        return date(year, 1, 1), date(year, 12, 31)
    start = date(year, rng.randint(1, 12), rng.choice((1, 1, 15)))
    end = date(start.year + 1, start.month, start.day) - timedelta(days=1)
    return start, end


def fmt_date(d: date, style: str) -> str:
    """Styles: iso, dmy (dd/mm/yyyy), dot (dd.mm.yyyy), mon (01-Mar-2025), long_en/es/fr."""
    if style == "iso":
        return d.isoformat()
    if style == "dmy":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "mon":
        return f"{d.day:02d}-{MONTHS['en'].split()[d.month - 1][:3]}-{d.year}"
    lang = style.removeprefix("long_")
    month = MONTHS[lang].split()[d.month - 1]
    if lang == "es":
        return f"{d.day} de {month} de {d.year}"
    if lang == "fr":
        return f"{'1er' if d.day == 1 else d.day} {month} {d.year}"
    return f"{d.day} {month} {d.year}"


def fmt_number(value: str, lang: str = "en", thousands: bool = False) -> str:
    """A number from the vessel lists as a publisher in `lang` prints it."""
    whole, _, frac = value.partition(".")
    if thousands and len(whole) > 3:
        sep = {"en": ",", "es": ".", "fr": " "}[lang]
        whole = f"{whole[:-3]}{sep}{whole[-3:]}"
    if not frac:
        return whole
    return f"{whole}{'.' if lang == 'en' else ','}{frac}"


def engine_kw(v: Vessel) -> str:
    """An invented engine power in step with the tonnage (forms print one, the lists lack it)."""
    tonnage = float(v.gross_tonnage or 400)
    return str(int(min(4000, 150 + tonnage * 0.9)) // 10 * 10 + stable(v, "kw", 10))


def pick(rng: random.Random, vessels: Sequence[Vessel], k: int) -> list[Vessel]:
    """k vessels; a third of the time all of one flag, as in a flag State's own list."""
    if rng.random() < 0.35:
        by_flag: dict[str, list[Vessel]] = {}
        for v in vessels:
            by_flag.setdefault(flag_code(v) or "", []).append(v)
        big = [flag for flag, group in by_flag.items() if flag and len(group) >= 8]
        if big:
            group = by_flag[rng.choice(big)]
            return rng.sample(group, min(k, len(group)))
    return rng.sample(list(vessels), min(k, len(vessels)))


_YARDS = {
    "CHN": ("Rongcheng", "Zhoushan", "Ningbo", "Mawei"),
    "TWN": ("Kaohsiung", "Keelung"),
    "JPN": ("Ishinomaki", "Kesennuma", "Shimonoseki", "Nagasaki"),
    "KOR": ("Busan", "Mokpo"),
    "RUS": ("Vladivostok", "Nakhodka"),
    "ESP": ("Vigo", "Marín"),
    "NOR": ("Ulsteinvik", "Brattvåg"),
}


def build_place(v: Vessel) -> tuple[str, str] | None:
    """An invented place of build in the flag State (the lists carry none): (town, alpha-3)."""
    flag = flag_code(v)
    yards = _YARDS.get(flag or "")
    return (yards[stable(v, "yard", len(yards))], flag) if yards and flag else None


_EU = ("ESP", "PRT", "FRA", "ITA", "NLD", "IRL", "LTU", "LVA", "POL", "DEU", "GRC", "MLT", "CYP")
# UN/LOCODEs of ports of registry found in the vessel lists (a small, hand-checked subset).
_LOCODES = {
    "FUZHOU": "CNFOC",
    "ZHOUSHAN": "CNZOS",
    "NINGBO": "CNNGB",
    "KAOHSIUNG": "TWKHH",
    "KEELUNG": "TWKEL",
    "BUSAN": "KRPUS",
    "VLADIVOSTOK": "RUVVO",
    "NAKHODKA": "RUNJK",
    "PETROPAVLOVSK-KAMCHATSKIY": "RUPKC",
    "HACHINOHE": "JPHHE",
    "TOKYO": "JPTYO",
    "BERGEN": "NOBGO",
    "VIGO": "ESVGO",
    "HOBART": "AUHBA",
}


def cfr_of(v: Vessel) -> str | None:
    """An EU fleet register number (country + 9 digits) for EU-flagged vessels only."""
    flag = flag_code(v)
    return f"{flag}{stable(v, 'cfr', 10**9):09d}" if flag in _EU else None


def port_locode(v: Vessel) -> str | None:
    return _LOCODES.get((v.port or "").partition(",")[0].strip())


def ffa_vid(v: Vessel) -> str:
    """An invented number in a regional (non-RFMO) register: the FFA Vessel Register."""
    return str(stable(v, "ffa", 90000) + 10000)
