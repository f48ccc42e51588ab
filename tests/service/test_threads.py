"""``in_thread``: blocking work off the event loop, with the request's context, and never
abandoned half-way (#7)."""

from __future__ import annotations

import asyncio
import contextvars
import threading

import pytest

from standout.service.threads import in_thread

request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="")


def test_the_call_runs_in_another_thread_with_the_callers_context() -> None:
    def where() -> tuple[int, str]:
        return threading.get_ident(), request_id.get()

    async def main() -> tuple[int, str]:
        request_id.set("abc")
        return await in_thread(where)

    thread, seen = asyncio.run(main())
    assert thread != threading.get_ident()
    assert seen == "abc"


def test_errors_come_back_to_the_caller() -> None:
    def fail(message: str) -> None:
        raise ValueError(message)

    with pytest.raises(ValueError, match="boom"):
        asyncio.run(in_thread(fail, "boom"))


def test_a_cancelled_caller_waits_for_the_thread_to_finish() -> None:
    started, release = threading.Event(), threading.Event()
    finished: list[bool] = []

    def slow() -> None:
        started.set()
        release.wait(5)
        finished.append(True)

    async def main() -> None:
        task = asyncio.create_task(in_thread(slow))
        while not started.is_set():
            await asyncio.sleep(0.001)
        task.cancel()
        await asyncio.sleep(0.01)
        assert not task.done()  # still waiting for the thread
        release.set()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert finished == [True]

    asyncio.run(main())
