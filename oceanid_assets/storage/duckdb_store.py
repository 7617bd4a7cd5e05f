"""DuckDB reading and writing the object store directly, with nothing downloaded at run time.

A local store is plain paths. An S3/R2 store is registered on the connection as an fsspec
filesystem for `s3://` (pyarrow's S3 client behind fsspec's ArrowFSWrapper), so
`read_parquet('s3://bucket/prefix/key')` and `COPY … TO 's3://…'` go straight to the bucket.
Why not httpfs: DuckDB would download the extension on first use (no network in the pipeline's
pods, and the PyPI build is for another DuckDB version); see docs/production.md.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import duckdb

from oceanid_assets.storage.store import Store

# Never fetch an extension mid-run: an unregistered scheme fails fast instead of reaching out
# to extensions.duckdb.org (and a cached httpfs never shadows the registered filesystem).
_NO_EXTENSION_DOWNLOADS = (
    "SET autoinstall_known_extensions = false",
    "SET autoload_known_extensions = false",
)


def register_store(conn: duckdb.DuckDBPyConnection, store: Store) -> None:
    """Give `conn` direct access to `store`'s keys as `store.duckdb_uri(key)`."""
    for statement in _NO_EXTENSION_DOWNLOADS:
        conn.execute(statement)
    filesystem = store.duckdb_filesystem()
    if filesystem is None:
        return
    protocol = str(filesystem.protocol)
    # Filesystems belong to the database instance: replace one registered for another store.
    if protocol in conn.list_filesystems():
        conn.unregister_filesystem(protocol)
    conn.register_filesystem(filesystem)


@contextmanager
def store_connection(store: Store) -> Iterator[duckdb.DuckDBPyConnection]:
    """An in-memory DuckDB connection that reads and writes `store` directly."""
    with duckdb.connect(":memory:") as conn:
        register_store(conn, store)
        yield conn
