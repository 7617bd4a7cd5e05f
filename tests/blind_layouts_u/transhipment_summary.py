"""A tuna RFMO's summary of at-sea transhipment declarations for one carrier vessel: the
carrier's particulars and authorisation, then one line per operation with the donor fishing
vessel, its RFMO number and call sign, the FAO area and the species and tonnes received."""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any

from oceanid_dev.demo.vessels import Vessel

from ._common import (
    PEOPLE,
    coord,
    country,
    fao,
    fmt_date,
    ident,
    pick,
    placeholder,
    rand_date,
    rfmo_id,
)
from ._page import Cell, PageDraft, Piece, fill, pack

LAYOUT = "transhipment_summary"

PROGRAMMES: tuple[tuple[str, str, tuple[Piece, ...], tuple[str, ...]], ...] = (
    ("en", "IOTC", ("Regional Observer Programme to monitor transhipments at sea",), ("51", "57")),
    (
        "fr",
        "IOTC",
        (
            "Programme régional d'observateurs de la ",
            ("CTOI", "RFMO_CODE"),
            " pour les transbordements en mer",
        ),
        ("51", "57"),
    ),
    ("en", "ICCAT", ("Regional Observer Programme (ROP-transhipment)",), ("34", "47", "41")),
    (
        "es",
        "ICCAT",
        ("Programa Regional de Observadores para transbordos en el mar",),
        ("34", "47"),
    ),
    (
        "es",
        "IATTC",
        (
            "Programa Regional de Observadores de la ",
            ("CIAT", "RFMO_CODE"),
            " para transbordos en el mar",
        ),
        ("77", "87"),
    ),
    ("en", "WCPFC", ("Transhipment at sea — high seas (CMM 2009-06)",), ("71", "77", "61")),
)
T: dict[str, dict[str, Any]] = {
    "en": {
        "title": "SUMMARY OF TRANSHIPMENT DECLARATIONS — CARRIER VESSEL",
        "carrier": "Carrier vessel",
        "flag": "Flag",
        "imo": "IMO",
        "ircs": "IRCS",
        "rid": "record no.",
        "auth": "Authorisation",
        "auth_kind": (
            "Authorisation to receive transhipments at sea",
            "Carrier vessel authorisation",
        ),
        "valid": "valid from",
        "to": "to",
        "obs": "Observer",
        "trip": "Trip",
        "cols": (
            "Op",
            "Date",
            "Position",
            "Donor vessel",
            "Flag",
            "RFMO no.",
            "IRCS",
            "Area",
            "Species / tonnes",
        ),
        "total": "Total received (t)",
        "owner": "Carrier operator",
        "notes": (
            "Quantities are the observer's estimates in tonnes of product weight; "
            "declarations were cross-checked against the donor vessels' logbooks.",
            "Operations were conducted in daylight with the observer present on the carrier.",
        ),
    },
    "es": {
        "title": "RESUMEN DE DECLARACIONES DE TRANSBORDO — BUQUE DE TRANSPORTE",
        "carrier": "Buque de transporte",
        "flag": "Pabellón",
        "imo": "OMI",
        "ircs": "Distintivo",
        "rid": "n.º de registro",
        "auth": "Autorización",
        "auth_kind": (
            "Autorización para recibir transbordos en el mar",
            "Autorización de buque de transporte",
        ),
        "valid": "válida desde",
        "to": "hasta",
        "obs": "Observador",
        "trip": "Viaje",
        "cols": (
            "Op",
            "Fecha",
            "Posición",
            "Buque donante",
            "Pab.",
            "N.º OROP",
            "Distint.",
            "Área",
            "Especie / t",
        ),
        "total": "Total recibido (t)",
        "owner": "Operador del buque de transporte",
        "notes": (
            "Las cantidades son estimaciones del observador en toneladas de peso del "
            "producto; las declaraciones se cotejaron con los cuadernos de pesca.",
            "Operaciones realizadas con luz diurna y con el observador a bordo.",
        ),
    },
    "fr": {
        "title": "RÉCAPITULATIF DES DÉCLARATIONS DE TRANSBORDEMENT — NAVIRE TRANSPORTEUR",
        "carrier": "Navire transporteur",
        "flag": "Pavillon",
        "imo": "OMI",
        "ircs": "Indicatif",
        "rid": "n° de registre",
        "auth": "Autorisation",
        "auth_kind": (
            "Autorisation de recevoir des transbordements en mer",
            "Autorisation de navire transporteur",
        ),
        "valid": "valable du",
        "to": "au",
        "obs": "Observateur",
        "trip": "Marée",
        "cols": (
            "Op",
            "Date",
            "Position",
            "Navire donneur",
            "Pav.",
            "N° ORGP",
            "Indic.",
            "Zone",
            "Espèces / t",
        ),
        "total": "Total reçu (t)",
        "owner": "Exploitant du transporteur",
        "notes": (
            "Les quantités sont les estimations de l'observateur en tonnes de poids de "
            "produit ; déclarations recoupées avec les journaux de pêche des donneurs.",
            "Opérations réalisées de jour, en présence de l'observateur.",
        ),
    },
}
SPECIES = ("BET", "YFT", "SKJ", "ALB", "SWO", "BSH", "BUM", "MLS")


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    lang, rfmo, programme, areas = rng.choice(PROGRAMMES)
    t = T[lang]
    carriers = [v for v in vessels if v.gear == "CARRIER"]
    carrier = (
        ident(rng.choice(carriers)) if carriers and rng.random() < 0.8 else pick(vessels, rng, 1)[0]
    )
    donors = [d for d in pick(vessels, rng, rng.randint(4, 12)) if d.name != carrier.name]
    start = rand_date(rng, 2021, 2025)
    style = rng.choice(("dmy", "iso", "dot", "mon"))
    auth_from = start.replace(month=1, day=1)
    auth_to = start.replace(month=12, day=31)
    trip = f"ROP-T-{start.year}-{rng.randint(1, 120):03d}"
    observer = rng.choice(PEOPLE)
    licence = f"{rfmo}-TA-{start.year}-{rng.randint(1, 400):04d}"
    ids = {d.name: rfmo_id(rng, rfmo, d.flag) for d in donors}
    ph = placeholder(rng, lang)
    decimal = "." if lang == "en" else ","

    op_rows: list[PageDraft] = []
    day = start
    total = 0.0
    widths = (3, 10, 21, 21, 4, 13, 7, 5)
    for n, d in enumerate(donors, start=1):
        day = day.fromordinal(day.toordinal() + rng.randint(0, 4))
        catch: list[Piece] = []
        for k, code in enumerate(rng.sample(SPECIES[:5], rng.randint(1, 3))):
            tonnes = round(rng.uniform(0.4, 60.0), 1)
            total += tonnes
            if k:
                catch.append("; ")
            catch += [(code, "SPECIES_NAME"), " ", f"{tonnes}".replace(".", decimal)]
        cells: list[Cell] = [
            str(n),
            fmt_date(day, "dmy" if style == "long" else style, lang),
            coord(rng),
            (d.name, "VESSEL_NAME"),
            (d.flag, "FLAG") if d.flag else ph,
            (ids[d.name], "RFMO_ID"),
            (d.ircs, "IRCS") if d.ircs else ph,
            (fao(rng.choice(areas)), "FAO_AREA_CODE"),
            catch,
        ]
        op_rows.append(PageDraft().row(cells, widths))
    carrier_id = rfmo_id(rng, rfmo, carrier.flag)
    total_text = f"{total:.1f}".replace(".", decimal)

    def head(number: int, pages: int) -> PageDraft:
        page = PageDraft()
        page.line((rfmo, "RFMO_CODE"), " — ", *programme)
        page.line(str(t["title"]), f"    [{number}/{pages}]")
        page.line()
        if number == 1:
            page.line(
                f"{t['carrier']}: ",
                (carrier.name, "VESSEL_NAME"),
                "    ",
                f"{t['flag']}: ",
                (country(carrier.flag, lang), "FLAG") if carrier.flag else ph,
            )
            page.line(
                f"{t['imo']}: ",
                (carrier.imo, "IMO") if carrier.imo else ph,
                "    ",
                f"{t['ircs']}: ",
                (carrier.ircs, "IRCS") if carrier.ircs else ph,
                "    ",
                "MMSI: ",
                (carrier.mmsi, "MMSI") if carrier.mmsi else ph,
                "    ",
                (rfmo, "RFMO_CODE"),
                f" {t['rid']}: ",
                (carrier_id, "RFMO_ID"),
            )
            if carrier.owner:
                page.line(f"{t['owner']}: ", (carrier.owner, "ASSOC_NAME"))
            page.line(
                f"{t['auth']}: ",
                (auth_kind, "AUTH_TYPE"),
                " — ",
                (licence, "LICENSE_NO"),
                f", {t['valid']} ",
                (fmt_date(auth_from, style, lang), "START_DATE"),
                f" {t['to']} ",
                (fmt_date(auth_to, style, lang), "END_DATE"),
            )
            page.line(f"{t['obs']}: {observer} (ID {rng_obs})    {t['trip']}: {trip}")
        else:
            page.line(
                f"{t['carrier']}: ", (carrier.name, "VESSEL_NAME"), f"    {t['trip']}: {trip}"
            )
        page.line()
        page.row(list(t["cols"]), widths)
        page.line("-" * 110)
        return page

    def foot(number: int, pages: int) -> PageDraft:
        page = PageDraft().line()
        if number == pages:
            page.line(f"{t['total']}: {total_text}    Ops: {len(donors)}")
            page.line(str(t["notes"][0]))
        page.line(f"{trip} · printed {fmt_date(day, 'iso')} · page {number} of {pages}")
        return page

    auth_kind = rng.choice(t["auth_kind"])
    rng_obs = f"{rfmo[:2]}{rng.randint(100, 999)}"
    drafts = pack(op_rows, head, foot, budget=2900, max_pages=2)
    return [fill(d, t["notes"][1:]) for d in drafts]
