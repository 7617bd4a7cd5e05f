"""Round 6 (docs/preannotation.md): records of changes, whose values are what the row's field
names; registers whose records are parted by blank lines under a header wrapped over three
lines; keys padded to one width before their colons; identifiers after a verb in prose."""

from __future__ import annotations

import pytest

from oceanid_dev.demo.vessels import Vessel
from tests.rule_pages import checked_fleet, identifiers_of, labelled


@pytest.fixture(scope="module")
def fleet() -> list[Vessel]:
    return checked_fleet()


def test_change_table_reads_values_as_their_rows_field(fleet: list[Vessel]) -> None:
    a, b = fleet[0], fleet[1]
    rows = [
        ("Call sign", b.ircs, a.ircs),
        ("MMSI", b.mmsi, a.mmsi),
        ("Vessel name", "OCEAN STAR 7", a.name),
        ("Owner", "NORTH SEA FISHING CO LTD", a.owner),
        ("Gross tonnage", "1186", "1293"),
    ]
    lines = [
        "| No. | Effective  | Vessel | IMO | Field changed | Previous value | New value |",
        "|-----|------------|--------|-----|---------------|----------------|-----------|",
    ]
    lines += [
        f"| {n} | 2025-03-08 | {a.name} | {a.imo} | {field} | {old} | {new} |"
        for n, (field, old, new) in enumerate(rows, start=20)
    ]
    found = labelled("\n".join(lines) + "\n")
    assert {
        ("ID_CHANGE", b.ircs),
        ("IRCS", a.ircs),
        ("ID_CHANGE", b.mmsi),
        ("MMSI", a.mmsi),
        ("NAME_CHANGE", "OCEAN STAR 7"),
        ("ASSOC_NAME", "NORTH SEA FISHING CO LTD"),
        ("IMO", a.imo),
    } <= found
    # A former call sign is no current one; a former tonnage is no measure of the vessel.
    assert ("IRCS", b.ircs) not in found and ("MMSI", b.mmsi) not in found
    assert ("METRIC_VALUE", "1293") in found
    assert "1186" not in {value for _, value in found}


@pytest.mark.parametrize(
    ("field", "previous", "new"),
    [
        ("Field changed", "Previous value", "New value"),
        ("Campo modificado", "Valor anterior", "Valor nuevo"),
        ("Champ modifié", "Ancienne valeur", "Nouvelle valeur"),
    ],
)
def test_change_blocks_of_keys(fleet: list[Vessel], field: str, previous: str, new: str) -> None:
    a, b = fleet[2], fleet[3]
    text = (
        f"Change 337  (effective 07/04/2026)\n  Vessel: {a.name}   IMO: {a.imo}\n"
        f"  {field}: Call sign\n  {previous}: {b.ircs}\n  {new}: {a.ircs}\n\n"
        f"Change 338\n  {field}: Flag\n  {previous}: Panama\n  {new}: Vanuatu\n"
    )
    found = labelled(text)
    assert {("ID_CHANGE", b.ircs), ("IRCS", a.ircs), ("IMO", a.imo)} <= found
    assert {("FLAG_CHANGE", "Panama"), ("FLAG", "Vanuatu")} <= found
    assert ("IRCS", b.ircs) not in found


def _register(vessels: list[Vessel], under_header: str) -> str:
    """An RFMO list as layout-keeping extraction gives it: a header wrapped over three lines and
    ruled off or parted from the first record by a blank line, each record's wrapped cells on
    the lines around its own, blank lines between records."""
    widths = (16, 34, 16, 18, 14, 26, 14)
    header = [
        (
            "RFMO Serial",
            "Name of vessel",
            "International",
            "IMO ship",
            "MMSI",
            "Name and address of",
            "Authorised",
        ),
        ("No.", "", "radio call", "identification", "", "owner(s)", "period"),
        ("", "", "sign", "number", "", "", ""),
    ]
    lines = ["".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in header]
    lines.append("-" * sum(widths) if under_header == "rule" else "")
    for n, v in enumerate(vessels):
        owner = (v.owner or "UNKNOWN CO").split(" ")
        half = len(owner) // 2
        cells = (f"IOTC{8400 + n:06d}", v.name, v.ircs, v.imo, v.mmsi, " ".join(owner[:half]), "")
        lines.append(" " * sum(widths[:5]) + "Building 5,".ljust(widths[5]) + "25.04.2025 -")
        lines.append("".join(str(c).ljust(w) for c, w in zip(cells, widths, strict=True)))
        lines.append(" " * sum(widths[:5]) + " ".join(owner[half:]).ljust(widths[5]) + "24.04.2027")
        lines.append(" " * sum(widths[:5]) + "Rongcheng, China")  # a one-run line ends it
        lines.append("")
    return "\n".join(lines)


@pytest.mark.parametrize("under_header", ["rule", "blank"])
def test_register_parted_by_blank_lines_reads_every_record(
    fleet: list[Vessel], under_header: str
) -> None:
    """A record ending in a wrapped cell's one-run line, then a blank line, used to end the
    table: each record was a block of its own, and the header's block (one record under it)
    too small for a table, so the header was lost. And the wrapped header's first column
    ('RFMO Serial' / 'No.') is not read as keys with values beside them."""
    vessels = fleet[4:9]
    found = labelled(_register(vessels, under_header))
    for v in vessels:
        assert set(identifiers_of(v)) <= found, v.name
        assert ("VESSEL_NAME", v.name) in found
    # The wrapped header is a header: its first column's words are no keys with values beside.
    assert not any(value in {"Name of vessel", "MMSI", "radio call"} for _, value in found)


def test_keys_padded_before_their_colons(fleet: list[Vessel]) -> None:
    v = fleet[9]
    text = (
        f"Vessel name   : {v.name}          Call sign     : {v.ircs}\n"
        f"MMSI          : {v.mmsi}                   IMO           : {v.imo}\n"
    )
    found = labelled(text)
    assert {("VESSEL_NAME", v.name), *identifiers_of(v)} <= found
    assert ("VESSEL_NAME", "Call sign") not in found


def test_identifiers_after_a_verb_in_prose(fleet: list[Vessel]) -> None:
    v = fleet[10]
    english = f"The master stated that its MMSI is {v.mmsi}, and the IMO number was {v.imo}."
    spanish = f"El número OMI del buque es {v.imo}, su MMSI es {v.mmsi}, el armador es otro."
    wrapped = f"The master stated that its MMSI is\n{v.mmsi}, and the IMO number was\n{v.imo}."
    for text in (english, spanish, wrapped):
        assert {("MMSI", v.mmsi or ""), ("IMO", v.imo or "")} <= labelled(text)


def test_placeholder_after_call_sign_is_no_call_sign() -> None:
    assert not any(label == "IRCS" for label, _ in labelled("Call sign:     NIL\n"))


def test_boxed_form_keeps_each_key_in_its_box(fleet: list[Vessel]) -> None:
    """A box's wording is not dealt out over the boxes below (the pipes mark where it ends)."""
    v = next(v for v in fleet if len(v.name) <= 16)
    text = (
        "┌──────────────────┬───────────────────┬────────────────┐\n"
        "│ Name of ship     │ Official number   │ Call sign      │\n"
        f"│ {v.name:<16} │ 1770917           │ {v.ircs:<14} │\n"
        "├──────────────────┴───────┬───────────┴────────────────┤\n"
        "│ IMO number               │ Port of registry           │\n"
        f"│ {v.imo:<24} │ Yaizu                      │\n"
        "├─────────────┬────────────┴─┬──────────────┬───────────┤\n"
        "│ Type of ship│ Net tonnage  │ Place of build │ Length  │\n"
        "│ Fishing     │ 362 NT       │ Niigata      │ 63.38 m   │\n"
        "└─────────────┴──────────────┴──────────────┴───────────┘\n"
    )
    found = labelled(text)
    assert {("VESSEL_NAME", v.name), ("IRCS", v.ircs)} <= found
    assert ("IMO", v.imo) in found and ("VESSEL_NAME", "Fishing") not in found


def test_distinctive_number_or_letters_names_the_call_sign(fleet: list[Vessel]) -> None:
    v = fleet[12]
    text = f"1. Name of ship  {v.name}\n2. Distinctive number or letters  {v.ircs}\n"
    assert ("IRCS", v.ircs) in labelled(text)


def test_call_sign_down_its_column_in_two_column_text(fleet: list[Vessel]) -> None:
    """A bulletin set in two columns: the keyword ends a column's line, the other column's
    text follows, and the call sign opens the same column's next line."""
    a, b, c = fleet[13], fleet[14], fleet[15]
    left, right = 52, 40
    rows = [
        (f"The longliner {a.name[:12]} (call", "The Commission adopted the list"),
        (f"sign {a.ircs}), flagged and registered at", "of vessels for the period to come."),
        ("Misaki, was added to the list.", f"The seiner {b.name[:12]} (call sign"),
        (f"The carrier {c.name[:12]} (call sign", f"{b.ircs}), registered at Dalian."),
        (f"{c.ircs}), flagged and registered.", "Nothing else was notified."),
    ]
    text = "\n".join(f"{x.ljust(left)}{y.ljust(right)}".rstrip() for x, y in rows) + "\n"
    found = labelled(text)
    assert {("IRCS", a.ircs), ("IRCS", b.ircs), ("IRCS", c.ircs)} <= found


def test_portuguese_register_extract(fleet: list[Vessel]) -> None:
    """Keys in Portuguese, the fourth language of the vocabulary (Lusophone flag States)."""
    v = fleet[16]
    text = (
        "CERTIDÃO DE REGISTO DE EMBARCAÇÃO DE PESCA\n"
        f"Nome da embarcação: {v.name}\n"
        f"Indicativo de chamada: {v.ircs}\n"
        "Bandeira: Portugal\n"
        "Porto de registo: Peniche\n"
        "Arqueação bruta: 1 240 GT\n"
        "Armador: PESCARIAS DO ATLANTICO LDA\n"
        "Válida até: 31/12/2027\n"
    )
    found = labelled(text)
    assert {
        ("VESSEL_NAME", v.name),
        ("IRCS", v.ircs),
        ("FLAG", "Portugal"),
        ("HOME_PORT", "Peniche"),
        ("METRIC_TYPE", "Arqueação bruta"),
        ("ASSOC_NAME", "PESCARIAS DO ATLANTICO LDA"),
        ("END_DATE", "31/12/2027"),
    } <= found


def test_assureds_of_a_certificate_of_entry_are_associates() -> None:
    text = (
        "Name of ship:                 OCEAN STAR 7\n\n"
        "Assured                                                 Capacity\n"
        "Hongyuan Ocean Fishing Co., Ltd.                        Owner\n"
        "SOUTHERN STAR SHIPPING INC                              Operator\n"
    )
    found = labelled(text)
    assert {
        ("ASSOC_NAME", "Hongyuan Ocean Fishing Co., Ltd."),
        ("ASSOC_NAME", "SOUTHERN STAR SHIPPING INC"),
        ("ASSOC_ROLE", "Owner"),
        ("ASSOC_ROLE", "Operator"),
    } <= found
