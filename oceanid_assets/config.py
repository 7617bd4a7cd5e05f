"""The environment, read in one place: every variable Oceanid reads, with its default and meaning.

Embedded defaults on a laptop; production by environment variables only. `OCEANID_PROFILE`
picks which: `local` (default) falls back to files under `OCEANID_HOME`, `production` refuses to
start while any production setting is missing (`check_profile`), naming every one of them,
instead of quietly writing a DuckDB file on a pod's disk.

Nothing else in the package reads `os.environ`: resources are built from these accessors, and
secrets reach Dagster as `EnvVar` references (`env_var`), never as values.
README's configuration table is generated from `SETTINGS` (`python -m oceanid_assets.config`).

Stdlib only: the local Argilla server's own virtual environment imports it too.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dagster import EnvVar

Environ = Mapping[str, str]

# The loopback Argilla server of the embedded default (oceanid_dev.argilla_local): its built-in
# key is not a secret, and is never used once ARGILLA_API_URL names the team's server.
LOCAL_ARGILLA_API_KEY = "oceanid.local.apikey"
LOCAL_ARGILLA_PORT = 6900

PROFILES = ("local", "production")


@dataclass(frozen=True)
class Setting:
    name: str
    default: str  # as the variable would hold it; "" = unset
    description: str
    production: str = ""  # what production sets, when it differs from the default
    secret: bool = False  # only ever handed on as an EnvVar reference
    required: bool = False  # OCEANID_PROFILE=production refuses to start without it


def _var(name: str, default: str, description: str, production: str = "") -> Setting:
    return Setting(name, default, description, production)


def _required(name: str, description: str, production: str) -> Setting:
    """Unset on a laptop (an embedded default applies); production refuses to start without."""
    return Setting(name, "", description, production, required=True)


def _secret(
    name: str, description: str, *, from_secret: bool = False, required: bool = False
) -> Setting:
    """Handed on only as a Dagster EnvVar, never as a value; `from_secret`: production sets it
    from a Kubernetes Secret."""
    return Setting(name, "", description, "from a Secret" if from_secret else "", True, required)


SETTINGS: dict[str, Setting] = {
    setting.name: setting
    for setting in (
        # Where things are
        _var(
            "OCEANID_PROFILE",
            "local",
            "`local`: embedded defaults; `production`: refuse to start while a required setting "
            "is missing",
            "`production`",
        ),
        _var("OCEANID_HOME", ".oceanid", "local store, DuckDB files, Dagster instance, logs"),
        _required(
            "OCEANID_STORE_URL",
            "object store root (default `$OCEANID_HOME/store`)",
            "`s3://bucket/prefix`",
        ),
        _var("OCEANID_S3_ENDPOINT_URL", "", "S3-compatible endpoint (R2)", "R2 endpoint"),
        _secret("AWS_ACCESS_KEY_ID", "S3/R2 key id (unset: boto3's own chain)", from_secret=True),
        _secret("AWS_SECRET_ACCESS_KEY", "S3/R2 secret key", from_secret=True),
        _secret("AWS_SESSION_TOKEN", "S3 session token"),
        _var("AWS_REGION", "", "S3 region (then `AWS_DEFAULT_REGION`, then `auto`)"),
        _var("AWS_DEFAULT_REGION", "", "S3 region when `AWS_REGION` is unset"),
        _required(
            "MD_RAW_URL",
            "md_raw_ocr (default `$OCEANID_HOME/md_raw_ocr.duckdb`)",
            "`md:md_raw_ocr`",
        ),
        _required(
            "MD_ANNOT_URL",
            "md_annotated (default `$OCEANID_HOME/md_annotated.duckdb`)",
            "`md:md_annotated`",
        ),
        _required(
            "MD_OPS_URL",
            "md_ops: backfill manifest and failure ledger (default `$OCEANID_HOME/md_ops.duckdb`)",
            "`md:md_ops`",
        ),
        _secret(
            "MD_RAW_TOKEN", "MotherDuck token of the raw loader", from_secret=True, required=True
        ),
        _secret(
            "MD_ANNOT_TOKEN",
            "MotherDuck token of the Argilla push and export",
            from_secret=True,
            required=True,
        ),
        _secret(
            "MD_OPS_TOKEN",
            "MotherDuck token of the backfill ledger",
            from_secret=True,
            required=True,
        ),
        _secret(
            "MD_READ_TOKEN",
            "read-only MotherDuck token: checks, coverage, status",
            from_secret=True,
            required=True,
        ),
        _secret("MOTHERDUCK_TOKEN", "refused as any role's token (one credential for every role)"),
        _var("OCEANID_SQL_DIR", "", "folder of the SQL files (default: `sql/` beside the package)"),
        # Orchestration
        _var(
            "OCEANID_EXECUTOR",
            "in_process",
            "`in_process`, `multiprocess` or `k8s` (a pod per step)",
            "`k8s`",
        ),
        _var("OCEANID_K8S_NAMESPACE", "oceanid", "namespace of step pods"),
        _var("OCEANID_K8S_MAX_CONCURRENT", "4", "step pods of one run at a time"),
        _var("OCEANID_SENSOR_INTERVAL_SECONDS", "30", "sensor interval (the demo uses 4)"),
        _var("OCEANID_EXTRACT_WORKERS", "", "PDF extraction processes (default: CPU count)"),
        # OCR of pages without a usable text layer (docs/ocr.md)
        _var(
            "OCEANID_OCR",
            "auto",
            "`auto` (pages without a usable text layer), `always` (every page, beside its text "
            "layer) or `never`",
        ),
        _var(
            "OCEANID_OCR_ENGINE",
            "tesseract",
            "embedded engine: `tesseract` or `rapidocr`; ignored when OCEANID_OCR_URL is set",
        ),
        _var(
            "OCEANID_OCR_URL",
            "",
            "DeepSeek-OCR behind an OpenAI-compatible server (`\u2026/v1`); unset: the embedded "
            "engine",
            "the DeepSeek-OCR server (vLLM)",
        ),
        _var("OCEANID_OCR_MODEL", "", "model name on that server (required with a URL)"),
        _secret("OCEANID_OCR_API_KEY", "OCR server API key", from_secret=True),
        _var(
            "OCEANID_OCR_CONCURRENCY",
            "",
            "pages OCRed at once (default: the CPU count; 2 with a server)",
        ),
        _var("OCEANID_OCR_DPI", "300", "resolution pages are rendered at for OCR"),
        _var(
            "OCEANID_OCR_MAX_PIXELS",
            "25000000",
            "largest rendered page; a bigger page is rendered at a lower resolution",
        ),
        _var("OCEANID_OCR_TIMEOUT_S", "300", "seconds per page (embedded) or per request"),
        _var("OCEANID_OCR_MAX_ATTEMPTS", "4", "tries per page request to the OCR server"),
        # Argilla
        _required(
            "ARGILLA_API_URL",
            "the team's Argilla (unset: the local server on 127.0.0.1)",
            "the team's Argilla",
        ),
        _secret(
            "ARGILLA_API_KEY",
            "Argilla API key (unset: the local server's built-in key)",
            from_secret=True,
            required=True,
        ),
        _var("OCEANID_ARGILLA_PORT", str(LOCAL_ARGILLA_PORT), "port of the local Argilla server"),
        _var(
            "OCEANID_ARGILLA_WORKSPACE", "argilla", "workspace holding the datasets", "the team's"
        ),
        _var("OCEANID_ARGILLA_BATCH_SIZE", "250", "records per bulk upsert (1-500)"),
        _var("OCEANID_ARGILLA_CONCURRENCY", "2", "bulk requests in flight"),
        _var("OCEANID_ARGILLA_MAX_ATTEMPTS", "5", "tries per Argilla request"),
        _var("OCEANID_ARGILLA_BACKOFF_BASE_S", "0.5", "first retry delay, doubled each try"),
        _var(
            "OCEANID_ARGILLA_AUTOLOAD_MAX_ATTEMPTS",
            "8",
            "failed pushes of one records file before the autoload sensor stops retrying",
        ),
        _var("OCEANID_ANNOTATIONS_POLL_SECONDS", "60", "how often Argilla is polled for SME work"),
        _var("OCEANID_ANNOTATIONS_RECHECK_MINUTES", "60", "re-export of datasets with responses"),
        # Pre-annotation
        _var(
            "OCEANID_PREANNOTATOR",
            "all",
            "`rules`, `llm` or `all` (rules, plus the LLM when configured)",
        ),
        _var(
            "OCEANID_SUGGESTION_COVERAGE_MIN",
            "0.9",
            "share of pages with a suggestion below which the suggestions check warns",
        ),
        _var(
            "OCEANID_LLM_URL",
            "",
            "Ollama (`http://host:11434`) or OpenAI-compatible (`\u2026/v1`); unset: rules only",
            "the LLM endpoint",
        ),
        _var("OCEANID_LLM_MODEL", "", "model name (required with a URL)"),
        _secret("OCEANID_LLM_API_KEY", "LLM API key", from_secret=True),
        _var("OCEANID_LLM_API", "auto", "`auto`, `ollama` or `openai`"),
        _var("OCEANID_LLM_CONCURRENCY", "2", "LLM requests in flight"),
        _var("OCEANID_LLM_TIMEOUT_S", "120", "seconds per LLM request"),
        _var("OCEANID_LLM_MAX_CHARS_PER_CHUNK", "6000", "page text per LLM request"),
        _var("OCEANID_LLM_MAX_ATTEMPTS", "4", "tries per LLM request"),
        _var("OCEANID_LLM_BACKOFF_BASE_S", "1.0", "first LLM retry delay"),
        # Learning from SME corrections (docs/learning.md)
        _var(
            "OCEANID_RETRAIN_MIN_PAGES",
            "100",
            "newly verified pages since the last training that start a new one",
        ),
        _var(
            "OCEANID_RETRAIN_SENSOR_SECONDS",
            "300",
            "how often the retraining trigger looks at md_annotated",
        ),
        # Backfill
        _var("OCEANID_BACKFILL_MAX_ATTEMPTS", "3", "failures of a batch before it is given up"),
        _var("OCEANID_BACKFILL_BACKOFF_BASE_S", "60", "first backfill retry delay"),
        _var("OCEANID_BACKFILL_BACKOFF_MAX_S", "3600", "longest backfill retry delay"),
        _var(
            "OCEANID_BACKFILL_GRACE_S", "600", "age before the backfill launches a batch nobody ran"
        ),
        # Upload service
        _var("OCEANID_UPLOAD_PORT", "8700", "port of the upload service"),
        _secret(
            "OCEANID_UPLOAD_TOKEN",
            "bearer token the upload API requires (unset: none)",
            from_secret=True,
        ),
        _var("OCEANID_UPLOAD_MAX_BYTES", str(50 * 1024 * 1024), "largest PDF accepted"),
        _var("OCEANID_UPLOAD_MAX_FILES", "100", "files per upload request"),
        _var(
            "OCEANID_UPLOAD_MAX_HEADER_BYTES",
            "32768",
            "largest request head (request line and header lines) the upload service reads; "
            "more: 431",
        ),
        _var(
            "OCEANID_UPLOAD_MAX_HEADERS",
            "100",
            "most header fields in one request to the upload service; more: 431",
        ),
        _var(
            "OCEANID_UPLOAD_QUIET_SECONDS",
            "120",
            "quiet period before an unclosed upload batch runs",
        ),
        _var("OCEANID_UPLOAD_CORS_ORIGINS", "", "comma-separated origins allowed to upload"),
        _var(
            "OCEANID_DAGSTER_GRAPHQL_URL",
            "",
            "Dagster webserver's GraphQL endpoint: the upload service launches a closed batch's "
            "run there at once (unset: the drop sensor finds it at its next tick)",
            "http://<dagster-webserver service>/graphql",
        ),
        _var(
            "OCEANID_DAGSTER_LOCATION",
            "oceanid",
            "code location holding the ingest_batch job (workspace.yaml)",
        ),
        _var(
            "OCEANID_UPLOAD_SPOOL_DIR",
            "",
            "where uploads stream before the store (default: the local store's `.incoming`, or "
            "the temp folder)",
        ),
        # Development only (oceanid_dev)
        _var(
            "OCEANID_VESSELS_DIR",
            "",
            "demo vessel identities (default `../shared/data/vessels`; synthetic if absent)",
        ),
        _var(
            "OCEANID_ARGILLA_PYTHON",
            "",
            "Python of the local Argilla server (default `.venv-argilla`)",
        ),
        _secret("OCEANID_ARGILLA_PASSWORD", "password of the local Argilla server's owner"),
        _var("DAGSTER_HOME", "", "Dagster instance folder (default `$OCEANID_HOME/dagster`)"),
    )
}


class SettingError(ValueError):
    """A variable holds a value its setting cannot take, or production lacks settings."""


def _declared(name: str) -> Setting:
    try:
        return SETTINGS[name]
    except KeyError:
        raise KeyError(f"{name} is not declared in oceanid_assets.config.SETTINGS") from None


def is_set(name: str, env: Environ | None = None) -> bool:
    _declared(name)
    return bool((os.environ if env is None else env).get(name, "").strip())


def text(name: str, env: Environ | None = None) -> str:
    """The variable's value, or its declared default ("" when it has none)."""
    setting = _declared(name)
    value = (os.environ if env is None else env).get(name, "")
    # A secret stays exactly as set: it is compared with what Dagster's EnvVar resolves.
    return (value if setting.secret else value.strip()) or setting.default


def optional(name: str, env: Environ | None = None) -> str | None:
    return text(name, env) or None


def integer(name: str, env: Environ | None = None) -> int:
    raw = text(name, env)
    try:
        return int(raw)
    except ValueError:
        raise SettingError(f"{name}={raw!r}: expected a whole number") from None


def number(name: str, env: Environ | None = None) -> float:
    raw = text(name, env)
    try:
        return float(raw)
    except ValueError:
        raise SettingError(f"{name}={raw!r}: expected a number") from None


def env_var(name: str) -> EnvVar | None:
    """A Dagster `EnvVar` naming a set secret (the UI and run config show the name, never the
    value), or None when it is unset."""
    if not _declared(name).secret:
        raise SettingError(f"{name} is not declared secret; pass its value instead")
    from dagster import EnvVar  # here, not at the top: the local Argilla server has no Dagster

    return EnvVar(name) if is_set(name) else None


def set_default(name: str, value: str) -> None:
    """For `oceanid` commands that start Dagster: a value their child processes inherit."""
    _declared(name)
    os.environ.setdefault(name, value)


def export(name: str, value: str) -> None:
    """Set a variable for this process and the children it starts."""
    _declared(name)
    os.environ[name] = value


def child_environment() -> dict[str, str]:
    """A copy of this process's environment, for a child process the caller starts."""
    return dict(os.environ)


def profile(env: Environ | None = None) -> str:
    name = text("OCEANID_PROFILE", env).lower()
    if name not in PROFILES:
        raise SettingError(f"OCEANID_PROFILE={name!r}: expected one of {', '.join(PROFILES)}")
    return name


def missing_for_production(env: Environ | None = None) -> list[str]:
    """The production settings that are not set (all of them, not the first)."""
    return [
        setting.name
        for setting in SETTINGS.values()
        if setting.required and not is_set(setting.name, env)
    ]


def check_profile(env: Environ | None = None) -> str:
    """The profile; in production, refuse (one message naming every missing variable)."""
    name = profile(env)
    if name == "production":
        missing = missing_for_production(env)
        if missing:
            raise SettingError(
                "OCEANID_PROFILE=production but these settings are not set: "
                + ", ".join(missing)
                + ". Production never falls back to local files or the local Argilla server; "
                "set them (docs/production.md), or unset OCEANID_PROFILE for the embedded "
                "defaults."
            )
    return name


# --- what several modules derive from the variables -------------------------------------------

BATCH_ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,62}$")


class InvalidBatchId(ValueError):
    pass


def validate_batch_id(batch_id: str) -> str:
    """Return batch_id unchanged if it matches the GUIDE's pattern; raise a clear error if not.

    Called before a batch_id touches a path, a SQL string or a dataset name.
    """
    if not isinstance(batch_id, str) or not BATCH_ID_PATTERN.fullmatch(batch_id):
        raise InvalidBatchId(
            f"invalid batch_id {batch_id!r}: expected 1-63 characters of a-z, 0-9, '_' or '-', "
            "starting with a letter or digit (e.g. 'iotc-2026-03' or a lower-cased ULID)"
        )
    return batch_id


def oceanid_home() -> Path:
    return Path(text("OCEANID_HOME")).expanduser().resolve()


def store_url() -> str:
    """`s3://bucket/prefix` or a local folder (default `$OCEANID_HOME/store`)."""
    return text("OCEANID_STORE_URL") or str(oceanid_home() / "store")


def raw_db_url() -> str:
    return text("MD_RAW_URL") or str(oceanid_home() / "md_raw_ocr.duckdb")


def annotated_db_url() -> str:
    return text("MD_ANNOT_URL") or str(oceanid_home() / "md_annotated.duckdb")


def ops_db_url() -> str:
    """md_ops: the backfill's manifest and failure ledger (`md:md_ops` in production)."""
    return text("MD_OPS_URL") or str(oceanid_home() / "md_ops.duckdb")


def sql_dir() -> Path:
    configured = text("OCEANID_SQL_DIR")
    return Path(configured) if configured else Path(__file__).resolve().parents[1] / "sql"


# The demo's sensor interval. Dagster's sensor daemon passes over the sensors every 5 s and skips
# one whose last tick is younger than its interval: at exactly 5 the previous tick is usually a
# few ms younger, so every other pass skipped it and a drop waited ~5 s on average, against ~2.5 s
# below 5 (docs/performance.md).
DEMO_SENSOR_INTERVAL_SECONDS = 4


def sensor_interval_seconds() -> int:
    return integer("OCEANID_SENSOR_INTERVAL_SECONDS")


def extract_workers() -> int:
    """Processes for PDF text extraction; PDFium is not thread-safe, so parallelism is processes."""
    return (
        integer("OCEANID_EXTRACT_WORKERS")
        if is_set("OCEANID_EXTRACT_WORKERS")
        else (os.cpu_count() or 1)
    )


def argilla_api_url() -> str | None:
    """The team's Argilla (`ARGILLA_API_URL`); None: the embedded default, a local server."""
    return optional("ARGILLA_API_URL")


def argilla_api_key() -> str:
    """`ARGILLA_API_KEY`, or the built-in key of the loopback server (not a secret)."""
    return text("ARGILLA_API_KEY") or LOCAL_ARGILLA_API_KEY


def argilla_local_port() -> int:
    """Port of the local Argilla server on 127.0.0.1 (`OCEANID_ARGILLA_PORT`, default 6900)."""
    return integer("OCEANID_ARGILLA_PORT")


_LOCAL_PATH_VARS = ("OCEANID_STORE_URL", "MD_RAW_URL", "MD_ANNOT_URL", "MD_OPS_URL")


def pin_local_paths() -> None:
    """Make OCEANID_HOME (and any local store or database path set) absolute in the environment.

    Dagster's daemon, webserver and run workers run from DAGSTER_HOME, not from where `oceanid`
    was started: there a relative `./.oceanid` would name another, empty folder, and the drop
    sensor would watch a store nobody writes to.
    """
    export("OCEANID_HOME", str(oceanid_home()))
    for var in _LOCAL_PATH_VARS:
        value = text(var)
        if value and "://" not in value and not value.startswith(("md:", "motherduck:")):
            export(var, str(Path(value).expanduser().resolve()))


def markdown_table() -> str:
    """README's configuration table."""
    lines = [
        "| variable | embedded default | production | what it is |",
        "| --- | --- | --- | --- |",
    ]
    for setting in SETTINGS.values():
        default = f"`{setting.default}`" if setting.default else "unset"
        production = setting.production or "—"
        if setting.required:
            production += " (**required**)"
        lines.append(
            f"| `{setting.name}` | {default} | {production} | "
            f"{setting.description}{' (secret: EnvVar only)' if setting.secret else ''} |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    sys.stdout.write(markdown_table() + "\n")
