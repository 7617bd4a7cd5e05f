"""A page of a fisheries bulletin set in two text columns, as `pdftotext -layout` gives it.

Each line holds the left column's text, a gap, then the right column's; a line whose left
column is empty starts with blanks. Vessel particulars come as short paragraphs (wrapped only
between values) and as key-value runs; news paragraphs around them are hard negatives.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import timedelta

from oceanid_dev.demo.vessels import Vessel

from . import _ship as S
from . import _vocab as V
from ._page import PageBuilder, PageDraft, Rich, join, val

LAYOUT = "two_column_bulletin"

_NEWS = (
    "The Commission adopted Resolution {a}/{b:02d} on the management of drifting FADs; the "
    "limit of {c} active buoys per purse seiner applies from 1 January.",
    "Port inspections rose to {c} in the last quarter, {b} of them on foreign carriers; "
    "{a} apparent infringements were referred to flag States.",
    "The scientific committee met for {b} days and reviewed {c} stock assessments, including "
    "the {a}th assessment of the tropical tuna stocks.",
    "Observer coverage reached {b}% on longliners over 24 m. Catch reports for {c} trips were "
    "received late and {a} trips were not reported at all.",
    "A workshop on electronic monitoring was held in the second week of the month with {c} "
    "participants from {a} members and {b} observers.",
)
_HEADINGS = ("NEW AUTHORISATIONS", "RECORD UPDATES", "Vessel notices", "CHANGES TO THE RECORD")
_VERBS = (
    "was added to the {r} Record of Authorised Vessels",
    "has been entered on the {r} list of authorised vessels",
    "was authorised by its flag State and notified to the {r} Secretariat",
)


def _notice(ship: S.Ship, rng: random.Random, rfmo: str) -> Rich:
    kind = S.gear_text(ship.gear, "en").lower()
    parts: list[Rich | str] = [f"The {kind} vessel ", val(ship.name, "VESSEL_NAME")]
    ids: list[Rich] = []
    if ship.imo:
        ids.append("IMO " + val(ship.imo, "IMO"))
    if ship.ircs:
        ids.append("call sign " + val(ship.ircs, "IRCS"))
    if ids:
        parts += [" (", join(ids, ", "), ")"]
    if rng.random() < 0.3:
        parts += [", formerly ", val(S.former_name(ship, rng), "NAME_CHANGE")]
    parts += [
        ", flagged to ",
        val(S.flag_text(ship.flag, "en", rng, 0), "FLAG"),
        " and registered at ",
        val(ship.port, "HOME_PORT"),
    ]
    if "," not in ship.port and rng.random() < 0.6:
        parts += [", ", val(S.country_of(ship.flag, "en"), "HOME_PORT_STATE")]
    start = S.some_date(rng, 2024, 2026)
    end = start + timedelta(days=rng.choice((364, 729)))
    style = rng.choice((0, 2))
    before, _, after = rng.choice(_VERBS).partition("{r}")
    parts += [
        ", ",
        before,
        val(rfmo, "RFMO_CODE"),
        after,
        " for the period ",
        val(S.date_text(start, style), "START_DATE"),
        " to ",
        val(S.date_text(end, style), "END_DATE"),
        ". ",
    ]
    area = rng.choice(V.RFMOS[rfmo][2])
    species = rng.sample(V.RFMOS[rfmo][3], min(2, len(V.RFMOS[rfmo][3])))
    names = [val(S.species_in_prose(code, "en"), "SPECIES_NAME") for code in species]
    parts += [
        "It targets ",
        join(names, " and "),
        " in FAO Area ",
        val(area, "FAO_AREA_CODE"),
        ". Built in ",
        val(ship.built, "BUILD_YEAR"),
        ", the vessel measures ",
        val(S.decimal(ship.loa, "en"), "METRIC_VALUE"),
        " ",
        val("m", "METRIC_UNIT"),
        " ",
        val("LOA", "METRIC_TYPE"),
        " and ",
        val(ship.gt, "METRIC_VALUE"),
        " ",
        val("GT", "METRIC_UNIT"),
        "; it is owned by ",
        val(ship.owner, "ASSOC_NAME"),
    ]
    if rng.random() < 0.5:
        parts += [
            " (",
            val("owner", "ASSOC_ROLE"),
            ") and operated by ",
            val(S.company("", rng), "ASSOC_NAME"),
            " (",
            val("operator", "ASSOC_ROLE"),
            ")",
        ]
    parts.append(".")
    return join(parts, "")


def _key_values(ship: S.Ship, rng: random.Random, none: str) -> list[Rich]:
    width = rng.randint(11, 15)
    rows: list[tuple[str, Rich]] = [
        ("Vessel", val(ship.name, "VESSEL_NAME")),
        ("Flag", val(S.flag_text(ship.flag, "en", rng), "FLAG")),
        ("Call sign", val(ship.ircs, "IRCS") if ship.ircs else Rich(none)),
        ("IMO", val(ship.imo, "IMO") if ship.imo else Rich(none)),
        ("MMSI", val(ship.mmsi, "MMSI") if ship.mmsi else Rich(none)),
        ("Owner", val(ship.owner, "ASSOC_NAME")),
    ]
    if rng.random() < 0.5:
        rows.append(
            ("Licence", val(f"{rng.randint(1000, 9999)}/{rng.randint(24, 26)}", "LICENSE_NO"))
        )
    return [Rich(key + ":").ljust(width) + value for key, value in rows]


def _column(blocks: list[Rich | list[Rich]], width: int) -> list[Rich]:
    lines: list[Rich] = []
    for block in blocks:
        if isinstance(block, Rich):
            lines += block.wrap(width, keep_spans=True)
        else:
            lines += block
        lines.append(Rich())
    return lines


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    rfmo = rng.choice(tuple(V.RFMOS))
    issue = rng.randint(12, 140)
    month = rng.choice(V.MONTHS["en"])
    none = S.placeholder("en", rng)
    drafts: list[PageDraft] = []
    for number in range(1, rng.choice((1, 2, 2, 3)) + 1):
        width = rng.randint(48, 62)
        gap = rng.randint(4, 9)
        news = rng.sample(_NEWS, len(_NEWS))
        columns: list[list[Rich]] = []
        for _ in range(2):
            blocks: list[Rich | list[Rich]] = []
            for _ in range(rng.randint(2, 4)):
                roll = rng.random()
                ship = S.ship_of(rng.choice(vessels), rng)
                if roll >= 0.7 and news:
                    numbers = {
                        "a": rng.randint(2, 30),
                        "b": rng.randint(2, 60),
                        "c": rng.randint(40, 900),
                    }
                    blocks.append(Rich(news.pop().format(**numbers)))
                elif roll >= 0.45:
                    blocks.append(_key_values(ship, rng, none))
                else:
                    if rng.random() < 0.3:
                        blocks.append([Rich(rng.choice(_HEADINGS))])
                    blocks.append(_notice(ship, rng, rfmo))
            columns.append(_column(blocks, width))
        page = PageBuilder()
        page.line(" " * rng.randint(10, 30), f"FISHERIES BULLETIN  No. {issue}  -  {month} 2025")
        page.blank()
        left, right = columns
        for i in range(max(len(left), len(right))):
            a = left[i] if i < len(left) else Rich()
            b = right[i] if i < len(right) else Rich()
            page.line(a.ljust(width) + " " * gap + b if b.text else a)
        page.blank()
        page.line(" " * (width + gap // 2), str(number + rng.randint(0, 20)))
        drafts.append(page.draft())
    return drafts
