from oceanid_assets.labelset import LABEL_GROUPS, LABELS, LABELSET_VERSION


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
    assert {"VESSEL_NAME", "IMO", "MMSI", "IRCS", "FAO_AREA_CODE", "ID_CHANGE"} <= set(LABELS)
