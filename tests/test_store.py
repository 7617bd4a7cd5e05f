"""Both store backends behave the same (local folder; moto's S3 server over HTTP)."""

from __future__ import annotations

import pytest

from oceanid_assets.storage.store import LocalStore, Store


def test_write_read_head(store: Store) -> None:
    stored = store.write_bytes("uploads/b1/doc.pdf", b"%PDF-1.7 hello")
    assert stored.size == 14
    assert store.read_bytes("uploads/b1/doc.pdf") == b"%PDF-1.7 hello"
    head = store.head("uploads/b1/doc.pdf")
    assert head is not None and head.size == 14 and head.version == stored.version
    assert store.head("uploads/b1/missing.pdf") is None


def test_version_changes_with_content(store: Store) -> None:
    first = store.write_bytes("ocr/b1/_SUCCESS", b"")
    second = store.write_bytes("ocr/b1/_SUCCESS", b"again")
    assert first.version != second.version


def test_list_is_sorted_and_honours_start_after(store: Store) -> None:
    for name in ["c", "a", "b", "d"]:
        store.write_bytes(f"uploads/b1/{name}.json", b"{}")
    store.write_bytes("uploads/b2/z.json", b"{}")
    keys = [o.key for o in store.list_objects("uploads/b1/")]
    assert keys == [f"uploads/b1/{n}.json" for n in "abcd"]
    after = [o.key for o in store.list_objects("uploads/b1/", start_after="uploads/b1/b.json")]
    assert after == ["uploads/b1/c.json", "uploads/b1/d.json"]
    assert list(store.list_objects("uploads/none/")) == []


def test_list_children(store: Store) -> None:
    store.write_bytes("uploads/batch-b/x.json", b"{}")
    store.write_bytes("uploads/batch-a/x.json", b"{}")
    store.write_bytes("ocr/batch-c/_SUCCESS", b"")
    assert store.list_children("uploads/") == ["batch-a", "batch-b"]
    assert store.list_children("missing/") == []


def test_local_copy_gives_a_readable_file(store: Store) -> None:
    store.write_bytes("uploads/b1/doc.pdf", b"%PDF-1.7 data")
    with store.local_copy("uploads/b1/doc.pdf") as path:
        assert path.read_bytes() == b"%PDF-1.7 data"


@pytest.mark.parametrize(
    "key", ["../escape", "uploads/../../etc/passwd", "/abs", "", "uploads/..", "uploads/b1/"]
)
def test_keys_cannot_escape_the_root(store: Store, key: str) -> None:
    with pytest.raises(ValueError, match="invalid object key"):
        store.write_bytes(key, b"x")


def test_local_store_hides_partial_writes(local_store: LocalStore) -> None:
    (local_store.root / "uploads" / "b1").mkdir(parents=True)
    (local_store.root / "uploads" / "b1" / ".doc.pdf.tmp123").write_bytes(b"half")
    assert list(local_store.list_objects("uploads/")) == []


def test_create_bytes_writes_only_a_new_key(store: Store) -> None:
    first = store.create_bytes("claims/a.json", b"first")
    assert first is not None and first.size == 5
    assert store.create_bytes("claims/a.json", b"second") is None
    assert store.read_bytes("claims/a.json") == b"first"
    assert [o.key for o in store.list_objects("claims/")] == ["claims/a.json"]  # no temp file


def test_of_racing_creates_exactly_one_wins(store: Store) -> None:
    from concurrent.futures import ThreadPoolExecutor

    def create(n: int) -> bool:
        return store.create_bytes("claims/race.json", str(n).encode()) is not None

    with ThreadPoolExecutor(max_workers=8) as pool:
        wins = list(pool.map(create, range(16)))
    assert wins.count(True) == 1
    winner = wins.index(True)
    assert store.read_bytes("claims/race.json") == str(winner).encode()
