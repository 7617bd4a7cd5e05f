"""A French-style certificate of registry: the French "acte de francisation et
d'immatriculation" or a francophone flag State's "certificat d'immatriculation" of a vessel
bought from abroad. The new flag, call sign and MMSI are made for the certificate; the former
flag, call sign and name come from the vessel list."""

from __future__ import annotations

import random

from oceanid_dev.demo.vessels import Vessel

from . import _common as c
from . import _vocab as v
from ._ids import Profile, new_call_sign, new_mmsi, pick
from ._page import PageBuilder, PageDraft

LAYOUT = "registry_certificate_fr"

# flag -> (State heading, administration, [(quartier or port, registration prefix)])
_REGISTRIES = {
    "FRA": (
        "RÉPUBLIQUE FRANÇAISE",
        "Direction interrégionale de la mer Nord Atlantique - Manche Ouest",
        (("Concarneau", "CC"), ("Le Guilvinec", "GV"), ("Lorient", "LO"), ("La Réunion", "RU")),
    ),
    "SEN": (
        "RÉPUBLIQUE DU SÉNÉGAL",
        "Agence nationale des Affaires maritimes",
        (("Dakar", "DAK"),),
    ),
    "TGO": ("RÉPUBLIQUE TOGOLAISE", "Direction des Affaires maritimes", (("Lomé", "LM"),)),
    "COM": ("UNION DES COMORES", "Administration maritime des Comores", (("Moroni", "MRN"),)),
    "CMR": (
        "RÉPUBLIQUE DU CAMEROUN",
        "Direction des Affaires maritimes et des Voies navigables",
        (("Douala", "DLA"),),
    ),
    "VUT": (
        "RÉPUBLIQUE DE VANUATU",
        "Vanuatu Maritime Authority / Autorité maritime",
        (("Port-Vila", "PV"),),
    ),
}


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    p = c.filled(pick(vessels, rng), rng)
    flag = rng.choice([code for code in _REGISTRIES if code != p.flag])
    pages = [_certificate(p, flag, rng)]
    if rng.random() < 0.55:
        pages.append(_owners_page(p, flag, rng))
    return pages


def _certificate(p: Profile, flag: str, rng: random.Random) -> PageDraft:
    state, office, places = _REGISTRIES[flag]
    place, prefix = rng.choice(places)
    b = PageBuilder()
    style = rng.choice(("dmy", "long", "dmy."))
    b.line(state)
    b.line(office)
    b.blank()
    title = (
        "ACTE DE FRANCISATION ET D'IMMATRICULATION"
        if flag == "FRA"
        else "CERTIFICAT D'IMMATRICULATION"
    )
    b.line(f"{title}  -  {rng.choice(('définitif', 'provisoire'))}")
    b.line(f"N° du titre : {rng.randint(2023, 2025)}/{rng.randint(100, 9999):05d}")
    b.rule("=")
    w = 32
    if flag == "FRA":  # a registration district, not a port: unlabelled
        b.kv("Quartier maritime", place, width=w, sep=" : ")
    else:
        b.kv("Port d'immatriculation", (place, "HOME_PORT"), width=w, sep=" : ")
    number = f"{prefix} {rng.randint(100000, 999999)}"
    b.kv("Numéro d'immatriculation", (number, "NATIONAL_REG_NO"), width=w, sep=" : ")
    if flag == "FRA":
        b.kv("Numéro CFR", (f"FRA000{number[-6:]}", "EU_CFR"), width=w, sep=" : ")
    b.kv("Nom du navire", (p.name, "VESSEL_NAME"), width=w, sep=" : ")
    b.kv("Pavillon", (c.country(flag, "fr"), "FLAG"), width=w, sep=" : ")
    b.kv("Indicatif d'appel", (new_call_sign(flag, rng), "IRCS"), width=w, sep=" : ")
    b.kv("Numéro OMI", c.ident(p.imo, "IMO", "néant"), width=w, sep=" : ")
    b.kv("MMSI", (new_mmsi(flag, rng), "MMSI"), width=w, sep=" : ")
    b.kv(
        "Port d'attache",
        (place if place != "La Réunion" else "Le Port", "HOME_PORT"),
        width=w,
        sep=" : ",
    )
    b.kv(
        "Genre de navigation",
        rng.choice(("Pêche au large", "Grande pêche", "Pêche hauturière")),
        width=w,
        sep=" : ",
    )
    b.kv("Type de navire", c.gear_word(p, "fr"), width=w, sep=" : ")
    b.blank()
    b.line("CARACTÉRISTIQUES")
    tonnage = rng.choice(("UMS", "tx"))
    for kind, value, unit in (
        ("Jauge brute", p.gross_tonnage, tonnage),
        (
            "Jauge nette",
            str(int(float(p.gross_tonnage) * 0.3)) if p.gross_tonnage else None,
            tonnage,
        ),
        ("Longueur hors tout", c.french_number(p.length_m) if p.length_m else None, "m"),
        ("Puissance propulsive", str(rng.randint(5, 40) * 100), "kW"),
    ):
        c.metric(b, kind, value, unit, "non renseignée", width=w, sep=" : ")
    built, yard = c.builder(p, rng)
    b.kv(
        "Année de construction",
        (p.build_year, "BUILD_YEAR") if p.build_year else "inconnue",
        width=w,
        sep=" : ",
    )
    b.kv(
        "Chantier de construction",
        (yard, "BUILDER_LOCATION"),
        width=w,
        sep=" : ",
    )
    b.kv("Pays de construction", (c.country(built, "fr"), "BUILD_COUNTRY"), width=w, sep=" : ")
    b.blank()
    b.line("ORIGINE DU NAVIRE : acquis à l'étranger")
    if p.flag:
        b.kv("Ancien pavillon", (c.country(p.flag, "fr"), "FLAG_CHANGE"), width=w, sep=" : ")
    if p.former_name:
        b.kv("Ancien nom", (p.former_name, "NAME_CHANGE"), width=w, sep=" : ")
    b.kv("Ancien indicatif", c.ident(p.ircs, "ID_CHANGE", "non communiqué"), width=w, sep=" : ")
    day = c.some_day(rng)
    b.blank()
    b.line(
        "Immatriculé le ",
        (c.date_text(day, style, "fr"), "START_DATE"),
        rng.choice((", valable jusqu'au ", " - valide jusqu'au ")),
        (c.date_text(c.later(day, rng, 365, 1825), style, "fr"), "END_DATE"),
    )
    where = f"au {place[3:]}" if place.startswith("Le ") else f"à {place}"
    b.line(f"Fait {where}, le {c.date_text(day, style, 'fr')}")
    b.line(f"Le chef du service, {rng.choice(v.OFFICIALS)}")
    return b.draft()


def _owners_page(p: Profile, flag: str, rng: random.Random) -> PageDraft:
    b = PageBuilder()
    title = "ACTE DE FRANCISATION" if flag == "FRA" else "CERTIFICAT"
    b.line((p.name, "VESSEL_NAME"), f" - {title} (suite)")
    b.rule()
    b.line("PROPRIÉTAIRE(S)")
    owners = [c.owner(p, rng)]
    if rng.random() < 0.6:
        owners.append(c.manager(rng))
    shares = [24] if len(owners) == 1 else rng.choice(([16, 8], [12, 12], [18, 6]))
    role = "propriétaire" if len(owners) == 1 else "copropriétaire"
    for number, (who, share) in enumerate(zip(owners, shares, strict=True), start=1):
        b.line(
            f"{number}. ",
            (who.name, "ASSOC_NAME"),
            " - ",
            (role, "ASSOC_ROLE"),
            f" pour {share}/24e ({share * 100 // 24} %)",
        )
        c.address_lines(b, who, rng, "fr", indent="   ")
        key, value = c.tax_id(who.country, rng)
        b.line(f"   {key} : ", (value, "REG_NO"))
    b.blank()
    b.line("TITRES DE NAVIGATION ET DE PÊCHE")
    style = rng.choice(("dmy", "long"))
    for title in rng.sample(
        ("Permis de navigation", "Certificat national de franc-bord", "Certificat de jauge"), 2
    ):
        b.line(
            f"  - {title} : {rng.choice(('en cours de validité', 'à bord', 'original au service'))}"
        )
    day = c.some_day(rng)
    kind = rng.choice(("Licence de pêche", "Autorisation de pêche en haute mer", "Permis de pêche"))
    b.line(
        "  - ",
        (kind, "AUTH_TYPE"),
        " n° ",
        (f"{rng.randint(2023, 2025)}/{rng.randint(1, 999):03d}", "LICENSE_NO"),
        " du ",
        (c.date_text(day, style, "fr"), "START_DATE"),
        " au ",
        (c.date_text(c.later(day, rng, 180, 365), style, "fr"), "END_DATE"),
    )
    b.blank()
    b.line("HYPOTHÈQUES ET INSCRIPTIONS")
    loan = c.money(rng.randint(500, 6000) * 1000, 2)
    b.para(
        f"Hypothèque de 1er rang inscrite le {c.date_text(c.some_day(rng), 'dmy')} au profit de",
        f" Banque Maritime de l'Ouest, pour sûreté d'un prêt de {loan} EUR ; bordereau",
        f" n° {rng.randint(1000, 9999)}.",
    )
    b.blank()
    b.line("MENTIONS")
    b.para(
        "Le présent titre doit être conservé à bord. Toute mutation de propriété, tout changement",
        " de nom ou de caractéristiques doit être déclaré au service dans un délai d'un mois.",
    )
    visa = c.date_text(c.some_day(rng), "dmy")
    b.line(f"Visa annuel : {visa}   Droit annuel acquitté : {rng.randint(300, 4000)} EUR")
    return b.draft()
