"""A bare MMSI and a bare call sign on one line vouch for each other when the MMSI's MID and
the call sign's ITU series name the same State; neither is labelled on its own evidence."""

from __future__ import annotations

from oceanid_assets.preannotate.rules import extract_rules


def _labelled(line: str) -> set[tuple[str, str]]:
    text = f"Vessels notified this week:\n{line}\n"
    spans = extract_rules(text)
    assert all(text[s.start : s.end] == s.text for s in spans)
    return {(s.label, s.text) for s in spans}


def test_mmsi_and_call_sign_of_one_state_on_a_line() -> None:
    # MID 412 and the call-sign series B are both China's.
    found = _labelled("FU YUAN YU 7012 / BZU6D / 412549512")
    assert {("MMSI", "412549512"), ("IRCS", "BZU6D")} <= found


def test_mmsi_and_call_sign_of_two_states_stay_bare() -> None:
    # MID 412 is China's; the series 3E is Panama's.
    found = _labelled("FU YUAN YU 7012 / 3EAB4 / 412549512")
    assert not {label for label, _ in found} & {"MMSI", "IRCS"}
