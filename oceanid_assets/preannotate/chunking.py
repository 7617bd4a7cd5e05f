"""Page chunking for the LLM extractor, and mapping the model's (label, text) answers back to
exact character offsets.

The model returns text only, never offsets: LLMs count characters badly, so offsets are always
recovered here by searching the chunk the model was shown.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Chunk:
    index: int
    start: int  # offset of text[0] in the page
    text: str


def chunk_page(text: str, max_chars: int, overlap: int) -> list[Chunk]:
    """Split `text` into chunks of at most `max_chars`, cut after a newline where one exists in
    the back half of the window, each chunk starting up to `overlap` chars before the previous
    one ended (on a line start when possible).

    Cutting on lines keeps registry fields (one per line, or one table row per line) whole;
    the overlap covers the lines that are longer than a chunk and get cut anyway.
    """
    if max_chars <= 0:
        raise ValueError("max_chars must be positive")
    overlap = max(0, min(overlap, max_chars // 2))
    if len(text) <= max_chars:
        return [Chunk(0, 0, text)]
    chunks: list[Chunk] = []
    start = 0
    while True:
        end = min(start + max_chars, len(text))
        if end < len(text):
            # Only the back half: cutting on an early newline would produce many tiny chunks.
            cut = text.rfind("\n", start + max_chars // 2, end)
            if cut != -1:
                end = cut + 1
        chunks.append(Chunk(len(chunks), start, text[start:end]))
        if end >= len(text):
            return chunks
        next_start = end - overlap
        # Prefer to begin on a line start inside the overlap, so the model sees whole lines.
        line_start = text.find("\n", next_start, end - 1)
        if line_start != -1:
            next_start = line_start + 1
        # Always progress, whatever the overlap.
        start = max(next_start, start + 1)


def _flexible_pattern(text: str) -> re.Pattern[str] | None:
    tokens = text.split()
    if not tokens:
        return None
    return re.compile(r"\s+".join(re.escape(token) for token in tokens))


def _exact_occurrences(haystack: str, needle: str) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    pos = haystack.find(needle)
    while pos != -1:
        found.append((pos, pos + len(needle)))
        pos = haystack.find(needle, pos + len(needle))
    return found


@dataclass
class LocateStats:
    hallucinations: int = 0  # text not in the chunk (or mentioned more often than it occurs)
    unknown_labels: int = 0
    malformed_entities: int = 0  # items that are not {"label": str, "text": str}


@dataclass(frozen=True)
class Located:
    start: int  # page offsets
    end: int
    label: str


@dataclass
class _Occurrences:
    exact: list[tuple[int, int]]
    flexible: list[tuple[int, int]] | None = None
    used: int = 0


def locate_entities(
    chunk: Chunk,
    entities: Iterable[object],
    labels: Sequence[str] | frozenset[str],
    stats: LocateStats,
) -> list[Located]:
    """Map the model's entities for one chunk to page offsets.

    The k-th mention of a (label, text) pair maps to its k-th non-overlapping occurrence in the
    chunk. A verbatim match is preferred; otherwise the text is matched with any run of
    whitespace standing for any run of whitespace (models collapse spaces and newlines), and the
    span keeps the page's own characters.
    """
    known = frozenset(labels)
    seen: dict[tuple[str, str], _Occurrences] = {}
    located: list[Located] = []
    for item in entities:
        if not isinstance(item, dict):
            stats.malformed_entities += 1
            continue
        label, text = item.get("label"), item.get("text")
        if not isinstance(label, str) or not isinstance(text, str) or not text.strip():
            stats.malformed_entities += 1
            continue
        label = label.strip()
        if label not in known:
            stats.unknown_labels += 1
            continue
        key = (label, text)
        occ = seen.get(key)
        if occ is None:
            occ = seen[key] = _Occurrences(exact=_exact_occurrences(chunk.text, text))
        k = occ.used
        occ.used += 1
        candidates = occ.exact
        if k >= len(candidates):
            if occ.flexible is None:
                pattern = _flexible_pattern(text)
                occ.flexible = (
                    [m.span() for m in pattern.finditer(chunk.text)] if pattern is not None else []
                )
            candidates = occ.flexible
        if k >= len(candidates):
            stats.hallucinations += 1
            continue
        s, e = candidates[k]
        located.append(Located(chunk.start + s, chunk.start + e, label))
    return located


def resolve_overlaps(spans: Sequence[Located]) -> tuple[list[Located], int]:
    """Drop exact duplicates (the same entity seen in two overlapping chunks), then keep
    non-overlapping spans, longer first and earlier on ties. Returns (kept in page order,
    number discarded for overlapping a kept span)."""
    unique: list[Located] = []
    seen: set[Located] = set()
    for span in spans:
        if span not in seen:
            seen.add(span)
            unique.append(span)
    order = sorted(range(len(unique)), key=lambda i: (-(unique[i].end - unique[i].start), i))
    kept: list[Located] = []
    discarded = 0
    for i in order:
        span = unique[i]
        if any(span.start < other.end and other.start < span.end for other in kept):
            discarded += 1
        else:
            kept.append(span)
    kept.sort(key=lambda s: (s.start, s.end))
    return kept, discarded
