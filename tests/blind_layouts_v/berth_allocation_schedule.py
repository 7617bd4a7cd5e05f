"""A harbour master's berth allocation schedule (vessel, call sign, LOA, berth, times)."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from oceanid_dev.demo.vessels import Vessel

from . import _common as c
from . import _vocab
from ._page import PageDraft, Piece

LAYOUT = "berth_allocation_schedule"

_ACTIVITY = {
    "en": (
        "Discharge frozen catch",
        "Bunkering",
        "Crew change",
        "Repairs",
        "Provisions",
        "Transhipment (authorised)",
        "Lay-by",
        "Port State inspection",
        "Load bait",
    ),
    "es": (
        "Descarga de captura",
        "Suministro de combustible",
        "Relevo de tripulación",
        "Reparaciones",
        "Víveres",
        "Transbordo autorizado",
        "Espera",
        "Inspección MERP",
    ),
}
_BERTHS = (
    "Quay 1",
    "Quay 2",
    "Quay 3",
    "Fishing Jetty A",
    "Fishing Jetty B",
    "Berth 5",
    "Berth 7",
    "Container Terminal 2",
    "Anchorage B",
    "Outer anchorage",
)
_BERTHS_ES = (
    "Muelle 1",
    "Muelle 2",
    "Muelle Pesquero Norte",
    "Dársena Pesquera",
    "Fondeadero B",
    "Muelle de Reparaciones",
    "Escollera Sur",
)
_NOTES = {
    "en": (
        "Vessels shall report to Port Control on VHF Ch 12 one hour before arrival.",
        "Pilotage is compulsory for vessels of 45 m LOA and above; tug assistance as directed.",
        "Berth allocations are provisional and may be changed by the Harbour Master at any "
        "time. Agents must confirm ETAs by 16:00 on the day before arrival.",
        "Hot work alongside requires a permit from the Port Safety Office (ext. 2214).",
        "Garbage and oily waste receipts must be presented before departure clearance.",
    ),
    "es": (
        "Los buques comunicarán con Control Portuario por VHF canal 12 una hora antes del arribo.",
        "El practicaje es obligatorio para buques de eslora igual o superior a 45 m.",
        "Las asignaciones de muelle son provisionales y pueden modificarse por la Capitanía. "
        "Las agencias confirmarán la ETA antes de las 16:00 del día anterior.",
        "Los trabajos en caliente requieren permiso de la Oficina de Seguridad (int. 2214).",
    ),
}


def _flag_cell(f: c.Facts, rng: random.Random, lang: str, style: str) -> Piece:
    if not f.flag:
        return "—"
    return (f.flag if style == "code" else c.country(f.flag, lang) or f.flag, "FLAG")


def _row(
    f: c.Facts,
    rng: random.Random,
    lang: str,
    number: int,
    when: datetime,
    style: str,
    widths: tuple[int, ...],
) -> list[Piece]:
    berth = rng.choice(_BERTHS if lang == "en" else _BERTHS_ES)
    eta = when + timedelta(hours=rng.randint(0, 20), minutes=rng.choice([0, 15, 30, 45]))
    etd = eta + timedelta(hours=rng.randint(6, 96))
    agent = rng.choice(_vocab.AGENTS)
    cells: list[list[Piece]] = [
        [f"{number:02d}"],
        [(f.name, "VESSEL_NAME")],
        [(f.ircs, "IRCS")] if f.ircs else [c.placeholder(rng, lang)],
        [_flag_cell(f, rng, lang, style)],
        [(c.metric(f.loa, lang) or "", "METRIC_VALUE")] if f.loa else ["—"],
        [(f.gt, "METRIC_VALUE")] if f.gt else ["—"],
        [berth],
        [eta.strftime("%d/%m %H%M")],
        [etd.strftime("%d/%m %H%M")],
        [agent[:22]],
    ]
    if rng.random() < 0.55:
        last = rng.choice(_vocab.PORTS)
        cells.append([(last[1], "PORT_ID")])
    else:
        cells.append([rng.choice(_ACTIVITY[lang])])
    out: list[Piece] = []
    for i, cell in enumerate(cells):
        width = widths[i] if i < len(widths) else 0
        out.extend(cell)
        used = c_len(cell)
        if i < len(cells) - 1:
            out.append(" | " if width == 0 else " " * max(1, width - used + 1))
    out.append("\n")
    return out


def c_len(cell: list[Piece]) -> int:
    return sum(len(p if isinstance(p, str) else p[0]) for p in cell)


def _header(
    page: PageDraft,
    rng: random.Random,
    lang: str,
    port: tuple[str, str, str],
    day: datetime,
    part: int,
) -> None:
    rng = random.Random(f"{port}:{day}")  # the same issue number and phone on every sheet
    if lang == "en":
        page.line(f"PORT OF {port[0].upper()} — OFFICE OF THE HARBOUR MASTER")
        page.line(f"BERTH ALLOCATION SCHEDULE — FISHING VESSELS (sheet {part})")
        page.line(
            f"For: {day.strftime('%A %d %B %Y')}   Issue No. {day.year}/{rng.randint(40, 365)}"
            f"   Rev. {rng.randint(0, 4)}   Port Control: {c.phone(rng)}"
        )
    else:
        page.line(f"CAPITANÍA DEL PUERTO DE {port[0].upper()}")
        page.line(f"PROGRAMACIÓN DE ATRAQUES — FLOTA PESQUERA (hoja {part})")
        page.line(
            f"Fecha: {c.fmt_date(day.date(), 'long', 'es')}   Edición nº "
            f"{rng.randint(40, 365)}/{day.year}   Tel. Control: {c.phone(rng)}"
        )
    page.line("")


def _table_head(lang: str, widths: tuple[int, ...]) -> str:
    names = (
        (
            "No",
            "Vessel",
            "Call sign",
            "Flag",
            "LOA (m)",
            "GT",
            "Berth",
            "ETA",
            "ETD",
            "Agent",
            "Last port / Activity",
        )
        if lang == "en"
        else (
            "Nº",
            "Buque",
            "Distintivo",
            "Bandera",
            "Eslora (m)",
            "GT",
            "Muelle",
            "Arribo",
            "Zarpe",
            "Consignatario",
            "Procedencia / Operación",
        )
    )
    if not widths:
        return " | ".join(names) + "\n"
    return (
        "".join(
            n.ljust(w + 1) if i < len(names) - 1 else n
            for i, (n, w) in enumerate(zip(names, widths + (0,) * 11, strict=False))
        )
        + "\n"
    )


def _notes(page: PageDraft, rng: random.Random, lang: str, shown: list[c.Facts]) -> None:
    page.line("")
    page.line("NOTES:" if lang == "en" else "OBSERVACIONES:")
    with_imo = [f for f in shown if f.imo]
    number = 1
    if with_imo and rng.random() < 0.8:
        f = rng.choice(with_imo)
        if lang == "en":
            row: list[Piece] = [
                f"{number}. F/V ",
                (f.name, "VESSEL_NAME"),
                " (IMO ",
                (f.imo or "", "IMO"),
                f") to shift to {rng.choice(_BERTHS)} at "
                f"{rng.randint(6, 22):02d}00 hrs on completion of discharge.\n",
            ]
        else:
            row = [
                f"{number}. El B/P ",
                (f.name, "VESSEL_NAME"),
                " (OMI ",
                (f.imo or "", "IMO"),
                f") cambiará al {rng.choice(_BERTHS_ES)} al finalizar la descarga.\n",
            ]
        if page.fits(*row):
            page.add(*row)
            number += 1
    notes = list(_NOTES[lang])
    rng.shuffle(notes)
    for note in notes[: rng.randint(2, 4)]:
        if page.fits(note, reserve=40):
            page.line(f"{number}. {note}")
            number += 1


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = "es" if rng.random() < 0.3 else "en"
    port = rng.choice(_vocab.PORTS)
    day = datetime(2025, 1, 1) + timedelta(days=rng.randint(0, 600))
    style = rng.choice(["code", "name"])
    fixed = rng.random() < 0.5
    n_pages = rng.choice([1, 1, 2, 2, 3])
    pages: list[PageDraft] = []
    for part in range(1, n_pages + 1):
        page = PageDraft()
        _header(page, rng, lang, port, day, part)
        fleet = c.pick(vessels, rng, rng.randint(4, 9))
        widths: tuple[int, ...] = ()
        if fixed:
            widths = (
                2,
                max(len(f.name) for f in fleet),
                9,
                20 if style == "name" else 4,
                7,
                5,
                max(len(b) for b in (_BERTHS if lang == "en" else _BERTHS_ES)),
                10,
                10,
                22,
            )
            widths = tuple(
                max(w, len(h))
                for w, h in zip(widths, _table_head(lang, ()).split(" | "), strict=False)
            )
        page.add(_table_head(lang, widths))
        page.line("-" * 72)
        shown: list[c.Facts] = []
        target = rng.randint(1300, 2300)
        for number, f in enumerate(fleet, start=1):
            row = _row(f, rng, lang, number, day, style, widths)
            if len(page) > target or not page.fits(*row, reserve=420):
                break
            page.add(*row)
            shown.append(f)
        if part == n_pages or rng.random() < 0.5:
            _notes(page, rng, lang, shown)
        signer = rng.choice(_vocab.PEOPLE)
        page.line("")
        page.line(
            f"{signer}, {'Harbour Master' if lang == 'en' else 'Capitán de Puerto'}"
            f" — {'page' if lang == 'en' else 'página'} {part}/{n_pages}"
        )
        c.pad(page, rng, list(_NOTES[lang]), 800)
        pages.append(page)
    return pages
