"""What a table header or a form key names, in English, Spanish and French.

Registries print the same field in many wordings ("IMO No.", "Lloyd's Register No.", "Número
OMI", "N° OMI"). A wording is normalised (case, accents, punctuation, the many spellings of
"number"), then looked up three ways, most specific first:

1. the vocabulary below, exactly;
2. the vocabulary again after reading OCR's look-alikes back ("lMO", "Ca11 Slgn", "Narne"),
   then with rapidfuzz, for other slips and small variants ("Cal Sign");
3. the words it contains ("... call sign ..." names a call sign whatever surrounds it), so a
   wording nobody listed still maps when it uses the field's usual words.

The answer is a *kind*; `KIND_LABEL` gives the label a value of that kind gets. Kinds that are
known but carry no label (gear, remarks, dates of issue) are `IGNORE`, so that their values are
not taken for something else."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz, process

NAME = "name"  # the vessel's name
IMO, MMSI, IRCS, CFR = "imo", "mmsi", "ircs", "cfr"
UVI = "uvi"  # FAO's unique vessel identifier: the IMO number, or a register's own
NATREG, RFMO_ID, EXT_ID = "natreg", "rfmo_id", "ext_id"
FLAG, PORT, PORT_ID, METRIC, YEAR = "flag", "port", "port_id", "metric", "year"
VISITED_PORT = "visited_port"
BUILD_PLACE, BUILD_COUNTRY = "build_place", "build_country"
AUTH_TYPE, LICENCE, START, END, PERIOD = "auth_type", "licence", "start", "end", "period"
RFMO, AREA, SPECIES = "rfmo", "area", "species"
OWNER, ROLE, ADDRESS, CITY, STATE, COUNTRY, COMPANY_REG = (
    "owner",
    "role",
    "address",
    "city",
    "state",
    "country",
    "company_reg",
)
FORMER_NAME, FORMER_FLAG, FORMER_ID = "former_name", "former_flag", "former_id"
IGNORE = "ignore"
# The kind a previous value of a field is read as: a former name, flag or identifier; an
# owner or operator stays an associate of the vessel. (An IMO number stays with the hull.)
FORMER_KIND = {
    NAME: FORMER_NAME,
    FLAG: FORMER_FLAG,
    IRCS: FORMER_ID,
    MMSI: FORMER_ID,
    OWNER: OWNER,
}

KIND_LABEL: dict[str, str] = {
    NAME: "VESSEL_NAME",
    IMO: "IMO",
    MMSI: "MMSI",
    IRCS: "IRCS",
    CFR: "EU_CFR",
    NATREG: "NATIONAL_REG_NO",
    RFMO_ID: "RFMO_ID",
    EXT_ID: "OTHER_EXT_ID",
    FLAG: "FLAG",
    PORT: "HOME_PORT",
    PORT_ID: "PORT_ID",
    METRIC: "METRIC_VALUE",
    YEAR: "BUILD_YEAR",
    BUILD_PLACE: "BUILDER_LOCATION",
    BUILD_COUNTRY: "BUILD_COUNTRY",
    AUTH_TYPE: "AUTH_TYPE",
    LICENCE: "LICENSE_NO",
    START: "START_DATE",
    END: "END_DATE",
    RFMO: "RFMO_CODE",
    AREA: "FAO_AREA_CODE",
    SPECIES: "SPECIES_NAME",
    OWNER: "ASSOC_NAME",
    ROLE: "ASSOC_ROLE",
    ADDRESS: "ADDRESS",
    CITY: "CITY",
    STATE: "STATE",
    COUNTRY: "COUNTRY_CODE",
    COMPANY_REG: "REG_NO",
    FORMER_NAME: "NAME_CHANGE",
    FORMER_FLAG: "FLAG_CHANGE",
    FORMER_ID: "ID_CHANGE",
}

# Wordings as printed; normalised when the module loads. Keep each kind's list in the three
# languages side by side so a missing translation is easy to see; Portuguese (Lusophone flag
# States and licences: Brazil, Portugal, Cabo Verde, Mozambique, Angola) closes each list.
# fmt: off
_WORDINGS: dict[str, tuple[str, ...]] = {
    NAME: (
        "Vessel name", "Name of vessel", "Name of the vessel", "Vessel's name", "Ship name",
        "Ship's name", "Name of ship", "Vessel", "Current name", "Vessel name (current)",
        "Nombre del buque", "Nombre de la embarcación", "Nombre del barco", "Buque", "Embarcación",
        "Nombre", "Nom du navire", "Nom du bateau", "Navire", "Nom",
        "Nome da embarcação", "Nome do navio", "Nome do barco", "Embarcação", "Navio",
    ),
    IMO: (
        "IMO", "IMO No", "IMO number", "IMO ship identification number", "Lloyd's", "Lloyd's No",
        "Lloyd's / IMO No", "LR/IMO No", "LR No", "IMO/LR No", "Lloyd's Register No",
        "Número OMI", "No OMI", "OMI", "Número IMO", "Numéro OMI", "Numéro IMO",
    ),
    MMSI: (
        "MMSI", "MMSI No", "MMSI number", "Número MMSI", "Numéro MMSI", "ISMM",
        "Maritime Mobile Service Identity", "Identidad del servicio móvil marítimo",
        "Identité du service mobile maritime",
    ),
    IRCS: (
        "IRCS", "Call sign", "Callsign", "Radio call sign", "International radio call sign",
        "Int'l radio call sign", "Call letters", "Signal letters", "Indicativo de llamada",
        "Indicativo internacional de llamada", "Indicativo de radio", "Distintivo de llamada",
        "Distintivo", "Señal distintiva", "Indicatif d'appel", "Indicatif radio",
        "Indicatif international d'appel radio", "Indicatif",
        "Distinctive number or letters", "Distinctive letters", "Signal code",
        "Número o letras distintivos",
        "Numéro ou lettres distinctifs", "Lettres distinctives",
        "Indicativo de chamada", "Indicativo de chamada rádio", "Indicativo rádio",
    ),
    UVI: ("UVI", "Unique vessel identifier", "TUVI"),
    CFR: ("CFR", "EU CFR", "CFR No", "Community fleet register No", "Número CFR", "Numéro CFR"),
    NATREG: (
        "Registration No", "Reg No", "Registry No", "National registration No",
        "Official No", "Official number", "Off. No.", "Register No", "Registration", "Matrícula",
        "No de matrícula", "Matrícula nacional", "Número de registro", "Folio",
        "No d'immatriculation", "Immatriculation", "Numéro d'immatriculation",
        "Numéro d'enregistrement",
        "Número de registo", "Número de inscrição", "Matrícula n.º",
    ),
    RFMO_ID: (
        "VID", "WCPFC VID", "IOTC No", "ICCAT No", "ICCAT serial No", "Serial No", "Record No",
        "RFMO ID", "RFMO No", "Record ID", "Registro ORP", "No ORP", "No ORGP", "Numéro ORGP",
        "IATTC No", "NPFC ID", "CCSBT No", "SPRFMO ID", "Vessel ID",
    ),
    EXT_ID: (
        "External marking", "External markings", "Side number", "PLN", "UVI", "Marcas externas",
        "Marquage extérieur", "Port letters and numbers",
    ),
    FLAG: (
        "Flag", "Flag State", "Flag state", "Flag country", "Current flag", "State of registry",
        "Country of registration", "Bandera", "Pabellón", "Estado de pabellón",
        "Estado del pabellón", "País de abanderamiento", "Pavillon", "État du pavillon",
        "Etat de pavillon",
        "Bandeira", "Pavilhão", "Estado de bandeira",
    ),
    PORT: (
        "Port of registry", "Home port", "Port", "Port of registration", "Registry port",
        "Base port", "Puerto de registro", "Puerto base", "Puerto de matrícula", "Puerto",
        "Port d'attache", "Port d'immatriculation", "Port d'enregistrement",
        "Porto de registo", "Porto de registro", "Porto de armamento", "Porto base",
    ),
    PORT_ID: (
        "UN/LOCODE", "LOCODE", "Port code", "Port LOCODE", "Código de puerto", "Code du port",
        "Code portuaire",
    ),
    # Ports the vessel calls at, not its home port: only their UN/LOCODE is labelled.
    VISITED_PORT: (
        "Port of landing", "Port of call", "Port of inspection", "Last port of call",
        "Port of delivery", "Port of loading", "Port of discharge", "Port of departure",
        "Port of arrival", "Last port", "Next port", "Puerto de desembarque",
        "Puerto de descarga", "Puerto de entrega", "Puerto de escala", "Port de débarquement",
        "Port d'escale", "Port de livraison",
    ),
    METRIC: (
        "GT", "GRT", "NT", "Gross tonnage", "Gross register tonnage", "Net tonnage", "Tonnage",
        "Gross tons", "Net tons",
        "LOA", "Length", "Length overall", "Breadth", "Beam", "Depth", "Draught",
        "Engine power", "Main engine power", "Power", "Hold capacity", "Fish hold capacity",
        "Arqueo bruto", "Arqueo", "TRB", "Eslora", "Eslora total", "Manga", "Puntal",
        "Potencia", "Potencia del motor", "Potencia motor", "Capacidad de bodega",
        "Jauge brute", "Jauge", "Tonnage brut", "Longueur", "Longueur hors tout", "Largeur",
        "Puissance", "Puissance motrice", "Puissance du moteur", "Capacité de cale", "UMS",
        "kW", "HP",
        "Arqueação bruta", "Arqueação líquida", "Arqueação", "Comprimento fora a fora",
        "Comprimento", "Comprimento total", "Boca", "Pontal", "Potência do motor",
        "Potência propulsora", "Capacidade de porão",
    ),
    YEAR: (
        "Year built", "Year of build", "Build year", "Built", "Year of construction",
        "Date of build", "Año de construcción", "Año construcción", "Año", "Construcción",
        "Année de construction", "Année", "Construit en",
        "Ano de construção", "When built",
    ),
    BUILD_PLACE: (
        "Place of build", "Place of construction", "Built at", "Shipyard", "Builder",
        "Lugar de construcción", "Astillero", "Lieu de construction", "Chantier",
        "Chantier naval",
        "Local de construção", "Estaleiro", "Construtor", "Where built",
    ),
    BUILD_COUNTRY: (
        "Country of build", "Country of construction", "Build country", "País de construcción",
        "Pays de construction",
        "País de construção",
    ),
    AUTH_TYPE: (
        "Type of licence", "Licence type", "Type of authorization", "Authorization type",
        "Type of permit", "Permit type", "Tipo de licencia", "Tipo de autorización",
        "Type de licence", "Type d'autorisation", "Authorization", "Licence", "Activity",
        "Tipo de licença", "Tipo de autorização",
    ),
    LICENCE: (
        "Licence No", "License No", "Licence number", "Permit No", "Authorization No",
        "Authorisation No", "Licence", "No de licencia", "Número de licencia", "Licencia",
        "No de permiso", "Permiso", "No de licence", "Numéro de licence", "Numéro de permis",
        "Numéro d'autorisation", "No d'autorisation",
        # An establishment's approval for export (EU lists of approved freezer vessels).
        "Approval number", "Approval No", "Numéro d'agrément", "Número de autorización sanitaria",
        "Licença n.º", "Número da licença", "Licença de pesca n.º",
    ),
    START: (
        "Valid from", "Start date", "Date from", "From", "Effective date", "Start",
        "Authorized from", "Authorised from", "Auth from", "Date of registration",
        "Válida desde", "Válido desde", "Desde", "Fecha de inicio", "Vigencia desde",
        "Inicio", "Fecha inicio", "Valable du", "Valable à partir du", "Du", "Date de début",
        "Début", "Début de validité",
        "Válida a partir de", "Data de início",
    ),
    END: (
        "Valid to", "Valid until", "Expiry", "Expiry date", "Date of expiry", "Expires",
        "End date", "Date to", "To", "Until", "End", "Authorized to", "Authorised to",
        "Auth to", "Expiration", "Expiration date", "Válida hasta", "Válido hasta", "Hasta",
        "Fecha de vencimiento", "Vencimiento", "Fecha de expiración", "Fecha fin",
        "Vigencia hasta", "Valable jusqu'au", "Au", "Jusqu'au", "Date d'expiration",
        "Expiration", "Fin de validité", "Date de fin", "Fin", "Licence fin", "Licencia fin",
        "Válida até", "Data de validade", "Validade até", "Data de fim", "Termo",
    ),
    PERIOD: (
        "Validity", "Period of validity", "Validity period", "Period", "Authorization period",
        "Validez", "Período de validez", "Vigencia", "Período", "Validité",
        "Période de validité", "Durée de validité", "Période",
        "Validade", "Período de validade", "Prazo de validade",
    ),
    RFMO: ("RFMO", "ORP", "ORGP", "Organisation", "Organization"),
    AREA: (
        "FAO area", "FAO areas", "Area", "Areas", "Fishing area", "Fishing areas",
        "Authorized area", "Authorized areas", "Area of operation", "Areas of operation",
        "Zona", "Zona FAO", "Zonas", "Área", "Área FAO", "Área de pesca", "Zona de pesca",
        "Zone", "Zone FAO", "Zones", "Zone de pêche", "Zones de pêche",
        "Áreas de pesca",
    ),
    SPECIES: (
        "Species", "Target species", "Authorized species", "Main species", "Especies",
        "Especie", "Especies objetivo", "Especies autorizadas", "Espèces", "Espèce",
        "Espèces cibles", "Espèces autorisées",
        "Espécies-alvo",
    ),
    OWNER: (
        "Owner", "Registered owner", "Owner name", "Name of owner", "Operator", "Operator name",
        "Licence holder", "Company", "Manager", "Charterer", "Beneficial owner", "Shipowner",
        "Owner / operator", "Owner/Operator", "Assured", "Name of assured", "Joint assured",
        "Entered member", "Armador", "Propietario", "Operador", "Titular", "Asegurado",
        "Assuré",
        "Empresa", "Armateur", "Propriétaire", "Exploitant", "Titulaire", "Société",
        "Proprietário", "Titular da licença",
        "Entidade armadora", "Raison sociale", "Razón social",
    ),
    ROLE: ("Capacity", "Role", "Función", "Calidad", "Rôle", "Qualité", "Rol"),
    ADDRESS: (
        "Address", "Registered address", "Owner address", "Address of owner", "Dirección",
        "Domicilio", "Adresse", "Siège",
        "Endereço", "Morada", "Sede",
    ),
    CITY: ("City", "Town", "Ciudad", "Localidad", "Ville", "Cidade", "Localidade"),
    # "State" alone is left out: a flag State, a vessel's state (in service, laid up).
    STATE: (
        "Province", "State/Province", "State or province", "Prefecture", "Provincia",
        "Departamento", "Région", "Estado/Província", "Província",
    ),
    COUNTRY: (
        "Country", "Nationality", "País", "Nacionalidad", "Pays", "Nationalité", "Nacionalidade",
    ),
    COMPANY_REG: (
        "Company registration No", "Company No", "Company reg No", "IMO company number",
        "Company IMO number", "IMO company No", "IMO company identification number",
        "Unified social credit code",
        "USCC", "Registro mercantil",
        "RUC", "NIF", "CIF", "SIRET", "SIREN", "RCS",
        "NIPC", "CNPJ", "NUIT",
    ),
    FORMER_NAME: (
        "Former name", "Former names", "Previous name", "Previous names", "Ex name", "Ex-name",
        "Nombre anterior", "Nombres anteriores", "Ancien nom", "Anciens noms",
        "Nome anterior", "Nomes anteriores",
    ),
    FORMER_FLAG: (
        "Former flag", "Previous flag", "Previous registry", "Former registry",
        "Previous flag State", "Former flag State", "Former vessel flag", "Other vessel flag",
        "Bandera anterior", "Pabellón anterior",
        "Ancien pavillon",
        "Bandeira anterior",
    ),
    FORMER_ID: (
        "Former call sign", "Previous call sign", "Other vessel call sign", "Former IRCS",
        "Previous IRCS",
        "Former MMSI", "Previous MMSI", "Indicativo anterior", "Ancien indicatif",
    ),
    IGNORE: (
        "No", "Nº", "#", "Item", "Row", "Seq", "Gear", "Gear type", "Fishing gear", "Type",
        "Vessel type", "Type of vessel", "Type of ship", "Ship type", "Remarks", "Notes", "Status",
        "Date of issue", "Issued", "Issue date", "Date", "Hull material", "Crew",
        "Arte", "Arte de pesca", "Tipo", "Tipo de buque", "Observaciones", "Estado",
        "Fecha de emisión", "Fecha de expedición", "Fecha", "Engin", "Engin de pêche",
        "Type de navire", "Observations", "Statut", "Date de délivrance", "Délivré le",
        "Telephone", "Tel", "Fax", "Email", "E-mail", "Page",
        "Tipo de embarcação", "Observações", "Data de emissão", "Emitida em",
    ),
}
# fmt: on
# "Licence" alone is both a kind of authorization and its number; as a key it is usually the
# number ("Licence: LIC-2025-0042"), as a value cell the text decides (see values).
_AMBIGUOUS_FIRST = {"licence": LICENCE, "expiration": END}

_NUMBER_WORDS = re.compile(
    r"\b(?:number|numero|num|nr|nbr|no|n|nos)\b|#|n°|n\s*o\b", flags=re.IGNORECASE
)
# A capital I that OCR read as "l" in a word of capitals ("lMO No.", "lRCS", "MMSl"), before
# CamelCase splits it off.
_OCR_CAPITAL_I = re.compile(r"\bl(?=[A-Z]{2})|(?<=[A-Z]{2})l(?=[A-Z]|\b)")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_NON_WORD = re.compile(r"[^a-z0-9#°]+")
_UNIT_SUFFIX = re.compile(r"\s*[(\[]\s*([^()\[\]]{1,12})\s*[)\]]\s*$")


# Words that database field names and terse report headers shorten ("VSL_NM", "FLG",
# "CALLSGN", "LIC EXP", "BLD_CTRY"), written out before the lookup.
_ABBREVIATIONS = {
    "vsl": "vessel",
    "vssl": "vessel",
    "nme": "name",
    "nms": "names",
    "flg": "flag",
    "callsgn": "call sign",
    "callsign": "call sign",
    "sgn": "sign",
    "ctry": "country",
    "cntry": "country",
    "addr": "address",
    "prov": "province",
    "lic": "licence",
    "immat": "immatriculation",
    "eff": "effective",
    "exp": "expiry",
    "spp": "species",
    "yob": "year built",
    "bldr": "builder",
    "bld": "build",
    "yr": "year",
}


def normalise(wording: str) -> str:
    """Lower case, no accents, punctuation as spaces, every spelling of 'number' as 'no';
    CamelCase and snake_case headers of data exports as words, their abbreviations written
    out."""
    wording = _OCR_CAPITAL_I.sub("I", wording)
    decomposed = unicodedata.normalize("NFKD", _CAMEL.sub(" ", wording))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    plain = plain.replace("n°", " no ").replace("n.o", " no ")
    words = [_ocr_letters(w) for w in _NON_WORD.sub(" ", plain).split()]
    return " ".join("no" if _NUMBER_WORDS.fullmatch(w) else _ABBREVIATIONS.get(w, w) for w in words)


# OCR reads letters of a scanned key as look-alike digits ("Cal1 Sign", "8readth"); in a word
# that also has letters the digits are read back as the letters they resemble.
_LOOK_ALIKES = str.maketrans("0158", "olsb")


def _ocr_letters(word: str) -> str:
    if word.isalpha() or word.isdigit() or not any(ch.isalpha() for ch in word):
        return word
    return word.translate(_LOOK_ALIKES)


def split_unit(wording: str) -> tuple[str, str | None]:
    """'LOA (m)' -> ('LOA', 'm'): a unit in brackets at the end of a header or key."""
    m = _UNIT_SUFFIX.search(wording)
    if m is None:
        return wording, None
    return wording[: m.start()], m.group(1)


def _vocabulary() -> dict[str, str]:
    vocabulary: dict[str, str] = {}
    for kind, wordings in _WORDINGS.items():
        for wording in wordings:
            vocabulary.setdefault(normalise(wording), kind)
    for wording, kind in _AMBIGUOUS_FIRST.items():
        vocabulary[normalise(wording)] = kind
    return vocabulary


VOCABULARY: dict[str, str] = _vocabulary()


# OCR also confuses letters with letters: "l" and "i" (and "1", read back as "l" above), "rn"
# and "m", "vv" and "w". A word nobody wrote is compared by its skeleton, in which each such
# group is one letter, with the words the vocabulary and the word rules use ("lrcs", "Slgn",
# "Narne"); a skeleton two known words share is left alone.
_SKELETON_PAIRS = (("rn", "m"), ("vv", "w"), ("l", "i"))


def _skeleton(word: str) -> str:
    for seen, read in _SKELETON_PAIRS:
        word = word.replace(seen, read)
    return word


def _known_words() -> tuple[frozenset[str], dict[str, str]]:
    words = {w for wording in VOCABULARY for w in wording.split()}
    words |= set(re.findall(r"[a-z]{3,}", " ".join(p.pattern for p, _ in _WORD_RULES)))
    by_skeleton: dict[str, set[str]] = {}
    for word in words:
        by_skeleton.setdefault(_skeleton(word), set()).add(word)
    unique = {skeleton: next(iter(w)) for skeleton, w in by_skeleton.items() if len(w) == 1}
    return frozenset(words), unique


def _ocr_read_back(key: str) -> str:
    """The key with each unknown word replaced by the known word of the same skeleton, and
    pieces of a word that OCR split at a speck ("OFF_ICIAL", "A'RM|AD~OR") joined again: an
    unknown piece with the pieces after it, else with the known word before it."""
    words = key.split()
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        if word not in _KNOWN_WORDS:
            joined = _rejoined(words, i)
        elif i + 1 < len(words) and words[i + 1] not in _KNOWN_WORDS:
            joined = None if _rejoined(words, i + 1) else _rejoined(words, i)
        else:
            joined = None
        if joined is not None:
            out.append(joined[0])
            i = joined[1]
            continue
        out.append(word if word in _KNOWN_WORDS else _BY_SKELETON.get(_skeleton(word), word))
        i += 1
    return " ".join(out)


_MAX_PIECES = 4
_MIN_REJOINED = 4  # "de" + "i" is no "del"


def _rejoined(words: list[str], i: int) -> tuple[str, int] | None:
    """The known word that words[i:end] make when written together, and end; None if none."""
    for end in range(min(len(words), i + _MAX_PIECES), i + 1, -1):
        joined = "".join(words[i:end])
        if len(joined) < _MIN_REJOINED:
            return None
        known = joined if joined in _KNOWN_WORDS else _BY_SKELETON.get(_skeleton(joined))
        if known is not None:
            return known, end
    return None


_CHOICES = tuple(VOCABULARY)
# Measured on the tuned pages' keys: at 85 OCR slips of one letter in 7+ match ("lmo no" ->
# "imo no" does not, the word rules catch it), while distinct wordings stay apart.
_FUZZY_CUTOFF = 85.0

# Last resort: the words a wording contains, tried in order (specific before general).
_W = r"(?:^| )"
_E = r"(?= |$)"
_WORD_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), kind)
    for pattern, kind in (
        # Words that make the field about something else than the vessel: a status in a list,
        # the inspector, a signature or a stamp (first: "date and signature of the master" is
        # no master).
        (
            rf"{_W}(?:status|statut|inspector|inspecteur|inspectora|inspectrice|signature|"
            rf"signed|firma|stamp|sello|cachet){_E}",
            IGNORE,
        ),
        # Who issued a document and who classes the ship are neither the ship nor an associate
        # everyone labels ("Issued by", "Name of all classification society(ies) with which
        # the ship is classed", "DOC issued by").
        (
            rf"{_W}(?:issued by|which issued|issuing|delivre par|expedido por|emitido por|"
            rf"classification society|classification societies|societies|classed|"
            rf"sociedad de clasificacion|societe de classification){_E}",
            IGNORE,
        ),
        # A date's key names a date, whatever else it names: the end of a registration ("Date
        # ship ceased to be registered", "Deletion date", "Fecha de baja") or its start ("Date
        # of registration with the State indicated in 2", "Fecha de matriculacion").
        (
            rf"^(?:date|fecha)\b.*\b(?:ceased|deleted|deletion|deregistered|baja|radiation|"
            rf"radie|cancelled|canceled){_E}|^(?:deletion|deregistration|radiation) date{_E}",
            END,
        ),
        (
            rf"^(?:date|fecha)\b.*\b(?:registration|registered|matriculacion|inscripcion|"
            rf"immatriculation|enregistrement){_E}|^registration date{_E}",
            START,
        ),
        # An owner's or company's identification number (IMO's CSR, item 6.1): the company's;
        # so is an IMO number that a key gives the company ("Numéro OMI de la compagnie").
        (
            rf"{_W}(?:owner|owners|company|compagnie|compania|empresa|proprietaire|propietario)"
            rf"\b.*\bidentification (?:no|number){_E}|"
            rf"{_W}(?:imo|omi)\b.*\b(?:company|compagnie|compania|empresa){_E}",
            COMPANY_REG,
        ),
        (
            rf"{_W}(?:former|previous|old|ex|anterior|ancien|anciens|precedent)\b.*\bnames?{_E}|"
            rf"{_W}(?:nombre|nom)s? (?:anterior|anterieur|ancien|precedent)",
            FORMER_NAME,
        ),
        (
            rf"{_W}(?:former|previous|ex|anterior|ancien)\b.*\b(?:flag|bandera|pabellon|pavillon)"
            rf"|(?:bandera|pabellon|pavillon)s? (?:anterior|anterieur|precedent)",
            FORMER_FLAG,
        ),
        (
            rf"{_W}(?:former|previous|ex|anterior|ancien)\b.*\b(?:call|ircs|imo|mmsi|indicati)"
            # Spanish and French put the word after the noun: "MMSI antérieurs".
            rf"|{_W}(?:indicati\w*|distintivo\w*|ircs|imo|omi|mmsi)\b.*"
            rf"\b(?:anterior\w*|anterieur\w*|precedent\w*|ancien\w*)",
            FORMER_ID,
        ),
        # The master is a person linked to the vessel, not the vessel ("Vessel master name
        # and nationality", "Nom du capitaine"); the master's nationality is a country.
        (
            rf"^(?!nationalit|nacionalidad)(?:.* )?"
            rf"(?:master|captain|skipper|capitan|capitaine|patron){_E}",
            OWNER,
        ),
        (rf"{_W}(?:imo|omi|lloyd|lloyds|lr){_E}", IMO),
        (rf"{_W}mmsi{_E}", MMSI),
        # "call" alone is a port call ("Port and date of last port call").
        (
            rf"{_W}(?:ircs|call sign|call letters|callsign|indicatif|indicativo|distintivo|"
            rf"signal|senal de llamada|signal d appel){_E}",
            IRCS,
        ),
        (rf"{_W}cfr{_E}", CFR),
        (rf"{_W}(?:address|direccion|domicilio|adresse){_E}", ADDRESS),
        (
            rf"{_W}(?:owner|owners|operator|armador|armateur|propietario|proprietaire|operador|"
            rf"exploitant|holder|titular|titulaire|company|empresa|societe|charterer|manager|"
            rf"shipowner|agent|agente){_E}",
            OWNER,
        ),
        (rf"{_W}(?:flag|bandera|pabellon|pavillon|abanderamiento){_E}", FLAG),
        (rf"{_W}(?:locode|port code|codigo de puerto|code du port){_E}", PORT_ID),
        (
            rf"{_W}(?:landing|inspection|call|desembarque|descarga|debarquement|escale|"
            rf"arrival|llegada|arrivee){_E}",
            IGNORE,
        ),
        (rf"{_W}(?:port|puerto){_E}", PORT),
        (
            rf"{_W}(?:tonnage|gt|grt|loa|length|eslora|longueur|arqueo|jauge|power|potencia|"
            rf"puissance|kw|hp|breadth|beam|manga|depth|puntal|capacity|capacidad|capacite|"
            rf"ums|trb){_E}",
            METRIC,
        ),
        (
            rf"{_W}(?:built|build|construction|construccion|construit){_E}.*"
            rf"(?:year|ano|annee){_E}|{_W}(?:year|ano|annee){_E}",
            YEAR,
        ),
        (rf"{_W}(?:shipyard|builder|astillero|chantier){_E}", BUILD_PLACE),
        (rf"{_W}(?:species|especies|especie|especes|espece){_E}", SPECIES),
        (rf"{_W}(?:fao|area|areas|zona|zonas|zone|zones){_E}", AREA),
        (
            rf"{_W}(?:expiry|expires|expiration|until|hasta|vencimiento|jusqu|au){_E}|"
            rf"{_W}(?:valid|valida|valido|valable) (?:to|until|hasta|jusqu)",
            END,
        ),
        (rf"{_W}(?:from|desde|since|du|inicio|debut|effective){_E}", START),
        (rf"{_W}(?:validity|validez|vigencia|validite|period|periodo|periode){_E}", PERIOD),
        (
            rf"{_W}(?:licence|license|licencia|permit|permiso|permis|authori[sz]ation|"
            rf"autorizacion|autorisation){_E}.*{_W}no{_E}|{_W}no (?:de )?(?:licen|permi|autor)",
            LICENCE,
        ),
        (
            rf"{_W}(?:licence|license|licencia|authori[sz]ation|autorizacion|autorisation)"
            rf"{_E}.*(?:type|tipo){_E}|{_W}(?:type|tipo) (?:of |de |d )?(?:licen|autor|permi)",
            AUTH_TYPE,
        ),
        (
            rf"{_W}(?:vid|identifier|identificador|identifiant|rfmo|orp|orgp|record|serial|iotc|iccat|wcpfc|iattc|npfc|ccsbt|sprfmo|"
            rf"siofa|nafo|ccamlr|ctoi|cicta|cicaa|ciat|citt|caoi){_E}",
            RFMO_ID,
        ),
        (
            rf"{_W}(?:registration|registry|register|matricula|immatriculation|official|"
            rf"enregistrement|registro|reg){_E}",
            NATREG,
        ),
        # A vessel's contact details are not the vessel ("Vessel contact information").
        (rf"{_W}(?:contact|contacto|phone|telefono|e mail|courriel){_E}", IGNORE),
        (rf"{_W}(?:name|nombre|nom|vessel|ship|buque|navire|barco|embarcacion|bateau){_E}", NAME),
        (rf"{_W}(?:country|pais|pays|nationality|nacionalidad|nationalite){_E}", COUNTRY),
        (rf"{_W}(?:city|ciudad|ville|town|localidad){_E}", CITY),
        (
            rf"{_W}(?:gear|arte|engin|type|tipo|remarks|notes|status|estado|statut|date|fecha|"
            rf"tel|telephone|fax|email|crew|observaciones|observations){_E}",
            IGNORE,
        ),
    )
)


_KNOWN_WORDS, _BY_SKELETON = _known_words()

# "and"/"y"/"et" are left out: "Name and address of owner" is one field.
_COMBINED = re.compile(r"\s*[/&+]\s*")


def combined_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of the parts of text[start:end] split as a combined header is ('BZU3F /
    412440246' under 'Call sign / MMSI')."""
    parts, cursor = [], start
    for m in _COMBINED.finditer(text, start, end):
        parts.append((cursor, m.start()))
        cursor = m.end()
    parts.append((cursor, end))
    return [(a, b) for a, b in parts if text[a:b].strip()]


@lru_cache(maxsize=8192)
def kinds_of(wording: str) -> tuple[str, ...]:
    """The kinds a combined header names, in order ('Call sign / MMSI' -> ircs, mmsi); one
    kind (or none) when the wording is one field, as 'Lloyd's / IMO No.' is."""
    whole = kind_of(wording)
    parts = [p for p in _COMBINED.split(split_unit(wording)[0]) if p.strip()]
    if len(parts) < 2:
        return (whole,) if whole else ()
    # "Flag / Port / Call": "Call" among other fields abbreviates the call sign.
    kinds = tuple(IRCS if normalise(part) == "call" else kind_of(part) for part in parts)
    if all(kinds) and len(set(kinds)) == len(kinds):
        return tuple(kind for kind in kinds if kind)
    return (whole,) if whole else ()


@lru_cache(maxsize=8192)
def kind_of(wording: str) -> str | None:
    """The kind of field a header or key names, or None if it names nothing known."""
    kind, read_back = _listed(wording)
    if kind is None and read_back:
        kind = next((word_kind for p, word_kind in _WORD_RULES if p.search(read_back)), None)
    key = read_back or normalise(wording)
    if kind is not None and kind not in _DATED and _DATE_KEY.match(key):
        # A date is no flag, port or number, however close "Date of registry" comes to
        # "State of registry": the date a registration began, or a date of something else.
        return START if _REGISTRATION.search(key) else IGNORE
    return kind


_DATE_KEY = re.compile(r"(?:date|fecha|data) ")
_DATED = frozenset({START, END, PERIOD, YEAR, IGNORE})
_REGISTRATION = re.compile(r"regist|immatric|inscri|matricul")


def listed_kind_of(wording: str) -> str | None:
    """The kind a wording names when the vocabulary lists it (as written, read back from OCR,
    a near miss, or both halves of a bilingual key), without the word rules' guesses: for a
    line that is a key only if it says so plainly."""
    return _listed(wording)[0]


@lru_cache(maxsize=8192)
def _listed(wording: str) -> tuple[str | None, str]:
    """The listed kind, and the wording as the word rules read it."""
    wording, bracketed = split_unit(numbered_key(wording))
    # "Maritime Mobile Service Identity (MMSI)": an identifier's acronym in brackets names it.
    if bracketed and VOCABULARY.get(normalise(bracketed)) in _NAMED_IN_BRACKETS:
        return VOCABULARY[normalise(bracketed)], ""
    key = normalise(wording)
    if not key:
        return None, ""
    if (kind := VOCABULARY.get(key)) is not None:
        return kind, key
    read_back = _ocr_read_back(key)
    if read_back != key and (kind := VOCABULARY.get(read_back)) is not None:
        return kind, read_back
    if len(read_back) >= 4:
        near = process.extractOne(
            read_back, _CHOICES, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF
        )
        if near is not None:
            return VOCABULARY[near[0]], read_back
    return _bilingual_kind(wording) or _stacked_kind(key), read_back


def _stacked_kind(key: str) -> str | None:
    """'Name of ship Nom du navire': a header printed in two languages one under the other,
    read back as one line: two listed wordings of the same kind."""
    words = key.split()
    for n in range(1, len(words)):
        kind = VOCABULARY.get(" ".join(words[:n]))
        if kind is not None and VOCABULARY.get(" ".join(words[n:])) == kind:
            return kind
    return None


_NAMED_IN_BRACKETS = frozenset({IMO, MMSI, IRCS, CFR, RFMO_ID})


def _bilingual_kind(wording: str) -> str | None:
    """'Nom du navire / Name of vessel': the kind both halves name, before the word rules
    read a half's little word ('du') as something else."""
    parts = [p for p in _COMBINED.split(split_unit(wording)[0]) if p.strip()]
    if len(parts) < 2:
        return None
    kinds = {kind_of(part) for part in parts}
    return kinds.pop() if len(kinds) == 1 else None


# Forms number their boxes: "1. Name of vessel", "(b) Flag", "7) IMO No.".
_BOX_NUMBER = re.compile(
    r"\s*(?:(?i:box|item|casilla|case|rubrique)\s+\d{1,2}[.):]?\s+|\(?(?:\d{1,2}|[a-z])[.)]\s+"
    r"|\[\d{1,2}\]\s*|\d{1,2}\s{2,}(?=[^\W\d])|\d{1,2}(?:\.\d{1,2})+\.?\s+)"
)


def numbered_key(wording: str) -> str:
    """The wording without the number a form gives its box."""
    m = _BOX_NUMBER.match(wording)
    return wording[m.end() :] if m else wording


_BARE = frozenset({"name", "nombre", "nom"})


def is_bare_name(wording: str) -> bool:
    """'Name' / 'Nombre' / 'Nom' alone: the vessel's in a vessel block, else an associate's."""
    return normalise(wording) in _BARE
