"""Vessel identities for demo documents: real public lists when present, else a synthetic fleet.

The real lists live outside the repository (../shared/data/vessels) and are read at run time
only; they are for internal testing and must never be copied into the project.
"""

from __future__ import annotations

import csv
import io
import logging
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass, fields, replace
from pathlib import Path

from oceanid_assets import config

log = logging.getLogger("oceanid.demo")

ENV_VAR = "OCEANID_VESSELS_DIR"
DEFAULT_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "vessels"
SYNTHETIC_FLEET_SIZE = 60


@dataclass(frozen=True)
class Vessel:
    name: str
    imo: str | None  # 7 digits; invalid check digits in real data are kept as found
    mmsi: str | None  # 9 digits
    ircs: str | None
    flag: str | None  # ISO 3166-1 alpha-3
    gross_tonnage: str | None
    length_m: str | None
    build_year: str | None
    owner: str | None
    port: str | None  # port of registry, e.g. "FUZHOU, FUJIAN"
    gear: str | None  # gear code as in the lists, e.g. "DRIFTING_LONGLINES"
    former_name: str | None = None


def imo_check_ok(imo: str) -> bool:
    """True if a 7-digit IMO number's last digit is its check digit."""
    if not re.fullmatch(r"\d{7}", imo):
        return False
    total = sum(int(d) * w for d, w in zip(imo[:6], (7, 6, 5, 4, 3, 2), strict=True))
    return total % 10 == int(imo[6])


def load_vessels(source_dir: Path | None = None) -> list[Vessel]:
    """Merged, deduplicated vessels from the CSV lists in source_dir (default: the env var
    OCEANID_VESSELS_DIR, else ../shared/data/vessels); a synthetic fleet if there are none."""
    folder = source_dir or Path(config.text(ENV_VAR) or DEFAULT_DIR)
    files = _csv_files(folder) if folder.is_dir() else []
    vessels = _merge(files)
    if vessels:
        log.info(
            "demo vessels: %d real identities from %d CSV files in %s",
            len(vessels),
            len(files),
            folder,
        )
        return vessels
    # The normal case outside this workplace: the real lists are not shipped.
    log.info(
        "demo vessels: a synthetic fleet of %d (no vessel lists in %s; set %s to a folder of "
        "vessel CSVs to use real identities)",
        SYNTHETIC_FLEET_SIZE,
        folder,
        ENV_VAR,
    )
    return synthetic_fleet(SYNTHETIC_FLEET_SIZE)


# --- real lists -------------------------------------------------------------------------------

# Column names across the GFW lists, best source first; headers are matched case-insensitively
# after stripping (one list has both "Call Sign" and "Call Sign "). The reefer list's
# flag_state holds country names rather than alpha-3 codes, so it is deliberately not read.
_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("shipname", "ais_shipname", "vessel name", "name", "skylight_name"),
    "imo": ("imo", "ais_imo", "skylight_imo"),
    "mmsi": ("mmsi", "ssvid"),
    "ircs": ("call_sign", "ais_callsign", "callsign", "call sign"),
    "flag": ("vessel_flag", "vessel_flag_best", "flag"),
    "gross_tonnage": ("gross_tonnage", "ihs_grosstonnage", "avg_gross_tonnage"),
    "length_m": ("length_overall_meters", "ihs_lengthoverallloa.meters.", "avg_length"),
    "build_year": ("year_of_build", "ihs_yearofbuild"),
    "owner": ("registered_owner", "ihs_registeredowner"),
    "port": ("port_of_registry", "ihs_portofregistry"),
    "gear": ("geartype", "geartype_best", "gear type"),
    "former_name": ("past_ship_name", "ihs_exname"),
}
# Richer and cleaner lists win when the same vessel appears twice; the squid-fleet list is
# noisy (zero-for-O names, wrong call signs), so it only fills gaps.
_PRIORITY = (
    "patrol1_may1-jun1_ownershiptab.csv",
    "dfo_vessel_list_phase2-2026-06-03.head300.csv",
    "npg_vessel_list-2026-06-03.csv",
    "phl_vessels_sep1_nov8.csv",
    "reefers_vessel_info.csv",
    "argentine_squid_fleet.csv",
)
_NULLS = {"", "NA", "N/A", "NAN", "NONE", "NULL", "UNKNOWN", "UNAVAILABLE", "0", "[]", "-"}
_UNINFORMATIVE_GEAR = {"FISHING", "INCONCLUSIVE", "OTHER", "UNKNOWN"}


def _csv_files(folder: Path) -> list[Path]:
    def rank(path: Path) -> tuple[int, str]:
        name = path.name.lower()
        return (_PRIORITY.index(name) if name in _PRIORITY else len(_PRIORITY), name)

    return sorted(folder.glob("*.csv"), key=rank)


def _rows(path: Path) -> Iterator[dict[str, str]]:
    text = path.read_text(encoding="utf-8-sig")  # one list starts with a BOM
    header = text.split("\n", 1)[0]
    delimiter = ";" if header.count(";") > header.count(",") else ","
    for row in csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter):
        yield {(k or "").strip().lower(): (v or "") for k, v in row.items()}


def _first(row: dict[str, str], field: str) -> str | None:
    for column in _ALIASES[field]:
        value = _scalar(row.get(column, ""))
        if value is not None:
            return value
    return None


def _scalar(raw: str) -> str | None:
    value = " ".join(raw.split())
    if value.startswith("[") and value.endswith("]"):
        items = [item.strip() for item in value[1:-1].split(",") if item.strip()]
        value = items[0] if items else ""
    return None if value.upper() in _NULLS else value


def _number(raw: str | None, digits: int, low: float, high: float) -> str | None:
    try:
        value = float(raw) if raw is not None else 0.0
    except ValueError:
        return None
    if not low < value < high:
        return None
    text = f"{value:.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _name(raw: str | None) -> str | None:
    # Some list cells hold a sentence about the vessel rather than its name.
    if raw is None or not 3 <= len(raw) <= 40 or sum(c.isalpha() for c in raw) < 2:
        return None
    return raw.upper()


def _parse(row: dict[str, str]) -> Vessel | None:
    """One row as a Vessel; the name may be empty (rows that can only enrich others)."""
    imo, mmsi = _first(row, "imo"), _first(row, "mmsi")
    imo = imo[:-2] if imo and imo.endswith(".0") else imo
    ircs = re.sub(r"\s+", "", _first(row, "ircs") or "").upper()
    flag = (_first(row, "flag") or "").upper()
    gear = (_first(row, "gear") or "").upper().replace(" ", "_")
    year = _number(_first(row, "build_year"), 0, 1900, 2031)
    vessel = Vessel(
        name=_name(_first(row, "name")) or "",
        # "2000000"-style values are placeholders in the squid-fleet list, not IMO numbers.
        imo=imo if imo and re.fullmatch(r"[1-9]\d{6}", imo) and imo[1:] != "000000" else None,
        mmsi=mmsi if mmsi and re.fullmatch(r"\d{9}", mmsi) else None,
        ircs=ircs if re.fullmatch(r"(?=.*[A-Z])[A-Z0-9]{3,8}", ircs) else None,
        flag=flag if re.fullmatch(r"[A-Z]{3}", flag) else None,
        gross_tonnage=_number(_first(row, "gross_tonnage"), 0, 0, 500_000),
        length_m=_number(_first(row, "length_m"), 2, 0, 500),
        build_year=year,
        owner=_first(row, "owner"),
        port=_first(row, "port"),
        gear=gear if gear and gear not in _UNINFORMATIVE_GEAR else None,
        former_name=_name(_first(row, "former_name")),
    )
    return vessel if vessel.mmsi or vessel.imo or vessel.name else None


def _merge(files: list[Path]) -> list[Vessel]:
    parsed = [v for path in files for row in _rows(path) if (v := _parse(row)) is not None]
    merged: list[Vessel] = []
    by_id: dict[str, int] = {}
    # Named rows first so that a nameless row (the reefer list) can only enrich, never create.
    for vessel in [v for v in parsed if v.name] + [v for v in parsed if not v.name]:
        keys = [
            f"{kind}:{value}"
            for kind, value in (("mmsi", vessel.mmsi), ("imo", vessel.imo))
            if value
        ]
        index = next((by_id[k] for k in keys if k in by_id), None)
        if index is None:
            if not vessel.name:
                continue
            index = len(merged)
            merged.append(vessel)
        else:
            merged[index] = _fill(merged[index], vessel)
        for key in keys:
            by_id.setdefault(key, index)
    return [v if v.former_name != v.name else replace(v, former_name=None) for v in merged]


def _fill(kept: Vessel, extra: Vessel) -> Vessel:
    gaps = {f.name: getattr(extra, f.name) for f in fields(Vessel) if not getattr(kept, f.name)}
    return replace(kept, **{k: v for k, v in gaps.items() if v})


# --- synthetic fleet --------------------------------------------------------------------------

_L, _D = "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "0123456789"


@dataclass(frozen=True)
class _Fleet:
    mid: str  # MMSI prefix (ITU MID) of the flag
    flag: str
    call_sign: tuple[str, ...]  # allowed characters per position, within the flag's ITU series
    ports: tuple[str, ...]
    names: tuple[str, ...]
    owner: str


_FLEETS = (
    _Fleet(
        "412",
        "CHN",
        ("B", _L, _L, _L, _D),
        ("ZHOUSHAN, ZHEJIANG", "FUZHOU, FUJIAN", "SHIDAO, SHANDONG"),
        ("ZHE LING YU {n}", "FU YUAN YU {n}", "LU RONG YUAN YU {n}", "XIN HAI {n}"),
        "{city} {cn} OCEAN FISHERY CO LTD",
    ),
    _Fleet(
        "273",
        "RUS",
        ("U", "ABCDEFGHI", _L, _L, _D),
        ("VLADIVOSTOK", "NAKHODKA", "PETROPAVLOVSK-KAMCHATSKIY"),
        ("KAPITAN {ru}", "MYS {ru}", "ADMIRAL {ru}", "{ru}"),
        "{ru} FISHING CO LTD",
    ),
    _Fleet(
        "416",
        "TWN",
        ("B", "JK", _D, _D, _D, _D),
        ("KAOHSIUNG", "SUAO", "TUNGKANG"),
        ("{tw} NO.{n}", "{tw} {n}", "SHIN {tw} NO.{n}"),
        "{tw} FISHERY CO LTD",
    ),
    _Fleet(
        "503",
        "AUS",
        ("V", "HJKLMN", _L, _D, _D, _D, _D),
        ("HOBART, TASMANIA", "PORT LINCOLN, SOUTH AUSTRALIA", "FREMANTLE"),
        ("SOUTHERN {en}", "OCEAN {en}", "CAPE {en}"),
        "{en} SEAFOODS PTY LTD",
    ),
    _Fleet(
        "224",
        "ESP",
        ("E", "ABCDEFGH", _L, _L),
        ("VIGO, GALICIA", "BERMEO, BASQUE COUNTRY", "CADIZ, ANDALUSIA"),
        ("NUEVO {es}", "PLAYA DE {es}", "VIRGEN DEL {es}"),
        "PESQUERIAS {es} SL",
    ),
)
_WORDS = {
    "cn": ("HAIXING", "HONGRUN", "XINLONG", "ZHONGHAI", "YUANYANG", "HUADA"),
    "ru": ("BELOV", "SOKOLOV", "ORLOV", "MOROZOV", "VOLKOV", "LEBEDEV", "KOZLOV", "NOVIKOV"),
    "tw": ("CHIN HORNG", "HSIN LUNG", "YUH YOW", "FU CHUN", "SHENG FA", "JIN CHANG"),
    "en": ("ENDEAVOUR", "PROVIDER", "HARVESTER", "SPIRIT", "PIONEER", "RANGER"),
    "es": ("ARNELA", "RIAS BAIXAS", "CARMEN", "ROCIO", "MAR CANTABRICO", "TOXA"),
}
_GEARS = ("DRIFTING_LONGLINES", "TRAWLERS", "SQUID_JIGGER", "TUNA_PURSE_SEINES", "POLE_AND_LINE")


def synthetic_fleet(size: int, seed: int = 2026) -> list[Vessel]:
    """A made-up fleet with valid IMO check digits and the MMSI/call-sign prefixes of real flags."""
    rng = random.Random(seed)  # noqa: S311 - reproducible demo data, not secrets
    vessels: list[Vessel] = []
    seen: set[str] = set()
    while len(vessels) < size:
        fleet = _FLEETS[len(vessels) % len(_FLEETS)]
        for attempt in range(1000):
            words = {key: rng.choice(options) for key, options in _WORDS.items()}
            name = rng.choice(fleet.names).format(n=rng.randint(1, 999), **words)
            if attempt >= 50:  # this fleet's name patterns are used up: number the name
                name = f"{name} {len(vessels) + 1}"
            imo = _synthetic_imo(rng)
            if name not in seen and imo not in seen:
                break
        seen.update((name, imo))
        port = rng.choice(fleet.ports)
        vessels.append(
            Vessel(
                name=name,
                imo=imo,
                mmsi=fleet.mid + f"{rng.randint(0, 999_999):06d}",
                ircs="".join(rng.choice(chars) for chars in fleet.call_sign),
                flag=fleet.flag,
                gross_tonnage=str(rng.randint(90, 4500)),
                length_m=f"{rng.uniform(24, 110):.1f}",
                build_year=str(rng.randint(1988, 2024)),
                owner=fleet.owner.format(city=port.split(",")[0], **words),
                port=port,
                gear=rng.choice(_GEARS),
                former_name=None if rng.random() < 0.7 else f"{words['en']} {rng.randint(1, 9)}",
            )
        )
    return vessels


def _synthetic_imo(rng: random.Random) -> str:
    body = f"{rng.randint(7, 9)}{rng.randint(0, 99_999):05d}"
    check = sum(int(d) * w for d, w in zip(body, (7, 6, 5, 4, 3, 2), strict=True)) % 10
    return f"{body}{check}"
