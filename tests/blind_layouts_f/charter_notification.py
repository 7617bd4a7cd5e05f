"""A notification to an RFMO of a chartering arrangement (English or Spanish): chartered
vessel and flag State, chartering Member, period, species, areas and quotas."""

from __future__ import annotations

import random
from datetime import timedelta

from oceanid_dev.demo.vessels import Vessel

from ._fields import flag, value_or_blank
from ._ids import pick
from ._page import Doc, PageDraft
from ._vocab import (
    ADDRESSES,
    FAO_AREAS,
    LANG_INDEX,
    RFMOS,
    SPECIES,
    company,
    country,
    fmt_date,
    person,
    rfmo_id,
    some_date,
)

LAYOUT = "charter_notification"

_MEMBERS = ("KIR", "FJI", "SYC", "MUS", "PER", "ECU", "CHL", "SEN", "PHL")


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choice(("en", "en", "es"))
    es = lang == "es"
    rfmo = rng.choice(RFMOS)
    (v,) = pick(vessels, rng)
    member = rng.choice([m for m in _MEMBERS if m != v.flag])
    n_pages = rng.randint(1, 3)
    doc = Doc()
    p = doc.page
    kv = rng.choice((": ", " : ", "  ", "\t"))
    p.val(rfmo, "RFMO_CODE").add(" Secretariat").nl()
    p.add(
        "NOTIFICACIÓN DE ACUERDO DE FLETAMENTO"
        if es
        else rng.choice(("NOTIFICATION OF CHARTER ARRANGEMENT", "Chartering notification form"))
    ).nl()
    p.add(f"Ref.: {rfmo}/CH/{rng.randint(2020, 2025)}/{rng.randint(1, 99):02d}").nl(2)
    p.add("1. Miembro fletador" if es else "1. Chartering Member").add(kv).add(
        country(member, lang, rng)
    ).nl()
    p.add("2. Estado del pabellón" if es else "2. Flag State").add(kv)
    flag(p, v.flag, lang, rng).nl()
    p.add("3. Buque fletado" if es else "3. Chartered vessel").nl()
    p.add("   Nombre" if es else "   Name").add(kv).val(v.name, "VESSEL_NAME").nl()
    p.add("   N.º OMI" if es else "   IMO number").add(kv)
    value_or_blank(p, v.imo, "IMO", lang, rng).nl()
    p.add(
        "   Distintivo internacional de llamada" if es else "   International radio call sign"
    ).add(kv)
    value_or_blank(p, v.ircs, "IRCS", lang, rng).nl()
    p.add(f"   {'Número en el registro' if es else 'Record number'} {rfmo}{kv}")
    p.val(rfmo_id(rfmo, v.flag, rng), "RFMO_ID").nl()
    if v.mmsi and rng.random() < 0.6:
        p.add("   MMSI").add(kv).val(v.mmsi, "MMSI").nl()
    p.nl().add("4. Fletador" if es else "4. Charterer").nl()
    street, city, state, iso3 = rng.choice(ADDRESSES)
    p.add("   ").val(company(rng), "ASSOC_NAME").add(" (").val(
        rng.choice(("fletador", "operador")) if es else rng.choice(("charterer", "operator")),
        "ASSOC_ROLE",
    ).add(")").nl()
    p.add("   ").val(street, "ADDRESS").add(", ").val(city, "CITY")
    if state:
        p.add(", ").val(state, "STATE")
    p.add(", ").val(country(iso3, lang, rng), "COUNTRY_CODE").nl()
    if v.owner:
        p.add("   Propietario: " if es else "   Owner of the vessel: ").val(
            v.owner, "ASSOC_NAME"
        ).nl()
    p.add(
        f"   Contact: {person(rng)}, tel. +{rng.randint(30, 99)} "
        f"{rng.randint(100000000, 999999999)}"
    ).nl(2)
    if n_pages >= 2:
        p = doc.new_page()
    start = some_date(rng)
    style = rng.randint(0, 4)
    p.add("5. Período del fletamento" if es else "5. Duration of the charter").add(kv)
    p.add("del " if es else "from ").val(fmt_date(start, lang, style), "START_DATE")
    p.add(" al " if es else " to ").val(
        fmt_date(start + timedelta(days=rng.randint(90, 365)), lang, style), "END_DATE"
    ).nl()
    p.add("6. Autorización de pesca" if es else "6. Fishing authorization").add(kv)
    p.val(
        rng.choice(
            ("licencia de pesca", "autorización de pesca")
            if es
            else ("fishing licence", "fishing authorization")
        ),
        "AUTH_TYPE",
    )
    p.add(" N.º " if es else " No. ").val(
        f"{member}-{rng.choice(('LL', 'PS', 'TW'))}-{start.year}-{rng.randint(1, 999):03d}",
        "LICENSE_NO",
    ).nl(2)
    if n_pages == 3:
        p = doc.new_page()
    p.add("7. Especies, zonas y cuotas" if es else "7. Species, areas and quotas").nl()
    p.add(
        "   Especie                     Zona FAO   Cuota (t)"
        if es
        else "   Species                     FAO area   Quota (t)"
    ).nl()
    for code, *names in rng.sample(SPECIES, rng.randint(1, 4)):
        name = names[LANG_INDEX[lang]]
        text = f"{name} ({code})"
        p.add("   ").val(name, "SPECIES_NAME").add(" (").val(code, "SPECIES_NAME").add(")").add(
            " " * max(1, 28 - len(text))
        )
        p.cell(rng.choice(FAO_AREAS), 11, "FAO_AREA_CODE").add(
            f"{rng.randint(50, 4000):,}".replace(",", " ")
        ).nl()
    p.nl().add("8. Puerto(s) de desembarque" if es else "8. Port(s) of landing").add(kv).add(
        rng.choice(("Tarawa", "Suva", "Port Louis", "Callao"))
    ).nl()
    p.add(
        f"{'Firmado' if es else 'Signed'}: {person(rng)}, "
        f"{'Autoridad pesquera de' if es else 'Fisheries Authority of'} "
        f"{country(member, lang, rng)}"
    ).nl()
    return doc.drafts()
