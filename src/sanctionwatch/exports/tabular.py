"""CSV and Parquet exports: one file per table in a directory."""

from __future__ import annotations

import csv
from pathlib import Path

from sqlalchemy import Engine

from sanctionwatch.exc import SanctionWatchError
from sanctionwatch.store.flat import TABLES, table_rows


def export_csv(engine: Engine, out: Path) -> dict[str, int]:
    """Write events.csv, actions.csv, targets.csv and links.csv into directory `out`."""
    out.mkdir(parents=True, exist_ok=True)
    counts = {}
    for name in TABLES:
        rows = table_rows(engine, name)
        first = next(rows, None)
        path = out / f"{name}.csv"
        with path.open("w", newline="", encoding="utf-8") as fh:
            n = 0
            if first is not None:
                writer = csv.DictWriter(fh, fieldnames=list(first))
                writer.writeheader()
                writer.writerow(first)
                n = 1
                for row in rows:
                    writer.writerow(row)
                    n += 1
        counts[name] = n
    return counts


def export_parquet(engine: Engine, out: Path) -> dict[str, int]:
    """Write one Parquet file per table into directory `out` (needs pyarrow)."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise SanctionWatchError(
            "Parquet export needs pyarrow: pip install 'sanctionwatch[parquet]'"
        ) from None
    out.mkdir(parents=True, exist_ok=True)
    counts = {}
    for name in TABLES:
        rows = list(table_rows(engine, name))
        table = pa.Table.from_pylist(rows) if rows else pa.table({})
        pq.write_table(table, out / f"{name}.parquet")
        counts[name] = len(rows)
    return counts
