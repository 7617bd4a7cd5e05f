"""A PSMA Annex C port inspection report as PDF text: numbered sections 1-42, vessel
identity, owner/operator/master with nationality, RFMO status, licences, catch, gear,
findings. English or Spanish (the port State's language)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import timedelta

from oceanid_dev.demo.vessels import Vessel

from ._fmt import (
    address,
    company,
    country,
    fmt_date,
    home_port,
    licence_no,
    national_reg_no,
    ocean_for,
    person,
    rfmo_id,
    some_day,
)
from ._ids import Ident, pick
from ._page import PageDraft, Part, lab
from ._vocab import (
    AGENTS,
    AUTHORITIES,
    GEARS,
    OCEANS,
    OFFICIALS,
    PORT_AUTHORITIES,
    PORTS,
    SPANISH_PORT_STATES,
    SPECIES,
)

LAYOUT = "port_inspection_report"

# section number -> (English heading, Spanish heading), after the FAO PSMA Annex C
HEAD: dict[int, tuple[str, str]] = {
    1: ("Inspection report no", "Informe de inspección n.º"),
    2: ("Port State", "Estado rector del puerto"),
    3: ("Inspecting authority", "Autoridad encargada de la inspección"),
    4: ("Name of principal inspector", "Nombre del inspector principal"),
    5: ("Port of inspection", "Puerto de inspección"),
    6: ("Commencement of inspection", "Inicio de la inspección"),
    7: ("Completion of inspection", "Finalización de la inspección"),
    8: ("Advance notification received", "Notificación previa recibida"),
    9: ("Purpose(s)", "Finalidad(es)"),
    10: ("Port and State and date of last port call", "Puerto, Estado y fecha de la última escala"),
    11: ("Vessel name", "Nombre del buque"),
    12: ("Flag State", "Estado del pabellón"),
    13: ("Type of vessel", "Tipo de buque"),
    14: ("International radio call sign", "Señal de llamada de radio internacional"),
    15: ("Certificate of registry ID", "ID del certificado de registro"),
    16: ("IMO ship ID", "ID de buque de la OMI"),
    17: ("External ID", "ID externo"),
    18: ("Port of registry", "Puerto de registro"),
    19: ("Vessel owner(s)", "Propietario(s) del buque"),
    20: ("Vessel beneficial owner(s)", "Propietario(s) beneficiario(s) del buque"),
    21: ("Vessel operator(s)", "Operador(es) del buque"),
    22: ("Vessel master name and nationality", "Nombre y nacionalidad del capitán"),
    23: ("Fishing master name and nationality", "Nombre y nacionalidad del patrón de pesca"),
    24: ("Vessel agent", "Agente del buque"),
    25: ("VMS", "SLB"),
    26: ("Status in RFMO areas where fishing or fishing related activities have been undertaken",
         "Situación en las zonas de OROP en que se han realizado actividades"),
    27: ("Relevant fishing authorization(s)", "Autorización(es) de pesca pertinente(s)"),
    28: ("Relevant transhipment authorization(s)", "Autorización(es) de transbordo pertinente(s)"),
    29: ("Transhipment information concerning donor vessels",
         "Información sobre transbordos relativa a los buques donantes"),
    30: ("Evaluation of offloaded catch (quantity)", "Evaluación de la captura descargada"),
    31: ("Catch retained onboard (quantity)", "Captura retenida a bordo (cantidad)"),
    32: ("Examination of logbook(s) and other documentation", "Examen de cuadernos de pesca"),
    35: ("Type of gear used", "Tipo de arte utilizado"),
    36: ("Gear examined in accordance with paragraph e) of Annex B", "Arte examinado"),
    37: ("Findings by inspector(s)", "Conclusiones del inspector"),
    38: ("Apparent infringement(s) noted", "Infracción(es) aparente(s) observada(s)"),
    39: ("Comments by the master", "Observaciones del capitán"),
    40: ("Action taken", "Medidas adoptadas"),
    41: ("Master's signature", "Firma del capitán"),
    42: ("Inspector's signature", "Firma del inspector"),
}  # fmt: skip
VESSEL_TYPES = {"SQUID_JIGGER": ("Squid jigger", "Potero"), "CARRIER": ("Reefer", "Frigorífico"),
                "TUNA_PURSE_SEINES": ("Purse seiner", "Cerquero"),
                "TRAWLERS": ("Trawler", "Arrastrero")}  # fmt: skip
YES_NO = (("Yes", "No"), ("Sí", "No"))


class _Report:
    def __init__(self, vessels: Sequence[Vessel], rng: random.Random) -> None:
        self.rng = rng
        self.v: Ident = pick(vessels, rng)
        port_state = rng.choice(tuple(PORT_AUTHORITIES))
        self.es = port_state in SPANISH_PORT_STATES
        self.lang = "es" if self.es else "en"
        self.port_state = port_state
        self.port = rng.choice([p for p in PORTS if p[2] == port_state])
        self.day = some_day(rng)
        self.style = rng.choice(("iso", "dmy/", "dmy-long") if not self.es else ("dmy/", "es-long"))
        self.ph = rng.choice(("N/A", "Not known", "—") if not self.es else ("N/D", "Desconocido"))
        self.look = rng.randrange(3)
        self.ocean = ocean_for(self.v, rng)

    def date(self, offset: int = 0) -> str:
        return fmt_date(self.day + timedelta(days=offset), self.style)

    def yes(self, value: bool) -> str:
        return YES_NO[self.es][0 if value else 1]

    def put(self, page: PageDraft, number: int, *parts: Part) -> None:
        head = HEAD[number][self.es]
        if not parts:  # a heading over a table or a paragraph
            page.line((f"{number}. ", f"{number:>2}  ", f"[{number}] ")[self.look] + head)
        elif self.look == 0:
            page.line(f"{number}. {head}: ", *parts)
        elif self.look == 1:
            page.line(f"{number:>2}  {head} " + "." * max(2, 44 - len(head)) + " ", *parts)
        else:
            page.line(f"[{number}] {head} | ", *parts)

    def associate(self, page: PageDraft, number: int, name: str, home: str) -> None:
        street, city, state, code = address(home, self.rng)
        parts: list[Part] = [(name, "ASSOC_NAME"), ", ", (street, "ADDRESS"), ", ", (city, "CITY")]
        if state:
            parts += [", ", (state, "STATE")]
        if code and self.rng.random() < 0.5:
            parts.append(f" {code}")
        parts += [", ", (country(home, self.lang, self.rng) or home, "COUNTRY_CODE")]
        self.put(page, number, *parts)

    def identity(self, page: PageDraft) -> None:
        rng, v, es = self.rng, self.v, self.es
        officer = rng.choice(OFFICIALS[self.lang])
        self.put(page, 1, f"{self.port[1][:2]}-PSM-{self.day.year}-{rng.randint(1, 999):04d}")
        self.put(page, 2, country(self.port_state, self.lang, rng, codes=False) or "")
        self.put(page, 3, PORT_AUTHORITIES[self.port_state])
        self.put(page, 4, f"{officer} (ID {rng.randint(100, 999)})")
        self.put(page, 5, f"{self.port[0]} (", (self.port[1], "PORT_ID"), ")")
        self.put(page, 6, f"{self.date()} {rng.randint(7, 11):02d}:{rng.randint(0, 59):02d}")
        self.put(page, 7, f"{self.date()} {rng.randint(13, 18):02d}:{rng.randint(0, 59):02d}")
        self.put(page, 8, self.yes(True))
        self.put(page, 9, "☒ LAN  ☐ TRX  ☐ PRO  ☐ OTH")
        last = rng.choice([p for p in PORTS if p[2] != self.port_state])
        self.put(page, 10, f"{last[0]}, {country(last[2], self.lang, rng, codes=False)} (",
                 (last[1], "PORT_ID"), f"), {self.date(-rng.randint(20, 200))}")  # fmt: skip
        self.put(page, 11, (v.name, "VESSEL_NAME"))
        self.put(page, 12, lab(country(v.flag, self.lang, rng), "FLAG", self.ph))
        self.put(page, 13, VESSEL_TYPES.get(v.gear or "", ("Longliner", "Palangrero"))[es])
        self.put(page, 14, lab(v.ircs, "IRCS", self.ph))
        self.put(page, 15, (national_reg_no(v.flag, rng), "NATIONAL_REG_NO"))
        self.put(page, 16, lab(v.imo, "IMO", self.ph))
        marking = f"{rng.choice('ABCDKMZ')}{rng.choice('HKLT')}-{rng.randint(100, 9999)}"
        self.put(page, 17, lab(marking if rng.random() < 0.5 else None, "OTHER_EXT_ID", self.ph))
        self.put(page, 18, lab(home_port(v, rng), "HOME_PORT", self.ph))

    def people(self, page: PageDraft) -> None:
        rng, v = self.rng, self.v
        owner, home = (v.owner, v.flag or "PAN") if v.owner else company(v.flag, rng)
        self.associate(page, 19, owner, home)
        if rng.random() < 0.5:
            self.put(page, 20, self.ph)
        else:
            self.associate(page, 20, *company(rng.choice(("PAN", "HKG")), rng))
        self.put(page, 21, ("Same as owner" if not self.es else "El propietario") if rng.random()
                 < 0.4 else (company(v.flag, rng)[0], "ASSOC_NAME"))  # fmt: skip
        for number in (22, 23):
            name, nat = person(v.flag or "" if rng.random() < 0.7 else "", rng)
            nationality = country(nat, self.lang, rng) or nat
            self.put(page, number, (name, "ASSOC_NAME"), " / ", (nationality, "COUNTRY_CODE"))
        self.put(page, 24, (rng.choice(AGENTS), "ASSOC_NAME"))
        vms: list[Part] = [
            "Sí: Nacional ☒  OROP ☒  Tipo: Inmarsat-C"
            if self.es
            else "Yes: National ☒  RFMO(s) ☒  Type: Inmarsat-C"
        ]
        if v.mmsi and rng.random() < 0.6:
            vms += ["; AIS MMSI ", (v.mmsi, "MMSI")]
        self.put(page, 25, *vms)

    def status(self, page: PageDraft) -> None:
        rng, v, es = self.rng, self.v, self.es
        rfmos, areas, species = OCEANS[self.ocean]
        year = self.day.year
        self.put(page, 26)
        page.line(
            "    Identificador | OROP | Situación pabellón | Lista autorizados | Lista IUU"
            if es
            else "    Vessel identifier | RFMO | Flag State status | Authorized list | IUU list"
        )
        for rfmo in rfmos[: rng.randint(1, len(rfmos))]:
            page.line("    ", (rfmo_id(rfmo, v.flag, rng), "RFMO_ID"), " | ", (rfmo, "RFMO_CODE"),
                      f" | {'Authorized' if not es else 'Autorizado'} | {self.yes(True)} | "
                      f"{self.yes(False)}")  # fmt: skip
        self.put(page, 27)
        gear = GEARS.get(v.gear or "", GEARS["DRIFTING_LONGLINES"])
        codes = rng.sample(species, rng.randint(1, 3))
        area = rng.choice(areas)
        authority = AUTHORITIES.get(v.flag or "", "Flag State fisheries administration")
        page.line("    ", (licence_no(v.flag, year, rng), "LICENSE_NO"), f" | {authority} | ",
                  (fmt_date(self.day.replace(month=1, day=1), self.style), "START_DATE"), " - ",
                  (fmt_date(self.day.replace(month=12, day=31), self.style), "END_DATE"),
                  " | FAO ", (area, "FAO_AREA_CODE"), " | ",
                  *self.codes(codes), f" | {gear[3]}")  # fmt: skip
        self.put(page, 28, self.ph)
        self.put(page, 29, "None" if not es else "Ninguno")
        self.put(page, 30)
        sep = "." if es else ","
        for code in codes:
            declared = rng.randint(2_000, 90_000)
            landed = declared - rng.randint(-400, 1500)
            amounts = f" | {declared:,} kg | {landed:,} kg | {declared - landed:+,} kg"
            page.line("    ", *self.codes([code], names=True),
                      f" | {'Frozen' if not es else 'Congelado'} | FAO ", (area, "FAO_AREA_CODE"),
                      amounts.replace(",", sep))  # fmt: skip
        self.put(page, 31, f"{rng.randint(0, 30_000):,} kg".replace(",", sep))
        self.put(page, 32, self.yes(rng.random() < 0.8))
        self.put(page, 35, gear[1 if es else 0])
        self.put(page, 36, self.yes(rng.random() < 0.7))

    def codes(self, codes: Sequence[str], names: bool = False) -> list[Part]:
        parts: list[Part] = []
        for n, code in enumerate(codes):
            sp = SPECIES[code]
            parts += [", "] if n else []
            if names and self.rng.random() < 0.6:
                parts.append((sp.es if self.es else sp.en, "SPECIES_NAME"))
            else:
                parts.append((code, "SPECIES_NAME"))
        return parts

    def findings(self, page: PageDraft) -> None:
        rng, v, es = self.rng, self.v, self.es
        rfmo = OCEANS[self.ocean][0][0]
        self.put(page, 37)
        if es:
            page.line("    El buque ", (v.name, "VESSEL_NAME"), " fue inspeccionado en presencia",
                      " del capitán. Las capturas descargadas coinciden con el cuaderno de pesca",
                      " salvo diferencias menores.")  # fmt: skip
        else:
            page.line("    Inspection of ", (v.name, "VESSEL_NAME"), " completed in the presence",
                      " of the master. Offloaded catch consistent with logbook within",
                      " tolerance.")  # fmt: skip
        infringement = rng.random() < 0.4
        if infringement:
            self.put(page, 38, "Possible breach of " if not es else "Posible incumplimiento de ",
                     (rfmo, "RFMO_CODE"), " conservation measure on transhipment at sea"
                     if not es else " sobre transbordo en el mar")  # fmt: skip
        else:
            self.put(page, 38, "None" if not es else "Ninguna")
        self.put(page, 39, "No comments" if not es else "Sin observaciones")
        action = "Referred to flag State" if infringement else "Port entry and landing authorized"
        self.put(page, 40, action if not es else "Se autoriza el desembarque")
        self.put(page, 41, "____________________")
        self.put(page, 42, "____________________")


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    report = _Report(vessels, rng)
    count = rng.choice((1, 2, 2, 3))
    pages = [PageDraft() for _ in range(count)]
    title = (
        "ACUERDO MERP — ANEXO C: RESULTADOS DE LAS INSPECCIONES"
        if report.es
        else "PORT STATE MEASURES AGREEMENT — ANNEX C: RESULTS OF PORT STATE INSPECTIONS"
    )
    pages[0].line(title).nl()
    report.identity(pages[0])
    report.people(pages[0])
    report.status(pages[min(1, count - 1)])
    report.findings(pages[count - 1])
    for number, page in enumerate(pages, start=1):
        page.nl().line(f"{'Page' if not report.es else 'Página'} {number}/{count}")
    return pages
