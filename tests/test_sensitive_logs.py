"""Nothing sensitive in logs: the whole demo runs through the upload service with every secret
set to a random value, then every log it left (the command's output, the services' logs, the
Dagster instance's files and event records) is searched for page text and for those values."""

from __future__ import annotations

import json
import re
import secrets
import subprocess
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest
from dagster import DagsterInstance, serialize_value

from tests.fake_llm import FakeLlmServer
from tests.test_demo_once import _run_demo

WINDOW_WORDS = 6  # "page text longer than a few words"
MIN_WINDOW_CHARS = 30  # shorter runs of words are labels and names that logs may name
SECRET_VARS = (
    "ARGILLA_API_KEY",
    "OCEANID_ARGILLA_PASSWORD",
    "OCEANID_UPLOAD_TOKEN",
    "OCEANID_LLM_API_KEY",
    # Unused by the local profile: they catch a dump of the environment.
    "AWS_SECRET_ACCESS_KEY",
    "MOTHERDUCK_TOKEN",
)
BATCH = "demo-sensitive"
# Event records and SQLite rows hold JSON, where a line break inside a message is `\n` (or
# `\\n` when escaped twice): read those as the whitespace they stand for.
_ESCAPED_WHITESPACE = re.compile(r"\\+[nrt]")
_ESCAPED_QUOTE = re.compile(r'\\+"')


def words(text: str) -> list[str]:
    return _ESCAPED_QUOTE.sub('"', _ESCAPED_WHITESPACE.sub(" ", text)).split()


class PageExcerpts:
    """Every run of WINDOW_WORDS consecutive words of the pages (at least MIN_WINDOW_CHARS
    long), found in a text as `" ".join(window) in " ".join(words(text))` would find it, in
    one pass: windows are indexed by their inner words, the outer two may be cut (a quote or
    bracket glued to them in the log)."""

    def __init__(self, page_texts: Iterable[str]) -> None:
        self._by_inner: dict[tuple[str, ...], set[tuple[str, str]]] = {}
        for text in page_texts:
            tokens = words(text)
            for i in range(len(tokens) - WINDOW_WORDS + 1):
                window = tokens[i : i + WINDOW_WORDS]
                if len(" ".join(window)) >= MIN_WINDOW_CHARS:
                    inner = tuple(window[1:-1])
                    self._by_inner.setdefault(inner, set()).add((window[0], window[-1]))

    def __len__(self) -> int:
        return sum(len(outer) for outer in self._by_inner.values())

    def first_in(self, text: str) -> str | None:
        tokens = words(text)
        for i in range(len(tokens) - WINDOW_WORDS + 1):
            inner = tuple(tokens[i + 1 : i + WINDOW_WORDS - 1])
            for first, last in self._by_inner.get(inner, ()):
                if tokens[i].endswith(first) and tokens[i + WINDOW_WORDS - 1].startswith(last):
                    return " ".join((first, *inner, last))
        return None


@dataclass(frozen=True)
class Finding:
    source: str
    what: str
    excerpt: str

    def __str__(self) -> str:
        return f"{self.source}: {self.what}: …{self.excerpt}…"


def find_sensitive(
    logs: Mapping[str, str], pages: PageExcerpts, secret_values: Mapping[str, str]
) -> list[Finding]:
    """Page excerpts and secret values in any of `logs` (source name -> text)."""
    findings = []
    for source, text in logs.items():
        for name, value in secret_values.items():
            if (at := text.find(value)) != -1:
                # The excerpt shows where, not the value itself.
                around = text[max(0, at - 40) : at + len(value) + 40].replace(value, f"<{name}>")
                findings.append(Finding(source, f"secret {name}", around))
        if (excerpt := pages.first_in(text)) is not None:
            findings.append(Finding(source, "page text", excerpt))
    return findings


# --- the detector itself --------------------------------------------------------------------

PAGE = (
    "REGISTRY EXTRACT\nVessel name: OCEAN STAR\nIMO number: 9123456\n"
    "Flag: PA Port: Colon Gear: LL\n"
    "The vessel named above is authorised to fish for tuna and tuna-like species in the area."
)


def test_detector_finds_a_planted_page_excerpt_and_secret() -> None:
    pages = PageExcerpts([PAGE])
    assert len(pages) > 0
    token = secrets.token_hex(16)
    logs = {
        # Six words of the page, across one of its line breaks, JSON-escaped inside an event.
        "event": json.dumps({"message": "pushed 'OCEAN STAR\nIMO number: 9123456\nFlag: PA'"}),
        "plain": "prompt was: is authorised to fish for tuna and",
        "header": f"GET /v1 Authorization: Bearer {token} 200",
        # A vessel name, a label, six short words (under MIN_WINDOW_CHARS): fine.
        "clean": "b1: OCEAN STAR (VESSEL_NAME) Vessel name: | Flag: PA Port: Colon Gear: LL",
    }
    found = find_sensitive(logs, pages, {"OCEANID_UPLOAD_TOKEN": token})
    assert {(f.source, f.what) for f in found} == {
        ("event", "page text"),
        ("plain", "page text"),
        ("header", "secret OCEANID_UPLOAD_TOKEN"),
    }
    assert all(token not in str(f) for f in found)
    assert "is authorised to fish for tuna" in next(str(f) for f in found if f.source == "plain")


# --- the whole pipeline ---------------------------------------------------------------------


def test_no_page_text_or_secret_in_any_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    secret_values = {name: secrets.token_hex(16) for name in SECRET_VARS}
    with FakeLlmServer(responder=lambda chunk: []) as llm:
        done = _run_demo(
            home,
            "--via-upload",
            "--batch-id",
            BATCH,
            env={
                **secret_values,
                "OCEANID_LLM_URL": llm.url + "/v1",  # OpenAI-compatible: the key is a bearer
                "OCEANID_LLM_MODEL": "fake",
            },
        )
        llm_requests = llm.requests
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"batch {BATCH} — OK" in done.stdout
    # The LLM extractor really ran, with the key.
    assert llm_requests
    bearer = f"Bearer {secret_values['OCEANID_LLM_API_KEY']}"
    assert {r.headers.get("authorization") for r in llm_requests} == {bearer}

    pages_by_doc = _pages(home)
    page_texts = [text for _, text in pages_by_doc]
    assert len(page_texts) >= 5
    receipts = _receipts(home)
    assert receipts and {r.get("source") for r in receipts} == {"upload-service"}
    assert {doc_id for doc_id, _ in pages_by_doc} == {r["doc_id"] for r in receipts}
    assert len(list((home / "store" / "truth" / BATCH).glob("*.json"))) == len(receipts)

    monkeypatch.setenv("DAGSTER_HOME", str(home / "dagster"))
    logs = _collect_logs(home, done)
    # Every kind of log was there to search.
    for expected in ("logs/upload-service.log", "logs/dagster-daemon.log", "argilla/server.log"):
        assert logs.get(expected), expected
    assert any(name.endswith((".out", ".err")) for name in logs)
    assert any(name.startswith("events of run") for name in logs)
    assert all(str(r["doc_id"]) in logs["logs/upload-service.log"] for r in receipts)

    pages = PageExcerpts(page_texts)
    assert len(pages) > 100
    # It does find page text where the text belongs: Argilla's records, the LLM's prompts.
    argilla_state = (home / "argilla" / "argilla.db").read_bytes().decode("utf-8", "replace")
    assert pages.first_in(argilla_state)
    assert any(pages.first_in(request.chunk_text) for request in llm_requests)
    findings = find_sensitive(logs, pages, secret_values)
    assert not findings, "\n".join(str(f) for f in findings[:20])


def _pages(home: Path) -> list[tuple[str, str]]:
    """(doc_id, text) of the batch's pages in md_raw_ocr."""
    with duckdb.connect(str(home / "md_raw_ocr.duckdb"), read_only=True) as conn:
        rows = conn.execute(
            "SELECT doc_id, text FROM raw_pages WHERE batch_id = ?", [BATCH]
        ).fetchall()
    return [(str(doc_id), text or "") for doc_id, text in rows]


def _receipts(home: Path) -> list[dict[str, object]]:
    folder = home / "store" / "uploads" / BATCH
    return [json.loads(path.read_bytes()) for path in sorted(folder.glob("*.json"))]


def _collect_logs(home: Path, done: subprocess.CompletedProcess[str]) -> dict[str, str]:
    """Source name -> text of every log. Not the store or the DuckDB files, and of Argilla's
    folder only its logs: those hold page text by design."""
    logs = {"stdout": done.stdout, "stderr": done.stderr}
    paths = [
        *(home / "logs").rglob("*"),
        *(home / "argilla").rglob("*.log"),
        *(home / "dagster").rglob("*"),  # SQLite event logs, run and sensor compute logs
    ]
    for path in paths:
        if path.is_file():
            logs[str(path.relative_to(home))] = path.read_bytes().decode("utf-8", "replace")
    logs.update(_event_records())
    return logs


def _event_records() -> dict[str, str]:
    """Every run and its events as Dagster serializes them, plus each event's message
    (plain text, where the JSON above escapes non-ASCII characters)."""
    texts = {}
    with DagsterInstance.get() as instance:
        for run in instance.get_runs():
            texts[f"run {run.run_id} ({run.job_name})"] = serialize_value(run)
            texts[f"events of run {run.run_id} ({run.job_name})"] = "\n".join(
                f"{serialize_value(entry)}\n{entry.message}"
                for entry in instance.all_logs(run.run_id)
            )
    return texts


def test_a_refused_upload_names_the_file_and_status_not_the_token(tmp_path: Path) -> None:
    token = secrets.token_hex(16)
    done = _run_demo(
        tmp_path / "home",
        "--via-upload",
        env={
            "OCEANID_UPLOAD_TOKEN": token,
            "OCEANID_UPLOAD_MAX_BYTES": "2000",  # every demo PDF is larger
            # A remote Argilla that is never reached: nothing local starts, the test stays fast.
            "ARGILLA_API_URL": "http://127.0.0.1:9",
        },
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert re.search(r"upload of \S+\.pdf refused: HTTP 413 file_too_large", done.stderr)
    assert "dagster-daemon" not in done.stdout
    assert token not in done.stdout + done.stderr
