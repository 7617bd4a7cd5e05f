"""A WhatsApp or Telegram export from a fishing company's fleet group: positions and catch."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from oceanid_dev.demo.vessels import Vessel

from . import _vocab
from ._common import (
    Ident,
    area_for,
    digits,
    pick_same_owner,
    some_date,
    species_for,
    species_name,
)
from ._page import PageDraft

LAYOUT = "company_chat_export"


def _stamp(moment: datetime, style: str) -> str:
    if style == "android":
        return f"{moment:%d/%m/%Y}, {moment:%H:%M} - "
    if style == "ios":
        return f"[{moment:%d/%m/%Y}, {moment:%H:%M:%S}] "
    return ""


def _message(page: PageDraft, moment: datetime, sender: str, style: str) -> None:
    if style == "telegram":
        page.line(f"{sender}, [{moment:%d.%m.%y %H:%M}]")
    else:
        page.put(_stamp(moment, style), f"{sender}: ")


@dataclass
class _Track:
    """Where a vessel is fishing during the chat: it drifts a little between reports."""

    lat: float
    lon: float
    area: str
    codes: list[str]

    def step(self, rng: random.Random) -> None:
        self.lat = max(-60.0, min(60.0, self.lat + rng.uniform(-0.4, 0.4)))
        self.lon = max(-179.0, min(179.0, self.lon + rng.uniform(-0.5, 0.5)))

    def position(self, style: int) -> str:
        ns, ew = ("S" if self.lat < 0 else "N"), ("W" if self.lon < 0 else "E")
        lat, lon = abs(self.lat), abs(self.lon)
        lat_d, lat_m = int(lat), int((lat - int(lat)) * 60)
        lon_d, lon_m = int(lon), int((lon - int(lon)) * 60)
        if style == 0:
            return f"{lat_d:02d}°{lat_m:02d}'{ns} {lon_d:03d}°{lon_m:02d}'{ew}"
        if style == 1:
            return f"{lat_d:02d}-{lat_m:02d}{ns} {lon_d:03d}-{lon_m:02d}{ew}"
        return f"{self.lat:.3f} {self.lon:.3f}"


_AREA_CENTRES = {
    "41": (-45.0, -60.0),
    "87": (-20.0, -82.0),
    "61": (42.0, 155.0),
    "71": (5.0, 160.0),
    "77": (5.0, -125.0),
    "81": (-35.0, 175.0),
    "51": (-10.0, 60.0),
    "57": (-15.0, 95.0),
    "34": (10.0, -25.0),
    "47": (-25.0, 5.0),
}


def _track(v: Ident, rng: random.Random) -> _Track:
    area = area_for(v, rng)
    lat, lon = _AREA_CENTRES.get(area.split(".")[0], (-30.0, 30.0))
    return _Track(
        lat + rng.uniform(-5, 5),
        lon + rng.uniform(-5, 5),
        area,
        species_for(v, rng, rng.randint(1, 3)),
    )


def _report(
    page: PageDraft,
    v: Ident,
    track: _Track,
    lang: str,
    rng: random.Random,
    short: bool,
    pos_style: int,
) -> None:
    """A noon report: name, position, catch by species, area."""
    track.step(rng)
    if rng.random() < 0.7:
        page.add(v.name, "VESSEL_NAME")
    else:
        page.put(rng.choice(("FV ", "F/V ", "")), (v.name, "VESSEL_NAME"))
    if v.ircs and rng.random() < 0.35:
        page.put(" (", (v.ircs, "IRCS"), ")")
    noon = {"en": "noon pos", "es": "pos. mediodía", "mix": "pos"}[lang]
    page.line(f" {noon} {track.position(pos_style)}")
    codes = rng.sample(track.codes, rng.randint(1, len(track.codes)))
    for code in codes:
        tonnes = round(rng.uniform(0.3, 38.0), 1)
        if rng.random() < 0.55:
            page.put((code, "SPECIES_NAME"), f" {tonnes}t")
        else:
            word = species_name(code, "es" if lang == "es" else "en")
            page.put((word.lower() if rng.random() < 0.5 else word, "SPECIES_NAME"), f" {tonnes} t")
        page.add(" / " if not short else ", ")
    hauls = {"en": "hauls", "es": "lances", "mix": "lances"}[lang]
    area_word = {"en": "area", "es": "zona", "mix": "area"}[lang]
    page.line(
        f"{rng.randint(1, 14)} {hauls}, {area_word} ",
        (track.area, "FAO_AREA_CODE"),
        f", SST {rng.randint(9, 29)}°C",
    )


_CHATTER = {
    "en": (
        "ok noted 👍",
        "<Media omitted>",
        "received",
        "weather bad tomorrow, NE 7",
        "👍👍",
        "pls send fuel figures before 1800",
        "This message was deleted",
        "copy",
        "agent says berth free on the 14th",
        "thanks capt",
    ),
    "es": (
        "ok recibido 👍",
        "<Multimedia omitido>",
        "recibido",
        "mañana mal tiempo, NE 7",
        "👍",
        "mandar consumo de gasoil antes de las 18",
        "Se eliminó este mensaje",
        "copiado",
        "agencia confirma muelle libre el 14",
        "gracias capitán",
    ),
}


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choices(("en", "es", "mix"), weights=(4, 2, 2))[0]
    style = rng.choice(("android", "ios", "telegram"))
    fleet = pick_same_owner(vessels, rng, rng.randint(2, 6))
    owner = fleet[0].owner
    start = datetime.combine(some_date(rng, 2022, 2025), datetime.min.time()) + timedelta(
        hours=rng.randint(0, 6)
    )
    chatter = _CHATTER["es" if lang == "es" else "en"]
    senders = list(_vocab.CAPTAIN_NAMES)
    rng.shuffle(senders)
    captains = {v.name: senders[i % len(senders)] for i, v in enumerate(fleet)}
    office = rng.choice(_vocab.OFFICE_NAMES)
    tracks = {v.name: _track(v, rng) for v in fleet}
    pos_style = rng.randint(0, 2)
    pages: list[PageDraft] = []
    moment = start
    for page_index in range(rng.randint(1, 3)):
        page = PageDraft()
        if page_index == 0:
            if style == "telegram":
                page.line("Telegram Desktop - Chat export")
                page.put("Group: ")
            else:
                page.put("WhatsApp Chat with ")
            if owner and rng.random() < 0.6:
                page.put((owner, "ASSOC_NAME"), " FLEET")
            else:
                page.add("FLEET OPS GROUP")
            page.line()
            if style != "telegram":
                page.line(
                    f"{_stamp(moment, style)}Messages and calls are end-to-end encrypted. No one "
                    "outside of this chat can read them."
                )
                page.line(
                    f"{_stamp(moment, style)}{office} added "
                    f"+{rng.choice(('86', '886', '598', '54'))} {digits(rng, 3)} {digits(rng, 4)} "
                    f"{digits(rng, 4)}"
                )
            page.line()
        target = rng.randint(1400, 2500)
        while len(page) < target:
            moment += timedelta(minutes=rng.randint(3, 190), seconds=rng.randint(0, 59))
            roll = rng.random()
            if roll < 0.5:
                v = rng.choice(fleet)
                block = PageDraft()
                _message(block, moment, captains[v.name], style)
                _report(block, v, tracks[v.name], lang, rng, style == "telegram", pos_style)
            elif roll < 0.62:
                v = rng.choice(fleet)
                block = PageDraft()
                _message(block, moment, office, style)
                if v.mmsi and rng.random() < 0.6:
                    text = {"en": "AIS of ", "es": "AIS de ", "mix": "AIS "}[lang]
                    block.put(text, (v.name, "VESSEL_NAME"), " (MMSI ", (v.mmsi, "MMSI"), ") ")
                    block.line(
                        {
                            "en": "not showing since 0300, pls check transponder",
                            "es": "sin señal desde las 03:00, revisar equipo",
                            "mix": "no signal since 0300 revisar",
                        }[lang]
                    )
                elif v.imo:
                    block.put(
                        {
                            "en": "PSC asks for IMO of ",
                            "es": "Puerto pide OMI del ",
                            "mix": "IMO de ",
                        }[lang],
                        (v.name, "VESSEL_NAME"),
                        ": ",
                        (v.imo, "IMO"),
                    )
                    block.line(f" and crew list by {rng.randint(8, 18)}:00")
                else:
                    block.put(
                        {"en": "fuel report ", "es": "informe combustible ", "mix": "fuel "}[lang],
                        (v.name, "VESSEL_NAME"),
                    )
                    block.line(f": ROB {rng.randint(40, 600)} m3, cons {rng.randint(3, 14)} m3/day")
            elif roll < 0.66 and any(v.ircs for v in fleet):
                v = rng.choice([v for v in fleet if v.ircs])
                block = PageDraft()
                _message(block, moment, office, style)
                block.put(
                    {
                        "en": "transhipment request sent for ",
                        "es": "pedido de transbordo enviado para ",
                        "mix": "transbordo request ",
                    }[lang],
                    (v.name, "VESSEL_NAME"),
                    " / ",
                    (v.ircs or "", "IRCS"),
                )
                block.line(
                    f", ref TR-{digits(rng, 5)}, reefer ETA "
                    f"{(moment + timedelta(days=rng.randint(2, 9))):%d/%m}"
                )
            else:
                block = PageDraft()
                sender = rng.choice([office, *captains.values()])
                _message(block, moment, sender, style)
                block.line(rng.choice(chatter))
            if style == "telegram":
                block.add("\n")
            if len(page) + len(block) > 2950:
                break
            page.extend(block)
        pages.append(page)
    return pages
