"""``standout serve``, ``standout db ...`` and ``standout users ...``: run and administer
the web service. Settings come from ``STANDOUT_*`` variables and ``.env`` (docs/service.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from standout.cli.app import app
from standout.cli.common import console, examples

if TYPE_CHECKING:
    from standout.service.db import Database
    from standout.service.settings import Settings

db_app = typer.Typer(help="Manage the service's database schema and data.", no_args_is_help=True)
users_app = typer.Typer(help="Manage accounts and API keys of the service.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(users_app, name="users")


def _settings() -> Settings:
    from standout.service.settings import load_settings

    return load_settings()


def _database(settings: Settings) -> Database:
    from standout.service.db import Database

    return Database(settings.database_url)


def _say(text: str) -> None:
    # One line even in a log file or `docker logs`, where Rich would wrap at 80 columns.
    console(stderr=True).print(text, markup=False, soft_wrap=True)


def _key_cache_note(settings: Settings) -> str:
    """Said when running servers learn of a key change only as their key cache expires."""
    if settings.redis_url or not settings.key_cache_seconds:
        return ""
    return (
        f" A running server may still accept the key for up to {settings.key_cache_seconds:g} s"
        " (set STANDOUT_REDIS_URL to make it stop at once)."
    )


@app.command(
    "serve",
    epilog=examples(
        "standout serve",
        "standout serve --host 0.0.0.0 --port 8080",
    ),
)
def serve_command(
    host: Annotated[
        str | None,
        typer.Option(
            help="Address to listen on; 0.0.0.0 to accept other machines. "
            "Default: STANDOUT_HOST, else 127.0.0.1.",
            show_default=False,
        ),
    ] = None,
    port: Annotated[
        int | None,
        typer.Option(
            min=1,
            max=65535,
            help="Port to listen on. Default: STANDOUT_PORT, else 8000.",
            show_default=False,
        ),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(
            min=0,
            help="Worker processes. Default: STANDOUT_WORKERS, else 0: one per usable CPU "
            "when STANDOUT_REDIS_URL is set, else 1. Without Redis each worker keeps its own "
            "rate limits and cache.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Start the web service: REST API under /api/v1, web page at /, API reference at /docs."""
    import uvicorn

    from standout.service.logging import configure_logging
    from standout.service.migrations import upgrade
    from standout.service.workers import PortClaim, balanced_workers_supported, serve_balanced

    settings = _settings()
    settings.check_secure()
    configure_logging(settings.log_level)  # uvicorn's own lines, in the main process too
    host = settings.host if host is None else host
    port = settings.port if port is None else port
    workers = (settings.workers if workers is None else workers) or default_workers(settings)
    claim = PortClaim(host, port)  # a port in use: one coded line, before anything is made
    try:
        database = _database(settings)
        if settings.uses_default_database and database.is_empty():
            # Zero configuration: the default SQLite file is made and migrated on first run.
            _say(f"Creating the database at {settings.database_url.removeprefix('sqlite:///')}")
            upgrade(database.engine)
        database.ensure_current()
        database.dispose()
        plural = "s" if workers > 1 else ""
        _say(
            f"standout is serving on http://{host}:{port} with {workers} worker{plural} "
            "(API reference at /docs)"
        )
        if workers == 1:
            from standout.service.app import create_app

            uvicorn.run(create_app(settings), host=host, port=port, log_config=None)
        elif balanced_workers_supported():
            serve_balanced(host, port, workers)
        else:
            uvicorn.run(
                "standout.service.app:app_from_environment",
                factory=True,
                host=host,
                port=port,
                workers=workers,
                log_config=None,
            )
    finally:
        claim.release()


def default_workers(settings: Settings) -> int:
    """One worker per usable CPU when Redis lets them share rate limits and caches, else one:
    separate workers without Redis would each allow a key the whole rate limit."""
    from standout._cpus import usable_cpus

    return usable_cpus() if settings.redis_url else 1


@db_app.command("upgrade")
def db_upgrade(
    revision: Annotated[str, typer.Argument(help="Target revision.")] = "head",
) -> None:
    """Bring the database schema up to date (creates it on an empty database)."""
    from standout.service.migrations import current_revision, upgrade

    database = _database(_settings())
    upgrade(database.engine, revision)
    with database.engine.connect() as connection:
        _say(f"Database is at revision {current_revision(connection)}.")


@db_app.command("downgrade")
def db_downgrade(
    revision: Annotated[
        str, typer.Argument(help="Target revision: -1 for one step back, base for empty.")
    ] = "-1",
) -> None:
    """Take the database schema back to an earlier revision."""
    from standout.service.migrations import current_revision, downgrade

    database = _database(_settings())
    downgrade(database.engine, revision)
    with database.engine.connect() as connection:
        _say(f"Database is at revision {current_revision(connection) or 'base (empty)'}.")


@db_app.command("current")
def db_current() -> None:
    """Print the database's schema revision and whether it is up to date."""
    from standout.service.migrations import current_revision, head_revision

    database = _database(_settings())
    database.ping()
    with database.engine.connect() as connection:
        current = current_revision(connection)
    head = head_revision()
    state = "up to date" if current == head else f"behind: run `standout db upgrade` ({head})"
    typer.echo(f"{current or 'empty'} ({state})")


@db_app.command("purge")
def db_purge() -> None:
    """Delete data older than STANDOUT_RETENTION_DAYS, and expired web sessions."""
    from standout.service.retention import purge

    settings = _settings()
    database = _database(settings)
    database.ensure_current()
    with database.session() as session:
        result = purge(session=session, retention_days=settings.retention_days)
    typer.echo(
        f"Deleted {result.analyses} analyses, {result.postings} postings and "
        f"{result.sessions} expired sessions."
    )


@users_app.command("create")
def users_create(
    email: Annotated[str, typer.Argument(help="The account's email address.")],
) -> None:
    """Create an account and print its first API key (shown this once)."""
    from standout.service.users.service import create_account

    database = _database(_settings())
    database.ensure_current()
    with database.session() as session:
        account, issued = create_account(session=session, email=email)
        email = account.email
    _say(f"Created an account for {email}. Its API key (shown only now):")
    typer.echo(issued.secret)


@users_app.command("list")
def users_list() -> None:
    """List accounts and their API keys (id, first characters, name, state)."""
    from standout.service.users.service import list_accounts, list_keys

    database = _database(_settings())
    database.ensure_current()
    with database.session() as session:
        for account in list_accounts(session=session):
            typer.echo(f"{account.email}\tcreated {account.created_at:%Y-%m-%d}")
            for key in list_keys(session=session, account=account):
                state = "revoked" if key.revoked_at else "active"
                typer.echo(f"  key {key.id}\t{key.prefix}...\t{state}\t{key.name}")


@users_app.command("add-key")
def users_add_key(
    email: Annotated[str, typer.Argument(help="The account's email address.")],
    name: Annotated[str, typer.Option(help="A label to tell the key apart.")] = "",
) -> None:
    """Make a new API key for an account and print it (shown this once)."""
    from standout.service.users.service import get_account_by_email, issue_key

    database = _database(_settings())
    database.ensure_current()
    with database.session() as session:
        account = get_account_by_email(session=session, email=email)
        issued = issue_key(session=session, account=account, name=name)
    _say(f"New API key for {email} (shown only now):")
    typer.echo(issued.secret)


@users_app.command("revoke-key")
def users_revoke_key(
    key_id: Annotated[str, typer.Argument(help="The key's id, as `standout users list` shows.")],
) -> None:
    """Revoke an API key: it stops working at once, and the web sign-ins made with it end."""
    from standout.service.users.key_cache import announce_key_change
    from standout.service.users.service import revoke_key

    settings = _settings()
    database = _database(settings)
    database.ensure_current()
    with database.session() as session:
        key_hash = revoke_key(session=session, key_id=key_id).key_hash
    announce_key_change(settings.redis_url, settings.redis_prefix, f"key:{key_hash}")
    _say(f"Revoked key {key_id}.{_key_cache_note(settings)}")


@users_app.command("delete")
def users_delete(
    email: Annotated[str, typer.Argument(help="The account's email address.")],
    yes: Annotated[bool, typer.Option("--yes", help="Don't ask for confirmation.")] = False,
) -> None:
    """Delete an account and everything it owns: keys, analyses, postings, matches, packs."""
    from standout.service.users.key_cache import announce_key_change
    from standout.service.users.service import delete_account, get_account_by_email

    settings = _settings()
    database = _database(settings)
    database.ensure_current()
    if not yes:
        typer.confirm(f"Delete {email} and all its data?", abort=True)
    with database.session() as session:
        account = get_account_by_email(session=session, email=email)
        account_id = account.id
        delete_account(session=session, account=account)
    announce_key_change(settings.redis_url, settings.redis_prefix, f"account:{account_id}")
    _say(f"Deleted the account {email} and all its data.{_key_cache_note(settings)}")
