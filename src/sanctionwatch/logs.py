"""Logging to stderr, so stdout carries only data."""

from __future__ import annotations

import logging
import sys

from sanctionwatch import settings


def configure(level: str | None = None) -> None:
    name = (level or settings.get("LOG_LEVEL")).upper()
    logging.basicConfig(
        stream=sys.stderr,
        level=getattr(logging, name, logging.WARNING),
        format="%(levelname)s %(name)s: %(message)s",
        force=True,
    )
