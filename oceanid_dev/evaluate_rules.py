"""The rule engine scored on demo documents: the two quality tables of docs/preannotation.md.

.venv/bin/python -m oceanid_dev.evaluate_rules
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from oceanid_assets.ingest.pdf_text import extract_page_texts
from oceanid_assets.preannotate.evaluate import SpanLike, Table, format_table, score
from oceanid_assets.preannotate.rules import extract_rules
from oceanid_dev.demo.documents import DemoDocument, generate_demo_documents
from oceanid_dev.demo.heldout import generate_heldout_documents
from oceanid_dev.demo.vessels import load_vessels


def evaluate_on_demo(documents: Sequence[DemoDocument]) -> Table:
    predicted: list[tuple[Hashable, SpanLike]] = []
    gold: list[tuple[Hashable, SpanLike]] = []
    for number, document in enumerate(documents):
        for page_num, text in enumerate(extract_page_texts(document.pdf_bytes), start=1):
            predicted += [((number, page_num), s) for s in extract_rules(text)]
        gold += [((number, t.page_num), (t.start, t.end, t.label)) for t in document.spans]
    return score(predicted, gold)


def main() -> None:
    vessels = load_vessels()
    tuned = generate_demo_documents(vessels, pages=200, seed=1)
    tuned += generate_demo_documents(vessels, pages=200, seed=2)
    print("### Tuned layouts (4 demo kinds), real vessels, pages=200, seeds 1+2\n")
    print(format_table(evaluate_on_demo(tuned)))
    heldout = generate_heldout_documents(vessels, pages=100, seed=3)
    print("\n### Held-out layout, real vessels, pages=100, seed 3\n")
    print(format_table(evaluate_on_demo(heldout)))


if __name__ == "__main__":
    main()
