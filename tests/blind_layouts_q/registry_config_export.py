"""A registry system's configuration-style export of vessel records, as YAML, TOML or INI:
identifiers, dimensions, owner, authorisations and history, with nulls and empty values."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass, field

from oceanid_dev.demo.vessels import Vessel

from . import _common as C
from . import _vocab as V
from ._page import PageDraft

LAYOUT = "registry_config_export"


@dataclass
class Field:
    key: str
    value: str | None  # None: a placeholder (null, empty)
    label: str | None = None
    key_label: str | None = None  # METRIC_TYPE for a metric's own key
    number: bool = False  # printed unquoted


@dataclass
class Values:
    key: str
    values: list[tuple[str, str | None]]


@dataclass
class Group:
    key: str
    items: list[Field | Values] = field(default_factory=list)


@dataclass
class Many:
    key: str
    entries: list[list[Field | Values]] = field(default_factory=list)


Node = Field | Values | Group | Many

_KEYS = {
    "en": {
        "uid": "uid", "updated": "last_modified", "name": "name", "flag": "flag",
        "ids": "identifiers",
        "imo": "imo", "mmsi": "mmsi", "ircs": "call_sign", "reg": "national_reg_no",
        "port": "port_of_registry", "port_state": "port_country", "dims": "dimensions",
        "gt": "gross_tonnage", "loa": "length_overall", "loa_unit": "length_unit", "power": "power",
        "power_unit": "power_unit", "year": "build_year", "builder": "builder", "owner": "owner",
        "o_name": "name", "role": "role", "address": "address", "city": "city", "state": "province",
        "country": "country", "reg_no": "company_reg_no", "tel": "phone",
        "auths": "authorizations",
        "a_type": "type", "a_no": "number", "rfmo": "rfmo", "rfmo_id": "rfmo_vessel_id",
        "from": "valid_from", "to": "valid_to", "species": "species", "areas": "fao_areas",
        "hist": "history", "h_names": "previous_names", "h_flags": "previous_flags",
        "h_calls": "previous_call_signs", "h_mmsi": "previous_mmsi", "inmarsat": "inmarsat_c",
    },
    "es": {
        "uid": "id_registro", "updated": "modificado", "name": "nombre", "flag": "bandera",
        "ids": "identificadores", "imo": "omi", "mmsi": "mmsi", "ircs": "distintivo_llamada",
        "reg": "matricula", "port": "puerto_base", "port_state": "pais_puerto",
        "dims": "dimensiones",
        "gt": "arqueo_bruto", "loa": "eslora_total", "loa_unit": "unidad_eslora",
        "power": "potencia",
        "power_unit": "unidad_potencia", "year": "anio_construccion", "builder": "astillero",
        "owner": "armador", "o_name": "nombre", "role": "rol", "address": "direccion",
        "city": "ciudad", "state": "provincia", "country": "pais", "reg_no": "nif",
        "tel": "telefono",
        "auths": "licencias", "a_type": "tipo", "a_no": "numero", "rfmo": "orp",
        "rfmo_id": "id_orp",
        "from": "desde", "to": "hasta", "species": "especies", "areas": "zonas_fao",
        "hist": "historial", "h_names": "nombres_anteriores", "h_flags": "banderas_anteriores",
        "h_calls": "distintivos_anteriores", "h_mmsi": "mmsi_anteriores", "inmarsat": "inmarsat_c",
    },
}  # fmt: skip
_ROLES = {
    "en": ("owner", "registered_owner", "operator", "manager"),
    "es": ("armador", "propietario", "operador"),
}
_AUTH = {
    "en": (
        "high_seas_fishing",
        "Distant-water fishing licence",
        "transshipment",
        "Fishing licence",
    ),
    "es": ("pesca_alta_mar", "Licencia de pesca", "transbordo", "Permiso temporal de pesca"),
}
_BUILDERS = (
    "Haixin Marine Shipbuilding",
    "Kitagawa Zosen",
    "Daeyang Shipbuilding",
    "Astilleros Ría de Arousa",
)


_LICENCE_FORMS = ("AA-9999-999", "9999AA99999", "AAA/99/9999")


def _stamp(rng: random.Random, year: int, tail: str) -> str:
    day = C.rand_date(rng, year, 2025).isoformat()
    return f"{day}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{tail}"


def _record(rng: random.Random, lang: str, i: C.Ident) -> list[Node]:
    k = _KEYS[lang]
    rec: list[Node] = [
        Field(k["uid"], f"{rng.getrandbits(48):012x}"),
        Field(k["updated"], _stamp(rng, 2023, "00Z")),
        Field(k["name"], i.name, "VESSEL_NAME"),
        Field(k["flag"], i.flag, "FLAG"),
    ]  # fmt: skip
    year = int(C.build_year(i.vessel) or 2010)
    ids = Group(k["ids"])
    ids.items.append(Field(k["imo"], i.imo, "IMO", number=rng.random() < 0.3))
    ids.items.append(Field(k["mmsi"], i.mmsi, "MMSI", number=rng.random() < 0.6))
    ids.items.append(Field(k["ircs"], i.ircs, "IRCS"))
    ids.items.append(Field(k["reg"], C.national_reg_no(rng, i, year), "NATIONAL_REG_NO"))
    if rng.random() < 0.4:
        ids.items.append(
            Field(k["inmarsat"], f"4{rng.randint(10_000_000, 99_999_999)}", number=True)
        )
    rec.append(ids)
    port = i.vessel.port
    rec.append(Field(k["port"], port, "HOME_PORT"))
    if port and i.flag and rng.random() < 0.5:
        rec.append(Field(k["port_state"], C.country(i.flag, "iso2"), "HOME_PORT_STATE"))
    dims = Group(k["dims"])
    gt = C.metric_number(i.vessel.gross_tonnage)
    dims.items.append(
        Field(k["gt"], gt, "METRIC_VALUE" if gt else None, "METRIC_TYPE" if gt else None, True)
    )
    loa = C.metric_number(i.vessel.length_m)
    if loa:
        dims.items.append(Field(k["loa"], loa, "METRIC_VALUE", "METRIC_TYPE", True))
        dims.items.append(Field(k["loa_unit"], "m", "METRIC_UNIT"))
    if rng.random() < 0.6:
        dims.items.append(
            Field(k["power"], C.engine_kw(rng, gt), "METRIC_VALUE", "METRIC_TYPE", True)
        )
        dims.items.append(Field(k["power_unit"], rng.choice(("kW", "HP")), "METRIC_UNIT"))
    built = C.build_year(i.vessel)
    if built:
        dims.items.append(Field(k["year"], built, "BUILD_YEAR", number=True))
    if rng.random() < 0.3:
        dims.items.append(Field(k["builder"], rng.choice(_BUILDERS), "BUILDER_LOCATION"))
    rec.append(dims)

    owner = Group(k["owner"])
    addr = C.address(rng, i.flag)
    owner.items.append(Field(k["o_name"], C.owner_of(rng, i), "ASSOC_NAME"))
    owner.items.append(Field(k["role"], rng.choice(_ROLES[lang]), "ASSOC_ROLE"))
    owner.items.append(Field(k["address"], addr.street, "ADDRESS"))
    owner.items.append(Field(k["city"], addr.city, "CITY"))
    if addr.state:
        owner.items.append(Field(k["state"], addr.state, "STATE"))
    owner.items.append(Field(k["country"], C.country(addr.country_iso3, "iso2"), "COUNTRY_CODE"))
    if rng.random() < 0.6:
        owner.items.append(Field(k["reg_no"], C.company_reg_no(rng, addr.country_iso3), "REG_NO"))
    owner.items.append(Field(k["tel"], addr.phone))
    rec.append(owner)

    auths = Many(k["auths"])
    for _ in range(rng.choice((0, 1, 1, 2))):
        rfmo = C.rfmo_for(rng, i.vessel.gear)
        areas, codes, _ = V.RFMOS[rfmo]
        start = C.rand_date(rng, 2021, 2025)
        end = start + dt.timedelta(days=rng.choice((364, 365, 729)))
        n_species = min(len(codes), rng.randint(1, 3))
        n_areas = rng.randint(1, 2)
        entry: list[Field | Values] = [
            Field(k["a_type"], rng.choice(_AUTH[lang]), "AUTH_TYPE"),
            Field(k["a_no"], C.ref_no(rng, rng.choice(_LICENCE_FORMS)), "LICENSE_NO"),
            Field(k["rfmo"], rfmo, "RFMO_CODE"),
            Field(k["rfmo_id"], C.rfmo_id(rng, rfmo, i), "RFMO_ID"),
            Field(k["from"], start.isoformat(), "START_DATE"),
            Field(k["to"], end.isoformat(), "END_DATE"),
            Values(k["species"], [(c, "SPECIES_NAME") for c in rng.sample(codes, n_species)]),
            Values(k["areas"], [(a, "FAO_AREA_CODE") for a in rng.sample(areas, n_areas)]),
        ]  # fmt: skip
        auths.entries.append(entry)
    if auths.entries:
        rec.append(auths)

    if rng.random() < 0.55:
        former = C.invent_former(rng, i)
        hist = Group(k["hist"])
        hist.items.append(Values(k["h_names"], [(former.name, "NAME_CHANGE")]))
        hist.items.append(Values(k["h_flags"], [(former.flag, "FLAG_CHANGE")]))
        hist.items.append(Values(k["h_calls"], [(former.ircs, "ID_CHANGE")]))
        if rng.random() < 0.5:
            hist.items.append(Values(k["h_mmsi"], [(former.mmsi, "ID_CHANGE")]))
        rec.append(hist)
    return rec


# --- emitters ---------------------------------------------------------------------------------


def _yaml_scalar(page: PageDraft, f: Field, quote: bool, null: str) -> None:
    if f.value is None:
        page.add(null)
    elif f.number or not quote:
        page.add((f.value, f.label))
    else:
        page.add('"', (f.value, f.label), '"')


def _yaml_item(page: PageDraft, item: Field | Values, indent: str, quote: bool, null: str) -> None:
    if isinstance(item, Field):
        page.add(indent, (item.key, item.key_label), ": ")
        _yaml_scalar(page, item, quote, null)
        page.add("\n")
        return
    page.add(indent, item.key, ": [")
    for n, (value, label) in enumerate(item.values):
        page.add(", " if n else "", '"' if quote else "", (value, label), '"' if quote else "")
    page.add("]\n")


def _yaml(rec: list[Node], quote: bool, null: str) -> PageDraft:
    page = PageDraft()
    first = True
    for node in rec:
        lead = "  - " if first else "    "
        first = False
        if isinstance(node, Field | Values):
            _yaml_item(page, node, lead, quote, null)
        elif isinstance(node, Group):
            page.line(f"{lead}{node.key}:")
            for item in node.items:
                _yaml_item(page, item, "      ", quote, null)
        else:
            page.line(f"{lead}{node.key}:")
            for entry in node.entries:
                for n, item in enumerate(entry):
                    _yaml_item(page, item, "        - " if n == 0 else "          ", quote, null)
    return page


def _toml_item(page: PageDraft, item: Field | Values) -> None:
    if isinstance(item, Field):
        if item.value is None and item.label in {"MMSI", "IMO"}:
            page.line(f"# {item.key} not recorded")
            return
        page.add((item.key, item.key_label), " = ")
        if item.value is None:
            page.add('""')
        elif item.number:
            page.add((item.value, item.label))
        else:
            page.add('"', (item.value, item.label), '"')
        page.add("\n")
        return
    page.add(item.key, " = [")
    for n, (value, label) in enumerate(item.values):
        page.add(", " if n else "", '"', (value, label), '"')
    page.add("]\n")


def _toml(rec: list[Node]) -> PageDraft:
    page = PageDraft()
    page.line("[[vessel]]")
    for node in rec:
        if isinstance(node, Field | Values):
            _toml_item(page, node)
    for node in rec:
        if isinstance(node, Group):
            page.line(f"[vessel.{node.key}]")
            for item in node.items:
                _toml_item(page, item)
        elif isinstance(node, Many):
            for entry in node.entries:
                page.line(f"[[vessel.{node.key}]]")
                for item in entry:
                    _toml_item(page, item)
    return page


def _ini_item(page: PageDraft, prefix: str, item: Field | Values, null: str) -> None:
    if isinstance(item, Field):
        page.add(prefix, (item.key, item.key_label), " = ")
        page.add((item.value, item.label) if item.value is not None else null)
        page.add("\n")
        return
    page.add(prefix, item.key, " = ")
    for n, (value, label) in enumerate(item.values):
        page.add(", " if n else "", (value, label))
    page.add("\n")


def _ini(rec: list[Node], n: int, null: str) -> PageDraft:
    page = PageDraft()
    page.line(f"[vessel:{n:04d}]")
    for node in rec:
        if isinstance(node, Field | Values):
            _ini_item(page, "", node, null)
        elif isinstance(node, Group):
            for item in node.items:
                _ini_item(page, f"{node.key}.", item, null)
        else:
            for m, entry in enumerate(node.entries, start=1):
                for item in entry:
                    _ini_item(page, f"{node.key}.{m}.", item, null)
    return page


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    fmt = rng.choice(("yaml", "yaml", "toml", "ini"))
    lang = rng.choice(("en", "en", "es"))
    count = rng.randint(2, 7)
    fleet = C.choose(rng, vessels, count, C.has_ids)
    quote = rng.random() < 0.6
    null = rng.choice(("null", "~", '""')) if fmt == "yaml" else rng.choice(("", "n/a", "-"))
    stamp = _stamp(rng, 2024, "11+08:00")
    system = rng.choice(("fleetreg", "RegPesca", "vessel-sync", "FISHREG"))
    comment = ";" if fmt == "ini" else "#"
    head = PageDraft()
    head.line(
        f"{comment} {system} export {rng.randint(2, 5)}.{rng.randint(0, 9)}.{rng.randint(0, 20)}"
        f" — generated {stamp}"
    )
    head.line(f"{comment} profile: rfmo-sync; records: {count}; job {C.ref_no(rng, '99999-AAA')}")
    if fmt == "yaml":
        head.line("export:")
        head.line(f'  schema: "vessel/{rng.randint(1, 3)}.{rng.randint(0, 9)}"')
        head.line(f'  encoding: utf-8\n  operator_contact: "{C.phone(rng)}"')
        head.line("vessels:")
    elif fmt == "toml":
        head.line("[meta]")
        head.line(f'schema = "vessel/{rng.randint(1, 3)}.{rng.randint(0, 9)}"')
        head.line(f"record_count = {count}")
        head.line("")
    else:
        head.line("[export]")
        head.line(f"schema = vessel/{rng.randint(1, 3)}.{rng.randint(0, 9)}")
        head.line(f"records = {count}")
        head.line("")
    pages = [head]
    for n, i in enumerate(fleet, start=1):
        rec = _record(rng, lang, i)
        if fmt == "yaml":
            body = _yaml(rec, quote, null)
        elif fmt == "toml":
            body = _toml(rec)
            body.line("")
        else:
            body = _ini(rec, n, null)
            body.line("")
        if not pages[-1].fits(body, 2750):
            if len(pages) == 3:
                break
            pages.append(PageDraft())
        pages[-1].extend(body)
    for page in pages:
        page.pad(rng, [f"{comment} {line}" for line in _FILL], rng.randint(760, 900))
    return pages


_FILL = (
    "end of block — values are as held in the register at export time",
    "null/empty values mean not recorded; do not overwrite downstream",
    "dates are ISO 8601; tonnage per ITC 1969 where measured",
    "contact registry helpdesk for corrections (ticket queue REG-OPS)",
    "checksum sha1 9f1c0e7a2b4d6f8e0a1c3e5f7a9b1d3f5e7c9a0b",
    "flag values are ISO 3166-1 alpha-3; country values alpha-2",
)
