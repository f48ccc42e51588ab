"""``create_app(settings)``: the FastAPI application, built from settings and nothing global.

Routes under /api/v1 are protected by default: every router is included behind the API
key dependency except those in ``PUBLIC`` below. Pages handle their own sign-in.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

from fastapi import APIRouter, Depends, FastAPI
from fastapi_offline import FastAPIOffline
from starlette.concurrency import run_in_threadpool

from standout import __version__
from standout.service import core, health, openapi
from standout.service.analyses import routes as analyses
from standout.service.context import ServiceContext
from standout.service.deps import current_account, json_content_type
from standout.service.errors import install_error_handlers
from standout.service.logging import configure_logging
from standout.service.matches import routes as matches
from standout.service.methods import MethodsMiddleware
from standout.service.middleware import RequestContextMiddleware
from standout.service.pages import routes as pages
from standout.service.postings import routes as postings
from standout.service.prep import routes as prep
from standout.service.retention import PURGE_INTERVAL_SECONDS, purge
from standout.service.settings import Settings, load_settings
from standout.service.uploads import FORM_OVERHEAD
from standout.service.users import routes as users

logger = logging.getLogger("standout.service")

API_PREFIX = "/api/v1"
# The only routes reachable without an API key (pages check their own session).
PUBLIC = (health.router, users.public_router, pages.router)
# Routes are matched in order: the busiest first (none of their paths overlap).
PROTECTED = (analyses.router, users.router, postings.router, matches.router, prep.router)

DESCRIPTION = """\
Analyse backend resumes, match them against job postings and prepare for interviews.

Authenticate with an API key: `Authorization: Bearer <key>`. Every error has the same
shape: `{"error": {"code", "message", "hint", "request_id"}}`.
"""


def _purge(context: ServiceContext) -> None:
    with context.database.session() as session:
        purge(session=session, retention_days=context.settings.retention_days)


async def _purge_periodically(context: ServiceContext) -> None:
    while True:
        await asyncio.sleep(PURGE_INTERVAL_SECONDS)
        try:
            await run_in_threadpool(_purge, context)
        except Exception:  # keep the schedule alive; the error is logged with its cause
            logger.exception("scheduled purge failed")


def create_app(settings: Settings | None = None) -> FastAPI:
    """The app for ``settings`` (read from the environment when not given).

    Refuses placeholder secrets outside development at once; refuses an outdated database
    when it starts (the lifespan), naming the command that fixes it.
    """
    settings = settings if settings is not None else load_settings()
    settings.check_secure()
    configure_logging(settings.log_level)
    context = ServiceContext.build(settings)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await run_in_threadpool(context.database.ensure_current)
        await run_in_threadpool(core.settle_process)
        await run_in_threadpool(_purge, context)
        context.start()
        purger = asyncio.create_task(_purge_periodically(context))
        logger.info("standout service ready", extra={"version": __version__})
        try:
            yield
        finally:
            purger.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await purger
            context.close()

    # The API reference loads Swagger UI from files packaged with fastapi-offline and
    # served by this app: no request leaves the machine (FastAPI's own page fetches them
    # from a CDN). No validator badge (it calls swagger.io) and no ReDoc page (its bundle
    # always fetches its logo from redoc.ly).
    app = FastAPIOffline(
        title="standout",
        version=__version__,
        description=DESCRIPTION,
        docs_url=openapi.DOCS_URL,
        redoc_url=None,
        static_url=openapi.DOCS_ASSETS_URL,
        swagger_ui_parameters={"validatorUrl": None},
        lifespan=lifespan,
    )
    app.state.context = context
    install_error_handlers(app)
    app.add_middleware(MethodsMiddleware)  # inside the request context: logged and timed
    app.add_middleware(
        RequestContextMiddleware,
        metrics=context.metrics,
        max_body_bytes=2 * settings.max_upload_bytes + FORM_OVERHEAD,
    )

    api = APIRouter(prefix=API_PREFIX)
    # After the key check: a request without a key hears about the key first.
    json_only = Depends(json_content_type)
    for router in PROTECTED:
        api.include_router(router, dependencies=[Depends(current_account), json_only])
    api.include_router(users.public_router, dependencies=[json_only])
    app.include_router(api)
    app.include_router(health.router)
    app.include_router(pages.router)
    openapi.install(app, analyses.BODY_MODELS + postings.BODY_MODELS)
    return app


def app_from_environment() -> FastAPI:
    """Factory for ``uvicorn --factory`` (several workers): settings from the environment."""
    return create_app()
