"""Run the real argilla-server 2.8 on loopback: SQLite, in-memory search, in-process Redis.

    .venv-argilla/bin/python -m oceanid_dev.argilla_local.server --home DIR --port 6900

Runs only in `.venv-argilla` (see `make setup`); the launcher in the main environment starts it.
Order matters: argilla_server reads its settings once, at import, so every `ARGILLA_*` variable
is set first, and `redis.from_url` is swapped for fakeredis while argilla_server creates its
connection. Then: database migrations, the owner user (username `argilla`, the given API key and
password, kept in step with them on every start), the search index rebuilt from the database
with argilla_server's own reindexer, and uvicorn serving API and web UI on the given address.

The API key and password come from the environment (`OCEANID_ARGILLA_API_KEY`,
`OCEANID_ARGILLA_PASSWORD`) or `--api-key`; neither is ever logged.
"""

from __future__ import annotations

import argparse
import asyncio
import inspect
import logging
import os
import secrets
import shutil
import signal
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path
from types import MethodType
from typing import Any

from oceanid_dev.argilla_local import defaults

LOG = logging.getLogger("oceanid.argilla_local")
_BACKGROUND: set[asyncio.Task[None]] = set()


def _say(message: str) -> None:
    # print, not logging: alembic's fileConfig would disable loggers created before it runs.
    print(f"oceanid-argilla: {message}", file=sys.stderr, flush=True)


def _configure_environment(home: Path) -> None:
    """Every setting argilla_server reads at import; values of ours override the environment."""
    home.mkdir(parents=True, exist_ok=True)
    secret_file = home / "auth-secret"  # keeps UI logins valid across restarts
    if not secret_file.exists():
        secret_file.write_text(secrets.token_hex(32))
        secret_file.chmod(0o600)
    # argilla_server copies its 14 MB web UI into a fresh temp folder at every start and never
    # removes it: keep those copies under home and remove the previous one.
    scratch = home / "tmp"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir()
    tempfile.tempdir = str(scratch)
    os.environ.update(
        {
            "ARGILLA_HOME_PATH": str(home),
            "ARGILLA_DATABASE_URL": f"sqlite+aiosqlite:///{home / 'argilla.db'}",
            "ARGILLA_DATABASE_SQLITE_TIMEOUT": "30",
            "ARGILLA_SEARCH_ENGINE": "oceanid-memory",
            "ARGILLA_REDIS_URL": "redis://in-process/0",  # fakeredis: never connected to
            "ARGILLA_REDIS_USE_CLUSTER": "false",
            "ARGILLA_ENABLE_TELEMETRY": "false",
            "HF_HUB_DISABLE_TELEMETRY": "1",
            "HF_HUB_OFFLINE": "1",
            "ARGILLA_SHOW_HUGGINGFACE_SPACE_PERSISTENT_STORAGE_WARNING": "false",
        }
    )
    os.environ.pop("ARGILLA_BASE_URL", None)
    os.environ.setdefault("ARGILLA_AUTH_SECRET_KEY", secret_file.read_text().strip())


def _import_argilla_server_with_fakeredis() -> None:
    """Import argilla_server with its Redis connection made by fakeredis, one in-process server.

    argilla_server.jobs.queues calls `redis.from_url(settings.redis_url)` at import; the swap lasts
    only for that import.
    """
    import fakeredis
    import redis

    server = fakeredis.FakeServer()
    original = redis.from_url

    def fake_from_url(url: str, **kwargs: Any) -> Any:
        return fakeredis.FakeRedis(server=server, **kwargs)

    redis.from_url = fake_from_url
    try:
        import argilla_server  # noqa: F401 - builds the app, its settings and queues
        import argilla_server.jobs.queues as queues
    finally:
        redis.from_url = original
    if not isinstance(queues.REDIS_CONNECTION, fakeredis.FakeRedis):
        raise RuntimeError("argilla_server did not take the in-process Redis connection")
    for queue in (queues.DEFAULT_QUEUE, queues.HIGH_QUEUE):
        queue._is_async = False  # enqueue_job then calls run_sync instead of pushing to Redis
        queue.run_sync = MethodType(_run_in_process, queue)


def _run_in_process(queue: Any, job: Any) -> Any:
    """rq's `run_sync`, for a server that has no worker: jobs run in this process.

    argilla_server's jobs are coroutines enqueued from request handlers, inside the running event
    loop where rq's own run_sync (`new_event_loop().run_until_complete`) cannot work. They become
    tasks on that loop instead, started as soon as the handler yields (the dataset update that
    enqueues `update_dataset_records_status_job` has committed by then). The job's status and
    result go to the fake Redis as a worker would write them, so `GET /api/v1/jobs/{id}` works.
    rq's retries are not applied: a failed job is logged and marked failed.
    """
    import rq

    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        loop = None
    if loop is None or not inspect.iscoroutinefunction(job.func):
        return rq.Queue.run_sync(queue, job)
    with queue.connection.pipeline() as pipeline:
        job.prepare_for_execution("oceanid-in-process", pipeline)
        pipeline.execute()
    task = loop.create_task(_perform(queue, job))
    _BACKGROUND.add(task)
    task.add_done_callback(_BACKGROUND.discard)
    return job


async def _perform(queue: Any, job: Any) -> None:
    from rq.defaults import DEFAULT_RESULT_TTL
    from rq.job import JobStatus

    started = time.monotonic()
    try:
        job._result = await job.func(*job.args, **job.kwargs)
    except Exception:
        _say(f"job {job.func_name} failed:\n{traceback.format_exc()}")
        with queue.connection.pipeline() as pipeline:
            job.set_status(JobStatus.FAILED, pipeline=pipeline)
            job._handle_failure(traceback.format_exc(), pipeline)
            pipeline.execute()
        return
    ttl = job.get_result_ttl(default_ttl=DEFAULT_RESULT_TTL)
    with queue.connection.pipeline() as pipeline:
        job._handle_success(result_ttl=ttl, pipeline=pipeline)
        job.cleanup(ttl, pipeline=pipeline)
        pipeline.execute()
    if not job.func_name.endswith("notify_event_job"):  # not one line per webhook event
        _say(f"job {job.func_name} finished in {time.monotonic() - started:.2f}s")


def _watch_parent(parent_pid: int) -> None:
    """Stop (SIGTERM, uvicorn's graceful shutdown) when the launching process is gone.

    The launcher starts the server in its own session, so a Ctrl-C reaches only the launcher,
    which stops the server; this covers a launcher that is killed outright.
    """

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent_pid:
                _say(f"launcher (pid {parent_pid}) is gone: stopping")
                os.kill(os.getpid(), signal.SIGTERM)
                return

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _apply_throughput_patches() -> list[str]:
    """Two hot spots of `records.log` on argilla-server 2.8.0, avoided with the same results.

    1. Bulk upserts built a webhook event per record (a Dataset query with four relationship
       loads, then a serialisation) only to find no enabled webhook and drop it. Now the enabled
       webhooks are read once per bulk request (per record in the bulk-create path), and the
       original code runs unchanged when there is one.
    2. `Question.parsed_settings` / `MetadataProperty.parsed_settings` built a new pydantic
       TypeAdapter on every call (several per record in validation); one adapter per type now.
    3. The span-overlap check compared every pair of spans of a value (quadratic: ~50,000 pairs
       for a page of 220 spans); see `_spans_do_not_overlap`.
    """
    from argilla_server.bulk import records_bulk
    from argilla_server.contexts import webhooks
    from argilla_server.models import database
    from argilla_server.validators.response_values import SpanQuestionResponseValueValidator
    from pydantic import TypeAdapter

    notify_one = records_bulk.notify_record_event_v1
    notify_upsert = records_bulk.UpsertRecordsBulk._notify_upsert_record_events

    async def notify_record_event_if_webhooks(db: Any, record_event: Any, record: Any) -> Any:
        if not await webhooks.list_enabled_webhooks(db):
            return []
        return await notify_one(db, record_event, record)

    async def notify_upsert_if_webhooks(self: Any, records: Any) -> None:
        if await webhooks.list_enabled_webhooks(self._db):
            await notify_upsert(self, records)

    records_bulk.notify_record_event_v1 = notify_record_event_if_webhooks
    records_bulk.UpsertRecordsBulk._notify_upsert_record_events = notify_upsert_if_webhooks

    question_settings = TypeAdapter(database.QuestionSettings)
    metadata_settings = TypeAdapter(database.MetadataPropertySettings)
    database.Question.parsed_settings = property(
        lambda self: question_settings.validate_python(self.settings)
    )
    database.MetadataProperty.parsed_settings = property(
        lambda self: metadata_settings.validate_python(self.settings)
    )
    check_overlap = SpanQuestionResponseValueValidator._validate_values_are_not_overlapped

    def validate_values_are_not_overlapped(self: Any, span_question_settings: Any) -> None:
        if span_question_settings.allow_overlapping or _spans_do_not_overlap(self._response_value):
            return
        check_overlap(self, span_question_settings)  # raises with argilla_server's own message

    SpanQuestionResponseValueValidator._validate_values_are_not_overlapped = (
        validate_values_are_not_overlapped
    )
    return [
        "webhook events only when a webhook is enabled",
        "one TypeAdapter per settings type",
        "span overlap checked in sorted order",
    ]


def _spans_do_not_overlap(values: Any) -> bool:
    """True only when argilla_server's pairwise check would pass; False means "ask it".

    Its check: spans i != j overlap when start_i < end_j and end_i > start_j. With every span's
    end > start (its schema refuses others), sorted by start, some pair overlaps exactly when a
    span starts before the largest end seen so far. Anything unexpected goes to the original.
    """
    try:
        spans = sorted((value.start, value.end) for value in values)
    except (AttributeError, TypeError):
        return False
    furthest_end = None
    for start, end in spans:
        if not (isinstance(start, int) and isinstance(end, int)) or end <= start:
            return False
        if furthest_end is not None and start < furthest_end:
            return False
        furthest_end = end if furthest_end is None else max(furthest_end, end)
    return True


LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


def _serve_uncompressed(app: Any, host: str) -> bool:
    """No response compression when only this machine can connect: removed from `app`.

    argilla_server compresses every response over 512 bytes (brotli, or gzip at level 9), and
    a bulk upsert answers with every record it stored, suggestions included: about as many
    bytes as the request. On loopback that compression is CPU spent to save no bandwidth
    (a sixth of the server's time in a push of span-heavy pages). The content is the same.
    """
    from brotli_asgi import BrotliMiddleware

    if host not in LOOPBACK_HOSTS:
        return False
    kept = [m for m in app.user_middleware if m.cls is not BrotliMiddleware]
    if len(kept) == len(app.user_middleware) or app.middleware_stack is not None:
        return False  # not argilla_server's stack as we know it, or already built: leave it
    app.user_middleware[:] = kept
    return True


def _migrate() -> None:
    """alembic upgrade head, with argilla_server's scripts and without its logging config."""
    from alembic import command
    from alembic.config import Config
    from argilla_server.database import ALEMBIC_CONFIG_FILE

    config = Config()  # no file: the package's env.py then leaves logging alone
    config.set_main_option("script_location", str(Path(ALEMBIC_CONFIG_FILE).parent / "alembic"))
    command.upgrade(config, "head")


async def _ensure_owner(api_key: str, password: str) -> str:
    from argilla_server.cli.database.users.utils import get_or_new_workspace
    from argilla_server.contexts import accounts
    from argilla_server.database import AsyncSessionLocal
    from argilla_server.models import User, UserRole

    async with AsyncSessionLocal() as db:
        user = await accounts.get_user_by_username(db, defaults.USERNAME)
        if user is None:
            await User.create(
                db,
                first_name="",
                username=defaults.USERNAME,
                role=UserRole.owner,
                api_key=api_key,
                password_hash=accounts.hash_password(password),
                workspaces=[await get_or_new_workspace(db, defaults.USERNAME)],
            )
            return "created"
        changed = []
        if user.api_key != api_key:
            user.api_key = api_key
            changed.append("API key")
        if not accounts.verify_password(password, user.password_hash):
            user.password_hash = accounts.hash_password(password)
            changed.append("password")
        if changed:
            await db.commit()
            return "updated (" + ", ".join(changed) + ")"
        return "unchanged"


async def _reindex() -> tuple[int, int]:
    from argilla_server.cli.search_engine.reindex import Reindexer
    from argilla_server.database import AsyncSessionLocal
    from argilla_server.search_engine import SearchEngine

    from oceanid_dev.argilla_local import search_engine

    search_engine.reset()
    datasets = records = 0
    async with (
        AsyncSessionLocal() as db,
        SearchEngine.get_by_name(search_engine.ENGINE_NAME) as engine,
    ):
        async for dataset in Reindexer.reindex_datasets(db, engine):
            datasets += 1
            async for batch in Reindexer.reindex_dataset_records(db, engine, dataset):
                records += len(batch)
    return datasets, records


async def _prepare(api_key: str, password: str) -> None:
    from argilla_server.database import async_engine

    started = time.monotonic()
    owner = await _ensure_owner(api_key, password)
    _say(f"owner user {defaults.USERNAME!r}: {owner}")
    datasets, records = await _reindex()
    _say(
        f"search index rebuilt: {datasets} datasets, {records} records in "
        f"{time.monotonic() - started:.1f}s"
    )
    await async_engine.dispose()  # its connections belong to this loop, not uvicorn's


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--home", type=Path, required=True, help="state folder (SQLite, logs)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=defaults.DEFAULT_PORT)
    parser.add_argument("--api-key", help=f"owner's API key (default: ${defaults.API_KEY_ENV})")
    args = parser.parse_args(argv)
    api_key = args.api_key or os.environ.get(defaults.API_KEY_ENV) or defaults.LOCAL_API_KEY
    password = os.environ.get(defaults.PASSWORD_ENV) or defaults.LOCAL_PASSWORD
    if len(password) < 8:
        parser.error(f"${defaults.PASSWORD_ENV} must have at least 8 characters")
    started = time.monotonic()
    home = args.home.expanduser().resolve()
    _configure_environment(home)
    _import_argilla_server_with_fakeredis()
    from oceanid_dev.argilla_local import search_engine  # registers "oceanid-memory"

    patches = os.environ.get(defaults.PATCHES_ENV, "1") != "0"
    if patches:
        for patch in _apply_throughput_patches():
            _say(f"patch: {patch}")
    else:
        _say(f"throughput patches off (${defaults.PATCHES_ENV}=0)")
    _migrate()
    asyncio.run(_prepare(api_key, password))

    import argilla_server
    import uvicorn

    _say(
        f"argilla-server {argilla_server._version.__version__} with search engine "
        f"{search_engine.ENGINE_NAME!r}, state in {home}; serving on http://{args.host}:{args.port}"
        f" (prepared in {time.monotonic() - started:.1f}s)"
    )
    parent = os.environ.get(defaults.PARENT_PID_ENV)
    if parent and parent.isdigit():
        _watch_parent(int(parent))
    if patches and _serve_uncompressed(argilla_server.app, args.host):
        _say("patch: responses not compressed (loopback only)")
    # One process: the search index lives in its memory.
    uvicorn.run(argilla_server.app, host=args.host, port=args.port, access_log=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
