"""Labelset v1 (seed 000, GUIDE.md): the one definition every labelling component derives from."""

from __future__ import annotations

LABELSET_VERSION = "v1"

LABEL_GROUPS: dict[str, tuple[str, ...]] = {
    "Identity": (
        "VESSEL_NAME",
        "FLAG",
        "HOME_PORT",
        "HOME_PORT_STATE",
        "IMO",
        "MMSI",
        "IRCS",
        "EU_CFR",
        "NATIONAL_REG_NO",
    ),
    "External IDs": ("RFMO_ID", "PORT_ID", "OTHER_EXT_ID"),
    "Metrics": ("METRIC_TYPE", "METRIC_VALUE", "METRIC_UNIT"),
    "Build": ("BUILD_YEAR", "BUILD_COUNTRY", "BUILDER_LOCATION"),
    "Authorizations": (
        "AUTH_TYPE",
        "LICENSE_NO",
        "START_DATE",
        "END_DATE",
        "RFMO_CODE",
        "FAO_AREA_CODE",
        "SPECIES_NAME",
    ),
    "Associates": (
        "ASSOC_NAME",
        "ASSOC_ROLE",
        "ADDRESS",
        "CITY",
        "STATE",
        "COUNTRY_CODE",
        "REG_NO",
    ),
    "History": ("NAME_CHANGE", "FLAG_CHANGE", "ID_CHANGE"),
}

LABELS: tuple[str, ...] = tuple(label for group in LABEL_GROUPS.values() for label in group)
