"""A messaging-app chat exported to text between a port agent, the master and the owner's
office. Sender names, phone numbers, timestamps and ETAs are not labelled; the vessel's
identifiers, home port, owner and forwarded licence details are."""

from __future__ import annotations

import datetime as dt
import random

from oceanid_dev.demo.vessels import Vessel

from . import _common as c
from . import _vocab as v
from ._ids import pick
from ._page import PageBuilder, PageDraft, Piece

LAYOUT = "chat_export"


class _Chat:
    """Message lines in one export format, with a clock that moves forward."""

    def __init__(self, rng: random.Random, b: PageBuilder, start: dt.datetime, fmt: int) -> None:
        self.rng, self.b, self.now, self.fmt = rng, b, start, fmt

    def say(self, sender: str, *pieces: Piece) -> None:
        self.now += dt.timedelta(minutes=self.rng.randint(1, 190), seconds=self.rng.randint(0, 59))
        t = self.now
        if self.fmt == 0:
            stamp = f"[{t:%d/%m/%Y}, {t:%H:%M:%S}] {sender}: "
        elif self.fmt == 1:
            stamp = f"{t:%d/%m/%Y}, {t:%H:%M} - {sender}: "
        else:
            stamp = f"{t:%Y-%m-%d %H:%M}  <{sender}>  "
        self.b.line(stamp, *pieces)


_LANG = {
    "Montevideo": "es",
    "Callao": "es",
    "Mar del Plata": "es",
    "Punta Arenas": "es",
    "Las Palmas": "es",
    "Dakar": "fr",
    "Abidjan": "fr",
    "Papeete": "fr",
    "Port Louis": "fr",
}
_HELLO = {
    "en": (
        "Good morning Capt, {a} from {g}, your agent at {p}.",
        "Hi Captain, {a} here ({g}), we are your agents in {p}.",
    ),
    "es": (
        "Buenos días capitán, le escribe {a} de {g}, su agente en {p}.",
        "Hola capitán, soy {a} ({g}), agentes en {p}.",
    ),
    "fr": (
        "Bonjour commandant, {a} de {g}, votre agent à {p}.",
        "Bonjour capitaine, ici {a} ({g}), agence à {p}.",
    ),
}
_ASK = {
    "en": "Pls send call sign, MMSI and IMO for the pre-arrival notification (",
    "es": "Favor enviar indicativo, MMSI e IMO para el aviso de arribo (",
    "fr": "Merci d'envoyer indicatif, MMSI et OMI pour la notification préalable (",
}
_HOME = {
    "en": "Also port of registry pls, the form asks for it",
    "es": "Capitán, Prefectura pide también el certificado de matrícula. ¿Puerto de matrícula?",
    "fr": "Commandant, la capitainerie demande aussi l'acte de nationalité. Port d'attache ?",
}
_THANKS = {
    "en": ("Thanks capt, see you tomorrow", "Noted with thanks", "ok all clear, thx"),
    "es": ("Gracias capitán, buen viaje!", "Perfecto, gracias.", "Recibido, gracias"),
    "fr": ("Merci, à demain.", "Parfait, merci.", "Bien reçu, merci"),
}


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    p = pick(vessels, rng)
    port, locode = rng.choice(v.PORTS)
    lang = _LANG.get(port, "en") if rng.random() < 0.8 else "en"
    agent, agency, office = rng.choice(v.AGENTS), rng.choice(v.AGENCIES), rng.choice(v.OFFICE)
    master = c.master(p, rng)
    phone = f"+{rng.randint(60, 99)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
    phone += f" {rng.randint(1000, 9999)}"
    captain = rng.choice((f"Capt {master.split()[0].title()}", phone, "Bridge"))
    start = dt.datetime.combine(c.some_day(rng), dt.time(6, rng.randint(0, 59)))
    b = PageBuilder()
    title = rng.choice(("WhatsApp Chat with ", "Chat export: ", "Group: "))
    b.line(title, (p.name, "VESSEL_NAME"), f" / {agency}")
    b.line(
        "Messages and calls are end-to-end encrypted. No one outside of this chat can read them."
    )
    chat = _Chat(rng, b, start, rng.randint(0, 2))
    chat.say(agent, rng.choice(_HELLO[lang]).format(a=agent.split()[0], g=agency, p=port))
    eta = (
        f"{c.later(start.date(), rng, 1, 5):%d/%m} {rng.choice(('0600', '1400', '1800', '2200'))}LT"
    )
    chat.say(
        captain,
        rng.choice(("Morning. ", "Good day. ", "")),
        (p.name, "VESSEL_NAME"),
        f" ETA {port} {eta}",
    )
    chat.say(agent, _ASK[lang], (locode, "PORT_ID"), ")")
    pieces: list[Piece] = [
        rng.choice(("Call sign ", "CS ", "callsign: ")),
        c.ident(p.ircs, "IRCS", "not yet"),
    ]
    pieces += [rng.choice((" / MMSI ", ", mmsi ", "\nMMSI ")), c.ident(p.mmsi, "MMSI", "n/a")]
    pieces += [" / IMO", rng.choice(("", " ")), (p.imo, "IMO")] if p.imo else [" / no IMO number"]
    chat.say(captain, *pieces)
    if p.flag:
        chat.say(
            agent,
            "Flag ",
            rng.choice(("state ", "")),
            "pls? form says ",
            (c.country(p.flag, "en"), "FLAG"),
        )
        chat.say(captain, rng.choice(("Yes correct", "yes", "Correct")))
    chat.say(
        office,
        rng.choice(
            (
                "<Media omitted>",
                "IMG-20240311-WA0007.jpg (file attached)",
                "document.pdf (file attached)",
            )
        ),
    )
    ours = c.owner(p, rng)
    role = rng.choice(("owners", "operator", "owner"))
    chat.say(
        office,
        "Dear all, office here. Please invoice ",
        (ours.name, "ASSOC_NAME"),
        " (",
        (role, "ASSOC_ROLE"),
        ") directly, not the vessel.",
    )
    chat.say(agent, f"Noted. Draft PDA USD {rng.randint(8, 30) * 100} sent by mail, pls check.")
    lat, lon = rng.randint(2, 55), rng.randint(5, 175)
    where = f"{lat}-{rng.randint(0, 59):02d}{rng.choice('NS')} {lon:03d}-{rng.randint(0, 59):02d}"
    speed = f"{rng.randint(8, 12)}.{rng.randint(0, 9)} kn"
    chat.say(captain, f"Noon pos {where}{rng.choice('EW')}, {speed}, ETA unchanged")
    first = b.draft()
    b = PageBuilder()
    chat.b = b
    chat.say(
        office,
        rng.choice(
            ("Forwarded licence details for the authorities:", "Fwd: licence copy as requested")
        ),
    )
    day = c.later(start.date(), rng, -200, -20)
    style = c.date_style(rng)
    licence = f"{rng.choice(('LIC', 'AUT', 'PF'))}-{day.year}-{rng.randint(100, 9999):04d}"
    kind = rng.choice(
        ("Fishing licence", "High seas fishing authorisation", "Transshipment authorisation")
    )
    b.line("  > ", (kind, "AUTH_TYPE"))
    b.line("  > ", rng.choice(("Licence no. ", "No.: ", "Number ")), (licence, "LICENSE_NO"))
    b.line(
        "  > Valid ",
        (c.date_text(day, style), "START_DATE"),
        " to ",
        (c.date_text(c.later(day, rng, 180, 365), style), "END_DATE"),
    )
    area, target = rng.choice(
        (("41", "SQA"), ("87", "GIS"), ("57", "BET"), ("51", "YFT"), ("71", "SKJ"), ("34", "SWO"))
    )
    b.line("  > Area: FAO ", (area, "FAO_AREA_CODE"), ", target ", (target, "SPECIES_NAME"))
    chat.say(agent, _HOME[lang])
    home = c.home_port(p, rng)
    if home:
        state = c.country(p.flag, "en")
        if state and rng.random() < 0.5:
            chat.say(captain, (home, "HOME_PORT"), ", ", (state, "HOME_PORT_STATE"))
        else:
            chat.say(captain, (home, "HOME_PORT"))
    else:
        chat.say(captain, "will check with office")
    chat.say(agent, rng.choice(_THANKS[lang]))
    pilot = rng.choice(("0530", "0600", "0715"))
    chat.say(agent, f"Pilot boarding {pilot}LT, berth {rng.randint(1, 12)} confirmed.")
    if p.former_name:
        chat.say(
            office,
            "FYI port system still shows old name ",
            (p.former_name, "NAME_CHANGE"),
            ", we asked them to update",
        )
    water = rng.randint(3, 12) * 10
    chat.say(
        captain, f"ok. crew {rng.randint(14, 38)} pax, no sick. need FW {water} t and provisions"
    )
    if rng.random() < 0.6:
        chat.say(agent, "Water ok. Provisions list pls. Customs boarding 1 hr after all fast.")
    if rng.random() < 0.5:
        chat.say(agent, "Bunkers? supplier can deliver MGO alongside, min 20 m3")
        chat.say(captain, f"no bunkers this call. ROB MGO {rng.randint(80, 400)} m3")
    change = f"{rng.randint(1, 4)} off / {rng.randint(1, 4)} on"
    chat.say(office, f"Crew change: {change}, flights booked, details by mail")
    chat.say(agent, "ok will arrange immigration and transport for crew change")
    chat.say(
        office,
        rng.choice(
            ("Capt, also confirm master name for the crew list", "Pls confirm master's name")
        ),
    )
    chat.say(captain, "Master: ", (master, "ASSOC_NAME"))
    chat.say(agent, rng.choice(_THANKS[lang]))
    chat.say(captain, rng.choice(("\U0001f44d", "ok", "Thanks")))
    return [first, b.draft()]
