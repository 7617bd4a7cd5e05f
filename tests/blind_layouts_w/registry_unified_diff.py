"""`diff -u` / `git diff` output between two versions of an authorised-vessel list or of
registry extracts."""

from __future__ import annotations

import random

from oceanid_dev.demo.vessels import Vessel

from ._common import (
    Day,
    Ident,
    country,
    digits,
    fmt_date,
    former_call_sign,
    former_mmsi,
    former_name,
    invent_company,
    other_flag,
    random_day,
    stream,
)
from ._page import DocDraft, PageDraft

LAYOUT = "registry_unified_diff"

Cell = tuple[str, str | None]

HEADERS = {
    "en": (
        "rfmo_id",
        "vessel_name",
        "flag",
        "ircs",
        "imo",
        "mmsi",
        "gear",
        "gt",
        "owner",
        "auth_from",
        "auth_to",
    ),
    "es": (
        "id_orp",
        "nombre_buque",
        "pabellon",
        "distintivo",
        "omi",
        "mmsi",
        "arte",
        "ab",
        "armador",
        "vigencia_desde",
        "vigencia_hasta",
    ),
    "fr": (
        "id_orgp",
        "nom_navire",
        "pavillon",
        "indicatif",
        "omi",
        "mmsi",
        "engin",
        "jb",
        "armateur",
        "debut_autorisation",
        "fin_autorisation",
    ),
}
FILES = {
    "en": ("authorised_vessels.csv", "rav_export.csv", "lists/record_of_vessels.csv"),
    "es": ("lista_buques_autorizados.csv", "registro/buques_autorizados.csv"),
    "fr": ("liste_navires_autorises.csv", "registre/navires_autorises.csv"),
}
RFMOS = ("IOTC", "ICCAT", "WCPFC", "CCSBT", "NPFC", "SPRFMO")
GEAR = {
    "DRIFTING_LONGLINES": "LL",
    "SET_LONGLINES": "LLS",
    "SQUID_JIGGER": "LHM",
    "TUNA_PURSE_SEINES": "PS",
    "CARRIER": "CAR",
    "TRAWLERS": "OTB",
    "POLE_AND_LINE": "LHP",
}


def _rfmo_id(rng: random.Random, rfmo: str, flag: str | None) -> str:
    if rfmo == "IOTC":
        return f"IOTC{rng.randint(1, 19999):06d}"
    if rfmo == "ICCAT":
        return f"AT000{flag or 'XXX'}{rng.randint(1, 9999):05d}"
    if rfmo == "CCSBT":
        return f"FV{rng.randint(1, 9999):05d}"
    if rfmo == "NPFC":
        return f"NPFC-{flag or 'XXX'}-{rng.randint(1, 999):03d}"
    if rfmo == "SPRFMO":
        return f"SP{rng.randint(100, 9999)}"
    return str(rng.randint(1000, 19999))  # WCPFC VID


def _record(rng: random.Random, i: Ident, rfmo: str, start: Day) -> dict[str, Cell]:
    end = start.shift(rng.choice((364, 729, 1094)))
    return {
        "id": (_rfmo_id(rng, rfmo, i.flag), "RFMO_ID"),
        "name": (i.name, "VESSEL_NAME"),
        "flag": (i.flag, "FLAG") if i.flag else ("", None),
        "ircs": (i.ircs, "IRCS") if i.ircs else ("", None),
        "imo": (i.imo, "IMO") if i.imo else ("", None),
        "mmsi": (i.mmsi, "MMSI") if i.mmsi else ("", None),
        "gear": (GEAR.get(i.gear or "", "MIS"), None),
        "gt": (i.gt, "METRIC_VALUE") if i.gt else ("", None),
        "owner": (i.owner or invent_company(rng, i.flag), "ASSOC_NAME"),
        "start": (fmt_date(start, "iso"), "START_DATE"),
        "end": (fmt_date(end, "iso"), "END_DATE"),
    }


def _changed(rng: random.Random, rec: dict[str, Cell], i: Ident) -> dict[str, Cell] | None:
    """An earlier version of the record (one kind of change), or None for an unchanged row."""
    old = dict(rec)
    change = rng.choice(("renewal", "renewal", "name", "reflag", "owner", "gt"))
    if change == "renewal":
        start = Day(*(int(x) for x in rec["start"][0].split("-")))
        old["start"] = (fmt_date(start.shift(-365), "iso"), "START_DATE")
        old["end"] = (fmt_date(start.shift(-1), "iso"), "END_DATE")
    elif change == "name":
        old["name"] = (former_name(rng, i), "NAME_CHANGE")
    elif change == "reflag" and i.flag:
        flag = other_flag(rng, i.flag)
        old["flag"] = (flag, "FLAG_CHANGE")
        call = former_call_sign(rng, flag)
        old["ircs"] = (call, "ID_CHANGE") if call else ("", None)
        old["mmsi"] = (former_mmsi(rng, flag), "ID_CHANGE")
    elif change == "owner":
        old["owner"] = (invent_company(rng, i.flag), "ASSOC_NAME")
    elif change == "gt" and i.gt:
        old["gt"] = ("", None)
    else:
        return None
    return old


def _row(page: PageDraft, prefix: str, rec: dict[str, Cell], cols: tuple[str, ...]) -> None:
    page.add(prefix)
    for n, col in enumerate(cols):
        value, label = rec[col]
        if n:
            page.add(",")
        quoted = "," in value or (col == "owner" and value != "")
        page.add('"' if quoted else "").val(value, label if value else None)
        page.add('"' if quoted else "")
    page.add("\n")


def _csv_diff(rng: random.Random, vessels: list[Vessel], lang: str) -> list[PageDraft]:
    rfmo = rng.choice(RFMOS)
    keys = ("id", "name", "flag", "ircs", "imo", "mmsi", "gear", "gt", "owner", "start", "end")
    drop = rng.sample(("mmsi", "gear", "gt", "owner"), rng.randint(1, 2))
    cols = tuple(k for k in keys if k not in drop)
    header = ",".join(h for k, h in zip(keys, HEADERS[lang], strict=True) if k in cols)
    name = rng.choice(FILES[lang])
    old_day = random_day(rng)
    new_day = old_day.shift(rng.choice((30, 31, 61, 92)))
    doc = DocDraft(limit=2700)
    p = doc.page
    if rng.random() < 0.5:
        p.line(f"diff --git a/{name} b/{name}")
        p.line(f"index {rng.getrandbits(28):07x}..{rng.getrandbits(28):07x} 100644")
        p.line(f"--- a/{name}")
        p.line(f"+++ b/{name}")
    else:
        stem = name.rsplit("/", 1)[-1].removesuffix(".csv")
        p.line(
            f"--- {stem}_{fmt_date(old_day, 'iso')}.csv\t{fmt_date(old_day, 'iso')} "
            f"07:{rng.randint(10, 59)}:{rng.randint(10, 59)}.000000000 +0000"
        )
        p.line(
            f"+++ {stem}_{fmt_date(new_day, 'iso')}.csv\t{fmt_date(new_day, 'iso')} "
            f"07:{rng.randint(10, 59)}:{rng.randint(10, 59)}.000000000 +0000"
        )
    ships = stream(vessels, rng)
    line_no = rng.randint(2, 300)
    first_hunk = True
    target = rng.choice((1, 1, 2, 3))
    while len(doc.pages) < target or len(doc.page) < 1500:
        hunk = PageDraft()
        ctx_before = rng.randint(1, 3)
        group = [next(ships) for _ in range(ctx_before + rng.randint(1, 3) + rng.randint(1, 2))]
        body = PageDraft()
        old_count = new_count = 0
        for k, i in enumerate(group):
            start = new_day.shift(-rng.randint(0, 300))
            rec = _record(rng, i, rfmo, start)
            inner = ctx_before <= k < len(group) - 1
            kind = rng.choice(("change", "change", "add", "remove")) if inner else "context"
            if kind == "change":
                old = _changed(rng, rec, i)
                if old is not None:
                    _row(body, "-", old, cols)
                    _row(body, "+", rec, cols)
                    old_count += 1
                    new_count += 1
                    continue
                kind = "add"
            if kind == "add":
                _row(body, "+", rec, cols)
                new_count += 1
            elif kind == "remove":
                _row(body, "-", rec, cols)
                old_count += 1
            else:
                _row(body, " ", rec, cols)
                old_count += 1
                new_count += 1
        hunk.add(f"@@ -{line_no},{old_count} +{line_no + rng.randint(-3, 3)},{new_count} @@")
        hunk.add(f" {header}\n" if first_hunk and line_no < 12 else "\n")
        hunk.extend(body)
        first_hunk = False
        line_no += old_count + rng.randint(8, 120)
        doc.put(hunk)
    return doc.pages


EXTRACT_KEYS = {
    "en": (
        "Vessel name",
        "Flag",
        "Port of registry",
        "IMO number",
        "Call sign",
        "MMSI",
        "Registered owner",
        "Owner address",
        "Gross tonnage",
        "Length overall",
        "Year of build",
        "Registration valid until",
        "Former names",
    ),
    "es": (
        "Nombre del buque",
        "Pabellón",
        "Puerto de matrícula",
        "Número OMI",
        "Distintivo de llamada",
        "MMSI",
        "Armador",
        "Domicilio del armador",
        "Arqueo bruto",
        "Eslora total",
        "Año de construcción",
        "Inscripción vigente hasta",
        "Nombres anteriores",
    ),
    "fr": (
        "Nom du navire",
        "Pavillon",
        "Port d'attache",
        "Numéro OMI",
        "Indicatif d'appel",
        "MMSI",
        "Propriétaire",
        "Adresse du propriétaire",
        "Jauge brute",
        "Longueur hors tout",
        "Année de construction",
        "Immatriculation valable jusqu'au",
        "Anciens noms",
    ),
}


def _extract_lines(
    rng: random.Random, i: Ident, lang: str, end: Day, old: bool, change: str, ex: dict[str, str]
) -> list[tuple[str, list[Cell]]]:
    """(key, cells) lines of one version of a registry extract."""
    k = EXTRACT_KEYS[lang]
    name: Cell = (
        (ex["name"], "NAME_CHANGE") if old and change == "name" else (i.name, "VESSEL_NAME")
    )
    flag: Cell
    if old and change == "reflag":
        flag = (country(ex["flag"], lang), "FLAG_CHANGE")
    else:
        flag = (country(i.flag, lang), "FLAG") if i.flag else ("—", None)
    ircs: Cell = (
        (ex["ircs"], "ID_CHANGE")
        if old and change == "reflag" and ex["ircs"]
        else ((i.ircs, "IRCS") if i.ircs else ("—", None))
    )
    mmsi: Cell = (
        (ex["mmsi"], "ID_CHANGE")
        if old and change == "reflag"
        else ((i.mmsi, "MMSI") if i.mmsi else ("—", None))
    )
    owner = ex["old_owner"] if old and change == "owner" else ex["owner"]
    lines: list[tuple[str, list[Cell]]] = [
        (k[0], [name]),
        (k[1], [flag]),
        (k[2], [(i.port.title(), "HOME_PORT")] if i.port else [("—", None)]),
        (k[3], [(i.imo, "IMO")] if i.imo else [("—", None)]),
        (k[4], [ircs]),
        (k[5], [mmsi]),
        (k[6], [(owner, "ASSOC_NAME")]),
        (k[7], [(ex["address"], "ADDRESS"), (", ", None), (ex["city"], "CITY")]),
    ]
    if i.gt:
        lines.append(("", [(k[8], "METRIC_TYPE"), (": ", None), (i.gt, "METRIC_VALUE")]))
    if i.loa:
        lines.append(
            (
                "",
                [
                    (k[9], "METRIC_TYPE"),
                    (": ", None),
                    (i.loa, "METRIC_VALUE"),
                    (" ", None),
                    ("m", "METRIC_UNIT"),
                ],
            )
        )
    if i.year:
        lines.append((k[10], [(i.year, "BUILD_YEAR")]))
    until = end.shift(-365) if old and change == "renewal" else end
    lines.append((k[11], [(fmt_date(until, ex["style"], lang), "END_DATE")]))
    if change == "name" and not old:
        lines.append((k[12], [(ex["name"], "NAME_CHANGE")]))
    return lines


def _extract_diff(rng: random.Random, vessels: list[Vessel], lang: str) -> list[PageDraft]:
    doc = DocDraft(limit=2600)
    p = doc.page
    if rng.random() < 0.6:
        when = random_day(rng)
        p.line(f"commit {rng.getrandbits(160):040x}")
        p.line(
            f"Author: registry-sync <registry-sync@{rng.choice(('fish', 'maritime'))}.gov.example>"
        )
        p.line(
            f"Date:   {fmt_date(when, 'iso')} "
            f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d} +0000"
        )
        p.add("\n")
        p.line(
            rng.choice(
                (
                    "    Monthly registry sync",
                    "    Actualización del registro",
                    "    Mise à jour du registre",
                    "    Apply amendments notified by flag",
                )
            )
        )
        p.add("\n")
    from ._common import city_of, date_style, street

    ships = stream(vessels, rng)
    target = rng.choice((1, 1, 2))
    while len(doc.pages) < target or len(doc.page) < 1200:
        i = next(ships)
        change = rng.choice(("name", "reflag", "owner", "renewal"))
        if change == "reflag" and not i.flag:
            change = "owner"
        exflag = other_flag(rng, i.flag)
        city = i.port.title() if i.port else city_of(rng, i.flag)[0]
        ex = {
            "name": former_name(rng, i),
            "flag": exflag,
            "ircs": former_call_sign(rng, exflag) or "",
            "mmsi": former_mmsi(rng, exflag),
            "owner": i.owner or invent_company(rng, i.flag),
            "old_owner": invent_company(rng, i.flag),
            "address": street(rng, i.flag),
            "city": city,
            "style": date_style(rng, lang),
        }
        end = random_day(rng, 2025, 2027)
        old = _extract_lines(rng, i, lang, end, True, change, ex)
        new = _extract_lines(rng, i, lang, end, False, change, ex)
        fname = f"registry/rec_{digits(rng, 6)}.txt"
        block = PageDraft()
        block.line(f"diff --git a/{fname} b/{fname}")
        block.line(f"index {rng.getrandbits(28):07x}..{rng.getrandbits(28):07x} 100644")
        block.line(f"--- a/{fname}")
        block.line(f"+++ b/{fname}")
        block.line(f"@@ -1,{len(old)} +1,{len(new)} @@")
        width = max(len(key) for key, _ in new) + 2
        n_old = n_new = 0
        while n_old < len(old) or n_new < len(new):
            if n_old < len(old) and n_new < len(new) and old[n_old] == new[n_new]:
                _kv(block, " ", new[n_new], width)
                n_old += 1
                n_new += 1
                continue
            if n_old < len(old) and (n_new >= len(new) or old[n_old][0] == new[n_new][0]):
                _kv(block, "-", old[n_old], width)
                n_old += 1
                if n_new < len(new) and old[n_old - 1][0] == new[n_new][0]:
                    _kv(block, "+", new[n_new], width)
                    n_new += 1
                continue
            _kv(block, "+", new[n_new], width)
            n_new += 1
        doc.put(block)
    return doc.pages


def _kv(page: PageDraft, prefix: str, line: tuple[str, list[Cell]], width: int) -> None:
    key, cells = line
    page.add(prefix + (f"{key + ':':<{width}}" if key else ""))
    for value, label in cells:
        page.val(value, label)
    page.add("\n")


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choice(("en", "en", "es", "fr"))
    if rng.random() < 0.6:
        return _csv_diff(rng, vessels, lang)
    return _extract_diff(rng, vessels, lang)
