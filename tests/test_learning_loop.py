"""Issue 15's loop on real parts: the local Argilla server, real DuckDB files, real PDFs.

A batch of a register layout the rules read poorly (tests/test_learn_crf.py's harbour ledger)
is pushed to Argilla; two simulated SMEs submit the gold spans through the SDK; the export
lands; suggestion_quality shows the rules' low recall; the retraining sensor asks for a
training; extractor_model trains and the gate promotes it; a second batch of the same layout
with other vessels gets suggestions (rules + the promoted model) whose identifier recall is
measured against the rules' alone. A model trained on shuffled labels is refused by the gate.

The assets run through `materialize` and the sensor through its evaluation function, in this
process (no daemon): each step is what the daemon would launch, called directly.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import argilla as rg
import duckdb
import pytest
from dagster import DagsterInstance, RunRequest, build_sensor_context, materialize
from fpdf import FPDF

from oceanid_assets.defs.annotations.assets import annotations_export
from oceanid_assets.defs.argilla.assets import argilla_dataset, argilla_records
from oceanid_assets.defs.batches import batch_partitions
from oceanid_assets.defs.learning.model import (
    TRIGGER_TAG,
    extractor_model,
    extractor_retrain_sensor,
    promotion_gate,
)
from oceanid_assets.defs.learning.quality import suggestion_quality
from oceanid_assets.defs.preannotation.assets import argilla_pages, suggestions
from oceanid_assets.defs.raw.assets import raw_ingest
from oceanid_assets.ingest.receipts import store_document
from oceanid_assets.learn.crf import LabelledPage, TrainedExtractor, train
from oceanid_assets.learn.promotions import record_decision
from oceanid_assets.learn.training import MODEL_FILE, load_model, train_and_judge
from oceanid_assets.preannotate.rules import extract_rules
from oceanid_assets.resources.argilla import ArgillaResource
from oceanid_assets.resources.databases import DuckDBDatabase
from oceanid_assets.resources.object_store import ObjectStoreResource
from oceanid_assets.resources.ocr import OcrResource
from oceanid_assets.resources.preannotator import PreannotatorResource
from oceanid_assets.storage import layout
from oceanid_assets.storage.layout import dataset_name, suggestions_key
from oceanid_assets.storage.store import read_parquet
from oceanid_dev.demo.vessels import load_vessels
from tests.conftest import grafana_panels, readers_of
from tests.ledger_layout import ledger_pages, split_fleet

IDENTIFIERS = ("IMO", "MMSI", "IRCS")
PAGES_PER_DOCUMENT = 3
Gold = list[tuple[int, int, str]]


def _ledger_pdf(pages: Sequence[LabelledPage]) -> bytes:
    """The pages in a fixed-pitch font, one text line per PDF line, so columns stay columns."""
    pdf = FPDF(orientation="landscape")
    pdf.set_font("courier", size=7)
    for page in pages:
        pdf.add_page()
        for n, line in enumerate(page.text.splitlines()):
            pdf.text(8, 10 + n * 3.6, line.encode("latin-1", "replace").decode("latin-1"))
    return bytes(pdf.output())


def _relocate(source: LabelledPage, stored: str) -> Gold:
    """The source page's gold spans in the text raw ingestion stored for it: same non-blank
    lines in the same order; each value at its occurrence nearest its source column."""
    source_lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", source.text)]
    stored_lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", stored)]
    source_lines = [line for line in source_lines if line[1].strip()]
    stored_lines = [line for line in stored_lines if line[1].strip()]
    assert len(source_lines) == len(stored_lines), "the PDF lost or gained lines"
    gold: Gold = []
    for start, end, label in source.spans:
        n = max(i for i, (offset, _) in enumerate(source_lines) if offset <= start)
        value = source.text[start:end]
        column = start - source_lines[n][0]
        line_start, line = stored_lines[n]
        found = [m.start() for m in re.finditer(re.escape(value), line)]
        if found:  # a value the PDF's font could not show is left out
            best = min(found, key=lambda c: abs(c - column))
            gold.append((line_start + best, line_start + best + len(value), label))
    return gold


class Loop:
    def __init__(self, tmp_path: Path, argilla_server: Any) -> None:
        self.store_resource = ObjectStoreResource(url=str(tmp_path / "store"))
        self.store = self.store_resource.get_store()
        self.raw_db = DuckDBDatabase(
            database=str(tmp_path / "raw.duckdb"), schema_file="raw_schema.sql"
        )
        self.annotated_db = DuckDBDatabase(
            database=str(tmp_path / "ann.duckdb"), schema_file="annotated_schema.sql"
        )
        self.readers = readers_of(self.raw_db, self.annotated_db)
        self.argilla = ArgillaResource(
            api_url=argilla_server.api_url, api_key=argilla_server.api_key
        )
        self.instance = DagsterInstance.ephemeral()
        self.resources = {
            "object_store": self.store_resource,
            "raw_db": self.raw_db,
            "ocr": OcrResource(),
            "annotated_db": self.annotated_db,
            "readers": self.readers,
            "argilla": self.argilla,
            "preannotator": PreannotatorResource(extractor="rules"),
        }

    def push(self, batch: str, pages: list[LabelledPage]) -> dict[str, Gold]:
        """The pages as PDFs through raw ingestion, suggestions and the push to Argilla; the
        gold spans of each record, relocated into the stored text."""
        self.instance.add_dynamic_partitions(batch_partitions.name or "", [batch])
        documents: list[tuple[str, list[LabelledPage]]] = []
        for n in range(0, len(pages), PAGES_PER_DOCUMENT):
            part = pages[n : n + PAGES_PER_DOCUMENT]
            receipt = store_document(self.store, batch, _ledger_pdf(part), f"ledger-{n}.pdf")
            documents.append((receipt.doc_id, part))
        self.run([raw_ingest, argilla_pages, suggestions, argilla_records, argilla_dataset], batch)
        texts = self.stored_texts(batch)
        return {
            f"{doc_id}:{n}": _relocate(page, texts[(doc_id, n)])
            for doc_id, part in documents
            for n, page in enumerate(part, 1)
        }

    def run(self, assets: list[Any], batch: str | None = None, **kwargs: Any) -> Any:
        result = materialize(
            assets, partition_key=batch, instance=self.instance, resources=self.resources, **kwargs
        )
        assert result.success
        return result

    def stored_texts(self, batch: str) -> dict[tuple[str, int], str]:
        with duckdb.connect(self.raw_db.database, read_only=True) as conn:
            rows = conn.execute(
                "SELECT doc_id, page_num, text FROM vw_argilla_pages WHERE batch_id = ?", [batch]
            ).fetchall()
        return {(doc, page): text for doc, page, text in rows}

    def rows(self, sql: str) -> list[tuple[Any, ...]]:
        with duckdb.connect(self.annotated_db.database, read_only=True) as conn:
            return conn.execute(sql).fetchall()


def _answer(loop: Loop, batch: str, gold: dict[str, Gold], users: list[Any]) -> None:
    """Each page answered with its gold spans; pages alternate between the two SMEs, and the
    first page gets a first, emptier answer from the other SME before the final one."""
    client = loop.argilla.sdk_client()
    dataset = client.datasets(dataset_name(batch))
    records = {r.id: r for r in dataset.records(with_responses=True)}
    for n, (record_id, spans) in enumerate(sorted(gold.items())):
        record = records[record_id]
        value = [{"start": s, "end": e, "label": label} for s, e, label in spans]
        if n == 0:
            record.responses.add(
                rg.Response("entities", value[:1], user_id=users[1].id, status="submitted")
            )
        record.responses.add(
            rg.Response("entities", value, user_id=users[n % 2].id, status="submitted")
        )
    dataset.records.log(list(records.values()))


def _train_on_shuffled_labels(pages: list[LabelledPage]) -> TrainedExtractor:
    """A deliberately worse model: every gold span keeps its place but gets another's label."""
    labels = [label for page in pages for _, _, label in page.spans]
    random.Random(3).shuffle(labels)
    shuffled, k = [], 0
    for page in pages:
        spans = [(start, end, labels[k + i]) for i, (start, end, _) in enumerate(page.spans)]
        k += len(spans)
        shuffled.append(LabelledPage(page.doc_id, page.text, spans, page.page_num))
    return train(shuffled)


def _identifier_recall(found: dict[str, set[tuple[int, int, str]]], gold: dict[str, Gold]) -> float:
    wanted = {(r, s) for r, spans in gold.items() for s in spans if s[2] in IDENTIFIERS}
    hits = {(r, s) for r, s in wanted if s in found.get(r, set())}
    return len(hits) / len(wanted)


def test_sme_corrections_train_a_promoted_extractor_that_lifts_identifier_recall(
    tmp_path: Path, argilla_server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    fleet = load_vessels()
    train_fleet, test_fleet = split_fleet(fleet)
    loop = Loop(tmp_path, argilla_server)
    client = loop.argilla.sdk_client()
    users = []
    for n in range(2):
        user = rg.User(
            username=f"ledger-sme{n}-{random.randrange(10**6)}",
            password="sme-password",
            role="annotator",
            client=client,
        ).create()
        client.workspaces("argilla").add_user(user)
        users.append(user)

    # 1. A batch of the ledger layout, answered by the SMEs, exported.
    first = loop.push("ledger-a", ledger_pages(train_fleet, 12, seed=1, prefix="a"))
    _answer(loop, "ledger-a", first, users)
    loop.run([annotations_export, suggestion_quality], "ledger-a")
    quality = {
        label: (recall, gold)
        for agent, label, recall, gold in loop.rows(
            "SELECT agent, label, recall_exact, gold FROM suggestion_quality"
        )
        if agent == "rules-v2"
    }
    # The Grafana panel shows the same figures per agent.
    ((_, agent, accepted_pct, recall_pct, gold_spans),) = grafana_panels(loop.readers.urls)[6]
    assert agent == "rules-v2" and gold_spans == sum(gold for _, gold in quality.values())
    assert accepted_pct is not None and recall_pct is not None
    found = sum(quality[label][0] * quality[label][1] for label in IDENTIFIERS)
    rules_recall = found / sum(quality[label][1] for label in IDENTIFIERS)
    assert rules_recall < 0.7, quality  # the layout the rules read poorly

    # 2. The trigger asks for a training; the model trains and the gate promotes it.
    monkeypatch.setenv("OCEANID_RETRAIN_MIN_PAGES", "10")
    request = extractor_retrain_sensor(
        build_sensor_context(instance=loop.instance, resources={"readers": loop.readers})
    )
    assert isinstance(request, RunRequest) and request.tags[TRIGGER_TAG] == "pages"
    trained = loop.run([extractor_model, promotion_gate], tags=dict(request.tags))
    (check,) = trained.get_asset_check_evaluations()
    assert check.passed, check.description
    ((version, promoted, trigger, f1_candidate, f1_rules),) = loop.rows(
        "SELECT version, promoted, trigger, f1_candidate, f1_rules FROM extractor_promotions"
    )
    assert promoted and trigger == "pages" and f1_candidate > f1_rules

    # 3. The same layout, other vessels: rules plus the promoted model against the rules alone.
    second = loop.push("ledger-b", ledger_pages(test_fleet, 6, seed=2, prefix="b"))
    table = read_parquet(loop.store, suggestions_key("ledger-b")).to_pylist()
    assert {f"model-{version}"} <= {v["agent"] for row in table for v in row["agents"]}
    merged: dict[str, set[tuple[int, int, str]]] = {}
    for row in table:
        key = f"{row['doc_id']}:{row['page_num']}"
        merged.setdefault(key, set()).add((row["start"], row["end"], row["label"]))
    texts = loop.stored_texts("ledger-b")
    rules_alone = {
        f"{doc}:{page}": {(s.start, s.end, s.label) for s in extract_rules(text)}
        for (doc, page), text in texts.items()
    }
    with_model, without = (
        _identifier_recall(merged, second),
        _identifier_recall(rules_alone, second),
    )
    assert with_model >= without + 0.2, (with_model, without)

    # 4. A model trained on shuffled labels is refused, and the promoted version stays.
    texts_a = loop.stored_texts("ledger-a")
    pages = []
    for record_id, spans in first.items():
        doc_id, page_num = record_id.rsplit(":", 1)
        pages.append(LabelledPage(doc_id, texts_a[(doc_id, int(page_num))], spans, int(page_num)))
    promoted_model = (version, load_model(loop.store, version))
    worse = train_and_judge(
        pages, promoted_model, f"{version}-shuffled", "manual", trainer=_train_on_shuffled_labels
    )
    assert not worse.decision.promoted, worse.decision.reason
    with loop.annotated_db.connect() as conn:
        record_decision(conn, worse.card, len(pages), "test")
    decisions = loop.rows("SELECT promoted FROM extractor_promotions ORDER BY decided_at")
    assert decisions == [(True,), (False,)]

    # 5. The promoted version's file gone from the store: the rules alone, and the run goes on.
    (Path(loop.store_resource.url) / layout.model_prefix(version) / MODEL_FILE).unlink()
    loop.run([suggestions], "ledger-b")
    table = read_parquet(loop.store, suggestions_key("ledger-b")).to_pylist()
    assert {v["agent"] for row in table for v in row["agents"]} == {"rules-v2"}
