"""``standout serve --workers N``: every worker takes its share of connections (#7).

Runs the real command in a subprocess on a free port, with a migrated SQLite database.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from standout.service.workers import balanced_workers_supported

pytestmark = pytest.mark.skipif(
    not balanced_workers_supported(), reason="SO_REUSEPORT balancing is Linux-only"
)
CONNECTIONS = 16


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _environment(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("STANDOUT_")}
    env["STANDOUT_DATABASE_URL"] = f"sqlite:///{tmp_path / 'workers.sqlite3'}"
    subprocess.run(
        [sys.executable, "-m", "standout", "db", "upgrade"], env=env, check=True, cwd=tmp_path
    )
    return env


def _workers(pid: int) -> list[int]:
    """The server processes of ``pid`` (not multiprocessing's resource tracker)."""
    found = [int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    return [c for c in found if b"resource_tracker" not in Path(f"/proc/{c}/cmdline").read_bytes()]


def _established_on(pid: int, port: int) -> int:
    """How many established TCP connections to ``port`` process ``pid`` holds."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    count = 0
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        local_port = int(fields[1].split(":")[1], 16)
        if local_port == port and fields[3] == "01" and fields[9] in inodes:  # 01: ESTABLISHED
            count += 1
    return count


def _wait_ready(port: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()[1].decode()
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.2)
    raise AssertionError("the service did not start within 60 s")


def test_two_workers_share_the_connections_and_stop_cleanly(tmp_path: Path) -> None:
    env = _environment(tmp_path)
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "standout", "serve", "--workers", "2", "--port", str(port)],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    clients: list[socket.socket] = []
    workers: list[int] = []
    try:
        _wait_ready(port, process)
        workers = _workers(process.pid)
        assert len(workers) == 2
        # Keep-alive clients that connect together: with one shared socket the first worker
        # to wake accepts them all; with a socket each the kernel spreads them.
        for _ in range(CONNECTIONS):
            clients.append(socket.create_connection(("127.0.0.1", port)))
        for client in clients:
            client.sendall(f"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode())
        for client in clients:
            assert client.recv(65536).startswith(b"HTTP/1.1 200 ")
        held = [_established_on(worker, port) for worker in workers]
        assert sum(held) == CONNECTIONS
        assert min(held) >= 1, f"connections per worker: {held}"
    finally:
        for client in clients:
            client.close()
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=60)
    assert process.returncode == 0, stderr.decode()
    assert "Traceback" not in stderr.decode()
    for worker in workers:
        assert not Path(f"/proc/{worker}").exists() or "Z" in _state(worker)


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2]
    except OSError:
        return "gone"


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_port_in_use_is_one_coded_line(tmp_path: Path, workers: str) -> None:
    """Said before anything is made or announced, with one worker too."""
    env = _environment(tmp_path)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "standout", "serve", "--workers", workers, "--port", str(port)],
            env=env,
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == 1
    assert "[E304]" in result.stderr and "Traceback" not in result.stderr
    assert "serving" not in result.stderr


def test_a_second_server_on_the_same_port_is_refused(tmp_path: Path) -> None:
    """SO_REUSEPORT lets any process of the user bind the port: two servers, each with its
    own database, would share the connections (a key valid on one, refused on the other)."""
    first_folder, second_folder = tmp_path / "first", tmp_path / "second"
    first_folder.mkdir()
    second_folder.mkdir()
    port = _free_port()
    command = [sys.executable, "-m", "standout", "serve", "--workers", "2", "--port", str(port)]
    first = subprocess.Popen(
        command, env=_environment(first_folder), cwd=first_folder, stderr=subprocess.PIPE
    )
    try:
        _wait_ready(port, first)
        second = subprocess.run(
            command,
            env=_environment(second_folder),
            cwd=second_folder,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert second.returncode == 1
        assert "[E304]" in second.stderr and "Traceback" not in second.stderr
        assert first.poll() is None
    finally:
        first.send_signal(signal.SIGTERM)
        first.communicate(timeout=60)


def test_a_claim_is_refused_while_another_process_is_starting_on_the_port() -> None:
    """The lock, alone: two servers started together both find the port free."""
    from standout.errors import ServiceStartError
    from standout.service.workers import PortClaim

    port = _free_port()
    claim = PortClaim("127.0.0.1", port)
    try:
        for host in ("127.0.0.1", "localhost", "0.0.0.0"):  # one server, however spelled
            with pytest.raises(ServiceStartError, match="running or starting on that port"):
                PortClaim(host, port)
    finally:
        claim.release()
    PortClaim("127.0.0.1", port).release()  # free again once released
