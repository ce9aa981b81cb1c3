"""Exports of the store: FollowTheMoney JSON lines, CSV and Parquet tables."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine

from sanctionwatch.exc import SanctionWatchError
from sanctionwatch.exports.ftm import export_ftm
from sanctionwatch.exports.tabular import export_csv, export_parquet

Exporter = Callable[[Engine, Path], dict[str, int]]

EXPORTERS: dict[str, Exporter] = {
    "ftm": export_ftm,
    "csv": export_csv,
    "parquet": export_parquet,
}


def get_exporter(name: str) -> Exporter:
    try:
        return EXPORTERS[name]
    except KeyError:
        raise SanctionWatchError(
            f"unknown export format {name!r}: use one of {', '.join(EXPORTERS)}"
        ) from None
