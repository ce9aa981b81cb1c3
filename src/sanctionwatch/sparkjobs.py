"""Batch work on Apache Spark: the same stage functions as `extract` and `screen-file`.

The driver plans small units of work (an article file, a slice of a JSON lines file, a
slice of Parquet rows or customer rows); executors run them with `mapPartitions`,
calling exactly what the single-process commands call, so the results are the same
record for record and in the same order. The screening index is the file the store
already keeps (see `indexfile.py`): executors in local mode read it from disk, a
cluster gets its bytes as a broadcast; either way each Python worker loads it once.

PySpark is optional (`pip install 'sanctionwatch[spark]'`, and Java 17+). Paths are
read by the executors: on a cluster they must be on a filesystem every node sees.
"""

from __future__ import annotations

import csv
import json
import os
import sys
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from sanctionwatch import settings
from sanctionwatch.exc import InputError, SanctionWatchError

JSONL_SLICE = 200  # lines of a JSON lines file per unit of work
ROW_SLICE = 2000  # customer rows per unit of work
MISSING = (
    "Spark commands need PySpark and Java 17 or later: "
    "pip install 'sanctionwatch[spark]' (see README, 'Batch work on Spark')"
)


def require_pyspark() -> Any:
    try:
        import pyspark
    except ImportError:
        raise SanctionWatchError(MISSING) from None
    return pyspark


def session(master: str | None = None, app_name: str = "sanctionwatch") -> Any:
    """A Spark session; local mode on every core unless `master` names another."""
    require_pyspark()
    from pyspark.sql import SparkSession

    # Workers must run this interpreter (the one with sanctionwatch installed).
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    builder = (
        SparkSession.builder.master(master or "local[*]")
        .appName(app_name)
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "8")
        .config("spark.python.worker.reuse", "true")
    )
    # Local mode's JVM only moves pickled bytes between Python processes: C1 and the serial
    # collector start it with about half the CPU (a session and one small job: 10.8 s
    # instead of 19.4 s, bench/spark.py's tree_cpu, under load).
    jvm = settings.get("SPARK_LOCAL_JVM").strip()
    if is_local(master) and jvm:
        builder = builder.config("spark.driver.extraJavaOptions", jvm)
    try:
        spark = builder.getOrCreate()
    except Exception as err:  # noqa: BLE001 - no Java, a bad master URL: say so in one line
        raise SanctionWatchError(f"cannot start Spark ({master or 'local[*]'}): {err}") from None
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def is_local(master: str | None) -> bool:
    return master is None or master.startswith("local")


# --- extract ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Unit:
    """One piece of input: a whole file, or lines [first, last] of a JSON lines file."""

    path: str
    first: int = 0  # 0: the whole file, read as `extract` reads it
    last: int = 0
    offset: int = 0  # byte offset of line `first`: a slice seeks there, not reading before it


@dataclass
class SparkResult:
    items: int = 0
    actions: int = 0
    matches: int = 0
    errors: list[InputError] = field(default_factory=list)


def _is_parquet(path: Path) -> bool:
    if path.is_dir():
        return any(p.suffix == ".parquet" for p in path.iterdir())
    return path.suffix.lower() == ".parquet"


def plan_units(paths: Iterable[str]) -> list[Unit]:
    """Units in the order `extract` reads the same paths (directories sorted, recursive)."""
    from sanctionwatch.documents.readers import is_article_file

    units: list[Unit] = []
    for raw in paths:
        path = Path(raw)
        files = (
            sorted(p for p in path.rglob("*") if p.is_file() and is_article_file(p))
            if path.is_dir()
            else [path]
        )
        for file in files:
            units.extend(_file_units(file))
    return units


def _file_units(path: Path) -> list[Unit]:
    name = path.name.lower()
    if not path.is_file() or not name.endswith((".jsonl", ".ndjson")):
        return [Unit(str(path))]  # one article, a .gz, or an error `extract` reports alike
    lines, offsets = _slice_offsets(path, JSONL_SLICE)
    if lines <= JSONL_SLICE:
        return [Unit(str(path))]
    return [
        Unit(str(path), first, min(first + JSONL_SLICE - 1, lines), offset)
        for first, offset in zip(range(1, lines + 1, JSONL_SLICE), offsets, strict=True)
    ]


def _slice_offsets(path: Path, every: int) -> tuple[int, list[int]]:
    """The file's line count and the byte offsets of lines 1, 1 + every, 1 + 2 every, ...

    Read in blocks, so a line of any length costs no memory; counted as `_limited_lines`
    counts (a last line without a newline is a line)."""
    offsets, lines, pos, last = [0], 0, 0, b"\n"
    with path.open("rb") as fh:
        while block := fh.read(1 << 20):
            start = 0
            while (nl := block.find(b"\n", start)) != -1:
                lines += 1
                if lines % every == 0:
                    offsets.append(pos + nl + 1)
                start = nl + 1
            pos += len(block)
            last = block[-1:]
    if last != b"\n":
        lines += 1
    return lines, offsets[: (lines + every - 1) // every]


def read_unit(unit: Unit, limit: int) -> Iterator[Any]:
    """The articles and errors of one unit, exactly as `read_articles` gives them."""
    from sanctionwatch.documents import readers

    if unit.first == 0:
        yield from readers.read_articles([unit.path], max_bytes=limit)
        return
    path = Path(unit.path)
    stem = readers.stem_of(path)
    with path.open("rb") as fh:
        fh.seek(unit.offset)
        for lineno, line in enumerate(readers._limited_lines(fh, limit), start=unit.first):
            if lineno > unit.last:
                break
            here = f"{path}:{lineno}"
            if line is None:
                yield InputError(here, f"line longer than {limit:,} bytes, skipped")
            elif line.strip():
                try:
                    yield readers._jsonl_article(here, stem, lineno, line)
                except InputError as err:
                    yield err


def _extract_items(items: Iterable[Any]) -> Iterator[tuple[Any, ...]]:
    """('report', id, JSON, actions) or ('error', where, message) per item, in order."""
    from sanctionwatch.extract import extract

    for item in items:
        if isinstance(item, InputError):
            yield ("error", item.where, item.message)
            continue
        try:
            report = extract(item)
        except Exception as err:  # noqa: BLE001 - one article's crash must not stop the batch
            yield ("error", item.path or item.id, f"extraction failed: {err!r}")
            continue
        text = json.dumps(report.to_dict(), ensure_ascii=False)
        yield ("report", report.article.id, text, len(report.actions))


def _extract_units(limit: int):  # type: ignore[no-untyped-def]
    def run(units: Iterable[Unit]) -> Iterator[tuple[Any, ...]]:
        for unit in units:
            yield from _extract_items(read_unit(unit, limit))

    return run


def _extract_rows(path: str, limit: int):  # type: ignore[no-untyped-def]
    """Parquet rows of articles, read as the same records in a JSON lines file would be."""

    def run(rows: Iterable[tuple[Any, int]]) -> Iterator[tuple[Any, ...]]:
        from sanctionwatch.documents import readers

        stem = readers.stem_of(Path(path))

        def articles() -> Iterator[Any]:
            for row, index in rows:
                record = {k: _plain(v) for k, v in row.asDict().items() if v is not None}
                here = f"{path}:{index + 1}"
                line = json.dumps(record, ensure_ascii=False).encode("utf-8")
                if len(line) > limit:
                    yield InputError(here, f"row larger than {limit:,} bytes, skipped")
                    continue
                try:
                    yield readers._jsonl_article(here, stem, index + 1, line)
                except InputError as err:
                    yield err

        yield from _extract_items(articles())

    return run


def _plain(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def spark_extract(
    inputs: list[str], out: Path, *, master: str | None = None, partitions: int | None = None
) -> SparkResult:
    """Extract every article under `inputs` on Spark; write JSON lines or Parquet to `out`."""
    spark = session(master, "sanctionwatch extract")
    sc = spark.sparkContext
    limit = settings.get_int("MAX_ARTICLE_BYTES")
    slices = partitions or sc.defaultParallelism * 4
    parquet = [p for p in inputs if Path(p).exists() and _is_parquet(Path(p))]
    others = [p for p in inputs if p not in parquet]
    rdds = []
    units = plan_units(others)
    if units:
        rdds.append(
            sc.parallelize(units, min(len(units), slices)).mapPartitions(_extract_units(limit))
        )
    for path in parquet:
        rows = spark.read.parquet(path).rdd.zipWithIndex()
        rdds.append(rows.mapPartitions(_extract_rows(path, limit)))
    if not rdds:
        raise SanctionWatchError("no input: name article files, folders or Parquet files")
    results = rdds[0] if len(rdds) == 1 else sc.union(rdds)
    return _write_reports(spark, results, out)


def _kept(results: Any) -> Any:
    """`results` computed once, by one parallel job, and kept for the passes that follow.

    Memory and disk: a partition evicted from memory would otherwise be computed again
    (extracted again) when `toLocalIterator` asks for it, one partition at a time."""
    from pyspark import StorageLevel

    results = results.persist(StorageLevel.MEMORY_AND_DISK)
    results.count()  # every partition at once, in parallel
    return results


def _write_reports(spark: Any, results: Any, out: Path) -> SparkResult:
    result = SparkResult()
    results = _kept(results)
    for _, where, message in results.filter(lambda r: r[0] == "error").collect():
        result.errors.append(InputError(where, message))
    reports = results.filter(lambda r: r[0] == "report")
    if _suffix(out) == ".parquet":
        frame = spark.createDataFrame(
            reports.map(lambda r: (r[1], r[2])), "id string, report string"
        )
        frame.write.mode("overwrite").parquet(str(out))
        counts = reports.map(lambda r: (1, r[3])).fold(
            (0, 0), lambda a, b: (a[0] + b[0], a[1] + b[1])
        )
        result.items, result.actions = counts
    else:
        with _open_out(out) as fh:
            for _, _, text, actions in reports.toLocalIterator():
                fh.write(text + "\n")
                result.items += 1
                result.actions += actions
    results.unpersist()
    return result


def _suffix(out: Path) -> str:
    return out.suffix.lower()


def _open_out(out: Path) -> IO[str]:
    if str(out) == "-":
        return _Unclosed(sys.stdout)  # type: ignore[return-value]
    out.parent.mkdir(parents=True, exist_ok=True)
    return out.open("w", encoding="utf-8", newline="")


class _Unclosed:
    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def __enter__(self) -> IO[str]:
        return self.stream

    def __exit__(self, *exc: object) -> None:
        self.stream.flush()


# --- screen ----------------------------------------------------------------------------

# Per Python worker, kept between tasks (`spark.python.worker.reuse`): the index (by its
# key, which names the list versions) and the store's profiles and reviews (by job, as a
# job reads them when it starts). Only the latest of each is held.
_SERVED: dict[str, Any] = {}
_LOOKUPS: dict[tuple[str, str], Any] = {}


def _lookup_on_worker(url: str, job: str) -> Any:
    """The store's profiles and reviews, read once per Python worker and job."""
    lookup = _LOOKUPS.get((url, job))
    if lookup is None:
        from sanctionwatch.screenfile import batch_lookup
        from sanctionwatch.store import get_engine

        _LOOKUPS.clear()
        lookup = _LOOKUPS[url, job] = batch_lookup(get_engine(url))
    return lookup


def _served_on_worker(key: str, path: str | None, blob: Any) -> Any:
    served = _SERVED.get(key)
    if served is None:
        from sanctionwatch.served import WARM_MAX, served_from_bytes

        _SERVED.clear()
        data = Path(path).read_bytes() if path is not None else blob.value
        served = _SERVED[key] = served_from_bytes(data, key)
        if len(served.index) <= WARM_MAX:
            served.warm()  # a worker screens thousands of rows: decode once, up front
    return served


def _screen_rows(
    key: str,
    path: str | None,
    blob: Any,
    cols: dict[str, str],
    threshold: float,
    where: str,
    store_url: str,
    job: str,
):  # type: ignore[no-untyped-def]
    def run(rows: Iterable[tuple[dict[str, Any], int]]) -> Iterator[tuple[Any, ...]]:
        from sanctionwatch.screenfile import row_query, screen_query

        served = _served_on_worker(key, path, blob)
        # profiles and analysts' decisions are read from the store, as screen-file does
        lookup = _lookup_on_worker(store_url, job)
        for row, lineno in rows:
            try:
                query = row_query(row, cols)
            except ValueError as err:
                yield ("error", f"{where}:{lineno}", f"{err}; row skipped")
                continue
            screened = screen_query(served, query, threshold, lookup)
            yield ("row", [{**row, **out} for out in screened.rows], screened.matched)

    return run


def spark_screen(
    engine: Any,
    src: Path,
    out: Path,
    *,
    threshold: float,
    master: str | None = None,
    partitions: int | None = None,
) -> SparkResult:
    """Screen every row of a customer file (CSV, XLSX, ODS or Parquet) on Spark."""
    from sanctionwatch import indexfile
    from sanctionwatch.screenfile import OUT_FIELDS, map_columns, read_rows
    from sanctionwatch.served import index_file, load_served
    from sanctionwatch.store.versions import current_basis

    basis = current_basis(engine)
    if not basis:
        raise SanctionWatchError("no lists are loaded: run `sanctionwatch lists load PATH` first")
    load_served(engine, basis)  # builds and keeps the index file when there is none yet
    path = index_file(engine, basis)
    if path is None or not path.exists():
        raise SanctionWatchError(
            "Spark screening reads the kept index file: set SANCTIONWATCH_INDEX_DIR "
            "(it is 'off', or the store is in memory)"
        )
    key = path.name.removesuffix(indexfile.SUFFIX)
    spark = session(master, "sanctionwatch screen")
    sc = spark.sparkContext
    slices = partitions or sc.defaultParallelism * 4
    if _is_parquet(src):
        frame = spark.read.parquet(str(src))
        headers = list(frame.columns)
        rows = frame.rdd.map(lambda r: {k: _cell(v) for k, v in r.asDict().items()})
        numbered = rows.zipWithIndex().map(lambda p: (p[0], p[1] + 1))
    else:
        try:
            headers, reader = read_rows(src)
            data = [(row, n) for n, row in enumerate(reader, start=2)]
        except (OSError, UnicodeDecodeError) as err:
            raise SanctionWatchError(f"{src}: cannot read: {err}") from None
        numbered = sc.parallelize(data, max(1, min(slices, len(data) // ROW_SLICE + 1)))
    cols = map_columns(headers)
    local = is_local(master)
    blob = None if local else sc.broadcast(path.read_bytes())
    results = numbered.mapPartitions(
        _screen_rows(
            key,
            str(path) if local else None,
            blob,
            cols,
            threshold,
            str(src),
            engine.url.render_as_string(hide_password=False),
            uuid.uuid4().hex,
        )
    )
    results = _kept(results)
    result = SparkResult()
    for _, where, message in results.filter(lambda r: r[0] == "error").collect():
        result.errors.append(InputError(where, message))
    fields = [*headers, *OUT_FIELDS]
    screened = results.filter(lambda r: r[0] == "row")
    if _suffix(out) == ".parquet":
        schema = ", ".join(f"`{f}` string" for f in fields)
        frame = spark.createDataFrame(
            screened.flatMap(lambda r: [tuple(_text(o.get(f)) for f in fields) for o in r[1]]),
            schema,
        )
        frame.write.mode("overwrite").parquet(str(out))
        for _, _, matched in screened.toLocalIterator():
            result.items += 1
            result.matches += matched
    else:
        with _open_out(out) as fh:
            writer = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n")
            writer.writeheader()
            for _, out_rows, matched in screened.toLocalIterator():
                writer.writerows(out_rows)
                result.items += 1
                result.matches += matched
    results.unpersist()
    return result


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _text(value: Any) -> str | None:
    return None if value is None else str(value)
