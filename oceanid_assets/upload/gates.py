"""Closing a batch and committing uploads into it, serialised: nothing lands after `_CLOSED`.

The drop sensor runs a batch as soon as its `_CLOSED` marker exists, so a PDF or receipt written
after the marker would miss that run (it would come back as a late document, in a second run).
An upload writes to the store only in its commit, after its whole body was read and checked;
before that it writes nothing but spool files. So it is the commit that a close must not overlap:

- An upload commits inside `committing(batch)`, which refuses (`BatchClosing`) while a close of
  that batch is under way. Inside, the caller checks the store's marker before writing, which
  catches a close that finished while the upload was still streaming its body.
- A close runs inside `closing(batch)`. From its start, uploads reaching their commit are
  refused; it then waits for the commits already under way in that batch (at most `wait_s`,
  else `BatchBusy`: nothing is closed and the close can be retried), and only then does the
  caller write the marker. A close never waits for a body still streaming in (a slow client
  could hold it for ever): that upload finds the marker at its commit and gets 409.

No lock is needed: the service runs on one asyncio event loop (uvicorn, one process), store calls
go to worker threads but this bookkeeping stays on the loop, and each check and the update after
it run with no `await` between them, so no other request can come in between.
Per process: another replica's close in progress is not seen here; its marker is (the store is
checked inside `committing`), so only a marker written during one of this process's commits,
by another process, could land before that commit's last write.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field


class BatchClosing(Exception):
    """A close of this batch is under way."""


class BatchBusy(Exception):
    """Uploads into the batch were still being written when the close stopped waiting."""

    def __init__(self, batch_id: str, writers: int) -> None:
        super().__init__(batch_id)
        self.batch_id, self.writers = batch_id, writers


@dataclass
class _Gate:
    writers: int = 0  # uploads committing into the batch
    closers: int = 0  # closes under way (two closes of one batch both wait, both write)
    idle: asyncio.Event = field(default_factory=asyncio.Event)  # set while writers == 0

    def __post_init__(self) -> None:
        self.idle.set()


class BatchGates:
    """Per-batch state of closes and commits in this process; a batch is forgotten when idle."""

    def __init__(self) -> None:
        self._gates: dict[str, _Gate] = {}

    def is_closing(self, batch_id: str) -> bool:
        gate = self._gates.get(batch_id)
        return gate is not None and gate.closers > 0

    @asynccontextmanager
    async def committing(self, batch_id: str) -> AsyncIterator[None]:
        gate = self._gate(batch_id)
        if gate.closers:
            raise BatchClosing(batch_id)
        gate.writers += 1
        gate.idle.clear()
        try:
            yield
        finally:
            gate.writers -= 1
            if gate.writers == 0:
                gate.idle.set()
            self._forget_if_idle(batch_id, gate)

    @asynccontextmanager
    async def closing(self, batch_id: str, wait_s: float) -> AsyncIterator[None]:
        gate = self._gate(batch_id)
        gate.closers += 1
        try:
            try:
                await asyncio.wait_for(gate.idle.wait(), wait_s)
            except TimeoutError:
                raise BatchBusy(batch_id, gate.writers) from None
            yield
        finally:
            gate.closers -= 1
            self._forget_if_idle(batch_id, gate)

    def _gate(self, batch_id: str) -> _Gate:
        gate = self._gates.get(batch_id)
        if gate is None:
            gate = self._gates[batch_id] = _Gate()
        return gate

    def _forget_if_idle(self, batch_id: str, gate: _Gate) -> None:
        if gate.writers == 0 and gate.closers == 0 and self._gates.get(batch_id) is gate:
            del self._gates[batch_id]

    def __len__(self) -> int:
        return len(self._gates)
