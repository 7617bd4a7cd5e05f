from oceanid_assets.labelset import LABEL_GROUPS, LABELS, LABELSET_VERSION

# Written out from GUIDE.md rather than imported, so that a wrong labelset in the code fails here.
LABELSET_V1 = {
    "VESSEL_NAME",
    "FLAG",
    "HOME_PORT",
    "HOME_PORT_STATE",
    "IMO",
    "MMSI",
    "IRCS",
    "EU_CFR",
    "NATIONAL_REG_NO",
    "RFMO_ID",
    "PORT_ID",
    "OTHER_EXT_ID",
    "METRIC_TYPE",
    "METRIC_VALUE",
    "METRIC_UNIT",
    "BUILD_YEAR",
    "BUILD_COUNTRY",
    "BUILDER_LOCATION",
    "AUTH_TYPE",
    "LICENSE_NO",
    "START_DATE",
    "END_DATE",
    "RFMO_CODE",
    "FAO_AREA_CODE",
    "SPECIES_NAME",
    "ASSOC_NAME",
    "ASSOC_ROLE",
    "ADDRESS",
    "CITY",
    "STATE",
    "COUNTRY_CODE",
    "REG_NO",
    "NAME_CHANGE",
    "FLAG_CHANGE",
    "ID_CHANGE",
}


def test_labelset_v1_has_the_35_labels_of_the_guide_once_each() -> None:
    assert LABELSET_VERSION == "v1"
    assert len(LABELS) == len(set(LABELS)) == 35
    assert list(LABEL_GROUPS) == [
        "Identity",
        "External IDs",
        "Metrics",
        "Build",
        "Authorizations",
        "Associates",
        "History",
    ]
    assert set(LABELS) == LABELSET_V1


def test_every_label_has_a_guideline_and_the_identifier_rules_are_stated() -> None:
    from oceanid_assets.labelset import LABELSET

    assert all(label.guideline.strip() for label in LABELSET)
    rules = {label.name: label.rule for label in LABELSET}
    assert rules["IMO"] and "check digit" in rules["IMO"]
    assert rules["MMSI"] and rules["IRCS"] and rules["EU_CFR"]
    assert [label.name for label in LABELSET] == list(LABELS)
