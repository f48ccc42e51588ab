"""Several server processes on one port, each with a listening socket of its own (Linux).

With uvicorn's own ``--workers`` every process waits on one shared socket, and whichever
wakes first accepts: a handful of keep-alive clients that connect together can all land
on one process while the others idle (measured: 8 clients, one worker at 100% CPU, the
other at 0%). Here each worker binds its own socket with ``SO_REUSEPORT``, and the kernel
spreads new connections over the workers' sockets by their addresses.

The parent only supervises: it starts the workers, restarts one that dies, and on
SIGINT or SIGTERM asks them all to finish their requests and stop.
"""

from __future__ import annotations

import logging
import multiprocessing
import signal
import socket
import sys
import time
from types import FrameType

from standout.errors import ServiceStartError

logger = logging.getLogger("standout.service.workers")

APP = "standout.service.app:app_from_environment"
_BACKLOG = 2048
_STOP_SECONDS = 30.0  # how long workers get to finish their requests when asked to stop
_RESTARTS_PER_MINUTE = 10  # more deaths than this: something is wrong, stop instead


def balanced_workers_supported() -> bool:
    return sys.platform == "linux" and hasattr(socket, "SO_REUSEPORT")


class PortClaim:
    """This server's claim on ``host:port``, checked before anything is created or said.

    Two checks: the port must be free (a plain bind, as a server without SO_REUSEPORT
    makes, fails when anything listens there, workers of another standout included), and
    no other standout may be starting on it at the same moment (on Linux a lock that the
    kernel drops when this process ends: an abstract Unix socket named after the port, so
    that two spellings of one address can't both take it).
    Without the lock, two ``standout serve --workers N`` started together could both bind
    with SO_REUSEPORT and share the connections, each with its own database.
    """

    def __init__(self, host: str, port: int) -> None:
        self._lock: socket.socket | None = None
        if sys.platform == "linux":
            lock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                # The port alone names the lock: "localhost" and "127.0.0.1" are one server.
                lock.bind(f"\0standout-serve:{port}")
            except OSError:
                lock.close()
                raise _in_use(
                    host, port, "another standout server is running or starting on that port"
                ) from None
            self._lock = lock
        probe = _socket_for(host)
        try:
            probe.bind((host, port))
        except OSError as exc:
            self.release()
            raise _in_use(host, port, exc.strerror or str(exc)) from None
        finally:
            probe.close()

    def release(self) -> None:
        if self._lock is not None:
            self._lock.close()
            self._lock = None


def _in_use(host: str, port: int, reason: str) -> ServiceStartError:
    return ServiceStartError(
        f"Can't listen on {host}:{port}: {reason}.",
        hint="Choose another --port, or stop the program that uses this one.",
    )


def _socket_for(host: str) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    return sock


def listening_socket(host: str, port: int) -> socket.socket:
    """A socket bound to ``host:port`` that other processes may bind too (SO_REUSEPORT)."""
    sock = _socket_for(host)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise _in_use(host, port, exc.strerror or str(exc)) from None
    return sock


def _worker(host: str, port: int) -> None:
    import uvicorn

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides; SIGTERM stops us
    sock = listening_socket(host, port)
    sock.listen(_BACKLOG)
    config = uvicorn.Config(APP, factory=True, host=host, port=port, log_config=None)
    uvicorn.Server(config).run(sockets=[sock])


def serve_balanced(host: str, port: int, workers: int) -> None:
    """Run ``workers`` server processes on ``host:port`` until SIGINT or SIGTERM (the
    caller holds the ``PortClaim``)."""
    context = multiprocessing.get_context("spawn")
    stopping = False

    def start() -> multiprocessing.process.BaseProcess:
        process = context.Process(target=_worker, args=(host, port), name="standout-worker")
        process.start()
        return process

    def stop(signum: int, frame: FrameType | None) -> None:
        nonlocal stopping
        stopping = True

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    processes = [start() for _ in range(workers)]
    deaths: list[float] = []
    try:
        while not stopping:
            time.sleep(0.2)
            for index, process in enumerate(processes):
                if process.is_alive() or stopping:
                    continue
                now = time.monotonic()
                deaths = [t for t in deaths if now - t < 60] + [now]
                if len(deaths) > _RESTARTS_PER_MINUTE:
                    logger.error(
                        "workers keep dying (last exit code %s); stopping", process.exitcode
                    )
                    stopping = True
                    break
                logger.warning(
                    "worker %s exited with code %s; starting another", process.pid, process.exitcode
                )
                processes[index] = start()
    finally:
        for process in processes:
            if process.is_alive():
                process.terminate()  # SIGTERM: uvicorn finishes the requests in flight
        deadline = time.monotonic() + _STOP_SECONDS
        for process in processes:
            process.join(max(0.0, deadline - time.monotonic()))
            if process.is_alive():
                process.kill()
                process.join()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
