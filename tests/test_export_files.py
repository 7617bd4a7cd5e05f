"""Argilla SDK export files made outside Oceanid: every layout argilla 2.8.0 writes, exported
from the real local server, read into the staged shape; clear errors for other files; and the
sensor that finds such files in the store (both backends)."""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import argilla as rg
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from dagster import DagsterInstance, SensorResult, build_sensor_context

from oceanid_assets.annotations.export_files import ExportFileError, read_export_file
from oceanid_assets.annotations.export_scan import ExportFilesCursor, scan_export_files
from oceanid_assets.annotations.staging import (
    RESPONSE_PAGES_SCHEMA,
    RESPONSE_SPANS_SCHEMA,
    StagedResponses,
)
from oceanid_assets.argilla.push import ensure_dataset
from oceanid_assets.defs.annotations.export_file_sensor import argilla_export_file_sensor
from oceanid_assets.defs.batches import batch_partitions
from oceanid_assets.ingest.text import sha256_hex
from oceanid_assets.resources.object_store import ObjectStoreResource
from oceanid_dev.argilla_local.launcher import LocalArgilla

LICENCE = "Name of vessel: SERGEY BOCHKAREV IMO number: 8907022"
VESSEL = {"label": "VESSEL_NAME", "start": 16, "end": 32}
IMO = {"label": "IMO", "start": 45, "end": 52}
_names = itertools.count()

# --- exports made by the SDK from a real dataset ------------------------------------------------


@dataclass(frozen=True)
class Exports:
    dataset: str
    doc_id: str
    sme_a: str  # submitted page 1: two spans, unsure "yes", a note
    sme_b: str  # discarded page 2 with a note
    sme_c: str  # a draft on page 2
    folder: Path
    empty_folder: Path  # a dataset with records and no response at all


def _records(doc_id: str, users: list[rg.User] | None) -> list[rg.Record]:
    texts = [LICENCE, "Annex: blank page", "Annex: stamps only"]
    responses: dict[int, list[rg.Response]] = {}
    if users:
        a, b, c = (user.id for user in users)
        responses = {
            1: [
                rg.Response("entities", [VESSEL, IMO], user_id=a, status="submitted"),
                rg.Response("unsure", "yes", user_id=a, status="submitted"),
                rg.Response("notes", "stamp over the IMO", user_id=a, status="submitted"),
            ],
            2: [
                rg.Response("notes", "blank page", user_id=b, status="discarded"),
                rg.Response("unsure", "no", user_id=c, status="draft"),
            ],
        }
    return [
        rg.Record(
            id=f"{doc_id}:{page}",
            fields={"text": text},
            # What the pipeline logs (oceanid_assets/argilla/records.py), in the same call as
            # the responses: a later log without metadata would clear it.
            metadata={
                "doc_id": doc_id,
                "page_num": page,
                "text_sha256": sha256_hex(text),
                "labelset_version": "v1",
            },
            responses=responses.get(page, []),
        )
        for page, text in enumerate(texts, start=1)
    ]


def _export_every_layout(dataset: rg.Dataset, folder: Path) -> None:
    records = dataset.records
    records.to_json(folder / "to_json.json")
    (folder / "disk").mkdir()
    dataset.to_disk(str(folder / "disk"))
    nested, flat = records.to_list(flatten=False), records.to_list(flatten=True)
    (folder / "nested_list.json").write_text(json.dumps(nested))
    (folder / "nested.jsonl").write_text("".join(json.dumps(r) + "\n" for r in nested))
    (folder / "flat_list.json").write_text(json.dumps(flat))
    pq.write_table(pa.Table.from_pylist(flat), folder / "flat_rows.parquet")
    hf = records.to_datasets()
    hf.to_parquet(str(folder / "to_datasets.parquet"))
    hf.to_json(str(folder / "to_datasets.jsonl"))  # JSON Lines: datasets' default


@pytest.fixture(scope="module")
def exports(argilla_server: LocalArgilla, tmp_path_factory: pytest.TempPathFactory) -> Exports:
    client = rg.Argilla(api_url=argilla_server.api_url, api_key=argilla_server.api_key)
    run = f"xf{next(_names)}-{datetime.now(UTC):%H%M%S%f}"  # one server per test session
    for name in (run, f"{run}-empty"):
        ensure_dataset(client, f"vessels_ocr_{name}", "argilla")  # creates the workspace too
    workspace = client.workspaces("argilla")
    users = []
    for who in ("a", "b", "c"):
        user = rg.User(
            username=f"sme-{who}-{run}", password="sme-password", role="annotator", client=client
        ).create()
        workspace.add_user(user)  # type: ignore[union-attr]
        users.append(user)
    folder = tmp_path_factory.mktemp("exports")
    empty_folder = tmp_path_factory.mktemp("empty_exports")
    for name, folder_, annotators in (
        (run, folder, users),
        (f"{run}-empty", empty_folder, None),
    ):
        dataset = client.datasets(f"vessels_ocr_{name}", workspace="argilla")
        dataset.records.log(_records(f"doc-{name}", annotators))
        _export_every_layout(client.datasets(f"vessels_ocr_{name}", workspace="argilla"), folder_)
    return Exports(
        dataset=f"vessels_ocr_{run}",
        doc_id=f"doc-{run}",
        sme_a=str(users[0].id),
        sme_b=str(users[1].id),
        sme_c=str(users[2].id),
        folder=folder,
        empty_folder=empty_folder,
    )


def _read(path: Path, dataset: str | None = None) -> StagedResponses:
    return read_export_file(path.read_bytes(), f"argilla/out/x/{path.name}", dataset)


def _pages(staged: StagedResponses) -> list[tuple[Any, ...]]:
    return [
        (r["argilla_record_id"], r["annotator_id"], r["response_status"], r["unsure"], r["notes"])
        for r in staged.pages.to_pylist()
    ]


def _spans(staged: StagedResponses) -> list[tuple[Any, ...]]:
    return [
        (r["argilla_record_id"], r["annotator_id"], r["label"], r["start"], r["end"])
        for r in staged.spans.to_pylist()
    ]


NESTED = ["to_json.json", "disk/records.json", "nested_list.json", "nested.jsonl"]
FLAT = ["flat_list.json", "flat_rows.parquet", "to_datasets.parquet", "to_datasets.jsonl"]


@pytest.mark.parametrize("layout", NESTED + FLAT)
def test_every_sdk_layout_gives_the_submitted_and_discarded_responses(
    exports: Exports, layout: str
) -> None:
    staged = _read(exports.folder / layout, exports.dataset)
    doc, a, b = exports.doc_id, exports.sme_a, exports.sme_b
    submitted = (f"{doc}:1", a, "submitted", "yes", "stamp over the IMO")
    discarded = (f"{doc}:2", b, "discarded", None, "blank page")
    # The flattened layouts keep each response's status: B's discard is read, C's draft skipped.
    # The nested ones keep none: page 2 is still `pending`, so nobody submitted there and
    # both of its responses are skipped (discard and draft cannot be told apart).
    assert _pages(staged) == ([submitted, discarded] if layout in FLAT else [submitted])
    assert _spans(staged) == [
        (f"{doc}:1", a, "VESSEL_NAME", 16, 32),
        (f"{doc}:1", a, "IMO", 45, 52),
    ]
    page = staged.pages.to_pylist()[0]
    assert page["argilla_dataset"] == exports.dataset
    assert (page["doc_id"], page["page_num"]) == (doc, 1)
    assert (page["text"], page["text_sha256"]) == (LICENCE, sha256_hex(LICENCE))
    assert page["submitted_at"] is None  # no SDK layout carries a timestamp
    assert {r["annotator_username"] for r in staged.pages.to_pylist()} == {None}  # nor a name
    assert LICENCE[16:32] == "SERGEY BOCHKAREV" and LICENCE[45:52] == "8907022"


def test_to_disk_writes_the_records_to_records_json(exports: Exports) -> None:
    disk = exports.folder / "disk"
    files = sorted(p.relative_to(disk).as_posix() for p in disk.rglob("*") if p.is_file())
    assert files == [".argilla/dataset.json", ".argilla/settings.json", "records.json"]
    assert json.loads((disk / "records.json").read_text()) == json.loads(
        (exports.folder / "to_json.json").read_text()
    )


def test_the_layouts_have_the_keys_the_reader_expects(exports: Exports) -> None:
    (nested, *_) = json.loads((exports.folder / "to_json.json").read_text())
    assert set(nested) == {
        "id",
        "fields",
        "metadata",
        "suggestions",
        "responses",
        "vectors",
        "status",
        "_server_id",
    }
    assert nested["status"] == "completed"
    assert nested["responses"]["unsure"] == [{"value": "yes", "user_id": exports.sme_a}]
    columns = set(pq.read_schema(exports.folder / "to_datasets.parquet").names)
    for question in ("entities", "unsure", "notes"):
        assert {
            f"{question}.responses",
            f"{question}.responses.users",
            f"{question}.responses.status",
        } <= columns
    assert {"id", "text", "doc_id", "page_num", "text_sha256", "status"} <= columns


@pytest.mark.parametrize("layout", ["to_json.json", "to_datasets.parquet", "flat_list.json"])
def test_an_export_without_responses_stages_nothing(exports: Exports, layout: str) -> None:
    staged = _read(exports.empty_folder / layout, exports.dataset)
    assert staged.pages.num_rows == 0 and staged.spans.num_rows == 0
    assert staged.pages.schema.equals(RESPONSE_PAGES_SCHEMA)
    assert staged.spans.schema.equals(RESPONSE_SPANS_SCHEMA)


def test_the_dataset_is_read_from_the_key_without_a_hint(exports: Exports) -> None:
    data = (exports.folder / "to_json.json").read_bytes()
    staged = read_export_file(data, "argilla/out/vessels_ocr_b-7/sme/records.json")
    assert set(staged.pages.column("argilla_dataset").to_pylist()) == {"vessels_ocr_b-7"}
    with pytest.raises(ExportFileError, match=r"^exports/records\.json: cannot tell which"):
        read_export_file(data, "exports/records.json")


def test_without_metadata_doc_and_page_come_from_the_id_and_the_hash_from_the_text(
    exports: Exports,
) -> None:
    rows = json.loads((exports.folder / "to_json.json").read_text())
    rows[0]["metadata"] = {}
    rows[0]["id"] = "doc-9:12"
    staged = read_export_file(json.dumps(rows).encode(), "x.json", exports.dataset)
    page = staged.pages.to_pylist()[0]
    assert (page["doc_id"], page["page_num"]) == ("doc-9", 12)
    assert page["text_sha256"] == sha256_hex(LICENCE)


def test_timestamps_are_used_when_a_file_has_them() -> None:
    row = {
        "id": "doc:1",
        "fields": {"text": LICENCE},
        "status": "completed",
        "updated_at": "2026-03-02T09:00:00",
        "responses": {
            "entities": [{"value": [IMO], "user_id": "u-1", "updated_at": "2026-03-01T10:00:00"}]
        },
    }
    later = {**row, "id": "doc:2", "responses": {"entities": [{"value": [], "user_id": "u-2"}]}}
    staged = read_export_file(json.dumps([row, later]).encode(), "x.json", "vessels_ocr_b")
    assert staged.pages.column("submitted_at").to_pylist() == [
        datetime(2026, 3, 1, 10, tzinfo=UTC),  # the response's own
        datetime(2026, 3, 2, 9, tzinfo=UTC),  # else the record's; naive means UTC
    ]


def test_usernames_are_read_when_a_file_adds_them(exports: Exports) -> None:
    nested = json.loads((exports.folder / "to_json.json").read_text())
    for items in nested[0]["responses"].values():
        for item in items:
            item["username"] = "alice"
    staged = read_export_file(json.dumps(nested).encode(), "x.json", exports.dataset)
    assert [(r["annotator_id"], r["annotator_username"]) for r in staged.pages.to_pylist()] == [
        (exports.sme_a, "alice")
    ]
    flat = pq.read_table(exports.folder / "to_datasets.parquet").to_pylist()
    names = {exports.sme_a: "alice", exports.sme_b: "bob", exports.sme_c: "carol"}
    for row in flat:
        for question in ("entities", "unsure", "notes"):
            users = row[f"{question}.responses.users"]
            row[f"{question}.responses.usernames"] = users and [names[u] for u in users]
    staged = read_export_file(_parquet(flat), "x.parquet", exports.dataset)
    assert [(r["annotator_id"], r["annotator_username"]) for r in staged.pages.to_pylist()] == [
        (exports.sme_a, "alice"),
        (exports.sme_b, "bob"),
    ]


def test_a_nested_export_cannot_say_which_of_two_users_submitted(exports: Exports) -> None:
    rows = json.loads((exports.folder / "to_json.json").read_text())
    rows[0]["responses"]["unsure"].append({"value": "no", "user_id": exports.sme_c})
    with pytest.raises(ExportFileError, match=r"^x\.json: record .*which of them submitted"):
        read_export_file(json.dumps(rows).encode(), "x.json", exports.dataset)


# --- files that are not a records export: errors that name the file ---------------------------


def _flat_row(**overrides: Any) -> dict[str, Any]:
    row = {
        "id": "doc:1",
        "text": LICENCE,
        "status": "completed",
        "entities.responses": [[VESSEL]],
        "entities.responses.users": ["u-1"],
        "entities.responses.status": ["submitted"],
    }
    return {**row, **overrides}


def _parquet(rows: list[dict[str, Any]]) -> bytes:
    sink = pa.BufferOutputStream()
    pq.write_table(pa.Table.from_pylist(rows), sink)
    return bytes(sink.getvalue().to_pybytes())


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        (
            "argilla/out/x/export.json",
            json.dumps({"items": [{"name": "a"}]}).encode(),
            r"unknown shape: expected a list of Argilla records .*row 1 has keys items",
        ),
        (
            "argilla/out/x/export.json",
            json.dumps([{"id": "doc:1", "label": "IMO"}]).encode(),
            r"unknown shape: .*row 1 has keys id, label",
        ),
        ("argilla/out/x/export.csv", b"id,text\ndoc:1,abc\n", r"unsupported file type '\.csv'"),
        (
            "argilla/out/x/export.parquet",
            _parquet([{k: v for k, v in _flat_row().items() if k != "id"}]),
            r"not an Argilla records export: no record id \(`id`\) in row 1",
        ),
        (
            "argilla/out/x/export.json",
            json.dumps([_flat_row(id="doc-without-page")]).encode(),
            r"record id 'doc-without-page' in row 1 is not <doc_id>:<page_num>",
        ),
        (
            "argilla/out/x/export.parquet",
            b"PAR1 not really",
            r"not a readable Parquet file",
        ),
        (
            "argilla/out/x/export.jsonl",
            b'{"id": "doc:1", "text": "a"}\n{"id": \n',
            r"neither JSON nor JSON Lines: line 2",
        ),
        (
            "argilla/out/x/export.json",
            json.dumps([_flat_row(**{"entities.responses.users": []})]).encode(),
            r"record 'doc:1' \(row 1\): `entities.responses`, .* are not lists of one length",
        ),
        (
            "argilla/out/x/export.json",
            json.dumps([_flat_row(**{"entities.responses.usernames": ["a", "b"]})]).encode(),
            r"record 'doc:1' \(row 1\): `entities.responses.usernames` is not a list as long as",
        ),
        (
            "argilla/out/x/export.json",
            json.dumps(
                [
                    _flat_row(
                        **{
                            "entities.responses.usernames": ["alice"],
                            "notes.responses": ["n"],
                            "notes.responses.users": ["u-1"],
                            "notes.responses.status": ["submitted"],
                            "notes.responses.usernames": ["alicia"],
                        }
                    )
                ]
            ).encode(),
            r"record 'doc:1' \(row 1\): one user id is named both 'alice' and 'alicia'",
        ),
        (
            "argilla/out/x/export.json",
            json.dumps([_flat_row(**{"entities.responses.status": ["maybe"]})]).encode(),
            r"record 'doc:1' \(row 1\): response status 'maybe' for `entities` is not one of",
        ),
        (
            "argilla/out/x/export.json",
            json.dumps([_flat_row(**{"entities.responses": [[{"label": "IMO"}]]})]).encode(),
            r"record 'doc:1' \(row 1\): span \{'label': 'IMO'\}: `start` None is not",
        ),
        (
            "argilla/out/x/export.json",
            json.dumps([_flat_row(**{"sentiment.responses": ["good"]})]).encode(),
            r"record 'doc:1' \(row 1\): responses to question\(s\) sentiment, which vessels_ocr",
        ),
        (
            "argilla/out/x/export.json",
            json.dumps([_flat_row(), _flat_row()]).encode(),
            r"record 'doc:1' is in rows 1 and 2",
        ),
    ],
)
def test_a_file_of_another_shape_is_refused_with_its_name(
    name: str, data: bytes, message: str
) -> None:
    with pytest.raises(ExportFileError, match="^" + name.replace(".", r"\.") + ": " + message):
        read_export_file(data, name, "vessels_ocr_b")


def test_empty_files_are_empty_exports() -> None:
    for name, data in (("a.json", b"[]"), ("a.jsonl", b""), ("a.parquet", _parquet([]))):
        assert read_export_file(data, name, "vessels_ocr_b").pages.num_rows == 0


def test_json_lines_under_a_json_name_and_a_single_record_are_read() -> None:
    two = (json.dumps(_flat_row()) + "\n" + json.dumps(_flat_row(id="doc:2")) + "\n").encode()
    staged = read_export_file(two, "x.json", "vessels_ocr_b")
    assert staged.pages.column("argilla_record_id").to_pylist() == ["doc:1", "doc:2"]
    one = read_export_file(json.dumps(_flat_row()).encode(), "x.json", "vessels_ocr_b")
    assert _spans(one) == [("doc:1", "u-1", "VESSEL_NAME", 16, 32)]


# --- the sensor --------------------------------------------------------------------------------


class Ticker:
    """Runs the sensor tick after tick the way the daemon does: cursor carried, partitions added."""

    def __init__(self, resource: ObjectStoreResource) -> None:
        self.instance = DagsterInstance.ephemeral()
        self.resource = resource
        self.cursor: str | None = None

    def tick(self) -> SensorResult:
        with build_sensor_context(
            instance=self.instance, cursor=self.cursor, resources={"object_store": self.resource}
        ) as context:
            result = argilla_export_file_sensor(context)
        assert isinstance(result, SensorResult)
        self.cursor = result.cursor
        for request in result.dynamic_partitions_requests or []:
            self.instance.add_dynamic_partitions(
                request.partitions_def_name, request.partition_keys
            )
        return result


EXPORT = json.dumps([_flat_row()]).encode()


def test_a_dropped_export_is_loaded_once_per_content(
    store_resource: ObjectStoreResource,
) -> None:
    store = store_resource.get_store()
    key = "argilla/out/vessels_ocr_b1/sme-review/records.json"
    store.write_bytes(key, EXPORT)
    ticker = Ticker(store_resource)
    first = ticker.tick()
    (request,) = first.run_requests or []
    sha = sha256_hex(EXPORT)
    assert (request.partition_key, request.run_key) == ("b1", f"{key}@{sha}")
    assert request.tags == {"oceanid/export_file_key": key, "oceanid/export_file_sha256": sha}
    # The asset reads the file from its run config, never from a tag.
    assert request.run_config["ops"]["annotations_export"]["config"] == {"export_file_key": key}
    assert [
        (r.partitions_def_name, list(r.partition_keys))
        for r in first.dynamic_partitions_requests or []
    ] == [(batch_partitions.name, ["b1"])]
    # What the load job will do with the tag: the file's dataset comes from its key.
    staged = read_export_file(store.read_bytes(request.tags["oceanid/export_file_key"]), key)
    assert _pages(staged) == [("doc:1", "u-1", "submitted", None, None)]
    assert staged.pages.column("argilla_dataset").to_pylist() == ["vessels_ocr_b1"]

    assert not ticker.tick().run_requests  # nothing new
    store.write_bytes(key, EXPORT)  # the same bytes dropped again
    again = ticker.tick()
    assert not again.run_requests and not again.dynamic_partitions_requests
    store.write_bytes(key, EXPORT + b"\n")  # changed content: loaded again
    changed = ticker.tick()
    assert [r.tags["oceanid/export_file_sha256"] for r in changed.run_requests or []] == [
        sha256_hex(EXPORT + b"\n")
    ]
    assert not changed.dynamic_partitions_requests  # b1 is known by now


def test_oceanid_own_exports_hidden_and_other_files_are_ignored(
    store_resource: ObjectStoreResource,
) -> None:
    store = store_resource.get_store()
    for key in (
        "argilla/out/vessels_ocr_b1/export_run_id=3/pages.parquet",
        "argilla/out/vessels_ocr_b1/export_run_id=3/spans.parquet",
        "argilla/out/vessels_ocr_b1/disk/.argilla/settings.json",  # to_disk's, uploaded to S3
        "argilla/out/vessels_ocr_b1/notes.csv",
        "argilla/in/vessels_ocr_b1/export.json",
    ):
        store.write_bytes(key, b"{}")
    store.write_bytes("argilla/out/vessels_ocr_b1/disk/records.json", EXPORT)
    result = Ticker(store_resource).tick()
    assert [r.tags["oceanid/export_file_key"] for r in result.run_requests or []] == [
        "argilla/out/vessels_ocr_b1/disk/records.json"
    ]


def test_a_file_outside_a_dataset_folder_is_warned_about_once_and_skipped(
    store_resource: ObjectStoreResource, capfd: pytest.CaptureFixture[str]
) -> None:
    store = store_resource.get_store()
    store.write_bytes("argilla/out/export.json", EXPORT)
    store.write_bytes("argilla/out/vessels_ocr_Batch-1/export.json", EXPORT)
    ticker = Ticker(store_resource)
    first = ticker.tick()
    assert not first.run_requests and not first.dynamic_partitions_requests
    err = capfd.readouterr().err
    assert "ignoring argilla/out/export.json: export files go under" in err
    assert "ignoring argilla/out/vessels_ocr_Batch-1/export.json" in err
    assert not ticker.tick().run_requests
    assert "ignoring" not in capfd.readouterr().err  # warned once, remembered in the cursor


def test_only_files_whose_version_moved_are_hashed_again(
    store_resource: ObjectStoreResource,
) -> None:
    store = store_resource.get_store()
    store.write_bytes("argilla/out/vessels_ocr_b2/a.parquet", _parquet([_flat_row()]))
    store.write_bytes("argilla/out/vessels_ocr_b2/b.jsonl", EXPORT)
    cursor = ExportFilesCursor()
    assert scan_export_files(store, cursor).hashed == 2
    cursor = ExportFilesCursor.from_json(cursor.to_json())  # as the next tick gets it
    assert scan_export_files(store, cursor).hashed == 0
    store.write_bytes("argilla/out/vessels_ocr_b2/b.jsonl", EXPORT + b"\n")
    scan = scan_export_files(store, cursor)
    assert scan.hashed == 1
    assert [d.key for d in scan.new] == ["argilla/out/vessels_ocr_b2/b.jsonl"]
