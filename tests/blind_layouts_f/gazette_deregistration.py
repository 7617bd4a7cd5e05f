"""An official gazette notice (Spanish or French) deleting vessels from the national register
on export to another flag: running legal text with articles, former and new flags, owners."""

from __future__ import annotations

import random
from datetime import date, timedelta

from oceanid_dev.demo.vessels import Vessel

from ._fields import flag
from ._ids import Ident, make_call_sign, make_mmsi, pick
from ._page import Doc, Page, PageDraft
from ._vocab import (
    ADDRESSES,
    COUNTRIES,
    company,
    company_reg_no,
    fmt_date,
    national_reg_no,
    some_date,
)

LAYOUT = "gazette_deregistration"

# (ISO3, language, gazette masthead, issuing body)
_STATES = (
    ("ESP", "es", "BOLETÍN OFICIAL DEL ESTADO", "Secretaría General de Pesca"),
    (
        "PAN",
        "es",
        "GACETA OFICIAL DIGITAL",
        "Autoridad Marítima de Panamá, Dirección General de Marina Mercante",
    ),
    ("PER", "es", "EL PERUANO - Normas Legales", "Dirección General de Capitanías y Guardacostas"),
    ("ECU", "es", "REGISTRO OFICIAL", "Subsecretaría de Recursos Pesqueros"),
    (
        "FRA",
        "fr",
        "JOURNAL OFFICIEL DE LA RÉPUBLIQUE FRANÇAISE",
        "Direction générale des affaires maritimes",
    ),
    (
        "SEN",
        "fr",
        "JOURNAL OFFICIEL DE LA RÉPUBLIQUE DU SÉNÉGAL",
        "Direction de la Protection et de la Surveillance des Pêches",
    ),
)


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    state, lang, masthead, body = rng.choice(_STATES)
    es = lang == "es"
    n_pages = rng.randint(1, 3)
    count = rng.randint(1, 2) * n_pages
    ships = [v for v in pick(vessels, rng, count + 2) if v.flag != state][:count]
    doc = Doc()
    p = doc.page
    day = some_date(rng)
    p.add(
        f"{masthead}\n{'Núm.' if es else 'N°'} {rng.randint(1, 320)}   "
        f"{fmt_date(day, lang, 3)}   {'Pág.' if es else 'Page'} {rng.randint(1000, 99999)}"
    ).nl(2)
    p.add(body.upper()).nl(2)
    if es:
        p.add(
            f"RESOLUCIÓN N.º {rng.randint(100, 9999)}-{day.year} de "
            f"{fmt_date(day - timedelta(days=rng.randint(5, 40)), 'es', 3)}, "
            "por la que se dispone la baja definitiva en el Registro de "
            "Buques Pesqueros de las embarcaciones que se relacionan."
        ).nl(2)
        p.add("Vistas las solicitudes presentadas y de conformidad con la normativa vigente,").nl(2)
        p.add("SE RESUELVE:").nl(2)
    else:
        p.add(
            f"Arrêté n° {rng.randint(100, 9999)} du "
            f"{fmt_date(day - timedelta(days=rng.randint(5, 40)), 'fr', 3)} "
            "portant radiation de navires de pêche du registre national d'immatriculation."
        ).nl(2)
        p.add("Vu le code des transports ; Vu les demandes des armateurs concernés,").nl(2)
        p.add("ARRÊTE :").nl(2)
    per_page = max(1, -(-len(ships) // n_pages))
    for i, v in enumerate(ships):
        if i and i % per_page == 0:
            p = doc.new_page()
            p.add(f"{masthead} - {'continuación' if es else 'suite'}").nl(2)
        _article(p, rng, i + 1, v, state, lang, day)
    closing = (
        f"Artículo {len(ships) + 1}.- La presente resolución "
        "entra en vigor el día de su publicación."
        if es
        else f"Article {len(ships) + 1}. - Le présent arrêté sera publié au Journal officiel."
    )
    p.add(closing).nl(2).add(
        f"{'El Director General' if es else 'Le directeur'}, "
        f"{rng.choice(('M. A. Rivas', 'J.-P. Martin', 'C. Ndiaye', 'L. Herrera'))}"
    ).nl()
    return doc.drafts()


def _article(
    p: Page, rng: random.Random, n: int, v: Ident, state: str, lang: str, day: date
) -> None:
    es = lang == "es"
    names = COUNTRIES[state]
    p.add(f"Artículo {n}.- " if es else rng.choice((f"Article {n}. - ", f"Art. {n}. - ")))
    p.add(
        "Se dispone la baja por exportación del buque pesquero "
        if es
        else "Est radié du registre, pour cause de vente à l'étranger, le navire de pêche "
    )
    p.val(v.name, "VESSEL_NAME")
    if v.former_name:
        p.add(", antes denominado " if es else ", anciennement ").val(v.former_name, "NAME_CHANGE")
    p.add(", de matrícula " if es else ", immatriculé ").val(
        national_reg_no(state, rng), "ID_CHANGE"
    )
    p.add(", distintivo de llamada " if es else ", indicatif ").val(
        make_call_sign(state, rng), "ID_CHANGE"
    )
    if rng.random() < 0.5:
        p.add(", MMSI ").val(make_mmsi(state, rng), "ID_CHANGE")
    if v.imo:
        p.add(", número OMI " if es else ", numéro OMI ").val(v.imo, "IMO")
    p.add(", que enarbolaba el pabellón de " if es else ", sous pavillon antérieur : ")
    p.val(names[1] if es else names[2], "FLAG_CHANGE")
    p.add(
        ", para su abanderamiento en "
        if es
        else ", en vue de son passage sous le pavillon suivant : "
    )
    flag(p, v.flag, lang, rng)
    if v.ircs:
        p.add(" con el nuevo distintivo " if es else " sous le nouvel indicatif ").val(
            v.ircs, "IRCS"
        )
    p.add(". ")
    old_owner = company(rng)
    street, city, _, _ = rng.choice(ADDRESSES)
    p.add("Solicitante: " if es else "Demande présentée par ").val(old_owner, "ASSOC_NAME")
    p.add(", con n.º de registro " if es else ", société n° ").val(company_reg_no(rng), "REG_NO")
    p.add(", en su calidad de " if es else ", en sa qualité d'").val(
        "armadora" if es else "armateur", "ASSOC_ROLE"
    )
    p.add(", con domicilio en " if es else ", domicilié ").val(street, "ADDRESS").add(", ").val(
        city, "CITY"
    ).add(". ")
    if v.owner:
        p.add("Adquirente: " if es else "Acquéreur : ").val(v.owner, "ASSOC_NAME").add(". ")
    effective = some_date(rng, day.year - 1, day.year)
    p.add("La baja surtirá efectos desde el " if es else "La radiation prend effet le ")
    p.val(fmt_date(effective, lang, rng.randint(0, 4)), "END_DATE").add(".").nl(2)
