"""SME responses from the real local Argilla into md_annotated: rows per (record, annotator),
idempotent re-export, a changed response as a new run, invalid spans flagged, not dropped."""

from __future__ import annotations

import itertools
import logging
from pathlib import Path
from typing import Any

import argilla as rg
import duckdb
import httpx
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from dagster import DagsterInstance, RunConfig, materialize

from oceanid_assets.argilla.ingest import ingest_records_file
from oceanid_assets.argilla.push import BulkClient, PushConfig, PushError
from oceanid_assets.defs.annotations.assets import AnnotationsExportConfig, annotations_export
from oceanid_assets.defs.batches import batch_partitions
from oceanid_assets.monitoring.fingerprints import ANNOTATED_TABLES, audit_fingerprints
from oceanid_assets.resources.argilla import ArgillaResource
from oceanid_assets.resources.databases import DuckDBDatabase
from oceanid_assets.resources.object_store import ObjectStoreResource
from oceanid_assets.storage.layout import dataset_name, records_key
from oceanid_assets.storage.store import read_parquet, write_parquet

PAGE_1 = "Name of vessel: OCEAN STAR IMO 9074729 Call sign: UBST3"
PAGE_2 = "Name of vessel: SEA HAWK IMO 1234568"  # 1234568 fails the IMO check digit
PAGE_3 = "Annex"
_batches = itertools.count()
_users = itertools.count()


def _span(text: str, part: str, label: str) -> dict[str, Any]:
    start = text.index(part)
    return {"start": start, "end": start + len(part), "label": label}


@pytest.fixture
def env(tmp_path: Path, argilla_server: Any) -> dict[str, Any]:
    """A pushed three-page batch, two annotators, and the resources the asset needs."""
    batch = f"ann-{next(_batches)}"
    store_resource = ObjectStoreResource(url=str(tmp_path / "store"))
    store = store_resource.get_store()
    db = DuckDBDatabase(database=str(tmp_path / "ann.duckdb"), schema_file="annotated_schema.sql")
    texts = [PAGE_1, PAGE_2, PAGE_3]
    write_parquet(
        store,
        records_key(batch),
        pa.table(
            {
                "id": [f"doc:{i + 1}" for i in range(3)],
                "text": texts,
                "metadata": [{"doc_id": "doc", "page_num": i + 1} for i in range(3)],
                "suggestions_json": [
                    '[{"question_name": "entities", "value": [{"start": 16, "end": 26, '
                    '"label": "VESSEL_NAME"}, {"start": 31, "end": 38, "label": "IMO"}], '
                    '"score": [0.9, 0.99], "agent": "rules-v1"}]',
                    "[]",
                    "[]",
                ],
            }
        ),
    )
    resource = ArgillaResource(api_url=argilla_server.api_url, api_key=argilla_server.api_key)
    with BulkClient(argilla_server.api_url, argilla_server.api_key, PushConfig()) as bulk:
        ingest_records_file(store, batch, resource.sdk_client, bulk, "argilla", db, "t")
    client = resource.sdk_client()
    annotators = []
    for _ in range(2):
        user = rg.User(
            username=f"sme{next(_users)}", password="sme-password", role="annotator", client=client
        ).create()
        client.workspaces("argilla").add_user(user)
        annotators.append(user)
    instance = DagsterInstance.ephemeral()
    instance.add_dynamic_partitions(batch_partitions.name or "", [batch])
    return {
        "batch": batch,
        "store": store,
        "db": db,
        "client": client,
        "users": annotators,
        "instance": instance,
        "resources": {"object_store": store_resource, "argilla": resource, "annotated_db": db},
    }


def _respond(env: dict[str, Any], record_id: str, user: Any, status: str, **values: Any) -> None:
    dataset = env["client"].datasets(dataset_name(env["batch"]))
    (record,) = [r for r in dataset.records(with_responses=True) if r.id == record_id]
    for question, value in values.items():
        mine = [r for r in record.responses[question] if r.user_id == user.id]
        if mine:  # an SME editing their answer
            mine[0].value = value
        else:
            record.responses.add(rg.Response(question, value, user_id=user.id, status=status))
    dataset.records.log([record])


def _export(env: dict[str, Any]) -> dict[str, Any]:
    result = materialize(
        [annotations_export],
        partition_key=env["batch"],
        instance=env["instance"],
        resources=env["resources"],
    )
    assert result.success
    (event,) = result.get_asset_materialization_events()
    return {k: v.value for k, v in event.materialization.metadata.items()}


def _rows(env: dict[str, Any], sql: str) -> list[tuple[Any, ...]]:
    with duckdb.connect(env["db"].database, read_only=True) as conn:
        return conn.execute(sql).fetchall()


def test_export_two_annotators_then_idempotent_then_a_changed_response(
    env: dict[str, Any],
) -> None:
    a, b = env["users"]
    both = [_span(PAGE_1, "OCEAN STAR", "VESSEL_NAME"), _span(PAGE_1, "9074729", "IMO")]
    _respond(env, "doc:1", a, "submitted", entities=both, unsure="no", notes="clear page")
    _respond(env, "doc:1", b, "submitted", entities=both[1:])
    _respond(env, "doc:2", a, "submitted", entities=[_span(PAGE_2, "1234568", "IMO")])
    _respond(env, "doc:3", b, "discarded", entities=[])

    first = _export(env)
    assert first["export_run_id"] == 1 and first["responses_new"] == 4
    # doc:3 was only discarded: not annotated, as coverage counts it too.
    assert first["pages_annotated"] == 2 and first["pages_discarded_only"] == 1
    assert first["annotators"] == 2
    assert (first["submitted"], first["discarded"]) == (3, 1)
    assert first["pages_with_several_annotators"] == 1
    assert first["agreement_mean_span_f1"] == pytest.approx(2 / 3, abs=1e-4)
    # doc:1 had 2 suggestions: a accepted both; b accepted the IMO and rejected the name.
    assert first["suggestions"] == {"accepted": 3, "edited": 0, "rejected": 1, "added": 1}
    assert first["spans_invalid"] == 1

    pages = _rows(
        env,
        "SELECT argilla_record_id, annotator_id, response_status, doc_id, page_num, unsure, "
        "notes FROM annotations_pages ORDER BY 1, 2",
    )
    ids = {str(a.id): "a", str(b.id): "b"}
    assert sorted((r[0], ids[r[1]], r[2]) for r in pages) == sorted(
        [
            ("doc:1", "a", "submitted"),
            ("doc:1", "b", "submitted"),
            ("doc:2", "a", "submitted"),
            ("doc:3", "b", "discarded"),
        ]
    )
    assert ("doc:1", str(a.id), "submitted", "doc", 1, "no", "clear page") in pages
    # The username beside the id, read from the workspace's users, on both tables.
    names = {str(a.id): a.username, str(b.id): b.username}
    for table in ("annotations_pages", "annotations_spans"):
        stored = _rows(env, f"SELECT DISTINCT annotator_id, annotator_username FROM {table}")
        assert dict(stored) == names
    spans = _rows(
        env,
        "SELECT argilla_record_id, annotator_id, label, text, validation_status, "
        "validation_error FROM annotations_spans ORDER BY 1, 2, 3",
    )
    assert len(spans) == 4
    (bad,) = [s for s in spans if s[0] == "doc:2"]
    assert bad[2:5] == ("IMO", "1234568", "invalid") and "check digit" in bad[5]
    assert all(s[4] == "valid" for s in spans if s[0] == "doc:1")
    (audit,) = _rows(
        env, "SELECT export_run_id, record_count, span_count, source FROM annotations_exports"
    )
    assert audit == (1, 4, 4, "argilla-api")
    written = read_parquet(
        env["store"], f"argilla/out/{dataset_name(env['batch'])}/export_run_id=1/pages.parquet"
    )
    assert written.num_rows == 4

    # Nothing changed: no run, no rows.
    again = _export(env)
    assert again["export_run_id"] == "none (no change)" and again["responses_new"] == 0
    assert _rows(env, "SELECT count(*) FROM annotations_exports") == [(1,)]
    assert _rows(env, "SELECT count(*) FROM annotations_pages") == [(4,)]

    # b changes a response: a new run holding only that state.
    _respond(env, "doc:1", b, "submitted", entities=both)
    changed = _export(env)
    assert changed["export_run_id"] == 2 and changed["responses_new"] == 1
    assert _rows(
        env,
        "SELECT argilla_record_id, annotator_id, span_count FROM annotations_pages "
        "WHERE export_run_id = 2",
    ) == [("doc:1", str(b.id), 2)]

    # Every load fingerprinted itself: the audit passes, then sees a row changed behind its back.
    assert audit_fingerprints(env["db"].database, ANNOTATED_TABLES) == []
    with duckdb.connect(env["db"].database) as conn:
        conn.execute("UPDATE annotations_spans SET label = 'FLAG' WHERE export_run_id = 1")
    changed_loads = audit_fingerprints(env["db"].database, ANNOTATED_TABLES)
    assert [(m.table_name, m.load_key) for m in changed_loads] == [("annotations_spans", "1")]


def test_poll_sensor_requests_an_export_only_when_sme_progress_changes(
    env: dict[str, Any],
) -> None:
    from dagster import SensorResult, build_sensor_context

    from oceanid_assets.defs.annotations.submissions_sensor import argilla_submissions_sensor

    def tick(cursor: str | None) -> SensorResult:
        with build_sensor_context(
            instance=env["instance"],
            cursor=cursor,
            resources={"argilla": env["resources"]["argilla"]},
        ) as context:
            result = argilla_submissions_sensor(context)
        assert isinstance(result, SensorResult)
        return result

    quiet = tick(None)
    assert env["batch"] not in {r.partition_key for r in quiet.run_requests or []}  # no answers
    a, _ = env["users"]
    _respond(env, "doc:1", a, "submitted", entities=[_span(PAGE_1, "UBST3", "IRCS")])
    first = tick(quiet.cursor)
    assert [
        r.partition_key for r in first.run_requests or [] if r.partition_key == env["batch"]
    ] == [env["batch"]]
    again = tick(first.cursor)
    assert env["batch"] not in {r.partition_key for r in again.run_requests or []}
    _respond(env, "doc:3", a, "discarded", entities=[])
    later = tick(again.cursor)
    assert env["batch"] in {r.partition_key for r in later.run_requests or []}


def test_poll_sensor_skips_with_the_reason_when_argilla_is_down() -> None:
    from dagster import DagsterInstance, SkipReason, build_sensor_context

    from oceanid_assets.defs.annotations.submissions_sensor import argilla_submissions_sensor
    from tests.conftest import free_port

    down = ArgillaResource(api_url=f"http://127.0.0.1:{free_port()}", api_key="k", max_attempts=1)
    with build_sensor_context(
        instance=DagsterInstance.ephemeral(), resources={"argilla": down}
    ) as context:
        result = argilla_submissions_sensor(context)
    assert isinstance(result, SkipReason) and "did not answer" in (result.skip_message or "")


def _export_file(env: dict[str, Any], key: str):  # type: ignore[no-untyped-def]
    return materialize(
        [annotations_export],
        partition_key=env["batch"],
        instance=env["instance"],
        resources=env["resources"],
        run_config=RunConfig(
            ops={"annotations_export": AnnotationsExportConfig(export_file_key=key)}
        ),
        raise_on_error=False,
    )


def test_sdk_export_file_dropped_by_hand_loads_like_the_api(
    env: dict[str, Any], tmp_path: Path
) -> None:
    a, _ = env["users"]
    _respond(env, "doc:1", a, "submitted", entities=[_span(PAGE_1, "UBST3", "IRCS")])
    dataset = env["client"].datasets(dataset_name(env["batch"]))
    dataset.records(with_responses=True).to_datasets().to_parquet(str(tmp_path / "x.parquet"))
    key = f"argilla/out/{dataset_name(env['batch'])}/sme-export.parquet"
    env["store"].write_bytes(key, (tmp_path / "x.parquet").read_bytes())

    result = _export_file(env, key)
    assert result.success
    assert _rows(env, "SELECT source, record_count, span_count FROM annotations_exports") == [
        (key, 1, 1)
    ]
    assert _rows(env, "SELECT label, text, validation_status FROM annotations_spans") == [
        ("IRCS", "UBST3", "valid")
    ]
    # No SDK layout names the user: stored without a username.
    assert _rows(env, "SELECT annotator_id, annotator_username FROM annotations_pages") == [
        (str(a.id), None)
    ]
    # The same state through the API afterwards, which does know the username, is recognised:
    # the username is not part of a response's content hash.
    assert _export(env)["export_run_id"] == "none (no change)"


def test_an_export_file_with_usernames_stores_them(env: dict[str, Any]) -> None:
    a, b = env["users"]
    _respond(env, "doc:1", a, "submitted", entities=[_span(PAGE_1, "UBST3", "IRCS")])
    _respond(env, "doc:2", b, "discarded", notes="unreadable")
    dataset = env["client"].datasets(dataset_name(env["batch"]))
    rows = dataset.records(with_responses=True).to_list(flatten=True)
    names = {str(a.id): "alice", str(b.id): "bob"}
    for row in rows:
        for question in ("entities", "unsure", "notes"):
            users = row.get(f"{question}.responses.users")
            row[f"{question}.responses.usernames"] = users and [names[u] for u in users]
    key = f"argilla/out/{dataset_name(env['batch'])}/with-usernames.parquet"
    sink = pa.BufferOutputStream()
    pq.write_table(pa.Table.from_pylist(rows), sink)
    env["store"].write_bytes(key, sink.getvalue().to_pybytes())

    assert _export_file(env, key).success
    assert _rows(
        env, "SELECT argilla_record_id, annotator_username FROM annotations_pages ORDER BY 1"
    ) == [("doc:1", "alice"), ("doc:2", "bob")]
    assert _rows(env, "SELECT annotator_username FROM annotations_spans") == [("alice",)]


def test_usernames_are_left_null_when_the_key_may_not_list_users(
    env: dict[str, Any], monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    a, _ = env["users"]
    _respond(env, "doc:1", a, "submitted", entities=[_span(PAGE_1, "UBST3", "IRCS")])
    real_get_json = BulkClient.get_json

    def refuse_users(self: BulkClient, url: str, params: Any = None) -> dict[str, Any]:
        # What a key without the right to list the workspace's users gets.
        if url.endswith("/users"):
            raise PushError(f"GET {url}: HTTP 403: forbidden", records_pushed=0)
        return real_get_json(self, url, params)

    monkeypatch.setattr(BulkClient, "get_json", refuse_users)
    with caplog.at_level(logging.WARNING, logger="oceanid.annotations"):
        assert _export(env)["responses_new"] == 1
    assert _rows(env, "SELECT annotator_id, annotator_username FROM annotations_pages") == [
        (str(a.id), None)
    ]
    (warning,) = [r.getMessage() for r in caplog.records if "usernames" in r.getMessage()]
    assert "annotator usernames left null" in warning and "HTTP 403" in warning


def test_malformed_export_file_fails_naming_it_and_loads_nothing(env: dict[str, Any]) -> None:
    key = f"argilla/out/{dataset_name(env['batch'])}/broken.json"
    env["store"].write_bytes(key, b'{"not": "an argilla export"}')
    result = _export_file(env, key)
    assert not result.success
    (failure,) = [e for e in result.all_events if e.event_type_value == "STEP_FAILURE"]
    assert key in str(failure.event_specific_data)
    assert _rows(env, "SELECT count(*) FROM annotations_pages") == [(0,)]
    assert _rows(env, "SELECT count(*) FROM annotations_exports") == [(0,)]


# --- an SME's edit through the annotation UI's own calls -----------------------------------------


class SmeSession:
    """An annotator calling Argilla as the UI does: POST a record's response, PUT it to edit."""

    def __init__(self, env: dict[str, Any], user: Any, argilla: ArgillaResource) -> None:
        owner = {"X-Argilla-Api-Key": argilla.api_key}
        sme = httpx.get(f"{argilla.api_url}/api/v1/users/{user.id}", headers=owner).json()
        self.http = httpx.Client(
            base_url=argilla.api_url, headers={"X-Argilla-Api-Key": sme["api_key"]}
        )
        dataset = env["client"].datasets(dataset_name(env["batch"]))
        self.record_ids = {r.id: str(r._server_id) for r in dataset.records}

    def submit(self, record_id: str, entities: list[dict[str, Any]]) -> str:
        body = {"values": {"entities": {"value": entities}}, "status": "submitted"}
        response = self.http.post(
            f"/api/v1/records/{self.record_ids[record_id]}/responses", json=body
        )
        response.raise_for_status()
        return str(response.json()["id"])

    def edit(self, response_id: str, entities: list[dict[str, Any]]) -> None:
        body = {"values": {"entities": {"value": entities}}, "status": "submitted"}
        self.http.put(f"/api/v1/responses/{response_id}", json=body).raise_for_status()


def _sensor_tick(env: dict[str, Any], cursor: str | None) -> Any:
    from dagster import SensorResult, build_sensor_context

    from oceanid_assets.defs.annotations.submissions_sensor import argilla_submissions_sensor

    with build_sensor_context(
        instance=env["instance"], cursor=cursor, resources={"argilla": env["resources"]["argilla"]}
    ) as context:
        result = argilla_submissions_sensor(context)
    assert isinstance(result, SensorResult)
    return result


def _requested(result: Any, batch: str) -> list[str]:
    return [r.run_key for r in result.run_requests or [] if r.partition_key == batch]


def test_an_sme_edit_of_a_submitted_response_is_requested_on_the_next_tick(
    env: dict[str, Any],
) -> None:
    a, _ = env["users"]
    sme = SmeSession(env, a, env["resources"]["argilla"])
    call_sign = [_span(PAGE_1, "UBST3", "IRCS")]
    response_id = sme.submit("doc:1", call_sign)
    submitted = _sensor_tick(env, None)
    assert len(_requested(submitted, env["batch"])) == 1
    assert _export(env)["responses_new"] == 1
    quiet = _sensor_tick(env, submitted.cursor)
    assert _requested(quiet, env["batch"]) == []

    # The edit leaves every progress count as it was; it must still be requested at once.
    sme.edit(response_id, [*call_sign, _span(PAGE_1, "OCEAN STAR", "VESSEL_NAME")])
    edited = _sensor_tick(env, quiet.cursor)
    assert len(_requested(edited, env["batch"])) == 1
    assert _requested(edited, env["batch"]) != _requested(submitted, env["batch"])
    assert _requested(_sensor_tick(env, edited.cursor), env["batch"]) == []
    exported = _export(env)
    assert (exported["export_run_id"], exported["responses_new"]) == (2, 1)
    assert _rows(env, "SELECT span_count FROM annotations_pages WHERE export_run_id = 2") == [(2,)]


def test_a_dataset_whose_signature_did_not_move_is_rechecked_once_per_interval() -> None:
    from oceanid_assets.defs.annotations.submissions_sensor import (
        RECHECK_SECONDS,
        export_trigger,
    )

    now = 1_800_000_000
    assert export_trigger(None, "sig", now) == "argilla-progress"
    assert export_trigger(f"old@{now}", "sig", now) == "argilla-progress"
    assert export_trigger(f"sig@{now - RECHECK_SECONDS + 1}", "sig", now) is None
    assert export_trigger(f"sig@{now - RECHECK_SECONDS}", "sig", now) == "argilla-recheck"
