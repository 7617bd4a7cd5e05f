"""The rule engine's quality tables of docs/preannotation.md, tuned and blind apart.

    .venv/bin/python -m tests.quality_report [--pages-per-layout 40]

(a) the four demo layouts the rules were written against (tuned), rendered as PDFs and read
back through raw ingestion's extraction; (b) each blind layout of tests/blind_layouts/ (written
by someone who had not read the rules, test-only) and the older held-out inspection notice,
each separately; then all blind pages together, the headline. Lives under tests/ because the
blind layouts may not be importable from the package."""

from __future__ import annotations

import argparse
from collections.abc import Hashable, Iterable, Sequence
from typing import Protocol

from oceanid_assets.ingest.pdf_text import extract_page_texts
from oceanid_assets.preannotate.evaluate import Evaluation, SpanLike, evaluate, format_evaluation
from oceanid_assets.preannotate.rules import extract_document
from oceanid_dev.demo.documents import DemoDocument, generate_demo_documents
from oceanid_dev.demo.heldout import generate_heldout_documents
from oceanid_dev.demo.vessels import Vessel, load_vessels
from tests import (
    blind_layouts,
    blind_layouts_aa,
    blind_layouts_ab,
    blind_layouts_b,
    blind_layouts_c,
    blind_layouts_d,
    blind_layouts_e,
    blind_layouts_f,
    blind_layouts_g,
    blind_layouts_h,
    blind_layouts_i,
    blind_layouts_j,
    blind_layouts_k,
    blind_layouts_l,
    blind_layouts_m,
    blind_layouts_n,
    blind_layouts_o,
    blind_layouts_p,
    blind_layouts_q,
    blind_layouts_r,
    blind_layouts_s,
    blind_layouts_t,
    blind_layouts_u,
    blind_layouts_v,
    blind_layouts_w,
    blind_layouts_x,
    blind_layouts_y,
    blind_layouts_z,
)

# ((document, page number), page text, gold spans as (start, end, label))
LabelledPage = tuple[tuple[Hashable, int], str, Sequence[tuple[int, int, str]]]


class _Gold(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def label(self) -> str: ...


class BlindPage(Protocol):
    """A page of either blind set (each set defines its own, written apart)."""

    @property
    def doc_id(self) -> str: ...
    @property
    def page_num(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def spans(self) -> Sequence[_Gold]: ...


# Set A was scored per label while the rules were developed (its texts never read); set B was
# scored once, at the end.
BLIND_SETS = {
    "A": blind_layouts,
    "B": blind_layouts_b,
    "C": blind_layouts_c,
    "D": blind_layouts_d,
    "E": blind_layouts_e,
    "F": blind_layouts_f,
    "G": blind_layouts_g,
    "H": blind_layouts_h,
    "I": blind_layouts_i,
    "J": blind_layouts_j,
    "K": blind_layouts_k,
    "L": blind_layouts_l,
    "M": blind_layouts_m,
    "N": blind_layouts_n,
    "O": blind_layouts_o,
    "P": blind_layouts_p,
    "Q": blind_layouts_q,
    "R": blind_layouts_r,
    "S": blind_layouts_s,
    "T": blind_layouts_t,
    "U": blind_layouts_u,
    "V": blind_layouts_v,
    "W": blind_layouts_w,
    "X": blind_layouts_x,
    "Y": blind_layouts_y,
    "Z": blind_layouts_z,
    "AA": blind_layouts_aa,
    "AB": blind_layouts_ab,
}


def score_pages(pages: Iterable[LabelledPage]) -> Evaluation:
    """Pages are read by document, in page order, as the suggestions asset reads them."""
    predicted: list[tuple[Hashable, SpanLike]] = []
    gold: list[tuple[Hashable, SpanLike]] = []
    keys: list[Hashable] = []
    documents: dict[Hashable, list[LabelledPage]] = {}
    for page in pages:
        documents.setdefault(page[0][0], []).append(page)
    for document in documents.values():
        document.sort(key=lambda page: page[0][1])
        found = extract_document(text for _, text, _ in document)
        for (key, _, spans), spans_found in zip(document, found, strict=True):
            keys.append(key)
            predicted += [(key, s) for s in spans_found]
            gold += [(key, span) for span in spans]
    return evaluate(predicted, gold, pages=keys)


def demo_labelled(documents: Sequence[DemoDocument]) -> list[LabelledPage]:
    pages: list[LabelledPage] = []
    for number, document in enumerate(documents):
        for page_num, text in enumerate(extract_page_texts(document.pdf_bytes), start=1):
            gold = [(t.start, t.end, t.label) for t in document.spans if t.page_num == page_num]
            pages.append(((number, page_num), text, gold))
    return pages


def blind_labelled(pages: Sequence[BlindPage]) -> list[LabelledPage]:
    return [
        ((p.doc_id, p.page_num), p.text, [(s.start, s.end, s.label) for s in p.spans])
        for p in pages
    ]


def blind_by_layout(
    vessels: Sequence[Vessel], per_layout: int, seed: int, blind_set: str
) -> dict[str, list[LabelledPage]]:
    module = BLIND_SETS[blind_set]
    by_layout: dict[str, list[LabelledPage]] = {}
    for layout in module.LAYOUTS:
        pages = module.generate_blind_pages(vessels, per_layout, seed=seed, layouts=[layout])
        by_layout[f"{blind_set}: {layout}"] = blind_labelled(pages)
    return by_layout


def _headline(name: str, result: Evaluation) -> str:
    ids, total = result.identifiers, result.total
    return (
        f"| {name} | {result.pages} | {ids.exact_f1:.3f} | {total.exact_f1:.3f} | "
        f"{total.lenient_f1:.3f} | {result.coverage:.3f} | {result.coverage_of_gold_pages:.3f} |"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages-per-layout", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--sets", nargs="+", choices=sorted(BLIND_SETS), default=sorted(BLIND_SETS))
    args = parser.parse_args(argv)
    vessels = load_vessels()
    tuned = score_pages(
        demo_labelled(
            generate_demo_documents(vessels, pages=4 * args.pages_per_layout, seed=args.seed)
        )
    )
    blind: dict[str, list[LabelledPage]] = {}
    for blind_set in args.sets:
        blind.update(blind_by_layout(vessels, args.pages_per_layout, args.seed, blind_set))
    heldout = generate_heldout_documents(vessels, pages=args.pages_per_layout, seed=args.seed + 3)
    blind["heldout inspection notice (PDF)"] = demo_labelled(heldout)
    results = {name: score_pages(pages) for name, pages in blind.items()}
    every_blind = score_pages([page for pages in blind.values() for page in pages])
    print(
        "| layouts | pages | identifiers exact F1 | all exact F1 | all lenient F1 "
        "| pages with a suggestion | of those with a gold span |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    print(_headline("**all blind layouts**", every_blind))
    for name, result in results.items():
        print(_headline(f"blind {name}", result))
    print(_headline("tuned: 4 demo layouts (PDF)", tuned))
    print("\n### All blind layouts together\n")
    print(format_evaluation(every_blind))
    for name, result in results.items():
        print(f"\n### Blind: {name}\n")
        print(format_evaluation(result))
    print("\n### Tuned: the 4 demo layouts\n")
    print(format_evaluation(tuned))


if __name__ == "__main__":
    main()
