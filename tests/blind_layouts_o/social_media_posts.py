"""A page of social-media posts and replies about a fishing vessel (screenshots as text).

Handles, display names, timestamps, hashtags (a vessel name squeezed into a hashtag is not
labelled), links (never carrying identifiers), engagement counts, and replies that correct a
number: the corrected, malformed number (a digit missing) is not labelled; the right one is.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from oceanid_dev.demo.vessels import Vessel

from . import _common as C
from . import _vocab as V
from ._ids import Identity, pick
from ._page import DocumentBuilder, PageBuilder, PageDraft, Piece

LAYOUT = "social_media_posts"

CHATTER = (
    "Great work, thanks for sharing 👏",
    "Source? Would like to cite this.",
    "Saw the same track on the tracker yesterday.",
    "Flag State needs to act on this.",
    "Following.",
    "This is why port inspections matter.",
)


def _stamp(moment: datetime, style: int) -> str:
    return (
        f"{moment:%d %b %Y} · {moment:%H:%M}",
        f"{moment:%b %d}",
        f"{moment:%Y-%m-%dT%H:%MZ}",
        f"{moment:%H:%M} · {moment:%d/%m/%Y}",
    )[style % 4]


def _drop_digit(number: str, rng: random.Random) -> str:
    cut = rng.randrange(1, len(number))
    return number[:cut] + number[cut + 1 :]


def _opening(v: Identity, rng: random.Random, owner: C.Owner) -> list[Piece]:
    flag = C.flag_text(rng, v.flag)
    name: Piece = (v.name, "VESSEL_NAME")
    tags = " ".join(rng.sample(V.HASHTAGS, 2))
    # A hashtag of a multi-word name is not the name as written (unlabelled); single-word names
    # get no hashtag, so that a hashtag never repeats a labelled name verbatim.
    tag = "#" + "".join(ch for ch in v.name if ch.isalnum()) if " " in v.name else ""
    options: list[list[Piece]] = [
        [
            "🚨 The ",
            C.gear_word(v.gear),
            " ",
            name,
            *C.opt(v.imo, " (IMO ", (v.imo or "", "IMO"), ")"),
            f" went dark for {rng.randint(3, 20)} days near FAO area ",
            (rng.choice(V.FAO_AREAS), "FAO_AREA_CODE"),
            f". Last AIS ping {C.position(rng)}. {tags}",
        ],
        [
            "Spotted in port this morning: ",
            name,
            *C.opt(flag, ", flagged to ", (flag or "", "FLAG")),
            *C.opt(v.ircs, ", call sign ", (v.ircs or "", "IRCS")),
            ". Crew unloading what looks like ",
            (C.in_prose(C.species_for(v, rng)[1]), "SPECIES_NAME"),
            f". {tag} {tags}".replace("  ", " "),
        ],
        [
            "AIS shows ",
            name,
            *C.opt(v.mmsi, " (MMSI ", (v.mmsi or "", "MMSI"), ")"),
            f" alongside a reefer for {rng.randint(4, 30)} hours. Possible transshipment. ",
            "Owner on record: ",
            (owner.name, "ASSOC_NAME"),
            f". {tags}",
        ],
    ]
    return rng.choice(options)


def _replies(
    v: Identity, rng: random.Random, owner: C.Owner, former: C.Former, record: tuple[str, str]
) -> list[list[Piece]]:
    out: list[list[Piece]] = [[c] for c in rng.sample(CHATTER, 3)]
    if v.mmsi:
        out.append(
            [
                "Small correction: the MMSI is ",
                (v.mmsi, "MMSI"),
                ", the ",
                _drop_digit(v.mmsi, rng),
                " in your graphic is missing a digit.",
            ]
        )
    if v.imo:
        out.append(["IMO should read ", (v.imo, "IMO"), f" (not {_drop_digit(v.imo, rng)})."])
    out.append(
        [
            "Same hull was ",
            (former.name or "", "NAME_CHANGE"),
            " until ",
            str(rng.randint(2012, 2022)),
            ", flagged to ",
            (C.flag_text(rng, former.flag) or "", "FLAG_CHANGE"),
            *C.opt(former.call_sign, ", call sign ", (former.call_sign or "", "ID_CHANGE")),
            ".",
        ]
    )
    out.append(
        [
            "It is on the ",
            (record[0], "RFMO_CODE"),
            " authorised list though, record ",
            (record[1], "RFMO_ID"),
            ". Registered owner ",
            (owner.name, "ASSOC_NAME"),
            ", ",
            (owner.city, "CITY"),
            ".",
        ]
    )
    wrong = (
        str(int(v.gross_tonnage) + rng.choice((300, 210, 90))) if v.gross_tonnage.isdigit() else "?"
    )
    out.append(
        [
            f"The tonnage in the thread is off: {wrong} GT is another ship. ",
            name_piece(v),
            " is ",
            (v.gross_tonnage, "METRIC_VALUE"),
            " ",
            ("GT", "METRIC_UNIT"),
            ".",
        ]
    )
    rng.shuffle(out)
    return out


def name_piece(v: Identity) -> Piece:
    return (v.name, "VESSEL_NAME")


def _post(b: PageBuilder, who: str, handle: str, when: str, body: list[Piece], indent: str) -> None:
    b.line(f"{indent}{who}  {handle} · {when}")
    b.line(indent, *body)


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    (vessel,) = pick(vessels, rng)
    owner = C.owner_of(vessel, rng)
    style = rng.randrange(4)
    moment = datetime.combine(C.some_date(rng, 2021, 2025), datetime.min.time()) + timedelta(
        minutes=rng.randrange(0, 1440)
    )
    former = C.former_of(vessel, rng)
    rfmo = rng.choice(V.RFMOS)
    record = (rfmo, C.rfmo_id(rng, rfmo, vessel.flag))
    pages = rng.choice((1, 2, 2, 3))
    doc = DocumentBuilder()
    for n in range(1, pages + 1):
        b = doc.page if n == 1 else doc.new_page()
        b.line(f"[screenshot {n}/{pages} — captured {_stamp(moment + timedelta(days=2), 2)}]")
        b.blank()
        author = rng.choice(V.HANDLES)
        who = author[1:].replace("_", " ").title()
        _post(b, who, author, _stamp(moment, style), _opening(vessel, rng, owner), "")
        b.line(f"{rng.choice(V.LINK_DOMAINS)}{moment:%Y/%m}/{rng.randint(1000, 99999)}")
        b.line(
            f"💬 {rng.randint(2, 80)}   🔁 {rng.randint(5, 400)}   ♥ {rng.randint(10, 2000)}"
            f"   {rng.randint(2, 90)}.{rng.randint(0, 9)}K views"
        )
        b.blank()
        replies = _replies(vessel, rng, owner, former, record)
        for body in replies[: rng.randint(5, 7)]:
            moment += timedelta(minutes=rng.randint(3, 600))
            handle = rng.choice([h for h in V.HANDLES if h != author])
            b.line(f"    ↳ Replying to {author}")
            _post(b, handle[1:].title(), handle, _stamp(moment, style), body, "    ")
            b.line(f"    ♥ {rng.randint(0, 120)}")
            b.blank()
        b.line(rng.choice(("Show more replies", "Show probable spam", "— end of thread —")))
    return doc.drafts()
