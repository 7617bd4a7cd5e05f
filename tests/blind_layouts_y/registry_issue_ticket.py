"""An issue-tracker export: a ticket (with comments) about correcting a vessel record."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from oceanid_dev.demo.vessels import Vessel, imo_check_ok

from ._common import (
    COUNTRY_NAMES,
    country,
    flag_of,
    good_imo,
    good_ircs,
    good_mmsi,
    invent_ircs,
    invent_mmsi,
    pick,
    rfmo_id,
    some_date,
)
from ._page import PageDraft, pad_pages

LAYOUT = "registry_issue_ticket"

_USERS = (
    "j.chen",
    "m.garcia",
    "k.tanaka",
    "a.dubois",
    "s.petrov",
    "l.fonoti",
    "r.kaur",
    "data-bot",
    "c.mendoza",
    "y.lin",
)
_NOTES = {
    "en": (
        "Checked against the ship station licence and the flag State notification; {what}.",
        "Confirmed with the owner's agent by e-mail (msg id {n}); {what}.",
        "Cross-checked with the RFMO record; {what}. Closing once the nightly export runs.",
    ),
    "es": (
        "Verificado con la licencia de estación de barco y la notificación del Estado de "
        "pabellón; {what}.",
        "Confirmado con el consignatario por correo (id {n}); {what}.",
    ),
    "fr": (
        "Vérifié avec la licence de station de navire et la notification de l'État du "
        "pavillon ; {what}.",
        "Confirmé par l'agent de l'armateur (courriel {n}) ; {what}.",
    ),
}
_NAME = "VESSEL_NAME"
_WHAT = {
    "en": "the value in the register is now correct",
    "es": "el registro ya está corregido",
    "fr": "la fiche est désormais corrigée",
}


def _bad_imo(rng: random.Random, imo: str) -> str | None:
    """The IMO number with two digits swapped, only if that breaks the check digit."""
    for _ in range(10):
        i = rng.randrange(6)
        wrong = imo[:i] + imo[i + 1] + imo[i] + imo[i + 2 :]
        if wrong != imo and not imo_check_ok(wrong):
            return wrong
    return None


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    (vessel,) = pick(rng, vessels, 1)
    flag = flag_of(vessel)
    imo, mmsi, ircs = good_imo(vessel), good_mmsi(vessel), good_ircs(vessel)
    lang = rng.choice(("en", "en", "en", "es", "fr"))
    record = f"VR-{rng.randint(1, 99_999_999):08d}"
    key = f"{rng.choice(('REG', 'NFVR', 'DATA', 'VREG'))}-{rng.randint(100, 9999)}"
    # Corrections this ticket asks for: (field, old value, old label, new value, new label)
    fixes: list[tuple[str, str, str | None, str, str]] = []
    if ircs and (old := invent_ircs(rng, flag)) and old != ircs and rng.random() < 0.7:
        fixes.append(("Call sign", old, "ID_CHANGE", ircs, "IRCS"))
    if vessel.former_name and rng.random() < 0.8:
        fixes.append(("Vessel name", vessel.former_name, "NAME_CHANGE", vessel.name, _NAME))
    elif rng.random() < 0.35:
        head = rng.choice(("HAI", "OCEAN", "SHIN", "NUEVO"))
        former = f"{head} {rng.choice(('LONG', 'STAR', 'FA', 'MAR'))} {rng.randint(1, 888)}"
        fixes.append(("Vessel name", former, "NAME_CHANGE", vessel.name, "VESSEL_NAME"))
    if mmsi and rng.random() < 0.5:
        old_mmsi = invent_mmsi(rng, flag)
        if old_mmsi != mmsi:
            fixes.append(("MMSI", old_mmsi, "ID_CHANGE", mmsi, "MMSI"))
    if imo and (wrong := _bad_imo(rng, imo)) and rng.random() < 0.6:
        fixes.append(("IMO number", wrong, None, imo, "IMO"))
    if flag and rng.random() < 0.3:
        old_flag = rng.choice([c for c in sorted(COUNTRY_NAMES) if c != flag])
        fixes.append(("Flag", old_flag, "FLAG_CHANGE", flag, "FLAG"))
    if not fixes:
        if imo:
            fixes.append(("IMO number", "0000000", None, imo, "IMO"))
        elif mmsi:
            fixes.append(("MMSI", "000000000", None, mmsi, "MMSI"))
        else:
            fixes.append(("Vessel name", vessel.name.lower(), None, vessel.name, "VESSEL_NAME"))
    rng.shuffle(fixes)
    created = datetime.combine(some_date(rng), datetime.min.time()) + timedelta(
        minutes=rng.randint(420, 1100)
    )
    page = PageDraft()
    markdown = rng.random() < 0.4
    what = " and ".join(f if f.isupper() else f.lower() for f, *_ in fixes[:2])
    if markdown:
        page.add(f"# {what.capitalize()} wrong for ").add(vessel.name, "VESSEL_NAME")
        page.add(f" #{rng.randint(100, 2999)}\n\n")
        page.line(
            f"**Open** · opened by @{rng.choice(_USERS)} on {created:%b %d, %Y} · "
            f"{rng.randint(1, 9)} comments"
        )
        page.line(
            f"Labels: `data-correction` `vessel-record` `{fixes[0][0].lower().replace(' ', '-')}`"
        )
    else:
        page.add(f"[{key}] Correct {what} on vessel record — ").add(vessel.name, "VESSEL_NAME")
        page.add("\n")
        page.line(
            f"Project: National Fishing Vessel Register   Type: Data correction   "
            f"Priority: {rng.choice(('Major', 'Minor', 'Critical'))}"
        )
        page.line(
            f"Status: {rng.choice(('Open', 'In Review', 'Resolved'))}   Reporter: "
            f"{rng.choice(_USERS)}   Assignee: {rng.choice(_USERS)}"
        )
        page.line(
            f"Created: {created:%Y-%m-%d %H:%M}   Updated: "
            f"{created + timedelta(hours=rng.randint(3, 90)):%Y-%m-%d %H:%M}"
        )
    page.line(
        "Record ID: ",
        (record, "OTHER_EXT_ID"),
        f"   Table: vessel_master (rev. {rng.randint(2, 60)})",
    )
    page.line("")
    page.line("## Description" if markdown else "Description")
    page.add("During reconciliation with ")
    if rng.random() < 0.6:
        rfmo = rng.choice(("IOTC", "WCPFC", "ICCAT"))
        page.add("the ").add(rfmo, "RFMO_CODE").add(" record (vessel no. ")
        page.add(rfmo_id(rng, rfmo, flag), "RFMO_ID").add(")")
    else:
        page.add("the AIS feed")
    page.add(" the record for ").add(vessel.name, "VESSEL_NAME")
    if flag:
        page.add(" (").add(country(flag), "FLAG").add(")")
    page.add(" was found to hold outdated or mistyped values. Please update:\n\n")
    if markdown:
        page.line("| Field | Current value in DB | Correct value | Source |")
        page.line("|---|---|---|---|")
    else:
        page.line("|| Field || Current value in DB || Correct value || Source ||")
    sources = (
        "ship station licence",
        "certificate of registry",
        "IHS extract",
        "flag notification",
    )
    for field, old, old_label, new, new_label in fixes:
        page.add(f"| {field} | ").add(old, old_label).add(" | ")
        if field == "Flag":
            page.add(new, new_label)
        else:
            page.add(new, new_label)
        page.add(f" | {rng.choice(sources)} |\n")
    page.line("")
    page.line(f"Attachment: scan_{rng.randint(1000, 9999)}.pdf ({rng.randint(80, 900)} kB)")
    pages = [page]
    comments = PageDraft()
    comments.line("")
    comments.line("## Comments" if markdown else "Activity — Comments")
    when = created
    for number in range(rng.randint(2, 4)):
        when += timedelta(hours=rng.randint(1, 40), minutes=rng.randint(0, 59))
        comments.line("")
        comments.line(f"{rng.choice(_USERS)} — {when:%Y-%m-%d %H:%M}")
        if number == 0:
            field, old, old_label, new, new_label = fixes[0]
            comments.add("Confirmed: ").add(field.lower()).add(" changed from ").add(old, old_label)
            comments.add(" to ").add(new, new_label).add(". Old value kept in the history table.\n")
        elif number == 1 and (ircs or mmsi):
            comments.add("SQL applied in staging:\n  UPDATE vessel_master SET ")
            if ircs:
                comments.add("ircs = '").add(ircs, "IRCS").add("'")
            if mmsi:
                comments.add(", " if ircs else "").add("mmsi = '").add(mmsi, "MMSI").add("'")
            comments.add(" WHERE record_id = '").add(record, "OTHER_EXT_ID")
            comments.add(
                f"';\n  -- 1 row affected ({rng.randint(3, 90)} ms), commit "
                f"{rng.getrandbits(28):07x}\n"
            )
        else:
            note = rng.choice(_NOTES[lang]).format(n=rng.randint(10**5, 10**6), what=_WHAT[lang])
            comments.line(note)
    if len(page) + len(comments) <= 2600:
        page.extend(comments)
    else:
        second = PageDraft()
        second.add(f"{key} (page 2) — ").add(vessel.name, "VESSEL_NAME").add("\n")
        second.extend(comments)
        pages.append(second)
    filler = PageDraft()
    filler.line(
        f"Linked issues: {key[:-1]}{rng.randint(0, 9)} (duplicates), "
        f"{rng.choice(('REG', 'DATA'))}-{rng.randint(100, 9999)} (relates to). "
        f"Watchers: {rng.randint(2, 9)}. Time logged: {rng.randint(1, 6)}h "
        f"{rng.randint(0, 59)}m. Export generated {created:%d/%m/%Y} by JIRA "
        f"{rng.randint(8, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}."
    )
    filler2 = PageDraft()
    filler2.line(
        "Checklist: [x] source document attached  [x] second reviewer  "
        f"[ ] RFMO notified  [ ] AIS operator informed — SLA {rng.randint(2, 10)} days."
    )
    pad_pages(pages, [filler, filler2])
    return pages
