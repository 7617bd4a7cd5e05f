"""A crew list / list of persons on board (IMO FAL form 5 style or a national form): vessel
header, then a crew table; only the master is an associate of the vessel."""

from __future__ import annotations

import random

from oceanid_dev.demo.vessels import Vessel

from ._fields import flag, home_port, value_or_blank
from ._ids import Ident, pick
from ._page import Doc, Page, PageDraft
from ._vocab import PORTS, fmt_date, person, some_date

LAYOUT = "crew_list"

_RANKS = {
    "en": (
        "Chief Officer",
        "Chief Engineer",
        "2nd Engineer",
        "Bosun",
        "Fisherman",
        "Deckhand",
        "Cook",
        "Oiler",
        "Fishing master",
        "Electrician",
    ),
    "es": (
        "Primer Oficial",
        "Jefe de Máquinas",
        "Segundo Maquinista",
        "Contramaestre",
        "Marinero pescador",
        "Cocinero",
        "Engrasador",
        "Patrón de pesca",
    ),
}
_MASTER = {"en": ("Master", "Captain", "Skipper", "MASTER"), "es": ("Capitán", "Patrón", "CAPITÁN")}
_NATIONALITIES = (
    "CHINESE",
    "INDONESIAN",
    "FILIPINO",
    "VIETNAMESE",
    "PERUVIAN",
    "KIRIBATI",
    "MYANMAR",
    "RUSSIAN",
    "TAIWANESE",
    "KOREAN",
    "IDN",
    "PHL",
    "CHN",
    "VNM",
)
_COLS = (
    ("No.", 5),
    ("Family name, given names", 28),
    ("Rank or rating", 20),
    ("Nationality", 13),
    ("Date of birth", 13),
    ("Passport / seaman's book", 0),
)
_COLS_ES = (
    ("N.º", 5),
    ("Apellidos, nombre", 28),
    ("Cargo", 20),
    ("Nacionalidad", 13),
    ("Fecha nac.", 13),
    ("Pasaporte / libreta", 0),
)


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choice(("en", "en", "es"))
    (v,) = pick(vessels, rng)
    n_pages = rng.randint(1, 3)
    per_page = rng.randint(8, 16)
    doc = Doc()
    total = per_page * n_pages - rng.randint(0, per_page - 1)
    master_at = 0 if total < 2 or rng.random() < 0.8 else rng.randint(1, min(4, total - 1))
    for page_no in range(n_pages):
        p = doc.page if page_no == 0 else doc.new_page()
        _header(p, v, rng, lang, full=page_no == 0)
        cols = _COLS_ES if lang == "es" else _COLS
        for name, width in cols:
            p.cell(name, width) if width else p.add(name)
        p.nl()
        for n in range(page_no * per_page, min(total, (page_no + 1) * per_page)):
            _crew_row(p, rng, lang, n, master=n == master_at)
        p.nl().add(f"Page {page_no + 1} / {n_pages}").nl()
    doc.page.nl().add(
        f"{'Fecha y firma del capitán' if lang == 'es' else 'Date and signature by master'}: "
        f"{fmt_date(some_date(rng), lang, 1)}"
    ).nl()
    return doc.drafts()


def _header(p: Page, v: Ident, rng: random.Random, lang: str, full: bool) -> None:
    es = lang == "es"
    p.add(
        "LISTA DE TRIPULANTES"
        if es
        else rng.choice(("CREW LIST", "IMO FAL FORM 5 - CREW LIST", "List of persons on board"))
    ).nl()
    kv = rng.choice((": ", " : ", "  "))
    p.add(f"1.1 {'Nombre del buque' if es else 'Name of ship'}{kv}").val(v.name, "VESSEL_NAME").nl()
    if not full:
        return
    p.add(f"1.2 {'Número OMI' if es else 'IMO number'}{kv}")
    value_or_blank(p, v.imo, "IMO", lang, rng).add("    ")
    p.add(f"1.3 {'Distintivo de llamada' if es else 'Call sign'}{kv}")
    value_or_blank(p, v.ircs, "IRCS", lang, rng).nl()
    p.add(f"4 {'Estado de abanderamiento' if es else 'Flag State of ship'}{kv}")
    flag(p, v.flag, lang, rng).add("    ")
    p.add(f"{'Puerto de matrícula' if es else 'Port of registry'}{kv}")
    home_port(p, v, lang, rng, with_state=False).nl()
    port, code = rng.choice(PORTS)
    last, _ = rng.choice(PORTS)
    arrival = rng.random() < 0.5
    p.add(
        f"2 {'Puerto de llegada' if es else 'Port of arrival'}{kv}"
        if arrival
        else f"2 {'Puerto de salida' if es else 'Port of departure'}{kv}"
    )
    p.add(f"{port} (").val(code, "PORT_ID").add(")    3 Date" + kv)
    p.add(fmt_date(some_date(rng), lang, rng.randint(0, 2))).nl()
    p.add(f"5 {'Último puerto de escala' if es else 'Last port of call'}{kv}{last}").nl(2)


def _crew_row(p: Page, rng: random.Random, lang: str, n: int, master: bool) -> None:
    p.cell(f"{n + 1}", 5)
    name = person(rng)
    if master:
        p.cell(name, 28, "ASSOC_NAME").cell(rng.choice(_MASTER[lang]), 20, "ASSOC_ROLE")
    else:
        p.cell(name, 28).cell(rng.choice(_RANKS[lang]), 20)
    p.cell(rng.choice(_NATIONALITIES), 13)
    p.cell(fmt_date(some_date(rng, 1965, 2004), lang, rng.choice((1, 2))), 13)
    doc_no = rng.choice(
        (
            f"{rng.choice('EGPK')}{rng.randint(10_000_000, 99_999_999)}",
            f"{rng.randint(100_000_000, 999_999_999)}",
            f"SB {rng.randint(1_000_000, 9_999_999)}",
            f"{rng.choice(('C', 'X', 'B'))}{rng.randint(1_000_000, 9_999_999)}",
        )
    )
    p.add(doc_no).nl()
