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

import hashlib
import os
import random
import re
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import argilla as rg
import duckdb
import pytest
from dagster import DagsterInstance, RunRequest, build_sensor_context, materialize
from fpdf import FPDF

from oceanid_assets import config
from oceanid_assets.db.connect import connect_reader, table_exists
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
from oceanid_assets.instance import prepare_dagster_home
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
from oceanid_assets.storage.store import Store, read_parquet
from oceanid_dev.argilla_local.launcher import start_local_argilla
from oceanid_dev.demo import once
from oceanid_dev.demo.vessels import load_vessels
from tests.conftest import ARGILLA_TEST_API_KEY, free_port, grafana_panels, readers_of
from tests.ledger_layout import ledger_pages, split_fleet

IDENTIFIERS = ("IMO", "MMSI", "IRCS")
PAGES_PER_DOCUMENT = 3
FIXED_UPLOAD_MS = 1_767_225_600_000  # 2026-01-01T00:00:00Z
Gold = list[tuple[int, int, str]]
Documents = list[tuple[str, list[LabelledPage]]]  # doc_id, its pages


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
        found = [
            line_start + m.start()
            for m in re.finditer(re.escape(value), line)
            if not any(s < line_start + m.end() and line_start + m.start() < e for s, e, _ in gold)
        ]
        if found:  # a value the PDF's font could not show is left out
            best = min(found, key=lambda c: abs(c - line_start - column))
            gold.append((best, best + len(value), label))
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
        """The pages as PDFs (fixed doc_ids) through raw ingestion, suggestions and the push to
        Argilla; the gold spans of each record, relocated into the stored text."""
        self.instance.add_dynamic_partitions(batch_partitions.name or "", [batch])
        documents = _drop(self.store, batch, pages, fixed_ids=True)
        self.run([raw_ingest, argilla_pages, suggestions, argilla_records, argilla_dataset], batch)
        return _gold_in_store_texts(self.stored_texts(batch), documents)

    def run(self, assets: list[Any], batch: str | None = None, **kwargs: Any) -> Any:
        result = materialize(
            assets, partition_key=batch, instance=self.instance, resources=self.resources, **kwargs
        )
        assert result.success
        return result

    def stored_texts(self, batch: str) -> dict[tuple[str, int], str]:
        return _stored_texts(self.raw_db.database, batch)

    def rows(self, sql: str) -> list[tuple[Any, ...]]:
        with duckdb.connect(self.annotated_db.database, read_only=True) as conn:
            return conn.execute(sql).fetchall()


def _answer(client: Any, batch: str, gold: dict[str, Gold], users: list[Any]) -> None:
    """Each page answered with its gold spans; pages alternate between the two SMEs. The first
    page first gets an emptier answer from the other SME, in a request of its own: responses
    written in one request share their time, and the final answer between them would fall to
    the annotator ids (random per server), not to the order the SMEs answered in."""
    dataset = client.datasets(dataset_name(batch))
    answers = sorted(gold.items())

    def records() -> dict[str, Any]:
        return {r.id: r for r in dataset.records(with_responses=False)}

    def value(spans: Gold) -> list[dict[str, Any]]:
        return [{"start": s, "end": e, "label": label} for s, e, label in spans]

    first_id, first_spans = answers[0]
    early = records()[first_id]
    early.responses.add(
        rg.Response("entities", value(first_spans)[:1], user_id=users[1].id, status="submitted")
    )
    dataset.records.log([early])
    final = records()  # without the early response, so this request leaves it as it was
    for n, (record_id, spans) in enumerate(answers):
        final[record_id].responses.add(
            rg.Response("entities", value(spans), user_id=users[n % 2].id, status="submitted")
        )
    dataset.records.log(list(final.values()))


def _smes(client: Any) -> list[Any]:
    """Two annotators in the datasets' workspace."""
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
    return users


def _gold_in_store_texts(
    texts: dict[tuple[str, int], str], documents: Documents
) -> dict[str, Gold]:
    return {
        f"{doc_id}:{n}": _relocate(page, texts[(doc_id, n)])
        for doc_id, part in documents
        for n, page in enumerate(part, 1)
    }


def _drop(
    store: Store, batch: str, pages: list[LabelledPage], *, fixed_ids: bool = False
) -> list[tuple[str, list[LabelledPage]]]:
    """The pages as ledger PDFs in the batch's drop zone, PAGES_PER_DOCUMENT a PDF. With
    `fixed_ids` the doc_ids are the same on every run (the split by document, and so the model,
    with them); without, they are new UUIDv7s of now, as the drop sensor's window expects."""
    documents = []
    for n in range(0, len(pages), PAGES_PER_DOCUMENT):
        part = pages[n : n + PAGES_PER_DOCUMENT]
        doc_id = _fixed_doc_id(batch, n // PAGES_PER_DOCUMENT) if fixed_ids else None
        receipt = store_document(store, batch, _ledger_pdf(part), f"ledger-{n}.pdf", doc_id)
        documents.append((receipt.doc_id, part))
    return documents


def _fixed_doc_id(batch: str, n: int) -> str:
    """A UUIDv7 text from a fixed time and the batch name, in document order."""
    stamp = f"{FIXED_UPLOAD_MS:012x}"
    bits = hashlib.sha256(batch.encode()).hexdigest()
    return f"{stamp[:8]}-{stamp[8:]}-7{bits[:3]}-8{bits[3:6]}-{n:012x}"


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


def _stored_texts(raw_url: str, batch: str) -> dict[tuple[str, int], str]:
    with connect_reader(raw_url, busy_timeout_s=60) as conn:
        rows = conn.execute(
            "SELECT doc_id, page_num, text FROM vw_argilla_pages WHERE batch_id = ?", [batch]
        ).fetchall()
    return {(doc, page): text for doc, page, text in rows}


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
    users = _smes(client)

    # 1. A batch of the ledger layout, answered by the SMEs, exported.
    first = loop.push("ledger-a", ledger_pages(train_fleet, 18, seed=1, prefix="a"))
    _answer(client, "ledger-a", first, users)
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
    # Every page's final answer is its full one, the first page's emptier answer included.
    assert gold_spans == sum(len(spans) for spans in first.values())
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


# --- the same loop on the daemon alone ----------------------------------------------------------

DAEMON_TIMEOUT_S = 300


def test_the_daemon_alone_carries_the_loop_from_drop_to_a_promoted_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Drops and SME answers only: every run is the daemon's (drop, automation, autoload,
    submissions and retraining sensors). Its own Argilla server: the session's holds other
    tests' datasets, which the submissions sensor would export too."""
    with start_local_argilla(
        tmp_path / "argilla", free_port(), ARGILLA_TEST_API_KEY, reuse=False, timeout=120
    ) as argilla_server:
        _daemon_loop(tmp_path, argilla_server, monkeypatch)


def _daemon_loop(tmp_path: Path, argilla_server: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith(("OCEANID_", "MD_", "DAGSTER_", "ARGILLA_")):
            monkeypatch.delenv(name)
    for name, value in {
        "OCEANID_HOME": str(tmp_path / "home"),
        "ARGILLA_API_URL": argilla_server.api_url,
        "ARGILLA_API_KEY": argilla_server.api_key,
        "OCEANID_SENSOR_INTERVAL_SECONDS": "2",
        "OCEANID_ANNOTATIONS_POLL_SECONDS": "2",
        "OCEANID_RETRAIN_SENSOR_SECONDS": "2",
        "OCEANID_RETRAIN_MIN_PAGES": "10",
    }.items():
        monkeypatch.setenv(name, value)
    prepare_dagster_home()
    store = ObjectStoreResource.from_env().get_store()
    client = ArgillaResource.from_env().sdk_client()
    users = _smes(client)
    train_fleet, test_fleet = split_fleet(load_vessels())
    log = tmp_path / "home" / "logs" / "dagster-daemon.log"
    daemon = once.start_daemon(log)
    try:
        with DagsterInstance.get() as instance:
            since = time.time()
            first = _drop(store, "daemon-a", ledger_pages(train_fleet, 18, seed=4, prefix="a"))
            _wait_for_batch(instance, "daemon-a", since, daemon, log)
            gold = _gold_in_store_texts(_stored_texts(config.raw_db_url(), "daemon-a"), first)
            _answer(client, "daemon-a", gold, users)
            promoted = _wait_for_promotion(instance, daemon, log)
            since = time.time()
            second = _drop(store, "daemon-b", ledger_pages(test_fleet, 6, seed=5, prefix="b"))
            _wait_for_batch(instance, "daemon-b", since, daemon, log)
            # suggestion_quality is the automation's run after daemon-a's export: it may still
            # be on its way while daemon-b is already through.
            agents = _wait_for_rows(
                "suggestion_quality",
                "SELECT DISTINCT agent FROM suggestion_quality",
                instance,
                daemon,
                log,
            )
            launched_by = {
                (run.job_name, run.tags.get("dagster/sensor_name")) for run in instance.get_runs()
            }
    finally:
        once.stop_daemon(daemon)
    assert {
        ("export_annotations", "argilla_submissions_sensor"),
        ("train_extractor", "extractor_retrain_sensor"),
        ("ingest_batch", "batch_drop_sensor"),
    } <= launched_by, launched_by
    assert all(sensor for _, sensor in launched_by), launched_by  # nothing launched by hand
    version, trigger = promoted
    assert trigger == "pages"
    assert ("rules-v2",) in agents  # suggestion_quality ran after the export, by automation
    table = read_parquet(store, suggestions_key("daemon-b")).to_pylist()
    assert f"model-{version}" in {v["agent"] for row in table for v in row["agents"]}
    texts = _stored_texts(config.raw_db_url(), "daemon-b")
    gold_b = _gold_in_store_texts(texts, second)
    merged: dict[str, set[tuple[int, int, str]]] = {}
    for row in table:
        merged.setdefault(f"{row['doc_id']}:{row['page_num']}", set()).add(
            (row["start"], row["end"], row["label"])
        )
    rules_alone = {
        f"{doc}:{page}": {(s.start, s.end, s.label) for s in extract_rules(text)}
        for (doc, page), text in texts.items()
    }
    with_model = _identifier_recall(merged, gold_b)
    without = _identifier_recall(rules_alone, gold_b)
    assert with_model >= without + 0.2, (with_model, without)


def _wait_for_batch(
    instance: DagsterInstance, batch: str, since: float, daemon: Any, log: Path
) -> None:
    outcome = once.wait_for_batch(
        instance, batch, once.batch_asset_keys(), since, DAEMON_TIMEOUT_S, daemon
    )
    assert outcome.ok, f"{outcome.message}\n{_tail(log)}"


def _wait_for_promotion(instance: DagsterInstance, daemon: Any, log: Path) -> tuple[str, str]:
    """(version, trigger) of the first decision, once the daemon has trained and judged."""
    rows = _wait_for_rows(
        "extractor_promotions",
        "SELECT version, trigger, promoted, reason FROM extractor_promotions",
        instance,
        daemon,
        log,
    )
    ((version, trigger, promoted, reason),) = rows
    assert promoted, reason
    return str(version), str(trigger)


def _wait_for_rows(
    table: str, sql: str, instance: DagsterInstance, daemon: Any, log: Path
) -> list[tuple[Any, ...]]:
    """The rows of `sql` (on `table` of md_annotated) once there are any: the daemon's runs are
    waited for by what they write, not for a time or a number of sensor ticks (under load
    the automation sensor may start a run many ticks later)."""
    deadline = time.monotonic() + DAEMON_TIMEOUT_S
    while time.monotonic() < deadline:
        assert daemon.poll() is None, f"dagster-daemon exited\n{_tail(log)}"
        failed = [r for r in instance.get_runs() if r.status in once.FAILED]
        assert not failed, f"run {failed[0].job_name} failed: {_errors(instance, failed[0].run_id)}"
        if Path(config.annotated_db_url()).exists():
            with connect_reader(config.annotated_db_url(), busy_timeout_s=60) as conn:
                if table_exists(conn, table):
                    rows = conn.execute(sql).fetchall()
                    if rows:
                        return rows
        time.sleep(1.0)
    raise AssertionError(f"nothing in {table} after {DAEMON_TIMEOUT_S} s\n{_tail(log)}")


def _errors(instance: DagsterInstance, run_id: str) -> str:
    """The failure messages of a run's steps, for an assertion's message."""
    return "\n".join(
        str(event.dagster_event.event_specific_data)
        for event in instance.all_logs(run_id)
        if event.dagster_event and event.dagster_event.is_step_failure
    )


def _tail(log: Path) -> str:
    return "\n".join(log.read_text(errors="replace").splitlines()[-40:]) if log.exists() else ""
