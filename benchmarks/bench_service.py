"""Load test of the web service on loopback (#7), bounded in time.

uvicorn serves the app in a subprocess (SQLite in a temporary folder, rate limits off);
asyncio clients (httpx) post a ~700-word text resume as fast as they can, for about five
seconds per level, at 1, 8 and 32 concurrent clients. "Uncached" changes one line of the
resume on every request, so every request is analysed; "cached" sends the same resume, so
the report comes from the result cache. The clients share the machine with the server, so
the figures are a floor of what the server does alone.
"""

from __future__ import annotations

import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from itertools import count
from pathlib import Path

from benchmarks.common import Row

SECONDS_PER_LEVEL = 5.0
LEVELS = (1, 8, 32)
RESUME = Path(__file__).parents[1] / "examples" / "backend-resume.md"
WORKERS = int(os.environ.get("STANDOUT_BENCH_WORKERS", "2"))


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

    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "--factory",
            "standout.service.app:app_from_environment",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            str(WORKERS),
            "--log-level",
            "warning",
            "--no-access-log",
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


async def _load(
    base: str, key: str, clients: int, text: str, *, vary: bool
) -> tuple[float, list[float]]:
    """(requests per second, latencies in seconds) of ``clients`` concurrent clients."""
    import httpx

    serial = count()
    latencies: list[float] = []
    headers = {"Authorization": f"Bearer {key}"}
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, headers=headers, limits=limits, timeout=30) as http:

        async def one() -> None:
            body = text + f"\n\nReference {next(serial)}\n" if vary else text
            started = time.perf_counter()
            response = await http.post("/api/v1/analyses", json={"text": body, "filename": "cv.md"})
            if response.status_code != 201:
                raise RuntimeError(f"{response.status_code}: {response.text[:200]}")
            latencies.append(time.perf_counter() - started)

        for _ in range(clients):  # warm up: connections, caches, the first analysis
            await one()
        latencies.clear()
        stop = time.perf_counter() + SECONDS_PER_LEVEL

        async def client() -> None:
            while time.perf_counter() < stop:
                await one()

        started = time.perf_counter()
        await asyncio.gather(*(client() for _ in range(clients)))
        elapsed = time.perf_counter() - started
    return len(latencies) / elapsed, latencies


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


def _rows(
    label: str,
    clients: int,
    measured: tuple[float, list[float], float],
    targets: dict[str, str],
) -> list[Row]:
    rate, latencies, cpu_ms = measured
    name = f"{label}, {clients} client{'s' if clients > 1 else ''}"
    p50, p99 = statistics.median(latencies) * 1000, _percentile(latencies, 0.99) * 1000
    return [
        Row("service", f"{name}: analyses/s", rate, "1/s", targets.get("rate", "")),
        Row("service", f"{name}: p50 latency", p50, "ms"),
        Row("service", f"{name}: p99 latency", p99, "ms", targets.get("p99", "")),
        Row("service", f"{name}: server CPU per analysis", cpu_ms, "ms"),
    ]


def _level(
    base: str, key: str, pid: int, clients: int, text: str, *, vary: bool
) -> tuple[float, list[float], float]:
    """(analyses/s, latencies, server CPU milliseconds per analysis) of one level."""
    before = _server_cpu_seconds(pid)
    rate, latencies = asyncio.run(_load(base, key, clients, text, vary=vary))
    cpu = _server_cpu_seconds(pid) - before
    # The warm-up requests are in the CPU time too: a small overestimate.
    return rate, latencies, cpu / (len(latencies) + clients) * 1000


def run(shared: Path | None) -> list[Row]:
    text = RESUME.read_text(encoding="utf-8")
    rows: list[Row] = [Row("service", "uvicorn workers (2 cores)", f"{WORKERS}", "")]
    with tempfile.TemporaryDirectory() as folder:
        env, key = _prepare(Path(folder))
        port = _free_port()
        process = _start(env, port)
        base = f"http://127.0.0.1:{port}"
        try:
            for clients in LEVELS:
                measured = _level(base, key, process.pid, clients, text, vary=True)
                targets = {"rate": ">= 200/s", "p99": "<= 100 ms"} if clients == 8 else {}
                rows += _rows("text resume, uncached", clients, measured, targets)
            for clients in LEVELS:
                measured = _level(base, key, process.pid, clients, text, vary=False)
                targets = {"rate": ">= 1,000/s"} if clients == 8 else {}
                rows += _rows("text resume, cached", clients, measured, targets)
        finally:
            process.terminate()
            process.wait(timeout=20)
    return rows
