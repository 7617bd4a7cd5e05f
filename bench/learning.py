"""Learning benchmark: prints figures and ratios against baselines measured in the same run.

    .venv/bin/python -m bench.learning             # 1,000 and 5,000 training pages (~25 min)
    .venv/bin/python -m bench.learning --quick     # 100 and 300 pages, a smaller base (~2 min)

1. Training time of `oceanid_assets.learn.train` (CRF, L-BFGS, 100 iterations, one core) on
   1,000 and 5,000 annotated pages: demo documents (`generate_demo_documents`, page text as the
   pipeline extracts it with `extract_page_texts`, the generator's truth spans as gold). PDF
   generation is timed apart and is not part of training; feature extraction (tokens, the
   rule engine, features) is, and is also timed on its own. Each model is scored on held-out
   documents (split by document) next to the rule engine: exact F1, identifier recall.
2. Inference pages/s on one core on the held-out pages: the model (which runs the rule engine
   for its features), the model given the page's rule spans, and `extract_rules` alone.
3. Learning curve on a layout new to the model and hard for the rules: the harbour ledger of
   tests/ledger_layout.py (unknown header words, grouped MMSI digits, a mixed hull-reference
   column). A model trained on a base of demo pages plus 0, 25, 50, 100, 200 ledger pages
   (vessels of one part of the fleet) is scored on ledger pages of the other vessels: exact
   identifier recall (IMO, MMSI, IRCS) next to the rules' on the same pages.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence

from oceanid_assets.ingest.pdf_text import extract_page_texts
from oceanid_assets.learn import (
    LabelledPage,
    TrainedExtractor,
    evaluate_extractor,
    exact_f1,
    split_by_document,
    train,
)
from oceanid_assets.learn.crf import page_items
from oceanid_assets.preannotate.rules import extract_rules
from oceanid_dev.demo.documents import generate_demo_documents
from oceanid_dev.demo.vessels import load_vessels
from tests.ledger_layout import ledger_pages, split_fleet

HOLDOUT_SHARE = 0.2
CURVE = (0, 25, 50, 100, 200)


def demo_pages(pages: int, seed: int) -> list[LabelledPage]:
    """About `pages` demo pages with their truth spans, one doc_id per document."""
    documents = generate_demo_documents(load_vessels(), pages=pages, seed=seed)
    labelled: list[LabelledPage] = []
    for n, document in enumerate(documents):
        for page_num, text in enumerate(extract_page_texts(document.pdf_bytes), start=1):
            spans = [(s.start, s.end, s.label) for s in document.spans if s.page_num == page_num]
            labelled.append(LabelledPage(f"demo-{n:05d}", text, spans, page_num))
    return labelled


def bench_training(
    sizes: Sequence[int], pool: list[LabelledPage], holdout: list[LabelledPage]
) -> TrainedExtractor:
    rules = evaluate_extractor(extract_rules, holdout)
    print(
        f"rules on the {len(holdout)} held-out pages: exact F1 {exact_f1(rules)[1]:.3f}, "
        f"identifier recall {rules.identifiers.exact_recall:.3f}"
    )
    models: list[TrainedExtractor] = []
    for size in sizes:
        pages = pool[:size]
        started = time.perf_counter()
        for page in pages:
            page_items(page.text)
        features_s = time.perf_counter() - started
        model = train(pages)
        models.append(model)
        learned = evaluate_extractor(model, holdout)
        print(
            f"train on {model.pages:5d} pages ({model.tokens:,} tokens, "
            f"{len(model.labels)} labels, {model.unaligned} unaligned gold spans): "
            f"{model.train_seconds:7.1f}s = {model.pages / model.train_seconds:5.1f} pages/s, "
            f"{model.tokens / model.train_seconds:,.0f} tokens/s; "
            f"features alone {features_s:.1f}s "
            f"({features_s / model.train_seconds:.0%}); model {len(model.model_bytes) / 1e6:.2f} MB"
        )
        print(
            f"  held out: exact F1 {exact_f1(learned)[1]:.3f} (rules {exact_f1(rules)[1]:.3f}), "
            f"identifier recall {learned.identifiers.exact_recall:.3f} "
            f"(rules {rules.identifiers.exact_recall:.3f})"
        )
    if len(models) == 2:
        a, b = models
        print(
            f"  {b.pages / a.pages:.1f}x the pages took {b.train_seconds / a.train_seconds:.1f}x "
            "the time"
        )
    return models[-1]


def bench_inference(model: TrainedExtractor, pages: list[LabelledPage]) -> None:
    texts = [p.text for p in pages]
    started = time.perf_counter()
    rule_spans = [extract_rules(text) for text in texts]
    rules_s = time.perf_counter() - started
    started = time.perf_counter()
    for text in texts:
        model.extract(text)
    model_s = time.perf_counter() - started
    started = time.perf_counter()
    for text, spans in zip(texts, rule_spans, strict=True):
        model.extract(text, rule_spans=spans)
    given_s = time.perf_counter() - started
    n = len(texts)
    print(f"inference on {n} held-out demo pages, one core:")
    print(f"  extract_rules alone           : {n / rules_s:7.0f} pages/s")
    print(
        f"  model (runs the rules itself) : {n / model_s:7.0f} pages/s"
        f"  -> {rules_s / model_s:.2f}x the rules' speed"
    )
    print(
        f"  model, rule spans given       : {n / given_s:7.0f} pages/s"
        f"  ({given_s / n * 1000:.1f} ms a page on top of the rules)"
    )


def bench_curve(base: list[LabelledPage], steps: Sequence[int], test_pages: int) -> None:
    train_fleet, test_fleet = split_fleet(load_vessels())
    ledger_train = ledger_pages(train_fleet, max(steps), seed=1, prefix="curve-train")
    ledger_test = ledger_pages(test_fleet, test_pages, seed=2, prefix="curve-test")
    rules = evaluate_extractor(extract_rules, ledger_test).identifiers.exact_recall
    print(
        f"learning curve on the new layout (ledger; {len(base)} demo pages as a base, "
        f"{test_pages} test pages of {len(test_fleet)} other vessels; rules' identifier recall "
        f"{rules:.3f}):"
    )
    for k in steps:
        model = train([*base, *ledger_train[:k]])
        result = evaluate_extractor(model, ledger_test)
        recall = result.identifiers.exact_recall
        per_label = {label: result.labels[label].exact_recall for label in ("IMO", "MMSI", "IRCS")}
        print(
            f"  +{k:3d} ledger pages: identifier recall {recall:.3f} "
            f"(IMO {per_label['IMO']:.2f}, MMSI {per_label['MMSI']:.2f}, "
            f"IRCS {per_label['IRCS']:.2f}) vs rules {rules:.3f} -> {recall - rules:+.3f}; "
            f"exact F1 {exact_f1(result)[1]:.3f}; trained in {model.train_seconds:.1f}s"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="100 and 300 pages, a smaller base")
    args = parser.parse_args()
    sizes = (100, 300) if args.quick else (1000, 5000)
    base_pages = 50 if args.quick else 200
    curve_test = 20 if args.quick else 40

    fleet = load_vessels()
    print(f"vessels: {len(fleet)} identities")
    started = time.perf_counter()
    pages = demo_pages(int(max(sizes) / (1 - HOLDOUT_SHARE)) + 50, seed=11)
    generated_s = time.perf_counter() - started
    pool, holdout = split_by_document(pages, HOLDOUT_SHARE)
    holdout = holdout[:300]
    print(
        f"demo pages: {len(pages)} generated and extracted in {generated_s:.1f}s "
        f"(not part of training); {len(pool)} to train on, {len(holdout)} held out"
    )
    model = bench_training(sizes, pool, holdout)
    bench_inference(model, holdout)
    bench_curve(pool[:base_pages], CURVE, curve_test)


if __name__ == "__main__":
    main()
