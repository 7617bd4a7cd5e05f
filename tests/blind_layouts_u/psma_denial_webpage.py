"""A port State's web page listing vessels denied entry or use of port under the PSMA, printed
from a browser: URL/date header, breadcrumb, a table in one of three print renderings, footer."""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any

from oceanid_dev.demo.vessels import Vessel

from ._common import (
    Ident,
    country,
    fmt_date,
    phone,
    pick,
    placeholder,
    rand_date,
)
from ._page import Cell, PageDraft, Piece, fill, pack

LAYOUT = "psma_denial_webpage"

SITES = (
    (
        "es",
        "CHL",
        "Servicio Nacional de Pesca y Acuicultura (SERNAPESCA)",
        "www.sernapesca.cl/fiscalizacion/merp/naves-con-ingreso-denegado",
        "+56 32",
        (("Valparaíso", "CLVAP"), ("Talcahuano", "CLTAL"), ("Punta Arenas", "CLPUQ")),
        "SPRFMO",
    ),
    (
        "es",
        "PER",
        "Ministerio de la Producción (PRODUCE)",
        "www.gob.pe/institucion/produce/informes/psma-buques-denegados",
        "+51 1",
        (("Callao", "PECLL"), ("Paita", "PEPAI"), ("Chimbote", "PECHM")),
        "IATTC",
    ),
    (
        "en",
        "MUS",
        "Ministry of Blue Economy, Marine Resources, Fisheries and Shipping",
        "blueconomy.govmu.org/psma/denials",
        "+230 238",
        (("Port Louis", "MUPLU"),),
        "IOTC",
    ),
    (
        "fr",
        "SEN",
        "Direction de la Protection et de la Surveillance des Pêches (DPSP)",
        "www.dpsp.sn/mesures-etat-du-port/navires-refuses",
        "+221 33",
        (("Dakar", "SNDKR"),),
        "ICCAT",
    ),
    (
        "en",
        "ZAF",
        "Department of Forestry, Fisheries and the Environment (DFFE)",
        "www.dffe.gov.za/fisheries/psma/denied-vessels",
        "+27 21",
        (("Cape Town", "ZACPT"), ("Port Elizabeth", "ZAPLZ"), ("Durban", "ZADUR")),
        "CCSBT",
    ),
    (
        "en",
        "THA",
        "Department of Fisheries, Fishing Vessel Monitoring Centre",
        "www4.fisheries.go.th/psm/denied-vessel-list",
        "+66 2",
        (("Songkhla", "THSGZ"), ("Phuket", "THHKT"), ("Bangkok", "THBKK")),
        "IOTC",
    ),
    (
        "fr",
        "MDG",
        "Centre de Surveillance des Pêches de Madagascar (CSP)",
        "www.csp-mg.org/psma/liste-refus",
        "+261 20",
        (("Toamasina", "MGTMM"), ("Antsiranana", "MGDIE")),
        "SIOFA",
    ),
    (
        "en",
        "FJI",
        "Ministry of Fisheries, Offshore Fisheries Division",
        "www.fisheries.gov.fj/psma/denial-of-port",
        "+679 330",
        (("Suva", "FJSUV"), ("Levuka", "FJLEV")),
        "WCPFC",
    ),
)

TEXT: dict[str, dict[str, Any]] = {
    "en": {
        "skip": "Skip to main content",
        "crumbs": "Home  >  Fisheries  >  Port State Measures  >  Denials of entry and use of port",
        "title": "Vessels denied entry into port or the use of port",
        "sub": (
            "Port State Measures Agreement (PSMA), Articles 9 and 11 — published under Article 15"
        ),
        "updated": "Last updated:",
        "showing": "Showing {a} to {b} of {n} entries",
        "cols": (
            "No.",
            "Vessel name",
            "Flag",
            "IMO No.",
            "Call sign",
            "MMSI",
            "Port",
            "Date of denial",
            "Grounds",
        ),
        "ex": "ex-",
        "grounds": (
            ("Vessel included in the ", "{R}", " IUU Vessel List"),
            ("No valid authorisation from the flag State (Art. 9.4(a))",),
            ("Insufficient information on the catch on board (Art. 9.4(b))",),
            ("Engaged in fishing-related activities in support of a vessel listed by ", "{R}"),
            ("Advance request for entry not submitted 72 h before arrival (Art. 8)",),
        ),
        "notes": (
            "Denials are notified to the flag State, the FAO PSMA Global Information Exchange "
            "System and the relevant RFMO. Enquiries: psma-desk, tel. {P}.",
            "This list is provided for information; it does not constitute a legal determination "
            "of IUU fishing. Entries are removed 24 months after the decision.",
            "Accessibility | Privacy notice | Terms of use | Contact us | Sitemap",
        ),
        "footer": "© {Y} Government portal. All rights reserved.",
        "page": "Page {p} of {t}",
    },
    "es": {
        "skip": "Ir al contenido principal",
        "crumbs": "Inicio  >  Fiscalización  >  Acuerdo MERP  >  Naves con ingreso denegado",
        "title": "Buques a los que se ha denegado la entrada o el uso del puerto",
        "sub": "Acuerdo sobre Medidas del Estado Rector del Puerto (AMERP), artículos 9 y 11",
        "updated": "Última actualización:",
        "showing": "Mostrando registros del {a} al {b} de un total de {n}",
        "cols": (
            "N°",
            "Nombre de la nave",
            "Pabellón",
            "N° OMI",
            "Señal de llamada",
            "MMSI",
            "Puerto",
            "Fecha denegación",
            "Fundamento",
        ),
        "ex": "ex ",
        "grounds": (
            ("Nave incluida en la Lista de buques IUU de ", "{R}"),
            ("Sin autorización vigente del Estado del pabellón (art. 9.4 a))",),
            ("Información insuficiente sobre la captura a bordo (art. 9.4 b))",),
            ("Apoyo a un buque incluido en la lista IUU de ", "{R}"),
            ("Solicitud de ingreso no presentada con 72 h de antelación (art. 8)",),
        ),
        "notes": (
            "Las denegaciones se notifican al Estado del pabellón, al sistema mundial de "
            "intercambio de información de la FAO y a la OROP competente. Consultas: {P}.",
            "La presente nómina es informativa y se actualiza mensualmente "
            "(Res. Ex. N° 1452/2019).",
            "Transparencia activa | Política de privacidad | Mapa del sitio | Contacto",
        ),
        "footer": "© {Y} Gobierno. Todos los derechos reservados.",
        "page": "Página {p} de {t}",
    },
    "fr": {
        "skip": "Aller au contenu principal",
        "crumbs": "Accueil  >  Surveillance  >  Mesures du ressort de l'État du port  >  Refus",
        "title": "Navires auxquels l'entrée ou l'utilisation du port a été refusée",
        "sub": "Accord relatif aux mesures du ressort de l'État du port (PSMA), articles 9 et 11",
        "updated": "Dernière mise à jour :",
        "showing": "Affichage des éléments {a} à {b} sur {n}",
        "cols": (
            "N°",
            "Nom du navire",
            "Pavillon",
            "N° OMI",
            "Indicatif d'appel",
            "MMSI",
            "Port",
            "Date du refus",
            "Motif",
        ),
        "ex": "ex-",
        "grounds": (
            ("Navire inscrit sur la liste des navires INN de la ", "{R}"),
            ("Absence d'autorisation valide de l'État du pavillon (art. 9.4 a))",),
            ("Informations insuffisantes sur les captures à bord (art. 9.4 b))",),
            ("Soutien à un navire inscrit sur la liste INN de la ", "{R}"),
            ("Demande préalable d'entrée non transmise 72 h avant l'arrivée (art. 8)",),
        ),
        "notes": (
            "Les refus sont notifiés à l'État du pavillon, au système mondial d'échange "
            "d'informations de la FAO et à l'ORGP compétente. Renseignements : {P}.",
            "Liste publiée à titre d'information ; mise à jour trimestrielle.",
            "Mentions légales | Accessibilité | Plan du site | Nous contacter",
        ),
        "footer": "© {Y} Tous droits réservés.",
        "page": "Page {p} sur {t}",
    },
}


def _grounds(text: dict[str, Any], rng: random.Random, rfmo: str) -> list[Piece]:
    options = text["grounds"]
    assert isinstance(options, tuple)
    chosen: tuple[str, ...] = rng.choice(options)
    return [(rfmo, "RFMO_CODE") if part == "{R}" else part for part in chosen]


def _row_cells(
    v: Ident,
    rng: random.Random,
    lang: str,
    number: int,
    ports: Sequence[tuple[str, str]],
    rfmo: str,
    flag_style: str,
    with_mmsi: bool,
) -> list[Cell]:
    t = TEXT[lang]
    name: list[Piece] = [(v.name, "VESSEL_NAME")]
    if v.former_name and rng.random() < 0.7:
        name += [f" ({t['ex']}", (v.former_name, "NAME_CHANGE"), ")"]
    if v.flag is None:
        flag: Cell = placeholder(rng, lang)
    else:
        flag = (v.flag if flag_style == "code" else country(v.flag, lang), "FLAG")
    imo: Cell = (v.imo, "IMO") if v.imo else placeholder(rng, lang)
    ircs: Cell = (v.ircs, "IRCS") if v.ircs else placeholder(rng, lang)
    mmsi: Cell = (v.mmsi, "MMSI") if v.mmsi else placeholder(rng, lang)
    port_name, locode = rng.choice(ports)
    port: Cell = [port_name, " (", (locode, "PORT_ID"), ")"] if rng.random() < 0.6 else port_name
    date = fmt_date(rand_date(rng, 2020, 2025), rng.choice(("dmy", "iso", "dot")), lang)
    cells: list[Cell] = [str(number), name, flag, imo, ircs]
    if with_mmsi:
        cells.append(mmsi)
    cells += [port, date, _grounds(t, rng, rfmo)]
    return cells


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    lang, site_country, agency, url, dial, ports, rfmo = rng.choice(SITES)
    t = TEXT[lang]
    style = rng.choice(("pipe", "tabs", "cards"))
    flag_style = rng.choice(("name", "code"))
    with_mmsi = rng.random() < 0.6
    total = rng.randint(14, 60)
    start = rng.randint(0, max(0, total - 12))
    n_rows = rng.randint(4, 12) if style != "cards" else rng.randint(3, 8)
    idents = pick(vessels, rng, n_rows)
    rows_cells = [
        _row_cells(v, rng, lang, start + i + 1, ports, rfmo, flag_style, with_mmsi)
        for i, v in enumerate(idents)
    ]
    cols = list(t["cols"])
    if not with_mmsi:
        cols.remove("MMSI")
    printed = fmt_date(rand_date(rng, 2024, 2025), "dmy")
    clock = f"{rng.randint(7, 18):02d}:{rng.randint(0, 59):02d}"
    updated = fmt_date(rand_date(rng, 2023, 2025), rng.choice(("long", "dmy")), lang)
    tel = phone(rng, dial)
    year = printed[-4:]
    notes = [str(n).replace("{P}", tel) for n in t["notes"]]

    rows: list[PageDraft] = []
    for cells in rows_cells:
        row = PageDraft()
        if style == "pipe":
            row.row(cells, sep=" | ", lead="| ", tail=" |")
        elif style == "tabs":
            row.row(cells, sep="\t")
        else:
            for key, cell in zip(cols, cells, strict=True):
                row.row([f"{key}:", cell], sep=" ")
            row.add("\n")
        rows.append(row)

    def head(number: int, pages: int) -> PageDraft:
        page = PageDraft()
        page.line(f"{printed} {clock}", " " * 8, str(t["title"])[:38], "...")
        if number == 1:
            page.line(str(t["skip"]))
            page.line(agency, "  —  ", country(site_country, lang))
            page.line(str(t["crumbs"]))
            page.line()
            page.line(str(t["title"]).upper())
            page.line(str(t["sub"]))
            page.line(str(t["updated"]), " ", updated)
            page.line()
        shown = str(t["showing"]).format(a=start + 1, b=start + n_rows, n=total)
        page.line(shown)
        if style == "pipe":
            page.line("| ", " | ".join(cols), " |")
        elif style == "tabs":
            page.line("\t".join(cols))
        page.line()
        return page

    def foot(number: int, pages: int) -> PageDraft:
        page = PageDraft().line()
        if number == pages:
            for note in notes:
                page.line(note)
        page.line(str(t["footer"]).format(Y=year))
        page.line(f"https://{url}", "    ", str(t["page"]).format(p=number, t=pages))
        return page

    drafts = pack(rows, head, foot, budget=2900, max_pages=2)
    return [fill(d, notes) for d in drafts]
