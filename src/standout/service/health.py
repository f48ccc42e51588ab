"""Operations routes, all public: liveness, readiness and Prometheus metrics."""

from __future__ import annotations

from fastapi import APIRouter, Response
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from standout.errors import ResourceNotFoundError
from standout.service.deps import ContextDep
from standout.service.metrics import CONTENT_TYPE_LATEST
from standout.service.schemas import error_responses

router = APIRouter(tags=["operations"])


class Status(BaseModel):
    status: str


class Readiness(Status):
    database: str
    redis: str


@router.get("/healthz", response_model=Status, summary="Alive")
async def healthz() -> Status:
    return Status(status="ok")


@router.get(
    "/readyz",
    response_model=Readiness,
    summary="Ready: database reachable and migrations current",
    responses=error_responses(503),
)
async def readyz(context: ContextDep) -> Readiness:
    await run_in_threadpool(context.database.ensure_current)
    redis_state = "not configured"
    if context.redis_client is not None:
        from redis import RedisError

        try:
            await run_in_threadpool(context.redis_client.ping)
            redis_state = "ok"
        except RedisError:
            # Cache and limits degrade without Redis; the app still answers correctly.
            redis_state = "unavailable"
    return Readiness(status="ready", database="ok", redis=redis_state)


@router.get(
    "/metrics",
    summary="Prometheus metrics",
    response_class=Response,
    responses={200: {"content": {"text/plain": {"schema": {"type": "string"}}}}},
)
async def metrics(context: ContextDep) -> Response:
    if context.metrics is None:
        raise ResourceNotFoundError(
            "Metrics are turned off on this server.", hint="Set STANDOUT_METRICS_ENABLED=true."
        )
    return Response(context.metrics.exposition(), media_type=CONTENT_TYPE_LATEST)
