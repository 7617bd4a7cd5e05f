"""An annex of vessel "cards" in French or Spanish: one block of key/value lines per vessel,
several per page, some lines carrying two or three fields, the owner (armateur/armador) with
a full address and company number, and the local agent or operator with theirs."""

from __future__ import annotations

import random
from collections.abc import Sequence

from oceanid_dev.demo.vessels import Vessel

from . import _vocab as v
from ._page import PageBuilder, PageDraft, Piece

LAYOUT = "vessel_cards"

_KEYS = {
    "fr": {
        "card": ("FICHE N° {n}", "Navire n° {n}", "— {n} —"),
        "name": ("Nom du navire", "Navire"),
        "former": ("Ancien nom", "Ex-nom"),
        "flag": ("Pavillon",),
        "port": ("Port d'attache", "Port d'immatriculation"),
        "imo": ("N° OMI", "OMI"),
        "ircs": ("Indicatif d'appel", "Indicatif radio"),
        "mmsi": ("MMSI",),
        "reg": ("N° d'immatriculation", "Immatriculation"),
        "loa": ("Longueur hors tout", "Longueur"),
        "gt": ("Jauge brute",),
        "power": ("Puissance motrice", "Puissance"),
        "year": ("Année de construction", "Construit en"),
        "gear": ("Engin de pêche", "Engin"),
        "owner": ("Armateur", "Propriétaire"),
        "agent": ("Consignataire", "Agent local", "Exploitant"),
        "address": ("Adresse", "Siège"),
        "company": ("RCS", "N° RCCM", "Immatriculation société"),
        "title": ("ANNEXE - Liste des navires autorisés", "ANNEXE II - FICHES DES NAVIRES"),
        "sep": (" : ",),
    },
    "es": {
        "card": ("BUQUE N.º {n}", "Ficha {n}", "— {n} —"),
        "name": ("Nombre del buque", "Buque", "Embarcación"),
        "former": ("Nombre anterior", "Ex nombre"),
        "flag": ("Bandera", "Pabellón"),
        "port": ("Puerto base", "Puerto de registro"),
        "imo": ("N.º OMI", "OMI"),
        "ircs": ("Distintivo de llamada", "Indicativo de radio"),
        "mmsi": ("MMSI",),
        "reg": ("Matrícula", "N.º de registro"),
        "loa": ("Eslora total", "Eslora"),
        "gt": ("Arqueo bruto",),
        "power": ("Potencia propulsora", "Potencia"),
        "year": ("Año de construcción",),
        "gear": ("Arte de pesca",),
        "owner": ("Armador", "Propietario"),
        "agent": ("Agente", "Representante", "Operador"),
        "address": ("Domicilio", "Dirección"),
        "company": ("N.º de registro mercantil", "Registro"),
        "title": ("ANEXO I - Relación de buques autorizados", "ANEXO - FICHAS DE LOS BUQUES"),
        "sep": (": ", " : "),
    },
}
_LICENSING = {"fr": ("MDG", "SEN", "MRT", "GAB"), "es": ("PER", "ECU", "URY")}


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choice(("fr", "es"))
    keys = {name: rng.choice(options) for name, options in _KEYS[lang].items()}
    sep = keys["sep"]
    page_count = rng.choice((1, 2, 2, 3))
    per_page = rng.randint(2, 4)
    fleet = v.pick(rng, v.ships(vessels), page_count * per_page)
    page_count = -(-len(fleet) // per_page)
    licensing = rng.choice(_LICENSING[lang])
    missing = rng.choice(("—", "-", "néant" if lang == "fr" else "s/d", "n.d."))
    combine = rng.random() < 0.6  # identifiers share a line
    country_codes = rng.random() < 0.3

    def key_value(page: PageBuilder, key: str, *value: Piece, end: bool = True) -> None:
        page.text(keys[key] + sep)
        page.put(*(value if value else ((missing, None),)))
        if end:
            page.newline()

    def card(page: PageBuilder, number: int, s: v.Ship) -> None:
        page.line((keys["card"].format(n=number), None))
        key_value(page, "name", (s.name, "VESSEL_NAME"))
        if s.former_name:
            key_value(page, "former", (s.former_name, "NAME_CHANGE"))
        if s.flag:
            flag = v.country_name(s.flag, lang, rng, codes=country_codes)
            key_value(page, "flag", (flag, "FLAG"), end=not combine)
            if combine:
                page.text("    ")
        port, _ = v.home_port(s, rng)
        home: list[Piece] = [(port, "HOME_PORT")] if port else []
        if port and s.flag and rng.random() < 0.35:  # "Fuzhou (Chine)"
            home += [(" (", None), (v.country_name(s.flag, lang, rng), "HOME_PORT_STATE")]
            home.append((")", None))
        key_value(page, "port", *home)
        identifiers = [
            ("imo", [(s.imo, "IMO")] if s.imo else []),
            ("ircs", [(s.ircs, "IRCS")] if s.ircs else []),
            ("mmsi", [(s.mmsi, "MMSI")] if s.mmsi else []),
        ]
        for index, (key, value) in enumerate(identifiers):
            last = index == len(identifiers) - 1
            key_value(page, key, *value, end=last or not combine)
            if combine and not last:
                page.text(rng.choice(("   ", " | ", " ; ")))
        key_value(page, "reg", (v.national_reg_no(s, rng), "NATIONAL_REG_NO"))
        metrics: list[list[Piece]] = [
            [
                (keys["loa"], "METRIC_TYPE"),
                (sep, None),
                (v.fmt_dec(v.derived_loa(s), lang), "METRIC_VALUE"),
                (" ", None),
                ("m", "METRIC_UNIT"),
            ],
            [
                (keys["gt"], "METRIC_TYPE"),
                (sep, None),
                (v.fmt_int(v.derived_gt(s), lang, rng), "METRIC_VALUE"),
                *([(" ", None), ("GT", "METRIC_UNIT")] if rng.random() < 0.6 else []),
            ],
            [
                (keys["power"], "METRIC_TYPE"),
                (sep, None),
                (v.fmt_int(v.engine_kw(s), lang, rng), "METRIC_VALUE"),
                (" ", None),
                ("kW", "METRIC_UNIT"),
            ],
        ]
        for index, metric in enumerate(metrics):
            page.put(*metric)
            if combine and index < len(metrics) - 1:
                page.text(rng.choice(("   ", " ; ", " - ")))
            else:
                page.newline()
        key_value(page, "year", *(((s.year, "BUILD_YEAR"),) if s.year else ()))
        gear = v.gear_name(s.gear, lang)
        if gear:
            key_value(page, "gear", (gear, None))
        # The owner: name, address on its own line, company number.
        page.put((keys["owner"], "ASSOC_ROLE"), (sep, None), (v.owner(s, rng), "ASSOC_NAME"))
        page.newline()
        where = v.address(s, rng)
        address: list[Piece] = [(where.street, "ADDRESS"), (", ", None), (where.city, "CITY")]
        if where.state:
            address += [(", ", None), (where.state, "STATE")]
        address += [
            (", ", None),
            (v.country_name(where.country, lang, rng, codes=country_codes), "COUNTRY_CODE"),
        ]
        page.text("    ")
        key_value(page, "address", *address)
        if rng.random() < 0.5:
            page.text("    ")
            key_value(page, "company", (v.company_reg_no(s.flag, rng), "REG_NO"))
        if rng.random() < 0.7:
            agent = rng.choice(v.AGENTS[licensing])
            page.put((keys["agent"], "ASSOC_ROLE"), (sep, None), (agent.name, "ASSOC_NAME"))
            page.text(rng.choice((" — ", ", ", " - ")))
            page.put((agent.street, "ADDRESS"), (", ", None), (agent.city, "CITY"), (", ", None))
            page.value(
                v.country_name(agent.country, lang, rng, codes=country_codes), "COUNTRY_CODE"
            )
            page.newline()
            if rng.random() < 0.4:
                page.text("    ")
                key_value(page, "company", (_agent_number(agent.country, rng), "REG_NO"))
        page.line((rng.choice(("", "-" * 40, "* * *")), None))

    pages: list[PageDraft] = []
    for number in range(1, page_count + 1):
        page = PageBuilder()
        if number == 1:
            page.line((keys["title"], None)).newline()
        else:
            page.line((f"{keys['title']} ({'suite' if lang == 'fr' else 'continuación'})", None))
            page.newline()
        chunk = fleet[(number - 1) * per_page : number * per_page]
        for offset, s in enumerate(chunk, start=(number - 1) * per_page + 1):
            card(page, offset, s)
        page.line((f"{number}/{page_count}", None))
        pages.append(page.build())
    return pages


def _agent_number(country: str, rng: random.Random) -> str:
    """The local company number: an OHADA trade-register number, a RUC or a RUT."""
    digits = "".join(str(rng.randint(0, 9)) for _ in range(12))
    if country == "PER":
        return "20" + digits[:9]
    if country == "ECU":
        return digits[:10] + "001"
    if country == "URY":
        return digits
    city = {"SEN": "DKR", "MDG": "TNR", "MRT": "NKC", "GAB": "LBV"}.get(country, "CAP")
    iso2 = v.country(country).iso2
    return f"{iso2}-{city}-{rng.randint(2005, 2024)}-B-{rng.randint(100, 99999)}"
