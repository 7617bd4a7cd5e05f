"""Running text in English, Spanish and French: a vessel named after the noun that says it is
one, flags, home ports and FAO areas in Spanish and French wording, licence numbers without a
colon, and periods written as two dates apart by a dash (tuned sentences)."""

from __future__ import annotations

import pytest

from oceanid_assets.preannotate.rules import extract_rules


def _labelled(text: str) -> set[tuple[str, str]]:
    spans = extract_rules(text)
    for span in spans:
        assert text[span.start : span.end] == span.text
    return {(s.label, s.text) for s in spans}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Por la presente se autoriza al buque PESCAMAR UNO, con pabellón de Panamá, a faenar "
            "en el área FAO 34 desde el 1 de enero de 2025 hasta el 31 de diciembre de 2025.",
            {
                ("VESSEL_NAME", "PESCAMAR UNO"),
                ("FLAG", "Panamá"),
                ("FAO_AREA_CODE", "34"),
                ("START_DATE", "1 de enero de 2025"),
                ("END_DATE", "31 de diciembre de 2025"),
            },
        ),
        (
            "Le navire ATLANTIDE, battant pavillon du Sénégal, immatriculé au port de Dakar, "
            "est autorisé à pêcher dans les zones FAO 34 et 47.",
            {
                ("VESSEL_NAME", "ATLANTIDE"),
                ("FLAG", "Sénégal"),
                ("HOME_PORT", "Dakar"),
                ("FAO_AREA_CODE", "34"),
                ("FAO_AREA_CODE", "47"),
            },
        ),
        (
            "Licence No. LIC-2025-0042 is issued to the longliner HAI FENG 88, port of registry "
            "Zhoushan, for the period 01/02/2025 - 31/01/2026.",
            {
                ("LICENSE_NO", "LIC-2025-0042"),
                ("VESSEL_NAME", "HAI FENG 88"),
                ("HOME_PORT", "Zhoushan"),
                ("START_DATE", "01/02/2025"),
                ("END_DATE", "31/01/2026"),
            },
        ),
    ],
)
def test_prose_in_three_languages(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= _labelled(sentence)


def test_a_noun_in_a_heading_or_a_forms_key_names_no_vessel() -> None:
    found = _labelled(
        "VESSEL PARTICULARS\n"
        "Type of vessel      PURSE SEINER\n"
        "The vessel Registration is pending.\n"
    )
    assert not any(label == "VESSEL_NAME" for label, _ in found)


def test_a_dash_between_two_dates_ends_a_period_only_after_a_start() -> None:
    found = _labelled("Printed 01/02/2025 and valid until 31/01/2026 - 15/02/2026 on file.")
    # The second date is an end by its own cue; the dash after it starts nothing.
    assert ("END_DATE", "31/01/2026") in found
    assert ("END_DATE", "15/02/2026") not in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Artículo 1. Se autoriza al buque pesquero «MAR DE ONS» (OMI 9123457), propiedad de "
            "PESQUERA GALLEGA, S.L., a faenar en el área FAO 34.",
            {("VESSEL_NAME", "MAR DE ONS"), ("ASSOC_NAME", "PESQUERA GALLEGA, S.L.")},
        ),
        (
            "Article 2 — Le navire « ILE DE SEIN », armé par la société ARMEMENT BIGOUDEN SA, "
            "est autorisé à pêcher dans la zone FAO 27.",
            {("VESSEL_NAME", "ILE DE SEIN"), ("ASSOC_NAME", "ARMEMENT BIGOUDEN SA")},
        ),
        (
            "Queda inscrito el buque LUCERO DEL ALBA, cuyo armador es PESCA AUSTRAL, con puerto "
            "base en Vigo.",
            {
                ("VESSEL_NAME", "LUCERO DEL ALBA"),
                ("ASSOC_ROLE", "armador"),
                ("ASSOC_NAME", "PESCA AUSTRAL"),
                ("HOME_PORT", "Vigo"),
            },
        ),
        (
            "The vessel KESTREL (IMO 9123457), owned by Kestrel Fishing Ltd, is authorised.",
            {("VESSEL_NAME", "KESTREL"), ("ASSOC_NAME", "Kestrel Fishing Ltd")},
        ),
        (
            "Le navire ILE DE SEIN, dont l'armateur est ARMEMENT BIGOUDEN SA, est inscrit.",
            {("ASSOC_ROLE", "armateur"), ("ASSOC_NAME", "ARMEMENT BIGOUDEN SA")},
        ),
        (
            "El buque LUCERO, perteneciente a la empresa PESCA AUSTRAL, S.L., queda inscrito.",
            {("ASSOC_NAME", "PESCA AUSTRAL, S.L.")},
        ),
    ],
)
def test_quoted_names_and_owners_in_running_text(
    sentence: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= _labelled(sentence)


@pytest.mark.parametrize(
    "line",
    [
        "- OCEAN STAR (IRCS V3AB2, IMO 9123457, MMSI 352123456)",
        "> * OCEAN STAR - call sign V3AB2 - IMO 9123457",
        "2) OCEAN STAR, IMO: 9123457, MMSI: 352123456",
        "\u2022 F/V OCEAN STAR (indicativo V3AB2, OMI 9123457)",
    ],
)
def test_name_opening_a_list_line_before_its_identifiers(line: str) -> None:
    text = f"Dear Secretariat,\n\nPlease find the vessels below:\n{line}\n\nBest regards\n"
    assert ("VESSEL_NAME", "OCEAN STAR") in _labelled(text)


def test_words_opening_a_line_of_keys_are_no_name() -> None:
    assert not any(label == "VESSEL_NAME" for label, _ in _labelled("IMO, 9123457\n"))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "El buque, de 45,50 metros de eslora y 1.234 GT de arqueo bruto, queda autorizado.",
            {
                ("METRIC_VALUE", "45,50"),
                ("METRIC_UNIT", "metros"),
                ("METRIC_TYPE", "eslora"),
                ("METRIC_VALUE", "1.234"),
                ("METRIC_TYPE", "arqueo bruto"),
            },
        ),
        (
            "Le navire, d'une longueur hors tout de 38,6 mètres et d'une jauge brute de 812 UMS.",
            {
                ("METRIC_TYPE", "longueur hors tout"),
                ("METRIC_VALUE", "38,6"),
                ("METRIC_UNIT", "mètres"),
                ("METRIC_TYPE", "jauge brute"),
                ("METRIC_UNIT", "UMS"),
            },
        ),
        (
            "The vessel has a length overall of 62.3 m and an engine power of 1,200 kW.",
            {
                ("METRIC_TYPE", "length overall"),
                ("METRIC_VALUE", "62.3"),
                ("METRIC_UNIT", "m"),
                ("METRIC_TYPE", "engine power"),
                ("METRIC_VALUE", "1,200"),
            },
        ),
        ("titular de la licencia n.º ES-2025-0042, válida", {("LICENSE_NO", "ES-2025-0042")}),
        ("con número de licencia 123/2025, válida hasta", {("LICENSE_NO", "123/2025")}),
    ],
)
def test_measures_and_licence_numbers_in_sentences(
    sentence: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= _labelled(sentence + "\n")


@pytest.mark.parametrize(
    ("sentence", "flag"),
    [
        ("El buque, de pabellón español, queda inscrito.", "español"),
        ("Navire battant pavillon français, inscrit au registre.", "français"),
        ("a Chinese-flagged longliner was sighted", "Chinese"),
        ("un palangrero bajo bandera panameña", "panameña"),
    ],
)
def test_flag_named_by_the_states_adjective(sentence: str, flag: str) -> None:
    assert ("FLAG", flag) in _labelled(sentence + "\n")
