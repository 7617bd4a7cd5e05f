"""MotherDuck credentials, one per role (seed 000 phase 0: least privilege).

- `raw` (MD_RAW_TOKEN): the raw loader, read-write on md_raw_ocr only.
- `annotated` (MD_ANNOT_TOKEN): the Argilla push and annotations export, read-write on
  md_annotated only.
- `ops` (MD_OPS_TOKEN): the backfill and the failure-ledger sensors, read-write on md_ops only.
- `read` (MD_READ_TOKEN): a read-only (read scaling) token for the integrity checks, the audit,
  coverage and the upload service's status; they attach both databases in one connection.

A token travels only in DuckDB's connection config (`motherduck_token`), never in a URL, SQL
text, run config or a message: errors name the variable, and a driver error that echoes the
token is rewritten without it. Local DuckDB files take no token.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import duckdb

from oceanid_assets import config

ROLE_TOKEN_VARS = {
    "raw": "MD_RAW_TOKEN",
    "annotated": "MD_ANNOT_TOKEN",
    "ops": "MD_OPS_TOKEN",
    "read": "MD_READ_TOKEN",
}
ROLE_PURPOSE = {
    "raw": "the raw loader's read-write token for md_raw_ocr",
    "annotated": "the Argilla push / annotations export's read-write token for md_annotated",
    "ops": "the backfill's read-write token for md_ops (manifest and failure ledger)",
    "read": "the read-only (read scaling) token of the checks, coverage and status readers",
}
WRITER_DATABASE_URL: Mapping[str, Callable[[], str]] = {
    "raw": config.raw_db_url,
    "annotated": config.annotated_db_url,
    "ops": config.ops_db_url,
}
# The extension's own fallback: any md: connection opened without a token gets this one.
EXTENSION_DEFAULT_VAR = "MOTHERDUCK_TOKEN"
REDACTED = "<redacted>"


class MotherDuckTokenError(ValueError):
    """A role's MotherDuck token is missing, shared with another role, or from the wrong place.

    The message names variables, never values.
    """


class MotherDuckConnectError(duckdb.Error):
    """Connecting or attaching failed; the driver's message, with any token removed."""


def is_motherduck(url: str) -> bool:
    return url.startswith(("md:", "motherduck:"))


def role_token(role: str, token: str | None, database: str) -> str:
    """`token` if it is `role`'s own (the value of its variable, used by no other role)."""
    if role not in ROLE_TOKEN_VARS:
        raise MotherDuckTokenError(
            f"{database}: unknown MotherDuck role {role!r}; expected one of "
            f"{', '.join(sorted(ROLE_TOKEN_VARS))}"
        )
    var = ROLE_TOKEN_VARS[role]
    if not token:
        raise MotherDuckTokenError(
            f"{database} needs {var} ({ROLE_PURPOSE[role]}), which is not set." + _shared_hint(role)
        )
    others = [v for r, v in ROLE_TOKEN_VARS.items() if r != role]
    if role != "read":
        # The extension hands MOTHERDUCK_TOKEN to every md: connection that brings none (a
        # plain duckdb.connect anywhere in the process): a writer's token there leaks its rights.
        others.append(EXTENSION_DEFAULT_VAR)
    for other in others:
        if config.text(other) == token:
            raise MotherDuckTokenError(
                f"{database}: the {role} role's token is also the value of {other}; each role "
                f"needs its own token ({var}: {ROLE_PURPOSE[role]}), so one role's credentials "
                "never reach another role's connection"
            )
    if config.text(var) != token:
        raise MotherDuckTokenError(
            f"{database}: the {role} role's token does not come from {var}; tokens are read "
            "from the environment only (a Dagster EnvVar), never from config or code"
        )
    return token


def writer_token(role: str | None, token: str | None, database: str) -> str:
    """The loader's token for its own database; refused for the other loader's database."""
    if role is None or role not in WRITER_DATABASE_URL:
        raise MotherDuckTokenError(
            f"{database}: a MotherDuck writer needs role 'raw' (MD_RAW_TOKEN), 'annotated' "
            f"(MD_ANNOT_TOKEN) or 'ops' (MD_OPS_TOKEN), got {role!r}"
        )
    for other, url in WRITER_DATABASE_URL.items():
        if other != role and url() == database:
            raise MotherDuckTokenError(
                f"{database} is the {other} role's database: the {role} role's token "
                f"({ROLE_TOKEN_VARS[role]}) is never used on it"
            )
    return role_token(role, token, database)


def read_token(database: str, token: str | None = None) -> str:
    """The read-only paths' token (checks, audit, coverage, sensors, upload status): `token`,
    or MD_READ_TOKEN from the environment when none is given."""
    given = token if token is not None else config.optional(ROLE_TOKEN_VARS["read"])
    return role_token("read", given, database)


def _shared_hint(role: str) -> str:
    if role == "read" or not config.is_set(EXTENSION_DEFAULT_VAR):
        return ""
    return (
        f" {EXTENSION_DEFAULT_VAR} is set but is not accepted for writers: it is one credential "
        "for every role (so a loader holding it could write the other loader's database), and "
        "DuckDB's MotherDuck extension gives it to any md: connection that brings no token."
    )


def redact(text: str, token: str) -> str:
    return text.replace(token, REDACTED) if token else text


def redacted_error(exc: BaseException, token: str, what: str) -> MotherDuckConnectError:
    """The error to raise, outside the handler, instead of `exc` (whose text may hold the token)."""
    return MotherDuckConnectError(f"{what}: {type(exc).__name__}: {redact(str(exc), token)}")


def connect(
    database: str, token: str, *, read_only: bool = False, config: Mapping[str, Any] | None = None
) -> duckdb.DuckDBPyConnection:
    """duckdb.connect with the token in the connection config only."""
    settings = dict(config or {})
    if any(key.lower() == "motherduck_token" for key in settings):
        raise MotherDuckTokenError(
            f"{database}: motherduck_token in connection_config is refused (it would sit in "
            "run config and the UI); the token comes from the role's environment variable"
        )
    settings["motherduck_token"] = token
    try:
        return duckdb.connect(database, read_only=read_only, config=settings)
    except Exception as exc:
        failure = redacted_error(exc, token, f"could not connect to {database}")
    # Raised outside the handler: no __context__ carries the original (token-bearing) error
    # into tracebacks or Dagster's serialized error chain.
    raise failure
