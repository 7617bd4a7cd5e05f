"""Blind evaluation set C: eight document layouts with gold spans, written without sight of the
extractor (see README.md). The interface other code calls is this module's."""

from __future__ import annotations

import hashlib
import random
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from types import ModuleType

from oceanid_dev.demo.vessels import Vessel

from . import (
    carrier_notice,
    certificate_md,
    decree_prose,
    dotted_extract,
    grouped_header_html,
    numbered_list,
    ocr_scan_table,
    vessel_cards,
)
from ._page import GoldSpan, PageDraft

__all__ = ["LAYOUTS", "BlindPage", "GoldSpan", "generate_blind_pages"]

_MODULES: tuple[ModuleType, ...] = (
    certificate_md,
    dotted_extract,
    numbered_list,
    decree_prose,
    ocr_scan_table,
    grouped_header_html,
    vessel_cards,
    carrier_notice,
)
_BUILDERS: dict[str, Callable[[Sequence[Vessel], random.Random], list[PageDraft]]] = {
    module.LAYOUT: module.build_document for module in _MODULES
}
LAYOUTS: tuple[str, ...] = tuple(_BUILDERS)


@dataclass(frozen=True)
class BlindPage:
    doc_id: str
    page_num: int
    text: str
    spans: tuple[GoldSpan, ...]
    layout: str


def _doc_id(seed: int, layout: str, index: int) -> str:
    """A UUID (version bits of v7) from seed, layout and document index: stable across runs
    and PYTHONHASHSEED, unlike uuid4 or hash()."""
    digest = hashlib.sha256(f"blind-c:{seed}:{layout}:{index}".encode()).digest()
    value = int.from_bytes(digest[:16], "big")
    value = (value & ~(0xF << 76)) | (0x7 << 76)  # version 7
    value = (value & ~(0x3 << 62)) | (0x2 << 62)  # RFC 4122 variant
    return str(uuid.UUID(int=value))


def generate_blind_pages(
    vessels: Sequence[Vessel],
    pages_per_layout: int = 20,
    seed: int = 0,
    layouts: Sequence[str] | None = None,
) -> list[BlindPage]:
    """`pages_per_layout` pages of each layout (the last document cut short if need be),
    built from `vessels` with one random stream per (seed, layout, document)."""
    chosen = tuple(layouts) if layouts is not None else LAYOUTS
    unknown = sorted(set(chosen) - set(LAYOUTS))
    if unknown:
        raise ValueError(f"unknown layouts {unknown}; known: {list(LAYOUTS)}")
    if not vessels:
        raise ValueError("no vessels to build documents from")
    pages: list[BlindPage] = []
    for layout in chosen:
        made = 0
        index = 0
        while made < pages_per_layout:
            # A string seed is hashed with SHA-512 by random.Random: independent of PYTHONHASHSEED.
            rng = random.Random(f"blind-c:{seed}:{layout}:{index}")
            doc_id = _doc_id(seed, layout, index)
            drafts = _BUILDERS[layout](vessels, rng)
            for page_num, draft in enumerate(drafts[: pages_per_layout - made], start=1):
                pages.append(BlindPage(doc_id, page_num, draft.text, draft.spans, layout))
            made += min(len(drafts), pages_per_layout - made)
            index += 1
    return pages
