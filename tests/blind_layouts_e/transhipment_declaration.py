"""An at-sea transhipment declaration (ICCAT, IOTC or WCPFC): donor fishing vessel and
receiving carrier, each identified, then date, position, area and species with quantities.
English or French; stacked or side-by-side vessel blocks."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import timedelta

from oceanid_dev.demo.vessels import Vessel

from ._fmt import country, fmt_date, licence_no, person, position, rfmo_id, some_day
from ._ids import Ident, pick, pick_other
from ._page import PageDraft, Part, lab
from ._vocab import OCEANS, PORTS, SPECIES

LAYOUT = "transhipment_declaration"

_RFMO_OCEAN = {"ICCAT": "ATL", "IOTC": "IND", "WCPFC": "WPAC"}
# wording key -> (English variants, French variants)
W: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "title": (("TRANSHIPMENT DECLARATION", "AT-SEA TRANSHIPMENT DECLARATION"),
              ("DÉCLARATION DE TRANSBORDEMENT", "DÉCLARATION DE TRANSBORDEMENT EN MER")),
    "donor": (("FISHING VESSEL", "DONOR (FISHING) VESSEL", "Fishing vessel"),
              ("NAVIRE DE PÊCHE", "NAVIRE DONNEUR (PÊCHE)")),
    "carrier": (("CARRIER VESSEL", "RECEIVING CARRIER VESSEL", "Receiving vessel"),
                ("NAVIRE DE CHARGE", "NAVIRE RECEVEUR (TRANSPORTEUR)")),
    "name": (("Name of vessel", "Vessel name", "Name of the vessel"), ("Nom du navire",)),
    "flag": (("Flag", "Flag State", "Flag of vessel"), ("Pavillon", "État du pavillon")),
    "imo": (("IMO number", "IMO No.", "Lloyd's/IMO number"), ("Numéro OMI", "N° OMI")),
    "ircs": (("International radio call sign", "Call sign", "IRCS"),
             ("Indicatif international d'appel radio", "Indicatif d'appel")),
    "mmsi": (("MMSI",), ("MMSI",)),
    "record": (("{rfmo} record number", "{rfmo} Record No.", "{rfmo} register no."),
               ("Numéro de registre {rfmo}", "N° liste {rfmo}")),
    "licence": (("Flag State licence/authorization No.", "Licence No."),
                ("N° de licence/autorisation", "Licence n°")),
    "valid": (("Validity", "Valid"), ("Validité", "Valable")),
    "master": (("Master (name, nationality)", "Name and nationality of master"),
               ("Capitaine (nom, nationalité)", "Nom et nationalité du capitaine")),
    "date": (("Date of transhipment", "Transhipment date"), ("Date du transbordement",)),
    "pos": (("Position", "Location (lat/long)"), ("Position", "Position (lat/long)")),
    "area": (("Convention area", "RFMO area"), ("Zone de la Convention", "Zone ORGP")),
    "fao": (("FAO statistical area", "FAO area"), ("Zone statistique FAO", "Zone FAO")),
    "dest": (("Port of destination of carrier", "Destination port"),
             ("Port de destination du navire receveur", "Port de destination")),
    "species": (("Species", "Species (FAO code)"), ("Espèce", "Espèces (code FAO)")),
    "product": (("Product", "Product type"), ("Présentation", "Type de produit")),
    "kg": (("Quantity (kg)", "Net weight (kg)"), ("Poids (kg)", "Quantité (kg)")),
    "sign": (("Signature of master of fishing vessel", "Signature of the carrier master",
              "Signature of observer"),
             ("Signature du capitaine du navire de pêche", "Signature du capitaine receveur",
              "Signature de l'observateur")),
}  # fmt: skip
PRODUCTS = (("GG", "Frozen round", "Fillets", "DR (dressed)", "Whole"),
            ("Éviscéré", "Entier congelé", "Filets", "Étêté-éviscéré"))  # fmt: skip


class _Doc:
    def __init__(self, vessels: Sequence[Vessel], rng: random.Random) -> None:
        self.rng = rng
        self.words: dict[str, str] = {}
        self.fr = rng.random() < 0.4
        self.lang = "fr" if self.fr else "en"
        self.rfmo = rng.choice(tuple(_RFMO_OCEAN))
        self.ocean = _RFMO_OCEAN[self.rfmo]
        self.donor = pick(vessels, rng)
        self.carrier = pick_other(vessels, rng, self.donor, gear="CARRIER")
        self.day = some_day(rng)
        self.style = rng.choice(("dmy/", "iso", "d mon y", "dmy."))
        self.ph = (
            rng.choice(("N/A", "—", "n.c.", "-")) if self.fr else rng.choice(("N/A", "—", "Nil"))
        )

    def w(self, key: str) -> str:
        """The document's wording for a key, chosen once and kept for both vessels."""
        if key not in self.words:
            options = W[key][1 if self.fr else 0]
            self.words[key] = self.rng.choice(options).format(rfmo=self.rfmo)
        return self.words[key]

    def rows(self, v: Ident, donor: bool) -> list[tuple[str, list[Part]]]:
        rng = self.rng
        year = self.day.year
        start = self.day.replace(month=1, day=1) if rng.random() < 0.6 else self.day - timedelta(
            days=rng.randint(30, 300))  # fmt: skip
        end = start.replace(year=start.year + 1) - timedelta(days=1)
        rows: list[tuple[str, list[Part]]] = [
            (self.w("name"), [(v.name, "VESSEL_NAME")]),
            (self.w("flag"), [lab(country(v.flag, self.lang, rng), "FLAG", self.ph)]),
            (self.w("imo"), [lab(v.imo, "IMO", self.ph)]),
            (self.w("ircs"), [lab(v.ircs, "IRCS", self.ph)]),
        ]
        if rng.random() < 0.3:
            rows.append((self.w("mmsi"), [lab(v.mmsi, "MMSI", self.ph)]))
        rows.append((self.w("record"), [(rfmo_id(self.rfmo, v.flag, rng), "RFMO_ID")]))
        validity: list[Part] = [(licence_no(v.flag, year, rng), "LICENSE_NO")]
        if rng.random() < 0.7:
            to = " au " if self.fr else rng.choice((" to ", " - "))
            validity += [f" ({self.w('valid')} ", (fmt_date(start, self.style), "START_DATE"), to,
                         (fmt_date(end, self.style), "END_DATE"), ")"]  # fmt: skip
        rows.append((self.w("licence"), validity))
        if donor:
            name, nationality = person(v.flag or "", rng) if rng.random() < 0.6 else person("", rng)
            nat = country(nationality, self.lang, rng)
            rows.append(
                (self.w("master"), [(name, "ASSOC_NAME"), ", ", lab(nat, "COUNTRY_CODE", "")])
            )
        return rows

    def vessels(self, page: PageDraft) -> None:
        donor, carrier = self.rows(self.donor, True), self.rows(self.carrier, False)
        if self.rng.random() < 0.5:
            for title, rows in ((self.w("donor"), donor), (self.w("carrier"), carrier)):
                page.line(title)
                width = max(len(key) for key, _ in rows) + 3
                leader = self.rng.choice((".", " ", "_"))
                for key, parts in rows:
                    page.field(key, *parts, width=width, leader=leader, indent="  ")
                page.nl()
            return
        # side by side: one row per item, donor then carrier column
        width = max(len(key) for key, _ in donor + carrier) + 2
        column = max(sum(len(p if isinstance(p, str) else p[0]) for p in parts)
                     for _, parts in donor) + 3  # fmt: skip
        page.line(" " * width + self.w("donor").ljust(column) + self.w("carrier"))
        by_key = dict(carrier)
        for key, parts in donor:
            size = sum(len(p if isinstance(p, str) else p[0]) for p in parts)
            other = by_key.get(key, [""])
            page.line(key.ljust(width), *parts, " " * (column - size), *other)
        page.nl()

    def transfer(self, page: PageDraft) -> None:
        rng = self.rng
        port, locode, _ = rng.choice(PORTS)
        fao = rng.choice(OCEANS[self.ocean][1])
        time = f"{rng.randint(0, 23):02d}:{rng.choice(('00', '15', '30', '45'))}"
        page.line(f"{self.w('date')}: {fmt_date(self.day, self.style)}  {time} UTC")
        page.line(f"{self.w('pos')}: {position(self.ocean, rng, rng.randrange(2))}")
        page.line(f"{self.w('area')}: ", (self.rfmo, "RFMO_CODE"))
        page.line(f"{self.w('fao')}: ", (fao, "FAO_AREA_CODE"))
        page.line(f"{self.w('dest')}: {port} (", (locode, "PORT_ID"), ")")
        page.nl()
        self.species(page)

    def species(self, page: PageDraft) -> None:
        rng = self.rng
        codes = rng.sample(OCEANS[self.ocean][2], rng.randint(2, 4))
        head = (self.w("species"), self.w("product"), self.w("kg"))
        page.line(f"{head[0]:<30}{head[1]:<18}{head[2]:>14}")
        total = 0
        for code in codes:
            sp = SPECIES[code]
            kg = rng.randint(800, 60_000)
            total += kg
            shown = rng.random()
            name = sp.fr if self.fr else sp.en
            if shown < 0.4:
                cells: list[Part] = [(code, "SPECIES_NAME")]
            elif shown < 0.8:
                cells = [(code, "SPECIES_NAME"), " - ", (name, "SPECIES_NAME")]
            else:
                cells = [(name, "SPECIES_NAME")]
            size = sum(len(c if isinstance(c, str) else c[0]) for c in cells)
            cells.append(" " * max(1, 30 - size))
            product = rng.choice(PRODUCTS[1 if self.fr else 0])
            page.line(*cells, f"{product:<18}{kg:>14,}".replace(",", " " if self.fr else ","))
        page.line(f"{'TOTAL':<48}{total:>14,}".replace(",", " " if self.fr else ","))
        page.nl()
        for who in W["sign"][1 if self.fr else 0]:
            page.line(f"{who}: ____________________")


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    doc = _Doc(vessels, rng)
    first = PageDraft()
    number = f"{doc.rfmo}-TD-{doc.day.year}-{rng.randint(1, 99_999):05d}"
    first.line(f"{doc.w('title')} — {doc.rfmo}" if doc.fr else f"{doc.rfmo} {doc.w('title')}")
    first.line(("Déclaration n° " if doc.fr else "Declaration No. ") + number)
    first.nl()
    doc.vessels(first)
    pages = [first]
    if rng.random() < 0.35:
        doc.transfer(first)
    else:
        second = PageDraft()
        second.line(f"{number} — {'page' if doc.fr else 'Page'} 2")
        second.nl()
        doc.transfer(second)
        pages.append(second)
    if rng.random() < 0.25:
        annex = PageDraft()
        annex.line("ANNEXE — OBSERVATIONS" if doc.fr else "ANNEX — OBSERVER REMARKS")
        annex.line(
            ("Le transbordement entre " if doc.fr else "The transhipment between "),
            (doc.donor.name, "VESSEL_NAME"),
            (" et " if doc.fr else " and "),
            (doc.carrier.name, "VESSEL_NAME"),
            (" s'est déroulé sans incident." if doc.fr else " took place without incident."),
        )
        if doc.carrier.imo:
            annex.line(
                "Navire receveur OMI " if doc.fr else "Carrier IMO ", (doc.carrier.imo, "IMO")
            )
        pages.append(annex)
    return pages
