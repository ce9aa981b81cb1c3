"""`sanctionwatch serve`: the yente-compatible HTTP API over the store's lists."""

from __future__ import annotations

from typing import Annotated

import typer

from sanctionwatch.cli.common import DbOption, app, engine_for, err


@app.command("serve")
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Serve the HTTP API (/match, /search, /entities, /catalog; docs at /docs)."""
    import uvicorn

    from sanctionwatch.api import create_app

    application = create_app(engine_for(db), wait_for_index=False)
    err.print(f"serving on http://{host}:{port} (API docs at /docs)")
    uvicorn.run(application, host=host, port=port, log_level="warning")
