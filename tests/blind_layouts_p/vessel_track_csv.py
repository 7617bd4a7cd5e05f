"""An AIS track export printed as CSV: a short header block, then one row per position with the
vessel's MMSI, name and call sign repeated; the many numbers are hard negatives."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from oceanid_dev.demo.vessels import Vessel

from . import _vocab as vocab
from ._common import Ident, country, pick
from ._page import PageDraft

LAYOUT = "vessel_track_csv"

# Column keys and, per dialect, the header words and the delimiter.
_DIALECTS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (
        ",",
        (
            ("mmsi", "MMSI"),
            ("time", "BaseDateTime"),
            ("lat", "LAT"),
            ("lon", "LON"),
            ("sog", "SOG"),
            ("cog", "COG"),
            ("hdg", "Heading"),
            ("name", "VesselName"),
            ("imo", "IMO"),
            ("cs", "CallSign"),
            ("status", "Status"),
        ),
    ),
    (
        ";",
        (
            ("time", "timestamp_utc"),
            ("mmsi", "mmsi"),
            ("lat", "latitude"),
            ("lon", "longitude"),
            ("sog", "speed_kn"),
            ("cog", "course_deg"),
            ("hdg", "true_heading"),
            ("status", "nav_status"),
            ("name", "shipname"),
            ("cs", "callsign"),
            ("dest", "destination"),
        ),
    ),
    (
        ",",
        (
            ("mmsi", "mmsi"),
            ("time", "fecha_hora_utc"),
            ("lat", "latitud"),
            ("lon", "longitud"),
            ("sog", "velocidad"),
            ("cog", "rumbo"),
            ("status", "estado"),
            ("name", "nombre"),
            ("cs", "indicativo"),
        ),
    ),
    (
        "\t",
        (
            ("mmsi", "MMSI"),
            ("name", "NOM"),
            ("cs", "INDICATIF"),
            ("time", "HORODATAGE"),
            ("lat", "LAT"),
            ("lon", "LON"),
            ("sog", "VIT"),
            ("cog", "CAP"),
            ("hdg", "CAP_VRAI"),
            ("status", "STATUT"),
        ),
    ),
)
_PROVIDERS = (
    "OceanTrack AIS Archive",
    "S-AIS merged feed (terrestrial + satellite)",
    "Regional Fisheries Surveillance Centre",
    "MarineData Hub API v3",
    "Centro de Control de Pesca - consulta histórica",
)


def _header(page: PageDraft, ship: Ident, rng: random.Random, start: datetime) -> None:
    mark = rng.choice(("# ", "", "## "))
    page.line(
        mark,
        rng.choice(("AIS position export", "AIS TRACK REPORT", "Vessel track")),
        " - ",
        rng.choice(_PROVIDERS),
    )
    flag = ship.flag if rng.random() < 0.5 else country(ship.flag)
    fields: list[tuple[str, str | None, str]] = [
        ("Vessel", ship.name, "VESSEL_NAME"),
        ("MMSI", ship.mmsi, "MMSI"),
        ("IMO", ship.imo, "IMO"),
        ("Call sign", ship.ircs, "IRCS"),
        ("Flag", flag, "FLAG"),
    ]
    if rng.random() < 0.5:
        rng.shuffle(fields)
    page.add(mark)
    for i, (key, value, label) in enumerate(fields):
        page.put(" | " if i else "", f"{key}: ", (value, label, rng.choice(("n/a", "-", ""))))
    page.nl()
    end = start + timedelta(hours=rng.choice((24, 48, 72, 96)))
    page.line(mark, f"Period (UTC): {start:%Y-%m-%d %H:%M} to {end:%Y-%m-%d %H:%M}")
    if rng.random() < 0.6:
        length = ship.loa.split(".")[0] if rng.random() < 0.5 else ship.loa
        page.line(
            mark,
            "Static: ship type 30 (fishing) | ",
            ("Length", "METRIC_TYPE"),
            " ",
            (length, "METRIC_VALUE"),
            " ",
            ("m", "METRIC_UNIT"),
            " | class A transponder",
        )
    page.line(
        mark,
        f"Query id: {rng.randint(10**7, 10**8 - 1)}  Sampling: "
        f"{rng.choice((5, 10, 15, 30))} min  Filter: speed < 30 kn",
    )
    if mark:
        page.line("#")


def _row(
    page: PageDraft,
    ship: Ident,
    cols: Sequence[tuple[str, str]],
    sep: str,
    state: dict[str, float],
    rng: random.Random,
    when: datetime,
    style: dict[str, str],
) -> None:
    status = rng.choice(vocab.NAV_STATUS)
    speed = 0.0 if status[0] in (1, 5) else round(rng.uniform(0.2, 13.5), 1)
    state["lat"] += rng.uniform(-0.08, 0.08)
    state["lon"] += rng.uniform(-0.08, 0.08)
    heading = rng.choice((str(rng.randint(0, 359)), "511"))
    values = {
        "time": {
            "iso": f"{when:%Y-%m-%dT%H:%M:%SZ}",
            "space": f"{when:%Y-%m-%d %H:%M:%S}",
            "epoch": str(int(when.timestamp())),
        }[style["time"]],
        "lat": f"{state['lat']:.5f}",
        "lon": f"{state['lon']:.5f}",
        "sog": f"{speed:.1f}",
        "cog": f"{rng.uniform(0, 359.9):.1f}",
        "hdg": heading,
        "status": str(status[0]) if style["status"] == "code" else status[1],
        "dest": style["dest"],
    }
    for i, (key, _) in enumerate(cols):
        page.add(sep if i else "")
        if key == "mmsi":
            page.val(ship.mmsi, "MMSI", "")
        elif key == "name":
            quote = style["quote"] or ('"' if sep in ship.name else "")
            page.put(quote, (ship.name, "VESSEL_NAME"), quote)
        elif key == "cs":
            page.val(ship.ircs, "IRCS", "")
        elif key == "imo":
            page.put(style["imo_prefix"] if ship.imo else "", (ship.imo, "IMO", "0"))
        else:
            page.add(values[key])
    page.nl()


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    ship = pick(vessels, rng, "mmsi ircs")
    sep, cols = rng.choice(_DIALECTS)
    style = {
        "time": rng.choice(("iso", "space", "epoch")),
        "status": rng.choice(("code", "text")),
        "quote": '"' if sep != "\t" and rng.random() < 0.4 else "",
        "dest": rng.choice(vocab.DESTINATIONS),
        "imo_prefix": rng.choice(("IMO", "")),
    }
    start = datetime(
        rng.randint(2021, 2025),
        rng.randint(1, 12),
        rng.randint(1, 28),
        rng.randint(0, 23),
        rng.randint(0, 59),
        tzinfo=UTC,
    )
    state = {"lat": rng.uniform(-40, 40), "lon": rng.uniform(-170, 170)}
    when = start
    pages: list[PageDraft] = []
    for number in range(rng.randint(1, 3)):
        page = PageDraft()
        if number == 0:
            _header(page, ship, rng, start)
        else:
            page.line(f"-- continued ({number + 1}) --")
        page.line(sep.join(word for _, word in cols))
        target = rng.randint(1500, 2700)
        while len(page) < target:
            when += timedelta(minutes=rng.randint(3, 40), seconds=rng.randint(0, 59))
            _row(page, ship, cols, sep, state, rng, when, style)
        pages.append(page)
    return pages
