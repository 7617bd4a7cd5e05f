# ruff: noqa: RUF001 - en dashes are part of the imitated documents
"""A research paper's supplementary appendix table of vessels: running head with journal and
DOI, a short method paragraph full of counts, a table of names, flags and identifiers with
footnote marks, and the footnotes (former names, flags and MMSI, sources, placeholders)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any

from oceanid_dev.demo.vessels import Vessel

from ._common import (
    country,
    former_flag,
    invent_mmsi,
    pick,
    rand_date,
)
from ._page import Cell, PageDraft, Piece, fill, pack

LAYOUT = "paper_appendix_table"

JOURNALS = (
    ("Marine Policy", "10.1016/j.marpol"),
    ("Fish and Fisheries", "10.1111/faf"),
    ("Science Advances", "10.1126/sciadv"),
    ("ICES Journal of Marine Science", "10.1093/icesjms"),
    ("Frontiers in Marine Science", "10.3389/fmars"),
    ("Revista de Biología Marina y Oceanografía", "10.22370/rbmo"),
)
TITLES = (
    "Tracing the distant-water squid fleet with AIS and registry data",
    "Who fishes the high seas? Ownership and flags of longline fleets",
    "Transhipment networks and the carrier fleet in the Pacific",
    "Identity changes of fishing vessels after IUU listing",
    "Gaps in vessel identifiers across regional registries",
)
AUTHORS = ("Nakamura", "Okafor", "Lindqvist", "Herrera", "Dubois", "Chen", "Morales", "Singh")
GEAR = {
    "DRIFTING_LONGLINES": "LL",
    "SET_LONGLINES": "LLS",
    "SQUID_JIGGER": "SQ",
    "TRAWLERS": "TW",
    "TUNA_PURSE_SEINES": "PS",
    "POLE_AND_LINE": "PL",
    "CARRIER": "CR",
}
T: dict[str, dict[str, Any]] = {
    "en": {
        "supp": "Supplementary Information",
        "app": "Appendix S{A}. Vessel identities",
        "table": (
            "Table S{S}. Vessels included in the analysis (n = {N}), with flag and "
            "identifiers as listed in public registries and AIS messages"
        ),
        "cont": "Table S{S} (continued)",
        "method": (
            "We matched {T} AIS tracks to {R} registry records from {Y0} to {Y1}; vessels "
            "were retained when at least two identifiers agreed. {C} vessels changed flag "
            "or name during the study period (see footnotes). Median track length was "
            "{M} days (IQR {Q})."
        ),
        "cols": ("No.", "Vessel name", "Flag^a", "IMO", "MMSI", "IRCS", "Gear^b", "Active"),
        "gfw": "Vessel ID^c",
        "foot_a": "a Flag State as ISO 3166-1 alpha-3 code at the time of the last record.",
        "foot_b": "b Gear: LL drifting longline; LLS set longline; SQ squid jigger; TW trawl; "
        "PS purse seine; PL pole and line; CR carrier.",
        "foot_c": "c Global Fishing Watch vessel identifier (first 13 characters).",
        "foot_ph": "— identifier not assigned or not found in any source.",
        "formerly": "formerly",
        "flagged": "previously flagged to",
        "with_mmsi": "with MMSI",
        "until": "until",
        "page": "Page {P}",
    },
    "es": {
        "supp": "Material suplementario",
        "app": "Anexo S{A}. Identidad de los buques",
        "table": (
            "Tabla S{S}. Buques incluidos en el análisis (n = {N}), con pabellón e "
            "identificadores según registros públicos y mensajes AIS"
        ),
        "cont": "Tabla S{S} (continuación)",
        "method": (
            "Se cruzaron {T} trayectorias AIS con {R} registros entre {Y0} y {Y1}; se "
            "conservaron los buques con al menos dos identificadores coincidentes. {C} "
            "buques cambiaron de pabellón o de nombre en el período (ver notas). La mediana "
            "de duración fue de {M} días (RIC {Q})."
        ),
        "cols": (
            "N.º",
            "Nombre del buque",
            "Pab.^a",
            "OMI",
            "MMSI",
            "Distintivo",
            "Arte^b",
            "Activo",
        ),
        "gfw": "ID buque^c",
        "foot_a": "a Estado del pabellón como código ISO 3166-1 alfa-3 en el último registro.",
        "foot_b": "b Arte: LL palangre de deriva; LLS palangre fijo; SQ potera; TW arrastre; "
        "PS cerco; PL caña; CR buque de transporte.",
        "foot_c": "c Identificador de Global Fishing Watch (primeros 13 caracteres).",
        "foot_ph": "— identificador no asignado o no encontrado.",
        "formerly": "antes",
        "flagged": "con pabellón anterior de",
        "with_mmsi": "y MMSI",
        "until": "hasta",
        "page": "Pág. {P}",
    },
}
MARKS = ("*", "†", "‡", "§", "¶", "**", "††")


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = "es" if rng.random() < 0.25 else "en"
    t = T[lang]
    journal, doi = rng.choice(JOURNALS)
    title = rng.choice(TITLES)
    year = rng.randint(2019, 2025)
    article = f"{doi}.{year}.{rng.randint(100000, 999999)}"
    first = rng.choice(AUTHORS)
    idents = pick(vessels, rng, rng.randint(10, 34))
    idents.sort(key=lambda v: (v.flag or "ZZZ", v.name))
    with_gfw = rng.random() < 0.45
    start_page = rng.randint(2, 30)
    appendix, table_no = rng.randint(1, 4), rng.randint(1, 9)
    y0 = rng.randint(2012, 2018)
    y1 = rng.randint(y0 + 2, 2024)

    footnotes: list[PageDraft] = []
    rows: list[PageDraft] = []
    mark_index = 0
    widths = [4, 25, 6, 8, 10, 8, 7, 10]
    for n, v in enumerate(idents, start=1):
        name: list[Piece] = [(v.name, "VESSEL_NAME")]
        history = v.former_name is not None or rng.random() < 0.12
        if history and mark_index < len(MARKS):
            mark = MARKS[mark_index]
            mark_index += 1
            name.append(mark)
            note = PageDraft().put(mark, " ", (v.name, "VESSEL_NAME"), ": ")
            parts: list[Piece] = []
            if v.former_name:
                parts += [f"{t['formerly']} ", (v.former_name, "NAME_CHANGE")]
            if rng.random() < 0.6 or not parts:
                old = former_flag(rng, v.flag)
                if parts:
                    parts.append("; ")
                parts += [f"{t['flagged']} ", (country(old, lang), "FLAG_CHANGE")]
                if rng.random() < 0.6:
                    parts += [f" {t['with_mmsi']} ", (invent_mmsi(rng, old), "ID_CHANGE")]
                parts.append(f" {t['until']} {rng.randint(y0, y1)}")
            note.line(*parts, ".")
            footnotes.append(note)
        active_from = rng.randint(y0, y1)
        cells: list[Cell] = [
            f"{n}.",
            name,
            (v.flag, "FLAG") if v.flag else "—",
            (v.imo, "IMO") if v.imo else "—",
            (v.mmsi, "MMSI") if v.mmsi else "—",
            (v.ircs, "IRCS") if v.ircs else "—",
            GEAR.get(v.gear or "", "—"),
            f"{active_from}–{rng.randint(active_from, y1)}" if active_from < y1 else str(y1),
        ]
        row_widths = list(widths)
        if with_gfw:
            gfw = f"{rng.getrandbits(32):08x}-{rng.getrandbits(16):04x}"
            cells.append((gfw, "OTHER_EXT_ID"))
            row_widths.append(14)
        rows.append(PageDraft().row(cells, row_widths))
    cols = list(t["cols"]) + ([str(t["gfw"])] if with_gfw else [])
    header_widths = widths + ([14] if with_gfw else [])
    method = str(t["method"]).format(
        T=f"{rng.randint(800, 9000):,}",
        R=f"{rng.randint(300, 4000):,}",
        Y0=y0,
        Y1=y1,
        C=sum(1 for v in idents if v.former_name) + rng.randint(0, 5),
        M=rng.randint(40, 300),
        Q=f"{rng.randint(10, 60)}–{rng.randint(300, 700)}",
    )
    accessed = rand_date(rng, y1, min(y1 + 1, 2025))

    def head(number: int, pages: int) -> PageDraft:
        page = PageDraft()
        page.line(
            f"{first} et al. ({year}) {journal} — {t['supp']}",
            " " * 6,
            str(t["page"]).format(P=start_page + number - 1),
        )
        page.line()
        if number == 1:
            page.line(f'"{title}"')
            page.line(str(t["app"]).format(A=appendix))
            page.line()
            page.line(method)
            page.line()
            page.line(str(t["table"]).format(S=table_no, N=len(idents)))
        else:
            page.line(str(t["cont"]).format(S=table_no))
        page.line("—" * 96)
        page.row(cols, header_widths)
        page.line("—" * 96)
        return page

    def foot(number: int, pages: int) -> PageDraft:
        page = PageDraft()
        page.line("—" * 96)
        if number == pages:
            page.line(str(t["foot_a"]))
            page.line(str(t["foot_b"]))
            if with_gfw:
                page.line(str(t["foot_c"]))
            page.line(str(t["foot_ph"]))
            for note in footnotes:
                page.extend(note)
            page.line(f"Sources accessed {accessed.isoformat()}.")
        page.line(f"https://doi.org/{article}")
        return page

    notes = (
        "Data and code: https://zenodo.org/records/" + str(rng.randint(7_000_000, 14_999_999)),
        "Tables S1–S9 are also available as CSV in the online repository.",
    )
    drafts = pack(rows, head, foot, budget=2950, max_pages=3)
    return [fill(d, notes) for d in drafts]
