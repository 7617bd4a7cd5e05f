"""A vessel identification sheet with photo captions (port inspection, boarding or overflight).

Documented identity from the register and RFMO record, captions of markings painted on the
hull (name on bow and stern, call sign on the wheelhouse top, hull number), a table of observed
versus documented identity and notes of discrepancies. Illegible markings ('BZU6?') and AIS
defaults ('000000000') are malformed and not labelled; traces of a former name are NAME_CHANGE.
"""

from __future__ import annotations

import random
from datetime import timedelta

from oceanid_dev.demo.vessels import Vessel

from . import _common as C
from . import _vocab as V
from ._ids import pick
from ._page import DocumentBuilder, PageBuilder, PageDraft, Piece

LAYOUT = "photo_identification_sheet"

LOCAL_SCRIPT = ("CHN", "TWN", "JPN", "KOR", "RUS")
PURPOSES = (
    "Port State inspection (PSMA Art. 12)",
    "High-seas boarding and inspection",
    "Aerial surveillance overflight",
    "Pre-licensing identity check",
)


def _caption(b: PageBuilder, n: int, style: int, *pieces: Piece) -> None:
    label = (f"Photo {n} - ", f"[IMG_{n:04d}.JPG] ", f"Fig. {n}: ")[style]
    b.line(label, *pieces)


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    (vessel,) = pick(vessels, rng)
    former = C.former_of(vessel, rng)
    hole = rng.choice(V.PLACEHOLDERS)
    port, locode, _, _ = rng.choice(V.LANDING_PORTS)
    style, cap = rng.randrange(6), rng.randrange(3)
    seen = C.some_date(rng)
    rfmo = rng.choice(V.RFMOS)
    hull_no = f"{vessel.name[:2]}-{rng.randint(100, 99999)}"
    flag = C.flag_text(rng, vessel.flag)
    faded = vessel.ircs[:-1] + "?" if vessel.ircs and rng.random() < 0.5 else None
    pages = rng.choice((1, 2, 2, 3))
    script = (
        " Local-script characters above, not transcribed." if vessel.flag in LOCAL_SCRIPT else ""
    )
    doc = DocumentBuilder()
    b = doc.page
    b.line("VESSEL IDENTIFICATION SHEET - PHOTOGRAPHIC RECORD")
    b.line(
        f"Ref. VIS-{seen.year}-{rng.randint(1, 999):03d}    Date: {C.fmt_date(seen, style)}    ",
        f"Place: {port} (",
        (locode, "PORT_ID"),
        ")",
    )
    b.line(f"Purpose: {rng.choice(PURPOSES)}    Officer: {C.person(rng)}")
    b.line(
        f"Conditions: {rng.choice(('overcast', 'clear', 'light rain', 'haze'))}, "
        f"visibility {rng.randint(2, 10)} NM, photographs by {rng.choice(('boat', 'deck', 'air'))}"
        " party with two cameras (A, B)."
    )
    b.blank()
    b.line("A. DOCUMENTED IDENTITY (flag State register and RFMO record)")
    b.line(
        "Name: ",
        (vessel.name, "VESSEL_NAME"),
        "    Flag: ",
        C.ident(flag, "FLAG", hole),
        "    Port of registry: ",
        (C.port_name(rng, vessel.port), "HOME_PORT"),
    )
    b.line(
        "IMO: ",
        C.ident(vessel.imo, "IMO", hole),
        "    IRCS: ",
        C.ident(vessel.ircs, "IRCS", hole),
        "    MMSI: ",
        C.ident(vessel.mmsi, "MMSI", hole),
    )
    b.line(
        "RFMO: ",
        (rfmo, "RFMO_CODE"),
        "    Record no.: ",
        (C.rfmo_id(rng, rfmo, vessel.flag), "RFMO_ID"),
        "    ",
        *C.metric("LOA", vessel.length_m, "m"),
    )
    b.line(
        "History: ex-",
        (former.name or "", "NAME_CHANGE"),
        ", previous flag ",
        (C.flag_text(rng, former.flag) or "", "FLAG_CHANGE"),
        *C.opt(former.call_sign, ", previous call sign ", (former.call_sign or "", "ID_CHANGE")),
        *C.opt(former.mmsi, ", previous MMSI ", (former.mmsi or "", "ID_CHANGE")),
    )
    b.blank()
    b.line("B. PHOTOGRAPHS")
    captions: list[list[Piece]] = [
        [
            'Bow, port side. Name painted in white Latin letters approx. 60 cm high: "',
            (vessel.name, "VESSEL_NAME"),
            '".' + script,
        ],
        [
            'Stern. Name "',
            (vessel.name, "VESSEL_NAME"),
            '" with port of registry "',
            (vessel.port.split(",")[0], "HOME_PORT"),
            '" painted below.',
        ],
        [
            'Wheelhouse top, taken from the helicopter: call sign painted black on white "',
            faded or (vessel.ircs or "", "IRCS"),
            '"' + (" - last character faded, illegible." if faded else "."),
        ]
        if vessel.ircs
        else ["Wheelhouse top, taken from the helicopter: no call sign marking visible."],
        ['Hull, amidships: hull number "', (hull_no, "OTHER_EXT_ID"), '" in black, both sides.'],
        [
            "Starboard quarter: raised letters of a previous name visible beneath the paint, "
            'read as "',
            (former.name or "", "NAME_CHANGE"),
            '".',
        ],
        [
            "Bridge: AIS transponder display showing MMSI ",
            *(
                ["000000000 (factory default) and no name"]
                if rng.random() < 0.3 or not vessel.mmsi
                else [(vessel.mmsi, "MMSI"), ' and name "', (vessel.name, "VESSEL_NAME"), '"']
            ),
            ".",
        ],
        [
            'Lifebuoy marked "',
            (vessel.name, "VESSEL_NAME"),
            '" - ',
            (vessel.port.split(",")[0], "HOME_PORT"),
            ".",
        ],
        [
            "Engine-room plate: builder's hull no. ",
            f"{rng.randint(100, 999)}, year ",
            (vessel.build_year, "BUILD_YEAR"),
            ".",
        ],
    ]
    split = 4 if pages > 1 else len(captions)
    for n, pieces in enumerate(captions[:split] if pages > 1 else rng.sample(captions, 6), start=1):
        _caption(b, n, cap, *pieces)

    # --- remaining photos and the comparison ------------------------------------------------
    if pages > 1:
        b = doc.new_page()
        b.line(f"VIS-{seen.year} - ", (vessel.name, "VESSEL_NAME"), " - continued")
        b.blank()
        for n, pieces in enumerate(captions[split:], start=split + 1):
            _caption(b, n, cap, *pieces)
        b.blank()
        b.line("Photo log:  no.  time (local)  range   bearing  camera")
        for n in range(1, len(captions) + 1):
            b.line(
                f"            {n:>3}  {rng.randint(6, 17):02d}:{rng.randint(0, 59):02d}",
                f"         {rng.randint(5, 400):>4} m  {rng.randint(0, 359):03d}°",
                f"     {rng.choice(('A', 'B'))}",
            )
    b.blank()
    b.line("C. OBSERVED VERSUS DOCUMENTED")
    b.line("Item".ljust(14), "Observed".ljust(30), "Documented".ljust(30), "Match")
    b.add("Name".ljust(14)).cell(vessel.name, "VESSEL_NAME", 30).cell(
        vessel.name, "VESSEL_NAME", 30
    )
    b.line("yes")
    b.add("Call sign".ljust(14))
    if faded and vessel.ircs:
        b.add(faded.ljust(30)).cell(vessel.ircs, "IRCS", 30).line("partly")
    else:
        b.cell(vessel.ircs or "not marked", "IRCS" if vessel.ircs else None, 30)
        b.cell(vessel.ircs or hole, "IRCS" if vessel.ircs else None, 30).line(
            "yes" if vessel.ircs else "n/a"
        )
    b.add("IMO".ljust(14), "not marked".ljust(30))
    b.cell(vessel.imo or hole, "IMO" if vessel.imo else None, 30).line(
        "no" if vessel.imo else "n/a"
    )
    b.add("Flag (ensign)".ljust(14)).cell(flag or "none flown", "FLAG" if flag else None, 30)
    b.cell(flag or hole, "FLAG" if flag else None, 30).line("yes" if flag else "n/a")

    # --- notes ------------------------------------------------------------------------------
    b = doc.new_page() if pages == 3 else b.blank()
    if pages == 3:
        b.line(f"VIS-{seen.year} - ", (vessel.name, "VESSEL_NAME"), " - notes and signatures")
        b.blank()
    b.line("D. DISCREPANCIES AND NOTES")
    notes = [
        "1. The IMO number is not permanently marked on the hull or superstructure as required.",
        "2. Traces of the former name show the vessel was renamed; the register records it.",
        f"3. The crew list shows {rng.randint(8, 30)} persons; "
        f"{rng.randint(8, 30)} were counted on deck.",
        f"4. Photographs taken with camera serial {rng.randint(10**6, 10**7)}; originals retained.",
    ]
    if faded:
        notes.insert(
            1, "1a. Call sign marking faded; master instructed to repaint before departure."
        )
    for note in notes if pages > 1 else notes[:3]:
        b.line(note)
    if pages == 3:
        b.blank()
        b.line("E. DOCUMENTS EXAMINED ON BOARD")
        start = C.some_date(rng, seen.year - 1, seen.year - 1)
        b.line(
            "- ",
            (
                rng.choice(("Fishing licence", "Authorisation to fish on the high seas")),
                "AUTH_TYPE",
            ),
            " no. ",
            (C.licence_no(rng, vessel.flag, start.year), "LICENSE_NO"),
            ", valid from ",
            (C.fmt_date(start, style), "START_DATE"),
            " to ",
            (C.fmt_date(start + timedelta(days=364), style), "END_DATE"),
        )
        b.line(
            "- Certificate of registry (original), tonnage certificate, crew list, fishing logbook"
        )
        b.blank()
        b.line(
            "Master's remarks: the marking will be repainted at the next port call; the renaming"
        )
        b.line("was carried out by the previous owner and reported to the flag State at the time.")
        b.line(
            f"Copy of this sheet sent to the {rfmo} Secretariat and the flag State on "
            f"{C.fmt_date(seen, style)}."
        )
    b.blank()
    b.line(
        f"Inspecting officer: {C.person(rng)}    Master: {C.person(rng)} (signature refused: "
        f"{rng.choice(('no', 'yes'))})"
    )
    return doc.drafts()
