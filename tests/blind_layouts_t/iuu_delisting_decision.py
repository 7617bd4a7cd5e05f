"""An RFMO decision removing a vessel from its IUU vessel list, with the vessel's identity over
time (names, flags, call signs, MMSIs, owners)."""

from __future__ import annotations

import random
from typing import Any

from oceanid_dev.demo.vessels import Vessel

from ._common import (
    Former,
    country,
    fao_for,
    fmt_date,
    invent_former,
    pad,
    person,
    pick,
    rand_date,
)
from ._page import PageDraft
from ._vocab import RFMOS

LAYOUT = "iuu_delisting_decision"

_OLD_OWNERS = (
    "OCEAN GLORY MARINE S.A.",
    "PACIFIC STAR FISHING LTD",
    "GOLDEN SEA TRADING INC.",
    "BLUE HORIZON SHIPPING CORP.",
    "SEA WEALTH FISHERIES S.A.",
    "NEW CENTURY MARINE LTD",
    "ATLANTIC BRIGHT CO. LTD",
    "ORIENT PROSPER FISHERY S.A.",
)
_REASONS = {
    "en": (
        "fishing in the Convention Area without being on the Record of Authorised Vessels",
        "transhipping at sea with vessels not authorised by the Commission",
        "operating without nationality and using a false call sign",
    ),
    "fr": (
        "pêche dans la zone de la Convention sans figurer au registre des navires autorisés",
        "transbordements en mer avec des navires non autorisés par la Commission",
        "navigation sans nationalité et utilisation d'un faux indicatif d'appel",
    ),
    "es": (
        "pescar en el área de la Convención sin estar en el Registro Regional de Buques",
        "realizar transbordos en el mar con buques no autorizados por la Comisión",
        "operar sin nacionalidad y utilizando un distintivo de llamada falso",
    ),
}
# Mixed values (strings and tuples of strings) per language.
_TEXT: dict[str, dict[str, Any]] = {
    "en": {
        "circ": "Circular",
        "to": "To: Members and Cooperating Non-Contracting Parties",
        "subject": "Subject: Removal of the vessel {name} from the {rfmo} IUU Vessel List",
        "history": "Identity of the vessel over time (IMO number unchanged: ",
        "head": ("Date", "Name", "Flag", "Call sign", "MMSI", "Owner / operator"),
        "close": "Yours faithfully,\nExecutive Secretary",
    },
    "fr": {
        "circ": "Circulaire",
        "to": "Destinataires : Parties contractantes et non-contractantes coopérantes",
        "subject": "Objet : Retrait du navire {name} de la liste des navires INN de l'{rfmo}",
        "history": "Identité du navire dans le temps (numéro OMI inchangé : ",
        "head": ("Date", "Nom", "Pavillon", "Indicatif", "MMSI", "Armateur / opérateur"),
        "close": "Veuillez agréer l'expression de ma considération distinguée.\nLe Secrétaire "
        "exécutif",
    },
    "es": {
        "circ": "Circular",
        "to": "A: Miembros y No Miembros Cooperantes",
        "subject": "Asunto: Eliminación del buque {name} de la Lista de buques INDNR de la {rfmo}",
        "history": "Identidad del buque a lo largo del tiempo (número OMI sin cambios: ",
        "head": ("Fecha", "Nombre", "Pabellón", "Indicativo", "MMSI", "Propietario / operador"),
        "close": "Atentamente,\nDirector",
    },
}
_FILLERS = {
    "en": (
        "The Secretariat will update the IUU Vessel List on the Commission website and notify "
        "the other RFMOs whose lists are cross-listed. Questions may be addressed to the "
        "Compliance Manager (tel. +230 405 1820, fax +230 405 1821).",
        "This circular supersedes Circular 2019-31 in respect of the vessel concerned only. "
        "The remaining entries of the IUU Vessel List are unchanged.",
    ),
    "fr": (
        "Le Secrétariat mettra à jour la liste des navires INN sur le site de la Commission "
        "et en informera les autres ORGP. Contact : +34 914 165 600.",
        "La présente circulaire remplace la circulaire 2019-31 pour le seul navire concerné ; "
        "les autres inscriptions de la liste restent inchangées.",
    ),
    "es": (
        "La Secretaría actualizará la Lista de buques INDNR en el sitio web de la Comisión y "
        "notificará a las demás OROP. Consultas: +1 858 546 7100.",
        "Esta circular sustituye a la Circular 2019-31 únicamente respecto del buque en "
        "cuestión; las demás entradas de la Lista no se modifican.",
    ),
}


def _suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    (v,) = pick(vessels, rng, 1)
    lang = rng.choice(("en", "en", "fr", "es"))
    t = _TEXT[lang]
    rfmo, full, _ = rng.choice(RFMOS[:6])
    listed = rng.randint(2012, 2019)
    decided = rand_date(rng, listed + 3, 2025)
    style = rng.choice(("long", "dmy", "iso"))
    history: list[Former] = [invent_former(rng, v) for _ in range(rng.randint(1, 3))]
    old_owners = rng.sample(_OLD_OWNERS, len(history))
    session = rng.randint(14, 31)

    p1 = PageDraft()
    p1.line(full.upper() if lang == "en" else rfmo)
    p1.line(
        f"{t['circ']} {decided.year}-{rng.randint(10, 99)}   "
        f"{fmt_date(decided, 'long', lang)}   Ref.: {rfmo}/C/{rng.randint(100, 999)}"
    )
    p1.line(t["to"])
    head, _, tail = t["subject"].partition("{name}")
    p1.add(head.format(rfmo=rfmo)).add(v.name, "VESSEL_NAME").line(tail.format(rfmo=rfmo))
    p1.nl()
    reason = rng.choice(_REASONS[lang])
    area = fao_for(rng, rfmo)[0]
    if lang == "en":
        p1.add(
            f"At its {session}{_suffix(session)} Session the Commission decided to remove "
            "the vessel "
        )
        p1.add(v.name, "VESSEL_NAME")
        if v.imo:
            p1.add(" (IMO ").add(v.imo, "IMO").add(")")
        p1.add(
            f" from the {rfmo} IUU Vessel List. The vessel was included in the list in "
            f"{listed}, under the name "
        ).add(history[0].name, "NAME_CHANGE")
        p1.add(f", for {reason} in FAO area ").add(area, "FAO_AREA_CODE").add(". ")
        if v.flag:
            p1.add("The flag State, ").add(country(v.flag), "FLAG").add(", ")
        else:
            p1.add("The current flag State ")
        p1.add("provided evidence that the vessel has been sold and that the new ")
        if v.owner:
            p1.add("owner", "ASSOC_ROLE").add(", ").add(v.owner, "ASSOC_NAME")
        else:
            p1.add("owner, a company registered in its territory")
        p1.add(", has no link with the former ").add("operator", "ASSOC_ROLE").add(", ")
        p1.add(old_owners[-1], "ASSOC_NAME").add(".")
    elif lang == "fr":
        p1.add(f"Lors de sa {session}e session, la Commission a décidé de retirer le navire ")
        p1.add(v.name, "VESSEL_NAME")
        if v.imo:
            p1.add(" (OMI ").add(v.imo, "IMO").add(")")
        p1.add(
            f" de la liste des navires INN. Le navire avait été inscrit en {listed}, sous le nom "
        ).add(history[0].name, "NAME_CHANGE")
        p1.add(f", pour {reason} dans la zone FAO ").add(area, "FAO_AREA_CODE").add(". ")
        p1.add("L'État du pavillon")
        if v.flag:
            p1.add(", ").add(country(v.flag, "fr"), "FLAG").add(",")
        p1.add(" a démontré que le navire a été vendu et que le nouveau ")
        if v.owner:
            p1.add("propriétaire", "ASSOC_ROLE").add(", ").add(v.owner, "ASSOC_NAME").add(",")
        else:
            p1.add("propriétaire")
        p1.add(" n'a aucun lien avec l'ancien ").add("opérateur", "ASSOC_ROLE").add(", ")
        p1.add(old_owners[-1], "ASSOC_NAME").add(".")
    else:
        p1.add(f"En su {session}ª reunión, la Comisión decidió eliminar el buque ")
        p1.add(v.name, "VESSEL_NAME")
        if v.imo:
            p1.add(" (OMI ").add(v.imo, "IMO").add(")")
        p1.add(
            f" de la Lista de buques INDNR. El buque fue incluido en {listed}, con el nombre "
        ).add(history[0].name, "NAME_CHANGE")
        p1.add(f", por {reason} en el área FAO ").add(area, "FAO_AREA_CODE").add(". ")
        p1.add("El Estado del pabellón")
        if v.flag:
            p1.add(", ").add(country(v.flag, "es"), "FLAG").add(",")
        p1.add(" demostró que el buque fue vendido y que el nuevo ")
        if v.owner:
            p1.add("propietario", "ASSOC_ROLE").add(", ").add(v.owner, "ASSOC_NAME").add(",")
        else:
            p1.add("propietario")
        p1.add(" no tiene vínculo con el antiguo ").add("operador", "ASSOC_ROLE").add(", ")
        p1.add(old_owners[-1], "ASSOC_NAME").add(".")
    p1.nl(2)

    table = PageDraft()
    table.add(t["history"])
    table.add(v.imo, "IMO") if v.imo else table.add("none assigned" if lang == "en" else "—")
    table.line(")")
    widths = (12, 22, 16, 10, 11)
    table.line("".join(h.ljust(w) for h, w in zip(t["head"], widths, strict=False)) + t["head"][-1])
    year = listed
    rows: list[tuple[str, list[tuple[str | None, str]]]] = []
    for former, owner in zip(history, old_owners, strict=True):
        rows.append(
            (
                str(year),
                [
                    (former.name, "NAME_CHANGE"),
                    (country(former.flag, lang), "FLAG_CHANGE"),
                    (former.ircs, "ID_CHANGE"),
                    (former.mmsi, "ID_CHANGE"),
                    (owner, "ASSOC_NAME"),
                ],
            )
        )
        year = rng.randint(year + 1, max(year + 1, decided.year - 1))
    rows.append(
        (
            fmt_date(decided, "iso"),
            [
                (v.name, "VESSEL_NAME"),
                (country(v.flag, lang) if v.flag else None, "FLAG"),
                (v.ircs, "IRCS"),
                (v.mmsi, "MMSI"),
                (v.owner, "ASSOC_NAME"),
            ],
        )
    )
    for when, cells in rows:
        table.add(when.ljust(widths[0]))
        for i, (value, label) in enumerate(cells):
            shown = value or "-"
            table.add(shown, label if value else None)
            if i < len(widths) - 1:
                table.add(" " * max(1, widths[i + 1] - len(shown)))
        table.nl()
    table.nl()
    listing = PageDraft()
    listing.line(
        f"IUU list reference: {rfmo}-IUU-{listed}-{rng.randint(1, 40):02d}; "
        f"{'decision' if lang == 'en' else 'décision' if lang == 'fr' else 'decisión'} "
        f"{fmt_date(decided, style, lang)}."
    )
    listing.nl().line(t["close"]).line(person(rng))

    pages = [p1]
    if len(p1) + len(table) + len(listing) < 2800 and rng.random() < 0.6:
        p1.extend(table).extend(listing)
    else:
        p2 = PageDraft()
        p2.line(f"{rfmo} {t['circ']} {decided.year} - {'page' if lang != 'es' else 'página'} 2")
        p2.nl()
        p2.extend(table).extend(listing)
        pages.append(p2)
    for page in pages:
        pad(page, rng, _FILLERS[lang], 850)
    return pages
