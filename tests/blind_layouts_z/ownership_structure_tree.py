"""A vessel ownership structure drawn as a text tree (└─, ├─, │ or ASCII +--), from a due
diligence file: holding companies with jurisdictions and registration numbers, percentages,
roles, and the vessels each company holds; sometimes a second page tabulating the vessels.

Hard negatives: percentages, file references, dates of the extract, share counts, capital
amounts, the analyst's telephone, footnote numbers.
"""

from __future__ import annotations

import random
from typing import Any

from oceanid_dev.demo.vessels import Vessel

from . import _common as c
from . import _vocab
from ._page import PageDraft

LAYOUT = "ownership_structure_tree"

_K: dict[str, dict[str, Any]] = {
    "en": dict(
        title="OWNERSHIP STRUCTURE",
        prep="Prepared by: Vessel Due Diligence Desk",
        asat="as at",
        src="Sources: company registry extracts, flag State registers, AIS.",
        roles=dict(
            top="ultimate parent",
            hold="intermediate holding",
            owner="registered owner",
            manager="ship manager",
            ubo="beneficial owner",
            op="operator",
        ),
        ubo="Ultimate beneficial owner",
        vessels="Vessels held",
        cols=("Vessel", "IMO", "MMSI", "Call sign", "Flag", "Registered owner"),
        formerly="formerly",
        legend="Legend: % = shareholding; ⚓ = vessel; (R) = registered "
        "owner; figures in brackets are company registration numbers.",
        notes=(
            "Shareholdings are taken from the latest annual returns; nominee arrangements "
            "cannot be excluded.",
            "Vessel particulars are those of the flag State register on the date shown and "
            "may differ from AIS-broadcast data.",
            "This chart is for internal risk assessment and is not a legal opinion.",
            "Where a company's registry extract is older than 12 months the holding is shown "
            "as reported and flagged for refresh at the next review.",
            "Dotted control relationships (board seats, guarantees, common directors) are not "
            "drawn; they are described in the narrative section of the file.",
            "Screening of all entities and individuals against the consolidated sanctions and "
            "IUU vessel lists returned no confirmed matches at the date shown.",
        ),
    ),
    "es": dict(
        title="ESTRUCTURA SOCIETARIA",
        prep="Elaborado por: Área de Cumplimiento",
        asat="a fecha",
        src="Fuentes: registros mercantiles, registros de buques, AIS.",
        roles=dict(
            top="sociedad matriz",
            hold="sociedad holding",
            owner="propietario registral",
            manager="gestor técnico",
            ubo="titular real",
            op="armador",
        ),
        ubo="Titular real último",
        vessels="Buques en propiedad",
        cols=("Buque", "OMI", "MMSI", "Distintivo", "Pabellón", "Propietario"),
        formerly="antes",
        legend="Leyenda: % = participación; ⚓ = buque; entre corchetes, "
        "número de registro mercantil.",
        notes=(
            "Las participaciones proceden de las últimas cuentas depositadas.",
            "Los datos de los buques proceden del registro del Estado del pabellón.",
            "No se representan las relaciones de control indirecto (consejeros comunes, "
            "garantías); se describen en la memoria del expediente.",
            "El cribado frente a las listas de sanciones y de buques IUU no arrojó "
            "coincidencias confirmadas.",
            "Documento de uso interno; no constituye opinión jurídica.",
        ),
    ),
    "fr": dict(
        title="ORGANIGRAMME CAPITALISTIQUE",
        prep="Établi par : Service conformité",
        asat="au",
        src="Sources : registres du commerce, registres des navires, AIS.",
        roles=dict(
            top="société mère",
            hold="holding intermédiaire",
            owner="propriétaire inscrit",
            manager="gestionnaire technique",
            ubo="bénéficiaire effectif",
            op="armateur",
        ),
        ubo="Bénéficiaire effectif ultime",
        vessels="Navires détenus",
        cols=("Navire", "OMI", "MMSI", "Indicatif", "Pavillon", "Propriétaire"),
        formerly="ex-",
        legend="Légende : % = participation ; ⚓ = navire ; entre crochets, "
        "numéro d'immatriculation de la société.",
        notes=(
            "Les participations sont issues des derniers dépôts au registre.",
            "Les caractéristiques des navires sont celles du registre du pavillon.",
            "Les liens de contrôle indirects (administrateurs communs, garanties) ne sont pas "
            "représentés ; ils sont décrits dans la note de synthèse.",
            "Le filtrage au regard des listes de sanctions et des listes INN n'a donné lieu à "
            "aucune correspondance confirmée.",
            "Document à usage interne ; il ne constitue pas un avis juridique.",
        ),
    ),
}
_STYLES = (
    ("├─ ", "└─ ", "│  ", "   "),
    ("├── ", "└── ", "│   ", "    "),
    ("+-- ", "`-- ", "|   ", "    "),
)


def _reg_no(rng: random.Random, iso3: str) -> tuple[str, str]:
    """(key, number): only the number is the REG_NO span."""
    return {
        "HKG": ("CR No. ", f"{rng.randint(1000000, 3999999)}"),
        "SGP": (
            "UEN ",
            f"{rng.randint(2000, 2024)}{rng.randint(10000, 99999)}{rng.choice('KNWZ')}",
        ),
        "CHN": (
            "USCC ",
            f"91{rng.randint(310000, 379999)}MA{rng.randint(10, 99)}"
            f"{rng.choice('ABCDX')}{rng.randint(1000, 9999)}",
        ),
        "PAN": ("Folio ", f"{rng.randint(100000, 999999)}"),
        "MUS": ("", f"C{rng.randint(100000, 199999)}"),
        "VUT": ("", f"{rng.randint(10000, 49999)}"),
        "TWN": ("UBN ", f"{rng.randint(10000000, 99999999)}"),
        "JPN": ("Corp. No. ", f"{rng.randint(10**12, 10**13 - 1)}"),
    }.get(iso3, ("No. ", f"{rng.randint(100000, 9999999)}"))


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choice(("en", "en", "es", "fr"))
    k = _K[lang]
    roles = k["roles"]
    assert isinstance(roles, dict)
    tee, elbow, bar, blank = rng.choice(_STYLES)
    fleet = _fleet(vessels, rng)
    home = next((f.flag for f in fleet if f.flag), None) or "CHN"
    top_iso = rng.choice(_vocab.HOLDING_JURISDICTIONS)
    top = c.owner_name(rng, None, top_iso)
    mid_iso = rng.choice([x for x in _vocab.HOLDING_JURISDICTIONS if x != top_iso])
    middle = c.owner_name(rng, None, mid_iso)
    owners: dict[str, list[c.Facts]] = {}
    owner_iso: dict[str, str] = {}
    for f in fleet:
        name = f.owner or c.owner_name(rng, None, f.flag or home)
        owners.setdefault(name, []).append(f)
        owner_iso.setdefault(name, f.flag or home)
    as_at = c.recent(rng)
    style = rng.choice((0, 1, 2))
    page = PageDraft()
    page.add(f"{k['title']} — ")
    page.add(top, "ASSOC_NAME")
    page.add(
        f"\n{k['prep']} — ref. {c.reference(rng, 'KYC')} — {k['asat']} "
        f"{c.fmt_date(as_at, lang, style)}\n{k['src']}\n\n"
    )

    def company(prefix: str, name: str, iso3: str, role: str | None, share: str | None) -> None:
        page.add(prefix)
        if share:
            page.add(f"{share}% ")
        page.add(name, "ASSOC_NAME")
        page.add(" (")
        page.add(c.country(iso3, lang) or iso3 if rng.random() < 0.6 else iso3, "COUNTRY_CODE")
        if rng.random() < 0.7:
            key, number = _reg_no(rng, iso3)
            page.add(", " + key)
            page.add(number, "REG_NO")
        page.add(")")
        if role:
            page.add(" — ")
            page.add(role, "ASSOC_ROLE")
        page.nl()

    company("", top, top_iso, str(roles["top"]), None)
    if rng.random() < 0.6:
        page.add(f"{bar}{k['ubo']}: ")
        page.add(c.person(rng, home), "ASSOC_NAME")
        page.add(f" ({rng.randint(51, 100)}%)\n")
    company(elbow, middle, mid_iso, str(roles["hold"]), str(rng.choice((100, 100, 75, 60))))
    indent = blank
    names = list(owners)
    for index, owner in enumerate(names):
        last = index == len(names) - 1
        share = rng.choice(("100", "100", "51", "60", "70", "49.5"))
        company(
            indent + (elbow if last else tee), owner, owner_iso[owner], str(roles["owner"]), share
        )
        inner = indent + (blank if last else bar)
        held = owners[owner]
        for v_index, f in enumerate(held):
            v_last = v_index == len(held) - 1
            page.add(inner + (elbow if v_last else tee) + "⚓ ")
            _vessel_line(page, f, lang, rng, k)
            if f.former_name and rng.random() < 0.6:
                page.add(inner + (blank if v_last else bar) + f"   ({k['formerly']} ")
                page.add(f.former_name, "NAME_CHANGE")
                page.add(")\n")
    if rng.random() < 0.5:
        manager_iso = rng.choice((home, "HKG", "SGP"))
        page.add("\n")
        company("", c.owner_name(rng, None, manager_iso), manager_iso, str(roles["manager"]), None)
        page.add(f"{elbow}{rng.randint(2, 12)} vessels under management, incl. ")
        page.add(fleet[0].name, "VESSEL_NAME")
        page.nl()
    page.add(f"\n{k['legend']}\n")
    pages = [page]
    if len(fleet) >= 3 and rng.random() < 0.6:
        table = PageDraft()
        pages.append(table)
        table.add(f"{k['title']} — ")
        table.add(top, "ASSOC_NAME")
        table.add(f" — 2/2\n\n{k['vessels']}\n")
        widths = (24, 10, 12, 11, 8)
        for col, w in zip(k["cols"], (*widths, 0), strict=True):
            table.add(col) if not w else table.cell(col, w)
        table.nl()
        ph = c.placeholder(rng, lang)
        for owner, held in owners.items():
            for f in held:
                table.cell(f.name, max(widths[0], len(f.name) + 2), "VESSEL_NAME")
                for value, label, w in (
                    (f.imo, "IMO", 10),
                    (f.mmsi, "MMSI", 12),
                    (f.ircs, "IRCS", 11),
                    (f.flag, "FLAG", 8),
                ):
                    table.cell(value, w, label) if value else table.cell(ph, w)
                table.add(owner, "ASSOC_NAME")
                table.nl()
        c.pad(table, rng, list(k["notes"]))
    c.pad(page, rng, list(k["notes"]))
    return pages


def _vessel_line(
    page: PageDraft, f: c.Facts, lang: str, rng: random.Random, k: dict[str, Any]
) -> None:
    page.add(f.name, "VESSEL_NAME")
    parts: list[tuple[str, str, str]] = []
    if f.imo:
        parts.append(("IMO ", f.imo, "IMO"))
    if f.mmsi:
        parts.append(("MMSI ", f.mmsi, "MMSI"))
    if f.ircs:
        parts.append(("", f.ircs, "IRCS"))
    if f.flag:
        flag = f.flag if rng.random() < 0.5 else c.country(f.flag, lang) or f.flag
        parts.append(("", flag, "FLAG"))
    sep = rng.choice((" · ", " | ", ", "))
    page.add("  ")
    for index, (key, value, label) in enumerate(parts):
        if index:
            page.add(sep)
        page.add(key)
        page.add(value, label)
    if f.gt and rng.random() < 0.5:
        page.add(sep)
        page.add(f.gt, "METRIC_VALUE")
        page.add(" ")
        page.add("GT", "METRIC_UNIT")
    page.nl()


def _fleet(vessels: list[Vessel], rng: random.Random) -> list[c.Facts]:
    """Two to seven vessels, often several from one owner."""
    (first,) = c.pick([v for v in vessels if v.owner] or vessels, rng, 1)
    siblings = [v for v in vessels if v.owner and c.tidy(v.owner) == first.owner]
    fleet = [first]
    for f in c.pick(siblings, rng, rng.randint(0, 3)) if siblings else []:
        if f.name not in {x.name for x in fleet}:
            fleet.append(f)
    for f in c.pick(vessels, rng, rng.randint(1, 3)):
        if f.name not in {x.name for x in fleet}:
            fleet.append(f)
    return fleet[:7]
