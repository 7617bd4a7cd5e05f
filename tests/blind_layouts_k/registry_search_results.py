"""A national registry portal's search results printed to PDF: the query, a results count, one
block or table row per vessel (several per page), pagination links."""

from __future__ import annotations

import datetime as dt
import random

from oceanid_dev.demo.vessels import Vessel

from . import _ship as S
from . import _vocab as V
from ._page import PageDraft, Part, date_style, fmt_date, metric, pad, some_date

LAYOUT = "registry_search_results"

_PORTALS = {
    "CHN": ("National Fishing Vessel Registration Information System", "cfvr.example.cn"),
    "TWN": ("Fisheries Agency - Fishing Vessel Registry Inquiry", "fvr.fa.example.tw"),
    "JPN": ("Fishing Vessel Registry Search (Fisheries Agency)", "jfa.example.jp/registry"),
    "ESP": ("Registro General de la Flota Pesquera - Consulta", "flota.example.es"),
    "KOR": ("Korea Fishing Vessel Registry", "fishingvessel.example.kr"),
}
_HEADER = "#   Vessel name / Reg. No.        IMO       Call sign  Port of registry   GT      Owner"
_DEFAULT_PORTAL = ("Ship Registry - Public Vessel Search", "registry.example.org/search")


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    first = rng.choice(vessels)
    per_page = rng.randint(3, 6)
    count = rng.choice([1, 1, 2, 3])
    word = first.name.split()[0]
    named = [v for v in vessels if v.name.split()[0] == word and v is not first]
    same = [v for v in vessels if v.flag == first.flag and v is not first]
    if len(named) >= per_page * count:
        query, pool, param = f'vessel name starts with "{word}"', named, f"name:{word.lower()}"
    else:
        query = f"flag = {first.flag or 'any'}, vessel type = fishing vessel"
        param = f"flag:{(first.flag or 'any').lower()}+type:fishing"
        pool = same if len(same) >= 12 else [v for v in vessels if v is not first]
    chosen = [first, *rng.sample(pool, min(len(pool), per_page * count - 1))]
    ships = [S.ship_of(v, rng) for v in chosen]
    total = len(ships) + rng.randint(0, 60)
    portal, host = _PORTALS.get(first.flag or "", _DEFAULT_PORTAL)
    clock = f"{rng.randint(8, 18):02d}:{rng.randint(10, 50):02d}"
    style = date_style(rng)
    table = rng.random() < 0.4
    printed = some_date(rng, 2022, 2025)
    pages: list[PageDraft] = []
    for number in range(count):
        batch = ships[number * per_page : (number + 1) * per_page]
        if not batch:
            break
        pg = PageDraft()
        pg.line(f"{printed.isoformat()} {clock}{pad('', 20)}{portal}")
        pg.line(f"https://{host}?q={param}&page={number + 1}")
        pg.blank()
        pg.line(portal.upper())
        pg.line(
            f"Search: {query}   Status: {rng.choice(['All', 'Any'])}"
            f"   Sort: {rng.choice(['Name (A-Z)', 'Registration date', 'Relevance'])}"
        )
        start = number * per_page + 1
        pg.line(f"{total} results found - showing {start} to {start + len(batch) - 1}")
        pg.blank()
        if table:
            pg.line(_HEADER)
        for index, ship in enumerate(batch, start=start):
            (_row if table else _block)(pg, index, ship, style, printed, rng)
        pg.blank()
        links = " ".join(str(n) for n in range(1, min(7, total // per_page + 2)))
        pg.line(f"<< First  < Previous   {links}   Next >  Last >>")
        pg.line(
            f"Page {number + 1} of {max(1, -(-total // per_page))}   |   Results per page: "
            f"{per_page}   |   Export CSV"
        )
        pg.line("Information shown is for reference only and has no legal effect.")
        pages.append(pg)
    return pages


def _reg_no(ship: S.Ship, rng: random.Random) -> str:
    year, n = ship.year, rng.randint(1, 99999)
    forms = {
        "CHN": f"{rng.choice(['MIN', 'ZHE', 'LU', 'LIAO'])}-YU-{year}-{n:05d}",
        "TWN": f"CT{rng.randint(3, 8)}-{n % 10000:04d}",
        "JPN": f"{rng.choice(['MG', 'SZ', 'KN', 'HK'])}{rng.randint(1, 3)}-{n % 10000}",
        "ESP": f"3-VI-{rng.randint(1, 9)}-{n % 100}-{year[2:]}",
        "KOR": f"BS-{year}-{n % 1000:03d}",
    }
    return forms.get(ship.flag or "", f"{ship.flag or 'REG'}/{year}/{n:05d}")


def _dates(ship: S.Ship, style: str, printed: dt.date, rng: random.Random) -> tuple[str, str, bool]:
    start = dt.date(max(int(ship.year), printed.year - 12), rng.randint(1, 12), rng.randint(1, 28))
    end = start + dt.timedelta(days=365 * rng.choice([3, 5, 10]) - 1)
    return fmt_date(start, style), fmt_date(end, style), end >= printed


def _block(
    pg: PageDraft, index: int, ship: S.Ship, style: str, printed: dt.date, rng: random.Random
) -> None:
    registered, expires, active = _dates(ship, style, printed, rng)
    pg.line(
        f"{index}. ", (ship.name, "VESSEL_NAME"), "   [" + ("ACTIVE" if active else "EXPIRED") + "]"
    )
    pg.line(
        "   Registration No.: ",
        (_reg_no(ship, rng), "NATIONAL_REG_NO"),
        "   Flag: ",
        S.flag_part(ship, rng),
    )
    ids: list[Part] = [
        "   IMO: ",
        S.ident(ship.imo, "IMO", "-"),
        "   Call sign: ",
        S.ident(ship.ircs, "IRCS", "-"),
    ]
    if ship.mmsi:
        ids += ["   MMSI: ", (ship.mmsi, "MMSI")]
    if ship.flag in V.EU:
        ids += ["   CFR: ", (f"{ship.flag}{rng.randint(1, 40000):09d}", "EU_CFR")]
    pg.line(*ids)
    pg.line(
        "   Port of registry: ",
        (ship.home_port, "HOME_PORT"),
        "   ",
        *metric("Gross tonnage", ship.gt, None),
        "   ",
        *metric("LOA", ship.loa, "m"),
    )
    pg.line("   Owner: ", (ship.owner, "ASSOC_NAME"))
    pg.line(
        "   Registered: ", (registered, "START_DATE"), "   Valid until: ", (expires, "END_DATE")
    )
    pg.line("   [Details]  [Certificates]  [History]")
    pg.blank()


def _row(
    pg: PageDraft, index: int, ship: S.Ship, style: str, printed: dt.date, rng: random.Random
) -> None:
    registered, expires, active = _dates(ship, style, printed, rng)
    reg = _reg_no(ship, rng)
    imo = ship.imo or "-"
    cs = ship.ircs or "-"
    pg.line(
        f"{index:<4}",
        (ship.name, "VESSEL_NAME"),
        pad(ship.name, 30),
        S.ident(ship.imo, "IMO", "-"),
        pad(imo, 10),
        S.ident(ship.ircs, "IRCS", "-"),
        pad(cs, 11),
        (ship.home_port, "HOME_PORT"),
        pad(ship.home_port, 19),
        *metric(None, ship.gt, None),
        pad(ship.gt, 8),
        (ship.owner, "ASSOC_NAME"),
    )
    pg.line(
        "    ",
        (reg, "NATIONAL_REG_NO"),
        pad(reg, 30),
        f"{'Active' if active else 'Expired'} - registered ",
        (registered, "START_DATE"),
        ", valid to ",
        (expires, "END_DATE"),
    )
