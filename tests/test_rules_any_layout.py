"""Layout-independent rules: identifiers by their own rules with evidence, tables in every form
text extraction and OCR produce, keys in English, Spanish and French.

The pages here are written with the rules in view (tuned); the blind layouts in
tests/blind_layouts/ are not, and are scored in tests/test_blind_quality.py."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest

from oceanid_assets.preannotate.rules import extract_rules
from oceanid_assets.preannotate.rules.headers import kind_of, normalise
from oceanid_assets.preannotate.spans import Span
from oceanid_assets.preannotate.validators import validate
from oceanid_dev.demo.vessels import Vessel, load_vessels


@pytest.fixture(scope="module")
def vessels() -> list[Vessel]:
    return load_vessels()


def _complete(vessels: list[Vessel], n: int, seed: int = 3) -> list[Vessel]:
    """Vessels with a valid IMO, an MMSI with a known MID and a call sign in an ITU series."""
    rows = [
        v
        for v in vessels
        if v.imo
        and v.mmsi
        and v.ircs
        and v.flag
        and validate("IMO", v.imo) is None
        and validate("MMSI", v.mmsi) is None
        and validate("IRCS", v.ircs) is None
    ]
    assert len(rows) >= n
    return random.Random(seed).sample(rows, n)


def _exact(text: str, spans: list[Span]) -> None:
    end = 0
    for span in spans:
        assert text[span.start : span.end] == span.text
        assert span.start >= end, "overlapping spans"
        end = span.end


def _labelled(text: str) -> set[tuple[str, str]]:
    spans = extract_rules(text)
    _exact(text, spans)
    return {(s.label, s.text) for s in spans}


# --- identifiers ------------------------------------------------------------------------


def test_keyed_identifiers_of_real_vessels(vessels: list[Vessel]) -> None:
    for v in _complete(vessels, 25):
        text = f"Remarks.\nLloyd's No. {v.imo}, MMSI {v.mmsi}; radio call sign {v.ircs}.\n"
        found: dict[tuple[str, str | None], Span] = {
            (s.label, s.text): s for s in extract_rules(text)
        }
        assert found[("IMO", v.imo)].confidence >= 0.9
        assert found[("MMSI", v.mmsi)].confidence >= 0.8
        assert found[("IRCS", v.ircs)].confidence >= 0.8


def test_invalid_imo_check_digit_keeps_the_span_with_less_confidence(vessels: list[Vessel]) -> None:
    valid = _complete(vessels, 5)[0].imo
    assert valid is not None
    wrong = valid[:6] + str((int(valid[6]) + 1) % 10)
    keyed: dict[tuple[str, str | None], Span] = {
        (s.label, s.text): s for s in extract_rules(f"IMO No.: {wrong}\n")
    }
    assert keyed[("IMO", wrong)].confidence < 0.7
    # Without a keyword a 7-digit number is an IMO only if its check digit holds.
    assert ("IMO", wrong) not in _labelled(f"The vessel {wrong} called at the port.\n")
    assert ("IMO", valid) in _labelled(f"The vessel {valid} called at the port.\n")


def test_mmsi_confidence_shows_agreement_with_the_flag(vessels: list[Vessel]) -> None:
    v = _complete(vessels, 5)[1]
    agree = f"Flag: {v.flag}\nMMSI: {v.mmsi}\n"
    other_flag = "NZL" if v.flag != "NZL" else "CHL"
    disagree = f"Flag: {other_flag}\nMMSI: {v.mmsi}\n"
    conf = {
        page: next(s.confidence for s in extract_rules(page) if s.label == "MMSI")
        for page in (agree, disagree)
    }
    assert conf[agree] > conf[disagree]


def test_mmsi_valid_number_under_a_registration_key_or_column_is_not_an_mmsi(
    vessels: list[Vessel],
) -> None:
    v = _complete(vessels, 5)[2]
    assert v.mmsi is not None
    keyed = _labelled(f"Reg. No.: {v.mmsi}\nVessel name: {v.name}\n")
    assert ("NATIONAL_REG_NO", v.mmsi) in keyed and ("MMSI", v.mmsi) not in keyed
    rows = _complete(vessels, 4, seed=11)
    table = "Vessel Name            Reg. No.      Call Sign\n" + "".join(
        f"{r.name:<23}{r.mmsi:<14}{r.ircs}\n" for r in rows
    )
    found = _labelled(table)
    for r in rows:
        assert ("NATIONAL_REG_NO", r.mmsi) in found
        assert ("MMSI", r.mmsi) not in found
        assert ("IRCS", r.ircs) in found


# --- tables of any form --------------------------------------------------------------------


def _cells(v: Vessel, i: int) -> list[str]:
    return [str(i), v.name, v.imo or "", v.mmsi or "", v.ircs or "", v.flag or ""]


HEADER = ["No.", "Vessel name", "IMO No.", "MMSI", "Call sign", "Flag"]


def _aligned(rows: list[list[str]]) -> str:
    widths = [max(len(r[c]) for r in [HEADER, *rows]) + 3 for c in range(len(HEADER))]
    # The header wrapped over two lines, as register PDFs print narrow columns.
    top = ["", "Vessel", "Lloyd's /", "", "Call", ""]
    bottom = ["No.", "Name", "IMO No.", "MMSI", "Sign", "Flag"]
    lines = [
        "".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip()
        for line in (top, bottom)
    ]
    lines += ["".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    return "REGISTER OF AUTHORIZED VESSELS\n\n" + "\n".join(lines) + "\n\nPage 1 of 1\n"


def _delimited(separator: str) -> Callable[[list[list[str]]], str]:
    def render(rows: list[list[str]]) -> str:
        body = "\n".join(separator.join(r) for r in [HEADER, *rows])
        return f"Vessel list exported on 2025-03-01\n{body}\n"

    return render


def _markdown(rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(r) + " |" for r in [HEADER, *rows]]
    lines.insert(1, "|" + "|".join("---" for _ in HEADER) + "|")
    return (
        "# Authorized vessels\n\nThe following vessels are authorized.\n\n"
        + "\n".join(lines)
        + "\n"
    )


def _html(rows: list[list[str]]) -> str:
    head = "<tr>" + "".join(f"<th>{h}</th>" for h in HEADER) + "</tr>"
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f"## Record of vessels\n<table>{head}{body}</table>\n"


def _quoted_csv(rows: list[list[str]]) -> str:
    lines = [",".join(f'"{cell}"' for cell in row) for row in [HEADER, *rows]]
    return "Export of the record, 2025-03-01\n" + "\n".join(lines) + "\n"


FORMS: dict[str, Callable[[list[list[str]]], str]] = {
    "comma": _quoted_csv,
    "aligned": _aligned,
    "tabs": _delimited("\t"),
    "pipes": _delimited(" | "),
    "semicolon": _delimited(";"),
    "markdown": _markdown,
    "html": _html,
}


@pytest.mark.parametrize("form", sorted(FORMS))
def test_each_table_form_on_real_vessels(vessels: list[Vessel], form: str) -> None:
    chosen = _complete(vessels, 8, seed=len(form))
    text = FORMS[form]([_cells(v, i) for i, v in enumerate(chosen, start=1)])
    found = _labelled(text)
    for v in chosen:
        for label, value in (("IMO", v.imo), ("MMSI", v.mmsi), ("IRCS", v.ircs), ("FLAG", v.flag)):
            assert (label, value) in found, (form, label, value)
        assert ("VESSEL_NAME", v.name.strip()) in found, (form, v.name)


def test_placeholders_and_blank_cells_are_not_spans(vessels: list[Vessel]) -> None:
    chosen = _complete(vessels, 4, seed=5)
    rows = [_cells(v, i) for i, v in enumerate(chosen, start=1)]
    rows[0][2], rows[1][3], rows[2][4] = "-", "n/a", "\u2014"
    found = _labelled(_markdown(rows))
    assert not {text for _, text in found} & {"-", "n/a", "\u2014"}
    assert ("IMO", chosen[1].imo) in found


# --- key-value pages in three languages ----------------------------------------------------


def test_spanish_licence(vessels: list[Vessel]) -> None:
    v = _complete(vessels, 5, seed=8)[0]
    text = (
        "LICENCIA DE PESCA\n\n"
        f"Nombre del buque:   {v.name}\n"
        f"Número OMI:   {v.imo}\n"
        f"Indicativo de llamada:   {v.ircs}\n"
        "Bandera:   Chile\n"
        "Puerto base:   Talcahuano\n"
        "Eslora total (m):   45.2\n"
        "Válida desde el 01/02/2025 hasta el 31/01/2026\n"
    )
    found = _labelled(text)
    for expected in (
        ("VESSEL_NAME", v.name),
        ("IMO", v.imo),
        ("IRCS", v.ircs),
        ("FLAG", "Chile"),
        ("HOME_PORT", "Talcahuano"),
        ("METRIC_TYPE", "Eslora total"),
        ("METRIC_UNIT", "m"),
        ("METRIC_VALUE", "45.2"),
        ("START_DATE", "01/02/2025"),
        ("END_DATE", "31/01/2026"),
    ):
        assert expected in found, expected


def test_french_two_column_form(vessels: list[Vessel]) -> None:
    v = _complete(vessels, 5, seed=9)[0]
    text = (
        "AUTORISATION DE PÊCHE\n\n"
        f"Nom du navire :  {v.name:<24}Pavillon :  France\n"
        f"N° OMI :  {v.imo:<31}Indicatif d'appel :  {v.ircs}\n"
        f"Port d'attache :  {'Concarneau':<23}Armateur :  Armement Bigouden SA\n"
        "Valable du 1er janvier 2026 au 31 décembre 2026\n"
    )
    found = _labelled(text)
    for expected in (
        ("VESSEL_NAME", v.name),
        ("FLAG", "France"),
        ("IMO", v.imo),
        ("IRCS", v.ircs),
        ("HOME_PORT", "Concarneau"),
        ("ASSOC_ROLE", "Armateur"),
        ("ASSOC_NAME", "Armement Bigouden SA"),
        ("START_DATE", "1er janvier 2026"),
        ("END_DATE", "31 décembre 2026"),
    ):
        assert expected in found, expected


@pytest.mark.parametrize(
    ("wording", "kind"),
    [
        ("Lloyd's / IMO No.", "imo"),
        ("Nº Matrícula", "natreg"),
        ("Indicatif radio", "ircs"),
        ("Cal Sign", "ircs"),  # an OCR slip, matched by rapidfuzz
        ("Jauge brute (UMS)", "metric"),
        ("Fecha de expiración", "end"),
        ("Date of issue", "ignore"),
        ("Previous names", "former_name"),
        ("Holder of the licence", "owner"),
    ],
)
def test_header_vocabulary(wording: str, kind: str) -> None:
    assert kind_of(wording) == kind


def test_normalise_folds_case_accents_and_number_words() -> None:
    assert normalise("Núm. Matrícula") == normalise("NO MATRICULA") == "no matricula"
    assert normalise("N° OMI") == normalise("Numéro OMI") == "no omi"


def test_export_headers_in_camel_and_snake_case_and_quoted_cells(vessels: list[Vessel]) -> None:
    chosen = _complete(vessels, 4, seed=12)
    header = "VesselName;IMONumber;mmsi_no;IRCSCode;FlagState"
    rows = [f'"{v.name}";"{v.imo}";{v.mmsi};{v.ircs};"{v.flag}"' for v in chosen]
    found = _labelled("Export 2025-03-01\n" + "\n".join([header, *rows]) + "\n")
    for v in chosen:
        for label, value in (("VESSEL_NAME", v.name), ("IMO", v.imo), ("MMSI", v.mmsi)):
            assert (label, value) in found
        assert ("IRCS", v.ircs) in found and ("FLAG", v.flag) in found


def test_a_continuation_page_without_its_header_is_typed_by_its_cells(
    vessels: list[Vessel],
) -> None:
    chosen = _complete(vessels, 6, seed=13)
    rows = [
        f"{i} | {v.name} | {v.imo} | {v.mmsi} | {v.ircs} | {v.flag}" for i, v in enumerate(chosen)
    ]
    found = _labelled("\n".join(rows) + "\n")
    for v in chosen:
        for label, value in (("IMO", v.imo), ("MMSI", v.mmsi), ("FLAG", v.flag)):
            assert (label, value) in found
        assert ("VESSEL_NAME", v.name) in found
    # IRCS is inferred only where most cells carry a digit, as call signs usually do.
    with_digit = [v.ircs for v in chosen if v.ircs and any(ch.isdigit() for ch in v.ircs)]
    if len(with_digit) >= 5:
        assert all(("IRCS", ircs) in found for ircs in with_digit)


def test_html_cells_broken_into_lines() -> None:
    text = (
        "<table><tr><th>Vessel</th><th>IMO / MMSI</th><th>Owner</th></tr>"
        "<tr><td>OCEAN STAR</td><td>IMO 9123456<br/>MMSI 224123456</td>"
        "<td>PESCA SA<br/>Calle Mayor 5<br/>Vigo<br/>España</td></tr>"
        "<tr><td>SEA WIND</td><td>9074729<br>440123456</td><td>BLUE CO LTD<br>Busan<br>Korea</td>"
        "</tr></table>\n"
    )
    found = _labelled(text)
    for expected in (
        ("IMO", "9123456"),
        ("MMSI", "224123456"),
        ("IMO", "9074729"),
        ("MMSI", "440123456"),
        ("ASSOC_NAME", "PESCA SA"),
        ("ADDRESS", "Calle Mayor 5"),
        ("CITY", "Vigo"),
        ("COUNTRY_CODE", "España"),
        ("CITY", "Busan"),
        ("COUNTRY_CODE", "Korea"),
    ):
        assert expected in found, expected


def test_key_over_value_form() -> None:
    text = (
        "CERTIFICATE OF REGISTRY\n\n"
        "Name of ship                  Official number          Port of registry\n"
        "OCEAN STAR 7                  ABC-12345                Vigo\n\n"
        "IMO number       Call sign       Gross tonnage (GT)\n"
        "9123456          EA1234          812\n"
        "Owner                            Flag\n"
        "PESCA SA                         Spain\n"
    )
    found = _labelled(text)
    for expected in (
        ("VESSEL_NAME", "OCEAN STAR 7"),
        ("NATIONAL_REG_NO", "ABC-12345"),
        ("HOME_PORT", "Vigo"),
        ("IMO", "9123456"),
        ("IRCS", "EA1234"),
        ("METRIC_TYPE", "Gross tonnage"),
        ("METRIC_UNIT", "GT"),
        ("METRIC_VALUE", "812"),
        ("ASSOC_ROLE", "Owner"),
        ("ASSOC_NAME", "PESCA SA"),
        ("FLAG", "Spain"),
    ):
        assert expected in found, expected


def test_prose_with_commas_is_not_a_table() -> None:
    text = (
        "The owner, Mr Smith, of Vigo, Spain, said, in short, that the vessel, a trawler, was "
        "fine\nShe, he, they, we, all agreed, on Monday, to go\nA, B, C, D, and E\n"
    )
    assert _labelled(text) <= {("COUNTRY_CODE", "Spain"), ("FLAG", "Spain")}


def test_prose_changes_record_numbers_ports_and_titles() -> None:
    text = (
        "LICENCIA DE PESCA Nº 123/2025-CHL\n"
        "The vessel changed its flag from Belize to Panama on 3 May 2024. Its call sign changed "
        "from V3AB4 to HO1234.\nListed as IOTC012345 and NPFC-V00123. The port of Vigo (UN/LOCODE:"
        " ESVGO) denied entry. Licence expiring on 31/12/2026.\n"
        "Année de construction : 1987 à Rongcheng (Chine)\nPavillon : Espagne\n"
    )
    found = _labelled(text)
    for expected in (
        ("AUTH_TYPE", "LICENCIA DE PESCA"),
        ("LICENSE_NO", "123/2025-CHL"),
        ("FLAG_CHANGE", "Belize"),
        ("FLAG", "Panama"),
        ("ID_CHANGE", "V3AB4"),
        ("IRCS", "HO1234"),
        ("RFMO_ID", "IOTC012345"),
        ("RFMO_ID", "NPFC-V00123"),
        ("PORT_ID", "ESVGO"),
        ("END_DATE", "31/12/2026"),
        ("BUILD_YEAR", "1987"),
        ("BUILDER_LOCATION", "Rongcheng"),
        ("BUILD_COUNTRY", "Chine"),
        ("FLAG", "Espagne"),
    ):
        assert expected in found, expected
    flag = next(s for s in extract_rules(text) if s.text == "Espagne")
    assert flag.confidence >= 0.8  # a known country in French is not doubted


def test_home_port_state_is_the_ports_country_not_its_province() -> None:
    found = _labelled("Port of registry: Penglai, Shandong\nHome port: Vigo, Spain\n")
    # A port with its province is one value, as registers write it ("FUZHOU, FUJIAN").
    assert ("HOME_PORT", "Penglai, Shandong") in found and ("HOME_PORT", "Vigo") in found
    assert ("HOME_PORT_STATE", "Spain") in found
    assert not any(text == "Shandong" for _, text in found)
