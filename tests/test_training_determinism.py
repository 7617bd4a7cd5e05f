"""The trained extractor is a function of its pages: the same pages give the same model bytes
and the same predictions in any process, whatever the hash seed (Python salts `hash()` of a str
per process), the order the pages come in, and what the process did before (caches filled
in another order).

Each side trains in its own interpreter (a hash seed is fixed when a process starts), on a
harbour-ledger layout of a synthetic fleet (no data outside the repository), with real
python-crfsuite.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DOCUMENTS = 4
PAGES_PER_DOCUMENT = 2


def _pages(seed: int, prefix: str) -> list[Any]:
    from oceanid_assets.learn import LabelledPage
    from oceanid_dev.demo.vessels import synthetic_fleet
    from tests.ledger_layout import ledger_pages

    pages = ledger_pages(synthetic_fleet(60), DOCUMENTS * PAGES_PER_DOCUMENT, seed, prefix)
    return [
        LabelledPage(
            f"{prefix}-doc-{n // PAGES_PER_DOCUMENT}",
            page.text,
            page.spans,
            n % PAGES_PER_DOCUMENT + 1,
        )
        for n, page in enumerate(pages)
    ]


def _worker(out: str, reverse: bool, warm_up: bool) -> None:
    """Train and judge in this process; write the model bytes and what it predicts."""
    from oceanid_assets.learn import split_by_document, train
    from oceanid_assets.learn.crf import page_items
    from oceanid_assets.learn.training import train_and_judge
    from oceanid_assets.preannotate.rules import extract_rules

    if warm_up:
        # Other work first: the feature and rule caches fill with other pages, in another order.
        other = _pages(seed=99, prefix="other")
        for page in reversed(other):
            extract_rules(page.text.upper())
            page_items(page.text)
        train(other[:3], max_iterations=10)
    pages = _pages(seed=1, prefix="ledger")
    given = pages[::-1] if reverse else pages
    outcome = train_and_judge(given, None, "v", "manual")
    Path(out + ".crfsuite").write_bytes(outcome.model.model_bytes)
    Path(out + ".json").write_text(
        json.dumps(
            {
                "holdout": sorted({page.doc_id for page in split_by_document(given)[1]}),
                "reason": outcome.decision.reason,
                "predictions": [
                    [(s.start, s.end, s.label, s.confidence) for s in outcome.model(page.text)]
                    for page in _pages(seed=2, prefix="unseen")
                ],
            }
        )
    )


def _train_in_subprocess(
    out: Path, hash_seed: str, *, reverse: bool, warm_up: bool
) -> tuple[bytes, dict[str, Any]]:
    code = (
        "from tests.test_training_determinism import _worker; "
        f"_worker({str(out)!r}, reverse={reverse}, warm_up={warm_up})"
    )
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, check=True)
    figures: dict[str, Any] = json.loads(Path(f"{out}.json").read_text())
    return Path(f"{out}.crfsuite").read_bytes(), figures


def test_the_same_pages_give_the_same_model_across_processes(tmp_path: Path) -> None:
    model_a, figures_a = _train_in_subprocess(tmp_path / "a", "0", reverse=False, warm_up=False)
    model_b, figures_b = _train_in_subprocess(tmp_path / "b", "1234", reverse=True, warm_up=True)
    predictions = [span for page in figures_a["predictions"] for span in page]
    assert predictions, "the model found nothing on unseen pages: nothing was compared"
    assert figures_a["holdout"], "no document was held back"
    assert model_a == model_b
    assert figures_a == figures_b
