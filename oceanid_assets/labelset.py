"""Labelset v1 (seed 000, GUIDE.md): the one definition every labelling component derives from.

Argilla's span question, the validators' coverage and the SME guidelines all read `LABELSET`.
"""

from __future__ import annotations

from dataclasses import dataclass

LABELSET_VERSION = "v1"


@dataclass(frozen=True)
class Label:
    name: str
    group: str
    guideline: str  # one or two sentences for SMEs
    rule: str | None = None  # the machine check on the span text, where one exists


_GROUPED: dict[str, tuple[tuple[str, str, str | None], ...]] = {
    "Identity": (
        ("VESSEL_NAME", "The vessel's current name, without prefixes like F/V or MV.", None),
        ("FLAG", "The flag State, as a name or ISO code.", "a country name or ISO 3166 code"),
        ("HOME_PORT", "Port of registry or home port.", None),
        ("HOME_PORT_STATE", "Country of the home port, when stated apart from the port.", None),
        (
            "IMO",
            "IMO ship identification number: the 7 digits only, not 'IMO'.",
            "7 digits; the last is the IMO check digit",
        ),
        (
            "MMSI",
            "Maritime Mobile Service Identity: the 9 digits.",
            "9 digits starting with a known MID",
        ),
        ("IRCS", "International radio call sign.", "2-7 characters in an ITU call-sign series"),
        ("EU_CFR", "EU fleet register number (CFR).", "3 letters and 9 digits"),
        ("NATIONAL_REG_NO", "Registration number in the flag State's register.", None),
    ),
    "External IDs": (
        ("RFMO_ID", "A vessel's number in an RFMO record (e.g. an IOTC or WCPFC id).", None),
        ("PORT_ID", "A port's code (e.g. UN/LOCODE).", None),
        ("OTHER_EXT_ID", "Any other external identifier of the vessel.", None),
    ),
    "Metrics": (
        ("METRIC_TYPE", "What is measured: 'Gross tonnage', 'LOA', 'Engine power'.", None),
        ("METRIC_VALUE", "The number only.", "a number"),
        ("METRIC_UNIT", "The unit only: GT, GRT, m, kW, HP.", None),
    ),
    "Build": (
        ("BUILD_YEAR", "Year the vessel was built.", "a year between 1850 and next year"),
        ("BUILD_COUNTRY", "Country where the vessel was built.", None),
        ("BUILDER_LOCATION", "Shipyard or place of build.", None),
    ),
    "Authorizations": (
        ("AUTH_TYPE", "Kind of authorization (fishing licence, transshipment, carrier).", None),
        ("LICENSE_NO", "Licence or authorization number.", None),
        ("START_DATE", "First day an authorization or registration is valid.", "a date"),
        ("END_DATE", "Last day an authorization or registration is valid.", "a date"),
        ("RFMO_CODE", "The RFMO's acronym: IOTC, WCPFC, ICCAT, NPFC, SPRFMO...", None),
        (
            "FAO_AREA_CODE",
            "FAO major fishing area or subdivision code (57, 27.4.a).",
            "an FAO area code",
        ),
        ("SPECIES_NAME", "Species name or 3-letter ASFIS code.", None),
    ),
    "Associates": (
        ("ASSOC_NAME", "A company or person linked to the vessel (owner, operator...).", None),
        ("ASSOC_ROLE", "That associate's role, as written ('Owner', 'Operator').", None),
        ("ADDRESS", "Street address of an associate.", None),
        ("CITY", "City of an associate's address.", None),
        ("STATE", "State or province of an associate's address.", None),
        ("COUNTRY_CODE", "Country of an associate, as a name or code.", "a country or ISO code"),
        ("REG_NO", "An associate's company registration number.", None),
    ),
    "History": (
        ("NAME_CHANGE", "A former name of the vessel.", None),
        ("FLAG_CHANGE", "A former flag of the vessel.", None),
        ("ID_CHANGE", "A former identifier (call sign, MMSI) of the vessel.", None),
    ),
}

LABELSET: tuple[Label, ...] = tuple(
    Label(name, group, guideline, rule)
    for group, labels in _GROUPED.items()
    for name, guideline, rule in labels
)
LABELS: tuple[str, ...] = tuple(label.name for label in LABELSET)
LABEL_GROUPS: dict[str, tuple[str, ...]] = {
    group: tuple(name for name, _, _ in labels) for group, labels in _GROUPED.items()
}
GUIDELINES = (
    "Keep spans tight: no trailing punctuation, no key words ('IMO', 'Call sign'). Annotate "
    "units separately from values. Use the page-level 'unsure' flag rather than guessing."
)
