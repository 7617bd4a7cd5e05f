"""IUU vessel list entries (CCAMLR, IOTC, ICCAT, SPRFMO style), in English or French: current
and previous names, flags and call signs, an owner history with roles as values, the reason for
listing with species and statistical areas."""

from __future__ import annotations

import random
from collections.abc import Sequence

from oceanid_dev.demo.vessels import Vessel

from ._page import PageBuilder, PageDraft, Piece
from ._vocab import FORMER_FLAGS, RFMOS, SPECIES, country, fmt_date, profile, some_day

LAYOUT = "iuu_list"

_OLD_NAMES = (
    "ORCA",
    "SEA WIND",
    "KUNLUN",
    "TAISHAN",
    "SONGHUA",
    "ATLANTIC WIND",
    "PERSEVERANCE",
    "GOOD HOPE",
    "NEPTUNE",
    "CHALLENGE",
    "MAR DEL SUR",
    "BIGARO",
)
_OLD_OWNERS = (
    ("STELLAR MARINE LTD", "Belize City", "BLZ"),
    ("OCEAN GLORY S.A.", "Panama City", "PAN"),
    ("ATLANTIC BRIGHT SHIPPING LLC", "Tbilisi", "GEO"),
    ("PACIFIC RIM HOLDINGS INC", "Phnom Penh", "KHM"),
    ("CAPE VERDE FISHING CO", "Lomé", "TGO"),
    ("SOUTHERN OCEAN TRADING LTD", "Freetown", "SLE"),
)
_LISTING_BODIES = ("CCAMLR", "IOTC", "ICCAT", "SPRFMO", "NPFC")
_FRENCH_ACRONYM = {"IOTC": "CTOI", "ICCAT": "ICCAT", "CCAMLR": "CCAMLR"}
_SPECIES = {code: names for code, *names in SPECIES}

_KEYS = {
    "en": (
        "Current name",
        "Previous names",
        "Current flag",
        "Previous flags",
        "IMO number",
        "Call sign",
        "Previous call signs",
        "MMSI",
        "Previous MMSI",
        "Owners and operators",
        "Date of inclusion",
        "Reason for listing",
    ),
    "fr": (
        "Nom actuel",
        "Noms précédents",
        "Pavillon actuel",
        "Pavillons précédents",
        "Numéro OMI",
        "Indicatif d'appel",
        "Indicatifs précédents",
        "MMSI",
        "MMSI précédents",
        "Propriétaires et exploitants",
        "Date d'inscription",
        "Motif de l'inscription",
    ),
}
_ROLES = {
    "en": ("Owner", "Operator", "Beneficial owner", "Registered owner"),
    "fr": ("Propriétaire", "Exploitant", "Armateur", "Bénéficiaire effectif"),
}


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    rfmo = rng.choice(_LISTING_BODIES)
    lang = "fr" if rfmo in _FRENCH_ACRONYM and rng.random() < 0.45 else "en"
    acronym = _FRENCH_ACRONYM[rfmo] if lang == "fr" else rfmo
    style: dict[str, object] = {
        "date": rng.choice(("dmy_slash", "long", "iso", "d_mon_y")),
        "colon": rng.choice((":", " :", "")),
        "key_width": rng.randint(24, 32),
        "list_sep": rng.choice(("; ", ", ", " / ")),
        "none": rng.choice(("Unknown", "-", "Not known")) if lang == "en" else "Inconnu",
    }
    pool = rng.sample(list(vessels), min(len(vessels), 6))
    entry = rng.randint(1, 60)
    pages: list[PageDraft] = []
    for page_num in range(1, rng.choice((1, 2, 2)) + 1):
        b = PageBuilder()
        if page_num == 1:
            if lang == "fr":
                b.add("Liste des navires INN de la ").add(acronym, "RFMO_CODE")
            else:
                b.add(acronym, "RFMO_CODE").add(" IUU Vessel List")
            b.newline()
            updated = fmt_date(some_day(rng, 2023, 2025), str(style["date"]), lang)
            b.line(("Mise à jour : " if lang == "fr" else "Last updated: ") + updated)
            b.newline()
        for _ in range(rng.randint(2, 3)):
            if not pool:
                break
            _entry(b, pool.pop(), rng, rfmo, acronym, lang, entry, style)
            entry += 1
        b.line(f"- {page_num} -")
        pages.append(b.draft())
        if not pool:
            break
    return pages


def _entry(
    b: PageBuilder,
    vessel: Vessel,
    rng: random.Random,
    rfmo: str,
    acronym: str,
    lang: str,
    number: int,
    style: dict[str, object],
) -> None:
    p = profile(vessel, rng, rfmo)
    keys = _KEYS[lang]
    width = int(str(style["key_width"]))
    sep = str(style["list_sep"])
    none = str(style["none"])

    def row(key: str, pieces: list[Piece]) -> None:
        b.cell([(f"{key}{style['colon']}", None)], width)
        b.pieces(pieces or [(none, None)])
        b.newline()

    def joined(items: list[list[Piece]]) -> list[Piece]:
        out: list[Piece] = []
        for index, item in enumerate(items):
            if index:
                out.append((sep, None))
            out.extend(item)
        return out

    b.line(f"{'Entrée' if lang == 'fr' else 'Entry'} {number}")
    former_flags = rng.sample(sorted(FORMER_FLAGS), rng.randint(1, 3))
    names = [p.former_name] if p.former_name else []
    names += [
        f"{n} {rng.randint(1, 9)}" if rng.random() < 0.4 else n
        for n in rng.sample(_OLD_NAMES, rng.randint(0 if names else 1, 2))
    ]
    year = rng.randint(2004, 2012)
    row(keys[0], [(p.name, "VESSEL_NAME")])
    row(keys[1], joined([[(n, "NAME_CHANGE")] for n in names]))
    row(keys[2], [(country(p.flag, lang), "FLAG")] if p.flag else [])
    flag_items: list[list[Piece]] = []
    for flag in former_flags:
        item: list[Piece] = [(country(flag, lang), "FLAG_CHANGE")]
        until = year + rng.randint(1, 4)
        if rng.random() < 0.6:
            item.append((f" ({year}\u2013{until})", None))
        year = until
        flag_items.append(item)
    row(keys[3], joined(flag_items))
    row(keys[4], [(p.imo, "IMO")] if p.imo else [])
    row(keys[5], [(p.ircs, "IRCS")] if p.ircs else [])
    old_signs: list[list[Piece]] = []
    old_mmsis: list[list[Piece]] = []
    for flag in former_flags:
        prefixes, mid = FORMER_FLAGS[flag]
        tail = "".join(
            rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(rng.randint(2, 4))
        )
        old_signs.append(
            [(rng.choice(prefixes) + tail, "ID_CHANGE"), (f" ({country(flag, lang)})", None)]
        )
        if rng.random() < 0.6:
            old_mmsis.append([(f"{mid}{rng.randint(0, 999_999):06d}", "ID_CHANGE")])
    row(keys[6], joined(old_signs))
    row(keys[7], [(p.mmsi, "MMSI")] if p.mmsi else [])
    if old_mmsis:
        row(keys[8], joined(old_mmsis))
    b.line(f"{keys[9]}{style['colon']}")
    history = rng.sample(_OLD_OWNERS, rng.randint(1, 2))
    roles = _ROLES[lang]
    since = rng.randint(2008, 2016)
    for name, city, nation in history:
        until = since + rng.randint(1, 5)
        b.add("  ").cell([(f"{since}\u2013{until}", None)], 11)
        b.cell([(rng.choice(roles), "ASSOC_ROLE")], 22)
        b.line(
            (name, "ASSOC_NAME"),
            ", ",
            (city, "CITY"),
            ", ",
            (country(nation, lang), "COUNTRY_CODE"),
        )
        since = until
    if p.owner:
        b.add("  ").cell([(f"{since}\u2013", None)], 11).cell([(roles[0], "ASSOC_ROLE")], 22)
        b.line((p.owner, "ASSOC_NAME"))
    row(keys[10], [(fmt_date(some_day(rng, 2016, 2025), str(style["date"]), lang), None)])
    area = rng.choice(RFMOS[rfmo][0])
    code = rng.choice(RFMOS[rfmo][1])
    en, _, fr = _SPECIES[code]
    if lang == "fr":
        reason: list[Piece] = [
            ("Pêche INN de ", None),
            (fr, "SPECIES_NAME"),
            (" (", None),
            (code, "SPECIES_NAME"),
            (") dans la zone FAO ", None),
            (area, "FAO_AREA_CODE"),
            (" sans autorisation ; navire non inscrit au registre de la ", None),
            (acronym, "RFMO_CODE"),
            (".", None),
        ]
    else:
        reason = [
            ("Fishing for ", None),
            (en, "SPECIES_NAME"),
            (" in Area ", None),
            (area, "FAO_AREA_CODE"),
            (" without being on the ", None),
            (acronym, "RFMO_CODE"),
            (" Record of authorised vessels; no VMS reports.", None),
        ]
    row(keys[11], reason)
    b.newline()
