"""What a vessel was, told in a sentence about a period that has ended: "Between 3 June 2009 and
30 March 2017 the vessel operated as SHIN JIANN LIH under the flag of Vanuatu, using call sign
YJKA1." The name, flag and identifiers read there are former ones; the finders read them as
current, and this turns them into NAME_CHANGE, FLAG_CHANGE and ID_CHANGE."""

from __future__ import annotations

import re
from dataclasses import replace

from oceanid_assets.preannotate.spans import Span

_FORMER_LABEL = {
    "VESSEL_NAME": "NAME_CHANGE",
    "FLAG": "FLAG_CHANGE",
    "IRCS": "ID_CHANGE",
    "MMSI": "ID_CHANGE",
}
# A sentence opening on a period with an end: "Between ... and ...", "Entre el ... y el ...",
# "Entre le ... et le ...", "Until 2017", "Hasta 2017", "Jusqu'en 2017".
_ENDED_PERIOD = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*"
    r"(?:(?:Between|From|Entre)\b[^.\n;]{0,40}?\b(?:19|20)\d\d\b[^.\n;]{0,12}?\b"
    r"(?:and|to|y|et|al|au|a)\b[^.\n;]{0,40}?\b(?:19|20)\d\d\b"
    r"|(?:Until|Hasta|Jusqu'(?:en|au))\b[^.\n;]{0,30}?\b(?:19|20)\d\d\b)",
    re.MULTILINE,
)
# A sentence ends at a full stop before a blank and a capital, or at a blank line.
_SENTENCE_END = re.compile(r"\.(?=\s+[A-Z\u00c0-\u00dd])|\n\s*\n")
_HINT = re.compile(r"Between|From|Entre|Until|Hasta|Jusqu")


def former_in_ended_periods(text: str, spans: list[Span]) -> list[Span]:
    if not _HINT.search(text):
        return spans
    periods = []
    for m in _ENDED_PERIOD.finditer(text):
        end = _SENTENCE_END.search(text, m.end())
        periods.append((m.start(), end.start() if end else len(text)))
    if not periods:
        return spans
    out = []
    for span in spans:
        label = _FORMER_LABEL.get(span.label)
        if label is not None and any(a <= span.start and span.end <= b for a, b in periods):
            span = replace(span, label=label)
        out.append(span)
    return out
