"""The analysts' web page: server-rendered pages over the store, mounted on any app.

    app = FastAPI()
    sanctionwatch.web.mount(app, engine)

serves the timeline at `/`, the other pages under `/web/` and their files
under `/web/static/`. The screening box posts to `/match/default` on the same
app, so mount it onto the API app to screen.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from sqlalchemy import Engine

from sanctionwatch.web.pages import router

STATIC = Path(__file__).parent / "static"


def mount(app: FastAPI, engine: Engine) -> None:
    """Add the pages and their static files to `app`, reading from `engine`."""
    app.state.web_engine = engine
    app.include_router(router)
    app.mount("/web/static", StaticFiles(directory=STATIC), name="web-static")


__all__ = ["STATIC", "mount"]
