"""A fault-injecting TCP proxy on 127.0.0.1 for the sync tests.

Each accepted connection draws its fate from a seeded RNG (so a run is reproducible):
pass through, drop at once, delay then pass, cut the request part-way, or cut the response
part-way (the collector has stored the batch, the station never hears the ack). After
``max_faults`` faults every connection passes, so a test always terminates.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import threading
from collections import Counter

FATES = ("pass", "drop", "delay", "cut_request", "cut_response")


class FaultProxy:
    """Forwards ``127.0.0.1:<port>`` to ``127.0.0.1:<upstream_port>``, with faults."""

    def __init__(self, upstream_port: int, seed: int = 1, fault_rate: float = 0.5,
                 max_faults: int = 40, max_delay: float = 0.3) -> None:
        self.upstream_port = upstream_port
        self._rng = random.Random(seed)
        self.fault_rate = fault_rate
        self.max_faults = max_faults
        self.max_delay = max_delay
        self.fates: Counter[str] = Counter()
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._server: asyncio.base_events.Server | None = None
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._ready = threading.Event()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FaultProxy:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._listen(), self._loop).result(10)
        return self

    def stop(self) -> None:
        async def close() -> None:
            if self._server is not None:
                self._server.close()
            for task in asyncio.all_tasks():
                if task is not asyncio.current_task():
                    task.cancel()

        asyncio.run_coroutine_threadsafe(close(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    async def _listen(self) -> None:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]

    def _fate(self) -> tuple[str, float, int]:
        faults = sum(n for fate, n in self.fates.items() if fate != "pass")
        roll = self._rng.random()
        delay = self._rng.uniform(0.01, self.max_delay)
        cut = self._rng.randint(1, 4000)
        if faults >= self.max_faults or roll >= self.fault_rate:
            fate = "pass"
        else:
            fate = FATES[1 + self._rng.randrange(len(FATES) - 1)]
        self.fates[fate] += 1
        return fate, delay, cut

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        fate, delay, cut = self._fate()
        upstream_writer = None
        try:
            if fate == "drop":
                return
            if fate == "delay":
                await asyncio.sleep(delay)
            try:
                up_reader, upstream_writer = await asyncio.open_connection(
                    "127.0.0.1", self.upstream_port)
            except OSError:
                return  # collector down: the station sees a dropped connection
            request_limit = cut if fate == "cut_request" else None
            response_limit = cut if fate == "cut_response" else None
            await asyncio.gather(
                _pipe(reader, upstream_writer, request_limit),
                _pipe(up_reader, writer, response_limit),
            )
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            for w in (writer, upstream_writer):
                if w is not None:
                    with contextlib.suppress(Exception):
                        w.close()


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                limit: int | None) -> None:
    """Copy until EOF, or until ``limit`` bytes, then cut both directions hard."""
    sent = 0
    try:
        while True:
            chunk = await reader.read(16384)
            if not chunk:
                break
            if limit is not None and sent + len(chunk) >= limit:
                writer.write(chunk[: max(0, limit - sent)])
                await writer.drain()
                writer.transport.abort()
                return
            sent += len(chunk)
            writer.write(chunk)
            await writer.drain()
        if writer.can_write_eof():
            writer.write_eof()
    except (ConnectionError, OSError):
        writer.transport.abort()
