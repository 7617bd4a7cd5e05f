"""A JSON API response listing vessels, pasted into a document: pretty-printed or minified over
long lines, keys in snake_case, camelCase or English words, nested owner objects, nulls for
missing values. Keys are never labelled; values are, as written inside the JSON."""

from __future__ import annotations

import json
import random
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeAlias

from oceanid_dev.demo.vessels import Vessel

from . import _vocab as V
from ._facts import (
    AUTH_TYPES,
    Facts,
    address,
    date_between,
    facts,
    fmt_date,
    history,
    home_port,
    pick,
    rfmo_id,
)
from ._page import PageBuilder, PageDraft

LAYOUT = "json_api_dump"


@dataclass(frozen=True)
class L:
    """A leaf value; `text` is the JSON literal's content, `number` prints it unquoted."""

    text: str | None
    label: str | None = None
    number: bool = False


Json: TypeAlias = dict[str, "Json"] | list["Json"] | L

_KEYS = {  # snake_case, camelCase, English words
    "name": ("ship_name", "shipName", "Vessel name"),
    "imo": ("imo_number", "imo", "IMO number"),
    "mmsi": ("mmsi", "mmsi", "MMSI"),
    "ircs": ("call_sign", "callsign", "Call sign"),
    "flag": ("flag_code", "flag", "Flag"),
    "type": ("vessel_type", "vesselType", "Type"),
    "port": ("home_port", "homePort", "Port of registry"),
    "loa": ("length_m", "lengthOverall", "Length (m)"),
    "gt": ("gross_tonnage", "grossTonnage", "Gross tonnage"),
    "year": ("year_built", "builtYear", "Year built"),
    "owner": ("owner", "owner", "Owner"),
    "auths": ("authorizations", "authorisations", "Authorizations"),
    "previous": ("previous_identities", "history", "Previous identities"),
}


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    style = rng.randrange(3)
    pretty = rng.random() < 0.6
    indent = rng.choice(("  ", "    ")) if pretty else ""
    width = rng.choice((96, 120, 150))
    total = rng.randint(12, 480)
    drafts = []
    offset = 0
    for _ in range(rng.choice((1, 2, 2, 3))):
        page = PageBuilder()
        page.fmt("GET /api/v2/vessels?offset={}&include=owner,authorizations", str(offset)).nl()
        page.add("HTTP/1.1 200 OK  content-type: application/json").nl(2)
        entries: list[Json] = []
        size, limit = 260, rng.randint(1500, 2850)
        while True:
            entry = _entry(facts(pick(vessels, rng), rng), rng, style)
            scratch = PageBuilder()
            _pretty(scratch, entry, indent, 2) if pretty else _minified(scratch, entry, width)
            grown = size + len(scratch)
            if entries and (grown > 2950 or (grown > limit and size > 1000)):
                break
            entries.append(entry)
            size += len(scratch) + 2
        offset += len(entries)
        body: Json = {
            "total": L(str(total), number=True),
            "offset": L(str(offset - len(entries)), number=True),
            "limit": L(str(len(entries)), number=True),
            ("entries" if style != 2 else "Vessels"): entries,
        }
        if pretty:
            _pretty(page, body, indent, 0)
        else:
            _minified(page, body, width)
        drafts.append(page.draft())
    return drafts


def _entry(f: Facts, rng: random.Random, style: int) -> Json:
    def key(name: str) -> str:
        return _KEYS[name][style]

    def text(value: str | None, label: str, number: bool = False) -> L:
        return L(value, label if value else None, number and rng.random() < 0.5)

    port, locode = home_port(f, rng)
    gear = V.GEAR.get(f.gear or "")
    entry: dict[str, Json] = {
        "id": L(str(uuid.UUID(int=rng.getrandbits(128), version=4)), "OTHER_EXT_ID"),
        key("name"): L(f.name, "VESSEL_NAME"),
        key("imo"): text(f.imo, "IMO", number=True),
        key("mmsi"): text(f.mmsi, "MMSI", number=True),
        key("ircs"): text(f.ircs, "IRCS"),
        key("flag"): text(f.flag, "FLAG"),
        key("type"): L(gear[1].lower() if gear else "fishing"),
        key("port"): {"name": text(port, "HOME_PORT"), "locode": text(locode, "PORT_ID")},
    }
    if rng.random() < 0.5:
        entry[key("loa")] = L(f.loa, "METRIC_VALUE" if f.loa else None, number=True)
        entry[key("gt")] = L(f.gt, "METRIC_VALUE" if f.gt else None, number=True)
    else:
        entry["measurements"] = [
            {
                "type": L(kind, "METRIC_TYPE"),
                "value": L(value, "METRIC_VALUE", number=True),
                "unit": L(unit, "METRIC_UNIT") if unit else L(None),
            }
            for kind, value, unit in (("LOA", f.loa, "m"), ("GT", f.gt, None))
            if value
        ]
    entry[key("year")] = L(f.year, "BUILD_YEAR" if f.year else None, number=True)
    where = address(rng, f.flag)
    entry[key("owner")] = {
        "name": L(f.owner, "ASSOC_NAME"),
        "role": L(
            rng.choice(("registered_owner", "operator", "OWNER", "beneficial owner")), "ASSOC_ROLE"
        ),
        "address": {
            "street": L(where.street, "ADDRESS"),
            "city": L(where.city, "CITY"),
            "state": L(where.state, "STATE") if where.state else L(None),
            "country": L(where.country, "COUNTRY_CODE"),
        },
    }
    auths: list[Json] = []
    for rfmo in rng.sample(V.RFMOS, rng.randint(0, 2)):
        start = date_between(rng, 2020, 2025)
        end = start.replace(year=start.year + rng.randint(1, 3))
        auths.append(
            {
                "rfmo": L(rfmo, "RFMO_CODE"),
                "vessel_id": L(rfmo_id(rfmo, f.flag, rng), "RFMO_ID"),
                "type": L(rng.choice(AUTH_TYPES), "AUTH_TYPE"),
                "valid_from": L(start.isoformat(), "START_DATE"),
                "valid_to": L(end.isoformat(), "END_DATE") if rng.random() < 0.8 else L(None),
                "species": [
                    L(s[0], "SPECIES_NAME") for s in rng.sample(V.SPECIES, rng.randint(0, 2))
                ],
            }
        )
    entry[key("auths")] = auths
    previous = history(f, rng, rng.randint(0, 2))
    if previous:
        entry[key("previous")] = [
            {
                "name": L(old.name, "NAME_CHANGE" if old.name else None),
                "flag": L(old.flag, "FLAG_CHANGE"),
                "until": L(fmt_date(old.until, "iso")),
            }
            for old in previous
        ]
    entry["updated_at"] = L(f"{fmt_date(date_between(rng, 2024, 2025), 'iso')}T08:00:00Z")
    return entry


def _plain(value: Json) -> object:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value.text


def _leaf(page: PageBuilder, leaf: L) -> None:
    if leaf.text is None:
        page.add("null")
    elif leaf.number:
        page.add(leaf.text, leaf.label)
    else:
        page.add('"').add(json.dumps(leaf.text, ensure_ascii=False)[1:-1], leaf.label).add('"')


def _pretty(page: PageBuilder, value: Json, indent: str, level: int) -> None:
    if isinstance(value, L):
        _leaf(page, value)
        return
    items = list(value.items()) if isinstance(value, dict) else list(enumerate(value))
    opening, closing = ("{", "}") if isinstance(value, dict) else ("[", "]")
    if not items:
        page.add(opening + closing)
        return
    page.add(opening).nl()
    for i, (k, v) in enumerate(items):
        page.add(indent * (level + 1))
        if isinstance(k, str):
            page.add(json.dumps(k) + ": ")
        _pretty(page, v, indent, level + 1)
        page.add("," if i < len(items) - 1 else "").nl()
    page.add(indent * level + closing)


def _minified(page: PageBuilder, value: Json, width: int) -> None:
    """Compact JSON, broken after a comma whenever a line passes `width`."""
    if isinstance(value, L):
        _leaf(page, value)
        return
    items = list(value.items()) if isinstance(value, dict) else list(enumerate(value))
    page.add("{" if isinstance(value, dict) else "[")
    for i, (k, v) in enumerate(items):
        if isinstance(k, str):
            page.add(json.dumps(k) + ":")
        _minified(page, v, width)
        if i < len(items) - 1:
            page.add(",")
            if page.column > width:
                page.nl()
    page.add("}" if isinstance(value, dict) else "]")
