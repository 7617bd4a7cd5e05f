"""A vessel record exported from an API or database and printed as text: JSON (pretty or
compact), YAML or XML, with camelCase, snake_case or abbreviated keys, nulls and nested owners."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence

from oceanid_dev.demo.vessels import Vessel

from ._fmt import (
    address,
    cfr,
    company,
    country,
    home_port,
    licence_no,
    national_reg_no,
    ocean_for,
    rfmo_id,
    some_day,
)
from ._ids import Ident, pick
from ._page import PageDraft
from ._tree import Arr, Leaf, Node, Obj, write_json, write_xml, write_yaml
from ._vocab import OCEANS, PORTS, SHIPYARDS

LAYOUT = "record_dump"

# field -> (camelCase, snake_case, abbreviated)
KEYS: dict[str, tuple[str, str, str]] = {
    "id": ("recordId", "record_id", "REC_ID"),
    "name": ("vesselName", "vessel_name", "VSL_NM"),
    "flag": ("flagState", "flag_state", "FLG"),
    "imo": ("imoNumber", "imo_no", "IMO"),
    "ircs": ("ircs", "call_sign", "IRCS"),
    "mmsi": ("mmsi", "mmsi_no", "MMSI"),
    "reg": ("nationalRegNo", "reg_no", "NAT_REG"),
    "cfr": ("cfr", "eu_cfr", "CFR"),
    "port": ("portOfRegistry", "home_port", "PORT_REG"),
    "gear": ("gearType", "gear_type", "GEAR"),
    "loa": ("loaM", "loa_m", "LOA"),
    "gt": ("grossTonnage", "gt", "GT"),
    "measures": ("measurements", "measurements", "MEAS"),
    "year": ("yearBuilt", "year_built", "YOB"),
    "yard": ("builder", "builder", "BLDR"),
    "bcountry": ("buildCountry", "build_country", "BLD_CTRY"),
    "former": ("formerNames", "former_names", "EX_NMS"),
    "assoc": ("associates", "associates", "ASSOC"),
    "ext": ("externalIds", "external_ids", "EXT_IDS"),
    "auths": ("authorizations", "authorisations", "AUTHS"),
    "updated": ("lastUpdated", "updated_at", "UPD_TS"),
    "pos": ("lastPosition", "last_position", "LAST_POS"),
}
SUBKEYS: dict[str, tuple[str, str, str]] = {
    "name": ("name", "name", "NM"), "role": ("role", "role", "ROLE"),
    "street": ("street", "street", "ADDR"), "city": ("city", "city", "CITY"),
    "region": ("region", "province", "PROV"), "country": ("country", "country_code", "CTRY"),
    "regno": ("companyRegNo", "company_reg_no", "CO_REG"), "type": ("type", "type", "TYP"),
    "rfmo": ("rfmo", "rfmo", "RFMO"), "number": ("number", "licence_no", "LIC_NO"),
    "from": ("validFrom", "valid_from", "EFF_DT"), "to": ("validTo", "valid_to", "EXP_DT"),
    "areas": ("faoAreas", "fao_areas", "AREAS"), "species": ("species", "species", "SPP"),
    "value": ("value", "value", "VAL"), "unit": ("unit", "unit", "UNIT"),
    "lat": ("lat", "lat", "LAT"), "lon": ("lon", "lon", "LON"), "ts": ("ts", "ts", "TS"),
    "sog": ("sog", "speed_kn", "SOG"), "address": ("address", "address", "ADDRESS"),
}  # fmt: skip
ROLES = ("OWNER", "OPERATOR", "REGISTERED_OWNER", "BENEFICIAL_OWNER", "MANAGER", "Owner")
AUTH_TYPES = ("FISHING", "TRANSHIPMENT", "CARRIER", "Fishing licence", "fishing_authorization")


def _text(value: str | None, label: str) -> Leaf:
    return Leaf(value, label if value else None)


def _num(value: str | None, label: str) -> Leaf:
    return Leaf(value, label if value else None, number=True)


class _Style:
    """One key-naming style for a whole document: 0 camelCase, 1 snake_case, 2 abbreviated."""

    def __init__(self, index: int) -> None:
        self.index = index

    def k(self, field: str) -> str:
        return KEYS[field][self.index]

    def s(self, field: str) -> str:
        return SUBKEYS[field][self.index]


def _record(v: Ident, rng: random.Random, style: _Style) -> Obj:
    k, s = style.k, style.s
    year = some_day(rng, 2025, 2026).year
    fields: list[tuple[str, Node]] = [
        (k("id"), Leaf(str(rng.randint(1_000_000, 9_999_999)), number=rng.random() < 0.5)),
        (k("name"), _text(v.name, "VESSEL_NAME")),
        (k("flag"), _text(country(v.flag, "en", rng, codes=rng.random() < 0.7), "FLAG")),
    ]
    numeric_ids = rng.random() < 0.5
    maker = _num if numeric_ids else _text
    fields += [(k("imo"), maker(v.imo, "IMO")), (k("ircs"), _text(v.ircs, "IRCS"))]
    fields.append((k("mmsi"), maker(v.mmsi, "MMSI")))
    if rng.random() < 0.6:
        fields.append((k("reg"), _text(national_reg_no(v.flag, rng), "NATIONAL_REG_NO")))
    if eu := cfr(v.flag, rng):
        fields.append((k("cfr"), _text(eu, "EU_CFR")))
    fields.append((k("port"), _text(home_port(v, rng), "HOME_PORT")))
    fields.append((k("gear"), Leaf(v.gear)))
    if rng.random() < 0.5:
        fields += [(k("loa"), _num(v.loa, "METRIC_VALUE")), (k("gt"), _num(v.gt, "METRIC_VALUE"))]
    else:
        measures: list[Node] = []
        for kind, value, unit in (("LOA", v.loa, "m"), ("GT", v.gt, None)):
            if value:
                entry: list[tuple[str, Node]] = [
                    (s("type"), Leaf(kind, "METRIC_TYPE")),
                    (s("value"), _num(value, "METRIC_VALUE")),
                ]
                if unit:
                    entry.append((s("unit"), Leaf(unit, "METRIC_UNIT")))
                measures.append(Obj(tuple(entry)))
        fields.append((k("measures"), Arr(tuple(measures), tag="measurement")))
    fields.append((k("year"), _num(v.year, "BUILD_YEAR")))
    if rng.random() < 0.5:
        yard, _, yard_country = rng.choice(SHIPYARDS)
        fields.append((k("yard"), Leaf(yard, "BUILDER_LOCATION")))
        fields.append((k("bcountry"), Leaf(yard_country, "BUILD_COUNTRY")))
    former = (Leaf(v.former_name, "NAME_CHANGE"),) if v.former_name else ()
    fields.append(
        (k("former"), Arr(former, tag="name") if former or rng.random() < 0.5 else Leaf(None))
    )
    fields.append((k("assoc"), Arr(tuple(_associates(v, rng, s)), tag="associate")))
    ocean = ocean_for(v, rng)
    fields.append((k("ext"), _external(v, rng, style.index, ocean)))
    auth = _authorization(v, rng, s, year, ocean)
    fields.append((k("auths"), Arr((auth,), tag="authorization")))
    if rng.random() < 0.5:
        position = (
            (s("lat"), Leaf(f"{rng.uniform(-40, 40):.5f}", number=True)),
            (s("lon"), Leaf(f"{rng.uniform(-170, 170):.5f}", number=True)),
            (s("sog"), Leaf(f"{rng.uniform(0, 12):.1f}", number=True)),
            (s("ts"), Leaf(f"{some_day(rng, 2026, 2026).isoformat()}T{rng.randint(0, 23):02d}:"
                           f"{rng.randint(0, 59):02d}:00Z")),
        )  # fmt: skip
        fields.append((k("pos"), Obj(position)))
    fields.append((k("updated"), Leaf(f"{some_day(rng, 2026, 2026).isoformat()}T08:14:55Z")))
    return Obj(tuple(fields))


def _associates(v: Ident, rng: random.Random, sub: Callable[[str], str]) -> list[Node]:
    owner, home = (v.owner, v.flag or "PAN") if v.owner else company(v.flag, rng)
    people = [(owner, home, rng.choice(ROLES[:3]))]
    if rng.random() < 0.5:
        other, other_home = company(rng.choice(("PAN", "HKG", v.flag or "CHN")), rng)
        if other != owner:
            people.append((other, other_home, rng.choice(ROLES[1:5])))
    found: list[Node] = []
    for name, home, role in people:
        street, city, region, _ = address(home, rng)
        addr: list[tuple[str, Node]] = [(sub("street"), Leaf(street, "ADDRESS")),
                                        (sub("city"), Leaf(city, "CITY"))]  # fmt: skip
        addr.append((sub("region"), Leaf(region, "STATE" if region else None)))
        addr.append((sub("country"), Leaf(country(home, "en", rng), "COUNTRY_CODE")))
        items: list[tuple[str, Node]] = [(sub("name"), Leaf(name, "ASSOC_NAME")),
                                         (sub("role"), Leaf(role, "ASSOC_ROLE"))]  # fmt: skip
        if rng.random() < 0.4:
            items.append((sub("regno"), Leaf(f"91{rng.randint(10**15, 10**16 - 1)}", "REG_NO")))
        items.append((sub("address"), Obj(tuple(addr)) if rng.random() < 0.85 else Leaf(None)))
        found.append(Obj(tuple(items)))
    return found


def _external(v: Ident, rng: random.Random, style: int, ocean: str) -> Node:
    rfmos = OCEANS[ocean][0]
    items: list[tuple[str, Node]] = []
    for rfmo in rfmos[: rng.randint(1, len(rfmos))]:
        key = {0: rfmo.lower() + "Id", 1: rfmo.lower() + "_id", 2: rfmo}[style]
        items.append((key, Leaf(rfmo_id(rfmo, v.flag, rng), "RFMO_ID")))
    if rng.random() < 0.4:
        gfw = f"{rng.getrandbits(40):010x}-{rng.getrandbits(16):04x}"
        items.append(({0: "gfwId", 1: "gfw_id", 2: "GFW"}[style], Leaf(gfw, "OTHER_EXT_ID")))
    return Obj(tuple(items))


def _authorization(
    v: Ident, rng: random.Random, sub: Callable[[str], str], year: int, ocean: str
) -> Obj:
    rfmos, areas, species = OCEANS[ocean]
    chosen_areas = rng.sample(areas, rng.randint(1, 2))
    chosen_species = rng.sample(species, rng.randint(1, 3))
    return Obj((
        (sub("type"), Leaf(rng.choice(AUTH_TYPES), "AUTH_TYPE")),
        (sub("rfmo"), Leaf(rfmos[0], "RFMO_CODE")),
        (sub("number"), Leaf(licence_no(v.flag, year, rng), "LICENSE_NO")),
        (sub("from"), Leaf(f"{year}-01-01", "START_DATE")),
        (sub("to"), Leaf(f"{year}-12-31", "END_DATE")),
        (sub("areas"), Arr(tuple(Leaf(a, "FAO_AREA_CODE") for a in chosen_areas), tag="area")),
        (sub("species"), Arr(tuple(Leaf(c, "SPECIES_NAME") for c in chosen_species), tag="code")),
    ))  # fmt: skip


def _page(record: Obj, rng: random.Random, number: int, total: int) -> PageDraft:
    page = PageDraft()
    fmt = rng.choice(("json", "json", "compact", "yaml", "xml"))
    if rng.random() < 0.6:
        port = rng.choice(PORTS)[1]
        page.line(rng.choice((
            f"$ curl -s 'https://registry.example.org/api/v2/vessels?port={port}&page={number}'",
            f"-- export vessel_record batch {rng.randint(100, 999)} ({number}/{total}) --",
            f"HTTP/1.1 200 OK  page {number} of {total}",
        )))  # fmt: skip
    if fmt in ("json", "compact"):
        write_json(page, record, None if fmt == "compact" else rng.choice((2, 4)))
        page.nl()
    elif fmt == "yaml":
        page.line("---")
        write_yaml(page, record)
    else:
        page.line('<?xml version="1.0" encoding="UTF-8"?>')
        page.line('<vessel xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">')
        for key, child in record.items:
            write_xml(page, key, child, 1)
        page.line("</vessel>")
    return page


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    total = rng.choice((1, 1, 2, 3))
    style = _Style(rng.randrange(3))
    records = [_record(pick(vessels, rng), rng, style) for _ in range(total)]
    return [_page(record, rng, n, total) for n, record in enumerate(records, start=1)]
