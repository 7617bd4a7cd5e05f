"""ICCAT bluefin tuna transfer declaration (ITD) and caging declaration: catching vessels
(often a joint fishing operation), the towing vessel, cages, fish counts and weights."""

from __future__ import annotations

import random

from oceanid_dev.demo.vessels import Vessel

from ._common import (
    Ident,
    amount,
    country,
    date_style,
    digits,
    fao_codes,
    fmt_date,
    pick,
    random_day,
    species_name,
)
from ._page import DocDraft, PageDraft

LAYOUT = "bft_transfer_caging"

AREAS = ("37.1.1", "37.1.2", "37.1.3", "37.2.1", "37.2.2", "37.3.1", "37.3.2", "34.1.2")
FARMS = (
    ("Tuna Graso S.A.", "Cartagena", "ESP"),
    ("Kali Tuna d.o.o.", "Kali, Ugljan", "HRV"),
    ("Malta Fish Farming Ltd", "Marsaxlokk", "MLT"),
    ("Akua-Demir Su Ürünleri", "Izmir", "TUR"),
    ("Ricardo Fuentes e Hijos S.A.", "El Gorguel", "ESP"),
    ("Sagun Balik", "Karaburun", "TUR"),
)
W = {
    "en": {
        "itd": "ICCAT TRANSFER DECLARATION",
        "cage": "ICCAT CAGING DECLARATION",
        "doc": "Document No.",
        "s1": "1 - TRANSFER OF LIVE BFT DESTINED FOR FARMING",
        "fv": "Fishing vessel name",
        "cs": "Call sign",
        "flag": "Flag",
        "rec": "ICCAT Record No.",
        "auth": "Transfer authorisation No.",
        "jfo": "Joint fishing operation No.",
        "share": "allocation key",
        "s2": "2 - TOWING VESSEL",
        "tug": "Tug name",
        "s3": "3 - DESTINATION",
        "farm": "Farm",
        "farmno": "Farm ICCAT No.",
        "cageno": "Cage No.",
        "s4": "4 - TRANSFER INFORMATION",
        "date": "Date",
        "place": "Position",
        "area": "Fishing area (FAO)",
        "sp": "Species",
        "n": "Number of fish",
        "kg": "Estimated total weight (kg)",
        "obs": "ICCAT regional observer",
        "ebcd": "eBCD No.",
        "master": "Master's signature",
        "s5": "CAGING",
        "cdate": "Date of caging",
        "ncaged": "Number of fish caged",
        "stereo": "Stereoscopic camera estimate",
        "avg": "Average weight (kg)",
    },
    "es": {
        "itd": "DECLARACIÓN DE TRANSFERENCIA ICCAT",
        "cage": "DECLARACIÓN DE INTRODUCCIÓN EN JAULAS ICCAT",
        "doc": "Documento N.º",
        "s1": "1 - TRANSFERENCIA DE ATÚN ROJO VIVO DESTINADO A GRANJAS",
        "fv": "Nombre del buque pesquero",
        "cs": "Indicativo de radio",
        "flag": "Pabellón",
        "rec": "N.º de registro ICCAT",
        "auth": "N.º de autorización de transferencia",
        "jfo": "N.º de operación de pesca conjunta",
        "share": "clave de asignación",
        "s2": "2 - REMOLCADOR",
        "tug": "Nombre del remolcador",
        "s3": "3 - DESTINO",
        "farm": "Granja",
        "farmno": "N.º ICCAT de la granja",
        "cageno": "N.º de jaula",
        "s4": "4 - INFORMACIÓN SOBRE LA TRANSFERENCIA",
        "date": "Fecha",
        "place": "Posición",
        "area": "Zona de pesca (FAO)",
        "sp": "Especie",
        "n": "Número de peces",
        "kg": "Peso total estimado (kg)",
        "obs": "Observador regional ICCAT",
        "ebcd": "N.º eBCD",
        "master": "Firma del patrón",
        "s5": "INTRODUCCIÓN EN JAULAS",
        "cdate": "Fecha de introducción",
        "ncaged": "Número de peces introducidos",
        "stereo": "Estimación cámara estereoscópica",
        "avg": "Peso medio (kg)",
    },
    "fr": {
        "itd": "DÉCLARATION DE TRANSFERT ICCAT",
        "cage": "DÉCLARATION DE MISE EN CAGE ICCAT",
        "doc": "Document n°",
        "s1": "1 - TRANSFERT DE THON ROUGE VIVANT DESTINÉ À L'ÉLEVAGE",
        "fv": "Nom du navire de pêche",
        "cs": "Indicatif d'appel",
        "flag": "Pavillon",
        "rec": "N° de registre ICCAT",
        "auth": "N° d'autorisation de transfert",
        "jfo": "N° d'opération de pêche conjointe",
        "share": "clé d'allocation",
        "s2": "2 - REMORQUEUR",
        "tug": "Nom du remorqueur",
        "s3": "3 - DESTINATION",
        "farm": "Ferme",
        "farmno": "N° ICCAT de la ferme",
        "cageno": "N° de cage",
        "s4": "4 - INFORMATIONS SUR LE TRANSFERT",
        "date": "Date",
        "place": "Position",
        "area": "Zone de pêche (FAO)",
        "sp": "Espèce",
        "n": "Nombre de poissons",
        "kg": "Poids total estimé (kg)",
        "obs": "Observateur régional ICCAT",
        "ebcd": "N° eBCD",
        "master": "Signature du capitaine",
        "s5": "MISE EN CAGE",
        "cdate": "Date de mise en cage",
        "ncaged": "Nombre de poissons mis en cage",
        "stereo": "Estimation par caméra stéréoscopique",
        "avg": "Poids moyen (kg)",
    },
}


AUTH = {
    "en": ("Transfer authorisation", "No."),
    "es": ("Autorización de transferencia", "N.º"),
    "fr": ("Autorisation de transfert", "n°"),
}


def _iccat_no(i: Ident) -> str:
    """The vessel's ICCAT record number on this document (stable within the document)."""
    return f"AT000{i.flag or 'XXX'}{int(i.vessel.mmsi or i.imo or '7', 36) % 1499 + 1:05d}"


def _vessel_lines(
    rng: random.Random, p: PageDraft, i: Ident, lang: str, name_key: str, share: int | None
) -> None:
    w = W[lang]
    p.line(f"  {w[name_key]}: ", (i.name, "VESSEL_NAME"))
    p.add(f"  {w['cs']}: ")
    p.val(i.ircs, "IRCS") if i.ircs else p.add(rng.choice(("—", "N/A", "pending")))
    p.add(f"   {w['flag']}: ")
    p.val(country(i.flag, lang, rng.choice(("name", "iso3"))), "FLAG") if i.flag else p.add("—")
    p.add("\n")
    p.seq(f"  {w['rec']}: ", (_iccat_no(i), "RFMO_ID"))
    if i.imo and rng.random() < 0.5:
        p.seq("   IMO ", (i.imo, "IMO"))
    if share is not None:
        p.add(f"   ({w['share']} {share} %)")
    p.add("\n")


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choice(("en", "en", "es", "fr"))
    w = W[lang]
    style = date_style(rng, lang)
    chosen = pick(vessels, rng, rng.choice((2, 2, 3, 4)))
    catchers, tug = (chosen[:-1], chosen[-1]) if len(chosen) > 1 else (chosen, chosen[0])
    day = random_day(rng)
    day = type(day)(day.year, rng.choice((5, 6)), day.day)
    farm, farm_place, farm_flag = rng.choice(FARMS)
    area = rng.choice([a for a in AREAS if a in fao_codes()])
    fish = rng.randint(40, 900)
    weight = fish * rng.uniform(60, 220)
    itd = f"ITD-{catchers[0].flag or 'XXX'}-{day.year}-{digits(rng, 4)}"
    doc = DocDraft(limit=2800)
    p = doc.page
    p.line(f"{w['itd']}    {w['doc']} {itd}")
    p.line("Rec. 22-08 — ", ("ICCAT", "RFMO_CODE"), " — eBCD " + digits(rng, 12))
    p.add("\n")
    p.line(str(w["s1"]))
    jfo = len(catchers) > 1
    shares = [100 // len(catchers)] * len(catchers)
    shares[0] += 100 - sum(shares)
    for n, i in enumerate(catchers):
        _vessel_lines(rng, p, i, lang, "fv", shares[n] if jfo else None)
    if jfo:
        p.line(f"  {w['jfo']}: JFO-{day.year}-{digits(rng, 3)}")
    p.line(
        "  ",
        (AUTH[lang][0], "AUTH_TYPE"),
        f" {AUTH[lang][1]} ",
        (f"{(catchers[0].flag or 'XX')[:3]}/TR/{day.year}/{digits(rng, 3)}", "LICENSE_NO"),
    )
    p.add("\n")
    p.line(str(w["s2"]))
    _vessel_lines(rng, p, tug, lang, "tug", None)
    p.add("\n")
    p.line(str(w["s3"]))
    p.line(f"  {w['farm']}: {farm}, {farm_place} ({country(farm_flag, lang)})")
    p.line(
        f"  {w['farmno']}: FFB{farm_flag}{rng.randint(1, 99):03d}   {w['cageno']}: "
        f"{rng.randint(1, 40)}-{rng.choice('ABCD')}"
    )
    p.add("\n")
    info = PageDraft()
    info.line(str(w["s4"]))
    info.line(
        f"  {w['date']}: {fmt_date(day, style, lang)}   {w['place']}: "
        f"{rng.randint(35, 43)}°{rng.randint(0, 59):02d}'N "
        f"{rng.randint(0, 15):03d}°{rng.randint(0, 59):02d}'E"
    )
    info.line(f"  {w['area']}: ", (area, "FAO_AREA_CODE"))
    info.line(
        f"  {w['sp']}: ", (species_name("BFT", lang, rng.choice(("code", "name"))), "SPECIES_NAME")
    )
    info.line(f"  {w['n']}: {fish}    {w['kg']}: {amount(weight, lang, 0)}")
    info.line(
        f"  {w['obs']}: {rng.choice(('A. Rossi', 'K. Yilmaz', 'M. Borg', 'L. Ortega'))}"
        f" (ROP-BFT {digits(rng, 3)})"
    )
    info.line(f"  {w['master']}: ____________________")
    doc.put(info)
    if rng.random() < 0.75:
        cage = doc.new_page()
        cday = day.shift(rng.randint(3, 20))
        cage.line(f"{w['cage']}    {w['doc']} ICD-{farm_flag}-{cday.year}-{digits(rng, 4)}")
        cage.line(f"  ITD: {itd}")
        cage.line(f"  {w['farm']}: {farm} — {w['farmno']} FFB{farm_flag}{rng.randint(1, 99):03d}")
        cage.add("\n")
        cage.line(f"  {w['fv']} / {w['rec']} / {w['flag']}:")
        for i in catchers:
            cage.add("    ").val(i.name, "VESSEL_NAME").add(" / ")
            cage.val(_iccat_no(i), "RFMO_ID").add(" / ")
            cage.val(country(i.flag, lang), "FLAG") if i.flag else cage.add("—")
            cage.add("\n")
        cage.seq(f"  {w['tug']}: ", (tug.name, "VESSEL_NAME"))
        if tug.ircs:
            cage.seq(f" ({w['cs']} ", (tug.ircs, "IRCS"), ")")
        cage.add("\n\n")
        caged = fish - rng.randint(0, 5)
        cage.line(f"  {w['cdate']}: {fmt_date(cday, style, lang)}")
        cage.line(f"  {w['cageno']}: {rng.randint(1, 40)}   {w['ncaged']}: {caged}")
        stereo = weight * rng.uniform(0.9, 1.1)
        cage.line(
            f"  {w['stereo']}: {amount(stereo, lang, 0)} kg   {w['avg']}: "
            f"{amount(stereo / max(caged, 1), lang, 1)}"
        )
        cage.line(
            f"  {w['sp']}: ",
            (species_name("BFT", lang, "name"), "SPECIES_NAME"),
            " (",
            ("BFT", "SPECIES_NAME"),
            ")",
        )
        cage.line(f"  Video record: VID-{digits(rng, 6)}.mp4, {rng.randint(20, 95)} min")
    notes = {
        "en": [
            "",
            "Copy to be sent to the flag CPC of the catching vessel(s) within 48 hours.",
            "Weights are estimates at the time of transfer; see stereoscopic results.",
            "Any discrepancy above 10 % triggers an investigation by the farm CPC.",
            "Fax +34 91 416 5612 / e-mail to the ICCAT Secretariat where applicable.",
            "Transfer video to be supplied to the observer before the tug leaves the area.",
            "Control transfer required where the observer disputes the estimate.",
        ],
        "es": [
            "",
            "Copia a la CPC del pabellón del buque en un plazo de 48 horas.",
            "Los pesos son estimaciones en el momento de la transferencia.",
            "Toda discrepancia superior al 10 % dará lugar a una investigación.",
            "Fax +34 91 416 5612.",
            "El vídeo de la transferencia se entregará al observador antes de la salida.",
            "Se realizará una transferencia de control en caso de desacuerdo.",
        ],
        "fr": [
            "",
            "Copie transmise à la CPC du pavillon dans les 48 heures.",
            "Les poids sont des estimations au moment du transfert.",
            "Tout écart supérieur à 10 % entraîne une enquête de la CPC de la ferme.",
            "Fax +34 91 416 5612.",
            "La vidéo du transfert est remise à l'observateur avant le départ du remorqueur.",
            "Un transfert de contrôle est effectué en cas de contestation.",
        ],
    }[lang]
    for page in doc.pages:
        page.pad(notes, 820)
    return doc.pages
