"""The object store: one root that is either a local folder or `s3://bucket/prefix` (R2, S3).

Keys are always `/`-separated and relative to the root (`uploads/<batch_id>/<doc_id>.pdf`).
Listings come back in key order, as S3 returns them, so `start_after` means the same on both.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import pyarrow as pa
import pyarrow.parquet as pq

if TYPE_CHECKING:
    import pyarrow.fs as pafs
    from fsspec import AbstractFileSystem
    from mypy_boto3_s3 import S3Client


@dataclass(frozen=True)
class StoredObject:
    key: str
    size: int
    version: str  # changes whenever the content may have changed (S3 ETag; local mtime+size)


class Store(Protocol):
    url: str

    def list_objects(self, prefix: str, start_after: str = "") -> Iterator[StoredObject]: ...
    def list_children(self, prefix: str) -> list[str]: ...
    def head(self, key: str) -> StoredObject | None: ...
    def read_bytes(self, key: str) -> bytes: ...
    def write_bytes(self, key: str, data: bytes) -> StoredObject: ...
    def create_bytes(self, key: str, data: bytes) -> StoredObject | None: ...
    def local_copy(self, key: str) -> AbstractContextManager[Path]: ...
    def duckdb_uri(self, key: str) -> str: ...
    def duckdb_filesystem(self) -> AbstractFileSystem | None: ...


def _check_key(key: str) -> str:
    parts = key.split("/")
    if not key or key.startswith("/") or any(p in ("", ".", "..") for p in parts):
        raise ValueError(f"invalid object key {key!r}")
    return key


def _complete_temp_file(path: Path, data: bytes) -> str:
    """A hidden temp file beside `path` holding all of `data`, to rename or link into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp


class LocalStore:
    """A folder on disk. Writes go to a hidden temp file then rename, so readers never see half."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root).expanduser().resolve()
        self.url = str(self.root)

    def _path(self, key: str) -> Path:
        return self.root / _check_key(key)

    def list_objects(self, prefix: str, start_after: str = "") -> Iterator[StoredObject]:
        base = self.root / prefix.rstrip("/") if prefix.rstrip("/") else self.root
        if not base.is_dir():
            return
        keys: list[str] = []
        for dirpath, dirnames, filenames in os.walk(base):
            dirnames[:] = [d for d in dirnames if not d.startswith(".")]
            rel = Path(dirpath).relative_to(self.root).as_posix()
            rel = "" if rel == "." else rel + "/"
            keys.extend(rel + name for name in filenames if not name.startswith("."))
        # Names only until here: objects at or before start_after are never stat'ed.
        for key in sorted(k for k in keys if k > start_after and k.startswith(prefix)):
            try:
                stat = (self.root / key).stat()
            except FileNotFoundError:
                continue
            yield StoredObject(key, stat.st_size, f"{stat.st_mtime_ns:x}-{stat.st_size:x}")

    def list_children(self, prefix: str) -> list[str]:
        base = self.root / prefix
        if not base.is_dir():
            return []
        return sorted(e.name for e in os.scandir(base) if e.is_dir() and not e.name.startswith("."))

    def head(self, key: str) -> StoredObject | None:
        try:
            stat = self._path(key).stat()
        except FileNotFoundError:
            return None
        return StoredObject(key, stat.st_size, f"{stat.st_mtime_ns:x}-{stat.st_size:x}")

    def read_bytes(self, key: str) -> bytes:
        return self._path(key).read_bytes()

    def write_bytes(self, key: str, data: bytes) -> StoredObject:
        path = self._path(key)
        tmp = _complete_temp_file(path, data)
        try:
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        stored = self.head(key)
        assert stored is not None
        return stored

    def create_bytes(self, key: str, data: bytes) -> StoredObject | None:
        """Write `key` only if it does not exist (None if it does), atomically: a hard link
        of the complete temp file fails if the name is taken, so of two racing writers exactly
        one wins, and no reader sees half."""
        path = self._path(key)
        tmp = _complete_temp_file(path, data)
        try:
            os.link(tmp, path)
        except FileExistsError:
            return None
        finally:
            Path(tmp).unlink(missing_ok=True)
        return self.head(key)

    @contextmanager
    def local_copy(self, key: str) -> Iterator[Path]:
        yield self._path(key)

    def duckdb_uri(self, key: str) -> str:
        """The path DuckDB reads or writes for `key` (a plain file: no filesystem to register).

        Its folder is created, as S3 needs none for a COPY TO. A DuckDB write here is in place,
        not write-then-rename like write_bytes: the assets write store objects with
        write_parquet and use this for reads.
        """
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        return str(path)

    def duckdb_filesystem(self) -> AbstractFileSystem | None:
        return None


class S3Store:
    """An S3-compatible bucket (AWS S3, Cloudflare R2, moto in tests) under an optional prefix."""

    def __init__(
        self, url: str, client: S3Client, arrow_fs: pafs.S3FileSystem | None = None
    ) -> None:
        if not url.startswith("s3://"):
            raise ValueError(f"not an s3:// URL: {url!r}")
        bucket, _, prefix = url[len("s3://") :].partition("/")
        if not bucket:
            raise ValueError(f"no bucket in store URL {url!r}")
        self.url = url
        self.bucket = bucket
        self.prefix = prefix.strip("/") + "/" if prefix.strip("/") else ""
        self.client = client
        self._arrow_fs = arrow_fs

    def list_objects(self, prefix: str, start_after: str = "") -> Iterator[StoredObject]:
        kwargs: dict[str, Any] = {"Bucket": self.bucket, "Prefix": self.prefix + prefix}
        if start_after:
            kwargs["StartAfter"] = self.prefix + start_after
        for page in self.client.get_paginator("list_objects_v2").paginate(**kwargs):
            for obj in page.get("Contents", []):
                key = obj["Key"][len(self.prefix) :]
                yield StoredObject(key, obj["Size"], obj["ETag"].strip('"'))

    def list_children(self, prefix: str) -> list[str]:
        names: list[str] = []
        paginator = self.client.get_paginator("list_objects_v2")
        full = self.prefix + prefix
        for page in paginator.paginate(Bucket=self.bucket, Prefix=full, Delimiter="/"):
            names.extend(
                p["Prefix"][len(full) :].rstrip("/") for p in page.get("CommonPrefixes", [])
            )
        return sorted(names)

    def head(self, key: str) -> StoredObject | None:
        try:
            obj = self.client.head_object(Bucket=self.bucket, Key=self.prefix + _check_key(key))
        except self.client.exceptions.ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in ("404", "NoSuchKey", "NotFound"):
                return None
            raise
        return StoredObject(key, obj["ContentLength"], obj["ETag"].strip('"'))

    def read_bytes(self, key: str) -> bytes:
        body = self.client.get_object(Bucket=self.bucket, Key=self.prefix + _check_key(key))["Body"]
        return body.read()

    def write_bytes(self, key: str, data: bytes) -> StoredObject:
        result = self.client.put_object(
            Bucket=self.bucket, Key=self.prefix + _check_key(key), Body=data
        )
        return StoredObject(key, len(data), result["ETag"].strip('"'))

    def create_bytes(self, key: str, data: bytes) -> StoredObject | None:
        """Write `key` only if it does not exist (None if it does): a conditional PUT
        (`If-None-Match: *`, honoured by S3, R2 and moto), so of two racing writers exactly
        one wins."""
        try:
            result = self.client.put_object(
                Bucket=self.bucket, Key=self.prefix + _check_key(key), Body=data, IfNoneMatch="*"
            )
        except self.client.exceptions.ClientError as exc:
            # 412: the key exists; 409: another conditional write to it is in flight.
            if exc.response.get("Error", {}).get("Code") in (
                "PreconditionFailed",
                "ConditionalRequestConflict",
            ):
                return None
            raise
        return StoredObject(key, len(data), result["ETag"].strip('"'))

    @contextmanager
    def local_copy(self, key: str) -> Iterator[Path]:
        tmpdir = tempfile.mkdtemp(prefix="oceanid-")
        try:
            path = Path(tmpdir) / Path(key).name
            try:
                self.client.download_file(self.bucket, self.prefix + _check_key(key), str(path))
            except self.client.exceptions.ClientError as exc:
                # As LocalStore: a missing object is FileNotFoundError, whatever the backend.
                if exc.response.get("Error", {}).get("Code") in ("404", "NoSuchKey", "NotFound"):
                    raise FileNotFoundError(f"{key}: no such object in {self.url}") from exc
                raise
            yield path
        finally:
            shutil.rmtree(tmpdir, ignore_errors=True)

    def duckdb_uri(self, key: str) -> str:
        """`s3://bucket/prefix/key`: what DuckDB reads once `duckdb_filesystem()` is registered."""
        return f"s3://{self.bucket}/{self.prefix}{_check_key(key)}"

    def duckdb_filesystem(self) -> AbstractFileSystem:
        """The bucket as an fsspec filesystem for `s3://` (protocol "s3"), over pyarrow's C++ S3
        client: DuckDB reads byte ranges through it and writes multipart uploads, with no
        extension (httpfs) to download. Without explicit settings it takes the boto3 client's
        endpoint and region and the standard AWS credential chain (env, ~/.aws, instance role).
        """
        import pyarrow.fs as pafs
        from fsspec.implementations.arrow import ArrowFSWrapper

        arrow_fs = self._arrow_fs or pafs.S3FileSystem(
            region=self.client.meta.region_name,
            endpoint_override=self.client.meta.endpoint_url,
        )
        return ArrowFSWrapper(arrow_fs)


def write_parquet(store: Store, key: str, table: pa.Table) -> StoredObject:
    buffer = pa.BufferOutputStream()
    pq.write_table(table, buffer, compression="zstd")
    return store.write_bytes(key, buffer.getvalue().to_pybytes())


def read_parquet(store: Store, key: str) -> pa.Table:
    return pq.read_table(pa.BufferReader(store.read_bytes(key)))
