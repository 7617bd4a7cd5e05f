"""Blind evaluation layouts, set B: gold-labelled page texts in eight layouts for the final score
of the rule-based entity extractor.

Test-only data. It was written without reading the extractor, its tuning layouts or the other
evaluation sets; the pages follow how real RFMO registers, flag-State certificates, licence
lists and port-State notices are worded and laid out (English, Spanish, French). Every span is
recorded as its value is appended to the page text, so offsets are exact by construction.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from types import ModuleType

from oceanid_dev.demo.vessels import Vessel

from . import (
    csv_export_quoted,
    iattc_style_html,
    key_over_value_form,
    licence_list_es_table,
    ocr_scanned_certificate,
    port_notice_prose,
    registre_fr_table,
    wide_register_pdf,
)
from ._page import BlindPage, GoldSpan, PageDraft

__all__ = ["LAYOUTS", "BlindPage", "GoldSpan", "generate_blind_pages"]

_MODULES: tuple[ModuleType, ...] = (
    wide_register_pdf,
    ocr_scanned_certificate,
    licence_list_es_table,
    registre_fr_table,
    port_notice_prose,
    key_over_value_form,
    iattc_style_html,
    csv_export_quoted,
)
_BUILDERS: dict[str, Callable[[Sequence[Vessel], random.Random], list[PageDraft]]] = {
    module.LAYOUT: module.build_document for module in _MODULES
}
LAYOUTS: tuple[str, ...] = tuple(_BUILDERS)


def generate_blind_pages(
    vessels: Sequence[Vessel],
    pages_per_layout: int = 20,
    seed: int = 0,
    layouts: Sequence[str] | None = None,
) -> list[BlindPage]:
    """`pages_per_layout` pages of each layout (documents of one to three pages; the last
    document of a layout may be cut short), deterministic for a given vessel list and seed."""
    chosen = tuple(layouts) if layouts is not None else LAYOUTS
    unknown = [name for name in chosen if name not in _BUILDERS]
    if unknown:
        raise ValueError(f"unknown layouts: {unknown}")
    if not vessels:
        raise ValueError("generate_blind_pages needs at least one vessel")
    pages: list[BlindPage] = []
    for layout in chosen:
        made = 0
        n = 0
        while made < pages_per_layout:
            rng = random.Random(f"blindb|{layout}|{seed}|{n}")
            doc_id = f"blindb-{layout}-s{seed}-{n:04d}"
            drafts = _BUILDERS[layout](vessels, rng)[: pages_per_layout - made]
            for page_num, page in enumerate(drafts, start=1):
                pages.append(BlindPage(layout, doc_id, page_num, page.text, page.spans))
            made += len(drafts)
            n += 1
    return pages
