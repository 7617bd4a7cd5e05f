"""A press release or news article about a detention, an arrest at sea, a sanctions
designation or an RFMO IUU listing of one or two vessels: identifiers, flags, owners, ports
and RFMOs in running prose; fines in currency are not labelled. English, sometimes Spanish."""

from __future__ import annotations

import random
from collections.abc import Sequence

from oceanid_dev.demo.vessels import Vessel

from ._fmt import (
    company,
    country,
    fmt_date,
    former_identity,
    home_port,
    ocean_for,
    rfmo_id,
    some_day,
)
from ._ids import Ident, pick, pick_other
from ._page import PageDraft, Part
from ._vocab import COUNTRIES, OCEANS, OFFICIALS, PORTS, SPECIES

LAYOUT = "news_release"

KINDS = {"SQUID_JIGGER": ("squid jigger", "potero"), "CARRIER": ("refrigerated carrier",
         "buque frigorífico"), "TRAWLERS": ("trawler", "arrastrero")}  # fmt: skip
FINES = ("USD 1.2 million", "NZD 350,000", "€450,000", "PGK 2 million", "MUR 4.5 million",
         "US$780,000", "FJD 600,000")  # fmt: skip
MULTAS = ("1,2 millones de dólares", "450.000 euros", "S/ 2.300.000", "USD 780.000")


class _Story:
    def __init__(self, vessels: Sequence[Vessel], rng: random.Random) -> None:
        self.rng = rng
        self.es = rng.random() < 0.3
        self.lang = "es" if self.es else "en"
        self.v: Ident = pick(vessels, rng)
        self.other: Ident = pick_other(vessels, rng, self.v)
        self.ocean = ocean_for(self.v, rng)
        self.rfmo = OCEANS[self.ocean][0][0]
        self.port = rng.choice(PORTS)
        self.day = some_day(rng)
        self.width = rng.choice((0, 78, 90))

    def kind(self, v: Ident) -> str:
        return KINDS.get(v.gear or "", ("longliner", "palangrero"))[self.es]

    def subject(self, v: Ident, article: str) -> list[Part]:
        """'the Chinese-flagged longliner X (IMO ...)' or 'the longliner X (IMO ...), flagged to
        Vanuatu,'; Spanish 'el palangrero X (OMI ...), de bandera china,'."""
        rng, known = self.rng, COUNTRIES.get(v.flag or "")
        named: list[Part] = [(v.name, "VESSEL_NAME"), *self.ids(v)]
        if v.flag is None:
            return [article, self.kind(v), " ", *named]
        if self.es:
            if known and known.adj_es and rng.random() < 0.6:
                flag: list[Part] = ["de bandera ", (known.adj_es, "FLAG")]
            else:
                flag = [
                    "con pabellón de ",
                    (country(v.flag, "es", rng, codes=False) or v.flag, "FLAG"),
                ]
            return [article, self.kind(v), " ", *named, ", ", *flag, ","]
        if known and known.adj_en and rng.random() < 0.6:
            return [article, (known.adj_en, "FLAG"), "-flagged ", self.kind(v), " ", *named]
        name = country(v.flag, "en", rng, codes=False) or v.flag
        wording = rng.choice(("flagged to ", "which flies the flag of ", "registered in "))
        return [article, self.kind(v), " ", *named, ", ", wording, (name, "FLAG"), ","]

    def ids(self, v: Ident) -> list[Part]:
        """' (IMO 9000001, call sign BQAZ9)' with what the vessel has; may be empty."""
        found: list[Part] = []
        words = (("OMI ", "indicativo ", "MMSI ") if self.es else
                 (self.rng.choice(("IMO ", "IMO No. ")), "call sign ", "MMSI "))  # fmt: skip
        for word, value, label in zip(words, (v.imo, v.ircs, v.mmsi), ("IMO", "IRCS", "MMSI"),
                                      strict=True):  # fmt: skip
            if value and self.rng.random() < 0.8:
                found += [", " if found else " (", word, (value, label)]
        return [*found, ")"] if found else []

    def owner(self, v: Ident) -> str:
        return v.owner or company(v.flag, self.rng)[0]

    def lead(self) -> list[Part]:
        rng, v = self.rng, self.v
        place = self.port[0].upper()
        when = fmt_date(self.day, "es-long" if self.es else rng.choice(("dmy-long", "mdy-long")))
        opener: list[Part] = [f"{place}, {when} — "]
        if self.es:
            body: list[Part] = [*self.subject(v, "El "),
                                f" fue retenido en el puerto de {self.port[0]} tras una inspección"
                                " en el marco del Acuerdo sobre Medidas del Estado Rector del"
                                " Puerto."]  # fmt: skip
            return opener + body
        kind = rng.randrange(4)
        subject = self.subject(v, "the ")
        if kind == 0:
            return [*opener, "Port authorities have detained ", *subject,
                             f" in {self.port[0]} after inspectors found undeclared catch in"
                             " its holds."]  # fmt: skip
        if kind == 1:
            return [*opener, "A patrol vessel intercepted ", *subject,
                             f" {rng.randint(12, 140)} nautical miles inside the exclusive economic"
                             " zone and escorted it to port."]  # fmt: skip
        if kind == 2:
            return [*opener, "The ", (self.rfmo, "RFMO_CODE"), " Commission agreed on Friday",
                    " to add ", *subject, " to its IUU Vessel List."]  # fmt: skip
        return [*opener, "The Treasury today imposed sanctions on ", (self.owner(v), "ASSOC_NAME"),
                " and identified ", *subject, " as blocked property."]  # fmt: skip

    def owners(self) -> list[Part]:
        v = self.v
        port = home_port(v, self.rng, whole=False)
        where: list[Part] = []
        if self.es:
            where = [", con puerto base en ", (port.title(), "HOME_PORT")] if port else []
            return ["El buque pertenece al ", ("armador", "ASSOC_ROLE"), " ",
                    (self.owner(v), "ASSOC_NAME"), *where, "."]  # fmt: skip
        where = [" and registered in ", (port.title(), "HOME_PORT")] if port else []
        role = self.rng.choice(("owner", "operator", "registered owner"))
        return ["The vessel is listed with ", (self.owner(v), "ASSOC_NAME"), " as its ",
                (role, "ASSOC_ROLE"), *where, "."]  # fmt: skip

    def catch(self) -> list[Part]:
        rng = self.rng
        sp = SPECIES[rng.choice(OCEANS[self.ocean][2])]
        fine = rng.choice(MULTAS if self.es else FINES)
        area = rng.choice(OCEANS[self.ocean][1])
        if self.es:
            return ["Según la autoridad, a bordo había ", str(rng.randint(20, 400)),
                    " toneladas de ", (sp.es.lower(), "SPECIES_NAME"),
                    " capturadas en la zona FAO ", (area, "FAO_AREA_CODE"),
                    f". La multa asciende a {fine}."]  # fmt: skip
        proper = sp.en.split()[0] in ("Chilean", "Argentine", "Patagonian", "Pacific", "Atlantic")
        name = sp.en if proper else sp.en.lower()
        return ["Officials said about ", str(rng.randint(20, 400)), " tonnes of ",
                (name, "SPECIES_NAME"), " had been taken in FAO Area ", (area, "FAO_AREA_CODE"),
                f". The operator faces a fine of up to {fine}."]  # fmt: skip

    def history(self) -> list[Part]:
        rng, v = self.rng, self.v
        flag, name, _, _ = former_identity(rng)
        former_flag = country(flag, self.lang, rng, codes=False) or flag
        rid = rfmo_id(self.rfmo, v.flag, rng)
        if self.es:
            return ["Registros de la ", (self.rfmo, "RFMO_CODE"), " (número ", (rid, "RFMO_ID"),
                    ") muestran que el buque se llamaba antes ", (name, "NAME_CHANGE"),
                    " y navegaba con pabellón de ", (former_flag, "FLAG_CHANGE"), "."]  # fmt: skip
        return ["Records of the ", (self.rfmo, "RFMO_CODE"), " (record ", (rid, "RFMO_ID"),
                ") show the vessel previously sailed as ", (name, "NAME_CHANGE"),
                " under the flag of ", (former_flag, "FLAG_CHANGE"), "."]  # fmt: skip

    def second(self) -> list[Part]:
        o = self.other
        subject = self.subject(o, "el " if self.es else "the ")
        comma: list[Part] = [] if subject[-1] == "," else [","]
        if self.es:
            return ["Un segundo buque, ", *subject, *comma, " que recibió capturas transbordadas,",
                    " también está siendo investigado."]  # fmt: skip
        return ["A second vessel, ", *subject, *comma, " which received transhipped catch, is",
                " also under investigation."]  # fmt: skip

    def quote(self) -> list[Part]:
        who = self.rng.choice(OFFICIALS[self.lang])
        if self.es:
            return [f"\u201cNo toleraremos la pesca ilegal en nuestras aguas\u201d, declaró {who}."]
        return [f"\u201cThis case shows why port State measures matter,\u201d said {who}."]


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    story = _Story(vessels, rng)
    title = ("COMUNICADO DE PRENSA" if story.es else rng.choice(("PRESS RELEASE", "NEWS",
             "FOR IMMEDIATE RELEASE")))  # fmt: skip
    paragraphs = [story.lead(), story.owners(), story.catch(), story.quote()]
    if rng.random() < 0.6:
        paragraphs.insert(2, story.history())
    if rng.random() < 0.5:
        paragraphs.insert(3, story.second())
    pages = [PageDraft()]
    pages[0].line(title).nl()
    cut = len(paragraphs) if rng.random() < 0.4 else rng.randint(2, len(paragraphs) - 1)
    for n, parts in enumerate(paragraphs):
        if n == cut:
            pages.append(PageDraft())
        pages[-1].para(*parts, width=story.width).nl()
    if rng.random() < 0.35:
        notes = PageDraft()
        notes.line("Notas para los editores" if story.es else "Notes to editors")
        tail = (" publica su lista de buques IUU en su sitio web." if story.es else
                " publishes its IUU Vessel List on its website.")  # fmt: skip
        notes.para(("La " if story.es else "The "), (story.rfmo, "RFMO_CODE"), tail,
                   width=story.width)  # fmt: skip
        notes.line(f"Media contact: +{rng.randint(30, 690)} {rng.randint(100, 999)} "
                   f"{rng.randint(1000, 9999)}")  # fmt: skip
        pages.append(notes)
    return pages[:3]
