"""Hand-written document wording in English, French and Spanish: the police notice and the
tonnage certificate (part of the set's vocabulary, kept apart from _vocab.py for length)."""

from __future__ import annotations

_EN = {
    "title": "PURPLE NOTICE",
    "control": "Control No.",
    "file": "File No.",
    "published": "Date of publication",
    "subject": "SUBJECT: FISHERIES CRIME - VESSEL {}",
    "requesting": "Requesting country",
    "summary": "SUMMARY",
    "summary_text": "To seek information on the modus operandi used by the fishing vessel {}, "
    "currently flagged to {}, suspected of illegal, unreported and unregulated (IUU) fishing "
    "for {} ({}) in the {} Convention Area (FAO statistical area {}).",
    "particulars": "1. VESSEL PARTICULARS",
    "name": "Name",
    "previous_names": "Previous names",
    "imo": "IMO number",
    "call_sign": "Call sign",
    "mmsi": "MMSI",
    "flag": "Flag",
    "previous_flags": "Previous flags",
    "port": "Port of registry",
    "length": "Length overall",
    "built": "Year of build",
    "unknown": "unknown",
    "modus": "2. MODUS OPERANDI",
    "modus_text": "Between {} and {} the vessel operated as {} under the flag of {}, using call "
    "sign {}. It was then re-registered and renamed. Catch was transshipped at sea to refrigerated "
    "cargo vessels and landed in {} under false catch documents. The AIS transponder was "
    "repeatedly switched off.",
    "persons": "3. PERSONS AND COMPANIES INVOLVED",
    "person": "{}, born {}, nationality: {}, passport no. {}, {} of the vessel.",
    "company": "{}, {}, {}, {}, {} of the vessel.",
    "master": "master",
    "owner": "registered owner",
    "operator": "operator",
    "references": "4. REFERENCES",
    "ref_list": "{} IUU Vessel List, entry {}",
    "ref_diffusion": "INTERPOL diffusion no. {}",
    "ref_case": "National case file {}",
    "action": "5. ACTION REQUESTED: If the vessel is located, inspect it and inform the INTERPOL "
    "General Secretariat (Environmental Security Unit), quoting control no. {}.",
    "date": "long",
}
_FR = {
    "title": "NOTICE VIOLETTE",
    "control": "N° de contrôle",
    "file": "N° de dossier",
    "published": "Date de publication",
    "subject": "OBJET : CRIMINALITÉ DES PÊCHES - NAVIRE {}",
    "requesting": "Pays requérant",
    "summary": "RÉSUMÉ",
    "summary_text": "Recueillir des informations sur le mode opératoire du navire de pêche {} "
    "(pavillon actuel : {}), soupçonné de pêche illicite, non déclarée et non "
    "réglementée (INN) de {} ({}) dans la zone de la Convention {} (zone statistique FAO {}).",
    "particulars": "1. CARACTÉRISTIQUES DU NAVIRE",
    "name": "Nom",
    "previous_names": "Noms précédents",
    "imo": "Numéro OMI",
    "call_sign": "Indicatif d'appel",
    "mmsi": "MMSI",
    "flag": "Pavillon",
    "previous_flags": "Pavillons précédents",
    "port": "Port d'immatriculation",
    "length": "Longueur hors tout",
    "built": "Année de construction",
    "unknown": "inconnu",
    "modus": "2. MODE OPÉRATOIRE",
    "modus_text": "Entre le {} et le {}, le navire a opéré sous le nom {} (pavillon : {}, "
    "indicatif d'appel {}). Il a ensuite été réimmatriculé et rebaptisé. Les captures ont "
    "été transbordées en mer sur des navires frigorifiques et débarquées à {} sous de faux "
    "documents de capture. Le transpondeur AIS a été coupé à plusieurs reprises.",
    "persons": "3. PERSONNES ET SOCIÉTÉS IMPLIQUÉES",
    "person": "{}, né le {}, nationalité : {}, passeport n° {}, {} du navire.",
    "company": "{}, {}, {}, {}, {} du navire.",
    "master": "capitaine",
    "owner": "propriétaire enregistré",
    "operator": "exploitant",
    "references": "4. RÉFÉRENCES",
    "ref_list": "Liste des navires INN de la {}, entrée {}",
    "ref_diffusion": "Diffusion INTERPOL n° {}",
    "ref_case": "Dossier national {}",
    "action": "5. MESURES DEMANDÉES : si le navire est localisé, procéder à son inspection et en "
    "informer le Secrétariat général d'INTERPOL (Sous-direction Sécurité environnementale) en "
    "citant le n° de contrôle {}.",
    "date": "fr",
}
_ES = {
    "title": "NOTIFICACIÓN MORADA",
    "control": "N.º de control",
    "file": "N.º de expediente",
    "published": "Fecha de publicación",
    "subject": "ASUNTO: DELITOS PESQUEROS - BUQUE {}",
    "requesting": "País solicitante",
    "summary": "RESUMEN",
    "summary_text": "Obtener información sobre el modus operandi del buque pesquero {} "
    "(pabellón actual: {}), sospechoso de pesca ilegal, no declarada y no reglamentada "
    "(INDNR) de {} ({}) en el Área de la Convención de la {} (área estadística de la FAO {}).",
    "particulars": "1. DATOS DEL BUQUE",
    "name": "Nombre",
    "previous_names": "Nombres anteriores",
    "imo": "Número OMI",
    "call_sign": "Distintivo de llamada",
    "mmsi": "MMSI",
    "flag": "Pabellón",
    "previous_flags": "Pabellones anteriores",
    "port": "Puerto de matrícula",
    "length": "Eslora total",
    "built": "Año de construcción",
    "unknown": "desconocido",
    "modus": "2. MODUS OPERANDI",
    "modus_text": "Entre el {} y el {} el buque operó con el nombre {} (pabellón: {}, "
    "distintivo de llamada {}). Después fue reabanderado y cambió de nombre. Las capturas se "
    "transbordaban en el mar a buques frigoríficos y se desembarcaban en {} con documentos de "
    "captura falsos. El transpondedor AIS se apagó en repetidas ocasiones.",
    "persons": "3. PERSONAS Y EMPRESAS IMPLICADAS",
    "person": "{}, nacido el {}, nacionalidad: {}, pasaporte n.º {}, {} del buque.",
    "company": "{}, {}, {}, {}, {} del buque.",
    "master": "capitán",
    "owner": "propietario registrado",
    "operator": "armador",
    "references": "4. REFERENCIAS",
    "ref_list": "Lista de buques INDNR de la {}, entrada {}",
    "ref_diffusion": "Difusión de INTERPOL n.º {}",
    "ref_case": "Expediente nacional {}",
    "action": "5. MEDIDAS SOLICITADAS: si se localiza el buque, inspecciónelo e informe a la "
    "Secretaría General de INTERPOL (Subdirección de Seguridad Medioambiental), citando el "
    "n.º de control {}.",
    "date": "es",
}
NOTICE = {"en": _EN, "fr": _FR, "es": _ES}

SIGHTED = {
    "en": (
        "SIGHTINGS AND INSPECTIONS",
        "sighted by a patrol vessel",
        "aerial surveillance",
        "denied port entry",
        "inspected in port; no catch documents on board",
    ),
    "fr": (
        "OBSERVATIONS ET INSPECTIONS",
        "observé par un patrouilleur",
        "surveillance aérienne",
        "accès au port refusé",
        "inspecté au port ; aucun document de capture à bord",
    ),
    "es": (
        "AVISTAMIENTOS E INSPECCIONES",
        "avistado por un patrullero",
        "vigilancia aérea",
        "denegada la entrada a puerto",
        "inspeccionado en puerto; sin documentos de captura",
    ),
}

# English wording -> (French, Spanish)
TONNAGE = {
    "title": (
        "CERTIFICAT INTERNATIONAL DE JAUGEAGE (1969)",
        "CERTIFICADO INTERNACIONAL DE ARQUEO (1969)",
    ),
    "national": ("CERTIFICAT DE JAUGEAGE", "CERTIFICADO DE ARQUEO"),
    "issued": (
        "Délivré en vertu des dispositions de la Convention internationale de 1969 sur le "
        "jaugeage des navires",
        "Expedido en virtud de lo dispuesto en el Convenio internacional sobre arqueo de "
        "buques, 1969",
    ),
    "authority": (
        "sous l'autorité du Gouvernement de",
        "con la autoridad conferida por el Gobierno de",
    ),
    "by": ("par", "por"),
    "name": ("Nom du navire", "Nombre del buque"),
    "letters": ("Numéro ou lettres distinctifs", "Número o letras distintivos"),
    "imo": ("Numéro OMI", "Número IMO"),
    "port": ("Port d'immatriculation", "Puerto de matrícula"),
    "date": ("Date*", "Fecha*"),
    "dimensions": ("DIMENSIONS PRINCIPALES", "DIMENSIONES PRINCIPALES"),
    "length": ("Longueur (article 2 8))", "Eslora (artículo 2 8))"),
    "breadth": ("Largeur (règle 3)", "Manga (regla 3)"),
    "depth": (
        "Creux sur quille au milieu (règle 3 2))",
        "Puntal de trazado en el centro (regla 3 2))",
    ),
    "tonnages": ("LES JAUGES DU NAVIRE SONT :", "LOS ARQUEOS DEL BUQUE SON:"),
    "gross": ("JAUGE BRUTE", "ARQUEO BRUTO"),
    "net": ("JAUGE NETTE", "ARQUEO NETO"),
    "certify": (
        "Il est certifié que les jauges de ce navire ont été déterminées conformément à la "
        "Convention.",
        "Se certifica que los arqueos de este buque se han determinado de conformidad con el "
        "Convenio.",
    ),
    "at": ("Délivré à", "Expedido en"),
    "on": ("le", "el"),
    "official": ("Numéro officiel", "Número oficial"),
    "owner": ("Propriétaire", "Propietario"),
    "builder": ("Chantier et année de construction", "Astillero y año de construcción"),
    "power": ("Puissance propulsive", "Potencia propulsora"),
}
