"""Load test of the web service on loopback (#7), bounded in time.

`standout serve` runs the app in a subprocess (SQLite in a temporary folder, rate limits off);
asyncio clients post the ~300-word example resume as fast as they can, for about five seconds
per level, at 1, 8 and 32 concurrent clients, each on one keep-alive connection.
"Uncached" changes one line of the resume on every request, so every request is analysed;
"cached" sends the same resume, so the report comes from the result cache. The clients
share the machine with the server, so the figures are a floor of what the server does
alone; the clients' own CPU per request is reported beside the server's, and so is the
machine's load average.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Coroutine
from dataclasses import dataclass
from itertools import count
from pathlib import Path
from typing import Any, TypeVar

from benchmarks.common import Row

SECONDS_PER_LEVEL = 5.0
LEVELS = (1, 8, 32)
RESUME = Path(__file__).parents[1] / "examples" / "backend-resume.md"
WORKERS = int(os.environ.get("STANDOUT_BENCH_WORKERS", "2"))

T = TypeVar("T")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _prepare(folder: Path) -> tuple[dict[str, str], str]:
    """A migrated database with one account; returns the server's environment and key."""
    from standout.service.db import Database
    from standout.service.migrations import upgrade
    from standout.service.users.service import create_account

    url = f"sqlite:///{folder / 'bench.sqlite3'}"
    database = Database(url)
    upgrade(database.engine)
    with database.session() as session:
        _, issued = create_account(session=session, email="bench@example.com")
    database.dispose()
    env = {
        **os.environ,
        "STANDOUT_DATABASE_URL": url,
        "STANDOUT_RATE_LIMIT_PER_MINUTE": "0",
        "STANDOUT_LOG_LEVEL": "WARNING",
        "STANDOUT_CACHE_MAX_ENTRIES": "256",
    }
    env.pop("STANDOUT_REDIS_URL", None)
    return env, issued.secret


def _start(env: dict[str, str], port: int) -> subprocess.Popen[bytes]:
    import httpx

    # What a user runs: with several workers `standout serve` gives each its own socket.
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "standout",
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            str(WORKERS),
        ],  # fmt: skip
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=1).status_code == 200:
                return process
        except httpx.TransportError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("the service did not start within 60 s")


class _Connection:
    """One keep-alive HTTP/1.1 connection that posts JSON and reads the answer.

    Hand-written on asyncio streams: a general client (httpx) spends more CPU per request
    than the server does, and the clients share the machine's cores with the server.
    """

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._reader = reader
        self._writer = writer

    @classmethod
    async def open(cls, host: str, port: int) -> _Connection:
        reader, writer = await asyncio.open_connection(host, port, limit=1 << 20)
        return cls(reader, writer)

    async def post(self, head: bytes, body: bytes) -> tuple[bytes, bytes]:
        """The response's head (status line and headers) and its body."""
        self._writer.write(head + b"Content-Length: %d\r\n\r\n" % len(body) + body)
        response_head = await self._reader.readuntil(b"\r\n\r\n")
        found = _CONTENT_LENGTH.search(response_head)
        length = int(found.group(1)) if found else 0
        return response_head, await self._reader.readexactly(length)

    def close(self) -> None:
        self._writer.close()


_CONTENT_LENGTH = re.compile(rb"(?i)\r\ncontent-length: *(\d+)")


# One count for every level: a serial number used again at the next level would make its
# "uncached" requests cache hits (each level used to count from 0 again).
_SERIALS = count()


def _request_head(port: int, key: str) -> bytes:
    return (
        f"POST /api/v1/analyses HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
        f"Authorization: Bearer {key}\r\nContent-Type: application/json\r\n"
    ).encode("ascii")


async def _load(
    port: int, key: str, clients: int, text: str, *, vary: bool
) -> tuple[float, list[float]]:
    """(requests per second, latencies in seconds) of ``clients`` concurrent clients."""
    latencies: list[float] = []
    head = _request_head(port, key)
    same_body = json.dumps({"text": text, "filename": "cv.md"}).encode("utf-8")
    # The varied body is the same JSON with a serial number: encoded once, around a mark.
    marked = {"text": text + "\n\nReference \x00\n", "filename": "cv.md"}
    before, after = json.dumps(marked).encode("utf-8").split(b"\\u0000")
    connections = [await _Connection.open("127.0.0.1", port) for _ in range(clients)]

    # Past the warm-up, every answer must be a new analysis (uncached) or a cache hit.
    expected = b"\r\nx-standout-cache: " + (b"miss" if vary else b"hit")
    checked = False

    async def one(connection: _Connection) -> None:
        body = same_body
        if vary:
            body = b"%s%d%s" % (before, next(_SERIALS), after)
        started = time.perf_counter()
        response_head, answer = await connection.post(head, body)
        if not response_head.startswith(b"HTTP/1.1 201 ") or not answer.endswith(b"}"):
            raise RuntimeError(f"{response_head[:12]!r}: {answer[:200]!r}")
        if checked and expected not in response_head:
            raise RuntimeError(f"not {expected[2:]!r}: {response_head!r}")
        latencies.append(time.perf_counter() - started)

    try:
        for connection in connections:  # warm up: connections, caches, the first analysis
            await one(connection)
        latencies.clear()
        checked = True
        stop = time.perf_counter() + SECONDS_PER_LEVEL

        async def client(connection: _Connection) -> None:
            while time.perf_counter() < stop:
                await one(connection)

        started = time.perf_counter()
        await asyncio.gather(*(client(connection) for connection in connections))
        elapsed = time.perf_counter() - started
    finally:
        for connection in connections:
            connection.close()
    return len(latencies) / elapsed, latencies


def _run(load: Coroutine[Any, Any, T]) -> T:
    """Run the clients on uvloop when it is installed (the server's own event loop): half
    the CPU of asyncio's, and the clients share the machine with the server."""
    try:
        import uvloop
    except ImportError:
        return asyncio.run(load)
    return uvloop.run(load)


def _server_cpu_seconds(pid: int) -> float:
    """CPU time (user + system) used so far by the server and its worker processes."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(entry.name) == pid or int(fields[1]) == pid:  # fields[1]: the parent's pid
            total += (int(fields[11]) + int(fields[12])) / ticks
    return total


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


@dataclass(frozen=True, slots=True)
class _Level:
    rate: float  # analyses per second
    latencies: list[float]  # seconds
    server_cpu_ms: float  # server CPU per analysis
    client_cpu_ms: float  # the load generator's own CPU per analysis


def _rows(label: str, clients: int, level: _Level, targets: dict[str, str]) -> list[Row]:
    name = f"{label}, {clients} client{'s' if clients > 1 else ''}"
    p50 = statistics.median(level.latencies) * 1000
    p99 = _percentile(level.latencies, 0.99) * 1000
    return [
        Row("service", f"{name}: analyses/s", level.rate, "1/s", targets.get("rate", "")),
        Row("service", f"{name}: p50 latency", p50, "ms"),
        Row("service", f"{name}: p99 latency", p99, "ms", targets.get("p99", "")),
        Row("service", f"{name}: server CPU per analysis", level.server_cpu_ms, "ms"),
        Row("service", f"{name}: client CPU per analysis", level.client_cpu_ms, "ms"),
    ]


def _level(port: int, key: str, pid: int, clients: int, text: str, *, vary: bool) -> _Level:
    server_before, client_before = _server_cpu_seconds(pid), time.process_time()
    rate, latencies = _run(_load(port, key, clients, text, vary=vary))
    server = _server_cpu_seconds(pid) - server_before
    client = time.process_time() - client_before
    # The warm-up requests are in the CPU time too: a small overestimate.
    requests = len(latencies) + clients
    return _Level(rate, latencies, server / requests * 1000, client / requests * 1000)


def run(shared: Path | None) -> list[Row]:
    text = RESUME.read_text(encoding="utf-8")
    cores = os.cpu_count() or 1
    rows: list[Row] = [
        Row("service", f"server workers, own sockets ({cores} cores)", f"{WORKERS}", ""),
        Row("service", "load average when started (1 min)", os.getloadavg()[0], ""),
    ]
    with tempfile.TemporaryDirectory() as folder:
        env, key = _prepare(Path(folder))
        port = _free_port()
        process = _start(env, port)
        try:
            for clients in LEVELS:
                level = _level(port, key, process.pid, clients, text, vary=True)
                targets = {"rate": ">= 200/s", "p99": "<= 100 ms"} if clients == 8 else {}
                rows += _rows("text resume, uncached", clients, level, targets)
            for clients in LEVELS:
                level = _level(port, key, process.pid, clients, text, vary=False)
                targets = {"rate": ">= 1,000/s"} if clients == 8 else {}
                rows += _rows("text resume, cached", clients, level, targets)
        finally:
            process.terminate()
            process.wait(timeout=20)
    rows.append(Row("service", "load average when done (1 min)", os.getloadavg()[0], ""))
    return rows
