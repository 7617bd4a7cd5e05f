"""Blind evaluation pages for the entity extractor (test-only data).

These layouts were written WITHOUT reading the rule-based extractor, its layouts or its tests,
so that they measure how it generalises to page shapes it was never tuned on. Each page carries
gold spans labelled the way an expert reviewer would under oceanid_assets.labelset, recorded
while the text was written (never by searching it afterwards).

Vessel identities come from `oceanid_dev.demo.vessels.load_vessels()` (real public lists when
present, a synthetic fleet in CI); the generator works with either.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from types import ModuleType

from oceanid_dev.demo.vessels import Vessel

from . import (
    delimited_list,
    licence_es,
    licence_fr,
    ocr_html_table,
    ocr_markdown_table,
    prose_notice,
    register_table_text,
    two_column_form,
)
from ._core import BlindPage, GoldSpan, PageContext, PageText

__all__ = ["LAYOUTS", "BlindPage", "GoldSpan", "generate_blind_pages"]

_MODULES: tuple[ModuleType, ...] = (
    register_table_text,
    ocr_markdown_table,
    ocr_html_table,
    licence_es,
    licence_fr,
    two_column_form,
    delimited_list,
    prose_notice,
)
_BUILDERS: dict[str, tuple[Callable[[PageContext, list[Vessel]], PageText], int]] = {
    m.NAME: (m.build, m.PAGES_PER_DOC) for m in _MODULES
}
LAYOUTS: tuple[str, ...] = tuple(_BUILDERS)


def generate_blind_pages(
    vessels: Sequence[Vessel],
    pages_per_layout: int = 20,
    seed: int = 0,
    layouts: Sequence[str] | None = None,
) -> list[BlindPage]:
    """pages_per_layout pages of each layout, the same for the same seed and vessels.

    Table layouts group their pages into multi-page documents (page_num counts within a
    document, "Page 2 of 4" in the footer agrees); single-record layouts are one page each."""
    if not vessels:
        raise ValueError("generate_blind_pages needs at least one vessel")
    chosen = tuple(layouts) if layouts is not None else LAYOUTS
    unknown = [name for name in chosen if name not in _BUILDERS]
    if unknown:
        raise ValueError(f"unknown blind layouts: {unknown}; known: {list(LAYOUTS)}")
    fleet = list(vessels)
    pages: list[BlindPage] = []
    for layout in chosen:
        build, per_doc = _BUILDERS[layout]
        for n in range(pages_per_layout):
            doc, index = divmod(n, per_doc)
            doc_pages = min(per_doc, pages_per_layout - doc * per_doc)
            ctx = PageContext(
                doc_key=f"{seed}/{layout}/doc{doc}",
                page_num=index + 1,
                doc_pages=doc_pages,
                rng=random.Random(f"{seed}/{layout}/page{n}"),
            )
            page = build(ctx, fleet)
            pages.append(
                BlindPage(
                    layout=layout,
                    doc_id=f"blind-{layout}-s{seed}-{doc:04d}",
                    page_num=index + 1,
                    text=page.text,
                    spans=page.spans,
                )
            )
    return pages
