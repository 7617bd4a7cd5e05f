"""Unified diffs (`diff -u`, `git diff`) of registry exports and records: the lines of each hunk
read as the file they come from, and a value a changed line replaces read as a former one.

    @@ -76,3 +77,3 @@
     FV00853,WANXIN32,CHN,BZV6U,...
    -FV03879,HUA SHENG NO.636,TWN,BI2606,...,2022-08-13,2023-08-12
    +FV03879,HUA SHENG NO.636,TWN,BI2606,...,2023-08-13,2026-08-11

Each hunk line's first character (' ', '-', '+') is a blank for the other readers, so a CSV
row, a table row or a "Key: value" line reads as it did in the file. Within a hunk, the n-th
removed line of a run is paired with the n-th added line after it, as diff prints a change; an
identity value (name, flag, call sign, MMSI, registration) on the removed line that its added
line no longer holds is a former one, when the two lines open on the same first field (a
record's number, a key). A removed line with no added one, or with another record's (a record
dropped from a list, another listed in its place), keeps its labels: nothing replaced it."""

from __future__ import annotations

import re
from dataclasses import replace

from oceanid_assets.preannotate.rules.history import FORMER_LABEL
from oceanid_assets.preannotate.spans import Span

_HUNK_HEADER = re.compile(r"^@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@", re.MULTILINE)
_HUNK_LINE = " -+\\"  # context, removed, added, "\ No newline at end of file"


def hunk_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line inside the page's hunks; [] if the page holds no diff."""
    if "@@ -" not in text:
        return []
    lines: list[tuple[int, int]] = []
    for header in _HUNK_HEADER.finditer(text):
        start = text.find("\n", header.end()) + 1
        while 0 < start < len(text) and text[start] in _HUNK_LINE:
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            lines.append((start, end))
            start = end + 1
    return lines


def without_markers(text: str, lines: list[tuple[int, int]]) -> str:
    """The page with each hunk line's marker as a blank: the same length, so offsets hold."""
    chars = list(text)
    for start, _ in lines:
        chars[start] = " "
    return "".join(chars)


_FIRST_FIELD_END = re.compile(r",|;|\t|:|  ")


def _same_record(text: str, removed: tuple[int, int], added: tuple[int, int]) -> bool:
    """The two lines open on the same first field (a record's number, a key): a change of
    that record, not one record dropped and another added in its place."""
    old, new = text[removed[0] + 1 : removed[1]], text[added[0] + 1 : added[1]]
    end = _FIRST_FIELD_END.search(old)
    first = old[: end.end()] if end else old
    return len(first.strip()) >= 2 and new.startswith(first)


def replaced_values(text: str, lines: list[tuple[int, int]], spans: list[Span]) -> list[Span]:
    """The spans, those of a value a changed line replaces relabelled as former."""
    removed: list[tuple[int, int]] = []  # removed lines paired with their added line
    added: list[tuple[int, int]] = []
    run_removed: list[tuple[int, int]] = []
    run_added: list[tuple[int, int]] = []
    for line in [*lines, (len(text), len(text))]:  # a last, empty line closes the last run
        marker = text[line[0]] if line[0] < len(text) else " "
        if marker == "-" and not run_added:
            run_removed.append(line)
            continue
        if marker == "+" and run_removed:
            run_added.append(line)
            continue
        pairs = min(len(run_removed), len(run_added))
        removed += run_removed[:pairs]
        added += run_added[:pairs]
        run_removed = [line] if marker == "-" else []
        run_added = []
    kept = [(a, b) for a, b in zip(removed, added, strict=True) if _same_record(text, a, b)]
    if not kept:
        return spans
    removed, added = [a for a, _ in kept], [b for _, b in kept]
    out = []
    for span in spans:
        label = FORMER_LABEL.get(span.label)
        if label is not None:
            for (start, end), (new_start, new_end) in zip(removed, added, strict=True):
                if start <= span.start and span.end <= end:
                    if span.text not in text[new_start:new_end]:
                        span = replace(span, label=label)
                    break
        out.append(span)
    return out
