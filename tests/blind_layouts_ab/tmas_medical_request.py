"""A fishing vessel's request for radio medical advice (TMAS), en/fr/es, with a follow-up log."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from oceanid_dev.demo.vessels import Vessel

from . import _common as c
from ._page import PageDraft, Seg, pad
from ._vocab import CREW_NATIONALITIES, GEAR_WORDS

LAYOUT = "tmas_medical_request"

_SERVICES = {
    "en": ("TMAS / CIRM ROME", "TMAS AUSTRALIA (via JRCC)", "RADIO MEDICAL — TMAS NORWAY"),
    "fr": ("CCMM TOULOUSE (SAMU de Coordination Médicale Maritime)", "CCMM / CROSS RÉUNION"),
    "es": ("CENTRO RADIO-MÉDICO ESPAÑOL (ISM)", "CRME Madrid / MRCC Las Palmas"),
}
_T: dict[str, dict[str, Any]] = {
    "en": {
        "title": "REQUEST FOR RADIO MEDICAL ADVICE",
        "to": "TO",
        "from": "FROM",
        "date": "DATE/TIME (UTC)",
        "prio": "PRIORITY",
        "s1": "1. VESSEL",
        "name": "Name",
        "cs": "Call sign",
        "flag": "Flag",
        "port": "Port of registry",
        "type": "Type",
        "pob": "Persons on board",
        "chest": "Medical chest",
        "s2": "2. POSITION AND VOYAGE",
        "pos": "Position",
        "near": "Nearest port",
        "wx": "Weather",
        "s3": "3. PATIENT",
        "pname": "Name",
        "age": "Age",
        "sex": "Sex",
        "nat": "Nationality",
        "rank": "Rank",
        "s4": "4. PROBLEM",
        "s5": "5. VITAL SIGNS",
        "s6": "6. TREATMENT GIVEN",
        "s7": "7. CONTACT",
        "company": "Company",
        "role": "operator",
        "log": "FOLLOW-UP LOG",
        "master": "Master",
    },
    "fr": {
        "title": "DEMANDE DE CONSULTATION TÉLÉMÉDICALE",
        "to": "À",
        "from": "DE",
        "date": "DATE/HEURE (UTC)",
        "prio": "PRIORITÉ",
        "s1": "1. NAVIRE",
        "name": "Nom",
        "cs": "Indicatif",
        "flag": "Pavillon",
        "port": "Port d'immatriculation",
        "type": "Type",
        "pob": "Personnes à bord",
        "chest": "Dotation médicale",
        "s2": "2. POSITION ET ROUTE",
        "pos": "Position",
        "near": "Port le plus proche",
        "wx": "Météo",
        "s3": "3. PATIENT",
        "pname": "Nom",
        "age": "Âge",
        "sex": "Sexe",
        "nat": "Nationalité",
        "rank": "Fonction",
        "s4": "4. MOTIF",
        "s5": "5. CONSTANTES",
        "s6": "6. TRAITEMENT DÉJÀ DONNÉ",
        "s7": "7. CONTACT",
        "company": "Armement",
        "role": "armateur",
        "log": "SUIVI DE LA CONSULTATION",
        "master": "Le capitaine",
    },
    "es": {
        "title": "SOLICITUD DE CONSULTA RADIO-MÉDICA",
        "to": "A",
        "from": "DE",
        "date": "FECHA/HORA (UTC)",
        "prio": "PRIORIDAD",
        "s1": "1. BUQUE",
        "name": "Nombre",
        "cs": "Distintivo",
        "flag": "Bandera",
        "port": "Puerto de matrícula",
        "type": "Tipo",
        "pob": "Personas a bordo",
        "chest": "Botiquín",
        "s2": "2. SITUACIÓN Y DERROTA",
        "pos": "Situación",
        "near": "Puerto más próximo",
        "wx": "Meteorología",
        "s3": "3. PACIENTE",
        "pname": "Nombre",
        "age": "Edad",
        "sex": "Sexo",
        "nat": "Nacionalidad",
        "rank": "Cargo",
        "s4": "4. MOTIVO DE CONSULTA",
        "s5": "5. CONSTANTES VITALES",
        "s6": "6. TRATAMIENTO ADMINISTRADO",
        "s7": "7. CONTACTO",
        "company": "Armador",
        "role": "armador",
        "log": "SEGUIMIENTO",
        "master": "El capitán",
    },
}
_CASES = {
    "en": (
        (
            "Deckhand hit in the left hand by a longline hook during hauling at {t}. Deep wound "
            "in the palm, bleeding controlled with pressure, cannot bend fingers 3 and 4.",
            "Wound irrigated with saline, sterile dressing, paracetamol 1 g orally.",
        ),
        (
            "Crew member with abdominal pain since yesterday evening, now in the lower right "
            "side, vomited twice, no appetite. Pain worse when walking.",
            "Kept in bunk, nothing by mouth since {t}, paracetamol 1 g.",
        ),
        (
            "Fall on wet deck from the bait station, about 1.5 m, hit the back of the head. "
            "Was confused for a few minutes, now awake but has headache and nausea.",
            "Neck kept still, observed every 15 minutes, no medication given.",
        ),
        (
            "Burn to the right forearm from the fish-meal cooker steam line, about the size "
            "of a hand, blisters forming.",
            "Cooled with running water for 20 minutes, covered with cling film.",
        ),
    ),
    "fr": (
        (
            "Matelot blessé à la main gauche par un hameçon lors du virage à {t}. Plaie "
            "profonde de la paume, saignement contrôlé, ne peut plier les doigts 3 et 4.",
            "Lavage au sérum physiologique, pansement stérile, paracétamol 1 g.",
        ),
        (
            "Douleur abdominale depuis hier soir, maintenant en fosse iliaque droite, deux "
            "vomissements, pas d'appétit.",
            "Repos en couchette, à jeun depuis {t}, paracétamol 1 g.",
        ),
        (
            "Chute sur le pont mouillé d'environ 1,5 m, choc à l'arrière de la tête. Confus "
            "quelques minutes, maintenant réveillé, céphalées et nausées.",
            "Immobilisation du cou, surveillance toutes les 15 minutes.",
        ),
    ),
    "es": (
        (
            "Marinero herido en la mano izquierda por un anzuelo durante la virada a las {t}. "
            "Herida profunda en la palma, sangrado controlado, no puede flexionar 3.º y 4.º dedo.",
            "Lavado con suero fisiológico, apósito estéril, paracetamol 1 g.",
        ),
        (
            "Dolor abdominal desde anoche, ahora en fosa ilíaca derecha, dos vómitos, sin "
            "apetito. Empeora al caminar.",
            "Reposo en litera, dieta absoluta desde las {t}, paracetamol 1 g.",
        ),
        (
            "Quemadura en antebrazo derecho por vapor de la línea de la cocedora, del tamaño "
            "de una mano, con ampollas.",
            "Enfriado con agua corriente 20 minutos, cubierto con film transparente.",
        ),
    ),
}
_RANKS = {
    "en": ("deckhand", "bosun", "cook", "2nd engineer", "fishing master"),
    "fr": ("matelot", "maître d'équipage", "cuisinier", "mécanicien"),
    "es": ("marinero", "contramaestre", "cocinero", "engrasador"),
}


def _log(
    v: c.Facts,
    t: dict[str, str],
    lang: str,
    when: dt.datetime,
    port: tuple[str, str, str, str],
    rng: random.Random,
) -> PageDraft:
    page = PageDraft()
    case = f"{when.year}/{rng.randint(100, 4999)}"
    page.line(f"{t['log']} — case {case}")
    page.line(
        "Vessel: " if lang == "en" else ("Navire : " if lang == "fr" else "Buque: "),
        (v.name, "VESSEL_NAME"),
        "  /  ",
        c.opt(v.ircs, "IRCS", "no call sign"),
    )
    page.line()
    times = sorted(rng.sample(range(1, 20), 4))
    entries = {
        "en": (
            "Doctor on duty called the vessel via Iridium; advice given as per message.",
            "Master reports patient stable, temperature {temp}, pain 5/10.",
            "Decision: divert to {port} for medical assessment; MRCC informed, "
            "medical evacuation by helicopter not required.",
            "Agent at {port} to arrange ambulance at the berth; next contact at 0800 UTC.",
        ),
        "fr": (
            "Le médecin régulateur a rappelé le navire par Iridium ; conseils transmis.",
            "Le capitaine signale un patient stable, température {temp}, douleur 5/10.",
            "Décision : dérouter vers {port} pour bilan ; CROSS informé, pas d'évacuation "
            "par hélicoptère.",
            "L'agent à {port} organise une ambulance à quai ; prochain contact 0800 UTC.",
        ),
        "es": (
            "El médico de guardia llamó al buque por Iridium; se dan instrucciones.",
            "El capitán informa paciente estable, temperatura {temp}, dolor 5/10.",
            "Decisión: desviar a {port} para valoración; informado el MRCC, no se requiere "
            "evacuación en helicóptero.",
            "El consignatario en {port} gestiona ambulancia en el muelle; próximo contacto "
            "0800 UTC.",
        ),
    }[lang]
    for hours, entry in zip(times, entries, strict=True):
        stamp = when + dt.timedelta(hours=hours, minutes=rng.randint(0, 59))
        text = entry.format(temp=f"{rng.uniform(36.6, 38.9):.1f} °C", port=port[0])
        page.wrap([f"{stamp.strftime('%d/%m %H%M')}Z  {text}"], 80, indent="             ")
        page.line()
    page.line()
    page.line(f"Ref. MRCC {rng.randint(10000, 99999)} / tel. {c.phone(rng)}")
    return page


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choice(("en", "en", "fr", "es"))
    t = _T[lang]
    v = c.pick_vessels(vessels, rng, 1)[0]
    day = c.some_day(rng)
    when = dt.datetime(day.year, day.month, day.day, rng.randint(0, 20), rng.randint(0, 59))
    region = c.region_for(rng, v.gear)
    _, _, codes = c.region_info(region)
    port = c.port_by_code(rng.choice(codes))
    page = PageDraft()
    page.line(t["title"])
    page.line(f"{t['to']}: {rng.choice(_SERVICES[lang])}")
    page.line(f"{t['from']}: ", t["master"].upper(), " F/V ", (v.name, "VESSEL_NAME"))
    page.line(f"{t['date']}: {when.strftime('%Y-%m-%d %H%M')}Z")
    page.line(f"{t['prio']}: {rng.choice(('URGENT', 'ROUTINE', 'URGENT'))}")
    page.line()
    page.line(t["s1"])
    page.line(
        f"   {t['name']}: ",
        (v.name, "VESSEL_NAME"),
        f"     {t['cs']}: ",
        c.opt(v.ircs, "IRCS", "—"),
    )
    segs: list[Seg] = ["   MMSI: ", c.opt(v.mmsi, "MMSI", "—")]
    if v.imo:
        segs += ["     IMO: ", (v.imo, "IMO")]
    page.line(*segs)
    if v.flag:
        flag_line: list[Seg] = [f"   {t['flag']}: ", (c.country(v.flag, lang) or v.flag, "FLAG")]
        if v.port and rng.random() < 0.6:
            flag_line += [f"     {t['port']}: ", (c.port_name(v.port, rng), "HOME_PORT")]
        page.line(*flag_line)
    gear = GEAR_WORDS.get(v.gear or "", ("fishing vessel", "pesquero", "navire de pêche"))
    page.line(f"   {t['type']}: {gear[c.LANGS.index(lang)]}     {t['pob']}: {rng.randint(9, 45)}")
    page.line(
        f"   {t['chest']}: "
        + rng.choice(("WHO IMGS category A", "Cat. A (Dir. 92/29/CEE)", "Dotación A", "Category B"))
    )
    page.line()
    page.line(t["s2"])
    page.line(
        f"   {t['pos']}: {c.position(rng, region, rng.choice(('deg', 'dash', 'dec')))} "
        f"at {when.strftime('%H%M')}Z, "
        f"{rng.randint(0, 359):03d}° / {rng.uniform(0, 11):.1f} kn"
    )
    page.line(
        f"   {t['near']}: {port[0]} (",
        (port[1], "PORT_ID"),
        f"), {rng.randint(60, 900)} nm, ETA {rng.randint(6, 80)} h",
    )
    page.line(
        f"   {t['wx']}: {rng.choice(('SE', 'NE', 'W', 'SW'))} {rng.randint(2, 7)} Bft, "
        f"swell {rng.uniform(0.5, 4.5):.1f} m"
    )
    page.line()
    page.line(t["s3"])
    page.line(
        f"   {t['pname']}: {c.person(rng).upper()}   {t['age']}: {rng.randint(19, 62)}   "
        f"{t['sex']}: M   "
        f"{t['nat']}: {rng.choice(CREW_NATIONALITIES)}   {t['rank']}: {rng.choice(_RANKS[lang])}"
    )
    page.line()
    symptoms, treatment = rng.choice(_CASES[lang])
    page.line(t["s4"])
    page.wrap(
        [symptoms.format(t=f"{rng.randint(0, 23):02d}{rng.choice(('00', '30'))}")], 80, indent="   "
    )
    page.line()
    page.line()
    page.line(t["s5"])
    page.line(
        f"   Pulse {rng.randint(58, 124)}/min, "
        f"BP {rng.randint(100, 160)}/{rng.randint(60, 95)} mmHg, "
        f"T {rng.uniform(36.2, 39.4):.1f} °C, RR {rng.randint(12, 28)}/min, "
        f"SpO2 {rng.randint(90, 99)} %"
    )
    page.line()
    page.line(t["s6"])
    page.wrap([treatment.format(t=f"{rng.randint(0, 23):02d}00")], 80, indent="   ")
    page.line()
    page.line()
    page.line(t["s7"])
    page.line(f"   Iridium {c.satphone(rng)}   Inmarsat-C {c.inmarsat_c(rng)}")
    if v.owner:
        page.line(
            f"   {t['company']}: ",
            (v.owner, "ASSOC_NAME"),
            " (",
            (t["role"], "ASSOC_ROLE"),
            f"), 24 h {c.phone(rng)}",
        )
    else:
        page.line(f"   {t['company']}: DPA 24 h {c.phone(rng)}")
    pages = [page]
    if rng.random() < 0.45:
        pages.append(_log(v, t, lang, when, port, rng))
    for p in pages:
        filler = [case[0] for case in _CASES[lang]]
        pad(p, rng.randint(760, 880), [f"Note: earlier case on file — {x}" for x in filler], rng)
    return pages
