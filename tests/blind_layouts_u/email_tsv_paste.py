"""A spreadsheet pasted into a plain-text e-mail body: tab-separated rows under a group row
whose merged header cells were lost (the group name sits in its first cell, the rest empty),
with e-mail headers, a short message, a signature and sometimes a quoted earlier message."""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any

from oceanid_dev.demo.vessels import Vessel

from ._common import (
    country,
    fmt_date,
    pick,
    placeholder,
    rand_date,
    rfmo_id,
)
from ._page import Cell, PageDraft, fill, pack

LAYOUT = "email_tsv_paste"

SENDERS = (
    (
        "en",
        "Grace Liu",
        "Ocean Bridge Agencies Ltd",
        "grace.liu@oceanbridge-agency.com",
        "+852 2815 4470",
        "Licensing Officer, Ministry of Fisheries and Marine Resources Development",
        "licensing@mfmrd.gov.ki",
        "WCPFC",
    ),
    (
        "en",
        "Ravi Pillay",
        "Indian Ocean Fleet Services",
        "ravi@iofs.mu",
        "+230 206 1180",
        "Seychelles Fishing Authority — Licensing",
        "licences@sfa.sc",
        "IOTC",
    ),
    (
        "es",
        "Lucía Otero",
        "Consignaciones Atlántico S.L.",
        "l.otero@consatlantico.es",
        "+34 986 220 415",
        "Dirección de Pesca — Licencias",
        "licencias@pesca.gob.ar",
        "ICCAT",
    ),
    (
        "es",
        "Jorge Valdivia",
        "Agencia Marítima del Sur",
        "jvaldivia@amsur.pe",
        "+51 1 441 2290",
        "PRODUCE — Dirección General de Supervisión",
        "dgsfs@produce.gob.pe",
        "SPRFMO",
    ),
    (
        "fr",
        "Claire Hoarau",
        "Réunion Maritime Consignation",
        "c.hoarau@rmc.re",
        "+262 262 41 77 09",
        "Direction des Pêches Maritimes — Licences",
        "licences@peches.gouv.sn",
        "ICCAT",
    ),
    (
        "fr",
        "Ibrahima Sow",
        "Atlantique Pêche Services",
        "isow@aps.sn",
        "+221 33 849 12 60",
        "Ministère des Pêches — Service des licences",
        "licences@mpem.gouv.mr",
        "ICCAT",
    ),
)
T: dict[str, dict[str, Any]] = {
    "en": {
        "subject": "RE: Fleet list for {Y} licences — updated",
        "hi": "Dear colleagues,",
        "body": (
            "Please find below the updated list of vessels for the {Y} licensing period "
            "(copied from our spreadsheet, sorry for the formatting). The licence fee of USD "
            "{F} per vessel was transferred on {D}, ref. {R}."
        ),
        "after": (
            "Kindly confirm receipt. Originals of the registration certificates follow by courier."
        ),
        "groups": ("VESSEL", "CHARACTERISTICS", "OWNER", "LICENCE", "RFMO"),
        "cols": (
            "No",
            "Name",
            "Flag",
            "IMO",
            "Call sign",
            "MMSI",
            "GT",
            "LOA (m)",
            "Built",
            "Company",
            "Type",
            "Licence no.",
            "Valid from",
            "Valid to",
            "RFMO",
            "RFMO no.",
        ),
        "auth": (
            "Fishing licence",
            "Carrier licence",
            "Transshipment authorisation",
            "Fishing licence (LL)",
        ),
        "regards": "Best regards,",
        "quote": "On {D}, {W} wrote:",
        "quoted": (
            "> Please send the list of vessels with IMO, call sign and licence dates "
            "before the end of the month.\n> Incomplete lists will not be processed."
        ),
    },
    "es": {
        "subject": "RE: Listado de buques licencias {Y} — actualizado",
        "hi": "Estimados/as:",
        "body": (
            "Adjunto a continuación el listado actualizado de buques para el período {Y} "
            "(pegado desde la planilla, disculpen el formato). El canon de USD {F} por buque "
            "se transfirió el {D}, ref. {R}."
        ),
        "after": (
            "Agradeceré confirmar recepción. Los originales de los certificados van por courier."
        ),
        "groups": ("BUQUE", "CARACTERÍSTICAS", "ARMADOR", "LICENCIA", "OROP"),
        "cols": (
            "N°",
            "Nombre",
            "Pabellón",
            "OMI",
            "Señal llamada",
            "MMSI",
            "AB",
            "Eslora (m)",
            "Año",
            "Empresa",
            "Tipo",
            "N° licencia",
            "Desde",
            "Hasta",
            "OROP",
            "N° OROP",
        ),
        "auth": (
            "Licencia de pesca",
            "Permiso de pesca",
            "Autorización de transbordo",
            "Licencia de buque de transporte",
        ),
        "regards": "Saludos cordiales,",
        "quote": "El {D}, {W} escribió:",
        "quoted": (
            "> Favor enviar el listado de buques con OMI, señal de llamada y fechas de "
            "licencia antes de fin de mes.\n> No se tramitarán listados incompletos."
        ),
    },
    "fr": {
        "subject": "RE: Liste des navires licences {Y} — mise à jour",
        "hi": "Bonjour à tous,",
        "body": (
            "Veuillez trouver ci-dessous la liste mise à jour des navires pour la période "
            "{Y} (copiée depuis notre tableur, désolée pour la mise en forme). La redevance "
            "de USD {F} par navire a été virée le {D}, réf. {R}."
        ),
        "after": "Merci d'accuser réception. Les originaux des certificats suivent par courrier.",
        "groups": ("NAVIRE", "CARACTÉRISTIQUES", "ARMATEUR", "LICENCE", "ORGP"),
        "cols": (
            "N°",
            "Nom",
            "Pavillon",
            "OMI",
            "Indicatif",
            "MMSI",
            "JB",
            "LHT (m)",
            "Année",
            "Société",
            "Type",
            "N° licence",
            "Début",
            "Fin",
            "ORGP",
            "N° ORGP",
        ),
        "auth": (
            "Licence de pêche",
            "Autorisation de pêche",
            "Autorisation de transbordement",
            "Licence navire transporteur",
        ),
        "regards": "Cordialement,",
        "quote": "Le {D}, {W} a écrit :",
        "quoted": (
            "> Merci de transmettre la liste des navires avec OMI, indicatif et dates de "
            "licence avant la fin du mois.\n> Les listes incomplètes ne seront pas traitées."
        ),
    },
}
# Column index ranges of each group (into cols).
GROUPS = ((0, 6), (6, 9), (9, 10), (10, 14), (14, 16))


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    lang, who, company, mail, tel, to_name, to_mail, rfmo = rng.choice(SENDERS)
    t = T[lang]
    idents = pick(vessels, rng, rng.randint(5, 16))
    year = rng.randint(2022, 2026)
    style = rng.choice(("dmy", "iso", "dot", "mon"))
    use = [True] * 16
    if rng.random() < 0.5:
        use[5] = False  # MMSI
    if rng.random() < 0.4:
        use[6:9] = [False] * 3
    if rng.random() < 0.5:
        use[9] = False
    if rng.random() < 0.4:
        use[14:16] = [False] * 2
    flag_as_code = rng.random() < 0.5
    licence_stem = rng.choice(("LIC", "FL", "PP", "AUT"))
    auth_types = t["auth"]
    month = rng.choice((1, 1, 4, 7))
    start = rand_date(rng, year, year).replace(month=month, day=1)
    end = start.replace(year=start.year + 1).fromordinal(
        start.replace(year=start.year + 1).toordinal() - 1
    )

    table_rows: list[list[Cell]] = []
    for i, v in enumerate(idents, start=1):
        ph = placeholder(rng, lang) if rng.random() < 0.5 else ""
        flag: Cell = ((v.flag if flag_as_code else country(v.flag, lang)), "FLAG") if v.flag else ph
        cells: list[Cell] = [
            str(i),
            (v.name, "VESSEL_NAME"),
            flag,
            (v.imo, "IMO") if v.imo else ph,
            (v.ircs, "IRCS") if v.ircs else ph,
            (v.mmsi, "MMSI") if v.mmsi else ph,
            (v.gt, "METRIC_VALUE") if v.gt else "",
            (v.loa, "METRIC_VALUE") if v.loa else "",
            (v.year, "BUILD_YEAR") if v.year else "",
            (v.owner, "ASSOC_NAME") if v.owner else "",
            (rng.choice(auth_types), "AUTH_TYPE"),
            (f"{licence_stem}-{year}-{rng.randint(1, 999):03d}", "LICENSE_NO"),
            (fmt_date(start, style, lang), "START_DATE"),
            (fmt_date(end, style, lang), "END_DATE"),
            (rfmo, "RFMO_CODE"),
            (rfmo_id(rng, rfmo, v.flag), "RFMO_ID"),
        ]
        if rng.random() < 0.12:  # licence still pending: dates left blank
            cells[11:14] = [
                "pending" if lang == "en" else "en trámite" if lang == "es" else "en cours",
                "",
                "",
            ]
        table_rows.append([c for c, keep in zip(cells, use, strict=True) if keep])

    group_row: list[str] = []
    for g, (a, b) in enumerate(GROUPS):
        kept = [i for i in range(a, b) if use[i]]
        group_row += [t["groups"][g] if n == 0 else "" for n, _ in enumerate(kept)]
    header = [c for c, keep in zip(t["cols"], use, strict=True) if keep]

    sent = rand_date(rng, year - 1, year - 1).replace(
        month=rng.randint(9, 12), day=rng.randint(1, 28)
    )
    fee = f"{rng.choice((4, 6, 8, 12, 15))},{rng.choice(('000', '500'))}"
    ref = f"TT{rng.randint(10**8, 10**9 - 1)}"
    body = str(t["body"]).format(Y=year, F=fee, D=fmt_date(sent, "dmy"), R=ref)

    rows: list[PageDraft] = []
    for cells in table_rows:
        rows.append(PageDraft().row(cells, sep="\t"))

    def head(number: int, pages: int) -> PageDraft:
        page = PageDraft()
        if number == 1:
            page.line(f"From: {who} <{mail}>")
            page.line(f"To: {to_name} <{to_mail}>")
            page.line(f"Cc: operations@{mail.split('@')[1]}")
            page.line(f"Sent: {fmt_date(sent, 'long', lang)} {rng_clock}")
            page.line("Subject: ", str(t["subject"]).format(Y=year))
            page.line()
            page.line(str(t["hi"]))
            page.line()
            page.line(body)
            page.line()
        else:
            page.line(f"[message continued — {number}/{pages}]")
            page.line()
        page.line("\t".join(group_row).rstrip("\t"))
        page.line("\t".join(header))
        return page

    def foot(number: int, pages: int) -> PageDraft:
        page = PageDraft().line()
        if number == pages:
            page.line(str(t["after"]))
            page.line()
            page.line(str(t["regards"]))
            page.line(who)
            page.line(company)
            page.line(f"T {tel} | M +{rng_mobile} | {mail}")
            if quoted:
                page.line()
                page.line(str(t["quote"]).format(D=fmt_date(asked, "dmy"), W=to_name))
                page.line(str(t["quoted"]))
        return page

    rng_clock = f"{rng.randint(7, 19):02d}:{rng.randint(0, 59):02d}"
    rng_mobile = " ".join(
        [str(rng.randint(30, 99))] + [str(rng.randint(100, 999)) for _ in range(3)]
    )
    quoted = rng.random() < 0.5
    asked = sent.fromordinal(sent.toordinal() - rng.randint(2, 20))
    notes = (
        "CONFIDENTIALITY NOTICE: this e-mail and any attachment are intended for the addressee "
        "only. If you received it in error please delete it and notify the sender.",
        "Please consider the environment before printing this e-mail.",
    )
    drafts = pack(rows, head, foot, budget=2900, max_pages=3)
    return [fill(d, notes) for d in drafts]
