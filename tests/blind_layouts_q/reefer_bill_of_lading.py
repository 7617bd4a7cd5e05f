"""A reefer's bill of lading, or its cargo manifest over several pages: shipper, consignee,
ocean vessel and voyage, ports with UN/LOCODEs, frozen fish by catching vessel, packages and
weights."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence

from oceanid_dev.demo.vessels import Vessel

from . import _common as C
from . import _vocab as V
from ._page import PageDraft, Piece

LAYOUT = "reefer_bill_of_lading"

_T = {
    "en": {
        "bl": "BILL OF LADING",
        "manifest": "CARGO MANIFEST",
        "shipper": "Shipper",
        "consignee": "Consignee",
        "notify": "Notify party",
        "vessel": "Ocean vessel",
        "voy": "Voy. No.",
        "flag": "Flag",
        "call": "Call sign",
        "pol": "Port of loading",
        "pod": "Port of discharge",
        "carrier": "Carrier",
        "operator": "Owner/operator",
        "goods": "Description of goods",
        "caught": "Caught by",
        "area": "Catch area FAO",
        "frozen": "FROZEN",
        "cartons": "CARTONS",
        "gross": "Gross weight",
        "net": "Net weight",
        "issue": "Place and date of issue",
        "shipped": "Shipped on board",
        "freight": "FREIGHT PREPAID",
        "originals": "Number of original B(s)/L: THREE (3)",
        "order": "TO ORDER OF",
    },
    "es": {
        "bl": "CONOCIMIENTO DE EMBARQUE",
        "manifest": "MANIFIESTO DE CARGA",
        "shipper": "Embarcador",
        "consignee": "Consignatario",
        "notify": "Notificar a",
        "vessel": "Buque",
        "voy": "Viaje",
        "flag": "Bandera",
        "call": "Distintivo de llamada",
        "pol": "Puerto de carga",
        "pod": "Puerto de descarga",
        "carrier": "Transportista",
        "operator": "Armador/operador",
        "goods": "Descripción de la mercancía",
        "caught": "Capturado por",
        "area": "Zona de captura FAO",
        "frozen": "CONGELADO",
        "cartons": "CAJAS",
        "gross": "Peso bruto",
        "net": "Peso neto",
        "issue": "Lugar y fecha de emisión",
        "shipped": "Embarcado a bordo",
        "freight": "FLETE PAGADO",
        "originals": "Número de originales: TRES (3)",
        "order": "A LA ORDEN DE",
    },
    "fr": {
        "bl": "CONNAISSEMENT",
        "manifest": "MANIFESTE DE CARGAISON",
        "shipper": "Chargeur",
        "consignee": "Destinataire",
        "notify": "Partie à notifier",
        "vessel": "Navire",
        "voy": "Voyage",
        "flag": "Pavillon",
        "call": "Indicatif d'appel",
        "pol": "Port de chargement",
        "pod": "Port de déchargement",
        "carrier": "Transporteur",
        "operator": "Armateur/exploitant",
        "goods": "Désignation des marchandises",
        "caught": "Pêché par",
        "area": "Zone de capture FAO",
        "frozen": "CONGELÉ",
        "cartons": "CARTONS",
        "gross": "Poids brut",
        "net": "Poids net",
        "issue": "Lieu et date d'émission",
        "shipped": "Embarqué à bord",
        "freight": "FRET PAYÉ",
        "originals": "Nombre d'originaux : TROIS (3)",
        "order": "À L'ORDRE DE",
    },
}
_TRADERS = (
    ("Samut Frozen Products Co., Ltd", "THA"), ("Pacific Cold Storage Pte Ltd", None),
    ("Frigoríficos del Atlántico S.A.", "ESP"), ("Océan Pêche Distribution SARL", None),
    ("Yaizu Suisan Shoji K.K.", "JPN"), ("Manta Tuna Processors S.A.", None),
    ("Abidjan Thon Export SARL", None), ("Zhoushan Aquatic Products Import & Export Co.", "CHN"),
    ("Nordic Seafood Import GmbH", None), ("Busan Cold Chain Co., Ltd", None),
)  # fmt: skip


def _party(rng: random.Random, t: dict[str, str], key: str, page: PageDraft) -> None:
    """A shipper/consignee/notify block: not associates of the vessel (unlabelled)."""
    trader, home = rng.choice(_TRADERS)
    name = trader.upper()
    addr = C.address(rng, home)
    if key == "consignee" and rng.random() < 0.3:
        name = f"{t['order']} {name}"
    page.line(f"{t[key]}:")
    page.line(f"  {name}")
    page.line(f"  {addr.street}, {addr.city}  TEL {addr.phone}")


def _port(rng: random.Random, lang: str, avoid: str = "") -> tuple[list[Piece], str, str]:
    code, name, iso3 = rng.choice([p for p in V.PORTS if p[0] != avoid])
    country = C.country(iso3, lang) or iso3
    return [f"{name}, {country} (", (code, "PORT_ID"), ")"], code, name


def _vessel_block(
    rng: random.Random, t: dict[str, str], lang: str, i: C.Ident, voyage: str
) -> PageDraft:
    block = PageDraft()
    block.line(f"{t['vessel']}: ", (i.name, "VESSEL_NAME"), f"    {t['voy']}: {voyage}")
    flag = C.flag_text(rng, i.flag, lang)
    pieces: list[Piece] = [
        f"{t['flag']}: ",
        (flag, "FLAG") if flag else ("—", None),
        "   IMO No.: ",
    ]
    pieces.append((i.imo, "IMO") if i.imo else ("N/A", None))
    pieces += [f"   {t['call']}: ", (i.ircs, "IRCS") if i.ircs else ("—", None)]
    block.line(*pieces)
    return block


def _goods(
    rng: random.Random, t: dict[str, str], lang: str, catcher: C.Ident, rfmo: str, wide: bool
) -> PageDraft:
    areas, codes, _ = V.RFMOS[rfmo]
    code = rng.choice(codes)
    sp = C.species()[code]
    cartons = rng.randint(300, 3200)
    kg = cartons * rng.choice((20, 22, 25))
    block = PageDraft()
    marks = f"{C.ref_no(rng, 'AAAU999999-9')} SEAL {rng.randint(100000, 999999)}" if wide else "N/M"
    block.line(f"{marks:<28}{cartons:,} {t['cartons']}")
    block.line(
        "  ",
        f"{t['frozen']} ",
        (sp.name(lang).upper(), "SPECIES_NAME"),
        f" ({V.SCIENTIFIC.get(code, '')}) — ",
        (code, "SPECIES_NAME"),
        f"  W/R  -{rng.choice((18, 35, 50, 60))}°C",
    )
    block.line(f"  HS {rng.choice(('0303.43', '0303.42', '0303.44', '0307.43', '0303.89'))}")
    caught: list[Piece] = [f"  {t['caught']}: ", (catcher.name, "VESSEL_NAME")]
    if catcher.imo:
        caught += [" (IMO ", (catcher.imo, "IMO"), ")"]
    elif catcher.ircs:
        caught += [" (", (catcher.ircs, "IRCS"), ")"]
    caught += [f"   {t['area']} ", (rng.choice(areas), "FAO_AREA_CODE")]
    block.line(*caught)
    block.line(
        f"  {t['gross']}: {kg + cartons * 1:,} KGS   {t['net']}: {kg:,} KGS   "
        f"CC No. {C.ref_no(rng, 'AA-9999-99999')}"
    )
    return block


_FILL = (
    "SHIPPED on board in apparent good order and condition, weight, measure, marks, numbers, "
    "quality, contents and value unknown, for carriage to the port of discharge.",
    "Carrier not responsible for temperature variations of cargo stowed at shipper's "
    "requested setting. Reefer hold temperature log available on request.",
    "All terms, conditions and exceptions as per charter party dated as overleaf.",
    "Cargo loaded by transhipment at sea authorised under the regional transhipment programme; "
    "observer declaration attached.",
    "Demurrage and detention as per tariff. Jurisdiction: courts of the port of discharge.",
)


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choice(("en", "en", "en", "es", "fr"))
    t = _T[lang]
    style = C.date_style(rng, lang)
    ships = C.choose(rng, vessels, 6, C.has_ids)
    reefer, catchers = ships[0], ships[1:]
    rfmo = C.rfmo_for(rng, catchers[0].vessel.gear)
    voyage = C.ref_no(rng, rng.choice(("99A99", "V.999", "9999S")))
    loaded = C.rand_date(rng, 2019, 2025)
    operator = C.owner_of(rng, reefer)
    pol, pol_code, pol_name = _port(rng, lang)
    pod, _, _ = _port(rng, lang, pol_code)
    manifest = rng.random() < 0.45

    page = PageDraft()
    title = t["manifest"] if manifest else t["bl"]
    bl_no = C.ref_no(rng, "AAA999999999")
    page.line(f"{title}    No. {bl_no}    Booking {C.ref_no(rng, '99999999')}")
    if not manifest:
        _party(rng, t, "shipper", page)
        _party(rng, t, "consignee", page)
        page.line(f"{t['notify']}: SAME AS CONSIGNEE")
    page.extend(_vessel_block(rng, t, lang, reefer, voyage))
    page.line(f"{t['operator']}: ", (operator, "ASSOC_NAME"))
    page.line(f"{t['pol']}: ", *pol)
    page.line(f"{t['pod']}: ", *pod)
    page.line(f"{t['shipped']}: {C.fmt_date(loaded, style, lang)}")
    page.line("-" * 78)
    page.line(f"Marks & Nos.                {t['goods']}")
    pages = [page]
    wide = rng.random() < 0.5
    count = rng.randint(3, 5) if manifest else 1
    for catcher in catchers[:count]:
        goods = PageDraft()
        if manifest:
            consignee = rng.choice(_TRADERS)[0].upper()
            goods.line(f"B/L {C.ref_no(rng, 'AAA999999999')} — {t['consignee']}: {consignee}")
        goods.extend(_goods(rng, t, lang, catcher, rfmo, wide))
        if not pages[-1].fits(goods, 2500):
            nxt = PageDraft()
            nxt.line(
                f"{title} (cont.) — {t['vessel']}: ",
                (reefer.name, "VESSEL_NAME"),
                f"  {t['voy']} {voyage}",
            )
            nxt.line("-" * 78)
            pages.append(nxt)
        pages[-1].extend(goods)
    last = pages[-1]
    last.line("-" * 78)
    last.line(t["freight"] + "    " + t["originals"])
    issue = C.fmt_date(loaded, style, lang)
    last.line(f"{t['issue']}: {pol_name}, {issue}")
    last.line(f"{t['carrier']}: ", (operator, "ASSOC_NAME"), " — as agents for the Master")
    if not manifest and rng.random() < 0.35:
        pages.append(_rider(rng, t, reefer, voyage, bl_no, loaded))
    for p in pages:
        p.pad(rng, _FILL, rng.randint(760, 900))
    return pages


def _rider(
    rng: random.Random, t: dict[str, str], reefer: C.Ident, voyage: str, bl_no: str, loaded: dt.date
) -> PageDraft:
    """A rider page: the hold temperature record of the voyage (dates and readings only)."""
    rider = PageDraft()
    rider.line(f"RIDER TO B/L No. {bl_no} — page 2")
    rider.line(f"{t['vessel']}: ", (reefer.name, "VESSEL_NAME"), f"   {t['voy']}: {voyage}")
    rider.line("")
    rider.line("HOLD TEMPERATURE RECORD (°C)   Hold 1   Hold 2   Hold 3   Hold 4")
    for day in range(rng.randint(6, 12)):
        stamp = (loaded + dt.timedelta(days=day)).isoformat()
        temps = "   ".join(f"{-rng.uniform(17.5, 19.9):6.1f}" for _ in range(4))
        rider.line(f"{stamp} 08:00 LT             {temps}")
    rider.line("")
    rider.line("Readings taken by the duty engineer; recorder serial TR-" + C.ref_no(rng, "99999"))
    return rider
