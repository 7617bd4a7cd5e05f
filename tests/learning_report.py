"""How much the trained extractor learns of a layout it has never seen, on the blind layouts.

    .venv/bin/python -m tests.learning_report [--pages 20] [--sets B]

For each blind layout (written by helpers who saw neither the rules nor the extractor): pages
with two thirds of the vessels train a model, pages of the layout with the other third are
scored: identifier (IMO, MMSI, IRCS) exact recall and all-label exact F1 of the rules alone
and of the trained model. The model's training data is that layout only, as after one batch
of SME answers.
"""

from __future__ import annotations

import argparse

from oceanid_assets.learn.crf import LabelledPage, evaluate_extractor, train
from oceanid_assets.preannotate.evaluate import Evaluation
from oceanid_assets.preannotate.rules import extract_rules
from oceanid_dev.demo.vessels import load_vessels
from tests.ledger_layout import split_fleet
from tests.quality_report import blind_by_layout


def _pages(rows: list[tuple[object, str, object]]) -> list[LabelledPage]:
    return [
        LabelledPage(str(key), text, list(spans))  # type: ignore[arg-type]
        for key, text, spans in rows
    ]


def _figures(result: Evaluation) -> str:
    return f"{result.identifiers.exact_recall:.3f} / {result.total.exact_f1:.3f}"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=20, help="pages per layout, each side")
    parser.add_argument("--sets", default="B", help="blind sets, e.g. AB")
    args = parser.parse_args(argv)
    train_fleet, test_fleet = split_fleet(load_vessels())
    print("| layout | rules: id recall / F1 | model: id recall / F1 |")
    print("|---|---|---|")
    for blind_set in args.sets:
        training = blind_by_layout(train_fleet, args.pages, seed=11, blind_set=blind_set)
        testing = blind_by_layout(test_fleet, args.pages, seed=12, blind_set=blind_set)
        for layout, rows in training.items():
            model = train(_pages(rows))  # type: ignore[arg-type]
            test = _pages(testing[layout])  # type: ignore[arg-type]
            rules = evaluate_extractor(extract_rules, test)
            learned = evaluate_extractor(model, test)
            print(f"| {layout} | {_figures(rules)} | {_figures(learned)} |", flush=True)


if __name__ == "__main__":
    main()
