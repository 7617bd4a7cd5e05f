"""A telecom regulator's letter allocating a call sign and MMSI to a fishing vessel, with the
vessel's earlier allocations.

en (national regulators), es (Panama/Spain style), fr (ANFR style); the identities as a dotted
list or a small table, earlier allocations as a table or prose. Hard negatives: file references,
DSC selective-call numbers, accounting authority codes, EPIRB hex ids, Inmarsat mobile numbers
(nine digits, some starting like an MMSI), dates of allocation, telephone numbers.
"""

from __future__ import annotations

import random
from typing import Any

from oceanid_dev.demo.vessels import Vessel

from . import _common as c
from . import _vocab
from ._page import PageDraft

LAYOUT = "callsign_mmsi_allocation_letter"

_REGULATOR = {
    "CHN": "MARITIME SAFETY ADMINISTRATION — COMMUNICATIONS AND NAVIGATION DIVISION",
    "TWN": "NATIONAL COMMUNICATIONS COMMISSION — MARITIME RADIO SECTION",
    "JPN": "MINISTRY OF INTERNAL AFFAIRS AND COMMUNICATIONS — TOHOKU BUREAU OF TELECOMMUNICATIONS",
    "KOR": "KOREA COMMUNICATIONS AGENCY — SHIP STATION LICENSING",
    "RUS": "FEDERAL AGENCY FOR COMMUNICATIONS — MARITIME MOBILE IDENTITIES",
}
_K: dict[str, dict[str, Any]] = {
    "en": dict(
        ref="Our ref.",
        date="Date",
        subj="ALLOCATION OF MARITIME IDENTITIES — F/V ",
        dear="Dear Sir or Madam,",
        body=(
            "Further to your application, the Authority confirms that the following "
            "identities have been allocated to the fishing vessel ",
            ", registered under official number ",
            " at the port of ",
            ".",
        ),
        reflag=(" The vessel was previously registered in ", " under the name ", "."),
        ircs="Call sign",
        mmsi="MMSI",
        dsc="DSC selective call No.",
        aaic="Accounting authority",
        epirb="EPIRB 406 MHz hex ID",
        imn="Inmarsat-C mobile No.",
        lic="Ship station licence",
        valid="valid from {a} to {b}",
        auth="Ship Station Licence",
        prev="Earlier allocations to this vessel:",
        cols=("Identity", "Value", "From", "To"),
        withdraw="The identities above are withdrawn and must no longer be transmitted. Please "
        "have the AIS, DSC VHF and MF/HF equipment and the EPIRB reprogrammed within 30 days and "
        "return the enclosed confirmation form.",
        sign="Yours faithfully,",
        office="Spectrum Licensing Section",
        notes=(
            "This allocation is made under the Radio Regulations (Article 19) and the "
            "national frequency plan. It does not constitute a fishing authorisation.",
            "Any change of name, owner or flag must be notified to the Authority within 14 "
            "days. Identities are not transferable to another vessel.",
            "Licence fees are payable annually; an invoice will follow separately.",
            "The MMSI must be entered in the AIS, the DSC controller and the 406 MHz EPIRB "
            "before the vessel next sails; a radio survey will verify the programming.",
            "Please keep this letter with the ship station licence on board; it may be "
            "requested by port State control or fisheries inspectors.",
        ),
    ),
    "es": dict(
        ref="Ref.",
        date="Fecha",
        subj="ASIGNACIÓN DE DISTINTIVO DE LLAMADA Y MMSI — B/P ",
        dear="Señores:",
        body=(
            "En atención a su solicitud, se comunica que se han asignado al buque pesquero ",
            ", inscrito con la matrícula ",
            " en el puerto de ",
            " los siguientes identificadores:",
        ),
        reflag=(" El buque estuvo anteriormente abanderado en ", " con el nombre ", "."),
        ircs="Distintivo de llamada",
        mmsi="MMSI",
        dsc="Número de llamada selectiva (LSD)",
        aaic="Autoridad de contabilidad",
        epirb="Radiobaliza 406 MHz (hex)",
        imn="Número Inmarsat-C",
        lic="Licencia de estación de barco",
        valid="válida del {a} al {b}",
        auth="Licencia de estación de barco",
        prev="Asignaciones anteriores:",
        cols=("Identificador", "Valor", "Desde", "Hasta"),
        withdraw="Los identificadores anteriores quedan anulados. Deberá reprogramarse el AIS, "
        "el equipo LSD y la radiobaliza en el plazo de 30 días.",
        sign="Atentamente,",
        office="Departamento de Radiocomunicaciones",
        notes=(
            "La presente asignación no constituye autorización de pesca.",
            "Todo cambio de nombre, armador o pabellón deberá comunicarse en un plazo de 15 "
            "días. Los identificadores no son transferibles.",
            "El MMSI deberá introducirse en el AIS, el controlador LSD y la radiobaliza antes "
            "de la próxima salida del buque.",
            "Conserve esta comunicación a bordo junto con la licencia de estación de barco.",
        ),
    ),
    "fr": dict(
        ref="Réf.",
        date="Date",
        subj="ATTRIBUTION DES IDENTIFIANTS MARITIMES — N/P ",
        dear="Madame, Monsieur,",
        body=(
            "Suite à votre demande, nous vous informons que les identifiants suivants ont été "
            "attribués au navire de pêche ",
            ", immatriculé sous le numéro ",
            " au port de ",
            " :",
        ),
        reflag=(" Le navire était auparavant immatriculé en/au ", " sous le nom de ", "."),
        ircs="Indicatif d'appel",
        mmsi="MMSI",
        dsc="Numéro d'appel sélectif (ASN)",
        aaic="Autorité comptable",
        epirb="Balise 406 MHz (hex)",
        imn="Numéro Inmarsat-C",
        lic="Licence de station de navire",
        valid="valable du {a} au {b}",
        auth="Licence de station de navire",
        prev="Attributions antérieures :",
        cols=("Identifiant", "Valeur", "Du", "Au"),
        withdraw="Les identifiants ci-dessus sont retirés et ne doivent plus être émis. Les "
        "équipements AIS, ASN et la balise doivent être reprogrammés sous 30 jours.",
        sign="Veuillez agréer, Madame, Monsieur, nos salutations distinguées.",
        office="Département des identifiants maritimes",
        notes=(
            "La présente attribution ne vaut pas autorisation de pêche.",
            "Tout changement de nom, d'armateur ou de pavillon doit être déclaré sous 15 jours.",
            "Le MMSI doit être programmé dans l'AIS, le contrôleur ASN et la balise avant le "
            "prochain appareillage du navire.",
            "Ce courrier doit être conservé à bord avec la licence de station de navire.",
        ),
    ),
}


_FORM = {
    "en": "CONFIRMATION OF REPROGRAMMING (return within 30 days)\nVessel name: ____________  "
    "MMSI programmed: ____________\nAIS / DSC / EPIRB checked by: ____________  Date: ________\n"
    "Signature of master or owner: ______________________",
    "es": "CONFIRMACIÓN DE REPROGRAMACIÓN (devolver en 30 días)\nNombre del buque: ____________  "
    "MMSI programado: ____________\nComprobado por: ____________  Fecha: ________\n"
    "Firma del capitán o armador: ______________________",
    "fr": "CONFIRMATION DE REPROGRAMMATION (à retourner sous 30 jours)\nNom du navire : "
    "____________  MMSI programmé : ____________\nVérifié par : ____________  Date : ________\n"
    "Signature du capitaine ou de l'armateur : ______________________",
}


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choice(("en", "en", "es", "fr"))
    flags = {"es": _vocab.SPANISH_FLAGS, "fr": _vocab.FRENCH_FLAGS}.get(lang)
    if flags is not None and not any(c.facts(v).flag in flags for v in vessels):
        lang = "en"
    candidates = [v for v in vessels if c.facts(v).ircs or c.facts(v).mmsi]
    pool = candidates or vessels
    (f,) = c.pick_flagged(pool, rng, flags, 1) if flags else c.pick(pool, rng, 1)
    k = _K[lang]
    ph = c.placeholder(rng, lang)
    issued = c.recent(rng)
    regulator = {
        "es": "AUTORIDAD MARÍTIMA — DIRECCIÓN GENERAL DE MARINA MERCANTE",
        "fr": "AGENCE NATIONALE DES FRÉQUENCES — SERVICE DES IDENTIFIANTS MARITIMES",
    }.get(lang) or _REGULATOR.get(f.flag or "", "TELECOMMUNICATIONS REGULATORY AUTHORITY")

    page = PageDraft()
    page.add(f"{regulator}\nTel. {c.phone(rng)}   maritime.ids@regulator.example\n\n")
    page.add(f"{k['ref']} {c.reference(rng, rng.choice(('SSL', 'MID', 'RAD')))}")
    page.add(f"          {k['date']}: {c.fmt_date(issued, lang, rng.choice((0, 1, 2)))}\n\n")
    owner = c.owner_name(rng, f)
    page.add(owner, "ASSOC_NAME")
    page.nl()
    c.write_address(page, c.address(rng, f.flag), lang, rng)
    page.add("\n\n" + str(k["subj"]))
    page.add(f.name, "VESSEL_NAME")
    page.add(f"\n\n{k['dear']}\n\n")
    body = k["body"]
    segs: list[tuple[str, str | None]] = [(body[0], None), (f.name, "VESSEL_NAME")]
    if f.imo:
        segs += [(" (IMO ", None), (f.imo, "IMO"), (")", None)]
    segs += [(body[1], None), (c.national_reg(rng, f), "NATIONAL_REG_NO")]
    if f.port:
        segs += [(body[2], None), (f.port.title(), "HOME_PORT")]
    segs += [(body[3], None)]
    reflagged = rng.random() < 0.3
    old_flag = rng.choice([x for x in _vocab.REFLAG_FLAGS if x != f.flag]) if reflagged else None
    if reflagged and old_flag:
        old_name = (
            f.former_name or f"{rng.choice(_vocab.COMPANY_WORDS).upper()} {rng.randint(1, 9)}"
        )
        reflag = k["reflag"]
        segs += [
            (reflag[0], None),
            (c.country(old_flag, lang) or old_flag, "FLAG_CHANGE"),
            (reflag[1], None),
            (old_name, "NAME_CHANGE"),
            (reflag[2], None),
        ]
    page.wrap(segs)
    page.nl(2)

    width = 34
    lic_from = issued
    lic_to = c.add_years(issued, rng.choice((1, 5, 10)))
    rows: list[tuple[str, str | None, str | None]] = [
        (str(k["ircs"]), f.ircs, "IRCS"),
        (str(k["mmsi"]), f.mmsi, "MMSI"),
        (str(k["dsc"]), f"{rng.randint(10000, 99999)}", None),
        (str(k["aaic"]), f"{(f.flag or 'XX')[:2]}{rng.randint(1, 20):02d}", None),
    ]
    if rng.random() < 0.7:
        rows.append(
            (str(k["epirb"]), "".join(rng.choice("0123456789ABCDEF") for _ in range(15)), None)
        )
    if rng.random() < 0.6:
        rows.append(
            (
                str(k["imn"]),
                f"4{rng.choice(('12', '16', '31', '41'))}{rng.randint(0, 999999):06d}",
                None,
            )
        )
    for key, value, label in rows:
        page.add("  " + key + " " + "." * max(2, width - len(key)) + " ")
        page.opt(value, label, ph)
        page.nl()
    page.add("  " + str(k["lic"]) + " " + "." * max(2, width - len(str(k["lic"]))) + " ")
    page.add(f"{rng.choice(('SSL', 'LEB', 'LSB'))}-{rng.randint(10000, 999999)}", "LICENSE_NO")
    page.add(" (")
    valid = str(k["valid"])
    a_at, b_at = valid.index("{a}"), valid.index("{b}")
    page.add(valid[:a_at])
    page.add(c.fmt_date(lic_from, lang, 1), "START_DATE")
    page.add(valid[a_at + 3 : b_at])
    page.add(c.fmt_date(lic_to, lang, 1), "END_DATE")
    page.add(")\n\n")

    old_call = c.former_call_sign(rng, old_flag or f.flag, f.ircs)
    old_mmsi = c.former_mmsi(rng, old_flag or f.flag, f.mmsi)
    second = page if rng.random() < 0.6 else PageDraft()
    if second is not page:
        second.add(f"{k['ref']} (2)   ")
        second.add(f.name, "VESSEL_NAME")
        second.add("\n\n")
    second.add(str(k["prev"]) + "\n")
    cols = k["cols"]
    start = c.add_years(issued, -(rng.randint(3, 15)))
    for col, w in zip(cols, (24, 14, 14, 14), strict=True):
        second.cell(col, w)
    second.nl()
    for key, value in ((k["ircs"], old_call), (k["mmsi"], old_mmsi)):
        if not value:
            continue
        second.cell(str(key), 24)
        second.cell(value, 14, "ID_CHANGE")
        second.cell(c.fmt_date(start, lang, 1), 14)
        second.add(c.fmt_date(issued, lang, 1) + "\n")
    if not (old_call or old_mmsi):
        second.add(c.placeholder(rng, lang) + "\n")
    second.nl()
    second.wrap([(str(k["withdraw"]), None)])
    second.add(f"\n\n{k['sign']}\n\n{rng.choice(_vocab.OFFICERS)}\n{k['office']}\n")
    c.pad(page, rng, list(k["notes"]))
    if second is page:
        return [page]
    second.add("\n" + "-" * 60 + "\n" + _FORM[lang] + "\n")
    c.pad(second, rng, list(k["notes"]))
    return [page, second]
