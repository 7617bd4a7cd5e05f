"""Vessel identifiers named by a keyword in running text or key-value lines: IMO, MMSI, IRCS,
EU CFR. Tables are handled by column in `tables`; bare numbers without a keyword are left
alone because registration and company numbers share their shapes."""

from __future__ import annotations

import re

from oceanid_assets.preannotate.rules.base import checked, word_start
from oceanid_assets.preannotate.rules.vocab import ISO3
from oceanid_assets.preannotate.spans import Span

_NO = r"(?:\s*(?:No\.?|Nr\.?|number|Number|#))?\s*[:.]?\s*"
IMO_RE = re.compile(r"IMO" + _NO + r"(\d{7})\b")
MMSI_RE = re.compile(r"MMSI" + _NO + r"(\d{9})\b")
# Each pattern begins with a literal or a character set, which re skips ahead to (see base).
IRCS_RE = re.compile(
    r"(?:IRCS|Call[ \n-]?[Ss]ign|call[ \n-]?[Ss]ign|Radio call sign)"
    + _NO
    # Column headers list "IRCS MMSI ..." side by side; those words are not call signs.
    + r"(?!(?:MMSI|IMO|GT|GRT|LOA|FLAG|NAME)\b)((?=[A-Z0-9]*[A-Z])[A-Z0-9]{3,8})\b"
)
CFR_RE = re.compile(r"([A-Z][A-Z]{2})(\d{9})\b")
# "Previous call sign: X" is an identifier change, not the current call sign.
_FORMER = re.compile(r"(?:previous|former|old|ex)[ -]*$", re.IGNORECASE)


def find_identifiers(text: str) -> list[Span]:
    spans: list[Span] = []
    for regex, label in ((IMO_RE, "IMO"), (MMSI_RE, "MMSI"), (IRCS_RE, "IRCS")):
        for m in regex.finditer(text):
            if not word_start(text, m.start()):
                continue
            line_start = text.rfind("\n", 0, m.start()) + 1
            former = _FORMER.search(text, max(line_start, m.start() - 12), m.start())
            span = checked(text, m.start(1), m.end(1), "ID_CHANGE" if former else label, 0.95)
            if span:
                spans.append(span)
    for m in CFR_RE.finditer(text):
        if m[1] in ISO3 and word_start(text, m.start()):
            span = checked(text, m.start(), m.end(), "EU_CFR", 0.85)
            if span:
                spans.append(span)
    return spans
