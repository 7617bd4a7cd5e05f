"""A notice of claim e-mail from a broker or owner to hull underwriters / a P&I club."""

from __future__ import annotations

import random
from datetime import timedelta

from oceanid_dev.demo.vessels import Vessel

from . import _common as c
from . import _vocab
from ._page import PageDraft, Piece

LAYOUT = "insurance_claim_email"

_CASUALTIES = {
    "en": (
        (
            "grounding",
            "The vessel touched bottom while leaving the fishing port in reduced "
            "visibility. Divers report indentation to the bottom plating in way of No. 2 fish "
            "hold; no ingress of water and no pollution reported.",
        ),
        (
            "main engine breakdown",
            "While steaming to the fishing grounds the main engine stopped "
            "following a crankcase alarm. The vessel is drifting and a tow has been arranged.",
        ),
        (
            "fire in engine room",
            "A fire broke out in the engine room and was extinguished by the "
            "crew using the fixed CO2 system. Two crew members treated for smoke inhalation.",
        ),
        (
            "collision",
            "The vessel was in collision with a bulk carrier at anchor. Damage to the "
            "bow and the forecastle; the other vessel's interests have been notified.",
        ),
        (
            "propeller fouling",
            "The propeller fouled a drifting net and the stern tube seal was "
            "damaged. Temporary repairs by divers are under way.",
        ),
    ),
    "es": (
        (
            "varada",
            "El buque tocó fondo a la salida del puerto pesquero con visibilidad reducida. "
            "Los buzos informan abolladura en el fondo a la altura de la bodega nº 2, sin vía de "
            "agua.",
        ),
        (
            "avería de motor principal",
            "Navegando hacia el caladero el motor principal se detuvo "
            "tras una alarma de cárter. Se ha contratado un remolque.",
        ),
        (
            "incendio en sala de máquinas",
            "Se declaró un incendio en la sala de máquinas, extinguido "
            "por la tripulación con el sistema fijo de CO2.",
        ),
    ),
}
_CLOSINGS = {
    "en": (
        "We should be grateful if you would acknowledge receipt of this notice and confirm "
        "whether you wish to appoint your own surveyor. Owners reserve all rights under the "
        "policy, including sue and labour.",
        "This notice is given without prejudice and within the time limits of the policy. "
        "Further details and documents (master's statement, log extracts, photographs) will "
        "follow as soon as they are available.",
        "CONFIDENTIALITY: this e-mail and any attachment are confidential and intended only "
        "for the addressee. If you received it in error please delete it and tell the sender.",
    ),
    "es": (
        "Les agradeceremos acusen recibo de este aviso y nos indiquen si desean nombrar su "
        "propio perito. Los armadores se reservan todos los derechos bajo la póliza.",
        "Este aviso se cursa sin perjuicio y dentro de los plazos de la póliza. Les remitiremos "
        "la declaración del capitán, extractos del diario y fotografías en cuanto dispongamos.",
        "CONFIDENCIAL: este correo y sus anexos son confidenciales. Si lo ha recibido por error, "
        "bórrelo y avise al remitente.",
    ),
}


def _position(rng: random.Random) -> str:
    return (
        f"{rng.randint(0, 45):02d}°{rng.uniform(0, 59.9):04.1f}'{rng.choice('NS')} "
        f"{rng.randint(0, 179):03d}°{rng.uniform(0, 59.9):04.1f}'{rng.choice('EW')}"
    )


def _particulars(page: PageDraft, f: c.Facts, rng: random.Random, lang: str) -> None:
    en = lang == "en"
    rows: list[list[Piece]] = [
        ["Vessel: " if en else "Buque: ", (f.name, "VESSEL_NAME")],
    ]
    if f.former and rng.random() < 0.7:
        rows[0] += [" (ex ", (f.former, "NAME_CHANGE"), ")"]
    rows.append(
        ["IMO No: " if en else "Nº OMI: ", (f.imo, "IMO") if f.imo else c.placeholder(rng, lang)]
    )
    if f.ircs:
        rows.append(["Call sign: " if en else "Distintivo: ", (f.ircs, "IRCS")])
    if f.mmsi and rng.random() < 0.6:
        rows.append(["MMSI: ", (f.mmsi, "MMSI")])
    if f.flag:
        rows.append(["Flag: " if en else "Bandera: ", (c.country(f.flag, lang, rng) or "", "FLAG")])
    if f.port:
        port = f.port_full if rng.random() < 0.4 else f.port
        row_port: list[Piece] = [
            "Port of registry: " if en else "Puerto de matrícula: ",
            (port or "", "HOME_PORT"),
        ]
        if f.flag and port == f.port and rng.random() < 0.5:
            row_port += [", ", (c.country(f.flag, lang) or f.flag, "HOME_PORT_STATE")]
        rows.append(row_port)
    if rng.random() < 0.5:
        society = rng.choice(["NK", "KR", "CCS", "BV", "RS", "LR", "DNV"])
        rows.append(
            [
                "Class: " if en else "Sociedad de clasificación: ",
                f"{society}, {'Class No.' if en else 'nº'} ",
                (c.digits(rng, rng.choice([6, 7, 8])), "OTHER_EXT_ID"),
            ]
        )
    if f.gt:
        rows.append(
            [
                ("GT" if rng.random() < 0.5 else "Gross tonnage", "METRIC_TYPE"),
                ": ",
                (f.gt, "METRIC_VALUE"),
            ]
        )
    if f.loa:
        rows.append(
            [
                ("LOA", "METRIC_TYPE"),
                ": ",
                (c.metric(f.loa, lang) or "", "METRIC_VALUE"),
                " ",
                ("m", "METRIC_UNIT"),
            ]
        )
    if f.year:
        yard, country = c.builder(rng, f.flag)
        row: list[Piece] = ["Built: " if en else "Construido: ", (f.year, "BUILD_YEAR")]
        if rng.random() < 0.6:
            row += [
                ", ",
                (yard, "BUILDER_LOCATION"),
                " (",
                (c.country(country, lang) or "", "BUILD_COUNTRY"),
                ")",
            ]
        rows.append(row)
    for row in rows:
        page.line("  ", *row)


def _owners(page: PageDraft, f: c.Facts, rng: random.Random, lang: str) -> None:
    if not f.owner:
        return
    role = (
        rng.choice(["Registered owners", "Owners", "Assured", "Owners/Managers"])
        if lang == "en"
        else rng.choice(["Armador", "Asegurado", "Propietario"])
    )
    street, city, state, iso3 = c.address(rng, f)
    page.line("  ", (role, "ASSOC_ROLE"), ": ", (f.owner, "ASSOC_NAME"))
    page.add("  ", (street, "ADDRESS"), ", ", (city, "CITY"))
    if state:
        page.add(", ", (state, "STATE"))
    page.line(", ", (c.country(iso3, lang) or iso3, "COUNTRY_CODE"))
    if rng.random() < 0.5:
        key = "Company reg. no.: " if lang == "en" else "CIF / registro mercantil: "
        page.line("  ", key, (c.company_reg(rng, iso3), "REG_NO"))


def _email(page: PageDraft, f: c.Facts, rng: random.Random, lang: str, ref: str) -> None:
    en = lang == "en"
    day = c.a_date(rng, 2025, 2026)
    kind, story = rng.choice(_CASUALTIES[lang])
    broker = rng.choice(["marsh-marine.example", "oceanbrokers.example", "corredores-mar.example"])
    insurer = rng.choice(_vocab.INSURERS)
    policy = f"{rng.choice(['HM', 'PI', 'FV'])}-{day.year}-{c.digits(rng, 7)}"
    keys = (
        ("From", "To", "Cc", "Sent", "Subject")
        if en
        else ("De", "Para", "CC", "Enviado el", "Asunto")
    )
    page.line(f"{keys[0]}: Claims Desk <claims@{broker}>")
    page.line(f"{keys[1]}: {insurer} <hullclaims@{insurer.split()[0].lower()}.example>")
    page.line(f"{keys[2]}: {rng.choice(_vocab.PEOPLE)}; ops@{broker}")
    page.line(
        f"{keys[3]}: {c.fmt_date(day + timedelta(days=1), 'long', lang)} {rng.randint(7, 18)}:"
        f"{rng.randint(0, 59):02d}"
    )
    subject = "NOTICE OF CLAIM" if en else "AVISO DE SINIESTRO"
    page.line(
        f"{keys[4]}: {subject} \u2013 ",
        (f.name, "VESSEL_NAME"),
        f" \u2013 {kind} \u2013 {c.fmt_date(day, 'dmy')} \u2013 "
        f"{'Our ref' if en else 'N/ref'}: {ref}",
    )
    page.line("")
    page.line("Dear Sirs," if en else "Estimados señores:")
    page.line("")
    if en:
        first, last = day.replace(month=1, day=1), day.replace(month=12, day=31)
        page.line(
            f"Policy: Hull & Machinery No. {policy}, period {c.fmt_date(first, 'dmy')} \u2013 "
            f"{c.fmt_date(last, 'dmy')}; "
            f"sum insured USD {rng.randint(8, 90) * 50_000:,}; deductible USD "
            f"{rng.choice([25_000, 50_000, 75_000]):,}."
        )
        page.line("We hereby give notice of a casualty to the following vessel:")
    else:
        page.line(
            f"Póliza de Casco y Máquinas nº {policy}; capital asegurado EUR "
            f"{rng.randint(8, 90) * 50_000:,}".replace(",", ".")
        )
        page.line("Por la presente les comunicamos el siguiente siniestro:")
    _particulars(page, f, rng, lang)
    _owners(page, f, rng, lang)
    page.line("")
    at = "at" if en else "a las"
    when = f"{c.fmt_date(day, 'dmy')} {at} {rng.randint(0, 23):02d}{rng.randint(0, 59):02d} UTC"
    page.line(("Date/time of casualty: " if en else "Fecha/hora: ") + when)
    page.line(("Position: " if en else "Posición: ") + _position(rng))
    page.line(story)
    page.line("")
    page.line(rng.choice(_CLOSINGS[lang]))
    page.line("")
    page.line(
        f"{rng.choice(_vocab.PEOPLE)}\nClaims Executive | T {c.phone(rng)} | M {c.phone(rng)}"
    )


def _imo_note(imo: str) -> list[Piece]:
    return [" (IMO ", (imo, "IMO"), ")"]


def _master_report(page: PageDraft, f: c.Facts, rng: random.Random, lang: str) -> None:
    en = lang == "en"
    page.line("-----Original Message-----")
    page.line(f"From: Master {f.name} <master.{rng.randint(100, 999)}@vsat-mail.example>")
    page.line(
        f"Subject: {'URGENT' if en else 'URGENTE'} \u2013 ",
        (f.name, "VESSEL_NAME"),
        " \u2013 " + ("casualty report" if en else "informe de avería"),
    )
    page.line("")
    ids: list[Piece] = []
    if f.ircs:
        ids += [" / ", (f.ircs, "IRCS")]
    if f.mmsi:
        ids += [" / MMSI ", (f.mmsi, "MMSI")]
    page.line("F/V ", (f.name, "VESSEL_NAME"), *ids)
    noon = _position(rng)
    lines = (
        [
            f"Noon position {noon}, course {rng.randint(0, 359):03d}, "
            f"speed {rng.randint(0, 11)} kn.",
            f"ROB fuel {rng.randint(20, 400)} m3, fresh water {rng.randint(10, 90)} t, "
            f"frozen catch {rng.randint(5, 600)} t in holds.",
            f"Crew {rng.randint(12, 35)} all well. Sat phone {c.phone(rng, '+870')}.",
            "Will send photos when connection allows. Awaiting owners' instructions.",
            "Master",
        ]
        if en
        else [
            f"Posición a mediodía {noon}, rumbo {rng.randint(0, 359):03d}.",
            f"Combustible a bordo {rng.randint(20, 400)} m3, "
            f"captura congelada {rng.randint(5, 600)} t.",
            f"Tripulación {rng.randint(12, 35)} sin novedad. "
            f"Tel. satelital {c.phone(rng, '+870')}.",
            "Enviaré fotografías cuando haya conexión. Quedo a la espera de instrucciones.",
            "El Capitán",
        ]
    )
    for line in lines:
        page.line(line)


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = "es" if rng.random() < 0.25 else "en"
    (f,) = c.pick(vessels, rng, 1)
    ref = f"CLM/{rng.randint(24, 26)}/{c.digits(rng, 5)}"
    first = PageDraft()
    _email(first, f, rng, lang, ref)
    c.pad(first, rng, list(_CLOSINGS[lang]), 900)
    pages = [first]
    if rng.random() < 0.6:
        second = PageDraft()
        _master_report(second, f, rng, lang)
        second.line("")
        others = [g for g in c.pick(vessels, rng, 2) if g.vessel is not f.vessel][:1]
        for g in others:
            word = "Assisting vessel" if lang == "en" else "Buque asistente"
            second.line(
                f"{word}: ",
                (g.name, "VESSEL_NAME"),
                *(_imo_note(g.imo) if g.imo else []),
            )
        c.pad(
            second,
            rng,
            [
                *list(_CLOSINGS[lang]),
                f"Ref. {ref} \u2013 page 2 \u2013 printed from the claims system on "
                f"{c.fmt_date(c.a_date(rng), 'iso')}; document ID {c.digits(rng, 9)}.",
                f"Attachments: master_statement.pdf ({rng.randint(80, 900)} kB); "
                f"photos_{rng.randint(1, 40)}.zip ({rng.randint(2, 30)} MB); "
                f"deck_log_extract.pdf ({rng.randint(80, 900)} kB)",
            ],
            820,
        )
        pages.append(second)
    return pages
