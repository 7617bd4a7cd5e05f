"""An application to register a fishing vessel with a flag State, as filled in by the owner."""

from __future__ import annotations

import random

from oceanid_dev.demo.vessels import Vessel

from . import _common as c
from . import _vocab
from ._page import PageDraft

LAYOUT = "registration_application"


def _header(page: PageDraft, flag: str | None, rng: random.Random, ref: str) -> None:
    authority = _vocab.REGISTRIES.get(flag or "", "National Ship Registry")
    page.line(authority.upper()).line(rng.choice(("Registry of Fishing Vessels", "Ship Registry")))
    page.nl().line(
        rng.choice(
            (
                "APPLICATION FOR REGISTRATION OF A FISHING VESSEL",
                "Application to Register a Fishing Vessel",
                "FISHING VESSEL REGISTRATION — APPLICATION FORM",
            )
        )
    )
    page.add(f"Form FV-{rng.randint(1, 9)}").add("    " if rng.random() < 0.5 else "\n")
    page.line(f"Application ref.: {ref}").nl()


def _applicant(page: PageDraft, ship: c.Ship, rng: random.Random, company: str, seat: str) -> None:
    page.line(rng.choice(("PART A — APPLICANT / OWNER", "Section 1. Particulars of the applicant")))
    page.field("1. Name of applicant: ", company, "ASSOC_NAME")
    page.add("2. Capacity in which applying: ")
    page.val(rng.choice(("Registered owner", "Owner", "Bareboat charterer")), "ASSOC_ROLE").nl()
    page.field(
        rng.choice(("3. Company registration number: ", "3. Company No.: ")),
        c.company_number(seat, rng),
        "REG_NO",
    )
    page.add("4. Registered address: ")
    c.write_address(page, seat, "en", rng, rng.choice((", ", "\n   ")))
    page.nl()
    page.line(
        f"5. Telephone: +{rng.randint(20, 99)} {rng.randint(100, 999)} "
        f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
    )
    if rng.random() < 0.5:
        manager = rng.choice([n for n in _vocab.COMPANIES["OFFSHORE"] if n != company])
        page.add("6. Manager / operator (if not the owner): ").val(manager, "ASSOC_NAME")
        page.add(" (").val(rng.choice(("operator", "ship manager")), "ASSOC_ROLE").line(")")
    else:
        page.line("6. Manager / operator (if not the owner): same as applicant")
    page.nl()


def _particulars(page: PageDraft, ship: c.Ship, rng: random.Random, blank: str) -> None:
    page.line(rng.choice(("PART B — PARTICULARS OF THE VESSEL", "Section 2. The vessel")))
    page.field("7. Name of vessel: ", ship.name, "VESSEL_NAME")
    alternatives = rng.sample(_vocab.FORMER_NAMES, 2)
    page.line(f"   Alternative names, in order of preference: {alternatives[0]}; {alternatives[1]}")
    page.add("8. IMO number: ")
    c.ident(page, ship.imo, "IMO", blank)
    page.add("      9. MMSI: " if rng.random() < 0.5 else "\n9. MMSI: ")
    c.ident(page, ship.mmsi, "MMSI", blank)
    page.add("\n10. Call sign (if already allotted): ")
    c.ident(page, ship.ircs, "IRCS", "to be allotted")
    page.nl()
    if ship.port:
        c.home_port(page.add("11. Port of registry requested: "), ship, "en", rng, "")
        page.nl()
    else:
        page.line("11. Port of registry requested: to be decided by the Registrar")
    page.line(f"12. Type of vessel: {_vocab.VESSEL_TYPES.get(ship.gear or '', 'Fishing vessel')}")
    page.line(f"13. Hull material: {rng.choice(_vocab.HULL_TYPES)}")
    if ship.built:
        page.field("14. Year of build: ", ship.built, "BUILD_YEAR")
    yards = _vocab.SHIPYARDS.get(ship.flag or "", ())
    if yards and rng.random() < 0.8:
        page.add("15. Builder and place of build: ").val(rng.choice(yards), "BUILDER_LOCATION")
        page.add(", ").val(c.country(ship.flag or ""), "BUILD_COUNTRY").nl()
    if ship.gt:
        page.add("16. ")
        c.metric(page, "Gross tonnage", ship.gt, rng.choice(("GT", "")) or None)
        net = max(1, int(int(ship.gt) * rng.uniform(0.3, 0.4))) if ship.gt.isdigit() else None
        if net:
            page.add("17. ")
            c.metric(page, "Net tonnage", str(net), rng.choice(("NT", "")) or None)
    if ship.loa:
        page.add("18. ")
        c.metric(page, rng.choice(("Length overall", "LOA")), ship.loa, "m")
    kw = c.power_kw(ship, rng)
    page.add(f"19. Main engine: {rng.choice(_vocab.ENGINES)}; ")
    c.metric(page, "Engine power", str(kw), "kW")
    page.nl()


def _previous(page: PageDraft, ship: c.Ship, rng: random.Random, blank: str) -> None:
    former = c.former_identity(ship, rng)
    page.line(rng.choice(("PART C — PREVIOUS REGISTRATION", "Section 3. Previous registry")))
    page.field("20. Previous flag State: ", c.country(former.flag, "en", rng), "FLAG_CHANGE")
    page.field("21. Name under previous flag: ", former.name, "NAME_CHANGE")
    page.add("22. Previous call sign: ")
    c.ident(page, former.ircs, "ID_CHANGE", blank)
    if former.mmsi and rng.random() < 0.6:
        page.add("   Previous MMSI: ").val(former.mmsi, "ID_CHANGE")
    deleted = c.some_date(rng, 2018, 2025)
    page.add("\n23. Date of deletion from previous register: ")
    page.val(c.fmt_date(deleted, "en", c.date_style("en", rng)), "END_DATE").nl()
    page.line(
        f"24. Deletion certificate attached: Yes (No. DC-{rng.randint(10, 999)}/"
        f"{deleted.year}, issued {c.fmt_date(deleted, 'en', 'dmy')})"
    ).nl()


def _fishing(page: PageDraft, ship: c.Ship, rng: random.Random) -> None:
    rfmo = c.rfmo_for(ship, rng)
    page.line(rng.choice(("PART D — INTENDED FISHING OPERATIONS", "Section 4. Intended fishing")))
    page.add("25. Fishing areas: ")
    for i, code in enumerate(rng.sample(_vocab.RFMOS[rfmo][3], min(2, len(_vocab.RFMOS[rfmo][3])))):
        page.add(", " if i else "").add(rng.choice(("FAO Area ", "FAO ", "Area "))).val(
            code, "FAO_AREA_CODE"
        )
    page.add(f"\n26. Fishing gear: {c.gear_word(ship, 'en', rng)}\n27. Target species: ")
    for i, entry in enumerate(c.species(ship, rng, rng.randint(2, 3))):
        page.add("; " if i else "").val(entry[1], "SPECIES_NAME").add(" (")
        page.val(entry[0], "SPECIES_NAME").add(")")
    page.add("\n28. The vessel is to be entered on the ").val(rfmo, "RFMO_CODE")
    page.line(rng.choice((" Record of Fishing Vessels.", " authorised vessel list.")))
    page.nl()


def _declaration(page: PageDraft, ship: c.Ship, rng: random.Random, company: str) -> None:
    page.line(rng.choice(("PART E — DECLARATION", "Section 5. Declaration by the applicant")))
    page.add(f"I, {rng.choice(_vocab.PEOPLE)}, duly authorised on behalf of ")
    page.val(company, "ASSOC_NAME")
    page.add(", declare that the particulars given above are true, that the vessel ")
    page.val(ship.name, "VESSEL_NAME")
    page.add(" is not entered on any other register, and that it is not included in any IUU ")
    page.line("vessel list of a regional fisheries management organisation.")
    page.line(
        f"Date: {c.fmt_date(c.some_date(rng, 2023, 2025), 'en', 'dmy')}"
        "            Signature: ____________________"
    ).nl()
    page.line("FOR OFFICIAL USE — Official number assigned: ________  Fee receipt: ________")


def _checklist(page: PageDraft, ship: c.Ship, rng: random.Random, ref: str) -> None:
    page.add(f"Application ref. {ref} — vessel ").val(ship.name, "VESSEL_NAME").nl(2)
    page.line("ANNEX — DOCUMENTS SUBMITTED WITH THE APPLICATION").nl()
    for n, doc in enumerate(rng.sample(_vocab.DOCUMENTS, rng.randint(5, 7)), start=1):
        page.line(f"  [{rng.choice('xX')}] {n}. {doc} ({rng.randint(1, 6)} p.)")
    page.nl().line("Mortgages or charges registered against the vessel:")
    if rng.random() < 0.5:
        page.add("  First preferred mortgage in favour of ")
        page.val(rng.choice(_vocab.MORTGAGEES), "ASSOC_NAME").add(" (")
        page.val("mortgagee", "ASSOC_ROLE").line(f"), USD {rng.randint(2, 90) * 100_000:,}")
    else:
        page.line("  None declared.")
    page.nl().line("Registration fees (schedule 2):")
    for item, amount in (
        ("Provisional registration", rng.randint(4, 12) * 100),
        ("Permanent registration, per GT", rng.randint(2, 9)),
        ("Annual tonnage tax, minimum", rng.randint(8, 30) * 100),
    ):
        page.line(f"  {item:<36}USD {amount:>6,}")
    page.nl().line("Registrar's remarks: documents checked against the originals; tonnage")
    page.line("certificate to be re-issued by a recognised organisation within 3 months. The")
    page.line("provisional certificate of registry is valid for six months from the date of")
    page.line("issue and may be extended once for a further three months.")
    page.nl().line("Received by: ______________________   Date: ____/____/______   Seal:")


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    ship = c.pick_ship(vessels, rng)
    company, seat = c.company(ship, rng)
    blank = c.placeholder("en", rng)
    ref = f"REG/{rng.randint(2019, 2025)}/{rng.randint(1, 999):04d}"
    first = PageDraft()
    _header(first, ship.flag, rng, ref)
    if ship.flag:
        first.add("Flag State under which registration is sought: ")
        first.val(c.country(ship.flag, "en", rng), "FLAG").nl(2)
    _applicant(first, ship, rng, company, seat)
    pages_wanted = rng.choice((1, 2, 2, 3))
    _particulars(first, ship, rng, blank)
    second = first if pages_wanted == 1 else PageDraft()
    if second is not first:
        second.line(f"Application ref. {ref} (continued)").nl()
    _previous(second, ship, rng, blank)
    _fishing(second, ship, rng)
    _declaration(second, ship, rng, company)
    pages = [first] if second is first else [first, second]
    if pages_wanted == 3:
        third = PageDraft()
        _checklist(third, ship, rng, ref)
        pages.append(third)
    return pages
